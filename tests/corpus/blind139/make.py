#!/usr/bin/env python3
"""Blind set 139: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering removal requests, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind139/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader. All names, domains, ids and URLs are fictional.
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

SET = "blind139"


def enc(s):
    """RFC 2047 encoded-word, as real mailers write non-ASCII headers."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------- requests
F = [
    "https://filecrate.example/f/Ab3kP9xQ",   # F[0]  = F1
    "https://filecrate.example/f/Zr7LmW2c",   # F2
    "https://filecrate.example/f/Qe5TnY8v",   # F3
    "https://filecrate.example/f/Hk2DsU4b",   # F4
    "https://filecrate.example/f/Wp9XcR1m",   # F5
    "https://filecrate.example/f/Lm4GtE6z",   # F6
    "https://filecrate.example/f/Nc8VjK3s",   # F7
    "https://filecrate.example/f/Ty6BqP0d",   # F8
    "https://filecrate.example/f/Ux1FhZ7k",   # F9
    "https://filecrate.example/f/Gd3SwM5r",   # F10
    "https://filecrate.example/folder/7f3a9c21",  # F11
    "https://filecrate.example/folder/b81e44d0",  # F12
    "https://filecrate.example/f/Jv0NpC9e",   # F13
]
F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13 = F

H1 = "https://dfk-gallery.example/albums/2024/set14/"
H2 = "https://dfk-gallery.example/albums/2024/set15/"
H3 = "http://198.51.100.77/share/clip_0931.mp4"
H4 = "https://mirror-k.example/v/88120"
H = [H1, H2, H3, H4]

S1 = "https://sandboard.example/k/res/48213.html"
S2 = "https://sandboard.example/k/res/48377.html"
S3 = "https://sandboard.example/b/res/90121.html"
S4 = "https://sandboard.example/src/1725580012345.webm"
S5 = "https://sandboard.example/src/1725581199870.jpg"
S = [S1, S2, S3, S4, S5]

D1 = "https://dalbit.example/board/humor/5512"
D2 = "https://dalbit.example/board/free/102344"
D3 = "https://dalbit.example/%EC%9E%90%EC%9C%A0%EA%B2%8C%EC%8B%9C%ED%8C%90/7781"
D4 = "https://dalbit.example/%EA%B0%A4%EB%9F%AC%EB%A6%AC/3090"
D3R = "https://dalbit.example/자유게시판/7781"
D4R = "https://dalbit.example/갤러리/3090"
D = [D1, D2, D3, D4]

C1 = "https://hot-leaks.example/post/2291"
C2 = "https://hot-leaks.example/post/2305"
C3 = "https://clipzone.example/watch?v=k3J9d0a"
C = [C1, C2, C3]

G1 = "https://dfk-share.example/"
G2 = "https://nudify-now.example/app"

P1 = "https://pastebox.example/k2Jd8sQ"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00", F,
     "deepfake-sexual-abuse", "file host: shared files and folders"),
    ("KCSC-240903-02", "harbourhost", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", H,
     "deepfake-sexual-abuse", "hosting provider: customer sites and a bare-IP file"),
    ("KCSC-240904-03", "sandboard", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", S,
     "deepfake-sexual-abuse", "image board threads and media files"),
    ("KCSC-240905-04", "dalbit", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00", D,
     "defamation", "Korean community forum, two Korean-path boards"),
    ("KCSC-240906-05", "cloudveil", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00", C,
     "deepfake-sexual-abuse", "CDN in front of two sites"),
    ("KCSC-240909-06", "hanbitdomain", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", [G1, G2],
     "deepfake-sexual-abuse", "registrar of two domains"),
    ("KCSC-240910-07", "pastebox", "2024-09-10T13:15:00+09:00", "2024-09-17T23:59:59+09:00", [P1],
     "personal-information", "paste service, one paste"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rq(ref):
    """reply_to_req value (corpuslib adds @kcsc.example)."""
    return "req-" + ref[5:].lower()


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_HH = """Dear Harbour Hosting,

Under request KCSC-240903-02 the Korea Communications Standards
Commission asks you to remove the following content hosted on your network:

1. https://dfk-gallery.example/albums/2024/set14/
2. https://dfk-gallery.example/albums/2024/set15/
3. http://198.51.100.77/share/clip_0931.mp4
4. https://mirror-k.example/v/88120

Please tell us the result for each URL by 10 September 2024.

KCSC Takedown Desk"""

REQ_PB = """Dear PasteBox,

Under request KCSC-240910-07 we ask you to remove the following paste,
which publishes a private person's address and phone number:

https://pastebox.example/k2Jd8sQ

Please tell us the result by 17 September 2024.

KCSC Takedown Desk"""

# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===================== FileCrate (KCSC-240902-01, 13 items) =====================

case(
    name="fc-abuse-desk-numbered",
    date="Tue, 03 Sep 2024 02:14:09 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""Hello,

We looked at the links from your request KCSC-240902-01. Results so far:

1. {F1} - file deleted, uploader account closed
2. {F2} - file deleted
3. {F3} - file deleted
4. {F4} - not found, the uploader had already removed it
5. {F5} - no such file on our servers (is the link correct?)

The rest of your list is still with our team, we will write again once we
have been through it.

Regards,
Mira
FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small file host abuse-desk reply with a numbered list, one result per link",
    why="numbered list, each URL followed by its own result; the rest of the list is left open",
    items={F1: "removed", F2: "removed", F3: "removed", F4: "not_found", F5: "not_found"},
)

FC_CSV = [
    ("link", "result", "date_actioned", "notes"),
    (F1, "File removed", "2024-09-04", ""),
    (F2, "File removed", "2024-09-04", ""),
    (F3, "File removed", "2024-09-04", ""),
    (F4, "Not found", "", "deleted by uploader on 2024-09-01"),
    (F5, "Not found", "", "invalid file id"),
    (F6, "File removed", "2024-09-04", ""),
    (F7, "File removed", "2024-09-04", "hash blocked"),
    (F8, "No action", "", "no violation found: stock photo pack"),
    (F9, "File removed", "2024-09-04", ""),
    (F10, "File removed", "2024-09-04", ""),
    (F11, "Folder disabled", "2024-09-04", "all 41 files inside disabled"),
    (F12, "Folder disabled", "2024-09-04", ""),
    (F13, "Not found", "", "link never existed"),
]


def csv_text(rows):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


case(
    name="fc-csv-attachment",
    date="Wed, 04 Sep 2024 09:41:55 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==fc-csv-7731=="

--==fc-csv-7731==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Attached is the outcome sheet for your report KCSC-240902-01 (our ticket
FC-AB-77310), one row per link you sent us.

Thanks,
Mira - FileCrate Abuse

--==fc-csv-7731==
Content-Type: text/csv; charset=utf-8; name="FC-AB-77310_outcome.csv"
Content-Disposition: attachment; filename="FC-AB-77310_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(FC_CSV))}
--==fc-csv-7731==--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk outcome spreadsheet (CSV attachment, one row per reported link)",
    why="base64 CSV attachment states a result for each of the 13 links",
    items={F1: "removed", F2: "removed", F3: "removed", F4: "not_found", F5: "not_found",
           F6: "removed", F7: "removed", F8: "rejected", F9: "removed", F10: "removed",
           F11: "removed", F12: "removed", F13: "not_found"},
)

case(
    name="fc-bulk-all-removed",
    date="Thu, 05 Sep 2024 07:02:31 +0000",
    **{"from": "trust-safety@filecrate.example"}, name_from="FileCrate Trust & Safety",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    body="""Hello,

All of the files and folders listed in your report KCSC-240902-01 have now
been removed from FileCrate, and the accounts that uploaded them have been
terminated.

Regards,
FileCrate Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host 'all reported content removed' closing note",
    why="one statement about all items of a 13-item request without naming any",
    items={u: "pending" for u in F},
)

case(
    name="fc-promise-within-24h",
    date="Mon, 02 Sep 2024 23:48:12 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""Thanks for the report.

We will delete the following files within 24 hours, once our on-call
reviewer has confirmed them:

{F6}
{F7}
{F8}

We'll let you know when it's done.

FileCrate Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk first reply promising deletion after internal confirmation",
    why="'we will delete ... once confirmed' is a promise, not a statement",
    items={F6: "pending", F7: "pending", F8: "pending"},
)

case(
    name="fc-out-of-office",
    date="Mon, 02 Sep 2024 05:01:44 +0000",
    **{"from": "daniel.okafor@filecrate.example"}, name_from="Daniel Okafor",
    subject="Automatic reply: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am away until Monday 16 September with limited access to email.

For abuse reports please write to abuse@filecrate.example, which is
monitored every day.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a staff member",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fc-url-then-status-line",
    date="Wed, 04 Sep 2024 03:27:10 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""Hi KCSC team,

Update on KCSC-240902-01:

{F6}
Status: removed

{F7}
Status: removed (hash added to our upload block list)

{F8}
Status: not removed - reviewed, no breach of our terms (it is a stock photo pack)

{F4}
Status: file not found

Best,
Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each URL on its own line and 'Status:' below it",
    why="each URL has its status on the following line; one refusal with its reason",
    items={F6: "removed", F7: "removed", F8: "rejected", F4: "not_found"},
)

case(
    name="fc-folders-disabled-qp",
    date="Wed, 04 Sep 2024 12:55:03 +0000",
    **{"from": "legal@filecrate.example"}, name_from="FileCrate Legal",
    subject="KCSC-240902-01 - shared folders disabled",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Dear Sir or Madam,

Further to your request KCSC-240902-01 we have disabled the two shared folders below, including every file they contained. Visitors to either link now see the page \u201cThis folder has been disabled for violating our Terms of Service\u201d.

\u2013 {F11}
\u2013 {F12}

The owner of both folders has been banned from FileCrate.

Kind regards,
FileCrate Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="file host legal team notice, quoted-printable with soft line breaks",
    why="two folders named and stated disabled (removed); QP body",
    items={F11: "removed", F12: "removed"},
)

case(
    name="fc-html-ticket-table",
    date="Thu, 05 Sep 2024 01:10:47 +0000",
    **{"from": "noreply@filecrate.example"}, name_from="FileCrate Abuse Portal",
    subject="[FC-AB-77310] Your abuse ticket has been updated",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Our team has updated ticket <b>FC-AB-77310</b> (your reference KCSC-240902-01).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="{F10}">{F10}</a></td><td>Removed</td></tr>
<tr><td><a href="{F13}">{F13}</a></td><td>Not found</td></tr>
<tr><td><a href="{F1}">{F1}</a></td><td>Removed</td></tr>
</table>
<p>You can follow this ticket on <a href="https://filecrate.example/abuse/tickets/FC-AB-77310">our abuse portal</a>.</p>
<p style="color:#888">FileCrate Abuse Portal - this mailbox is not monitored.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update email with an HTML outcome table",
    why="HTML table, one outcome per URL; the portal link is not an item",
    items={F10: "removed", F13: "not_found", F1: "removed"},
)

case(
    name="fc-heading-lists",
    date="Thu, 05 Sep 2024 10:33:18 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""Hello,

We have finished a second pass over KCSC-240902-01.

The following files were disabled and can no longer be downloaded:
{F2}
{F3}
{F9}

The following links could not be found on FileCrate (deleted earlier or
mistyped):
{F5}
{F13}

Everything else from your list is still being looked at.

FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply grouping URLs under result headings",
    why="two headed lists: disabled (removed) and could not be found",
    items={F2: "removed", F3: "removed", F9: "removed", F5: "not_found", F13: "not_found"},
)

case(
    name="fc-echoed-report-decisions",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="Your report FC-AB-77452 - decision",
    body=f"""Thank you for your report. A ticket has been created: FC-AB-77452.

--- Your report ---
URL: {F7}
Reason given: non-consensual intimate imagery
Reporter: KCSC (KCSC-240902-01)
--- Our decision ---
The file was removed and the uploader was suspended.

--- Your report ---
URL: {F8}
Reason given: non-consensual intimate imagery
Reporter: KCSC (KCSC-240902-01)
--- Our decision ---
No action taken. Our reviewers found no intimate imagery in this file
(it is a stock photo pack) and it remains available.

If you disagree with a decision you can reply to this email.
""",
    outcome="applied", classification="confirmation",
    imitates="form-report echo with 'Your report / Our decision' blocks",
    why="an acknowledgement line followed by unhedged per-URL decisions is not a pure acknowledgement",
    items={F7: "removed", F8: "rejected"},
)

case(
    name="fc-new-reporting-address",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    **{"from": "abuse@filecrate.example"}, name_from="FileCrate Abuse",
    subject="FileCrate abuse desk: new reporting address from 1 October",
    body="""Dear partner,

From 1 October 2024 the FileCrate abuse desk will take reports only through
our web form at https://filecrate.example/abuse/report. Mail sent to this
address after that date will receive an automatic pointer to the form.

Tickets that are open today stay open and will be answered as usual.

FileCrate Abuse
""",
    outcome="review", review="no_claims",
    imitates="abuse desk circular announcing a new reporting channel",
    why="trusted platform email naming no item and referencing no request",
    items={},
)

case(
    name="fc-lookalike-domain",
    date="Wed, 04 Sep 2024 15:12:09 +0000",
    **{"from": "support@filecrate-support.example"}, name_from="FileCrate Support",
    subject="Re: [KCSC-240902-01] Removal request - FileCrate links",
    body=f"""Dear KCSC,

Your takedown for KCSC-240902-01 was processed. The files
{F1} and {F2} are deleted.

To confirm the takedown and close the case please sign in at
http://filecrate-support.example/verify within 48 hours.

FileCrate Support
""",
    outcome="review", review="unknown_sender",
    imitates="lookalike-domain phishing mail posing as the file host",
    why="sender domain filecrate-support.example is no platform's domain",
    items={F1: "pending", F2: "pending"},
)

# ===================== Harbour Hosting (KCSC-240903-02, 4 items) =====================

case(
    name="hh-ticket-receipt",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="[HH-55120] Abuse report received: [KCSC-240903-02] Request for removal",
    reply_to_req=rq("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""This is an automated message.

Your abuse report has been logged as ticket HH-55120 and assigned to our
abuse team. We usually respond within two business days.

Please keep [HH-55120] in the subject line of any follow-up so that it is
added to the same ticket.

Harbour Hosting Abuse Department
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting provider abuse ticket-system receipt",
    why="automated receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="hh-forwarded-to-customer",
    date="Tue, 03 Sep 2024 06:45:29 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="[HH-55120] Re: [KCSC-240903-02] Request for removal",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""Hello,

We have identified the customer responsible for the following URLs and
forwarded your complaint to them:

{H1}
{H2}

The customer has 24 hours to remove the material, otherwise we will
suspend the service. We will update you on the outcome.

Kind regards,
Tomas Lindqvist
Harbour Hosting - Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'complaint forwarded to our customer, 24h to comply' reply",
    why="forwarded to the customer with a deadline: a promise, no status yet",
    items={H1: "pending", H2: "pending"},
)

case(
    name="hh-top-posted-update",
    date="Wed, 04 Sep 2024 08:02:11 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="[HH-55120] Re: [KCSC-240903-02] Request for removal",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""Hello,

Quick update on HH-55120: the customer deleted both galleries, so
{H1} and
{H2} now return 404.

We have also taken the server at 198.51.100.77 offline, so
{H3} is no longer reachable.

Best,
Tomas
Harbour Hosting - Abuse

On Tue, 3 Sep 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_HH)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted abuse-desk update above the quoted request",
    why="three URLs stated gone above the quote; mirror-k appears only in the quoted request",
    items={H1: "removed", H2: "removed", H3: "removed", H4: "pending"},
)

case(
    name="hh-outlook-quoted",
    date="Thu, 05 Sep 2024 02:40:36 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="RE: [KCSC-240903-02] Request for removal",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""Hi,

The clip at {H3} has been taken offline; at our request the customer
deleted the file from the server.

We reviewed {H4} and it is a news page showing blurred stills with
commentary. It does not breach our acceptable use policy and we will not
take action against it.

Regards
Harbour Hosting Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:30 AM
To: abuse@harbourhost.example
Subject: [KCSC-240903-02] Request for removal

{REQ_HH}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----'",
    why="clip removed, news page refused with reason; the galleries appear only in the quoted request",
    items={H3: "removed", H4: "rejected", H1: "pending", H2: "pending"},
)

case(
    name="hh-dmarc-fail",
    date="Thu, 05 Sep 2024 11:19:50 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    auth="fail",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""Hello,

All four URLs from KCSC-240903-02 have been dealt with:

{H1} - removed
{H2} - removed
{H3} - removed
{H4} - removed

Harbour Hosting Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk result list, but from a message failing DMARC",
    why="platform domain but DKIM/SPF/DMARC fail",
    items={u: "pending" for u in H},
)

case(
    name="hh-forwards-customer-reply",
    date="Thu, 05 Sep 2024 06:58:14 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="Fwd: RE: [HH-55120] complaint about your website",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""Hello KCSC,

Please see our customer's reply below.

Tomas

---------- Forwarded message ---------
From: webmaster <admin@dfk-gallery.example>
Date: Thu, 5 Sep 2024 at 14:31
Subject: RE: [HH-55120] complaint about your website
To: Harbour Hosting Abuse <abuse@harbourhost.example>

I have removed set14 and set15 from the server:
{H1}
{H2}
Please close the ticket.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="hosting provider forwarding its customer's own reply",
    why="the statement is the customer's, forwarded without the host confirming it",
    items={H1: "pending", H2: "pending"},
)

case(
    name="hh-account-suspended-angle-urls",
    date="Fri, 06 Sep 2024 00:15:40 +0000",
    **{"from": "abuse@harbourhost.example"}, name_from="Harbour Hosting Abuse",
    subject="[HH-55120] Resolved",
    body="""Dear KCSC,

Regarding your request KCSC-240903-02 (our ticket HH-55120): we have
suspended the hosting account behind
<https://dfk-gallery.example/albums/2024/set14/> and
<https://dfk-gallery.example/albums/2024/set15/>. Both pages are now
disabled and show our suspension notice.

The file <http://198.51.100.77/share/clip_0931.mp4> was deleted from the
server by our staff.

Regards,
Harbour Hosting Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider 'account suspended, resolved' ticket closure",
    why="URLs in angle brackets, stated disabled/deleted",
    items={H1: "removed", H2: "removed", H3: "removed"},
)

# ===================== SandBoard (KCSC-240904-03, 5 items) =====================

case(
    name="sb-mod-one-liner",
    date="Wed, 04 Sep 2024 03:58:21 +0000",
    **{"from": "mod@sandboard.example"}, name_from="sandboard mods",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""nuked both threads and the webm, poster banned.
{S1}
{S2}
{S4}

- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's one-line reply",
    why="informal but unhedged: both threads and the webm deleted, each URL listed",
    items={S1: "removed", S2: "removed", S4: "removed"},
)

case(
    name="sb-pruned-and-kept",
    date="Thu, 05 Sep 2024 17:40:02 +0000",
    **{"from": "admin@sandboard.example"}, name_from="sandboard admin",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""hi.

the /b/ thread {S3} got pruned by the board before I saw your mail (threads drop off after 3 days), it doesn't exist anymore, nothing left to delete.

the jpg {S5} is a drawing, no real person in it. that's allowed under our rules so it stays up.

-admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal reply: thread expired, image kept",
    why="pruned thread no longer exists (not_found); drawing kept with its reason (rejected)",
    items={S3: "not_found", S5: "rejected"},
)

case(
    name="sb-hedge-janitor",
    date="Wed, 04 Sep 2024 13:09:44 +0000",
    **{"from": "admin@sandboard.example"}, name_from="sandboard admin",
    subject="Re: [KCSC-240904-03] Removal request",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""I think {S1} was already deleted by one of the janitors, but I can't find it in the mod log. will check again tomorrow and get back to you about that one and the rest.
""",
    outcome="review", review="not_understood",
    imitates="image-board admin's unsure first answer",
    why="'I think ... was already deleted' but not in the log: a hedge, no statement",
    items={S1: "pending"},
)

case(
    name="sb-pipe-text-table",
    date="Fri, 06 Sep 2024 09:12:30 +0000",
    **{"from": "admin@sandboard.example"}, name_from="sandboard admin",
    subject="KCSC-240904-03 results",
    body=f"""Results for KCSC-240904-03

post                                               | action
---------------------------------------------------+---------------------------
{S1:<51}| thread deleted
{S2:<51}| thread deleted
{S3:<51}| 404, pruned before review
{S4:<51}| file deleted + hash banned
{S5:<51}| left up, not against rules

-admin
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table pasted by a forum admin",
    why="plain-text table with one action per URL",
    items={S1: "removed", S2: "removed", S3: "not_found", S4: "removed", S5: "rejected"},
)

case(
    name="sb-volunteer-janitor-freemail",
    date="Wed, 04 Sep 2024 20:26:11 +0000",
    **{"from": "kuroneko.jan@mailbox.example"}, name_from="kuroneko",
    subject="about your sandboard report KCSC-240904-03",
    body=f"""hey, I'm one of the volunteer janitors on sandboard. admin asked me to
tell you that {S2} and
{S4} are deleted now.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator writing from a personal free-mail address",
    why="sender is not on any platform's domain",
    items={S2: "pending", S4: "pending"},
)

SB_RETURNED = """Authentication-Results: mx.kcsc.example; dkim=pass header.d=kcsc.example
Date: Wed, 04 Sep 2024 11:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: abuse@sandboard.example
Subject: [KCSC-240904-03] Removal request
Message-ID: <req-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear SandBoard administrators,

Under request KCSC-240904-03 we ask you to remove:

https://sandboard.example/k/res/48213.html
https://sandboard.example/k/res/48377.html
https://sandboard.example/b/res/90121.html
https://sandboard.example/src/1725580012345.webm
https://sandboard.example/src/1725581199870.jpg

KCSC Takedown Desk"""

case(
    name="sb-dsn-mailbox-full",
    date="Wed, 04 Sep 2024 02:03:17 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="B7C21E4A0.1725415397/mx.kcsc.example"

This is a MIME-encapsulated message.

--B7C21E4A0.1725415397/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@sandboard.example>: host mx.sandboard.example[203.0.113.25] said:
    552 5.2.2 <abuse@sandboard.example>: Mailbox full (in reply to RCPT TO
    command)

--B7C21E4A0.1725415397/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: B7C21E4A0
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; abuse@sandboard.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.sandboard.example
Diagnostic-Code: smtp; 552 5.2.2 <abuse@sandboard.example>: Mailbox full

--B7C21E4A0.1725415397/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{SB_RETURNED}

--B7C21E4A0.1725415397/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the request",
    why="delivery status notification; the URLs are only in the returned request",
    items={},
)

# ===================== Dalbit Community (KCSC-240905-04, 4 items, Korean) =====================

case(
    name="dalbit-blind-and-admin-delete",
    date="Thu, 05 Sep 2024 06:22:08 +0000",
    **{"from": "admin@dalbit.example"}, name_from=enc("달빛커뮤니티 운영팀"),
    subject=enc("RE: [KCSC-240905-04] 불법정보 삭제 요청"),
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""안녕하세요, 달빛커뮤니티 운영팀입니다.

요청하신 건(KCSC-240905-04) 처리 결과를 알려드립니다.

{D3R}은 블라인드 처리하였고,
{D4R} 게시물은 운영자 권한으로 삭제하였습니다.

나머지 두 건은 확인 중이며, 처리되는 대로 다시 회신드리겠습니다.

감사합니다.
달빛커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator reply (블라인드 / 운영자 삭제)",
    why="raw Korean-path URLs followed by particles; 블라인드 and 운영자 삭제 are removals",
    items={D3: "removed", D4: "removed"},
)

case(
    name="dalbit-imsi-and-author-deleted",
    date="Fri, 06 Sep 2024 01:47:55 +0000",
    **{"from": "help@dalbit.example"}, name_from=enc("달빛커뮤니티 고객센터"),
    subject=enc("[KCSC-240905-04] 조치 결과 안내"),
    body=f"""방송통신심의위원회 담당자님께,

요청번호 KCSC-240905-04 관련 조치 결과입니다.

1) {D1} : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)하였습니다.
2) {D2} : 확인 결과 작성자가 9월 4일 이미 자진 삭제한 게시물로, 현재 존재하지 않습니다.

달빛커뮤니티 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 notice with an author-deleted post",
    why="임시조치 (restricted) and a post already deleted by its author (not_found)",
    items={D1: "restricted", D2: "not_found"},
)

case(
    name="dalbit-result-text-table",
    date="Fri, 06 Sep 2024 08:30:00 +0000",
    **{"from": "admin@dalbit.example"}, name_from=enc("달빛커뮤니티 운영팀"),
    subject=enc("[시정요구 조치결과 회신] KCSC-240905-04"),
    body=f"""[시정요구 조치결과 회신]

요청번호 : KCSC-240905-04
사 업 자 : 달빛커뮤니티
담 당 자 : 운영팀 박지훈

번호  URL                                          조치결과          조치일
----  -------------------------------------------  ----------------  ----------
1     {D1:<43}  임시조치(30일)    2024-09-06
2     {D2:<43}  해당 게시물 없음  -
3     {D3R:<39}  삭제              2024-09-06
4     {D4R:<41}  삭제              2024-09-06

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a plain-text table",
    why="text table, one 조치결과 per URL (two raw Korean paths)",
    items={D1: "restricted", D2: "not_found", D3: "removed", D4: "removed"},
)

case(
    name="dalbit-dmarc-fail",
    date="Fri, 06 Sep 2024 12:03:41 +0000",
    **{"from": "admin@dalbit.example"}, name_from=enc("달빛커뮤니티 운영팀"),
    auth="fail",
    subject=enc("RE: [KCSC-240905-04] 불법정보 삭제 요청"),
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""요청하신 게시물 4건 모두 삭제 완료했습니다.

- {D1} 삭제
- {D2} 삭제
- {D3R} 삭제
- {D4R} 삭제

달빛커뮤니티 운영팀
""",
    outcome="review", review="untrusted",
    imitates="Korean operator result list from a message failing DMARC",
    why="platform domain but authentication fails",
    items={u: "pending" for u in D},
)

case(
    name="dalbit-read-receipt",
    date="Thu, 05 Sep 2024 05:11:26 +0000",
    **{"from": "admin@dalbit.example"}, name_from=enc("달빛커뮤니티 운영팀"),
    subject=enc("읽음: [KCSC-240905-04] 불법정보 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_dalbit_20240905"

------=_MDN_dalbit_20240905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-04] 불법정보 삭제 요청"을(를)
admin@dalbit.example 님이 2024-09-05 오후 2:11에 읽었습니다.

------=_MDN_dalbit_20240905
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbit.example; Dalbit Webmail
Original-Recipient: rfc822;admin@dalbit.example
Final-Recipient: rfc822;admin@dalbit.example
Original-Message-ID: <req-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_dalbit_20240905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="message disposition notification",
    items={},
)

DALBIT_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 달빛커뮤니티입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240905-04)에 따른 게시물 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td><a href="{D3}">{D3R}</a></td><td>게시중단</td><td>2024.09.06 16:40</td></tr>
<tr><td><a href="{D4}">{D4R}</a></td><td>비공개 처리</td><td>2024.09.06 16:42</td></tr>
</table>
<p>문의: <a href="https://dalbit.example/help/notice">고객센터 공지사항</a></p>
</body></html>
"""

case(
    name="dalbit-base64-html-table",
    date="Fri, 06 Sep 2024 07:45:12 +0000",
    **{"from": "help@dalbit.example"}, name_from=enc("달빛커뮤니티 고객센터"),
    subject=enc("[달빛커뮤니티] 게시물 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DALBIT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal HTML 처리 결과 notice, base64-encoded",
    why="HTML table: 게시중단 and 비공개 처리 are removals; percent-encoded href, raw text",
    items={D3: "removed", D4: "removed"},
)

case(
    name="dalbit-fullwidth-punctuation",
    date="Sat, 07 Sep 2024 02:18:39 +0000",
    **{"from": "admin@dalbit.example"}, name_from=enc("달빛커뮤니티 운영팀"),
    subject=enc("RE: [KCSC-240905-04] 불법정보 삭제 요청"),
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""담당자님 안녕하세요。

요청하신 게시물（{D2}）은 작성자 탈퇴로 이미 삭제되어 존재하지 않습니다。
{D1}\u3000게시물은 임시조치 하였습니다。

확인 부탁드립니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply typed with full-width punctuation",
    why="URL inside full-width parentheses (already deleted: not_found); URL before an ideographic space (임시조치: restricted)",
    items={D2: "not_found", D1: "restricted"},
)

# ===================== CloudVeil CDN (KCSC-240906-05, 3 items) =====================

case(
    name="cv-not-the-host",
    date="Fri, 06 Sep 2024 09:55:13 +0000",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    subject="CloudVeil abuse report [CV-2024-0918331]: hot-leaks.example",
    body=f"""Hello,

CloudVeil received your report (KCSC-240906-05) regarding:

{C1}
{C2}

CloudVeil provides reverse proxy and caching services for this website. We
are not its hosting provider and have no way to remove content stored on
another company's server, so we will not be taking action on these URLs.

We have passed your report to the site's hosting provider, Driftnet Servers
(abuse@driftnet.example), and to the website owner. Please contact the host
directly for removal.

Regards,
CloudVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN 'we are a pass-through proxy, not the host' abuse reply",
    why="the CDN declines to act on both URLs and says why: a refusal (rejected); arguable, see NOTES",
    items={C1: "rejected", C2: "rejected"},
)

case(
    name="cv-blocked-and-geoblocked",
    date="Mon, 09 Sep 2024 03:30:48 +0000",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    subject="CloudVeil abuse report [CV-2024-0918512]: action taken",
    body=f"""Hello,

Following review of report CV-2024-0918512 (your reference KCSC-240906-05)
we have taken the following action:

- {C3} : access blocked through the CloudVeil network for all visitors
  worldwide.
- {C1} : access from the Republic of Korea blocked at our edge
  (geoblock); the page remains available elsewhere.

No action has been taken on other URLs in your report at this time.

CloudVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety action notice (global block and country geoblock)",
    why="one URL blocked worldwide (removed), one geoblocked for Korea (restricted)",
    items={C3: "removed", C1: "restricted"},
)

CV_CSV = [
    ("reported_url", "action", "scope", "date_utc", "comment"),
    (C1, "geoblock", "KR", "2024-09-09", ""),
    (C2, "none", "-", "", "origin returns 404, content not found"),
    (C3, "block", "global", "2024-09-09", ""),
]

case(
    name="cv-csv-attachment",
    date="Tue, 10 Sep 2024 06:05:59 +0000",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    subject="CloudVeil abuse report [CV-2024-0918512]: outcome export",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="cv-part-20240910"

--cv-part-20240910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome of report CV-2024-0918512 (KCSC-240906-05) is attached as CSV.

CloudVeil Trust & Safety

--cv-part-20240910
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="CV-2024-0918512.csv"
Content-Transfer-Encoding: 7bit

{csv_text(CV_CSV).replace(chr(13), "")}
--cv-part-20240910--
""",
    outcome="applied", classification="confirmation",
    imitates="CDN outcome export as a CSV attachment",
    why="CSV rows: geoblock KR (restricted), none because origin 404 (not_found), global block (removed)",
    items={C1: "restricted", C2: "not_found", C3: "removed"},
)

case(
    name="cv-other-platforms-items",
    date="Thu, 05 Sep 2024 10:44:27 +0000",
    **{"from": "abuse@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    subject="Copy of report KCSC-240903-02 (dfk-gallery.example)",
    body=f"""Hello,

We received a copy of your report KCSC-240903-02, which was addressed to
Harbour Hosting. dfk-gallery.example is also proxied by CloudVeil, so we
looked at it too.

We have blocked the following pages on our network for all visitors:
{H1}
{H2}

CloudVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a copy of a report addressed to the site's host",
    why="CloudVeil states statuses for Harbour Hosting's items",
    items={H1: "pending", H2: "pending"},
)

case(
    name="cv-auto-receipt",
    date="Fri, 06 Sep 2024 07:21:05 +0000",
    **{"from": "no-reply@cloudveil.example"}, name_from="CloudVeil Trust & Safety",
    subject="We received your abuse report [CV-2024-0918331]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for your report.

Report ID: CV-2024-0918331
Category: Non-consensual intimate imagery
Reported URL: {C1}

Our Trust & Safety team reviews every report. You will receive a further
email if we need more information or when action has been taken.

This is an automated message; replies to this address are not read.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt echoing the reported URL",
    why="pure receipt; the echoed URL carries no statement",
    items={C1: "pending"},
)

# ===================== Hanbit Domain registrar (KCSC-240909-06, 2 items) =====================

case(
    name="hb-clienthold-korean",
    date="Tue, 10 Sep 2024 06:25:14 +0000",
    **{"from": "abuse@hanbitdomain.example"}, name_from=enc("한빛도메인 어뷰즈대응팀"),
    subject=enc("RE: [KCSC-240909-06] 도메인 관련 불법정보 조치 요청"),
    reply_to_req=rq("KCSC-240909-06"),
    body=f"""안녕하세요. 한빛도메인 어뷰즈 대응팀입니다.

요청하신 두 도메인에 대해 당사 등록약관 제12조에 따라 도메인 정지
(clientHold) 조치를 완료하였습니다. 네임서버 응답이 중단되어 아래 주소는
더 이상 접속되지 않습니다.

- dfk-share.example  ({G1})
- nudify-now.example ({G2})

조치 일시: 2024-09-10 15:20 (KST)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar abuse-desk reply: domain placed on clientHold",
    why="both domains suspended, so the URLs no longer resolve anywhere (removed)",
    items={G1: "removed", G2: "removed"},
)

case(
    name="hb-asks-for-official-letter",
    date="Mon, 09 Sep 2024 04:50:33 +0000",
    **{"from": "abuse@hanbitdomain.example"}, name_from=enc("한빛도메인 어뷰즈대응팀"),
    subject=enc("RE: [KCSC-240909-06] 도메인 관련 불법정보 조치 요청"),
    reply_to_req=rq("KCSC-240909-06"),
    body="""안녕하세요. 한빛도메인입니다.

요청하신 도메인(dfk-share.example, nudify-now.example)에 대한 정지 조치를
진행하려면 귀 위원회의 시정요구 공문(PDF, 직인 날인본)이 필요합니다.

공문을 본 메일에 회신으로 첨부해 주시면 검토 후 처리하겠습니다.

한빛도메인 어뷰즈대응팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean registrar asking for the official correction-request letter",
    why="asks for a document before acting; no status",
    items={G1: "pending", G2: "pending"},
)

case(
    name="hb-expired-and-declined",
    date="Wed, 11 Sep 2024 01:02:58 +0000",
    **{"from": "abuse@hanbitdomain.example"}, name_from="Hanbit Domain Abuse Desk",
    subject="Re: [KCSC-240909-06] domain abuse complaint",
    reply_to_req=rq("KCSC-240909-06"),
    body=f"""Dear KCSC,

Re: KCSC-240909-06

dfk-share.example ({G1}): this domain expired on 28 August and was
deleted from the registry on 8 September. It is no longer registered with us
or anyone else, so there is nothing left for us to act on.

nudify-now.example ({G2}): we are the registrar only. Our policy is to
suspend domains for DNS abuse (phishing, malware, botnets) or on a court
order. Content hosted elsewhere does not fall under that policy, so we are
declining to suspend this domain. Please contact the hosting provider.

Hanbit Domain Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-desk reply: expired domain, refusal for content abuse",
    why="deleted domain (not_found); suspension declined with reason (rejected)",
    items={G1: "not_found", G2: "rejected"},
)

case(
    name="hb-out-of-office-korean",
    date="Mon, 09 Sep 2024 01:00:41 +0000",
    **{"from": "seoyeon.kim@hanbitdomain.example"}, name_from=enc("김서연"),
    subject=enc("[부재중] RE: [KCSC-240909-06] 도메인 관련 불법정보 조치 요청"),
    reply_to_req=rq("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 김서연입니다.

현재 휴가 중으로 9월 18일(수)에 복귀합니다.
긴급한 건은 abuse@hanbitdomain.example 로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 automatic reply",
    why="out-of-office auto-reply",
    items={},
)

# ===================== PasteBox (KCSC-240910-07, 1 item) =====================

case(
    name="pb-done-in-thread",
    date="Tue, 10 Sep 2024 07:02:19 +0000",
    **{"from": "sam@pastebox.example"}, name_from="Sam (PasteBox)",
    subject="Re: [KCSC-240910-07] Request for removal",
    reply_to_req=rq("KCSC-240910-07"),
    body=f"""done, removed it and banned the account.

Sam

On Tue, Sep 10, 2024 at 1:15 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_PB)}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner's one-line reply in the request thread",
    why="sole statement in a reply to a one-item request; the URL is only in the quote",
    items={P1: "removed"},
)

case(
    name="pb-author-deleted",
    date="Wed, 11 Sep 2024 00:44:03 +0000",
    **{"from": "support@pastebox.example"}, name_from="PasteBox Support",
    subject="Re: [KCSC-240910-07] Request for removal",
    reply_to_req=rq("KCSC-240910-07"),
    body=f"""Hi,

that paste ({P1}) was already deleted by whoever posted it before
your mail came in, we have nothing on our side for that id anymore.

--
PasteBox support

On Tue, Sep 10, 2024 at 1:15 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_PB)}
""",
    outcome="applied", classification="confirmation",
    imitates="small service support reply: already deleted by its author",
    why="deleted by its poster before the request reached them: not_found",
    items={P1: "not_found"},
)

case(
    name="pb-helpdesk-receipt",
    date="Tue, 10 Sep 2024 04:16:52 +0000",
    **{"from": "support@pastebox.example"}, name_from="PasteBox Support",
    subject="[PasteBox #40871] Re: [KCSC-240910-07] Request for removal",
    reply_to_req=rq("KCSC-240910-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thanks for contacting PasteBox support!

We've received your message and opened ticket #40871. A human will reply
within 3 business days. You can add information by replying to this email.

PasteBox
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (ticket system) automatic receipt",
    why="pure receipt with a ticket number",
    items={},
)

HEADER = """# Blind set 139 (tests/corpus/blind139/): hosts, CDN, registrar, forum,
# image board, file host and paste service answering informally, plus CSV
# attachments and plain-text tables. Written by tests/corpus/blind139/make.py
# from each email's meaning, before any run of the reader. Each case is
# ingested alone into a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
