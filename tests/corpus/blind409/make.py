#!/usr/bin/env python3
"""Blind set 409: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally), plus
CSV attachments and plain-text tables.

    python3 tests/corpus/blind409/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning, before any run of the reader.
All names, domains, ids and URLs are fictional.
"""
import base64
import csv
from email.header import Header
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind409"

# ---------------------------------------------------------------- requests
FC = "https://filecrate.example"
FC_ITEMS = [
    FC + "/f/Ab3xQ9", FC + "/f/Kp7mW2", FC + "/f/Zt4nR8", FC + "/f/Lq2vH5",
    FC + "/f/Mw9cJ1", FC + "/f/Ye6bT3", FC + "/f/Rd8sG7", FC + "/f/Uh1kF4",
    FC + "/f/Nc5pX6", FC + "/f/Gj3wE9", FC + "/folder/Vb2qD8", FC + "/folder/Sx7mA0",
    FC + "/f/Ho4tK2", FC + "/f/Pe9rL5",
]
(AB, KP, ZT, LQ, MW, YE, RD, UH, NC, GJ, VB, SX, HO, PE) = FC_ITEMS

HH_212 = "http://sunny-pharm-kr.example/shop/index.php?id=212"
HH_219 = "http://sunny-pharm-kr.example/shop/index.php?id=219"
HH_BLOG = "https://blog.gwangmyeong-deals.example/2024/08/best-loan/"
HH_DDAL = "http://198.51.100.77/~ddalgi/gallery/"
HH_ITEMS = [HH_212, HH_219, HH_BLOG, HH_DDAL]

EV_HOME = "https://betting-kr-live.example/"
EV_PROMO = "https://betting-kr-live.example/promo/signup"
EV_TOTO = "https://toto-star.example/event/777"
EV_ITEMS = [EV_HOME, EV_PROMO, EV_TOTO]

NP_PASS = "http://kr-passport-fast.example/"
NP_CASINO = "http://hanbit-casino.example/"
NP_ITEMS = [NP_PASS, NP_CASINO]

MARKET = "%EC%9E%A5%ED%84%B0"  # 장터
DL_18233 = "https://dalbit.example/board/free/18233"
DL_18240 = "https://dalbit.example/board/free/18240"
DL_5521 = "https://dalbit.example/board/humor/5521"
DL_902 = "https://dalbit.example/board/" + MARKET + "/902"
DL_917 = "https://dalbit.example/board/" + MARKET + "/917"
DL_ITEMS = [DL_18233, DL_18240, DL_5521, DL_902, DL_917]
DL_902_RAW = "https://dalbit.example/board/장터/902"
DL_917_RAW = "https://dalbit.example/board/장터/917"

MK_44102 = "https://mokpan.example/b/res/44102.html"
MK_44150 = "https://mokpan.example/b/res/44150.html"
MK_9913 = "https://mokpan.example/pol/res/9913.html"
MK_ITEMS = [MK_44102, MK_44150, MK_9913]

PW = "https://pastewell.example/p/q8ZzN1"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "filecrate", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     FC_ITEMS, "obscenity", "req-240903-01@kcsc.example", "file host; shared archive links"),
    ("KCSC-240903-02", "harborhost", "2024-09-03T14:30:00+09:00", "2024-09-10T23:59:59+09:00",
     HH_ITEMS, "illegal_trade", "req-240903-02@kcsc.example", "customer sites on a shared host"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     EV_ITEMS, "gambling", "req-240904-03@kcsc.example", "sites behind a CDN"),
    ("KCSC-240904-04", "namepost", "2024-09-04T16:00:00+09:00", "2024-09-11T23:59:59+09:00",
     NP_ITEMS, "fraud", "req-240904-04@kcsc.example", "domain names at a registrar"),
    ("KCSC-240905-05", "dalbit", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00",
     DL_ITEMS, "defamation", "req-240905-05@kcsc.example", "Korean community forum posts"),
    ("KCSC-240905-06", "mokpan", "2024-09-05T15:00:00+09:00", "2024-09-12T23:59:59+09:00",
     MK_ITEMS, "hate_speech", "req-240905-06@kcsc.example", "image board threads"),
    ("KCSC-240906-07", "pastewell", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [PW], "privacy", "req-240906-07@kcsc.example", "one paste"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, name, urls):
    lines = [f"Dear {name},", "",
             f"The Korea Communications Standards Commission asks you to remove or",
             f"block the following content (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please tell us the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(lines)


def pct_raw(u):
    return u.replace(MARKET, "장터")


# ---------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ======================= FileCrate (file host), KCSC-240903-01, 14 items
csv_rows = [
    ("link", "action", "note"),
    (AB, "File deleted", "Terms s.4"),
    (KP, "File deleted", "Terms s.4"),
    (ZT, "File deleted", "Terms s.4"),
    (LQ, "Already deleted by uploader", "deleted 2024-09-01"),
    (MW, "File deleted", "Terms s.4"),
    (YE, "No action", "no violation found; file remains available"),
    (RD, "File deleted", "Terms s.4"),
    (UH, "No such file", "id never existed"),
    (NC, "File deleted", "Terms s.4"),
    (GJ, "File deleted", "Terms s.4"),
    (VB, "Folder disabled", "all 38 files"),
    (SX, "Folder disabled", "all 12 files"),
    (HO, "No action", "no violation found; file remains available"),
    (PE, "File deleted", "Terms s.4"),
]
csv_text = "\r\n".join(",".join(f'"{x}"' if ";" in x or " " in x else x for x in r) for r in csv_rows) + "\r\n"
case(name="fc-csv-attachment-all-links", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Mon, 09 Sep 2024 11:42:07 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     reply_to_req="req-240903-01",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-0001"

--fc-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have processed your request KCSC-240903-01. The action taken on each
link is listed in the attached spreadsheet.

Kind regards,
FileCrate Abuse Team
https://filecrate.example/legal/abuse

--fc-0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_text)}
--fc-0001--
""",
     outcome="applied", classification="confirmation",
     imitates="file-host abuse desk returning a per-link result spreadsheet (CSV attachment)",
     why="CSV lists every link: deleted/disabled -> removed, already deleted by uploader / no such file -> not_found, no action no violation -> rejected",
     items={AB: "removed", KP: "removed", ZT: "removed", LQ: "not_found", MW: "removed",
            YE: "rejected", RD: "removed", UH: "not_found", NC: "removed", GJ: "removed",
            VB: "removed", SX: "removed", HO: "rejected", PE: "removed"})

case(name="fc-plain-text-table", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Sat, 07 Sep 2024 02:15:40 +0000",
     subject="[FC-88123] KCSC-240903-01 partial result",
     body=f"""Hello KCSC team,

First batch of your report has been handled:

Link                                   Result
-------------------------------------  ---------------------------
{MW}      deleted
{YE}      deleted
{RD}      link disabled
{UH}      file does not exist
{NC}      kept (no violation found)
{GJ}      deleted

The remaining links are still with the reviewing team.

FileCrate Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk pasting a fixed-width result table from its ticket tool",
     why="six rows with an unhedged result each; the rest are only 'still with the reviewing team'",
     items={MW: "removed", YE: "removed", RD: "removed", UH: "not_found", NC: "rejected", GJ: "removed"})

case(name="fc-one-liner-folders", from_="jan.weber@filecrate.example", name_from="Jan Weber",
     date="Wed, 04 Sep 2024 08:03:11 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     reply_to_req="req-240903-01",
     body=f"""took both folders down:
{VB}
{SX}

-- Jan, FileCrate support
""",
     outcome="applied", classification="confirmation",
     imitates="support employee answering in one line from a phone",
     why="'took both folders down' is a statement naming both folder URLs",
     items={VB: "removed", SX: "removed"})

case(name="fc-top-posted-over-quote", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Thu, 05 Sep 2024 06:20:00 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     reply_to_req="req-240903-01",
     body=f"""Hi,

Done so far:
{AB} - deleted
{KP} - deleted
{ZT} - we have no file under that id

The rest we are still going through, will write again.

Mira
FileCrate Abuse

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", "FileCrate", FC_ITEMS))}
""",
     outcome="applied", classification="confirmation",
     imitates="top-posted reply over the quoted request (Gmail style '>' quoting)",
     why="three links answered above the quote; the quoted request's other links are not statements",
     items={AB: "removed", KP: "removed", ZT: "not_found", LQ: "pending", MW: "pending", PE: "pending"})

fc_html = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome of your notice <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th></tr>
<tr><td><a href="{AB}">{AB}</a></td><td>Removed</td></tr>
<tr><td><a href="{ZT}">{ZT}</a></td><td>Removed</td></tr>
<tr><td><a href="{UH}">{UH}</a></td><td>Not found</td></tr>
<tr><td><a href="{HO}">{HO}</a></td><td>Declined &ndash; does not violate our Terms</td></tr>
</table>
<p>Our Terms of Service: <a href="https://filecrate.example/legal/terms">filecrate.example/legal/terms</a></p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""
case(name="fc-base64-html-table", from_="trust@filecrate.example", name_from="FileCrate Trust & Safety",
     date="Fri, 06 Sep 2024 13:05:52 +0000",
     subject="Outcome of your notice KCSC-240903-01",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fc_html)}""",
     outcome="applied", classification="confirmation",
     imitates="ticket-system HTML outcome table sent base64-encoded",
     why="HTML table: Removed x2, Not found, Declined (no violation) -> rejected; the Terms link is no item",
     items={AB: "removed", ZT: "removed", UH: "not_found", HO: "rejected"})

case(name="fc-ack-plus-statement", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Wed, 04 Sep 2024 17:30:25 +0000",
     subject="[FC-88124] We received your report",
     body=f"""Thank you for your report. Your ticket number is FC-88124.

We have reviewed the file {PE} and
deleted it for violating section 4 of our Terms of Service. The uploader's
account has been warned.

FileCrate Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that already carries the decision",
     why="receipt wording plus an unhedged 'deleted it' for a named file: not a pure acknowledgement",
     items={PE: "removed"})

fc_status_below = f"""Hello,

Result of our review for KCSC-240903-01 (second batch):

{RD}
Status: removed – violation of Terms section 4

{NC}
Status: removed – violation of Terms section 4

{HO}
Status: not found – the link is invalid, no file has ever had this id

{PE}
Status: no action – the file is a public court ruling and breaks none of our rules

Regards,
FileCrate Abuse Team
"""
case(name="fc-status-line-below-qp", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Tue, 10 Sep 2024 09:12:44 +0000",
     subject="Re: [KCSC-240903-01] second batch",
     reply_to_req="req-240903-01",
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fc_status_below)}""",
     outcome="applied", classification="confirmation",
     imitates="abuse desk listing each bare URL with a 'Status:' line below it (quoted-printable)",
     why="status on the line below each URL: removed, removed, not found (invalid link), no action/breaks no rule -> rejected",
     items={RD: "removed", NC: "removed", HO: "not_found", PE: "rejected"})

case(name="fc-hedge-appears-deleted", from_="jan.weber@filecrate.example", name_from="Jan Weber",
     date="Thu, 05 Sep 2024 07:48:02 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     reply_to_req="req-240903-01",
     body=f"""Hi,

{GJ} seems to have been deleted
already, possibly by the uploader, but I can't tell from my side. I'll
confirm with the storage team and get back to you.

-- Jan
""",
     outcome="review", review="not_understood",
     imitates="support employee's hedged first look",
     why="'seems to have been deleted ... possibly' is a hedge, then a promise to confirm: no statement",
     items={GJ: "pending"})

case(name="fc-will-remove-promise", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     date="Wed, 04 Sep 2024 03:10:19 +0000",
     subject="[FC-88123] KCSC-240903-01 accepted",
     body=f"""Hello,

Our moderation team has accepted your request KCSC-240903-01. The files
below will be removed within 24 hours:

  - {LQ}
  - {MW}
  - {YE}

You will receive a separate message once this is done.

FileCrate Abuse Team
""",
     outcome="review", review="not_understood",
     imitates="abuse desk accepting a notice and promising removal",
     why="'will be removed within 24 hours' is a promise, not a statement; names items so not an acknowledgement",
     items={LQ: "pending", MW: "pending", YE: "pending"})

case(name="fc-dmarc-fail-all-deleted", from_="abuse@filecrate.example", name_from="FileCrate Abuse",
     auth="fail",
     date="Thu, 05 Sep 2024 22:41:09 +0000",
     subject="Re: [KCSC-240903-01] Request for removal of content",
     body=f"""Hello,

All files from your request are deleted:
{AB} deleted
{KP} deleted
{LQ} deleted
{PE} deleted

FileCrate Abuse Team
""",
     outcome="review", review="untrusted",
     imitates="abuse-desk style reply whose DKIM/SPF/DMARC fail",
     why="From filecrate.example but authentication fails: nothing applied",
     items={AB: "pending", KP: "pending", LQ: "pending", PE: "pending"})

case(name="fc-ticket-receipt", from_="noreply@filecrate.example", name_from="FileCrate Support",
     date="Tue, 03 Sep 2024 01:05:33 +0000",
     subject="[FC-88123] Your abuse report has been received",
     reply_to_req="req-240903-01",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Thank you for contacting FileCrate Abuse.

Your report has been received and assigned ticket FC-88123. A member of
our team will look at it; you do not need to send it again.

Please do not reply to this message. To add information, use
https://filecrate.example/support/tickets/FC-88123

FileCrate Support
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (Zendesk-like)",
     why="pure receipt: ticket created, nothing about any link",
     items={})

# ======================= Harbor Hosting (shared host), KCSC-240903-02, 4 items
case(name="hh-customer-removed-one-kept", from_="abuse@harborhost.example", name_from="Harbor Hosting Abuse",
     date="Fri, 06 Sep 2024 05:33:18 +0000",
     subject="Re: [KCSC-240903-02] Removal request / Ticket #HH-204417",
     reply_to_req="req-240903-02",
     body=f"""Hello,

Our customer has informed us that the following content was removed:

 {HH_212}
 {HH_219}

We have checked and both URLs now return HTTP 404.

Regarding {HH_BLOG} :
after review we consider that this page does not breach our Acceptable
Use Policy (https://harborhost.example/legal/aup), so it will stay online.
If you hold a court order concerning it, please send it to us.

Best regards,
Daniel Ortiz
Abuse Department, Harbor Hosting
""",
     outcome="applied", classification="confirmation",
     imitates="shared-host abuse desk relaying the customer's removal and refusing one URL",
     why="two URLs removed (verified 404), the blog refused because it breaks no AUP rule -> rejected; AUP link is no item",
     items={HH_212: "removed", HH_219: "removed", HH_BLOG: "rejected"})

case(name="hh-account-suspended", from_="abuse@harborhost.example", name_from="Harbor Hosting Abuse",
     date="Wed, 04 Sep 2024 12:00:51 +0000",
     subject="Ticket #HH-204418 - KCSC-240903-02",
     body=f"""Hello,

We have suspended the hosting account "ddalgi" on our shared server
198.51.100.77. The page {HH_DDAL} is no longer
reachable and the account will stay suspended.

Abuse Department, Harbor Hosting
""",
     outcome="applied", classification="confirmation",
     imitates="host suspending a customer account in answer to an abuse report",
     why="account suspended and the named page no longer reachable: made unavailable -> removed",
     items={HH_DDAL: "removed"})

case(name="hh-admin-one-liner", from_="mk@harborhost.example", name_from="Min-ki Park",
     date="Thu, 05 Sep 2024 01:14:07 +0000",
     subject="Re: [KCSC-240903-02] Removal request",
     reply_to_req="req-240903-02",
     body=f"""{HH_212}
{HH_219}
both gone, wiped the /shop dir on the customer's vhost.
-mk
""",
     outcome="applied", classification="confirmation",
     imitates="sysadmin at a small host answering with the two URLs and one line",
     why="the line below the two URLs says both were wiped",
     items={HH_212: "removed", HH_219: "removed"})

hh_req = request_text("KCSC-240903-02", "Harbor Hosting", HH_ITEMS)
case(name="hh-outlook-original-message", from_="seoyeon.kim@harborhost.example", name_from="Seo-yeon Kim",
     date="Mon, 09 Sep 2024 02:27:36 +0000",
     subject="RE: [KCSC-240903-02] Removal request",
     reply_to_req="req-240903-02",
     body=f"""Hi,

The customer took down the blog post. {HH_BLOG} now
redirects to the blog's front page.

Regards,
Seo-yeon Kim
Abuse Team | Harbor Hosting

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:30 PM
To: abuse@harborhost.example
Subject: [KCSC-240903-02] Removal request

{hh_req}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply above '-----Original Message-----' with the unindented request below",
     why="only the blog post is answered above the original message; the request's list below is not a statement",
     items={HH_BLOG: "removed", HH_212: "pending", HH_219: "pending", HH_DDAL: "pending"})

case(name="hh-dsa-statement-of-reasons", from_="dsa-notices@harborhost.example", name_from="Harbor Hosting",
     date="Sat, 07 Sep 2024 08:00:00 +0000",
     subject="Statement of reasons HH-SOR-2024-0912 (your notice KCSC-240903-02)",
     body=f"""Statement of reasons (Article 17 of Regulation (EU) 2022/2065)

Reference:            HH-SOR-2024-0912
Notice:               KCSC-240903-02, received 3 September 2024
Content concerned:    {HH_219}
Decision:             removal of the content
Territorial scope:    all countries
Date of decision:     7 September 2024
Automated means:      no
Ground:               illegal content - offer of unlicensed medicines
Redress:              the uploader may appeal via https://harborhost.example/appeals

Harbor Hosting B.V.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons copied to the notifier",
     why="decision 'removal of the content' for the one URL concerned, worldwide",
     items={HH_219: "removed"})

case(name="hh-forwarded-to-customer-conditional", from_="abuse@harborhost.example", name_from="Harbor Hosting Abuse",
     date="Tue, 03 Sep 2024 09:41:22 +0000",
     subject="Ticket #HH-204417 - KCSC-240903-02",
     body=f"""Hello,

We have forwarded your complaint KCSC-240903-02 to the customer
responsible for sunny-pharm-kr.example and asked them to remove

  {HH_212}
  {HH_219}

within 48 hours. If they do not, we will suspend the site.

Abuse Department, Harbor Hosting
""",
     outcome="review", review="not_understood",
     imitates="host forwarding the complaint to its customer with a deadline",
     why="forwarded to the customer plus a conditional threat: no statement about the two named URLs",
     items={HH_212: "pending", HH_219: "pending"})

case(name="hh-origin-host-wrong-platform", from_="abuse@harborhost.example", name_from="Harbor Hosting Abuse",
     date="Sun, 08 Sep 2024 03:55:10 +0000",
     subject="EdgeVeil report EV-553190 / KCSC-240904-03",
     body=f"""Hello,

EdgeVeil passed your report to us as the origin host of the sites concerned.
We have terminated the VPS behind them, so

  {EV_HOME}
  {EV_PROMO}

are both offline now.

Abuse Department, Harbor Hosting
""",
     outcome="review", review="wrong_platform",
     imitates="origin host acting on a complaint the CDN relayed",
     why="Harbor Hosting states removals for items of the EdgeVeil request: another platform's items",
     items={EV_HOME: "pending", EV_PROMO: "pending"})

case(name="hh-maintenance-notice", from_="noc@harborhost.example", name_from="Harbor Hosting NOC",
     date="Wed, 11 Sep 2024 06:00:00 +0000",
     subject="Planned maintenance of the Harbor Hosting ticket system, 14 September",
     body="""Dear partner,

On Saturday 14 September between 02:00 and 04:00 KST our ticket system
will be unavailable while we move it to new hardware. Abuse reports sent
by email during that window are queued and handled afterwards.

Harbor Hosting Network Operations
""",
     outcome="review", review="no_claims",
     imitates="host's maintenance notice sent to its abuse contacts",
     why="trusted platform mail naming no item and no request",
     items={})

case(name="hh-out-of-office", from_="daniel.ortiz@harborhost.example", name_from="Daniel Ortiz",
     date="Tue, 03 Sep 2024 05:31:00 +0000",
     subject="Automatic reply: [KCSC-240903-02] Removal request",
     reply_to_req="req-240903-02",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""I am out of the office until Monday 9 September with limited access to
email. For abuse matters please write to abuse@harborhost.example.

Daniel Ortiz
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

# ======================= EdgeVeil (CDN), KCSC-240904-03, 3 items
case(name="ev-geo-blocked-korea", from_="abuse@edgeveil.example", name_from="EdgeVeil Trust & Safety",
     date="Fri, 06 Sep 2024 10:10:10 +0000",
     subject="[EV-553190] KCSC-240904-03",
     reply_to_req="req-240904-03",
     body=f"""Hello,

Following your request KCSC-240904-03 we have blocked access from the
Republic of Korea to the following URLs at our edge. Visitors from other
countries are not affected.

1. {EV_HOME}
2. {EV_PROMO}
3. {EV_TOTO}

EdgeVeil Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN geo-blocking URLs for one country",
     why="access blocked from Korea only -> restricted for the three numbered URLs",
     items={EV_HOME: "restricted", EV_PROMO: "restricted", EV_TOTO: "restricted"})

case(name="ev-bulleted-mixed", from_="abuse@edgeveil.example", name_from="EdgeVeil Trust & Safety",
     date="Mon, 09 Sep 2024 04:44:31 +0000",
     subject="[EV-553190] Resolution",
     body=f"""Hello,

Outcome of report EV-553190 (your reference KCSC-240904-03):

* {EV_HOME} : blocked for all visitors (phishing interstitial removed, site disabled on our network)
* {EV_PROMO} : blocked for all visitors
* {EV_TOTO} : the customer's origin returns 404 for this path; there is nothing at this URL for us to act on

EdgeVeil Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN abuse desk resolution with a bulleted per-URL outcome",
     why="blocked for all visitors -> removed (x2); nothing at the URL -> not_found",
     items={EV_HOME: "removed", EV_PROMO: "removed", EV_TOTO: "not_found"})

case(name="ev-echoed-report-resolved", from_="noreply@edgeveil.example", name_from="EdgeVeil Abuse",
     date="Tue, 10 Sep 2024 07:07:07 +0000",
     subject="Abuse report EV-553201 resolved",
     body=f"""Abuse report EV-553201 - resolved

Your report
  Reported URL:   {EV_TOTO}
  Category:       Illegal gambling
  Your reference: KCSC-240904-03
  Submitted:      2024-09-04 11:02 KST

Outcome
  The website operator has removed the reported content. We have checked
  that the page is no longer served through our network.

View the report: https://abuse.edgeveil.example/reports/EV-553201
""",
     outcome="applied", classification="confirmation",
     imitates="CDN abuse portal 'report resolved' mail echoing the report form",
     why="the echoed report names one URL and the outcome says its content was removed",
     items={EV_TOTO: "removed"})

case(name="ev-pass-through-not-host", from_="abuse@edgeveil.example", name_from="EdgeVeil Trust & Safety",
     date="Wed, 04 Sep 2024 13:20:45 +0000",
     subject="[EV-553190] KCSC-240904-03",
     body=f"""Hello,

EdgeVeil provides a pass-through proxy and CDN; we are not the hosting
provider of the websites you reported and we cannot remove content that is
stored on our customers' servers:

  {EV_HOME}
  {EV_PROMO}
  {EV_TOTO}

We have forwarded your report to the hosting provider and to the website
owner. The hosting provider for these sites is Harbor Hosting
(abuse@harborhost.example).

EdgeVeil Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="Cloudflare-style 'we are a CDN, not the host; report forwarded' reply",
     why="no status for any URL: neither a removal nor a refusal for breaking no rule, only a redirection to the host",
     items={EV_HOME: "pending", EV_PROMO: "pending", EV_TOTO: "pending"})

case(name="ev-unknown-sender-freemail", from_="edgeveil.trust@freemail.example", name_from="EdgeVeil Trust Team",
     date="Thu, 05 Sep 2024 15:03:27 +0000",
     subject="RE: KCSC-240904-03",
     body=f"""Dear KCSC,

This is EdgeVeil trust team. The sites you reported are removed:
{EV_HOME} - removed
{EV_PROMO} - removed

Thank you
""",
     outcome="review", review="unknown_sender",
     imitates="reply from a free-mail address claiming to be the CDN's team",
     why="sender domain belongs to no platform",
     items={EV_HOME: "pending", EV_PROMO: "pending"})

ev_orig = request_text("KCSC-240904-03", "EdgeVeil", EV_ITEMS)
case(name="ev-dsn-mailbox-full", from_="MAILER-DAEMON@mail.kcsc.example", name_from="Mail Delivery System",
     auth="none",
     date="Wed, 04 Sep 2024 11:00:41 +0900 (KST)",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-ev-1"

--dsn-ev-1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse@edgeveil.example>: host mx1.edgeveil.example[203.0.113.25] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--dsn-ev-1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
X-Postfix-Queue-ID: 4WzK2b1QxVz9
Arrival-Date: Wed,  4 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; abuse@edgeveil.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.edgeveil.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-ev-1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@edgeveil.example
Subject: [KCSC-240904-03] Request for removal of content
Date: Wed, 4 Sep 2024 11:00:00 +0900
Message-ID: <req-240904-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

{ev_orig}

--dsn-ev-1--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (mailbox full) with the request attached",
     why="bounce of our own request; the URLs are in the returned message",
     items={})

# ======================= NamePost (registrar), KCSC-240904-04, 2 items
case(name="np-clienthold-both", from_="abuse@namepost.example", name_from="NamePost Abuse",
     date="Sat, 07 Sep 2024 00:30:12 +0000",
     subject="Re: [KCSC-240904-04] Domain abuse report",
     reply_to_req="req-240904-04",
     body=f"""Hello,

Both domains below have been placed on clientHold and no longer resolve:

<{NP_PASS}>
<{NP_CASINO}>

The registrants have been notified.

NamePost Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="registrar abuse desk placing domains on clientHold",
     why="clientHold: the domains no longer resolve anywhere -> removed (URLs in angle brackets)",
     items={NP_PASS: "removed", NP_CASINO: "removed"})

case(name="np-suspended-and-refused", from_="abuse@namepost.example", name_from="NamePost Abuse",
     date="Mon, 09 Sep 2024 07:15:00 +0000",
     subject="Re: [KCSC-240904-04] Domain abuse report",
     reply_to_req="req-240904-04",
     body=f"""Hello,

{NP_PASS} was suspended on 6 September: the registrant
failed our identity verification.

As for {NP_CASINO}, we are a domain registrar and do
not judge the content of websites. The registration does not violate our
registration agreement, so we are taking no action on it. Please contact
the hosting provider, or send us an order from a competent court.

NamePost Abuse Desk
https://namepost.example/legal/abuse-policy
""",
     outcome="applied", classification="confirmation",
     imitates="registrar suspending one domain and refusing the other ('we are not a judge of content')",
     why="one domain suspended -> removed; the other refused because it breaks no rule of the registrar -> rejected",
     items={NP_PASS: "removed", NP_CASINO: "rejected"})

case(name="np-asks-court-order", from_="abuse@namepost.example", name_from="NamePost Abuse",
     date="Thu, 05 Sep 2024 02:02:02 +0000",
     subject="Re: [KCSC-240904-04] Domain abuse report",
     reply_to_req="req-240904-04",
     body=f"""Hello,

Before we can act on {NP_PASS} we need
an official document in English: a decision of a court or of the
competent authority naming the domain, and evidence of the fraud (for
example screenshots with dates). Please reply to this ticket with those
documents attached.

NamePost Abuse Desk
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for a court order and evidence before acting",
     why="asks for documents; no status",
     items={NP_PASS: "pending"})

case(name="np-read-receipt", from_="compliance@namepost.example", name_from="NamePost Compliance",
     date="Wed, 04 Sep 2024 08:11:40 +0000",
     subject="Read: [KCSC-240904-04] Domain abuse report",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-np-1"

--mdn-np-1
Content-Type: text/plain; charset=utf-8

Your message

  To: compliance@namepost.example
  Subject: [KCSC-240904-04] Domain abuse report
  Sent: Wednesday, 4 September 2024 16:00 KST

was read on Wednesday, 4 September 2024 17:11 KST.

--mdn-np-1
Content-Type: message/disposition-notification

Reporting-UA: mail.namepost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;compliance@namepost.example
Original-Message-ID: <req-240904-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-np-1--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN)",
     why="read receipt",
     items={})

# ======================= Dalbit (Korean forum), KCSC-240905-05, 5 items
case(name="dl-admin-korean-one-liner", from_="admin@dalbit.example", name_from="달빛 운영자",
     date="Thu, 05 Sep 2024 12:40:00 +0900",
     subject="Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     body=f"""안녕하세요, 달빛 커뮤니티 운영자입니다.

{DL_18233} 삭제했습니다.
{DL_18240} 은 블라인드 처리했습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="small Korean community admin answering in two lines",
     why="삭제했습니다 and 블라인드 처리 -> removed for both",
     items={DL_18233: "removed", DL_18240: "removed"})

case(name="dl-raw-korean-url-particles", from_="admin@dalbit.example", name_from="달빛 운영자",
     date="Fri, 06 Sep 2024 18:22:51 +0900",
     subject="Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     body=f"""운영자입니다.

장터 게시판 두 건 확인했습니다.
{DL_902_RAW}는 작성자가 이미 지운 글이라 남아 있는 게 없습니다.
{DL_917_RAW}은 권리침해 신고 절차에 따라 30일간 임시조치했습니다.

나머지 글은 내일 확인해서 다시 연락드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="forum admin pasting raw Korean-path URLs with particles attached",
     why="902 already deleted by its author -> not_found; 917 임시조치 -> restricted; the rest only promised",
     items={DL_902: "not_found", DL_917: "restricted"})

dl_rows = [
    (1, DL_18233, "삭제", ""),
    (2, DL_18240, "삭제", ""),
    (3, DL_5521, "게시중단", "작성자 이의제기 기간 경과"),
    (4, DL_902, "임시조치", "30일"),
    (5, DL_917, "조치 불가", "위반 사항 확인되지 않음"),
]
dl_tr = "\n".join(
    f'<tr><td>{n}</td><td><a href="{u}">{pct_raw(u)}</a></td><td>{r}</td><td>{note}</td></tr>'
    for n, u, r, note in dl_rows)
dl_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청하신 시정요구(KCSC-240905-05)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
{dl_tr}
</table>
<p>운영정책: <a href="https://dalbit.example/policy">https://dalbit.example/policy</a></p>
<p>달빛 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(name="dl-html-result-table-qp", from_="help@dalbit.example", name_from="달빛 커뮤니티 운영팀",
     date="Tue, 10 Sep 2024 10:05:00 +0900",
     subject="[달빛] 시정요구 조치결과 회신 (KCSC-240905-05)",
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(dl_html)}""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table in HTML (quoted-printable)",
     why="삭제 x2 and 게시중단 -> removed, 임시조치 -> restricted, 조치 불가 (위반 사항 없음) -> rejected",
     items={DL_18233: "removed", DL_18240: "removed", DL_5521: "removed",
            DL_902: "restricted", DL_917: "rejected"})

case(name="dl-fullwidth-punctuation", from_="help@dalbit.example", name_from="달빛 커뮤니티 운영팀",
     date="Mon, 09 Sep 2024 14:14:14 +0900",
     subject="Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     body=f"""안녕하세요. 달빛 커뮤니티 운영팀입니다.

신고하신 「{DL_5521}」 게시글은 운영정책 위반으로 비공개 처리되었습니다。
{DL_18240}：신고 내용을 검토한 결과 위반 사항이 없어 게시를 유지합니다。

문의 사항은 help@dalbit.example 로 보내 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean operator reply with 「」 brackets and full-width punctuation",
     why="비공개 처리 -> removed; 위반 사항이 없어 게시 유지 -> rejected",
     items={DL_5521: "removed", DL_18240: "rejected"})

case(name="dl-korean-promise", from_="help@dalbit.example", name_from="달빛 커뮤니티 운영팀",
     date="Thu, 05 Sep 2024 16:50:00 +0900",
     subject="Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     body=f"""안녕하세요. 달빛 커뮤니티 운영팀입니다.

요청하신 아래 게시물은 담당자가 검토 중이며, 확인 후 조치할 예정입니다.
- {DL_18233}
- {DL_5521}

처리 결과는 추후 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean operator's '검토 중, 조치 예정' interim reply",
     why="검토 중 / 조치할 예정 are promises: the two named posts stay pending",
     items={DL_18233: "pending", DL_5521: "pending"})

case(name="dl-korean-all-deleted", from_="admin@dalbit.example", name_from="달빛 운영자",
     date="Sat, 07 Sep 2024 09:09:09 +0900",
     subject="Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     body="""운영자입니다.
KCSC-240905-05 건으로 요청하신 게시물 모두 삭제 처리 완료했습니다.
""",
     outcome="review", review="bulk",
     imitates="Korean admin's one-line 'all deleted' reply",
     why="'모두 삭제' for a five-item request without naming any post: bulk",
     items={u: "pending" for u in DL_ITEMS})

case(name="dl-korean-out-of-office", from_="admin@dalbit.example", name_from="달빛 운영자",
     date="Thu, 05 Sep 2024 09:31:02 +0900",
     subject="[자동응답] Re: [KCSC-240905-05] 게시물 삭제 요청",
     reply_to_req="req-240905-05",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     body="""[자동응답] 9월 5일부터 9월 8일까지 휴가 중입니다.
급한 문의는 help@dalbit.example 로 보내 주시면 순차적으로 답변드리겠습니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Korean webmail vacation auto-reply (부재중 자동응답)",
     why="auto-reply",
     items={})

# ======================= Mokpan (image board), KCSC-240905-06, 3 items
case(name="mk-janitor-nuked-and-pruned", from_="janitor@mokpan.example", name_from="mokpan janitor",
     date="Fri, 06 Sep 2024 03:33:03 +0000",
     subject="Re: [KCSC-240905-06] Removal request",
     reply_to_req="req-240905-06",
     body=f"""nuked the thread {MK_44102} and banned the poster.
{MK_44150} had already 404'd, it got pruned off the board before I saw your mail.
""",
     outcome="applied", classification="confirmation",
     imitates="image-board janitor's two-line answer",
     why="nuked -> removed; already 404'd/pruned before any action -> not_found",
     items={MK_44102: "removed", MK_44150: "not_found"})

case(name="mk-url-below-statement", from_="admin@mokpan.example", name_from="mokpan admin",
     date="Sat, 07 Sep 2024 11:11:11 +0000",
     subject="Re: [KCSC-240905-06] Removal request",
     reply_to_req="req-240905-06",
     body=f"""Deleted:
{MK_9913}

Not deleting this one, it's satire and breaks none of our rules, stays up:
{MK_44150}

- admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin writing each statement above its URL",
     why="'Deleted:' heads 9913 -> removed; refusal with reason heads 44150 -> rejected",
     items={MK_9913: "removed", MK_44150: "rejected"})

case(name="mk-ascii-table", from_="admin@mokpan.example", name_from="mokpan admin",
     date="Sun, 08 Sep 2024 20:20:20 +0000",
     subject="Re: [KCSC-240905-06] Removal request",
     reply_to_req="req-240905-06",
     body=f"""results:

+------------------------------------------+-----------+
| thread                                   | result    |
+------------------------------------------+-----------+
| {MK_44102}  | deleted   |
| {MK_44150}  | deleted   |
| {MK_9913} | not found |
+------------------------------------------+-----------+
""",
     outcome="applied", classification="confirmation",
     imitates="admin pasting a psql-style ASCII table",
     why="table rows: deleted, deleted, not found",
     items={MK_44102: "removed", MK_44150: "removed", MK_9913: "not_found"})

mk_req = request_text("KCSC-240905-06", "Mokpan", MK_ITEMS)
case(name="mk-gmail-all-three-gone", from_="janitor@mokpan.example", name_from="mokpan janitor",
     date="Fri, 06 Sep 2024 00:12:45 +0000",
     subject="Re: [KCSC-240905-06] Removal request",
     reply_to_req="req-240905-06",
     body=f"""done, all three threads are gone

On Thu, Sep 5, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(mk_req)}
""",
     outcome="review", review="bulk",
     imitates="Gmail top-post 'done' over the quoted request",
     why="'all three ... gone' names no URL outside the quote, for a three-item request: bulk",
     items={MK_44102: "pending", MK_44150: "pending", MK_9913: "pending"})

mk_orig = request_text("KCSC-240905-06", "Mokpan", MK_ITEMS)
case(name="mk-bounce-user-unknown", from_="MAILER-DAEMON@mokpan.example", name_from="Mail Delivery System",
     date="Thu, 05 Sep 2024 06:00:09 +0000 (UTC)",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-mk-1"

--dsn-mk-1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.mokpan.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<mods@mokpan.example>: unknown user: "mods"

--dsn-mk-1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.mokpan.example
Arrival-Date: Thu,  5 Sep 2024 06:00:05 +0000 (UTC)

Final-Recipient: rfc822; mods@mokpan.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "mods"

--dsn-mk-1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: mods@mokpan.example, janitor@mokpan.example
Subject: [KCSC-240905-06] Removal request
Date: Thu, 5 Sep 2024 15:00:00 +0900
Message-ID: <req-240905-06@kcsc.example>
Content-Type: text/plain; charset=utf-8

{mk_orig}

--dsn-mk-1--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix 'unknown user' DSN from the board's own mail server",
     why="bounce, even though it comes from the platform's domain",
     items={})

# ======================= Pastewell (paste site), KCSC-240906-07, 1 item
case(name="pw-sole-statement", from_="admin@pastewell.example", name_from="Pastewell",
     date="Fri, 06 Sep 2024 04:40:00 +0000",
     subject="Re: [KCSC-240906-07] Removal request",
     reply_to_req="req-240906-07",
     body="""Hi, paste removed. Thanks for the heads-up.

-- Pastewell admin
""",
     outcome="applied", classification="confirmation",
     imitates="one-person paste service answering in one line",
     why="unhedged 'paste removed' answering a one-item request",
     items={PW: "removed"})

case(name="pw-angle-bracket-refusal", from_="admin@pastewell.example", name_from="Pastewell",
     date="Sat, 07 Sep 2024 09:45:00 +0000",
     subject="Re: [KCSC-240906-07] Removal request",
     reply_to_req="req-240906-07",
     body=f"""Hello,

I looked at <{PW}>. It only lists links to
public news articles, which our rules allow, so it stays up.

-- Pastewell admin
""",
     outcome="applied", classification="confirmation",
     imitates="paste-site admin refusing with a reason, URL in angle brackets",
     why="stays up because it breaks no rule -> rejected",
     items={PW: "rejected"})

case(name="pw-helpdesk-receipt", from_="support@pastewell.example", name_from="Pastewell Support",
     date="Fri, 06 Sep 2024 01:00:31 +0000",
     subject="[Pastewell #5512] Re: [KCSC-240906-07] Removal request",
     reply_to_req="req-240906-07",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Hello,

Your message has been received by Pastewell support and given the number
#5512. We usually answer within three working days.

This is an automated message.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk software receipt",
     why="pure receipt with a ticket number",
     items={})


# ---------------------------------------------------------------- write
HEADER = """# Blind set 409 (tests/corpus/blind409/): hosting providers, a CDN, a
# registrar, a Korean forum, an image board, a file host and a paste site
# answering informally; CSV attachments and plain-text tables.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    for c in C:
        c["from"] = c.pop("from_")
        # Korean display names and subjects as mail clients send them (RFC 2047).
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
