#!/usr/bin/env python3
"""Blind set 919: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind919/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
email, name, URL and id is fictional; expected results were written from the
meaning of each email before the reader was run on it.
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

# ---------------------------------------------------------------- requests

KOREAN_PATH = "/자유게시판/120044"

D = {
    1: "https://dropvault.example/f/Qm7rT2xa",
    2: "https://dropvault.example/f/Lp0wZ9ke",
    3: "https://dropvault.example/f/Hs4nB8cu",
    4: "https://dropvault.example/f/Vy2jK6do",
    5: "https://dropvault.example/f/Ra9gE1mt",
    6: "https://dropvault.example/f/Tc3uX5pq",
    7: "https://dropvault.example/f/Nw8fY4sl",
    8: "https://dropvault.example/f/Ge1hD7vb",
    9: "https://dropvault.example/folder/Kz6aM3rw",
    10: "https://dropvault.example/folder/Bd5qP0ni",
    11: "https://dl.dropvault.example/Xo2cJ9ty/2024-09-01_clip_0914_fullhd.mp4",
    12: "https://dropvault.example/f/Jf7sW2ez",
    13: "https://dropvault.example/f/Ui4lC8og",
    14: "https://dropvault.example/f/Pe0vN6ka",
}
N = {
    1: "http://hanbit-toto.example/",
    2: "https://hanbit-toto.example/event/join.php",
    3: "http://198.51.100.77/~casino7/index.html",
    4: "https://bet-jjang.example/m/",
}
B_RAW4 = "https://baramboard.example" + KOREAN_PATH
B = {
    1: "https://baramboard.example/free/118822",
    2: "https://baramboard.example/free/118907",
    3: "https://baramboard.example/bbs/view.php?id=humor&no=55031",
    4: "https://baramboard.example" + quote(KOREAN_PATH),
    5: "https://baramboard.example/gallery/7731",
}
K = {
    1: "https://kchan.example/b/res/551203.html",
    2: "https://kchan.example/b/res/551388.html",
    3: "https://img.kchan.example/src/1725512345678.jpg",
}
R = {
    1: "http://kr-leaks-mirror.example/",
    2: "https://drugmart-kr.example/shop",
}
E = {
    1: "https://webtoon-free99.example/",
    2: "https://webtoon-free99.example/viewer/8812/3",
}
P = {1: "https://pastehut.example/raw/9fK2mQ"}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240902-01", "dropvault", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "obscenity", "req.240902-01@kcsc.example", "file host: leaked clips, 14 links", list(D.values())),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "req.240903-02@kcsc.example", "web host of gambling sites", list(N.values())),
    ("KCSC-240904-03", "baramboard", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "defamation", "req.240904-03@kcsc.example", "community forum posts", list(B.values())),
    ("KCSC-240905-04", "kchan", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", "req.240905-04@kcsc.example", "image board threads and one image", list(K.values())),
    ("KCSC-240906-05", "regnest", "2024-09-06T10:20:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", "req.240906-05@kcsc.example", "registrar of two domains", list(R.values())),
    ("KCSC-240909-06", "edgeveil", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "copyright", "req.240909-06@kcsc.example", "CDN in front of a webtoon piracy site", list(E.values())),
    ("KCSC-240910-07", "pastehut", "2024-09-10T11:02:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", "req.240910-07@kcsc.example", "paste with personal data", list(P.values())),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers

def enc_name(s):
    return Header(s, "utf-8").encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(ref, urls, intro="Dear Sir or Madam,"):
    """Our request as a mail client quotes it ('> ' lines)."""
    lines = [intro, "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each link.", "",
              "KCSC Takedown Desk"]
    return "\n".join("> " + l if l else ">" for l in lines)


def outlook_quoted(ref, urls, date):
    lines = ["-----Original Message-----",
             "From: KCSC Takedown <takedown@kcsc.example>",
             f"Sent: {date}",
             "To: abuse@dropvault.example",
             f"Subject: [{ref}] Takedown request", "",
             "Dear DropVault,", "",
             f"Under reference {ref} we request the removal of the files below:", ""]
    lines += [f"  {u}" for u in urls]
    lines += ["", "Regards,", "KCSC Takedown Desk"]
    return "\n".join(lines)


def mixed(boundary, parts, preamble=True):
    out = [f'Content-Type: multipart/mixed; boundary="{boundary}"', ""]
    if preamble:
        out += ["This is a multi-part message in MIME format.", ""]
    for p in parts:
        out += [f"--{boundary}", p.strip("\n"), ""]
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def text_part(body, ctype="text/plain", cte="8bit"):
    if cte == "base64":
        body = b64(body)
    elif cte == "quoted-printable":
        body = qp(body)
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body.strip(chr(10))}\n"


def single(body, ctype="text/plain", cte="base64"):
    if cte == "base64":
        enc = b64(body)
    else:
        enc = qp(body)
    return f"Content-Type: {ctype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{enc}"


def tiny_pdf(text_lines):
    content = "BT /F1 10 Tf 50 780 Td 12 TL\n" + "".join(f"({t}) '\n" for t in text_lines) + "ET\n"
    stream = zlib.compress(content.encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream",
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


AUTO = ["Auto-Submitted: auto-replied"]

# ---------------------------------------------------------------- cases

cases = []


def case(**kw):
    cases.append(kw)


# ======================= DropVault (file host), KCSC-240902-01, 14 items

dv_csv_rows = [
    ("link", "file_name", "action", "date_utc"),
    (D[1], "leak_part1.zip", "removed", "2024-09-04"),
    (D[2], "leak_part2.zip", "removed", "2024-09-04"),
    (D[3], "leak_part3.zip", "removed", "2024-09-04"),
    (D[4], "", "not found (invalid link)", "2024-09-04"),
    (D[5], "cam_0831.mp4", "removed", "2024-09-04"),
    (D[6], "cam_0901.mp4", "already deleted by uploader", "2024-09-03"),
    (D[7], "set_a.rar", "removed", "2024-09-04"),
    (D[8], "set_b.rar", "removed", "2024-09-04"),
    (D[9], "[folder, 12 files]", "removed (folder and contents)", "2024-09-05"),
    (D[10], "[folder, 3 files]", "removed (folder and contents)", "2024-09-05"),
    (D[11], "2024-09-01_clip_0914_fullhd.mp4", "removed", "2024-09-05"),
    (D[12], "teaser_official.mp4", "kept - official promo clip published by the rights holder, no violation", ""),
    (D[13], "clip_0914_mirror.mp4", "removed", "2024-09-05"),
    (D[14], "", "not found (invalid link)", "2024-09-05"),
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(dv_csv_rows)
DV_CSV = _buf.getvalue()

case(
    name="dv-csv-attachment-all-links",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Thu, 05 Sep 2024 08:12:40 +0000",
    subject="Re: [KCSC-240902-01] Takedown request - 14 links",
    reply_to_req="req.240902-01",
    raw_mime=mixed("dv-7781-csv", [
        text_part("""Hello,

We have processed every link of your request KCSC-240902-01. The result for
each link is in the attached spreadsheet (one row per link).

Removed files cannot be uploaded again: their hashes are now on our block
list. Our abuse policy is at https://dropvault.example/legal/abuse

Regards,
DropVault Abuse Team
"""),
        'Content-Type: text/csv; charset=utf-8; name="dv_result_KCSC-240902-01.csv"\n'
        'Content-Disposition: attachment; filename="dv_result_KCSC-240902-01.csv"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(DV_CSV),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk sending its per-link outcome as a CSV spreadsheet attachment",
    why="trusted DropVault reply; the CSV gives a status for every link: removed, invalid link / deleted by uploader (not_found), one kept as not violating (rejected)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "removed",
           D[6]: "not_found", D[7]: "removed", D[8]: "removed", D[9]: "removed", D[10]: "removed",
           D[11]: "removed", D[12]: "rejected", D[13]: "removed", D[14]: "not_found"},
)

case(
    name="dv-plaintext-fixed-width-table",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Wed, 04 Sep 2024 06:30:02 +0000",
    subject="DV-2024-77812 / KCSC-240902-01: first results",
    body=f"""Hello KCSC,

First batch of results for your notice KCSC-240902-01 (our ticket DV-2024-77812):

Link                                     Result
---------------------------------------  -----------------
{D[1]}     Disabled
{D[2]}     Disabled
{D[3]}     Disabled
{D[4]}     Not found
{D[5]}     Disabled
{D[6]}     Deleted by owner

The other links in your notice are still being checked; a second table
will follow.

DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket update with a fixed-width plain-text result table",
    why="six links with a result each: Disabled (removed), Not found, Deleted by owner (not_found); the other eight are only promised",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found",
           D[5]: "removed", D[6]: "not_found"},
)

case(
    name="dv-bare-url-status-below",
    **{"from": "tomas.k@dropvault.example"}, name_from="Tomas K.",
    date="Fri, 06 Sep 2024 14:05:19 +0000",
    subject="Re: [KCSC-240902-01] Takedown request",
    reply_to_req="req.240902-01",
    body=f"""hi,

{D[7]}
taken down

{D[8]}
taken down

{D[12]}
no such file on our side

{D[13]}
taken down

- tomas, dropvault support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's terse reply: bare link, status on the next line",
    why="each URL has its status on the line below: three taken down (removed), one no such file (not_found)",
    items={D[7]: "removed", D[8]: "removed", D[12]: "not_found", D[13]: "removed"},
)

case(
    name="dv-gmail-top-posted-three",
    **{"from": "tomas.k@dropvault.example"}, name_from="Tomas K.",
    date="Tue, 03 Sep 2024 02:41:55 +0000",
    subject="Re: [KCSC-240902-01] Takedown request",
    reply_to_req="req.240902-01",
    body=f"""Done, deleted these three:

{D[1]}
{D[2]}
{D[3]}

Still looking at the rest, the folders take longer.

Tomas

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01", list(D.values()), "Dear DropVault,")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="three links named as deleted above the quote; the fourteen quoted request links say nothing",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed"},
)

DV_HTML = f"""<html><body style="font-family:Arial,sans-serif">
<p>Dear KCSC team,</p>
<p>Below is the outcome for part of your notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported link</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{D[5]}">{D[5]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{D[6]}">{D[6]}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{D[7]}">{D[7]}</a></td><td>Not found</td></tr>
<tr><td>4</td><td><a href="{D[8]}">{D[8]}</a></td><td>Removed</td></tr>
<tr><td>5</td><td><a href="{D[12]}">{D[12]}</a></td><td>Not removed: the file is the rights holder&#39;s own promotional clip and breaks none of our rules</td></tr>
</table>
<p>You can follow the ticket on your <a href="https://dropvault.example/abuse/dashboard?ticket=DV-2024-77812">reporter dashboard</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dv-html-table-base64",
    **{"from": "trust@dropvault.example"}, name_from="DropVault Trust & Safety",
    date="Sat, 07 Sep 2024 09:00:00 +0000",
    subject="Outcome of notice KCSC-240902-01 (partial)",
    raw_mime=single(DV_HTML, "text/html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety outcome mail as a base64 HTML table",
    why="table rows: three Removed, one Not found, one not removed because it breaks no rule (rejected); dashboard link is no item",
    items={D[5]: "removed", D[6]: "removed", D[7]: "not_found", D[8]: "removed", D[12]: "rejected"},
)

case(
    name="dv-quoted-printable-prose",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Wed, 04 Sep 2024 11:20:31 +0000",
    subject="KCSC-240902-01 - action taken",
    raw_mime=single(f"""Hello,

Following your notice KCSC-240902-01 we disabled public access to {D[6]} and {D[5]} earlier today, and both files are now unavailable to every user of the service, including their uploader.

We keep working on the remaining links of the notice and will report on them separately.

Kind regards,
DropVault Abuse Team
""", "text/plain", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply, quoted-printable with soft line breaks",
    why="two links named in one sentence as disabled and unavailable to everyone (removed); the rest only promised",
    items={D[6]: "removed", D[5]: "removed"},
)

case(
    name="dv-outlook-quoted-request",
    **{"from": "j.meyer@dropvault.example"}, name_from="\"Meyer, Jana\"",
    date="Mon, 09 Sep 2024 07:48:12 +0000",
    subject="RE: [KCSC-240902-01] Takedown request",
    reply_to_req="req.240902-01",
    body=f"""Hi,

the following links were disabled today:

{D[12]}
{D[13]}

The link {D[14]} does not exist in our system (perhaps a typo in the ID?).

Best regards
Jana Meyer
DropVault Legal & Abuse

{outlook_quoted("KCSC-240902-01", list(D.values()), "Monday, September 2, 2024 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below -----Original Message-----",
    why="two links disabled (removed), one does not exist (not_found); the quoted original below names all fourteen and says nothing",
    items={D[12]: "removed", D[13]: "removed", D[14]: "not_found"},
)

case(
    name="dv-angle-bracket-folders",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Thu, 05 Sep 2024 13:10:44 +0000",
    subject="KCSC-240902-01: shared folders",
    body=f"""Hello,

About the two shared folders in your notice KCSC-240902-01:

<{D[9]}> - the folder and all 12 files in it were deleted.
<{D[10]}> - deleted as well (3 files).

Both folder links now show "This folder is no longer available".

DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets",
    why="both folder links named as deleted (removed)",
    items={D[9]: "removed", D[10]: "removed"},
)

case(
    name="dv-wrapped-download-link",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Fri, 06 Sep 2024 03:02:09 +0000",
    subject="KCSC-240902-01: direct download link",
    body="""Hello,

You also reported a direct download address. We removed the file behind
<https://dl.dropvault.example/Xo2cJ9ty/2024-09-01_clip_0914_
fullhd.mp4> on 5 September; the address now answers 410 Gone.

DropVault Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail wrapping a long URL inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped direct-download URL is named as removed",
    items={D[11]: "removed"},
)

case(
    name="dv-korean-fullwidth-colons",
    **{"from": "support-kr@dropvault.example"}, name_from=enc_name("DropVault 고객지원"),
    date="Wed, 04 Sep 2024 01:15:00 +0000",
    subject=enc_name("Re: [KCSC-240902-01] 삭제 요청 처리 결과"),
    reply_to_req="req.240902-01",
    body=f"""안녕하세요, DropVault 한국어 고객지원입니다.

요청하신 파일 중 아래 3건을 확인하였습니다.

1) {D[1]}：삭제 완료
2) {D[2]}：삭제 완료
3) {D[3]}：존재하지 않는 파일입니다（보관 기간 만료로 이미 삭제됨）

나머지 링크는 확인되는 대로 다시 연락드리겠습니다.

감사합니다.
DropVault 고객지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean-language support desk reply with full-width colons and brackets after the URLs",
    why="two files 삭제 완료 (removed), one does not exist / already expired (not_found); full-width colon ends each URL",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dv-promise-within-24h",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Tue, 03 Sep 2024 05:00:00 +0000",
    subject="Re: [KCSC-240902-01] Takedown request",
    reply_to_req="req.240902-01",
    body=f"""Hello,

Thank you for your notice. The uploader of
{D[7]} and
{D[8]}
has been informed; under our terms the uploader gets 24 hours to respond,
after which we will remove both files.

DropVault Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="file host announcing removal after an uploader grace period",
    why="names two links but only promises removal after a grace period: no statement, items stay pending",
    items={D[7]: "pending", D[8]: "pending"},
)

case(
    name="dv-asks-for-official-letter",
    **{"from": "legal@dropvault.example"}, name_from="DropVault Legal",
    date="Mon, 02 Sep 2024 23:10:00 +0000",
    subject="Re: [KCSC-240902-01] Takedown request - additional information needed",
    reply_to_req="req.240902-01",
    body="""Dear KCSC,

Before we can act on the links in your notice KCSC-240902-01 we need:

  1. the legal provision under which the removal is requested, and
  2. an official letter on your letterhead, signed by an authorised officer.

Please reply to this email with both. We will pause the ticket until then.

DropVault Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="host's legal team asking for legal basis and signed letter before acting",
    why="the platform asks for more documents before acting; nothing stated about any link",
)

_pdf = tiny_pdf(["DropVault - outcome of notice KCSC-240902-01",
                 "Qm7rT2xa removed", "Lp0wZ9ke removed", "Vy2jK6do not found"])
case(
    name="dv-pdf-report-only",
    **{"from": "abuse@dropvault.example"}, name_from="DropVault Abuse Team",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject="KCSC-240902-01 outcome report",
    raw_mime=mixed("dv-pdf-0910", [
        text_part("""Hello,

Please find attached the outcome report for your notice KCSC-240902-01.

DropVault Abuse Team
"""),
        'Content-Type: application/pdf; name="KCSC-240902-01_outcome.pdf"\n'
        'Content-Disposition: attachment; filename="KCSC-240902-01_outcome.pdf"\n'
        "Content-Transfer-Encoding: base64\n\n" + b64(_pdf),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="abuse desk sending its outcome only as a PDF report",
    why="the statuses are only inside a compressed PDF attachment the body does not repeat; a person must read it",
)

case(
    name="dv-ticket-receipt-echo",
    **{"from": "noreply@dropvault.example"}, name_from="DropVault Support",
    date="Mon, 02 Sep 2024 01:00:07 +0000",
    subject="[DV-2024-77812] We received your report (KCSC-240902-01)",
    extra_headers=AUTO,
    body=f"""This is an automatic confirmation. Please do not reply.

We received your report and created ticket DV-2024-77812. Our abuse team
reviews reports in the order received and will contact you when it has
finished.

Your report
-----------
Reference: KCSC-240902-01
Reported links (14), first three shown:
  {D[1]}
  {D[2]}
  {D[3]}

Track your ticket: https://dropvault.example/abuse/tickets/DV-2024-77812
""",
    outcome="ignored", classification="acknowledgement",
    imitates="ticket-system receipt echoing the reported links",
    why="automatic receipt that echoes part of the report and states nothing about any link",
)

# ======================= Nimbus Hosting (web host), KCSC-240903-02, 4 items

case(
    name="nh-abuse-desk-account-suspended",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 02:17:00 +0000",
    subject="[Abuse #NH-58812] KCSC-240903-02",
    body=f"""Dear Sir or Madam,

We have suspended the hosting account that served the following addresses.
Both now show our suspension page and the site content can no longer be
reached:

  {N[1]}
  {N[2]}

We are still looking into the other two addresses of your report and will
write again.

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse desk: hosting account suspended",
    why="two addresses named, site suspended and unreachable (removed); the two others only promised",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-one-line-terminated",
    **{"from": "jr@nimbushost.example"}, name_from="J. Ryu",
    date="Thu, 05 Sep 2024 10:44:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req.240903-02",
    body=f"""{N[3]} - taken offline, account terminated.

--
Nimbus Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a host's abuse desk",
    why="one address named as taken offline (removed)",
    items={N[3]: "removed"},
)

case(
    name="nh-no-violation-found",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 08:00:00 +0000",
    subject="[Abuse #NH-58812] KCSC-240903-02 - no action",
    body=f"""Dear Sir or Madam,

We reviewed {N[4]} .
The page is a sports-score aggregator; we found no betting, payment or
sign-up function on it and no content against our acceptable use policy.
We will therefore take no action on this address.

If you have further evidence, please reply to this ticket.

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="host refusing a takedown with its reason",
    why="address named, host declines because it breaks no rule (rejected)",
    items={N[4]: "rejected"},
)

case(
    name="nh-ticket-resolved-mixed",
    **{"from": "tickets@nimbushost.example"}, name_from="Nimbus Hosting Support",
    date="Sat, 07 Sep 2024 03:33:00 +0000",
    subject="[Ticket #NH-58812] Status changed to Resolved (KCSC-240903-02)",
    body=f"""Ticket #NH-58812 has been updated.

Status: Resolved
Department: Abuse

---- Update from Abuse Team ----
Our customer removed the content at
{N[2]}
after our notice; the address now returns 404.

The landing page {N[1]} stays online: it is a parked
domain page with no gambling content, so no further action is needed.
--------------------------------

To view this ticket, log in to https://my.nimbushost.example/tickets/NH-58812
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system status update carrying the abuse team's comment",
    why="one address removed by the customer (removed), the landing page kept because it breaks no rule (rejected)",
    items={N[2]: "removed", N[1]: "rejected"},
)

case(
    name="nh-url-on-line-below",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 06:20:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req.240903-02",
    body=f"""Hello,

The following site has been disabled at the server level:
{N[3]}

This one we cannot find on any of our machines:
{N[4]}

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply, statement line then URL on the line below",
    why="statement precedes each URL: disabled (removed), cannot find (not_found)",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="nh-customer-given-48h",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 00:05:00 +0000",
    subject="[Abuse #NH-58812] KCSC-240903-02",
    body=f"""Dear Sir or Madam,

We have forwarded your complaint about {N[4]} to our
customer and given them 48 hours to respond. If they do not remove the
material, the account may be suspended.

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="host forwarding a complaint to its customer with a deadline",
    why="names an address but only a forward and a conditional suspension: no statement, item pending",
    items={N[4]: "pending"},
)

case(
    name="nh-forged-dmarc-fail",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    auth="fail",
    date="Thu, 05 Sep 2024 17:59:00 +0000",
    subject="Re: KCSC-240903-02 resolved",
    body=f"""Hello,

All done. We removed {N[1]} and
{N[4]} from our servers.

Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be the host's abuse desk that fails DMARC",
    why="From the host's domain but DKIM/SPF/DMARC fail: nothing applied",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="nh-reseller-unknown-sender",
    **{"from": "support@cheaphost-kr.example"}, name_from="CheapHost Korea",
    date="Fri, 06 Sep 2024 01:40:00 +0000",
    subject="FW: KCSC-240903-02 - our client site",
    body=f"""Hello,

We are a reseller of Nimbus Hosting and the site below belongs to one of
our clients. Nimbus passed your complaint to us. We have removed
{N[3]} from the client's account today.

CheapHost Korea support
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering on the upstream host's behalf",
    why="statement about a requested address from a domain that is no configured platform",
    items={N[3]: "pending"},
)

case(
    name="nh-maintenance-notice",
    **{"from": "noc@nimbushost.example"}, name_from="Nimbus Hosting NOC",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="Scheduled maintenance of our abuse ticket system, 15 September",
    body="""Dear abuse reporter,

Our abuse ticket system will be unavailable on Sunday 15 September between
02:00 and 04:00 UTC for a database upgrade. Reports sent by email during
that window will be queued and processed afterwards.

Status updates: https://status.nimbushost.example

Nimbus Hosting Network Operations
""",
    outcome="review", review="no_claims",
    imitates="host's network operations notice sent to abuse reporters",
    why="trusted host mail naming no item and no request",
)

case(
    name="nh-out-of-office",
    **{"from": "jr@nimbushost.example"}, name_from="J. Ryu",
    date="Tue, 03 Sep 2024 02:31:00 +0000",
    subject="Automatic reply: [KCSC-240903-02] Takedown request",
    extra_headers=AUTO + ["X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. For urgent abuse matters please write to abuse@nimbushost.example.

J. Ryu
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an abuse-desk employee",
    why="out-of-office auto-reply",
)

# ======================= Baram Board (forum), KCSC-240904-03, 5 items

case(
    name="bb-korean-result-notice",
    **{"from": "cs@baramboard.example"}, name_from=enc_name("바람게시판 운영팀"),
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject=enc_name("[바람게시판] 게시물 조치 결과 안내 (KCSC-240904-03)"),
    body=f"""안녕하세요. 바람게시판 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240904-03)에 대한
조치 결과를 안내드립니다.

1. {B[1]}
   → 게시물 삭제 완료
2. {B[2]}
   → 블라인드 처리
3. {B_RAW4}
   → 임시조치 (30일)

나머지 2건은 확인 중이며, 처리 후 다시 안내드리겠습니다.

감사합니다.
바람게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community forum 조치 결과 안내 with the result on the line below each URL",
    why="삭제 완료 and 블라인드 (removed), 임시조치 (restricted); raw Korean path matches the percent-encoded request URL",
    items={B[1]: "removed", B[2]: "removed", B[4]: "restricted"},
)

case(
    name="bb-admin-one-line-author-deleted",
    **{"from": "admin@baramboard.example"}, name_from=enc_name("바람게시판 관리자"),
    date="Fri, 06 Sep 2024 12:12:00 +0000",
    subject=enc_name("Re: [KCSC-240904-03] 게시물 삭제 요청"),
    reply_to_req="req.240904-03",
    body=f"""{B[5]}은 작성자가 이미 삭제한 글입니다. 참고 부탁드립니다.

바람게시판 관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="small forum admin's one-line Korean reply",
    why="the post was already deleted by its author (not_found); Korean particle 은 stuck to the URL",
    items={B[5]: "not_found"},
)

BB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 바람게시판 운영팀입니다.</p>
<p>요청번호 KCSC-240904-03 게시물 5건의 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{B[1]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{B[2]}</td><td>삭제</td></tr>
<tr><td>3</td><td>https://baramboard.example/bbs/view.php?id=humor&amp;no=55031</td><td>유지 (운영정책 위반 사항 없음)</td></tr>
<tr><td>4</td><td>{B_RAW4}</td><td>접근 제한</td></tr>
<tr><td>5</td><td>{B[5]}</td><td>게시물 없음</td></tr>
</tbody></table>
<p>운영정책: <a href="https://baramboard.example/policy">https://baramboard.example/policy</a></p>
<p>바람게시판 운영팀</p>
</body></html>
"""
case(
    name="bb-html-table-five-posts",
    **{"from": "cs@baramboard.example"}, name_from=enc_name("바람게시판 운영팀"),
    date="Mon, 09 Sep 2024 05:30:00 +0000",
    subject=enc_name("[바람게시판] KCSC-240904-03 조치 결과"),
    raw_mime=mixed("bb-html-0909", [text_part(BB_HTML, "text/html", "quoted-printable")], preamble=False),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table sent as HTML",
    why="each row: 삭제 (removed) x2, 유지 no policy breach (rejected), 접근 제한 (restricted), 게시물 없음 (not_found); &amp; in the URL is HTML",
    items={B[1]: "removed", B[2]: "removed", B[3]: "rejected", B[4]: "restricted", B[5]: "not_found"},
)

case(
    name="bb-base64-operator-deleted",
    **{"from": "cs@baramboard.example"}, name_from=enc_name("바람게시판 운영팀"),
    date="Sat, 07 Sep 2024 07:07:00 +0000",
    subject=enc_name("[바람게시판] 게시물 신고 처리 결과 안내"),
    raw_mime=single(f"""안녕하세요, 바람게시판입니다.

KCSC-240904-03 관련하여 아래와 같이 처리하였습니다.

- {B[2]} : 운영자 삭제
- {B[3]} : 비공개 처리

이용에 참고 부탁드립니다.
""", "text/plain", "base64"),
    outcome="applied", classification="confirmation",
    imitates="forum notice body sent base64-encoded, bulleted results",
    why="운영자 삭제 and 비공개 처리 both count as removed",
    items={B[2]: "removed", B[3]: "removed"},
)

case(
    name="bb-all-five-deleted-bulk",
    **{"from": "cs@baramboard.example"}, name_from=enc_name("바람게시판 운영팀"),
    date="Tue, 10 Sep 2024 01:00:00 +0000",
    subject=enc_name("Re: [KCSC-240904-03] 게시물 삭제 요청"),
    reply_to_req="req.240904-03",
    body="""안녕하세요, 바람게시판 운영팀입니다.

요청번호 KCSC-240904-03으로 요청하신 게시물 5건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean forum's one-sentence 'all posts deleted' reply",
    why="one statement for all five posts without naming them: bulk, items pending",
)

case(
    name="bb-read-receipt",
    **{"from": "cs@baramboard.example"}, name_from=enc_name("바람게시판 운영팀"),
    date="Wed, 04 Sep 2024 01:02:00 +0000",
    subject=enc_name("읽음: [KCSC-240904-03] 게시물 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-bb-0904"

--mdn-bb-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
The message you sent to cs@baramboard.example was displayed on Wed, 04 Sep 2024 10:02 +0900.

--mdn-bb-0904
Content-Type: message/disposition-notification

Reporting-UA: mail.baramboard.example; Webmail 3.2
Final-Recipient: rfc822; cs@baramboard.example
Original-Message-ID: <req.240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-bb-0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN) in Korean",
    why="message disposition notification only",
)

# ======================= kchan (image board), KCSC-240905-04, 3 items

case(
    name="kc-janitor-informal",
    **{"from": "admin@kchan.example"}, name_from="kchan admin",
    date="Thu, 05 Sep 2024 22:51:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req.240905-04",
    body=f"""nuked {K[1]} (whole thread).
{K[2]} was deleted by the OP before we got to it.

-admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's two-line informal reply",
    why="thread nuked (removed); other thread deleted by its author (not_found); the image URL not named",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kc-image-purged-hash-banned",
    **{"from": "admin@kchan.example"}, name_from="kchan admin",
    date="Fri, 06 Sep 2024 04:15:00 +0000",
    subject="Re: KCSC-240905-04 image",
    reply_to_req="req.240905-04",
    body=f"""The file {K[3]} has been purged from
storage and its hash is banned, so it cannot be posted again.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin confirming a purged image and hash ban",
    why="image named as purged from storage (removed)",
    items={K[3]: "removed"},
)

case(
    name="kc-thanks-plus-statement",
    **{"from": "mod@kchan.example"}, name_from="kchan moderation",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req.240905-04",
    body=f"""Thanks for the report, we've received it.

Thread {K[2]} has been deleted and the poster banned for 30 days.

kchan moderation
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply opening with a receipt phrase, then a statement",
    why="acknowledgement phrase plus an unhedged deletion of a named thread: not a pure acknowledgement (removed)",
    items={K[2]: "removed"},
)

case(
    name="kc-korean-vacation-autoreply",
    **{"from": "admin@kchan.example"}, name_from="kchan admin",
    date="Thu, 05 Sep 2024 05:00:30 +0000",
    subject=enc_name("[자동응답] Re: KCSC-240905-04"),
    extra_headers=AUTO + ["Precedence: auto_reply"],
    body="""[자동응답]
현재 휴가 중이라 9월 9일부터 메일 확인이 가능합니다.
급한 신고는 사이트 내 신고 버튼을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean vacation auto-reply",
    why="자동응답 out-of-office",
)

# ======================= RegNest (registrar), KCSC-240906-05, 2 items

case(
    name="rn-clienthold-and-refusal",
    **{"from": "abuse@regnest.example"}, name_from="RegNest Abuse",
    date="Tue, 10 Sep 2024 08:45:00 +0000",
    subject="RegNest abuse case RN-330192 / KCSC-240906-05",
    body=f"""Hello,

Regarding your complaint KCSC-240906-05:

1. {R[1]}
   The domain kr-leaks-mirror.example has been placed on clientHold and
   no longer resolves. Status: suspended.

2. {R[2]}
   We are a domain registrar and do not host this content. The registrant
   answered our inquiry and disputes the allegation; without a court order
   we will not suspend this domain. Status: no action, case closed.

RegNest Abuse Team
https://regnest.example/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: one domain on clientHold, one refused",
    why="first domain suspended and no longer resolving (removed); second refused with reason (rejected)",
    items={R[1]: "removed", R[2]: "rejected"},
)

case(
    name="rn-both-suspended-bulk",
    **{"from": "abuse@regnest.example"}, name_from="RegNest Abuse",
    date="Thu, 12 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req="req.240906-05",
    body="""Hello,

Both domains in your complaint have been suspended.

RegNest Abuse Team
""",
    outcome="review", review="bulk",
    imitates="registrar's one-line reply covering the whole complaint",
    why="'both domains' for a two-item request without naming them: bulk",
)

case(
    name="rn-other-platform-domain",
    **{"from": "abuse@regnest.example"}, name_from="RegNest Abuse",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240903-02 (copied to registrar)",
    body=f"""Hello,

You copied us on your notice KCSC-240903-02 to the hosting provider. The
domain bet-jjang.example is registered through RegNest; we have suspended
it, and {N[4]} no longer resolves.

RegNest Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="registrar acting on a domain from a request addressed to a host",
    why="RegNest states a status for an item of the Nimbus Hosting request",
    items={N[4]: "pending"},
)

case(
    name="rn-dsn-unknown-recipient",
    **{"from": "MAILER-DAEMON@mx1.regnest.example"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 01:20:11 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=AUTO,
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-rn-0906"

This is a MIME-encapsulated message.

--dsn-rn-0906
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.regnest.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@regnest.example>: host mbox.regnest.example[203.0.113.25] said:
    550 5.1.1 <abuse-kr@regnest.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-rn-0906
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regnest.example
Arrival-Date: Fri,  6 Sep 2024 01:20:09 +0000 (UTC)

Final-Recipient: rfc822; abuse-kr@regnest.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-rn-0906
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@regnest.example
Subject: [KCSC-240906-05] Takedown request
Message-ID: <req.240906-05@kcsc.example>

--dsn-rn-0906--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification, unknown recipient",
    why="DSN bounce",
)

# ======================= EdgeVeil (CDN), KCSC-240909-06, 2 items

case(
    name="ev-cdn-not-host-forwarded",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 15:00:00 +0000",
    subject="[EV-9912034] Your report KCSC-240909-06",
    body=f"""Hello,

EdgeVeil provides a pass-through proxy and caching service for
webtoon-free99.example. We do not host the material at

  {E[1]}
  {E[2]}

and cannot remove content from servers we do not control, so we are not
taking action on these URLs. We have forwarded your report to the hosting
provider and to the site operator; the hosting provider is Orbital Racks
(abuse contact abuse@orbitalracks.example).

EdgeVeil Trust & Safety
https://edgeveil.example/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN's 'we do not host this content, report forwarded to the host' reply",
    why="CDN refuses to act on both named URLs and gives its reason (rejected); arguable, see NOTES",
    items={E[1]: "rejected", E[2]: "rejected"},
)

case(
    name="ev-geo-block-korea",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 12 Sep 2024 06:45:00 +0000",
    subject="[EV-9912034] Update on KCSC-240909-06",
    body=f"""Hello,

Following a review under our acceptable use policy, we have blocked access
to {E[2]} through our network for visitors in the
Republic of Korea.

The homepage {E[1]} remains available; it does not itself
contain the material you reported and we are not acting on it.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking one URL in one country",
    why="chapter URL blocked for Korea (restricted); homepage kept, breaks no rule (rejected)",
    items={E[2]: "restricted", E[1]: "rejected"},
)

case(
    name="ev-site-owner-freemail",
    **{"from": "webtoonfree99.admin@freemail.example"}, name_from="webtoon-free99 admin",
    date="Fri, 13 Sep 2024 11:11:00 +0000",
    subject="about KCSC-240909-06",
    body=f"""hello

i am the owner of webtoon-free99. i deleted the chapter
{E[2]} yesterday. please tell edgeveil to
remove the block.
""",
    outcome="review", review="unknown_sender",
    imitates="site operator writing from a free mail account",
    why="statement about a requested URL from a sender that is no platform",
    items={E[2]: "pending"},
)

case(
    name="ev-report-received",
    **{"from": "noreply@edgeveil.example"}, name_from="EdgeVeil Abuse",
    date="Mon, 09 Sep 2024 07:00:05 +0000",
    subject="Abuse report received [EV-9912034]",
    extra_headers=AUTO,
    body=f"""Thank you for your report. It has been received and assigned the
reference EV-9912034.

Reported URL: {E[1]}
Category: Copyright

We will send you further information by email. Replies to this address are
not monitored.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="pure receipt with an echoed URL, nothing stated about it",
)

# ======================= PasteHut (small service), KCSC-240910-07, 1 item

case(
    name="ph-one-word-deleted",
    **{"from": "mika@pastehut.example"}, name_from="mika",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject="Re: [KCSC-240910-07] Takedown request",
    reply_to_req="req.240910-07",
    body=f"""deleted, sorry about that

--
mika / pastehut

On Tue, 10 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240910-07", [P[1]], "Dear PasteHut,")}
""",
    outcome="applied", classification="confirmation",
    imitates="solo admin of a small paste site replying in one word over the quote",
    why="single statement 'deleted' answering a one-item request: the item is removed",
    items={P[1]: "removed"},
)

case(
    name="ph-flagged-for-cleanup",
    **{"from": "mika@pastehut.example"}, name_from="mika",
    date="Tue, 10 Sep 2024 03:10:00 +0000",
    subject="Re: [KCSC-240910-07] Takedown request",
    reply_to_req="req.240910-07",
    body=f"""flagged it, it'll get purged in tonight's cleanup run. ping me if it's
still up tomorrow.

mika

On Tue, 10 Sep 2024 at 11:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240910-07", [P[1]], "Dear PasteHut,")}
""",
    outcome="review", review="not_understood",
    imitates="small-service admin promising a later purge",
    why="reply in the request's thread promising removal later: not a statement, item pending",
    items={P[1]: "pending"},
)

_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: admin@pastehut.example
Subject: [KCSC-240910-07] Takedown request
Date: Tue, 10 Sep 2024 11:02:00 +0900
Message-ID: <req.240910-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear PasteHut,

Please remove the following paste (reference KCSC-240910-07):

{P[1]}

KCSC Takedown Desk
"""
case(
    name="ph-bounce-mailbox-full",
    **{"from": "postmaster@pastehut.example"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 02:03:00 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=AUTO,
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-ph-0910"

--dsn-ph-0910
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     admin@pastehut.example

Reason: 552 5.2.2 Mailbox full - quota exceeded

--dsn-ph-0910
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pastehut.example

Final-Recipient: rfc822; admin@pastehut.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-ph-0910
Content-Type: message/rfc822

{_orig}
--dsn-ph-0910--
""",
    outcome="ignored", classification="bounce",
    imitates="mailbox-full bounce carrying the whole original request",
    why="DSN bounce; the requested URL appears only in the returned original",
)

HEADER = """# Blind set 919 (hosting providers, CDNs, registrars, forums, image
# boards, file hosts, small services; CSV attachments and plain-text tables).
# Written by tests/corpus/blind919/make.py: edit the case list there.
# Expected results come from each email's meaning, written before any run.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind919", HEADER, cases)
