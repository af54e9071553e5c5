#!/usr/bin/env python3
"""Blind set 883 (focus 4): hosting providers, a CDN, a registrar, a forum,
an image board, a file host and a small Korean community board answering
informally, plus CSV attachments and plain-text tables.

Written from public notice patterns only, before any run of the reader.
Deterministic: `python3 tests/corpus/blind883/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
import zlib
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind883"


def pe(path):
    """Percent-encode a raw (possibly Korean) path the way it is stored."""
    return quote(path, safe="/@:?=&~.-_%")


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
DL = [
    "https://droplocker.io/f/Qm7xT2ka",
    "https://droplocker.io/f/Lp3vR8nw",
    "https://droplocker.io/f/Hc9bY4ue",
    "https://droplocker.io/f/Wd2nA6sj",
    "https://droplocker.io/f/Rt5kM1zq",
    "https://droplocker.io/f/Ny8gC3vb",
    "https://droplocker.io/f/Ex4pJ7hd",
    "https://droplocker.io/f/Ua6sF0lm",
    "https://droplocker.io/folder/Kk2dV9tw",
    "https://droplocker.io/folder/Bz7rG5yc",
    "https://droplocker.io/d/Zt81Kq0Pz/kr_casino_apk_v3_final_build_signed.apk",
    "https://droplocker.io/d/Mx44Hn2Lw/" + pe("유출_사진모음.zip"),
]
DL12_RAW = "https://droplocker.io/d/Mx44Hn2Lw/유출_사진모음.zip"
HN = [
    "https://luckyspin88.hostnest.site/",
    "https://luckyspin88.hostnest.site/join.php?ref=kr2",
    "http://203.0.113.45/~medshop/order.html",
    "https://bluepill-kr.hostnest.site/catalog/item-17",
]
TH = [
    "https://talkhub.org/t/selling-accounts-cheap/88213",
    "https://talkhub.org/t/selling-accounts-cheap/88213/14",
    "https://talkhub.org/t/kr-id-cards-service/90441",
    "https://talkhub.org/u/minjae_dealer",
    "https://talkhub.org/t/leaked-photos-part-2/91007",
]
CB = [
    "https://chanbox.net/kr/thread/552310",
    "https://chanbox.net/b/thread/1187702",
    "https://img.chanbox.net/kr/src/1726012345678.jpg",
]
MOA_RAW = [
    "https://moaboard.co.kr/free/48213",
    "https://moaboard.co.kr/gallery/도박/1029",
    "https://moaboard.co.kr/@불법판매상",
    "https://moaboard.co.kr/market/77120",
]
MOA = ["https://moaboard.co.kr" + pe(u[len("https://moaboard.co.kr"):]) for u in MOA_RAW]
RB = ["https://royalspin-casino.top/"]
ES = [
    "https://fastpill-kr.shop/product/17",
    "https://fastpill-kr.shop/product/23",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240903-01", "droplocker", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     DL, "illegal_files", "req-240903-01@kcsc.example", "file host, 10 files + 2 folders"),
    ("KCSC-240904-02", "hostnest", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     HN, "gambling_drugs", "req-240904-02@kcsc.example", "hosting provider, customer sites"),
    ("KCSC-240904-03", "talkhub", "2024-09-04T15:00:00+09:00", "2024-09-11T23:59:59+09:00",
     TH, "id_fraud", "req-240904-03@kcsc.example", "forum threads, a post and a user"),
    ("KCSC-240905-04", "chanbox", "2024-09-05T09:20:00+09:00", "2024-09-12T23:59:59+09:00",
     CB, "privacy", "req-240905-04@kcsc.example", "image board threads and a file"),
    ("KCSC-240906-05", "moaboard", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     MOA, "gambling", "req-240906-05@kcsc.example", "Korean community board"),
    ("KCSC-240909-06", "regibox", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     RB, "gambling", "req-240909-06@kcsc.example", "registrar, whole domain"),
    ("KCSC-240909-07", "edgeshield", "2024-09-09T16:45:00+09:00", "2024-09-16T23:59:59+09:00",
     ES, "drugs", "req-240909-07@kcsc.example", "CDN in front of a shop"),
]
REQ_BY_REF = {r[0]: r for r in REQUESTS}
REQ_MAIL = {
    "KCSC-240903-01": "abuse@droplocker.io",
    "KCSC-240904-02": "abuse@hostnest.net",
    "KCSC-240904-03": "admin@talkhub.org",
    "KCSC-240905-04": "janitors@chanbox.net",
    "KCSC-240906-05": "report@moaboard.co.kr",
    "KCSC-240909-06": "abuse@regibox.com",
    "KCSC-240909-07": "abuse@edgeshield.net",
}


def request_text(ref, raw_urls=None):
    """Our own request, as quoted back by platforms."""
    r = REQ_BY_REF[ref]
    urls = raw_urls or r[4]
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "following content breaches Korean law and asks you to remove it:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        f"Reference: {ref}. Please reply to this address with the action taken",
        "for each link.",
        "",
        "KCSC Takedown Team",
    ]
    return "\n".join(lines)


def gmail_quote(ref, when):
    body = request_text(ref)
    q = "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    return f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:\n{q}"


def outlook_quote(ref, sent):
    r = REQ_BY_REF[ref]
    return (
        "-----Original Message-----\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        f"Sent: {sent}\n"
        f"To: {REQ_MAIL[ref]}\n"
        f"Subject: [{ref}] Request for removal of illegal content\n\n"
        + request_text(ref)
    )


def req_subject(ref):
    return f"Re: [{ref}] Request for removal of illegal content"


def mid(ref):
    return REQ_BY_REF[ref][6].split("@")[0]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, msgid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===================== DropLocker (file host), KCSC-240903-01, 12 items
csv12 = "file_url,file_id,status,action_date,note\n" + "\n".join([
    f"{DL[0]},Qm7xT2ka,disabled,2024-09-06,Terms of Service violation",
    f"{DL[1]},Lp3vR8nw,disabled,2024-09-06,Terms of Service violation",
    f"{DL[2]},Hc9bY4ue,deleted,2024-09-06,uploader account closed",
    f"{DL[3]},Wd2nA6sj,not_found,2024-09-06,already deleted by uploader before review",
    f"{DL[4]},Rt5kM1zq,disabled,2024-09-06,Terms of Service violation",
    f"{DL[5]},Ny8gC3vb,no_action,2024-09-06,no violation found (public domain document)",
    f"{DL[6]},Ex4pJ7hd,disabled,2024-09-06,Terms of Service violation",
    f"{DL[7]},Ua6sF0lm,not_found,2024-09-06,no file with this id",
    f"{DL[8]},Kk2dV9tw,disabled,2024-09-06,folder and all 31 files disabled",
    f"{DL[9]},Bz7rG5yc,geo_blocked,2024-09-06,blocked for visitors from KR only",
    f"{DL[10]},Zt81Kq0Pz,disabled,2024-09-06,Terms of Service violation",
    f"{DL[11]},Mx44Hn2Lw,disabled,2024-09-06,Terms of Service violation",
]) + "\n"
case(
    name="dl-csv-attachment-all-12",
    date="Fri, 06 Sep 2024 08:14:22 +0000",
    **{"from": "trust-safety@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dl-7f3a"

--dl-7f3a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have finished reviewing the 12 links in your notice KCSC-240903-01.
The outcome for each link is in the attached spreadsheet, one row per
link (column "status").

Kind regards,
DropLocker Trust & Safety

--dl-7f3a
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: 7bit

{csv12}
--dl-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="file host Trust & Safety reply with a per-link CSV export attached",
    why="each row of the CSV gives the link's own outcome: disabled/deleted, not found, no action, geo-blocked for KR",
    items={DL[0]: "removed", DL[1]: "removed", DL[2]: "removed", DL[3]: "not_found",
           DL[4]: "removed", DL[5]: "rejected", DL[6]: "removed", DL[7]: "not_found",
           DL[8]: "removed", DL[9]: "restricted", DL[10]: "removed", DL[11]: "removed"},
)

case(
    name="dl-plain-text-table",
    date="Thu, 05 Sep 2024 23:40:03 +0000",
    **{"from": "abuse@droplocker.io"},
    name_from="DropLocker Abuse",
    subject=req_subject("KCSC-240903-01") + " (part 1)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

First batch of results for KCSC-240903-01 below. The other links are
still in the queue and will follow in a separate mail.

Link                                    Result
--------------------------------------  ---------------------------------
{DL[0]:<38}  removed
{DL[2]:<38}  removed
{DL[7]:<38}  file not found
{DL[8]:<38}  removed (folder + 31 files)
{DL[5]:<38}  no violation, stays online

Regards,
Marta
DropLocker abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with a fixed-width plain-text result table",
    why="five rows, each link with its result; the rest is announced as still queued",
    items={DL[0]: "removed", DL[2]: "removed", DL[7]: "not_found", DL[8]: "removed", DL[5]: "rejected"},
)

case(
    name="dl-bare-url-status-below",
    date="Sat, 07 Sep 2024 02:05:51 +0000",
    **{"from": "abuse@droplocker.io"},
    name_from="DropLocker Abuse",
    subject=req_subject("KCSC-240903-01") + " (part 2)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello again,

Remaining results:

{DL[4]}
Status: Disabled

{DL[6]}
Status: Disabled

{DL[9]}
Status: Not found

Marta / DropLocker abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply listing each bare link with a 'Status:' line below it",
    why="each bare URL is followed by its own status line",
    items={DL[4]: "removed", DL[6]: "removed", DL[9]: "not_found"},
)

semi = "\r\n".join([
    "Ticket;URL;Decision;Date",
    f"DL-448120;{DL[3]};Content removed;2024-09-11",
    f"DL-448120;{DL[1]};Content removed;2024-09-11",
    f"DL-448120;{DL[10]};Geo-blocked (KR);2024-09-11",
    f"DL-448120;{DL[7]};Rejected - no violation found;2024-09-11",
]) + "\r\n"
case(
    name="dl-semicolon-csv-base64",
    date="Wed, 11 Sep 2024 13:30:00 +0200",
    **{"from": "support@droplocker.io"},
    name_from="DropLocker Support",
    subject="[DL-448120] Decision on your report KCSC-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b64csv_01"

--=_b64csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear reporter,

Please find attached the decisions taken on ticket DL-448120.

DropLocker Support
https://droplocker.io/help/reporting

--=_b64csv_01
Content-Type: application/vnd.ms-excel; name="DL-448120.csv"
Content-Disposition: attachment; filename="DL-448120.csv"
Content-Transfer-Encoding: base64

{b64(semi)}
--=_b64csv_01--
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk export: semicolon-separated CSV (Excel MIME type) sent base64",
    why="four rows, each link with removed / geo-blocked (KR) / rejected; help link is not an item",
    items={DL[3]: "removed", DL[1]: "removed", DL[10]: "restricted", DL[7]: "rejected"},
)

case(
    name="dl-top-posted-gmail",
    date="Thu, 05 Sep 2024 06:12:40 +0000",
    **{"from": "sam.k@droplocker.io"},
    name_from="Sam Kowalczyk",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hi,

{DL[0]} - removed
{DL[1]} - removed

The rest of your list is still with the review team, I'll come back to
you on those.

Sam

{gmail_quote("KCSC-240903-01", "Tue, Sep 3, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the quoted request",
    why="two links named as removed above the quote; the 12 quoted links are our own text",
    items={DL[0]: "removed", DL[1]: "removed"},
)

case(
    name="dl-outlook-original-message",
    date="Mon, 09 Sep 2024 09:01:12 +0000",
    **{"from": "legal@droplocker.io"},
    name_from="DropLocker Legal",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Good morning,

Following our review:

1. {DL[2]} – deleted
2. {DL[6]} – this file no longer exists on our servers
3. {DL[5]} – reviewed; it is a freely distributed software installer and
   does not breach our Terms, so it remains available

Best regards,
Legal team, DropLocker

{outlook_quote("KCSC-240903-01", "Tuesday, September 3, 2024 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with numbered outcomes above an unprefixed '-----Original Message-----' block",
    why="three numbered links each with deleted / no longer exists / not in breach; the original request below is ours",
    items={DL[2]: "removed", DL[6]: "not_found", DL[5]: "rejected"},
)

qptext = f"""Hello,

Both download links below were disabled today and can no longer be
fetched:

{DL[10]}
{DL12_RAW}

Regards,
DropLocker Trust & Safety
"""
case(
    name="dl-qp-long-urls",
    date="Tue, 10 Sep 2024 04:44:09 +0000",
    **{"from": "trust-safety@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qptext)}
""",
    outcome="applied", classification="confirmation",
    imitates="quoted-printable reply whose long download URLs (one with a raw Korean file name) are soft-wrapped",
    why="two named download links, both disabled; the Korean file name matches its percent-encoded form",
    items={DL[10]: "removed", DL[11]: "removed"},
)

case(
    name="dl-promise-within-24h",
    date="Wed, 04 Sep 2024 01:10:00 +0000",
    **{"from": "abuse@droplocker.io"},
    name_from="DropLocker Abuse",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

Thanks for the notice. The files below will be taken down within 24 hours,
once a second reviewer has double-checked them:

{DL[3]}
{DL[4]}
{DL[6]}

We will confirm when done.

DropLocker abuse desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within 24 hours",
    why="only a promise ('will be taken down'); no statement of what was done",
    items={DL[3]: "pending", DL[4]: "pending", DL[6]: "pending"},
)

case(
    name="dl-bulk-all-disabled",
    date="Fri, 06 Sep 2024 17:22:31 +0000",
    **{"from": "trust-safety@droplocker.io"},
    name_from="DropLocker Trust & Safety",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""Hello,

We have disabled all files and folders reported in KCSC-240903-01 and
closed the uploader accounts concerned.

Kind regards,
DropLocker Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="one-sentence 'all reported content disabled' closure",
    why="one statement about all twelve items of a multi-item request, none named",
    items={u: "pending" for u in DL},
)

case(
    name="dl-asks-which-files",
    date="Thu, 05 Sep 2024 10:03:18 +0000",
    **{"from": "legal@droplocker.io"},
    name_from="DropLocker Legal",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Dear KCSC,

Regarding {DL[9]} : this shared folder holds 214 files uploaded by
different users over two years. Before we can act on it, please tell us
which files inside the folder you consider unlawful, and under which
provision of Korean law. We are not able to disable a whole folder on the
basis of a general description.

Best regards,
DropLocker Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking which files in a folder and which provision of law",
    why="asks for more information before acting; no status",
    items={DL[9]: "pending"},
)

fake_pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 180 /Filter /FlateDecode >>\nstream\n"
            + zlib.compress(b"BT /F1 10 Tf 50 750 Td (KCSC-240903-01 decision summary) Tj ET " * 4, 9)
            + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
case(
    name="dl-pdf-decision-letter",
    date="Thu, 12 Sep 2024 07:55:00 +0000",
    **{"from": "legal@droplocker.io"},
    name_from="DropLocker Legal",
    subject=req_subject("KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="pdf-88aa"

--pdf-88aa
Content-Type: text/plain; charset=utf-8

Dear KCSC,

Our decision letter on your notice KCSC-240903-01 is attached as a PDF.

DropLocker Legal

--pdf-88aa
Content-Type: application/pdf; name="DropLocker_decision_KCSC-240903-01.pdf"
Content-Disposition: attachment; filename="DropLocker_decision_KCSC-240903-01.pdf"
Content-Transfer-Encoding: base64

{b64(fake_pdf)}
--pdf-88aa--
""",
    outcome="review", review="unreadable_attachment",
    imitates="legal team sending its decision only as a PDF letter",
    why="the outcome is only in a PDF that cannot be read as text",
    items={},
)

case(
    name="dl-ticket-receipt",
    date="Tue, 03 Sep 2024 01:05:41 +0000",
    **{"from": "support@droplocker.io"},
    name_from="DropLocker Support",
    subject="[DL-448120] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Your request has been received and ticket #DL-448120 has been created.
A member of our Trust & Safety team will reply within 3 business days.

Please do not reply to this message; add information to the ticket at
https://droplocker.io/help/tickets/DL-448120 instead.

DropLocker Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt with ticket number",
    why="pure receipt, nothing about any item",
    items={},
)

# ===================== HostNest (hosting provider), KCSC-240904-02, 4 items
case(
    name="hn-ticket-resolved",
    date="Mon, 09 Sep 2024 12:41:07 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    subject="[HN-ABUSE-55120] Resolved: KCSC-240904-02",
    body=f"""Hello,

Our customer has removed the content at the following locations, and we
have confirmed that they now return HTTP 404:

  {HN[0]}
  {HN[1]}

In addition, the hosting account for bluepill-kr.hostnest.site has been
suspended for repeated violations of our Acceptable Use Policy, so
{HN[3]} is no longer reachable.

This ticket is now closed. Reply to this e-mail to reopen it.

--
HostNest Abuse Department
https://hostnest.net/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse-ticket closure (customer removed content, account suspended)",
    why="two URLs removed by the customer and verified 404; third page unreachable after account suspension",
    items={HN[0]: "removed", HN[1]: "removed", HN[3]: "removed"},
)

case(
    name="hn-nullroute-oneliner",
    date="Tue, 10 Sep 2024 14:25:30 +0000",
    **{"from": "noc@hostnest.net"},
    name_from="HostNest NOC",
    subject=req_subject("KCSC-240904-02"),
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""203.0.113.45 null-routed as of 14:20 UTC, so the medshop page is down:
{HN[2]}

--
NOC / HostNest
""",
    outcome="applied", classification="confirmation",
    imitates="network operations one-liner: server IP null-routed",
    why="the server hosting the page is null-routed; the page is down",
    items={HN[2]: "removed"},
)

case(
    name="hn-refusal-licensed",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    **{"from": "legal@hostnest.net"},
    name_from="HostNest Legal",
    subject="Your complaint KCSC-240904-02 - luckyspin88.hostnest.site",
    body=f"""Dear Sir or Madam,

We have reviewed the site at {HN[0]} , including the page
{HN[1]} .

The operator holds a gaming licence in the jurisdiction where the service
is run, and the site does not breach our Acceptable Use Policy
(https://hostnest.net/legal/aup). We will therefore not take action on
these two pages. Should you obtain a court order enforceable against us,
please send it to this address.

Yours faithfully,
HostNest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider declining to act: lawful where operated, no AUP breach",
    why="both pages are named and refused with a reason; the AUP link is not an item",
    items={HN[0]: "rejected", HN[1]: "rejected"},
)

case(
    name="hn-partial-with-deadline",
    date="Fri, 06 Sep 2024 10:18:44 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    subject="[HN-ABUSE-55120] Update: KCSC-240904-02",
    body=f"""Hello,

Update on your complaint.

The following page was taken offline by our customer at our request and now
returns 410 Gone:
<{HN[3]}>

The page at {HN[2]} sits on a dedicated server leased to a different
customer. They have been given 48 hours to remove it; if they do not, we
will null-route the IP address.

--
HostNest Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk interim update: one page down, a deadline given for another",
    why="first URL (on the line below its statement) taken offline; the second only has a deadline and a threat",
    items={HN[3]: "removed", HN[2]: "pending"},
)

case(
    name="hn-forwarded-to-customer",
    date="Thu, 05 Sep 2024 03:33:00 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    subject="[HN-ABUSE-55120] KCSC-240904-02",
    body=f"""Hello,

We have passed your complaint about

 - {HN[2]}
 - {HN[3]}

on to the customers responsible and asked them to respond within 48 hours.
We will let you know the outcome.

--
HostNest Abuse Department
""",
    outcome="review", review="not_understood",
    imitates="hosting provider forwarding the complaint to its customer",
    why="names two items but only says the complaint was passed on; nothing done yet",
    items={HN[2]: "pending", HN[3]: "pending"},
)

case(
    name="hn-spoofed-all-removed",
    date="Sat, 07 Sep 2024 19:02:55 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    auth="fail",
    subject=req_subject("KCSC-240904-02"),
    body=f"""Hello,

All four URLs from your complaint have been removed:

{HN[0]} - removed
{HN[1]} - removed
{HN[2]} - removed
{HN[3]} - removed

HostNest Abuse
""",
    outcome="review", review="untrusted",
    imitates="per-URL removal list that fails DKIM/SPF/DMARC for the host's domain",
    why="the sender domain fails authentication; nothing may change",
    items={u: "pending" for u in HN},
)

case(
    name="hn-about-hosted-forum",
    date="Mon, 09 Sep 2024 07:47:19 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    subject="talkhub.org - KCSC-240904-03",
    body=f"""Hello,

The forum talkhub.org is hosted on our network by one of our customers.
Your report about {TH[2]} was passed to them, and they have confirmed to
us that the thread has been deleted.

--
HostNest Abuse Department
""",
    outcome="review", review="wrong_platform",
    imitates="upstream host relaying its customer's answer about a forum thread",
    why="HostNest states a status for a TalkHub item; only TalkHub can change it",
    items={TH[2]: "pending"},
)

case(
    name="hn-receipt-echo",
    date="Wed, 04 Sep 2024 02:40:10 +0000",
    **{"from": "abuse@hostnest.net"},
    name_from="HostNest Abuse Department",
    subject="[HN-ABUSE-55120] Abuse report received",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""Thank you. We have received your abuse report and opened ticket
[HN-ABUSE-55120]. Our abuse team works through reports in the order they
arrive; you will hear from us once it has been investigated.

---- Your report ----
Reference: KCSC-240904-02
Reported URLs:
{HN[0]}
{HN[1]}
{HN[2]}
{HN[3]}
Category: illegal gambling / sale of medicines
---- End of report ----
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse ticket system receipt that echoes the submitted report",
    why="automatic receipt; the URLs are only our report echoed back",
    items={},
)

# ===================== TalkHub (forum), KCSC-240904-03, 5 items
case(
    name="th-admin-oneliner",
    date="Thu, 05 Sep 2024 22:16:00 +0000",
    **{"from": "dave@talkhub.org"},
    name_from="Dave",
    subject=req_subject("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""deleted {TH[0]} and banned {TH[3]} , thanks for the heads up

- Dave (admin)
""",
    outcome="applied", classification="confirmation",
    imitates="volunteer forum admin's one-line reply",
    why="thread deleted and the user account banned, each URL named",
    items={TH[0]: "removed", TH[3]: "removed"},
)

case(
    name="th-bullets-mixed",
    date="Fri, 06 Sep 2024 20:03:41 +0000",
    **{"from": "mods@talkhub.org"},
    name_from="TalkHub moderators",
    subject=req_subject("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""hi,

went through your list:

- {TH[2]} -> deleted
- {TH[1]} -> deleted (the post; the thread itself is still up while we
  look at the rest of it)
- {TH[4]} -> can't find this one, there's no thread with that id
  (maybe the OP deleted it)

-- talkhub mod team
""",
    outcome="applied", classification="confirmation",
    imitates="moderator team's bulleted reply with arrows",
    why="thread and post deleted; third link cannot be found; the thread of the post is only 'still up while we look'",
    items={TH[2]: "removed", TH[1]: "removed", TH[4]: "not_found", TH[0]: "pending"},
)

case(
    name="th-mod-refusal",
    date="Sat, 07 Sep 2024 11:27:00 +0000",
    **{"from": "mods@talkhub.org"},
    name_from="TalkHub moderators",
    subject=req_subject("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

We looked at {TH[4]} again. It only contains edited meme images of
a cartoon character, no private photos of anyone, so it does not break our
rules and we're leaving it up.

TalkHub moderators
""",
    outcome="applied", classification="confirmation",
    imitates="forum moderators declining a report with a short reason",
    why="named thread refused with its reason (no rule broken)",
    items={TH[4]: "rejected"},
)

case(
    name="th-hidden-url-below",
    date="Sun, 08 Sep 2024 04:50:12 +0000",
    **{"from": "admin@talkhub.org"},
    name_from="TalkHub Admin",
    subject=req_subject("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""Hello,

The following thread was locked and hidden from public view earlier today:

{TH[2]}

Regards,
TalkHub Admin
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin reply with the URL on the line below the statement",
    why="thread hidden from public view (made unavailable), URL below its statement",
    items={TH[2]: "removed"},
)

case(
    name="th-all-gone-bulk",
    date="Sat, 07 Sep 2024 23:59:02 +0000",
    **{"from": "dave@talkhub.org"},
    name_from="Dave",
    subject=req_subject("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body="""Hi, all the links you sent us are gone now. cheers

- Dave
""",
    outcome="review", review="bulk",
    imitates="admin's one-line 'all gone' reply to a five-link request",
    why="one statement for all five items of the request without naming any",
    items={u: "pending" for u in TH},
)

case(
    name="th-out-of-office",
    date="Wed, 04 Sep 2024 06:03:05 +0000",
    **{"from": "admin@talkhub.org"},
    name_from="TalkHub Admin",
    subject="Out of office: [KCSC-240904-03] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""I'm away until 20 September with limited access to email.

For urgent moderation issues please use https://talkhub.org/contact and one
of the other admins will pick it up.

Thanks,
Dave
""",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply",
    why="auto-reply; the contact page is not an item",
    items={},
)

# ===================== Chanbox (image board), KCSC-240905-04, 3 items
case(
    name="cb-janitor-terse",
    date="Fri, 06 Sep 2024 03:12:09 +0000",
    **{"from": "janitors@chanbox.net"},
    name_from="chanbox janitors",
    subject=req_subject("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""thread deleted, image purged from our cache too.
{CB[0]}
{CB[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="image-board janitor's terse reply",
    why="statement line followed by the two URLs it covers: thread deleted, image purged",
    items={CB[0]: "removed", CB[2]: "removed"},
)

case(
    name="cb-geo-block-korea",
    date="Mon, 09 Sep 2024 15:08:00 +0000",
    **{"from": "legal@chanbox.net"},
    name_from="Chanbox Legal",
    subject=req_subject("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hi,

Chanbox is operated outside Korea and we don't consider this content
unlawful where we are, but to comply with local law we have blocked access
from Korean IP addresses to <{CB[0]}> and to the file
<{CB[2]}>. Users in other countries can still see them.

-- Chanbox legal
""",
    outcome="applied", classification="confirmation",
    imitates="small site withholding content for one country (geo-block)",
    why="both URLs blocked for Korean IPs only: restricted",
    items={CB[0]: "restricted", CB[2]: "restricted"},
)

case(
    name="cb-thread-expired",
    date="Thu, 05 Sep 2024 12:44:40 +0000",
    **{"from": "janitors@chanbox.net"},
    name_from="chanbox janitors",
    subject=req_subject("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""Hey,

{CB[1]} was already gone before your mail got here — /b/ threads
fall off the last page and get pruned after a few hours. Nothing left on
our side to delete.

-mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board mod explaining an expired thread",
    why="the thread no longer exists (pruned before the request was handled): not found",
    items={CB[1]: "not_found"},
)

case(
    name="cb-modlog-pipe-table",
    date="Sat, 07 Sep 2024 09:30:00 +0000",
    **{"from": "legal@chanbox.net"},
    name_from="Chanbox Legal",
    subject="Chanbox mod log extract - KCSC-240905-04",
    body=f"""Mod log extract for your request KCSC-240905-04:

| board | no.     | url                                              | action              |
|-------|---------|--------------------------------------------------|---------------------|
| /kr/  | 552310  | {CB[0]:<48} | deleted, poster banned |
| /b/   | 1187702 | {CB[1]:<48} | not found (expired) |
| /kr/  | file    | {CB[2]:<48} | deleted             |

-- Chanbox legal
""",
    outcome="applied", classification="confirmation",
    imitates="mod-log extract pasted as a Markdown-style pipe table",
    why="one row per URL: deleted, not found, deleted",
    items={CB[0]: "removed", CB[1]: "not_found", CB[2]: "removed"},
)

case(
    name="cb-janitor-hedge",
    date="Thu, 05 Sep 2024 18:21:33 +0000",
    **{"from": "janitors@chanbox.net"},
    name_from="chanbox janitors",
    subject=req_subject("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""hi, looks like one of the other janitors may have already nuked
{CB[0]} , I'll double check when I'm home tonight and confirm.
""",
    outcome="review", review="not_understood",
    imitates="janitor's hedged reply from a phone",
    why="'may have already' is a hedge and 'will confirm' a promise: no statement",
    items={CB[0]: "pending"},
)

case(
    name="cb-legal-contact-noted",
    date="Tue, 10 Sep 2024 08:05:00 +0000",
    **{"from": "legal@chanbox.net"},
    name_from="Chanbox Legal",
    subject="Chanbox law enforcement contact",
    body="""Hello,

We've added takedown@kcsc.example to our list of verified contacts for
government agencies. Future reports can be sent to legal@chanbox.net or
through https://chanbox.net/legal/report and we usually answer within 72
hours.

-- Chanbox legal
""",
    outcome="review", review="no_claims",
    imitates="site noting the regulator as a verified contact",
    why="trusted platform email naming no item and referencing no request",
    items={},
)

orig_cb = "\n".join([
    "From: KCSC Takedown <takedown@kcsc.example>",
    "To: janitors@chanbox.net",
    "Subject: [KCSC-240905-04] Request for removal of illegal content",
    "Date: Thu, 05 Sep 2024 09:20:00 +0900",
    f"Message-ID: <{REQ_BY_REF['KCSC-240905-04'][6]}>",
    "Content-Type: text/plain; charset=utf-8",
    "",
    request_text("KCSC-240905-04"),
])
case(
    name="cb-dsn-mailbox-full",
    date="Thu, 05 Sep 2024 00:24:41 +0000",
    **{"from": "MAILER-DAEMON@mx2.chanbox.net"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.4Wd1.chanbox"

--dsn.4Wd1.chanbox
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.chanbox.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<janitors@chanbox.net>: host store1.chanbox.net said: 552 5.2.2 Mailbox
    full, quota exceeded

--dsn.4Wd1.chanbox
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.chanbox.net
Arrival-Date: Thu,  5 Sep 2024 00:24:38 +0000 (UTC)

Final-Recipient: rfc822; janitors@chanbox.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded

--dsn.4Wd1.chanbox
Content-Type: message/rfc822

{orig_cb}

--dsn.4Wd1.chanbox--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce; the URLs are in our own returned request",
    items={},
)

# ===================== 모아보드 (Korean community), KCSC-240906-05, 4 items
case(
    name="moa-notice-text-table",
    date="Tue, 10 Sep 2024 17:30:00 +0900",
    **{"from": "report@moaboard.co.kr"},
    name_from=enc("모아보드 운영팀"),
    subject=enc("[모아보드] 게시물 처리 결과 안내 (KCSC-240906-05)"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, 모아보드 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240906-05)에 대한
처리 결과를 아래와 같이 알려드립니다.

번호 | 게시물 주소 | 처리 결과 | 처리일
1 | {MOA_RAW[0]} | 삭제 | 2024-09-10
2 | {MOA_RAW[1]} | 블라인드 | 2024-09-10
3 | {MOA_RAW[2]} | 임시조치(30일) | 2024-09-10
4 | {MOA_RAW[3]} | 게시물 없음 (작성자 삭제) | -

문의사항은 본 메일로 회신 부탁드립니다.
모아보드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board operator's 처리 결과 안내 with a pipe-separated table",
    why="삭제 and 블라인드 are removals, 임시조치 is a restriction, 게시물 없음(작성자 삭제) is not found; raw Korean paths match",
    items={MOA[0]: "removed", MOA[1]: "removed", MOA[2]: "restricted", MOA[3]: "not_found"},
)

moa_html = f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 모아보드 고객센터입니다.</p>
<p>요청번호 <b>KCSC-240906-05</b> 관련 검토 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물 URL</th><th>조치</th><th>비고</th></tr>
<tr><td><a href="{MOA[0]}">{MOA_RAW[0]}</a></td><td>게시중단</td><td>불법 도박 홍보</td></tr>
<tr><td><a href="{MOA[3]}">{MOA_RAW[3]}</a></td><td>조치 없음 (게시 유지)</td><td>일반 중고거래 글로 위반 사항이 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>모아보드 고객센터</p>
</body></html>
"""
case(
    name="moa-html-table-qp",
    date="Wed, 11 Sep 2024 10:02:00 +0900",
    **{"from": "help@moaboard.co.kr"},
    name_from=enc("모아보드 고객센터"),
    subject=enc("Re: [KCSC-240906-05] 검토 결과 안내"),
    reply_to_req=mid("KCSC-240906-05"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(moa_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean customer-centre HTML table reply, quoted-printable",
    why="게시중단 = removed; 조치 없음 (게시 유지) with 위반 사항 없음 = rejected",
    items={MOA[0]: "removed", MOA[3]: "rejected"},
)

case(
    name="moa-url-particles",
    date="Mon, 09 Sep 2024 21:14:00 +0900",
    **{"from": "admin@moaboard.co.kr"},
    name_from=enc("모아보드 관리자"),
    subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""안녕하세요, 관리자입니다.

{MOA_RAW[0]}은 운영자 삭제 처리되었습니다。
{MOA_RAW[3]} 게시물은 작성자가 이미 삭제하여 존재하지 않습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean admin reply with particles glued to URLs and full-width stops",
    why="운영자 삭제 = removed; deleted by its author, no longer exists = not found",
    items={MOA[0]: "removed", MOA[3]: "not_found"},
)

moa_b64 = f"""안녕하세요. 모아보드 신고센터입니다.

요청하신 회원 페이지 {MOA_RAW[2]} 에 대하여
접근 제한(임시조치) 처리하였습니다. 임시조치 기간은 30일입니다.

모아보드 신고센터
"""
case(
    name="moa-base64-restricted",
    date="Thu, 12 Sep 2024 09:40:00 +0900",
    **{"from": "report@moaboard.co.kr"},
    name_from=enc("모아보드 신고센터"),
    subject=enc("[모아보드] 신고 처리 안내 KCSC-240906-05"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(moa_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 신고센터 notice sent as a base64 body",
    why="접근 제한(임시조치) on the named member page = restricted",
    items={MOA[2]: "restricted"},
)

case(
    name="moa-admin-oneliner",
    date="Sat, 07 Sep 2024 23:02:00 +0900",
    **{"from": "admin@moaboard.co.kr"},
    name_from=enc("모아보드 관리자"),
    subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""네 지웠어요~ {MOA_RAW[1]}

모아보드 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="small-site admin's informal Korean one-liner",
    why="'지웠어요' (deleted it) with the named gallery post",
    items={MOA[1]: "removed"},
)

case(
    name="moa-personal-address",
    date="Sun, 08 Sep 2024 08:11:00 +0900",
    **{"from": "moaboard.op@hanmail.net"},
    name_from=enc("모아보드 운영자"),
    subject=enc("Re: [KCSC-240906-05] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""모아보드 운영자입니다. 개인 메일로 답장드려요.
요청하신 {MOA_RAW[0]} 삭제했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="board operator answering from a personal webmail address",
    why="sender domain is not MOABOARD's; it names our request and a URL",
    items={MOA[0]: "pending"},
)

case(
    name="moa-read-receipt",
    date="Mon, 09 Sep 2024 09:12:30 +0900",
    **{"from": "report@moaboard.co.kr"},
    name_from=enc("모아보드 운영팀"),
    subject=enc("읽음 확인: [KCSC-240906-05] 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-5e21"

--mdn-5e21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-05] 게시물 삭제 요청"을 수신자가 2024-09-09 09:12에 읽었습니다.

--mdn-5e21
Content-Type: message/disposition-notification

Reporting-UA: mail.moaboard.co.kr; Webmail
Final-Recipient: rfc822; report@moaboard.co.kr
Original-Message-ID: <{REQ_BY_REF['KCSC-240906-05'][6]}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-5e21--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="moa-vacation-autoreply",
    date="Fri, 06 Sep 2024 14:03:09 +0900",
    **{"from": "jiyoon.park@moaboard.co.kr"},
    name_from=enc("박지윤"),
    subject=enc("[자동응답] 부재중입니다"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 박지윤입니다.
9월 6일부터 9월 13일까지 휴가로 메일 확인이 어렵습니다.
급한 신고 건은 report@moaboard.co.kr 로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply",
    items={},
)

# ===================== RegiBox (registrar), KCSC-240909-06, 1 item
case(
    name="rb-domain-clienthold",
    date="Wed, 11 Sep 2024 16:20:00 +0000",
    **{"from": "abuse@regibox.com"},
    name_from="RegiBox Abuse Team",
    subject=req_subject("KCSC-240909-06"),
    reply_to_req=mid("KCSC-240909-06"),
    body="""Hello,

Following your report we have suspended the domain name
royalspin-casino.top. It has been placed on clientHold and removed from the
zone, so it no longer resolves anywhere.

The registrant has been informed.

RegiBox Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar suspending a domain (clientHold) after an abuse report",
    why="reply to a one-item request: the domain no longer resolves, so the site is unavailable everywhere",
    items={RB[0]: "removed"},
)

# ===================== EdgeShield (CDN), KCSC-240909-07, 2 items
case(
    name="es-geo-restricted-kr",
    date="Fri, 13 Sep 2024 01:15:00 +0000",
    **{"from": "trust-safety@edgeshield.net"},
    name_from="EdgeShield Trust & Safety",
    subject="Legal request KCSC-240909-07",
    body=f"""Hello KCSC,

In response to your legal request KCSC-240909-07, EdgeShield has
restricted access to the following URLs for visitors connecting from the
Republic of Korea:

  <{ES[0]}>
  <{ES[1]}>

These URLs remain reachable from other countries. Our customer has been
notified.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN withholding URLs for one country in response to a legal request",
    why="both URLs restricted for Korean visitors only",
    items={ES[0]: "restricted", ES[1]: "restricted"},
)

case(
    name="es-pass-through-not-host",
    date="Tue, 10 Sep 2024 05:40:00 +0000",
    **{"from": "abuse@edgeshield.net"},
    name_from="EdgeShield Abuse",
    subject="EdgeShield received an abuse report regarding fastpill-kr.shop",
    body=f"""EdgeShield received an abuse report regarding:
{ES[0]}
{ES[1]}

Please be aware that EdgeShield is a pass-through network provider (a
reverse proxy). We are not the hosting provider of this site and we do
not control its content. The origin server for fastpill-kr.shop is at
198.51.100.77, run by another company.

We have forwarded your report to the hosting provider and to our customer.

EdgeShield Abuse
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are a pass-through, not the host; report forwarded' reply",
    why="names both items but states no action and no refusal on the merits; only forwarded on",
    items={ES[0]: "pending", ES[1]: "pending"},
)

case(
    name="es-report-received",
    date="Mon, 09 Sep 2024 07:49:02 +0000",
    **{"from": "noreply@edgeshield.net"},
    name_from="EdgeShield",
    subject="Your abuse report has been received [ES-7781203]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report.

This is an automated confirmation that it has been received and assigned
report ID ES-7781203. Reports are handled in the order received.

EdgeShield
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form automatic receipt",
    why="pure receipt with a report id",
    items={},
)

HEADER = f"""# Blind set 883 (focus 4: hosts, CDN, registrar, forum, image board, file
# host and a small Korean board; CSV attachments and plain-text tables).
# Generated by make.py; written from each email's meaning before any run.
# {len(CASES)} cases."""


def main():
    write_requests()
    cases_dir = os.path.join(HERE, "cases")
    if os.path.isdir(cases_dir):
        for f in os.listdir(cases_dir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cases_dir, f))
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
