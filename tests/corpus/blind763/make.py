#!/usr/bin/env python3
"""Blind set 763: hosting providers, a CDN, a registrar, a forum, an image
board, a file host and a paste service answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

Every email is fictional and written in our own sentences. The expected
results below were written from each email's meaning alone, before any run
of the reader. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind763/make.py
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind763"

# ---------------------------------------------------------------- requests
K = [
    "https://goldtoto88.kumosite.net/",
    "https://goldtoto88.kumosite.net/join.php",
    "https://goldtoto88.kumosite.net/event/1104",
    "https://hanriver-bet.kumosite.net/",
    "https://hanriver-bet.kumosite.net/m/index.html",
    "https://casino-nabi.kumosite.net/slot/7",
    "https://casino-nabi.kumosite.net/bbs/view.php?no=3381",
    "https://pado-sports.kumosite.net/live",
    "https://pado-sports.kumosite.net/promo/welcome",
    "https://k-powerball.kumosite.net/",
    "https://k-powerball.kumosite.net/result?date=20240901",
    "https://dalbit-holdem.kumosite.net/lobby",
]
R = [
    "https://ruribox.com/f/Qm7xT2aa",
    "https://ruribox.com/f/Lp90vvRe",
    "https://ruribox.com/f/Zc31NoK8",
    "https://dl.ruribox.com/f/Hh5TqW01/archive.zip",
    "https://ruribox.com/folder/8Xy2Pw",
]
M = [
    "https://madang-bbs.co.kr/board/free/88231",
    "https://madang-bbs.co.kr/board/%EC%9E%90%EC%9C%A0/90412",
    "https://madang-bbs.co.kr/board/humor/77120",
    "https://m.madang-bbs.co.kr/board/free/88302",
]
M2_RAW = "https://madang-bbs.co.kr/board/자유/90412"
N = [
    "https://nekochan.org/kr/res/55102.html",
    "https://nekochan.org/kr/res/55140.html",
    "https://nekochan.org/b/res/990021.html",
]
G = ["http://haneultoto-365.com/", "http://bbang-casino.net/"]
E = ["https://drama-freeview.net/ep/1021", "https://drama-freeview.net/ep/1022"]
P = ["https://pasteleaf.io/p/r8KfW2"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240902-01", "kumohost", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "gambling", K, "illegal gambling sites on Kumo Hosting customer subdomains"),
    ("KCSC-240903-02", "ruribox", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "obscenity", R, "file host links shared in gambling and adult forums"),
    ("KCSC-240904-03", "madang", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     "defamation", M, "forum posts naming a private person"),
    ("KCSC-240905-04", "nekochan", "2024-09-05T15:10:00+09:00", "2024-09-12T23:59:59+09:00",
     "privacy", N, "image board threads with leaked personal data"),
    ("KCSC-240906-05", "gaondomain", "2024-09-06T10:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "gambling", G, "domains registered through Gaon Domain"),
    ("KCSC-240909-06", "edgeveil", "2024-09-09T13:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "copyright", E, "streaming site behind the EdgeVeil CDN"),
    ("KCSC-240910-07", "pasteleaf", "2024-09-10T16:45:00+09:00", "2024-09-17T23:59:59+09:00",
     "privacy", P, "paste with resident registration numbers"),
]


def req_mid(ref):
    return "req-" + ref[5:].lower()  # req-240902-01 (@kcsc.example added)


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def request_text(ref, urls, lang="en"):
    """Our own request email's text, as it appears when quoted."""
    if lang == "ko":
        head = (f"안녕하십니까, 방송통신심의위원회입니다.\n"
                f"아래 게시물에 대하여 시정요구(삭제)를 요청드립니다. (관리번호 {ref})\n")
    else:
        head = (f"Dear abuse team,\n\nThe Korea Communications Standards Commission asks you to\n"
                f"remove the following content (our reference {ref}):\n")
    body = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return head + "\n" + body + "\n\nKCSC Takedown Desk\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def mixed_with_csv(boundary, text, filename, csvdata):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csvdata)}
--{boundary}--
"""


KUMO = "KCSC-240902-01"
RURI = "KCSC-240903-02"
MAD = "KCSC-240904-03"
NEKO = "KCSC-240905-04"
GAON = "KCSC-240906-05"
EDGE = "KCSC-240909-06"
PASTE = "KCSC-240910-07"

KSUBJ = f"[{KUMO}] Removal request: illegal gambling sites on your network"
RSUBJ = f"[{RURI}] Removal request: files hosted on ruribox.com"
MSUBJ = f"[{MAD}] 불법정보 시정요구(삭제) 요청"
NSUBJ = f"[{NEKO}] Removal request: personal data on nekochan.org"
GSUBJ = f"[{GAON}] Abuse report: illegal gambling domains"
ESUBJ = f"[{EDGE}] Removal request: infringing streams behind EdgeVeil"
PSUBJ = f"[{PASTE}] Removal request: personal data on pasteleaf.io"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Kumo Hosting
case(
    name="kumo-abuse-desk-numbered-mixed",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 15:12:44 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hello,

Thank you for your report. Our findings so far, per URL:

1. {K[0]} - account suspended, site offline
2. {K[1]} - same account, offline
3. {K[2]} - same account, offline
4. {K[9]} - no such virtual host exists on our platform; the
   hostname is not configured on any of our servers
5. {K[11]} - still under investigation, we will update you

Regards,
Daniel Ko
Abuse Desk | Kumo Hosting
Ticket KH-AB-77402
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-desk ticket reply with a numbered per-URL outcome list",
    why="trusted host states suspended/offline for three URLs and 'no such virtual host' for one; 'still under investigation' leaves the last pending",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[9]: "not_found", K[11]: "pending"},
)

KCSV = csv_text([
    ["ticket", "reported_url", "finding", "action_taken", "action_date"],
    ["KH-AB-77402", K[0], "Gambling site", "Suspended - account terminated", "2024-09-03"],
    ["KH-AB-77402", K[1], "Gambling site", "Suspended - account terminated", "2024-09-03"],
    ["KH-AB-77402", K[2], "Gambling site", "Suspended - account terminated", "2024-09-03"],
    ["KH-AB-77403", K[3], "Gambling site", "Suspended - vhost disabled", "2024-09-04"],
    ["KH-AB-77403", K[4], "Gambling site", "Suspended - vhost disabled", "2024-09-04"],
    ["KH-AB-77404", K[5], "Not found", "None - HTTP 404 at time of review", "2024-09-04"],
    ["KH-AB-77404", K[6], "Gambling forum post", "Removed by Kumo staff", "2024-09-04"],
    ["KH-AB-77405", K[7], "Live odds page", "Geo-restricted (KR)", "2024-09-04"],
    ["KH-AB-77405", K[8], "Promotion page", "Geo-restricted (KR)", "2024-09-04"],
    ["KH-AB-77406", K[9], "Lottery results information", "No action - no AUP violation", "2024-09-04"],
    ["KH-AB-77406", K[10], "Lottery results information", "No action - no AUP violation", "2024-09-04"],
    ["KH-AB-77407", K[11], "Pending customer reply", "Open - under investigation", ""],
])
case(
    name="kumo-csv-attachment-all-twelve",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 18:03:10 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    raw_mime=mixed_with_csv("=_kumo_7f31a", f"""Hello KCSC team,

We have completed our review of your report {KUMO}. The outcome for
each URL is in the attached spreadsheet (one row per URL). Sites marked
"Suspended" no longer serve any content; "Geo-restricted (KR)" means the
customer's pages are no longer reachable from Korean IP addresses.

Kind regards,
Kumo Hosting Abuse Desk
""", "KCSC-240902-01_outcome.csv", KCSV),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a per-URL outcome spreadsheet exported from the ticket system (CSV attachment)",
    why="CSV states suspended/removed, 404, geo-restricted KR, no AUP violation and open for each of the twelve URLs",
    items={K[0]: "removed", K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "removed",
           K[5]: "not_found", K[6]: "removed", K[7]: "restricted", K[8]: "restricted",
           K[9]: "rejected", K[10]: "rejected", K[11]: "pending"},
)

case(
    name="kumo-all-sites-suspended-bulk",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Thu, 05 Sep 2024 09:41:00 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hi,

All of the sites in your report {KUMO} have been suspended and the
customer accounts behind them terminated for breach of our Acceptable Use
Policy (https://www.kumohost.net/legal/aup).

We consider this ticket closed.

--
Kumo Hosting Abuse Desk
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="abuse-desk closing note: 'all sites in your report suspended' without a URL list",
    why="one sentence about all twelve items without naming any; a twelve-item request, so bulk review; the AUP link is no item",
    items={u: "pending" for u in K},
)

case(
    name="kumo-plaintext-fixed-width-table",
    **{"from": "noc@kumohost.net"}, name_from="Kumo Hosting NOC",
    date="Wed, 04 Sep 2024 11:26:52 +0900", subject=f"Abuse ticket KH-AB-77403 resolved ({KUMO})",
    body=f"""Hello,

Result of our check on the URLs from your complaint:

URL                                                     RESULT
------------------------------------------------------  ---------------------------
{K[3]:<56}disabled (vhost suspended)
{K[4]:<56}disabled (vhost suspended)
{K[5]:<56}disabled
{K[6]:<56}page not found
{K[7]:<56}blocked for KR visitors
{K[8]:<56}no violation found, left online

Customer has been notified. Contact us if you see any of these back
online.

Kumo Hosting NOC / abuse handling
""",
    outcome="applied", classification="confirmation",
    imitates="NOC plain-text fixed-width result table in a ticket-resolved email",
    why="one row per URL: three disabled, one not found, one blocked for KR visitors, one left online with no violation",
    items={K[3]: "removed", K[4]: "removed", K[5]: "removed", K[6]: "not_found",
           K[7]: "restricted", K[8]: "rejected"},
)

case(
    name="kumo-top-posted-outlook-quote",
    **{"from": "jiwoo.han@kumohost.net"}, name_from="Jiwoo Han",
    date="Tue, 03 Sep 2024 17:55:31 +0900", subject="RE: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hi,

The customer account has been terminated. {K[1]} and
{K[2]} now return our suspension page.

We are still working on the other sites and will come back to you.

Jiwoo Han
Trust & Safety, Kumo Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@kumohost.net
Subject: {KSUBJ}

{request_text(KUMO, K)}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply above the quoted original request",
    why="two URLs named above the quote now return the suspension page; the other ten appear only in our quoted request",
    items={K[1]: "removed", K[2]: "removed", K[0]: "pending", K[3]: "pending", K[11]: "pending"},
)

case(
    name="kumo-promise-suspend-if-not-removed",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 10:08:17 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hello,

We have passed your report to the customer concerned and given them 24
hours to take the material down. If they have not done so by then, we
will suspend {K[5]} and
{K[6]} ourselves.

We will let you know the result.

Kumo Hosting Abuse Desk
""",
    outcome="review", classification="other", review="not_understood",
    imitates="abuse desk forwarding the complaint to its customer with a deadline",
    why="a conditional promise ('if not, we will suspend'); nothing has been done yet, the two named items stay pending",
    items={K[5]: "pending", K[6]: "pending"},
)

case(
    name="kumo-ticket-receipt",
    **{"from": "noreply@kumohost.net"}, name_from="Kumo Hosting Support",
    date="Mon, 02 Sep 2024 10:01:03 +0900", subject=f"[KH-ABUSE-558120] Re: {KSUBJ}",
    reply_to_req=req_mid(KUMO),
    body="""This is an automated message.

We have received your abuse report and opened ticket KH-ABUSE-558120.
Our abuse team reviews reports in the order received; you will get an
update by email when the ticket is resolved.

Please keep the ticket number in the subject line of any reply.

Kumo Hosting Support
https://help.kumohost.net/tickets/KH-ABUSE-558120
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk automatic ticket-created receipt",
    why="pure receipt: ticket opened, nothing about any item; the ticket link is the platform's own page",
    items={},
)

case(
    name="kumo-freshdesk-unknown-domain",
    **{"from": "support@kumohost.freshdesk.com"}, name_from="Kumo Hosting Support",
    date="Wed, 04 Sep 2024 13:30:40 +0900", subject="Re: " + KSUBJ,
    body=f"""Hello,

Following your report {KUMO} the following sites have been suspended:

- {K[3]}
- {K[4]}

Best regards,
Kumo Hosting Support Team
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="reply sent through a hosted helpdesk (vendor subdomain) instead of the host's own domain",
    why="statements look genuine but the sender domain kumohost.freshdesk.com is not one of Kumo Hosting's sender domains",
    items={K[3]: "pending", K[4]: "pending"},
)

case(
    name="kumo-asks-for-exact-paths",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 12:44:09 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hello,

Before we can act on two of the entries we need more information.

For {K[0]} and {K[9]} you
only gave us the site's front page. Please send the exact pages where
the gambling content appears, together with a screenshot of each and the
date and time (KST) you saw it. Without this we are unable to verify the
complaint.

Thank you,
Kumo Hosting Abuse Desk
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="abuse desk asking the complainant for exact URLs and screenshots",
    why="the host asks for more information about two items and states nothing about them",
    items={K[0]: "pending", K[9]: "pending"},
)

case(
    name="kumo-html-ticket-resolution-table",
    **{"from": "tickets@kumohost.net"}, name_from="Kumo Hosting Abuse",
    date="Thu, 05 Sep 2024 16:20:00 +0900", subject=f"Abuse case KH-AB-77431 resolved - {KUMO}",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear reporter,</p>
<p>Abuse case <b>KH-AB-77431</b> has been resolved. Outcome per reported URL:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th><th>Date</th></tr>
<tr><td>1</td><td><a href="{K[5]}">{K[5]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{K[6].replace('&', '&amp;')}">{K[6]}</a></td><td>Removed</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{K[7]}">{K[7]}</a></td><td>Not found</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{K[8]}">{K[8]}</a></td><td>Restricted (region: KR)</td><td>2024-09-05</td></tr>
</table>
<p>If you believe this outcome is wrong you can reopen the case at
<a href="https://help.kumohost.net/abuse/KH-AB-77431">our help centre</a>.</p>
<p style="color:#777">Kumo Hosting &middot; Abuse handling</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML resolution email with a per-URL outcome table",
    why="HTML table: two removed, one not found, one restricted for Korea; the help-centre link is no item",
    items={K[5]: "removed", K[6]: "removed", K[7]: "not_found", K[8]: "restricted"},
)

QP_BODY = f"""안녕하세요, 쿠모호스팅 어뷰즈 대응팀입니다.

Following up on your report {KUMO}:

  * {K[10]} -- the customer deleted this page after our notice; we verified at 14:20 KST that it is gone.
  * {K[11]} -- suspended by Kumo Hosting on 6 September, the whole site now shows our suspension notice.

감사합니다.
Kumo Hosting Abuse Desk
"""
case(
    name="kumo-quoted-printable-bullets",
    **{"from": "abuse@kumohost.net"}, name_from="Kumo Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 14:51:27 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual abuse-desk follow-up, quoted-printable with soft-wrapped long lines",
    why="page deleted (after the host's notice, verified gone) and site suspended: both removed",
    items={K[10]: "removed", K[11]: "removed"},
)

case(
    name="kumo-echoed-report-resolution",
    **{"from": "abuse-noreply@kumohost.net"}, name_from="Kumo Hosting Abuse",
    date="Wed, 04 Sep 2024 20:02:15 +0900", subject="Your abuse report KH-AB-77419 has been processed",
    body=f"""Your abuse report has been processed.

---- Report details ----
Reported URL:        {K[4]}
Category:            Illegal gambling
Reporter reference:  {KUMO}
Submitted:           2024-09-02 10:14 KST

---- Resolution ----
Status:  Closed - content disabled
We have disabled the reported page. It now returns HTTP 404.

This mailbox is not monitored. To add information to this report use
https://help.kumohost.net/abuse/KH-AB-77419
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-portal resolution email echoing the submitted report fields",
    why="one report per URL: the echoed URL's page was disabled by the host",
    items={K[4]: "removed"},
)

case(
    name="kumo-gmail-style-quote",
    **{"from": "minseo.park@kumohost.net"}, name_from="Minseo Park",
    date="Thu, 05 Sep 2024 11:03:48 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hello,

We looked at {K[3]} - it is a sports news blog with no betting
features, so we are not taking action on it.

{K[11]} was suspended by us yesterday evening.

Minseo

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text(KUMO, K))}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply in Gmail style above a '>'-quoted request",
    why="one site refused (no betting features, no action) and one suspended; the rest only in the quote",
    items={K[3]: "rejected", K[11]: "removed", K[0]: "pending", K[6]: "pending"},
)

# ================================================================ Ruribox
case(
    name="ruri-deleted-and-hash-blocked",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Wed, 04 Sep 2024 02:17:33 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    body=f"""Hello,

The following files were deleted and their hashes added to our
re-upload block list:

  - {R[0]}
  - {R[1]}
  - {R[3]}

The folder {R[4]} no longer existed when we checked; its
owner had deleted it on 2 September, before your report reached us.

Ruribox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse reply: files deleted and hash-blocked, folder already deleted by its owner",
    why="three files deleted; the folder was already deleted by its owner before the report (not_found)",
    items={R[0]: "removed", R[1]: "removed", R[3]: "removed", R[4]: "not_found"},
)

case(
    name="ruri-one-word-over-quote",
    **{"from": "tomas@ruribox.com"}, name_from="Tomas",
    date="Wed, 04 Sep 2024 09:12:05 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    body=f"""deleted.

On 03/09/2024 02:30, KCSC Takedown wrote:
{quote(request_text(RURI, R))}
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-word admin reply above the quoted request",
    why="'deleted.' covers the five quoted URLs without naming any of them: bulk for a five-item request",
    items={u: "pending" for u in R},
)

B64_BODY = f"""Hi KCSC,

Re your report {RURI}:

<{R[0]}> - deleted, uploader account closed.
<{R[3]}> - there is no file with this id on our storage servers.

Regards,
Ruribox Abuse
"""
case(
    name="ruri-base64-angle-brackets",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Thu, 05 Sep 2024 07:45:19 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: base64

{b64(B64_BODY)}
""",
    outcome="applied", classification="confirmation",
    imitates="webmail reply sent base64-encoded, URLs in angle brackets",
    why="one file deleted; one id does not exist on the host's storage",
    items={R[0]: "removed", R[3]: "not_found"},
)

case(
    name="ruri-out-of-office",
    **{"from": "lena@ruribox.com"}, name_from="Lena Vogt",
    date="Tue, 03 Sep 2024 02:31:02 +0000", subject="Automatic reply: " + RSUBJ,
    reply_to_req=req_mid(RURI),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 16 September with limited access
to email. For abuse reports please write to abuse@ruribox.com, which is
monitored every day.

Lena
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="ruri-hedged-appears-removed",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Wed, 04 Sep 2024 13:08:40 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    body=f"""Hello,

It appears the uploader may have removed {R[2]}
themselves before we got to it, but our logs for that node are
incomplete so we cannot confirm it yet. We are still looking into the
other links in your report and will reply once we have checked them.

Ruribox Abuse Team
""",
    outcome="review", classification="other", review="not_understood",
    imitates="abuse-desk interim reply with an unconfirmed observation",
    why="'appears ... may have removed ... cannot confirm' is a hedge; the item stays pending",
    items={R[2]: "pending"},
)

case(
    name="ruri-dkim-fail-claims",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse", auth="fail",
    date="Wed, 04 Sep 2024 16:22:00 +0000", subject="Re: " + RSUBJ,
    body=f"""Hello,

We have deleted the following files:
{R[0]}
{R[1]}

Ruribox Abuse Team
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="file-host reply whose DKIM/SPF/DMARC failed on arrival",
    why="item-level statements, but from ruribox.com failing authentication",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="ruri-url-below-statement",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Thu, 05 Sep 2024 10:55:12 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    body=f"""Hello,

The following file has been disabled for breaching our terms of service:
{R[1]}

This one remains available; we reviewed it and it does not contain what
your report describes (it is a software installer):
{R[2]}

Ruribox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="file-host reply with each URL on the line below its statement",
    why="one file disabled, one left up after review with its reason",
    items={R[1]: "removed", R[2]: "rejected"},
)

RCSV = csv_text([
    ["file_id", "url", "status", "reason", "processed_utc"],
    ["Qm7xT2aa", R[0], "deleted", "tos_violation", "2024-09-04 01:12"],
    ["Lp90vvRe", R[1], "deleted", "tos_violation", "2024-09-04 01:12"],
    ["Zc31NoK8", R[2], "kept", "no_violation_found", "2024-09-04 01:20"],
    ["Hh5TqW01", R[3], "deleted", "tos_violation", "2024-09-04 01:13"],
    ["8Xy2Pw", R[4], "not_found", "deleted_by_owner_before_review", "2024-09-04 01:14"],
])
case(
    name="ruri-csv-export",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Wed, 04 Sep 2024 01:40:00 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    raw_mime=mixed_with_csv("----=_rb_20931", """Hello,

Attached is the export from our moderation tool for your report.

Ruribox Abuse Team
""", "ruribox_abuse_RB-20931.csv", RCSV),
    outcome="applied", classification="confirmation",
    imitates="moderation-tool CSV export attached to a two-line abuse reply",
    why="CSV: three deleted, one kept with no violation found, one deleted by its owner before review",
    items={R[0]: "removed", R[1]: "removed", R[2]: "rejected", R[3]: "removed", R[4]: "not_found"},
)

case(
    name="ruri-ack-plus-statement",
    **{"from": "abuse@ruribox.com"}, name_from="Ruribox Abuse",
    date="Tue, 03 Sep 2024 08:02:51 +0000", subject="Re: " + RSUBJ, reply_to_req=req_mid(RURI),
    body=f"""Thank you for your report, we have logged it as RB-20931.

The file {R[0]} has been deleted and the uploader's
account closed. The remaining links are in the queue.

Ruribox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse reply that opens like a receipt and then states an action",
    why="receipt phrase plus an unhedged deletion of one named file; 'in the queue' leaves the rest pending",
    items={R[0]: "removed"},
)

# ================================================================ Madang BBS
case(
    name="madang-admin-one-liner-korean",
    **{"from": "admin@madang-bbs.co.kr"}, name_from="마당게시판 운영자",
    date="Wed, 04 Sep 2024 14:25:31 +0900", subject="Re: " + MSUBJ, reply_to_req=req_mid(MAD),
    body=f"""운영자입니다. 말씀하신 글 {M[0]} 은 방금 삭제했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean forum admin's one-line reply",
    why="forum admin states the named post was deleted (URL followed by a particle)",
    items={M[0]: "removed"},
)

case(
    name="madang-plaintext-result-table",
    **{"from": "cs@madang-bbs.co.kr"}, name_from="마당게시판 고객센터",
    date="Thu, 05 Sep 2024 10:10:10 +0900", subject=f"[{MAD}] 시정요구 조치결과 회신",
    body=f"""방송통신심의위원회 담당자님께,

요청하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

번호 | URL                                              | 조치 결과
-----+--------------------------------------------------+---------------------------
1    | {M[0]}        | 삭제
2    | {M2_RAW}          | 블라인드 처리
3    | {M[2]}       | 게시물 없음 (작성자 삭제)
4    | {M[3]}     | 임시조치 (30일)

문의사항은 cs@madang-bbs.co.kr 로 연락 주시기 바랍니다.

마당게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 plain-text table",
    why="삭제 and 블라인드 are removals, 게시물 없음(작성자 삭제) is not_found, 임시조치 is restricted; the Korean path matches its percent-encoded form",
    items={M[0]: "removed", M[1]: "removed", M[2]: "not_found", M[3]: "restricted"},
)

case(
    name="madang-promise-today-korean",
    **{"from": "cs@madang-bbs.co.kr"}, name_from="마당게시판 고객센터",
    date="Wed, 04 Sep 2024 11:02:44 +0900", subject="Re: " + MSUBJ, reply_to_req=req_mid(MAD),
    body=f"""안녕하세요, 마당게시판 고객센터입니다.

말씀하신 게시물 2건
 - {M[0]}
 - {M2_RAW}
은 내부 검토를 거쳐 금일 중 삭제 조치할 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Korean customer-centre reply promising deletion later the same day",
    why="'삭제 조치할 예정' is a promise; both named items stay pending",
    items={M[0]: "pending", M[1]: "pending"},
)

case(
    name="madang-keeps-post-fullwidth",
    **{"from": "cs@madang-bbs.co.kr"}, name_from="마당게시판 고객센터",
    date="Fri, 06 Sep 2024 16:40:05 +0900", subject="Re: " + MSUBJ, reply_to_req=req_mid(MAD),
    body=f"""안녕하세요, 마당게시판 고객센터입니다.

요청하신 게시물（<{M[3]}>）을 운영정책에 따라 검토하였으나,
특정인을 식별할 수 있는 정보가 포함되어 있지 않아 운영정책 위반 사항이 확인되지 않았습니다.
따라서 해당 게시물은 게시를 유지합니다.

운영정책: https://madang-bbs.co.kr/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum refusal (게시 유지) with its reason",
    why="post reviewed, no policy breach found, kept up: rejected; the policy link is no item",
    items={M[3]: "rejected"},
)

case(
    name="madang-forwarded-moderator",
    **{"from": "admin@madang-bbs.co.kr"}, name_from="마당게시판 운영자",
    date="Thu, 05 Sep 2024 09:15:00 +0900", subject="Fwd: 신고 게시물 처리했습니다",
    body=f"""담당 모더레이터가 처리한 내용 전달드립니다.

---------- Forwarded message ---------
From: 자유게시판 모더레이터 <madang.mod.free@gmail.com>
Date: 2024년 9월 4일 (수) 오후 11:48
Subject: 신고 게시물 처리했습니다
To: <admin@madang-bbs.co.kr>

관리자님, 방심위 요청 건({MAD}) 중
{M[0]}
{M2_RAW}
두 글 모두 삭제했습니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="forum admin forwarding a volunteer moderator's Gmail message",
    why="the statement is in a forwarded message written by a moderator on a Gmail address, not by the platform's own mail",
    items={M[0]: "pending", M[1]: "pending"},
)

MAD_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Malgun Gothic',sans-serif;font-size:14px">
<h3>게시중단 처리 안내</h3>
<p>안녕하세요. 마당게시판 권리보호센터입니다.<br>
방송통신심의위원회의 요청({MAD})에 따른 처리 결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th>게시물 주소</th><th>처리 결과</th><th>사유</th></tr>
<tr><td><a href="{M[1]}">{M2_RAW}</a></td><td>게시중단</td><td>명예훼손 소지</td></tr>
<tr><td><a href="{M[2]}">{M[2]}</a></td><td>삭제 불가</td><td>운영정책 위반사항 없음</td></tr>
</table>
<p>처리 결과에 이의가 있으신 경우 <a href="https://madang-bbs.co.kr/help/appeal">이의신청</a> 페이지를 이용해 주세요.</p>
<p>마당게시판 권리보호센터 드림</p>
</div></body></html>
"""
case(
    name="madang-html-notice-table",
    **{"from": "rights@madang-bbs.co.kr"}, name_from="마당게시판 권리보호센터",
    date="Fri, 06 Sep 2024 10:30:00 +0900", subject=f"[마당게시판] 게시중단 처리 안내 ({MAD})",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="mdg_alt_0906"

--mdg_alt_0906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 HTML 형식입니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--mdg_alt_0906
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(MAD_HTML)}
--mdg_alt_0906--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 처리 안내 HTML notice (base64) with a result table",
    why="게시중단 is removed; 삭제 불가 / 위반사항 없음 is a refusal with its reason; the appeal link is no item",
    items={M[1]: "removed", M[2]: "rejected"},
)

case(
    name="madang-out-of-office-korean",
    **{"from": "jh.lee@madang-bbs.co.kr"}, name_from="이정훈",
    date="Wed, 04 Sep 2024 09:41:12 +0900", subject="[자동응답] Re: " + MSUBJ,
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""[자동응답] 부재중 안내

9월 4일(수)부터 9월 10일(화)까지 휴가로 부재중입니다.
급한 용무는 고객센터(cs@madang-bbs.co.kr)로 연락 부탁드립니다.

이정훈 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="부재중 자동응답",
    items={},
)

# ================================================================ Nekochan
case(
    name="neko-admin-nuked-and-pruned",
    **{"from": "admin@nekochan.org"}, name_from="neko admin",
    date="Thu, 05 Sep 2024 22:03:11 +0900", subject="Re: " + NSUBJ, reply_to_req=req_mid(NEKO),
    body=f"""nuked {N[0]} and {N[1]}, posters banned.

{N[2]} already 404s, that thread got pruned off /b/ days
before your mail came in.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal two-line reply",
    why="two threads deleted ('nuked'); the third no longer existed (pruned before the report): not_found",
    items={N[0]: "removed", N[1]: "removed", N[2]: "not_found"},
)

case(
    name="neko-refuses-discussion-thread",
    **{"from": "admin@nekochan.org"}, name_from="neko admin",
    date="Fri, 06 Sep 2024 01:12:40 +0900", subject="Re: " + NSUBJ, reply_to_req=req_mid(NEKO),
    body=f"""not removing {N[1]} - it's a discussion thread, nobody
posted anyone's address or phone number in it and it breaks none of our
rules. the other two are being looked at.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin refusing a request with a one-sentence reason",
    why="explicit refusal with its reason for one thread; 'being looked at' for the others states nothing",
    items={N[1]: "rejected"},
)

case(
    name="neko-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@nekochan.org"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 15:11:02 +0900", subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.55A1C0.1725516662"

--dsn.55A1C0.1725516662
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.nekochan.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@nekochan.org>: mailbox is full, message rejected (quota exceeded)

--dsn.55A1C0.1725516662
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nekochan.org
Arrival-Date: Thu,  5 Sep 2024 15:10:58 +0900 (KST)

Final-Recipient: rfc822; abuse@nekochan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; mailbox is full

--dsn.55A1C0.1725516662
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@nekochan.org
Subject: {NSUBJ}
Date: Thu, 5 Sep 2024 15:10:00 +0900
Message-ID: <{req_mid(NEKO)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{request_text(NEKO, N)}
--dsn.55A1C0.1725516662--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (mailbox full) carrying the original request",
    why="delivery failure; the URLs appear only in our returned request",
    items={},
)

case(
    name="neko-bare-urls-status-below",
    **{"from": "mod@nekochan.org"}, name_from="nekochan mod team",
    date="Sat, 07 Sep 2024 03:30:27 +0900", subject="Re: " + NSUBJ, reply_to_req=req_mid(NEKO),
    body=f"""{N[1]}
deleted

{N[2]}
deleted + poster banned

--
nekochan mods
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply listing bare URLs with the status on the line below",
    why="each URL followed by 'deleted' on the next line",
    items={N[1]: "removed", N[2]: "removed"},
)

# ================================================================ Gaon Domain
case(
    name="gaon-clienthold-bare-domains",
    **{"from": "abuse@gaondomain.com"}, name_from="Gaon Domain Abuse",
    date="Mon, 09 Sep 2024 11:47:05 +0900", subject="Re: " + GSUBJ, reply_to_req=req_mid(GAON),
    body=f"""Dear KCSC,

Regarding your report {GAON}, both domains have been placed on
clientHold and no longer resolve:

  - haneultoto-365.com
  - bbang-casino.net

The registrant has been informed and may contest the action through
https://www.gaondomain.com/abuse/dispute

Gaon Domain Registrar - Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: domains put on clientHold, listed as bare domain names",
    why="each domain named; clientHold means the sites no longer resolve anywhere: removed; the dispute link is no item",
    items={G[0]: "removed", G[1]: "removed"},
)

case(
    name="gaon-registrant-notice-promise",
    **{"from": "abuse@gaondomain.com"}, name_from="Gaon Domain Abuse",
    date="Fri, 06 Sep 2024 17:20:30 +0900", subject="Re: " + GSUBJ, reply_to_req=req_mid(GAON),
    body=f"""Dear KCSC,

We have sent a notice to the registrant of {G[0]} and
{G[1]} asking them to respond within five business days.
If they fail to respond, the domains will be suspended.

Gaon Domain Registrar - Abuse Department
""",
    outcome="review", classification="other", review="not_understood",
    imitates="registrar telling the reporter it has notified the registrant",
    why="only a notice to the registrant and a conditional future suspension; both items stay pending",
    items={G[0]: "pending", G[1]: "pending"},
)

case(
    name="gaon-read-receipt",
    **{"from": "compliance@gaondomain.com"}, name_from="Gaon Domain Compliance",
    date="Fri, 06 Sep 2024 10:35:44 +0900", subject="Read: " + GSUBJ,
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_gaon_0906"

--mdn_gaon_0906
Content-Type: text/plain; charset=utf-8

Your message

  To: compliance@gaondomain.com
  Subject: {GSUBJ}
  Sent: Friday, September 6, 2024 10:20 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 10:35 AM (UTC+09:00) Seoul.

--mdn_gaon_0906
Content-Type: message/disposition-notification

Reporting-UA: mail.gaondomain.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;compliance@gaondomain.com
Original-Message-ID: <{req_mid(GAON)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_gaon_0906--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="gaon-korean-one-suspended-one-pending",
    **{"from": "abuse@gaondomain.com"}, name_from="가온도메인 어뷰즈 담당",
    date="Tue, 10 Sep 2024 14:05:00 +0900", subject=f"Re: [{GAON}] 불법 도박 도메인 신고 건 처리 결과",
    reply_to_req=req_mid(GAON),
    body=f"""안녕하세요, 가온도메인 어뷰즈 담당자입니다.

요청하신 건 중 haneultoto-365.com 도메인에 대하여 9월 10일 자로 도메인 정지(clientHold) 조치를 완료하였습니다.
현재 해당 도메인은 DNS 조회가 되지 않습니다.

bbang-casino.net 은 등록인 소명 절차가 진행 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
가온도메인 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean registrar reply: 도메인 정지 완료 for one domain, 소명 절차 진행 중 for the other",
    why="one domain suspended (no longer resolves): removed; the other is in the registrant's reply period: pending",
    items={G[0]: "removed", G[1]: "pending"},
)

case(
    name="kcsc-mta-delay-notice",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Sat, 07 Sep 2024 10:20:31 +0900", subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly.20240907.0120"

--dly.20240907.0120
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 24 hours.
It will be retried until it is 5 days old.

<abuse@gaondomain.com>: connect to mx.gaondomain.com[203.0.113.25]:25:
    Connection timed out

--dly.20240907.0120
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; abuse@gaondomain.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Wed, 11 Sep 2024 10:20:00 +0900

--dly.20240907.0120
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@gaondomain.com
Subject: {GSUBJ}
Message-ID: <{req_mid(GAON)}@kcsc.example>

--dly.20240907.0120--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning for our own request",
    why="a delivery-delay DSN from our own mail server; no statement",
    items={},
)

# ================================================================ EdgeVeil (CDN)
case(
    name="edge-cdn-wrong-platform-origin-host",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 08:55:00 +0900", subject="Re: " + KSUBJ, reply_to_req=req_mid(KUMO),
    body=f"""Hello,

You copied us on your report {KUMO}. EdgeVeil only proxies these sites;
we do not host them. The origin host, Kumo Hosting, told us today that
{K[7]} and {K[8]}
have been taken offline on their side.

EdgeVeil Trust & Safety
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="CDN abuse reply relaying what the origin host told it",
    why="EdgeVeil (trusted for its own items) states statuses for two Kumo Hosting items",
    items={K[7]: "pending", K[8]: "pending"},
)

case(
    name="edge-we-do-not-host-forwarded",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Mon, 09 Sep 2024 15:30:12 +0900", subject="Re: " + ESUBJ, reply_to_req=req_mid(EDGE),
    body=f"""Hello,

EdgeVeil provides a pass-through proxy and caching service for
drama-freeview.net. We are not the hosting provider for the website and
cannot remove material stored on someone else's server.

We have forwarded your complaint about
  {E[0]}
  {E[1]}
to the hosting provider (origin 203.0.113.88) and to the website
operator. You may wish to contact the hosting provider directly.

More information: https://www.edgeveil.net/abuse/how-we-handle-reports

EdgeVeil Trust & Safety
""",
    outcome="review", classification="other", review="not_understood",
    imitates="CDN 'we do not host this content, complaint forwarded to the host' reply",
    why="names both items but says only that the complaint was forwarded; no status for either",
    items={E[0]: "pending", E[1]: "pending"},
)

case(
    name="edge-blocked-globally-and-kr",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 11 Sep 2024 19:04:37 +0900", subject="Re: " + ESUBJ, reply_to_req=req_mid(EDGE),
    body=f"""Hello,

Update on {EDGE}:

We have blocked {E[0]} at our edge. It now returns
HTTP 451 to all visitors worldwide.

For {E[1]} the operator showed us a licence valid in
their own country, so we have restricted it for visitors from South
Korea only; it remains reachable elsewhere.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN update: path blocked at the edge for everyone, another geo-blocked for Korea",
    why="one path blocked worldwide (removed), one blocked for Korean visitors only (restricted)",
    items={E[0]: "removed", E[1]: "restricted"},
)

# ================================================================ PasteLeaf
case(
    name="paste-sole-statement-no-url",
    **{"from": "mika@pasteleaf.io"}, name_from="Mika (PasteLeaf)",
    date="Tue, 10 Sep 2024 21:14:09 +0900", subject="Re: " + PSUBJ, reply_to_req=req_mid(PASTE),
    body="""hi, removed the paste you reported and blocked its content hash so it
can't be reposted.

- Mika, PasteLeaf
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service operator's informal reply",
    why="single statement about 'the paste you reported' on a one-item request: removed",
    items={P[0]: "removed"},
)

case(
    name="paste-report-receipt",
    **{"from": "reports@pasteleaf.io"}, name_from="PasteLeaf Reports",
    date="Tue, 10 Sep 2024 16:46:02 +0900", subject=f"We received your report [PL-3318] ({PASTE})",
    body=f"""Thanks, we got your report.

Report ID:      PL-3318
Reported paste: {P[0]}
Reason:         Personal information

A human will look at it, usually within 48 hours. You don't need to
reply to this email.

PasteLeaf
""",
    outcome="ignored", classification="acknowledgement",
    imitates="small service's automatic report receipt echoing the reported URL",
    why="pure receipt echoing the report; says nothing about the paste's status",
    items={},
)

case(
    name="paste-id-does-not-exist",
    **{"from": "mika@pasteleaf.io"}, name_from="Mika (PasteLeaf)",
    date="Wed, 11 Sep 2024 09:30:55 +0900", subject="Re: " + PSUBJ, reply_to_req=req_mid(PASTE),
    body=f"""hi,

there is no paste {P[0]} in our database - I checked the
live table and the deleted and expired ones too.

- Mika
""",
    outcome="applied", classification="confirmation",
    imitates="operator saying the reported id does not exist",
    why="an unhedged 'no such paste, also not among deleted/expired': not_found",
    items={P[0]: "not_found"},
)


HEADER = """# Blind set 763 (hosting providers, CDN, registrar, forum, image board,
# file host, paste service; CSV attachments and plain-text tables).
# Written by tests/corpus/blind763/make.py from the meaning of each email,
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases written")
