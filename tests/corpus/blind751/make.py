#!/usr/bin/env python3
"""Blind set 751: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
Expected results were written from each email's meaning alone, before any
run of the reader.

    python3 tests/corpus/blind751/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "fvshare.example": "FVShare",
    "blueharbor-hosting.example": "Blue Harbor Hosting",
    "kiboard.example": "kiboard",
    "dalbit.example": "달빛마당",
    "namecrate.example": "NameCrate",
    "edgeshield.example": "EdgeShield",
    "pastely.example": "Pastely",
})


def enc(url):
    """The form stored in requests.csv: non-ASCII path/query percent-encoded."""
    return quote(url, safe=":/?=&~%#")


# ---------------------------------------------------------------- requests
F = [
    "https://fvshare.example/f/Qm7xK2pA",
    "https://fvshare.example/f/Lr93TzWc",
    "https://fvshare.example/f/Hn0pV8sE",
    "https://fvshare.example/f/Yb44kDqM",
    "https://fvshare.example/f/Ue2sR6nJ",
    "https://fvshare.example/f/Tc81wGzA",
    "https://fvshare.example/folder/Kw5mPp0X",
    "https://fvshare.example/f/Ag7jN3vB",
    "https://fvshare.example/f/Zx19cLoQ",
    "https://fvshare.example/f/Pe6dH2rT",
    "https://fvshare.example/f/Mi0qS5yU",
    "https://fvshare.example/f/Wo3nB8eK",
]
B = [
    "https://clipnest-kr.example/watch/88412",
    "https://clipnest-kr.example/watch/88519",
    "http://photodump.example/u/minji_k/album/3",
    "https://198.51.100.77/~hana/gallery.html",
]
K = [
    "https://kiboard.example/kr/thread/77120",
    "https://kiboard.example/kr/thread/77154",
    "https://kiboard.example/b/thread/301877",
    "https://kiboard.example/b/thread/301902",
    "https://img.kiboard.example/src/1725512003117.jpg",
]
D_RAW = [
    "https://dalbit.example/자유게시판/10233",
    "https://dalbit.example/자유게시판/10391",
    "https://dalbit.example/board/view?id=humor&no=55120",
]
D = [enc(u) for u in D_RAW]
N = [
    "https://kr-hidden-cam.example/",
    "https://leakvault-kr.example/v/2291",
]
E = [
    "https://streamzone-kr.example/video/5521",
    "https://streamzone-kr.example/video/5530",
]
P = ["https://pastely.example/r/9fK2mQ"]

REQUESTS = [
    ("KCSC-240902-01", "fvshare", "2024-09-02", "2024-09-09", F, "non-consensual-intimate-imagery"),
    ("KCSC-240903-02", "blueharbor", "2024-09-03", "2024-09-10", B, "deepfake-sexual-abuse"),
    ("KCSC-240904-03", "kiboard", "2024-09-04", "2024-09-11", K, "privacy-violation"),
    ("KCSC-240905-04", "dalbit", "2024-09-05", "2024-09-12", D, "defamation-privacy"),
    ("KCSC-240906-05", "namecrate", "2024-09-06", "2024-09-13", N, "illegal-filming"),
    ("KCSC-240909-06", "edgeshield", "2024-09-09", "2024-09-16", E, "deepfake-sexual-abuse"),
    ("KCSC-240910-07", "pastely", "2024-09-10", "2024-09-17", P, "personal-data-leak"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid, "item %d of %d" % (i, len(urls))])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


FV_REQUEST = """Dear FVShare,

The Korea Communications Standards Commission asks you to remove the
following 12 links (our reference KCSC-240902-01), which carry
non-consensual intimate images of a Korean resident:

""" + "\n".join(F) + """

Please reply to this address with the outcome for each link by
9 September 2024.

KCSC Takedown Desk"""

BH_REQUEST = """Dear Blue Harbor Hosting,

We request the removal of the following content hosted on your network
(our reference KCSC-240903-02):

""" + "\n".join(B) + """

Please let us know the outcome for each URL by 10 September 2024.

KCSC Takedown Desk"""

# ------------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ============================ FVShare (file host, 12 items) ===============
case(
    name="fv-abuse-list-mixed",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse Team",
    date="Wed, 04 Sep 2024 11:40:12 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your notice. Our team has gone through the first part of
your list. Result so far:

1. {F[0]} - file deleted, uploader account closed
2. {F[1]} - file deleted
3. {F[2]} - no such file (link invalid or removed earlier by the uploader)
4. {F[3]} - file deleted

We will write again once the remaining links have been processed.

Regards,
Jonas
FVShare Abuse Team
https://fvshare.example/legal/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a numbered list of links and per-link results",
    why="numbered list, one result per link: three deleted, one 'no such file'",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "removed"},
)

FV_CSV = f"""link,result,date_utc,comment
{F[4]},deleted,2024-09-05 08:12,
{F[5]},disabled,2024-09-05 08:12,download blocked for all users
{F[6]},deleted,2024-09-05 08:14,folder and the 23 files inside it
{F[7]},not found,2024-09-05 08:15,file id does not exist
"""
case(
    name="fv-csv-attachment",
    **{"from": "compliance@fvshare.example"}, name_from="FVShare Compliance",
    date="Thu, 05 Sep 2024 10:31:44 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fvs_7731"

--=_fvs_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

the result of our review of the second batch of KCSC-240902-01 is in the
attached spreadsheet, one row per link.

Best,
FVShare Compliance

--=_fvs_7731
Content-Type: text/csv; charset=utf-8; name="fvshare_KCSC-240902-01_batch2.csv"
Content-Disposition: attachment; filename="fvshare_KCSC-240902-01_batch2.csv"
Content-Transfer-Encoding: base64

{b64(FV_CSV)}
--=_fvs_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="compliance team reply carrying a CSV export of its takedown queue",
    why="CSV rows: deleted, disabled (blocked for all users), deleted folder, not found",
    items={F[4]: "removed", F[5]: "removed", F[6]: "removed", F[7]: "not_found"},
)

case(
    name="fv-plaintext-table",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse Team",
    date="Fri, 06 Sep 2024 16:02:09 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links (final batch)",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC,

Please see below the outcome for the last links in your request
KCSC-240902-01.

URL                                 | Action taken           | Date
------------------------------------+------------------------+-----------
{F[8]}  | Removed                | 2024-09-06
{F[9]}  | Blocked in South Korea | 2024-09-06
{F[10]}  | No action (1)          | 2024-09-06
{F[11]}  | Removed                | 2024-09-06

(1) This file is a public-domain documentary film. Our reviewers found no
breach of our Terms of Service or of applicable law, so it stays available.

Regards,
Jonas
FVShare Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with a plain-text ASCII table (URL | action | date) and a footnote",
    why="table rows: removed, blocked in South Korea, no action with a reason in the footnote, removed",
    items={F[8]: "removed", F[9]: "restricted", F[10]: "rejected", F[11]: "removed"},
)

case(
    name="fv-promise-queued",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse Team",
    date="Tue, 03 Sep 2024 09:15:00 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Hello,

we are looking into the links you sent. The two files below have been
queued for our compliance team and, if they are confirmed to breach our
terms, they will be removed within 48 hours:

{F[0]}
{F[1]}

We will let you know the result.

Jonas
FVShare Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk holding reply promising removal after internal review",
    why="'will be removed' if confirmed: a conditional promise, no status",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="fv-bulk-all-removed",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse Team",
    date="Sat, 07 Sep 2024 12:20:31 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body="""Hello,

All files and folders listed in your request KCSC-240902-01 have been
removed from FVShare, and their hashes were added to our re-upload filter.

Kind regards,
FVShare Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' closing reply",
    why="one statement about all twelve links without naming any: bulk, items stay pending",
    items={u: "pending" for u in F},
)

case(
    name="fv-out-of-office",
    **{"from": "jonas.weber@fvshare.example"}, name_from="Jonas Weber",
    date="Mon, 09 Sep 2024 08:00:03 +0200",
    subject="Automatic reply: [KCSC-240902-01] Reminder: removal request - 12 links",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I am out of the office until 16 September with limited access to email.

Abuse reports are handled by abuse@fvshare.example in the meantime.

Jonas Weber
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an abuse desk member",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fv-ticket-receipt",
    **{"from": "support@fvshare.example"}, name_from="FVShare Support",
    date="Mon, 02 Sep 2024 17:05:51 +0200",
    subject="[FVS #204417] We received your request",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automated message.

Your message has been received and assigned ticket number #204417.
A member of our team will look at it as soon as possible. Please keep the
ticket number in the subject line when replying.

Subject of your request: [KCSC-240902-01] Removal request - 12 links

FVShare Support
https://fvshare.example/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket system receipt (ticket number assigned)",
    why="pure receipt: ticket created, nothing said about any link",
    items={},
)

case(
    name="fv-forged-removed",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 03:12:40 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    body=f"""Removed:
{F[0]}
{F[1]}
{F[2]}

FVShare
""",
    outcome="review", review="untrusted",
    imitates="terse abuse-desk list of removed links, here failing DKIM/SPF/DMARC",
    why="claims from the platform's domain but authentication fails",
    items={F[0]: "pending", F[1]: "pending", F[2]: "pending"},
)

case(
    name="fv-echoed-report-outcome",
    **{"from": "noreply@fvshare.example"}, name_from="FVShare Trust & Safety",
    date="Thu, 05 Sep 2024 14:48:02 +0200",
    subject="Your report R-88213 has been resolved",
    body=f"""Hello,

We have reviewed your report and taken the action described below.

--- Your report ---
Reported link: {F[7]}
Reason: Illegal content (other)
Reference given: KCSC-240902-01
Details: Non-consensual intimate images, see request KCSC-240902-01.
-------------------

Outcome: the file was removed and is no longer available for download.

If you think we made a mistake, you can tell us at
https://fvshare.example/help/appeals

FVShare Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="web-form report outcome mail that echoes the submitted report above the result",
    why="echoed report names one link; the outcome line says it was removed",
    items={F[7]: "removed"},
)

case(
    name="fv-uploader-deleted-first",
    **{"from": "abuse@fvshare.example"}, name_from="FVShare Abuse Team",
    date="Thu, 05 Sep 2024 09:27:18 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Regarding {F[3]}: the uploader deleted this file
on 3 September, before we got to it, so there was nothing left for us to
remove.

{F[4]} was taken down by us this morning.

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="informal abuse desk note, one paragraph per link",
    why="one file deleted by its uploader before action (not_found), one taken down by the host",
    items={F[3]: "not_found", F[4]: "removed"},
)

case(
    name="fv-top-post-over-gmail-quote",
    **{"from": "tomasz@fvshare.example"}, name_from="Tomasz Nowak",
    date="Tue, 03 Sep 2024 19:44:10 +0200",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Removed {F[0]} and {F[1]} just now. The other ten are still with our reviewers.

Tomasz

On Mon, 2 Sep 2024 at 10:03, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(FV_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Gmail top-post from a staff member above the quoted request",
    why="two links named as removed; the ten others are only in the quote and 'still with reviewers'",
    items={F[0]: "removed", F[1]: "removed"},
)

case(
    name="fv-no-claims-address-change",
    **{"from": "legal@fvshare.example"}, name_from="FVShare Legal",
    date="Mon, 16 Sep 2024 10:00:00 +0200",
    subject="Change of our abuse contact from 1 October 2024",
    body="""Dear partners,

From 1 October 2024 our abuse desk moves to a web form at
https://fvshare.example/report and the address abuse@fvshare.example will
no longer be read. Notices sent by email after that date will receive an
automatic pointer to the form.

Authorities with a statutory basis can still write to
authorities@fvshare.example.

FVShare Legal
""",
    outcome="review", review="no_claims",
    imitates="service announcement mail about a changed abuse contact",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="fv-html-disabled-list",
    **{"from": "trust@fvshare.example"}, name_from="FVShare Trust & Safety",
    date="Wed, 04 Sep 2024 18:22:37 +0200",
    subject="Action taken on report KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-4b2f"

--alt-4b2f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have disabled access to the following files:

- {F[2]}
- {F[3]}

Read our abuse policy (https://fvshare.example/help/abuse-policy) or
appeal a decision (https://fvshare.example/help/appeal).

FVShare Trust & Safety

--alt-4b2f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We have disabled access to the following files:</p>
<ul>
<li><a href="{F[2]}">{F[2]}</a></li>
<li><a href="{F[3]}">{F[3]}</a></li>
</ul>
<p>Read our <a href="https://fvshare.example/help/abuse-policy">abuse policy</a>
or <a href="https://fvshare.example/help/appeal">appeal a decision</a>.</p>
<p>FVShare Trust &amp; Safety</p>
</body></html>

--alt-4b2f--
""",
    outcome="applied", classification="confirmation",
    imitates="HTML trust-and-safety notice with a bulleted list and policy/appeal links",
    why="access disabled for two listed files; the policy and appeal links are not items",
    items={F[2]: "removed", F[3]: "removed"},
)

# ====================== Blue Harbor Hosting (host, 4 items) ===============
case(
    name="bh-customer-removed-and-suspended",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Thu, 05 Sep 2024 15:10:22 +0100",
    subject="[BH-ABUSE-31877] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We passed your complaint to our customer who runs clipnest-kr.example.
They have deleted both videos:

  {B[0]}
  {B[1]}

We checked ourselves: both now return 404.

The account behind {B[2]} was in breach
of our Acceptable Use Policy and we have suspended that hosting package;
the site is offline.

Best regards,
Mirela D.
Abuse Desk, Blue Harbor Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk reporting the customer's removal and a package suspension",
    why="two videos deleted (verified 404), one site's hosting suspended and offline",
    items={B[0]: "removed", B[1]: "removed", B[2]: "removed"},
)

case(
    name="bh-forwarded-to-customer",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Tue, 03 Sep 2024 16:41:09 +0100",
    subject="[BH-ABUSE-31877] Complaint forwarded to customer",
    reply_to_req="req-240903-02",
    body=f"""Dear reporter,

Blue Harbor Hosting is the network provider for the address(es) below.
We have forwarded your complaint to the responsible customer and asked
them to take action within 24 hours. If they do not respond, we will take
further steps, up to suspension of the service.

Reported: {B[0]}
Reported: {B[1]}

Ticket: BH-ABUSE-31877

Blue Harbor Hosting - Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'complaint forwarded to customer' notice",
    why="forwarded to the customer with a deadline; no status, only what may happen",
    items={B[0]: "pending", B[1]: "pending"},
)

case(
    name="bh-user-dir-missing",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Wed, 04 Sep 2024 11:05:40 +0100",
    subject="[BH-ABUSE-31877] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi,

About {B[3]}:
we could not locate this content. 198.51.100.77 is one of our shared
servers, but there is no user "hana" on it and the path returns 404.
No action was possible.

The other three URLs are still open on our side.

Mirela D.
Abuse Desk, Blue Harbor Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply that the reported path does not exist on its server",
    why="the host cannot locate the content: not_found; the rest 'still open'",
    items={B[3]: "not_found"},
)

case(
    name="bh-html-ticket-update",
    **{"from": "tickets@blueharbor-hosting.example"}, name_from="Blue Harbor Support Portal",
    date="Mon, 09 Sep 2024 09:30:00 +0100",
    subject="[BH-ABUSE-31877] Ticket updated: KCSC-240903-02",
    type="html",
    body=f"""<html><body>
<p>Dear customer,</p>
<p>Your ticket <b>BH-ABUSE-31877</b> (KCSC-240903-02) has been updated.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Status</th><th>Updated</th></tr>
<tr><td>{B[0]}</td><td>Resolved &ndash; removed by customer</td><td>2024-09-06</td></tr>
<tr><td>{B[2]}</td><td>Closed &ndash; no violation found (content is lawful)</td><td>2024-09-08</td></tr>
<tr><td>{B[3]}</td><td>Service suspended</td><td>2024-09-08</td></tr>
</table>
<p>You can follow the ticket in the
<a href="https://portal.blueharbor-hosting.example/tickets/31877">support portal</a>.</p>
<p>Blue Harbor Hosting</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-portal HTML update mail with a per-URL status table",
    why="table: removed by customer, no violation (rejected), service suspended (removed); portal link is not an item",
    items={B[0]: "removed", B[2]: "rejected", B[3]: "removed"},
)

case(
    name="bh-out-of-office",
    **{"from": "mirela.dinu@blueharbor-hosting.example"}, name_from="Mirela Dinu",
    date="Tue, 10 Sep 2024 07:12:45 +0100",
    subject="Out of Office: [BH-ABUSE-31877] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message. I am on annual leave until Monday
16 September. For urgent abuse matters please write to
abuse@blueharbor-hosting.example.

Mirela Dinu
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply from a hosting provider's abuse desk member",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="bh-hedged-looks-gone",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Wed, 04 Sep 2024 17:55:12 +0100",
    subject="[BH-ABUSE-31877] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hi, a quick note: it looks like the customer may have taken down
{B[1]} - the page seems to give an error now,
but we have not had confirmation from them yet. I'll update you when I
hear back.

Mirela
""",
    outcome="review", review="not_understood",
    imitates="informal abuse desk interim note",
    why="'looks like', 'may have', 'seems': hedged, no confirmation",
    items={B[1]: "pending"},
)

case(
    name="bh-customer-geoblocked-kr",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Fri, 06 Sep 2024 10:20:33 +0100",
    subject="[BH-ABUSE-31877] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Our customer (clipnest-kr.example) informs us that they have geo-blocked
the two videos for visitors from South Korea:
{B[0]} and
{B[1]}.
They remain reachable from other countries.

Regards,
Blue Harbor Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider relaying a customer's country block",
    why="both videos blocked for South Korea only: restricted",
    items={B[0]: "restricted", B[1]: "restricted"},
)

case(
    name="bh-outlook-quote-partial",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Mon, 09 Sep 2024 13:02:27 +0100",
    subject="RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body=f"""Hi,

Quick update on KCSC-240903-02: the customer removed
{B[2]} this morning (we verified, it returns
410 Gone). {B[3]} is still under review with
our legal team.

Kind regards,
Mirela

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:15 AM
To: abuse@blueharbor-hosting.example
Subject: [KCSC-240903-02] Request for removal of illegal content

{BH_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request below",
    why="one URL removed (410), one 'still under review'; the request below is quoted",
    items={B[2]: "removed", B[3]: "pending"},
)

case(
    name="bh-origin-host-for-cdn-items",
    **{"from": "abuse@blueharbor-hosting.example"}, name_from="Blue Harbor Abuse Desk",
    date="Thu, 12 Sep 2024 14:40:05 +0100",
    subject="[BH-ABUSE-31920] streamzone-kr.example (your ref KCSC-240909-06)",
    body=f"""Hello,

EdgeShield forwarded your complaint to us (your reference KCSC-240909-06).
The origin server of streamzone-kr.example is on our network. We have
disabled the two videos:

{E[0]}
{E[1]}

Blue Harbor Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint a CDN passed on",
    why="Blue Harbor states statuses for items of the EdgeShield request",
    items={E[0]: "pending", E[1]: "pending"},
)

# ============================ kiboard (image board, 5 items) ==============
case(
    name="kb-admin-one-liner",
    **{"from": "admin@kiboard.example"}, name_from="kiboard admin",
    date="Thu, 05 Sep 2024 02:14:51 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""both threads deleted, poster banned.
{K[0]}
{K[1]}

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering in one lowercase line",
    why="two threads named as deleted",
    items={K[0]: "removed", K[1]: "removed"},
)

case(
    name="kb-bare-url-status-below",
    **{"from": "mods@kiboard.example"}, name_from="kiboard mod team",
    date="Fri, 06 Sep 2024 21:33:08 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""re your list:

{K[2]}
deleted

{K[3]}
already gone - thread fell off the board and got pruned before we saw the mail

{K[4]}
file purged from storage + hash banned

-- kiboard mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderators' reply, bare URL with the result on the line below",
    why="deleted; already pruned before the mods acted (not_found); file purged (removed)",
    items={K[2]: "removed", K[3]: "not_found", K[4]: "removed"},
)

case(
    name="kb-refusal-and-deleted",
    **{"from": "admin@kiboard.example"}, name_from="kiboard admin",
    date="Sat, 07 Sep 2024 04:02:19 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""Hi,

Thread {K[1]} is a text discussion about the news
story. No images, no names, no personal info. It doesn't break our rules
and we don't think it breaks Korean law either, so it stays up.

The other one ({K[0]}) was deleted yesterday.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin refusing one item with a reason and confirming another",
    why="one thread kept up with a reason (rejected), the other deleted",
    items={K[1]: "rejected", K[0]: "removed"},
)

case(
    name="kb-url-below-statement",
    **{"from": "mods@kiboard.example"}, name_from="kiboard mod team",
    date="Thu, 05 Sep 2024 18:45:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body=f"""The following thread has been removed:
{K[2]}

The following file could not be found on our servers (wrong link?):
<{K[4]}>

-- kiboard mod team
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply with a statement line and the URL on the line below",
    why="removed thread; image file not found (URL in angle brackets)",
    items={K[2]: "removed", K[4]: "not_found"},
)

KB_BOUNCED = f"""From: KCSC Takedown <takedown@kcsc.example>
To: mods@kiboard.example
Subject: [KCSC-240904-03] Reminder: removal request
Date: Thu, 12 Sep 2024 10:00:00 +0900
Message-ID: <reminder-240904-03-1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear kiboard,

We have not yet received your answer about the following items
(our reference KCSC-240904-03):

{K[2]}
{K[3]}
{K[4]}

KCSC Takedown Desk
"""
case(
    name="kb-bounce-mailbox-unavailable",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 12 Sep 2024 10:00:07 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="8C1F2A0B11.1726102807/mx.kcsc.example"

--8C1F2A0B11.1726102807/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<mods@kiboard.example>: host mail.kiboard.example[203.0.113.45] said: 550
    5.1.1 <mods@kiboard.example>: Recipient address rejected: mailbox
    unavailable (in reply to RCPT TO command)

--8C1F2A0B11.1726102807/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 8C1F2A0B11
Arrival-Date: Thu, 12 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; mods@kiboard.example
Original-Recipient: rfc822;mods@kiboard.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.kiboard.example
Diagnostic-Code: smtp; 550 5.1.1 <mods@kiboard.example>: Recipient address
    rejected: mailbox unavailable

--8C1F2A0B11.1726102807/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{KB_BOUNCED}
--8C1F2A0B11.1726102807/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder, with the reminder (listing URLs) attached",
    why="delivery failure report; the URLs are only in our own bounced reminder",
    items={},
)

case(
    name="kb-volunteer-janitor",
    **{"from": "kbjanitor.77@mailbox.example"}, name_from="kb_janitor",
    date="Fri, 06 Sep 2024 13:20:44 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    body=f"""hi, I'm one of the volunteer janitors on kiboard /b/. saw your request
KCSC-240904-03 posted on the staff board. I deleted
{K[2]} myself. admin will reply about the rest.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator writing from a personal webmail address",
    why="statement from an address outside the platform's domains",
    items={K[2]: "pending"},
)

case(
    name="kb-wrapped-angle-url",
    **{"from": "mods@kiboard.example"}, name_from="kiboard mod team",
    date="Sun, 08 Sep 2024 09:10:16 +0000",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req="req-240904-03",
    body="""Image <https://img.kiboard.example/src/
1725512003117.jpg> purged and hash-banned. Thread
https://kiboard.example/b/thread/301902 has been locked and deleted.

-- kiboard mod team
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply whose client wrapped a long bracketed URL",
    why="image purged (URL wrapped inside angle brackets), thread deleted",
    items={K[4]: "removed", K[3]: "removed"},
)

# ============================ 달빛마당 (Korean forum, 3 items) ===========
case(
    name="dal-gesijungdan-notice",
    **{"from": "report@dalbit.example"}, name_from="달빛마당 운영팀",
    date="Fri, 06 Sep 2024 10:05:00 +0900",
    subject="[달빛마당] 게시물 게시중단 요청 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 달빛마당 운영팀입니다.

귀 위원회에서 2024년 9월 5일 요청하신 게시물에 대한 처리 결과를
아래와 같이 안내드립니다.

1. {D_RAW[0]}
   - 처리 결과: 게시중단 (운영정책 위반)
2. {D_RAW[1]}
   - 처리 결과: 임시조치 (30일간 열람 제한, 정보통신망법 제44조의2)

기타 문의 사항은 본 메일로 회신 부탁드립니다.
감사합니다.

달빛마당 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시중단/임시조치 처리 결과 안내 notice",
    why="게시중단 (removed) and 임시조치 (restricted); raw Korean paths match the encoded URLs",
    items={D[0]: "removed", D[1]: "restricted"},
)

case(
    name="dal-html-blind-table",
    **{"from": "report@dalbit.example"}, name_from="달빛마당 운영팀",
    date="Mon, 09 Sep 2024 15:30:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 달빛마당 운영팀입니다.</p>
<p>요청하신 게시물의 조치 결과는 다음과 같습니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>번호</th><th>게시물 주소</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td>1</td><td>{D_RAW[2].replace("&", "&amp;")}</td><td>블라인드 처리</td><td>2024-09-09 14:10</td></tr>
<tr><td>2</td><td>{D_RAW[0]}</td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal HTML 조치 결과 table (블라인드 처리 / 게시물 없음)",
    why="블라인드 처리 (removed); 게시물 없음 - deleted by its author (not_found)",
    items={D[2]: "removed", D[0]: "not_found"},
)

DAL_QP = f"""안녕하세요. 달빛마당 고객센터입니다.

요청번호 KCSC-240905-04 관련 검토 결과를 알려드립니다.

- {D_RAW[1]}
  해당 게시물은 검토 결과 운영원칙 및 관련 법령 위반 사항이 확인되지 않아
  게시를 유지합니다.
- {D_RAW[2]}
  운영자 삭제 처리하였습니다.

감사합니다.
"""
case(
    name="dal-qp-keep-and-delete",
    **{"from": "cs@dalbit.example"}, name_from="달빛마당 고객센터",
    date="Tue, 10 Sep 2024 11:42:10 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DAL_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean customer-centre reply in quoted-printable: 게시 유지 and 운영자 삭제",
    why="one post kept up as no violation found (rejected), one deleted by the operator",
    items={D[1]: "rejected", D[2]: "removed"},
)

case(
    name="dal-under-review-korean",
    **{"from": "report@dalbit.example"}, name_from="달빛마당 운영팀",
    date="Fri, 06 Sep 2024 16:20:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 달빛마당 운영팀입니다.

요청하신 게시물 2건({D_RAW[0]}, {D_RAW[1]})은
현재 담당 부서에서 검토 중이며, 검토가 끝나는 대로 조치 후 결과를
회신드릴 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal interim reply (검토 중, 조치 후 회신 예정)",
    why="under review and a promise to reply: no status",
    items={D[0]: "pending", D[1]: "pending"},
)

case(
    name="dal-read-receipt",
    **{"from": "report@dalbit.example"}, name_from="달빛마당 운영팀",
    date="Fri, 06 Sep 2024 09:14:33 +0900",
    subject="읽음: [KCSC-240905-04] 불법정보 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-dal-0906"

--mdn-dal-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 2024-09-06 오전 9:14에 읽었습니다.

제목: [KCSC-240905-04] 불법정보 삭제 요청

--mdn-dal-0906
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalbit.example; Dalbit Webmail
Final-Recipient: rfc822; report@dalbit.example
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dal-0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt only",
    items={},
)

case(
    name="dal-particles-fullwidth",
    **{"from": "admin@dalbit.example"}, name_from="달빛마당 운영자",
    date="Wed, 11 Sep 2024 13:05:27 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 달빛마당 운영자입니다.
요청 건(KCSC-240905-04) 처리 내역입니다.

① {D_RAW[0]} → 삭제 완료
② 게시물（{D_RAW[1]}）은 국내 IP 접속 차단 조치하였습니다.
③ {D_RAW[2]}는 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's Korean reply with circled numbers, full-width brackets and particles glued to URLs",
    why="삭제 완료 (removed), 국내 접속 차단 (restricted), author already deleted it (not_found)",
    items={D[0]: "removed", D[1]: "restricted", D[2]: "not_found"},
)

# ============================ NameCrate (registrar, 2 items) ==============
case(
    name="nc-domain-clienthold",
    **{"from": "abuse@namecrate.example"}, name_from="NameCrate Abuse",
    date="Tue, 10 Sep 2024 08:50:41 -0700",
    subject="Re: [KCSC-240906-05] Abuse report - kr-hidden-cam.example",
    reply_to_req="req-240906-05",
    body=f"""Hello,

Thank you for your report. After review, the domain kr-hidden-cam.example
has been suspended (status: clientHold) for violation of our Domain Name
Registration Agreement. It no longer resolves, so
{N[0]} is unreachable worldwide.

We are still reviewing leakvault-kr.example and will come back to you.

NameCrate Abuse Team
Case NC-ABU-66120
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain placed on clientHold",
    why="domain suspended, the URL unreachable worldwide (removed); the other domain still under review",
    items={N[0]: "removed", N[1]: "pending"},
)

case(
    name="nc-registrar-declines",
    **{"from": "abuse@namecrate.example"}, name_from="NameCrate Abuse",
    date="Fri, 13 Sep 2024 09:12:00 -0700",
    subject="Re: [KCSC-240906-05] Abuse report - leakvault-kr.example",
    reply_to_req="req-240906-05",
    body=f"""Hello,

After reviewing {N[1]} we did not find a breach
of our Domain Abuse Policy: the domain itself is not used for phishing,
malware, botnets or pharming, and we do not judge website content, which
is a matter for the hosting provider. The domain will remain active.

NameCrate Abuse Team
Case NC-ABU-66121
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining a content complaint (not DNS abuse) with its reason",
    why="no breach found, the domain stays active: a refusal with its reason (rejected)",
    items={N[1]: "rejected"},
)

case(
    name="nc-dsn-mailbox-full",
    **{"from": "mailer-daemon@namecrate.example"}, name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 02:00:15 -0700",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nc-5521"

--dsn-nc-5521
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal@namecrate.example

Reason: the recipient's mailbox is full and cannot accept messages now.

--dsn-nc-5521
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namecrate.example

Final-Recipient: rfc822; legal@namecrate.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-nc-5521
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@namecrate.example
Subject: [KCSC-240906-05] Reminder: abuse report
Date: Fri, 13 Sep 2024 18:00:00 +0900
Message-ID: <reminder-240906-05-1@kcsc.example>

--dsn-nc-5521--
""",
    outcome="ignored", classification="bounce",
    imitates="remote MTA DSN (552 mailbox full) with the reminder's headers",
    why="bounce of our reminder",
    items={},
)

# ============================ EdgeShield (CDN, 2 items) ===================
case(
    name="es-cdn-does-not-host",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 06:33:19 +0000",
    subject="Re: [KCSC-240909-06] Removal request - streamzone-kr.example",
    reply_to_req="req-240909-06",
    body=f"""Hello,

EdgeShield provides pass-through CDN and security services for
streamzone-kr.example. We do not host the content at
{E[0]} or
{E[1]}
and cannot remove it from the Internet.

We have forwarded your report to the hosting provider (Blue Harbor
Hosting, abuse@blueharbor-hosting.example) and to the site owner. The
origin IP address is 203.0.113.80.

EdgeShield Trust & Safety
Report ES-2409-00731
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through service and do not host this' reply",
    why="no status: the CDN neither removed nor refused on the merits, it forwarded the report",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="es-edge-block-and-404",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Fri, 13 Sep 2024 11:05:52 +0000",
    subject="Re: [KCSC-240909-06] Removal request - streamzone-kr.example",
    reply_to_req="req-240909-06",
    body=f"""Hello,

Following your report ES-2409-00731:

- We have blocked delivery of {E[0]}
  through our network for visitors in the Republic of Korea.
- For {E[1]}, the origin returns
  404 Not Found and there is no cached copy; we could not locate any
  content at that address.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply after acting at its edge: country block and nothing found",
    why="blocked for Korea (restricted); nothing at the address (not_found)",
    items={E[0]: "restricted", E[1]: "not_found"},
)

case(
    name="es-report-received",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield",
    date="Mon, 09 Sep 2024 14:02:11 +0000",
    subject="EdgeShield abuse report received [ES-2409-00731]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you. We have received your abuse report (ID ES-2409-00731)
concerning streamzone-kr.example.

You will receive a further email once the report has been processed.
This mailbox is not monitored.

EdgeShield
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="pure receipt with a report ID",
    items={},
)

# ============================ Pastely (1 item) ============================
case(
    name="pst-deleted-one-word",
    **{"from": "ops@pastely.example"}, name_from="pastely",
    date="Wed, 11 Sep 2024 01:20:09 +0000",
    subject="Re: [KCSC-240910-07] Removal request: 1 link",
    reply_to_req="req-240910-07",
    body=f"""Deleted.

--
R.

On Tue, 10 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Pastely,
>
> Please remove {P[0]} (our reference KCSC-240910-07),
> which publishes personal data of a Korean resident.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-word reply from a one-person service above the quoted request",
    why="'Deleted.' answering a one-item request",
    items={P[0]: "removed"},
)

PST_B64 = f"""Hi KCSC,

The paste {P[0]} has been made private and is no
longer visible to anyone but its owner. We also disabled its raw and
download views.

Regards,
Pastely support
"""
case(
    name="pst-base64-made-private",
    **{"from": "support@pastely.example"}, name_from="Pastely support",
    date="Thu, 12 Sep 2024 08:44:30 +0000",
    subject="Re: [KCSC-240910-07] Removal request: 1 link",
    reply_to_req="req-240910-07",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(PST_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="base64-encoded support reply: paste made private",
    why="made private, hidden from the public (removed)",
    items={P[0]: "removed"},
)

case(
    name="pst-which-lines",
    **{"from": "support@pastely.example"}, name_from="Pastely support",
    date="Wed, 11 Sep 2024 09:03:12 +0000",
    subject="Re: [KCSC-240910-07] Removal request: 1 link",
    reply_to_req="req-240910-07",
    body=f"""Hello,

we got your request about {P[0]}. The paste is long
(about 400 lines) and mostly code. Could you tell us which lines are
unlawful and under which law? Without that we can't act on it.

Pastely support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small service asking the reporter for specifics before acting",
    why="asks for more information; no status",
    items={P[0]: "pending"},
)

HEADER = """# Blind set 751 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services). Written by tests/corpus/blind751/make.py from each email's
# meaning alone, before any run of the reader. Each case is judged alone on
# a fresh ledger holding requests.csv.
"""

def mime_words(text):
    """RFC 2047-encode a header value that is not ASCII, as mail clients do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(maxlinelen=998)


def encode_headers(cases):
    for c in cases:
        if "name_from" in c:
            c["name_from"] = mime_words(c["name_from"])
        c["subject"] = mime_words(c["subject"])


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind751", HEADER, CASES)
