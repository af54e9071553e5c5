#!/usr/bin/env python3
"""Blind set 805: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service, answering
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

Deterministic: `python3 tests/corpus/blind805/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning, before the reader was run on any of them.
"""
import base64
import csv
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind805"


def hdr(s):
    """RFC 2047 encoded word, as Korean mail clients send subjects and names."""
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
KO_FREE = quote("자유")  # %EC%9E%90%EC%9C%A0

FP = [
    "https://fileport.example/f/Qm7rT2xa",
    "https://fileport.example/f/Hk29LpWe",
    "https://fileport.example/f/Zx81NcVb",
    "https://fileport.example/f/Rt55AaQo",
    "https://fileport.example/f/Ls03KdMf",
    "https://fileport.example/f/Pw77EeJr",
    "https://fileport.example/f/Yb62GhUt",
    "https://fileport.example/f/Cn40SsDi",
    "https://fileport.example/f/Vu18OoKl",
    "https://fileport.example/f/Dm93XxZq",
    "https://fileport.example/folder/7731-kimbox",
    "https://fileport.example/folder/7734-leebox",
    "https://dl.fileport.example/f/Tg26WwNy/archive.zip",
    "https://dl.fileport.example/f/Jf85BbHc/clip_04.mp4",
]
(QM, HK, ZX, RT, LS, PW, YB, CN, VU, DM, FOLD1, FOLD2, TG, JF) = FP

MD1 = f"https://gall.modak.example/board/{KO_FREE}/view/88121"
MD2 = f"https://gall.modak.example/board/{KO_FREE}/view/88160"
MD1_RAW = "https://gall.modak.example/board/자유/view/88121"
MD2_RAW = "https://gall.modak.example/board/자유/view/88160"
MD3 = "https://gall.modak.example/board/view/?id=stock&no=40512"
MD4 = "https://gall.modak.example/board/view/?id=stock&no=40533"
MD5 = "https://gall.modak.example/m/stock/40540"
MD = [MD1, MD2, MD3, MD4, MD5]

PX1 = "https://pixboard.example/b/res/552013.html"
PX2 = "https://pixboard.example/b/res/552087.html"
PX3 = "https://pixboard.example/k/res/20931.html"
PX4 = "https://img.pixboard.example/src/1725301122845.jpg"
PX = [PX1, PX2, PX3, PX4]

GH1 = "http://dalbit-casino77.example/"
GH2 = "http://dalbit-casino77.example/event/join.php"
GH3 = "https://hanul-pharm.example/shop/item/31"
GH = [GH1, GH2, GH3]

RB1 = "http://totobet-kr24.example/"
RB2 = "http://live-kr-toto.example/"
RB = [RB1, RB2]

ES1 = "https://mirror-webtoon.example/ep/5521"
ES2 = "https://mirror-webtoon.example/ep/5522"
ES = [ES1, ES2]

PH1 = "https://pastehut.example/raw/uF3kq9"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "fileport", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     FP, "copyright", "req-240902-01@kcsc.example", "file host; 12 files and 2 folders"),
    ("KCSC-240903-02", "modak", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     MD, "defamation", "req-240903-02@kcsc.example", "forum posts"),
    ("KCSC-240904-03", "pixboard", "2024-09-04T16:10:00+09:00", "2024-09-11T23:59:59+09:00",
     PX, "obscenity", "req-240904-03@kcsc.example", "image board threads and one image"),
    ("KCSC-240905-04", "gomhost", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     GH, "gambling", "req-240905-04@kcsc.example", "sites hosted by a Korean web host"),
    ("KCSC-240906-05", "regbox", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     RB, "gambling", "req-240906-05@kcsc.example", "registrar of two domains"),
    ("KCSC-240909-06", "edgeshield", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     ES, "copyright", "req-240909-06@kcsc.example", "site behind a CDN"),
    ("KCSC-240910-07", "pastehut", "2024-09-10T13:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [PH1], "privacy", "req-240910-07@kcsc.example", "one paste"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def numbered(urls, prefix="> "):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ FilePort
# (file host, largest request KCSC-240902-01, 14 items)

FP_CSV = """link,action,action_date,note
https://fileport.example/f/Qm7rT2xa,deleted,2024-09-05,
https://fileport.example/f/Hk29LpWe,deleted,2024-09-05,
https://fileport.example/f/Zx81NcVb,file not found,2024-09-05,removed by the uploader on 2024-09-01
https://fileport.example/f/Rt55AaQo,deleted,2024-09-05,
https://fileport.example/f/Ls03KdMf,deleted,2024-09-05,
https://fileport.example/f/Pw77EeJr,no action,2024-09-05,public domain newsreel - no violation of our terms
https://fileport.example/f/Yb62GhUt,deleted,2024-09-05,
https://fileport.example/f/Cn40SsDi,deleted,2024-09-05,
https://fileport.example/f/Vu18OoKl,blocked in KR,2024-09-05,geo-block for South Korea only
https://fileport.example/f/Dm93XxZq,deleted,2024-09-05,
https://fileport.example/folder/7731-kimbox,folder disabled,2024-09-05,23 files disabled
https://fileport.example/folder/7734-leebox,not found,2024-09-05,folder emptied by its owner before review
https://dl.fileport.example/f/Tg26WwNy/archive.zip,deleted,2024-09-05,
https://dl.fileport.example/f/Jf85BbHc/clip_04.mp4,deleted,2024-09-05,
"""

case(
    name="fp-csv-attachment-all-links",
    **{"from": "abuse@fileport.example"},
    name_from="FilePort Abuse",
    date="Thu, 05 Sep 2024 18:02:11 +0900",
    subject="Re: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fp-b1-0001"

--fp-b1-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your notice. Our abuse team has gone through all 14 links
in it. The outcome for each link is in the attached spreadsheet
(fileport_KCSC-240902-01.csv).

Files we have disabled are fingerprinted and cannot be uploaded again.

Regards,
Mira Kovac
FilePort Abuse Desk
https://fileport.example/legal/abuse

--fp-b1-0001
Content-Type: text/csv; charset=utf-8; name="fileport_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="fileport_KCSC-240902-01.csv"
Content-Transfer-Encoding: 7bit

{FP_CSV}
--fp-b1-0001--
""",
    outcome="applied",
    imitates="file-host abuse desk reply with a per-link CSV outcome sheet",
    why="CSV row per link: deleted/disabled -> removed, file not found/emptied by owner -> not_found, no action (no violation) -> rejected, blocked in KR -> restricted",
    items={QM: "removed", HK: "removed", ZX: "not_found", RT: "removed", LS: "removed",
           PW: "rejected", YB: "removed", CN: "removed", VU: "restricted", DM: "removed",
           FOLD1: "removed", FOLD2: "not_found", TG: "removed", JF: "removed"},
)

case(
    name="fp-plaintext-table-five-of-fourteen",
    **{"from": "tomasz@fileport.example"},
    name_from="Tomasz | FilePort Support",
    date="Wed, 04 Sep 2024 11:47:30 +0200",
    subject="Re: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Status of the links from your request KCSC-240902-01 as of today:

 File ID   | Link                                  | Status
-----------+---------------------------------------+--------------------
 Qm7rT2xa  | {QM}   | Removed
 Hk29LpWe  | {HK}   | Removed
 Zx81NcVb  | {ZX}   | Not found
 Rt55AaQo  | {RT}   | Removed
 Pw77EeJr  | {PW}   | Not removed (*)

(*) This file is a 1936 newsreel that is in the public domain. It does
not break our terms of service, so it stays online.

The other nine links are still with our legal team. I will write again
when they are done.

Best,
Tomasz
FilePort Support
""",
    outcome="applied",
    imitates="support agent's plain-text status table pasted from an internal tool",
    why="five named rows with statuses; 'not removed' with its reason is a refusal -> rejected; the nine others 'still with legal' stay pending",
    items={QM: "removed", HK: "removed", ZX: "not_found", RT: "removed", PW: "rejected"},
)

case(
    name="fp-url-then-arrow-status-below",
    **{"from": "kasper@fileport.example"},
    name_from="Kasper Lind",
    date="Fri, 06 Sep 2024 09:15:02 +0200",
    subject="RE: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    body=f"""Hello,

here is what we did with the rest of your list so far:

{LS}
-> deleted

{YB}
-> deleted, uploader account closed

{CN}
-> link invalid, there has never been a file with this ID on FilePort

{DM}
-> deleted

- Kasper
FilePort T&S
""",
    outcome="applied",
    imitates="abuse-desk staffer answering informally, URL with its result on the line below",
    why="each URL followed by its result: deleted -> removed, link invalid/never existed -> not_found",
    items={LS: "removed", YB: "removed", CN: "not_found", DM: "removed"},
)

FP_CSV2 = """URL;Result;Date
https://fileport.example/f/Vu18OoKl;Blocked (country: KR);2024-09-07
https://dl.fileport.example/f/Tg26WwNy/archive.zip;Deleted;2024-09-07
https://dl.fileport.example/f/Jf85BbHc/clip_04.mp4;Deleted;2024-09-07
"""

case(
    name="fp-base64-semicolon-csv",
    **{"from": "noreply@fileport.example"},
    name_from="FilePort Legal",
    date="Sat, 07 Sep 2024 02:30:00 +0000",
    subject="Processing report for notice KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fp4_5c1e"

--=_fp4_5c1e
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached the processing report for your notice
KCSC-240902-01 (3 entries).

FilePort Legal Department
This mailbox is not monitored. Contact abuse@fileport.example.

--=_fp4_5c1e
Content-Type: text/csv; name="report_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="report_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(FP_CSV2)}
--=_fp4_5c1e--
""",
    outcome="applied",
    imitates="automated legal-department processing report with a base64 semicolon-separated CSV",
    why="attachment rows: Blocked (country: KR) -> restricted, Deleted -> removed",
    items={VU: "restricted", TG: "removed", JF: "removed"},
)

case(
    name="fp-top-posted-over-quoted-request",
    **{"from": "mira.kovac@fileport.example"},
    name_from="Mira Kovac",
    date="Tue, 03 Sep 2024 10:05:44 +0200",
    subject="Re: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    body=f"""Removed {QM} and
{HK} this morning.
{ZX} had already been deleted by the uploader before your notice reached us.

Working on the rest.

Mira

On Mon, 2 Sep 2024 at 07:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FilePort,
>
> Under Article 44-7 of the Information and Communications Network Act,
> please remove or disable access to the following 14 items by
> 9 September 2024:
>
{numbered(FP)}
>
> Reference: KCSC-240902-01
> Korea Communications Standards Commission
""",
    outcome="applied",
    imitates="Gmail top-posted reply above the regulator's quoted request",
    why="two URLs removed, one deleted by the uploader -> not_found; the 14 quoted URLs below 'wrote:' say nothing",
    items={QM: "removed", HK: "removed", ZX: "not_found"},
)

FP_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello,</p>
<p>Please see below the current state of the files from your notice KCSC-240902-01.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>File</th><th>Result</th></tr>
<tr><td><a href="{RT}">{RT}</a></td><td>Removed</td></tr>
<tr><td><a href="{LS}">{LS}</a></td><td>Removed</td></tr>
<tr><td><a href="{VU}">{VU}</a></td><td>Access blocked from South Korea</td></tr>
<tr><td><a href="{FOLD2}">{FOLD2}</a></td><td>Not found</td></tr>
</table>
<p>Kind regards,<br>Jana Horvat<br>FilePort Trust &amp; Safety</p>
</div></body></html>"""

FP_HTML_TXT = f"""Hello,

Please see below the current state of the files from your notice KCSC-240902-01.

File\tResult
{RT}\tRemoved
{LS}\tRemoved
{VU}\tAccess blocked from South Korea
{FOLD2}\tNot found

Kind regards,
Jana Horvat
FilePort Trust & Safety"""

case(
    name="fp-outlook-html-table",
    **{"from": "jana.horvat@fileport.example"},
    name_from="Jana Horvat",
    date="Fri, 06 Sep 2024 16:22:10 +0200",
    subject="RE: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsAbCdEfGhIjKlMnOpQ"],
    raw_mime=f"""Content-Type: multipart/alternative; boundary="_000_fp6_outlook_"

--_000_fp6_outlook_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{FP_HTML_TXT}

--_000_fp6_outlook_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

{FP_HTML}

--_000_fp6_outlook_--
""",
    outcome="applied",
    imitates="Outlook multipart reply with an HTML results table",
    why="table rows: Removed -> removed, access blocked from South Korea -> restricted, Not found -> not_found",
    items={RT: "removed", LS: "removed", VU: "restricted", FOLD2: "not_found"},
)

case(
    name="fp-numbered-folders",
    **{"from": "abuse@fileport.example"},
    name_from="FilePort Abuse",
    date="Thu, 05 Sep 2024 08:41:09 +0200",
    subject="Re: [KCSC-240902-01] folders",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

about the two shared folders in your request:

1) {FOLD1} – the folder and the 23 files inside it have been disabled.
2) {FOLD2} – this folder was already empty; its owner deleted every file in it before we looked, so there was nothing left to remove.

The single files follow in a separate email.

FilePort Abuse Desk
""",
    outcome="applied",
    imitates="abuse desk answering about shared folders in a numbered list",
    why="folder disabled -> removed; emptied by its owner before review -> not_found",
    items={FOLD1: "removed", FOLD2: "not_found"},
)

case(
    name="fp-angle-brackets-url-below-statement",
    **{"from": "legal@fileport.example"},
    name_from="FilePort Legal",
    date="Mon, 09 Sep 2024 13:10:55 +0200",
    subject="Your notice KCSC-240902-01 - direct download links",
    body="""Dear KCSC,

The following file has been removed for breach of section 4.2 of our
Terms of Service:
<https://dl.fileport.example/f/Tg26WwNy/archive.zip>

The following file could not be located on our storage:
<https://dl.fileport.example/f/Jf85BbHc/clip_04.mp4>

If you believe a file has been uploaded again under a new link, please
send us the new link. Our terms: <https://fileport.example/legal/terms>

FilePort Legal
""",
    outcome="applied",
    imitates="legal-team notice with statements above URLs in angle brackets",
    why="statement on the line above each bracketed URL: removed -> removed, could not be located -> not_found; the terms link is no item",
    items={TG: "removed", JF: "not_found"},
)

case(
    name="fp-promise-within-24h",
    **{"from": "abuse@fileport.example"},
    name_from="FilePort Abuse",
    date="Tue, 03 Sep 2024 16:30:00 +0200",
    subject="Re: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    body=f"""Hello,

thanks for the notice. We will disable the files below within 24 hours,
once our legal team has signed off:

- {YB}
- {CN}
- {DM}

You will get a confirmation from us when it is done.

FilePort Abuse Desk
""",
    outcome="review",
    review="not_understood",
    imitates="abuse desk promising action pending legal sign-off",
    why="'we will disable ... once legal has signed off' is a conditional promise, no statement; named items stay pending",
    items={YB: "pending", CN: "pending", DM: "pending"},
)

case(
    name="fp-bulk-all-files-removed",
    **{"from": "abuse@fileport.example"},
    name_from="FilePort Abuse",
    date="Mon, 09 Sep 2024 19:02:00 +0200",
    subject="Re: [KCSC-240902-01] Request for removal of files",
    reply_to_req="req-240902-01",
    body="""Hello,

All files listed in your notice KCSC-240902-01 have now been removed from
FilePort. No further action is required on your side.

Kind regards,
FilePort Abuse Desk
""",
    outcome="review",
    review="bulk",
    imitates="abuse desk closing a notice with one sentence for every file",
    why="one statement for all files of a 14-item request without naming any: bulk, items pending",
)

PDF_STREAM = zlib.compress(
    b"BT /F1 10 Tf 40 760 Td (KCSC-240902-01 decision sheet) Tj ET\n"
    b"BT 40 740 Td (Qm7rT2xa removed  Hk29LpWe removed  Zx81NcVb not found) Tj ET\n", 9)
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"
       b"4 0 obj\n<< /Length " + str(len(PDF_STREAM)).encode() + b" /Filter /FlateDecode >>\nstream\n"
       + PDF_STREAM + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

case(
    name="fp-decision-in-pdf-only",
    **{"from": "legal@fileport.example"},
    name_from="FilePort Legal",
    date="Wed, 04 Sep 2024 15:00:00 +0200",
    subject="Decision on notice KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fp-pdf-77"

--fp-pdf-77
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear KCSC,

Our decision on each link of notice KCSC-240902-01 is set out in the
attached letter.

FilePort Legal

--fp-pdf-77
Content-Type: application/pdf; name="FilePort_decision_KCSC-240902-01.pdf"
Content-Disposition: attachment; filename="FilePort_decision_KCSC-240902-01.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--fp-pdf-77--
""",
    outcome="review",
    review="unreadable_attachment",
    imitates="legal department sending its decision only as a PDF letter",
    why="the decisions are only in a PDF the reader cannot read; nothing in the text body",
)

case(
    name="fp-dsn-legal-mailbox-unknown",
    **{"from": "MAILER-DAEMON@mx2.fileport.example"},
    name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 14:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="8C1F41A0E2.1725253209/mx2.fileport.example"

--8C1F41A0E2.1725253209/mx2.fileport.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.fileport.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@fileport.example>: host mx2.fileport.example[198.51.100.61] said:
    550 5.1.1 <legal-kr@fileport.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--8C1F41A0E2.1725253209/mx2.fileport.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.fileport.example
X-Postfix-Queue-ID: 8C1F41A0E2
Arrival-Date: Mon,  2 Sep 2024 14:00:08 +0900 (KST)

Final-Recipient: rfc822; legal-kr@fileport.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@fileport.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--8C1F41A0E2.1725253209/mx2.fileport.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@fileport.example, abuse@fileport.example
Subject: [KCSC-240902-01] Request for removal of files
Date: Mon, 2 Sep 2024 14:00:00 +0900
Message-ID: <req-240902-01@kcsc.example>
Content-Type: text/plain; charset=us-ascii

Dear FilePort,

please remove or disable access to the following 14 items by
9 September 2024:

{numbered(FP, prefix="")}

Reference: KCSC-240902-01

--8C1F41A0E2.1725253209/mx2.fileport.example--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification with the bounced request attached",
    why="a DSN; the URLs are in our own returned request",
)

case(
    name="fp-ticket-receipt",
    **{"from": "noreply@fileport.example"},
    name_from="FilePort Support",
    date="Mon, 02 Sep 2024 14:01:12 +0900",
    subject="[FP-ABU-204417] We received your report (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: FP-ABU-204417"],
    body="""Hello,

Your report has been received and ticket FP-ABU-204417 was created.
A member of our abuse team will look at it, usually within two business
days. You do not need to send the report again.

Please keep the ticket number in the subject line if you write to us
about this report.

FilePort Support
https://fileport.example/help
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure receipt: ticket number, nothing about any item",
)

# ================================================================ Modak Gallery
# (Korean forum, KCSC-240903-02, 5 items, two with a Korean board name)

case(
    name="modak-admin-one-line-korean-path",
    **{"from": "admin@modak.example"},
    name_from=hdr("모닥 갤러리 운영자"),
    date="Tue, 03 Sep 2024 15:12:40 +0900",
    subject=hdr("RE: [KCSC-240903-02] 불법정보 삭제 요청"),
    reply_to_req="req-240903-02",
    body=f"""요청하신 게시물 2건 삭제했습니다.
{MD1_RAW}
{MD2_RAW}

모닥 운영자 드림
""",
    outcome="applied",
    imitates="forum operator's one-line Korean reply",
    why="'2건 삭제했습니다' followed by exactly two URLs (raw Korean path matching the percent-encoded request) -> removed",
    items={MD1: "removed", MD2: "removed"},
)

case(
    name="modak-numbered-results-korean",
    **{"from": "report@modak.example"},
    name_from=hdr("모닥 신고처리팀"),
    date="Thu, 05 Sep 2024 10:20:00 +0900",
    subject=hdr("[모닥] 게시물 처리 결과 안내 (KCSC-240903-02)"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요. 모닥 갤러리 신고처리팀입니다.
방송통신심의위원회에서 요청하신 건(KCSC-240903-02)의 처리 결과를 알려드립니다.

1. {MD1} — 게시중단
2. {MD2} — 블라인드 처리
3. {MD3} — 작성자가 이미 삭제한 게시물입니다
4. {MD4} — 임시조치(30일)
5. {MD5} — 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지

문의사항이 있으시면 이 메일로 회신해 주세요.
감사합니다.
""",
    outcome="applied",
    imitates="Korean portal 게시중단/임시조치 result notice as a numbered list",
    why="게시중단, 블라인드 -> removed; 작성자 삭제 -> not_found; 임시조치 -> restricted; 위반 없음 게시 유지 -> rejected",
    items={MD1: "removed", MD2: "removed", MD3: "not_found", MD4: "restricted", MD5: "rejected"},
)

MD_HTML = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240903-02)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>조치내용</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{MD1}</td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>2</td><td>{MD3}</td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>3</td><td>{MD5}</td><td>임시조치</td><td>2024-09-04</td></tr>
</tbody></table>
<p>나머지 게시물은 확인 후 별도로 회신드리겠습니다.</p>
<p>㈜모닥 커뮤니티 운영팀 드림</p>
</body></html>"""

case(
    name="modak-html-table-base64",
    **{"from": "ops@modak.example"},
    name_from=hdr("모닥 운영팀"),
    date="Wed, 04 Sep 2024 17:45:03 +0900",
    subject=hdr("[조치결과] 시정요구 KCSC-240903-02"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MD_HTML)}
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table sent as base64 HTML",
    why="three table rows: 삭제, 게시중단 -> removed; 임시조치 -> restricted; the rest 'will reply separately' stays pending",
    items={MD1: "removed", MD3: "removed", MD5: "restricted"},
)

case(
    name="modak-particles-fullwidth",
    **{"from": "admin@modak.example"},
    name_from=hdr("모닥 운영자"),
    date="Fri, 06 Sep 2024 22:03:18 +0900",
    subject=hdr("Re: [KCSC-240903-02] 불법정보 삭제 요청"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 모닥 운영팀입니다.

{MD5}은 작성자가 스스로 지운 글이라 지금은 존재하지 않습니다.
그리고 주식 갤러리 글（{MD3}）은 운영자 권한으로 블라인드 처리했습니다.

감사합니다.
""",
    outcome="applied",
    imitates="forum admin writing URLs glued to Korean particles and inside full-width brackets",
    why="글 deleted by its author, does not exist -> not_found; 블라인드 처리 -> removed",
    items={MD5: "not_found", MD3: "removed"},
)

case(
    name="modak-gmail-quote-partial",
    **{"from": "report@modak.example"},
    name_from=hdr("모닥 신고처리팀"),
    date="Wed, 04 Sep 2024 09:58:00 +0900",
    subject=hdr("Re: [KCSC-240903-02] 불법정보 삭제 요청"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요.

요청하신 게시물 중 {MD4} 은(는) 임시조치(30일) 하였습니다.
나머지 4건은 내부 검토 중이며, 결과가 나오는 대로 다시 회신드리겠습니다.

모닥 신고처리팀 드림

2024년 9월 3일 (화) 오전 11:30, KCSC 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
> 모닥 갤러리 담당자님께,
>
> 아래 게시물에 대해 삭제 또는 접속차단 조치를 요청드립니다.
>
{numbered(MD)}
>
> 요청번호: KCSC-240903-02
""",
    outcome="applied",
    imitates="Korean Gmail top-posted reply over the quoted request",
    why="one URL 임시조치 -> restricted; '나머지 4건은 검토 중' is no statement; the quoted list below '작성:' says nothing",
    items={MD4: "restricted"},
)

case(
    name="modak-hedge-appears-deleted",
    **{"from": "report@modak.example"},
    name_from=hdr("모닥 신고처리팀"),
    date="Wed, 04 Sep 2024 13:30:21 +0900",
    subject=hdr("Re: [KCSC-240903-02] 불법정보 삭제 요청"),
    reply_to_req="req-240903-02",
    body=f"""안녕하세요, 모닥 신고처리팀입니다.

확인해 보니 {MD2_RAW} 게시물은 이미 삭제된 것으로 보입니다.
정확한 내용은 담당자 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean helpdesk first answer with a hedge (…된 것으로 보입니다)",
    why="'이미 삭제된 것으로 보입니다' (appears to have been deleted) is a hedge pending confirmation: no statement",
    items={MD2: "pending"},
)

case(
    name="modak-contact-change-notice",
    **{"from": "report@modak.example"},
    name_from=hdr("모닥 신고처리팀"),
    date="Mon, 09 Sep 2024 10:00:00 +0900",
    subject=hdr("[모닥] 신고 접수 메일 주소 변경 안내"),
    body="""안녕하세요, 모닥 갤러리입니다.

2024년 9월 16일부터 게시물 신고 및 기관 요청 접수 주소가
report@modak.example 에서 safety@modak.example 로 변경됩니다.

기존 주소로 보내주신 메일도 9월 30일까지는 자동으로 전달됩니다.
자세한 내용은 https://modak.example/notice/2024-0909 를 참고해 주세요.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice of a changed reporting address",
    why="trusted platform mail naming no requested item and no request",
)

case(
    name="modak-auto-receipt-korean",
    **{"from": "help@modak.example"},
    name_from=hdr("모닥 고객센터"),
    date="Tue, 03 Sep 2024 11:30:40 +0900",
    subject=hdr("[모닥 고객센터] 문의가 접수되었습니다 (접수번호 MD-20240903-0117)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""본 메일은 발신 전용입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: MD-20240903-0117
영업일 기준 3일 이내에 답변드리겠습니다.

모닥 고객센터
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean customer-centre automatic receipt",
    why="pure receipt with a ticket number",
)

# ================================================================ pixboard
# (image board, KCSC-240904-03, 4 items)

case(
    name="pix-admin-lowercase-one-liner",
    **{"from": "admin@pixboard.example"},
    name_from="admin",
    date="Wed, 04 Sep 2024 22:41:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""deleted both /b/ threads ({PX1} and {PX2}), poster range-banned.

--
admin
""",
    outcome="applied",
    imitates="image-board admin's one-line reply",
    why="'deleted both /b/ threads' naming both URLs -> removed",
    items={PX1: "removed", PX2: "removed"},
)

case(
    name="pix-image-purged-thread-pruned",
    **{"from": "mod-team@pixboard.example"},
    name_from="pixboard mod team",
    date="Thu, 05 Sep 2024 07:12:45 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Hi,

The image {PX4} has been purged from our storage and from the CDN cache.

The thread {PX3} no longer exists. /k/ prunes threads once they
fall off the last page, and it was gone before we got to your mail.

mods
""",
    outcome="applied",
    imitates="image-board moderators' short reply",
    why="image purged -> removed; thread pruned, no longer exists -> not_found",
    items={PX4: "removed", PX3: "not_found"},
)

case(
    name="pix-geoblock-korea",
    **{"from": "admin@pixboard.example"},
    name_from="admin",
    date="Sat, 07 Sep 2024 03:03:03 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""We don't delete posts that are legal where our servers are, but
{PX3} is now geo-blocked for visitors from South Korea (they get a 451).

--
admin
""",
    outcome="applied",
    imitates="offshore image board geo-blocking instead of deleting",
    why="geo-blocked for South Korea -> restricted",
    items={PX3: "restricted"},
)

case(
    name="pix-echoed-report-closed",
    **{"from": "reports@pixboard.example"},
    name_from="pixboard reports",
    date="Fri, 06 Sep 2024 03:14:20 +0000",
    subject="Report #88213 closed",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Report #88213 has been closed.

Board:      /b/
Post:       {PX2}
Category:   Illegal content (KCSC, ref KCSC-240904-03)
Resolution: Post deleted by moderator
Closed:     2024-09-06 03:14 UTC

This is an automated message from the pixboard report system.
""",
    outcome="applied",
    imitates="report-system closing notice echoing the report fields",
    why="automated but not a receipt: 'Resolution: Post deleted by moderator' for the named post -> removed",
    items={PX2: "removed"},
)

case(
    name="pix-bulk-everything-gone",
    **{"from": "admin@pixboard.example"},
    name_from="admin",
    date="Thu, 05 Sep 2024 01:20:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body="""all done, everything in your list is gone.

-admin
""",
    outcome="review",
    review="bulk",
    imitates="admin's informal one-line 'all done'",
    why="one statement for all four items of the request, none named: bulk",
)

case(
    name="pix-locked-under-review",
    **{"from": "mod-team@pixboard.example"},
    name_from="pixboard mod team",
    date="Wed, 04 Sep 2024 19:30:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Got it. {PX1} and {PX2} are locked and
under review by the mod team. Will update you.

mods
""",
    outcome="review",
    review="not_understood",
    imitates="moderators locking threads while they review",
    why="locked (still visible) and under review: no status, items pending",
    items={PX1: "pending", PX2: "pending"},
)

case(
    name="pix-read-receipt",
    **{"from": "admin@pixboard.example"},
    name_from="admin",
    date="Wed, 04 Sep 2024 16:55:10 +0900",
    subject="Read: [KCSC-240904-03] Removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-px-4411"

--mdn-px-4411
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to admin@pixboard.example
at 04/09/2024 16:10.

This receipt only shows that the message was displayed on the
recipient's computer. It does not guarantee that the recipient has read
or understood the message contents.

--mdn-px-4411
Content-Type: message/disposition-notification

Reporting-UA: pixboard.example; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pixboard.example
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-px-4411--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="MDN: message displayed, nothing about items",
)

# ================================================================ Gomdori Hosting
# (Korean web host, KCSC-240905-04, 3 items on customers' sites)

case(
    name="gom-account-suspended-korean",
    **{"from": "abuse@gomhost.example"},
    name_from=hdr("곰돌이호스팅 어뷰즈 담당"),
    date="Fri, 06 Sep 2024 14:35:00 +0900",
    subject=hdr("Re: [KCSC-240905-04] 불법정보 취급거부 요청"),
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 곰돌이호스팅 어뷰즈 담당입니다.
요청하신 사이트에 대해 아래와 같이 조치하였습니다.

- 대상: {GH1} 및 하위 페이지 {GH2}
- 조치: 호스팅 계정 이용정지 (2024-09-06 14:20)
- 결과: 해당 도메인의 모든 페이지가 접속되지 않습니다.

고객이 소명자료를 제출하더라도 불법 도박 관련 사이트는 재개하지 않습니다.

곰돌이호스팅 드림
""",
    outcome="applied",
    imitates="Korean web host's abuse reply after suspending a customer account",
    why="hosting account suspended, every page of the domain unreachable (everywhere, not only in Korea) -> removed for both named URLs",
    items={GH1: "removed", GH2: "removed"},
)

case(
    name="gom-english-ticket-url-above-result",
    **{"from": "abuse@gomhost.example"},
    name_from="Gomdori Hosting Abuse",
    date="Mon, 09 Sep 2024 11:02:13 +0900",
    subject="[Ticket#2024090510000417] Abuse report: KCSC-240905-04",
    extra_headers=["X-OTRS-Ticket: 2024090510000417"],
    body=f"""Dear KCSC,

We reviewed the pages in your report.

{GH2}
Our customer removed this page after our notice. The rest of the site
is still being checked.

{GH3}
This page sells a food supplement registered with the Ministry of Food
and Drug Safety, not a medicine. We found no breach of our Acceptable
Use Policy and will take no action on it.

Kind regards,
Abuse Team, Gomdori Hosting
https://gomhost.example/policy/aup
""",
    outcome="applied",
    imitates="ticket-system (OTRS-style) reply from a host's abuse team, URL on the line above its result",
    why="customer removed the page -> removed; no breach found, no action -> rejected; the site root is 'still being checked' -> pending",
    items={GH2: "removed", GH3: "rejected"},
)

KO_QP_BODY = f"""안녕하세요. 곰돌이호스팅 고객지원팀입니다.

문의하신 {GH3} 페이지는 고객사에서 삭제하였으며, 현재 해당 주소는 404 오류가 표시됩니다.

추가 문의는 이 메일로 회신해 주시기 바랍니다.
감사합니다.
"""

case(
    name="gom-quoted-printable-korean",
    **{"from": "support@gomhost.example"},
    name_from=hdr("곰돌이호스팅 고객지원"),
    date="Tue, 10 Sep 2024 16:44:29 +0900",
    subject=hdr("[곰돌이호스팅] 문의 답변: KCSC-240905-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KO_QP_BODY)}
""",
    outcome="applied",
    imitates="Korean host's support answer in quoted-printable UTF-8",
    why="the customer deleted the page, now 404 -> removed",
    items={GH3: "removed"},
)

case(
    name="gom-dkim-fail",
    **{"from": "abuse@gomhost.example"},
    name_from="Gomdori Hosting Abuse",
    auth="fail",
    date="Sat, 07 Sep 2024 02:11:00 +0900",
    subject="Re: [KCSC-240905-04] notice",
    reply_to_req="req-240905-04",
    body=f"""Hello,

The pages {GH1}, {GH2} and {GH3} have been removed from our servers.

Abuse Team
""",
    outcome="review",
    review="untrusted",
    imitates="host's abuse reply whose DKIM/SPF/DMARC fail",
    why="from the host's domain but authentication fails: untrusted, nothing applied",
    items={GH1: "pending", GH2: "pending", GH3: "pending"},
)

case(
    name="gom-site-owner-writes",
    **{"from": "webmaster@dalbit-casino77.example"},
    name_from="Dalbit Admin",
    date="Sat, 07 Sep 2024 20:17:55 +0900",
    subject="about your complaint KCSC-240905-04",
    body=f"""Hello

Our hosting company told us about your complaint. We have deleted the event page
{GH2} already. Please tell Gomdori to reopen our account.

Thank you
""",
    outcome="review",
    review="unknown_sender",
    imitates="site owner writing to the regulator after the host acted",
    why="the site owner is no platform: unknown sender, nothing applied",
    items={GH2: "pending"},
)

case(
    name="gom-out-of-office-korean",
    **{"from": "haneul.kim@gomhost.example"},
    name_from=hdr("김하늘"),
    date="Thu, 05 Sep 2024 10:00:31 +0900",
    subject=hdr("자동 회신: [KCSC-240905-04] 불법정보 취급거부 요청"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[부재중 안내]
9월 9일(월)까지 휴가로 메일 확인이 어렵습니다.
급한 건은 abuse@gomhost.example 으로 보내주시기 바랍니다.

김하늘 드림
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

# ================================================================ RegBox
# (registrar, KCSC-240906-05, 2 domains)

case(
    name="reg-clienthold-both",
    **{"from": "abuse@regbox.example"},
    name_from="RegBox Abuse",
    date="Mon, 09 Sep 2024 08:30:00 +0000",
    subject="Re: [KCSC-240906-05] ABU-77310",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Following our investigation of your complaint (our reference ABU-77310)
we have taken the following action:

Domain:  totobet-kr24.example ({RB1})
Action:  suspended - status set to clientHold, the domain no longer resolves

Domain:  live-kr-toto.example ({RB2})
Action:  suspended - status set to clientHold, the domain no longer resolves

The registrant has been told and may appeal through
https://regbox.example/abuse/appeal

RegBox Domains - Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse team reporting clientHold suspensions",
    why="both domains suspended, no longer resolve -> removed (made unavailable everywhere); appeal link is no item",
    items={RB1: "removed", RB2: "removed"},
)

case(
    name="reg-refuses-without-court-order-outlook",
    **{"from": "compliance@regbox.example"},
    name_from="RegBox Compliance",
    date="Tue, 10 Sep 2024 10:12:00 +0000",
    subject="RE: [KCSC-240906-05] Request to suspend domains",
    reply_to_req="req-240906-05",
    body=f"""Dear KCSC,

As a registrar we have no control over what is published at
{RB2}. We do not suspend domain names because of website content
without an order from a competent court, so this domain remains active.
You may wish to contact the hosting provider of the site (IP 203.0.113.90).

Regards,
Compliance Team, RegBox Domains

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 12:40 AM
To: abuse@regbox.example
Subject: [KCSC-240906-05] Request to suspend domains

Please suspend the following domains, which are used for illegal gambling:
{RB1}
{RB2}

Reference: KCSC-240906-05
""",
    outcome="applied",
    imitates="registrar declining content complaints without a court order, Outlook quoting",
    why="a refusal with its reason for the named domain -> rejected; the other domain appears only in the quoted request below Original Message",
    items={RB2: "rejected"},
)

case(
    name="reg-speaks-for-hosting-request",
    **{"from": "abuse@regbox.example"},
    name_from="RegBox Abuse",
    date="Tue, 10 Sep 2024 07:55:00 +0000",
    subject="Re: [KCSC-240905-04] notice to Gomdori Hosting (cc RegBox)",
    body=f"""Hello,

You copied us on your notice KCSC-240905-04 to the hosting company.
We are the registrar of that domain, and we have suspended
{GH1} (clientHold) under our own abuse policy.

RegBox Domains - Abuse Team
""",
    outcome="review",
    review="wrong_platform",
    imitates="registrar reacting to a notice it was only copied on",
    why="the registrar states a status for an item of the hosting provider's request: wrong platform",
    items={GH1: "pending"},
)

case(
    name="reg-ticket-receipt-echoes-report",
    **{"from": "support@regbox.example"},
    name_from="RegBox Support",
    date="Fri, 06 Sep 2024 00:41:10 +0000",
    subject="[#REG-55012] Ticket created: Request to suspend domains",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for contacting RegBox Abuse.
Ticket #REG-55012 has been created. We will reply as soon as we can.

Summary of your submission
--------------------------
Category:   Illegal content
Domain(s):  totobet-kr24.example, live-kr-toto.example
Message:    Please suspend the following domains, which are used for
            illegal gambling: {RB1} {RB2}
            Reference: KCSC-240906-05

Please do not reply to this email. To add information, visit
https://regbox.example/support/tickets/REG-55012
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="registrar helpdesk receipt echoing the submitted report",
    why="ticket-created receipt; the URLs are only in the echo of our own report",
)

# ================================================================ EdgeShield
# (CDN that also hosts static sites, KCSC-240909-06, 2 items)

case(
    name="edge-disabled-hosted-pages",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Wed, 11 Sep 2024 02:10:00 +0000",
    subject="[EdgeShield Abuse] Report 7f3c1a2e - KCSC-240909-06",
    reply_to_req="req-240909-06",
    body=f"""Hello,

Our Trust & Safety team has reviewed your report. The files at the URLs
below are stored on our EdgeShield Pages hosting product, so we have
disabled access to them:

  {ES1}
  {ES2}

Visitors now get an error page. Our abuse policy:
https://edgeshield.example/trust/abuse-policy

EdgeShield Trust & Safety
""",
    outcome="applied",
    imitates="CDN abuse team acting on content it hosts itself (Cloudflare-Pages-like)",
    why="access disabled for both listed URLs, no country limit -> removed",
    items={ES1: "removed", ES2: "removed"},
)

ES_CSV = f"""url,action,scope,effective_utc
{ES1},geo-restricted (HTTP 451),KR,2024-09-12T02:00:00Z
{ES2},geo-restricted (HTTP 451),KR,2024-09-12T02:00:00Z
"""

case(
    name="edge-geo-451-csv",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="[EdgeShield Abuse] Report 7f3c1a2e - KCSC-240909-06 - action taken",
    reply_to_req="req-240909-06",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="es-2-boundary"

--es-2-boundary
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Further to your notice KCSC-240909-06, we have restricted access to the
reported URLs for visitors located in the Republic of Korea. Details are
in the attached CSV. Access from other countries is not affected.

EdgeShield Trust & Safety

--es-2-boundary
Content-Type: text/csv; charset=utf-8; name="actions-7f3c1a2e.csv"
Content-Disposition: attachment; filename="actions-7f3c1a2e.csv"
Content-Transfer-Encoding: 7bit

{ES_CSV}
--es-2-boundary--
""",
    outcome="applied",
    imitates="CDN geo-restriction (HTTP 451) notice with a CSV of actions",
    why="both URLs geo-restricted for KR only -> restricted",
    items={ES1: "restricted", ES2: "restricted"},
)

case(
    name="edge-pass-through-forwarded",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="[EdgeShield Abuse] Report 7f3c1a2e - KCSC-240909-06",
    reply_to_req="req-240909-06",
    body=f"""Hello,

EdgeShield provides pass-through security and caching for
mirror-webtoon.example. We do not host the content at
{ES1} or {ES2},
and we cannot remove material that is hosted by others.

We have forwarded your complaint to the hosting provider of the site
(origin 203.0.113.77, AS64500 Example Net) and to the site owner.

EdgeShield Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through, complaint forwarded to the host' reply",
    why="no status for either URL: the CDN only says it does not host them and forwarded the complaint",
    items={ES1: "pending", ES2: "pending"},
)

# ================================================================ PasteHut
# (one-person paste service, KCSC-240910-07, 1 item)

case(
    name="paste-took-it-down-no-url",
    **{"from": "jun@pastehut.example"},
    name_from="Jun",
    date="Tue, 10 Sep 2024 21:48:00 +0900",
    subject="Re: [KCSC-240910-07] Removal request: personal data on PasteHut",
    reply_to_req="req-240910-07",
    body="""hi, took it down. sorry about that

-- jun
""",
    outcome="applied",
    imitates="solo operator's two-word reply in the request's thread",
    why="reply to a one-item request, 'took it down' without a URL -> removed",
    items={PH1: "removed"},
)

PH_QP_BODY = (
    "Hello KCSC, about your notice of yesterday: the paste you reported (" + PH1 + ") was deleted on 11 September and its ID is "
    "now blacklisted, so nobody can create a paste under that address again.\n\n"
    "Jun\nPasteHut\n"
)

case(
    name="paste-qp-soft-break",
    **{"from": "jun@pastehut.example"},
    name_from="Jun",
    date="Wed, 11 Sep 2024 09:03:12 +0900",
    subject="paste removed (KCSC-240910-07)",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(PH_QP_BODY)}
""",
    outcome="applied",
    imitates="quoted-printable reply with a long line soft-broken by the mail client",
    why="the named paste was deleted -> removed",
    items={PH1: "removed"},
)

case(
    name="paste-asks-which-lines",
    **{"from": "jun@pastehut.example"},
    name_from="Jun",
    date="Tue, 10 Sep 2024 18:20:00 +0900",
    subject="Re: [KCSC-240910-07] Removal request: personal data on PasteHut",
    reply_to_req="req-240910-07",
    body=f"""Hi,

which part of {PH1} is the personal data? The paste is about
4,000 lines of server logs. Could you send me the line numbers or a
screenshot? I'm happy to redact it once I know what to look for.

Jun
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="small operator asking the complainant for specifics",
    why="asks for line numbers before acting; no status",
    items={PH1: "pending"},
)

case(
    name="paste-vacation-autoreply",
    **{"from": "jun@pastehut.example"},
    name_from="Jun",
    date="Tue, 10 Sep 2024 13:20:20 +0900",
    subject="Auto: [KCSC-240910-07] Removal request: personal data on PasteHut",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
    body="""I'm travelling until 16 September with patchy internet.
Abuse reports are still read, but replies may take a few days.

Jun
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="vacation autoresponder of a one-person service",
    why="auto-reply",
)


HEADER = """# Blind set 805 (tests/corpus/blind805/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a one-person
# paste service answering informally; CSV attachments and plain-text tables.
# Written by tests/corpus/blind805/make.py from each email's meaning, before
# the reader was run. Uses tests/corpus/blind805/config.toml."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
