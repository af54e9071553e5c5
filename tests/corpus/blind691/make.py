#!/usr/bin/env python3
"""Blind set 691: hosting providers, a CDN, a registrar, forums, an image
board, a file host and a small paste service answering KCSC removal requests,
often informally, plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind691/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning before any run of the reader.
All names, domains, ids and URLs are fictional.
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


def enc(url):
    """Percent-encode a URL's non-ASCII path (as stored in requests.csv)."""
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/?=&:#%")


# ---------------------------------------------------------------- requests
FC = [
    "https://filecrate.example/f/Qm7tRa2x",
    "https://filecrate.example/f/Lp03zZkd",
    "https://filecrate.example/f/Hh81vNwe",
    "https://filecrate.example/f/Tc55oPqa",
    "https://filecrate.example/f/Wb20yUmr",
    "https://filecrate.example/f/Ns47kJde",
    "https://filecrate.example/f/Ra92cXfo",
    "https://filecrate.example/f/Gv16hLts",
    "https://filecrate.example/d/Yy38pMbe",
    "https://filecrate.example/d/Ek64sQzu",
    "https://filecrate.example/f/Ud09aKwi?dl=1",
    "https://filecrate.example/f/Zo71gBnc",
]
HC = [
    "https://bet-haven.example/live/",
    "https://bet-haven.example/promo/welcome-bonus",
    "https://pillmarket24.example/shop/item/4471",
    "https://pillmarket24.example/",
]
SB_RAW = [
    "https://moa-toto.example/bbs/board.php?bo_table=event&wr_id=31",
    "https://moa-toto.example/가입안내",
    "https://night-gallery.example/사진첩/1187",
    "https://night-gallery.example/사진첩/1190",
    "https://dosa-pharm.example/goods/view?no=208",
]
SB = [enc(u) for u in SB_RAW]
NK = [
    "https://nekochan.example/kr/res/48213.html",
    "https://nekochan.example/kr/res/48377.html",
    "https://img.nekochan.example/src/1725860112845.jpg",
]
RW = [
    "http://casino-moa24.example/",
    "http://moa24-casino.example/",
]
DM_RAW = [
    "https://dalmaru.example/free/99812",
    "https://dalmaru.example/free/99840",
    "https://dalmaru.example/장터/3321",
    "https://dalmaru.example/gallery/7730",
]
DM = [enc(u) for u in DM_RAW]
IP = ["https://inkpaste.example/p/r8Kd2wQv"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_trade", FC, "file host: leaked ID-card scans and forged documents for sale"),
    ("KCSC-240903-02", "harborcdn", "2024-09-03T10:10:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling_drugs", HC, "CDN in front of a gambling site and an online pharmacy"),
    ("KCSC-240905-03", "sambong", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling_obscenity", SB, "Korean web host of three customer sites"),
    ("KCSC-240909-04", "nekochan", "2024-09-09T11:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", NK, "image board threads and one image file"),
    ("KCSC-240910-05", "regiway", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", RW, "registrar of two gambling domains"),
    ("KCSC-240911-06", "dalmaru", "2024-09-11T15:05:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_trade", DM, "community forum posts"),
    ("KCSC-240912-07", "inkpaste", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "personal_data", IP, "paste with leaked personal data"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def with_csv(boundary, text, filename, csvtext, bom=False):
    data = ("\ufeff" if bom else "") + csvtext
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(data)}
--{boundary}--
"""


def html_qp(html):
    return f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
"""


def plain_b64(text):
    return f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text)}
"""


def alternative(boundary, text, html):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{boundary}--
"""


REQ_FC_QUOTED = "\n".join(f"{i}. {u}" for i, u in enumerate(FC, 1))

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ===== FileCrate (file host), KCSC-240902-01, 12 items =====
case(
    name="fc-abuse-desk-bulleted",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Wed, 04 Sep 2024 14:02:11 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for your notice (KCSC-240902-01). We went through the first four links on your list:

 * {FC[0]} - file deleted, uploader account closed
 * {FC[1]} - file deleted
 * {FC[2]} - there is no file under this link; it was never uploaded or the id is mistyped
 * {FC[3]} - this is a scan of a public-domain book. We looked at it and it breaks neither our terms nor Korean law as far as we can tell, so it stays up

We are still going through the rest of the list and will write again.

Regards,
Jonas
FileCrate abuse desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="small file host abuse desk reply, bulleted per-link results",
    why="four links, each with its own unhedged result: two deleted, one never existed, one kept as not violating",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "not_found", FC[3]: "rejected"},
)

FC_CSV = f"""link,action,date_utc,comment
{FC[0]},deleted,2024-09-04,
{FC[1]},deleted,2024-09-04,
{FC[2]},not found,,no file with this id
{FC[3]},no action,,public-domain scan - no violation found
{FC[4]},deleted,2024-09-05,
{FC[5]},deleted,2024-09-05,
{FC[6]},deleted,2024-09-05,uploader account terminated
{FC[7]},blocked in KR,2024-09-05,still available outside South Korea
{FC[8]},deleted,2024-09-05,whole folder (23 files)
{FC[9]},not found,,folder had been deleted by its owner before our review
{FC[10]},deleted,2024-09-05,
{FC[11]},deleted,2024-09-05,
"""
case(
    name="fc-csv-attachment-all-links",
    **{"from": "trust@filecrate.example"},
    name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content - results",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=with_csv("fc-b691-001", """
Hi,

The outcome for every link in your notice KCSC-240902-01 is in the attached
spreadsheet, one row per link. Reply to this email if anything is unclear.

FileCrate Trust & Safety
""", "KCSC-240902-01_results.csv", FC_CSV),
    outcome="applied",
    classification="confirmation",
    imitates="file host trust & safety reply with a per-link CSV spreadsheet",
    why="the CSV gives one result per link: deleted, not found, kept for no violation, blocked in KR only",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "not_found", FC[3]: "rejected",
           FC[4]: "removed", FC[5]: "removed", FC[6]: "removed", FC[7]: "restricted",
           FC[8]: "removed", FC[9]: "not_found", FC[10]: "removed", FC[11]: "removed"},
)

case(
    name="fc-plain-text-table",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Thu, 05 Sep 2024 17:45:09 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Update on KCSC-240902-01, links 9 to 12:

  Link                                         Result
  -------------------------------------------  -----------------
  {FC[8]}         folder disabled
  {FC[9]}         folder disabled
  {FC[10]}    file deleted
  {FC[11]}        no such file

Jonas
FileCrate abuse desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse desk reply with a monospaced plain-text table",
    why="plain-text table: two folders disabled, one file deleted, one link with no file",
    items={FC[8]: "removed", FC[9]: "removed", FC[10]: "removed", FC[11]: "not_found"},
)

case(
    name="fc-url-then-status-below",
    **{"from": "dana.k@filecrate.example"},
    name_from="Dana K. (FileCrate Support)",
    date="Wed, 04 Sep 2024 21:13:40 +0900",
    subject="RE: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

{FC[1]}
-> removed

{FC[6]}
-> removed, uploader banned

{FC[7]}
-> still under review, I'll get back to you on this one

- Dana, FileCrate support
""",
    outcome="applied",
    classification="confirmation",
    imitates="support agent's terse reply: bare URL, result on the line below",
    why="two links removed; the third is explicitly still under review and stays pending",
    items={FC[1]: "removed", FC[6]: "removed", FC[7]: "pending"},
)

case(
    name="fc-top-posted-outlook-quote",
    **{"from": "priya.nand@filecrate.example"},
    name_from="Priya Nand",
    date="Tue, 03 Sep 2024 16:02:55 +0900",
    subject="RE: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We disabled both of these today:
{FC[4]}
{FC[5]}

The other links from your list are with our legal team.

Best,
Priya Nand
FileCrate | Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@filecrate.example
Subject: [KCSC-240902-01] Request to remove illegal content

Dear FileCrate,

The Korea Communications Standards Commission asks you to remove the
following files and folders, which offer forged identity documents in
breach of Korean law:

{REQ_FC_QUOTED}

Please act by 9 September 2024 and tell us the result for each link.

KCSC Takedown desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the quoted request (-----Original Message-----)",
    why="two files disabled above the quote; the quoted request's other links are not statements",
    items={FC[4]: "removed", FC[5]: "removed", FC[0]: "pending", FC[11]: "pending"},
)

FC_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Ticket <b>FC-88213</b> (your reference KCSC-240902-01) has been updated by our Trust &amp; Safety team.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Outcome</th><th>Date</th></tr>
<tr><td><a href="{FC[3]}">{FC[3]}</a></td><td>Access disabled for visitors from South Korea (local law)</td><td>2024-09-05</td></tr>
<tr><td><a href="{FC[5]}">{FC[5]}</a></td><td>Removed &ndash; Terms of Service violation</td><td>2024-09-05</td></tr>
</table>
<p>You can follow this ticket at <a href="https://tickets.filecrate.example/t/FC-88213">https://tickets.filecrate.example/t/FC-88213</a>.
How we handle reports: <a href="https://filecrate.example/help/reporting">filecrate.example/help/reporting</a></p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fc-qp-html-ticket-table",
    **{"from": "noreply@tickets.filecrate.example"},
    name_from="FileCrate Support",
    date="Thu, 05 Sep 2024 11:20:31 +0900",
    subject="[FC-88213] Ticket updated: KCSC-240902-01",
    raw_mime=html_qp(FC_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system notification (Zendesk-like) with an HTML results table, quoted-printable",
    why="HTML table: one file blocked for Korea only (restricted), one removed; ticket and help links are not items",
    items={FC[3]: "restricted", FC[5]: "removed"},
)

case(
    name="fc-ticket-closed-with-result",
    **{"from": "support@filecrate.example"},
    name_from="FileCrate Support",
    date="Mon, 09 Sep 2024 08:05:12 +0900",
    subject="[FC-88240] Your request has been resolved",
    body=f"""
Hello,

Your ticket #FC-88240 (KCSC-240902-01) has been marked as resolved.
Thank you for your report.

Resolution note from our team:
We have removed the following file for breaching our terms:
{FC[4]}

If you believe this ticket was closed in error, just reply to this email
within 14 days to reopen it.

FileCrate Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk 'ticket resolved' notification carrying the agent's resolution note",
    why="a ticket-closure template, but the note states the file was removed: not a mere acknowledgement",
    items={FC[4]: "removed"},
)

case(
    name="fc-statement-then-url-below",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Fri, 06 Sep 2024 13:40:00 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear KCSC,

The following file was removed for breaching our Terms of Service
(section 4.2, sale of illegal goods):
{FC[5]}

The following link does not lead to any file or folder on FileCrate:
{FC[10]}

Kind regards,
FileCrate abuse desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse desk reply where each statement is followed by its URL on the next line",
    why="statement first, URL on the line below: one removed, one does not exist",
    items={FC[5]: "removed", FC[10]: "not_found"},
)

case(
    name="fc-promise-within-24h",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Tue, 03 Sep 2024 09:12:44 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Thanks for the report. We have located these two files and they will be
removed within 24 hours, once our legal team signs off:

{FC[0]}
{FC[1]}

Jonas
FileCrate abuse desk
""",
    outcome="review",
    review="not_understood",
    imitates="abuse desk reply promising removal after internal sign-off",
    why="a promise ('will be removed ... once legal signs off') is no statement; the items stay pending",
    items={FC[0]: "pending", FC[1]: "pending"},
)

case(
    name="fc-bulk-all-deleted",
    **{"from": "trust@filecrate.example"},
    name_from="FileCrate Trust & Safety",
    date="Sat, 07 Sep 2024 10:00:00 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

All files and folders listed in your notice KCSC-240902-01 have been
deleted and the uploader accounts involved have been closed.

FileCrate Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="one-sentence blanket confirmation from a file host",
    why="a statement about all twelve links without naming any: bulk, items stay pending",
    items={u: "pending" for u in FC},
)

case(
    name="fc-asks-for-legal-basis",
    **{"from": "legal@filecrate.example"},
    name_from="FileCrate Legal",
    date="Wed, 04 Sep 2024 18:30:00 +0900",
    subject="Re: [KCSC-240902-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

Before we can act on the following links we need more information:

{FC[4]}
{FC[5]}
{FC[6]}
{FC[7]}

Please send us the provision of Korean law the content breaches and, if
available, a copy of the decision of the Commission, in English. Once we
have it we will assess the files again.

Best regards,
FileCrate Legal
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="host's legal team asking for the legal basis before acting",
    why="asks for the legal provision and decision; nothing done, the four links stay pending",
    items={FC[4]: "pending", FC[5]: "pending", FC[6]: "pending", FC[7]: "pending"},
)

case(
    name="fc-terms-update-newsletter",
    **{"from": "news@filecrate.example"},
    name_from="FileCrate",
    date="Tue, 10 Sep 2024 02:00:00 +0900",
    subject="We're updating our Terms of Service",
    body="""
Hello,

You are receiving this email because you have an account with FileCrate
(registered as a trusted reporter).

On 1 October 2024 our Terms of Service and Acceptable Use Policy will
change. The main points:

 - reports from public authorities now go through a dedicated form;
 - we publish a transparency report twice a year;
 - files that are never downloaded are deleted after 180 days.

Read the new terms: https://filecrate.example/legal/terms
Transparency: https://filecrate.example/legal/transparency

The FileCrate team
""",
    outcome="review",
    review="no_claims",
    imitates="service-wide Terms of Service update email",
    why="trusted FileCrate mail naming no requested item and no request: nothing to apply",
    items={},
)

case(
    name="fc-ticket-receipt",
    **{"from": "support@filecrate.example"},
    name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject="[FC-88213] We received your request: [KCSC-240902-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your request and created ticket #FC-88213.
A member of our Trust & Safety team will reply, usually within 3 business
days. To add information, simply reply to this email.

Track your ticket: https://tickets.filecrate.example/t/FC-88213

FileCrate Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk auto-receipt creating a ticket",
    why="a pure receipt: ticket created, no result",
    items={},
)

# ===== Harbor CDN, KCSC-240903-02, 4 items =====
case(
    name="hc-geo-block-451",
    **{"from": "abuse@harborcdn.example"},
    name_from="Harbor CDN Trust & Safety",
    date="Thu, 05 Sep 2024 17:31:02 +0900",
    subject="Re: KCSC-240903-02 gambling site bet-haven.example",
    body=f"""
Hello KCSC,

Re: KCSC-240903-02

Our customer bet-haven.example did not answer our notice within the
deadline. We have therefore applied a geographic block to the URLs below:
since 5 September 2024 08:00 UTC, visitors from the Republic of Korea get
an HTTP 451 error page, while access from other countries is unaffected.

{HC[0]}
{HC[1]}

Harbor CDN Trust & Safety
Case HCDN-2024-0917734
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN abuse team applying a country block (HTTP 451) after the customer failed to act",
    why="both URLs blocked for Korean visitors only: restricted",
    items={HC[0]: "restricted", HC[1]: "restricted"},
)

case(
    name="hc-account-terminated-worldwide",
    **{"from": "tomasz@harborcdn.example"},
    name_from="Tomasz (Harbor CDN)",
    date="Fri, 06 Sep 2024 10:12:59 +0900",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi,

Following your report we reviewed pillmarket24.example. The account
breached our acceptable use policy (sale of prescription drugs without a
licence). We have terminated it and stopped serving the site; both of the
following now show our suspension page to every visitor, worldwide:

- {HC[2]}
- {HC[3]}

Kind regards,
Tomasz
Harbor CDN Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN terminating a customer account for an AUP breach",
    why="both URLs now show a suspension page to every visitor: removed",
    items={HC[2]: "removed", HC[3]: "removed"},
)

case(
    name="hc-statement-of-reasons-kr",
    **{"from": "dsa-notices@harborcdn.example"},
    name_from="Harbor CDN",
    date="Fri, 06 Sep 2024 19:00:00 +0900",
    subject="Statement of reasons - notice KCSC-240903-02",
    body=f"""
STATEMENT OF REASONS

Notice reference: KCSC-240903-02
Content concerned: {HC[2]}
Type of restriction: visibility - access disabled
Territorial scope: Republic of Korea (KR) only
Date of decision: 2024-09-06
Facts and circumstances: the content was notified by a public authority
  as illegal under the law of the Republic of Korea.
Ground for the decision: illegal content (Korean Pharmaceutical Affairs
  Act), as notified; the content was not assessed against our terms.
Automated means: none were used to detect the content or take the decision.
Redress: the service recipient may contest this decision through our
  internal complaint system at https://harborcdn.example/appeals

Harbor CDN
""",
    outcome="applied",
    classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (territorial restriction)",
    why="access disabled in KR only: restricted; the appeals page is not an item",
    items={HC[2]: "restricted"},
)

case(
    name="hc-echoed-report-resolved",
    **{"from": "no-reply@harborcdn.example"},
    name_from="Harbor CDN Abuse",
    date="Sat, 07 Sep 2024 09:02:17 +0900",
    subject="Your abuse report HC-R-55120 has been resolved",
    body=f"""
Your abuse report has been resolved.

--- Report details ---
Report ID:      HC-R-55120
Submitted:      2024-09-03 01:14 UTC
Your reference: KCSC-240903-02
Reported URL:   {HC[1]}
Category:       Illegal gambling

--- Resolution ---
The website operator removed the reported page after our notice. We
checked on 2024-09-07: the URL now returns 404 through our network.

Harbor CDN Abuse
""",
    outcome="applied",
    classification="confirmation",
    imitates="CDN report-resolution email echoing the submitted report fields",
    why="the echoed report names the URL; the resolution says the page was removed and returns 404",
    items={HC[1]: "removed"},
)

case(
    name="hc-not-host-forwarded",
    **{"from": "abuse@harborcdn.example"},
    name_from="Harbor CDN Trust & Safety",
    date="Wed, 04 Sep 2024 08:44:10 +0900",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Harbor CDN provides pass-through caching and security for
bet-haven.example; we do not host the content at

{HC[0]}

and cannot remove material stored on someone else's servers. We have sent
your complaint to the site's hosting provider (Blue Pier Hosting,
abuse@bluepier.example) and to the site owner, who are best placed to act.

Harbor CDN Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="CDN 'we do not host this content, complaint forwarded to the host' reply",
    why="no decision on the URL: the CDN only says it is not the host and passed the complaint on",
    items={HC[0]: "pending"},
)

case(
    name="hc-forwarded-customer-reply",
    **{"from": "tomasz@harborcdn.example"},
    name_from="Tomasz (Harbor CDN)",
    date="Thu, 05 Sep 2024 12:20:00 +0900",
    subject="Fwd: Re: Abuse notice HCDN-2024-0917801 (KCSC-240903-02)",
    body=f"""
Hi,

For your records, below is our customer's answer to the notice we passed
on. We have not verified it yet.

Tomasz

---------- Forwarded message ---------
From: Ops <ops@pillmarket24.example>
Date: Thu, Sep 5, 2024 at 11:58 AM
Subject: Re: Abuse notice HCDN-2024-0917801
To: <abuse@harborcdn.example>

Hello, we deleted the product page {HC[2]} this morning.
Regards, pillmarket24 team
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="CDN forwarding its customer's own reply, unverified",
    why="the only statement is the customer's, forwarded; the CDN says it has not verified it",
    items={HC[2]: "pending"},
)

case(
    name="hc-autoresponder",
    **{"from": "abuse@harborcdn.example"},
    name_from="Harbor CDN Trust & Safety",
    date="Tue, 03 Sep 2024 10:10:33 +0900",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thank you for contacting Harbor CDN Trust & Safety.

This is an automatic reply. Reports sent by email are processed more
slowly than reports made through our form at https://harborcdn.example/abuse .
If you have already used the form you don't need to do anything.

Harbor CDN
""",
    outcome="ignored",
    imitates="CDN abuse mailbox auto-responder pointing to the web form",
    why="automatic reply; the form link is not an item",
    items={},
)

case(
    name="hc-about-registrar-domain",
    **{"from": "abuse@harborcdn.example"},
    name_from="Harbor CDN Trust & Safety",
    date="Thu, 12 Sep 2024 15:10:00 +0900",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    body=f"""
Hello,

You copied us on your notice KCSC-240910-05. casino-moa24.example also
uses our network; we have disabled the zone, and

{RW[0]}

now shows our block page to all visitors.

Harbor CDN Trust & Safety
""",
    outcome="review",
    review="wrong_platform",
    imitates="CDN answering a notice that was addressed to the registrar",
    why="Harbor CDN states a status for an item of the RegiWay request",
    items={RW[0]: "pending"},
)

# ===== Sambong Hosting (Korean web host), KCSC-240905-03, 5 items =====
case(
    name="sb-korean-numbered-arrows",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅 고객지원센터",
    date="Mon, 09 Sep 2024 10:31:00 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요. 삼봉호스팅 고객지원센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-03)에 대해 아래와 같이 조치하였음을 알려드립니다.

1. {SB_RAW[0]}
   → 해당 게시물 삭제 완료
2. {SB_RAW[1]}
   → 페이지 삭제 완료 (고객사 계정 이용정지)
3. {SB_RAW[4]}
   → 국내 접속 차단 조치

나머지 2건(night-gallery.example)은 고객사의 소명 자료를 검토하고 있으며, 결과가 나오는 대로 다시 회신드리겠습니다.

감사합니다.
삼봉호스팅 불법정보대응팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean web host's 조치 결과 안내 with numbered URLs and arrow results",
    why="two pages deleted, one blocked for Korean access (restricted); the two night-gallery links are still under review",
    items={SB[0]: "removed", SB[1]: "removed", SB[4]: "restricted", SB[2]: "pending", SB[3]: "pending"},
)

SB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240905-03)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{SB_RAW[2]}</td><td>게시중단</td><td>2024-09-10</td></tr>
<tr><td>2</td><td>{SB_RAW[3]}</td><td>해당 게시물 없음 (게시자가 이미 삭제)</td><td>-</td></tr>
</table>
<p>삼봉호스팅 불법정보대응팀 드림</p>
</body></html>
"""
case(
    name="sb-html-table-base64",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅",
    date="Tue, 10 Sep 2024 16:48:20 +0900",
    subject="[삼봉호스팅] 시정요구 조치결과 회신 (KCSC-240905-03)",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SB_HTML)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table",
    why="게시중단 → removed; 해당 게시물 없음 (already deleted by its poster) → not_found",
    items={SB[2]: "removed", SB[3]: "not_found"},
)

case(
    name="sb-base64-admin-lines",
    **{"from": "jhpark@sambonghost.example"},
    name_from="박정훈",
    date="Wed, 11 Sep 2024 09:03:41 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=plain_b64(f"""<{SB_RAW[2]}>은 저희가 직접 삭제 조치했습니다.
<{SB_RAW[3]}>은 이미 없는 페이지입니다(404).

박정훈 / 삼봉호스팅 기술지원팀
"""),
    outcome="applied",
    classification="confirmation",
    imitates="host technician's two-line Korean reply, base64 body, URLs in angle brackets followed by particles",
    why="one page deleted by the host; the other does not exist",
    items={SB[2]: "removed", SB[3]: "not_found"},
)

case(
    name="sb-wrapped-angle-url",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅 고객지원센터",
    date="Fri, 06 Sep 2024 15:22:10 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    body="""
안녕하세요, 삼봉호스팅입니다.

요청하신 아래 주소의 게시물은 불법 도박 홍보물로 확인되어 삭제했습니다.

<https://moa-toto.example/bbs/board.php?
 bo_table=event&wr_id=31>

나머지 주소는 확인 중입니다.

삼봉호스팅 고객지원센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean host reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped, bracketed URL is one link; it was deleted",
    items={SB[0]: "removed"},
)

case(
    name="sb-hedge-appears-deleted",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅 고객지원센터",
    date="Sat, 07 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
안녕하세요, 삼봉호스팅입니다.

요청하신 night-gallery 게시물 두 건은 현재 확인해 보니 삭제된 것으로 보입니다.
{SB_RAW[2]}
{SB_RAW[3]}

정확한 처리 여부는 고객사 확인 후 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Korean host's tentative reply ('삭제된 것으로 보입니다') pending the customer's confirmation",
    why="a hedge ('appears to be deleted') plus a promise to confirm later: no statement",
    items={SB[2]: "pending", SB[3]: "pending"},
)

case(
    name="sb-mdn-read-receipt",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅 고객지원센터",
    date="Thu, 05 Sep 2024 14:30:02 +0900",
    subject="읽음 확인: [KCSC-240905-03] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="sb-mdn-691"

--sb-mdn-691
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240905-03] 불법정보 삭제 요청
읽은 시간: 2024-09-05 14:29

--sb-mdn-691
Content-Type: message/disposition-notification

Reporting-UA: mail.sambonghost.example; Webmail 7.2
Final-Recipient: rfc822; abuse@sambonghost.example
Original-Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--sb-mdn-691--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="sb-untrusted-dmarc-fail",
    **{"from": "abuse@sambonghost.example"},
    name_from="삼봉호스팅 고객지원센터",
    auth="fail",
    date="Sun, 08 Sep 2024 03:14:00 +0900",
    subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
    body=f"""
요청하신 게시물은 모두 아래와 같이 처리되었습니다.

- {SB_RAW[2]} : 삭제
- {SB_RAW[3]} : 삭제
""",
    outcome="review",
    review="untrusted",
    imitates="Korean host notice arriving with failed DKIM/SPF/DMARC",
    why="claims from the host's domain that fail authentication are not trusted",
    items={SB[2]: "pending", SB[3]: "pending"},
)

# ===== Nekochan (image board), KCSC-240909-04, 3 items =====
case(
    name="nk-admin-one-liner",
    **{"from": "admin@nekochan.example"},
    name_from="nekochan admin",
    date="Mon, 09 Sep 2024 23:51:09 +0900",
    subject="Re: [KCSC-240909-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
deleted {NK[0]} and banned the poster.
{NK[1]} was already pruned off the board before your mail came in, nothing there anymore.

- admin
""",
    outcome="applied",
    classification="confirmation",
    imitates="image board admin's two-line lower-case reply",
    why="one thread deleted; the other no longer existed (pruned before our request)",
    items={NK[0]: "removed", NK[1]: "not_found"},
)

case(
    name="nk-janitor-fullwidth-parens",
    **{"from": "jani@nekochan.example"},
    name_from="니코짱 관리팀",
    date="Tue, 10 Sep 2024 01:20:00 +0900",
    subject="Re: [KCSC-240909-04] 불법 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
신고하신 이미지 파일（{NK[2]}）은 삭제하고 같은 해시로 다시 올라오지 않도록 차단까지 완료했습니다。

스레드 두 개는 관리자가 따로 답변드릴 예정입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="image board janitor reply with full-width punctuation around the URL",
    why="the image file was deleted and hash-banned; the threads are left to another reply",
    items={NK[2]: "removed"},
)

NK_TEXT = f"""Hello,

Thread 48377 [1] has been removed from /kr/.
The image [2] is now behind our age check: it is only shown to logged-in
users who have verified they are adults.

[1] {NK[1]}
[2] {NK[2]}

nekochan staff
"""
NK_HTML = f"""<html><body>
<p>Hello,</p>
<p>Thread <a href="{NK[1]}">48377</a> has been removed from /kr/.<br>
The <a href="{NK[2]}">image</a> is now behind our age check: it is only shown to logged-in users who have verified they are adults.</p>
<p>nekochan staff</p>
</body></html>
"""
case(
    name="nk-html-alternative-linked-text",
    **{"from": "staff@nekochan.example"},
    name_from="nekochan staff",
    date="Wed, 11 Sep 2024 20:15:45 +0900",
    subject="Re: [KCSC-240909-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-04"),
    raw_mime=alternative("nk-alt-691", NK_TEXT, NK_HTML),
    outcome="applied",
    classification="confirmation",
    imitates="multipart/alternative reply: HTML links on words, plain text with [n] footnotes",
    why="thread removed; image put behind an adult age check (restricted)",
    items={NK[1]: "removed", NK[2]: "restricted"},
)

case(
    name="nk-untrusted-auth-fail",
    **{"from": "admin@nekochan.example"},
    name_from="nekochan admin",
    auth="fail",
    date="Tue, 10 Sep 2024 04:40:00 +0900",
    subject="Re: [KCSC-240909-04] Request to remove illegal content",
    body=f"""
both threads deleted:
{NK[0]}
{NK[1]}
""",
    outcome="review",
    review="untrusted",
    imitates="image board admin reply that fails DMARC",
    why="sender domain fails authentication: claims not applied",
    items={NK[0]: "pending", NK[1]: "pending"},
)

case(
    name="nk-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 11:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nk-dsn-691"

--nk-dsn-691
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@nekochan.example>: host mx.nekochan.example[203.0.113.45] said:
    550 5.1.1 <report@nekochan.example>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--nk-dsn-691
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 11:30:05 +0900 (KST)

Final-Recipient: rfc822; report@nekochan.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@nekochan.example>: Recipient address
    rejected: User unknown

--nk-dsn-691
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@nekochan.example
Subject: [KCSC-240909-04] Request to remove illegal content
Message-ID: <{mid("KCSC-240909-04")}.b@kcsc.example>
Date: Mon, 09 Sep 2024 11:30:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove:
1. {NK[0]}
2. {NK[1]}
3. {NK[2]}

--nk-dsn-691--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN for a copy of the request sent to a wrong board address",
    why="a bounce carrying our own request: nothing about the items",
    items={},
)

# ===== RegiWay (registrar), KCSC-240910-05, 2 items =====
case(
    name="rw-registrar-domains-prose",
    **{"from": "abuse@regiway.example"},
    name_from="RegiWay Abuse Team",
    date="Thu, 12 Sep 2024 11:05:00 +0900",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Dear KCSC,

Ticket RW-ABU-30918 / your reference KCSC-240910-05

{RW[0]} - we verified the complaint; the domain has been suspended
(status clientHold) and no longer resolves.

{RW[1]} - the registrant gave valid contact data and the domain shows only
a parking page with no gambling content. We found no breach of our
registration agreement, so the domain remains active. Should content
appear later, please contact the hosting provider.

RegiWay Abuse Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="registrar abuse team reply: clientHold for one domain, refusal with reason for the other",
    why="one domain suspended (no longer resolves): removed; the other kept for no breach: rejected",
    items={RW[0]: "removed", RW[1]: "rejected"},
)

case(
    name="rw-plain-table-serverhold",
    **{"from": "compliance@regiway.example"},
    name_from="RegiWay Compliance",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="KCSC-240910-05 - action taken",
    body=f"""
Hello,

Result of our review for your reference KCSC-240910-05:

Domain / URL                     Action taken                 Date (UTC)
-------------------------------  ---------------------------  ----------
{RW[0]}     suspended (clientHold)       2024-09-12
{RW[1]}     suspended (clientHold)       2024-09-13

Both names have been removed from the DNS and no longer resolve.

RegiWay Compliance
""",
    outcome="applied",
    classification="confirmation",
    imitates="registrar compliance reply with a fixed-width table",
    why="both domains suspended and out of DNS: removed",
    items={RW[0]: "removed", RW[1]: "removed"},
)

case(
    name="rw-notice-to-registrant-48h",
    **{"from": "abuse@regiway.example"},
    name_from="RegiWay Abuse Team",
    date="Tue, 10 Sep 2024 18:22:00 +0900",
    subject="Re: [KCSC-240910-05] Request to remove illegal content",
    reply_to_req=mid("KCSC-240910-05"),
    body="""
Dear KCSC,

Thank you for your report (ticket RW-ABU-30918). We have notified the
registrant of casino-moa24.example and moa24-casino.example and given them
48 hours to respond. If the issue is not resolved by then, the domains
will be suspended.

RegiWay Abuse Team
""",
    outcome="review",
    review="not_understood",
    imitates="registrar's 'registrant notified, 48 hours to respond' reply",
    why="a conditional promise to suspend; nothing done yet",
    items={RW[0]: "pending", RW[1]: "pending"},
)

case(
    name="rw-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@regiway.example"},
    name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 09:41:30 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="rw-dsn-691"

--rw-dsn-691
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal@regiway.example

The recipient's mailbox is full and can't accept messages now.

--rw-dsn-691
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regiway.example

Final-Recipient: rfc822; legal@regiway.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--rw-dsn-691
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@regiway.example
Subject: [KCSC-240910-05] Request to remove illegal content
Message-ID: <{mid("KCSC-240910-05")}.c@kcsc.example>
Date: Tue, 10 Sep 2024 09:40:00 +0900

Please suspend the following domains, used for illegal gambling:
{RW[0]}
{RW[1]}

--rw-dsn-691--
""",
    outcome="ignored",
    classification="bounce",
    imitates="registrar MTA bounce (mailbox full) with the request attached",
    why="a DSN; the URLs are in our own returned request",
    items={},
)

# ===== Dalmaru (Korean forum), KCSC-240911-06, 4 items =====
case(
    name="dm-admin-korean-colon-list",
    **{"from": "admin@dalmaru.example"},
    name_from="달마루 운영자",
    date="Thu, 12 Sep 2024 22:10:00 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
안녕하세요, 달마루 운영자입니다.

신고해주신 게시물 처리 결과입니다.

- {DM_RAW[0]} : 블라인드 처리했습니다.
- {DM_RAW[1]} : 작성자가 이미 삭제한 글이라 확인되지 않습니다.
- {DM_RAW[2]} : 운영자 삭제 완료, 작성자는 장터 이용을 제한했습니다.

갤러리 글은 아직 보고 있습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum operator's one-line-per-post reply (블라인드, 작성자 삭제, 운영자 삭제)",
    why="블라인드 → removed; already deleted by its author → not_found; 운영자 삭제 → removed; gallery post pending",
    items={DM[0]: "removed", DM[1]: "not_found", DM[2]: "removed", DM[3]: "pending"},
)

case(
    name="dm-gmail-top-posted-keep",
    **{"from": "admin@dalmaru.example"},
    name_from="달마루 운영자",
    date="Fri, 13 Sep 2024 08:40:12 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
갤러리 게시물은 검토해 보니 단순 풍경 사진이라 규정 위반이 없어 그대로 두겠습니다.
{DM_RAW[3]}

2024년 9월 11일 (수) 오후 3:05, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물의 삭제를 요청합니다 (KCSC-240911-06).
> 1. {DM[0]}
> 2. {DM[1]}
> 3. {DM[2]}
> 4. {DM[3]}
> 처리 결과를 회신해 주시기 바랍니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail top-posted Korean reply over the quoted request",
    why="the gallery post is kept as not violating (rejected); the quoted request changes nothing",
    items={DM[3]: "rejected", DM[0]: "pending"},
)

DM_CSV = f"""번호,URL,처리결과,비고
1,{DM_RAW[0]},삭제,
2,{DM_RAW[1]},임시조치(30일),작성자 이의제기 기간
3,{DM_RAW[2]},삭제,
4,{DM_RAW[3]},유지,위반사항 없음
"""
case(
    name="dm-csv-korean-bom",
    **{"from": "admin@dalmaru.example"},
    name_from="달마루 운영자",
    date="Sat, 14 Sep 2024 13:00:00 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 삭제 요청 - 처리결과",
    reply_to_req=mid("KCSC-240911-06"),
    raw_mime=with_csv("dm-b691-002", """
안녕하세요. 처리 결과를 첨부 파일(엑셀에서 열리는 CSV)로 보내드립니다.
달마루 운영자 드림
""", "처리결과_KCSC-240911-06.csv", DM_CSV, bom=True),
    outcome="applied",
    classification="confirmation",
    imitates="Korean forum operator attaching a CSV (UTF-8 with BOM, for Excel) of results",
    why="삭제 → removed; 임시조치 → restricted; 유지/위반사항 없음 → rejected",
    items={DM[0]: "removed", DM[1]: "restricted", DM[2]: "removed", DM[3]: "rejected"},
)

case(
    name="dm-bulk-korean-all-four",
    **{"from": "admin@dalmaru.example"},
    name_from="달마루 운영자",
    date="Thu, 12 Sep 2024 09:15:00 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
안녕하세요. 신고하신 게시물 4건 모두 삭제 처리 완료했습니다.
앞으로도 문제 게시물이 있으면 알려주세요.

달마루 운영자
""",
    outcome="review",
    review="bulk",
    imitates="Korean forum operator's one-sentence '모두 삭제' reply",
    why="'all four deleted' without naming them, for a four-item request: bulk",
    items={u: "pending" for u in DM},
)

case(
    name="dm-unknown-sender-freemail",
    **{"from": "dalmaru.op@freemail.example"},
    name_from="달마루 운영자",
    date="Thu, 12 Sep 2024 10:02:00 +0900",
    subject="Re: [KCSC-240911-06] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
달마루 운영자입니다. 개인 메일로 회신드립니다.
{DM_RAW[0]} 글은 삭제했습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="forum operator replying from a personal free-mail address",
    why="a statement about a requested item from a domain that belongs to no platform",
    items={DM[0]: "pending"},
)

case(
    name="dm-out-of-office-chuseok",
    **{"from": "admin@dalmaru.example"},
    name_from="달마루 운영자",
    date="Wed, 11 Sep 2024 15:05:40 +0900",
    subject="[자동응답] Re: [KCSC-240911-06] 불법정보 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 달마루 운영자입니다.
9월 13일부터 18일까지 추석 연휴로 메일 확인이 늦어질 수 있습니다.
급한 신고는 게시판 우측 상단의 '신고하기' 버튼을 이용해 주세요.
(이 메일은 자동으로 발송되었습니다.)
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply",
    items={},
)

# ===== inkpaste (small paste service), KCSC-240912-07, 1 item =====
case(
    name="ip-sole-one-liner",
    **{"from": "mika@inkpaste.example"},
    name_from="mika",
    date="Thu, 12 Sep 2024 19:48:00 +0900",
    subject="Re: [KCSC-240912-07] Request to remove illegal content",
    reply_to_req=mid("KCSC-240912-07"),
    body="""
deleted the paste. cheers

-- 
mika (inkpaste)
""",
    outcome="applied",
    classification="confirmation",
    imitates="one-person service admin answering in one line",
    why="a one-item request; the only statement, in the thread, says the paste is deleted",
    items={IP[0]: "removed"},
)

case(
    name="ip-ooo-travelling",
    **{"from": "mika@inkpaste.example"},
    name_from="mika",
    date="Thu, 12 Sep 2024 16:20:30 +0900",
    subject="Auto: Re: [KCSC-240912-07] Request to remove illegal content",
    reply_to_req=mid("KCSC-240912-07"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hi, I'm travelling until 23 September with patchy internet.
Abuse reports are still read by my co-admin, but replies may be slow.

mika
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="vacation auto-reply from a one-person service",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# blind691: hosting providers, a CDN, a registrar, forums, an image board,
# a file host and a small paste service; CSV attachments and plain-text tables.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""

def mime_words(s):
    """RFC 2047-encode a non-ASCII header value, as Korean mailers do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


for _c in cases:
    if "name_from" in _c:
        _c["name_from"] = mime_words(_c["name_from"])
    _c["subject"] = mime_words(_c["subject"])

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind691", HEADER, cases)
