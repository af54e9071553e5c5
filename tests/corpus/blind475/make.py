#!/usr/bin/env python3
"""Blind set 475: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering (often informally),
plus CSV attachments and plain-text tables.

    python3 tests/corpus/blind475/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind475"


def enc(s):
    """RFC 2047 for a header value holding non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
BX = [
    "https://boxdrop.example/f/7Kq2mX9aLp",          # 0
    "https://boxdrop.example/f/Qw83nZ0rTe",          # 1
    "https://boxdrop.example/f/b1Yh6sUe4D",          # 2
    "https://boxdrop.example/f/Mz5vC2kR8g",          # 3
    "https://boxdrop.example/f/tR4eW9qP1o",          # 4
    "https://boxdrop.example/f/Hn2jK7xB3c",          # 5
    "https://boxdrop.example/folder/9pLm3Vt6Ws",     # 6
    "https://boxdrop.example/folder/Ez1qA5yU0n",     # 7
    "https://dl.boxdrop.example/get/4412087/archive_part1.rar",  # 8
    "https://dl.boxdrop.example/get/4412088/archive_part2.rar",  # 9
    "https://boxdrop.example/f/Gc8sN4hJ2v",          # 10
    "https://boxdrop.example/f/Uo6dF3mL7y",          # 11
    "https://boxdrop.example/f/Xa0bR5tK9i?dl=1",     # 12
    "https://boxdrop.example/f/Vr7eZ1cQ4w",          # 13
]
PH = [
    "http://lucky-win-777.example.com/",
    "http://lucky-win-777.example.com/join.php",
    "https://kr-pharma-direct.example.net/shop/item/302",
    "https://sunnyside-blog.example.org/2024/08/post-14.html",
    "https://203.0.113.45/~mirror/index.html",
]
GM = [
    "https://gaemaru.example/bbs/free/88213",
    "https://gaemaru.example/bbs/free/88240",
    "https://gaemaru.example/bbs/humor/5531",
    "https://gaemaru.example/bbs/%EC%9E%A5%ED%84%B0/1207",
]
GM_RAW3 = "https://gaemaru.example/bbs/장터/1207"  # as people write it
IB = [
    "https://inkboard.example/b/res/204417.html",
    "https://inkboard.example/b/res/204502.html",
    "https://img.inkboard.example/src/1725431822915.jpg",
]
ES = [
    "https://cdn-kr7.edgeshield.example/assets/v2/banner_0912.webm",
    "https://toto-king.example.net/event/daily",
]
DM = [
    "http://casino-hanbang.example/",
    "http://casino-hanbang2.example/",
]
PC = ["https://pastecave.example/raw/e8Tq41Zk"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "boxdrop", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     BX, "obscenity", "req-240902-01@kcsc.example",
     'file links and two folders, "archive" parts 1-2'),
    ("KCSC-240903-02", "pinehost", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     PH, "drugs", "req-240903-02@kcsc.example", "sites hosted on PineHost servers"),
    ("KCSC-240904-03", "gaemaru", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00",
     GM, "defamation", "req-240904-03@kcsc.example", "forum posts"),
    ("KCSC-240905-04", "inkboard", "2024-09-05T14:10:00+09:00", "2024-09-12T23:59:59+09:00",
     IB, "obscenity", "req-240905-04@kcsc.example", "two threads and one image"),
    ("KCSC-240906-05", "edgeshield", "2024-09-06T10:20:00+09:00", "2024-09-13T23:59:59+09:00",
     ES, "gambling", "req-240906-05@kcsc.example", "CDN asset and proxied site"),
    ("KCSC-240909-06", "dotmarket", "2024-09-09T09:05:00+09:00", "2024-09-16T23:59:59+09:00",
     DM, "gambling", "req-240909-06@kcsc.example", "domains registered at Dotmarket"),
    ("KCSC-240910-07", "pastecave", "2024-09-10T16:45:00+09:00", "2024-09-17T23:59:59+09:00",
     PC, "personal_data", "req-240910-07@kcsc.example", "one paste"),
]
REQ = {r[0]: r for r in REQUESTS}
PLATFORM_NAMES = {"boxdrop": "Boxdrop", "pinehost": "PineHost", "gaemaru": "개마루",
                  "inkboard": "Inkboard", "edgeshield": "EdgeShield",
                  "dotmarket": "Dotmarket", "pastecave": "Pastecave"}
SENT_LABEL = {
    "KCSC-240902-01": ("Mon, Sep 2, 2024 at 10:00 AM", "Monday, September 2, 2024 10:00 AM"),
    "KCSC-240903-02": ("Tue, Sep 3, 2024 at 11:30 AM", "Tuesday, September 3, 2024 11:30 AM"),
    "KCSC-240904-03": ("Wed, Sep 4, 2024 at 9:40 AM", "Wednesday, September 4, 2024 9:40 AM"),
    "KCSC-240905-04": ("Thu, Sep 5, 2024 at 2:10 PM", "Thursday, September 5, 2024 2:10 PM"),
    "KCSC-240906-05": ("Fri, Sep 6, 2024 at 10:20 AM", "Friday, September 6, 2024 10:20 AM"),
    "KCSC-240909-06": ("Mon, Sep 9, 2024 at 9:05 AM", "Monday, September 9, 2024 9:05 AM"),
    "KCSC-240910-07": ("Tue, Sep 10, 2024 at 4:45 PM", "Tuesday, September 10, 2024 4:45 PM"),
}


def shown(url):
    return GM_RAW3 if url == GM[3] else url


def req_subject(ref):
    n = len(REQ[ref][4])
    return f"[{ref}] Request for removal of unlawful content ({n} item{'s' if n > 1 else ''})"


def req_text(ref):
    r = REQ[ref]
    lines = [
        f"Dear {PLATFORM_NAMES[r[1]]} team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "block the content below, which is unlawful under Korean law",
        f"(reference {ref}).",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {shown(u)}")
    lines += [
        "",
        f"Please tell us what action was taken by {r[3][:10]}.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def gmail_quote(ref):
    return (f"On {SENT_LABEL[ref][0]} KCSC Takedown <takedown@kcsc.example> wrote:\n"
            + "\n".join(("> " + l) if l else ">" for l in req_text(ref)))


def outlook_quote(ref):
    return ("-----Original Message-----\n"
            "From: KCSC Takedown <takedown@kcsc.example>\n"
            f"Sent: {SENT_LABEL[ref][1]}\n"
            f"To: abuse@{REQ[ref][1]}.example\n"
            f"Subject: {req_subject(ref)}\n\n"
            + "\n".join(req_text(ref)))


def re_subj(ref):
    return "Re: " + req_subject(ref)


def rid(ref):
    return REQ[ref][6].split("@")[0]


cases = []


def case(**kw):
    cases.append(kw)


# ====================================================== Boxdrop (file host)
R = "KCSC-240902-01"

case(name="boxdrop-dash-list-mixed", date="Wed, 04 Sep 2024 16:12:40 +0200",
     **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello KCSC,

Thanks for your notice ({R}). Here is where we are with the links so far:

- {BX[0]} – removed
- {BX[1]} – removed
- {BX[2]} – no such file. This ID has never existed on Boxdrop, it may be mistyped.
- {BX[3]} – removed
- {BX[4]} – removed, and the uploader's account is terminated
- {BX[5]} – the uploader had already deleted this file himself on 1 September
- {BX[10]} – removed

The other links are still with our team and we will write again once we
are done.

Best regards,
Jonas
Boxdrop Abuse Team
""",
     outcome="applied",
     imitates="file-host abuse desk reply with a dash list, one status per link",
     why="seven links each with an unhedged status; 'still with our team' leaves the rest pending",
     items={BX[0]: "removed", BX[1]: "removed", BX[2]: "not_found", BX[3]: "removed",
            BX[4]: "removed", BX[5]: "not_found", BX[10]: "removed"})

csv_full = "\r\n".join([
    "file_url,action,action_date,comment",
    f"{BX[0]},deleted,2024-09-05,",
    f"{BX[1]},deleted,2024-09-05,",
    f"{BX[2]},not found,,no file with this ID",
    f"{BX[3]},deleted,2024-09-05,",
    f"{BX[4]},deleted,2024-09-05,uploader banned",
    f"{BX[5]},deleted,2024-09-05,",
    f"{BX[6]},folder disabled,2024-09-05,all files inside disabled",
    f"{BX[7]},folder disabled,2024-09-05,all files inside disabled",
    f"{BX[8]},deleted,2024-09-05,",
    f"{BX[9]},deleted,2024-09-05,",
    f"{BX[10]},no action,,\"public-domain scan, not in breach of our Terms\"",
    f"{BX[11]},not found,,removed by the uploader before our review",
    f"{BX[12]},in review,,",
    f"{BX[13]},deleted,2024-09-05,",
]) + "\r\n"
case(name="boxdrop-csv-attachment-full", date="Thu, 05 Sep 2024 18:03:11 +0200",
     **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
     subject=re_subj(R), reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_bx_full_5501"

--=_bx_full_5501
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

please find attached the outcome for each link of your notice {R}.
One file is still in review; we will update you on it separately.

Kind regards,
Boxdrop Abuse Team

--=_bx_full_5501
Content-Type: text/csv; charset=utf-8; name="{R}_results.csv"
Content-Disposition: attachment; filename="{R}_results.csv"
Content-Transfer-Encoding: base64

{b64(csv_full)}
--=_bx_full_5501--
""",
     outcome="applied",
     imitates="abuse desk exporting its ticket results as a CSV attachment",
     why="CSV row per link: deleted / folder disabled -> removed, not found -> not_found, "
         "no action with reason -> rejected, in review stays pending",
     items={BX[0]: "removed", BX[1]: "removed", BX[2]: "not_found", BX[3]: "removed",
            BX[4]: "removed", BX[5]: "removed", BX[6]: "removed", BX[7]: "removed",
            BX[8]: "removed", BX[9]: "removed", BX[10]: "rejected", BX[11]: "not_found",
            BX[12]: "pending", BX[13]: "removed"})

case(name="boxdrop-headings-urls-below", date="Fri, 06 Sep 2024 09:44:02 +0200",
     **{"from": "jonas.w@boxdrop.example"}, name_from="Jonas Weber",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hi,

Folders disabled (none of the files inside can be downloaded any more):
{BX[6]}
{BX[7]}

We could not find anything at:
{BX[11]}

Jonas
""",
     outcome="applied",
     imitates="informal abuse-desk reply grouping bare URLs under a status heading",
     why="two folders under 'disabled' heading -> removed; one URL under 'could not find' -> not_found",
     items={BX[6]: "removed", BX[7]: "removed", BX[11]: "not_found"})

html_tbl = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Below is the result of our review of notice {R}.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Reported link</th><th>Result</th></tr>
<tr><td>{BX[8]}</td><td>Removed</td></tr>
<tr><td>{BX[9]}</td><td>Removed</td></tr>
<tr><td>{BX[12]}</td><td>File not found</td></tr>
<tr><td>{BX[13]}</td><td>Removed</td></tr>
</table>
<p>Our policy on unlawful content: <a href="https://boxdrop.example/legal/terms">https://boxdrop.example/legal/terms</a></p>
<p>Boxdrop Trust &amp; Safety</p>
</body></html>
"""
case(name="boxdrop-html-table-qp", date="Fri, 06 Sep 2024 13:20:55 +0200",
     **{"from": "trust@boxdrop.example"}, name_from="Boxdrop Trust & Safety",
     subject=re_subj(R), reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_tbl)}
""",
     outcome="applied",
     imitates="trust & safety HTML results table (quoted-printable)",
     why="table rows: three Removed, one File not found; the terms link is no item",
     items={BX[8]: "removed", BX[9]: "removed", BX[12]: "not_found", BX[13]: "removed"})

case(name="boxdrop-oneliner-over-gmail-quote", date="Sat, 07 Sep 2024 22:51:30 +0200",
     **{"from": "marc@boxdrop.example"}, name_from="Marc",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Gone: {BX[10]} and {BX[11]}, uploader banned as well.

{gmail_quote(R)}
""",
     outcome="applied",
     imitates="one-line reply from an admin top-posted over a Gmail quote of the request",
     why="two named links gone; the 14 URLs in the quote are the regulator's own and stay pending",
     items={BX[10]: "removed", BX[11]: "removed", BX[0]: "pending", BX[13]: "pending"})

case(name="boxdrop-echoed-report-no-violation", date="Mon, 09 Sep 2024 08:15:47 +0200",
     **{"from": "noreply@boxdrop.example"}, name_from="Boxdrop",
     subject=f"Decision on your report BX-R-88412 ({R})",
     body=f"""
Hello,

We have reviewed the report you sent us.

  Report ID:      BX-R-88412
  Reported URL:   {BX[13]}
  Reason given:   Unlawful content (Korean law)
  Reporter:       KCSC Takedown Desk

Our decision: we did not find a breach of the Boxdrop Terms of Service.
The file stays online.

If you disagree with this decision you can appeal at
https://boxdrop.example/appeals within 6 months.

Boxdrop Trust & Safety
""",
     outcome="applied",
     imitates="report-decision notice echoing the report fields (DSA-style statement to the notifier)",
     why="the echoed report names one URL and the decision keeps it online -> rejected",
     items={BX[13]: "rejected"})

case(name="boxdrop-outlook-toppost-geoblock", date="Tue, 10 Sep 2024 11:02:19 +0200",
     **{"from": "l.varga@boxdrop.example"}, name_from="Lena Varga",
     subject="RE: " + req_subject(R), reply_to_req=rid(R),
     body=f"""
Hello,

An update on your request: the two archive parts
({BX[8]}, {BX[9]}) were removed this morning.

{BX[3]} is now blocked for visitors from Korea only, because the file is
lawful in the uploader's country.

Best,
Lena Varga | Legal Operations | Boxdrop

{outlook_quote(R)}
""",
     outcome="applied",
     imitates="Outlook top-post over an '-----Original Message-----' quote",
     why="archive parts removed; one file blocked for Korea only -> restricted; quoted request ignored",
     items={BX[8]: "removed", BX[9]: "removed", BX[3]: "restricted", BX[0]: "pending"})

csv_semi = "\ufeff" + "\r\n".join([
    "Link;Result;Date",
    f"{BX[0]};removed;05.09.2024",
    f"{BX[3]};removed;05.09.2024",
    f"{BX[5]};not available (deleted by the user);",
    f"{BX[13]};geo-blocked (KR);06.09.2024",
]) + "\r\n"
case(name="boxdrop-semicolon-csv-excel", date="Wed, 11 Sep 2024 15:36:08 +0200",
     **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
     subject=f"{R} – status", reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_Part_2291_bx"

------=_Part_2291_bx
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi, status of four links from {R} in the attached sheet.
Regards, Boxdrop Abuse

------=_Part_2291_bx
Content-Type: text/csv; name="status.csv"
Content-Disposition: attachment; filename="status.csv"
Content-Transfer-Encoding: base64

{b64(csv_semi)}
------=_Part_2291_bx--
""",
     outcome="applied",
     imitates="Excel-exported CSV (BOM, semicolons, CRLF) attached to a short note",
     why="removed x2, deleted by the user -> not_found, geo-blocked KR -> restricted",
     items={BX[0]: "removed", BX[3]: "removed", BX[5]: "not_found", BX[13]: "restricted"})

case(name="boxdrop-bulk-all-taken-down", date="Thu, 05 Sep 2024 10:11:00 +0200",
     **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello,

All files listed in your notice {R} have been taken down and the
account that uploaded them has been closed.

Regards,
Boxdrop Abuse Team
""",
     outcome="review", review="bulk",
     imitates="abuse desk one-paragraph 'all reported files removed' reply",
     why="a statement about all 14 items naming none of them: bulk, items stay pending",
     items={BX[0]: "pending", BX[13]: "pending"})

case(name="boxdrop-new-report-channel", date="Thu, 12 Sep 2024 12:00:00 +0200",
     **{"from": "support@boxdrop.example"}, name_from="Boxdrop Support",
     subject="How to send abuse reports to Boxdrop",
     body="""
Hello,

From 1 October 2024 we will only accept abuse reports through our web form
at https://boxdrop.example/report or by email to abuse@boxdrop.example.
Messages sent to support@boxdrop.example about abuse may be answered
late. Our guidelines for authorities are at
https://boxdrop.example/legal/authorities.

Thank you,
Boxdrop Support
""",
     outcome="review", review="no_claims",
     imitates="help-desk notice about a new abuse-report channel",
     why="trusted Boxdrop mail naming no item and no request; help links are not items",
     items={})

csv_review = "\r\n".join([
    "url,status,updated",
    f"{BX[1]},under review,2024-09-06",
    f"{BX[2]},under review,2024-09-06",
    f"{BX[4]},under review,2024-09-06",
    f"{BX[8]},under review,2024-09-06",
]) + "\r\n"
case(name="boxdrop-csv-all-under-review", date="Fri, 06 Sep 2024 17:45:30 +0200",
     **{"from": "abuse@boxdrop.example"}, name_from="Boxdrop Abuse Team",
     subject=re_subj(R), reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: multipart/mixed; boundary="bx-review-0906"

--bx-review-0906
Content-Type: text/plain; charset=utf-8

Hello, the current status of the links we are working on is attached.

--bx-review-0906
Content-Type: text/csv; name="current_status.csv"
Content-Disposition: attachment; filename="current_status.csv"
Content-Transfer-Encoding: base64

{b64(csv_review)}
--bx-review-0906--
""",
     outcome="review", review="not_understood",
     imitates="CSV status export in which every row is still 'under review'",
     why="names four requested links but states only 'under review': no status, a person should look",
     items={BX[1]: "pending", BX[2]: "pending", BX[4]: "pending", BX[8]: "pending"})

case(name="boxdrop-ticket-receipt", date="Mon, 02 Sep 2024 10:04:12 +0200",
     **{"from": "noreply@boxdrop.example"}, name_from="Boxdrop Abuse",
     subject=f"[BX-20240902-1187] We have received your report ({R})",
     reply_to_req=rid(R),
     body="""
Thank you for contacting Boxdrop Abuse.

Your report has been received and given ticket number BX-20240902-1187.
Our team usually answers within 72 hours. You do not need to send the
report again; if you want to add information, reply to this email and
keep the ticket number in the subject.

This is an automated message.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt (auto-acknowledgement with ticket number)",
     why="pure acknowledgement, no statement about any item",
     items={})

# ====================================================== PineHost (hosting)
R = "KCSC-240903-02"

case(name="pinehost-ticket-update-suspended", date="Wed, 04 Sep 2024 07:31:44 +0000",
     **{"from": "support@helpdesk.pinehost.example"}, name_from="PineHost Support",
     subject=f"[Ticket #PH-558201] Abuse report {R}", reply_to_req=rid(R),
     body=f"""
##- Please type your reply above this line -##

Your ticket #PH-558201 has been updated.

----------------------------------------------
Daniel K. (PineHost Abuse Team), Sep 4, 2024, 07:31 UTC

Hello,

We have suspended the hosting account behind lucky-win-777.example.com.
Both pages now show our suspension notice:

{PH[0]}
{PH[1]}

The other addresses in your report belong to different customers and
are being handled in separate tickets.

Daniel
----------------------------------------------

You can view the ticket at https://helpdesk.pinehost.example/tickets/558201
""",
     outcome="applied",
     imitates="Zendesk-style ticket update from a hosting provider's abuse team",
     why="account suspended, both pages named -> removed; others handled elsewhere stay pending",
     items={PH[0]: "removed", PH[1]: "removed", PH[2]: "pending"})

case(name="pinehost-removed-and-kept-prose", date="Thu, 05 Sep 2024 14:09:27 +0000",
     **{"from": "abuse@pinehost.example"}, name_from="PineHost Abuse",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello,

After we forwarded your notice, the customer running kr-pharma-direct took
the product page {PH[2]} offline; we checked and it now returns 404.

As for {PH[3]}, we read the post: it is a commentary quoting a news
report and it does not breach our Acceptable Use Policy
(https://pinehost.example/legal/aup). We will not ask the customer to
remove it.

Regards,
Sofia
PineHost Abuse Desk
""",
     outcome="applied",
     imitates="hosting abuse desk prose reply: one page taken offline, one kept with reason",
     why="page taken offline -> removed; post kept because it breaks no rule -> rejected",
     items={PH[2]: "removed", PH[3]: "rejected"})

case(name="pinehost-ip-not-our-network", date="Thu, 05 Sep 2024 16:40:03 +0000",
     **{"from": "noc@pinehost.example"}, name_from="PineHost NOC",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hi,

re {PH[4]} – 203.0.113.45 is not in our address space and we have no
customer or server on it, so we cannot locate anything of ours there.
The RIR whois should tell you who holds that range.

-- 
PineHost Network Operations
""",
     outcome="applied",
     imitates="NOC one-paragraph reply: the IP is not on our network",
     why="the host cannot locate the item on its network -> not_found",
     items={PH[4]: "not_found"})

case(name="pinehost-base64-case-closed", date="Fri, 06 Sep 2024 09:12:51 +0000",
     **{"from": "abuse@pinehost.example"}, name_from="PineHost Abuse",
     subject=f"Case PH-558377 closed ({R})", reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Hello,

Case PH-558377 is now closed.

The customer removed the following page:
  {PH[2]}

We disabled the following site ourselves, since the customer did not
answer within 24 hours:
  {PH[3]}

PineHost Abuse Desk
''')}
""",
     outcome="applied",
     imitates="abuse case-closed notice sent with a base64 text body",
     why="one page removed by the customer, one site disabled by the host: both removed",
     items={PH[2]: "removed", PH[3]: "removed"})

tbl = f"""
Hello KCSC,

Summary for {R}:

URL                                                      | Action taken              | Date
---------------------------------------------------------+---------------------------+-----------
{PH[0]:<57}| Account suspended         | 2024-09-05
{PH[1]:<57}| Account suspended         | 2024-09-05
{PH[2]:<57}| Removed by customer       | 2024-09-06
{PH[3]:<57}| No action (no AUP breach) | -
{PH[4]:<57}| Not on our network        | -

Regards,
PineHost Abuse Desk
"""
case(name="pinehost-plaintext-table", date="Sat, 07 Sep 2024 10:55:19 +0000",
     **{"from": "abuse@pinehost.example"}, name_from="PineHost Abuse",
     subject=re_subj(R), reply_to_req=rid(R), body=tbl,
     outcome="applied",
     imitates="plain-text summary table pasted by an abuse desk",
     why="one row per URL: suspended x2 and removed -> removed; no action -> rejected; not our network -> not_found",
     items={PH[0]: "removed", PH[1]: "removed", PH[2]: "removed", PH[3]: "rejected",
            PH[4]: "not_found"})

case(name="pinehost-forwarded-will-suspend", date="Wed, 04 Sep 2024 03:18:40 +0000",
     **{"from": "abuse@pinehost.example"}, name_from="PineHost Abuse",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello,

We have passed your complaint on to the customer who hosts
{PH[0]} and {PH[1]}.
They have 48 hours to answer. If the content is still there after that,
we will suspend the account.

PineHost Abuse Desk
""",
     outcome="review", review="not_understood",
     imitates="hosting provider 'forwarded to customer, 48 hours to respond' reply",
     why="only a forward and a conditional promise: no status, items pending",
     items={PH[0]: "pending", PH[1]: "pending"})

case(name="pinehost-out-of-office", date="Tue, 03 Sep 2024 11:31:05 +0000",
     **{"from": "daniel.k@pinehost.example"}, name_from="Daniel Kim",
     subject="Automatic reply: " + req_subject(R), reply_to_req=rid(R),
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""
Hello,

I am out of the office until 16 September and read email only now and
then. Abuse reports are handled by abuse@pinehost.example while I am away.

Daniel
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook 'Automatic reply' out-of-office",
     why="out-of-office auto-reply",
     items={})

# ====================================================== Gaemaru (Korean forum)
R = "KCSC-240904-03"

case(name="gaemaru-admin-oneliner", date="Wed, 04 Sep 2024 21:14:33 +0900",
     **{"from": "admin@gaemaru.example"}, name_from=enc("개마루 운영자"),
     subject=enc("Re: " + req_subject(R)), reply_to_req=rid(R),
     body=f"""
{GM[0]} 삭제했습니다. 나머지 글은 확인 중입니다.
""",
     outcome="applied",
     imitates="small Korean forum admin's one-line reply",
     why="one named post deleted -> removed; 'the rest are being checked' leaves the others pending",
     items={GM[0]: "removed", GM[1]: "pending", GM[2]: "pending", GM[3]: "pending"})

case(name="gaemaru-korean-result-table", date="Thu, 05 Sep 2024 10:02:47 +0900",
     **{"from": "admin@gaemaru.example"}, name_from=enc("개마루 운영팀"),
     subject=enc(f"[{R}] 시정요구 조치결과 회신"), reply_to_req=rid(R),
     body=f"""
방송통신심의위원회 담당자님께,

요청하신 건({R})에 대한 조치 결과를 아래와 같이 회신드립니다.

연번 | URL | 조치 결과 | 비고
1 | {GM[0]} | 게시중단 | 운영정책 위반
2 | {GM[1]} | 삭제 | 운영정책 위반
3 | {GM[2]} | 임시조치(30일) | 권리침해 신고 접수
4 | {GM_RAW3} | 해당 게시물 없음 | 작성자 자진 삭제

감사합니다.
개마루 운영팀 드림
""",
     outcome="applied",
     imitates="Korean 시정요구 조치결과 table returned by a small community site",
     why="게시중단/삭제 -> removed, 임시조치 -> restricted, 게시물 없음(작성자 삭제) -> not_found; raw Korean path matches",
     items={GM[0]: "removed", GM[1]: "removed", GM[2]: "restricted", GM[3]: "not_found"})

case(name="gaemaru-korean-particles", date="Thu, 05 Sep 2024 13:27:09 +0900",
     **{"from": "mod.hana@gaemaru.example"}, name_from=enc("하나 (개마루 운영진)"),
     subject=enc("Re: " + req_subject(R)), reply_to_req=rid(R),
     body=f"""
안녕하세요, 개마루 운영진입니다.

{GM[2]}은 블라인드 처리했고요, {GM[1]} 은 내용을 확인해 보니 회원들끼리의
일반적인 말다툼이라 운영정책 위반이 아니어서 그대로 두었습니다.

확인 부탁드립니다.
""",
     outcome="applied",
     imitates="Korean forum moderator's prose reply, URLs directly followed by particles",
     why="블라인드 처리 -> removed; kept because no policy breach -> rejected",
     items={GM[2]: "removed", GM[1]: "rejected"})

gm_html = f"""<div style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 개마루 운영팀입니다.</p>
<p>신고하신 게시물 중 <a href="{GM[3]}">{GM_RAW3}</a> 은(는) 성인 인증을 마친 회원만 볼 수 있도록 접근 제한 처리하였습니다.</p>
<p><a href="{GM[1]}">{GM[1]}</a> 은(는) 삭제하였습니다.</p>
<p>운영정책: <a href="https://gaemaru.example/policy">https://gaemaru.example/policy</a></p>
<p>감사합니다.</p>
</div>
"""
case(name="gaemaru-html-qp-age-gate", date="Fri, 06 Sep 2024 11:48:21 +0900",
     **{"from": "admin@gaemaru.example"}, name_from=enc("개마루 운영팀"),
     subject=enc("Re: " + req_subject(R)), reply_to_req=rid(R),
     raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(gm_html)}
""",
     outcome="applied",
     imitates="Korean HTML notice (quoted-printable): 성인 인증 접근 제한 and 삭제",
     why="access limited to verified adults -> restricted; deleted -> removed; policy link is no item",
     items={GM[3]: "restricted", GM[1]: "removed"})

case(name="gaemaru-fullwidth-punctuation", date="Sat, 07 Sep 2024 00:35:50 +0900",
     **{"from": "admin@gaemaru.example"}, name_from=enc("개마루 운영자"),
     subject=enc("Re: " + req_subject(R)), reply_to_req=rid(R),
     body=f"""
아래 두 게시물은 운영자 삭제했습니다。
・{GM[0]}，{GM[1]}（두 건 모두 같은 작성자）
작성자 계정은 30일 이용 정지했습니다。
""",
     outcome="applied",
     imitates="Korean admin reply typed with full-width punctuation",
     why="운영자 삭제 of both named posts -> removed",
     items={GM[0]: "removed", GM[1]: "removed"})

case(name="gaemaru-under-review-korean", date="Thu, 05 Sep 2024 09:15:02 +0900",
     **{"from": "admin@gaemaru.example"}, name_from=enc("개마루 운영팀"),
     subject=enc("Re: " + req_subject(R)), reply_to_req=rid(R),
     body=f"""
안녕하세요, 개마루 운영팀입니다.

신고해 주신 {GM[2]} 건은 현재 운영진이 검토하고 있으며,
위반 사항이 확인되면 삭제할 예정입니다. 처리 결과는 다시 알려드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="Korean 'under review, will delete if confirmed' reply",
     why="검토 중 + 삭제할 예정: a promise under a condition, no status",
     items={GM[2]: "pending"})

dsn_orig = "\n".join(req_text(R))
case(name="gaemaru-dsn-user-unknown", date="Wed, 04 Sep 2024 09:40:31 +0900",
     **{"from": "MAILER-DAEMON@mail.gaemaru.example"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4WkQ2x.gm"

--DSN.4WkQ2x.gm
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.gaemaru.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<admin@gaemaru.example>: host mail.gaemaru.example[local] said:
    550 5.1.1 <admin@gaemaru.example>: Recipient address rejected:
    User unknown in local recipient table

--DSN.4WkQ2x.gm
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gaemaru.example
Arrival-Date: Wed,  4 Sep 2024 09:40:29 +0900

Final-Recipient: rfc822; admin@gaemaru.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local recipient table

--DSN.4WkQ2x.gm
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: admin@gaemaru.example
Subject: {req_subject(R)}
Date: Wed, 04 Sep 2024 09:40:00 +0900
Message-ID: <{REQ[R][6]}>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--DSN.4WkQ2x.gm--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (550 user unknown) returning the request with its URLs",
     why="a bounce; the URLs are in our own returned message",
     items={})

# ====================================================== Inkboard (image board)
R = "KCSC-240905-04"

case(name="inkboard-janitor-lowercase", date="Thu, 05 Sep 2024 19:02:14 +0000",
     **{"from": "janitors@inkboard.example"}, name_from="inkboard janitors",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
pruned both threads {IB[0]} {IB[1]} and purged the image
{IB[2]} from the file store, poster is banned.

- j
""",
     outcome="applied",
     imitates="image-board janitor's informal lowercase reply",
     why="threads pruned and image purged: all three removed",
     items={IB[0]: "removed", IB[1]: "removed", IB[2]: "removed"})

case(name="inkboard-status-below-url", date="Fri, 06 Sep 2024 02:44:39 +0000",
     **{"from": "abuse@inkboard.example"}, name_from="Inkboard Abuse",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
{IB[0]}
-> deleted, thread 404s now

{IB[2]}
-> file was already gone when we looked, the uploader deleted their post

--
inkboard abuse
""",
     outcome="applied",
     imitates="bare URL with the status on the line below, arrow style",
     why="thread deleted -> removed; image already deleted by its uploader -> not_found",
     items={IB[0]: "removed", IB[2]: "not_found"})

case(name="inkboard-angle-brackets-wrapped", date="Fri, 06 Sep 2024 08:20:00 +0000",
     **{"from": "ops@inkboard.example"}, name_from="Inkboard Ops",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello,

We looked at the thread
<{IB[1]}> and are leaving it up: it is a
discussion of a news story and no rule of ours is broken by it.

The image <{IB[2]}> had already been
deleted by the person who posted it before your report reached us.

Inkboard Ops
""",
     outcome="applied",
     imitates="Outlook-wrapped reply with URLs in angle brackets",
     why="thread kept, breaks no rule -> rejected; image deleted by its author earlier -> not_found",
     items={IB[1]: "rejected", IB[2]: "not_found"})

case(name="inkboard-numbered-mixed", date="Sat, 07 Sep 2024 13:05:44 +0000",
     **{"from": "abuse@inkboard.example"}, name_from="Inkboard Abuse",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hi KCSC,

Results for {R}:

1. {IB[0]}
   Deleted.
2. {IB[1]}
   Not deleted. It is a news discussion thread and does not break the board rules.
3. {IB[2]}
   Moved to our 18+ board; it can now only be opened by logged-in users who
   confirmed they are adults.

Rules: https://inkboard.example/rules

Inkboard Abuse
""",
     outcome="applied",
     imitates="numbered results list with the decision under each URL",
     why="deleted -> removed; not deleted with reason -> rejected; 18+ gate -> restricted",
     items={IB[0]: "removed", IB[1]: "rejected", IB[2]: "restricted"})

case(name="inkboard-dkim-fail", date="Fri, 06 Sep 2024 05:12:27 +0000",
     **{"from": "mod@inkboard.example"}, name_from="Inkboard Mod", auth="fail",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
hi, all three are gone now:
{IB[0]}
{IB[1]}
{IB[2]}
""",
     outcome="review", review="untrusted",
     imitates="moderator reply from the board's domain failing DKIM/SPF/DMARC",
     why="platform domain but authentication fails: nothing applied",
     items={IB[0]: "pending", IB[1]: "pending", IB[2]: "pending"})

case(name="inkboard-hedged-maybe", date="Thu, 05 Sep 2024 23:58:10 +0000",
     **{"from": "janitors@inkboard.example"}, name_from="inkboard janitors",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
i think another jannie already took down {IB[0]}? the mod log is a mess
right now, will double check tomorrow and get back to you
""",
     outcome="review", review="not_understood",
     imitates="informal janitor reply, unsure whether the thread is gone",
     why="'i think ... ?' and 'will double check': a hedge, no status",
     items={IB[0]: "pending"})

case(name="inkboard-read-receipt", date="Thu, 05 Sep 2024 14:22:03 +0000",
     **{"from": "abuse@inkboard.example"}, name_from="Inkboard Abuse",
     subject="Read: " + req_subject(R),
     raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-ib-0905"

--mdn-ib-0905
Content-Type: text/plain; charset=utf-8

Your message

  To: abuse@inkboard.example
  Subject: {req_subject(R)}
  Sent: Thu, 5 Sep 2024 14:10:00 +0900

was displayed on Thu, 5 Sep 2024 14:22:03 +0000. There is no guarantee
that the message has been read or understood.

--mdn-ib-0905
Content-Type: message/disposition-notification

Reporting-UA: inkboard.example; Thunderbird 115.14.0
Final-Recipient: rfc822;abuse@inkboard.example
Original-Message-ID: <{REQ[R][6]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-ib-0905--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Thunderbird MDN (displayed)",
     why="read receipt",
     items={})

# ====================================================== EdgeShield (CDN)
R = "KCSC-240906-05"

case(name="edgeshield-passthrough-and-storage", date="Sat, 07 Sep 2024 01:16:58 +0000",
     **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     subject=f"EdgeShield abuse report 7741203 ({R})", reply_to_req=rid(R),
     body=f"""
Hello,

Thank you for your report. We looked at both URLs.

1) {ES[1]}
This website uses EdgeShield only as a pass-through proxy. We do not host
it and cannot remove content from it. We have sent your complaint to its
hosting provider and to the site owner; EdgeShield will take no action
on this URL itself.

2) {ES[0]}
This file was stored on EdgeShield Storage. We have deleted it and purged
it from our cache.

About our abuse process: https://edgeshield.example/trust/abuse

EdgeShield Trust & Safety
""",
     outcome="applied",
     imitates="Cloudflare-style reply: pass-through site not hosted (forwarded), hosted asset removed",
     why="stored file deleted -> removed; the CDN refuses to act on the proxied site and says why -> rejected",
     items={ES[0]: "removed", ES[1]: "rejected"})

case(name="edgeshield-country-block", date="Mon, 09 Sep 2024 06:40:12 +0000",
     **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     subject=f"Re: EdgeShield abuse report 7741203 ({R})", reply_to_req=rid(R),
     body=f"""
Hello,

Following your notice {R}, we have applied a country block at our edge:
{ES[1]} can no longer be reached from IP addresses in the Republic of
Korea. Visitors in other countries are not affected.

EdgeShield Trust & Safety
""",
     outcome="applied",
     imitates="CDN geo-block notice (country block at the edge)",
     why="blocked for Korea only -> restricted",
     items={ES[1]: "restricted"})

case(name="edgeshield-about-boxdrop-file", date="Tue, 10 Sep 2024 18:22:31 +0000",
     **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     subject="Your abuse report about a boxdrop.example file",
     body=f"""
Hello,

The file {BX[0]} is delivered through our network on
behalf of Boxdrop. We have blocked it at our edge, so it can no longer be
downloaded through EdgeShield.

EdgeShield Trust & Safety
""",
     outcome="review", review="wrong_platform",
     imitates="CDN reply about a file hosted by one of its customers",
     why="EdgeShield states a status for a Boxdrop item: not its own platform",
     items={BX[0]: "pending"})

case(name="edgeshield-bulk-both-blocked", date="Mon, 09 Sep 2024 03:05:44 +0000",
     **{"from": "abuse@edgeshield.example"}, name_from="EdgeShield Trust & Safety",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hello,

Both URLs you reported under {R} are now blocked at our edge for all
visitors.

EdgeShield Trust & Safety
""",
     outcome="review", review="bulk",
     imitates="short CDN confirmation covering the whole report",
     why="'both URLs' without naming them for a two-item request: bulk",
     items={ES[0]: "pending", ES[1]: "pending"})

case(name="edgeshield-ooo-chuseok", date="Fri, 13 Sep 2024 09:00:07 +0900",
     **{"from": "kr-trust@edgeshield.example"}, name_from="EdgeShield Korea Trust",
     subject=enc("[자동 응답] 부재 중 / Out of office: " + req_subject(R)),
     reply_to_req=rid(R),
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""
안녕하세요. 추석 연휴로 9월 13일부터 18일까지 부재 중입니다.
19일부터 순차적으로 답변드리겠습니다. 급한 건은 abuse@edgeshield.example 로
보내 주세요.

I am away for the Chuseok holidays from 13 to 18 September and will answer
from the 19th. For urgent matters, write to abuse@edgeshield.example.
""",
     outcome="ignored", classification="auto_reply",
     imitates="bilingual Korean/English out-of-office for the Chuseok holidays",
     why="out-of-office auto-reply",
     items={})

# ====================================================== Dotmarket (registrar)
R = "KCSC-240909-06"

case(name="dotmarket-clienthold-and-not-ours", date="Tue, 10 Sep 2024 15:27:36 +0000",
     **{"from": "abuse@dotmarket.example"}, name_from="Dotmarket Abuse Desk",
     subject=f"[DM-ABU-240909-0042] {R}", reply_to_req=rid(R),
     body=f"""
Hello,

{DM[0]}
The domain casino-hanbang.example has been placed on clientHold and no
longer resolves.

{DM[1]}
casino-hanbang2.example is not registered with Dotmarket; we have no record
of this domain in our system. The registrar of record is listed in the
public WHOIS/RDAP.

Dotmarket Abuse Desk
""",
     outcome="applied",
     imitates="registrar abuse reply: clientHold for one domain, 'not our registration' for the other",
     why="domain on hold and no longer resolving -> removed; no record of the domain -> not_found",
     items={DM[0]: "removed", DM[1]: "not_found"})

case(name="dotmarket-asks-for-documents", date="Mon, 09 Sep 2024 17:48:02 +0000",
     **{"from": "abuse@dotmarket.example"}, name_from="Dotmarket Abuse Desk",
     subject=f"[DM-ABU-240909-0042] {R} – information needed", reply_to_req=rid(R),
     body=f"""
Hello,

As a registrar we do not host websites and we do not judge whether content
is lawful. Before we can consider any action on the domain behind
{DM[0]} we need:

  1. the legal provision or decision the request relies on, in English;
  2. screenshots showing the unlawful content, with the date they were taken.

Please reply to this email with the documents, keeping the case number in
the subject.

Dotmarket Abuse Desk
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="registrar asking for a legal basis and evidence before acting",
     why="the registrar asks for documents; nothing done yet",
     items={DM[0]: "pending"})

case(name="dotmarket-auto-ack-echo", date="Mon, 09 Sep 2024 00:06:11 +0000",
     **{"from": "noreply@dotmarket.example"}, name_from="Dotmarket",
     subject=f"Abuse report received – case DM-ABU-240909-0042 ({R})",
     reply_to_req=rid(R),
     body=f"""
Your abuse report has been received.

Case ID:   DM-ABU-240909-0042
Category:  Illegal content
Reported URLs:
  {DM[0]}
  {DM[1]}

Our abuse team answers reports within two business days. Please keep the
case ID in the subject of any follow-up.

This mailbox is not monitored.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="registrar auto-acknowledgement echoing the reported URLs",
     why="pure receipt; the URLs are only our report echoed back",
     items={})

# ====================================================== Pastecave (paste site)
R = "KCSC-240910-07"

case(name="pastecave-nuked-it", date="Wed, 11 Sep 2024 00:12:45 +0200",
     **{"from": "marek@pastecave.example"}, name_from="Marek",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
nuked it, sorry for the slow reply

-- 
marek / pastecave

{gmail_quote(R)}
""",
     outcome="applied",
     imitates="one-person paste site admin answering in two words over the quoted request",
     why="the only statement, answering a one-item request in its thread -> removed",
     items={PC[0]: "removed"})

case(name="pastecave-owner-from-gmail", date="Wed, 11 Sep 2024 08:30:19 +0200",
     **{"from": "marek.pastecave@gmail.com"}, name_from="Marek",
     subject=re_subj(R), reply_to_req=rid(R),
     body=f"""
Hi, I run pastecave in my spare time, writing from my personal address.
I deleted {PC[0]} last night.

Marek
""",
     outcome="review", review="unknown_sender",
     imitates="hobby site operator replying from a personal webmail address",
     why="the sender is no platform's domain: a person checks it",
     items={PC[0]: "pending"})

case(name="pastecave-bounce-mailbox-full", date="Tue, 10 Sep 2024 09:46:02 +0000",
     **{"from": "postmaster@pastecave.example"}, name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Failure)",
     raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000022c7a1pc"

--00000000000022c7a1pc
Content-Type: text/plain; charset=utf-8

Your message to abuse@pastecave.example could not be delivered.
The recipient's mailbox is full and cannot accept messages now.

--00000000000022c7a1pc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.pastecave.example

Final-Recipient: rfc822; abuse@pastecave.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--00000000000022c7a1pc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pastecave.example
Subject: {req_subject(R)}
Date: Tue, 10 Sep 2024 16:45:00 +0900
Message-ID: <{REQ[R][6]}>

--00000000000022c7a1pc--
""",
     outcome="ignored", classification="bounce",
     imitates="DSN 552 mailbox full with the original headers",
     why="a bounce",
     items={})


HEADER = """# Blind set 475 (hosts, CDN, registrar, forums, image board, file host, paste site).
# Written from each email's meaning before any run of the reader.
# Generated by make.py: edit the case list there, not this file.
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


if __name__ == "__main__":
    write_requests()
    for c in cases:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
