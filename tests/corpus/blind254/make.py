#!/usr/bin/env python3
"""Blind corpus set 254: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; expected results were written from each email's meaning before the
reader was ever run on them.

    python3 tests/corpus/blind254/make.py

is deterministic: it rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind254"


def enc(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1 = "KCSC-240903-01"  # telegram, 3 items
R2 = "KCSC-240905-02"  # x, 13 items (largest)
R3 = "KCSC-240909-03"  # youtube, 4 items
R4 = "KCSC-240910-04"  # naver, 5 items
R5 = "KCSC-240911-05"  # kakao, 3 items
R6 = "KCSC-240912-06"  # discord, 1 item
R7 = "KCSC-240913-07"  # x, 2 items

TG1 = "https://t.me/amber_lantern_chat/4410"
TG2 = "https://t.me/amber_lantern_chat/4417"
TG3 = "https://t.me/quiet_ferry_drops/982"

X = [
    "https://x.com/pale_orchid_91/status/1831204411870000101",   # X[0]
    "https://x.com/pale_orchid_91/status/1831204411870000102",   # X[1]
    "https://x.com/nightmarket_kr/status/1831310022450000203",   # X[2]
    "https://x.com/nightmarket_kr/status/1831310022450000204",   # X[3]
    "https://x.com/hanbit_relay/status/1831402230010000305",     # X[4]
    "https://x.com/hanbit_relay",                                # X[5]
    "https://x.com/copperwren_77/status/1831511190330000407",    # X[6]
    "https://x.com/copperwren_77/status/1831511190330000408",    # X[7]
    "https://x.com/slate_harbor/status/1831620047700000509",     # X[8]
    "https://x.com/slate_harbor/status/1831620047700000510",     # X[9]
    "https://x.com/mokpo_tidewatch/status/1831733318800000611",  # X[10]
    "https://x.com/mokpo_tidewatch/status/1831733318800000612",  # X[11]
    "https://x.com/dawnkite_2/status/1831844401200000713",       # X[12]
]

YT1 = "https://www.youtube.com/watch?v=Qm7rTz2LpXa"
YT2 = "https://www.youtube.com/watch?v=bW4nHs8KdE0"
YT3 = "https://www.youtube.com/@cinderloop_tv"
YT4 = "https://www.youtube.com/shorts/Yt5cVw1xRgQ"

NV1 = "https://blog.naver.com/misty_juniper/223561180001"
NV2 = "https://blog.naver.com/misty_juniper/223561180077"
NV3 = "https://cafe.naver.com/greenlanternmarket/88120"
NV4 = "https://cafe.naver.com/greenlanternmarket/88154"
NV5 = "https://m.blog.naver.com/haneul_cart/223571120045"

KK1 = "https://cafe.daum.net/violetpier/Fq2b/311"
KK2 = "https://sunset-owl.tistory.com/entry/%ED%8C%90%EB%A7%A4-%EC%95%88%EB%82%B4"
KK2_RAW = "https://sunset-owl.tistory.com/entry/판매-안내"
KK3 = "https://sunset-owl.tistory.com/57"

DC1 = "https://discord.com/channels/1180044120011122233/1180044120011122240/1281990012345678901"

XB1 = "https://x.com/lumen_carp/status/1834470012300000801"
XB2 = "https://x.com/lumen_carp/status/1834470012300000802"

REQUESTS = [
    (R1, "telegram", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00", [TG1, TG2, TG3],
     "illegal-gambling", "gambling channel posts"),
    (R2, "x", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", X,
     "drugs", "drug sale posts and one account"),
    (R3, "youtube", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", [YT1, YT2, YT3, YT4],
     "fraud", "investment scam videos and channel"),
    (R4, "naver", "2024-09-10T11:00:00+09:00", "2024-09-17T23:59:59+09:00", [NV1, NV2, NV3, NV4, NV5],
     "illegal-goods", "blog and cafe sale posts"),
    (R5, "kakao", "2024-09-11T09:45:00+09:00", "2024-09-18T23:59:59+09:00", [KK1, KK2, KK3],
     "illegal-goods", "Daum cafe and Tistory posts"),
    (R6, "discord", "2024-09-12T16:20:00+09:00", "2024-09-19T23:59:59+09:00", [DC1],
     "obscenity", "one server message"),
    (R7, "x", "2024-09-13T10:05:00+09:00", "2024-09-20T23:59:59+09:00", [XB1, XB2],
     "defamation", "two posts of one account"),
]


def req_id(ref):
    return f"req.{ref}"


def reminder_headers(ref, day):
    return [
        f"In-Reply-To: <reminder.{ref}.{day}@kcsc.example>",
        f"References: <{req_id(ref)}@kcsc.example> <reminder.{ref}.{day}@kcsc.example>",
    ]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, f"{req_id(ref)}@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# Our own request R2 as it appears quoted under an Outlook top-post.
R2_REQUEST_TEXT = "\n".join(
    ["Dear X Corp.,", "",
     "Under Article 21 of the Act on the Establishment and Operation of the Korea",
     "Communications Standards Commission we request the removal of the following",
     "13 items (our reference KCSC-240905-02):", ""]
    + [f"{i + 1}. {u}" for i, u in enumerate(X)]
    + ["", "Please reply by 12 September 2024.", "", "KCSC Takedown Team"]
)

cases = []


def case(**kw):
    cases.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

# 1 ------------------------------------------------------------------------
case(
    name="tg-zendesk-solved-mixed",
    **{"from": "abuse-desk@telegram.org"},
    name_from="Telegram Abuse Desk",
    date="Fri, 06 Sep 2024 09:40:11 +0000",
    subject="[Telegram] Re: KCSC-240903-01 removal request - Request #88213 solved",
    reply_to_req=req_id(R1),
    body=f"""
##- Please type your reply above this line -##

Your request (88213) has been solved. To reopen it, simply reply to this
email.

Marek (Telegram Abuse Desk)
Sep 6, 2024, 11:40 GMT+2

Hello,

Thank you for your report KCSC-240903-01. Our moderators checked the three
links you sent:

{TG1} - removed
{TG2} - removed
{TG3} - we were unable to locate this message; the link does not lead to an
existing post.

Kind regards,
Marek
Telegram Abuse Desk

----------------------------------------------

KCSC Takedown
Sep 3, 2024, 03:12 GMT+2

Dear Telegram team,

Please remove the content at the following links within 7 days:

{TG1}
{TG2}
{TG3}

Reference: KCSC-240903-01

----------------------------------------------
This email is a service from Telegram Abuse Desk. [QX7RM2-84LD]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's comment on top and the thread history below",
    why="agent comment gives a status per link; the request in the history below is ours and says nothing",
    items={TG1: "removed", TG2: "removed", TG3: "not_found"},
)

# 2 ------------------------------------------------------------------------
case(
    name="tg-reply-to-reminder-gmail-quote",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 07:15:42 +0000",
    subject="Re: Reminder: KCSC-240903-01 - 1 item still pending",
    extra_headers=reminder_headers(R1, "20240916"),
    body=f"""
Hello,

Sorry for the late reply. The post {TG3} was deleted by our moderators
earlier today.

Best,
Telegram Abuse Team

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Reminder for request KCSC-240903-01, sent on 3 September 2024.
> The deadline of 10 September has passed and this item is still pending:
>
>   {TG3}
>
> Items already answered:
>   {TG1}  (removed)
>   {TG2}  (removed)
>
> KCSC Takedown Team
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted human reply to an automated overdue reminder",
    why="one unhedged deletion statement for the pending link; the quoted reminder's statuses are ours",
    items={TG3: "removed", TG1: "pending", TG2: "pending"},
)

# 3 ------------------------------------------------------------------------
case(
    name="tg-freshdesk-angle-brackets",
    **{"from": "legal-desk@telegram.org"},
    name_from="Telegram Legal Desk",
    date="Thu, 05 Sep 2024 13:02:19 +0000",
    subject="Ticket #40771 resolved: KCSC-240903-01",
    reply_to_req=req_id(R1),
    body="""
Dear KCSC,

Ticket #40771 - status changed to Resolved.

After reviewing your request under applicable Korean law, the message
<https://t.me/amber_lantern_chat/4410> has been blocked for users in South
Korea. It is still visible in other countries.

The message <https://t.me/amber_lantern_chat/4417> broke the Telegram Terms
of Service and was deleted from the channel.

You can follow the ticket at https://desk.telegram.org/tickets/40771

Regards,
Telegram Legal Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with the agent's note, URLs in angle brackets",
    why="4410 blocked only in Korea (restricted), 4417 deleted (removed); the ticket page is not an item",
    items={TG1: "restricted", TG2: "removed"},
)

# 4 ------------------------------------------------------------------------
case(
    name="tg-freshdesk-partial-pending",
    **{"from": "legal-desk@telegram.org"},
    name_from="Telegram Legal Desk",
    date="Wed, 04 Sep 2024 16:48:03 +0000",
    subject="Update on ticket #40771 (KCSC-240903-01)",
    reply_to_req=req_id(R1),
    body="""
Hello,

A quick update on ticket #40771 (KCSC-240903-01).

https://t.me/amber_lantern_chat/4417 - deleted.

The other two links are still with the moderators. We will reply on this
ticket once they have decided.

Telegram Legal Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply giving a partial answer on an open ticket",
    why="one link deleted; the two others are explicitly still open and stay pending",
    items={TG2: "removed", TG1: "pending", TG3: "pending"},
)

# 5 ------------------------------------------------------------------------
case(
    name="x-freshdesk-numbered-list",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Fri, 06 Sep 2024 17:03:44 +0000",
    subject="Case 0193-4471-KR: update on your report KCSC-240905-02",
    reply_to_req=req_id(R2),
    body=f"""
Hello,

Thanks for your patience. We have finished reviewing the first part of your
report KCSC-240905-02. Here is where each post stands:

1. {X[0]} - removed for violating our rules on illegal or regulated goods
2. {X[1]} - removed under the same policy
3. {X[2]} - withheld in South Korea in response to your legal demand
4. {X[3]} - we reviewed this post and found no violation of the X Rules or of the local law cited in your request; no action taken
5. {X[4]} - this post no longer exists; we could not find it

We are still working through the rest of your report and will update you in
this case.

X Legal Support
Case 0193-4471-KR
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request case update with a numbered per-post outcome list",
    why="five numbered posts, each with an unhedged outcome; the rest of the request is not mentioned",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected", X[4]: "not_found"},
)

# 6 ------------------------------------------------------------------------
case(
    name="x-followup-thread-with-quoted-update",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 08:21:09 +0000",
    subject="Re: Case 0193-4471-KR: update on your report KCSC-240905-02",
    reply_to_req=req_id(R2),
    body=f"""
Hello again,

Following up on case 0193-4471-KR. We have now reviewed four more items from
your report:

- The account {X[5]} has been permanently suspended.
- {X[6]}: removed.
- {X[7]}: no violation found, the post stays up.
- {X[8]}: withheld in South Korea.

Regards,
X Legal Support

On Fri, Sep 6, 2024 at 5:03 PM X Legal Support <legal@x.com> wrote:
> Hello,
>
> Thanks for your patience. Here is where each post stands:
>
> 1. {X[0]} - removed
> 2. {X[1]} - removed
> 3. {X[2]} - withheld in South Korea
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same X case thread quoting the platform's own previous update",
    why="new statements for four items; the quoted earlier update is quoted text and changes nothing",
    items={X[5]: "removed", X[6]: "removed", X[7]: "rejected", X[8]: "restricted",
           X[0]: "pending", X[2]: "pending"},
)

# 7 ------------------------------------------------------------------------
case(
    name="x-outlook-top-posted-over-request",
    **{"from": "jisoo.han@x.com"},
    name_from="Jisoo Han",
    date="Wed, 11 Sep 2024 02:37:50 +0000",
    subject="RE: KCSC-240905-02 Request for removal of 13 posts",
    reply_to_req=req_id(R2),
    body=f"""
Hi,

We withheld the following two posts in South Korea today:
{X[9]}
{X[10]}

And {X[11]} was removed globally for breaching our rules.

Thanks,
Jisoo Han
Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:30 AM
To: legal@x.com
Subject: KCSC-240905-02 Request for removal of 13 posts

{R2_REQUEST_TEXT}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply from a platform staffer over our original request",
    why="three posts answered above the Original Message; the 13 URLs of our request below are not statements",
    items={X[9]: "restricted", X[10]: "restricted", X[11]: "removed", X[0]: "pending", X[12]: "pending"},
)

# 8 ------------------------------------------------------------------------
case(
    name="x-bare-url-status-below",
    **{"from": "noreply-legal@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 11:12:30 +0000",
    subject="[Case 0193-4471-KR] Your report has been updated",
    reply_to_req=req_id(R2),
    body=f"""
Case number: 0193-4471-KR
Your reference: KCSC-240905-02

Update on reported content

{X[2]}
Status: Withheld in South Korea

{X[3]}
Status: No violation found - content remains available

{X[12]}
Status: Removed

To learn how we handle legal requests, see
https://help.x.com/en/rules-and-policies/legal-request-faq

This is an automated message from our case system. Replies to this address
are added to your case.
""",
    outcome="applied", classification="confirmation",
    imitates="X case-system status notification: bare URL with 'Status:' on the line below",
    why="each URL's status is on the next line; the help-page link is not an item",
    items={X[2]: "restricted", X[3]: "rejected", X[12]: "removed"},
)

# 9 ------------------------------------------------------------------------
case(
    name="x-statement-then-url-below",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Sat, 07 Sep 2024 03:55:01 +0000",
    subject="Re: KCSC-240905-02",
    reply_to_req=req_id(R2),
    body=f"""
Hello KCSC team,

An update on your report KCSC-240905-02.

The following posts were found to break our rules and have been removed:
    {X[0]}
    {X[1]}

The following post has been withheld in South Korea only:
    {X[6]}

Nothing else has changed on this case since our last message.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply with a statement line followed by the indented URLs it covers",
    why="statements stand on the line above their URLs; two removed, one withheld in Korea",
    items={X[0]: "removed", X[1]: "removed", X[6]: "restricted"},
)

# 10 -----------------------------------------------------------------------
case(
    name="x-echoed-report-blocks",
    **{"from": "noreply-legal@x.com"},
    name_from="X Legal",
    date="Fri, 13 Sep 2024 06:30:00 +0000",
    subject="Your report case 0193-4471-KR has been updated",
    reply_to_req=req_id(R2),
    body=f"""
Your report, case 0193-4471-KR (reference KCSC-240905-02), has been updated.

---------------------------------------------
Reported content: {X[10]}
Reported by: Korea Communications Standards Commission
Reason given: Illegal sale of drugs
Outcome: Removed - violates the X rules on illegal goods and services
---------------------------------------------
Reported content: {X[11]}
Reported by: Korea Communications Standards Commission
Reason given: Illegal sale of drugs
Outcome: Not actioned - the post had already been deleted by the account
holder before our review
---------------------------------------------

You can reply to this email to add information to the case.
""",
    outcome="applied", classification="confirmation",
    imitates="case-system update echoing the fields of the report form with an Outcome line per post",
    why="611 removed; 612 already deleted by its author (not_found) despite the words 'Not actioned'",
    items={X[10]: "removed", X[11]: "not_found"},
)

# 11 -----------------------------------------------------------------------
case(
    name="x-wrapped-angle-urls",
    **{"from": "jisoo.han@x.com"},
    name_from="Jisoo Han",
    date="Fri, 13 Sep 2024 09:14:27 +0000",
    subject="RE: KCSC-240905-02 two more posts",
    reply_to_req=req_id(R2),
    body="""
Hi,

Re: KCSC-240905-02

The post <https://x.com/mokpo_tidewatch/status/
1831733318800000611> is now withheld in South Korea.

The post <https://x.com/dawnkite_2/status/1831844401200000713> has been
removed.

Best,
Jisoo
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from Outlook whose line wrapping broke a long URL inside angle brackets",
    why="611 withheld in Korea (URL wrapped inside <>), 713 removed",
    items={X[10]: "restricted", X[12]: "removed"},
)

# 12 -----------------------------------------------------------------------
X_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Your case <b>0193-4471-KR</b> (reference KCSC-240905-02) has been <b>resolved</b>.
The decisions on the posts we reviewed in this round are below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Content not found</td><td>No post exists at this address</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>Account suspended</td><td>Repeated violations of the X Rules</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>No action</td><td>Does not violate the X Rules or local law</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld</td><td>Withheld in: KR</td></tr>
</table>
<p>If you believe a decision is wrong, you can reply to this email.</p>
<p>X Legal Support<br><a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a></p>
</body></html>"""
case(
    name="x-html-resolved-case",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Sat, 14 Sep 2024 01:02:03 +0000",
    subject="Case 0193-4471-KR resolved",
    reply_to_req=req_id(R2),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="==x12alt=="

--==x12alt==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Your case 0193-4471-KR (reference KCSC-240905-02) has been resolved.
The decisions on the posts we reviewed in this round are below.

{X[4]}  Content not found - No post exists at this address
{X[5]}  Account suspended - Repeated violations of the X Rules
{X[7]}  No action - Does not violate the X Rules or local law
{X[9]}  Withheld - Withheld in: KR

If you believe a decision is wrong, you can reply to this email.

X Legal Support

--==x12alt==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_HTML}
--==x12alt==--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket 'case resolved' email with an HTML decision table and a plain-text alternative",
    why="table rows: not found, account suspended (removed), no action (rejected), withheld in KR (restricted)",
    items={X[4]: "not_found", X[5]: "removed", X[7]: "rejected", X[9]: "restricted"},
)

# 13 -----------------------------------------------------------------------
case(
    name="x-reply-to-reminder-remaining",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Thu, 19 Sep 2024 05:41:12 +0000",
    subject="RE: Reminder: KCSC-240905-02 - 3 items overdue",
    extra_headers=reminder_headers(R2, "20240919"),
    body=f"""
Hi KCSC team,

Apologies for the delay on this one. Answers for the posts your reminder lists
as still open:

{X[3]} - we looked again with the additional context you gave and have now removed it.
{X[8]} - removed.
{X[12]} - not found; the link returns no post.

All other posts in the request were answered in our earlier messages.

X Legal Support

________________________________
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240905-02 - 3 items overdue

The deadline of request KCSC-240905-02 (12 September 2024) has passed.
These items are still pending:

{X[3]}
{X[8]}
{X[12]}
""",
    outcome="applied", classification="confirmation",
    imitates="human reply to an overdue reminder, Outlook header block over the reminder",
    why="three unhedged statements above the quoted reminder; 'answered earlier' says nothing new",
    items={X[3]: "removed", X[8]: "removed", X[12]: "not_found"},
)

# 14 -----------------------------------------------------------------------
case(
    name="x2-partial-one-of-two",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Mon, 16 Sep 2024 10:20:00 +0000",
    subject="Re: KCSC-240913-07 removal request",
    reply_to_req=req_id(R7),
    body=f"""
Hello,

Regarding your request KCSC-240913-07:

We removed {XB1} for violating our rules on abuse and harassment.

The second post in your request is still with our team; we will write again
once a decision has been made.

X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a two-item legal request",
    why="801 removed; 802 is not named and explicitly undecided",
    items={XB1: "removed", XB2: "pending"},
)

# 15 -----------------------------------------------------------------------
case(
    name="x2-followup-second-post",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Thu, 19 Sep 2024 08:02:45 +0000",
    subject="Re: KCSC-240913-07 removal request",
    reply_to_req=req_id(R7),
    body=f"""
Hello,

Our team has finished reviewing {XB2}. It does not violate the X Rules and we
found no basis under Korean law to restrict it, so it will stay up.

X Legal Support

On Mon, Sep 16, 2024 at 10:20 AM X Legal Support <legal@x.com> wrote:
> Hello,
>
> Regarding your request KCSC-240913-07:
>
> We removed {XB1} for violating our rules on abuse and harassment.
>
> The second post in your request is still with our team.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same thread closing the second item, earlier answer quoted with '>'",
    why="802 refused with reasons (rejected); the quoted removal of 801 is quoted text",
    items={XB2: "rejected", XB1: "pending"},
)

# 16 -----------------------------------------------------------------------
case(
    name="yt-jira-comment-notification",
    **{"from": "jira-legal@google.com"},
    name_from="YouTube Legal Support (Jira)",
    date="Thu, 12 Sep 2024 04:18:33 +0000",
    subject="[JIRA] (LGL-4471) KCSC-240909-03 removal request - comment added",
    reply_to_req=req_id(R3),
    body=f"""
Min-jun Seo commented on LGL-4471
Re: KCSC-240909-03 removal request
---------------------------------------

Hello, we have completed our review of two of the videos:

{YT1} was removed for violating our Community Guidelines.

{YT2} has been age-restricted; it can no longer be watched by signed-out
viewers or viewers under 18.

The channel and the Short from your request are still under review.

---------------------------------------
View request: https://legal-support.google.com/servicedesk/LGL-4471
Turn off this request's notifications

This message was sent by Atlassian Jira Service Management (v9.12.4)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'comment added' customer notification",
    why="one video removed, one age-restricted; the channel and the Short stay pending",
    items={YT1: "removed", YT2: "restricted", YT3: "pending", YT4: "pending"},
)

# 17 -----------------------------------------------------------------------
YT_CSV = (
    "url,outcome,policy\n"
    f"{YT1},Removed,Harmful or dangerous content\n"
    f"{YT2},Age-restricted,Age-restricted content\n"
    f"{YT3},Channel terminated,Repeated violations\n"
    f"{YT4},No action - does not violate policy,\n"
)
case(
    name="yt-csv-attachment-base64",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 02:00:10 +0000",
    subject="Request LGL-4471 closed - KCSC-240909-03 outcome",
    reply_to_req=req_id(R3),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==yt17mix=="

--==yt17mix==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Request LGL-4471 (your reference KCSC-240909-03) has been closed. The
decision for each reported URL is in the attached file.

YouTube Legal Support

--==yt17mix==
Content-Type: text/csv; charset=utf-8; name="LGL-4471-outcome.csv"
Content-Disposition: attachment; filename="LGL-4471-outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--==yt17mix==--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket closed notice whose per-URL outcomes are in a base64 CSV attachment",
    why="the CSV gives one outcome for each of the four items",
    items={YT1: "removed", YT2: "restricted", YT3: "removed", YT4: "rejected"},
)

# 18 -----------------------------------------------------------------------
case(
    name="yt-gmail-top-posted",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 18 Sep 2024 01:33:48 +0000",
    subject="Re: KCSC-240909-03 two videos",
    reply_to_req=req_id(R3),
    body=f"""
Hi there,

Thanks for following up. The video at {YT2} is no longer on YouTube: we
removed it under our harassment and cyberbullying policy.

For {YT1} we couldn't find any video; the ID doesn't match anything on our
side, so please double-check the link.

Best regards,
YouTube Legal Support

On Tue, Sep 17, 2024 at 10:05 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Could you tell us what happened to these two videos from our request
> KCSC-240909-03?
> {YT2}
> {YT1}
>
> KCSC Takedown Team
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted answer to our follow-up question in the same thread",
    why="bW4 removed; Qm7 could not be found (not_found); 'please double-check' is advice, not a demand",
    items={YT2: "removed", YT1: "not_found"},
)

# 19 -----------------------------------------------------------------------
case(
    name="yt-policy-links-channel-terminated",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 07:45:00 +0000",
    subject="Re: KCSC-240909-03 removal request [LGL-4471]",
    reply_to_req=req_id(R3),
    body=f"""
Hello,

We have reviewed the remaining content from your request KCSC-240909-03.

The channel {YT3} has been terminated for repeated violations of our spam,
deceptive practices and scams policies
(https://support.google.com/youtube/answer/2801973). Its videos are no longer
available.

The Short at {YT4} does not violate our Community Guidelines, and we found no
grounds to block it locally, so we are not taking action on it.

Creators can appeal our decisions as described at
https://support.google.com/youtube/answer/185111.

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply with a channel termination and a refusal, plus policy links",
    why="channel terminated (removed), Short refused (rejected); the support.google.com links are not items",
    items={YT3: "removed", YT4: "rejected"},
)

# 20 -----------------------------------------------------------------------
case(
    name="naver-ticket-korean-results",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Wed, 11 Sep 2024 06:10:00 +0000",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240910-04)"),
    reply_to_req=req_id(R4),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240910-04)에 대한 처리 결과를 안내드립니다.

■ 문의번호: 2024091100417

1) {NV1}
   → 운영정책 위반으로 게시물을 삭제하였습니다.
2) {NV2}
   → 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
3) {NV3}
   → 게시중단 조치하였습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

본 메일은 발신전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer email with a numbered 처리 결과 list",
    why="삭제 (removed), 임시조치 (restricted), 게시중단 (removed); the rest are promised later",
    items={NV1: "removed", NV2: "restricted", NV3: "removed"},
)

# 21 -----------------------------------------------------------------------
NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240910-04</b> 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV1}</td><td>삭제</td><td>2024-09-12 처리</td></tr>
<tr><td>2</td><td>{NV2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{NV3}</td><td>게시중단</td><td>-</td></tr>
<tr><td>4</td><td>{NV4}</td><td>게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>5</td><td>{NV5}</td><td>조치 불가</td><td>위반 사항 확인되지 않음</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-html-table-qp",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 08:30:00 +0000",
    subject=enc("[시정요구 조치결과] KCSC-240910-04 회신"),
    reply_to_req=req_id(R4),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(NV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply as a quoted-printable HTML table",
    why="one row per item: 삭제, 임시조치, 게시중단, 게시물 없음(작성자 삭제), 조치 불가(위반 없음)",
    items={NV1: "removed", NV2: "restricted", NV3: "removed", NV4: "not_found", NV5: "rejected"},
)

# 22 -----------------------------------------------------------------------
case(
    name="naver-followup-reply-to-reminder",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Thu, 19 Sep 2024 04:05:00 +0000",
    subject=enc("RE: [독촉] KCSC-240910-04 미처리 2건"),
    extra_headers=reminder_headers(R4, "20240919"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.
답변이 늦어져 죄송합니다. 독촉 메일에서 미처리로 표시된 2건의 결과를 알려드립니다.

- {NV2} : 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.
- {NV4} : 접근 제한(임시조치) 처리하였습니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: policy@navercorp.com
Sent: 2024-09-19 (목) 09:00:00
Subject: [독촉] KCSC-240910-04 미처리 2건

처리 기한(9월 17일)이 지났으나 아래 게시물에 대한 회신을 받지 못했습니다.
{NV2}
{NV4}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Works-style reply to our Korean reminder (독촉) with the original below",
    why="077 deleted by its author (not_found); 88154 접근 제한/임시조치 (restricted)",
    items={NV2: "not_found", NV4: "restricted"},
)

# 23 -----------------------------------------------------------------------
case(
    name="kakao-helpscout-korean",
    **{"from": "cs@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Fri, 13 Sep 2024 05:25:00 +0000",
    subject=enc("[카카오 고객센터] 문의 #2409-118342 답변 (KCSC-240911-05)"),
    reply_to_req=req_id(R5),
    body=f"""
## 이 줄 위에 답장을 작성해 주시면 상담 내역에 추가됩니다 ##

안녕하세요, 카카오 고객센터입니다.
문의번호 #2409-118342 (KCSC-240911-05) 처리 결과를 알려드립니다.

· 다음 카페 게시글 {KK1}
  운영정책 위반으로 블라인드 처리되었습니다.
· 티스토리 글 {KK2_RAW}
  비공개 처리하였습니다.
· {KK3}
  검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

상담원 김서연 드림
카카오 고객센터 https://cs.kakao.com
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style Kakao customer-centre answer with a 'reply above this line' marker",
    why="블라인드 and 비공개 처리 are removed (Korean path written raw); no violation found is rejected",
    items={KK1: "removed", KK2: "removed", KK3: "rejected"},
)

# 24 -----------------------------------------------------------------------
KK_B64_TEXT = f"""안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240911-05 요청 건에 대해 답변드립니다.

{KK1}은 게시중단 조치를 완료했습니다.
티스토리 게시글（{KK3}）은 작성자가 이미 삭제하여 존재하지 않습니다.

나머지 1건은 확인 중이며, 결과가 나오는 대로 다시 연락드리겠습니다.

카카오 권리침해신고센터
"""
case(
    name="kakao-base64-korean-particles",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Sat, 14 Sep 2024 02:11:00 +0000",
    subject=enc("Re: KCSC-240911-05 게시물 조치 요청 회신"),
    reply_to_req=req_id(R5),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KK_B64_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report-centre reply in a base64 body, URLs glued to Korean particles and full-width brackets",
    why="cafe post 게시중단 (removed); Tistory 57 deleted by its author (not_found); the third is still being checked",
    items={KK1: "removed", KK3: "not_found", KK2: "pending"},
)

# 25 -----------------------------------------------------------------------
case(
    name="discord-zendesk-solved-sole",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 19:05:00 +0000",
    subject="Re: KCSC-240912-06 - Your request has been solved [#7734102]",
    reply_to_req=req_id(R6),
    body="""
##- Please type your reply above this line -##

Hi there,

Thanks for flagging this to us. Our Safety team reviewed the message you
reported and removed it, and we took action against the account that posted
it.

We'll mark this ticket as solved. If you have more reports, just reply to
this email.

Discord Trust & Safety

This email is a service from Discord Safety.
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request solved' reply",
    why="one-item request: an unhedged removal of 'the message you reported' applies to it",
    items={DC1: "removed"},
)

# 26 -----------------------------------------------------------------------
case(
    name="discord-followup-reminder-rejected",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Fri, 20 Sep 2024 00:40:00 +0000",
    subject="Re: Reminder: KCSC-240912-06 - 1 item overdue",
    extra_headers=reminder_headers(R6, "20240920"),
    body=f"""
Hello,

Thanks for the reminder about KCSC-240912-06, and sorry we did not close the
loop sooner.

We reviewed {DC1}
and it does not violate Discord's Community Guidelines or Terms of Service,
so we did not remove it. If you have a court order or other legal process
for this content, you can send it through our legal request portal.

Discord Legal
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal team's reply to an overdue reminder refusing removal",
    why="reviewed and not removed because it breaks no rule (rejected); the portal pointer is not a demand",
    items={DC1: "rejected"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

# 27 -----------------------------------------------------------------------
case(
    name="x-promise-will-remove",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject="Re: Case 0193-4471-KR (KCSC-240905-02)",
    reply_to_req=req_id(R2),
    body=f"""
Hello,

Thanks for your report KCSC-240905-02. Our team has confirmed that the
following posts break our rules, and they will be removed within the next 24
hours:

{X[7]}
{X[9]}

We will confirm once this is done.

X Legal Support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="agent reply promising removal within a day",
    why="'will be removed' is a promise, not a statement: items stay pending",
    items={X[7]: "pending", X[9]: "pending"},
)

# 28 -----------------------------------------------------------------------
case(
    name="yt-hedge-appears-unavailable",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 23:50:00 +0000",
    subject="Re: KCSC-240909-03 removal request [LGL-4471]",
    reply_to_req=req_id(R3),
    body=f"""
Hi,

Looking at request KCSC-240909-03: the video {YT1} appears to have been made
unavailable already, possibly by the uploader. I have asked the policy team to
confirm and will get back to you.

Thanks,
Hyun-woo
YouTube Legal Support
""",
    outcome="review", classification="other", review="not_understood",
    imitates="first-line agent's tentative note before the policy team answers",
    why="'appears to have been' is a hedge; nothing is stated",
    items={YT1: "pending"},
)

# 29 -----------------------------------------------------------------------
case(
    name="yt-conditional-counter-notice",
    **{"from": "jira-legal@google.com"},
    name_from="YouTube Legal Support (Jira)",
    date="Wed, 11 Sep 2024 03:30:00 +0000",
    subject="[JIRA] (LGL-4471) KCSC-240909-03 removal request - comment added",
    reply_to_req=req_id(R3),
    body=f"""
Min-jun Seo commented on LGL-4471
Re: KCSC-240909-03 removal request
---------------------------------------

We have notified the uploader of {YT4}.
If the uploader does not send a counter-notification within 10 business days,
the Short will be removed.

---------------------------------------
View request: https://legal-support.google.com/servicedesk/LGL-4471

This message was sent by Atlassian Jira Service Management (v9.12.4)
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Jira comment announcing a conditional removal after a notice period",
    why="removal depends on a condition in the future; the Short stays pending",
    items={YT4: "pending"},
)

# 30 -----------------------------------------------------------------------
case(
    name="kakao-still-under-review",
    **{"from": "report@kakaocorp.com"},
    name_from=enc("카카오 권리침해신고센터"),
    date="Wed, 18 Sep 2024 07:00:00 +0000",
    subject=enc("Re: [독촉] KCSC-240911-05 처리 현황"),
    extra_headers=reminder_headers(R5, "20240918"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

문의하신 KCSC-240911-05 건의 처리 현황을 안내드립니다.

- {KK1} : 담당 부서 검토 중
- {KK3} : 담당 부서 검토 중

검토가 끝나는 대로 결과를 회신드리겠습니다. 양해 부탁드립니다.
""",
    outcome="review", classification="other", review="not_understood",
    imitates="Korean status reply to a reminder listing each post as 검토 중 (under review)",
    why="'under review' per item is not a status; names requested items, so review",
    items={KK1: "pending", KK3: "pending"},
)

# 31 -----------------------------------------------------------------------
case(
    name="tg-bulk-all-reported-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 10:00:00 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req=req_id(R1),
    body="""
Hello,

Your request KCSC-240903-01 has been processed. All the content reported in
it has been removed from Telegram.

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="short abuse-desk closing reply covering a whole multi-item report",
    why="statement about all items of a three-item request without naming them: bulk",
    items={TG1: "pending", TG2: "pending", TG3: "pending"},
)

# 32 -----------------------------------------------------------------------
case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject=enc("RE: KCSC-240910-04 게시물 조치 요청"),
    reply_to_req=req_id(R4),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240910-04로 요청하신 게시물 5건은 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="NAVER one-line completion notice for a whole request (모두 게시중단)",
    why="all five items in one sentence without naming any: bulk",
    items={NV1: "pending", NV2: "pending", NV3: "pending", NV4: "pending", NV5: "pending"},
)

# 33 -----------------------------------------------------------------------
case(
    name="x-untrusted-auth-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    auth="fail",
    date="Wed, 11 Sep 2024 15:15:15 +0000",
    subject="Case 0193-4471-KR: update (KCSC-240905-02)",
    reply_to_req=req_id(R2),
    body=f"""
Hello,

Update on case 0193-4471-KR:

{X[2]} - removed
{X[3]} - removed

X Legal Support
""",
    outcome="review", classification="confirmation", review="untrusted",
    imitates="case update whose DKIM/SPF/DMARC all fail (forged or broken relay)",
    why="platform domain but authentication fails: nothing applies",
    items={X[2]: "pending", X[3]: "pending"},
)

# 34 -----------------------------------------------------------------------
case(
    name="unknown-sender-outsourced-helpdesk",
    **{"from": "support@xlegal-help.zendesk.com"},
    name_from="X Support",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="[X Support] Re: KCSC-240905-02 - Request #552019 has been solved",
    reply_to_req=req_id(R2),
    body=f"""
##- Please type your reply above this line -##

Your request (552019) has been solved. To reopen it, simply reply to this
email.

Daniel (X Support)
Sep 12, 2024, 03:03 UTC

Hello,

The following posts from KCSC-240905-02 were actioned:
{X[2]}
{X[4]}

Regards,
Daniel
""",
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="Zendesk 'solved' notice sent from a hosted helpdesk subdomain, not the platform's own domain",
    why="zendesk.com is not a configured X sender: unknown sender, nothing applies",
    items={X[2]: "pending", X[4]: "pending"},
)

# 35 -----------------------------------------------------------------------
case(
    name="yt-wrong-platform-telegram-link",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 06:06:00 +0000",
    subject="Re: KCSC-240909-03 additional link [LGL-4471]",
    reply_to_req=req_id(R3),
    body=f"""
Hello,

In your last message you added the link {TG2}.
This is not content hosted on YouTube, and we were unable to locate it on any
Google service. You may want to contact the service that hosts it directly.

YouTube Legal Support
""",
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="YouTube support pointing out a link that belongs to another service",
    why="Google states 'unable to locate' for a Telegram item: wrong platform, nothing applies",
    items={TG2: "pending"},
)

# 36 -----------------------------------------------------------------------
case(
    name="x-asks-more-legal-basis",
    **{"from": "legal@x.com"},
    name_from="X Legal Support",
    date="Mon, 09 Sep 2024 09:09:09 +0000",
    subject="Case 0193-4471-KR: more information needed (KCSC-240905-02)",
    reply_to_req=req_id(R2),
    body=f"""
Hello,

Before we can act on the posts below, we need more information. Please reply
with the specific provision of Korean law each post violates and, if
available, a copy of the decision of the Commission:

{X[6]}
{X[11]}

We will keep this case open for 14 days while we wait for your reply.

X Legal Support
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="X legal case email asking for the legal basis before acting",
    why="asks us for documents for two items; no decision",
    items={X[6]: "pending", X[11]: "pending"},
)

# 37 -----------------------------------------------------------------------
case(
    name="discord-csat-survey-no-claims",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Sun, 22 Sep 2024 19:00:00 +0000",
    subject="How did we do? Rate your recent Discord support request",
    body="""
Hi,

Your recent support request #7734102 was closed. We would love to hear how
it went.

How would you rate the support you received?

  Good, I'm satisfied:  https://support.discord.com/survey/7734102/good
  Bad, I'm unsatisfied: https://support.discord.com/survey/7734102/bad

Thanks for helping us improve,
Discord Support
""",
    outcome="review", classification="other", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket closes",
    why="trusted Discord mail naming no item and none of our references: no claims",
    items={},
)

# 38 -----------------------------------------------------------------------
case(
    name="yt-forwarded-team-answer",
    **{"from": "sypark@google.com"},
    name_from="Seo-yeon Park",
    date="Thu, 19 Sep 2024 02:20:00 +0000",
    subject="Fwd: KCSC-240909-03 policy review result",
    reply_to_req=req_id(R3),
    body=f"""
FYI, forwarding the policy team's answer below.

Seo-yeon

---------- Forwarded message ---------
From: YouTube Trust & Safety <ts-noreply@youtube.com>
Date: Wed, Sep 18, 2024 at 6:12 PM
Subject: KCSC-240909-03 policy review result
To: Seo-yeon Park <sypark@google.com>

Review completed.

{YT1} - removed (Harmful or dangerous content)
{YT2} - age-restricted
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Google staffer forwarding an internal Trust & Safety result without a statement of her own",
    why="the statements are inside a forwarded message; a person should confirm before applying",
    items={YT1: "pending", YT2: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

# 39 -----------------------------------------------------------------------
case(
    name="x2-zendesk-receipt-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Fri, 13 Sep 2024 01:06:00 +0000",
    subject="[Case 0193-5120-KR] We received your report (KCSC-240913-07)",
    reply_to_req=req_id(R7),
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
##- Please type your reply above this line -##

Thanks for contacting X. We have received your request and assigned it case
number 0193-5120-KR. A member of our team will review it; you don't need to
reply to this email.

Your request:
-------------------------------------------------
Subject: KCSC-240913-07 removal request
Please remove the following two posts:
{XB1}
{XB2}
-------------------------------------------------

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk auto-acknowledgement that echoes the original request below",
    why="pure receipt; the echoed URLs are our own request text",
    items={XB1: "pending", XB2: "pending"},
)

# 40 -----------------------------------------------------------------------
case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 10 Sep 2024 02:05:00 +0000",
    subject=enc("[접수완료] 문의가 정상적으로 접수되었습니다 (KCSC-240910-04)"),
    reply_to_req=req_id(R4),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

■ 문의번호: 2024091100417
■ 요청번호: KCSC-240910-04
■ 접수 게시물: 총 5건
■ 처리 상태: 접수

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre [접수완료] receipt",
    why="receipt with a ticket number and count only; nothing about any item",
    items={},
)

# 41 -----------------------------------------------------------------------
case(
    name="tg-out-of-office",
    **{"from": "marek.d@telegram.org"},
    name_from="Marek D.",
    date="Wed, 04 Sep 2024 01:12:40 +0000",
    subject="Automatic reply: KCSC-240903-01 removal request",
    reply_to_req=req_id(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I am out of the office until 9 September with limited access to email.
Your message has not been forwarded. For urgent abuse reports please write
to abuse@telegram.org.

Marek
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply",
    items={},
)

# 42 -----------------------------------------------------------------------
DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: Reminder: KCSC-240910-04 - 2 items overdue
Date: Thu, 19 Sep 2024 00:00:00 +0000
Message-ID: <reminder.KCSC-240910-04.20240919b@kcsc.example>
Content-Type: text/plain; charset=utf-8

The deadline of request KCSC-240910-04 has passed. These items are pending:
{NV2}
{NV4}
"""
case(
    name="dsn-bounce-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Thu, 19 Sep 2024 00:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="==dsn42=="

--==dsn42==
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mx1.navercorp.com[198.51.100.25] said:
    550 5.1.1 Recipient address rejected: User unknown

--==dsn42==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 00:00:01 +0000

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--==dsn42==
Content-Type: message/rfc822

{DSN_ORIG}
--==dsn42==--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder; the URLs are in the returned message",
    items={NV2: "pending", NV4: "pending"},
)

# 43 -----------------------------------------------------------------------
case(
    name="kakao-mdn-read-receipt",
    **{"from": "jiho.lee@kakaocorp.com"},
    name_from="Jiho Lee",
    date="Thu, 12 Sep 2024 00:31:00 +0000",
    subject="Read: KCSC-240911-05 removal request",
    reply_to_req=req_id(R5),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="==mdn43=="

--==mdn43==
Content-Type: text/plain; charset=utf-8

Your message

  To: report@kakaocorp.com
  Subject: KCSC-240911-05 removal request
  Sent: Wednesday, September 11, 2024 9:45 AM (UTC+09:00) Seoul

was read on Thursday, September 12, 2024 9:31 AM (UTC+09:00) Seoul.

--==mdn43==
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; jiho.lee@kakaocorp.com
Original-Message-ID: <req.KCSC-240911-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==mdn43==--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# 44 -----------------------------------------------------------------------
case(
    name="discord-holiday-autoreply",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    date="Mon, 16 Sep 2024 00:02:00 +0000",
    subject="Re: KCSC-240912-06 removal request [auto-reply]",
    reply_to_req=req_id(R6),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Thanks for your email.

Our Korea legal desk is closed for the Chuseok holidays from 16 to 18
September. Messages received during this time will be answered in order after
we return. This is an automatic reply.

Discord Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="Help Scout mailbox auto-reply announcing a holiday closure",
    why="automatic holiday notice; says nothing about the item",
    items={},
)

HEADER = """# Blind set 254 (ticket systems and threads), written by make.py.
# Expected results written from each email's meaning before any run of the
# reader. Each case is judged alone on a fresh ledger holding requests.csv."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
