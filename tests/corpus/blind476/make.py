#!/usr/bin/env python3
"""Blind set 476: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; the expected result of each case was written from the email's
meaning alone, before any run of the reader.

    python3 tests/corpus/blind476/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
from email.header import Header
import csv
import os
import quopri
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind476"

# ---------------------------------------------------------------- requests
# Discord, KCSC-240903-01 (the largest request, 14 items)
D1 = "https://discord.gg/jackpot-lounge"
D2 = "https://discord.gg/Qv7mTr2a"
D3 = "https://discord.gg/spinhouse-kr"
D4 = "https://discord.gg/b8NcX4wP"
D5 = "https://discord.gg/tokensafe"
D6 = "https://discord.gg/lucky7-vip"
D7 = "https://discord.com/channels/1122334455667788/2233445566778899/3344556677889900"
D8 = "https://discord.com/channels/1122334455667788/2233445566778899/3344556677889911"
D9 = "https://discord.com/channels/1122334455667788/2233445566770001/3344556677890022"
D10 = "https://discord.com/channels/9988776655443322/8877665544332211/7766554433221100"
D11 = "https://discord.com/channels/9988776655443322/8877665544332211/7766554433221177"
D12 = "https://discord.com/users/5566778899001122"
D13 = "https://discord.com/invite/highroller-club"
D14 = "https://discord.com/channels/9988776655443322/8877665544332299/7766554433229988"
DISCORD = [D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14]

# Kakao (Daum cafe, Tistory), KCSC-240905-02
K1 = "https://cafe.daum.net/moonlightbet/Xk3a/112"
K2 = "https://cafe.daum.net/moonlightbet/Xk3a/118"
K3 = "https://gamblenote.tistory.com/37"
K4_RAW = "https://gamblenote.tistory.com/entry/첫정산-이벤트"
K4 = "https://gamblenote.tistory.com/entry/" + urllib.parse.quote("첫정산-이벤트")
KAKAO = [K1, K2, K3, K4]

# NAVER, KCSC-240906-03
N1 = "https://blog.naver.com/sunnyday_77/223560011223"
N2 = "https://cafe.naver.com/luckyzone/4410"
N3 = "https://m.blog.naver.com/PostView.naver?blogId=hanul_44&logNo=223561234567"
NAVER = [N1, N2, N3]

# TikTok, KCSC-240909-04
T1 = "https://www.tiktok.com/@spinqueen.kr/video/7410000000000000001"
T2 = "https://www.tiktok.com/@spinqueen.kr/video/7410000000000000002"
T3 = "https://www.tiktok.com/@spinqueen.kr"
T4 = "https://www.tiktok.com/@jackpot.daily77/video/7410000000000000313"
T5 = "https://vt.tiktok.com/ZSjQ7kLmN/"
TIKTOK = [T1, T2, T3, T4, T5]

# Telegram, KCSC-240910-05
G1 = "https://t.me/jackpot_kr_room/1180"
G2 = "https://t.me/luckyspin_notice"
TELEGRAM = [G1, G2]

# X, KCSC-240911-06 (one item)
X1 = "https://x.com/betking_kr88/status/1833000000000000011"

# YouTube, KCSC-240912-07
Y1 = "https://www.youtube.com/watch?v=Qk3vN8sLp2A"
Y2 = "https://youtu.be/Zr7TmW4xE1c"
YOUTUBE = [Y1, Y2]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message_id, urls, note
    ("KCSC-240903-01", "discord", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "req-240903-01@kcsc.example", DISCORD,
     'servers, invites and messages of the "VIP" betting rooms, reported by two users'),
    ("KCSC-240905-02", "kakao", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     "gambling", "req-240905-02@kcsc.example", KAKAO, "Daum cafe posts and Tistory entries"),
    ("KCSC-240906-03", "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "obscenity", "req-240906-03@kcsc.example", NAVER, "blog and cafe posts, one mobile link"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T11:15:00+09:00", "2024-09-16T18:00:00+09:00",
     "gambling", "req-240909-04@kcsc.example", TIKTOK, "videos, one account, one short link"),
    ("KCSC-240910-05", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     "drugs", "req-240910-05@kcsc.example", TELEGRAM, "one channel post, one channel"),
    ("KCSC-240911-06", "x", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", "req-240911-06@kcsc.example", [X1], "single post"),
    ("KCSC-240912-07", "youtube", "2024-09-12T13:30:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", "req-240912-07@kcsc.example", YOUTUBE, "two videos, long and short link"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def enc(text):
    """RFC 2047 encoded-word, as mail clients write non-ASCII headers."""
    return Header(text, "utf-8").encode()


def pending(urls):
    return {u: "pending" for u in urls}


ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ Discord
case(
    name="dc-zendesk-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord Support",
    date="Tue, 03 Sep 2024 10:31:52 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request for removal of illegal gambling content (#4471092)",
    reply_to_req="req-240903-01",
    extra_headers=["Reply-To: Discord Support <support+id4471092@discord.com>"],
    body=f"""
{ZD_LINE}

Hello,

We have received your request (#4471092). A member of our team will look at
it and get back to you as soon as possible.

If you want to add anything to this request, simply reply to this email.

Discord Support
This email is a service from Discord Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-acknowledgement trigger",
    why="pure ticket receipt: a ticket number and nothing about any item",
    items={},
)

case(
    name="dc-solved-numbered-list",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 05 Sep 2024 16:02:40 +0900",
    subject="[Discord] Update: your request #4471092 has been solved",
    reply_to_req="req-240903-01",
    extra_headers=["Reply-To: Discord Trust & Safety <safety+id4471092@discord.com>"],
    body=f"""
{ZD_LINE}

Your request (#4471092) has been solved. To reopen it, reply to this email.

Jordan (Discord Trust & Safety)
Sep 5, 2024, 16:02 KST

Hello KCSC team,

Thanks for your report KCSC-240903-01, which reached us on 3 September. We
have finished reviewing the first batch of links. Here is where each stands:

1. {D1} - the server behind this invite has been removed from Discord.
2. {D2} - the server behind this invite has been removed from Discord.
3. {D3} - this invite is invalid or has expired, and we could not find a server for it.
4. {D7} - message deleted.
5. {D8} - we reviewed this message and found no violation of our Community Guidelines, so we took no action on it.
6. {D10} - message deleted; the account that sent it was also disabled.

The rest of the links in your request are handled in a separate ticket and
you will hear from us there.

How we enforce our rules: https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Best,
Jordan
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification carrying a T&S agent's itemised answer",
    why="six numbered links with unhedged outcomes; the policy link is not an item; the rest are left for another ticket",
    items={D1: "removed", D2: "removed", D3: "not_found", D7: "removed", D8: "rejected", D10: "removed"},
)

case(
    name="dc-followup-gmail-quote",
    **{"from": "jordan.t@discord.com"}, name_from="Jordan T",
    date="Mon, 09 Sep 2024 11:40:05 +0900",
    subject="Re: [Discord] Update: your request #4471092 has been solved",
    reply_to_req="req-240903-01",
    body=f"""
Hi again,

A follow-up on the two invites that were still open from your request
KCSC-240903-01. Our team finished its review this morning and both remaining
servers have now been removed:

{D4}
{D5}

Thanks for your patience.
Jordan

On Thu, Sep 5, 2024 at 4:02 PM Discord Trust & Safety <safety@discord.com> wrote:
> Hello KCSC team,
>
> 1. {D1} - the server behind this invite has been removed from Discord.
> 2. {D2} - the server behind this invite has been removed from Discord.
> 3. {D3} - this invite is invalid or has expired.
>
> The rest of the links in your request are handled in a separate ticket.
""",
    outcome="applied", classification="confirmation",
    imitates="agent's personal follow-up in Gmail over the quoted earlier ticket answer",
    why="new statement above the quote: two servers removed; the quoted earlier outcomes are not re-applied",
    items={D4: "removed", D5: "removed", D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dc-reminder-reply-partial",
    **{"from": "priya.n@discord.com"}, name_from="Priya Nair",
    date="Thu, 12 Sep 2024 09:18:33 +0900",
    subject="RE: [Reminder] KCSC-240903-01 - items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>",
                   "References: <req-240903-01@kcsc.example> <reminder.KCSC-240903-01.1@kcsc.example>"],
    body=f"""
Hello,

Thanks for the nudge, and sorry for the delay on our side.

Two more of the reported invites are dealt with: the servers behind
{D6} and {D13} have been disabled and can no longer be joined.

The two message links below are still with our specialist team. We expect to
have an answer for you by the end of the week.
{D9}
{D11}

Kind regards,
Priya
Discord Trust & Safety | Ticket #4471092

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: safety@discord.com
Subject: [Reminder] KCSC-240903-01 - items still pending after the deadline

The following items of request KCSC-240903-01 are still pending:
{D6}
{D9}
{D11}
{D12}
{D13}
{D14}
""",
    outcome="applied", classification="confirmation",
    imitates="T&S agent answering our reminder from Outlook, part done and part still open",
    why="two servers disabled (removed); two messages 'still with our specialist team' stay pending; the quoted reminder says nothing",
    items={D6: "removed", D13: "removed", D9: "pending", D11: "pending", D12: "pending", D14: "pending"},
)

HS_TEXT = f"""Hi KCSC Takedown,

Re: KCSC-240903-01 (conversation #88213)

Here is the result for three of the links you sent us.

Reported link | Action taken | Date
{D12} | Account disabled | 2024-09-06
{D14} | No violation found - no action | 2024-09-06
{D10} | Message removed | 2024-09-06

Reply to this email if you have any questions.

Alex
Discord Safety
"""
HS_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi KCSC Takedown,</p>
<p>Re: KCSC-240903-01 (conversation #88213)</p>
<p>Here is the result for three of the links you sent us.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th><th>Date</th></tr>
<tr><td><a href="{D12}">{D12}</a></td><td>Account disabled</td><td>2024-09-06</td></tr>
<tr><td><a href="{D14}">{D14}</a></td><td>No violation found - no action</td><td>2024-09-06</td></tr>
<tr><td><a href="{D10}">{D10}</a></td><td>Message removed</td><td>2024-09-06</td></tr>
</table>
<p>Reply to this email if you have any questions.</p>
<p>Alex<br>Discord Safety</p>
<div style="color:#999;font-size:11px">Sent via Help Scout</div>
</body></html>"""
case(
    name="dc-helpscout-html-table",
    **{"from": "safety@discord.com"}, name_from="Alex from Discord Safety",
    date="Fri, 06 Sep 2024 18:25:10 +0900",
    subject="Re: KCSC-240903-01 removal request [#88213]",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="hs-b476-01"

--hs-b476-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{HS_TEXT}
--hs-b476-01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HS_HTML)}
--hs-b476-01--
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply with a results table (plain and HTML alternatives)",
    why="table rows: account disabled (removed), no violation (rejected), message removed",
    items={D12: "removed", D14: "rejected", D10: "removed"},
)

DC_CSV = f"""reported_url,outcome,notes
{D1},server removed,
{D2},server removed,
{D3},invalid invite,"invite expired, no server found"
{D4},no action,no violation of Community Guidelines found
{D5},server removed,
{D7},message deleted,
{D8},message deleted,
{D12},account disabled,
"""
case(
    name="dc-csv-attachment",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 14:51:00 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (#4471092)",
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-b476-csv"

--zd-b476-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Sam (Discord Trust & Safety)
Sep 10, 2024, 14:50 KST

Hello,

Attached is the outcome of our review for ticket #4471092 (your reference
KCSC-240903-01), one line per reported link. Links that are not in the sheet
are still being reviewed.

Regards,
Sam

Attachment(s)
outcome_4471092.csv
--zd-b476-csv
Content-Type: text/csv; charset=utf-8; name="outcome_4471092.csv"
Content-Disposition: attachment; filename="outcome_4471092.csv"
Content-Transfer-Encoding: base64

{b64(DC_CSV)}
--zd-b476-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with a CSV outcome sheet attached",
    why="CSV rows: servers removed, invalid invite (not found), no action (rejected), messages deleted, account disabled",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "removed",
           D7: "removed", D8: "removed", D12: "removed"},
)

case(
    name="dc-bulk-all-actioned",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 10:05:44 +0900",
    subject="[Discord] Re: KCSC-240903-01 (#4471092)",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Discord Trust & Safety
Sep 13, 2024, 10:05 KST

Hello,

Following our review of your report KCSC-240903-01, we have taken action on
all of the servers, messages and accounts listed in it, in line with our
Community Guidelines.

If you come across further content of this kind, please send it to us
through our reporting form.

Discord Trust & Safety
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk solved-ticket comment with a blanket 'action taken on everything' answer",
    why="one statement for a 14-item request, naming no link: bulk, nothing applied",
    items=pending(DISCORD),
)

case(
    name="dc-will-remove-promise",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 17:32:19 +0900",
    subject="[Discord] Re: KCSC-240903-01 (#4471092)",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Mina (Discord Trust & Safety)
Sep 11, 2024, 17:32 KST

Hi,

A quick update on ticket #4471092. We have escalated the two messages below
to our specialist team, and they will be removed once that team confirms the
violation:

- {D9}
- {D14}

We will write again when this is done.

Mina
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Zendesk public comment announcing an escalation",
    why="'will be removed once ... confirms' is a promise with a condition, not a statement",
    items={D9: "pending", D14: "pending"},
)

case(
    name="dc-forged-dmarc-fail",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    auth="fail",
    date="Sat, 14 Sep 2024 02:11:09 +0900",
    subject="Re: KCSC-240903-01 completed",
    body=f"""
Hello,

Your request KCSC-240903-01 is completed. The following servers were removed:

{D1}
{D2}
{D3}

Discord Trust & Safety
""",
    outcome="review", review="untrusted",
    imitates="plain T&S answer, but from a message failing DKIM/SPF/DMARC for discord.com",
    why="Discord's domain fails authentication: nothing may be applied",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dc-outsourced-vendor",
    **{"from": "casework@halden-review.example"}, name_from="Halden Review Services",
    date="Fri, 13 Sep 2024 15:44:27 +0900",
    subject="KCSC-240903-01 - outcome on behalf of Discord",
    body=f"""
Dear KCSC Takedown,

Halden Review Services handles part of Discord's safety casework. Regarding
your request KCSC-240903-01, we can confirm the following:

{D6} - server removed
{D11} - message removed

Kind regards,
Case team, Halden Review Services
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf",
    why="sender domain belongs to no configured platform",
    items={D6: "pending", D11: "pending"},
)

case(
    name="dc-agent-out-of-office",
    **{"from": "priya.n@discord.com"}, name_from="Priya Nair",
    date="Sat, 14 Sep 2024 09:00:02 +0900",
    subject="Automatic reply: [Reminder] KCSC-240903-01 - items still pending after the deadline",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <reminder.KCSC-240903-01.2@kcsc.example>"],
    body="""
Hi,

I am out of the office until Monday 23 September and have limited access to
email. For anything urgent, please write to safety@discord.com and include
your ticket number so that a colleague can pick it up.

Priya
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from the assigned agent",
    why="out-of-office reply",
    items={},
)

case(
    name="dc-asks-more-info",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 04 Sep 2024 13:07:51 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request for removal (#4471092)",
    reply_to_req="req-240903-01",
    body=f"""
{ZD_LINE}

Sam (Discord Trust & Safety)
Sep 4, 2024, 13:07 KST

Hello,

Thanks for your report. Before we can act on the message links in your
request we need a little more from you:

- screenshots of the messages, with their timestamps, and
- the legal provision under which the content is unlawful in Korea.

Once we have these we will continue our review. The ticket is on hold until
then.

Sam

On Tue, Sep 3, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240903-01
> Please remove the following content promoting illegal gambling:
> {D7}
> {D8}
> {D9}
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk comment putting the ticket on hold pending documents",
    why="asks us for screenshots and the legal basis; the links appear only in our quoted request",
    items={},
)

case(
    name="dc-status-line-below-url",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 19:20:37 +0900",
    subject="Re: KCSC-240903-01 (#4471092) - partial results",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Results for part of ticket #4471092 (KCSC-240903-01):

{D11}
Status: Removed

{D9}
Status: No violation found

{D6}
Status: Removed (server deleted)

Regards,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system macro: bare URL with a status line under it",
    why="each status line under its URL: removed, rejected, removed",
    items={D11: "removed", D9: "rejected", D6: "removed"},
)

case(
    name="dc-jira-comment",
    **{"from": "servicedesk@discord.com"}, name_from="Sam Okafor (Jira)",
    date="Wed, 11 Sep 2024 12:14:00 +0900",
    subject="[JIRA] (TSD-8812) KCSC-240903-01 removal request - 14 links",
    body=f"""
Sam Okafor commented on TSD-8812
---------------------------------------------------------------
Re: KCSC-240903-01 removal request - 14 links

Hi KCSC,

Two outcomes from today:

* {D6}: server removed for promoting illegal gambling.
* {D13}: this server is now age-restricted. It is marked 18+ and cannot be
  joined by users under 18; otherwise it stays up.

Status: In Progress

View request: https://discord-safety.atlassian.net/servicedesk/customer/portal/3/TSD-8812
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented on' customer notification",
    why="one server removed, one age-restricted (restricted); the portal link is not an item",
    items={D6: "removed", D13: "restricted"},
)

case(
    name="dc-wrapped-angle-urls",
    **{"from": "mina.k@discord.com"}, name_from="Mina Kwon",
    date="Thu, 12 Sep 2024 20:03:48 +0900",
    subject="Re: [Reminder] KCSC-240903-01 - items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240903-01.1@kcsc.example>"],
    body="""
Hi KCSC team,

Following your reminder about ticket #4471092: the message at
<https://discord.com/channels/9988776655443322/
8877665544332211/7766554433221177> was deleted on 12 September,
and the account that posted it has been disabled.

The message <https://discord.com/channels/1122334455667788/2233445566778899/3344556677889911>
was reviewed and does not break our rules, so it stays up.

Mina
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="agent's plain-text reply wrapped at 72 columns, URLs in angle brackets",
    why="first URL wrapped inside its angle brackets (deleted: removed); second stays up (rejected)",
    items={D11: "removed", D8: "rejected"},
)

case(
    name="dc-freshdesk-update",
    **{"from": "support@discord.com"}, name_from="Discord Safety Support",
    date="Mon, 09 Sep 2024 15:36:12 +0900",
    subject="Ticket #88102 updated: KCSC-240903-01 removal request",
    body=f"""
Hi KCSC Takedown,

There is a new reply on your ticket #88102 "KCSC-240903-01 removal request".

    Mina (Discord Safety) wrote:

    Update on two of the invites. The server behind
    {D3} has been removed.
    The invite {D5} no longer works: its owner
    deleted the server before we reviewed it, so there was nothing left for
    us to act on.

You can view and reply to the ticket here:
https://discordsafety.freshdesk.com/support/tickets/88102

Discord Safety Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket updated' notification embedding the agent's reply",
    why="the platform's own notification: one server removed, one deleted by its owner beforehand (not found)",
    items={D3: "removed", D5: "not_found"},
)

case(
    name="dc-echoed-report-decision",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Sat, 07 Sep 2024 08:49:30 +0900",
    subject="Your report to Discord: decision",
    body=f"""
Hello,

Below is the report we received from you, followed by our decision.

Your report
Reference: KCSC-240903-01
Link: {D7}
Reason: illegal gambling promotion

Our decision
The message has been removed for violating our Community Guidelines.

Your report
Reference: KCSC-240903-01
Link: {D2}
Reason: illegal gambling promotion

Our decision
We did not find a violation. The server remains available.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome notice echoing each report before its decision",
    why="each echoed link followed by its decision: removed, then rejected",
    items={D7: "removed", D2: "rejected"},
)

# ================================================================ Kakao
case(
    name="kakao-korean-result-list",
    **{"from": "help@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Mon, 09 Sep 2024 10:12:00 +0900",
    subject="[카카오] 시정요구(KCSC-240905-02) 조치결과 회신",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회의 시정요구(KCSC-240905-02)에 대한 조치결과를 아래와 같이 회신드립니다.

1. {K1} : 게시중단 완료
2. {K2} : 임시조치(30일)
3. {K3}은 블라인드 처리하였습니다.
4. {K4_RAW} → 삭제

추가로 확인이 필요하신 사항은 본 메일로 회신 주시기 바랍니다.
감사합니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 reply, one line per URL",
    why="게시중단, 임시조치 (restricted), 블라인드, 삭제; a particle glued to one URL, a raw Korean path on another",
    items={K1: "removed", K2: "restricted", K3: "removed", K4: "removed"},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Thu, 05 Sep 2024 09:41:15 +0900",
    subject=enc("[카카오 고객센터] 문의가 정상적으로 접수되었습니다"),
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 2409050019377
문의제목: KCSC-240905-02 불법정보 시정요구

담당자가 확인한 뒤 순서대로 답변드리겠습니다.
답변은 영업일 기준 3일 이내에 메일로 보내드립니다.

※ 본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre 문의 접수 안내 receipt",
    why="pure receipt with a 접수번호; says nothing about any item",
    items={},
)

KAKAO_QP = f"""안녕하세요. Daum 카페 운영정책 담당자입니다.

요청하신 건(KCSC-240905-02) 가운데 카페 게시물 2건의 처리 결과를 안내드립니다.

- {K1}
  → 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.
- {K2}
  → 운영정책 위반으로 게시중단 조치하였습니다.

티스토리 게시물 2건은 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.
"""
case(
    name="kakao-qp-author-deleted",
    **{"from": "cafe_policy@daum.net"}, name_from=enc("Daum 카페"),
    date="Tue, 10 Sep 2024 15:27:41 +0900",
    subject="Re: [KCSC-240905-02] 불법 도박 게시물 시정요구",
    reply_to_req="req-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe policy team reply in quoted-printable, result on the line under each URL",
    why="post already deleted by its author (not found); 게시중단 (removed); the Tistory promise names no URL",
    items={K1: "not_found", K2: "removed"},
)

case(
    name="kakao-hedge-under-review",
    **{"from": "tistory@kakaocorp.com"}, name_from=enc("티스토리 운영팀"),
    date="Wed, 11 Sep 2024 11:02:56 +0900",
    subject="Re: [KCSC-240905-02] 불법 도박 게시물 시정요구",
    reply_to_req="req-240905-02",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

문의하신 게시물에 대해 지금까지 확인한 내용을 안내드립니다.

{K3} 게시물은 블로그 운영자가 이미 삭제한 것으로 보이나, 정확한 확인을 위해 추가 검토가 진행 중입니다.
{K4} 게시물은 내부 검토를 거쳐 조치할 예정입니다.

검토가 끝나는 대로 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Tistory operations interim reply (보이나 / 검토 진행 중 / 조치할 예정)",
    why="a hedge ('삭제한 것으로 보이나', still being checked) and a promise: no statement",
    items={K3: "pending", K4: "pending"},
)

case(
    name="kakao-english-temporary-measure",
    **{"from": "trustandsafety@kakao.com"}, name_from="Kakao Trust & Safety",
    date="Thu, 12 Sep 2024 17:45:03 +0900",
    subject="RE: KCSC-240905-02 - request for correction",
    reply_to_req="req-240905-02",
    body=f"""
Dear KCSC Takedown team,

This is Kakao Trust & Safety replying to your request KCSC-240905-02.

- {K2} has been temporarily blocked for 30 days as a temporary measure
  under Article 44-2 of the Network Act; it is hidden from users during
  that period.
- {K3} : reviewed, and we did not find it in breach of our operating policy
  or of Korean law. The post remains available.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English-language reply describing a 임시조치 (temporary measure) and a refusal",
    why="temporary measure = 임시조치 (restricted); no breach, remains available (rejected)",
    items={K2: "restricted", K3: "rejected"},
)

case(
    name="kakao-speaks-of-naver-item",
    **{"from": "help@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 14:20:11 +0900",
    subject=enc("[카카오] 문의하신 링크 확인 결과"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 링크를 확인하였으나, 아래 게시물은 확인 결과 존재하지 않는 게시물입니다.

{N2}

다른 문의사항이 있으시면 고객센터로 문의해 주세요.
감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao customer-centre answer about a link that belongs to NAVER",
    why="Kakao states 'does not exist' about a NAVER cafe item: not Kakao's item",
    items={N2: "pending"},
)

# ================================================================ NAVER
NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240906-03)에 대한 처리 결과를 아래 표와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>번호</th><th>URL</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>비공개 처리</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>접근 제한(국내)</td></tr>
<tr><td>3</td><td><a href="{N3.replace('&', '&amp;')}">{N3.replace('&', '&amp;')}</a></td><td>위반사항 없음 (게시 유지)</td></tr>
</tbody></table>
<p>운영정책 안내: <a href="https://policy.naver.com/policy/service.html">https://policy.naver.com/policy/service.html</a></p>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-html-table-result",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Wed, 11 Sep 2024 16:40:00 +0900",
    subject="[네이버 고객센터] KCSC-240906-03 처리 결과 안내",
    reply_to_req="req-240906-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre HTML result table (base64 HTML only)",
    why="비공개 처리 (removed), 접근 제한(국내) (restricted), 위반사항 없음 게시 유지 (rejected); &amp; in the third URL",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="naver-solved-with-survey",
    **{"from": "help@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date="Mon, 09 Sep 2024 18:03:27 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    body=f"""
문의번호: 20240909-0031877
문의제목: KCSC-240906-03 불법정보 삭제 요청

안녕하세요, 네이버 고객센터입니다.

요청하신 카페 게시물 {N2} 은 카페 운영원칙 위반으로 확인되어 운영자 삭제 처리되었습니다.

카페 운영원칙 안내: https://help.naver.com/service/5637/contents/3401

답변이 도움이 되셨나요? 만족도 평가에 참여해 주세요.
https://help.naver.com/survey/20240909-0031877

본 문의는 답변 완료 처리되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER help-centre answer mail (답변 완료) with satisfaction survey",
    why="운영자 삭제 of the cafe post; help and survey links are not items",
    items={N2: "removed"},
)

case(
    name="naver-forwards-cafe-manager",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Tue, 10 Sep 2024 11:31:09 +0900",
    subject="Fwd: Re: 게시물 삭제 요청 (KCSC-240906-03)",
    body=f"""
안녕하세요.
카페 매니저로부터 받은 회신을 참고로 전달드립니다.

---------- Forwarded message ---------
From: 럭키존 매니저 <luckyzone.mgr@gmail.com>
Date: 2024년 9월 10일 (화) 오전 10:02
Subject: Re: 게시물 삭제 요청
To: <policy@navercorp.com>

말씀하신 4410번 글 {N2} 지웠습니다.
앞으로 주의하겠습니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="NAVER policy staff forwarding a cafe manager's Gmail reply without comment",
    why="the only statement is the cafe manager's, inside a forwarded message; NAVER states nothing itself",
    items={N2: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from=enc("NAVER 정책지원"),
    date="Fri, 06 Sep 2024 14:22:48 +0900",
    subject=enc("읽음: KCSC-240906-03 불법정보 삭제 요청"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b476"

--mdn-b476
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일(KCSC-240906-03 불법정보 삭제 요청)을 수신자가 2024-09-06 14:22에 읽었습니다.
This is a receipt for the mail you sent to policy@navercorp.com.
--mdn-b476
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed
--mdn-b476--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "blog_help@navercorp.com"}, name_from=enc("네이버 블로그팀"),
    date="Thu, 12 Sep 2024 09:55:31 +0900",
    subject="Re: KCSC-240906-03 불법정보 삭제 요청",
    reply_to_req="req-240906-03",
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

요청번호 KCSC-240906-03 관련 블로그 게시물 처리 결과를 알려드립니다.

{N1}（비공개 처리 완료）
{N3}、해당 게시물은 존재하지 않습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team short reply using full-width punctuation",
    why="비공개 처리 완료 (removed); 존재하지 않습니다 (not found); full-width punctuation glued to the URLs",
    items={N1: "removed", N3: "not_found"},
)

# ================================================================ TikTok
case(
    name="tt-freshdesk-receipt",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Mon, 09 Sep 2024 11:16:40 +0900",
    subject="Ticket Received - KCSC-240909-04 illegal gambling videos [#T-552907]",
    reply_to_req="req-240909-04",
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created (#T-552907). A support representative will review your
request and send you a personal response.

To view the status of the ticket or add comments, please visit
https://tiktok-legal.freshdesk.com/support/tickets/552907

Thank you for your patience.

Sincerely,
TikTok Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' new-ticket acknowledgement",
    why="pure receipt; the portal link is not an item",
    items={},
)

case(
    name="tt-receipt-echoes-report",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 11:17:02 +0900",
    subject="We received your report (KCSC-240909-04)",
    body=f"""
Thank you for contacting TikTok. We have received your report and will
review it in line with our Community Guidelines and applicable law. Report
ID: 7410552907.

A copy of your submission:
  Reporter: Korea Communications Standards Commission
  Reference: KCSC-240909-04
  Reported content:
    {T1}
    {T2}
    {T3}
    {T4}
    {T5}
  Reason: illegal gambling promotion

You will receive another email once we have reviewed your report.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="web-form receipt that echoes the submitted report",
    why="a receipt: the URLs are only our own submission echoed back, with no statement about them",
    items={},
)

case(
    name="tt-mixed-statuses",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 13:48:22 +0900",
    subject="Re: KCSC-240909-04 [#T-552907] outcome of your report",
    reply_to_req="req-240909-04",
    body=f"""
Dear KCSC Takedown,

Thank you for your patience. We have reviewed the content reported under
KCSC-240909-04 and taken the following steps:

{T1}
We have restricted access to this video in South Korea based on local law.

{T2}
This video has been removed for violating our Community Guidelines.

{T4}
We could not locate this video on TikTok.

We are still looking at the remaining items and will follow up separately.

Best regards,
TikTok Legal (Ticket #T-552907)
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal outcome email, statement on the line under each URL",
    why="restricted in South Korea, removed, could not locate (not found)",
    items={T1: "restricted", T2: "removed", T4: "not_found"},
)

case(
    name="tt-account-banned",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 10:29:15 +0900",
    subject="Re: KCSC-240909-04 [#T-552907]",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

Further to our previous message: the account {T3} has been permanently
banned for repeated violations of our Community Guidelines and is no longer
available on TikTok.

Regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok follow-up on the same ticket about an account",
    why="account permanently banned, no longer available: removed; its videos are not named",
    items={T3: "removed"},
)

case(
    name="tt-short-link-angle",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 16:05:50 +0900",
    subject="Re: KCSC-240909-04 [#T-552907] short link",
    reply_to_req="req-240909-04",
    body="""
Hello,

About the short link in your request, <https://vt.tiktok.com/ZSjQ7kLmN/>:
it pointed to a video that we have now removed under our illegal
activities policy.

Regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply about a vt.tiktok.com short link in angle brackets",
    why="the video behind the short link has been removed",
    items={T5: "removed"},
)

case(
    name="tt-reminder-still-reviewing",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 17 Sep 2024 10:11:07 +0900",
    subject="Re: [Reminder] KCSC-240909-04 - items still pending after the deadline",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-04.1@kcsc.example>"],
    body=f"""
Hello,

Thank you for the reminder. The following items are still under review by
our specialist team:

{T2}
{T4}

We will let you know the outcome as soon as the review is complete.

TikTok Legal
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="TikTok answer to our reminder: still under review",
    why="'under review' is no statement; the email names requested items",
    items={T2: "pending", T4: "pending"},
)

case(
    name="tt-conflicting-prose-and-table",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 18 Sep 2024 14:37:44 +0900",
    subject="Re: KCSC-240909-04 [#T-552907] case closed",
    reply_to_req="req-240909-04",
    body=f"""
Hello,

We have removed the video {T1} as requested.

Case summary (generated)
URL                                                              | Decision
{T1} | No violation - content remains available

Regards,
TikTok Legal
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="agent prose over an auto-generated case summary that disagrees with it",
    why="the same video is called removed and 'no violation, remains available' in one email",
    items={T1: "pending"},
)

TT_B64 = f"""Hello KCSC,

Update on ticket #T-552907 (KCSC-240909-04):

- {T1} : removed
- {T4} : removed
- {T5} : reviewed, no violation of our Community Guidelines; it stays up

Thanks,
TikTok Legal
"""
case(
    name="tt-base64-partial",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 09:12:30 +0900",
    subject="Re: KCSC-240909-04 [#T-552907] update",
    reply_to_req="req-240909-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system reply sent as a base64 plain-text body",
    why="two removed, the short link reviewed and left up (rejected)",
    items={T1: "removed", T4: "removed", T5: "rejected"},
)

# ================================================================ Telegram
case(
    name="tg-top-posted-gmail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 21:14:09 +0900",
    subject="Re: KCSC-240910-05 Removal request - drug sales on Telegram",
    reply_to_req="req-240910-05",
    body=f"""
Hello,

Thank you for your report. The channel {G2} has been blocked and
can no longer be viewed. The post {G1} has been deleted.

Telegram Abuse Team

On Tue, 10 Sep 2024 at 16:20, KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240910-05
> Dear Telegram,
> Please remove the following content, which offers illegal drugs for sale:
> 1. {G1}
> 2. {G2}
> Deadline: 17 September 2024
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply top-posted over our quoted request",
    why="channel blocked (removed) and post deleted, both stated above the quote",
    items={G1: "removed", G2: "removed"},
)

case(
    name="tg-bounce-reminder",
    **{"from": "MAILER-DAEMON@mx2.telegram.org"}, name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 18:01:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b476"

--dsn-b476
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b476
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.telegram.org
Arrival-Date: Tue, 17 Sep 2024 18:01:10 +0900

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b476
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: [Reminder] KCSC-240910-05 - 2 items pending
Message-ID: <reminder.KCSC-240910-05.1@kcsc.example>
Date: Tue, 17 Sep 2024 18:01:00 +0900

The following items of request KCSC-240910-05 are still pending:
{G1}
{G2}

--dsn-b476--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for our reminder",
    why="bounce (DSN) of our own reminder; the URLs are in the returned message",
    items={},
)

case(
    name="tg-outlook-reminder-reply",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Wed, 18 Sep 2024 12:47:55 +0900",
    subject="RE: [Reminder] KCSC-240910-05 - 2 items pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-05.2@kcsc.example>"],
    body=f"""
Dear KCSC,

Regarding the post {G1}: it had already been deleted by the channel owner
before our moderators reached it, so there was nothing left to act on.

Best regards,
Telegram

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: dsa@telegram.org
Subject: [Reminder] KCSC-240910-05 - 2 items pending

The following items of request KCSC-240910-05 are still pending:
{G1}
{G2}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA answer to our reminder over an Outlook-quoted original",
    why="post deleted by its owner before review: not found; the channel is only in our quoted reminder",
    items={G1: "not_found", G2: "pending"},
)

# ================================================================ X
case(
    name="x-sole-item-withheld",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:22:18 +0900",
    subject="Re: KCSC-240911-06 [ref:_00D4x0Ab12._5004x01Zq9:ref]",
    reply_to_req="req-240911-06",
    body="""
Hello,

Thank you for your request. After review, we have withheld the reported post
in South Korea. It remains available outside South Korea.

More information about country withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X (Salesforce case thread) country-withheld notice, URL not repeated",
    why="one-item request: 'the reported post' withheld in South Korea is restricted",
    items={X1: "restricted"},
)

case(
    name="x-lookalike-domain",
    **{"from": "legal@x-legalsupport.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 07:50:42 +0900",
    subject="Re: KCSC-240911-06 - removal completed",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

The post {X1} has been removed from X.

Regards,
X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a look-alike domain that is not X's",
    why="x-legalsupport.com is no platform's domain",
    items={X1: "pending"},
)

case(
    name="x-rejected-no-violation",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:15:33 +0900",
    subject="Re: KCSC-240911-06 [ref:_00D4x0Ab12._5004x01Zq9:ref]",
    reply_to_req="req-240911-06",
    body=f"""
Hello,

We have reviewed the post you reported:
{X1}

We did not find it to be in violation of the X Rules or of local law, so we
will not be taking action on it at this time.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal with its reason",
    why="no violation of the rules or local law, no action: rejected",
    items={X1: "rejected"},
)

# ================================================================ YouTube
case(
    name="yt-age-restricted-and-kept",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 11:06:58 +0900",
    subject="Re: [7-1288000034519] KCSC-240912-07",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

Thanks for reaching out to us. After reviewing the content you reported:

- {Y1} has been age-restricted.
- {Y2} does not violate our Community Guidelines and will remain available
  on YouTube.

Our Community Guidelines: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support outcome email",
    why="age-restricted (restricted); no violation, remains available (rejected); the policy link is not an item",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="yt-removed-other-open",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 16:33:21 +0900",
    subject="Re: [7-1288000034519] KCSC-240912-07",
    reply_to_req="req-240912-07",
    body=f"""
Hello,

In response to your request KCSC-240912-07, we have removed the following
video: {Y2}

The other video in your request, {Y1}, is still being reviewed by our team.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal notice answering part of a request",
    why="one video removed; the other still being reviewed stays pending",
    items={Y2: "removed", Y1: "pending"},
)

case(
    name="yt-process-notice-no-claims",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="Changes to how we receive legal removal requests",
    body="""
Hello,

From 1 October 2024, requests to remove content from YouTube for legal
reasons should be sent through our legal removals web form:
https://support.google.com/legal/answer/3110420

Requests sent by email after that date may take longer to process.

Regards,
The YouTube Team
""",
    outcome="review", review="no_claims",
    imitates="Google legal-support process-change notice",
    why="trusted mail that names no item and references no request",
    items={},
)


def main():
    write_requests()
    header = (
        "# Blind set 476 (tests/corpus/blind476/): ticket systems and threads.\n"
        "# Generated by make.py; expected results written from each email's meaning\n"
        "# before any run of the reader."
    )
    corpuslib.write_set(HERE, SET, header, CASES)


if __name__ == "__main__":
    main()
