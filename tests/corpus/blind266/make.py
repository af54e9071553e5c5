#!/usr/bin/env python3
"""Blind set 266: ticket systems and threads.

Help-desk receipts and then results (Zendesk-, Freshdesk-, Jira- and
HelpScout-style notifications), solved tickets that carry the whole
conversation including our own request, follow-ups in the same thread,
replies to our reminders, partial answers and forwarded mail. Every email is
fictional and written for this set; the expected results below were written
from each email's meaning before the reader was ever run on it.

    python3 tests/corpus/blind266/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import html
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("discord.com", "Discord")
corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")


def enc(s):
    """RFC 2047 encoding for non-ASCII header text (as real mailers do)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
G1 = "https://discord.com/channels/1180042217761234944/1180042218290001920/"
G2 = "https://discord.com/channels/1203318876512223232/1203318877002334208/"
D1 = G1 + "1281100000000000101"
D2 = G1 + "1281100000000000102"
D3 = G1 + "1281100000000000103"
D4 = G1 + "1281100000000000104"
D5 = G2 + "1281100000000000205"
D6 = G2 + "1281100000000000206"
D7 = G2 + "1281100000000000207"
D8 = G2 + "1281100000000000208"
I1 = "https://discord.gg/nightbazaar"
I2 = "https://discord.gg/Kp4sWq7"
I3 = "https://discord.gg/redlanternhub"
I4 = "https://discord.com/invite/moonvault22"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, I1, I2, I3, I4]

N1 = "https://blog.naver.com/sunset_ledger/223561234567"
N2 = "https://blog.naver.com/sunset_ledger/223561239901"
N3 = "https://cafe.naver.com/quietmarket77/15523"
N4 = "https://cafe.naver.com/%EB%B9%84%EB%B0%80%EC%B0%BD%EA%B3%A0/4471"
N4_RAW = "https://cafe.naver.com/비밀창고/4471"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471882345"
NAVER = [N1, N2, N3, N4, N5]

T1 = "https://t.me/amber_drops/1187"
T2 = "https://t.me/amber_drops/1192"
T3 = "https://t.me/greyline_market/56"
T4 = "https://t.me/greyline_market/61"
TELEGRAM = [T1, T2, T3, T4]

X1 = "https://x.com/tallowfinch/status/1831200000000000411"
X2 = "https://x.com/tallowfinch/status/1831200000000000498"
X3 = "https://x.com/northpier_k/status/1831255500000000007"
X4 = "https://x.com/glassotter_/status/1832000000000000123"

K1 = "https://cafe.daum.net/bluefox77/Zx1k/312"
K2 = "https://tv.kakao.com/v/441234567"

Y1 = "https://www.youtube.com/watch?v=Qm7vT2xLp0c"

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     DISCORD, "illegal_trade", "req-240903-01@kcsc.example", "two servers, message links and invites"),
    ("KCSC-240904-02", "naver", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     NAVER, "defamation", "req-240904-02@kcsc.example", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240905-03", "telegram", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     TELEGRAM, "illegal_trade", "req-240905-03@kcsc.example", "two public channels"),
    ("KCSC-240906-04", "x", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [X1, X2, X3], "gambling", "req-240906-04@kcsc.example", "two accounts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [K1, K2], "obscenity", "req-240909-05@kcsc.example", "Daum cafe post and Kakao TV clip"),
    ("KCSC-240910-06", "youtube", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y1], "drugs", "req-240910-06@kcsc.example", "one video"),
    ("KCSC-240911-07", "x", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [X4], "gambling", "req-240911-07@kcsc.example", "one post"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


OUR_DISCORD_REQUEST = """Dear Discord Trust & Safety team,

The Korea Communications Standards Commission (KCSC) has found the content
at the addresses below to be illegal under Korean law (illegal trade in
controlled goods). We request that you remove or disable it. Our reference
is KCSC-240903-01; please quote it in your reply.

""" + "\n".join(f"{i}. {u}" for i, u in enumerate(DISCORD, 1)) + """

Kind regards,
KCSC Takedown Desk"""

ZD_TOP = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# Discord (Zendesk-style help desk), request KCSC-240903-01, 12 items
# ==========================================================================
case(
    name="dc-zendesk-receipt",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 03 Sep 2024 18:04:11 -0700",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "Auto-Submitted: auto-generated"],
    body=f"""{ZD_TOP}

Hello,

Thank you for contacting Discord Trust & Safety. Your request (#48213377)
has been received and is now in the queue of our government and law
enforcement team. A member of the team will reply as soon as possible.

To add more information to this request, reply to this email. Please keep
the ticket number in the subject line.

Discord Trust & Safety

This email is a service from Discord. [4KZP2Q-VW11]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-acknowledgement with ticket number",
    why="pure receipt: ticket number, no item named, no result",
    items={},
)

case(
    name="dc-solved-ticket-with-history",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 06 Sep 2024 14:12:33 -0700",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#48213377) has been updated. To add a comment, reply to this email.

----------------------------------------------

Mara (Discord Trust & Safety)

Sep 6, 2024, 14:12 PDT

Hello KCSC team,

Thanks for your patience. We have finished reviewing the first part of your
report and taken the following actions:

- {D1}: message deleted
- {D2}: message deleted
- {I1}: the server behind this invite has been removed from Discord
- {D5}: we were unable to locate this message; it no longer exists on our service

We are still working on the other links and will update this ticket.

Best,
Mara
Discord Trust & Safety

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 18:03 PDT

{OUR_DISCORD_REQUEST}

----------------------------------------------

This email is a service from Discord. [4KZP2Q-VW11]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification quoting the full conversation, our request included",
    why="agent's comment states four results; the twelve URLs of our own request below in the history carry no status",
    items={D1: "removed", D2: "removed", I1: "removed", D5: "not_found"},
)

case(
    name="dc-followup-same-thread",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 09:40:02 -0700",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#48213377) has been updated. To add a comment, reply to this email.

----------------------------------------------

Mara (Discord Trust & Safety)

Sep 10, 2024, 09:39 PDT

Hi again,

A follow-up on the links that were still open in this ticket.

These two messages were removed by our team:
{D3}
{D4}

We reviewed the following message and found that it does not break
Discord's Community Guidelines or Terms of Service, so we are not taking
action on it:
{D6}

This invite is invalid (it has expired or never existed), so there is no
server for us to review:
{I2}

Best,
Mara

----------------------------------------------

This email is a service from Discord. [4KZP2Q-VW11]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment in the same ticket, statements above the URLs they govern",
    why="each statement stands on the line above its URL(s): two removed, one refused, one invalid invite",
    items={D3: "removed", D4: "removed", D6: "rejected", I2: "not_found"},
)

case(
    name="dc-reply-to-our-reminder",
    **{"from": "safety@discord.com"}, name_from="Mara (Discord Trust & Safety)",
    date="Thu, 12 Sep 2024 17:22:45 -0700",
    subject="Re: Reminder: KCSC-240903-01 items still pending",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Apologies for the delay on the invites. The server reached through
<{I3}> has now been removed from Discord.

For <{I4}> we need another day or two; I will check it and get back to you.

Mara
Discord Trust & Safety

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Discord Trust & Safety,
>
> Our request KCSC-240903-01 of 3 September 2024 is past its deadline.
> According to our records, the following items are still pending:
>
> {D7}
> {D8}
> {I3}
> {I4}
>
> Please tell us what action has been taken on each of them.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="agent's plain reply to a deadline reminder, Gmail-style '>' quote of the reminder below",
    why="one invite's server removed; the other only promised ('will check'); quoted reminder lines carry no status",
    items={I3: "removed", I4: "pending"},
)

case(
    name="dc-solved-all-actioned",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Mon, 16 Sep 2024 11:05:19 -0700",
    subject="[Discord] Your request #48213377 has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#48213377) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Kwame (Discord Trust & Safety)

Sep 16, 2024, 11:05 PDT

Hello,

We have completed our review of request KCSC-240903-01. All of the content
you reported has been actioned in line with our policies, and we are
marking this ticket as solved.

Thank you for helping keep Discord safe.

Kwame

----------------------------------------------

This email is a service from Discord. [4KZP2Q-VW11]
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'your request has been solved' with a one-line blanket outcome",
    why="a blanket 'all of the content was actioned' for a twelve-item request names no item",
    items={},
)

case(
    name="dc-escalated-will-remove",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 08:14:50 -0700",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_TOP}

Your request (#48213377) has been updated. To add a comment, reply to this email.

----------------------------------------------

Priya (Discord Trust & Safety)

Sep 7, 2024, 08:14 PDT

Hello,

I have escalated the following messages to our specialist team, as they
need a closer look at the surrounding conversation:

  * {D7}
  * {D8}

If the specialists confirm a violation, the messages will be removed and
the server owner will be warned. I will let you know the outcome here.

Priya

----------------------------------------------

This email is a service from Discord. [4KZP2Q-VW11]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment announcing an escalation with a conditional promise",
    why="names two requested messages but only promises removal on a condition: no statement",
    items={D7: "pending", D8: "pending"},
)

DC_CSV = f"""url,action_taken,notes
{D1},Removed,Message deleted 2024-09-06
{D7},Removed,Message deleted 2024-09-11; author account disabled
{D8},No action,Reviewed - does not violate Community Guidelines
"""
case(
    name="dc-csv-outcome-sheet",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 16:30:00 -0700",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-7c1e9a"

--zd-7c1e9a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_TOP}

Your request (#48213377) has been updated. To add a comment, reply to this email.

----------------------------------------------

Priya (Discord Trust & Safety)

Sep 11, 2024, 16:29 PDT

Hello,

The outcome for the messages our specialists looked at is in the attached
sheet (one row per link). The remaining links are still open in this ticket.

Attachment(s):
kcsc-240903-01-outcomes.csv

Priya

----------------------------------------------

This email is a service from Discord. [4KZP2Q-VW11]

--zd-7c1e9a
Content-Type: text/csv; charset=utf-8; name="kcsc-240903-01-outcomes.csv"
Content-Disposition: attachment; filename="kcsc-240903-01-outcomes.csv"
Content-Transfer-Encoding: 7bit

{DC_CSV}
--zd-7c1e9a--
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply carrying the outcomes as a CSV attachment",
    why="CSV rows: two deleted messages, one reviewed and left up",
    items={D1: "removed", D7: "removed", D8: "rejected"},
)

case(
    name="dc-forged-auth-fail",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    auth="fail",
    date="Sun, 08 Sep 2024 03:11:09 +0000",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (12 items)",
    body=f"""{ZD_TOP}

Your request (#48213377) has been updated.

Hello,

The following messages have been deleted:
{D7}
{D8}

The following servers have been removed:
{I4}

Discord Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="Zendesk-style update sent from Discord's domain but failing DKIM/SPF/DMARC",
    why="claims from a platform domain that fails authentication change nothing",
    items={D7: "pending", D8: "pending", I4: "pending"},
)

case(
    name="dc-freshdesk-partial-update",
    **{"from": "gov-requests@discord.com"}, name_from="Discord Government Requests",
    date="Mon, 09 Sep 2024 12:48:31 -0700",
    subject="[#DGR-55012] Status update: KCSC-240903-01",
    extra_headers=["X-Mailer: Freshdesk"],
    body=f"""Hi KCSC Takedown Desk,

Ticket #DGR-55012 has been updated by our agent.

Agent response:
----
Two of the message links in your request have been taken down:
{D3} and {D4}.
The other links are still with our specialists; the ticket will stay open
(status: Waiting on Third Party) until they are done.
----

Status: Waiting on Third Party
Priority: High

You can view the ticket at https://discord-gov.freshdesk.example/support/tickets/55012

Discord Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket has been updated' notification with the agent's response block",
    why="two named messages taken down; the rest explicitly still open; the portal link is not an item",
    items={D3: "removed", D4: "removed"},
)

case(
    name="dc-helpscout-html-update",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 10:02:44 -0700",
    subject="Re: KCSC-240903-01 Request for removal (12 items) [#48213377]",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Help Scout"],
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">## Please reply above this line ##</div>
<p>Hello KCSC team,</p>
<p>Here is where the last open links of your request stand:</p>
<ul>
<li><a href="{I4}">{I4}</a> &ndash; the server has been deleted and the invite no longer resolves.</li>
<li><a href="{D6}">{D6}</a> &ndash; we looked at this message again after your note; it stays up, as it does not violate our Community Guidelines.</li>
<li><a href="{D5}">{D5}</a> &ndash; this message does not exist (it was deleted by its author before we reviewed it).</li>
</ul>
<p>If you disagree with a decision, you can reply to this conversation.</p>
<p>Mara<br>Discord Trust &amp; Safety</p>
<hr>
<p style="color:#999;font-size:11px">Conversation #48213377 &middot; <a href="https://discord.com/safety">Discord Safety Center</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout HTML conversation reply with a bulleted list of links and results",
    why="server deleted (removed), message left up (rejected), message deleted by its author (not_found); Safety Center link is not an item",
    items={I4: "removed", D6: "rejected", D5: "not_found"},
)

case(
    name="dc-portal-account-created",
    **{"from": "no-reply@discord.com"}, name_from="Discord",
    date="Wed, 04 Sep 2024 02:15:40 -0700",
    subject="Your Discord Government Request Portal account",
    body="""Hello,

An account has been created for takedown@kcsc.example on the Discord
Government Request Portal. Please verify your email address within 48 hours
to finish setting it up:

https://discord.com/gov-portal/verify?t=Y2Fsb3JpZV9ub3RfcmVhbA

Once verified you can submit requests and follow their progress online.
If you did not ask for this account, you can ignore this message.

Discord
""",
    outcome="review", review="no_claims",
    imitates="portal account-verification email from a platform's government request portal",
    why="trusted Discord mail naming no item and no request; the verify link is not an item",
    items={},
)

# ==========================================================================
# Telegram, request KCSC-240905-03, 4 items
# ==========================================================================
case(
    name="tg-receipt-case-number",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Thu, 05 Sep 2024 11:30:12 +0000",
    subject="Re: KCSC-240905-03 Removal request",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello,

Your report has been registered as Case #7781234. Our moderators handle
reports in the order they arrive. Please do not open a new report for the
same content; reply to this message if you need to add something.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="abuse-desk automatic receipt with a case number",
    why="pure receipt: case number, nothing about any item",
    items={},
)

case(
    name="tg-bare-urls-status-below",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 09:12:40 +0000",
    subject="Re: KCSC-240905-03 Removal request [Case #7781234]",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Results for Case #7781234:

{T1}
Status: blocked globally

{T3}
Status: not found - this message does not exist

The other links in your request are still being checked.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk result list with each bare URL and its status on the line below",
    why="one message blocked globally (removed), one does not exist (not_found); the rest left open",
    items={T1: "removed", T3: "not_found"},
)

case(
    name="tg-case-number-followup",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 15:01:03 +0000",
    subject="Re: Case #7781234",
    reply_to_req="req-240905-03",
    body=f"""Hello again,

Regarding Case #7781234: the post {T4} has been
taken down by our moderators for violating the Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread quoting only the platform's case number",
    why="thread reply; the named post was taken down",
    items={T4: "removed"},
)

case(
    name="tg-geo-restricted-korea",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 08:44:20 +0000",
    subject="Re: KCSC-240905-03 Removal request [Case #7781234]",
    reply_to_req="req-240905-03",
    body=f"""Dear KCSC,

Following your request, access to {T2} has been restricted for users in
the Republic of Korea. The message remains visible in other countries,
where it is not unlawful.

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="platform reply announcing a country-level restriction",
    why="restricted for users in Korea only",
    items={T2: "restricted"},
)

case(
    name="tg-outlook-quoted-request",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 10:05:55 +0000",
    subject="RE: KCSC-240905-03 Removal request",
    reply_to_req="req-240905-03",
    body=f"""Dear KCSC Takedown Desk,

Final update on this case:
- {T1} was removed by our moderators on 6 September.
- {T3} had already been deleted by the channel owner when we checked, so there was nothing left to act on.

Best regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: dsa@telegram.org
Subject: KCSC-240905-03 Removal request

Dear Telegram,

The KCSC has found the following content illegal under Korean law and
requests its removal (reference KCSC-240905-03):

{T1}
{T2}
{T3}
{T4}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style top reply above '-----Original Message-----' with our request",
    why="one removed, one already deleted by its owner (not_found); the four URLs below the separator are our own request",
    items={T1: "removed", T3: "not_found"},
)

case(
    name="tg-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mail-out.telegram.org"}, name_from="Mail Delivery System",
    date="Fri, 13 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-4b2a"

--dsn-4b2a
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: mailbox is full (quota exceeded)

--dsn-4b2a
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: Fri, 13 Sep 2024 01:00:05 +0000

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--dsn-4b2a
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: Reminder: KCSC-240905-03 items still pending
Date: Fri, 13 Sep 2024 10:00:00 +0900
Message-ID: <reminder-240905-03-1@kcsc.example>

Our request KCSC-240905-03 is past its deadline. Still pending:
{T2}
{T4}

--dsn-4b2a--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="a bounce of our own reminder; the URLs are inside the returned message",
    items={},
)

# ==========================================================================
# X, requests KCSC-240906-04 (3 items) and KCSC-240911-07 (1 item)
# ==========================================================================
case(
    name="x-legal-case-receipt",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:00:48 +0000",
    subject="Case# 0192837465: KCSC-240906-04 [ref:_00D1x2Kz._5004X8Qf:ref]",
    reply_to_req="req-240906-04",
    body="""Hello,

We have received your request. Your case number is 0192837465.

Requests are reviewed in the order received. If we need more information
from you, we will contact you at this address. Please keep the case number
in the subject of any reply.

Thanks,
X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Salesforce-style case receipt with a thread ref token in the subject",
    why="pure receipt with a case number",
    items={},
)

case(
    name="x-withheld-and-refused",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 18:31:02 +0000",
    subject="Case# 0192837465: KCSC-240906-04 [ref:_00D1x2Kz._5004X8Qf:ref]",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Thank you for your patience. After review, we have withheld the following
posts in the Republic of Korea in response to your request:

{X1}
{X2}

We reviewed {X3} and found that it does not violate the X Rules or the
Korean law cited in your request, so we are not taking action on it.

More about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case update: withheld-in-country list plus a refusal",
    why="two posts withheld in Korea (restricted), one refused (rejected); help link not an item",
    items={X1: "restricted", X2: "restricted", X3: "rejected"},
)

case(
    name="x-partial-answer",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 07:15:26 +0000",
    subject="Case# 0192837465: KCSC-240906-04 [ref:_00D1x2Kz._5004X8Qf:ref]",
    reply_to_req="req-240906-04",
    body=f"""Hello,

A first answer on your case, so that you are not left waiting:

{X3} - we have reviewed this post and it does not break our rules; it
will stay available.

The two posts from @tallowfinch are still under review. We will write again
once we have a decision on them.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="partial case update: one decision, the rest still under review",
    why="one post refused; the other two only 'still under review' (pending)",
    items={X3: "rejected"},
)

case(
    name="x-single-item-resolved",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 04:22:10 +0000",
    subject="Case# 0193001122: KCSC-240911-07 resolved",
    reply_to_req="req-240911-07",
    body=f"""Hello,

Your report about <{X4}> is resolved: the post has been removed for
violating our rules on illegal gambling.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="case-resolved notice for a single reported post, URL in angle brackets",
    why="the one post is removed",
    items={X4: "removed"},
)

case(
    name="x-single-item-no-url",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 21:05:44 +0000",
    subject="Case# 0193001122: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""Hello,

Update on your request KCSC-240911-07: the reported post has been deleted.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short case update that names the request but not the URL",
    why="single-item request: 'the reported post has been deleted' can only mean its one item",
    items={X4: "removed"},
)

case(
    name="x-forwarded-internal-note",
    **{"from": "d.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Thu, 12 Sep 2024 09:50:13 +0000",
    subject="Fwd: KCSC-240906-04 status",
    body=f"""Hi KCSC team, forwarding the note I received from our legal operations
colleagues below.

Dana

---------- Forwarded message ---------
From: X Legal Ops <legal-ops@x.com>
Date: Wed, Sep 11, 2024 at 6:02 PM
Subject: KCSC-240906-04 status
To: Dana Whitfield <d.whitfield@x.com>

Dana, FYI for the Korean regulator:
{X1} - withheld in KR
{X2} - withheld in KR
{X3} - no action, does not violate
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="employee's 'Fwd:' of an internal note (Gmail forwarded-message block)",
    why="the statuses are only inside a forwarded message whose sender we cannot verify; a person should confirm",
    items={X1: "pending", X2: "pending", X3: "pending"},
)

X_QP_TEXT = f"""Hello,

Final outcome for case 0192837465 (your reference KCSC-240906-04). For each post you reported:

1. Reported content (item 1 of 3, account @tallowfinch): {X1}
   Result: Withheld in: South Korea (KR), in response to a valid legal demand
2. Reported content (item 2 of 3, account @tallowfinch): {X2}
   Result: Removed - the post violated the X Rules and has been deleted from the service
3. Reported content (item 3 of 3, account @northpier_k): {X3}
   Result: No action - the post does not violate the X Rules or local law and remains available

This case is now closed.

Thanks,
X Legal
"""
case(
    name="x-numbered-list-qp",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 13:40:00 +0000",
    subject="Case# 0192837465: KCSC-240906-04 closed [ref:_00D1x2Kz._5004X8Qf:ref]",
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="case-closed notice, numbered list with result lines, quoted-printable with soft breaks inside the URLs",
    why="withheld in KR (restricted), removed, no action (rejected); each URL is split by a QP soft break that decoding removes",
    items={X1: "restricted", X2: "removed", X3: "rejected"},
)

# ==========================================================================
# NAVER, request KCSC-240904-02, 5 items
# ==========================================================================
case(
    name="nv-receipt-jeopsu",
    **{"from": "noreply@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Wed, 04 Sep 2024 10:12:00 +0900",
    subject=enc("[네이버] 게시중단 요청 접수 안내 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body="""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: NV-20240904-11873

담당 부서에서 내용을 확인한 뒤 처리 결과를 별도로 안내해 드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre 접수 안내 (receipt) with a 접수번호",
    why="receipt only; results to follow",
    items={},
)

NV_TABLE_ROWS = [
    (1, N1, "게시중단"),
    (2, N2, "임시조치 (30일)"),
    (3, N3, "삭제"),
    (4, N4_RAW, "해당 게시물 없음"),
    (5, N5, "검토 중"),
]
NV_TEXT = "안녕하세요, 네이버 권리보호센터입니다.\n\n요청번호 KCSC-240904-02 (접수번호 NV-20240904-11873)에 대한 처리 결과를 아래와 같이 안내드립니다.\n\n" + "\n".join(
    f"{n}. {u} : {r}" for n, u, r in NV_TABLE_ROWS) + "\n\n5번 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.\n\n네이버 권리보호센터 드림\n"
NV_HTML = """<html><body>
<p>안녕하세요, 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240904-02 (접수번호 NV-20240904-11873)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
""" + "\n".join(f'<tr><td>{n}</td><td><a href="{html.escape(u)}">{html.escape(u)}</a></td><td>{r}</td></tr>' for n, u, r in NV_TABLE_ROWS) + """
</table>
<p>5번 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.</p>
<p>네이버 권리보호센터 드림</p>
</body></html>"""
case(
    name="nv-result-table",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Mon, 09 Sep 2024 16:20:00 +0900",
    subject=enc("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv-alt-01"

--nv-alt-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_TEXT)}
--nv-alt-01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
--nv-alt-01--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 처리 결과 안내 with a 번호/URL/조치 결과 table (text and HTML alternatives)",
    why="게시중단 (removed), 임시조치 (restricted), 삭제 (removed), 게시물 없음 (not_found, raw Korean path), 검토 중 (pending)",
    items={N1: "removed", N2: "restricted", N3: "removed", N4: "not_found", N5: "pending"},
)

case(
    name="nv-followup-blind",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 11:03:00 +0900",
    subject=enc("Re: [네이버] 게시중단 요청 처리 결과 안내 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

지난 회신에서 검토 중으로 안내드렸던 지식iN 게시물에 대한 결과를 추가로 알려드립니다.

- 대상: {N5}
- 조치: 블라인드 처리 완료 (2024.09.12)

이로써 요청하신 건의 처리가 모두 끝났습니다. 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up 추가 안내 in the same thread, 대상/조치 lines",
    why="the KnowledgeiN post is blinded (removed)",
    items={N5: "removed"},
)

case(
    name="nv-prose-korean-particles",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Tue, 10 Sep 2024 14:45:00 +0900",
    subject=enc("RE: KCSC-240904-02 게시중단 요청 건"),
    reply_to_req="req-240904-02",
    body=f"""담당자님 안녕하세요.

요청하신 건 중 카페 게시물 두 건의 처리 결과를 회신드립니다.
{N3}는 카페 운영원칙 위반으로 비공개 처리하였습니다．
{N4_RAW}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다。

블로그 게시물은 확인 중이며 결과가 나오는 대로 회신드리겠습니다.

네이버 권리보호센터 김하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="agent's Korean prose reply, URLs followed by particles and full-width full stops",
    why="비공개 처리 (removed); 작성자가 이미 삭제 (not_found); blog posts still being checked",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="nv-will-act-after-review",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Fri, 06 Sep 2024 17:30:00 +0900",
    subject=enc("RE: KCSC-240904-02 게시중단 요청 건"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

아래 블로그 게시물 2건은 현재 담당 부서에서 검토하고 있습니다.
{N1}
{N2}

검토 결과 관련 법령 및 운영정책 위반이 확인되면 게시중단 조치할 예정입니다.
결과는 이 메일로 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal 검토 중 / 조치 예정 interim reply",
    why="names two posts but only says they are under review and will be taken down if a violation is found",
    items={N1: "pending", N2: "pending"},
)

NV_B64_TEXT = f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회 요청 KCSC-240904-02 관련 블로그 게시물 처리 결과입니다.

1) {N1}
   → 게시중단 조치 완료

2) {N2}
   → 임시조치(30일) 완료. 게시자가 30일 이내 재게시를 요청하지 않으면 삭제됩니다.

감사합니다.
"""
case(
    name="nv-base64-blog-results",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 10:10:00 +0900",
    subject=enc("[네이버] 블로그 게시물 처리 결과 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result notice in a base64 body, status on the line below each URL",
    why="게시중단 (removed); 임시조치 (restricted; the later deletion is only conditional)",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="nv-bulk-all-done",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Fri, 13 Sep 2024 09:00:00 +0900",
    subject=enc("[네이버] 처리 완료 안내 (KCSC-240904-02)"),
    reply_to_req="req-240904-02",
    body="""안녕하세요, 네이버 권리보호센터입니다.

요청번호 KCSC-240904-02로 요청하신 게시물 5건 모두 게시중단 조치를 완료하였습니다.
해당 요청 건은 종결 처리됩니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Korean portal 처리 완료 안내 stating one result for the whole request",
    why="'5건 모두 게시중단' for a five-item request names no item",
    items={},
)

case(
    name="nv-reply-to-reminder",
    **{"from": "right@navercorp.com"}, name_from=enc("네이버 권리보호센터"),
    date="Thu, 19 Sep 2024 10:30:00 +0900",
    subject=enc("Re: [독촉] KCSC-240904-02 미처리 항목 안내"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요.

문의하신 블로그 게시물 {N2} 은(는)
임시조치 기간 중 게시자의 재게시 요청이 없어 2024년 9월 18일 삭제되었습니다.

감사합니다.
네이버 권리보호센터

2024년 9월 13일 (금) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요, 방송통신심의위원회입니다.
>
> 요청번호 KCSC-240904-02의 처리 기한이 지났으나 아래 항목의 결과를 받지 못했습니다.
> {N1}
> {N2}
> {N5}
>
> 각 항목의 조치 결과를 알려주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="agent's reply above a Korean Gmail-style quoted reminder (…님이 작성:)",
    why="the post is deleted; the quoted reminder's URLs carry no status",
    items={N2: "removed"},
)

# ==========================================================================
# Kakao / Daum, request KCSC-240909-05, 2 items
# ==========================================================================
KK_QP_TEXT = f"""안녕하세요, 카카오 고객센터입니다.

문의번호 #2024091077812 (요청번호 KCSC-240909-05)에 대한 답변입니다.

■ {K1}
  - 조치 결과: 게시물 삭제

■ {K2}
  - 조치 결과: 국내 접근 제한 (해외에서는 계속 재생 가능)

추가 문의가 있으시면 이 메일에 회신해 주세요.
문의하신 내용이 해결되어 상담을 종료합니다.

카카오 고객센터 드림
"""
case(
    name="kk-solved-qp",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Thu, 12 Sep 2024 15:10:00 +0900",
    subject=enc("[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (#2024091077812)"),
    reply_to_req="req-240909-05",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KK_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk answer (문의 답변, 상담 종료) in quoted-printable",
    why="cafe post deleted (removed); video blocked in Korea only (restricted)",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kk-out-of-office-chuseok",
    **{"from": "hyejin.park@kakaocorp.com"}, name_from=enc("박혜진"),
    date="Fri, 13 Sep 2024 18:02:11 +0900",
    subject=enc("[자동회신] 부재중입니다: Re: KCSC-240909-05 삭제 요청"),
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 박혜진입니다.

추석 연휴(9월 14일~9월 18일)로 부재중이며 9월 19일부터 메일을 확인할 수 있습니다.
급한 건은 정책협력팀 대표 메일 kcsc-desk@kakaocorp.com 으로 보내주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="automatic out-of-office reply",
    items={},
)

case(
    name="kk-asks-for-decision-copy",
    **{"from": "kcsc-desk@kakaocorp.com"}, name_from=enc("카카오 정책협력팀"),
    date="Tue, 10 Sep 2024 13:25:00 +0900",
    subject=enc("RE: KCSC-240909-05 삭제 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 카카오 정책협력팀입니다.

요청하신 카카오TV 영상({K2})과 관련하여,
조치 검토를 위해 해당 영상에 대한 심의 의결서 사본과 위반 법령 조항을 보내주시기 바랍니다.
자료를 받는 대로 검토를 진행하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean platform asking the regulator for the 심의 의결서 before acting",
    why="asks us for documents; no status",
    items={K2: "pending"},
)

case(
    name="kk-search-delisting-naver-url",
    **{"from": "kcsc-desk@kakaocorp.com"}, name_from=enc("카카오 정책협력팀"),
    date="Wed, 11 Sep 2024 11:40:00 +0900",
    subject=enc("RE: 검색 결과 노출 관련 문의"),
    body=f"""안녕하세요, 카카오 정책협력팀입니다.

함께 전달해 주신 네이버 블로그 게시물 {N1} 은
Daum 검색 결과에서 삭제 처리하였습니다.
원 게시물은 네이버 서비스에 있으므로 원문 삭제는 네이버에 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean search portal confirming it delisted another portal's post from its search results",
    why="Kakao speaks about a NAVER item (its own search index only); it cannot change NAVER's item",
    items={N1: "pending"},
)

case(
    name="kk-receipt-plus-result",
    **{"from": "cs-noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Mon, 09 Sep 2024 17:55:00 +0900",
    subject=enc("[카카오 고객센터] 문의가 접수되었습니다 (#2024091077812)"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의가 정상적으로 접수되었습니다. (문의번호 #2024091077812)

접수 즉시 확인 가능한 건은 먼저 처리하였습니다.
- Daum 카페 게시물 {K1} : 운영정책 위반으로 삭제 완료

카카오TV 영상은 담당 부서 확인 후 별도로 답변드리겠습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="help-desk 접수 receipt that already carries one result",
    why="receipt wording plus an unhedged 삭제 완료 for the cafe post; the video is left open",
    items={K1: "removed"},
)

# ==========================================================================
# YouTube, request KCSC-240910-06, 1 item
# ==========================================================================
case(
    name="yt-echoed-report-resolved",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    subject="Re: [6-2184000031977] KCSC-240910-06 Legal removal request",
    reply_to_req="req-240910-06",
    body=f"""Hello,

Your request has been resolved.

--- Summary of your report ---
Reference: KCSC-240910-06
Reported URL: {Y1}
Reason given: Sale of narcotics (Korean law)
Outcome: Removed from YouTube - the video violated our Community Guidelines
------------------------------

You can see the status of your requests in the legal dashboard:
https://support.google.com/legal/dashboard

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal-request resolution echoing the submitted report fields",
    why="the one video removed; dashboard link is not an item",
    items={Y1: "removed"},
)

case(
    name="yt-age-restricted",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:15:00 +0000",
    subject="Re: [6-2184000031977] KCSC-240910-06 Legal removal request",
    reply_to_req="req-240910-06",
    body=f"""Hello,

Thanks for your report. We reviewed the video below:

{Y1}

It does not violate YouTube's Community Guidelines in a way that warrants
removal, but we have age-restricted it: it can no longer be viewed by signed-out
users or by users under 18.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: not removed, but age-restricted",
    why="age restriction is 'restricted' (the refusal to remove is qualified by the restriction)",
    items={Y1: "restricted"},
)

case(
    name="yt-read-receipt",
    **{"from": "legal-kr@google.com"}, name_from="Legal KR",
    date="Tue, 10 Sep 2024 01:20:00 +0000",
    subject="Read: KCSC-240910-06 Legal removal request",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-71f3"

--mdn-71f3
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240910-06 Legal removal request
  Sent: Tuesday, September 10, 2024 10:00 AM (UTC+09:00)

was read on Tuesday, September 10, 2024 10:19 AM (UTC+09:00).

--mdn-71f3
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822;legal-kr@google.com
Original-Message-ID: <req-240910-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-71f3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN) for our request",
    why="a read receipt says nothing about the item",
    items={},
)

case(
    name="yt-gmail-top-posted",
    **{"from": "jiwon.seo@google.com"}, name_from="Jiwon Seo",
    date="Wed, 11 Sep 2024 09:05:00 +0000",
    subject="Re: KCSC-240910-06 Legal removal request",
    reply_to_req="req-240910-06",
    body=f"""Hi,

Quick update: the video is now blocked in South Korea under local law.
It stays available elsewhere.

Best,
Jiwon
YouTube Legal Support

On Tue, Sep 10, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> The KCSC requests the removal of the following video, found illegal
> under Korean law (sale of narcotics), reference KCSC-240910-06:
>
> {Y1}
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="employee's top-posted Gmail reply over the quoted request",
    why="one-item request; 'the video is now blocked in South Korea' = restricted; the URL appears only in the quote",
    items={Y1: "restricted"},
)

case(
    name="yt-may-have-been-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject="Re: [6-2184000031977] KCSC-240910-06 Legal removal request",
    reply_to_req="req-240910-06",
    body=f"""Hello,

Regarding {Y1}: it looks like the video may already have
been taken down by the uploader. We are confirming this with the team and
will follow up with a final answer.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="interim reply with a hedge ('may already have been taken down')",
    why="hedged and unconfirmed: no statement",
    items={Y1: "pending"},
)

# ==========================================================================
# Unknown senders
# ==========================================================================
case(
    name="unknown-lawfirm-forwards-x-notice",
    **{"from": "office@hanbit-law.example"}, name_from="Hanbit Law Office",
    date="Mon, 16 Sep 2024 05:10:00 +0000",
    subject="Fw: Your post has been withheld in South Korea (KCSC-240906-04)",
    body=f"""Dear Sir or Madam,

We act for the holder of the @tallowfinch account. Please find below the
notice our client received from X. As the posts are no longer visible in
Korea, we ask that you close your request KCSC-240906-04.

Yours faithfully,
Hanbit Law Office

-----Original Message-----
From: X <notify@x.com>
Sent: Friday, September 13, 2024 2:00 AM
To: tallowfinch
Subject: Your post has been withheld in South Korea

Hi @tallowfinch, in response to a legal demand, your posts
{X1}
{X2}
have been withheld in: South Korea.
""",
    outcome="review", review="unknown_sender",
    imitates="law firm forwarding the platform's notice to its client",
    why="not the platform: a third party's forward changes nothing",
    items={X1: "pending", X2: "pending"},
)

case(
    name="unknown-channel-admin-gmail",
    **{"from": "amberdrops.admin@gmail.com"}, name_from="amber drops admin",
    date="Sun, 15 Sep 2024 12:00:00 +0000",
    subject="KCSC-240905-03",
    body=f"""hello
i am the admin of amber_drops. i deleted the messages you reported
{T1}
{T2}
please close case KCSC-240905-03 and don't block the channel.
""",
    outcome="review", review="unknown_sender",
    imitates="channel owner writing from a free-mail address claiming the posts are deleted",
    why="claims from someone who is not the platform",
    items={T1: "pending", T2: "pending"},
)


HEADER = """# Blind set 266 (ticket systems and threads): expected results written
# from each email's meaning before the reader was run on any of them.
# Generated by make.py; edit the case list there, not this file."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind266", HEADER, CASES)
    print(f"{len(CASES)} cases")
