#!/usr/bin/env python3
"""Blind set 938: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning before
the reader was ever run on them.

    python3 tests/corpus/blind938/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --- requests ---------------------------------------------------------------

D = [
    "https://discord.gg/lunaslots7",
    "https://discord.gg/Qm7tR2xw",
    "https://discord.com/invite/betharbor",
    "https://discord.com/channels/1180442210094411776/1180442210094411779/1281093317020467211",
    "https://discord.com/channels/1180442210094411776/1180442210094411779/1281093655510384650",
    "https://discord.com/channels/1180442210094411776/1180442388101296188/1281094010331725904",
    "https://discord.com/channels/1093320017755521024/1093320017755521027/1280777421309902868",
    "https://discord.com/channels/1093320017755521024/1093320017755521027/1280777990651187261",
    "https://discord.gg/nightpool",
    "https://discord.com/channels/1093320017755521024/1201150044302921738/1281000244915228733",
    "https://discord.gg/cardhouse24",
    "https://discord.com/invite/tokenmarket",
]
X = [
    "https://x.com/slotqueen_kr/status/1831204477120339968",
    "https://x.com/slotqueen_kr/status/1831209921100652544",
    "https://x.com/greenleaf_dm/status/1830588101744451584",
    "https://x.com/greenleaf_dm",
]
K2_RAW = "https://yeowoo-note.tistory.com/entry/신규-가입-이벤트"
K2 = "https://yeowoo-note.tistory.com/entry/" + quote("신규-가입-이벤트")
K = [
    "https://cafe.daum.net/moonlitbet/Kp2q/121",
    K2,
    "https://yeowoo-note.tistory.com/92",
]
Y = [
    "https://www.youtube.com/watch?v=Rk3vQ8mZt2A",
    "https://www.youtube.com/shorts/pX7dN1wLq9c",
]
R = [
    "https://www.reddit.com/r/kbetleaks/comments/1f9xk2a/daily_picks_thread/",
    "https://www.reddit.com/r/kbetleaks/comments/1fa03mq/",
    "https://www.reddit.com/user/hanriver_dealer/",
    "https://www.reddit.com/r/seoulrx/comments/1fb2t7e/no_script_needed/",
    "https://www.reddit.com/r/seoulrx/comments/1fb2t7e/comment/lm0qz3k/",
]
T = ["https://t.me/jackpot_lounge_kr"]
N = [
    "https://cafe.naver.com/goldfish777/5512",
    "https://blog.naver.com/dalbit_shop/223571046612",
]

REQUESTS = [
    ("KCSC-240903-01", "discord", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     D, "gambling", "req-240903-01@kcsc.example", "gambling servers and invite links"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     X, "drugs", "req-240905-02@kcsc.example", "drug sale posts and account"),
    ("KCSC-240909-03", "kakao", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     K, "gambling", "req-240909-03@kcsc.example", "Daum cafe post and Tistory entries"),
    ("KCSC-240910-04", "youtube", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00",
     Y, "obscene", "req-240910-04@kcsc.example", "video and short"),
    ("KCSC-240911-05", "reddit", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     R, "drugs", "req-240911-05@kcsc.example", "posts, comment and user profile"),
    ("KCSC-240912-06", "telegram", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     T, "gambling", "req-240912-06@kcsc.example", "public channel"),
    ("KCSC-240913-07", "naver", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00",
     N, "privacy", "req-240913-07@kcsc.example", "cafe post and blog post"),
]


def write_requests():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# Our own request / reminder texts, as platforms quote them back.
def our_request(ref, urls, when):
    lines = [
        f"Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our reference {ref}:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", f"Please reply by {when}.", "", "KCSC Takedown desk"]
    return "\n".join(lines)


def our_reminder(ref, urls):
    lines = [
        f"Reminder: our request {ref} is past its deadline and the items below",
        "are still recorded as pending on our side. Please tell us what was done",
        "with each of them.",
        "",
    ]
    lines += [f"- {u}" for u in urls]
    lines += ["", "KCSC Takedown desk"]
    return "\n".join(lines)


ZD_LINE = "##- Please type your reply above this line -##"
DC = "Discord Trust & Safety"

cases = []


def case(**kw):
    cases.append(kw)


# --- Discord (KCSC-240903-01, 12 items) ------------------------------------

case(
    name="dc-zendesk-receipt",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Tue, 03 Sep 2024 10:04:51 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request to remove illegal gambling servers (#48213977)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213977) has been received and is being reviewed by our
Trust & Safety team.

To add any additional comments, simply reply to this email. Please keep the
ticket number in the subject line so that we can find your conversation.

This email is a service from Discord.
[ZK7Q2M-9XW41]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-receipt from a platform's T&S help desk",
    why="pure ticket receipt: no item is spoken about, nothing decided",
    items={},
)

case(
    name="dc-zendesk-solved-list",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Fri, 06 Sep 2024 19:12:40 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request to remove illegal gambling servers (#48213977)",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213977) has been updated. To add additional comments, reply to this email.


Kai (Discord Trust & Safety)

Sep 6, 2024, 03:12 PDT

Hello,

Thank you for your patience. We've finished reviewing part of the links in
your request KCSC-240903-01. Here is what we did:

- https://discord.gg/lunaslots7 - the server behind this invite has been removed from Discord.
- https://discord.gg/Qm7tR2xw - server removed.
- {D[3]} - message deleted; the account that posted it has been disabled.
- {D[4]} - message deleted.
- https://discord.gg/nightpool - this invite is invalid, and we could not find any server it belonged to.

We are still looking into the other links and will update this ticket once
we're done. You can read more about how we enforce our rules at
https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord

Best,
Kai
Discord Trust & Safety

This email is a service from Discord.
[ZK7Q2M-9XW41]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-comment notification (solved/updated ticket) from a platform's T&S desk, dash list",
    why="five links each named with an unhedged outcome; the rest promised later; the safety-centre link is not an item",
    items={D[0]: "removed", D[1]: "removed", D[3]: "removed", D[4]: "removed", D[8]: "not_found"},
)

case(
    name="dc-followup-quoted-thread",
    **{"from": "kai.t@discord.com"}, name_from='"Kai T. (Discord Trust & Safety)"',
    date="Tue, 10 Sep 2024 08:40:02 +0900",
    subject="Re: [Discord] Re: KCSC-240903-01 Request to remove illegal gambling servers (#48213977)",
    reply_to_req="req-240903-01",
    body=f"""Hello again,

Following up on my last message, here are the results for four more links:

{D[5]}
The message has been deleted.

{D[6]}
Deleted, and the server owner was warned.

{D[7]}
We reviewed this message and it does not break our Community Guidelines, so
we have not taken action on it.

{D[9]}
This message was deleted by its author before we got to it; there is nothing
left for us to act on.

Best,
Kai

On Fri, Sep 6, 2024 at 3:12 AM Discord Trust & Safety <noreply@discord.com> wrote:
> Hello,
>
> Thank you for your patience. We've finished reviewing part of the links in
> your request KCSC-240903-01. Here is what we did:
>
> - https://discord.gg/lunaslots7 - the server behind this invite has been removed from Discord.
> - https://discord.gg/Qm7tR2xw - server removed.
> - https://discord.gg/nightpool - this invite is invalid.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same ticket thread, URL with its outcome on the line below, Gmail quote of the earlier comment",
    why="four new outcomes above the quote; the quoted earlier results must not be applied from this email",
    items={D[5]: "removed", D[6]: "removed", D[7]: "rejected", D[9]: "not_found",
           D[0]: "pending", D[1]: "pending", D[8]: "pending"},
)

CSV_ROWS = [
    ("link", "outcome", "detail"),
    (D[0], "Removed", "server removed"),
    (D[1], "Removed", "server removed"),
    (D[2], "Removed", "server removed"),
    (D[3], "Removed", "message deleted, account disabled"),
    (D[4], "Removed", "message deleted"),
    (D[5], "Removed", "message deleted"),
    (D[6], "Removed", "message deleted"),
    (D[7], "No action", "no violation of Community Guidelines"),
    (D[8], "Not found", "invite invalid or expired"),
    (D[9], "Not found", "message deleted by author before review"),
    (D[10], "Removed", "server removed"),
    (D[11], "No action", "no violation of Community Guidelines"),
]
_csvbuf = io.StringIO(newline="")
csv.writer(_csvbuf, lineterminator="\n").writerows(CSV_ROWS)

case(
    name="dc-reminder-reply-csv",
    **{"from": "mira.h@discord.com"}, name_from='"Mira H. | Discord"',
    date="Thu, 12 Sep 2024 02:15:09 +0900",
    subject="Re: Reminder: KCSC-240903-01 overdue (#48213977)",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==mix48213977"

--==mix48213977
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi,

Apologies for the delay on this one. The outcome for every link in
KCSC-240903-01 is in the attached sheet (outcome_48213977.csv), one row per
link. This ticket is now marked as solved.

Regards,
Mira
Discord Trust & Safety

On Wed, 11 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_reminder("KCSC-240903-01", D[:4] + ["(8 more links)"]))}

--==mix48213977
Content-Type: text/csv; charset=utf-8; name="outcome_48213977.csv"
Content-Disposition: attachment; filename="outcome_48213977.csv"
Content-Transfer-Encoding: 8bit

{_csvbuf.getvalue()}
--==mix48213977--
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's reminder with a CSV export of per-link outcomes attached",
    why="the CSV names all twelve links with an outcome each; the quoted reminder below says nothing",
    items={D[0]: "removed", D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "removed",
           D[5]: "removed", D[6]: "removed", D[7]: "rejected", D[8]: "not_found", D[9]: "not_found",
           D[10]: "removed", D[11]: "rejected"},
)

case(
    name="dc-freshdesk-html-table",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date="Mon, 09 Sep 2024 23:30:00 +0900",
    subject="Ticket #771254 resolved: KCSC-240903-01",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Your ticket <b>#771254</b> has been marked <b>Resolved</b>. Below is a summary of the actions taken on the links you reported.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported link</th><th>Action taken</th></tr>
<tr><td><a href="{D[2]}">{D[2]}</a></td><td>Server removed</td></tr>
<tr><td><a href="{D[10]}">{D[10]}</a></td><td>Server removed</td></tr>
<tr><td><a href="{D[11]}">{D[11]}</a></td><td>No action &ndash; no violation of our Community Guidelines found</td></tr>
<tr><td><a href="{D[5]}">{D[5]}</a></td><td>Message deleted</td></tr>
</table>
<p>If you believe this ticket was resolved in error, reply to this email within 7 days and it will be reopened automatically.</p>
<p>Discord Safety<br><span style="color:#888">Ticket #771254 &middot; Status: Resolved</span></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML table of actions",
    why="four rows, each a link with its action",
    items={D[2]: "removed", D[10]: "removed", D[11]: "rejected", D[5]: "removed"},
)

case(
    name="dc-status-line-below",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Sun, 08 Sep 2024 04:02:17 +0900",
    subject="[Discord] Update on your request (#48213977)",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Hi,

Quick update on three of the links you sent us:

{D[6]}
Status: Removed (message deleted, user banned from the platform)

{D[4]}
Status: Removed

{D[9]}
Status: Not found - we could not locate this message on Discord.

Thanks,
Discord Trust & Safety
[ZK7Q2M-9XW41]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk macro output with bare URL and 'Status:' on the line below",
    why="three named links with a status line each",
    items={D[6]: "removed", D[4]: "removed", D[9]: "not_found"},
)

case(
    name="dc-outlook-original-message",
    **{"from": "jonas.weber@discord.com"}, name_from="Jonas Weber",
    date="Wed, 11 Sep 2024 07:48:33 +0900",
    subject="RE: KCSC-240903-01 Request to remove illegal gambling servers",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The servers behind https://discord.com/invite/betharbor and
https://discord.gg/cardhouse24 have been removed for breaking our policy on
gambling and regulated goods.

Kind regards,
Jonas Weber | Trust & Safety Operations
Discord Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: Discord Safety <safety@discord.com>
Subject: KCSC-240903-01 Request to remove illegal gambling servers

{our_request("KCSC-240903-01", D, "10 September 2024")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a T&S employee over '-----Original Message-----' with our full request",
    why="two invites named above the quote as removed; the twelve URLs in our quoted request are not statements",
    items={D[2]: "removed", D[10]: "removed", D[0]: "pending", D[11]: "pending"},
)

case(
    name="dc-ack-plus-statements",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Fri, 13 Sep 2024 12:20:45 +0900",
    subject="[Discord] Re: Follow-up on KCSC-240903-01 (#48213977)",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Hi there,

Thanks for reaching out - we've received your follow-up on ticket #48213977.

To confirm where things stand: the invite https://discord.gg/Qm7tR2xw no
longer works because we removed the server it pointed to, and the server at
https://discord.gg/cardhouse24 has been removed as well.

Regards,
Discord Trust & Safety
[ZK7Q2M-9XW41]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk reply that opens with a receipt phrase and then states outcomes",
    why="receipt phrase plus unhedged removals of two named invites: not a pure acknowledgement",
    items={D[1]: "removed", D[10]: "removed"},
)

case(
    name="dc-echoed-report-bulk",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Sat, 07 Sep 2024 06:55:10 +0900",
    subject="[Discord] Your report has been reviewed (#48219120)",
    body=f"""{ZD_LINE}

Hello,

We've reviewed the report you submitted. Here's a copy of it for your records:

  Report type: Illegal gambling
  Reference: KCSC-240903-01
  Message links:
    {D[3]}
    {D[4]}
    {D[5]}
  Description: promotion of unlicensed online casino, see attached request.

Outcome: we took action on the reported messages and on the account that
posted them.

Thank you for helping keep Discord safe.
Discord Trust & Safety
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Discord-style report-outcome email echoing the submitted report form, outcome stated for 'the reported messages'",
    why="the outcome covers the three echoed links together without naming each, in a 12-item request: bulk",
    items={D[3]: "pending", D[4]: "pending", D[5]: "pending"},
)

case(
    name="dc-escalated-promise",
    **{"from": "noreply@discord.com"}, name_from=DC,
    date="Thu, 05 Sep 2024 09:31:58 +0900",
    subject="[Discord] Re: KCSC-240903-01 Request to remove illegal gambling servers (#48213977)",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Hello,

We've escalated the servers at https://discord.gg/lunaslots7 and
https://discord.gg/nightpool to our specialist team. If they confirm the
violation, both servers will be removed and the owners' accounts disabled.
We expect to have an answer within three business days and will reply on
this ticket.

Discord Trust & Safety
[ZK7Q2M-9XW41]
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Zendesk interim update: escalation, conditional promise",
    why="names two items but only promises a conditional removal: nothing stated",
    items={D[0]: "pending", D[8]: "pending"},
)

case(
    name="dc-zendesk-host-unknown",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Mon, 09 Sep 2024 03:14:00 +0900",
    subject="[Discord Safety] Re: KCSC-240903-01 (#50011873)",
    reply_to_req="req-240903-01",
    body=f"""{ZD_LINE}

Hello,

The following content has been removed:

{D[3]}
{D[4]}

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk notification sent from the vendor's hosted domain (subdomain.zendesk.com) instead of the platform's own",
    why="sender domain is zendesk.com, not a Discord domain: a clerk cannot trust it",
    items={D[3]: "pending", D[4]: "pending"},
)

# --- X (KCSC-240905-02, 4 items) -------------------------------------------

case(
    name="x-jira-receipt",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Requests",
    date="Thu, 05 Sep 2024 11:06:40 +0900",
    subject="[LGL-4471] KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""——-—-—-—-—-—-—-—-—-—-—
Reply above this line.

Request received

Your request LGL-4471 "KCSC-240905-02 removal request" has been received.
Our team will look at it and reply here. You can follow its progress at
https://legalrequests.x.com/servicedesk/customer/portal/3/LGL-4471

X Legal Requests
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="receipt only; the portal link is not an item",
    items={},
)

case(
    name="x-withheld-and-suspended",
    **{"from": "legal@x.com"}, name_from='"X Corp. Legal"',
    date="Mon, 09 Sep 2024 16:22:05 +0900",
    subject="RE: [LGL-4471] KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""Hello,

We are writing in response to your request referenced KCSC-240905-02.

After review, we have withheld the following posts in South Korea under
local law:
{X[0]}
{X[1]}

The account @greenleaf_dm has been suspended for violating the X Rules:
{X[3]}
As a result, its post is no longer available on X either:
{X[2]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-requests reply: country-withheld posts, suspended account, URL on the line below its statement",
    why="each URL follows the sentence that states its status",
    items={X[0]: "restricted", X[1]: "restricted", X[3]: "removed", X[2]: "removed"},
)

case(
    name="x-partial-rest-under-review",
    **{"from": "legal@x.com"}, name_from='"X Corp. Legal"',
    date="Fri, 06 Sep 2024 10:11:30 +0900",
    subject="RE: [LGL-4471] KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""Hello,

We have withheld access in South Korea to
{X[0]}.

The remaining URLs in your request are still under review; we will follow
up on this ticket once a decision has been made.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one decision, the rest under review",
    why="one named post withheld in Korea; the rest only 'under review'",
    items={X[0]: "restricted"},
)

case(
    name="x-reminder-reply-gmail",
    **{"from": "dana.r@x.com"}, name_from="Dana R.",
    date="Fri, 13 Sep 2024 18:03:47 +0900",
    subject="Re: Reminder: KCSC-240905-02 overdue",
    body=f"""Hi KCSC team,

Following up on your reminder: the account https://x.com/greenleaf_dm has
been suspended. We found no violation of local law or the X Rules in
{X[1]}, so that post remains available.

Best,
Dana
X Legal Operations

On Fri, 13 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(our_reminder("KCSC-240905-02", X))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply to a regulator's reminder, reminder quoted with '>'",
    why="account suspended, one post refused; the two other posts are only in the quoted reminder",
    items={X[3]: "removed", X[1]: "rejected", X[0]: "pending", X[2]: "pending"},
)

case(
    name="x-jira-done-comment",
    **{"from": "legal-ops@x.com"}, name_from='"Priya (X Legal Requests)"',
    date="Wed, 11 Sep 2024 13:40:22 +0900",
    subject="[LGL-4471] KCSC-240905-02 removal request - Done",
    reply_to_req="req-240905-02",
    body=f"""——-—-—-—-—-—-—-—-—-—-—
Reply above this line.

Priya commented:

Withheld in KR:
 * {X[0]}
 * {X[1]}

Not actioned (no violation found):
 * {X[2]}

Status changed: In Progress -> Done

View request: https://legalrequests.x.com/servicedesk/customer/portal/3/LGL-4471
Turn off this request's notifications

This is shared with X Legal Requests.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management comment notification with headed bullet lists and a status transition",
    why="two posts under a 'Withheld in KR' heading, one under 'Not actioned'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-dsa-sor-followup",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Requests",
    date="Thu, 12 Sep 2024 09:05:00 +0900",
    subject="[LGL-4471] Statement of reasons",
    reply_to_req="req-240905-02",
    body=f"""——-—-—-—-—-—-—-—-—-—-—
Reply above this line.

A statement of reasons has been added to your request LGL-4471.

  Content: {X[1]}
  Decision: visibility restriction (content withheld)
  Territorial scope: KR
  Ground: illegal content under the law of the Republic of Korea
  Automated detection: no
  Automated decision: no

You may contest this decision through the channels listed at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal Requests
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons posted to a ticket (decision, territorial scope)",
    why="one named post withheld with territorial scope KR: restricted; help link is not an item",
    items={X[1]: "restricted"},
)

case(
    name="x-hedged-suspension",
    **{"from": "legal@x.com"}, name_from='"X Corp. Legal"',
    date="Tue, 10 Sep 2024 12:00:31 +0900",
    subject="RE: [LGL-4471] KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""Hello,

Our records indicate that @greenleaf_dm may already have been suspended,
which would mean that {X[2]} is no longer visible.
We are confirming this with the enforcement team and will revert.

Regards,
X Legal
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="hedged interim reply in a legal-request thread",
    why="'may already have been' and 'would mean' are hedges: no statement",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-mdn-read",
    **{"from": "legal@x.com"}, name_from='"X Corp. Legal"',
    date="Thu, 05 Sep 2024 14:20:00 +0900",
    subject="Read: KCSC-240905-02 Request to remove drug sale posts",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4471"

--mdn-4471
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: KCSC-240905-02 Request to remove drug sale posts
  Sent: Thursday, September 5, 2024 11:00 AM

was read on Thursday, September 5, 2024 2:20 PM.

--mdn-4471
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <req-240905-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4471--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt",
    items={},
)

# --- Kakao (KCSC-240909-03, 3 items) ---------------------------------------

case(
    name="kakao-ticket-result-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 17:10:00 +0900",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118830)",
    reply_to_req="req-240909-03",
    body=f"""안녕하세요, 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240909-03 건(게시물 3건)의 처리 결과를 안내드립니다.

1. https://cafe.daum.net/moonlitbet/Kp2q/121
 → 운영정책 위반(불법 도박 홍보)으로 게시중단 처리되었습니다.

2. {K2_RAW}
 → 정보통신망법 제44조의2에 따라 임시조치(30일) 되었습니다.

3. https://yeowoo-note.tistory.com/92
 → 삭제 완료되었습니다.

추가 문의사항은 본 메일에 회신해 주시면 같은 문의번호로 접수됩니다.
감사합니다.

※ 본 메일은 발신전용이 아니며, 문의번호 2409-118830 으로 관리됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre ticket answer (문의번호) with numbered 게시중단/임시조치/삭제 results",
    why="three numbered URLs, raw Korean path for the Tistory entry, each with its result on the next line",
    items={K[0]: "removed", K[1]: "restricted", K[2]: "removed"},
)

_kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>접수번호 <b>2409-118830</b> 관련 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>신고 URL</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>{K[0]}</td><td>블라인드 처리</td><td>2024-09-12</td></tr>
<tr><td>{K[2]}</td><td>게시물 없음 (작성자 삭제)</td><td>2024-09-12</td></tr>
</table>
<p>나머지 1건은 별도로 안내드리겠습니다.</p>
<p>감사합니다.<br>카카오 권리침해신고센터</p>
</body></html>
"""

case(
    name="kakao-base64-html-table",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject="[Kakao] 권리침해 신고 처리 결과 안내 (2409-118830)",
    reply_to_req="req-240909-03",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_kakao_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result notice as a base64 HTML table (블라인드 / 게시물 없음)",
    why="two rows: 블라인드 = removed, 게시물 없음(작성자 삭제) = not_found; the third item only promised",
    items={K[0]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-qp-author-deleted",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 15:45:12 +0900",
    subject="[카카오 고객센터] 문의번호 2409-118830 답변",
    reply_to_req="req-240909-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요, 카카오 고객센터입니다.

문의하신 게시글
{K[1]}
은 확인 결과 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.
따라서 별도의 조치는 진행하지 않았습니다.

감사합니다.
''')}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre answer in quoted-printable: post already deleted by its author",
    why="deleted by its author and no longer exists = not_found; 'no separate action' follows from that, it is not a refusal",
    items={K[1]: "not_found"},
)

case(
    name="kakao-reminder-reply-top",
    **{"from": "jiyoon.park@kakaocorp.com"}, name_from="박지윤",
    date="Thu, 19 Sep 2024 11:20:00 +0900",
    subject="RE: [독촉] KCSC-240909-03 처리 결과 회신 요청",
    body=f"""안녕하세요, 카카오 정책팀 박지윤입니다.

https://cafe.daum.net/moonlitbet/Kp2q/121 게시물은 9월 12일자로 게시중단 조치되었습니다.
나머지 2건은 현재 담당 부서에서 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
박지윤 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <report@kakaocorp.com>
Sent: 2024-09-19 (목) 10:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240909-03 처리 결과 회신 요청

{our_reminder("KCSC-240909-03", [K[0], K2_RAW, K[2]])}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean employee's top-posted reply to our reminder (Daum/Outlook-style original message header)",
    why="one post 게시중단 above the quote; the other two 'under review' and in the quoted reminder",
    items={K[0]: "removed", K[1]: "pending", K[2]: "pending"},
)

case(
    name="kakao-forwarded-ops",
    **{"from": "jiyoon.park@kakaocorp.com"}, name_from="박지윤",
    date="Fri, 13 Sep 2024 16:02:00 +0900",
    subject="FW: KCSC-240909-03 카페/티스토리 조치 건",
    body=f"""안녕하세요, 박지윤입니다.
아래 운영팀 회신 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 3:41
Subject: Re: KCSC-240909-03 카페/티스토리 조치 건
To: 박지윤 <jiyoon.park@kakaocorp.com>

지윤님, 요청 주신 건 확인했습니다.
- https://cafe.daum.net/moonlitbet/Kp2q/121 : 운영자 삭제 처리 완료
- https://yeowoo-note.tistory.com/92 : 삭제 처리 완료
참고 부탁드립니다.
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="platform employee forwarding an internal operations-team reply (Gmail 'Forwarded message' block)",
    why="the only statements sit in a forwarded internal message; the employee's own text names no item",
    items={K[0]: "pending", K[2]: "pending"},
)

case(
    name="kakao-promise-korean",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    subject="[Kakao] KCSC-240909-03 검토 현황 안내",
    reply_to_req="req-240909-03",
    body="""안녕하세요. 카카오 권리침해신고센터입니다.

신고하신 https://yeowoo-note.tistory.com/92 게시물은 1차 검토 결과 운영정책 위반 소지가 있어, 추가 확인 후 조치될 예정입니다.
https://cafe.daum.net/moonlitbet/Kp2q/121 건도 담당 부서에서 검토하고 있습니다.

처리가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", classification="confirmation", review="not_understood",
    imitates="Korean interim status notice: 검토 중 / 조치될 예정",
    why="'조치될 예정' is a promise and '검토하고 있습니다' under review: no statement",
    items={K[2]: "pending", K[0]: "pending"},
)

case(
    name="kakao-wrong-platform",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 16 Sep 2024 14:00:00 +0900",
    subject="[Kakao] 문의번호 2409-120077 답변",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 주소 {N[1]} 는 네이버 블로그 게시물로, 당사 서비스에서는 확인되지 않는 게시물입니다.
해당 서비스 제공자에게 직접 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="Korean portal reply to a misdirected report: 'not our service, cannot be found here'",
    why="Kakao speaks about a NAVER item; a Kakao 'not found' cannot change a NAVER item",
    items={N[1]: "pending"},
)

case(
    name="kakao-ooo-korean",
    **{"from": "jiyoon.park@kakaocorp.com"}, name_from="박지윤",
    date="Thu, 19 Sep 2024 10:00:05 +0900",
    subject="[자동회신] 부재중: [독촉] KCSC-240909-03 처리 결과 회신 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박지윤입니다.
9월 19일(목)부터 9월 23일(월)까지 휴가로 메일 확인이 어렵습니다.
급한 용무는 report@kakaocorp.com 으로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 10:00:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7731"

--dsn-7731
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-legal@daum.net>: host mx2.daum.net said: 550 5.1.1 user unknown

--dsn-7731
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 19 Sep 2024 10:00:29 +0900

Final-Recipient: rfc822; cafe-legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--dsn-7731
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-legal@daum.net
Subject: [독촉] KCSC-240909-03 처리 결과 회신 요청
Date: Thu, 19 Sep 2024 10:00:00 +0900
Message-ID: <reminder.KCSC-240909-03.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

{our_reminder("KCSC-240909-03", K)}

--dsn-7731--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned reminder attached",
    why="bounce of our own reminder; its URLs are ours",
    items={},
)

# --- YouTube (KCSC-240910-04, 2 items) -------------------------------------

YT = "YouTube Legal Support"

case(
    name="yt-ticket-removed-and-restricted",
    **{"from": "youtube-legal-support@google.com"}, name_from=YT,
    date="Fri, 13 Sep 2024 05:40:11 +0900",
    subject="Re: [1-8822000031457] KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=f"""Hello,

Thanks for reaching out to us about KCSC-240910-04.

We removed {Y[0]} for violating YouTube's Community Guidelines.

We have restricted {Y[1]} from view in South Korea on the basis of local law.

Regards,
The YouTube Legal Team

[1-8822000031457]
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support ticket reply (numbered case id in the subject) with removal and local restriction",
    why="one video removed, one short restricted in Korea, each named",
    items={Y[0]: "removed", Y[1]: "restricted"},
)

case(
    name="yt-bulk-restricted",
    **{"from": "youtube-legal-support@google.com"}, name_from=YT,
    date="Thu, 12 Sep 2024 07:02:45 +0900",
    subject="Re: [1-8822000031457] KCSC-240910-04",
    reply_to_req="req-240910-04",
    body="""Hello,

Following review of your notice, the content identified in it has been
locally restricted in South Korea.

Regards,
The YouTube Legal Team

[1-8822000031457]
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="YouTube legal-support one-line outcome for a whole notice",
    why="one statement for the whole notice of two items, naming neither: bulk",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="yt-qp-uploader-deleted",
    **{"from": "youtube-legal-support@google.com"}, name_from=YT,
    date="Sat, 14 Sep 2024 02:12:00 +0900",
    subject="Re: [1-8822000031457] KCSC-240910-04",
    reply_to_req="req-240910-04",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''Hello,

An update on your request KCSC-240910-04:

The video at {Y[0]} has been removed for violating YouTube's policy on nudity and sexual content.

The Short at {Y[1]} is no longer available because the uploader deleted it before our review was complete.

Regards,
The YouTube Legal Team
''')}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply in quoted-printable with soft line breaks",
    why="video removed; short deleted by its uploader = not_found",
    items={Y[0]: "removed", Y[1]: "not_found"},
)

case(
    name="yt-macro-conflict",
    **{"from": "youtube-legal-support@google.com"}, name_from=YT,
    date="Wed, 11 Sep 2024 20:20:20 +0900",
    subject="Re: [1-8822000031457] KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=f"""Hello,

Thank you for your notice. Please find the outcome below.

Content removed:
- {Y[1]}

No action taken (the content does not violate our policies or local law):
- {Y[1]}

Regards,
The YouTube Legal Team

[1-8822000031457]
""",
    outcome="review", classification="confirmation", review="conflicting_statements",
    imitates="templated outcome macro filled in wrongly: the same URL under two opposite headings",
    why="the short is both removed and not actioned in the same email",
    items={Y[1]: "pending"},
)

case(
    name="yt-age-restricted-angle",
    **{"from": "youtube-legal-support@google.com"}, name_from=YT,
    date="Sun, 15 Sep 2024 03:33:03 +0900",
    subject="Re: [1-8822000031457] KCSC-240910-04",
    reply_to_req="req-240910-04",
    body=f"""Hello,

We've applied an age restriction to <{Y[1]}>; it can no longer be viewed by
signed-out users or by users under 18.

The video <{Y[0]}> was reviewed and does not violate our Community
Guidelines, so it remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply with URLs in angle brackets: age restriction and a refusal",
    why="age-restricted = restricted; the video stays up as it breaks no rule = rejected",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

# --- Reddit (KCSC-240911-05, 5 items) --------------------------------------

case(
    name="reddit-zendesk-solved",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 06:10:00 +0900",
    subject="Your request #5120443 has been solved: KCSC-240911-05",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Your request (5120443) has been solved. To reopen it, reply to this email.

Hi there,

Thanks for your report (KCSC-240911-05). After investigating, we've taken
the following actions:

1. {R[0]} - removed
2. {R[1]} - removed
3. {R[2]} - account permanently suspended
4. {R[3]} - reviewed; no violation of Reddit's Content Policy found, left up
5. {R[4]} - removed

You can learn more about our policies at https://www.redditinc.com/policies/content-policy

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with a numbered per-URL action list",
    why="five numbered URLs with actions; a permanently suspended profile is removed",
    items={R[0]: "removed", R[1]: "removed", R[2]: "removed", R[3]: "rejected", R[4]: "removed"},
)

case(
    name="reddit-ooo",
    **{"from": "m.ortega@reddit.com"}, name_from="Marisol Ortega",
    date="Wed, 11 Sep 2024 10:00:40 +0900",
    subject="Automatic reply: KCSC-240911-05 Request to remove drug sale content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal matters please write to
legal@reddit.com and a colleague will pick it up.

Marisol
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office",
    items={},
)

case(
    name="reddit-asks-more",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 04:25:00 +0900",
    subject="Re: KCSC-240911-05 Request to remove drug sale content [ref:5120443]",
    reply_to_req="req-240911-05",
    body=f"""Hello,

Thank you for your request. Before we can act on
{R[1]}
we need the permalink of each specific comment you consider unlawful in that
thread, together with the provision of Korean law it breaches. Could you
reply with those details?

Best regards,
Reddit Legal
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="legal desk reply asking for comment permalinks and the legal basis",
    why="asks for more information about a named item; no decision",
    items={R[1]: "pending"},
)

case(
    name="reddit-helpscout-wrapped-angle",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sun, 15 Sep 2024 08:08:08 +0900",
    subject="Re: KCSC-240911-05 Request to remove drug sale content [#88213]",
    reply_to_req="req-240911-05",
    body="""-- Please reply above this line --

Hi,

The post <https://www.reddit.com/r/kbetleaks/comments/1f9xk2a/
daily_picks_thread/> was removed by our Safety team on September 14.

The comment at <https://www.reddit.com/r/seoulrx/comments/1fb2t7e/comment/lm0qz3k/>
has also been removed.

Thanks,
Sam
Reddit Legal

Conversation #88213 | Sent via Help Scout
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply; a long URL wrapped inside angle brackets (RFC 3986 appendix C)",
    why="two named items removed; the first URL is wrapped but delimited by <>",
    items={R[0]: "removed", R[4]: "removed"},
)

case(
    name="reddit-suspended-and-left-up",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 09:45:00 +0900",
    subject="Re: KCSC-240911-05 Request to remove drug sale content [ref:5120443]",
    reply_to_req="req-240911-05",
    body=f"""Hello,

u/hanriver_dealer ({R[2]}) has been permanently suspended and the profile
is no longer accessible.

The post {R[3]} stays up: having reviewed it, we found that it does not
break Reddit's rules.

We will send a separate update on the remaining links.

Best regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="legal desk partial answer in prose: account suspended, one refusal, rest later",
    why="profile suspended/inaccessible = removed; post refused = rejected",
    items={R[2]: "removed", R[3]: "rejected"},
)

# --- Telegram (KCSC-240912-06, 1 item) --------------------------------------

case(
    name="tg-case-closed-sole",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 14 Sep 2024 01:10:10 +0900",
    subject="Re: KCSC-240912-06 Case #5531902",
    reply_to_req="req-240912-06",
    body="""Hello,

The channel you reported has been blocked and is no longer accessible on
Telegram. Case #5531902 is now closed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case-closed reply without the URL",
    why="the only statement, unhedged, answering a one-item request by thread and reference",
    items={T[0]: "removed"},
)

case(
    name="tg-forged-auth-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Fri, 13 Sep 2024 22:00:00 +0900",
    subject="Re: KCSC-240912-06 Case #5531902",
    body=f"""Hello,

{T[0]} has been blocked for all users.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk style reply whose DKIM/SPF/DMARC fail",
    why="claims to come from telegram.org but fails authentication",
    items={T[0]: "pending"},
)

# --- NAVER (KCSC-240913-07, 2 items) ----------------------------------------

case(
    name="naver-particles-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 17 Sep 2024 13:13:00 +0900",
    subject="Re: [KCSC-240913-07] 게시물 삭제 요청",
    reply_to_req="req-240913-07",
    body=f"""안녕하세요, 네이버 정책지원팀입니다。

요청하신 게시물의 처리 결과를 알려드립니다。
{N[0]}은 게시중단 처리되었고，{N[1]}는 임시조치(30일)되었습니다。

감사합니다。
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy-support reply in Korean prose, URLs followed directly by particles and full-width punctuation",
    why="cafe post 게시중단 = removed; blog post 임시조치 = restricted",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-receipt",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
    date="Fri, 13 Sep 2024 10:01:30 +0900",
    subject="[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 20240913-0042)",
    reply_to_req="req-240913-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요. 네이버 고객센터입니다.

보내주신 게시중단 요청이 정상적으로 접수되었습니다.
접수번호: 20240913-0042
처리 결과는 담당자 확인 후 메일로 안내드립니다.

본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic receipt (접수 완료 안내)",
    why="receipt only",
    items={},
)

case(
    name="naver-html-correction-result",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 19 Sep 2024 16:40:00 +0900",
    subject="[KCSC-240913-07] 시정요구 조치결과 회신",
    reply_to_req="req-240913-07",
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240913-07)에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일자</th></tr></thead>
<tbody>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024.09.18</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>접속차단(국내)</td><td>2024.09.18</td></tr>
</tbody>
</table>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in HTML",
    why="삭제 = removed; 접속차단(국내) = restricted",
    items={N[0]: "removed", N[1]: "restricted"},
)

case(
    name="naver-contact-change",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 18 Sep 2024 09:00:00 +0900",
    subject="[안내] 게시중단 요청 접수 창구 변경 안내",
    body="""안녕하세요, 네이버 정책지원팀입니다.

10월 1일부터 공공기관의 게시중단 요청은 기존 메일 주소 대신
policy-gov@navercorp.com 으로 보내주시기 바랍니다.
기존 주소로 보내주신 요청은 9월 30일까지 정상 처리됩니다.

감사합니다.
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform notice about a change of contact address",
    why="trusted NAVER email naming no item and no request",
    items={},
)


HEADER = """# Blind set 938: ticket systems and threads (Zendesk/Freshdesk/Jira/Help
# Scout receipts and results, solved tickets, follow-ups, replies to our
# reminders, partial answers, forwarded mail). Written by make.py; expected
# results written from each email's meaning before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind938", HEADER, cases)
