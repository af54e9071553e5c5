#!/usr/bin/env python3
"""Blind set 889: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind889/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of its email before the reader
was run. All names, domains, ids and people are fictional.
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

corpuslib.DOMAIN_NAMES.update({
    "hostpeak.example": "HostPeak",
    "edgeshield.example": "EdgeShield",
    "namekorea.example": "NameKorea",
    "moaboard.example": "MoaBoard",
    "pinchan.example": "pinchan",
    "filecrate.example": "FileCrate",
    "fc-mail.example": "FileCrate",
})

# ---------------------------------------------------------------- requests
H1 = "https://lucky-slot-kr.example/join.php?ref=77"
H2 = "https://lucky-slot-kr.example/event/bonus"
H3 = "https://blue-pharm24.example/products/sleep"
H4 = "https://hostpeak-sites.example/~minsu88/index.html"
H5 = "https://gold-exchange-kr.example/signup"

E1 = "https://casino-moon.example/"
E2 = "https://fakeid-maker.example/order"
E3 = "https://leakdrop.example/v/3391"

N1 = "http://toto-king77.example/"
N2 = "http://drug-direct.example/"

M1 = "https://moaboard.example/free/102345"
M2 = "https://moaboard.example/free/102377"
M3 = "https://moaboard.example/humor/55012"
M4 = "https://moaboard.example/gallery/%EC%9E%90%EC%9C%A0/8812"
M4_RAW = "https://moaboard.example/gallery/자유/8812"
M5 = "https://moaboard.example/market/3301"

P1 = "https://pinchan.example/b/res/448120.html"
P2 = "https://pinchan.example/b/res/448377.html"
P3 = "https://i.pinchan.example/src/1725961234567.jpg"

F1 = "https://filecrate.example/f/7QmZ2aLk"
F2 = "https://filecrate.example/f/bX9pT4eR"
F3 = "https://filecrate.example/f/Lc3vN8wQ"
F4 = "https://filecrate.example/f/Tz6yH1jD"
F5 = "https://filecrate.example/f/aP4sK9uM"
F6 = "https://filecrate.example/f/Wn2eR7cB"
F7 = "https://filecrate.example/f/Gd8qX5vL"
F8 = "https://filecrate.example/f/Rk1mJ6tS"
F9 = "https://filecrate.example/f/Ye5bU3nH"
F10 = "https://filecrate.example/f/Hk3Wq8Zn/2024_season_full_collection_part1.zip"
F11 = "https://filecrate.example/f/Mv7cF2pA"
F12 = "https://filecrate.example/d/Qs9LxE4r"
FALL = [F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12]

REQUESTS = [
    ("KCSC-240902-01", "hostpeak", "2024-09-02T14:00:00+09:00", "2024-09-09", [
        (H1, "gambling"), (H2, "gambling"), (H3, "drugs"), (H4, "obscenity")],
     "req-240902-01@kcsc.example"),
    ("KCSC-240903-02", "edgeshield", "2024-09-03T10:30:00+09:00", "2024-09-10", [
        (E1, "gambling"), (E2, "document_forgery"), (E3, "privacy")],
     "req-240903-02@kcsc.example"),
    ("KCSC-240905-03", "namekorea", "2024-09-05T15:20:00+09:00", "2024-09-12", [
        (N1, "gambling"), (N2, "drugs")],
     "req-240905-03@kcsc.example"),
    ("KCSC-240909-04", "moaboard", "2024-09-09T11:00:00+09:00", "2024-09-16", [
        (M1, "defamation"), (M2, "obscenity"), (M3, "defamation"), (M4, "privacy"), (M5, "drugs")],
     "req-240909-04@kcsc.example"),
    ("KCSC-240910-05", "pinchan", "2024-09-10T16:45:00+09:00", "2024-09-17", [
        (P1, "obscenity"), (P2, "obscenity"), (P3, "privacy")],
     "req-240910-05@kcsc.example"),
    ("KCSC-240911-06", "filecrate", "2024-09-11T09:30:00+09:00", "2024-09-18",
     [(u, "copyright" if i % 3 else "obscenity") for i, u in enumerate(FALL)],
     "req-240911-06@kcsc.example"),
    ("KCSC-240912-07", "hostpeak", "2024-09-12T16:40:00+09:00", "2024-09-19", [
        (H5, "fraud")],
     "req-240912-07@kcsc.example"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, mid in REQUESTS:
        for url, cat in items:
            w.writerow([ref, plat, sent, due, url, cat, mid, f"blind889 {plat}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encoded-word for a header value (deterministic)."""
    return Header(s, "utf-8").encode()


def with_csv(body, csv_text, filename, b64=False, boundary="=_fc_b889"):
    if b64:
        data = base64.encodebytes(csv_text.encode("utf-8")).decode("ascii").rstrip("\n")
        cte = "base64"
    else:
        data = csv_text.rstrip("\n")
        cte = "8bit"
    return (
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        "\n"
        "This is a multi-part message in MIME format.\n"
        "\n"
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body.strip()}\n"
        "\n"
        f"--{boundary}\n"
        f'Content-Type: text/csv; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: {cte}\n"
        "\n"
        f"{data}\n"
        "\n"
        f"--{boundary}--\n"
    )


def qp_plain(body):
    data = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n" + data
    )


REQ1_QUOTE_OUTLOOK = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: abuse@hostpeak.example
Subject: [KCSC-240902-01] Request for removal of illegal content

Dear HostPeak abuse team,

The Korea Communications Standards Commission requests the removal of the
following content hosted on your network:

1. {H1}
2. {H2}
3. {H3}
4. {H4}

Please reply to this address by 9 September 2024, stating what was done
for each address.

KCSC Takedown Desk"""

REQ1_QUOTE_GMAIL = f"""On Mon, Sep 2, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear HostPeak abuse team,
>
> The Korea Communications Standards Commission requests the removal of
> the following content hosted on your network (reference KCSC-240902-01):
>
> 1. {H1}
> 2. {H2}
> 3. {H3}
> 4. {H4}
>
> Please reply to this address by 9 September 2024.
>
> KCSC Takedown Desk"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= APPLIED =======================

case(
    name="hp-abuse-desk-suspended-prose",
    **{"from": "abuse@hostpeak.example"}, name_from="HostPeak Abuse Desk",
    date="Wed, 4 Sep 2024 11:02:17 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Hello,

Thank you for the report (our ticket ABU-771204).

We have checked the sites on our platform. The hosting account that serves
lucky-slot-kr.example has been suspended for breach of our Acceptable Use
Policy, so both of these pages are now offline:

{H1}
{H2}

Our customer running blue-pharm24.example deleted the page
{H3} after we contacted them; we checked
and it is gone.

We are still looking into the fourth address and will write again.

Kind regards,
Daniel Ortega
HostPeak Abuse Team
https://hostpeak.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk reply after suspending a customer account (hosting KB 'abuse ticket' flow)",
    why="account suspended, both lucky-slot pages offline (removed); customer deleted the pharm page (removed); fourth address only promised",
    items={H1: "removed", H2: "removed", H3: "removed", H4: "pending"},
)

case(
    name="hp-ticket-plain-text-table",
    **{"from": "support@hostpeak.example"}, name_from="HostPeak Support",
    date="Tue, 10 Sep 2024 17:45:03 +0900",
    subject="[ABU-771204] Ticket updated: KCSC-240902-01",
    body=f"""
Ticket ABU-771204 has been updated by Sora Lim (Abuse Team).

------------------------------------------------------------------------
Review result for complaint KCSC-240902-01

URL                                                   Action
----------------------------------------------------  ----------------
{H1}         Removed
{H2}             Removed
{H3}           No action (*)
{H4}    Not found
------------------------------------------------------------------------
(*) The page sells a food supplement. We found no breach of our AUP or
of applicable law, so it stays online.
Not found: no such user directory exists on our shared servers.

Reply above this line to add a comment to the ticket.
View the ticket: https://help.hostpeak.example/tickets/ABU-771204
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-system update (WHMCS/Zendesk style) carrying a plain-text results table",
    why="table rows: two removed, supplement page kept with a stated reason (rejected), user directory does not exist (not_found)",
    items={H1: "removed", H2: "removed", H3: "rejected", H4: "not_found"},
)

case(
    name="hp-one-liner-sole-item",
    **{"from": "jwoo@hostpeak.example"}, name_from="Jiwoo Park",
    date="Fri, 13 Sep 2024 09:14:55 +0900",
    subject="Re: [KCSC-240912-07] Removal request - 1 URL",
    reply_to_req="req-240912-07",
    body=f"""
Done - the site is suspended and only shows our suspension page now.

Jiwoo
HostPeak NOC

On Thu, Sep 12, 2024 at 4:40 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear HostPeak,
>
> Please remove the following content (reference KCSC-240912-07):
>
> {H5}
>
> Kind regards,
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting NOC engineer over the quoted request",
    why="one-item request; unhedged 'the site is suspended' in the engineer's own text applies to the sole item",
    items={H5: "removed"},
)

case(
    name="hp-outlook-top-posted",
    **{"from": "m.novak@hostpeak.example"}, name_from="Marta Novak",
    date="Mon, 9 Sep 2024 16:20:41 +0900",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

{H2} was deleted by the customer today.
The user directory {H4} has been disabled by us and the account closed.

Regards
Marta Novak | Abuse Handling | HostPeak

{REQ1_QUOTE_OUTLOOK}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----'",
    why="two statements above the quoted request; the other two URLs appear only in the quoted request",
    items={H2: "removed", H4: "removed", H1: "pending", H3: "pending"},
)

case(
    name="es-geo-block-korea",
    **{"from": "trust-safety@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Tue, 17 Sep 2024 02:11:09 +0000",
    subject="EdgeShield case ES-2024-0917-5521 (your reference KCSC-240903-02)",
    body=f"""
Reference: KCSC-240903-02
EdgeShield case: ES-2024-0917-5521

Hello,

We reviewed the three URLs in your notice.

On the basis of the Korean legal order you provided, EdgeShield has
geo-blocked the following URLs for visitors located in South Korea. They
remain reachable from other countries.

  {E1}
  {E2}

For {E3}: EdgeShield provides only a pass-through
proxy service to this website and does not host its content. We have
passed your notice on to the hosting provider and the site operator, who
are able to remove it.

EdgeShield Trust & Safety
https://edgeshield.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply (Cloudflare-style: country block for a legal order, 'we are not the host' for the rest)",
    why="two URLs blocked for South Korea only (restricted); third only forwarded to the host, no status",
    items={E1: "restricted", E2: "restricted", E3: "pending"},
)

case(
    name="es-html-table-results",
    **{"from": "trust-safety@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 19 Sep 2024 08:40:00 +0000",
    subject="Result of your abuse report KCSC-240903-02",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the result of our review of your report <b>KCSC-240903-02</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Action taken</th><th>Notes</th></tr>
<tr><td>{E3}</td><td>Access disabled</td><td>Blocked for all visitors at our edge; the URL returns HTTP 451.</td></tr>
<tr><td>{E2}</td><td>No record</td><td>This hostname is not active on EdgeShield; we could not find it on our network.</td></tr>
</table>
<p>More about how we handle abuse: <a href="https://edgeshield.example/trust/abuse-approach">edgeshield.example/trust/abuse-approach</a></p>
<p>EdgeShield Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse-report result mail with an HTML results table",
    why="HTML table: leak page blocked for everyone (removed), forgery shop hostname not found on the network (not_found)",
    items={E3: "removed", E2: "not_found"},
)

case(
    name="nk-korean-particles",
    **{"from": "abuse@namekorea.example"}, name_from=enc("네임코리아 불법이용 신고센터"),
    date="Thu, 12 Sep 2024 10:05:33 +0900",
    subject=enc("[네임코리아] 불법 도메인 조치 결과 회신 (KCSC-240905-03)"),
    body=f"""
안녕하십니까, 네임코리아 고객지원팀입니다.

귀 위원회에서 요청하신 도메인에 대한 조치 결과를 아래와 같이 알려드립니다.

- {N1}는 2024년 9월 11일부로 도메인 서비스를 정지(clientHold)하였으며, 현재 접속되지 않습니다.
- {N2}은 당사에 등록된 도메인이 아니어서 조회되지 않습니다. 해당 도메인의 등록기관을 확인해 주시기 바랍니다.

감사합니다.
네임코리아 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar's 조치 결과 회신 (domain placed on clientHold)",
    why="domain service stopped and no longer reachable (removed); other domain not registered with them, cannot be found (not_found)",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="nk-english-bare-domains",
    **{"from": "compliance@namekorea.example"}, name_from="NameKorea Compliance",
    date="Fri, 13 Sep 2024 18:30:12 +0900",
    subject="Your request KCSC-240905-03",
    body="""
Dear KCSC,

Re: your request KCSC-240905-03

drug-direct.example - the registrant did not answer our verification
request. The domain was placed on clientHold on 13 Sep 2024 and no longer
resolves.

toto-king77.example - we decline to suspend this domain. Your complaint
concerns website content and shows no DNS abuse (phishing, malware,
botnets, pharming or spam), and our registration agreement gives us no
ground to act on content. Please contact the hosting provider of the site.

Regards,
Compliance Team, NameKorea
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-desk answer distinguishing DNS abuse from content complaints (clientHold vs refusal)",
    why="registrar names its domains bare: one on clientHold (removed), one refused with a reason (rejected)",
    items={N2: "removed", N1: "rejected"},
)

case(
    name="moa-admin-numbered-korean",
    **{"from": "admin@moaboard.example"}, name_from="모아보드 운영자",
    date="Wed, 11 Sep 2024 22:47:10 +0900",
    subject="Re: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 모아보드 운영자입니다.
요청하신 게시물 처리 결과 알려드립니다.

1. {M1} → 삭제 완료
2. {M2} → 삭제 완료
3. {M3} → 작성자가 이미 삭제한 글입니다
4. {M4_RAW} → 블라인드 처리했습니다
5. {M5} → 정상적인 중고거래 게시글로 판단되어 삭제하지 않았습니다 (판매 물품이 일반 의약외품)

추가로 문의 있으시면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin answering a 삭제 요청 with a numbered list",
    why="two 삭제, one already deleted by its author (not_found), one 블라인드 (removed, raw Korean path), one kept with a reason (rejected)",
    items={M1: "removed", M2: "removed", M3: "not_found", M4: "removed", M5: "rejected"},
)

case(
    name="moa-one-line-rest-later",
    **{"from": "ops@moaboard.example"}, name_from="모아보드 운영팀",
    date="Tue, 10 Sep 2024 13:02:44 +0900",
    subject="Re: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
{M2} 지웠습니다.
나머지 글들은 확인하고 다시 연락드릴게요.

--
모아보드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a forum operator (informal 지웠습니다)",
    why="one post deleted; the rest only promised, not named",
    items={M2: "removed"},
)

case(
    name="moa-imsi-jochi-notice",
    **{"from": "report@moaboard.example"}, name_from="MoaBoard 신고센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[모아보드] 권리침해 신고 처리 안내 (MB-240913-0087)",
    body=f"""
[모아보드] 권리침해 신고 처리 안내

신고번호: MB-240913-0087
관련 요청: KCSC-240909-04

■ 처리 결과
○ 대상: {M5}
  조치: 임시조치(30일) - 정보통신망법 제44조의2에 따라 게시물에 대한 접근을 임시로 차단하였습니다.
○ 대상: {M1}
  조치: 게시중단

※ 임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 기간 만료 후 삭제됩니다.

모아보드 신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 권리침해 신고 처리 안내 (임시조치 under 정보통신망법 44조의2, 게시중단)",
    why="임시조치 on the market post (restricted); 게시중단 on the free-board post (removed); the later deletion is only conditional",
    items={M5: "restricted", M1: "removed"},
)

case(
    name="pin-list-then-all-three",
    **{"from": "mod@pinchan.example"}, name_from="pinchan mods",
    date="Wed, 11 Sep 2024 03:17:26 +0900",
    subject="Re: KCSC-240910-05",
    reply_to_req="req-240910-05",
    body=f"""
{P1}
{P2}
{P3}

all three deleted, file hash added to the ban list so it cant be reuploaded.
poster banned.

- n.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's terse reply: URLs pasted, one line of action",
    why="each of the three URLs is listed in the mod's own text and 'all three deleted' refers to that list",
    items={P1: "removed", P2: "removed", P3: "removed"},
)

case(
    name="pin-admin-mixed-prose",
    **{"from": "admin@pinchan.example"}, name_from="pinchan admin",
    date="Thu, 12 Sep 2024 21:55:03 +0900",
    subject="Re: removal request KCSC-240910-05",
    reply_to_req="req-240910-05",
    body=f"""
Hi,

I deleted thread {P1} about an hour ago.

{P2} does not exist. The board has not
reached that post number yet, so maybe there is a typo in your list?

The image {P3} stays up. It is a
cropped screenshot of a news article, nothing in it breaks our rules, so
I am not removing it.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="small image-board admin answering each link in prose",
    why="one thread deleted (removed), one thread does not exist (not_found), image kept with a reason (rejected)",
    items={P1: "removed", P2: "not_found", P3: "rejected"},
)

FC_CSV_FULL = f"""link,action,date,comment
{F1},removed,2024-09-14,File deleted; uploader account terminated
{F2},removed,2024-09-14,File deleted
{F3},not found,2024-09-14,Invalid link - no file with this ID
{F4},removed,2024-09-14,File deleted
{F5},restricted,2024-09-14,Downloads blocked for IP addresses in KR
{F6},no action,2024-09-14,Public domain document - no violation of our Terms
{F7},removed,2024-09-14,File deleted
{F8},already deleted,2024-09-14,File was deleted by the uploader before our review
{F9},removed,2024-09-14,File deleted
{F10},removed,2024-09-14,File deleted; hash blocked
{F11},restricted,2024-09-14,Geo-blocked (KR)
{F12},removed,2024-09-14,Folder and its 31 files deleted
"""

case(
    name="fc-csv-attachment-all-links",
    **{"from": "legal@filecrate.example"}, name_from="FileCrate Legal Operations",
    date="Sat, 14 Sep 2024 07:12:50 +0000",
    subject="FileCrate case FC-L-30917 - outcome of notice KCSC-240911-06",
    raw_mime=with_csv("""
Dear KCSC team,

Our Legal Operations team has completed its review of notice
KCSC-240911-06 (FileCrate case FC-L-30917). The outcome for every link is
in the attached spreadsheet.

FileCrate Legal Operations
https://filecrate.example/legal
""", FC_CSV_FULL, "FC-L-30917_results.csv"),
    outcome="applied", classification="confirmation",
    imitates="file host's legal team answering a large notice with a CSV spreadsheet of per-link outcomes",
    why="CSV rows give every link's status: deleted, invalid link, KR-blocked, no violation, deleted by uploader",
    items={F1: "removed", F2: "removed", F3: "not_found", F4: "removed", F5: "restricted",
           F6: "rejected", F7: "removed", F8: "not_found", F9: "removed", F10: "removed",
           F11: "restricted", F12: "removed"},
)

FC_CSV_SEMI = f"""URL;Status;Remarks
{F1};Deleted;Account closed
{F2};Deleted;
{F5};Access restricted in Korea;Blocked for KR visitors only
{F6};Rejected;No breach of Terms of Service found
"""

case(
    name="fc-csv-base64-semicolon",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Mon, 16 Sep 2024 11:30:00 +0200",
    subject="AW: KCSC-240911-06 Bearbeitungsstatus",
    raw_mime=with_csv("""
Hello,

attached is the current processing status for your notice KCSC-240911-06
(export from our case tool). Links not in the list are still open.

Best regards
Jonas Weber
FileCrate Abuse Department
""", FC_CSV_SEMI, "Bearbeitungsstatus_KCSC-240911-06.csv", b64=True, boundary="----=_Part_88_1726479000"),
    outcome="applied", classification="confirmation",
    imitates="European file host exporting its case tool to a semicolon CSV, base64 attachment",
    why="four rows: two deleted, one restricted in Korea, one rejected; other links not spoken about",
    items={F1: "removed", F2: "removed", F5: "restricted", F6: "rejected"},
)

case(
    name="fc-qp-bullets",
    **{"from": "a.tanaka@filecrate.example"}, name_from="Aiko Tanaka",
    date="Sun, 15 Sep 2024 14:08:19 +0900",
    subject="Re: KCSC-240911-06",
    reply_to_req="req-240911-06",
    raw_mime=qp_plain(f"""
Hello,

Regarding KCSC-240911-06, here is the status of the links you flagged:

• {F7} — file removed, uploader account suspended
• {F9} — file removed
• {F10} — file removed
• {F11} — we could not find this file; the link is invalid

Best,
Aiko Tanaka
FileCrate Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="file-host agent's bulleted reply sent quoted-printable (soft line breaks inside long URLs)",
    why="three files removed, one link invalid (not_found); the long .zip URL is split by a QP soft break",
    items={F7: "removed", F9: "removed", F10: "removed", F11: "not_found"},
)

case(
    name="fc-status-headings",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Tue, 17 Sep 2024 09:41:27 +0900",
    subject="KCSC-240911-06: status update",
    body=f"""
Hello,

Update on notice KCSC-240911-06.

The following files were deleted:

  {F3}
  {F4}

The following link could not be found (the folder ID is invalid):

  {F12}

The following file was kept online because it does not violate our
Terms of Service (it is the publisher's own free sample):

  {F8}

Regards,
FileCrate Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk grouping links under status headings",
    why="status headings above indented URLs: two removed, one not_found, one rejected with reason",
    items={F3: "removed", F4: "removed", F12: "not_found", F8: "rejected"},
)

case(
    name="fc-url-then-status-line",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Thu, 12 Sep 2024 16:03:00 +0900",
    subject="Partial update - KCSC-240911-06",
    body=f"""
Hello KCSC,

Outcome of your notice KCSC-240911-06 (partial update):

{F1}
Status: Removed - uploader account terminated

{F5}
Status: Access disabled in the Republic of Korea

{F6}
Status: Pending legal review

We will send the remaining results when they are ready.

FileCrate Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="bare URL with its status on the line below (file-host case tool export pasted into mail)",
    why="removed; disabled in Korea (restricted); 'pending legal review' is no status",
    items={F1: "removed", F5: "restricted", F6: "pending"},
)

case(
    name="fc-echoed-report-form",
    **{"from": "noreply@filecrate.example"}, name_from="FileCrate Reports",
    date="Wed, 18 Sep 2024 05:22:31 +0000",
    subject="Your report FC-R-8841273 has been resolved",
    body=f"""
Your report has been resolved.

----- Report details -----
Report ID:      FC-R-8841273
Submitted by:   takedown@kcsc.example
Reference:      KCSC-240911-06
Reported link:  <{F8}>
Reason:         Illegal content (Republic of Korea)
--------------------------

Outcome: the reported file was removed from FileCrate for violating our
Terms of Service.

You can see all your reports at https://filecrate.example/reports
This is an automated message, please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome mail echoing the submitted report (single reported link in angle brackets)",
    why="echoed report names one link; the outcome line says that reported file was removed",
    items={F8: "removed"},
)

case(
    name="hp-gmail-quote-below",
    **{"from": "tom.h@hostpeak.example"}, name_from="Tom Hale",
    date="Thu, 5 Sep 2024 10:27:00 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Hi there,

Customer took down {H3} this morning, I
checked and it returns 404 now.

The lucky-slot pages we're still looking at, I'll get back to you.

Cheers,
Tom
HostPeak abuse

{REQ1_QUOTE_GMAIL}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from an abuse-desk engineer over the '>' quoted request",
    why="one page taken down (removed); lucky-slot pages still being looked at; quoted URLs are not statements",
    items={H3: "removed", H1: "pending", H2: "pending", H4: "pending"},
)

case(
    name="hp-html-list",
    **{"from": "abuse@hostpeak.example"}, name_from="HostPeak Abuse Desk",
    date="Fri, 6 Sep 2024 15:15:15 +0900",
    subject="Status of abuse report KCSC-240902-01",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Status of your abuse report <b>KCSC-240902-01</b>:</p>
<ul>
<li><a href="{H1}">{H1}</a> &ndash; <b>disabled</b> (the customer&#39;s site is suspended)</li>
<li><a href="{H4}">hostpeak-sites.example/~minsu88/index.html</a> &ndash; <b>not found</b>, there is no such directory on our servers</li>
</ul>
<p>Our Acceptable Use Policy: <a href="https://hostpeak.example/legal/aup">hostpeak.example/legal/aup</a></p>
<p>HostPeak Abuse Desk</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk HTML mail with a bulleted status list",
    why="one page disabled (removed); user directory does not exist (not_found; link text without scheme, href exact); AUP link is not an item",
    items={H1: "removed", H4: "not_found"},
)

case(
    name="moa-html-table-korean",
    **{"from": "report@moaboard.example"}, name_from="MoaBoard 신고센터",
    date="Mon, 16 Sep 2024 09:30:00 +0900",
    subject=enc("[모아보드] KCSC-240909-04 조치 결과 안내"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 모아보드 신고센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240909-04)에 대한 조치 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 URL</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{M1}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{M3}</td><td>게시중단</td><td>2024-09-13</td></tr>
<tr><td>3</td><td><a href="{M4}">{M4}</a></td><td>국내 접근 제한</td><td>2024-09-14</td></tr>
</table>
<p>운영정책: <a href="https://moaboard.example/policy">https://moaboard.example/policy</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in an HTML mail",
    why="삭제 and 게시중단 (removed), 국내 접근 제한 (restricted, percent-encoded path); policy link is not an item",
    items={M1: "removed", M3: "removed", M4: "restricted"},
)

case(
    name="fc-wrapped-angle-url",
    **{"from": "legal@filecrate.example"}, name_from="FileCrate Legal Operations",
    date="Fri, 13 Sep 2024 12:00:41 +0000",
    subject="KCSC-240911-06 - archive removed",
    body="""
Hello,

re KCSC-240911-06: the archive at
<https://filecrate.example/f/Hk3Wq8Zn/2024_season_full_
collection_part1.zip> has been deleted and its hash is blocked
from re-upload. The other links in your notice are handled by our
legal team separately.

FileCrate Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail hard-wrapped at 72 columns with a long URL broken inside angle brackets",
    why="the angle-bracketed URL wraps over two lines (RFC 3986 appendix C); the archive was deleted",
    items={F10: "removed"},
)

case(
    name="fc-korean-fullwidth-punct",
    **{"from": "kr-support@fc-mail.example"}, name_from="FileCrate 한국 지원팀",
    date="Wed, 18 Sep 2024 15:44:02 +0900",
    subject=enc("Re: KCSC-240911-06 삭제 요청 건 처리 안내"),
    reply_to_req="req-240911-06",
    body=f"""
안녕하세요. FileCrate 한국 고객지원팀입니다.

KCSC-240911-06 건과 관련하여 아래 파일을 삭제하였습니다：{F4}、{F7}。

또한 {F11} 파일은 한국에서의 접속을 차단하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean support desk of a foreign file host, full-width punctuation right after URLs",
    why="two files 삭제 (removed), one 한국 접속 차단 (restricted); full-width '、' and '。' end the URLs",
    items={F4: "removed", F7: "removed", F11: "restricted"},
)

case(
    name="es-refusal-with-reason",
    **{"from": "trust-safety@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Fri, 20 Sep 2024 01:02:03 +0000",
    subject="EdgeShield case ES-2024-0919-6610 (KCSC-240903-02)",
    body=f"""
Hello,

EdgeShield case ES-2024-0919-6610 / your reference KCSC-240903-02

We have reviewed {E2}. The page sells printed
novelty cards that carry a "not a government document" imprint. We did not
find a violation of our Acceptable Use Policy, and we are declining to take
action against this website.

This decision does not prevent you from contacting the website's hosting
provider directly.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety refusal citing its acceptable use policy",
    why="explicit refusal with its reason: rejected",
    items={E2: "rejected"},
)

case(
    name="fc-numbered-uploader-deleted",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Thu, 19 Sep 2024 10:10:10 +0900",
    subject="Re: KCSC-240911-06",
    reply_to_req="req-240911-06",
    body=f"""
Hi,

1) {F9} - removed
2) {F3} - removed
3) {F12} - this folder had already been deleted by its owner before we received your notice

Regards,
FileCrate Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk numbered list with one link already deleted by its owner",
    why="two removed; folder already deleted by its owner (not_found)",
    items={F9: "removed", F3: "removed", F12: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="hp-promise-forwarded-to-customer",
    **{"from": "abuse@hostpeak.example"}, name_from="HostPeak Abuse Desk",
    date="Tue, 3 Sep 2024 09:50:12 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Dear Sir/Madam,

Thank you for your notice KCSC-240902-01. We have forwarded it to the
customer responsible for lucky-slot-kr.example and blue-pharm24.example
and asked them to take the following pages offline within 48 hours:

{H1}
{H2}
{H3}

If the customer does not comply, we will suspend the service. We will let
you know the outcome.

HostPeak Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'complaint forwarded to the customer, 48 hours to comply' reply",
    why="only a request to the customer and a conditional promise; names three URLs, states no status",
    items={H1: "pending", H2: "pending", H3: "pending"},
)

case(
    name="fc-hedged-appears-removed",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Fri, 13 Sep 2024 08:05:00 +0900",
    subject="Re: KCSC-240911-06",
    reply_to_req="req-240911-06",
    body=f"""
Hi,

Quick update on KCSC-240911-06. The files {F2}
and {F4} appear to have been removed by the
uploader already, but our storage team still has to confirm this. The
remaining links are under review.

FileCrate Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="file-host interim update with a hedge ('appear to have been removed', to be confirmed)",
    why="hedged and unconfirmed; the rest under review: no statement",
    items={F2: "pending", F4: "pending"},
)

case(
    name="moa-bulk-korean",
    **{"from": "admin@moaboard.example"}, name_from="모아보드 운영진",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject="Re: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body="""
안녕하세요. 모아보드 운영진입니다.

KCSC-240909-04 요청 건과 관련하여, 신고하신 게시물 5건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum operator's summary reply ('5건 모두 삭제')",
    why="one statement for all five posts without naming any: bulk, items pending",
    items={M1: "pending", M2: "pending", M3: "pending", M4: "pending", M5: "pending"},
)

case(
    name="fc-bulk-all-disabled",
    **{"from": "legal@filecrate.example"}, name_from="FileCrate Legal Operations",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="Notice KCSC-240911-06 completed",
    body="""
Dear KCSC team,

All of the files listed in your notice KCSC-240911-06 have been disabled
and the uploader's account has been terminated.

FileCrate Legal Operations
""",
    outcome="review", review="bulk",
    imitates="file host 'all listed files disabled' summary reply",
    why="a single statement covering twelve links without naming them: bulk",
    items={u: "pending" for u in FALL},
)

case(
    name="hp-forged-auth-fail",
    **{"from": "abuse@hostpeak.example"}, name_from="HostPeak Abuse Desk",
    auth="fail",
    date="Sat, 7 Sep 2024 04:13:58 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    body=f"""
Hello,

The following pages have been removed:

{H1}
{H3}

HostPeak Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk style confirmation whose DKIM/SPF/DMARC fail",
    why="claims from a HostPeak address failing authentication: untrusted",
    items={H1: "pending", H3: "pending"},
)

case(
    name="es-site-owner-unknown-sender",
    **{"from": "owner@casino-moon.example"}, name_from="Casino Moon Support",
    date="Wed, 18 Sep 2024 20:20:20 +0900",
    subject="Regarding complaint KCSC-240903-02",
    body=f"""
Hello,

We received your complaint KCSC-240903-02 through our CDN provider. We
have removed the page {E1} and closed the site
for visitors from Korea.

Casino Moon Support
""",
    outcome="review", review="unknown_sender",
    imitates="website operator writing directly after a CDN forwarded the complaint to it",
    why="the site operator is not a platform in our config: unknown_sender",
    items={E1: "pending"},
)

case(
    name="hp-answers-for-cdn-request",
    **{"from": "abuse@hostpeak.example"}, name_from="HostPeak Abuse Desk",
    date="Sat, 21 Sep 2024 13:37:00 +0900",
    subject="Abuse report regarding leakdrop.example (your ref. KCSC-240903-02)",
    body=f"""
Hello,

EdgeShield passed your complaint KCSC-240903-02 on to us as the hosting
provider of leakdrop.example.

We have suspended the customer's account; {E3}
is no longer reachable.

HostPeak Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="hosting provider answering a complaint that a CDN forwarded to it",
    why="HostPeak states a status for an item of the EdgeShield request: wrong_platform",
    items={E3: "pending"},
)

case(
    name="es-not-host-forwarded",
    **{"from": "trust-safety@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Wed, 4 Sep 2024 03:30:00 +0000",
    subject="EdgeShield case ES-2024-0903-4410 (KCSC-240903-02)",
    body=f"""
Hello,

EdgeShield is not the hosting provider of {E1}
or {E2}. We provide only pass-through
security and performance services for these websites and cannot remove
content hosted by others.

We have forwarded your complaint to the hosting provider and to the
website operators. The hosting provider of both sites is HostPeak
(abuse@hostpeak.example); please contact them for further action.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not the host, complaint forwarded to hosting provider' reply",
    why="names two URLs but states neither removal nor a refusal on the merits; nothing to apply",
    items={E1: "pending", E2: "pending"},
)

case(
    name="moa-asks-for-decision-document",
    **{"from": "admin@moaboard.example"}, name_from="모아보드 운영자",
    date="Thu, 12 Sep 2024 17:25:00 +0900",
    subject="Re: [KCSC-240909-04] 불법정보 삭제 요청",
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요, 모아보드 운영자입니다.

요청하신 {M5} 게시물은 판매자가 정상 사업자로 등록되어 있어 바로 삭제하기 어렵습니다.
해당 게시물이 불법정보에 해당한다는 근거(심의 의결서 등)를 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean forum admin asking for the 심의 의결서 before acting",
    why="asks for supporting documents; no decision on the post",
    items={M5: "pending"},
)

case(
    name="pin-question-no-claims",
    **{"from": "admin@pinchan.example"}, name_from="pinchan admin",
    date="Sat, 14 Sep 2024 02:02:02 +0900",
    subject="contact address?",
    body="""
Hello,

I run pinchan.example, a small hobby image board. Your office has written
to us a few times. Is there a web form we should use for replies, or is
this address fine? And can you send notices in English only? Our mods do
not read Korean.

Thanks,
admin
""",
    outcome="review", review="no_claims",
    imitates="small-site admin writing a general question to the regulator",
    why="trusted pinchan mail naming no item and no request",
    items={},
)

case(
    name="fc-conflicting-prose-table",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    date="Tue, 17 Sep 2024 18:18:18 +0900",
    subject="KCSC-240911-06 follow-up",
    body=f"""
Hello,

Regarding KCSC-240911-06:

The file {F6} has been removed from our
service.

Summary of review
-----------------
{F6}   Active - no violation found

FileCrate Abuse Department
""",
    outcome="review", review="conflicting_statements",
    imitates="template mail whose prose and summary table disagree",
    why="the same link is said to be removed and to stay active",
    items={F6: "pending"},
)

case(
    name="hp-forwarded-customer-reply",
    **{"from": "m.novak@hostpeak.example"}, name_from="Marta Novak",
    date="Sat, 14 Sep 2024 10:02:00 +0900",
    subject="Fwd: Re: Abuse complaint ABU-771204 (KCSC-240902-01)",
    body=f"""
FYI, see the customer's reply below.

Marta

---------- Forwarded message ---------
From: Minsu Kang <minsu88@mailbox.example>
Date: Sat, 14 Sep 2024 at 09:12
Subject: Re: Abuse complaint ABU-771204
To: HostPeak Abuse <abuse@hostpeak.example>

Hello, I deleted the page {H4} yesterday.
Sorry for the trouble.

Minsu
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="abuse desk forwarding its customer's reply with one line of its own",
    why="the only statement is the customer's, inside a forwarded message; HostPeak says nothing itself",
    items={H4: "pending"},
)

# ======================= IGNORED =======================

case(
    name="hp-out-of-office",
    **{"from": "d.ortega@hostpeak.example"}, name_from="Daniel Ortega",
    date="Mon, 2 Sep 2024 14:00:31 +0900",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 9 September with limited access to
email. For urgent abuse matters please write to abuse@hostpeak.example.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.b889.0905"

This is a MIME-encapsulated message.

--dsn.b889.0905
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namekorea.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@namekorea.example>: unknown user: "abuse-desk"

--dsn.b889.0905
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namekorea.example
X-Postfix-Queue-ID: 4WzK1Q2bX9z3
Arrival-Date: Thu,  5 Sep 2024 15:20:04 +0900 (KST)

Final-Recipient: rfc822; abuse-desk@namekorea.example
Original-Recipient: rfc822;abuse-desk@namekorea.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-desk"

--dsn.b889.0905
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-desk@namekorea.example
Subject: [KCSC-240905-03] Request to suspend domains
Date: Thu, 5 Sep 2024 15:20:00 +0900
Message-ID: <req-240905-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear NameKorea,

Please suspend the following domains used for illegal content:

{N1}
{N2}

KCSC Takedown Desk

--dsn.b889.0905--
"""

case(
    name="nk-dsn-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.namekorea.example"}, name_from="Mail Delivery System",
    date="Thu, 5 Sep 2024 15:20:05 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning the request",
    why="bounce; the URLs are only in the returned request",
    items={N1: "pending", N2: "pending"},
)

MDN = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b889_0910"

--mdn_b889_0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240909-04] 불법정보 삭제 요청"을(를)
수신자(admin@moaboard.example)가 2024-09-10 09:31에 읽었습니다.

--mdn_b889_0910
Content-Type: message/disposition-notification

Reporting-UA: webmail.moaboard.example; MoaMail 3.2
Final-Recipient: rfc822; admin@moaboard.example
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b889_0910--
"""

case(
    name="moa-read-receipt",
    **{"from": "admin@moaboard.example"}, name_from="모아보드 운영자",
    date="Tue, 10 Sep 2024 09:31:12 +0900",
    subject=enc("읽음 확인: [KCSC-240909-04] 불법정보 삭제 요청"),
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, Korean text part)",
    why="read receipt only",
    items={},
)

case(
    name="fc-ticket-receipt",
    **{"from": "noreply@filecrate.example"}, name_from="FileCrate Reports",
    date="Wed, 11 Sep 2024 00:31:07 +0000",
    subject="We received your report (FC-R-8840001)",
    body="""
Hello,

We've received your report regarding KCSC-240911-06 and created ticket
FC-R-8840001. Our Trust & Safety team will review the 12 links you
submitted and will contact you if we need anything else.

Please do not reply to this email.

FileCrate Trust & Safety
https://filecrate.example/reports
""",
    outcome="ignored", classification="acknowledgement",
    imitates="file host report-form receipt",
    why="pure acknowledgement: ticket created, review promised",
    items={},
)

case(
    name="es-auto-ack-echoes-urls",
    **{"from": "abuse-noreply@edgeshield.example"}, name_from="EdgeShield Abuse",
    date="Tue, 3 Sep 2024 01:31:40 +0000",
    subject="[EdgeShield] Abuse report received - ES-2024-0903-4410",
    body=f"""
Thank you for submitting an abuse report to EdgeShield.

Report ID: ES-2024-0903-4410
Your reference: KCSC-240903-02
Reported URLs:
  {E1}
  {E2}
  {E3}

EdgeShield is not a hosting provider. Where a reported website uses our
pass-through services, we will forward your report to the hosting provider
and the website operator. You will receive a further message if we need
more information.

EdgeShield Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN automatic abuse-report receipt echoing the reported URLs",
    why="automatic receipt; the echoed URLs carry no status, forwarding only promised",
    items={E1: "pending", E2: "pending", E3: "pending"},
)

case(
    name="moa-admin-ooo-personal-address",
    **{"from": "moa.admin@mailbox.example"}, name_from="모아보드 관리자",
    date="Mon, 9 Sep 2024 11:00:40 +0900",
    subject=enc("[자동응답] Re: [KCSC-240909-04] 불법정보 삭제 요청"),
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. 모아보드 관리자입니다.
9월 18일(수)까지 추석 연휴로 부재중이며, 답변이 늦어질 수 있습니다.
급한 신고는 report@moaboard.example 로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail 자동응답 (부재중) from an admin's personal address",
    why="auto-reply, ignored whoever sent it",
    items={},
)

case(
    name="nk-korean-ticket-receipt",
    **{"from": "help@namekorea.example"}, name_from="NameKorea",
    date="Thu, 5 Sep 2024 15:22:10 +0900",
    subject=enc("[네임코리아] 문의가 접수되었습니다 (접수번호 NK-20240905-0032)"),
    body="""
안녕하세요, 네임코리아입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 순차적으로 답변드리겠습니다.

접수번호: NK-20240905-0032
문의제목: [KCSC-240905-03] Request to suspend domains

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 접수 완료 receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)


HEADER = """# Blind set 889: hosting providers, a CDN, a registrar, a Korean forum, an
# image board and a file host answering informally; CSV attachments and
# plain-text tables. Generated by make.py; expected results written from
# each email's meaning before the reader was run. Each case is ingested
# alone into a fresh ledger holding requests.csv.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind889", HEADER, CASES)
    print(f"{len(CASES)} cases")
