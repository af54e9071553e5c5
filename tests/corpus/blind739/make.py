#!/usr/bin/env python3
"""Blind set 739: hosting providers, a CDN, a registrar, an image board, a
Korean forum, a file host and an image host answering the regulator,
often informally, with CSV attachments and plain-text tables.

    python3 tests/corpus/blind739/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning alone, before the
reader was ever run on them. Every URL, name and id is fictional.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
DV = "https://dropvault.example/"
DV_ITEMS = [DV + "f/Qm7rT2xa", DV + "f/Lp0cW9ne", DV + "f/Zs4kY8bu", DV + "f/Hx2mN5qd",
            DV + "f/Vb6jR1po", DV + "f/Tc3gE7wl", DV + "f/Ny8uA4fk", DV + "f/Wd5hS0ri",
            DV + "f/Kj1pU6zm", DV + "f/Ge9tB3vy", DV + "folder/Rm2xC8sa", DV + "f/Ua7nF2lh"]
(QM7, LP0, ZS4, HX2, VB6, TC3, NY8, WD5, KJ1, GE9, RM2, UA7) = DV_ITEMS

HANUL = "https://bet-hanul.example/"
HANUL_EV = "https://bet-hanul.example/event/welcome-bonus"
PILL1 = "https://pillmart-kr.example/product/4471"
PILL2 = "https://pillmart-kr.example/product/4472"

TOTO = "http://toto-star.example/"
TOTO_BBS = "http://toto-star.example/bbs/board.php?bo_table=free&wr_id=318"
GANG_RAW = "https://ganghwa-shop.example/상품/9921"
GANG = "https://ganghwa-shop.example/%EC%83%81%ED%92%88/9921"

SLOTS = "https://lucky-slots777.example/"
FAKEBANK = "https://fakebank-login.example/"

KC1 = "https://kochan.example/b/res/88121.html"
KC2 = "https://kochan.example/b/res/88307.html"
KCP = "https://kochan.example/pol/res/10452.html"
KC4 = "https://kochan.example/b/res/88400.html"
KCI = "https://kochan.example/img/src/1725880011223.jpg"

DP1_RAW = "https://dpforum.example/board/자유/55012"
DP2_RAW = "https://dpforum.example/board/자유/55078"
DP3_RAW = "https://dpforum.example/board/거래/7731"
DP1 = "https://dpforum.example/board/%EC%9E%90%EC%9C%A0/55012"
DP2 = "https://dpforum.example/board/%EC%9E%90%EC%9C%A0/55078"
DP3 = "https://dpforum.example/board/%EA%B1%B0%EB%9E%98/7731"

PIX = "https://pixstash.example/i/aX93kQ"

REQUESTS = [
    ("KCSC-240902-01", "dropvault", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     DV_ITEMS, "illegal_drugs", "file host: drug price lists and sales contacts"),
    ("KCSC-240903-02", "edgeshield", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     [HANUL, HANUL_EV, PILL1, PILL2], "gambling", "CDN in front of two sites"),
    ("KCSC-240905-03", "hanbit", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     [TOTO, TOTO_BBS, GANG], "gambling", "Korean web host, customer sites"),
    ("KCSC-240906-04", "namewell", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [SLOTS, FAKEBANK], "fraud", "registrar: whole domains"),
    ("KCSC-240909-05", "kochan", "2024-09-09T10:15:00+09:00", "2024-09-16T18:00:00+09:00",
     [KC1, KC2, KCP, KC4, KCI], "obscene", "image board threads and one image file"),
    ("KCSC-240910-06", "dpforum", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [DP1, DP2, DP3], "illegal_drugs", "Korean forum posts (Korean paths)"),
    ("KCSC-240911-07", "pixstash", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     [PIX], "obscene", "image host, one image"),
]


def req_mid(ref):
    return ref.lower() + ".req"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ DropVault (file host, 12 items) ============

dv_csv = "\r\n".join([
    "file_id,url,reported,action,action_date,comment",
    "Qm7rT2xa,https://dropvault.example/f/Qm7rT2xa,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Lp0cW9ne,https://dropvault.example/f/Lp0cW9ne,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Zs4kY8bu,https://dropvault.example/f/Zs4kY8bu,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Hx2mN5qd,https://dropvault.example/f/Hx2mN5qd,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Vb6jR1po,https://dropvault.example/f/Vb6jR1po,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Tc3gE7wl,https://dropvault.example/f/Tc3gE7wl,2024-09-02,Removed,2024-09-04,AUP 3.1 + uploader banned",
    "Ny8uA4fk,https://dropvault.example/f/Ny8uA4fk,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Wd5hS0ri,https://dropvault.example/f/Wd5hS0ri,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Kj1pU6zm,https://dropvault.example/f/Kj1pU6zm,2024-09-02,Removed,2024-09-04,AUP 3.1",
    "Ge9tB3vy,https://dropvault.example/f/Ge9tB3vy,2024-09-02,Not found,2024-09-04,deleted by uploader on 2024-08-30",
    "Rm2xC8sa,https://dropvault.example/folder/Rm2xC8sa,2024-09-02,No action,2024-09-04,"
    "\"holiday photos only, no violation found\"",
    "Ua7nF2lh,https://dropvault.example/f/Ua7nF2lh,2024-09-02,Not found,2024-09-04,no file with this id ever existed",
]) + "\r\n"

case(name="dv-csv-attachment-results", from_="abuse@dropvault.example", name_from="DropVault Abuse",
     date=d("2024-09-04 16:12:40"), subject="Re: KCSC-240902-01 - notice of illegal content",
     reply_to_req=req_mid("KCSC-240902-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="dv-7f3a1"

--dv-7f3a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have gone through the 12 links in your notice KCSC-240902-01. The
outcome for each link is in the attached spreadsheet (one row per link).

If anything in it is unclear, reply to this email and keep the subject
line as it is.

Kind regards,
Abuse Team, DropVault
https://dropvault.example/legal/acceptable-use

--dv-7f3a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(dv_csv)}
--dv-7f3a1--
""",
     outcome="applied", classification="confirmation",
     imitates="file host abuse desk sending an outcome spreadsheet (CSV) for a list of links",
     why="trusted CSV, one row per link: nine Removed, two Not found, one No action with a reason",
     items={QM7: "removed", LP0: "removed", ZS4: "removed", HX2: "removed", VB6: "removed",
            TC3: "removed", NY8: "removed", WD5: "removed", KJ1: "removed", GE9: "not_found",
            RM2: "rejected", UA7: "not_found"})

case(name="dv-text-table-five", from_="abuse@dropvault.example", name_from="DropVault Abuse",
     date=d("2024-09-03 19:05:11"), subject="Re: KCSC-240902-01 (DV-ABU-20931) first batch",
     reply_to_req=req_mid("KCSC-240902-01"), body=f"""
Hi,

First batch of results for KCSC-240902-01 (our ticket DV-ABU-20931).

 #  Link                                   Result
 -  -------------------------------------  ------------------------------
 1  {LP0}   deleted
 2  {ZS4}   deleted
 3  {HX2}   no such file
 4  {VB6}   deleted
 5  {TC3}   kept - no violation, see note

Note on 5: the archive is a copy of a pharmacy's public opening-hours
leaflet. It breaks neither our terms nor, as far as we can see, any law,
so it stays online.

The other seven links are still being checked.

DropVault Abuse
""", outcome="applied", classification="confirmation",
     imitates="abuse desk reply with a fixed-width plain-text result table",
     why="trusted plain-text table: three deleted, one no such file, one kept with its reason",
     items={LP0: "removed", ZS4: "removed", HX2: "not_found", VB6: "removed", TC3: "rejected"})

case(name="dv-one-line-admin", from_="tomas@dropvault.example", name_from="Tomas Reyes",
     date=d("2024-09-03 01:47:09", UTC), subject="Re: KCSC-240902-01",
     reply_to_req=req_mid("KCSC-240902-01"), body=f"""
deleted both and locked the uploader's account:
{NY8}
{WD5}

--
sent from my phone
""", outcome="applied",
     imitates="one-line reply from a small host's admin, written from a phone",
     why="a staff member of the host says he deleted the two links listed under his sentence",
     items={NY8: "removed", WD5: "removed"})

dv_quote = "\n".join(f"> {i + 1}. {u}" for i, u in enumerate(DV_ITEMS))
case(name="dv-top-posted-over-gmail-quote", from_="mina.osei@dropvault.example",
     name_from="Mina Osei (DropVault)",
     date=d("2024-09-05 09:21:33"), subject="Re: KCSC-240902-01 - notice of illegal content",
     reply_to_req=req_mid("KCSC-240902-01"), body=f"""
Hi,

We disabled the two files below after checking them against your list.
The rest of your list is still with our review team.

{QM7}
{KJ1}

Best,
Mina Osei
DropVault Trust & Safety

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear DropVault,
>
> Reference: KCSC-240902-01
> The Korea Communications Standards Commission asks you to remove the
> following files, which offer narcotics for sale in Korea:
>
{dv_quote}
>
> Please reply by 9 September 2024.
""", outcome="applied",
     imitates="Gmail top-posted reply over the quoted request",
     why="two files disabled in the reply; the other links are only in the quoted request",
     items={QM7: "removed", KJ1: "removed", LP0: "pending", GE9: "pending", UA7: "pending"})

case(name="dv-html-table-trust-safety", from_="trust-safety@dropvault.example",
     name_from="DropVault Trust & Safety", type="html",
     date=d("2024-09-06 11:02:54"), subject="Outcome of your report KCSC-240902-01",
     body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear reporter,</p>
<p>Thank you for your report <b>KCSC-240902-01</b>. Our review of the files below is complete.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>File</th><th>Outcome</th></tr>
<tr><td><a href="{ZS4}">{ZS4}</a></td><td>Removed</td></tr>
<tr><td><a href="{TC3}">{TC3}</a></td><td>Removed</td></tr>
<tr><td><a href="{UA7}">{UA7}</a></td><td>Not found &ndash; this link does not point to any file</td></tr>
<tr><td><a href="{GE9}">{GE9}</a></td><td>Removed (uploader account terminated)</td></tr>
</table>
<p>The uploader can contest a removal through our <a href="https://dropvault.example/help/appeals">appeals page</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
""", outcome="applied", classification="confirmation",
     imitates="HTML report-outcome email with a two-column table",
     why="trusted HTML table: three removed, one not found; the appeals page is no item",
     items={ZS4: "removed", TC3: "removed", UA7: "not_found", GE9: "removed"})

case(name="dv-base64-removed-and-rejected", from_="abuse@dropvault.example", name_from="DropVault Abuse",
     date=d("2024-09-06 17:40:00"), subject="Re: KCSC-240902-01 - remaining items",
     reply_to_req=req_mid("KCSC-240902-01"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello again,

Following our review of notice KCSC-240902-01:

- {RM2} : this shared folder was removed.
- {WD5} : we are not taking action. The file is a scan of a public
  health-authority warning about counterfeit medicines. It does not break
  our Acceptable Use Policy, so it remains available.

Regards,
DropVault Abuse
''')}
""", outcome="applied", classification="confirmation",
     imitates="abuse desk reply sent by a ticket system as a base64 text body",
     why="base64 body: one folder removed, one file kept because it breaks no rule",
     items={RM2: "removed", WD5: "rejected"})

dv_orig = "\n".join(DV_ITEMS)
case(name="dv-outlook-url-below-statement", from_="j.park@dropvault.example", name_from="Jisoo Park",
     date=d("2024-09-04 14:30:12"), subject="RE: KCSC-240902-01 - notice of illegal content",
     body=f"""
Hello,

The following file was removed for breaching our terms:
{VB6}

We could not find this one; the link does not point to any file:
{HX2}

Regards
J. Park
Abuse desk, DropVault

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: abuse@dropvault.example
Subject: KCSC-240902-01 - notice of illegal content

Dear DropVault,

Please remove the following files (reference KCSC-240902-01):

{dv_orig}

Korea Communications Standards Commission
""", outcome="applied",
     imitates="Outlook reply, each statement followed by its URL on the next line, request quoted below",
     why="one removed and one not found above the Original Message; the quoted list changes nothing",
     items={VB6: "removed", HX2: "not_found", LP0: "pending", QM7: "pending"})

case(name="dv-bilingual-angle-brackets", from_="support-kr@dropvault.example",
     name_from="DropVault 한국 지원팀",
     date=d("2024-09-05 15:08:27"), subject="[DropVault] KCSC-240902-01 처리 결과 / outcome",
     body=f"""
[한국어]
안녕하세요, DropVault 한국 지원팀입니다.
신고하신 파일 <{NY8}>, <{GE9}>은(는) 삭제 조치되었습니다.
（{KJ1}）파일은 업로더가 이미 삭제하여 존재하지 않습니다。

[English]
The files <{NY8}> and <{GE9}> have been deleted.
The file {KJ1} no longer exists; its uploader had already deleted it.

DropVault Support Korea
""", outcome="applied",
     imitates="bilingual Korean/English support reply with URLs in angle brackets and full-width brackets",
     why="two files deleted, one already deleted by its uploader (not_found), said in both languages",
     items={NY8: "removed", GE9: "removed", KJ1: "not_found"})

case(name="dv-dsa-statement-of-reasons-kr", from_="dsa-notices@dropvault.example",
     name_from="DropVault B.V.",
     date=d("2024-09-05 08:00:03", UTC), subject="Statement of reasons - DV-SOR-2024-118204",
     body=f"""
STATEMENT OF REASONS
(Article 17 of Regulation (EU) 2022/2065)

Reference: DV-SOR-2024-118204
Notice: KCSC-240902-01 (Korea Communications Standards Commission)

Content concerned: {KJ1}
Restriction applied: access to the content disabled for users in the
  Republic of Korea (geo-restriction); the file stays available elsewhere
Territorial scope: KR
Facts and circumstances: the notice states that the file offers
  narcotics for sale to users in Korea
Legal ground: illegal content under the law of the Republic of Korea
Automated means used for the decision: no

Redress: you may contest this decision at https://dropvault.example/help/appeals
""", outcome="applied", classification="confirmation",
     imitates="DSA Article 17 statement of reasons sent by a file host (geo-restriction)",
     why="access disabled in Korea only: restricted",
     items={KJ1: "restricted"})

case(name="dv-promise-will-remove", from_="abuse@dropvault.example", name_from="DropVault Abuse",
     date=d("2024-09-02 18:10:45"), subject="Re: KCSC-240902-01 - notice of illegal content",
     reply_to_req=req_mid("KCSC-240902-01"), body=f"""
Hi,

Thanks for your notice. We'll remove the following files within 24 hours:

{LP0}
{ZS4}

You will get a separate confirmation once that is done.

DropVault Abuse
""", outcome="review", review="not_understood",
     imitates="abuse desk promising removal within 24 hours",
     why="a promise is not a statement: both files stay pending",
     items={LP0: "pending", ZS4: "pending"})

case(name="dv-bulk-all-removed", from_="abuse@dropvault.example", name_from="DropVault Abuse",
     date=d("2024-09-07 10:55:19"), subject="Re: KCSC-240902-01 - notice of illegal content",
     reply_to_req=req_mid("KCSC-240902-01"), body="""
Hello,

All files listed in your notice KCSC-240902-01 have been removed, and the
accounts that uploaded them have been suspended.

Regards,
DropVault Abuse
""", outcome="review", review="bulk", classification="confirmation",
     imitates="abuse desk closing a multi-link notice with one sentence",
     why="one statement for a 12-item request without naming the items: bulk review",
     items={u: "pending" for u in DV_ITEMS})

case(name="dv-out-of-office", from_="mina.osei@dropvault.example", name_from="Mina Osei (DropVault)",
     date=d("2024-09-02 10:00:41"), subject="Automatic reply: KCSC-240902-01 - notice of illegal content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Thank you for your message. I am out of the office until 16 September with
limited access to email. For abuse reports please write to
abuse@dropvault.example; the team there reads every message.

Mina Osei
""", outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office reply: ignored", items={})

# ============================ EdgeShield (CDN, 4 items) ==================

case(name="es-geo-block-korea", from_="trust-safety@edgeshield.example", name_from="EdgeShield Trust & Safety",
     date=d("2024-09-05 03:14:50", UTC), subject="[EdgeShield] Action taken on report KCSC-240903-02",
     body=f"""
Hello,

Following your notice KCSC-240903-02, we have blocked access from the
Republic of Korea to the following URLs served through our network:

  {HANUL}
  {HANUL_EV}

The site remains reachable from other countries. We have informed the
site owner of this action.

EdgeShield Trust & Safety
https://edgeshield.example/abuse-policy
""", outcome="applied", classification="confirmation",
     imitates="CDN trust-and-safety notice of a country block",
     why="blocked from Korea only: both URLs restricted",
     items={HANUL: "restricted", HANUL_EV: "restricted"})

case(name="es-edge-hosted-disabled", from_="trust-safety@edgeshield.example", name_from="EdgeShield Trust & Safety",
     date=d("2024-09-06 09:31:07", UTC), subject="Re: KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"), body=f"""
Hello,

Unlike most websites on our network, pillmart-kr.example stores its pages
on EdgeShield Sites, so we are its hosting provider. We have disabled the
two product pages you reported:

- {PILL1}
- {PILL2}

Visitors now get an HTTP 451 page in every country.

EdgeShield Trust & Safety
""", outcome="applied", classification="confirmation",
     imitates="CDN reply for content it hosts itself (edge-hosted pages disabled)",
     why="both pages disabled everywhere: removed",
     items={PILL1: "removed", PILL2: "removed"})

case(name="es-html-table-mixed-forwarded", from_="noreply-abuse@edgeshield.example",
     name_from="EdgeShield Abuse", type="html",
     date=d("2024-09-07 12:00:00", UTC), subject="Abuse report KCSC-240903-02: status of each URL",
     body=f"""
<html><body>
<p>Report <b>KCSC-240903-02</b> &mdash; status of each URL</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Status</th><th>Detail</th></tr>
<tr><td>{HANUL}</td><td>Blocked in KR</td><td>Not reachable from Korean IP addresses</td></tr>
<tr><td>{HANUL_EV}</td><td>Blocked in KR</td><td>Not reachable from Korean IP addresses</td></tr>
<tr><td>{PILL1}</td><td>Forwarded</td><td>Not hosted by EdgeShield; complaint sent to the hosting provider</td></tr>
<tr><td>{PILL2}</td><td>Forwarded</td><td>Not hosted by EdgeShield; complaint sent to the hosting provider</td></tr>
</table>
<p>More about how we handle abuse: <a href="https://edgeshield.example/abuse-policy">abuse policy</a></p>
</body></html>
""", outcome="applied",
     imitates="CDN per-URL status table (blocked in country / forwarded to host)",
     why="two URLs blocked in Korea (restricted); two only forwarded to their host (pending)",
     items={HANUL: "restricted", HANUL_EV: "restricted", PILL1: "pending", PILL2: "pending"})

case(name="es-cdn-not-host-forwarded", from_="abuse@edgeshield.example", name_from="EdgeShield Abuse",
     date=d("2024-09-04 02:40:18", UTC), subject="Re: KCSC-240903-02",
     reply_to_req=req_mid("KCSC-240903-02"), body=f"""
Hello,

EdgeShield provides a reverse proxy and CDN for bet-hanul.example; we are
not its hosting provider and cannot remove material we do not host.

We have forwarded your complaint about
{HANUL} and
{HANUL_EV}
to the website owner and to the hosting provider, Baekdu Cloud
(abuse@baekducloud.example). Please contact them directly for follow-up.

EdgeShield Abuse
""", outcome="review", review="not_understood",
     imitates="Cloudflare-style 'we are a pass-through CDN, complaint forwarded to the host' reply",
     why="no action and no status for either URL; forwarding is not a refusal on the merits",
     items={HANUL: "pending", HANUL_EV: "pending"})

case(name="es-hedge-appears-offline", from_="abuse@edgeshield.example", name_from="EdgeShield Abuse",
     date=d("2024-09-08 05:12:44", UTC), subject="Re: KCSC-240903-02 follow-up",
     reply_to_req=req_mid("KCSC-240903-02"), body=f"""
Hi,

According to the site's hosting provider, the pages
{PILL1} and {PILL2}
appear to have been taken offline by the site owner. We have not verified
this ourselves.

EdgeShield Abuse
""", outcome="review", review="not_understood",
     imitates="CDN passing on a host's second-hand, hedged report",
     why="'appear to have been taken offline', second-hand and unverified: hedge, pending",
     items={PILL1: "pending", PILL2: "pending"})

case(name="es-ticket-receipt", from_="noreply-abuse@edgeshield.example", name_from="EdgeShield Abuse",
     date=d("2024-09-03 01:31:02", UTC), subject="We received your abuse report [ES-7731452]",
     extra_headers=["Auto-Submitted: auto-generated"], body=f"""
This is an automated message.

We have received your abuse report. Report ID: ES-7731452

Reported URLs:
{HANUL}
{HANUL_EV}
{PILL1}
{PILL2}

Our Trust & Safety team reviews reports in the order they are received.
You do not need to reply to this message.
""", outcome="ignored", classification="acknowledgement",
     imitates="abuse-form receipt echoing the reported URLs",
     why="automatic receipt that only echoes the report: acknowledgement",
     items={HANUL: "pending", PILL1: "pending"})

# ============================ Hanbit Hosting (Korean host, 3 items) ======

case(name="hb-korean-service-suspended", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-09 14:22:05"), subject="[한빛호스팅] KCSC-240905-03 조치 결과 안내",
     body=f"""
안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.
방송통신심의위원회 요청(KCSC-240905-03)에 대한 조치 결과를 안내드립니다.

1. {TOTO}
 - 조치: 호스팅 서비스 이용정지 (사이트 접속 불가)
2. {TOTO_BBS}
 - 조치: 게시물 삭제

나머지 1건은 별도로 회신드리겠습니다.
감사합니다.
""", outcome="applied", classification="confirmation",
     imitates="Korean web host's 조치 결과 안내 with numbered items",
     why="whole site suspended (unreachable) and one post deleted: both removed",
     items={TOTO: "removed", TOTO_BBS: "removed", GANG: "pending"})

case(name="hb-korean-raw-path-not-found", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-10 10:05:39"), subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
     reply_to_req=req_mid("KCSC-240905-03"), body=f"""
안녕하세요, 한빛호스팅입니다.

문의하신 {GANG_RAW}은 확인 결과 이미 삭제되어 존재하지 않는 페이지입니다(404).
해당 고객사에도 재게시 금지를 안내하였습니다.

감사합니다.
""", outcome="applied",
     imitates="Korean host reply, raw Korean URL with a particle attached",
     why="page already gone when checked (404): not_found; raw Korean path matches the encoded URL",
     items={GANG: "not_found"})

hb_csv = "\ufeff" + "\r\n".join([
    "번호,URL,조치결과,조치일",
    f"1,{TOTO},이용정지,2024-09-09",
    f"2,{TOTO_BBS},삭제,2024-09-09",
    f"3,{GANG_RAW},해당 없음(페이지 없음),2024-09-09",
]) + "\r\n"
case(name="hb-csv-attachment-korean", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-09 17:48:31"), subject="Re: [KCSC-240905-03] 불법정보 삭제 요청 - 조치결과 첨부",
     reply_to_req=req_mid("KCSC-240905-03"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_HB_0909_1748"

------=_HB_0909_1748
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 한빛호스팅입니다.
요청하신 3건의 조치 결과를 첨부 파일로 보내드립니다.

감사합니다.

------=_HB_0909_1748
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_result.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_result.csv"
Content-Transfer-Encoding: base64

{b64(hb_csv)}
------=_HB_0909_1748--
""", outcome="applied", classification="confirmation",
     imitates="Korean host sending an Excel-exported CSV (with BOM) of 조치결과",
     why="CSV rows: 이용정지 and 삭제 (removed), 해당 없음(페이지 없음) (not_found)",
     items={TOTO: "removed", TOTO_BBS: "removed", GANG: "not_found"})

case(name="hb-hedge-korean", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-06 16:40:00"), subject="Re: [KCSC-240905-03] 불법정보 삭제 요청",
     reply_to_req=req_mid("KCSC-240905-03"), body=f"""
안녕하세요, 한빛호스팅입니다.

{TOTO_BBS} 게시물은 이미 삭제된 것으로 보입니다.
고객사에 최종 확인 후 다시 안내드리겠습니다.

감사합니다.
""", outcome="review", review="not_understood",
     imitates="Korean host's hedged interim reply (삭제된 것으로 보입니다)",
     why="'seems to have been deleted', to be confirmed: hedge, pending",
     items={TOTO_BBS: "pending"})

case(name="hb-wrong-platform-origin-host", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-07 11:11:11"), subject="EdgeShield 전달 신고 건 조치 안내 (pillmart-kr.example)",
     body=f"""
안녕하세요. 한빛호스팅 어뷰즈 대응팀입니다.

pillmart-kr.example 은 저희 고객사 사이트입니다. EdgeShield에서 전달받은
신고 건(KCSC-240903-02)에 대해 아래 두 페이지를 삭제 조치했습니다.

- {PILL1}
- {PILL2}

감사합니다.
""", outcome="review", review="wrong_platform",
     imitates="origin host answering a complaint forwarded by the CDN",
     why="Hanbit states removals for items requested from EdgeShield: wrong platform",
     items={PILL1: "pending", PILL2: "pending"})

case(name="hb-korean-ticket-receipt", from_="help@hanbithosting.example", name_from="한빛호스팅 고객센터",
     date=d("2024-09-05 09:41:12"), subject="[한빛호스팅] 문의가 접수되었습니다 (접수번호 HB-20240905-0142)",
     extra_headers=["Auto-Submitted: auto-generated"], body="""
안녕하세요, 한빛호스팅 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: HB-20240905-0142
 - 제목: [KCSC-240905-03] 불법정보 삭제 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""", outcome="ignored", classification="acknowledgement",
     imitates="Korean help-desk 접수 완료 automatic mail",
     why="pure receipt with a ticket number: acknowledgement", items={})

case(name="hb-read-receipt", from_="abuse@hanbithosting.example", name_from="한빛호스팅 어뷰즈대응팀",
     date=d("2024-09-05 10:02:47"), subject="읽음: [KCSC-240905-03] 불법정보 삭제 요청",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-hb-1"

--mdn-hb-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-03] 불법정보 삭제 요청"을(를)
2024-09-05 10:02에 수신자가 읽었습니다.

--mdn-hb-1
Content-Type: message/disposition-notification

Reporting-UA: mail.hanbithosting.example; Webmail 7.2
Final-Recipient: rfc822; abuse@hanbithosting.example
Original-Message-ID: <kcsc-240905-03.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-hb-1--
""", outcome="ignored", classification="read_receipt",
     imitates="webmail read receipt (MDN) in Korean",
     why="read receipt: ignored", items={})

# ============================ Namewell (registrar, 2 items) ==============

case(name="nw-ack-plus-client-hold", from_="abuse@namewell.example", name_from="Namewell Abuse",
     date=d("2024-09-07 22:15:30", UTC), subject="[NW-ABUSE-448812] Your abuse report",
     body=f"""
Thank you for your report. Ticket NW-ABUSE-448812 has been created.

Domain: lucky-slots777.example
Reported URL: {SLOTS}
Your reference: KCSC-240906-04
Action taken: domain suspended (clientHold). It no longer resolves.

Namewell Registrar Abuse Team
https://namewell.example/legal/abuse-policy
""", outcome="applied", classification="confirmation",
     imitates="registrar abuse ticket reply echoing the report with the action taken",
     why="receipt wording plus an unhedged action (clientHold, no longer resolves): removed",
     items={SLOTS: "removed"})

case(name="nw-suspend-and-refuse", from_="compliance@namewell.example", name_from="Namewell Compliance",
     date=d("2024-09-09 16:03:12", UTC), subject="Re: KCSC-240906-04",
     reply_to_req=req_mid("KCSC-240906-04"), body="""
Dear KCSC,

Regarding KCSC-240906-04:

fakebank-login.example - we confirmed the phishing page and suspended the
domain at the registry (serverHold) on 9 September. It no longer resolves.

lucky-slots777.example - we will not suspend this domain. Online gambling
content is a matter for the website and its host; it is not DNS abuse
under our registration agreement, and the registration itself is valid.
Please contact the hosting provider.

Namewell Compliance
""", outcome="applied", classification="confirmation",
     imitates="registrar compliance reply naming domains only, one suspended, one refused",
     why="fakebank domain suspended (removed); lucky-slots refused with a reason (rejected)",
     items={FAKEBANK: "removed", SLOTS: "rejected"})

case(name="nw-under-investigation", from_="abuse@namewell.example", name_from="Namewell Abuse",
     date=d("2024-09-06 23:50:02", UTC), subject="[NW-ABUSE-448901] Investigation opened",
     body=f"""
Hello,

We have opened an investigation into fakebank-login.example
(reported URL: {FAKEBANK}, your reference KCSC-240906-04) and notified the
registrant, who has 48 hours to respond. We will update you once the
investigation is complete.

Namewell Registrar Abuse Team
""", outcome="review", review="not_understood",
     imitates="registrar notice that the registrant has been given 48 hours",
     why="investigation opened, registrant notified: no status yet, pending",
     items={FAKEBANK: "pending"})

case(name="nw-bounce-550", from_="MAILER-DAEMON@mx1.namewell.example", name_from="Mail Delivery System",
     date=d("2024-09-06 11:00:09"), subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-nw-550"

--dsn-nw-550
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namewell.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@namewell.example>: host store2.namewell.example said:
    550 5.1.1 <legal@namewell.example>: Recipient address rejected:
    User unknown

--dsn-nw-550
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namewell.example
Arrival-Date: Fri,  6 Sep 2024 11:00:05 +0900 (KST)

Final-Recipient: rfc822; legal@namewell.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-nw-550
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal@namewell.example
Subject: KCSC-240906-04 - removal request
Message-ID: <kcsc-240906-04.req@kcsc.example>
Date: Fri, 6 Sep 2024 11:00:00 +0900

Please suspend the following domains used for fraud:
{SLOTS}
{FAKEBANK}

--dsn-nw-550--
""", outcome="ignored", classification="bounce",
     imitates="Postfix non-delivery report with the original request attached",
     why="bounce (550 user unknown) carrying our own request: ignored",
     items={SLOTS: "pending", FAKEBANK: "pending"})

# ============================ Kochan (image board, 5 items) ==============

case(name="kc-mod-one-liner", from_="mod@kochan.example", name_from="kochan mod",
     date=d("2024-09-09 23:58:17"), subject="Re: KCSC-240909-05",
     reply_to_req=req_mid("KCSC-240909-05"), body=f"""
both threads deleted + posters banned
{KC1}
{KC2}

- hiro (global vol)

> {KC1}
> {KC2}
> {KCP}
> {KC4}
> {KCI}
""", outcome="applied",
     imitates="image-board volunteer moderator answering in one line over the quoted list",
     why="two threads deleted; the three others appear only in the quote",
     items={KC1: "removed", KC2: "removed", KCP: "pending", KC4: "pending", KCI: "pending"})

case(name="kc-bulleted-mixed", from_="admin@kochan.example", name_from="kochan admin",
     date=d("2024-09-10 13:07:44"), subject="Re: KCSC-240909-05",
     reply_to_req=req_mid("KCSC-240909-05"), body=f"""
Hi KCSC,

went through your list:

* {KC4} - 404, the thread had already fallen off the board before I got to it
* {KCI} - deleted, and the file hash is banned so it can't be reuploaded
* {KCP} - staying up. It's a heated political thread but nothing in it breaks our rules or, as far as I can tell, Korean law.

-- admin
""", outcome="applied",
     imitates="image-board admin's informal bulleted reply",
     why="pruned thread (not_found), image deleted (removed), political thread kept with a reason (rejected)",
     items={KC4: "not_found", KCI: "removed", KCP: "rejected"})

case(name="kc-headings-url-below", from_="admin@kochan.example", name_from="kochan admin",
     date=d("2024-09-11 08:20:00"), subject="KCSC-240909-05 done",
     body=f"""
Removed:
{KC1}
{KC4}

Not removed (does not violate the board rules):
{KCP}

Ask if you need anything else.
""", outcome="applied",
     imitates="terse admin reply grouping URLs under headings",
     why="two URLs under 'Removed:', one under 'Not removed' with its reason",
     items={KC1: "removed", KC4: "removed", KCP: "rejected"})

case(name="kc-pipe-table-all", from_="admin@kochan.example", name_from="kochan admin",
     date=d("2024-09-12 21:45:10"), subject="Re: KCSC-240909-05 - final",
     reply_to_req=req_mid("KCSC-240909-05"), body=f"""
Final status for everything in KCSC-240909-05:

| post                                             | status                        |
|--------------------------------------------------|-------------------------------|
| {KC1}          | deleted                       |
| {KC2}          | blocked for visitors from KR  |
| {KCP}        | not deleted (no rule broken)  |
| {KC4}          | not found (thread pruned)     |
| {KCI} | deleted                       |

admin
""", outcome="applied",
     imitates="markdown-style pipe table typed by a small site's admin",
     why="table covers all five: two deleted, one KR block, one kept with reason, one not found",
     items={KC1: "removed", KC2: "restricted", KCP: "rejected", KC4: "not_found", KCI: "removed"})

case(name="kc-forged-auth-fail", from_="admin@kochan.example", name_from="kochan admin",
     auth="fail", date=d("2024-09-10 04:12:55"), subject="Re: KCSC-240909-05",
     body=f"""
deleted:
{KC1}
{KC2}
{KCI}
""", outcome="review", review="untrusted",
     imitates="short admin reply whose DKIM/DMARC fails",
     why="From the board's domain but authentication fails: untrusted, nothing applied",
     items={KC1: "pending", KC2: "pending", KCI: "pending"})

# ============================ Danpung Forum (Korean forum, 3 items) ======

case(name="dp-korean-blind-list", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-11 10:30:00"), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240910-06"), body=f"""
안녕하세요, 단풍포럼 운영진입니다.
요청하신 게시물 중 아래 2건을 블라인드 처리하였습니다.

- {DP1_RAW}
- {DP2_RAW}

나머지 1건(거래 게시판)은 담당자가 확인 중이며 결과가 나오는 대로 회신드리겠습니다.
""", outcome="applied",
     imitates="Korean forum operators' 블라인드 처리 reply with a bulleted list",
     why="two posts blinded (removed); the third, unnamed and still being checked, stays pending",
     items={DP1: "removed", DP2: "removed", DP3: "pending"})

case(name="dp-arrow-lines-over-quote", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-12 09:12:40"), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240910-06"), body=f"""
{DP1_RAW} → 운영자 삭제 완료
{DP3_RAW} → 작성자가 이미 삭제한 글이라 남아 있지 않습니다.

단풍포럼 운영자 드림

2024년 9월 10일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 게시물의 삭제를 요청드립니다 (KCSC-240910-06).
> {DP1_RAW}
> {DP2_RAW}
> {DP3_RAW}
""", outcome="applied",
     imitates="Korean Gmail reply with 'URL → result' lines over the quoted request",
     why="운영자 삭제 (removed); already deleted by its author (not_found); 55078 only quoted",
     items={DP1: "removed", DP3: "not_found", DP2: "pending"})

case(name="dp-qp-adult-restricted", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-13 15:55:21"), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240910-06"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''KCSC-240910-06 관련 회신입니다.

{DP3} 게시물은 삭제 대상은 아니라고 판단했으나, 청소년에게 유해할 소지가 있어 성인 인증 회원만 볼 수 있도록 접근 제한 조치했습니다.

{DP2} 게시물은 삭제했습니다.

단풍포럼 운영진
''')}
""", outcome="applied",
     imitates="Korean forum reply in quoted-printable, adult-only restriction and a deletion",
     why="post limited to age-verified members (restricted); other post deleted (removed)",
     items={DP3: "restricted", DP2: "removed"})

case(name="dp-bulk-korean", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-11 19:02:03"), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
     reply_to_req=req_mid("KCSC-240910-06"), body="""
안녕하세요, 단풍포럼 운영진입니다.
요청하신 게시물 3건 모두 삭제 처리 완료했습니다.
감사합니다.
""", outcome="review", review="bulk",
     imitates="Korean forum one-sentence 모두 삭제 완료 reply",
     why="'all 3 posts deleted' without naming them, request of three: bulk review",
     items={DP1: "pending", DP2: "pending", DP3: "pending"})

case(name="dp-admin-personal-mailbox", from_="dpforum.kim@mailbox.example", name_from="김단풍",
     date=d("2024-09-11 22:40:16"), subject="Re: [KCSC-240910-06] 게시물 삭제 요청",
     body=f"""
단풍포럼 운영자입니다. 포럼 메일 서버에 문제가 있어 개인 메일로 회신드립니다.

{DP1_RAW} 게시물 삭제했습니다.
""", outcome="review", review="unknown_sender",
     imitates="small forum's admin answering from a personal webmail address",
     why="claims to be the forum admin but writes from a domain of no platform: unknown sender",
     items={DP1: "pending"})

case(name="dp-no-claims-contact-change", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-12 11:00:00"), subject="[단풍포럼] 신고 접수 창구 변경 안내",
     body="""
안녕하세요, 단풍포럼 운영진입니다.

9월 20일부터 게시물 신고 및 기관 요청 접수 주소가
report@dpforum.example 로 변경됩니다. 기존 주소로 보내주신 메일도
당분간은 함께 확인하겠습니다.

감사합니다.
""", outcome="review", review="no_claims",
     imitates="Korean forum notice of a new report address",
     why="trusted forum email naming no item and no request: no_claims",
     items={})

case(name="dp-korean-out-of-office", from_="admin@dpforum.example", name_from="단풍포럼 운영진",
     date=d("2024-09-10 10:00:52"), subject="[자동응답] Re: [KCSC-240910-06] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"], body="""
안녕하세요. 운영자가 휴가 중이라 9월 18일부터 메일 확인이 가능합니다.
급한 신고는 포럼 내 신고 게시판을 이용해 주세요.

(자동 응답 메일입니다)
""", outcome="ignored", classification="auto_reply",
     imitates="Korean vacation auto-reply (부재중 자동응답)",
     why="auto-reply: ignored", items={})

# ============================ PixStash (image host, 1 item) ==============

case(name="px-sole-statement-ref", from_="sam@pixstash.example", name_from="Sam at PixStash",
     date=d("2024-09-12 02:14:09", UTC), subject="Re: [KCSC-240911-07] Removal request",
     reply_to_req=req_mid("KCSC-240911-07"), body="""
Hi there,

Thanks for flagging this. The image was taken down this morning and the
uploader's account has been closed.

Cheers,
Sam
PixStash support
""", outcome="applied",
     imitates="small image host's friendly reply without repeating the link",
     why="one-item request; the reply states the image was taken down: removed",
     items={PIX: "removed"})

case(name="px-refusal-over-quote", from_="support@pixstash.example", name_from="PixStash Support",
     date=d("2024-09-13 07:45:00", UTC), subject="Re: [KCSC-240911-07] Removal request",
     reply_to_req=req_mid("KCSC-240911-07"), body=f"""
Hello,

We looked at this one and we are leaving it up: it is a cropped stock
photograph with no sexual content, and it breaks none of our rules.

PixStash Support

On Wed, Sep 11, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240911-07
> Please remove the following image, which is obscene under Korean law:
> {PIX}
""", outcome="applied",
     imitates="image host refusing with its reason, over the quoted request",
     why="one-item request, kept up because it breaks no rule: rejected; the URL is only quoted",
     items={PIX: "rejected"})

case(name="px-asks-legal-basis", from_="support@pixstash.example", name_from="PixStash Support",
     date=d("2024-09-11 23:30:00", UTC), subject="Re: [KCSC-240911-07] Removal request",
     reply_to_req=req_mid("KCSC-240911-07"), body=f"""
Hello,

Before we can act on {PIX} we need the legal basis for the
request: please send the Commission's decision document and tell us which
provision of Korean law the image breaks.

PixStash Support
""", outcome="review", review="asks_more", classification="request_for_info",
     imitates="host asking for the legal basis before acting",
     why="asks for documents before acting: asks_more, item pending",
     items={PIX: "pending"})

case(name="px-dsn-delayed", from_="mailer-daemon@pixstash.example", name_from="Mail Delivery Subsystem",
     date=d("2024-09-11 13:30:22"), subject="Delivery Status Notification (Delay)",
     raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-px-d"

--dsn-px-d
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     legal@pixstash.example

The server will keep trying for another 68 hours.

--dsn-px-d
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pixstash.example

Final-Recipient: rfc822; legal@pixstash.example
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sat, 14 Sep 2024 09:30:00 +0000

--dsn-px-d
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@pixstash.example
Subject: [KCSC-240911-07] Removal request
Message-ID: <kcsc-240911-07.req@kcsc.example>

--dsn-px-d--
""", outcome="ignored", classification="bounce",
     imitates="delivery delay warning (DSN, Action: delayed)",
     why="delay DSN: ignored", items={})


HEADER = """# Blind set 739 (hosts, CDN, registrar, image board, forum, file/image hosts).
# Written by tests/corpus/blind739/make.py; expected results come from each
# email's meaning alone, written before the reader was run on this set."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        # non-ASCII display names and subjects go out RFC 2047-encoded, as mailers send them
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind739", HEADER, CASES)


if __name__ == "__main__":
    main()
