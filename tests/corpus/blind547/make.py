#!/usr/bin/env python3
"""Blind set 547: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus spreadsheets (CSV
attachments) and plain-text tables.

    python3 tests/corpus/blind547/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
the reader was run on this set. All names, sites, ids and URLs are invented.
"""
import base64
import csv
import email.header
import io
import os
import quopri
import sys
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind547"

# ---------------------------------------------------------------- requests

DV = [
    "https://dropvault.io/f/Qm7tX2aL",
    "https://dropvault.io/f/Rk2pW9cN",
    "https://dropvault.io/f/Hs4vB8dE",
    "https://dropvault.io/f/Ty6nJ3fG",
    "https://dropvault.io/f/Wz1qK5hM",
    "https://dropvault.io/f/Lp8rC7jS",
    "https://dropvault.io/f/Nx3uD2kV",
    "https://dropvault.io/f/Bg5yF4mZ",
    "https://dropvault.io/f/Jc9eH6pQ",
    "https://dropvault.io/f/Vd2wA1rT",
    "https://dropvault.io/folder/ppk-archive-2024",
    "https://dropvault.io/f/Ef7sG3uY",
    "https://dl.dropvault.io/s/8821734/clip_0912.mp4",
    "https://dropvault.io/f/Ka1hM8wX",
]
(DV_QM, DV_RK, DV_HS, DV_TY, DV_WZ, DV_LP, DV_NX, DV_BG, DV_JC, DV_VD,
 DV_FOLDER, DV_EF, DV_CLIP, DV_KA) = DV

GM_KO_RAW = "https://galmaegi.kr/갤러리/유머/55120"
GM_KO = "https://galmaegi.kr/" + urllib.parse.quote("갤러리") + "/" + urllib.parse.quote("유머") + "/55120"
GM = [
    "https://galmaegi.kr/board/free/102334",
    "https://galmaegi.kr/board/free/102391",
    GM_KO,
    "https://galmaegi.kr/board/stock/88710?page=2",
    "https://galmaegi.kr/board/free/102455",
]
GM_334, GM_391, _, GM_STOCK, GM_455 = GM

HN = [
    "http://ddalgibet77.shop/event/join.php",
    "https://sunny-toto.hostnara.kr/",
    "https://www.haru-pharm24.com/product/view?no=311",
    "http://203.0.113.45/~minsu/index.html",
]
HN_DDALGI, HN_TOTO, HN_PHARM, HN_MINSU = HN

PC = [
    "https://pinechan.org/kr/res/40122.html",
    "https://pinechan.org/kr/res/40177.html",
    "https://img.pinechan.org/kr/src/1726031188532.jpg",
]
PC_122, PC_177, PC_IMG = PC

NP = ["https://bada-casino88.com/", "https://nuri-ticket-sale.net/"]
NP_BADA, NP_NURI = NP

EV = [
    "https://mukbang-leak.tv/v/20931",
    "https://mukbang-leak.tv/v/20954",
    "https://cdn-ev.edgeveil.net/a7f3/stream/hl_2291.m3u8",
]
EV_31, EV_54, EV_M3U8 = EV

PW = ["https://pastewell.net/k8Jd2Rx"]
PW_PASTE = PW[0]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid, note
    ("KCSC-240903-01", "dropvault", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", DV,
     "obscenity", "req-240903-01@kcsc.example", 'file host: 13 files and one shared folder, "ppk" archive'),
    ("KCSC-240905-02", "galmaegi", "2024-09-05T14:30:00+09:00", "2024-09-12T18:00:00+09:00", GM,
     "defamation", "req-240905-02@kcsc.example", "forum posts, one in the Korean-named gallery"),
    ("KCSC-240909-03", "hostnara", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", HN,
     "gambling, drug sales", "req-240909-03@kcsc.example", "customer sites on a Korean web host"),
    ("KCSC-240911-04", "pinechan", "2024-09-11T11:05:00+09:00", "2024-09-18T18:00:00+09:00", PC,
     "privacy", "req-240911-04@kcsc.example", "image board: two threads and one image file"),
    ("KCSC-240912-05", "namepier", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00", NP,
     "gambling", "req-240912-05@kcsc.example", "registrar; whole domains"),
    ("KCSC-240913-06", "edgeveil", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", EV,
     "obscenity", "req-240913-06@kcsc.example", "CDN in front of a video site, one object on its own storage"),
    ("KCSC-240918-07", "pastewell", "2024-09-18T15:10:00+09:00", "2024-09-25T18:00:00+09:00", PW,
     "privacy", "req-240918-07@kcsc.example", "paste site, one paste"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAME = {"dropvault": "Dropvault", "galmaegi": "Galmaegi", "hostnara": "Hostnara",
                 "pinechan": "Pinechan", "namepier": "NamePier", "edgeveil": "EdgeVeil",
                 "pastewell": "Pastewell"}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def request_text(ref, prefix=""):
    """Our own request email, as platforms quote it back."""
    plat = REQ[ref][1]
    urls = [GM_KO_RAW if u == GM_KO else u for u in REQ[ref][4]]
    lines = [
        f"Dear {PLATFORM_NAME[plat]},",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        f"the following content (reference {ref}):",
        "",
    ] + urls + [
        "",
        "Please reply to this address with the action taken for each URL.",
        "",
        "KCSC Takedown Team",
    ]
    return "\n".join((prefix + l).rstrip() for l in lines)


# ---------------------------------------------------------------- MIME helpers

def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def with_attachment(text, filename, ctype, data, boundary, b64_text=False, att_b64=True):
    fn_param = f'filename="{filename}"'
    if any(ord(ch) > 127 for ch in filename):
        fn_param = "filename*=UTF-8''" + urllib.parse.quote(filename)
    if b64_text:
        tpart = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                 + b64(text.strip("\n").encode("utf-8") + b"\n"))
    else:
        tpart = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                 + text.strip("\n"))
    if att_b64:
        apart = (f"Content-Type: {ctype}\nContent-Disposition: attachment; {fn_param}\n"
                 f"Content-Transfer-Encoding: base64\n\n" + b64(data))
    else:
        apart = (f"Content-Type: {ctype}\nContent-Disposition: attachment; {fn_param}\n"
                 f"Content-Transfer-Encoding: 8bit\n\n" + data.decode("utf-8").strip("\n"))
    return (f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'
            f"This is a multi-part message in MIME format.\n\n"
            f"--{boundary}\n{tpart}\n\n--{boundary}\n{apart}\n\n--{boundary}--\n")


def csv_bytes(rows, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def tiny_pdf(text):
    stream = zlib.compress(("BT /F1 10 Tf 40 780 Td (" + text + ") Tj ET").encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= Dropvault (file host), KCSC-240903-01, 14 items

case(
    name="dv-csv-results-all-fourteen",
    frm="abuse@dropvault.io", name_from="Dropvault Abuse Team",
    date="Thu, 05 Sep 2024 11:31:07 +0000",
    subject="Re: KCSC-240903-01 - takedown results",
    reply_to_req="req-240903-01",
    raw_mime=with_attachment(
        """Hello,

We have finished processing the 14 links in your notice KCSC-240903-01.
The result for each link is in the attached spreadsheet
(dropvault_KCSC-240903-01.csv), one row per link.

Deleted files cannot be restored by the uploader. Where the result says
"no action" the comment column gives our reason.

Regards,
Dropvault Trust & Safety
https://dropvault.io/legal/abuse-policy""",
        "dropvault_KCSC-240903-01.csv", "text/csv; charset=utf-8",
        csv_bytes([
            ["link", "result", "date_utc", "comment"],
            [DV_QM, "deleted", "2024-09-05 02:14", ""],
            [DV_RK, "deleted", "2024-09-05 02:14", ""],
            [DV_HS, "deleted", "2024-09-05 02:15", ""],
            [DV_TY, "not found", "2024-09-05 02:15", "already deleted by the uploader before review"],
            [DV_WZ, "deleted", "2024-09-05 02:16", ""],
            [DV_LP, "no action", "2024-09-05 02:20", "public court judgment, does not breach our terms"],
            [DV_NX, "deleted", "2024-09-05 02:21", ""],
            [DV_BG, "geo-blocked", "2024-09-05 02:22", "unavailable to visitors from KR only"],
            [DV_JC, "deleted", "2024-09-05 02:22", ""],
            [DV_VD, "not found", "2024-09-05 02:23", "invalid link, no such file id"],
            [DV_FOLDER, "disabled", "2024-09-05 02:25", "shared folder link disabled"],
            [DV_EF, "deleted", "2024-09-05 02:25", ""],
            [DV_CLIP, "deleted", "2024-09-05 02:26", "direct download link"],
            [DV_KA, "deleted", "2024-09-05 02:26", ""],
        ]),
        "dv-csv-01", att_b64=False),
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk sending per-link results as a CSV spreadsheet",
    why="CSV row per link: deleted/disabled -> removed, not found/invalid -> not_found, no action with reason -> rejected, geo-blocked KR -> restricted",
    items={DV_QM: "removed", DV_RK: "removed", DV_HS: "removed", DV_TY: "not_found",
           DV_WZ: "removed", DV_LP: "rejected", DV_NX: "removed", DV_BG: "restricted",
           DV_JC: "removed", DV_VD: "not_found", DV_FOLDER: "removed", DV_EF: "removed",
           DV_CLIP: "removed", DV_KA: "removed"},
)

case(
    name="dv-fixed-width-table",
    frm="support@dropvault.io", name_from="Dropvault Support",
    date="Wed, 04 Sep 2024 07:02:44 +0000",
    subject="Re: [Ticket DV-771203] KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hi,

Update on the first batch of your report:

FILE ID    LINK                                   STATUS
---------  -------------------------------------  ----------
Qm7tX2aL   https://dropvault.io/f/Qm7tX2aL        DELETED
Rk2pW9cN   https://dropvault.io/f/Rk2pW9cN        DELETED
Hs4vB8dE   https://dropvault.io/f/Hs4vB8dE        NOT FOUND
Ty6nJ3fG   https://dropvault.io/f/Ty6nJ3fG        DELETED
Wz1qK5hM   https://dropvault.io/f/Wz1qK5hM        DISABLED

The remaining links are still with the team, we will write again when
they are done.

--
Dropvault Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply pasting a fixed-width plain-text status table",
    why="five rows with an explicit status each; the closing sentence names no link",
    items={DV_QM: "removed", DV_RK: "removed", DV_HS: "not_found", DV_TY: "removed", DV_WZ: "removed"},
)

case(
    name="dv-bare-url-status-below",
    frm="jin@dropvault.io", name_from="Jin Park",
    date="Wed, 04 Sep 2024 23:48:10 +0900",
    subject="Re: KCSC-240903-01 Request for removal",
    reply_to_req="req-240903-01",
    body="""hey, checked these ones:

https://dropvault.io/f/Nx3uD2kV
-> removed

https://dropvault.io/f/Bg5yF4mZ
-> removed

https://dropvault.io/f/Jc9eH6pQ
-> file doesn't exist on our side (wrong id?)

jin / dropvault ops
""",
    outcome="applied", classification="confirmation",
    imitates="one-person ops engineer answering in shorthand, status on the line under each link",
    why="two links removed, one does not exist -> not_found",
    items={DV_NX: "removed", DV_BG: "removed", DV_JC: "not_found"},
)

case(
    name="dv-folder-and-file-prose",
    frm="legal@dropvault.io", name_from="Mara Lindqvist",
    date="Mon, 09 Sep 2024 14:05:33 +0200",
    subject="Your reference KCSC-240903-01",
    body="""Dear KCSC,

Regarding your reference KCSC-240903-01: we have disabled the shared folder
https://dropvault.io/folder/ppk-archive-2024, so its public link now shows
an error page to everyone. The standalone file https://dropvault.io/f/Ef7sG3uY
was deleted from our storage this morning.

The other links in your notice are being handled separately by our abuse
desk.

Kind regards,
Mara Lindqvist
Legal Operations, Dropvault
""",
    outcome="applied", classification="confirmation",
    imitates="legal-operations prose reply from a file host",
    why="folder disabled for everyone and file deleted: both removed; the rest is not named",
    items={DV_FOLDER: "removed", DV_EF: "removed"},
)

_dv_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Below is the outcome of your notice <b>KCSC-240903-01</b> for the links our
team has reviewed so far.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Action taken</th><th>Date</th></tr>
<tr><td><a href="{DV_LP}">{DV_LP}</a></td><td>Removed</td><td>2024-09-06</td></tr>
<tr><td><a href="{DV_VD}">{DV_VD}</a></td><td>Not found</td><td>2024-09-06</td></tr>
<tr><td><a href="{DV_CLIP}">{DV_CLIP}</a></td><td>Access disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{DV_KA}">{DV_KA}</a></td><td>Restricted in South Korea</td><td>2024-09-06</td></tr>
</table>
<p>If the uploader appeals, we will let you know. Our appeals process is described at
<a href="https://dropvault.io/help/appeals">https://dropvault.io/help/appeals</a>.</p>
<p>Dropvault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dv-html-table-quoted-printable",
    frm="trust@dropvault.io", name_from="Dropvault Trust & Safety",
    date="Fri, 06 Sep 2024 09:12:00 +0000",
    subject="Outcome of notice KCSC-240903-01 (partial)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_dv_html),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety case tool sending an HTML results table, quoted-printable",
    why="table rows: removed, not found, access disabled (removed), restricted in Korea; appeals page is not an item",
    items={DV_LP: "removed", DV_VD: "not_found", DV_CLIP: "removed", DV_KA: "restricted"},
)

case(
    name="dv-top-posted-over-original-message",
    frm="ola.berg@dropvault.io", name_from="Ola Berg",
    date="Tue, 03 Sep 2024 19:40:51 +0200",
    subject="RE: KCSC-240903-01 Request for removal",
    reply_to_req="req-240903-01",
    body=f"""Done - https://dropvault.io/f/Ka1hM8wX and https://dropvault.io/f/Vd2wA1rT are removed now. Rest tomorrow.

Ola

Sent from my phone

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 3:12 AM
To: abuse@dropvault.io
Subject: KCSC-240903-01 Request for removal

{request_text("KCSC-240903-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="phone reply top-posted over an Outlook '-----Original Message-----' quote",
    why="two links named above the quote are removed; the 14 links in the quoted request say nothing",
    items={DV_KA: "removed", DV_VD: "removed"},
)

case(
    name="dv-gmail-reply-bullets",
    frm="ola.berg@dropvault.io", name_from="Ola Berg",
    date="Wed, 04 Sep 2024 12:20:19 +0200",
    subject="Re: KCSC-240903-01 Request for removal",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Results so far:

* https://dropvault.io/f/Qm7tX2aL - deleted
* https://dropvault.io/f/Hs4vB8dE - deleted
* https://dropvault.io/f/Jc9eH6pQ - not found, the id does not exist
* https://dropvault.io/f/Ef7sG3uY - deleted

Best,
Ola
Dropvault T&S

On Tue, 3 Sep 2024 at 03:12, KCSC Takedown <takedown@kcsc.example> wrote:
{request_text("KCSC-240903-01", "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style bulleted reply above a '>' quoted request",
    why="four bullets with statuses; quoted request lines are ours",
    items={DV_QM: "removed", DV_HS: "removed", DV_JC: "not_found", DV_EF: "removed"},
)

case(
    name="dv-headings-taken-down-and-not-located",
    frm="abuse@dropvault.io", name_from="Dropvault Abuse Team",
    date="Sat, 07 Sep 2024 08:55:02 +0000",
    subject="KCSC-240903-01: action taken (our case DV-771203)",
    body="""Hello KCSC team,

Following your notice (our case DV-771203), we took down the following
files:

https://dropvault.io/f/Rk2pW9cN
https://dropvault.io/f/Wz1qK5hM
https://dropvault.io/f/Nx3uD2kV

We could not locate these; the links lead to no file in our system:

https://dropvault.io/f/Lp8rC7jS
https://dropvault.io/f/Bg5yF4mZ

Regards,
Dropvault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply grouping links under two statement headings",
    why="three links under 'took down' -> removed, two under 'could not locate' -> not_found",
    items={DV_RK: "removed", DV_WZ: "removed", DV_NX: "removed", DV_LP: "not_found", DV_BG: "not_found"},
)

case(
    name="dv-promise-removal-queue",
    frm="support@dropvault.io", name_from="Dropvault Support",
    date="Tue, 03 Sep 2024 09:15:40 +0000",
    subject="Re: [Ticket DV-771203] KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello,

Thanks for the notice. The files https://dropvault.io/f/Rk2pW9cN and
https://dropvault.io/f/Ty6nJ3fG are in our removal queue and will be
deleted within 24 hours. We will confirm by email once that is done.

Dropvault Support
""",
    outcome="review", review="not_understood",
    imitates="helpdesk reply promising deletion later",
    why="'will be deleted' is a promise, not a statement; names requested items",
    items={DV_RK: "pending", DV_TY: "pending"},
)

case(
    name="dv-bulk-all-removed",
    frm="trust@dropvault.io", name_from="Dropvault Trust & Safety",
    date="Sun, 08 Sep 2024 16:00:12 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body="""Hello,

All files listed in your notice KCSC-240903-01 have been removed from
Dropvault and the uploading account has been terminated.

Regards,
Dropvault Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content removed' reply",
    why="statement about all items of a 14-item request without naming each",
    items={u: "pending" for u in DV},
)

case(
    name="dv-asks-for-court-order",
    frm="legal@dropvault.io", name_from="Mara Lindqvist",
    date="Wed, 04 Sep 2024 10:44:29 +0200",
    subject="Re: KCSC-240903-01 Request for removal",
    reply_to_req="req-240903-01",
    body="""Dear KCSC,

Before we can act on your notice KCSC-240903-01 we need a copy of the
Commission's decision, or a court order, that covers these files, and
the legal provision you rely on for each of them. Please reply to this
email with those documents attached.

Kind regards,
Mara Lindqvist
Legal Operations, Dropvault
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="host's legal team asking for the underlying order before acting",
    why="asks for documents; no status for any item",
    items={},
)

case(
    name="dv-pdf-report-attached",
    frm="abuse@dropvault.io", name_from="Dropvault Abuse Team",
    date="Mon, 09 Sep 2024 06:30:00 +0000",
    subject="KCSC-240903-01 outcome report",
    reply_to_req="req-240903-01",
    raw_mime=with_attachment(
        """Hello,

Please find attached the outcome report for your notice KCSC-240903-01,
with the action taken on each link.

Dropvault Abuse Team""",
        "DV-771203-outcome.pdf", "application/pdf",
        tiny_pdf("Qm7tX2aL removed; Rk2pW9cN removed; Lp8rC7jS no action"),
        "dv-pdf-01"),
    outcome="review", review="unreadable_attachment",
    imitates="abuse desk sending its outcome as a PDF report",
    why="the statuses are only in a PDF; the body says nothing item-level",
    items={},
)

case(
    name="dv-ticket-receipt",
    frm="noreply@dropvault.io", name_from="Dropvault Support",
    date="Tue, 03 Sep 2024 01:12:31 +0000",
    subject="[Ticket DV-771203] We received your report",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report and created ticket DV-771203.
Our team usually replies within 72 hours. There is no need to send the
report again; replying to this email adds to the same ticket.

Dropvault Support
https://dropvault.io/help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-created receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

# ======================= Galmaegi (Korean forum), KCSC-240905-02, 5 items

case(
    name="gm-notice-with-particles",
    frm="help@galmaegi.kr", name_from="갈매기 운영팀",
    date="Fri, 06 Sep 2024 10:21:00 +0900",
    subject="[갈매기] 게시물 조치 결과 안내 (KCSC-240905-02)",
    body=f"""안녕하세요, 갈매기 커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240905-02)에 대한 처리 결과를 알려드립니다.

1. https://galmaegi.kr/board/free/102334 — 운영자 삭제
2. https://galmaegi.kr/board/free/102391 — 운영자 삭제
3. {GM_KO_RAW} — 삭제 완료

그리고 https://galmaegi.kr/board/free/102455는 요청을 받기 전에 작성자가 직접 삭제한 게시물이라 따로 조치할 대상이 없었습니다.

감사합니다.
갈매기 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 게시물 조치 결과 안내 with a numbered list and a URL followed by a particle",
    why="three 삭제 -> removed (one raw Korean path); 102455는 deleted by its author beforehand -> not_found",
    items={GM_334: "removed", GM_391: "removed", GM_KO: "removed", GM_455: "not_found"},
)

case(
    name="gm-blind-and-keep",
    frm="help@galmaegi.kr", name_from="갈매기 운영팀",
    date="Mon, 09 Sep 2024 17:03:45 +0900",
    subject="Re: KCSC-240905-02 게시물 삭제 요청",
    reply_to_req="req-240905-02",
    body="""안녕하세요. 갈매기 운영팀입니다.
요청하신 게시물 중 2건의 검토 결과를 알려드립니다.

https://galmaegi.kr/board/stock/88710?page=2
→ 주식 게시판 이용규칙 위반으로 블라인드 처리하였습니다.

https://galmaegi.kr/board/free/102334
→ 내용을 확인하였으나 관련 법령 및 운영정책상 삭제 사유에 해당하지 않아 게시물을 유지합니다.

신고 관련 안내: https://galmaegi.kr/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum review result: 블라인드 for one post, 유지 with reason for another",
    why="블라인드 -> removed; kept because no ground for deletion -> rejected; help page is not an item",
    items={GM_STOCK: "removed", GM_334: "rejected"},
)

case(
    name="gm-admin-one-liner",
    frm="admin@galmaegi.kr", name_from="갈매기 관리자",
    date="Thu, 05 Sep 2024 22:47:13 +0900",
    subject="Re: KCSC-240905-02 게시물 삭제 요청",
    reply_to_req="req-240905-02",
    body="""https://galmaegi.kr/board/free/102391 지웠습니다.

--
갈매기 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering in one line",
    why="지웠습니다 (deleted it) about one named post",
    items={GM_391: "removed"},
)

case(
    name="gm-base64-temporary-measure",
    frm="help@galmaegi.kr", name_from="갈매기 운영팀",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject="[갈매기] 임시조치 안내 (KCSC-240905-02)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요, 갈매기 운영팀입니다.

요청번호 KCSC-240905-02 관련하여 아래 게시물에 대해 정보통신망법 제44조의2에 따라 30일간 임시조치(열람 제한)를 하였습니다.

- https://galmaegi.kr/board/free/102455
- {GM_KO}

임시조치 기간 중 게시자가 재게시를 요청하면 다시 알려드리겠습니다.

갈매기 운영팀 드림
""".encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 notice (정보통신망법 제44조의2), base64 body",
    why="30-day 임시조치 -> restricted for both; the closing promise concerns a future event",
    items={GM_455: "restricted", GM_KO: "restricted"},
)

case(
    name="gm-csv-korean-headers",
    frm="help@galmaegi.kr", name_from="갈매기 운영팀",
    date="Wed, 11 Sep 2024 15:12:09 +0900",
    subject="[갈매기] 조치결과 회신 (KCSC-240905-02)",
    reply_to_req="req-240905-02",
    raw_mime=with_attachment(
        """안녕하세요, 갈매기 운영팀입니다.

요청하신 게시물 5건의 처리 결과를 첨부 파일(조치결과_KCSC-240905-02.csv)로 보내드립니다.

감사합니다.""",
        "조치결과_KCSC-240905-02.csv", "text/csv; charset=utf-8",
        csv_bytes([
            ["번호", "URL", "처리결과", "비고"],
            ["1", GM_334, "삭제", ""],
            ["2", GM_391, "블라인드", ""],
            ["3", GM_KO_RAW, "게시물 없음", "작성자가 이미 삭제"],
            ["4", GM_STOCK, "유지", "위반사항 없음"],
            ["5", GM_455, "접근 제한", "국내 IP 차단"],
        ], bom=True),
        "gm-csv-01", b64_text=True),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 spreadsheet (CSV, BOM, Korean headers) attached to a base64 body",
    why="삭제/블라인드 -> removed, 게시물 없음 -> not_found, 유지 (no violation) -> rejected, 접근 제한 -> restricted",
    items={GM_334: "removed", GM_391: "removed", GM_KO: "not_found", GM_STOCK: "rejected", GM_455: "restricted"},
)

case(
    name="gm-hedge-seems-already-deleted",
    frm="help@galmaegi.kr", name_from="갈매기 운영팀",
    date="Fri, 06 Sep 2024 18:40:00 +0900",
    subject="Re: KCSC-240905-02 게시물 삭제 요청",
    reply_to_req="req-240905-02",
    body="""안녕하세요. 갈매기 운영팀입니다.

https://galmaegi.kr/board/free/102391 게시물은 확인해 보니 이미 삭제된 것으로 보입니다. 정확한 삭제 경위는 확인 중이며, 나머지 게시물은 검토 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum reply hedging ('삭제된 것으로 보입니다') and promising a later answer",
    why="'appears to be deleted' is a hedge; the rest is a promise",
    items={GM_391: "pending"},
)

_orig = request_text("KCSC-240905-02")
case(
    name="gm-dsn-user-unknown",
    frm="MAILER-DAEMON@mx1.galmaegi.kr", name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 14:30:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="gm-dsn-01"

This is a MIME-encapsulated message.

--gm-dsn-01
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.galmaegi.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@galmaegi.kr>: host mx1.galmaegi.kr[local] said: 550 5.1.1
    <report@galmaegi.kr>: Recipient address rejected: User unknown

--gm-dsn-01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.galmaegi.kr
Arrival-Date: Thu,  5 Sep 2024 14:30:05 +0900 (KST)

Final-Recipient: rfc822; report@galmaegi.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--gm-dsn-01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@galmaegi.kr
Subject: KCSC-240905-02 Request for removal
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 14:30:00 +0900
Content-Type: text/plain; charset=utf-8

{_orig}

--gm-dsn-01--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URLs are in our own returned message",
    items={},
)

# ======================= Hostnara (web host), KCSC-240909-03, 4 items

case(
    name="hn-account-suspended-and-customer-deleted",
    frm="abuse@hostnara.co.kr", name_from="Hostnara Abuse Desk",
    date="Tue, 10 Sep 2024 11:18:27 +0900",
    subject="[Hostnara #HN-55810] Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body="""Hello,

We looked into the addresses in your request.

http://ddalgibet77.shop/event/join.php is on one of our shared hosting
accounts. The account has been suspended for breach of our acceptable use
policy and the site is offline.

The customer behind https://sunny-toto.hostnara.kr/ deleted the page
after our warning; we checked and the address now returns 404.

We will follow up on the other two.

Hostnara Abuse Desk
https://hostnara.co.kr/policy/aup
""",
    outcome="applied", classification="confirmation",
    imitates="web-host abuse desk: account suspended, customer removed the page after a warning",
    why="suspended site offline -> removed; page deleted after the host's warning -> removed",
    items={HN_DDALGI: "removed", HN_TOTO: "removed"},
)

case(
    name="hn-no-such-customer",
    frm="noc@hostnara.co.kr", name_from="Hostnara NOC",
    date="Wed, 11 Sep 2024 08:02:51 +0900",
    subject="Re: KCSC-240909-03 Request for removal",
    reply_to_req="req-240909-03",
    body="""Hi,

203.0.113.45 is not in our address space any more; we returned that range
to our upstream provider last year. We have no customer or account that
matches http://203.0.113.45/~minsu/index.html, so there is nothing on our
servers that we could remove.

Regards,
Hostnara NOC
""",
    outcome="applied", classification="confirmation",
    imitates="host NOC answering that an IP address is no longer theirs",
    why="host cannot locate the content on its servers -> not_found",
    items={HN_MINSU: "not_found"},
)

case(
    name="hn-ticket-resolved-removed-and-refused",
    frm="support@hostnara.co.kr", name_from="Hostnara Support",
    date="Thu, 12 Sep 2024 16:41:00 +0900",
    subject="[Hostnara #HN-55810] Ticket resolved",
    reply_to_req="req-240909-03",
    body="""Ticket #HN-55810 has been updated by Seo-yeon Kang (Abuse)
Status: Resolved
----------------------------------------------------------------

Hello,

https://www.haru-pharm24.com/product/view?no=311 - the customer removed
the product page and we verified that it is gone.

https://sunny-toto.hostnara.kr/ - this page only shows lottery draw
results copied from public sources. It does not breach our terms of
service, so we are not taking action against it.

----------------------------------------------------------------
You can view this ticket at https://my.hostnara.co.kr/tickets/HN-55810
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style ticket update mail with an agent's reply",
    why="product page removed; lottery page refused with a reason -> rejected; ticket link is not an item",
    items={HN_PHARM: "removed", HN_TOTO: "rejected"},
)

case(
    name="hn-korean-domestic-block",
    frm="abuse@hostnara.co.kr", name_from="호스트나라 어뷰즈 대응팀",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    subject="[호스트나라] 불법정보 조치 결과 회신",
    body="""안녕하세요, 호스트나라 어뷰즈 대응팀입니다.
요청번호: KCSC-240909-03

1) https://www.haru-pharm24.com/product/view?no=311
   - 해외 이용자 대상 판매 사이트로 확인되어, 국내 IP에 대해 접속 차단 조치하였습니다.

2) http://ddalgibet77.shop/event/join.php
   - 해당 호스팅 계정 서비스 해지 및 데이터 삭제 완료.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean host's 조치 결과 회신 with numbered items",
    why="국내 접속 차단 -> restricted; account terminated and data deleted -> removed",
    items={HN_PHARM: "restricted", HN_DDALGI: "removed"},
)

case(
    name="hn-echoed-report-form",
    frm="abuse@hostnara.co.kr", name_from="Hostnara Abuse Desk",
    date="Fri, 13 Sep 2024 16:40:22 +0900",
    subject="[Hostnara #HN-55833] Your abuse report has been closed",
    body="""Thank you for contacting Hostnara. Below is a copy of your report
and our outcome.

--- Your report ---
Reporter:     KCSC (takedown@kcsc.example)
Reference:    KCSC-240909-03
Reported URL: http://203.0.113.45/~minsu/index.html
Category:     Illegal content (KR)

--- Outcome ---
Action:  Content removed by the customer at our request.
Closed:  2024-09-13 16:40 KST

Hostnara Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-form system echoing the submitted report and its closing outcome",
    why="the platform's own echo of the report followed by an outcome: removed",
    items={HN_MINSU: "removed"},
)

case(
    name="hn-conditional-suspension",
    frm="abuse@hostnara.co.kr", name_from="Hostnara Abuse Desk",
    date="Mon, 09 Sep 2024 15:22:10 +0900",
    subject="[Hostnara #HN-55810] Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body="""Hello,

We have forwarded your complaint about http://ddalgibet77.shop/event/join.php
to our customer. If the content is not removed within 48 hours, we will
suspend the hosting account.

Hostnara Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="host forwarding the complaint to its customer with a deadline",
    why="conditional future action, no statement of status",
    items={HN_DDALGI: "pending"},
)

case(
    name="hn-about-registrar-item",
    frm="abuse@hostnara.co.kr", name_from="Hostnara Abuse Desk",
    date="Mon, 16 Sep 2024 09:48:00 +0900",
    subject="bada-casino88.com",
    body="""Hello,

The registrar of bada-casino88.com passed your complaint to us as the
site's host. We have terminated the hosting account and deleted its files,
so https://bada-casino88.com/ no longer serves any content from our
servers.

Hostnara Abuse Desk
""",
    outcome="review", review="wrong_platform",
    imitates="host answering a complaint passed on by the registrar",
    why="Hostnara states a status for an item of the NamePier request",
    items={NP_BADA: "pending"},
)

case(
    name="hn-out-of-office",
    frm="seoyeon.kang@hostnara.co.kr", name_from="Seo-yeon Kang",
    date="Mon, 09 Sep 2024 09:40:12 +0900",
    subject="Automatic reply: KCSC-240909-03 Request for removal",
    reply_to_req="req-240909-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.
For abuse matters please write to abuse@hostnara.co.kr.

9월 23일까지 부재중입니다. 어뷰즈 관련 문의는 abuse@hostnara.co.kr 로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply, English and Korean",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="owner-gmail-says-deleted",
    frm="kim.minsu.web@gmail.com", name_from="Minsu Kim",
    date="Fri, 13 Sep 2024 21:13:40 +0900",
    subject="About KCSC-240909-03",
    body="""Hello,

I am the owner of the page http://203.0.113.45/~minsu/index.html. My hosting
company told me about your request KCSC-240909-03. I deleted the page
today. Please close the case.

Minsu Kim
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing from a personal mailbox",
    why="not a platform's domain; names our request and a URL",
    items={HN_MINSU: "pending"},
)

# ======================= Pinechan (image board), KCSC-240911-04, 3 items

case(
    name="pc-janitor-angle-brackets",
    frm="mod@pinechan.org", name_from="pinechan mod",
    date="Wed, 11 Sep 2024 13:27:55 +0000",
    subject="Re: KCSC-240911-04 Request for removal",
    reply_to_req="req-240911-04",
    body="""deleted <https://pinechan.org/kr/res/40122.html> and <https://pinechan.org/kr/res/40177.html>, and the file <https://img.pinechan.org/kr/src/1726031188532.jpg> is purged from the server too.

- mod
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's one-line reply with URLs in angle brackets",
    why="two threads deleted and the image purged: all removed",
    items={PC_122: "removed", PC_177: "removed", PC_IMG: "removed"},
)

case(
    name="pc-url-below-statement",
    frm="admin@pinechan.org", name_from="pinechan admin",
    date="Thu, 12 Sep 2024 02:11:09 +0000",
    subject="Re: KCSC-240911-04 Request for removal",
    reply_to_req="req-240911-04",
    body="""Hello.

This one is gone:
https://pinechan.org/kr/res/40177.html

This one we're leaving up. It's a photo of a newspaper front page and
nothing in it breaks our rules:
https://img.pinechan.org/kr/src/1726031188532.jpg

pinechan admin team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin with each URL on the line below its statement",
    why="'gone' -> removed; left up because no rule broken -> rejected",
    items={PC_177: "removed", PC_IMG: "rejected"},
)

case(
    name="pc-numbered-pruned-and-deleted",
    frm="admin@pinechan.org", name_from="pinechan admin",
    date="Fri, 13 Sep 2024 20:30:00 +0000",
    subject="your ref KCSC-240911-04",
    body="""Re your ref KCSC-240911-04:

1. https://pinechan.org/kr/res/40122.html - the thread was pruned by the
   board before we got to it, there is nothing left to delete.
2. https://pinechan.org/kr/res/40177.html - deleted, poster banned.

-- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's numbered list with a wrapped line",
    why="thread already gone by board pruning -> not_found; second deleted -> removed",
    items={PC_122: "not_found", PC_177: "removed"},
)

case(
    name="pc-new-abuse-address",
    frm="janitor@pinechan.org", name_from="pinechan",
    date="Mon, 16 Sep 2024 04:00:00 +0000",
    subject="new abuse contact",
    body="""Hi,

Just so you know, we moved abuse handling to abuse@pinechan.org. The old
janitor@ address will stop working at the end of the month, so please send
future reports there.

thanks
""",
    outcome="review", review="no_claims",
    imitates="small site telling reporters about a new abuse address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="pc-read-receipt",
    frm="mod@pinechan.org", name_from="pinechan mod",
    date="Wed, 11 Sep 2024 12:01:33 +0000",
    subject="Read: KCSC-240911-04 Request for removal",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="pc-mdn-01"

--pc-mdn-01
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to <mod@pinechan.org> at 11/09/2024 11:05.

This receipt verifies that the message has been displayed on the recipient's computer.

--pc-mdn-01
Content-Type: message/disposition-notification

Reporting-UA: mod-laptop; Thunderbird 115.14.0
Original-Recipient: rfc822;mod@pinechan.org
Final-Recipient: rfc822;mod@pinechan.org
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--pc-mdn-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="MDN",
    items={},
)

# ======================= NamePier (registrar), KCSC-240912-05, 2 items

case(
    name="np-clienthold-and-not-ours",
    frm="abuse@namepier.com", name_from="NamePier Abuse Team",
    date="Fri, 13 Sep 2024 03:15:48 +0000",
    subject="RE: KCSC-240912-05 [NP-ABUSE-448812]",
    reply_to_req="req-240912-05",
    body="""Dear Sir or Madam,

Thank you for your report (KCSC-240912-05).

The domain bada-casino88.com is registered with NamePier. After review we
have placed it on clientHold; it has been removed from the zone and
https://bada-casino88.com/ no longer resolves.

The domain nuri-ticket-sale.net is not registered with NamePier, so we
cannot act on https://nuri-ticket-sale.net/. WHOIS shows another registrar
of record.

NamePier Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain put on clientHold, other domain not theirs",
    why="clientHold, no longer resolves -> removed; domain not registered with them -> not_found",
    items={NP_BADA: "removed", NP_NURI: "not_found"},
)

case(
    name="np-registrar-declines-content",
    frm="abuse@namepier.com", name_from="NamePier Abuse Team",
    date="Tue, 17 Sep 2024 22:09:10 +0000",
    subject="RE: KCSC-240912-05 [NP-ABUSE-448812]",
    reply_to_req="req-240912-05",
    body="""Hello,

We reviewed your complaint about https://nuri-ticket-sale.net/. As a
registrar we do not host the website and we do not decide whether its
content is lawful. The domain is not used for phishing, malware or spam,
which are the only grounds on which we suspend domains without a court
order, so we will not take action on this domain.

You may wish to contact the hosting provider of the website directly.

NamePier Abuse Team
https://namepier.com/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining a content complaint (no court order, not DNS abuse)",
    why="refusal with its reason: the domain stays -> rejected",
    items={NP_NURI: "rejected"},
)

case(
    name="np-auth-fail-suspended",
    frm="abuse@namepier.com", name_from="NamePier Abuse Team",
    auth="fail",
    date="Mon, 16 Sep 2024 05:44:00 +0000",
    subject="RE: KCSC-240912-05",
    body="""Hello,

The domain bada-casino88.com has been suspended and https://bada-casino88.com/
is no longer reachable.

NamePier Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="registrar reply whose DKIM/DMARC check failed",
    why="platform domain but authentication failed",
    items={NP_BADA: "pending"},
)

case(
    name="np-unmonitored-autoresponder",
    frm="abuse@namepier.com", name_from="NamePier",
    date="Thu, 12 Sep 2024 07:20:03 +0000",
    subject="Auto: KCSC-240912-05 Request for removal",
    reply_to_req="req-240912-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""This is an automated message.

This address does not accept abuse reports by email and your message has
not been read. Please submit your report with the form at
https://namepier.com/abuse so that it reaches the right team.

NamePier
""",
    outcome="ignored", classification="auto_reply",
    imitates="registrar autoresponder pointing to its abuse web form",
    why="auto-reply; the form link is not an item",
    items={},
)

# ======================= EdgeVeil (CDN), KCSC-240913-06, 3 items

case(
    name="ev-geo-block-and-purge-wrapped",
    frm="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Mon, 16 Sep 2024 12:00:40 +0000",
    subject="Re: KCSC-240913-06 [EV-2024-0913-55290]",
    reply_to_req="req-240913-06",
    body="""Hello,

Re: KCSC-240913-06

The following URLs are now blocked at our edge for visitors in the Republic
of Korea. The origin server is not ours, so the pages remain reachable from
other countries:

https://mukbang-leak.tv/v/20931
https://mukbang-leak.tv/v/20954

The stream below was stored on our own object storage product. We deleted
the object and purged it from cache worldwide:

<https://cdn-ev.edgeveil.net/a7f3/stream/
hl_2291.m3u8>

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply: geo-block at the edge for Korea, own-storage object deleted; long URL wrapped inside angle brackets",
    why="KR-only edge block -> restricted x2; stored object deleted and purged -> removed",
    items={EV_31: "restricted", EV_54: "restricted", EV_M3U8: "removed"},
)

case(
    name="ev-bulk-all-blocked",
    frm="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Wed, 18 Sep 2024 08:30:00 +0000",
    subject="Re: KCSC-240913-06 [EV-2024-0913-55290]",
    reply_to_req="req-240913-06",
    body="""Hello,

All of the URLs in your report KCSC-240913-06 have been blocked on our
network.

EdgeVeil Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="CDN one-line 'all reported URLs blocked' reply",
    why="statement about all items of a 3-item request without naming each",
    items={u: "pending" for u in EV},
)

case(
    name="ev-forwarded-to-hosting-provider",
    frm="abuse@edgeveil.net", name_from="EdgeVeil Trust & Safety",
    date="Fri, 13 Sep 2024 04:12:00 +0000",
    subject="Re: KCSC-240913-06 [EV-2024-0913-55290]",
    reply_to_req="req-240913-06",
    body="""Hello,

EdgeVeil provides CDN and security services to mukbang-leak.tv, but we do
not host its content and cannot remove material that is stored on someone
else's server. This concerns https://mukbang-leak.tv/v/20931 and
https://mukbang-leak.tv/v/20954.

We have forwarded your report to the site's hosting provider, Nordfjell
Hosting AS (abuse@nordfjell-hosting.example), and to the website owner.
You may contact the hosting provider directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through service, we forwarded your complaint to the host' reply",
    why="names items but states no status: forwarded onwards, neither removed nor refused on the merits",
    items={EV_31: "pending", EV_54: "pending"},
)

case(
    name="ev-receipt-echoing-urls",
    frm="noreply@edgeveil.net", name_from="EdgeVeil Abuse",
    date="Fri, 13 Sep 2024 01:00:31 +0000",
    subject="[EV-2024-0913-55290] Abuse report received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report.

Report ID: EV-2024-0913-55290
Reported URLs:
  https://mukbang-leak.tv/v/20931
  https://mukbang-leak.tv/v/20954
  https://cdn-ev.edgeveil.net/a7f3/stream/hl_2291.m3u8

Our Trust & Safety team will review your report. You will receive a
separate email when we have more information.

This mailbox is not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt listing the reported URLs",
    why="pure receipt: echoes the report, states nothing about the items",
    items={EV_31: "pending", EV_54: "pending", EV_M3U8: "pending"},
)

# ======================= Pastewell (paste site), KCSC-240918-07, 1 item

case(
    name="pw-sole-deleted-no-url",
    frm="support@pastewell.net", name_from="Tom at Pastewell",
    date="Thu, 19 Sep 2024 01:17:25 +0000",
    subject="Re: KCSC-240918-07 Request for removal",
    reply_to_req="req-240918-07",
    body="""Hi,

Thanks, the paste you reported has been deleted and the account that
posted it is banned.

Tom
Pastewell
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service answering without repeating the link",
    why="sole statement answering a one-item request",
    items={PW_PASTE: "removed"},
)

case(
    name="pw-fullwidth-parenthesis",
    frm="admin@pastewell.net", name_from="Pastewell 관리자",
    date="Thu, 19 Sep 2024 10:02:00 +0900",
    subject="Re: 삭제 요청",
    body="""안녕하세요.

https://pastewell.net/k8Jd2Rx（요청번호 KCSC-240918-07）는 삭제 완료했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean one-liner from a small service, URL followed by full-width parenthesis",
    why="삭제 완료 about the named paste",
    items={PW_PASTE: "removed"},
)

case(
    name="pw-holiday-autoreply-korean",
    frm="support@pastewell.net", name_from="Pastewell",
    date="Wed, 18 Sep 2024 15:10:40 +0900",
    subject="[자동응답] Re: KCSC-240918-07 Request for removal",
    reply_to_req="req-240918-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답]

추석 연휴(9월 16일~18일) 기간에는 답변이 늦어질 수 있습니다.
접수된 문의는 9월 19일부터 순서대로 처리해 드리겠습니다.

Pastewell 고객지원
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (추석 연휴 자동응답)",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 547: hosts, CDNs, registrars, forums, image boards, file hosts
# and small services answering informally; CSV attachments and plain-text
# tables. Written by tests/corpus/blind547/make.py from each email's meaning,
# before the reader was run on it. Each case is judged alone on a fresh ledger.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        for k in ("name_from", "subject"):
            if k in c and any(ord(ch) > 127 for ch in c[k]):
                c[k] = email.header.Header(c[k], "utf-8").encode()
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
