#!/usr/bin/env python3
"""Blind set 619: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste service answering the
regulator, often informally, plus spreadsheets (CSV attachments) and
plain-text tables.

    python3 tests/corpus/blind619/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before any
run of the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

B = {
    1: "https://byteshed.example/f/Q7mK2xLp",
    2: "https://byteshed.example/f/Rt4nV8wa",
    3: "https://byteshed.example/f/c9ZpL1ue",
    4: "https://byteshed.example/f/H2sd8KqP",
    5: "https://byteshed.example/f/mN5tY3rb",
    6: "https://byteshed.example/f/Wx0eJ7gk",
    7: "https://byteshed.example/f/pL8uC4vd",
    8: "https://byteshed.example/f/Ta6qS2zn/archive_part1.rar",
    9: "https://byteshed.example/f/Bv3hG9ok",
    10: "https://byteshed.example/f/kE1rM6ty",
    11: "https://byteshed.example/f/Zs7fD5ql/%EC%9E%90%EB%A3%8C.zip",
    12: "https://byteshed.example/f/uJ4wN8xc",
    13: "https://byteshed.example/f/Ge2bR0ip",
    14: "https://byteshed.example/f/yC9kT3mh",
}
B11_RAW = "https://byteshed.example/f/Zs7fD5ql/자료.zip"

F = {
    1: "http://dalbit-shop.example/item/view.php?no=118",
    2: "https://pill-mall-kr.example/product/331",
    3: "https://pill-mall-kr.example/product/332",
    4: "http://203.0.113.45/~gamja/files/list.html",
    5: "https://cheongsan-bet.example/board/read.php?id=7&page=2",
}
C = {
    1: "https://toonbay.example/ep/8812",
    2: "https://toonbay.example/ep/8813",
    3: "https://sniper-odds.example/live",
    4: "https://drug-direct.example/kr/",
}
H = {
    1: "https://hanmaru.example/bbs/%EC%9E%90%EC%9C%A0/88213",
    2: "https://hanmaru.example/bbs/humor/88240",
    3: "https://hanmaru.example/bbs/market/90017",
}
H1_RAW = "https://hanmaru.example/bbs/자유/88213"
K = {
    1: "https://kiwichan.example/b/res/77310.html",
    2: "https://kiwichan.example/kr/res/40211.html",
    3: "https://img.kiwichan.example/src/1725800012345.jpg",
}
D = {
    1: "http://casino-kr88.example/",
    2: "http://bet-seoul.example/",
}
P = {1: "https://pastely.example/p/hK93bQ"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "byteshed", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(B.values()), "obscenity", "req-240903-01@kcsc.example",
     'file host; 14 links from one "sharing" blog, see case file 2024-0412'),
    ("KCSC-240904-02", "ferrox", "2024-09-04T10:30:00+09:00", "2024-09-11T23:59:59+09:00",
     list(F.values()), "drugs, gambling", "req-240904-02@kcsc.example",
     "hosting provider of three customer sites, per WHOIS/IP"),
    ("KCSC-240905-03", "cloudveil", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     list(C.values()), "copyright, gambling, drugs", "req-240905-03@kcsc.example",
     "CDN in front of the sites; origin unknown"),
    ("KCSC-240906-04", "hanmaru", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(H.values()), "defamation", "req-240906-04@kcsc.example",
     "forum posts (자유, 유머, 장터 boards)"),
    ("KCSC-240909-05", "kiwichan", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(K.values()), "obscenity", "req-240909-05@kcsc.example",
     "image board: two threads and one image file"),
    ("KCSC-240910-06", "domainly", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(D.values()), "gambling", "req-240910-06@kcsc.example",
     'registrar of the two domains; ask for "suspension"'),
    ("KCSC-240911-07", "pastely", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00",
     list(P.values()), "defamation", "req-240911-07@kcsc.example",
     "one paste"),
]
REQ = {r[0]: r for r in REQUESTS}
NAMES = {"byteshed": "ByteShed", "ferrox": "Ferrox Hosting", "cloudveil": "CloudVeil",
         "hanmaru": "한마루", "kiwichan": "Kiwichan", "domainly": "Domainly", "pastely": "Pastely"}
SENT = {
    "KCSC-240903-01": "Tue, 3 Sep 2024 10:00:00 +0900",
    "KCSC-240904-02": "Wed, 4 Sep 2024 10:30:00 +0900",
    "KCSC-240905-03": "Thu, 5 Sep 2024 09:15:00 +0900",
    "KCSC-240906-04": "Fri, 6 Sep 2024 11:00:00 +0900",
    "KCSC-240909-05": "Mon, 9 Sep 2024 14:00:00 +0900",
    "KCSC-240910-06": "Tue, 10 Sep 2024 10:00:00 +0900",
    "KCSC-240911-07": "Wed, 11 Sep 2024 16:20:00 +0900",
}


def subj(ref):
    return f"[{ref}] Request for removal of illegal content"


def request_text(ref):
    r = REQ[ref]
    lines = [
        f"Dear {NAMES[r[1]]} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "block access to the content below, which is illegal under Korean law",
        f"(our reference {ref}). Please tell us, for each URL, what action you",
        f"took by {r[3][:10]}.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(r[4], 1)]
    lines += ["", "KCSC Takedown desk", "takedown@kcsc.example"]
    return "\n".join(lines)


def gmail_quote(ref):
    head = f"On {SENT[ref]}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in request_text(ref).split("\n"))


def outlook_quote(ref, to):
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {SENT[ref]}\n"
        f"To: {to}\n"
        f"Subject: {subj(ref)}\n\n" + request_text(ref)
    )


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def rfc2047(text):
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


# ---------------------------------------------------------------- cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================= ByteShed (file host, KCSC-240903-01, 14 items)

CSV_BS = "\n".join([
    "file_url,file_id,action_taken,action_date,comment",
    f"{B[1]},Q7mK2xLp,removed,2024-09-06,ToS 4.2",
    f"{B[2]},Rt4nV8wa,removed,2024-09-06,ToS 4.2",
    f"{B[3]},c9ZpL1ue,not_found,,no file under this id (deleted by uploader on 2024-08-30)",
    f"{B[4]},H2sd8KqP,removed,2024-09-06,ToS 4.2",
    f"{B[5]},mN5tY3rb,removed,2024-09-06,ToS 4.2",
    f"{B[6]},Wx0eJ7gk,not_found,,no file under this id",
    f"{B[7]},pL8uC4vd,removed,2024-09-06,ToS 4.2; uploader terminated",
    f'{B[8]},Ta6qS2zn,no_action,,"reviewed: archive holds a freely licensed software manual, no violation; file stays online"',
    f"{B[9]},Bv3hG9ok,removed,2024-09-06,ToS 4.2",
    f"{B[10]},kE1rM6ty,removed,2024-09-06,ToS 4.2",
    f"{B[11]},Zs7fD5ql,removed,2024-09-06,ToS 4.2; uploader terminated",
    f"{B[12]},uJ4wN8xc,removed,2024-09-06,ToS 4.2",
    f"{B[13]},Ge2bR0ip,not_found,,invalid link",
    f"{B[14]},yC9kT3mh,removed,2024-09-06,ToS 4.2",
]) + "\n"

case(
    name="bs-csv-attachment-all-14",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Fri, 06 Sep 2024 16:40:12 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content [ABU-552190]",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="bs-mix-0001"

--bs-mix-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished reviewing ticket ABU-552190 (your reference
KCSC-240903-01). The outcome for each of the 14 links is in the attached
spreadsheet, one row per link (column action_taken).

Summary: 10 removed, 3 not found, 1 left online after review.

Kind regards,
Jonas Pereira
ByteShed Trust & Safety
https://byteshed.example/legal/abuse

--bs-mix-0001
Content-Type: text/csv; charset=utf-8; name="ABU-552190_results.csv"
Content-Disposition: attachment; filename="ABU-552190_results.csv"
Content-Transfer-Encoding: base64

{b64(CSV_BS)}
--bs-mix-0001--
""",
    outcome="applied",
    imitates="file host abuse-desk ticket reply with a per-link CSV export attached",
    why="CSV rows state per link: removed (10), not_found (3), no_action with a no-violation reason (rejected)",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found", B[4]: "removed", B[5]: "removed",
           B[6]: "not_found", B[7]: "removed", B[8]: "rejected", B[9]: "removed", B[10]: "removed",
           B[11]: "removed", B[12]: "removed", B[13]: "not_found", B[14]: "removed"},
)

case(
    name="bs-plaintext-table-partial",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Thu, 05 Sep 2024 11:02:40 +0900",
    subject="[ABU-552190] Partial result - Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Ticket ABU-552190 - partial result

URL                                      RESULT      DATE
---------------------------------------  ----------  ----------
{B[1]}     removed     2024-09-05
{B[2]}     removed     2024-09-05
{B[3]}     not found   -
{B[4]}     removed     2024-09-05
{B[5]}     removed     2024-09-05
{B[6]}     not found   -

"not found" means no file exists under that link (deleted by its
uploader, or never uploaded).

The other 8 links of your report are still being reviewed; we will
send a second table when that is done.

ByteShed Abuse Desk
""",
    outcome="applied",
    imitates="ticket-system partial result rendered as a fixed-width plain-text table",
    why="six rows, each URL with its result: four removed, two not found; the rest 'still being reviewed' names no URL",
    items={B[1]: "removed", B[2]: "removed", B[3]: "not_found", B[4]: "removed",
           B[5]: "removed", B[6]: "not_found"},
)

case(
    name="bs-toppost-three-over-gmail-quote",
    frm="jonas.pereira@byteshed.example", name_from="Jonas Pereira",
    date="Wed, 04 Sep 2024 18:22:05 +0900",
    subject="Re: " + subj("KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body=f"""Hi,

We disabled these three files today and added their hashes to our
upload blocklist:

{B[7]}
{B[9]}
{B[10]}

I'll get back to you about the rest of the list this week.

Jonas

{gmail_quote("KCSC-240903-01")}
""",
    outcome="applied",
    imitates="abuse-desk staff member top-posting a short answer over a Gmail-quoted request",
    why="three URLs disabled in the reply; the 14 URLs below are only the quoted request",
    items={B[7]: "removed", B[9]: "removed", B[10]: "removed"},
)

case(
    name="bs-bare-url-status-below",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Sat, 07 Sep 2024 09:13:51 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content [ABU-552190]",
    reply_to_req="req-240903-01",
    body=f"""Hello again,

Results for the last links of KCSC-240903-01:

{B11_RAW}
-> deleted, uploader account closed

{B[12]}
-> deleted

{B[13]}
-> not found (the uploader removed it on 2 Sep, before your report)

{B[14]}
-> deleted

Regards,
ByteShed Abuse Desk
""",
    outcome="applied",
    imitates="informal abuse-desk reply: bare URL, result on the line below with an arrow",
    why="each URL is followed by its own result line; the Korean file name is written raw",
    items={B[11]: "removed", B[12]: "removed", B[13]: "not_found", B[14]: "removed"},
)

HTML_BS = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC,</p>
<p>Below is the outcome of our review for report <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Link</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{B[1]}">{B[1]}</a></td><td>Disabled</td></tr>
<tr><td>2</td><td><a href="{B[2]}">{B[2]}</a></td><td>Disabled</td></tr>
<tr><td>3</td><td><a href="{B[8]}">{B[8]}</a></td><td>No violation found &ndash; remains available</td></tr>
<tr><td>4</td><td><a href="{B[3]}">{B[3]}</a></td><td>Invalid link (no such file)</td></tr>
</table>
<p>If you disagree with an outcome you can appeal at
<a href="https://byteshed.example/legal/appeal">byteshed.example/legal/appeal</a>.</p>
<p>ByteShed Trust &amp; Safety</p>
</body></html>
"""

case(
    name="bs-html-table-qp",
    frm="noreply@byteshed.example", name_from="ByteShed Trust & Safety",
    date="Fri, 06 Sep 2024 10:05:33 +0900",
    subject="Outcome of your report KCSC-240903-01",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HTML_BS)}""",
    outcome="applied",
    imitates="HTML outcome notice with a link/outcome table, quoted-printable",
    why="table rows: two disabled, one kept with no violation (rejected), one invalid link (not_found); the appeal link is not an item",
    items={B[1]: "removed", B[2]: "removed", B[8]: "rejected", B[3]: "not_found"},
)

case(
    name="bs-base64-two-removed",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Fri, 06 Sep 2024 14:09:10 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Following your request KCSC-240903-01 we removed two more files today at
14:05 KST:

{B[9]}
{B[14]}

Both are permanently deleted from our storage and cannot be re-uploaded.

ByteShed Abuse Desk
''')}""",
    outcome="applied",
    imitates="abuse-desk plain reply sent base64-encoded by the ticket system",
    why="two URLs listed under 'we removed two more files today'",
    items={B[9]: "removed", B[14]: "removed"},
)

case(
    name="bs-numbered-list-three-outcomes",
    frm="legal@byteshed.example", name_from="ByteShed Legal",
    date="Sat, 07 Sep 2024 12:30:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Dear Sir or Madam,

Result for KCSC-240903-01 (partial):

1) {B[2]} - removed (ToS section 4.2, illegal content)
2) {B[8]} - kept online. The
   archive holds a freely licensed software manual; we found nothing in
   it that breaks our terms.
3) {B[13]} - invalid link, there is no file with this ID.

Best regards,
Mira Lindqvist
Legal, ByteShed
""",
    outcome="applied",
    imitates="legal-team reply with a numbered list, one outcome per link, one outcome wrapped",
    why="removed, kept online for no violation (rejected), invalid link (not_found)",
    items={B[2]: "removed", B[8]: "rejected", B[13]: "not_found"},
)

case(
    name="bs-angle-brackets-wrapped",
    frm="jonas.pereira@byteshed.example", name_from="Jonas Pereira",
    date="Sat, 07 Sep 2024 15:48:27 +0900",
    subject="Re: " + subj("KCSC-240903-01"),
    reply_to_req="req-240903-01",
    body="""Dear KCSC,

The files <https://byteshed.example/f/H2sd8KqP> and
<https://byteshed.example/f/mN5tY3rb> were deleted on 6 September, as was
the archive <https://byteshed.example/f/Zs7fD5ql/
%EC%9E%90%EB%A3%8C.zip>.

Best,
Jonas
""",
    outcome="applied",
    imitates="plain-text reply with URLs in angle brackets, one wrapped by the mail client (RFC 3986 appendix C style)",
    why="three URLs in one 'were deleted' sentence; the third is split across two lines inside its angle brackets",
    items={B[4]: "removed", B[5]: "removed", B[11]: "removed"},
)

case(
    name="bs-promise-within-24h",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Wed, 04 Sep 2024 09:41:00 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Thanks for the report. We have queued the files below for deletion; they
will be removed within 24 hours:

{B[1]}
{B[2]}
{B[3]}

We will confirm once this is done.

ByteShed Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising deletion ('queued', 'will be removed within 24 hours')",
    why="a promise, not a statement: items stay pending, the email names them so a person reads it",
    items={B[1]: "pending", B[2]: "pending", B[3]: "pending"},
)

case(
    name="bs-bulk-all-files-removed",
    frm="abuse@byteshed.example", name_from="ByteShed Abuse Desk",
    date="Mon, 09 Sep 2024 10:15:44 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content [ABU-552190] - closed",
    reply_to_req="req-240903-01",
    body="""Hello,

Thank you for your report (our ticket ABU-552190). All the files reported
in your request KCSC-240903-01 have been removed from ByteShed and the
uploaders' accounts were terminated.

This ticket is now closed.

ByteShed Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="ticket-closing note stating one outcome for the whole report",
    why="'all the files reported' for a 14-item request names no file: bulk, items stay pending",
    items={},
)

case(
    name="bs-asks-for-official-letter",
    frm="legal@byteshed.example", name_from="ByteShed Legal",
    date="Thu, 05 Sep 2024 17:20:18 +0900",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC,

Before we can act on {B[7]} and
{B[10]} we need:

 - the request on official letterhead, signed by an authorised officer;
 - the provision of Korean law that the content violates.

Please reply to this email with these documents and we will process the
request.

Mira Lindqvist
Legal, ByteShed
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking a foreign authority for a signed letter and the legal basis before acting",
    why="a request for documents: nothing is stated about the two files",
    items={B[7]: "pending", B[10]: "pending"},
)

case(
    name="bs-dsn-mailbox-full",
    frm="MAILER-DAEMON@mx1.byteshed.example", name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-bs-0001"

--dsn-bs-0001
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.byteshed.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dmca@byteshed.example>: host store3.byteshed.example[private/lmtp] said:
    552 5.2.2 <dmca@byteshed.example> Mailbox full

--dsn-bs-0001
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.byteshed.example
Arrival-Date: Tue,  3 Sep 2024 10:00:39 +0900 (KST)

Final-Recipient: rfc822; dmca@byteshed.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <dmca@byteshed.example> Mailbox full

--dsn-bs-0001
Content-Type: message/rfc822
Content-Description: Undelivered Message

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@byteshed.example
Subject: {subj("KCSC-240903-01")}
Date: {SENT["KCSC-240903-01"]}
Message-ID: <req-240903-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text("KCSC-240903-01")}

--dsn-bs-0001--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full) with the request attached",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

# ======================= Ferrox Hosting (KCSC-240904-02, 5 items)

case(
    name="ferrox-ticket-resolved-three",
    frm="abuse@ferrox-hosting.example", name_from="Ferrox Abuse Desk",
    date="Fri, 06 Sep 2024 20:11:09 +0200",
    subject="[Ticket #FX-77120] Status: Resolved - Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Ticket #FX-77120 - status changed to Resolved

Dear reporter,

Thank you for your report regarding KCSC-240904-02.

- {F[1]} : our customer removed the
  page; we checked and it is gone.
- {F[2]} and
  {F[3]} : the hosting account behind
  pill-mall-kr.example has been suspended for violating our Acceptable Use
  Policy; both pages are offline.

The remaining two URLs are still being investigated and will be updated
in a separate ticket.

Ferrox Hosting - Abuse Department
https://ferrox-hosting.example/legal/aup
""",
    outcome="applied",
    imitates="hosting provider abuse ticket marked Resolved, per-URL bullets (WHMCS-style)",
    why="F1 removed by the customer, F2/F3 offline after account suspension; the other two are not named",
    items={F[1]: "removed", F[2]: "removed", F[3]: "removed"},
)

case(
    name="ferrox-url-below-statement",
    frm="abuse@ferrox-hosting.example", name_from="Ferrox Abuse Desk",
    date="Sat, 07 Sep 2024 09:30:00 +0200",
    subject="[Ticket #FX-77121] Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

The following page has been disabled by our team:
{F[4]}

The following URL could not be found on any of our servers (the site
moved away from Ferrox in August):
{F[5]}

Regards,
Ferrox Abuse Department
""",
    outcome="applied",
    imitates="abuse-desk reply with each statement followed by its URL on the next line",
    why="F4 disabled (removed); F5 cannot be found on their servers (not_found)",
    items={F[4]: "removed", F[5]: "not_found"},
)

case(
    name="ferrox-refusal-with-reason",
    frm="abuse@ferrox-hosting.example", name_from="Ferrox Abuse Desk",
    date="Mon, 09 Sep 2024 15:02:51 +0200",
    subject="[Ticket #FX-77121] Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

After review, the page {F[5]}
is a discussion thread about football results. It offers no betting
service, no odds and no links to one, and it does not violate our
Acceptable Use Policy (https://ferrox-hosting.example/legal/aup).

We are therefore not taking any action on it.

Regards,
Ferrox Abuse Department
""",
    outcome="applied",
    imitates="hosting provider declining a complaint after review, with its reason",
    why="a refusal with a reason: F5 rejected; the AUP link is not an item",
    items={F[5]: "rejected"},
)

case(
    name="ferrox-outlook-toppost-two",
    frm="t.novak@ferrox-hosting.example", name_from="Tomas Novak",
    date="Tue, 10 Sep 2024 09:44:12 +0200",
    subject="RE: " + subj("KCSC-240904-02"),
    reply_to_req="req-240904-02",
    body=f"""Hi,

Both of these are offline now - the customer deleted the files this
morning and I checked them myself:
{F[1]}
{F[4]}

The other three are with our legal team.

Tomas Novak
Abuse Desk | Ferrox Hosting

{outlook_quote("KCSC-240904-02", "abuse@ferrox-hosting.example")}
""",
    outcome="applied",
    imitates="Outlook top-posted reply over an unindented '-----Original Message-----' copy of the request",
    why="two URLs deleted above the quote; the five URLs in the original message are the request itself",
    items={F[1]: "removed", F[4]: "removed"},
)

KO_FERROX = f"""안녕하세요. Ferrox 호스팅 한국 지원팀입니다.

요청번호 KCSC-240904-02 관련 조치 결과를 알려드립니다.

- {F[2]} : 고객사 계정 정지 후 삭제 처리되었습니다.
- {F[3]} : 당사 서버에서 해당 페이지를 찾을 수 없습니다(404).

감사합니다.
Ferrox 호스팅 한국 지원팀
"""

case(
    name="ferrox-korean-qp",
    frm="abuse-kr@ferrox-hosting.example", name_from="Ferrox 호스팅 지원팀",
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    subject="Re: " + subj("KCSC-240904-02"),
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KO_FERROX)}""",
    outcome="applied",
    imitates="Korean-language support desk of a foreign host, quoted-printable body",
    why="F2 삭제 처리 (removed); F3 찾을 수 없습니다 (not_found)",
    items={F[2]: "removed", F[3]: "not_found"},
)

case(
    name="ferrox-forwarded-to-customer",
    frm="abuse@ferrox-hosting.example", name_from="Ferrox Abuse Desk",
    date="Thu, 05 Sep 2024 08:55:03 +0200",
    subject="[Ticket #FX-77120] Re: [KCSC-240904-02] Request for removal of illegal content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We have forwarded your complaint to the customer responsible for
dalbit-shop.example and pill-mall-kr.example and asked them to remove

  {F[1]}
  {F[2]}

within 48 hours. If the content is still online after that, we will
suspend the service.

Ferrox Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider telling the reporter the complaint was passed to its customer with a deadline",
    why="forwarded to the customer and a conditional promise to suspend: no status, the two items stay pending",
    items={F[1]: "pending", F[2]: "pending"},
)

case(
    name="ferrox-site-owner-writes",
    frm="dalbit.owner@mailbox.example", name_from="김상훈",
    date="Sat, 07 Sep 2024 22:10:40 +0900",
    subject="Re: Ferrox abuse ticket #FX-77120 / KCSC-240904-02",
    body=f"""Hello,

I run dalbit-shop.example. My hosting company Ferrox sent me your
complaint. I deleted the page {F[1]}
today. Please close the case.

Kim Sang-hun
""",
    outcome="review", review="unknown_sender",
    imitates="the hosting customer (site owner) answering the regulator from a personal mailbox",
    why="not from any platform's domain: the statement cannot change the item",
    items={F[1]: "pending"},
)

case(
    name="ferrox-maintenance-notice",
    frm="noc@ferrox-hosting.example", name_from="Ferrox NOC",
    date="Wed, 11 Sep 2024 07:00:00 +0000",
    subject="[Ferrox] Scheduled network maintenance FRA1 - 14 September 2024",
    body="""Dear contact,

We will carry out scheduled maintenance on core routers in our FRA1
data centre on 14 September 2024 between 02:00 and 04:00 UTC. Short
interruptions of up to 5 minutes are possible. No action is required.

Status updates: https://status.ferrox-hosting.example

Ferrox Network Operations
""",
    outcome="review", review="no_claims",
    imitates="hosting provider maintenance bulletin sent to every registered contact address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="ferrox-out-of-office",
    frm="t.novak@ferrox-hosting.example", name_from="Tomas Novak",
    date="Wed, 04 Sep 2024 03:30:02 +0200",
    subject="Automatic reply: " + subj("KCSC-240904-02"),
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 9 September with no access to email.

For abuse reports please write to abuse@ferrox-hosting.example, which
is monitored around the clock.

Tomas Novak
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) from an abuse-desk employee",
    why="an out-of-office reply",
    items={},
)

# ======================= CloudVeil (CDN, KCSC-240905-03, 4 items)

case(
    name="cdn-geo-restricted-kr",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Fri, 06 Sep 2024 02:14:37 +0000",
    subject="[CV-2024-118733] Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""Hello KCSC team,

Regarding your report KCSC-240905-03: after review, CloudVeil has
restricted access from the Republic of Korea to the following URLs.
Visitors from other countries are not affected.

  {C[3]}
  {C[4]}

Please note that CloudVeil is not the hosting provider of these
websites. We have passed your report on to the origin hosts.

CloudVeil Trust & Safety
Case CV-2024-118733
""",
    outcome="applied",
    imitates="CDN trust-and-safety reply announcing a country-level block (geo-restriction)",
    why="two URLs restricted for Korea only: restricted",
    items={C[3]: "restricted", C[4]: "restricted"},
)

case(
    name="cdn-blocked-at-edge-451",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Sat, 07 Sep 2024 06:40:00 +0000",
    subject="[CV-2024-118733] Action taken - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Hello,

We have blocked the following URLs on our network. They now return HTTP
451 from every CloudVeil edge location worldwide:

 - {C[1]}
 - {C[2]}

The site owner has been notified and may appeal at
https://cloudveil.example/appeals.

CloudVeil Trust & Safety
""",
    outcome="applied",
    imitates="CDN blocking specific URLs globally at its edge (HTTP 451 page)",
    why="blocked for all visitors worldwide: removed; the appeals link is not an item",
    items={C[1]: "removed", C[2]: "removed"},
)

CSV_CV = "\n".join([
    "report_id,url,hostname,action,scope,notes",
    f"CV-2024-118733,{C[1]},toonbay.example,block,global,451 served at edge",
    f"CV-2024-118733,{C[2]},toonbay.example,block,global,451 served at edge",
    f"CV-2024-118733,{C[3]},sniper-odds.example,block,KR,geo-restriction (Republic of Korea only)",
    f'CV-2024-118733,{C[4]},drug-direct.example,none,,"no violation of the CloudVeil AUP found, no action"',
]) + "\n"

case(
    name="cdn-csv-export",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Mon, 09 Sep 2024 01:05:19 +0000",
    subject="[CV-2024-118733] Results for KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="cv-0b7f"

--cv-0b7f
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

The results for your report are in the attached CSV file, one row per
URL. "scope" is where a block applies (global, or a country code).

CloudVeil Trust & Safety

--cv-0b7f
Content-Type: text/csv; name="CV-2024-118733.csv"
Content-Disposition: attachment; filename="CV-2024-118733.csv"
Content-Transfer-Encoding: 7bit

{CSV_CV}
--cv-0b7f--
""",
    outcome="applied",
    imitates="CDN abuse-report export in CSV (action and scope columns)",
    why="global block (removed) x2, KR-only block (restricted), no action with no-violation note (rejected)",
    items={C[1]: "removed", C[2]: "removed", C[3]: "restricted", C[4]: "rejected"},
)

case(
    name="cdn-we-do-not-host",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Thu, 05 Sep 2024 03:22:48 +0000",
    subject="[CV-2024-118733] Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""Hello,

CloudVeil is a reverse proxy and pass-through security service. We do
not host the content at {C[1]} or
{C[2]}, and we cannot remove it.

We have forwarded your complaint to the hosting provider of
toonbay.example (Nordvik Hosting, abuse@nordvik-host.example) and to the
site owner.

CloudVeil Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not a hosting provider, complaint forwarded to the host' reply",
    why="says who hosts the pages and that the complaint was passed on: no status for either URL",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="cdn-states-ferrox-items",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Sun, 08 Sep 2024 04:50:00 +0000",
    subject="[CV-2024-119002] Action taken on your report",
    body=f"""Hello,

We have blocked the following URLs at our edge for all visitors:

  {F[2]}
  {F[3]}

CloudVeil Trust & Safety
Case CV-2024-119002
""",
    outcome="review", review="wrong_platform",
    imitates="CDN action notice about a site that is also behind the CDN, though the request went to its host",
    why="the two URLs belong to the Ferrox request; CloudVeil's statement cannot set them",
    items={F[2]: "pending", F[3]: "pending"},
)

case(
    name="cdn-bulk-all-geo-restricted",
    frm="abuse@cloudveil.example", name_from="CloudVeil Trust & Safety",
    date="Sat, 07 Sep 2024 00:30:00 +0000",
    subject="[CV-2024-118733] Re: [KCSC-240905-03] Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body="""Hello,

We have restricted access to all of the URLs in your report for visitors
located in South Korea.

CloudVeil Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="CDN one-sentence reply applying one outcome to a whole report",
    why="'all of the URLs in your report' for a four-item request, none named: bulk",
    items={},
)

case(
    name="cdn-receipt-echoes-report",
    frm="noreply@cloudveil.example", name_from="CloudVeil Abuse",
    date="Thu, 05 Sep 2024 00:15:31 +0000",
    subject="[CV-2024-118733] We have received your abuse report",
    body=f"""Thank you for your report. Report CV-2024-118733 has been received by
CloudVeil Trust & Safety and will be reviewed. Please keep the report
number for any further correspondence.

Below is a copy of what you submitted:

Reporter's name: KCSC Takedown desk
Reporter's email: takedown@kcsc.example
Reference: KCSC-240905-03
Reported URLs:
{C[1]}
{C[2]}
{C[3]}
{C[4]}
Comments: Illegal content under Korean law; please remove or block.

This is an automated message. Replies to this address are not read.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt that echoes the submitted report",
    why="a receipt: 'received and will be reviewed'; the URLs are only the echoed report",
    items={},
)

# ======================= 한마루 (Korean forum, KCSC-240906-04, 3 items)

case(
    name="hanmaru-admin-oneliner",
    frm="admin@hanmaru.example", name_from="한마루 운영자",
    date="Fri, 06 Sep 2024 15:40:00 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 한마루 운영자입니다.
요청하신 {H1_RAW}은 운영자 삭제 처리했습니다.
나머지 두 건은 확인 후 따로 회신드리겠습니다.
""",
    outcome="applied",
    imitates="small Korean forum admin answering in two lines (운영자 삭제)",
    why="H1 (raw Korean path, particle 은 attached) deleted by the admin; 'the other two' named by no URL",
    items={H[1]: "removed"},
)

case(
    name="hanmaru-blind-and-author-deleted",
    frm="admin@hanmaru.example", name_from="한마루 운영자",
    date="Mon, 09 Sep 2024 10:05:00 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요. 한마루 운영진입니다.

1. {H[2]} → 블라인드 처리 완료
2. {H[3]} → 작성자가 이미 삭제한 글입니다 (게시물 없음)

감사합니다.
""",
    outcome="applied",
    imitates="Korean community numbered reply: 블라인드 처리 / 작성자 삭제",
    why="H2 blinded (removed); H3 already deleted by its author (not_found)",
    items={H[2]: "removed", H[3]: "not_found"},
)

case(
    name="hanmaru-temp-measure-and-kept",
    frm="admin@hanmaru.example", name_from="한마루 운영자",
    date="Tue, 10 Sep 2024 13:12:00 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 한마루 운영자입니다.

「{H[3]}」 게시물은 권리침해 신고에 따라 30일간 임시조치했습니다.
「{H[2]}」 게시물은 검토 결과 커뮤니티 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

문의사항은 회신 주시기 바랍니다.
""",
    outcome="applied",
    imitates="Korean forum reply: 임시조치 for one post, 게시 유지 for another, URLs in full-width corner brackets",
    why="H3 임시조치 (restricted); H2 kept, no policy violation (rejected)",
    items={H[3]: "restricted", H[2]: "rejected"},
)

HTML_HM = f"""<html><body>
<p>안녕하세요. 한마루 커뮤니티 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240906-04)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr>
<tr><td>1</td><td>{H1_RAW}</td><td>삭제</td><td>2024.09.09</td></tr>
<tr><td>2</td><td>{H[2]}</td><td>비공개 처리</td><td>2024.09.09</td></tr>
<tr><td>3</td><td>{H[3]}</td><td>임시조치(30일)</td><td>2024.09.09</td></tr>
</table>
<p>한마루 커뮤니티 운영팀 드림</p>
</body></html>
"""

case(
    name="hanmaru-correction-result-table",
    frm="admin@hanmaru.example", name_from="한마루 운영팀",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="[한마루] 시정요구 조치결과 회신 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_HM)}""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 reply as an HTML table (번호/URL/조치결과/조치일자), base64",
    why="삭제 (removed), 비공개 처리 (removed), 임시조치 (restricted)",
    items={H[1]: "removed", H[2]: "removed", H[3]: "restricted"},
)

case(
    name="hanmaru-under-review-korean",
    frm="admin@hanmaru.example", name_from="한마루 운영자",
    date="Sat, 07 Sep 2024 09:20:00 +0900",
    subject="Re: [KCSC-240906-04] 불법정보 삭제 요청",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요.
신고하신 게시물({H1_RAW})은 현재 검토 중이며, 운영정책 위반이 확인되면 삭제될 예정입니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum admin: 검토 중, 위반 확인 시 삭제 예정",
    why="under review and a conditional promise: H1 stays pending",
    items={H[1]: "pending"},
)

case(
    name="hanmaru-read-receipt",
    frm="admin@hanmaru.example", name_from="한마루 운영자",
    date="Fri, 06 Sep 2024 15:02:10 +0900",
    subject=rfc2047("읽음 확인: [KCSC-240906-04] 불법정보 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-hm-0001"

--mdn-hm-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-04] 불법정보 삭제 요청"을
admin@hanmaru.example 님이 2024-09-06 15:02에 읽었습니다.

--mdn-hm-0001
Content-Type: message/disposition-notification

Reporting-UA: webmail.hanmaru.example; HanmaruMail 3.2
Final-Recipient: rfc822; admin@hanmaru.example
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-hm-0001--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, displayed) in Korean",
    why="a read receipt",
    items={},
)

case(
    name="hanmaru-report-received",
    frm="noreply@hanmaru.example", name_from="한마루",
    date="Fri, 06 Sep 2024 11:00:30 +0900",
    subject="[한마루] 신고 접수 안내",
    body="""안녕하세요, 한마루입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: HM-20240906-0113

처리 결과는 영업일 기준 3일 이내에 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean portal/community 신고 접수 안내 (report received, ticket number)",
    why="a pure receipt with a ticket number",
    items={},
)

# ======================= Kiwichan (image board, KCSC-240909-05, 3 items)

case(
    name="kiwi-janitor-both-deleted",
    frm="mod@kiwichan.example", name_from="kiwichan mod",
    date="Mon, 09 Sep 2024 21:47:00 +0900",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req="req-240909-05",
    body=f"""deleted both, poster banned for 3 days:
{K[1]}
{K[3]}

- hibiki (vol. janitor)
""",
    outcome="applied",
    imitates="image-board volunteer janitor's one-line reply",
    why="two URLs under 'deleted both'",
    items={K[1]: "removed", K[3]: "removed"},
)

case(
    name="kiwi-thread-pruned",
    frm="mod@kiwichan.example", name_from="kiwichan mod",
    date="Tue, 10 Sep 2024 08:03:00 +0900",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req="req-240909-05",
    body=f"""thread {K[2]} doesn't exist anymore,
it got pruned off the board on the 8th, before your mail came in.
nothing for us to delete there.

- hibiki
""",
    outcome="applied",
    imitates="image-board janitor: thread already pruned (archived away) before the report",
    why="the thread no longer exists and was not actioned by them: not_found",
    items={K[2]: "not_found"},
)

case(
    name="kiwi-geoblocked-kr",
    frm="admin@kiwichan.example", name_from="Kiwichan Admin",
    date="Wed, 11 Sep 2024 02:16:00 +0000",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req="req-240909-05",
    body=f"""Hello,

We've geo-blocked {K[2]} for visitors from
South Korea. It stays up elsewhere; it isn't illegal where our servers
are.

admin
""",
    outcome="applied",
    imitates="small image-board admin answering a foreign regulator with a country block",
    why="blocked for visitors from Korea only: restricted",
    items={K[2]: "restricted"},
)

case(
    name="kiwi-maybe-pruned",
    frm="mod@kiwichan.example", name_from="kiwichan mod",
    date="Mon, 09 Sep 2024 19:20:00 +0900",
    subject="Re: " + subj("KCSC-240909-05"),
    reply_to_req="req-240909-05",
    body=f"""{K[1]} might already have been pruned,
not sure, I'm on my phone. will check that one and the image
({K[3]}) tonight.

- hibiki
""",
    outcome="review", review="not_understood",
    imitates="janitor's hedged phone reply ('might already have been pruned, will check')",
    why="a hedge and a promise to check: both items stay pending",
    items={K[1]: "pending", K[3]: "pending"},
)

case(
    name="kiwi-dsn-from-our-mta",
    frm="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery Subsystem",
    auth="none",
    date="Mon, 09 Sep 2024 14:00:55 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-kc-0001"

--dsn-kc-0001
Content-Type: text/plain; charset=us-ascii

Your message to janitors@kiwichan.example could not be delivered.

The remote server said:
  550 5.1.1 <janitors@kiwichan.example>: Recipient address rejected:
  User unknown in virtual mailbox table

--dsn-kc-0001
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; janitors@kiwichan.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.kiwichan.example
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-kc-0001
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: janitors@kiwichan.example
Subject: {subj("KCSC-240909-05")}
Date: {SENT["KCSC-240909-05"]}
Message-ID: <req-240909-05@kcsc.example>

{request_text("KCSC-240909-05")}

--dsn-kc-0001--
""",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's DSN (user unknown) for the request sent to the image board",
    why="a bounce, whoever sent it",
    items={},
)

# ======================= Domainly (registrar, KCSC-240910-06, 2 items)

case(
    name="domainly-clienthold-and-not-ours",
    frm="abuse@domainly.example", name_from="Domainly Abuse",
    date="Wed, 11 Sep 2024 16:45:00 +0000",
    subject="Re: " + subj("KCSC-240910-06") + " [DA-40918]",
    reply_to_req="req-240910-06",
    body=f"""Hello,

Re: KCSC-240910-06

1. casino-kr88.example ({D[1]})
   Registered with Domainly. We confirmed the abuse, suspended the domain
   and set it to clientHold on 11 September 2024. It no longer resolves.

2. bet-seoul.example ({D[2]})
   We have no record of this domain; it is not registered through
   Domainly. Please contact its sponsoring registrar (see WHOIS).

Domainly Abuse Team
""",
    outcome="applied",
    imitates="registrar abuse reply: domain suspended (clientHold); other domain not in its registry",
    why="D1 suspended and no longer resolves (removed); D2 unknown to the registrar (not_found)",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="domainly-dmarc-fail",
    frm="abuse@domainly.example", name_from="Domainly Abuse",
    auth="fail",
    date="Thu, 12 Sep 2024 03:10:00 +0000",
    subject="Re: " + subj("KCSC-240910-06"),
    reply_to_req="req-240910-06",
    body=f"""Hello,

Both domains have been suspended:
{D[1]}
{D[2]}

Domainly Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="registrar-looking reply that fails DKIM/SPF/DMARC",
    why="from the platform's domain but authentication failed: nothing applied",
    items={D[1]: "pending", D[2]: "pending"},
)

# ======================= Pastely (one-person paste service, KCSC-240911-07, 1 item)

case(
    name="pastely-deleted-it",
    frm="min@pastely.example", name_from="Min",
    date="Wed, 11 Sep 2024 23:58:00 +0900",
    subject="Re: " + subj("KCSC-240911-07"),
    reply_to_req="req-240911-07",
    body=f"""deleted it, and locked the account that posted it.

--
min / pastely.example

{gmail_quote("KCSC-240911-07")}
""",
    outcome="applied",
    imitates="one-person service operator replying in one line over the quoted request",
    why="the sole statement of a reply to a one-item request: removed",
    items={P[1]: "removed"},
)

case(
    name="pastely-leaving-it-up",
    frm="min@pastely.example", name_from="Min",
    date="Thu, 12 Sep 2024 10:31:00 +0900",
    subject="Re: " + subj("KCSC-240911-07"),
    reply_to_req="req-240911-07",
    body=f"""Hi - I looked at {P[1]}. It's a satire piece
copied from a humour site, not a real claim about anyone, and it doesn't
break our terms, so I'm leaving it up. If you have a court order that's
a different matter.

min
""",
    outcome="applied",
    imitates="small-service operator refusing informally with a reason",
    why="a refusal with its reason: rejected",
    items={P[1]: "rejected"},
)

case(
    name="pastely-travelling-autoreply",
    frm="min@pastely.example", name_from="Min",
    date="Wed, 11 Sep 2024 16:20:40 +0900",
    subject="Auto: " + subj("KCSC-240911-07"),
    reply_to_req="req-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Hi, I'm travelling until 16 September with very little email access.
Pastely is a one-person project, so reports will wait until I'm back.
Thanks for your patience.
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply of a one-person service",
    why="an out-of-office reply",
    items={},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 619: hosts, a CDN, a registrar, a Korean forum, an image board,
# a file host and a one-person paste service, often answering informally;
# CSV attachments and plain-text tables. Generated by make.py; written from
# each email's meaning before any run of the reader. See NOTES.md.
"""


def main():
    # cases use "frm"; corpuslib wants "from"
    for c in CASES:
        c["from"] = c.pop("frm")
        # non-ASCII display names are sent RFC 2047-encoded, as mailers do
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = rfc2047(c["name_from"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])
    corpuslib.write_set(HERE, "blind619", HEADER, CASES)


if __name__ == "__main__":
    main()
