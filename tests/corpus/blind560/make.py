#!/usr/bin/env python3
"""Blind set 560: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
sentences; expected results were written from each email's meaning alone,
before the reader was ever run on them.

    python3 tests/corpus/blind560/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = "KCSC-240903-01"
YT = "KCSC-240904-02"
NV = "KCSC-240905-03"
TG = "KCSC-240906-04"
DC = "KCSC-240909-05"
KK = "KCSC-240910-06"
RD = "KCSC-240911-07"


def mid(ref):
    return "req." + ref


x1 = "https://x.com/lunar_dice77/status/1829901122334455601"
x2 = "https://x.com/lunar_dice77/status/1829901122334455602"
x3 = "https://x.com/bet_harbor_kr/status/1830012345678901234"
x4 = "https://x.com/bet_harbor_kr/status/1830012345678901299"
x5 = "https://x.com/goldspin_vip/status/1830155500011122233"
x6 = "https://x.com/goldspin_vip/status/1830155500011122244"
x7 = "https://x.com/goldspin_vip/status/1830155500011122255"
x8 = "https://x.com/tidal_odds/status/1830200011223344556"
x9 = "https://x.com/tidal_odds/status/1830200011223344557"
x10 = "https://x.com/pearl_casino_kr/status/1830311112223334445"
x11 = "https://x.com/pearl_casino_kr/status/1830311112223334446"
x12 = "https://x.com/nightowl_toto/status/1830422223334445556"
x13 = "https://x.com/nightowl_toto/status/1830422223334445557"
XS = [x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13]

y1 = "https://www.youtube.com/watch?v=Qm7rT2vLx9A"
y2 = "https://www.youtube.com/watch?v=Hc4pW8nZk1E"
y3 = "https://www.youtube.com/shorts/Zr5uN3bJq0s"
y4 = "https://www.youtube.com/@jackpot_moonrise"
YS = [y1, y2, y3, y4]

n1 = "https://blog.naver.com/silverkite_22/223558810045"
n2 = "https://cafe.naver.com/quickloan2024/15573"
n3 = "https://blog.naver.com/paper_lantern9/223562200310"
NS = [n1, n2, n3]

t1 = "https://t.me/pill_express_kr/2211"
t2 = "https://t.me/pill_express_kr/2214"
t3 = "https://t.me/ice_market_seoul/907"
t4 = "https://t.me/ice_market_seoul/912"
t5 = "https://t.me/night_pharm_bot"
TS = [t1, t2, t3, t4, t5]

d1 = "https://discord.gg/kx8Fq2Lm"
d2 = "https://discord.com/channels/1120033445566778899/1120033445566778900/1281122334455667788"
DS = [d1, d2]

K1_RAW = "https://starry-ledger.tistory.com/entry/대출-문의-안내"
k1 = "https://starry-ledger.tistory.com/entry/%EB%8C%80%EC%B6%9C-%EB%AC%B8%EC%9D%98-%EC%95%88%EB%82%B4"
k2 = "https://cafe.daum.net/moneytree77/Ab3k/1204"
k3 = "https://pf.kakao.com/_xkQmTb"
KS = [k1, k2, k3]

r1 = "https://www.reddit.com/r/seoulfinds/comments/1f9xk2q/cheap_documents_fast/"

REQUESTS = [
    (X, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", XS, "gambling",
     'illegal gambling promotion; accounts incl. "goldspin_vip", "tidal_odds"'),
    (YT, "youtube", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", YS, "gambling",
     "three videos, one channel"),
    (NV, "naver", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00", NS, "illegal_loans",
     "unregistered lending ads, blog and cafe"),
    (TG, "telegram", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", TS, "drugs",
     "channel posts, bot link"),
    (DC, "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", DS, "obscenity",
     "server invite and one message"),
    (KK, "kakao", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", KS, "illegal_loans",
     "Tistory entry, Daum cafe post, Kakao channel"),
    (RD, "reddit", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", [r1], "forgery",
     "fake documents offer"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def thread_headers(reminder_id, ref):
    """In-Reply-To our reminder, References our request and the reminder."""
    return [
        f"In-Reply-To: <{reminder_id}@kcsc.example>",
        f"References: <{mid(ref)}@kcsc.example> <{reminder_id}@kcsc.example>",
    ]


def our_request_lines(urls):
    return "\n".join(urls)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (R1, 13 posts)

case(
    name="x-zendesk-receipt",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Tue, 03 Sep 2024 01:05:44 +0000",
    subject="[X Support] Request received: KCSC-240903-01 Removal request - illegal gambling promotion",
    reply_to_req=mid(X),
    body="""
##- Please type your reply above this line -##

Thanks for contacting X.

This is an automated confirmation that we have received your request and
opened ticket #0921-4471 for it. A member of our legal operations team will
review it and answer in this ticket. There is no need to submit the request
again; if you want to add information, simply reply to this email.

Ticket #0921-4471
Subject: KCSC-240903-01 Removal request - illegal gambling promotion
Submitted: Sep 3, 2024, 10:02 GMT+9

X Support
This email is a service from X Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' trigger of a platform legal desk",
    why="automated receipt that opens a ticket and states nothing about any post",
    items={},
)

case(
    name="x-receipt-with-one-outcome",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 04 Sep 2024 06:41:09 +0000",
    subject="Re: KCSC-240903-01 Removal request - illegal gambling promotion [ticket #0921-4471]",
    reply_to_req=mid(X),
    body=f"""
Hello,

We have received your request and it is being tracked as ticket #0921-4471.

One post in your list had already been dealt with before your request reached
us: {x7} was removed on September 2 for violating
the X Rules on illegal and regulated goods and services.

We will come back to you on the other posts in this ticket.

Regards,
Daniel Okafor
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk receipt that also reports an earlier enforcement",
    why="acknowledgement phrase plus an unhedged removal of one named post",
    items={x7: "removed"},
)

case(
    name="x-review-promise-named-posts",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Thu, 05 Sep 2024 08:15:30 +0000",
    subject="Re: KCSC-240903-01 Removal request - illegal gambling promotion [ticket #0921-4471]",
    reply_to_req=mid(X),
    body=f"""
Hi KCSC team,

A quick update on ticket #0921-4471. The posts

{x8}
{x9}

are with our legal team for a local-law review. If they are found to be
unlawful in Korea they will be withheld in South Korea, and we'll let you know
the result in this thread.

Best,
Daniel Okafor
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="legal-desk interim update with a conditional promise",
    why="names two posts but only promises a conditional withholding",
    items={x8: "pending", x9: "pending"},
)

case(
    name="x-zendesk-update-with-history",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Fri, 06 Sep 2024 07:12:03 +0000",
    subject="[X Support] Re: KCSC-240903-01 Removal request - illegal gambling promotion",
    reply_to_req=mid(X),
    body=f"""
##- Please type your reply above this line -##

Your request (#0921-4471) has been updated. To add a comment, reply to this email.

----------------------------------------------

Hana Whitfield (X Legal Operations)

Sep 6, 2024, 16:12 GMT+9

Hello,

Thank you for your report concerning KCSC-240903-01. After review we have
taken the following action:

- {x1} has been withheld in South Korea.
- {x2} has been withheld in South Korea.
- {x3} has been removed for violating the X Rules.
- {x4}: we did not find that this post violates
  the X Rules or applicable law, so it remains available.

We are still working on the rest of your list and will reply on this ticket.

----------------------------------------------

KCSC Takedown

Sep 3, 2024, 10:02 GMT+9

Dear X Legal team,

Under Article 44-7 of the Information and Communications Network Act we ask
you to remove the following 13 posts, which promote illegal gambling sites
to users in Korea (our reference KCSC-240903-01):

{our_request_lines(XS)}

Please reply by 10 September 2024.

----------------------------------------------

This email is a service from X Support.
[Q7WK3M-20PL]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk comment notification with the ticket history (no '>' quoting) below",
    why="agent comment states four item-level outcomes; the history below is our own request and states nothing",
    items={x1: "restricted", x2: "restricted", x3: "removed", x4: "rejected"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations", auth="fail",
    date="Sun, 08 Sep 2024 03:27:51 +0000",
    subject="Re: KCSC-240903-01 Removal request [ticket #0921-4471] - completed",
    reply_to_req=mid(X),
    body=f"""
Hello,

The following posts have been removed:
{x1}
{x2}
{x3}

Ticket #0921-4471 is now closed.

X Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="legal-desk completion notice, arriving with failed DKIM/SPF/DMARC",
    why="claims removals but the x.com sender fails authentication",
    items={x1: "pending", x2: "pending", x3: "pending"},
)

case(
    name="x-followup-same-ticket",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 09 Sep 2024 05:50:12 +0000",
    subject="Re: KCSC-240903-01 Removal request - illegal gambling promotion [ticket #0921-4471]",
    reply_to_req=mid(X),
    body=f"""
Hi again,

Following up on ticket #0921-4471 with the posts from @goldspin_vip.

We removed {x5} and
{x6} for violating our rules on
illegal gambling. The account @goldspin_vip has since been permanently
suspended, and {x7} is no longer available on X.

The remaining posts are still open in this ticket.

Hana Whitfield
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up reply in the same legal-desk ticket",
    why="two removals stated in prose (one URL wrapped to the next line) and one post made unavailable by suspension",
    items={x5: "removed", x6: "removed", x7: "removed"},
)

case(
    name="x-numbered-status-below-url",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Tue, 10 Sep 2024 09:02:40 +0000",
    subject="Re: KCSC-240903-01 [ticket #0921-4471] - outcome for 4 posts",
    reply_to_req=mid(X),
    body=f"""
Hello KCSC,

Here is the outcome for four more posts in ticket #0921-4471:

1. {x8}
   Action: Withheld in South Korea (KR)

2. {x9}
   Action: Withheld in South Korea (KR)

3. {x10}
   Action: Removed - violation of the X Rules

4. {x11}
   Action: No action taken. We did not find a violation of the X Rules
   or of Korean law, and the post remains available.

You can read how country withholding works here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Kind regards,
Hana Whitfield
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome list, status on the line below each URL",
    why="numbered list, each URL followed by its action line; the help link is no item",
    items={x8: "restricted", x9: "restricted", x10: "removed", x11: "rejected"},
)

X_CSV = (
    "post_url,action,scope,date_actioned\n"
    f"{x1},Withheld,KR,2024-09-06\n"
    f"{x2},Withheld,KR,2024-09-06\n"
    f"{x3},Removed,Global,2024-09-06\n"
    f"{x4},No action - no violation found,-,2024-09-06\n"
    f"{x5},Not found - post does not exist,-,2024-09-10\n"
    f"{x6},Removed,Global,2024-09-09\n"
)

case(
    name="x-csv-outcome-sheet",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Wed, 11 Sep 2024 02:33:18 +0000",
    subject="Re: KCSC-240903-01 [ticket #0921-4471] - outcome sheet attached",
    reply_to_req=mid(X),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b560-x-csv"

--b560-x-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome sheet for ticket #0921-4471 (your reference
KCSC-240903-01). It covers the first six posts of your list; the rest will
follow in this ticket.

X Legal Operations

--b560-x-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(X_CSV)}
--b560-x-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply with a CSV outcome sheet attached",
    why="CSV attachment with one action per post: withheld KR, removed, no violation, not found",
    items={x1: "restricted", x2: "restricted", x3: "removed", x4: "rejected", x5: "not_found", x6: "removed"},
)

case(
    name="x-outlook-top-post-over-reminder",
    **{"from": "h.whitfield@x.com"}, name_from="Hana Whitfield",
    date="Thu, 12 Sep 2024 01:48:00 +0000",
    subject="RE: Reminder: KCSC-240903-01 - 6 posts still pending",
    extra_headers=thread_headers("reminder.KCSC-240903-01.1", X),
    body=f"""
Hello,

Sorry for the delay. {x11} is now withheld in South Korea.
{x12} and {x13} have been removed for violating the X Rules.

We will close the ticket once you confirm nothing else is outstanding.

Hana

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 9:00 AM
To: legal@x.com
Subject: Reminder: KCSC-240903-01 - 6 posts still pending

Dear X Legal team,

The deadline of our request KCSC-240903-01 passed on 10 September. We have no
answer yet for these posts:

{x8}
{x9}
{x10}
{x11}
{x12}
{x13}

Please tell us what action you have taken.

KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted answer to our reminder, reminder below -----Original Message-----",
    why="three item statements above the quoted reminder; the reminder's URL list below is quoted and states nothing",
    items={x11: "restricted", x12: "removed", x13: "removed"},
)

case(
    name="x-jira-comment-notification",
    **{"from": "jira@x.com"}, name_from="X Legal Requests",
    date="Sat, 14 Sep 2024 04:20:37 +0000",
    subject="[JIRA] (LEGAL-8812) KCSC-240903-01 Removal request - illegal gambling promotion",
    reply_to_req=mid(X),
    body=f"""
—-—-—-—
Reply above this line.

Mira Sato commented:

Post {x9} has been withheld in South Korea in
response to your legal demand.

Post {x10} has been removed.

View request · Turn off this request's notifications
https://legalrequests.x.com/servicedesk/customer/portal/4/LEGAL-8812

This is shared with KCSC Takedown.

Sent by X Legal Requests (Jira Service Management)
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' customer notification",
    why="agent comment states one withholding and one removal; the portal link is not an item",
    items={x9: "restricted", x10: "removed"},
)

case(
    name="x-bullets-with-policy-links",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    date="Mon, 16 Sep 2024 06:05:59 +0000",
    subject="Re: KCSC-240903-01 [ticket #0921-4471] - two more results",
    reply_to_req=mid(X),
    body=f"""
Hello,

Two more results for ticket #0921-4471:

  • {x8} — removed under our policy on illegal
    or certain regulated goods and services
    (https://help.x.com/en/rules-and-policies/regulated-goods-services)
  • {x6} — not found: the post was deleted by
    the account holder before we reviewed it

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply with bullet list and policy links",
    why="two bullets: one removal (policy link is no item) and one post deleted by its author (not_found)",
    items={x8: "removed", x6: "not_found"},
)

# ================================================================ YouTube (R2, 4 items)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: KCSC-240904-02 Removal request - illegal gambling channel
Date: Wed, 04 Sep 2024 09:30:00 +0900
Message-ID: <{mid(YT)}@kcsc.example>

Dear YouTube Legal team,

Please remove the following content (our reference KCSC-240904-02):

{our_request_lines(YS)}
"""

case(
    name="yt-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date="Wed, 04 Sep 2024 00:31:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b560-dsn"

--b560-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@google.com>: host aspmx.l.google.com[192.0.2.27] said:
    550-5.1.1 The email account that you tried to reach does not exist.
    (in reply to RCPT TO command)

--b560-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed,  4 Sep 2024 09:30:01 +0900 (KST)

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--b560-dsn
Content-Type: message/rfc822

{DSN_ORIG}
--b560-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request attached",
    why="a bounce of our own request; the URLs are in the returned message only",
    items={},
)

case(
    name="yt-status-line-below-url",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:14:45 +0000",
    subject="[6-8805000036172] Re: KCSC-240904-02 Removal request",
    reply_to_req=mid(YT),
    body=f"""
Hi KCSC team,

Thanks for your patience. Regarding your legal request KCSC-240904-02:

{y3}
Outcome: Removed under our Community Guidelines (spam, deceptive practices
and scams).

{y4}
Outcome: Content restricted. Following a local legal review the channel is
no longer viewable in South Korea.

We'll update you separately on the other two URLs.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply, outcome on the line below each URL",
    why="bare URL then 'Outcome:' line: Short removed, channel geo-restricted in Korea",
    items={y3: "removed", y4: "restricted"},
)

case(
    name="yt-hedge-uploader-may-have-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:40:21 +0000",
    subject="[6-8805000036172] Re: KCSC-240904-02 Removal request",
    reply_to_req=mid(YT),
    body=f"""
Hi,

Quick note on {y3}: it appears this Short
may already have been taken down by its uploader. We are checking our
records and will confirm in this thread.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal-support interim reply with a hedge",
    why="'appears' and 'may have been' are hedges, not a statement; the Short stays pending",
    items={y3: "pending"},
)

YT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We've completed our review of two of the URLs in your request KCSC-240904-02.</p>
<p><a href="{y1}">{y1}</a><br>
This video is no longer on YouTube: it was deleted by the uploader before our review, so there was nothing left for us to act on.</p>
<p><a href="{y2}">{y2}</a><br>
After review, we found that this video does not violate our Community Guidelines or the local law cited in your request. We are not taking action on it and it stays available.</p>
<p>If you have additional information, you can reply to this email or use our <a href="https://support.google.com/legal/answer/3110420">legal help centre</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
"""

case(
    name="yt-qp-html-two-outcomes",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 03:58:10 +0000",
    subject="[6-8805000036172] Re: KCSC-240904-02 Removal request",
    reply_to_req=mid(YT),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email in quoted-printable HTML",
    why="one video deleted by its uploader (not_found), one found not violating (rejected); help link is no item",
    items={y1: "not_found", y2: "rejected"},
)

case(
    name="yt-lawfirm-unknown-sender",
    **{"from": "m.lee@hanbit-law.example"}, name_from='"Minji Lee, Hanbit Law"', auth="none",
    date="Thu, 12 Sep 2024 05:10:00 +0000",
    subject="KCSC-240904-02 - video taken down by our client",
    body=f"""
Dear Sir or Madam,

We act for the operator of the YouTube channel named in your request
KCSC-240904-02. Our client has voluntarily deleted the video
{y2} and asks that the matter be treated as closed.

Yours faithfully,
Minji Lee
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from an uploader's counsel about a removal request",
    why="names our request and a video but comes from a sender that is no platform",
    items={y2: "pending"},
)

case(
    name="yt-gmail-top-post-over-reminder",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:22:31 +0000",
    subject="Re: Reminder: KCSC-240904-02 - 4 items still pending",
    extra_headers=thread_headers("reminder.KCSC-240904-02.1", YT),
    body=f"""
Hi KCSC team,

Thanks for the reminder. {y1} has been removed for violating our Community
Guidelines, and {y2} is now age-restricted.

We're still looking at the remaining two items.

Regards,
The YouTube Legal Support Team

On Thu, Sep 12, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> The deadline of our request KCSC-240904-02 passed on 11 September. These
> items are still pending:
>
> {y1}
> {y2}
> {y3}
> {y4}
>
> KCSC Takedown
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply to our reminder with '>' quoting",
    why="two statements above the quote; the quoted reminder lists items as pending and is not read",
    items={y1: "removed", y2: "restricted"},
)

case(
    name="yt-update-over-own-promise",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 01:30:09 +0000",
    subject="[6-8805000036172] Re: KCSC-240904-02 Removal request",
    reply_to_req=mid(YT),
    body=f"""
Hello again,

Update: the channel {y4} has been terminated for
violating our spam, deceptive practices and scams policy.

As for {y1}, it remains available: we found it
does not violate our Community Guidelines.

Regards,
The YouTube Legal Support Team

On Tue, Sep 10, 2024 at 11:58 AM YouTube Legal Support <legal-support@youtube.com> wrote:
> Hello,
>
> We will review {y1} and
> {y4} and get back to you.
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in a YouTube legal thread over its own quoted promise",
    why="new text states termination and a refusal; the quoted earlier promise is not read",
    items={y4: "removed", y1: "rejected"},
)

# ================================================================ NAVER (R3, 3 items)

case(
    name="naver-out-of-office",
    **{"from": "jiyoon.park@navercorp.com"}, name_from=Header("박지윤", "utf-8").encode(),
    date="Thu, 05 Sep 2024 05:02:11 +0000",
    subject="[부재중] Re: KCSC-240905-03 게시중단 요청",
    reply_to_req=mid(NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지윤입니다.

9월 5일(목)부터 9월 9일(월)까지 휴가로 부재중입니다.
게시중단 관련 긴급 문의는 정책지원팀(policy@navercorp.com)으로 보내 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply from a portal employee",
    why="auto-reply; says nothing about any post",
    items={},
)

NV_HTML = f"""<html><body>
<p>안녕하세요, 방송통신심의위원회 담당자님.</p>
<p>NAVER 게시물 처리 담당입니다. 요청번호 KCSC-240905-03으로 요청하신 게시물의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td>{n1}</td><td>삭제</td><td>2024-09-09 10:20</td></tr>
<tr><td>2</td><td><a href="{n2}">{n2}</a></td><td>임시조치 (30일)</td><td>2024-09-09 10:24</td></tr>
<tr><td>3</td><td>{n3}</td><td>조치 불가 - 법령 위반 사항이 확인되지 않아 게시를 유지합니다</td><td>2024-09-09 10:31</td></tr>
</table>
<p>임시조치된 게시물에 대해 게시자가 재게시를 요청하는 경우 별도로 알려드리겠습니다.
운영정책은 <a href="https://policy.naver.com/policy/service.html">NAVER 정책 안내</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 정책지원팀 드림</p>
</body></html>"""

case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from=Header("NAVER 정책지원팀", "utf-8").encode(),
    date="Mon, 09 Sep 2024 02:40:00 +0000",
    subject="[NAVER] KCSC-240905-03 게시중단 요청 처리 결과 안내",
    reply_to_req=mid(NV),
    type="html",
    body=NV_HTML,
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 처리 결과 notice with an HTML table",
    why="table: 삭제 (removed), 임시조치 (restricted), 조치 불가·게시 유지 (rejected); policy link is no item",
    items={n1: "removed", n2: "restricted", n3: "rejected"},
)

case(
    name="naver-bulk-all-korean",
    **{"from": "policy@navercorp.com"}, name_from=Header("NAVER 정책지원팀", "utf-8").encode(),
    date="Tue, 10 Sep 2024 01:15:42 +0000",
    subject="[NAVER] KCSC-240905-03 처리 완료",
    reply_to_req=mid(NV),
    body="""
안녕하세요.

요청번호 KCSC-240905-03 관련하여 요청하신 게시물 전체에 대해 게시중단 조치를
완료하였습니다.

감사합니다.
NAVER 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line completion notice for a whole request",
    why="one statement about all posts of a three-item request, naming none",
    items={n1: "pending", n2: "pending", n3: "pending"},
)

case(
    name="naver-fullwidth-parentheses",
    **{"from": "cafe-help@naver.com"}, name_from=Header("네이버 카페 고객센터", "utf-8").encode(),
    date="Tue, 10 Sep 2024 06:03:27 +0000",
    subject="Re: KCSC-240905-03 게시중단 요청",
    reply_to_req=mid(NV),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

요청하신 카페 게시물（{n2}）은 카페 운영원칙 위반으로
삭제 처리되었습니다.
또한 블로그 게시물 {n1} 은 블라인드 처리되었습니다.

나머지 게시물은 블로그 담당 부서에서 별도로 안내드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help-desk reply in Korean",
    why="URL in full-width parentheses followed by 은: 삭제 (removed); 블라인드 (removed)",
    items={n2: "removed", n1: "removed"},
)

NV_B64 = f"""안녕하세요. NAVER 블로그 운영팀입니다.

방송통신심의위원회 요청번호 KCSC-240905-03 중 아래 게시물은 신고 내용 검토 결과
불법 대부 광고로 확인되어 게시중단 조치하였습니다.

{n3}

게시자에게는 조치 사실과 이의제기 절차를 안내하였습니다.

감사합니다.
NAVER 블로그 운영팀
"""

case(
    name="naver-base64-single-post",
    **{"from": "blog-ops@navercorp.com"}, name_from=Header("NAVER 블로그 운영팀", "utf-8").encode(),
    date="Thu, 12 Sep 2024 04:44:16 +0000",
    subject=Header("[NAVER] KCSC-240905-03 게시중단 조치 안내", "utf-8").encode(),
    reply_to_req=mid(NV),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NV_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean blog-operations notice sent base64-encoded",
    why="base64 body: one named post 게시중단 조치 (removed)",
    items={n3: "removed"},
)

case(
    name="naver-forwarded-internal-result",
    **{"from": "policy@navercorp.com"}, name_from=Header("NAVER 정책지원팀", "utf-8").encode(),
    date="Fri, 13 Sep 2024 07:25:00 +0000",
    subject="Fwd: [처리결과] KCSC-240905-03",
    body=f"""
담당자님, 안녕하세요.
내부 처리팀에서 받은 결과를 아래에 그대로 전달드립니다.

---------- Forwarded message ---------
보낸사람: 게시물 운영팀 <post-ops@navercorp.com>
날짜: 2024년 9월 12일 (목) 오후 4:10
제목: [처리결과] KCSC-240905-03
받는사람: 정책지원팀 <policy@navercorp.com>

{n1} - 삭제 완료
{n3} - 삭제 완료

게시물 운영팀
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail-style forward of an internal result note",
    why="the statements are inside a forwarded message written by someone else; the forwarder states nothing herself",
    items={n1: "pending", n3: "pending"},
)

# ================================================================ Telegram (R4, 5 items)

case(
    name="tg-freshdesk-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Fri, 06 Sep 2024 02:10:33 +0000",
    subject="Ticket Received - [#58213] KCSC-240906-04 Removal request",
    reply_to_req=mid(TG),
    body="""
Dear KCSC Takedown,

We would like to acknowledge that we have received your request and a ticket
has been created with ID #58213.

A support agent will get back to you as soon as possible. Please keep the
ticket ID in the subject line of any further correspondence.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk 'Ticket Received' default notification",
    why="pure receipt with a ticket number",
    items={},
)

case(
    name="tg-mdn-read-receipt",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date="Fri, 06 Sep 2024 02:30:00 +0000",
    subject="Read: KCSC-240906-04 Removal request - drug sales",
    reply_to_req=mid(TG),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b560-mdn"

--b560-mdn
Content-Type: text/plain; charset=utf-8

This is a return receipt for the mail that you sent to dsa@telegram.org.

Note: This return receipt only acknowledges that the message was displayed on
the recipient's computer. There is no guarantee that the recipient has read or
understood the message contents.

--b560-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <{mid(TG)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b560-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird message disposition notification (read receipt)",
    why="read receipt for our request",
    items={},
)

case(
    name="tg-freshdesk-resolved",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Sun, 08 Sep 2024 10:05:12 +0000",
    subject="[#58213] Re: KCSC-240906-04 Removal request - status changed to Resolved",
    reply_to_req=mid(TG),
    body=f"""
Hello,

We have reviewed the links in your request.

{t1} and {t2}:
the channel @pill_express_kr has been blocked on Telegram for selling
prohibited substances; both posts are no longer accessible.

{t3}: this message has been made unavailable
for users in South Korea.

The status of ticket #58213 has been changed to Resolved. If you believe
something is still outstanding, reply to this email and the ticket will be
reopened.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk agent reply with 'status changed to Resolved'",
    why="channel blocked covering two named posts (removed); one post unavailable in Korea (restricted)",
    items={t1: "removed", t2: "removed", t3: "restricted"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Mon, 09 Sep 2024 03:12:48 +0000",
    subject="[#58213] Re: KCSC-240906-04 Removal request",
    reply_to_req=mid(TG),
    body="""
Hello,

All links reported in your request KCSC-240906-04 have been blocked.

Telegram Support
""",
    outcome="review", review="bulk",
    imitates="terse abuse-desk closing reply",
    why="one statement about every link of a five-item request, naming none",
    items={t1: "pending", t2: "pending", t3: "pending", t4: "pending", t5: "pending"},
)

case(
    name="tg-case-number-angle-brackets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 12:44:05 +0000",
    subject="Case #5539012 - KCSC-240906-04",
    reply_to_req=mid(TG),
    body="""
Hi,

Regarding case #5539012:

<https://t.me/ice_market_seoul/907> - blocked.
<https://t.me/ice_market_seoul/912> - not found, the message was deleted by
the channel owner.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case reply with URLs in angle brackets",
    why="one post blocked (removed), one deleted by its owner (not_found)",
    items={t3: "removed", t4: "not_found"},
)

TG_HTML = f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the outcome of ticket #58213 (KCSC-240906-04).</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>Link</th><th>Action taken</th></tr></thead>
<tbody>
<tr><td>{t1}</td><td>Channel blocked</td></tr>
<tr><td>{t2}</td><td>Channel blocked</td></tr>
<tr><td>{t3}</td><td>Restricted in South Korea</td></tr>
<tr><td>{t4}</td><td>Not found (no such message)</td></tr>
<tr><td>{t5}</td><td>No action &ndash; no violation of the Telegram Terms of Service found</td></tr>
</tbody></table>
<p>Ticket status: <b>Resolved</b></p>
<p>Telegram Support</p>
</body></html>"""

case(
    name="tg-html-outcome-table",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Wed, 11 Sep 2024 09:00:00 +0000",
    subject="[#58213] Outcome of your request KCSC-240906-04",
    reply_to_req=mid(TG),
    type="html",
    body=TG_HTML,
    outcome="applied", classification="confirmation",
    imitates="help-desk HTML reply with an outcome table",
    why="table of five links with five outcomes",
    items={t1: "removed", t2: "removed", t3: "restricted", t4: "not_found", t5: "rejected"},
)

case(
    name="tg-partial-reply-to-reminder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    date="Tue, 17 Sep 2024 06:31:20 +0000",
    subject="Re: Reminder: KCSC-240906-04 - 5 links still pending [#58213]",
    extra_headers=thread_headers("reminder.KCSC-240906-04.1", TG),
    body=f"""
Hello,

In answer to your reminder, two of the links are done:

{t4} - deleted by our moderators.
{t5} - there is no bot with this username; the link is invalid.

We will reply about the others separately.

Telegram Support

> Dear Telegram DSA team,
> The deadline of KCSC-240906-04 passed on 13 September; these links are
> still pending:
> {t1}
> {t2}
> {t3}
> {t4}
> {t5}
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer to our reminder, reminder quoted with '>'",
    why="two of five links answered; quoted list is not read",
    items={t4: "removed", t5: "not_found"},
)

# ================================================================ Discord (R5, 2 items)

case(
    name="dc-jira-request-raised",
    **{"from": "noreply@discord.com"}, name_from="Discord Legal Requests",
    date="Mon, 09 Sep 2024 01:04:10 +0000",
    subject="[DSA-4521] KCSC-240909-05 Removal request - obscene content",
    reply_to_req=mid(DC),
    body="""
—-—-—-—
Reply above this line.

Your request DSA-4521 has been raised.

We've received your request and our team will look into it. We'll let you
know by email when there is an update; you can also follow it in the portal:
https://legal.discord.com/servicedesk/customer/portal/2/DSA-4521

Request type: Government / regulator removal request
Status: Waiting for support

Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request raised' notification",
    why="receipt only; the portal link is no item",
    items={},
)

case(
    name="dc-zendesk-subdomain-sender",
    **{"from": "support@discord-ts.zendesk.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 02:20:00 +0000",
    subject="[Discord] Re: KCSC-240909-05 Removal request",
    reply_to_req=mid(DC),
    body=f"""
##- Please type your reply above this line -##

Hi there,

The server behind {d1} has been removed from Discord.

Discord Trust & Safety
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from a help-desk vendor subdomain",
    why="states a removal but the sender domain (zendesk.com) is not a configured Discord domain",
    items={d1: "pending"},
)

case(
    name="dc-asks-for-legal-basis",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 08:47:33 +0000",
    subject="[DSA-4521] Re: KCSC-240909-05 Removal request - more information needed",
    reply_to_req=mid(DC),
    body=f"""
Hello,

Thank you for your request. Before we can act on the server linked by
{d1} we need some more information:

1. the provision of Korean law the content is said to breach, and
2. a copy of the decision or order, if there is one.

Please reply to this email with these details and we will continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="trust-and-safety request for the legal basis before acting",
    why="asks for more information about a named item and states no outcome",
    items={d1: "pending"},
)

case(
    name="dc-zendesk-solved",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 04:02:19 +0000",
    subject="[DSA-4521] Your request has been solved: KCSC-240909-05",
    reply_to_req=mid(DC),
    body=f"""
##- Please type your reply above this line -##

Your request (DSA-4521) has been solved. Reply to this email to reopen it.

Alex Moreau (Discord Trust & Safety)
Sep 11, 2024, 13:02 GMT+9

Hi KCSC team,

We've reviewed both links in your request.

The server behind the invite {d1} has been
removed from Discord, so the invite no longer works.

The message at
{d2}
has been deleted.

Thanks for helping keep Discord safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request solved' notification with the agent's last comment",
    why="server removed via its invite; message (URL on its own line) deleted",
    items={d1: "removed", d2: "removed"},
)

case(
    name="dc-echoed-report-no-action",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Thu, 12 Sep 2024 11:16:51 +0000",
    subject="Update on your report (KCSC-240909-05)",
    reply_to_req=mid(DC),
    body=f"""
Hi,

We've finished reviewing a report you submitted.

---- Your report ----
Reported by: KCSC Takedown (takedown@kcsc.example)
Reference: KCSC-240909-05
Reported content: {d2}
Reason given: Obscene content
----------------------

Outcome: We reviewed the message you reported and did not find a violation
of our Community Guidelines. No action was taken on it.

You can learn more about our policies at https://discord.com/guidelines.

Discord Safety
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome email echoing the submitted report",
    why="echo names exactly one message; the outcome says no violation, no action (rejected)",
    items={d2: "rejected"},
)

# ================================================================ Kakao (R6, 3 items)

case(
    name="kk-wrong-platform-naver-cafe",
    **{"from": "safety@kakaocorp.com"}, name_from=Header("카카오 안전센터", "utf-8").encode(),
    date="Wed, 11 Sep 2024 02:55:00 +0000",
    subject="Re: 게시물 삭제 요청 건 문의",
    body=f"""
안녕하세요, 카카오 안전센터입니다.

문의하신 카페 게시물 {n2} 은
운영정책 위반으로 삭제 처리하였습니다.

감사합니다.
카카오 안전센터
""",
    outcome="review", review="wrong_platform",
    imitates="Korean platform safety-centre reply (agent confusing two cafe services)",
    why="Kakao states a removal of a NAVER cafe post, which is not its item",
    items={n2: "pending"},
)

case(
    name="kk-korean-under-review-promise",
    **{"from": "safety@kakaocorp.com"}, name_from=Header("카카오 안전센터", "utf-8").encode(),
    date="Wed, 11 Sep 2024 07:30:14 +0000",
    subject="Re: KCSC-240910-06 시정요구 관련",
    reply_to_req=mid(KK),
    body=f"""
안녕하세요, 카카오 안전센터입니다.

요청하신 건 중 {k3} 채널은 내부 검토 후 조치할 예정이며,
{k2} 게시물은 현재 검토 중입니다.

결과가 나오는 대로 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean interim reply: 조치 예정 / 검토 중",
    why="names two items but only promises action and says review is ongoing",
    items={k3: "pending", k2: "pending"},
)

KK_CSV = (
    "\ufeff번호,URL,처리결과,비고\n"
    f"1,{k1},블라인드,운영정책 위반(불법 대부 광고)\n"
    f"2,{k2},접속차단(국내),국내 이용자 접근 제한\n"
    f"3,{k3},해당 채널 없음,존재하지 않는 채널\n"
)

case(
    name="kk-csv-korean-result",
    **{"from": "safety@kakaocorp.com"}, name_from=Header("카카오 안전센터", "utf-8").encode(),
    date="Thu, 12 Sep 2024 06:10:00 +0000",
    subject="[카카오] KCSC-240910-06 시정요구 조치결과 회신",
    reply_to_req=mid(KK),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b560-kk-csv"

--b560-kk-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64("안녕하세요, 카카오 안전센터입니다." + chr(10) + chr(10) + "KCSC-240910-06 시정요구에 대한 조치 결과를 첨부 파일로 회신드립니다." + chr(10) + chr(10) + "감사합니다." + chr(10))}
--b560-kk-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-06_result.csv"
Content-Disposition: attachment; filename="KCSC-240910-06_result.csv"
Content-Transfer-Encoding: base64

{b64(KK_CSV)}
--b560-kk-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 reply with a CSV attachment",
    why="CSV: 블라인드 (removed), 접속차단(국내) (restricted), 존재하지 않는 채널 (not_found)",
    items={k1: "removed", k2: "restricted", k3: "not_found"},
)

case(
    name="kk-helpdesk-raw-korean-url",
    **{"from": "cs-noreply@kakao.com"}, name_from=Header("카카오 고객센터", "utf-8").encode(),
    date="Fri, 13 Sep 2024 01:20:45 +0000",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (문의번호 2409-118823)",
    reply_to_req=mid(KK),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
문의번호 2409-118823 (KCSC-240910-06)에 대해 답변드립니다.

1. {K1_RAW}
   → 불법 대부 광고로 확인되어 게시중단 처리하였습니다.

2. {k2}
   → 작성자가 이미 삭제한 게시물로 확인됩니다.

추가 문의는 이 메일에 회신해 주세요.
※ 본 메일은 발신 전용이 아닌 문의 답변 메일입니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk answer to an inquiry number",
    why="raw Korean path URL 게시중단 (removed); post already deleted by its author (not_found)",
    items={k1: "removed", k2: "not_found"},
)

case(
    name="kk-helpscout-chuseok-autoreply",
    **{"from": "safety@kakaocorp.com"}, name_from=Header("카카오 안전센터", "utf-8").encode(),
    date="Wed, 18 Sep 2024 00:05:02 +0000",
    subject="Re: Reminder: KCSC-240910-06 - 3 items still pending",
    extra_headers=thread_headers("reminder.KCSC-240910-06.1", KK)
    + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 카카오 안전센터입니다.

추석 연휴(9월 16일~18일) 기간에는 접수된 문의에 답변이 지연됩니다.
연휴가 끝난 뒤 순서대로 답변드리겠습니다.

Thank you for your message. Our team is away for the Chuseok holidays
(16-18 September) and will reply in order after the break.

카카오 안전센터
""",
    outcome="ignored", classification="auto_reply",
    imitates="Help Scout-style holiday auto-reply to our reminder",
    why="auto-reply; no statement about any item",
    items={},
)

case(
    name="kk-wrapped-url-and-particle",
    **{"from": "safety@kakaocorp.com"}, name_from=Header("카카오 안전센터", "utf-8").encode(),
    date="Thu, 19 Sep 2024 02:12:40 +0000",
    subject="Re: KCSC-240910-06 시정요구 관련",
    reply_to_req=mid(KK),
    body="""
안녕하세요, 카카오 안전센터입니다.

아래 티스토리 게시물은 불법 대부 광고로 확인되어 삭제되었습니다.
<https://starry-ledger.tistory.com/entry/%EB%8C%80%EC%B6%9C-
%EB%AC%B8%EC%9D%98-%EC%95%88%EB%82%B4>

https://pf.kakao.com/_xkQmTb의 경우 운영정책 위반으로 채널이 비공개 처리되었습니다.

감사합니다.
카카오 안전센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean safety-centre reply with an Outlook-wrapped URL in angle brackets",
    why="URL wrapped inside <...> on the line after its statement (삭제, removed); URL glued to particle 의 (비공개 처리, removed)",
    items={k1: "removed", k3: "removed"},
)

# ================================================================ Reddit (R7, 1 item)

case(
    name="rd-one-item-no-url",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 09:40:00 +0000",
    subject="Re: KCSC-240911-07 Removal request - r/seoulfinds",
    reply_to_req=mid(RD),
    body="""
Hi,

Thanks for reaching out. The content you reported has been removed for
violating Reddit's Content Policy.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome reply without the URL",
    why="single statement answering a one-item request; applies to that item",
    items={r1: "removed"},
)

case(
    name="rd-satisfaction-survey",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Help",
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    subject="How did we do? Your Reddit support request #88213",
    body="""
Hello,

Your support request #88213 has been closed. We'd love to hear how we did.

How would you rate the support you received?
Good, I'm satisfied: https://support.reddithelp.com/survey/88213/good
Bad, I'm unsatisfied: https://support.reddithelp.com/survey/88213/bad

Reddit Help
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey after a ticket closes",
    why="trusted Reddit mail that names no item and no request of ours",
    items={},
)


HEADER = """# Blind set 560 (ticket systems and threads): one [[case]] per email,
# judged alone on a fresh ledger holding requests.csv. Written by
# tests/corpus/blind560/make.py from each email's meaning before any run."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind560", HEADER, CASES)
    print(f"{len(CASES)} cases")
