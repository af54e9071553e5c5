#!/usr/bin/env python3
"""Blind set 613: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally),
with CSV attachments and plain-text tables.

    python3 tests/corpus/blind613/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was ever run on them.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)


def mid(ref):
    return "req." + ref


FC = {
    "a": "https://filecrate.io/f/Qm7xK2pa",
    "b": "https://filecrate.io/f/Rb81LwZe",
    "c": "https://filecrate.io/f/Tc3nV9yd",
    "d": "https://filecrate.io/f/Ua55HpqM",
    "e": "https://filecrate.io/f/Vd20JkRs",
    "f": "https://filecrate.io/f/We9oPzXb",
    "g": "https://filecrate.io/f/Xf47GmNc",
    "h": "https://filecrate.io/f/Yg12DsTu",
    "i": "https://filecrate.io/f/Zh68BvWq",
    "j": "https://filecrate.io/f/aJ03CrEk",
    "k": "https://filecrate.io/folder/kL92mNop",
    "l": "https://filecrate.io/f/bK44FtYh?dl=1",
    "m": "https://dl.filecrate.io/d/cM71HeUj/clip_0412.mp4",
    "n": "https://filecrate.io/f/dN36QaIo",
}
VH = {
    "toto": "http://toto-sunrise77.example/",
    "bet": "https://sunrise-bet.example/event/join.php?code=KR24",
    "ip": "http://198.51.100.77/casino/index.html",
    "odds": "https://live-odds-kr.example/m/",
}
ES = {
    "shop": "https://ice-market-kr.example/shop",
    "tg": "https://ice-market-kr.example/telegram-order",
    "cold": "https://cold-crystal.example/",
}
NH = {
    "refund": "http://kcsc-refund-center.example/",
    "gov": "http://gov-kr-refund.example/login",
}
DB = {
    "p1": "https://dalbitforum.kr/board/free/88231",
    "p2": "https://dalbitforum.kr/board/free/88240",
    "p3": "https://dalbitforum.kr/board/%EC%9C%A0%EB%A8%B8/5512",
    "p4": "https://dalbitforum.kr/board/photo/10374?page=2",
    "p5": "https://m.dalbitforum.kr/board/free/88302",
}
DB_P3_RAW = "https://dalbitforum.kr/board/유머/5512"
KC = {
    "t1": "https://kumochan.org/b/res/448812.html",
    "t2": "https://kumochan.org/b/res/448901.html",
    "img": "https://img.kumochan.org/src/1725860112345.jpg",
}
PB = "https://pastebox.dev/p/9fQ2wLx"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(FC.values()), "obscenity", "leaked videos, shared links; 14 files incl. one folder"),
    (R2, "vellumhost", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(VH.values()), "gambling", "customer sites on Vellum shared hosting, \"Sunrise\" brand"),
    (R3, "edgeshield", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     list(ES.values()), "drugs", "sites proxied by EdgeShield; origin unknown"),
    (R4, "nameharbor", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(NH.values()), "fraud", "phishing domains imitating a refund service"),
    (R5, "dalbit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(DB.values()), "obscenity", "illegally filmed images, forum posts"),
    (R6, "kumochan", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     list(KC.values()), "obscenity", "image board threads and one image file"),
    (R7, "pastebox", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [PB], "privacy", "personal data of a private person (doxxing)"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows, eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def tiny_pdf(line):
    stream = zlib.compress(("BT /F1 11 Tf 50 750 Td (" + line + ") Tj ET").encode("latin-1"), 9)
    parts = [
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n",
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n",
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n",
        b"4 0 obj<</Length " + str(len(stream)).encode() + b"/Filter/FlateDecode>>stream\n"
        + stream + b"\nendstream endobj\n",
        b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n",
        b"trailer<</Root 1 0 R>>\n%%EOF\n",
    ]
    return b"".join(parts)


OUR_SIG = "KCSC Takedown <takedown@kcsc.example>"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ FileCrate (R1, 14 items)
case(
    name="fc-abuse-text-table",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-04 16:20:11"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hello,

We went through the links in your notice {R1}. Result per link:

  LINK                                   ACTION
  -------------------------------------  ---------------------------------
  {FC['a']}        removed
  {FC['b']}        removed
  {FC['h']}        removed
  {FC['i']}        removed
  {FC['j']}        no such file on our servers
  {FC['n']}        reviewed, no violation - stays up

The last one is an official trailer uploaded by the studio itself, so we
are keeping it online. The remaining links of your notice are still being
looked at.

Regards,
Jonas
FileCrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk answering with a hand-made monospace table (cyberlocker DMCA replies)",
    why="plain-text table, one row per link: four removed, one does not exist, one kept because it breaks no rule",
    items={FC["a"]: "removed", FC["b"]: "removed", FC["h"]: "removed", FC["i"]: "removed",
           FC["j"]: "not_found", FC["n"]: "rejected"},
)

_csv1 = csv_text([
    ["url", "action", "action_date_utc", "note"],
    [FC["c"], "removed", "2024-09-05 02:11", "uploader account closed"],
    [FC["d"], "removed", "2024-09-05 02:11", ""],
    [FC["e"], "not found", "", "file id does not exist"],
    [FC["f"], "geo-restricted (KR)", "2024-09-05 02:14", "blocked for visitors from South Korea only"],
    [FC["g"], "removed", "2024-09-05 02:15", "hash added to blocklist"],
])
case(
    name="fc-csv-attachment",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-05 11:40:02"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-613-csv"

--fc-613-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

second batch for {R1} - see the attached spreadsheet for what we did
with each link.

Jonas / FileCrate Abuse

--fc-613-csv
Content-Type: text/csv; charset=utf-8; name="{R1}_batch2.csv"
Content-Disposition: attachment; filename="{R1}_batch2.csv"
Content-Transfer-Encoding: base64

{b64(_csv1)}
--fc-613-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk attaching a CSV export of its moderation queue",
    why="CSV attachment, one row per link: three removed, one unknown file id, one geo-blocked for Korea",
    items={FC["c"]: "removed", FC["d"]: "removed", FC["e"]: "not_found",
           FC["f"]: "restricted", FC["g"]: "removed"},
)

case(
    name="fc-one-line-over-quote",
    **{"from": "mika@filecrate.io"}, name_from="Mika Laine",
    date=d("2024-09-03 09:02:40", UTC), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Deleted {FC['a']} and the whole folder {FC['k']} (all 9 files in it).

-- 
Mika, FileCrate ops

On Mon, 2 Sep 2024 at 10:00, {OUR_SIG} wrote:
> Dear FileCrate,
>
> The Korea Communications Standards Commission requests the removal of
> the following content, which is illegal under Korean law:
>
> {FC['a']}
> {FC['b']}
> {FC['c']}
> {FC['k']}
> {FC['l']}
>
> Reference: {R1}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an ops engineer, top-posted over the quoted request (Gmail quoting)",
    why="two links stated deleted above the quote; the quoted request's other links are not statements",
    items={FC["a"]: "removed", FC["k"]: "removed", FC["b"]: "pending", FC["c"]: "pending",
           FC["l"]: "pending"},
)

case(
    name="fc-bulk-all-removed",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-06 08:15:00"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hello KCSC team,

All 14 files listed in your notice {R1} have now been removed from
FileCrate and the uploading accounts were terminated.

Kind regards,
FileCrate Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="blanket 'all reported files removed' closing reply of a file host",
    why="one sentence about all fourteen links without naming any of them: a bulk statement for a multi-item request",
    items={},
)

case(
    name="fc-promise-within-24h",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date=d("2024-09-02 19:44:10"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hi there,

Thanks for the report. Our moderation team will take down
{FC['b']} and {FC['c']} within 24 hours once they have
verified the files, and we will let you know about the rest.

Best,
Lea - FileCrate Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="support agent promising a takedown 'within 24 hours'",
    why="a promise conditional on verification, nothing done yet: both links stay pending",
    items={FC["b"]: "pending", FC["c"]: "pending"},
)

case(
    name="fc-helpdesk-receipt",
    **{"from": "no-reply@support.filecrate.io"}, name_from="FileCrate Support",
    date=d("2024-09-02 10:03:27"), reply_to_req=mid(R1),
    subject=f"[FileCrate Support] Request received: [{R1}] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: 55120"],
    body=f"""Hello,

Your request has been received and ticket #55120 has been opened.
A member of our team will review it and reply to you by email.

You can add comments to this ticket by replying to this email.
Please do not change the subject line.

FileCrate Support
https://support.filecrate.io/hc/requests/55120
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (ticket system) automatic receipt",
    why="pure receipt: ticket opened, nothing stated about any link",
    items={},
)

case(
    name="fc-angle-brackets-wrapped",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-04 22:05:51"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hello,

The two files below were purged from our storage and the links now
answer 410 Gone:

<https://dl.filecrate.io/d/cM71HeUj/
 clip_0412.mp4>
<{FC['l']}>

Their checksums were added to our upload blocklist.

FileCrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with links in angle brackets, one wrapped by the mailer (RFC 3986 appendix C style)",
    why="both links in angle brackets stated purged; the first is wrapped inside its brackets",
    items={FC["m"]: "removed", FC["l"]: "removed"},
)

case(
    name="fc-html-decision-table",
    **{"from": "trust@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date=d("2024-09-05 17:30:00"), reply_to_req=mid(R1),
    subject=f"Outcome of your report {R1}",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear reporter,</p>
<p>We have completed our review of the links you reported under <b>{R1}</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File link</th><th>Decision</th><th>Reason</th></tr>
<tr><td><a href="{FC['b']}">{FC['b']}</a></td><td>Removed</td><td>Terms of Service 3.2</td></tr>
<tr><td><a href="{FC['c']}">{FC['c']}</a></td><td>Removed</td><td>Terms of Service 3.2</td></tr>
<tr><td><a href="{FC['d']}">{FC['d']}</a></td><td>No action</td><td>No violation of our Terms found</td></tr>
<tr><td><a href="{FC['k']}">{FC['k']}</a></td><td>Not found</td><td>Folder does not exist</td></tr>
</table>
<p>Our Terms of Service: <a href="https://filecrate.io/legal/terms">https://filecrate.io/legal/terms</a></p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome email with an HTML decision table",
    why="HTML table: two removed, one kept with 'no violation', one folder that does not exist; the terms link is no item",
    items={FC["b"]: "removed", FC["c"]: "removed", FC["d"]: "rejected", FC["k"]: "not_found"},
)

case(
    name="fc-base64-disabled-list",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-06 03:12:09", UTC), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hello,

Following your notice {R1}, these links are now disabled and can no
longer be downloaded:

- {FC['e']}
- {FC['f']}
- {FC['g']}

FileCrate Abuse Team
"""),
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply sent by a mailer that base64-encodes plain text",
    why="base64 body, bulleted list of three links stated disabled",
    items={FC["e"]: "removed", FC["f"]: "removed", FC["g"]: "removed"},
)

case(
    name="fc-dmarc-fail",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse", auth="fail",
    date=d("2024-09-05 06:48:33"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hello,

We removed {FC['a']} and {FC['h']} today.

FileCrate Abuse Team
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="abuse desk reply whose DKIM/SPF/DMARC checks failed",
    why="clear statements, but the sender domain failed authentication",
    items={FC["a"]: "pending", FC["h"]: "pending"},
)

case(
    name="fc-dsn-old-alias",
    **{"from": "MAILER-DAEMON@mx1.filecrate.io"}, name_from="Mail Delivery System",
    date=d("2024-09-02 01:00:14", UTC),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-613-fc"

--dsn-613-fc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.filecrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca-old@filecrate.io>: user unknown (alias retired)

--dsn-613-fc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.filecrate.io
Arrival-Date: Mon, 2 Sep 2024 01:00:12 +0000 (UTC)

Final-Recipient: rfc822; dmca-old@filecrate.io
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; user unknown

--dsn-613-fc
Content-Type: message/rfc822

From: {OUR_SIG}
To: dmca-old@filecrate.io
Subject: [{R1}] Request to remove illegal content (14 links)
Message-ID: <{mid(R1)}@kcsc.example>
Date: Mon, 2 Sep 2024 10:00:00 +0900

Please remove:
{FC['a']}
{FC['b']}

--dsn-613-fc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report returning our request from a retired alias",
    why="a bounce; the returned request's links are ours, not statements",
    items={FC["a"]: "pending", FC["b"]: "pending"},
)

case(
    name="fc-prose-with-hedge",
    **{"from": "jonas@filecrate.io"}, name_from="Jonas Berg",
    date=d("2024-09-05 09:27:45"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    body=f"""Hi,

Quick update from our side. We removed {FC['h']} and
{FC['i']} this morning. The third one you flagged,
{FC['j']}, appears to have been deleted by its uploader
before we got to it, but I'm still checking the logs to be sure.

Jonas
FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="informal prose update from a named abuse-desk employee",
    why="two links removed; the third only 'appears to have been deleted' and is still being checked: a hedge, stays pending",
    items={FC["h"]: "removed", FC["i"]: "removed", FC["j"]: "pending"},
)

case(
    name="fc-echoed-report",
    **{"from": "reports@filecrate.io"}, name_from="FileCrate Reports",
    date=d("2024-09-03 14:02:37"), reply_to_req=mid(R1),
    subject=f"Your report #R-70311 has been resolved",
    body=f"""Your report has been resolved.

----- Report details -----
Report ID:       R-70311
Submitted by:    takedown@kcsc.example
Reference:       {R1}
Reported URL:    {FC['i']}
Report reason:   Illegal content (Korea)
----------------------------

Resolution: the file has been removed and the uploader has received a
strike on their account.

If you have any questions, reply to this email.
FileCrate
""",
    outcome="applied", classification="confirmation",
    imitates="report-system resolution email echoing the submitted report's fields",
    why="the echoed report names one link; the resolution line says that file was removed",
    items={FC["i"]: "removed"},
)

case(
    name="fc-qp-numbered-list",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date=d("2024-09-06 15:55:20"), reply_to_req=mid(R1),
    subject=f"Re: [{R1}] Request to remove illegal content (14 links)",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello again,

Status of the last links from your notice {R1}, in the order you sent them:

1. {FC['j']} \u2013 removed from our servers on 6 September after a second review by our legal team
2. {FC['n']} \u2013 now age-restricted: only logged-in users who have verified they are over 19 can open it
3. {FC['e']} \u2013 still under review, we will update you

Regards,
Jonas \u2013 FileCrate Abuse
"""),
    outcome="applied", classification="confirmation",
    imitates="abuse desk numbered status list sent quoted-printable (long lines soft-wrapped)",
    why="numbered list: one removed, one age-restricted, one still under review (pending)",
    items={FC["j"]: "removed", FC["n"]: "restricted", FC["e"]: "pending"},
)

# ================================================================ Vellum Hosting (R2, 4 items)
case(
    name="vh-account-suspended",
    **{"from": "abuse@vellumhost.net"}, name_from="Vellum Hosting Abuse Desk",
    date=d("2024-09-04 13:10:00"), reply_to_req=mid(R2),
    subject=f"[VH-ABUSE #88412] Re: [{R2}] Illegal gambling sites on your network",
    body=f"""Dear Sir or Madam,

Thank you for your report. We have reviewed the material and suspended the
hosting account of our customer. As a result, the websites
{VH['toto']} and {VH['bet']}
are offline and no longer reachable.

We have not yet completed our investigation of the other two addresses in
your report and will write again.

Best regards,
Vellum Hosting Abuse Desk
Ticket #88412
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk: customer account suspended, sites offline",
    why="two sites stated offline after suspension; the other two still being investigated",
    items={VH["toto"]: "removed", VH["bet"]: "removed"},
)

case(
    name="vh-forwarded-to-customer",
    **{"from": "abuse@vellumhost.net"}, name_from="Vellum Hosting Abuse Desk",
    date=d("2024-09-03 15:41:12"), reply_to_req=mid(R2),
    subject=f"[VH-ABUSE #88412] Re: [{R2}] Illegal gambling sites on your network",
    body=f"""Hello,

We have forwarded your complaint about {VH['toto']} and
{VH['bet']} to the responsible customer and asked them to
remove the content within 48 hours. If the customer fails to do so, we
will suspend the service.

We will inform you of the outcome.

Vellum Hosting Abuse Desk
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="hosting provider forwarding the complaint to its customer with a deadline (host abuse-policy KB pages)",
    why="complaint passed on with a deadline and a conditional threat to suspend: nothing has happened to either site",
    items={VH["toto"]: "pending", VH["bet"]: "pending"},
)

case(
    name="vh-null-routed-and-unknown",
    **{"from": "noc@vellumhost.net"}, name_from="Vellum Hosting NOC",
    date=d("2024-09-05 02:30:00", UTC), reply_to_req=mid(R2),
    subject=f"Re: [{R2}] Illegal gambling sites on your network",
    body=f"""Hi,

IP 198.51.100.77 belonged to an unmanaged server of ours; it has been
null-routed, so {VH['ip']} is down for everyone.

As for {VH['odds']} - we could not locate that site on
any of our servers or IP ranges.

NOC / Vellum Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="network operations reply: IP null-routed, other site not found on the network",
    why="the IP-address site is down for everyone (removed); the other site cannot be located (not_found)",
    items={VH["ip"]: "removed", VH["odds"]: "not_found"},
)

case(
    name="vh-outlook-top-post",
    **{"from": "t.okafor@vellumhost.net"}, name_from="Tobi Okafor",
    date=d("2024-09-06 09:14:33"), reply_to_req=mid(R2),
    subject=f"RE: [{R2}] Illegal gambling sites on your network",
    body=f"""Hello,

{VH['odds']} was taken down by the customer this morning;
our staff checked that it is gone.

Regards
Tobi Okafor | Abuse Handling | Vellum Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@vellumhost.net
Subject: [{R2}] Illegal gambling sites on your network

Dear Vellum Hosting,

The following websites hosted on your network offer illegal gambling and
must be removed:

{VH['toto']}
{VH['bet']}
{VH['ip']}
{VH['odds']}

Reference: {R2}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply top-posted over the '-----Original Message-----' block",
    why="one site stated taken down above the Outlook quote; the quoted request's list is ours",
    items={VH["odds"]: "removed", VH["toto"]: "pending", VH["bet"]: "pending", VH["ip"]: "pending"},
)

case(
    name="vh-out-of-office",
    **{"from": "t.okafor@vellumhost.net"}, name_from="Tobi Okafor",
    date=d("2024-09-03 10:00:41"), reply_to_req=mid(R2),
    subject=f"Automatic reply: [{R2}] Illegal gambling sites on your network",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Thursday 5 September with limited access
to email. For abuse matters please write to abuse@vellumhost.net, which
is monitored around the clock.

Tobi
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="vh-reseller-unknown",
    **{"from": "support@hostdeal-reseller.example"}, name_from="HostDeal Support",
    date=d("2024-09-05 18:22:10"),
    subject=f"Your complaint {R2} (Vellum Hosting)",
    body=f"""Hello,

We are a reseller of Vellum Hosting and the sites in your complaint {R2}
run on one of our accounts. We deleted {VH['toto']} and
{VH['bet']} from the account today.

HostDeal Support
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="reseller of a hosting provider answering in the provider's place",
    why="a sender that is not any platform's domain states removals: review, nothing applied",
    items={VH["toto"]: "pending", VH["bet"]: "pending"},
)

case(
    name="vh-url-below-statement",
    **{"from": "abuse@vellumhost.net"}, name_from="Vellum Hosting Abuse Desk",
    date=d("2024-09-07 11:05:00"), reply_to_req=mid(R2),
    subject=f"[VH-ABUSE #88412] Re: [{R2}] Illegal gambling sites on your network",
    body=f"""Hello,

The following site has been disabled on our side:

    {VH['bet']}

The customer removed the gambling pages from the following domain, which
now only shows our default placeholder page:

    {VH['toto']}

Vellum Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with each statement above an indented URL",
    why="each statement ends with a colon and its URL stands on the line below: both removed",
    items={VH["bet"]: "removed", VH["toto"]: "removed"},
)

# ================================================================ EdgeShield CDN (R3, 3 items)
case(
    name="es-not-a-host",
    **{"from": "abuse@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-04 12:00:05"), reply_to_req=mid(R3),
    subject=f"EdgeShield abuse report {R3} - forwarded to hosting provider",
    body=f"""Hello,

EdgeShield received your abuse report about:

{ES['shop']}
{ES['tg']}
{ES['cold']}

EdgeShield is a pass-through proxy and CDN. We do not host the content of
these websites and cannot remove material from the Internet that is
hosted elsewhere. We have forwarded your report to the website operator
and to the hosting provider, whose abuse contact is abuse@example-origin-host.example
(origin IP 203.0.113.45).

Learn more: https://edgeshield.io/trust/abuse-policy

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Cloudflare-style 'we are not a hosting provider, your report was forwarded' reply",
    why="the CDN neither removes nor refuses on the merits; it refers us to the host: all three stay pending",
    items={ES["shop"]: "pending", ES["tg"]: "pending", ES["cold"]: "pending"},
)

case(
    name="es-blocked-worldwide",
    **{"from": "abuse@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-06 07:40:00", UTC), reply_to_req=mid(R3),
    subject=f"Re: EdgeShield abuse report {R3}",
    body=f"""Hello,

After review under our Acceptable Use Policy we have blocked the
following URLs on our network. Visitors anywhere in the world now see an
EdgeShield block page instead of the content:

  * {ES['shop']}
  * {ES['tg']}

Our decision does not concern any other URL in your report.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply placing a global block page on specific URLs",
    why="two URLs blocked for visitors everywhere: removed",
    items={ES["shop"]: "removed", ES["tg"]: "removed"},
)

case(
    name="es-geo-block-kr",
    **{"from": "abuse@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-07 02:10:44", UTC), reply_to_req=mid(R3),
    subject=f"Re: EdgeShield abuse report {R3}",
    body=f"""Hello,

Access to {ES['cold']} from the Republic of Korea is now
blocked at our edge (visitors from KR receive HTTP 451). The site remains
available in other countries.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply on a country-level (HTTP 451) block",
    why="blocked only for Korea: restricted",
    items={ES["cold"]: "restricted"},
)

case(
    name="es-statement-on-host-item",
    **{"from": "abuse@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    date=d("2024-09-05 05:03:00", UTC),
    subject=f"Re: Illegal gambling sites ({R2})",
    body=f"""Hello,

Your report to Vellum Hosting was passed on to us because the site below
is proxied by EdgeShield. We have blocked {VH['toto']}
on our network worldwide.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="CDN acting on a site that was reported to its hosting provider",
    why="EdgeShield states a block for an item of the Vellum Hosting request: another platform's item",
    items={VH["toto"]: "pending"},
)

case(
    name="es-dsa-style-html",
    **{"from": "legal@edgeshield.io"}, name_from="EdgeShield Legal",
    date=d("2024-09-09 16:00:00"), reply_to_req=mid(R3),
    subject=f"Statement of reasons - {R3}",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="es-613-alt"

--es-613-alt
Content-Type: text/plain; charset=utf-8

Statement of reasons ({R3})

1. {ES['tg']}
Decision: access to the content disabled in all jurisdictions.
Ground: Acceptable Use Policy, section 2 (sale of controlled substances).
Automated means used: no.

2. {ES['cold']}
Decision: no action. We did not find a violation of our Acceptable Use
Policy on this page.

Redress: https://edgeshield.io/legal/appeals

--es-613-alt
Content-Type: text/html; charset=utf-8

<html><body>
<h3>Statement of reasons ({R3})</h3>
<ol>
<li><a href="{ES['tg']}">{ES['tg']}</a><br>
<b>Decision:</b> access to the content disabled in all jurisdictions.<br>
<b>Ground:</b> Acceptable Use Policy, section 2 (sale of controlled substances).<br>
<b>Automated means used:</b> no.</li>
<li><a href="{ES['cold']}">{ES['cold']}</a><br>
<b>Decision:</b> no action. We did not find a violation of our Acceptable Use Policy on this page.</li>
</ol>
<p>Redress: <a href="https://edgeshield.io/legal/appeals">https://edgeshield.io/legal/appeals</a></p>
</body></html>

--es-613-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, automated means, redress)",
    why="one URL disabled everywhere (removed), one with no violation found (rejected); the appeals link is no item",
    items={ES["tg"]: "removed", ES["cold"]: "rejected"},
)

# ================================================================ NameHarbor registrar (R4, 2 items)
case(
    name="nh-clienthold-and-deleted",
    **{"from": "abuse@nameharbor.com"}, name_from="NameHarbor Abuse",
    date=d("2024-09-06 04:25:00", UTC), reply_to_req=mid(R4),
    subject=f"Re: [{R4}] Phishing domains - case NH-ABU-20240905-7731",
    body=f"""Dear KCSC,

Regarding case NH-ABU-20240905-7731:

- kcsc-refund-center.example has been placed on clientHold. It no longer
  resolves, so {NH['refund']} is unreachable.
- gov-kr-refund.example expired and was deleted from the registry on
  4 September; the name is not registered anymore and
  {NH['gov']} does not exist.

Regards,
NameHarbor Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain on clientHold, other domain already expired and deleted",
    why="first domain suspended so its URL is unreachable (removed); second no longer exists (not_found)",
    items={NH["refund"]: "removed", NH["gov"]: "not_found"},
)

case(
    name="nh-registrant-notified",
    **{"from": "abuse@nameharbor.com"}, name_from="NameHarbor Abuse",
    date=d("2024-09-05 07:02:00", UTC), reply_to_req=mid(R4),
    subject=f"Re: [{R4}] Phishing domains - case NH-ABU-20240905-7731",
    body=f"""Dear KCSC,

We have notified the registrant of kcsc-refund-center.example and
gov-kr-refund.example and given them 72 hours to respond. If we do not
receive a satisfactory answer, the domains may be suspended in line with
our Registration Agreement.

Your reference {R4} has been recorded as case NH-ABU-20240905-7731.

NameHarbor Abuse Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="registrar forwarding the complaint to the registrant with a 72-hour deadline",
    why="only a notice to the registrant and a possible later suspension: both items stay pending",
    items={NH["refund"]: "pending", NH["gov"]: "pending"},
)

case(
    name="nh-read-receipt",
    **{"from": "abuse@nameharbor.com"}, name_from="NameHarbor Abuse",
    date=d("2024-09-05 10:31:00"),
    subject=f"Read: [{R4}] Phishing domains",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-613-nh"

--mdn-613-nh
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@nameharbor.com
  Subject: [{R4}] Phishing domains
  Sent: Thursday, 5 September 2024 10:00 (UTC+09:00)

was read on Thursday, 5 September 2024 10:31 (UTC+09:00).

--mdn-613-nh
Content-Type: message/disposition-notification

Reporting-UA: mail.nameharbor.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@nameharbor.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-613-nh--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the domains",
    items={},
)

case(
    name="nh-serverhold-one-line",
    **{"from": "k.mendes@nameharbor.com"}, name_from="Kai Mendes",
    date=d("2024-09-09 01:50:00", UTC), reply_to_req=mid(R4),
    subject=f"Re: [{R4}] Phishing domains",
    body=f"""{NH['refund']} -> registry applied serverHold at 09:40 UTC today, the domain is dead. fyi

Kai
NameHarbor compliance
""",
    outcome="applied", classification="confirmation",
    imitates="one-line note from a registrar compliance employee",
    why="one URL, domain on serverHold and dead: removed",
    items={NH["refund"]: "removed"},
)

case(
    name="nh-abuse-contact-change",
    **{"from": "compliance@nameharbor.com"}, name_from="NameHarbor Compliance",
    date=d("2024-09-12 09:00:00", UTC),
    subject="Change of NameHarbor abuse contact from 1 October 2024",
    body="""Dear partner,

From 1 October 2024 NameHarbor will handle abuse reports only through
our web form at https://nameharbor.com/abuse/report and the address
abuse-desk@nameharbor.com. The old address abuse@nameharbor.com will
stop accepting mail on that date.

Thank you for helping us keep the domain name system safe.

NameHarbor Compliance
""",
    outcome="review", review="no_claims", classification="other",
    imitates="registrar circular announcing a new abuse contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ================================================================ 달빛포럼 (R5, 5 items)
case(
    name="db-admin-korean-list",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d("2024-09-06 17:22:00"), reply_to_req=mid(R5),
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    body=f"""안녕하세요, 달빛포럼 운영자입니다.

요청하신 게시물 처리 결과를 알려드립니다.

1. {DB['p1']} - 삭제 완료
2. {DB['p2']} - 블라인드 처리
3. {DB_P3_RAW} - 작성자가 이미 삭제한 게시물입니다

나머지 두 건은 확인 중입니다.

감사합니다.
달빛포럼 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin's numbered result list (삭제/블라인드/작성자 삭제)",
    why="삭제 and 블라인드 are removed; a post already deleted by its author is not_found; the Korean path is written raw",
    items={DB["p1"]: "removed", DB["p2"]: "removed", DB["p3"]: "not_found"},
)

case(
    name="db-url-then-status-line",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d("2024-09-09 11:03:00"), reply_to_req=mid(R5),
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    body=f"""추가 처리 결과입니다.

{DB['p4']}
→ 임시조치(30일) 완료

{DB['p5']}
→ 운영자 삭제

운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with each URL followed by an arrow line giving the action",
    why="임시조치 is restricted; 운영자 삭제 is removed; the status stands on the line below each URL",
    items={DB["p4"]: "restricted", DB["p5"]: "removed"},
)

case(
    name="db-particles-fullwidth",
    **{"from": "mod.haneul@dalbitforum.kr"}, name_from="하늘(달빛포럼 관리자)",
    date=d("2024-09-07 20:45:10"), reply_to_req=mid(R5),
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    body=f"""안녕하세요.

{DB['p1']}은 게시중단 처리하였습니다.
게시물（{DB['p2']}）은 확인 결과 본인이 직접 올린 풍경 사진으로 규정 위반 사항이 없어 그대로 유지합니다.

문의 사항은 이 메일로 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean moderator reply with URLs followed by particles and full-width parentheses",
    why="게시중단 (removed) for the first; the second is kept because it breaks no rule (rejected)",
    items={DB["p1"]: "removed", DB["p2"]: "rejected"},
)

case(
    name="db-will-check-promise",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d("2024-09-06 12:10:00"), reply_to_req=mid(R5),
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    body=f"""네 메일 잘 받았습니다.
말씀하신 {DB['p1']} 포함 5건은 오늘 중으로 확인해 보고 삭제하도록 하겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="two-line Korean admin reply promising to check and delete",
    why="'확인해 보고 삭제하도록 하겠습니다' is a promise: nothing done yet",
    items={DB["p1"]: "pending"},
)

case(
    name="db-auto-reply",
    **{"from": "help@dalbitforum.kr"}, name_from="달빛포럼 고객센터",
    date=d("2024-09-06 10:00:30"), reply_to_req=mid(R5),
    subject=f"[자동응답] Re: [{R5}] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일은 자동 발송 메일입니다.

문의해 주셔서 감사합니다. 현재 담당자가 부재 중이며, 보내주신 메일은
영업일 기준 3일 이내에 확인 후 답변드리겠습니다.

달빛포럼 고객센터
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean help-desk automatic reply (자동응답)",
    why="auto-reply saying the staff is away",
    items={},
)

case(
    name="db-gmail-quote-korean",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d("2024-09-08 08:31:00"), reply_to_req=mid(R5),
    subject=f"Re: [{R5}] 불법정보 삭제 요청",
    body=f"""88302번 글은 지웠습니다.
{DB['p5']}

2024년 9월 6일 (금) 오전 10:00, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
> 안녕하십니까. 방송통신심의위원회입니다.
> 아래 게시물은 불법정보에 해당하므로 삭제를 요청드립니다.
>
> {DB['p1']}
> {DB['p2']}
> {DB['p4']}
> {DB['p5']}
>
> 요청번호: {R5}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin's short Gmail reply over the quoted request (님이 작성:)",
    why="the admin deleted post 88302 (URL on the next line); the quoted list is our own request",
    items={DB["p5"]: "removed", DB["p1"]: "pending", DB["p2"]: "pending", DB["p4"]: "pending"},
)

case(
    name="db-html-result-table",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date=d("2024-09-10 14:00:00"), reply_to_req=mid(R5),
    subject=f"[{R5}] 시정요구 조치결과 회신",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 {R5} 에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{DB['p1']}</td><td>삭제</td><td>2024-09-07</td></tr>
<tr><td>2</td><td>{DB['p2']}</td><td>임시조치</td><td>2024-09-07</td></tr>
<tr><td>3</td><td>{DB['p4']}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>달빛포럼 운영팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table (번호/URL/조치결과/조치일자) in HTML",
    why="삭제 removed, 임시조치 restricted, 해당 게시물 없음 not_found",
    items={DB["p1"]: "removed", DB["p2"]: "restricted", DB["p4"]: "not_found"},
)

# ================================================================ Kumochan (R6, 3 items)
case(
    name="kc-janitor-one-line",
    **{"from": "janitor@kumochan.org"}, name_from="kumochan janitor",
    date=d("2024-09-09 23:58:00"), reply_to_req=mid(R6),
    subject=f"Re: [{R6}] Removal request",
    body=f"""thread {KC['t1']} nuked (deleted + files purged). -j
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an image board janitor",
    why="'nuked (deleted + files purged)' about one thread: removed",
    items={KC["t1"]: "removed"},
)

_csv2 = csv_text([
    ["post_url", "action", "mod", "timestamp_utc", "comment"],
    [KC["t1"], "deleted", "j", "2024-09-09T14:58Z", "thread + replies"],
    [KC["t2"], "no action", "admin", "2024-09-10T03:10Z", "drawing, not a photo; does not break board rules"],
    [KC["img"], "not found", "admin", "2024-09-10T03:12Z", "file was already pruned by the board, nothing to delete"],
], eol="\n")
case(
    name="kc-modlog-csv",
    **{"from": "admin@kumochan.org"}, name_from="kumochan admin",
    date=d("2024-09-10 12:30:00"), reply_to_req=mid(R6),
    subject=f"Re: [{R6}] Removal request",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="kc-613-mix"

--kc-613-mix
Content-Type: text/plain; charset=utf-8

hi, mod log export for your three links attached.

--kc-613-mix
Content-Type: text/csv; name="modlog-{R6}.csv"
Content-Disposition: attachment; filename="modlog-{R6}.csv"

{_csv2}
--kc-613-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin attaching a moderation-log CSV export",
    why="CSV rows: thread deleted (removed), thread kept as it breaks no rule (rejected), image already gone (not_found)",
    items={KC["t1"]: "removed", KC["t2"]: "rejected", KC["img"]: "not_found"},
)

case(
    name="kc-volunteer-gmail",
    **{"from": "sorajima.mod@gmail.com"}, name_from="sora",
    date=d("2024-09-10 01:15:00"),
    subject=f"Re: [{R6}] Removal request",
    body=f"""hello, I'm one of the volunteer mods at kumochan. the admin forwarded
your mail to me. I deleted the thread {KC['t2']} a few
minutes ago.

sora
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="volunteer moderator answering from a personal webmail address",
    why="the statement comes from gmail.com, not from kumochan.org",
    items={KC["t2"]: "pending"},
)

# ================================================================ Pastebox (R7, 1 item)
case(
    name="pb-sole-statement",
    **{"from": "abuse@pastebox.dev"}, name_from="Pastebox",
    date=d("2024-09-10 15:20:00"), reply_to_req=mid(R7),
    subject=f"Re: [{R7}] Removal request: personal data",
    body=f"""Hi,

The paste you reported under {R7} has been removed and the account that
posted it has been banned.

Pastebox abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small paste site confirming the single reported paste was removed",
    why="one-item request; the only statement is about 'the paste you reported': removed",
    items={PB: "removed"},
)

_pdf = tiny_pdf("Paste " + PB + " : removed on 2024-09-11")
case(
    name="pb-pdf-outcome",
    **{"from": "legal@pastebox.dev"}, name_from="Pastebox Legal",
    date=d("2024-09-11 18:00:00"), reply_to_req=mid(R7),
    subject=f"Re: [{R7}] Removal request: personal data",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pb-613-mix"

--pb-613-mix
Content-Type: text/plain; charset=utf-8

Dear KCSC,

please find our decision on your request {R7} in the attached letter.

Pastebox Legal

--pb-613-mix
Content-Type: application/pdf; name="{R7}-decision.pdf"
Content-Disposition: attachment; filename="{R7}-decision.pdf"
Content-Transfer-Encoding: base64

{b64(_pdf)}
--pb-613-mix--
""",
    outcome="review", review="unreadable_attachment", classification="confirmation",
    imitates="legal team sending its decision as a PDF letter",
    why="the decision is only in a PDF attachment the body does not summarise",
    items={PB: "pending"},
)

case(
    name="pb-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.pastebox.dev"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-10 05:00:00", UTC),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-613-pb"

--dsn-613-pb
Content-Type: text/plain; charset=us-ascii

This is a warning message only. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Your message to <abuse@pastebox.dev> has not been delivered yet. The mail
system will keep retrying for 4 more days.

--dsn-613-pb
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pastebox.dev

Final-Recipient: rfc822; abuse@pastebox.dev
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 14 Sep 2024 01:00:00 +0000

--dsn-613-pb
Content-Type: text/rfc822-headers

From: {OUR_SIG}
To: abuse@pastebox.dev
Subject: [{R7}] Removal request: personal data
Message-ID: <{mid(R7)}@kcsc.example>

--dsn-613-pb--
""",
    outcome="ignored", classification="bounce",
    imitates="delay warning DSN (Action: delayed)",
    why="delivery-status notice, no statement",
    items={},
)

case(
    name="pb-text-table-policy-link",
    **{"from": "ops@pastebox.dev"}, name_from="Pastebox Ops",
    date=d("2024-09-12 09:09:09"), reply_to_req=mid(R7),
    subject=f"Re: [{R7}] Removal request: personal data",
    body=f"""URL                                   STATUS
{PB}         deleted (doxxing, AUP section 4)

Acceptable use policy: https://pastebox.dev/legal/acceptable-use
""",
    outcome="applied", classification="confirmation",
    imitates="terse two-column status table from a paste site operator",
    why="one-row table: deleted; the policy link is not an item",
    items={PB: "removed"},
)

HEADER = """# Blind set 613 (hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a paste site). Written by tests/corpus/blind613/make.py
# from each email's meaning, before the reader was ever run on it.
# Each case is judged alone on a fresh ledger holding requests.csv."""


def encode_headers(cases):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as mailers send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=76)


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind613", HEADER, CASES)


if __name__ == "__main__":
    main()
