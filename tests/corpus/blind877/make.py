#!/usr/bin/env python3
"""Blind set 877: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person image host answering informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind877/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was ever run on this set. All names, domains, ids and URLs are
fictional; the content is only ever called "content" / "post" / "file".
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind877"

# ---------------------------------------------------------------- requests
D = "https://www.dalbitbbs.example"
GAL = D + "/gallery/%EC%9E%90%EC%9C%A0%EA%B0%A4"  # /gallery/자유갤
GAL_RAW = D + "/gallery/자유갤"
MEMBER = D + "/member/%EB%B0%A4%EB%B0%94%EB%8B%A4"  # /member/밤바다
MEMBER_RAW = D + "/member/밤바다"

DAL = [
    D + "/board/free/48120",            # 0
    D + "/board/free/48133",            # 1
    D + "/board/free/48177",            # 2
    D + "/board/humor/90211",           # 3
    D + "/board/humor/90245",           # 4
    D + "/board/market/7719",           # 5
    D + "/board/market/7723",           # 6
    GAL + "/3310",                      # 7
    GAL + "/3318",                      # 8
    "https://m.dalbitbbs.example/board/free/48190",  # 9
    D + "/board/free/48201?page=2",     # 10
    MEMBER,                             # 11
    D + "/board/stock/15502",           # 12
    D + "/board/stock/15507",           # 13
]
FB = [
    "https://filebarn.example/f/Qm7rT2",
    "https://filebarn.example/f/Zx41aK",
    "https://filebarn.example/f/Hp09wE",
    "https://filebarn.example/folder/Vy8cB3",
    "https://filebarn.example/f/Ue55dJ",
]
PH = [
    "http://toto-seven77.example/",
    "http://toto-seven77.example/event/signup.php",
    "https://drugmarket-kr.example/shop/item/12",
    "https://hanul88.pelicansites.example/board.html",
]
OC = [
    "https://orbitchan.example/kr/res/204411.html",
    "https://orbitchan.example/kr/res/204502.html",
    "https://i.orbitchan.example/kr/src/1725431090123.jpg",
]
ES = [
    "https://bet-harbor.example/",
    "https://livecasino-moon.example/join",
]
NP = ["http://kr-pillstore.example/"]
PN = ["https://picnook.example/i/8fK2pLq.jpg"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "dalbit", "2024-09-02T10:00:00+09:00", "2024-09-05T18:00:00+09:00",
     DAL, "illegal_gambling", "forum posts, gallery posts and one member profile"),
    ("KCSC-240903-02", "filebarn", "2024-09-03T10:00:00+09:00", "2024-09-06T18:00:00+09:00",
     FB, "obscenity", "file links and one shared folder"),
    ("KCSC-240904-03", "pelicanhost", "2024-09-04T11:00:00+09:00", "2024-09-09T18:00:00+09:00",
     PH, "illegal_gambling_and_drugs", "customer sites hosted by the provider"),
    ("KCSC-240905-04", "orbitchan", "2024-09-05T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     OC, "defamation", "image board threads and one image"),
    ("KCSC-240906-05", "edgeshield", "2024-09-06T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     ES, "illegal_gambling", "sites behind the CDN"),
    ("KCSC-240909-06", "nameport", "2024-09-09T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     NP, "drugs", "domain at the registrar"),
    ("KCSC-240910-07", "picnook", "2024-09-10T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     PN, "obscenity", "single image on a small image host"),
]


def req_mid(ref):
    return "req." + ref[5:].replace("-", ".")  # req.240902.01


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------- MIME helpers
def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(subtype, boundary, parts, extra=""):
    """parts: list of (headers_str, body_str)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', ""]
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.append(hdrs.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out)


def plain_part(text):
    return ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit", text)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, greeting="Dear Abuse Team,"):
    lines = [greeting, "",
             f"The Korea Communications Standards Commission asks you to remove or block "
             f"the following content under request {ref}:", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the result for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


def all_pending(urls):
    return {u: "pending" for u in urls}


# ------------------------------------------------------------------ cases
cases = []


def case(**kw):
    cases.append(kw)


# ===================== Dalbit Community (Korean forum), KCSC-240902-01 ====

case(
    name="dalbit-plaintext-table-first-six",
    date="Tue, 03 Sep 2024 16:42:10 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="[달빛커뮤니티] 시정요구(KCSC-240902-01) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하십니까, 달빛커뮤니티 운영팀입니다.

9월 2일 보내주신 시정요구(KCSC-240902-01)에 대하여 우선 확인이 끝난
6건의 조치 결과를 아래와 같이 알려드립니다.

번호 | 게시물 주소                                     | 조치 내용
-----+-------------------------------------------------+--------------------------------
 1   | {DAL[0]}  | 게시물 삭제
 2   | {DAL[1]}  | 게시물 삭제
 3   | {DAL[2]}  | 블라인드 처리
 4   | {DAL[3]} | 게시중단
 5   | {DAL[4]} | 작성자 자진 삭제 (요청 접수 전에 이미 삭제됨)
 6   | {DAL[5]}  | 해당 게시물 없음 (존재하지 않는 글 번호)

나머지 8건은 검토가 끝나는 대로 따로 회신드리겠습니다.

달빛커뮤니티 운영팀 드림
고객센터: https://www.dalbitbbs.example/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community-site operator's 시정요구 조치 결과 reply with a plain-text table",
    why="six rows, each a URL with its own action: 삭제/블라인드/게시중단 are removed, author's own earlier deletion and a non-existent post number are not_found; the promise about the other eight changes nothing",
    items={DAL[0]: "removed", DAL[1]: "removed", DAL[2]: "removed", DAL[3]: "removed",
           DAL[4]: "not_found", DAL[5]: "not_found"},
)

csv_rows = [
    ["번호", "게시물 URL", "처리결과", "비고"],
    ["7", DAL[6], "삭제", "불법 도박 홍보"],
    ["8", DAL[7], "임시조치", "30일간 열람 제한 후 재검토"],
    ["9", DAL[8], "삭제", ""],
    ["10", DAL[9], "게시물 없음", "이미 삭제된 글"],
    ["11", DAL[10], "삭제", ""],
    ["12", DAL[11], "이용정지", "회원 프로필 비공개 처리"],
    ["13", DAL[12], "조치 안 함", "운영정책 위반 사항 없음 (일반 주식 토론글)"],
    ["14", DAL[13], "삭제", "리딩방 홍보"],
]
_b = io.StringIO()
csv.writer(_b, lineterminator="\r\n").writerows(csv_rows)
DAL_CSV = "\ufeff" + _b.getvalue()

case(
    name="dalbit-csv-attachment-remaining-eight",
    date="Thu, 05 Sep 2024 11:05:33 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 잔여 8건 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=multipart("mixed", "==dalbit-8a1f", [
        plain_part("""
안녕하세요. 달빛커뮤니티 운영팀입니다.

시정요구 KCSC-240902-01 건 중 지난번 회신에서 빠진 나머지 8건의 처리 결과를
첨부한 CSV 파일로 보내드립니다. 확인 부탁드립니다.

감사합니다.
"""),
        ('Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"\n'
         'Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"\n'
         "Content-Transfer-Encoding: base64", b64(DAL_CSV)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="operator's result sheet exported from a forum admin panel, sent as a CSV attachment",
    why="CSV rows: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, member suspended with profile made private removed, 조치 안 함 / 위반 사항 없음 rejected",
    items={DAL[6]: "removed", DAL[7]: "restricted", DAL[8]: "removed", DAL[9]: "not_found",
           DAL[10]: "removed", DAL[11]: "removed", DAL[12]: "rejected", DAL[13]: "removed"},
)

case(
    name="dalbit-admin-one-line",
    date="Mon, 02 Sep 2024 22:17:45 +0900",
    **{"from": "admin@dalbitbbs.example"},
    name_from="달빛 관리자",
    subject="Re: [KCSC-240902-01] 불법정보 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
{DAL[0]} 이랑 {DAL[1]} 지웠어요.

--
달빛 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer forum admin answering in one line from the site's own domain",
    why="informal but unhedged: 지웠어요 (deleted) about two named URLs",
    items={DAL[0]: "removed", DAL[1]: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 달빛커뮤니티 신고처리 담당자입니다.</p>
<p>시정요구 KCSC-240902-01 건 중 아래 게시물에 대한 조치 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시판</th><th>게시물</th><th>조치</th><th>처리일</th></tr>
<tr><td>유머</td><td><a href="{DAL[3]}">{DAL[3]}</a></td><td>블라인드 처리 완료</td><td>2024-09-03</td></tr>
<tr><td>유머</td><td><a href="{DAL[4]}">{DAL[4]}</a></td><td>비공개 처리</td><td>2024-09-03</td></tr>
<tr><td>자유갤</td><td><a href="{DAL[7]}">{GAL_RAW}/3310</a></td><td>국내 접속 차단</td><td>2024-09-04</td></tr>
<tr><td>자유갤</td><td><a href="{DAL[8]}">{GAL_RAW}/3318</a></td><td>삭제</td><td>2024-09-04</td></tr>
</table>
<p>처리 내역은 <a href="https://www.dalbitbbs.example/help/policy">운영정책</a>에 따라 기록됩니다.</p>
<p>달빛커뮤니티 드림</p>
</body></html>
"""

case(
    name="dalbit-html-table-quoted-printable",
    date="Wed, 04 Sep 2024 15:30:02 +0900",
    **{"from": "report@dalbitbbs.example"},
    name_from="달빛커뮤니티 신고센터",
    subject="[KCSC-240902-01] 게시물 조치 결과 안내",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(HTML_TABLE),
    outcome="applied", classification="confirmation",
    imitates="Korean portal-style HTML notice with a result table, quoted-printable",
    why="each table row names a post: 블라인드/비공개/삭제 are removed, 국내 접속 차단 (blocked in Korea) is restricted; the policy link is not an item",
    items={DAL[3]: "removed", DAL[4]: "removed", DAL[7]: "restricted", DAL[8]: "removed"},
)

case(
    name="dalbit-top-posted-over-outlook-quote",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    **{"from": "jihoon.kang@dalbitbbs.example"},
    name_from="강지훈",
    subject="RE: [KCSC-240902-01] 불법정보 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
주식게시판 두 건 처리했습니다.
{DAL[12]}는 삭제했고，{DAL[13]}（리딩방 홍보글）도 삭제 완료입니다。

강지훈 / 달빛커뮤니티 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: cs@dalbitbbs.example
Subject: [KCSC-240902-01] 불법정보 게시물 삭제 요청

{our_request("KCSC-240902-01", DAL, "달빛커뮤니티 담당자님께,")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Outlook reply over the regulator's full request",
    why="two stock-board URLs stated deleted, followed by Korean particles and full-width punctuation; the 14 URLs of the quoted request below -----Original Message----- are not statements",
    items={DAL[12]: "removed", DAL[13]: "removed", DAL[0]: "pending", DAL[7]: "pending",
           DAL[11]: "pending"},
)

case(
    name="dalbit-member-suspended-mobile-post",
    date="Thu, 05 Sep 2024 17:48:19 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240902-01] 회원 프로필 및 모바일 게시물 처리 결과",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 달빛커뮤니티 운영팀입니다.

요청하신 회원 '밤바다'({MEMBER_RAW})는 도박 사이트 홍보 반복으로
영구 이용정지되었으며, 프로필 페이지와 작성글은 모두 비공개 처리되었습니다.

또한 모바일 주소로 요청하신 아래 게시물도 삭제하였습니다.
{DAL[9]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator notice of a permanent member suspension (영구 이용정지, 비공개 처리)",
    why="member profile URL (raw Korean path) made private after a permanent suspension: removed; mobile URL on the line below 삭제하였습니다: removed",
    items={DAL[11]: "removed", DAL[9]: "removed"},
)

case(
    name="dalbit-receipt-number-plus-results",
    date="Tue, 03 Sep 2024 10:20:51 +0900",
    **{"from": "report@dalbitbbs.example"},
    name_from="달빛커뮤니티 신고센터",
    subject="[신고접수 DB-2024-0903-118] KCSC-240902-01 처리 결과",
    body=f"""
신고가 접수되었습니다. (접수번호 DB-2024-0903-118)
담당자 검토 결과를 함께 안내드립니다.

- {DAL[5]} : 불법 거래 게시물로 확인되어 삭제
- {DAL[6]} : 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다

판단에 이의가 있으시면 https://www.dalbitbbs.example/help/appeal 에서 재검토를 요청하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum report-centre receipt that already carries the reviewer's results",
    why="a receipt phrase plus unhedged per-URL results is not a bare acknowledgement: 7719 removed, 7723 kept because no rule was broken (rejected); the appeal link is not an item",
    items={DAL[5]: "removed", DAL[6]: "rejected"},
)

case(
    name="dalbit-wrapped-angle-bracket-urls",
    date="Wed, 04 Sep 2024 18:03:27 +0900",
    **{"from": "gallery-admin@dalbitbbs.example"},
    name_from="자유갤 관리자",
    subject="Re: [KCSC-240902-01] 갤러리 게시물",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 자유갤 관리자입니다. 갤러리 글 두 개 모두 삭제했습니다:
<{GAL}/
3310>
<{GAL}/
3318>

--
자유갤 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail whose client hard-wrapped long <URL> forms at a slash",
    why="both gallery posts named (each <URL> wrapped over two lines, RFC 3986 appendix C style) under an unhedged 삭제했습니다",
    items={DAL[7]: "removed", DAL[8]: "removed"},
)

case(
    name="dalbit-base64-korean-prose",
    date="Wed, 04 Sep 2024 13:44:09 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="[KCSC-240902-01] 자유게시판 게시물 조치 안내",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, 달빛커뮤니티 운영팀입니다.

요청하신 게시물 중 {DAL[2]} 은(는) 게시중단 조치하였습니다.
{DAL[10]} 은(는) 확인 결과 존재하지 않는 게시물입니다. 주소를 다시 확인해 주시기 바랍니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean operator notice sent base64-encoded by a webmail client",
    why="게시중단 조치하였습니다 is removed; 존재하지 않는 게시물 is not_found (URL with a query string)",
    items={DAL[2]: "removed", DAL[10]: "not_found"},
)

# ============================ FileBarn (file host), KCSC-240903-02 ========

case(
    name="filebarn-bulleted-outcomes",
    date="Wed, 04 Sep 2024 03:15:40 +0000",
    **{"from": "trust@filebarn.example"},
    name_from="FileBarn Trust & Safety",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Trust & Safety here. Outcome of your report so far:

  * {FB[0]} - disabled for violating our Terms of Service
  * {FB[1]} - removed
  * {FB[2]} - not found, no file with this ID exists on our system

The folder and the last file in your list are still being looked at by a
second reviewer; we will write again.

Regards,
Ines
FileBarn Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse-desk reply with a bulleted outcome per link",
    why="three bullets with statuses (disabled and removed are removed, no such ID is not_found); the folder and last file are still under review and unnamed, so they stay pending",
    items={FB[0]: "removed", FB[1]: "removed", FB[2]: "not_found", FB[3]: "pending", FB[4]: "pending"},
)

FB_CSV = "\n".join([
    "reported_url,action,action_date,notes",
    f"{FB[0]},REMOVED,2024-09-04,tos violation",
    f"{FB[1]},REMOVED,2024-09-04,",
    f"{FB[2]},NOT_FOUND,2024-09-04,invalid file id",
    f"{FB[3]},GEO_BLOCKED,2024-09-05,access blocked from KR only",
    f"{FB[4]},NO_ACTION,2024-09-05,uploader holds a licence; no policy violation",
]) + "\n"

case(
    name="filebarn-csv-outcome-sheet",
    date="Thu, 05 Sep 2024 08:02:11 +0000",
    **{"from": "legal@filebarn.example"},
    name_from="FileBarn Legal",
    subject="KCSC-240903-02 - outcome sheet",
    raw_mime=multipart("mixed", "fb-0905-sheet", [
        plain_part("""
Dear KCSC team,

Please find attached the outcome sheet for notice KCSC-240903-02.

Kind regards,
FileBarn Legal
"""),
        ('Content-Type: text/csv; name="KCSC-240903-02.csv"\n'
         'Content-Disposition: attachment; filename="KCSC-240903-02.csv"\n'
         "Content-Transfer-Encoding: base64", b64(FB_CSV)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="takedown-tool CSV export attached to a one-line legal-team cover mail",
    why="one CSV row per URL: REMOVED removed, NOT_FOUND not_found, GEO_BLOCKED (KR only) restricted, NO_ACTION with 'no policy violation' rejected",
    items={FB[0]: "removed", FB[1]: "removed", FB[2]: "not_found", FB[3]: "restricted",
           FB[4]: "rejected"},
)

case(
    name="filebarn-url-then-status-line",
    date="Wed, 04 Sep 2024 11:26:00 +0000",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Abuse",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

{FB[0]}
Status: file deleted, uploader account terminated

{FB[1]}
Status: could not locate - the link is invalid

{FB[3]}
Status: folder set to private by our team, no longer publicly reachable

--
FileBarn Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting each URL with a Status: line under it",
    why="status on the line below each bare URL: deleted removed, invalid link not_found, folder made private/unreachable removed",
    items={FB[0]: "removed", FB[1]: "not_found", FB[3]: "removed"},
)

case(
    name="filebarn-dsa-statement-of-reasons",
    date="Fri, 06 Sep 2024 09:40:00 +0000",
    **{"from": "noreply-dsa@filebarn.example"},
    name_from="FileBarn DSA Notices",
    subject="Statement of reasons - your notice KCSC-240903-02",
    body=f"""
STATEMENT OF REASONS (Art. 17 DSA)

Notice reference:    KCSC-240903-02
Notifier:            Korea Communications Standards Commission

Item 1
  Content:            {FB[4]}
  Decision:           Disabling of access
  Territorial scope:  Republic of Korea
  Ground:             Illegal content under the law of the Republic of Korea
  Automated decision: No

Item 2
  Content:            {FB[3]}
  Decision:           Removal of content
  Territorial scope:  All countries
  Ground:             Incompatible with our Terms of Service (section 4.2)
  Automated decision: No

Redress: the uploader may appeal via https://filebarn.example/legal/appeals.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons with decision and territorial scope per item",
    why="access disabled in the Republic of Korea only is restricted; removal in all countries is removed; the appeals page is not an item",
    items={FB[4]: "restricted", FB[3]: "removed"},
)

case(
    name="filebarn-gmail-top-post-two-files",
    date="Wed, 04 Sep 2024 14:51:08 +0000",
    **{"from": "marta@filebarn.example"},
    name_from="Marta Ruiz",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

We took down these two today:
{FB[2]}
{FB[4]}

Cheers,
Marta
FileBarn support

On Tue, Sep 3, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240903-02", FB))}
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's short Gmail top-post over the quoted request",
    why="the two URLs on the lines below 'We took down these two today:' are removed; the others appear only in the '>' quote",
    items={FB[2]: "removed", FB[4]: "removed", FB[0]: "pending", FB[1]: "pending", FB[3]: "pending"},
)

# ========================== PelicanHost (web host), KCSC-240904-03 ========

case(
    name="pelicanhost-ticket-resolved-suspended",
    date="Thu, 05 Sep 2024 07:12:55 +0000",
    **{"from": "support@pelicanhost.example"},
    name_from="PelicanHost Support",
    subject="[Ticket PH-88213] Re: [KCSC-240904-03] Illegal content on hosted sites",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Ticket PH-88213 has been updated by Jonas (Abuse Team).
Status: Resolved

---------------- reply ----------------
Hello,

The hosting account behind toto-seven77.example has been suspended for a
breach of our Acceptable Use Policy. Both reported addresses

  {PH[0]}
  {PH[1]}

now show our account-suspended page instead of the site.

Jonas
PelicanHost Abuse Team
----------------------------------------
To reply, answer this email above this line.
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk (WHMCS-style) ticket update from a hosting provider's abuse team",
    why="account suspended and both named URLs now show a suspension page: removed",
    items={PH[0]: "removed", PH[1]: "removed"},
)

case(
    name="pelicanhost-free-site-deleted-page-missing",
    date="Fri, 06 Sep 2024 02:33:14 +0000",
    **{"from": "abuse@pelicanhost.example"},
    name_from="PelicanHost Abuse",
    subject="Re: [KCSC-240904-03] Illegal content on hosted sites",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello KCSC,

Two of the four addresses first.

The free site page {PH[3]} was on our
free-hosting platform; we deleted it and closed the site.

The signup page {PH[1]} no longer exists
on the customer's account - we checked the document root and there is no
such file, so there was nothing for us to remove.

The other two are with the customer at the moment.

PelicanHost Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk prose reply about a free-hosting page and a customer site",
    why="hanul88 page deleted: removed; signup page does not exist on the account: not_found; the remark about the other two states nothing",
    items={PH[3]: "removed", PH[1]: "not_found", PH[0]: "pending", PH[2]: "pending"},
)

case(
    name="pelicanhost-geo-restriction",
    date="Mon, 09 Sep 2024 05:18:40 +0000",
    **{"from": "abuse@pelicanhost.example"},
    name_from="PelicanHost Abuse",
    subject="Re: [KCSC-240904-03] drugmarket-kr.example",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

Our customer disputes that the shop is unlawful where it is operated. As an
interim measure agreed with them, the page
{PH[2]}
is now geo-restricted: it cannot be reached from Korean IP addresses. It
remains available in other countries.

Regards,
PelicanHost Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider telling a national authority it geo-blocked a customer page for that country",
    why="page unreachable from Korean IPs but up elsewhere: restricted (the measure is in place now, not promised)",
    items={PH[2]: "restricted"},
)

PH_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<h3>PelicanHost Abuse Ticket PH-88213 - summary</h3>
<p>Your reference: KCSC-240904-03</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>Reported URL</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{PH[0]}</td><td>Hosting account suspended</td></tr>
<tr><td>{PH[2]}</td><td>Customer removed the page after our notice</td></tr>
<tr><td>{PH[3]}</td><td>No action - no violation found (the page is news commentary)</td></tr>
</tbody></table>
<p>Questions? See our <a href="https://www.pelicanhost.example/legal/aup">Acceptable Use Policy</a>.</p>
</body></html>"""

case(
    name="pelicanhost-html-only-summary-table",
    date="Tue, 10 Sep 2024 01:05:00 +0000",
    **{"from": "tickets@pelicanhost.example"},
    name_from="PelicanHost Helpdesk",
    subject="[Ticket PH-88213] Summary",
    type="html",
    body=PH_HTML,
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML-only summary with a URL / action table",
    why="account suspended removed; customer removed the page removed; no action because no violation rejected",
    items={PH[0]: "removed", PH[2]: "removed", PH[3]: "rejected"},
)

# ============================ OrbitChan (image board), KCSC-240905-04 =====

case(
    name="orbitchan-janitor-informal",
    date="Thu, 05 Sep 2024 23:47:02 +0000",
    **{"from": "janitor.kr@orbitchan.example"},
    name_from="OrbitChan /kr/ janitor",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
thread {OC[0]} deleted along with its image
({OC[2]}), poster banned.

204502 was already gone, it got pruned off the last page before I saw your mail:
{OC[1]}

- kr janitor
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lowercase one-paragraph reply",
    why="thread and its image deleted: removed; thread already pruned before the mail (URL on the line below the statement): not_found",
    items={OC[0]: "removed", OC[2]: "removed", OC[1]: "not_found"},
)

case(
    name="orbitchan-refuses-thread-deletes-image",
    date="Fri, 06 Sep 2024 10:09:51 +0000",
    **{"from": "abuse@orbitchan.example"},
    name_from="OrbitChan Abuse",
    subject="Re: [KCSC-240905-04] Request to remove content",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
Hi,

We're not removing {OC[1]}. It is a discussion thread criticising a public
figure and does not break our rules; we don't see anything unlawful in it.

The image {OC[2]} was deleted, it was explicit material on a worksafe board.

Moderation team
https://orbitchan.example/rules.html
""",
    outcome="applied", classification="confirmation",
    imitates="small image board's abuse inbox answering in plain prose, one refusal and one removal",
    why="refusal with its reason (breaks no rule) is rejected; image deleted is removed; the rules page is not an item",
    items={OC[1]: "rejected", OC[2]: "removed"},
)

_ORBIT_QP_BODY = (
    "Hi, thanks for the report and sorry for the delay. Removed the file at "
    f"{OC[2]} and added its hash to our ban filter so it can't be reposted.\n"
    "\n-- \nOrbitChan moderation\n"
)

case(
    name="orbitchan-qp-soft-break-in-url",
    date="Sat, 07 Sep 2024 06:30:18 +0000",
    **{"from": "mods@orbitchan.example"},
    name_from="OrbitChan moderation",
    subject="Re: [KCSC-240905-04] image",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(_ORBIT_QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable mail whose long line is soft-broken inside the URL",
    why="after QP decoding the line is whole: file removed and hash-banned",
    items={OC[2]: "removed"},
)

# ============================ EdgeShield (CDN), KCSC-240906-05 ============

case(
    name="edgeshield-echoed-report-hosted-vs-proxied",
    date="Fri, 06 Sep 2024 15:22:07 +0000",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    subject="[ESR-24-090655] Re: KCSC-240906-05",
    body=f"""
EdgeShield Trust & Safety

Regarding abuse report ESR-24-090655 (your reference KCSC-240906-05).

Reported URLs:
  {ES[0]}
  {ES[1]}

Outcome:

{ES[1]} - this page was served from our hosted storage product
(EdgeShield Pages), so we are its host. We have disabled access to it
globally.

{ES[0]} - this website only uses our pass-through proxy and is hosted
elsewhere (hosting provider: NorthPeak Servers). EdgeShield cannot remove
content it does not host. We have forwarded your complaint to the hosting
provider and to the website operator.

EdgeShield Trust & Safety
https://www.edgeshield.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply (Cloudflare-style): echo of the report, then hosted vs proxied outcome",
    why="the page EdgeShield hosts: access disabled globally is removed; the proxied site was only forwarded to its host, no status (pending); the echoed 'Reported URLs' list is not a statement",
    items={ES[1]: "removed", ES[0]: "pending"},
)

case(
    name="edgeshield-korea-geoblock",
    date="Tue, 10 Sep 2024 04:48:30 +0000",
    **{"from": "legal@edgeshield.example"},
    name_from="EdgeShield Legal",
    subject="Re: [KCSC-240906-05] bet-harbor.example",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Dear Sir or Madam,

Following your request under the law of the Republic of Korea, EdgeShield has
restricted access to {ES[0]} for visitors connecting from the Republic of
Korea. The website remains reachable from other countries.

Yours faithfully,
EdgeShield Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team confirming a country-level block for a local legal order",
    why="access restricted for Korea only: restricted",
    items={ES[0]: "restricted"},
)

# ============================ NamePort (registrar), KCSC-240909-06 ========

case(
    name="nameport-domain-client-hold",
    date="Wed, 11 Sep 2024 08:15:00 +0000",
    **{"from": "abuse@nameport.example"},
    name_from="NamePort Abuse",
    subject="[NP-ABUSE-51207] Re: [KCSC-240909-06] kr-pillstore.example",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Case:          NP-ABUSE-51207
Domain:        kr-pillstore.example
Reported URL:  <{NP[0]}>
Action:        Domain suspended (clientHold). The domain no longer resolves.

The registrant has been told and may contact us to dispute the suspension.

NamePort Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-desk case summary putting a domain on clientHold",
    why="domain suspended, no longer resolves: the site is unavailable everywhere, removed",
    items={NP[0]: "removed"},
)

case(
    name="nameport-registrar-declines",
    date="Thu, 12 Sep 2024 13:27:44 +0000",
    **{"from": "compliance@nameport.example"},
    name_from="NamePort Compliance",
    subject="Re: [KCSC-240909-06] kr-pillstore.example",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Hello,

NamePort is only the registrar of kr-pillstore.example. We do not host the
website at {NP[0]} and we do not judge the lawfulness of website content.
The registration itself does not breach our registration agreement, so the
domain will stay active. Please contact the hosting provider of the site.

NamePort Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusal pointing to the hosting provider (NameSilo-style 'we are not the host')",
    why="a refusal with its reason (no breach of the registration agreement, domain stays active): rejected",
    items={NP[0]: "rejected"},
)

# ============================ Picnook (tiny image host), KCSC-240910-07 ===

case(
    name="picnook-owner-one-word-reply",
    date="Tue, 10 Sep 2024 21:03:12 +0900",
    **{"from": "minho@picnook.example"},
    name_from="Minho Seo",
    subject="Re: [KCSC-240910-07] 음란물 이미지 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
지웠습니다.

2024년 9월 10일 (화) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240910-07", PN, "Picnook 운영자님께,"))}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner replying with one word over a Gmail (Korean) quote",
    why="the reply's only statement, 지웠습니다 (deleted), answers a one-item request in its own thread: removed",
    items={PN[0]: "removed"},
)

case(
    name="picnook-already-deleted-by-uploader",
    date="Wed, 11 Sep 2024 01:40:55 +0900",
    **{"from": "minho@picnook.example"},
    name_from="Minho Seo",
    subject="Re: [KCSC-240910-07] image",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hi, <{PN[0]}> was already deleted by the uploader on Sept 8, before your mail
came in. Nothing left of it on the server.

Minho
""",
    outcome="applied", classification="confirmation",
    imitates="small-site owner's informal English note, URL in angle brackets",
    why="already deleted by its uploader before the request: not_found",
    items={PN[0]: "not_found"},
)

# ================================================================ review

case(
    name="dalbit-promise-this-week",
    date="Tue, 03 Sep 2024 09:02:33 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240902-01] 불법정보 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요, 달빛커뮤니티 운영팀입니다.

요청하신 {DAL[0]} , {DAL[1]} 게시물은
내부 검토를 거쳐 이번 주 중으로 삭제될 예정입니다.
처리가 끝나면 다시 연락드리겠습니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean operator's interim reply promising deletion (삭제될 예정)",
    why="삭제될 예정 is a promise, not a statement: the two named posts stay pending",
    items={DAL[0]: "pending", DAL[1]: "pending"},
)

case(
    name="filebarn-hedged-may-have-been",
    date="Wed, 04 Sep 2024 06:58:21 +0000",
    **{"from": "abuse@filebarn.example"},
    name_from="FileBarn Abuse",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

It looks like {FB[0]} and {FB[1]} may have been removed
by the uploaders already, but I need to confirm with our storage team before
I can say for sure. I'll get back to you.

Tom
FileBarn Abuse Desk
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse-desk agent's hedged first answer",
    why="'looks like ... may have been removed ... need to confirm' is a hedge: both files stay pending",
    items={FB[0]: "pending", FB[1]: "pending"},
)

case(
    name="pelicanhost-forwarded-to-customer",
    date="Wed, 04 Sep 2024 09:44:10 +0000",
    **{"from": "abuse@pelicanhost.example"},
    name_from="PelicanHost Abuse",
    subject="Re: [KCSC-240904-03] Illegal content on hosted sites",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We have passed your complaint about {PH[0]} and
{PH[1]} on to our customer and given them 48 hours
to respond. If the pages are still up after that, we will suspend the
account.

PelicanHost Abuse
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="forwarded to the customer, suspension only on a condition: no status, both stay pending",
    items={PH[0]: "pending", PH[1]: "pending"},
)

case(
    name="dalbit-bulk-all-deleted",
    date="Fri, 06 Sep 2024 10:10:10 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="Re: [KCSC-240902-01] 불법정보 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
안녕하세요.
KCSC-240902-01 건으로 요청하신 게시물은 모두 삭제 처리 완료하였습니다.
감사합니다.

달빛커뮤니티 운영팀
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="operator's blanket Korean confirmation (모두 삭제 처리 완료) without listing posts",
    why="'all requested posts deleted' for a 14-item request without naming any: bulk, items stay pending",
    items=all_pending(DAL),
)

case(
    name="filebarn-bulk-all-disabled",
    date="Sat, 07 Sep 2024 12:00:45 +0000",
    **{"from": "legal@filebarn.example"},
    name_from="FileBarn Legal",
    subject="Re: [KCSC-240903-02] Removal request",
    reply_to_req=req_mid("KCSC-240903-02"),
    body="""
Dear KCSC,

All files listed in your notice KCSC-240903-02 have been disabled.

Kind regards,
FileBarn Legal
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="legal team's one-sentence blanket confirmation",
    why="one statement about all five items without naming them: bulk",
    items=all_pending(FB),
)

case(
    name="edgeshield-auth-fail",
    date="Sat, 07 Sep 2024 02:11:09 +0000",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    auth="fail",
    subject="Re: [KCSC-240906-05] Action taken",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
Hello,

We have blocked {ES[0]} and {ES[1]} on our network.

EdgeShield Trust & Safety
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="mail claiming to be the CDN's abuse team that fails DKIM/SPF/DMARC",
    why="From the platform's domain but authentication failed: nothing applies",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="dalbit-lookalike-domain",
    date="Thu, 05 Sep 2024 20:31:47 +0900",
    **{"from": "help@dalbitbbs-cs.example"},
    name_from="달빛커뮤니티 고객센터",
    subject="Re: [KCSC-240902-01] 삭제 완료 안내",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 달빛커뮤니티 고객센터입니다.
요청하신 {DAL[3]} 와 {DAL[4]} 게시물을 삭제했습니다.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="reply from a look-alike domain that is not the forum's configured sender domain",
    why="dalbitbbs-cs.example is no platform's domain: unknown_sender, nothing applies",
    items={DAL[3]: "pending", DAL[4]: "pending"},
)

case(
    name="orbitchan-mod-personal-gmail",
    date="Fri, 06 Sep 2024 01:12:36 +0000",
    **{"from": "orbit.kr.mod@gmail.com"},
    name_from="kr board mod",
    subject="Re: [KCSC-240905-04] Request to remove content",
    body=f"""
hey, I mod /kr/ on orbitchan. deleted {OC[0]} just now.
the abuse inbox is slow so I'm writing from my own address.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="gmail.com is not OrbitChan's sender domain, however plausible: unknown_sender",
    items={OC[0]: "pending"},
)

case(
    name="edgeshield-about-hosts-site",
    date="Fri, 06 Sep 2024 11:55:20 +0000",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    subject="Re: [KCSC-240904-03] toto-seven77.example (cc EdgeShield)",
    body=f"""
Hello,

You copied us on your complaint to the hosting provider. For your records:
we have terminated our services for toto-seven77.example and blocked
{PH[0]} at our edge.

EdgeShield Trust & Safety
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="CDN answering a complaint it was only copied on, about a site its request is not addressed to",
    why="the URL belongs to the PelicanHost request; EdgeShield is another platform: wrong_platform, nothing applies",
    items={PH[0]: "pending"},
)

case(
    name="nameport-asks-for-court-order",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    **{"from": "abuse@nameport.example"},
    name_from="NamePort Abuse",
    subject="Re: [KCSC-240909-06] kr-pillstore.example",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Hello,

Before we can consider suspending kr-pillstore.example ({NP[0]}) we need
either a court order or a letter citing the statutory basis for your request,
together with screenshots of the specific content you consider unlawful.
Please send these by reply to this email.

NamePort Abuse Desk
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar asking for a court order and evidence before acting",
    why="asks for documents, states nothing: the item stays pending",
    items={NP[0]: "pending"},
)

case(
    name="orbitchan-contact-change-no-items",
    date="Mon, 09 Sep 2024 16:00:00 +0000",
    **{"from": "admin@orbitchan.example"},
    name_from="OrbitChan Admin",
    subject="Abuse contact address change",
    body="""
Hi,

From 1 October our abuse reports go to a new ticket queue. Please send
removal requests to reports@orbitchan.example from then on; the old address
will stop being read at the end of the month.

OrbitChan Admin
""",
    outcome="review", classification="other", review="no_claims",
    imitates="small site's administrative notice about a new abuse address",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

# =============================================================== ignored

case(
    name="pelicanhost-ticket-receipt",
    date="Wed, 04 Sep 2024 02:01:15 +0000",
    **{"from": "tickets@pelicanhost.example"},
    name_from="PelicanHost Helpdesk",
    subject="[Ticket PH-88213] Received: [KCSC-240904-03] Illegal content on hosted sites",
    reply_to_req=req_mid("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting PelicanHost. This is an automatic confirmation that
your message has been received and ticket PH-88213 has been opened with our
Abuse department.

A member of the team will reply to this ticket. Please keep the ticket number
in the subject line of any further correspondence.

PelicanHost Helpdesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt opening a ticket",
    why="pure receipt: ticket opened, no statement",
    items={},
)

case(
    name="dalbit-report-received-korean",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    **{"from": "noreply@dalbitbbs.example"},
    name_from="달빛커뮤니티",
    subject="[달빛커뮤니티] 신고 접수 완료 안내 (접수번호 DB-2024-0902-077)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 달빛커뮤니티입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: DB-2024-0902-077

처리 결과는 영업일 기준 3일 이내에 이 메일 주소로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean site's automatic 신고 접수 완료 notice",
    why="receipt with a receipt number only",
    items={},
)

case(
    name="nameport-out-of-office",
    date="Mon, 09 Sep 2024 01:00:22 +0000",
    **{"from": "d.reyes@nameport.example"},
    name_from="Daniel Reyes",
    subject="Automatic reply: [KCSC-240909-06] kr-pillstore.example",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For abuse matters please write to abuse@nameport.example, which is
monitored every day.

Daniel Reyes
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_TEXT = """This is the mail system at host mx1.filebarn.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca@filebarn.example>: user unknown; mailbox disabled
"""
DSN_STATUS = """Reporting-MTA: dns; mx1.filebarn.example
Arrival-Date: Tue,  3 Sep 2024 01:02:11 +0000 (UTC)

Final-Recipient: rfc822; dmca@filebarn.example
Original-Recipient: rfc822;dmca@filebarn.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown"""
DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dmca@filebarn.example
Subject: [KCSC-240903-02] Removal request
Message-ID: <{req_mid("KCSC-240903-02")}.cc@kcsc.example>
Date: Tue, 03 Sep 2024 10:02:00 +0900
Content-Type: text/plain; charset=utf-8

{our_request("KCSC-240903-02", FB[:2])}"""

case(
    name="filebarn-dsn-user-unknown",
    date="Tue, 03 Sep 2024 01:02:12 +0000",
    **{"from": "MAILER-DAEMON@mx1.filebarn.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "dsn.877.mx1", [
        ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii", DSN_TEXT),
        ("Content-Description: Delivery report\nContent-Type: message/delivery-status", DSN_STATUS),
        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822", DSN_ORIG),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the regulator's copy to a dead address, original attached",
    why="delivery failure; the URLs are only in the returned original",
    items={FB[0]: "pending", FB[1]: "pending"},
)

case(
    name="dalbit-read-receipt",
    date="Mon, 02 Sep 2024 13:25:00 +0900",
    **{"from": "cs@dalbitbbs.example"},
    name_from="달빛커뮤니티 운영팀",
    subject="읽음: [KCSC-240902-01] 불법정보 게시물 삭제 요청",
    raw_mime=multipart("report", "mdn-877-dalbit", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "보낸 메시지 '[KCSC-240902-01] 불법정보 게시물 삭제 요청'을(를)\n"
         "2024-09-02 오후 1:25에 수신자가 읽었습니다."),
        ("Content-Type: message/disposition-notification",
         "Reporting-UA: mail.dalbitbbs.example; Webmail 5.2\n"
         "Original-Recipient: rfc822;cs@dalbitbbs.example\n"
         "Final-Recipient: rfc822;cs@dalbitbbs.example\n"
         f"Original-Message-ID: <{req_mid('KCSC-240902-01')}@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="webmail MDN read receipt (읽음) for the request",
    why="read receipt",
    items={},
)

case(
    name="orbitchan-volunteer-autoreply",
    date="Thu, 05 Sep 2024 05:00:09 +0000",
    **{"from": "abuse@orbitchan.example"},
    name_from="OrbitChan Abuse",
    subject="Auto: Re: [KCSC-240905-04] Request to remove content",
    reply_to_req=req_mid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This mailbox is read by volunteers. We do look at every report, but we do
not always answer, and an answer can take a week. Please do not send the same
report twice.

This is an automated message.
""",
    outcome="ignored", classification="auto_reply",
    imitates="image board's autoresponder on its abuse address",
    why="automated reply, no statement",
    items={},
)

case(
    name="edgeshield-report-receipt",
    date="Fri, 06 Sep 2024 00:31:44 +0000",
    **{"from": "noreply@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    subject="We received your abuse report ESR-24-090655",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you. We have received your abuse report.

Report ID: ESR-24-090655
Category:  Illegal content - other

Our team processes reports in the order received. Where a website only uses
our proxy services, we forward the report to the responsible hosting
provider. You will receive a further email when we have reviewed it.

EdgeShield Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form auto-receipt with a report ID",
    why="receipt only; the description of the process states nothing about an item",
    items={},
)


HEADER = """# Blind set 877 (focus 4): hosting providers, a CDN, a registrar, a Korean
# forum, an image board, a file host and a one-person image host answering
# informally, plus CSV attachments and plain-text tables. Generated by make.py;
# expected results written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
