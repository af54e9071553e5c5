#!/usr/bin/env python3
"""Blind set 959: Korean-language replies from NAVER, Kakao/Daum, YouTube
Korea, DC Inside and BAND (공문-style 조치결과 회신, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies).

    python3 tests/corpus/blind959/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was ever run on this set.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return f"{DOW[t.weekday()]}, {t.day:02d} {MON[t.month - 1]} {t.year} {hh:02d}:{mm:02d}:{ss:02d} +0900"


def ew(s):
    """RFC 2047 encoded word (B) for a header value."""
    return Header(s, "utf-8").encode()


def b64(text_or_bytes):
    raw = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    s = base64.b64encode(raw).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
REQ = {
    "R1": ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
           "gambling", "req.240903-01@kcsc.example", "13 NAVER posts: illegal gambling promotion"),
    "R2": ("KCSC-240905-02", "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00",
           "fraud", "req.240905-02@kcsc.example", "Daum cafe / tistory / Kakao channel: stock-leading scam"),
    "R3": ("KCSC-240906-03", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
           "fraud", "req.240906-03@kcsc.example", "YouTube videos and a channel: coin scam"),
    "R4": ("KCSC-240910-04", "dcinside", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
           "defamation", "req.240910-04@kcsc.example", "DC Inside gallery posts"),
    "R5": ("KCSC-240911-05", "band", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
           "drugs", "req.240911-05@kcsc.example", "BAND posts"),
    "R6": ("KCSC-240912-06", "naver", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00",
           "fraud", "req.240912-06@kcsc.example", "one NAVER blog post"),
    "R7": ("KCSC-240913-07", "kakao", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
           "privacy", "req.240913-07@kcsc.example", "Daum cafe post and tistory post"),
}

N1 = "https://blog.naver.com/moonlit_deal77/223561001001"
N2 = "https://blog.naver.com/moonlit_deal77/223561001874"
N3 = "https://cafe.naver.com/%EB%A7%88%EC%9D%8C%EC%89%BC%ED%84%B0/4821"
N3_RAW = "https://cafe.naver.com/마음쉼터/4821"
N4 = "https://cafe.naver.com/joongomarket9/1180342"
N5 = "https://cafe.naver.com/joongomarket9/1180577"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112233"
N7 = "https://blog.naver.com/PostView.naver?blogId=sunnyday_k2&logNo=223570044512"
N8 = "https://m.blog.naver.com/sunnyday_k2/223570044990"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=55120934"
N10 = "https://cafe.naver.com/stockrumorhub/77031"
N11 = "https://cafe.naver.com/stockrumorhub/77102"
N12 = "https://tv.naver.com/v/61234567"
N13 = "https://cafe.naver.com/%EB%A7%88%EC%9D%8C%EC%89%BC%ED%84%B0/4907"
N13_RAW = "https://cafe.naver.com/마음쉼터/4907"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

K1 = "https://cafe.daum.net/silverwave88/Jd1a/3310"
K2 = "https://cafe.daum.net/silverwave88/Jd1a/3325"
K3 = "https://hanbit-review.tistory.com/412"
K4 = "https://pf.kakao.com/_xQmZkb/105523"
K5 = "https://cafe.daum.net/%EC%A3%BC%EC%8B%9D%EB%A6%AC%EB%94%A9%EB%B0%A9/Fh2k/88"
K5_RAW = "https://cafe.daum.net/주식리딩방/Fh2k/88"
R2_URLS = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qk7dLm2RzPw"
Y2 = "https://www.youtube.com/watch?v=bN4xTe8HsVo"
Y3 = "https://www.youtube.com/shorts/Hr5pWq1ZcYe"
Y4 = "https://www.youtube.com/@%EC%BD%94%EC%9D%B8%EB%A6%AC%EB%94%A9%ED%8C%80"
Y4_RAW = "https://www.youtube.com/@코인리딩팀"
R3_URLS = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120334"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120871"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=55102"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&no=55187"
R4_URLS = [D1, D2, D3, D4]

B1 = "https://band.us/band/81234567/post/3345"
B2 = "https://band.us/band/81234567/post/3361"
B3 = "https://band.us/band/90017722/post/120"
R5_URLS = [B1, B2, B3]

S1 = "https://blog.naver.com/goldenpig_fx/223590087766"
R6_URLS = [S1]

T1 = "https://cafe.daum.net/redhorse2024/ZZm1/14"
T2 = "https://hanbit-review.tistory.com/455"
R7_URLS = [T1, T2]

URLS = {"R1": R1_URLS, "R2": R2_URLS, "R3": R3_URLS, "R4": R4_URLS,
        "R5": R5_URLS, "R6": R6_URLS, "R7": R7_URLS}


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for key in ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]:
        ref, plat, sent, due, cat, mid, note = REQ[key]
        for u in URLS[key]:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def thread(key):
    return REQ[key][5].split("@")[0]


# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ APPLIED ============================

case(
    name="naver-gongmun-full-table",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(11, 16, 5), subject=ew("[회신] 시정요구에 대한 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=thread("R1"),
    body=f"""
네이버 주식회사

문서번호: 정책지원-2024-0911-03
수    신: 방송통신심의위원회 (통신심의 담당자)
제    목: 시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 귀 위원회 시정요구 KCSC-240903-01 (2024. 9. 3.)
3. 위 호와 관련하여 요청하신 정보에 대한 당사의 조치결과를 아래와 같이
   회신합니다.

 연번 | 대상 URL | 조치결과 | 비고
 -----+----------+----------+------
  1 | {N1} | 삭제 |
  2 | {N2} | 게시중단 |
  3 | {N3} | 해당없음 | 작성자가 이미 삭제한 게시물
  4 | {N4} | 삭제 |
  5 | {N5} | 삭제 |
  6 | {N6} | 미조치 | 관련 법령 및 운영정책 위반 사항 확인되지 않음
  7 | {N7} | 임시조치 | 30일
  8 | {N8} | 삭제 |
  9 | {N9} | 해당없음 | 존재하지 않는 게시물
 10 | {N10} | 블라인드 |
 11 | {N11} | 삭제 |
 12 | {N12} | 연령제한 | 19세 이상 이용자만 시청 가능
 13 | {N13} | 삭제 |

  붙임: 없음.  끝.

네이버 주식회사 정책지원팀
담당: 한서윤 / policy-reply@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) 시정요구 조치결과 회신 with a pipe table, as portals answer KCSC",
    why="trusted NAVER letter states one result per URL for all 13 items of the request",
    items={N1: "removed", N2: "removed", N3: "not_found", N4: "removed", N5: "removed",
           N6: "rejected", N7: "restricted", N8: "removed", N9: "not_found", N10: "removed",
           N11: "removed", N12: "restricted", N13: "removed"},
)

_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>귀 위원회에서 요청하신 건(KCSC-240903-01) 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3_RAW}</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N13}">{N13_RAW}</a></td><td>임시조치 (30일)</td><td>2024-09-05</td></tr>
</table>
<p>나머지 게시물은 확인 중이며, 처리되는 대로 별도로 안내드리겠습니다.</p>
<p>게시중단 절차 안내: <a href="https://help.naver.com/service/5640/contents/19037">고객센터 도움말</a></p>
<p>네이버 권리보호센터 드림</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    from_="right-noreply@naver.com", name_from=ew("네이버 권리보호센터"),
    date=d(5, 17, 40), subject=ew("게시물 처리 결과 안내 (KCSC-240903-01)"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result mail with a 처리 결과 table (quoted-printable)",
    why="four rows with explicit results; the remaining items are only promised, the help link is no item",
    items={N1: "removed", N2: "removed", N3: "not_found", N13: "restricted"},
)

_csv = "\ufeff" + "번호,URL,처리결과,비고\n" + "\n".join([
    f"1,{N4},삭제,",
    f"2,{N5},삭제,",
    f"3,{N6},조치 불가,운영정책 위반 아님",
    f"4,{N7},임시조치,정보통신망법 제44조의2",
    f"5,{N8},삭제,",
    f"6,{N9},확인 불가,존재하지 않는 URL",
]) + "\n"
case(
    name="naver-csv-attachment",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(9, 11, 20), subject=ew("RE: [KCSC-240903-01] 시정요구 조치결과"),
    reply_to_req=thread("R1"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b959_csv_naver"

--=_b959_csv_naver
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하십니까, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 6건의 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.

--=_b959_csv_naver
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
--=_b959_csv_naver--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending the 조치결과 as a CSV attachment (UTF-8 with BOM, Korean column names)",
    why="CSV rows give one result per URL: 삭제, 조치 불가 (no violation), 임시조치, 확인 불가 (does not exist)",
    items={N4: "removed", N5: "removed", N6: "rejected", N7: "restricted", N8: "removed", N9: "not_found"},
)

case(
    name="naver-one-item-request-no-url",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(13, 10, 12), subject=ew("[조치완료] KCSC-240912-06 게시중단 요청 건"),
    reply_to_req=thread("R6"),
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 2024년 9월 12일 요청하신 KCSC-240912-06 건과 관련하여,
요청하신 블로그 게시물에 대한 게시중단 조치를 9월 13일자로 완료하였음을
알려드립니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 게시중단 조치완료 notice answering a one-post request without repeating the URL",
    why="the request has one item; an unhedged 게시중단 completed statement applies to it",
    items={S1: "removed"},
)

case(
    name="naver-cafe-informal-spaced-particles",
    from_="cafe_ops@naver.com", name_from=ew("네이버 카페 운영지원"),
    date=d(6, 15, 2), subject="Re: KCSC-240903-01",
    reply_to_req=thread("R1"),
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당 박지훈입니다.

중고장터 카페 건 확인했습니다.
{N4} 는 오늘 오후에 삭제했습니다.
{N5} 는 들어가 보니 작성자가 벌써 지운 글이라 따로 조치할 게 없었습니다.

나머지 건은 정책지원팀에서 회신드릴 예정이에요.
수고하세요.

박지훈 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations employee",
    why="one post deleted, the other already deleted by its author; the rest is a hand-off, no statement",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-particle-attached",
    from_="cafe_ops@naver.com", name_from=ew("네이버 카페 운영지원"),
    date=d(10, 9, 48), subject=ew("주식 카페 게시물 처리 건 (KCSC-240903-01)"),
    body=f"""
안녕하세요. 네이버 카페 운영지원입니다.

요청하신 주식 카페 게시물 중 {N10}은 운영정책 위반으로 삭제하였고,
{N11}는 검토해 보았으나 신고 사유에 해당하는 내용이 없어 게시를 유지합니다.

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operator reply with Korean particles glued to the URLs (…77031은, …77102는)",
    why="77031 deleted; 77102 kept because nothing breaks the rules; the particles are not part of the URLs",
    items={N10: "removed", N11: "rejected"},
)

_quoted = "\n".join("> " + line for line in (
    f"""안녕하십니까. 방송통신심의위원회입니다.

아래 정보는 불법 도박 홍보 정보로 심의 결정되었으므로, 정보통신망법에 따라
해당 정보의 삭제를 요청합니다. (요청번호: KCSC-240903-01)

""" + "\n".join(R1_URLS) + """

조치 결과를 2024년 9월 10일까지 회신하여 주시기 바랍니다.

방송통신심의위원회 통신심의국""").split("\n"))
case(
    name="naver-top-posted-gmail-quote",
    from_="blog_policy@navercorp.com", name_from=ew("네이버 블로그 정책"),
    date=d(4, 18, 30), subject=ew("Re: [KCSC-240903-01] 불법 도박 홍보 정보 삭제 요청"),
    reply_to_req=thread("R1"),
    body=f"""
안녕하세요, 네이버 블로그 정책 담당입니다.

요청 주신 목록 중 블로그 게시물 2건 먼저 회신드립니다.

- {N1} : 삭제 완료
- {N2} : 임시조치 (30일간 비노출)

카페/지식iN/포스트 게시물은 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{_quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply (Korean 작성: attribution) over the quoted request",
    why="two blog items answered above the quote; the 13 URLs in the quoted request say nothing",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-statement-then-urls-below",
    from_="right-noreply@naver.com", name_from=ew("네이버 권리보호센터"),
    date=d(6, 10, 15), subject=ew("[네이버] 임시조치 처리 안내"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회 요청(KCSC-240903-01)에 따라, 아래 게시물은
정보통신망법 제44조의2 제2항에 의거하여 30일간 임시조치(접근 제한)
하였음을 알려드립니다.

{N7}
{N8}

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라
처리됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 처리 안내 (notice citing 정보통신망법 제44조의2) with the URLs under the statement",
    why="the statement above applies to both URLs listed below it: 30-day 임시조치 = restricted",
    items={N7: "restricted", N8: "restricted"},
)

case(
    name="naver-bare-url-status-below",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(10, 14, 0), subject=ew("KCSC-240903-01 잔여 건 처리 결과"),
    reply_to_req=thread("R1"),
    body=f"""
KCSC-240903-01 잔여 건 처리 결과입니다.

■ {N9}
   → 처리결과: 삭제 완료 (2024.09.10)

■ {N12}
   → 처리결과: 해당 영상을 찾을 수 없음 (존재하지 않는 영상 번호)

이상입니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="terse portal follow-up: bare URL line, result on the line below",
    why="each result line belongs to the URL just above it",
    items={N9: "removed", N12: "not_found"},
)

case(
    name="naver-outlook-raw-korean-path",
    from_="hanseoyun@navercorp.com", name_from=ew("한서윤"),
    date=d(12, 9, 30), subject=ew("RE: 마음쉼터 카페 게시물 조치 요청 (KCSC-240903-01)"),
    reply_to_req=thread("R1"),
    body=f"""
안녕하세요, 네이버 한서윤입니다.

문의주신 마음쉼터 카페 게시물 2건 확인 결과 공유드립니다.

「{N13_RAW}」은 어제(9/11) 게시중단 처리하였고,
「{N3_RAW}」은 요청 접수 전에 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.

감사합니다.
한서윤 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 4:40 PM
To: policy-reply@navercorp.com
Subject: 마음쉼터 카페 게시물 조치 요청 (KCSC-240903-01)

아래 두 게시물의 조치 여부를 확인하여 주시기 바랍니다.
{N3}
{N13}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (-----Original Message-----) from a named NAVER employee, raw Hangul cafe paths in 「」",
    why="raw Korean paths match the percent-encoded items; 게시중단 = removed, deleted by the author = not_found",
    items={N13: "removed", N3: "not_found"},
)

case(
    name="naver-kin-rejected-with-help-link",
    from_="kin_help@naver.com", name_from=ew("네이버 지식iN"),
    date=d(5, 13, 55), subject=ew("[지식iN] 게시중단 요청 검토 결과 안내"),
    body=f"""
안녕하세요. 네이버 지식iN 운영 담당자입니다.

방송통신심의위원회에서 요청하신 지식iN 게시물(KCSC-240903-01)
{N6}
을 검토하였습니다.

검토 결과, 해당 질문과 답변은 도박 사이트를 홍보하는 내용이 아니라
도박 중독 상담 기관을 묻는 내용으로 확인되어, 게시중단 요청은
반려되었으며 게시물은 유지됩니다.

지식iN 운영정책: https://kin.naver.com/help/policy.naver
이의가 있으시면 아래 도움말을 참고해 주세요.
https://help.naver.com/service/5619/contents/8823

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 게시중단 요청 반려 안내 with links to its policy and help pages",
    why="refusal with its reason = rejected; the policy and help links are not items",
    items={N6: "rejected"},
)

case(
    name="kakao-imsi-notice",
    from_="cleancenter-noreply@kakaocorp.com", name_from=ew("Daum 고객센터"),
    date=d(6, 11, 10), subject=ew("[Daum] 게시물 임시조치 안내"),
    body=f"""
안녕하세요. Daum 고객센터입니다.

귀 기관의 요청(KCSC-240905-02)에 따라 아래 카페 게시물에 대하여
정보통신망법 제44조의2에 근거한 임시조치를 실시하였습니다.
임시조치 기간(30일) 동안 해당 게시물은 다른 이용자에게 보이지 않습니다.

- 대상 게시물 1: {K1}
- 대상 게시물 2: {K2}

임시조치 기간 내 게시자의 이의제기가 없으면 게시물은 삭제될 수 있습니다.

Daum 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 고객센터 임시조치 안내 (30-day hiding under 정보통신망법 제44조의2)",
    why="임시조치 done for both posts = restricted; the possible later deletion is a condition, not a statement",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-gongmun-text-table",
    from_="policy@kakaocorp.com", name_from=ew("카카오 정책팀"),
    date=d(10, 15, 20), subject=ew("[카카오] 시정요구 조치결과 회신 (KCSC-240905-02)"),
    reply_to_req=thread("R2"),
    body=f"""
주식회사 카카오

수  신 : 방송통신심의위원회
제  목 : 시정요구에 대한 조치결과 회신

1. 귀 위원회의 시정요구(KCSC-240905-02)와 관련입니다.
2. 당사는 요청하신 정보에 대하여 아래와 같이 조치하였음을 회신합니다.

[조치 결과]
순번  URL                                                   조치내용
1     {K1}    삭제
2     {K2}    삭제
3     {K3}         미조치(위반 소지 없음)
4     {K4}          삭제
5     {K5}  해당 게시물 없음(작성자 탈퇴로 기삭제)

3. 미조치 건은 당사 운영정책 검토 결과 위반 사항이 확인되지 않았습니다.  끝.

주식회사 카카오 정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 with a whitespace-aligned 조치결과 table",
    why="row results: 삭제 x3, 미조치 with reason = rejected, already deleted = not_found",
    items={K1: "removed", K2: "removed", K3: "rejected", K4: "removed", K5: "not_found"},
)

_khtml = f"""<div style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 카카오 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240913-07</b> 건에 대한 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{T1}">{T1}</a><br>&rarr; 개인정보 노출 게시물로 확인되어 <b>삭제</b> 처리되었습니다.</li>
<li><a href="{T2}">{T2}</a><br>&rarr; 검토 결과 개인을 특정할 수 있는 정보가 포함되어 있지 않아 <b>조치하지 않았습니다</b>.</li>
</ul>
<p>감사합니다.<br>카카오 고객센터</p>
</div>
"""
case(
    name="kakao-base64-html-list",
    from_="cs-noreply@kakao.com", name_from=ew("카카오 고객센터"),
    date=d(19, 10, 5), subject=ew("[카카오 고객센터] 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_khtml)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre HTML result mail, base64 body, status under each link",
    why="T1 deleted; T2 not acted on because it contains no identifying information = rejected",
    items={T1: "removed", T2: "rejected"},
)

case(
    name="kakao-cs-ack-plus-result",
    from_="cs-noreply@kakao.com", name_from=ew("카카오 고객센터"),
    date=d(11, 17, 25), subject=ew("[Daum 카페] 문의하신 내용에 대한 답변입니다"),
    body=f"""
안녕하세요, 카카오 고객센터 상담원 이수민입니다.
문의가 접수되어 답변드립니다.

말씀하신 다음 카페 게시물({K5_RAW})은
확인 결과 운영정책 위반으로 블라인드 처리 완료하였습니다.

더 궁금하신 점은 고객센터(https://cs.kakao.com/)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao CS agent answer that opens with a receipt phrase and then states the action",
    why="'문의가 접수되어' is only a preamble; 블라인드 처리 완료 is an unhedged statement = removed",
    items={K5: "removed"},
)

case(
    name="yt-korean-legal-sections",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date=d(10, 20, 14), subject=ew("[KCSC-240906-03] YouTube 법률 검토 결과"),
    reply_to_req=thread("R3"),
    body=f"""
안녕하세요.

방송통신심의위원회에서 보내주신 요청(KCSC-240906-03)을 검토했습니다.

[한국 내 차단]
다음 동영상은 대한민국 법률에 따라 한국에서 볼 수 없도록 차단했습니다.
{Y1}
{Y2}

[전 세계 삭제]
다음 콘텐츠는 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기)를 위반하여
삭제했습니다.
{Y3}

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome in Korean, grouped by action (한국 내 차단 / 전 세계 삭제)",
    why="section headings carry the status of the URLs under them; guidelines link is no item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-english-channel-terminated",
    from_="youtube-legal@google.com", name_from="YouTube Legal",
    date=d(12, 3, 41), subject="Re: [KCSC-240906-03] Request to remove content",
    reply_to_req=thread("R3"),
    body=f"""
Hello,

Thank you for your notice regarding KCSC-240906-03.

After review, the channel {Y4_RAW} has been terminated for
violating our policies on scams, and it is no longer available on YouTube.

We have decided not to take action on {Y1}. Our review
found that the video does not violate our Community Guidelines or local law;
it discusses the scam but does not promote it.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal English outcome email: channel termination plus a no-action decision",
    why="channel terminated = removed (raw Hangul handle matches the encoded item); no action with reason = rejected",
    items={Y4: "removed", Y1: "rejected"},
)

case(
    name="yt-age-restricted",
    from_="legal-kr-noreply@google.com", name_from="YouTube",
    date=d(13, 9, 2), subject=ew("YouTube 콘텐츠 검토 결과 안내"),
    body=f"""
안녕하세요.

KCSC-240906-03 요청 중 아래 Shorts 동영상에 대해 연령 제한을 적용했습니다.
이제 로그인한 만 19세 이상 사용자만 이 동영상을 볼 수 있습니다.

{Y3}

연령 제한 정책 자세히 알아보기:
https://support.google.com/youtube/answer/2802167?hl=ko

YouTube 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice in Korean with a help-centre link",
    why="age restriction = restricted; the support.google.com link is not an item",
    items={Y3: "restricted"},
)

_ycsv = "\n".join([
    "url,action,region,notes",
    f"{Y1},Removed,Global,Community Guidelines - scams",
    f"{Y2},Blocked,KR,Local law (Korea)",
    f"{Y3},Not found,,Video was deleted by the uploader before review",
    f"{Y4},No action,,No violation of policy or local law found",
]) + "\n"
case(
    name="yt-csv-attachment",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date=d(11, 22, 8), subject="KCSC-240906-03 - outcome report",
    reply_to_req=thread("R3"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b959-yt-csv-0001"

--b959-yt-csv-0001
Content-Type: text/plain; charset=utf-8

Hello,

Please find attached the outcome for each URL in request KCSC-240906-03.

YouTube Legal Support

--b959-yt-csv-0001
Content-Type: text/csv; name="outcome_KCSC-240906-03.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240906-03.csv"

{_ycsv}
--b959-yt-csv-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome report sent as a CSV attachment",
    why="CSV rows: Removed, Blocked in KR, deleted by uploader = not_found, No action = rejected",
    items={Y1: "removed", Y2: "restricted", Y3: "not_found", Y4: "rejected"},
)

case(
    name="dc-operator-numbered",
    from_="admin@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    date=d(11, 13, 33), subject=ew("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=thread("R4"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과 알려드립니다.

1. {D1}
   → 운영자 삭제
2. {D2}
   → 운영자 삭제
3. {D3}
   → 이미 삭제된 게시물입니다 (작성자 삭제)

4번 게시물은 갤러리 관리자 확인 후 다시 연락드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply with a numbered list, result on the line below each URL",
    why="운영자 삭제 x2 = removed, already deleted by the author = not_found; item 4 only promised",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-angle-rejected",
    from_="admin@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    date=d(13, 16, 47), subject=ew("Re: [KCSC-240910-04] 게시물 삭제 요청 - 4번 건"),
    reply_to_req=thread("R4"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

지난번 말씀드린 4번 게시물 <{D4}> 관련입니다.

갤러리 관리자와 함께 검토하였으나, 해당 글은 특정인을 지칭하지 않는
일반적인 시세 전망 글로 명예훼손이나 이용약관 위반 사항이 확인되지 않아
삭제하지 않고 게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator refusal with the URL in angle brackets",
    why="refusal with reason (no defamation, no ToS breach) = rejected",
    items={D4: "rejected"},
)

case(
    name="dc-wrapped-angle-url",
    from_="report@dcinside.com", name_from=ew("디시인사이드 신고센터"),
    date=d(12, 10, 2), subject=ew("[디시인사이드] 신고 게시물 처리 안내"),
    body="""
안녕하세요. 디시인사이드 신고센터입니다.

방송통신심의위원회 요청번호 KCSC-240910-04 관련, 마이너 갤러리 게시물
<https://gall.dcinside.com/mgallery/board/view/?id=coinrumor&
no=55102> 은 2024년 9월 12일 운영자 삭제 조치하였습니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text notice whose long URL in angle brackets is wrapped by the mailer",
    why="the URL in <> wrapped at '&' is one URL (RFC 3986 App. C); 운영자 삭제 = removed",
    items={D3: "removed"},
)

case(
    name="dc-gongmun-table",
    from_="legal@dcinside.com", name_from=ew("(주)디시인사이드 법무팀"),
    date=d(13, 11, 0), subject=ew("시정요구 조치결과 회신 - KCSC-240910-04"),
    reply_to_req=thread("R4"),
    body=f"""
(주)디시인사이드

문서번호 : 디시-법무-2024-117
수    신 : 방송통신심의위원회
제    목 : 시정요구에 대한 조치결과 회신

1. 귀 위원회 시정요구(KCSC-240910-04, 2024.09.10.)에 대한 회신입니다.
2. 아래와 같이 조치하였습니다.

 ┌────┬──────────────────────────────┬──────────┐
 │연번│ URL                          │ 조치결과 │
 ├────┼──────────────────────────────┼──────────┤
 │ 1  │ {D1} │ 삭제 │
 │ 2  │ {D2} │ 삭제 │
 │ 3  │ {D3} │ 삭제 │
 │ 4  │ {D4} │ 성인인증 게시물로 전환(19세 미만 열람 제한) │
 └────┴──────────────────────────────┴──────────┘

끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 with a box-drawing 조치결과 table (HWP pasted into mail)",
    why="three deletions and one post switched to adult-verification only = restricted",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "restricted"},
)

_bandtext = f"""안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글(KCSC-240911-05)에 대한 처리 결과를 알려드립니다.

{B1}
{B2}
위 게시글 2건은 BAND 운영정책(불법 상품 거래) 위반으로 삭제되었습니다.

{B3}
위 게시글은 밴드가 이미 해체되어 게시글이 존재하지 않아 확인할 수 없습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
BAND 고객센터
"""
case(
    name="band-result-notice-qp",
    from_="noreply@band.us", name_from=ew("BAND 고객센터"),
    date=d(12, 15, 30), subject=ew("[BAND] 신고 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_bandtext)}""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내, quoted-printable, statement on the line under the URLs",
    why="'위 게시글 2건' covers the two URLs above it = removed; the dissolved band's post does not exist = not_found",
    items={B1: "removed", B2: "removed", B3: "not_found"},
)

case(
    name="band-echoed-report",
    from_="noreply@band.us", name_from=ew("BAND 고객센터"),
    date=d(13, 14, 12), subject=ew("[BAND] 신고하신 게시글의 처리가 완료되었습니다"),
    body=f"""
신고가 접수되어 처리가 완료되었습니다.

──────────────────
신고 번호 : BR-2024091300571
신고 대상 : 게시글
게시글 주소 : {B2}
신고 사유 : 불법 정보 (방송통신심의위원회 요청 KCSC-240911-05)
처리 결과 : 게시글 삭제
처리 일시 : 2024-09-13 14:10
──────────────────

BAND는 안전한 커뮤니티를 위해 운영정책을 위반한 게시글을 삭제하고 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND report-outcome receipt echoing the report fields (신고 번호, 처리 결과)",
    why="echoed report with '처리 결과: 게시글 삭제' for the echoed URL = removed",
    items={B2: "removed"},
)

case(
    name="kakao-sor-english",
    from_="dsa-noreply@kakaocorp.com", name_from="Kakao Trust & Safety",
    date=d(12, 18, 40), subject="Statement of reasons - KCSC-240905-02",
    reply_to_req=thread("R2"),
    body=f"""
Dear Korea Communications Standards Commission,

This is a statement of reasons for the decision taken on content you
notified under reference KCSC-240905-02.

Content: {K3}
Decision: disabled (the post is no longer visible to any user)
Ground: illegal content - investment fraud
Facts relied on: notice by a public authority
Automated means used: no

Content: {K2}
Decision: none - the post could not be located on Daum Cafe; the cafe
menu it belonged to has been deleted.

You can find more information on how we handle notices at
https://www.kakao.com/policy/oppolicy

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision / ground / automated means) written in English by a Korean platform",
    why="'disabled' = removed; 'could not be located' = not_found; policy page is no item",
    items={K3: "removed", K2: "not_found"},
)

# ============================ REVIEW ============================

case(
    name="naver-promise-sequential",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(4, 9, 15), subject=ew("RE: [KCSC-240903-01] 불법 도박 홍보 정보 삭제 요청"),
    reply_to_req=thread("R1"),
    body=f"""
안녕하십니까, 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 게시물은 내부 검토를 거쳐
금주 중 순차적으로 게시중단 조치될 예정입니다.

{N1}
{N2}

조치가 완료되면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising 게시중단 '예정'",
    why="'조치될 예정' is a promise, not a statement; items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedge-appears",
    from_="cs-noreply@kakao.com", name_from=ew("카카오 고객센터"),
    date=d(6, 16, 44), subject=ew("Re: KCSC-240905-02 카페 게시물 문의"),
    reply_to_req=thread("R2"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 카페 게시물({K1})은 현재 조회가 되지 않는 것으로 보아,
카페 운영진에 의해 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao CS reply guessing at the state of a post ('삭제된 것으로 보입니다')",
    why="a hedge ('~것으로 보입니다') with a promise to confirm; no statement",
    items={K1: "pending"},
)

case(
    name="naver-bulk-thirteen",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"),
    date=d(9, 17, 0), subject=ew("[조치완료] KCSC-240903-01"),
    reply_to_req=thread("R1"),
    body="""
안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회에서 2024년 9월 3일 요청하신 KCSC-240903-01 건(게시물 13건)은
모두 삭제 조치를 완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line portal 조치완료 notice covering a whole request without listing URLs",
    why="'13건 모두 삭제' for a 13-item request names no item: bulk, items pending",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="yt-bulk-english",
    from_="youtube-legal@google.com", name_from="YouTube Legal",
    date=d(12, 6, 20), subject="[KCSC-240906-03] Outcome of your request",
    reply_to_req=thread("R3"),
    body="""
Hello,

We've completed our review of your request KCSC-240906-03. All of the
content you reported has been restricted in South Korea.

Thank you,
YouTube Legal
""",
    outcome="review", review="bulk",
    imitates="YouTube Legal outcome email answering a multi-URL request with one blanket sentence",
    why="'all of the content' for a 4-item request without naming each: bulk",
    items={u: "pending" for u in R3_URLS},
)

case(
    name="naver-untrusted-dmarc-fail",
    from_="policy-reply@navercorp.com", name_from=ew("네이버 정책지원팀"), auth="fail",
    date=d(10, 8, 12), subject=ew("[회신] KCSC-240903-01 조치결과"),
    body=f"""
안녕하십니까. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치하였습니다.
{N10}
{N11}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="sender domain is NAVER's but authentication fails: no status may change",
    items={N10: "pending", N11: "pending"},
)

case(
    name="dc-lookalike-unknown-sender",
    from_="admin@dcinside-help.com", name_from=ew("디시인사이드 운영팀"),
    date=d(11, 21, 5), subject=ew("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D1} 게시물은 삭제 완료했습니다.
추가 요청 사항은 이 주소로 회신 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain (dcinside-help.com) claiming to be the DC Inside team",
    why="domain is not DC Inside's: unknown sender naming our request",
    items={D1: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    from_="policy@kakaocorp.com", name_from=ew("카카오 정책팀"),
    date=d(12, 14, 18), subject=ew("Re: 게시물 조치 요청 관련 문의"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

보내주신 목록에 포함된 아래 주소는 Daum 카페가 아니라 네이버 카페 게시물입니다.
{N10}
참고로 당사에서 확인했을 때 해당 게시물은 이미 삭제되어 있었습니다.

Daum 서비스 게시물이 있으면 다시 보내주세요.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao policy team pointing out that a listed URL belongs to NAVER",
    why="Kakao states the status of a NAVER item: wrong platform, the item stays pending",
    items={N10: "pending"},
)

case(
    name="yt-asks-more-court-order",
    from_="legal-kr-noreply@google.com", name_from="YouTube Legal Support",
    date=d(9, 19, 30), subject=ew("[KCSC-240906-03] 추가 정보 요청"),
    reply_to_req=thread("R3"),
    body=f"""
안녕하세요.

요청하신 채널 {Y4}
전체 삭제와 관련하여, 채널 단위 조치를 검토하려면 해당 채널의 어떤
동영상이 어느 법률 조항을 위반하는지 구체적으로 알려주시거나
관련 결정문 사본을 보내주셔야 합니다.

자료를 회신해 주시면 검토를 계속하겠습니다.

YouTube 법률 지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for the legal basis / decision copy before acting on a channel",
    why="asks us for more information; no status",
    items={Y4: "pending"},
)

case(
    name="band-policy-newsletter",
    from_="partner-news@band.us", name_from=ew("BAND 파트너 안내"),
    date=d(9, 10, 0), subject=ew("[BAND] 운영정책 개정 안내 (2024년 10월 시행)"),
    body="""
안녕하세요. BAND입니다.

2024년 10월 14일부터 BAND 운영정책이 일부 개정되어 시행됩니다.

주요 변경 사항
- 불법 상품 거래 게시글에 대한 제재 기준 명확화
- 신고 처리 결과 안내 방식 개선

자세한 내용은 https://band.us/policy/notice/2024-10 에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="BAND policy-change newsletter sent to partner contacts",
    why="trusted BAND email naming no item and no request",
    items={},
)

case(
    name="dc-conditional-seven-days",
    from_="admin@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    date=d(10, 17, 50), subject=ew("Re: [KCSC-240910-04] 게시물 삭제 요청"),
    reply_to_req=thread("R4"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D2}
위 게시물은 작성자에게 소명 요청을 보냈습니다. 7일 안에 소명이 없으면
삭제될 예정이고, 소명이 들어오면 내용 검토 후 처리하겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside operator reply making deletion conditional on the author's response",
    why="a condition and a promise, not a statement",
    items={D2: "pending"},
)

case(
    name="kakao-under-legal-review",
    from_="policy@kakaocorp.com", name_from=ew("카카오 정책팀"),
    date=d(9, 14, 22), subject=ew("RE: [카카오] 시정요구 (KCSC-240905-02)"),
    reply_to_req=thread("R2"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

요청하신 티스토리 게시물 {K3} 은
현재 법무 검토가 진행 중입니다. 검토 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply: 'under legal review'",
    why="'검토 중' is no statement; item stays pending",
    items={K3: "pending"},
)

case(
    name="yt-untrusted-spf-fail",
    from_="youtube-legal@youtube.com", name_from="YouTube Legal", auth="fail",
    date=d(11, 4, 55), subject="Re: [KCSC-240906-03] Request to remove content",
    body=f"""
Hello,

We have removed the following video from YouTube:
{Y1}

The YouTube Legal Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube-looking outcome email failing DKIM/SPF/DMARC",
    why="YouTube's domain but authentication fails: untrusted",
    items={Y1: "pending"},
)

# ============================ IGNORED ============================

case(
    name="naver-ooo-korean",
    from_="hanseoyun@navercorp.com", name_from=ew("한서윤"),
    date=d(16, 9, 0), subject=ew("[부재중] RE: KCSC-240903-01 미회신 건 확인 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한서윤입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-reply@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday",
    why="auto-reply; names our request only in the echoed subject",
    items={},
)

case(
    name="kakao-ticket-receipt",
    from_="cs-noreply@kakao.com", name_from=ew("카카오 고객센터"),
    date=d(5, 10, 40), subject=ew("[카카오 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호 : 2409051040-0087321
접수일시 : 2024.09.05 10:40
문의유형 : 게시물 신고 / 권리침해

순차적으로 확인 후 답변드리겠습니다. 문의가 많아 답변이 다소 늦어질 수 있는 점
양해 부탁드립니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="pure acknowledgement of receipt",
    items={},
)

case(
    name="yt-ack-english",
    from_="legal-noreply@google.com", name_from="Google Legal Support",
    date=d(6, 11, 12), subject="[6-2145000038421] Your request has been received - KCSC-240906-03",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thanks for reaching out to us. We have received your request and a member
of our team will review it. Please keep the reference number in the subject
line for any further correspondence.

Regards,
The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals automated receipt with a case number in the subject",
    why="acknowledgement only; 'will review' is a promise",
    items={},
)

case(
    name="band-dsn-bounce",
    from_="MAILER-DAEMON@mx1.band.us", name_from="Mail Delivery System", auth="none",
    date=d(11, 14, 1), subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="b959-dsn-band"

--b959-dsn-band
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@band.us>: host mx1.band.us[203.0.113.25] said: 550 5.1.1
    <abuse-report@band.us>: Recipient address rejected: User unknown

--b959-dsn-band
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.band.us
X-Postfix-Queue-ID: 4WzK1P2mQ7z9
Arrival-Date: Wed, 11 Sep 2024 14:00:58 +0900

Final-Recipient: rfc822; abuse-report@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-report@band.us>: Recipient address
    rejected: User unknown

--b959-dsn-band
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@band.us
Subject: [KCSC-240911-05] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Date: Wed, 11 Sep 2024 14:00:55 +0900
Message-ID: <req.240911-05@kcsc.example>

--b959-dsn-band--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) for our request to a wrong BAND address",
    why="delivery failure report",
    items={},
)

case(
    name="dc-mdn-read",
    from_="legal@dcinside.com", name_from=ew("(주)디시인사이드 법무팀"),
    date=d(10, 10, 3), subject=ew("읽음: [KCSC-240910-04] 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b959-mdn-dc"

--b959-mdn-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: legal@dcinside.com
제목: [KCSC-240910-04] 게시물 삭제 요청
읽은 시간: 2024-09-10 오전 10:03

--b959-mdn-dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; legal@dcinside.com
Original-Message-ID: <req.240910-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b959-mdn-dc--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, message/disposition-notification) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="dc-ooo-holiday",
    from_="admin@dcinside.com", name_from=ew("디시인사이드 운영팀"),
    date=d(17, 0, 12), subject=ew("자동응답: Re: [KCSC-240910-04] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[자동응답] 추석 연휴(9/14~9/18) 기간에는 운영팀 메일 응대가 어렵습니다.
연휴 이후 순차적으로 답변드리겠습니다.
긴급한 권리침해 신고는 홈페이지 신고센터를 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside holiday auto-reply",
    why="auto-reply",
    items={},
)

case(
    name="naver-receipt-ticket",
    from_="help-noreply@naver.com", name_from=ew("네이버 고객센터"),
    date=d(3, 10, 2), subject=ew("[네이버 고객센터] 문의 접수 안내"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 문의가 접수되었습니다.
- 접수번호: 20240903-1002-55418
- 문의 제목: [KCSC-240903-01] 불법 도박 홍보 정보 삭제 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
※ 이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 안내 (ticket receipt)",
    why="pure acknowledgement, names the request only",
    items={},
)


HEADER = """# Blind set 959 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind959/make.py from each email's meaning alone,
# before the reader was run on it. Each case is ingested into a fresh ledger
# holding requests.csv; items not listed are expected to stay pending.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, "blind959", HEADER, cases)


if __name__ == "__main__":
    main()
