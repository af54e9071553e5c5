#!/usr/bin/env python3
"""Blind set 638: ticket systems and threads.

Zendesk/Freshdesk/Jira/HelpScout-style receipts and results, solved tickets,
follow-ups in the same thread, replies to our reminders, partial answers and
forwarded mail. Every email is fictional and written in our own sentences;
the expected result of each case was written from the email's meaning alone,
before any run of the reader.

    python3 tests/corpus/blind638/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
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

SET = "blind638"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=Qm7tRb2LxNa",
    2: "https://www.youtube.com/watch?v=Hd4pWz9KcUe",
    3: "https://www.youtube.com/watch?v=Lr8sYv3GnTo",
    4: "https://www.youtube.com/watch?v=Bx2kNf6JqPi",
    5: "https://www.youtube.com/watch?v=Tc5mXa1RwDs",
    6: "https://www.youtube.com/watch?v=Ge9hUo4ZbVk",
    7: "https://www.youtube.com/shorts/Wn3jKd7PsMq",
    8: "https://www.youtube.com/shorts/Fa6vRe2TyLh",
    9: "https://www.youtube.com/@haneul_dealer_kr",
    10: "https://www.youtube.com/watch?v=Ps1qCi8DnXw",
    11: "https://youtu.be/Kz0vMm5HeJr",
    12: "https://www.youtube.com/watch?v=Ue7bLs3OaYg",
}
T = {
    1: "https://t.me/bluemarket_kr/311",
    2: "https://t.me/bluemarket_kr/318",
    3: "https://t.me/nightowl_shop",
    4: "https://t.me/s/quietport_chat/2045",
    5: "https://t.me/amber_channel_88/57",
}
X = {
    1: "https://x.com/mintleaf_kr/status/1831000000000000101",
    2: "https://x.com/mintleaf_kr/status/1831000000000000177",
    3: "https://twitter.com/pebble_sale/status/1831000000000000245",
}
N5_RAW = "https://in.naver.com/밤하늘상점/contents/4410"
N = {
    1: "https://blog.naver.com/seoyeon_kim77/223561000101",
    2: "https://cafe.naver.com/darkbazaar/15820",
    3: "https://cafe.naver.com/darkbazaar/15844",
    4: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=472301100",
    5: "https://in.naver.com/%EB%B0%A4%ED%95%98%EB%8A%98%EC%83%81%EC%A0%90/contents/4410",
}
K = {
    1: "https://cafe.daum.net/moonlitshop/Xk3a/412",
    2: "https://cafe.daum.net/moonlitshop/Xk3a/418",
}
D1 = "https://discord.gg/hNv7XwQe"

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "youtube", "2024-09-02", "2024-09-09", [Y[i] for i in range(1, 13)],
     "illegal_goods", "req-240902-01@kcsc.example",
     'Videos, Shorts and one channel of the "haneul" seller, found by monitoring'),
    ("KCSC-240904-02", "telegram", "2024-09-04", "2024-09-11", [T[1], T[2], T[3], T[4]],
     "drugs", "req-240904-02@kcsc.example", "Two posts, one channel, one chat message"),
    ("KCSC-240905-03", "x", "2024-09-05", "2024-09-12", [X[1], X[2], X[3]],
     "illegal_goods", "req-240905-03@kcsc.example", "Two accounts; one URL still on twitter.com"),
    ("KCSC-240906-04", "naver", "2024-09-06", "2024-09-13", [N[1], N[2], N[3], N[4], N[5]],
     "gambling", "req-240906-04@kcsc.example", "Blog, cafe, Knowledge iN and a creator page"),
    ("KCSC-240909-05", "kakao", "2024-09-09", "2024-09-16", [K[1], K[2]],
     "gambling", "req-240909-05@kcsc.example", "Daum cafe posts"),
    ("KCSC-240910-06", "discord", "2024-09-10", "2024-09-17", [D1],
     "drugs", "req-240910-06@kcsc.example", "Invite link to a trading server"),
    ("KCSC-240911-07", "telegram", "2024-09-11", "2024-09-18", [T[5]],
     "drugs", "req-240911-07@kcsc.example", "Single channel post"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def h(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp_body(text):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_body(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text.encode("utf-8")))


def with_attachment(name, text, filename, data, ctype="text/csv"):
    b = f"==b638-{name}=="
    return (
        f'Content-Type: multipart/mixed; boundary="{b}"\n\n'
        f"--{b}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        f"{text.strip()}\n"
        f"--{b}\n"
        f'Content-Type: {ctype}; charset=utf-8; name="{filename}"\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        f"{b64(data)}"
        f"--{b}--\n"
    )


YT_FROM = "legal-support@google.com"
YT_NAME = "YouTube Legal Support"
ZD = ["X-Mailer: Zendesk Mailer", "X-Zendesk-From-Account-Id: 7a31c09"]

QUOTED_X_REQUEST = f"""Dear X Legal team,

The Korea Communications Standards Commission requests the removal of the
following posts (ref KCSC-240905-03):

1. {X[1]}
2. {X[2]}
3. {X[3]}

Please remove or disable access to them by 12 September 2024.

KCSC Takedown desk"""

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="yt-zendesk-solved-first-four",
    date="Thu, 12 Sep 2024 16:41:07 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [#4418210] has been solved",
    reply_to_req="req-240902-01", extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Your request (#4418210) has been solved. To reopen it, reply to this email.

Min-ji Seo (YouTube Legal Support)
Sep 12, 2024, 16:40 GMT+9

Hello,

Thank you for your patience while our team went through the 12 URLs in
request KCSC-240902-01. We have finished our review of the first four:

- {Y[1]} — removed for violating our Community Guidelines (regulated goods).
- {Y[2]} — removed for violating our Community Guidelines.
- {Y[3]} — access blocked in South Korea based on local law; the video remains available in other countries.
- {Y[4]} — after review we did not find a violation of our policies or of Korean law, so we have not taken action on this video.

We will write again on this ticket about the remaining URLs.

You can learn more about how we handle government requests at
https://support.google.com/youtube/answer/7369868

Regards,
Min-ji
YouTube Legal Support

--------------------------------
This email is a service from YouTube Legal Support. [4418210] Ref:ZK7Q-3MW1
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'your request has been solved' notification carrying the agent's item-by-item outcome",
    why="Trusted YouTube mail naming four requested videos, each with a clear outcome; the help link is not an item.",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-zendesk-followup-with-history",
    date="Fri, 13 Sep 2024 11:06:52 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [#4418210]",
    reply_to_req="req-240902-01", extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Ji-ho Park (YouTube Legal Support)
Sep 13, 2024, 11:05 GMT+9

Hello again,

An update on two more URLs from KCSC-240902-01:

{Y[5]}
We removed this video under our Harmful or dangerous content policy.

{Y[6]}
This video is no longer on YouTube. It was deleted by the uploader before
our review started, so there was nothing left for us to act on.

The other URLs are still with the team.

Ji-ho

--------------------------------

KCSC Takedown
Sep 12, 2024, 18:20 GMT+9

Thank you for the first answer. Could you please confirm whether the
following have been removed as well?
{Y[5]}
{Y[6]}
{Y[7]}

--------------------------------
This email is a service from YouTube Legal Support. [4418210] Ref:ZK7Q-3MW1
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up comment with the ticket's earlier comments (ours) listed below it, unquoted",
    why="The newest comment states Y5 removed and Y6 deleted by its uploader; the history below is our own question and states nothing about Y7.",
    items={Y[5]: "removed", Y[6]: "not_found", Y[7]: "pending"},
)

case(
    name="yt-html-table-results",
    date="Fri, 13 Sep 2024 17:32:10 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="Update on your legal request [#4418210] (KCSC-240902-01)",
    reply_to_req="req-240902-01", extra_headers=ZD, type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following items from your request KCSC-240902-01:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>URL</th><th>Decision</th><th>Policy</th></tr>
<tr><td><a href="{Y[7]}">{Y[7]}</a></td><td>Removed</td><td>Sale of illegal or regulated goods</td></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Age-restricted</td><td>Harmful or dangerous content</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Channel terminated</td><td>Repeated violations</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>No action</td><td>The content does not violate our policies</td></tr>
</table>
<p>For more information on our policies, see
<a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">YouTube Community Guidelines</a>.</p>
<p>Kind regards,<br>YouTube Legal Support</p>
<p style="color:#999;font-size:11px">[4418210] Ref:ZK7Q-3MW1</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="HTML ticket update with a results table (URL / decision / policy), as help-desk templates render them",
    why="Each table row names a requested URL with an outcome: removed, age-restricted, channel terminated, no action.",
    items={Y[7]: "removed", Y[8]: "restricted", Y[9]: "removed", Y[10]: "rejected"},
)

YT_CSV = ("url,outcome,detail\n"
          f'{Y[10]},Restricted,"Blocked in KR, local law"\n'
          f"{Y[11]},Removed,Community Guidelines violation\n"
          f"{Y[12]},Not found,Video ID does not exist\n")
case(
    name="yt-csv-attachment-remaining",
    date="Mon, 16 Sep 2024 10:15:44 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [#4418210]",
    reply_to_req="req-240902-01", extra_headers=ZD,
    raw_mime=with_attachment("yt-csv-attachment-remaining", """
##- Please type your reply above this line -##

Hello,

Please find attached the outcome for the remaining URLs of your request
KCSC-240902-01 (ticket #4418210).

Regards,
YouTube Legal Support
""", "KCSC-240902-01_outcome.csv", YT_CSV.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="ticket reply whose outcome is a CSV export attached to the ticket",
    why="The attached CSV gives one outcome per requested URL: restricted, removed, not found.",
    items={Y[10]: "restricted", Y[11]: "removed", Y[12]: "not_found"},
)

case(
    name="yt-qp-reply-to-reminder",
    date="Tue, 17 Sep 2024 09:48:30 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Korea",
    subject="RE: [Reminder] KCSC-240902-01: items without an answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                   "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>",
                   "Thread-Topic: [Reminder] KCSC-240902-01: items without an answer"],
    raw_mime=qp_body(f"""Dear KCSC team,

Apologies for the delay in getting back to you. Regarding the two videos highlighted in your reminder:

{Y[3]} — this video has now been removed globally, after a second review found a violation of our regulated goods policy.

{Y[4]} — this video has been restricted in South Korea in accordance with local law.

Best regards,
Google Legal Korea

From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 16, 2024 9:00 AM
To: legal-kr@google.com
Subject: [Reminder] KCSC-240902-01: items without an answer

Dear YouTube team,

The deadline of request KCSC-240902-01 has passed. We have not received a final answer for these items:
{Y[3]}
{Y[4]}

Please let us know their status.

KCSC Takedown desk
"""),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (quoted-printable) to a regulator's reminder, header block of the reminder below",
    why="Top of the reply states Y3 removed globally and Y4 restricted in Korea; the reminder below only asks.",
    items={Y[3]: "removed", Y[4]: "restricted"},
)

case(
    name="yt-helpscout-url-below-statement",
    date="Fri, 13 Sep 2024 14:02:19 +0900",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240902-01",
    reply_to_req="req-240902-01",
    extra_headers=["X-HelpScout-Conversation: 75123"],
    body=f"""
Hi KCSC,

Thanks for your patience. Following our review under local law:

The following video has been removed from YouTube:
{Y[5]}

The following video has been age-restricted; it is no longer visible to
signed-out viewers or to users under 18:
{Y[6]}

Best,
Dong-hyun
YouTube Trust & Safety, Seoul

---
Conversation #75123 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="HelpScout-style agent reply where each statement ends in a colon and the URL stands on the next line",
    why="Each statement points forward to the URL on the line below: Y5 removed, Y6 age-restricted.",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

case(
    name="yt-jira-service-desk-resolved",
    date="Sat, 14 Sep 2024 08:21:03 +0900",
    **{"from": "jira@google.com"}, name_from="Google Legal Ops (Jira)",
    subject="[JIRA] (LEGALKR-2231) KCSC-240902-01 - Shorts removal request - Resolved",
    reply_to_req="req-240902-01",
    extra_headers=["X-JIRA-FingerPrint: 3c1f0e77a2b4", "Auto-Submitted: auto-generated"],
    body=f"""
—-—-—-—
Reply above this line.

LEGALKR-2231 KCSC-240902-01 - Shorts removal request
Status: Resolved    Resolution: Done

Seo-yeon Han resolved this as Done.

Seo-yeon Han commented:

Both Shorts in scope of this sub-task have been taken down:
* {Y[7]} - removed (Community Guidelines, sale of regulated goods)
* {Y[8]} - removed (same uploader, same policy)

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'Resolved' with the agent's comment",
    why="The resolving comment names both Shorts as removed; Auto-Submitted: auto-generated marks a notification, not an out-of-office.",
    items={Y[7]: "removed", Y[8]: "removed"},
)

case(
    name="yt-numbered-list-status-below",
    date="Wed, 18 Sep 2024 15:30:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="Re: KCSC-240902-01 - outcome [#4418210]",
    reply_to_req="req-240902-01", extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Hello,

Here is where things stand on the items you asked about:

1. {Y[1]}
   Removed.
2. {Y[2]}
   Removed.
3. {Y[9]}
   Channel terminated for repeated violations of our policies.
4. {Y[10]}
   Video unavailable: the uploader deleted it before we reviewed the report.
5. {Y[12]}
   Reviewed; no violation found. The video remains available.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="numbered list of URLs, each with its outcome on the indented line below",
    why="Five named URLs, each followed by its outcome: removed, removed, terminated, deleted by uploader, no violation.",
    items={Y[1]: "removed", Y[2]: "removed", Y[9]: "removed", Y[10]: "not_found", Y[12]: "rejected"},
)

case(
    name="yt-solved-with-survey-and-hedge",
    date="Thu, 19 Sep 2024 10:12:45 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="[YouTube Legal] Request #4418210: How would you rate the support you received?",
    reply_to_req="req-240902-01", extra_headers=ZD,
    body=f"""
##- Please type your reply above this line -##

Your request (#4418210) has been solved.

Min-ji Seo (YouTube Legal Support)
Sep 19, 2024, 10:11 GMT+9

Hello,

The video {Y[6]} has been removed for violating our Community Guidelines.

As for {Y[7]}, it appears to have been taken down already, but we are
double-checking with the team and will confirm on this ticket.

How would you rate the support you received?
Good, I'm satisfied: https://support.google.com/legal/survey/4418210?r=good
Bad, I'm unsatisfied: https://support.google.com/legal/survey/4418210?r=bad

[4418210] Ref:ZK7Q-3MW1
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk solved notification with satisfaction-survey links after the last comment",
    why="Y6 is stated removed; Y7 only 'appears to have been taken down' and is being double-checked, so it stays pending; survey links are not items.",
    items={Y[6]: "removed", Y[7]: "pending"},
)

case(
    name="tg-abuse-desk-four-links",
    date="Thu, 12 Sep 2024 21:04:33 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240904-02 [Case #2045117]",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your report. Our moderators have checked the links:

{T[1]} - blocked
{T[2]} - blocked
{T[3]} - we could not find a channel with this username
{T[4]} - this message does not break the Telegram Terms of Service, no action taken

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, one line per link with a short verdict",
    why="Four named links: two blocked, one channel not found, one stays up as not breaking the ToS.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found", T[4]: "rejected"},
)

case(
    name="tg-partial-answer",
    date="Fri, 13 Sep 2024 13:40:12 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram Support",
    subject="Re: [Case #2045117] KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hi,

A partial update on your case. The channel {T[3]} has been restricted and
is no longer accessible to users in South Korea.

The posts {T[1]} and {T[2]} are still being reviewed by our team; we will
update you once a decision has been made.

Regards,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer in a ticket thread: one item decided, the others 'still being reviewed'",
    why="T3 is restricted in Korea; T1 and T2 are explicitly still under review and stay pending.",
    items={T[3]: "restricted", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tg-single-item-no-url",
    date="Sat, 14 Sep 2024 02:15:09 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body="""
Hello,

The content you reported in this request has been removed from Telegram.

Thank you,
Telegram Abuse Desk
Case #2051988
""",
    outcome="applied", classification="confirmation",
    imitates="short abuse-desk closure naming no URL, in reply to a one-item request",
    why="Reply in the thread of a one-item request: 'the content you reported has been removed' can only mean that item.",
    items={T[5]: "removed"},
)

case(
    name="tg-echoed-reports-decisions",
    date="Sun, 15 Sep 2024 19:55:41 +0900",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    subject="Decision on your reports (KCSC-240904-02)",
    body=f"""
Dear reporter,

We have reviewed the reports you submitted on behalf of KCSC
(ref. KCSC-240904-02).

--- Report 1 ---
Link: {T[1]}
Reason given: sale of illegal goods
Decision: the message was deleted.

--- Report 2 ---
Link: {T[4]}
Reason given: sale of illegal goods
Decision: no violation of Telegram's Terms of Service was found; the message stays.

The Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="report-outcome mail that echoes each report (link, reason) followed by its decision",
    why="Each echoed report carries its own decision: T1 deleted, T4 no violation.",
    items={T[1]: "removed", T[4]: "rejected"},
)

case(
    name="tg-gmail-reply-over-reminder",
    date="Mon, 16 Sep 2024 16:22:08 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA Team",
    subject="Re: [Reminder] KCSC-240904-02 - 4 items without answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240904-02.1@kcsc.example>",
                   "References: <req-240904-02@kcsc.example> <reminder.KCSC-240904-02.1@kcsc.example>"],
    body=f"""
Hi,

both posts from @bluemarket_kr are taken down now:
{T[1]}
{T[2]}

Best regards,
Telegram DSA Team

On Mon, 16 Sep 2024 at 09:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram team,
>
> We have not yet received a decision on the following items of request
> KCSC-240904-02 (sent 4 September 2024):
>
> {T[1]}
> {T[2]}
> {T[3]}
> {T[4]}
>
> Please tell us whether they have been removed.
>
> KCSC Takedown desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply to a reminder, reminder quoted with '>'",
    why="The statement covers the two URLs listed right under it; the quoted reminder's other two URLs stay pending.",
    items={T[1]: "removed", T[2]: "removed", T[3]: "pending", T[4]: "pending"},
)

case(
    name="x-headings-withheld-not-actioned",
    date="Fri, 13 Sep 2024 03:12:55 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We have reviewed your request. Summary of the actions taken:

Withheld in South Korea:
{X[1]}
{X[3]}

Not actioned:
{X[2]}
After careful review we found that this post does not violate the X Rules,
and we are unable to take action under local law as presented.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply grouping URLs under 'Withheld in <country>' and 'Not actioned' headings",
    why="Two URLs under the withheld-in-Korea heading, one under 'Not actioned' with a no-violation reason.",
    items={X[1]: "restricted", X[3]: "restricted", X[2]: "rejected"},
)

case(
    name="x-top-posted-over-outlook-original",
    date="Sat, 14 Sep 2024 05:47:21 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="RE: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Update on your request: {X[1]} has been removed for violating our rules on
illegal or certain regulated goods. The account that posted
{X[3]} has been suspended, so that post is no longer available on X.

X Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:12 AM
To: legal@x.com
Subject: KCSC-240905-03 Request to remove content

{QUOTED_X_REQUEST}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' holding our whole request",
    why="Above the original: X1 removed, X3's account suspended so the post is unavailable (removed); X2 appears only in our quoted request.",
    items={X[1]: "removed", X[3]: "removed", X[2]: "pending"},
)

case(
    name="x-angle-brackets-gmail-quote",
    date="Mon, 16 Sep 2024 07:03:14 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hi there,

We've taken action on <{X[2]}>: the post was removed for violating the X Rules.

The post at <{X[3]}> doesn't exist; please check the link.

Thanks,
X Legal

On Thu, Sep 5, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join("> " + l if l else ">" for l in QUOTED_X_REQUEST.split("\n")) + "\n",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with URLs in angle brackets above the '>'-quoted request",
    why="X2 removed, X3 does not exist (not found); X1 appears only in the quoted request.",
    items={X[2]: "removed", X[3]: "not_found", X[1]: "pending"},
)

case(
    name="x-dsa-statement-of-reasons",
    date="Tue, 17 Sep 2024 22:30:00 +0900",
    **{"from": "noreply@x.com"}, name_from="X",
    subject="Statement of reasons - KCSC-240905-03",
    body=f"""
Statement of reasons

Reference: KCSC-240905-03
Content: {X[2]}
Decision: visibility restriction - the post is withheld in the Republic of Korea
Facts and circumstances: the decision follows a notice from a public authority.
Legal ground: local law (Republic of Korea)
Automated means used: no

You may appeal this decision at https://help.x.com/forms/appeal-withheld
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons e-mail for a country-withheld post",
    why="One named post, decision withheld in Korea; the appeal form link is not an item.",
    items={X[2]: "restricted"},
)

case(
    name="naver-text-table-four-results",
    date="Thu, 12 Sep 2024 11:20:00 +0900",
    **{"from": "help@navercorp.com"}, name_from=h("네이버 고객센터"),
    subject=h("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

번호 | URL | 처리 결과
1 | {N[1]} | 게시중단
2 | {N[2]} | 임시조치(30일)
3 | {N[3]} | 삭제
4 | {N5_RAW} | 블라인드

나머지 1건은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 with a pipe-separated text table",
    why="Four rows, one per requested URL (the creator page written with its raw Korean path): 게시중단, 임시조치, 삭제, 블라인드.",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[5]: "removed", N[4]: "pending"},
)

case(
    name="naver-sijeong-html-table",
    date="Fri, 13 Sep 2024 15:05:30 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원"),
    subject=h("Re: KCSC-240906-04 시정요구에 대한 조치결과 회신"),
    reply_to_req="req-240906-04", type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구(KCSC-240906-04)에 대한 조치결과를 다음과 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[4].replace("&", "&amp;")}</td><td>해당 게시물 없음</td><td>작성자 삭제</td></tr>
<tr><td>2</td><td>{N[5]}</td><td>접속차단</td><td>국내 접속 제한</td></tr>
<tr><td>3</td><td>{N[1]}</td><td>조치하지 않음</td><td>위반 사항이 확인되지 않음</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (연번/URL/조치결과/비고)",
    why="N4 no longer exists (deleted by its author), N5 access-blocked in Korea, N1 not actioned as no violation was found.",
    items={N[4]: "not_found", N[5]: "restricted", N[1]: "rejected"},
)

case(
    name="naver-cafe-particles-flowed-wrap",
    date="Fri, 13 Sep 2024 18:44:02 +0900",
    **{"from": "cafe_help@naver.com"}, name_from=h("네이버 카페 운영지원"),
    subject=h("[접수번호 #20240913-0571] 문의하신 내용에 대한 답변입니다"),
    reply_to_req="req-240906-04",
    raw_mime="Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n"
             "Content-Transfer-Encoding: 8bit\n\n" + f"""안녕하세요. 네이버 카페 운영지원팀입니다.

문의하신 건(KCSC-240906-04)에 대해 답변드립니다.

{N[2]}의 게시물은 블라인드 처리되었습니다.
또한 {N[3]}（동일 작성자 게시물）은 운영정책 위반으로 삭제하였습니다。

지식iN 질문 https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101& 
docId=472301100 은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 카페 운영지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk answer (접수번호 ticket) with URLs glued to particles, full-width punctuation, a format=flowed soft-wrapped URL",
    why="N2 blinded, N3 deleted by the operator, N4 (soft-wrapped, delsp=yes) already deleted by its author.",
    items={N[2]: "removed", N[3]: "removed", N[4]: "not_found"},
)

NAVER_CSV = ("\ufeff번호,URL,처리결과,비고\n"
             f"1,{N[1]},게시중단,\n"
             f"2,{N[2]},삭제,운영자 삭제\n"
             f"3,{N[3]},임시조치,30일\n"
             f'4,"{N[4]}",게시물 없음,작성자 삭제\n'
             f"5,{N[5]},비공개 처리,\n")
case(
    name="naver-csv-attachment-all-five",
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원"),
    subject=h("[조치결과] KCSC-240906-04"),
    reply_to_req="req-240906-04",
    raw_mime=with_attachment("naver-csv-attachment-all-five", """
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240906-04 요청 건의 처리 결과를 첨부 파일(result_KCSC-240906-04.csv)로 보내드립니다.

감사합니다.
""", "result_KCSC-240906-04.csv", NAVER_CSV.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sent as an attached CSV (번호/URL/처리결과/비고), UTF-8 with BOM",
    why="Each CSV row gives a result per requested URL: 게시중단, 삭제, 임시조치, 게시물 없음(작성자 삭제), 비공개 처리.",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "removed"},
)

case(
    name="kakao-result-over-quoted-receipt",
    date="Thu, 12 Sep 2024 17:25:40 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    subject=h("Re: [접수번호 5512093] 게시물 삭제 요청 (KCSC-240909-05)"),
    reply_to_req="req-240909-05",
    raw_mime=b64_body(f"""안녕하세요, 카카오 고객센터입니다.

요청하신 다음 카페 게시물에 대한 처리 결과를 알려드립니다.

- {K[1]} : 운영정책 위반이 확인되어 삭제 조치하였습니다.
- {K[2]} : 이미 작성자가 삭제한 게시물로 확인되어 별도 조치가 필요하지 않습니다.

감사합니다.

> 2024년 9월 9일 (월) 오후 3:12, 카카오 고객센터 <cs@kakaocorp.com>님이 작성:
> 고객님의 문의가 정상적으로 접수되었습니다. (접수번호 5512093)
> 담당자가 확인 후 순차적으로 답변드리겠습니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre result (base64 body) above its own quoted receipt",
    why="K1 deleted for a policy violation; K2 already deleted by its author (not found); the quoted receipt adds nothing.",
    items={K[1]: "removed", K[2]: "not_found"},
)

case(
    name="kakao-safety-zendesk-solved-english",
    date="Mon, 16 Sep 2024 12:08:19 +0900",
    **{"from": "safety@kakaocorp.com"}, name_from="Kakao Safety Center",
    subject="[Kakao Safety] Request #88123 has been solved",
    reply_to_req="req-240909-05", extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Your request #88123 has been solved.

Hye-rin Lim (Kakao Safety Center)
Sep 16, 2024, 12:07 GMT+9

Hello,

Regarding KCSC-240909-05:
{K[1]} has been placed under a temporary measure (임시조치) for 30 days and
cannot be viewed during that period.
{K[2]} was reviewed and does not violate the Daum Cafe operating policy, so it
remains posted.

Best regards,
Kakao Safety Center
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk 'request has been solved' in English from a Korean portal's safety centre",
    why="K1 temporary measure (임시조치, restricted); K2 stays up as breaking no policy (rejected).",
    items={K[1]: "restricted", K[2]: "rejected"},
)

case(
    name="discord-tns-solved-server-removed",
    date="Sat, 14 Sep 2024 04:51:37 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="Your request (2731104) has been solved",
    reply_to_req="req-240910-06", extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Hi there,

Thanks for reaching out. We investigated the server behind the invite
{D1} and found it in violation of our Community Guidelines. The server has
been removed from Discord and the invite no longer works.

You can read more about our policies at https://discord.com/guidelines

This request was closed and merged with request #2731090.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk solved notice",
    why="The server behind the one requested invite was removed; the guidelines link is not an item.",
    items={D1: "removed"},
)

case(
    name="discord-reminder-reply-invalid-invite",
    date="Wed, 18 Sep 2024 06:14:55 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    subject="Re: [Reminder] KCSC-240910-06 - 1 item without answer",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-06.1@kcsc.example>",
                   "References: <req-240910-06@kcsc.example> <reminder.KCSC-240910-06.1@kcsc.example>"],
    body=f"""
Hello,

Sorry for the slow reply. The invite you listed ({D1}) is invalid: it has
expired and does not point to any server, so there is nothing on Discord
for us to act on.

Discord Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="short reply to a regulator's reminder saying the invite link is invalid",
    why="An invalid link that points to nothing is not_found.",
    items={D1: "not_found"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    date="Tue, 17 Sep 2024 11:30:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="Re: [Reminder] KCSC-240902-01: items without an answer [#4418210]",
    extra_headers=ZD + ["In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
                        "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>"],
    body=f"""
##- Please type your reply above this line -##

Hello,

Thank you for the reminder. The videos
{Y[3]} and
{Y[4]}
have been escalated and will be removed within 24 hours once the final
check is done. We will confirm on this ticket.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="ticket reply to a reminder promising removal after an escalation",
    why="'will be removed ... once the final check is done' is a promise, not a statement; both videos stay pending.",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="tg-hedge-may-have-been-blocked",
    date="Sat, 14 Sep 2024 20:11:26 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: KCSC-240904-02 [Case #2045117]",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Some of the channels in your report may have been blocked already by our
automated systems. We are checking {T[3]} and {T[4]} manually
and will get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk holding reply with a hedge ('may have been blocked') and a promise to check",
    why="Only a hedge and a promise; the named items stay pending.",
    items={T[3]: "pending", T[4]: "pending"},
)

case(
    name="naver-hedge-and-promise-korean",
    date="Thu, 12 Sep 2024 14:02:00 +0900",
    **{"from": "cafe_help@naver.com"}, name_from=h("네이버 카페 운영지원"),
    subject=h("Re: KCSC-240906-04 게시물 조치 요청"),
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 카페 운영지원팀입니다.

{N[2]} 게시물은 이미 삭제된 것으로 보입니다.
{N[3]} 게시물은 내부 검토 후 조치할 예정입니다.

검토가 완료되면 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean help-desk interim answer: '삭제된 것으로 보입니다' and '조치할 예정입니다'",
    why="'appears to be deleted' is a hedge and 'will act after review' a promise; both items stay pending.",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="x-bulk-all-removed-over-quote",
    date="Fri, 13 Sep 2024 08:40:10 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    body="""
Hello,

All the reported content in your request has been removed.

Thank you,
X Legal

On Thu, Sep 5, 2024 at 10:12 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join("> " + l if l else ">" for l in QUOTED_X_REQUEST.split("\n")) + "\n",
    outcome="review", review="bulk",
    imitates="one-line bulk closure above the quoted three-item request",
    why="'All the reported content' for a three-item request without naming each item: bulk, items pending.",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending"},
)

case(
    name="naver-bulk-korean",
    date="Sat, 14 Sep 2024 09:30:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원"),
    subject=h("Re: KCSC-240906-04 게시물 삭제 요청"),
    reply_to_req="req-240906-04",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 5건 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean one-line closure '요청하신 게시물 전체 게시중단 완료'",
    why="A statement about all five items without naming any: bulk, items pending.",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

case(
    name="yt-dkim-fail-solved",
    date="Fri, 13 Sep 2024 09:12:00 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME, auth="fail",
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [#4418210] has been solved",
    reply_to_req="req-240902-01",
    body=f"""
##- Please type your reply above this line -##

Your request (#4418210) has been solved.

Hello,

The video {Y[1]} has been removed for violating our Community Guidelines.

Regards,
YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="Zendesk solved notice from the platform's domain that fails DKIM/SPF/DMARC",
    why="Claims to be YouTube but fails authentication: review untrusted, nothing applied.",
    items={Y[1]: "pending"},
)

case(
    name="tg-helpdesk-vendor-domain",
    date="Fri, 13 Sep 2024 23:18:44 +0900",
    **{"from": "support@telegram-help.zendesk.com"}, name_from="Telegram Support",
    subject="[Request #33810] Re: KCSC-240904-02",
    reply_to_req="req-240904-02", extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""
##- Please type your reply above this line -##

Hello,

{T[1]} has been blocked.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="ticket reply sent from a help-desk vendor's domain instead of the platform's own",
    why="The sender domain (zendesk.com) is not one of Telegram's configured domains: unknown_sender.",
    items={T[1]: "pending"},
)

case(
    name="yt-forwarded-internal-decision",
    date="Sun, 15 Sep 2024 13:05:12 +0900",
    **{"from": "jwchoi@google.com"}, name_from="Jae-won Choi",
    subject="Fwd: KCSC-240902-01 decisions",
    body=f"""
Hello KCSC team,

Forwarding the review team's decision below for your records.

Jae-won

---------- Forwarded message ---------
From: YouTube Legal Review <legal-review@google.com>
Date: Sat, Sep 14, 2024 at 6:40 PM
Subject: KCSC-240902-01 decisions
To: <jwchoi@google.com>

Decisions for KCSC-240902-01:
{Y[5]} removed
{Y[6]} removed
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail forward of an internal decision by a platform employee",
    why="The statements sit inside a forwarded message; a person should confirm before anything is applied.",
    items={Y[5]: "pending", Y[6]: "pending"},
)

case(
    name="kakao-states-naver-item",
    date="Tue, 17 Sep 2024 16:40:00 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    subject=h("Re: [접수번호 5512093] 게시물 삭제 요청 (KCSC-240909-05)"),
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N[3]} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao agent answering in the Kakao thread about a NAVER cafe URL",
    why="Kakao cannot state the status of a NAVER item: wrong_platform, N3 pending.",
    items={N[3]: "pending"},
)

case(
    name="discord-asks-more-info",
    date="Thu, 12 Sep 2024 07:33:21 +0900",
    **{"from": "safety@discord.com"}, name_from="Discord Safety",
    subject="Re: KCSC-240910-06 [Request 2731104]",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

To help us look into {D1} we need more information:

- the server ID, or message links to the specific content;
- the legal provision under which you are asking us to act.

Please reply to this email with these details so we can continue.

Discord Safety Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Trust & Safety ticket asking the reporter for message links and a legal basis",
    why="The platform asks for more information before acting; D1 stays pending.",
    items={D1: "pending"},
)

case(
    name="yt-satisfaction-survey-only",
    date="Thu, 19 Sep 2024 18:00:00 +0900",
    **{"from": "surveys@youtube.com"}, name_from="YouTube Support",
    subject="How would you rate the support you received?",
    body="""
Hello,

We'd love to hear what you think of our support team. Please take a moment
to answer one question.

How would you rate the support you received?
Good, I'm satisfied: https://support.youtube.com/survey/q1?r=good
Bad, I'm unsatisfied: https://support.youtube.com/survey/q1?r=bad

Thank you,
YouTube Support
""",
    outcome="review", review="no_claims",
    imitates="stand-alone customer-satisfaction survey mail from a ticket system",
    why="Trusted YouTube mail that names no item and references no request.",
    items={},
)

case(
    name="x-table-contradicts-note",
    date="Wed, 18 Sep 2024 04:25:36 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: KCSC-240905-03 Request to remove content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Action summary:

Post | Action
{X[1]} | Withheld in KR

Agent note: having looked at {X[1]} again, we found no violation of the
X Rules and the post remains available in all countries.

X Legal
""",
    outcome="review", review="conflicting_statements",
    imitates="ticket reply combining a generated action summary with an agent note that contradicts it",
    why="The same post is both 'Withheld in KR' and 'remains available in all countries': conflicting, X1 pending.",
    items={X[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="yt-zendesk-receipt",
    date="Tue, 03 Sep 2024 10:02:11 +0900",
    **{"from": YT_FROM}, name_from=YT_NAME,
    subject="[YouTube Legal] Re: KCSC-240902-01 removal request [#4418210] - received",
    reply_to_req="req-240902-01", extra_headers=ZD,
    body="""
##- Please type your reply above this line -##

Your request (#4418210) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from YouTube Legal Support. [4418210] Ref:ZK7Q-3MW1
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'your request has been received' auto-acknowledgement",
    why="Pure receipt: a ticket number and nothing about any item.",
    items={},
)

case(
    name="x-report-receipt-echoing-urls",
    date="Thu, 05 Sep 2024 10:14:02 +0900",
    **{"from": "noreply@x.com"}, name_from="X",
    subject="We received your report [Case 0457219983]",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We received your report and will review it. Your case number is 0457219983.

Reported content:
{X[1]}
{X[2]}

You don't need to reply to this email.

X
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X report receipt that echoes the reported URLs",
    why="A receipt that only echoes what was reported; no statement about any item.",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-out-of-office",
    date="Fri, 13 Sep 2024 09:00:05 +0900",
    **{"from": "i.sokolov@telegram.org"}, name_from="Ivan Sokolov",
    subject="Automatic reply: Re: KCSC-240904-02 [Case #2045117]",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 23 September with limited access to email.
For abuse reports please write to abuse@telegram.org.

Ivan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="Out-of-office auto-reply.",
    items={},
)

DSN_BOUNDARY = "==b638-dsn=="
case(
    name="dsn-reminder-bounce",
    date="Mon, 16 Sep 2024 09:00:41 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="{DSN_BOUNDARY}"

--{DSN_BOUNDARY}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@x.com>: host mx.x.com[203.0.113.25] said: 550 5.1.1
    <policy-kr@x.com>: Recipient address rejected: User unknown

--{DSN_BOUNDARY}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon, 16 Sep 2024 09:00:38 +0900

Final-Recipient: rfc822; policy-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--{DSN_BOUNDARY}
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@x.com
Subject: [Reminder] KCSC-240905-03 - 3 items without answer
Message-ID: <reminder.KCSC-240905-03.1@kcsc.example>
Date: Mon, 16 Sep 2024 09:00:37 +0900

Dear X team,

We have not yet received a decision on these items of KCSC-240905-03:
{X[1]}
{X[2]}
{X[3]}

KCSC Takedown desk

--{DSN_BOUNDARY}--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to a dead address",
    why="Delivery failure report; the reminder inside it states nothing.",
    items={},
)

MDN_BOUNDARY = "==b638-mdn=="
case(
    name="naver-read-receipt",
    date="Thu, 12 Sep 2024 10:14:00 +0900",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책지원"),
    subject=h("읽음 확인: KCSC-240906-04 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="{MDN_BOUNDARY}"

--{MDN_BOUNDARY}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "KCSC-240906-04 게시물 삭제 요청"을(를) 수신자가 2024-09-12 10:13에 읽었습니다.

--{MDN_BOUNDARY}
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--{MDN_BOUNDARY}--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean Outlook read receipt (MDN) for our request",
    why="Read receipt only.",
    items={},
)

case(
    name="kakao-freshdesk-receipt-korean",
    date="Mon, 09 Sep 2024 15:12:30 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    subject=h("[접수번호 5512093] 문의가 접수되었습니다"),
    reply_to_req="req-240909-05",
    body="""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다. (접수번호 5512093)
담당자가 확인 후 영업일 기준 3일 이내에 순차적으로 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Korean help-desk (Freshdesk-style) 문의 접수 안내",
    why="Pure receipt with a ticket number.",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    date="Fri, 13 Sep 2024 18:30:00 +0900",
    **{"from": "hr.lim@kakaocorp.com"}, name_from=h("임혜린"),
    subject=h("[자동응답] 부재중입니다 (Re: KCSC-240909-05)"),
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 임혜린입니다.

9월 13일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 문의는 카카오 고객센터(cs@kakaocorp.com)로 보내 주세요.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동응답 during the Chuseok holiday",
    why="Out-of-office auto-reply.",
    items={},
)

HEADER = """# Blind set 638: ticket systems and threads (Zendesk/Freshdesk/Jira/HelpScout
# receipts and results, solved tickets, follow-ups, replies to reminders,
# partial answers, forwarded mail). Written by tests/corpus/blind638/make.py
# from each email's meaning, before any run of the reader. Do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
