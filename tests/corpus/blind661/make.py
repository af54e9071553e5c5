#!/usr/bin/env python3
"""Blind set 661: hosting providers, a CDN, a registrar, a file host, a
Korean community forum, an image board and a small English forum answering
the regulator, mostly informally (abuse desks, admins writing one line),
with CSV attachments and plain-text tables.

    python3 tests/corpus/blind661/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402


def enc(url):
    """The form stored in requests.csv: non-ASCII path percent-encoded."""
    return quote(url, safe=":/?&=#%")


# --------------------------------------------------------------- requests
F = [
    "https://filecrate.example/f/8KzQ2mWx",
    "https://filecrate.example/f/3JpL9vTe",
    "https://filecrate.example/f/Q7nR4cYb",
    "https://filecrate.example/f/Wm2X8kHd",
    "https://filecrate.example/f/Zt6B1qNs",
    "https://filecrate.example/f/Hc5V7rLu",
    "https://filecrate.example/f/Pd9K3wGa",
    "https://filecrate.example/f/Ny4T6eJo",
    "https://filecrate.example/folder/Rb8M2sKf",
    "https://filecrate.example/folder/Lx3D5hVq",
    "https://dl.filecrate.example/d/Ug7E1pCz/archive_part1.zip",
    "https://dl.filecrate.example/d/Ug7E1pCz/archive_part2.zip",
    "https://filecrate.example/f/Ke2Y9aWm",
    "https://filecrate.example/f/Tj8G4uXr",
]
N = [
    "https://hot-toto365.example/",
    "https://hot-toto365.example/event/signup.php",
    "http://kr-pharma-direct.example/shop/item?id=2291",
    "https://blog.nimbus-sites.example/minjun_k/2024/08/leak-list.html",
]
E = [
    "https://sportsbet-kr88.example/",
    "https://sportsbet-kr88.example/live/",
    "https://fake-bank-login.example/secure/auth",
]
R = [
    "http://casino-win-kr.example/",
    "https://drugmall-24h.example/",
]
# Korean forum: raw in the emails, percent-encoded in requests.csv.
D_RAW = [
    "https://daramzi.example/board/자유게시판/58812",
    "https://daramzi.example/board/자유게시판/58877",
    "https://daramzi.example/board/유머/301145",
    "https://daramzi.example/board/장터/7730",
    "https://daramzi.example/member/profile/달빛토끼",
]
D = [enc(u) for u in D_RAW]
H = [
    "https://hanaboard.example/b/res/88120.html",
    "https://img.hanaboard.example/src/1725000000123.jpg",
    "https://hanaboard.example/pol/res/40211.html",
]
T = ["https://forum.tanuki.example/t/uncensored-photo-dump-vol3/44817"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     F, "obscene", "req-b661-01@kcsc.example", "file host (14 links)"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T14:20:00+09:00", "2024-09-10T23:59:59+09:00",
     N, "gambling", "req-b661-02@kcsc.example", "shared hosting customer sites"),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     E, "gambling", "req-b661-03@kcsc.example", "CDN in front of the sites"),
    ("KCSC-240905-04", "regiport", "2024-09-05T16:05:00+09:00", "2024-09-12T23:59:59+09:00",
     R, "drugs", "req-b661-04@kcsc.example", "registrar of two domains"),
    ("KCSC-240906-05", "daramzi", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     D, "defamation", "req-b661-05@kcsc.example", "Korean community forum"),
    ("KCSC-240909-06", "hanaboard", "2024-09-09T15:30:00+09:00", "2024-09-16T23:59:59+09:00",
     H, "obscene", "req-b661-06@kcsc.example", "image board"),
    ("KCSC-240910-07", "tanukiforum", "2024-09-10T10:15:00+09:00", "2024-09-17T23:59:59+09:00",
     T, "obscene", "req-b661-07@kcsc.example", "small forum (one thread)"),
]
REQ = {r[0]: r for r in REQUESTS}
THREAD = {r[0]: r[6].split("@")[0] for r in REQUESTS}

ORIG_DATE = {
    "KCSC-240902-01": ("Mon, 2 Sep 2024 10:00:00 +0900", "Monday, September 2, 2024 10:00 AM",
                       "2024년 9월 2일 (월) 오전 10:00"),
    "KCSC-240903-02": ("Tue, 3 Sep 2024 14:20:00 +0900", "Tuesday, September 3, 2024 2:20 PM",
                       "2024년 9월 3일 (화) 오후 2:20"),
    "KCSC-240904-03": ("Wed, 4 Sep 2024 09:40:00 +0900", "Wednesday, September 4, 2024 9:40 AM",
                       "2024년 9월 4일 (수) 오전 9:40"),
    "KCSC-240905-04": ("Thu, 5 Sep 2024 16:05:00 +0900", "Thursday, September 5, 2024 4:05 PM",
                       "2024년 9월 5일 (목) 오후 4:05"),
    "KCSC-240906-05": ("Fri, 6 Sep 2024 11:00:00 +0900", "Friday, September 6, 2024 11:00 AM",
                       "2024년 9월 6일 (금) 오전 11:00"),
    "KCSC-240909-06": ("Mon, 9 Sep 2024 15:30:00 +0900", "Monday, September 9, 2024 3:30 PM",
                       "2024년 9월 9일 (월) 오후 3:30"),
    "KCSC-240910-07": ("Tue, 10 Sep 2024 10:15:00 +0900", "Tuesday, September 10, 2024 10:15 AM",
                       "2024년 9월 10일 (화) 오전 10:15"),
}
TO_ADDR = {
    "filecrate": "abuse@filecrate.example",
    "nimbushost": "abuse@nimbushost.example",
    "edgeshield": "abuse@edgeshield.example",
    "regiport": "abuse@regiport.example",
    "daramzi": "help@daramzi.example",
    "hanaboard": "admin@hanaboard.example",
    "tanukiforum": "mods@forum.tanuki.example",
}


def request_text(ref, korean=False, raw_korean=True):
    """Our own request email, as platforms quote it back."""
    r = REQ[ref]
    urls = D_RAW if (r[1] == "daramzi" and raw_korean) else r[4]
    due = r[3][:10]
    if korean:
        lines = [
            "안녕하십니까, 방송통신심의위원회입니다.",
            "",
            f"아래 정보에 대하여 시정을 요구합니다 (요청번호 {ref}).",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", f"조치 결과를 {due}까지 takedown@kcsc.example 로 회신하여 주십시오.",
                  "", "방송통신심의위원회 통신심의국"]
    else:
        lines = [
            "Dear Sir or Madam,",
            "",
            "The Korea Communications Standards Commission (KCSC) has determined that",
            f"the content at the following URLs is illegal under Korean law (ref {ref}):",
            "",
        ]
        lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
        lines += ["", f"Please remove or disable access to it and reply to takedown@kcsc.example by {due}.",
                  "", "KCSC Takedown Team"]
    return "\n".join(lines)


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def outlook_quote(ref, to):
    d = ORIG_DATE[ref][1]
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {d}\n"
        f"To: {to}\n"
        f"Subject: [{ref}] Request for removal of illegal content\n\n"
        + request_text(ref)
    )


def subj(ref):
    return f"[{ref}] Request for removal of illegal content"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def original_message(ref, date_hdr):
    """The request as a message/rfc822 part (bounces)."""
    r = REQ[ref]
    return (
        f"Return-Path: <takedown@kcsc.example>\n"
        f"Date: {date_hdr}\n"
        f"From: KCSC Takedown <takedown@kcsc.example>\n"
        f"To: {TO_ADDR[r[1]]}\n"
        f"Subject: {subj(ref)}\n"
        f"Message-ID: <{r[6]}>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        + request_text(ref)
    )


CASES = []


def mime_word(text):
    """RFC 2047 encoded word for non-ASCII header text, as Korean mailers send it."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode()


def case(**kw):
    kw["subject"] = mime_word(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = mime_word(kw["name_from"])
    CASES.append(kw)


# =================================================================== FileCrate (14 items)
FC = "abuse@filecrate.example"
FCN = "FileCrate Trust & Safety"

case(
    name="fc-plain-text-table-first-six",
    **{"from": FC}, name_from=FCN,
    date="Thu, 05 Sep 2024 17:42:10 +0200",
    subject="Re: " + subj("KCSC-240902-01") + " - outcome (part 1)",
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your notice (your ref KCSC-240902-01). Our Trust & Safety
team has processed the first six links. Results below:

  Link                                    Action taken
  --------------------------------------  ----------------------------------
  {F[0]}    File deleted
  {F[1]}    File deleted
  {F[2]}    No such file (never existed or already purged)
  {F[3]}    File deleted, uploader account banned
  {F[4]}    No action: the file is a published court judgment, it does not breach our Terms
  {F[5]}    Download blocked for visitors from South Korea

The remaining links are still with our legal team; we will write again when
they have been assessed.

Kind regards,
Jonas Albrecht
FileCrate Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse-desk reply with a fixed-width plain-text table of link / action taken",
    why="six links each with an unhedged result: deleted x3, no such file, kept (no breach), blocked for Korea",
    items={F[0]: "removed", F[1]: "removed", F[2]: "not_found", F[3]: "removed",
           F[4]: "rejected", F[5]: "restricted"},
)

CSV_FC = (
    "url,decision,date_actioned,comment\r\n"
    f"{F[6]},Removed,2024-09-05,\r\n"
    f"{F[7]},Removed,2024-09-05,\r\n"
    f"{F[8]},Removed,2024-09-05,folder and its 23 files\r\n"
    f"{F[9]},Not found,,folder id does not exist on our system\r\n"
    f"{F[10]},Removed,2024-09-06,\r\n"
    f"{F[11]},Removed,2024-09-06,\r\n"
    f"{F[12]},Rejected - no violation,,scan of a newspaper article\r\n"
    f"{F[13]},Restricted (KR),2024-09-06,blocked for Korean IP addresses only\r\n"
)
case(
    name="fc-csv-attachment-rows-7-14",
    **{"from": FC}, name_from=FCN,
    date="Fri, 06 Sep 2024 15:03:55 +0200",
    subject="Re: " + subj("KCSC-240902-01") + " - outcome (part 2)",
    reply_to_req=THREAD["KCSC-240902-01"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_fc_2b7e91"

--=_fc_2b7e91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello again,

Please find attached our decisions on links 7 to 14 of your request
KCSC-240902-01. With this, every link in the request has been answered.

Kind regards,
Jonas Albrecht
FileCrate Trust & Safety

--=_fc_2b7e91
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(CSV_FC)}
--=_fc_2b7e91--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety team answering a long list with a CSV export of its case tool",
    why="CSV rows give each URL an explicit decision: removed, not found, rejected, restricted for Korea",
    items={F[6]: "removed", F[7]: "removed", F[8]: "removed", F[9]: "not_found",
           F[10]: "removed", F[11]: "removed", F[12]: "rejected", F[13]: "restricted"},
)

case(
    name="fc-ticket-receipt",
    **{"from": "noreply@filecrate.example"}, name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 03:01:12 +0200",
    subject="[FileCrate Abuse] Ticket #FC-558201 received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report and opened ticket #FC-558201. A member of our
Trust & Safety team will review it; most reports are handled within three
business days.

Summary of your submission
  Your reference: KCSC-240902-01
  Number of links: 14
  Category: Illegal content (government authority)

Please do not reply to this message. To add information to your report, use
the ticket page: https://help.filecrate.example/tickets/FC-558201

FileCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (auto-generated, ticket number, summary of submission)",
    why="pure automatic receipt: says nothing about any link",
    items={},
)

case(
    name="fc-will-remove-once-legal-confirms",
    **{"from": "marta.kowalczyk@filecrate.example"}, name_from="Marta Kowalczyk",
    date="Tue, 03 Sep 2024 11:27:40 +0200",
    subject="Re: " + subj("KCSC-240902-01"),
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""
Hi,

I have had a first look at the first three links of KCSC-240902-01:

{F[0]}
{F[1]}
{F[2]}

They will be taken down as soon as our legal team confirms that the Korean
order applies to our service, which I expect within two business days. I'll
update you then.

Best,
Marta Kowalczyk
Trust & Safety Analyst, FileCrate
""",
    outcome="review", review="not_understood",
    imitates="abuse analyst's interim reply promising removal after legal sign-off",
    why="'will be taken down as soon as ... confirms' is a conditional promise: nothing done yet",
    items={F[0]: "pending", F[1]: "pending", F[2]: "pending"},
)

case(
    name="fc-all-fourteen-disabled",
    **{"from": FC}, name_from=FCN,
    date="Sat, 07 Sep 2024 09:14:02 +0200",
    subject="Re: " + subj("KCSC-240902-01") + " - done",
    reply_to_req=THREAD["KCSC-240902-01"],
    body="""
Hello,

All 14 links listed in your request KCSC-240902-01 have been disabled and
the uploader's account has been terminated.

Regards,
FileCrate Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-sentence abuse-desk closure covering a whole list",
    why="one statement for the whole 14-item request without naming any link: bulk",
    items={u: "pending" for u in F},
)

case(
    name="fc-top-post-over-outlook-quote",
    **{"from": "marta.kowalczyk@filecrate.example"}, name_from="Marta Kowalczyk",
    date="Wed, 04 Sep 2024 16:50:31 +0200",
    subject="RE: " + subj("KCSC-240902-01"),
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""
Removed these two folders:
{F[8]}
{F[9]}

The single files are still being checked by legal.

Marta
FileCrate T&S

{outlook_quote("KCSC-240902-01", FC)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above the '-----Original Message-----' quote of the request",
    why="the two folder URLs above the quote are removed; the quoted list below says nothing",
    items={F[8]: "removed", F[9]: "removed"},
)

case(
    name="fc-dmarc-fail-claims-removal",
    **{"from": FC}, name_from=FCN, auth="fail",
    date="Thu, 05 Sep 2024 02:11:09 +0200",
    subject="Re: " + subj("KCSC-240902-01"),
    body=f"""
Hello,

Both files were removed: {F[0]} and {F[1]}.

FileCrate Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="short abuse-desk confirmation, but the message fails DKIM/SPF/DMARC",
    why="From the file host's domain but authentication fails: nothing may change",
    items={F[0]: "pending", F[1]: "pending"},
)

HTML_FC = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Report decision</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Our review of report <b>FC-558201</b> (your reference KCSC-240902-01) has reached
a decision on the following links:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th></tr>
<tr><td><a href="{F[10]}">{F[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[11]}">{F[11]}</a></td><td>Removed</td></tr>
<tr><td><a href="{F[12]}">{F[12]}</a></td><td>File not found &ndash; the link is invalid</td></tr>
<tr><td><a href="{F[13]}">{F[13]}</a></td><td>Removed</td></tr>
</table>
<p>You can follow this report at <a href="https://help.filecrate.example/tickets/FC-558201">your ticket page</a>.
Our rules are at <a href="https://filecrate.example/legal/terms">filecrate.example/legal/terms</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
case(
    name="fc-html-base64-decision-table",
    **{"from": "noreply@filecrate.example"}, name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 19:40:00 +0200",
    subject="Decision on your report FC-558201",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_FC)}
""",
    outcome="applied", classification="confirmation",
    imitates="case-tool decision email (HTML table, base64 body) with links to the ticket page and terms",
    why="four links each with a decision: removed x3, file not found; ticket and terms links are not items",
    items={F[10]: "removed", F[11]: "removed", F[12]: "not_found", F[13]: "removed"},
)

case(
    name="fc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx2.filecrate.example"}, name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 03:00:41 +0200",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.fc.5521"

--dsn.fc.5521
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.filecrate.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@filecrate.example>: host store1.filecrate.example[198.51.100.61] said:
    552 5.2.2 <legal@filecrate.example>: mailbox full (in reply to RCPT TO command)

--dsn.fc.5521
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.filecrate.example
Arrival-Date: Mon,  2 Sep 2024 03:00:39 +0200 (CEST)

Final-Recipient: rfc822; legal@filecrate.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn.fc.5521
Content-Type: message/rfc822

{original_message("KCSC-240902-01", ORIG_DATE["KCSC-240902-01"][0])}

--dsn.fc.5521--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (mailbox full) returning the request with its 14 links",
    why="a bounce: the links are only in the returned copy of our own request",
    items={},
)

case(
    name="fc-dsa-statement-of-reasons",
    **{"from": "dsa-notices@filecrate.example"}, name_from="FileCrate DSA Notices",
    date="Sat, 07 Sep 2024 12:00:05 +0200",
    subject="Statement of reasons SoR-2024-0907-3381 (your reference KCSC-240902-01)",
    body="""
STATEMENT OF REASONS (Article 17 of Regulation (EU) 2022/2065)

Our reference:      SoR-2024-0907-3381
Your reference:     KCSC-240902-01
Content concerned:  <https://dl.filecrate.example/d/Ug7E1pCz/
                     archive_part1.zip>

Decision:           The content has been removed.
Territorial scope:  Worldwide
Duration:           Permanent

Facts and circumstances: the decision follows a notice from a public
authority. A human reviewer examined the file.

Ground: incompatible with our Terms of Service, section 4.2 (illegal content).

Use of automated means: no automated means were used in the detection or in
the decision.

Redress: the uploader may use our internal complaint-handling system at
https://help.filecrate.example/appeals, use an out-of-court dispute
settlement body, or go to court.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons with a URL wrapped inside angle brackets",
    why="one named file with 'The content has been removed', worldwide; the appeals page is not an item",
    items={F[10]: "removed"},
)

case(
    name="fc-url-then-arrow-status",
    **{"from": "jonas.albrecht@filecrate.example"}, name_from="Jonas Albrecht",
    date="Tue, 10 Sep 2024 10:31:47 +0200",
    subject="Re: " + subj("KCSC-240902-01") + " - update",
    reply_to_req=THREAD["KCSC-240902-01"],
    body=f"""
Hi KCSC team,

Update on KCSC-240902-01:

{F[4]}
-> removed after a second review (the uploader could not show it was a public document)

{F[5]}
-> removed

{F[6]}
-> link is dead, the uploader deleted the file before we got to it

{F[7]}
-> still under review, sorry for the delay

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="abuse analyst's informal update, URL on one line and '->' result on the next",
    why="removed x2, deleted by uploader (not_found), one still under review (pending)",
    items={F[4]: "removed", F[5]: "removed", F[6]: "not_found", F[7]: "pending"},
)

# =================================================================== Nimbus Hosting (4 items)
NH = "abuse@nimbushost.example"
NHN = "Nimbus Hosting Abuse Desk"

case(
    name="nh-account-suspended-url-below",
    **{"from": NH}, name_from=NHN,
    date="Wed, 04 Sep 2024 08:12:19 +0000",
    subject="[ABU-77120] Re: " + subj("KCSC-240903-02"),
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""
Hello,

Regarding your complaint KCSC-240903-02 (our case ABU-77120).

We have suspended the hosting account that served the following site; it now
shows our standard "account suspended" page:
{N[0]}
{N[1]}

Our customer removed this page themselves after our notice, and we have
checked that it is gone:
{N[2]}

Regards,
Priya N.
Abuse Desk | Nimbus Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk reply: account suspended, customer removed a page after notice",
    why="statement line ends with ':' and the URLs follow on the next lines: suspended x2, removed by customer",
    items={N[0]: "removed", N[1]: "removed", N[2]: "removed"},
)

case(
    name="nh-customer-given-48-hours",
    **{"from": NH}, name_from=NHN,
    date="Wed, 04 Sep 2024 02:45:00 +0000",
    subject="[ABU-77121] Re: " + subj("KCSC-240903-02"),
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""
Hello,

We have forwarded your complaint to the customer responsible for
{N[3]}
and asked them to remove the material within 48 hours. If they do not
respond in time, we will disable the page ourselves.

Please quote our case number ABU-77121 in any further correspondence.

Regards,
Nimbus Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk 'we have notified our customer and given them N hours' reply",
    why="customer notified and a conditional promise; the page is still up",
    items={N[3]: "pending"},
)

case(
    name="nh-out-of-office",
    **{"from": "priya.n@nimbushost.example"}, name_from="Priya Nair",
    date="Tue, 03 Sep 2024 05:20:33 +0000",
    subject="Automatic reply: " + subj("KCSC-240903-02"),
    reply_to_req=THREAD["KCSC-240903-02"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until Monday 16 September with limited access to email.

For abuse matters please write to abuse@nimbushost.example, which is
monitored around the clock.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office notice",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nh-not-hosted-with-us",
    **{"from": NH}, name_from=NHN,
    date="Wed, 04 Sep 2024 10:02:44 +0000",
    subject="[ABU-77122] Re: " + subj("KCSC-240903-02"),
    reply_to_req=THREAD["KCSC-240903-02"],
    body=f"""
Hi,

We checked {N[2]} from your notice KCSC-240903-02.

That domain is not hosted with Nimbus Hosting: it resolves to 203.0.113.45,
which belongs to another provider, and we have no customer account for it.
There is nothing on our network we can act on. The abuse contact listed in
the WHOIS record of that address block should be able to help you.

Regards,
Tomasz
Nimbus Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk answering that the reported site is not on its network (WHOIS pointer)",
    why="the host cannot locate the site among its services: not_found (arguable, see NOTES.md)",
    items={N[2]: "not_found"},
)

case(
    name="nh-html-table-three-rows",
    **{"from": NH}, name_from=NHN, type="html",
    date="Thu, 05 Sep 2024 13:30:00 +0000",
    subject="[ABU-77120] Complaint KCSC-240903-02 - status",
    body=f"""
<html><body>
<p>Dear KCSC,</p>
<p>Current status of the URLs in your complaint <b>KCSC-240903-02</b>:</p>
<table border="1" cellpadding="4">
<thead><tr><th>URL</th><th>Status</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>{N[3]}</td><td>Removed</td><td>Content deleted by our customer after notice</td></tr>
<tr><td>{N[2]}</td><td>Not found</td><td>HTTP 404 when checked on 2024-09-05 09:12 UTC</td></tr>
<tr><td>{N[0]}</td><td>Disabled</td><td>Hosting account suspended</td></tr>
</tbody></table>
<p>Our Acceptable Use Policy: <a href="https://www.nimbushost.example/legal/aup">https://www.nimbushost.example/legal/aup</a></p>
<p>Nimbus Hosting Abuse Desk</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="abuse ticket status mail rendered as an HTML table (URL / status / notes) with an AUP link",
    why="three rows: removed, not found, disabled (removed); AUP link is not an item",
    items={N[3]: "removed", N[2]: "not_found", N[0]: "removed"},
)

NH_QP = f"""Dear Sir or Madam,

With reference to your complaint KCSC-240903-02 (our case ABU-77120): following our investigation, the hosting account for hot-toto365.example has been terminated for breach of our Acceptable Use Policy (illegal gambling), and both {N[0]} and {N[1]} are now offline.

As to {N[3]}, we have reviewed the page and do not consider it to breach our AUP: it collects publicly reported incidents and contains no personal data beyond what was already published in the press. We will therefore take no action on it.

Kind regards,

Henrike Vogel
Legal & Abuse – Nimbus Hosting GmbH
„Reliable hosting since 2009“
"""
case(
    name="nh-qp-terminated-and-declined",
    **{"from": "legal@nimbushost.example"}, name_from="Nimbus Hosting Legal",
    date="Fri, 06 Sep 2024 09:05:12 +0000",
    subject="Your complaint KCSC-240903-02",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NH_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="host's legal department letter, quoted-printable with long soft-wrapped lines",
    why="account terminated, both gambling URLs offline (removed); the blog page declined with a reason (rejected)",
    items={N[0]: "removed", N[1]: "removed", N[3]: "rejected"},
)

case(
    name="nh-lookalike-domain",
    **{"from": "abuse@nimbushost-support.example"}, name_from="Nimbus Hosting Support",
    date="Thu, 05 Sep 2024 21:48:10 +0000",
    subject="Re: " + subj("KCSC-240903-02"),
    body=f"""
Hello,

We confirm the removal of {N[0]} and {N[1]}
in answer to your request KCSC-240903-02.

Nimbus Hosting Support
""",
    outcome="review", review="unknown_sender",
    imitates="removal confirmation from a look-alike domain that is not the host's",
    why="nimbushost-support.example is no configured sender domain",
    items={N[0]: "pending", N[1]: "pending"},
)

# =================================================================== EdgeShield CDN (3 items)
ES = "abuse@edgeshield.example"
ESN = "EdgeShield Trust & Safety"

case(
    name="es-pass-through-forwarded-to-host",
    **{"from": ES}, name_from=ESN,
    date="Thu, 05 Sep 2024 01:12:40 +0000",
    subject="[ES-2024-0905-41187] Your abuse report",
    body=f"""
EdgeShield received your report (reference KCSC-240904-03) about:

{E[0]}
{E[1]}

EdgeShield provides a pass-through security and caching service for this
website and is not its hosting provider. We cannot remove material from a
server we do not control.

We have forwarded your report to the hosting provider and to the website
operator. The hosting provider for this website is:

  Example Cloud Ltd., abuse@examplecloud.example

Report ID: ES-2024-0905-41187
EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through service, we forwarded your report to the host' reply",
    why="no action on the URLs and no refusal on the merits: stays pending (see NOTES.md)",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="es-phishing-hostname-disabled",
    **{"from": ES}, name_from=ESN,
    date="Thu, 05 Sep 2024 06:55:18 +0000",
    subject="[ES-2024-0905-41190] Phishing report - action taken",
    body=f"""
Hello,

We have confirmed that the URL you reported (KCSC-240904-03) is a phishing
page imitating a bank's login:

  {E[2]}

Access to this hostname through the EdgeShield network has been disabled;
visitors now see an error page instead of the content. We have also informed
the hosting provider.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN phishing report outcome: service for the hostname disabled",
    why="access disabled on the CDN's network for everyone: removed",
    items={E[2]: "removed"},
)

case(
    name="es-geo-restriction-angle-brackets",
    **{"from": ES}, name_from=ESN,
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    subject="[ES-2024-0905-41187] Update on your report KCSC-240904-03",
    body=f"""
Hello,

In response to your notice KCSC-240904-03, EdgeShield has applied a
geographic restriction to the following URLs. Visitors from the Republic of
Korea now receive HTTP 451; access from other countries is unchanged.

 * <{E[0]}>
 * <{E[1]}>

The third URL in your notice was handled separately under report
ES-2024-0905-41190.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply applying a country block (HTTP 451) to URLs listed in angle brackets",
    why="both URLs blocked for Korea only: restricted; the third URL is not named",
    items={E[0]: "restricted", E[1]: "restricted"},
)

case(
    name="es-auto-receipt-echo",
    **{"from": "noreply@edgeshield.example"}, name_from="EdgeShield Abuse",
    date="Wed, 04 Sep 2024 00:41:03 +0000",
    subject="We received your abuse report ES-2024-0905-41187",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Thank you for submitting an abuse report to EdgeShield.

Report ID: ES-2024-0905-41187

We will process your report and forward it to the responsible parties where
appropriate. This mailbox is not monitored.

---------- Copy of your submission ----------
Reporter:       KCSC Takedown Team <takedown@kcsc.example>
Your reference: KCSC-240904-03
URLs reported:
{E[0]}
{E[1]}
{E[2]}
Comments:       Illegal gambling and phishing content under Korean law.
---------------------------------------------
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt echoing the submitted URLs",
    why="automatic receipt: the URLs are only our own submission echoed back",
    items={},
)

case(
    name="es-appears-taken-offline",
    **{"from": "daniel.okafor@edgeshield.example"}, name_from="Daniel Okafor",
    date="Mon, 09 Sep 2024 18:04:27 +0000",
    subject="Re: [ES-2024-0905-41187] Update on your report KCSC-240904-03",
    body=f"""
Hi,

Following up on ES-2024-0905-41187: {E[1]} appears to
have been taken offline by its operator - our edge has only seen errors
from the origin since yesterday. The root {E[0]} may still
serve a cached parking page for a while.

We have not taken any action ourselves.

Daniel
EdgeShield T&S
""",
    outcome="review", review="not_understood",
    imitates="CDN analyst's informal follow-up with observations, no action taken",
    why="'appears to have been taken offline' and 'may still serve' are hedges: no statement",
    items={E[0]: "pending", E[1]: "pending"},
)

# =================================================================== RegiPort registrar (2 items)
RP = "abuse@regiport.example"
RPN = "RegiPort Domain Abuse"

case(
    name="rp-clienthold-and-declined-bare-domains",
    **{"from": RP}, name_from=RPN,
    date="Mon, 09 Sep 2024 08:20:00 +0000",
    subject="Re: " + subj("KCSC-240905-04"),
    reply_to_req=THREAD["KCSC-240905-04"],
    body="""
Dear KCSC,

We have completed our review of the two domains in your complaint
KCSC-240905-04.

casino-win-kr.example - the registration has been suspended (status
clientHold) for violation of our registration agreement. The domain no
longer resolves.

drugmall-24h.example - we found no breach of our registration agreement.
The registrant has provided a valid pharmacy licence, so the domain remains
active. Questions about the website's content should go to its hosting
provider.

Regards,
RegiPort Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse outcome naming bare domains (clientHold / no breach)",
    why="registrar names each domain: one suspended (removed), one kept with its reason (rejected)",
    items={R[0]: "removed", R[1]: "rejected"},
)

case(
    name="rp-read-receipt",
    **{"from": "abuse@regiport.example"}, name_from="RegiPort Domain Abuse",
    date="Fri, 06 Sep 2024 01:02:03 +0000",
    subject="Read: " + subj("KCSC-240905-04"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_rp_7711"

--mdn_rp_7711
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@regiport.example
  Subject: {subj("KCSC-240905-04")}
  Sent: Thu, 5 Sep 2024 16:05:00 +0900

was read on Fri, 6 Sep 2024 01:02:03 +0000.

--mdn_rp_7711
Content-Type: message/disposition-notification

Reporting-UA: mail.regiport.example; Webmail
Final-Recipient: rfc822; abuse@regiport.example
Original-Message-ID: <req-b661-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_rp_7711--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (multipart/report; disposition-notification)",
    why="read receipt",
    items={},
)

case(
    name="rp-both-domains-on-hold",
    **{"from": "compliance@regiport.example"}, name_from="RegiPort Compliance",
    date="Wed, 11 Sep 2024 07:45:10 +0000",
    subject="Re: " + subj("KCSC-240905-04"),
    reply_to_req=THREAD["KCSC-240905-04"],
    body=f"""
Hello,

both domains below were put on hold today after the registrant failed to
answer our verification request:

{R[0]}
{R[1]}

They stop resolving as soon as resolver caches expire (at most 24 hours).

RegiPort Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance note: domains put on hold after failed registrant verification",
    why="hold already applied to both named domains: removed (caches expiring is not a condition)",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="rp-outlook-domain-deleted-by-registrant",
    **{"from": "compliance@regiport.example"}, name_from="RegiPort Compliance",
    date="Mon, 09 Sep 2024 12:10:00 +0000",
    subject="RE: " + subj("KCSC-240905-04"),
    reply_to_req=THREAD["KCSC-240905-04"],
    body=f"""
Hello,

{R[1]} - the registrant deleted this domain on 6 September,
before our review was finished. It is no longer registered, so there is
nothing left for us to suspend.

We are still looking at the other domain.

Kind regards,
Ana Ribeiro
RegiPort Compliance

{outlook_quote("KCSC-240905-04", RP)}
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's top-posted Outlook reply: domain already deleted by its registrant",
    why="deleted by its own holder before review: not_found; the other domain is only 'still looking' and not named",
    items={R[1]: "not_found"},
)

# =================================================================== 다람쥐 커뮤니티 (5 items)
DZ = "help@daramzi.example"
DZN = "다람쥐 커뮤니티 운영팀"

case(
    name="dz-admin-two-lines-particles",
    **{"from": "admin@daramzi.example"}, name_from="다람쥐 운영자",
    date="Sat, 07 Sep 2024 00:12:45 +0900",
    subject="Re: " + subj("KCSC-240906-05"),
    reply_to_req=THREAD["KCSC-240906-05"],
    body=f"""
안녕하세요, 다람쥐 커뮤니티 운영자입니다.

{D_RAW[0]} 는 삭제했습니다.
{D_RAW[1]}은 작성자가 이미 지운 글이라 남아 있지 않습니다.

나머지는 내일 확인해서 따로 연락드릴게요.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean community admin's informal two-line reply (raw Korean URLs, particles)",
    why="first post deleted by the admin (removed); second already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "not_found"},
)

case(
    name="dz-text-table-measures",
    **{"from": DZ}, name_from=DZN,
    date="Mon, 09 Sep 2024 14:22:10 +0900",
    subject="[다람쥐 커뮤니티] 시정요구 조치결과 회신 (KCSC-240906-05)",
    body=f"""
방송통신심의위원회 담당자님께

요청번호 KCSC-240906-05 건의 조치 결과를 아래와 같이 회신드립니다.

 번호 | 게시물 주소                                        | 조치 결과
 -----+----------------------------------------------------+--------------------------
  3   | {D_RAW[2]}          | 블라인드 처리
  4   | {D_RAW[3]}            | 게시중단
  5   | {D_RAW[4]}     | 조치하지 않음 (운영정책 위반 사항 없음)

1, 2번 게시물은 운영자가 별도로 회신드렸습니다.

다람쥐 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 with a plain-text table (번호 / 게시물 주소 / 조치 결과)",
    why="블라인드 and 게시중단 are removed; 조치하지 않음 with its reason is rejected",
    items={D[2]: "removed", D[3]: "removed", D[4]: "rejected"},
)

case(
    name="dz-temporary-measure-30-days",
    **{"from": DZ}, name_from=DZN,
    date="Tue, 10 Sep 2024 10:05:00 +0900",
    subject="[다람쥐 커뮤니티] 임시조치 결과 안내",
    body=f"""
안녕하십니까, 다람쥐 커뮤니티 운영팀입니다.

요청하신 게시물 「{D_RAW[2]}」에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치(열람 제한)하였음을 알려드립니다.

임시조치 기간 중 게시자의 이의제기가 있을 경우 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 notice (정보통신망법 제44조의2, 30 days), URL in 「」 brackets",
    why="임시조치 (열람 제한) for 30 days: restricted",
    items={D[2]: "restricted"},
)

case(
    name="dz-will-review-next-week",
    **{"from": DZ}, name_from=DZN,
    date="Mon, 09 Sep 2024 09:40:00 +0900",
    subject="Re: " + subj("KCSC-240906-05"),
    reply_to_req=THREAD["KCSC-240906-05"],
    body=f"""
안녕하세요. 보내주신 요청 잘 받았습니다.

아래 게시물은 내부 검토 후 조치할 예정이며, 결과는 다음 주 중으로 회신드리겠습니다.
- {D_RAW[3]}
- {D_RAW[4]}

다람쥐 커뮤니티 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean community help desk '검토 후 조치 예정' interim reply",
    why="조치할 예정 is a promise; both posts stay pending",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="dz-chuseok-auto-reply",
    **{"from": DZ}, name_from=DZN,
    date="Sat, 14 Sep 2024 09:00:02 +0900",
    subject="[자동응답] 추석 연휴 고객센터 휴무 안내",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요, 다람쥐 커뮤니티 고객센터입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 고객센터가 쉽니다.
연휴 기간에 접수된 문의는 9월 19일(목)부터 순서대로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean help-desk holiday auto-reply (추석 연휴 휴무 안내)",
    why="holiday auto-reply",
    items={},
)

case(
    name="dz-gmail-quote-one-post-private",
    **{"from": "admin@daramzi.example"}, name_from="다람쥐 운영자",
    date="Sun, 08 Sep 2024 22:31:09 +0900",
    subject="Re: " + subj("KCSC-240906-05"),
    reply_to_req=THREAD["KCSC-240906-05"],
    body=f"""
장터 글({D_RAW[3]})은 비공개 처리했습니다.
나머지 글들은 아직 확인 중이에요.

{ORIG_DATE["KCSC-240906-05"][2]}, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gt_quote(request_text("KCSC-240906-05", korean=True))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean over the '님이 작성:' quote of the request",
    why="the 장터 post was made private (비공개 처리 = removed); the quoted list below is our own",
    items={D[3]: "removed"},
)

CSV_DZ = (
    "\ufeffURL,조치,처리일\r\n"
    f"{D[0]},삭제,2024-09-09\r\n"
    f"{D[1]},삭제,2024-09-09\r\n"
    f"{D[4]},회원 이용정지 및 프로필 비공개,2024-09-10\r\n"
)
case(
    name="dz-csv-attachment-percent-encoded",
    **{"from": DZ}, name_from=DZN,
    date="Tue, 10 Sep 2024 17:18:44 +0900",
    subject="Re: " + subj("KCSC-240906-05") + " 조치결과 첨부",
    reply_to_req=THREAD["KCSC-240906-05"],
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_dz_b3c7"

------=_dz_b3c7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 다람쥐 커뮤니티 운영팀입니다.
요청번호 KCSC-240906-05 건 중 세 건의 처리 결과를 첨부 파일로 보내드립니다.

------=_dz_b3c7
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{b64("조치결과.csv")}?="
Content-Disposition: attachment; filename="=?UTF-8?B?{b64("조치결과.csv")}?="
Content-Transfer-Encoding: base64

{b64(CSV_DZ)}
------=_dz_b3c7--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator's reply with a CSV (BOM, percent-encoded URLs copied from our request)",
    why="삭제 x2 (removed); 회원 이용정지 및 프로필 비공개 makes the profile unavailable (removed)",
    items={D[0]: "removed", D[1]: "removed", D[4]: "removed"},
)

case(
    name="dz-receipt-plus-deletion",
    **{"from": DZ}, name_from=DZN,
    date="Wed, 11 Sep 2024 11:11:11 +0900",
    subject="[다람쥐 커뮤니티] 신고 접수 및 처리 결과 (DR-2024-0911-0032)",
    body=f"""
신고가 정상적으로 접수되었습니다. (접수번호 DR-2024-0911-0032)

확인 결과, 아래 게시물은 운영정책 위반으로 운영자 삭제 처리되었습니다.
{D_RAW[2]}

감사합니다.
다람쥐 커뮤니티 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean report-form mail: 접수 receipt line followed by the 처리 결과",
    why="receipt phrase plus an unhedged 운영자 삭제 of a named post: not a mere acknowledgement",
    items={D[2]: "removed"},
)

# =================================================================== hanaboard (3 items)
HB = "admin@hanaboard.example"

case(
    name="hb-admin-dash-status",
    **{"from": HB}, name_from="hana admin",
    date="Mon, 09 Sep 2024 23:58:12 +0900",
    subject="Re: " + subj("KCSC-240909-06"),
    reply_to_req=THREAD["KCSC-240909-06"],
    body=f"""
hi,

{H[0]} - deleted
{H[1]} - deleted, also purged from the image cache
{H[2]} - not removing this one. it's a political argument thread, nothing in it breaks our rules

- hana admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's terse 'URL - result' lines",
    why="two deleted (removed), one kept because it breaks no rule (rejected)",
    items={H[0]: "removed", H[1]: "removed", H[2]: "rejected"},
)

case(
    name="hb-admin-personal-address",
    **{"from": "hana.sysop@postbox.example"}, name_from="hana admin",
    date="Tue, 10 Sep 2024 01:20:00 +0900",
    subject="re: KCSC-240909-06",
    body=f"""
this is the hanaboard admin writing from my personal address, the board's
mail server is down right now.

deleted {H[0]} per your KCSC-240909-06.
""",
    outcome="review", review="unknown_sender",
    imitates="board admin answering from a personal webmail address",
    why="postbox.example is not the board's sender domain",
    items={H[0]: "pending"},
)

case(
    name="hb-thread-already-pruned",
    **{"from": HB}, name_from="hana admin",
    date="Tue, 10 Sep 2024 08:03:37 +0900",
    subject="Re: " + subj("KCSC-240909-06"),
    reply_to_req=THREAD["KCSC-240909-06"],
    body=f"""
The thread {H[0]} was already pruned by the board
software before I read your mail (/b/ only keeps 10 pages, roughly a day).
There is nothing left to delete.

I'll look at the other two tonight.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin: thread already gone (auto-pruned)",
    why="the thread no longer exists: not_found; the other two are only promised",
    items={H[0]: "not_found"},
)

case(
    name="hb-reports-other-platforms-file",
    **{"from": HB}, name_from="hana admin",
    date="Wed, 11 Sep 2024 20:40:00 +0900",
    subject="fyi",
    body=f"""
fyi, the download link someone posted on our board,
{F[12]}, is dead now. FileCrate removed the file on their side.

- hana admin
""",
    outcome="review", review="wrong_platform",
    imitates="board admin volunteering news about a file on another service",
    why="the image board states a status for a FileCrate item",
    items={F[12]: "pending"},
)

HB_HTML = f"""<html><body>
<p>Moderation log excerpt for your request KCSC-240909-06:</p>
<table border=1>
<tr><th>time (KST)</th><th>board</th><th>target</th><th>action</th><th>reason</th></tr>
<tr><td>2024-09-10 21:14</td><td>/b/</td><td>{H[1]}</td><td>file deleted</td><td>rule 1 (illegal content)</td></tr>
<tr><td>2024-09-10 21:15</td><td>/pol/</td><td>{H[2]}</td><td>thread deleted</td><td>rule 1 (illegal content)</td></tr>
</table>
<p>-- hanaboard staff</p>
</body></html>
"""
case(
    name="hb-qp-html-mod-log",
    **{"from": "staff@hanaboard.example"}, name_from="hanaboard staff",
    date="Tue, 10 Sep 2024 21:30:00 +0900",
    subject="Re: " + subj("KCSC-240909-06") + " (mod log)",
    reply_to_req=THREAD["KCSC-240909-06"],
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HB_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderation-log excerpt pasted as an HTML table, quoted-printable",
    why="file deleted and thread deleted: both removed",
    items={H[1]: "removed", H[2]: "removed"},
)

# =================================================================== Tanuki Forum (1 item)
TF = "mods@tanuki.example"

case(
    name="tf-thread-removed-no-url",
    **{"from": TF}, name_from="Tanuki Forum Moderators",
    date="Tue, 10 Sep 2024 18:47:00 +0900",
    subject="Re: " + subj("KCSC-240910-07"),
    reply_to_req=THREAD["KCSC-240910-07"],
    body="""
Hello,

Thread removed and the account that posted it has been banned.

Regards,
Kaito
Tanuki Forum moderation team
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderator's one-line reply to a one-item request",
    why="threaded reply to a one-item request: 'Thread removed' applies to its only URL",
    items={T[0]: "removed"},
)

case(
    name="tf-moved-to-adult-section",
    **{"from": TF}, name_from="Tanuki Forum Moderators",
    date="Wed, 11 Sep 2024 09:02:00 +0900",
    subject="Re: " + subj("KCSC-240910-07"),
    reply_to_req=THREAD["KCSC-240910-07"],
    body=f"""
Hi,

We've reviewed {T[0]}.

The thread has been moved to our adult section: it is now only visible to
signed-in members who have verified that they are 19 or older. Guests and
unverified members can no longer open it.

Tanuki Forum moderation team
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderator moving a thread behind an age gate",
    why="visible only to verified adults: age-restricted (restricted)",
    items={T[0]: "restricted"},
)

case(
    name="tf-which-posts",
    **{"from": TF}, name_from="Tanuki Forum Moderators",
    date="Tue, 10 Sep 2024 13:30:00 +0900",
    subject="Re: " + subj("KCSC-240910-07"),
    reply_to_req=THREAD["KCSC-240910-07"],
    body=f"""
Hello,

Before we can act on {T[0]}
we need to know which posts you mean: the thread has 212 replies across 11
pages. Could you send us the post numbers or screenshots? We'll deal with it
as soon as we hear back.

Kaito
Tanuki Forum moderation team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="forum moderator asking which posts of a long thread are meant",
    why="asks for post numbers before acting: nothing done",
    items={T[0]: "pending"},
)

case(
    name="tf-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.tanuki.example"}, name_from="Mail Delivery Subsystem",
    date="Tue, 10 Sep 2024 10:15:09 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000031d4a7tf"

--00000000000031d4a7tf
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to mods@forum.tanuki.example because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <mods@forum.tanuki.example>: Recipient address rejected: User unknown

--00000000000031d4a7tf
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tanuki.example
Final-Recipient: rfc822; mods@forum.tanuki.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--00000000000031d4a7tf
Content-Type: message/rfc822

{original_message("KCSC-240910-07", ORIG_DATE["KCSC-240910-07"][0])}

--00000000000031d4a7tf--
""",
    outcome="ignored", classification="bounce",
    imitates="'Address not found' delivery status notification returning the request",
    why="bounce: the URL is only in our returned request",
    items={},
)

case(
    name="tf-new-admin-contact-address",
    **{"from": "admin@tanuki.example"}, name_from="Tanuki Forum Admin",
    date="Thu, 12 Sep 2024 16:20:00 +0900",
    subject="Contact address for Tanuki Forum",
    body="""
Hello,

I have just taken over as administrator of Tanuki Forum. Please send any
future requests to mods@tanuki.example rather than to the previous admin's
personal address, which is no longer read.

Thanks,
Ren
Tanuki Forum
""",
    outcome="review", review="no_claims",
    imitates="forum admin's change-of-contact note",
    why="trusted forum mail naming no item and no request",
    items={},
)


HEADER = """# Blind set 661 (hosting providers, CDN, registrar, file host, forums, image
# board): written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind661", HEADER, CASES)
