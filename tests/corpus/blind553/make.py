#!/usr/bin/env python3
"""Blind set 553: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering informally, plus CSV attachments and
plain-text tables.

    python3 tests/corpus/blind553/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on it. All names, domains, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind553"


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
P = {i: u for i, u in enumerate([
    "https://parcelfiles.example/f/Xk29aQ",
    "https://parcelfiles.example/f/Lm83Tz",
    "https://parcelfiles.example/f/Qw71Bn",
    "https://parcelfiles.example/f/Ht05Ry",
    "https://parcelfiles.example/f/Vc62Ud",
    "https://parcelfiles.example/f/Ja48Ke",
    "https://parcelfiles.example/f/Zp17Wm",
    "https://parcelfiles.example/f/Bd93Fo",
    "https://parcelfiles.example/folder/Ns22Gx",
    "https://parcelfiles.example/f/Ey56Cj",
    "https://dl.parcelfiles.example/f/Ro84Si/clip_0912.mp4",
    "https://parcelfiles.example/f/Ku30Hv",
    "https://parcelfiles.example/f/Tg69Aw",
], start=1)}
K = {
    1: "https://toto-lucky88.example/",
    2: "https://toto-lucky88.example/event/welcome-bonus",
    3: "http://203.0.113.45/pharma/index.html",
    4: "https://bluepill-store.example/shop?id=17&ref=kr",
}
K7 = "https://fake-kcsc-login.example/auth/verify.php"
E = {
    1: "https://drama-free-stream.example/watch/ep-14",
    2: "https://drama-free-stream.example/watch/ep-15",
    3: "https://cdn.mangazip.example/read/5512",
}
N = {1: "http://casino-jjang.example/", 2: "http://casino-jjang2.example/"}
GALLERY = "갤러리"
MARKET = "장터"
D_RAW = {
    1: "https://dalbit.example/board/free/182340",
    2: "https://dalbit.example/board/free/182377",
    3: "https://dalbit.example/board/humor/99015",
    4: f"https://dalbit.example/{GALLERY}/5531",
    5: f"https://dalbit.example/{MARKET}/7720",
}
D = {
    1: D_RAW[1], 2: D_RAW[2], 3: D_RAW[3],
    4: f"https://dalbit.example/{quote(GALLERY)}/5531",
    5: f"https://dalbit.example/{quote(MARKET)}/7720",
}
Y = {
    1: "https://yeoulchan.example/b/thread/55021",
    2: "https://yeoulchan.example/b/thread/55064",
    3: "https://img.yeoulchan.example/src/1726100000123.jpg",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, msgid-local, note, urls
    ("KCSC-240903-01", "parcelfiles", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "piracy", "req.240903-01", "file host; shared via gambling forum", list(P.values())),
    ("KCSC-240905-02", "kumohost", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal_gambling", "req.240905-02", 'hosting provider of the sites, "toto" ads', list(K.values())),
    ("KCSC-240909-03", "edgeveil", "2024-09-09T11:30:00+09:00", "2024-09-16T23:59:59+09:00",
     "piracy", "req.240909-03", "CDN in front of the sites", list(E.values())),
    ("KCSC-240910-04", "namewell", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal_gambling", "req.240910-04", "registrar of both domains", list(N.values())),
    ("KCSC-240911-05", "dalbit", "2024-09-11T09:00:00+09:00", "2024-09-18T23:59:59+09:00",
     "defamation", "req.240911-05", "Korean forum, two posts in Korean-path boards", list(D.values())),
    ("KCSC-240912-06", "yeoulchan", "2024-09-12T13:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "obscenity", "req.240912-06", "image board: two threads and one image file", list(Y.values())),
    ("KCSC-240913-07", "kumohost", "2024-09-13T16:20:00+09:00", "2024-09-20T23:59:59+09:00",
     "phishing", "req.240913-07", "impersonates KCSC, urgent, one page", [K7]),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def request_text(ref, raw_korean=True):
    r = REQ[ref]
    urls = r[7]
    if r[1] == "dalbit" and raw_korean:
        urls = list(D_RAW.values())
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content at the addresses below to be illegal under Korean law and asks",
        "you to remove it or to block access to it from Korea.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += [
        "",
        "Please tell us, for each address, what action was taken.",
        "",
        "KCSC Takedown Desk",
        "takedown@kcsc.example",
    ]
    return lines


def quoted(ref, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref)) + "\n"


def pend(*urls):
    return {u: "pending" for u in urls}


# -------------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= Parcel Files (file host, 13 items) ==============
case(
    name="pf-abuse-desk-list-mixed",
    date="Wed, 04 Sep 2024 17:42:10 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="Re: [KCSC-240903-01] Removal request (13 links)",
    reply_to_req="req.240903-01",
    body=f"""
Hello,

Thanks for the report. I went through the first five links today, here is
where they stand:

- {P[1]} : file deleted, uploader account closed
- {P[2]} : file deleted
- {P[3]} : there is no file with this ID in our system (never existed or mistyped?)
- {P[4]} : file deleted
- {P[5]} : we are keeping this one online. It is the official trailer that
  the studio itself shares publicly and it holds none of the content described
  in your letter, so it does not break our terms of service.

I'll write again about the rest once the team has looked at them.

Regards,
Mira Castell
Abuse Desk, Parcel Files
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk reply, bulleted per-link results",
    why="five links each with its own unhedged result; Vc62Ud kept with a reason",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found", P[4]: "removed", P[5]: "rejected"},
)

csv_sheet = "url,result,actioned_at_utc\n" + "\n".join([
    f"{P[1]},removed,2024-09-05 02:11",
    f"{P[2]},removed,2024-09-05 02:11",
    f"{P[3]},not found,",
    f"{P[4]},removed,2024-09-05 02:14",
    f"{P[5]},no violation - left online,",
    f"{P[6]},removed,2024-09-05 02:20",
    f"{P[7]},removed,2024-09-05 02:20",
    f"{P[8]},removed,2024-09-05 02:21",
    f"{P[9]},folder disabled,2024-09-05 02:25",
    f"{P[10]},not found,",
    f"{P[11]},removed,2024-09-05 02:31",
    f"{P[12]},removed,2024-09-05 02:31",
    f"{P[13]},blocked for KR visitors,2024-09-05 02:40",
]) + "\n"
case(
    name="pf-csv-attachment-all-13",
    date="Thu, 05 Sep 2024 12:03:55 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="KCSC-240903-01 - outcome sheet",
    reply_to_req="req.240903-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="pf-sheet-7731"

--pf-sheet-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for every link of your request KCSC-240903-01 is in the attached
sheet (one row per link, times in UTC).

Parcel Files Abuse Desk

--pf-sheet-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_sheet)}
--pf-sheet-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk sending a CSV result sheet",
    why="CSV attachment with one result per link: removed, not found, no violation, folder disabled, KR block",
    items={P[1]: "removed", P[2]: "removed", P[3]: "not_found", P[4]: "removed", P[5]: "rejected",
           P[6]: "removed", P[7]: "removed", P[8]: "removed", P[9]: "removed", P[10]: "not_found",
           P[11]: "removed", P[12]: "removed", P[13]: "restricted"},
)

case(
    name="pf-plaintext-table-remaining",
    date="Mon, 09 Sep 2024 10:15:00 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="KCSC-240903-01: status of the remaining links",
    body=f"""
Hi,

Status of links 6 to 13 of KCSC-240903-01 as of today:

 #  | Link                                                  | Action
----+-------------------------------------------------------+------------------
 6  | {P[6]:<53} | Deleted
 7  | {P[7]:<53} | Deleted
 8  | {P[8]:<53} | Not found
 9  | {P[9]:<53} | Folder disabled
 10 | {P[10]:<53} | Kept (no violation)
 11 | {P[11]:<53} | Deleted
 12 | {P[12]:<53} | Deleted
 13 | {P[13]:<53} | Geo-blocked (KR)

Links 1 to 5 were answered on 4 September.

Mira
Parcel Files Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table typed by an abuse desk",
    why="one row per link with its action; 'Kept (no violation)' is a refusal, 'Geo-blocked (KR)' a restriction",
    items={P[6]: "removed", P[7]: "removed", P[8]: "not_found", P[9]: "removed", P[10]: "rejected",
           P[11]: "removed", P[12]: "removed", P[13]: "restricted"},
)

case(
    name="pf-bare-url-status-below",
    date="Fri, 06 Sep 2024 08:30:12 +0900",
    **{"from": "support@parcelfiles.example"},
    name_from="Parcel Files Support",
    subject="Re: [KCSC-240903-01] Removal request (13 links)",
    reply_to_req="req.240903-01",
    body=f"""
Hello KCSC,

{P[7]}
Status: removed (illegal content policy)

{P[8]}
Status: removed

{P[9]}
Status: not found. The folder had already been emptied by its owner before
we got to it.

--
Parcel Files Support
""",
    outcome="applied", classification="confirmation",
    imitates="support-ticket reply with a status line under each bare URL",
    why="each URL is followed by its status line; the emptied folder is already deleted by its author",
    items={P[7]: "removed", P[8]: "removed", P[9]: "not_found"},
)

others = [P[i] for i in range(1, 14) if i != 10]
case(
    name="pf-one-liner-topposted",
    date="Sat, 07 Sep 2024 23:51:40 +0900",
    **{"from": "jonas@parcelfiles.example"},
    name_from="Jonas Reiter",
    subject="Re: [KCSC-240903-01] Removal request (13 links)",
    reply_to_req="req.240903-01",
    body=f"""
{P[10]} deleted, account banned.

--
Jonas
sent from my phone

{quoted("KCSC-240903-01", "On Tue, 3 Sep 2024 at 14:00, KCSC Takedown <takedown@kcsc.example> wrote:")}""",
    outcome="applied", classification="confirmation",
    imitates="one-line admin reply typed on a phone over the Gmail-quoted request",
    why="one URL stated deleted above the quote; the quoted request's 12 other links stay pending",
    items={P[10]: "removed", **pend(*others)},
)

html_table = f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the result for the links of notice <b>KCSC-240903-01</b> that
were still open.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Result</th><th>Date</th></tr>
<tr><td><a href="{P[11]}">{P[11]}</a></td><td>Removed</td><td>2024-09-08</td></tr>
<tr><td><a href="{P[12]}">{P[12]}</a></td><td>Removed</td><td>2024-09-08</td></tr>
<tr><td><a href="{P[13]}">{P[13]}</a></td><td>Not found &ndash; no file under this ID</td><td>&ndash;</td></tr>
</table>
<p>Kind regards,<br>Trust &amp; Safety &ndash; Parcel Files<br>
<a href="https://parcelfiles.example/legal/transparency">Transparency report</a></p>
</body></html>
"""
case(
    name="pf-qp-html-table",
    date="Sun, 08 Sep 2024 19:20:05 +0900",
    **{"from": "trust@parcelfiles.example"},
    name_from="Parcel Files Trust & Safety",
    subject="Result of notice KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html_table)}
""",
    outcome="applied", classification="confirmation",
    imitates="HTML result table from a trust-and-safety team, quoted-printable",
    why="three table rows, each with a result; the transparency-report link is not an item",
    items={P[11]: "removed", P[12]: "removed", P[13]: "not_found"},
)

case(
    name="pf-base64-made-unavailable",
    date="Fri, 06 Sep 2024 15:02:47 +0900",
    **{"from": "legal@parcelfiles.example"},
    name_from="Parcel Files Legal",
    subject="Your notice KCSC-240903-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''Dear Sir or Madam,

Further to your notice KCSC-240903-01, we confirm that the following files
were made unavailable on 6 September 2024:

  {P[2]}
  {P[4]}

The uploaders have been told of the action and of how to send a counter-notice.

Parcel Files Legal Team
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="legal-team confirmation letter, base64 body",
    why="two files stated made unavailable on a date; the counter-notice sentence states nothing about status",
    items={P[2]: "removed", P[4]: "removed"},
)

orig_block = "\n".join(request_text("KCSC-240903-01"))
case(
    name="pf-outlook-original-message",
    date="Thu, 05 Sep 2024 09:48:31 +0900",
    **{"from": "dana.whitfield@parcelfiles.example"},
    name_from="Dana Whitfield",
    subject="RE: [KCSC-240903-01] Removal request (13 links)",
    reply_to_req="req.240903-01",
    body=f"""
Hello,

Files Vc62Ud and Ja48Ke were taken down this morning:
{P[5]}
{P[6]}

Best,
Dana Whitfield | Content Operations | Parcel Files

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: abuse@parcelfiles.example
Subject: [KCSC-240903-01] Removal request (13 links)

{orig_block}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply over an unquoted -----Original Message----- block",
    why="two files stated taken down above the original message; the other eleven are only in the copied request",
    items={P[5]: "removed", P[6]: "removed",
           **pend(*[P[i] for i in range(1, 14) if i not in (5, 6)])},
)

case(
    name="pf-echoed-report-decision",
    date="Fri, 06 Sep 2024 18:40:00 +0900",
    **{"from": "noreply@reports.parcelfiles.example"},
    name_from="Parcel Files Reports",
    subject="Decision on your report PF-7781",
    body=f"""
Hello,

We have made a decision on a report you sent us.

YOUR REPORT
  Report ID:        PF-7781
  Reported link:    {P[6]}
  Category:         Illegal content (other)
  Your reference:   KCSC-240903-01
  Submitted:        2024-09-03 05:12 UTC

OUR DECISION
  The file has been disabled and can no longer be downloaded.
  Decided:          2024-09-06 09:40 UTC

If you disagree with this decision you can ask for it to be looked at again:
https://parcelfiles.example/help/appeals

Parcel Files
""",
    outcome="applied", classification="confirmation",
    imitates="automated report-decision notice echoing the report (DSA-style statement)",
    why="the echoed report names one link and the decision says the file was disabled; appeal page is not an item",
    items={P[6]: "removed"},
)

case(
    name="pf-wrapped-url",
    date="Tue, 10 Sep 2024 11:05:19 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="Re: [KCSC-240903-01] video link and share page",
    reply_to_req="req.240903-01",
    body=f"""
Hi,

The video at https://dl.parcelfiles.example/f/Ro84Si/
clip_0912.mp4 has been deleted from storage, and the share page
{P[12]} was removed as well.

Mira
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk reply whose mail client wrapped a long download URL",
    why="a clerk reads the wrapped download URL as the requested clip; both deleted/removed",
    items={P[11]: "removed", P[12]: "removed"},
)

# ------------------------------------------------------- Parcel Files review
case(
    name="pf-promise-within-24h",
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="Re: [KCSC-240903-01] Removal request (13 links)",
    reply_to_req="req.240903-01",
    body=f"""
Hello,

Thank you. We will disable the files below within 24 hours of this message,
after the uploader has been notified:

{P[7]}
{P[8]}
{P[9]}

Parcel Files Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising future action",
    why="'will disable within 24 hours' is a promise, not a statement; items stay pending",
    items=pend(P[7], P[8], P[9]),
)

case(
    name="pf-bulk-all-removed",
    date="Wed, 11 Sep 2024 16:00:00 +0900",
    **{"from": "abuse@parcelfiles.example"},
    name_from="Parcel Files Abuse Desk",
    subject="KCSC-240903-01 closed",
    body="""
Hello,

All 13 files listed in your notice KCSC-240903-01 have now been removed from
Parcel Files and the case is closed on our side.

Parcel Files Abuse Desk
""",
    outcome="review", review="bulk",
    imitates="abuse desk closing a case with one sentence for all links",
    why="one statement for a 13-item request without naming each link: bulk review, items pending",
    items=pend(*P.values()),
)

case(
    name="pf-asks-more-info",
    date="Wed, 04 Sep 2024 13:30:00 +0900",
    **{"from": "legal@parcelfiles.example"},
    name_from="Parcel Files Legal",
    subject="KCSC-240903-01 - information needed",
    body=f"""
Dear KCSC,

Before we can act on two of the links in KCSC-240903-01 we need more
information:

  {P[12]}
  {P[13]}

Both files are large archives. Please tell us which files inside each archive
are concerned and the provision of Korean law that applies to them. Please
reply to this email with that information.

Parcel Files Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the legal basis and exact files",
    why="asks for more information about two links; nothing decided",
    items=pend(P[12], P[13]),
)

bounce_orig = "\n".join(request_text("KCSC-240903-01")[:12])
case(
    name="pf-dsn-user-unknown",
    date="Tue, 03 Sep 2024 14:00:09 +0900",
    **{"from": "MAILER-DAEMON@mx1.parcelfiles.example"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5A21C"

--dsn-5A21C
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.parcelfiles.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dmca@parcelfiles.example>: host store.parcelfiles.example[198.51.100.77]
    said: 550 5.1.1 <dmca@parcelfiles.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn-5A21C
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.parcelfiles.example
Arrival-Date: Tue,  3 Sep 2024 14:00:07 +0900 (KST)

Final-Recipient: rfc822; dmca@parcelfiles.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in virtual mailbox table

--dsn-5A21C
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dmca@parcelfiles.example
Subject: [KCSC-240903-01] Removal request (13 links)
Date: Tue, 03 Sep 2024 14:00:00 +0900
Message-ID: <req.240903-01@kcsc.example>
Content-Type: text/plain; charset=utf-8

{bounce_orig}

--dsn-5A21C--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN, user unknown, with the returned request",
    why="delivery failure; the URLs are only in the returned request",
    items=pend(P[1], P[2], P[3], P[4]),
)

# ======================= Kumo Hosting (hosting provider) =================
case(
    name="kumo-ticket-resolved",
    date="Mon, 16 Sep 2024 10:45:02 +0900",
    **{"from": "support@tickets.kumohost.example"},
    name_from="Kumo Hosting Support",
    subject="[Ticket #KH-55810] Resolved: KCSC-240905-02",
    body=f"""
##- Please type your reply above this line -##

Your ticket #KH-55810 has been set to Resolved.

Yuto (Kumo Hosting Abuse), 16 Sep 2024 10:41 JST

We have suspended the hosting account behind toto-lucky88.example. Both
reported addresses now answer 403 Forbidden and the content has been deleted
from the server:
{K[1]}
{K[2]}

The other two links in your letter are handled in a separate ticket.

View this ticket: https://support.kumohost.example/tickets/KH-55810
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk ticket-resolved notification with the agent's reply",
    why="two URLs stated deleted from the server; ticket link is not an item",
    items={K[1]: "removed", K[2]: "removed"},
)

case(
    name="kumo-null-routed-and-not-ours",
    date="Tue, 17 Sep 2024 18:22:41 +0900",
    **{"from": "noc@kumohost.example"},
    name_from="Kumo Hosting NOC",
    subject="Re: [KCSC-240905-02] Removal request",
    reply_to_req="req.240905-02",
    body=f"""
Hello,

Regarding KCSC-240905-02:

1) {K[3]}
   The VPS using this address was shut down and the IP null-routed on
   17 Sep. The page is no longer reachable.

2) {K[4]}
   We could not find this site anywhere on our network. Its DNS points to
   another provider; please contact them.

Kind regards,
NOC / Abuse, Kumo Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="hosting NOC reply: null-route of an IP, 'not on our network'",
    why="IP page taken offline by shutting the server; the shop cannot be located on the host's network",
    items={K[3]: "removed", K[4]: "not_found"},
)

case(
    name="kumo-single-item-no-url",
    date="Sat, 14 Sep 2024 09:05:33 +0900",
    **{"from": "abuse@kumohost.example"},
    name_from="Kumo Hosting Abuse Team",
    subject="Re: [KCSC-240913-07] Phishing page",
    reply_to_req="req.240913-07",
    body="""
Hello,

The phishing page you reported has been taken offline and the customer's
hosting account terminated for breach of our acceptable use policy.

Regards,
Kumo Hosting Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse-team confirmation without repeating the URL",
    why="one-item request: the sole statement 'taken offline' applies to its only item",
    items={K7: "removed"},
)

case(
    name="kumo-gmail-topposted-two-of-four",
    date="Mon, 09 Sep 2024 14:31:08 +0900",
    **{"from": "haruka.ito@kumohost.example"},
    name_from="Haruka Ito",
    subject="Re: [KCSC-240905-02] Removal request",
    reply_to_req="req.240905-02",
    body=f"""
Hi, done: removed both pages from the server.
{K[2]}
{K[4]}

The other two are still being investigated.

Haruka
Kumo Hosting

{quoted("KCSC-240905-02", "On Thu, 5 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:")}""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the quoted request",
    why="two URLs stated removed; the other two 'still being investigated' and only quoted",
    items={K[2]: "removed", K[4]: "removed", K[1]: "pending", K[3]: "pending"},
)

case(
    name="kumo-hedge-appears-offline",
    date="Fri, 06 Sep 2024 11:10:00 +0900",
    **{"from": "abuse@kumohost.example"},
    name_from="Kumo Hosting Abuse Team",
    subject="Re: [KCSC-240905-02] Removal request",
    reply_to_req="req.240905-02",
    body=f"""
Hello,

It looks like {K[1]} is offline at the moment; the customer may have taken it
down themselves after our first warning. We will confirm once we have checked
the server.

Kumo Hosting Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse desk's first impression, hedged",
    why="'looks like' / 'may have' and 'will confirm' are hedges and a promise; item stays pending",
    items={K[1]: "pending"},
)

case(
    name="kumo-authfail-spoof",
    date="Sat, 07 Sep 2024 03:14:59 +0900",
    **{"from": "abuse@kumohost.example"},
    name_from="Kumo Hosting Abuse",
    auth="fail",
    subject="Re: [KCSC-240905-02] Removal request",
    body=f"""
Dear KCSC,

The server at {K[3]} has been removed from our network.

Kumo Hosting Abuse
""",
    outcome="review", review="untrusted",
    imitates="plain statement in a mail failing DKIM/SPF/DMARC for the host's domain",
    why="platform domain but authentication fails: untrusted, item stays pending",
    items={K[3]: "pending"},
)

case(
    name="site-owner-unknown-sender",
    date="Sun, 08 Sep 2024 21:40:11 +0900",
    **{"from": "webmaster@toto-lucky88.example"},
    name_from="toto-lucky88 webmaster",
    subject="KCSC-240905-02 event page",
    body=f"""
hello

my hosting company forwarded your letter. I deleted the page
{K[2]} today, please close the case and tell Kumo.

thanks
""",
    outcome="review", review="unknown_sender",
    imitates="site owner writing to the regulator after the host forwarded the complaint",
    why="the sender is the site's owner, not the platform's domain: unknown sender",
    items={K[2]: "pending"},
)

case(
    name="kumo-ticket-receipt",
    date="Thu, 05 Sep 2024 10:00:41 +0900",
    **{"from": "support@tickets.kumohost.example"},
    name_from="Kumo Hosting Support",
    subject="[Ticket #KH-55810] Request received: [KCSC-240905-02] Removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#KH-55810) has been received and is being reviewed by our
support staff.

To add more information to this request, reply to this email.

Kumo Hosting Support
https://support.kumohost.example/tickets/KH-55810
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk auto-receipt 'your request has been received'",
    why="pure ticket receipt, names no item and states nothing",
    items={},
)

case(
    name="kumo-out-of-office",
    date="Thu, 05 Sep 2024 10:00:52 +0900",
    **{"from": "k.mori@kumohost.example"},
    name_from="Kenji Mori",
    subject="Automatic reply: [KCSC-240905-02] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For abuse matters please write to
abuse@kumohost.example, which is read every day.

Kenji Mori
Kumo Hosting
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="out-of-office auto-reply",
    items={},
)

# ======================= EdgeVeil (CDN) ==================================
case(
    name="edge-geoblock-and-storage-delete",
    date="Thu, 12 Sep 2024 20:02:17 +0900",
    **{"from": "trust-safety@edgeveil.example"},
    name_from="EdgeVeil Trust & Safety",
    subject="Your notice KCSC-240909-03",
    body=f"""
Dear KCSC,

Thank you for your notice (KCSC-240909-03). Our Trust & Safety team has
reviewed the three URLs.

The episodes at {E[1]} and
{E[2]} are now blocked for visitors connecting
from the Republic of Korea. They remain reachable elsewhere, as the site's
operator and origin server are outside your jurisdiction.

The page {E[3]} was served from our object
storage product, so we are its host: we deleted the stored files and the URL
now returns 404 everywhere.

EdgeVeil Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply: country block for proxied sites, deletion for hosted storage",
    why="two URLs blocked for Korea (restricted); hosted page deleted (removed)",
    items={E[1]: "restricted", E[2]: "restricted", E[3]: "removed"},
)

case(
    name="edge-passthrough-forwarded-one-hosted",
    date="Wed, 11 Sep 2024 07:33:04 +0900",
    **{"from": "abuse-noreply@edgeveil.example"},
    name_from="EdgeVeil Abuse",
    subject="[EdgeVeil Abuse] Report 8c1e-40f2 - KCSC-240909-03",
    body=f"""
Hello,

EdgeVeil is a pass-through CDN for drama-free-stream.example and cannot remove
content that is stored on the site's own server. We have forwarded your
complaint about

  {E[1]}
  {E[2]}

to the site's hosting provider, Orchard Cloud (abuse@orchardcloud.example),
and to the site owner. Please follow up with them directly.

The image set at {E[3]} is, however, stored on
EdgeVeil Images, and we have disabled it.

EdgeVeil Abuse Team
https://www.edgeveil.example/abuse-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are not the host, forwarded to hosting provider' reply",
    why="hosted image set disabled; the proxied episodes were only forwarded to the host, not actioned",
    items={E[3]: "removed", E[1]: "pending", E[2]: "pending"},
)

case(
    name="edge-about-parcelfiles-items",
    date="Mon, 09 Sep 2024 17:18:40 +0900",
    **{"from": "trust-safety@edgeveil.example"},
    name_from="EdgeVeil Trust & Safety",
    subject="Cached copies of Parcel Files links (your notice KCSC-240903-01)",
    body=f"""
Dear KCSC,

Parcel Files is a customer of EdgeVeil and we received a copy of your notice
KCSC-240903-01. For two of its links we have purged every cached copy from
our edge servers and the origin has deleted the files:

{P[12]}
{P[13]}

For anything else please contact Parcel Files directly.

EdgeVeil Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN telling the regulator what it did about its customer's files",
    why="EdgeVeil states statuses for Parcel Files' items: wrong platform",
    items=pend(P[12], P[13]),
)

case(
    name="edge-bounce-mailbox-full",
    date="Mon, 09 Sep 2024 11:30:20 +0900",
    **{"from": "postmaster@edgeveil.example"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="0000edge9a71"

--0000edge9a71
Content-Type: text/plain; charset=utf-8

Your message to legal-old@edgeveil.example could not be delivered.
The recipient's mailbox is full and cannot accept messages right now.

--0000edge9a71
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.edgeveil.example

Final-Recipient: rfc822; legal-old@edgeveil.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--0000edge9a71
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-old@edgeveil.example
Subject: [KCSC-240909-03] Removal request
Date: Mon, 09 Sep 2024 11:30:00 +0900
Message-ID: <req.240909-03@kcsc.example>

--0000edge9a71--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style DSN, mailbox full, headers of the original only",
    why="delivery failure",
    items={},
)

# ======================= Namewell (registrar) ============================
case(
    name="namewell-clienthold-bare-domains",
    date="Thu, 12 Sep 2024 16:48:00 +0900",
    **{"from": "compliance@namewell.example"},
    name_from="Namewell Compliance",
    subject="Re: [KCSC-240910-04] Removal request",
    reply_to_req="req.240910-04",
    body="""
Dear Sir/Madam,

Thank you for your abuse report regarding KCSC-240910-04.

casino-jjang.example: after review we have placed the domain on clientHold.
It no longer resolves.

casino-jjang2.example: this domain is not registered through Namewell and we
have no record of it. According to WHOIS it is held at another registrar.

Namewell Compliance Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance reply naming bare domains (clientHold / not our registration)",
    why="first domain put on hold and no longer resolves (removed); the second is not in the registrar's records",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="namewell-numbered-angle-brackets",
    date="Fri, 13 Sep 2024 09:20:31 +0900",
    **{"from": "abuse@namewell.example"},
    name_from="Namewell Abuse",
    subject="KCSC-240910-04 - domains suspended",
    body="""
Hello,

Both domains in your report KCSC-240910-04 have been suspended:

1. <http://casino-jjang.example/> - suspended, serverHold set at the registry,
   no longer resolving
2. <http://casino-jjang2.example/> - suspended

The registrant can contest the suspension through our dispute process.

Namewell Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk numbered list with URLs in angle brackets",
    why="each domain named and stated suspended",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="namewell-generic-policy-letter",
    date="Wed, 11 Sep 2024 12:00:00 +0900",
    **{"from": "abuse@namewell.example"},
    name_from="Namewell Abuse",
    subject="Your abuse report",
    body="""
Hello,

Please note that Namewell is a domain name registrar. We do not host websites
and cannot remove content from them. For website content, please contact the
hosting provider of the site. You can find more about how we handle abuse
reports here: https://www.namewell.example/legal/abuse-policy

Namewell Abuse Department
""",
    outcome="review", review="no_claims",
    imitates="registrar's standard 'we do not host content' letter",
    why="trusted platform mail naming no item and no request reference",
    items={},
)

case(
    name="namewell-case-opened",
    date="Tue, 10 Sep 2024 15:01:12 +0900",
    **{"from": "no-reply@namewell.example"},
    name_from="Namewell Abuse",
    subject="Abuse case NW-ABU-33021 opened [KCSC-240910-04]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your complaint (your reference KCSC-240910-04) and opened
abuse case NW-ABU-33021. Our compliance team usually replies within two
business days.

Please keep the case number in the subject of any further message.

Namewell Abuse Department
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar abuse-case auto-acknowledgement",
    why="pure receipt with a case number; nothing about any item",
    items={},
)

# ======================= Dalbit (Korean forum) ===========================
case(
    name="dalbit-korean-numbered-results",
    date="Thu, 12 Sep 2024 14:30:00 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("[달빛] 게시물 조치 결과 안내 (KCSC-240911-05)"),
    reply_to_req="req.240911-05",
    body=f"""
안녕하세요, 달빛 커뮤니티 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 아래와 같이 처리하였음을
알려드립니다.

1. {D[1]}
   → 게시물 삭제 완료
2. {D[2]}
   → 블라인드 처리
3. {D[3]}
   → 작성자가 이미 삭제한 게시물로 확인되었습니다.

나머지 2건은 확인 후 다시 회신드리겠습니다.

감사합니다.
달빛 커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum operator's 조치 결과 안내 with arrows under each URL",
    why="삭제 완료 and 블라인드 are removals; 작성자가 이미 삭제 is not_found; remaining two not named",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dalbit-raw-korean-paths-particles",
    date="Fri, 13 Sep 2024 22:11:45 +0900",
    **{"from": "admin@dalbit.example"},
    name_from=enc("달빛 운영자"),
    subject=enc("Re: [KCSC-240911-05] 게시물 삭제 요청"),
    reply_to_req="req.240911-05",
    body=f"""
운영자입니다.

요청 주신 건 중 {D_RAW[4]} 은 명예훼손 신고 절차에 따라
임시조치(30일) 했고, {D_RAW[5]} 게시글은 운영자 삭제했습니다.
（{D_RAW[3]}）도 오늘 삭제했습니다.

나머지 두 건은 아직 검토 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's casual Korean reply with raw Korean-path URLs, particles and full-width brackets",
    why="임시조치 is restricted; 운영자 삭제 and 삭제 are removals; '두 건 검토 중' names nothing",
    items={D[4]: "restricted", D[5]: "removed", D[3]: "removed"},
)

dalbit_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구(KCSC-240911-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{D[1]}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>2</td><td>{D[2]}</td><td>삭제</td><td>2024.09.13</td></tr>
<tr><td>3</td><td>{D[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>4</td><td>{D_RAW[4]}</td><td>임시조치(30일)</td><td>2024.09.13</td></tr>
<tr><td>5</td><td>{D_RAW[5]}</td><td>삭제</td><td>2024.09.13</td></tr>
</table>
<p>주식회사 달빛넷 운영팀</p>
</body></html>
"""
case(
    name="dalbit-html-table-base64",
    date="Fri, 13 Sep 2024 17:55:02 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("시정요구 조치결과 회신 (KCSC-240911-05)"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dalbit_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, HTML in base64",
    why="five table rows: 삭제 (removed), 해당 게시물 없음 (not_found), 임시조치 (restricted)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found", D[4]: "restricted", D[5]: "removed"},
)

dalbit_csv = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{D[1]},삭제,2024-09-13 10:20",
    f"2,{D[2]},임시조치,2024-09-13 10:21",
    f"3,{D[3]},삭제,2024-09-13 10:22",
    f"4,{D[4]},삭제,2024-09-13 10:24",
    f"5,{D[5]},게시물 없음(작성자 삭제),",
]) + "\n"
case(
    name="dalbit-csv-korean",
    date="Sat, 14 Sep 2024 10:40:00 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("[달빛] KCSC-240911-05 처리결과 (첨부)"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="dalbit-csv-0914"

--dalbit-csv-0914
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 달빛 커뮤니티 운영팀입니다.
KCSC-240911-05 건 처리결과를 첨부 파일로 보내드립니다.
감사합니다.

--dalbit-csv-0914
Content-Type: text/csv; charset=utf-8; name="{enc('처리결과_KCSC-240911-05.csv')}"
Content-Disposition: attachment; filename="result_KCSC-240911-05.csv"
Content-Transfer-Encoding: base64

{b64(dalbit_csv)}
--dalbit-csv-0914--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator sending a CSV result sheet (UTF-8 with BOM)",
    why="CSV rows: 삭제 (removed), 임시조치 (restricted), 게시물 없음(작성자 삭제) (not_found)",
    items={D[1]: "removed", D[2]: "restricted", D[3]: "removed", D[4]: "removed", D[5]: "not_found"},
)

case(
    name="dalbit-admin-oneliner-particle",
    date="Thu, 12 Sep 2024 01:02:03 +0900",
    **{"from": "admin@dalbit.example"},
    name_from=enc("달빛 운영자"),
    subject=enc("Re: [KCSC-240911-05] 게시물 삭제 요청"),
    reply_to_req="req.240911-05",
    body=f"""
{D[3]}는 지웠어요. 나머지는 내일 볼게요.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small forum's admin, particle glued to the URL",
    why="one URL stated deleted (지웠어요); the rest is a promise naming nothing",
    items={D[3]: "removed"},
)

case(
    name="dalbit-bulk-korean",
    date="Mon, 16 Sep 2024 09:30:00 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("[달빛] KCSC-240911-05 조치 완료"),
    body="""
안녕하세요, 달빛 커뮤니티 운영팀입니다.

KCSC-240911-05 건으로 요청하신 게시물 5건은 모두 삭제 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean operator's one-sentence 모두 삭제 조치 notice",
    why="'5건 모두 삭제' for a five-item request, no URL named: bulk review",
    items=pend(*D.values()),
)

case(
    name="dalbit-conditional-korean",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("Re: [KCSC-240911-05] 게시물 삭제 요청"),
    reply_to_req="req.240911-05",
    body=f"""
안녕하세요, 달빛 커뮤니티 운영팀입니다.

아래 게시물은 작성자에게 소명 기회를 드리고 있습니다. 소명 기간(7일)이 지난
뒤에도 소명이 없으면 삭제할 예정입니다.

- {D[2]}
- {D_RAW[4]}

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator announcing deletion after the author's 소명 period",
    why="삭제할 예정 on a condition is a promise: items stay pending",
    items=pend(D[2], D[4]),
)

case(
    name="dalbit-read-receipt",
    date="Wed, 11 Sep 2024 09:14:27 +0900",
    **{"from": "help@dalbit.example"},
    name_from=enc("달빛 커뮤니티 운영팀"),
    subject=enc("읽음 확인: [KCSC-240911-05] 게시물 삭제 요청"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-dalbit-11"

--mdn-dalbit-11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 2024-09-11 09:14에 열어 보았습니다.
이 확인은 메일이 화면에 표시되었다는 것만 뜻하며, 내용을 읽거나 이해했다는
뜻은 아닙니다.

--mdn-dalbit-11
Content-Type: message/disposition-notification

Reporting-UA: mail.dalbit.example; Webmail 5.2
Final-Recipient: rfc822; help@dalbit.example
Original-Message-ID: <req.240911-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-dalbit-11--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt only",
    items={},
)

# ======================= Yeoulchan (image board) =========================
case(
    name="yeoul-admin-both-threads",
    date="Fri, 13 Sep 2024 02:44:10 +0900",
    **{"from": "admin@yeoulchan.example"},
    name_from="yeoul admin",
    subject="Re: [KCSC-240912-06] Removal request",
    reply_to_req="req.240912-06",
    body=f"""
hey, both threads are gone ({Y[1]} and
{Y[2]}), poster banned 30 days.

-- yeoul admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's lower-case one-liner",
    why="both threads named and stated gone (deleted by the admin)",
    items={Y[1]: "removed", Y[2]: "removed"},
)

case(
    name="yeoul-image-purged-schemeless",
    date="Sat, 14 Sep 2024 13:09:55 +0900",
    **{"from": "admin@yeoulchan.example"},
    name_from="yeoul admin",
    subject="Re: [KCSC-240912-06] Removal request",
    reply_to_req="req.240912-06",
    body=f"""
img.yeoulchan.example/src/1726100000123.jpg purged from storage and cache.

thread 55021 had already 404'd before I saw your mail (pruned off the last
page by the board software): {Y[1]}

-- yeoul admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin reply: image purged, thread already pruned",
    why="the image (written without scheme) was purged; the thread no longer existed when they looked",
    items={Y[3]: "removed", Y[1]: "not_found"},
)

case(
    name="yeoul-rejected-parody",
    date="Sun, 15 Sep 2024 20:20:20 +0900",
    **{"from": "mod@yeoulchan.example"},
    name_from="yeoulchan mod team",
    subject="Re: [KCSC-240912-06] Removal request",
    reply_to_req="req.240912-06",
    body=f"""
Hi,

Looked at {Y[2]} - it's a parody thread with drawings, no
real people and nothing explicit. It doesn't break our rules, so it stays up.
If you have a court order we'll look at it again.

mods
""",
    outcome="applied", classification="confirmation",
    imitates="mod team refusing with a reason",
    why="thread stays up because it breaks no rule: rejected",
    items={Y[2]: "rejected"},
)

case(
    name="yeoul-under-review",
    date="Thu, 12 Sep 2024 23:00:00 +0900",
    **{"from": "mod@yeoulchan.example"},
    name_from="yeoulchan mod team",
    subject="Re: [KCSC-240912-06] Removal request",
    reply_to_req="req.240912-06",
    body=f"""
Hi, thread {Y[1]} is with the mod team now, under review.
We'll get back to you.
""",
    outcome="review", review="not_understood",
    imitates="mod team's 'under review' note",
    why="'under review' is not a statement; the named thread stays pending",
    items={Y[1]: "pending"},
)

case(
    name="yeoul-auto-reply",
    date="Thu, 12 Sep 2024 13:00:30 +0900",
    **{"from": "admin@yeoulchan.example"},
    name_from="yeoul admin",
    subject="Auto: Re: [KCSC-240912-06] Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automatic reply. This mailbox is read about once a week.
To report a post, use the [report] button next to it on the board.
""",
    outcome="ignored", classification="auto_reply",
    imitates="small site's weekly-mailbox auto-reply",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 553 (hosting providers, CDNs, registrars, forums, image boards,
# file hosts, small services; CSV attachments and plain-text tables).
# Written by tests/corpus/blind553/make.py from the meaning of each email,
# before the reader was run. Requests: requests.csv. Config: config.toml.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
