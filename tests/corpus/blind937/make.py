#!/usr/bin/env python3
"""Blind set blind937: hosting providers, a CDN, a registrar, a Korean forum,
an image board, a file host and a paste site answering (often informally),
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind937/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Expected results were written from
each email's meaning alone, before the reader was run on any of them.
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

SET = "blind937"


def kr(path):
    """Percent-encode the non-ASCII part of a URL path (as stored in requests.csv)."""
    return quote(path, safe="/:?=&~.-_")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
C = {
    1: "https://chanbox.org/kr/res/481120.html",
    2: "https://chanbox.org/kr/res/481177.html",
    3: "https://chanbox.org/kr/res/481203.html",
    4: "https://chanbox.org/kr/res/481355.html",
    5: "https://chanbox.org/pol/res/77410.html",
    6: "https://chanbox.org/pol/res/77462.html",
    7: "https://chanbox.org/pol/res/77503.html",
    8: "https://chanbox.org/img/src/1725600012345.jpg",
    9: "https://chanbox.org/img/src/1725600098811.png",
    10: "https://chanbox.org/b/res/9902214.html",
    11: "https://chanbox.org/b/res/9902290.html",
    12: "https://chanbox.org/b/res/9902317.html",
}
N = {
    1: "https://sora-gallery.example/albums/2024/night-set/",
    2: "https://sora-gallery.example/albums/2024/rooftop/",
    3: "https://kimchi-deals.example/shop/item.php?id=5521",
    4: "http://203.0.113.45/~mirror7/index.html",
}
Q = {
    1: "https://qfile.io/f/Xr7pLm2Q",
    2: "https://qfile.io/f/Hb93kTza",
    3: "https://qfile.io/f/9vWcE0nd",
    4: "https://qfile.io/folder/Kd21mmQa",
    5: "https://dl.qfile.io/f/Tt55aRwe/archive.zip",
}
E = {
    1: "https://bet-hanul.example/",
    2: "https://bet-hanul.example/event/welcome",
    3: "https://streamdot-kr.example/live/ch4",
}
H = {
    1: "https://casino-gold77.example/",
    2: "https://toto-seoul24.example/",
}
# Korean paths: raw in emails, percent-encoded in requests.csv / expected.toml.
M_RAW = {
    1: "https://malgeun.kr/board/자유게시판/10231",
    2: "https://malgeun.kr/board/자유게시판/10290",
    3: "https://malgeun.kr/board/사진/5512",
}
M = {k: kr(v) for k, v in M_RAW.items()}
P = {1: "https://pastelog.net/raw/q8Zt2LkW"}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, msgid-local, note
    ("KCSC-240902-01", "chanbox", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     C, "obscene", "req-240902-01", "image board threads and image files"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00",
     N, "illegal_goods", "req-240903-02", "pages on sites hosted by Nimbus"),
    ("KCSC-240904-03", "qfile", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     Q, "copyright", "req-240904-03", "file host links"),
    ("KCSC-240905-04", "edgeshield", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     E, "gambling", "req-240905-04", "sites behind the EdgeShield CDN"),
    ("KCSC-240906-05", "hanbitdomain", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     H, "gambling", "req-240906-05", "domains registered with Hanbit"),
    ("KCSC-240909-06", "malgeun", "2024-09-09T15:20:00+09:00", "2024-09-16T23:59:59+09:00",
     M, "defamation", "req-240909-06", "forum posts"),
    ("KCSC-240910-07", "pastelog", "2024-09-10T09:15:00+09:00", "2024-09-17T23:59:59+09:00",
     P, "privacy", "req-240910-07", "one paste with personal data"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_body(ref, raw_urls, subject_word="removal"):
    """The regulator's own request text, as it appears when quoted."""
    lines = [
        "Dear abuse team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks for the %s of" % subject_word,
        "the content at the following %d URL(s), reference %s:" % (len(raw_urls), ref),
        "",
    ]
    for u in raw_urls:
        lines.append("  " + u)
    lines += [
        "",
        "Please tell us what was done with each URL by the date given in our letter.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def quote_gt(lines):
    return "\n".join((">" + (" " + l if l else "")) for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def vals(d):
    return [d[k] for k in sorted(d)]


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
cases = []


def case(**kw):
    cases.append(kw)


# ======================= chanbox (image board, 12 items) ===================

case(
    name="chan-mod-nuked-two",
    outcome="applied",
    imitates="volunteer image-board moderator answering an abuse mail in two lines",
    why="'nuked ... threads + images deleted' for two named threads: both removed; 'the rest' promised only",
    **{"from": "mod@chanbox.org"},
    name_from="chanbox mods",
    date="Mon, 02 Sep 2024 19:02:44 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
nuked both of these, threads + images deleted:
https://chanbox.org/kr/res/481120.html
https://chanbox.org/kr/res/481177.html

poster banned 30d. still going through the rest of your list, will write again.

--
chanbox volunteer mod
""",
    items={C[1]: "removed", C[2]: "removed"},
)

case(
    name="chan-numbered-list-mixed",
    outcome="applied",
    imitates="image-board global volunteer's numbered reply to a report list",
    why="numbered list: deleted, pruned before the notice (no longer exists), deleted, kept (no rule broken)",
    **{"from": "minsu@chanbox.org"},
    name_from="Minsu (chanbox)",
    date="Tue, 03 Sep 2024 01:15:09 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
Hi KCSC,

Update on part of your list (our ticket CB-4471):

1. https://chanbox.org/kr/res/481203.html - deleted.
2. https://chanbox.org/kr/res/481355.html - this thread does not exist any
   more. It slid off the board and was pruned automatically on 30 August,
   before your email came in.
3. https://chanbox.org/pol/res/77410.html - deleted, and the image hash is
   on our blocklist now.
4. https://chanbox.org/pol/res/77462.html - we are leaving this one up. It
   is people arguing about a news article; nothing in it breaks our rules.

Regards,
Minsu
global volunteer, chanbox.org
""",
    items={C[3]: "removed", C[4]: "not_found", C[5]: "removed", C[6]: "rejected"},
)

csv_log = """post_url,action,actioned_at_utc,moderator_note
https://chanbox.org/pol/res/77503.html,deleted,2024-09-03 02:14,ban 7d
https://chanbox.org/img/src/1725600012345.jpg,deleted,2024-09-03 02:15,file hash banned
https://chanbox.org/img/src/1725600098811.png,deleted,2024-09-03 02:15,file hash banned
https://chanbox.org/b/res/9902214.html,not found,,no thread with this id
https://chanbox.org/b/res/9902290.html,no action,2024-09-03 02:20,does not break board rules
https://chanbox.org/b/res/9902317.html,deleted,2024-09-03 02:21,
"""
case(
    name="chan-csv-moderation-log",
    outcome="applied",
    imitates="moderation-log export attached as CSV by a small site's trust & safety contact",
    why="CSV attachment, one row per post: four deleted, one not found, one 'no action' with a reason",
    **{"from": "trust@chanbox.org"},
    name_from="chanbox trust & safety",
    date="Tue, 03 Sep 2024 02:31:50 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    raw_mime="""
Content-Type: multipart/mixed; boundary="=_cb937_log"

--=_cb937_log
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The moderation log for the posts in your request KCSC-240902-01 that we
handled tonight is attached (CSV, one line per reported post, times in UTC).

chanbox trust & safety

--=_cb937_log
Content-Type: text/csv; charset=utf-8; name="modlog_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="modlog_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

""" + b64(csv_log) + """
--=_cb937_log--
""",
    items={C[7]: "removed", C[8]: "removed", C[9]: "removed", C[10]: "not_found",
           C[11]: "rejected", C[12]: "removed"},
)

case(
    name="chan-url-then-arrow-status",
    outcome="applied",
    imitates="admin reply with each bare URL and its result on the line below",
    why="status on the line under each URL: deleted, file purged, 'fine by our rules, staying up'",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    date="Tue, 03 Sep 2024 09:48:12 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
https://chanbox.org/kr/res/481120.html
-> deleted by staff

https://chanbox.org/img/src/1725600012345.jpg
-> file purged from storage, hash banned

https://chanbox.org/b/res/9902290.html
-> checked twice, it's fine by our rules, staying up

- admin
""",
    items={C[1]: "removed", C[8]: "removed", C[11]: "rejected"},
)

case(
    name="chan-geoblock-top-posted",
    outcome="applied",
    imitates="abuse contact top-posting over the quoted request (Apple Mail quoting)",
    why="one thread geo-blocked for Korean IPs (451), another deleted; the quoted 12-URL request says nothing",
    **{"from": "abuse@chanbox.org"},
    name_from="chanbox abuse",
    date="Wed, 04 Sep 2024 08:20:33 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
Hi,

We won't delete https://chanbox.org/pol/res/77410.html outright, since it is
lawful where we are hosted, but it is now geo-blocked: visitors from Korean
IP addresses get a 451 page instead of the thread. The other /pol/ thread you
list, https://chanbox.org/pol/res/77462.html, was deleted by a board
volunteer last night.

- chanbox abuse

> On 2 Sep 2024, at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
>
""" + quote_gt(request_body("KCSC-240902-01", vals(C))) + "\n",
    items={C[5]: "restricted", C[6]: "removed"},
)

case(
    name="chan-ticket-plus-one-done",
    outcome="applied",
    imitates="helpdesk receipt that already carries a result for one reported thread",
    why="ticket receipt phrase plus an unhedged 'was deleted by our janitors this morning' for one URL",
    **{"from": "support@chanbox.org"},
    name_from="chanbox support",
    date="Mon, 02 Sep 2024 23:05:00 +0000",
    subject="[CB-4502] Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
Thanks for your report, ticket #CB-4502 has been created for it.

One of the threads is already handled: https://chanbox.org/b/res/9902214.html
was deleted by our janitors this morning. The remaining reports are in the
queue and a moderator will look at them.

chanbox support
""",
    items={C[10]: "removed"},
)

case(
    name="chan-dsa-statement-of-reasons",
    outcome="applied",
    imitates="DSA Article 17 statement of reasons sent to the notifier by a small EU-based board",
    why="'Decision: the content has been removed (access disabled worldwide)' for one named thread; rules/appeal links are not items",
    **{"from": "dsa@chanbox.org"},
    name_from="chanbox DSA contact",
    date="Wed, 04 Sep 2024 12:00:07 +0200",
    subject="Statement of reasons - decision on reported content (KCSC-240902-01)",
    body="""
Dear notifier,

This statement of reasons is provided under Article 17 of Regulation (EU)
2022/2065 (Digital Services Act).

Content concerned:  https://chanbox.org/b/res/9902317.html
Decision:           the content has been removed (access disabled worldwide)
Date of decision:   4 September 2024
Facts:              notice received from KCSC on 2 September 2024
Ground:             incompatible with rule 3 of our board rules
                    (https://chanbox.org/rules#r3)
Automated means:    none; the decision was taken by a human moderator

The uploader can contest this decision through our internal complaint
system at https://chanbox.org/appeal or before a certified out-of-court
dispute settlement body.

chanbox.org DSA point of contact
""",
    items={C[12]: "removed"},
)

TABLE = [
    (1, C[1], "deleted"),
    (2, C[2], "deleted"),
    (3, C[3], "deleted"),
    (4, C[4], "not found (pruned 30 Aug)"),
    (5, C[5], "blocked for KR visitors"),
    (6, C[6], "deleted"),
    (7, C[7], "deleted"),
    (8, C[8], "deleted"),
    (9, C[9], "file not found"),
    (10, C[10], "kept - no rule broken"),
    (11, C[11], "deleted"),
    (12, C[12], "deleted"),
]
table_txt = "\n".join("%2d  %-46s %s" % row for row in TABLE)
case(
    name="chan-final-text-table",
    outcome="applied",
    imitates="ticket closing note with a plain-text status table for the whole list",
    why="plain-text table, one row per requested URL: deleted / not found / blocked for KR / kept",
    **{"from": "abuse@chanbox.org"},
    name_from="chanbox abuse",
    date="Thu, 05 Sep 2024 07:41:19 +0000",
    subject="[CB-4471] final status - Re: [KCSC-240902-01] Request for removal of content",
    reply_to_req="req-240902-01",
    body="""
Hello,

Final status of ticket CB-4471 (your reference KCSC-240902-01):

 #  URL                                            Result
--  ---------------------------------------------- -------------------------
""" + table_txt + """

Closing the ticket on our side. Reply to this mail if something comes back.

chanbox abuse
""",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "not_found",
           C[5]: "restricted", C[6]: "removed", C[7]: "removed", C[8]: "removed",
           C[9]: "not_found", C[10]: "rejected", C[11]: "removed", C[12]: "removed"},
)

case(
    name="chan-promise-tonight",
    outcome="review",
    review="not_understood",
    imitates="informal moderator promise to clean up reported threads later",
    why="'we'll clean these up tonight' is a promise: three named URLs stay pending",
    **{"from": "mod@chanbox.org"},
    name_from="chanbox mods",
    date="Mon, 02 Sep 2024 14:12:30 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
hey, saw your mail. we'll clean these up tonight once the other mods are on:

https://chanbox.org/kr/res/481120.html
https://chanbox.org/kr/res/481177.html
https://chanbox.org/kr/res/481203.html

will let you know
""",
    items={C[1]: "pending", C[2]: "pending", C[3]: "pending"},
)

case(
    name="chan-all-gone-bulk",
    outcome="review",
    review="bulk",
    imitates="one-sentence 'all done' reply from a board owner over a Gmail-quoted list",
    why="'all threads and files in your list have been deleted' for a 12-item request, naming none outside the quote",
    **{"from": "owner@chanbox.org"},
    name_from="chanbox owner",
    date="Fri, 06 Sep 2024 03:03:03 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    body="""
All threads and files in your list have been deleted and the posters banned.

On Mon, 2 Sept 2024 at 10:30, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote_gt(request_body("KCSC-240902-01", vals(C))) + "\n",
    items={u: "pending" for u in vals(C)},
)

case(
    name="chan-maintenance-notice",
    outcome="review",
    review="no_claims",
    imitates="operator notice sent to everyone who has filed abuse reports",
    why="trusted chanbox mail naming no item and no request: a maintenance notice",
    **{"from": "admin@chanbox.org"},
    name_from="chanbox admin",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="chanbox.org: report handling paused 14-15 September",
    body="""
Hello,

You are receiving this because you have sent abuse reports to chanbox.org.

The site will be read-only for a server move on 14 and 15 September. Reports
sent during that time will be handled when we are back. Please use
https://chanbox.org/report for new reports where possible; it reaches the
moderators faster than email.

Thanks,
chanbox admin
""",
)

case(
    name="chan-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office auto-reply from a board admin's mailbox",
    why="Auto-Submitted out-of-office reply; says nothing about any item",
    **{"from": "jae@chanbox.org"},
    name_from="Jae (chanbox)",
    date="Mon, 02 Sep 2024 01:30:04 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of content on chanbox.org",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
I'm away from 2 to 15 September with little access to email.

Abuse reports go to abuse@chanbox.org, which other staff read every day.

Jae
""",
)

# ======================= Nimbus Hosting (4 items) ===========================

case(
    name="nimbus-abuse-desk-two-done",
    outcome="applied",
    imitates="hosting provider abuse desk reply after contacting its customer",
    why="customer removed one page (now 404); account suspended for the other (no longer reachable); the rest 'ongoing'",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 16:40:00 +0200",
    subject="[Nimbus Abuse #NH-88213] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
Dear KCSC team,

Thank you for your report about content hosted on our network.

We contacted the customer responsible for sora-gallery.example. The customer
removed the material at the following address, and we verified that it now
returns HTTP 404:

  https://sora-gallery.example/albums/2024/night-set/

For https://sora-gallery.example/albums/2024/rooftop/ the customer did not
respond within our 24-hour deadline, so we suspended the hosting account. The
page is no longer reachable.

Our investigation of the two remaining URLs is still ongoing.

Kind regards,
Jonas Weber
Abuse Desk | Nimbus Hosting GmbH
""",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="nimbus-html-result-table",
    outcome="applied",
    type="html",
    imitates="abuse ticket system's HTML result table (URL / action)",
    why="HTML table: two removed by customer, one no violation (stays), one directory does not exist",
    **{"from": "noreply-abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Thu, 05 Sep 2024 10:12:45 +0200",
    subject="[Nimbus Abuse #NH-88213] Ticket resolved",
    reply_to_req="req-240903-02",
    body="""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear reporter,</p>
<p>Ticket <b>NH-88213</b> (your reference KCSC-240903-02) has been resolved.
The outcome for each reported URL is listed below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td><a href="https://sora-gallery.example/albums/2024/night-set/">https://sora-gallery.example/albums/2024/night-set/</a></td><td>Removed by customer</td></tr>
<tr><td><a href="https://sora-gallery.example/albums/2024/rooftop/">https://sora-gallery.example/albums/2024/rooftop/</a></td><td>Removed by customer</td></tr>
<tr><td><a href="https://kimchi-deals.example/shop/item.php?id=5521">https://kimchi-deals.example/shop/item.php?id=5521</a></td><td>No violation of our AUP found &ndash; content remains online</td></tr>
<tr><td>http://203.0.113.45/~mirror7/index.html</td><td>Not found &ndash; this directory does not exist on the server</td></tr>
</table>
<p>Our Acceptable Use Policy: <a href="https://www.nimbushost.net/legal/aup">https://www.nimbushost.net/legal/aup</a></p>
<p>Nimbus Hosting GmbH &middot; Abuse Department</p>
</body></html>
""",
    items={N[1]: "removed", N[2]: "removed", N[3]: "rejected", N[4]: "not_found"},
)

case(
    name="nimbus-one-line-outlook",
    outcome="applied",
    imitates="one-line abuse-desk reply above an Outlook '-----Original Message-----' block",
    why="'took the listing down, <url> is offline now' for one URL; the quoted request below names all four",
    **{"from": "jonas.weber@nimbushost.net"},
    name_from="Jonas Weber",
    date="Thu, 05 Sep 2024 14:03:10 +0200",
    subject="RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
kimchi-deals took the listing down, https://kimchi-deals.example/shop/item.php?id=5521 is offline now.

Jonas

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 4:00 AM
To: abuse@nimbushost.net
Subject: [KCSC-240903-02] Request for removal of illegal content

""" + "\n".join(request_body("KCSC-240903-02", vals(N))) + "\n",
    items={N[3]: "removed"},
)

case(
    name="nimbus-gmail-quoted-two-updates",
    outcome="applied",
    imitates="abuse desk bullet-point update above a Gmail-style '>' quote",
    why="tenant deleted the directory (404), product page disabled at the web server; quote ignored",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Fri, 06 Sep 2024 09:25:00 +0200",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
Hi,

Two updates:
- the directory http://203.0.113.45/~mirror7/index.html was deleted by the
  server's tenant; the path has returned 404 since this morning.
- for https://kimchi-deals.example/shop/item.php?id=5521 we have disabled
  the product page at the web server level.

Nimbus Abuse

On Tue, 3 Sept 2024 at 04:00, KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote_gt(request_body("KCSC-240903-02", vals(N))) + "\n",
    items={N[4]: "removed", N[3]: "removed"},
)

case(
    name="nimbus-angle-bracket-wrapped",
    outcome="applied",
    imitates="short abuse-desk note whose mailer wrapped a URL inside angle brackets",
    why="'taken offline by our customer' for one URL written <...> and wrapped over two lines",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Wed, 04 Sep 2024 11:02:00 +0200",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
Hello,

The following album has been taken offline by our customer:

<https://sora-gallery.example/albums/2024/
night-set/>

No further action is needed from your side for this address.

Nimbus Hosting - Abuse Team
""",
    items={N[1]: "removed"},
)

case(
    name="nimbus-forwarded-to-customer",
    outcome="review",
    review="not_understood",
    imitates="hosting provider's standard 'we forwarded your complaint to our customer' notice",
    why="complaint forwarded, customer asked to remove within 48 h, suspension threatened: no statement of what happened",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Tue, 03 Sep 2024 15:10:00 +0200",
    subject="[Nimbus Abuse #NH-88213] Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req="req-240903-02",
    body="""
Dear Sir or Madam,

Nimbus Hosting provides server space only; our customers are responsible for
the content of their websites. We have forwarded your complaint to the
customer and asked them to remove the following URLs within 48 hours:

 - https://sora-gallery.example/albums/2024/night-set/
 - https://sora-gallery.example/albums/2024/rooftop/

If the customer does not comply, we will suspend the affected service. We
will let you know the outcome.

Ticket: NH-88213
Nimbus Hosting GmbH - Abuse Department
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nimbus-ticket-closed-bulk",
    outcome="review",
    review="bulk",
    imitates="ticket-system 'ticket closed' notification with a one-line resolution",
    why="'customer has removed all reported URLs' for a four-item request, none named",
    **{"from": "noreply-abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Sat, 07 Sep 2024 08:00:12 +0200",
    subject="[Nimbus Abuse #NH-88213] Ticket closed - Re: [KCSC-240903-02]",
    reply_to_req="req-240903-02",
    body="""
Ticket NH-88213 has been closed.

Resolution: The customer has removed all reported URLs.

If you believe this ticket was closed in error, reply to this email within
14 days and it will be reopened.

Nimbus Hosting GmbH - Abuse Department
""",
    items={u: "pending" for u in vals(N)},
)

case(
    name="site-owner-writes-directly",
    outcome="review",
    review="unknown_sender",
    imitates="hosting customer (site owner) replying directly after the host forwarded the complaint",
    why="the site owner, not Nimbus, says both albums are deleted: not the platform's sender domain",
    **{"from": "hana@sora-gallery.example"},
    name_from="Hana Yoon",
    date="Wed, 04 Sep 2024 07:55:00 +0900",
    subject="Re: Fwd: [KCSC-240903-02] Request for removal of illegal content",
    body="""
Hello,

My hosting company Nimbus forwarded your complaint (KCSC-240903-02) to me.
I have deleted both albums:

https://sora-gallery.example/albums/2024/night-set/
https://sora-gallery.example/albums/2024/rooftop/

Could you please tell Nimbus that it is done so they do not suspend my site?

Hana Yoon
sora-gallery.example
""",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="nimbus-origin-host-answers-cdn-item",
    outcome="review",
    review="wrong_platform",
    imitates="origin hosting provider answering a complaint that a CDN passed on to it",
    why="Nimbus states a removal for a URL requested from EdgeShield (KCSC-240905-04)",
    **{"from": "abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse Desk",
    date="Mon, 09 Sep 2024 10:30:00 +0200",
    subject="[Nimbus Abuse #NH-88391] Fwd complaint from EdgeShield - KCSC-240905-04",
    body="""
Hello,

EdgeShield passed your report KCSC-240905-04 on to us as the origin host of
bet-hanul.example. We have removed https://bet-hanul.example/event/welcome
from the customer's server. The rest of the site was not part of the report
we received.

Nimbus Hosting GmbH - Abuse Department
""",
    items={E[2]: "pending"},
)

case(
    name="nimbus-auto-ack",
    outcome="ignored",
    classification="acknowledgement",
    imitates="abuse ticket system automatic receipt",
    why="automatic 'report received, ticket NH-88213' receipt with no result",
    **{"from": "noreply-abuse@nimbushost.net"},
    name_from="Nimbus Hosting Abuse",
    date="Tue, 03 Sep 2024 04:00:41 +0200",
    subject="[Nimbus Abuse #NH-88213] We have received your report",
    reply_to_req="req-240903-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automatic confirmation.

Your abuse report has been received and assigned ticket number NH-88213.
Reports are processed in the order received, usually within two business
days. Please keep the ticket number in the subject line of any reply.

Do not reply to this message unless you have new information.

Nimbus Hosting GmbH - Abuse Department
""",
)

# ======================= QFile (file host, 5 items) =========================

case(
    name="qfile-deleted-and-invalid-lists",
    outcome="applied",
    imitates="file host abuse team reply grouping links by result",
    why="two files deleted and hash-filtered; one link invalid, no file ever existed under it",
    **{"from": "abuse@qfile.io"},
    name_from="QFile Abuse",
    date="Wed, 04 Sep 2024 15:20:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request - QFile links",
    reply_to_req="req-240904-03",
    body="""
Hello,

Regarding your notice KCSC-240904-03:

The following files were deleted and their checksums added to our upload
filter:
- https://qfile.io/f/Xr7pLm2Q
- https://qfile.io/f/Hb93kTza

The following link is invalid - no file has ever existed under this ID:
- https://qfile.io/f/9vWcE0nd

Best,
QFile Abuse
""",
    items={Q[1]: "removed", Q[2]: "removed", Q[3]: "not_found"},
)

case(
    name="qfile-folder-disabled-base64",
    outcome="applied",
    imitates="file host support reply sent base64-encoded by its helpdesk software",
    why="folder disabled (no file downloadable); other file deleted by its uploader before the notice",
    **{"from": "support@qfile.io"},
    name_from="QFile Support",
    date="Thu, 05 Sep 2024 08:44:21 +0000",
    subject="Re: [KCSC-240904-03] Removal request - QFile links",
    reply_to_req="req-240904-03",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("""Hi,

The folder https://qfile.io/folder/Kd21mmQa has been disabled. None of the
files in it can be downloaded any more and the owner's account is closed.

https://dl.qfile.io/f/Tt55aRwe/archive.zip was deleted by its uploader on
1 September, before your notice arrived, so there was nothing left for us
to remove.

Regards,
Lena, QFile support
"""),
    items={Q[4]: "removed", Q[5]: "not_found"},
)

case(
    name="qfile-korean-qp-three-results",
    outcome="applied",
    imitates="Korean support reply from a file host, quoted-printable, particles glued to URLs",
    why="삭제 조치 (removed), 존재하지 않습니다 (not found), 국내 IP 다운로드 차단/접근 제한 (restricted)",
    **{"from": "help@qfile.io"},
    name_from="큐파일 고객지원",
    date="Thu, 05 Sep 2024 17:30:00 +0900",
    subject="Re: [KCSC-240904-03] Removal request - QFile links",
    reply_to_req="req-240904-03",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp("""안녕하세요, 큐파일 고객지원팀입니다.

요청하신 건(KCSC-240904-03)에 대하여 아래와 같이 처리하였습니다.

- https://qfile.io/f/Xr7pLm2Q는 삭제 조치되었습니다.
- https://qfile.io/f/9vWcE0nd : 해당 링크의 파일은 존재하지 않습니다(잘못된 링크).
- https://qfile.io/f/Hb93kTza 파일은 대한민국 IP에서의 다운로드를 차단(접근 제한)하였습니다.

감사합니다.
큐파일 고객지원팀 드림
"""),
    items={Q[1]: "removed", Q[3]: "not_found", Q[2]: "restricted"},
)

case(
    name="qfile-looks-removed-hedge",
    outcome="review",
    review="not_understood",
    imitates="support agent's first look, hedged and waiting for confirmation",
    why="'look like they were removed already, probably by the uploader' and 'asked to confirm': hedge",
    **{"from": "support@qfile.io"},
    name_from="QFile Support",
    date="Wed, 04 Sep 2024 11:05:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request - QFile links",
    reply_to_req="req-240904-03",
    body="""
Hi,

I had a first look at your links. https://qfile.io/f/Xr7pLm2Q and
https://qfile.io/f/Hb93kTza look like they were removed already, probably by
the uploader - I get our error page on both. I've asked our storage team to
confirm and will get back to you.

Lena, QFile support
""",
    items={Q[1]: "pending", Q[2]: "pending"},
)

case(
    name="qfile-spoofed-dmarc-fail",
    outcome="review",
    review="untrusted",
    imitates="file host abuse reply whose DKIM/SPF/DMARC all fail at our gateway",
    why="claims from qfile.io that fail authentication: nothing applied",
    **{"from": "abuse@qfile.io"},
    name_from="QFile Abuse",
    auth="fail",
    date="Thu, 05 Sep 2024 02:12:00 +0000",
    subject="Re: [KCSC-240904-03] Removal request - QFile links",
    body="""
Hello,

We have deleted the following files:

https://qfile.io/f/Xr7pLm2Q
https://qfile.io/f/Hb93kTza
https://qfile.io/folder/Kd21mmQa

QFile Abuse
""",
    items={Q[1]: "pending", Q[2]: "pending", Q[4]: "pending"},
)

orig_qfile = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: legal@qfile.io",
    "Subject: [KCSC-240904-03] Removal request - QFile links",
    "Date: Wed, 04 Sep 2024 09:40:00 +0900",
    "Message-ID: <req-240904-03@kcsc.example>",
    "Content-Type: text/plain; charset=utf-8",
    "",
] + request_body("KCSC-240904-03", vals(Q)))
case(
    name="qfile-dsn-user-unknown",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (550 5.1.1 user unknown) with the original attached",
    why="DSN for our request to a dead address; the URLs are only in the returned original",
    **{"from": "MAILER-DAEMON@mx1.qfile.io"},
    name_from="Mail Delivery System",
    date="Wed, 04 Sep 2024 00:40:03 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn937q"

--dsn937q
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.qfile.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@qfile.io>: host store.qfile.io[192.0.2.71] said: 550 5.1.1
    <legal@qfile.io>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--dsn937q
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.qfile.io
X-Postfix-Queue-ID: 4WzK1p3T2Qz9
Arrival-Date: Wed,  4 Sep 2024 00:40:01 +0000 (UTC)

Final-Recipient: rfc822; legal@qfile.io
Original-Recipient: rfc822;legal@qfile.io
Action: failed
Status: 5.1.1
Remote-MTA: dns; store.qfile.io
Diagnostic-Code: smtp; 550 5.1.1 <legal@qfile.io>: Recipient address
    rejected: User unknown in local recipient table

--dsn937q
Content-Type: message/rfc822

""" + orig_qfile + """

--dsn937q--
""",
)

# ======================= EdgeShield (CDN, 3 items) ==========================

case(
    name="edge-geo-restricted-and-forwarded",
    outcome="applied",
    imitates="CDN trust & safety reply: restricted in one country for one site, forwarded for the other",
    why="two bet-hanul URLs restricted for visitors in Korea; streamdot only forwarded to its host (stays pending)",
    **{"from": "abuse@edgeshield.net"},
    name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 02:10:00 +0000",
    subject="Re: [KCSC-240905-04] Illegal gambling sites using EdgeShield",
    reply_to_req="req-240905-04",
    body="""
Hello,

EdgeShield reviewed your report KCSC-240905-04 against our Acceptable Use
Policy.

* https://bet-hanul.example/ and https://bet-hanul.example/event/welcome :
  access through the EdgeShield network has been restricted for visitors
  located in the Republic of Korea.

* https://streamdot-kr.example/live/ch4 : EdgeShield only caches this site
  and does not host it. We have forwarded your report to the hosting
  provider and to the site owner.

Regards,
EdgeShield Trust & Safety
""",
    items={E[1]: "restricted", E[2]: "restricted", E[3]: "pending"},
)

case(
    name="edge-no-violation",
    outcome="applied",
    imitates="CDN decision mail declining to act on a reported site",
    why="'did not find a violation ... will not be taking action ... services continue': rejected",
    **{"from": "abuse@edgeshield.net"},
    name_from="EdgeShield Trust & Safety",
    date="Mon, 09 Sep 2024 06:45:00 +0000",
    subject="Re: [KCSC-240905-04] Illegal gambling sites using EdgeShield",
    reply_to_req="req-240905-04",
    body="""
Hello,

We reviewed https://streamdot-kr.example/live/ch4 and did not find a
violation of our Terms of Service. We will not be taking action on this
website, and our services to it continue.

If you have a court order concerning this site, you can send it to
legal@edgeshield.net.

EdgeShield Trust & Safety
""",
    items={E[3]: "rejected"},
)

case(
    name="edge-not-the-host",
    outcome="review",
    review="not_understood",
    imitates="CDN 'we are a pass-through provider and cannot remove content' reply naming the host",
    why="names all three URLs but only says EdgeShield does not host them and forwarded the report",
    **{"from": "abuse@edgeshield.net"},
    name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 07:30:00 +0000",
    subject="Re: [KCSC-240905-04] Illegal gambling sites using EdgeShield",
    reply_to_req="req-240905-04",
    body="""
Hello,

EdgeShield is a pass-through security and caching provider. We do not host
the following websites and cannot remove content from them:

  https://bet-hanul.example/
  https://bet-hanul.example/event/welcome
  https://streamdot-kr.example/live/ch4

We have forwarded your complaint to the site owners and to their hosting
provider. The hosting provider for bet-hanul.example is Nimbus Hosting
(abuse@nimbushost.net); you may wish to contact them directly.

EdgeShield Trust & Safety
""",
    items={E[1]: "pending", E[2]: "pending", E[3]: "pending"},
)

case(
    name="edge-mailbox-not-monitored",
    outcome="ignored",
    classification="auto_reply",
    imitates="CDN abuse mailbox auto-responder pointing to its web form",
    why="automated 'this mailbox is not monitored, use the form' reply",
    **{"from": "abuse@edgeshield.net"},
    name_from="EdgeShield",
    date="Thu, 05 Sep 2024 05:00:09 +0000",
    subject="Re: [KCSC-240905-04] Illegal gambling sites using EdgeShield",
    reply_to_req="req-240905-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Thank you for your email.

This address is not monitored for abuse reports sent by email. To report
abuse on a website using EdgeShield, please use the form at
https://www.edgeshield.net/abuse so that your report reaches the right team.

This is an automated message.
""",
)

# ======================= Hanbit Domains (registrar, 2 items) ================

case(
    name="hanbit-registrar-hold-and-decline",
    outcome="applied",
    imitates="registrar abuse team decision: one domain on clientHold, one left active",
    why="casino-gold77 on clientHold and no longer resolves (removed); toto-seoul24 no abuse found, stays active (rejected)",
    **{"from": "abuse@hanbitdomain.co.kr"},
    name_from="Hanbit Domains Abuse",
    date="Mon, 09 Sep 2024 11:00:00 +0900",
    subject="Re: [KCSC-240906-05] Domains used for illegal gambling",
    reply_to_req="req-240906-05",
    body="""
Dear KCSC,

Reported URL: https://casino-gold77.example/
Action: the domain has been placed on clientHold for breach of our
registration agreement and no longer resolves.

Reported URL: https://toto-seoul24.example/
Action: none. We found no evidence of abuse under our registration
agreement and the domain remains active. Complaints about website content
should go to the hosting provider.

Hanbit Domains - Abuse Team
""",
    items={H[1]: "removed", H[2]: "rejected"},
)

case(
    name="hanbit-korean-domain-deleted",
    outcome="applied",
    imitates="Korean registrar result notice (도메인 삭제 조치)",
    why="도메인 등록 말소 및 삭제 조치: removed",
    **{"from": "abuse@hanbitdomain.co.kr"},
    name_from="한빛도메인",
    date="Tue, 10 Sep 2024 14:20:00 +0900",
    subject="[한빛도메인] 신고 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req="req-240906-05",
    body="""
안녕하세요. 한빛도메인 불법이용 신고 담당자입니다.

귀 위원회에서 요청하신 https://toto-seoul24.example/ 도메인은 등록자 정보가
허위로 확인되어, 당사 약관 제14조에 따라 2024년 9월 10일 자로 도메인 등록을
말소(삭제)하였습니다.

문의사항은 본 메일로 회신해 주시기 바랍니다.

한빛도메인 고객센터 드림
""",
    items={H[2]: "removed"},
)

case(
    name="hanbit-asks-for-documents",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="registrar asking for a formal order and evidence before acting",
    why="asks for the legal basis and evidence before deciding on a named domain",
    **{"from": "abuse@hanbitdomain.co.kr"},
    name_from="Hanbit Domains Abuse",
    date="Fri, 06 Sep 2024 16:30:00 +0900",
    subject="Re: [KCSC-240906-05] Domains used for illegal gambling",
    reply_to_req="req-240906-05",
    body="""
Dear KCSC,

To process your complaint about https://casino-gold77.example/ we need:

1. the decision or order on which the request is based, and its legal basis;
2. screenshots or other evidence showing the gambling content on the domain.

Please reply to this email with these documents. We cannot act on the domain
until we receive them.

Hanbit Domains - Abuse Team
""",
    items={H[1]: "pending"},
)

case(
    name="hanbit-korean-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean helpdesk 접수 완료 auto-mail (발신전용)",
    why="ticket receipt only: 접수번호, 담당자 확인 후 답변 예정",
    **{"from": "noreply@hanbitdomain.co.kr"},
    name_from="한빛도메인 고객센터",
    date="Fri, 06 Sep 2024 10:00:35 +0900",
    subject="[한빛도메인] 고객님의 문의가 접수되었습니다",
    reply_to_req="req-240906-05",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 한빛도메인입니다.

고객님의 신고가 정상적으로 접수되었습니다.
  - 접수번호: HB-20240906-0192
  - 접수일시: 2024-09-06 10:00

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.

※ 본 메일은 발신전용입니다.
""",
)

# ======================= Malgeun Community (forum, 3 items) =================

case(
    name="malgeun-admin-deleted-two",
    outcome="applied",
    imitates="Korean community admin's two-line reply with the URLs below the statement",
    why="'요청하신 글 두 개 지웠습니다' followed by the two URLs (raw Korean paths): removed",
    **{"from": "admin@malgeun.kr"},
    name_from="맑은커뮤니티 운영자",
    date="Mon, 09 Sep 2024 18:02:00 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""
요청하신 글 두 개 지웠습니다.
%s
%s

맑은커뮤니티 운영자 드림
""" % (M_RAW[1], M_RAW[2]),
    items={M[1]: "removed", M[2]: "removed"},
)

case(
    name="malgeun-blind-and-author-deleted",
    outcome="applied",
    imitates="forum admin reply with arrow results (블라인드 처리 / 작성자 삭제)",
    why="블라인드 처리 완료 (removed); 작성자 본인이 이미 삭제, 게시물 없음 (not found)",
    **{"from": "admin@malgeun.kr"},
    name_from="맑은커뮤니티 운영자",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""
안녕하세요, 맑은커뮤니티 운영진입니다.

%s → 블라인드 처리 완료
%s → 작성자 본인이 이미 삭제한 글입니다(게시물 없음).

참고 부탁드립니다.
""" % (M[2], M_RAW[3]),
    items={M[2]: "removed", M[3]: "not_found"},
)

case(
    name="malgeun-temp-measure-and-refusal",
    outcome="applied",
    imitates="Korean board operator notice: 임시조치 for one post, refusal with reason for another",
    why="임시조치(30일) is restricted; 위반 사항 없음, 게시 유지 is rejected",
    **{"from": "cs@malgeun.kr"},
    name_from="맑은커뮤니티",
    date="Wed, 11 Sep 2024 13:45:00 +0900",
    subject="[맑은커뮤니티] 게시물 조치 결과 안내 (KCSC-240909-06)",
    reply_to_req="req-240909-06",
    body="""
안녕하세요. 맑은커뮤니티 고객센터입니다.

1. 자유게시판 게시물(%s)에 대해서는 정보통신망법 제44조의2에 따라
   30일간 임시조치하였습니다.

2. 「%s」 사진 게시물은 검토 결과 당사 운영정책 위반 사항이 확인되지 않아
   게시를 유지합니다.

운영정책: https://malgeun.kr/policy
맑은커뮤니티 고객센터
""" % (M_RAW[1], M_RAW[3]),
    items={M[1]: "restricted", M[3]: "rejected"},
)

mg_html = """<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 맑은커뮤니티입니다.</p>
<p>시정요구(KCSC-240909-06)에 따른 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>%s</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>%s</td><td>임시조치</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>%s</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
""" % (M[1], M[2], M_RAW[3])
case(
    name="malgeun-html-table-base64",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 회신 as a base64 HTML table (번호/URL/조치결과/조치일)",
    why="table rows: 삭제 (removed), 임시조치 (restricted), 해당 게시물 없음 (not found)",
    **{"from": "cs@malgeun.kr"},
    name_from="맑은커뮤니티",
    date="Thu, 12 Sep 2024 10:05:00 +0900",
    subject="[맑은커뮤니티] 시정요구 조치결과 회신",
    reply_to_req="req-240909-06",
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(mg_html),
    items={M[1]: "removed", M[2]: "restricted", M[3]: "not_found"},
)

case(
    name="malgeun-under-review",
    outcome="review",
    review="not_understood",
    imitates="Korean operator's interim reply: 검토 중, 작성자 소명 후 결정",
    why="'검토 중 ... 소명을 받은 뒤 처리 여부를 알려드리겠습니다': under review, item stays pending",
    **{"from": "admin@malgeun.kr"},
    name_from="맑은커뮤니티 운영자",
    date="Tue, 10 Sep 2024 11:11:00 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    body="""
안녕하세요.

말씀하신 %s 글은 현재 검토 중입니다.
작성자에게 소명 기회를 준 뒤 처리 여부를 다시 알려드리겠습니다.

맑은커뮤니티 운영자
""" % M[1],
    items={M[1]: "pending"},
)

case(
    name="malgeun-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (message/disposition-notification)",
    why="MDN: the request was displayed; nothing about any item",
    **{"from": "admin@malgeun.kr"},
    name_from="맑은커뮤니티 운영자",
    date="Mon, 09 Sep 2024 16:01:12 +0900",
    subject="읽음 확인: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req="req-240909-06",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn937m"

--mdn937m
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 2024-09-09 16:01에 수신자가 읽었습니다.
제목: [KCSC-240909-06] 게시물 삭제 요청

--mdn937m
Content-Type: message/disposition-notification

Reporting-UA: webmail.malgeun.kr; MalgeunMail 3.2
Final-Recipient: rfc822; admin@malgeun.kr
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn937m--
""",
)

# ======================= pastelog (paste site, 1 item) ======================

case(
    name="paste-removed-no-url-one-item",
    outcome="applied",
    imitates="paste-site admin's one-word reply above the quoted request",
    why="'Removed.' answering the one-item request in its thread: the single paste is removed",
    **{"from": "max@pastelog.net"},
    name_from="max (pastelog)",
    date="Tue, 10 Sep 2024 03:40:00 +0000",
    subject="Re: [KCSC-240910-07] Paste containing personal data",
    reply_to_req="req-240910-07",
    body="""
Removed. Thanks for the heads up.

--
max @ pastelog

On Tue, Sep 10, 2024 at 09:15 KCSC Takedown <takedown@kcsc.example> wrote:
""" + quote_gt(request_body("KCSC-240910-07", vals(P))) + "\n",
    items={P[1]: "removed"},
)

case(
    name="paste-angle-url-deleted",
    outcome="applied",
    imitates="paste-site abuse reply with the URL in angle brackets, new thread",
    why="'<url> deleted, and the account that posted it is suspended': removed",
    **{"from": "abuse@pastelog.net"},
    name_from="pastelog abuse",
    date="Wed, 11 Sep 2024 20:14:00 +0000",
    subject="your report about a paste",
    body="""
Hi,

<https://pastelog.net/raw/q8Zt2LkW> deleted, and the account that posted it
is suspended. Personal data dumps are against our rules.

pastelog abuse
""",
    items={P[1]: "removed"},
)

case(
    name="paste-dsn-delayed",
    outcome="ignored",
    classification="bounce",
    imitates="delivery delay warning (Action: delayed, mailbox full)",
    why="DSN delay notice: not a reply from anyone; nothing about the paste",
    **{"from": "MAILER-DAEMON@pastelog.net"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 04:15:22 +0000",
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn937p"

--dsn937p
Content-Type: text/plain; charset=us-ascii

This is the mail system at host pastelog.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<abuse@pastelog.net>: mailbox is full (452 4.2.2 quota exceeded)

--dsn937p
Content-Type: message/delivery-status

Reporting-MTA: dns; pastelog.net
Arrival-Date: Tue, 10 Sep 2024 00:15:02 +0000 (UTC)

Final-Recipient: rfc822; abuse@pastelog.net
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 quota exceeded
Will-Retry-Until: Sun, 15 Sep 2024 00:15:02 +0000 (UTC)

--dsn937p
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastelog.net
Subject: [KCSC-240910-07] Paste containing personal data
Date: Tue, 10 Sep 2024 09:15:00 +0900
Message-ID: <req-240910-07@kcsc.example>

--dsn937p--
""",
)

HEADER = """# Blind set blind937 (hosts, CDN, registrar, forum, image board, file host,
# paste site; CSV attachments and plain-text tables). Written by
# tests/corpus/blind937/make.py from each email's meaning, before any run of
# the reader. Each case is ingested alone into a fresh ledger holding
# requests.csv; [case.items] lists every requested item the email speaks
# about and its status after that single email.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
