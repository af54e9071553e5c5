#!/usr/bin/env python3
"""Blind set 230: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved tickets, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from seven platforms.

Every expected result below was written from the meaning of the email
alone, before the reader was run on it. Deterministic: running it again
rewrites the same bytes.

    python3 tests/corpus/blind230/make.py
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

corpuslib.DOMAIN_NAMES.update({
    "discord.com": "Discord",
    "tiktok.com": "TikTok",
    "kakaocorp.com": "Kakao",
    "kakao.com": "Kakao",
})

# ---------------------------------------------------------------- requests
TG1 = "https://t.me/mirrorfield_ads/311"
TG2 = "https://t.me/mirrorfield_ads/318"
TG3 = "https://t.me/grey_lantern_chat/902"

X = [
    "https://x.com/bluekiln_shop/status/1831204455810000101",   # 0
    "https://x.com/bluekiln_shop/status/1831204455810000117",   # 1
    "https://x.com/parrot_ledger/status/1831377120040000233",   # 2
    "https://x.com/parrot_ledger/status/1831377120040000240",   # 3
    "https://x.com/nightoak_77/status/1831402983310000352",     # 4
    "https://x.com/nightoak_77/status/1831402983310000368",     # 5
    "https://x.com/quill_ferry/status/1831519004470000474",     # 6
    "https://x.com/quill_ferry/status/1831519004470000489",     # 7
    "https://x.com/ember_tollgate/status/1831623310090000515",  # 8
    "https://x.com/ember_tollgate/status/1831623310090000526",  # 9
    "https://x.com/saltmarsh_kr/status/1831704488120000637",    # 10
    "https://x.com/saltmarsh_kr/status/1831704488120000648",    # 11
    "https://x.com/hollow_pier/status/1831810277650000759",     # 12
    "https://x.com/hollow_pier",                                # 13
]

YT1 = "https://www.youtube.com/watch?v=Qm7tR2vLx9A"
YT2 = "https://www.youtube.com/watch?v=Hc4nP8wKz1E"
YT3 = "https://www.youtube.com/shorts/Vb3sJ6yTq0U"
YT4 = "https://www.youtube.com/@dimlighthouse_tv"

NV1 = "https://blog.naver.com/moonstep_22/223580012345"
NV2 = "https://cafe.naver.com/quietpond/5521"
NV3 = "https://blog.naver.com/moonstep_22/223580019876"

DC1 = "https://discord.com/channels/1120034455667788990/1120034455667788999/1281999000111222333"
DC2 = "https://discord.gg/fernvault"

TT1 = "https://www.tiktok.com/@lumen.arcade/video/7412003344556677889"

KK_SLUG_RAW = "제품-후기-모음"
KK1 = "https://driftwood-note.tistory.com/entry/%EC%A0%9C%ED%92%88-%ED%9B%84%EA%B8%B0-%EB%AA%A8%EC%9D%8C"
KK1_RAW = "https://driftwood-note.tistory.com/entry/" + KK_SLUG_RAW
KK2 = "https://driftwood-note.tistory.com/88"
KK3 = "https://cafe.daum.net/pinehollow/Xk2e/4410"
KK4 = "https://cafe.daum.net/pinehollow/Xk2e/4415"
KK5 = "https://pf.kakao.com/_xbQmtG"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     [TG1, TG2, TG3], "illegal_gambling", "req-240903-01@kcsc.example", "channel posts"),
    ("KCSC-240905-02", "x", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     X, "drug_sale", "req-240905-02@kcsc.example", "largest request of the set"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:15:00+09:00", "2024-09-13T23:59:59+09:00",
     [YT1, YT2, YT3, YT4], "illegal_gambling", "req-240906-03@kcsc.example", ""),
    ("KCSC-240909-04", "naver", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [NV1, NV2, NV3], "fraud", "req-240909-04@kcsc.example", ""),
    ("KCSC-240910-05", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [DC1, DC2], "obscenity", "req-240910-05@kcsc.example", "message link and server invite"),
    ("KCSC-240911-06", "tiktok", "2024-09-11T10:05:00+09:00", "2024-09-18T23:59:59+09:00",
     [TT1], "illegal_gambling", "req-240911-06@kcsc.example", "single video"),
    ("KCSC-240912-07", "kakao", "2024-09-12T13:40:00+09:00", "2024-09-19T23:59:59+09:00",
     [KK1, KK2, KK3, KK4, KK5], "fraud", "req-240912-07@kcsc.example", "Tistory, Daum cafe, Kakao channel"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047 encode a header value (Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def reminder_headers(ref, num="1"):
    short = ref.split("-", 1)[1].lower()
    return [
        f"In-Reply-To: <reminder.{ref}.{num}@kcsc.example>",
        f"References: <req-{short}@kcsc.example> <reminder.{ref}.{num}@kcsc.example>",
    ]


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ Telegram
case(
    name="tg-zendesk-receipt",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Tue, 03 Sep 2024 02:41:17 +0000",
    subject="[Request #58213] Received: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body="""
##- Please type your reply above this line -##

Hello,

This is an automated message to confirm that we have received your
request (#58213) regarding "KCSC-240903-01 removal request".

A member of our abuse team will pick it up. There is no need to send
the request again: if you have anything to add, reply to this email and
your message will be attached to the same ticket.

Telegram Support

This email is a service from Telegram Support. [Ticket #58213]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt with the reply-above-this-line marker",
    why="pure receipt: ticket number, no item, no result",
    items={},
)

case(
    name="tg-solved-numbered-url-then-status",
    **{"from": "support@telegram.org"}, name_from="Telegram Support",
    date="Thu, 05 Sep 2024 06:14:52 +0000",
    subject="[Request #58213] Solved: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen it, reply to this email.

----------------------------------------------

Nikolai (Telegram Abuse Team)

Sep 5, 2024, 09:14 GMT+3

Hello,

We have looked at the three links in your request KCSC-240903-01.

1) {TG1}
   Removed. The message broke our Terms of Service and has been
   deleted from the channel.

2) {TG2}
   Removed as well, for the same reason.

3) {TG3}
   We could not find this message. The link does not lead to any
   message on Telegram, so there was nothing for us to act on.

Best regards,
Nikolai
Telegram Abuse Team

----------------------------------------------

This email is a service from Telegram Support. [Ticket #58213]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification carrying the agent's comment, numbered URL with the status on the lines below",
    why="each URL followed by its own unhedged result: two removed, one not found",
    items={TG1: "removed", TG2: "removed", TG3: "not_found"},
)

case(
    name="tg-outlook-reply-to-reminder",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 16 Sep 2024 07:32:05 +0000",
    subject="RE: Reminder: KCSC-240903-01 - 2 item(s) still pending",
    extra_headers=reminder_headers("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for the reminder. Following our review, the message
{TG3} has been restricted for users in South Korea;
it remains visible in other countries.

Regards,
Telegram Abuse Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: dsa@telegram.org
Subject: Reminder: KCSC-240903-01 - 2 item(s) still pending

Dear Telegram,

On 3 September 2024 we asked you to remove the following content
(reference KCSC-240903-01). We have not yet received your answer for:

  {TG2}
  {TG3}

The deadline was 10 September 2024. Please let us know what action has
been taken.

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply top-posted over our reminder, Outlook '-----Original Message-----' quoting",
    why="new text restricts grey_lantern_chat/902 in Korea; mirrorfield_ads/318 only appears in our quoted reminder",
    items={TG3: "restricted", TG2: "pending"},
)

case(
    name="tg-receipt-with-early-result",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 03 Sep 2024 09:05:44 +0000",
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We received your report and opened ticket #58240 for it.

Our moderators had already dealt with one of the links before your
message reached us: {TG1} was taken down on
3 September for promoting illegal gambling. We will reply on this
ticket about the other two links once we have finished checking them.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk ticket receipt that also reports an action already taken",
    why="receipt phrase plus an unhedged 'was taken down' for one named link: not a pure acknowledgement",
    items={TG1: "removed"},
)

case(
    name="tg-helpdesk-relay-auth-fail",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    auth="fail",
    date="Wed, 04 Sep 2024 11:20:09 +0000",
    subject="[#58213] KCSC-240903-01 - content removed",
    reply_to_req="req-240903-01",
    extra_headers=["X-Mailer: HelpDeskPro Cloud 7.4"],
    body=f"""
Hello,

All three messages reported under KCSC-240903-01 have been deleted:

- {TG1}
- {TG2}
- {TG3}

Ticket #58213 is now closed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="result sent through a third-party helpdesk relay that fails DKIM/DMARC for the platform's domain",
    why="telegram.org sender failing DMARC: statements cannot be trusted",
    items={TG1: "pending", TG2: "pending", TG3: "pending"},
)

case(
    name="tg-escalated-will-be-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 04:48:31 +0000",
    subject="Re: KCSC-240903-01 removal request [#58213]",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Your request KCSC-240903-01 has been escalated to our moderation team.
The messages at {TG1} and
{TG2} will be taken down once the team has
confirmed the violation, normally within 48 hours. We will let you
know when this is done.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk 'escalated' update promising removal",
    why="only a conditional promise ('will be taken down once...'): no statement, items stay pending",
    items={TG1: "pending", TG2: "pending"},
)

# ================================================================ X
case(
    name="x-jira-request-received",
    **{"from": "jira@legalrequests.x.com"}, name_from="X Legal Service Desk",
    date="Thu, 05 Sep 2024 05:03:12 +0000",
    subject="LGL-44821 Request received: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
------
Reply above this line.

Your request has been received

Hi KCSC Takedown,

We've received your request and logged it as LGL-44821. Someone from our
legal operations team will get back to you.

View request:
https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-44821

Turn off this request's notifications:
https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-44821/unsubscribe

This is shared with KCSC Takedown.

Help Center, powered by Jira Service Management, sent you this message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request received' customer notification",
    why="pure receipt; portal links are not items",
    items={},
)

X_CSV_ROWS = [
    (X[0], "Removed", "Global", "Illegal goods and services"),
    (X[1], "Removed", "Global", "Illegal goods and services"),
    (X[2], "Withheld", "KR", "Local law"),
    (X[3], "Withheld", "KR", "Local law"),
    (X[4], "No action", "", "No violation found"),
    (X[5], "Removed", "Global", "Illegal goods and services"),
    (X[6], "Not found", "", "Post does not exist"),
    (X[7], "Withheld", "KR", "Local law"),
    (X[8], "Removed", "Global", "Illegal goods and services"),
    (X[9], "No action", "", "No violation found"),
    (X[10], "Withheld", "KR", "Local law"),
    (X[11], "Not found", "", "Deleted by the account holder before review"),
    (X[12], "Removed", "Global", "Illegal goods and services"),
    (X[13], "Account suspended", "Global", "Repeated violations"),
]
X_CSV_STATUS = {"Removed": "removed", "Withheld": "restricted", "No action": "rejected",
                "Not found": "not_found", "Account suspended": "removed"}


def x_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["reported_url", "action", "scope", "reason"])
    for r in X_CSV_ROWS:
        w.writerow(r)
    return buf.getvalue()


case(
    name="x-jsm-resolved-csv-attachment",
    **{"from": "jira@legalrequests.x.com"}, name_from="X Legal Service Desk",
    date="Fri, 13 Sep 2024 08:26:40 +0000",
    subject="LGL-44821 Resolved: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="jsm-b230-0001"

--jsm-b230-0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

------
Reply above this line.

Daniel R. resolved your request LGL-44821 as Done.

Hello,

We have completed our review of the 14 URLs in your request
KCSC-240905-02. The outcome for each URL is in the attached file
(kcsc-240905-02-outcome.csv). "Withheld" means the content is not
available to viewers in South Korea; "No action" means we did not find
a violation of the X Rules or of local law as reported.

Regards,
Daniel R.
X Legal Operations

View request:
https://legalrequests.x.com/servicedesk/customer/portal/4/LGL-44821

--jsm-b230-0001
Content-Type: text/csv; charset=utf-8; name="kcsc-240905-02-outcome.csv"
Content-Disposition: attachment; filename="kcsc-240905-02-outcome.csv"
Content-Transfer-Encoding: base64

{b64(x_csv())}
--jsm-b230-0001--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved' notification with a per-URL outcome CSV attached",
    why="CSV gives one action per URL for all 14 items; the body defines Withheld (Korea) and No action",
    items={u: X_CSV_STATUS[a] for u, a, _s, _r in X_CSV_ROWS},
)

case(
    name="x-partial-answer-five-of-fourteen",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:12:18 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821]",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

A first answer on LGL-44821 (your reference KCSC-240905-02). We have
completed five of the fourteen URLs so far:

{X[0]} - removed
{X[1]} - removed
{X[2]} - withheld in South Korea
{X[3]} - withheld in South Korea
{X[4]} - no action, we did not find a violation

The remaining nine are still with our reviewers and we will answer on
this ticket as soon as we can.

Thanks,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer on a ticket: results for some URLs, the rest still in review",
    why="five named URLs with results; the nine others are only 'still with our reviewers' and stay pending",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
           X[4]: "rejected", X[5]: "pending", X[13]: "pending"},
)

case(
    name="x-zendesk-followup-with-history",
    **{"from": "legal-support@x.com"}, name_from="X Legal Support",
    date="Fri, 13 Sep 2024 05:41:02 +0000",
    subject="[X Legal] Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""
##- Please type your reply above this line -##

Your request (1184207) has been updated. To add additional comments,
reply to this email.

----------------------------------------------

Daniel R. (X Legal Operations)

Sep 13, 2024, 05:41 UTC

Hello again,

Here is an update on four more URLs from your request KCSC-240905-02:

- {X[5]} : removed globally for violating our rules on illegal goods and services
- {X[6]} : we could not find this post; it does not exist on X
- {X[7]} : withheld in South Korea
- {X[8]} : removed

Regards,
Daniel

----------------------------------------------

Daniel R. (X Legal Operations)

Sep 6, 2024, 02:10 UTC

Thank you for your request. We have received it and our team is
reviewing the reported posts.

----------------------------------------------

KCSC Takedown

Sep 5, 2024, 05:00 UTC

Dear X Legal team,

Under Article 44-7 of the Network Act we request the removal of the
following posts (reference KCSC-240905-02):

{chr(10).join(X)}

Please reply with the action taken for each URL by 12 September 2024.

Korea Communications Standards Commission

----------------------------------------------

This email is a service from X Legal Support.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk update notification that prints the whole ticket history (newest first) without '>' quoting",
    why="the newest comment gives four results; the history below holds only an acknowledgement and our own request listing all 14 URLs",
    items={X[5]: "removed", X[6]: "not_found", X[7]: "restricted", X[8]: "removed",
           X[0]: "pending", X[4]: "pending", X[9]: "pending", X[13]: "pending"},
)

case(
    name="x-closed-all-removed-bulk",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 10:02:55 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821] - closed",
    reply_to_req="req-240905-02",
    body="""
Hello,

Your ticket LGL-44821 (KCSC-240905-02) has been closed.

All of the posts listed in your request have been removed from X.

Kind regards,
X Legal Operations
""",
    outcome="review", review="bulk",
    imitates="ticket closure note with a blanket 'all posts removed'",
    why="one statement about all 14 items without naming any: bulk review, nothing applied",
    items={X[0]: "pending", X[13]: "pending"},
)

case(
    name="x-account-suspended",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 01:55:30 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Regarding KCSC-240905-02: the account {X[13]} has been
permanently suspended for violating our rules on illegal goods and
services. The account and its profile are no longer available on X.

If the account holder appeals and the suspension is lifted, we will not
notify you separately; you can check the profile yourself.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter",
    why="the reported account is suspended and unavailable: removed; the account's reported post is not named",
    items={X[13]: "removed", X[12]: "pending"},
)

case(
    name="x-account-holder-gmail",
    **{"from": "quillferry.mgmt@gmail.com"}, name_from="Quill Ferry Media",
    date="Fri, 13 Sep 2024 12:40:19 +0000",
    subject="Your request KCSC-240905-02 about my posts",
    body=f"""
To whom it may concern,

X informed me today that two of my posts,
{X[6]} and
{X[7]}, were removed
because of your request KCSC-240905-02.

I do not agree with this. The posts were about a legal product sold in
another country. Please tell me how I can object.

Regards,
Quill Ferry Media
""",
    outcome="review", review="unknown_sender",
    imitates="account holder writing to the regulator after a platform notice",
    why="gmail.com is no platform domain: what it says about X's items is hearsay",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-youtube-link-not-ours",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 06:18:47 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

One of the posts in your request embeds the video
{YT2}. That video is hosted on YouTube,
not on X: we have no record of it and cannot take any action on it.
Please send requests about the video itself to Google.

X Legal Operations
""",
    outcome="review", review="wrong_platform",
    imitates="platform pointing out that a link belongs to another service",
    why="X speaks about a YouTube item of KCSC-240906-03; it cannot state that item's status",
    items={YT2: "pending"},
)

X_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Ticket #301774 &ndash; KCSC-240905-02: here is where we stand on three of the posts you asked about.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Post</th><th>Decision</th><th>Details</th></tr>
<tr><td><a href="{X[9]}">x.com/ember_tollgate/status/1831623310090000526</a></td><td>No action</td><td>Not in violation of the X Rules or of Korean law as reported; the post stays up</td></tr>
<tr><td><a href="{X[10]}">x.com/saltmarsh_kr/status/1831704488120000637</a></td><td>Withheld</td><td>Not available in South Korea</td></tr>
<tr><td><a href="{X[11]}">x.com/saltmarsh_kr/status/1831704488120000648</a></td><td>Not found</td><td>Deleted by its author before our review</td></tr>
</table>
<p>Regards,<br>X Legal Support</p>
<p style="color:#999999;font-size:11px">Ticket status: Resolved &middot; This email was sent by Freshdesk on behalf of X Legal Support.</p>
</body></html>
"""

case(
    name="x-freshdesk-html-table-base64",
    **{"from": "support@x.com"}, name_from="X Legal Support",
    date="Thu, 12 Sep 2024 09:14:03 +0000",
    subject="[#301774] KCSC-240905-02 - decisions on three posts",
    reply_to_req="req-240905-02",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(X_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk HTML-only agent reply with a decision table, base64 body",
    why="one row per post: no action (stays up), withheld in Korea, deleted by its author",
    items={X[9]: "rejected", X[10]: "restricted", X[11]: "not_found"},
)

X_QP_TEXT = f"""Hi,

Sorry for the delay \u2014 both posts named in your reminder are dealt with:

{X[12]}
has been removed.

{X[5]}
is now withheld in South Korea.

Best,
Julien Moreau
X Legal \u00b7 Paris

On Mon, Sep 16, 2024 at 9:00\u202fAM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> Reference KCSC-240905-02. Still pending after the deadline of
> 12 September 2024:
>
> {X[5]}
> {X[12]}
>
> Please tell us what action has been taken.
"""

case(
    name="x-gmail-reply-to-reminder-qp",
    **{"from": "j.moreau@x.com"}, name_from="Julien Moreau",
    date="Tue, 17 Sep 2024 08:03:26 +0000",
    subject="Re: Reminder: KCSC-240905-02 - 2 item(s) still pending",
    extra_headers=reminder_headers("KCSC-240905-02"),
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(X_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply over our reminder, quoted-printable, URL with the status on the next line",
    why="hollow_pier/759 removed, nightoak_77/368 withheld in Korea; the quoted reminder adds nothing",
    items={X[12]: "removed", X[5]: "restricted"},
)

case(
    name="x-wrapped-urls-in-angle-brackets",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 02:37:50 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821]",
    reply_to_req="req-240905-02",
    body="""
Hello KCSC team,

Re: KCSC-240905-02 / LGL-44821

The following two posts are withheld in South Korea with effect from
today:

<https://x.com/saltmarsh_kr/status/
1831704488120000637>
<https://x.com/saltmarsh_kr/status/
1831704488120000648>

They remain visible outside Korea.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mailer wrapped long URLs inside angle brackets (RFC 3986 appendix C)",
    why="two posts withheld in Korea; each URL is split over two lines inside <...>",
    items={X[10]: "restricted", X[11]: "restricted"},
)

case(
    name="x-no-violation-stays-up",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 07:09:12 +0000",
    subject="Re: KCSC-240905-02 removal request [LGL-44821]",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We reviewed the post {X[4]}
reported in KCSC-240905-02. We did not find it to violate the X Rules,
and the request does not give us a legal basis to withhold it in
Korea. The post stays up and we are taking no action on it.

For more on how we handle requests from governments, see
https://help.x.com/en/rules-and-policies/government-requests

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X refusal of a government request with its reason and a help-centre link",
    why="explicit refusal with reason for one named post: rejected; the help link is not an item",
    items={X[4]: "rejected"},
)

case(
    name="x-out-of-office",
    **{"from": "m.tanaka@x.com"}, name_from="Mika Tanaka",
    date="Fri, 06 Sep 2024 00:02:11 +0000",
    subject="Automatic reply: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September
with limited access to email.

For legal requests, please write to legal@x.com and a colleague will
help you.

Mika
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-outcome-list",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 04:27:36 +0000",
    subject="Re: [3-9281000034567] KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed the content you reported under KCSC-240906-03 and have
taken the following actions:

- {YT1} : blocked for viewers in South Korea under local law
- {YT2} : this video has been actioned under our policies
- {YT3} : removed from YouTube for violating our Community Guidelines
- {YT4} : we reviewed the channel as a whole and did not find it in violation; no action was taken on the channel

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome email listing one action per URL",
    why="local block (restricted), 'actioned under our policies' (configured removed phrase), removed, no action on the channel (rejected)",
    items={YT1: "restricted", YT2: "removed", YT3: "removed", YT4: "rejected"},
)

case(
    name="yt-age-restricted-over-gmail-quote",
    **{"from": "youtube-trust@google.com"}, name_from="YouTube Trust & Safety",
    date="Mon, 09 Sep 2024 08:51:20 +0000",
    subject="Re: KCSC-240906-03 removal request",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Following your request, the Short {YT3}
has been age-restricted. It is no longer shown to signed-out viewers or
to viewers under 18.

Kind regards,
YouTube Trust & Safety

On Fri, Sep 6, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Reference: KCSC-240906-03
> Please remove the following content:
> {YT1}
> {YT2}
> {YT3}
> {YT4}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply over the quoted request",
    why="age restriction of the Short: restricted; the quoted request states nothing",
    items={YT3: "restricted", YT1: "pending", YT2: "pending", YT4: "pending"},
)

case(
    name="yt-echoed-report-decision",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 23:10:05 +0000",
    subject="[3-9281000034567] Update on your report",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

Thanks for your patience. Your report is copied below for reference.

  Case ID: 3-9281000034567
  Your reference: KCSC-240906-03
  URL: {YT1}
  Description (as submitted): The video advertises an unlicensed
  online betting site to Korean viewers.

Our decision

After review, we removed this video from YouTube globally because it
violates our policy on regulated goods (online gambling).

The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google support update that echoes the submitted report, then gives the decision",
    why="the only URL is the echoed one and 'we removed this video' refers to it: removed",
    items={YT1: "removed"},
)

YT_HTML = f"""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p>Your request <b>#7720419</b> has been solved. If you believe it is not, reply to this email to reopen it.</p>
<hr>
<p><b>Sora K.</b> (YouTube Legal)<br><span style="color:#999">Sep 12, 2024, 14:03 KST</span></p>
<p>Hello,</p>
<p>Here is the result for the two items you asked us to look at again under KCSC-240906-03:</p>
<ul>
<li>Channel <a href="{YT4}">@dimlighthouse_tv</a> &mdash; terminated for repeated violations of our spam and scams policies. The channel is no longer available on YouTube.</li>
<li>Video <a href="{YT2}">{YT2}</a> &mdash; after a second review the video does not violate our Community Guidelines and stays up.</li>
</ul>
<p>Best regards,<br>Sora</p>
<hr>
<p style="color:#999;font-size:11px">This email is a service from YouTube Legal Support. [7720419]</p>
"""

case(
    name="yt-zendesk-solved-html-only",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 05:03:44 +0000",
    subject="[YouTube Legal] Solved: KCSC-240906-03",
    reply_to_req="req-240906-03",
    type="html",
    body=YT_HTML,
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'solved' notification in HTML only, agent comment as a bulleted list with links",
    why="channel terminated (removed); video stays up after review (rejected)",
    items={YT4: "removed", YT2: "rejected"},
)

case(
    name="yt-channel-under-review",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject="Re: [3-9281000034567] KCSC-240906-03",
    reply_to_req="req-240906-03",
    body=f"""
Hello,

The channel {YT4} that you reported under
KCSC-240906-03 is currently under review by our policy specialists.
We may take further action depending on the outcome and will update
you by email.

The Google Team
""",
    outcome="review", review="not_understood",
    imitates="Google support 'under review' status update",
    why="under review and 'may take further action': no statement about the channel",
    items={YT4: "pending"},
)

case(
    name="yt-forwarded-by-employee",
    **{"from": "mseo@google.com"}, name_from="Minji Seo",
    date="Wed, 11 Sep 2024 07:44:58 +0000",
    subject="Fwd: KCSC-240906-03 - outcome",
    body=f"""
Hello KCSC team,

The answer below from our removals team went to the wrong address, so
I am forwarding it to you.

Minji Seo
Google Korea

---------- Forwarded message ---------
From: Legal Removals <legal-removals@google.com>
Date: Tue, Sep 10, 2024 at 6:02 PM
Subject: KCSC-240906-03 - outcome
To: <kcsc-intake@google.com>

Hello,

The video {YT1} has been removed from YouTube
for violating our policy on regulated goods.

Legal Removals
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail forward of an internal team's answer by a platform employee",
    why="the statement is only in the forwarded part; the forwarder says nothing herself",
    items={YT1: "pending"},
)

# ================================================================ NAVER
case(
    name="naver-cs-receipt-korean",
    **{"from": "help@navercorp.com"}, name_from=h("네이버 고객센터"),
    date="Mon, 09 Sep 2024 02:42:10 +0000",
    subject=h("[네이버 고객센터] 문의 접수 안내 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

 - 접수번호: NV-20240909-771204
 - 접수일시: 2024.09.09 11:42

담당자가 내용을 확인한 후 순서대로 답변드리겠습니다.
답변은 이 메일 주소로 발송되며, 추가로 전달하실 내용이 있으면 본 메일에 회신해 주세요.

감사합니다.
네이버 고객센터 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 안내 receipt",
    why="pure receipt with a 접수번호, no item, no result",
    items={},
)

case(
    name="naver-result-arrow-lines",
    **{"from": "rights@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Thu, 12 Sep 2024 06:15:33 +0000",
    subject=h("[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240909-04 건의 처리 결과를 안내드립니다.

1. {NV1}
   → 게시중단 조치 완료

2. {NV2}
   → 임시조치(30일) 적용

3. {NV3}
   → 해당 게시물이 존재하지 않아 조치할 수 없습니다.

처리 결과에 대한 문의는 본 메일로 회신해 주시기 바랍니다.

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내, numbered URL with the result on an arrow line below",
    why="게시중단 (removed), 임시조치 (restricted), 게시물이 존재하지 않음 (not_found)",
    items={NV1: "removed", NV2: "restricted", NV3: "not_found"},
)

case(
    name="naver-all-deleted-bulk",
    **{"from": "help@navercorp.com"}, name_from=h("네이버 고객센터"),
    date="Fri, 13 Sep 2024 01:20:44 +0000",
    subject=h("Re: [네이버 고객센터] 문의 답변 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

접수번호 NV-20240909-771204 (KCSC-240909-04) 관련하여 안내드립니다.
요청하신 게시물은 모두 삭제 조치되었습니다.

이용에 참고 부탁드립니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER customer-centre answer with a blanket 모두 삭제",
    why="'all requested posts deleted' for a three-item request, no URL named: bulk",
    items={NV1: "pending", NV2: "pending", NV3: "pending"},
)

NV_HTML = f"""<html><body>
<p>안녕하세요. 네이버 고객센터입니다.</p>
<p>문의하신 시정요구(KCSC-240909-04)에 대한 조치결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{NV1}</td><td>블라인드</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{NV2}</td><td>비공개 처리</td><td>카페 매니저 조치</td></tr>
<tr><td>3</td><td>{NV3}</td><td>-</td><td>작성자가 이미 삭제한 게시물</td></tr>
</table>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</body></html>
"""

case(
    name="naver-html-table-qp",
    **{"from": "help@navercorp.com"}, name_from=h("네이버 고객센터"),
    date="Fri, 13 Sep 2024 07:48:02 +0000",
    subject=h("[네이버 고객센터] 시정요구 조치결과 회신 (KCSC-240909-04)"),
    reply_to_req="req-240909-04",
    raw_mime=f"""
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(NV_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 HTML table, quoted-printable",
    why="블라인드 (removed), 비공개 처리 (removed), 작성자가 이미 삭제 (not_found)",
    items={NV1: "removed", NV2: "removed", NV3: "not_found"},
)

case(
    name="naver-outlook-reply-to-reminder-korean",
    **{"from": "cafe-ops@navercorp.com"}, name_from=h("네이버 카페 운영팀"),
    date="Tue, 17 Sep 2024 05:10:27 +0000",
    subject=h("RE: [독촉] KCSC-240909-04 미회신 항목 3건"),
    extra_headers=reminder_headers("KCSC-240909-04"),
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.

독촉 메일 확인했습니다. 카페 게시글({NV2})은 9월 13일 자로 게시중단 조치하였습니다.

나머지 블로그 게시물 2건은 담당 부서에서 처리 결과를 별도로 안내드릴 예정입니다.

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: policy@navercorp.com
Sent: 2024-09-17 (화) 09:00:00 (GMT+09:00)
Subject: [독촉] KCSC-240909-04 미회신 항목 3건

네이버 담당자님께,

9월 9일 요청드린 KCSC-240909-04 건 중 아래 항목에 대해 아직 회신을 받지 못했습니다.

{NV1}
{NV2}
{NV3}

조치 결과를 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean top-posted reply over our 독촉 reminder, Outlook/Naver-mail original-message quoting",
    why="cafe post 게시중단 (removed); the two blog posts only get a promise and our quoted list",
    items={NV2: "removed", NV1: "pending", NV3: "pending"},
)

case(
    name="naver-asks-legal-basis",
    **{"from": "rights@navercorp.com"}, name_from=h("네이버 권리보호센터"),
    date="Wed, 11 Sep 2024 03:33:09 +0000",
    subject=h("[네이버] KCSC-240909-04 관련 추가 자료 요청"),
    reply_to_req="req-240909-04",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

KCSC-240909-04 요청 중 {NV2} 게시물에 대해서는 검토를 위해 추가 자료가 필요합니다.

해당 게시물이 어떤 법령의 어느 조항에 위반되는지와 심의 의결서 사본을 회신해 주시면 확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Korean portal request for the legal basis / 의결서 before acting",
    why="asks us for documents about the cafe post; no result",
    items={NV2: "pending"},
)

case(
    name="naver-away-korean-no-header",
    **{"from": "jhpark@navercorp.com"}, name_from=h("박지훈"),
    date="Tue, 17 Sep 2024 00:00:41 +0000",
    subject=h("[부재중] Re: [독촉] KCSC-240909-04 미회신 항목 3건"),
    extra_headers=reminder_headers("KCSC-240909-04"),
    body="""
안녕하세요. 박지훈입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

※ 이 메일은 자동 응답 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 without an Auto-Submitted header",
    why="holiday out-of-office auto-reply, recognizable from subject and body",
    items={},
)

# ================================================================ Discord
case(
    name="discord-zendesk-solved-angle-brackets",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 10:22:15 +0000",
    subject="[Discord] Re: KCSC-240910-05 (Request #21700345)",
    reply_to_req="req-240910-05",
    body=f"""
##- Please type your reply above this line -##

Your request #21700345 has been solved.

Trust & Safety (Discord)
Sep 12, 2024, 3:22 AM PDT

Hi there,

Thanks for your report (your reference KCSC-240910-05). We've
investigated and taken action:

* The message at <{DC1}> has been deleted.
* The invite <{DC2}> has been disabled and the server it pointed to
  has been removed from Discord.

Thanks for helping keep Discord safe.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'solved' reply, URLs in angle brackets",
    why="message deleted, invite disabled and server removed: both removed; the safety page is not an item",
    items={DC1: "removed", DC2: "removed"},
)

case(
    name="discord-reply-to-reminder-url-below",
    **{"from": "support@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 02:07:39 +0000",
    subject="Re: Reminder: KCSC-240910-05 - 2 item(s) still pending",
    extra_headers=reminder_headers("KCSC-240910-05"),
    body=f"""
Hi,

Thanks for the nudge on KCSC-240910-05.

The invite in your request no longer works; the server's owner deleted
the server before our team got to it:
{DC2}

We're still looking into the message link and will reply on this
ticket once we have an answer.

Discord Trust & Safety

On Wed, Sep 18, 2024 at 9:00 AM, KCSC Takedown <takedown@kcsc.example> wrote:
> Reference KCSC-240910-05. Still pending:
> {DC1}
> {DC2}
""",
    outcome="applied", classification="confirmation",
    imitates="partial reply to our reminder, URL on the line below its statement",
    why="invite dead because its owner deleted the server: not_found; the message link is still being looked at",
    items={DC2: "not_found", DC1: "pending"},
)

case(
    name="discord-satisfaction-survey",
    **{"from": "support@discord.com"}, name_from="Discord Support",
    date="Sat, 14 Sep 2024 10:30:00 +0000",
    subject="How did we do? Rate your support experience",
    body="""
Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://support.discord.com/hc/requests/21700345/satisfaction/good?token=9bX2qQ

Bad, I'm unsatisfied
https://support.discord.com/hc/requests/21700345/satisfaction/bad?token=9bX2qQ

Thank you,
Discord Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="trusted Discord mail naming no item and no request of ours (only Discord's own ticket number)",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-thread-reply-sole-item",
    **{"from": "trustandsafety@tiktok.com"}, name_from="TikTok Trust and Safety",
    date="Fri, 13 Sep 2024 03:55:12 +0000",
    subject="Re: KCSC-240911-06 Request for removal",
    reply_to_req="req-240911-06",
    body="""
Hello,

Thank you for your report. We reviewed the video you reported and
removed it for violating our Community Guidelines on gambling.

Regards,
TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome replying in the request's thread without repeating the URL",
    why="reply to a one-item request, unhedged 'removed it': the sole video is removed",
    items={TT1: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    date="Mon, 16 Sep 2024 11:18:26 +0000",
    subject="Decision on your notice KCSC-240911-06",
    reply_to_req="req-240911-06",
    body=f"""
Dear KCSC Takedown,

Statement of reasons - decision on your notice KCSC-240911-06

Content: {TT1}
Decision: visibility restricted
Territorial scope: Republic of Korea
Grounds: illegal content under the law of the Republic of Korea
Facts and circumstances: notice submitted by a competent authority
Automated means used: no

The content remains available outside the territorial scope above.

Information on redress: https://www.tiktok.com/legal/page/global/appeals

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (restriction limited to one territory)",
    why="visibility restricted in Korea: restricted; the redress link is not an item",
    items={TT1: "restricted"},
)

case(
    name="tiktok-freshdesk-marked-resolved",
    **{"from": "partnersupport@tiktok.com"}, name_from="TikTok Partner Support",
    date="Sat, 14 Sep 2024 06:00:03 +0000",
    subject="Ticket #88412 has been resolved",
    reply_to_req="req-240911-06",
    body="""
Hi KCSC Takedown,

Your ticket #88412 "KCSC-240911-06 Request for removal" has been marked
Resolved.

If you think this ticket has not been handled, reply to this email
within 7 days and it will be reopened automatically.

TikTok Partner Support
""",
    outcome="review", review="not_understood",
    imitates="Freshdesk automatic 'ticket resolved' status notification",
    why="a ticket state says nothing about the video itself; names our request, nothing readable about the item",
    items={TT1: "pending"},
)

TT_MDN = """
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-b230-0002"

--mdn-b230-0002
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: h.lee@tiktok.com
  Subject: KCSC-240911-06 Request for removal
  Sent: Wednesday, September 11, 2024 10:05 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 3:47 PM (UTC+09:00) Seoul.

--mdn-b230-0002
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.lee@tiktok.com
Original-Message-ID: <req-240911-06@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b230-0002--
"""

case(
    name="tiktok-read-receipt",
    **{"from": "h.lee@tiktok.com"}, name_from="Hana Lee",
    date="Wed, 11 Sep 2024 06:47:55 +0000",
    subject="Read: KCSC-240911-06 Request for removal",
    reply_to_req="req-240911-06",
    raw_mime=TT_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="read receipt only",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-korean-particles-fullwidth",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    date="Tue, 17 Sep 2024 04:25:50 +0000",
    subject=h("[카카오] 시정요구(KCSC-240912-07) 조치 결과 회신"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 KCSC-240912-07 건에 대해 아래와 같이 조치하였음을 알려드립니다.

티스토리 게시물 {KK1_RAW} 은 게시중단 처리되었으며,
{KK2}은 운영자에 의해 비공개 처리되었습니다.

다음 카페 게시글（{KK3}）은 임시조치되었습니다.
{KK4}의 경우, 검토 결과 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시물을 유지합니다.

카카오톡 채널 건은 확인 중이며 결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치 결과 prose, raw Korean path, particles glued to URLs, full-width parentheses",
    why="게시중단 (removed), 비공개 처리 by the operator (removed), 임시조치 (restricted), 유지 for lack of violation (rejected); channel still being checked",
    items={KK1: "removed", KK2: "removed", KK3: "restricted", KK4: "rejected", KK5: "pending"},
)

KK_CSV = "\ufeff" + "\r\n".join([
    "URL,처리결과,사유",
    f"{KK1},삭제,불법 도박 홍보",
    f"{KK2},삭제,불법 도박 홍보",
    f"{KK3},임시조치(30일),심의 요청 대상",
    f"{KK4},유지,위반 사항 없음",
    f"{KK5},해당 없음,존재하지 않는 채널",
]) + "\r\n"

case(
    name="kakao-csv-attachment-korean",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    date="Wed, 18 Sep 2024 02:12:31 +0000",
    subject=h("[카카오] KCSC-240912-07 처리 결과 (첨부)"),
    reply_to_req="req-240912-07",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="kk-b230-0003"

--kk-b230-0003
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요. 카카오 고객센터입니다." + chr(10) + chr(10) + "KCSC-240912-07 건의 URL별 처리 결과를 첨부 파일로 보내드립니다." + chr(10) + "확인 부탁드립니다." + chr(10) + chr(10) + "감사합니다." + chr(10))}
--kk-b230-0003
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{base64.b64encode('처리결과_KCSC-240912-07.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename="result_KCSC-240912-07.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV)}
--kk-b230-0003--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result sent as a Korean CSV attachment (UTF-8 with BOM), base64 body",
    why="삭제 x2 (removed), 임시조치 (restricted), 유지/위반 사항 없음 (rejected), 존재하지 않는 채널 (not_found)",
    items={KK1: "removed", KK2: "removed", KK3: "restricted", KK4: "rejected", KK5: "not_found"},
)

case(
    name="kakao-channel-thread-reply",
    **{"from": "channel-ops@kakaocorp.com"}, name_from=h("카카오톡 채널 운영팀"),
    date="Thu, 19 Sep 2024 01:40:08 +0000",
    subject=h("Re: KCSC-240912-07 카카오톡 채널 조치 결과"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요, 카카오톡 채널 운영팀입니다.

KCSC-240912-07 건 중 카카오톡 채널 {KK5} 은(는) 운영정책 위반으로
영구 제재되어 채널이 삭제되었습니다.

나머지 티스토리 및 다음 카페 게시물은 고객센터에서 별도로 회신드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao channel team reply in the request's thread",
    why="channel permanently sanctioned and deleted: removed; the other items only get a pointer to another team",
    items={KK5: "removed"},
)

KK_DSN = f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-b230-0004"

--dsn-b230-0004
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cs-legal@kakaocorp.com>: host mailstore3.kakaocorp.com[203.0.113.41] said:
    550 5.1.1 <cs-legal@kakaocorp.com>: Recipient address rejected: User
    unknown in virtual mailbox table

--dsn-b230-0004
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
X-Postfix-Queue-ID: 4WxK2p1Zz9
Arrival-Date: Thu, 19 Sep 2024 09:00:03 +0900 (KST)

Final-Recipient: rfc822; cs-legal@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cs-legal@kakaocorp.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-b230-0004
Content-Type: message/rfc822

Date: Thu, 19 Sep 2024 09:00:00 +0900
From: KCSC Takedown <takedown@kcsc.example>
To: cs-legal@kakaocorp.com
Subject: Reminder: KCSC-240912-07 - 4 item(s) still pending
Message-ID: <reminder.KCSC-240912-07.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Reference KCSC-240912-07. Still pending after the deadline:

{KK1}
{KK2}
{KK3}
{KK4}

Please tell us what action has been taken.

--dsn-b230-0004--
"""

case(
    name="kakao-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    date="Thu, 19 Sep 2024 00:00:05 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=KK_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our reminder with its URLs",
    why="bounce of our own reminder; the URLs are in the returned message",
    items={KK1: "pending", KK4: "pending"},
)

case(
    name="kakao-seems-deleted-hedge",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    date="Mon, 16 Sep 2024 08:05:17 +0000",
    subject=h("Re: [카카오] KCSC-240912-07 문의 답변"),
    reply_to_req="req-240912-07",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

문의하신 {KK4} 게시물은 현재 조회되지 않는 것으로 보아 이미 삭제된 것으로 보입니다.
정확한 처리 이력은 담당 부서에 확인한 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean customer-centre answer hedging ('삭제된 것으로 보입니다') and promising to confirm",
    why="'appears to have been deleted' is a hedge: the item stays pending",
    items={KK4: "pending"},
)


HEADER = """# Blind set 230: ticket systems and threads (tests/corpus/blind230/make.py).
# Written from each email's meaning before the reader was run on it."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind230", HEADER, CASES)
    print(f"{len(CASES)} cases")
