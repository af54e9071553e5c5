#!/usr/bin/env python3
"""Blind set 848: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts followed by results,
solved tickets, follow-ups in the same thread (with the ticket history
repeated below the newest comment), replies to our reminders, partial
answers and forwarded mail. Written from each email's meaning before any
run of the reader. Deterministic: running it twice changes nothing.

    python3 tests/corpus/blind848/make.py
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

# ---------------------------------------------------------------- requests
X = [None,
     "https://x.com/lunar_pawnshop/status/1830112233445566701",
     "https://x.com/lunar_pawnshop/status/1830112233445566702",
     "https://x.com/greyfinch_deals/status/1830455566778899001",
     "https://x.com/greyfinch_deals/status/1830455566778899117",
     "https://x.com/hanbit_relay",
     "https://x.com/mokpo_night_market/status/1829988776655443322",
     "https://x.com/mokpo_night_market/status/1830001122334455667",
     "https://x.com/sora_tickets24/status/1830223344556677889",
     "https://x.com/sora_tickets24/status/1830223344556677990",
     "https://x.com/quietcopper/status/1829876543210987654",
     "https://x.com/quietcopper/status/1829876543210987777",
     "https://x.com/dalbit_exchange/status/1830334455667788990"]
T = [None,
     "https://t.me/harbor_lantern_chat/4417",
     "https://t.me/harbor_lantern_chat/4420",
     "https://t.me/cobalt_orchard/918",
     "https://t.me/velvetkiosk"]
Y = [None,
     "https://www.youtube.com/watch?v=Qm7tLx2Vb9c",
     "https://www.youtube.com/watch?v=Zr4Kd8PwN1e",
     "https://www.youtube.com/@moonrail_review"]
Y7 = "https://www.youtube.com/watch?v=Hy3pWq0sLk8"
N = [None,
     "https://blog.naver.com/sunbird_lab/223560011223",
     "https://cafe.naver.com/bluecrane/88412",
     "https://blog.naver.com/haneul_note/223561234567",
     "https://cafe.naver.com/bluecrane/88419"]
D = [None,
     "https://discord.com/channels/1112223334445556667/1112223334445556670/1280123456789012345",
     "https://discord.gg/ravenmarket"]
K1_RAW = "https://moonjar.tistory.com/entry/중고-거래-목록"
K1 = "https://moonjar.tistory.com/entry/" + quote("중고-거래-목록")  # stored percent-encoded
K = [None, K1, "https://cafe.daum.net/greenferry/Hb7x/2231", "https://saltwind.tistory.com/57"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     X[1:], "illegal_trade", "req-240902-01@kcsc.example", "ticket resale and counterfeit goods"),
    ("KCSC-240903-02", "telegram", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     T[1:], "drugs", "req-240903-02@kcsc.example", "channel and two chat messages"),
    ("KCSC-240905-03", "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     Y[1:], "gambling", "req-240905-03@kcsc.example", "two videos and a channel"),
    ("KCSC-240909-04", "naver", "2024-09-09T09:30:00+09:00", "2024-09-16T18:00:00+09:00",
     N[1:], "privacy", "req-240909-04@kcsc.example", "blog and cafe posts"),
    ("KCSC-240910-05", "discord", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00",
     D[1:], "obscene", "req-240910-05@kcsc.example", "message and server invite"),
    ("KCSC-240911-06", "kakao", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00",
     K[1:], "illegal_trade", "req-240911-06@kcsc.example", "tistory and daum cafe"),
    ("KCSC-240912-07", "youtube", "2024-09-12T15:00:00+09:00", "2024-09-19T18:00:00+09:00",
     [Y7], "gambling", "req-240912-07@kcsc.example", "single video"),
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


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def ids(urls, status):
    return {u: status for u in urls}


# ------------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================ X (KCSC-240902-01, 12 items) ================

ZD_X_HEAD = """##- Please type your reply above this line -##

Your request (40918273) has been updated. To add additional comments, reply to this email.
"""

case(
    name="x-zendesk-update-first-four",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 08:14:52 +0000",
    subject="[X Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=ZD_X_HEAD + f"""
----------------------------------------------

Dana R. (X Support)

Sep 5, 2024, 17:14 GMT+9

Hello,

Thanks for your report under reference KCSC-240902-01. We have finished our
review of the first four posts in your list:

1. {X[1]} - removed for violating the X Rules on illegal goods and services.
2. {X[2]} - removed for the same reason.
3. {X[3]} - withheld in South Korea in response to your legal demand.
4. {X[4]} - we did not find a violation of the X Rules or of local law in this post, so we have not taken action on it.

The rest of the list is still with our team and we'll post an update on
this request separately.

Best,
Dana
X Support

----------------------------------------------
This email is a service from X Support. [QK37-P1M8R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request updated' notification from a platform help desk, numbered per-post results",
    why="Numbered list, each post with its own action: two removed, one withheld in KR, one refused for no violation.",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected"},
)

case(
    name="x-zendesk-followup-with-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 06:40:03 +0000",
    subject="[X Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=ZD_X_HEAD + f"""
----------------------------------------------

Dana R. (X Support)

Sep 9, 2024, 15:40 GMT+9

Hello again,

Here is the next part of your list:

5. {X[5]} - this account has been permanently suspended.
6. {X[6]} - we could not find this post. The link returns an error on our side and there is no record of it under that account.
7. {X[7]} - withheld in South Korea.
8. {X[8]} - removed.

We'll follow up on posts 9 to 12.

Dana

----------------------------------------------

Dana R. (X Support)

Sep 5, 2024, 17:14 GMT+9

Hello,

Thanks for your report under reference KCSC-240902-01. We have finished our
review of the first four posts in your list:

1. {X[1]} - removed for violating the X Rules on illegal goods and services.
2. {X[2]} - removed for the same reason.
3. {X[3]} - withheld in South Korea in response to your legal demand.
4. {X[4]} - we did not find a violation of the X Rules or of local law in this post, so we have not taken action on it.

Best,
Dana

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

Please find our removal request KCSC-240902-01 attached (12 items).

----------------------------------------------
This email is a service from X Support. [QK37-P1M8R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up notification that repeats the whole ticket history below the newest comment (no '>' quoting)",
    why="Newest comment settles posts 5-8; the older comment repeated below is X's own earlier statement in X's own mail (not quoted text), so posts 1-4 stand too.",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "removed", X[6]: "not_found", X[7]: "restricted", X[8]: "removed"},
)

X_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear KCSC team,</p>
<p>Ticket <b>#88123</b> (your reference KCSC-240902-01) has been marked <b>Resolved</b>.
The agent's note is below.</p>
<p>We have completed our review of the remaining posts. Outcome per post:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Note</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Counterfeit tickets</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld in KR</td><td>Local law</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>No action</td><td>Does not violate the X Rules or Korean law as reported</td></tr>
<tr><td><a href="{X[12]}">{X[12]}</a></td><td>Removed</td><td>Illegal goods</td></tr>
</table>
<p>You can read about our enforcement options at
<a href="https://help.x.com/en/rules-and-policies/enforcement-options">help.x.com</a>.</p>
<p>If you believe this ticket has not been resolved, simply reply to this email and it will reopen.</p>
<p style="color:#888">X Legal Support &middot; Powered by a help desk</p>
</body></html>
"""

case(
    name="x-freshdesk-resolved-html-table",
    **{"from": "legalsupport@x.com"}, name_from="X Legal Support",
    date="Wed, 11 Sep 2024 02:05:40 +0000",
    subject="Ticket #88123 has been resolved - KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_TABLE_HTML),
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's HTML table of outcomes (quoted-printable)",
    why="HTML table row per post: removed, withheld in KR, no action (no violation), removed; the help.x.com link is not an item.",
    items={X[9]: "removed", X[10]: "restricted", X[11]: "rejected", X[12]: "removed"},
)

X_CSV = "url,action,date,comment\n" + "\n".join(f"{u},{a},{d},{c}" for u, a, d, c in [
    (X[1], "Removed", "2024-09-05", "illegal goods"),
    (X[2], "Removed", "2024-09-05", "illegal goods"),
    (X[3], "Withheld in KR", "2024-09-05", "country withheld"),
    (X[4], "No violation", "2024-09-05", "remains available"),
    (X[5], "Account suspended", "2024-09-09", "permanent"),
    (X[6], "Not found", "2024-09-09", "post does not exist"),
    (X[7], "Withheld in KR", "2024-09-09", "country withheld"),
    (X[8], "Removed", "2024-09-09", "counterfeit"),
    (X[9], "Removed", "2024-09-10", "counterfeit"),
    (X[10], "Withheld in KR", "2024-09-10", "country withheld"),
    (X[11], "No violation", "2024-09-10", "remains available"),
    (X[12], "Removed", "2024-09-10", "illegal goods"),
]) + "\n"

case(
    name="x-jira-resolved-csv-attachment",
    **{"from": "jira@x.com"}, name_from="X Legal Requests (Jira)",
    date="Thu, 12 Sep 2024 09:31:17 +0000",
    subject="[JIRA] (XLEGAL-5521) KCSC-240902-01 Removal request (12 items) - Resolved",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="jsm-5521-b1"

--jsm-5521-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—-—-—-—-—-—-—-—-—
Reply above this line.

Legal Operations resolved this as Done.

Your request XLEGAL-5521 "KCSC-240902-01 Removal request (12 items)" has been
resolved. The outcome for each of the 12 reported URLs is listed in the
attached file outcome_XLEGAL-5521.csv.

View request: https://legalrequests.x.com/servicedesk/customer/portal/4/XLEGAL-5521
Turn off this request's notifications

This is shared with KCSC Takedown.

--jsm-5521-b1
Content-Type: text/csv; charset=utf-8; name="outcome_XLEGAL-5521.csv"
Content-Disposition: attachment; filename="outcome_XLEGAL-5521.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}--jsm-5521-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with a CSV of per-URL outcomes attached",
    why="The CSV gives every post its own outcome; the portal link is not an item.",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "removed", X[6]: "not_found", X[7]: "restricted", X[8]: "removed",
           X[9]: "removed", X[10]: "restricted", X[11]: "rejected", X[12]: "removed"},
)

case(
    name="x-subdomain-ticket-update",
    **{"from": "noreply@support.x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 01:12:09 +0000",
    subject="Update on your ticket 40920011",
    body=f"""Hello,

There is an update on your ticket 40920011 (your reference: KCSC-240902-01).

The account https://x.com/hanbit_relay has been permanently suspended for
repeated violations of our rules on illegal activity. The profile and its
posts can no longer be viewed on X.

Other items in your report are handled under ticket 40918273.

Thanks,
X Support

Please do not reply to this message; replies go to an unmonitored address.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket update from a platform's no-reply support subdomain",
    why="Suspended account, profile no longer viewable: removed. Sender is a subdomain of x.com.",
    items={X[5]: "removed"},
)

case(
    name="x-angle-bracket-urls-wrapped",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:48:30 +0000",
    subject="RE: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    body="""Hi,

Regarding your request KCSC-240902-01, the two posts below from
@sora_tickets24 were removed today for violating our policy on the sale
of counterfeit event tickets:

<https://x.com/sora_tickets24/status/1830223344556677889>
<https://x.com/sora_tickets24/status/
 1830223344556677990>

Kind regards,
Hyun
X Legal, Global Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one broken across lines by the mail client",
    why="One statement covering two named URLs; the second is wrapped inside its angle brackets, a clerk rejoins it.",
    items={X[8]: "removed", X[9]: "removed"},
)

case(
    name="x-helpscout-partial-answer",
    **{"from": "trust@x.com"}, name_from="X Trust & Safety",
    date="Tue, 10 Sep 2024 05:20:44 +0000",
    subject="Re: KCSC-240902-01 Removal request (12 items) [#7781]",
    reply_to_req="req-240902-01",
    body=f"""Hi there,

Quick update on two of the posts from @quietcopper you asked about.

{X[10]}
We have withheld this post in the Republic of Korea.

{X[11]}
We need a little more time on this one, as it is being looked at by our
legal team. We will get back to you as soon as we can.

Joon
X Trust & Safety

---
Conversation #7781 | View in browser: https://support.x.com/conversation/7781
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout conversation reply, bare URL with the outcome on the next line, one item answered and one deferred",
    why="X10 withheld in KR (restricted); X11 only promised a later answer, stays pending.",
    items={X[10]: "restricted", X[11]: "pending"},
)

case(
    name="x-gmail-reply-to-reminder",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 04:55:12 +0000",
    subject="Re: Reminder: KCSC-240902-01 overdue items",
    extra_headers=["In-Reply-To: <rem-240902-01-1@kcsc.example>",
                   "References: <req-240902-01@kcsc.example> <rem-240902-01-1@kcsc.example>"],
    body=f"""Hello,

Following up on your reminder: {X[11]} has now been
reviewed. We found no violation of our rules or of the local law you cited,
so it remains available on X.

Best,
Hyun

On Mon, Sep 16, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The following items of our request KCSC-240902-01 are still pending
> after the deadline of 9 September:
>
> {X[10]}
> {X[11]}
> {X[12]}
>
> Please let us know what action has been taken.
>
> KCSC
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply to our reminder, the reminder quoted with '>'",
    why="Only X11 is spoken about above the quote (no violation, stays up: rejected); X10 and X12 appear only in our quoted reminder.",
    items={X[11]: "rejected", X[10]: "pending", X[12]: "pending"},
)

case(
    name="x-outlook-original-message",
    **{"from": "mspark@x.com"}, name_from="Min-seo Park",
    date="Fri, 06 Sep 2024 03:03:51 +0000",
    subject="RE: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요,

We have withheld the following two posts in South Korea:

{X[7]}
{X[10]}

The remaining posts are being handled by our support team under ticket 40918273.

Regards,
Min-seo Park
Public Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 Removal request (12 items)

Dear X,

Under the Act on Promotion of Information and Communications Network
Utilization, we request the removal of the following 12 items:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[4]}
5. {X[5]}
6. {X[6]}
7. {X[7]}
8. {X[8]}
9. {X[9]}
10. {X[10]}
11. {X[11]}
12. {X[12]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform's country office, our request below '-----Original Message-----' unquoted",
    why="Two posts withheld in KR above the original message; the other ten appear only in our own request below the separator.",
    items={X[7]: "restricted", X[10]: "restricted", X[1]: "pending", X[4]: "pending", X[12]: "pending"},
)

case(
    name="x-forwarded-from-colleague",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 10:15:00 +0000",
    subject="Fwd: [X Support] Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Forwarding the note our support colleagues left on the ticket, in case it
did not reach you.

Hyun

---------- Forwarded message ---------
From: X Support <support@x.com>
Date: Thu, Sep 5, 2024 at 5:30 PM
Subject: [X Support] Re: KCSC-240902-01
To: X Legal <legal@x.com>

Both posts from @greyfinch_deals have been removed:
{X[3]}
{X[4]}
""",
    outcome="review", classification="forwarded", review="forwarded",
    imitates="Gmail forward of an internal help-desk note by a platform employee",
    why="The statement is inside a forwarded message; a person should confirm it before applying.",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-zendesk-promise-escalated",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 04 Sep 2024 23:10:27 +0000",
    subject="[X Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    body=ZD_X_HEAD + f"""
----------------------------------------------

Chris T. (X Support)

Sep 5, 2024, 08:10 GMT+9

Hello,

Thanks for your patience. I have escalated the posts below to the
specialist team. If they are found to break the X Rules they will be
removed, and if they are only unlawful in Korea they will be withheld
there.

- {X[6]}
- {X[12]}

You'll hear from us once the team has made a decision.

Chris

----------------------------------------------
This email is a service from X Support. [QK37-P1M8R]
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent comment escalating posts, with conditional outcomes",
    why="Only conditional promises ('will be removed if ...'); both named posts stay pending.",
    items={X[6]: "pending", X[12]: "pending"},
)

case(
    name="x-zendesk-solved-bulk",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject="[X Support] Your request 40918273 has been solved",
    reply_to_req="req-240902-01",
    body="""##- Please type your reply above this line -##

Your request (40918273) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Dana R. (X Support)

Sep 13, 2024, 11:00 GMT+9

Hello,

We have completed our review of the posts listed in your report
KCSC-240902-01, and all of them have been removed from X.

We're marking this request as solved. Thanks for working with us.

Dana

----------------------------------------------
This email is a service from X Support. [QK37-P1M8R]
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="Zendesk 'request solved' notification with a one-line blanket outcome",
    why="'All of them have been removed' for a 12-item request without naming each: bulk, nothing applied.",
    items=ids(X[1:], "pending"),
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "support@x.com"}, name_from="X Support", auth="fail",
    date="Sat, 07 Sep 2024 13:44:02 +0000",
    subject="Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    body=f"""Hello,

The following posts have been deleted:

{X[1]}
{X[2]}

Regards,
X Support
""",
    outcome="review", review="untrusted",
    imitates="plain support reply whose x.com sender fails DKIM/SPF/DMARC",
    why="Claims come from an x.com address that failed authentication; nothing applied.",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-zendesk-receipt",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 01:03:10 +0000",
    subject="[X Support] Re: KCSC-240902-01 Removal request (12 items)",
    reply_to_req="req-240902-01",
    body="""##- Please type your reply above this line -##

Your request (40918273) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 2, 2024, 10:00 GMT+9

Please find our removal request KCSC-240902-01 attached (12 items).

----------------------------------------------
This email is a service from X Support. [QK37-P1M8R]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-notification",
    why="Pure receipt with a ticket number, no item named and nothing stated.",
    items={},
)

case(
    name="x-out-of-office-quoting-reminder",
    **{"from": "hyun.cho@x.com"}, name_from="Hyun Cho",
    date="Mon, 16 Sep 2024 01:02:40 +0000",
    subject="Automatic reply: Reminder: KCSC-240902-01 overdue items",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                   "In-Reply-To: <rem-240902-01-1@kcsc.example>"],
    body=f"""I am out of the office until 23 September with limited access to email.
For urgent government requests please write to legal@x.com.

> The following items of our request KCSC-240902-01 are still pending
> after the deadline of 9 September:
>
> {X[10]}
> {X[12]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office that quotes the start of our reminder",
    why="Out-of-office; the URLs are only in our quoted reminder.",
    items={X[10]: "pending", X[12]: "pending"},
)

# ============================ Telegram (KCSC-240903-02, 4 items) ==========

case(
    name="tg-reply-to-reminder-partial",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 09:12:33 +0000",
    subject="Re: Reminder: KCSC-240903-02 response overdue",
    extra_headers=["In-Reply-To: <rem-240903-02-1@kcsc.example>",
                   "References: <req-240903-02@kcsc.example> <rem-240903-02-1@kcsc.example>"],
    body=f"""Hello,

Sorry for the delay, Case #8830412.

The messages {T[1]} and {T[2]} have been deleted.
The channel {T[4]} is now blocked and cannot be viewed by anyone.

The remaining link, cobalt_orchard/918, is still being checked by our team.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a reminder, answering three of four links",
    why="Two messages deleted and a channel blocked for everyone: removed; the fourth is still being checked, pending.",
    items={T[1]: "removed", T[2]: "removed", T[4]: "removed", T[3]: "pending"},
)

case(
    name="tg-bare-url-status-below",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Thu, 05 Sep 2024 18:20:05 +0000",
    subject="Re: KCSC-240903-02 Case #8830977",
    reply_to_req="req-240903-02",
    body=f"""Case #8830977 - results

{T[1]}
Deleted.

{T[2]}
Deleted.

{T[3]}
No such message. This post does not exist in the channel.

{T[4]}
Not blocked. We did not find content in this channel that breaks the
Telegram Terms of Service.

--
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="terse Telegram abuse-desk result list, URL with its outcome on the line below",
    why="Each URL has its outcome on the next line: deleted, deleted, does not exist, not blocked with its reason.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-echoed-report-decision",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Sat, 07 Sep 2024 07:00:41 +0000",
    subject="Your report has been processed (Case #8831150)",
    body=f"""Hello,

Thank you for your report. Our moderators have reviewed it.

-- Your report --
Reference: KCSC-240903-02
Link: {T[3]}
Reason: Illegal goods

-- Decision --
The reported message was removed from Telegram for violating our Terms of
Service.

You can read the Terms of Service at https://telegram.org/tos.

Telegram Moderation
""",
    outcome="applied", classification="confirmation",
    imitates="notice that echoes the submitted report, then the decision",
    why="The echoed report names one link; the decision says that message was removed.",
    items={T[3]: "removed"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 12:33:00 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req="req-240903-02",
    body="""Hi,

All links mentioned in your request have been blocked.

Case #8831822

Telegram Abuse Team
""",
    outcome="review", classification="confirmation", review="bulk",
    imitates="one-line Telegram abuse-desk reply covering a whole request",
    why="'All links' of a four-item request, none named: bulk.",
    items=ids(T[1:], "pending"),
)

case(
    name="tg-hedged-appears-deleted",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 15:02:19 +0000",
    subject="Re: KCSC-240903-02 Case #8830412",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We looked at the links. It appears that {T[1]} may have been
deleted already, and the channel {T[4]} seems to be inactive.
We will keep an eye on both.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply with hedged observations instead of decisions",
    why="'Appears', 'may have been', 'seems' are hedges, not statements: pending, for a person to read.",
    items={T[1]: "pending", T[4]: "pending"},
)

case(
    name="tg-dsn-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx1.telegram.org"}, name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 01:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b7"

--dsn-b7
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@telegram.org>: mailbox unavailable (user unknown)

--dsn-b7
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.telegram.org
Arrival-Date: Wed, 11 Sep 2024 01:00:07 +0000

Final-Recipient: rfc822; legal-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@telegram.org>: Recipient address rejected: User unknown

--dsn-b7
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@telegram.org
Subject: Reminder: KCSC-240903-02 response overdue
Message-ID: <rem-240903-02-1@kcsc.example>
Date: Wed, 11 Sep 2024 10:00:00 +0900

The following items of KCSC-240903-02 are still pending:
{T[1]}
{T[2]}
{T[3]}
{T[4]}

--dsn-b7--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our reminder",
    why="A bounce; the URLs are only in our returned reminder.",
    items=ids(T[1:], "pending"),
)

# ============================ YouTube (KCSC-240905-03, 3; KCSC-240912-07, 1)

case(
    name="yt-case-closed-mixed",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:25:00 +0000",
    subject="Re: [8-1209000031942] KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for reaching out. After reviewing your request, we have taken the
following action:

- {Y[1]} : removed for violating YouTube's Community Guidelines
- {Y[2]} : blocked from view in South Korea based on local law
- {Y[3]} : we did not find this channel to be in violation of our policies or local law, and it remains available

This case is now closed. If you have new information, reply to this email
with the case ID in the subject line.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support case outcome email, one line per URL, case closed",
    why="Removed, blocked in KR (restricted), no violation and stays up (rejected).",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-single-item-no-url",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 06:41:12 +0000",
    subject="Re: [8-1311000042210] KCSC-240912-07 Removal request (1 item)",
    reply_to_req="req-240912-07",
    body="""Hello,

Following our review, the content identified in your notice has been
removed from YouTube under our Community Guidelines.

Case ID: 8-1311000042210

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email that names no URL, answering a one-item request",
    why="Sole unhedged statement in a reply to a one-item request: that item is removed.",
    items={Y7: "removed"},
)

case(
    name="yt-age-restricted-and-deferred",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 08:08:08 +0000",
    subject="Re: [8-1209000031942] KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Hello,

We have applied an age restriction to {Y[2]}; it can
no longer be watched by signed-out viewers or viewers under 18.

For {Y[1]}, our team will take another look
and we'll let you know once a decision has been made.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply applying an age restriction to one video and deferring the other",
    why="Age restriction is restricted; the other video gets only a promise.",
    items={Y[2]: "restricted", Y[1]: "pending"},
)

case(
    name="yt-url-on-line-below-statement",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal KR",
    date="Wed, 11 Sep 2024 00:54:37 +0000",
    subject="RE: KCSC-240905-03 [ref:_00D1x2Yz._5003kABCD:ref]",
    reply_to_req="req-240905-03",
    body=f"""Dear KCSC,

The following video has been removed for violating our policy on
regulated goods and services:
    {Y[1]}

The following video is no longer available in South Korea in response to
your legal request:
    {Y[2]}

Sincerely,
Google Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Salesforce-style case reply (thread ref in subject), statement followed by the URL on the line below",
    why="Each heading sentence governs the indented URL under it: removed; restricted in KR.",
    items={Y[1]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-dsa-style-statement-channel",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date="Thu, 12 Sep 2024 11:00:00 +0000",
    subject="Decision on your notice KCSC-240905-03 (channel)",
    reply_to_req="req-240905-03",
    body=f"""Statement of reasons

Content: {Y[3]}
Type of content: Channel
Decision: Channel terminated
Grounds: Violation of YouTube Community Guidelines (spam, deceptive practices and scams)
Territorial scope: Worldwide
Automated detection used: No
Automated decision used: No

The uploader may appeal this decision: https://support.google.com/youtube/answer/2802168

YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA statement-of-reasons layout sent to the notifier",
    why="Channel terminated worldwide: removed; the appeal help link is not an item.",
    items={Y[3]: "removed"},
)

YT_ALT_TEXT = f"""Update on KCSC-240905-03

The video {Y[1]} is no longer on YouTube: it was deleted by the uploader
before our review, so no action was needed on our side.

{Y[2]} has been removed for violating our Community Guidelines.

The YouTube Team
"""
YT_ALT_HTML = f"""<html><body>
<p><b>Update on KCSC-240905-03</b></p>
<p>The video <a href="{Y[1]}">{Y[1]}</a> is no longer on YouTube: it was deleted by the uploader
before our review, so no action was needed on our side.</p>
<p><a href="{Y[2]}">{Y[2]}</a> has been removed for violating our
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>The YouTube Team</p>
</body></html>
"""

case(
    name="yt-multipart-uploader-deleted",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 04:14:51 +0000",
    subject="Re: [8-1209000031942] KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-yt-33"

--alt-yt-33
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_ALT_TEXT)}
--alt-yt-33
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_ALT_HTML)}
--alt-yt-33--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative outcome email (text and HTML, quoted-printable)",
    why="Deleted by its uploader before review: not_found; the other removed. Policy link not an item.",
    items={Y[1]: "not_found", Y[2]: "removed"},
)

case(
    name="yt-asks-timestamps",
    **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:30:00 +0000",
    subject="Re: [8-1311000042210] KCSC-240912-07 Removal request (1 item)",
    reply_to_req="req-240912-07",
    body=f"""Hello,

To proceed with your request about {Y7} we need some more
information:

1. The timestamps in the video where the content you consider unlawful appears.
2. The specific provision of Korean law it violates.

Please reply to this email with these details. Until then we are unable to
act on the video.

Regards,
The YouTube Legal Team
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="YouTube legal-support request for timestamps and legal basis",
    why="A request for more information; no decision on the video.",
    items={Y7: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "sooah.kim@google.com"}, name_from="Sooah Kim",
    date="Thu, 05 Sep 2024 06:01:00 +0000",
    subject="Read: KCSC-240905-03 Removal request (3 items)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-42"

--mdn-42
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-240905-03 Removal request (3 items)
  Sent: Thursday, September 5, 2024 2:00 PM

was read on Thursday, September 5, 2024 3:01 PM.

--mdn-42
Content-Type: message/disposition-notification

Reporting-UA: mail.google.com
Final-Recipient: rfc822; sooah.kim@google.com
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-42--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook-style read receipt (MDN)",
    why="A read receipt says nothing about the items.",
    items={},
)

# ============================ NAVER (KCSC-240909-04, 4 items) =============

case(
    name="naver-cs-answer-numbered",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 05:30:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 20240910-0001234)",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04)에 대하여 아래와 같이
조치하였음을 알려드립니다.

1) {N[1]}
   → 게시중단 처리 완료
2) {N[2]}
   → 임시조치(30일)
3) {N[3]}
   → 작성자가 이미 삭제한 게시물로 확인되지 않습니다.
4) {N[4]}
   → 카페 운영자에 의해 삭제되었습니다.

더 궁금하신 사항은 고객센터로 문의해 주시기 바랍니다.
감사합니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 inquiry answer (문의번호), numbered URLs with arrow outcomes",
    why="게시중단 removed; 임시조치 restricted; already deleted by its author not_found; 운영자 삭제 removed.",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "removed"},
)

NAVER_TABLE = f"""<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>요청번호 KCSC-240909-04 건의 처리 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>번호</th><th>URL</th><th>처리결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>블라인드</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>접근 제한</td><td>19세 미만 이용 제한</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>조치 불가</td><td>위법성 확인 불가로 게시 유지</td></tr>
</table>
<p>처리 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 정책</a>을 참고해 주십시오.</p>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="naver-policy-html-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 12 Sep 2024 07:45:10 +0000",
    subject="RE: [KCSC-240909-04] 불법정보 게시중단 요청 처리 결과",
    reply_to_req="req-240909-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(NAVER_TABLE),
    outcome="applied", classification="confirmation",
    imitates="Korean 조치결과 table in an HTML reply (base64 body)",
    why="블라인드 removed, 삭제 removed, 접근 제한 restricted, 조치 불가 with reason rejected; policy link not an item.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "rejected"},
)

case(
    name="naver-gmail-korean-quote",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Fri, 13 Sep 2024 02:11:45 +0000",
    subject="Re: [KCSC-240909-04] 불법정보 게시중단 요청",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요, 네이버 한지윤입니다.

{N[3]} 게시물은 9월 13일 비공개 처리되었습니다.
나머지 건은 확인 후 회신드리겠습니다.

감사합니다.
한지윤 드림

2024년 9월 9일 (월) 오전 9:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 담당자님께,
>
> 아래 게시물에 대하여 게시중단을 요청드립니다. (KCSC-240909-04)
>
> 1. {N[1]}
> 2. {N[2]}
> 3. {N[3]}
> 4. {N[4]}
>
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean over our quoted request ('님이 작성:')",
    why="비공개 처리 for one post above the quote: removed; the other three only in our quoted request.",
    items={N[3]: "removed", N[1]: "pending", N[2]: "pending", N[4]: "pending"},
)

case(
    name="naver-followup-after-receipt",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 16 Sep 2024 06:00:00 +0000",
    subject="[네이버 고객센터] 문의번호 20240910-0001234 처리 결과 안내",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

앞서 접수 안내드린 문의(20240910-0001234)의 처리 결과를 알려드립니다.

· {N[1]} ： 게시중단
· {N[2]} ： 게시중단
· {N[3]} ： 19세 이상 이용 제한 조치
· {N[4]} ： 반려 — 요청하신 내용만으로는 게시물의 위법성을 판단하기 어려워 게시중단하지 않았습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up in the same inquiry thread after its receipt, full-width colons",
    why="게시중단 ×2 removed; age limit restricted; 반려 with its reason rejected.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "rejected"},
)

case(
    name="naver-under-review",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 08:20:00 +0000",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다. (문의번호: 20240910-0001234)",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 게시물 중 아래 2건은 현재 담당 부서에서 검토 중이며,
결과가 나오는 대로 다시 안내드리겠습니다.

- {N[2]}
- {N[4]}

이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 answer saying two posts are still under review",
    why="검토 중 / will inform later is not a statement; names two items, so a person looks.",
    items={N[2]: "pending", N[4]: "pending"},
)

PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
       b"3 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n"
       + bytes(range(120, 164)) + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")

case(
    name="naver-result-in-pdf",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Wed, 18 Sep 2024 01:40:00 +0000",
    subject="RE: [KCSC-240909-04] 불법정보 게시중단 요청 처리 결과",
    reply_to_req="req-240909-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-pdf-9"

--nv-pdf-9
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240909-04 건의 처리 결과를 첨부한 PDF 파일로 회신드립니다.
확인 부탁드립니다.

감사합니다.

--nv-pdf-9
Content-Type: application/pdf; name="KCSC-240909-04_result.pdf"
Content-Disposition: attachment; filename="KCSC-240909-04_result.pdf"
Content-Transfer-Encoding: base64

{b64(PDF)}--nv-pdf-9--
""",
    outcome="review", review="unreadable_attachment",
    imitates="policy-team reply whose results are only in an attached PDF",
    why="The outcome is only in a PDF the reader cannot read; a person must open it.",
    items={},
)

case(
    name="naver-out-of-office",
    **{"from": "jiyoon.han@navercorp.com"}, name_from="한지윤",
    date="Mon, 09 Sep 2024 00:31:00 +0000",
    subject="[자동회신] [KCSC-240909-04] 불법정보 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied", "In-Reply-To: <req-240909-04@kcsc.example>"],
    body="""안녕하세요.
9월 9일부터 9월 13일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

한지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="Out-of-office auto-reply.",
    items={},
)

# ============================ Discord (KCSC-240910-05, 2 items) ===========

case(
    name="discord-zendesk-solved",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 21:03:00 +0000",
    subject="[Discord] Re: KCSC-240910-05 Illegal content report [#31124560]",
    reply_to_req="req-240910-05",
    body=f"""##- Please type your reply above this line -##

Your request (31124560) has been solved. To reopen this request, reply to this email.

----------------------------------------------

Discord Trust & Safety (Discord)

Sep 13, 2024, 06:03 GMT+9

Hi there,

Thanks for your report. We have reviewed the reported content and taken
action:

The message at {D[1]}
has been deleted and the account that posted it has been actioned.

The invite {D[2]} has been disabled and the server it led to has been
removed from Discord.

You can learn more about our Community Guidelines at
https://discord.com/guidelines.

Discord Trust & Safety

----------------------------------------------
This email is a service from Discord Trust & Safety. [E4W9-2LMP]
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk 'request solved' email",
    why="Message deleted and invite disabled with its server removed: both removed; guidelines link not an item.",
    items={D[1]: "removed", D[2]: "removed"},
)

case(
    name="discord-invite-invalid-message-pending",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 14:20:00 +0000",
    subject="[Discord] Re: KCSC-240910-05 Illegal content report [#31124560]",
    reply_to_req="req-240910-05",
    body=f"""##- Please type your reply above this line -##

Your request (31124560) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Discord Trust & Safety (Discord)

Sep 11, 2024, 23:20 GMT+9

Hi there,

The invite link {D[2]} you provided is invalid or has expired, and
we could not find a server associated with it.

We're still investigating the message link and will follow up on this
ticket.

Discord Trust & Safety

----------------------------------------------
This email is a service from Discord Trust & Safety. [E4W9-2LMP]
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Zendesk update: invalid invite, message still under investigation",
    why="Invalid invite with no server found: not_found; the message link (not named as a URL) is still pending.",
    items={D[2]: "not_found", D[1]: "pending"},
)

case(
    name="discord-zendesk-hosted-sender",
    **{"from": "support@discordsafety.zendesk.com"}, name_from="Discord Support",
    date="Thu, 12 Sep 2024 03:03:03 +0000",
    subject="[Discord Support] Re: KCSC-240910-05",
    reply_to_req="req-240910-05",
    body=f"""Hi,

The reported message {D[1]} has been removed.

Thanks,
Discord Support
""",
    outcome="review", review="unknown_sender",
    imitates="help-desk reply sent from a zendesk.com-hosted address instead of the platform's domain",
    why="Sender domain is not one of Discord's configured domains; nothing applied.",
    items={D[1]: "pending"},
)

case(
    name="discord-csat-survey",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Sun, 15 Sep 2024 21:10:00 +0000",
    subject="[Discord] How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://discordsafety.example-survey.com/r/31124560/good

Bad, I'm unsatisfied
https://discordsafety.example-survey.com/r/31124560/bad

Here's a reminder of what your ticket was about:
Ticket #31124560

Discord Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer-satisfaction survey sent after a ticket is solved",
    why="Trusted Discord mail, names no requested item and no KCSC reference, states nothing; not an out-of-office, bounce, MDN or receipt.",
    items={},
)

case(
    name="discord-helpscout-autoack",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 07:01:30 +0000",
    subject="Re: KCSC-240910-05 Illegal content report",
    reply_to_req="req-240910-05",
    body="""Hi,

Thanks for contacting Discord Trust & Safety. We've received your message
and a member of our team will get back to you, usually within 3 business
days.

Your conversation number is #5520193. Please keep it in the subject line
if you write to us about this report again.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help Scout mailbox auto-reply with a conversation number",
    why="Pure receipt: nothing stated about any item.",
    items={},
)

# ============================ Kakao (KCSC-240911-06, 3 items) =============

case(
    name="kakao-particles-fullwidth",
    **{"from": "cs_noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 05:05:05 +0000",
    subject="[카카오 고객센터] KCSC-240911-06 처리 결과 안내",
    reply_to_req="req-240911-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 KCSC-240911-06 건의 처리 결과를 알려드립니다.

티스토리 게시물 {K1_RAW} 은 게시중단(블라인드) 처리되었습니다.
티스토리 게시물（{K[3]}）은 30일간 임시조치되었습니다.
{K[2]}의 경우 작성자가 이미 삭제한 게시물로 확인되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 result notice in prose, URLs with a raw Korean path, full-width parentheses and attached particles",
    why="게시중단(블라인드) removed; 임시조치 restricted; deleted by its author not_found. Raw Korean path matches its percent-encoded form.",
    items={K[1]: "removed", K[3]: "restricted", K[2]: "not_found"},
)

KAKAO_B64 = f"""안녕하세요. Daum 카페 운영팀입니다.

KCSC-240911-06 요청과 관련하여 안내드립니다.
다음카페 게시글 {K[2]} 은(는) 카페 이용 정책 위반으로 삭제 조치되었습니다.

감사합니다.
"""

case(
    name="kakao-daum-base64",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페",
    date="Thu, 12 Sep 2024 10:10:10 +0000",
    subject="=?UTF-8?B?" + base64.b64encode("[Daum 카페] KCSC-240911-06 조치 결과".encode()).decode() + "?=",
    reply_to_req="req-240911-06",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(KAKAO_B64),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 team notice, base64 body and encoded-word subject",
    why="One named post 삭제 조치: removed.",
    items={K[2]: "removed"},
)

case(
    name="kakao-wrong-platform-naver-url",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책팀",
    date="Wed, 11 Sep 2024 02:22:00 +0000",
    subject="RE: [KCSC-240909-04] 불법정보 게시중단 요청",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요, 카카오 정책팀입니다.

보내주신 요청의 게시물 {N[2]} 은 당사 서비스(Daum 카페)의 게시물이
아니어서 당사에서 조치할 수 없습니다. 해당 서비스 운영사로 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Korean portal reply to a request addressed to it by mistake",
    why="Kakao speaks about a NAVER item; only NAVER's own mail may set its status.",
    items={N[2]: "pending"},
)

case(
    name="kakao-freshdesk-receipt",
    **{"from": "support@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 01:05:00 +0000",
    subject="[티켓 #20240911-0042] 문의가 정상적으로 접수되었습니다 - KCSC-240911-06",
    reply_to_req="req-240911-06",
    body="""안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (티켓 번호: 20240911-0042)
담당자 확인 후 순차적으로 답변드리겠습니다.

이 메일에 회신하시면 같은 티켓에 내용이 추가됩니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk-style Korean ticket receipt",
    why="Pure receipt with a ticket number; no item, no statement.",
    items={},
)


HEADER = """# Blind set 848 (ticket systems and threads): expected results written
# from each email's meaning before any run of the reader. See NOTES.md.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind848", HEADER, CASES)


if __name__ == "__main__":
    main()
