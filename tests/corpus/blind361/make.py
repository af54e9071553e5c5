#!/usr/bin/env python3
"""Blind set 361: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind361/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was ever run on them (see NOTES.md).
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

SET = "blind361"

# ---------------------------------------------------------------- requests

DC = "KCSC-240903-01"   # dropcrate, 14 items (largest)
OH = "KCSC-240905-02"   # orbhost, 4 items
MB = "KCSC-240909-03"   # maruboard, 5 items
PC = "KCSC-240910-04"   # pinchan, 3 items
RG = "KCSC-240911-05"   # regnara, 2 items
ES = "KCSC-240912-06"   # edgeshield, 1 item
PB = "KCSC-240913-07"   # pastebox, 2 items

DC_IDS = ["7Kp2Lw9a", "Rt5vXq1b", "Hn3cZe8d", "Pw6yBs4f", "Uj9mDk2g", "Lc4tVr7h", "Ye8nGx3j",
          "Ab2qWp6k/photo_set.zip", "Mf7sHd1m", "Zo5kTc9n", "Gi3rNb4p", "Vx6wJa8q", "Ds1eKy5r",
          "Tq9hCu2s"]
D = {i.split("/")[0]: "https://dropcrate.io/f/" + i for i in DC_IDS}

O1 = "https://mintgarden.orbsite.net/gallery/0912.html"
O2 = "https://mintgarden.orbsite.net/gallery/0913.html"
O3 = "http://k-pillstore.orbsite.net/buy?p=44"
O4 = "https://doyun-blog.orbsite.net/2024/09/post-17/"

M1 = "https://maruboard.kr/free/88213"
M2 = "https://maruboard.kr/free/88240"
M3 = "https://maruboard.kr/humor/40517"
M4 = "https://maruboard.kr/%EC%9E%A5%ED%84%B0/7741"   # /장터/7741
M4_RAW = "https://maruboard.kr/장터/7741"
M5 = "https://maruboard.kr/stock/12009"

P1 = "https://pinchan.org/kr/res/55021.html"
P2 = "https://pinchan.org/kr/res/55104.html"
P3 = "https://pinchan.org/b/res/901377.html"

R1 = "http://hangang-toto-77.com/"
R2 = "https://sinbi-casino-kr.net/"

E1 = "https://drama-free-tv.net/watch/ep-1204"

B1 = "https://pastebox.me/raw/x8Jq2Lmn"
B2 = "https://pastebox.me/p/Wz4Tk7Ra"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (DC, "dropcrate", "2024-09-03T10:00:00+09:00", "2024-09-10", [D[k.split("/")[0]] for k in DC_IDS],
     "obscene", "leaked private images, one folder of uploads"),
    (OH, "orbhost", "2024-09-05T11:30:00+09:00", "2024-09-12", [O1, O2, O3, O4], "illegal_drugs",
     "customer sites on orbsite.net free hosting"),
    (MB, "maruboard", "2024-09-09T09:40:00+09:00", "2024-09-16", [M1, M2, M3, M4, M5], "defamation",
     "community forum"),
    (PC, "pinchan", "2024-09-10T15:00:00+09:00", "2024-09-17", [P1, P2, P3], "obscene", "image board"),
    (RG, "regnara", "2024-09-11T10:10:00+09:00", "2024-09-18", [R1, R2], "gambling",
     "registrar of the two domains per WHOIS"),
    (ES, "edgeshield", "2024-09-12T16:20:00+09:00", "2024-09-19", [E1], "copyright",
     "site behind the EdgeShield CDN"),
    (PB, "pastebox", "2024-09-13T13:00:00+09:00", "2024-09-20", [B1, B2], "personal_data",
     "doxxing pastes"),
]


def req_id(ref):
    return "req." + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req." + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_id(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def all_pending(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return {u: "pending" for u in r[4]}
    raise KeyError(ref)


# ---------------------------------------------------------------- MIME helpers

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def quoted_request(ref, urls, lead="> "):
    lines = ["Dear Trust & Safety team,", "",
             f"The Korea Communications Standards Commission asks you to remove the",
             f"following content (reference {ref}):", ""]
    lines += [f"  {i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown desk"]
    return "\n".join((lead + l).rstrip() for l in lines)


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ============ Dropcrate (file host), KCSC-240903-01, 14 items ============

csv_rows = [
    ("url", "file_id", "action", "note"),
] + [(D[k], k, "deleted", "") for k in ["7Kp2Lw9a", "Rt5vXq1b", "Hn3cZe8d", "Pw6yBs4f", "Uj9mDk2g",
                                          "Lc4tVr7h", "Ye8nGx3j", "Ab2qWp6k", "Mf7sHd1m", "Zo5kTc9n",
                                          "Tq9hCu2s"]] + [
    (D["Gi3rNb4p"], "Gi3rNb4p", "not_found", "removed by the uploader before our review"),
    (D["Vx6wJa8q"], "Vx6wJa8q", "not_found", "no file with this id"),
    (D["Ds1eKy5r"], "Ds1eKy5r", "no_action", "scan of a 1958 newspaper page; no breach of our terms"),
]
_cbuf = io.StringIO()
csv.writer(_cbuf, lineterminator="\r\n").writerows(csv_rows)
DC_CSV = _cbuf.getvalue()

case(
    name="dropcrate-csv-attachment-all",
    date="Mon, 09 Sep 2024 11:02:17 +0000",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Trust & Safety",
    subject=f"Re: [{DC}] Removal request - 14 files",
    reply_to_req=thread(DC),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-mix-01"

--dc-mix-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each link in your notice {DC}.
In short: 11 files were deleted, 2 no longer existed when we checked,
and 1 was left online (see the note column).

Regards,
Mina
Dropcrate Trust & Safety

--dc-mix-01
Content-Type: text/csv; charset=utf-8; name="{DC.lower()}_outcome.csv"
Content-Disposition: attachment; filename="{DC.lower()}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(DC_CSV)}
--dc-mix-01--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk attaching a per-link outcome spreadsheet (CSV export from the ticket tool)",
    why="CSV attachment names every file with its action: 11 deleted, 2 not_found, 1 no_action with a reason (rejected)",
    items={**{D[k]: "removed" for k in ["7Kp2Lw9a", "Rt5vXq1b", "Hn3cZe8d", "Pw6yBs4f", "Uj9mDk2g",
                                         "Lc4tVr7h", "Ye8nGx3j", "Ab2qWp6k", "Mf7sHd1m", "Zo5kTc9n",
                                         "Tq9hCu2s"]},
           D["Gi3rNb4p"]: "not_found", D["Vx6wJa8q"]: "not_found", D["Ds1eKy5r"]: "rejected"},
)

case(
    name="dropcrate-plaintext-table",
    date="Thu, 05 Sep 2024 08:41:55 +0000",
    **{"from": "ops@dropcrate.io"}, name_from="Tomas Berg (Dropcrate)",
    subject=f"Re: {DC} follow-up",
    reply_to_req=thread(DC),
    body=f"""Hi again,

Here is where we are with the five links your colleague asked about
on the phone yesterday:

 File                             | Status      | Notes
----------------------------------+-------------+--------------------------
 {D['Rt5vXq1b']:<32} | removed     |
 {D['Hn3cZe8d']:<32} | removed     | uploader account closed
 {D['Pw6yBs4f']:<32} | not found   | no file with this id
 {D['Uj9mDk2g']:<32} | removed     |
 {D['Lc4tVr7h']:<32} | geo-blocked | unavailable from KR only

Tomas
Dropcrate Ops
""",
    outcome="applied", classification="confirmation",
    imitates="small-company ops engineer pasting a fixed-width status table into a reply",
    why="plain-text table, one status per named file: 3 removed, 1 not found, 1 geo-blocked for KR (restricted)",
    items={D["Rt5vXq1b"]: "removed", D["Hn3cZe8d"]: "removed", D["Pw6yBs4f"]: "not_found",
           D["Uj9mDk2g"]: "removed", D["Lc4tVr7h"]: "restricted"},
)

case(
    name="dropcrate-url-then-arrow-status",
    date="Fri, 06 Sep 2024 02:13:40 +0000",
    **{"from": "tomas.berg@dropcrate.io"}, name_from="Tomas Berg",
    subject=f"Re: {DC} remaining links",
    reply_to_req=thread(DC),
    body=f"""Checked the remaining ones this morning:

{D['Ye8nGx3j']}
-> deleted, uploader banned

{D['Mf7sHd1m']}
-> deleted

{D['Zo5kTc9n']}
-> 404 on our side, there is no such file, nothing to delete

{D['Tq9hCu2s']}
-> deleted

T.
""",
    outcome="applied", classification="confirmation",
    imitates="one-person abuse desk answering link by link, status on the line below each bare URL",
    why="each bare URL is followed by its own status line: 3 deleted, 1 no such file",
    items={D["Ye8nGx3j"]: "removed", D["Mf7sHd1m"]: "removed", D["Zo5kTc9n"]: "not_found",
           D["Tq9hCu2s"]: "removed"},
)

_dc_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>We have completed our review of notice <b>{DC}</b>. The result for the
files we reviewed in this batch:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Date (UTC)</th></tr>
<tr><td><a href="{D['Ab2qWp6k']}">{D['Ab2qWp6k']}</a></td><td>Disabled</td><td>2024-09-07</td></tr>
<tr><td><a href="{D['7Kp2Lw9a']}">{D['7Kp2Lw9a']}</a></td><td>Disabled</td><td>2024-09-07</td></tr>
<tr><td><a href="{D['Ds1eKy5r']}">{D['Ds1eKy5r']}</a></td><td>Kept online &ndash; no violation of our Terms found</td><td>2024-09-07</td></tr>
</table>
<p>If you disagree with a decision you can ask for a second review at
<a href="https://dropcrate.io/help/appeals">https://dropcrate.io/help/appeals</a>.</p>
<p>Dropcrate Trust &amp; Safety</p>
</body></html>
"""
_dc_plain = f"""Hello,

We have completed our review of notice {DC}. The result for the files we
reviewed in this batch:

{D['Ab2qWp6k']}  Disabled  2024-09-07
{D['7Kp2Lw9a']}  Disabled  2024-09-07
{D['Ds1eKy5r']}  Kept online - no violation of our Terms found  2024-09-07

If you disagree with a decision you can ask for a second review at
https://dropcrate.io/help/appeals.

Dropcrate Trust & Safety
"""
case(
    name="dropcrate-html-table-qp",
    date="Sat, 07 Sep 2024 14:30:00 +0000",
    **{"from": "noreply@support.dropcrate.io"}, name_from="Dropcrate Support",
    subject=f"[Dropcrate #DC-88120] Decision on your report {DC}",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc-alt-04"

--dc-alt-04
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_dc_plain)}
--dc-alt-04
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_dc_html)}
--dc-alt-04--
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk ticket system decision email (HTML table plus text alternative, quoted-printable)",
    why="table row per file: two Disabled (removed), one kept online for no violation (rejected); appeals link is not an item",
    items={D["Ab2qWp6k"]: "removed", D["7Kp2Lw9a"]: "removed", D["Ds1eKy5r"]: "rejected"},
)

case(
    name="dropcrate-top-posted-gmail",
    date="Wed, 04 Sep 2024 07:58:12 +0000",
    **{"from": "mina.sato@dropcrate.io"}, name_from="Mina Sato",
    subject=f"Re: [{DC}] Removal request - 14 files",
    reply_to_req=thread(DC),
    body=f"""Done - these two are down now:
{D['Uj9mDk2g']}
{D['Tq9hCu2s']}

We're still going through the rest and will write again.

Mina

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(DC, [D[k.split('/')[0]] for k in DC_IDS])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two URLs named above the quote are down (removed); the quoted list of 14 changes nothing and 'still going through the rest' is no statement",
    items={D["Uj9mDk2g"]: "removed", D["Tq9hCu2s"]: "removed", D["7Kp2Lw9a"]: "pending",
           D["Rt5vXq1b"]: "pending"},
)

case(
    name="dropcrate-receipt-plus-statement",
    date="Wed, 04 Sep 2024 03:20:44 +0000",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=f"Re: [{DC}] Removal request - 14 files [DC-88120]",
    reply_to_req=thread(DC),
    body=f"""Thank you for your report. It has been logged as ticket DC-88120.

We have already disabled the following files:
{D['Hn3cZe8d']}
{D['Pw6yBs4f']}

The uploader has been notified. The other links are queued for review
and we will update this ticket.

Dropcrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk receipt that already reports first actions",
    why="receipt wording, but two files are stated as disabled without hedge; the rest queued (pending)",
    items={D["Hn3cZe8d"]: "removed", D["Pw6yBs4f"]: "removed"},
)

case(
    name="dropcrate-outlook-wrapped-url",
    date="Tue, 10 Sep 2024 09:05:31 +0000",
    **{"from": "legal@dropcrate.io"}, name_from="Hannah Oduya",
    subject=f"RE: [{DC}] Removal request - 14 files",
    reply_to_req=thread(DC),
    body=f"""Hello KCSC team,

The archive https://dropcrate.io/f/Ab2qWp6k/
photo_set.zip was deleted this morning together with the uploader's
account, and {D['Mf7sHd1m']} was deleted as well.

Best regards
Hannah Oduya
Legal Counsel | Dropcrate

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@dropcrate.io
Subject: [{DC}] Removal request - 14 files

{quoted_request(DC, [D[k.split('/')[0]] for k in DC_IDS], lead='')}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original message below '-----Original Message-----', long URL hard-wrapped by the client",
    why="two files deleted, one of them a URL wrapped over two lines; the original request below the separator changes nothing",
    items={D["Ab2qWp6k"]: "removed", D["Mf7sHd1m"]: "removed", D["Ye8nGx3j"]: "pending"},
)

case(
    name="dropcrate-inline-semicolon-csv",
    date="Fri, 06 Sep 2024 16:44:09 +0000",
    **{"from": "tomas.berg@dropcrate.io"}, name_from="Tomas Berg",
    subject=f"Re: {DC} export",
    reply_to_req=thread(DC),
    body=f"""Our ticket tool can't attach files to outgoing mail, so here is the
export pasted:

url;result;date
{D['Lc4tVr7h']};REMOVED;2024-09-06
{D['Vx6wJa8q']};NOT_FOUND;2024-09-06
{D['Rt5vXq1b']};REMOVED;2024-09-06

T.
""",
    outcome="applied", classification="confirmation",
    imitates="spreadsheet export pasted as semicolon-separated text in the body",
    why="one row per URL with its result: 2 REMOVED, 1 NOT_FOUND",
    items={D["Lc4tVr7h"]: "removed", D["Vx6wJa8q"]: "not_found", D["Rt5vXq1b"]: "removed"},
)

case(
    name="dropcrate-promise-after-signoff",
    date="Thu, 05 Sep 2024 01:10:00 +0000",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=f"Re: [{DC}] Removal request - 14 files",
    reply_to_req=thread(DC),
    body=f"""Hi,

We will remove {D['7Kp2Lw9a']} and {D['Rt5vXq1b']}
once our legal team signs off, which usually takes two business days.
I'll confirm when it's done.

Dropcrate Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising future removal pending legal sign-off",
    why="a promise ('will remove ... once') is no statement: both items stay pending",
    items={D["7Kp2Lw9a"]: "pending", D["Rt5vXq1b"]: "pending"},
)

case(
    name="dropcrate-bulk-all-removed",
    date="Wed, 11 Sep 2024 05:00:12 +0000",
    **{"from": "abuse@dropcrate.io"}, name_from="Dropcrate Abuse",
    subject=f"Re: [{DC}] Removal request - 14 files",
    reply_to_req=thread(DC),
    body=f"""Hi,

All files listed in your notice {DC} have been removed from Dropcrate
and the uploading accounts terminated.

Regards,
Dropcrate Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' closure from an abuse desk",
    why="a statement about all 14 files of a multi-item request without naming each: bulk review, nothing applied",
    items=all_pending(DC),
)

case(
    name="dropcrate-gmail-lookalike",
    date="Thu, 05 Sep 2024 12:12:12 +0000",
    **{"from": "dropcrate.support.team@gmail.com"}, name_from="Dropcrate Support",
    subject=f"Re: [{DC}] Removal request",
    body=f"""Dear KCSC,

We confirm that the following files were removed from Dropcrate:

{D['Ye8nGx3j']}
{D['Gi3rNb4p']}

Dropcrate Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="someone answering from a free-mail address with the platform's name as display name",
    why="gmail.com is no platform domain; the removals are not trusted",
    items={D["Ye8nGx3j"]: "pending", D["Gi3rNb4p"]: "pending"},
)

case(
    name="dropcrate-dsn-user-unknown",
    date="Tue, 03 Sep 2024 01:00:07 +0000",
    **{"from": "MAILER-DAEMON@mx2.dropcrate.io"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-dc-77"

--dsn-dc-77
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dropcrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@dropcrate.io>: host mx2.dropcrate.io[local] said: 550 5.1.1
    <legal-kr@dropcrate.io>: Recipient address rejected: User unknown

--dsn-dc-77
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dropcrate.io
X-Postfix-Queue-ID: 4WzQ1k0x3Fz9t
Arrival-Date: Tue,  3 Sep 2024 01:00:05 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@dropcrate.io
Original-Recipient: rfc822;legal-kr@dropcrate.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@dropcrate.io>: Recipient address
    rejected: User unknown

--dsn-dc-77
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@dropcrate.io
Date: Tue, 03 Sep 2024 10:00:00 +0900
Subject: [{DC}] Removal request - 14 files
Message-ID: <{req_id(DC)}>
Content-Type: text/plain; charset=utf-8

{quoted_request(DC, [D[k.split('/')[0]] for k in DC_IDS[:6]], lead='')}

--dsn-dc-77--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning the request, unknown recipient",
    why="a bounce carrying the request's URLs; nothing is stated",
    items={},
)

# ============ OrbHost (web hosting), KCSC-240905-02, 4 items ============

case(
    name="orbhost-ticket-account-suspended",
    date="Mon, 09 Sep 2024 06:15:00 +0000",
    **{"from": "abuse@orbhost.net"}, name_from="OrbHost Abuse",
    subject=f"[ORB-55810] Abuse report update - {OH}",
    body=f"""Dear reporter,

We have completed our investigation of the complaint referenced above.

The hosting account behind mintgarden.orbsite.net has been suspended for
breach of our Acceptable Use Policy. As a result the following URLs are
no longer reachable:

  {O1}
  {O2}

This ticket is now closed. Our Acceptable Use Policy can be read at
https://orbhost.net/legal/aup.

OrbHost Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse ticket closure: account suspended, URLs unreachable",
    why="account suspended and both named pages no longer reachable: removed; AUP link is not an item",
    items={O1: "removed", O2: "removed"},
)

case(
    name="orbhost-one-line-noc",
    date="Fri, 06 Sep 2024 13:47:20 +0000",
    **{"from": "jwlim@orbhost.net"}, name_from="Jae-won Lim",
    subject=f"Re: {OH}",
    reply_to_req=thread(OH),
    body=f"""{O4} is gone, customer took it down after our warning.

--
Jae-won | OrbHost NOC
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a hosting NOC engineer",
    why="the named post is gone after the host's warning: removed",
    items={O4: "removed"},
)

case(
    name="orbhost-removed-and-kept",
    date="Wed, 11 Sep 2024 08:02:51 +0000",
    **{"from": "abuse@orbhost.net"}, name_from="OrbHost Abuse",
    subject=f"Re: Removal request {OH}",
    reply_to_req=thread(OH),
    body=f"""Hello,

Following up on your request {OH}. We contacted the account holders
last week.

The shop page {O3} has been disabled by us and the
account is locked until the customer answers us.

Regarding {O4}: a Korean-speaking colleague read the post
for us. It is a personal review of a product that is legal to sell, and
we do not see a breach of our terms, so we are leaving it online. If you
have a court order about it we will of course act on it.

Kind regards,
Priya
OrbHost Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk prose reply: one page disabled, one refused with a reason",
    why="shop page disabled (removed); blog post left online with a reason (rejected)",
    items={O3: "removed", O4: "rejected"},
)

case(
    name="orbhost-angle-bracket-list",
    date="Tue, 10 Sep 2024 23:31:00 +0000",
    **{"from": "abuse@orbhost.net"}, name_from="OrbHost Abuse",
    subject=f"Re: {OH} - actioned",
    reply_to_req=thread(OH),
    body=f"""Actioned:

<{O1}> - removed
<{O2}> - removed
<{O3}> - site suspended

-- 
OrbHost Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk list with URLs in angle brackets",
    why="each bracketed URL has its action: two removed, one site suspended (removed)",
    items={O1: "removed", O2: "removed", O3: "removed"},
)

case(
    name="orbhost-forwarded-to-customer",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    **{"from": "abuse@orbhost.net"}, name_from="OrbHost Abuse",
    subject=f"[ORB-55810] Abuse report update - {OH}",
    body=f"""Dear reporter,

We have forwarded your complaint about the URLs below to our customer
and asked them to remove the material within 48 hours. Some of the pages
may already be offline.

  {O1}
  {O2}
  {O3}

If the customer does not respond in time we will take further action.

OrbHost Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider's 'forwarded to our customer' interim reply",
    why="forwarded to the customer, a deadline and a hedge ('may already be offline'): no statement, all three stay pending",
    items={O1: "pending", O2: "pending", O3: "pending"},
)

case(
    name="orbhost-ticket-receipt",
    date="Thu, 05 Sep 2024 02:31:09 +0000",
    **{"from": "no-reply@orbhost.net"}, name_from="OrbHost Support",
    subject=f"[ORB-55810] Abuse report received: {OH}",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body="""This is an automated message.

Your abuse report has been received and logged as ticket ORB-55810.
Our abuse team reviews reports in the order they arrive, usually within
two business days.

Please keep [ORB-55810] in the subject line of any follow-up.

OrbHost Support
https://orbhost.net/support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (WHMCS-style) automatic ticket receipt",
    why="pure receipt of the report with a ticket number, nothing about any item",
    items={},
)

case(
    name="idc-upstream-unknown-sender",
    date="Mon, 09 Sep 2024 04:18:40 +0000",
    **{"from": "noc@gwangmyeong-idc.co.kr"}, name_from="GM-IDC NOC",
    subject=f"FW: {OH} k-pillstore.orbsite.net",
    body=f"""Hello,

We are the upstream data centre of OrbHost. OrbHost passed us your
request {OH}. We have null-routed the server address of
{O3} and the site is now offline.

NOC / Gwangmyeong IDC
""",
    outcome="review", review="unknown_sender",
    imitates="upstream datacentre NOC writing on behalf of its hosting customer",
    why="the sender's domain is not OrbHost's; its statement cannot change the item",
    items={O3: "pending"},
)

case(
    name="orbhost-about-pinchan-thread",
    date="Thu, 12 Sep 2024 10:09:00 +0000",
    **{"from": "abuse@orbhost.net"}, name_from="OrbHost Abuse",
    subject="Complaint about pinchan.org (dedicated server customer)",
    body=f"""Hello,

pinchan.org runs on a dedicated server rented from us, so your complaint
about it was copied to us. The customer has told us that the thread
{P1} has been deleted.

OrbHost Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="host of an image board relaying its customer's action",
    why="OrbHost states the status of a Pinchan item: wrong platform, nothing applied",
    items={P1: "pending"},
)

# ============ Maruboard (Korean forum), KCSC-240909-03, 5 items ============

_mb_qp = f"""안녕하세요, 마루보드 운영자입니다.

{M1}은 확인 후 삭제했습니다.
{M2}는 작성자가 먼저 지운 글이라 저희 쪽에서는 찾을 수 없습니다.

감사합니다.
마루보드 운영자 드림
"""
case(
    name="maruboard-korean-particles-qp",
    date="Tue, 10 Sep 2024 01:22:03 +0000",
    **{"from": "admin@maruboard.kr"}, name_from="마루보드 운영자",
    subject=f"Re: [{MB}] 게시물 삭제 요청",
    reply_to_req=thread(MB),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_mb_qp)}""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin replying in a sentence per post (quoted-printable webmail)",
    why="URL with particle 은 deleted (removed); URL with 는 already deleted by its author, cannot be found (not_found)",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="maruboard-blind-fullwidth-parens",
    date="Wed, 11 Sep 2024 12:40:00 +0900",
    **{"from": "admin@maruboard.kr"}, name_from="마루보드",
    subject=f"Re: [{MB}] 게시물 삭제 요청",
    reply_to_req=thread(MB),
    body=f"""신고하신 글（{M4_RAW}）은 블라인드 처리했고,
{M5} 도 같은 작성자의 글이라 함께 블라인드했습니다.

- 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin one-liner: 블라인드 처리 with the raw Korean path in full-width parentheses",
    why="both posts 블라인드 처리 (removed); the raw Korean path matches the percent-encoded request URL",
    items={M4: "removed", M5: "removed"},
)

case(
    name="maruboard-sijeong-result-table",
    date="Thu, 12 Sep 2024 15:05:00 +0900",
    **{"from": "admin@maruboard.kr"}, name_from="마루보드 운영팀",
    subject=f"[마루보드] {MB} 시정요구 조치 결과 회신",
    reply_to_req=thread(MB),
    body=f"""방송통신심의위원회 담당자님께,

{MB} 시정요구에 대한 조치 결과를 아래와 같이 회신합니다.

| 번호 | 게시물 주소 | 조치 결과 | 조치 일자 |
|---|---|---|---|
| 1 | {M1} | 삭제 | 2024-09-11 |
| 2 | {M2} | 게시물 없음 (작성자 삭제) | - |
| 3 | {M3} | 유지 (운영정책 위반 사항 없음) | - |
| 4 | {M4} | 삭제 | 2024-09-11 |
| 5 | {M5} | 임시조치 (30일) | 2024-09-11 |

3번 게시물은 특정인을 지칭하지 않는 유머 글로 판단되어 유지하였습니다.
추가 자료가 있으시면 회신 부탁드립니다.

마루보드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 회신 table from a small community site",
    why="one row per post: 삭제 x2 (removed), 게시물 없음 (not_found), 유지 with reason (rejected), 임시조치 (restricted)",
    items={M1: "removed", M2: "not_found", M3: "rejected", M4: "removed", M5: "restricted"},
)

_mb_csv = "\ufeff게시물URL,처리결과,처리일시\r\n" \
          f"{M3},삭제,2024-09-12 14:03\r\n" \
          f"{M5},비공개 처리,2024-09-12 14:05\r\n"
_mb_note = "안녕하세요.\n요청하신 2건의 처리 결과를 첨부 파일로 보내드립니다.\n\n마루보드 운영지원\n"
_mb_fname = "=?UTF-8?B?" + base64.b64encode("처리결과_0912.csv".encode("utf-8")).decode("ascii") + "?="
case(
    name="maruboard-csv-attachment-bom",
    date="Thu, 12 Sep 2024 14:20:11 +0900",
    **{"from": "staff@maruboard.kr"}, name_from="마루보드 운영지원",
    subject=f"Re: [{MB}] 처리 결과 첨부",
    reply_to_req=thread(MB),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="mb-mix-13"

--mb-mix-13
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_mb_note)}
--mb-mix-13
Content-Type: text/csv; charset=utf-8; name="{_mb_fname}"
Content-Disposition: attachment; filename*=UTF-8''%EC%B2%98%EB%A6%AC%EA%B2%B0%EA%B3%BC_0912.csv
Content-Transfer-Encoding: base64

{b64(_mb_csv)}
--mb-mix-13--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin attaching an Excel-saved CSV (UTF-8 with BOM, Korean headers)",
    why="CSV rows: 삭제 (removed) and 비공개 처리 (removed)",
    items={M3: "removed", M5: "removed"},
)

_mb_html = f"""<html><body>
<p><b>[마루보드] 게시물 조치 결과 안내</b></p>
<p>안녕하세요. 요청번호 {MB} 관련 조치 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시물</th><th>조치 내용</th></tr>
<tr><td><a href="{M2}">{M2}</a></td><td>임시조치</td></tr>
<tr><td><a href="{M1}">{M1}</a></td><td>운영자 삭제</td></tr>
</table>
<p>게시물 관리 기준은 <a href="https://maruboard.kr/policy">운영정책</a>을 참고해 주세요.</p>
<p>마루보드 운영팀</p>
</body></html>"""
case(
    name="maruboard-html-notice",
    date="Wed, 11 Sep 2024 18:00:00 +0900",
    **{"from": "noreply@maruboard.kr"}, name_from="마루보드",
    subject=f"[마루보드] 게시물 조치 결과 안내 ({MB})",
    type="html",
    body=_mb_html,
    outcome="applied", classification="confirmation",
    imitates="Korean board's HTML notice of 조치 결과 with a link to its policy page",
    why="임시조치 (restricted) and 운영자 삭제 (removed) per row; the policy link is not an item",
    items={M2: "restricted", M1: "removed"},
)

case(
    name="maruboard-auth-fail",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    **{"from": "admin@maruboard.kr"}, name_from="마루보드 운영자",
    auth="fail",
    subject=f"Re: [{MB}] 게시물 삭제 요청",
    reply_to_req=thread(MB),
    body=f"""{M1} 삭제 완료했습니다.
{M3} 도 삭제했습니다.

운영자
""",
    outcome="review", review="untrusted",
    imitates="forum admin reply whose mail fails DKIM/SPF/DMARC (sent through an unrelated relay)",
    why="sender domain is Maruboard's but authentication fails: nothing applied",
    items={M1: "pending", M3: "pending"},
)

case(
    name="maruboard-chuseok-auto-reply",
    date="Mon, 16 Sep 2024 00:01:00 +0900",
    **{"from": "admin@maruboard.kr"}, name_from="마루보드 운영자",
    subject=f"[자동응답] Re: [{MB}] 게시물 삭제 요청",
    reply_to_req=thread(MB),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""[자동응답 메일입니다]

9월 16일(월)부터 18일(수)까지 추석 연휴로 부재중입니다.
접수된 신고 및 문의는 연휴 이후 순서대로 처리하겠습니다.

마루보드 운영자
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="an out-of-office auto-reply; it names no item",
    items={},
)

# ============ Pinchan (image board), KCSC-240910-04, 3 items ============

case(
    name="pinchan-terse-base64",
    date="Wed, 11 Sep 2024 03:33:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="mod",
    subject=f"Re: {PC}",
    reply_to_req=thread(PC),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: base64

{b64(f"{P1}{chr(10)}{P2}{chr(10)}{chr(10)}both gone. poster banned.{chr(10)}{chr(10)}- pinchan staff{chr(10)}")}""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's two-line reply (base64 body from a webmail client)",
    why="two bare URLs followed by 'both gone': each listed thread removed",
    items={P1: "removed", P2: "removed"},
)

case(
    name="pinchan-geo-block-and-pruned",
    date="Thu, 12 Sep 2024 21:10:45 +0000",
    **{"from": "admin@pinchan.org"}, name_from="Pinchan Admin",
    subject=f"Re: {PC} - threads",
    reply_to_req=thread(PC),
    body=f"""Hi.

The /kr/ thread {P2} is now blocked for visitors
from Korea. It stays visible elsewhere, it's legal where our servers are.

{P3} had already been pruned off /b/ by the time we
looked (threads there expire after a few hours), so there was nothing
left to remove.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin: country block for one thread, another already expired",
    why="blocked for visitors from Korea (restricted); thread already pruned, nothing left (not_found)",
    items={P2: "restricted", P3: "not_found"},
)

case(
    name="pinchan-refusal-drawing",
    date="Fri, 13 Sep 2024 02:02:02 +0000",
    **{"from": "admin@pinchan.org"}, name_from="Pinchan Admin",
    subject=f"Re: {PC}",
    reply_to_req=thread(PC),
    body=f"""We looked at {P3}. The image is a drawing, no real person
is shown, and it breaks none of our rules, so it stays up. Sorry.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing a removal with a one-sentence reason",
    why="stays up because it breaks no rule: rejected",
    items={P3: "rejected"},
)

case(
    name="pinchan-cleaned-up-everything",
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="mod",
    subject=f"Re: {PC}",
    reply_to_req=thread(PC),
    body=f"""cleaned up everything in {PC}. thx
""",
    outcome="review", review="bulk",
    imitates="one-line 'done' from a volunteer moderator",
    why="'everything' for a three-item request without naming the threads: bulk review",
    items=all_pending(PC),
)

case(
    name="pinchan-appears-deleted",
    date="Wed, 11 Sep 2024 11:11:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="mod",
    subject=f"Re: {PC}",
    reply_to_req=thread(PC),
    body=f"""{P1} appears to have been deleted already, probably by
the janitor on duty. I'll check the other two when the admin is back.
""",
    outcome="review", review="not_understood",
    imitates="moderator guessing at what another volunteer did",
    why="'appears to have been deleted ... probably' is a hedge: pending, review not_understood",
    items={P1: "pending"},
)

case(
    name="pinchan-read-receipt",
    date="Tue, 10 Sep 2024 16:02:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="mod",
    subject=f"Read: [{PC}] Removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-pc-1"

--mdn-pc-1
Content-Type: text/plain; charset=utf-8

This is a Return Receipt for the mail that you sent to mod@pinchan.org.

Note: This Return Receipt only acknowledges that the message was
displayed on the recipient's computer. There is no guarantee that the
recipient has read or understood the message contents.

--mdn-pc-1
Content-Type: message/disposition-notification

Reporting-UA: mail.pinchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;mod@pinchan.org
Original-Message-ID: <{req_id(PC)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pc-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="a read receipt says nothing about any item",
    items={},
)

# ============ Regnara (registrar), KCSC-240911-05, 2 items ============

case(
    name="regnara-korean-echo-result",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    **{"from": "abuse@regnara.co.kr"}, name_from="레그나라 고객지원",
    subject=f"[레그나라] 불법정보 신고 처리 결과 안내 ({RG})",
    reply_to_req=thread(RG),
    body=f"""안녕하세요. 레그나라 도메인 어뷰즈 담당자입니다.

접수하신 신고 내용은 아래와 같습니다.

 - 접수 번호: RG-2409-0133
 - 신고 URL: {R1} , {R2}
 - 신고 사유: 불법 도박

[처리 결과]
1. hangang-toto-77.com : 등록기관 정지(clientHold) 조치 완료. 네임서버
   응답이 중단되어 해당 도메인으로 더 이상 접속할 수 없습니다.
2. sinbi-casino-kr.net : 당사에 등록된 도메인이 아닙니다. WHOIS 상의
   등록기관을 확인하신 뒤 해당 기관에 신고해 주시기 바랍니다.

감사합니다.
레그나라 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar abuse result notice echoing the report, then a numbered result per domain",
    why="first domain put on clientHold and no longer reachable (removed); second not registered with this registrar (not_found)",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="regnara-english-clienthold",
    date="Mon, 16 Sep 2024 02:45:00 +0000",
    **{"from": "compliance@regnara.co.kr"}, name_from="Regnara Compliance",
    subject=f"Re: {RG} sinbi-casino-kr.net",
    reply_to_req=thread(RG),
    body=f"""Dear KCSC,

Further to your request: the domain {R2} has been placed on
clientHold today and no longer resolves.

Regards,
Regnara Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance desk confirming a domain hold in English",
    why="the named domain is on clientHold and no longer resolves: removed",
    items={R2: "removed"},
)

case(
    name="regnara-asks-official-letter",
    date="Thu, 12 Sep 2024 09:15:00 +0900",
    **{"from": "abuse@regnara.co.kr"}, name_from="레그나라 고객지원",
    subject=f"[레그나라] 신고 건 추가 자료 요청 ({RG})",
    reply_to_req=thread(RG),
    body=f"""안녕하세요. 레그나라 도메인 어뷰즈 담당자입니다.

접수하신 hangang-toto-77.com 외 1건의 도메인 정지 요청과 관련하여,
당사 약관상 도메인 정지를 위해서는 관계기관의 공문(시정요구서) 또는
법원 결정문 사본이 필요합니다.

해당 문서를 첨부하여 본 메일로 회신해 주시면 검토 후 처리하겠습니다.

레그나라 고객지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean registrar asking for an official letter (공문) before suspending a domain",
    why="asks for documents before acting; no status stated",
    items={R1: "pending", R2: "pending"},
)

case(
    name="regnara-receipt",
    date="Wed, 11 Sep 2024 10:12:30 +0900",
    **{"from": "no-reply@regnara.co.kr"}, name_from="레그나라",
    subject="[레그나라] 신고가 접수되었습니다 (접수번호 RG-2409-0133)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""본 메일은 발신 전용입니다.

고객님의 신고가 정상적으로 접수되었습니다.
 - 접수번호: RG-2409-0133
 - 접수일시: 2024-09-11 10:12

담당자 확인 후 처리 결과를 메일로 안내드리겠습니다.

레그나라 고객지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean registrar's automatic 접수 안내 mail",
    why="pure receipt with a 접수번호, nothing about any item",
    items={},
)

# ============ EdgeShield (CDN), KCSC-240912-06, 1 item ============

case(
    name="edgeshield-kr-block",
    date="Fri, 13 Sep 2024 19:40:00 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield report ES-7731904 ({ES})",
    body=f"""Hello,

Report ID: ES-7731904
Reported URL: {E1}

EdgeShield provides CDN and security services to drama-free-tv.net and
does not host its content. After review under the law of the Republic of
Korea, we have blocked access to the URL above for visitors located in the
Republic of Korea who are served through our network.

We have also forwarded your report to the site's hosting provider. You
can read about how we handle reports at https://edgeshield.io/trust/abuse.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: not the host, but geo-blocks the URL in one country",
    why="access blocked for Korea only: restricted; the help link is not an item",
    items={E1: "restricted"},
)

case(
    name="edgeshield-disabled-sole",
    date="Sat, 14 Sep 2024 05:05:05 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"Re: [{ES}] Removal request",
    reply_to_req=thread(ES),
    body="""Hello,

The URL in your report has been disabled on our network worldwide and
now returns HTTP 451 to every visitor.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply in the request's thread without repeating the URL",
    why="the one-item request's only URL disabled worldwide: removed (sole statement in the thread)",
    items={E1: "removed"},
)

case(
    name="edgeshield-not-the-host",
    date="Fri, 13 Sep 2024 03:00:00 +0000",
    **{"from": "trust-safety@edgeshield.io"}, name_from="EdgeShield Trust & Safety",
    subject=f"EdgeShield report ES-7731904 ({ES})",
    body=f"""Hello,

EdgeShield is not the hosting provider for {E1}
and cannot remove content from a site that is hosted elsewhere.

We have forwarded your complaint to the site owner and to the hosting
provider, Hostevo Ltd (abuse@hostevo.example), who are best placed to act.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this, forwarded to the host' reply",
    why="names the URL but reports only a forward to the host: no status, stays pending",
    items={E1: "pending"},
)

case(
    name="edgeshield-use-the-form",
    date="Thu, 12 Sep 2024 07:21:00 +0000",
    **{"from": "abuse@edgeshield.io"}, name_from="EdgeShield",
    subject=f"Re: [{ES}] Removal request",
    reply_to_req=thread(ES),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

EdgeShield is unable to process abuse complaints sent by email. To make
sure your report reaches the right team, please submit it through our
web form at https://edgeshield.io/abuse.

This mailbox is not monitored.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN autoresponder on its abuse mailbox pointing to the web form",
    why="an automatic answer to any mail sent to the mailbox; no statement about the item",
    items={},
)

# ============ Pastebox (paste service), KCSC-240913-07, 2 items ============

case(
    name="pastebox-bulleted",
    date="Sun, 15 Sep 2024 10:10:10 +0000",
    **{"from": "abuse@pastebox.me"}, name_from="Pastebox",
    subject=f"Re: {PB}",
    reply_to_req=thread(PB),
    body=f"""hi,

- {B1} : removed
- {B2} : expired on its own on Sep 14, no longer exists

cheers
pastebox (it's just two of us)
""",
    outcome="applied", classification="confirmation",
    imitates="tiny paste service owner answering in a two-bullet list",
    why="one paste removed; the other expired and no longer exists (not_found)",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="pastebox-statement-then-url",
    date="Sat, 14 Sep 2024 18:20:00 +0000",
    **{"from": "admin@pastebox.me"}, name_from="Pastebox Admin",
    subject=f"Re: {PB} doxxing pastes",
    reply_to_req=thread(PB),
    body=f"""Hello,

This paste was deleted and its author's account closed:
{B2}

The other link does not exist on our site (maybe a typo?):
{B1}

Pastebox
""",
    outcome="applied", classification="confirmation",
    imitates="paste site admin putting each URL on the line below its statement",
    why="statement then URL on the next line: first deleted (removed), second does not exist (not_found)",
    items={B2: "removed", B1: "not_found"},
)

case(
    name="pastebox-out-of-office",
    date="Fri, 13 Sep 2024 04:01:00 +0000",
    **{"from": "admin@pastebox.me"}, name_from="Pastebox Admin",
    subject=f"Out of office: [{PB}] Removal request",
    reply_to_req=thread(PB),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""I'm away until 23 September with limited access to email.
Urgent abuse reports: use the report button on the paste page.

> {B1}
> {B2}
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply quoting the start of the request",
    why="auto-reply; the quoted URLs carry no statement",
    items={},
)

case(
    name="pastebox-contact-change",
    date="Mon, 16 Sep 2024 09:00:00 +0000",
    **{"from": "admin@pastebox.me"}, name_from="Pastebox Admin",
    subject="Change of abuse contact",
    body="""Hello,

A heads-up: from 1 October our abuse contact moves from abuse@pastebox.me
to trust@pastebox.me. The old address will forward for a while.

Thanks,
Pastebox
""",
    outcome="review", review="no_claims",
    imitates="small service announcing a new abuse contact address",
    why="trusted Pastebox mail naming no item and no request: no_claims",
    items={},
)


# ---------------------------------------------------------------- write

HEADER = f"""# Blind set 361 (hosts, CDN, registrar, forum, image board, file host,
# paste service; CSV attachments and plain-text tables). Written by
# tests/corpus/blind361/make.py from each email's meaning, before any run
# of the reader. Requests: tests/corpus/blind361/requests.csv (largest {DC})."""

def enc_word(text):
    """RFC 2047 B-encoding for non-ASCII display names and subjects."""
    if text.isascii():
        return text
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# Korean display names and subjects are RFC 2047-encoded as mail clients do;
# one case keeps a raw UTF-8 subject, as some webmail still sends.
RAW_SUBJECT = {"maruboard-blind-fullwidth-parens"}
for _c in CASES:
    if "name_from" in _c:
        _c["name_from"] = enc_word(_c["name_from"])
    if _c["name"] not in RAW_SUBJECT:
        _c["subject"] = enc_word(_c["subject"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases written")
