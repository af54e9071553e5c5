#!/usr/bin/env python3
"""Blind set 649: hosting providers, a CDN, a registrar, a file host, a
Korean forum, an image board and a paste site answering the regulator, often
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind649/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. All
platforms, people, sites, ids and URLs are invented; the expected results
were written from each email's meaning before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
from email.header import Header
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

for dom, name in {
    "bluevault-hosting.net": "BlueVault Abuse Desk",
    "edgeshieldcdn.net": "EdgeShield Trust & Safety",
    "namepoint-registrar.com": "NamePoint Abuse",
    "dropcrate.io": "DropCrate Support",
    "hanmadang-bbs.kr": "한마당 운영팀",
    "yeolchan.net": "yeolchan admin",
    "pastekkok.kr": "Pastekkok",
}.items():
    corpuslib.DOMAIN_NAMES.setdefault(dom, name)


def enc(name):
    """RFC 2047 display name, as mail clients send non-ASCII names."""
    return Header(name, "utf-8").encode()


corpuslib.DOMAIN_NAMES["hanmadang-bbs.kr"] = enc("한마당 운영팀")

# ---------------------------------------------------------------- requests

HM_MARKET = "https://www.hanmadang-bbs.kr/board/%EC%9E%A5%ED%84%B0/4021"
HM_MARKET_RAW = "https://www.hanmadang-bbs.kr/board/장터/4021"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    ("KCSC-240903-01", "bluevault", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", "hosting abuse desk; sites hosted on BlueVault", [
         "https://toto-eagle77.net/",
         "https://toto-eagle77.net/join?code=kr55",
         "https://casino-moonbay.com/bonus",
         "https://casino-moonbay.com/live/baccarat",
         "https://pills-direct-kr.shop/product/1182",
         "https://pills-direct-kr.shop/product/1190",
         "https://fakeid-studio.net/order",
         "http://198.51.100.77/~jinsu/leak/index.html",
         "https://mirror-bay.org/t/58213",
         "https://mirror-bay.org/t/58214",
         "https://seoul-escort-vip.com/profile/minji",
         "https://seoul-escort-vip.com/profile/yuna",
         "https://bluevault-sites.net/u/kr_drugshop/",
         "https://hanbit-loan.biz/apply",
     ]),
    ("KCSC-240904-02", "edgeshield", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00",
     "copyright", "CDN in front of the sites", [
         "https://kr-webtoon-free.net/series/4410",
         "https://kr-webtoon-free.net/series/4411/ep/12",
         "https://stream-k24.tv/live/ch7",
     ]),
    ("KCSC-240905-03", "namepoint", "2024-09-05T10:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "phishing", "registrar of both domains", [
         "https://bank-kb-secure-login.com/",
         "https://hometax-refund-kr.com/claim",
     ]),
    ("KCSC-240906-04", "dropcrate", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "file host", [
         "https://dropcrate.io/f/Xa81kLmQ",
         "https://dropcrate.io/f/Xa81kLmR",
         "https://dropcrate.io/f/Pq20zzT9",
         "https://dropcrate.io/folder/77ab31",
         "https://dl.dropcrate.io/f/Hh7Kw2c4/video.mp4",
     ]),
    ("KCSC-240909-05", "hanmadang", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "Korean community forum", [
         "https://www.hanmadang-bbs.kr/board/free/88123",
         "https://www.hanmadang-bbs.kr/board/free/88150",
         HM_MARKET,
         "https://www.hanmadang-bbs.kr/gallery/view?no=5512",
     ]),
    ("KCSC-240910-06", "yeolchan", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "defamation", "image board, one admin", [
         "https://yeolchan.net/b/res/301877.html",
         "https://img.yeolchan.net/src/1725870012345.jpg",
     ]),
    ("KCSC-240911-07", "pastekkok", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "privacy", "paste site", [
         "https://pastekkok.kr/raw/7fKd92",
     ]),
]
URLS = {ref: urls for ref, _, _, _, _, _, urls in REQUESTS}
R1, R2, R3, R4, R5, R6, R7 = (URLS[r[0]] for r in REQUESTS)


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request(ref, urls, korean=False):
    """The body of our request email, as quoted under a reply."""
    if korean:
        lines = ["안녕하세요, 방송통신심의위원회입니다.",
                 f"아래 게시물 {len(urls)}건에 대하여 삭제 등 조치를 요청드립니다. (관리번호 {ref})", ""]
    else:
        lines = ["Dear abuse team,", "",
                 f"The Korea Communications Standards Commission asks you to remove or disable",
                 f"access to the following {len(urls)} item(s) (our reference {ref}):", ""]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Team"]
    return lines


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


# ------------------------------------------------------------- MIME helpers

def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def mixed_with_csv(boundary, text, filename, csv_text, encode=False):
    if encode:
        att = f"Content-Transfer-Encoding: base64\n\n{b64(csv_text)}"
    else:
        att = f"Content-Transfer-Encoding: 8bit\n\n{csv_text.rstrip(chr(10))}"
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip(chr(10))}

--{boundary}
Content-Type: text/csv; charset=utf-8; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
{att}
--{boundary}--
"""


# ------------------------------------------------------------------ cases

CASES = []


def case(**kw):
    CASES.append(kw)


# ---- BlueVault Hosting (KCSC-240903-01, 14 items) ----

case(name="bv-ticket-receipt",
     **{"from": "abuse-noreply@bluevault-hosting.net"},
     date="Tue, 03 Sep 2024 10:04:12 +0900",
     subject="[BV-ABUSE #558120] Abuse report received: KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
This is an automated confirmation.

Your abuse report has been logged as ticket #558120 and placed in the queue
of the BlueVault Abuse Desk. Reports are handled in the order received; we
usually get back to reporters within two business days.

Please keep the ticket number in the subject line of any follow-up. New
reports should be filed at https://www.bluevault-hosting.net/abuse/report
rather than sent to this address.

--
BlueVault Hosting - Abuse Desk
""",
     outcome="ignored", classification="acknowledgement",
     imitates="hosting provider abuse-ticket auto receipt (WHMCS-style)",
     why="automatic receipt: ticket created, nothing said about any item",
     items={})

case(name="bv-numbered-results",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Thu, 05 Sep 2024 16:31:40 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hello KCSC team,

An update on ticket #558120. We have gone through the first six URLs of
your list with the customers concerned:

1. {R1[0]} - hosting account suspended, site offline
2. {R1[1]} - same account, offline
3. {R1[2]} - page removed by the customer
4. {R1[3]} - page removed by the customer
5. {R1[4]} - this product page did not exist when we checked (404 on the origin, no such file in the account)
6. {R1[5]} - removed by us after the customer failed to respond within 24 hours

We are still working with the remaining customers and will report back on
the other eight URLs.

Kind regards,
Tomasz Wierzbicki
Abuse Desk | BlueVault Hosting
""",
     outcome="applied", classification="confirmation",
     imitates="hosting abuse-desk ticket update, numbered list with per-URL action",
     why="six URLs each with an unhedged action; the rest promised for later",
     items={R1[0]: "removed", R1[1]: "removed", R1[2]: "removed", R1[3]: "removed",
            R1[4]: "not_found", R1[5]: "removed"})

BV_CSV = f"""reported_url,action,date_utc,comment
{R1[6]},removed,2024-09-06 02:10,
{R1[7]},removed,2024-09-06 02:14,user directory deleted
{R1[8]},suspended,2024-09-06 03:00,hosting account suspended; site offline
{R1[9]},suspended,2024-09-06 03:00,hosting account suspended; site offline
{R1[10]},not_found,2024-09-06 03:22,no such profile on the site
{R1[11]},removed,2024-09-06 03:22,
{R1[12]},removed,2024-09-06 04:05,free site deleted
{R1[13]},no_action,2024-09-06 04:30,licensed lender; page does not breach our AUP
"""
case(name="bv-csv-attachment",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Fri, 06 Sep 2024 14:02:55 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01 - actions taken",
     reply_to_req=msgid("KCSC-240903-01"),
     raw_mime=mixed_with_csv("=_bv558120_a", """
Hello,

Attached is the export of the actions taken on ticket #558120 for the
remaining eight URLs of your report KCSC-240903-01, one row per reported URL.

Regards,
BlueVault Abuse Desk
""", "BV-558120-actions.csv", BV_CSV),
     outcome="applied", classification="confirmation",
     imitates="abuse-desk ticket export attached as CSV",
     why="CSV rows: removed/suspended/not_found per URL, no_action with reason = rejected",
     items={R1[6]: "removed", R1[7]: "removed", R1[8]: "removed", R1[9]: "removed",
            R1[10]: "not_found", R1[11]: "removed", R1[12]: "removed", R1[13]: "rejected"})

case(name="bv-top-post-both-threads",
     **{"from": "m.lindqvist@bluevault-hosting.net"},
     name_from="Marta Lindqvist",
     date="Sat, 07 Sep 2024 09:12:03 +0900",
     subject="Re: [KCSC-240903-01] Request for removal",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hi, both mirror-bay threads are gone now, the customer deleted them this morning.

Marta

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(our_request("KCSC-240903-01", R1))}
""",
     outcome="review", review="bulk",
     imitates="one-line top-posted reply from an abuse-desk agent over the quoted request",
     why="'both mirror-bay threads' covers two items without naming either; the URLs are only in the quote",
     items={R1[8]: "pending", R1[9]: "pending", R1[0]: "pending"})

case(name="bv-all-disabled",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Mon, 09 Sep 2024 11:45:00 +0900",
     subject="[BV-ABUSE #558120] closed",
     reply_to_req=msgid("KCSC-240903-01"),
     body="""
Hello,

All URLs listed in your report KCSC-240903-01 have now been disabled. The
accounts behind them were terminated for breaches of our Acceptable Use
Policy (https://www.bluevault-hosting.net/legal/aup).

We consider this ticket closed.

BlueVault Abuse Desk
""",
     outcome="review", review="bulk",
     imitates="abuse ticket closure notice covering the whole report",
     why="one statement for all 14 items, none named: bulk",
     items={})

case(name="bv-forged-auth-fail",
     **{"from": "abuse@bluevault-hosting.net"}, auth="fail",
     date="Mon, 09 Sep 2024 03:17:44 +0900",
     subject="Re: KCSC-240903-01 resolved",
     body=f"""
Dear Sir,

Your complaint is resolved. The following were removed:

{R1[2]}
{R1[3]}
{R1[13]}

Best regards
BlueVault Hosting
""",
     outcome="review", review="untrusted",
     imitates="spoofed hosting-provider reply failing DMARC",
     why="From the platform's domain but DKIM/SPF/DMARC fail",
     items={R1[2]: "pending", R1[3]: "pending", R1[13]: "pending"})

case(name="bv-customer-notified",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Wed, 04 Sep 2024 15:20:18 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hello,

We have forwarded your notice to the customer responsible for
{R1[10]} and
{R1[11]}
and asked them to take the pages down within 48 hours. If they do not
comply, we will suspend the service. We will update you once the deadline
has passed.

Regards,
Priya Natarajan
BlueVault Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="host forwarding a complaint to its customer with a deadline",
     why="only a forward and a conditional promise; both items stay pending",
     items={R1[10]: "pending", R1[11]: "pending"})

case(name="bv-html-table",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Fri, 06 Sep 2024 18:40:09 +0900",
     subject="Outcome of abuse report KCSC-240903-01 (ticket #558120)",
     reply_to_req=msgid("KCSC-240903-01"),
     type="html",
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear KCSC Takedown team,</p>
<p>Below is the outcome for four of the URLs in your report.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Finding</th><th>Action</th></tr>
<tr><td>{R1[10]}</td><td>AUP 4.2</td><td>Content removed</td></tr>
<tr><td>{R1[11]}</td><td>AUP 4.2</td><td>Content removed</td></tr>
<tr><td>{R1[13]}</td><td>Local law (KR)</td><td>Blocked for visitors from South Korea</td></tr>
<tr><td>{R1[12]}</td><td>&mdash;</td><td>No such free site exists on our platform</td></tr>
</table>
<p>Our Acceptable Use Policy is at
<a href="https://www.bluevault-hosting.net/legal/aup">https://www.bluevault-hosting.net/legal/aup</a>.</p>
<p>Kind regards,<br>BlueVault Abuse Desk</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="host abuse outcome sent as an HTML table",
     why="table rows: removed, removed, geo-blocked KR = restricted, no such site = not_found; AUP link is not an item",
     items={R1[10]: "removed", R1[11]: "removed", R1[13]: "restricted", R1[12]: "not_found"})

case(name="bv-statement-then-url",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Thu, 05 Sep 2024 10:03:27 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hi,

The following page was taken offline by the account holder last night and
now returns 410 Gone:
{R1[7]}

This one had already been deleted by the customer before your report
reached us, so there was nothing left for us to act on:
{R1[6]}

Thanks,
Tomasz
BlueVault Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk agent prose, URL on the line below its statement",
     why="IP-hosted page taken offline = removed; page already deleted by its owner before the report = not_found",
     items={R1[7]: "removed", R1[6]: "not_found"})

case(name="bv-out-of-office",
     **{"from": "t.wierzbicki@bluevault-hosting.net"},
     name_from="Tomasz Wierzbicki",
     date="Tue, 10 Sep 2024 08:00:02 +0900",
     subject="Automatic reply: [BV-ABUSE #558120] KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
I am out of the office until 16 September with limited access to email.

For abuse matters please write to abuse@bluevault-hosting.net; open tickets
are being handled by my colleagues in the meantime.

Tomasz
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office reply from an abuse-desk agent",
     why="out-of-office auto-reply",
     items={})

case(name="bv-text-table",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Sun, 08 Sep 2024 13:25:51 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01 - status of open URLs",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hello,

Status of the URLs from your report (ticket #558120, KCSC-240903-01) that
were still open:

URL                                           STATUS        DATE
--------------------------------------------  ------------  ----------
{R1[8]:<44}  DISABLED      2024-09-07
{R1[9]:<44}  NO VIOLATION  2024-09-07
{R1[10]:<44}  REMOVED       2024-09-07
{R1[11]:<44}  NOT FOUND     2024-09-07
{R1[12]:<44}  SUSPENDED     2024-09-07
{R1[13]:<44}  GEO-BLOCK KR  2024-09-08

NO VIOLATION: the thread discusses a published court ruling and breaks no
rule of our Acceptable Use Policy, so it stays up.
GEO-BLOCK KR: the page is unreachable from Korean IP addresses only.

BlueVault Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text fixed-width status table from a host's ticket system",
     why="each row a status: disabled/removed/suspended = removed, no violation = rejected, not found, geo-block = restricted",
     items={R1[8]: "removed", R1[9]: "rejected", R1[10]: "removed", R1[11]: "not_found",
            R1[12]: "removed", R1[13]: "restricted"})

case(name="bv-conflicting-ticket",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Sat, 07 Sep 2024 17:09:30 +0900",
     subject="[BV-ABUSE #558120] Ticket updated",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Ticket #558120 has been updated.

Status:        RESOLVED
Reported URL:  {R1[2]}
Action taken:  content removed

Agent note:
The customer replied that the bonus page is still needed for a running
promotion and has not taken it down yet. The page is still online as of
this note; we are escalating to our legal team.

--
BlueVault Abuse Desk ticket system
""",
     outcome="review", review="conflicting_statements",
     imitates="ticket-system update whose status field contradicts the agent note",
     why="'content removed' in the form, 'has not taken it down yet / still online' in the note",
     items={R1[2]: "pending"})

case(name="bv-site-owner-writes",
     **{"from": "webmaster@casino-moonbay.com"},
     name_from="Moonbay Webmaster",
     date="Thu, 05 Sep 2024 21:14:07 +0900",
     subject="Your complaint KCSC-240903-01",
     body=f"""
Hello,

Our hosting company passed on your complaint KCSC-240903-01. We have
removed {R1[2]} and {R1[3]} as requested. Please tell BlueVault the matter
is solved so they unlock our account.

Moonbay team
""",
     outcome="review", review="unknown_sender",
     imitates="site owner (host's customer) writing to the complainant directly",
     why="the customer's own domain is no platform sender; statements need checking",
     items={R1[2]: "pending", R1[3]: "pending"})

case(name="bv-geo-and-owner-deleted",
     **{"from": "abuse@bluevault-hosting.net"},
     date="Mon, 09 Sep 2024 16:55:12 +0900",
     subject="Re: [BV-ABUSE #558120] KCSC-240903-01",
     reply_to_req=msgid("KCSC-240903-01"),
     body=f"""
Hello again,

At the customer's own request, access from Korean IP ranges is now blocked
for the page below; it remains online for visitors elsewhere.

    {R1[13]}

The other page you asked us about,

    {R1[4]}

was deleted by the shop owner after we passed your notice on.

Best,
Priya
BlueVault Abuse Desk
""",
     outcome="applied", classification="confirmation",
     imitates="abuse-desk reply with indented URLs between sentences",
     why="geo-block for Korea = restricted; deleted after our notice = removed",
     items={R1[13]: "restricted", R1[4]: "removed"})

# ---- EdgeShield CDN (KCSC-240904-02, 3 items) ----

case(name="es-not-a-host",
     **{"from": "abuse@edgeshieldcdn.net"},
     date="Wed, 04 Sep 2024 10:22:41 +0900",
     subject="[EdgeShield Abuse] Report ES-2024-0904-7781 (KCSC-240904-02)",
     reply_to_req=msgid("KCSC-240904-02"),
     body=f"""
EdgeShield received your abuse report regarding:

{R2[0]}
{R2[1]}
{R2[2]}

Please be aware that EdgeShield is a content delivery and security network
(a reverse proxy). We do not host the websites that use our service and we
cannot remove content from them.

We have forwarded your report to the website operators and to their hosting
providers:

  kr-webtoon-free.net  ->  hosting provider: Coldharbor Networks (203.0.113.45)
  stream-k24.tv        ->  hosting provider: Pelagia Cloud (203.0.113.90)

You may contact those providers directly for further action.

EdgeShield Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN 'we are not a hosting provider, report forwarded to the host' reply",
     why="names the items but states no status, only that the report was passed on",
     items={R2[0]: "pending", R2[1]: "pending", R2[2]: "pending"})

case(name="es-geo-block-korea",
     **{"from": "abuse@edgeshieldcdn.net"},
     date="Mon, 09 Sep 2024 14:48:03 +0900",
     subject="[EdgeShield Abuse] Report ES-2024-0904-7781 - outcome",
     reply_to_req=msgid("KCSC-240904-02"),
     body=f"""
Hello,

Following our review of report ES-2024-0904-7781 (your reference
KCSC-240904-02):

- {R2[0]} : access from the Republic of Korea blocked at our edge
- {R2[1]} : access from the Republic of Korea blocked at our edge
- {R2[2]} : the origin server returns 404 and we hold no cached copy; nothing to act on

EdgeShield Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN outcome notice: country block at the edge",
     why="two URLs blocked for Korea = restricted; origin 404 and no cache = not_found",
     items={R2[0]: "restricted", R2[1]: "restricted", R2[2]: "not_found"})

case(name="es-ack",
     **{"from": "noreply@edgeshieldcdn.net"},
     date="Wed, 04 Sep 2024 10:01:15 +0900",
     subject="We received your report [ES-2024-0904-7781]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""
Thank you for your report.

Your reference number is ES-2024-0904-7781. Our Trust & Safety team will
review it, and you will receive a follow-up email if we need more
information from you.

This mailbox is not monitored.
EdgeShield
""",
     outcome="ignored", classification="acknowledgement",
     imitates="CDN abuse-form receipt",
     why="pure receipt with a case number",
     items={})

case(name="es-hedged",
     **{"from": "abuse@edgeshieldcdn.net"},
     date="Fri, 06 Sep 2024 11:30:27 +0900",
     subject="Re: [EdgeShield Abuse] Report ES-2024-0904-7781",
     reply_to_req=msgid("KCSC-240904-02"),
     body=f"""
Hi,

Looking at {R2[2]} it appears the stream may have been taken down by the
site operator, but we are unable to confirm that from our side.

The two webtoon pages are still under review with our legal team.

Regards,
Jae-won Han
EdgeShield Trust & Safety
""",
     outcome="review", review="not_understood",
     imitates="CDN agent hedged interim reply",
     why="'appears ... may have been' is a hedge; 'under review' is no status",
     items={R2[0]: "pending", R2[1]: "pending", R2[2]: "pending"})

case(name="es-outlook-quoted",
     **{"from": "jw.han@edgeshieldcdn.net"},
     name_from='"Han, Jae-won"',
     date="Tue, 10 Sep 2024 09:41:56 +0900",
     subject="RE: [KCSC-240904-02] Request for removal",
     reply_to_req=msgid("KCSC-240904-02"),
     body=f"""
Hello,

We have disabled {R2[0]} on our network worldwide; it now returns an
EdgeShield 451 page.

Regards,
Jae-won Han
EdgeShield Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: abuse@edgeshieldcdn.net
Subject: [KCSC-240904-02] Request for removal

{chr(10).join(our_request("KCSC-240904-02", R2))}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook top-posted reply over the original request",
     why="one URL disabled worldwide = removed; the other two only in the quoted request",
     items={R2[0]: "removed", R2[1]: "pending", R2[2]: "pending"})

case(name="es-mixed-prose",
     **{"from": "abuse@edgeshieldcdn.net"},
     date="Thu, 12 Sep 2024 17:02:44 +0900",
     subject="[EdgeShield Abuse] Report ES-2024-0904-7781 - final",
     reply_to_req=msgid("KCSC-240904-02"),
     body=f"""
Hello,

We purged our cache for {R2[2]} after the site operator removed the stream
at the origin; it is no longer available.

Regarding {R2[0]} and {R2[1]}: the operator showed us a licence from the
publisher, and we found no violation of our terms. We are taking no action
on these two pages.

EdgeShield Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="CDN final outcome in prose, one removal and a reasoned refusal",
     why="stream removed; the two webtoon pages refused with a reason = rejected",
     items={R2[2]: "removed", R2[0]: "rejected", R2[1]: "rejected"})

# ---- NamePoint registrar (KCSC-240905-03, 2 items) ----

case(name="np-clienthold-both",
     **{"from": "abuse@namepoint-registrar.com"},
     date="Fri, 06 Sep 2024 08:15:00 +0900",
     subject="Abuse case NP-ABU-33017 / KCSC-240905-03",
     reply_to_req=msgid("KCSC-240905-03"),
     body=f"""
Dear Reporter,

Thank you for your report. We have completed our investigation.

Domain:        bank-kb-secure-login.com
Reported URL:  {R3[0]}
Action:        domain suspended (clientHold) - phishing confirmed

Domain:        hometax-refund-kr.com
Reported URL:  {R3[1]}
Action:        domain suspended (clientHold) - phishing confirmed

Suspended domains no longer resolve. The registrants have been notified.

NamePoint Registrar - Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar DNS-abuse outcome (clientHold)",
     why="both domains suspended, each block names the reported URL = removed",
     items={R3[0]: "removed", R3[1]: "removed"})

case(name="np-registrar-declines",
     **{"from": "abuse@namepoint-registrar.com"},
     date="Mon, 09 Sep 2024 10:50:33 +0900",
     subject="Abuse case NP-ABU-33017 / KCSC-240905-03",
     reply_to_req=msgid("KCSC-240905-03"),
     body=f"""
Dear Reporter,

Regarding hometax-refund-kr.com ({R3[1]}):

NamePoint is the registrar of this domain only; we do not host its website.
Our review found no evidence of phishing, malware, botnet activity or
pharming on the domain at the time of our check; the page is the landing
page of a tax-advice firm. The domain therefore remains active.

If you believe the content is unlawful, please contact the hosting provider
or obtain a court order.

NamePoint Registrar - Abuse Team
""",
     outcome="applied", classification="confirmation",
     imitates="registrar refusal: no DNS abuse found, content disputes go to the host",
     why="a refusal with its reason for the one URL named = rejected",
     items={R3[1]: "rejected"})

case(name="np-read-receipt",
     **{"from": "abuse@namepoint-registrar.com"},
     date="Thu, 05 Sep 2024 10:12:09 +0900",
     subject="Read: [KCSC-240905-03] Request for removal",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-np-4471"

--mdn-np-4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: abuse@namepoint-registrar.com
  Subject: [KCSC-240905-03] Request for removal
  Sent: Thu, 5 Sep 2024 10:00:00 +0900

was read on Thu, 5 Sep 2024 10:12:09 +0900.

--mdn-np-4471
Content-Type: message/disposition-notification

Reporting-UA: mail.namepoint-registrar.com; Roundcube Webmail
Final-Recipient: rfc822; abuse@namepoint-registrar.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-np-4471--
""",
     outcome="ignored", classification="read_receipt",
     imitates="RFC 8098 read receipt (Roundcube)",
     why="read receipt",
     items={})

case(name="np-html-with-policy-links",
     **{"from": "abuse@namepoint-registrar.com"},
     date="Wed, 11 Sep 2024 19:27:14 +0900",
     subject="Case NP-ABU-33017 closed (KCSC-240905-03)",
     reply_to_req=msgid("KCSC-240905-03"),
     type="html",
     body=f"""
<html><body>
<p>Dear Reporter,</p>
<p>Case <b>NP-ABU-33017</b> is now closed.</p>
<ul>
<li>The domain <b>bank-kb-secure-login.com</b> has been suspended and its nameservers removed;
the reported URL <a href="{R3[0]}">{R3[0]}</a> no longer resolves.</li>
<li>The domain <b>hometax-refund-kr.com</b> has been suspended and the registrant's account
closed; <a href="{R3[1]}">{R3[1]}</a> is no longer reachable.</li>
</ul>
<p>Our abuse policy: <a href="https://www.namepoint-registrar.com/legal/abuse-policy">https://www.namepoint-registrar.com/legal/abuse-policy</a><br>
Registrants may appeal at <a href="https://www.namepoint-registrar.com/support/appeal">https://www.namepoint-registrar.com/support/appeal</a></p>
<p>NamePoint Registrar &middot; Abuse Team</p>
</body></html>
""",
     outcome="applied", classification="confirmation",
     imitates="registrar HTML case-closure notice with policy and appeal links",
     why="both domains suspended = removed; policy and appeal links are not items",
     items={R3[0]: "removed", R3[1]: "removed"})

# ---- DropCrate file host (KCSC-240906-04, 5 items) ----

case(name="dc-angle-brackets",
     **{"from": "nils@dropcrate.io"},
     name_from="Nils at DropCrate",
     date="Fri, 06 Sep 2024 15:48:20 +0900",
     subject="Re: [KCSC-240906-04] Request for removal",
     reply_to_req=msgid("KCSC-240906-04"),
     body=f"""
Hi,

<{R4[0]}> - deleted
<{R4[1]}> - deleted
<{R4[3]}> - folder disabled, uploader banned

The other two we're still checking.

--
Nils, DropCrate support
""",
     outcome="applied", classification="confirmation",
     imitates="small file host's support reply, URLs in angle brackets",
     why="three URLs with unhedged actions; the remaining two not named",
     items={R4[0]: "removed", R4[1]: "removed", R4[3]: "removed"})

DC_CSV = f"""file_id;link;status;note
Xa81kLmQ;{R4[0]};DELETED;
Xa81kLmR;{R4[1]};DELETED;
Pq20zzT9;{R4[2]};NOT FOUND;removed by the uploader before the report
77ab31;{R4[3]};DELETED;
Hh7Kw2c4;{R4[4]};BLOCKED KR;geo restriction South Korea
"""
case(name="dc-csv-semicolon",
     **{"from": "abuse@dropcrate.io"},
     date="Mon, 09 Sep 2024 12:05:37 +0900",
     subject="Takedown results KCSC-240906-04",
     reply_to_req=msgid("KCSC-240906-04"),
     raw_mime=mixed_with_csv("----=_dc_7731", """
Hello,

Attached are the results for your request KCSC-240906-04.

DropCrate Abuse
""", "takedown_KCSC-240906-04.csv", DC_CSV, encode=True),
     outcome="applied", classification="confirmation",
     imitates="file host's semicolon CSV export (base64 attachment)",
     why="per-file rows: deleted = removed, not found (uploader deleted before) = not_found, blocked KR = restricted",
     items={R4[0]: "removed", R4[1]: "removed", R4[2]: "not_found", R4[3]: "removed",
            R4[4]: "restricted"})

case(name="dc-base64-geo",
     **{"from": "legal@dropcrate.io"},
     name_from="DropCrate Legal",
     date="Tue, 10 Sep 2024 09:10:10 +0900",
     subject="Re: [KCSC-240906-04] Request for removal",
     reply_to_req=msgid("KCSC-240906-04"),
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hello,

The file {R4[4]} has been made unavailable to visitors from South Korea in
line with your request. It remains reachable elsewhere, as it is not
unlawful in the uploader's jurisdiction.

DropCrate Legal
"""),
     outcome="applied", classification="confirmation",
     imitates="file host legal team reply, base64-encoded body",
     why="made unavailable in Korea only = restricted",
     items={R4[4]: "restricted"})

DSN_ORIG = "\n".join(our_request("KCSC-240906-04", R4))
case(name="dc-bounce",
     **{"from": "MAILER-DAEMON@mail.dropcrate.io"},
     name_from="Mail Delivery System",
     date="Fri, 06 Sep 2024 10:00:41 +0900",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-DC-2F1A"

--dsn-DC-2F1A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dropcrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dropcrate.io>: mailbox is full (quota exceeded)

--dsn-DC-2F1A
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dropcrate.io
Arrival-Date: Fri, 6 Sep 2024 10:00:39 +0900

Final-Recipient: rfc822; abuse@dropcrate.io
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-DC-2F1A
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@dropcrate.io
Subject: [KCSC-240906-04] Request for removal
Message-ID: <req-240906-04@kcsc.example>
Date: Fri, 6 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

{DSN_ORIG}

--dsn-DC-2F1A--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN, mailbox full, original request attached",
     why="delivery failure report; the URLs are only in our own returned request",
     items={R4[0]: "pending", R4[4]: "pending"})

case(name="dc-asks-more",
     **{"from": "legal@dropcrate.io"},
     name_from="DropCrate Legal",
     date="Mon, 09 Sep 2024 18:22:48 +0900",
     subject="Re: [KCSC-240906-04] Request for removal - information needed",
     reply_to_req=msgid("KCSC-240906-04"),
     body=f"""
Hello,

Before we can act on KCSC-240906-04 we need the following:

1. the legal provision under which the content is unlawful in Korea;
2. confirmation that your office acts as a public authority;
3. direct file links instead of the folder link. {R4[3]} is a shared folder
   holding 212 files, and we cannot remove the whole folder on the basis of
   the description in your request.

Please reply to this email with the information above.

DropCrate Legal
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="file host legal team asking for legal basis and precise links",
     why="asks for more information; no status stated",
     items={R4[3]: "pending"})

case(name="dc-korean-gmail-quote",
     **{"from": "haneul.kim@dropcrate.io"},
     name_from=enc("김하늘"),
     date="Sat, 07 Sep 2024 11:03:52 +0900",
     subject="Re: [KCSC-240906-04] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240906-04"),
     body=f"""
안녕하세요, DropCrate 고객지원팀 김하늘입니다.

{R4[2]}는 오늘 오전에 삭제했습니다.
폴더（{R4[3]}）는 업로더가 요청 전에 이미 지운 폴더라서 저희 쪽에서 찾을 수 없습니다.

나머지 건은 확인 후 다시 연락드리겠습니다.

감사합니다.
김하늘 드림

2024년 9월 6일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(our_request("KCSC-240906-04", R4, korean=True))}
""",
     outcome="applied", classification="confirmation",
     imitates="Korean support agent replying from Gmail, URL followed by a particle and full-width parentheses",
     why="Pq20zzT9 deleted = removed; folder deleted by uploader before the request = not_found; others only quoted",
     items={R4[2]: "removed", R4[3]: "not_found", R4[0]: "pending", R4[4]: "pending"})

# ---- 한마당 forum (KCSC-240909-05, 4 items) ----

case(name="hm-korean-result-list",
     **{"from": "help@hanmadang-bbs.kr"},
     date="Tue, 10 Sep 2024 15:30:00 +0900",
     subject="[한마당] 게시중단 요청 처리 결과 안내 (KCSC-240909-05)",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""
방송통신심의위원회 담당자님께,

한마당 커뮤니티 운영팀입니다. 9월 9일 요청하신 게시물 4건에 대한 처리 결과를
아래와 같이 알려드립니다.

1) {R5[0]}
   → 블라인드 처리 완료
2) {R5[1]}
   → 게시물 삭제
3) {HM_MARKET_RAW}
   → 작성자가 요청 이전에 직접 삭제한 게시물로, 현재 존재하지 않습니다.
4) {R5[3]}
   → 임시조치(30일) 적용

문의사항이 있으시면 회신 주시기 바랍니다.
한마당 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean community 게시중단 처리 결과 안내, URL then arrow line",
     why="블라인드 and 삭제 = removed; deleted by author before = not_found; 임시조치 = restricted; raw Korean path matches the encoded URL",
     items={R5[0]: "removed", R5[1]: "removed", R5[2]: "not_found", R5[3]: "restricted"})

case(name="hm-admin-one-line",
     **{"from": "admin@hanmadang-bbs.kr"},
     name_from=enc("한마당 운영자"),
     date="Mon, 09 Sep 2024 13:47:05 +0900",
     subject="RE: [KCSC-240909-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""
{R5[1]} 글 삭제했습니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <admin@hanmadang-bbs.kr>;
Sent: 2024-09-09 (월) 10:00:00
Subject: [KCSC-240909-05] 게시물 삭제 요청

{chr(10).join(our_request("KCSC-240909-05", R5, korean=True))}
""",
     outcome="applied", classification="confirmation",
     imitates="forum operator's one-line reply over an Outlook-style Korean quote",
     why="one URL deleted = removed; the other three only in the quoted request",
     items={R5[1]: "removed", R5[0]: "pending", R5[2]: "pending", R5[3]: "pending"})

case(name="hm-under-review",
     **{"from": "help@hanmadang-bbs.kr"},
     date="Mon, 09 Sep 2024 17:12:40 +0900",
     subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""
안녕하세요, 한마당 운영팀입니다.

요청하신 게시물({R5[0]}, {R5[3]})은
현재 내부 검토 중이며, 검토가 끝나는 대로 조치 후 결과를 안내드리겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean portal interim reply: 검토 중, 조치 후 안내 예정",
     why="under review and a promise; nothing done yet",
     items={R5[0]: "pending", R5[3]: "pending"})

HM_TABLE = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(관리번호 KCSC-240909-05)에 대한 조치결과를 다음과 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{R5[0]}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td>{R5[3]}</td><td>국내 접속차단</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>{R5[2]}</td><td>미조치 (위반사항 없음: 정상적인 중고거래 게시물)</td><td>-</td></tr>
</table>
<p>한마당 커뮤니티 운영팀 드림</p>
</body></html>
"""
case(name="hm-qp-html-table",
     **{"from": "help@hanmadang-bbs.kr"},
     date="Wed, 11 Sep 2024 16:05:19 +0900",
     subject="[회신] 시정요구 조치결과 (KCSC-240909-05)",
     reply_to_req=msgid("KCSC-240909-05"),
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(HM_TABLE),
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 회신 table, quoted-printable HTML",
     why="삭제 = removed; 국내 접속차단 = restricted; 미조치 with reason (no violation) = rejected",
     items={R5[0]: "removed", R5[3]: "restricted", R5[2]: "rejected"})

case(name="hm-volunteer-gmail",
     **{"from": "hanmadang.submod@gmail.com"},
     name_from=enc("한마당 부운영자"),
     date="Tue, 10 Sep 2024 22:31:10 +0900",
     subject="Re: [KCSC-240909-05] 게시물 삭제 요청",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""
안녕하세요. 한마당 자유게시판 부운영자입니다.
요청하신 {R5[0]} 글은 제가 방금 삭제했습니다.
운영팀 메일 답장이 늦어서 개인 메일로 먼저 알려드려요.
""",
     outcome="review", review="unknown_sender",
     imitates="volunteer forum moderator answering from a personal webmail address",
     why="gmail.com is not the forum's sender domain",
     items={R5[0]: "pending"})

case(name="hm-read-receipt",
     **{"from": "help@hanmadang-bbs.kr"},
     date="Mon, 09 Sep 2024 10:20:33 +0900",
     subject="읽음 확인: [KCSC-240909-05] 게시물 삭제 요청",
     raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-hm-0909"

--mdn-hm-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

  받는 사람: help@hanmadang-bbs.kr
  제목: [KCSC-240909-05] 게시물 삭제 요청
  읽은 시각: 2024-09-09 10:20:33 (KST)

--mdn-hm-0909
Content-Type: message/disposition-notification

Reporting-UA: hanmadang-bbs.kr; Webmail
Final-Recipient: rfc822; help@hanmadang-bbs.kr
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-automatically; displayed

--mdn-hm-0909--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Korean webmail 읽음 확인 MDN",
     why="read receipt",
     items={})

case(name="hm-wrapped-angle-url",
     **{"from": "help@hanmadang-bbs.kr"},
     date="Thu, 12 Sep 2024 10:10:10 +0900",
     subject="Re: [KCSC-240909-05] 장터 게시물 처리 결과",
     reply_to_req=msgid("KCSC-240909-05"),
     body=f"""
안녕하세요, 한마당 운영팀입니다.

요청하신 장터 게시물
<{R5[2][:-4]}
{R5[2][-4:]}>
은 판매자 확인 결과 의약품 불법 판매글로 확인되어 삭제되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean forum reply with a percent-encoded URL wrapped inside angle brackets",
     why="the wrapped <...> URL is the 장터 post; 삭제되었습니다 = removed",
     items={R5[2]: "removed"})

# ---- yeolchan image board (KCSC-240910-06, 2 items) ----

case(name="yc-url-then-arrow",
     **{"from": "admin@yeolchan.net"},
     date="Tue, 10 Sep 2024 23:58:12 +0900",
     subject="Re: [KCSC-240910-06] removal request",
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""
{R6[0]}
  -> thread deleted incl. replies
{R6[1]}
  -> file purged from img server, hash banned

- admin
""",
     outcome="applied", classification="confirmation",
     imitates="image-board admin's terse reply, URL then status on the next line",
     why="thread deleted and file purged = removed both",
     items={R6[0]: "removed", R6[1]: "removed"})

case(name="yc-refuse-and-404",
     **{"from": "admin@yeolchan.net"},
     date="Wed, 11 Sep 2024 02:14:40 +0900",
     subject="Re: [KCSC-240910-06] removal request",
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""
not removing {R6[0]} - it's a screenshot of a news article and breaks none
of our rules.

the image link ({R6[1]}) is already 404, the thread it was in got pruned
days ago.
""",
     outcome="applied", classification="confirmation",
     imitates="lowercase one-admin image board reply refusing one item",
     why="refusal with reason = rejected; image gone before = not_found",
     items={R6[0]: "rejected", R6[1]: "not_found"})

case(name="yc-paste-not-ours",
     **{"from": "admin@yeolchan.net"},
     date="Thu, 12 Sep 2024 01:05:09 +0900",
     subject="Re: [KCSC-240910-06] removal request",
     reply_to_req=msgid("KCSC-240910-06"),
     body=f"""
the paste link people posted in that thread ({R7[0]}) isn't hosted by us,
it's pastekkok's. it's been deleted over there already fwiw.

will get to the thread + image this weekend.
""",
     outcome="review", review="wrong_platform",
     imitates="image-board admin commenting on another site's item",
     why="yeolchan states a status for a pastekkok item; its own items only get a promise",
     items={R7[0]: "pending", R6[0]: "pending", R6[1]: "pending"})

case(name="yc-out-of-office",
     **{"from": "admin@yeolchan.net"},
     date="Tue, 10 Sep 2024 10:00:31 +0900",
     subject="Auto: away",
     reply_to_req=msgid("KCSC-240910-06"),
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
     body="""
yeolchan admin mailbox: I'm away until 23 Sep. Mail sent here is not read
in the meantime. Use the report button on the board.
""",
     outcome="ignored", classification="auto_reply",
     imitates="vacation auto-reply of a one-person site",
     why="auto-reply",
     items={})

# ---- Pastekkok (KCSC-240911-07, 1 item) ----

case(name="pk-sole-deleted",
     **{"from": "abuse@pastekkok.kr"},
     date="Wed, 11 Sep 2024 14:20:00 +0900",
     subject="Re: [KCSC-240911-07] 삭제 요청",
     reply_to_req=msgid("KCSC-240911-07"),
     body="""
Hi,

The paste you reported has been deleted and the account that posted it is
banned.

Thanks,
Pastekkok abuse
""",
     outcome="applied", classification="confirmation",
     imitates="paste site's short reply without repeating the link",
     why="answer to a one-item request, unhedged 'has been deleted' = removed",
     items={R7[0]: "removed"})

case(name="pk-expired",
     **{"from": "abuse@pastekkok.kr"},
     date="Thu, 12 Sep 2024 09:02:11 +0900",
     subject="Re: [KCSC-240911-07] 삭제 요청",
     reply_to_req=msgid("KCSC-240911-07"),
     body=f"""
{R7[0]} expired on its own (the uploader had set a 24h expiry), so it was
already gone when we looked. Nothing left to remove.
""",
     outcome="applied", classification="confirmation",
     imitates="paste site note that the paste had expired",
     why="already gone by itself before the platform acted = not_found",
     items={R7[0]: "not_found"})

case(name="pk-korean-private",
     **{"from": "help@pastekkok.kr"},
     name_from=enc("페이스트꼭 고객센터"),
     date="Fri, 13 Sep 2024 11:11:11 +0900",
     subject="[페이스트꼭] 신고 처리 결과 안내",
     reply_to_req=msgid("KCSC-240911-07"),
     body=f"""
안녕하세요, 페이스트꼭 고객센터입니다.

신고하신 게시물 {R7[0]} 은 운영정책 위반으로 비공개 처리되었습니다.

이용해 주셔서 감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Korean service 신고 처리 결과 안내 (비공개 처리)",
     why="비공개 처리 = removed",
     items={R7[0]: "removed"})


HEADER = """# Blind set 649 (tests/corpus/blind649/): hosting providers, a CDN, a
# registrar, a file host, a Korean forum, an image board and a paste site.
# Written by tests/corpus/blind649/make.py; expected results from each
# email's meaning, before any run of the reader."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind649", HEADER, CASES)


if __name__ == "__main__":
    main()
