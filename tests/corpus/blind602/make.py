#!/usr/bin/env python3
"""Blind set 602: ticket systems and threads.

Zendesk / Freshdesk / Jira / Help Scout style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; expected results come from each email's meaning alone, written before
any run of the reader.

    python3 tests/corpus/blind602/make.py

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
R1 = "KCSC-240903-01"  # x, 12 items (largest)
R2 = "KCSC-240905-02"  # youtube, 4 items
R3 = "KCSC-240909-03"  # telegram, 3 items
R4 = "KCSC-240911-04"  # naver, 5 items
R5 = "KCSC-240916-05"  # kakao, 2 items
R6 = "KCSC-240919-06"  # tiktok, 1 item
R7 = "KCSC-240923-07"  # youtube, 2 items

X = [
    "https://x.com/nightowl_drops/status/1830412200917734401",
    "https://x.com/nightowl_drops/status/1830412875514200066",
    "https://x.com/pale_lantern_kr/status/1830455019923374080",
    "https://x.com/pale_lantern_kr/status/1830470332178116609",
    "https://x.com/seoul_mirage99/status/1830501177453297664",
    "https://x.com/seoul_mirage99/status/1830503921007427584",
    "https://x.com/quietdeal_bot/status/1830522340188471296",
    "https://x.com/quietdeal_bot/status/1830529985512079360",
    "https://x.com/hangang_ghost/status/1830600043317346304",
    "https://x.com/hangang_ghost/status/1830611188405522432",
    "https://x.com/minttea_shop/status/1830655402110431232",
    "https://x.com/minttea_shop/status/1830660917783670784",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8rLx2A",
    "https://www.youtube.com/watch?v=bN7kP0wYe5s",
    "https://www.youtube.com/watch?v=Hj4uZc1Dq9R",
    "https://www.youtube.com/shorts/Lp2sWx8Vn0e",
]
T = [
    "https://t.me/gray_market_hub/4121",
    "https://t.me/gray_market_hub/4127",
    "https://t.me/nocturne_files/88",
]
N5_RAW = "https://in.naver.com/밤빛상점/contents/1188"
N = [
    "https://blog.naver.com/moonpetal_22/223561204471",
    "https://blog.naver.com/moonpetal_22/223561290018",
    "https://cafe.naver.com/quietriver/80412",
    "https://cafe.naver.com/quietriver/80455",
    "https://in.naver.com/%EB%B0%A4%EB%B9%9B%EC%83%81%EC%A0%90/contents/1188",
]
K = [
    "https://cafe.daum.net/bluefern/Xk3p/1542",
    "https://sunnyside-log.tistory.com/417",
]
V = ["https://www.tiktok.com/@velvet.moth.kr/video/7412203398851226881"]
Z = [
    "https://www.youtube.com/watch?v=Zt8cR1mYu4K",
    "https://www.youtube.com/watch?v=aF6yH2kQp9M",
]

REQUESTS = [
    (R1, "x", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", X, "illegal_gambling",
     'posts by six accounts, "withhold in KR" acceptable'),
    (R2, "youtube", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", Y, "defamation",
     "three videos and one short"),
    (R3, "telegram", "2024-09-09T09:15:00+09:00", "2024-09-16T18:00:00+09:00", T, "drugs",
     "two channels, public posts"),
    (R4, "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", N, "privacy",
     "blog, cafe and in.naver; one Korean path"),
    (R5, "kakao", "2024-09-16T10:40:00+09:00", "2024-09-23T18:00:00+09:00", K, "obscenity",
     "Daum cafe post, Tistory post"),
    (R6, "tiktok", "2024-09-19T16:20:00+09:00", "2024-09-26T18:00:00+09:00", V, "illegal_gambling",
     "single video"),
    (R7, "youtube", "2024-09-23T09:00:00+09:00", "2024-09-30T18:00:00+09:00", Z, "defamation",
     "two videos, same channel"),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def rt(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def quoted_request(ref, urls, prefix="> ", intro="Dear Trust & Safety team,"):
    lines = [intro, "",
             f"The Korea Communications Standards Commission requests the removal of the",
             f"following content (our reference {ref}):", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please inform us of the measures taken.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


AUTO_ACK = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]

cases = []


def add(**c):
    cases.append(c)


# ======================================================================= X
add(name="x-zendesk-receipt-echo", frm="support@x.com", date="Tue, 03 Sep 2024 01:14:09 +0000",
    subject=f"[X Support] Re: Removal request {R1} [#0917245]",
    reply_to_req=rt(R1), extra_headers=AUTO_ACK,
    body=f"""\
##- Please type your reply above this line -##

Hello,

Thanks for reaching out. Your request (#0917245) has been received and is
in our queue. A member of our team will get back to you; there is no need
to open another ticket for the same content.

Here is a copy of what you sent us:

  Reference: {R1}
  Reported content (12 items):
  {X[0]}
  {X[1]}
  {X[2]}
  ... and 9 more

You can check the status of your request at
https://help.x.com/requests/0917245

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-receipt echoing the submitted form",
    why="pure receipt: ticket created, echo of our own report, nothing stated about any item",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"})

add(name="x-solved-ticket-numbered", frm="support@x.com", date="Fri, 06 Sep 2024 08:41:52 +0000",
    subject=f"[X Support] Your request #0917245 has been solved",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Your request (#0917245) has been solved. To reopen it, reply to this email.

Lena (X Legal Operations)
Sep 6, 2024, 17:41 KST

Hello KCSC team,

We reviewed the 12 posts listed in your request {R1}. Here is the outcome
for each of them:

1. {X[0]} - removed for violating the X Rules
2. {X[1]} - removed for violating the X Rules
3. {X[2]} - withheld in South Korea
4. {X[3]} - withheld in South Korea
5. {X[4]} - no violation found; no action taken
6. {X[5]} - removed
7. {X[6]} - this post does not exist
8. {X[7]} - this post does not exist
9. {X[8]} - withheld in South Korea
10. {X[9]} - removed
11. {X[10]} - no violation of the X Rules or local law found; the post stays up
12. {X[11]} - withheld in South Korea

Withheld content remains available outside South Korea. For more on
country withheld content, see https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
Lena
X Legal Operations

This email is a service from X Support. [4QZ7-R1MW]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' notification with the agent's numbered outcome list",
    why="each of the 12 posts gets an explicit outcome in the solved notice",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "restricted",
           X[4]: "rejected", X[5]: "removed", X[6]: "not_found", X[7]: "not_found",
           X[8]: "restricted", X[9]: "removed", X[10]: "rejected", X[11]: "restricted"})

add(name="x-followup-partial", frm="support@x.com", date="Thu, 05 Sep 2024 03:20:11 +0000",
    subject="[X Support] Update on your request #0917245",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Daniel (X Legal Operations)
Sep 5, 2024, 12:20 KST

Hi,

A partial update on {R1}. We have withheld the following posts in South
Korea:

{X[4]}
{X[5]}

The two posts from @hangang_ghost are still being reviewed by our team:

{X[8]}
{X[9]}

We will update this ticket once that review is finished.

Daniel
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public agent comment giving a partial outcome, rest still in review",
    why="two posts withheld in KR; the other two explicitly still under review",
    items={X[4]: "restricted", X[5]: "restricted", X[8]: "pending", X[9]: "pending"})

add(name="x-reply-to-reminder-gmail-quote", frm="legal@x.com", date="Wed, 11 Sep 2024 06:02:37 +0000",
    subject=f"Re: Reminder: {R1} overdue",
    reply_to_req=rt(R1), name_from="X Legal",
    body=f"""\
Hello,

Apologies for the delay in getting back to you.

{X[6]} has been removed.
We were unable to locate {X[7]} on X.
{X[10]} does not violate the X Rules, so we are not taking action on it.

The remaining posts were answered in ticket #0917245.

Best,
Marta
X Legal

On Tue, Sep 10, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> This is a reminder about our request {R1} of 3 September 2024.
> The following items are still shown as online:
>
> {X[6]}
> {X[7]}
> {X[8]}
> {X[9]}
> {X[10]}
> {X[11]}
>
> We would be grateful for an answer by 13 September.
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply top-posted over our reminder in Gmail quoting",
    why="three unquoted statements; the other URLs appear only in our quoted reminder",
    items={X[6]: "removed", X[7]: "not_found", X[10]: "rejected"})

add(name="x-bulk-all-withheld", frm="support@x.com", date="Mon, 09 Sep 2024 09:12:00 +0000",
    subject=f"[X Support] Re: Removal request {R1} [#0917245]",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Priya (X Legal Operations)
Sep 9, 2024, 18:12 KST

Hello,

Thank you for your patience. Following our review of request {R1}, all of
the reported posts have been withheld in South Korea.

Best regards,
Priya
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="Zendesk agent comment summarising the whole ticket in one sentence",
    why="one sentence about all posts of a 12-item request, none named",
    items={})

add(name="x-promise-escalated", frm="support@x.com", date="Thu, 05 Sep 2024 23:48:30 +0000",
    subject="[X Support] Update on your request #0917245",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Hi there,

We've escalated the posts below to our specialist team. They will be
actioned within 48 hours if they are found to break our rules.

- {X[6]}
- {X[7]}

We'll follow up on this ticket.

X Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk 'escalated to specialist team' agent comment",
    why="a conditional promise about two named posts, no status",
    items={X[6]: "pending", X[7]: "pending"})

add(name="x-untrusted-auth-fail", frm="legal@x.com", date="Sat, 07 Sep 2024 02:31:05 +0000",
    subject=f"RE: {R1} takedown result", auth="fail", name_from="X Legal",
    body=f"""\
Dear KCSC,

Regarding {R1}: the following posts have been removed from X.

{X[0]}
{X[1]}

Kind regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="short legal-desk result mail; here failing DKIM/SPF/DMARC",
    why="claims from x.com but authentication fails",
    items={X[0]: "pending", X[1]: "pending"})

add(name="x-zendesk-hosted-domain", frm="support@xcorp-legal.zendesk.com",
    date="Sun, 08 Sep 2024 04:05:44 +0000",
    subject="[X Legal] Your request #0917245 has been updated", name_from="X Legal Support",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Your request (#0917245) has been updated.

Sam (X Legal)
Sep 8, 2024, 13:05 KST

Both of these posts have been removed:

{X[10]}
{X[11]}

Sam
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk notification sent from the vendor's hosted subdomain instead of the platform's own domain",
    why="sender domain zendesk.com is no configured platform domain",
    items={X[10]: "pending", X[11]: "pending"})

add(name="x-html-table-update", frm="support@x.com", date="Fri, 06 Sep 2024 01:10:19 +0000",
    subject="[X Support] Update on your request #0917245", type="html",
    reply_to_req=rt(R1),
    body=f"""\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>
<p>Hello KCSC team,</p>
<p>Please see the outcome for part of request {R1} below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported post</th><th>Action</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No violation &ndash; no action</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td></tr>
</table>
<p>The remaining posts are still with our team.</p>
<p>Regards,<br>X Legal Operations</p>
<p style="font-size:11px;color:#999">Read our <a href="https://help.x.com/en/rules-and-policies/x-rules">rules</a>. [9KD2-04PQ]</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML Zendesk agent comment with an outcome table",
    why="table gives an action per post; the footer rules link is not an item",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "rejected", X[3]: "removed"})

CSV_X = (
    "reported_url,decision,scope\r\n"
    f"{X[4]},Withheld,South Korea\r\n"
    f"{X[5]},Removed,Global\r\n"
    f"{X[6]},Not found - post does not exist,\r\n"
    f"{X[7]},No violation - no action,\r\n"
    f"{X[8]},Removed,Global\r\n"
)
add(name="x-csv-attachment", frm="legal@x.com", date="Mon, 09 Sep 2024 07:55:00 +0000",
    subject=f"Outcome of {R1} (ticket #0917245)", name_from="X Legal",
    reply_to_req=rt(R1),
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_x602csv"

--=_x602csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

The decisions on five of the posts in {R1} are in the attached file,
one row per post.

Regards,
X Legal

--=_x602csv
Content-Type: text/csv; charset=utf-8; name="0917245_outcome.csv"
Content-Disposition: attachment; filename="0917245_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X.encode("utf-8"))}
--=_x602csv--
""",
    outcome="applied", classification="confirmation",
    imitates="legal-desk reply with a CSV export of decisions attached",
    why="each CSV row states a decision for one post",
    items={X[4]: "restricted", X[5]: "removed", X[6]: "not_found", X[7]: "rejected", X[8]: "removed"})

add(name="x-url-below-statement", frm="support@x.com", date="Tue, 10 Sep 2024 05:33:18 +0000",
    subject="[X Support] Update on your request #0917245",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Hello,

The following post was removed for violating our rules:
{X[10]}

The following post could not be found. The link does not lead to any post:
{X[11]}

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with each URL on the line below its statement",
    why="statement line then the URL it concerns",
    items={X[10]: "removed", X[11]: "not_found"})

MDN_TEXT = """\
This is a receipt for the mail you sent to legal@x.com at 9/3/2024 10:00 AM

This receipt verifies that the message has been displayed on the recipient's
computer at 9/3/2024 11:12 AM
"""
add(name="x-mdn-read-receipt", frm="legal@x.com", date="Tue, 03 Sep 2024 02:12:40 +0000",
    subject=f"Read: Removal request {R1}", name_from="X Legal",
    reply_to_req=rt(R1),
    raw_mime=f"""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_x602mdn"

--=_x602mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{MDN_TEXT}
--=_x602mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid(R1)}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_x602mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) for our request",
    why="a read receipt says nothing about any item",
    items={})

add(name="x-hedge-appears-suspended", frm="support@x.com", date="Sat, 07 Sep 2024 10:20:00 +0000",
    subject="[X Support] Update on your request #0917245",
    reply_to_req=rt(R1),
    body=f"""\
##- Please type your reply above this line -##

Hi,

It appears that the account @hangang_ghost has since been suspended, so
these posts may no longer be visible:

{X[8]}
{X[9]}

We're confirming this with the team that handled the account and will let
you know.

X Support
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Zendesk agent comment hedging about an account suspension",
    why="'appears' / 'may no longer be visible' is a hedge, not a status",
    items={X[8]: "pending", X[9]: "pending"})

QP_BODY = f"""\
Hello KCSC,

Further to ticket #0917245 (your reference {R1}), our team has completed the review of two more posts.

The post at {X[1]} has been removed from X for violating our policy on illegal and regulated goods and services.

The post at {X[3]} has been withheld in South Korea in response to your legal demand; it remains visible in other countries.

Kind regards,
Jae-won
X Legal Operations — Seoul
"""
add(name="x-quoted-printable-long-lines", frm="legal@x.com", date="Sun, 08 Sep 2024 00:45:12 +0000",
    subject="Re: [#0917245] further outcome", name_from="X Legal",
    reply_to_req=rt(R1),
    raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(QP_BODY.encode("utf-8")).decode("ascii")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply sent as quoted-printable with soft line breaks inside long lines",
    why="one post removed, one withheld in KR, each named",
    items={X[1]: "removed", X[3]: "restricted"})

add(name="x-jira-comment-resolved", frm="jira@x.com", date="Wed, 04 Sep 2024 12:03:51 +0000",
    subject=f"[JIRA] (TSD-4471) KCSC {R1} - removal request",
    name_from="Hyun Oh (Jira)", reply_to_req=rt(R1),
    body=f"""\
Hyun Oh commented on TSD-4471 and changed status to Resolved
------------------------------------------------------------

Re: KCSC {R1} - removal request

    Removed:
    {X[4]}
    {X[5]}

    Both posts were deleted under our private information policy. The rest
    of the request is tracked in ticket #0917245.

Key: TSD-4471
Status: Resolved
Resolution: Done

View request: https://tsd.x.com/servicedesk/customer/portal/3/TSD-4471
Turn off this request's notifications: https://tsd.x.com/servicedesk/customer/portal/3/TSD-4471/unsubscribe

This message was sent by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'commented and changed status to Resolved'",
    why="heading 'Removed:' over two named posts, restated as deleted",
    items={X[4]: "removed", X[5]: "removed"})

add(name="x-angle-brackets-wrapped", frm="legal@x.com", date="Sat, 07 Sep 2024 03:14:27 +0000",
    subject=f"RE: {R1}", name_from="X Legal",
    reply_to_req=rt(R1),
    body=f"""\
Dear Sir or Madam,

In response to your request {R1}, we have withheld the following posts
in the Republic of Korea:

  <{X[0]}>
  <https://x.com/pale_lantern_kr/status/
   1830455019923374080>

These posts remain available in other countries.

Sincerely,
X Legal

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: {R1}

{quoted_request(R1, X[:4], prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with URLs in angle brackets, one wrapped, over '-----Original Message-----'",
    why="two posts withheld in KR; the wrapped URL in brackets is the third post; the rest is our quoted request",
    items={X[0]: "restricted", X[2]: "restricted"})

add(name="x-csat-survey", frm="support@x.com", date="Fri, 13 Sep 2024 08:41:52 +0000",
    subject="How would you rate the support you received?",
    body="""\
##- Please type your reply above this line -##

Hello,

We'd love to hear what you think of our customer service. Please take a
moment to answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://help.x.com/satisfaction/good/Zk8QyR2mLbT

Bad, I'm unsatisfied
https://help.x.com/satisfaction/bad/Zk8QyR2mLbT

Here's a reminder of what your ticket was about: Removal request.

X Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Zendesk customer satisfaction survey sent after a ticket is solved",
    why="trusted X mail, no item, no request reference (only survey links)",
    items={})

# ================================================================= YouTube
add(name="yt-case-update-mixed", frm="legal-kr@google.com", date="Mon, 09 Sep 2024 02:18:00 +0000",
    subject=f"[7-1234000038412] Your legal request {R2}", name_from="YouTube Legal Support",
    reply_to_req=rt(R2),
    body=f"""\
Hello,

Thanks for your patience while we reviewed your request {R2}.

After review, we removed {Y[0]} from YouTube because it violates our
Community Guidelines.

We have blocked {Y[1]} from view in South Korea based on local law. It
remains available elsewhere.

We did not find a violation of our policies or local law in
{Y[2]}, so we will not take action on it at this time.

Our review of {Y[3]} is still in progress.

Sincerely,
The YouTube Legal Support Team

Case ID: 7-1234000038412
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support case update in prose, per video",
    why="removed / blocked in KR / declined with reason / still in progress",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "pending"})

add(name="yt-outlook-original-message", frm="legal-kr@google.com", date="Tue, 10 Sep 2024 07:44:10 +0000",
    subject=f"RE: {R2} - request for removal", name_from="YouTube Legal Support",
    reply_to_req=rt(R2),
    body=f"""\
Hi KCSC team,

We've blocked access to the two videos below from South Korea:

{Y[0]}
{Y[2]}

We'll reply separately about the others.

Best,
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:30 AM
To: legal-kr@google.com
Subject: {R2} - request for removal

{quoted_request(R2, Y, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' with our request",
    why="two videos blocked in KR above the quote; the quoted list is ours",
    items={Y[0]: "restricted", Y[2]: "restricted"})

add(name="yt-bare-url-status-below", frm="legal-kr@google.com", date="Wed, 11 Sep 2024 01:02:03 +0000",
    subject=f"[7-1234000038412] Update on {R2}", name_from="YouTube Legal Support",
    reply_to_req=rt(R2),
    body=f"""\
Hello,

Here is an update on two of the items in your request.

{Y[1]}
Status: Removed - violation of our harassment and cyberbullying policy

{Y[3]}
Status: We couldn't find any content at this URL. Please check that the link is correct.

For details on our policies, visit https://support.google.com/youtube/answer/2802268

Regards,
YouTube Legal Support
Case ID: 7-1234000038412
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support update with bare URL and 'Status:' line below",
    why="removed and not found, each on the line under its URL; policy link not an item",
    items={Y[1]: "removed", Y[3]: "not_found"})

add(name="yt-out-of-office", frm="hjpark@google.com", date="Thu, 05 Sep 2024 02:31:00 +0000",
    subject=f"Automatic reply: {R2} - request for removal", name_from="Hyejin Park",
    reply_to_req=rt(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""\
Thank you for your email. I am out of the office until 16 September with
limited access to email. Legal removal requests are handled by the team at
legal-kr@google.com and do not need to be resent.

Hyejin Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={})

DSN_ORIG = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-escalations@google.com
Subject: Reminder: {R2} overdue
Message-ID: <rem-240913-02@kcsc.example>
Date: Fri, 13 Sep 2024 18:00:00 +0900

Dear YouTube Legal team,

The following videos from our request {R2} are still online:
{Y[2]}
{Y[3]}

KCSC Takedown Desk
"""
add(name="yt-dsn-bounce", frm="mailer-daemon@googlemail.com", date="Fri, 13 Sep 2024 09:00:04 +0000",
    subject="Delivery Status Notification (Failure)", name_from="Mail Delivery Subsystem",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="=_yt602dsn"

--=_yt602dsn
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to legal-kr-escalations@google.com because
the address couldn't be found, or is unable to receive mail.

--=_yt602dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 13 Sep 2024 09:00:02 +0000

Final-Recipient: rfc822; legal-kr-escalations@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_yt602dsn
Content-Type: message/rfc822

{DSN_ORIG}
--=_yt602dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail DSN 'Address not found' returning our reminder",
    why="bounce; URLs only in our own returned reminder",
    items={})

add(name="yt-asks-timestamps", frm="legal-kr@google.com", date="Fri, 06 Sep 2024 06:30:00 +0000",
    subject=f"[7-1234000038412] Additional information needed - {R2}", name_from="YouTube Legal Support",
    reply_to_req=rt(R2),
    body=f"""\
Hello,

We need more information to process part of your request {R2}.

For the following items, please reply with the exact timestamp(s) where the
content you reported appears, and the specific statements you believe are
unlawful:

  * {Y[2]}
  * {Y[3]}

We will not be able to continue our review of these items until we
receive this information.

Sincerely,
YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal webform follow-up asking for timestamps",
    why="platform asks for details about two named videos; nothing decided",
    items={Y[2]: "pending", Y[3]: "pending"})

add(name="yt-helpscout-followup-age", frm="legal-kr@youtube.com", date="Thu, 12 Sep 2024 04:11:00 +0000",
    subject=f"Re: {R2} [#58214]", name_from="YouTube Legal Support",
    reply_to_req=rt(R2),
    body=f"""\
Hi again,

In addition to my earlier reply: the short {Y[3]} has been
age-restricted. It can no longer be viewed by signed-out users or by
users under 18.

Min-seo
YouTube Legal Support

---
Conversation #58214 · Reply above this line to continue the conversation
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout-style follow-up message in the same conversation",
    why="age-restricted is restricted",
    items={Y[3]: "restricted"})

HTML_Z = f"""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We've reviewed the content in your request {R7}.</p>
<ul>
<li><a href="{Z[0]}">{Z[0]}</a><br>This video has been removed for violating YouTube's Community Guidelines.</li>
<li><a href="{Z[1]}">{Z[1]}</a><br>Access to this video has been restricted in South Korea on legal grounds.</li>
</ul>
<p>Sincerely,<br>The YouTube Team</p>
<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</body></html>
"""
add(name="yt-base64-html-r7", frm="legal-kr@google.com", date="Thu, 26 Sep 2024 05:00:00 +0000",
    subject=f"[7-2207000051190] Your legal request {R7}", name_from="YouTube Legal Support",
    reply_to_req=rt(R7),
    raw_mime=f"""\
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_Z.encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome sent as a base64-encoded HTML body",
    why="one video removed, the other restricted in KR",
    items={Z[0]: "removed", Z[1]: "restricted"})

add(name="yt-wrong-platform-tme", frm="legal-kr@google.com", date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=f"Re: Reminder: {R3}", name_from="YouTube Legal Support",
    reply_to_req=rt(R3),
    body=f"""\
Hello,

We received your reminder, but the following links could not be found on
YouTube:

{T[0]}
{T[1]}

They do not appear to be YouTube URLs. You may want to contact the service
that hosts them.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube reply to a reminder sent to the wrong platform",
    why="YouTube states 'not found' about Telegram items",
    items={T[0]: "pending", T[1]: "pending"})

add(name="yt-both-videos-bulk", frm="legal-kr@google.com", date="Fri, 27 Sep 2024 02:10:00 +0000",
    subject=f"Re: Reminder: {R7}", name_from="YouTube Legal Support",
    reply_to_req=rt(R7),
    body=f"""\
Hi,

Both videos mentioned below have now been removed.

Thanks,
YouTube Legal Support

On Thu, Sep 26, 2024 at 6:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Our request {R7} of 23 September is still open. These videos are
> still online:
>
> {Z[0]}
> {Z[1]}
>
> KCSC Takedown Desk
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line Gmail reply over our quoted reminder",
    why="'both videos' names no item itself; the URLs are only in our quoted reminder (2-item request)",
    items={Z[0]: "pending", Z[1]: "pending"})

# ================================================================ Telegram
add(name="tg-helpscout-reply", frm="abuse@telegram.org", date="Wed, 11 Sep 2024 10:45:00 +0000",
    subject=f"Re: {R3} - Case #5521873", name_from="Telegram Abuse",
    reply_to_req=rt(R3),
    body=f"""\
Hello,

Thank you for your report (Case #5521873).

We have blocked the following posts:
{T[0]}
{T[1]}

The link {T[2]} is invalid: the channel no longer exists on Telegram.

Regards,
Telegram Abuse Team

---
Reply above this line. Conversation #5521873
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply in a Help Scout-style conversation",
    why="two posts blocked (removed), third link invalid (not_found)",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"})

add(name="tg-case-ack", frm="abuse@telegram.org", date="Mon, 09 Sep 2024 00:20:00 +0000",
    subject=f"Case #5521873: {R3}", name_from="Telegram Abuse",
    reply_to_req=rt(R3), extra_headers=AUTO_ACK,
    body="""\
Hello,

Your report has been received and Case #5521873 has been created.
Our moderators will review it. Please do not reply to this message.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk automatic case receipt",
    why="pure acknowledgement with case number",
    items={})

add(name="tg-followup-same-thread", frm="abuse@telegram.org", date="Fri, 13 Sep 2024 03:30:00 +0000",
    subject=f"Re: Re: {R3} - Case #5521873", name_from="Telegram Abuse",
    reply_to_req=rt(R3),
    body=f"""\
Hello again,

Following up on our earlier message: the post {T[1]}
has now also been blocked.

Telegram Abuse Team

On 12/09/2024 08:10, Telegram Abuse wrote:
> Hello,
>
> {T[0]} - blocked.
> {T[1]} - still under review.
>
> Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="follow-up in the same Telegram case thread quoting the earlier answer",
    why="only the new unquoted statement counts; the quoted earlier statement about 4121 does not",
    items={T[1]: "removed"})

add(name="tg-conditional-owner", frm="abuse@telegram.org", date="Thu, 12 Sep 2024 11:00:00 +0000",
    subject=f"Re: {R3} - Case #5521873", name_from="Telegram Abuse",
    reply_to_req=rt(R3),
    body=f"""\
Hello,

We have contacted the administrators of the channels hosting
{T[0]} and {T[2]}.
If they do not remove the material within 7 days, the posts will be
blocked by our moderators.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="other",
    imitates="Telegram abuse-desk reply announcing a deadline given to channel admins",
    why="condition and promise only, two posts named",
    items={T[0]: "pending", T[2]: "pending"})

add(name="tg-dsa-statement-of-reasons", frm="dsa@telegram.org", date="Tue, 10 Sep 2024 15:00:00 +0000",
    subject=f"Statement of reasons - Case #5521873 ({R3})", name_from="Telegram DSA",
    reply_to_req=rt(R3),
    body=f"""\
STATEMENT OF REASONS

Case:            #5521873
Notice ref.:     {R3}
Content:         {T[0]}
Decision:        Restriction of visibility - the content has been blocked
                 for users in the Republic of Korea
Ground:          Illegal content under the law of the Republic of Korea
Automated means: No automated means were used in taking this decision
Redress:         You may contest this decision at
                 https://telegram.org/dsa/appeal?case=5521873

Telegram FZ-LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (decision: visibility restricted in one country)",
    why="blocked for users in Korea = restricted; the appeal link is not an item",
    items={T[0]: "restricted"})

# =================================================================== NAVER
add(name="naver-result-list", frm="help@navercorp.com", date="Fri, 13 Sep 2024 02:00:00 +0000",
    subject=f"[NAVER 고객센터] 게시물 처리 결과 안내 ({R4})", name_from="NAVER 고객센터",
    reply_to_req=rt(R4),
    body=f"""\
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물({R4})에 대한 처리 결과를 안내드립니다.

1) {N[0]}
   - 처리 결과: 게시중단(삭제)
2) {N[1]}
   - 처리 결과: 임시조치(30일)
3) {N[2]}
   - 처리 결과: 작성자가 이미 삭제하여 게시물이 존재하지 않습니다.

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시물 처리 결과 안내 with a numbered list",
    why="게시중단 = removed, 임시조치 = restricted, 작성자 삭제 = not_found",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found"})

add(name="naver-korean-particles", frm="help@navercorp.com", date="Mon, 16 Sep 2024 06:30:00 +0000",
    subject=f"Re: [{R4}] 카페 게시물 조치 결과", name_from="NAVER 카페 운영지원",
    reply_to_req=rt(R4),
    body=f"""\
안녕하세요. 네이버 카페 운영지원 담당자입니다.

{N[2]} 게시물은 블라인드 처리되었으며,
{N[3]}는 운영정책 위반 사항이 확인되지 않아 게시가 유지됩니다.

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply in prose with particles attached to URLs",
    why="블라인드 = removed; 위반 사항 없음, 게시 유지 = rejected",
    items={N[2]: "removed", N[3]: "rejected"})

add(name="naver-raw-korean-path", frm="help@navercorp.com", date="Sat, 14 Sep 2024 09:15:00 +0000",
    subject=f"[NAVER] 접속 차단 조치 완료 안내 ({R4})", name_from="NAVER 고객센터",
    reply_to_req=rt(R4),
    body=f"""\
안녕하세요, 네이버입니다.

요청하신 「{N5_RAW}」 콘텐츠에 대해 국내 접속 차단 조치를 완료하였습니다。

해당 콘텐츠는 대한민국에서 더 이상 열람할 수 없습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER notice of 접속 차단 with the URL in 「」 and a raw Korean path",
    why="국내 접속 차단 = restricted; raw path matches the percent-encoded request URL",
    items={N[4]: "restricted"})

add(name="naver-promise-korean", frm="help@navercorp.com", date="Thu, 12 Sep 2024 08:00:00 +0000",
    subject=f"Re: {R4} 게시물 삭제 요청", name_from="NAVER 고객센터",
    reply_to_req=rt(R4),
    body=f"""\
안녕하세요, 네이버 고객센터입니다.

아래 블로그 게시물은 담당 부서에서 검토 후 조치할 예정입니다.

- {N[0]}
- {N[1]}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood", classification="other",
    imitates="NAVER 고객센터 '검토 후 조치 예정' interim answer",
    why="조치할 예정 is a promise; two posts named",
    items={N[0]: "pending", N[1]: "pending"})

add(name="naver-receipt-ticket", frm="help@navercorp.com", date="Wed, 11 Sep 2024 05:01:00 +0000",
    subject="[NAVER 고객센터] 문의가 정상적으로 접수되었습니다", name_from="NAVER 고객센터",
    reply_to_req=rt(R4), extra_headers=AUTO_ACK,
    body=f"""\
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: 20240911-0048821
  - 문의 유형: 권리침해 / 게시중단 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 auto-receipt",
    why="pure acknowledgement with a receipt number",
    items={})

add(name="naver-sijeong-html-table", frm="policy@navercorp.com", date="Wed, 18 Sep 2024 01:30:00 +0000",
    subject=f"[회신] 시정요구 조치결과 통보 ({R4})", name_from="NAVER 정책지원",
    reply_to_req=rt(R4), type="html",
    body=f"""\
<html><body>
<p>방송통신심의위원회 귀중</p>
<p>귀 위원회의 시정요구({R4})에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>삭제</td><td>2024-09-17</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>삭제</td><td>2024-09-17</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>임시조치</td><td>2024-09-17</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{N5_RAW}</td><td>조치 불가 (운영정책 위반 아님)</td><td>-</td></tr>
</table>
<p>네이버㈜ 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table (HTML)",
    why="삭제, 삭제, 임시조치 = restricted, 게시물 없음 = not_found, 위반 아님 조치 불가 = rejected",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"})

add(name="naver-forwarded-by-staff", frm="jiyoon.kim@kcsc.example", date="Tue, 17 Sep 2024 00:40:00 +0000",
    subject=f"Fwd: [NAVER 고객센터] 게시물 처리 결과 안내 ({R4})", name_from="Kim Jiyoon",
    body=f"""\
NAVER가 제 개인 주소로 회신해서 전달합니다.

---------- Forwarded message ---------
From: NAVER 고객센터 <help@navercorp.com>
Date: 2024년 9월 16일 (월) 오후 5:12
Subject: [NAVER 고객센터] 게시물 처리 결과 안내 ({R4})
To: <jiyoon.kim@kcsc.example>

안녕하세요, 네이버 고객센터입니다.

{N[0]} : 삭제 완료
{N[1]} : 임시조치 완료

감사합니다.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Fwd:' of a NAVER result by a KCSC staff member",
    why="the statements reach us only inside a forward by our own staff",
    items={N[0]: "pending", N[1]: "pending"})

add(name="naver-echoed-report", frm="help@navercorp.com", date="Thu, 19 Sep 2024 04:20:00 +0000",
    subject=f"[NAVER] 신고 처리 결과 ({R4})", name_from="NAVER 고객센터",
    reply_to_req=rt(R4),
    body=f"""\
안녕하세요, 네이버 고객센터입니다.
접수하신 신고 건의 처리 결과를 알려드립니다.

■ 신고 내용
  신고 번호 : 20240911-0048821
  신고 URL  : {N[3]}
  신고 사유 : 개인정보 노출
■ 처리 결과 : 삭제

■ 신고 내용
  신고 번호 : 20240911-0048822
  신고 URL  : {N[4]}
  신고 사유 : 개인정보 노출
■ 처리 결과 : 비공개 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고 처리 결과 mail echoing the report form with a result line per report",
    why="each echoed report is followed by its own result: 삭제, 비공개 처리 (both removed)",
    items={N[3]: "removed", N[4]: "removed"})

# =================================================================== Kakao
add(name="kakao-freshdesk-solved", frm="support@kakaocorp.com", date="Wed, 18 Sep 2024 07:00:00 +0000",
    subject=f"[#KK-20931] 티켓이 해결되었습니다 - {R5}", name_from="카카오 고객센터",
    reply_to_req=rt(R5),
    body=f"""\
안녕하세요, 카카오 고객센터입니다.

문의하신 티켓 #KK-20931 ({R5})이 해결됨 상태로 변경되었습니다.

[처리 내역]
- {K[0]} : 운영자 삭제
- {K[1]} : 비공개 처리

추가 문의가 있으시면 이 메일에 회신해 주세요. 7일 동안 회신이 없으면
티켓은 자동으로 종료됩니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk-style 'ticket resolved' notice in Korean (Kakao)",
    why="운영자 삭제 and 비공개 처리 are both removed",
    items={K[0]: "removed", K[1]: "removed"})

add(name="kakao-partial-pending", frm="support@kakaocorp.com", date="Tue, 17 Sep 2024 09:30:00 +0000",
    subject=f"Re: [#KK-20931] {R5} 게시물 조치 요청", name_from="카카오 고객센터",
    reply_to_req=rt(R5),
    body=f"""\
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 중 다음 Daum 카페 게시물은 국내 접근 제한 조치하였습니다.
{K[0]}

티스토리 게시물({K[1]})은 추가 검토 중이며, 결과는 이 티켓으로 안내드리겠습니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao help-desk partial reply: one post restricted, one still in review",
    why="국내 접근 제한 = restricted; 추가 검토 중 leaves the Tistory post pending",
    items={K[0]: "restricted", K[1]: "pending"})

# ================================================================== TikTok
add(name="tiktok-sole-statement", frm="legal@tiktok.com", date="Fri, 20 Sep 2024 03:00:00 +0000",
    subject=f"Re: {R6} - Government request", name_from="TikTok Legal",
    reply_to_req=rt(R6),
    body=f"""\
Hello,

Thank you for your report regarding {R6}. We have reviewed the video you
reported and removed it for violating our Community Guidelines.

Best regards,
TikTok Law Enforcement & Government Outreach
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-request reply naming no URL",
    why="one-item request: 'the video you reported' is that item, removed",
    items={V[0]: "removed"})

add(name="tiktok-rejected-reason", frm="legal@tiktok.com", date="Mon, 23 Sep 2024 02:45:00 +0000",
    subject=f"[Ticket 2209-4417] {R6}", name_from="TikTok Legal",
    reply_to_req=rt(R6),
    body=f"""\
Hello,

After careful review, we found that the video
{V[0]}
does not violate our Community Guidelines or applicable local law. The
video will therefore remain available on TikTok.

If you have further information, you can reply to this ticket.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticket reply declining action with a reason",
    why="refusal with reason = rejected (the 'will remain' is the consequence of a decision, not a promise)",
    items={V[0]: "rejected"})

add(name="tiktok-ticket-receipt", frm="noreply@tiktok.com", date="Thu, 19 Sep 2024 07:25:00 +0000",
    subject=f"We've received your request [Ticket 2209-4417]", name_from="TikTok Support",
    reply_to_req=rt(R6), extra_headers=AUTO_ACK,
    body=f"""\
Hi there,

Thanks for contacting TikTok. We've received your request and created
ticket 2209-4417. Our team usually replies within 3 business days.

Your message:
"{R6} - request for removal of one video"

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support 'we've received your request' auto-receipt",
    why="pure receipt echoing our subject",
    items={})


HEADER = """\
# Blind set 602 (ticket systems and threads). Written from each email's
# meaning before any run of the reader; see NOTES.md. Generated by make.py.
"""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("frm")
        # Non-ASCII display names and subjects go out RFC 2047-encoded, as
        # the platforms' mail systems send them.
        for key in ("name_from", "subject"):
            if key in c and not c[key].isascii():
                c[key] = Header(c[key], "utf-8").encode()
    corpuslib.write_set(HERE, "blind602", HEADER, cases)


if __name__ == "__main__":
    main()
