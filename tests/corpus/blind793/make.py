#!/usr/bin/env python3
"""Blind set 793: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind793/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result was written from the meaning of its email alone, before the
reader was run on it. All names, URLs, ids and domains are fictional.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind793"


def enc(s):
    """RFC 2047 encoding of a header text that is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def kurl(u):
    """A URL as stored in requests.csv: a Korean path percent-encoded."""
    scheme, rest = u.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/" + quote(path, safe="/?=&")


# ---------------------------------------------------------------- requests
S = {i + 1: "https://stashbox.io/f/" + k for i, k in enumerate([
    "7hQk2LpA", "Xm93vTqe", "bR4nW8zc", "Lp0sYd61", "tK5uHq2m", "Vz8eNa47", "c3JfRw9x",
    "Qa6mDk0p", "Hn2wZs5e", "yE7rTb3g", "Mw4cLx8u", "Gd1pVn6o", "sU9kFh2j", "Rb5tQe7y"])}
N = {
    1: "https://greenleaf-rx-kr.shop/catalog/item-2231.html",
    2: "https://greenleaf-rx-kr.shop/catalog/item-2232.html",
    3: "http://daebak-loan24.net/apply.php?src=sms",
    4: "https://soomgyeol-photo.kr/gallery/view/5510",
    5: "https://nimbus-sites.net/~kbet77/index.html",
}
D = {
    1: "https://dotchan.kr/b/res/88812.html",
    2: "https://dotchan.kr/b/res/88907.html",
    3: "https://dotchan.kr/pol/res/40177.html",
    4: "https://img.dotchan.kr/src/1725601123456.jpg",
}
# Moduplaza: raw (as written in Korean mail) and stored (percent-encoded).
M_RAW = {
    1: "https://moduplaza.co.kr/자유게시판/48213",
    2: "https://moduplaza.co.kr/board/view?bid=humor&no=77102",
    3: "https://moduplaza.co.kr/유머/77150",
}
M = {k: kurl(v) for k, v in M_RAW.items()}
E = {
    1: "https://hanbyeol-toto.com/",
    2: "https://cdn-mirror.sapphire-bet.net/live/index.html",
    3: "https://kr-replica-mall.store/products/watch-0912",
}
W = {1: "https://winbet-korea.top/", 2: "https://jackpot365kr.vip/"}
P = {1: "https://pastebox.dev/p/q7Lx2mVa"}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "stashbox", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     list(S.values()), "illegal-gambling", "file host, share links"),
    ("KCSC-240903-02", "nimbushost", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     list(N.values()), "illegal-drugs", "shared hosting customers"),
    ("KCSC-240904-03", "dotchan", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     list(D.values()), "defamation", "image board threads and an image"),
    ("KCSC-240905-04", "moduplaza", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     list(M.values()), "privacy-violation", "forum posts, Korean board paths"),
    ("KCSC-240906-05", "edgeshield", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     list(E.values()), "illegal-gambling", "sites behind a CDN"),
    ("KCSC-240909-06", "namewell", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     list(W.values()), "illegal-gambling", "domains at a registrar"),
    ("KCSC-240910-07", "pastebox", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     list(P.values()), "personal-data", "one-person paste service"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return ref.lower() + ".req"


def request_text(ref):
    _, platform, sent, due, urls, cat, _ = REQ[ref]
    lines = [
        "Dear Trust & Safety team,",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"the following content, which is illegal under Korean law ({cat}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += [
        "",
        f"Please reply to this email by {due[:10]} stating the action taken for each URL.",
        "",
        "KCSC Takedown Desk",
    ]
    return lines


def quoted(ref, header):
    return header + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref))


def outlook_quote(ref, to):
    sent = REQ[ref][2]
    day = int(sent[8:10])
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {datetime.date(2024, 9, day).strftime('%A')}, September {day}, 2024 10:00 AM",
        f"To: {to}",
        f"Subject: [{ref}] Request for removal of illegal content",
        "",
    ] + request_text(ref))


def subj(ref, prefix="Re: "):
    return f"{prefix}[{ref}] Request for removal of illegal content"


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def pending(d, keys):
    return {d[k]: "pending" for k in keys}


cases = []


def case(**kw):
    cases.append(kw)


# ======================================================= Stashbox (file host)
STASH = "Stashbox Trust & Safety"

csv_rows = [("link", "action", "notes")]
for k in range(1, 15):
    if k == 9:
        csv_rows.append((S[k], "no action", "archived news footage; no breach of Stashbox Terms"))
    elif k == 11:
        csv_rows.append((S[k], "not found", "link invalid - no file with this id"))
    elif k == 14:
        csv_rows.append((S[k], "not found", "deleted by the uploader before our review"))
    else:
        csv_rows.append((S[k], "removed", ""))
buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(csv_rows)
case(
    name="stash-csv-attachment-results", frm="legal@stashbox.io", name_from=STASH,
    date="Wed, 11 Sep 2024 16:40:12 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="sbx-5f2a91"

--sbx-5f2a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Regarding your notice KCSC-240902-01, we have completed our review of the
14 files you reported. The result for each link is in the attached
spreadsheet.

Files marked "removed" have been deleted from our storage and their share
links now return 404. Where we did not act, the reason is in the notes
column.

Stashbox Trust & Safety
Case SBX-55102

--sbx-5f2a91
Content-Type: text/csv; charset=utf-8; name="stashbox_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="stashbox_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(buf.getvalue().encode("utf-8"))}
--sbx-5f2a91--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply with a per-link results spreadsheet (CSV attachment)",
    why="CSV lists all 14 links: 11 removed, one 'no action' with its reason, two not found",
    items={S[k]: ("rejected" if k == 9 else "not_found" if k in (11, 14) else "removed")
           for k in range(1, 15)},
)

case(
    name="stash-plain-text-table", frm="dana.k@stashbox.io", name_from="Dana Kowalski",
    date="Thu, 12 Sep 2024 09:05:44 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

Status for the links from KCSC-240902-01 that were still open (case SBX-55102):

  File link                          | Status
  -----------------------------------+--------------------------------------
  {S[4]}     | Removed
  {S[5]}     | Removed
  {S[6]}     | Not found (invalid link)
  {S[7]}     | Removed
  {S[8]}     | No action - does not violate our ToS
  {S[9]}     | Removed

Let us know if you need anything else.

Dana
Stashbox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk agent pasting a plain-text status table",
    why="six rows, each URL with its own status",
    items={S[4]: "removed", S[5]: "removed", S[6]: "not_found", S[7]: "removed",
           S[8]: "rejected", S[9]: "removed"},
)

case(
    name="stash-bulk-all-removed", frm="legal@stashbox.io", name_from=STASH,
    date="Tue, 10 Sep 2024 11:12:09 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

Following your notice KCSC-240902-01 we have removed all of the reported
files and closed case SBX-55102.

Regards,
Stashbox Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="short 'all reported content removed' closing note from a file host",
    why="one statement covering 14 items without naming any: bulk, items stay pending",
    items=pending(S, range(1, 15)),
)

case(
    name="stash-promise-will-delete", frm="legal@stashbox.io", name_from=STASH,
    date="Mon, 09 Sep 2024 07:30:00 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Thank you for the report.

We have confirmed that the two files below breach our Acceptable Use Policy
and they will be deleted during today's moderation run:

{S[10]}
{S[11]}

You will receive a final confirmation once this is done.

Stashbox Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="file host promising deletion in the next moderation run",
    why="'will be deleted' is a promise, not a statement: items pending",
    items=pending(S, [10, 11]),
)

case(
    name="stash-ticket-receipt", frm="noreply@stashbox.io", name_from="Stashbox Support",
    date="Mon, 02 Sep 2024 01:00:31 +0000",
    subject="[SBX-55102] " + subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Thanks for contacting Stashbox.

Your report has been received and a ticket has been created (SBX-55102).
A member of our Trust & Safety team will get back to you, usually within
2 business days.

Please do not reply to this email. To add information, use the ticket page:
https://help.stashbox.io/tickets/SBX-55102

Stashbox Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket creation receipt",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="stash-bare-urls-status-below", frm="legal@stashbox.io", name_from=STASH,
    date="Fri, 13 Sep 2024 14:02:51 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Update for KCSC-240902-01:

{S[12]}
-> deleted, uploader account closed

{S[13]}
-> deleted

{S[14]}
-> we could not find this file, the link is not valid

Best,
Stashbox T&S
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with each URL and its outcome on the line below",
    why="each bare URL followed by its own status line",
    items={S[12]: "removed", S[13]: "removed", S[14]: "not_found"},
)

case(
    name="stash-top-posted-over-quote", frm="mira.h@stashbox.io", name_from="Mira Hansen",
    date="Thu, 05 Sep 2024 08:47:20 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Both files below were removed this morning:
{S[3]}
{S[4]}

The rest are still with the team, I'll update you when I have them.

Mira
Stashbox Trust & Safety

{quoted("KCSC-240902-01", "On Mon, 2 Sep 2024 at 01:00, KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply above the quoted request",
    why="two URLs removed above the quote; the other links appear only in the quoted request",
    items={S[3]: "removed", S[4]: "removed", S[1]: "pending", S[2]: "pending", S[14]: "pending"},
)

case(
    name="stash-forged-auth-fail", frm="legal@stashbox.io", name_from="Stashbox Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 22:13:40 +0000", subject=subj("KCSC-240902-01"),
    body=f"""
Dear KCSC,

We confirm that the following files have been permanently removed:

{S[1]}
{S[2]}
{S[3]}

Stashbox Legal
""",
    outcome="review", review="untrusted",
    imitates="removal confirmation whose DKIM/SPF/DMARC all fail",
    why="sender domain fails authentication: nothing applied",
    items=pending(S, [1, 2, 3]),
)

html9 = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Here is our decision on the files you reported under KCSC-240902-01:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>File</th><th>Decision</th><th>Reason</th></tr>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>Removed</td><td>Breach of AUP section 4.2 (illegal gambling)</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>Removed</td><td>Breach of AUP section 4.2 (illegal gambling)</td></tr>
<tr><td><a href="{S[11]}">{S[11]}</a></td><td>Not found</td><td>No file exists under this link</td></tr>
<tr><td><a href="{S[9]}">{S[9]}</a></td><td>Not removed</td><td>Archived news footage; it does not break our Terms</td></tr>
</table>
<p>Our policy: <a href="https://stashbox.io/legal/aup">https://stashbox.io/legal/aup</a></p>
<p>Stashbox Trust &amp; Safety</p>
</body></html>"""
text9 = f"""Hello,

Here is our decision on the files you reported under KCSC-240902-01:

{S[1]} - Removed - Breach of AUP section 4.2 (illegal gambling)
{S[2]} - Removed - Breach of AUP section 4.2 (illegal gambling)
{S[11]} - Not found - No file exists under this link
{S[9]} - Not removed - Archived news footage; it does not break our Terms

Our policy: https://stashbox.io/legal/aup

Stashbox Trust & Safety
"""
case(
    name="stash-qp-html-table", frm="legal@stashbox.io", name_from=STASH,
    date="Sat, 14 Sep 2024 10:21:05 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-9c1e"

--alt-9c1e
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text9)}
--alt-9c1e
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html9)}
--alt-9c1e--
""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a file host's case tool (quoted-printable)",
    why="table rows: two removed, one not found, one refused with its reason; policy link is no item",
    items={S[1]: "removed", S[2]: "removed", S[11]: "not_found", S[9]: "rejected"},
)

case(
    name="stash-weekend-autoreply", frm="support@stashbox.io", name_from="Stashbox Support",
    date="Sat, 07 Sep 2024 03:00:02 +0000", subject="Auto: " + subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thanks for your message.

Our Trust & Safety desk is closed at weekends. We will answer on the next
business day. Reports about child safety are handled around the clock.

Stashbox Support
""",
    outcome="ignored", classification="auto_reply",
    imitates="weekend auto-responder of a support mailbox",
    why="auto-reply: nothing about any item",
    items={},
)

case(
    name="stash-outlook-quoted-request", frm="jiho.seo@stashbox.io", name_from="Ji-ho Seo",
    date="Tue, 10 Sep 2024 06:55:18 +0000", subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

The files {S[5]}, {S[6]} and {S[7]} have been
disabled and can no longer be downloaded. We were unable to find any file at
{S[8]}.

Kind regards,
Ji-ho Seo
Stashbox Trust & Safety

{outlook_quote("KCSC-240902-01", "legal@stashbox.io")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----'",
    why="three files disabled, one not found; the request below the separator is quoted, not stated",
    items={S[5]: "removed", S[6]: "removed", S[7]: "removed", S[8]: "not_found",
           S[1]: "pending", S[13]: "pending"},
)

case(
    name="stash-url-below-statement", frm="legal@stashbox.io", name_from=STASH,
    date="Mon, 16 Sep 2024 12:40:00 +0000", subject=subj("KCSC-240902-01"),
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

The following file has been removed from Stashbox for breach of section 4.2
of our Acceptable Use Policy:
<{S[14]}>

The following file was reviewed and will stay online, as it does not break
any of our rules (it is a public-domain documentary):
<{S[12]}>

Stashbox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply putting each URL in angle brackets on the line below its statement",
    why="one removed, one kept with its reason (rejected)",
    items={S[14]: "removed", S[12]: "rejected"},
)

# ============================================== Nimbus Hosting (web hosting)
NIM = "Nimbus Hosting Abuse"

case(
    name="nimbus-abuse-ticket-resolved", frm="abuse@nimbushost.net", name_from=NIM,
    date="Fri, 06 Sep 2024 05:18:33 +0000",
    subject="[Abuse #NH-208841] RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your report. We have reviewed the URLs concerned and taken the
following action:

- {N[1]} and
  {N[2]}: our customer deleted both pages
  after our notice; we checked and they now return 404.
- {N[3]}: the hosting account was suspended for
  breach of our AUP, so the whole site is offline.

We consider this ticket resolved. If the content reappears, reply to this
ticket.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed as resolved",
    why="two pages deleted by the customer, one site suspended: all three removed",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed"},
)

case(
    name="nimbus-forwarded-to-customer", frm="abuse@nimbushost.net", name_from=NIM,
    date="Wed, 04 Sep 2024 02:44:10 +0000",
    subject="[Abuse #NH-208877] RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

We have forwarded your complaint to the customer responsible for the
following sites and asked them to remove the material within 48 hours:

{N[4]}
{N[5]}

If the customer does not comply, we will suspend the service. We will let
you know the outcome.

Nimbus Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="hosting provider passing the complaint to its customer (notice-and-notice)",
    why="forwarded with a deadline and a conditional suspension: no statement, items pending",
    items=pending(N, [4, 5]),
)

case(
    name="nimbus-not-on-our-network", frm="abuse@nimbushost.net", name_from=NIM,
    date="Thu, 05 Sep 2024 07:02:45 +0000",
    subject="[Abuse #NH-208880] RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi,

We have checked {N[4]}. This domain is not hosted with
Nimbus Hosting and has not been since 2022; it points to an IP address
outside our network (203.0.113.77). We have no content to act on.

You may find the current hosting provider through a WHOIS lookup of the IP
address.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider answering that the reported site is not on its network",
    why="the host states it has no such content: not_found (arguable, see NOTES)",
    items={N[4]: "not_found"},
)

case(
    name="nimbus-one-line-admin", frm="jw.lim@nimbushost.net", name_from="Jae-won Lim",
    date="Wed, 04 Sep 2024 13:31:07 +0000", subject=subj("KCSC-240903-02"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
kbet77 account suspended, {N[5]} is offline now.

--
JW / Nimbus Hosting NOC
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a hosting company's network operator",
    why="account suspended and page offline: removed",
    items={N[5]: "removed"},
)

case(
    name="nimbus-out-of-office", frm="s.park@nimbushost.net", name_from="Seo-yeon Park",
    date="Tue, 03 Sep 2024 01:00:40 +0000", subject="Automatic reply: " + subj("KCSC-240903-02", ""),
    reply_to_req=mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until Monday 16 September with limited access to
email. For abuse matters please write to abuse@nimbushost.net, which is
monitored every day.

Seo-yeon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="nimbus-hedge-appears-removed", frm="abuse@nimbushost.net", name_from=NIM,
    date="Fri, 06 Sep 2024 09:10:00 +0000",
    subject="[Abuse #NH-208877] RE: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi,

Looking at {N[4]} it appears the customer may
already have taken the gallery post down, but a cache still serves it to
some visitors. I will check with them and confirm.

Hyun-woo
Nimbus Hosting Abuse
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk agent giving a hedged interim update",
    why="'appears ... may already have' is a hedge, and a confirmation is promised: pending",
    items=pending(N, [4]),
)

case(
    name="nimbus-gmail-quoted-mixed", frm="hw.choi@nimbushost.net", name_from="Hyun-woo Choi",
    date="Tue, 10 Sep 2024 04:26:59 +0000", subject=subj("KCSC-240903-02"),
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello KCSC,

Follow-up on ticket NH-208877:

The gallery post {N[4]} was removed by the site
owner yesterday.

As for {N[3]}, after review we are not taking
action: the page belongs to a registered lending business and we found no
breach of our Acceptable Use Policy (https://nimbushost.net/legal/aup). If
you hold a court order or further evidence, please send it to us.

Regards,
Hyun-woo
Nimbus Hosting Abuse

{quoted("KCSC-240903-02", "On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply mixing a removal and a reasoned refusal, request quoted below",
    why="one removed, one refused with its reason; quoted URLs are not statements",
    items={N[4]: "removed", N[3]: "rejected", N[1]: "pending"},
)

case(
    name="nimbus-ticket-plaintext-table", frm="abuse@nimbushost.net", name_from=NIM,
    date="Mon, 09 Sep 2024 00:15:27 +0000",
    subject="[Abuse #NH-208841] Status update",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Ticket NH-208841 - status update (your reference KCSC-240903-02)

URL                                                   Action taken
----------------------------------------------------  ---------------------------------
{N[1]:<54}Content deleted by customer
{N[2]:<54}Content deleted by customer
{N[5]:<54}Account suspended, site disabled
{N[4]:<54}Under investigation

The ticket stays open until every row is closed.

Nimbus Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="hosting ticket system status update with a fixed-width table",
    why="three rows with an action, one 'under investigation' (stays pending)",
    items={N[1]: "removed", N[2]: "removed", N[5]: "removed", N[4]: "pending"},
)

# ======================================================= Dotchan (image board)
DOT = "닷짱 관리자"

case(
    name="dotchan-admin-korean-oneliner", frm="admin@dotchan.kr", name_from=enc(DOT),
    date="Wed, 04 Sep 2024 22:03:11 +0900", subject=subj("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
{D[1]}은 삭제했습니다.

-- 닷짱 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Korean reply from an image board's admin, particle glued to the URL",
    why="'삭제했습니다' about the one URL named: removed",
    items={D[1]: "removed"},
)

case(
    name="dotchan-numbered-mixed", frm="admin@dotchan.kr", name_from=enc("닷짱 운영진"),
    date="Fri, 06 Sep 2024 11:40:00 +0900", subject=subj("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
안녕하세요, 닷짱 운영진입니다.
요청하신 건(KCSC-240904-03) 처리 결과입니다.

1. {D[2]} - 스레드 삭제 완료
2. {D[3]} - 해당 스레드가 없습니다 (보관기간 만료로 이미 자동 삭제됨)
3. {D[4]} - 이미지 파일 삭제 완료

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean image-board admin's numbered result list",
    why="two deleted, one thread no longer exists (expired): not_found",
    items={D[2]: "removed", D[3]: "not_found", D[4]: "removed"},
)

case(
    name="dotchan-janitor-hedge", frm="haru@dotchan.kr", name_from="mod_haru",
    date="Thu, 05 Sep 2024 01:12:40 +0900", subject=subj("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
{D[3]} 이거 아마 다른 관리자가 벌써 지운 것 같은데요,
확인해보고 다시 연락드릴게요.

하루 (닷짱 모더)
""",
    outcome="review", review="not_understood",
    imitates="image-board moderator's informal hedged reply",
    why="'아마 … 지운 것 같은데요' is a guess and a later answer is promised: pending",
    items=pending(D, [3]),
)

case(
    name="dotchan-read-receipt", frm="admin@dotchan.kr", name_from=enc(DOT),
    date="Wed, 04 Sep 2024 10:41:02 +0900", subject=enc("읽음 확인: [KCSC-240904-03] Request for removal of illegal content"),
    reply_to_req=mid("KCSC-240904-03"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3a7f"

--mdn-3a7f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 admin@dotchan.kr 님이 2024-09-04 10:41에 읽었습니다.
이 확인은 메일이 표시되었다는 뜻이며, 내용을 읽거나 이해했다는 뜻은 아닙니다.

--mdn-3a7f
Content-Type: message/disposition-notification

Reporting-UA: dotchan.kr; Roundcube Webmail
Final-Recipient: rfc822; admin@dotchan.kr
Original-Message-ID: <kcsc-240904-03.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3a7f--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Roundcube read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="dotchan-fullwidth-blind-geo", frm="admin@dotchan.kr", name_from=enc("닷짱 운영팀"),
    date="Sat, 07 Sep 2024 15:20:30 +0900", subject=subj("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
KCSC 담당자님께

요청 건에 대해 아래와 같이 조치했습니다。

① {D[3]}（블라인드 처리）
② {D[4]}（국내 IP 접속 차단）

닷짱 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean board notice with circled numbers and full-width brackets",
    why="블라인드 = removed; 국내 접속 차단 = restricted in Korea",
    items={D[3]: "removed", D[4]: "restricted"},
)

case(
    name="dotchan-ack-plus-statement", frm="report@dotchan.kr", name_from=enc("닷짱 신고센터"),
    date="Thu, 05 Sep 2024 18:00:05 +0900", subject=subj("KCSC-240904-03"),
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
신고가 접수되었습니다 (신고번호 #4471).

확인 결과 {D[2]} 스레드는 게시판 규정 위반으로 삭제 처리되었습니다.

추가 문의는 이 메일에 회신해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="image-board report receipt that already carries the decision",
    why="acknowledgement phrase plus an unhedged deletion of a named thread: applied",
    items={D[2]: "removed"},
)

# ===================================================== Moduplaza (Korean forum)
MODU = enc("모두의광장 운영팀")

html22 = f"""<html><body>
<p>안녕하세요. 모두의광장 운영팀입니다.</p>
<p>귀 위원회의 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>순번</th><th>URL</th><th>조치내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{M_RAW[1]}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td>{M_RAW[2].replace("&", "&amp;")}</td><td>임시조치(30일)</td><td>2024-09-06</td></tr>
<tr><td>3</td><td>{M_RAW[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
</table>
<p>감사합니다.<br>모두의광장 운영팀 드림</p>
</body></html>"""
case(
    name="modu-siljeong-result-html-table", frm="cs@moduplaza.co.kr", name_from=MODU,
    date="Fri, 06 Sep 2024 17:30:00 +0900",
    subject=enc("[모두의광장] 시정요구 조치결과 회신 (KCSC-240905-04)"),
    reply_to_req=mid("KCSC-240905-04"),
    type="html", body=html22,
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table from a forum operator (HTML)",
    why="삭제 = removed, 임시조치 = restricted, 해당 게시물 없음 = not_found",
    items={M[1]: "removed", M[2]: "restricted", M[3]: "not_found"},
)

case(
    name="modu-raw-korean-url-prose", frm="cs@moduplaza.co.kr", name_from=MODU,
    date="Fri, 06 Sep 2024 10:05:12 +0900", subject=subj("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 모두의광장 운영팀입니다.

요청하신 {M_RAW[1]} 게시물은 운영정책 위반이 확인되어
게시중단 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 게시중단 notice with a raw Korean path",
    why="게시중단 of the named post: removed (raw path matches its percent-encoded form)",
    items={M[1]: "removed"},
)

case(
    name="modu-rejected-with-reason", frm="cs@moduplaza.co.kr", name_from=MODU,
    date="Mon, 09 Sep 2024 14:48:00 +0900", subject=subj("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 모두의광장 운영팀입니다.

{M_RAW[3]} 게시물을 검토하였으나, 운영정책 및 관련 법령에
위반되는 내용을 확인하지 못하여 별도의 조치를 하지 않았습니다.

판단 근거: 해당 게시물은 공개된 보도 기사를 인용한 글로, 개인정보가
포함되어 있지 않습니다.

이의가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum refusal with its grounds (조치하지 않음)",
    why="no action, with its reason: rejected",
    items={M[3]: "rejected"},
)

case(
    name="modu-unknown-sender-author", frm="skyblue88@mailhaven.example", name_from=enc("김하늘"),
    date="Sat, 07 Sep 2024 21:14:09 +0900", subject="Re: KCSC-240905-04",
    body=f"""
안녕하세요.
모두의광장에서 KCSC-240905-04 관련 안내를 받았습니다.

제가 {M_RAW[2]} 글 작성자인데요,
방금 제 글 삭제했습니다. 이제 문제 없는 거죠?

김하늘 드림
""",
    outcome="review", review="unknown_sender",
    imitates="forum member writing in from a personal mailbox after the forum told them",
    why="not the platform's domain: nothing applied",
    items=pending(M, [2]),
)

case(
    name="modu-will-act-after-review", frm="cs@moduplaza.co.kr", name_from=MODU,
    date="Thu, 05 Sep 2024 16:22:00 +0900", subject=subj("KCSC-240905-04"),
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 모두의광장 운영팀입니다.

요청하신 게시물 3건은 내부 검토 후 조치할 예정입니다.

- {M_RAW[1]}
- {M_RAW[2]}
- {M_RAW[3]}

처리 결과는 9월 13일까지 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum interim reply promising action after review",
    why="'조치할 예정' is a promise: all three pending",
    items=pending(M, [1, 2, 3]),
)

text39 = f"""[모두의광장] 게시물 조치 결과 안내

접수번호: MP-2024-0911-08
요청번호: KCSC-240905-04

- {M_RAW[2]}
  → 임시조치 (30일간 게시물 접근 제한)
- {M[3]}
  → 운영자 삭제

본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
"""
case(
    name="modu-base64-korean-mixed", frm="noreply@moduplaza.co.kr", name_from=MODU,
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject=enc("[모두의광장] 게시물 조치 결과 안내"),
    reply_to_req=mid("KCSC-240905-04"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(text39.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum system notice, base64 body, arrows on the line below each URL",
    why="임시조치 (접근 제한) = restricted; 운영자 삭제 = removed",
    items={M[2]: "restricted", M[3]: "removed"},
)

# ============================================================ EdgeShield (CDN)
EDGE = "EdgeShield Trust & Safety"

case(
    name="edge-not-the-host", frm="abuse@edgeshield.net", name_from=EDGE,
    date="Fri, 06 Sep 2024 06:31:00 +0000",
    subject="[EdgeShield #AB-992011] " + subj("KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

EdgeShield provides pass-through CDN and security services for the websites
below. We are not the hosting provider and cannot remove content from these
sites:

{E[1]}
{E[3]}

We have forwarded your complaint to the website owner and to the hosting
provider, HostCo Ltd (abuse@hostco.example, IP 198.51.100.23), who are best
placed to act on it.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN reply that it does not host the content and has forwarded the report",
    why="neither removed nor refused on the merits: a clerk keeps them pending and follows up (arguable)",
    items=pending(E, [1, 3]),
)

case(
    name="edge-service-terminated-and-geo", frm="abuse@edgeshield.net", name_from=EDGE,
    date="Tue, 10 Sep 2024 08:12:44 +0000",
    subject="[EdgeShield #AB-992011] " + subj("KCSC-240906-05"),
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

We have reviewed report AB-992011 (your reference KCSC-240906-05) and taken
the following actions:

 * {E[1]} - EdgeShield service for this domain has been
   terminated and the site is blocked on our network; visitors everywhere
   now see an error page.
 * {E[2]} - content stored on our edge
   cache has been purged and access from the Republic of Korea is blocked
   (HTTP 451).

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety outcome: service terminated / country block",
    why="blocked for everyone = removed; blocked from Korea only = restricted",
    items={E[1]: "removed", E[2]: "restricted"},
)

case(
    name="edge-statement-of-reasons-echo", frm="sor@edgeshield.net", name_from=EDGE,
    date="Wed, 11 Sep 2024 02:00:19 +0000",
    subject="Statement of reasons EdgeShield-SoR-2024-09-0412",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Statement of reasons
Reference: EdgeShield-SoR-2024-09-0412

YOUR REPORT
  Reported URL:   {E[3]}
  Reporter:       KCSC (reference KCSC-240906-05)
  Reported for:   illegal content under Korean law (counterfeit goods)

OUR DECISION
  Restriction:        access to the content disabled
  Territorial scope:  Republic of Korea only
  Facts relied on:    the page offers counterfeit branded watches for sale
  Ground:             notice from a competent Korean authority
  Automated means:    none used for detection or decision
  Redress:            the website operator may contest this decision through
                      https://edgeshield.net/appeals

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons echoing the report",
    why="access disabled in Korea only: restricted; appeal page is no item",
    items={E[3]: "restricted"},
)

case(
    name="edge-speaks-for-nimbus-item", frm="abuse@edgeshield.net", name_from=EDGE,
    date="Mon, 09 Sep 2024 03:33:33 +0000",
    subject="Re: greenleaf-rx-kr.shop (KCSC-240903-02)",
    body=f"""
Hello,

We understand from the site operator that your office reported the page
below (your reference KCSC-240903-02). It is served through EdgeShield, and
we have blocked it on our network for all visitors:

{N[1]}

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reporting its own block of a page requested from the hosting provider",
    why="EdgeShield states a status for an item of the Nimbus Hosting request",
    items=pending(N, [1]),
)

case(
    name="edge-delivery-delayed", frm="MAILER-DAEMON@edgeshield.net", name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 05:02:00 +0000",
    subject="Delayed Mail (still being retried)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-e1d0"

--dsn-e1d0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay2.edgeshield.net.

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<legal-hold@edgeshield.net>: connect to store3.edgeshield.net[192.0.2.44]:25:
    Connection timed out

--dsn-e1d0
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.edgeshield.net
Arrival-Date: Fri, 6 Sep 2024 01:00:05 +0000 (UTC)

Final-Recipient: rfc822; legal-hold@edgeshield.net
Action: delayed
Status: 4.4.1
Will-Retry-Until: Wed, 11 Sep 2024 01:00:05 +0000 (UTC)

--dsn-e1d0
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@edgeshield.net, legal-hold@edgeshield.net
Subject: [KCSC-240906-05] Request for removal of illegal content
Message-ID: <kcsc-240906-05.req@kcsc.example>

--dsn-e1d0--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery DSN",
    why="delivery report, not a statement",
    items={},
)

case(
    name="edge-report-receipt", frm="noreply@edgeshield.net", name_from="EdgeShield",
    date="Fri, 06 Sep 2024 01:00:44 +0000",
    subject="We received your abuse report [AB-992011]",
    body="""
Hello,

We have received your abuse report.

  Report ID:        AB-992011
  Your reference:   KCSC-240906-05
  Category:         Illegal content

Our Trust & Safety team reviews reports in the order they arrive. You do
not need to reply to this message.

EdgeShield
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form submission receipt",
    why="pure receipt with report id, nothing about items",
    items={},
)

# ========================================================= Namewell (registrar)
NW = "Namewell Abuse"

case(
    name="namewell-clienthold-and-refusal", frm="abuse@namewell.com", name_from=NW,
    date="Thu, 12 Sep 2024 19:45:10 +0000",
    subject="[NW-ABU-77310] " + subj("KCSC-240909-06"),
    reply_to_req=mid("KCSC-240909-06"),
    body="""
Dear Reporter,

Ticket: NW-ABU-77310
Your reference: KCSC-240909-06

We have completed our investigation of the domains in your report.

Domain: winbet-korea.top
Result: suspended (clientHold). The domain no longer resolves.

Domain: jackpot365kr.vip
Result: no action taken. The registrant provided documentation and we found
no breach of our Registration Agreement or Acceptable Use Policy. Questions
about site content should go to the hosting provider.

Kind regards,
Namewell Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse outcome per domain (clientHold / no action)",
    why="domain suspended = removed; no action with its reason = rejected (bare domain names, see NOTES)",
    items={W[1]: "removed", W[2]: "rejected"},
)

case(
    name="namewell-bounce-user-unknown", frm="MAILER-DAEMON@namewell.com", name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77aa"

--dsn-77aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.namewell.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@namewell.com>: host mbox.namewell.com[198.51.100.8] said: 550 5.1.1
    <abuse-kr@namewell.com>: Recipient address rejected: User unknown

--dsn-77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.namewell.com

Final-Recipient: rfc822; abuse-kr@namewell.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-77aa
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@namewell.com
Subject: [KCSC-240909-06] Request for removal of illegal content
Message-ID: <kcsc-240909-06.req@kcsc.example>
Content-Type: text/plain; charset=utf-8

{chr(10).join(request_text("KCSC-240909-06"))}

--dsn-77aa--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix bounce (550 user unknown) carrying the original request",
    why="bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="namewell-registry-escalation", frm="abuse@namewell.com", name_from=NW,
    date="Wed, 11 Sep 2024 07:20:00 +0000",
    subject="[NW-ABU-77311] " + subj("KCSC-240909-06"),
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Dear Reporter,

We have referred jackpot365kr.vip ({W[2]}) to the .vip registry
operator for review. The domain may be suspended at registry level
depending on their findings; we will let you know the outcome.

Kind regards,
Namewell Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="registrar escalating to the registry, outcome open",
    why="'may be suspended … depending on' is a hedge and a promise: pending",
    items=pending(W, [2]),
)

# ======================================================= Pastebox (one person)
case(
    name="pastebox-sole-statement", frm="min@pastebox.dev", name_from="Min",
    date="Tue, 10 Sep 2024 13:02:00 +0000", subject=subj("KCSC-240910-07"),
    reply_to_req=mid("KCSC-240910-07"),
    body="""
Deleted it, sorry about that. I've also banned the IP that posted it.

Min
pastebox.dev
""",
    outcome="applied", classification="confirmation",
    imitates="one-person service owner replying in one line",
    why="a request of one item; 'deleted it' in the thread of that request: removed",
    items={P[1]: "removed"},
)

case(
    name="pastebox-angle-already-gone", frm="min@pastebox.dev", name_from="Min",
    date="Wed, 11 Sep 2024 00:30:00 +0000", subject=subj("KCSC-240910-07"),
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hi,

<{P[1]}> was already gone when I looked, the author deleted it
themselves on the 9th. Nothing left for me to remove.

-- Min
""",
    outcome="applied", classification="confirmation",
    imitates="small-service owner reporting the paste was deleted by its author",
    why="already deleted by its author: not_found",
    items={P[1]: "not_found"},
)

case(
    name="pastebox-maintenance-notice", frm="news@pastebox.dev", name_from="Pastebox",
    date="Thu, 19 Sep 2024 09:00:00 +0000",
    subject="Pastebox: scheduled maintenance on 22 September",
    body="""
Hi,

Pastebox will be read-only on Sunday 22 September from 02:00 to 04:00 UTC
while we move to a new database server. Existing pastes stay readable.

Thanks for using Pastebox.
""",
    outcome="review", review="no_claims",
    imitates="service maintenance announcement from a platform domain",
    why="trusted platform mail naming no item and no request",
    items={},
)


# ------------------------------------------------------------------ write
def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, platform, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, platform, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


HEADER = """# Blind set 793 (hosting providers, CDNs, registrars, forums, image boards,
# file hosts, small services; CSV attachments and plain-text tables).
# Written by tests/corpus/blind793/make.py from each email's meaning, before
# any run of the reader. Do not edit by hand.
"""

if __name__ == "__main__":
    for c in cases:
        c["from"] = c.pop("frm")
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
