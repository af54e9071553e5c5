#!/usr/bin/env python3
"""Blind set 295: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering informally, plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind295/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of each email alone,
before the reader was run on it. All names, domains, ids and URLs are
fictional.
"""
import base64
import csv
from email.header import Header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind295"

# --------------------------------------------------------------------------
# requests
# --------------------------------------------------------------------------

P = {i: u for i, u in enumerate([
    "https://parcelvault.net/f/7Hq2LmZa",
    "https://parcelvault.net/f/Kx90PtRe",
    "https://parcelvault.net/f/bN4sW1cY",
    "https://parcelvault.net/f/Q8vJ3nDu",
    "https://parcelvault.net/f/mT6eR0ag",
    "https://parcelvault.net/f/Zc5yH7kP",
    "https://parcelvault.net/f/2wLoF8sX",
    "https://parcelvault.net/f/Gd1uV4qN",
    "https://parcelvault.net/f/rY7iC2bM",
    "https://parcelvault.net/f/Ee3zK9tW",
    "https://parcelvault.net/folder/Vn6pA1xS",
    "https://parcelvault.net/f/Uj8hB5oL",
    "https://parcelvault.net/f/sP0gN6dQ",
    "https://parcelvault.net/f/Wm4cT3yR",
], start=1)}
F = {i: u for i, u in enumerate([
    "https://hanul-giftcards.kr/promo/event.html",
    "https://hanul-giftcards.kr/login/verify.php",
    "http://203.0.113.47/~mokpo/files/list.html",
    "https://daebak-pharm.shop/item/1182",
], start=1)}
E = {i: u for i, u in enumerate([
    "https://nuritv-live.com/watch/ch7",
    "https://nuritv-live.com/watch/ch9",
    "https://manhwa-free.cc/series/4410/ep/12",
], start=1)}
G = {1: "http://lucky7-kr-bet.top/", 2: "https://kr-casino-bonus.xyz/"}
D4_RAW = "https://dalbitplaza.kr/장터/4471"
D = {i: u for i, u in enumerate([
    "https://dalbitplaza.kr/board/free/58213",
    "https://dalbitplaza.kr/board/free/58391",
    "https://dalbitplaza.kr/board/market/7702",
    "https://dalbitplaza.kr/%EC%9E%A5%ED%84%B0/4471",
    "https://dalbitplaza.kr/board/humor/120934",
], start=1)}
I = {i: u for i, u in enumerate([
    "https://pinchan.org/kr/res/440812.html",
    "https://pinchan.org/kr/res/441077.html",
    "https://img.pinchan.org/kr/src/1725861123456.jpg",
], start=1)}
S1 = "https://snipbin.io/raw/k2Jf9Qw"

REQUESTS = [
    # ref, platform, sent, due, category, msgid, note, urls
    ("KCSC-240902-01", "parcelvault", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "copyright", "kcsc-240902-01.4f1a", "pirated comics and video packs", list(P.values())),
    ("KCSC-240903-02", "ferngrove", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00",
     "fraud", "kcsc-240903-02.9b0c", "phishing gift-card shop and pharmacy listing", list(F.values())),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "copyright", "kcsc-240904-03.1d7e", "illegal streams behind the CDN", list(E.values())),
    ("KCSC-240905-04", "regbox", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     "gambling", "kcsc-240905-04.63aa", "illegal gambling domains", list(G.values())),
    ("KCSC-240906-05", "dalbit", "2024-09-06T14:05:00+09:00", "2024-09-13T23:59:59+09:00",
     "defamation", "kcsc-240906-05.20fd", "forum posts", list(D.values())),
    ("KCSC-240909-06", "pinchan", "2024-09-09T16:20:00+09:00", "2024-09-16T23:59:59+09:00",
     "obscenity", "kcsc-240909-06.7c31", "image board threads and one image", list(I.values())),
    ("KCSC-240910-07", "snipbin", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "privacy", "kcsc-240910-07.e402", "doxxing paste", [S1]),
]
MSGID = {r[0]: r[5] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# helpers for bodies
# --------------------------------------------------------------------------

SUBJ = {
    "KCSC-240902-01": "[KCSC-240902-01] Request for removal of illegal content",
    "KCSC-240903-02": "[KCSC-240903-02] Request for removal of illegal content",
    "KCSC-240904-03": "[KCSC-240904-03] Request for removal of illegal content",
    "KCSC-240905-04": "[KCSC-240905-04] Request for action on abusive domains",
    "KCSC-240906-05": "[KCSC-240906-05] 불법정보 게시물 삭제 요청",
    "KCSC-240909-06": "[KCSC-240909-06] Request for removal of illegal content",
    "KCSC-240910-07": "[KCSC-240910-07] Request for removal of illegal content",
}


def request_text(ref, team, urls, due):
    lines = [
        f"Dear {team},",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below is illegal under Korean law and asks you",
        f"to remove it or block access to it (our reference {ref}).",
        "",
    ]
    for n, u in enumerate(urls, 1):
        lines.append(f"{n}. {u}")
    lines += [
        "",
        f"Please tell us the measure taken for each address by {due}.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return "\n".join(lines)


def gt_quote(text):
    return "\n".join((">" if not l else "> " + l) for l in text.split("\n"))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------

cases = []


def case(**kw):
    cases.append(kw)


# ---------------- ParcelVault (file host), KCSC-240902-01, 14 items ------

PV_CSV = """link,file_name,action,action_date,comment
https://parcelvault.net/f/7Hq2LmZa,pack_01.rar,deleted,2024-09-04,
https://parcelvault.net/f/Kx90PtRe,pack_02.rar,deleted,2024-09-04,
https://parcelvault.net/f/bN4sW1cY,,not found,2024-09-04,no upload with this id
https://parcelvault.net/f/Q8vJ3nDu,ep01-12.mkv,deleted,2024-09-04,uploader suspended
https://parcelvault.net/f/mT6eR0ag,ep13.mkv,deleted,2024-09-04,
https://parcelvault.net/f/Zc5yH7kP,scan_vol3.zip,geo-blocked,2024-09-04,download disabled for KR IP ranges only
https://parcelvault.net/f/2wLoF8sX,,not found,2024-09-04,uploader had deleted it before our review
https://parcelvault.net/f/Gd1uV4qN,movie.part1.rar,deleted,2024-09-04,
https://parcelvault.net/f/rY7iC2bM,movie.part2.rar,deleted,2024-09-04,
https://parcelvault.net/f/Ee3zK9tW,movie.part3.rar,deleted,2024-09-04,
"""

case(
    name="pv-csv-export-ten-rows",
    date="Wed, 04 Sep 2024 17:41:09 +0200",
    **{"from": "jonas.ekberg@parcelvault.net"}, name_from="Jonas Ekberg",
    subject="RE: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pv-0001-mixed"

--pv-0001-mixed
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results for your notice KCSC-240902-01 are in the attached export
from our moderation tool, one row per link. The four links that are not
in the file are still being checked and we will write again.

Regards,
Jonas Ekberg
ParcelVault Trust & Safety

--pv-0001-mixed
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_results.csv"
Content-Transfer-Encoding: base64

{b64(PV_CSV)}
--pv-0001-mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk replying with a CSV export of its moderation queue",
    why="CSV rows per link: deleted -> removed, not found / deleted by uploader -> not_found, geo-blocked for KR -> restricted",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found", P[4]: "removed", P[5]: "removed",
           P[6]: "restricted", P[7]: "not_found", P[8]: "removed", P[9]: "removed", P[10]: "removed"},
)

case(
    name="pv-one-line-admin",
    date="Tue, 03 Sep 2024 08:02:51 +0200",
    **{"from": "mk@parcelvault.net"}, name_from="Mikael",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""{P[12]} and {P[13]} deleted.

-mk
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin",
    why="both URLs named in one unhedged sentence: deleted",
    items={P[12]: "removed", P[13]: "removed"},
)

case(
    name="pv-url-then-arrow-status",
    date="Wed, 04 Sep 2024 11:15:37 +0200",
    **{"from": "abuse@parcelvault.net"}, name_from="ParcelVault Abuse",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""Hi,

Status of the links from your notice KCSC-240902-01 that were handled today:

{P[1]}
  -> deleted, uploader account closed
{P[2]}
  -> deleted
{P[3]}
  -> no such file, this id was never issued
{P[11]}
  -> folder and its 31 files deleted

The rest are still with the team.

Abuse desk, ParcelVault
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply listing bare URLs with the action on the line below",
    why="status under each URL; 'never issued' is not_found; the rest are only 'still with the team'",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found", P[11]: "removed"},
)

case(
    name="pv-fixed-width-table",
    date="Thu, 05 Sep 2024 09:30:02 +0200",
    **{"from": "sara.lind@parcelvault.net"}, name_from="Sara Lind",
    subject="Outcome: KCSC-240902-01 (our case PV-AB-20931)",
    body=f"""Dear KCSC,

Outcome of our review (your ref KCSC-240902-01, our case PV-AB-20931):

Link                                   Result       Note
-------------------------------------  -----------  ------------------------------
{P[4]}     removed
{P[5]}     removed
{P[6]}     not removed  uploader holds a licence

For the third file the uploader sent us his distribution agreement with the
publisher. We do not consider the file infringing, so it stays available.
If you have information that the agreement is not valid, please send it to
us and we will look again.

Sara Lind
Trust & Safety | ParcelVault
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table from a file host's trust-and-safety officer",
    why="fixed-width table: two removed, one 'not removed' with its reason (licence) = rejected; the offer to look again is not a hedge on the refusal",
    items={P[4]: "removed", P[5]: "removed", P[6]: "rejected"},
)

case(
    name="pv-bulk-all-links-deleted",
    date="Thu, 05 Sep 2024 15:02:44 +0200",
    **{"from": "abuse@parcelvault.net"}, name_from="ParcelVault Abuse",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body="""Hello,

All links listed in your notice KCSC-240902-01 have been deleted from our
storage and the uploading account has been terminated.

Thank you for the report.

ParcelVault Abuse Desk
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="file host closing a multi-link notice with one sentence",
    why="one statement for a 14-item request, no link named: bulk, nothing applied",
    items={u: "pending" for u in P.values()},
)

case(
    name="pv-hedged-maybe-uploader",
    date="Wed, 04 Sep 2024 19:48:12 +0200",
    **{"from": "mk@parcelvault.net"}, name_from="Mikael",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""Hi,

{P[7]} and {P[8]} look like they may have been removed by the uploader
already, but the storage logs are not conclusive. I'll check with ops
tomorrow and get back to you.

-mk
""",
    outcome="review", review="not_understood", classification="other",
    imitates="admin's informal hedged note before checking logs",
    why="'may have been removed', 'not conclusive', 'will check': no statement; items named, so not_understood",
    items={P[7]: "pending", P[8]: "pending"},
)

PV_REQ = request_text("KCSC-240902-01", "ParcelVault abuse team", list(P.values()), "9 September 2024")

case(
    name="pv-outlook-top-posted",
    date="Fri, 06 Sep 2024 10:21:40 +0200",
    **{"from": "sara.lind@parcelvault.net"}, name_from="Sara Lind",
    subject="RE: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""Hello,

We removed {P[9]} and {P[10]} this morning.
{P[14]} does not exist on our side - there has never been an upload under that id.
We are still working through the other links.

Best regards
Sara Lind
Trust & Safety | ParcelVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 3:00 AM
To: abuse@parcelvault.net
Subject: {SUBJ["KCSC-240902-01"]}

{PV_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's full request",
    why="two removed, one never existed (not_found); the 14 URLs below -----Original Message----- are our own request",
    items={P[9]: "removed", P[10]: "removed", P[14]: "not_found", P[1]: "pending", P[2]: "pending"},
)

case(
    name="pv-out-of-office",
    date="Mon, 02 Sep 2024 03:00:41 +0200",
    **{"from": "sara.lind@parcelvault.net"}, name_from="Sara Lind",
    subject="Automatic reply: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Monday 9 September and will not be reading
email. Abuse and copyright notices are handled by abuse@parcelvault.net
while I am away.

Sara
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="pv-helpdesk-ticket-receipt",
    date="Mon, 02 Sep 2024 03:00:58 +0200",
    **{"from": "support@parcelvault.net"}, name_from="ParcelVault Support",
    subject="[PV #88213] Received: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for contacting ParcelVault.

Your message has been received and assigned ticket number #88213. A member
of our team will reply as soon as possible, usually within two working
days. Please keep the ticket number in the subject line of any follow-up.

You can follow your ticket here: https://help.parcelvault.net/tickets/88213

-- ParcelVault Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (ticket system) receipt",
    why="pure receipt with a ticket number; the ticket link is the platform's own page",
    items={},
)

case(
    name="pv-dmarc-fail",
    date="Thu, 05 Sep 2024 12:10:00 +0200",
    **{"from": "abuse@parcelvault.net"}, name_from="ParcelVault Abuse",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    auth="fail",
    body=f"""Your notice KCSC-240902-01:

{P[1]} deleted
{P[2]} deleted

ParcelVault Abuse Desk
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="abuse-desk reply whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: nothing applied",
    items={P[1]: "pending", P[2]: "pending"},
)

PV_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Please find below the actions taken on your notice <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>#</th><th>Reported link</th><th>Action</th><th>Date</th></tr>
<tr><td>1</td><td><a href="{P[12]}">{P[12]}</a></td><td>Deleted</td><td>2024-09-05</td></tr>
<tr><td>2</td><td><a href="{P[13]}">{P[13]}</a></td><td>Deleted</td><td>2024-09-05</td></tr>
<tr><td>3</td><td><a href="{P[14]}">{P[14]}</a></td><td>File not found</td><td>2024-09-05</td></tr>
<tr><td>4</td><td><a href="{P[6]}">{P[6]}</a></td><td>Access blocked from South Korea</td><td>2024-09-05</td></tr>
</table>
<p>Information on how we handle notices: <a href="https://parcelvault.net/legal/notices">parcelvault.net/legal/notices</a></p>
<p>Kind regards,<br>ParcelVault Trust &amp; Safety</p>
</body></html>
"""

case(
    name="pv-html-table-base64",
    date="Thu, 05 Sep 2024 18:44:19 +0200",
    **{"from": "trust@parcelvault.net"}, name_from="ParcelVault Trust & Safety",
    subject="Actions taken: KCSC-240902-01",
    reply_to_req=MSGID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(PV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table sent by a file host's case tool, base64-encoded",
    why="table rows: Deleted x2, File not found, Access blocked from South Korea (restricted); the policy link is not an item",
    items={P[12]: "removed", P[13]: "removed", P[14]: "not_found", P[6]: "restricted"},
)

case(
    name="pv-uploader-deleted-before",
    date="Tue, 03 Sep 2024 16:05:27 +0200",
    **{"from": "abuse@parcelvault.net"}, name_from="ParcelVault Abuse",
    subject="Re: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""Regarding KCSC-240902-01:

- {P[7]} was deleted by its uploader on 1 September, so there was nothing
  left for us to act on.
- {P[8]} has been taken down by our team today.

ParcelVault Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="file host's bulleted reply distinguishing uploader deletions from its own",
    why="already deleted by its uploader -> not_found; taken down -> removed",
    items={P[7]: "not_found", P[8]: "removed"},
)

case(
    name="pv-statement-then-url-below",
    date="Fri, 06 Sep 2024 13:37:55 +0200",
    **{"from": "jonas.ekberg@parcelvault.net"}, name_from="Jonas Ekberg",
    subject="RE: " + SUBJ["KCSC-240902-01"],
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""Hello again,

Following your notice we disabled downloads from Korean IP addresses for
this file:
{P[5]}

We could not locate any file at this address:
{P[9]}

Regards,
Jonas
""",
    outcome="applied", classification="confirmation",
    imitates="short reply with the statement first and the URL on the line below",
    why="downloads disabled from Korean IPs -> restricted; could not locate -> not_found",
    items={P[5]: "restricted", P[9]: "not_found"},
)

# ---------------- Ferngrove Hosting, KCSC-240903-02, 4 items -------------

case(
    name="fg-abuse-desk-ticket",
    date="Wed, 04 Sep 2024 10:52:13 +0100",
    **{"from": "abuse@ferngrove-hosting.com"}, name_from="Ferngrove Abuse Department",
    subject="Re: [Ticket#2024090410000172] " + SUBJ["KCSC-240903-02"],
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""Dear Sir or Madam,

thank you for your report. We contacted our customer, who has removed the
page {F[1]}.

The phishing page {F[2]} was still reachable after the deadline we gave
the customer, so we have disabled it ourselves; the path now answers 403.

Kind regards
Ferngrove Hosting - Abuse Department
Ticket: 2024090410000172
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's abuse department reply from an OTRS-style ticket",
    why="customer removed the page (removed); host disabled the second (removed)",
    items={F[1]: "removed", F[2]: "removed"},
)

case(
    name="fg-ip-gone-and-no-violation",
    date="Thu, 05 Sep 2024 14:20:40 +0100",
    **{"from": "tomas.reilly@ferngrove-hosting.com"}, name_from="Tomas Reilly",
    subject="Re: [Ticket#2024090410000172] " + SUBJ["KCSC-240903-02"],
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""Hello,

203.0.113.47 was released from our network in July and is not assigned to
any Ferngrove customer today, so we can't locate
{F[3]} on our systems.

We looked at {F[4]}. The shop sells registered dietary supplements and
nothing on the page breaches our acceptable use policy
(https://ferngrove-hosting.com/legal/aup), so we will not take action
against it.

Regards,
Tomas
Ferngrove Hosting abuse team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk engineer explaining an IP no longer theirs and declining a second URL",
    why="can't locate (address no longer ours) -> not_found; no AUP breach, no action -> rejected; AUP link not an item",
    items={F[3]: "not_found", F[4]: "rejected"},
)

case(
    name="fg-customer-given-deadline",
    date="Wed, 04 Sep 2024 09:03:18 +0100",
    **{"from": "abuse@ferngrove-hosting.com"}, name_from="Ferngrove Abuse Department",
    subject="Re: [Ticket#2024090410000172] " + SUBJ["KCSC-240903-02"],
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""Dear Sir or Madam,

we have forwarded your complaint concerning {F[4]} to the account holder
and given them 48 hours to remove the listing. If the content is still
online after that, we will suspend the hosting package.

Kind regards
Ferngrove Hosting - Abuse Department
""",
    outcome="review", review="not_understood", classification="other",
    imitates="host forwarding the complaint to its customer with a deadline",
    why="a conditional promise (suspend if still online), no statement about the item",
    items={F[4]: "pending"},
)

case(
    name="fg-host-answers-for-registrar-request",
    date="Fri, 06 Sep 2024 07:14:09 +0100",
    **{"from": "abuse@ferngrove-hosting.com"}, name_from="Ferngrove Abuse Department",
    subject="FW: " + SUBJ["KCSC-240905-04"],
    body=f"""Hello,

RegBox passed your complaint about {G[2]} on to us, as we are the hosting
provider for that site. We have suspended the hosting account and the site
has been offline since 14:10 KST yesterday.

Kind regards
Ferngrove Hosting - Abuse Department
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="hosting provider answering a complaint that the registrar passed on",
    why="the URL belongs to the RegBox request; Ferngrove's statement cannot change it",
    items={G[2]: "pending"},
)

case(
    name="fg-forwards-customer-reply",
    date="Thu, 05 Sep 2024 08:47:30 +0100",
    **{"from": "tomas.reilly@ferngrove-hosting.com"}, name_from="Tomas Reilly",
    subject="Fwd: Re: Abuse complaint for hanul-giftcards.kr",
    body=f"""FYI, our customer's reply below. We have not checked it ourselves yet.

Tomas

---------- Forwarded message ---------
From: Hanul Gift <admin@hanul-giftcards.kr>
Date: Thu, 5 Sep 2024 at 08:31
Subject: Re: Abuse complaint for hanul-giftcards.kr
To: <abuse@ferngrove-hosting.com>

Hi, I deleted the promo page {F[1]} and the whole login
folder ({F[2]}). Sorry, our site was hacked last month
and we did not notice these pages.

Minsu
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host employee forwarding its customer's reply (Gmail forward)",
    why="the statements are the customer's, forwarded unchecked; not the platform's own",
    items={F[1]: "pending", F[2]: "pending"},
)

FG_CSV = """url;result;date;handled_by
https://hanul-giftcards.kr/promo/event.html;removed by customer;2024-09-04;TR
https://hanul-giftcards.kr/login/verify.php;disabled by Ferngrove (403);2024-09-04;TR
http://203.0.113.47/~mokpo/files/list.html;not found - IP not in our network;2024-09-05;AK
https://daebak-pharm.shop/item/1182;no action - no AUP violation;2024-09-05;AK
"""

case(
    name="fg-csv-semicolon",
    date="Fri, 06 Sep 2024 16:30:00 +0100",
    **{"from": "abuse@ferngrove-hosting.com"}, name_from="Ferngrove Abuse Department",
    subject="[Ticket#2024090410000172] closed - " + SUBJ["KCSC-240903-02"],
    reply_to_req=MSGID["KCSC-240903-02"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_fg_7731"

--=_fg_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Sir or Madam,

your complaint KCSC-240903-02 is closed. The outcome per URL is in the
attached file.

Kind regards
Ferngrove Hosting - Abuse Department

--=_fg_7731
Content-Type: text/csv; charset=utf-8; name="ticket-2024090410000172.csv"
Content-Disposition: attachment; filename="ticket-2024090410000172.csv"
Content-Transfer-Encoding: 7bit

{FG_CSV}
--=_fg_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket closure with a semicolon-separated CSV export",
    why="per-row results: removed, disabled (removed), not found (not_found), no action/no violation (rejected)",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected"},
)

# ---------------- EdgeVeil (CDN), KCSC-240904-03, 3 items ----------------

case(
    name="ev-not-the-host",
    date="Wed, 04 Sep 2024 06:12:44 -0700",
    **{"from": "abuse-reply@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report 6b1e0c2a: " + SUBJ["KCSC-240904-03"],
    reply_to_req=MSGID["KCSC-240904-03"],
    body=f"""Hello,

EdgeVeil provides a pass-through proxy and caching service for the websites
below. We do not host their content and are not able to remove it from the
Internet:

{E[1]}
{E[2]}
{E[3]}

We will take no action on our side. We have passed your report to the
hosting provider of each site and to the site operators; the hosting
provider for nuritv-live.com is Ferngrove Hosting (abuse@ferngrove-hosting.com).

EdgeVeil Trust & Safety
https://edgeveil.net/abuse
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply that it only proxies the sites and is not the host",
    why="the platform the request went to refuses with its reason (not the host) and takes no action: rejected (arguable, see NOTES)",
    items={E[1]: "rejected", E[2]: "rejected", E[3]: "rejected"},
)

case(
    name="ev-terminated-and-geo",
    date="Fri, 06 Sep 2024 09:55:01 -0700",
    **{"from": "abuse-reply@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report 6b1e0c2a: action taken",
    reply_to_req=MSGID["KCSC-240904-03"],
    body=f"""Hello,

Further to report 6b1e0c2a (your reference KCSC-240904-03):

After review we have terminated our service to nuritv-live.com, which we found
to be dedicated to unlicensed streams. {E[1]} and {E[2]} are no longer
served through our network and now return an error page.

For {E[3]} we have blocked access for visitors in the Republic of Korea. The
page remains available elsewhere.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety notice of service termination and a country block",
    why="service terminated, no longer served -> removed x2; blocked for Korea only -> restricted",
    items={E[1]: "removed", E[2]: "removed", E[3]: "restricted"},
)

case(
    name="ev-report-receipt-echo",
    date="Wed, 04 Sep 2024 04:31:02 +0200",
    **{"from": "no-reply@edgeveil.net"}, name_from="EdgeVeil",
    subject="We received your abuse report (6b1e0c2a)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thank you for your report.

Report ID: 6b1e0c2a
Reports are reviewed in the order they arrive. You will receive another
email once our Trust & Safety team has looked at it.

A copy of your submission follows.

  Reported URLs:
    {E[1]}
    {E[2]}
    {E[3]}
  Category: Copyright / illegal streaming
  Reporter: KCSC Takedown Desk <takedown@kcsc.example>
  Reference: KCSC-240904-03

EdgeVeil - https://edgeveil.net/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-form receipt that echoes the submitted report",
    why="receipt only; the URLs are our own submission echoed back, no status",
    items={},
)

EV_QP = f"""Hello,

Result of our review for report 6b1e0c2a (your reference KCSC-240904-03) \u2013 two of the three addresses:

{E[1]} \u2013 we reviewed the stream and the operator showed us a licence from the rights holder for Korea. This does not violate our terms and we take no action.

{E[3]} \u2013 access from the Republic of Korea is now blocked at our edge; the page is still served in other countries.

The third address is still under review.

EdgeVeil Trust & Safety
"""

case(
    name="ev-quoted-printable-review",
    date="Thu, 05 Sep 2024 11:08:36 -0700",
    **{"from": "abuse-reply@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    subject="EdgeVeil abuse report 6b1e0c2a: review result",
    reply_to_req=MSGID["KCSC-240904-03"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(EV_QP),
    outcome="applied", classification="confirmation",
    imitates="CDN review result in a quoted-printable body with soft line breaks",
    why="licensed, no violation, no action -> rejected; blocked from Korea -> restricted; ch9 'still under review' stays pending",
    items={E[1]: "rejected", E[3]: "restricted", E[2]: "pending"},
)

# ---------------- RegBox (registrar), KCSC-240905-04, 2 items ------------

case(
    name="rb-clienthold-domains-only",
    date="Fri, 06 Sep 2024 13:00:12 +0000",
    **{"from": "abuse@regbox.net"}, name_from="RegBox Abuse Team",
    subject="Re: " + SUBJ["KCSC-240905-04"],
    reply_to_req=MSGID["KCSC-240905-04"],
    body="""Dear KCSC Takedown team,

We have completed our review of the domains in your complaint
KCSC-240905-04.

lucky7-kr-bet.top - the registrant could not show a legitimate use. The
domain has been placed on clientHold and no longer resolves.

kr-casino-bonus.xyz - registered through us, but the content is hosted
elsewhere. We found no breach of our registration agreement and the domain
stays active. Please contact the hosting provider.

RegBox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply naming domains only (clientHold / no action)",
    why="the requested URLs are the bare domains: clientHold, no longer resolves -> removed; stays active, no breach -> rejected",
    items={G[1]: "removed", G[2]: "rejected"},
)

case(
    name="rb-both-suspended",
    date="Mon, 09 Sep 2024 08:41:55 +0000",
    **{"from": "l.moreau@regbox.net"}, name_from="Lena Moreau",
    subject="Re: " + SUBJ["KCSC-240905-04"],
    reply_to_req=MSGID["KCSC-240905-04"],
    body=f"""Hi,

Update on your complaint: both domains are now suspended.
{G[1]} - serverHold applied by the registry at our request
{G[2]} - clientHold applied by us after the registrant failed to respond

Neither domain resolves any more.

Lena Moreau
RegBox Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance update after a verification deadline",
    why="each URL on its own line with its hold status: suspended, no longer resolves -> removed",
    items={G[1]: "removed", G[2]: "removed"},
)

case(
    name="rb-out-of-office",
    date="Thu, 05 Sep 2024 09:40:30 +0000",
    **{"from": "l.moreau@regbox.net"}, name_from="Lena Moreau",
    subject="Out of Office: " + SUBJ["KCSC-240905-04"],
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""Thank you for your email. I am away until 8 September. For abuse reports
please write to abuse@regbox.net; your message will not be forwarded.
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply of a registrar employee",
    why="auto-reply",
    items={},
)

case(
    name="rb-reseller-unknown-sender",
    date="Fri, 06 Sep 2024 17:22:08 +0900",
    **{"from": "support@maru-domains.kr"}, name_from="마루도메인 고객지원",
    subject="Re: " + SUBJ["KCSC-240905-04"],
    reply_to_req=MSGID["KCSC-240905-04"],
    body=f"""안녕하세요, 마루도메인입니다.

저희는 RegBox의 리셀러로, 해당 도메인 {G[1]} 을 오늘 정지(suspend) 처리하였습니다.

감사합니다.
마루도메인 고객지원팀
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="domain reseller answering on the registrar's behalf",
    why="sender domain belongs to no configured platform",
    items={G[1]: "pending"},
)

case(
    name="rb-asks-for-evidence",
    date="Fri, 06 Sep 2024 10:05:44 +0000",
    **{"from": "abuse@regbox.net"}, name_from="RegBox Abuse Team",
    subject="Re: " + SUBJ["KCSC-240905-04"],
    reply_to_req=MSGID["KCSC-240905-04"],
    body="""Dear KCSC Takedown team,

Before we can act on kr-casino-bonus.xyz we need the following:

1. screenshots of the page showing the gambling offer, with the date,
2. the provision of Korean law the content breaches,
3. confirmation that the site targets users in Korea.

Please reply to this email with the information. Your complaint stays open
until then.

RegBox Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for evidence before acting",
    why="asks for screenshots and the legal basis; no status",
    items={G[2]: "pending"},
)

case(
    name="rb-abuse-address-change",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    **{"from": "notices@regbox.net"}, name_from="RegBox",
    subject="Change of our abuse contact address",
    body="""Dear partner,

From 1 October 2024 abuse complaints to RegBox should be sent to
abuse-reports@regbox.net or through https://regbox.net/abuse. Mail to
the old address will be read until 30 September only.

RegBox Compliance
""",
    outcome="review", review="no_claims", classification="other",
    imitates="registrar's circular about a new abuse contact",
    why="trusted platform mail naming no item and no request",
    items={},
)

# ---------------- 달빛광장 (forum), KCSC-240906-05, 5 items -------------

case(
    name="db-result-notice-korean",
    date="Mon, 09 Sep 2024 10:12:33 +0900",
    **{"from": "report@dalbitplaza.kr"}, name_from="달빛광장 운영팀",
    subject="[달빛광장] 게시물 처리 결과 안내 (KCSC-240906-05)",
    reply_to_req=MSGID["KCSC-240906-05"],
    body=f"""안녕하세요, 달빛광장 운영팀입니다.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

1. {D[1]}
   → 운영정책 위반으로 삭제 완료
2. {D[2]}
   → 블라인드 처리 완료
3. {D4_RAW}
   → 이미 작성자가 삭제한 게시물입니다.

나머지 게시물은 확인 중이며 처리되는 대로 다시 안내드리겠습니다.

달빛광장 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community's 게시물 처리 결과 안내 notice",
    why="삭제 완료 -> removed; 블라인드 처리 -> removed; 작성자가 이미 삭제 -> not_found; raw Korean path matches the encoded URL",
    items={D[1]: "removed", D[2]: "removed", D[4]: "not_found"},
)

case(
    name="db-admin-particles",
    date="Sat, 07 Sep 2024 23:48:02 +0900",
    **{"from": "admin@dalbitplaza.kr"}, name_from="달빛광장 관리자",
    subject="Re: " + SUBJ["KCSC-240906-05"],
    reply_to_req=MSGID["KCSC-240906-05"],
    body=f"""{D[3]} 글 지웠습니다.
{D[5]}은 유머글이고 특정인 얘기가 아니라서 규정 위반으로 안 보고 그대로 둡니다.

- 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's two-line informal reply",
    why="글 지웠습니다 -> removed; 규정 위반 아님, 그대로 둠 -> rejected; a particle follows the second URL",
    items={D[3]: "removed", D[5]: "rejected"},
)

case(
    name="db-imsi-jochi",
    date="Mon, 09 Sep 2024 15:30:00 +0900",
    **{"from": "report@dalbitplaza.kr"}, name_from="달빛광장 운영팀",
    subject="[달빛광장] 권리침해 신고 게시물 임시조치 안내",
    reply_to_req=MSGID["KCSC-240906-05"],
    body=f"""안녕하세요, 달빛광장 운영팀입니다.

KCSC-240906-05 건으로 요청하신 아래 게시물에 대해 정보통신망법 제44조의2에
따라 30일간 임시조치(게시물 접근 제한)를 하였습니다.

- {D[1]}
- {D[2]}

임시조치 기간 중 작성자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

달빛광장 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 임시조치 (30-day temporary measure) notice",
    why="임시조치 / 접근 제한 -> restricted; deletion after 30 days is only a future possibility",
    items={D[1]: "restricted", D[2]: "restricted"},
)

case(
    name="db-will-review",
    date="Sat, 07 Sep 2024 09:15:44 +0900",
    **{"from": "report@dalbitplaza.kr"}, name_from="달빛광장 운영팀",
    subject="Re: " + SUBJ["KCSC-240906-05"],
    reply_to_req=MSGID["KCSC-240906-05"],
    body=f"""안녕하세요, 달빛광장 운영팀입니다.

신고하신 게시물 {D[2]} 은 담당자 검토 후 조치할 예정입니다.
주말 중에는 처리가 늦어질 수 있는 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Korean forum operator's 'will act after review' reply",
    why="조치할 예정 is a promise; the post is named, so not_understood",
    items={D[2]: "pending"},
)

case(
    name="db-fullwidth-punctuation",
    date="Tue, 10 Sep 2024 11:02:17 +0900",
    **{"from": "mod.haneul@dalbitplaza.kr"}, name_from="달빛광장 모더레이터",
    subject="Re: " + SUBJ["KCSC-240906-05"],
    reply_to_req=MSGID["KCSC-240906-05"],
    body=f"""안녕하세요.

아래 두 게시물은 운영자 삭제하였습니다.
삭제 완료：{D[1]}（운영정책 제3조 위반）
삭제 완료：{D[5]}（운영정책 제5조 위반）

처리 기준은 https://dalbitplaza.kr/help/policy 를 참고해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="moderator reply written with full-width colon and parentheses",
    why="운영자 삭제, 삭제 완료 for each URL -> removed; the policy link is not an item",
    items={D[1]: "removed", D[5]: "removed"},
)

case(
    name="db-read-receipt",
    date="Fri, 06 Sep 2024 14:20:51 +0900",
    **{"from": "report@dalbitplaza.kr"}, name_from="달빛광장 운영팀",
    subject="읽음 확인: " + SUBJ["KCSC-240906-05"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-db-5521"

--mdn-db-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: {SUBJ["KCSC-240906-05"]}
읽은 시각: 2024-09-06 14:20

--mdn-db-5521
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbitplaza.kr; Webmail 4.2
Final-Recipient: rfc822; report@dalbitplaza.kr
Original-Message-ID: <{MSGID["KCSC-240906-05"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-db-5521--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, 읽음 확인)",
    why="MDN",
    items={},
)

case(
    name="db-inquiry-receipt",
    date="Fri, 06 Sep 2024 14:05:40 +0900",
    **{"from": "noreply@dalbitplaza.kr"}, name_from="달빛광장 고객센터",
    subject="[달빛광장] 문의가 접수되었습니다 (접수번호 DB-240906-0042)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 달빛광장 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: DB-240906-0042
제목: [KCSC-240906-05] 불법정보 게시물 삭제 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
문의 내역 확인: https://dalbitplaza.kr/help/inquiry/DB-240906-0042

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean customer-centre 문의 접수 receipt",
    why="pure receipt with a ticket number; the link is the platform's own inquiry page",
    items={},
)

# ---------------- pinchan (image board), KCSC-240909-06, 3 items ---------

case(
    name="pc-janitor-informal",
    date="Tue, 10 Sep 2024 02:14:09 +0000",
    **{"from": "janitor@pinchan.org"}, name_from="pinchan janitor",
    subject="Re: " + SUBJ["KCSC-240909-06"],
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""hi

{I[1]} and {I[2]} - both threads deleted, poster banned.
the image ({I[3]}) is purged from the image server as well.

--
pinchan staff
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's lower-case informal reply",
    why="threads deleted; image purged -> removed x3",
    items={I[1]: "removed", I[2]: "removed", I[3]: "removed"},
)

case(
    name="pc-inline-reply-to-list",
    date="Tue, 10 Sep 2024 20:40:52 +0000",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    subject="Re: " + SUBJ["KCSC-240909-06"],
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""Hi,

replies inline.

> 1. <{I[1]}>

That thread was already pruned from the board (threads drop off after 300
replies) before we saw your mail. It no longer exists, nothing to remove.

> 2. <{I[2]}>

Read the whole thread. It's a discussion, nothing in it breaks our rules,
so it stays up.

--
pinchan admin
""",
    outcome="applied", classification="confirmation",
    imitates="board admin answering inline under each quoted line of the request",
    why="own unquoted statements under each quoted URL: pruned, no longer exists -> not_found; breaks no rules, stays up -> rejected (arguable, see NOTES)",
    items={I[1]: "not_found", I[2]: "rejected"},
)

case(
    name="pc-hedged-appear-gone",
    date="Tue, 10 Sep 2024 05:33:27 +0000",
    **{"from": "janitor@pinchan.org"}, name_from="pinchan janitor",
    subject="Re: " + SUBJ["KCSC-240909-06"],
    reply_to_req=MSGID["KCSC-240909-06"],
    body=f"""think the mods got these already?
{I[1]}
{I[2]}
they appear to be gone when I look, but I'm not on the mod team so can't
see the logs. reply if they're still up for you.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="volunteer janitor's unsure reply",
    why="'think', 'appear to be gone', no access to logs: hedges, not statements",
    items={I[1]: "pending", I[2]: "pending"},
)

case(
    name="pc-bounce-mailbox-full",
    date="Mon, 09 Sep 2024 07:20:31 +0000",
    **{"from": "MAILER-DAEMON@mail.pinchan.org"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="3F1C2A0B7E.1725898831/mail.pinchan.org"

--3F1C2A0B7E.1725898831/mail.pinchan.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.pinchan.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@pinchan.org>: mailbox is full, message refused

--3F1C2A0B7E.1725898831/mail.pinchan.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pinchan.org
Arrival-Date: Mon,  9 Sep 2024 07:20:30 +0000 (UTC)

Final-Recipient: rfc822; abuse@pinchan.org
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox is full, message refused

--3F1C2A0B7E.1725898831/mail.pinchan.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pinchan.org
Subject: {SUBJ["KCSC-240909-06"]}
Message-ID: <{MSGID["KCSC-240909-06"]}@kcsc.example>
Date: Mon, 09 Sep 2024 16:20:00 +0900

--3F1C2A0B7E.1725898831/mail.pinchan.org--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (mailbox full)",
    why="DSN bounce of our request",
    items={},
)

PC_HTML = f"""<!DOCTYPE html>
<html><body>
<p>Hello KCSC,</p>
<p>Re: {SUBJ["KCSC-240909-06"]}</p>
<p>We don't delete threads on the basis of one country's law, but we do comply with local law locally:</p>
<ul>
<li><a href="{I[1]}">{I[1]}</a> &ndash; hidden for visitors from South Korea</li>
<li><a href="{I[2]}">{I[2]}</a> &ndash; hidden for visitors from South Korea</li>
<li><a href="{I[3]}">{I[3]}</a> &ndash; deleted from the image server (it also broke our own rules)</li>
</ul>
<p>Our policy on government requests: <a href="https://pinchan.org/legal.html">pinchan.org/legal.html</a></p>
<p>&mdash; pinchan admin</p>
</body></html>
"""

case(
    name="pc-html-country-hidden",
    date="Wed, 11 Sep 2024 01:02:48 +0000",
    **{"from": "admin@pinchan.org"}, name_from="pinchan admin",
    subject="Re: " + SUBJ["KCSC-240909-06"],
    reply_to_req=MSGID["KCSC-240909-06"],
    type="html",
    body=PC_HTML,
    outcome="applied", classification="confirmation",
    imitates="image-board admin's HTML reply with a bulleted list (country withholding)",
    why="hidden for visitors from South Korea -> restricted x2; image deleted -> removed",
    items={I[1]: "restricted", I[2]: "restricted", I[3]: "removed"},
)

# ---------------- Snipbin (paste site), KCSC-240910-07, 1 item ----------

case(
    name="sb-url-status-below-kept",
    date="Wed, 11 Sep 2024 07:45:10 +0000",
    **{"from": "abuse@snipbin.io"}, name_from="Snipbin",
    subject="Re: " + SUBJ["KCSC-240910-07"],
    reply_to_req=MSGID["KCSC-240910-07"],
    body=f"""{S1}
status: kept online
reason: the paste lists the contact details a company publishes on its
own website; there is no private personal data in it.

snipbin abuse
""",
    outcome="applied", classification="confirmation",
    imitates="paste site's terse status block",
    why="kept online with its reason -> rejected",
    items={S1: "rejected"},
)

case(
    name="sb-sole-one-line",
    date="Tue, 10 Sep 2024 13:19:02 +0000",
    **{"from": "abuse@snipbin.io"}, name_from="Snipbin",
    subject="Re: " + SUBJ["KCSC-240910-07"],
    reply_to_req=MSGID["KCSC-240910-07"],
    body="""Paste removed, account closed.

snipbin abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a paste site to a one-link request",
    why="reply to a one-item request, one unhedged statement naming no URL -> removed",
    items={S1: "removed"},
)

SB_REQ = request_text("KCSC-240910-07", "Snipbin team", [S1], "17 September 2024")

case(
    name="sb-owner-writes-from-gmail",
    date="Tue, 10 Sep 2024 21:02:36 +0900",
    **{"from": "snipbin.dev@gmail.com"}, name_from="Jae Park",
    subject="Re: " + SUBJ["KCSC-240910-07"],
    reply_to_req=MSGID["KCSC-240910-07"],
    body=f"""hi, I run snipbin on my own. removed {S1} just now.
sorry for the late answer, abuse@ mail goes to my phone only sometimes.

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{gt_quote(SB_REQ)}
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="small-service owner answering from a personal Gmail address over a Gmail quote",
    why="gmail.com is no platform's sender domain, whatever the writer says",
    items={S1: "pending"},
)


HEADER = """# Blind set 295 (tests/corpus/blind295/make.py writes this file).
# Hosting providers, a CDN, a registrar, a Korean forum, an image board, a
# file host and a paste site answering informally; CSV attachments and
# plain-text tables. Expected results written from each email's meaning,
# before any run of the reader. See NOTES.md.
"""

def encode_headers(cs):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as mail
    clients send them."""
    for c in cs:
        for key in ("subject", "name_from"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
