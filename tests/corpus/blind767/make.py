#!/usr/bin/env python3
"""Blind set 767 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean -- 공문-style replies, 임시조치 notices,
시정요구 조치결과 tables and informal operator replies.

Deterministic: `python3 tests/corpus/blind767/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning before any run of the reader.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind767"

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240913-05", "KCSC-240917-06", "KCSC-240919-07",
)

# R1 NAVER, 12 items (largest)
N1 = "https://blog.naver.com/luckyspin77/223561200401"
N2 = "https://blog.naver.com/luckyspin77/223561200877"
N3 = "https://cafe.naver.com/bettingroomkr/1184"
N4 = "https://cafe.naver.com/bettingroomkr/1190"
N5 = "https://cafe.naver.com/bettingroomkr/1207"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=470112233"
N7 = "https://blog.naver.com/moonbet_official/223570011245"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38800112&memberNo=5512093"
N9 = "https://cafe.naver.com/%ED%86%A0%ED%86%A0%EC%82%AC%EB%9E%91/3321"
N9_RAW = "https://cafe.naver.com/토토사랑/3321"
N10 = "https://m.blog.naver.com/jackpot_zone/223580045512"
N11 = "https://blog.naver.com/jackpot_zone/223580045690"
N12 = "https://cafe.naver.com/bettingroomkr/1215"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2 Kakao, 5 items
K1 = "https://cafe.daum.net/greenleafshop/Ab12/301"
K2 = "https://cafe.daum.net/greenleafshop/Ab12/305"
K3 = "https://iceman-seoul.tistory.com/14"
K4 = "https://brunch.co.kr/@deliverykr/7"
K5 = "https://cafe.daum.net/greenleafshop/Ab12/311"
R2_ITEMS = [K1, K2, K3, K4, K5]

# R3 YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qm3vX8aLr2E"
Y2 = "https://www.youtube.com/watch?v=hT7pW0zKc9N"
Y3 = "https://www.youtube.com/shorts/Zr4bN1uYx0s"
Y4 = "https://www.youtube.com/@quickloan_master"

# R4 DC Inside, 4 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10458812"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10459003"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=hiphop_new1&no=552190"
D4 = "https://gall.dcinside.com/mini/board/view/?id=lifeshare&no=8821"

# R5 BAND, 3 items
B1 = "https://band.us/band/81230457/post/112"
B2 = "https://band.us/band/81230457/post/118"
B3 = "https://band.us/band/90011234/post/45"

# R6 Kakao (Tistory), 1 item
T1 = "https://slotking-777.tistory.com/3"

# R7 NAVER, 2 items
M1 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471900012"
M2 = "https://cafe.naver.com/icegarden24/88"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, items
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", "gambling",
     "불법 도박 홍보 블로그·카페 게시물", R1_ITEMS),
    (R2, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", "drugs",
     "마약류 판매 광고 (Daum 카페, 티스토리, 브런치)", R2_ITEMS),
    (R3, "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", "illegal_finance",
     "불법 대부·유사수신 홍보 영상", [Y1, Y2, Y3, Y4]),
    (R4, "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", "privacy",
     "개인정보 노출 게시물", [D1, D2, D3, D4]),
    (R5, "band", "2024-09-13T10:30:00+09:00", "2024-09-20T18:00:00+09:00", "obscene",
     "음란물 공유 밴드 게시글", [B1, B2, B3]),
    (R6, "kakao", "2024-09-17T09:00:00+09:00", "2024-09-24T18:00:00+09:00", "gambling",
     "온라인 슬롯 홍보 티스토리", [T1]),
    (R7, "naver", "2024-09-19T10:00:00+09:00", "2024-09-26T18:00:00+09:00", "drugs",
     "마약류 거래 유도 지식iN·카페 글", [M1, M2]),
]


def req_mid(ref):
    return "req-" + ref


def write_requests():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, items in REQUESTS:
        for u in items:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def enc(s):
    """RFC 2047 encoded-word for a Korean header value."""
    return Header(s, "utf-8").encode()


def part(ctype, body, cte="8bit", extra=""):
    data = body.strip("\n") + "\n"
    if cte == "base64":
        payload = base64.encodebytes(data.encode("utf-8")).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data.encode("utf-8")).decode("ascii")
    else:
        payload = data
    hdr = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return hdr + "\n" + payload.rstrip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    s += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def gmail_quote(date_line, body):
    return date_line + "\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))


def request_text(ref, items, what):
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 {what}에 해당하여 정보통신망법 제44조의7에 따라 시정요구(삭제)를 요청합니다.",
        f"관리번호: {ref}",
        "",
    ]
    for i, u in enumerate(items, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 드림"]
    return "\n".join(lines)


NAVER_FOOTER = """
--
네이버 정책지원팀 | NAVER Corp.
경기도 성남시 분당구 (가상 주소) | https://policy.naver.com
본 메일은 발신 전용이 아니며, 회신 시 관리번호를 유지해 주시기 바랍니다.
"""

cases = []


def add(**c):
    cases.append(c)


# ================================================================ NAVER (R1, R7)
add(
    name="naver-gongmun-result-table-b64",
    date="Fri, 06 Sep 2024 16:20:11 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=req_mid(R1),
    raw_mime=part("text/plain; charset=utf-8", f"""
네이버 주식회사

수신  방송통신심의위원회 통신심의국장
제목  시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 불법 도박 정보 시정요구 건에 대하여
   아래와 같이 조치하였음을 회신합니다.

  가. 조치 결과

  연번 | 게시물 URL | 조치내용
  -----+------------------------------------------------------------+----------------
   1   | {N1} | 삭제
   2   | {N2} | 삭제
   3   | {N3} | 게시중단
   4   | {N4} | 임시조치(30일)
   5   | {N5} | 게시물 없음(작성자 삭제)
   6   | {N6} | 삭제
   7   | {N7} | 삭제
   8   | {N8} | 위반사항 없음(게시 유지)
   9   | {N9_RAW} | 삭제
  10   | {N10} | 삭제
  11   | {N11} | 임시조치(30일)
  12   | {N12} | 존재하지 않는 게시물

  나. 8번 게시물은 도박 사이트 홍보물이 아닌 관련 보도 기사를 인용한 글로
      확인되어 당사 운영원칙에 따라 게시를 유지하였습니다.

3. 문의: 정책지원팀 (policy@navercorp.com)

끝.

네이버 주식회사 대표이사 (직인생략)
""", cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: 조치결과 table by 연번 (base64 body)",
    why="every row states one item's result: 삭제/게시중단 removed, 임시조치 restricted, 작성자 삭제/존재하지 않음 not_found, 게시 유지 with a reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found",
           N6: "removed", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "restricted", N12: "not_found"},
)

add(
    name="naver-html-blind-table",
    date="Thu, 05 Sep 2024 11:42:03 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc(f"Re: [{R1}] 불법 도박 게시물 시정요구"),
    reply_to_req=req_mid(R1),
    raw_mime=part("text/html; charset=utf-8", f"""
<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>요청하신 카페 게시물에 대한 처리 내역을 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>게시물 주소</th><th>처리 상태</th><th>처리일</th></tr>
<tr><td><a href="{N3}">{N3}</a></td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td><a href="{N4}">{N4}</a></td><td>블라인드</td><td>2024-09-05</td></tr>
<tr><td><a href="{N12}">{N12}</a></td><td>비공개 처리</td><td>2024-09-05</td></tr>
</table>
<p>블로그 및 지식iN 게시물은 각 서비스 담당 부서에서 별도로 회신드릴 예정입니다.</p>
<p style="color:#888">카페 운영원칙: <a href="https://section.cafe.naver.com/policy">https://section.cafe.naver.com/policy</a></p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations team HTML result table (블라인드 / 비공개 처리)",
    why="three cafe posts each given 블라인드 or 비공개 처리 (removed); the policy link is not an item",
    items={N3: "removed", N4: "removed", N12: "removed"},
)

add(
    name="naver-csv-attachment",
    date="Mon, 09 Sep 2024 10:05:47 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[{R1}] 조치결과 송부 (1차)"),
    reply_to_req=req_mid(R1),
    raw_mime=multipart("mixed", "=_nv_b767_csv", [
        part("text/plain; charset=utf-8", f"""
안녕하세요, 네이버 정책지원팀입니다.

관리번호 {R1} 건 중 1차 처리분(6건)의 조치 결과를 첨부 파일로 송부드립니다.
나머지 건은 처리 완료 후 2차로 회신드리겠습니다.

감사합니다.
""" + NAVER_FOOTER),
        part('text/csv; charset=utf-8; name="result_KCSC-240903-01_1.csv"',
             "번호,URL,조치결과,조치일시\n"
             f"1,{N1},삭제,2024-09-06 14:10\n"
             f"2,{N2},삭제,2024-09-06 14:12\n"
             f"3,{N3},임시조치,2024-09-06 15:01\n"
             f"4,{N4},게시중단,2024-09-06 15:03\n"
             f"5,{N5},해당 게시물 없음,-\n"
             f"6,{N6},삭제,2024-09-06 16:40\n",
             cte="base64",
             extra='Content-Disposition: attachment; filename="result_KCSC-240903-01_1.csv"\n'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal policy team sending a 조치결과 CSV attachment for the first batch",
    why="the CSV gives one result per URL; the body promises the rest without naming them",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found", N6: "removed"},
)

add(
    name="naver-r7-prose-removed-and-kept",
    date="Mon, 23 Sep 2024 15:31:09 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"Re: [{R7}] 마약류 거래 유도 게시물 시정요구"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 지식iN 게시물 {M1} 은 마약류 거래를 유도하는
게시물로 확인되어 삭제 조치하였습니다.

다만 카페 게시글 {M2} 은 원예 동호회 회원의 재배 일지로,
마약류 판매·알선 정황이 확인되지 않아 운영원칙 위반으로 보기 어려우므로
게시를 유지합니다. 추가 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""" + NAVER_FOOTER,
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team prose reply: one post deleted, one kept with a reason",
    why="M1 삭제 (removed); M2 게시 유지 because no violation found (rejected); the offer to look at more material is no condition on the result",
    items={M1: "removed", M2: "rejected"},
)

add(
    name="naver-r7-url-below-statement",
    date="Tue, 24 Sep 2024 09:12:40 +0900",
    **{"from": "kin_help@naver.com"},
    name_from=enc("네이버 지식iN"),
    subject=enc(f"[네이버] 요청하신 게시물 처리 안내 ({R7})"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

아래 게시물은 운영원칙 위반(불법 약물 판매 알선)으로 게시중단 처리하였습니다.
{M2}

아래 게시물은 확인 결과 이미 작성자에 의해 삭제되어 별도 조치가 불가하였습니다.
{M1}

더 나은 서비스를 위해 노력하겠습니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre notice with each statement on the line above its URL",
    why="statement line then URL: M2 게시중단 (removed), M1 already deleted by its author (not_found)",
    items={M2: "removed", M1: "not_found"},
)

add(
    name="naver-promise-in-review",
    date="Wed, 04 Sep 2024 17:55:02 +0900",
    **{"from": "blog_policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책"),
    subject=enc(f"RE: [{R1}] 시정요구 접수 관련"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 블로그 정책 담당자입니다.

보내주신 시정요구 12건 중 블로그 게시물 3건은 현재 담당 부서에서 검토 중이며,
9월 10일까지 조치 후 결과를 회신드릴 예정입니다.

 - {N1}
 - {N2}
 - {N7}

카페·지식iN 게시물도 각 서비스에서 순차적으로 처리될 예정입니다.
처리가 늦어지는 점 양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply: items under review, result promised by a date",
    why="검토 중 / 회신드릴 예정 are promises, not results: the named items stay pending",
    items={N1: "pending", N2: "pending", N7: "pending"},
)

add(
    name="naver-bulk-all-suspended",
    date="Sat, 07 Sep 2024 10:03:15 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[조치완료] {R1}"),
    reply_to_req=req_mid(R1),
    body=f"""
방송통신심의위원회 담당자님께

관리번호 {R1}로 요청하신 불법 도박 게시물 전체(12건)에 대하여
게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
""" + NAVER_FOOTER,
    outcome="review", review="bulk",
    imitates="one-line 조치완료 reply covering a whole request",
    why="'all 12 posts suspended' names no URL for a 12-item request: bulk, items pending until a person checks",
    items={u: "pending" for u in R1_ITEMS},
)

add(
    name="naver-helpdesk-receipt",
    date="Tue, 03 Sep 2024 10:07:31 +0900",
    **{"from": "help_noreply@naver.com"},
    name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의가 정상적으로 접수되었습니다."),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 2024090300031187
  문의 제목 : [{R1}] 불법 도박 게시물 시정요구
  접수 일시 : 2024.09.03 10:07

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
문의량에 따라 답변이 다소 지연될 수 있는 점 양해 부탁드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
※ 문의 내역 확인: https://help.naver.com/myinquiry
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 '문의가 접수되었습니다' auto receipt with 접수번호",
    why="pure receipt: a ticket number and a promise to answer, nothing about any item",
    items={},
)

add(
    name="naver-forged-dmarc-fail",
    date="Thu, 05 Sep 2024 21:14:50 +0900",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[회신] {R1} 조치결과"),
    body=f"""
방송통신심의위원회 귀중

요청하신 게시물에 대한 조치결과를 회신드립니다.

1. {N1} - 삭제
2. {N2} - 삭제
3. {N3} - 삭제
4. {N4} - 삭제

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="a 조치결과 list claiming to come from navercorp.com that fails DKIM/SPF/DMARC",
    why="the sender domain is NAVER's but authentication fails: nothing is applied",
    items={N1: "pending", N2: "pending", N3: "pending", N4: "pending"},
)

add(
    name="naver-topposted-gmail-quote",
    date="Wed, 04 Sep 2024 14:22:37 +0900",
    **{"from": "blogteam@navercorp.com"},
    name_from=enc("네이버 블로그팀 김하늘"),
    subject=enc(f"Re: [{R1}] 불법 도박 게시물 시정요구"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 블로그팀 김하늘입니다.

요청 주신 건 중 아래 2건 먼저 삭제 완료했습니다.
- {N7}
- {N10}

나머지 블로그 글은 확인 중이라 완료되는 대로 다시 연락드리겠습니다.

김하늘 드림

""" + gmail_quote(
        "2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:",
        request_text(R1, R1_ITEMS, "불법 도박 정보")),
    outcome="applied", classification="confirmation",
    imitates="staff reply top-posted over the Gmail-quoted request (Korean Gmail quote header)",
    why="two URLs above the quote are stated deleted; the quoted request lists all 12 but says nothing about them",
    items={N7: "removed", N10: "removed"},
)

add(
    name="naver-url-then-status-line",
    date="Fri, 06 Sep 2024 09:48:26 +0900",
    **{"from": "blog_policy@navercorp.com"},
    name_from=enc("네이버 블로그 정책"),
    subject=enc(f"RE: [{R1}] 처리 결과"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 블로그 게시물 처리 결과 안내드립니다.

{N2}
→ 임시조치 (30일간 게시 제한, 정보통신망법 제44조의2)

{N11}
→ 삭제 완료

위 임시조치 기간 중 게시자 이의제기가 없으면 당사 정책에 따라 처리됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with each bare URL and its result on the next line (임시조치 notice)",
    why="N2 임시조치 (restricted), N11 삭제 완료 (removed); the closing sentence about what may happen later changes neither",
    items={N2: "restricted", N11: "removed"},
)

add(
    name="naver-hedge-author-deleted",
    date="Thu, 05 Sep 2024 13:30:00 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc(f"Re: [{R1}] 카페 게시물 문의"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

문의하신 게시글 {N5} 은
작성자가 이미 삭제한 것으로 보이나, 카페 매니저 확인이 필요하여
확정된 답변은 추후 다시 드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="cafe operations reply that only supposes the post was deleted and defers the answer",
    why="'이미 삭제한 것으로 보이나 … 추후 답변' is a hedge with the answer deferred: N5 stays pending",
    items={N5: "pending"},
)

add(
    name="naver-asks-for-documents",
    date="Fri, 20 Sep 2024 11:10:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"[추가자료 요청] {R7}"),
    reply_to_req=req_mid(R7),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 2건 관련하여 문의드립니다.
  1) {M1}
  2) {M2}

해당 게시물의 조치를 위해 위원회 심의 의결서 사본과
기관장 명의의 시정요구 공문을 추가로 보내주시기 바랍니다.
서류를 확인한 뒤 처리하도록 하겠습니다.
""" + NAVER_FOOTER,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking the regulator for the 심의 의결서 and an official 공문 before acting",
    why="a request for documents before any action: both items stay pending",
    items={M1: "pending", M2: "pending"},
)

add(
    name="naver-about-band-posts",
    date="Tue, 17 Sep 2024 10:25:18 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"Re: [{R5}] 밴드 게시글 시정요구"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.
밴드 서비스 관련 요청이 당사로도 전달되어 함께 회신드립니다.

{B1} 게시글은 음란물 게시로 확인되어 삭제되었습니다.

나머지 게시글은 밴드 운영팀에서 별도로 답변드릴 예정입니다.
""" + NAVER_FOOTER,
    outcome="review", review="wrong_platform",
    imitates="NAVER corporate policy team answering for a BAND request",
    why="a NAVER (navercorp.com) email states a status for an item of the BAND request; BAND is a separate platform here",
    items={B1: "pending"},
)

add(
    name="naver-read-receipt",
    date="Tue, 03 Sep 2024 13:02:55 +0900",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    subject=enc(f"읽음: [{R1}] 불법 도박 게시물 시정요구"),
    raw_mime=multipart("report", "mdn_nv_0903", [
        part("text/plain; charset=utf-8", f"""
다음 주소로 보낸 메시지의 수신 확인입니다.
  받는 사람: policy@navercorp.com
  제목: [{R1}] 불법 도박 게시물 시정요구
  보낸 날짜: 2024-09-03 오전 10:00

수신자가 2024-09-03 오후 1:02에 메시지를 열었습니다.
"""),
        part("message/disposition-notification", f"""
Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{req_mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
""", cte="7bit"),
    ], params='; report-type="disposition-notification"'),
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about any item",
    items={},
)

add(
    name="naver-receipt-plus-blind",
    date="Tue, 03 Sep 2024 18:40:09 +0900",
    **{"from": "cafe_policy@naver.com"},
    name_from=enc("네이버 카페 운영팀"),
    subject=enc(f"[접수완료] {R1} 카페 게시물 신고"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

보내주신 요청은 접수번호 NV-2409-55821로 접수되었습니다.
긴급 건으로 분류되어 아래 게시물은 즉시 블라인드 처리하였습니다.

  <{N3}>

나머지 게시물은 검토 후 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="receipt notice that also reports an immediate 블라인드 on one post",
    why="an acknowledgement phrase plus an unhedged item statement: N3 블라인드 (removed)",
    items={N3: "removed"},
)

add(
    name="naver-post-wrapped-angle-url",
    date="Mon, 09 Sep 2024 17:16:33 +0900",
    **{"from": "post_help@navercorp.com"},
    name_from=enc("네이버 포스트 운영팀"),
    subject=enc(f"RE: [{R1}] 포스트 게시물 처리 결과"),
    reply_to_req=req_mid(R1),
    body=f"""
안녕하세요, 네이버 포스트 운영팀입니다.

아래 포스트는 재검토 결과 도박 사이트 홍보 링크가 본문 하단에 추가된 것이
확인되어 삭제하였습니다.

<https://post.naver.com/viewer/postView.naver?volumeNo=38800112&
 memberNo=5512093>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose long URL is wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the one URL, wrapped over two lines inside <>, is N8, stated deleted",
    items={N8: "removed"},
)

# ================================================================ Kakao (R2, R6)
KAKAO_SIG = """
--
카카오 정책팀 | Kakao Corp.
운영정책: https://www.kakao.com/policy/oppolicy
"""

add(
    name="kakao-gongmun-numbered",
    date="Tue, 10 Sep 2024 14:05:12 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    subject=enc(f"시정요구 조치결과 통보 ({R2})"),
    reply_to_req=req_mid(R2),
    body=f"""
주식회사 카카오

수신: 방송통신심의위원회
제목: 시정요구 조치결과 통보 ({R2})

1. 관련: 귀 위원회 시정요구(2024. 9. 5.)
2. 위 관련 건에 대하여 아래와 같이 조치하였음을 알려드립니다.

  1) Daum 카페 게시글 {K1} : 삭제
  2) Daum 카페 게시글 {K2} : 삭제
  3) 티스토리 {K3} : 게시글 삭제 및 블로그 이용제한
  4) 브런치 {K4} : 존재하지 않는 게시글(작가 탈퇴로 삭제됨)
  5) Daum 카페 게시글 {K5} : 검토 결과 관상용 식물 재배 정보로
     마약류 판매 정보로 보기 어려워 조치하지 않음

끝.
""" + KAKAO_SIG,
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 통보 with a numbered list",
    why="each numbered line gives one item's result; 5) is a refusal with its reason (rejected)",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

add(
    name="kakao-tistory-sole-item",
    date="Thu, 19 Sep 2024 10:44:50 +0900",
    **{"from": "tistory_policy@kakaocorp.com"},
    name_from=enc("티스토리 운영팀"),
    subject=enc(f"Re: [{R6}] 온라인 슬롯 홍보 게시물 시정요구"),
    reply_to_req=req_mid(R6),
    body="""
안녕하세요, 티스토리 운영팀입니다.

요청하신 게시물은 불법 사행성 정보에 해당하여 게시물 삭제 조치를 완료했습니다.
아울러 해당 블로그에는 운영정책에 따라 이용 제한이 적용되었습니다.

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply stating the one requested post was deleted, without its URL",
    why="a one-item request answered in its thread with an unhedged 삭제 조치를 완료: T1 removed",
    items={T1: "removed"},
)

add(
    name="kakao-daum-cleancenter-blind",
    date="Mon, 09 Sep 2024 16:03:27 +0900",
    **{"from": "cleancenter@daum.net"},
    name_from=enc("Daum 클린센터"),
    subject=enc(f"[Daum 클린센터] 신고 게시물 처리 결과 안내 ({R2})"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. Daum 클린센터입니다.

요청하신 게시물을 확인한 결과 불법정보(마약류 판매 광고)에 해당하여
블라인드 처리하였습니다.

 - 대상 게시물: <{K1}>

함께 요청하신 <{K2}> 게시물은
게시자가 이미 삭제하여 확인할 수 없습니다.

건강한 인터넷 환경을 위해 협조해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 '신고 게시물 처리 결과 안내' (블라인드 처리)",
    why="K1 블라인드 (removed); K2 already deleted by its poster (not_found)",
    items={K1: "removed", K2: "not_found"},
)

add(
    name="kakao-bulk-all-five",
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    subject=enc(f"RE: [{R2}] 시정요구"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{R2}로 요청하신 5건 모두 조치 완료되었습니다.
확인 부탁드립니다.

감사합니다.
""" + KAKAO_SIG,
    outcome="review", review="bulk",
    imitates="short operator reply: all items of the request done",
    why="'5건 모두 조치 완료' names no URL and no status per item for a 5-item request: bulk",
    items={u: "pending" for u in R2_ITEMS},
)

add(
    name="kakao-chuseok-out-of-office",
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from=enc("한지우"),
    subject=enc(f"[자동회신] Re: [{R2}] 시정요구"),
    reply_to_req=req_mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 한지우입니다.

추석 연휴(9/16~9/18)로 부재중입니다. 9월 19일부터 순차적으로 확인하겠습니다.
긴급한 시정요구 건은 policy@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the 추석 holiday",
    why="an auto-reply, whatever it quotes in its subject",
    items={},
)

add(
    name="kakao-urls-with-korean-particles",
    date="Thu, 12 Sep 2024 15:20:41 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    subject=enc(f"Re: [{R2}] 추가 조치 안내"),
    reply_to_req=req_mid(R2),
    body=f"""
안녕하세요. 카카오 정책팀입니다.

티스토리 게시글 {K3}은 운영정책 위반으로 삭제되었습니다.
브런치 글({K4})은 작가 계정 이용 제한과 함께 비공개 처리되었고,
Daum 카페 게시글（{K5}）은 정보통신망법에 따라 30일간 임시조치하였습니다.

감사합니다.
""" + KAKAO_SIG,
    outcome="applied", classification="confirmation",
    imitates="Kakao policy prose with URLs glued to Korean particles and full-width brackets",
    why="K3 삭제 (removed), K4 비공개 처리 (removed), K5 임시조치 (restricted)",
    items={K3: "removed", K4: "removed", K5: "restricted"},
)

add(
    name="kakao-cafe-manager-hanmail",
    date="Fri, 06 Sep 2024 22:13:08 +0900",
    **{"from": "greenleaf_mgr@hanmail.net"},
    name_from=enc("초록잎 카페지기"),
    subject=enc(f"Re: [{R2}] 카페 게시글 관련"),
    body=f"""
안녕하세요 Daum 카페 초록잎 매니저입니다.
카카오 쪽에서 연락 받고 메일 드려요.

말씀하신 글 두 개
{K1}
{K2}
제가 직접 삭제했습니다. 앞으로 회원 글 관리 잘 하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="a Daum cafe manager writing from a personal hanmail.net address",
    why="hanmail.net is no platform sender domain: a third party's word on Kakao items, nothing applied",
    items={K1: "pending", K2: "pending"},
)

add(
    name="kakao-dsn-user-unknown",
    date="Thu, 05 Sep 2024 11:00:09 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "dsn_kk_0905", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-legal@kakaocorp.com>: host mbox3.kakaocorp.com[203.0.113.45] said:
    550 5.1.1 <safety-legal@kakaocorp.com>: Recipient address rejected:
    User unknown in virtual mailbox table
""", cte="7bit"),
        part("message/delivery-status", """
Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Thu,  5 Sep 2024 11:00:04 +0900 (KST)

Final-Recipient: rfc822; safety-legal@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table
""", cte="7bit"),
        "Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: safety-legal@kakaocorp.com\n"
        f"Subject: [{R2}] {enc('시정요구')}\n"
        f"Message-ID: <{req_mid(R2)}@kcsc.example>\n"
        "Date: Thu, 05 Sep 2024 11:00:00 +0900\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + request_text(R2, R2_ITEMS, "마약류 판매 광고") + "\n",
    ], params='; report-type=delivery-status'),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) carrying our request",
    why="a bounce: the URLs are only in the returned request",
    items={},
)

add(
    name="kakao-html-gongmun-table",
    date="Fri, 13 Sep 2024 10:15:30 +0900",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책팀"),
    subject=enc(f"[카카오] 시정요구({R2}) 조치결과 회신"),
    reply_to_req=req_mid(R2),
    raw_mime=multipart("alternative", "alt_kk_0913", [
        part("text/plain; charset=utf-8", """
HTML 메일을 지원하지 않는 환경에서는 조치결과 표가 보이지 않을 수 있습니다.
HTML 본문을 확인해 주시기 바랍니다.
"""),
        part("text/html; charset=utf-8", f"""
<html><body>
<p><b>주식회사 카카오</b></p>
<p>수신: 방송통신심의위원회<br>제목: 시정요구({R2}) 조치결과 회신</p>
<p>귀 위원회의 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>순번</th><th>서비스</th><th>URL</th><th>처리결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>Daum 카페</td><td>{K1}</td><td>삭제</td></tr>
<tr><td>2</td><td>Daum 카페</td><td>{K2}</td><td>삭제</td></tr>
<tr><td>3</td><td>티스토리</td><td>{K3}</td><td>임시조치</td></tr>
<tr><td>4</td><td>브런치</td><td>{K4}</td><td>게시물 없음</td></tr>
<tr><td>5</td><td>Daum 카페</td><td>{K5}</td><td>삭제</td></tr>
</tbody></table>
<p>끝.</p>
</body></html>
""", cte="quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao 조치결과 회신 as an HTML table (quoted-printable), plain part only says to read the HTML",
    why="one row per URL: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found", K5: "removed"},
)

# ================================================================ YouTube (R3)
add(
    name="yt-kr-legal-restricted-and-removed",
    date="Thu, 12 Sep 2024 03:41:17 +0000",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc(f"YouTube 법적 요청 검토 결과 [{R3}]"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하가 신고한 콘텐츠를 검토한 결과를
알려드립니다.

현지 법률 위반이 확인되어 대한민국에서 다음 콘텐츠에 대한 액세스를 제한했습니다.
- {Y1}
- {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

법적 삭제 요청 처리 방식은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean legal-removal outcome: local block in Korea plus a global removal",
    why="Y1, Y2 액세스 제한 in Korea (restricted); Y3 deleted for guideline breach (removed); the help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

add(
    name="yt-channel-terminated",
    date="Fri, 13 Sep 2024 07:02:45 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube",
    subject=enc(f"Re: [{R3}] 채널 신고 결과"),
    reply_to_req=req_mid(R3),
    body="""
안녕하세요.

신고하신 채널 <https://www.youtube.com/@quickloan_master>은(는) 스팸, 현혹 행위 및
사기에 관한 YouTube 정책을 심각하게 위반하여 해지되었습니다.

채널 해지에 관한 자세한 내용은 <https://support.google.com/youtube/answer/2802168>
을 참고하세요.

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice (Korean), URL in angle brackets followed by 은(는)",
    why="the channel was terminated: Y4 removed; the support page is not an item",
    items={Y4: "removed"},
)

add(
    name="yt-qp-html-global-and-age",
    date="Mon, 16 Sep 2024 05:18:09 +0000",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=enc("YouTube 법무팀"),
    subject=enc(f"[{R3}] 검토 완료 안내"),
    raw_mime=part("text/html; charset=UTF-8", f"""
<!DOCTYPE html><html><body style="font-family:Roboto,'Malgun Gothic',sans-serif">
<p>안녕하세요.</p>
<p>관리번호 {R3} 관련하여 신고하신 콘텐츠의 검토가 완료되었습니다.</p>
<p>다음 동영상은 YouTube 정책 위반으로 전 세계에서 삭제되었습니다.<br>
<a href="{Y2}">{Y2}</a></p>
<p>다음 Shorts 동영상에는 연령 제한이 적용되어 로그인한 성인 사용자만 시청할 수 있습니다.<br>
<a href="{Y3}">{Y3}</a></p>
<p>YouTube 팀 드림</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
""", cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email (quoted-printable): global removal and age restriction",
    why="Y2 removed worldwide; Y3 age-restricted (restricted)",
    items={Y2: "removed", Y3: "restricted"},
)

add(
    name="yt-no-violation-and-gone",
    date="Tue, 17 Sep 2024 02:55:40 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=enc(f"Re: [{R3}] 불법 대부 홍보 영상"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

요청하신 항목에 대한 검토 결과를 알려드립니다.

{Y1}
: 검토 결과 YouTube 정책 또는 현지 법률 위반 사항을 발견하지 못하여
  조치를 취하지 않았습니다. 해당 동영상은 일반적인 대출 상품 비교 내용으로 확인됩니다.

{Y4}
: 더 이상 존재하지 않는 채널입니다.

추가 정보가 있으시면 새 요청을 제출해 주세요.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply declining one video with its reason and reporting a channel gone",
    why="Y1 no violation found, no action (rejected); Y4 no longer exists (not_found)",
    items={Y1: "rejected", Y4: "not_found"},
)

add(
    name="yt-form-receipt-echo",
    date="Mon, 09 Sep 2024 05:03:12 +0000",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube",
    subject=enc("[2-8830000032145] 법적 요청이 접수되었습니다"),
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며
검토 후 이메일로 연락드리겠습니다.

참조 번호: 2-8830000032145
요청자 참조: {R3}

제출하신 URL:
{Y1}
{Y2}
{Y3}
{Y4}

이 메일은 자동으로 발송되었습니다. 회신하지 마세요.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removal web-form receipt echoing the submitted URLs",
    why="a receipt that echoes the submitted URLs; no status is stated for any of them",
    items={},
)

add(
    name="yt-still-under-review",
    date="Wed, 11 Sep 2024 08:30:00 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=enc(f"Re: [{R3}] 진행 상황 문의"),
    reply_to_req=req_mid(R3),
    body=f"""
안녕하세요.

문의하신 아래 동영상은 현재 추가 검토 중이며, 결과가 나오는 대로
알려드리겠습니다.

{Y1}
{Y2}

양해해 주셔서 감사합니다.
YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube status update: still under review",
    why="'추가 검토 중' is no result: Y1, Y2 stay pending",
    items={Y1: "pending", Y2: "pending"},
)

add(
    name="yt-english-actioned",
    date="Tue, 10 Sep 2024 23:12:51 +0000",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Illegal lending promotion videos",
    reply_to_req=req_mid(R3),
    body=f"""
Hello,

Thank you for your notice (your reference {R3}).

After review, the following content has been actioned under our policies:

{Y2}

The remaining URLs in your notice are still being reviewed. We will write
to you again once that review is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube English legal support reply ('has been actioned under our policies')",
    why="Y2 actioned (removed); the others are not named and only promised",
    items={Y2: "removed"},
)

# ================================================================ DC Inside (R4)
add(
    name="dc-informal-operator",
    date="Thu, 12 Sep 2024 19:47:22 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc(f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 게시물 처리 결과 알려드립니다.

{D1} - 삭제처리
{D2} - 삭제처리 및 작성자 IP 차단
{D3} - 작성자가 먼저 지운 글이라 이미 없는 상태입니다

미니갤 글은 갤러리 매니저한테 확인 요청해놨어요. 확인되면 다시 말씀드릴게요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-operator reply, one URL per line with its result after a dash",
    why="D1, D2 삭제 (removed); D3 already deleted by its author (not_found); the mini-gallery post is only promised",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending"},
)

add(
    name="dc-outlook-quoted-request",
    date="Fri, 13 Sep 2024 11:05:36 +0900",
    **{"from": "manager01@dcinside.com"},
    name_from=enc("박서준"),
    subject=enc(f"RE: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 디시인사이드 박서준입니다.

미니 갤러리 게시글 {D4} 은
개인 연락처가 노출된 것이 확인되어 삭제 처리했습니다.
나머지 3건은 확인 후 별도 회신 드리겠습니다.

박서준 드림
디시인사이드 운영지원

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: help@dcinside.com
Subject: [{R4}] 개인정보 노출 게시물 삭제 요청

""" + request_text(R4, [D1, D2, D3, D4], "개인정보 침해 정보"),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over the '-----Original Message-----' quoted request",
    why="only D4 is stated deleted above the quote; the other three are unnamed and promised",
    items={D4: "removed", D1: "pending", D2: "pending", D3: "pending"},
)

add(
    name="dc-conditional-deletion",
    date="Thu, 12 Sep 2024 10:20:14 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    subject=enc(f"Re: [{R4}] 처리 예정 안내"),
    reply_to_req=req_mid(R4),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 주식 갤러리 게시물 2건은 게시자에게 소명 요청을 보냈으며,
7일 이내에 소명이 없으면 삭제될 예정입니다.

 {D1}
 {D2}

처리 결과는 완료 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community operator: deletion conditional on the poster not answering within 7 days",
    why="a condition and a promise ('소명이 없으면 삭제될 예정'): D1, D2 stay pending",
    items={D1: "pending", D2: "pending"},
)

add(
    name="dc-gongmun-csv",
    date="Tue, 17 Sep 2024 15:00:02 +0900",
    **{"from": "legal@dcinside.com"},
    name_from=enc("(주)디시인사이드 법무팀"),
    subject=enc(f"[(주)디시인사이드] 시정요구 조치결과 회신 ({R4})"),
    reply_to_req=req_mid(R4),
    raw_mime=multipart("mixed", "dc_b767_csv", [
        part("text/plain; charset=utf-8", f"""
(주)디시인사이드

수신: 방송통신심의위원회
제목: 시정요구({R4}) 조치결과 회신

1. 귀 위원회의 시정요구(2024.9.11.)와 관련입니다.
2. 요청하신 게시물 4건에 대한 조치결과를 붙임과 같이 회신합니다.

붙임: 조치결과 1부. 끝.
""", cte="quoted-printable"),
        part('text/csv; charset=utf-8; name="dcinside_result.csv"',
             "연번,갤러리,URL,조치결과\n"
             f"1,주식,{D1},삭제\n"
             f"2,주식,{D2},삭제\n"
             f"3,힙합(마이너),{D3},삭제\n"
             f"4,생활정보(미니),{D4},게시물 없음\n",
             cte="base64",
             extra='Content-Disposition: attachment; filename="dcinside_result.csv"\n'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="community company 공문 with 붙임 조치결과 as a CSV attachment",
    why="the CSV gives each URL's result: three 삭제 (removed), one 게시물 없음 (not_found)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found"},
)

add(
    name="dc-out-of-office",
    date="Wed, 11 Sep 2024 14:00:40 +0900",
    **{"from": "help@dcinside.com"},
    name_from=enc("디시인사이드 고객센터"),
    subject=enc(f"부재중 자동응답: [{R4}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_mid(R4),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
[자동응답] 디시인사이드 고객센터입니다.

현재 담당자 교육 일정으로 9월 11일(수) 오후 업무가 중단됩니다.
보내주신 메일은 9월 12일(목)부터 순서대로 확인 후 답변드리겠습니다.

I am out of the office this afternoon and will reply from 12 September.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Korean/English out-of-office auto-reply from a help desk",
    why="an auto-reply (Auto-Submitted: auto-replied) with nothing about items",
    items={},
)

# ================================================================ BAND (R5)
BAND_SIG = """
--
BAND 운영팀
BAND 운영정책 https://band.us/policy/operation
"""

add(
    name="band-result-notice",
    date="Wed, 18 Sep 2024 14:33:21 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=enc(f"[BAND] 신고하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다.
신고하신 게시글에 대한 처리 결과를 안내드립니다.

■ 게시글 1
  {B1}
  처리 결과: 음란물 게시로 확인되어 게시글을 삭제하였습니다.

■ 게시글 2
  {B2}
  처리 결과: 해당 게시글을 비공개 처리하였습니다.

■ 게시글 3
  {B3}
  처리 결과: 확인 결과 밴드 운영정책에 위배되는 내용이 없어 별도 조치하지 않았습니다.
""" + BAND_SIG,
    outcome="applied", classification="confirmation",
    imitates="BAND '신고하신 게시글 처리 결과' notice with a block per post",
    why="B1 삭제 (removed), B2 비공개 처리 (removed), B3 no breach found, no action (rejected)",
    items={B1: "removed", B2: "removed", B3: "rejected"},
)

add(
    name="band-numbered-two",
    date="Tue, 17 Sep 2024 11:08:55 +0900",
    **{"from": "support@band.us"},
    name_from=enc("BAND 고객센터"),
    subject=enc(f"RE: [{R5}] 음란물 공유 게시글"),
    reply_to_req=req_mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

1) {B1}
   → 게시글 삭제 및 작성자 이용 제한 완료
2) {B3}
   → 해당 밴드가 리더에 의해 삭제되어 게시글을 찾을 수 없습니다.

나머지 게시글은 확인되는 대로 안내드리겠습니다.
""" + BAND_SIG,
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre reply, numbered URLs with results on arrow lines",
    why="B1 deleted (removed); B3 cannot be found, its band was deleted (not_found)",
    items={B1: "removed", B3: "not_found"},
)

add(
    name="band-inquiry-receipt",
    date="Fri, 13 Sep 2024 10:31:02 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=enc("[BAND] 문의가 접수되었습니다 (문의번호 BD-20240913-0417)"),
    body=f"""
안녕하세요, BAND입니다.

고객님의 문의가 접수되었습니다.
문의번호: BD-20240913-0417
문의 제목: [{R5}] 음란물 공유 게시글 시정요구

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-desk ticket receipt (문의번호)",
    why="pure receipt with a ticket number",
    items={},
)

add(
    name="band-channel-notice-no-claims",
    date="Mon, 23 Sep 2024 09:00:00 +0900",
    **{"from": "partner@band.us"},
    name_from=enc("BAND 정책팀"),
    subject=enc("[BAND] 공공기관 협조 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, BAND 정책팀입니다.

10월 1일부터 공공기관의 게시물 조치 요청은 전용 접수 창구
https://band.us/cs/gov-request 를 통해서만 받습니다.
기존 메일 주소로 보내시는 요청은 처리가 지연될 수 있습니다.

이용에 참고 부탁드립니다.
""" + BAND_SIG,
    outcome="review", review="no_claims",
    imitates="platform notice to authorities about a new request channel",
    why="trusted BAND mail naming no requested item and no request: a person should read it",
    items={},
)

add(
    name="band-echoed-report",
    date="Thu, 19 Sep 2024 16:45:10 +0900",
    **{"from": "noreply@band.us"},
    name_from="BAND",
    subject=enc("[BAND] 신고 처리 결과"),
    body=f"""
안녕하세요, BAND입니다.
접수하신 신고의 처리 결과를 알려드립니다.

-------------------------------------------
신고 번호 : BD-R-88120455
신고 대상 : {B2}
신고 사유 : 음란물
요청 기관 : 방송통신심의위원회 ({R5})
-------------------------------------------
처리 결과 : 삭제
처리 일시 : 2024-09-19 16:40
-------------------------------------------

BAND는 안전한 커뮤니티를 위해 노력하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo: 신고 대상 / 신고 사유 / 처리 결과 fields",
    why="the echoed report names B2 and the result field says 삭제: removed",
    items={B2: "removed"},
)

HEADER = f"""# Blind set 767 (Korean): expected results written from each email's meaning
# before any run of the reader. Generated by make.py; edit there.
# Requests: {', '.join(r[0] for r in REQUESTS)} (largest {R1}, 12 items).
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
