#!/usr/bin/env python3
"""Blind set 769: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering KCSC removal requests,
mostly informally (abuse desks, admins writing one line), plus CSV
attachments and plain-text tables.

Written from public descriptions of abuse-desk and notice practice (see
NOTES.md), in our own sentences, with fictional names, ids and URLs. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.

    python3 tests/corpus/blind769/make.py

is deterministic: it rewrites requests.csv, cases/*.eml and expected.toml.
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

SET = "blind769"


def kr(url):
    """The percent-encoded form of a URL with a Korean path (as stored)."""
    scheme, rest = url.split("://", 1)
    return scheme + "://" + quote(rest, safe="/:?=&")


def h(s):
    """RFC 2047 encoded header text (deterministic)."""
    return Header(s, "utf-8").encode()


# ---------------------------------------------------------------- requests
ORBIT = "KCSC-240903-01"    # orbithost, 12 items (largest)
SHIELD = "KCSC-240905-02"   # shieldcdn, 4 items
NAMEW = "KCSC-240906-03"    # namewell, 3 items
DAMB = "KCSC-240909-04"     # dambyeok, 5 items
INK = "KCSC-240910-05"      # inkboard, 2 items
PARCEL = "KCSC-240911-06"   # parcelfile, 4 items
QUILL = "KCSC-240912-07"    # quillbin, 1 item

O = [
    "https://moabet-77.com/",                         # 0
    "https://moabet-77.com/event/join",               # 1
    "https://toto-hanul.net/",                        # 2
    "https://toto-hanul.net/charge.php",              # 3
    "https://slot-banana.site/",                      # 4
    "https://slot-banana.site/lobby?ref=kr01",        # 5
    "https://hanul-casino.orbitsites.net/",           # 6
    "https://luckyjackpot-kr.orbitsites.net/main",    # 7
    "http://203.0.113.45/bet/index.html",             # 8
    "https://powerball-king.xyz/",                    # 9
    "https://powerball-king.xyz/board/notice/15",     # 10
    "https://minigame-hub.orbitsites.net/ladder",     # 11
]
S = [
    "https://ice-delivery.shop/",
    "https://ice-delivery.shop/products/42",
    "https://greenleaf-kr.store/menu",
    "https://telepharm-kr.com/order?item=7",
]
N = [
    "https://kcsc-gov-refund.com/",
    "https://nhis-refund-kr.net/login",
    "https://kb-secure-auth.info/",
]
D_RAW = [
    "https://dambyeok.co.kr/board/자유게시판/88121",
    "https://dambyeok.co.kr/board/자유게시판/88140",
    "https://dambyeok.co.kr/board/유머/30112",
    "https://dambyeok.co.kr/gallery/사진/5521",
    "https://dambyeok.co.kr/member/profile/nightowl77",
]
D = [kr(u) for u in D_RAW]
I = [
    "https://inkboard.org/kr/res/448120.html",
    "https://i.inkboard.org/kr/src/1725801123456.jpg",
]
P = [
    "https://parcelfile.com/f/Xk29aLq",
    "https://parcelfile.com/f/Pm71zQe",
    "https://parcelfile.com/f/Rt05wVb",
    "https://dl.parcelfile.com/d/Hq44nTs/setup_kr.exe",
]
Q = ["https://quillbin.io/p/7fQ2mZ"]

REQUESTS = [
    (ORBIT, "orbithost", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", O, "gambling",
     "illegal gambling sites on OrbitHost servers and orbitsites.net subdomains"),
    (SHIELD, "shieldcdn", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00", S, "drugs",
     "drug sales shops proxied by ShieldEdge"),
    (NAMEW, "namewell", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00", N, "phishing",
     "phishing domains registered through Namewell"),
    (DAMB, "dambyeok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", D, "defamation",
     "forum posts, a gallery post and a profile"),
    (INK, "inkboard", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", I, "obscenity",
     "image board thread and its image file"),
    (PARCEL, "parcelfile", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", P, "copyright",
     "file host download pages, one direct link"),
    (QUILL, "quillbin", "2024-09-12T10:00:00+09:00", "2024-09-19T18:00:00+09:00", Q, "personal_data",
     "paste with leaked personal data"),
]


def mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, raw_korean=False):
    lines = [
        "Dear Trust & Safety / Abuse team,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        f"content at the addresses below to be illegal under Korean law and",
        f"requests its removal (our reference {ref}).",
        "",
    ]
    for n, u in enumerate(urls, 1):
        lines.append(f"{n}. {u}")
    lines += [
        "",
        "Please reply to this email stating the action taken for each address.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return lines


def quoted(ref, urls, raw=None):
    return "\n".join(("> " + l) if l else ">" for l in request_text(ref, raw or urls))


def outlook_quoted(ref, urls, date, subject, raw=None):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {date}",
        "To: abuse",
        f"Subject: {subject}",
        "",
    ]
    return "\n".join(head + request_text(ref, raw or urls))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ OrbitHost
OH = "OrbitHost Abuse Desk"

case(
    name="orbit-url-then-arrow-status",
    **{"from": "abuse@orbithost.net"}, name_from=OH,
    date="Wed, 04 Sep 2024 15:12:40 +0900",
    subject=f"Re: [ABU-558812] Removal request {ORBIT}",
    reply_to_req=mid(ORBIT),
    body=f"""
Hello KCSC team,

Status of the first sites in your list (ticket ABU-558812):

https://moabet-77.com/
  -> disabled, customer account suspended for AUP violation
https://moabet-77.com/event/join
  -> disabled, same account
https://toto-hanul.net/
  -> customer was notified and has 24h to respond, still open on our side

I'll write again once the rest is done.

Regards,
Marek
OrbitHost Abuse Desk | https://orbithost.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse-desk reply listing each reported URL with the action on the line below",
    why="two URLs stated disabled (removed); the third only has a customer deadline running, no statement",
    items={O[0]: "removed", O[1]: "removed", O[2]: "pending"},
)

case(
    name="orbit-one-liner-top-posted",
    **{"from": "dmitri.k@orbithost.net"}, name_from="Dmitri K.",
    date="Thu, 05 Sep 2024 02:41:09 +0900",
    subject=f"Re: Removal request {ORBIT}",
    reply_to_req=mid(ORBIT),
    body=f"""
hanul-casino.orbitsites.net is gone, account terminated. rest still with the abuse team.

--
Dmitri / OrbitHost NOC

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(ORBIT, O)}
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting NOC engineer over the quoted request",
    why="the subdomain named in the one line is the item https://hanul-casino.orbitsites.net/; the quoted list states nothing",
    items={O[6]: "removed", O[0]: "pending", O[11]: "pending"},
)

CSV3 = """url,action_taken,date_utc,comment
https://hanul-casino.orbitsites.net/,account terminated,2024-09-05,
https://luckyjackpot-kr.orbitsites.net/main,service suspended,2024-09-05,repeat offender
http://203.0.113.45/bet/index.html,IP null-routed,2024-09-05,server offline
https://powerball-king.xyz/board/notice/15,page does not exist (404),2024-09-05,checked twice
https://minigame-hub.orbitsites.net/ladder,no action - no violation of AUP found,2024-09-05,
"""
case(
    name="orbit-csv-attachment-results",
    **{"from": "abuse-noreply@orbithost.net"}, name_from=OH,
    date="Thu, 05 Sep 2024 18:03:55 +0900",
    subject=f"[ABU-558812] Complaint outcome {ORBIT}",
    reply_to_req=mid(ORBIT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_oh_5588"

--=_oh_5588
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear reporter,

Your complaint {ORBIT} has been processed. The outcome for each reported
address is in the attached spreadsheet.

OrbitHost Abuse Department
https://orbithost.net/abuse

--=_oh_5588
Content-Type: text/csv; charset=utf-8; name="ABU-558812-outcome.csv"
Content-Disposition: attachment; filename="ABU-558812-outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV3)}
--=_oh_5588--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse ticket system closing a complaint with a CSV attachment of per-URL actions",
    why="CSV rows: terminated/suspended/null-routed are removed, 404 is not_found, no violation is rejected",
    items={O[6]: "removed", O[7]: "removed", O[8]: "removed", O[10]: "not_found", O[11]: "rejected"},
)

TABLE4 = """\
URL                                            STATUS
---------------------------------------------  ------------------------------
https://moabet-77.com/                         SUSPENDED
https://moabet-77.com/event/join               SUSPENDED
https://toto-hanul.net/                        REMOVED BY CUSTOMER
https://toto-hanul.net/charge.php              REMOVED BY CUSTOMER
https://slot-banana.site/                      NO ACTION - permitted under AUP
https://slot-banana.site/lobby?ref=kr01        NO ACTION - permitted under AUP
https://hanul-casino.orbitsites.net/           TERMINATED
https://luckyjackpot-kr.orbitsites.net/main    GEO-BLOCKED (KR)
http://203.0.113.45/bet/index.html             NULL-ROUTED
https://powerball-king.xyz/                    NOT FOUND on our network
https://powerball-king.xyz/board/notice/15     NOT FOUND on our network
https://minigame-hub.orbitsites.net/ladder     ALREADY DELETED BY CUSTOMER"""
case(
    name="orbit-plain-text-status-table",
    **{"from": "abuse@orbithost.net"}, name_from=OH,
    date="Fri, 06 Sep 2024 11:30:00 +0900",
    subject=f"Re: Removal request {ORBIT} - final status",
    reply_to_req=mid(ORBIT),
    body=f"""
Hello,

Final status for complaint {ORBIT} (our ticket ABU-558812):

{TABLE4}

slot-banana.site is operated by a customer holding a gaming licence in
its own jurisdiction; the content is permitted under our acceptable use
policy (https://orbithost.net/legal/aup) and stays online.

Closing the ticket on our side.

OrbitHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk final report as a fixed-width plain-text table",
    why="all twelve rows carry a status: suspended/removed/terminated/null-routed removed, geo-blocked restricted, no action with reason rejected, not found/already deleted not_found",
    items={O[0]: "removed", O[1]: "removed", O[2]: "removed", O[3]: "removed",
           O[4]: "rejected", O[5]: "rejected", O[6]: "removed", O[7]: "restricted",
           O[8]: "removed", O[9]: "not_found", O[10]: "not_found", O[11]: "not_found"},
)

case(
    name="orbit-gmail-top-posted-two-urls",
    **{"from": "sara.lind@orbithost.net"}, name_from="Sara Lind",
    date="Wed, 04 Sep 2024 21:17:02 +0900",
    subject=f"Re: Removal request {ORBIT}",
    reply_to_req=mid(ORBIT),
    body=f"""
Hi,

The customer behind toto-hanul.net took the pages down after our notice. I
checked both just now and they return 404:
https://toto-hanul.net/
https://toto-hanul.net/charge.php

So those two are removed. Other sites are with my colleagues.

Sara
OrbitHost Trust & Safety

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(ORBIT, O)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a hosting trust & safety employee",
    why="the customer removed both pages after the host's notice; the employee says they are removed",
    items={O[2]: "removed", O[3]: "removed", O[4]: "pending"},
)

case(
    name="orbit-outlook-quoted-null-route",
    **{"from": "noc@orbithost.net"}, name_from="OrbitHost NOC",
    date="Thu, 05 Sep 2024 09:05:44 +0900",
    subject=f"RE: Removal request {ORBIT}",
    reply_to_req=mid(ORBIT),
    body=f"""
Hello,

We have null-routed the IP serving slot-banana.site; both reported
addresses are offline as of 08:50 KST:

  https://slot-banana.site/
  https://slot-banana.site/lobby?ref=kr01

Best regards,
OrbitHost Network Operations

{outlook_quoted(ORBIT, O, "Tuesday, September 3, 2024 10:00 AM", "Removal request " + ORBIT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a hosting NOC with the request quoted under -----Original Message-----",
    why="both slot-banana URLs are stated offline after a null route (removed); the quoted request below states nothing",
    items={O[4]: "removed", O[5]: "removed", O[9]: "pending"},
)

case(
    name="orbit-numbered-groups-url-below",
    **{"from": "abuse@orbithost.net"}, name_from=OH,
    date="Mon, 09 Sep 2024 14:20:10 +0900",
    subject=f"ABU-558812 / {ORBIT} update",
    body=f"""
Hi KCSC,

Update on {ORBIT}:

1) Suspended together with the customer account:
   https://luckyjackpot-kr.orbitsites.net/main
   https://minigame-hub.orbitsites.net/ladder

2) We could not locate this on any server of ours (the IP belongs to
   another provider):
   http://203.0.113.45/bet/index.html

3) Customer removed the page himself:
   https://powerball-king.xyz/board/notice/15

Thanks,
OrbitHost Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk update grouping URLs under numbered outcome headings",
    why="group 1 removed, group 2 could not be located (not_found), group 3 removed by the customer (removed)",
    items={O[7]: "removed", O[11]: "removed", O[8]: "not_found", O[10]: "removed"},
)

case(
    name="orbit-forwarded-to-customer-promise",
    **{"from": "abuse@orbithost.net"}, name_from=OH,
    date="Wed, 04 Sep 2024 10:48:31 +0900",
    subject=f"Re: Removal request {ORBIT}",
    reply_to_req=mid(ORBIT),
    body="""
Hello,

We have passed your complaint on to the customer responsible for
https://toto-hanul.net/ and https://powerball-king.xyz/ and asked them to
take the reported pages down within 48 hours. If they fail to do so we
will suspend the services.

We will let you know the outcome.

OrbitHost Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting abuse desk saying the complaint was forwarded to the customer with a deadline",
    why="only a forward and a conditional promise to suspend; no item has a status yet",
    items={O[2]: "pending", O[9]: "pending"},
)

case(
    name="orbit-dmarc-fail-removed",
    **{"from": "abuse@orbithost.net"}, name_from=OH, auth="fail",
    date="Thu, 05 Sep 2024 13:13:13 +0900",
    subject=f"Re: Removal request {ORBIT}",
    body=f"""
Hello,

Regarding {ORBIT}: both sites are removed.

https://slot-banana.site/ - removed
https://slot-banana.site/lobby?ref=kr01 - removed

OrbitHost Abuse
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk style removal confirmation arriving with failed DKIM/SPF/DMARC",
    why="claims come from orbithost.net but authentication fails, so nothing may change",
    items={O[4]: "pending", O[5]: "pending"},
)

case(
    name="orbit-site-owner-writes",
    **{"from": "webmaster@powerball-king.xyz"}, name_from="powerball-king admin",
    date="Thu, 05 Sep 2024 16:40:00 +0900",
    subject=f"complaint {ORBIT} - deleted",
    body=f"""
hello

my hosting company sent me your complaint {ORBIT}. i deleted the notice
page https://powerball-king.xyz/board/notice/15 already. the main site
is a legal lottery community, please close the complaint.

admin
""",
    outcome="review", review="unknown_sender",
    imitates="site owner (the host's customer) writing to the regulator directly after the host forwarded the complaint",
    why="the sender is the site itself, not a platform domain; its claims cannot change statuses",
    items={O[10]: "pending", O[9]: "pending"},
)

case(
    name="orbit-ticket-receipt",
    **{"from": "abuse-noreply@orbithost.net"}, name_from=OH,
    date="Tue, 03 Sep 2024 10:00:52 +0900",
    subject=f"[ABU-558812] Abuse report received - {ORBIT}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

Your abuse report has been logged as ticket ABU-558812. Our abuse team
reviews reports in the order they arrive; you do not need to reply to
this message. Add information to the ticket by replying with the ticket
number in the subject line.

Track the ticket: https://orbithost.net/abuse/track/ABU-558812

OrbitHost Abuse Department
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse ticket system automatic receipt",
    why="pure receipt of the report with a ticket number; no statement about any item",
    items={},
)

case(
    name="foreign-relay-bounce",
    **{"from": "MAILER-DAEMON@mx1.hostingrelay.example"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 10:02:19 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.7731"

--dsn.7731
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.hostingrelay.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@slot-banana.site>: host mx1.hostingrelay.example said:
    550 5.1.1 <abuse@slot-banana.site>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn.7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.hostingrelay.example
Arrival-Date: Tue,  3 Sep 2024 10:02:17 +0900

Final-Recipient: rfc822; abuse@slot-banana.site
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.7731
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@slot-banana.site
Subject: Removal request {ORBIT}
Message-ID: <req-{ORBIT}-cc@kcsc.example>
Date: Tue, 03 Sep 2024 10:00:00 +0900

--dsn.7731--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a copy sent to the site's own abuse address",
    why="a bounce is ignored whoever sends it",
    items={},
)

# ================================================================ ShieldEdge CDN
SE = "ShieldEdge Trust & Safety"

case(
    name="shield-edge-block-and-origin-forward",
    **{"from": "abuse@shieldedge.io"}, name_from=SE,
    date="Fri, 06 Sep 2024 17:22:08 +0900",
    subject=f"[ShieldEdge #SE-20419] {SHIELD}",
    reply_to_req=mid(SHIELD),
    body="""
Hello,

Thank you for your report.

ShieldEdge is a reverse proxy and CDN. For the following hostnames we
have gone further than forwarding: we terminated our service for the
account, and the addresses below are now blocked at our edge in all
regions (visitors see an error page instead of the content):

- https://ice-delivery.shop/
- https://ice-delivery.shop/products/42

For https://greenleaf-kr.store/menu we are not the hosting provider. We
have passed your report on to the origin host and to our customer.

ShieldEdge Trust & Safety
https://shieldedge.io/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse reply: service terminated for one customer, report passed to origin host for another",
    why="ice-delivery URLs blocked at the edge in all regions (removed); greenleaf only forwarded (pending)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "pending"},
)

case(
    name="shield-html-geo-restriction",
    **{"from": "trust-safety@shieldedge.io"}, name_from=SE,
    date="Mon, 09 Sep 2024 09:31:00 +0900",
    subject=f"Re: {SHIELD} telepharm-kr.com",
    reply_to_req=mid(SHIELD),
    type="html",
    body="""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello KCSC team,</p>
<p>Following your request we have applied a geographic restriction to
<a href="https://telepharm-kr.com/order?item=7">https://telepharm-kr.com/order?item=7</a>:
requests from the Republic of Korea now receive HTTP 451 (Unavailable For
Legal Reasons). The page remains reachable from other countries.</p>
<p>Kind regards,<br>Jun Park<br>ShieldEdge Trust &amp; Safety</p>
<p style="color:#888;font-size:11px">Appeals: <a href="https://shieldedge.io/legal/appeals">shieldedge.io/legal/appeals</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="CDN HTML notice of a country-level HTTP 451 restriction",
    why="blocked for Korea only, still reachable elsewhere: restricted; the appeals link is not an item",
    items={S[3]: "restricted"},
)

case(
    name="shield-html-results-table",
    **{"from": "abuse@shieldedge.io"}, name_from=SE,
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    subject=f"[ShieldEdge #SE-20419] Resolution - {SHIELD}",
    reply_to_req=mid(SHIELD),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="se-alt-20419"

--se-alt-20419
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Resolution of report {SHIELD}

https://ice-delivery.shop/ : Blocked (all regions)
https://ice-delivery.shop/products/42 : Blocked (all regions)
https://greenleaf-kr.store/menu : Blocked in KR
https://telepharm-kr.com/order?item=7 : No action - does not violate the ShieldEdge AUP

ShieldEdge Trust & Safety

--se-alt-20419
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Resolution of report <b>{SHIELD}</b></p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>https://ice-delivery.shop/</td><td>Blocked (all regions)</td></tr>
<tr><td>https://ice-delivery.shop/products/42</td><td>Blocked (all regions)</td></tr>
<tr><td>https://greenleaf-kr.store/menu</td><td>Blocked in KR</td></tr>
<tr><td>https://telepharm-kr.com/order?item=7</td><td>No action - does not violate the ShieldEdge AUP</td></tr>
</table>
<p>ShieldEdge Trust &amp; Safety</p>
</body></html>

--se-alt-20419--
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse resolution mail as an HTML table with a plain-text alternative",
    why="blocked in all regions removed, blocked in KR restricted, no action under AUP rejected",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted", S[3]: "rejected"},
)

case(
    name="shield-not-the-host",
    **{"from": "abuse@shieldedge.io"}, name_from=SE,
    date="Thu, 05 Sep 2024 19:40:12 +0900",
    subject=f"[ShieldEdge #SE-20419] {SHIELD}",
    reply_to_req=mid(SHIELD),
    body="""
Hello,

ShieldEdge provides pass-through security and caching services. We do
not host the content at https://greenleaf-kr.store/menu and cannot remove
it from the origin server.

We have forwarded your report to the hosting provider for this site and
to our customer. The origin host can be reached at abuse@pinehost.example.

Please note that we may take action of our own where our terms are
breached.

ShieldEdge Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the hosting provider, report forwarded to host' reply",
    why="names the requested URL but states no removal, restriction or refusal; only forwarded",
    items={S[2]: "pending"},
)

case(
    name="shield-reports-orbit-item",
    **{"from": "abuse@shieldedge.io"}, name_from=SE,
    date="Fri, 06 Sep 2024 08:15:00 +0900",
    subject=f"Your complaint {ORBIT} / moabet-77.com",
    body=f"""
Hello,

OrbitHost forwarded us your complaint {ORBIT}, as moabet-77.com is
proxied through ShieldEdge. We have blocked the following at our edge:

https://moabet-77.com/
https://moabet-77.com/event/join

ShieldEdge Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN answering a complaint forwarded to it by the hosting provider",
    why="the items belong to the OrbitHost request; a ShieldEdge statement cannot set them",
    items={O[0]: "pending", O[1]: "pending"},
)

case(
    name="shield-out-of-office",
    **{"from": "jun.park@shieldedge.io"}, name_from="Jun Park",
    date="Thu, 05 Sep 2024 10:00:31 +0900",
    subject=f"Automatic reply: Removal request {SHIELD}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
no access to email. Abuse reports are handled by the team at
abuse@shieldedge.io in the meantime.

Jun Park
ShieldEdge Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="an out-of-office auto-reply",
    items={},
)

# ================================================================ Namewell registrar
NW = "Namewell Abuse"

case(
    name="namewell-clienthold-one-domain",
    **{"from": "abuse@namewell.com"}, name_from=NW,
    date="Fri, 06 Sep 2024 16:02:11 +0900",
    subject=f"Re: {NAMEW} kcsc-gov-refund.com",
    reply_to_req=mid(NAMEW),
    body="""
Dear Sir or Madam,

Reported URL:  https://kcsc-gov-refund.com/
Domain:        kcsc-gov-refund.com
Action:        Domain suspended (clientHold). It no longer resolves.

The remaining domains of your report are still being investigated.

Namewell Domain Abuse Team
https://namewell.com/legal/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse team notice that a domain was put on clientHold",
    why="the domain is suspended and no longer resolves: removed; other domains still investigated (no statement)",
    items={N[0]: "removed", N[1]: "pending", N[2]: "pending"},
)

case(
    name="namewell-suspended-and-expired",
    **{"from": "abuse@namewell.com"}, name_from=NW,
    date="Mon, 09 Sep 2024 11:45:27 +0900",
    subject=f"Re: {NAMEW}",
    reply_to_req=mid(NAMEW),
    body="""
Hello,

https://nhis-refund-kr.net/login - the domain has been suspended for
phishing, the page is no longer reachable.

https://kb-secure-auth.info/ - this registration expired on 30 August and
has been deleted, the domain does not exist anymore.

Regards,
Namewell Domain Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk short reply per domain",
    why="suspended domain -> removed; expired and deleted registration -> not_found",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="namewell-no-evidence-refusal",
    **{"from": "compliance@namewell.com"}, name_from="Namewell Compliance",
    date="Tue, 10 Sep 2024 15:30:00 +0900",
    subject=f"Re: {NAMEW} kb-secure-auth.info",
    reply_to_req=mid(NAMEW),
    body="""
Dear KCSC,

We reviewed https://kb-secure-auth.info/ . The domain currently shows a
parked page with no login form and no content, and we found no evidence
of phishing or DNS abuse. We are therefore not taking action against the
registration. You are welcome to send a new report with evidence if the
domain is used for phishing in future.

Namewell Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar refusing action for lack of evidence of DNS abuse",
    why="a refusal with its reason (no abuse found, stays registered): rejected",
    items={N[2]: "rejected"},
)

case(
    name="namewell-ack-with-action",
    **{"from": "abuse@namewell.com"}, name_from=NW,
    date="Sat, 07 Sep 2024 10:10:10 +0900",
    subject=f"[NW-ABU-20991] Re: {NAMEW}",
    reply_to_req=mid(NAMEW),
    body="""
Thank you for your report. Ticket NW-ABU-20991 has been created.

After investigation:
https://nhis-refund-kr.net/login -- domain suspended, no longer resolves.

Namewell Domain Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar ticket mail that opens with a receipt line and then states the action",
    why="the receipt phrase is followed by an unhedged statement about the item, so it is not a pure acknowledgement",
    items={N[1]: "removed"},
)

case(
    name="namewell-all-domains-bulk",
    **{"from": "abuse@namewell.com"}, name_from=NW,
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject=f"Re: {NAMEW}",
    reply_to_req=mid(NAMEW),
    body=f"""
Hello,

All domains referenced in your report {NAMEW} are now on clientHold.

Namewell Domain Abuse Team
""",
    outcome="review", review="bulk",
    imitates="registrar one-line bulk closure",
    why="one statement for a three-item request without naming each domain",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

case(
    name="namewell-dsn-legal-mailbox",
    **{"from": "MAILER-DAEMON@namewell.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 10:00:40 +0900",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="nwdsn01"

--nwdsn01
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     legal@namewell.com

The mailbox is no longer in use. Abuse reports go to abuse@namewell.com.

--nwdsn01
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.namewell.com

Final-Recipient: rfc822; legal@namewell.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled

--nwdsn01
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@namewell.com
Subject: Removal request {NAMEW}
Message-ID: <{mid(NAMEW)}@kcsc.example>
Date: Fri, 06 Sep 2024 10:00:00 +0900

--nwdsn01--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery status notification: the registrar's legal mailbox is disabled",
    why="a bounce of our own request",
    items={},
)

# ================================================================ 담벼락 (Korean forum)
DB = "담벼락 운영팀"

case(
    name="dambyeok-blind-and-author-deleted",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Tue, 10 Sep 2024 14:05:00 +0900",
    subject=h(f"[담벼락] 게시물 조치 결과 안내 ({DAMB})"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요, 담벼락 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

- {D_RAW[0]}
  : 블라인드 처리 완료
- {D_RAW[1]}
  : 작성자가 이미 삭제한 게시물입니다.

나머지 게시물은 확인 후 별도로 회신드리겠습니다.

담벼락 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 게시물 조치 결과 안내 with a line per post",
    why="블라인드 처리 완료 is removed; a post already deleted by its author is not_found",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "pending"},
)

case(
    name="dambyeok-imsi-jochi-30days",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject=h(f"Re: 불법정보 삭제 요청 {DAMB}"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요.

요청하신 유머 게시판 게시물
{D_RAW[2]}
에 대하여 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.

감사합니다.
담벼락 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 임시조치 notice (정보통신망법 44조의2, 30 days)",
    why="임시조치 counts as restricted; URL stands on its own line inside the sentence",
    items={D[2]: "restricted"},
)

case(
    name="dambyeok-admin-one-line",
    **{"from": "mod.haneul@dambyeok.co.kr"}, name_from=h("하늘 (담벼락 관리자)"),
    date="Tue, 10 Sep 2024 23:48:00 +0900",
    subject=h("Re: 사진 게시판 게시물 삭제 요청"),
    reply_to_req=mid(DAMB),
    body=f"""
사진 게시판 5521번 글 삭제했습니다. {D_RAW[3]}

관리자 하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer forum moderator's one-line Korean reply",
    why="plain statement of deletion with the URL on the same line",
    items={D[3]: "removed"},
)

case(
    name="dambyeok-profile-no-violation",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Thu, 12 Sep 2024 16:00:00 +0900",
    subject=h(f"Re: {DAMB} 회원 프로필 관련"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요, 담벼락 운영팀입니다.

요청하신 회원 프로필({D_RAW[4]})은 내부 검토 결과 운영정책
위반 사항이 확인되지 않아 별도의 조치를 하지 않았음을 알려드립니다.
(운영정책: https://dambyeok.co.kr/policy)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator reply declining action after review (운영정책 위반 사항 없음)",
    why="no violation found and no action taken, a refusal with its reason: rejected; the policy link is not an item",
    items={D[4]: "rejected"},
)

QP_BODY = f"""안녕하세요. 담벼락 운영팀입니다.
{DAMB} 요청 건의 조치 결과는 아래와 같습니다.

번호 | URL | 조치 결과
1 | {D_RAW[0]} | 삭제
2 | {D_RAW[1]} | 해당 게시물 없음
3 | {D_RAW[2]} | 게시중단
4 | {D_RAW[3]} | 국내 접근 제한
5 | {D_RAW[4]} | 조치 불가 (운영정책 위반 아님)

문의: help@dambyeok.co.kr
"""
case(
    name="dambyeok-qp-pipe-table",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Fri, 13 Sep 2024 11:11:00 +0900",
    subject=h(f"[담벼락] {DAMB} 조치 결과"),
    reply_to_req=mid(DAMB),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 style table, quoted-printable encoded",
    why="삭제/게시중단 removed, 해당 게시물 없음 not_found, 국내 접근 제한 restricted, 조치 불가 with reason rejected",
    items={D[0]: "removed", D[1]: "not_found", D[2]: "removed", D[3]: "restricted", D[4]: "rejected"},
)

case(
    name="dambyeok-url-korean-particle",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Wed, 11 Sep 2024 17:35:00 +0900",
    subject=h("Re: 게시물 삭제 요청"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요.

{D_RAW[0]}은 운영자 삭제 처리되었고, {D_RAW[1]}는 이미 존재하지 않는 게시물입니다（작성자 삭제）。

담벼락 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator prose with particles glued to the URLs and full-width punctuation",
    why="운영자 삭제 is removed; 이미 존재하지 않는 게시물 (author deleted) is not_found",
    items={D[0]: "removed", D[1]: "not_found"},
)

case(
    name="dambyeok-all-deleted-bulk",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Sat, 14 Sep 2024 09:30:00 +0900",
    subject=h(f"Re: {DAMB}"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요, 담벼락 운영팀입니다.

{DAMB}로 요청하신 게시물 5건에 대하여 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean operator one-sentence bulk completion notice",
    why="all five posts said deleted without naming any; a five-item request needs item-level statements",
    items={D[0]: "pending", D[1]: "pending", D[2]: "pending", D[3]: "pending", D[4]: "pending"},
)

case(
    name="dambyeok-under-review",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Mon, 09 Sep 2024 15:00:00 +0900",
    subject=h(f"Re: {DAMB} 접수 안내"),
    reply_to_req=mid(DAMB),
    body=f"""
안녕하세요.

요청하신 게시물({D_RAW[2]})은 현재 내부 검토 중입니다.
검토가 끝나는 대로 조치 결과를 회신드리겠습니다.

담벼락 운영팀
""",
    outcome="review", review="not_understood",
    imitates="Korean operator '검토 중, 결과 회신 예정' reply naming the post",
    why="names a requested post but only says it is under review; a trusted email naming items is not ignored",
    items={D[2]: "pending"},
)

case(
    name="dambyeok-read-receipt",
    **{"from": "admin@dambyeok.co.kr"}, name_from=h(DB),
    date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject=h(f"읽음 확인: 불법정보 삭제 요청 {DAMB}"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-db-0909"

--mdn-db-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-09 10:12 에 수신자가 읽었습니다.
제목: 불법정보 삭제 요청 {DAMB}

--mdn-db-0909
Content-Type: message/disposition-notification

Reporting-UA: webmail.dambyeok.co.kr
Final-Recipient: rfc822; admin@dambyeok.co.kr
Original-Message-ID: <{mid(DAMB)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-db-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (message disposition notification) in Korean",
    why="a read receipt",
    items={},
)

# ================================================================ inkboard (image board)
case(
    name="inkboard-janitor-pruned",
    **{"from": "tsk@inkboard.org"}, name_from="tsk",
    date="Tue, 10 Sep 2024 22:03:00 +0900",
    subject=f"Re: {INK}",
    reply_to_req=mid(INK),
    body="""
thread https://inkboard.org/kr/res/448120.html deleted and the image
https://i.inkboard.org/kr/src/1725801123456.jpg purged from the image server.
poster banned.

- tsk (inkboard admin)
""",
    outcome="applied", classification="confirmation",
    imitates="image board admin's terse lower-case reply",
    why="thread deleted and image purged: both removed (the statement runs over a line break between 'the image' and its URL)",
    items={I[0]: "removed", I[1]: "removed"},
)

case(
    name="inkboard-deleted-and-no-such-file",
    **{"from": "mods@inkboard.org"}, name_from="inkboard moderation",
    date="Wed, 11 Sep 2024 08:14:00 +0900",
    subject=f"Re: {INK} thread 448120",
    reply_to_req=mid(INK),
    body="""
Hi,

The thread https://inkboard.org/kr/res/448120.html was locked and deleted
by a moderator last night.

We could not find https://i.inkboard.org/kr/src/1725801123456.jpg - there
is no file with that name on our image servers, so there is nothing to
delete.

inkboard moderation team
""",
    outcome="applied", classification="confirmation",
    imitates="small image board moderation team reply",
    why="thread deleted (removed); image file cannot be found (not_found)",
    items={I[0]: "removed", I[1]: "not_found"},
)

case(
    name="inkboard-maybe-pruned",
    **{"from": "tsk@inkboard.org"}, name_from="tsk",
    date="Tue, 10 Sep 2024 13:40:00 +0900",
    subject=f"Re: {INK}",
    reply_to_req=mid(INK),
    body="""
hey

looked at https://inkboard.org/kr/res/448120.html - looks like it may have
already fallen off the board, probably pruned. image link probably too.
can't say for sure until the /kr/ janitor is back tonight.

- tsk
""",
    outcome="review", review="not_understood",
    imitates="image board admin's hedged first look",
    why="'may have', 'probably', 'can't say for sure': hedges, not statements",
    items={I[0]: "pending", I[1]: "pending"},
)

# ================================================================ ParcelFile (file host)
PF = "ParcelFile Abuse"

case(
    name="parcelfile-bulleted-disabled",
    **{"from": "abuse@parcelfile.com"}, name_from=PF,
    date="Thu, 12 Sep 2024 13:25:00 +0900",
    subject=f"Re: [#41877] {PARCEL}",
    reply_to_req=mid(PARCEL),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="pf41877"

--pf41877
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The following files have been disabled and can no longer be downloaded:

 * https://parcelfile.com/f/Xk29aLq
 * https://parcelfile.com/f/Pm71zQe
 * https://parcelfile.com/f/Rt05wVb

The uploader's account has received a strike.

ParcelFile Abuse Team

--pf41877
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>The following files have been disabled and can no longer be downloaded:</p>
<ul>
<li><a href="https://parcelfile.com/f/Xk29aLq">https://parcelfile.com/f/Xk29aLq</a></li>
<li><a href="https://parcelfile.com/f/Pm71zQe">https://parcelfile.com/f/Pm71zQe</a></li>
<li><a href="https://parcelfile.com/f/Rt05wVb">https://parcelfile.com/f/Rt05wVb</a></li>
</ul>
<p>The uploader's account has received a strike.</p>
<p>ParcelFile Abuse Team</p>
</body></html>

--pf41877--
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse reply with a bulleted list of disabled files (plain + HTML)",
    why="three named files disabled (removed); the fourth item is not mentioned",
    items={P[0]: "removed", P[1]: "removed", P[2]: "removed"},
)

B64_BODY = f"""Hello KCSC,

Update on {PARCEL}:

Pm71zQe - file not found. It was deleted by the uploader before your
report reached us.
https://parcelfile.com/f/Pm71zQe

Xk29aLq - downloads of this file are now blocked for visitors from South
Korea.
https://parcelfile.com/f/Xk29aLq

ParcelFile Abuse Team
"""
case(
    name="parcelfile-base64-short-ids",
    **{"from": "abuse@parcelfile.com"}, name_from=PF,
    date="Wed, 11 Sep 2024 18:44:00 +0900",
    subject=f"Re: [#41877] {PARCEL}",
    reply_to_req=mid(PARCEL),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_BODY)}""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply sent base64-encoded, statement first and the URL on the line after",
    why="deleted by the uploader before the report: not_found; blocked for Korea only: restricted",
    items={P[1]: "not_found", P[0]: "restricted"},
)

case(
    name="parcelfile-statement-then-url",
    **{"from": "legal@parcelfile.com"}, name_from="ParcelFile Legal",
    date="Fri, 13 Sep 2024 10:05:00 +0900",
    subject=f"Re: [#41877] {PARCEL}",
    reply_to_req=mid(PARCEL),
    body="""
Dear KCSC,

We have removed this file:
https://parcelfile.com/f/Rt05wVb

We have reviewed the following link and will not remove it. It is the
official installer of a freely licensed program, published by its
author, and it does not infringe anyone's copyright:
https://dl.parcelfile.com/d/Hq44nTs/setup_kr.exe

Regards,
ParcelFile Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host legal team reply, each statement followed by its URL on the next line",
    why="first file removed; second refused with a reason (rejected)",
    items={P[2]: "removed", P[3]: "rejected"},
)

case(
    name="parcelfile-asks-for-keys",
    **{"from": "abuse@parcelfile.com"}, name_from=PF,
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    subject=f"Re: [#41877] {PARCEL} - more information needed",
    reply_to_req=mid(PARCEL),
    body=f"""
Hello,

Thank you for report {PARCEL}. Before we can act on it we need more
information:

https://parcelfile.com/f/Rt05wVb is a shared folder with 214 files.
Please tell us which files in it are illegal, and send the full links
including the part after '#', as without it we cannot identify the
content.

Please reply to this message keeping the ticket number in the subject.

ParcelFile Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="file host asking for the full link and the specific files before acting",
    why="the platform asks for more information; nothing is stated about the item",
    items={P[2]: "pending"},
)

case(
    name="parcelfile-helpdesk-receipt",
    **{"from": "support@parcelfile.com"}, name_from="ParcelFile Support",
    date="Wed, 11 Sep 2024 10:01:30 +0900",
    subject=f"[#41877] Re: Removal request {PARCEL}",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
## Please type your reply above this line ##

Your request (41877) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from ParcelFile Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-style) automatic request receipt",
    why="pure receipt; no item named",
    items={},
)

# ================================================================ Quillbin (paste site)
case(
    name="quillbin-sole-removed",
    **{"from": "abuse@quillbin.io"}, name_from="Quillbin",
    date="Thu, 12 Sep 2024 13:02:00 +0900",
    subject=f"Re: Removal request {QUILL}",
    reply_to_req=mid(QUILL),
    body=f"""
Hi,

The paste you reported under {QUILL} was removed this morning and the
account that created it has been banned.

- Ola, Quillbin
""",
    outcome="applied", classification="confirmation",
    imitates="paste site operator's informal reply naming only the reference",
    why="a one-item request: 'the paste you reported was removed' covers that single item",
    items={Q[0]: "removed"},
)

case(
    name="quillbin-angle-bracket-expired",
    **{"from": "ola@quillbin.io"}, name_from="Ola Berg",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    subject=f"Re: Removal request {QUILL}",
    reply_to_req=mid(QUILL),
    body="""
Hello,

The paste <https://quillbin.io/p/7fQ2mZ> had already expired before your
mail arrived (it was set to self-destruct after one day), so it no
longer exists and there is nothing left for us to remove.

Ola
Quillbin
""",
    outcome="applied", classification="confirmation",
    imitates="paste site operator reply, URL in angle brackets",
    why="the paste expired and no longer exists: not_found",
    items={Q[0]: "not_found"},
)

case(
    name="quillbin-new-abuse-address",
    **{"from": "ola@quillbin.io"}, name_from="Ola Berg",
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject="Quillbin abuse contact",
    body="""
Hi,

Quick note: we have set up a dedicated abuse mailbox. Please send any
future reports to abuse@quillbin.io rather than to me personally, it is
watched by two people now.

Thanks,
Ola
""",
    outcome="review", review="no_claims",
    imitates="small service operator announcing a new abuse address",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="quillbin-vacation-autoreply",
    **{"from": "ola@quillbin.io"}, name_from="Ola Berg",
    date="Thu, 12 Sep 2024 10:00:20 +0900",
    subject=f"Auto: Removal request {QUILL}",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
I'm travelling until 16 September with limited access to mail.
Urgent abuse reports: abuse@quillbin.io

Ola
""",
    outcome="ignored", classification="auto_reply",
    imitates="vacation auto-reply of a one-person service",
    why="an auto-reply",
    items={},
)

HEADER = """# Blind set 769 (hosting providers, a CDN, a registrar, a Korean forum,
# an image board, a file host and a paste site; CSV attachments, plain-text
# tables). Written by tests/corpus/blind769/make.py; expected results written
# from each email's meaning before the reader was run. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
