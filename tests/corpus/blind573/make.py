#!/usr/bin/env python3
"""Blind set 573: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Clien, Nate), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind573/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before the
reader was ever run on it. All names, URLs and ids are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind573"

# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240903-01"
R_DAUM = "KCSC-240905-02"
R_DC = "KCSC-240909-03"
R_SOOP = "KCSC-240910-04"
R_FMK = "KCSC-240911-05"
R_INVEN = "KCSC-240912-06"
R_CLIEN = "KCSC-240913-07"

N = {
    1: "https://blog.naver.com/moonriver_77/223561048812",
    2: "https://blog.naver.com/moonriver_77/223561090347",
    3: "https://blog.naver.com/hanbit_trade/223548812001",
    4: "https://cafe.naver.com/jjangstock/581204",
    5: "https://cafe.naver.com/jjangstock/581377",
    6: "https://cafe.naver.com/%EC%A3%BC%EC%8B%9D%ED%86%A1/10234",
    7: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122093",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38120944&memberNo=51230877",
    9: "https://blog.naver.com/sunny_daldal/223570113456",
    10: "https://cafe.naver.com/dongnemom/2290145",
    11: "https://m.blog.naver.com/greenwave_k/223577720019",
    12: "https://tv.naver.com/v/59102337",
    13: "https://blog.naver.com/PostView.naver?blogId=yeoul_note&logNo=223580041276",
}
N6_RAW = "https://cafe.naver.com/주식톡/10234"
D = {
    1: "https://cafe.daum.net/%EB%B0%A4%EB%B0%94%EB%8B%A4/7Xk2/315",
    2: "https://cafe.daum.net/ssangmun21/Ha0F/9981",
    3: "https://cafe.daum.net/gomdori-market/Zq8l/4410",
    4: "https://cafe.daum.net/ssangmun21/Ha0F/10022",
}
D1_RAW = "https://cafe.daum.net/밤바다/7Xk2/315"
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912511",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448377",
    5: "https://gall.dcinside.com/mini/board/view/?id=hanbyeol&no=2231",
}
S = {
    1: "https://vod.sooplive.co.kr/player/134551207",
    2: "https://vod.sooplive.co.kr/player/134559981",
    3: "https://ch.sooplive.co.kr/nightowl0707/post/88120455",
}
F = {
    1: "https://www.fmkorea.com/7291044123",
    2: "https://www.fmkorea.com/best/7291102210",
}
I1 = "https://www.inven.co.kr/board/lostark/4821/98812"
L = {
    1: "https://www.clien.net/service/board/park/18800412",
    2: "https://www.clien.net/service/board/cm_car/18801173",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    (R_NAVER, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N[i] for i in range(1, 14)], "gambling", "req.240903-01@kcsc.example",
     "시정요구 제2024-1187호, 불법 도박 홍보 (blogs, cafes, KiN, Post, TV)"),
    (R_DAUM, "daum", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[i] for i in range(1, 5)], "gambling", "req.240905-02@kcsc.example",
     "Daum cafe posts; one cafe with a Korean name"),
    (R_DC, "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     [C[i] for i in range(1, 6)], "fraud", "req.240909-03@kcsc.example",
     'gallery "stock_new2" and minor/mini galleries, 리딩방 사기'),
    (R_SOOP, "soop", "2024-09-10T14:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [S[i] for i in range(1, 4)], "obscenity", "req.240910-04@kcsc.example",
     "two VODs, one channel post"),
    (R_FMK, "fmkorea", "2024-09-11T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [F[1], F[2]], "privacy", "req.240911-05@kcsc.example",
     "개인정보 노출, 2 posts"),
    (R_INVEN, "inven", "2024-09-12T15:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [I1], "fraud", "req.240912-06@kcsc.example",
     "item trade scam post"),
    (R_CLIEN, "clien", "2024-09-13T10:00:00+09:00", "2024-09-23T18:00:00+09:00",
     [L[1], L[2]], "defamation", "req.240913-07@kcsc.example",
     "two board posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- mime helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, body, enc="8bit", extra=()):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {enc}"]
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


NAVER_REQUEST_KO = """네이버 담당자님께,

방송통신심의위원회 불법정보 삭제요청 담당입니다.
아래 13건의 게시물은 불법 도박 사이트를 홍보하는 정보로 확인되어
정보통신망법 제44조의7에 따라 삭제 또는 접속차단을 요청드립니다.

""" + "\n".join(f"{i}. {N[i]}" for i in range(1, 14)) + f"""

요청번호: {R_NAVER}
조치 기한: 2024-09-10

방송통신심의위원회 드림"""

NAVER_REQUEST_EN = """Dear NAVER team,

Please remove or disable access to the following 13 URLs, which promote
illegal gambling sites (request {ref}).

""".format(ref=R_NAVER) + "\n".join(N[i] for i in range(1, 14)) + """

Please reply to this address with the action taken for each URL.

KCSC Takedown"""

FMK_REQUEST = f"""에펨코리아 운영자님께,

아래 게시물 2건은 개인의 연락처와 주소를 노출하고 있어 삭제를 요청드립니다.

{F[1]}
{F[2]}

요청번호: {R_FMK}
방송통신심의위원회"""

cases = []


def enc_header(text, prefix_len):
    """RFC 2047-encode a non-ASCII header value, as mail clients do."""
    if text.isascii():
        return text
    return Header(text, "utf-8", header_name="X" * prefix_len).encode()


def add(**c):
    if "name_from" in c:
        c["name_from"] = enc_header(c["name_from"], 4)
    c["subject"] = enc_header(c["subject"], 7)
    cases.append(c)


# ================================================================ NAVER (13-item request)
table_rows = [
    (1, N[1], "게시중단(삭제)", ""),
    (2, N[2], "삭제", ""),
    (3, N[3], "임시조치(30일)", "게시자 이의제기 가능"),
    (4, N[4], "블라인드", "카페 운영원칙 위반"),
    (5, N[5], "게시물 없음", "요청 전 작성자 삭제"),
    (6, N6_RAW, "접근 제한(국내)", "해외 접속은 유지"),
    (7, N[7], "삭제", ""),
    (8, N[8], "조치 불가", "위반 사항 확인되지 않음"),
    (9, N[9], "비공개 처리", ""),
    (10, N[10], "존재하지 않는 URL", ""),
    (11, N[11], "삭제", ""),
    (12, N[12], "연령 제한(19세)", ""),
    (13, N[13], "삭제", ""),
]
t_text = "\n".join(f"{n:>2} | {u} | {r}" + (f" | {note}" if note else "") for n, u, r, note in table_rows)
t_html = "\n".join(
    f'<tr><td>{n}</td><td><a href="{u}">{u}</a></td><td>{r}</td><td>{note}</td></tr>'
    for n, u, r, note in table_rows
)
add(
    name="naver-correction-result-table-13",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=f"[NAVER] 시정요구({R_NAVER})에 대한 조치 결과 회신",
    reply_to_req="req.240903-01",
    raw_mime=multipart("alternative", "nv-13-alt", [
        part("text/plain; charset=utf-8", f"""방송통신심의위원회 담당자님, 안녕하십니까.
네이버 정책지원팀입니다.

9월 3일 요청하신 시정요구({R_NAVER}) 13건의 조치 결과를 아래와 같이 회신드립니다.

번호 | URL | 조치 결과 | 비고
{t_text}

임시조치 건은 30일이 지나면 게시자 이의제기 여부에 따라 처리됩니다.
문의사항은 본 메일로 회신 주시기 바랍니다.

네이버 정책지원팀 드림"""),
        part("text/html; charset=utf-8", f"""<html><body>
<p>방송통신심의위원회 담당자님, 안녕하십니까.<br>네이버 정책지원팀입니다.</p>
<p>9월 3일 요청하신 시정요구({R_NAVER}) 13건의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{t_html}
</table>
<p>임시조치 건은 30일이 지나면 게시자 이의제기 여부에 따라 처리됩니다.<br>
문의사항은 본 메일로 회신 주시기 바랍니다.</p>
<p>네이버 정책지원팀 드림</p>
</body></html>"""),
    ]),
    outcome="applied", classification="confirmation",
    imitates="KCSC 시정요구 조치결과 회신 table from a portal's policy team (text + HTML)",
    why="every row names its URL and a measure: 삭제/게시중단/블라인드/비공개 are removed, 임시조치/국내 접근 제한/연령 제한 restricted, 게시물 없음/존재하지 않는 URL not_found, 조치 불가(위반 없음) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed", N[5]: "not_found",
           N[6]: "restricted", N[7]: "removed", N[8]: "rejected", N[9]: "removed", N[10]: "not_found",
           N[11]: "removed", N[12]: "restricted", N[13]: "removed"},
)

add(
    name="naver-ko-prose-partial-three",
    date="Wed, 04 Sep 2024 11:05:40 +0900",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject=f"RE: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 건 중 확인이 끝난 게시물에 대해 먼저 처리 결과를 안내드립니다.

moonriver_77 블로그의 게시물 두 건({N[1]}, {N[2]})은
운영정책 위반이 확인되어 삭제하였습니다.

jjangstock 카페 게시글 {N[4]} 는 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다.

나머지 게시물은 확인되는 대로 별도로 회신드리겠습니다.
감사합니다.

네이버 권리보호센터
https://right.naver.com""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 partial result letter in Korean prose",
    why="two blog posts deleted (named in parentheses), one cafe post under 30-day 임시조치 (restricted); the promise about the rest changes nothing",
    items={N[1]: "removed", N[2]: "removed", N[4]: "restricted"},
)

csv_buf = io.StringIO()
cw = csv.writer(csv_buf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "처리결과", "처리일"])
cw.writerow([1, N[5], "삭제", "2024-09-05"])
cw.writerow([2, N6_RAW, "접근제한(국내)", "2024-09-05"])
cw.writerow([3, N[7], "게시물 없음(작성자 삭제)", "2024-09-05"])
cw.writerow([4, N[8], "조치 불가(위반 사항 없음, 게시 유지)", "2024-09-05"])
cw.writerow([5, N[9], "삭제", "2024-09-05"])
add(
    name="naver-csv-attachment-five",
    date="Thu, 05 Sep 2024 18:12:03 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"Result of review - {R_NAVER} (5 URLs)",
    raw_mime=multipart("mixed", "nv-csv-mix", [
        part("text/plain; charset=utf-8", f"""Dear KCSC team,

Please find attached the outcome of our review for five of the URLs in your
request {R_NAVER}. The remaining URLs are handled by a separate team and
will be answered separately.

Kind regards,
Hyejin Lee
NAVER Trust & Safety"""),
        part('text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"', b64("\ufeff" + csv_buf.getvalue()),
             enc="base64", extra=['Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety cover note with a spreadsheet export (UTF-8 CSV with BOM, base64)",
    why="the CSV rows state 삭제 (removed), 접근제한(국내) (restricted, Korean raw path), 게시물 없음(작성자 삭제) (not_found), 조치 불가 위반 없음 (rejected), 삭제 (removed)",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "not_found", N[8]: "rejected", N[9]: "removed"},
)

add(
    name="naver-cafe-blind-top-posted",
    date="Thu, 05 Sep 2024 09:31:55 +0900",
    **{"from": "cafe_support@naver.com"},
    name_from="네이버 카페 운영지원",
    subject=f"Re: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body=f"""안녕하세요. 네이버 카페 운영지원 담당자입니다.

dongnemom 카페 게시글({N[10]})은 블라인드 처리를 완료했습니다.
나머지 건은 블로그/지식iN 담당 부서에서 회신드릴 예정입니다.

감사합니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{quote(NAVER_REQUEST_KO)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail/NAVER-mail top-posted reply over the regulator's quoted Korean request",
    why="only the cafe post is stated (블라인드 = removed); the 13 URLs below are the regulator's own quoted request",
    items={N[10]: "removed", N[1]: "pending", N[12]: "pending"},
)

add(
    name="naver-en-url-then-result-line",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    **{"from": "noreply-report@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject=f"Your report to NAVER - outcome (Ref. {R_NAVER})",
    body=f"""Hello,

Thank you for contacting NAVER. Here is the outcome of our review of the
content in your report {R_NAVER}.

{N[11]}
Result: Removed for violating the NAVER Blog Operation Policy (promotion of illegal gambling)

{N[12]}
Result: Access restricted for users in Korea

{N[13]}
Result: No action taken. After review, we found that this post does not violate our policies or Korean law.

To learn more about our policies, visit https://policy.naver.com/policy/service_kr.html

NAVER Trust & Safety
This mailbox is not monitored. Please reply through https://help.naver.com/inquiry""",
    outcome="applied", classification="confirmation",
    imitates="help-centre 'outcome of your report' template with the URL on one line and its result on the next",
    why="three URLs, each followed by a result line: removed, restricted in Korea, no action (rejected); the policy and help links are not items",
    items={N[11]: "removed", N[12]: "restricted", N[13]: "rejected"},
)

add(
    name="naver-qp-private-and-deleted",
    date="Fri, 06 Sep 2024 10:02:31 +0900",
    **{"from": "blog_help@naver.com"},
    name_from="네이버 블로그",
    subject=f"[네이버 블로그] 게시물 조치 안내 ({R_NAVER})",
    raw_mime=part("text/plain; charset=utf-8", qp(f"""[네이버 블로그] 게시물 조치 안내

요청번호: {R_NAVER}

안녕하세요. 네이버 블로그 고객센터입니다.

hanbit_trade 블로그의 게시물 {N[3]} 은 비공개 처리되었습니다.
yeoul_note 블로그의 게시물 {N[13]} 은 삭제 조치되었습니다.

블로그 운영정책: https://blog.naver.com/post/blogpolicy.htm

본 메일은 발신 전용입니다."""), enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog 게시물 조치 안내 notice, quoted-printable body with soft-broken long URLs",
    why="비공개 처리 is removed, 삭제 조치 is removed; the policy page is not an item",
    items={N[3]: "removed", N[13]: "removed"},
)

add(
    name="naver-outlook-withheld-in-korea",
    date="Wed, 04 Sep 2024 17:48:20 +0900",
    **{"from": "minseo.park@navercorp.com"},
    name_from="Minseo Park",
    subject=f"RE: [{R_NAVER}] Request for removal",
    reply_to_req="req.240903-01",
    body=f"""Hi,

Following our legal review, access to the two cafe posts below has been
withheld in Korea under Korean law:

{N[4]}
{N[5]}

They remain visible outside Korea.

Best regards,
Minseo Park | NAVER Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R_NAVER}] Request for removal

{NAVER_REQUEST_EN}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request pasted below '-----Original Message-----'",
    why="withheld in Korea = restricted, for the two URLs listed under the statement; the other URLs are only in the quoted original",
    items={N[4]: "restricted", N[5]: "restricted", N[1]: "pending", N[13]: "pending"},
)

add(
    name="naver-receipt-plus-results",
    date="Wed, 04 Sep 2024 09:15:00 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=f"[접수완료] 신고 접수 및 일부 처리 결과 안내 ({R_NAVER})",
    body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호 NV-0904-55120)

접수된 내용 중 아래 게시물은 확인 즉시 처리하여 함께 알려드립니다.
- {N[1]} : 삭제 완료
- {N[2]} : 검토 결과 위반 사항이 없어 게시를 유지합니다

나머지 게시물은 검토가 완료되면 안내드리겠습니다.

네이버 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries first results (NAVER 고객센터 접수 안내)",
    why="a receipt phrase plus two unhedged item statements: not a pure acknowledgement; 삭제 완료 removed, 위반 없음 게시 유지 rejected",
    items={N[1]: "removed", N[2]: "rejected"},
)

add(
    name="naver-bulleted-en-ko-one-hedged",
    date="Mon, 09 Sep 2024 14:20:44 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    subject=f"Update on {R_NAVER} (partial)",
    body=f"""Dear KCSC,

Partial update on request {R_NAVER}:

• {N6_RAW} — 삭제 (removed)
• {N[7]} — 19세 미만 열람 제한 (age-restricted)
• {N[12]} — 존재하지 않는 동영상입니다 (video does not exist)
• {N[9]} — 작성자가 삭제한 것으로 보이나 확인 중입니다 (appears to have been deleted by the author; still checking)

We will follow up on the last one.

NAVER Policy team""",
    outcome="applied", classification="confirmation",
    imitates="bilingual bulleted status update from a portal's policy team",
    why="removed, age-restricted (restricted), does not exist (not_found); the fourth is a hedge ('보이나 확인 중', 'appears') and stays pending",
    items={N[6]: "removed", N[7]: "restricted", N[12]: "not_found", N[9]: "pending"},
)

add(
    name="naver-kin-deleted-by-author",
    date="Thu, 05 Sep 2024 13:03:18 +0900",
    **{"from": "kin_help@naver.com"},
    name_from="NAVER 지식iN",
    subject=f"Re: {R_NAVER} - Knowledge iN question",
    body=f"""Hello,

The question at
{N[7]}
no longer exists. It was deleted by the member who posted it before our
review, so no action was needed on our side.

Regards,
NAVER Knowledge iN Operations""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply: content already deleted by its author",
    why="'no longer exists, deleted by the member who posted it' is not_found",
    items={N[7]: "not_found"},
)

add(
    name="naver-bulk-all-taken-down",
    date="Tue, 10 Sep 2024 11:40:00 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    subject=f"RE: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 건에 포함된 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
네이버 정책지원팀 드림""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line 'all reported posts taken down' reply in the request's thread",
    why="a statement about all items of a 13-item request without naming any: bulk review, nothing applied",
    items={N[i]: "pending" for i in range(1, 14)},
)

add(
    name="naver-auth-fail-claim",
    date="Wed, 04 Sep 2024 20:01:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원",
    auth="fail",
    subject=f"RE: [{R_NAVER}] 조치 결과",
    body=f"""안녕하세요. 네이버 정책지원팀입니다.

{N[3]} 게시물은 삭제 완료되었습니다.

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="portal reply whose DKIM/SPF/DMARC fail at our gateway",
    why="From navercorp.com but dmarc=fail: the deletion is not trusted",
    items={N[3]: "pending"},
)

add(
    name="blog-owner-gmail-self-deleted",
    date="Sat, 07 Sep 2024 22:47:33 +0900",
    **{"from": "sunny.daldal82@gmail.com"},
    name_from="Kim Dal",
    subject=f"{R_NAVER} 관련 문의드립니다",
    body=f"""안녕하세요. 네이버에서 제 블로그 글이 신고되었다는 안내를 받았습니다.

{N[9]}

이 글은 제가 직접 삭제했습니다. 광고 대행사가 올려달라고 해서 올린 글인데
문제가 되는 줄 몰랐습니다. 신고를 취하해 주실 수 있을까요?

김달 드림""",
    outcome="review", review="unknown_sender",
    imitates="blogger writing from a personal Gmail address about a reported post",
    why="the sender is no platform; its 'I deleted it myself' cannot change the item",
    items={N[9]: "pending"},
)

add(
    name="naver-typo-url-unmatched",
    date="Thu, 05 Sep 2024 15:22:51 +0900",
    **{"from": "right@navercorp.com"},
    name_from="네이버 권리보호센터",
    subject=f"[{R_NAVER}] 처리 결과",
    body="""안녕하세요, 네이버 권리보호센터입니다.

아래 게시물은 삭제 조치가 완료되었습니다.

https://blog.naver.com/moonriver_77/223561048813

감사합니다.""",
    outcome="review", review="unmatched_claims", classification="confirmation",
    imitates="portal result for a URL whose post number differs from the one requested",
    why="the stated URL ends ...813, the request has ...812 and ...0347: a claim that matches no requested item",
    items={},
)

add(
    name="naver-ooo-korean",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    **{"from": "jihyun.kim@navercorp.com"},
    name_from="김지현",
    subject=f"[부재중] Re: [{R_NAVER}] 불법정보 시정요구",
    reply_to_req="req.240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 김지현입니다.

9월 3일(화)부터 9월 8일(일)까지 휴가로 부재중입니다.
복귀 후 순차적으로 확인하여 회신드리겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.

감사합니다.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 (Auto-Submitted: auto-replied)",
    why="an out-of-office reply says nothing about the items",
    items={},
)

add(
    name="mx-delay-dsn-naver",
    date="Tue, 03 Sep 2024 14:00:07 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Delayed Mail (still being retried)",
    raw_mime=multipart("report", "dly-0903", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

                   The mail system

<policy@navercorp.com>: connect to mx1.navercorp.com[203.0.113.25]:25:
    Connection timed out""", enc="7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WzQ1K0c8Pz9
Arrival-Date: Tue,  3 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; policy@navercorp.com
Original-Recipient: rfc822;policy@navercorp.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.navercorp.com[203.0.113.25]:25:
    Connection timed out
Will-Retry-Until: Sun,  8 Sep 2024 10:00:02 +0900 (KST)""", enc="7bit"),
        part("text/rfc822-headers", f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [{R_NAVER}] 불법정보 시정요구
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <req.240903-01@kcsc.example>""", enc="8bit"),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery DSN (Action: delayed) from our own gateway",
    why="a delivery-status report about our own request; no platform statement",
    items={},
)

# ================================================================ Daum / Kakao (4 items)
add(
    name="daum-temp-measure-and-delete-ko",
    date="Fri, 06 Sep 2024 15:33:02 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"[Daum 카페] 게시물 임시조치 및 삭제 결과 안내 ({R_DAUM})",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 Daum 카페 게시물의 처리 결과를 알려드립니다.

■ {D1_RAW}에 대해서는 정보통신망법 제44조의2 제4항에 따라 30일간 임시조치(접근 차단)하였습니다.
■ {D[2]} 게시물은 카페 운영정책 위반으로 삭제하였습니다.

임시조치에 대한 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치/삭제 결과 안내",
    why="raw Korean cafe path with a particle (…/315에) under 30-day 임시조치 = restricted; the second post deleted = removed; the FAQ link is not an item",
    items={D[1]: "restricted", D[2]: "removed"},
)

add(
    name="daum-numbered-four-mixed",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    **{"from": "cafe_operation@daum.net"},
    name_from="Daum 카페 운영팀",
    subject=f"Re: [{R_DAUM}] 불법정보 삭제 요청",
    reply_to_req="req.240905-02",
    body=f"""안녕하세요. Daum 카페 운영팀입니다.
요청하신 4건의 처리 결과입니다.

1. {D[1]}
   - 삭제 완료
2. {D[2]}
   - 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
3. {D[3]}
   - 검토 결과 위반 사항이 확인되지 않아 게시를 유지합니다.
4. {D[4]}
   - 청소년 유해 게시물로 지정하여 성인 인증 후에만 열람할 수 있도록 제한하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="numbered per-URL result list with the measure on the line below each URL",
    why="removed; already deleted by the author (not_found); no violation, kept (rejected); adult verification only (age restriction = restricted)",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "rejected", D[4]: "restricted"},
)

add(
    name="daum-echoed-report-geo-en",
    date="Tue, 10 Sep 2024 08:55:30 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="Kakao Safety",
    subject=f"Decision on your report ({R_DAUM})",
    body=f"""Kakao Safety Center - decision on your report

Report details
  Reference:     {R_DAUM}
  Service:       Daum Cafe
  Reported URL:  {D[4]}
  Category:      Illegal gambling
  Decision:      Access to this content has been disabled for users in the Republic of Korea.
  Decision date: 2024-09-09

If you disagree with this decision you may reply within 14 days.
Kakao Safety Center | https://cs.kakao.com""",
    outcome="applied", classification="confirmation",
    imitates="echoed report form with a decision line (DSA statement-of-reasons style)",
    why="access disabled for users in Korea = restricted",
    items={D[4]: "restricted"},
)

add(
    name="daum-promise-after-notice-period",
    date="Mon, 09 Sep 2024 16:02:47 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"[{R_DAUM}] 처리 진행 상황 안내",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{D[1]} 게시물은 게시자에게 소명 기회를 부여하였으며,
7일 이내에 소명이 없을 경우 삭제될 예정입니다.

{D[3]} 게시물은 담당 부서에서 추가로 확인하고 있습니다.

결과가 나오는 대로 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Korean progress notice with a conditional promise",
    why="'삭제될 예정' on a condition and '확인하고 있습니다' are no statements; the email names two items, so it goes to review",
    items={D[1]: "pending", D[3]: "pending"},
)

add(
    name="kakao-answers-about-naver-url",
    date="Thu, 05 Sep 2024 14:18:09 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject=f"[{R_NAVER}] 요청 게시물 확인 결과",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

{R_NAVER} 건으로 보내주신 아래 주소를 확인하였습니다.

{N[3]}

해당 게시물은 당사 서비스에서 찾을 수 없는 게시물입니다.
네이버 블로그 게시물로 보이므로 네이버에 문의해 주시기 바랍니다.""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="portal telling the regulator a URL is not on its service",
    why="Kakao states 'cannot be found' about a NAVER item; a platform's statement about another platform's item",
    items={N[3]: "pending"},
)

add(
    name="kakao-ticket-receipt-ko",
    date="Thu, 05 Sep 2024 11:00:12 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject=f"[카카오 고객센터] 문의가 접수되었습니다 - {R_DAUM}",
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409-118273
접수일시: 2024-09-05 11:00

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 접수하신 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 자동 안내",
    why="a pure receipt with a ticket number",
    items={},
)

# ================================================================ DC Inside (5 items)
add(
    name="dc-ops-ko-three-deleted",
    date="Tue, 10 Sep 2024 13:27:45 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"Re: [{R_DC}] 게시물 삭제 요청",
    reply_to_req="req.240909-03",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물에 대해 아래와 같이 조치하였습니다.

주식 갤러리 게시물 {C[1]} 및
{C[2]} : 삭제 및 작성자 IP 차단

코인 마이너 갤러리 <{C[3]}> : 삭제

나머지 2건은 해당 갤러리 매니저 확인 후 회신드리겠습니다.

디시인사이드 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply, gallery by gallery, one URL in angle brackets",
    why="three posts deleted (IP block of the poster is extra); the other two are promised only",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed"},
)

dc_rows = [(C[1], "삭제"), (C[2], "해당 게시물 없음"), (C[4], "유지 (위반 아님)"), (C[5], "삭제")]
add(
    name="dc-html-only-table",
    date="Wed, 11 Sep 2024 17:05:00 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCInside 신고센터",
    subject=f"[디시인사이드] 신고 처리 결과 ({R_DC})",
    type="html",
    body="""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<h3>신고 처리 결과 안내</h3>
<p>요청번호: """ + R_DC + """</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
""" + "\n".join(f'<tr><td>{u.replace("&", "&amp;")}</td><td>{r}</td></tr>' for u, r in dc_rows) + """
</tbody></table>
<p>운영 원칙: <a href="https://gall.dcinside.com/notice/policy">https://gall.dcinside.com/notice/policy</a></p>
<p>디시인사이드 신고센터</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only result table from a community site's report centre",
    why="삭제 removed, 해당 게시물 없음 not_found, 유지 (위반 아님) rejected, 삭제 removed; the policy link is not an item",
    items={C[1]: "removed", C[2]: "not_found", C[4]: "rejected", C[5]: "removed"},
)

add(
    name="dc-en-statement-then-url-below",
    date="Wed, 11 Sep 2024 09:12:38 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject=f"Re: {R_DC}",
    body=f"""Hello KCSC team,

The following post was deleted by the gallery administrator on 10 Sep 2024:
{C[4]}

We could not locate the following post. It may have been deleted by the
poster before our review:
{C[5]}

Best regards,
DCInside Global Support""",
    outcome="applied", classification="confirmation",
    imitates="English support reply with each statement ending in ':' and its URL on the next line",
    why="deleted = removed; 'could not locate' = not_found (the 'may have been' only guesses why)",
    items={C[4]: "removed", C[5]: "not_found"},
)

add(
    name="dc-one-done-one-promised",
    date="Thu, 12 Sep 2024 10:44:21 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"[{R_DC}] 추가 처리 안내",
    body=f"""디시인사이드 운영팀입니다.

{C[1]} 삭제 완료했습니다.

{C[2]} 는 갤러리 매니저 확인 후 삭제될 예정입니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short operator note: one done, one promised",
    why="the first post is deleted (removed); 'will be deleted after the manager checks' is a promise (pending)",
    items={C[1]: "removed", C[2]: "pending"},
)

add(
    name="dc-bulk-all-deleted-en",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject=f"Re: [{R_DC}] Removal request",
    reply_to_req="req.240909-03",
    body=f"""Hello,

All of the posts listed in your request {R_DC} have been deleted, and the
posters have been blocked from the galleries concerned.

Best regards,
DCInside Global Support""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="'all posts in your request were deleted' reply",
    why="five-item request, no post named: bulk review",
    items={C[i]: "pending" for i in range(1, 6)},
)

add(
    name="dc-conflicting-deleted-and-kept",
    date="Thu, 12 Sep 2024 18:09:14 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"[{R_DC}] 처리 결과",
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

코인 마이너 갤러리 게시물 {C[3]} 은 삭제 처리하였습니다.

[처리 요약]
- {C[3]} : 유지 (위반 사항 없음)

감사합니다.""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="operator reply whose summary contradicts its own prose (copy-paste slip)",
    why="the same post is said to be deleted and kept; a clerk must ask",
    items={C[3]: "pending"},
)

add(
    name="dc-read-receipt",
    date="Mon, 09 Sep 2024 09:41:02 +0900",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject=f"읽음: [{R_DC}] 게시물 삭제 요청",
    raw_mime=multipart("report", "mdn-dc-0909", [
        part("text/plain; charset=utf-8", f"""보내신 메일을 수신자가 읽었습니다.

제목: [{R_DC}] 게시물 삭제 요청
받는 사람: help@dcinside.com
읽은 시간: 2024-09-09 09:41

이 확인은 메일이 수신자의 화면에 표시되었다는 뜻이며, 내용을 읽거나
이해했다는 뜻은 아닙니다."""),
        part("message/disposition-notification", """Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822;help@dcinside.com
Original-Message-ID: <req.240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""", enc="7bit"),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt is no statement",
    items={},
)

# ================================================================ SOOP (3 items)
add(
    name="soop-en-vod-private-post-kept",
    date="Thu, 12 Sep 2024 19:20:11 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject=f"Re: Request {R_SOOP}",
    reply_to_req="req.240910-04",
    body=f"""Dear Sir or Madam,

Regarding your request {R_SOOP}:

- VOD {S[1]} has been deleted, and the broadcaster
  has received a 7-day broadcast suspension.
- VOD {S[2]} was switched to private by the
  broadcaster and can no longer be viewed by anyone.
- The channel post {S[3]} was reviewed
  and does not breach our Terms of Service or operating policy, so it
  remains available.

Sincerely,
SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform T&S reply, three bullet statements",
    why="deleted = removed; private and viewable by no one = removed (비공개); no breach, remains available = rejected",
    items={S[1]: "removed", S[2]: "removed", S[3]: "rejected"},
)

add(
    name="soop-ko-age-restricted",
    date="Wed, 11 Sep 2024 15:48:37 +0900",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject=f"[SOOP] 신고하신 VOD 처리 결과 안내 ({R_SOOP})",
    body=f"""안녕하세요, SOOP 고객센터입니다.

신고하신 VOD {S[2]} 는 19세 이상 시청 가능 콘텐츠로 변경하여
연령 제한 조치하였습니다.

SOOP 운영정책: https://www.sooplive.co.kr/policy

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 고객센터 처리 결과 안내 (연령 제한)",
    why="changed to 19+ viewing = age restriction = restricted",
    items={S[2]: "restricted"},
)

add(
    name="soop-ko-list-under-heading",
    date="Fri, 13 Sep 2024 10:05:29 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP 이용자보호팀",
    subject=f"[{R_SOOP}] 조치 결과",
    body=f"""안녕하세요. SOOP 이용자보호팀입니다.

아래 VOD 2건은 삭제 처리되었습니다.

  - {S[1]}
  - {S[2]}

채널 게시글({S[3]})은 이미 삭제되어 확인할 수 없습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Korean result with a heading sentence over a dashed URL list",
    why="the heading names both listed VODs as deleted (removed); the post 'already deleted, cannot be checked' is not_found",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found"},
)

add(
    name="soop-en-hedge-may-have",
    date="Wed, 11 Sep 2024 11:11:48 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject=f"Re: Request {R_SOOP}",
    body=f"""Hello,

It appears that the VOD {S[1]} may already have been
removed by the broadcaster. We are checking our logs to confirm and will
get back to you.

SOOP Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="T&S holding reply with a hedged guess",
    why="'appears … may already have been removed' is a hedge, not a statement; a named item, so review",
    items={S[1]: "pending"},
)

soop_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: safty@sooplive.co.kr
Subject: [{R_SOOP}] 불법정보 삭제 요청
Date: Tue, 10 Sep 2024 14:00:00 +0900
Message-ID: <req.240910-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

SOOP 담당자님께,

아래 게시물의 삭제를 요청드립니다.

{S[1]}
{S[2]}
{S[3]}

요청번호: {R_SOOP}"""
add(
    name="mx-bounce-soop-typo-address",
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "bnc-0910", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<safty@sooplive.co.kr>: host mx.sooplive.co.kr[198.51.100.44] said: 550 5.1.1
    <safty@sooplive.co.kr>: Recipient address rejected: User unknown""", enc="7bit"),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 14:00:01 +0900 (KST)

Final-Recipient: rfc822; safty@sooplive.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.sooplive.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <safty@sooplive.co.kr>: Recipient address
    rejected: User unknown""", enc="7bit"),
        part("message/rfc822", soop_orig),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report carrying our request (typo in the recipient)",
    why="a bounce of our own request; the URLs are only in the returned original",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

# ================================================================ FM Korea (2 items)
add(
    name="fmk-both-deleted-named",
    date="Thu, 12 Sep 2024 12:00:31 +0900",
    **{"from": "help@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject=f"Re: [{R_FMK}] 게시물 삭제 요청",
    reply_to_req="req.240911-05",
    body=f"""에펨코리아 운영팀입니다.

요청하신 {F[1]} , {F[2]} 두 게시물 모두
삭제하였으며, 작성자는 이용 정지 처리되었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="community operator one-paragraph reply naming both posts",
    why="both posts are named and deleted: removed, removed",
    items={F[1]: "removed", F[2]: "removed"},
)

add(
    name="fmk-gmail-style-quoted",
    date="Wed, 11 Sep 2024 21:36:50 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea 관리자",
    subject=f"Re: [{R_FMK}] 게시물 삭제 요청",
    reply_to_req="req.240911-05",
    body=f"""안녕하세요.

{F[2]} 글은 저희가 확인했을 때 이미 작성자 본인이 삭제한 상태였습니다.
{F[1]} 글은 개인정보 노출로 운영정책 위반이 확인되어 삭제했습니다.

On Wed, Sep 11, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(FMK_REQUEST)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with 'On … wrote:' and the quoted request",
    why="already deleted by its author = not_found; deleted for exposing personal data = removed",
    items={F[1]: "removed", F[2]: "not_found"},
)

add(
    name="fmk-asks-for-official-letter",
    date="Wed, 11 Sep 2024 16:25:03 +0900",
    **{"from": "help@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    subject=f"Re: [{R_FMK}] 게시물 삭제 요청",
    reply_to_req="req.240911-05",
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

요청하신 게시물 2건({F[1]}, {F[2]})의 처리를 위해
심의 결정문(공문) 사본과 담당자 연락처를 회신해 주시기 바랍니다.

자료가 확인되면 바로 처리하겠습니다.

에펨코리아 운영팀""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean community site asking for the official decision letter before acting",
    why="the site asks for documents; nothing has been done to the two posts",
    items={F[1]: "pending", F[2]: "pending"},
)

add(
    name="fmk-en-ticket-receipt",
    date="Wed, 11 Sep 2024 10:00:55 +0900",
    **{"from": "noreply@fmkorea.com"},
    name_from="FM Korea Support",
    subject=f"[Ticket #FM-20240911-0032] We received your report - {R_FMK}",
    body="""Hello,

We have received your report and created ticket #FM-20240911-0032.
Our moderators review reports in the order they arrive. You will receive a
reply by email once the review is complete.

Please do not reply to this automated message.

FM Korea Support""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket-created auto-acknowledgement",
    why="a pure receipt: ticket created, review to come",
    items={},
)

# ================================================================ Inven (1 item)
add(
    name="inven-sole-statement-in-thread",
    date="Fri, 13 Sep 2024 09:20:00 +0900",
    **{"from": "help@inven.co.kr"},
    name_from="인벤 운영팀",
    subject=f"Re: [{R_INVEN}] 게시물 삭제 요청",
    reply_to_req="req.240912-06",
    body="""안녕하세요. 인벤 운영팀입니다.

요청하신 게시물은 금일 삭제 조치가 완료되었습니다.

감사합니다.
인벤 운영팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="one-sentence operator reply in the request's thread, no URL",
    why="the request has one item; 'the requested post was deleted' applies to it (removed)",
    items={I1: "removed"},
)

add(
    name="inven-base64-html-blind",
    date="Fri, 13 Sep 2024 14:51:16 +0900",
    **{"from": "noreply@inven.co.kr"},
    name_from="INVEN",
    subject=f"[INVEN] Report result / 신고 처리 결과 ({R_INVEN})",
    raw_mime=part("text/html; charset=utf-8", b64(f"""<html><body>
<p>안녕하세요. 인벤입니다. / Hello, this is INVEN.</p>
<p>로스트아크 인벤 게시물<br>
<a href="{I1}">{I1}</a></p>
<p><b>Status:</b> 블라인드 처리 완료 (hidden from all users)</p>
<p>운영 정책 / Policy: <a href="https://www.inven.co.kr/common/policy/">https://www.inven.co.kr/common/policy/</a></p>
</body></html>"""), enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="bilingual HTML notice, base64 transfer encoding",
    why="블라인드 처리 완료 (hidden from all users) = removed",
    items={I1: "removed"},
)

# ================================================================ Clien (2 items)
add(
    name="clien-prose-deleted-and-kept",
    date="Fri, 13 Sep 2024 17:30:42 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject=f"Re: [{R_CLIEN}] 게시물 삭제 요청",
    reply_to_req="req.240913-07",
    body=f"""안녕하세요, 클리앙 운영진입니다.

모두의공원 게시물({L[1]})은 삭제했습니다.

자동차 당당 게시판 게시물({L[2]})은 검토했으나
개인의 차량 구매 후기로, 회원 규칙이나 법령 위반 소지가 없다고 판단하여
게시를 유지합니다.

클리앙 운영진 드림""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin reply with a reasoned refusal",
    why="first post deleted (removed); second reviewed, no breach, kept (rejected with its reason)",
    items={L[1]: "removed", L[2]: "rejected"},
)

add(
    name="clien-fullwidth-brackets-particles",
    date="Mon, 16 Sep 2024 11:02:19 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject=f"[{R_CLIEN}] 처리 결과",
    body=f"""클리앙 운영진입니다.

「{L[2]}」 게시물은 삭제되었습니다。
{L[1]}은 존재하지 않는 게시물입니다（작성자 삭제）.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short admin note with full-width brackets and a Korean particle glued to a URL",
    why="the bracketed post deleted (removed); the other 'does not exist (author deleted)' (not_found)",
    items={L[2]: "removed", L[1]: "not_found"},
)

add(
    name="clien-forwarded-moderator-note",
    date="Mon, 16 Sep 2024 15:44:03 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject=f"Fwd: {R_CLIEN} 모두의공원 건",
    body=f"""참고로 게시판 관리 담당자의 메일을 전달드립니다.

---------- Forwarded message ---------
From: 모두의공원 게시판지기 <parkmod.clien@gmail.com>
Date: 2024년 9월 16일 (월) 오후 2:10
Subject: {R_CLIEN} 모두의공원 건
To: 클리앙 운영진 <admin@clien.net>

운영진님, {L[1]} 글은 제가 오늘 오후에 삭제했습니다.""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="operator forwarding a volunteer moderator's Gmail note",
    why="the statement is the moderator's (a Gmail address) inside a forward, not the platform's own",
    items={L[1]: "pending"},
)

add(
    name="clien-ooo-en",
    date="Fri, 13 Sep 2024 10:00:33 +0900",
    **{"from": "jw.han@clien.net"},
    name_from="Jaewon Han",
    subject=f"Automatic reply: [{R_CLIEN}] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday, 23 September
(Chuseok holidays) with limited access to email.

For urgent moderation matters, please write to admin@clien.net.

Jaewon Han""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' during the Chuseok holidays",
    why="out-of-office reply",
    items={},
)

# ================================================================ Nate (no request)
add(
    name="nate-youth-officer-notice",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    **{"from": "help@nate.com"},
    name_from="네이트 고객센터",
    subject="[네이트] 청소년보호책임자 변경 안내",
    body="""관계기관 담당자님께,

항상 네이트 서비스 운영에 협조해 주셔서 감사합니다.

2024년 9월 9일부로 네이트의 청소년보호책임자가 아래와 같이 변경되었음을
안내드립니다. 불법·유해정보 관련 요청은 기존과 같이 본 메일 주소로 보내
주시면 됩니다.

- 변경 전: 정보보호실 이수민 실장
- 변경 후: 정보보호실 박정호 실장

네이트 고객센터 드림""",
    outcome="review", review="no_claims",
    imitates="portal's notice of a change of its youth-protection officer",
    why="trusted platform mail naming no item and no request: review no_claims",
    items={},
)

if __name__ == "__main__":
    header = f"""# Blind set 573 (Korean portals and community sites), written by make.py.
# Expected results were written from each email's meaning before any run of the reader.
# {len(cases)} cases."""
    write_requests()
    corpuslib.write_set(HERE, SET, header, cases)
