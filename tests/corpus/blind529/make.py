#!/usr/bin/env python3
"""Blind set 529: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments
and plain-text tables.

    python3 tests/corpus/blind529/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of its email alone,
before any run of the reader. All names, hosts, ids and URLs are fictional.
"""
import base64
import email.header
import csv
import datetime as dt
import os
import quopri
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))

# ---------------------------------------------------------------- requests

P = {
    1: "https://pixelpile.net/b/res/48213.html",
    2: "https://pixelpile.net/b/res/48377.html",
    3: "https://pixelpile.net/kr/res/9021.html",
    4: "https://pixelpile.net/kr/res/9034.html",
    5: "https://pixelpile.net/kr/res/9107.html",
    6: "https://i.pixelpile.net/src/1725331200415.jpg",
    7: "https://i.pixelpile.net/src/1725331877102.png",
    8: "https://i.pixelpile.net/src/1725340012930.webm",
    9: "https://pixelpile.net/gif/res/3310.html",
    10: "https://pixelpile.net/gif/res/3318.html",
    11: "https://pixelpile.net/r9k/res/77120.html",
    12: "https://pixelpile.net/r9k/res/77164.html",
}
D = {
    1: "https://dropcrate.io/f/Qm7xT2aa",
    2: "https://dropcrate.io/f/Lp09ZzKe",
    3: "https://dropcrate.io/f/8HnW3cYb",
    4: "https://dropcrate.io/folder/rk55Vv1N",
    5: "https://dropcrate.io/f/Tt4Rgh0q",
    6: "https://dropcrate.io/f/Yb2Kop9s",
}
N = {
    1: "https://bamtoki-tv.example.net/vod/2291",
    2: "https://bamtoki-tv.example.net/vod/2304",
    3: "http://sooltoto365.example.org/",
}
G = {
    1: "http://k-betzone88.example.com/",
    2: "https://free-webtoon-ko.example/",
}
# Forum URLs: F_RAW as a person writes them, F (stored) percent-encoded.
F_RAW = {
    1: "https://www.damoaboard.co.kr/free/58812",
    2: "https://www.damoaboard.co.kr/free/58907",
    3: "https://www.damoaboard.co.kr/humor/10233",
    4: "https://www.damoaboard.co.kr/게시판/자유/7781",
    5: "https://www.damoaboard.co.kr/갤러리/사진/2290",
}


def pct(url):
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/" + urllib.parse.quote(path, safe="/")


F = {k: pct(v) for k, v in F_RAW.items()}
X = {1: "https://pastebox.org/p/x7Kq2Rm"}

REQUESTS = [
    # ref, platform, sent (KST), due (KST), message-id local part, category, items [(url, note)]
    ("KCSC-240903-01", "pixelpile", (9, 3, 10, 0), (9, 10, 18, 0), "req-240903-01", "obscenity",
     [(P[i], n) for i, n in [
         (1, "thread, OP image and replies"), (2, "thread"), (3, "thread"), (4, "thread"),
         (5, 'thread titled "leak, part 2"'), (6, "image file"), (7, "image file"),
         (8, "video file"), (9, "thread"), (10, "thread"), (11, "thread"), (12, "thread")]]),
    ("KCSC-240905-02", "dropcrate", (9, 5, 11, 0), (9, 12, 18, 0), "req-240905-02", "copyright",
     [(D[1], "archive"), (D[2], "video"), (D[3], "video"), (D[4], "shared folder, 41 files")]),
    ("KCSC-240909-03", "nimbusedge", (9, 9, 9, 30), (9, 16, 18, 0), "req-240909-03", "copyright",
     [(N[1], "customer site, VOD page"), (N[2], "customer site, VOD page"),
      (N[3], "gambling site, whole site")]),
    ("KCSC-240911-04", "domaindock", (9, 11, 14, 0), (9, 18, 18, 0), "req-240911-04", "gambling",
     [(G[1], "domain registered with DomainDock"), (G[2], "domain registered with DomainDock")]),
    ("KCSC-240912-05", "damoaboard", (9, 12, 10, 0), (9, 19, 18, 0), "req-240912-05", "privacy",
     [(F[1], "post"), (F[2], "post"), (F[3], "post"), (F[4], "post, Korean path"),
      (F[5], "photo post, Korean path")]),
    ("KCSC-240916-06", "pastebox", (9, 16, 16, 0), (9, 23, 18, 0), "req-240916-06", "privacy",
     [(X[1], "paste with personal data")]),
    ("KCSC-240918-07", "dropcrate", (9, 18, 9, 0), (9, 25, 18, 0), "req-240918-07", "copyright",
     [(D[5], "video"), (D[6], "video")]),
]
REQ = {r[0]: r for r in REQUESTS}


def iso(t):
    m, d, h, mi = t
    return dt.datetime(2024, m, d, h, mi, tzinfo=KST).isoformat()


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, mid, cat, items in REQUESTS:
            for url, note in items:
                w.writerow([ref, plat, iso(sent), iso(due), url, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers


def date(m, d, h, mi, s=0, off=9):
    """A KST wall time, rendered in the sender's offset (hours)."""
    t = dt.datetime(2024, m, d, h, mi, s, tzinfo=KST)
    tz = dt.timezone(dt.timedelta(hours=off))
    return t.astimezone(tz).strftime("%a, %d %b %Y %H:%M:%S %z")


def request_text(ref):
    r = REQ[ref]
    urls = [u for u, _ in r[6]]
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"the following content (our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each item.", "",
              "KCSC Takedown desk"]
    return lines


def gmail_quote(ref, who="KCSC Takedown <takedown@kcsc.example>"):
    m, d, h, mi = REQ[ref][2]
    when = dt.datetime(2024, m, d, h, mi, tzinfo=KST).strftime("%a, %b %-d, %Y at %-I:%M %p")
    out = [f"On {when} {who} wrote:"]
    out += [("> " + l).rstrip() for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref, to):
    m, d, h, mi = REQ[ref][2]
    when = dt.datetime(2024, m, d, h, mi, tzinfo=KST).strftime("%A, %B %-d, %Y %-I:%M %p")
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {when}",
           f"To: {to}",
           f"Subject: [{ref}] Request for removal of content", ""]
    out += request_text(ref)
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def enc(text):
    """RFC 2047 encoded-word for a non-ASCII header value, as mail clients send it."""
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def subj(ref, prefix="Re: "):
    return f"{prefix}[{ref}] Request for removal of content"


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ===== PixelPile (image board, KCSC-240903-01, 12 items) =====

case(
    name="pp-mod-top-post-two-threads",
    **{"from": "mod.kestrel@pixelpile.net"}, name_from='"kestrel (PixelPile mod team)"',
    date=date(9, 3, 22, 41, off=-4), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
both /b/ threads are gone, posters banned 30d:

{P[1]}
{P[2]}

rest of your list is with the other mods, they'll answer separately.

- kestrel

{gmail_quote("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board volunteer moderator answering in two lines over the quoted request",
    why="two named threads stated gone; the other ten are only in the quoted request",
    items={P[1]: "removed", P[2]: "removed", P[3]: "pending", P[12]: "pending"},
)

case(
    name="pp-kr-board-numbered-list",
    **{"from": "abuse@pixelpile.net"}, name_from="PixelPile Abuse",
    date=date(9, 4, 9, 5, off=0), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
Hello,

Status of the /kr/ threads from your request KCSC-240903-01:

1. {P[3]} - deleted, thread locked and archived copy purged
2. {P[4]} - deleted
3. {P[5]} - there is no thread with that number on /kr/ (never existed or
   wrong number?), so nothing to delete

We will reply about the remaining links once the other boards are done.

PixelPile abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a numbered list and a dash-separated status per link",
    why="two threads deleted, one thread that does not exist; the 'remaining links' line is a promise about unnamed items",
    items={P[3]: "removed", P[4]: "removed", P[5]: "not_found"},
)

case(
    name="pp-files-status-below",
    **{"from": "janitor-ops@pixelpile.net"}, name_from="PixelPile Janitors",
    date=date(9, 4, 15, 12, off=0), subject="Re: KCSC-240903-01 image/video files",
    body=f"""
Media files from your list:

{P[6]}
deleted, md5 added to the upload filter

{P[7]}
deleted

{P[8]}
not on our storage, no file with that name was ever uploaded

--
janitor ops
""",
    outcome="applied", classification="confirmation",
    imitates="file-by-file janitor note with the bare URL and its status on the line below",
    why="each URL followed on the next line by its own status",
    items={P[6]: "removed", P[7]: "removed", P[8]: "not_found"},
)

CSV_PP = (
    "url,action,actioned_at_utc,note\n"
    f"{P[9]},deleted,2024-09-05 02:14,\n"
    f"{P[10]},deleted,2024-09-05 02:15,poster banned\n"
    f"{P[11]},kept,,\"reviewed, no rule violation found\"\n"
    f"{P[12]},deleted,2024-09-05 02:21,\n"
)
case(
    name="pp-csv-attachment",
    **{"from": "abuse@pixelpile.net"}, name_from="PixelPile Abuse",
    date=date(9, 5, 11, 30, off=0), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="pp-b529-csv"

--pp-b529-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi,

Results for the /gif/ and /r9k/ threads are in the attached sheet.

PixelPile abuse

--pp-b529-csv
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-results.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-results.csv"
Content-Transfer-Encoding: 7bit

{CSV_PP}
--pp-b529-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk exporting its ticket rows as a CSV attachment",
    why="CSV rows: three deleted, one kept after review with no rule broken",
    items={P[9]: "removed", P[10]: "removed", P[11]: "rejected", P[12]: "removed"},
)

case(
    name="pp-kept-with-reason",
    **{"from": "legal@pixelpile.net"}, name_from="PixelPile Legal",
    date=date(9, 6, 2, 3, off=-7), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
Hello KCSC,

We looked at two of the links again after the mods flagged them.

{P[2]} was removed by staff on 4 September.

{P[10]} will stay up. It is a thread discussing a news photo; it breaks
none of our rules and is lawful where we operate, so we are declining
this part of the request.

Regards,
PixelPile legal
""",
    outcome="applied", classification="confirmation",
    imitates="small-site legal contact declining one item with its reason",
    why="one thread removed; the other stays up with a reason (no rule broken)",
    items={P[2]: "removed", P[10]: "rejected"},
)

case(
    name="pp-geoblock-korea",
    **{"from": "abuse@pixelpile.net"}, name_from="PixelPile Abuse",
    date=date(9, 6, 18, 44, off=0), subject="KCSC-240903-01: /kr/ threads",
    body=f"""
Hello,

The following two threads are now blocked for visitors connecting from
South Korea. They remain visible elsewhere.

  - {P[3]}
  - {P[4]}

PixelPile abuse
""",
    outcome="applied", classification="confirmation",
    imitates="geo-block notice of a small foreign site (withheld in one country)",
    why="two threads blocked for visitors from Korea only",
    items={P[3]: "restricted", P[4]: "restricted"},
)

case(
    name="pp-plaintext-table",
    **{"from": "abuse@pixelpile.net"}, name_from="PixelPile Abuse",
    date=date(9, 7, 10, 20, off=0), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
Summary for KCSC-240903-01 (first six links):

URL                                              RESULT
-----------------------------------------------  ---------------------
{P[1]:<47}  deleted
{P[2]:<47}  deleted
{P[3]:<47}  geo-blocked (KR)
{P[4]:<47}  deleted
{P[5]:<47}  not found
{P[6]:<47}  deleted

--
PixelPile abuse
""",
    outcome="applied", classification="confirmation",
    imitates="fixed-width plain-text results table pasted from a ticket tool",
    why="one row per URL with its result",
    items={P[1]: "removed", P[2]: "removed", P[3]: "restricted", P[4]: "removed",
           P[5]: "not_found", P[6]: "removed"},
)

case(
    name="pp-ack-then-results",
    **{"from": "support@pixelpile.net"}, name_from="PixelPile Support",
    date=date(9, 4, 20, 2, off=0), subject="[Ticket #48113] KCSC-240903-01",
    body=f"""
Thanks, we received your report and opened ticket #48113.

Two of the threads had already been handled before your mail arrived:
{P[9]} and {P[10]} were deleted by the /gif/ moderator on 3 September.

The others are in the queue.

PixelPile support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk receipt that also reports two items already actioned",
    why="acknowledgement phrase plus an unhedged statement about two named threads",
    items={P[9]: "removed", P[10]: "removed"},
)

case(
    name="pp-qp-soft-break-in-url",
    **{"from": "janitor-ops@pixelpile.net"}, name_from="PixelPile Janitors",
    date=date(9, 5, 3, 55, off=0), subject="Re: KCSC-240903-01 media",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi, the two media files below have been deleted from our storage and from=
 the CDN cache:

https://i.pixelpile.net/src/1725331877102.png
https://i.pixelpile.net/src/17253400=
12930.webm

janitor ops
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable body whose soft line break falls inside a URL",
    why="two media files deleted; the second URL is whole once the body is decoded",
    items={P[7]: "removed", P[8]: "removed"},
)

case(
    name="pp-mods-will-check",
    **{"from": "mod.kestrel@pixelpile.net"}, name_from='"kestrel (PixelPile mod team)"',
    date=date(9, 3, 19, 10, off=-4), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
hey, passed these to the board mods:

{P[1]}
{P[3]}

they'll take them down if they break the rules, I'll let you know.

- kestrel
""",
    outcome="review", review="not_understood",
    imitates="moderator passing a report on with a conditional promise",
    why="a conditional promise about two named threads, no outcome",
    items={P[1]: "pending", P[3]: "pending"},
)

case(
    name="pp-all-removed-over-quote",
    **{"from": "abuse@pixelpile.net"}, name_from="PixelPile Abuse",
    date=date(9, 8, 12, 0, off=0), subject=subj("KCSC-240903-01"), reply_to_req="req-240903-01",
    body=f"""
Hi,

All threads and files in your report have been removed and the posters
banned.

PixelPile abuse

{gmail_quote("KCSC-240903-01")}
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' answer above the quoted request",
    why="one statement for a twelve-item request, naming none of them outside the quote",
    items={P[1]: "pending", P[6]: "pending", P[12]: "pending"},
)

case(
    name="pp-new-abuse-contact",
    **{"from": "admin@pixelpile.net"}, name_from="PixelPile Admin",
    date=date(9, 9, 1, 0, off=0), subject="PixelPile: new contact address for legal notices",
    body="""
Hello,

You are receiving this because you have written to us before. From
1 October 2024 legal notices and abuse reports should be sent to
abuse@pixelpile.net only. The old legal@ and support@ addresses will no
longer be read after that date.

Our policies: https://pixelpile.net/rules.html
Thank you,
PixelPile admin
""",
    outcome="review", review="no_claims",
    imitates="small site announcing a change of abuse contact",
    why="trusted platform mail naming no item and no request; the rules link is not an item",
    items={},
)

case(
    name="pp-helpdesk-receipt-echo",
    **{"from": "helpdesk@pixelpile.net"}, name_from="PixelPile Helpdesk",
    date=date(9, 3, 10, 2, off=0), subject="[Ticket #48113] We received your request",
    extra_headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
    body=f"""
This is an automatic receipt. Your request has been logged as ticket
#48113. A member of staff will look at it; please do not reply to this
message.

Copy of your request:
------------------------------------------------------------
{chr(10).join(request_text("KCSC-240903-01"))}
------------------------------------------------------------

PixelPile Helpdesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the submitted report",
    why="automatic ticket receipt; the URLs are only an echo of our own request",
    items={P[1]: "pending", P[12]: "pending"},
)

# ===== DropCrate (file host, KCSC-240905-02 4 items, KCSC-240918-07 2 items) =====

case(
    name="dc-abuse-desk-prose",
    **{"from": "abuse@dropcrate.io"}, name_from="DropCrate Trust & Safety",
    date=date(9, 6, 1, 30, off=1), subject=subj("KCSC-240905-02"), reply_to_req="req-240905-02",
    body=f"""
Dear KCSC,

Thank you for your notice. We have disabled public access to the files at
{D[1]} and {D[2]}, and the account that uploaded them
has been terminated for repeated infringement.

The link {D[3]} does not correspond to any file in our
system; it looks like the identifier was mistyped or truncated.

We are still checking the shared folder and will come back to you.

Kind regards,
Milan Havel
DropCrate Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse-desk reply (files disabled, account terminated, one invalid link)",
    why="two files disabled, one link that matches no file; the folder is only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "pending"},
)

HTML_DC = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the outcome of your request KCSC-240905-02.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action</th><th>Date (UTC)</th></tr>
<tr><td><a href="{D[1]}">{D[1]}</a></td><td>File removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{D[2]}">{D[2]}</a></td><td>File removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{D[3]}">{D[3]}</a></td><td>File removed</td><td>2024-09-07</td></tr>
<tr><td><a href="{D[4]}">{D[4]}</a></td><td>Folder and all 41 files removed</td><td>2024-09-07</td></tr>
</table>
<p>Regards,<br>DropCrate Trust &amp; Safety<br>
<a href="https://dropcrate.io/legal/copyright">Copyright policy</a></p>
</body></html>
"""
case(
    name="dc-html-table-qp",
    **{"from": "abuse@dropcrate.io"}, name_from="DropCrate Trust & Safety",
    date=date(9, 7, 18, 5, off=1), subject=subj("KCSC-240905-02"), reply_to_req="req-240905-02",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_DC)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML results table from a file host's case tool, quoted-printable",
    why="one table row per link, each with its action; the policy link is not an item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "removed"},
)

DC_B64 = f"""Hello,

Regarding KCSC-240918-07:

{D[5]} - deleted by our team today.
{D[6]} - this file was deleted by its uploader before we reviewed it,
so there was nothing left for us to act on.

Best,
Ana
DropCrate Trust & Safety
"""
case(
    name="dc-base64-two-files",
    **{"from": "ana.ruiz@dropcrate.io"}, name_from="Ana Ruiz (DropCrate)",
    date=date(9, 19, 2, 15, off=1), subject=subj("KCSC-240918-07"), reply_to_req="req-240918-07",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply sent by a mail client that base64-encodes plain text",
    why="one file deleted by staff, the other already deleted by its uploader",
    items={D[5]: "removed", D[6]: "not_found"},
)

case(
    name="dc-angle-brackets-geo",
    **{"from": "abuse@dropcrate.io"}, name_from="DropCrate Trust & Safety",
    date=date(9, 19, 8, 40, off=1), subject="KCSC-240918-07 - partial outcome",
    body=f"""
Hello,

Downloads of <{D[5]}> are now blocked for
IP addresses in the Republic of Korea, as required by the local order you
cited. The file remains available in other countries.

DropCrate Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host restricting a file in one country, URL in angle brackets",
    why="one named file blocked for Korea only",
    items={D[5]: "restricted"},
)

case(
    name="dc-gmail-top-post-partial",
    **{"from": "milan.havel@dropcrate.io"}, name_from="Milan Havel",
    date=date(9, 6, 22, 10, off=2), subject=subj("KCSC-240905-02"), reply_to_req="req-240905-02",
    body=f"""
Hi,

Quick update: {D[2]} and the folder {D[4]} have
been removed. The other two links we are still looking at.

Milan

{gmail_quote("KCSC-240905-02")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted staff reply over the quoted request",
    why="two named links removed; the other two are 'still looking' and only quoted",
    items={D[1]: "pending", D[2]: "removed", D[3]: "pending", D[4]: "removed"},
)

case(
    name="dc-hedged-guesses",
    **{"from": "support@dropcrate.io"}, name_from="DropCrate Support",
    date=date(9, 6, 9, 0, off=1), subject=subj("KCSC-240905-02"), reply_to_req="req-240905-02",
    body=f"""
Hello,

I had a first look. {D[1]} appears to have been
removed by the uploader already, and {D[2]} may have
been caught by our automatic hash matching, but I cannot confirm either
yet. The abuse team will send the official outcome.

Thanks,
Jonas, DropCrate support
""",
    outcome="review", review="not_understood",
    imitates="first-line support giving hedged guesses before the abuse team answers",
    why="'appears to' and 'may have been' are not statements",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="dc-under-legal-review",
    **{"from": "abuse@dropcrate.io"}, name_from="DropCrate Trust & Safety",
    date=date(9, 18, 22, 0, off=1), subject=subj("KCSC-240918-07"), reply_to_req="req-240918-07",
    body=f"""
Dear KCSC,

The two files in your notice,

{D[5]}
{D[6]}

are currently under review by our legal team. We expect to reach a
decision within five business days and will inform you of it.

DropCrate Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="file host saying the items are under legal review",
    why="'under review' with a promise, no outcome for either file",
    items={D[5]: "pending", D[6]: "pending"},
)

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
       b"4 0 obj<</Filter/FlateDecode/Length 180>>stream\n"
       + zlib.compress(b"BT /F1 10 Tf 40 800 Td (Outcome report KCSC-240905-02) Tj ET "
                       b"BT 40 780 Td (1 removed 2 removed 3 not found 4 removed) Tj ET", 9)
       + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
case(
    name="dc-pdf-outcome-report",
    **{"from": "abuse@dropcrate.io"}, name_from="DropCrate Trust & Safety",
    date=date(9, 8, 17, 45, off=1), subject=subj("KCSC-240905-02"), reply_to_req="req-240905-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dc-b529-pdf"

--dc-b529-pdf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

The outcome for each link of your notice is in the attached report.

DropCrate Trust & Safety

--dc-b529-pdf
Content-Type: application/pdf; name="DC-notice-outcome.pdf"
Content-Disposition: attachment; filename="DC-notice-outcome.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--dc-b529-pdf--
""",
    outcome="review", review="unreadable_attachment",
    imitates="outcome sent only as a PDF report attachment",
    why="the results are in a PDF the body only points to",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "milan.havel@dropcrate.io"}, name_from="Milan Havel",
    date=date(9, 5, 17, 2, off=2), subject="Read: [KCSC-240905-02] Request for removal of content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="dc-b529-mdn"

--dc-b529-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@dropcrate.io
  Subject: [KCSC-240905-02] Request for removal of content
  Sent: Thursday, September 5, 2024 4:00 AM (UTC+02:00)

was read on Thursday, September 5, 2024 10:02 AM (UTC+02:00).

--dc-b529-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.dropcrate.io; Microsoft Outlook 16.0
Final-Recipient: rfc822;abuse@dropcrate.io
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--dc-b529-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for the request",
    why="a read receipt says nothing about the items",
    items={},
)

# ===== NimbusEdge (hosting / CDN, KCSC-240909-03, 3 items) =====

case(
    name="ne-customer-removed-verified",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse Team",
    date=date(9, 10, 16, 20, off=0), subject="[NE-ABUSE-77812] " + subj("KCSC-240909-03", ""),
    reply_to_req="req-240909-03",
    body=f"""
Hello,

We forwarded your complaint to our customer, who has removed the two
pages below. We checked both ourselves and they now return HTTP 404:

* {N[1]}
* {N[2]}

Your report about the third site is handled in a separate ticket.

Regards,
NimbusEdge Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider reporting that its customer removed the content, verified by the host",
    why="two named pages removed and checked; the third site is not spoken about",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="ne-cdn-not-host",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse Team",
    date=date(9, 10, 18, 2, off=0), subject="[NE-ABUSE-77815] " + subj("KCSC-240909-03", ""),
    reply_to_req="req-240909-03",
    body=f"""
Hello,

{N[3]} uses only our proxy and caching service. The
site's content is not stored on our servers, so we are not able to remove
it and will take no action on it. We have passed your complaint to the
site operator and to its origin hosting provider (origin address
203.0.113.45), who are the parties able to act.

How our abuse process works: https://www.nimbusedge.com/abuse

NimbusEdge Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="CDN/reverse-proxy reply: we do not host this, forwarded to the host",
    why="the platform declines, with its reason, to act on the one site: the site stays up (rejected); arguable, see NOTES.md",
    items={N[3]: "rejected"},
)

case(
    name="ne-outlook-top-post",
    **{"from": "r.okafor@nimbusedge.com"}, name_from="Ruth Okafor",
    date=date(9, 11, 9, 12, off=0), subject="RE: [KCSC-240909-03] Request for removal of content",
    reply_to_req="req-240909-03",
    body=f"""
Hi,

Our customer has taken down the video at {N[2]} .
I'll chase them about the other page.

Ruth Okafor | Abuse Desk | NimbusEdge

{outlook_quote("KCSC-240909-03", "abuse@nimbusedge.com")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the unprefixed '-----Original Message-----' request",
    why="one named page taken down; the other URLs only in the quoted original",
    items={N[1]: "pending", N[2]: "removed", N[3]: "pending"},
)

case(
    name="ne-dmarc-fail",
    **{"from": "abuse@nimbusedge.com"}, name_from="NimbusEdge Abuse Team", auth="fail",
    date=date(9, 10, 7, 0, off=0), subject=subj("KCSC-240909-03"), reply_to_req="req-240909-03",
    body=f"""
Hello,

All three items were removed today:
{N[1]}
{N[2]}
{N[3]}

NimbusEdge Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk answer whose sender domain fails authentication",
    why="NimbusEdge domain but DKIM/SPF/DMARC fail",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="ne-site-owner-writes",
    **{"from": "webmaster@bamtoki-tv.example.net"}, name_from="bamtoki webmaster",
    date=date(9, 10, 13, 33), subject="about KCSC-240909-03",
    body=f"""
Hello,

My hosting company NimbusEdge sent me your complaint. I deleted both
videos, they are not on my site any more:

{N[1]}
{N[2]}

Please tell the host so they don't suspend my server.
""",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer (site owner) answering the regulator directly",
    why="statements from a sender that is not any platform's domain",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="ne-abuse-autoack",
    **{"from": "noreply@nimbusedge.com"}, name_from="NimbusEdge Abuse",
    date=date(9, 9, 9, 31, off=0), subject="[NE-ABUSE-77812] Abuse report received",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you. Your abuse report has been received and logged under reference
NE-ABUSE-77812. Reports are processed in the order they arrive. Please keep
the reference in the subject line of any further correspondence.

This is an automated message.
NimbusEdge Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting provider's automatic abuse-ticket receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ===== DomainDock (registrar, KCSC-240911-04, 2 items) =====

case(
    name="dd-clienthold-and-refusal",
    **{"from": "abuse@domaindock.kr"}, name_from="DomainDock Abuse",
    date=date(9, 12, 15, 5), subject=subj("KCSC-240911-04"), reply_to_req="req-240911-04",
    body=f"""
Hello,

1) {G[1]}
The domain has been placed on clientHold for breach of our registration
agreement (illegal gambling). It no longer resolves anywhere.

2) {G[2]}
The registrant sent us a licence for the webtoons on the site. We found
no breach of our registration agreement and will take no action on this
domain; as a registrar we do not judge disputes about the content itself.

DomainDock abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: one domain suspended (clientHold), one refused with reason",
    why="clientHold = disabled everywhere; the other domain stays, refused with its reason",
    items={G[1]: "removed", G[2]: "rejected"},
)

case(
    name="dd-needs-court-order",
    **{"from": "abuse@domaindock.kr"}, name_from="DomainDock Abuse",
    date=date(9, 12, 9, 40), subject=subj("KCSC-240911-04"), reply_to_req="req-240911-04",
    body=f"""
Hello,

Regarding {G[1]} and {G[2]}: as a registrar
we can suspend a domain only on a court order or an official decision
letter bearing a signature and the legal basis. Could you send us the
signed decision for each domain? We will look at the request again once
we have it.

DomainDock abuse desk
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for a court order or signed decision before acting",
    why="asks for documents; no outcome for either domain",
    items={G[1]: "pending", G[2]: "pending"},
)

case(
    name="dd-cc-other-platform-item",
    **{"from": "abuse@domaindock.kr"}, name_from="DomainDock Abuse",
    date=date(9, 10, 11, 0), subject=subj("KCSC-240909-03"),
    body=f"""
Hello,

You copied us on your complaint to NimbusEdge. The domain in it is
registered through us, and we have put it on hold, so
{N[3]} no longer resolves.

DomainDock abuse desk
""",
    outcome="review", review="wrong_platform",
    imitates="registrar copied on a complaint sent to the hosting/CDN provider",
    why="DomainDock states a status for an item of the NimbusEdge request",
    items={N[3]: "pending"},
)

case(
    name="dd-unmonitored-autoreply",
    **{"from": "abuse@domaindock.kr"}, name_from="DomainDock Abuse",
    date=date(9, 11, 14, 1), subject="Automatic reply: [KCSC-240911-04] Request for removal of content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
This mailbox is not monitored in real time. To make sure your complaint is
handled, please also submit it through our web form:
https://www.domaindock.kr/abuse/report

This is an automatic reply.
""",
    outcome="ignored", classification="auto_reply",
    imitates="registrar auto-reply pointing to its abuse web form",
    why="automatic reply; the form link is not an item",
    items={},
)

# ===== Damoa Board (Korean forum, KCSC-240912-05, 5 items) =====

case(
    name="fb-admin-oneliner-particles",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 12, 13, 20), subject=subj("KCSC-240912-05"), reply_to_req="req-240912-05",
    body=f"""
안녕하세요, 다모아 운영자입니다.

{F_RAW[1]} 글은 삭제했고 {F_RAW[2]}은 블라인드 처리했습니다.
나머지는 내일 확인하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin writing one line, URLs followed by particles",
    why="one post deleted, one blinded (블라인드 = removed); the rest only promised",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fb-raw-korean-paths",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 13, 10, 5), subject=subj("KCSC-240912-05"), reply_to_req="req-240912-05",
    body=f"""
방송통신심의위원회 담당자님께,

요청하신 게시물 중 3건의 처리 결과입니다.

1) {F_RAW[3]}
   → 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

2) {F_RAW[4]}
   → 운영자 삭제 완료

3) {F_RAW[5]}
   → 작성자가 이미 삭제한 게시물입니다.

다모아 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum result list with raw Korean paths and an arrow line per item",
    why="kept (no violation) = rejected; 운영자 삭제 = removed; deleted by its author = not_found",
    items={F[3]: "rejected", F[4]: "removed", F[5]: "not_found"},
)

def _fb_row(i, url_raw, url_pct, result, day):
    return (f"<tr><td>{i}</td><td><a href=\"{url_pct}\">{url_raw}</a></td>"
            f"<td>{result}</td><td>{day}</td></tr>")


HTML_FB = "\n".join([
    "<html><body>",
    "<p>안녕하세요. 다모아 커뮤니티입니다.</p>",
    "<p>귀 위원회의 시정요구(KCSC-240912-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>",
    '<table border="1" cellspacing="0" cellpadding="3">',
    "<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>",
    _fb_row(1, F_RAW[1], F[1], "삭제", "2024.09.13"),
    _fb_row(2, F_RAW[2], F[2], "삭제", "2024.09.13"),
    _fb_row(3, F_RAW[3], F[3], "임시조치(30일)", "2024.09.13"),
    _fb_row(4, F_RAW[4], F[4], "삭제", "2024.09.13"),
    _fb_row(5, F_RAW[5], F[5], "해당 게시물 없음", "-"),
    "</table>",
    "<p>감사합니다.<br>다모아 커뮤니티 운영팀</p>",
    "</body></html>",
]) + "\n"
case(
    name="fb-correction-result-table",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영팀"),
    date=date(9, 13, 17, 30), subject=enc("[다모아] 시정요구 조치결과 회신 (KCSC-240912-05)"),
    reply_to_req="req-240912-05",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_FB)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (연번/URL/조치결과/조치일자), HTML quoted-printable",
    why="삭제 = removed, 임시조치 = restricted, 해당 게시물 없음 = not_found",
    items={F[1]: "removed", F[2]: "removed", F[3]: "restricted", F[4]: "removed",
           F[5]: "not_found"},
)

case(
    name="fb-fullwidth-parens-temp-measure",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 13, 11, 48), subject=subj("KCSC-240912-05"), reply_to_req="req-240912-05",
    body=f"""
안녕하세요.

유머게시판 게시물（{F_RAW[3]}）은 권리침해 신고에 따라
30일간 임시조치되었습니다. 해당 기간 동안 게시물은 다른 이용자에게 보이지 않습니다.

다모아 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 임시조치 notice, URL inside full-width parentheses",
    why="임시조치 = restricted; the URL is enclosed in full-width parentheses",
    items={F[3]: "restricted"},
)

case(
    name="fb-all-five-deleted",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 12, 16, 0), subject=subj("KCSC-240912-05"), reply_to_req="req-240912-05",
    body="""
안녕하세요, 다모아 운영자입니다.

요청하신 게시물 5건은 모두 삭제 처리하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum admin answering 'all five deleted' without listing them",
    why="one statement for a five-item request, no post named",
    items={F[1]: "pending", F[5]: "pending"},
)

case(
    name="fb-will-act-after-check",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 12, 11, 15), subject=subj("KCSC-240912-05"), reply_to_req="req-240912-05",
    body=f"""
안녕하세요.

{F_RAW[1]}
{F_RAW[2]}

위 두 게시물은 내용 확인 후 조치할 예정입니다. 처리 결과는 추후 다시 안내드리겠습니다.

다모아 운영자
""",
    outcome="review", review="not_understood",
    imitates="Korean forum promise to act after checking",
    why="'조치할 예정' is a promise, not an outcome",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="fb-chuseok-out-of-office",
    **{"from": "admin@damoaboard.co.kr"}, name_from=enc("다모아 운영자"),
    date=date(9, 14, 9, 0), subject=enc("[자동응답] Re: [KCSC-240912-05] Request for removal of content"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답] 안녕하세요. 다모아 운영자입니다.

추석 연휴(9월 14일~18일) 기간에는 메일 확인이 어렵습니다.
9월 19일부터 순서대로 답변드리겠습니다. 감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) out-of-office auto-reply",
    why="automatic out-of-office reply",
    items={},
)

case(
    name="fb-inquiry-receipt",
    **{"from": "help@damoaboard.co.kr"}, name_from=enc("다모아 고객센터"),
    date=date(9, 12, 10, 1), subject=enc("[다모아 고객센터] 문의가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 다모아 고객센터입니다.

문의하신 내용이 정상적으로 접수되었습니다. (접수번호: 2024091200318)
답변은 영업일 기준 1~3일 이내에 이메일로 안내드립니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 접수 완료 receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ===== PasteBox (small paste service, KCSC-240916-06, 1 item) =====

case(
    name="pb-done-one-liner",
    **{"from": "sam@pastebox.org"}, name_from="Sam (PasteBox)",
    date=date(9, 16, 17, 2, off=2), subject=subj("KCSC-240916-06"), reply_to_req="req-240916-06",
    body=f"""
done, paste removed.

sam

{gmail_quote("KCSC-240916-06")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service admin answering in one line over the quoted request",
    why="an unhedged removal for a one-item request: it applies to that item",
    items={X[1]: "removed"},
)

case(
    name="pb-url-below-statement",
    **{"from": "admin@pastebox.org"}, name_from="PasteBox admin",
    date=date(9, 17, 4, 30, off=2), subject="KCSC-240916-06",
    body=f"""
Hello,

The following paste was deleted and the uploader's IP banned:

{X[1]}

PasteBox admin
""",
    outcome="applied", classification="confirmation",
    imitates="small service admin, URL on the line below its statement",
    why="statement on one line, the URL it is about on the next",
    items={X[1]: "removed"},
)

case(
    name="pb-key-does-not-exist",
    **{"from": "sam@pastebox.org"}, name_from="Sam (PasteBox)",
    date=date(9, 17, 8, 0, off=2), subject=subj("KCSC-240916-06"), reply_to_req="req-240916-06",
    body=f"""
hi, pastebox.org/p/x7Kq2Rm doesn't exist on our side, no paste with that
key in the database. pastes expire after 7 days so it probably ran out
before your mail came in.

sam
""",
    outcome="applied", classification="confirmation",
    imitates="small service admin: no such key (written without the scheme)",
    why="unhedged 'does not exist'; 'probably' is only about why; the URL is written without https://",
    items={X[1]: "not_found"},
)

DSN_ORIG = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: admin@pastebox.org",
    "Subject: [KCSC-240916-06] Request for removal of content",
    "Message-ID: <req-240916-06@kcsc.example>",
    "Date: Mon, 16 Sep 2024 16:00:00 +0900",
    "",
] + request_text("KCSC-240916-06"))
case(
    name="pb-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx.pastebox.org"}, name_from="Mail Delivery System",
    date=date(9, 16, 16, 1, off=0), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="pb-b529-dsn"

--pb-b529-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.pastebox.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@pastebox.org>: maildir delivery failed: mailbox is full

--pb-b529-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pastebox.org
Arrival-Date: Mon, 16 Sep 2024 07:00:02 +0000 (UTC)

Final-Recipient: rfc822; admin@pastebox.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full

--pb-b529-dsn
Content-Type: message/rfc822

{DSN_ORIG}

--pb-b529-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) carrying the request",
    why="a bounce; the URL is only in our returned request",
    items={X[1]: "pending"},
)


HEADER = """# Blind set 529 (hosting providers, CDNs, registrars, forums, image boards,
# file hosts and small services; CSV attachments and plain-text tables).
# Written by tests/corpus/blind529/make.py from each email's meaning,
# before any run of the reader. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind529", HEADER, CASES)


if __name__ == "__main__":
    main()
