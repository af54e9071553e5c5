#!/usr/bin/env python3
"""Blind set 523: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a small blog service answering informally,
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind523/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind523"
MARKET = quote("장터")  # %EC%9E%A5%ED%84%B0

# ---------------------------------------------------------------- requests
S = {i: u for i, u in enumerate([
    "https://sendbin.example/f/7Qx2LmA9",
    "https://sendbin.example/f/Bn4rT8wE",
    "https://sendbin.example/f/Kd91ZsPq",
    "https://sendbin.example/f/mW3vY6cH",
    "https://sendbin.example/f/Tz0aR5uJ",
    "https://sendbin.example/f/pL8eN2gX",
    "https://sendbin.example/d/fold-Hq7Vb3",
    "https://sendbin.example/d/fold-Ra2Kc9",
    "https://sendbin.example/f/Yc6sD1oM",
    "https://sendbin.example/f/Ue5hW7kB",
    "https://dl.sendbin.example/get/Nx3Jt8Lr/drama_e01.mp4",
    "https://dl.sendbin.example/get/Gv2Qp4Ws/drama_e02.mp4",
    "https://sendbin.example/f/Ai9Fm0Zt",
], start=1)}
N = {
    1: "https://luckyslot-kr.example/join",
    2: "http://203.0.113.45/~mintcasino/index.php",
    3: "https://pill-direct-kr.example/products/order.html",
    4: "https://luckyslot-kr.example/event/welcome-bonus",
}
E = {
    1: "https://toto-paradise.example/event/1177",
    2: "https://toto-paradise.example/event/1178",
    3: "https://drama-free-hd.example/watch/ep12",
}
R = {
    1: "http://kcsc-notice-center.example/",
    2: "https://cheap-id-card.example/order",
}
H = {
    1: "https://hanmadang.example/board/free/88213",
    2: "https://hanmadang.example/board/free/88240",
    3: f"https://hanmadang.example/board/{MARKET}/5521",
    4: f"https://hanmadang.example/board/{MARKET}/5530",
    5: "https://hanmadang.example/gallery/view?no=30412",
}
# the same, as a Korean writer types them
HK = {k: v.replace(MARKET, "장터") for k, v in H.items()}
I = {
    1: "https://ichan.example/b/res/448120.html",
    2: "https://img.ichan.example/src/1725380011223.jpg",
    3: "https://ichan.example/kr/res/90211.html",
    4: "https://ichan.example/b/res/448307.html",
}
D = {1: "https://dotoriblog.example/@haneul77/214"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "sendbin", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     S, "copyright", 'file host; 13 links incl. 2 folders, "drama" episodes'),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     N, "gambling", "customer sites on Nimbus IP space, one bare IP"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     E, "gambling", "sites behind EdgeVeil CDN, origin unknown"),
    ("KCSC-240905-04", "regbox", "2024-09-05T15:10:00+09:00", "2024-09-12T18:00:00+09:00",
     R, "impersonation", "registrar: domains, not pages"),
    ("KCSC-240906-05", "hanmadang", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     H, "illegal_goods", "forum posts, two under the 장터 (market) board"),
    ("KCSC-240909-06", "ichan", "2024-09-09T13:20:00+09:00", "2024-09-16T18:00:00+09:00",
     I, "obscenity", "image board threads and one image file"),
    ("KCSC-240910-07", "dotoriblog", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00",
     D, "defamation", "single blog post"),
]


def req_mid(ref):
    return f"req.{ref}"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for k in sorted(urls):
                w.writerow([ref, plat, sent, due, urls[k], cat, req_mid(ref) + "@kcsc.example", note])


def quoted_request(ref, platform_name, urls, prefix):
    lines = [
        f"Dear {platform_name},",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"block access to the content below (reference {ref}).",
        "",
    ]
    for k in sorted(urls):
        lines.append(f"{k}. {urls[k]}")
    lines += ["", "Korea Communications Standards Commission", "takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


SB = "SendBin"
cases = []


def case(**kw):
    cases.append(kw)


# =================================================================== SendBin
case(name="sb-abuse-desk-bullets", **{"from": "abuse@sendbin.example"}, name_from="SendBin Abuse",
     date="Tue, 03 Sep 2024 16:12:40 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Hello,

Thanks for the notice. Our abuse team went through the links you sent,
here is where things stand:

- {S[1]} - removed, uploader account closed
- {S[2]} - removed
- {S[3]} - removed
- {S[7]} - folder deleted (4 files inside)
- {S[4]} - no such file; the uploader had deleted it before your mail arrived
- {S[5]} - we opened it: a trailer that is freely distributed by the studio itself. Nothing in it breaks our terms, so it stays online.

We'll get back to you on the other links separately.

Regards,
Marta K.
SendBin Abuse Team
""", outcome="applied", classification="confirmation",
     imitates="file-host abuse-desk reply with a dashed per-link list",
     why="six links each with its own outcome: four removed, one already gone (not_found), one kept with a reason (rejected)",
     items={S[1]: "removed", S[2]: "removed", S[3]: "removed", S[7]: "removed",
            S[4]: "not_found", S[5]: "rejected"})

csv_rows = [("file_url", "action", "handled_at_utc", "note")]
csv_status = {1: "REMOVED", 2: "REMOVED", 3: "REMOVED", 4: "NOT_FOUND", 5: "NO_ACTION", 6: "REMOVED",
              7: "REMOVED", 8: "REMOVED", 9: "NOT_FOUND", 10: "REMOVED", 11: "REMOVED", 12: "REMOVED",
              13: "NO_ACTION"}
csv_note = {"REMOVED": "deleted by T&S", "NOT_FOUND": "file id does not exist",
            "NO_ACTION": "reviewed, no violation of ToS; left online"}
for k in sorted(S):
    st = csv_status[k]
    csv_rows.append((S[k], st, f"2024-09-04 0{k % 9}:{10 + k * 3:02d}", csv_note[st]))
import io  # noqa: E402
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(csv_rows)
CSV_TEXT = _buf.getvalue()
case(name="sb-csv-attachment", **{"from": "trust-safety@sendbin.example"}, name_from="SendBin Trust & Safety",
     date="Wed, 04 Sep 2024 11:40:05 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="KCSC-240902-01 - takedown results (13 links)",
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="sbx-20240904-1140"

--sbx-20240904-1140
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the export from our takedown tool for your request
KCSC-240902-01, one row per link.

Action codes: REMOVED = file deleted; NOT_FOUND = the link does not point
to any file on SendBin; NO_ACTION = reviewed, no breach of our Terms of
Service found, the file stays online.

SendBin Trust & Safety

--sbx-20240904-1140
Content-Type: text/csv; charset=utf-8; name="kcsc-240902-01_results.csv"
Content-Disposition: attachment; filename="kcsc-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_TEXT)}
--sbx-20240904-1140--
""", outcome="applied", classification="confirmation",
     imitates="trust-and-safety export attached as a CSV spreadsheet with an action-code legend",
     why="CSV gives every one of the 13 links an action; NO_ACTION is explained as kept with no breach (rejected)",
     items={S[k]: {"REMOVED": "removed", "NOT_FOUND": "not_found", "NO_ACTION": "rejected"}[csv_status[k]]
            for k in sorted(S)})

case(name="sb-url-then-status-line", **{"from": "jonas@sendbin.example"}, name_from="Jonas (SendBin support)",
     date="Wed, 04 Sep 2024 18:03:51 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Hi KCSC team,

checked these four today:

{S[6]}
deleted

{S[8]}
deleted (whole folder)

{S[9]}
link is dead on our side, that file id doesn't exist

{S[10]}
deleted

--
Jonas
SendBin support
""", outcome="applied", classification="confirmation",
     imitates="support agent's terse reply: bare URL with its status on the next line",
     why="each URL is followed by its own one-word status line",
     items={S[6]: "removed", S[8]: "removed", S[9]: "not_found", S[10]: "removed"})

top = f"""Both video files are taken down now:
{S[11]}
{S[12]}

Still looking at the rest – the folders take a bit longer because we have to go through every file inside them before we can decide anything.

Anna

On Mon, 2 Sep 2024 at 03:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", SB, S, "> ")}
"""
case(name="sb-gmail-top-post-qp", **{"from": "anna.l@sendbin.example"}, name_from="Anna Lindqvist",
     date="Thu, 05 Sep 2024 09:15:02 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(top)}
""", outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply in quoted-printable over the '>' quoted request",
     why="two links named above the quote are taken down; the 13 links in the '>' quote are the regulator's own words",
     items={S[11]: "removed", S[12]: "removed"})

case(name="sb-base64-disabled-list", **{"from": "legal@sendbin.example"}, name_from="SendBin Legal",
     date="Thu, 05 Sep 2024 14:00:00 +0000", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Your request KCSC-240902-01",
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear Sir or Madam,

In reference to your request KCSC-240902-01, we confirm that access to the
following files has been disabled on our platform:

1. {S[13]}
2. {S[1]}
3. {S[3]}

The uploaders have been informed of this decision.

Kind regards,
SendBin Legal Department
''')}
""", outcome="applied", classification="confirmation",
     imitates="legal department confirmation letter, base64-encoded body",
     why="'access ... has been disabled' for three numbered links: removed",
     items={S[13]: "removed", S[1]: "removed", S[3]: "removed"})

rows = [(S[2], "Removed", "2024-09-05 08:12"), (S[4], "File not found", "2024-09-05 08:13"),
        (S[6], "Removed", "2024-09-05 08:20"), (S[9], "File not found", "2024-09-05 08:21"),
        (S[10], "Removed", "2024-09-05 08:30")]
trs = "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td><td>{t}</td></tr>' for u, a, t in rows)
case(name="sb-html-table", **{"from": "trust-safety@sendbin.example"}, name_from="SendBin Trust & Safety",
     date="Thu, 05 Sep 2024 10:45:00 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Outcome of your report KCSC-240902-01", type="html",
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the outcome for the links in request KCSC-240902-01 that we have finished reviewing.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th><th>Date (UTC)</th></tr>
{trs}
</table>
<p>The remaining links are still being reviewed.</p>
<p>SendBin Trust &amp; Safety<br><a href="https://sendbin.example/help/abuse">Abuse policy</a></p>
</body></html>
""", outcome="applied", classification="confirmation",
     imitates="HTML outcome table from a trust-and-safety ticket system",
     why="table rows give each link its outcome; the help link is not an item",
     items={S[2]: "removed", S[4]: "not_found", S[6]: "removed", S[9]: "not_found", S[10]: "removed"})

case(name="sb-outlook-original-message", **{"from": "ana.ruiz@sendbin.example"}, name_from="Ana Ruiz",
     date="Fri, 06 Sep 2024 12:31:09 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="RE: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Hello,

We removed the following files today:
{S[2]}
{S[7]}

This one was already unavailable when we checked (deleted by the uploader on 1 September):
{S[4]}

Best regards
Ana Ruiz
SendBin Compliance

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:30 AM
To: abuse@sendbin.example
Subject: [KCSC-240902-01] Request for removal of illegal content

{quoted_request("KCSC-240902-01", SB, S, "")}
""", outcome="applied", classification="confirmation",
     imitates="Outlook reply above an unprefixed -----Original Message----- block",
     why="three links stated above the original message; the request below it is quoted, not a statement",
     items={S[2]: "removed", S[7]: "removed", S[4]: "not_found"})

case(name="sb-dsa-statement-of-reasons", **{"from": "dsa-notices@legal.sendbin.example"},
     name_from="SendBin DSA Notices",
     date="Mon, 09 Sep 2024 07:02:44 +0000",
     subject="Statement of reasons - your notice KCSC-240902-01",
     body=f"""
Statement of reasons (Article 17, Regulation (EU) 2022/2065)

Notice reference: KCSC-240902-01
Our reference: SB-SOR-2024-0909-0042

Item 1
  Content: {S[5]}
  Decision: access to the content disabled
  Territorial scope: Republic of Korea only
  Ground: alleged illegal content under the law of the Republic of Korea
  Facts relied on: notice submitted by a national authority
  Automated means used: no

Item 2
  Content: {S[6]}
  Decision: content removed
  Territorial scope: worldwide
  Ground: incompatible with the SendBin Terms of Service, section 4.2
  Automated means used: no

Redress: the uploader may use our internal complaint-handling system at
https://sendbin.example/dsa/complaints or an out-of-court dispute
settlement body.
""", outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons with per-item decision and territorial scope",
     why="item 1 disabled in Korea only (restricted), item 2 removed worldwide; the complaints link is not an item",
     items={S[5]: "restricted", S[6]: "removed"})

case(name="sb-policy-and-appeal-links", **{"from": "copyright@sendbin.example"}, name_from="SendBin Copyright Agent",
     date="Mon, 09 Sep 2024 15:20:00 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Hi,

the three files below were removed under our copyright policy
(https://sendbin.example/help/copyright). The uploader has been told that
they can appeal at https://sendbin.example/appeal.

 * {S[9]}
 * {S[10]}
 * {S[13]}

SendBin Copyright Agent
""", outcome="applied", classification="confirmation",
     imitates="copyright-agent reply citing its own policy and appeal pages",
     why="three bulleted files removed; the policy and appeal links are the platform's own pages, not items",
     items={S[9]: "removed", S[10]: "removed", S[13]: "removed"})

case(name="sb-promise-within-24h", **{"from": "abuse@sendbin.example"}, name_from="SendBin Abuse",
     date="Tue, 03 Sep 2024 09:05:00 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body=f"""
Hello,

thanks for your report KCSC-240902-01. We have confirmed that the files
below breach our terms, and they will be removed within 24 hours:

  {S[13]}
  {S[5]}

We will confirm once this is done.

SendBin Abuse Team
""", outcome="review", review="not_understood",
     imitates="abuse desk promising removal within a time window",
     why="'will be removed within 24 hours' is a promise, not a statement: items stay pending",
     items={S[13]: "pending", S[5]: "pending"})

case(name="sb-bulk-all-disabled", **{"from": "abuse@sendbin.example"}, name_from="SendBin Abuse",
     date="Fri, 06 Sep 2024 17:44:10 +0200", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content",
     body="""
Hello,

All files listed in your notice KCSC-240902-01 have been disabled and the
uploader's account has been terminated.

Regards,
SendBin Abuse Team
""", outcome="review", review="bulk",
     imitates="one-sentence closure of a multi-link abuse ticket",
     why="one statement about all thirteen links of the request without naming any: bulk",
     items={S[k]: "pending" for k in sorted(S)})

case(name="sb-asks-for-legal-basis", **{"from": "legal@sendbin.example"}, name_from="SendBin Legal",
     date="Wed, 04 Sep 2024 10:10:10 +0000", reply_to_req=req_mid("KCSC-240902-01"),
     subject="Re: [KCSC-240902-01] Request for removal of illegal content - information needed",
     body="""
Dear Sir or Madam,

Before we can act on request KCSC-240902-01 we need, for each reported
file, the specific legal provision of Korean law that the content is said
to infringe, and confirmation of whether your request is a binding order
or a notice. Please reply to this email with that information.

Kind regards,
SendBin Legal Department
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="host's legal team asking for the legal basis before acting",
     why="asks the regulator for more information; no item has a status")

case(name="sb-dsn-bounce", **{"from": "MAILER-DAEMON@mx2.sendbin.example"},
     name_from="Mail Delivery System",
     date="Mon, 02 Sep 2024 03:31:12 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-B7F2A41C"

--dsn-B7F2A41C
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.sendbin.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@sendbin.example>: host mailstore.sendbin.example said:
    550 5.1.1 <legal-kr@sendbin.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-B7F2A41C
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.sendbin.example
Arrival-Date: Mon,  2 Sep 2024 01:31:10 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@sendbin.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-B7F2A41C
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@sendbin.example
Subject: [KCSC-240902-01] Request for removal of illegal content
Message-ID: <req.KCSC-240902-01@kcsc.example>
Date: Mon, 02 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240902-01", SB, S, "")}

--dsn-B7F2A41C--
""", outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning the original request with its links",
     why="delivery failure report; the links are in the returned original",
     items={S[1]: "pending", S[13]: "pending"})

# =================================================================== Nimbus Hosting
case(name="nh-ticket-resolved-mixed", **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Wed, 04 Sep 2024 20:14:33 +0100",
     subject="[NH-ABUSE #558120] RESOLVED: KCSC-240903-02",
     body=f"""
Hello,

This is an update on abuse ticket #558120.

{N[1]}
{N[4]}
Our customer did not respond within the 24 hour window, so we suspended
the hosting account serving both of these pages. They now return our
suspension page.

{N[3]}
This domain does not point to any server on our network (it resolves to
an address announced by another provider), so there is nothing for us to
act on. Please check the IP/WHOIS records for the actual host.

{N[2]} is being handled in a separate ticket.

Kind regards,
Nimbus Hosting Abuse Department
""", outcome="applied", classification="confirmation",
     imitates="hosting provider abuse ticket closure (WHMCS-style subject) with URLs above their statements",
     why="two pages suspended (removed); one domain not on their network at all (not_found); the bare-IP page is deferred",
     items={N[1]: "removed", N[4]: "removed", N[3]: "not_found", N[2]: "pending"})

case(name="nh-noc-one-liner", **{"from": "tomas@nimbushost.example"}, name_from="Tomas Novak",
     date="Wed, 04 Sep 2024 08:02:11 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="Re: KCSC-240903-02",
     body=f"""
both gone, account terminated.
{N[1]}
{N[4]}

--
Tomas | Nimbus Hosting NOC
""", outcome="applied", classification="confirmation",
     imitates="one-line NOC reply from a hosting engineer",
     why="'both gone, account terminated' about the two listed pages: removed",
     items={N[1]: "removed", N[4]: "removed"})

case(name="nh-angle-bracket-wrapped", **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Thu, 05 Sep 2024 13:27:00 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="Re: [KCSC-240903-02] Request for removal of illegal content",
     body="""
Hello,

Regarding your request KCSC-240903-02: the page <http://203.0.113.45/
~mintcasino/index.php> has been disabled. The customer's home directory
is locked and the web server now answers 403 Forbidden for it.

The other URLs in your request are handled in ticket #558120.

Nimbus Hosting Abuse Department
""", outcome="applied", classification="confirmation",
     imitates="abuse desk reply with a URL in angle brackets wrapped across two lines",
     why="the wrapped bracketed URL is the bare-IP page; 'has been disabled': removed",
     items={N[2]: "removed"})

case(name="nh-receipt-with-agent-note", **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     date="Tue, 03 Sep 2024 14:40:21 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="[NH-ABUSE #558377] We have received your report",
     body=f"""
Thank you for contacting Nimbus Hosting Abuse. Your report has been
logged as ticket #558377. Please keep the ticket number in the subject
line of any reply.

Note from the agent handling your ticket:
We have already suspended the site at {N[1]} - it was on a shared server
and the account holder had several earlier complaints against it.

--
Nimbus Hosting Abuse Department
https://nimbushost.example/legal/aup
""", outcome="applied", classification="confirmation",
     imitates="ticket-system receipt carrying an agent's note",
     why="receipt wording plus an unhedged 'we have already suspended' about one page: not a pure acknowledgement",
     items={N[1]: "removed"})

case(name="nh-hedge-may-have", **{"from": "tomas@nimbushost.example"}, name_from="Tomas Novak",
     date="Thu, 05 Sep 2024 09:50:30 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="Re: KCSC-240903-02",
     body=f"""
Hi,

had a look at {N[4]} - looks like the customer may have taken the page
down already, at least I get a 404 from here. I'll confirm with them and
come back to you.

Tomas
""", outcome="review", review="not_understood",
     imitates="engineer's hedged first look at a reported page",
     why="'may have taken the page down' and 'I'll confirm' are hedges: item stays pending",
     items={N[4]: "pending"})

case(name="nh-dkim-fail", **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse",
     auth="fail",
     date="Fri, 06 Sep 2024 02:12:00 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="Re: [KCSC-240903-02] Request for removal of illegal content",
     body=f"""
Hello,

The page {N[3]} has been removed from our servers.

Nimbus Hosting Abuse Department
""", outcome="review", review="untrusted",
     imitates="abuse desk confirmation whose DKIM/SPF/DMARC checks fail",
     why="platform domain but authentication fails: untrusted, nothing applied",
     items={N[3]: "pending"})

case(name="nh-site-owner-writes", **{"from": "minho.k@inboxmail.example"}, name_from="Minho Kim",
     date="Fri, 06 Sep 2024 22:41:05 +0900",
     subject="KCSC-240903-02 page deleted, please unsuspend",
     body=f"""
Hello,

I got your complaint through my hosting company Nimbus. I have deleted the
page {N[4]} myself. Please tell Nimbus to unsuspend my account, my other
pages have nothing to do with this.

Minho Kim
""", outcome="review", review="unknown_sender",
     imitates="site operator writing to the regulator directly after a host forwarded the complaint",
     why="the customer, not the platform, claims deletion from a domain of no platform: unknown_sender",
     items={N[4]: "pending"})

case(name="nh-out-of-office", **{"from": "tomas@nimbushost.example"}, name_from="Tomas Novak",
     date="Tue, 03 Sep 2024 11:00:09 +0100", reply_to_req=req_mid("KCSC-240903-02"),
     subject="Automatic reply: [KCSC-240903-02] Request for removal of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Hi,

I am out of the office until 9 September with limited access to email.
For abuse reports please write to abuse@nimbushost.example, which is
monitored around the clock.

Tomas
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply",
     why="automatic reply; says nothing about the pages")

# =================================================================== EdgeVeil CDN
case(name="ev-geoblock-and-forward", **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     date="Thu, 05 Sep 2024 04:18:55 +0000", reply_to_req=req_mid("KCSC-240904-03"),
     subject="[EV-ABUSE-77104] Re: KCSC-240904-03",
     body=f"""
Hello KCSC,

EdgeVeil provides caching and proxy services for the sites in your report;
we are not their hosting provider.

Given the nature of your notice, we have applied a geographic block so
that the following URLs are no longer served through our network to
visitors located in the Republic of Korea:

  {E[1]}
  {E[2]}

For {E[3]} we have forwarded your complaint to the hosting provider and to
the site operator, who are best placed to act on it.

EdgeVeil Trust & Safety
Ref: EV-ABUSE-77104
""", outcome="applied", classification="confirmation",
     imitates="CDN abuse reply: pass-through disclaimer, country block, forward to host",
     why="two URLs geo-blocked for Korea (restricted); the third was only forwarded, no status",
     items={E[1]: "restricted", E[2]: "restricted", E[3]: "pending"})

case(name="ev-pages-deployment-down", **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     date="Fri, 06 Sep 2024 16:02:00 +0000", reply_to_req=req_mid("KCSC-240904-03"),
     subject="[EV-ABUSE-77104] Update",
     body=f"""
Hi,

Update on EV-ABUSE-77104 (your KCSC-240904-03). It turns out that
drama-free-hd.example is deployed on EdgeVeil Pages, so in this case we do
host it ourselves. We have taken the deployment down;
{E[3]} now shows our "site unavailable" page in every country.

EdgeVeil Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="CDN follow-up once the content turns out to be on its own hosting product",
     why="deployment taken down, page unavailable everywhere: removed",
     items={E[3]: "removed"})

case(name="ev-forwarded-only", **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
     date="Wed, 04 Sep 2024 03:30:00 +0000", reply_to_req=req_mid("KCSC-240904-03"),
     subject="[EV-ABUSE-77104] Re: KCSC-240904-03",
     body=f"""
Hello,

EdgeVeil is a pass-through security and CDN provider for the websites
below; we cannot remove content that we do not host.

  {E[1]}
  {E[2]}
  {E[3]}

We have forwarded your report to the hosting provider of each site and to
the website operators, and given the hosting providers the origin IP
addresses so that they can locate the content. Please contact them
directly for any follow-up:

  toto-paradise.example   hosted by Brightpath Servers (abuse@brightpath.example)
  drama-free-hd.example   hosted by Kappa Cloud (abuse@kappacloud.example)

EdgeVeil Trust & Safety
""", outcome="review", review="not_understood",
     imitates="CDN reply that only forwards the complaint to the origin hosts",
     why="names all three URLs but states no outcome for any: no removal, no refusal on the merits",
     items={E[1]: "pending", E[2]: "pending", E[3]: "pending"})

case(name="ev-ticket-receipt", **{"from": "noreply@tickets.edgeveil.example"}, name_from="EdgeVeil Abuse",
     date="Wed, 04 Sep 2024 00:41:02 +0000",
     subject="We received your abuse report [EV-ABUSE-77104]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""
Thank you for your report. This is an automated confirmation that we have
received it.

Report ID: EV-ABUSE-77104
Category: Other illegal content
Your reference: KCSC-240904-03
URLs submitted:
  {E[1]}
  {E[2]}
  {E[3]}

Our team reviews every report. You will receive another email if we need
more information from you.

Do not reply to this message.
""", outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse-form auto-confirmation echoing the submitted URLs",
     why="pure automated receipt echoing the report; nothing is stated about the URLs",
     items={E[1]: "pending", E[2]: "pending", E[3]: "pending"})

# =================================================================== RegBox registrar
case(name="rb-clienthold-and-refusal", **{"from": "abuse@regbox.example"}, name_from="RegBox Domain Abuse",
     date="Mon, 09 Sep 2024 10:05:00 +0000", reply_to_req=req_mid("KCSC-240905-04"),
     subject="Re: KCSC-240905-04 - abuse complaint",
     body=f"""
Dear Complainant,

We have completed our review of the two domains in your complaint.

1) kcsc-notice-center.example ({R[1]})
The domain was used to impersonate a government body. We have placed it
on clientHold, so it no longer resolves.

2) cheap-id-card.example ({R[2]})
We asked the registrant to respond. Having reviewed their answer and the
site, we found no breach of our Registration Agreement or Acceptable Use
Policy. The domain remains active. If you believe the site is unlawful,
please take the matter to its hosting provider or to a court.

Regards,
RegBox Domain Abuse Team
""", outcome="applied", classification="confirmation",
     imitates="registrar abuse decision: clientHold for one domain, refusal for the other",
     why="clientHold, no longer resolves (removed); no breach found, domain remains active (rejected)",
     items={R[1]: "removed", R[2]: "rejected"})

case(name="rb-reseller-claims", **{"from": "abuse@namehut.example"}, name_from="NameHut Support",
     date="Tue, 10 Sep 2024 08:30:00 +0900",
     subject="Re: KCSC-240905-04 cheap-id-card.example",
     body=f"""
Hello,

We are the reseller through which cheap-id-card.example was registered at
RegBox. Following your complaint we have suspended the domain, so
{R[2]} no longer loads.

NameHut Support
""", outcome="review", review="unknown_sender",
     imitates="domain reseller answering on behalf of the registrar",
     why="the reseller's domain is no configured platform: unknown_sender",
     items={R[2]: "pending"})

case(name="rb-dsn-delayed", **{"from": "mailer-daemon@regbox.example"}, name_from="Mail Delivery Subsystem",
     date="Fri, 06 Sep 2024 03:10:00 +0000",
     subject="Delivery Status Notification (Delay)",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="rbdsn-0906"

--rbdsn-0906
Content-Type: text/plain; charset=utf-8

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     compliance@regbox.example

Message will be retried for 3 more day(s).

--rbdsn-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; relay1.regbox.example

Final-Recipient: rfc822; compliance@regbox.example
Action: delayed
Status: 4.4.7
Will-Retry-Until: Mon, 9 Sep 2024 03:10:00 +0000

--rbdsn-0906
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: compliance@regbox.example
Subject: [KCSC-240905-04] Request for removal of illegal content
Message-ID: <req.KCSC-240905-04@kcsc.example>
Date: Thu, 05 Sep 2024 15:10:00 +0900

--rbdsn-0906--
""", outcome="ignored", classification="bounce",
     imitates="delivery-delay DSN with the original headers",
     why="delay warning from the mail system; no statement")

# =================================================================== 한마당 forum
case(name="hm-text-table-korean", **{"from": "report@hanmadang.example"}, name_from="한마당 커뮤니티 운영팀",
     date="Mon, 09 Sep 2024 14:20:00 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="[한마당] KCSC-240906-05 요청 건 조치 결과 안내",
     body=f"""
안녕하세요, 한마당 커뮤니티 운영팀입니다.
방송통신심의위원회에서 요청하신 건(KCSC-240906-05)에 대한 조치 결과를 아래와 같이 알려드립니다.

번호  게시물 주소                                        조치 결과
----  -------------------------------------------------  ---------------------------
1     {HK[1]}         게시중단
2     {HK[2]}         블라인드 처리
3     {HK[3]}          작성자 자진 삭제 (요청 접수 전)
4     {HK[4]}          임시조치 (30일)
5     {HK[5]}    운영자 삭제

문의 사항은 회신 주시기 바랍니다.
감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Korean forum 조치 결과 plain-text table with raw Korean board path",
     why="five rows: 게시중단/블라인드/운영자 삭제 removed, 작성자 자진 삭제 before the request not_found, 임시조치 restricted",
     items={H[1]: "removed", H[2]: "removed", H[3]: "not_found", H[4]: "restricted", H[5]: "removed"})

case(name="hm-admin-one-line-particle", **{"from": "admin@hanmadang.example"}, name_from="한마당 운영자",
     date="Sat, 07 Sep 2024 23:48:12 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     body=f"""
운영자입니다. {HK[3]}은 오늘 삭제했습니다.
""", outcome="applied", classification="confirmation",
     imitates="forum admin's one-line Korean reply, particle 은 glued to the URL",
     why="one named post 삭제했습니다: removed (the particle is not part of the URL)",
     items={H[3]: "removed"})

case(name="hm-imsijochi-base64", **{"from": "report@hanmadang.example"}, name_from="한마당 커뮤니티 운영팀",
     date="Mon, 09 Sep 2024 10:00:00 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="=?UTF-8?B?" + base64.b64encode("[한마당] 임시조치 결과 안내 (KCSC-240906-05)".encode()).decode() + "?=",
     raw_mime=f"""
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. 한마당 커뮤니티입니다.

「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 아래 게시물에
대하여 30일간 임시조치(열람 제한)를 하였음을 알려드립니다.

- {H[2]}
- {H[4]}

나머지 게시물은 검토를 마치는 대로 다시 회신드리겠습니다.

한마당 커뮤니티 운영팀 드림
''')}
""", outcome="applied", classification="confirmation",
     imitates="Korean 임시조치 notice under 정보통신망법 제44조의2, base64 body, percent-encoded URLs",
     why="two posts under 30-day 임시조치 (restricted); the rest only promised",
     items={H[2]: "restricted", H[4]: "restricted"})

case(name="hm-echoed-report-blocks", **{"from": "noreply@hanmadang.example"}, name_from="한마당 신고센터",
     date="Sat, 07 Sep 2024 11:05:30 +0900",
     subject="[한마당] 신고 처리 결과 안내 - KCSC-240906-05",
     body=f"""
안녕하세요, 한마당 신고센터입니다.
접수하신 신고에 대한 처리 결과를 안내해 드립니다.

■ 신고 게시물: {HK[1]}
■ 신고 사유: 불법정보 (방송통신심의위원회 요청)
■ 처리 결과: 게시중단
■ 처리 일시: 2024-09-07 11:02

■ 신고 게시물: {HK[5]}
■ 신고 사유: 불법정보 (방송통신심의위원회 요청)
■ 처리 결과: 삭제 (운영자)
■ 처리 일시: 2024-09-07 11:04

본 메일은 발신 전용입니다. 문의는 고객센터(https://hanmadang.example/help)를 이용해 주세요.
""", outcome="applied", classification="confirmation",
     imitates="Korean report-centre result mail echoing each report in ■ blocks",
     why="each block names a post and its 처리 결과: 게시중단 and 삭제 are removed; help link is not an item",
     items={H[1]: "removed", H[5]: "removed"})

case(name="hm-fullwidth-punctuation", **{"from": "admin@hanmadang.example"}, name_from="한마당 운영자",
     date="Sun, 08 Sep 2024 09:12:00 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     body=f"""
안녕하세요.
요청하신 게시물 두 건（{HK[2]}，{HK[4]}）은 블라인드 처리 완료했습니다.
운영자 드림
""", outcome="applied", classification="confirmation",
     imitates="Korean admin reply typed with full-width brackets and comma",
     why="two posts in full-width brackets 블라인드 처리 완료: removed",
     items={H[2]: "removed", H[4]: "removed"})

case(name="hm-bulk-korean", **{"from": "report@hanmadang.example"}, name_from="한마당 커뮤니티 운영팀",
     date="Tue, 10 Sep 2024 17:30:00 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     body="""
안녕하세요, 한마당 커뮤니티 운영팀입니다.

KCSC-240906-05 건으로 요청하신 게시물은 모두 삭제 조치 완료하였습니다.

감사합니다.
""", outcome="review", review="bulk",
     imitates="Korean one-sentence 모두 삭제 조치 완료 reply",
     why="'all posts deleted' for a five-post request, none named: bulk",
     items={H[k]: "pending" for k in sorted(H)})

case(name="hm-under-review-korean", **{"from": "report@hanmadang.example"}, name_from="한마당 커뮤니티 운영팀",
     date="Fri, 06 Sep 2024 16:45:00 +0900", reply_to_req=req_mid("KCSC-240906-05"),
     subject="Re: [KCSC-240906-05] 불법정보 게시물 삭제 요청",
     body=f"""
안녕하세요.
신고하신 {HK[1]} , {HK[5]} 게시물은 현재 내부 검토 중이며,
결과가 나오는 대로 안내드리겠습니다.
""", outcome="review", review="not_understood",
     imitates="Korean 검토 중 interim reply naming two posts",
     why="'currently under review, we will inform you' is no statement; names requested posts so it goes to review",
     items={H[1]: "pending", H[5]: "pending"})

case(name="hm-read-receipt", **{"from": "report@hanmadang.example"}, name_from="한마당 커뮤니티 운영팀",
     date="Fri, 06 Sep 2024 10:21:00 +0900",
     subject="=?UTF-8?B?" + base64.b64encode("읽음 확인: [KCSC-240906-05] 불법정보 게시물 삭제 요청".encode()).decode() + "?=",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-hm-0906"

--mdn-hm-0906
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: [KCSC-240906-05] 불법정보 게시물 삭제 요청
읽은 시각: 2024-09-06 10:20

--mdn-hm-0906
Content-Type: message/disposition-notification

Reporting-UA: mail.hanmadang.example; Webmail 5.2
Final-Recipient: rfc822; report@hanmadang.example
Original-Message-ID: <req.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-hm-0906--
""", outcome="ignored", classification="read_receipt",
     imitates="Korean webmail read receipt (MDN)",
     why="read receipt; no statement")

case(name="hm-receipt-korean", **{"from": "noreply@hanmadang.example"}, name_from="한마당 신고센터",
     date="Fri, 06 Sep 2024 10:02:30 +0900",
     subject="[한마당] 신고가 접수되었습니다 (접수번호 2024-0906-1187)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
안녕하세요, 한마당 신고센터입니다.

보내주신 신고(KCSC-240906-05)가 정상적으로 접수되었습니다.
접수번호: 2024-0906-1187

처리 결과는 영업일 기준 3일 이내에 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="Korean 신고 접수 automatic receipt with a 접수번호",
     why="pure receipt: report received, result to follow")

# =================================================================== iChan image board
case(name="ic-janitor-one-liner", **{"from": "admin@ichan.example"}, name_from="ichan admin",
     date="Mon, 09 Sep 2024 19:02:00 +0000", reply_to_req=req_mid("KCSC-240909-06"),
     subject="Re: KCSC-240909-06",
     body=f"""
deleted {I[1]} and the image {I[2]}, poster banned. {I[3]} was already pruned off the board before your mail came in (404).
- ichan admin
""", outcome="applied", classification="confirmation",
     imitates="image-board admin's single-paragraph reply",
     why="thread and image deleted (removed); the other thread already pruned before the request (not_found)",
     items={I[1]: "removed", I[2]: "removed", I[3]: "not_found"})

ic_rows = [(I[1], "Deleted (whole thread)", "mod_k"), (I[2], "File deleted, hash banned", "mod_k"),
           (I[4], "No action - does not break board rules", "mod_sora")]
ic_html = "\n".join(f"<tr><td>{u}</td><td>{a}</td><td>{m}</td></tr>" for u, a, m in ic_rows)
ic_txt = "\n".join(f"{u}  |  {a}  |  {m}" for u, a, m in ic_rows)
case(name="ic-html-mod-log", **{"from": "mods@ichan.example"}, name_from="ichan moderation",
     date="Tue, 10 Sep 2024 06:40:00 +0000", reply_to_req=req_mid("KCSC-240909-06"),
     subject="Re: KCSC-240909-06 - mod log",
     raw_mime=f"""
Content-Type: multipart/alternative; boundary="ic-alt-0910"

--ic-alt-0910
Content-Type: text/plain; charset=utf-8

Here's the mod log for the posts in your request:

{ic_txt}

--ic-alt-0910
Content-Type: text/html; charset=utf-8

<html><body><p>Here's the mod log for the posts in your request:</p>
<table border="1"><tr><th>Post</th><th>Action</th><th>Mod</th></tr>
{ic_html}
</table></body></html>

--ic-alt-0910--
""", outcome="applied", classification="confirmation",
     imitates="moderation-log excerpt pasted as an HTML table (with plain-text alternative)",
     why="thread and image deleted (removed); third post kept as within the rules (rejected)",
     items={I[1]: "removed", I[2]: "removed", I[4]: "rejected"})

case(name="ic-url-below-statement", **{"from": "mods@ichan.example"}, name_from="ichan moderation",
     date="Wed, 11 Sep 2024 02:15:00 +0000", reply_to_req=req_mid("KCSC-240909-06"),
     subject="Re: [KCSC-240909-06] Request for removal of illegal content",
     body=f"""
Hi,

Thread removed for breaking rule 3 (no illegal goods or services):
{I[4]}

This one we're keeping. It's a repost of a news article and doesn't break
any of our rules:
{I[3]}

mod team
""", outcome="applied", classification="confirmation",
     imitates="image-board mod reply with each statement followed by its URL on the next line",
     why="statement line then URL: one thread removed, one kept with a reason (rejected)",
     items={I[4]: "removed", I[3]: "rejected"})

case(name="ic-speaks-for-sendbin", **{"from": "admin@ichan.example"}, name_from="ichan admin",
     date="Tue, 10 Sep 2024 12:00:00 +0000", reply_to_req=req_mid("KCSC-240909-06"),
     subject="Re: KCSC-240909-06",
     body=f"""
fyi the file linked in that thread isn't on our servers, it's on SendBin:
{S[3]}
they have already deleted it (the link shows their "file removed" page).
- ichan admin
""", outcome="review", review="wrong_platform",
     imitates="image-board admin pointing at a file on another host",
     why="iChan states the status of a SendBin item: wrong_platform, nothing applied",
     items={S[3]: "pending"})

# =================================================================== 도토리블로그
case(name="dt-sole-item-no-url", **{"from": "help@dotoriblog.example"}, name_from="도토리블로그 고객센터",
     date="Wed, 11 Sep 2024 15:30:00 +0900", reply_to_req=req_mid("KCSC-240910-07"),
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
     body="""
안녕하세요, 도토리블로그 고객센터입니다.

요청하신 게시물은 운영정책 위반으로 삭제 조치되었습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="small Korean blog service help-desk reply without the URL",
     why="one-item request, reply in its thread with its ref: the sole statement applies to that post (removed)",
     items={D[1]: "removed"})

case(name="dt-age-gate", **{"from": "help@dotoriblog.example"}, name_from="도토리블로그 고객센터",
     date="Thu, 12 Sep 2024 11:11:00 +0900", reply_to_req=req_mid("KCSC-240910-07"),
     subject="Re: [KCSC-240910-07] 게시물 삭제 요청",
     body=f"""
안녕하세요, 도토리블로그입니다.

신고해 주신 {D[1]} 게시물에는 성인 인증을 거친 이용자만 볼 수 있도록
연령 제한을 적용했습니다. 게시물 자체는 운영정책상 삭제 대상에 해당하지 않아
삭제하지는 않았습니다.

감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Korean blog host applying an adult-verification gate instead of deleting",
     why="age restriction applied (restricted); not deleted is explained by the restriction, not a plain refusal",
     items={D[1]: "restricted"})

case(name="dt-no-claims", **{"from": "help@dotoriblog.example"}, name_from="도토리블로그 고객센터",
     date="Fri, 13 Sep 2024 10:00:00 +0900",
     subject="문의 답변드립니다",
     body="""
안녕하세요, 도토리블로그입니다.

문의하신 건은 처리되었습니다.
추가 문의는 고객센터(https://dotoriblog.example/help)를 이용해 주세요.
""", outcome="review", review="no_claims",
     imitates="generic Korean help-desk answer with no reference",
     why="trusted platform mail naming no post and no request ('your inquiry was handled'): no_claims")

case(name="dt-out-of-office-korean", **{"from": "jiyoon@dotoriblog.example"}, name_from="박지윤",
     date="Tue, 10 Sep 2024 09:01:00 +0900", reply_to_req=req_mid("KCSC-240910-07"),
     subject="=?UTF-8?B?" + base64.b64encode("[자동응답] 부재중입니다".encode()).decode() + "?=",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 박지윤입니다.
9월 10일부터 9월 18일까지 휴가로 부재중입니다.
급한 업무는 help@dotoriblog.example 로 연락 부탁드립니다.
""", outcome="ignored", classification="auto_reply",
     imitates="Korean 부재중 automatic reply",
     why="out-of-office auto-reply")

HEADER = """# Blind set 523: hosting providers, a CDN, a registrar, a Korean forum, an
# image board, a file host and a small blog service. Written by make.py;
# expected results written from each email's meaning before any run."""

def rfc2047(text):
    """Encode a non-ASCII header value as a mail client would."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


for c in cases:
    c["subject"] = rfc2047(c["subject"])
    if "name_from" in c:
        c["name_from"] = rfc2047(c["name_from"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
