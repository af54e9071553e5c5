#!/usr/bin/env python3
"""Blind set 205: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a one-person paste site answering informally, plus
CSV attachments and plain-text tables.

Written from each email's meaning before the reader was ever run on it.
Deterministic:  python3 tests/corpus/blind205/make.py
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

# ---------------------------------------------------------------- requests
F = {  # FileShed (file host), KCSC-240902-01, 14 items
    "Qm7Ra1": "https://fileshed.example/f/Qm7Ra1",
    "Zt0pL2": "https://fileshed.example/f/Zt0pL2",
    "Hb5nX8": "https://fileshed.example/f/Hb5nX8",
    "Kc2wE4": "https://fileshed.example/f/Kc2wE4/bundle_0829.zip",
    "Pv9sT6": "https://fileshed.example/f/Pv9sT6",
    "Lr3dY7": "https://fileshed.example/f/Lr3dY7/clip_full_1080p.mp4",
    "Ny6gU0": "https://fileshed.example/f/Ny6gU0",
    "Wq8jM5": "https://fileshed.example/f/Wq8jM5/2024_summer_collection_part3_of_5.rar",
    "Ax1cF9": "https://fileshed.example/f/Ax1cF9",
    "Bd4hJ3": "https://fileshed.example/f/Bd4hJ3",
    "Ce7kN2": "https://fileshed.example/f/Ce7kN2",
    "Ds0mR6": "https://fileshed.example/f/Ds0mR6",
    "Ev3qS8": "https://fileshed.example/folder/Ev3qS8",
    "Fu5tV1": "https://fileshed.example/f/Fu5tV1",
}
D3_RAW = "https://www.ddangkong.example/게시판/유머/90311"
D3 = "https://www.ddangkong.example/" + quote("게시판/유머/90311")
D = {  # Ddangkong forum, KCSC-240903-02, 5 items
    "44190": "https://www.ddangkong.example/board/free/44190",
    "44207": "https://www.ddangkong.example/board/free/44207",
    "90311": D3,
    "7781": "https://www.ddangkong.example/board/market/7781",
    "dalbit": "https://www.ddangkong.example/profile/dalbit_42",
}
K = {  # KiteHost (hosting provider), KCSC-240904-03, 4 items
    "pharm": "http://bamboo-pharm.example/shop/product.php?id=31",
    "bet": "https://lucky7-bet.example/",
    "join": "https://lucky7-bet.example/join.html",
    "minjae": "http://198.51.100.77/~minjae/files/list.html",
}
N = {  # NimbusEdge (CDN), KCSC-240905-04, 3 items
    "ep112": "https://moonlight-toon.example/ep/112",
    "ep113": "https://moonlight-toon.example/ep/113",
    "pills": "https://hotdeal-pills.example/",
}
H = {  # Hanul Domains (registrar), KCSC-240905-05, 2 items
    "slot": "http://jackpot-slot77.example/",
    "slotkr": "http://jackpot-slot77-kr.example/",
}
P = {  # pixboard (image board), KCSC-240906-06, 4 items
    "551203": "https://pixboard.example/b/res/551203.html",
    "551390": "https://pixboard.example/b/res/551390.html",
    "img": "https://i.pixboard.example/b/1725512003114.jpg",
    "80412": "https://pixboard.example/kr/res/80412.html",
}
C = {"paste": "https://pastecat.example/raw/h4Jd8sQe"}  # PasteCat, KCSC-240909-07

REQUESTS = [
    # ref, platform, sent, due, items(dict), category
    ("KCSC-240902-01", "fileshed", "2024-09-02", "2024-09-09", F, "obscenity"),
    ("KCSC-240903-02", "ddangkong", "2024-09-03", "2024-09-10", D, "defamation"),
    ("KCSC-240904-03", "kitehost", "2024-09-04", "2024-09-11", K, "illegal_trade"),
    ("KCSC-240905-04", "nimbus", "2024-09-05", "2024-09-12", N, "copyright"),
    ("KCSC-240905-05", "hanul", "2024-09-05", "2024-09-12", H, "gambling"),
    ("KCSC-240906-06", "pixboard", "2024-09-06", "2024-09-13", P, "obscenity"),
    ("KCSC-240909-07", "pastecat", "2024-09-09", "2024-09-16", C, "privacy"),
]


CATEGORY = {K["bet"]: "gambling", K["join"]: "gambling", N["pills"]: "illegal_trade"}


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat in REQUESTS:
        for i, url in enumerate(items.values(), 1):
            w.writerow([ref, plat, sent, due, url, CATEGORY.get(url, cat),
                        mid(ref) + "@kcsc.example", f"item {i}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_body(ref, urls, date_line, prefix="> "):
    """Our own request, as quoted below a reply."""
    lines = [
        date_line,
        "Dear Trust & Safety team,",
        "",
        f"Under our reference {ref}, the Korea Communications Standards Commission",
        "asks you to remove or disable access to the following content, which is",
        "illegal under Korean law:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us what was done for each URL.", "", "KCSC Takedown desk"]
    out = [lines[0]] + [(prefix + l).rstrip() for l in lines[1:]]
    return "\n".join(out)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def multipart(ctype, boundary, parts, extra=""):
    out = [f'Content-Type: {ctype}; boundary="{boundary}"{extra}', "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out)


def text_part(body, ctype="text/plain", enc="8bit"):
    if enc == "base64":
        payload = b64(body)
    elif enc == "quoted-printable":
        payload = qp(body)
    else:
        payload = body.strip("\n")
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {enc}\n\n{payload}"


RE = "Re: [{ref}] Request to remove illegal content"
cases = []


def _enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = _enc(kw["name_from"])
    if not kw.pop("raw_subject", False):
        kw["subject"] = _enc(kw["subject"])
    cases.append(kw)


# ====================================================================== FileShed
fs_csv_rows = [
    ("Qm7Ra1", "REMOVED", "2024-09-04 08:12", ""),
    ("Zt0pL2", "REMOVED", "2024-09-04 08:12", ""),
    ("Hb5nX8", "REMOVED", "2024-09-04 08:13", ""),
    ("Kc2wE4", "REMOVED", "2024-09-04 08:13", "archive deleted, hash blocked"),
    ("Pv9sT6", "NOT_FOUND", "2024-09-04 08:14", "deleted by uploader on 2024-08-31"),
    ("Lr3dY7", "REMOVED", "2024-09-04 08:14", ""),
    ("Ny6gU0", "REMOVED", "2024-09-04 08:15", ""),
    ("Wq8jM5", "REMOVED", "2024-09-04 08:15", ""),
    ("Ax1cF9", "KEPT", "2024-09-04 08:20", "news clip; no breach of AUP found"),
    ("Bd4hJ3", "REMOVED", "2024-09-04 08:21", ""),
    ("Ce7kN2", "REMOVED", "2024-09-04 08:21", ""),
    ("Ds0mR6", "NOT_FOUND", "2024-09-04 08:22", "no file with this id"),
    ("Ev3qS8", "REMOVED", "2024-09-04 08:22", "folder and 23 files deleted"),
    ("Fu5tV1", "REMOVED", "2024-09-04 08:23", ""),
]
_b = io.StringIO()
_w = csv.writer(_b, lineterminator="\r\n")
_w.writerow(["link", "file_id", "status", "processed_utc", "comment"])
for fid, st, at, com in fs_csv_rows:
    _w.writerow([F[fid], fid, st, at, com])
FS_CSV = _b.getvalue()
case(
    name="fs-csv-attachment-all-links",
    date="Wed, 04 Sep 2024 17:40:02 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    raw_mime=multipart("multipart/mixed", "fs-b1-7d1e", [
        text_part("""Hello,

The outcome for each link in your notice KCSC-240902-01 is in the attached
spreadsheet (one row per link).

Status column:
  REMOVED   - file deleted from our storage and its hash blocked
  NOT_FOUND - nothing at that address (gone before your notice arrived)
  KEPT      - reviewed, no breach of our Acceptable Use Policy found

Regards,
Ilse Maren
FileShed Abuse Team
"""),
        "Content-Type: text/csv; charset=utf-8; name=\"KCSC-240902-01_outcome.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240902-01_outcome.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(FS_CSV),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows state REMOVED/NOT_FOUND/KEPT per link; KEPT with its reason is a refusal",
    items={F[fid]: {"REMOVED": "removed", "NOT_FOUND": "not_found", "KEPT": "rejected"}[st]
           for fid, st, _, _ in fs_csv_rows},
)

case(
    name="fs-plain-text-table",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hi,

First batch of results for KCSC-240902-01:

URL                                                  | Result
-----------------------------------------------------+--------------------------
{F['Hb5nX8']:<53}| file disabled
{F['Kc2wE4']:<53}| file disabled
{F['Pv9sT6']:<53}| not found (no such file)
{F['Ny6gU0']:<53}| file disabled
{F['Ax1cF9']:<53}| left online, see note 1
{F['Fu5tV1']:<53}| file disabled

Note 1: this is an episode of an audio podcast. We listened to all of it and
it does not break our Acceptable Use Policy, so it stays available.

The other links in your notice are still with the team; we'll write again.

FileShed Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply pasting a plain-text (ASCII) results table",
    why="table rows: four disabled, one not found, one kept with a reason; the rest only promised",
    items={F["Hb5nX8"]: "removed", F["Kc2wE4"]: "removed", F["Pv9sT6"]: "not_found",
           F["Ny6gU0"]: "removed", F["Ax1cF9"]: "rejected", F["Fu5tV1"]: "removed",
           F["Qm7Ra1"]: "pending"},
)

case(
    name="fs-admin-one-liner",
    date="Tue, 03 Sep 2024 23:51:10 +0900",
    **{"from": "tomas@fileshed.example"}, name_from="Tomas Ruud",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""removed these two, uploader banned.

{F['Zt0pL2']}
{F['Ds0mR6']}

-t
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin",
    why="'removed these two' followed by the two URLs",
    items={F["Zt0pL2"]: "removed", F["Ds0mR6"]: "removed"},
)

case(
    name="fs-top-posted-over-gmail-quote",
    date="Wed, 04 Sep 2024 10:15:00 +0900",
    **{"from": "marta.k@fileshed.example"}, name_from="Marta Kowal",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hi,

The following three have been deleted from our storage today:
{F['Qm7Ra1']}
{F['Lr3dY7']}
{F['Ev3qS8']} (the whole folder)

We're still going through the rest of your list.

Best,
Marta
FileShed Trust & Safety

""" + request_body("KCSC-240902-01", list(F.values()),
                   "On Mon, 2 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:"),
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="three URLs stated deleted above the quote; the quoted request's other URLs say nothing",
    items={F["Qm7Ra1"]: "removed", F["Lr3dY7"]: "removed", F["Ev3qS8"]: "removed",
           F["Zt0pL2"]: "pending", F["Hb5nX8"]: "pending", F["Fu5tV1"]: "pending"},
)

case(
    name="fs-html-table",
    date="Thu, 05 Sep 2024 16:30:12 +0900",
    **{"from": "noreply-abuse@fileshed.example"}, name_from="FileShed Abuse",
    subject="FileShed: decision on reported files [KCSC-240902-01]",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>We have reviewed the files you reported under reference KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="{F['Wq8jM5']}">{F['Wq8jM5']}</a></td><td>Removed</td><td>AUP 4.2</td></tr>
<tr><td><a href="{F['Ce7kN2']}">{F['Ce7kN2']}</a></td><td>Removed</td><td>AUP 4.2</td></tr>
<tr><td><a href="{F['Bd4hJ3']}">{F['Bd4hJ3']}</a></td><td>File does not exist</td><td>&nbsp;</td></tr>
<tr><td><a href="{F['Ny6gU0']}">{F['Ny6gU0']}</a></td><td>Removed</td><td>uploader suspended</td></tr>
</table>
<p>Our policy: <a href="https://fileshed.example/legal/aup">Acceptable Use Policy</a> &middot;
<a href="https://fileshed.example/help/appeals">Appeals</a></p>
<p>FileShed Abuse</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system decision email with an HTML results table",
    why="HTML table rows: three Removed, one 'File does not exist'; policy links are not items",
    items={F["Wq8jM5"]: "removed", F["Ce7kN2"]: "removed", F["Bd4hJ3"]: "not_found",
           F["Ny6gU0"]: "removed"},
)

case(
    name="fs-url-then-status-below",
    date="Fri, 06 Sep 2024 09:41:27 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello KCSC,

Result per link:

{F['Hb5nX8']}
  status: deleted (illegal content, AUP 4.2)

{F['Pv9sT6']}
  status: not found - this link expired on 2024-08-30 and the file was purged

{F['Ce7kN2']}
  status: deleted (illegal content, AUP 4.2)

{F['Fu5tV1']}
  status: deleted; uploader account terminated

-- 
FileShed Abuse Team | https://fileshed.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply listing each URL with its status on the line below",
    why="each URL followed by its status line: three deleted, one not found",
    items={F["Hb5nX8"]: "removed", F["Pv9sT6"]: "not_found", F["Ce7kN2"]: "removed",
           F["Fu5tV1"]: "removed"},
)

case(
    name="fs-quoted-printable-disabled",
    date="Fri, 06 Sep 2024 14:05:51 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    raw_mime=text_part(f"""Dear KCSC team,

In response to your notice KCSC-240902-01 we have disabled access to the following files – both now show “This file is no longer available” to anyone who opens them: {F['Wq8jM5']} and {F['Kc2wE4']}.

We’ll send the remaining results separately.

Kind regards,
FileShed Abuse Team
""", enc="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable reply with long soft-wrapped lines",
    why="'we have disabled access to the following files' followed by the two URLs in one long QP line",
    items={F["Wq8jM5"]: "removed", F["Kc2wE4"]: "removed"},
)

case(
    name="fs-base64-mixed-outcomes",
    date="Sat, 07 Sep 2024 08:22:10 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    raw_mime=text_part(f"""Dear KCSC,

Regarding your notice KCSC-240902-01:

* {F['Ax1cF9']} – removed by our moderation team on 5 September.
* {F['Bd4hJ3']} – this file had already been deleted by its uploader on 1 September, before your notice reached us.
* {F['Ce7kN2']} – removed.

Regards,
FileShed Abuse Team
""", enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="base64-encoded plain-text reply with a bulleted list",
    why="bullets: two removed, one already deleted by its uploader (not_found)",
    items={F["Ax1cF9"]: "removed", F["Bd4hJ3"]: "not_found", F["Ce7kN2"]: "removed"},
)

case(
    name="fs-angle-brackets-wrapped",
    date="Sat, 07 Sep 2024 19:47:03 +0900",
    **{"from": "support@fileshed.example"}, name_from="FileShed Support",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body="""Hi,

Access to these files has been disabled:

<https://fileshed.example/f/Wq8jM5/
 2024_summer_collection_part3_of_5.rar>
<https://fileshed.example/f/Lr3dY7/clip_full_1080p.mp4>

Regards,
Jun, FileShed Support
""",
    outcome="applied", classification="confirmation",
    imitates="reply with URLs in angle brackets, one wrapped by the mail client",
    why="both bracketed URLs (one wrapped inside its brackets) are stated disabled",
    items={F["Wq8jM5"]: "removed", F["Lr3dY7"]: "removed"},
)

case(
    name="fs-echoed-report-resolved",
    date="Wed, 04 Sep 2024 12:00:31 +0900",
    **{"from": "reports@fileshed.example"}, name_from="FileShed Reports",
    subject="Your report #FS-77120 has been resolved",
    body=f"""Thanks for your report. It has now been resolved.

--- Your report -------------------------------
Reported URL: {F['Hb5nX8']}
Reason:       Illegal content
Reporter:     KCSC Takedown <takedown@kcsc.example>
Description:  Notice KCSC-240902-01, item 3.
-----------------------------------------------

Outcome: the reported file has been removed and can no longer be downloaded.

Thank you for helping keep FileShed safe.
https://fileshed.example/help/reporting
""",
    outcome="applied", classification="confirmation",
    imitates="web-form ticket resolution that echoes the submitted report",
    why="the echoed report names one URL and the outcome line says 'the reported file has been removed'",
    items={F["Hb5nX8"]: "removed"},
)

case(
    name="fs-promise-will-disable",
    date="Tue, 03 Sep 2024 09:30:00 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""Hello,

Thank you for the notice. Our team will disable the files below within
24 hours and confirm to you once this is done:

{F['Qm7Ra1']}
{F['Zt0pL2']}
{F['Hb5nX8']}

FileShed Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising action within 24 hours",
    why="a promise ('will disable ... and confirm once done') is not a statement; names items",
    items={F["Qm7Ra1"]: "pending", F["Zt0pL2"]: "pending", F["Hb5nX8"]: "pending"},
)

case(
    name="fs-hedged-may-have-been",
    date="Wed, 04 Sep 2024 21:14:40 +0900",
    **{"from": "tomas@fileshed.example"}, name_from="Tomas Ruud",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body=f"""hi, quick note: {F['Pv9sT6']} and {F['Ds0mR6']} may have been
deleted by the uploaders already, i can't see them in the admin panel. need
to check with our storage guy before i can say for sure. will get back to you.

-t
""",
    outcome="review", review="not_understood",
    imitates="informal admin reply hedging about two links",
    why="'may have been deleted ... before I can say for sure' is a hedge, not a statement",
    items={F["Pv9sT6"]: "pending", F["Ds0mR6"]: "pending"},
)

case(
    name="fs-bulk-all-removed",
    date="Mon, 09 Sep 2024 10:10:10 +0900",
    **{"from": "abuse@fileshed.example"}, name_from="FileShed Abuse Team",
    subject=RE.format(ref="KCSC-240902-01"), reply_to_req=mid("KCSC-240902-01"),
    body="""Dear KCSC,

All files listed in your notice KCSC-240902-01 have now been removed and the
uploading accounts have been closed.

Regards,
FileShed Abuse Team
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a notice with a single sentence for every file",
    why="one statement for all 14 items of the request without naming each",
    items={F["Qm7Ra1"]: "pending", F["Fu5tV1"]: "pending"},
)

case(
    name="fs-abuse-contact-change-notice",
    date="Thu, 12 Sep 2024 15:00:00 +0900",
    **{"from": "notices@fileshed.example"}, name_from="FileShed",
    subject="Change to how FileShed receives abuse notices",
    body="""Hello,

You are receiving this because you have sent abuse notices to FileShed.

From 1 October 2024 we will accept notices only through our web form at
https://fileshed.example/abuse/report . The address abuse@fileshed.example
will keep working until 31 December 2024 and will then be closed.

Trusted flaggers can ask for an API key at https://fileshed.example/abuse/api .

The FileShed team
""",
    outcome="review", review="no_claims",
    imitates="service notice about a change of abuse contact",
    why="trusted FileShed email naming no requested item and no request",
    items={},
)

case(
    name="fs-out-of-office",
    date="Mon, 02 Sep 2024 10:06:12 +0900",
    **{"from": "ilse@fileshed.example"}, name_from="Ilse Maren",
    subject="Automatic reply: [KCSC-240902-01] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until Monday 16 September with limited access to
email. Abuse notices are handled by the team at abuse@fileshed.example in the
meantime.

Ilse
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fs-ticket-receipt",
    date="Mon, 02 Sep 2024 10:06:40 +0900",
    **{"from": "reports@fileshed.example"}, name_from="FileShed Reports",
    subject="[FS-20240902-1187] We received your report",
    body="""Hello,

We've received your report and opened ticket FS-20240902-1187.

A member of our abuse team will look at it, usually within 72 hours. You
don't need to reply to this email; we will write to you when there is an
outcome.

FileShed
https://fileshed.example/help/reporting
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt for a web-form report",
    why="pure receipt: ticket opened, nothing about any item",
    items={},
)

# ====================================================================== Ddangkong forum
case(
    name="ddk-korean-numbered-results",
    date="Thu, 05 Sep 2024 14:22:08 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청에 대한 처리 결과", reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 땅콩넷 운영팀입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {D['44190']}
   → 게시중단(삭제) 완료
2. {D['44207']}
   → 작성자가 요청 전에 이미 삭제한 게시물입니다.
3. {D['7781']}
   → 블라인드 처리 완료

나머지 건은 확인 후 다시 회신드리겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's numbered 처리 결과 reply",
    why="게시중단(삭제) -> removed, 작성자가 이미 삭제 -> not_found, 블라인드 -> removed",
    items={D["44190"]: "removed", D["44207"]: "not_found", D["7781"]: "removed",
           D["90311"]: "pending"},
)

case(
    name="ddk-fullwidth-paren-korean-path",
    date="Fri, 06 Sep 2024 10:03:55 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요.

요청하신 게시물（{D3_RAW}）은 정보통신망법 제44조의2에 따라
30일간 임시조치하였습니다.

땅콩넷 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice from a community site",
    why="raw Korean-path URL in full-width parentheses, 임시조치 -> restricted",
    items={D["90311"]: "restricted"},
)

case(
    name="ddk-particle-after-url",
    date="Thu, 05 Sep 2024 22:40:31 +0900",
    **{"from": "sysop@ddangkong.example"}, name_from="땅콩넷 시삽",
    subject="Re: [KCSC-240903-02] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
    raw_subject=True,
    body=f"""확인했습니다.
{D['44190']}은 운영자 삭제했고, {D['44207']}는 읽어보니 특정인 비방 내용이 없어서 그대로 두겠습니다.

시삽 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-paragraph reply from a small forum's sysop",
    why="URLs followed directly by particles: 운영자 삭제 -> removed; no defamation, left up -> rejected",
    items={D["44190"]: "removed", D["44207"]: "rejected"},
)

case(
    name="ddk-account-banned-profile-private",
    date="Sat, 07 Sep 2024 13:18:00 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="RE: [KCSC-240903-02] 처리 결과 안내", reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요, 땅콩넷입니다.

회원 dalbit_42({D['dalbit']})은 영구 이용정지하였고 프로필 페이지도 비공개 처리했습니다.
이 회원이 작성한 {D['7781']} 게시물도 삭제했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum notice of a member ban and 비공개 처리",
    why="profile made private (비공개 처리) -> removed; post 삭제 -> removed",
    items={D["dalbit"]: "removed", D["7781"]: "removed"},
)

_rows = [
    (D["44190"], "https://www.ddangkong.example/board/free/44190", "삭제", "명예훼손"),
    (D3, D3_RAW, "게시중단", "명예훼손"),
    (D["7781"], D["7781"], "해당 게시물 없음", "존재하지 않는 게시물 번호"),
    (D["44207"], D["44207"], "유지", "위반 사항 없음 (단순 의견)"),
]
_tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{href}">{text}</a></td><td>{res}</td><td>{why}</td></tr>'
    for i, (href, text, res, why) in enumerate(_rows, 1)
)
case(
    name="ddk-html-table-base64",
    date="Mon, 09 Sep 2024 11:45:19 +0900",
    **{"from": "policy@ddangkong.example"}, name_from="땅콩넷 정책팀",
    subject="[땅콩넷] 시정요구 조치결과 회신 (KCSC-240903-02)",
    raw_mime=text_part(f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240903-02 시정요구에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>사유</th></tr>
{_tr}
</table>
<p>문의: 땅콩넷 정책팀 (<a href="https://www.ddangkong.example/policy">운영정책</a>)</p>
</body></html>
""", ctype="text/html", enc="base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table, base64-encoded",
    why="table: 삭제/게시중단 -> removed, 해당 게시물 없음 -> not_found, 유지(위반 없음) -> rejected",
    items={D["44190"]: "removed", D["90311"]: "removed", D["7781"]: "not_found",
           D["44207"]: "rejected"},
)

case(
    name="ddk-bulk-all-deleted",
    date="Tue, 10 Sep 2024 09:00:47 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
    body="""안녕하세요.
KCSC-240903-02 건으로 요청하신 게시물 5건 모두 삭제 처리 완료하였습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-sentence 일괄 삭제 완료 reply",
    why="'5건 모두 삭제' covers a five-item request without naming each item",
    items={D["44190"]: "pending", D["dalbit"]: "pending"},
)

case(
    name="ddk-admin-personal-gmail",
    date="Wed, 04 Sep 2024 20:11:02 +0900",
    **{"from": "ddangkong.admin@gmail.com"}, name_from="땅콩넷 관리자",
    subject="Re: [KCSC-240903-02] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
    body=f"""회사 메일 서버가 점검 중이라 개인 메일로 답장드립니다.
요청하신 {D['44190']} 게시물은 삭제했습니다.

땅콩넷 관리자
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="statement about a Ddangkong item from gmail.com, not a Ddangkong sender domain",
    items={D["44190"]: "pending"},
)

case(
    name="ddk-hedged-looks-deleted",
    date="Fri, 06 Sep 2024 17:33:29 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="RE: [KCSC-240903-02] 불법정보 삭제 요청", reply_to_req=mid("KCSC-240903-02"),
    body=f"""안녕하세요.

확인해 보니 {D3_RAW} 게시물은 이미 삭제된 것으로 보입니다.
정확한 처리 경위는 담당자 확인 후 다시 안내드리겠습니다.

땅콩넷 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean reply hedging ('삭제된 것으로 보입니다') pending confirmation",
    why="'이미 삭제된 것으로 보입니다' is a hedge; confirmation promised later",
    items={D["90311"]: "pending"},
)

case(
    name="ddk-read-receipt",
    date="Tue, 03 Sep 2024 15:20:44 +0900",
    **{"from": "admin@ddangkong.example"}, name_from="땅콩넷 운영팀",
    subject="읽음 확인: [KCSC-240903-02] 불법정보 삭제 요청",
    raw_mime=multipart("multipart/report", "mdn-ddk-41a", [
        text_part("""귀하가 2024-09-03 오전 10:02에 보낸 메일
'[KCSC-240903-02] 불법정보 삭제 요청'을(를) 수신자가 2024-09-03 오후 3:20에 읽었습니다.
"""),
        """Content-Type: message/disposition-notification

Reporting-UA: mail.ddangkong.example; Webmail 5.2
Final-Recipient: rfc822; admin@ddangkong.example
Original-Message-ID: <req-KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed""",
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="message disposition notification",
    items={},
)

# ====================================================================== KiteHost
case(
    name="kite-ticket-account-suspended",
    date="Thu, 05 Sep 2024 03:12:50 +0900",
    **{"from": "abuse@kitehost.example"}, name_from="KiteHost Abuse Desk",
    subject="[KiteHost #KH-88213] Re: [KCSC-240904-03] illegal gambling site",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

Thank you for your report. We have reviewed the matter and suspended the
hosting account behind lucky7-bet.example. The following URLs now return our
suspension page:

 - {K['bet']}
 - {K['join']}

The customer has been informed. This ticket will now be closed; reply to this
email to reopen it.

--
KiteHost Abuse Desk
Ticket KH-88213 | https://kitehost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk ticket reply (account suspended)",
    why="thanks phrase plus an unhedged statement: both URLs now show the suspension page",
    items={K["bet"]: "removed", K["join"]: "removed"},
)

case(
    name="kite-customer-removed-page",
    date="Fri, 06 Sep 2024 10:48:13 +0900",
    **{"from": "jonas@kitehost.example"}, name_from="Jonas Lind",
    subject="Re: [KCSC-240904-03] illegal sale of medicines", reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

Our customer has taken down the page {K['pharm']} .
I checked it myself this morning and it returns 404 Not Found.

Kind regards,
Jonas - KiteHost abuse
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk relaying that its customer removed the page",
    why="page taken down and verified 404 -> removed",
    items={K["pharm"]: "removed"},
)

case(
    name="kite-outlook-already-deleted",
    date="Thu, 05 Sep 2024 16:02:37 +0900",
    **{"from": "noc@kitehost.example"}, name_from="KiteHost NOC",
    subject="RE: [KCSC-240904-03] Request to remove illegal content",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

{K['minjae']} had already been deleted by the account owner on 3 September,
before your notice reached us. Nothing is left at that address.

Regards,
Pieter
KiteHost Network Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 9:30 AM
To: abuse@kitehost.example
Subject: [KCSC-240904-03] Request to remove illegal content

""" + request_body("KCSC-240904-03", list(K.values()), "Dear KiteHost,", prefix=""),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----'",
    why="item deleted by its owner before the notice -> not_found; quoted request says nothing",
    items={K["minjae"]: "not_found", K["pharm"]: "pending", K["bet"]: "pending"},
)

case(
    name="kite-dkim-fail",
    date="Thu, 05 Sep 2024 04:01:09 +0900",
    **{"from": "abuse@kitehost.example"}, name_from="KiteHost Abuse Desk",
    auth="fail",
    subject="[KiteHost #KH-88213] Re: [KCSC-240904-03] illegal gambling site",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

We have suspended the hosting account. The following URLs are no longer
available:
 - {K['bet']}
 - {K['join']}

KiteHost Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply whose authentication failed",
    why="KiteHost sender domain but DKIM/SPF/DMARC fail",
    items={K["bet"]: "pending", K["join"]: "pending"},
)

case(
    name="kite-helpdesk-foreign-domain",
    date="Fri, 06 Sep 2024 08:17:44 +0900",
    **{"from": "support@kitehost.helpdesk-cloud.example"}, name_from="KiteHost Support",
    subject="[Ticket 40931] Re: [KCSC-240904-03] illegal sale of medicines",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hi there,

The page {K['pharm']} has been removed by the site owner at our request.

Thanks,
KiteHost Support
Powered by HelpdeskCloud
""",
    outcome="review", review="unknown_sender",
    imitates="hosting support reply sent from a third-party helpdesk domain",
    why="sender domain helpdesk-cloud.example is not a configured KiteHost domain",
    items={K["pharm"]: "pending"},
)

_orig = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: abuse@kitehost.example",
    "Subject: [KCSC-240904-03] Request to remove illegal content",
    "Date: Wed, 04 Sep 2024 09:30:00 +0900",
    "Message-ID: <req-KCSC-240904-03@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    request_body("KCSC-240904-03", list(K.values()), "Dear KiteHost,", prefix=""),
])
case(
    name="kite-dsn-mailbox-full",
    date="Wed, 04 Sep 2024 09:31:12 +0900",
    **{"from": "MAILER-DAEMON@kitehost.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("multipart/report", "dsn-kite-0904", [
        text_part("""This is the mail system at host mx1.kitehost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@kitehost.example>: host store2.kitehost.example said: 552 5.2.2
    Mailbox full: quota exceeded
"""),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.kitehost.example
Arrival-Date: Wed,  4 Sep 2024 09:30:05 +0900

Final-Recipient: rfc822; abuse@kitehost.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded""",
        "Content-Type: message/rfc822\n\n" + _orig,
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) with the original attached",
    why="DSN bounce; the URLs are only in our returned request",
    items={},
)

# ====================================================================== NimbusEdge CDN
case(
    name="nimbus-pass-through-refusal",
    date="Fri, 06 Sep 2024 02:44:18 +0900",
    **{"from": "trust-safety@nimbusedge.example"}, name_from="NimbusEdge Trust & Safety",
    subject="Re: [KCSC-240905-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello,

NimbusEdge is a reverse proxy and content delivery network. We do not host
the content at {N['ep112']} or {N['ep113']}
and we are not able to remove it. We will take no action on these two URLs.

We have passed your complaint on to the site's hosting provider. The origin
server is at 203.0.113.45; you may wish to contact that provider directly.

Regards,
NimbusEdge Trust & Safety
https://nimbusedge.example/trust/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are a pass-through network, not a host' reply",
    why="explicit refusal with its reason for both named URLs -> rejected (arguable, see NOTES)",
    items={N["ep112"]: "rejected", N["ep113"]: "rejected"},
)

case(
    name="nimbus-edge-block-worldwide",
    date="Sat, 07 Sep 2024 06:05:00 +0900",
    **{"from": "trust-safety@nimbusedge.example"}, name_from="NimbusEdge Trust & Safety",
    subject="Re: [KCSC-240905-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hello,

We have terminated our service for hotdeal-pills.example, which breached
our Acceptable Use Policy (sale of prescription drugs). Access to
{N['pills']} is blocked at our edge worldwide; visitors get an error page.

NimbusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN termination notice (service terminated, blocked at edge)",
    why="blocked worldwide at the edge -> removed",
    items={N["pills"]: "removed"},
)

case(
    name="nimbus-geo-block-korea",
    date="Mon, 09 Sep 2024 18:30:22 +0900",
    **{"from": "legal@nimbusedge.example"}, name_from="NimbusEdge Legal",
    subject="Re: [KCSC-240905-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Dear KCSC,

Following your request, access to the two URLs below is now blocked for
visitors in the Republic of Korea. They remain reachable elsewhere.

<{N['ep112']}>
<{N['ep113']}>

NimbusEdge Legal
""",
    outcome="applied", classification="confirmation",
    imitates="CDN legal team confirming a country-level block",
    why="blocked for visitors in Korea only -> restricted",
    items={N["ep112"]: "restricted", N["ep113"]: "restricted"},
)

case(
    name="nimbus-asks-for-legal-basis",
    date="Fri, 06 Sep 2024 07:12:03 +0900",
    **{"from": "legal@nimbusedge.example"}, name_from="NimbusEdge Legal",
    subject="Re: [KCSC-240905-04] Request to remove illegal content",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Dear KCSC,

Before we can act on {N['pills']} we need:

  1. the statutory provision or the decision under which you ask for removal;
  2. confirmation that you are acting for a public authority of the Republic of Korea;
  3. a screenshot of the content as you saw it, with date.

Please reply to this email with these documents.

NimbusEdge Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="CDN legal team asking for the legal basis and documents",
    why="asks for more information before acting; no status",
    items={N["pills"]: "pending"},
)

case(
    name="nimbus-auto-ack-echoes-urls",
    date="Thu, 05 Sep 2024 11:00:09 +0900",
    **{"from": "no-reply@nimbusedge.example"}, name_from="NimbusEdge Abuse",
    subject="NimbusEdge abuse report received [ABUSE-55123]",
    body=f"""Thank you for submitting an abuse report to NimbusEdge.

Reference: ABUSE-55123
Category:  Copyright / illegal content
Submitted URLs:
{N['ep112']}
{N['ep113']}
{N['pills']}

What happens next: we forward reports to our customer and, where we know
it, to the hosting provider. NimbusEdge does not host website content.
This mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form auto-acknowledgement echoing the submitted URLs",
    why="automatic receipt echoing what was submitted; no statement about any item",
    items={},
)

# ====================================================================== Hanul Domains
case(
    name="hanul-clienthold-not-our-domain",
    date="Mon, 09 Sep 2024 14:10:58 +0900",
    **{"from": "abuse@hanuldomain.example"}, name_from="한울도메인 어뷰즈팀",
    subject="RE: [KCSC-240905-05] 불법 도박 사이트 도메인 정지 요청",
    reply_to_req=mid("KCSC-240905-05"),
    body="""안녕하세요, 한울도메인 어뷰즈 담당입니다.

요청번호 KCSC-240905-05 처리 결과입니다.

- http://jackpot-slot77.example : 등록기관 권한으로 clientHold 설정(도메인 정지) 완료, 현재 DNS 응답 없음
- jackpot-slot77-kr.example : 당사에 등록된 도메인이 아닙니다. WHOIS상 등록기관이 타사이므로 해당 등록기관에 요청하시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar abuse reply (clientHold / not our registration)",
    why="clientHold, no DNS -> removed; domain not registered with this registrar -> not_found (arguable)",
    items={H["slot"]: "removed", H["slotkr"]: "not_found"},
)

case(
    name="hanul-conditional-suspension",
    date="Fri, 06 Sep 2024 16:40:15 +0900",
    **{"from": "abuse@hanuldomain.example"}, name_from="한울도메인 어뷰즈팀",
    subject="RE: [KCSC-240905-05] 불법 도박 사이트 도메인 정지 요청",
    reply_to_req=mid("KCSC-240905-05"),
    body="""안녕하세요.

jackpot-slot77.example 등록자에게 소명 요청을 발송했습니다.
9월 12일까지 소명이 없으면 http://jackpot-slot77.example/ 도메인을 정지할 예정입니다.

한울도메인 어뷰즈팀
""",
    outcome="review", review="not_understood",
    imitates="registrar notice that the registrant was asked to respond first",
    why="suspension is conditional and in the future: not a statement",
    items={H["slot"]: "pending"},
)

case(
    name="hanul-out-of-office-korean",
    date="Thu, 05 Sep 2024 15:31:00 +0900",
    **{"from": "kim.sw@hanuldomain.example"}, name_from="김선우",
    subject="[자동응답] RE: [KCSC-240905-05] 불법 도박 사이트 도메인 정지 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답 메일입니다]

9월 5일부터 9월 13일까지 휴가로 부재중입니다.
급한 건은 abuse@hanuldomain.example 으로 보내주시기 바랍니다.

김선우 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ====================================================================== pixboard
case(
    name="pix-janitor-informal-mixed",
    date="Sat, 07 Sep 2024 03:27:45 +0900",
    **{"from": "mods@pixboard.example"}, name_from="pixboard mods",
    subject="Re: [KCSC-240906-06] Request to remove illegal content",
    reply_to_req=mid("KCSC-240906-06"),
    body=f"""hey,

nuked {P['551203']} plus the image {P['img']}, poster banned 30d.
{P['80412']} was already pruned off the board (404) before i got to it.
the other one (551390) i'm leaving up, it's a news thread, nothing in it
against our rules.

- r, pixboard mod
""",
    outcome="applied", classification="confirmation",
    imitates="informal image-board moderator reply",
    why="nuked -> removed (2); pruned/404 -> not_found; thread 551390 named by number, left up -> rejected",
    items={P["551203"]: "removed", P["img"]: "removed", P["80412"]: "not_found",
           P["551390"]: "rejected"},
)

case(
    name="pix-news-thread-stays",
    date="Sun, 08 Sep 2024 12:09:33 +0900",
    **{"from": "mods@pixboard.example"}, name_from="pixboard mods",
    subject="Re: [KCSC-240906-06] Request to remove illegal content",
    reply_to_req=mid("KCSC-240906-06"),
    body=f"""Hi,

Checked {P['551390']} — it's a thread discussing a news
article. Nothing in it breaks our rules or local law as far as we can tell,
so it stays up. If you think a specific post in it is illegal, send us the
post number and we'll look again.

pixboard mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator declining with a reason",
    why="stays up, breaks no rule -> rejected; the invitation to send more does not undo it",
    items={P["551390"]: "rejected"},
)

case(
    name="pix-age-gated",
    date="Mon, 09 Sep 2024 21:55:02 +0900",
    **{"from": "mods@pixboard.example"}, name_from="pixboard mods",
    subject="Re: [KCSC-240906-06] Request to remove illegal content",
    reply_to_req=mid("KCSC-240906-06"),
    body=f"""{P['80412']} : moved to our 18+ section. It is now only visible to
logged-in users who have confirmed they are adults.

pixboard mods
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator moving a thread behind an age gate",
    why="visible only to verified adults -> restricted (age-restricted)",
    items={P["80412"]: "restricted"},
)

case(
    name="pix-speaks-for-fileshed",
    date="Sun, 08 Sep 2024 01:14:56 +0900",
    **{"from": "mods@pixboard.example"}, name_from="pixboard mods",
    subject="Re: [KCSC-240906-06] Request to remove illegal content",
    reply_to_req=mid("KCSC-240906-06"),
    body=f"""hi, haven't got to the threads yet.

fyi the two fileshed links people posted in there are dead now, fileshed
took them down:
{F['Kc2wE4']}
{F['Ny6gU0']}

- r
""",
    outcome="review", review="wrong_platform",
    imitates="image-board mod reporting the state of another service's files",
    why="pixboard states statuses of FileShed items",
    items={F["Kc2wE4"]: "pending", F["Ny6gU0"]: "pending"},
)

case(
    name="pix-bounce-user-unknown",
    date="Fri, 06 Sep 2024 10:00:41 +0900",
    **{"from": "postmaster@pixboard.example"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("multipart/report", "dsn-pix-77c", [
        text_part("""Delivery to the following recipient failed permanently:

     janitors@pixboard.example

Technical details of permanent failure:
550 5.1.1 <janitors@pixboard.example>: Recipient address rejected: User unknown
"""),
        """Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pixboard.example

Final-Recipient: rfc822; janitors@pixboard.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown""",
        """Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@pixboard.example
Subject: [KCSC-240906-06] Request to remove illegal content
Date: Fri, 06 Sep 2024 10:00:02 +0900
Message-ID: <req-KCSC-240906-06@kcsc.example>""",
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="DSN 550 user unknown with the original headers",
    why="bounce",
    items={},
)

# ====================================================================== PasteCat
case(
    name="paste-admin-done-no-url",
    date="Tue, 10 Sep 2024 00:12:19 +0900",
    **{"from": "luka@pastecat.example"}, name_from="Luka",
    subject="Re: [KCSC-240909-07] Removal request: 1 paste", reply_to_req=mid("KCSC-240909-07"),
    body="""done, paste deleted.

--
Luka (pastecat admin, one-man show)
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a one-person paste site",
    why="sole statement in the thread of a one-item request",
    items={C["paste"]: "removed"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 205 (hosts, CDN, registrar, forum, image board, file host,
# one-person paste site; CSV attachments and plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Edit make.py, not this file."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind205", HEADER, cases)
    a = sum(c["outcome"] == "applied" for c in cases)
    r = sum(c["outcome"] == "review" for c in cases)
    i = sum(c["outcome"] == "ignored" for c in cases)
    print(f"{len(cases)} cases: applied {a}, review {r}, ignored {i}")
