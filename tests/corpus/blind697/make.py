#!/usr/bin/env python3
"""Blind set 697: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally, plus
spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind697/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written for this set; the expected results were
written from each email's meaning before the reader was run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

FD = [
    "https://filedrop.example/f/7kQm2Xa",
    "https://filedrop.example/f/9PzLw3B",
    "https://filedrop.example/f/Hc4Tn8R",
    "https://filedrop.example/f/Lb6Yv1E",
    "https://filedrop.example/f/Mw2Dk9S",
    "https://filedrop.example/f/Nq5Ug7P",
    "https://filedrop.example/f/Rt3Js0K",
    "https://filedrop.example/f/Sx8Fa4V",
    "https://filedrop.example/f/Ty1Ge6W",
    "https://filedrop.example/f/Vz7Hb2C",
    "https://filedrop.example/f/Wa9Ic5D",
    "https://filedrop.example/f/Xb4Jd8F",
    "https://filedrop.example/folder/kr-pack-0902",
    "https://filedrop.example/folder/kr-pack-0902b",
]
NB = [
    "http://luckyspin-kr.example/index.php?page=join",
    "http://luckyspin-kr.example/bonus/welcome",
    "https://pill-express24.example/shop/item/331",
    "https://pill-express24.example/shop/item/332",
]
HB_USER_RAW = "https://hanbitforum.example/user/행운의손"
HB_USER = "https://hanbitforum.example/user/" + quote("행운의손")
HB = [
    "https://hanbitforum.example/board/free/18231",
    "https://hanbitforum.example/board/free/18240",
    "https://hanbitforum.example/board/market/5512",
    "https://hanbitforum.example/board/market/5519",
    HB_USER,
]
PB = [
    "https://pixboard.example/kr/thread/55120",
    "https://pixboard.example/kr/thread/55187",
    "https://i.pixboard.example/src/1725501234567.jpg",
]
EV = [
    "https://jackpot-road.example/join",
    "https://jackpot-road.example/event/0906",
]
DR = ["http://fastbet-kr.example/"]
PB1 = ["https://pixboard.example/kr/thread/56001"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "filedrop", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     FD, "obscenity", "file host; one shared pack split over files and two folders"),
    ("KCSC-240903-02", "nimbus", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     NB, "illegal_gambling", "hosting provider of two customer sites"),
    ("KCSC-240904-03", "hanbit", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     HB, "illegal_gambling", "small community forum, one member page"),
    ("KCSC-240905-04", "pixboard", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     PB, "obscenity", "image board: two threads and one image file"),
    ("KCSC-240906-05", "edgeveil", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00",
     EV, "illegal_gambling", "CDN in front of a gambling site"),
    ("KCSC-240909-06", "dotreg", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     DR, "illegal_gambling", "registrar of a gambling domain"),
    ("KCSC-240911-07", "pixboard", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00",
     PB1, "obscenity", "single thread"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers

def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, enc, body):
    """A one-part body with a transfer encoding other than 8bit."""
    data = b64(body) if enc == "base64" else qp(body)
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: {enc}\n\n{data}\n")


def mixed(boundary, parts, subtype="mixed", params=""):
    """parts: list of (headers-string, body-string)."""
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', "",
           "This is a multi-part message in MIME format.", ""]
    for hdrs, body in parts:
        out.append(f"--{boundary}")
        out.append(hdrs.strip("\n"))
        out.append("")
        out.append(body.strip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def our_request(ref, urls, lang="en"):
    """The regulator's request as platforms quote it back."""
    if lang == "ko":
        head = (f"안녕하십니까, 방송통신심의위원회 불법정보 담당입니다.\n"
                f"아래 게시물에 대하여 삭제 또는 접속차단을 요청드립니다 (요청번호 {ref}).\n")
    else:
        head = (f"Dear abuse team,\n\nUnder the Korean Act on Promotion of Information and\n"
                f"Communications Network Utilization, we ask you to remove the content\n"
                f"below (our reference {ref}).\n")
    lst = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return head + "\n" + lst + "\n\nKCSC Takedown Team\n"


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======== Filedrop (file host, KCSC-240902-01, 14 items) ========

csv_rows = [
    ("link", "id", "action", "action_date", "notes"),
    (FD[0], "7kQm2Xa", "file removed", "2024-09-04", ""),
    (FD[1], "9PzLw3B", "file removed", "2024-09-04", ""),
    (FD[2], "Hc4Tn8R", "file removed", "2024-09-04", "uploader account closed"),
    (FD[3], "Lb6Yv1E", "file removed", "2024-09-04", ""),
    (FD[4], "Mw2Dk9S", "file removed", "2024-09-04", ""),
    (FD[5], "Nq5Ug7P", "already deleted by uploader", "2024-08-30", "deleted before your notice"),
    (FD[6], "Rt3Js0K", "access disabled in KR", "2024-09-04", "geo restriction (Republic of Korea)"),
    (FD[7], "Sx8Fa4V", "file removed", "2024-09-04", ""),
    (FD[8], "Ty1Ge6W", "file removed", "2024-09-04", ""),
    (FD[9], "Vz7Hb2C", "no action", "2024-09-04", "reviewed - no violation of our terms; file stays up"),
    (FD[10], "Wa9Ic5D", "file removed", "2024-09-04", ""),
    (FD[11], "Xb4Jd8F", "file removed", "2024-09-03", ""),
    (FD[12], "kr-pack-0902", "folder removed", "2024-09-04", "23 files inside removed"),
    (FD[13], "kr-pack-0902b", "not found", "2024-09-04", "invalid folder link"),
]
_cb = io.StringIO()
csv.writer(_cb, lineterminator="\r\n").writerows(csv_rows)
case(
    name="fd-csv-results-attachment",
    **{"from": "trust-safety@filedrop.example"}, name_from="Filedrop Trust & Safety",
    date="Wed, 04 Sep 2024 08:41:10 +0000",
    subject="Re: [KCSC-240902-01] Notice of illegal content on Filedrop",
    reply_to_req=msgid("KCSC-240902-01"),
    raw_mime=mixed("fd-b1-0904", [
        ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
         "Hello,\n\nWe have finished reviewing the 14 links in your notice KCSC-240902-01.\n"
         "The result for each link is in the attached spreadsheet (one row per link).\n\n"
         "Regards,\nFiledrop Trust & Safety\nhttps://filedrop.example/help/report-abuse"),
        ("Content-Type: text/csv; charset=utf-8; name=\"KCSC-240902-01_results.csv\"\n"
         "Content-Disposition: attachment; filename=\"KCSC-240902-01_results.csv\"\n"
         "Content-Transfer-Encoding: base64",
         b64(_cb.getvalue())),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host abuse team sending a per-link result spreadsheet (CSV attachment)",
    why="CSV rows state each link's result: removed, already deleted by uploader, KR-only block, no action, invalid folder link",
    items={FD[0]: "removed", FD[1]: "removed", FD[2]: "removed", FD[3]: "removed",
           FD[4]: "removed", FD[5]: "not_found", FD[6]: "restricted", FD[7]: "removed",
           FD[8]: "removed", FD[9]: "rejected", FD[10]: "removed", FD[11]: "removed",
           FD[12]: "removed", FD[13]: "not_found"},
)

case(
    name="fd-plain-text-table",
    **{"from": "abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Thu, 05 Sep 2024 02:15:33 +0000",
    subject="Re: [KCSC-240902-01] Notice of illegal content on Filedrop",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hi,

Here is where we are with part of your list:

 #  | Link                                  | Outcome
----+---------------------------------------+---------------------------
 1  | {FD[3]}    | Removed
 2  | {FD[4]}    | Removed
 3  | {FD[5]}    | Not found (no such file)
 4  | {FD[6]}    | Removed
 5  | {FD[7]}    | Kept: not against our terms

We'll send the rest separately.

Filedrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width text table into a reply",
    why="five rows, each URL with its outcome in the same row",
    items={FD[3]: "removed", FD[4]: "removed", FD[5]: "not_found", FD[6]: "removed",
           FD[7]: "rejected"},
)

case(
    name="fd-one-line-admin",
    **{"from": "jonas@filedrop.example"}, name_from="Jonas",
    date="Thu, 05 Sep 2024 21:02:10 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""{FD[2]} deleted.

--
J.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small service's admin",
    why="a single URL followed by 'deleted'",
    items={FD[2]: "removed"},
)

case(
    name="fd-url-then-status-line",
    **{"from": "abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Fri, 06 Sep 2024 07:30:00 +0000",
    subject="Update: KCSC-240902-01",
    body=f"""Hello KCSC,

Update on three of the links from your notice:

{FD[8]}
Status: Removed (Terms of Service, section 4: illegal content)

{FD[9]}
Status: Not found - this file ID does not exist on our servers

{FD[10]}
Status: Removed

Terms of Service: https://filedrop.example/legal/terms#section-4

Filedrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update listing each URL with a 'Status:' line beneath it",
    why="each URL's status is on the line below it; the terms link is not an item",
    items={FD[8]: "removed", FD[9]: "not_found", FD[10]: "removed"},
)

_fd_quoted = quote_lines(our_request("KCSC-240902-01", FD))
case(
    name="fd-top-posted-over-request",
    **{"from": "marta.k@filedrop.example"}, name_from="Marta K. (Filedrop)",
    date="Tue, 03 Sep 2024 16:48:12 +0000",
    subject="Re: [KCSC-240902-01] Notice of illegal content on Filedrop",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hi,

We took down these two today:
{FD[11]}
{FD[0]}

The others from your list are still with our review team; we'll write again.

Best,
Marta
Filedrop Abuse

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{_fd_quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted request",
    why="two URLs taken down above the quote; the rest are still in review and only quoted",
    items={**{u: "pending" for u in FD}, FD[11]: "removed", FD[0]: "removed"},
)

_fd_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC team,</p>
<p>Thank you for your notice <b>KCSC-240902-01</b>. Our decisions:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Date</th></tr>
<tr><td><a href="{FD[1]}">{FD[1]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{FD[3]}">{FD[3]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td><a href="{FD[5]}">{FD[5]}</a></td><td>File not found</td><td>2024-09-05</td></tr>
<tr><td><a href="{FD[12]}">{FD[12]}</a></td><td>Removed (folder and contents)</td><td>2024-09-05</td></tr>
</table>
<p>You can read how we handle reports at
<a href="https://filedrop.example/help/abuse-policy">filedrop.example/help/abuse-policy</a>.</p>
<p>Filedrop Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fd-base64-html-table",
    **{"from": "trust-safety@filedrop.example"}, name_from="Filedrop Trust & Safety",
    date="Thu, 05 Sep 2024 11:20:45 +0000",
    subject="Your notice KCSC-240902-01: decisions",
    raw_mime=single("text/html", "base64", _fd_html),
    outcome="applied", classification="confirmation",
    imitates="HTML decision table sent base64-encoded by a ticket system",
    why="table rows give each link's decision; the help link is not an item",
    items={FD[1]: "removed", FD[3]: "removed", FD[5]: "not_found", FD[12]: "removed"},
)

case(
    name="fd-folder-and-invalid-folder",
    **{"from": "abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Wed, 04 Sep 2024 13:05:19 +0000",
    subject="Re: [KCSC-240902-01] shared folders",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hello,

The shared folder {FD[12]} has been taken down together
with the 23 files it contained.

The second folder link, {FD[13]}, is invalid: there
has never been a folder with that ID on Filedrop, so there was nothing to
remove.

Filedrop Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose reply about shared folders",
    why="first folder taken down; second folder link invalid / never existed",
    items={FD[12]: "removed", FD[13]: "not_found"},
)

case(
    name="fd-korean-qp",
    **{"from": "support-kr@filedrop.example"}, name_from="Filedrop 한국 지원팀",
    date="Fri, 06 Sep 2024 01:10:00 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("[KCSC-240902-01] 처리 결과 안내".encode()).decode() + "?=",
    raw_mime=single("text/plain", "quoted-printable", f"""안녕하세요, Filedrop 한국 지원팀입니다.

요청번호 KCSC-240902-01 관련하여 아래 파일을 삭제 처리하였습니다.

- {FD[4]}
- {FD[6]}

아래 파일은 업로더가 이미 삭제하여 존재하지 않는 파일입니다.

- {FD[7]}

감사합니다.
Filedrop 한국 지원팀
"""),
    outcome="applied", classification="confirmation",
    imitates="Korean support-team result notice (삭제 처리), quoted-printable",
    why="two files 삭제 처리 (removed); one already deleted by its uploader (not_found)",
    items={FD[4]: "removed", FD[6]: "removed", FD[7]: "not_found"},
)

case(
    name="fd-echoed-report-fields",
    **{"from": "noreply-abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Sat, 07 Sep 2024 04:44:02 +0000",
    subject="Report FD-77120 closed (KCSC-240902-01)",
    body=f"""Report FD-77120 has been closed.

Reported URL: {FD[7]}
Reason given: Illegal content under Korean law
Action taken: File removed

Reported URL: {FD[8]}
Reason given: Illegal content under Korean law
Action taken: None. The file does not breach our terms and stays available.

If you disagree with a decision you can reply to this email.

Filedrop Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="report-closed notice echoing the report form fields with the action taken",
    why="echoed form blocks: one file removed, one kept as not breaching the terms",
    items={FD[7]: "removed", FD[8]: "rejected"},
)

case(
    name="fd-geo-restricted-kr",
    **{"from": "legal@filedrop.example"}, name_from="Filedrop Legal",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="KCSC-240902-01 - local restriction",
    body=f"""Dear KCSC,

Following a review under Korean law, we have disabled access from the
Republic of Korea to these files:

  <{FD[9]}>
  <{FD[10]}>

They remain available in other countries, as they do not breach our global
terms of service.

Filedrop Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host withholding files in one country only (local-law restriction)",
    why="access disabled from Korea only: restricted, URLs in angle brackets",
    items={FD[9]: "restricted", FD[10]: "restricted"},
)

case(
    name="fd-promise-within-24h",
    **{"from": "abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Mon, 02 Sep 2024 14:20:00 +0000",
    subject="Re: [KCSC-240902-01] Notice of illegal content on Filedrop",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""Hello,

Thanks for the notice. We've queued the following for removal and they
will be taken down within 24 hours:

{FD[0]}
{FD[1]}

Filedrop Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within a day",
    why="'will be taken down' is a promise, not a statement: items stay pending",
    items={FD[0]: "pending", FD[1]: "pending"},
)

case(
    name="fd-all-removed-bulk",
    **{"from": "abuse@filedrop.example"}, name_from="Filedrop Abuse",
    date="Tue, 10 Sep 2024 03:12:00 +0000",
    subject="Re: [KCSC-240902-01] Notice of illegal content on Filedrop",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""Hi,

All of the files and folders in your notice KCSC-240902-01 have now been
removed.

Regards,
Filedrop Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all removed' reply to a many-item notice",
    why="statement about all items without naming each, request has 14 items",
    items={u: "pending" for u in FD},
)

case(
    name="fd-ticket-receipt",
    **{"from": "noreply@filedrop.example"}, name_from="Filedrop Support",
    date="Mon, 02 Sep 2024 01:00:12 +0000",
    subject="[Filedrop] We received your report (ticket #FD-20240902-5531)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

This is an automatic confirmation that we received your report.

Ticket number: FD-20240902-5531
Subject: [KCSC-240902-01] Notice of illegal content on Filedrop

Our team usually answers within 72 hours. Please keep the ticket number in
the subject line if you write to us about this report.

Filedrop Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure receipt: ticket created, nothing about any item",
    items={},
)

# ======== Nimbus Hosting (KCSC-240903-02, 4 items) ========

case(
    name="nb-account-suspended",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 05:33:21 +0000",
    subject="[Nimbus Abuse #NH-402913] KCSC-240903-02",
    body=f"""Hello,

We have suspended the hosting account that served luckyspin-kr.example.
Both of these now return our HTTP 403 suspension page:

{NB[0]}
{NB[1]}

The pill-express24.example pages are on a separate customer account. We
have asked that customer to respond within 48 hours and will update you
when we hear back.

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse desk suspending a customer account",
    why="account suspended, both luckyspin URLs disabled; pill-express still waiting on the customer",
    items={NB[0]: "removed", NB[1]: "removed", NB[2]: "pending", NB[3]: "pending"},
)

case(
    name="nb-ticket-pages-deleted",
    **{"from": "support@nimbushost.example"}, name_from="Nimbus Hosting Support",
    date="Thu, 05 Sep 2024 10:02:44 +0000",
    subject="[Ticket NH-402913] Status changed to Resolved",
    body=f"""Ticket: NH-402913
Status: Resolved
Department: Abuse
Reference: KCSC-240903-02

------------------------------------------------------------
Reply from Dae-ho (Nimbus Abuse):

The customer has deleted both product pages you reported:

{NB[2]}
{NB[3]}

We checked that both now return 404 Not Found.
------------------------------------------------------------

Please do not reply below this line. View the ticket at
https://my.nimbushost.example/tickets/NH-402913
""",
    outcome="applied", classification="confirmation",
    imitates="WHMCS-style ticket status notification with the staff reply",
    why="customer deleted both pages after the report: removed; the ticket link is not an item",
    items={NB[2]: "removed", NB[3]: "removed"},
)

case(
    name="nb-removed-and-kept",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 06:14:09 +0000",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""Hello,

{NB[2]} was removed by the customer at our request.

{NB[3]} is a listing for a vitamin supplement that is sold legally and
does not breach our acceptable use policy, so it will remain online.

Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply with one removal and one refusal with its reason",
    why="331 removed; 332 stays up because it breaks no rule: rejected",
    items={NB[2]: "removed", NB[3]: "rejected"},
)

_nb_orig = our_request("KCSC-240903-02", NB)
case(
    name="nb-outlook-original-message",
    **{"from": "sm.park@nimbushost.example"}, name_from="Park Sung-min",
    date="Thu, 05 Sep 2024 01:55:00 +0000",
    subject="RE: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""Hello KCSC team,

The customer took down the following pages today:

<{NB[0]}>
<{NB[1]}>

Kind regards,
Sung-min Park
Abuse Desk | Nimbus Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: abuse@nimbushost.example
Subject: [KCSC-240903-02] Request to remove illegal content

{_nb_orig}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the request unquoted",
    why="two luckyspin pages taken down; pill-express URLs appear only in the original message",
    items={NB[0]: "removed", NB[1]: "removed", NB[2]: "pending", NB[3]: "pending"},
)

case(
    name="nb-korean-partial",
    **{"from": "abuse-kr@nimbushost.example"}, name_from="님버스호스팅 어뷰즈 담당",
    date="Wed, 04 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240903-02] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""안녕하십니까, 님버스호스팅 어뷰즈 담당자입니다.

요청하신 건(KCSC-240903-02) 중 {NB[1]} 페이지는 고객사에서 삭제 완료하였습니다。

나머지 URL은 고객사에 확인 중이며, 확인되는 대로 다시 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean hosting reseller's partial result (삭제 완료) with full-width full stop",
    why="one URL 삭제 완료 (removed); the remaining URLs are not named and still being checked",
    items={NB[1]: "removed"},
)

case(
    name="nb-appears-offline-hedge",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 02:40:00 +0000",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""Hi,

It appears the customer may already have taken down
{NB[1]}, although our cache could still be serving an older
copy. We'll confirm once our engineers have checked the server itself.

Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hedged abuse-desk reply ('appears', 'may have') pending a check",
    why="hedge, not a statement: item stays pending",
    items={NB[1]: "pending"},
)

case(
    name="nb-failed-auth",
    **{"from": "abuse@nimbushost.example"}, name_from="Nimbus Hosting Abuse Desk",
    auth="fail",
    date="Wed, 04 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    body=f"""Hello,

All set, both pages were removed:
{NB[2]}
{NB[3]}

Nimbus Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk reply arriving with failed DKIM/SPF/DMARC",
    why="platform domain but authentication failed: nothing applied",
    items={NB[2]: "pending", NB[3]: "pending"},
)

case(
    name="nb-site-owner-writes",
    **{"from": "owner@luckyspin-kr.example"}, name_from="luckyspin admin",
    date="Thu, 05 Sep 2024 13:30:00 +0000",
    subject="about KCSC-240903-02",
    body=f"""Hello

I run luckyspin-kr.example. My hosting company forwarded your complaint.
I have deleted these pages:
{NB[0]}
{NB[1]}

Please tell Nimbus to lift the suspension of my account.
""",
    outcome="review", review="unknown_sender",
    imitates="site operator (hosting customer) writing to the regulator directly",
    why="sender is not the platform (its customer's own domain): unknown sender",
    items={NB[0]: "pending", NB[1]: "pending"},
)

case(
    name="nb-out-of-office",
    **{"from": "sm.park@nimbushost.example"}, name_from="Park Sung-min",
    date="Tue, 03 Sep 2024 02:00:05 +0000",
    subject="Automatic reply: [KCSC-240903-02] Request to remove illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September with limited access to
email. For abuse reports please write to abuse@nimbushost.example, which
is monitored every day.

Sung-min Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

# ======== Hanbit Forum (KCSC-240904-03, 5 items) ========

case(
    name="hb-admin-one-line",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Wed, 04 Sep 2024 04:12:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""{HB[0]} 삭제했습니다.

한빛포럼 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum admin's one-line reply (삭제했습니다)",
    why="one URL followed by 삭제했습니다",
    items={HB[0]: "removed"},
)

case(
    name="hb-korean-particles-base64",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Thu, 05 Sep 2024 00:40:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-03"),
    raw_mime=single("text/plain", "base64", f"""안녕하세요, 한빛포럼 운영자입니다.

장터 게시판 글 {HB[2]} 은 블라인드 처리했고요,
{HB[3]}는 작성자가 본인 글을 이미 지워서 지금은 없는 글입니다.

수고하세요.
"""),
    outcome="applied", classification="confirmation",
    imitates="informal Korean admin reply, base64 body, URLs followed by particles",
    why="5512 블라인드 처리 (removed); 5519 already deleted by its author (not_found)",
    items={HB[2]: "removed", HB[3]: "not_found"},
)

case(
    name="hb-member-raw-korean-url",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Fri, 06 Sep 2024 03:25:00 +0000",
    subject="[KCSC-240904-03] 회원 조치 결과",
    body=f"""안녕하세요.

회원 {HB_USER_RAW} 계정은 영구 이용정지하였고, 해당 회원이 쓴 글은 모두 비공개 처리했습니다.

한빛포럼 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin banning a member and hiding all their posts (비공개 처리)",
    why="member page with raw Korean path: account banned and posts made private: removed",
    items={HB_USER: "removed"},
)

_hb_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀하</p>
<p>귀 위원회의 시정요구(요청번호 KCSC-240904-03)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{HB[0]}</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>2</td><td>{HB[1]}</td><td>임시조치(30일)</td><td>2024.09.05</td></tr>
<tr><td>3</td><td>{HB[2]}</td><td>삭제</td><td>2024.09.05</td></tr>
<tr><td>4</td><td>{HB[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td><a href="{HB_USER}">{HB_USER_RAW}</a></td><td>조치 불가 (위반 소지 없음, 게시 유지)</td><td>-</td></tr>
</table>
<p>한빛포럼 운영팀 드림</p>
</body></html>
"""
case(
    name="hb-correction-result-table",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영팀",
    date="Thu, 05 Sep 2024 09:00:00 +0000",
    subject="[한빛포럼] 시정요구 조치결과 회신 (KCSC-240904-03)",
    type="html",
    body=_hb_html,
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table (번호/URL/조치결과/조치일자)",
    why="table: 삭제, 임시조치 (restricted), 삭제, 게시물 없음 (not_found), 조치 불가 위반 소지 없음 (rejected)",
    items={HB[0]: "removed", HB[1]: "restricted", HB[2]: "removed", HB[3]: "not_found",
           HB_USER: "rejected"},
)

_hb_quoted = quote_lines(our_request("KCSC-240904-03", [HB[0], HB[1], HB[2], HB[3], HB_USER_RAW], "ko"))
case(
    name="hb-gmail-korean-quote",
    **{"from": "mod.jiwoo@hanbitforum.example"}, name_from="지우 (한빛포럼)",
    date="Thu, 05 Sep 2024 06:31:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""18240번 글( {HB[1]} )은 삭제했습니다.
{HB[0]} 은 확인해보니 단순 이용 후기라서 위반 사항이 없어 그대로 두겠습니다.

2024년 9월 4일 (수) 오전 10:00, KCSC 불법정보 담당 <takedown@kcsc.example>님이 작성:
{_hb_quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail Korean-locale reply (님이 작성:) above the quoted request",
    why="18240 deleted; 18231 kept as it breaks no rule (rejected); the rest only quoted",
    items={HB[0]: "rejected", HB[1]: "removed", HB[2]: "pending", HB[3]: "pending",
           HB_USER: "pending"},
)

case(
    name="hb-conditional-deletion",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Wed, 04 Sep 2024 07:45:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""안녕하세요.

{HB[2]} 글은 작성자에게 소명을 요청했습니다.
7일 안에 소명이 없으면 삭제하겠습니다.

한빛포럼 운영자
""",
    outcome="review", review="not_understood",
    imitates="forum admin giving the author time to answer before deleting",
    why="conditional future deletion: not a statement, item stays pending",
    items={HB[2]: "pending"},
)

case(
    name="hb-all-deleted-bulk",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Sat, 07 Sep 2024 02:00:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=msgid("KCSC-240904-03"),
    body="""요청번호 KCSC-240904-03 관련 게시물 전부 삭제 조치 완료했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line 'all deleted' (전부 삭제 조치 완료)",
    why="all items of a five-item request, none named",
    items={u: "pending" for u in HB},
)

_dsn_orig = our_request("KCSC-240904-03", [HB[0], HB[1], HB[2], HB[3], HB_USER_RAW], "ko")
case(
    name="hb-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.hanbitforum.example"}, name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 01:00:30 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=mixed("dsn-hb-0904", [
        ("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii",
         "This is the mail system at host mail.hanbitforum.example.\n\n"
         "I'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n"
         "<admin@hanbitforum.example>: mailbox is full (quota exceeded)"),
        ("Content-Description: Delivery report\nContent-Type: message/delivery-status",
         "Reporting-MTA: dns; mail.hanbitforum.example\n"
         "Arrival-Date: Wed,  4 Sep 2024 10:00:21 +0900 (KST)\n\n"
         "Final-Recipient: rfc822; admin@hanbitforum.example\n"
         "Action: failed\nStatus: 5.2.2\n"
         "Diagnostic-Code: x-unix; mailbox quota exceeded"),
        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822",
         "From: KCSC Takedown <takedown@kcsc.example>\n"
         "To: admin@hanbitforum.example\n"
         "Subject: [KCSC-240904-03] =?UTF-8?B?" + base64.b64encode("불법정보 삭제 요청".encode()).decode() + "?=\n"
         "Message-ID: <req-240904-03@kcsc.example>\n"
         "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: base64\n\n" + b64(_dsn_orig)),
    ], subtype="report", params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (mailbox full) returning the request",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

case(
    name="hb-korean-ooo",
    **{"from": "admin@hanbitforum.example"}, name_from="한빛포럼 운영자",
    date="Mon, 09 Sep 2024 01:00:00 +0000",
    subject="[자동응답] 부재중입니다",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, 한빛포럼 운영자입니다.

9월 9일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 문의는 포럼 내 1:1 문의 게시판을 이용해 주세요.

이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday 부재중 auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ======== Pixboard (image board, KCSC-240905-04, 3 items; KCSC-240911-07, 1 item) ========

case(
    name="pb-mod-terse",
    **{"from": "mod-kr@pixboard.example"}, name_from="pixboard /kr/ mods",
    date="Fri, 06 Sep 2024 17:22:00 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""thread {PB[0]} pruned, poster banned.
image {PB[2]} purged from storage + cache.

-- kr mod team
""",
    outcome="applied", classification="confirmation",
    imitates="terse image-board moderator reply ('pruned', 'purged')",
    why="thread pruned (deleted) and image purged: both removed",
    items={PB[0]: "removed", PB[2]: "removed"},
)

case(
    name="pb-bullets-mixed",
    **{"from": "abuse@pixboard.example"}, name_from="Pixboard Abuse",
    date="Sat, 07 Sep 2024 09:10:00 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""Hi KCSC,

Results for your three links:

* {PB[1]} -- blocked for visitors from Korea (the thread is legal where
  our servers are, so it stays up elsewhere)
* {PB[0]} -- deleted
* {PB[2]} -- could not find it, the file name does not match anything in
  our storage

Pixboard Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="bulleted per-link result list from a small site's abuse inbox",
    why="55187 Korea-only block (restricted), 55120 deleted, image not found",
    items={PB[1]: "restricted", PB[0]: "removed", PB[2]: "not_found"},
)

case(
    name="pb-single-thread-sole",
    **{"from": "janitors@pixboard.example"}, name_from="pixboard janitors",
    date="Thu, 12 Sep 2024 02:05:00 +0000",
    subject="Re: KCSC-240911-07 thread report",
    reply_to_req=msgid("KCSC-240911-07"),
    body="""Taken down this morning.

- pixboard /kr/ janitor team
""",
    outcome="applied", classification="confirmation",
    imitates="two-word reply to a one-link report",
    why="sole statement in a reply to a one-item request: removed",
    items={PB1[0]: "removed"},
)

case(
    name="pb-wrapped-prose",
    **{"from": "abuse@pixboard.example"}, name_from="Pixboard Abuse",
    date="Sun, 08 Sep 2024 11:48:00 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""Hello,

Thank you for the report. The image at
{PB[2]} has
been deleted from our file store, and thread
{PB[1]} was removed by a
moderator on 6 September.

Pixboard Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="prose reply hard-wrapped at 60 columns, URLs on their own lines mid-sentence",
    why="image deleted and thread removed, statements wrapped around the URLs",
    items={PB[2]: "removed", PB[1]: "removed"},
)

case(
    name="pb-asks-for-links",
    **{"from": "abuse@pixboard.example"}, name_from="Pixboard Abuse",
    date="Thu, 05 Sep 2024 23:00:00 +0000",
    subject="Re: [KCSC-240905-04] Removal request",
    reply_to_req=msgid("KCSC-240905-04"),
    body="""Hello,

We got your notice KCSC-240905-04, but the PDF attachment did not come
through on our side and we can't act on board names alone. Could you resend
the thread numbers or the full links as plain text in the body of the email?

Thanks,
Pixboard Abuse
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse inbox asking the reporter to resend links as plain text",
    why="asks for more information about the request; no status",
    items={},
)

case(
    name="pb-read-receipt",
    **{"from": "mod-kr@pixboard.example"}, name_from="pixboard /kr/ mods",
    date="Thu, 05 Sep 2024 06:02:00 +0000",
    subject="Read: [KCSC-240905-04] Removal request",
    raw_mime=mixed("mdn-pb-0905", [
        ("Content-Type: text/plain; charset=utf-8",
         "This is a return receipt for the mail that you sent to mod-kr@pixboard.example.\n\n"
         "Note: This return receipt only acknowledges that the message was displayed\n"
         "on the recipient's computer. There is no guarantee that the recipient has\n"
         "read or understood the message contents."),
        ("Content-Type: message/disposition-notification",
         "Reporting-UA: pixboard.example; Thunderbird 115.14.0\n"
         "Final-Recipient: rfc822;mod-kr@pixboard.example\n"
         "Original-Message-ID: <req-240905-04@kcsc.example>\n"
         "Disposition: manual-action/MDN-sent-manually; displayed"),
    ], subtype="report", params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird return receipt (MDN)",
    why="read receipt only",
    items={},
)

# ======== EdgeVeil (CDN, KCSC-240906-05, 2 items) ========

case(
    name="ev-blocked-worldwide",
    **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 15:00:00 +0000",
    subject="[EdgeVeil Abuse] EV-AB-118842 - action taken (KCSC-240906-05)",
    body=f"""Hello,

After review, we found that jackpot-road.example breaches our acceptable use
policy. We have blocked access through our network to the following URLs for
all visitors worldwide:

  {EV[0]}
  {EV[1]}

Visitors now see an EdgeVeil block notice instead of the site. The origin
server is run by a third-party host, which we have also notified.

EdgeVeil Trust & Safety
https://edgeveil.example/trust/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust & safety blocking a customer's URLs at the edge",
    why="blocked for all visitors worldwide: removed (arguable, origin still has it, see NOTES)",
    items={EV[0]: "removed", EV[1]: "removed"},
)

case(
    name="ev-geo-block-and-404",
    **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Tue, 10 Sep 2024 04:30:00 +0000",
    subject="Re: [KCSC-240906-05] Illegal gambling site",
    reply_to_req=msgid("KCSC-240906-05"),
    raw_mime=single("text/plain", "quoted-printable", f"""Hello,

{EV[0]} is now unavailable to visitors connecting from South Korea; we applied a country block at our edge.

{EV[1]} returns 404 Not Found from the customer's origin server. There is nothing at that address for us to act on.

EdgeVeil Trust & Safety
"""),
    outcome="applied", classification="confirmation",
    imitates="CDN reply with a country block and a 'nothing at this address' finding (QP, long lines)",
    why="join: Korea-only block (restricted); event page does not exist (not_found)",
    items={EV[0]: "restricted", EV[1]: "not_found"},
)

case(
    name="ev-not-the-host",
    **{"from": "abuse@edgeveil.example"}, name_from="EdgeVeil Abuse",
    date="Fri, 06 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240906-05] Illegal gambling site",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""Hello,

EdgeVeil provides reverse-proxy and CDN services. We do not host the content
at {EV[0]} or {EV[1]} and cannot remove material from the origin server.

We have forwarded your complaint to the hosting provider (Offshore Rack Ltd,
abuse@offshorerack.example) and to the website operator. Please contact the
hosting provider directly for removal.

EdgeVeil Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are not the host, complaint forwarded' reply",
    why="no status for the items: CDN says it cannot act and passed the complaint on (arguable vs rejected, see NOTES)",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="ev-blocks-other-platforms-items",
    **{"from": "trust-safety@edgeveil.example"}, name_from="EdgeVeil Trust & Safety",
    date="Sat, 07 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240903-02] Request to remove illegal content",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""Hello,

You copied us on your request to Nimbus Hosting. pill-express24.example is
also behind our network, and we have blocked these two pages for all
visitors:

{NB[2]}
{NB[3]}

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering a request addressed to the hosting provider (cc)",
    why="EdgeVeil states statuses for Nimbus's items: wrong platform",
    items={NB[2]: "pending", NB[3]: "pending"},
)

case(
    name="ev-report-receipt",
    **{"from": "noreply@edgeveil.example"}, name_from="EdgeVeil Abuse",
    date="Fri, 06 Sep 2024 00:31:00 +0000",
    subject="[EdgeVeil Abuse] Report received: EV-AB-118842",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for your report.

Report ID: EV-AB-118842
Category: General / illegal content
Reported URLs:
  {EV[0]}
  {EV[1]}

This message confirms that we received your report. If the URLs use our
network, we will pass your report to the hosting provider and the website
owner. You do not need to reply to this message.

EdgeVeil Abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the reported URLs",
    why="receipt only: echoes the URLs, states nothing about them",
    items={EV[0]: "pending", EV[1]: "pending"},
)

# ======== Dotreg (registrar, KCSC-240909-06, 1 item) ========

case(
    name="dr-clienthold",
    **{"from": "abuse@dotreg.example"}, name_from="Dotreg Abuse",
    date="Wed, 11 Sep 2024 07:12:00 +0000",
    subject="Re: KCSC-240909-06 - abuse report fastbet-kr.example",
    reply_to_req=msgid("KCSC-240909-06"),
    body="""Dear KCSC,

Following our investigation, the domain name fastbet-kr.example has been
placed on clientHold and removed from the zone. It no longer resolves.

Dotreg Registrar Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domain suspended (clientHold)",
    why="domain of the one-item request suspended and no longer resolves: removed",
    items={DR[0]: "removed"},
)

case(
    name="dr-new-abuse-address",
    **{"from": "notices@dotreg.example"}, name_from="Dotreg",
    date="Mon, 16 Sep 2024 00:00:00 +0000",
    subject="Change of our abuse contact address",
    body="""Dear reporter,

From 16 September our abuse desk uses a new address:
abuse-desk@dotreg.example. Reports sent to the old address will no longer be
read after 30 September 2024.

Dotreg Registrar
""",
    outcome="review", review="no_claims",
    imitates="registrar notice of a changed abuse contact",
    why="trusted platform email naming no item and no request",
    items={},
)

case(
    name="dr-korean-receipt",
    **{"from": "help@dotreg.example"}, name_from="Dotreg 고객센터",
    date="Mon, 09 Sep 2024 01:01:00 +0000",
    subject="[자동응답] 신고가 접수되었습니다 (접수번호 DR-KR-0909-114)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요, Dotreg 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: DR-KR-0909-114

영업일 기준 2일 이내에 담당자가 검토한 뒤 회신드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    imitates="Korean automatic receipt (신고 접수 안내)",
    why="automatic receipt, nothing about the item",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 697: hosting providers, a CDN, a registrar, a Korean forum, an
# image board and a file host, often answering informally; CSV attachments
# and plain-text tables. Written by tests/corpus/blind697/make.py from each
# email's meaning, before the reader was run on it.
"""

def encode_names(cases):
    """Non-ASCII display names as RFC 2047 encoded words, as mailers send them."""
    for c in cases:
        n = c.get("name_from", "")
        if any(ord(ch) > 127 for ch in n):
            c["name_from"] = "=?UTF-8?B?" + base64.b64encode(n.encode()).decode() + "?="


if __name__ == "__main__":
    encode_names(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind697", HEADER, CASES)
    print(len(CASES), "cases")
