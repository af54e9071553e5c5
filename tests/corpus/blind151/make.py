#!/usr/bin/env python3
"""Blind set 151: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering the regulator, often informally (abuse
desks, admins writing one line), plus CSV attachments and plain-text tables.

Every name, URL, ticket number and person is fictional. Expected results were
written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind151/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

corpuslib.DOMAIN_NAMES.update({
    "filecrate.io": "FileCrate Legal",
    "hostbay.net": "Hostbay Abuse Desk",
    "edgeshield.net": "EdgeShield Trust & Safety",
    "namepoint.co": "NamePoint Abuse",
    "dalbit-community.kr": "달빛커뮤니티 운영팀",
    "kobochan.net": "kobochan mods",
})


def kr(url):
    """Percent-encode the path of a URL the way requests.csv stores it."""
    scheme, rest = url.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/" + quote(path, safe="/?=&#%")


# ---------------------------------------------------------------- requests
FC = [
    "https://filecrate.io/f/9kQ2xZ",
    "https://filecrate.io/f/Tb71mW",
    "https://filecrate.io/f/pL0vRe",
    "https://filecrate.io/f/Qz3hNa",
    "https://filecrate.io/f/8uYc2D",
    "https://filecrate.io/f/mVx5Ko",
    "https://filecrate.io/f/Hw6sJ1",
    "https://filecrate.io/f/a2GdLq",
    "https://filecrate.io/f/Ue4nPb",
    "https://filecrate.io/f/rC9tXy",
    "https://filecrate.io/d/Jf7kMz/folder",
    "https://filecrate.io/d/Wq2bNc",
    "https://filecrate.io/f/Zo8eVg",
    "https://filecrate.io/f/kN1uRs",
]
HB = [
    "https://sky-slots77.bet/join",
    "https://sky-slots77.bet/promo/vip.html",
    "http://198.51.100.77/bet/index.php",
    "https://luckyharbor-casino.hostbay.site/",
]
DB_RAW = [
    "https://dalbit-community.kr/board/free/88213",
    "https://dalbit-community.kr/board/free/88240",
    "https://dalbit-community.kr/board/humor/10452",
    "https://dalbit-community.kr/board/장터/3391",
    "https://dalbit-community.kr/board/free/88301",
]
DB = [kr(u) for u in DB_RAW]
KB = [
    "https://kobochan.net/b/res/55120.html",
    "https://kobochan.net/b/res/55187.html",
    "https://kobochan.net/g/res/9034.html",
]
ES = [
    "https://toto-garden99.site/event",
    "https://toto-garden99.site/signup?ref=kr",
]
NP = ["http://bet-kings88.shop/"]
DB2_RAW = [
    "https://dalbit-community.kr/board/free/89015",
    "https://dalbit-community.kr/board/장터/3402",
]
DB2 = [kr(u) for u in DB2_RAW]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "filecrate", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     FC, "obscenity", "file host links shared in a paid channel"),
    ("KCSC-240903-02", "hostbay", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     HB, "gambling", "sites and a bare-IP page hosted by Hostbay"),
    ("KCSC-240904-03", "dalbit", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     DB, "drugs", "forum posts advertising drugs"),
    ("KCSC-240905-04", "kobochan", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     KB, "defamation", "image board threads"),
    ("KCSC-240906-05", "edgeshield", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     ES, "gambling", "site behind the EdgeShield CDN"),
    ("KCSC-240909-06", "namepoint", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     NP, "gambling", "domain registered through NamePoint"),
    ("KCSC-240911-07", "dalbit", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     DB2, "fraud", "fake ticket sales"),
]


def msgid(ref):
    return "req." + ref[5:].lower() + "@kcsc.example"


def thread(ref):
    return "req." + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, pf, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, pf, sent, due, u, cat, msgid(ref), note])


def request_body(ref, urls, raw=None):
    """The regulator's request text, as platforms quote it back."""
    shown = raw or urls
    lines = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) requests the removal",
        f"of the following content, which is illegal under Korean law (ref. {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(shown, 1)]
    lines += ["", "Please inform us of the action taken for each URL.", "", "KCSC Takedown Team"]
    return lines


def quoted(ref, urls, raw=None, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_body(ref, urls, raw))


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def pend(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ FileCrate
fc_csv = "url,action,date_utc,comment\n" + "\n".join([
    f"{FC[0]},removed,2024-09-03,",
    f"{FC[1]},removed,2024-09-03,",
    f"{FC[2]},removed,2024-09-03,",
    f"{FC[3]},removed,2024-09-03,",
    f"{FC[4]},removed,2024-09-03,uploader account closed",
    f"{FC[5]},geo-blocked (KR),2024-09-03,lawful elsewhere; not available from Korea",
    f"{FC[6]},removed,2024-09-03,",
    f"{FC[7]},removed,2024-09-03,",
    f"{FC[8]},not found,,deleted by the uploader before our review",
    f"{FC[9]},no action,,official trailer posted by the rights holder - no violation",
    f"{FC[10]},removed,2024-09-03,whole folder disabled",
    f"{FC[11]},removed,2024-09-03,",
    f"{FC[12]},removed,2024-09-03,",
    f"{FC[13]},not found,,no file with this ID has ever existed",
]) + "\n"
case(
    name="fc-csv-attachment-all-items",
    from_="legal@filecrate.io",
    date="Tue, 03 Sep 2024 08:14:51 +0000",
    subject="Re: KCSC-240902-01 removal request - outcome",
    reply_to_req=thread("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="fc-b1-7731"

--fc-b1-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

We have processed your notice KCSC-240902-01. The result for each of the
14 links is in the attached spreadsheet.

Kind regards,
Mira Tanaka
FileCrate Legal & Compliance

--fc-b1-7731
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(fc_csv)}
--fc-b1-7731--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host compliance reply with a per-link CSV result sheet",
    why="CSV attachment gives each of the 14 links its own outcome",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "removed", FC[3]: "removed",
           FC[4]: "removed", FC[5]: "restricted", FC[6]: "removed", FC[7]: "removed",
           FC[8]: "not_found", FC[9]: "rejected", FC[10]: "removed", FC[11]: "removed",
           FC[12]: "removed", FC[13]: "not_found"},
)

case(
    name="fc-plain-text-table",
    from_="legal@filecrate.io",
    date="Tue, 03 Sep 2024 23:02:10 +0000",
    subject="[FileCrate] Result of notice KCSC-240902-01 (part 1)",
    body=f"""Hi KCSC team,

First batch from your notice. Remaining links are still with our reviewers.

LINK                                   RESULT                 DATE (UTC)
-------------------------------------  ---------------------  ----------
{FC[0]}          deleted                2024-09-03
{FC[1]}          deleted                2024-09-03
{FC[2]}          not found              -
{FC[3]}          deleted                2024-09-03
{FC[4]}          deleted                2024-09-03
{FC[11]}           no such folder         -

"not found" / "no such folder" means nothing exists under that ID on
our storage.

--
FileCrate Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse desk pasting a fixed-width result table in plain text",
    why="each row names a link and its result; the rest is explicitly still under review (not named)",
    items={FC[0]: "removed", FC[1]: "removed", FC[2]: "not_found", FC[3]: "removed",
           FC[4]: "removed", FC[11]: "not_found"},
)

case(
    name="fc-one-liner-over-gmail-quote",
    from_="dan.okafor@filecrate.io",
    name_from="Dan Okafor",
    date="Wed, 04 Sep 2024 02:45:00 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""removed {FC[6]} just now. rest is with the team, they'll write separately

Dan

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01", FC)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk employee top-posting one line over the Gmail-quoted request",
    why="one unquoted statement about one link; the quoted request is not a statement and 'the rest' is not addressed",
    items={FC[6]: "removed"},
)

case(
    name="fc-url-then-status-below",
    from_="legal@filecrate.io",
    date="Wed, 04 Sep 2024 06:30:12 +0000",
    subject="FileCrate notice KCSC-240902-01 - update",
    body=f"""Hello,

Update on your notice:

{FC[7]}
  -> file deleted, uploader warned

{FC[8]}
  -> file deleted

{FC[10]}
  -> whole folder disabled (12 files)

{FC[13]}
  -> this ID never existed on FileCrate, please double-check the link

Best,
FileCrate Legal
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply listing each URL with its result on the line below",
    why="each URL is followed by its own result line",
    items={FC[7]: "removed", FC[8]: "removed", FC[10]: "removed", FC[13]: "not_found"},
)

fc_b64_text = f"""Hello,

The three files below were disabled today after review by our compliance
staff:

- {FC[12]}
- {FC[11]}
- {FC[1]}

Their download pages now show "This file is no longer available".

FileCrate Compliance
(ref. KCSC-240902-01)
"""
case(
    name="fc-base64-body",
    from_="compliance@filecrate.io",
    name_from="FileCrate Compliance",
    date="Thu, 05 Sep 2024 01:12:40 +0000",
    subject="KCSC-240902-01",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(fc_b64_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system mail sent with a base64-encoded text body",
    why="base64 body lists three links disabled",
    items={FC[12]: "removed", FC[11]: "removed", FC[1]: "removed"},
)

case(
    name="fc-statement-then-url-below",
    from_="legal@filecrate.io",
    date="Thu, 05 Sep 2024 09:51:03 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""Hello,

The following file has been taken down for breaching our Terms of Service:
    {FC[12]}

The link below does not exist on our servers (perhaps a typo in the ID?):
    {FC[13]}

If you have a corrected link, please open a new notice at
https://filecrate.io/legal/notice so it gets its own ticket.

FileCrate Legal
""",
    outcome="applied", classification="confirmation",
    imitates="file-host reply with the statement first and the URL indented on the line below",
    why="statement then URL below, twice; the notice form link is the platform's own page",
    items={FC[12]: "removed", FC[13]: "not_found"},
)

case(
    name="fc-outlook-angle-brackets",
    from_="r.vasquez@filecrate.io",
    name_from="Rosa Vasquez",
    date="Fri, 06 Sep 2024 04:20:00 +0000",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""Hello,

<{FC[7]}> and <{FC[8]}> have been removed.
<{FC[9]}> we kept: it is the public trailer published by the
rights holder itself and does not breach our terms or the law.

Regards,
Rosa Vasquez
Trust & Safety | FileCrate

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@filecrate.io
Subject: [KCSC-240902-01] Request for removal of illegal content

{chr(10).join(request_body("KCSC-240902-01", FC))}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply with URLs in angle brackets over an unquoted Original Message",
    why="two removed, one kept with its reason; the Original Message below is the regulator's own text",
    items={FC[7]: "removed", FC[8]: "removed", FC[9]: "rejected"},
)

case(
    name="fc-echoed-report",
    from_="noreply@filecrate.io",
    name_from="FileCrate Reports",
    date="Fri, 06 Sep 2024 11:03:27 +0000",
    subject="Your report #FCR-204417 has been resolved",
    body=f"""Hello,

Your report has been resolved.

  Report ID:     FCR-204417
  Reported URL:  {FC[4]}
  Reason given:  Illegal content (KCSC-240902-01)
  Submitted:     2024-09-02 01:02 UTC

Outcome: the file was removed and the uploader's account was suspended.

Thank you for helping keep FileCrate safe.
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notification echoing the report fields",
    why="the echoed report names the URL and the outcome line says it was removed",
    items={FC[4]: "removed"},
)

case(
    name="fc-dsa-statement-of-reasons",
    from_="dsa@filecrate.io",
    name_from="FileCrate DSA Team",
    date="Mon, 09 Sep 2024 07:45:00 +0000",
    subject="Statement of reasons - notice KCSC-240902-01",
    body=f"""Statement of reasons (Art. 17 DSA)

Content concerned:       {FC[5]}
Decision:                access to the content disabled in the Republic
                         of Korea only
Territorial scope:       KR
Facts and circumstances: notice from the KCSC (ref. KCSC-240902-01)
Ground:                  content notified as illegal under the law of the
                         Republic of Korea; it is not illegal in the EU
                         Member States where FileCrate operates
Automated means used:    no
Redress:                 internal complaint via https://filecrate.io/appeal

FileCrate B.V. - DSA point of contact
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement of reasons with a territorial restriction",
    why="access disabled in Korea only: restricted; the appeal link is the platform's own page",
    items={FC[5]: "restricted"},
)

case(
    name="fc-promise-after-window",
    from_="legal@filecrate.io",
    date="Wed, 04 Sep 2024 03:00:00 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=thread("KCSC-240902-01"),
    body=f"""Hello,

{FC[2]} and {FC[3]} belong to a verified
uploader, who under our terms gets 48 hours to respond. They will be
disabled once that window closes on 6 September unless the uploader
shows a licence.

FileCrate Legal
""",
    outcome="review", review="not_understood",
    imitates="file-host reply promising removal after the uploader's response window",
    why="a conditional promise is not a statement; both links stay pending",
    items={FC[2]: "pending", FC[3]: "pending"},
)

case(
    name="fc-bulk-all-removed",
    from_="legal@filecrate.io",
    date="Wed, 04 Sep 2024 10:10:00 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240902-01"),
    body="""Hello,

All the files listed in your notice have been removed from FileCrate.

Best regards,
FileCrate Legal
""",
    outcome="review", review="bulk",
    imitates="short file-host reply confirming the whole notice without listing links",
    why="one statement for a 14-link request without naming each link",
    items=pend(FC),
)

case(
    name="fc-dsn-bounce",
    from_="MAILER-DAEMON@filecrate.io",
    name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 01:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4410"

--dsn-4410
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.filecrate.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<takedowns@filecrate.io>: host mail.filecrate.io[198.51.100.40] said:
    550 5.1.1 <takedowns@filecrate.io>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-4410
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.filecrate.io
Arrival-Date: Mon,  2 Sep 2024 01:00:40 +0000 (UTC)

Final-Recipient: rfc822; takedowns@filecrate.io
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-4410
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: takedowns@filecrate.io
Subject: [KCSC-240902-01] Request for removal of illegal content
Message-ID: <{msgid("KCSC-240902-01")}>
Date: Mon, 2 Sep 2024 10:00:00 +0900

{chr(10).join(request_body("KCSC-240902-01", FC[:5]))}
--dsn-4410--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request",
    why="a bounce; the URLs are in the returned request",
)

# ================================================================ Hostbay
case(
    name="hb-ticket-resolved-prose",
    from_="abuse@hostbay.net",
    date="Wed, 04 Sep 2024 05:22:18 +0000",
    subject="[Hostbay #HB-58213] Re: KCSC-240903-02",
    body=f"""Hello KCSC team,

Regarding ticket #HB-58213 (your ref KCSC-240903-02):

The customer running sky-slots77.bet deleted both reported pages after
our notice. We checked and {HB[0]} and
{HB[1]} now return 404.

The VPS at 198.51.100.77 was suspended by us this morning, so
{HB[2]} is offline.

As for {HB[3]}: we looked at it and it is a fan
site reviewing games, with no betting or payments. It does not breach our
AUP, so we are leaving it up.

Regards,
Jonas Berg
Hostbay Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting-provider abuse desk closing a ticket in prose",
    why="three pages taken offline, one kept with its reason",
    items={HB[0]: "removed", HB[1]: "removed", HB[2]: "removed", HB[3]: "rejected"},
)

case(
    name="hb-html-table",
    from_="noreply@hostbay.net",
    name_from="Hostbay Abuse System",
    date="Thu, 05 Sep 2024 02:00:00 +0000",
    subject="Abuse case HB-58213 status update",
    type="html",
    body=f"""<html><body style="font-family:Arial">
<p>Dear reporter,</p>
<p>Here is the current status of abuse case <b>HB-58213</b> (KCSC-240903-02).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{HB[0]}</td><td>Removed by customer</td><td>2024-09-04</td></tr>
<tr><td>{HB[1]}</td><td>Removed by customer</td><td>2024-09-04</td></tr>
<tr><td>{HB[2]}</td><td>Pending &ndash; awaiting customer response</td><td>&ndash;</td></tr>
</table>
<p>You can follow the case at <a href="https://portal.hostbay.net/abuse/HB-58213">our abuse portal</a>.</p>
<p>Hostbay Abuse Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-system HTML status table from a hosting provider",
    why="two rows removed, one row explicitly still pending; portal link is the platform's own",
    items={HB[0]: "removed", HB[1]: "removed", HB[2]: "pending"},
)

hb_qp_text = (
    "Hi,\n\n"
    "Follow-up on KCSC-240903-02: our customer took the promotion page offline this morning.\n"
    f"Our check at 06:30 UTC confirms that the former promo page at {HB[1]} is gone (HTTP 404 from the origin).\n\n"
    f"{HB[2]}: the server has been powered off and the contract terminated for repeated AUP violations.\n\n"
    "Jonas\nHostbay Abuse Desk\n"
)
case(
    name="hb-quoted-printable-soft-breaks",
    from_="abuse@hostbay.net",
    date="Thu, 05 Sep 2024 06:41:09 +0000",
    subject="Re: [Hostbay #HB-58213] KCSC-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(hb_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply whose long lines are folded by quoted-printable soft breaks",
    why="page gone and server powered off: both removed once the QP body is decoded",
    items={HB[1]: "removed", HB[2]: "removed"},
)

case(
    name="hb-gmail-partial",
    from_="jonas.berg@hostbay.net",
    name_from="Jonas Berg",
    date="Wed, 04 Sep 2024 01:15:00 +0000",
    subject="Re: [KCSC-240903-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""Hi,

the sky-slots77 customer has removed both pages
({HB[0]}, {HB[1]}).

For 198.51.100.77 we need a bit more time, the customer there hasn't
answered yet.

Jonas

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240903-02", HB)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from an abuse-desk employee above the quoted request",
    why="two pages removed; the bare-IP page is explicitly not done yet",
    items={HB[0]: "removed", HB[1]: "removed", HB[2]: "pending"},
)

hb_csv = "\n".join([
    "case;url;result;closed_at",
    f"HB-58213;{HB[0]};content removed;2024-09-05",
    f"HB-58213;{HB[1]};content removed;2024-09-05",
    f"HB-58213;{HB[2]};not found - IP not assigned to any customer;2024-09-05",
    f"HB-58213;{HB[3]};account suspended, site disabled;2024-09-05",
]) + "\n"
case(
    name="hb-csv-semicolon-attachment",
    from_="noreply@hostbay.net",
    name_from="Hostbay Abuse System",
    date="Fri, 06 Sep 2024 00:30:00 +0000",
    subject="Abuse case HB-58213 closed",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_hb_6f21"

--=_hb_6f21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Abuse case HB-58213 (KCSC-240903-02) has been closed. The export of the
case is attached.

This mailbox is not monitored. Reply to abuse@hostbay.net instead.

--=_hb_6f21
Content-Type: text/csv; name="HB-58213.csv"
Content-Disposition: attachment; filename="HB-58213.csv"
Content-Transfer-Encoding: 7bit

{hb_csv}
--=_hb_6f21--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-system case export attached as a semicolon-separated CSV",
    why="each CSV row states a result: two removed, IP not found, one site disabled",
    items={HB[0]: "removed", HB[1]: "removed", HB[2]: "not_found", HB[3]: "removed"},
)

case(
    name="hb-hedged-appears-gone",
    from_="support@hostbay.net",
    name_from="Hostbay Support",
    date="Wed, 04 Sep 2024 00:05:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=thread("KCSC-240903-02"),
    body=f"""Hello,

It looks like {HB[0]} might already be gone, and
{HB[1]} may have been taken down by the customer too,
but I can't confirm that from here. I've asked our abuse team to check and
they'll get back to you.

Kind regards,
Priya
Hostbay Support
""",
    outcome="review", review="not_understood",
    imitates="first-line support reply with hedged observations",
    why="'might already be gone' and 'may have been' are hedges, not statements",
    items={HB[0]: "pending", HB[1]: "pending"},
)

case(
    name="hb-auth-fail",
    from_="abuse@hostbay.net",
    auth="fail",
    date="Wed, 04 Sep 2024 09:12:00 +0000",
    subject="Re: KCSC-240903-02 - resolved",
    body=f"""Hello,

Both pages have been removed:
{HB[0]}
{HB[1]}

Hostbay Abuse Desk
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation that fails DKIM/SPF/DMARC",
    why="Hostbay domain but authentication failed",
    items={HB[0]: "pending", HB[1]: "pending"},
)

case(
    name="hb-ticket-fields-contradict-agent",
    from_="abuse@hostbay.net",
    date="Thu, 05 Sep 2024 08:00:00 +0000",
    subject="[Hostbay #HB-58219] KCSC-240903-02 luckyharbor-casino",
    body=f"""Ticket:          HB-58219
Reported URL:    {HB[3]}
Action taken:    Content removed
Status:          Closed

Agent note:
We did not remove {HB[3]}. The customer showed
us that it only publishes game reviews and has no gambling function, so it
stays online.

Hostbay Abuse Desk
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket-system closure whose template field contradicts the agent's note",
    why="'Action taken: Content removed' and 'We did not remove ... stays online' about the same URL",
    items={HB[3]: "pending"},
)

case(
    name="hb-ticket-receipt",
    from_="noreply@hostbay.net",
    name_from="Hostbay Abuse System",
    date="Tue, 03 Sep 2024 01:31:02 +0000",
    subject="[Hostbay #HB-58213] Ticket opened: KCSC-240903-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for your report. We have opened ticket #HB-58213 for it and an
abuse specialist will look into it. Please keep the ticket number in the
subject line of any reply.

Hostbay Abuse Team
https://portal.hostbay.net/abuse
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse ticket-system receipt",
    why="a pure receipt: ticket created, nothing about any item",
)

# ================================================================ EdgeShield
case(
    name="es-geo-block",
    from_="abuse@edgeshield.net",
    date="Mon, 09 Sep 2024 03:40:00 +0000",
    subject="EdgeShield abuse report ES-77120 (KCSC-240906-05)",
    body=f"""Hello,

Following your report, EdgeShield has blocked access from IP addresses in
the Republic of Korea to these URLs on our network:

  * {ES[0]}
  * {ES[1]}

Visitors from other countries are not affected. The site operator and the
hosting provider have been notified.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply announcing a country block",
    why="blocked from Korea only: restricted",
    items={ES[0]: "restricted", ES[1]: "restricted"},
)

case(
    name="es-cdn-not-host",
    from_="abuse@edgeshield.net",
    date="Fri, 06 Sep 2024 05:05:00 +0000",
    subject="EdgeShield abuse report ES-77120",
    body=f"""Hello,

EdgeShield provides pass-through security and CDN services for the site
at {ES[0]} and {ES[1]}.
We are not the hosting provider of this site and cannot remove content
that is stored elsewhere, so we will take no action on these URLs.

We have forwarded your complaint to the site's hosting provider,
Kestrel Networks (abuse@kestrelnet.example), and to the site operator.
Please contact the hosting provider directly for removal.

Our abuse policy: https://www.edgeshield.net/abuse-policy

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Cloudflare-style 'we are a CDN, not the host' abuse reply",
    why="an explicit refusal with its reason for both URLs: rejected (arguable, see NOTES.md)",
    items={ES[0]: "rejected", ES[1]: "rejected"},
)

case(
    name="es-blocks-other-platforms-item",
    from_="abuse@edgeshield.net",
    date="Fri, 06 Sep 2024 08:12:00 +0000",
    subject="EdgeShield abuse report ES-77131",
    body=f"""Hello,

sky-slots77.bet is also proxied through EdgeShield. We have blocked
{HB[0]} at our edge for visitors in Korea.

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reply about a site that is another provider's customer",
    why="EdgeShield states a status for an item requested from Hostbay",
    items={HB[0]: "pending"},
)

case(
    name="es-report-received",
    from_="noreply@edgeshield.net",
    name_from="EdgeShield Abuse",
    date="Fri, 06 Sep 2024 01:01:10 +0000",
    subject="We received your abuse report (ES-77120)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Thank you for your report.

Your report ID is ES-77120. Reports that are complete are passed on to
the website operator and its hosting provider. You will receive an email
if we need anything further from you.

EdgeShield Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="CDN abuse-form receipt",
    why="automatic receipt with a report ID, no item named",
)

# ================================================================ NamePoint
case(
    name="np-clienthold",
    from_="abuse@namepoint.co",
    date="Tue, 10 Sep 2024 02:33:00 +0000",
    subject="Re: KCSC-240909-06 bet-kings88.shop",
    body="""Hello,

We reviewed the domain and have placed http://bet-kings88.shop on
clientHold. It no longer resolves.

Regards,
NamePoint Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply putting a domain on clientHold",
    why="domain on hold and no longer resolving: removed (URL without trailing slash)",
    items={NP[0]: "removed"},
)

case(
    name="np-one-line-sole",
    from_="k.lee@namepoint.co",
    name_from="Kevin Lee",
    date="Tue, 10 Sep 2024 06:02:00 +0000",
    subject="Re: [KCSC-240909-06] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""Domain suspended.

Kevin
NamePoint Abuse

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240909-06", NP)}
""",
    outcome="applied", classification="confirmation",
    imitates="two-word reply from a registrar's abuse desk",
    why="unhedged statement answering a one-item request",
    items={NP[0]: "removed"},
)

case(
    name="np-conditional-suspension",
    from_="abuse@namepoint.co",
    date="Mon, 09 Sep 2024 07:00:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req=thread("KCSC-240909-06"),
    body=f"""Hello,

We have contacted the registrant of {NP[0]}. If the registrant does not
respond within 48 hours, the domain will be suspended.

NamePoint Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="registrar notice of a pending suspension",
    why="a condition and a future action, no statement",
    items={NP[0]: "pending"},
)

case(
    name="np-out-of-office",
    from_="k.lee@namepoint.co",
    name_from="Kevin Lee",
    date="Mon, 09 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: [KCSC-240909-06] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 10 September with limited access to email.
For urgent abuse matters please write to abuse@namepoint.co.

Kevin Lee
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="out-of-office auto-reply",
)

# ================================================================ Dalbit forum
case(
    name="db-admin-one-line",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영자",
    date="Wed, 04 Sep 2024 05:10:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=thread("KCSC-240904-03"),
    body=f"""{DB_RAW[0]} 삭제했습니다.
-운영자
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum admin answering in one Korean line",
    why="one URL, 삭제했습니다",
    items={DB[0]: "removed"},
)

case(
    name="db-numbered-mixed",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 02:20:00 +0000",
    subject="[달빛커뮤니티] 시정요구(KCSC-240904-03) 처리 결과",
    body=f"""안녕하세요, 달빛커뮤니티 운영팀입니다.
요청하신 게시물의 처리 결과를 알려드립니다.

1. {DB_RAW[0]} : 삭제 완료
2. {DB_RAW[1]} : 작성자가 이미 삭제한 게시물입니다
3. {DB_RAW[2]} : 블라인드 처리
4. {DB_RAW[3]} : 임시조치(30일)
5. {DB_RAW[4]} : 검토 결과 운영정책 위반 사항이 확인되지 않아 게시 유지

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 조치 결과 notice as a numbered list",
    why="five lines, five statuses: 삭제, 작성자 삭제, 블라인드, 임시조치, 게시 유지",
    items={DB[0]: "removed", DB[1]: "not_found", DB[2]: "removed", DB[3]: "restricted",
           DB[4]: "rejected"},
)

case(
    name="db-korean-particles",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영팀",
    date="Thu, 12 Sep 2024 04:45:00 +0000",
    subject="Re: [KCSC-240911-07] 불법정보 삭제 요청",
    reply_to_req=thread("KCSC-240911-07"),
    body=f"""안녕하세요.

{DB2_RAW[0]}는 삭제하였고, {DB2_RAW[1]}는 권리침해 신고 절차에 따라 임시조치하였습니다.

달빛커뮤니티 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum reply with URLs followed directly by particles",
    why="삭제 for the first, 임시조치 for the second",
    items={DB2[0]: "removed", DB2[1]: "restricted"},
)

case(
    name="db-fullwidth-brackets",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영팀",
    date="Wed, 04 Sep 2024 08:00:00 +0000",
    subject="[달빛커뮤니티] 신고 게시물 처리 안내 (KCSC-240904-03)",
    body=f"""안녕하세요.

신고하신 게시물（{DB_RAW[1]}）은 운영자 삭제 처리되었습니다。

나머지 게시물은 확인 후 다시 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean notice with the URL in full-width brackets",
    why="운영자 삭제 for the one URL; the rest is a promise about unnamed posts",
    items={DB[1]: "removed"},
)

db_table = "".join(
    f"<tr><td>{i}</td><td>{u}</td><td>{r}</td><td>{d}</td></tr>\n"
    for i, (u, r, d) in enumerate([
        (DB_RAW[0], "삭제", "2024.09.05"),
        (DB_RAW[1], "삭제", "2024.09.05"),
        (DB_RAW[2], "비공개 처리", "2024.09.05"),
        (DB[3], "해당 게시물 없음", "-"),
        (DB_RAW[4], "삭제", "2024.09.05"),
    ], 1)
)
case(
    name="db-kcsc-style-html-table",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영팀",
    date="Thu, 05 Sep 2024 07:30:00 +0000",
    subject="시정요구 조치결과 회신 (KCSC-240904-03)",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 정보에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>조치일</th></tr>
{db_table}</table>
<p>달빛커뮤니티 운영팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table as an HTML email",
    why="five rows: 삭제 x3, 비공개 처리, 해당 게시물 없음 (percent-encoded URL in one row)",
    items={DB[0]: "removed", DB[1]: "removed", DB[2]: "removed", DB[3]: "not_found",
           DB[4]: "removed"},
)

case(
    name="db-bulk-korean",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영팀",
    date="Wed, 04 Sep 2024 10:00:00 +0000",
    subject="Re: [KCSC-240904-03] 불법정보 삭제 요청",
    reply_to_req=thread("KCSC-240904-03"),
    body="""안녕하세요.

요청하신 게시물 5건 모두 삭제 조치하였습니다.

달빛커뮤니티 운영팀
""",
    outcome="review", review="bulk",
    imitates="Korean forum confirming the whole request in one sentence",
    why="'5건 모두 삭제' for a five-item request without naming each post",
    items=pend(DB),
)

case(
    name="db-admin-from-hanmail",
    from_="dalbit.admin@hanmail.net",
    name_from="달빛 운영자",
    date="Wed, 11 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240911-07] 불법정보 삭제 요청",
    reply_to_req=thread("KCSC-240911-07"),
    body=f"""달빛커뮤니티 운영자입니다. 개인 메일로 답장드려요.
{DB2_RAW[0]} 지웠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="forum admin answering from a personal webmail address",
    why="hanmail.net is no platform's domain, however plausible the claim",
    items={DB2[0]: "pending"},
)

case(
    name="db-handled-no-details",
    from_="admin@dalbit-community.kr",
    name_from="달빛커뮤니티 운영자",
    date="Fri, 06 Sep 2024 03:00:00 +0000",
    subject="문의 주신 건",
    body="""안녕하세요, 보내주신 메일 건은 처리했습니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="one-line reply from a forum admin with no reference",
    why="trusted forum mail naming no item and no request",
)

case(
    name="db-out-of-office-korean",
    from_="manager@dalbit-community.kr",
    name_from="박서연",
    date="Wed, 04 Sep 2024 00:41:00 +0000",
    subject="[자동응답] 부재중입니다: [KCSC-240904-03] 불법정보 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 9월 4일부터 9월 8일까지 휴가로 부재중입니다.
급한 용무는 admin@dalbit-community.kr 로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="부재중 auto-reply",
)

# ================================================================ kobochan
case(
    name="kb-informal-list",
    from_="mods@kobochan.net",
    name_from="kobochan mods",
    date="Fri, 06 Sep 2024 14:20:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=thread("KCSC-240905-04"),
    body=f"""hi

{KB[0]} - deleted, poster banned
{KB[1]} - deleted
{KB[2]} - was already gone when we looked, got pruned off the board
before we got to it

- mod team
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator replying informally, one line per thread",
    why="two deleted; the third no longer existed when checked (pruned): not_found",
    items={KB[0]: "removed", KB[1]: "removed", KB[2]: "not_found"},
)

case(
    name="kb-html-links",
    from_="mods@kobochan.net",
    name_from="kobochan mods",
    date="Sat, 07 Sep 2024 03:03:00 +0000",
    subject="Re: KCSC-240905-04 threads",
    type="html",
    body=f"""<div>Both threads you sent are gone:</div>
<ul>
<li><a href="{KB[0]}">/b/ 55120</a> &ndash; deleted by a mod</li>
<li><a href="{KB[1]}">/b/ 55187</a> &ndash; deleted by a mod</li>
</ul>
<div>-- kobochan</div>
""",
    outcome="applied", classification="confirmation",
    imitates="short HTML reply where the URLs are only in the link targets",
    why="both linked threads deleted",
    items={KB[0]: "removed", KB[1]: "removed"},
)

case(
    name="kb-ack-plus-statement",
    from_="mods@kobochan.net",
    name_from="kobochan mods",
    date="Fri, 06 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""Thanks for the report, logged as #KB-3321.

The thread {KB[2]} has been deleted. Still looking at the
two /b/ ones.
""",
    outcome="applied", classification="confirmation",
    imitates="moderator receipt with a statement about one thread",
    why="an acknowledgement phrase plus an unhedged statement is not a pure acknowledgement",
    items={KB[2]: "removed"},
)

case(
    name="kb-asks-post-numbers",
    from_="mods@kobochan.net",
    name_from="kobochan mods",
    date="Thu, 05 Sep 2024 13:00:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=thread("KCSC-240905-04"),
    body=f"""hi, which posts exactly? {KB[0]} has 300+ replies and most
of them are fine. send us the post numbers (the No. next to each post) and
we'll delete those.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="image-board moderator asking for post numbers",
    why="asks for more information before acting",
    items={KB[0]: "pending"},
)

case(
    name="kb-read-receipt",
    from_="mods@kobochan.net",
    name_from="kobochan mods",
    date="Thu, 05 Sep 2024 02:14:00 +0000",
    subject="Read: KCSC-240905-04",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2210"

--mdn-2210
Content-Type: text/plain; charset=utf-8

The message sent on 2024-09-05 11:00 +0900 to mods@kobochan.net with
subject "KCSC-240905-04" has been displayed. This is no guarantee that
the message has been read or understood.

--mdn-2210
Content-Type: message/disposition-notification

Reporting-UA: kobochan.net; Thunderbird 115.14.0
Final-Recipient: rfc822;mods@kobochan.net
Original-Message-ID: <{msgid("KCSC-240905-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-2210--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="a read receipt",
)


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
        dom = c["from"].split("@", 1)[1]
        name = c.get("name_from", corpuslib.DOMAIN_NAMES.get(dom, dom))
        if not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        if not c["subject"].isascii():
            c["subject"] = Header(c["subject"], "utf-8").encode()
    header = (
        "# blind151: hosting providers, a CDN, a registrar, a Korean forum, an image board\n"
        "# and a file host answering informally, plus CSV attachments and plain-text tables.\n"
        "# Generated by make.py; expected results written from each email's meaning\n"
        "# before any run of the reader."
    )
    corpuslib.write_set(HERE, "blind151", header, CASES)


if __name__ == "__main__":
    main()
