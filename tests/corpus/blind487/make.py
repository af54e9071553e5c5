#!/usr/bin/env python3
"""Blind set 487: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus spreadsheets (CSV
attachments) and plain-text tables.

    python3 tests/corpus/blind487/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; the expected results come
from each email's meaning alone, written before any run of the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind487"

# ---------------------------------------------------------------- requests

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240912-05", "KCSC-240913-06", "KCSC-240918-07",
)

FC = [
    "https://filecrate.io/f/Ab3kQ9xZ",
    "https://filecrate.io/f/Bq7mP2wR",
    "https://filecrate.io/f/Cz1nT8yL",
    "https://filecrate.io/f/Dk4vH6sJ",
    "https://filecrate.io/f/Ef9rW3uM",
    "https://filecrate.io/f/Fg2xN7tK",
    "https://filecrate.io/f/Gh5bY1qP",
    "https://filecrate.io/f/Hj8cV4zD",
    "https://filecrate.io/f/Jm3dS9eF",
    "https://filecrate.io/f/Kn6gU2aG",
    "https://filecrate.io/f/Lp0hX5bH",
    "https://filecrate.io/f/Mq4jZ7cN",
    "https://filecrate.io/folder/Nr8kA3dQ",
    "https://filecrate.io/f/Ps1mB6eW",
]
(FC_AB, FC_BQ, FC_CZ, FC_DK, FC_EF, FC_FG, FC_GH, FC_HJ, FC_JM, FC_KN, FC_LP,
 FC_MQ, FC_FOLDER, FC_PS) = FC

BH_ROOT = "https://lucky7-casino.byteharbor.site/"
BH_JOIN = "https://lucky7-casino.byteharbor.site/join.php"
BH_PHARM = "https://kr-pharm-direct.byteharbor.site/shop/index.html"
BH_IP = "http://203.0.113.45/~tomo/files/list.html"
BH = [BH_ROOT, BH_JOIN, BH_PHARM, BH_IP]

DM_188213 = "https://dolmaru.kr/board/free/188213"
DM_188390 = "https://dolmaru.kr/board/free/188390"
DM_55120 = "https://dolmaru.kr/board/humor/55120"
DM_MARKET = "https://dolmaru.kr/board/%EC%9E%A5%ED%84%B0/7741"  # 장터 (market)
DM_MARKET_RAW = "https://dolmaru.kr/board/장터/7741"
DM_GALLERY = "https://dolmaru.kr/gallery/view?no=30117"
DM = [DM_188213, DM_188390, DM_55120, DM_MARKET, DM_GALLERY]

PC_44120 = "https://paperchan.net/kr/res/44120.html"
PC_44187 = "https://paperchan.net/kr/res/44187.html"
PC_IMG = "https://i.paperchan.net/kr/src/1725881234567.jpg"
PC = [PC_44120, PC_44187, PC_IMG]

NP_BET = "http://bet-hanguk88.xyz/"
NP_TOTO = "http://toto-kingdom.top/"
NP = [NP_BET, NP_TOTO]

EV_BAGS = "https://sale-replica-bags.shop/kr/"
EV_TOON = "https://webtoon-free-zone.com/ep/5512"
EV = [EV_BAGS, EV_TOON]

PR_PASTE = "https://pasteroom.com/r/7HfK2p"

MID = {
    R1: "req.240903-01.f4c1@kcsc.example",
    R2: "req.240905-02.b8a2@kcsc.example",
    R3: "req.240909-03.d2e7@kcsc.example",
    R4: "req.240910-04.a9c3@kcsc.example",
    R5: "req.240912-05.e5b0@kcsc.example",
    R6: "req.240913-06.c7d4@kcsc.example",
    R7: "req.240918-07.f1a8@kcsc.example",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R1, "filecrate", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", FC,
     "copyright", 'file host; one folder link, "Nr8kA3dQ", holds 12 files'),
    (R2, "byteharbor", "2024-09-05T11:30:00+09:00", "2024-09-12T23:59:59+09:00", BH,
     "gambling", "shared hosting, two customers, one bare-IP path"),
    (R3, "dolmaru", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", DM,
     "defamation", "Korean forum; the market board path is Korean (장터)"),
    (R4, "paperchan", "2024-09-10T09:20:00+09:00", "2024-09-17T23:59:59+09:00", PC,
     "obscenity", "image board: two threads, one image file"),
    (R5, "nameport", "2024-09-12T16:00:00+09:00", "2024-09-19T23:59:59+09:00", NP,
     "gambling", "registrar, domains only"),
    (R6, "edgeveil", "2024-09-13T10:45:00+09:00", "2024-09-20T23:59:59+09:00", EV,
     "counterfeit", "CDN in front of sites hosted elsewhere"),
    (R7, "pasteroom", "2024-09-18T15:10:00+09:00", "2024-09-25T23:59:59+09:00", [PR_PASTE],
     "personal_data", "paste site, one item"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, platform, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, platform, sent, due, u, cat, MID[ref], note])


# ---------------------------------------------------------------- helpers

def rid(ref):
    """In-Reply-To value (corpuslib adds @kcsc.example)."""
    return MID[ref].split("@")[0]


def enc(s):
    return Header(s, "utf-8").encode()


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted_request(ref, urls, prefix="> ", korean=False):
    if korean:
        lines = ["운영자님께,", "", "아래 게시물은 관련 법령에 위반되는 정보이므로 삭제를 요청드립니다.",
                 f"요청번호: {ref}", ""]
    else:
        lines = ["Dear Sir or Madam,", "",
                 "The Korea Communications Standards Commission asks you to remove the",
                 "following content, which is unlawful under Korean law.",
                 f"Reference: {ref}", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== FileCrate (R1)

CSV_ROWS = [
    ["link", "filename", "action", "action_date", "comment"],
    [FC_AB, "pack_0912.zip", "file deleted", "2024-09-05", "uploader received a strike"],
    [FC_BQ, "ep01-12.mkv", "file deleted", "2024-09-05", ""],
    [FC_CZ, "scan_vol3.pdf", "file deleted", "2024-09-05", ""],
    [FC_DK, "", "not found", "2024-09-05", "removed by the uploader before our review"],
    [FC_EF, "season2.rar", "file deleted", "2024-09-05", ""],
    [FC_FG, "live_0830.mp4", "access blocked for KR", "2024-09-05",
     "file stays available outside Korea"],
    [FC_GH, "ost_full.flac", "file deleted", "2024-09-05", ""],
    [FC_HJ, "moby_dick.epub", "no action", "2024-09-05",
     "public-domain book, no violation of our terms"],
    [FC_JM, "crack_v2.exe", "file deleted", "2024-09-05", ""],
    [FC_KN, "", "not found", "2024-09-05", "invalid link, no such file ever existed"],
    [FC_LP, "drama_s01e04.mp4", "file deleted", "2024-09-05", ""],
    [FC_MQ, "webtoon_ch88.zip", "file deleted", "2024-09-05", ""],
    [FC_FOLDER, "(folder, 12 files)", "folder deleted", "2024-09-05", "all 12 files inside deleted"],
    [FC_PS, "album.zip", "file deleted", "2024-09-06", ""],
]


def csv_text(rows):
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


case(
    name="fc-csv-attachment-results",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 08:14:02 +0000",
    subject=f"Re: [{R1}] Request to remove files - outcome",
    reply_to_req=rid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-mix-0906"

--fc-mix-0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished processing your request {R1} (14 links). The result
for each link is in the attached CSV file, one row per link.

Files marked "file deleted" are gone from our storage and the uploaders
have received a strike. If you disagree with a row marked "no action",
reply to this email with more context.

Regards,
Mira Okonkwo
FileCrate Trust & Safety
https://filecrate.io/legal/abuse-policy

--fc-mix-0906
Content-Type: text/csv; charset=utf-8; name="{R1}-outcome.csv"
Content-Disposition: attachment; filename="{R1}-outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_text(CSV_ROWS))}
--fc-mix-0906--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse desk sending per-link outcomes as a CSV spreadsheet attachment",
    why="trusted reply; the attached CSV gives one action per link: deleted, not found, blocked for KR, no action with reason",
    items={FC_AB: "removed", FC_BQ: "removed", FC_CZ: "removed", FC_DK: "not_found",
           FC_EF: "removed", FC_FG: "restricted", FC_GH: "removed", FC_HJ: "rejected",
           FC_JM: "removed", FC_KN: "not_found", FC_LP: "removed", FC_MQ: "removed",
           FC_FOLDER: "removed", FC_PS: "removed"},
)

case(
    name="fc-plaintext-table",
    **{"from": "tomasz.w@filecrate.io"}, name_from="Tomasz W. (FileCrate)",
    date="Thu, 05 Sep 2024 13:40:11 +0000",
    subject=f"RE: [{R1}] Request to remove files [FC-ABU-20931]",
    reply_to_req=rid(R1),
    body=f"""Hi,

status of the links from {R1} that were assigned to me:

  #  link                               result
  -- ---------------------------------- -------------------------------
  1  {FC_EF}   removed
  2  {FC_FG}   removed
  3  {FC_GH}   not found (deleted by uploader)
  4  {FC_HJ}   blocked for Korea only
  5  {FC_JM}   kept (1)

(1) This one is a firmware image published by the device maker itself.
We found nothing in it that breaks our terms, so it stays up.

The other links are with a colleague, you will hear from her.

Tomasz
FileCrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk agent pasting a plain-text status table into a ticket reply",
    why="plain-text table, one result per link; 'kept' with its reason in a footnote is a refusal",
    items={FC_EF: "removed", FC_FG: "removed", FC_GH: "not_found", FC_HJ: "restricted",
           FC_JM: "rejected"},
)

case(
    name="fc-one-liner-admin",
    **{"from": "jk@filecrate.io"}, name_from="jk",
    date="Wed, 04 Sep 2024 23:02:47 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""both deleted, uploader banned
{FC_CZ}
{FC_DK}

--
jk
sent from phone
""",
    outcome="applied", classification="confirmation",
    imitates="small-service admin answering from a phone in one line with the links under it",
    why="one unhedged line ('both deleted') followed by exactly the two links it speaks of",
    items={FC_CZ: "removed", FC_DK: "removed"},
)

case(
    name="fc-bare-url-status-below",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Fri, 06 Sep 2024 14:20:09 +0000",
    subject=f"Update on your ticket FC-ABU-20931 ({R1})",
    reply_to_req=rid(R1),
    body=f"""Update on your ticket:

{FC_KN}
-> deleted 2024-09-06 14:02 UTC

{FC_LP}
-> no such file (the link is malformed or the file never existed)

{FC_MQ}
-> deleted 2024-09-06 14:05 UTC

FileCrate Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket update listing each URL with its result on the line below",
    why="each bare URL is followed by its own result line",
    items={FC_KN: "removed", FC_LP: "not_found", FC_MQ: "removed"},
)

FC_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear reporter,</p>
<p>Your report <b>{R1}</b> has been reviewed. Outcome per link:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Note</th></tr>
<tr><td><a href="{FC_AB}">{FC_AB}</a></td><td>Removed</td><td>Breach of Acceptable Use Policy</td></tr>
<tr><td><a href="{FC_BQ}">{FC_BQ}</a></td><td>Removed</td><td>&nbsp;</td></tr>
<tr><td><a href="{FC_PS}">{FC_PS}</a></td><td>Not found</td><td>The file no longer exists</td></tr>
<tr><td><a href="{FC_FOLDER}">{FC_FOLDER}</a></td><td>No action</td><td>The folder holds the uploader&#39;s own holiday photos; no breach found</td></tr>
</table>
<p>You may appeal a decision at <a href="https://filecrate.io/help/appeals">https://filecrate.io/help/appeals</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""

case(
    name="fc-html-table-qp",
    **{"from": "noreply-abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Sat, 07 Sep 2024 02:31:55 +0000",
    subject=f"Your report {R1}: decisions",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(FC_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety portal decision email with an HTML table, quoted-printable",
    why="HTML table with a decision per link; the appeals link is the platform's own page, not an item",
    items={FC_AB: "removed", FC_BQ: "removed", FC_PS: "not_found", FC_FOLDER: "rejected"},
)

case(
    name="fc-top-posted-over-quote",
    **{"from": "anja@filecrate.io"}, name_from="Anja (FileCrate T&S)",
    date="Wed, 04 Sep 2024 09:05:30 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""Hi,

taken down today:
{FC_EF}
{FC_FG}
{FC_GH}

We are still going through the rest of your list and will write again.

Anja (FileCrate T&S)

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, FC)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the regulator's quoted request",
    why="three links named above the quote are taken down; the quoted 14 links say nothing",
    items={FC_EF: "removed", FC_FG: "removed", FC_GH: "removed"},
)

case(
    name="fc-echoed-report-blocks",
    **{"from": "noreply@filecrate.io"}, name_from="FileCrate",
    date="Thu, 05 Sep 2024 06:48:12 +0000",
    subject="FileCrate abuse report - decision",
    body=f"""FileCrate abuse report - decision

----------------------------------------
Report reference : {R1}
Reported link    : {FC_GH}
Reason given     : Unlawful content (Republic of Korea)
Decision         : File disabled
----------------------------------------
Report reference : {R1}
Reported link    : {FC_HJ}
Reason given     : Unlawful content (Republic of Korea)
Decision         : Not found - the file had already been deleted
----------------------------------------

This message was generated by the FileCrate abuse system. Replies to this
address are not read; use https://filecrate.io/abuse to contact us.
""",
    outcome="applied", classification="confirmation",
    imitates="automated decision notice echoing each reported link with its decision",
    why="system-generated decision, not an auto-reply: each echoed block carries a decision",
    items={FC_GH: "removed", FC_HJ: "not_found"},
)

case(
    name="fc-outlook-quote",
    **{"from": "m.okonkwo@filecrate.io"}, name_from="Mira Okonkwo",
    date="Mon, 09 Sep 2024 07:12:40 +0000",
    subject=f"RE: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""Hi KCSC,

{FC_HJ} was removed on 5 September. We could not find
{FC_JM} - the link is invalid on our side.

Mira

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@filecrate.io
Subject: [{R1}] Request to remove files

{quoted_request(R1, FC, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below -----Original Message-----",
    why="two statements above the Outlook separator; the unprefixed request below it is quoted",
    items={FC_HJ: "removed", FC_JM: "not_found"},
)

case(
    name="fc-url-below-statement",
    **{"from": "tomasz.w@filecrate.io"}, name_from="Tomasz W. (FileCrate)",
    date="Tue, 10 Sep 2024 10:03:18 +0000",
    subject=f"RE: [{R1}] Request to remove files [FC-ABU-20931]",
    reply_to_req=rid(R1),
    body=f"""Hello again,

Made unavailable in Korea only (the uploader is a licensed distributor
in other countries):
{FC_KN}

Deleted:
{FC_LP}

Regards, Tomasz
""",
    outcome="applied", classification="confirmation",
    imitates="abuse agent grouping links under short headings, each URL on the line below",
    why="heading 'made unavailable in Korea only' over one URL (restricted), 'Deleted' over the other",
    items={FC_KN: "restricted", FC_LP: "removed"},
)

case(
    name="fc-angle-bracket-folder",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Thu, 05 Sep 2024 17:55:00 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""The folder <{FC_FOLDER}> has been taken down together with the
12 files inside it, and the account that owned it is closed.

FileCrate T&S, ref {R1}
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk note with the URL in angle brackets",
    why="one folder link in angle brackets, taken down",
    items={FC_FOLDER: "removed"},
)

case(
    name="fc-promise-will-remove",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Wed, 04 Sep 2024 03:20:00 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""Hello,

Thanks for the list. We will remove {FC_AB} and
{FC_BQ} within 24 hours, once the uploader's counter-notice
window has closed. The remaining links are queued for review.

FileCrate Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal after a counter-notice window",
    why="a promise ('will remove ... once') is not a statement; both named items stay pending",
    items={FC_AB: "pending", FC_BQ: "pending"},
)

case(
    name="fc-bulk-all-deleted",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Sun, 08 Sep 2024 11:11:11 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""Hello,

All the files listed in your request {R1} have been deleted and the
uploaders notified.

Regards,
FileCrate Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported files deleted' reply",
    why="one statement about all 14 links without naming any: bulk, items pending",
    items={u: "pending" for u in FC},
)

case(
    name="fc-asks-for-documents",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    date="Wed, 04 Sep 2024 12:00:00 +0000",
    subject=f"Re: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    body=f"""Hello,

Before we can act on {R1}, please send us:

 - the statutory basis for the request (article and act),
 - a signed letter on the Commission's letterhead,
 - for each link, which part of the file you consider unlawful.

We will not act on the links until we have these documents.

FileCrate Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking a foreign authority for its legal basis and a signed letter",
    why="asks for documents before acting; names no link",
    items={},
)

case(
    name="fc-out-of-office",
    **{"from": "m.okonkwo@filecrate.io"}, name_from="Mira Okonkwo",
    date="Tue, 03 Sep 2024 01:00:05 +0000",
    subject=f"Automatic reply: [{R1}] Request to remove files",
    reply_to_req=rid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September with limited access to email.

For urgent abuse matters please write to abuse@filecrate.io, which is
monitored every day.

Mira
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ======================================================== ByteHarbor (R2)

case(
    name="bh-suspended-account-prose",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse Team",
    date="Fri, 06 Sep 2024 09:44:21 +0000",
    subject=f"Re: [{R2}] Illegal gambling sites on your network [BH-88121]",
    reply_to_req=rid(R2),
    body=f"""Hello KCSC team,

Thank you for the report. We have suspended the hosting account behind
lucky7-casino.byteharbor.site for breach of our acceptable use policy
(https://byteharbor.net/legal/aup). Both {BH_ROOT} and
{BH_JOIN} now show our suspension page instead of
the site.

The other two URLs in your complaint are with the responsible customers
and we will reply about them separately.

Best regards,
Priya N.
ByteHarbor Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk suspending a customer account",
    why="account suspended, both named pages now show the suspension page: removed; the AUP link is not an item",
    items={BH_ROOT: "removed", BH_JOIN: "removed"},
)

case(
    name="bh-customer-removed-file",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse",
    date="Sat, 07 Sep 2024 04:10:00 +0000",
    subject=f"Re: [{R2}] Illegal gambling sites on your network [BH-88122]",
    reply_to_req=rid(R2),
    body=f"""Hi,

Our customer removed the file at {BH_IP} after
we forwarded your complaint to him. We checked it ourselves: the address
now returns 404.

Ticket BH-88122 is closed.

--
ByteHarbor Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="host reporting that its customer removed the content after being notified",
    why="removed by the customer in response to the host's notice, verified by the host",
    items={BH_IP: "removed"},
)

case(
    name="bh-rejected-with-reason",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse Team",
    date="Mon, 09 Sep 2024 15:02:33 +0000",
    subject=f"Re: [{R2}] Illegal gambling sites on your network [BH-88123]",
    reply_to_req=rid(R2),
    body=f"""Regarding {BH_PHARM} ({R2}):

We looked at the shop and asked the customer for documentation. The
products listed are vitamin supplements sold under a licence the customer
showed us, and we did not find prescription drugs on the site. The page
does not breach our AUP, so we are not taking action against it.

If a Korean court or authority orders otherwise, send us the order and we
will look at it again.

Priya N.
ByteHarbor Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="host refusing a complaint after checking the customer's licence",
    why="a reasoned refusal, the page stays up: rejected",
    items={BH_PHARM: "rejected"},
)

BH_TICKET = f"""Ticket [BH-88122] has been updated.

Status: Resolved

Staff reply (Daniel, ByteHarbor Abuse):
---
The directory behind {BH_IP} has been disabled on the
server; the URL is no longer reachable.

For {BH_PHARM} the customer has
geo-blocked visitors from South Korea while we check his licence
paperwork, so the shop is not visible from Korea.
---

View this ticket: https://my.byteharbor.net/tickets/BH-88122
"""

case(
    name="bh-base64-ticket-resolved",
    **{"from": "tickets@byteharbor.net"}, name_from="ByteHarbor Support",
    date="Tue, 10 Sep 2024 08:00:41 +0000",
    subject=f"[BH-88122] Ticket updated: {R2}",
    reply_to_req=rid(R2),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(BH_TICKET)}
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style ticket update notification carrying the staff reply, base64 body",
    why="directory disabled (removed); the shop geo-blocked for South Korea (restricted); the ticket link is not an item",
    items={BH_IP: "removed", BH_PHARM: "restricted"},
)

BH_PLAIN = f"""ByteHarbor abuse case BH-88121 - closed

Resource                                          Action taken
{BH_ROOT}            Account suspended, content offline
{BH_JOIN}    Account suspended, content offline
{BH_PHARM}  No action: no breach of AUP found

ByteHarbor Abuse Team
"""
BH_HTML = f"""<html><body>
<p><b>ByteHarbor abuse case BH-88121 &ndash; closed</b></p>
<p>Reference: {R2}</p>
<table border="1" cellpadding="3">
<tr><th>Resource</th><th>Action taken</th></tr>
<tr><td>{BH_ROOT}</td><td>Account suspended, content offline</td></tr>
<tr><td>{BH_JOIN}</td><td>Account suspended, content offline</td></tr>
<tr><td>{BH_PHARM}</td><td>No action: no breach of AUP found</td></tr>
</table>
<p>ByteHarbor Abuse Team &middot; <a href="https://byteharbor.net/legal/aup">Acceptable Use Policy</a></p>
</body></html>
"""

case(
    name="bh-html-qp-table",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse Team",
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject=f"[BH-88121] Abuse case closed ({R2})",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="bh-alt-0911"

--bh-alt-0911
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BH_PLAIN)}
--bh-alt-0911
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(BH_HTML)}
--bh-alt-0911--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-case closing notice with a resource/action table, plain and HTML alternatives",
    why="table: two pages offline after suspension (removed), the shop 'no action: no breach' (rejected)",
    items={BH_ROOT: "removed", BH_JOIN: "removed", BH_PHARM: "rejected"},
)

case(
    name="bh-hedge-customer-says",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse",
    date="Sun, 08 Sep 2024 22:15:00 +0000",
    subject=f"Re: [{R2}] Illegal gambling sites on your network [BH-88123]",
    reply_to_req=rid(R2),
    body=f"""Hi,

The customer tells us he has taken the shop down. From our side
{BH_PHARM} appears to be offline now, but it
may still be served from a cache for a while. We have not checked the
server ourselves yet.

ByteHarbor Abuse
""",
    outcome="review", review="not_understood",
    imitates="host relaying a customer's claim without verifying it",
    why="hearsay and 'appears to be offline' are hedges, not a statement; the shop stays pending",
    items={BH_PHARM: "pending"},
)

case(
    name="bh-auth-fail",
    auth="fail",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse Team",
    date="Sat, 07 Sep 2024 19:19:19 +0000",
    subject=f"Re: [{R2}] Illegal gambling sites on your network",
    body=f"""Hello,

Your complaint {R2} is resolved. The pages
{BH_ROOT} and {BH_JOIN}
were removed.

ByteHarbor Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk resolution notice arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applied",
    items={BH_ROOT: "pending", BH_JOIN: "pending"},
)

case(
    name="bh-wrong-platform-origin-host",
    **{"from": "abuse@byteharbor.net"}, name_from="ByteHarbor Abuse Team",
    date="Mon, 16 Sep 2024 06:40:00 +0000",
    subject=f"Complaint {R6} received via EdgeVeil [BH-88140]",
    body=f"""Hello,

EdgeVeil passed your complaint {R6} to us because we are the origin
host of webtoon-free-zone.com. We have removed the content at
{EV_TOON} from our customer's server.

Best regards,
Priya N.
ByteHarbor Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="origin hosting provider answering a complaint the CDN forwarded to it",
    why="the item belongs to the EdgeVeil request; ByteHarbor's statement about it is wrong_platform",
    items={EV_TOON: "pending"},
)

case(
    name="bh-ticket-receipt",
    **{"from": "tickets@byteharbor.net"}, name_from="ByteHarbor Support",
    date="Thu, 05 Sep 2024 02:31:09 +0000",
    subject=f"[BH-88121] Abuse report received: {R2}",
    reply_to_req=rid(R2),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""This is an automatic confirmation.

We have received your abuse report and opened ticket BH-88121. A member
of the abuse team will look at it, usually within two working days.
Please keep [BH-88121] in the subject line of any reply.

ByteHarbor Support
https://my.byteharbor.net/tickets/BH-88121
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-confirmation that a ticket was opened",
    why="pure receipt: ticket opened, nothing about any item",
    items={},
)

# ======================================================== Dolmaru (R3)

case(
    name="dm-korean-admin-list",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영팀"),
    date="Tue, 10 Sep 2024 10:21:00 +0900",
    subject=enc(f"Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    body=f"""안녕하세요, 돌마루 운영팀입니다.
방송통신심의위원회에서 요청하신 건({R3})의 처리 결과를 알려드립니다.

1) {DM_188213} - 삭제 완료
2) {DM_188390} - 블라인드 처리 완료
3) {DM_55120} - 작성자가 이미 삭제한 게시물입니다

나머지 게시물은 확인 후 다시 회신드리겠습니다.
감사합니다.

돌마루 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin's numbered 처리 결과 reply (삭제/블라인드/작성자 삭제)",
    why="삭제 완료 and 블라인드 are removed; a post already deleted by its author is not_found",
    items={DM_188213: "removed", DM_188390: "removed", DM_55120: "not_found"},
)

case(
    name="dm-korean-raw-path-particles",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영자"),
    date="Thu, 12 Sep 2024 16:48:00 +0900",
    subject=enc(f"Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    body=f"""회신이 늦어 죄송합니다.

{DM_MARKET_RAW} 게시글은 게시판 운영정책에 따라 임시조치(30일간 열람 제한)하였습니다.
{DM_GALLERY}은 검토 결과 운영정책 위반으로 보기 어려워 게시를 유지합니다.

신고 관련 문의: https://dolmaru.kr/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin writing URLs inline with Korean particles (임시조치 / 게시 유지)",
    why="raw Korean path matches the encoded request URL; 임시조치 is restricted; '게시를 유지' with a reason is rejected; the particle 은 is not part of the URL",
    items={DM_MARKET: "restricted", DM_GALLERY: "rejected"},
)

case(
    name="dm-gmail-quote-fullwidth",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영팀"),
    date="Mon, 09 Sep 2024 18:05:00 +0900",
    subject=enc(f"Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    body=f"""안녕하세요.

처리 결과：<{DM_55120}> → 삭제했습니다。
다른 글들은 아직 확인 중입니다。

2024년 9월 9일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R3, DM, korean=True)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Gmail reply with full-width punctuation over the quoted request",
    why="one post deleted, written with full-width colon and period; the quoted request below '님이 작성:' says nothing",
    items={DM_55120: "removed"},
)

DM_TABLE = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구({R3})에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{DM_188213}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{DM_188390}</td><td>블라인드</td><td>신고 누적</td></tr>
<tr><td>3</td><td>{DM_55120}</td><td>해당 게시물 없음</td><td>작성자 본인 삭제</td></tr>
<tr><td>4</td><td>{DM_MARKET_RAW}</td><td>성인 인증 후 열람(연령 제한)</td><td>-</td></tr>
<tr><td>5</td><td>{DM_GALLERY}</td><td>유지</td><td>운영정책 위반 아님</td></tr>
</table>
<p>돌마루 커뮤니티 운영팀 드림</p>
</body></html>
"""

case(
    name="dm-kcsc-style-html-table-b64",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 커뮤니티"),
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=enc(f"[{R3}] 시정요구 조치결과 회신"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DM_TABLE)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (번호/URL/조치 결과/비고), base64 HTML",
    why="one result per row: 삭제, 블라인드 (removed), 해당 게시물 없음 (not_found), 연령 제한 (restricted), 유지 (rejected)",
    items={DM_188213: "removed", DM_188390: "removed", DM_55120: "not_found",
           DM_MARKET: "restricted", DM_GALLERY: "rejected"},
)

case(
    name="dm-bulk-korean",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영팀"),
    date="Wed, 11 Sep 2024 09:30:00 +0900",
    subject=enc(f"Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    body="""요청하신 게시물 5건은 모두 삭제 조치하였습니다.
감사합니다.

돌마루 운영팀
""",
    outcome="review", review="bulk",
    imitates="Korean one-line 'all requested posts deleted' reply",
    why="'5건 모두 삭제' names no post; the request has five items: bulk",
    items={u: "pending" for u in DM},
)

case(
    name="dm-conditional-korean",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영자"),
    date="Tue, 10 Sep 2024 15:12:00 +0900",
    subject=enc(f"Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    body=f"""안녕하세요.

{DM_188390} 게시글은 작성자에게 소명 기회를 드린 뒤,
7일 안에 이의 제기가 없으면 삭제할 예정입니다.

돌마루 운영자
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin announcing a conditional deletion after the author's 소명 period",
    why="'이의가 없으면 삭제할 예정' is a conditional promise: the post stays pending",
    items={DM_188390: "pending"},
)

case(
    name="dm-read-receipt",
    **{"from": "admin@dolmaru.kr"}, name_from=enc("돌마루 운영팀"),
    date="Mon, 09 Sep 2024 14:31:02 +0900",
    subject=enc(f"읽음 확인: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="mdn-dm-0909"

--mdn-dm-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-09 14:31에 읽었습니다.
제목: [{R3}] 불법정보 게시물 삭제 요청

--mdn-dm-0909
Content-Type: message/disposition-notification

Reporting-UA: mail.dolmaru.kr; Roundcube Webmail
Original-Recipient: rfc822;admin@dolmaru.kr
Final-Recipient: rfc822;admin@dolmaru.kr
Original-Message-ID: <{MID[R3]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dm-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Roundcube read receipt (MDN) in Korean",
    why="read receipt only",
    items={},
)

case(
    name="dm-out-of-office-korean",
    **{"from": "moderator.han@dolmaru.kr"}, name_from=enc("한지수"),
    date="Mon, 09 Sep 2024 14:00:40 +0900",
    subject=enc(f"[자동응답] Re: [{R3}] 불법정보 게시물 삭제 요청"),
    reply_to_req=rid(R3),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답]
9월 9일부터 9월 18일까지 휴가로 자리를 비웁니다.
게시물 신고와 삭제 요청은 admin@dolmaru.kr 로 보내 주시면 다른 운영자가 처리합니다.

한지수 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ======================================================== paperchan (R4)

case(
    name="pc-janitor-one-line",
    **{"from": "janitor@paperchan.net"}, name_from="paperchan mod team",
    date="Tue, 10 Sep 2024 03:58:00 +0000",
    subject=f"Re: [{R4}] removal request",
    reply_to_req=rid(R4),
    body=f"""thread {PC_44120} deleted, the image {PC_IMG} is purged from storage as well. poster range-banned.
- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor answering in one lower-case line",
    why="thread deleted and image purged: both removed",
    items={PC_44120: "removed", PC_IMG: "removed"},
)

case(
    name="pc-rejected-discussion",
    **{"from": "admin@paperchan.net"}, name_from="paperchan admin",
    date="Wed, 11 Sep 2024 12:34:00 +0000",
    subject=f"Re: [{R4}] removal request",
    reply_to_req=rid(R4),
    body=f"""Hello,

We looked at {PC_44187}. It is a discussion
thread about a news story; nothing in it breaks the board rules
(https://paperchan.net/rules) or, as far as we can tell, Korean law, so
it stays up.

If you believe a specific post in that thread is unlawful, tell us its
post number and we will look at that post.

paperchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin declining to delete a discussion thread",
    why="reasoned refusal, the thread stays up: rejected; the rules link is the board's own page",
    items={PC_44187: "rejected"},
)

case(
    name="pc-ack-plus-statement",
    **{"from": "janitor@paperchan.net"}, name_from="paperchan mod team",
    date="Tue, 10 Sep 2024 01:15:00 +0000",
    subject=f"Re: [{R4}] removal request",
    reply_to_req=rid(R4),
    body=f"""Thanks, we got your report.

Thread {PC_44187} was deleted by a moderator
about ten minutes ago. The other thread and the image are still being
looked at.
""",
    outcome="applied", classification="confirmation",
    imitates="moderator acknowledging a report and reporting one deletion in the same reply",
    why="receipt phrase plus an unhedged deletion of one named thread: applied",
    items={PC_44187: "removed"},
)

case(
    name="pc-under-review",
    **{"from": "janitor@paperchan.net"}, name_from="paperchan mod team",
    date="Tue, 10 Sep 2024 00:40:00 +0000",
    subject=f"Re: [{R4}] removal request",
    reply_to_req=rid(R4),
    body=f"""hey, both threads you sent ({PC_44120} and
{PC_44187}) are under review by the mod team.
will get back to you.
""",
    outcome="review", review="not_understood",
    imitates="image-board moderator saying reported threads are under review",
    why="'under review' is not a statement; the two named threads stay pending",
    items={PC_44120: "pending", PC_44187: "pending"},
)

# ======================================================== NamePort (R5)

case(
    name="np-clienthold-and-no-action",
    **{"from": "abuse@nameport.io"}, name_from="NamePort Abuse Desk",
    date="Fri, 13 Sep 2024 08:05:00 +0000",
    subject=f"Re: [{R5}] Abuse complaint: illegal gambling domains [NP-ABUSE-55310]",
    reply_to_req=rid(R5),
    body=f"""Dear Sir or Madam,

We have reviewed your complaint.

{NP_BET} : the registrant did not answer our verification
request and the domain has been suspended (status clientHold). It no
longer resolves.

{NP_TOTO} : we found no DNS abuse (phishing, malware,
botnet, pharming or spam) connected with this domain. Complaints about
website content belong with the hosting provider; NamePort does not
suspend domains over content, so no action will be taken on this domain.

Kind regards,
NamePort Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk: clientHold for one domain, 'content is for the host' refusal for the other",
    why="clientHold, no longer resolves: removed; explicit refusal with its reason: rejected",
    items={NP_BET: "removed", NP_TOTO: "rejected"},
)

case(
    name="np-bare-domain-serverhold",
    **{"from": "abuse@nameport.io"}, name_from="NamePort Abuse Desk",
    date="Sat, 14 Sep 2024 10:30:00 +0000",
    subject=f"Re: {R5} [NP-ABUSE-55311]",
    reply_to_req=rid(R5),
    body="""Domain:  toto-kingdom.top
Action:  serverHold applied by the registry at NamePort's request, 2024-09-14
Result:  the domain no longer resolves

NamePort Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar action summary naming a bare domain (Domain/Action/Result)",
    why="the registrar names the requested domain without scheme; serverHold, no longer resolves: removed",
    items={NP_TOTO: "removed"},
)

case(
    name="np-process-notice",
    **{"from": "noreply@nameport.io"}, name_from="NamePort",
    date="Sun, 15 Sep 2024 00:00:00 +0000",
    subject="Change to NamePort's abuse reporting address",
    body="""Dear abuse reporter,

From 1 October 2024 NamePort will accept abuse complaints only through
the form at https://nameport.io/abuse/report. Emails sent to our old
abuse address after that date will not be processed.

Thank you for helping keep the domain name system safe.

NamePort Compliance
""",
    outcome="review", review="no_claims",
    imitates="registrar circular to abuse reporters about a new reporting form",
    why="trusted platform email naming no item and no request: no_claims",
    items={},
)

NP_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@nameport.io
Subject: [{R5}] Abuse complaint: illegal gambling domains
Date: Thu, 12 Sep 2024 16:00:00 +0900
Message-ID: <{MID[R5]}>
Content-Type: text/plain; charset=utf-8

{quoted_request(R5, NP, prefix="")}
"""

case(
    name="np-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.nameport.io"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 07:00:12 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
 boundary="dsn-np-0912"

--dsn-np-0912
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.nameport.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@nameport.io>: unknown user: "legal"

--dsn-np-0912
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nameport.io
Arrival-Date: Thu, 12 Sep 2024 07:00:10 +0000

Final-Recipient: rfc822; legal@nameport.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@nameport.io>: Recipient address rejected: User unknown

--dsn-np-0912
Content-Type: message/rfc822

{NP_ORIG}
--dsn-np-0912--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (unknown user) returning the original request",
    why="delivery failure; the returned request's URLs are ours, not statements",
    items={},
)

# ======================================================== EdgeVeil (R6)

case(
    name="ev-geoblock-kr",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Sun, 15 Sep 2024 13:00:00 +0000",
    subject=f"Report EV-7730418 ({R6})",
    reply_to_req=rid(R6),
    body=f"""Hello,

Report EV-7730418 - {EV_TOON}

EdgeVeil does not host this website; we provide it with caching and
proxy services. Because the material is unlawful in your jurisdiction,
we have blocked access to this URL from the Republic of Korea at our
edge network. Visitors from other countries are not affected.

We have also passed your report to the hosting provider and to the
site operator.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply geo-blocking a URL for one country at the edge",
    why="blocked from the Republic of Korea only: restricted",
    items={EV_TOON: "restricted"},
)

case(
    name="ev-forwarded-to-host",
    **{"from": "trust-safety@edgeveil.com"}, name_from="EdgeVeil Trust & Safety",
    date="Sat, 14 Sep 2024 02:10:00 +0000",
    subject=f"Report EV-7730502 ({R6})",
    reply_to_req=rid(R6),
    body=f"""Hello,

Report EV-7730502 - {EV_BAGS}

EdgeVeil is not the hosting provider for this website, and we cannot
remove material from websites hosted by others. We have forwarded your
complaint to the hosting provider, NorthNode Ltd (abuse@northnode.example),
and to the website owner. For a faster outcome, please contact the
hosting provider directly.

EdgeVeil Trust & Safety
https://edgeveil.com/abuse
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, complaint forwarded to the host' reply",
    why="names the item but states no status (forwarding is neither removal nor refusal): pending, a person decides",
    items={EV_BAGS: "pending"},
)

case(
    name="ev-ack-echo",
    **{"from": "no-reply@edgeveil.com"}, name_from="EdgeVeil Abuse",
    date="Fri, 13 Sep 2024 01:46:30 +0000",
    subject="EdgeVeil abuse report received [EV-7730418]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for your report.

Report ID: EV-7730418
Category: Copyright / unlawful content
Reported URL: {EV_TOON}

Our Trust & Safety team will review your report. You will receive a
separate email when there is an update. Please do not reply to this
message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URL",
    why="pure receipt; the echoed URL is the reporter's own input, nothing is stated about it",
    items={EV_TOON: "pending"},
)

case(
    name="owner-claims-removed",
    **{"from": "webmaster@sale-replica-bags.shop"}, name_from="Kim (sale-replica-bags.shop)",
    date="Mon, 16 Sep 2024 00:20:00 +0000",
    subject=f"Re: {R6}",
    body=f"""Hello,

I got a message from EdgeVeil about your complaint {R6}. I removed
the page {EV_BAGS} this morning. Please tell EdgeVeil
the case is closed so they do not cut my service.

Kim
""",
    outcome="review", review="unknown_sender",
    imitates="website operator writing to the complainant after a CDN forwarded the complaint",
    why="the site owner is not a platform: unknown_sender, nothing applied",
    items={EV_BAGS: "pending"},
)

# ======================================================== pasteroom (R7)

case(
    name="pr-one-word-removed",
    **{"from": "admin@pasteroom.com"}, name_from="pasteroom admin",
    date="Wed, 18 Sep 2024 22:41:00 +0900",
    subject=f"Re: [{R7}] Request to remove a paste",
    reply_to_req=rid(R7),
    body=f"""removed.

--
pasteroom admin

On Wed, Sep 18, 2024 at 3:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R7, [PR_PASTE])}
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste site admin answering with a single word over the quote",
    why="the email's only statement, unhedged, answers a one-item request: that item removed",
    items={PR_PASTE: "removed"},
)

case(
    name="pr-unmonitored-autoreply",
    **{"from": "noreply@pasteroom.com"}, name_from="pasteroom",
    date="Wed, 18 Sep 2024 15:10:09 +0900",
    subject=f"Auto: [{R7}] Request to remove a paste",
    reply_to_req=rid(R7),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This mailbox is not monitored.

To report a paste, use the report link under the paste or the form at
https://pasteroom.com/report. Messages sent to this address are deleted
unread.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this mailbox is not monitored' automatic answer",
    why="automatic reply pointing to a web form",
    items={},
)


# ---------------------------------------------------------------- write

HEADER = """# Blind set 487 (tests/corpus/blind487/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site,
# often informal, with CSV attachments and plain-text tables.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is ingested alone into a fresh
# ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
