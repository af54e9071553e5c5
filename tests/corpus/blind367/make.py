#!/usr/bin/env python3
"""Blind set 367: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind367/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind367"

# ---------------------------------------------------------------- requests
JANGTEO = "https://danchu.example/" + quote("장터") + "/52210"  # percent-encoded
JANGTEO_RAW = "https://danchu.example/장터/52210"

B = [
    "https://boxdrop.example/f/8HqT2mZ",
    "https://boxdrop.example/f/Qw7LpX3",
    "https://boxdrop.example/f/zR4nV9k",
    "https://boxdrop.example/f/Ht6YcJ2",
    "https://boxdrop.example/f/mN3sKe8",
    "https://boxdrop.example/f/Uj5DbW1",
    "https://boxdrop.example/f/aP9xTq4",
    "https://boxdrop.example/f/Lk2GhR7",
    "https://boxdrop.example/folder/Zx81mQ",
    "https://boxdrop.example/f/cV6nB0s",
    "https://boxdrop.example/f/Ey4RtU9",
    "https://dl.boxdrop.example/f/Wq3Po7i/archive_part1.zip",
]
G = [
    "https://jjangtoto88.example/event/bonus",
    "https://jjangtoto88.example/join?code=KR77",
    "http://daebak-pharm.example/products/list.php?cat=3",
    "https://blog.minwoo-shop.example/2024/08/fake-id-cards/",
]
E = [
    "https://slotmania-kr.example/",
    "https://slotmania-kr.example/deposit",
    "https://hanbit-cams.example/live/room/2231",
]
D = [
    "https://danchu.example/bbs/free/881234",
    "https://danchu.example/bbs/free/881301",
    "https://danchu.example/bbs/stock/77120",
    JANGTEO,
    "https://m.danchu.example/bbs/free/881377",
]
N = [
    "https://nekochan.example/kr/res/10442.html",
    "https://nekochan.example/kr/res/10459.html",
    "https://img.nekochan.example/kr/src/1725930011842.jpg",
]
R = ["https://bet-hanul365.example/"]
P = [
    "https://pixbin.example/i/7fK2aQ",
    "https://i.pixbin.example/7fK2bR.png",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "boxdrop", "2024-09-02T10:15:00+09:00", "2024-09-04T18:00:00+09:00", B,
     "gambling", "illegal gambling client installers shared on a file host"),
    ("KCSC-240903-02", "greenleaf", "2024-09-03T11:00:00+09:00", "2024-09-05T18:00:00+09:00", G,
     "illegal_trade", "customer sites hosted by Greenleaf"),
    ("KCSC-240905-03", "edgeshield", "2024-09-05T09:40:00+09:00", "2024-09-07T18:00:00+09:00", E,
     "gambling", "sites behind the EdgeShield CDN"),
    ("KCSC-240909-04", "danchu", "2024-09-09T14:30:00+09:00", "2024-09-11T18:00:00+09:00", D,
     "illegal_trade", "Korean community forum posts"),
    ("KCSC-240910-05", "nekochan", "2024-09-10T16:05:00+09:00", "2024-09-12T18:00:00+09:00", N,
     "obscenity", "image board threads and one image"),
    ("KCSC-240911-06", "regbox", "2024-09-11T10:20:00+09:00", "2024-09-13T18:00:00+09:00", R,
     "gambling", "domain registered with RegBox"),
    ("KCSC-240912-07", "pixbin", "2024-09-12T15:00:00+09:00", "2024-09-14T18:00:00+09:00", P,
     "obscenity", "two images on an image host"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAMES = {
    "boxdrop": "Boxdrop", "greenleaf": "Greenleaf Hosting", "edgeshield": "EdgeShield",
    "danchu": "Danchu Community", "nekochan": "Nekochan", "regbox": "RegBox", "pixbin": "Pixbin",
}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"{ref}@kcsc.example", note])


def request_body(ref, raw_korean=False):
    """Our own request text, as a platform would quote it back."""
    _, plat, _, _, urls, _, _ = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAMES[plat]} abuse team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below is illegal under Korean law and requests",
        f"that you remove it or block access to it (reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        if raw_korean and u == JANGTEO:
            u = JANGTEO_RAW
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please reply to this address stating, for each address, the action taken.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def all_pending(urls):
    return {u: "pending" for u in urls}


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= Boxdrop (file host), KCSC-240902-01, 12 items
case(
    name="bd-abuse-list-mixed",
    **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
    date="Wed, 04 Sep 2024 08:41:12 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Hello,

Thanks for the report. We went through the first five links on your list:

1. https://boxdrop.example/f/8HqT2mZ - removed, uploader account closed
2. https://boxdrop.example/f/Qw7LpX3 - removed
3. https://boxdrop.example/f/zR4nV9k - no such file on our side (the uploader
   deleted it on 29 Aug, before your mail)
4. https://boxdrop.example/f/Ht6YcJ2 - removed
5. https://boxdrop.example/f/mN3sKe8 - this is the public installer of a
   licensed lottery operator's app; we don't see a breach of our terms, so it
   stays up

We'll get to the rest of the list later this week.

Best,
Marta
Boxdrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply, numbered list with a dash and a per-link result",
    why="five links each with its own result: three removed, one already deleted by the uploader, one kept with a reason",
    items={B[0]: "removed", B[1]: "removed", B[2]: "not_found", B[3]: "removed", B[4]: "rejected"},
)

BD_CSV = """link,status,handled_at,agent
https://boxdrop.example/f/Uj5DbW1,DISABLED,2024-09-04 09:12 UTC,mkim
https://boxdrop.example/f/aP9xTq4,DISABLED,2024-09-04 09:13 UTC,mkim
https://boxdrop.example/f/Lk2GhR7,NOT_FOUND,2024-09-04 09:15 UTC,mkim
https://boxdrop.example/folder/Zx81mQ,DISABLED,2024-09-04 09:20 UTC,mkim
https://boxdrop.example/f/cV6nB0s,DISABLED,2024-09-04 09:21 UTC,mkim
"""
case(
    name="bd-csv-attachment",
    **{"from": "trust-safety@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
    date="Wed, 04 Sep 2024 09:33:50 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="bx-7f3a91"

--bx-7f3a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi KCSC team,

Attached is the export from our moderation tool for request KCSC-240902-01
(links 6 to 10 of your list). Status codes: DISABLED = file taken offline
for everyone, NOT_FOUND = there is no file under that link.

Regards,
Boxdrop Trust & Safety

--bx-7f3a91
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(BD_CSV)}
--bx-7f3a91--
""",
    outcome="applied", classification="confirmation",
    imitates="moderation-tool CSV export attached to a trust-and-safety reply",
    why="CSV with one row per link and a status code explained in the body",
    items={B[5]: "removed", B[6]: "removed", B[7]: "not_found", B[8]: "removed", B[9]: "removed"},
)

case(
    name="bd-one-liner",
    **{"from": "tom@boxdrop.example"}, name_from="Tom Reyes",
    date="Tue, 03 Sep 2024 22:07:31 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
https://boxdrop.example/f/zR4nV9k is gone now, I deleted the whole upload.

Tom
--
sent from my phone
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin on a phone",
    why="one named file, deleted by the host's own staff",
    items={B[2]: "removed"},
)

case(
    name="bd-plaintext-table",
    **{"from": "support@boxdrop.example"}, name_from="Boxdrop Support",
    date="Thu, 05 Sep 2024 07:15:02 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Hello,

Status of the remaining links from KCSC-240902-01:

LINK                                   RESULT
-------------------------------------  -------------------------------------
https://boxdrop.example/f/Ey4RtU9      disabled, hash added to blocklist
https://boxdrop.example/f/cV6nB0s      not found (already deleted by owner)
https://boxdrop.example/f/aP9xTq4      disabled

Kind regards,
Boxdrop Support
""",
    outcome="applied", classification="confirmation",
    imitates="support-desk reply with a fixed-width plain-text table",
    why="plain-text table: two disabled, one already deleted by its owner",
    items={B[10]: "removed", B[9]: "not_found", B[6]: "removed"},
)

BD_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC,</p>
<p>We have completed our review of your request KCSC-240902-01. The action taken for each reported link is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Action taken</th></tr>
<tr><td>https://boxdrop.example/f/8HqT2mZ</td><td>Removed</td></tr>
<tr><td>https://boxdrop.example/f/Qw7LpX3</td><td>Removed</td></tr>
<tr><td>https://boxdrop.example/f/zR4nV9k</td><td>Removed</td></tr>
<tr><td>https://boxdrop.example/f/Ht6YcJ2</td><td>Access restricted in South Korea</td></tr>
</table>
<p>The remaining links are still being reviewed.</p>
<p>Boxdrop Trust &amp; Safety<br><a href="https://help.boxdrop.example/policies/acceptable-use">Acceptable Use Policy</a></p>
</body></html>
"""
BD_PLAIN = """Dear KCSC,

We have completed our review of your request KCSC-240902-01. The action
taken for each reported link is shown below.

https://boxdrop.example/f/8HqT2mZ    Removed
https://boxdrop.example/f/Qw7LpX3    Removed
https://boxdrop.example/f/zR4nV9k    Removed
https://boxdrop.example/f/Ht6YcJ2    Access restricted in South Korea

The remaining links are still being reviewed.

Boxdrop Trust & Safety
Acceptable Use Policy: https://help.boxdrop.example/policies/acceptable-use
"""
case(
    name="bd-qp-html-table",
    **{"from": "trust-safety@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
    date="Thu, 05 Sep 2024 11:02:44 +0000",
    subject="Your request KCSC-240902-01: outcome",
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="alt-5521c0"

--alt-5521c0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BD_PLAIN)}
--alt-5521c0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BD_HTML)}
--alt-5521c0--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome mail with an HTML table, quoted-printable, with a policy link",
    why="table rows: three removed, one restricted in Korea; the policy link is not an item",
    items={B[0]: "removed", B[1]: "removed", B[2]: "removed", B[3]: "restricted"},
)

case(
    name="bd-top-posted-over-quote",
    **{"from": "jonas.weber@boxdrop.example"}, name_from="Jonas Weber",
    date="Mon, 02 Sep 2024 13:48:09 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Hi,

Taken down just now:
https://boxdrop.example/folder/Zx81mQ
https://boxdrop.example/f/mN3sKe8

The rest of your list is still with our legal team, I'll come back to you
on those.

Jonas

On Mon, 2 Sep 2024 at 01:15, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quoted(request_body("KCSC-240902-01")),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="two links named above the quote are taken down; the quoted list and 'still with our legal team' change nothing",
    items={**all_pending(B), B[8]: "removed", B[4]: "removed"},
)

BD_B64 = """Hello,

Following your request KCSC-240902-01:

- https://boxdrop.example/f/Lk2GhR7 has been removed and the uploader's
  account suspended.
- https://boxdrop.example/f/Qw7LpX3 could not be located. The link is
  invalid or the file expired under our 30-day retention rule.

Boxdrop Abuse Desk
"""
case(
    name="bd-base64-body",
    **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Desk",
    date="Wed, 04 Sep 2024 15:20:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BD_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply sent by a helpdesk tool that base64-encodes plain text",
    why="base64 body: one file removed, one link invalid/expired",
    items={B[7]: "removed", B[1]: "not_found"},
)

case(
    name="bd-echoed-report",
    **{"from": "noreply@boxdrop.example"}, name_from="Boxdrop",
    date="Tue, 03 Sep 2024 05:11:36 +0000",
    subject="Your report BXR-20240903-55817 has been resolved",
    body="""
Hello,

We've finished reviewing a report you submitted.

YOUR REPORT
  Report ID:      BXR-20240903-55817
  Reported link:  https://dl.boxdrop.example/f/Wq3Po7i/archive_part1.zip
  Reason:         Illegal or harmful content
  Your message:   KCSC-240902-01, item 12. Gambling client distributed
                  without a licence; please remove.

OUTCOME
  We disabled the reported file. It can no longer be downloaded or shared.

Questions about this decision? See https://help.boxdrop.example/reporting

The Boxdrop team
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-outcome notice that echoes the submitted report form",
    why="the echoed form names the link, the outcome section disables it",
    items={B[11]: "removed"},
)

case(
    name="bd-conditional-under-review",
    **{"from": "legal@boxdrop.example"}, name_from="Boxdrop Legal",
    date="Thu, 05 Sep 2024 16:45:19 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Dear KCSC,

Regarding https://boxdrop.example/f/Ht6YcJ2 from your request
KCSC-240902-01: the uploader has disputed the report. Under our dispute
procedure the file is under review for up to 10 working days. If the
uploader cannot substantiate the dispute in that time, the file will be
permanently removed.

We will let you know the outcome.

Boxdrop Legal
""",
    outcome="review", review="not_understood",
    imitates="file-host legal team reply about a disputed report",
    why="under review plus a conditional 'will be removed': no statement of a status",
    items={B[3]: "pending"},
)

case(
    name="bd-bulk-all-disabled",
    **{"from": "trust-safety@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
    date="Wed, 04 Sep 2024 10:02:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    body="""
Hello,

All 12 links from your request KCSC-240902-01 were disabled on
4 September 2024 at 09:30 UTC, and the accounts that uploaded them have
been terminated.

Regards,
Boxdrop Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="short trust-and-safety confirmation covering a whole request",
    why="one statement for a 12-item request without naming any link",
    items=all_pending(B),
)

case(
    name="bd-out-of-office",
    **{"from": "marta@boxdrop.example"}, name_from="Marta Lindqvist",
    date="Mon, 02 Sep 2024 01:15:40 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req="KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi, I'm out of the office until 9 September with limited access to email.
Abuse reports are handled by the team at abuse@boxdrop.example in the
meantime.

Marta
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ======================= Greenleaf Hosting, KCSC-240903-02, 4 items
GL_CSV = """URL;Action;Date
https://jjangtoto88.example/event/bonus;content removed by customer;2024-09-04
https://jjangtoto88.example/join?code=KR77;content removed by customer;2024-09-04
https://blog.minwoo-shop.example/2024/08/fake-id-cards/;account suspended, site offline;2024-09-05
"""
case(
    name="gl-ticket-csv-semicolon",
    **{"from": "abuse@greenleaf-hosting.example"}, name_from="Greenleaf Hosting Abuse",
    date="Thu, 05 Sep 2024 12:30:11 +0200",
    subject="[Ticket #GL-558120] Resolved: KCSC-240903-02",
    reply_to_req="KCSC-240903-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==gl558120=="

--==gl558120==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

We have processed your complaint. The customers concerned were notified
and given 24 hours to act; the result for each URL is in the attached
export.

Ticket: GL-558120
Status: Resolved

Greenleaf Hosting - Abuse Department

--==gl558120==
Content-Type: text/csv; charset=utf-8; name="GL-558120.csv"
Content-Disposition: attachment; filename="GL-558120.csv"
Content-Transfer-Encoding: 7bit

{GL_CSV}
--==gl558120==--
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider ticket closure with a semicolon-separated spreadsheet export",
    why="CSV rows: two pages removed by the customer, one site taken offline by suspension; the fourth URL is not mentioned",
    items={G[0]: "removed", G[1]: "removed", G[3]: "removed"},
)

case(
    name="gl-refused-no-breach",
    **{"from": "p.devries@greenleaf-hosting.example"}, name_from="Pieter de Vries",
    date="Wed, 04 Sep 2024 14:12:55 +0200",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    body="""
Hello,

Re your ticket GL-558120 / KCSC-240903-02.

I checked http://daebak-pharm.example/products/list.php?cat=3 myself. The
shop sells registered vitamin and supplement products and the customer
showed us their import licence. We see no breach of our acceptable use
policy and will not act against the site; it stays online.

You can of course add further evidence to the ticket.

Pieter de Vries
Abuse desk, Greenleaf Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk refusal after checking a customer's site",
    why="refusal with its reason: the page stays up",
    items={G[2]: "rejected"},
)

case(
    name="gl-ack-plus-statement",
    **{"from": "abuse@greenleaf-hosting.example"}, name_from="Greenleaf Hosting Abuse",
    date="Wed, 04 Sep 2024 09:05:30 +0200",
    subject="[Ticket #GL-558133] Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    body="""
Thank you for contacting Greenleaf Hosting. Your complaint has been
registered under ticket GL-558133.

Update from our team: the sign-up page
https://jjangtoto88.example/join?code=KR77 was disabled by our
administrators this morning (04 Sep 2024, 08:40 CEST). The other URLs are
still being checked with the customer.

Greenleaf Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system receipt with an update paragraph added by an agent",
    why="acknowledgement wording plus an unhedged statement about one URL (on the line below its sentence start)",
    items={G[1]: "removed"},
)

case(
    name="gl-outlook-original-message",
    **{"from": "s.bakker@greenleaf-hosting.example"}, name_from="Sanne Bakker",
    date="Thu, 05 Sep 2024 10:48:03 +0200",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    body="""
Hi,

Quick follow-up: the customer removed
http://daebak-pharm.example/products/list.php?cat=3 this morning, the page
now returns a 404.

Regards,
Sanne

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:00 AM
To: abuse@greenleaf-hosting.example
Subject: [KCSC-240903-02] Request to remove illegal content

""" + "\n".join(request_body("KCSC-240903-02")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unquoted original request under -----Original Message-----",
    why="one URL removed above the separator; the request below it is our own text",
    items={**all_pending(G), G[2]: "removed"},
)

case(
    name="gl-wrapped-angle-url",
    **{"from": "abuse@greenleaf-hosting.example"}, name_from="Greenleaf Hosting Abuse",
    date="Fri, 06 Sep 2024 08:20:00 +0200",
    subject="[Ticket #GL-558120] Closed",
    reply_to_req="KCSC-240903-02",
    body="""
Dear KCSC,

Following our notice to the customer, we have disabled the web space
behind <https://blog.minwoo-shop.example/2024/08/
fake-id-cards/>; visitors now see our suspension page.

Ticket GL-558120 is closed on our side.

Greenleaf Hosting Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse reply wrapped at 72 columns, URL in angle brackets broken over two lines",
    why="the wrapped bracketed URL is the blog post; its web space is disabled",
    items={G[3]: "removed"},
)

case(
    name="gl-hedged-may-have",
    **{"from": "s.bakker@greenleaf-hosting.example"}, name_from="Sanne Bakker",
    date="Wed, 04 Sep 2024 17:31:40 +0200",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req="KCSC-240903-02",
    body="""
Hi,

It looks like the customer may already have taken down
https://jjangtoto88.example/event/bonus - I get a blank page, but that
might be caching on their side. I've asked them to confirm. For
https://jjangtoto88.example/join?code=KR77 we are still waiting for their
answer.

I'll update you once I know more.

Sanne
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk agent's informal interim update",
    why="'may already have taken down' is a hedge and the other URL is still awaited: nothing stated",
    items={G[0]: "pending", G[1]: "pending"},
)

case(
    name="gl-notice-new-address",
    **{"from": "notices@greenleaf-hosting.example"}, name_from="Greenleaf Hosting",
    date="Mon, 09 Sep 2024 09:00:00 +0200",
    subject="Change of abuse contact address",
    body="""
Dear partner,

From 1 October 2024 our abuse department can be reached at
abuse-desk@greenleaf-hosting.example. The old address will keep
forwarding mail until the end of the year. Complaints can also be
submitted at https://greenleaf-hosting.example/abuse.

Kind regards,
Greenleaf Hosting
""",
    outcome="review", review="no_claims",
    imitates="hosting provider circular about a new abuse contact",
    why="trusted platform mail that names no item and references no request",
    items={},
)

case(
    name="gl-customer-writes-directly",
    **{"from": "owner@minwoo-shop.example"}, name_from="Minwoo Shop",
    date="Thu, 05 Sep 2024 21:14:09 +0900",
    subject="Re: Complaint GL-558120 - KCSC-240903-02",
    body="""
Hello,

My host Greenleaf forwarded me your complaint. I deleted the post
https://blog.minwoo-shop.example/2024/08/fake-id-cards/ today, it was an
old article and I did not know it was a problem. Please tell Greenleaf to
unsuspend my account.

Minwoo
""",
    outcome="review", review="unknown_sender",
    imitates="hosting customer (site owner) answering the regulator directly",
    why="the statement comes from the site owner's own domain, not from the hosting provider",
    items={G[3]: "pending"},
)

case(
    name="gl-ticket-receipt",
    **{"from": "noreply@greenleaf-hosting.example"}, name_from="Greenleaf Hosting Support",
    date="Tue, 03 Sep 2024 04:00:41 +0200",
    subject="[Ticket #GL-558120] We have received your request",
    reply_to_req="KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automatic message.

Your message has been received and ticket #GL-558120 has been opened. Our
abuse team handles complaints in order of arrival, usually within two
business days. Please keep the ticket number in the subject line when you
reply.

View your ticket: https://support.greenleaf-hosting.example/ticket/GL-558120

Greenleaf Hosting Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ======================= EdgeShield (CDN), KCSC-240905-03, 3 items
case(
    name="es-service-terminated",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 02:30:12 +0000",
    subject="EdgeShield abuse report ES-7741920: action taken",
    reply_to_req="KCSC-240905-03",
    body="""
Hello,

Thank you for your report concerning slotmania-kr.example (report
ES-7741920, your reference KCSC-240905-03).

After review we have determined that the website violates our Terms of
Service. We have terminated our services for the domain and blocked the
following URLs on our network worldwide:

  https://slotmania-kr.example/
  https://slotmania-kr.example/deposit

EdgeShield does not host website content; we have also informed the
hosting provider of the origin server.

Regards,
EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of service termination",
    why="both URLs blocked worldwide on the CDN: removed",
    items={E[0]: "removed", E[1]: "removed"},
)

case(
    name="es-geo-restricted-kr",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 03:05:47 +0000",
    subject="EdgeShield abuse report ES-7741932: action taken",
    reply_to_req="KCSC-240905-03",
    body="""
Hello,

Report ES-7741932 (KCSC-240905-03)

In response to your notice under Korean law, we have restricted access
from the Republic of Korea to the following URL:

https://hanbit-cams.example/live/room/2231

The content remains reachable from other countries. The site operator has
been told about this action.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking notice for a single country",
    why="access restricted from Korea only",
    items={E[2]: "restricted"},
)

case(
    name="es-forwarded-to-host",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 06:12:19 +0000",
    subject="EdgeShield abuse report ES-7741932",
    reply_to_req="KCSC-240905-03",
    body="""
Hello,

EdgeShield provides pass-through security and caching for
https://hanbit-cams.example/live/room/2231. We do not host the material
shown on that page and cannot remove it from the Internet.

We have forwarded your report (ES-7741932) to the site owner and to the
hosting provider, Kestrel Datacenter (abuse@kestrel-dc.example), who are
able to act on it. You may wish to contact them directly.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, your complaint was forwarded' reply",
    why="names the URL but states no status: forwarded elsewhere, nothing removed nor refused on the merits",
    items={E[2]: "pending"},
)

case(
    name="es-other-platform-urls",
    **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
    date="Sat, 07 Sep 2024 01:44:00 +0000",
    subject="EdgeShield abuse report ES-7741977: action taken",
    body="""
Hello,

Following report ES-7741977 we have blocked the following URLs on the
EdgeShield network:

https://jjangtoto88.example/event/bonus
https://jjangtoto88.example/join?code=KR77

Regards,
EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN action notice about a site that our request sent to its hosting provider",
    why="EdgeShield states statuses for URLs of the Greenleaf request",
    items={G[0]: "pending", G[1]: "pending"},
)

case(
    name="es-email-not-accepted",
    **{"from": "no-reply@edgeshield.example"}, name_from="EdgeShield",
    date="Thu, 05 Sep 2024 00:40:03 +0000",
    subject="Re: [KCSC-240905-03] Request to remove illegal content",
    reply_to_req="KCSC-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email.

EdgeShield cannot process abuse reports sent by email. To make sure your
report reaches the right team, please submit it through our form at
https://edgeshield.example/abuse.

This mailbox is not monitored.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN automatic 'use the abuse form' reply",
    why="automatic reply, no statement",
    items={},
)

# ======================= Danchu Community (Korean forum), KCSC-240909-04, 5 items
case(
    name="dc-admin-oneline-ko",
    **{"from": "admin@danchu.example"}, name_from="단추 운영자",
    date="Mon, 09 Sep 2024 18:22:10 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 게시물 삭제 요청 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body="""
안녕하세요, 단추커뮤니티 운영자입니다.
요청하신 https://danchu.example/bbs/free/881234 게시물은 확인 후 삭제했습니다.
나머지 건은 확인되는 대로 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin's short reply",
    why="one post deleted by the admin; the rest promised later",
    items={D[0]: "removed"},
)

case(
    name="dc-numbered-list-ko",
    **{"from": "admin@danchu.example"}, name_from="단추커뮤니티 운영팀",
    date="Tue, 10 Sep 2024 11:05:37 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 게시물 삭제 요청 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body=f"""
안녕하세요. 단추커뮤니티 운영팀입니다.
KCSC-240909-04 요청 건 처리 결과 알려드립니다.

1) https://danchu.example/bbs/free/881301
   → 블라인드 처리 완료 (9/10)
2) https://danchu.example/bbs/stock/77120
   → 임시조치(30일) 적용
3) {JANGTEO_RAW}
   → 작성자가 이미 삭제한 글이라 조치할 게시물이 없습니다.

나머지 2건은 담당자가 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 처리 결과 list, bare URL with the result on the line below",
    why="블라인드 = removed, 임시조치 = restricted, 작성자 삭제 = not_found; raw Korean path matches its encoded form",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "not_found"},
)

case(
    name="dc-kept-no-violation-ko",
    **{"from": "help@danchu.example"}, name_from="단추커뮤니티 고객센터",
    date="Wed, 11 Sep 2024 10:40:00 +0900",
    subject="Re: 게시물 삭제 요청 회신 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body="""
안녕하세요. 단추커뮤니티 고객센터입니다.

요청하신 게시물 <https://m.danchu.example/bbs/free/881377> 검토했습니다.
해당 글은 특정 업체 이용 후기로, 운영정책 및 관련 법령 위반 사항을 확인하지 못해 게시를 유지하기로 했습니다.

이의가 있으시면 이 메일로 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal customer-centre refusal (게시 유지)",
    why="no violation found, post kept: rejected",
    items={D[4]: "rejected"},
)

DC_HTML = """<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240909-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead><tr><th>연번</th><th>URL</th><th>조치내용</th><th>조치일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>https://danchu.example/bbs/free/881234</td><td>게시물 삭제</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>https://danchu.example/bbs/stock/77120</td><td>게시중단</td><td>2024-09-10</td></tr>
<tr><td>3</td><td>https://m.danchu.example/bbs/free/881377</td><td>미조치 (위반사항 없음)</td><td>-</td></tr>
</tbody></table>
<p>단추커뮤니티 고객센터 드림<br>
<a href="https://danchu.example/policy">운영정책 보기</a></p>
</body></html>"""
case(
    name="dc-html-table-ko",
    **{"from": "help@danchu.example"}, name_from="단추커뮤니티 고객센터",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject="[단추커뮤니티] 시정요구 조치 결과 회신 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    type="html",
    body=DC_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 HTML table",
    why="삭제 and 게시중단 = removed, 미조치(위반사항 없음) = rejected; the policy link is not an item",
    items={D[0]: "removed", D[2]: "removed", D[4]: "rejected"},
)

case(
    name="dc-particles-fullwidth-ko",
    **{"from": "admin@danchu.example"}, name_from="단추 운영자",
    date="Tue, 10 Sep 2024 23:51:02 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 게시물 삭제 요청 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body="""
요청 건 중 두 개 처리했습니다.
https://danchu.example/bbs/free/881301은 블라인드 처리했고, 주식게시판 글（https://danchu.example/bbs/stock/77120）도 같은 작성자가 올린 것이라 함께 삭제했습니다.
나머지는 내일 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin writing in running Korean, particle glued to the URL and full-width parentheses",
    why="one post blinded, one deleted",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="dc-auth-fail-ko",
    **{"from": "admin@danchu.example"}, name_from="단추 운영자",
    auth="fail",
    date="Tue, 10 Sep 2024 09:12:45 +0900",
    subject="RE: [방송통신심의위원회] 불법정보 게시물 삭제 요청 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body="""
안녕하세요. 요청하신 게시물 https://danchu.example/bbs/free/881234 삭제 완료했습니다.
감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="forum admin reply sent through a server that fails DMARC",
    why="platform domain but authentication fails",
    items={D[0]: "pending"},
)

case(
    name="dc-asks-evidence-ko",
    **{"from": "help@danchu.example"}, name_from="단추커뮤니티 고객센터",
    date="Tue, 10 Sep 2024 16:20:30 +0900",
    subject="Re: 게시물 삭제 요청 관련 문의 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    body="""
안녕하세요, 단추커뮤니티 고객센터입니다.

https://danchu.example/bbs/stock/77120 게시물은 특정 종목에 대한 개인 의견 글로 보여, 불법정보에 해당하는지 판단하기 어렵습니다.
해당 게시물의 어느 부분이 어떤 법령에 위반되는지 구체적인 근거를 보내주시면 검토하겠습니다.

자료를 받는 대로 처리 결과 안내드리겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking the requester for supporting grounds (소명자료)",
    why="asks for the legal grounds before deciding: nothing stated",
    items={D[2]: "pending"},
)

case(
    name="dc-read-receipt",
    **{"from": "admin@danchu.example"}, name_from="단추 운영자",
    date="Mon, 09 Sep 2024 15:02:11 +0900",
    subject="읽음: [방송통신심의위원회] 불법정보 게시물 삭제 요청 (KCSC-240909-04)",
    reply_to_req="KCSC-240909-04",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-88f02"

--mdn-88f02
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-09 15:02에 읽었습니다.
이 확인은 메일이 수신자의 화면에 표시되었다는 것만 뜻하며, 내용을 읽거나 이해했다는 뜻은 아닙니다.

--mdn-88f02
Content-Type: message/disposition-notification

Reporting-UA: mail.danchu.example; Webmail 5.2
Original-Recipient: rfc822;admin@danchu.example
Final-Recipient: rfc822;admin@danchu.example
Original-Message-ID: <KCSC-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-88f02--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="dc-chuseok-ooo",
    **{"from": "help@danchu.example"}, name_from="단추커뮤니티 고객센터",
    date="Fri, 13 Sep 2024 09:00:05 +0900",
    subject="[자동응답] 추석 연휴 휴무 안내",
    reply_to_req="KCSC-240909-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 단추커뮤니티 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터가 휴무합니다.
게시물 신고 및 문의는 연휴가 끝난 뒤 접수 순서대로 처리됩니다.

※ 본 메일은 발신 전용 자동응답입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="holiday auto-reply",
    items={},
)

# ======================= Nekochan (image board), KCSC-240910-05, 3 items
case(
    name="nk-admin-terse",
    **{"from": "admin@nekochan.example"}, name_from="admin",
    date="Tue, 10 Sep 2024 20:14:00 +0000",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    reply_to_req="KCSC-240910-05",
    body="""
deleted:
https://nekochan.example/kr/res/10442.html
<https://img.nekochan.example/kr/src/1725930011842.jpg>

thread gone, image nuked incl. thumbnail, poster range-banned.
- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's terse reply, heading line then URLs",
    why="'deleted:' heading covers both URLs listed under it",
    items={N[0]: "removed", N[2]: "removed"},
)

case(
    name="nk-thread-pruned",
    **{"from": "mods@nekochan.example"}, name_from="Nekochan mods",
    date="Wed, 11 Sep 2024 02:41:19 +0000",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    reply_to_req="KCSC-240910-05",
    body="""
hi,

https://nekochan.example/kr/res/10459.html doesn't exist anymore. /kr/ only
keeps 150 threads and that one fell off the last page before your email
came in, so there was nothing left for us to delete.

-- nekochan
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator explaining a pruned thread",
    why="thread no longer exists (pruned before the request): not_found",
    items={N[1]: "not_found"},
)

case(
    name="nk-image-kept",
    **{"from": "admin@nekochan.example"}, name_from="admin",
    date="Wed, 11 Sep 2024 19:03:55 +0000",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    reply_to_req="KCSC-240910-05",
    body="""
re https://img.nekochan.example/kr/src/1725930011842.jpg

had a look. it's a drawing of a cartoon character, fully clothed, nothing
against our rules or any law we know of. leaving it up.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing a report in one paragraph",
    why="kept with a reason: rejected",
    items={N[2]: "rejected"},
)

NK_ORIG = "\n".join(request_body("KCSC-240910-05"))
case(
    name="nk-bounce-dsn",
    **{"from": "MAILER-DAEMON@mail.nekochan.example"}, name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 07:05:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="DSN.4WzQ1.mail.nekochan.example"

--DSN.4WzQ1.mail.nekochan.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.nekochan.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<reports@nekochan.example>: mailbox unavailable (user unknown)

--DSN.4WzQ1.mail.nekochan.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.nekochan.example
Arrival-Date: Tue, 10 Sep 2024 07:05:11 +0000

Final-Recipient: rfc822; reports@nekochan.example
Action: failed
Status: 5.1.1
Diagnostic-Code: x-unix; user unknown

--DSN.4WzQ1.mail.nekochan.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <KCSC-240910-05@kcsc.example>
Date: Tue, 10 Sep 2024 16:05:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: reports@nekochan.example
Subject: [KCSC-240910-05] Request to remove illegal content
Content-Type: text/plain; charset=us-ascii

{NK_ORIG}

--DSN.4WzQ1.mail.nekochan.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="bounce: the URLs are only in our returned request",
    items=all_pending(N),
)

# ======================= RegBox (registrar), KCSC-240911-06, 1 item
case(
    name="rb-client-hold",
    **{"from": "abuse@regbox.example"}, name_from="RegBox Compliance",
    date="Thu, 12 Sep 2024 02:20:31 +0000",
    subject="Re: [KCSC-240911-06] Abuse report: bet-hanul365.example",
    reply_to_req="KCSC-240911-06",
    body="""
Dear Reporter,

Thank you for your report regarding the domain name bet-hanul365.example.

We verified the registrant's contact data and found it to be invalid. In
line with our Registration Agreement, the domain has been placed on
clientHold and no longer resolves.

Domain: bet-hanul365.example
Status: clientHold
Date:   2024-09-12 02:14 UTC

Kind regards,
RegBox Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply placing a domain on clientHold",
    why="the one-item request's domain no longer resolves: removed",
    items={R[0]: "removed"},
)

case(
    name="rb-outside-policy",
    **{"from": "abuse@regbox.example"}, name_from="RegBox Compliance",
    date="Thu, 12 Sep 2024 08:55:10 +0000",
    subject="Re: [KCSC-240911-06] Abuse report: bet-hanul365.example",
    reply_to_req="KCSC-240911-06",
    body="""
Dear Reporter,

We have reviewed your complaint about bet-hanul365.example
(KCSC-240911-06).

RegBox is only the registrar of this domain; we do not host the website.
Our registrar abuse policy covers DNS abuse (malware, phishing, botnets,
pharming, and spam used to deliver them). The content you describe falls
outside that policy, so we will take no action against the domain
registration. Please direct your complaint to the hosting provider.

RegBox Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar 'content is outside our DNS-abuse policy' refusal",
    why="refusal with its reason for the one-item request: rejected",
    items={R[0]: "rejected"},
)

case(
    name="rb-registrant-notified",
    **{"from": "abuse@regbox.example"}, name_from="RegBox Compliance",
    date="Wed, 11 Sep 2024 12:10:00 +0000",
    subject="Re: [KCSC-240911-06] Abuse report: bet-hanul365.example",
    reply_to_req="KCSC-240911-06",
    body="""
Dear Reporter,

Thank you for your report about bet-hanul365.example. We have notified the
registrant and asked that the reported content be taken down within 48
hours. If the registrant does not respond, the domain will be suspended.

RegBox Compliance Team
""",
    outcome="review", review="not_understood",
    imitates="registrar reply passing the complaint to the registrant",
    why="a promise and a condition, no status",
    items={R[0]: "pending"},
)

# ======================= Pixbin (image host), KCSC-240912-07, 2 items
case(
    name="px-url-below-statement",
    **{"from": "support@pixbin.example"}, name_from="Pixbin Support",
    date="Thu, 12 Sep 2024 10:31:20 +0000",
    subject="Re: [KCSC-240912-07] Request to remove illegal content",
    reply_to_req="KCSC-240912-07",
    body="""
Hi there,

Thanks for flagging these. Results for KCSC-240912-07:

The following image has been removed for breaking our Terms of Service:
https://pixbin.example/i/7fK2aQ

We couldn't find this one - the link is invalid or the image was deleted
by its uploader:
https://i.pixbin.example/7fK2bR.png

Cheers,
Dani @ Pixbin
""",
    outcome="applied", classification="confirmation",
    imitates="small image host support reply, each URL on the line below its sentence",
    why="one image removed, the other link invalid",
    items={P[0]: "removed", P[1]: "not_found"},
)

case(
    name="px-age-gate",
    **{"from": "support@pixbin.example"}, name_from="Pixbin Support",
    date="Fri, 13 Sep 2024 08:02:47 +0000",
    subject="Re: [KCSC-240912-07] Request to remove illegal content",
    reply_to_req="KCSC-240912-07",
    body="""
Hello,

We reviewed https://pixbin.example/i/7fK2aQ. It doesn't break our adult
content rules, but it should not have been public without a warning. We
have flagged it as NSFW, so it is now only shown to signed-in users who
have confirmed they are 18 or older.

Pixbin Support
""",
    outcome="applied", classification="confirmation",
    imitates="image host moving an image behind an age gate",
    why="age-restricted: restricted",
    items={P[0]: "restricted"},
)

case(
    name="px-both-down",
    **{"from": "dani@pixbin.example"}, name_from="Dani",
    date="Thu, 12 Sep 2024 09:12:00 +0000",
    subject="Re: [KCSC-240912-07] Request to remove illegal content",
    reply_to_req="KCSC-240912-07",
    body="""
hi, both images are down now. thanks for letting us know!

Dani
""",
    outcome="review", review="bulk",
    imitates="one-line informal reply from an image host's staff",
    why="'both images' for a two-item request, neither named",
    items=all_pending(P),
)

case(
    name="px-report-received",
    **{"from": "noreply@pixbin.example"}, name_from="Pixbin",
    date="Thu, 12 Sep 2024 06:00:30 +0000",
    subject="We got your report (PX-33921)",
    reply_to_req="KCSC-240912-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

This is to confirm that we received your report (reference PX-33921). Our
moderators look at reports in the order they come in; most are handled
within 3 business days. You don't need to send it again.

The Pixbin team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="image host automatic report receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 367 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services answering informally; CSV attachments and plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
