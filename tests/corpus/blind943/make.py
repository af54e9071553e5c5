#!/usr/bin/env python3
"""Blind set 943: hosting providers, a CDN, a registrar, a Korean forum, an
image board, a file host and a paste site answering informally, plus
spreadsheets (CSV attachments) and plain-text tables.

    python3 tests/corpus/blind943/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: fixed
MIME boundaries, no clock, no randomness. Every expected result below was
written from the meaning of the email alone, before the reader was run.
"""
import base64
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

def ew(s):
    """RFC 2047 encoded word for a non-ASCII display name or subject."""
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


corpuslib.DOMAIN_NAMES.update({
    "boxdrop.example": "BoxDrop Trust & Safety",
    "harborhost.example": "Harbor Hosting Abuse Desk",
    "veilcdn.example": "VeilCDN Trust & Safety",
    "nameleaf.example": "NameLeaf Compliance",
    "dalbitbbs.example": ew("달빛게시판 운영팀"),
    "pinchan.example": "pinchan admin",
    "quillpaste.example": "QuillPaste Support",
})

# ---------------------------------------------------------------- requests
B = "https://boxdrop.example"
BOX = {
    1: B + "/f/7hKq2Lx",
    2: B + "/f/9PzW4cN",
    3: B + "/f/aT3mR8v",
    4: B + "/f/bX6yE1q",
    5: B + "/f/cJ2nU5s",
    6: B + "/f/dL8wF0k",
    7: B + "/folder/Gm4Hs7Yt",
    8: B + "/f/eR1vB9p",
    9: B + "/f/fN5kD3z",
    10: B + "/f/gW0cZ6m",
    11: "https://dl.boxdrop.example/f/hY7tP2j/archive.zip",
    12: B + "/folder/Kp9Qr2Vb",
}
HB = {
    "sild": "https://sunny-pharm24.example/shop/sildenafil.html",
    "tada": "https://sunny-pharm24.example/shop/tadalafil.html",
    "toto": "http://kr-toto-king.example/join",
    "ip": "https://203.0.113.45/~minsu/board/view.php?id=77",
}
VC = {
    "root": "https://lucky-slot88.example/",
    "bonus": "https://lucky-slot88.example/event/welcome-bonus",
    "phish": "https://fake-bank-login.example/kr/signin",
}
NL = {
    "toto": "http://toto-vip99.example/",
    "drugs": "http://drugs-kr-direct.example/",
}
DB_RAW = {
    "f1": "https://dalbitbbs.example/free/18823",
    "f2": "https://dalbitbbs.example/free/18901",
    "ko": "https://dalbitbbs.example/자유게시판/20114",
    "gal": "https://dalbitbbs.example/gallery/5521",
    "hum": "https://dalbitbbs.example/bbs/view?board=humor&no=9930",
}


def pct(url):
    """The form stored in requests.csv (non-ASCII path percent-encoded)."""
    return urllib.parse.quote(url, safe=":/?=&~%#")


DB = {k: pct(v) for k, v in DB_RAW.items()}
PC = {
    "t1": "https://pinchan.example/k/res/44120.html",
    "t2": "https://pinchan.example/k/res/44187.html",
    "img": "https://img.pinchan.example/src/1725993021554.jpg",
}
QP = {"paste": "https://quillpaste.example/raw/v8Tn3Ke"}

REQUESTS = [
    ("KCSC-240903-01", "boxdrop", "2024-09-03T14:20:00+09:00", "2024-09-10T18:00:00+09:00",
     "obscenity", "req-240903-01@kcsc.example", "file host: shared files and folders",
     [BOX[i] for i in range(1, 13)]),
    ("KCSC-240905-02", "harborhost", "2024-09-05T10:05:00+09:00", "2024-09-12T18:00:00+09:00",
     "drugs_gambling", "req-240905-02@kcsc.example", "customer sites on Harbor servers",
     [HB["sild"], HB["tada"], HB["toto"], HB["ip"]]),
    ("KCSC-240909-03", "veilcdn", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling_phishing", "req-240909-03@kcsc.example", "sites proxied by VeilCDN",
     [VC["root"], VC["bonus"], VC["phish"]]),
    ("KCSC-240910-04", "nameleaf", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling_drugs", "req-240910-04@kcsc.example", "domains registered at NameLeaf",
     [NL["toto"], NL["drugs"]]),
    ("KCSC-240911-05", "dalbitbbs", "2024-09-11T15:40:00+09:00", "2024-09-18T18:00:00+09:00",
     "defamation_obscenity", "req-240911-05@kcsc.example", "forum posts",
     [DB["f1"], DB["f2"], DB["ko"], DB["gal"], DB["hum"]]),
    ("KCSC-240912-06", "pinchan", "2024-09-12T13:15:00+09:00", "2024-09-19T18:00:00+09:00",
     "obscenity", "req-240912-06@kcsc.example", "image board threads and one image",
     [PC["t1"], PC["t2"], PC["img"]]),
    ("KCSC-240913-07", "quillpaste", "2024-09-13T16:00:00+09:00", "2024-09-20T18:00:00+09:00",
     "personal_data", "req-240913-07@kcsc.example", "one paste with personal data",
     [QP["paste"]]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            assert all("," not in x and "\"" not in x for x in (u, cat, note))
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_body(ref, raw_urls, quote=""):
    """Our own request email's text, as platforms quote it back."""
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        f"disable the following content (our reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(raw_urls, 1)]
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Team"]
    return "\n".join(quote + l if l else quote.rstrip() for l in lines)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qpenc(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


BOX_ALL = [BOX[i] for i in range(1, 13)]

# ------------------------------------------------------------------- cases
C = []


def case(**kw):
    C.append(kw)


# ===== BoxDrop (file host), KCSC-240903-01, 12 items ========================

csv_att = "\n".join([
    "link,action,reason,actioned_at_utc",
    f"{BOX[1]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:11",
    f"{BOX[2]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:11",
    f"{BOX[3]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:12",
    f"{BOX[4]},Not found,No file with this ID,",
    f"{BOX[5]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:12",
    f"{BOX[6]},No violation - left online,Reviewed: no breach of Terms,",
    f"{BOX[7]},Disabled,Terms 4.2 (whole folder),2024-09-05 02:14",
    f"{BOX[8]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:14",
    f"{BOX[9]},Deleted by uploader before review,,",
    f"{BOX[10]},Disabled,Terms 4.2 (sexual content),2024-09-05 02:15",
    f"{BOX[11]},Blocked in KR,Local law (KR),2024-09-05 02:16",
    f"{BOX[12]},Disabled,Terms 4.2 (whole folder),2024-09-05 02:16",
]) + "\n"
case(
    name="boxdrop-csv-attachment-results",
    **{"from": "abuse@boxdrop.example"},
    date="Thu, 05 Sep 2024 11:31:08 +0900",
    subject="Re: KCSC-240903-01 removal request - results attached",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="bd-943-mix-01"

--bd-943-mix-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have finished reviewing the 12 links in your request KCSC-240903-01.
The outcome for each link is in the attached spreadsheet (one row per
link). Our Terms of Service are at https://boxdrop.example/legal/terms .

Regards,
Ines
BoxDrop Trust & Safety

--bd-943-mix-01
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--bd-943-mix-01--
""",
    outcome="applied", classification="confirmation",
    imitates="file-host abuse team returning a per-link outcome spreadsheet (CSV attachment)",
    why="CSV rows give one outcome per link: disabled, not found, no violation, deleted by uploader, blocked in KR",
    items={BOX[1]: "removed", BOX[2]: "removed", BOX[3]: "removed", BOX[4]: "not_found",
           BOX[5]: "removed", BOX[6]: "rejected", BOX[7]: "removed", BOX[8]: "removed",
           BOX[9]: "not_found", BOX[10]: "removed", BOX[11]: "restricted", BOX[12]: "removed"},
)

case(
    name="boxdrop-plaintext-table",
    **{"from": "abuse@boxdrop.example"},
    date="Wed, 04 Sep 2024 17:02:44 +0900",
    subject="[BD-55017] Your report KCSC-240903-01 - first batch",
    body=f"""
Hi KCSC team,

First batch done. The other seven links are still with the reviewers.

 # | Link                              | Result
---+-----------------------------------+--------------------
 1 | {BOX[1]}       | disabled
 2 | {BOX[2]}       | disabled
 3 | {BOX[3]}       | not found
 4 | {BOX[4]}       | disabled
 5 | {BOX[5]}       | removed by uploader

Ticket: BD-55017
-- 
BoxDrop Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table pasted into a ticket reply by a file host",
    why="five rows, one result each; 'removed by uploader' = already deleted by its author",
    items={BOX[1]: "removed", BOX[2]: "removed", BOX[3]: "not_found", BOX[4]: "removed",
           BOX[5]: "not_found"},
)

case(
    name="boxdrop-admin-nuked-two",
    **{"from": "dmitri@boxdrop.example"},
    name_from="Dmitri Volkov",
    date="Wed, 04 Sep 2024 09:14:03 +0900",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
nuked {BOX[6]} and {BOX[8]}
working through the rest of your list today.

d.
""",
    outcome="applied", classification="confirmation",
    imitates="one-line reply from a small file host's admin",
    why="'nuked' two named files = deleted; the rest is only a promise and names nothing",
    items={BOX[6]: "removed", BOX[8]: "removed"},
)

case(
    name="boxdrop-bulk-all-disabled",
    **{"from": "abuse@boxdrop.example"},
    date="Fri, 06 Sep 2024 10:20:00 +0900",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body="""
Hello,

All files listed in your notice KCSC-240903-01 have been disabled and the
uploader's account has been terminated.

Kind regards,
BoxDrop Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file-host 'all reported files disabled' closing reply",
    why="one statement covers a 12-item request without naming any item",
    items={u: "pending" for u in BOX_ALL},
)

case(
    name="boxdrop-top-post-over-gmail-quote",
    **{"from": "ines.park@boxdrop.example"},
    name_from="Ines Park",
    date="Thu, 05 Sep 2024 08:47:19 +0900",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Removed:
{BOX[3]}
{BOX[4]}

Couldn't find this one, looks like the uploader deleted it already:
{BOX[10]}

The rest I'll send separately.

Ines

On Tue, Sep 3, 2024 at 2:20 PM KCSC Takedown <takedown@kcsc.example> wrote:
{request_body("KCSC-240903-01", BOX_ALL, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-post over the quoted request",
    why="three items stated above the quote; the twelve quoted URLs are only our own request",
    items={BOX[3]: "removed", BOX[4]: "removed", BOX[10]: "not_found"},
)

case(
    name="boxdrop-ticket-receipt-over-outlook-quote",
    **{"from": "support@boxdrop.example"},
    name_from="BoxDrop Support",
    date="Tue, 03 Sep 2024 14:22:51 +0900",
    subject="[BD-55102] We received your report",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for contacting BoxDrop Trust & Safety. Your report has been
received and assigned ticket BD-55102. A member of our team will look at
it and you will hear from us once the review is complete. Please do not
open a new ticket for the same report.

BoxDrop Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:20 PM
To: abuse@boxdrop.example
Subject: KCSC-240903-01 removal request

{request_body("KCSC-240903-01", BOX_ALL)}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt with the original message quoted Outlook-style",
    why="pure receipt; the URLs are only in our quoted request",
    items={},
)

case(
    name="boxdrop-html-table",
    **{"from": "trust@boxdrop.example"},
    date="Sat, 07 Sep 2024 03:05:10 +0900",
    subject="Decision on your report (ref. KCSC-240903-01)",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Dear reporter,</p>
<p>We reviewed the content you reported under reference KCSC-240903-01.
Our decisions are below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Decision</th><th>Reason</th></tr>
<tr><td><a href="{BOX[2]}">{BOX[2]}</a></td><td>Removed</td><td>Terms &sect;4.2</td></tr>
<tr><td><a href="{BOX[7]}">{BOX[7]}</a></td><td>Access restricted in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{BOX[6]}">{BOX[6]}</a></td><td>No action</td><td>Does not violate our Terms of Service</td></tr>
<tr><td><a href="{BOX[10]}">{BOX[10]}</a></td><td>Removed</td><td>Terms &sect;4.2</td></tr>
</table>
<p>You can read our <a href="https://boxdrop.example/legal/terms">Terms of Service</a>
or ask for a second review at <a href="https://boxdrop.example/appeals">boxdrop.example/appeals</a>.</p>
<p>BoxDrop Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a file host's trust & safety team",
    why="four rows: removed, restricted in KR, no action (no violation), removed; terms/appeal links are not items",
    items={BOX[2]: "removed", BOX[7]: "restricted", BOX[6]: "rejected", BOX[10]: "removed"},
)

qp_text = f"""Hello KCSC team,

Report details (as submitted):
  Content URL:    {BOX[7]}
  Additional URL: {BOX[8]}
  Category:       Illegal content \u2014 sexual material
  Your reference: KCSC-240903-01

Outcome: both items were reviewed by our team. The shared folder has been
disabled for public access (all 14 files inside it are no longer reachable)
and the file has been deleted from our storage.

If you think we got something wrong, you can appeal at https://boxdrop.example/appeals \u2014 please quote ticket BD-55230.

BoxDrop Trust & Safety \u00b7 Berlin \u00b7 Seoul
"""
case(
    name="boxdrop-echoed-report-qp",
    **{"from": "trust@boxdrop.example"},
    date="Fri, 06 Sep 2024 16:40:02 +0900",
    subject="Outcome of your report BD-55230",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qpenc(qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="report-form echo followed by the outcome, quoted-printable body",
    why="the echo names the folder and the file; the outcome says the folder is disabled and the file deleted",
    items={BOX[7]: "removed", BOX[8]: "removed"},
)

case(
    name="boxdrop-forged-dmarc-fail",
    **{"from": "abuse@boxdrop.example"},
    auth="fail",
    date="Sat, 07 Sep 2024 22:13:40 +0900",
    subject="Re: KCSC-240903-01 all links removed",
    body=f"""
Hello,

All links removed as requested:
{BOX[1]}
{BOX[5]}
{BOX[12]}

BoxDrop
""",
    outcome="review", review="untrusted",
    imitates="removal confirmation whose sender domain fails DMARC",
    why="claims come from boxdrop.example but authentication fails",
    items={BOX[1]: "pending", BOX[5]: "pending", BOX[12]: "pending"},
)

case(
    name="boxdrop-queued-for-removal",
    **{"from": "abuse@boxdrop.example"},
    date="Wed, 04 Sep 2024 12:00:31 +0900",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Our team has queued these files for removal. They will be taken down
within 24 hours: <{BOX[9]}>, <{BOX[10]}>.

We will confirm once done.

BoxDrop Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="abuse desk promising removal within 24 hours",
    why="'will be taken down' is a promise, not a statement",
    items={BOX[9]: "pending", BOX[10]: "pending"},
)

case(
    name="boxdrop-out-of-office",
    **{"from": "ines.park@boxdrop.example"},
    name_from="Ines Park",
    date="Tue, 03 Sep 2024 14:21:05 +0900",
    subject="Automatic reply: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I'm out of the office until Monday 16 September with limited access to
email. For anything urgent about abuse reports please write to
abuse@boxdrop.example, which is monitored around the clock.

Ines
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="boxdrop-url-then-status-line",
    **{"from": "abuse@boxdrop.example"},
    date="Mon, 09 Sep 2024 10:02:57 +0900",
    subject="[BD-55017] remaining items KCSC-240903-01",
    body=f"""
Hi,

Remaining items from your list:

{BOX[9]}
  -> status: deleted (Terms 3.2)
{BOX[12]}
  -> status: geo-blocked (KR)
{BOX[11]}
  -> status: no such file

Ticket closed on our side.
BoxDrop abuse
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk list with each URL followed by a status line",
    why="each URL is followed by its own status: deleted, geo-blocked in KR, no such file",
    items={BOX[9]: "removed", BOX[12]: "restricted", BOX[11]: "not_found"},
)

# ===== Harbor Hosting (host), KCSC-240905-02, 4 items ======================

case(
    name="harbor-ticket-resolved",
    **{"from": "abuse@harborhost.example"},
    date="Fri, 06 Sep 2024 18:12:09 +0900",
    subject="[Harbor Abuse #HB-20931] Resolved: KCSC-240905-02",
    body=f"""
Hello,

This ticket has been marked as resolved.

Agent note:
Our customer removed the two pages below after our notice, and we
checked that both now return HTTP 404:
 - {HB["sild"]}
 - {HB["tada"]}

If you believe the matter is not resolved, reply to this email to reopen
the ticket.

--
Harbor Hosting Abuse Desk
Acceptable Use Policy: https://harborhost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider abuse ticket closed as resolved",
    why="both pages named, removed by the customer and verified 404",
    items={HB["sild"]: "removed", HB["tada"]: "removed"},
)

case(
    name="harbor-noc-one-liner",
    **{"from": "marek@harborhost.example"},
    name_from="Marek",
    date="Sat, 07 Sep 2024 01:33:12 +0900",
    subject="Re: KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
suspended the hosting account, {HB["toto"]} is offline now.

-- 
Marek / Harbor NOC
""",
    outcome="applied", classification="confirmation",
    imitates="one-line answer from a hosting NOC engineer",
    why="account suspended and the named page offline = removed",
    items={HB["toto"]: "removed"},
)

case(
    name="harbor-no-aup-breach",
    **{"from": "abuse@harborhost.example"},
    date="Mon, 09 Sep 2024 14:50:30 +0900",
    subject="[Harbor Abuse #HB-20944] KCSC-240905-02",
    body=f"""
Hello,

We reviewed {HB["ip"]} .

The page is a discussion thread commenting on a news article. We did not
find a breach of our Acceptable Use Policy, so we will not take action
against the customer and the page stays online. If a Korean court or
authority issues an order against the content, please send it to us and we
will look at the matter again.

Harbor Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk declining a complaint (no AUP violation)",
    why="refusal with its reason: no AUP breach, page stays online",
    items={HB["ip"]: "rejected"},
)

case(
    name="harbor-forwarded-to-customer",
    **{"from": "abuse@harborhost.example"},
    date="Thu, 05 Sep 2024 16:04:48 +0900",
    subject="[Harbor Abuse #HB-20931] KCSC-240905-02 forwarded to customer",
    body=f"""
Hello,

Thank you for your report. The following URLs are on a server leased by
one of our customers:

{HB["sild"]}
{HB["tada"]}
{HB["toto"]}

We have forwarded your complaint to the customer and asked them to remove
the content within 48 hours. If they fail to do so we will suspend the
service. We will update this ticket.

Harbor Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider 'complaint forwarded to our customer, 48 hours to comply'",
    why="forwarding to the customer and a conditional suspension are no statement about the pages",
    items={HB["sild"]: "pending", HB["tada"]: "pending", HB["toto"]: "pending"},
)

case(
    name="harbor-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@harborhost.example"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:05:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="hb-943-dsn"

--hb-943-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.harborhost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-team@harborhost.example>: host mbox.harborhost.example[192.0.2.31] said:
    552 5.2.2 Mailbox full (in reply to RCPT TO command)

--hb-943-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.harborhost.example
Arrival-Date: Thu,  5 Sep 2024 10:05:39 +0900 (KST)

Final-Recipient: rfc822; abuse-team@harborhost.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--hb-943-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-team@harborhost.example
Subject: KCSC-240905-02 removal request
Message-ID: <req-240905-02@kcsc.example>
Date: Thu, 05 Sep 2024 10:05:00 +0900

{request_body("KCSC-240905-02", [HB["sild"], HB["tada"], HB["toto"], HB["ip"]])}

--hb-943-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original attached",
    why="bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="harbor-reseller-unknown-sender",
    **{"from": "support@webnest-reseller.example"},
    name_from="WebNest Support",
    date="Sat, 07 Sep 2024 11:19:22 +0900",
    subject="Re: [Harbor Abuse #HB-20931] KCSC-240905-02",
    body=f"""
Hello,

We are a reseller of Harbor Hosting and the site in your complaint is one
of our clients. We have removed {HB["toto"]} from their
account this morning.

WebNest Support
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering a complaint passed on by the upstream host",
    why="a removal statement from a domain that belongs to no configured platform",
    items={HB["toto"]: "pending"},
)

case(
    name="harbor-ticket-updated-with-action",
    **{"from": "abuse@harborhost.example"},
    date="Sun, 08 Sep 2024 23:04:15 +0900",
    subject="[Harbor Abuse #HB-21007] Your ticket has been updated",
    body=f"""
Your ticket HB-21007 (your ref. KCSC-240905-02) has been updated.

----- Staff reply -----
The page {HB["toto"]} has been disabled by our team at 14:02 UTC.
The customer's other sites are not affected.
-----------------------

You can view the ticket at https://harborhost.example/support/ticket/HB-21007
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system 'your ticket has been updated' wrapper with a staff reply",
    why="ticket wrapper around an unhedged statement that the page is disabled",
    items={HB["toto"]: "removed"},
)

case(
    name="harbor-mixed-prose",
    **{"from": "legal@harborhost.example"},
    name_from="Harbor Hosting Legal",
    date="Tue, 10 Sep 2024 17:26:44 +0900",
    subject="KCSC-240905-02 - outcome for all four URLs",
    body=f"""
Dear KCSC,

Here is where we ended up on the four URLs in KCSC-240905-02.

The two pharmacy pages, {HB["sild"]} and
{HB["tada"]}, were deleted by the customer at our
request. The board post at {HB["ip"]} is gone: the
user account ~minsu no longer exists on that server and there is nothing
left to act on. The site at {HB["toto"]} stays up. The
customer holds a gaming licence in its own jurisdiction and we found no
breach of our Acceptable Use Policy.

Best regards,
Harbor Hosting Legal
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's legal team summing up a complaint in prose",
    why="four URLs, four outcomes in prose: two deleted, one no longer exists, one stays up (no AUP breach)",
    items={HB["sild"]: "removed", HB["tada"]: "removed", HB["ip"]: "not_found",
           HB["toto"]: "rejected"},
)

case(
    name="harbor-maintenance-notice",
    **{"from": "noc@harborhost.example"},
    name_from="Harbor Hosting NOC",
    date="Wed, 11 Sep 2024 09:00:00 +0900",
    subject="Scheduled maintenance: Seoul DC network, 14 September",
    body="""
Dear customer,

We will carry out network maintenance in our Seoul data centre on
Saturday 14 September between 02:00 and 04:00 KST. Short interruptions
of up to five minutes are possible during this window.

Status updates: https://status.harborhost.example

Harbor Hosting NOC
""",
    outcome="review", review="no_claims",
    imitates="hosting provider maintenance notice sent to all contacts",
    why="trusted platform mail that names no item and no request",
    items={},
)

# ===== VeilCDN (CDN), KCSC-240909-03, 3 items =============================

case(
    name="veilcdn-wrong-platform-pharmacy",
    **{"from": "abuse@veilcdn.example"},
    date="Sat, 07 Sep 2024 15:44:00 +0900",
    subject="Re: KCSC-240905-02",
    body=f"""
Hello,

The site in your complaint to Harbor Hosting is also proxied by our
network. We have blocked {HB["sild"]} across our
network; visitors now get an error page.

VeilCDN Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN acting on a page whose complaint went to the origin host",
    why="VeilCDN states a status for an item of Harbor Hosting's request",
    items={HB["sild"]: "pending"},
)

case(
    name="veilcdn-not-a-host",
    **{"from": "abuse@veilcdn.example"},
    date="Mon, 09 Sep 2024 12:10:27 +0900",
    subject="[VCDN-TS-3317] KCSC-240909-03",
    body=f"""
Hello,

VeilCDN provides pass-through proxy and caching services. We do not host
the content at {VC["root"]} and cannot remove material from
a server we do not control.

We have forwarded your complaint to the hosting provider and to the site
operator, and we include the hosting provider's abuse contact here so you
can follow up with them directly: abuse@orbitcolo.example.

VeilCDN Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we are not the host, report forwarded' reply",
    why="a CDN saying it cannot remove hosted content is neither removal nor a no-violation refusal",
    items={VC["root"]: "pending"},
)

case(
    name="veilcdn-kr-restriction-list",
    **{"from": "abuse@veilcdn.example"},
    date="Wed, 11 Sep 2024 10:31:50 +0900",
    subject="[VCDN-TS-3317] Action taken - KCSC-240909-03",
    body=f"""
Hello,

Following our review, the following URLs are now unavailable to visitors
connecting from the Republic of Korea:

  {VC["root"]}
  {VC["bonus"]}

They remain reachable from other countries.

VeilCDN Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN country block (geo-restriction) notice",
    why="both URLs listed under a statement that they are blocked for Korea only",
    items={VC["root"]: "restricted", VC["bonus"]: "restricted"},
)

case(
    name="veilcdn-statement-of-reasons",
    **{"from": "abuse@veilcdn.example"},
    date="Tue, 10 Sep 2024 20:05:13 +0900",
    subject="Statement of reasons - VCDN-TS-2024-09-3318",
    body=f"""
Statement of reasons

Our reference:        VCDN-TS-2024-09-3318
Your reference:       KCSC-240909-03
Content concerned:    {VC["phish"]}
Type of content:      website (phishing page)
Decision:             access to the hostname disabled
Territorial scope:    all countries
Ground:               Acceptable Use Policy, section 2 (phishing)
Automated means used: no
Date of decision:     2024-09-10

Redress: you may contest this decision at https://veilcdn.example/appeals
within six months.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from an intermediary",
    why="access disabled in all countries = removed",
    items={VC["phish"]: "removed"},
)

case(
    name="veilcdn-read-receipt",
    **{"from": "trust@veilcdn.example"},
    name_from="VeilCDN Trust & Safety",
    date="Mon, 09 Sep 2024 09:41:02 +0900",
    subject="Read: KCSC-240909-03 removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="vc-943-mdn"

--vc-943-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: trust@veilcdn.example
  Subject: KCSC-240909-03 removal request
  Sent: Monday, September 9, 2024 9:30 AM

was read on Monday, September 9, 2024 9:41 AM.

--vc-943-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.veilcdn.example; Microsoft Outlook 16.0
Final-Recipient: rfc822; trust@veilcdn.example
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--vc-943-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

veil_csv = "\n".join([
    "url;action;scope;note",
    f"{VC['root']};blocked;KR only;gambling service not licensed in KR",
    f"{VC['bonus']};blocked;global;page also served malware",
    f"{VC['phish']};no action;-;no violation found: page shows a bank's own login",
]) + "\n"
case(
    name="veilcdn-semicolon-csv",
    **{"from": "abuse@veilcdn.example"},
    date="Thu, 12 Sep 2024 13:27:36 +0900",
    subject="KCSC-240909-03 - action report",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="vc-943-mix"

--vc-943-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Our action report for KCSC-240909-03 is attached (semicolon-separated,
exported from our case tool).

VeilCDN Trust & Safety

--vc-943-mix
Content-Type: text/csv; name="VCDN-3317-actions.csv"
Content-Disposition: attachment; filename="VCDN-3317-actions.csv"
Content-Transfer-Encoding: base64

{b64(veil_csv)}
--vc-943-mix--
""",
    outcome="applied", classification="confirmation",
    imitates="CDN case-tool export attached as a semicolon-separated CSV",
    why="blocked KR only = restricted; blocked global = removed; no action, no violation = rejected",
    items={VC["root"]: "restricted", VC["bonus"]: "removed", VC["phish"]: "rejected"},
)

# ===== NameLeaf (registrar), KCSC-240910-04, 2 items ======================

case(
    name="nameleaf-clienthold",
    **{"from": "compliance@nameleaf.example"},
    date="Thu, 12 Sep 2024 09:55:00 +0900",
    subject="RE: KCSC-240910-04 abuse report",
    reply_to_req="req-240910-04",
    body="""
Dear KCSC,

After review we have suspended both domain names in your report:

Domain: toto-vip99.example
Status: clientHold (suspended), the domain no longer resolves

Domain: drugs-kr-direct.example
Status: clientHold (suspended), the domain no longer resolves

The registrants have been notified.

NameLeaf Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse desk placing domains on clientHold",
    why="each requested domain named with its status: suspended, no longer resolves = made unavailable",
    items={NL["toto"]: "removed", NL["drugs"]: "removed"},
)

case(
    name="nameleaf-asks-evidence",
    **{"from": "compliance@nameleaf.example"},
    date="Wed, 11 Sep 2024 16:22:18 +0900",
    subject="RE: KCSC-240910-04 abuse report - more information needed",
    reply_to_req="req-240910-04",
    body=f"""
Dear KCSC,

NameLeaf is the registrar of {NL["toto"]} but does not host the
website. Before we can act on the domain name we need:

 1. a screenshot showing the illegal gambling content with the date;
 2. the provision of Korean law the content breaches, or a decision of a
    Korean authority concerning it.

Please reply to this email with the documents.

NameLeaf Compliance
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="registrar asking for evidence before acting on a domain",
    why="the registrar asks for documents; no status",
    items={NL["toto"]: "pending"},
)

case(
    name="nameleaf-expired-and-pending",
    **{"from": "compliance@nameleaf.example"},
    date="Fri, 13 Sep 2024 11:08:45 +0900",
    subject="RE: KCSC-240910-04 abuse report",
    reply_to_req="req-240910-04",
    body="""
Dear KCSC,

drugs-kr-direct.example expired on 1 September 2024 and was deleted from
the registry after the grace period. The domain does not exist any more
and there is nothing we can suspend.

toto-vip99.example is still with our compliance team; we expect to decide
next week.

NameLeaf Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar reply: domain expired and deleted, other domain under review",
    why="one domain no longer exists (not_found); the other is under review (pending)",
    items={NL["drugs"]: "not_found", NL["toto"]: "pending"},
)

# ===== 달빛게시판 (Korean forum), KCSC-240911-05, 5 items =================

case(
    name="dalbit-notice-ko",
    **{"from": "cs@dalbitbbs.example"},
    date="Fri, 13 Sep 2024 10:15:00 +0900",
    subject="[달빛게시판] 게시물 처리 결과 안내 (KCSC-240911-05)",
    body=f"""
안녕하세요, 달빛게시판 운영팀입니다.

귀 위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {DB_RAW["f1"]}
   - 게시중단(삭제) 완료
2. {DB_RAW["f2"]}
   - 임시조치(30일) 완료
3. {DB_RAW["ko"]}
   - 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.

나머지 2건은 검토 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
달빛게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 게시물 처리 결과 안내 with numbered list",
    why="게시중단(삭제) = removed, 임시조치 = restricted, 작성자 삭제로 없음 = not_found; raw Korean path matches its encoded form",
    items={DB["f1"]: "removed", DB["f2"]: "restricted", DB["ko"]: "not_found"},
)

case(
    name="dalbit-admin-particle-ko",
    **{"from": "admin@dalbitbbs.example"},
    name_from=ew("달빛 관리자"),
    date="Thu, 12 Sep 2024 22:41:07 +0900",
    subject="Re: KCSC-240911-05",
    reply_to_req="req-240911-05",
    body=f"""
관리자입니다.
말씀하신 {DB_RAW["gal"]}은 방금 블라인드 처리했습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="forum admin's two-line Korean reply",
    why="블라인드 처리 = removed; the particle 은 is glued to the URL",
    items={DB["gal"]: "removed"},
)

case(
    name="dalbit-promise-ko",
    **{"from": "cs@dalbitbbs.example"},
    date="Thu, 12 Sep 2024 11:02:33 +0900",
    subject="Re: [KCSC-240911-05] 불법정보 삭제 요청",
    reply_to_req="req-240911-05",
    body=f"""
안녕하세요, 달빛게시판 운영팀입니다.

요청하신 게시물 2건({DB_RAW["f1"]}, {DB_RAW["gal"]})은
내부 검토 후 순차적으로 조치할 예정입니다.

조치가 완료되면 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean forum 'will act after internal review' reply",
    why="조치할 예정 is a promise; the items stay pending",
    items={DB["f1"]: "pending", DB["gal"]: "pending"},
)

case(
    name="dalbit-fullwidth-punct-ko",
    **{"from": "cs@dalbitbbs.example"},
    date="Sat, 14 Sep 2024 14:30:12 +0900",
    subject="Re: KCSC-240911-05 처리 결과",
    reply_to_req="req-240911-05",
    body=f"""
달빛게시판 운영팀입니다.

■ 처리 결과
1) {DB_RAW["hum"]}（유머게시판）： 삭제 완료
2) {DB_RAW["f2"]}： 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.

문의: https://dalbitbbs.example/help/report
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum result list with full-width punctuation after the URLs",
    why="삭제 완료 = removed; no policy breach, post kept = rejected; the help page is not an item",
    items={DB["hum"]: "removed", DB["f2"]: "rejected"},
)

dalbit_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하십니까. 달빛게시판 운영팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240911-05)에 대한 조치 결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>{DB_RAW["f1"]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>2</td><td>{DB_RAW["f2"]}</td><td>삭제</td><td>2024-09-13</td></tr>
<tr><td>3</td><td>{DB_RAW["ko"]}</td><td>접근 제한(성인 인증 후 열람)</td><td>2024-09-13</td></tr>
<tr><td>4</td><td>{DB_RAW["gal"]}</td><td>블라인드</td><td>2024-09-12</td></tr>
<tr><td>5</td><td>{DB_RAW["hum"]}</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""
case(
    name="dalbit-base64-html-table-ko",
    **{"from": "cs@dalbitbbs.example"},
    date="Sat, 14 Sep 2024 09:12:40 +0900",
    subject=ew("시정요구 조치결과 회신 (KCSC-240911-05)"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dalbit_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table sent as base64 HTML",
    why="five rows: 삭제, 삭제, 접근 제한(성인 인증) = restricted, 블라인드 = removed, 게시물 없음(작성자 삭제) = not_found",
    items={DB["f1"]: "removed", DB["f2"]: "removed", DB["ko"]: "restricted",
           DB["gal"]: "removed", DB["hum"]: "not_found"},
)

case(
    name="dalbit-moderator-gmail",
    **{"from": "dalbit.mod.hyun@gmail.com"},
    name_from=ew("현우"),
    date="Fri, 13 Sep 2024 01:20:55 +0900",
    subject="Re: KCSC-240911-05",
    body=f"""
안녕하세요 달빛게시판 운영진 중 한 명입니다.
{DB_RAW["f1"]} 글 지웠습니다. 확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer forum moderator replying from a personal webmail address",
    why="the statement comes from gmail.com, not the forum's domain",
    items={DB["f1"]: "pending"},
)

case(
    name="dalbit-auto-receipt-ko",
    **{"from": "noreply@dalbitbbs.example"},
    name_from=ew("달빛게시판 고객센터"),
    date="Wed, 11 Sep 2024 15:41:10 +0900",
    subject=ew("[달빛게시판] 문의가 접수되었습니다"),
    body="""
안녕하세요, 달빛게시판 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: DB-240911-0042

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk 문의 접수 receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ===== pinchan (image board), KCSC-240912-06, 3 items =====================

case(
    name="pinchan-admin-one-line",
    **{"from": "admin@pinchan.example"},
    date="Fri, 13 Sep 2024 03:48:29 +0900",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
deleted {PC["t1"]} and {PC["t2"]}, also purged the image {PC["img"]} from the server and the cache. -- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin's single-line reply",
    why="all three items named and deleted/purged",
    items={PC["t1"]: "removed", PC["t2"]: "removed", PC["img"]: "removed"},
)

case(
    name="pinchan-pruned-and-deleted",
    **{"from": "admin@pinchan.example"},
    date="Fri, 13 Sep 2024 19:02:11 +0900",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
{PC["t2"]} was already gone when I looked, the thread got
pruned off the last page before your mail came in and we don't keep
archives.

44120 I deleted myself: {PC["t1"]}

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin explaining an auto-pruned thread",
    why="a thread that no longer exists (pruned before action) = not_found; the other deleted",
    items={PC["t2"]: "not_found", PC["t1"]: "removed"},
)

case(
    name="pinchan-wrapped-angle-url",
    **{"from": "janitor@pinchan.example"},
    name_from="pinchan janitor",
    date="Thu, 12 Sep 2024 21:30:45 +0900",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body="""
image removed and hash-banned:
<https://img.pinchan.example/src/
1725993021554.jpg>

the two threads are still up, the mods are discussing them.
""",
    outcome="applied", classification="confirmation",
    imitates="short reply with a URL wrapped inside angle brackets by the mail client",
    why="the wrapped URL is the requested image, removed; the threads are unnamed and undecided",
    items={PC["img"]: "removed"},
)

case(
    name="pinchan-hedge",
    **{"from": "admin@pinchan.example"},
    date="Thu, 12 Sep 2024 18:55:02 +0900",
    subject="Re: KCSC-240912-06",
    reply_to_req="req-240912-06",
    body=f"""
I think {PC["t1"]} might have been deleted by one of the
janitors already, but I can't check the logs until tomorrow.
""",
    outcome="review", review="not_understood",
    imitates="admin guessing at what happened to a thread",
    why="'might have been deleted' is a hedge",
    items={PC["t1"]: "pending"},
)

case(
    name="pinchan-bounce-no-such-user",
    **{"from": "MAILER-DAEMON@pinchan.example"},
    name_from="Mail Delivery Subsystem",
    date="Thu, 12 Sep 2024 13:15:30 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="pc-943-dsn"

--pc-943-dsn
Content-Type: text/plain; charset=us-ascii

Your message to abuse@pinchan.example could not be delivered.
The address does not exist on this server.

--pc-943-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.pinchan.example

Final-Recipient: rfc822; abuse@pinchan.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse@pinchan.example>: Recipient address rejected: User unknown

--pc-943-dsn
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@pinchan.example
Subject: KCSC-240912-06 removal request
Message-ID: <req-240912-06@kcsc.example>
Date: Thu, 12 Sep 2024 13:15:00 +0900

--pc-943-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="DSN: recipient address rejected (user unknown)",
    why="bounce",
    items={},
)

# ===== QuillPaste (paste site), KCSC-240913-07, 1 item ====================

case(
    name="quillpaste-sole-statement",
    **{"from": "support@quillpaste.example"},
    date="Sat, 14 Sep 2024 08:03:17 +0900",
    subject="Re: KCSC-240913-07 request to remove paste",
    reply_to_req="req-240913-07",
    body="""
Hi,

The paste has been removed and the account that created it is banned.

QuillPaste support
""",
    outcome="applied", classification="confirmation",
    imitates="paste site support reply naming no URL",
    why="one unhedged statement answering a one-item request",
    items={QP["paste"]: "removed"},
)

case(
    name="quillpaste-ticket-receipt",
    **{"from": "support@quillpaste.example"},
    date="Fri, 13 Sep 2024 16:01:09 +0900",
    subject="[QP-88120] We got your message",
    reply_to_req="req-240913-07",
    body="""
Thanks for reaching out!

We've received your report and created ticket #QP-88120. Our small team
answers within three business days. You don't need to reply to this
email.

QuillPaste
""",
    outcome="ignored", classification="acknowledgement",
    imitates="small service's automatic ticket receipt",
    why="pure acknowledgement",
    items={},
)

HEADER = """# Blind set 943 (focus 4: hosts, CDN, registrar, forum, image board, file
# host, paste site answering informally; CSV attachments, plain-text tables).
# Written by tests/corpus/blind943/make.py before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind943", HEADER, C)
