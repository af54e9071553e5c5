#!/usr/bin/env python3
"""Blind set 740: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout-style receipts,
solved-ticket notices, follow-ups in the same thread, replies to our
reminders, partial answers and forwarded mail, from six platforms.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind740/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")
corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")

KST = datetime.timezone(datetime.timedelta(hours=9))


def enc(text):
    """RFC 2047 encoded-word, as Korean mail clients send the Subject."""
    return Header(text, "utf-8").encode()


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
TISTORY_PATH = "대부업체-비교-후기"
TISTORY_RAW = "https://moneytalk77.tistory.com/entry/" + TISTORY_PATH
TISTORY = "https://moneytalk77.tistory.com/entry/" + urllib.parse.quote(TISTORY_PATH)

Y1 = "https://www.youtube.com/watch?v=qB7tLm2xKa1"
Y2 = "https://www.youtube.com/watch?v=Zr4Pw9nHc3E"
Y3 = "https://www.youtube.com/watch?v=hT6uVx0sJd8"
Y4 = "https://www.youtube.com/watch?v=mK2fQy7oRw5"
Y5 = "https://www.youtube.com/watch?v=Ls9bNe3gUi4"
Y6 = "https://www.youtube.com/watch?v=cV1xAp8tYo6"
Y7 = "https://www.youtube.com/shorts/Pq5rTz2wMn7"
Y8 = "https://www.youtube.com/shorts/Gd3kHs6vBe0"
Y9 = "https://www.youtube.com/@hanbit_rumor_tv"
Y10 = "https://www.youtube.com/watch?v=Wy8eJc4lFa2"
Y11 = "https://www.youtube.com/watch?v=Nb0oIu5kXr9"
Y12 = "https://www.youtube.com/channel/UCt7Xq2mLp9Rw4sVz1Kd8nBe"
YT = [Y1, Y2, Y3, Y4, Y5, Y6, Y7, Y8, Y9, Y10, Y11, Y12]

X1 = "https://x.com/gold_rush_kr77/status/1831000000000000101"
X2 = "https://x.com/gold_rush_kr77/status/1831000000000000102"
X3 = "https://x.com/pil_market_ok/status/1831000000000000203"
X4 = "https://x.com/pil_market_ok"
XS = "https://x.com/fastcash_loan_kr/status/1833500000000000044"

T1 = "https://t.me/seoul_docs_shop"
T2 = "https://t.me/seoul_docs_shop/1187"
T3 = "https://t.me/night_bay_kr/52"

N1 = "https://blog.naver.com/mintcloud_22/223550001234"
N2 = "https://cafe.naver.com/usedgear99/88123"
N3 = "https://blog.naver.com/silverfox_k/223551119876"
N4 = "https://cafe.naver.com/usedgear99/88200"
N5 = "https://blog.naver.com/PostView.naver?blogId=haneul_gom&logNo=223552220001"

K1 = TISTORY
K2 = "https://cafe.daum.net/loanfriends/Ab3x/412"

K_T1 = "https://www.tiktok.com/@quickpill_kr/video/7410000000000000111"
K_T2 = "https://www.tiktok.com/@quickpill_kr/video/7410000000000000122"
K_T3 = "https://www.tiktok.com/@quickpill_kr"
K_T4 = "https://www.tiktok.com/@giftcard_dealz/video/7410000000000000333"

REQUESTS = [
    ("KCSC-240902-01", "youtube", "2024-09-02", "2024-09-09", YT, "illegal_gambling",
     "req-240902-01", "largest request: videos, shorts and two channels"),
    ("KCSC-240904-02", "x", "2024-09-04", "2024-09-11", [X1, X2, X3, X4], "illegal_drugs",
     "req-240904-02", ""),
    ("KCSC-240905-03", "telegram", "2024-09-05", "2024-09-12", [T1, T2, T3], "forged_documents",
     "req-240905-03", "channel and two posts"),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", [N1, N2, N3, N4, N5], "illegal_finance",
     "req-240906-04", ""),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", [K1, K2], "illegal_finance",
     "req-240909-05", "tistory entry with a Korean path"),
    ("KCSC-240910-06", "tiktok", "2024-09-10", "2024-09-17", [K_T1, K_T2, K_T3, K_T4], "illegal_drugs",
     "req-240910-06", ""),
    ("KCSC-240911-07", "x", "2024-09-11", "2024-09-18", [XS], "illegal_finance",
     "req-240911-07", "single item"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def numbered(urls, prefix="> "):
    return "\n".join(f"{prefix}{i}. {u}" for i, u in enumerate(urls, 1))


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


OUR_REQUEST_YT = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 10:02 AM
To: legal-kr@google.com
Subject: [Reminder] KCSC-240902-01: 12 items still pending

Dear YouTube Legal team,

Our request KCSC-240902-01 of 2 September 2024 asked for action on the
following 12 URLs by 9 September 2024. We have not yet received a result
for them:

{numbered(YT, "")}

Please let us know what action was taken on each URL.

Korea Communications Standards Commission
Takedown desk
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================= YouTube (largest)
case(
    name="yt-zendesk-solved-numbered",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(5, 16, 12), subject="[Request #4481207] Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""##- Please type your reply above this line -##

Your request (4481207) has been solved. To reopen it, just reply to this email.

Minji Seo (YouTube Legal Support)
Sep 5, 2024, 16:12 GMT+9

Hello,

Thank you for contacting YouTube. We have finished our review of the first
four URLs in your notice KCSC-240902-01 and taken the following action:

1. {Y1} - removed for violating our Community Guidelines
2. {Y2} - removed for violating our Community Guidelines
3. {Y3} - access restricted in South Korea on the basis of local law
4. {Y4} - no action taken: we did not find a violation of our policies or of the law you cited, so the video remains available

The remaining URLs of your notice are being handled in a separate ticket.

For more information on how we process legal requests, see
https://support.google.com/legal/answer/3110420

Regards,
Minji
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support.
[8DG4QZ-K21R]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification with an agent's numbered results",
    why="trusted YouTube mail, four numbered URLs each with an unhedged result",
    items={Y1: "removed", Y2: "removed", Y3: "restricted", Y4: "rejected"},
)

case(
    name="yt-followup-same-thread-gmail-quote",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(9, 11, 40), subject="Re: [Request #4481207] Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""Hello again,

Following up on ticket 4481207. Our review of two more URLs from
KCSC-240902-01 is complete:

{Y5}
We could not find this video. The link does not lead to any video on
YouTube; please check that the URL is correct.

{Y6}
This video has been removed from YouTube.

Kind regards,
Daniel H.
YouTube Legal Support

On Thu, Sep 5, 2024 at 4:12 PM YouTube Legal Support <legal-support@google.com> wrote:
> Hello,
>
> Thank you for contacting YouTube. We have finished our review of the first
> four URLs in your notice KCSC-240902-01 and taken the following action:
>
> 1. {Y1} - removed for violating our Community Guidelines
> 2. {Y2} - removed for violating our Community Guidelines
> 3. {Y3} - access restricted in South Korea on the basis of local law
> 4. {Y4} - no action taken, the video remains available
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in a Zendesk thread with Gmail-style quoting of the earlier answer",
    why="status line under each bare URL; the earlier results are quoted with '>' and must not count",
    items={Y5: "not_found", Y6: "removed"},
)

YT_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello KCSC team,</p>
<p>Please see below the outcome for the next batch of URLs from notice <b>KCSC-240902-01</b> (ticket 4481207).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>URL</th><th>Action taken</th></tr>
<tr><td>7</td><td><a href="{Y7}">{Y7}</a></td><td>Removed (Spam, deceptive practices and scams)</td></tr>
<tr><td>8</td><td><a href="{Y8}">{Y8}</a></td><td>Age-restricted</td></tr>
<tr><td>9</td><td><a href="{Y9}">{Y9}</a></td><td>Channel terminated</td></tr>
<tr><td>10</td><td><a href="{Y10}">{Y10}</a></td><td>No action &ndash; does not violate our policies</td></tr>
</table>
<p>Best regards,<br>YouTube Legal Support</p>
<p style="color:#888;font-size:11px">Reply to this email to add a comment to request #4481207.</p>
</body></html>"""

YT_TABLE_TEXT = f"""Hello KCSC team,

Please see below the outcome for the next batch of URLs from notice
KCSC-240902-01 (ticket 4481207).

#  | URL | Action taken
7  | {Y7} | Removed (Spam, deceptive practices and scams)
8  | {Y8} | Age-restricted
9  | {Y9} | Channel terminated
10 | {Y10} | No action - does not violate our policies

Best regards,
YouTube Legal Support
"""

case(
    name="yt-html-table-multipart",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(10, 9, 5), subject="[Request #4481207] Update on KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="zd-alt-4481207"

--zd-alt-4481207
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TABLE_TEXT}
--zd-alt-4481207
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{YT_TABLE_HTML}
--zd-alt-4481207--
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk agent reply with an HTML results table (plain-text alternative included)",
    why="table rows: removed, age-restricted, channel terminated, no action",
    items={Y7: "removed", Y8: "restricted", Y9: "removed", Y10: "rejected"},
)

YT_CSV = f"""url,action,reason
{Y11},Removed,Community Guidelines - harmful or dangerous content
{Y12},Geo-restricted (KR),Local law - blocked for viewers in South Korea
{Y1},Removed,Community Guidelines - spam and scams
"""

case(
    name="yt-jira-csv-attachment",
    frm="legal-desk@google.com", name_from="YouTube Legal Desk",
    date=d(11, 14, 30), subject="[YTL-8812] KCSC-240902-01 - outcome report attached",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="jsm-mixed-8812"

--jsm-mixed-8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

—-—-—-—-—
Reply above this line.

Seo-yeon Lim resolved YTL-8812 as Done.

Hello,

The outcome for the URLs we completed this week under KCSC-240902-01 is in
the attached CSV file, one row per URL.

Seo-yeon

View request: https://ytlegal.atlassian.example/servicedesk/customer/portal/4/YTL-8812
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management

--jsm-mixed-8812
Content-Type: text/csv; charset=utf-8; name="YTL-8812-outcome.csv"
Content-Disposition: attachment; filename="YTL-8812-outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--jsm-mixed-8812--
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'resolved as Done' notification with a CSV outcome attachment",
    why="CSV rows state removed / geo-restricted per URL; portal link is not an item",
    items={Y11: "removed", Y12: "restricted", Y1: "removed"},
)

case(
    name="yt-reply-to-reminder-outlook",
    frm="minji.seo@google.com", name_from="Minji Seo",
    date=d(16, 15, 48), subject="RE: [Reminder] KCSC-240902-01: 12 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240902-01: 12 items still pending"],
    body=f"""Hi,

Thanks for the reminder. Two updates from our side:
{Y2} was removed on 4 September, and {Y3} is now blocked for viewers in
South Korea.

We'll come back to you on the others as soon as we can.

Best,
Minji Seo
YouTube Legal Support (Korea)

{OUR_REQUEST_YT}""",
    outcome="applied", classification="confirmation",
    imitates="agent's top-posted Outlook reply to a regulator's reminder, reminder quoted below -----Original Message-----",
    why="two URLs stated above the quoted reminder; the 12 quoted URLs are our own text",
    items={Y2: "removed", Y3: "restricted"},
)

case(
    name="yt-jira-comment-bare-urls",
    frm="legal-desk@google.com", name_from="YouTube Legal Desk",
    date=d(12, 10, 15), subject="[YTL-8812] Hyejin Park commented: KCSC-240902-01 batch 3",
    body=f"""—-—-—-—-—
Reply above this line.

Hyejin Park commented:

Review results for KCSC-240902-01, batch 3:

{Y4}
Status: Removed (Harassment and cyberbullying policy)

{Y7}
Status: Removed (Spam, deceptive practices and scams policy)

{Y8}
Status: Not actioned - content does not violate policy

View request: https://ytlegal.atlassian.example/servicedesk/customer/portal/4/YTL-8812
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management public comment notification",
    why="bare URL with 'Status:' line below each",
    items={Y4: "removed", Y7: "removed", Y8: "rejected"},
)

case(
    name="yt-jira-resolved-located-and-not",
    frm="legal-desk@google.com", name_from="YouTube Legal Desk",
    date=d(13, 17, 2), subject="[YTL-8840] Your request KCSC-240902-01 (remaining URLs) was resolved",
    body=f"""—-—-—-—-—
Reply above this line.

Your request YTL-8840 was resolved.
Resolution: Done

Jae-won Choi commented:

Hello,

{Y10} has been removed for violating our spam and scams policy.

As for {Y11}, we were unable to locate this video. It may have been deleted
by the uploader before our review.

Thanks,
Jae-won

View request: https://ytlegal.atlassian.example/servicedesk/customer/portal/4/YTL-8840
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' notification with the agent's last comment",
    why="one removal and one 'unable to locate' (the guess about the uploader does not hedge the not-found)",
    items={Y10: "removed", Y11: "not_found"},
)

case(
    name="yt-dsa-statement-of-reasons",
    frm="noreply-legal@google.com", name_from="YouTube",
    date=d(12, 8, 30), subject="Notice of action taken on content you reported (KCSC-240902-01)",
    body=f"""YouTube - Notice of action taken

We are writing to inform you of our decision on content reported by the Korea
Communications Standards Commission (reference KCSC-240902-01).

Content: {Y8}
Decision: Visibility restricted - the video is blocked for viewers in the Republic of Korea
Territorial scope: KR
Facts and circumstances: notice received from a public authority
Legal ground: local law cited in the notice
Automated means used for the decision: No

Content: {Y9}
Decision: Channel terminated
Territorial scope: global
Facts and circumstances: notice received from a public authority; repeated violations of our spam policies
Automated means used for the decision: No

Redress: the uploader may appeal this decision. You can learn about the
options available at https://support.google.com/youtube/answer/185111

This is an automatically generated message. Please do not reply.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / territorial scope fields)",
    why="generated decision notice, not an auto-reply: one KR-only block, one channel termination",
    items={Y8: "restricted", Y9: "removed"},
)

case(
    name="yt-promise-after-escalation",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(6, 13, 20), subject="[Request #4481207] Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body=f"""##- Please type your reply above this line -##

Hyun-woo Bae (YouTube Legal Support)
Sep 6, 2024, 13:20 GMT+9

Hello,

Thank you for your patience. We have escalated your notice KCSC-240902-01 to
our legal team. The videos

{Y1}
{Y2}

will be removed once their review is completed, which usually takes 3 to 5
business days. We will let you know the outcome for each URL.

Regards,
Hyun-woo
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent interim reply promising removal after escalation",
    why="'will be removed once review is completed' is a conditional promise, not a statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="yt-solved-all-removed-bulk",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(13, 9, 45), subject="[Request #4481290] Re: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""##- Please type your reply above this line -##

Your request (4481290) has been solved. To reopen it, just reply to this email.

Daniel H. (YouTube Legal Support)
Sep 13, 2024, 09:45 GMT+9

Hello,

We have now reviewed all 12 URLs of your notice KCSC-240902-01. All of the
reported videos and channels have been removed from YouTube.

Regards,
Daniel
""",
    outcome="review", review="bulk",
    imitates="Zendesk solved notification with a one-sentence blanket result",
    why="one statement for a 12-item request without naming each URL",
    items={},
)

case(
    name="yt-satisfaction-survey",
    frm="surveys@google.com", name_from="YouTube Legal Support",
    date=d(14, 9, 0), subject="How would you rate the support you received?",
    body="""Hello,

We'd love to hear what you think of our support. Your request #4481207 was
recently solved. Please take a moment to tell us how we did:

Good, I'm satisfied: https://support.google.example/survey/4481207?rating=good
Bad, I'm unsatisfied: https://support.google.example/survey/4481207?rating=bad

Thank you,
YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey after a solved ticket",
    why="trusted platform mail that names no requested item and no request of ours",
    items={},
)

case(
    name="yt-zendesk-receipt",
    frm="legal-support@google.com", name_from="YouTube Legal Support",
    date=d(2, 18, 4), subject="[Request #4481207] Received: KCSC-240902-01 removal request",
    reply_to_req="req-240902-01",
    body="""##- Please type your reply above this line -##

Your request (4481207) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement",
    why="pure receipt with a ticket number, no statement about items",
    items={},
)

# ================================================================ X
case(
    name="x-helpscout-prose",
    frm="legal@x.com", name_from="X Legal",
    date=d(9, 19, 10), subject="Re: KCSC-240904-02 - request for removal of content",
    reply_to_req="req-240904-02",
    body=f"""Hi KCSC team,

Thanks for your patience. Regarding your request KCSC-240904-02: the post
{X1} has been withheld in South Korea under our country withheld content
policy. The post {X2} was removed for violating the X Rules. We have also
permanently suspended the account {X4}.

We are still looking at the remaining post and will reply in this thread.

Best,
Sora
X Legal Operations

Conversation #88213
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style agent reply in prose",
    why="withheld in Korea, removed, account suspended; the remaining post is a promise",
    items={X1: "restricted", X2: "removed", X4: "removed", X3: "pending"},
)

case(
    name="x-freshdesk-resolved-parenthesised-list",
    frm="support@x.com", name_from="X Support",
    date=d(10, 11, 22), subject="Ticket #55120 - status changed to Resolved (KCSC-240904-02)",
    body=f"""Dear KCSC,

We've looked into the reports listed in your letter of 4 September
(KCSC-240904-02):

 (1) {X1}
     This post had already been deleted by the account holder before we
     could review it.
 (2) {X2}
     We reviewed this post and found that it does not violate the X Rules or
     the Korean law cited, so it will remain available.
 (3) {X3}
     Removed.

Your ticket has been resolved. If you believe this is a mistake, reply to
this email and the ticket will be reopened.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' email with an agent's itemised answer",
    why="deleted by its author (not_found), refusal with reason, removed",
    items={X1: "not_found", X2: "rejected", X3: "removed"},
)

case(
    name="x-single-item-no-url",
    frm="support@x.com", name_from="X Support",
    date=d(13, 10, 3), subject="Re: KCSC-240911-07 - request for removal of content",
    reply_to_req="req-240911-07",
    body="""Hello,

Following our review, the reported content has been removed for violating
our rules on illegal or certain regulated goods and services.

Ticket #55231 is now closed.

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk ticket-closed reply that names no URL",
    why="a one-item request: a sole unhedged statement applies to its item",
    items={XS: "removed"},
)

case(
    name="x-gmail-reply-to-reminder",
    frm="alex.yoon@x.com", name_from="Alex Yoon",
    date=d(16, 13, 55), subject="Re: [Reminder] KCSC-240904-02: 2 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.1@kcsc.example>"],
    body=f"""Hi,

Both are done now:
- {X1} -> withheld in KR
- {X3} -> removed

Best,
Alex

On Mon, Sep 16, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> The following items of our request KCSC-240904-02 are past their deadline
> (11 September 2024) and still without a result:
>
> {X1}
> {X3}
>
> Please tell us what action was taken on each.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="employee's short Gmail reply to a reminder, arrow list above the quoted reminder",
    why="two unhedged results above the '>' quoted reminder",
    items={X1: "restricted", X3: "removed"},
)

case(
    name="x-spoofed-auth-fail",
    frm="legal@x.com", name_from="X Legal", auth="fail",
    date=d(12, 2, 14), subject="Re: KCSC-240904-02 - all content removed",
    body=f"""Hello,

All the posts in your request have been removed:
{X1} - removed
{X2} - removed
{X3} - removed
{X4} - account suspended

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="forged platform reply failing DKIM/SPF/DMARC",
    why="x.com in From but DMARC fails: nothing may change",
    items={X1: "pending", X2: "pending", X3: "pending", X4: "pending"},
)

case(
    name="x-forwarded-internal-note",
    frm="support@x.com", name_from="X Support",
    date=d(11, 16, 40), subject="Fwd: KCSC-240904-02 outcome",
    body=f"""Hello KCSC,

Forwarding the note from our safety team below for your records.

X Support

---------- Forwarded message ---------
From: Safety Ops <safety-ops@x.com>
Date: Wed, Sep 11, 2024 at 3:12 PM
Subject: KCSC-240904-02 outcome
To: <support@x.com>

Done on our side:
{X1} withheld KR
{X2} removed
{X4} suspended
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="support agent forwarding an internal team's note (Gmail forward block)",
    why="the statuses are only in the forwarded message, not in the sender's own words",
    items={X1: "pending", X2: "pending", X4: "pending"},
)

case(
    name="x-out-of-office",
    frm="jiwon.kim@x.com", name_from="Jiwon Kim",
    date=d(4, 17, 31), subject="Automatic reply: KCSC-240904-02 - request for removal of content",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I'm out of the office until 23 September with limited access to email.
For legal requests, please write to legal@x.com so the team can help you.

Thanks,
Jiwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office auto-reply",
    why="auto-reply",
    items={},
)

# ================================================================ Telegram
case(
    name="tg-case-closed-bullets",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date=d(7, 21, 5), subject="Re: KCSC-240905-03 [Case #6620145]",
    reply_to_req="req-240905-03",
    body="""Hello,

Thank you for your report. Case #6620145 is now closed with the following
results:

• t.me/seoul_docs_shop — channel blocked for violating the Telegram Terms of Service
• t.me/night_bay_kr/52 — we were unable to find this message, it may have been deleted

The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk case-closed reply with scheme-less t.me links",
    why="channel blocked for everyone = removed; message not found; the channel's post /1187 is not named",
    items={T1: "removed", T3: "not_found"},
)

TG_QP = f"""Hello,

Following up on Case #6620145 (your reference KCSC-240905-03):

The post {T2} has been removed — it was offering forged documents, which is not allowed on Telegram.

Regarding {T3}: after review, we found that this message doesn’t violate our Terms of Service, and it remains accessible.

Best regards,
The Telegram Team
"""

case(
    name="tg-quoted-printable-followup",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date=d(10, 12, 40), subject="Re: KCSC-240905-03 [Case #6620145]",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TG_QP)}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up in quoted-printable",
    why="one removal and one refusal with a reason",
    items={T2: "removed", T3: "rejected"},
)

case(
    name="tg-echoed-report-result",
    frm="noreply@telegram.org", name_from="Telegram",
    date=d(8, 6, 12), subject="Your report has been reviewed",
    body=f"""Your report

Link: {T2}
Reason: Illegal goods and services
Comment: see KCSC-240905-03, forged identity documents for sale

Result: the reported message has been deleted. Thank you for helping keep
Telegram safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram report-outcome notice echoing the submitted report form",
    why="the echoed report names one link; 'the reported message has been deleted' is about it",
    items={T2: "removed"},
)

case(
    name="tg-reply-over-reminder",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    date=d(17, 10, 20), subject="Re: [Reminder] KCSC-240905-03: 2 items still pending",
    extra_headers=["In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>"],
    body=f"""Hello,

{T2}
Status: removed

{T3}
Status: not available - deleted by its author

Case #6620145

On 16.09.2024 10:05, KCSC Takedown wrote:
> Dear Telegram,
>
> The following items of our request KCSC-240905-03 are past their
> deadline of 12 September 2024:
>
> {T2}
> {T3}
>
> Please let us know what action was taken.
""",
    outcome="applied", classification="confirmation",
    imitates="terse reply to a reminder with 'Status:' lines, reminder quoted below",
    why="bare URL then status; deleted by its author is not_found",
    items={T2: "removed", T3: "not_found"},
)

case(
    name="tg-in-progress-update",
    frm="abuse@telegram.org", name_from="Telegram Abuse",
    date=d(6, 15, 0), subject="Re: KCSC-240905-03 [Case #6620145] status update",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Case #6620145 status: In progress

Links under review:
{T1}
{T2}
{T3}

We will notify you once a decision has been made on each link.

The Telegram Team
""",
    outcome="review", review="not_understood",
    imitates="ticket status update listing the links as 'under review'",
    why="names the requested items but only says they are under review",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="tg-read-receipt",
    frm="dsa@telegram.org", name_from="Telegram DSA",
    date=d(5, 20, 2), subject="Read: KCSC-240905-03 request for removal of content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-55af"

--mdn-55af
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to dsa@telegram.org at 05.09.2024 17:40

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-55af
Content-Type: message/disposition-notification

Reporting-UA: mail.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-55af--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-result-notice-korean",
    frm="help@navercorp.com", name_from="NAVER 고객센터",
    date=d(9, 14, 0), subject=enc('[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)'),
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

■ 요청번호: KCSC-240906-04
■ 처리 결과
 - {N1} : 게시중단 완료
 - {N2} : 임시조치(30일)
 - {N3} : 해당 게시물이 존재하지 않습니다.

나머지 게시물은 확인 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 notice",
    why="게시중단 = removed, 임시조치 = restricted, 게시물 없음 = not_found; the rest is a promise",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

NAVER_HTML = f"""<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>시정요구(요청번호 KCSC-240906-04)에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td>{N4}</td><td>삭제</td><td>2024-09-10 11:20</td></tr>
<tr><td>2</td><td>{N5.replace('&', '&amp;')}</td><td>국내 접속차단</td><td>2024-09-10 11:24</td></tr>
<tr><td>3</td><td>{N1}</td><td>비공개 처리</td><td>2024-09-10 11:31</td></tr>
</table>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="naver-base64-html-table",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date=d(10, 13, 5), subject=enc('[회신] 시정요구 조치결과 (KCSC-240906-04)'),
    reply_to_req="req-240906-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table in a base64 HTML body",
    why="삭제 = removed, 국내 접속차단 = restricted, 비공개 처리 = removed; &amp; in the query URL",
    items={N4: "removed", N5: "restricted", N1: "removed"},
)

case(
    name="naver-top-posted-over-outlook-quote",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date=d(11, 10, 12), subject="RE: [KCSC-240906-04] 불법 금융 게시물 시정요구",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요.

요청하신 건 중 아래 2건은 블라인드 처리되었습니다.

{N2}
{N3}

나머지 3건은 현재 검토 중이며, 결과가 나오는 대로 회신드리겠습니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 5:30 PM
To: policy@navercorp.com
Subject: [KCSC-240906-04] 불법 금융 게시물 시정요구

안녕하세요. 방송통신심의위원회입니다.
아래 게시물 5건에 대하여 시정요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal staff reply top-posted over the Outlook-quoted request",
    why="'아래 2건은 블라인드 처리' covers the two URLs below it; the quoted request changes nothing",
    items={N2: "removed", N3: "removed"},
)

case(
    name="naver-korean-particles-fullwidth",
    frm="policy@navercorp.com", name_from="네이버 정책지원팀",
    date=d(12, 16, 45), subject="RE: [KCSC-240906-04] 조치 결과 회신",
    reply_to_req="req-240906-04",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

{N2}은 카페 운영자 삭제 처리되었으며, {N3}는 작성자가 이미 삭제한 게시물로 확인되었습니다（별도 조치 불필요）.

（{N4}）의 경우 요청 사유에 해당하지 않는 것으로 판단되어 게시중단이 어렵다는 점 양해 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean staff prose reply with URLs followed by particles and full-width brackets",
    why="운영자 삭제 = removed; deleted by its author = not_found; refusal with its reason = rejected",
    items={N2: "removed", N3: "not_found", N4: "rejected"},
)

case(
    name="naver-statement-then-url-below",
    frm="help@navercorp.com", name_from="NAVER 고객센터",
    date=d(13, 11, 0), subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240906-04에 대한 처리 결과를 안내드립니다.

다음 게시물은 게시중단(삭제) 조치되었습니다.
{N1}

다음 게시물은 권리침해 또는 법령 위반에 해당하지 않아 게시중단 요청이 반려되었습니다.
{N4}

다음 게시물은 국내 접속이 제한되었습니다.
{N5}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result notice with each statement on the line above its URL",
    why="statement line then URL below: removed, rejected, restricted",
    items={N1: "removed", N4: "rejected", N5: "restricted"},
)

case(
    name="naver-bulk-all-five",
    frm="help@navercorp.com", name_from="NAVER 고객센터",
    date=d(13, 18, 20), subject="[NAVER] 게시중단 요청 처리 완료 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body="""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물(요청번호 KCSC-240906-04) 5건 모두 게시중단 처리가 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER blanket 처리 완료 notice",
    why="'5건 모두' for a five-item request without naming each URL",
    items={},
)

case(
    name="naver-out-of-office-korean",
    frm="yuna.han@navercorp.com", name_from="한유나",
    date=d(6, 17, 35), subject="[자동응답] [KCSC-240906-04] 불법 금융 게시물 시정요구",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 한유나입니다.

9월 6일(금)부터 9월 18일(수)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답",
    why="auto-reply",
    items={},
)

# ================================================================ Kakao
case(
    name="kakao-raw-korean-path",
    frm="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date=d(11, 15, 10), subject=enc('[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)'),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240909-05 건의 조치 결과를 안내드립니다.

{TISTORY_RAW} : 게시중단(블라인드) 처리 완료
{K2} : 임시조치(30일)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 조치 결과 안내 with a raw Korean tistory path",
    why="블라인드 = removed, 임시조치 = restricted; raw Korean path matches the encoded item",
    items={K1: "removed", K2: "restricted"},
)

case(
    name="kakao-jira-angle-brackets",
    frm="safety-desk@kakaocorp.com", name_from="Kakao Safety Desk",
    date=d(12, 14, 25), subject="[KSD-3321] 처리 완료: KCSC-240909-05",
    body=f"""—-—-—-—-—
이 줄 위에 회신을 작성해 주세요.

김도현 님이 KSD-3321 요청을 '완료'로 변경했습니다.

안녕하세요. 카카오 세이프티 데스크입니다.

<{K2}>
→ 카페 운영자에 의해 삭제 조치되었습니다.

<{TISTORY}>
→ 존재하지 않는 게시물입니다.

요청 보기: https://kakaosafety.atlassian.example/servicedesk/customer/portal/2/KSD-3321
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management Korean 'resolved' notification with URLs in angle brackets",
    why="운영자 삭제 = removed; 존재하지 않는 게시물 = not_found",
    items={K2: "removed", K1: "not_found"},
)

case(
    name="kakao-states-naver-item",
    frm="cs-noreply@kakaocorp.com", name_from="카카오 고객센터",
    date=d(13, 9, 30), subject="[카카오] 게시물 조치 결과 안내 (KCSC-240909-05)",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청번호 KCSC-240909-05 관련하여 안내드립니다.

{N2} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao result notice where the agent pasted another portal's link",
    why="Kakao states a status for a NAVER cafe item; only NAVER can speak for it",
    items={N2: "pending"},
)

case(
    name="kakao-jira-receipt-korean",
    frm="safety-desk@kakaocorp.com", name_from="Kakao Safety Desk",
    date=d(9, 18, 2), subject="[KSD-3321] 요청이 접수되었습니다: KCSC-240909-05",
    body="""—-—-—-—-—
이 줄 위에 회신을 작성해 주세요.

요청이 접수되었습니다. 요청번호는 KSD-3321입니다.
담당자가 확인 후 답변드리겠습니다.

요청 보기: https://kakaosafety.atlassian.example/servicedesk/customer/portal/2/KSD-3321
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management Korean 'request received' notification",
    why="pure receipt",
    items={},
)

case(
    name="kakao-dsn-bounce",
    frm="MAILER-DAEMON@mail.daum.net", name_from="Mail Delivery System",
    date=d(9, 17, 42), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-7Qp2"

--dsn-7Qp2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<safety-report@daum.net>: host mx.daum.net[203.0.113.25] said: 550 5.1.1
    <safety-report@daum.net>: Recipient address rejected: User unknown

--dsn-7Qp2
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.daum.net
Arrival-Date: {d(9, 17, 41)}

Final-Recipient: rfc822; safety-report@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-7Qp2
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: safety-report@daum.net
Subject: {enc('[KCSC-240909-05] 불법 금융 게시물 시정요구')}
Message-ID: <req-240909-05-copy@kcsc.example>

--dsn-7Qp2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status)",
    why="bounce of our own request copy",
    items={},
)

# ================================================================ TikTok
case(
    name="tiktok-zendesk-solved-bullets",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(12, 11, 18), subject="[TikTok] Your ticket #7712045 has been resolved (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body=f"""##- Please type your reply above this line -##

Hi there,

Thanks for your patience. Our team reviewed the content in your request
KCSC-240910-06 and here is what we found:

  * {K_T1} - Removed
  * {K_T2} - Removed
  * {K_T3} - Account banned
  * {K_T4} - No violation found; the content remains on TikTok

Your ticket has been marked as resolved. You can learn more about our
Community Guidelines at https://www.tiktok.com/community-guidelines

Best,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk resolved-ticket reply with a bulleted per-URL result",
    why="removed x2, account banned, no violation (refusal); the guidelines link is not an item",
    items={K_T1: "removed", K_T2: "removed", K_T3: "removed", K_T4: "rejected"},
)

case(
    name="tiktok-partial-answer",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(11, 16, 2), subject="Re: [TikTok] Ticket #7712045 (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body=f"""Hi,

We've completed our review of 2 of the 4 links in your request:

{K_T1}: removed for violating our policy on drugs and controlled substances.
{K_T4}: restricted in your region; this video is no longer available to
users in South Korea.

The other two links are still with our review team. We'll update this ticket
when we have an outcome.

Best,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk partial answer: two results, the rest still under review",
    why="two unhedged results; the unnamed other two stay pending",
    items={K_T1: "removed", K_T4: "restricted"},
)

case(
    name="tiktok-wrapped-angle-url",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(13, 14, 50), subject="Re: [TikTok] Ticket #7712045 (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body=f"""Hello,

We have taken down the following video after review against our Community
Guidelines: <https://www.tiktok.com/@giftcard_dealz/video/
7410000000000000333>

The video {K_T2} was also removed.

Best,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply where the mail client wrapped a URL inside angle brackets",
    why="a URL wrapped inside <...> is one URL; both videos removed",
    items={K_T4: "removed", K_T2: "removed"},
)

case(
    name="tiktok-hedged-under-review",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(11, 9, 12), subject="Re: [TikTok] Ticket #7712045 (KCSC-240910-06)",
    reply_to_req="req-240910-06",
    body=f"""Hi,

Just a quick update on your request. Our records indicate that the video
{K_T1} appears to have been deleted by its creator, but we are still
confirming this. The video {K_T2} is currently under review by our team.

We'll follow up once we have more information.

TikTok Legal Support
""",
    outcome="review", review="not_understood",
    imitates="interim helpdesk update with hedges and 'under review'",
    why="'appears to have been deleted ... still confirming' and 'under review' are not statements",
    items={K_T1: "pending", K_T2: "pending"},
)

case(
    name="tiktok-zendesk-subdomain-sender",
    frm="support@tiktok-legalrequests.zendesk.com", name_from="TikTok Legal Requests",
    date=d(12, 20, 33), subject="[TikTok Legal Requests] Re: KCSC-240910-06",
    body=f"""##- Please type your reply above this line -##

Hello,

{K_T1} has been removed and the account {K_T3} has been banned.

TikTok Legal Requests
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk reply sent from the helpdesk's default zendesk.com subdomain",
    why="zendesk.com is not a TikTok sender domain, however plausible the content",
    items={K_T1: "pending", K_T3: "pending"},
)

case(
    name="tiktok-asks-for-legal-basis",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(11, 13, 37), subject="Re: [TikTok] Ticket #7712045 (KCSC-240910-06) - more information needed",
    reply_to_req="req-240910-06",
    body=f"""Hi,

To process your request concerning the account {K_T3}, we need some
additional information:

1. the specific provision of Korean law that the account's content violates;
2. a copy of the decision of the Commission, if one was adopted.

Please reply to this email with the above so that we can continue our review.
Your ticket will remain open until we hear from you.

TikTok Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="helpdesk agent asking the requester for more information (ticket set to Pending)",
    why="the platform asks for the legal basis before acting",
    items={K_T3: "pending"},
)

case(
    name="tiktok-lawyer-unknown-sender",
    frm="counsel@hanul-law.example", name_from="Hanul Law Office",
    date=d(13, 16, 5), subject="KCSC-240910-06 - on behalf of the account holder",
    body=f"""Dear Sir or Madam,

We act for the holder of the TikTok account @quickpill_kr. Our client has
deleted the video {K_T1} on 12 September 2024 and asks that the
Commission close its file on it.

Yours faithfully,
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's counsel replying to the regulator",
    why="not from any platform's domain; names a requested item",
    items={K_T1: "pending"},
)

case(
    name="tiktok-freshdesk-receipt-echo",
    frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    date=d(10, 18, 47), subject="[TikTok] We've received your request - ticket #7712045",
    reply_to_req="req-240910-06",
    body=f"""Thanks for reaching out!

We've received your request and our team will get back to you within 5
business days. Your ticket number is #7712045.

---- Your request ----
Subject: KCSC-240910-06 request for removal of content
Description:
Please remove the following content, which offers illegal drugs for sale:
{K_T1}
{K_T2}
{K_T3}
{K_T4}
----------------------

TikTok Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Freshdesk new-ticket auto-acknowledgement that echoes the submitted request",
    why="receipt; the URLs are our own request echoed back, with no statement about them",
    items={},
)


HEADER = """# Blind set 740 (ticket systems and threads): expected results written from
# each email's meaning before any run of the reader. Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    for c in CASES:
        c["from"] = c.pop("frm")
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
    corpuslib.write_set(HERE, "blind740", HEADER, CASES)
