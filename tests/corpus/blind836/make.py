#!/usr/bin/env python3
"""Blind set 836: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to the regulator's
reminders, partial answers and forwarded mail. Every email was written
from scratch for this set, in the manner of what such systems send; the
expected results were written from each email's meaning before any run
of the reader.

    python3 tests/corpus/blind836/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import email.header
import email.utils
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
X1 = [
    "https://x.com/lucky_slot_kr/status/1830011122233344401",
    "https://x.com/lucky_slot_kr/status/1830011122233344402",
    "https://x.com/betmaster_99/status/1830022233344455501",
    "https://x.com/betmaster_99/status/1830022233344455502",
    "https://x.com/betmaster_99/status/1830022233344455503",
    "https://x.com/toto_sunrise/status/1830033344455566601",
    "https://x.com/toto_sunrise/status/1830033344455566602",
    "https://x.com/casino_moonbay/status/1830044455566677701",
    "https://x.com/casino_moonbay/status/1830044455566677702",
    "https://x.com/jackpot_hana/status/1830055566677788801",
    "https://x.com/jackpot_hana/status/1830055566677788802",
    "https://x.com/sportsbet_lee/status/1830066677788899901",
    "https://x.com/powerball_kr/status/1830077788899900011",
    "https://x.com/powerball_kr",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3xT7pL2aZ",
    "https://www.youtube.com/watch?v=Hk8vR2nD5wE",
    "https://www.youtube.com/shorts/Zp4cN9sB1yU",
    "https://www.youtube.com/@greenleafpharm_kr",
]
CAFE_RAW = "https://cafe.naver.com/별빛장터/4471"
CAFE_ENC = "https://cafe.naver.com/%EB%B3%84%EB%B9%9B%EC%9E%A5%ED%84%B0/4471"
NV = [
    "https://blog.naver.com/dalbit_store/223551234567",
    CAFE_ENC,
    "https://blog.naver.com/hanul_pills/223559876543",
]
KK = [
    "https://cafe.daum.net/moonlit-club/Ab1c/101",
    "https://cafe.daum.net/moonlit-club/Ab1c/102",
    "https://cafe.daum.net/pinegrove88/Xy9z/55",
    "https://cafe.daum.net/pinegrove88/Xy9z/56",
    "https://tv.kakao.com/channel/3012345/cliplink/441122334",
]
TG = [
    "https://t.me/nightmarket_kr/1184",
    "https://t.me/nightmarket_kr/1190",
]
DC = ["https://discord.gg/Vx7Qk2Pz"]
X7 = [
    "https://x.com/deepfake_hub_k/status/1833344455566677001",
    "https://x.com/deepfake_hub_k/status/1833344455566677002",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X1, "gambling",
     "unlicensed online gambling promotion"),
    ("KCSC-240905-02", "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", YT, "drugs",
     "sale of prescription drugs"),
    ("KCSC-240906-03", "naver", "2024-09-06T09:30:00+09:00", "2024-09-13T18:00:00+09:00", NV, "drugs",
     "diet pill resale"),
    ("KCSC-240909-04", "kakao", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", KK, "obscenity",
     "adult content in cafes and a clip"),
    ("KCSC-240910-05", "telegram", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00", TG, "drugs",
     "drug sale channel posts"),
    ("KCSC-240911-06", "discord", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", DC, "obscenity",
     "server invite"),
    ("KCSC-240912-07", "x", "2024-09-12T09:00:00+09:00", "2024-09-19T18:00:00+09:00", X7, "defamation",
     "synthetic sexual images"),
]


def req_mid(ref):
    return f"request.{ref}.1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def enc(text):
    """RFC 2047 encoded-word, as most Korean mail clients send headers."""
    return email.header.Header(text, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def numbered(urls):
    return "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))


OUR_X1_REQUEST = f"""Dear X Support,

The Korea Communications Standards Commission (KCSC) has found that the
posts listed below promote unlicensed online gambling, which is illegal in
the Republic of Korea. Under Article 44-7 of the Act on Promotion of
Information and Communications Network Utilization, we ask you to remove
them or to make them unavailable in Korea.

Reference: KCSC-240903-01

{numbered(X1)}

Please reply to this email with the outcome for each URL by 10 September
2024.

KCSC Takedown Desk
takedown@kcsc.example"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X, KCSC-240903-01

case(
    name="x-zendesk-solved-first-four",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(9, 16, 41), reply_to_req=req_mid("KCSC-240903-01"),
    subject="[X Support] Re: KCSC-240903-01 Removal request (Request #0915527)",
    body=f"""##- Please type your reply above this line -##

Your request (#0915527) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Dana (X Support)

Sep 9, 2024, 16:41 GMT+9

Hello,

Thank you for your patience while our team looked into the posts listed in
your report. Here is where we are on the first four.

We removed these posts for violating the X Rules on illegal gambling:
https://x.com/lucky_slot_kr/status/1830011122233344401
https://x.com/lucky_slot_kr/status/1830011122233344402

This post is now withheld in South Korea in response to your legal demand:
https://x.com/betmaster_99/status/1830022233344455501

We reviewed this post and did not find a violation of the X Rules or of
Korean law in it, so we are not taking action on it:
https://x.com/betmaster_99/status/1830022233344455502

More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
Dana
X Support

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:00 GMT+9

{OUR_X1_REQUEST}

--------------------------------
This email is a service from X Support. [8QZ4-LM2P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk ticket update notification (reply-above-this-line marker, newest comment first, requester's first comment at the bottom)",
    why="agent's comment removes two posts, withholds one in Korea and refuses one; the request text at the bottom is our own",
    items={X1[0]: "removed", X1[1]: "removed", X1[2]: "restricted", X1[3]: "rejected"},
)

case(
    name="x-followup-top-posted-gmail-quote",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(10, 11, 5), reply_to_req=req_mid("KCSC-240903-01"),
    subject="Re: [X Support] Re: KCSC-240903-01 Removal request (Request #0915527)",
    body="""Hello again,

Following up in this thread: we have finished reviewing two more posts from
your list. Both are now withheld in South Korea.

- https://x.com/betmaster_99/status/1830022233344455503
- https://x.com/toto_sunrise/status/1830033344455566601

The other posts are still with the specialist team and we will write again
in this thread when we have their outcome.

Best,
Dana
X Support

On Mon, Sep 9, 2024 at 4:41 PM X Support <legal-support@x.com> wrote:
> Hello,
>
> Thank you for your patience while our team looked into the posts listed in
> your report. Here is where we are on the first four.
>
> We removed these posts for violating the X Rules on illegal gambling:
> https://x.com/lucky_slot_kr/status/1830011122233344401
> https://x.com/lucky_slot_kr/status/1830011122233344402
>
> The following post is still under review:
> https://x.com/toto_sunrise/status/1830033344455566602
>
> Regards,
> Dana
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same support thread, Gmail-style quote of the agent's own earlier reply",
    why="two posts withheld in Korea in the new text; the quoted earlier reply (removed, under review) is not a new statement",
    items={X1[4]: "restricted", X1[5]: "restricted", X1[0]: "pending", X1[6]: "pending"},
)

case(
    name="x-reply-to-reminder-url-then-outcome",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(12, 14, 22),
    subject="Re: [KCSC reminder] KCSC-240903-01: 10 items still pending",
    body=f"""Hi KCSC team,

Thanks for the reminder. Our answer on three of the outstanding posts:

https://x.com/toto_sunrise/status/1830033344455566602
We reviewed this post against the X Rules and the Korean law you cited and
found no violation. It stays up.

https://x.com/casino_moonbay/status/1830044455566677701
Same outcome: no violation found, no action taken.

https://x.com/casino_moonbay/status/1830044455566677702
This post was deleted by the account owner before we got to it, so there
was nothing left for us to act on.

We will come back to you on the rest in the original ticket (#0915527).

Kind regards,
Noah
X Legal Operations

On Thu, Sep 12, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Our request KCSC-240903-01 of 3 September 2024 is past its deadline. The
> following items are still pending on our side:
>
{quote(chr(10).join(X1[4:]))}
>
> Please tell us what happened to each of them.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="agent's reply to an overdue-request reminder, URL on its own line with the outcome on the lines below",
    why="two posts kept up as not violating, one deleted by its author; the quoted reminder only lists pending items",
    items={X1[6]: "rejected", X1[7]: "rejected", X1[8]: "not_found"},
)

TABLE_ROWS = [
    (X1[9], "Removed &ndash; violates our illegal gambling policy"),
    (X1[10], "Withheld in: KR"),
    (X1[11], "No violation found &ndash; content remains available"),
    (X1[12], "Not found &ndash; the post does not exist"),
    (X1[13], "Account suspended"),
]
rows_html = "\n".join(
    f'<tr><td style="padding:4px;border:1px solid #ccc"><a href="{u}">{u}</a></td>'
    f'<td style="padding:4px;border:1px solid #ccc">{s}</td></tr>' for u, s in TABLE_ROWS)
case(
    name="x-freshdesk-resolved-html-table",
    **{"from": "legal-desk@x.com"}, name_from="X Legal Desk",
    date=d(13, 10, 12),
    subject="Ticket #48213 has been resolved [KCSC-240903-01]",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Korea Communications Standards Commission,</p>
<p>Your ticket <b>#48213</b> (<i>KCSC-240903-01 &ndash; removal request</i>) has been marked
<b>Resolved</b>. The outcome for the remaining reported URLs is below.</p>
<table style="border-collapse:collapse">
<tr><th style="padding:4px;border:1px solid #ccc">Reported URL</th><th style="padding:4px;border:1px solid #ccc">Outcome</th></tr>
{rows_html}
</table>
<p>If you believe this ticket was resolved in error, reply to this email within 7 days to reopen it.</p>
<p>X Legal Desk</p>
<p style="color:#888;font-size:11px">Check the status of your tickets at <a href="https://legal-desk.x.com/support/tickets/48213">https://legal-desk.x.com/support/tickets/48213</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with an HTML outcome table",
    why="one removed, one withheld in KR, one kept up, one not found, the account suspended (made unavailable: removed)",
    items={X1[9]: "removed", X1[10]: "restricted", X1[11]: "rejected", X1[12]: "not_found", X1[13]: "removed"},
)

case(
    name="x-jira-comment-status-lines",
    **{"from": "legal-desk@x.com"}, name_from="Min-ji Park (Jira)",
    date=d(11, 17, 30),
    subject="[JIRA] (LGL-7731) KCSC-240903-01 gambling posts - new comment",
    body="""Min-ji Park commented on LGL-7731:
----------------------------------

Results for this batch:

https://x.com/lucky_slot_kr/status/1830011122233344402
Status: Removed

https://x.com/toto_sunrise/status/1830033344455566601
Status: Withheld (KR)

https://x.com/powerball_kr/status/1830077788899900011
Status: Pending review

----------------------------------
View request: https://legal-desk.x.com/servicedesk/customer/portal/4/LGL-7731
Turn off this request's notifications: https://legal-desk.x.com/servicedesk/customer/portal/4/LGL-7731/unsubscribe

This message was sent by Atlassian Jira Service Management.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification of a new comment on a request",
    why="one removed, one withheld in Korea; 'Pending review' is no statement; portal links are not items",
    items={X1[1]: "removed", X1[5]: "restricted", X1[12]: "pending"},
)

case(
    name="x-partial-answer-rest-open",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(6, 9, 48), reply_to_req=req_mid("KCSC-240903-01"),
    subject="Re: KCSC-240903-01 Removal request (Request #0915527)",
    body="""Hello,

We've completed our review of part of your report.

The post at https://x.com/betmaster_99/status/1830022233344455502 has been
removed for violating our rules on illegal gambling.

Our team is still looking at
https://x.com/betmaster_99/status/1830022233344455503 and the other posts
in your report. We'll reply on this ticket once we have an outcome for
them.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a support ticket, rest still open",
    why="one post removed; the next one is explicitly still under review",
    items={X1[3]: "removed", X1[4]: "pending"},
)

CSV_ATT = "\n".join([
    "reported_url,action,detail",
    f"{X1[0]},removed,Illegal gambling policy",
    f"{X1[1]},removed,Illegal gambling policy",
    f"{X1[2]},withheld,Country withheld: KR",
    f"{X1[3]},no action,No violation found",
    f"{X1[4]},not found,Post did not exist at time of review",
    f"{X1[5]},removed,Illegal gambling policy",
]) + "\n"
case(
    name="x-csv-attachment-outcomes",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(10, 15, 3), reply_to_req=req_mid("KCSC-240903-01"),
    subject="Re: KCSC-240903-01 Removal request (Request #0915527) - outcomes attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b836-csv-1"

--b836-csv-1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The outcome for each of the first six URLs in your request KCSC-240903-01
is in the attached file. We will send the rest separately.

Regards,
X Support (Request #0915527)

--b836-csv-1
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcomes_part1.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcomes_part1.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--b836-csv-1--
""",
    outcome="applied", classification="confirmation",
    imitates="support agent reply carrying a CSV export of per-URL outcomes",
    why="CSV: three removed, one withheld in KR, one no action, one not found",
    items={X1[0]: "removed", X1[1]: "removed", X1[2]: "restricted", X1[3]: "rejected",
           X1[4]: "not_found", X1[5]: "removed"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "legal-support@x.com"}, name_from="X",
    date=d(12, 19, 2),
    subject="Update on your legal request 0915527-LR (KCSC-240903-01)",
    body="""Hello,

We're writing to let you know the outcome of your legal request.

Your report
  Request ID: 0915527-LR
  Reporter: Korea Communications Standards Commission
  Reported content: https://x.com/sportsbet_lee/status/1830066677788899901
  Reported content: https://x.com/powerball_kr/status/1830077788899900011
  Legal basis: Act on Promotion of Information and Communications Network
               Utilization, Article 44-7
  Description: Promotion of unlicensed online gambling

Our decision
We have withheld the reported content in South Korea. It remains available
in other countries.

For more information about withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome notice echoing the submitted report",
    why="the echoed report names both posts and the decision withholds exactly that content in Korea",
    items={X1[11]: "restricted", X1[12]: "restricted"},
)

case(
    name="x-gmail-reply-over-quoted-request",
    **{"from": "jiho.legalops@x.com"}, name_from="Ji-ho Yoon",
    date=d(11, 10, 17), reply_to_req=req_mid("KCSC-240903-01"),
    subject="Re: KCSC-240903-01 Removal request",
    body=f"""Hi,

Update on your request KCSC-240903-01:

- https://x.com/casino_moonbay/status/1830044455566677702 - removed
- https://x.com/jackpot_hana/status/1830055566677788801 and
  https://x.com/jackpot_hana/status/1830055566677788802 - reviewed, no
  violation of our rules or local law; we are not taking action on these.

Thanks,
Ji-ho
X Legal Operations

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(OUR_X1_REQUEST)}
""",
    outcome="applied", classification="confirmation",
    imitates="individual agent's Gmail reply on top of the quoted original request",
    why="one removed, two refused (one statement for a pair, each named); the quoted request below says nothing",
    items={X1[8]: "removed", X1[9]: "rejected", X1[10]: "rejected"},
)

case(
    name="x-promise-will-be-removed",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(11, 13, 40), reply_to_req=req_mid("KCSC-240903-01"),
    subject="Re: KCSC-240903-01 Removal request (Request #0915527)",
    body="""Hello,

Quick update on your ticket. Our reviewers have confirmed that the
following posts break our rules:

https://x.com/toto_sunrise/status/1830033344455566602
https://x.com/casino_moonbay/status/1830044455566677701

They will be removed within the next 24 hours. We'll confirm in this thread
once that is done.

Thanks,
X Support
""",
    outcome="review", review="not_understood",
    imitates="agent update promising an action that has not happened yet",
    why="'will be removed' is a promise, not a statement: both stay pending",
    items={X1[6]: "pending", X1[7]: "pending"},
)

case(
    name="x-solved-all-actioned-bulk",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(16, 8, 55), reply_to_req=req_mid("KCSC-240903-01"),
    subject="[X Support] Request #0915527 has been solved",
    body="""##- Please type your reply above this line -##

Your request (#0915527) has been solved. To reopen it, reply to this email.

----------------------------------------------

Dana (X Support)

Sep 16, 2024, 08:55 GMT+9

Hello,

All of the posts reported in KCSC-240903-01 have now been actioned. We
consider this request complete and are closing the ticket.

Regards,
Dana
X Support

--------------------------------
This email is a service from X Support. [8QZ4-LM2P]
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notification with a blanket closing comment",
    why="a statement about all fourteen posts without naming any of them",
    items={u: "pending" for u in X1},
)

case(
    name="x-zendesk-receipt",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(3, 10, 1), reply_to_req=req_mid("KCSC-240903-01"),
    subject="[X Support] Re: KCSC-240903-01 Removal request (Request #0915527)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""##- Please type your reply above this line -##

Your request (#0915527) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:00 GMT+9

{OUR_X1_REQUEST}

--------------------------------
This email is a service from X Support. [8QZ4-LM2P]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk automatic 'request received' notification that repeats the requester's first comment",
    why="pure receipt; the URLs below are our own request repeated by the ticket system",
)

case(
    name="x-agent-out-of-office",
    **{"from": "dana.kwon@x.com"}, name_from="Dana Kwon",
    date=d(13, 18, 2),
    subject="Automatic reply: KCSC-240903-01 Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 23 September
with limited access to email.

Legal requests are handled by the team mailbox in my absence; your message
has not been forwarded.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange automatic reply of an individual agent",
    why="out-of-office reply",
)

case(
    name="x-ticket-closed-inactivity",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(17, 9, 0),
    subject="[X Support] Request #0920118: Closed",
    body="""##- Please type your reply above this line -##

Hello,

We haven't heard back from you on request #0920118, so we have marked it
as solved. If you still need help, just reply to this email within 4 days
and the request will reopen automatically.

X Support
https://help.x.com

--------------------------------
This email is a service from X Support. [2HT7-QX9V]
""",
    outcome="review", review="no_claims",
    imitates="Zendesk automation closing a pending ticket after inactivity",
    why="trusted X mail naming no item and no request of ours (an unrelated ticket number)",
)

# ================================================================ X, KCSC-240912-07

case(
    name="x7-angle-brackets-wrapped",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(13, 11, 20), reply_to_req=req_mid("KCSC-240912-07"),
    subject="Re: KCSC-240912-07 Synthetic intimate images (Request #0921734)",
    body="""Hello,

Thank you for your report. We removed the following posts for violating
our non-consensual nudity policy:

<https://x.com/deepfake_hub_k/status/1833344455566677001>,
<https://x.com/deepfake_hub_k/status/
1833344455566677002>

The account remains under review for further violations.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X policy-violation outcome in a support ticket, URLs in angle brackets, one wrapped by the mail client",
    why="both posts removed; the second URL is wrapped inside its angle brackets",
    items={X7[0]: "removed", X7[1]: "removed"},
)

case(
    name="x7-statement-then-url-below",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    date=d(14, 15, 45), reply_to_req=req_mid("KCSC-240912-07"),
    subject="Re: KCSC-240912-07 Synthetic intimate images (Request #0921734)",
    body="""Hello,

Following our review under Korean law:

The following post has been withheld in South Korea:
https://x.com/deepfake_hub_k/status/1833344455566677001

We could not find the following post. It may have been removed before our
review, or the link may be incorrect:
https://x.com/deepfake_hub_k/status/1833344455566677002

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X ticket reply with each statement on one line and its URL on the next",
    why="one withheld in Korea; the other could not be found (the hedge is about why, not about whether)",
    items={X7[0]: "restricted", X7[1]: "not_found"},
)

case(
    name="x7-forged-auth-fail",
    **{"from": "legal-support@x.com"}, name_from="X Support",
    auth="fail",
    date=d(13, 2, 14), reply_to_req=req_mid("KCSC-240912-07"),
    subject="Re: KCSC-240912-07 (Request #0921734) resolved",
    body="""Hello,

Both reported posts have been removed:
https://x.com/deepfake_hub_k/status/1833344455566677001
https://x.com/deepfake_hub_k/status/1833344455566677002

Request #0921734 is now solved.

X Support
""",
    outcome="review", review="untrusted",
    imitates="ticket-solved notice whose x.com sender fails DKIM/SPF/DMARC",
    why="claims removal but the sender's domain fails authentication",
    items={X7[0]: "pending", X7[1]: "pending"},
)

# ================================================================ YouTube, KCSC-240905-02

case(
    name="yt-legal-ticket-resolved",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 8, 30), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7382000038812] KCSC-240905-02 Legal removal request",
    body="""Hello,

Thanks for reaching out to us.

After review, we have taken the following actions in response to your
request:

- https://www.youtube.com/watch?v=Qm3xT7pL2aZ - removed from YouTube for
  violating our Community Guidelines on the sale of regulated goods.
- https://www.youtube.com/watch?v=Hk8vR2nD5wE - blocked from view in South
  Korea on the basis of local law.

This case is now marked as resolved. Replying to this email will reopen it.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support case reply with a per-URL action list",
    why="one removed globally, one blocked in Korea only (restricted)",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-followup-over-quoted-reply",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(13, 9, 10), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7382000038812] KCSC-240905-02 Legal removal request",
    body="""Hello again,

Here is the outcome for the two remaining items in your request:

The Short https://www.youtube.com/shorts/Zp4cN9sB1yU has been
age-restricted.

The channel https://www.youtube.com/@greenleafpharm_kr has been terminated
for repeated violations of our Community Guidelines.

Regards,
The YouTube Legal Support Team

On Tue, Sep 10, 2024 at 8:30 AM YouTube Legal Support <youtube-legal-support@google.com> wrote:
> Hello,
>
> After review, we have taken the following actions in response to your
> request:
>
> - https://www.youtube.com/watch?v=Qm3xT7pL2aZ - removed from YouTube
> - https://www.youtube.com/watch?v=Hk8vR2nD5wE - blocked from view in South
>   Korea on the basis of local law.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up on a reopened YouTube legal case above the quoted previous reply",
    why="Short age-restricted, channel terminated (removed); the quoted earlier reply is not re-applied",
    items={YT[2]: "restricted", YT[3]: "removed", YT[0]: "pending", YT[1]: "pending"},
)

YT_QP = """Hello,

We reviewed the content you reported at https://www.youtube.com/watch?v=Hk8vR2nD5wE under the Korean law you cited and under our Community Guidelines.

We did not find that this content violates local law or our policies. For this reason we are not taking action on it, and the video remains available on YouTube.

If you have additional information, such as a court order, you can reply to this email and your case (5-7382000038812) will be reopened.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-quoted-printable-no-violation",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 20, 4), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7382000038812] KCSC-240905-02 Legal removal request",
    raw_mime=f"""Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal 'no action taken' reply, quoted-printable with soft line breaks",
    why="refusal with its reason: stays up",
    items={YT[1]: "rejected"},
)

case(
    name="yt-ack-plus-removal",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 7, 52), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7391000041177] KCSC-240905-02 Legal removal request",
    body="""Hello,

Thank you for contacting YouTube. We've received your request and created
case 5-7391000041177.

We reviewed the Short at https://www.youtube.com/shorts/Zp4cN9sB1yU and
removed it for violating our policy on the sale of illegal or regulated
goods. The other items in your request are still with our team.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="first reply of a case that both acknowledges receipt and reports an action",
    why="acknowledgement phrase plus an unhedged removal of one item",
    items={YT[2]: "removed"},
)

case(
    name="yt-hedged-already-gone",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 11, 15), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7382000038812] KCSC-240905-02 Legal removal request",
    body="""Hello,

Thanks for your patience.

It looks like the video at https://www.youtube.com/watch?v=Qm3xT7pL2aZ may
have already been taken down by the uploader; we're confirming this with
the relevant team.

The video at https://www.youtube.com/watch?v=Hk8vR2nD5wE is currently
being reviewed and we'll get back to you as soon as we can.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="interim case update with hedged wording",
    why="'may have already been taken down' is a hedge and 'being reviewed' no statement: both pending",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-conflicting-macro",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(12, 16, 28), reply_to_req=req_mid("KCSC-240905-02"),
    subject="Re: [5-7382000038812] KCSC-240905-02 Legal removal request",
    body="""Hello,

We have removed the video https://www.youtube.com/watch?v=Hk8vR2nD5wE from
YouTube.

Case summary
------------
URL: https://www.youtube.com/watch?v=Hk8vR2nD5wE
Outcome: No action taken - content does not violate local law or policy

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="conflicting_statements",
    imitates="agent text and an auto-filled case summary that disagree",
    why="the same video is said to be removed and to be left up",
    items={YT[1]: "pending"},
)

case(
    name="yt-receipt-echoing-submission",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date=d(5, 11, 3),
    subject="We received your legal request - KCSC-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Thanks for your submission.

We've received your legal request and will review it as soon as possible.
You'll hear from us by email. Please don't reply to this message.

Here's a copy of what you submitted:

Product: YouTube
Your reference: KCSC-240905-02
Country: South Korea
URLs:
{chr(10).join(YT)}
Description: Videos and a channel selling prescription drugs without a
licence.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal web-form receipt with a copy of the submission",
    why="pure receipt; the URLs are only our submission echoed back",
    items={u: "pending" for u in YT},
)

# ================================================================ NAVER, KCSC-240906-03

case(
    name="naver-cs-answer-partial",
    **{"from": "navercs@navercorp.com"}, name_from=enc("네이버 고객센터"),
    date=d(10, 14, 0), reply_to_req=req_mid("KCSC-240906-03"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (접수번호: 2409-0611-3321)"),
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240906-03)에 대한 처리 결과를 안내드립니다.

1. https://blog.naver.com/dalbit_store/223551234567
   → 게시중단 처리 완료 (2024.09.10)

2. {CAFE_RAW}
   → 임시조치(30일) 처리 완료

나머지 1건은 현재 검토 중이며, 처리되는 대로 다시 안내드리겠습니다.

감사합니다.

※ 본 메일은 발신 전용입니다. 추가 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 answer mail with a numbered 처리 결과 list",
    why="blog post 게시중단 (removed), cafe post 임시조치 (restricted); the raw Korean cafe path matches its encoded form",
    items={NV[0]: "removed", CAFE_ENC: "restricted"},
)

NV_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>귀 위원회의 시정요구 건(KCSC-240906-03)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 내용</th><th>조치일</th></tr>
<tr><td>1</td><td>https://blog.naver.com/dalbit_store/223551234567</td><td>위반 사항 없음 (게시 유지)</td><td>-</td></tr>
<tr><td>2</td><td>{CAFE_RAW}</td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>3</td><td>https://blog.naver.com/hanul_pills/223559876543</td><td>비공개 처리</td><td>2024-09-11</td></tr>
</table>
<p>1번 게시물은 의약품 판매가 아닌 후기성 게시물로 확인되어 운영정책상 조치 대상에 해당하지 않습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(11, 16, 40), reply_to_req=req_mid("KCSC-240906-03"),
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240906-03 조치 결과 회신",
    raw_mime=f"""Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(NV_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 as a base64 HTML table",
    why="one kept up (no violation, with reason), cafe post deleted, blog post made private (removed)",
    items={NV[0]: "rejected", CAFE_ENC: "removed", NV[2]: "removed"},
)

case(
    name="naver-reply-to-reminder-outlook",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(14, 10, 25),
    subject="RE: [재요청] KCSC-240906-03 미회신 건 처리 결과 요청",
    body="""안녕하세요. 네이버 정책지원팀입니다.

재요청 주신 건 회신드립니다.

https://blog.naver.com/hanul_pills/223559876543 게시물은 확인 결과 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 13, 2024 6:30 PM
To: policy@navercorp.com
Subject: [재요청] KCSC-240906-03 미회신 건 처리 결과 요청

네이버 담당자님께,

2024년 9월 6일 요청드린 시정요구(KCSC-240906-03) 중 아래 게시물의 처리 결과를 아직 받지 못했습니다.

https://blog.naver.com/hanul_pills/223559876543

처리 결과를 회신해 주시기 바랍니다.

방송통신심의위원회 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply to the regulator's reminder with '-----Original Message-----' below",
    why="already deleted by its author, no longer exists: not_found",
    items={NV[2]: "not_found"},
)

case(
    name="naver-fullwidth-punctuation",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(12, 11, 0), reply_to_req=req_mid("KCSC-240906-03"),
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240906-03",
    body=f"""안녕하세요, 네이버입니다.

요청하신 게시물 https://blog.naver.com/dalbit_store/223551234567、https://blog.naver.com/hanul_pills/223559876543 두 건은 모두 블라인드 처리하였습니다。

{CAFE_RAW}（카페 게시글）은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다。

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply in prose with full-width punctuation right after the URLs",
    why="two named blog posts blinded (removed); the cafe post kept up for breaking no rule",
    items={NV[0]: "removed", NV[2]: "removed", CAFE_ENC: "rejected"},
)

case(
    name="naver-bulk-all-done",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date=d(12, 17, 45), reply_to_req=req_mid("KCSC-240906-03"),
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240906-03 처리 완료",
    body="""안녕하세요. 네이버 정책지원팀입니다.

요청하신 KCSC-240906-03 건의 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line 처리 완료 reply",
    why="'all the posts' of a three-item request, none named",
    items={u: "pending" for u in NV},
)

case(
    name="naver-out-of-office",
    **{"from": "seoyeon.han@navercorp.com"}, name_from=enc("한서연"),
    date=d(6, 9, 31),
    subject=enc("[자동회신] 부재중입니다: [방송통신심의위원회] 시정요구 KCSC-240906-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 한서연입니다.

9월 6일(금)부터 9월 9일(월)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office reply",
)

# ================================================================ Kakao, KCSC-240909-04

case(
    name="kakao-cs-solved-numbered",
    **{"from": "cs@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    date=d(12, 15, 10), reply_to_req=req_mid("KCSC-240909-04"),
    subject=enc("[카카오 고객센터] 문의(#7720931)가 해결되었습니다 - KCSC-240909-04"),
    body="""##- 이 줄 위에 답장을 작성해 주세요 -##

문의(#7720931)가 해결 상태로 변경되었습니다.

----------------------------------------------

카카오 고객센터 담당자

2024년 9월 12일 15:10

안녕하세요, 카카오 고객센터입니다.
요청하신 다음 카페 게시물에 대한 처리 결과를 안내드립니다.

1) https://cafe.daum.net/moonlit-club/Ab1c/101 : 삭제
2) https://cafe.daum.net/moonlit-club/Ab1c/102 : 삭제
3) https://cafe.daum.net/pinegrove88/Xy9z/55 : 블라인드
4) https://cafe.daum.net/pinegrove88/Xy9z/56 : 운영정책 위반 사항 없음 (조치하지 않음)

카카오TV 클립은 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Zendesk 'solved' notification with a numbered result list",
    why="two deleted, one blinded (removed), one refused for breaking no rule",
    items={KK[0]: "removed", KK[1]: "removed", KK[2]: "removed", KK[3]: "rejected"},
)

case(
    name="kakao-korean-particles",
    **{"from": "cafe-policy@kakaocorp.com"}, name_from="Daum 카페 운영팀",
    date=d(13, 11, 45), reply_to_req=req_mid("KCSC-240909-04"),
    subject="Re: [방송통신심의위원회] KCSC-240909-04 음란물 게시물 시정요구",
    body="""안녕하세요, Daum 카페 운영팀입니다.

https://cafe.daum.net/pinegrove88/Xy9z/56은 청소년 유해 게시물로 판단되어 성인인증 후에만 열람할 수 있도록 접근을 제한하였습니다.

https://tv.kakao.com/channel/3012345/cliplink/441122334의 영상은 운영정책 위반으로 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply with Korean particles glued to the URLs",
    why="cafe post age-gated (restricted), clip deleted (removed)",
    items={KK[3]: "restricted", KK[4]: "removed"},
)

case(
    name="kakao-jira-resolved-english",
    **{"from": "trust-desk@kakaocorp.com"}, name_from="Kakao Trust Desk (Jira)",
    date=d(11, 19, 20),
    subject="[JIRA] (KTS-2291) KCSC-240909-04 adult content - Resolved",
    body="""Kakao Trust Desk resolved KTS-2291 as Done.
-------------------------------------------------

Resolution comment (Sora Lim):

We checked the two moonlit-club posts in your request.

https://cafe.daum.net/moonlit-club/Ab1c/101 was taken down on 11 Sep 2024.
https://cafe.daum.net/moonlit-club/Ab1c/102 is an invalid link: no post
with this number exists in the cafe.

-------------------------------------------------
View request: https://trustdesk.kakaocorp.com/servicedesk/customer/portal/2/KTS-2291

This message was sent by Atlassian Jira Service Management.
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with a resolution comment",
    why="one taken down, one invalid link (not_found); portal link is not an item",
    items={KK[0]: "removed", KK[1]: "not_found"},
)

case(
    name="kakao-freshdesk-receipt",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(9, 14, 2), reply_to_req=req_mid("KCSC-240909-04"),
    subject="[카카오 고객센터] 문의가 접수되었습니다 (#7720931)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: #7720931
제목: [방송통신심의위원회] KCSC-240909-04 음란물 게시물 시정요구

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 이 메일 주소로 발송됩니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean ticket receipt",
    why="pure receipt with a ticket number",
)

case(
    name="kakao-read-receipt",
    **{"from": "hyunwoo.jang@kakaocorp.com"}, name_from="장현우",
    date=d(9, 15, 37),
    subject="읽음: [방송통신심의위원회] KCSC-240909-04 음란물 게시물 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b836-mdn"

--b836-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-09 15:37에 받는 사람이 메시지를 열었습니다.

제목: [방송통신심의위원회] KCSC-240909-04 음란물 게시물 시정요구

--b836-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Original-Recipient: rfc822;hyunwoo.jang@kakaocorp.com
Final-Recipient: rfc822;hyunwoo.jang@kakaocorp.com
Original-Message-ID: <{req_mid("KCSC-240909-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b836-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (MDN)",
    why="read receipt",
)

case(
    name="kakao-zendesk-subdomain-sender",
    **{"from": "support@kakaosafety.zendesk.com"}, name_from="Kakao Safety Center",
    date=d(12, 10, 30), reply_to_req=req_mid("KCSC-240909-04"),
    subject="[Kakao Safety Center] Re: KCSC-240909-04 (#55102)",
    body="""##- Please type your reply above this line -##

Your request (#55102) has been solved.

Kakao Safety Center

Sep 12, 2024, 10:30 GMT+9

Hello,

The following posts were deleted:
https://cafe.daum.net/moonlit-club/Ab1c/101
https://cafe.daum.net/moonlit-club/Ab1c/102

Kakao Safety Center
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's default *.zendesk.com address instead of the platform's domain",
    why="the sender domain is not one of Kakao's configured domains",
    items={KK[0]: "pending", KK[1]: "pending"},
)

case(
    name="kakao-internal-forward",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(13, 16, 5), reply_to_req=req_mid("KCSC-240909-04"),
    subject="Fwd: 카페 게시물 처리 결과 - KCSC-240909-04",
    body="""안녕하세요, 카카오 고객센터입니다.
담당 부서의 회신을 아래와 같이 전달드립니다.

---------- Forwarded message ---------
From: 카페운영팀 <cafe-ops@kakaocorp.com>
Date: 2024년 9월 13일 (금) 오후 3:40
Subject: 카페 게시물 처리 결과
To: 고객센터 <cs@kakaocorp.com>

https://cafe.daum.net/pinegrove88/Xy9z/55 블라인드 처리 완료
https://cafe.daum.net/pinegrove88/Xy9z/56 블라인드 처리 완료
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="ticket agent forwarding another department's internal reply",
    why="the statuses are only in the forwarded block (a header typed into the body), the forwarder adds none of their own",
    items={KK[2]: "pending", KK[3]: "pending"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d(11, 13, 15),
    subject="[카카오 고객센터] 문의(#7721408)에 대한 답변입니다",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의하신 URL({CAFE_RAW})은 당사(카카오)가 운영하는 서비스가 아닌 네이버 카페의 게시물입니다.

참고로 확인해 보니 해당 게시물은 현재 삭제되어 존재하지 않습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean CS reply pointing out that the URL belongs to another portal",
    why="Kakao states a status for a NAVER item",
    items={CAFE_ENC: "pending"},
)

# ================================================================ Telegram, KCSC-240910-05

case(
    name="tg-case-number-mixed",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(12, 3, 40), reply_to_req=req_mid("KCSC-240910-05"),
    subject="Re: KCSC-240910-05 [Case #4410223]",
    body="""Hello,

Case #4410223

Thank you for your report. We have completed our review.

The following message is now blocked for users in South Korea:
https://t.me/nightmarket_kr/1184

The following message was deleted:
https://t.me/nightmarket_kr/1190

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk case reply",
    why="one blocked in Korea (restricted), one deleted",
    items={TG[0]: "restricted", TG[1]: "removed"},
)

case(
    name="tg-outlook-reply-to-reminder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(18, 6, 12),
    subject="RE: [KCSC reminder] KCSC-240910-05: 2 items still pending [Case #4410223]",
    body="""Hello,

The message https://t.me/nightmarket_kr/1190 could not be found. The
channel has no message with that number.

We are still reviewing the other message.

Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 18, 2024 9:00 AM
To: dsa@telegram.org
Subject: [KCSC reminder] KCSC-240910-05: 2 items still pending

Dear Telegram,

Our request KCSC-240910-05 of 10 September 2024 is past its deadline.
The following items are still pending:

https://t.me/nightmarket_kr/1184
https://t.me/nightmarket_kr/1190

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply to the regulator's reminder, original below an unquoted separator",
    why="one message not found; the other is still being reviewed; the reminder below is our own text",
    items={TG[1]: "not_found", TG[0]: "pending"},
)

case(
    name="tg-asks-for-details",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=d(11, 4, 5), reply_to_req=req_mid("KCSC-240910-05"),
    subject="Re: KCSC-240910-05 [Case #4410223]",
    body="""Hello,

Case #4410223

To process your request we need the specific provision of Korean law
that each reported message breaches, and a copy of the decision of your
Commission. Please reply to this email with these documents.

Until we receive them we cannot act on this case.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram request for the legal basis and supporting documents",
    why="the platform asks us for more information; nothing is stated about the items",
)

# ================================================================ Discord, KCSC-240911-06

case(
    name="discord-helpscout-single-item",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date=d(13, 8, 2), reply_to_req=req_mid("KCSC-240911-06"),
    subject="Re: KCSC-240911-06 - reported server invite [#3394021]",
    body="""Hi there,

Thanks for your patience. Our Safety team has reviewed your report and
taken action: the server has been removed from Discord and its invite link
no longer works.

If you have further questions, just reply to this email.

Best,
Jordan
Discord Trust & Safety

--
Ticket #3394021 | Discord Safety Center
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style reply from a Trust & Safety agent",
    why="the request has one item (the invite): its server removed, link dead",
    items={DC[0]: "removed"},
)

case(
    name="discord-conditional-warning",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    date=d(12, 7, 30), reply_to_req=req_mid("KCSC-240911-06"),
    subject="Re: KCSC-240911-06 - reported server invite [#3394021]",
    body="""Hi there,

Thanks for reporting https://discord.gg/Vx7Qk2Pz.

We have warned the owner of this server. If the content you described is
not taken down within 48 hours, the server will be removed.

Best,
Jordan
Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Trust & Safety interim reply with a conditional enforcement",
    why="a warning and a conditional promise: nothing has happened to the item yet",
    items={DC[0]: "pending"},
)

case(
    name="discord-reminder-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date=d(18, 9, 1),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b836-dsn"

--b836-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety@discord.com>: host aspmx.l.google.com[192.0.2.27] said:
    550 5.1.1 The email account that you tried to reach does not exist.
    (in reply to RCPT TO command)

--b836-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:00:58 +0900 (KST)

Final-Recipient: rfc822; trust-safety@discord.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach
    does not exist.

--b836-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@discord.com
Subject: [KCSC reminder] KCSC-240911-06: 1 item still pending
Date: Wed, 18 Sep 2024 09:00:57 +0900
Message-ID: <reminder.KCSC-240911-06.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Discord,

Our request KCSC-240911-06 of 11 September 2024 is past its deadline. The
following item is still pending:

https://discord.gg/Vx7Qk2Pz

KCSC Takedown Desk

--b836-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="bounce of our own reminder",
    items={DC[0]: "pending"},
)


HEADER = """# blind836: ticket systems and threads (Zendesk/Freshdesk/Jira/Help Scout-style
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written from each email's meaning before
# any run of the reader. Generated by make.py: do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind836", HEADER, CASES)


if __name__ == "__main__":
    main()
