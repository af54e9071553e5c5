#!/usr/bin/env python3
"""Blind set 871: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering (often informally), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind871/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was run on it.
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

SET = "blind871"

# ---------------------------------------------------------------- requests
F = {
    1: "https://filecrate.to/f/Qm7tR2aX",
    2: "https://filecrate.to/f/Zk4pL9wE",
    3: "https://filecrate.to/f/Hn2cV8yU",
    4: "https://filecrate.to/f/Bd6sJ1oT",
    5: "https://filecrate.to/f/Wx9gK3mN",
    6: "https://filecrate.to/f/Pe5rY7qA",
    7: "https://filecrate.to/d/folder-8812/share",
    8: "https://filecrate.to/f/Lu3hD6vC",
    9: "https://filecrate.to/f/Tc8nM2bZ",
    10: "https://filecrate.to/f/Ry1wF4xS",
    11: "https://filecrate.to/f/Gj7aQ5kP",
    12: "https://filecrate.to/f/Ov2eI9uH",
}
C = {
    1: "https://lucky-spin-777.example/ko/bonus",
    2: "https://lucky-spin-777.example/ko/register?ref=kr01&utm_source=sms&utm_campaign=chuseok2024",
    3: "https://toto-mirror24.example/",
    4: "http://203.0.113.45/landing/kr.html",
}
E = {
    1: "https://ice-delivery-kr.example/shop",
    2: "https://ice-delivery-kr.example/telegram-order",
    3: "https://green-leaf-seoul.example/menu.html",
}
D = {
    1: "https://kcsc-refund-center.example/",
    2: "https://nts-taxrefund-kr.example/login",
}
K = {
    1: "https://dotori.kr/free/318822",
    2: "https://dotori.kr/free/318907",
    3: "https://dotori.kr/humor/77120",
    4: "https://dotori.kr/%EC%97%B0%EC%98%88/5521",
    5: "https://dotori.kr/free/319004?comment=88123",
}
K4_RAW = "https://dotori.kr/연예/5521"
K7 = "https://dotori.kr/%EC%A0%95%EC%B9%98/90412"
P = {
    1: "https://pikchan.org/b/res/448812.html",
    2: "https://pikchan.org/b/res/448990.html",
    3: "https://pikchan.org/kr/res/20311.html",
    4: "https://img.pikchan.org/src/1725941123456.jpg",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T14:05:00+09:00", "2024-09-09T23:59:59+09:00",
     [F[i] for i in range(1, 13)], "illegal-filming", "file host; largest request"),
    ("KCSC-240903-02", "cirrusnet", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [C[i] for i in range(1, 5)], "illegal-gambling", "hosting provider of the sites"),
    ("KCSC-240905-03", "edgeveil", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [E[i] for i in range(1, 4)], "drug-sales", "CDN in front of the sites"),
    ("KCSC-240906-04", "domainhaus", "2024-09-06T15:10:00+09:00", "2024-09-13T23:59:59+09:00",
     [D[1], D[2]], "phishing", "registrar of the domains"),
    ("KCSC-240909-05", "dotori", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [K[i] for i in range(1, 6)], "defamation", "Korean community forum"),
    ("KCSC-240910-06", "pikchan", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [P[i] for i in range(1, 5)], "sexual-exploitation", "image board"),
    ("KCSC-240911-07", "dotori", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [K7], "privacy", "one item"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        mid = "req-" + ref[5:].lower() + "@kcsc.example"
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def h(s):
    """RFC 2047-encode a header value (Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


KCSC_REQ_FC = [
    "Dear FileCrate,",
    "",
    "The Korea Communications Standards Commission asks you to remove the",
    "following files, which contain illegally filmed material:",
    "",
] + ["%d. %s" % (i, F[i]) for i in range(1, 13)] + [
    "",
    "Please reply by 9 September 2024 quoting KCSC-240902-01.",
    "",
    "KCSC Takedown Team",
]

# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== FileCrate (file host, 12-item request) =====

fc_csv = io.StringIO()
cw = csv.writer(fc_csv, lineterminator="\r\n")
cw.writerow(["link", "file_name", "action", "notes"])
rows = [
    (F[1], "clip_0812.mp4", "deleted", ""),
    (F[2], "IMG_2231.zip", "deleted", ""),
    (F[3], "vid_0901_b.mp4", "deleted", "uploader account terminated"),
    (F[4], "pack3.rar", "deleted", ""),
    (F[5], "cam_0830.mp4", "none", "already deleted by the uploader on 2024-09-01"),
    (F[6], "cam_0830_2.mp4", "deleted", ""),
    (F[7], "(folder, 23 files)", "deleted", "folder and all files in it"),
    (F[8], "lecture_notes.pdf", "none", "no violation found; file remains available"),
    (F[9], "IMG_2240.zip", "deleted", ""),
    (F[10], "ep2_final.mp4", "blocked (KR)", "not downloadable from Korean IP addresses"),
    (F[11], "", "none", "invalid link - no such file"),
    (F[12], "clip_0815.mp4", "deleted", ""),
]
for r in rows:
    cw.writerow(r)
case(
    name="fc-csv-outcome-sheet",
    frm="abuse@filecrate.to", name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 08:14:22 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fc_sheet_01"

--=_fc_sheet_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Our abuse team has finished processing your notice KCSC-240902-01.
The outcome for each link is listed in the attached sheet.

Kind regards,
FileCrate Trust & Safety

--=_fc_sheet_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(fc_csv.getvalue())}
--=_fc_sheet_01--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk returning a per-link outcome spreadsheet (CSV) as attachment",
    why="trusted FileCrate reply; the CSV gives one action per requested link",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed", F[4]: "removed",
           F[5]: "not_found", F[6]: "removed", F[7]: "removed", F[8]: "rejected",
           F[9]: "removed", F[10]: "restricted", F[11]: "not_found", F[12]: "removed"},
)

case(
    name="fc-fixed-width-table",
    frm="abuse@filecrate.to", name_from="FileCrate Abuse",
    date="Wed, 04 Sep 2024 02:40:10 +0000",
    subject="[FC-20944] KCSC-240902-01 first batch",
    reply_to_req="req-240902-01",
    body=f"""Hello KCSC,

First batch of your notice KCSC-240902-01 is done:

  #  link                                   result
  -  -------------------------------------  --------------------
  1  {F[1]}       removed
  2  {F[2]}       removed
  3  {F[3]}       not found (bad link)
  4  {F[4]}       removed
  5  {F[5]}       removed

The other seven are still in the queue.

FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting a plain-text fixed-width table",
    why="five rows, each link with its result; 'still in the queue' names no link",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "removed", F[5]: "removed"},
)

case(
    name="fc-url-then-status-below",
    frm="jonas@filecrate.to", name_from="Jonas Berg",
    date="Thu, 05 Sep 2024 11:02:57 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""hi,

went through part of your list. status per link:

{F[6]}
-> deleted, uploader account closed

{F[7]}
-> share link revoked, folder disabled

{F[8]}
-> no such file on our side (404 in the db too), maybe a typo in the id?

{F[9]}
-> deleted

rest of the list is with a colleague.

- jonas, filecrate abuse
""",
    outcome="applied",
    imitates="one abuse-desk employee answering informally, URL on one line and its status on the next",
    why="each URL is followed by its own result line; the question about a typo does not weaken 'no such file'",
    items={F[6]: "removed", F[7]: "removed", F[8]: "not_found", F[9]: "removed"},
)

case(
    name="fc-ack-plus-two-removed",
    frm="mats@filecrate.to", name_from="Mats",
    date="Tue, 03 Sep 2024 19:45:03 +0000",
    subject="Re: [FC-21007] KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Thanks, got it as ticket FC-21007. Both removed:
{F[10]}
{F[11]}

mats
""",
    outcome="applied",
    imitates="terse abuse-desk reply: ticket number plus 'both removed' over two bare links",
    why="an acknowledgement phrase followed by an unhedged statement about two named links",
    items={F[10]: "removed", F[11]: "removed"},
)

case(
    name="fc-top-posted-over-quote",
    frm="priya@filecrate.to", name_from="Priya N.",
    date="Sat, 07 Sep 2024 06:31:40 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Hi,

{F[9]} and {F[10]} are deleted now.
As for {F[11]}, it was already gone: the uploader had deleted it himself before we looked.

Regards,
Priya / FileCrate abuse

On Mon, 2 Sep 2024 at 14:05, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(KCSC_REQ_FC)}
""",
    outcome="applied",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="three links stated above the quote; the twelve quoted links are not claims",
    items={F[9]: "removed", F[10]: "removed", F[11]: "not_found"},
)

fc_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Result of our review of your notice KCSC-240902-01 (partial):</p>
<table border="1" cellpadding="4">
<tr><th>Reported link</th><th>Decision</th></tr>
<tr><td>{F[1]}</td><td>Removed &ndash; violates Terms section 4</td></tr>
<tr><td>{F[2]}</td><td>Access blocked for visitors in South Korea</td></tr>
<tr><td>{F[3]}</td><td>No action &ndash; the file does not breach our Terms and stays online</td></tr>
</table>
<p>FileCrate Legal &middot; <a href="https://filecrate.to/legal/authorities">Information for authorities</a></p>
</body></html>
"""
case(
    name="fc-base64-html-table",
    frm="legal@filecrate.to", name_from="FileCrate Legal",
    date="Sun, 08 Sep 2024 09:00:00 +0000",
    subject="KCSC-240902-01 - decision",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fc_html)}""",
    outcome="applied",
    imitates="legal team's HTML decision table, sent base64-encoded",
    why="one decision per link: removed, blocked in Korea, no action with a reason",
    items={F[1]: "removed", F[2]: "restricted", F[3]: "rejected"},
)

case(
    name="fc-outlook-original-message",
    frm="elena.voss@filecrate.to", name_from="Elena Voss",
    date="Fri, 06 Sep 2024 13:12:44 +0000",
    subject="RE: [KCSC-240902-01] Removal request - 12 links",
    body=f"""Hello,

The following have been handled:

{F[5]} - file disabled
{F[6]} - file disabled
{F[7]} - folder deleted incl. all contents

Kind regards
Elena Voss
FileCrate Legal Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 7:05 AM
To: abuse@filecrate.to
Subject: [KCSC-240902-01] Removal request - 12 links

""" + "\n".join(KCSC_REQ_FC) + "\n",
    outcome="applied",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
    why="three links with 'disabled'/'deleted' above the original message; the request's list below is not a claim",
    items={F[5]: "removed", F[6]: "removed", F[7]: "removed"},
)

fc_href = f"""<html><body>
<p>Hi,</p>
<p>Regarding notice KCSC-240902-01: the file <a href="{F[12]}">Ov2eI9uH</a> has been deleted and its hash added to our upload block list.</p>
<p>Other links from your notice are answered in separate replies.</p>
<p>&mdash; FileCrate Abuse &middot; <a href="https://filecrate.to/legal/abuse">Abuse policy</a></p>
</body></html>"""
case(
    name="fc-html-link-text-only",
    frm="abuse@filecrate.to", name_from="FileCrate Abuse",
    date="Sat, 07 Sep 2024 15:20:00 +0000",
    subject="KCSC-240902-01: Ov2eI9uH",
    type="html", body=fc_href,
    outcome="applied",
    imitates="HTML mail where the link text is the file id and the URL sits only in the href",
    why="the anchor's href is a requested file and the sentence says it has been deleted; the policy link is no item",
    items={F[12]: "removed"},
)

case(
    name="fc-promise-within-24h",
    frm="abuse@filecrate.to", name_from="FileCrate Abuse",
    date="Mon, 02 Sep 2024 23:50:12 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your notice. We will take down {F[1]} and
{F[2]} within 24 hours and will get back to you about the
remaining links once our review is complete.

FileCrate Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising action 'within 24 hours'",
    why="a promise names two links but states nothing done",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fc-bulk-all-removed",
    frm="abuse@filecrate.to", name_from="FileCrate Abuse",
    date="Mon, 09 Sep 2024 07:05:00 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    reply_to_req="req-240902-01",
    body="""Hi,

All files listed in your notice have been removed from FileCrate.

Regards,
FileCrate Abuse
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported files removed' reply",
    why="a statement about every file without naming them, for a 12-item request",
    items={F[i]: "pending" for i in range(1, 13)},
)

case(
    name="fc-dkim-fail",
    frm="abuse@filecrate.to", name_from="FileCrate Abuse", auth="fail",
    date="Wed, 04 Sep 2024 17:33:21 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 links",
    body=f"""Hello,

File {F[3]} has been removed.

FileCrate Abuse
""",
    outcome="review", review="untrusted",
    imitates="FileCrate-looking reply whose DKIM/DMARC fail",
    why="platform domain but authentication fails",
    items={F[3]: "pending"},
)

case(
    name="fc-policy-notice-no-claims",
    frm="legal@filecrate.to", name_from="FileCrate Legal",
    date="Tue, 10 Sep 2024 04:00:00 +0000",
    subject="Changes to how FileCrate handles requests from authorities",
    body="""Dear partner,

From 1 October 2024 FileCrate will accept removal requests from public
authorities only through our authority portal at
https://filecrate.to/authorities/portal. Requests sent by email will keep
working until the end of the year.

Portal accounts can be requested at https://filecrate.to/authorities/signup.

FileCrate Legal
""",
    outcome="review", review="no_claims", classification="other",
    imitates="file host's notice to authorities about a new reporting portal",
    why="trusted FileCrate mail naming no item and no request",
    items={},
)

case(
    name="fc-ticket-receipt",
    frm="noreply@filecrate.to", name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 05:06:02 +0000",
    subject="[FC-20931] We received your report (KCSC-240902-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automatic confirmation.

Your report has been received and ticket FC-20931 has been created.
Our abuse team handles reports in the order they arrive.

Please do not reply to this email. You can add information to the ticket at
https://filecrate.to/support/tickets/FC-20931

FileCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure receipt: ticket created, nothing about any link",
    items={},
)

# ===== CirrusNet (hosting provider, 4 items) =====

case(
    name="cirrus-customer-removed",
    frm="abuse@cirrusnet.io", name_from="CirrusNet Abuse",
    date="Thu, 05 Sep 2024 08:41:19 +0000",
    subject="[CirrusNet Abuse #ABU-55120] KCSC-240903-02 - resolved",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Your report has been reviewed. Our customer has deleted the following
pages from their site, and we verified that both now return 404:

{C[1]}
{C[2]}

This ticket is now closed. Please reference ABU-55120 in any further
correspondence.

CirrusNet Abuse Department
https://cirrusnet.io/legal/aup
""",
    outcome="applied",
    imitates="hosting provider's abuse-ticket resolution: customer removed the pages",
    why="statement above, URLs on the lines below it; the AUP link is no item",
    items={C[1]: "removed", C[2]: "removed"},
)

cirrus_qp = f"""Dear Commission,

Re: KCSC-240903-02

Following our review:

- The registration page
  {C[2]}
  has been taken down by the customer at our request.

- {C[3]} is a sports statistics site. We reviewed it against our Acceptable Use Policy and found no betting functionality or links to betting sites; we will not take action against it and the site remains online.

Regards,
Tomasz Lind
Abuse Desk, CirrusNet
"""
case(
    name="cirrus-qp-wrapped-mixed",
    frm="t.lind@cirrusnet.io", name_from="Tomasz Lind",
    date="Fri, 06 Sep 2024 12:18:05 +0000",
    subject="KCSC-240903-02 - outcome",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(cirrus_qp)}""",
    outcome="applied",
    imitates="abuse-desk reply in quoted-printable with a long URL soft-wrapped",
    why="one page taken down, one site refused with its reason (no betting content)",
    items={C[2]: "removed", C[3]: "rejected"},
)

case(
    name="cirrus-ascii-grid",
    frm="abuse@cirrusnet.io", name_from="CirrusNet Abuse",
    date="Mon, 09 Sep 2024 03:27:50 +0000",
    subject="[CirrusNet Abuse #ABU-55120] status of KCSC-240903-02",
    body=f"""Hi,

Status of the URLs in your request KCSC-240903-02:

+----+-----------------------------------------+------------------------------------+
| No | URL                                     | Result                             |
+----+-----------------------------------------+------------------------------------+
| 1  | {C[1]} | Removed (account suspended)        |
| 2  | {C[2]} | Removed (account suspended) |
| 3  | {C[3]:<39} | No violation found - left online   |
| 4  | {C[4]:<39} | Not found - IP unassigned since Aug |
+----+-----------------------------------------+------------------------------------+

CirrusNet Abuse Department
""",
    outcome="applied",
    imitates="plain-text grid table pasted from a ticket system, alignment broken by a long URL",
    why="each row names a URL and its result",
    items={C[1]: "removed", C[2]: "removed", C[3]: "rejected", C[4]: "not_found"},
)

case(
    name="cirrus-forwarded-hedge",
    frm="abuse@cirrusnet.io", name_from="CirrusNet Abuse",
    date="Wed, 04 Sep 2024 01:15:33 +0000",
    subject="[CirrusNet Abuse #ABU-55131] KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We have forwarded your complaint to the customer responsible for
lucky-spin-777.example and given them 48 hours to respond, as our abuse
procedure requires.

From a quick check, {C[1]} appears to be offline
already, but we cannot confirm whether the content was removed or the site
is simply down. We will update you when the customer replies.

CirrusNet Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer, with a hedge",
    why="'appears to be offline ... cannot confirm' is a hedge, the rest a promise",
    items={C[1]: "pending"},
)

case(
    name="cirrus-conditional-suspend",
    frm="abuse@cirrusnet.io", name_from="CirrusNet Abuse",
    date="Tue, 10 Sep 2024 06:02:11 +0000",
    subject="[CirrusNet Abuse #ABU-55120] KCSC-240903-02 follow-up",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Our customer disputes the report about {C[3]}.
If the customer has not removed the content by Friday 13 September, we will
suspend the server hosting it.

CirrusNet Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="abuse desk giving its customer a deadline before suspension",
    why="a condition and a promise; nothing has happened to the site yet",
    items={C[3]: "pending"},
)

case(
    name="cirrus-out-of-office",
    frm="t.lind@cirrusnet.io", name_from="Tomasz Lind",
    date="Tue, 03 Sep 2024 01:30:48 +0000",
    subject="Automatic reply: [KCSC-240903-02] Removal request - 4 URLs",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

For abuse matters please write to abuse@cirrusnet.io, which is monitored
around the clock.

Tomasz Lind
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ===== EdgeVeil (CDN, 3 items) =====

case(
    name="edge-blocked-at-edge",
    frm="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 10:10:10 +0000",
    subject="EdgeVeil abuse report EV-88240 (KCSC-240905-03)",
    body=f"""Hello,

Thank you for your report. After review, EdgeVeil has blocked the following
URLs on our network. Visitors now receive an EdgeVeil block page instead of
the content, in all countries:

  * {E[1]}
  * {E[2]}

We have also passed your report to the hosting provider of the origin server.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN trust-and-safety reply: URLs blocked at the edge worldwide",
    why="bulleted URLs under an unhedged statement that they are blocked everywhere",
    items={E[1]: "removed", E[2]: "removed"},
)

case(
    name="edge-geo-451",
    frm="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Sat, 07 Sep 2024 04:55:00 +0000",
    subject="EdgeVeil abuse report EV-88241 (KCSC-240905-03)",
    body=f"""Hello,

The URL {E[3]} is now geo-restricted: requests from
IP addresses in the Republic of Korea receive HTTP 451 (Unavailable For
Legal Reasons). Access from other countries is not affected.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN geo-blocking a URL for one country (HTTP 451)",
    why="blocked in Korea only",
    items={E[3]: "restricted"},
)

case(
    name="edge-statement-of-reasons",
    frm="sor@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="Statement of reasons EV-SOR-2024-0913-0457",
    body=f"""STATEMENT OF REASONS
Reference: EV-SOR-2024-0913-0457
Notice: KCSC-240905-03

Content 1: {E[1]}
Decision: access to the content disabled
Territorial scope: all countries
Ground: illegal content (sale of controlled substances)
Automated means used: no

Content 2: {E[2]}
Decision: access restricted
Territorial scope: Republic of Korea only
Ground: illegal content under the law of the Republic of Korea
Automated means used: no

Redress: the content provider may appeal at https://edgeveil.net/appeals
""",
    outcome="applied",
    imitates="DSA-style statement of reasons with per-item decision and territorial scope",
    why="content 1 disabled worldwide, content 2 restricted in Korea only",
    items={E[1]: "removed", E[2]: "restricted"},
)

case(
    name="edge-no-zone",
    frm="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 22:41:03 +0000",
    subject="EdgeVeil abuse report EV-88242 (KCSC-240905-03)",
    body=f"""Hello,

We checked green-leaf-seoul.example ({E[3]}).
This hostname is not using EdgeVeil: we have no zone or account for it and
none of its DNS records point to our network. We cannot find the content on
our service, so there is nothing for us to act on.

EdgeVeil Trust & Safety
""",
    outcome="applied",
    imitates="Cloudflare-style 'this site does not use our service' answer",
    why="the platform states it cannot find the content on its service (arguable, see NOTES)",
    items={E[3]: "not_found"},
)

case(
    name="edge-claims-cirrus-item",
    frm="trust-safety@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Thu, 05 Sep 2024 14:14:14 +0000",
    subject="Re: [KCSC-240903-02] Removal request - 4 URLs",
    body=f"""Hello,

You copied us on this request. {C[3]} is proxied through
EdgeVeil, and we have blocked it at our edge; visitors now see a block page.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN copied on a hosting-provider request answering for that URL",
    why="EdgeVeil states a status for an item requested from CirrusNet",
    items={C[3]: "pending"},
)

edge_ack = """<html><body>
<p>Hello,</p>
<p>We have received your abuse report. Reference: <b>EV-88240</b>.</p>
<p>Our Trust &amp; Safety team will review it and may contact you if more information is needed.
You can follow the status of your report at
<a href="https://dash.edgeveil.net/abuse/EV-88240">https://dash.edgeveil.net/abuse/EV-88240</a>.</p>
<p>EdgeVeil Trust &amp; Safety<br>This message was sent automatically.</p>
</body></html>"""
case(
    name="edge-ticket-receipt-html",
    frm="no-reply@edgeveil.net", name_from="EdgeVeil",
    date="Thu, 05 Sep 2024 02:00:31 +0000",
    subject="We received your abuse report [EV-88240]",
    extra_headers=["Auto-Submitted: auto-generated"],
    type="html", body=edge_ack,
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt in HTML with a dashboard link",
    why="receipt only; the dashboard link is no item",
    items={},
)

# ===== DomainHaus (registrar, 2 items) =====

case(
    name="dh-form-echo-clienthold",
    frm="abuse@domainhaus.com", name_from="DomainHaus Abuse",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="DomainHaus Abuse - Case DH-AB-77105",
    body=f"""DomainHaus Abuse - Case DH-AB-77105

Your report
-----------
Reporter: KCSC Takedown
Reported URL: {D[1]}
Category: Phishing
Reference: KCSC-240906-04

Our action
----------
The domain kcsc-refund-center.example has been suspended (status
clientHold) and no longer resolves. The registrant has been notified.

DomainHaus Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse-case reply echoing the web-form fields, then 'Our action'",
    why="the reported URL's domain is suspended and no longer resolves",
    items={D[1]: "removed"},
)

case(
    name="dh-numbered-list",
    frm="compliance@domainhaus.com", name_from="Ana Ruiz",
    date="Mon, 09 Sep 2024 11:45:00 +0000",
    subject="Re: [KCSC-240906-04] Phishing domains",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Regarding KCSC-240906-04:

1. {D[1]} - domain suspended by DomainHaus on 7 Sep 2024; it no longer resolves.
2. {D[2]} - this domain is not registered any more. It expired on 4 Sep 2024 and was deleted from the registry, so there is nothing we can act on.

Best,
Ana Ruiz
DomainHaus Compliance
""",
    outcome="applied",
    imitates="registrar compliance reply as a numbered list",
    why="one domain suspended, one no longer exists",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dh-gmail-quote-page-removed",
    frm="abuse@domainhaus.com", name_from="DomainHaus Abuse",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240906-04] Phishing domains",
    reply_to_req="req-240906-04",
    body=f"""Hi,

We contacted the registrant of nts-taxrefund-kr.example. The phishing login
page {D[2]} has been removed from the site and the
domain now shows a parking page, so we have left the registration itself
active.

Regards,
DomainHaus Abuse

On Fri, Sep 6, 2024 at 3:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear DomainHaus,
>
> Please suspend the following phishing domains:
>
> 1. {D[1]}
> 2. {D[2]}
>
> KCSC Takedown Team
""",
    outcome="applied",
    imitates="registrar reply via registrant: page removed, domain left active",
    why="the requested page is stated removed; the quoted request is not a claim",
    items={D[2]: "removed"},
)

case(
    name="dh-dsn-headers-only",
    frm="MAILER-DAEMON@mx1.domainhaus.com", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 06:10:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.2A7F1C0B7E.1725603040/mx1.domainhaus.com"

This is a MIME-encapsulated message.

--dsn.2A7F1C0B7E.1725603040/mx1.domainhaus.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.domainhaus.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-legacy@domainhaus.com>: mailbox disabled; use abuse@domainhaus.com

--dsn.2A7F1C0B7E.1725603040/mx1.domainhaus.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.domainhaus.com
Arrival-Date: Fri,  6 Sep 2024 06:10:39 +0000 (UTC)

Final-Recipient: rfc822; abuse-legacy@domainhaus.com
Action: failed
Status: 5.2.1
Diagnostic-Code: X-Postfix; mailbox disabled; use abuse@domainhaus.com

--dsn.2A7F1C0B7E.1725603040/mx1.domainhaus.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-legacy@domainhaus.com
Subject: [KCSC-240906-04] Phishing domains
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 06 Sep 2024 15:10:00 +0900

--dsn.2A7F1C0B7E.1725603040/mx1.domainhaus.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning only the original headers",
    why="delivery failure report",
    items={},
)

# ===== Dotori (Korean forum, 5 items + 1-item request) =====

case(
    name="dotori-oneliner-two-deleted",
    frm="admin@dotori.kr", name_from="dotori admin",
    date="Mon, 09 Sep 2024 05:12:00 +0000",
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""{K[1]} 삭제했습니다. {K[2]}도 같이 지웠어요.

도토리 운영자
""",
    outcome="applied",
    imitates="small Korean forum admin answering in one line",
    why="two posts stated deleted (삭제했습니다 / 지웠어요); the particle 도 follows the second URL",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="dotori-blind-and-author-deleted",
    frm="help@dotori.kr", name_from=h("도토리 커뮤니티 운영팀"),
    date="Tue, 10 Sep 2024 02:30:00 +0000",
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 도토리 커뮤니티 운영팀입니다.

요청하신 건 처리 결과 알려드립니다.

- {K[3]} : 블라인드 처리 완료
- {K4_RAW} : 작성자가 이미 삭제한 글입니다.

나머지 글은 확인 중입니다.
감사합니다.
""",
    outcome="applied",
    imitates="Korean community operations team: 블라인드 처리 / 작성자 삭제",
    why="one post blinded, one (raw Korean path) already deleted by its author",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="dotori-imsi-comment",
    frm="help@dotori.kr", name_from=h("도토리 운영팀"),
    date="Wed, 11 Sep 2024 00:48:00 +0000",
    subject=h("KCSC-240909-05 댓글 임시조치 안내"),
    body=f"""위원회 담당자님께,

KCSC-240909-05 관련하여, 신고하신 댓글（{K[5]}）은 권리침해 신고 절차에 따라 30일간 임시조치하였습니다.
작성자가 이의를 제기하지 않으면 기간이 끝난 뒤 삭제될 예정입니다.

도토리 운영팀 드림
""",
    outcome="applied",
    imitates="Korean 임시조치 (30-day temporary measure) notice",
    why="the comment is under 임시조치 now (restricted); the later deletion is only a prospect",
    items={K[5]: "restricted"},
)

dotori_table = f"""<html><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구(KCSC-240909-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{K[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{K[2]}</td><td>게시중단</td><td>-</td></tr>
<tr><td>3</td><td>{K[3]}</td><td>접속차단</td><td>국내 IP</td></tr>
<tr><td>4</td><td>{K4_RAW}</td><td>해당 게시물 없음</td><td>URL 오류</td></tr>
<tr><td>5</td><td>{K[5]}</td><td>미조치</td><td>명예훼손 소지 없음(게시 유지)</td></tr>
</table>
<p>도토리 커뮤니티 운영책임자 드림</p>
</body></html>"""
case(
    name="dotori-html-table-korean",
    frm="admin@dotori.kr", name_from=h("도토리 운영책임자"),
    date="Thu, 12 Sep 2024 06:00:00 +0000",
    subject=h("[회신] 시정요구 조치결과 (KCSC-240909-05)"),
    type="html", body=dotori_table,
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply as an HTML table",
    why="five rows: 삭제, 게시중단, 접속차단 (restricted), 게시물 없음, 미조치 with its reason",
    items={K[1]: "removed", K[2]: "removed", K[3]: "restricted", K[4]: "not_found", K[5]: "rejected"},
)

case(
    name="dotori-single-no-url",
    frm="admin@dotori.kr", name_from="dotori admin",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject=h("Re: [KCSC-240911-07] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req="req-240911-07",
    body="""말씀하신 글 운영자 권한으로 삭제했습니다.

-- 도토리 관리자
""",
    outcome="applied",
    imitates="forum admin's one-line 운영자 삭제 reply with no link",
    why="a one-item request; the only statement is that the post was deleted by the operator",
    items={K7: "removed"},
)

case(
    name="dotori-admin-personal-mail",
    frm="dotori.admin.kr@gmail.com", name_from=h("도토리 관리자"),
    date="Tue, 10 Sep 2024 13:20:00 +0000",
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    body=f"""도토리 관리자입니다. 회사 메일이 안 돼서 개인 메일로 보냅니다.
{K[1]} 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin writing from a personal webmail address",
    why="sender domain is no platform's; the claim cannot be trusted as it stands",
    items={K[1]: "pending"},
)

case(
    name="dotori-asks-which-comment",
    frm="help@dotori.kr", name_from=h("도토리 운영팀"),
    date="Tue, 10 Sep 2024 05:55:00 +0000",
    subject=h("Re: [KCSC-240909-05] 게시물 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 도토리 운영팀입니다.

신고하신 {K[5]} 주소로 들어가면 댓글이 여러 개 보여서 어떤 댓글인지 특정하기 어렵습니다.
해당 댓글의 캡처나 작성 시각을 보내주시면 확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean forum asking for a screenshot to identify the comment",
    why="asks for more information about a named item; nothing done",
    items={K[5]: "pending"},
)

case(
    name="dotori-out-of-office",
    frm="admin@dotori.kr", name_from=h("도토리 관리자"),
    date="Sat, 14 Sep 2024 00:00:05 +0000",
    subject=h("[자동응답] 부재중입니다"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""자동응답 메일입니다.

추석 연휴(9월 14일~18일) 동안 부재중입니다. 연휴가 끝난 뒤 순서대로 답변드리겠습니다.
긴급한 건은 게시판 신고 기능을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 over the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

# ===== Pikchan (image board, 4 items) =====

case(
    name="pik-janitor-two-deleted",
    frm="janitors@pikchan.org", name_from="pikchan janitors",
    date="Tue, 10 Sep 2024 19:02:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""both threads deleted, poster banned.

{P[1]}
{P[2]}

-- pikchan janitors
""",
    outcome="applied",
    imitates="image-board janitor's two-line reply",
    why="statement above two thread URLs",
    items={P[1]: "removed", P[2]: "removed"},
)

case(
    name="pik-pruned-and-404",
    frm="admin@pikchan.org", name_from="pikchan admin",
    date="Wed, 11 Sep 2024 08:20:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""Hi KCSC,

Checked the other two from your list.

{P[3]} - that thread got pruned off /kr/ by the board limit before your mail came in, it doesn't exist any more.
{P[4]} - no file with that name on our image server, 404.

admin@pikchan
""",
    outcome="applied",
    imitates="image-board admin: thread pruned, image never existed",
    why="both items gone before any action / never on the server",
    items={P[3]: "not_found", P[4]: "not_found"},
)

case(
    name="pik-angle-brackets-rejected",
    frm="mod@pikchan.org", name_from="pikchan moderation",
    date="Thu, 12 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""Hello,

<{P[1]}> - removed.

<{P[2]}> - we looked at it carefully. It is drawn artwork of
clearly adult characters and breaks none of our rules, so it stays up.

If you believe it is unlawful under Korean law, please tell us the specific
provision and we will look again.

pikchan moderation
""",
    outcome="applied",
    imitates="image-board moderator: one removed, one refused with a reason, URLs in angle brackets",
    why="one removal and one refusal with its reason; the offer to look again does not undo the refusal",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="pik-bulk-gone",
    frm="admin@pikchan.org", name_from="pikchan admin",
    date="Wed, 11 Sep 2024 02:02:02 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""everything in your report is gone now. cheers
""",
    outcome="review", review="bulk",
    imitates="one-line 'everything is gone' from an image-board admin",
    why="all four items at once without naming them",
    items={P[i]: "pending" for i in range(1, 5)},
)

case(
    name="pik-hedge-probably-deleted",
    frm="admin@pikchan.org", name_from="pikchan admin",
    date="Tue, 10 Sep 2024 23:10:00 +0000",
    subject="Re: KCSC-240910-06",
    reply_to_req="req-240910-06",
    body=f"""hi,

{P[1]} looks like it was already deleted, probably by one of
the janitors, but I can't find a log entry for it so I'm not 100% sure.
will ask around.
""",
    outcome="review", review="not_understood",
    imitates="image-board admin unsure whether a thread was deleted",
    why="'looks like', 'probably', 'not 100% sure': a hedge, no statement",
    items={P[1]: "pending"},
)

mdn_body = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_pik_0912"

--mdn_pik_0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to admin@pikchan.org at
10/09/2024 16:20.

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn_pik_0912
Content-Type: message/disposition-notification

Reporting-UA: pikchan.org; Thunderbird 115.14.0
Final-Recipient: rfc822;admin@pikchan.org
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_pik_0912--
"""
case(
    name="pik-read-receipt",
    frm="admin@pikchan.org", name_from="pikchan admin",
    date="Tue, 10 Sep 2024 08:01:00 +0000",
    subject="Read: KCSC-240910-06 Removal request - 4 URLs",
    raw_mime=mdn_body,
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="pik-unmonitored-autoreply",
    frm="noreply@pikchan.org", name_from="pikchan",
    date="Tue, 10 Sep 2024 07:20:30 +0000",
    subject="Re: KCSC-240910-06 Removal request - 4 URLs",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response.

This address is not monitored. Reports about content on pikchan are handled
through https://pikchan.org/contact and by mail to admin@pikchan.org.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' auto-responder",
    why="auto-reply pointing to the contact page",
    items={},
)

HEADER = """# Blind set 871 (hosting providers, CDN, registrar, forum, image board, file host).
# Written by tests/corpus/blind871/make.py; expected results written from each
# email's meaning before the reader was run. Each case runs on a fresh ledger
# holding requests.csv."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
