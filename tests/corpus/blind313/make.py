#!/usr/bin/env python3
"""Blind set 313: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering, often informally, plus
spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind313/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on them (see NOTES.md).
"""
import base64
import os
import quopri
import sys
import zlib
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

for dom, name in {
    "filecrate.io": "FileCrate",
    "dalbit-forum.kr": "Dalbit Forum",
    "pinechan.org": "pinechan",
    "cumulohost.net": "Cumulo Hosting",
    "veilcdn.com": "VeilCDN",
    "dotnamu.co.kr": "Dotnamu",
    "snipbin.net": "snipbin",
}.items():
    corpuslib.DOMAIN_NAMES.setdefault(dom, name)


def enc(s):
    """RFC 2047 encoding for a header value that is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
GALLERY = "https://dalbit-forum.kr/%EA%B0%A4%EB%9F%AC%EB%A6%AC/5512"
GALLERY_RAW = "https://dalbit-forum.kr/갤러리/5512"

FC = [
    "https://filecrate.io/f/k7Qm2xPa",
    "https://filecrate.io/f/Rt9bW3nE",
    "https://filecrate.io/f/aa81LcZu",
    "https://filecrate.io/f/Vn5sTq0d",
    "https://filecrate.io/f/pX2hJe6w",
    "https://filecrate.io/f/Hy4kDm8r",
    "https://filecrate.io/d/ZK0uwq3f/sample_pack.zip",
    "https://filecrate.io/f/Mw6cFb1y",
    "https://filecrate.io/f/Ue3oGi7t",
    "https://filecrate.io/f/Lb8nSa2v",
    "https://filecrate.io/f/Qj1eXr5k",
    "https://filecrate.io/f/Gd9zPw4m",
]
DB = [
    "https://dalbit-forum.kr/board/free/182310",
    "https://dalbit-forum.kr/board/free/182377",
    GALLERY,
    "https://dalbit-forum.kr/board/market/90045",
]
PC = [
    "https://pinechan.org/b/res/441020.html",
    "https://pinechan.org/b/res/441187.html",
    "https://pinechan.org/kr/res/9034.html",
]
CU = [
    "https://yakbang-direct.com/shop/item/31",
    "https://yakbang-direct.com/shop/item/32",
    "https://bitbet-casino7.net/",
    "https://bitbet-casino7.net/join?ref=kr01",
    "http://linkmoa-kr.net/adult/index.html",
]
VC = ["https://toto-sky99.com/", "https://toto-sky99.com/event/bonus"]
DN = ["http://casino-haneul.kr/"]
SB = ["https://snipbin.net/p/Qx7vLm2a"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "copyright", FC, "file host; sexual images and pirated packs"),
    ("KCSC-240903-02", "dalbit", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "privacy", DB, "community forum; doxxing posts"),
    ("KCSC-240904-03", "pinechan", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     "obscenity", PC, "image board threads"),
    ("KCSC-240905-04", "cumulo", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs_gambling", CU, "hosting provider of three customer sites"),
    ("KCSC-240906-05", "veilcdn", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "gambling", VC, "CDN in front of an illegal betting site"),
    ("KCSC-240909-06", "dotnamu", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", DN, "registrar of the domain"),
    ("KCSC-240910-07", "snipbin", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "privacy", SB, "paste site; leaked personal data"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return f"request.{ref}.1"


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid(ref)}@kcsc.example,{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_text(ref):
    """Our own request as it would be quoted back to us."""
    _, plat, sent, due, cat, urls, _ = REQ[ref]
    listing = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    if plat in ("dalbit", "dotnamu"):
        return (
            "담당자님께,\n\n"
            f"방송통신심의위원회는 아래 정보에 대하여 시정요구(삭제)를 요청드립니다.\n"
            f"요청번호: {ref}\n\n{listing}\n\n"
            "조치 결과를 이 주소로 회신하여 주시기 바랍니다.\n\n"
            "방송통신심의위원회 불법정보 대응팀\n"
        )
    return (
        "Dear Trust & Safety team,\n\n"
        "The Korea Communications Standards Commission asks you to remove or\n"
        f"disable access to the following content (our reference {ref}):\n\n"
        f"{listing}\n\n"
        "Please reply to this address with the action taken for each URL.\n\n"
        "KCSC Takedown Desk\n"
    )


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ---------------- FileCrate (file host), KCSC-240902-01, 12 items

case(
    name="fc-abuse-desk-bullets",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Wed, 04 Sep 2024 09:14:02 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thanks for the notice. We went through the first part of your list. The
following files were deleted and the uploading account has been closed:

  * {FC[0]}
  * {FC[1]}
  * {FC[2]}
  * {FC[3]}

We are still working through the other eight links and will write again
once we are done.

Regards,
Tomasz
FileCrate Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply listing deleted files (bulleted list)",
    why="four files named one by one under 'were deleted'; the other eight are only promised",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "removed", FC[3]: "removed"},
)

CSV_FC = "\r\n".join([
    "link,status,comment,processed_utc",
    f"{FC[0]},deleted,,2024-09-05 02:10",
    f"{FC[1]},deleted,,2024-09-05 02:10",
    f"{FC[2]},deleted,,2024-09-05 02:11",
    f"{FC[3]},deleted,,2024-09-05 02:11",
    f"{FC[4]},deleted,,2024-09-05 02:12",
    f"{FC[5]},not_found,no file under this id,2024-09-05 02:12",
    f"{FC[6]},deleted,whole folder removed,2024-09-05 02:14",
    f"{FC[7]},deleted,,2024-09-05 02:14",
    f"{FC[8]},kept,public domain scan - no breach of our terms,2024-09-05 02:20",
    f"{FC[9]},deleted,,2024-09-05 02:21",
    f"{FC[10]},not_found,removed by the uploader before our review,2024-09-05 02:21",
    f"{FC[11]},deleted,,2024-09-05 02:22",
]) + "\r\n"

case(
    name="fc-csv-attachment-all-twelve",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Thu, 05 Sep 2024 02:31:40 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_fc_7a1"

--=_fc_7a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

The outcome for every link in your notice KCSC-240902-01 is in the
attached spreadsheet. In the status column: deleted = the file is gone
from our storage, not_found = we have no such file, kept = we reviewed
it and found no breach of our terms, so it stays online.

FileCrate Abuse Team

--=_fc_7a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_FC)}
--=_fc_7a1--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a CSV export of the ticket's per-URL outcomes",
    why="CSV attachment gives a status for all twelve links: deleted, not_found, kept (no breach)",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "removed", FC[3]: "removed",
           FC[4]: "removed", FC[5]: "not_found", FC[6]: "removed", FC[7]: "removed",
           FC[8]: "rejected", FC[9]: "removed", FC[10]: "not_found", FC[11]: "removed"},
)

_rule = "+" + "-" * 49 + "+" + "-" * 26 + "+"
ASCII_TABLE = "\n".join(
    [_rule, f"| {'URL':<47} | {'Result':<24} |", _rule]
    + [f"| {u:<47} | {r:<24} |" for u, r in [
        (FC[4], "removed"), (FC[5], "removed"), (FC[6], "folder removed"),
        (FC[7], "file not found"), (FC[8], "not removed (no breach)")]]
    + [_rule])

case(
    name="fc-ascii-table-pipes",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Fri, 06 Sep 2024 11:02:17 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Status of the remaining links from your notice as of today:

{ASCII_TABLE}

Best,
Ana
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a plain-text table from the ticket tool",
    why="five rows, each with its own result: removed, removed, removed, not found, kept because no breach",
    items={FC[4]: "removed", FC[5]: "removed", FC[6]: "removed", FC[7]: "not_found",
           FC[8]: "rejected"},
)

case(
    name="fc-url-then-status-line",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Fri, 06 Sep 2024 15:40:55 +0000",
    subject="Update on your ticket #40931",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Update on your ticket:

{FC[9]}
Status: Removed - breaches section 4.2 of our Terms

{FC[10]}
Status: Removed

{FC[11]}
Status: File not found (the uploader deleted it on 1 September)

Kind regards,
FileCrate Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update with each bare URL followed by a Status line",
    why="each URL has its status on the line below it",
    items={FC[9]: "removed", FC[10]: "removed", FC[11]: "not_found"},
)

case(
    name="fc-top-posted-over-quote",
    **{"from": "mika@filecrate.io"}, name_from="Mika Laine",
    date="Tue, 03 Sep 2024 07:12:09 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Done - these two are gone from our servers:
{FC[10]}
{FC[11]}

The rest we're still checking.

--
Mika / FileCrate support

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240902-01"))}
""",
    outcome="applied", classification="confirmation",
    imitates="short top-posted reply over the quoted request (Gmail-style attribution)",
    why="two files named as gone above the quote; the twelve quoted URLs are our own request",
    items={FC[10]: "removed", FC[11]: "removed", FC[0]: "pending", FC[5]: "pending"},
)

HTML_FC = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>We have completed our review of notice <b>KCSC-240902-01</b>. Results:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported link</th><th>Decision</th></tr>
<tr><td>1</td><td><a href="{FC[0]}">{FC[0]}</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="{FC[1]}">{FC[1]}</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="{FC[2]}">{FC[2]}</a></td><td>Not found &ndash; no file with this ID</td></tr>
<tr><td>4</td><td><a href="{FC[3]}">{FC[3]}</a></td><td>No action &ndash; the file is a news report and does not violate our Terms of Service</td></tr>
</table>
<p>You can read our content rules at <a href="https://filecrate.io/legal/terms">filecrate.io/legal/terms</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>"""

case(
    name="fc-html-table-qp",
    **{"from": "trust@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Wed, 04 Sep 2024 13:20:00 +0000",
    subject="Your notice KCSC-240902-01 - review complete",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_FC)}
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety HTML decision table, quoted-printable",
    why="HTML table with one decision per link: removed, removed, not found, no action because no violation; the terms link is not an item",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "not_found", FC[3]: "rejected"},
)

case(
    name="fc-base64-phone-oneliner",
    **{"from": "tomasz@filecrate.io"}, name_from="Tomasz W.",
    date="Wed, 04 Sep 2024 22:48:31 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("deleted " + FC[4] + " and " + FC[5] + ", uploader banned." + chr(10) + chr(10) + "-- " + chr(10) + "Sent from my phone" + chr(10))}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from an admin's phone, base64 body",
    why="one informal sentence, 'deleted X and Y'",
    items={FC[4]: "removed", FC[5]: "removed"},
)

case(
    name="fc-ack-plus-disabled-file",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 03:05:12 +0000",
    subject="[Ticket #FC-20931] Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Thank you for contacting FileCrate. Your report has been received and
assigned ticket #FC-20931.

The following file has already been disabled:
{FC[8]}

The remaining links are being reviewed by our team and we will update you
in this ticket.

FileCrate Support
https://filecrate.io/help
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk receipt that also states one outcome",
    why="receipt wording plus an unhedged statement about one file (disabled); the rest are under review",
    items={FC[8]: "removed"},
)

case(
    name="fc-dsa-statement-of-reasons",
    **{"from": "no-reply-sor@filecrate.io"}, name_from="FileCrate Legal",
    date="Sat, 07 Sep 2024 08:00:00 +0000",
    subject="Statement of reasons FC-SOR-2024-118804",
    body=f"""
Statement of reasons

Our reference: FC-SOR-2024-118804
Your notice: KCSC-240902-01

Content concerned: {FC[9]}
Type of restriction: access disabled in a specific territory (Republic of Korea)
Facts and circumstances: the decision follows a notice from a public authority.
Ground: content illegal under the law of the Republic of Korea. The file
does not breach our global Terms and remains available in other countries.
Automated means: none were used in taking this decision.
Redress: you may appeal at https://filecrate.io/help/appeals

FileCrate Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons with territorial scope",
    why="access disabled in Korea only, still available elsewhere: restricted",
    items={FC[9]: "restricted"},
)

case(
    name="fc-promise-48h",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Tue, 03 Sep 2024 10:11:45 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We have looked at your notice. The files below will be removed within 48
hours, once the uploader's notice period has run out:

{FC[7]}
{FC[8]}
{FC[9]}

We will confirm when this is done.

FileCrate Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal after the uploader's notice period",
    why="'will be removed within 48 hours' is a promise, not a statement",
    items={FC[7]: "pending", FC[8]: "pending", FC[9]: "pending"},
)

case(
    name="fc-bulk-all-twelve-removed",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Thu, 05 Sep 2024 16:27:03 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hi,

All 12 files listed in your notice KCSC-240902-01 have been removed and
the uploader's account has been terminated.

Best,
FileCrate Abuse
""",
    outcome="review", review="bulk",
    imitates="abuse desk one-sentence bulk confirmation",
    why="a statement about all twelve items without naming any: bulk review",
    items={u: "pending" for u in FC},
)

case(
    name="fc-dkim-fail-removed",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 05:55:19 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    body=f"""
Hello,

The following files have been removed:
<{FC[0]}>
<{FC[1]}>

FileCrate Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse desk confirmation whose DKIM/SPF/DMARC fail (relayed or forged)",
    why="platform domain but authentication fails",
    items={FC[0]: "pending", FC[1]: "pending"},
)

# image-only PDF (a scanned letter): no text layer to read
_img = zlib.compress(bytes((i * 37 + 11) % 256 for i in range(1200)), 9)
_content = b"q 500 0 0 700 48 70 cm /Im1 Do Q"
PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
    b"3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
    b"/Resources<</XObject<</Im1 5 0 R>>>>>> endobj\n"
    b"4 0 obj <</Length " + str(len(_content)).encode() + b">> stream\n" + _content +
    b"\nendstream endobj\n"
    b"5 0 obj <</Type/XObject/Subtype/Image/Width 40/Height 30/ColorSpace/DeviceGray"
    b"/BitsPerComponent 8/Filter/FlateDecode/Length " + str(len(_img)).encode() +
    b">> stream\n" + _img + b"\nendstream endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)

case(
    name="fc-scanned-pdf-letter",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    date="Mon, 09 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="fcpdf-0042"

--fcpdf-0042
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

Please find attached our signed letter with the outcome of our review of
your notice KCSC-240902-01.

Yours faithfully,
FileCrate Legal

--fcpdf-0042
Content-Type: application/pdf; name="FileCrate_reply_KCSC-240902-01.pdf"
Content-Disposition: attachment; filename="FileCrate_reply_KCSC-240902-01.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}
--fcpdf-0042--
""",
    outcome="review", review="unreadable_attachment",
    imitates="legal department sending a scanned signed letter as PDF",
    why="the outcome is only in an image-only PDF; the body says nothing about any item",
)

case(
    name="fc-out-of-office",
    **{"from": "j.moreau@filecrate.io"}, name_from="Julie Moreau",
    date="Mon, 02 Sep 2024 01:00:31 +0000",
    subject="Automatic reply: [KCSC-240902-01] Removal request - 12 files",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For abuse reports and takedown notices please write to abuse@filecrate.io,
which is monitored every day.

Julie
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
)

case(
    name="fc-helpdesk-receipt",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 01:00:58 +0000",
    subject="[FileCrate] Your request (40931) has been received",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (40931) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

FileCrate Support
This email is a service from FileCrate.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style helpdesk request receipt",
    why="pure receipt, no item-level statement",
)

# ---------------- Dalbit Forum (Korean community), KCSC-240903-02, 4 items

case(
    name="db-korean-admin-numbered",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영자"),
    date="Wed, 04 Sep 2024 10:21:00 +0900",
    subject=enc("RE: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요, 달빛포럼 운영자입니다.

보내주신 요청(KCSC-240903-02) 처리 결과 알려드립니다.

1. 자유게시판 글（{DB[0]}）
   → 운영자 삭제 완료
2. {DB[1]}
   → 작성자가 9월 2일에 스스로 지운 글이라 현재 존재하지 않는 게시물입니다.

나머지 두 건은 확인 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin replying informally with a numbered list",
    why="운영자 삭제 완료 = removed; deleted by its author, no longer exists = not_found; full-width parentheses around the first URL",
    items={DB[0]: "removed", DB[1]: "not_found", GALLERY: "pending", DB[3]: "pending"},
)

case(
    name="db-gallery-blind-raw-korean-path",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 관리자"),
    date="Wed, 04 Sep 2024 18:03:44 +0900",
    subject=enc("RE: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
갤러리 게시물 <{GALLERY_RAW}> 블라인드 처리했습니다.
신고하신 사진이 맞고, 올린 회원 계정도 활동정지 했어요.

- 달빛포럼 관리자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Korean admin reply (블라인드 처리)",
    why="블라인드 = removed; raw Korean path matches the percent-encoded item",
    items={GALLERY: "removed"},
)

case(
    name="db-market-temp-measure-particle",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영자"),
    date="Thu, 05 Sep 2024 09:12:10 +0900",
    subject=enc("RE: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요.

장터게시판 {DB[3]}은 권리침해 신고 절차에 따라 30일간 임시조치(접근 제한)했습니다.
게시자가 이의신청을 하지 않으면 기간 만료 후 삭제됩니다.

달빛포럼 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 임시조치 notice, URL followed directly by a particle",
    why="임시조치 (접근 제한) = restricted; the later deletion is only conditional",
    items={DB[3]: "restricted"},
)

HTML_DB = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p><b>시정요구 조치결과 회신</b> (요청번호 KCSC-240903-02)</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{DB[0]}</td><td>삭제</td><td>9/5 조치</td></tr>
<tr><td>2</td><td>{DB[1]}</td><td>비공개 처리</td><td></td></tr>
<tr><td>3</td><td><a href="{GALLERY}">{GALLERY_RAW}</a></td><td>해당 게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td>{DB[3]}</td><td>임시조치</td><td>30일</td></tr>
</table>
<p>달빛포럼 운영팀 드림</p>
</body></html>"""

case(
    name="db-sijeong-result-html-table",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영팀"),
    date="Thu, 05 Sep 2024 17:45:00 +0900",
    subject=enc("[달빛포럼] 시정요구 조치결과 회신 (KCSC-240903-02)"),
    type="html",
    body=HTML_DB,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table sent by a small forum",
    why="삭제, 비공개 처리 = removed; 게시물 없음 (author deleted) = not_found; 임시조치 = restricted",
    items={DB[0]: "removed", DB[1]: "removed", GALLERY: "not_found", DB[3]: "restricted"},
)

case(
    name="db-gmail-quote-kept",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영자"),
    date="Fri, 06 Sep 2024 14:30:00 +0900",
    subject=enc("Re: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요.

182377번 글({DB[1]})은 내용을 검토했는데 저희 운영규칙이나 법령에 위반되는 부분이 없어 삭제하지 않고 그대로 두기로 했습니다. 식당 이용 후기 글입니다.

2024년 9월 3일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240903-02"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin refusing one post, Gmail-style Korean attribution and quote",
    why="kept because it breaks no rule = rejected; the quoted request below is ours",
    items={DB[1]: "rejected", DB[0]: "pending"},
)

case(
    name="db-hedge-and-promise",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼"),
    date="Wed, 04 Sep 2024 12:00:05 +0900",
    subject=enc("RE: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 달빛포럼입니다.

문의하신 {DB[1]} 글은 확인해 보니 작성자가 이미 지운 것 같습니다.
{DB[3]} 는 담당 운영진이 검토한 뒤 조치할 예정입니다.

확인되는 대로 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean admin's tentative first answer",
    why="'이미 지운 것 같습니다' is a hedge, '조치할 예정' a promise: nothing stated",
    items={DB[1]: "pending", DB[3]: "pending"},
)

case(
    name="db-volunteer-mod-gmail",
    **{"from": "dalbit.submod.haneul@gmail.com"}, name_from=enc("하늘 (달빛포럼 부운영자)"),
    date="Wed, 04 Sep 2024 08:40:00 +0900",
    subject=enc("달빛포럼 게시물 건"),
    body=f"""
안녕하세요. 달빛포럼 자유게시판 부운영자입니다.
메일 받은 운영자님이 바쁘셔서 제가 대신 연락드려요.

{DB[0]} 글은 제가 방금 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer moderator answering from a personal webmail address",
    why="claims a deletion but comes from gmail.com, not the forum's domain",
    items={DB[0]: "pending"},
)

case(
    name="db-read-receipt",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영자"),
    date="Tue, 03 Sep 2024 13:02:11 +0900",
    subject=enc("읽음: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dalbit-3"

--mdn-dalbit-3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240903-02] 게시물 삭제 요청"을(를) 수신자가
2024-09-03 13:02 에 읽었습니다.

--mdn-dalbit-3
Content-Type: message/disposition-notification

Reporting-UA: webmail.dalbit-forum.kr
Final-Recipient: rfc822; admin@dalbit-forum.kr
Original-Message-ID: <{mid("KCSC-240903-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dalbit-3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
)

case(
    name="db-korean-out-of-office",
    **{"from": "admin@dalbit-forum.kr"}, name_from=enc("달빛포럼 운영자"),
    date="Tue, 03 Sep 2024 11:00:40 +0900",
    subject=enc("[자동응답] RE: [KCSC-240903-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답 메일입니다]

운영자가 9월 9일까지 휴가 중이라 메일 확인이 늦어질 수 있습니다.
급한 신고는 게시판 상단의 '신고하기' 메뉴를 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean webmail vacation auto-reply (부재중 자동응답)",
    why="auto-reply",
)

# ---------------- pinechan (image board), KCSC-240904-03, 3 items

case(
    name="pc-janitor-oneliner",
    **{"from": "janny@pinechan.org"}, name_from="janny",
    date="Wed, 04 Sep 2024 03:17:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request - 3 threads",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
deleted both threads, poster is banned.
{PC[0]}
{PC[1]}

the /kr/ one is up to that board's owner, waiting on him.
- janny
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lower-case one-liner",
    why="two thread URLs under 'deleted both threads'; the /kr/ thread is waiting",
    items={PC[0]: "removed", PC[1]: "removed", PC[2]: "pending"},
)

case(
    name="pc-kr-region-locked",
    **{"from": "staff@pinechan.org"}, name_from="pinechan staff",
    date="Thu, 05 Sep 2024 12:44:21 +0000",
    subject="Re: [KCSC-240904-03] Removal request - 3 threads",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hi,

Re the /kr/ thread <{PC[2]}>: it is now region-locked. Visitors from
Korean IP addresses get a 451 page instead of the thread; it stays
visible elsewhere.

pinechan staff
""",
    outcome="applied", classification="confirmation",
    imitates="small-site staff reply about a geo-block (HTTP 451)",
    why="blocked for Korean visitors only = restricted",
    items={PC[2]: "restricted"},
)

case(
    name="pc-echoed-list-mixed",
    **{"from": "staff@pinechan.org"}, name_from="pinechan staff",
    date="Fri, 06 Sep 2024 20:05:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request - 3 threads",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Your list, with what we did:

1. {PC[0]} -- deleted
2. {PC[1]} -- 404, the thread had already been pruned off the board
   before we saw your mail
3. {PC[2]} -- left up. It's a news discussion thread and nothing in it
   breaks our rules.

pinechan staff
""",
    outcome="applied", classification="confirmation",
    imitates="admin echoing the numbered report with a result after each line",
    why="deleted = removed; already pruned, 404 = not_found; left up, breaks no rule = rejected",
    items={PC[0]: "removed", PC[1]: "not_found", PC[2]: "rejected"},
)

case(
    name="pc-abuse-address-moved",
    **{"from": "staff@pinechan.org"}, name_from="pinechan staff",
    date="Mon, 09 Sep 2024 06:00:00 +0000",
    subject="pinechan contact addresses are changing",
    body="""
Hello,

You are receiving this because you have written to pinechan staff in the
past. From 1 October this mailbox will be closed. Please send reports about
threads or images to janitors@pinechan.org, and legal notices to
legal@pinechan.org.

Thanks,
pinechan staff
""",
    outcome="review", review="no_claims", classification="other",
    imitates="small site's notice that its abuse mailbox is moving",
    why="trusted platform mail naming no item and no request",
)

# ---------------- Cumulo Hosting, KCSC-240905-04, 5 items

case(
    name="cu-ticket-resolved",
    **{"from": "abuse@cumulohost.net"}, name_from="Cumulo Hosting Abuse",
    date="Fri, 06 Sep 2024 10:15:00 +0900",
    subject="[Abuse #CU-55821] Resolved: [KCSC-240905-04] Removal request - 5 URLs",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Ticket: CU-55821
Status: Resolved

Hello,

Following our notice, our customer has removed the content at these
addresses:

{CU[0]}
{CU[1]}

We checked both and they now return 404 Not Found.

Cumulo Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's ticket-system 'resolved' message",
    why="content at both URLs removed by the customer and checked",
    items={CU[0]: "removed", CU[1]: "removed"},
)

case(
    name="cu-account-suspended",
    **{"from": "abuse@cumulohost.net"}, name_from="Cumulo Hosting Abuse",
    date="Fri, 06 Sep 2024 16:50:00 +0900",
    subject="[Abuse #CU-55821] Re: [KCSC-240905-04] Removal request - 5 URLs",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

We have suspended the hosting account that served bitbet-casino7.net. Both
addresses in your report (<{CU[2]}> and
<{CU[3]}>) now show our suspension page.

Regards,
Cumulo Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk suspending a customer's account",
    why="account suspended, both URLs show the suspension page = removed",
    items={CU[2]: "removed", CU[3]: "removed"},
)

case(
    name="cu-outlook-url-below-statement",
    **{"from": "jiho.park@cumulohost.net"}, name_from="Park Ji-ho",
    date="Mon, 09 Sep 2024 09:05:00 +0900",
    subject="RE: [KCSC-240905-04] Removal request - 5 URLs",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

The following page has been disabled by our abuse team and the customer
notified:
{CU[4]}

Kind regards,
Ji-ho Park
Abuse Desk | Cumulo Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:00 PM
To: abuse@cumulohost.net
Subject: [KCSC-240905-04] Removal request - 5 URLs

{request_text("KCSC-240905-04")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original message below '-----Original Message-----'",
    why="one URL on the line below 'has been disabled'; the five URLs below are our quoted request",
    items={CU[4]: "removed", CU[0]: "pending"},
)

FIXED_TABLE = "\n".join(
    [f"{'URL':<43}{'Action':<20}Date", f"{'-' * 41}  {'-' * 18}  {'-' * 10}"]
    + [f"{u:<43}{a:<20}{d}" for u, a, d in [
        (CU[0], "content removed", "2024-09-07"), (CU[1], "content removed", "2024-09-07"),
        (CU[2], "account suspended", "2024-09-07"), (CU[3], "account suspended", "2024-09-07"),
        (CU[4], "no action (1)", "-")]])

case(
    name="cu-fixed-width-table",
    **{"from": "abuse@cumulohost.net"}, name_from="Cumulo Hosting Abuse",
    date="Sat, 07 Sep 2024 11:30:00 +0900",
    subject="[Abuse #CU-55821] Summary of actions",
    body=f"""
Summary of actions for your report KCSC-240905-04:

{FIXED_TABLE}

(1) The site is an age-verified adult directory that is permitted under
    our Acceptable Use Policy; we have declined to act on it.

Cumulo Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's fixed-width plain-text summary table",
    why="content removed / account suspended = removed; 'no action' with its reason in the footnote = rejected",
    items={CU[0]: "removed", CU[1]: "removed", CU[2]: "removed", CU[3]: "removed",
           CU[4]: "rejected"},
)

case(
    name="cu-under-review-24h",
    **{"from": "abuse@cumulohost.net"}, name_from="Cumulo Hosting Abuse",
    date="Thu, 05 Sep 2024 15:10:00 +0900",
    subject="[Abuse #CU-55821] Re: [KCSC-240905-04] Removal request - 5 URLs",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Dear Sir/Madam,

Your abuse report has been assigned ticket CU-55821 and is under review.
We have notified our customer about the following URLs and given them 24
hours to respond:

{CU[2]}
{CU[3]}

If the content is not removed within that time we will suspend the service.

Cumulo Hosting - Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk forwarding to its customer with a deadline",
    why="under review, customer given 24 hours, suspension conditional: nothing stated, items named",
    items={CU[2]: "pending", CU[3]: "pending"},
)

case(
    name="cu-site-owner-writes",
    **{"from": "webmaster@yakbang-direct.com"}, name_from="yakbang-direct webmaster",
    date="Fri, 06 Sep 2024 08:20:00 +0900",
    subject="Complaint forwarded by Cumulo Hosting (KCSC-240905-04)",
    body=f"""
Hello,

Our hosting company forwarded your complaint to us. We have taken down the
two product pages:

{CU[0]}
{CU[1]}

Please let Cumulo know so they close the ticket.

Webmaster
""",
    outcome="review", review="unknown_sender",
    imitates="site owner answering after the host forwarded the complaint",
    why="the customer, not the hosting provider, writes from its own domain",
    items={CU[0]: "pending", CU[1]: "pending"},
)

case(
    name="cu-ticket-receipt",
    **{"from": "noreply@cumulohost.net"}, name_from="Cumulo Hosting",
    date="Thu, 05 Sep 2024 14:00:40 +0900",
    subject="[Abuse #CU-55821] Report received",
    reply_to_req=mid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

Your report "[KCSC-240905-04] Removal request - 5 URLs" has been logged as
ticket CU-55821. Our abuse team handles reports in the order received.
Please keep the ticket number in the subject of any reply.

Do not reply to this address.
Cumulo Hosting
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting abuse-desk ticket receipt",
    why="pure receipt with a ticket number",
)

# ---------------- VeilCDN, KCSC-240906-05, 2 items

case(
    name="vc-geo-block-korea",
    **{"from": "abuse@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    date="Mon, 09 Sep 2024 02:12:00 +0000",
    subject="Re: [KCSC-240906-05] Removal request - 2 URLs",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

Following your report, VeilCDN has blocked requests originating from the
Republic of Korea to the following URLs on our network:

- {VC[0]}
- {VC[1]}

Visitors in other countries are not affected. The site itself is not hosted
by VeilCDN; we have also passed your report to the origin hosting provider.

VeilCDN Trust & Safety
https://veilcdn.com/trust/policies
""",
    outcome="applied", classification="confirmation",
    imitates="CDN blocking access from one country",
    why="blocked from Korea only = restricted; the policy link is not an item",
    items={VC[0]: "restricted", VC[1]: "restricted"},
)

case(
    name="vc-not-our-host-forwarded",
    **{"from": "abuse@veilcdn.com"}, name_from="VeilCDN Trust & Safety",
    date="Fri, 06 Sep 2024 04:31:00 +0000",
    subject="VeilCDN abuse report 7C21-88A0: forwarded to hosting provider",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

Thank you for your report regarding the following URLs:

{VC[0]}
{VC[1]}

VeilCDN provides reverse proxy and DNS services for this website. We are
not its hosting provider and cannot remove material stored on another
company's servers. We have forwarded your complaint to the website operator
and to the hosting provider, Orbis Datacenter (abuse@orbis-dc.example).

For more on how we handle abuse reports, see https://veilcdn.com/trust/abuse.

VeilCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, forwarded to the host' reply",
    why="names both items but states no status: the CDN neither removed nor refused on the merits",
    items={VC[0]: "pending", VC[1]: "pending"},
)

case(
    name="vc-email-not-monitored",
    **{"from": "no-reply@veilcdn.com"}, name_from="VeilCDN",
    date="Fri, 06 Sep 2024 01:00:20 +0000",
    subject="Re: [KCSC-240906-05] Removal request - 2 URLs",
    reply_to_req=mid("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply.

This mailbox does not process abuse reports sent by email. To report abuse
on a website using VeilCDN, please use our form at
https://veilcdn.com/abuse/report so that your report reaches the right team.

VeilCDN
""",
    outcome="ignored", classification="auto_reply",
    imitates="CDN auto-responder pointing to its web form",
    why="automatic reply, no statement",
)

# ---------------- Dotnamu (registrar), KCSC-240909-06, 1 item

case(
    name="dn-domain-hold-korean",
    **{"from": "abuse@dotnamu.co.kr"}, name_from=enc("닷나무 남용신고 담당"),
    date="Tue, 10 Sep 2024 15:20:00 +0900",
    subject=enc("RE: [KCSC-240909-06] 도메인 사용정지 요청"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요. 닷나무 도메인 남용신고 담당자입니다.

요청하신 KCSC-240909-06 건과 관련하여 casino-haneul.kr 도메인을
2024-09-10 부로 등록 정지(clientHold) 처리하였습니다. 현재 해당 도메인은
DNS에서 응답하지 않으며 {DN[0]} 으로 접속되지 않습니다.

닷나무 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar's clientHold notice",
    why="the domain is on hold and the site no longer reachable = removed (one-item request)",
    items={DN[0]: "removed"},
)

case(
    name="dn-registrar-speaks-for-host",
    **{"from": "abuse@dotnamu.co.kr"}, name_from=enc("닷나무 남용신고 담당"),
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject=enc("RE: [KCSC-240905-04] 불법 의약품 판매 사이트 (호스팅사 전달 건)"),
    body=f"""
안녕하세요. 닷나무입니다.

Cumulo Hosting에서 전달받은 건입니다. yakbang-direct.com 도메인은 당사에
등록된 도메인으로, 2024-09-09 부로 사용 정지 처리하였습니다. 따라서 아래
주소는 모두 접속되지 않습니다.

{CU[0]}
{CU[1]}

닷나무 드림
""",
    outcome="review", review="wrong_platform",
    imitates="registrar answering a complaint the hosting provider passed on",
    why="the registrar states statuses for items of the hosting provider's request",
    items={CU[0]: "pending", CU[1]: "pending"},
)

DSN_ORIG = request_text("KCSC-240909-06")
case(
    name="dn-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dotnamu.co.kr"}, name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="9F1A23C0.1725843609/mx1.dotnamu.co.kr"

--9F1A23C0.1725843609/mx1.dotnamu.co.kr
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dotnamu.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@dotnamu.co.kr>: user unknown in virtual mailbox table

--9F1A23C0.1725843609/mx1.dotnamu.co.kr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dotnamu.co.kr
X-Postfix-Queue-ID: 9F1A23C0
Arrival-Date: Mon,  9 Sep 2024 10:00:08 +0900 (KST)

Final-Recipient: rfc822; legal@dotnamu.co.kr
Original-Recipient: rfc822;legal@dotnamu.co.kr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "legal"

--9F1A23C0.1725843609/mx1.dotnamu.co.kr
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@dotnamu.co.kr
Subject: [KCSC-240909-06] Domain suspension request
Date: Mon, 9 Sep 2024 10:00:00 +0900
Message-ID: <{mid("KCSC-240909-06")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_ORIG}
--9F1A23C0.1725843609/mx1.dotnamu.co.kr--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (user unknown)",
    why="delivery failure report; the URL is in our own returned request",
)

# ---------------- snipbin (paste site), KCSC-240910-07, 1 item

case(
    name="sb-one-line-no-url",
    **{"from": "admin@snipbin.net"}, name_from="snipbin admin",
    date="Tue, 10 Sep 2024 07:41:00 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req=mid("KCSC-240910-07"),
    body="""
Removed, thanks for the heads up.

--
snipbin admin
""",
    outcome="applied", classification="confirmation",
    imitates="one-word answer from a one-person paste site",
    why="the sole statement answers a one-item request: removed",
    items={SB[0]: "removed"},
)

case(
    name="sb-deleted-with-policy-links",
    **{"from": "admin@snipbin.net"}, name_from="snipbin admin",
    date="Wed, 11 Sep 2024 01:15:00 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hi,

Paste {SB[0]} has been deleted under section 3 of our acceptable use
policy (https://snipbin.net/legal/aup). The uploader can appeal at
https://snipbin.net/appeal?id=Qx7vLm2a.

snipbin
""",
    outcome="applied", classification="confirmation",
    imitates="paste-site deletion notice with policy and appeal links",
    why="paste deleted = removed; AUP and appeal links are not items",
    items={SB[0]: "removed"},
)

case(
    name="sb-asks-legal-basis",
    **{"from": "admin@snipbin.net"}, name_from="snipbin admin",
    date="Wed, 11 Sep 2024 09:02:00 +0000",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hi,

About KCSC-240910-07 ({SB[0]}): we are a two-person project based
outside Korea and don't act on requests from foreign authorities without
knowing what law a paste breaks. Could you send us the legal provision and
a short description of what in the paste is unlawful? We'll look at it
again once we have that.

snipbin
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="small service asking a foreign regulator for its legal basis",
    why="asks for more information before deciding; the item stays pending",
    items={SB[0]: "pending"},
)


HEADER = """# Blind set 313 (tests/corpus/blind313/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site,
# answering informally; CSV attachments and plain-text tables.
# Written by tests/corpus/blind313/make.py from each email's meaning alone,
# before the reader was run. Each case is judged alone on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind313", HEADER, cases)
