#!/usr/bin/env python3
"""Blind set 571: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally, plus spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind571/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on any of these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind571"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

KO_PATH = "자유게시판"
DALDAM_KO_RAW = f"https://daldam.co.kr/board/{KO_PATH}/51002"
DALDAM_KO = f"https://daldam.co.kr/board/{quote(KO_PATH)}/51002"

FB = {k: f"https://filebarn.io/f/{k}" for k in (
    "Qm7rT2xa", "Lp09ZkWc", "Hs4nB8ue", "Xa1vD3oy", "Rt6mC5qi", "Wn2bJ7ke",
    "Gd8sF1pa", "Ye3hN9lu", "Ko5wP4zr")}
FB_FOLDER = "https://filebarn.io/folder/Vc7tM2gs"
FB["Bj6qE0xn"] = "https://filebarn.io/f/Bj6qE0xn"
FB["Ui4rS8dm"] = "https://filebarn.io/f/Ui4rS8dm"
FB_DL = "https://filebarn.io/f/Np2kZ6ht?dl=1"

FB_URLS = [FB["Qm7rT2xa"], FB["Lp09ZkWc"], FB["Hs4nB8ue"], FB["Xa1vD3oy"], FB["Rt6mC5qi"],
           FB["Wn2bJ7ke"], FB["Gd8sF1pa"], FB["Ye3hN9lu"], FB["Ko5wP4zr"], FB_FOLDER,
           FB["Bj6qE0xn"], FB["Ui4rS8dm"], FB_DL]

NE_TOTO = "https://totobet-king77.example/event/bonus"
NE_CASINO = "https://kr-onlinecasino.example/"
NE_DRUG = "https://drug-shop24.example/shop/item.php?id=118"
NE_PHISH = "https://fake-bank-login.example/secure/index.html"
NE_URLS = [NE_TOTO, NE_CASINO, NE_DRUG, NE_PHISH]

DD_FREE = "https://daldam.co.kr/board/free/48213"
DD_HUMOR = "https://daldam.co.kr/board/humor/9917"
DD_STOCK = "https://m.daldam.co.kr/board/stock/77120"
DD_USER = "https://daldam.co.kr/user/hwangso_99"
DD_URLS = [DD_FREE, DD_HUMOR, DALDAM_KO, DD_STOCK, DD_USER]

HN_TOTO = "http://bada-toto.hanul.site/"
HN_SHOP = "http://sample-shop.hanul.site/product/view/31"
HN_BBS = "http://cheongbi.hanul.site/bbs/view.php?no=204"
HN_URLS = [HN_TOTO, HN_SHOP, HN_BBS]

RB_BET = "http://bet-nara365.example/"
RB_PILL = "https://pill-direct-kr.example/"
RB_URLS = [RB_BET, RB_PILL]

PC_KR1 = "https://pinchan.org/kr/res/20418.html"
PC_KR2 = "https://pinchan.org/kr/res/20533.html"
PC_B = "https://pinchan.org/b/res/991204.html"
PC_IMG = "https://img.pinchan.org/src/1725512345678.jpg"
PC_URLS = [PC_KR1, PC_KR2, PC_B, PC_IMG]

PN = "https://pastenook.com/raw/kT9vXw2L"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, notes-per-url (or one note)
    ("KCSC-240902-01", "filebarn", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "obscenity", FB_URLS, {FB_FOLDER: "folder, 41 files", FB_DL: 'direct "dl" link, same uploader as Bj6qE0xn'}),
    ("KCSC-240903-02", "nimbusedge", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "gambling", NE_URLS, {NE_DRUG: "drugs, sold by post", NE_PHISH: "phishing (bank login)"}),
    ("KCSC-240904-03", "daldam", "2024-09-04T09:15:00+09:00", "2024-09-11T23:59:59+09:00",
     "defamation", DD_URLS, {DD_USER: "profile, posts by the same user"}),
    ("KCSC-240905-04", "hanulhost", "2024-09-05T16:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", HN_URLS, {HN_SHOP: "counterfeit goods"}),
    ("KCSC-240906-05", "regbay", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "gambling", RB_URLS, {RB_PILL: "drugs, prescription medicine"}),
    ("KCSC-240909-06", "pinchan", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "privacy", PC_URLS, {PC_IMG: "image posted in thread 20418"}),
    ("KCSC-240910-07", "pastenook", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "privacy", [PN], {PN: "leaked personal data, names, phone numbers"}),
]

REQ_ID = {r[0]: "req-" + r[0][5:].lower() for r in REQUESTS}
R_FB, R_NE, R_DD, R_HN, R_RB, R_PC, R_PN = (r[0] for r in REQUESTS)


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, notes in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, REQ_ID[ref] + "@kcsc.example", notes.get(u, "")])


def request_lines(ref, urls, name):
    out = [f"Dear {name} team,", "",
           "The Korea Communications Standards Commission (KCSC) requests the removal",
           f"of the following content under reference {ref}. Please reply with the",
           "action taken for each item before the deadline.", ""]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "KCSC Takedown Team", "takedown@kcsc.example"]
    return out


def quoted(ref, urls, name, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref, urls, name))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows, lt="\n"):
    s = io.StringIO()
    w = csv.writer(s, lineterminator=lt)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def tiny_pdf(text):
    stream = zlib.compress(f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET".encode("latin-1"), 9)
    parts = [b"%PDF-1.4\n",
             b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n",
             b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n",
             b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n",
             b"4 0 obj << /Length %d /Filter /FlateDecode >> stream\n" % len(stream), stream,
             b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"]
    return b"".join(parts)


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value, as mailers send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**c):
    for key in ("name_from", "subject"):
        if key in c:
            c[key] = enc(c[key])
    CASES.append(c)


SUBJ_FB = f"[{R_FB}] Request for removal of illegal content"

# ---------------------------------------------------------------- FileBarn

case(
    name="fb-numbered-list-mixed",
    date="Wed, 04 Sep 2024 11:42:10 +0000",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
Hello,

Thank you for your notice {R_FB}. Our team has reviewed the first part of
the list and the result is as follows:

1. {FB['Qm7rT2xa']} - deleted
2. {FB['Lp09ZkWc']} - deleted
3. {FB['Hs4nB8ue']} - deleted, uploader account terminated
4. {FB['Xa1vD3oy']} - deleted
5. {FB['Rt6mC5qi']} - we could not find any file under this link

The remaining links of your notice are still with the reviewers; we will
write again once they are done.

Regards,
Mira Tanaka
FileBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply listing per-link results (cyberlocker DMCA desk style)",
    why="numbered list, four 'deleted' and one 'could not find'; the rest only promised",
    items={FB["Qm7rT2xa"]: "removed", FB["Lp09ZkWc"]: "removed", FB["Hs4nB8ue"]: "removed",
           FB["Xa1vD3oy"]: "removed", FB["Rt6mC5qi"]: "not_found"},
)

FB_CSV_ROWS = [
    ["link", "result", "processed_at_utc", "comment"],
    [FB["Qm7rT2xa"], "deleted", "2024-09-04 02:11", ""],
    [FB["Lp09ZkWc"], "deleted", "2024-09-04 02:11", ""],
    [FB["Hs4nB8ue"], "deleted", "2024-09-04 02:13", "uploader banned"],
    [FB["Xa1vD3oy"], "geo-restricted (KR)", "2024-09-04 02:20", "blocked for visitors from South Korea only"],
    [FB["Rt6mC5qi"], "not found", "2024-09-04 02:21", "no such file id"],
    [FB["Wn2bJ7ke"], "deleted", "2024-09-04 02:25", ""],
    [FB["Gd8sF1pa"], "no action", "2024-09-04 02:40", "licensed content, uploader is the rights holder"],
    [FB["Ye3hN9lu"], "deleted", "2024-09-04 02:41", ""],
    [FB["Ko5wP4zr"], "not found", "2024-09-04 02:41", "already deleted by the uploader before review"],
    [FB_FOLDER, "deleted", "2024-09-04 02:52", "folder and all 41 files"],
    [FB["Bj6qE0xn"], "deleted", "2024-09-04 02:55", ""],
    [FB["Ui4rS8dm"], "geo-restricted (KR)", "2024-09-04 02:58", ""],
    [FB_DL, "deleted", "2024-09-04 02:55", "same file as Bj6qE0xn, direct link"],
]
case(
    name="fb-csv-attachment-all-links",
    date="Wed, 04 Sep 2024 03:05:00 +0000",
    **{"from": "trust-safety@filebarn.io"}, name_from="FileBarn Trust & Safety",
    subject="Outcome of your notice " + R_FB,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fb-csv-7f3a"

--fb-csv-7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

The outcome sheet for your notice {R_FB} (13 links) is attached. The
column "result" is our final action for each link.

Best,
FileBarn Trust & Safety

--fb-csv-7f3a
Content-Type: text/csv; charset=utf-8; name="{R_FB}_outcome.csv"
Content-Disposition: attachment; filename="{R_FB}_outcome.csv"
Content-Transfer-Encoding: 8bit

{csv_text(FB_CSV_ROWS).rstrip(chr(10))}
--fb-csv-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome spreadsheet attached to a reply (CSV export of a ticket system)",
    why="CSV lists all 13 links with deleted / geo-restricted (KR) / not found / no action",
    items={FB["Qm7rT2xa"]: "removed", FB["Lp09ZkWc"]: "removed", FB["Hs4nB8ue"]: "removed",
           FB["Xa1vD3oy"]: "restricted", FB["Rt6mC5qi"]: "not_found", FB["Wn2bJ7ke"]: "removed",
           FB["Gd8sF1pa"]: "rejected", FB["Ye3hN9lu"]: "removed", FB["Ko5wP4zr"]: "not_found",
           FB_FOLDER: "removed", FB["Bj6qE0xn"]: "removed", FB["Ui4rS8dm"]: "restricted",
           FB_DL: "removed"},
)

case(
    name="fb-url-then-status-line",
    date="Thu, 05 Sep 2024 08:15:33 +0000",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    subject="FileBarn report FB-77120 - outcome",
    body=f"""
Dear KCSC team,

Outcome of our review (your reference {R_FB}):

{FB['Wn2bJ7ke']}
Status: Removed

{FB['Gd8sF1pa']}
Status: No violation found - the file remains available. The uploader holds
a distribution licence for this video.

{FB['Ye3hN9lu']}
Status: Removed

{FB['Ko5wP4zr']}
Status: Removed

If you disagree with a decision you can appeal at
https://filebarn.io/help/appeals

FileBarn Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system outcome mail with one 'Status:' line under each reported link",
    why="URL on its own line, status on the next; one refusal with its reason",
    items={FB["Wn2bJ7ke"]: "removed", FB["Gd8sF1pa"]: "rejected", FB["Ye3hN9lu"]: "removed",
           FB["Ko5wP4zr"]: "removed"},
)

case(
    name="fb-top-posted-oneliner",
    date="Mon, 02 Sep 2024 09:58:12 +0000",
    **{"from": "jonas.berg@filebarn.io"}, name_from="Jonas Berg",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
deleted {FB['Bj6qE0xn']} and {FB_DL}, same uploader, account closed.
the rest is with the abuse team.

Jonas

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R_FB, FB_URLS, "FileBarn")}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line top-posted answer from a small company's engineer over the Gmail-quoted request",
    why="two URLs deleted in the unquoted line; the 13 quoted URLs say nothing",
    items={FB["Bj6qE0xn"]: "removed", FB_DL: "removed"},
)

case(
    name="fb-html-table",
    date="Thu, 05 Sep 2024 13:20:00 +0000",
    **{"from": "trust-safety@filebarn.io"}, name_from="FileBarn Trust & Safety",
    subject="Actions taken - " + R_FB, type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see below the actions taken on the links you reported under {R_FB}.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action</th><th>Date (UTC)</th></tr>
<tr><td><a href="{FB['Wn2bJ7ke']}">{FB['Wn2bJ7ke']}</a></td><td>File removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{FB['Ui4rS8dm']}">{FB['Ui4rS8dm']}</a></td><td>Access disabled for users in South Korea</td><td>2024-09-05</td></tr>
<tr><td><a href="{FB['Rt6mC5qi']}">{FB['Rt6mC5qi']}</a></td><td>File does not exist</td><td>-</td></tr>
</table>
<p>Kind regards,<br>FileBarn Trust &amp; Safety<br>
<a href="https://filebarn.io/legal/transparency">Transparency report</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML outcome table from a file host's trust-and-safety tool",
    why="HTML table: removed, disabled in South Korea (restricted), does not exist",
    items={FB["Wn2bJ7ke"]: "removed", FB["Ui4rS8dm"]: "restricted", FB["Rt6mC5qi"]: "not_found"},
)

QP_BODY = (
    "Hello KCSC,\n\n"
    f"Regarding the shared folder listed in request {R_FB}, namely {FB_FOLDER}, "
    "the folder and all 41 files inside it were deleted on 4 September 2024 at 09:12 UTC. The owner\u2019s account "
    "has been suspended for repeated violations of our Terms of Service.\n\n"
    "Kind regards,\nFileBarn Trust & Safety\nhttps://filebarn.io/legal/terms\n"
)
case(
    name="fb-qp-folder-deleted",
    date="Wed, 04 Sep 2024 09:30:41 +0000",
    **{"from": "trust-safety@filebarn.io"}, name_from="FileBarn Trust & Safety",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable trust-and-safety reply about a shared folder",
    why="the folder link is named and deleted; the long line is soft-wrapped by quoted-printable",
    items={FB_FOLDER: "removed"},
)

case(
    name="fb-gmail-quoted-mixed",
    date="Tue, 03 Sep 2024 07:04:55 +0000",
    **{"from": "priya.nair@filebarn.io"}, name_from="Priya Nair",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
Hi,

Quick update from our side. These two are taken down now:
{FB['Hs4nB8ue']}
{FB['Xa1vD3oy']}

The third one you flagged, {FB['Gd8sF1pa']}, is a documentary
published under an open licence, so we are declining to remove it.

Priya
FileBarn Support

On Mon, 2 Sept 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(R_FB, FB_URLS, "FileBarn")}
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's Gmail reply over the quoted request, mixed outcome",
    why="two taken down, one refused with a reason; quoted list below says nothing",
    items={FB["Hs4nB8ue"]: "removed", FB["Xa1vD3oy"]: "removed", FB["Gd8sF1pa"]: "rejected"},
)

outlook_orig = "\n".join(request_lines(R_FB, FB_URLS, "FileBarn"))
case(
    name="fb-outlook-original-message",
    date="Fri, 06 Sep 2024 10:11:00 +0000",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    subject="RE: " + SUBJ_FB,
    body=f"""
Dear Sir or Madam,

We confirm that access to the following files has been disabled:

- {FB['Wn2bJ7ke']}
- {FB['Ye3hN9lu']}

Yours faithfully,
FileBarn Ltd. - Legal Department

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:30 AM
To: abuse@filebarn.io
Subject: {SUBJ_FB}

{outlook_orig}
""",
    outcome="applied", classification="confirmation",
    imitates="legal department reply in Outlook with the unprefixed '-----Original Message-----' block",
    why="two files disabled above the Outlook separator; the original request below names all 13",
    items={FB["Wn2bJ7ke"]: "removed", FB["Ye3hN9lu"]: "removed"},
)

case(
    name="fb-korean-particles",
    date="Thu, 05 Sep 2024 02:40:19 +0000",
    **{"from": "kr-support@filebarn.io"}, name_from="FileBarn 한국 지원팀",
    subject=f"RE: [{R_FB}] 불법정보 삭제 요청",
    body=f"""
안녕하세요, FileBarn 한국 지원팀입니다.

요청하신 건의 처리 결과를 알려드립니다.
{FB['Qm7rT2xa']}는 삭제되었고, {FB['Xa1vD3oy']}의 경우 대한민국에서 접근할 수 없도록 제한했습니다.
{FB['Lp09ZkWc']}도 삭제 완료했습니다.

감사합니다.
FileBarn 한국 지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support desk of a foreign file host, URLs followed by Korean particles",
    why="는/의/도 attached to URLs; two deleted, one access-limited in Korea",
    items={FB["Qm7rT2xa"]: "removed", FB["Xa1vD3oy"]: "restricted", FB["Lp09ZkWc"]: "removed"},
)

case(
    name="fb-receipt-plus-action",
    date="Mon, 02 Sep 2024 02:10:00 +0000",
    **{"from": "support@filebarn.io"}, name_from="FileBarn Support",
    subject=f"[FileBarn #48812] Re: {SUBJ_FB}",
    body=f"""
Hello,

We have received your report and created ticket #48812.

While triaging it, our on-call agent already removed
{FB['Ko5wP4zr']} because it was publicly listed on our front page.
The other links in your report are queued for the abuse team.

FileBarn Support
https://filebarn.io/help
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk receipt that also reports one immediate removal",
    why="receipt wording plus an unhedged removal of one named link: not a pure acknowledgement",
    items={FB["Ko5wP4zr"]: "removed"},
)

# review cases for FileBarn
case(
    name="fb-promise-48h",
    date="Tue, 03 Sep 2024 01:22:00 +0000",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
Hello,

Thank you for the notice. The files listed below will be removed within
48 hours, once our compliance check is complete:

- {FB['Wn2bJ7ke']}
- {FB['Gd8sF1pa']}
- {FB['Bj6qE0xn']}

We will confirm by email when this is done.

FileBarn Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal after an internal check",
    why="'will be removed within 48 hours' is a promise: items stay pending",
    items={FB["Wn2bJ7ke"]: "pending", FB["Gd8sF1pa"]: "pending", FB["Bj6qE0xn"]: "pending"},
)

case(
    name="fb-bulk-all-removed",
    date="Sat, 07 Sep 2024 06:00:00 +0000",
    **{"from": "abuse@filebarn.io"}, name_from="FileBarn Abuse Team",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
Hello,

All 13 links listed in your notice {R_FB} have been removed from FileBarn,
and the accounts involved have been closed.

Regards,
FileBarn Abuse Team
""",
    outcome="review", review="bulk",
    imitates="short 'all reported content removed' closing note",
    why="one statement covering a 13-item request without naming any link",
    items={u: "pending" for u in FB_URLS},
)

case(
    name="fb-counter-notice-condition",
    date="Wed, 04 Sep 2024 15:45:00 +0000",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    body=f"""
Dear KCSC,

We have notified the uploader of {FB['Ye3hN9lu']} of your
request. If no valid counter-notice is received within 10 business days,
the file will be permanently deleted.

FileBarn Ltd. - Legal Department
""",
    outcome="review", review="not_understood",
    imitates="notice-and-counter-notice reply (DMCA-style waiting period)",
    why="deletion is conditional on the uploader's silence: nothing has happened yet",
    items={FB["Ye3hN9lu"]: "pending"},
)

PDF = tiny_pdf(f"{R_FB} outcome: see table")
case(
    name="fb-pdf-only",
    date="Fri, 06 Sep 2024 04:30:00 +0000",
    **{"from": "legal@filebarn.io"}, name_from="FileBarn Legal",
    subject="Re: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fbpdf-21c"

--fbpdf-21c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find the outcome of your request {R_FB} in the attached letter.

FileBarn Ltd. - Legal Department

--fbpdf-21c
Content-Type: application/pdf; name="FileBarn_response_{R_FB}.pdf"
Content-Disposition: attachment; filename="FileBarn_response_{R_FB}.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--fbpdf-21c--
""",
    outcome="review", review="unreadable_attachment",
    imitates="legal department answering with a PDF letter only",
    why="the answer is in a PDF the clerk must open; the body states nothing",
    items={},
)

case(
    name="fb-out-of-office",
    date="Mon, 02 Sep 2024 01:30:02 +0000",
    **{"from": "mira.tanaka@filebarn.io"}, name_from="Mira Tanaka",
    subject="Automatic reply: " + SUBJ_FB, reply_to_req=REQ_ID[R_FB],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For urgent abuse matters please write to abuse@filebarn.io.

Mira Tanaka
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="fb-helpdesk-receipt-quoted",
    date="Mon, 02 Sep 2024 01:31:40 +0000",
    **{"from": "support@filebarn.io"}, name_from="FileBarn Support",
    subject=f"[FileBarn #48811] {SUBJ_FB}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (48811) has been received and is being reviewed by our
support staff. To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown
Sep 2, 2024, 01:30 UTC

{outlook_orig}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'your request has been received' receipt echoing the request",
    why="pure receipt; the URLs are only the echoed request",
    items={},
)

# ---------------------------------------------------------------- NimbusEdge (CDN)

SUBJ_NE = f"NimbusEdge abuse report NE-2024-0903-5521 / {R_NE}"
case(
    name="ne-geoblock-angle-brackets",
    date="Thu, 05 Sep 2024 17:10:00 +0000",
    **{"from": "abuse@nimbusedge.net"}, name_from="NimbusEdge Trust & Safety",
    subject=SUBJ_NE,
    body=f"""
Hello,

NimbusEdge is a content delivery network and reverse proxy; we do not host
the origin content of our customers. Given the Korean legal basis cited in
your notice, we have applied a country-level block (KR) at our edge for the
following URLs:

<{NE_TOTO}>
<{NE_DRUG}>

Visitors from other countries are not affected. The origin hosting
providers have been informed of your notice.

NimbusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply applying a country block (Cloudflare-style wording)",
    why="two URLs in angle brackets blocked for Korea only: restricted",
    items={NE_TOTO: "restricted", NE_DRUG: "restricted"},
)

case(
    name="ne-terminated-and-no-violation",
    date="Fri, 06 Sep 2024 02:33:00 +0000",
    **{"from": "abuse@nimbusedge.net"}, name_from="NimbusEdge Trust & Safety",
    subject="Re: " + SUBJ_NE, reply_to_req=REQ_ID[R_NE],
    body=f"""
Hello,

Following our investigation of your report {R_NE}:

* fake-bank-login.example - confirmed phishing. We have terminated the
  customer's account, and {NE_PHISH} is
  no longer served by NimbusEdge anywhere.

* {NE_CASINO} - the site uses our service, but we found no
  violation of our Acceptable Use Policy. Online gaming is lawful where
  the customer operates, and we are taking no action on it.

Our policy: https://nimbusedge.net/legal/aup

NimbusEdge Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse desk closing a case: phishing terminated, gambling site kept",
    why="phishing page no longer served anywhere (removed); casino kept, no AUP violation (rejected)",
    items={NE_PHISH: "removed", NE_CASINO: "rejected"},
)

NE_CSV = csv_text([
    ["reported_url", "action", "note"],
    [NE_TOTO, "geo-block KR", "edge block for Korean visitors"],
    [NE_CASINO, "none - hostname not on NimbusEdge", "DNS does not point to our network"],
    [NE_DRUG, "service terminated", "customer account closed"],
    [NE_PHISH, "service terminated", "phishing, account closed"],
], lt="\r\n")
case(
    name="ne-csv-attachment-base64",
    date="Mon, 09 Sep 2024 05:00:00 +0000",
    **{"from": "abuse@nimbusedge.net"}, name_from="NimbusEdge Trust & Safety",
    subject="Actions for " + R_NE,
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_ne_5521"

--=_ne_5521
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

Attached are the actions we took for your request {R_NE}, one row per
reported URL.

Regards,
NimbusEdge Trust & Safety

--=_ne_5521
Content-Type: text/csv; name="NE-2024-0903-5521.csv"
Content-Disposition: attachment; filename="NE-2024-0903-5521.csv"
Content-Transfer-Encoding: base64

{b64(NE_CSV)}
--=_ne_5521--
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse desk exporting its action log as a base64 CSV attachment",
    why="CSV: geo-block KR (restricted), not on our network (not_found), two terminated (removed)",
    items={NE_TOTO: "restricted", NE_CASINO: "not_found", NE_DRUG: "removed", NE_PHISH: "removed"},
)

case(
    name="ne-forwarded-to-host",
    date="Wed, 04 Sep 2024 06:20:00 +0000",
    **{"from": "abuse@nimbusedge.net"}, name_from="NimbusEdge Trust & Safety",
    subject="Re: " + SUBJ_NE, reply_to_req=REQ_ID[R_NE],
    body=f"""
Hello,

NimbusEdge received your report regarding:
{NE_DRUG}

Please be aware that NimbusEdge is a pass-through network provider, not the
hosting provider of this website, and we cannot remove content from our
customers' servers. We have forwarded your report to our customer and to
the hosting provider at 203.0.113.45.

NimbusEdge Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not a hosting provider, your report was forwarded' reply",
    why="no statement about the item's state, only that the report was passed on (arguable: see NOTES)",
    items={NE_DRUG: "pending"},
)

case(
    name="ne-auto-ack",
    date="Tue, 03 Sep 2024 05:00:04 +0000",
    **{"from": "noreply@nimbusedge.net"}, name_from="NimbusEdge Abuse",
    subject="We received your abuse report NE-2024-0903-5521",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for submitting an abuse report to NimbusEdge.

Report ID: NE-2024-0903-5521
Type: Other illegal content
Received: 2024-09-03 05:00 UTC

Our Trust & Safety team reviews every report. You will receive a further
message if we need more information. This is an automated message; replies
to this address are not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automated abuse-form receipt with a report ID",
    why="automatic receipt, no statement",
    items={},
)

case(
    name="ne-speaks-for-hanul-item",
    date="Fri, 06 Sep 2024 09:00:00 +0000",
    **{"from": "abuse@nimbusedge.net"}, name_from="NimbusEdge Trust & Safety",
    subject=f"Re: [{R_HN}] illegal gambling site",
    body=f"""
Hello,

You copied us on your request {R_HN}. The hostname in it,
{HN_TOTO}, was proxied by NimbusEdge. We have terminated our
service for it and the site has been taken down from our network.

NimbusEdge Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering a request addressed to the hosting provider",
    why="NimbusEdge states a removal for an item of the Hanul Hosting request",
    items={HN_TOTO: "pending"},
)

# ---------------------------------------------------------------- Daldam (forum)

SUBJ_DD = f"[{R_DD}] 불법정보 시정요구"
case(
    name="dd-result-notice",
    date="Thu, 05 Sep 2024 06:30:00 +0000",
    **{"from": "help@daldam.co.kr"}, name_from="달담 운영팀",
    subject=f"[달담] 게시물 조치 결과 안내 ({R_DD})",
    body=f"""
안녕하세요. 달담 커뮤니티 운영팀입니다.
귀 위원회에서 요청하신 게시물에 대한 조치 결과를 아래와 같이 안내드립니다.

■ 조치 내역
1. {DD_FREE}
   → 게시물 삭제 완료 (9/5)
2. {DD_HUMOR}
   → 블라인드 처리
3. {DALDAM_KO_RAW}
   → 해당 게시물 없음 (작성자가 이미 삭제함)

나머지 요청 건은 확인 중이며 처리 후 다시 안내드리겠습니다.

달담 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community 조치 결과 안내 notice with arrows under each URL",
    why="삭제 완료, 블라인드 (removed); 게시물 없음, already deleted by its author (not_found); raw Korean path",
    items={DD_FREE: "removed", DD_HUMOR: "removed", DALDAM_KO: "not_found"},
)

case(
    name="dd-admin-one-line",
    date="Wed, 04 Sep 2024 12:02:00 +0000",
    **{"from": "admin@daldam.co.kr"}, name_from="달담 운영자",
    subject="Re: " + SUBJ_DD, reply_to_req=REQ_ID[R_DD],
    body=f"""
{DD_USER} 이 회원 강제탈퇴 처리했고 쓴 글은 전부 운영자 삭제했습니다.

--
달담 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="forum administrator's one-line reply",
    why="the profile's member was expelled and posts deleted by the operator: removed",
    items={DD_USER: "removed"},
)

case(
    name="dd-imsi-and-kept",
    date="Fri, 06 Sep 2024 01:15:00 +0000",
    **{"from": "help@daldam.co.kr"}, name_from="달담 운영팀",
    subject=f"[달담] 요청 게시물 처리 결과 ({R_DD})",
    body=f"""
안녕하세요, 달담 운영팀입니다.

1) {DD_STOCK} : 임시조치(30일) - 게시물에 대한 접근을 임시로 제한하였습니다.
2) {DD_HUMOR} : 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

이의가 있으시면 고객센터(https://daldam.co.kr/help/report)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum notice: 임시조치 (30 days) for one post, the other kept with its reason",
    why="임시조치 is restricted; 위반 사항 확인되지 않아 게시 유지 is a refusal with a reason",
    items={DD_STOCK: "restricted", DD_HUMOR: "rejected"},
)

case(
    name="dd-echoed-report-form",
    date="Thu, 05 Sep 2024 05:22:00 +0000",
    **{"from": "noreply@daldam.co.kr"}, name_from="달담 신고센터",
    subject="신고하신 내용의 처리 결과입니다",
    body=f"""
달담 신고센터입니다. 신고하신 내용의 처리 결과를 알려드립니다.

[신고 내용]
접수번호: DD-240904-1187
신고 대상: {DD_FREE}
신고 사유: 불법 사행성 광고 ({R_DD})
[처리 결과]
처리 상태: 처리 완료 - 게시물 삭제
처리 일시: 2024-09-05 14:22

[신고 내용]
접수번호: DD-240904-1188
신고 대상: {DD_USER}
신고 사유: 명예훼손 ({R_DD})
[처리 결과]
처리 상태: 처리 완료 - 계정 이용정지 및 프로필 비공개 처리
처리 일시: 2024-09-05 14:25

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="report-centre result mail echoing the submitted report form",
    why="echoed report blocks each end in 처리 완료 with 삭제 / 비공개 처리",
    items={DD_FREE: "removed", DD_USER: "removed"},
)

case(
    name="dd-hedged-already-gone",
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    **{"from": "help@daldam.co.kr"}, name_from="달담 운영팀",
    subject="Re: " + SUBJ_DD, reply_to_req=REQ_ID[R_DD],
    body=f"""
안녕하세요, 달담 운영팀입니다.

문의하신 {DD_FREE} 게시물은 현재 조회되지 않는 것으로 보아
이미 삭제된 것 같습니다. 정확한 처리 내역은 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="forum support guessing that a post is already gone",
    why="'이미 삭제된 것 같습니다' is a hedge, with a promise to confirm later",
    items={DD_FREE: "pending"},
)

case(
    name="dd-admin-personal-gmail",
    date="Thu, 05 Sep 2024 13:40:00 +0000",
    **{"from": "daldam.admin@gmail.com"}, name_from="달담 운영자",
    subject="Re: " + SUBJ_DD, reply_to_req=REQ_ID[R_DD],
    body=f"""
달담 운영자입니다. 회사 메일이 잠시 안 돼서 개인 메일로 답장드립니다.
{R_DD} 건 중 {DD_FREE} 글은 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum operator answering from a personal webmail account",
    why="names our request and a URL, but gmail.com is no platform's domain",
    items={DD_FREE: "pending"},
)

MDN_HUMAN = "귀하께서 보내신 메일을 수신자가 읽었습니다.\n\n제목: " + SUBJ_DD + "\n수신자: help@daldam.co.kr\n"
case(
    name="dd-read-receipt",
    date="Wed, 04 Sep 2024 00:48:00 +0000",
    **{"from": "help@daldam.co.kr"}, name_from="달담 운영팀",
    subject="읽음 확인: " + SUBJ_DD, reply_to_req=REQ_ID[R_DD],
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dd-04"

--mdn-dd-04
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MDN_HUMAN)}
--mdn-dd-04
Content-Type: message/disposition-notification

Reporting-UA: mail.daldam.co.kr; Daldam Webmail
Final-Recipient: rfc822; help@daldam.co.kr
Original-Message-ID: <{REQ_ID[R_DD]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dd-04--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, RFC 8098) with a Korean human-readable part",
    why="read receipt",
    items={},
)

# ---------------------------------------------------------------- Hanul Hosting

SUBJ_HN = f"[{R_HN}] 불법정보 유통 사이트 조치 요청"
case(
    name="hn-text-table",
    date="Fri, 06 Sep 2024 07:50:00 +0000",
    **{"from": "abuse@hanulhosting.co.kr"}, name_from="하늘호스팅 고객보호센터",
    subject="RE: " + SUBJ_HN, reply_to_req=REQ_ID[R_HN],
    body=f"""
안녕하세요, 하늘호스팅 고객보호센터입니다.
요청하신 사이트에 대한 조치 결과를 회신드립니다.

+----+------------------------------------------------+------------------------------+
| 번호 | URL                                            | 조치 결과                    |
+----+------------------------------------------------+------------------------------+
| 1  | {HN_TOTO:<46} | 호스팅 중지 (사이트 폐쇄)    |
| 2  | {HN_SHOP:<46} | 해당 페이지 삭제             |
| 3  | {HN_BBS:<46} | 불법정보 아님, 조치하지 않음 |
+----+------------------------------------------------+------------------------------+

3번은 고객사 확인 결과 일반 후기 게시글로, 불법정보에 해당하지 않는 것으로 판단했습니다.

하늘호스팅 고객보호센터 / abuse@hanulhosting.co.kr
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting provider's abuse team answering with an ASCII table",
    why="plain-text table: site closed, page deleted (removed); no illegal information, no action (rejected)",
    items={HN_TOTO: "removed", HN_SHOP: "removed", HN_BBS: "rejected"},
)

HN_HTML = f"""<html><body>
<p>안녕하세요. 하늘호스팅입니다.</p>
<p>요청하신 게시물 <a href="{HN_BBS}">{HN_BBS}</a> 은(는) 고객사를 통해 삭제 조치되었음을 알려드립니다.</p>
<p>참조번호: {R_HN}</p>
<p>하늘호스팅 고객보호센터</p>
</body></html>
"""
case(
    name="hn-base64-html",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    **{"from": "abuse@hanulhosting.co.kr"}, name_from="하늘호스팅 고객보호센터",
    subject="[하늘호스팅] 조치 완료 안내",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HN_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="hosting company's templated HTML notice, base64-encoded",
    why="one named post deleted through the customer",
    items={HN_BBS: "removed"},
)

case(
    name="hn-url-next-line-english",
    date="Sat, 07 Sep 2024 03:00:00 +0000",
    **{"from": "abuse@hanulhosting.co.kr"}, name_from="Hanul Hosting Abuse Desk",
    subject="Abuse case HN-58213 closed",
    body=f"""
Dear reporter,

The following page was removed from our customer's hosting account on
2024-09-07:
{HN_SHOP}

This abuse case is now closed. Your reference: {R_HN}

Hanul Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="English 'abuse case closed' notice from a hosting provider",
    why="statement line ends with a colon, URL on the line below",
    items={HN_SHOP: "removed"},
)

case(
    name="hn-forged-auth-fail",
    date="Fri, 06 Sep 2024 08:10:00 +0000",
    **{"from": "abuse@hanulhosting.co.kr"}, name_from="하늘호스팅 고객보호센터",
    auth="fail",
    subject="RE: " + SUBJ_HN,
    body=f"""
안녕하세요. 하늘호스팅입니다.
{HN_TOTO} 사이트는 호스팅 해지 및 삭제 처리되었습니다.
""",
    outcome="review", review="untrusted",
    imitates="hosting provider notice whose DKIM/SPF/DMARC fail",
    why="platform domain, but authentication fails",
    items={HN_TOTO: "pending"},
)

case(
    name="hn-ticket-receipt",
    date="Thu, 05 Sep 2024 07:41:00 +0000",
    **{"from": "helpdesk@hanulhosting.co.kr"}, name_from="하늘호스팅 고객센터",
    subject="[하늘호스팅] 문의가 접수되었습니다 (티켓번호 HN-58213)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 하늘호스팅 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당자 확인 후 순차적으로 답변드리겠습니다.

티켓번호: HN-58213
문의 제목: {SUBJ_HN}

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean helpdesk 문의 접수 automatic receipt",
    why="receipt with ticket number only",
    items={},
)

# ---------------------------------------------------------------- RegBay (registrar)

SUBJ_RB = f"Domain abuse report [{R_RB}]"
case(
    name="rb-clienthold",
    date="Mon, 09 Sep 2024 14:00:00 +0000",
    **{"from": "abuse@regbay.com"}, name_from="RegBay Abuse",
    subject="Re: " + SUBJ_RB, reply_to_req=REQ_ID[R_RB],
    body=f"""
Hello,

Thank you for your report. The domain name bet-nara365.example, registered
through RegBay, has been suspended: we set the EPP status clientHold and the
domain no longer resolves. The registrant has been notified.

As a result {RB_BET} is unreachable worldwide.

RegBay Abuse Team
https://regbay.com/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk suspending a domain with clientHold",
    why="domain on hold, no longer resolves: the listed URL is disabled globally",
    items={RB_BET: "removed"},
)

case(
    name="rb-expired-and-pending",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    **{"from": "abuse@regbay.com"}, name_from="RegBay Abuse",
    subject="Re: " + SUBJ_RB, reply_to_req=REQ_ID[R_RB],
    body=f"""
Hello,

Regarding the two domains in your report:

{RB_PILL} - this domain expired on 10 July 2024 and was deleted
at the registry on 18 August 2024. It is no longer registered, so there is
nothing for us to suspend.

{RB_BET} - our investigation is ongoing; we will update you
once it is complete.

RegBay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar reply: one domain already deleted, the other under investigation",
    why="deleted domain no longer exists (not_found); the other is only under investigation",
    items={RB_PILL: "not_found", RB_BET: "pending"},
)

case(
    name="rb-asks-court-order",
    date="Mon, 09 Sep 2024 03:20:00 +0000",
    **{"from": "compliance@regbay.com"}, name_from="RegBay Compliance",
    subject="Re: " + SUBJ_RB, reply_to_req=REQ_ID[R_RB],
    body=f"""
Dear KCSC,

Before we can act on {RB_BET} we need the following:

1. a copy of the Commission's decision concerning this domain, with an
   English translation;
2. the specific provision of Korean law the website violates;
3. evidence that the content is accessible at the time of your report
   (screenshots with timestamps).

Please reply to this email with the documents. We will review the matter
as soon as we receive them.

RegBay Compliance
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar compliance team asking for documents before acting",
    why="request for documents; nothing stated about the domain's state",
    items={RB_BET: "pending"},
)

case(
    name="rb-agreement-update-newsletter",
    date="Wed, 11 Sep 2024 00:00:00 +0000",
    **{"from": "noreply@regbay.com"}, name_from="RegBay",
    subject="Important: updates to the RegBay Registration Agreement",
    body="""
Dear RegBay user,

We are updating our Registration Agreement and Privacy Notice, effective
1 October 2024. The main changes concern WHOIS data disclosure and our
handling of abuse reports under ICANN policy.

Read the new terms: https://regbay.com/legal/registration-agreement

You are receiving this message because this address is registered as a
contact with RegBay.
""",
    outcome="review", review="no_claims",
    imitates="registrar terms-of-service update mailing",
    why="trusted platform mail naming no item and no request",
    items={},
)

DSN_HUMAN = """This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 24 hours.
It will be retried until it is 5 days old.

<abuse@regbay.com>: connect to mx1.regbay.com[198.51.100.77]:25: Connection
    timed out
"""
case(
    name="rb-dsn-delayed",
    date="Sat, 07 Sep 2024 02:00:11 +0000",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-rb-0907"

--dsn-rb-0907
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{DSN_HUMAN}
--dsn-rb-0907
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; abuse@regbay.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.regbay.com[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: Wed, 11 Sep 2024 11:00:02 +0900 (KST)

--dsn-rb-0907
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@regbay.com
Subject: {SUBJ_RB}
Message-ID: <{REQ_ID[R_RB]}@kcsc.example>
Date: Fri, 06 Sep 2024 11:00:00 +0900

--dsn-rb-0907--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, RFC 3464)",
    why="delivery delay warning",
    items={},
)

# ---------------------------------------------------------------- pinchan (image board)

SUBJ_PC = f"[{R_PC}] Request for removal"
case(
    name="pc-mod-oneliner",
    date="Mon, 09 Sep 2024 16:12:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="pinchan mod",
    subject="Re: " + SUBJ_PC, reply_to_req=REQ_ID[R_PC],
    body=f"""
deleted {PC_KR1} and the image {PC_IMG}
{PC_KR2} was already pruned off the board before we saw your mail, it doesn't exist anymore.
- k
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer image-board moderator's terse lower-case reply",
    why="thread and image deleted; the other thread was pruned and no longer exists",
    items={PC_KR1: "removed", PC_IMG: "removed", PC_KR2: "not_found"},
)

case(
    name="pc-parody-stays",
    date="Tue, 10 Sep 2024 08:00:00 +0000",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    subject="Re: " + SUBJ_PC, reply_to_req=REQ_ID[R_PC],
    body=f"""
Hi,

We looked at {PC_B}. It's a drawn parody of a public
figure; there is nothing illegal in it as far as we can tell and it doesn't
break our rules, so it stays up. The /kr/ threads are handled by that
board's volunteers.

pinchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin declining one report with a reason",
    why="stays up, no rule broken: rejected",
    items={PC_B: "rejected"},
)

case(
    name="pc-korean-fullwidth",
    date="Tue, 10 Sep 2024 12:30:00 +0000",
    **{"from": "admin@pinchan.org"}, name_from="pinchan 운영진",
    subject="Re: " + SUBJ_PC, reply_to_req=REQ_ID[R_PC],
    body=f"""
안녕하세요. 핀짱 관리자입니다.
신고해주신 스레드 두 건（{PC_KR1}，{PC_KR2}）모두 삭제 처리했습니다。
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin writing Korean with full-width CJK punctuation",
    why="both threads named, each deleted; full-width brackets and comma around the URLs",
    items={PC_KR1: "removed", PC_KR2: "removed"},
)

case(
    name="pc-bulk-nuked",
    date="Mon, 09 Sep 2024 13:00:00 +0000",
    **{"from": "mod@pinchan.org"}, name_from="pinchan mod",
    subject="Re: " + SUBJ_PC, reply_to_req=REQ_ID[R_PC],
    body="""
all the threads in your list got nuked. thanks for the heads up
""",
    outcome="review", review="bulk",
    imitates="one-line moderator reply covering a whole list",
    why="one statement for a four-item request, no item named",
    items={u: "pending" for u in PC_URLS},
)

BOUNCE_HUMAN = """This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@pinchan.org>: host mx.pinchan.org[203.0.113.61] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
"""
case(
    name="pc-bounce-mailbox-full",
    date="Mon, 09 Sep 2024 01:00:30 +0000",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-pc-0909"

--dsn-pc-0909
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{BOUNCE_HUMAN}
--dsn-pc-0909
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; abuse@pinchan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-pc-0909
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pinchan.org
Subject: {SUBJ_PC}
Message-ID: <{REQ_ID[R_PC]}@kcsc.example>
Date: Mon, 09 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_lines(R_PC, PC_URLS, "pinchan"))}

--dsn-pc-0909--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (DSN) returning the full request",
    why="bounce; the URLs are in the returned request only",
    items={},
)

# ---------------------------------------------------------------- PasteNook

case(
    name="pn-sole-item-removed",
    date="Wed, 11 Sep 2024 04:44:00 +0000",
    **{"from": "abuse@pastenook.com"}, name_from="PasteNook Abuse",
    subject=f"Re: [{R_PN}] Removal request", reply_to_req=REQ_ID[R_PN],
    body="""
Hi,

The paste you reported has been removed and the account that posted it is
banned.

-- PasteNook abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's two-line abuse-desk answer in the request's thread",
    why="one-item request; 'the paste you reported has been removed' applies to it",
    items={PN: "removed"},
)


def main():
    write_requests()
    header = (
        "# Blind set 571: hosts, a CDN, a registrar, a Korean forum, an image board,\n"
        "# a file host and a paste site. Written from each email's meaning before\n"
        "# the reader was run. Generated by make.py; do not edit by hand."
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
