#!/usr/bin/env python3
"""Blind set 170: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is written in our own sentences,
with fictional URLs, names and ids. Expected results were written from each
email's meaning alone, before the reader was ever run on this set.

    python3 tests/corpus/blind170/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
TISTORY_ENC = "https://moonbit-note.tistory.com/entry/%EB%8C%80%EB%A6%AC%EA%B5%AC%EB%A7%A4-%EC%95%88%EB%82%B4"
TISTORY_RAW = "https://moonbit-note.tistory.com/entry/대리구매-안내"
NAVER_POSTVIEW = "https://blog.naver.com/PostView.naver?blogId=haneul_shop&logNo=223581234567"

TG = [
    "https://t.me/moonlit_bazaar/101",
    "https://t.me/moonlit_bazaar/102",
    "https://t.me/moonlit_bazaar/117",
    "https://t.me/moonlit_bazaar/130",
    "https://t.me/grey_ferry_chat/2048",
    "https://t.me/grey_ferry_chat/2051",
    "https://t.me/grey_ferry_chat/2077",
    "https://t.me/pinecone_depot/9",
    "https://t.me/pinecone_depot/15",
    "https://t.me/pinecone_depot/16",
    "https://t.me/lantern_yard/330",
    "https://t.me/lantern_yard/331",
    "https://t.me/lantern_yard/402",
    "https://t.me/copper_kettle_kr/58",
]
X = [
    "https://x.com/velvet_orchid99/status/1831000000000000101",
    "https://x.com/velvet_orchid99/status/1831000000000000102",
    "https://x.com/saltmarsh_kr/status/1831000000000000233",
    "https://x.com/nightowl_dealer/status/1831000000000000344",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3tLx9aB2c",
    "https://www.youtube.com/watch?v=Hr7pWd1Kx0e",
    "https://www.youtube.com/shorts/Zt4nVb8Ye1f",
]
NV = [
    "https://blog.naver.com/sunny_teapot/223580000101",
    "https://blog.naver.com/sunny_teapot/223580000117",
    "https://cafe.naver.com/dalbit_market/48211",
    "https://cafe.naver.com/dalbit_market/48230",
    NAVER_POSTVIEW,
]
KK = [
    "https://cafe.daum.net/bamhaneul77/Kx9q/412",
    "https://cafe.daum.net/bamhaneul77/Kx9q/415",
    TISTORY_ENC,
]
TT = ["https://www.tiktok.com/@dawnfox_kr/video/7412000000000000123"]
X1 = ["https://x.com/amber_lane_7/status/1833000000000000777"]

REQUESTS = [
    ("KCSC-240902-01", "telegram", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", TG, "drugs", "req-240902-01"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", X, "drugs", "req-240904-02"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", YT, "gambling", "req-240905-03"),
    ("KCSC-240906-04", "naver", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", NV, "illegal_trade", "req-240906-04"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", KK, "illegal_trade", "req-240909-05"),
    ("KCSC-240910-06", "tiktok", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", TT, "gambling", "req-240910-06"),
    ("KCSC-240911-07", "x", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", X1, "drugs", "req-240911-07"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid in REQUESTS:
        for i, u in enumerate(urls, 1):
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", f"blind170 item {i} of {len(urls)}"])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def pend(urls):
    return {u: "pending" for u in urls}


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# Our own request text as platforms quote or echo it.
def our_request_lines(ref, urls):
    out = [f"KCSC requests the removal of the following content (reference {ref}).", ""]
    out += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    out += ["", "Korea Communications Standards Commission, Takedown desk"]
    return out


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ TELEGRAM
case(
    name="tg-zendesk-receipt-echo",
    date=d("2024-09-02 10:03:40"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48213)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Hello,

We have received your request (48213). Our team will look at it and get
back to you by email. You can add comments to this request by replying to
this message.

Please note that tickets are handled in the order they arrive.

----------------------------------------------

KCSC Takedown, 2 Sep 2024, 05:02 GMT+4

Dear Telegram team,

""" + "\n".join(our_request_lines("KCSC-240902-01", TG)) + """

----------------------------------------------

This email is a service from Telegram Support.
[9QW2E7-K4L1R]
""",
    outcome="ignored",
    imitates="Zendesk 'request received' notification that echoes the requester's first comment below the reply line",
    why="pure receipt: the only URLs are our own request echoed under the ticket comment header",
    items=pend(TG),
)

case(
    name="tg-zendesk-solved-numbered",
    date=d("2024-09-09 21:20:05"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48213) - Solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, just reply to this email.

----------------------------------------------

Marek (Telegram Support), 9 Sep 2024, 16:19 GMT+4

Hello,

Thank you for your patience. Our moderators went through the links you
sent under KCSC-240902-01 and reached these decisions:

1. https://t.me/moonlit_bazaar/101 - blocked, no longer accessible
2. https://t.me/moonlit_bazaar/102 - blocked, no longer accessible
3. https://t.me/grey_ferry_chat/2048 - not found, this message does not exist in the chat
4. https://t.me/grey_ferry_chat/2051 - no breach of our Terms of Service, the message stays up
5. https://t.me/copper_kettle_kr/58 - the channel is now unavailable to users in South Korea

The remaining links from your list are handled by a different queue and
you will hear from them separately.

Kind regards,
Marek
Telegram Support

----------------------------------------------

This email is a service from Telegram Support.
[9QW2E7-K4L1R]
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's last public comment",
    why="numbered list, one decision per link: blocked x2, not found, no breach, unavailable in Korea",
    items={TG[0]: "removed", TG[1]: "removed", TG[4]: "not_found", TG[5]: "rejected", TG[13]: "restricted"},
)

case(
    name="tg-followup-top-posted-over-quote",
    date=d("2024-09-11 13:41:00"),
    **{"from": "marek.l@telegram.org"},
    name_from="Marek L. (Telegram Support)",
    subject="Re: [Telegram Support] Re: KCSC-240902-01 removal request (#48213) - Solved",
    reply_to_req="req-240902-01",
    body="""Hi again,

A short follow-up on ticket 48213: the three messages below were taken down
this morning after the second queue finished its check.

- https://t.me/pinecone_depot/9
- https://t.me/pinecone_depot/15
- https://t.me/lantern_yard/402

Best,
Marek

On Mon, 9 Sep 2024 at 16:19, Telegram Support <support@telegram.org> wrote:
> Hello,
>
> Thank you for your patience. Our moderators went through the links you
> sent under KCSC-240902-01 and reached these decisions:
>
> 1. https://t.me/moonlit_bazaar/101 - blocked, no longer accessible
> 2. https://t.me/moonlit_bazaar/102 - blocked, no longer accessible
> 3. https://t.me/grey_ferry_chat/2048 - not found, this message does not exist in the chat
> 4. https://t.me/grey_ferry_chat/2051 - no breach of our Terms of Service, the message stays up
> 5. https://t.me/copper_kettle_kr/58 - the channel is now unavailable to users in South Korea
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent's personal follow-up top-posted over the quoted Zendesk solved notification (Gmail quoting)",
    why="three new take-downs above the quote; the quoted decisions are old text and change nothing here",
    items={TG[7]: "removed", TG[8]: "removed", TG[12]: "removed",
           TG[0]: "pending", TG[1]: "pending", TG[4]: "pending", TG[5]: "pending", TG[13]: "pending"},
)

case(
    name="tg-reminder-reply-partial",
    date=d("2024-09-16 18:02:33"),
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    subject="Re: Reminder: KCSC-240902-01 - items still awaiting your answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>"],
    body="""Dear KCSC team,

Apologies for the delay. Regarding your reminder: the posts
https://t.me/moonlit_bazaar/117 and https://t.me/moonlit_bazaar/130 were
removed on 13 September. We are still checking
https://t.me/pinecone_depot/16 and will come back to you about it.

Regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240902-01 - items still awaiting your answer

The following items of request KCSC-240902-01 are past their deadline
(2024-09-09) and we have no answer about them yet:

https://t.me/moonlit_bazaar/117
https://t.me/moonlit_bazaar/130
https://t.me/pinecone_depot/16
https://t.me/lantern_yard/330
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply to a regulator's overdue reminder, answering part of it",
    why="two posts removed on a stated date; the third is still being checked (a promise); the reminder below is ours",
    items={TG[2]: "removed", TG[3]: "removed", TG[9]: "pending", TG[10]: "pending"},
)

CSV_TG = """link,decision,decided_on
https://t.me/lantern_yard/330,removed,2024-09-12
https://t.me/lantern_yard/331,removed,2024-09-12
https://t.me/grey_ferry_chat/2077,not found,2024-09-12
https://t.me/pinecone_depot/16,no violation,2024-09-12
https://t.me/copper_kettle_kr/58,restricted (KR),2024-09-12
https://t.me/moonlit_bazaar/117,removed,2024-09-12
"""

case(
    name="tg-freshdesk-csv-attachment",
    date=d("2024-09-12 22:15:00"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    subject="[#TG-48213] Outcome of your report KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime="""Content-Type: multipart/mixed; boundary="fd-b170-csv-01"

--fd-b170-csv-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Please find attached the decision for each link in your report
(our ticket #TG-48213, your reference KCSC-240902-01).

Links not in the file are still open on our side.

Telegram Abuse Desk

--fd-b170-csv-01
Content-Type: text/csv; charset=utf-8; name="TG-48213-outcome.csv"
Content-Disposition: attachment; filename="TG-48213-outcome.csv"
Content-Transfer-Encoding: base64

""" + b64(CSV_TG) + """
--fd-b170-csv-01--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk agent reply with a per-link outcome CSV attached (base64)",
    why="CSV gives one decision per link: removed x3, not found, no violation, restricted in KR",
    items={TG[10]: "removed", TG[11]: "removed", TG[6]: "not_found", TG[9]: "rejected",
           TG[13]: "restricted", TG[2]: "removed"},
)

case(
    name="tg-bare-url-status-below",
    date=d("2024-09-10 09:45:12"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    subject="Ticket #48213 - result per link (KCSC-240902-01)",
    body="""Ticket #48213 - result per link

https://t.me/grey_ferry_chat/2048
Status: Removed

https://t.me/grey_ferry_chat/2077
Status: Removed

https://t.me/lantern_yard/402
Status: Not found - no message with this ID exists in the channel

--
Telegram Abuse Desk
This ticket stays open until every link has a result.
""",
    outcome="applied",
    classification="confirmation",
    imitates="help-desk macro output: bare link, then a Status line below it",
    why="each status sits on the line under its link: removed, removed, not found",
    items={TG[4]: "removed", TG[6]: "removed", TG[12]: "not_found"},
)

case(
    name="tg-firm-and-hedged",
    date=d("2024-09-13 11:30:00"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    subject="Re: KCSC-240902-01 pinecone_depot",
    reply_to_req="req-240902-01",
    body="""Hello,

We removed https://t.me/pinecone_depot/15 today.

As for https://t.me/pinecone_depot/16, it looks like the channel owner may
have deleted it already, but our tools cannot confirm that yet. We will
write again once we know more.

Telegram Abuse Desk
""",
    outcome="applied",
    classification="confirmation",
    imitates="short abuse-desk reply mixing a done action with an unconfirmed guess",
    why="15 removed firmly; 16 is only a hedge ('may have', 'cannot confirm') and stays pending",
    items={TG[8]: "removed", TG[9]: "pending"},
)

case(
    name="tg-jira-comment-urls-below",
    date=d("2024-09-12 16:05:00"),
    **{"from": "jira@telegram.org"},
    name_from="Telegram Legal (Jira)",
    subject="[TSD-9921] KCSC-240902-01 removal request - comment added",
    reply_to_req="req-240902-01",
    body="""—-—-—-—
Reply above this line.

Irina Sokol commented:

The following messages have been deleted for breaching our Terms of Service:
https://t.me/moonlit_bazaar/101
https://t.me/moonlit_bazaar/102
https://t.me/moonlit_bazaar/117

The following could not be located on our servers:
https://t.me/lantern_yard/331

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'comment added' customer notification",
    why="statement line, then its URLs on the lines below: three deleted, one not located",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed", TG[11]: "not_found"},
)

case(
    name="tg-helpscout-author-deleted",
    date=d("2024-09-14 08:12:45", UTC),
    **{"from": "help@telegram.org"},
    name_from="Telegram Help",
    subject="Re: KCSC-240902-01 lantern_yard [#771204]",
    reply_to_req="req-240902-01",
    body="""Hi KCSC Takedown,

Both messages you listed for lantern_yard had already been deleted by the
channel admin before our team got to them:
<https://t.me/lantern_yard/330>
<https://t.me/lantern_yard/331>

So there is nothing left for us to take down on those two.

Cheers,
Tomas
Telegram Help

Conversation #771204 · Reply to this email to add to the conversation.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Help Scout conversation reply with links in angle brackets",
    why="already deleted by their author before review: not_found for both",
    items={TG[10]: "not_found", TG[11]: "not_found"},
)

case(
    name="tg-multipart-alt-second-review",
    date=d("2024-09-17 15:20:00"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48213) - Reopened",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    raw_mime="""Content-Type: multipart/alternative; boundary="zd-b170-alt-02"

--zd-b170-alt-02
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

##- Please type your reply above this line -##

Marek (Telegram Support), 17 Sep 2024, 10:19 GMT+4

Hello,

After a second review, the message https://t.me/grey_ferry_chat/2051 has
been removed. The channel https://t.me/copper_kettle_kr/58 remains blocked
for users in South Korea only.

Kind regards,
Marek

--zd-b170-alt-02
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p><b>Marek</b> (Telegram Support), 17 Sep 2024, 10:19 GMT+4</p>
<p>Hello,</p>
<p>After a second review, the message <a href="https://t.me/grey_ferry_chat/2051">https://t.me/grey_ferry_chat/2051</a> has
been removed. The channel <a href="https://t.me/copper_kettle_kr/58">https://t.me/copper_kettle_kr/58</a> remains blocked
for users in South Korea only.</p>
<p>Kind regards,<br>Marek</p>
</body></html>

--zd-b170-alt-02--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Zendesk notification (text and HTML alternatives) after a ticket was reopened",
    why="2051 removed after re-review; the channel blocked in South Korea only (restricted)",
    items={TG[5]: "removed", TG[13]: "restricted"},
)

case(
    name="tg-bulk-all-removed",
    date=d("2024-09-11 20:00:00"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48213) - Solved",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, just reply to this email.

----------------------------------------------

Anya (Telegram Support), 11 Sep 2024, 15:00 GMT+4

Hello,

All the content listed in your request KCSC-240902-01 has been removed from
Telegram. Thank you for bringing it to our attention.

Anya
Telegram Support
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="Zendesk solved notification with a one-line blanket answer",
    why="'all the content' for a 14-item request names no link: bulk, nothing applied",
    items=pend(TG),
)

case(
    name="tg-onhold-under-review",
    date=d("2024-09-05 12:00:00"),
    **{"from": "support@telegram.org"},
    name_from="Telegram Support",
    subject="[Telegram Support] Re: KCSC-240902-01 removal request (#48213) - On-hold",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body="""##- Please type your reply above this line -##

Anya (Telegram Support), 5 Sep 2024, 07:00 GMT+4

Hello,

Your ticket has been escalated to our specialist moderation team. The
following links are currently under review and will be removed if they are
found to breach our Terms of Service:

* https://t.me/moonlit_bazaar/101
* https://t.me/moonlit_bazaar/102
* https://t.me/grey_ferry_chat/2048

We will update this ticket once a decision has been made.

Anya
Telegram Support
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="Zendesk status change to On-hold with an agent comment listing links under review",
    why="'under review' and a conditional 'will be removed if' are no statements; names our links",
    items={TG[0]: "pending", TG[1]: "pending", TG[4]: "pending"},
)

case(
    name="tg-hedged-only",
    date=d("2024-09-17 10:10:10"),
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA Team",
    subject="Re: Reminder: KCSC-240902-01 - items still awaiting your answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.2@kcsc.example>"],
    body="""Hello,

Following your reminder: our logs suggest that
https://t.me/lantern_yard/330 and https://t.me/lantern_yard/331 may have
been deleted by the channel admin, and https://t.me/lantern_yard/402
appears to be unavailable at the moment.

We will confirm once the moderation team has checked each of them.

Telegram DSA Team
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="reply to a reminder that only guesses at the state of the links",
    why="'may have been', 'appears to be' and 'will confirm': hedges only, nothing to apply",
    items={TG[10]: "pending", TG[11]: "pending", TG[12]: "pending"},
)

case(
    name="tg-authfail-blocked",
    date=d("2024-09-10 03:33:00"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""Hello,

The following channels were blocked today as requested:

https://t.me/pinecone_depot/9
https://t.me/pinecone_depot/15
https://t.me/pinecone_depot/16

Regards,
Telegram Abuse
""",
    outcome="review",
    review="untrusted",
    imitates="abuse-desk confirmation, but DKIM/SPF/DMARC fail for telegram.org",
    why="from telegram.org but authentication fails: no status may change",
    items={TG[7]: "pending", TG[8]: "pending", TG[9]: "pending"},
)

case(
    name="tg-conflicting-summary",
    date=d("2024-09-13 19:40:00"),
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse Desk",
    subject="[#TG-48213] Update on your report KCSC-240902-01",
    reply_to_req="req-240902-01",
    body="""Hello,

Update on ticket #TG-48213: https://t.me/pinecone_depot/9 has been removed.

Telegram Abuse Desk

======== Ticket summary (generated) ========
Link                              | Outcome
https://t.me/pinecone_depot/9     | No violation found - content remains available
=============================================
""",
    outcome="review",
    review="conflicting_statements",
    classification="confirmation",
    imitates="Freshdesk reply whose agent text and generated summary disagree",
    why="the same link is called removed and 'remains available': a person must decide",
    items={TG[7]: "pending"},
)

case(
    name="tg-press-office-no-claims",
    date=d("2024-09-03 17:00:00"),
    **{"from": "press@telegram.org"},
    name_from="Telegram Press Office",
    subject="Your message to press@telegram.org",
    body="""Hello,

This mailbox handles media enquiries only, and we are unable to act on
content reports sent here. Please use the procedure described at
https://telegram.org/faq#q-there-39s-illegal-content-on-telegram-how-do-i-take-it-down
or write to the address given there.

Kind regards,
Telegram Press Office
""",
    outcome="review",
    review="no_claims",
    imitates="human reply from a wrong mailbox pointing at the platform's help page",
    why="trusted Telegram mail, no requested item, no reference, not in a thread; the FAQ link is no item",
    items={},
)

case(
    name="tg-out-of-office",
    date=d("2024-09-03 09:00:00"),
    **{"from": "irina.sokol@telegram.org"},
    name_from="Irina Sokol",
    subject="Automatic reply: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until 9 September with
limited access to mail. For urgent legal matters please write to
dsa@telegram.org.

Irina
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ X
case(
    name="x-salesforce-case-receipt",
    date=d("2024-09-04 11:05:00"),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case# 0192837465: Legal Request - KCSC-240904-02 [ ref:_00D1x2y3z._5004Q8rTq1:ref ]",
    reply_to_req="req-240904-02",
    body="""Hello,

Thanks for your report. Your case number is 0192837465.

We will review the reported content and follow up with you by email. You
don't need to send the report again; replies to this message are added to
your case.

X Legal Support

ref:_00D1x2y3z._5004Q8rTq1:ref
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Salesforce-style case receipt with a thread reference token",
    why="pure receipt: a case number and a promise to review",
    items={},
)

case(
    name="x-jira-resolved",
    date=d("2024-09-10 06:30:00", UTC),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal (Jira)",
    subject="[LEGAL-7731] KCSC-240904-02 - resolved",
    reply_to_req="req-240904-02",
    body="""—-—-—-—
Reply above this line.

Dana Whitfield resolved this as Done.

Hello,

We reviewed the four posts in your request. Our findings:

* https://x.com/velvet_orchid99/status/1831000000000000101 - withheld in
  South Korea in response to your legal demand
* https://x.com/velvet_orchid99/status/1831000000000000102 - withheld in
  South Korea
* https://x.com/saltmarsh_kr/status/1831000000000000233 - no action taken;
  the post does not violate the X Rules and we did not find it unlawful
  under the provision cited
* https://x.com/nightowl_dealer/status/1831000000000000344 - removed for
  violating our rules on illegal goods

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the resolving comment",
    why="bullets wrapped onto a second line: withheld in KR x2, no action (refusal with reason), removed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"},
)

case(
    name="x-gmail-followup-one-new",
    date=d("2024-09-13 16:45:00"),
    **{"from": "dana.whitfield@x.com"},
    name_from="Dana Whitfield",
    subject="Re: Case# 0192837465: Legal Request - KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""Hi,

Quick update on case 0192837465:
https://x.com/saltmarsh_kr/status/1831000000000000233 has now been removed
following a second review. Everything else in my earlier message stands.

Dana

On Tue, Sep 10, 2024 at 3:30 PM X Legal <legal-noreply@x.com> wrote:
> * https://x.com/velvet_orchid99/status/1831000000000000101 - withheld in
>   South Korea in response to your legal demand
> * https://x.com/saltmarsh_kr/status/1831000000000000233 - no action taken
""",
    outcome="applied",
    classification="confirmation",
    imitates="agent's Gmail follow-up over the quoted earlier ticket answer",
    why="one new removal above the quote; the quoted withholding is old text",
    items={X[2]: "removed", X[0]: "pending"},
)

case(
    name="x-sole-item-request",
    date=d("2024-09-13 10:00:00"),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case# 0193000117: Legal Request - KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""Hello,

Thank you for your report (your reference: KCSC-240911-07).

After reviewing the reported post, we have removed it for violating our
rules on illegal and regulated goods and services.

This case is now closed.

X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request outcome email that names no URL",
    why="one-item request: 'the reported post ... removed' is about that single item",
    items={X1[0]: "removed"},
)

case(
    name="x-html-table-ticket",
    date=d("2024-09-11 12:00:00"),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Case# 0192837465: update - KCSC-240904-02",
    reply_to_req="req-240904-02",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Here is the current state of the posts in case 0192837465:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Post</th><th>Action</th><th>Date</th></tr>
<tr><td><a href="https://x.com/velvet_orchid99/status/1831000000000000101">x.com/velvet_orchid99/status/1831000000000000101</a></td><td>Removed</td><td>2024-09-10</td></tr>
<tr><td><a href="https://x.com/velvet_orchid99/status/1831000000000000102">x.com/velvet_orchid99/status/1831000000000000102</a></td><td>Withheld (KR)</td><td>2024-09-10</td></tr>
<tr><td><a href="https://x.com/nightowl_dealer/status/1831000000000000344">x.com/nightowl_dealer/status/1831000000000000344</a></td><td>No action &ndash; not a violation</td><td>2024-09-10</td></tr>
</table>
<p>The remaining post is still being reviewed.</p>
<p>X Legal Support</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="HTML-only case update with a post/action table (link text without scheme)",
    why="table row per post: removed, withheld in KR, no action (not a violation)",
    items={X[0]: "removed", X[1]: "restricted", X[3]: "rejected"},
)

case(
    name="x-receipt-plus-withheld",
    date=d("2024-09-06 09:20:00"),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""Hello,

Thanks for reaching out, we've received your report KCSC-240904-02.

The post https://x.com/nightowl_dealer/status/1831000000000000344 is now
withheld in South Korea. The other posts are still under review.

X Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="receipt sentence followed by an immediate partial outcome",
    why="receipt phrase plus a firm statement: one post withheld in South Korea",
    items={X[3]: "restricted"},
)

case(
    name="x-about-telegram-links",
    date=d("2024-09-05 08:00:00"),
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""Hello,

We received a copy of your message. The links you sent,
https://t.me/grey_ferry_chat/2048 and https://t.me/grey_ferry_chat/2051,
are not hosted on X and we could not find any X content at these
addresses. Please contact the service that hosts them.

X Legal Support
""",
    outcome="review",
    review="wrong_platform",
    imitates="platform answering about links hosted by another service (cc'd on the request)",
    why="X states 'could not find' about Telegram's items: not X's to state",
    items={TG[4]: "pending", TG[5]: "pending"},
)

# ================================================================ YOUTUBE
YT_QP_TEXT = """Hello,

Thank you for contacting Google Legal Support about request KCSC-240905-03.

After reviewing the content, we have blocked the following videos from view on YouTube in South Korea:
https://www.youtube.com/watch?v=Qm3tLx9aB2c
https://www.youtube.com/watch?v=Hr7pWd1Kx0e

We have decided not to take action on https://www.youtube.com/shorts/Zt4nVb8Ye1f — it does not violate our Community Guidelines and we did not find it to be unlawful under the law you cited.

Regards,
The Google Legal Support Team

Ticket: 6-2831000012345 — please keep this number in the subject of any reply.
"""

case(
    name="yt-qp-legal-outcome",
    date=d("2024-09-11 02:14:00", UTC),
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[6-2831000012345] Your legal request KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(YT_QP_TEXT),
    outcome="applied",
    classification="confirmation",
    imitates="Google Legal Support outcome email, quoted-printable with soft line breaks",
    why="two videos blocked in South Korea (restricted), the Short refused with its reason",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-actioned-angle-brackets",
    date=d("2024-09-09 07:00:00", UTC),
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[6-2831000012345] Update on KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

The video <https://www.youtube.com/watch?v=Qm3tLx9aB2c> has been actioned under our policies.

The Short <https://www.youtube.com/shorts/Zt4nVb8Ye1f> has been escalated to a
specialist team; we will update you once they have reached a decision.

Regards,
The Google Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal reply using the 'actioned under our policies' formula",
    why="configured phrase 'has been actioned under our policies' = removed; the Short is a promise",
    items={YT[0]: "removed", YT[2]: "pending"},
)

case(
    name="yt-outlook-youtu-be",
    date=d("2024-09-12 17:30:00"),
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal KR",
    subject="RE: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

Regarding KCSC-240905-03: https://youtu.be/Hr7pWd1Kx0e was removed for
violating our Community Guidelines.

https://www.youtube.com/watch?v=Qm3tLx9aB2c remains available. We reviewed
it and it does not violate our policies or local law.

Best regards,
YouTube Legal KR

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 2:00 PM
To: legal-kr@google.com
Subject: KCSC-240905-03

""" + "\n".join(our_request_lines("KCSC-240905-03", YT)) + "\n",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the quoted original request, using a youtu.be short link",
    why="youtu.be/Hr7pWd1Kx0e is the requested watch?v= video: removed; Qm3 refused; the Short only in our quoted request",
    items={YT[1]: "removed", YT[0]: "rejected", YT[2]: "pending"},
)

case(
    name="yt-asks-timestamps",
    date=d("2024-09-07 04:00:00", UTC),
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="[6-2831000012345] More information needed - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""Hello,

Thank you for your request. Before we can proceed, we need more
information:

1. the timestamps at which the content you object to appears in
   https://www.youtube.com/watch?v=Hr7pWd1Kx0e
2. the specific provision of Korean law you believe the video violates.

Please reply to this email with those details. Until we receive them, we
are unable to continue processing this part of your request.

Regards,
The Google Legal Support Team
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal request 'more information needed' reply",
    why="asks for timestamps and the legal basis; no status",
    items={YT[1]: "pending"},
)

DSN_HUMAN = """This is the mail system at host mail-out3.google.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr-archive@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550 5.1.1 The email account that you tried to reach does not exist.
"""

case(
    name="yt-dsn-bounce",
    date=d("2024-09-13 09:01:00"),
    **{"from": "MAILER-DAEMON@google.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b170-03"

--dsn-b170-03
Content-Type: text/plain; charset=us-ascii

""" + DSN_HUMAN + """
--dsn-b170-03
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out3.google.com
Arrival-Date: """ + d("2024-09-13 09:00:58") + """

Final-Recipient: rfc822; legal-kr-archive@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--dsn-b170-03
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Cc: legal-kr-archive@google.com
Subject: Reminder: KCSC-240905-03 - items still awaiting your answer
Date: """ + d("2024-09-13 09:00:00") + """
Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>

The following items of request KCSC-240905-03 are past their deadline:

https://www.youtube.com/watch?v=Qm3tLx9aB2c
https://www.youtube.com/watch?v=Hr7pWd1Kx0e
https://www.youtube.com/shorts/Zt4nVb8Ye1f

--dsn-b170-03--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix-style DSN returning our reminder with the original attached",
    why="delivery failure report; the URLs are in our own returned reminder",
    items=pend(YT),
)

# ================================================================ NAVER
case(
    name="naver-html-result-table",
    date=d("2024-09-12 14:00:00"),
    **{"from": "noreply-policy@navercorp.com"},
    name_from="NAVER 고객센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240906-04)에 대한 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td>https://blog.naver.com/sunny_teapot/223580000101</td><td>게시중단</td><td>2024.09.11</td></tr>
<tr><td>2</td><td>https://blog.naver.com/sunny_teapot/223580000117</td><td>임시조치(30일)</td><td>2024.09.11</td></tr>
<tr><td>3</td><td>https://cafe.naver.com/dalbit_market/48211</td><td>삭제</td><td>2024.09.11</td></tr>
<tr><td>4</td><td>https://cafe.naver.com/dalbit_market/48230</td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>5</td><td>https://blog.naver.com/PostView.naver?blogId=haneul_shop&amp;logNo=223581234567</td><td>조치 불가 (운영정책 위반 아님)</td><td>2024.09.12</td></tr>
</table>
<p>처리 결과에 대한 문의는 <a href="https://help.naver.com/inquiry/input.help">고객센터 문의하기</a>를 이용해 주세요.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 with an HTML result table",
    why="게시중단 / 임시조치 / 삭제 / 작성자 삭제(게시물 없음) / 위반 아님: one result per row; the help link is no item",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "rejected"},
)

NV_B64_TEXT = """안녕하세요. 네이버 카페 운영지원팀입니다.

요청번호 KCSC-240906-04 관련하여 요청하신 5건 중 아래 2건은 블라인드 처리를 완료하였습니다.

- https://cafe.naver.com/dalbit_market/48211
- https://cafe.naver.com/dalbit_market/48230

나머지 3건은 현재 검토 중이며, 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 카페 운영지원팀 드림
"""

case(
    name="naver-base64-partial-blind",
    date=d("2024-09-10 17:22:00"),
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원팀",
    subject="Re: [KCSC-240906-04] 게시물 조치 요청",
    reply_to_req="req-240906-04",
    raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(NV_B64_TEXT),
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe support partial answer (블라인드 처리 완료, 나머지 검토 중), base64 body",
    why="two cafe posts blinded (removed); the other three only 'under review' and not named",
    items={NV[2]: "removed", NV[3]: "removed"},
)

case(
    name="naver-rejected-and-private",
    date=d("2024-09-13 11:11:00"),
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    subject="[네이버 블로그] KCSC-240906-04 요청 건 답변드립니다",
    reply_to_req="req-240906-04",
    body="""안녕하세요, 네이버 블로그 고객센터입니다.

문의하신 게시물에 대해 검토한 결과를 안내드립니다.

https://blog.naver.com/sunny_teapot/223580000101 게시물은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.

https://blog.naver.com/sunny_teapot/223580000117 게시물은 작성자에게 통보 후 비공개 처리되었습니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog help-desk answer: one post kept (no policy breach), one made private",
    why="101 kept with its reason (rejected); 117 비공개 처리 (removed)",
    items={NV[0]: "rejected", NV[1]: "removed"},
)

case(
    name="naver-reminder-reply-cafe",
    date=d("2024-09-18 10:05:00"),
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원팀",
    subject="RE: [독촉] KCSC-240906-04 조치 결과 회신 요청",
    extra_headers=["In-Reply-To: <reminder.KCSC-240906-04.1@kcsc.example>"],
    body="""안녕하세요, 네이버 카페 운영지원팀입니다.

재요청 주신 건 확인하였습니다.
https://cafe.naver.com/dalbit_market/48230 게시글은 9월 13일 게시중단 조치를 완료하였습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240906-04 조치 결과 회신 요청

아래 게시물에 대한 조치 결과를 회신하여 주시기 바랍니다.
- https://cafe.naver.com/dalbit_market/48211
- https://cafe.naver.com/dalbit_market/48230
- https://blog.naver.com/PostView.naver?blogId=haneul_shop&logNo=223581234567
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe support reply to a regulator's 독촉 (reminder), Outlook quoting",
    why="48230 게시중단 완료 (removed); the other two only in our quoted reminder",
    items={NV[3]: "removed", NV[2]: "pending", NV[4]: "pending"},
)

case(
    name="naver-scheduled-korean",
    date=d("2024-09-09 16:40:00"),
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    subject="[네이버 블로그] KCSC-240906-04 요청 건 진행 안내",
    reply_to_req="req-240906-04",
    body="""안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 게시물 https://blog.naver.com/sunny_teapot/223580000101 ,
https://blog.naver.com/sunny_teapot/223580000117 에 대해서는 내부 검토 후
순차적으로 조치할 예정입니다.

처리가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="NAVER 진행 안내: action scheduled after internal review",
    why="'조치할 예정' is a promise; names our two posts but states nothing",
    items={NV[0]: "pending", NV[1]: "pending"},
)

case(
    name="naver-receipt-korean",
    date=d("2024-09-06 09:31:10"),
    **{"from": "help-noreply@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의가 정상적으로 접수되었습니다 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: 2409-118832

담당자 확인 후 순차적으로 답변드리겠습니다.
답변까지는 영업일 기준 3~5일 정도 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    imitates="NAVER 고객센터 문의 접수 완료 자동 안내",
    why="receipt with a 접수번호 only",
    items={},
)

case(
    name="naver-mdn-read",
    date=d("2024-09-06 13:02:00"),
    **{"from": "jiyoung.park@navercorp.com"},
    name_from="박지영",
    subject="읽음: KCSC-240906-04 게시물 조치 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b170-04"

--mdn-b170-04
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: jiyoung.park@navercorp.com
제목: KCSC-240906-04 게시물 조치 요청
읽은 시간: 2024-09-06 오후 1:02

--mdn-b170-04
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822; jiyoung.park@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b170-04--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean mail client read receipt (MDN, 읽음 확인)",
    why="read receipt",
    items={},
)

case(
    name="naver-lookalike-domain",
    date=d("2024-09-11 10:00:00"),
    **{"from": "policy@navercorp-help.com"},
    name_from="NAVER 정책지원",
    subject="RE: KCSC-240906-04 처리 완료",
    reply_to_req="req-240906-04",
    body="""안녕하세요.

요청하신 아래 게시물은 삭제 완료되었습니다.
https://cafe.naver.com/dalbit_market/48211
https://cafe.naver.com/dalbit_market/48230

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="removal confirmation from a look-alike domain that is not NAVER's",
    why="navercorp-help.com is no platform domain: nothing applies",
    items={NV[2]: "pending", NV[3]: "pending"},
)

# ================================================================ KAKAO
case(
    name="kakao-text-table",
    date=d("2024-09-12 15:30:00"),
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    reply_to_req="req-240909-05",
    body="""안녕하세요, 카카오 고객센터입니다.

요청번호: KCSC-240909-05
처리 결과를 아래와 같이 알려드립니다.

-------------------------------------------------------------------------
No  게시물 URL                                              조치 결과
-------------------------------------------------------------------------
1   https://cafe.daum.net/bamhaneul77/Kx9q/412              임시조치(30일)
2   https://cafe.daum.net/bamhaneul77/Kx9q/415              삭제
3   """ + TISTORY_RAW + """     비공개 처리
-------------------------------------------------------------------------

임시조치 게시물은 게시자의 재게시 요청이 없으면 30일 후 삭제됩니다.

감사합니다.
카카오 고객센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 게시물 조치 결과 안내 with a fixed-width text table and a raw Korean path",
    why="임시조치 (restricted), 삭제 (removed), 비공개 처리 (removed); raw Korean path matches the encoded one",
    items={KK[0]: "restricted", KK[1]: "removed", KK[2]: "removed"},
)

case(
    name="kakao-particle-fullwidth",
    date=d("2024-09-13 17:45:00"),
    **{"from": "daumcafe@kakaocorp.com"},
    name_from="Daum 카페 운영팀",
    subject="Re: KCSC-240909-05 카페·티스토리 게시물 조치 요청",
    reply_to_req="req-240909-05",
    body="""안녕하세요, Daum 카페 운영팀입니다.

https://cafe.daum.net/bamhaneul77/Kx9q/412의 게시글은 카페 운영원칙 위반으로 운영자 삭제 처리되었습니다.
또한 티스토리 게시글（""" + TISTORY_ENC + """）은 권리침해 신고 절차에 따라 게시중단되었습니다。

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe team reply with a particle glued to a URL and full-width brackets",
    why="412 운영자 삭제 (removed); the Tistory post 게시중단 (removed)",
    items={KK[0]: "removed", KK[2]: "removed"},
)

case(
    name="kakao-forwarded-internal",
    date=d("2024-09-14 09:00:00"),
    **{"from": "minsu.kang@kakaocorp.com"},
    name_from="강민수",
    subject="Fwd: [내부] KCSC-240909-05 처리 결과",
    body="""KCSC 담당자님, 참고로 내부 처리 결과 전달드립니다.

---------- Forwarded message ---------
From: 카페 운영정책팀 <cafe-policy@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 6:10
Subject: [내부] KCSC-240909-05 처리 결과
To: 강민수 <minsu.kang@kakaocorp.com>

민수님,
https://cafe.daum.net/bamhaneul77/Kx9q/415 게시글은 삭제 처리 완료했습니다.
https://cafe.daum.net/bamhaneul77/Kx9q/412 게시글은 임시조치 중입니다.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Gmail-style forward of an internal team note to the regulator",
    why="the statements are in a forwarded internal message, not the sender's own: a person checks",
    items={KK[0]: "pending", KK[1]: "pending"},
)

case(
    name="kakao-zendesk-hosted",
    date=d("2024-09-12 11:00:00"),
    **{"from": "help@kakaocs.zendesk.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] #331907 KCSC-240909-05 답변",
    reply_to_req="req-240909-05",
    body="""##- 이 줄 위에 답장을 입력해 주세요 -##

안녕하세요, 카카오 고객센터입니다.

문의하신 https://cafe.daum.net/bamhaneul77/Kx9q/415 게시물은 삭제되었습니다.

감사합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="help-desk reply sent from a hosted Zendesk subdomain instead of the platform's own domain",
    why="zendesk.com is not a configured Kakao sender domain, however plausible",
    items={KK[1]: "pending"},
)

# ================================================================ TIKTOK
case(
    name="tiktok-freshdesk-closed-wrapped",
    date=d("2024-09-12 03:00:00", UTC),
    **{"from": "legal-ticket@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="[#TT-55120] Closed: Your report KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""Hi KCSC Takedown,

Your ticket #TT-55120 has been closed.

Agent note:
We reviewed the video you reported
<https://www.tiktok.com/@dawnfox_kr/video/
7412000000000000123> and removed it for violating our Community
Guidelines.

If you believe this ticket was closed in error, reply to this email within
7 days to reopen it.

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with an agent note; URL wrapped inside angle brackets",
    why="one-item request: the reported video removed (URL wrapped across lines)",
    items={TT[0]: "removed"},
)

case(
    name="tiktok-age-restricted",
    date=d("2024-09-11 08:00:00", UTC),
    **{"from": "legal-ticket@tiktok.com"},
    name_from="TikTok Trust & Safety",
    subject="[#TT-55120] Update: Your report KCSC-240910-06",
    reply_to_req="req-240910-06",
    body="""Hi,

Following our review, we have restricted the video
https://www.tiktok.com/@dawnfox_kr/video/7412000000000000123?is_from_webapp=1
so that it is no longer shown to users under 18.

TikTok Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok report update: video age-restricted; link copied from the web app with a tracking query",
    why="age-restricted = restricted; the ?is_from_webapp query is the same video",
    items={TT[0]: "restricted"},
)

case(
    name="tiktok-ooo-korean",
    date=d("2024-09-10 15:05:00"),
    **{"from": "sora.han@tiktok.com"},
    name_from="한소라",
    subject="[자동회신] KCSC-240910-06 게시물 조치 요청",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 한소라입니다.

9월 10일부터 9월 16일까지 휴가로 부재중입니다.
급한 용무는 legal-ticket@tiktok.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="out-of-office auto-reply",
    items={},
)

HEADER = """# Blind set 170 (ticket systems and threads): written from each email's
# meaning before the reader was run. Generated by make.py; do not edit."""


def mime_words(c):
    """Non-ASCII display names and subjects go out as RFC 2047 encoded words,
    as Korean mail clients send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        mime_words(c)
    corpuslib.write_set(HERE, "blind170", HEADER, CASES)


if __name__ == "__main__":
    main()
