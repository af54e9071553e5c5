#!/usr/bin/env python3
"""Blind set 443 (Korean portals and communities: NAVER, Kakao/Daum,
YouTube Korea, DC Inside, BAND).

    python3 tests/corpus/blind443/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no
clocks, no random boundaries. Expected results were written from each
email's meaning alone, before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind443"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240918-06", "KCSC-240923-07",
)

# KCSC-240902-01, NAVER, 12 items (largest)
N1 = "https://blog.naver.com/haneul_dal77/223561001"
N2 = "https://blog.naver.com/haneul_dal77/223561002"
N3 = "https://blog.naver.com/moonpit_x/223570115"
N4 = "https://cafe.naver.com/sunmooncafe/48120"
N5 = "https://cafe.naver.com/sunmooncafe/48133"
N6 = "https://cafe.naver.com/greenvalley9/7711"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60211&docId=471200931"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38201744&memberNo=5521093"
N9 = "https://blog.naver.com/soojin_lab/223580442"
N10 = "https://m.blog.naver.com/bluepine_03/223590017"
N11 = "https://cafe.naver.com/ArticleRead.nhn?clubid=30112233&articleid=9021"
N12 = "https://tv.naver.com/v/61022734"
NALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# KCSC-240905-02, Kakao, 5 items (K3 has a Korean path, stored percent-encoded)
K1 = "https://cafe.daum.net/moonlight-market/Kp3z/1182"
K2 = "https://cafe.daum.net/moonlight-market/Kp3z/1190"
K3 = "https://dalbit-note.tistory.com/entry/%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C"
K3_RAW = "https://dalbit-note.tistory.com/entry/후기-모음"
K4 = "https://story.kakao.com/_qW3xz8/HfAbC12dE30"
K5 = "https://brunch.co.kr/@pinecone77/58"
KALL = [K1, K2, K3, K4, K5]
assert urllib.parse.quote(K3_RAW, safe=":/@") == K3

# KCSC-240909-03, YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qk7rT2mZ9aB"
Y2 = "https://www.youtube.com/watch?v=Hs3nW8pLx0c"
Y3 = "https://www.youtube.com/shorts/Vb5yE1oR7tU"
Y4 = "https://www.youtube.com/@sinbi_tv_kr"
YALL = [Y1, Y2, Y3, Y4]

# KCSC-240911-04, DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10482231"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcoin&no=55120"
D3 = "https://gall.dcinside.com/mini/board/view/?id=rumorbox&no=3307"

# KCSC-240913-05, BAND, 2 items
B1 = "https://band.us/band/81234567/post/402"
B2 = "https://band.us/band/81234567/post/417"

# KCSC-240918-06, NAVER, 1 item; KCSC-240923-07, Kakao, 1 item
S6 = "https://cafe.naver.com/dreamtrade77/3391"
S7 = "https://cafe.daum.net/oldgameclub/ZxQ1/77"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NALL,
     "defamation", 'blogs, cafe posts, a Knowledge-iN answer, a Post and a TV clip; "group A"'),
    (R2, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", KALL,
     "illegal_trade", "Daum cafe, Tistory, KakaoStory, Brunch"),
    (R3, "youtube", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00", YALL,
     "illegal_gambling", "three videos and one channel"),
    (R4, "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", [D1, D2, D3],
     "privacy", "main, minor and mini gallery posts"),
    (R5, "band", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", [B1, B2],
     "obscenity", "public band, two posts"),
    (R6, "naver", "2024-09-18T10:00:00+09:00", "2024-09-25T18:00:00+09:00", [S6],
     "illegal_trade", "single cafe post"),
    (R7, "kakao", "2024-09-23T15:00:00+09:00", "2024-09-30T18:00:00+09:00", [S7],
     "illegal_gambling", "single Daum cafe post"),
]


def req_mid(ref):
    return "req." + ref  # rendered as <req.REF@kcsc.example> by corpuslib


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 for non-ASCII header text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=998)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def b64bytes(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, cte, payload, extra=""):
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        head += extra.rstrip("\n") + "\n"
    return head + "\n" + payload.strip("\n") + "\n"


def multipart(sub, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def gmail_quote(date_line, text):
    return date_line + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, title="정보의 삭제 등 시정요구"):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 {title}를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        f"요청번호: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 불법정보 심의 담당 드림"]
    return "\n".join(lines)


def quoted_block(ref, urls):
    return gmail_quote(
        "2024년 9월 2일 (월) 오전 10:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:",
        our_request(ref, urls))


cases = []


def case(**kw):
    cases.append(kw)


NAVER_POLICY = "policy@navercorp.com"

# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 16:40:12 +0900",
    subject=enc(f"[회신] 시정요구({R1})에 따른 조치 결과 통보"),
    reply_to_req=req_mid(R1),
    body=f"""
수  신: 방송통신심의위원회 (통신심의국장)
참  조: 불법정보 심의 담당
제  목: 시정요구에 대한 조치 결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회의 시정요구(요청번호 {R1}, 2024. 9. 2.)와 관련하여 당사가 취한
   조치 결과를 아래와 같이 통보합니다.

                         - 아    래 -

 연번 | 대상 URL                                                                  | 조치 결과       | 비고
 -----+---------------------------------------------------------------------------+-----------------+----------------------
  1   | {N1} | 삭제            |
  2   | {N2} | 삭제            |
  3   | {N3} | 게시중단        |
  4   | {N4} | 임시조치        | 30일
  5   | {N5} | 게시물 없음     | 작성자 자진 삭제
  6   | {N6} | 삭제            |
  7   | {N7} | 비공개 처리     |
  8   | {N8} | 조치 불가       | 위반 사항 미확인
  9   | {N9} | 삭제            |
 10   | {N10} | 접근 제한(국내) |
 11   | {N11} | 존재하지 않는 게시물 |
 12   | {N12} | 게시중단        |

3. 연번 8의 포스트는 언론 보도 내용을 인용·요약한 글로, 당사 운영정책 및 관계 법령상
   삭제 사유에 해당하지 않는다고 판단하여 게시를 유지하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀장 (직인생략)
담당: 정책지원팀 박서연 / 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문-style reply (수신/참조/제목, '아래' table, '끝.') to a KCSC 시정요구 with a 조치 결과 column",
    why="NAVER states each of the 12 items in a numbered text table: 삭제/게시중단/비공개 = removed, 임시조치/접근 제한(국내) = restricted, 게시물 없음/존재하지 않음 = not_found, 조치 불가 with its reason = rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "rejected", N9: "removed", N10: "restricted",
           N11: "not_found", N12: "removed"},
)

html_a2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>{R1} 시정요구 대상 중 아래 게시물에 대한 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 URL</th><th>조치일자</th><th>조치결과</th></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>2024.09.05</td><td>게시중단</td></tr>
<tr><td>6</td><td><a href="{N6}">{N6}</a></td><td>2024.09.05</td><td>삭제</td></tr>
<tr><td>9</td><td><a href="{N9}">{N9}</a></td><td>2024.09.05</td><td>임시조치(30일)</td></tr>
<tr><td>12</td><td><a href="{N12}">{N12}</a></td><td>-</td><td>해당 게시물 없음(작성자 삭제)</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용이 아닙니다. 문의: <a href="https://help.naver.com/service/5609/contents/1999">네이버 고객센터</a></p>
</body></html>"""
case(
    name="naver-html-table-base64",
    **{"from": "right@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Thu, 05 Sep 2024 11:02:55 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 조치결과 안내 (1차)"),
    reply_to_req=req_mid(R1),
    raw_mime=part("text/html; charset=utf-8", "base64", b64(html_a2)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML notice with a 번호/URL/조치일자/조치결과 table, base64-encoded",
    why="four rows name items with results; the help-centre link is no item; the rest is a promise and names nothing",
    items={N3: "removed", N6: "removed", N9: "restricted", N12: "not_found"},
)

csv_a3 = ("\ufeff번호,URL,처리결과,처리일\n"
          f"1,{N1},삭제,2024-09-05\n"
          f"2,{N2},삭제,2024-09-05\n"
          f"7,{N7},블라인드,2024-09-05\n"
          f'8,"{N8}",미조치(정상 게시물),2024-09-06\n'
          f"11,{N11},게시물 없음,-\n")
case(
    name="naver-csv-attachment",
    **{"from": "right@navercorp.com"},
    name_from=enc("네이버 권리보호센터"),
    date="Fri, 06 Sep 2024 14:15:00 +0900",
    subject=enc(f"[{R1}] 조치결과 송부 (첨부)"),
    reply_to_req=req_mid(R1),
    raw_mime=multipart("mixed", "----=_NV_a3_0906", [
        part("text/plain; charset=utf-8", "8bit",
             f"안녕하세요, 네이버 권리보호센터입니다.\n\n{R1} 건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.\n"
             "확인 부탁드립니다.\n\n감사합니다.\n"),
        part('text/csv; charset=utf-8; name="result.csv"', "base64", b64(csv_a3),
             "Content-Disposition: attachment; filename*=UTF-8''"
             + urllib.parse.quote(f"조치결과_{R1}.csv")),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal reply whose body only says 'see attachment' with a CSV 조치결과 sheet",
    why="the CSV lists five items with 삭제/블라인드 (removed), 미조치(정상 게시물) (rejected) and 게시물 없음 (not_found)",
    items={N1: "removed", N2: "removed", N7: "removed", N8: "rejected", N11: "not_found"},
)

case(
    name="naver-cafe-single-deleted",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("네이버 카페 고객센터"),
    date="Thu, 19 Sep 2024 17:21:40 +0900",
    subject=enc(f"[네이버 카페] 요청하신 게시글 처리 결과 안내 ({R6})"),
    reply_to_req=req_mid(R6),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

방송통신심의위원회에서 요청하신 아래 카페 게시글을 확인하였습니다.

  {S6}

해당 게시글은 카페 운영정책(불법 거래 정보 게시 금지)에 위반되는 것으로 확인되어
2024년 9월 19일 삭제 조치하였습니다.

네이버 카페 운영정책: https://cafe.naver.com/notice/policy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe customer-centre 처리 결과 안내 for a single post",
    why="the one requested post is named and was deleted (삭제 조치); the policy page is no item",
    items={S6: "removed"},
)

case(
    name="naver-sole-statement-no-url",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("네이버 카페 고객센터"),
    date="Fri, 20 Sep 2024 09:05:03 +0900",
    subject=enc(f"Re: [{R6}] 정보의 삭제 요청"),
    reply_to_req=req_mid(R6),
    body="""
담당자님 안녕하세요.

요청하신 게시물 1건은 확인 후 게시중단 처리를 완료하였습니다.

감사합니다.
네이버 카페 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short in-thread operator reply from a portal help desk",
    why="answers a one-item request in its thread with an unhedged 게시중단 완료: applies to that item",
    items={S6: "removed"},
)

case(
    name="naver-informal-gmail-topposted",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from=enc("김도윤"),
    date="Tue, 03 Sep 2024 18:47:09 +0900",
    subject=enc(f"Re: [{R1}] 정보의 삭제 등 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
담당자님 안녕하세요,

말씀 주신 건 중에 두 건 먼저 회신드려요.
{N4} 은 카페 매니저 확인 후 블라인드 처리했고요,
{N5} 는 작성자가 이미 지운 글이라 저희 쪽에서 확인이 안 됩니다.

나머지는 확인되는 대로 따로 연락드릴게요.

김도윤 드림
네이버 카페 운영지원

{quoted_block(R1, NALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="informal operator reply top-posted over a Gmail-quoted request (Korean '님이 작성:' line)",
    why="two items are stated above the quote (블라인드 = removed, already deleted by its author = not_found); the quoted list changes nothing",
    items={N4: "removed", N5: "not_found", N1: "pending", N8: "pending"},
)

case(
    name="naver-url-then-status-line",
    **{"from": "report@naver.com"},
    name_from=enc("네이버 신고센터"),
    date="Thu, 05 Sep 2024 20:12:31 +0900",
    subject=enc(f"[네이버] 신고 처리 결과 안내 - {R1}"),
    body=f"""
[신고 처리 결과 안내]

요청번호 {R1} 관련하여 처리 결과를 안내드립니다.

■ 신고 게시물
{N2}
→ 처리결과: 게시중단 (청소년유해정보)

■ 신고 게시물
{N3}
→ 처리결과: 검토 결과 정상 게시물로 판단되어 별도 조치하지 않음

■ 신고 게시물
{N10}
→ 처리결과: 이미 삭제된 게시물

본 메일은 발신전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 automated result mail: bare URL, result on the line below",
    why="each bare URL is followed by its result: 게시중단 = removed, 정상 게시물/조치하지 않음 = rejected, 이미 삭제된 게시물 = not_found",
    items={N2: "removed", N3: "rejected", N10: "not_found"},
)

case(
    name="naver-statement-then-urls",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject=enc(f"{R1} 2차 조치 결과"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
{R1} 건 2차 조치 결과입니다.

아래 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 제한)되었습니다.
{N5}
{N9}

아래 게시물은 삭제되었습니다.
{N6}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice: statement first, URLs on the lines below it",
    why="two URLs under the 임시조치 (access limited for 30 days) heading are restricted; the URL under '삭제되었습니다' is removed",
    items={N5: "restricted", N9: "restricted", N6: "removed"},
)

case(
    name="kakao-gongmun-list",
    **{"from": "right@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Mon, 09 Sep 2024 15:55:20 +0900",
    subject=enc(f"[카카오] 시정요구({R2}) 조치 결과 회신"),
    reply_to_req=req_mid(R2),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치 결과 회신

1. 관련: 귀 위원회 시정요구 {R2} (2024. 9. 5.)
2. 위 호와 관련하여 당사 서비스 내 정보에 대한 조치 결과를 다음과 같이 회신합니다.
  가. {K1} : 삭제 완료 (9. 6.)
  나. {K2} : 임시조치 (9. 6. ~ 10. 5.)
  다. {K3_RAW} : 게시중단 (9. 6.)
  라. {K4} : 해당 게시물이 존재하지 않음 (작성자 삭제)
  마. {K5} : 조치 불가 - 개인 창작 글로 불법정보에 해당한다고 보기 어려움
3. 기타 문의 사항은 권리침해신고센터(right@kakaocorp.com)로 연락 주시기 바랍니다.  끝.

주식회사 카카오 대표이사 (직인생략)
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 reply with 가/나/다 items, each URL ' : ' and its 조치 결과",
    why="five items stated; the Tistory URL is written with its raw Korean path, which matches the percent-encoded request URL",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-tistory-qp-fullwidth",
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from=enc("티스토리 고객센터"),
    date="Tue, 10 Sep 2024 13:40:44 +0900",
    subject=enc(f"[Tistory] 게시중단 요청 처리 결과 ({R2})"),
    reply_to_req=req_mid(R2),
    raw_mime=part("text/plain; charset=utf-8", "quoted-printable", qp(f"""안녕하세요. 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글 「{K3}」은 관련 법령 위반으로 확인되어 게시중단 조치하였습니다.

함께 요청하신 브런치 글 「{K5}」은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다. 이의가 있으시면 사유를 첨부하여 회신해 주세요.

감사합니다.
카카오 티스토리 운영팀
""")),
    outcome="applied", classification="confirmation",
    imitates="Tistory/Brunch operator reply, quoted-printable, URLs inside full-width 「」 brackets",
    why="the Tistory post was 게시중단 (removed); the Brunch post stays up because no violation was found (rejected)",
    items={K3: "removed", K5: "rejected"},
)

case(
    name="kakao-daum-single-angle-brackets",
    **{"from": "cafe-help@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Tue, 24 Sep 2024 16:03:27 +0900",
    subject=enc(f"[Daum 카페] 게시글 조치 안내 ({R7})"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

신고하신 게시글 <{S7}> 은 불법 도박 홍보 정보로 확인되어
블라인드 처리되었습니다.

블라인드 처리된 게시글은 카페 회원을 포함한 누구도 열람할 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 notice, URL in angle brackets",
    why="the single requested post is named and 블라인드 처리 (nobody can read it) = removed",
    items={S7: "removed"},
)

html_a12 = f"""<html><body>
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>요청번호 {R2} 중 Daum 카페 및 카카오스토리 게시물의 처리 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상</th><th>처리 상태</th></tr></thead>
<tbody>
<tr><td>{K1}</td><td>삭제</td></tr>
<tr><td>{K2}</td><td>삭제</td></tr>
<tr><td>{K4}</td><td>비공개 전환</td></tr>
</tbody></table>
<p>감사합니다.</p></body></html>"""
plain_a12 = f"""안녕하세요, 카카오 고객센터입니다.
요청번호 {R2} 중 Daum 카페 및 카카오스토리 게시물의 처리 결과입니다.

대상 / 처리 상태
{K1} / 삭제
{K2} / 삭제
{K4} / 비공개 전환

감사합니다.
"""
case(
    name="kakao-html-table-alternative",
    **{"from": "cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Wed, 11 Sep 2024 10:18:05 +0900",
    subject=enc(f"[카카오 고객센터] 문의하신 내용에 대한 답변입니다 ({R2})"),
    raw_mime=multipart("alternative", "kk-alt-a12", [
        part("text/plain; charset=utf-8", "base64", b64(plain_a12)),
        part("text/html; charset=utf-8", "base64", b64(html_a12)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer mail, multipart/alternative with an HTML table",
    why="three items with results: 삭제 twice, 비공개 전환 (made private) = removed",
    items={K1: "removed", K2: "removed", K4: "removed"},
)

case(
    name="yt-legal-english-mixed",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:12:45 -0700",
    subject=f"Re: [{R3}] Request to remove content - YouTube",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thanks for reaching out to us regarding request {R3}.

After reviewing your request, we have taken the following action:

- {Y1} -- this video has been blocked from view in South Korea based on local law.
- {Y3} -- this Short has been removed for violating YouTube's Community Guidelines.
- {Y4} -- we did not take action on this channel. Based on our review, the
  reported content does not violate our policies or local law.

To learn more about how we handle government requests, see
https://support.google.com/youtube/answer/2802057

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome mail (local-law block, Community Guidelines removal, no action)",
    why="geo-blocked in Korea = restricted, removed = removed, no action because no violation = rejected; the support page is no item",
    items={Y1: "restricted", Y3: "removed", Y4: "rejected", Y2: "pending"},
)

case(
    name="yt-korean-block-and-termination",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무 지원팀"),
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject=enc(f"[{R3}] YouTube 콘텐츠 삭제 요청 처리 결과"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

YouTube에 요청하신 내용({R3})을 검토했습니다.

{Y2} 동영상은 현지 법률에 따라 대한민국에서 시청할 수 없도록 차단했습니다.

또한 {Y4} 채널은 커뮤니티 가이드라인을 반복적으로 위반하여 해지되었습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea Korean-language legal outcome: 대한민국에서 차단 and 채널 해지",
    why="video blocked in Korea only = restricted; channel terminated = removed",
    items={Y2: "restricted", Y4: "removed"},
)

case(
    name="yt-age-restricted-one-pending",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 22:04:10 -0700",
    subject=f"[{R3}] Update on your request",
    reply_to_req=req_mid(R3),
    body=f"""
Hi there,

We wanted to give you an update on your request {R3}.

We've reviewed {Y1} and applied an age restriction to it. Viewers must
be signed in and over 18 to watch it.

{Y2} is still being reviewed by our team. We'll get back to you once we
have more information.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube partial update: age restriction on one video, another still under review",
    why="age-restricted = restricted; 'still being reviewed' is no statement, so the second video stays pending",
    items={Y1: "restricted", Y2: "pending"},
)

case(
    name="dc-operator-informal",
    **{"from": "operator@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 11:48:00 +0900",
    subject=enc(f"RE: {R4} 게시물 삭제 요청의 건"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 건 확인했습니다.

{D1} → 삭제했습니다.

마이너 갤러리 글({D2})은 작성자가 이미 지운 상태라 남아있는 게 없습니다.

미니 갤러리 건은 매니저 쪽 확인이 필요해서 조금 더 걸릴 것 같습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short informal DC Inside operator reply",
    why="first post deleted = removed; the minor-gallery post was already deleted by its author = not_found; the mini gallery is mentioned without its URL and only promised",
    items={D1: "removed", D2: "not_found", D3: "pending"},
)

case(
    name="dc-report-centre-bullets",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Fri, 13 Sep 2024 15:20:10 +0900",
    subject=enc(f"[디시인사이드] 시정요구 처리 결과 ({R4})"),
    reply_to_req=req_mid(R4),
    body=f"""
방송통신심의위원회 담당자님께

요청번호 {R4} 의 처리 결과를 알려드립니다.

 • {D1} : 삭제 처리
 • {D2} : 삭제 처리 및 작성자 이용 차단
 • {D3} : 미니 갤러리 매니저 및 운영팀 검토 결과, 개인정보가 포함되어 있지 않아 게시 유지

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result with a bulleted list",
    why="two posts deleted (blocking the writer is about the user, not the post); the third stays up with its reason = rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="band-korean-removed-notfound",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Mon, 16 Sep 2024 10:44:51 +0900",
    subject=enc(f"[BAND] 신고 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글 {B1} 은 운영정책 위반(음란물 게시)으로 삭제되었습니다.

{B2} 게시글은 밴드 리더가 이미 삭제하여 확인되지 않습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-desk 신고 처리 결과 notice",
    why="one post deleted = removed; the other already deleted by the band leader, cannot be found = not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-english-support",
    **{"from": "support@band.us"},
    name_from="BAND Support",
    date="Tue, 17 Sep 2024 09:02:33 +0900",
    subject=f"Re: {R5} content removal request",
    reply_to_req=req_mid(R5),
    body=f"""
Hello,

Thank you for contacting BAND.

Post {B1} has been removed.

Post {B2} was reviewed and does not violate BAND's Operating Policy, so it
will remain visible.

Kind regards,
BAND Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="BAND English support reply (removed / does not violate, remains visible)",
    why="removed and kept up because no violation (rejected)",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "report@naver.com"},
    name_from=enc("네이버 신고센터"),
    date="Thu, 05 Sep 2024 09:31:00 +0900",
    subject=enc("[네이버] 신고하신 게시물의 처리 결과를 알려드립니다."),
    body=f"""
네이버 신고센터입니다. 신고하신 게시물의 처리 결과를 알려드립니다.

[신고 내용]
접수번호 : NV-2409-0057712
신고일   : 2024.09.02
신고유형 : 불법정보 (방송통신심의위원회 시정요구 {R1})
신고 URL : {N11}

[처리 결과]
처리결과 : 삭제
처리일   : 2024.09.05

처리 결과에 대한 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre mail echoing the report form (접수번호, 신고 URL) with a 처리결과 block",
    why="the echoed report names one item and the result block states 삭제 = removed",
    items={N11: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from=enc("박서연"),
    date="Mon, 09 Sep 2024 14:05:00 +0900",
    subject=enc(f"RE: [{R1}] 정보의 삭제 등 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
KCSC 담당자님께,

아래 요청 건 중 세 건의 조치가 완료되어 알려드립니다.

- {N7} : 지식iN 답변 삭제
- {N8} : 포스트 비공개 처리
- {N12} : 국내 재생 차단

나머지 9건은 처리 중입니다.

박서연 드림
네이버 정책지원팀

-----Original Message-----
From: KCSC 불법정보 삭제요청 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 정보의 삭제 등 시정요구

{our_request(R1, NALL)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' holding the full request",
    why="three items stated above the original (삭제, 비공개 = removed; 국내 재생 차단 = restricted); the unquoted-by-'>' original changes nothing",
    items={N7: "removed", N8: "removed", N12: "restricted", N1: "pending", N2: "pending"},
)

case(
    name="naver-wrapped-url",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 16:16:16 +0900",
    subject=enc(f"Re: [{R1}] 3차 조치 결과"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

다음 두 게시물은 삭제 처리되었습니다.

1) https://post.naver.com/viewer/postView.naver?volumeNo=38201744&
memberNo=5521093
2) {N9}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mail client hard-wrapped a long URL after '&'",
    why="item 1 is the Post URL wrapped after '&' (its continuation 'memberNo=5521093' is on the next line); both stated 삭제 = removed",
    items={N8: "removed", N9: "removed"},
)

case(
    name="naver-prose-particles",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 11:11:11 +0900",
    subject=enc(f"{R1} 관련 회신"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요.

검토 결과 {N1}, {N2} 두 게시물은 명예훼손 소지가 있어 정보통신망법에 따라 임시조치하였으며,
{N3}는 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="prose paragraph with URLs followed by commas and Korean particles (는)",
    why="two blogs 임시조치 (restricted); the third, no violation found, no action (rejected)",
    items={N1: "restricted", N2: "restricted", N3: "rejected"},
)

case(
    name="kakao-base64-plain",
    **{"from": "cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 18:00:09 +0900",
    subject=enc(f"[카카오 고객센터] 답변 드립니다 ({R2})"),
    reply_to_req=req_mid(R2),
    raw_mime=part("text/plain; charset=utf-8", "base64", b64(f"""안녕하세요. 카카오 고객센터입니다.

문의하신 {K2} 게시물은 삭제 완료되었습니다.

카카오스토리 {K4} 은 존재하지 않는 게시물로 확인됩니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
감사합니다.
""")),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer, base64 plain text",
    why="cafe post 삭제 완료 = removed; KakaoStory post does not exist = not_found",
    items={K2: "removed", K4: "not_found"},
)

csv_a25 = ("no,url,status,memo\n"
           f'1,"{D1}",삭제완료,\n'
           f'2,"{D2}",삭제완료,갤러리 매니저 요청 병행\n'
           f'3,"{D3}",게시물없음,작성자 삭제\n')
case(
    name="dc-csv-attachment",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Mon, 16 Sep 2024 10:10:10 +0900",
    subject=enc(f"[{R4}] 처리 결과 파일 송부"),
    reply_to_req=req_mid(R4),
    raw_mime=multipart("mixed", "dc_a25_boundary", [
        part("text/plain; charset=utf-8", "8bit",
             f"안녕하세요.\n{R4} 처리 결과를 첨부와 같이 보내드립니다.\n\n디시인사이드 신고센터\n"),
        part('text/csv; charset=utf-8; name="dc_result_240916.csv"', "base64", b64(csv_a25),
             'Content-Disposition: attachment; filename="dc_result_240916.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="community operator sending a CSV result sheet as an attachment",
    why="CSV rows: 삭제완료 twice = removed, 게시물없음 (deleted by its author) = not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "cafe_help@navercorp.com"},
    name_from=enc("네이버 카페 고객센터"),
    date="Wed, 18 Sep 2024 15:30:00 +0900",
    subject=enc(f"[접수완료] {R6} 요청 건"),
    reply_to_req=req_mid(R6),
    body=f"""
안녕하세요. 네이버 카페 고객센터입니다.

요청이 정상적으로 접수되었습니다. (접수번호 NC-20240918-00412)

해당 게시물 {S6} 은 불법 거래 정보로 확인되어 접수 즉시 게시중단하였습니다.
별도 회신은 드리지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal receipt that also reports an immediate action",
    why="a receipt phrase plus an unhedged 게시중단 statement about the named item is no pure acknowledgement",
    items={S6: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-act",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 10:20:00 +0900",
    subject=enc(f"Re: [{R1}] 정보의 삭제 등 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 {N1}, {N2} 게시물은 관련 부서에서 검토 후 조치할 예정입니다.
결과는 9월 13일까지 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply (검토 후 조치할 예정)",
    why="names two requested items but only promises action: nothing to apply",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-single",
    **{"from": "cafe-help@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Wed, 25 Sep 2024 11:00:00 +0900",
    subject=enc(f"Re: [{R7}] 게시물 삭제 요청"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

{S7} 게시글은 해당 카페가 폐쇄 절차에 들어가 있어 이미 삭제된 것으로 보입니다.
정확한 상태는 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply guessing at a post's state (~것으로 보입니다) and promising to confirm",
    why="'appears to have been deleted' plus 'will confirm' is a hedge, no statement",
    items={S7: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 09 Sep 2024 17:45:00 +0900",
    subject=enc(f"[회신] {R1} 조치 완료"),
    reply_to_req=req_mid(R1),
    body=f"""
수신: 방송통신심의위원회

귀 위원회 시정요구 {R1}의 대상 게시물 12건 전체에 대하여 게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="one-line 공문 reporting all items of a request done without listing them",
    why="one statement covers all 12 items without naming any: bulk, a person confirms",
    items={u: "pending" for u in NALL},
)

case(
    name="yt-bulk-english",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 02:30:00 -0700",
    subject=f"Re: [{R3}] Request to remove content - YouTube",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

We have reviewed the content in your request {R3}, and all of the reported
videos and channels have been removed from YouTube.

Regards,
The YouTube Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal reply covering all reported content in one sentence",
    why="request of four items, none named: bulk",
    items={u: "pending" for u in YALL},
)

case(
    name="naver-dmarc-fail",
    **{"from": NAVER_POLICY},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    date="Wed, 04 Sep 2024 08:12:00 +0900",
    subject=enc(f"[회신] {R1} 조치 결과"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1} 건 조치 결과 안내드립니다.

- {N1} : 삭제
- {N4} : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="a reply claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="states statuses but the NAVER sender domain failed authentication",
    items={N1: "pending", N4: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "sunmoon.manager@gmail.com"},
    name_from=enc("선문카페 매니저"),
    date="Wed, 04 Sep 2024 22:40:00 +0900",
    subject=enc(f"Re: {R1} 카페 글 관련"),
    body=f"""
안녕하세요 선문카페 매니저입니다.
네이버에서 연락 받고 말씀하신 글 두 개 제가 직접 지웠습니다.

{N4}
{N5}

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager (community volunteer, not the platform) writing from a personal Gmail",
    why="the sender is not NAVER: a cafe manager's word is not the platform's statement",
    items={N4: "pending", N5: "pending"},
)

case(
    name="lawfirm-author-deleted",
    **{"from": "jh.lee@hanbitlaw.example"},
    name_from=enc("법무법인 한빛 이지훈 변호사"),
    date="Mon, 09 Sep 2024 13:00:00 +0900",
    subject=enc(f"{R2} 관련 게시물 자진 삭제 통지"),
    body=f"""
방송통신심의위원회 귀중

본 법무법인은 티스토리 블로그 '달빛노트' 운영자를 대리합니다.
귀 위원회 요청번호 {R2}와 관련하여, 의뢰인은 2024. 9. 8. 아래 게시글을 자진 삭제하였음을 통지합니다.

  {K3_RAW}

법무법인 한빛 변호사 이지훈
""",
    outcome="review", review="unknown_sender",
    imitates="a law firm for the author notifying a self-deletion",
    why="not Kakao: an author's lawyer's claim does not change the item",
    items={K3: "pending"},
)

case(
    name="naver-states-band-items",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Mon, 16 Sep 2024 16:00:00 +0900",
    subject=enc(f"[회신] 밴드 게시글 관련 ({R5})"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

밴드 서비스 관련 요청 {R5} 건 안내드립니다.

{B1}
{B2}
위 게시글 2건 모두 삭제 처리되었습니다.

밴드 관련 문의는 앞으로 BAND 고객센터(help@band.us)로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group company (NAVER) answering for a sister service (BAND) configured as its own platform",
    why="NAVER states statuses of items requested from the BAND platform; trusted only for its own items",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-policy-newsletter",
    **{"from": "partner-notice@navercorp.com"},
    name_from=enc("네이버 파트너 공지"),
    date="Tue, 10 Sep 2024 09:00:00 +0900",
    subject=enc("[안내] 2024년 하반기 게시물 신고 처리 절차 변경 안내"),
    body="""
안녕하세요. 네이버입니다.

2024년 10월 1일부터 기관 요청에 따른 게시물 처리 절차가 일부 변경됩니다.

1. 임시조치 기간 안내 문구가 개선됩니다.
2. 처리 결과 회신은 기관 전용 포털에서도 확인할 수 있습니다.
3. 공문 수신 주소가 policy@navercorp.com 으로 일원화됩니다.

자세한 내용은 https://help.naver.com/notice/2024-agency 에서 확인해 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal notice to agencies about a change of procedure",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="dc-asks-official-letter",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    subject=enc(f"Re: {R4} 게시물 삭제 요청의 건"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요. 디시인사이드 신고센터입니다.

요청하신 게시물 처리를 위해 아래 자료를 회신해 주시기 바랍니다.

 1) 위원회 명의의 시정요구 공문(직인 날인본) 사본
 2) 각 게시물별 요청 근거 조항

자료가 확인되면 {D1}, {D3} 건을 처리하도록 하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="community operator asking for a sealed official letter before acting",
    why="asks for documents; action is conditional on them",
    items={D1: "pending", D3: "pending"},
)

case(
    name="yt-korean-still-reviewing",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무 지원팀"),
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc(f"[{R3}] 처리 지연 안내"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요. YouTube 법무 지원팀입니다.

요청하신 {Y2} 및 {Y3} 에 대해서는 현지 법률 검토가 추가로 필요하여 처리가 지연되고 있습니다.
검토가 완료되면 결과를 바로 알려드리겠습니다.

양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="YouTube Korea delay notice: items still under legal review",
    why="names two items, states only that review continues",
    items={Y2: "pending", Y3: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from=enc("박서연"),
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=enc(f"[부재중] Re: [{R1}] 정보의 삭제 등 시정요구"),
    reply_to_req=req_mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박서연입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook 부재중 자동 회신",
    why="out-of-office auto-reply",
    items={},
)

dsn = multipart("report", "DSN_daum_0905", [
    part("text/plain; charset=utf-8", "8bit", """
This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-old@daum.net>: host mx2.daum.net said: 550 5.1.1 <abuse-old@daum.net>:
    Recipient address rejected: User unknown
"""),
    part("message/delivery-status", "7bit", """
Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 05 Sep 2024 11:00:04 +0900 (KST)

Final-Recipient: rfc822; abuse-old@daum.net
Original-Recipient: rfc822;abuse-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-old@daum.net>: Recipient address rejected: User unknown
"""),
    part("message/rfc822", "8bit", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@daum.net
Subject: [{R2}] Request
Date: Thu, 05 Sep 2024 11:00:00 +0900
Message-ID: <{req_mid(R2)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_request(R2, [K1, K2, K3, K4, K5])}
"""),
], params="; report-type=delivery-status")
case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:00:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, delivery-status) returning our request",
    why="bounce; the URLs are only in the returned original",
    items={K1: "pending", K3: "pending"},
)

mdn = multipart("report", "mdn_nv_0903", [
    part("text/plain; charset=utf-8", "8bit",
         f"보낸 메일 \"[{R1}] 정보의 삭제 등 시정요구\"을(를) 수신자가 2024-09-03 09:14에 읽었습니다.\n"),
    part("message/disposition-notification", "7bit", f"""
Reporting-UA: mail.navercorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{req_mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
], params="; report-type=disposition-notification")
case(
    name="naver-mdn-read-receipt",
    **{"from": NAVER_POLICY},
    name_from=enc("네이버 정책지원팀"),
    date="Tue, 03 Sep 2024 09:14:30 +0900",
    subject=enc(f"읽음: [{R1}] 정보의 삭제 등 시정요구"),
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) as an MDN",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 01:02:03 -0700",
    subject=f"[7-4410000038211] Re: {R3}",
    reply_to_req=req_mid(R3),
    body="""
Hello,

Thanks for your submission. This is an automated confirmation that we have
received your request. Your reference number is 7-4410000038211.

Please keep this number for future correspondence. Our team will review
your request and respond as soon as possible.

- The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-request automated receipt with a reference number",
    why="pure acknowledgement, no item, no statement",
    items={},
)

case(
    name="dc-receipt-korean",
    **{"from": "noreply@dcinside.com"},
    name_from=enc("디시인사이드"),
    date="Wed, 11 Sep 2024 14:02:10 +0900",
    subject=enc("[디시인사이드] 문의가 접수되었습니다."),
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : DC240911-0381
문의제목 : {R4} 게시물 삭제 요청의 건

영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk automatic 접수 완료 mail",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="band-noreply-autoreply",
    **{"from": "no-reply@band.us"},
    name_from="BAND",
    date="Fri, 13 Sep 2024 10:00:20 +0900",
    subject=f"Automatic reply: [{R5}] Request",
    reply_to_req=req_mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated reply. This address does not accept incoming mail.

To report content on BAND, please use the Help Center:
https://band.us/cs/help

이 메일 주소는 수신 전용이 아닙니다. 신고는 BAND 고객센터를 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-response pointing to the help centre",
    why="auto-reply; the help-centre link is no item",
    items={},
)

case(
    name="kakao-ooo-with-quote",
    **{"from": "minji.choi@kakaocorp.com"},
    name_from=enc("최민지"),
    date="Mon, 23 Sep 2024 15:00:30 +0900",
    subject=enc(f"자동 회신: [{R7}] 정보의 삭제 등 시정요구"),
    reply_to_req=req_mid(R7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요, 최민지입니다.
출장으로 9월 27일까지 메일 확인이 어렵습니다. 복귀 후 회신드리겠습니다.

{gmail_quote("2024년 9월 23일 (월) 오후 3:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:", our_request(R7, [S7]))}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply quoting the request",
    why="auto-reply; the URL is only in the quoted request",
    items={S7: "pending"},
)

HEADER = f"""# Blind set 443 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from the case list; expected results from each email's
# meaning, before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
