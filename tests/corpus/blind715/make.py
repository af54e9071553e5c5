#!/usr/bin/env python3
"""Blind set blind715: hosting providers, a CDN, a registrar, a Korean
forum, an image board and a file host answering (often informally), with
CSV attachments and plain-text tables.

    python3 tests/corpus/blind715/make.py

Writes requests.csv, cases/*.eml and expected.toml from the lists below.
Deterministic. Expected results were written from each email's meaning
alone, before the reader was ever run on these emails.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240904-03", "KCSC-240905-04",
    "KCSC-240906-05", "KCSC-240909-06", "KCSC-240910-07",
)

# Sendbox (file host), the largest request
S = [
    "https://sendbox.io/f/Ab3kQ9xT",
    "https://sendbox.io/f/Lm82pQzw",
    "https://sendbox.io/f/Zq0vN4rc",
    "https://sendbox.io/f/Hh7Yt2Ke",
    "https://sendbox.io/f/Wd5sR1bn",
    "https://sendbox.io/f/Pp9uC6ga",
    "https://sendbox.io/f/Ke4Jm0xd",
    "https://sendbox.io/folder/Vt3nQ8",
    "https://sendbox.io/folder/Rb6wE1",
    "https://dl.sendbox.io/f/Gy2hL7oq/video_0412.mp4",
    "https://sendbox.io/f/Nc1Fz5ui",
    "https://sendbox.io/f/Ux8Dk3lm",
    "https://sendbox.io/f/Ej6Ba9sw",
]
S = [None] + S  # S[1] .. S[13]
# Nimbus Hosting (web host): customer sites
N1 = "https://haneul-gallery.nimbus-sites.net/p/112"
N2 = "https://haneul-gallery.nimbus-sites.net/p/118"
N3 = "http://bada-toto77.com/event/join.php"
N4 = "https://files.moonlit-archive.org/kr/set_04/"
N5 = "https://yeoul-files.nimbus-sites.net/dl/pack3.zip"
# EdgeShield (CDN / reverse proxy)
E1 = "https://tvbada-stream.top/watch/8841"
E2 = "https://tvbada-stream.top/live/kbs2"
# DomainDock (registrar)
D1 = "http://kr-lotto-win.click/"
D2 = "https://mirror-bada.shop/"
D3 = "https://sale-pills24.store/order"
# Madang.kr (Korean community forum)
M1 = "https://madang.kr/free/88231"
M2 = "https://madang.kr/humor/4410"
M3 = "https://madang.kr/board/%EC%9E%90%EC%9C%A0/5521"
M3_RAW = "https://madang.kr/board/자유/5521"
M4 = "https://madang.kr/gallery/view?no=90127"
M5 = "https://m.madang.kr/free/88307"
# pichan (image board)
P1 = "https://pichan.org/b/res/771203.html"
P2 = "https://i.pichan.org/src/1725431200112.jpg"
P3 = "https://pichan.org/kr/res/55120.html"

REQUESTS = [
    (R1, "sendbox", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     S[1:], "obscenity", "file links shared in a Telegram channel"),
    (R2, "nimbushost", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [N1, N2, N3, N4], "gambling", "sites on Nimbus IP ranges"),
    (R3, "edgeshield", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [E1, E2], "copyright", "site behind EdgeShield proxy"),
    (R4, "domaindock", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     [D1, D2, D3], "gambling", "domains registered with DomainDock"),
    (R5, "madang", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     [M1, M2, M3, M4, M5], "defamation", "community posts"),
    (R6, "pichan", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [P1, P2, P3], "privacy", "threads and image"),
    (R7, "nimbushost", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [N5], "drugs", "single archive"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQ_SB = "\n".join(
    ["Dear Sendbox Trust & Safety team,", "",
     "The Korea Communications Standards Commission asks you to remove the",
     "following files, which were found to be illegal under Korean law",
     "(reference KCSC-240902-01):", ""]
    + ["%d. %s" % (i, S[i]) for i in range(1, 14)]
    + ["", "Please reply to this address with the result for each link.", "",
       "KCSC Takedown desk"])

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ Sendbox
case(
    name="sb-csv-attachment-results",
    date="Wed, 4 Sep 2024 16:12:40 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    raw_mime="""Content-Type: multipart/mixed; boundary="sbx-7f31a0"

--sbx-7f31a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Thank you for your notice. We have gone through the 13 links it lists.
The outcome for each link is in the attached spreadsheet
(sendbox_KCSC-240902-01.csv); the "result" column is what we did.

If you have questions, reply to this email and keep the reference in the
subject line.

Sendbox Trust & Safety

--sbx-7f31a0
Content-Type: text/csv; charset=utf-8; name="sendbox_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="sendbox_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

""" + b64("link,result,detail,date_utc\r\n"
          + f"{S[1]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[2]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[3]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[4]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[5]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[6]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[7]},not found,No file exists at this address,2024-09-04\r\n"
          + f"{S[8]},disabled,Folder and all files in it disabled,2024-09-04\r\n"
          + f"{S[9]},disabled,Folder and all files in it disabled,2024-09-04\r\n"
          + f"{S[10]},removed,Terms 4.2 - illegal content,2024-09-04\r\n"
          + f"{S[11]},no action,No breach of our Terms found; file stays available,2024-09-04\r\n"
          + f"{S[12]},not found,Deleted by the uploader before our review,2024-09-04\r\n"
          + f"{S[13]},restricted,Blocked for visitors from South Korea,2024-09-04\r\n") + """

--sbx-7f31a0--
""",
    outcome="applied", classification="confirmation",
    imitates="file host trust-and-safety reply with a per-link CSV result sheet attached",
    why="CSV attachment gives one result per link: removed, disabled, not found, no action, restricted",
    items={S[1]: "removed", S[2]: "removed", S[3]: "removed", S[4]: "removed", S[5]: "removed",
           S[6]: "removed", S[7]: "not_found", S[8]: "removed", S[9]: "removed", S[10]: "removed",
           S[11]: "rejected", S[12]: "not_found", S[13]: "restricted"},
)

case(
    name="sb-plain-text-table",
    date="Tue, 3 Sep 2024 09:41:05 +0000",
    **{"from": "daniel.k@sendbox.io"}, name_from="Daniel K. (Sendbox Support)",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hi,

Here is where we are with the first six links of your notice KCSC-240902-01:

 #  Link                            Status
 -  ------------------------------  ----------------------------
 1  {S[1]}   deleted
 2  {S[2]}   deleted
 3  {S[3]}   no such file
 4  {S[4]}   deleted
 5  {S[5]}   left up, no violation found
 6  {S[6]}   deleted

The remaining seven are still with the review team. I'll write again once
they are done.

Daniel
Sendbox Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent pasting a fixed-width status table into a ticket reply",
    why="plain-text table: four deleted, one no such file, one left up for no violation; rest still pending",
    items={S[1]: "removed", S[2]: "removed", S[3]: "not_found", S[4]: "removed",
           S[5]: "rejected", S[6]: "removed"},
)

case(
    name="sb-bulk-all-disabled",
    date="Thu, 5 Sep 2024 07:03:51 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body="""Hello,

Following your notice KCSC-240902-01 of 2 September, we have disabled
every file and folder you reported, and the accounts that uploaded them
have been closed.

Best regards,
Sendbox Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="hosting trust-and-safety one-paragraph closing reply covering a whole notice",
    why="one statement about all 13 links without naming any: bulk, nothing applied",
    items={S[i]: "pending" for i in range(1, 14)},
)

case(
    name="sb-promise-will-remove",
    date="Mon, 2 Sep 2024 13:27:18 +0000",
    **{"from": "legal@sendbox.io"}, name_from="Sendbox Legal",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Dear KCSC,

Thank you for your report. We confirm receipt of the links below. They
will be removed within 24 hours once our legal team has signed off:

- {S[4]}
- {S[5]}
- {S[6]}

We will send you a confirmation when this is done.

Sendbox Legal
""",
    outcome="review", review="not_understood", classification="acknowledgement",
    imitates="legal desk receipt that promises removal after sign-off",
    why="'will be removed ... once signed off' is a conditional promise: items stay pending",
    items={S[4]: "pending", S[5]: "pending", S[6]: "pending"},
)

case(
    name="sb-ooo-autoreply",
    date="Mon, 2 Sep 2024 01:00:22 +0000",
    **{"from": "mina.park@sendbox.io"}, name_from="Mina Park",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 16 September and will have limited access
to email. For takedown matters please write to trust-safety@sendbox.io,
who will handle your message.

Mina
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="sb-ticket-receipt",
    date="Mon, 2 Sep 2024 01:00:40 +0000",
    **{"from": "support@sendbox.io"}, name_from="Sendbox Support",
    subject="[Sendbox] Request received: [KCSC-240902-01] Request for removal of illegal content (#48812)",
    reply_to_req=mid(R1),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (48812) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from Sendbox Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (Zendesk style)",
    why="pure ticket receipt, says nothing about any link",
    items={},
)

case(
    name="sb-one-line-admin",
    date="Fri, 6 Sep 2024 22:14:09 +0000",
    **{"from": "jonas@sendbox.io"}, name_from="Jonas",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Both deleted just now:
{S[7]}
{S[11]}

--
Jonas, Sendbox ops
""",
    outcome="applied", classification="confirmation",
    imitates="ops engineer's one-line reply from a small file host",
    why="'Both deleted just now' followed by the two links",
    items={S[7]: "removed", S[11]: "removed"},
)

case(
    name="sb-top-posted-over-quoted",
    date="Wed, 4 Sep 2024 03:55:30 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hi,

We disabled the two folders:
{S[8]}
{S[9]}

The rest of your list is still being looked at.

Sendbox T&S

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQ_SB)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over the quoted request",
    why="two folders disabled; the other links appear only in the quoted request and 'still being looked at'",
    items={S[8]: "removed", S[9]: "removed", S[1]: "pending", S[13]: "pending"},
)

case(
    name="sb-forged-auth-fail",
    date="Thu, 5 Sep 2024 11:19:44 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    auth="fail",
    subject="RE: KCSC-240902-01 - all content removed",
    body=f"""Dear KCSC,

All content you reported has now been removed:

{S[1]} - removed
{S[2]} - removed
{S[3]} - removed

No further action is required from you.

Sendbox Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="spoofed platform reply failing DKIM/SPF/DMARC",
    why="From sendbox.io but DMARC fails: statements not trusted",
    items={S[1]: "pending", S[2]: "pending", S[3]: "pending"},
)

case(
    name="sb-html-table",
    date="Sat, 7 Sep 2024 08:30:00 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    subject="Re: [KCSC-240902-01] Results for the remaining links",
    reply_to_req=mid(R1),
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our decisions on four links from notice KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Link</th><th>Decision</th></tr>
<tr><td><a href="{S[10]}">{S[10]}</a></td><td>Removed</td></tr>
<tr><td><a href="{S[11]}">{S[11]}</a></td><td>Not removed &ndash; no violation of our Terms of Service</td></tr>
<tr><td><a href="{S[12]}">{S[12]}</a></td><td>Not found</td></tr>
<tr><td><a href="{S[13]}">{S[13]}</a></td><td>Blocked in South Korea</td></tr>
</table>
<p>You can ask us to reconsider a decision at <a href="https://sendbox.io/legal/appeal">sendbox.io/legal/appeal</a>.</p>
<p>Sendbox Trust &amp; Safety</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML decision table from a file host's trust-and-safety tool",
    why="HTML table: removed, not removed (no violation), not found, blocked in South Korea",
    items={S[10]: "removed", S[11]: "rejected", S[12]: "not_found", S[13]: "restricted"},
)

case(
    name="sb-qp-mixed-prose",
    date="Tue, 3 Sep 2024 15:02:11 +0000",
    **{"from": "elodie.marchand@sendbox.io"}, name_from="Élodie Marchand",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Dear KCSC team,

Regarding your notice KCSC-240902-01, here are our decisions on the first three links.

The file at {S[1]} has been taken down and the uploader's account has been suspended.

The link {S[2]} led to a file that its uploader had already deleted before your notice reached us, so there was nothing left for us to remove.

We reviewed {S[3]} carefully and found that it does not breach our Terms of Service; it remains available. If you disagree, you can send us the legal basis through https://sendbox.io/legal/appeal.

Kind regards,
Élodie Marchand
Sendbox Trust & Safety — Paris office
"""),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety prose reply, quoted-printable, one paragraph per link",
    why="taken down / already deleted by uploader / does not breach Terms, remains available",
    items={S[1]: "removed", S[2]: "not_found", S[3]: "rejected"},
)

case(
    name="sb-hedge-appears",
    date="Wed, 4 Sep 2024 10:48:27 +0000",
    **{"from": "daniel.k@sendbox.io"}, name_from="Daniel K. (Sendbox Support)",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid(R1),
    body=f"""Hi again,

Quick update on two of the links.

{S[4]} appears to have been removed already, possibly by the uploader.
I can't confirm it from our logs yet.

{S[5]} may have been re-uploaded under a new link. We are checking our
hash matches and will update you.

Daniel
""",
    outcome="review", review="not_understood", classification="other",
    imitates="support agent's interim update with hedged findings",
    why="'appears to have been removed', 'may have been re-uploaded': hedges, no status",
    items={S[4]: "pending", S[5]: "pending"},
)

case(
    name="sb-dsn-bounce",
    date="Mon, 9 Sep 2024 09:00:07 +0000",
    **{"from": "MAILER-DAEMON@mail.sendbox.io"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-44A1C3"

--dsn-44A1C3
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sendbox.io.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@sendbox.io>: unknown user: "legal-kr"

--dsn-44A1C3
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sendbox.io
Arrival-Date: Mon,  9 Sep 2024 09:00:06 +0000 (UTC)

Final-Recipient: rfc822; legal-kr@sendbox.io
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "legal-kr"

--dsn-44A1C3
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@sendbox.io
Subject: [KCSC-240902-01] Reminder: removal request overdue
Date: Mon, 9 Sep 2024 18:00:00 +0900
Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Our request KCSC-240902-01 is overdue. Still pending:
{S[4]}
{S[5]}

--dsn-44A1C3--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 5.1.1 unknown user with the undelivered reminder attached",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={},
)

case(
    name="sb-numbered-wrapped",
    date="Mon, 9 Sep 2024 06:21:35 +0000",
    **{"from": "trust-safety@sendbox.io"}, name_from="Sendbox Trust & Safety",
    subject="Re: [KCSC-240902-01] Update",
    reply_to_req=mid(R1),
    body=f"""Update on notice KCSC-240902-01:

1) {S[7]} - removed (illegal content)
2) <https://dl.sendbox.io/f/Gy2hL7oq/
   video_0412.mp4> - removed, the direct download link is disabled
3) {S[12]} - removed
4) {S[13]} - not removed: the file is a public-domain documentary
   and breaches none of our rules.

Sendbox Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="numbered outcome list with a long link wrapped inside angle brackets",
    why="three removed (one link wrapped across two lines inside <>), one refused with its reason",
    items={S[7]: "removed", S[10]: "removed", S[12]: "removed", S[13]: "rejected"},
)

case(
    name="sb-dsa-statement",
    date="Thu, 5 Sep 2024 14:40:02 +0000",
    **{"from": "no-reply@sendbox.io"}, name_from="Sendbox",
    subject="Statement of reasons SB-SOR-2024-09-118734 (your notice KCSC-240902-01)",
    body=f"""Statement of reasons (Article 17, Regulation (EU) 2022/2065)

Reference:            SB-SOR-2024-09-118734
Content concerned:    {S[11]}
Decision:             disabling of access to the content
Territorial scope:    worldwide
Date of decision:     5 September 2024
Facts:                notice received from KCSC (reference KCSC-240902-01)
                      on 2 September 2024
Automated means:      not used for detection or decision
Ground:               incompatible with our Terms of Service, section 4.2

Redress: the uploader may appeal within six months at
https://sendbox.io/legal/appeal. This message was sent automatically;
replies are not read.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent to the notifier",
    why="decision 'disabling of access', scope worldwide: removed",
    items={S[11]: "removed"},
)

# ================================================================ Nimbus Hosting
case(
    name="nh-abuse-ticket-resolved",
    date="Fri, 6 Sep 2024 04:12:58 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="[NH-55102] Re: [KCSC-240903-02] Removal request - ticket closed",
    reply_to_req=mid(R2),
    body=f"""Hello,

Abuse ticket NH-55102 is now closed. Summary of what was done:

- {N1} : page deleted by our customer after our notice; we checked, it now returns 404.
- {N2} : same, deleted by the customer.
- {N3} : hosting account suspended for breach of our acceptable use policy; the whole site is offline.

Our AUP: https://nimbushost.net/legal/aup

Nimbus Hosting Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="web host abuse desk closing a ticket with a per-URL summary",
    why="two pages deleted (after the host's notice), one site suspended; fourth link not mentioned",
    items={N1: "removed", N2: "removed", N3: "removed"},
)

case(
    name="nh-not-on-our-network",
    date="Thu, 5 Sep 2024 02:30:12 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="[NH-55102] Re: [KCSC-240903-02] Removal request",
    reply_to_req=mid(R2),
    body=f"""Hello,

About {N4}:
we could not locate this content on any of our servers. The domain does
not point to our IP ranges and we have no customer account for it.
You will need to contact whoever hosts it (a WHOIS lookup on the IP
should tell you).

The other URLs of your notice are being handled under the same ticket.

Regards,
Marek
Nimbus Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk answering that the reported site is not on its network",
    why="'could not locate this content on any of our servers' for the one URL it names",
    items={N4: "not_found"},
)

case(
    name="nh-forwarded-customer-reply",
    date="Thu, 5 Sep 2024 08:44:31 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="Fwd: Re: [NH-55102] Notice of complaint",
    body=f"""Hello,

FYI, see our customer's answer below (ticket NH-55102, your ref
KCSC-240903-02).

---------- Forwarded message ---------
From: Haneul Gallery <owner@haneul-gallery.kr>
Date: Thu, 5 Sep 2024 at 16:31
Subject: Re: [NH-55102] Notice of complaint
To: Nimbus Hosting Abuse <abuse@nimbushost.net>

Hi Nimbus,

I took down the two pages this morning:
{N1}
{N2}

Sorry for the trouble.
Haneul
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="host forwarding its customer's reply to the complainant",
    why="the only statement is the customer's, inside a forwarded message; the host states nothing itself",
    items={N1: "pending", N2: "pending"},
)

case(
    name="nh-single-item-thread-reply",
    date="Wed, 11 Sep 2024 05:02:44 +0000",
    **{"from": "marek@nimbushost.net"}, name_from="Marek Nowak",
    subject="Re: [KCSC-240910-07] Removal request",
    reply_to_req=mid(R7),
    body="""Deleted, and the account is terminated.

--
Marek
Nimbus Hosting abuse desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk one-liner in the thread of a one-item request",
    why="unhedged 'Deleted' answering a request of one item (matched by thread and reference)",
    items={N5: "removed"},
)

case(
    name="nh-rejected-news-photo",
    date="Mon, 9 Sep 2024 07:15:20 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="[NH-55102] Re: [KCSC-240903-02] Removal request",
    reply_to_req=mid(R2),
    body=f"""Hello,

Our customer runs a photo archive. After review, we find that the image
at {N2} is a press photograph published
with its original caption, and we do not consider that it breaches our
acceptable use policy. We have therefore decided not to take action on
this page.

The other pages of your notice are still under review.

Nimbus Hosting Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="web host refusing one URL with its reason",
    why="explicit refusal with a reason for one page; others 'still under review'",
    items={N2: "rejected"},
)

case(
    name="nh-ticket-ack",
    date="Tue, 3 Sep 2024 02:00:31 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="[NH-55102] Your abuse report has been received",
    reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body="""This is an automated message.

We have opened ticket NH-55102 for your report "[KCSC-240903-02] Removal
request". Our abuse team handles reports in the order they arrive.

Please do not open a new ticket for the same matter; reply to this email
instead, keeping [NH-55102] in the subject.

Nimbus Hosting Abuse Department
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting abuse-system automatic ticket receipt",
    why="automatic receipt: ticket opened, nothing about any URL",
    items={},
)

case(
    name="nh-geo-block-and-suspend",
    date="Sat, 7 Sep 2024 10:05:47 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="[NH-55102] Update on your report KCSC-240903-02",
    reply_to_req=mid(R2),
    body=f"""Update:

{N3}
-> site disabled, hosting account suspended

{N1}
-> our customer chose to geo-block this page: visitors from South Korea
   now get an error page. It stays visible in other countries.

Nimbus Hosting Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="abuse desk update with each URL followed by an arrow line",
    why="one site disabled; one page geo-blocked for South Korea only",
    items={N3: "removed", N1: "restricted"},
)

case(
    name="nh-host-behind-cdn",
    date="Fri, 6 Sep 2024 10:21:09 +0000",
    **{"from": "abuse@nimbushost.net"}, name_from="Nimbus Hosting Abuse",
    subject="Abuse report passed on by EdgeShield - tvbada-stream.top",
    body=f"""Hello,

EdgeShield passed your complaint (your reference KCSC-240904-03) to us
as the origin host of tvbada-stream.top.

We have suspended the server. The following are offline as of 10:20 UTC
today:
{E1}
{E2}

Nimbus Hosting Abuse Department
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="origin host answering a complaint a CDN passed on to it",
    why="statuses for items of a request sent to EdgeShield, stated by Nimbus Hosting",
    items={E1: "pending", E2: "pending"},
)

case(
    name="nh-abuse-address-change",
    date="Wed, 11 Sep 2024 00:00:00 +0000",
    **{"from": "noreply@nimbushost.net"}, name_from="Nimbus Hosting",
    subject="Change of our abuse contact address",
    body="""Dear partner,

From 1 October 2024, reports of abuse on the Nimbus Hosting network should
be sent to abuse-desk@nimbushost.net. The current address keeps working
until 31 December 2024.

Reports filed through https://nimbushost.net/abuse/form are handled
fastest.

Nimbus Hosting
""",
    outcome="review", review="no_claims", classification="other",
    imitates="hosting provider notice about a new abuse contact address",
    why="trusted platform email naming no item and no request",
    items={},
)

# ================================================================ EdgeShield
case(
    name="es-forwarded-to-host",
    date="Wed, 4 Sep 2024 01:05:33 +0000",
    **{"from": "abuse@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="EdgeShield abuse report [KCSC-240904-03] - forwarded to hosting provider",
    reply_to_req=mid(R3),
    body=f"""EdgeShield received your report about:

{E1}
{E2}

EdgeShield is a pass-through security and CDN service. We do not host
the website above and cannot remove material stored on it. We have
forwarded your report to the hosting provider (Nimbus Hosting,
abuse@nimbushost.net) and to the website operator.

Please follow up with the hosting provider directly.

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood", classification="other",
    imitates="CDN reply: we are not the host, report forwarded to host and site owner",
    why="names both URLs but states no status: nothing removed, not refused on the merits, not 'not found'",
    items={E1: "pending", E2: "pending"},
)

case(
    name="es-cdn-terminated",
    date="Thu, 5 Sep 2024 12:34:56 +0000",
    **{"from": "abuse@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="Re: [KCSC-240904-03] tvbada-stream.top",
    reply_to_req=mid(R3),
    body=f"""Hello,

We have terminated EdgeShield service for the zone tvbada-stream.top for
a violation of our terms. Requests for {E1} and
{E2} are now blocked on our network and
return an error page to all visitors.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN terminating service for a zone and blocking the URLs network-wide",
    why="both URLs blocked for all visitors on the CDN: made unavailable, removed",
    items={E1: "removed", E2: "removed"},
)

case(
    name="es-geo-451-and-404",
    date="Fri, 6 Sep 2024 03:17:42 +0000",
    **{"from": "abuse@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="Outcome of your report KCSC-240904-03",
    reply_to_req=mid(R3),
    body=f"""Outcome of your report KCSC-240904-03:

1. {E1}
   Access from the Republic of Korea is now blocked at our edge; visitors
   from Korea receive HTTP 451.

2. {E2}
   The origin answers 404 for this path. There is no content at this
   address for us to act on.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN outcome notice with country block (HTTP 451) and a dead path",
    why="first URL blocked in Korea only (restricted); second has no content (not found)",
    items={E1: "restricted", E2: "not_found"},
)

case(
    name="es-site-owner-unknown-sender",
    date="Sat, 7 Sep 2024 15:48:03 +0000",
    **{"from": "admin@tvbada-stream.top"}, name_from="tvbada admin",
    subject="Re: KCSC-240904-03",
    body=f"""To KCSC,

I got your complaint through my CDN. I have deleted the video
{E1} and stopped the live channel.
Please tell EdgeShield to unblock my site.

admin
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="site operator writing to the complainant directly",
    why="sender is the site operator's own domain, not a platform",
    items={E1: "pending"},
)

case(
    name="es-echoed-report",
    date="Mon, 9 Sep 2024 05:50:19 +0000",
    **{"from": "trust-safety@edgeshield.com"}, name_from="EdgeShield Trust & Safety",
    subject="EdgeShield report ES-2024-0909-4471: outcome",
    body=f"""EdgeShield Trust & Safety - report ES-2024-0909-4471

Your report
-----------
Reported URL:     {E1}
Category:         Copyright / illegal content (KR)
Reporter:         KCSC <takedown@kcsc.example>
Your reference:   KCSC-240904-03

Outcome
-------
We found that this video is stored on EdgeShield's own video storage
product. The video has been deleted from our storage and cached copies
have been purged.

This message was sent from an unmonitored address.
""",
    outcome="applied", classification="confirmation",
    imitates="CDN abuse-system outcome mail echoing the report fields",
    why="echoed report names the URL; outcome: video deleted and purged",
    items={E1: "removed"},
)

# ================================================================ DomainDock
case(
    name="dd-clienthold-and-pending",
    date="Mon, 9 Sep 2024 08:02:14 +0000",
    **{"from": "abuse@domaindock.com"}, name_from="DomainDock Abuse",
    subject="Re: [KCSC-240905-04] Abuse complaint",
    reply_to_req=mid(R4),
    body=f"""Regarding your complaint KCSC-240905-04:

<{D1}> - domain placed on clientHold; it no longer resolves.

<{D2}> - we have notified the registrant and given them
48 hours to respond. If they do not, the domain will be suspended.

We will update you about the second domain.

DomainDock Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply: clientHold on one domain, deadline to the registrant on another",
    why="clientHold (no longer resolves) is removal; the other is a conditional future suspension",
    items={D1: "removed", D2: "pending"},
)

case(
    name="dd-content-not-dns-abuse",
    date="Tue, 10 Sep 2024 01:44:50 +0000",
    **{"from": "abuse@domaindock.com"}, name_from="DomainDock Abuse",
    subject="Re: [KCSC-240905-04] Abuse complaint",
    reply_to_req=mid(R4),
    body=f"""Hello,

We reviewed the complaint about {D3}.

As a registrar we suspend domains only for DNS abuse (phishing, malware,
botnets, pharming, and spam used for these). Your complaint is about the
content of a web page, which is a matter for the hosting provider. The
domain does not breach our registration agreement and we will take no
action on it.

DomainDock Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar declining a content complaint as not DNS abuse",
    why="explicit refusal with its reason (no breach of the registration agreement)",
    items={D3: "rejected"},
)

case(
    name="dd-bulk-suspended",
    date="Wed, 11 Sep 2024 09:30:00 +0000",
    **{"from": "abuse@domaindock.com"}, name_from="DomainDock Abuse",
    subject="Re: [KCSC-240905-04] Abuse complaint - resolved",
    reply_to_req=mid(R4),
    body="""Hello,

Following our investigation, the domain names listed in your complaint
KCSC-240905-04 have been suspended at the registry (serverHold) and no
longer resolve.

DomainDock Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="registrar closing note covering every domain of a complaint",
    why="'the domain names listed in your complaint' for a three-item request, none named",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dd-ticket-ack",
    date="Thu, 5 Sep 2024 05:00:12 +0000",
    **{"from": "abuse@domaindock.com"}, name_from="DomainDock Abuse",
    subject="Re: [KCSC-240905-04] Abuse complaint [DD-ABUSE-77120]",
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for contacting DomainDock Abuse.

Your report has been logged as DD-ABUSE-77120. We investigate every report
we receive; for confidentiality reasons we may not be able to tell you
the outcome.

DomainDock Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="registrar abuse mailbox automatic receipt",
    why="automatic receipt with a ticket number, nothing about any domain",
    items={},
)

case(
    name="dd-csv-attachment",
    date="Thu, 12 Sep 2024 02:15:00 +0000",
    **{"from": "compliance@domaindock.com"}, name_from="DomainDock Compliance",
    subject="[KCSC-240905-04] Action report",
    reply_to_req=mid(R4),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dd_5501"

--=_dd_5501
Content-Type: text/plain; charset=us-ascii

Hello,

The action report for your complaint KCSC-240905-04 is attached.

DomainDock Compliance

--=_dd_5501
Content-Type: text/csv; name="KCSC-240905-04_actions.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_actions.csv"
Content-Transfer-Encoding: 7bit

domain,reported_url,action,action_date
kr-lotto-win.click,{D1},suspended (clientHold),2024-09-11
mirror-bada.shop,{D2},suspended (clientHold),2024-09-11
sale-pills24.store,{D3},none - page already deleted by the registrant (404),2024-09-11

--=_dd_5501--
""",
    outcome="applied", classification="confirmation",
    imitates="registrar compliance action report as a CSV attachment",
    why="two domains suspended; third page already deleted by the registrant before any action",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

# ================================================================ Madang.kr
case(
    name="md-korean-admin-list",
    date="Mon, 9 Sep 2024 02:10:00 +0000",
    **{"from": "admin@madang.kr"}, name_from="마당넷 운영팀",
    subject="RE: [KCSC-240906-05] 불법정보 삭제 요청에 대한 조치 결과",
    reply_to_req=mid(R5),
    body=f"""안녕하세요, 마당넷 운영팀입니다.

요청하신 게시물(KCSC-240906-05)의 처리 결과를 안내드립니다.

1. {M1} → 삭제 완료
2. {M2} → 블라인드 처리
3. {M3_RAW} → 작성자가 이미 삭제한 게시물입니다
4. {M4} → 임시조치(30일)
5. {M5} → 운영원칙 위반 사항이 없어 게시 유지

문의 사항은 이 메일로 회신해 주세요.
마당넷 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community admin's numbered 조치 결과 reply",
    why="삭제 완료, 블라인드, 작성자 삭제, 임시조치, 위반 없음 게시 유지",
    items={M1: "removed", M2: "removed", M3: "not_found", M4: "restricted", M5: "rejected"},
)

case(
    name="md-one-liner-particles",
    date="Mon, 9 Sep 2024 23:58:41 +0000",
    **{"from": "jh.lee@madang.kr"}, name_from="이재훈",
    subject="RE: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=mid(R5),
    body=f"""{M1} 글은 삭제했습니다.
{M2}은 아직 확인 중입니다.

이재훈 / 마당넷 운영자
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator's two-line Korean reply, particles right after the URLs",
    why="first post deleted; second 'still being checked'",
    items={M1: "removed", M2: "pending"},
)

case(
    name="md-promise-korean",
    date="Fri, 6 Sep 2024 06:30:10 +0000",
    **{"from": "admin@madang.kr"}, name_from="마당넷 운영팀",
    subject="RE: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=mid(R5),
    body=f"""안녕하세요, 마당넷 운영팀입니다.

보내주신 게시물 5건은 내부 검토를 거쳐 이번 주 안에 조치할 예정입니다.
조치가 끝나면 다시 회신드리겠습니다.

- {M1}
- {M2}
- {M3_RAW}
- {M4}
- {M5}

감사합니다.
""",
    outcome="review", review="not_understood", classification="acknowledgement",
    imitates="Korean portal notice promising action after internal review",
    why="'조치할 예정입니다' is a promise; all five stay pending",
    items={M1: "pending", M2: "pending", M3: "pending", M4: "pending", M5: "pending"},
)

_md_table = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240906-05)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>연번</th><th>URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td>{M3}</td><td>게시중단</td><td>2024-09-10 14:02</td></tr>
<tr><td>2</td><td>{M4}</td><td>국내 접속 차단</td><td>2024-09-10 14:05</td></tr>
<tr><td>3</td><td>{M5}</td><td>삭제</td><td>2024-09-10 14:07</td></tr>
</table>
<p>마당넷 운영팀</p>
</body></html>
"""

case(
    name="md-base64-html-table",
    date="Tue, 10 Sep 2024 05:20:00 +0000",
    **{"from": "admin@madang.kr"}, name_from="마당넷 운영팀",
    subject="[마당넷] 시정요구 조치결과 회신 (KCSC-240906-05)",
    reply_to_req=mid(R5),
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(_md_table),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table, base64 HTML",
    why="게시중단 (removed), 국내 접속 차단 (restricted), 삭제 (removed)",
    items={M3: "removed", M4: "restricted", M5: "removed"},
)

case(
    name="md-fullwidth-punct",
    date="Wed, 11 Sep 2024 01:02:03 +0000",
    **{"from": "help@madang.kr"}, name_from="마당넷 고객센터",
    subject="RE: [KCSC-240906-05] 추가 처리 안내",
    reply_to_req=mid(R5),
    body=f"""안녕하세요. 마당넷 고객센터입니다.
추가로 처리된 게시물을 알려드립니다。

・{M4}：운영자 삭제
・{M5}：비공개 처리 완료

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk reply typed with full-width punctuation",
    why="운영자 삭제 and 비공개 처리 완료, each straight after its URL and a full-width colon",
    items={M4: "removed", M5: "removed"},
)

case(
    name="md-mdn-read-receipt",
    date="Fri, 6 Sep 2024 01:12:00 +0000",
    **{"from": "admin@madang.kr"}, name_from="마당넷 운영팀",
    subject="읽음 확인: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=mid(R5),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0912"

--mdn-0912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240906-05] 불법정보 삭제 요청"을(를) 수신자가 2024-09-06 10:11에 읽었습니다.

--mdn-0912
Content-Type: message/disposition-notification

Reporting-UA: mail.madang.kr; Webmail
Final-Recipient: rfc822; admin@madang.kr
Original-Message-ID: <req.KCSC-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0912--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="md-asks-more",
    date="Mon, 9 Sep 2024 04:40:00 +0000",
    **{"from": "admin@madang.kr"}, name_from="마당넷 운영팀",
    subject="RE: [KCSC-240906-05] 자료 요청",
    reply_to_req=mid(R5),
    body=f"""안녕하세요, 마당넷 운영팀입니다.

요청하신 게시물 가운데 {M2} 게시물에 대해서는
위법성 판단 근거(심의 의결서 사본 또는 관련 법령 조항)를 보내 주시면
검토 후 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal asking for the deliberation decision before acting",
    why="asks for documents before acting on one post",
    items={M2: "pending"},
)

case(
    name="md-korean-autoreply",
    date="Mon, 16 Sep 2024 00:05:00 +0000",
    **{"from": "support@madang.kr"}, name_from="마당넷 고객지원",
    subject="[자동응답] RE: [KCSC-240906-05] 불법정보 삭제 요청",
    reply_to_req=mid(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요.
담당자가 9월 16일부터 9월 18일까지 추석 연휴로 부재중입니다.
연휴가 끝난 뒤 순서대로 답변드리겠습니다.

※ 이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply",
    why="automatic absence reply",
    items={},
)

# ================================================================ pichan
case(
    name="pc-url-then-status-lines",
    date="Tue, 10 Sep 2024 19:33:12 +0000",
    **{"from": "admin@pichan.org"}, name_from="pichan admin",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid(R6),
    body=f"""hi,

{P1}
thread deleted, poster banned

{P2}
file purged, hash added to the filter

{P3}
that one was already gone. the thread fell off the board and was pruned
before we saw your mail

- admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering with each URL followed by a status line",
    why="thread deleted, file purged, third already pruned before the notice (not found)",
    items={P1: "removed", P2: "removed", P3: "not_found"},
)

case(
    name="pc-rejected-informal",
    date="Wed, 11 Sep 2024 02:01:55 +0000",
    **{"from": "mod@pichan.org"}, name_from="pichan mod",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid(R6),
    body=f"""looked at {P3} - it's people arguing
about the news, nothing illegal in it as far as our rules go, so it
stays up.

mod
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's informal refusal",
    why="'nothing illegal in it ... so it stays up': refusal with its reason",
    items={P3: "rejected"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set blind715 (hosts, CDN, registrar, forum, image board, file host).
# Written from each email's meaning before the reader was run.
# Generated by make.py; do not edit by hand.
"""

def encode_headers(cs):
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mailers send them."""
    from email.header import Header
    for c in cs:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode(maxlinelen=998)


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, "blind715", HEADER, cases)
    print("%d cases" % len(cases))
