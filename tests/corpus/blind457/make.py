#!/usr/bin/env python3
"""Blind set 457: hosting providers, a CDN, a registrar, an image board, a
Korean forum, a file host and a paste service answering the regulator,
often informally, with CSV attachments and plain-text tables.

    python3 tests/corpus/blind457/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails.
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

# ---------------------------------------------------------------- requests

FC = [
    "https://filecrate.io/f/Qm7tR2xa",
    "https://filecrate.io/f/Lp3vN8kd",
    "https://filecrate.io/f/Zx9wE4cu",
    "https://filecrate.io/f/Hb6yT1ro",
    "https://filecrate.io/f/Wd2kM5pe",
    "https://filecrate.io/f/Nc8sJ3ql",
    "https://filecrate.io/f/Ty4gB7vh",
    "https://filecrate.io/f/Ra1fX6mz",
    "https://filecrate.io/f/Ue5hK9dn",
    "https://filecrate.io/f/Vj7pC2sw",
    "https://filecrate.io/d/album-88213",
    "https://filecrate.io/d/album-90457",
    "https://dl.filecrate.io/f/Ok3bD8ty?dl=1",
]
HV = [
    "https://rxmall.hostvale.site/shop/diet-30",
    "https://rxmall.hostvale.site/shop/diet-60",
    "https://casino-bonus777.hostvale.site/",
    "https://loan-quick.hostvale.site/apply?ref=kc",
]
EV = [
    "https://toonpass-mirror.example/ep/33012",
    "https://toonpass-mirror.example/ep/33013",
    "https://betzone-kr.example/",
]
NK = [
    "http://gov-kr-refund.example/",
    "https://drug-kr-direct.example/",
]
MC = [
    "https://mokochan.org/b/res/551023.html",
    "https://mokochan.org/b/res/551090.html",
    "https://mokochan.org/kr/res/88412.html",
    "https://mokochan.org/kr/res/88419.html",
    "https://i.mokochan.org/src/1725500012345.jpg",
]
# Korean paths: stored percent-encoded, written raw in the emails.
DB_RAW = [
    "https://dalbitforum.kr/자유게시판/20931",
    "https://dalbitforum.kr/자유게시판/21044",
    "https://dalbitforum.kr/gallery/photo/7781",
]
DB = [quote(u, safe=":/?=&") for u in DB_RAW]
PW = ["https://pastewell.io/p/k8Fz2Lq9"]

REQUESTS = [
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     FC, "copyright", "req-240902-01@kcsc.example", "file-host links, mirrored webtoon archives"),
    ("KCSC-240903-02", "hostvale", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     HV, "illegal_trade", "req-240903-02@kcsc.example", "customer sites: drugs, gambling, lending"),
    ("KCSC-240904-03", "edgeveil", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     EV, "copyright", "req-240904-03@kcsc.example", "sites behind the CDN; origin unknown"),
    ("KCSC-240905-04", "namekite", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     NK, "fraud", "req-240905-04@kcsc.example", "phishing \"refund\" domain, drug shop"),
    ("KCSC-240906-05", "mokochan", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     MC, "obscenity", "req-240906-05@kcsc.example", "threads, one image file"),
    ("KCSC-240909-06", "dalbit", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     DB, "defamation", "req-240909-06@kcsc.example", "forum posts, 1 gallery photo"),
    ("KCSC-240910-07", "pastewell", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     PW, "privacy", "req-240910-07@kcsc.example", "personal data dump, one paste"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers

def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii")


R = {
    "fc": "req-240902-01", "hv": "req-240903-02", "ev": "req-240904-03",
    "nk": "req-240905-04", "mc": "req-240906-05", "db": "req-240909-06",
    "pw": "req-240910-07",
}

CASES = []


def enc(s):
    """RFC 2047-encode a non-ASCII header value, as real mailers do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    for key in ("name_from", "subject"):
        if key in kw:
            kw[key] = enc(kw[key])
    CASES.append(kw)


# ================================================================ FileCrate

case(
    name="fc-abuse-oneliner-two-urls",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Tue, 03 Sep 2024 02:14:51 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
both gone, uploader banned.
https://filecrate.io/f/Qm7tR2xa
https://filecrate.io/f/Lp3vN8kd

--
mk / FileCrate abuse
""",
    outcome="applied", classification="confirmation",
    imitates="one-line abuse-desk reply from a small file host (admin writing from the abuse alias)",
    why="'both gone' followed by exactly two URLs: both deleted",
    items={FC[0]: "removed", FC[1]: "removed"},
)

FC_CSV = """url,result,comment
https://filecrate.io/f/Qm7tR2xa,deleted,
https://filecrate.io/f/Lp3vN8kd,deleted,
https://filecrate.io/f/Zx9wE4cu,deleted,uploader banned
https://filecrate.io/f/Hb6yT1ro,not found,already removed by uploader before review
https://filecrate.io/f/Wd2kM5pe,deleted,
https://filecrate.io/f/Nc8sJ3ql,geo-blocked (KR),still available outside South Korea
https://filecrate.io/f/Ty4gB7vh,deleted,
https://filecrate.io/f/Ra1fX6mz,deleted,
https://filecrate.io/f/Ue5hK9dn,no action,"licensed trailer, uploaded by the rights holder; no violation"
https://filecrate.io/f/Vj7pC2sw,deleted,
https://filecrate.io/d/album-88213,folder disabled,all 41 files inside deleted
https://filecrate.io/d/album-90457,folder disabled,
https://dl.filecrate.io/f/Ok3bD8ty?dl=1,not found,invalid link - no such file id
"""

case(
    name="fc-csv-attachment-all-links",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    date="Wed, 04 Sep 2024 08:40:03 +0000",
    subject="Outcome of your notice KCSC-240902-01",
    reply_to_req=R["fc"],
    raw_mime="""
Content-Type: multipart/mixed; boundary="fc-b1-7781"

--fc-b1-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have finished processing your notice KCSC-240902-01 (13 links). The
result for each link is in the attached spreadsheet.

Regards,
Legal team, FileCrate

--fc-b1-7781
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

""" + b64(FC_CSV) + """
--fc-b1-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host legal team answering a takedown notice with a per-link CSV result sheet",
    why="CSV row per link: deleted / folder disabled -> removed, geo-blocked (KR) -> restricted, no action with no violation -> rejected, not found / invalid link -> not_found",
    items={
        FC[0]: "removed", FC[1]: "removed", FC[2]: "removed", FC[3]: "not_found",
        FC[4]: "removed", FC[5]: "restricted", FC[6]: "removed", FC[7]: "removed",
        FC[8]: "rejected", FC[9]: "removed", FC[10]: "removed", FC[11]: "removed",
        FC[12]: "not_found",
    },
)

case(
    name="fc-plaintext-table",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Tue, 03 Sep 2024 07:05:44 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Hi,

checked the first batch, results below.

LINK                                    RESULT
--------------------------------------  ----------------------------
https://filecrate.io/f/Zx9wE4cu         deleted
https://filecrate.io/f/Hb6yT1ro         deleted
https://filecrate.io/f/Wd2kM5pe         not found (no such file)
https://filecrate.io/d/album-88213      folder disabled, files deleted

The rest are still with the team, you'll hear from us.

FileCrate abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk pasting a fixed-width plain-text result table",
    why="four rows, each with its result; the remaining links are only promised an answer and stay pending",
    items={FC[2]: "removed", FC[3]: "removed", FC[4]: "not_found", FC[10]: "removed"},
)

case(
    name="fc-bulk-all-removed",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    date="Thu, 05 Sep 2024 01:12:09 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Dear KCSC team,

All of the files listed in your notice KCSC-240902-01 have been removed
from our service and the uploading accounts have been terminated.

Kind regards,
FileCrate Legal
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="file-host legal reply confirming a whole notice in one sentence",
    why="one statement about all thirteen links without naming any: bulk, every item pending",
    items={u: "pending" for u in FC},
)

FC_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Please find below the status of the links from your request KCSC-240902-01 that our team reviewed today.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Link</th><th>Status</th></tr>
<tr><td>1</td><td><a href="https://filecrate.io/f/Wd2kM5pe">https://filecrate.io/f/Wd2kM5pe</a></td><td>Removed</td></tr>
<tr><td>2</td><td><a href="https://filecrate.io/f/Nc8sJ3ql">https://filecrate.io/f/Nc8sJ3ql</a></td><td>Removed</td></tr>
<tr><td>3</td><td><a href="https://filecrate.io/f/Ty4gB7vh">https://filecrate.io/f/Ty4gB7vh</a></td><td>Unavailable in South Korea</td></tr>
<tr><td>4</td><td><a href="https://filecrate.io/f/Vj7pC2sw">https://filecrate.io/f/Vj7pC2sw</a></td><td>Not located &ndash; link invalid</td></tr>
</table>
<p>For questions about our policies see <a href="https://filecrate.io/legal/copyright">https://filecrate.io/legal/copyright</a>.</p>
<p>FileCrate Trust &amp; Safety</p>
</body></html>
"""

case(
    name="fc-html-table-qp",
    **{"from": "trust@filecrate.io"}, name_from="FileCrate Trust & Safety",
    date="Thu, 05 Sep 2024 09:31:27 +0000",
    subject="Status update - KCSC-240902-01",
    reply_to_req=R["fc"],
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(FC_HTML),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety HTML status table (quoted-printable) with a policy link in the footer",
    why="table rows: Removed x2, Unavailable in South Korea -> restricted, Not located/link invalid -> not_found; the policy link is no item",
    items={FC[4]: "removed", FC[5]: "removed", FC[6]: "restricted", FC[9]: "not_found"},
)

case(
    name="fc-url-on-next-line-angle",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Fri, 06 Sep 2024 03:48:19 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Hello again,

The following folder has been disabled and every file in it deleted:
<https://filecrate.io/d/album-90457>

This direct-download link does not point to any file on our storage, the
id was never issued:
<https://dl.filecrate.io/f/Ok3bD8ty?dl=1>

Best,
Jonas
FileCrate abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk prose with each URL in angle brackets on the line below its statement",
    why="folder disabled and files deleted -> removed; id never issued -> not_found",
    items={FC[11]: "removed", FC[12]: "not_found"},
)

case(
    name="fc-promise-queued",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    date="Tue, 03 Sep 2024 00:20:37 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Hi,

thanks. These two are queued for deletion and will be gone within 24h
once the storage job runs:

https://filecrate.io/f/Ra1fX6mz
https://filecrate.io/f/Ue5hK9dn

Will confirm the others separately.

mk
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse desk promising a scheduled deletion",
    why="'queued for deletion and will be gone' is a promise, not a statement: items stay pending",
    items={FC[7]: "pending", FC[8]: "pending"},
)

case(
    name="fc-ticket-receipt",
    **{"from": "support@filecrate.io"}, name_from="FileCrate Support",
    date="Mon, 02 Sep 2024 01:02:55 +0000",
    subject="[FC-55120] We received your request",
    reply_to_req=R["fc"],
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: FC-55120"],
    body="""
Hello,

Your request has been received and a ticket has been opened:

  Ticket:  FC-55120
  Queue:   Copyright / Abuse
  Status:  Open

Our team usually answers within 2 business days. Please keep the ticket
number in the subject line if you write to us again.

You can follow your ticket at https://help.filecrate.io/tickets/FC-55120

-- FileCrate Support (this message was sent automatically)
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (ticket opened, queue, status Open)",
    why="pure receipt of the notice, nothing about any link; the ticket page is no item",
    items={},
)

case(
    name="fc-forged-auth-fail",
    **{"from": "abuse@filecrate.io"}, name_from="FileCrate Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 13:55:02 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    body="""
Hello,

We confirm that the following files were deleted:

https://filecrate.io/f/Zx9wE4cu
https://filecrate.io/f/Hb6yT1ro
https://filecrate.io/f/Ty4gB7vh

FileCrate abuse team
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="abuse-desk confirmation arriving with failed DKIM/SPF/DMARC",
    why="claims to be filecrate.io but authentication failed: untrusted, nothing applied",
    items={FC[2]: "pending", FC[3]: "pending", FC[6]: "pending"},
)

case(
    name="fc-gmail-quoted-reply",
    **{"from": "dana.k@filecrate.io"}, name_from="Dana Kowalczyk",
    date="Fri, 06 Sep 2024 10:17:40 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Hi,

I removed https://filecrate.io/f/Nc8sJ3ql and https://filecrate.io/f/Ra1fX6mz.

The third one you flagged, https://filecrate.io/f/Ue5hK9dn, is a
promotional trailer uploaded by the studio itself. It doesn't infringe
anything, so we're leaving it up.

Dana
FileCrate content team

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear FileCrate,
>
> Under our reference KCSC-240902-01 we request the removal of the
> following links:
>
> https://filecrate.io/f/Qm7tR2xa
> https://filecrate.io/f/Lp3vN8kd
> https://filecrate.io/f/Nc8sJ3ql
> https://filecrate.io/f/Ra1fX6mz
> https://filecrate.io/f/Ue5hK9dn
> https://filecrate.io/d/album-88213
>
> Please reply with the action taken for each link.
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's Gmail reply top-posted over the quoted request",
    why="two removed, the trailer refused as non-infringing -> rejected; links only in the quoted request stay pending",
    items={FC[5]: "removed", FC[7]: "removed", FC[8]: "rejected",
           FC[0]: "pending", FC[1]: "pending", FC[10]: "pending"},
)

case(
    name="fc-geo-block-korea",
    **{"from": "legal@filecrate.io"}, name_from="FileCrate Legal",
    date="Sat, 07 Sep 2024 05:26:13 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of file links",
    reply_to_req=R["fc"],
    body="""
Dear Sir or Madam,

Having reviewed the two files below against Korean law as set out in your
notice, we have restricted access to them for visitors from the Republic
of Korea. They remain available in other countries, where they are not
unlawful.

  * https://filecrate.io/f/Ty4gB7vh
  * https://filecrate.io/f/Vj7pC2sw

Sincerely,
FileCrate Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file host withholding content in one country (country-withheld notice)",
    why="restricted for visitors from Korea, available elsewhere: both restricted",
    items={FC[6]: "restricted", FC[9]: "restricted"},
)

# ================================================================ Hostvale

case(
    name="hv-abuse-top-posted-quote",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse Department",
    date="Wed, 04 Sep 2024 06:33:21 +0000",
    subject="RE: [KCSC-240903-02] Illegal content on sites hosted by Hostvale [HV-ABUSE #88790]",
    reply_to_req=R["hv"],
    body="""
Hello,

Update on this complaint:

- https://rxmall.hostvale.site/shop/diet-30 - page deleted by our customer after our notice
- https://rxmall.hostvale.site/shop/diet-60 - page deleted by our customer after our notice
- https://casino-bonus777.hostvale.site/ - hosting account suspended by us, the site is offline

Regards,
Pieter
Hostvale Abuse Department

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: abuse@hostvale.net
Subject: [KCSC-240903-02] Illegal content on sites hosted by Hostvale

Dear Hostvale,

The following sites on your network carry content that is illegal in the
Republic of Korea (reference KCSC-240903-02):

https://rxmall.hostvale.site/shop/diet-30
https://rxmall.hostvale.site/shop/diet-60
https://casino-bonus777.hostvale.site/
https://loan-quick.hostvale.site/apply?ref=kc

We ask you to remove it and to tell us what was done.
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse department reply over an Outlook-quoted original",
    why="two pages deleted, one account suspended/site offline -> removed; loan-quick only in the quoted request stays pending",
    items={HV[0]: "removed", HV[1]: "removed", HV[2]: "removed", HV[3]: "pending"},
)

case(
    name="hv-customer-dispute-rejected",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse Department",
    date="Fri, 06 Sep 2024 02:10:48 +0000",
    subject="RE: [KCSC-240903-02] Illegal content on sites hosted by Hostvale [HV-ABUSE #88790]",
    reply_to_req=R["hv"],
    body="""
Hello,

Regarding https://loan-quick.hostvale.site/apply?ref=kc: our customer sent
us a copy of its lending broker licence, and after looking at the page we
find nothing there that breaks our Acceptable Use Policy. We will not take
any action against this site; the page stays online. If a court or a
competent authority orders otherwise we will of course comply.

AUP: https://www.hostvale.net/legal/aup

Regards,
Pieter
Hostvale Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining a complaint after the customer's counter-statement",
    why="no AUP breach, no action, page stays online: rejected (the court-order sentence is a general condition, not a promise about the item); AUP link is no item",
    items={HV[3]: "rejected"},
)

case(
    name="hv-one-line-suspended",
    **{"from": "noc@hostvale.net"}, name_from="Hostvale NOC",
    date="Wed, 04 Sep 2024 00:03:11 +0000",
    subject="Re: [KCSC-240903-02] Illegal content on sites hosted by Hostvale",
    reply_to_req=R["hv"],
    body="""
https://casino-bonus777.hostvale.site/ -> account suspended, vhost disabled.

-- 
Hostvale NOC (sent from mobile)
""",
    outcome="applied", classification="confirmation",
    imitates="NOC engineer's one-line reply: URL, arrow, action",
    why="account suspended, vhost disabled: the site is down everywhere -> removed",
    items={HV[2]: "removed"},
)

case(
    name="hv-forwarded-to-customer",
    **{"from": "abuse@hostvale.net"}, name_from="Hostvale Abuse Department",
    date="Tue, 03 Sep 2024 04:45:00 +0000",
    subject="RE: [KCSC-240903-02] Illegal content on sites hosted by Hostvale [HV-ABUSE #88790]",
    reply_to_req=R["hv"],
    body="""
Hello,

Thank you for your report. We have forwarded it to the customer who runs
these sites:

https://rxmall.hostvale.site/shop/diet-30
https://rxmall.hostvale.site/shop/diet-60

The customer has 48 hours to remove the material. If they do not, we will
suspend the hosting account and let you know.

Regards,
Hostvale Abuse Department
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hosting provider forwarding a complaint to its customer with a deadline",
    why="forwarded to the customer, removal only conditional/future: no statement, items pending; names items so not a mere acknowledgement",
    items={HV[0]: "pending", HV[1]: "pending"},
)

case(
    name="hv-out-of-office",
    **{"from": "p.devries@hostvale.net"}, name_from="Pieter de Vries",
    date="Tue, 03 Sep 2024 01:00:14 +0000",
    subject="Automatic reply: [KCSC-240903-02] Illegal content on sites hosted by Hostvale",
    reply_to_req=R["hv"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 9 September with limited access to
email. For abuse reports please write to abuse@hostvale.net, which is
monitored around the clock.

Pieter de Vries
Hostvale
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

HV_B64 = """Thank you for contacting Hostvale Abuse.

Ticket #HV-88812 has been updated.

  Status:        Resolved
  Action taken:  The page https://loan-quick.hostvale.site/apply?ref=kc
                 was removed by the customer on 2024-09-09 and the
                 application form is no longer online.

Reply to this email to add a comment to the ticket.

Hostvale Abuse Department
https://www.hostvale.net/abuse
"""

case(
    name="hv-ticket-update-base64",
    **{"from": "tickets@hostvale.net"}, name_from="Hostvale Abuse Desk",
    date="Mon, 09 Sep 2024 11:52:36 +0000",
    subject="[HV-88812] Ticket resolved - KCSC-240903-02",
    reply_to_req=R["hv"],
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(HV_B64),
    outcome="applied", classification="confirmation",
    imitates="ticket-system update (base64 body) with status Resolved and the action taken",
    why="thank-you opening but an unhedged 'was removed' for the named page: removed",
    items={HV[3]: "removed"},
)

case(
    name="hv-dsn-delayed",
    **{"from": "MAILER-DAEMON@hostvale.net"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 05:00:02 +0000",
    subject="Delivery delayed: [KCSC-240903-02] Illegal content on sites hosted by Hostvale",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hv-3321"

--dsn-hv-3321
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.hostvale.net.

Your message could not be delivered yet to one recipient. The mail system
will keep trying for up to 5 days. You do not need to resend it.

<legal@hostvale.net>: connect to store3.hostvale.net[198.51.100.77]:25:
    Connection timed out

--dsn-hv-3321
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hostvale.net
Arrival-Date: Tue, 3 Sep 2024 10:00:09 +0900 (KST)

Final-Recipient: rfc822; legal@hostvale.net
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to store3.hostvale.net: Connection timed out
Will-Retry-Until: Sun, 8 Sep 2024 10:00:09 +0900 (KST)

--dsn-hv-3321
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@hostvale.net
Subject: [KCSC-240903-02] Illegal content on sites hosted by Hostvale
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 10:00:00 +0900

--dsn-hv-3321--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'delivery delayed' DSN (action: delayed)",
    why="delivery status notification, nothing about any item",
    items={},
)

# ================================================================ EdgeVeil (CDN)

case(
    name="cdn-not-the-host",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Wed, 04 Sep 2024 03:19:30 +0000",
    subject="Re: [KCSC-240904-03] Abuse report for sites on your network [EV-2024-330917]",
    reply_to_req=R["ev"],
    body="""
Hello,

EdgeVeil received your report about:

https://toonpass-mirror.example/ep/33012
https://toonpass-mirror.example/ep/33013

EdgeVeil provides pass-through security and caching services for this
website. We are not its hosting provider and we are not able to remove
content from the origin server. We have forwarded your report to the
website operator and to the hosting provider, Orchid Cloud Ltd
(abuse@orchidcloud.example), who are better placed to act on it.

You can find more about how we handle abuse at
https://www.edgeveil.net/trust/abuse-policy

EdgeVeil Trust & Safety
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="CDN 'we are not the host, report forwarded to hosting provider' reply",
    why="neither a removal nor a rule-based refusal: the CDN says it cannot act and passes the report on; a clerk leaves both pending and looks at it",
    items={EV[0]: "pending", EV[1]: "pending"},
)

case(
    name="cdn-geo-blocked-korea",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Fri, 06 Sep 2024 08:02:41 +0000",
    subject="Re: [KCSC-240904-03] Abuse report for sites on your network [EV-2024-330917]",
    reply_to_req=R["ev"],
    body="""
Hello,

Following the legal order in your report, EdgeVeil has blocked access from
IP addresses located in South Korea to the URLs below. Visitors from other
countries are not affected.

1. https://toonpass-mirror.example/ep/33012
2. https://toonpass-mirror.example/ep/33013

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN geo-blocking URLs for one country in response to a legal order",
    why="blocked for South Korean IPs only: both restricted",
    items={EV[0]: "restricted", EV[1]: "restricted"},
)

case(
    name="cdn-disabled-globally",
    **{"from": "abuse@edgeveil.net"}, name_from="EdgeVeil Trust & Safety",
    date="Thu, 05 Sep 2024 06:44:09 +0000",
    subject="Re: [KCSC-240904-03] Abuse report for sites on your network [EV-2024-330920]",
    reply_to_req=R["ev"],
    body="""
Hello,

We reviewed https://betzone-kr.example/ and found that the operator of
this website violates our Terms of Service. We have terminated our
services to the website and disabled it on our network for all visitors;
requests now receive an EdgeVeil error page.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN terminating service and disabling a site worldwide for a ToS breach",
    why="disabled on the network for all visitors: removed",
    items={EV[2]: "removed"},
)

case(
    name="cdn-lookalike-domain",
    **{"from": "support@edgeveil-support.com"}, name_from="EdgeVeil Support",
    date="Thu, 05 Sep 2024 12:15:55 +0000",
    subject="Re: [KCSC-240904-03] Abuse report for sites on your network",
    body="""
Dear KCSC,

All three sites from your report KCSC-240904-03 are now blocked:

https://toonpass-mirror.example/ep/33012
https://toonpass-mirror.example/ep/33013
https://betzone-kr.example/

To receive the full compliance report please confirm your account at our
partner portal.

EdgeVeil Support
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as the CDN's support",
    why="edgeveil-support.com is no domain of any platform: unknown sender, nothing applied",
    items={EV[0]: "pending", EV[1]: "pending", EV[2]: "pending"},
)

case(
    name="cdn-report-receipt",
    **{"from": "noreply@edgeveil.net"}, name_from="EdgeVeil",
    date="Wed, 04 Sep 2024 01:00:47 +0000",
    subject="Abuse report received [EV-2024-330917]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for submitting an abuse report to EdgeVeil.

Report ID: EV-2024-330917
Category:  Copyright
Submitted: 2024-09-04 01:00 UTC

We will review your report and contact you if we need more information.
Please do not reply to this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt with a report id",
    why="automatic receipt, no statement about any URL",
    items={},
)

case(
    name="cdn-outlook-quoted-mixed",
    **{"from": "m.osei@edgeveil.net"}, name_from="Mariam Osei",
    date="Mon, 09 Sep 2024 04:27:16 +0000",
    subject="RE: [KCSC-240904-03] Abuse report for sites on your network",
    reply_to_req=R["ev"],
    body="""
Hello,

After a second review we have disabled
https://toonpass-mirror.example/ep/33012 for all visitors worldwide.

https://toonpass-mirror.example/ep/33013 no longer exists - the origin
returns 404 for it and there is nothing in our cache.

Best regards,
Mariam Osei
EdgeVeil Trust & Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 10:00 AM
To: abuse@edgeveil.net
Subject: [KCSC-240904-03] Abuse report for sites on your network

Dear EdgeVeil,

Please remove or disable access to:

https://toonpass-mirror.example/ep/33012
https://toonpass-mirror.example/ep/33013
https://betzone-kr.example/

Reference: KCSC-240904-03
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety analyst's Outlook reply over the quoted request",
    why="33012 disabled worldwide -> removed; 33013 no longer exists -> not_found; betzone only quoted -> pending",
    items={EV[0]: "removed", EV[1]: "not_found", EV[2]: "pending"},
)

# ================================================================ NameKite (registrar)

case(
    name="reg-clienthold-bare-domain",
    **{"from": "abuse@namekite.com"}, name_from="NameKite Abuse",
    date="Thu, 05 Sep 2024 07:38:02 +0000",
    subject="Re: [KCSC-240905-04] Phishing and illegal drug sale domains [NK-ABU-61207]",
    reply_to_req=R["nk"],
    body="""
Hello,

Domain:  gov-kr-refund.example
Status:  clientHold
Action:  domain suspended for phishing; it no longer resolves

The registrant has been informed. Any request for the registrant's data
must go through our law-enforcement process.

NameKite Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply placing a phishing domain on clientHold",
    why="the requested item is the whole domain; suspended and no longer resolving -> removed (the other domain is not mentioned)",
    items={NK[0]: "removed", NK[1]: "pending"},
)

case(
    name="reg-content-not-our-role",
    **{"from": "abuse@namekite.com"}, name_from="NameKite Abuse",
    date="Fri, 06 Sep 2024 09:12:50 +0000",
    subject="Re: [KCSC-240905-04] Phishing and illegal drug sale domains [NK-ABU-61208]",
    reply_to_req=R["nk"],
    body="""
Hello,

We looked at https://drug-kr-direct.example/ . As a registrar we act on
DNS abuse (phishing, malware, botnets, pharming, spam). Website content
such as product listings is outside that scope and we found no DNS abuse
on this domain, so we are declining to suspend it. The domain remains
active. Please contact the hosting provider or send us a court order.

NameKite Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining a content complaint as not DNS abuse",
    why="explicit refusal with a reason, domain remains active: rejected",
    items={NK[1]: "rejected"},
)

case(
    name="reg-bounce-user-unknown",
    **{"from": "MAILER-DAEMON@namekite.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 01:00:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="nk-dsn-0905"

--nk-dsn-0905
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namekite.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@namekite.com>: host store.namekite.com[203.0.113.40] said: 550 5.1.1
    <abuse-kr@namekite.com>: Recipient address rejected: User unknown

--nk-dsn-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namekite.com

Final-Recipient: rfc822; abuse-kr@namekite.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--nk-dsn-0905
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@namekite.com
Subject: [KCSC-240905-04] Phishing and illegal drug sale domains
Message-ID: <req-240905-04@kcsc.example>
Date: Thu, 05 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

Dear NameKite,

Please suspend the following domains (reference KCSC-240905-04):

http://gov-kr-refund.example/
https://drug-kr-direct.example/

KCSC

--nk-dsn-0905--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' with the original request attached",
    why="hard bounce; the URLs are only in the returned original",
    items={},
)

# ================================================================ Mokochan (image board)

case(
    name="chan-admin-nuked",
    **{"from": "admin@mokochan.org"}, name_from="mokochan admin",
    date="Fri, 06 Sep 2024 14:41:09 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=R["mc"],
    body="""
nuked both threads and banned the poster's range.

https://mokochan.org/b/res/551023.html
https://mokochan.org/b/res/551090.html

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's informal lower-case reply",
    why="'nuked both threads' = deleted, the two thread URLs follow: removed",
    items={MC[0]: "removed", MC[1]: "removed"},
)

case(
    name="chan-janitor-mixed",
    **{"from": "janitors@mokochan.org"}, name_from="mokochan janitors",
    date="Sat, 07 Sep 2024 03:03:33 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=R["mc"],
    body="""
hi, went through your list for /kr/ and /b/:

* https://mokochan.org/b/res/551023.html - deleted
* https://mokochan.org/kr/res/88412.html - already 404, the thread got
  pruned off the board before we saw your mail, nothing to delete
* https://mokochan.org/kr/res/88419.html - leaving this one up. it's a
  repost of a news article and breaks no board rule

the image you listed is handled by another janitor.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's bulleted reply with mixed outcomes",
    why="deleted -> removed; already 404/pruned -> not_found; left up, breaks no rule -> rejected; the image is only handed on (pending)",
    items={MC[0]: "removed", MC[2]: "not_found", MC[3]: "rejected", MC[4]: "pending"},
)

case(
    name="chan-image-hash-banned",
    **{"from": "admin@mokochan.org"}, name_from="mokochan admin",
    date="Sat, 07 Sep 2024 09:20:58 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=R["mc"],
    body="""
The file https://i.mokochan.org/src/1725500012345.jpg has been deleted from
our storage and its hash added to the upload filter, so it can't be
reposted.

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin confirming file deletion plus hash ban",
    why="image deleted from storage: removed",
    items={MC[4]: "removed"},
)

case(
    name="chan-hedge-probably-gone",
    **{"from": "mod.sora@mokochan.org"}, name_from="sora",
    date="Sat, 07 Sep 2024 12:45:19 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=R["mc"],
    body="""
hey, I think the other mods already cleaned these up, they should be gone
by now:

https://mokochan.org/kr/res/88412.html
https://mokochan.org/kr/res/88419.html

can't check the mod log from my phone though. tell me if they're still up.

sora
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="volunteer moderator's hedged reply from a phone",
    why="'I think ... should be gone' is a hedge, not a statement: items pending",
    items={MC[2]: "pending", MC[3]: "pending"},
)

case(
    name="chan-about-filecrate-links",
    **{"from": "admin@mokochan.org"}, name_from="mokochan admin",
    date="Sun, 08 Sep 2024 06:10:27 +0000",
    subject="Re: [KCSC-240906-05] Removal request",
    reply_to_req=R["mc"],
    body="""
the thread on our side only linked out to a file host. we checked those
links and the files are deleted:

https://filecrate.io/f/Qm7tR2xa
https://filecrate.io/f/Lp3vN8kd

nothing of it was stored on mokochan.

- admin
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="image-board admin reporting on the file host's links",
    why="mokochan states statuses for FileCrate's items: wrong platform, nothing applied",
    items={FC[0]: "pending", FC[1]: "pending"},
)

case(
    name="chan-echoed-report",
    **{"from": "reports@mokochan.org"}, name_from="mokochan reports",
    date="Sun, 08 Sep 2024 11:30:00 +0000",
    subject="Report #20931 closed",
    reply_to_req=R["mc"],
    body="""
Your report has been closed.

  Report:        #20931
  Board:         /b/
  Reported post: https://mokochan.org/b/res/551090.html
  Reason given:  illegal content (KCSC-240906-05)
  Resolution:    Deleted by moderator
  Closed:        2024-09-08 11:29 UTC

Thanks for helping keep the board clean.
""",
    outcome="applied", classification="confirmation",
    imitates="board software's report-closed notice echoing the report fields",
    why="resolution 'Deleted by moderator' for the reported post: removed",
    items={MC[1]: "removed"},
)

# ================================================================ 달빛포럼 (Korean forum)

case(
    name="dalbit-deleted-list",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date="Mon, 09 Sep 2024 06:12:44 +0000",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=R["db"],
    body=f"""
안녕하세요, 달빛포럼 운영자입니다.

요청하신 게시물 2건은 확인 결과 운영정책 위반에 해당하여 모두 삭제 처리하였습니다.

- {DB_RAW[0]}
- {DB_RAW[1]}

작성자 계정은 30일 이용정지 조치하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 삭제 처리 reply with the post list",
    why="두 게시물 모두 삭제 처리, each listed by URL: both removed",
    items={DB[0]: "removed", DB[1]: "removed"},
)

case(
    name="dalbit-blind-and-temp-measure",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date="Tue, 10 Sep 2024 02:30:10 +0000",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=R["db"],
    body=f"""
안녕하세요.

{DB_RAW[0]} 은 블라인드 처리되어 더 이상 열람할 수 없습니다.

{DB_RAW[2]} 는 권리침해 신고 절차에 따라 30일간 임시조치하였습니다.

달빛포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum notice: 블라인드 처리 and 임시조치 (30일)",
    why="블라인드 -> removed; 임시조치 -> restricted; URLs followed by Korean particles",
    items={DB[0]: "removed", DB[2]: "restricted"},
)

case(
    name="dalbit-author-already-deleted",
    **{"from": "help@dalbitforum.kr"}, name_from="달빛포럼 고객센터",
    date="Mon, 09 Sep 2024 09:05:37 +0000",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=R["db"],
    body=f"""
안녕하세요, 달빛포럼 고객센터입니다.

문의하신 게시물（{DB_RAW[1]}）은 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk reply: post already deleted by its author (full-width parentheses)",
    why="작성자가 이미 삭제, 현재 존재하지 않음: not_found",
    items={DB[1]: "not_found"},
)

case(
    name="dalbit-promise-korean",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date="Mon, 09 Sep 2024 03:40:00 +0000",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=R["db"],
    body=f"""
안녕하세요. 보내주신 요청 잘 받았습니다.

{DB_RAW[2]} 게시물은 내부 검토 후 조치할 예정입니다.
결과는 처리되는 대로 다시 알려드리겠습니다.

달빛포럼 운영자
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean operator: 검토 후 조치할 예정",
    why="조치할 예정 is a promise: the named photo stays pending",
    items={DB[2]: "pending"},
)

case(
    name="dalbit-bulk-korean",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date="Wed, 11 Sep 2024 01:15:22 +0000",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청",
    reply_to_req=R["db"],
    body="""
안녕하세요.

KCSC-240909-06 건으로 요청하신 게시물은 전부 삭제 완료했습니다.

감사합니다.
달빛포럼 운영자
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Korean operator's one-sentence 전부 삭제 완료 reply",
    why="all posts of a three-item request deleted without naming any: bulk, items pending",
    items={u: "pending" for u in DB},
)

case(
    name="dalbit-read-receipt",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영자",
    date="Mon, 09 Sep 2024 01:22:18 +0000",
    subject="읽음: [KCSC-240909-06] 게시물 삭제 요청",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-db-0909"

--mdn-db-0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [KCSC-240909-06] 게시물 삭제 요청
읽은 시간: 2024-09-09 10:22 (KST)

--mdn-db-0909
Content-Type: message/disposition-notification

Reporting-UA: dalbitforum.kr; Webmail
Final-Recipient: rfc822; admin@dalbitforum.kr
Original-Message-ID: <req-240909-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-db-0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음)",
    why="read receipt",
    items={},
)

case(
    name="dalbit-out-of-office-korean",
    **{"from": "jiyoon@dalbitforum.kr"}, name_from="박지윤",
    date="Mon, 09 Sep 2024 01:00:31 +0000",
    subject="[자동응답] 부재중입니다",
    reply_to_req=R["db"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, 박지윤입니다.

9월 13일(금)까지 휴가로 부재중입니다. 급한 용무는 운영팀 대표메일
admin@dalbitforum.kr 로 연락 부탁드립니다.

※ 본 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

DB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 달빛포럼입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240909-06)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치 일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>{DB_RAW[0]}</td><td>삭제</td><td>2024.09.10</td></tr>
<tr><td>2</td><td>{DB_RAW[1]}</td><td>국내 접속 차단</td><td>2024.09.10</td></tr>
<tr><td>3</td><td>{DB_RAW[2]}</td><td>게시중단</td><td>2024.09.10</td></tr>
</tbody></table>
<p>달빛포럼 운영팀</p>
</body></html>
"""

case(
    name="dalbit-html-table-correction-result",
    **{"from": "admin@dalbitforum.kr"}, name_from="달빛포럼 운영팀",
    date="Tue, 10 Sep 2024 07:50:03 +0000",
    subject="[회신] 시정요구 조치 결과 (KCSC-240909-06)",
    reply_to_req=R["db"],
    raw_mime="""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(DB_HTML),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 HTML table (quoted-printable)",
    why="삭제 -> removed; 국내 접속 차단 -> restricted; 게시중단 -> removed",
    items={DB[0]: "removed", DB[1]: "restricted", DB[2]: "removed"},
)

# ================================================================ Pastewell (one item)

case(
    name="paste-done-no-url",
    **{"from": "hello@pastewell.io"}, name_from="Pastewell",
    date="Tue, 10 Sep 2024 05:33:47 +0000",
    subject="Re: [KCSC-240910-07] Removal of a paste containing personal data",
    reply_to_req=R["pw"],
    body="""
Done, the paste is deleted.

Tom (Pastewell - it's just two of us)
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service replying in one line to the request thread",
    why="a single unhedged statement answering a one-item request (thread and reference): removed",
    items={PW[0]: "removed"},
)

case(
    name="paste-does-not-exist",
    **{"from": "hello@pastewell.io"}, name_from="Pastewell",
    date="Wed, 11 Sep 2024 08:09:12 +0000",
    subject="Re: [KCSC-240910-07] Removal of a paste containing personal data",
    reply_to_req=R["pw"],
    body="""
Hi,

https://pastewell.io/p/k8Fz2Lq9 doesn't exist on our side, there is no
paste with that id in the database (not even a deleted one). Maybe a typo
in the id? Happy to look again if you have another link.

Tom
""",
    outcome="applied", classification="confirmation",
    imitates="small service's admin reporting an unknown paste id",
    why="no paste with that id: not_found; the typo question does not hedge the statement",
    items={PW[0]: "not_found"},
)

case(
    name="paste-asks-legal-basis",
    **{"from": "hello@pastewell.io"}, name_from="Pastewell",
    date="Tue, 10 Sep 2024 02:18:05 +0000",
    subject="Re: [KCSC-240910-07] Removal of a paste containing personal data",
    reply_to_req=R["pw"],
    body="""
Hi,

before we delete https://pastewell.io/p/k8Fz2Lq9 could you tell us which
law it breaks and which lines of the paste hold the personal data? We're
a tiny service outside Korea and need something in writing for our
records. Thanks.

Tom
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="small service asking for the legal basis before acting",
    why="asks for more information; nothing done yet: item pending",
    items={PW[0]: "pending"},
)

# ---------------------------------------------------------------- write

HEADER = """# Blind set 457 (tests/corpus/blind457/): hosting providers, a CDN, a
# registrar, an image board, a Korean forum, a file host and a paste service
# answering informally; CSV attachments and plain-text tables. Written by
# tests/corpus/blind457/make.py from each email's meaning alone, before any
# run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind457", HEADER, CASES)
