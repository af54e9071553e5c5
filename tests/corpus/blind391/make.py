#!/usr/bin/env python3
"""Blind set 391: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind391/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning, before any run of
the reader. All names, URLs, ids and people are fictional.
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

OSOL_KR_RAW = "https://osolgil.net/게시판/장터/3307"
OSOL_KR = "https://osolgil.net/" + quote("게시판/장터/3307")

R1 = "KCSC-240902-01"  # chanpix, 14 items (largest)
R2 = "KCSC-240903-02"  # dropvault, 5
R3 = "KCSC-240904-03"  # osolgil, 4
R4 = "KCSC-240905-04"  # hanbit, 3
R5 = "KCSC-240906-05"  # cloudveil, 3
R6 = "KCSC-240909-06"  # portnames, 2
R7 = "KCSC-240910-07"  # pastehut, 1

CP = {
    "b1": "https://chanpix.org/b/res/88121.html",
    "b2": "https://chanpix.org/b/res/88157.html",
    "b3": "https://chanpix.org/b/res/88190.html",
    "kr1": "https://chanpix.org/kr/res/40412.html",
    "kr2": "https://chanpix.org/kr/res/40433.html",
    "kr3": "https://chanpix.org/kr/res/40470.html",
    "pol1": "https://chanpix.org/pol/res/120518.html",
    "pol2": "https://chanpix.org/pol/res/120544.html",
    "s1": "https://chanpix.org/s/res/7702.html",
    "s2": "https://chanpix.org/s/res/7719.html",
    "ib1": "https://i.chanpix.org/b/1725001123456.jpg",
    "ib2": "https://i.chanpix.org/b/1725001198765.png",
    "ikr": "https://i.chanpix.org/kr/1725002233445.webm",
    "is": "https://i.chanpix.org/s/1725003344556.jpg",
}
DV = {
    "f1": "https://dropvault.io/f/Ab3kQz9",
    "f2": "https://dropvault.io/f/Tr8mWx2",
    "f3": "https://dropvault.io/f/Lp4nHc7",
    "dir": "https://dropvault.io/folder/Gz61Ry",
    "zip": "https://dl.dropvault.io/Qm5vBn3/archive_part1.zip",
}
OS = {
    "free1": "https://osolgil.net/board/free/51230",
    "humor": "https://osolgil.net/board/humor/8821",
    "market": OSOL_KR,
    "free2": "https://osolgil.net/board/free/51298",
}
HB = {
    "event": "http://toto-blue77.kr/event/index.php",
    "join": "http://toto-blue77.kr/join.html",
    "dalbit": "http://dalbit-casino.co.kr/",
}
CV = {
    "p1": "https://kr-replica-bags.shop/products/7731",
    "p2": "https://kr-replica-bags.shop/products/7745",
    "live": "https://stream-nuri.tv/live/ch12",
}
PN = {
    "nuri": "http://nuri-pharm24.com/",
    "gwang": "http://gwang-loan.net/",
}
PH = "https://pastehut.io/p/8fKd2Lq"

REQUESTS = [
    (R1, "chanpix", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", list(CP.values()),
     "obscenity", "image board threads and media files"),
    (R2, "dropvault", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", list(DV.values()),
     "copyright", "file host links"),
    (R3, "osolgil", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00", list(OS.values()),
     "defamation", "community forum posts"),
    (R4, "hanbit", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", list(HB.values()),
     "gambling", "customer sites on a Korean web host"),
    (R5, "cloudveil", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", list(CV.values()),
     "counterfeit", "sites behind a CDN; the stream is on its own video service"),
    (R6, "portnames", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00", list(PN.values()),
     "drugs", "domains at a registrar"),
    (R7, "pastehut", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00", [PH],
     "privacy", "one paste"),
]


def msgid(ref):
    return "req-b391-" + ref[5:]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{msgid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(text, fname, csv_text, boundary, encoding="7bit", bom=False):
    data = csv_text.strip("\n") + "\n"
    if encoding == "base64":
        raw = (b"\xef\xbb\xbf" if bom else b"") + data.replace("\n", "\r\n").encode("utf-8")
        att_body = b64(raw)
    else:
        att_body = data.rstrip("\n")
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip(chr(10))}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{fname}"
Content-Disposition: attachment; filename="{fname}"
Content-Transfer-Encoding: {encoding}

{att_body}
--{boundary}--
"""


def quoted_request(ref, urls, platform_name, when, style="gmail"):
    body = [f"Dear {platform_name},", "",
            "The Korea Communications Standards Commission requests the removal of",
            f"the following content under our reference {ref}:", ""]
    for i, u in enumerate(urls, 1):
        body.append(f"{i}. {u}")
    body += ["", "Please reply to this email with the action taken for each URL.", "",
             "KCSC Takedown Team"]
    if style == "gmail":
        out = [f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"]
        out += [("> " + l) if l else ">" for l in body]
        return "\n".join(out)
    return "\n".join(body)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def enc(text):
    """RFC 2047-encode a header value that is not plain ASCII, as mailers do."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    for k in ("name_from", "subject"):
        if k in kw:
            kw[k] = enc(kw[k])
    CASES.append(kw)


# ---------------- chanpix (image board, KCSC-240902-01, 14 items) ----------

case(
    name="chanpix-janitor-dash-lines",
    **{"from": "mika@chanpix.org"}, name_from="mika (chanpix janitor)",
    date="Tue, 03 Sep 2024 02:14:51 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body=f"""
hi

{CP['b1']} - deleted, poster banned
{CP['b2']} - deleted
{CP['b3']} - nothing there, the thread fell off the board and was pruned before I saw your mail

rest of the list is for the other mods, they'll get to it

mika
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer image-board janitor answering an abuse mail in one line per thread",
    why="three URLs each followed by its own unhedged result; the closing promise names no URL",
    items={CP["b1"]: "removed", CP["b2"]: "removed", CP["b3"]: "not_found"},
)

case(
    name="chanpix-numbered-url-below",
    **{"from": "abuse@chanpix.org"}, name_from="chanpix abuse",
    date="Wed, 04 Sep 2024 09:03:12 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body=f"""
Hello KCSC,

Status of the /kr/ and /pol/ entries from request KCSC-240902-01:

1. Thread deleted and its image hashes banned:
   {CP['kr1']}
2. Thread deleted:
   {CP['kr2']}
3. We could not find this thread; that number was never used on /kr/:
   {CP['kr3']}
4. Reviewed by two staff members. It is political commentary and breaks
   no board rule, so it stays up:
   {CP['pol1']}

--
chanpix staff
abuse@chanpix.org | https://chanpix.org/rules.html
""",
    outcome="applied", classification="confirmation",
    imitates="small-site abuse desk numbered reply, status line first and URL on the line below",
    why="each numbered statement ends in ':' and its URL follows on the next line; rules link is no item",
    items={CP["kr1"]: "removed", CP["kr2"]: "removed", CP["kr3"]: "not_found", CP["pol1"]: "rejected"},
)

case(
    name="chanpix-csv-actions",
    **{"from": "abuse@chanpix.org"}, name_from="chanpix abuse",
    date="Wed, 04 Sep 2024 21:40:00 +0000",
    subject="KCSC-240902-01 - actions taken (csv)",
    reply_to_req=msgid(R1),
    raw_mime=mixed_with_csv(
        """
Hi,

Spreadsheet of what we did today is attached, one row per link from your
request. "no action" means a mod looked at it and it stays.

chanpix staff
""",
        "kcsc-240902-01.csv",
        f"""
url,action,date,staff_note
{CP['pol2']},deleted,2024-09-04,
{CP['s1']},deleted,2024-09-04,poster banned 30d
{CP['s2']},not found,2024-09-04,no such thread
{CP['is']},deleted,2024-09-04,
{CP['b3']},no action,2024-09-04,not against rules (joke thread)
""",
        "cpx-0904-csv",
    ),
    outcome="applied", classification="confirmation",
    imitates="moderator exporting the mod log as a CSV attachment",
    why="CSV rows give one result per URL; 'no action' is explained in the body as reviewed and kept",
    items={CP["pol2"]: "removed", CP["s1"]: "removed", CP["s2"]: "not_found", CP["is"]: "removed",
           CP["b3"]: "rejected"},
)

case(
    name="chanpix-plaintext-table",
    **{"from": "abuse@chanpix.org"}, name_from="chanpix abuse",
    date="Thu, 05 Sep 2024 06:12:44 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body=f"""
Media files from KCSC-240902-01

FILE                                              RESULT
{CP['ib1']:<50}purged
{CP['ib2']:<50}purged
{CP['ikr']:<50}kept

The webm is a clip from a broadcast news report. It does not break our
rules and we are leaving it up.

-- chanpix abuse
""",
    outcome="applied", classification="confirmation",
    imitates="fixed-width plain-text table pasted from a terminal by a site admin",
    why="two-column text table; 'kept' is explained below as not against the rules",
    items={CP["ib1"]: "removed", CP["ib2"]: "removed", CP["ikr"]: "rejected"},
)

case(
    name="chanpix-qp-media-purge",
    **{"from": "tomasz@chanpix.org"}, name_from="Tomasz (chanpix abuse desk)",
    date="Thu, 05 Sep 2024 11:30:05 +0000",
    subject="[chanpix abuse] files purged - KCSC-240902-01",
    reply_to_req=msgid(R1),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

The following media files were purged from our storage servers and their hashes were added to the upload blocklist, so they can’t be posted again:

{CP['ib1']}
{CP['ikr']}
{CP['is']}

Threads are handled separately by the board volunteers – you’ll hear from them.

Regards,
Tomasz – chanpix abuse desk
"""),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply sent quoted-printable with soft-wrapped lines",
    why="a statement introducing a list, every listed file purged; the closing promise names nothing",
    items={CP["ib1"]: "removed", CP["ikr"]: "removed", CP["is"]: "removed"},
)

case(
    name="chanpix-topposted-gmail",
    **{"from": "ren@chanpix.org"}, name_from="ren",
    date="Fri, 06 Sep 2024 14:02:10 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=msgid(R1),
    body=f"""
deleted these two today:
{CP['s1']}
{CP['s2']}

still going through the rest.

{quoted_request(R1, list(CP.values()), "chanpix operators", "Mon, 2 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="a moderator's two-line top-posted reply over the Gmail-quoted request",
    why="the two URLs above the quote are deleted; the 14 quoted URLs are our own text and change nothing",
    items={CP["s1"]: "removed", CP["s2"]: "removed"},
)

case(
    name="chanpix-kr-geoblock-angle",
    **{"from": "legal@chanpix.org"}, name_from="chanpix legal",
    date="Sat, 07 Sep 2024 08:45:33 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body=f"""
Hi,

We don't delete posts on the strength of a foreign regulator's notice
alone, but we do honour local-law requests by blocking by country. As of
today the two threads below can no longer be viewed from Korean IP
addresses (visitors from KR get a 451 page). They stay visible elsewhere.

<{CP['kr1']}>
<{CP['kr2']}>

chanpix legal
""",
    outcome="applied", classification="confirmation",
    imitates="site answering a foreign notice with a country block (HTTP 451) instead of deletion",
    why="blocked from Korean IPs only, visible elsewhere: restricted; URLs in angle brackets",
    items={CP["kr1"]: "restricted", CP["kr2"]: "restricted"},
)

case(
    name="chanpix-echoed-report-outcome",
    **{"from": "noreply@chanpix.org"}, name_from="chanpix reports",
    date="Thu, 05 Sep 2024 08:31:40 +0000",
    subject="Your report CP-R-771204 has been closed",
    body=f"""
Report outcome
==============

Report ID:      CP-R-771204
Submitted:      2024-09-02 10:04 KST
Reported post:  {CP['pol2']}
Reason given:   illegal content (KCSC-240902-01)
Reporter:       takedown@kcsc.example

Outcome:        Removed by moderator
Closed:         2024-09-05 08:31 UTC

This message was sent automatically when your report was closed.
""",
    outcome="applied", classification="confirmation",
    imitates="report-system closing notice that echoes the report fields and adds an outcome line",
    why="automated but a result, not a receipt: the one reported post was removed",
    items={CP["pol2"]: "removed"},
)

case(
    name="chanpix-bulk-all-taken-down",
    **{"from": "abuse@chanpix.org"}, name_from="chanpix abuse",
    date="Sat, 07 Sep 2024 23:10:09 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body="""
Hi KCSC,

Re KCSC-240902-01: every thread and file in your list has been taken down
as of this morning. Ban list updated.

chanpix mod team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-sentence 'all done' reply from a forum mod team",
    why="a statement about all 14 items without naming any: bulk, nothing applied",
    items={u: "pending" for u in CP.values()},
)

case(
    name="chanpix-conditional-and-maybe",
    **{"from": "mika@chanpix.org"}, name_from="mika (chanpix janitor)",
    date="Tue, 03 Sep 2024 19:55:02 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req=msgid(R1),
    body=f"""
we messaged the OP of {CP['b1']} - if it isn't gone by tomorrow we'll
delete it ourselves.

{CP['ib2']} may already have been eaten by the auto-filter, I'll check
when I'm back at my pc.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="janitor's interim note with a condition and a guess",
    why="a conditional promise and a 'may already have been': no statement, both stay pending",
    items={CP["b1"]: "pending", CP["ib2"]: "pending"},
)

case(
    name="chanpix-read-receipt",
    **{"from": "abuse@chanpix.org"}, name_from="chanpix abuse",
    date="Mon, 02 Sep 2024 03:12:00 +0000",
    subject="Read: [KCSC-240902-01] Request for removal of illegal content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-cpx-1"

--mdn-cpx-1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to abuse@chanpix.org at 2024-09-02 10:00 +0900.

This receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the content has been read or understood.

--mdn-cpx-1
Content-Type: message/disposition-notification

Reporting-UA: chanpix.org; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@chanpix.org
Original-Message-ID: <{msgid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-cpx-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (RFC 8098)",
    why="a read receipt says nothing about any item",
    items={},
)

# ---------------- dropvault (file host, KCSC-240903-02, 5 items) ----------

case(
    name="dropvault-prose-angle-brackets",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Wed, 04 Sep 2024 07:20:18 +0000",
    subject="Re: [KCSC-240903-02] Request for removal - Case DV-T-20931",
    reply_to_req=msgid(R2),
    body=f"""
Hello,

Thank you for contacting DropVault Trust & Safety about your request
KCSC-240903-02.

We have disabled the files <{DV['f1']}> and <{DV['f2']}>,
and the account that uploaded them has been terminated for repeated
violations. The file <{DV['f3']}> had already been deleted by its
owner before we reviewed it, so there was nothing left for us to act on.

If you have further questions, reply to this email and keep the case
number in the subject.

Kind regards,
Jonas
DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host trust & safety reply (files disabled, uploader terminated)",
    why="two files disabled, the third deleted by its owner beforehand",
    items={DV["f1"]: "removed", DV["f2"]: "removed", DV["f3"]: "not_found"},
)

DV_HTML_ROWS = [
    (DV["dir"], "Access disabled"),
    (DV["zip"], "Access disabled"),
    (DV["f3"], "File does not exist"),
]
case(
    name="dropvault-html-table",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Thu, 05 Sep 2024 10:02:51 +0000",
    subject="Case DV-T-20931 update (KCSC-240903-02)",
    reply_to_req=msgid(R2),
    raw_mime="""Content-Type: multipart/alternative; boundary="dv-alt-20931"

--dv-alt-20931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Here is the result of our review for case DV-T-20931:

""" + "\n".join(f"{u}  -  {s}" for u, s in DV_HTML_ROWS) + """

DropVault Trust & Safety

--dv-alt-20931
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Here is the result of our review for case <b>DV-T-20931</b>:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr style="background:#eee"><th>Link</th><th>Result</th></tr>
""" + "\n".join(f'<tr><td><a href="{u}">{u}</a></td><td>{s}</td></tr>' for u, s in DV_HTML_ROWS) + """
</table>
<p>DropVault Trust &amp; Safety</p>
</body></html>

--dv-alt-20931--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system update with an HTML results table and a plain-text alternative",
    why="table rows: folder and zip disabled, one file does not exist",
    items={DV["dir"]: "removed", DV["zip"]: "removed", DV["f3"]: "not_found"},
)

case(
    name="dropvault-base64-statement-of-reasons",
    **{"from": "noreply@dropvault.io"}, name_from="DropVault",
    date="Thu, 05 Sep 2024 12:00:00 +0000",
    subject="Statement of reasons DV-SOR-2024-0905-118 (KCSC-240903-02)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""STATEMENT OF REASONS
Reference: DV-SOR-2024-0905-118
Notice from: Korea Communications Standards Commission (KCSC-240903-02)

Content concerned:   {DV['f1']}
Decision:            access to the file disabled for all users
Type of restriction: removal of content
Ground:              DropVault Terms of Service, section 4.2 (illegal content)
Territorial scope:   worldwide
Automated detection: no
Automated decision:  no

Redress: the uploader may contest this decision at
https://dropvault.io/help/appeals within six months.
"""),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons, base64-encoded by the sending system",
    why="worldwide disabling of the one file concerned; the appeals page is no item",
    items={DV["f1"]: "removed"},
)

case(
    name="dropvault-kr-restriction-wrapped-url",
    **{"from": "legal@dropvault.io"}, name_from="DropVault Legal",
    date="Fri, 06 Sep 2024 16:48:27 +0000",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=msgid(R2),
    body="""
Hello,

Thank you for your notice KCSC-240903-02. After legal review we have
restricted access from the Republic of Korea to the archive https://dl.dropvault.io/Qm5vBn3/
archive_part1.zip. It is unlawful under Korean law but not under our
terms, so it remains available in other countries.

Best regards,
Marta Kowal
DropVault Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host's legal team withholding a file in one country, URL broken by the mail client's line wrap",
    why="restricted in Korea only; the URL is wrapped after its last '/', as long lines get broken",
    items={DV["zip"]: "restricted"},
)

case(
    name="dropvault-promise-24h",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Tue, 03 Sep 2024 13:15:00 +0000",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=msgid(R2),
    body=f"""
Hi,

Thanks, we have your list. Our team will remove {DV['f3']} and
{DV['dir']} within 24 hours once the usual checks are done, and
we'll confirm by email.

DropVault Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse desk's interim reply promising removal",
    why="'will remove ... once the checks are done' is a promise: both stay pending",
    items={DV["f3"]: "pending", DV["dir"]: "pending"},
)

case(
    name="dropvault-spf-dkim-fail",
    **{"from": "support@dropvault.io"}, name_from="DropVault Support",
    auth="fail",
    date="Wed, 04 Sep 2024 01:02:03 +0000",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=msgid(R2),
    body=f"""
Dear KCSC,

All five links from your request have been removed permanently:

{DV['f1']}
{DV['f2']}
{DV['f3']}
{DV['dir']}
{DV['zip']}

Regards, DropVault Support
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="a removal confirmation whose DKIM/SPF/DMARC checks failed",
    why="From dropvault.io but DMARC fails: nothing applied until a person checks it",
    items={u: "pending" for u in DV.values()},
)

case(
    name="dropvault-states-chanpix-image",
    **{"from": "trust@dropvault.io"}, name_from="DropVault Trust & Safety",
    date="Fri, 06 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240903-02] Request for removal",
    reply_to_req=msgid(R2),
    body=f"""
Hello,

One more note on your report. The image {CP['ib2']}
that you also listed was hotlinked from a file stored on DropVault. We have
deleted that file, so the image on chanpix is removed as well.

DropVault Trust & Safety
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="file host commenting on a hotlinked copy shown on another site",
    why="DropVault states a status for a chanpix item: not its platform's item",
    items={CP["ib2"]: "pending"},
)

case(
    name="dropvault-ticket-receipt",
    **{"from": "noreply@dropvault.io"}, name_from="DropVault Support",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject="[DV-T-20931] We received your report",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=msgid(R2),
    body="""
Hello,

Your report has been received and a case has been opened: DV-T-20931.

Our team handles reports in the order they arrive. You do not need to
reply to this message; we will contact you if we need anything further.

DropVault Support
https://dropvault.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket-creation receipt",
    why="a pure receipt with a case number, nothing about any item",
    items={},
)

# ---------------- osolgil (Korean forum, KCSC-240904-03, 4 items) ----------

case(
    name="osolgil-admin-two-lines",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 운영자",
    date="Wed, 04 Sep 2024 22:41:10 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240904-03)",
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요, 오솔길 운영자입니다.

{OS['free1']} 글 삭제했습니다.
{OS['humor']} 은 작성자가 이미 스스로 지운 글이라 남아 있는 게시물이 없습니다.

나머지 두 건은 내일 확인해 보겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community's admin answering in two lines (운영자 삭제)",
    why="one post deleted by the admin, one already deleted by its author; the promise names no URL",
    items={OS["free1"]: "removed", OS["humor"]: "not_found"},
)

case(
    name="osolgil-blind-fullwidth-raw-korean",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 관리자",
    date="Thu, 05 Sep 2024 10:05:44 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240904-03)",
    reply_to_req=msgid(R3),
    body=f"""
관리자입니다.

요청하신 장터 게시판 글（{OSOL_KR_RAW}）은 블라인드 처리하였고,
자유게시판 글 {OS['free2']} 도 비공개로 전환했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin reply with a raw Korean path in full-width parentheses (블라인드, 비공개 처리)",
    why="블라인드 and 비공개 전환 both take the post out of view: removed; raw Korean path matches the encoded one",
    items={OS["market"]: "removed", OS["free2"]: "removed"},
)

case(
    name="osolgil-particle-attached-kept",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 운영자",
    date="Fri, 06 Sep 2024 18:20:00 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240904-03)",
    reply_to_req=msgid(R3),
    body=f"""
안녕하세요.

{OS['free2']}는 운영진 검토 결과 커뮤니티 운영정책이나 관련 법령을 위반한 글로 보기 어려워 게시를 유지하기로 했습니다.
이의가 있으시면 이 메일로 회신 주세요.

오솔길 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum refusing a deletion, URL with the topic particle written straight after it",
    why="kept after review because it breaks no policy or law: rejected; '는' is not part of the URL",
    items={OS["free2"]: "rejected"},
)

OS_TM_ROWS = [(1, OS["free1"]), (2, OS["humor"])]
case(
    name="osolgil-temporary-measure-html",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 커뮤니티",
    date="Thu, 05 Sep 2024 15:30:00 +0900",
    subject="[오솔길] 임시조치 결과 안내 (KCSC-240904-03)",
    reply_to_req=msgid(R3),
    type="html",
    body="""
<html><body>
<p>안녕하세요. 오솔길 커뮤니티입니다.</p>
<p>정보통신망법 제44조의2에 따라 요청하신 게시물에 대해 아래와 같이 임시조치하였습니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>게시물 주소</th><th>조치 내용</th><th>기간</th></tr>
""" + "\n".join(
        f"<tr><td>{n}</td><td>{u}</td><td>임시조치(접근 차단)</td><td>2024.09.05 ~ 2024.10.04</td></tr>"
        for n, u in OS_TM_ROWS) + """
</table>
<p>임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 종료 후 삭제됩니다.</p>
<p>오솔길 운영진</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 result notice with an HTML table (정보통신망법 제44조의2)",
    why="임시조치 (30-day access block) on both posts: restricted; the later deletion is conditional",
    items={OS["free1"]: "restricted", OS["humor"]: "restricted"},
)

case(
    name="osolgil-seems-deleted-and-will-act",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 운영자",
    date="Thu, 05 Sep 2024 09:12:00 +0900",
    subject="Re: [방송통신심의위원회] 불법정보 삭제 요청 (KCSC-240904-03)",
    reply_to_req=msgid(R3),
    body=f"""
확인해 보니 {OS['humor']} 글은 이미 삭제된 것으로 보입니다.
{OSOL_KR_RAW} 글은 작성자에게 소명을 요청한 뒤 조치할 예정입니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="forum admin's hedged interim answer (~로 보입니다, ~할 예정입니다)",
    why="'삭제된 것으로 보입니다' is a hedge and '조치할 예정' a promise: both stay pending",
    items={OS["humor"]: "pending", OS["market"]: "pending"},
)

case(
    name="osolgil-contact-change-no-claims",
    **{"from": "admin@osolgil.net"}, name_from="오솔길 운영진",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="신고 접수 메일 주소 변경 안내",
    body="""
안녕하세요. 오솔길 커뮤니티 운영진입니다.

앞으로 심의 관련 공문이나 요청은 admin@osolgil.net 대신
report@osolgil.net 으로 보내 주시면 더 빨리 확인할 수 있습니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="forum admin's notice of a new report address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="osolgil-report-receipt",
    **{"from": "noreply@osolgil.net"}, name_from="오솔길 커뮤니티",
    date="Wed, 04 Sep 2024 11:02:30 +0900",
    subject="[오솔길] 신고가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
신고가 정상적으로 접수되었습니다.

접수번호: OS-2409-0087
신고 대상: {OS['free1']}
접수일시: 2024-09-04 11:02

처리 결과는 영업일 기준 3일 이내에 메일로 안내해 드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean board software's automatic 신고 접수 receipt echoing the reported URL",
    why="a receipt with a number; it echoes the URL but states nothing about it",
    items={},
)

# ---------------- hanbit (web host, KCSC-240905-04, 3 items) ---------------

case(
    name="hanbit-ticket-resolved-subdomain",
    **{"from": "support@help.hanbithost.co.kr"}, name_from="한빛호스팅 고객지원",
    date="Fri, 06 Sep 2024 11:24:10 +0900",
    subject="[한빛호스팅 티켓 #HB-240905-0192] 처리 완료 안내",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요, 한빛호스팅 어뷰즈 대응팀입니다.

KCSC-240905-04 요청 건과 관련하여, 해당 사이트를 운영하는 고객의 호스팅
계정을 이용약관 제12조에 따라 정지하였습니다. 이에 따라 아래 페이지는
현재 어디에서도 열리지 않습니다.

 - {HB['event']}
 - {HB['join']}

티켓 상태: 해결됨 (Resolved)
※ 이 티켓에 회신하시면 담당자에게 전달됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean web host's help-desk ticket closing notice (호스팅 계정 정지), sent from a help-desk subdomain",
    why="hosting account suspended, both pages unavailable everywhere: removed",
    items={HB["event"]: "removed", HB["join"]: "removed"},
)

case(
    name="hanbit-csv-bom-base64",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="한빛호스팅 어뷰즈팀",
    date="Fri, 06 Sep 2024 15:20:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청 - 처리 결과",
    reply_to_req=msgid(R4),
    raw_mime=mixed_with_csv(
        """
안녕하세요. 한빛호스팅 어뷰즈팀입니다.

요청하신 건의 처리 결과를 첨부 파일(CSV)로 보내 드립니다.

감사합니다.
""",
        "KCSC-240905-04_result.csv",
        f"""
URL,처리결과,처리일시,비고
{HB['event']},삭제,2024-09-06 15:10,고객 자진 삭제 확인
{HB['join']},삭제,2024-09-06 15:10,
{HB['dalbit']},해당 없음,2024-09-06 15:12,당사 서버에 존재하지 않는 도메인
""",
        "hb-csv-0906", encoding="base64", bom=True,
    ),
    outcome="applied", classification="confirmation",
    imitates="Excel-exported CSV (UTF-8 with BOM, CRLF) attached by a Korean host's abuse team",
    why="two rows 삭제; the third is not on their servers: not_found",
    items={HB["event"]: "removed", HB["join"]: "removed", HB["dalbit"]: "not_found"},
)

case(
    name="hanbit-site-taken-offline-english",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="Hanbit Hosting Abuse",
    date="Mon, 09 Sep 2024 10:40:00 +0900",
    subject="Re: [KCSC-240905-04] Request for removal",
    reply_to_req=msgid(R4),
    body=f"""
Dear KCSC,

Following our notice, the customer took the site {HB['dalbit']}
offline on 7 September; the domain now shows our default "no site
configured" page. We have also terminated the hosting contract.

Regards,
S. Park
Hanbit Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="host abuse desk reporting a customer site taken offline",
    why="the one site is offline for everyone and the contract ended: removed",
    items={HB["dalbit"]: "removed"},
)

case(
    name="hanbit-customer-notified-48h",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="한빛호스팅 어뷰즈팀",
    date="Thu, 05 Sep 2024 14:02:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req=msgid(R4),
    body=f"""
안녕하세요. 한빛호스팅입니다.

아래 페이지에 대해 고객에게 통보하였습니다.
{HB['event']}
{HB['join']}

48시간 이내에 고객이 자진 삭제하지 않으면 서비스를 정지할 예정입니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="host forwarding the complaint to its customer with a deadline",
    why="customer notified, suspension only if they do not act: a condition, nothing stated",
    items={HB["event"]: "pending", HB["join"]: "pending"},
)

case(
    name="hanbit-bulk-korean",
    **{"from": "abuse@hanbithost.co.kr"}, name_from="한빛호스팅 어뷰즈팀",
    date="Sat, 07 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    reply_to_req=msgid(R4),
    body="""
요청하신 KCSC-240905-04 건은 모두 조치 완료되었습니다.
감사합니다.

한빛호스팅 어뷰즈팀
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line Korean 'all done' reply (모두 조치 완료)",
    why="'모두 조치 완료' for a three-item request without naming any: bulk",
    items={u: "pending" for u in HB.values()},
)

case(
    name="hanbit-out-of-office",
    **{"from": "jhkim@hanbithost.co.kr"}, name_from="김정호",
    date="Thu, 05 Sep 2024 09:40:05 +0900",
    subject="[자동응답] 부재중입니다: [KCSC-240905-04] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req=msgid(R4),
    body="""
안녕하세요. 김정호입니다.

9월 9일(월)까지 휴가로 메일 확인이 어렵습니다.
긴급한 어뷰즈 신고는 abuse@hanbithost.co.kr 로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="an auto-reply, whatever its subject quotes",
    items={},
)

case(
    name="site-owner-gmail-unknown-sender",
    **{"from": "toto.blue77.admin@gmail.com"}, name_from="toto blue admin",
    date="Fri, 06 Sep 2024 02:13:00 +0900",
    subject="Re: [KCSC-240905-04] 불법정보 삭제 요청",
    body=f"""
hello I am owner of toto-blue77.kr

I deleted the page {HB['event']} like you asked.
please tell hanbit hosting to unlock my account, the rest of the site is
normal business.
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="the hosted site's owner writing from a free-mail account",
    why="not the platform's domain: a person must judge it",
    items={HB["event"]: "pending"},
)

# ---------------- cloudveil (CDN, KCSC-240906-05, 3 items) -----------------

case(
    name="cloudveil-not-the-host-forwarded",
    **{"from": "abuse-reply@cloudveil.net"}, name_from="CloudVeil Trust & Safety",
    date="Fri, 06 Sep 2024 05:10:00 +0000",
    subject="CloudVeil abuse report 5f2e9a1c (KCSC-240906-05)",
    reply_to_req=msgid(R5),
    body=f"""
Hello,

CloudVeil received your report about:

{CV['p1']}
{CV['p2']}

CloudVeil provides a pass-through reverse proxy and CDN for this website.
We do not host its content, and we are unable to remove material from the
Internet that is stored elsewhere. We have forwarded your report to the
website operator and to the hosting provider (Blueframe Servers,
abuse@blueframe.example), who are best placed to act on it.

CloudVeil Trust & Safety
https://cloudveil.net/abuse
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="CDN 'we are not the host, your report was forwarded' reply",
    why="names both URLs but states no status: the CDN neither removed nor judged them",
    items={CV["p1"]: "pending", CV["p2"]: "pending"},
)

case(
    name="cloudveil-kr-edge-block",
    **{"from": "legal@cloudveil.net"}, name_from="CloudVeil Legal",
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req=msgid(R5),
    body=f"""
Dear KCSC,

Following your notice KCSC-240906-05 we have applied a jurisdiction-
specific block at our edge: requests from the Republic of Korea to the
URLs below now receive an HTTP 451 response. The pages remain reachable
outside Korea.

  {CV['p1']}
  {CV['p2']}

CloudVeil Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN applying a country-specific block for a local legal order",
    why="blocked for Korea only: restricted",
    items={CV["p1"]: "restricted", CV["p2"]: "restricted"},
)

case(
    name="cloudveil-outlook-quote-stream",
    **{"from": "priya.n@cloudveil.net"}, name_from="Priya N.",
    date="Mon, 09 Sep 2024 08:15:00 +0000",
    subject="RE: [KCSC-240906-05] Request for removal of illegal content",
    reply_to_req=msgid(R5),
    body=f"""
Hi,

Of the three URLs only the stream is hosted by us, on CloudVeil Stream, and
we have terminated it: {CV['live']} is disabled and its recordings
are deleted. The two shop pages are only proxied by us; see our earlier
reply about those.

Best,
Priya N.
CloudVeil Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 2:00 PM
To: abuse@cloudveil.net
Subject: [KCSC-240906-05] Request for removal of illegal content

{quoted_request(R5, list(CV.values()), "CloudVeil", "", style="outlook")}
""",
    outcome="applied", classification="confirmation",
    imitates="CDN staff reply in Outlook style over the original request",
    why="the stream is disabled; the shop pages get no status; the quoted request below changes nothing",
    items={CV["live"]: "removed"},
)

case(
    name="cloudveil-email-not-processed-autoreply",
    **{"from": "abuse@cloudveil.net"}, name_from="CloudVeil",
    date="Fri, 06 Sep 2024 05:00:12 +0000",
    subject="Auto: [KCSC-240906-05] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=msgid(R5),
    body="""
Thank you for your email.

This mailbox is not monitored. CloudVeil does not process abuse reports
sent by email; please submit your report with our web form at
https://cloudveil.net/abuse/report so that it reaches the right team.

This is an automated response.
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN's automatic 'we do not accept abuse reports by email, use the form' reply",
    why="an automatic reply about the mailbox, nothing about any item",
    items={},
)

# ---------------- portnames (registrar, KCSC-240909-06, 2 items) -----------

case(
    name="portnames-clienthold-and-no-action",
    **{"from": "abuse@portnames.com"}, name_from="PortNames Abuse",
    date="Wed, 11 Sep 2024 02:05:00 +0000",
    subject="Re: [KCSC-240909-06] Complaint - Ticket PN-884120",
    reply_to_req=msgid(R6),
    body=f"""
Dear Sir or Madam,

Regarding your complaint KCSC-240909-06:

nuri-pharm24.com - We confirmed that the domain was used to sell
prescription medicines without a licence, in breach of our Domain
Registration Agreement. The domain has been placed on clientHold and no
longer resolves ({PN['nuri']}).

gwang-loan.net - We reviewed {PN['gwang']} and found no DNS abuse
(phishing, malware, botnets, pharming or spam) and no breach of our
registration agreement. As a registrar we do not judge website content,
so we will take no action on this domain. You may wish to contact the
hosting provider.

PortNames Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-team reply (clientHold for one domain, no DNS abuse found for the other)",
    why="clientHold: the site no longer resolves anywhere (removed); the other refused with its reason (rejected)",
    items={PN["nuri"]: "removed", PN["gwang"]: "rejected"},
)

case(
    name="portnames-gmail-bare-domain",
    **{"from": "d.okafor@portnames.com"}, name_from="Daniel Okafor",
    date="Fri, 13 Sep 2024 07:44:00 +0000",
    subject="Re: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req=msgid(R6),
    body=f"""
Hello again,

Update: gwang-loan.net was suspended this morning after the registrant
failed to answer our verification request. It is now on clientHold and
does not resolve.

Daniel
PortNames Compliance

{quoted_request(R6, list(PN.values()), "PortNames", "Mon, Sep 9, 2024 at 10:15 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance officer's Gmail-style update naming the bare domain",
    why="the bare domain is the requested site; suspended and not resolving: removed",
    items={PN["gwang"]: "removed"},
)

case(
    name="portnames-needs-evidence",
    **{"from": "abuse@portnames.com"}, name_from="PortNames Abuse",
    date="Tue, 10 Sep 2024 01:30:00 +0000",
    subject="Re: [KCSC-240909-06] Complaint - Ticket PN-884120 - information required",
    reply_to_req=msgid(R6),
    body=f"""
Hello,

To proceed with your complaint about {PN['nuri']} we need:

1. the exact page(s) on the site where the content appears;
2. screenshots showing the content with the date visible;
3. the Korean law or regulation the content breaches.

Please reply to this email with the above. If we do not hear from you
within 5 days the ticket will be closed.

PortNames Abuse Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="registrar asking the complainant for evidence before acting",
    why="a request for more information; the domain stays pending",
    items={PN["nuri"]: "pending"},
)

case(
    name="portnames-dsn-recipient-rejected",
    **{"from": "MAILER-DAEMON@mail.portnames.com"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 01:15:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pn-0909"

--dsn-pn-0909
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.portnames.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@portnames.com>: host mail.portnames.com said: 550 5.1.1
    <legal@portnames.com>: Recipient address rejected: User unknown

--dsn-pn-0909
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.portnames.com
Arrival-Date: Mon,  9 Sep 2024 01:15:08 +0000 (UTC)

Final-Recipient: rfc822; legal@portnames.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@portnames.com>: Recipient address rejected: User unknown

--dsn-pn-0909
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@portnames.com
Subject: [KCSC-240909-06] Request for removal of illegal content
Message-ID: <{msgid(R6)}@kcsc.example>
Date: Mon, 9 Sep 2024 10:15:00 +0900

--dsn-pn-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="a bounce of our own request",
    items={},
)

# ---------------- pastehut (paste site, KCSC-240910-07, 1 item) ------------

case(
    name="pastehut-one-line-single-item",
    **{"from": "dan@pastehut.io"}, name_from="Dan (pastehut)",
    date="Tue, 10 Sep 2024 22:03:00 +0900",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req=msgid(R7),
    body="""
Removed the paste you reported.

Cheers,
Dan (pastehut)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste site operator's one-line reply",
    why="a statement without URL answering a one-item request in its thread: that item is removed",
    items={PH: "removed"},
)

case(
    name="pastehut-expired-arrow",
    **{"from": "support@pastehut.io"}, name_from="pastehut support",
    date="Wed, 11 Sep 2024 04:10:00 +0900",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    reply_to_req=msgid(R7),
    body=f"""
{PH} → no such paste. It expired on its own (pastes are kept 7 days by default), nothing for us to delete.

-- pastehut support
""",
    outcome="applied", classification="confirmation",
    imitates="terse support reply with an arrow between URL and result",
    why="the paste no longer exists and was not removed by the site: not_found",
    items={PH: "not_found"},
)

case(
    name="pastehut-out-of-office",
    **{"from": "dan@pastehut.io"}, name_from="Dan (pastehut)",
    date="Tue, 10 Sep 2024 16:20:40 +0900",
    subject="Automatic reply: [KCSC-240910-07] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=msgid(R7),
    body="""
I'm travelling until 12 September with limited access to email. Abuse
reports are still read by support@pastehut.io, please resend there if it
can't wait.

Dan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style 'Automatic reply' out-of-office message",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="pastehut-lookalike-domain",
    **{"from": "support@pastehut-io.com"}, name_from="pastehut support",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="Re: [KCSC-240910-07] Request for removal of illegal content",
    body=f"""
Hello,

The paste {PH} has been deleted and the account banned.

pastehut support team
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="a confirmation from a look-alike domain that is not the platform's",
    why="pastehut-io.com is no configured sender domain: unknown sender, nothing applied",
    items={PH: "pending"},
)


HEADER = """# blind391: hosting providers, a CDN, a registrar, a Korean forum, an image
# board, a file host and a paste site answering informally, with CSV
# attachments and plain-text tables. Written by tests/corpus/blind391/make.py
# from the meaning of each email, before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind391", HEADER, CASES)
    print(f"{len(CASES)} cases")
