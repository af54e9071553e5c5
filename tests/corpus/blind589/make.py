#!/usr/bin/env python3
"""Blind set 589: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind589/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of the email alone, before any
run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "dropvault.io": "DropVault Trust & Safety",
    "kumohost.net": "Kumo Hosting Abuse",
    "edgeveil.com": "EdgeVeil Trust & Safety",
    "dotwell-registrar.com": "Dotwell Registrar Compliance",
    "haneulbbs.co.kr": Header("하늘게시판 운영팀", "utf-8").encode(),
    "pixchan.org": "pixchan",
    "pastelink.net": "Pastelink Support",
})

# ---------------------------------------------------------------- requests
DV = [
    "https://dropvault.io/f/Qm7tR2xa",
    "https://dropvault.io/f/Lp0vWc8e",
    "https://dropvault.io/f/Hz4kNs1b",
    "https://dropvault.io/f/Tr9aYe3u",
    "https://dropvault.io/f/Bx2mJq6o",
    "https://dropvault.io/f/Vn5gKd7i",
    "https://dropvault.io/f/Ce8pUw0s",
    "https://dropvault.io/f/Gy1hXo4l",
    "https://dropvault.io/f/Ws6jFt9n",
    "https://dropvault.io/f/Ka3dRb5z",
    "https://dropvault.io/folder/Mu7cPe2q",
    "https://dl.dropvault.io/d/Jf0sLa8v/archive_part1.zip",
    "https://dropvault.io/f/Ro4nZi1y?dl=1",
    "https://dropvault.io/f/Ei9wDu6k",
]
KH = [
    "https://moonlit-archive.net/gallery/set-041/",
    "https://moonlit-archive.net/gallery/set-042/",
    "https://pinecrest-files.kr/board/view.php?id=3381",
    "http://203.0.113.45/~hwangdo/share/index.html",
]
EV = [
    "https://velvetcam-live.top/room/778",
    "https://velvetcam-live.top/room/779",
    "https://cdn.hotmirror.xyz/v/5521.mp4",
]
DW = [
    "http://ganja-direct24.shop/",
    "https://korea-pill-market.store/order",
]
# Korean paths stored percent-encoded; emails write them raw.
HN = [
    "https://www.haneulbbs.co.kr/board/free/210457",
    "https://www.haneulbbs.co.kr/board/free/210533",
    "https://www.haneulbbs.co.kr/board/%EC%9E%A5%ED%84%B0/88120",
    "https://www.haneulbbs.co.kr/board/%EC%9E%A5%ED%84%B0/88164",
    "https://www.haneulbbs.co.kr/user/%EB%B0%94%EB%9E%8C%EA%B0%9C%EB%B9%84",
]
HN_RAW = [
    "https://www.haneulbbs.co.kr/board/free/210457",
    "https://www.haneulbbs.co.kr/board/free/210533",
    "https://www.haneulbbs.co.kr/board/장터/88120",
    "https://www.haneulbbs.co.kr/board/장터/88164",
    "https://www.haneulbbs.co.kr/user/바람개비",
]
PX = [
    "https://pixchan.org/kr/res/40211.html",
    "https://pixchan.org/kr/res/40388.html",
    "https://i.pixchan.org/kr/src/1725861203511.jpg",
]
PL = ["https://pastelink.net/raw/u8Xq2Lm"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "dropvault", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", DV,
     "obscene", 'file-host batch, "shared folder" report, part 1'),
    ("KCSC-240905-02", "kumohost", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", KH,
     "obscene", "two customer sites and one user directory on a shared IP"),
    ("KCSC-240906-03", "edgeveil", "2024-09-06T09:15:00+09:00", "2024-09-13T18:00:00+09:00", EV,
     "obscene", "sites behind the CDN, origin host unknown"),
    ("KCSC-240909-04", "dotwell", "2024-09-09T11:00:00+09:00", "2024-09-16T18:00:00+09:00", DW,
     "drugs", "registrar: domains selling narcotics, medicines"),
    ("KCSC-240910-05", "haneulbbs", "2024-09-10T10:20:00+09:00", "2024-09-17T18:00:00+09:00", HN,
     "gambling", "시정요구, 게시판·장터·회원 페이지"),
    ("KCSC-240911-06", "pixchan", "2024-09-11T16:00:00+09:00", "2024-09-18T18:00:00+09:00", PX,
     "obscene", "image board threads and one image file"),
    ("KCSC-240912-07", "pastelink", "2024-09-12T09:40:00+09:00", "2024-09-19T18:00:00+09:00", PL,
     "illegal_info", "paste with personal data"),
]


def req_mid(ref):
    return "kcsc-" + ref[5:].lower() + ".req"


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear abuse team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or",
        f"disable access to the following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.",
              "", "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def mixed(boundary, text, attachments, text_cte="8bit"):
    parts = [f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
             "This is a multi-part message in MIME format.", "",
             f"--{boundary}",
             "Content-Type: text/plain; charset=utf-8",
             f"Content-Transfer-Encoding: {text_cte}", "",
             text.strip("\n"), ""]
    for a in attachments:
        parts += [f"--{boundary}", a.strip("\n"), ""]
    parts.append(f"--{boundary}--")
    return "\n".join(parts) + "\n"


def fake_scanned_pdf():
    """A PDF holding one scanned page image and no text layer."""
    img = zlib.compress(bytes((i * 73 + 11) % 251 for i in range(1200)))
    body = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Type /XObject /Subtype /Image /Width 40 /Height 30 "
            b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length "
            + str(len(img)).encode() + b" >>\nstream\n" + img + b"\nendstream\nendobj\n"
            b"5 0 obj\n<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return body


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ DropVault (file host)
case(
    name="dv-abuse-desk-text-table",
    **{"from": "abuse@dropvault.io"},
    date="Thu, 5 Sep 2024 16:42:10 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello KCSC team,

Thanks for the report (your ref KCSC-240903-01). Our abuse desk went through
every link. Result per file:

 #  Link                                                   Result
--  -----------------------------------------------------  ------------------------------------------
 1  {DV[0]:<53}  deleted, uploader account terminated
 2  {DV[1]:<53}  deleted
 3  {DV[2]:<53}  deleted
 4  {DV[3]:<53}  deleted
 5  {DV[4]:<53}  deleted
 6  {DV[5]:<53}  deleted
 7  {DV[6]:<53}  deleted
 8  {DV[7]:<53}  deleted
 9  {DV[8]:<53}  deleted
10  {DV[9]:<53}  no such file on our storage (mistyped id?)
11  {DV[10]:<53}  folder disabled, the 37 files inside blocked
12  {DV[11]:<53}  deleted
13  {DV[12]:<53}  already removed by the uploader before your report
14  {DV[13]:<53}  kept online: a font installer, nothing in it
                                                            matches your description

If you find mirrors of the same files, send them over and we'll look again.

Mira S.
DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk reply with a fixed-width per-link result table",
    why="each of the 14 links has its own unhedged result: 11 deleted/disabled, 2 not found (no such file; removed by the uploader earlier), 1 kept online with a reason",
    items={**{u: "removed" for u in DV[:9]}, DV[9]: "not_found", DV[10]: "removed",
           DV[11]: "removed", DV[12]: "not_found", DV[13]: "rejected"},
)

CSV_DV = (
    "file_url,reported_at,action,action_time_utc\r\n"
    f"{DV[0]},2024-09-03,removed,2024-09-04 02:11\r\n"
    f"{DV[1]},2024-09-03,removed,2024-09-04 02:11\r\n"
    f"{DV[2]},2024-09-03,removed,2024-09-04 02:12\r\n"
    f"{DV[9]},2024-09-03,not found,\r\n"
    f"{DV[13]},2024-09-03,no action - no violation found,2024-09-04 02:20\r\n"
)
case(
    name="dv-csv-attachment",
    **{"from": "abuse@dropvault.io"},
    date="Wed, 4 Sep 2024 11:25:00 +0900",
    subject="Results for your report KCSC-240903-01",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=mixed("dv-7731-b", """
Hi,

Results for the first five links of the batch you sent on 3 September are in
the attached spreadsheet (one row per link). The other links are still with
the team.

Ping us if anything marked removed is still reachable.

DropVault abuse
""", [f"""
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_DV.encode())}"""]),
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk sending a CSV export of per-link actions",
    why="the CSV attachment gives one row per link: three removed, one not found, one left up as no violation",
    items={DV[0]: "removed", DV[1]: "removed", DV[2]: "removed", DV[9]: "not_found", DV[13]: "rejected"},
)

case(
    name="dv-admin-nuked",
    **{"from": "jonas@dropvault.io"},
    name_from="Jonas",
    date="Wed, 4 Sep 2024 02:17:44 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
{DV[2]}  nuked
{DV[3]}  nuked, uploader banned

--
Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="a small host's admin answering in one word per link",
    why="'nuked' beside each link is the admin's own deletion of it",
    items={DV[2]: "removed", DV[3]: "removed"},
)

case(
    name="dv-top-posted-over-quote",
    **{"from": "pavel.k@dropvault.io"},
    name_from="Pavel Kovac",
    date="Thu, 5 Sep 2024 09:03:51 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Done - these two are deleted on our side:
{DV[4]}
{DV[5]}

The rest of your list is still with the team, I'll write again when they're through.

Pavel

On Tue, 3 Sep 2024 at 10:04, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-01", DV)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two links are stated deleted above the quote; the quoted list of 14 changes nothing",
    items={DV[4]: "removed", DV[5]: "removed"},
)

case(
    name="dv-html-result-table",
    **{"from": "noreply@dropvault.io"},
    date="Fri, 6 Sep 2024 10:12:00 +0900",
    subject="Takedown result - case DV-2024-77120 (KCSC-240903-01)",
    reply_to_req=req_mid("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of case <b>DV-2024-77120</b> (your reference KCSC-240903-01).
The table shows the action taken on each link we reviewed today.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>File link</th><th>Status</th><th>Note</th></tr>
<tr><td><a href="{DV[6]}">{DV[6]}</a></td><td>Removed</td><td>Terms of Service &sect;4.2</td></tr>
<tr><td><a href="{DV[7]}">{DV[7]}</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="{DV[8]}">{DV[8]}</a></td><td>Removed</td><td>uploader suspended</td></tr>
<tr><td><a href="{DV[12]}">{DV[12]}</a></td><td>Not found</td><td>no file with this id</td></tr>
</table>
<p>You can read our content rules at <a href="https://dropvault.io/legal/terms">dropvault.io/legal/terms</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system result notice with an HTML table of links and statuses",
    why="the table names four links: three removed, one not found; the terms link is no item",
    items={DV[6]: "removed", DV[7]: "removed", DV[8]: "removed", DV[12]: "not_found"},
)

case(
    name="dv-base64-folder-disabled",
    **{"from": "abuse@dropvault.io"},
    date="Wed, 4 Sep 2024 18:30:05 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hello,

Following your request KCSC-240903-01 we have disabled public access to the
shared folder {DV[10]} and to every file inside it;
the owner can no longer share it.

The single file {DV[0]} has been deleted as well.

Regards,
Lena
DropVault Trust & Safety
""".encode()),
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply sent with a base64-encoded body",
    why="the folder is disabled for the public and the file deleted: both removed",
    items={DV[10]: "removed", DV[0]: "removed"},
)

case(
    name="dv-url-below-statement",
    **{"from": "abuse@dropvault.io"},
    date="Thu, 5 Sep 2024 13:48:30 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

The following file was removed for breaching our Acceptable Use Policy
(https://dropvault.io/legal/aup):
{DV[1]}

We could not find the following file on our storage; the link is invalid:
{DV[9]}

Kind regards,
DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with each statement followed by its link on the next line",
    why="one link removed, one link invalid/not found; the AUP link is a policy page",
    items={DV[1]: "removed", DV[9]: "not_found"},
)

case(
    name="dv-outlook-angle-brackets",
    **{"from": "hana.berg@dropvault.io"},
    name_from="Hana Berg",
    date="Fri, 6 Sep 2024 17:05:12 +0900",
    subject="RE: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

All three are taken down:
<{DV[8]}>
<{DV[7]}>
<{DV[13]}>

Best,
Hana Berg
DropVault Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:04 AM
To: abuse@dropvault.io
Subject: [KCSC-240903-01] Removal request - 14 files

{quoted_request("KCSC-240903-01", DV, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with links in angle brackets above an unquoted -----Original Message-----",
    why="'all three' are listed one by one, so each is named; the original request below the separator changes nothing",
    items={DV[8]: "removed", DV[7]: "removed", DV[13]: "removed"},
)

case(
    name="dv-wrapped-url",
    **{"from": "support@dropvault.io"},
    date="Sat, 7 Sep 2024 08:55:40 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hi KCSC,

The archive you flagged, <https://dl.dropvault.io/d/Jf0sLa8v/
archive_part1.zip>, has been deleted together with the other parts of
the same upload.

DropVault Support
""",
    outcome="applied", classification="confirmation",
    imitates="support reply with a long link wrapped inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped link is the requested archive, stated deleted",
    items={DV[11]: "removed"},
)

case(
    name="dv-echoed-report-resolved",
    **{"from": "helpdesk@dropvault.io"},
    date="Thu, 5 Sep 2024 17:40:09 +0900",
    subject="[DV-R-559102] Your report has been resolved",
    body=f"""
Your report has been resolved.

---- Report details ----
Report ID:     DV-R-559102
Reported URL:  {DV[12]}
Reason given:  Illegal content (regulator request KCSC-240903-01)
Submitted:     2024-09-03 01:05 UTC

---- Resolution ----
Outcome:       Content removed
Resolved:      2024-09-05 08:40 UTC

This message was generated by the DropVault help desk. Replies to this
address are added to the same ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk resolution notice echoing the submitted report fields",
    why="the ticket names one reported URL and its outcome 'Content removed'",
    items={DV[12]: "removed"},
)

case(
    name="dv-rejected-and-removed",
    **{"from": "abuse@dropvault.io"},
    date="Mon, 9 Sep 2024 15:20:00 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

About {DV[9]} from your list: our reviewer opened it and it is
a blank tax-form template. It doesn't break our terms or, as far as we can
tell, Korean law, so we are leaving it up.

{DV[6]} was removed.

Regards,
DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk refusing one link with its reason and confirming another",
    why="one link is left up because it breaks no rule (rejected), the other removed",
    items={DV[9]: "rejected", DV[6]: "removed"},
)

case(
    name="dv-inline-answers",
    **{"from": "pavel.k@dropvault.io"},
    name_from="Pavel Kovac",
    date="Mon, 9 Sep 2024 10:31:27 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi, answers inline for the ones I handled.

On Tue, 3 Sep 2024 at 10:04, KCSC Takedown <takedown@kcsc.example> wrote:
> 5. {DV[4]}

Deleted.

> 6. {DV[5]}

Deleted.

> 7. {DV[6]}

This one was already gone when we looked - the uploader had deleted it
himself before your mail arrived.

Pavel
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply answering inline below each quoted link",
    why="the sender's own unquoted answers under each quoted link: two deleted, one already deleted by its uploader (arguable: the link itself is only in a quoted line)",
    items={DV[4]: "removed", DV[5]: "removed", DV[6]: "not_found"},
)

case(
    name="dv-scheduled-for-deletion",
    **{"from": "abuse@dropvault.io"},
    date="Wed, 4 Sep 2024 09:12:33 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have your list. The files below are scheduled for deletion and will be
gone within 24 hours, once the second reviewer has signed off:

- {DV[3]}
- {DV[4]}

We will confirm when it's done.

DropVault Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising a deletion after a second review",
    why="a promise ('scheduled', 'will be gone') is no statement: both links stay pending",
    items={DV[3]: "pending", DV[4]: "pending"},
)

case(
    name="dv-all-files-removed",
    **{"from": "abuse@dropvault.io"},
    date="Tue, 10 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240903-01] Removal request - 14 files",
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

All files from your report KCSC-240903-01 have been taken down and the
accounts that uploaded them are closed.

Thank you for your cooperation.
DropVault Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="short abuse desk closure note covering a whole report",
    why="one statement about all 14 files without naming them: bulk, items pending",
)

case(
    name="dv-scanned-pdf-letter",
    **{"from": "legal@dropvault.io"},
    date="Fri, 13 Sep 2024 14:02:00 +0900",
    subject="KCSC-240903-01 - our response",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=mixed("dv-legal-88", """
Dear Sir or Madam,

Please find our formal response to your request KCSC-240903-01 in the
attached letter.

Yours faithfully,
DropVault Legal
""", [f"""
Content-Type: application/pdf; name="DropVault_response_KCSC-240903-01.pdf"
Content-Disposition: attachment; filename="DropVault_response_KCSC-240903-01.pdf"
Content-Transfer-Encoding: base64

{b64(fake_scanned_pdf())}"""]),
    outcome="review", review="unreadable_attachment",
    imitates="legal department sending its answer only as a scanned PDF letter",
    why="the answer is only in a scanned PDF with no text layer; nothing readable",
)

case(
    name="dv-ticket-receipt",
    **{"from": "helpdesk@dropvault.io"},
    date="Tue, 3 Sep 2024 10:06:02 +0900",
    subject="[DV-R-559102] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=req_mid("KCSC-240903-01"),
    body="""
Hello,

We've received your request and created ticket DV-R-559102.

Our Trust & Safety team usually answers within two business days. You can
add information by replying to this email; please keep the ticket number in
the subject.

DropVault Help Desk
https://dropvault.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket creation receipt",
    why="a pure receipt with a ticket number; no statement about any file",
)

# ================================================================ Kumo Hosting (shared hosting)
case(
    name="kh-account-suspended",
    **{"from": "abuse@kumohost.net"},
    date="Mon, 9 Sep 2024 10:14:55 +0900",
    subject="[KH-23118] Abuse case - your ref KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hello,

Abuse case KH-23118 (your ref KCSC-240905-02).

moonlit-archive.net is a shared-hosting customer of ours. We have suspended
the hosting account, so both
  {KH[0]}
  {KH[1]}
now show our suspension page instead of the content. The customer's files
are kept for 14 days in case of a court order and then deleted.

Kumo Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk suspending a customer account",
    why="both galleries are no longer served (account suspended, suspension page shown): removed",
    items={KH[0]: "removed", KH[1]: "removed"},
)

case(
    name="kh-korean-quoted-printable",
    **{"from": "abuse@kumohost.net"},
    date="Tue, 10 Sep 2024 15:33:08 +0900",
    subject=Header("[쿠모호스팅] 처리 결과 안내 (KCSC-240905-02)", "utf-8").encode(),
    reply_to_req=req_mid("KCSC-240905-02"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""안녕하세요, 쿠모호스팅 어뷰즈 담당자입니다.

요청번호 KCSC-240905-02 관련 처리 결과를 알려드립니다.

- {KH[3]} : 해당 사용자 디렉터리 삭제 및 계정 해지 완료
- {KH[2]} : 고객사 게시판의 해당 게시물 삭제 조치 완료

추가로 확인이 필요하시면 회신 부탁드립니다.
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean hosting company's abuse desk result notice, quoted-printable body",
    why="both links have 삭제 완료 statements: removed",
    items={KH[3]: "removed", KH[2]: "removed"},
)

CSV_KH = (
    '"URL","Decision","Comment"\r\n'
    f'"{KH[0]}","removed","files deleted by our admin, 2024-09-09"\r\n'
    f'"{KH[1]}","removed","same account"\r\n'
    f'"{KH[2]}","no action","news article; no breach of our AUP, ""as reviewed"""\r\n'
    f'"{KH[3]}","not found","path does not exist on this server"\r\n'
)
case(
    name="kh-csv-export",
    **{"from": "abuse@kumohost.net"},
    date="Wed, 11 Sep 2024 09:50:00 +0900",
    subject="[KH-23118] Abuse case - your ref KCSC-240905-02 (closed)",
    reply_to_req=req_mid("KCSC-240905-02"),
    raw_mime=mixed("kh-exp-2209", """
Hello,

We are closing case KH-23118. Our decisions for the four URLs are in the
attached export from our ticket system.

Kumo Hosting abuse desk
""", [f"""
Content-Type: text/csv; charset=utf-8; name="KH-23118.csv"
Content-Disposition: attachment; filename="KH-23118.csv"
Content-Transfer-Encoding: 7bit

{CSV_KH}"""]),
    outcome="applied", classification="confirmation",
    imitates="hosting ticket-system CSV export with quoted fields",
    why="one CSV row per URL: two removed, one no action (no breach: rejected), one not found",
    items={KH[0]: "removed", KH[1]: "removed", KH[2]: "rejected", KH[3]: "not_found"},
)

case(
    name="kh-conditional-suspension",
    **{"from": "abuse@kumohost.net"},
    date="Fri, 6 Sep 2024 11:07:19 +0900",
    subject="[KH-23118] Abuse case - your ref KCSC-240905-02",
    reply_to_req=req_mid("KCSC-240905-02"),
    body=f"""
Hi,

We have forwarded your complaint about
{KH[2]}
to our customer and given them 48 hours. If the post is still online after
that, we will suspend the site ourselves.

Kumo Hosting abuse desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding the complaint to its customer with a deadline",
    why="a forward and a conditional promise; nothing has happened to the post yet",
    items={KH[2]: "pending"},
)

case(
    name="kh-out-of-office",
    **{"from": "hyejin.park@kumohost.net"},
    name_from="Hyejin Park",
    date="Thu, 5 Sep 2024 14:31:02 +0900",
    subject="Automatic reply: [KCSC-240905-02] Removal request - 4 URLs",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=req_mid("KCSC-240905-02"),
    body="""
I am out of the office until 23 September with limited access to email.

For abuse matters please write to abuse@kumohost.net, which is staffed
around the clock.

Hyejin Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an abuse desk employee",
    why="an out-of-office auto-reply",
)

case(
    name="kh-site-owner-writes",
    **{"from": "owner@moonlit-archive.net"},
    name_from="moonlit archive",
    date="Tue, 10 Sep 2024 22:18:40 +0900",
    subject="About KCSC-240905-02 / my site moonlit-archive.net",
    body=f"""
Hello,

I run moonlit-archive.net. My host Kumo suspended my account because of
your request KCSC-240905-02. I have deleted both galleries myself:

{KH[0]}
{KH[1]}

Could you please tell Kumo Hosting that the problem is solved so they lift
the suspension?

Thank you
""",
    outcome="review", review="unknown_sender",
    imitates="a hosting customer (site operator) writing to the regulator directly",
    why="the site owner is no platform of ours: its statements go to review",
    items={KH[0]: "pending", KH[1]: "pending"},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="ev-pass-through-forwarded",
    **{"from": "abuse@edgeveil.com"},
    date="Mon, 9 Sep 2024 04:22:10 +0900",
    subject="EdgeVeil abuse report 2a7f91c0 - KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

EdgeVeil provides a reverse proxy and content delivery network for the
website(s) you reported. We are not the hosting provider for:

  {EV[0]}
  {EV[1]}

and we are not able to remove content we do not host. We have forwarded
your report to the hosting provider (Example Net, AS64500) and to the
website operator, and the hosting provider received the origin IP address.
You can reach the host directly at abuse@example-net.example.

Further details on our approach: https://edgeveil.com/trust/abuse

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN reply saying it only proxies the site and has forwarded the report to the host",
    why="names both rooms but states no status of them (not removed, not refused for breaking no rule)",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="ev-stream-disabled",
    **{"from": "abuse@edgeveil.com"},
    date="Wed, 11 Sep 2024 13:45:00 +0900",
    subject="EdgeVeil abuse report 2a7f9e55 - KCSC-240906-03",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

The file {EV[2]} is stored on EdgeVeil Stream,
so in this case we are the hosting provider. We have disabled access to
it and notified the account owner.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN acting on content it stores itself (hosted content)",
    why="access to the hosted file is disabled: removed",
    items={EV[2]: "removed"},
)

case(
    name="ev-geo-block-kr",
    **{"from": "abuse@edgeveil.com"},
    date="Thu, 12 Sep 2024 10:02:31 +0900",
    subject="EdgeVeil abuse report 2a7f91c0 - KCSC-240906-03 - action taken",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

Following the order of the Korea Communications Standards Commission,
access to the following URLs is now blocked for visitors connecting from
the Republic of Korea (they receive HTTP 451):

 - {EV[0]}
 - {EV[1]}

Visitors from other countries are not affected.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking URLs for one country (HTTP 451)",
    why="both rooms are blocked only for Korea: restricted",
    items={EV[0]: "restricted", EV[1]: "restricted"},
)

case(
    name="ev-auto-ack",
    **{"from": "no-reply@edgeveil.com"},
    date="Fri, 6 Sep 2024 09:16:40 +0900",
    subject="EdgeVeil abuse report received - 2a7f91c0",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for your report.

Report ID: 2a7f91c0
Category: Child safety / adult content
URLs reported:
{EV[0]}
{EV[1]}
{EV[2]}

Our Trust & Safety team will process the report. Where EdgeVeil is not the
hosting provider, the report will be forwarded to the host and the website
operator. You will receive a follow-up email.

This message was sent automatically. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN web-form abuse report receipt echoing the reported URLs",
    why="automatic receipt; the echoed URLs carry no statement",
)

case(
    name="ev-about-registrar-domain",
    **{"from": "abuse@edgeveil.com"},
    date="Fri, 13 Sep 2024 16:20:00 +0900",
    subject="Re: [KCSC-240906-03] Removal request - 3 URLs",
    reply_to_req=req_mid("KCSC-240906-03"),
    body=f"""
Hello,

Your letter also mentioned {DW[0]} - that site was using our
network as well. We have terminated our services for the domain and the
site is offline.

The velvetcam-live.top case is still open on our side.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN volunteering action on a site requested from its registrar",
    why="the only status is about a domain of the registrar's request, not EdgeVeil's",
    items={DW[0]: "pending"},
)

# ================================================================ Dotwell (registrar)
case(
    name="dw-clienthold-and-refusal",
    **{"from": "compliance@dotwell-registrar.com"},
    date="Wed, 11 Sep 2024 17:10:45 +0900",
    subject="Re: DNS abuse complaint - your reference KCSC-240909-04",
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""
Dear Sir/Madam,

Re: DNS abuse complaint, your reference KCSC-240909-04

ganja-direct24.shop - the domain has been placed on clientHold and no
longer resolves. The registrant has been notified.

korea-pill-market.store (https://korea-pill-market.store/order) - we
reviewed the site and the registration. We found no DNS abuse (phishing,
malware, botnets, pharming or spam), which is what a registrar acts on;
complaints about website content belong with the hosting provider. We will
take no action on this domain.

Dotwell Registrar Compliance
https://dotwell-registrar.com/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance answer: one domain on clientHold, one refused as not DNS abuse",
    why="the first domain no longer resolves (removed); the second is refused with its reason (rejected). Arguable: the first is named as a bare domain",
    items={DW[0]: "removed", DW[1]: "rejected"},
)

case(
    name="dw-asks-evidence",
    **{"from": "compliance@dotwell-registrar.com"},
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject="Re: DNS abuse complaint - your reference KCSC-240909-04 [DW#40817]",
    reply_to_req=req_mid("KCSC-240909-04"),
    body="""
Dear Sir/Madam,

Before we can proceed with your complaint about korea-pill-market.store we
need the following:

1. screenshots of the offending pages with date and time,
2. the provision of Korean law the content breaches,
3. confirmation that the hosting provider has been contacted first.

Please reply to this email keeping DW#40817 in the subject.

Dotwell Registrar Compliance
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for evidence before acting on a complaint",
    why="a request for more information; no decision",
    items={DW[1]: "pending"},
)

case(
    name="dw-read-receipt",
    **{"from": "compliance@dotwell-registrar.com"},
    date="Mon, 9 Sep 2024 11:42:00 +0900",
    subject="Read: [KCSC-240909-04] Removal request - 2 domains",
    reply_to_req=req_mid("KCSC-240909-04"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dw-01"

--mdn-dw-01
Content-Type: text/plain; charset=utf-8

Your message

  To: compliance@dotwell-registrar.com
  Subject: [KCSC-240909-04] Removal request - 2 domains
  Sent: Monday, 9 September 2024 11:00

was read on Monday, 9 September 2024 11:41.

--mdn-dw-01
Content-Type: message/disposition-notification

Reporting-UA: mail.dotwell-registrar.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;compliance@dotwell-registrar.com
Original-Message-ID: <{req_mid("KCSC-240909-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dw-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt",
)

# ================================================================ 하늘게시판 (Korean forum)
case(
    name="hn-notice-all-five",
    **{"from": "policy@haneulbbs.co.kr"},
    date="Wed, 11 Sep 2024 16:05:00 +0900",
    subject="[하늘게시판] 시정요구(KCSC-240910-05) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하세요. 하늘게시판 운영팀입니다.

방송통신심의위원회 시정요구(KCSC-240910-05)에 대한 조치 결과를 아래와 같이
회신드립니다.

1. {HN_RAW[0]}
   → 게시중단 (2024.09.11)
2. {HN_RAW[1]}
   → 임시조치 30일 (2024.09.11)
3. {HN_RAW[2]}
   → 운영자 삭제
4. {HN_RAW[3]}
   → 작성자가 이미 삭제한 게시물로 확인됨
5. {HN_RAW[4]}
   → 회원 영구 이용정지, 작성 게시물 전체 비공개 처리

기타 문의 사항은 본 메일로 회신 주시기 바랍니다.

하늘게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community site's 시정요구 조치 결과 reply, numbered list with arrows",
    why="each of the five links has its own result: 게시중단, 임시조치, 운영자 삭제, already deleted by its author, member banned and posts made private",
    items={HN[0]: "removed", HN[1]: "restricted", HN[2]: "removed", HN[3]: "not_found", HN[4]: "removed"},
)

case(
    name="hn-admin-one-line",
    **{"from": "admin@haneulbbs.co.kr"},
    name_from=Header("하늘게시판 운영자", "utf-8").encode(),
    date="Tue, 10 Sep 2024 23:47:12 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
운영자입니다. {HN_RAW[0]} 글 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin answering in one line",
    why="the admin deleted the named post",
    items={HN[0]: "removed"},
)

case(
    name="hn-korean-particles",
    **{"from": "admin@haneulbbs.co.kr"},
    name_from=Header("하늘게시판 운영자", "utf-8").encode(),
    date="Thu, 12 Sep 2024 08:20:30 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하세요.

장터 게시판 {HN_RAW[2]}은 블라인드 처리했고,
{HN_RAW[3]}는 작성자가 먼저 지운 글이라 남아 있는 게 없습니다.

나머지는 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's prose reply with URLs followed directly by Korean particles",
    why="88120 블라인드 (removed); 88164 already deleted by its author (not_found); '확인 중' about the rest names nothing",
    items={HN[2]: "removed", HN[3]: "not_found"},
)

case(
    name="hn-html-table-result",
    **{"from": "policy@haneulbbs.co.kr"},
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject="[하늘게시판] 시정요구 조치결과 통보 (KCSC-240910-05)",
    reply_to_req=req_mid("KCSC-240910-05"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구(KCSC-240910-05)에 따른 조치결과를 다음과 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>번호</th><th>URL</th><th>조치내용</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{HN[1]}">{HN_RAW[1]}</a></td><td>임시조치(30일)</td><td>2024-09-11</td></tr>
<tr><td>2</td><td><a href="{HN[3]}">{HN_RAW[3]}</a></td><td>해당 게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>3</td><td><a href="{HN[4]}">{HN_RAW[4]}</a></td><td>이용정지 및 게시물 비공개</td><td>2024-09-12</td></tr>
</tbody></table>
<p>하늘게시판 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 with an HTML table",
    why="three rows: 임시조치 (restricted), no such post, deleted by its author (not_found), member suspended and posts private (removed)",
    items={HN[1]: "restricted", HN[3]: "not_found", HN[4]: "removed"},
)

case(
    name="hn-fullwidth-punctuation",
    **{"from": "policy@haneulbbs.co.kr"},
    date="Thu, 12 Sep 2024 14:14:14 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하십니까, 하늘게시판 정책팀입니다.

대상：{HN_RAW[0]}，조치：게시중단。
대상：{HN_RAW[2]}，조치：게시중단。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice typed with full-width colons and commas",
    why="two posts with 조치 게시중단: removed",
    items={HN[0]: "removed", HN[2]: "removed"},
)

case(
    name="hn-hedged-appears-deleted",
    **{"from": "admin@haneulbbs.co.kr"},
    name_from=Header("하늘게시판 운영자", "utf-8").encode(),
    date="Wed, 11 Sep 2024 09:05:00 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-05"),
    body=f"""
안녕하세요.

확인해 보니 {HN_RAW[1]} 글은 이미 삭제된 것으로 보입니다.
정확한 처리 내역은 담당자 확인 후 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="forum admin's hedged first answer",
    why="'삭제된 것으로 보입니다' is a hedge and the exact result is promised later: pending",
    items={HN[1]: "pending"},
)

case(
    name="hn-all-deleted-bulk",
    **{"from": "policy@haneulbbs.co.kr"},
    date="Fri, 13 Sep 2024 17:30:00 +0900",
    subject="[하늘게시판] 시정요구(KCSC-240910-05) 처리 완료",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""
안녕하세요. 하늘게시판 운영팀입니다.

시정요구 KCSC-240910-05 건의 대상 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean site's one-sentence completion notice for a whole 시정요구",
    why="'모두 삭제' about five items without naming them: bulk",
)

case(
    name="hn-report-receipt",
    **{"from": "noreply@haneulbbs.co.kr"},
    date="Tue, 10 Sep 2024 10:21:30 +0900",
    subject="[하늘게시판] 신고 접수 완료 안내",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""
고객님의 신고가 정상적으로 접수되었습니다.

접수번호: HN-2409-00417
접수일시: 2024-09-10 10:21

처리 결과는 영업일 기준 3일 이내에 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean site's report receipt (신고 접수 완료)",
    why="a pure receipt with a receipt number",
)

case(
    name="hn-chuseok-autoreply",
    **{"from": "admin@haneulbbs.co.kr"},
    name_from=Header("하늘게시판 운영자", "utf-8").encode(),
    date="Mon, 16 Sep 2024 08:00:03 +0900",
    subject="[자동응답] Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240910-05"),
    body="""
안녕하세요.
9월 14일부터 18일까지 추석 연휴로 부재중입니다.
연휴 이후 순차적으로 답변드리겠습니다.

긴급한 게시물 신고는 게시판 하단 '신고하기' 버튼을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail holiday auto-reply (추석 부재중)",
    why="an out-of-office auto-reply",
)

# ================================================================ pixchan (image board)
case(
    name="px-mod-team-prose",
    **{"from": "mods@pixchan.org"},
    name_from="pixchan mod team",
    date="Thu, 12 Sep 2024 03:11:09 +0900",
    subject="Re: [KCSC-240911-06] Removal request - 3 URLs",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
hey,

thread {PX[0]} is deleted and the poster is banned.
40388 ({PX[1]}) had already fallen off the board before we got
to it, so it doesn't exist any more.
the image {PX[2]} is purged from storage too, and
its hash is on the blocklist.

- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderators' informal lower-case reply",
    why="one thread deleted, one thread already pruned (no longer exists), the image purged",
    items={PX[0]: "removed", PX[1]: "not_found", PX[2]: "removed"},
)

case(
    name="px-status-line-below-url",
    **{"from": "mods@pixchan.org"},
    name_from="pixchan mod team",
    date="Wed, 11 Sep 2024 21:40:00 +0900",
    subject="Re: [KCSC-240911-06] Removal request - 3 URLs",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
{PX[1]}
deleted (thread + all replies)

{PX[0]}
deleted, IP range banned 30d

image will follow when the janitor is online
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with each URL and its status on the next line",
    why="both threads deleted; the image is only promised and not named by URL",
    items={PX[1]: "removed", PX[0]: "removed", PX[2]: "pending"},
)

case(
    name="px-forged-domain",
    **{"from": "abuse@pixchan.org"},
    auth="fail",
    date="Thu, 12 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240911-06] Removal request - 3 URLs",
    reply_to_req=req_mid("KCSC-240911-06"),
    body=f"""
Hello,

All done:
{PX[0]} - removed
{PX[1]} - removed
{PX[2]} - removed

pixchan abuse
""",
    outcome="review", review="untrusted",
    imitates="item statements in mail whose pixchan.org sender fails DMARC",
    why="the sender domain fails authentication: nothing applied",
    items={PX[0]: "pending", PX[1]: "pending", PX[2]: "pending"},
)

case(
    name="px-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.pixchan.org"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 16:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-px-0911"

--dsn-px-0911
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.pixchan.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reports@pixchan.org>: unknown user: "reports"

--dsn-px-0911
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.pixchan.org
Arrival-Date: Wed, 11 Sep 2024 07:00:39 +0000 (UTC)

Final-Recipient: rfc822; reports@pixchan.org
Original-Recipient: rfc822;reports@pixchan.org
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; unknown user: "reports"

--dsn-px-0911
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: reports@pixchan.org
Subject: [KCSC-240911-06] Removal request - 3 URLs
Date: Wed, 11 Sep 2024 16:00:00 +0900
Message-ID: <{req_mid("KCSC-240911-06")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240911-06", PX, prefix="")}

--dsn-px-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are only in our returned request",
)

# ================================================================ Pastelink (paste site)
case(
    name="pl-sole-item-removed",
    **{"from": "support@pastelink.net"},
    date="Thu, 12 Sep 2024 13:26:00 +0900",
    subject="Re: [KCSC-240912-07] Removal request - 1 URL",
    reply_to_req=req_mid("KCSC-240912-07"),
    body="""
Hi,

The paste you reported has been removed and the account that created it
is suspended.

Pastelink support
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's one-sentence reply to a one-link request",
    why="the request has one item; 'the paste you reported has been removed' is about it",
    items={PL[0]: "removed"},
)

case(
    name="pl-new-abuse-address",
    **{"from": "abuse@pastelink.net"},
    date="Fri, 13 Sep 2024 10:10:00 +0900",
    subject="Our abuse contact has changed",
    body="""
Hello,

You recently wrote to our old support@ address. Please send removal
requests to abuse@pastelink.net from now on, or use the web form at
https://pastelink.net/report - it reaches the right people faster.

Thanks,
Pastelink
""",
    outcome="review", review="no_claims",
    imitates="small service telling a reporter to use its new abuse address",
    why="trusted platform mail naming no item and no request",
)


# ---------------------------------------------------------------- writers
def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


HEADER = """# Blind set 589: hosts, a CDN, a registrar, a Korean forum, an image board,
# a file host and a paste site. Written by tests/corpus/blind589/make.py from
# each email's meaning, before any run of the reader. See NOTES.md."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind589", HEADER, CASES)
    print(len(CASES), "cases")
