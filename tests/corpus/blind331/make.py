#!/usr/bin/env python3
"""Blind set 331: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a one-person paste site answering informally,
plus CSV attachments and plain-text tables.

Deterministic: `python3 tests/corpus/blind331/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. All names, domains, ids and
URLs are fictional; expected results were written from each email's
meaning before any run of the reader.
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
F = {
    1: "https://filecrate.example/d/Q7mK2xPa",
    2: "https://filecrate.example/d/Rb81TzLw",
    3: "https://filecrate.example/d/c9Hn4VqE",
    4: "https://filecrate.example/d/Ue3Jm0sD",
    5: "https://filecrate.example/d/wP5yGk7N",
    6: "https://filecrate.example/d/A2fLx9Cr",
    7: "https://filecrate.example/d/hT6bZq1M",
    8: "https://filecrate.example/d/Kd4sW8eV",
    9: "https://filecrate.example/d/n0YvB3Rj",
    10: "https://filecrate.example/folder/7731902",
    11: "https://filecrate.example/folder/7731955",
    12: "https://filecrate.example/d/Zx5Pq2Lm",
    13: "https://filecrate.example/d/gH8rN4Tu",
    14: "https://filecrate.example/d/Mv1Cj6Ys",
}
N = {
    1: "http://sunny-pharm24.example/shop/item.php?id=88",
    2: "https://k-betzone.example/",
    3: "https://k-betzone.example/event/welcome",
    4: "http://203.0.113.45/~lottowin/index.html",
}
E = {
    1: "https://toto-king77.example/",
    2: "https://toto-king77.example/join",
    3: "https://pill-direct.example/kr/catalog",
}
H = {
    1: "http://lucky-slot365.example/",
    2: "http://lucky-slot365-mirror.example/",
}
T4_RAW = "https://ttakkeun.example/bbs/자유게시판/5521"
T4 = "https://ttakkeun.example/bbs/" + quote("자유게시판") + "/5521"
T = {
    1: "https://ttakkeun.example/bbs/free/48213",
    2: "https://ttakkeun.example/bbs/free/48290",
    3: "https://ttakkeun.example/bbs/humor/10377",
    4: T4,
    5: "https://ttakkeun.example/gallery/view?no=3310",
}
P = {
    1: "https://pixboard.example/b/res/771204.html",
    2: "https://pixboard.example/kr/res/30551.html",
    3: "https://img.pixboard.example/src/1725612345678.jpg",
}
S1 = "https://snipbin.example/p/q8ZtR2"

REQUESTS = [
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     "req-240902-01@kcsc.example", "obscenity", "file host; largest request", [F[i] for i in range(1, 15)]),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "req-240903-02@kcsc.example", "gambling", "customer sites on a web host", [N[i] for i in range(1, 5)]),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "req-240904-03@kcsc.example", "gambling", "sites behind a CDN", [E[i] for i in range(1, 4)]),
    ("KCSC-240905-04", "hanbitdomains", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "req-240905-04@kcsc.example", "gambling", "domain suspension request to registrar", [H[1], H[2]]),
    ("KCSC-240906-05", "ttakkeun", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00",
     "req-240906-05@kcsc.example", "defamation", "Korean forum posts", [T[i] for i in range(1, 6)]),
    ("KCSC-240909-06", "pixboard", "2024-09-09T15:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "req-240909-06@kcsc.example", "privacy", "image board threads and an image", [P[1], P[2], P[3]]),
    ("KCSC-240910-07", "snipbin", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "req-240910-07@kcsc.example", "privacy", "one paste", [S1]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, mid, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def fc_all(status):
    return {F[i]: status for i in range(1, 15)}


# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------- FileCrate (A)
CSV_RESULT = "\n".join([
    "no,link,result,handled_at,comment",
    f"1,{F[1]},deleted,2024-09-03 17:40 UTC,",
    f"2,{F[2]},deleted,2024-09-03 17:41 UTC,",
    f"3,{F[3]},deleted,2024-09-03 17:41 UTC,",
    f"4,{F[4]},deleted,2024-09-03 17:42 UTC,",
    f"5,{F[5]},deleted,2024-09-03 17:44 UTC,",
    f"6,{F[6]},deleted,2024-09-03 17:45 UTC,",
    f"7,{F[7]},deleted,2024-09-03 17:45 UTC,",
    f"8,{F[8]},deleted,2024-09-03 17:46 UTC,",
    f"9,{F[9]},not found,,link id does not exist",
    f"10,{F[10]},deleted,2024-09-03 17:50 UTC,folder and the 23 files in it",
    f"11,{F[11]},not found,,folder was removed by its owner on 2024-08-30",
    f"12,{F[12]},deleted,2024-09-03 17:52 UTC,",
    f"13,{F[13]},no action,,public-domain manual; no breach of our terms",
    f"14,{F[14]},deleted,2024-09-03 17:53 UTC,",
]) + "\n"

exp1 = {F[i]: "removed" for i in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14)}
exp1.update({F[9]: "not_found", F[11]: "not_found", F[13]: "rejected"})
case(
    name="fc-csv-attachment-results",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Trust & Safety",
    date="Wed, 04 Sep 2024 09:12:40 +0000",
    subject="Re: KCSC-240902-01 removal request - outcome",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-b1-7731"

--fc-b1-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We went through the 14 links in your notice KCSC-240902-01. The outcome for
each link is in the attached spreadsheet, one row per link.

Files we delete are purged from storage and the uploader cannot restore
them. If you need the uploader's account details, please have a court order
sent to legal@filecrate.example.

Regards,
Nadia
FileCrate Trust & Safety

--fc-b1-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_RESULT)}
--fc-b1-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse team reply with a per-link result spreadsheet (CSV attachment)",
    why="CSV rows: eleven deleted, two not found (no such id; folder removed by owner), one 'no action' with a no-breach reason",
    items=exp1,
)

case(
    name="fc-one-liner-two-files",
    **{"from": "marek.d@filecrate.example"},
    name_from="Marek Dvorak",
    date="Tue, 03 Sep 2024 16:05:11 +0200",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hi,
{F[3]} and {F[4]} are deleted now, the rest of your list is with my colleague.

Marek
FileCrate support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's one-line reply from a small file host",
    why="two named files deleted; the rest of the list is not spoken about",
    items={F[3]: "removed", F[4]: "removed"},
)

case(
    name="fc-fixed-width-table",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Thu, 05 Sep 2024 08:30:00 +0000",
    subject="KCSC-240902-01 status",
    body=f"""Status of your report KCSC-240902-01 as of 05.09.2024:

URL                                         STATUS     DATE
{F[1]:<44}DELETED    2024-09-03
{F[2]:<44}DELETED    2024-09-03
{F[10]:<44}NOT FOUND  -
{F[5]:<44}KEPT*      -

* KEPT = we checked the file and found no breach of our terms, so it
  stays online. Send a court order to legal@filecrate.example if you
  disagree.

FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width status table from its ticket tool",
    why="table: two deleted, one not found, one KEPT whose footnote gives a no-breach reason (rejected)",
    items={F[1]: "removed", F[2]: "removed", F[10]: "not_found", F[5]: "rejected"},
)

case(
    name="fc-bulk-all-removed",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse Team",
    date="Thu, 05 Sep 2024 12:44:09 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""Hello,

All files listed in your notice KCSC-240902-01 have been removed from our
service and the uploader's account has been closed.

Kind regards,
FileCrate Abuse Team
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported files removed' reply from a file host",
    why="a statement about all fourteen items without naming any: bulk, to be reviewed",
    items=fc_all("pending"),
)

case(
    name="fc-promise-48h",
    **{"from": "support@filecrate.example"},
    name_from="FileCrate Support",
    date="Tue, 03 Sep 2024 09:20:00 +0000",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Thanks for the report. We'll take care of these three within the next
48 hours:

- {F[5]}
- {F[6]}
- {F[7]}

I'll confirm once they're gone.

Pieter, FileCrate Support
""",
    outcome="review", review="not_understood",
    imitates="support agent promising action on a list of links",
    why="a promise ('we'll take care of', 'once they're gone'), no statement: items stay pending",
    items={F[5]: "pending", F[6]: "pending", F[7]: "pending"},
)

case(
    name="fc-ticket-receipt",
    **{"from": "no-reply@filecrate.example"},
    name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 01:31:02 +0000",
    subject="[FileCrate Support] Ticket #FC-552190 received: KCSC-240902-01 removal request",
    body="""This is an automatic confirmation that we have received your message.

Ticket number: FC-552190
Status: Open

A member of our abuse team will reply to this ticket. Please keep the ticket
number in the subject line of any follow-up. First responses usually take
one to two business days.

FileCrate Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk ticket-creation receipt (Zendesk/Freshdesk style)",
    why="pure receipt with a ticket number, nothing about any item",
    items={},
)

case(
    name="fc-html-table",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 10:02:17 +0000",
    subject="Re: KCSC-240902-01 removal request - review result",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please see the result of our review below.</p>
<table border="1" cellpadding="4">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td>{F[6]}</td><td>Removed</td></tr>
<tr><td>{F[7]}</td><td>Removed</td></tr>
<tr><td>{F[8]}</td><td>Access disabled for users in South Korea</td></tr>
<tr><td>{F[9]}</td><td>Invalid link &ndash; no such file</td></tr>
</table>
<p>Uploaders may appeal through <a href="https://filecrate.example/help/appeals">our appeals page</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table from a file host's trust-and-safety team",
    why="two removed, one disabled for Korea only (restricted), one invalid link (not found); the appeals link is no item",
    items={F[6]: "removed", F[7]: "removed", F[8]: "restricted", F[9]: "not_found"},
)

case(
    name="fc-forged-auth-fail",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 22:10:45 +0000",
    subject="Re: KCSC-240902-01",
    body=f"""Hello,

the files {F[1]} and {F[2]} were deleted today.

Regards
""",
    outcome="review", review="untrusted",
    imitates="short abuse-desk confirmation, but DKIM/SPF/DMARC fail for the platform's domain",
    why="the sender domain fails authentication: nothing may change",
    items={F[1]: "pending", F[2]: "pending"},
)

quoted_list = "\n".join(f"> {i}. {F[i]}" for i in range(1, 15))
case(
    name="fc-gmail-top-posted",
    **{"from": "ilya@filecrate.example"},
    name_from="Ilya Brandt",
    date="Thu, 05 Sep 2024 15:48:30 +0300",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Done for the last three on your list: {F[12]} and
{F[14]} are deleted. {F[13]} we couldn't
find, that id doesn't exist on our side.

Ilya

On Mon, 2 Sep 2024 at 04:30, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileCrate,
>
> The Korea Communications Standards Commission asks you to remove the
> following files, which are illegal under Korean law (ref KCSC-240902-01):
>
{quoted_list}
>
> Please reply to this email with the result for each link.
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two deleted, one not found, each URL split from its statement by a line wrap; the quoted list below says nothing",
    items={F[12]: "removed", F[14]: "removed", F[13]: "not_found"},
)

QP_TEXT = f"""Hello KCSC,

Regarding your notice KCSC-240902-01: we removed {F[5]} on 4 September after confirming that it matched your description. The folder {F[11]} no longer existed when we looked — its owner had deleted it on 30 August, before your notice reached us.

Best regards,
FileCrate Trust & Safety — Dublin office
"""
case(
    name="fc-quoted-printable-prose",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Trust & Safety",
    date="Fri, 06 Sep 2024 13:15:00 +0100",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable prose reply from a file host (long lines soft-wrapped)",
    why="one file removed; the folder was already deleted by its owner (not found)",
    items={F[5]: "removed", F[11]: "not_found"},
)

case(
    name="fc-asks-for-file-links",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Wed, 04 Sep 2024 07:55:00 +0000",
    subject="Re: KCSC-240902-01 removal request - information needed",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We can't act on a folder link as a whole, because one folder can hold files
shared by several users. Could you send us the links of the individual files
inside {F[11]} that you consider illegal?

Once we have them we will review each file.

FileCrate Abuse
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="abuse desk asking for individual file links instead of a folder link",
    why="asks the regulator for more information; the folder stays pending",
    items={F[11]: "pending"},
)

case(
    name="fc-semicolon-export-in-body",
    **{"from": "abuse@filecrate.example"},
    name_from="FileCrate Abuse",
    date="Wed, 04 Sep 2024 18:20:00 +0000",
    subject="KCSC-240902-01 - results",
    body=f"""Results for KCSC-240902-01 (export from our moderation tool):

link;result;date
{F[6]};removed;2024-09-04
{F[7]};removed;2024-09-04
{F[9]};not found;
{F[8]};pending;

The pending one is waiting for a second reviewer.

FileCrate Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="semicolon-separated export pasted into the body",
    why="two removed, one not found, one explicitly still pending",
    items={F[6]: "removed", F[7]: "removed", F[9]: "not_found", F[8]: "pending"},
)

# ------------------------------------------------------ Nimbus Hosting (B)
case(
    name="nh-customer-removed",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Wed, 04 Sep 2024 11:02:33 +0200",
    subject="[Abuse #NH-20240904-118] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thank you for your report. Our customer has removed the page
{N[1]} and we have checked that it now returns 404.

We consider this matter resolved. If the content reappears, simply reply to
this ticket.

Nimbus Hosting - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse department closing a ticket after the customer removed the page",
    why="the page was removed by the customer and verified as 404",
    items={N[1]: "removed"},
)

case(
    name="nh-account-suspended-wrapped-url",
    **{"from": "t.kowal@nimbushost.example"},
    name_from="Tomasz Kowal",
    date="Wed, 04 Sep 2024 16:40:12 +0200",
    subject="RE: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body="""Hi,

we have suspended the hosting account behind k-betzone.example for breach
of section 4 of our AUP (illegal gambling services). Both reported URLs,
<https://k-betzone.example/> and <https://k-betzone.example/event/
welcome>, now show our suspension page.

The customer cannot bring the site back without contacting us.

--
Tomasz K.
Nimbus Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk suspending a customer's account; URL in angle brackets wrapped by the mail client",
    why="account suspended, both named URLs show a suspension page: removed",
    items={N[2]: "removed", N[3]: "removed"},
)

case(
    name="nh-forwarded-to-customer",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Tue, 03 Sep 2024 14:10:00 +0200",
    subject="[Abuse #NH-20240903-097] Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Dear Sir or Madam,

We have forwarded your complaint regarding {N[4]} to the
responsible customer and asked them to remove the material within 48 hours.
If they fail to do so, we will suspend the server.

We will let you know the outcome.

Kind regards,
Nimbus Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer with a deadline",
    why="forwarded with a deadline and a conditional promise: no statement, the item stays pending",
    items={N[4]: "pending"},
)

case(
    name="nh-server-decommissioned",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 09:30:00 +0200",
    subject="Re: KCSC-240903-02",
    body=f"""Hello,

re. {N[4]} - the server on that address was cancelled by its
owner and wiped on 30 August, and the IP is currently unassigned. There is
no such page on our network any more.

Regards, Nimbus abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk saying the reported server no longer exists",
    why="the page does not exist any more (server wiped before the request): not found",
    items={N[4]: "not_found"},
)

case(
    name="nh-out-of-office",
    **{"from": "t.kowal@nimbushost.example"},
    name_from="Tomasz Kowal",
    date="Tue, 03 Sep 2024 04:00:20 +0200",
    subject="Automatic reply: KCSC-240903-02 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access to
email. Abuse reports are handled by the team at abuse@nimbushost.example.

Tomasz
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nh-outlook-geoblock-and-refusal",
    **{"from": "abuse@nimbushost.example"},
    name_from="Nimbus Hosting Abuse",
    date="Fri, 06 Sep 2024 10:12:00 +0200",
    subject="RE: KCSC-240903-02 removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Update on your request:

{N[3]} - our customer has geo-blocked this page for visitors
from South Korea; it can no longer be reached from Korean IP addresses.

{N[2]} - we are not taking action on the front page. It only shows a
company name and a login box, and we could not find anything on it that
breaches our AUP.

Best regards
Nimbus Hosting Abuse Department

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 11:00 AM
To: abuse@nimbushost.example
Subject: KCSC-240903-02 removal request

Dear Nimbus Hosting,

Please remove the following content hosted on your network:
1. {N[1]}
2. {N[2]}
3. {N[3]}
4. {N[4]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' quoting the request",
    why="one page geo-blocked for Korea (restricted), front page refused with a reason (rejected); quoted request says nothing",
    items={N[3]: "restricted", N[2]: "rejected"},
)

case(
    name="nh-dsn-delayed",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 15:00:41 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0903-nh"

--dsn-0903-nh
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal@nimbushost.example>: connect to mx2.nimbushost.example[198.51.100.60]:25:
    Connection timed out

--dsn-0903-nh
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; legal@nimbushost.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx2.nimbushost.example[198.51.100.60]:25:
    Connection timed out
Will-Retry-Until: Sun,  8 Sep 2024 11:00:02 +0900 (KST)

--dsn-0903-nh
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@nimbushost.example
Subject: KCSC-240903-02 removal request
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 3 Sep 2024 11:00:00 +0900

--dsn-0903-nh--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery status notification: ignored",
    items={},
)

# ---------------------------------------------------------- EdgeShield (C)
case(
    name="es-not-the-host",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Wed, 04 Sep 2024 06:20:00 +0000",
    subject="EdgeShield abuse report 4471-ES: toto-king77.example",
    body=f"""EdgeShield has received your report about the following URLs:

  {E[1]}
  {E[2]}

EdgeShield is a reverse proxy and content delivery network. We do not host
the websites that use our service and we cannot remove content from them.
We have forwarded your report to the website's hosting provider, Orchid
Servers Ltd (abuse@orchid-servers.example), and to the site owner. The
hosting provider's IP address for this site is 198.51.100.77.

Please contact the hosting provider directly about removal.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through proxy, report forwarded to the host' reply",
    why="says what the CDN cannot do and where the report went; no status for either URL",
    items={E[1]: "pending", E[2]: "pending"},
)

case(
    name="es-geo-restricted-korea",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 02:45:00 +0000",
    subject="EdgeShield case 4480 - Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Following our review of your report (EdgeShield case 4480) under Korean law,
EdgeShield has blocked access to {E[3]} for visitors
connecting from the Republic of Korea.

The page remains reachable from other countries. This is a country-specific
restriction and not a finding that the content breaches our terms of
service.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country-specific block notice",
    why="blocked for visitors from Korea only: restricted",
    items={E[3]: "restricted"},
)

case(
    name="es-service-terminated",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Sat, 07 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req="req-240904-03",
    body=f"""Hello,

The domain toto-king77.example was found in breach of our Acceptable Use
Policy. We have terminated EdgeShield services for the account and put a
block page on the hostname, so the following URLs can no longer be reached
through our network from anywhere:

* {E[1]}
* {E[2]}

The origin server is run by a separate hosting company; we have passed your
report on to them as well.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN terminating service and serving a block page for a hostname",
    why="both named URLs blocked everywhere: removed",
    items={E[1]: "removed", E[2]: "removed"},
)

case(
    name="es-bounce-unknown-recipient",
    **{"from": "MAILER-DAEMON@mx1.edgeshield.example"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="es-dsn-441"

--es-dsn-441
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.edgeshield.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@edgeshield.example>: host mailstore.edgeshield.example said:
    550 5.1.1 <legal-kr@edgeshield.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--es-dsn-441
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.edgeshield.example

Final-Recipient: rfc822; legal-kr@edgeshield.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@edgeshield.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--es-dsn-441
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@edgeshield.example
Subject: KCSC-240904-03 removal request
Message-ID: <req-240904-03@kcsc.example>
Date: Wed, 4 Sep 2024 10:00:00 +0900

Please remove or disable access to:
{E[1]}
{E[2]}
{E[3]}

--es-dsn-441--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' with the original request attached",
    why="bounce; the URLs are only in the returned original",
    items={},
)

case(
    name="es-ack-plus-statements",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date="Mon, 09 Sep 2024 03:10:00 +0000",
    subject="EdgeShield case 4493 - Re: KCSC-240904-03",
    body=f"""Thank you for your report. Your reference number is ES-4493.

We have reviewed the URLs you reported:

{E[2]} — blocked on our network for breach of our Acceptable Use Policy.
{E[1]} — no action. The home page only shows a login screen and we found no content on it that violates our policies.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply opening with a receipt phrase, then per-URL decisions",
    why="receipt phrase plus unhedged statements: one blocked (removed), one refused with a reason (rejected)",
    items={E[2]: "removed", E[1]: "rejected"},
)

# ------------------------------------------------------ Hanbit Domains (D)
case(
    name="hb-clienthold-korean",
    **{"from": "abuse@hanbitdomains.example"},
    name_from="한빛도메인 고객보호팀",
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject="Re: KCSC-240905-04 도메인 이용 정지 요청 처리 결과",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요, 한빛도메인 고객보호팀입니다.

요청하신 건(KCSC-240905-04)의 처리 결과를 알려드립니다.

도메인: lucky-slot365.example
신고 URL: {H[1]}
조치: 도메인 이용 정지(clientHold) 완료 - 현재 DNS 조회가 되지 않습니다.

도메인: lucky-slot365-mirror.example
신고 URL: {H[2]}
조치: 도메인 이용 정지(clientHold) 완료 - 현재 DNS 조회가 되지 않습니다.

등록자가 이의를 제기하는 경우 별도로 안내드리겠습니다.

한빛도메인 고객보호팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar echoing the report per domain with the action taken (clientHold)",
    why="both domains put on clientHold and no longer resolve anywhere: removed",
    items={H[1]: "removed", H[2]: "removed"},
)

case(
    name="hb-registrant-notified",
    **{"from": "abuse@hanbitdomains.example"},
    name_from="Hanbit Domains Abuse Desk",
    date="Fri, 06 Sep 2024 15:40:00 +0900",
    subject="Re: KCSC-240905-04",
    body=f"""Dear KCSC,

Thank you for your complaint about {H[1]}. In line with our
abuse policy we have notified the registrant and asked for a response within
five business days. If the registrant does not respond, or the use is
confirmed as abusive, the domain may be suspended.

Regards,
Hanbit Domains Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="registrar telling the complainant it has notified the registrant",
    why="registrant notified, a conditional future suspension: no statement",
    items={H[1]: "pending"},
)

case(
    name="hb-refuses-without-court-order",
    **{"from": "abuse@hanbitdomains.example"},
    name_from="Hanbit Domains Abuse Desk",
    date="Mon, 09 Sep 2024 11:05:00 +0900",
    subject="Re: KCSC-240905-04 domain suspension request",
    reply_to_req="req-240905-04",
    body=f"""Hello,

Regarding {H[2]}: as a registrar we do not assess the
content of websites. The domain is registered and paid up, its registrant
data is verified, and it is not used for phishing, malware or spam. We will
therefore not suspend it without an order from a Korean court. The domain
remains active.

Hanbit Domains Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining to suspend a domain without a court order",
    why="an explicit refusal with its reason; the domain stays active: rejected",
    items={H[2]: "rejected"},
)

case(
    name="hb-ticket-receipt-korean",
    **{"from": "noreply@hanbitdomains.example"},
    name_from="한빛도메인",
    date="Thu, 05 Sep 2024 14:03:00 +0900",
    subject="[HBD-ABUSE #448812] 신고 접수 완료 - KCSC-240905-04",
    body="""고객님의 신고가 정상적으로 접수되었습니다.

접수번호: 448812
접수일시: 2024-09-05 14:03

담당자 확인 후 영업일 기준 3일 이내에 회신드리겠습니다.
본 메일은 발신 전용이므로 회신하실 경우 접수번호를 제목에 남겨 주세요.

한빛도메인 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean ticket-system receipt (신고 접수 완료)",
    why="pure receipt with a ticket number",
    items={},
)

# ----------------------------------------------------------- Ttakkeun (E)
case(
    name="tk-admin-one-line",
    **{"from": "admin@ttakkeun.example"},
    name_from="따끈 운영자",
    date="Fri, 06 Sep 2024 13:12:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""{T[1]} 글 삭제했습니다.
나머지는 확인 중이에요.

따끈 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's one-line Korean reply",
    why="one post deleted; the rest only 'being checked'",
    items={T[1]: "removed"},
)

case(
    name="tk-numbered-list-mixed",
    **{"from": "help@ttakkeun.example"},
    name_from="따끈커뮤니티 운영팀",
    date="Mon, 09 Sep 2024 10:40:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청 - 처리 결과",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. 따끈커뮤니티 운영팀입니다.
요청하신 게시물에 대한 처리 결과를 알려드립니다.

1. {T[2]} → 삭제 완료
2. {T[3]} → 블라인드 처리
3. {T4_RAW} → 작성자가 이미 삭제한 글입니다
4. {T[5]} → 검토 결과 운영정책 위반 사항이 없어 게시를 유지합니다

문의사항은 이 메일로 회신 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operations team numbered result list",
    why="deleted, blinded (removed), already deleted by its author (not found, raw Korean path), kept for no policy breach (rejected)",
    items={T[2]: "removed", T[3]: "removed", T[4]: "not_found", T[5]: "rejected"},
)

case(
    name="tk-particles-fullwidth",
    **{"from": "admin@ttakkeun.example"},
    name_from="따끈 운영자",
    date="Tue, 10 Sep 2024 21:05:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""요청하신 건 처리했습니다.

{T[3]}은 30일간 임시조치했고, {T[5]}도 같은 조치입니다.
{T[1]}：운영자 삭제 완료。

임시조치 기간 동안 작성자의 이의신청이 없으면 삭제됩니다.

따끈 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with particles glued to URLs and full-width punctuation",
    why="two posts under 임시조치 (restricted), one deleted by the operator; the last sentence is a future condition",
    items={T[3]: "restricted", T[5]: "restricted", T[1]: "removed"},
)

case(
    name="tk-promise-today",
    **{"from": "admin@ttakkeun.example"},
    name_from="따끈 운영자",
    date="Fri, 06 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요, 운영자입니다.
말씀하신 {T[2]} 글은 확인했고, 오늘 중으로 삭제하겠습니다.
처리되면 다시 연락드릴게요.
""",
    outcome="review", review="not_understood",
    imitates="forum admin promising deletion later today",
    why="a promise (삭제하겠습니다): the item stays pending",
    items={T[2]: "pending"},
)

case(
    name="tk-hedge-other-admin",
    **{"from": "admin@ttakkeun.example"},
    name_from="따끈 운영자",
    date="Sat, 07 Sep 2024 09:15:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body=f"""{T4_RAW} 글은 다른 관리자가 이미 지운 것 같은데,
로그 확인해 보고 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="forum admin guessing another moderator already deleted the post",
    why="a hedge (지운 것 같은데) and a promise to check: pending",
    items={T[4]: "pending"},
)

case(
    name="tk-unknown-sender-personal-mail",
    **{"from": "ttakkeun.master@freemail.example"},
    name_from="따끈포럼 관리자",
    date="Sat, 07 Sep 2024 23:40:00 +0900",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req="req-240906-05",
    body="""포럼 운영자 개인 메일로 답장드립니다.
요청하신 다섯 개 글 전부 지웠습니다. 확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="not from the forum's domain: nothing may change",
    items={T[i]: "pending" for i in range(1, 6)},
)

B64_HTML = f"""<html><body>
<p>안녕하세요. 따끈커뮤니티 고객센터입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240906-05)에 따른 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{T[2]}</td><td>게시중단</td><td>2024-09-09</td></tr>
<tr><td>2</td><td>{T[3]}</td><td>삭제</td><td>2024-09-09</td></tr>
<tr><td>3</td><td>{T[5]}</td><td>성인 인증 후 열람 가능(연령 제한)</td><td>2024-09-09</td></tr>
</table>
<p>조치 내용에 대해 문의가 있으시면 회신 부탁드립니다.</p>
</body></html>
"""
case(
    name="tk-base64-html-table",
    **{"from": "help@ttakkeun.example"},
    name_from="따끈커뮤니티 고객센터",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject="[KCSC-240906-05] 시정요구 조치 결과 회신",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 table in a base64 HTML body",
    why="게시중단 and 삭제 (removed), age-gated viewing (restricted)",
    items={T[2]: "removed", T[3]: "removed", T[5]: "restricted"},
)

case(
    name="tk-chuseok-auto-reply",
    **{"from": "help@ttakkeun.example"},
    name_from="따끈커뮤니티 고객센터",
    date="Sat, 14 Sep 2024 08:00:00 +0900",
    subject="[자동응답] Re: [KCSC-240906-05] 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 따끈커뮤니티 고객센터입니다.

9월 14일부터 18일까지 추석 연휴로 고객센터 운영을 쉽니다.
보내주신 메일은 연휴 이후 순서대로 확인하여 답변드리겠습니다.

본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="auto-reply announcing a holiday closure",
    items={},
)

# ----------------------------------------------------------- pixboard (F)
case(
    name="pb-mod-lowercase",
    **{"from": "mods@pixboard.example"},
    name_from="pixboard mods",
    date="Mon, 09 Sep 2024 19:22:00 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body=f"""removed {P[1]} and the image {P[3]}, poster is banned.
{P[2]} was already gone, the thread got pruned off the last page before we saw your mail.

- pixboard mods
""",
    outcome="applied", classification="confirmation",
    imitates="image board moderator's informal lowercase reply",
    why="thread and image removed; the other thread already pruned (not found)",
    items={P[1]: "removed", P[3]: "removed", P[2]: "not_found"},
)

case(
    name="pb-read-receipt",
    **{"from": "mods@pixboard.example"},
    name_from="pixboard mods",
    date="Mon, 09 Sep 2024 07:10:00 +0000",
    subject="Read: KCSC-240909-06 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-pb-0909"

--mdn-pb-0909
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to mods@pixboard.example at 9/9/2024 3:02 PM.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--mdn-pb-0909
Content-Type: message/disposition-notification

Reporting-UA: pixboard.example; Thunderbird 115.14.0
Final-Recipient: rfc822; mods@pixboard.example
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-pb-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird/Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="pb-bare-url-arrow-below",
    **{"from": "janitor.kim@pixboard.example"},
    name_from="kim (pixboard)",
    date="Tue, 10 Sep 2024 02:30:00 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body=f"""{P[1]}
-> deleted

{P[2]}
-> stays up. it's a parody thread and breaks neither our rules
   (https://pixboard.example/rules) nor, as far as we can tell, any law.

kim
""",
    outcome="applied", classification="confirmation",
    imitates="janitor answering with bare URLs and the result on the line below",
    why="one deleted, one kept with its reason (rejected); the rules link is no item",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="pb-wrong-platform-filecrate",
    **{"from": "mods@pixboard.example"},
    name_from="pixboard mods",
    date="Mon, 09 Sep 2024 21:00:00 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body=f"""heads up: the file behind your report, {F[8]}, sits on FileCrate, not on us. it's already removed over there (their 'file removed' page shows).
mod team will look at the threads tonight.

- pixboard mods
""",
    outcome="review", review="wrong_platform",
    imitates="image board mods reporting on a file host's link",
    why="pixboard states a status for a FileCrate item; the threads are only promised a look",
    items={F[8]: "pending"},
)

case(
    name="pb-hedge-pruned",
    **{"from": "janitor.kim@pixboard.example"},
    name_from="kim (pixboard)",
    date="Mon, 09 Sep 2024 23:45:00 +0000",
    subject="Re: KCSC-240909-06 removal request",
    reply_to_req="req-240909-06",
    body=f"""looks like {P[2]} might have been pruned already, will
double-check with the other janitors tonight and get back to you.

kim
""",
    outcome="review", review="not_understood",
    imitates="janitor's hedged guess with a promise to check",
    why="'might have been' is a hedge: pending",
    items={P[2]: "pending"},
)

# ------------------------------------------------------------ SnipBin (G)
case(
    name="sb-sole-one-liner",
    **{"from": "jonas@snipbin.example"},
    name_from="Jonas",
    date="Tue, 10 Sep 2024 12:01:00 +0200",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req="req-240910-07",
    body="""Hi,

paste removed, sorry about that.

Jonas
(SnipBin is a one-person project)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service operator's one-line reply",
    why="the only statement, answering a one-item request in its thread",
    items={S1: "removed"},
)

case(
    name="sb-all-content-one-item",
    **{"from": "abuse@snipbin.example"},
    name_from="SnipBin",
    date="Wed, 11 Sep 2024 08:30:00 +0200",
    subject="Re: KCSC-240910-07",
    body="""Hello,

All content you reported in KCSC-240910-07 has been deleted and the
uploader's IP address is blocked from posting.

SnipBin abuse
""",
    outcome="applied", classification="confirmation",
    imitates="small service's 'all reported content deleted' reply",
    why="a collective statement for a one-item request applies to that item",
    items={S1: "removed"},
)

case(
    name="sb-already-expired",
    **{"from": "jonas@snipbin.example"},
    name_from="Jonas",
    date="Tue, 10 Sep 2024 18:45:00 +0200",
    subject="Re: KCSC-240910-07 removal request",
    reply_to_req="req-240910-07",
    body=f"""Hello,

The paste {S1} had already expired (its author set it to
delete itself after 24 hours), so there is nothing left of it on our side.

Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="paste site saying the paste had expired",
    why="already expired and gone: not found",
    items={S1: "not_found"},
)


HEADER = """# Blind set 331: hosts, a CDN, a registrar, a Korean forum, an image board,
# a file host and a one-person paste site answering informally, with CSV
# attachments and plain-text tables. Written by make.py; expected results
# come from each email's meaning alone, before any run of the reader."""

def encode_word(s):
    """RFC 2047 encoded-word for a non-ASCII display name or subject, as
    Korean mail clients send them."""
    if s.isascii():
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


if __name__ == "__main__":
    for c in CASES:
        for k in ("name_from", "subject"):
            if k in c:
                c[k] = encode_word(c[k])
    write_requests()
    corpuslib.write_set(HERE, "blind331", HEADER, CASES)
    print(len(CASES), "cases")
