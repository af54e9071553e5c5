#!/usr/bin/env python3
"""Blind set 758: ticket systems and threads.

Zendesk / Freshdesk / Jira Service Management / Help Scout style receipts
and results, solved and closed tickets, follow-ups in the same thread,
replies to our reminders, partial answers and forwarded mail, from X,
YouTube, Telegram, NAVER, Kakao (Daum, brunch), TikTok and Discord.

Written from each email's meaning before any run of the reader. All names,
ids and URLs are fictional. Deterministic:

    python3 tests/corpus/blind758/make.py

writes requests.csv, cases/*.eml and expected.toml next to this script.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import corpuslib  # noqa: E402

SET = "blind758"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefinch_kr/status/1832410055617290241",
    "https://x.com/bluefinch_kr/status/1832412290017634305",
    "https://x.com/moonlit_ledger/status/1831977420318806016",
    "https://x.com/moonlit_ledger/status/1832093318440251392",
    "https://x.com/hanul_pressroom/status/1831500981736448001",
    "https://x.com/hanul_pressroom/status/1831502245008130050",
    "https://x.com/quietstone99/status/1832655102981337088",
    "https://x.com/quietstone99/status/1832660417129005056",
    "https://x.com/daybreak_mkt/status/1830888012476518400",
    "https://x.com/daybreak_mkt/status/1830890775503376384",
    "https://x.com/ember_relay/status/1832901336664797184",
    "https://x.com/ember_relay",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tR2vX9pL",
    "https://www.youtube.com/watch?v=b8Kd0sWnE4c",
    "https://www.youtube.com/shorts/Zt5hN1cYq0A",
    "https://www.youtube.com/@seoul_nightdesk",
]
TG = [
    "https://t.me/gray_orchard/418",
    "https://t.me/gray_orchard/422",
    "https://t.me/lanternfeed_kr",
]
NV = [
    "https://blog.naver.com/winterpine77/223566018842",
    "https://blog.naver.com/winterpine77/223571204419",
    "https://cafe.naver.com/stockriverclub/88213",
    "https://cafe.naver.com/stockriverclub/88240",
    "https://in.naver.com/%EB%B0%94%EB%9E%8C%EA%B8%B8/contents/internal/778120",
]
NV5_RAW = "https://in.naver.com/바람길/contents/internal/778120"
KK = [
    "https://cafe.daum.net/greenlamp/Fm3x/2291",
    "https://brunch.co.kr/@quillroad/57",
]
TT = ["https://www.tiktok.com/@nightowl.kr/video/7411928376500119816"]
DC = [
    "https://discord.com/channels/1129384756102938475/1129384756102938480/1283001928374650001",
    "https://discord.com/channels/1129384756102938475/1129384756102938480/1283002211938475520",
    "https://discord.gg/moonharbor",
]

REQUESTS = [
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-12T18:00:00+09:00", X,
     "gambling promotion", "req-240909-01@kcsc.example", "largest request"),
    ("KCSC-240910-02", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-13T18:00:00+09:00", YT,
     "illegal financial solicitation", "req-240910-02@kcsc.example", ""),
    ("KCSC-240910-03", "telegram", "2024-09-10T14:00:00+09:00", "2024-09-13T18:00:00+09:00", TG,
     "drug sales", "req-240910-03@kcsc.example", ""),
    ("KCSC-240911-04", "naver", "2024-09-11T09:30:00+09:00", "2024-09-14T18:00:00+09:00", NV,
     "defamation", "req-240911-04@kcsc.example", "one Korean path"),
    ("KCSC-240912-05", "kakao", "2024-09-12T10:00:00+09:00", "2024-09-15T18:00:00+09:00", KK,
     "privacy violation", "req-240912-05@kcsc.example", ""),
    ("KCSC-240913-06", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "illegal financial solicitation", "req-240913-06@kcsc.example", "single item"),
    ("KCSC-240913-07", "discord", "2024-09-13T15:00:00+09:00", "2024-09-16T18:00:00+09:00", DC,
     "obscene content", "req-240913-07@kcsc.example", ""),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def items(urls, status):
    return {u: status for u in urls}


REMINDER_X = """Dear X Legal team,

This is a reminder about request KCSC-240909-01 (sent 9 September 2024).
The following items are past their due date and we have no result for them:

https://x.com/daybreak_mkt/status/1830888012476518400
https://x.com/daybreak_mkt/status/1830890775503376384
https://x.com/ember_relay/status/1832901336664797184
https://x.com/ember_relay

Please let us know the action taken on each.

KCSC Takedown Desk"""

ZD_SEP = "##- Please type your reply above this line -##"

cases = []

# ================================================================ X (largest request)
cases.append(dict(
    name="x-zendesk-solved-numbered-partial",
    date="Wed, 11 Sep 2024 16:42:10 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Re: Request #4412093 - KCSC-240909-01 - Legal removal request (Republic of Korea)",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Zendesk Mailer", "X-Zendesk-Ticket-Id: 4412093"],
    body=f"""{ZD_SEP}

Your request (4412093) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Mina (X Legal Operations)

Sep 11, 2024, 16:42 GMT+9

Hello,

Thank you for your patience. We have finished reviewing part of the report
you submitted under reference KCSC-240909-01. The outcome for each URL is
set out below.

1. https://x.com/bluefinch_kr/status/1832410055617290241
   We removed this post for violating the X Rules.

2. https://x.com/bluefinch_kr/status/1832412290017634305
   This post is now withheld in South Korea in response to your legal
   demand. It remains visible in other countries.

3. https://x.com/moonlit_ledger/status/1831977420318806016
   We were unable to locate this post; it no longer exists on X.

4. https://x.com/moonlit_ledger/status/1832093318440251392
   After review we found that this post does not violate the X Rules or
   applicable local law, so we are not taking action on it.

We are still reviewing the other URLs in your report and will reply on this
ticket separately.

Kind regards,
Mina
X Legal Operations

----------------------------------------------

This email is a service from X Support. Delivered by Zendesk
[ZQ7D3K-8R1P]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk public-reply notification from a platform legal desk, numbered per-URL outcomes",
    why="four numbered URLs each followed by an unhedged outcome; the rest of the report is explicitly still open",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "not_found", X[3]: "rejected"},
))

cases.append(dict(
    name="x-followup-same-ticket-quotes-earlier-reply",
    date="Fri, 13 Sep 2024 11:05:37 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="Re: [X Support] Re: Request #4412093 - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body="""Hello again,

Following up on the remaining URLs in this ticket:

- https://x.com/hanul_pressroom/status/1831500981736448001 -- removed (violation of the X Rules).
- https://x.com/hanul_pressroom/status/1831502245008130050 -- removed.
- https://x.com/quietstone99/status/1832655102981337088 -- withheld in Korea (KR) under local law.

The last few URLs are still with our team.

Best,
Mina
X Legal Operations

On Wed, Sep 11, 2024 at 4:42 PM X Support <support@x.com> wrote:
> 1. https://x.com/bluefinch_kr/status/1832410055617290241
>    We removed this post for violating the X Rules.
>
> 2. https://x.com/bluefinch_kr/status/1832412290017634305
>    This post is now withheld in South Korea in response to your legal
>    demand. It remains visible in other countries.
""",
    outcome="applied", classification="confirmation",
    imitates="agent follow-up in the same Zendesk thread, top-posted over the quoted earlier reply",
    why="three bulleted URLs with outcomes; the two quoted earlier outcomes are quoted text and change nothing",
    items={X[4]: "removed", X[5]: "removed", X[6]: "restricted", X[0]: "pending", X[1]: "pending"},
))

X_HTML = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello KCSC Takedown Desk,</p>
<p>We have completed our review of the remaining URLs in ticket #4412093
(your reference KCSC-240909-01). The results are below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>Removed</td><td>Violent speech policy</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Withheld (KR)</td><td>Country withheld content</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>No action</td><td>Not in violation of X Rules or local law</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Account suspended</td><td>Platform manipulation and spam</td></tr>
</table>
<p>You can learn more about country withheld content at
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>Regards,<br>X Legal Operations</p>
<p style="color:#999">{ZD_SEP.replace('#', '&#35;')}</p>
</body></html>"""
X_TXT = f"""Hello KCSC Takedown Desk,

We have completed our review of the remaining URLs in ticket #4412093
(your reference KCSC-240909-01). The results are below.

Reported URL | Action | Notes
{X[8]} | Removed | Violent speech policy
{X[9]} | Withheld (KR) | Country withheld content
{X[10]} | No action | Not in violation of X Rules or local law
{X[11]} | Account suspended | Platform manipulation and spam

You can learn more about country withheld content at our Help Center:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations"""
cases.append(dict(
    name="x-html-table-remaining-urls",
    date="Tue, 17 Sep 2024 15:20:02 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Request #4412093 update - KCSC-240909-01",
    reply_to_req="req-240909-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="zd-alt-4412093"

--zd-alt-4412093
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_TXT}

--zd-alt-4412093
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{X_HTML}

--zd-alt-4412093--
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system HTML table of reported URLs and actions (multipart/alternative)",
    why="table rows: removed, withheld in KR, no action (rejected), account suspended (removed); help-centre link is not an item",
    items={X[8]: "removed", X[9]: "restricted", X[10]: "rejected", X[11]: "removed"},
))

cases.append(dict(
    name="x-angle-brackets-one-wrapped",
    date="Thu, 12 Sep 2024 09:48:55 +0900",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: KCSC-240909-01 [ref:4412093]",
    reply_to_req="req-240909-01",
    body="""Hi,

Quick update on two of the URLs in your request. The posts
<https://x.com/moonlit_ledger/status/
 1831977420318806016> and
<https://x.com/moonlit_ledger/status/1832093318440251392> have both been
removed from X following our review.

Thanks,
Jae-won
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="hand-written agent reply from a mail client that wraps long URLs inside angle brackets",
    why="two URLs in angle brackets (the first wrapped after a slash as RFC 3986 appendix C allows), both stated removed",
    items={X[2]: "removed", X[3]: "removed"},
))

cases.append(dict(
    name="x-reply-to-reminder-top-posted",
    date="Wed, 18 Sep 2024 10:31:44 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: Reminder: KCSC-240909-01 items past due",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-01.1@kcsc.example>",
                   "References: <req-240909-01@kcsc.example> <reminder.KCSC-240909-01.1@kcsc.example>"],
    body=f"""Hello,

Sorry for the slow reply. Status of the four URLs in your reminder:

{X[8]} and {X[9]} have been removed.
{X[10]} has been withheld in Korea.
The account {X[11]} remains under review; we will let you know.

X Legal

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REMINDER_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="agent reply to a regulator's reminder, top-posted over the Gmail-quoted reminder",
    why="two URLs removed in one sentence, one withheld in Korea; the account is still under review (pending)",
    items={X[8]: "removed", X[9]: "removed", X[10]: "restricted", X[11]: "pending"},
))

cases.append(dict(
    name="x-dsa-style-statement-single-post",
    date="Fri, 13 Sep 2024 18:02:19 +0900",
    **{"from": "no-reply@x.com"}, name_from="X",
    subject="Decision on your report - Request #4412093 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""Decision on reported content

Ticket: #4412093
Your reference: KCSC-240909-01
Content: {X[7]}

Decision: Country withheld content (KR)
Grounds: Violation of local law (Republic of Korea)
Scope: the post is not visible to users in the Republic of Korea. It remains
available elsewhere.
Automated means used: No

You can read how we handle legal requests at https://help.x.com/en/rules-and-policies/x-legal-faqs
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons sent as a ticket update (decision, grounds, scope)",
    why="one named post, decision 'country withheld (KR)' is restricted; the FAQ link is not an item",
    items={X[7]: "restricted"},
))

cases.append(dict(
    name="x-outlook-original-message-below",
    date="Thu, 12 Sep 2024 14:12:08 +0900",
    **{"from": "jlee@x.com"}, name_from="Jiyoon Lee",
    subject="RE: [KCSC-240909-01] Request for removal of content (12 URLs)",
    reply_to_req="req-240909-01",
    body=f"""Dear KCSC team,

On the hanul_pressroom posts: {X[4]} has been taken down.
{X[5]} could not be found -- the post was deleted by its author before we
reviewed it.

Best regards,
Jiyoon Lee | Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240909-01] Request for removal of content (12 URLs)

Dear X Legal team,

Under Article 44-7 of the Network Act we request the removal of the
following content:

{chr(10).join(X)}

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' holding the full original request",
    why="two statements above the original message; the twelve URLs of the quoted request are not statements",
    items={X[4]: "removed", X[5]: "not_found", X[0]: "pending", X[8]: "pending"},
))

cases.append(dict(
    name="x-zendesk-autoreply-receipt",
    date="Mon, 09 Sep 2024 10:00:41 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Request received: KCSC-240909-01 Request for removal of content",
    reply_to_req="req-240909-01",
    extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_SEP}

Thanks for contacting X Support.

This is an automated message confirming that we have received your request.
Your ticket number is #4412093. Our team will review your report and respond
to you by email; there is no need to submit it again.

To add information to this request, reply to this email.

This email is a service from X Support. Delivered by Zendesk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk new-ticket autoreply trigger ('we have received your request, ticket #')",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
))

cases.append(dict(
    name="x-solved-all-content-removed-bulk",
    date="Thu, 19 Sep 2024 08:55:12 +0900",
    **{"from": "support@x.com"}, name_from="X Support",
    subject="[X Support] Your request #4412093 has been solved - KCSC-240909-01",
    reply_to_req="req-240909-01",
    body=f"""{ZD_SEP}

Your request (4412093) has been solved. To reopen this request, reply to this
email within 7 days.

----------------------------------------------

X Legal Operations

Sep 19, 2024, 08:55 GMT+9

Hello,

All of the content reported under KCSC-240909-01 has now been removed from X.
We are marking this ticket as solved.

Regards,
X Legal Operations

This email is a service from X Support. Delivered by Zendesk
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'your request has been solved' notification with a one-line blanket outcome",
    why="'all of the content removed' for a twelve-item request names no item; a clerk must check",
    items=items(X, "pending"),
))

cases.append(dict(
    name="x-reminder-reply-still-under-review",
    date="Wed, 18 Sep 2024 17:40:03 +0900",
    **{"from": "legal@x.com"}, name_from="X Legal",
    subject="Re: Reminder: KCSC-240909-01 items past due",
    extra_headers=["In-Reply-To: <reminder.KCSC-240909-01.1@kcsc.example>",
                   "References: <req-240909-01@kcsc.example> <reminder.KCSC-240909-01.1@kcsc.example>"],
    body=f"""Hello,

Thank you for the reminder. {X[8]} and
{X[9]} are still under review by our
specialist team. We expect to reach a decision this week and will update you
on this thread as soon as we have one.

X Legal

On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REMINDER_X)}
""",
    outcome="review", review="not_understood",
    imitates="holding reply to a reminder ('still under review, we will update you')",
    why="names two items but only says they are under review and promises an update: no status",
    items={X[8]: "pending", X[9]: "pending"},
))

# ================================================================ YouTube
cases.append(dict(
    name="yt-helpscout-bare-url-status-below",
    date="Thu, 12 Sep 2024 13:27:50 +0900",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240910-02 [Conversation #88120]",
    reply_to_req="req-240910-02",
    body=f"""Hi KCSC team,

Thanks for your request KCSC-240910-02. Here is where things stand after our
review:

{YT[0]}
Removed for violating YouTube's Community Guidelines.

{YT[1]}
Blocked from view in South Korea based on local law. The video remains
available in other countries.

{YT[2]}
No action taken. We reviewed this Short and did not find it in breach of our
policies or local law.

We will come back to you about the channel separately.

Sunny
YouTube Legal Support

--
Reply to this email to continue the conversation.
Conversation #88120 | https://support.youtube.com/hc/requests/88120
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style conversation reply, bare URL with its outcome on the line below",
    why="three bare URLs each with an outcome on the next line; the channel is left for later; the conversation link is not an item",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "pending"},
))

REMINDER_YT = f"""Reminder: the following items of request KCSC-240910-02 are still pending past
their due date (13 September 2024):

{chr(10).join(YT)}

KCSC Takedown Desk"""
cases.append(dict(
    name="yt-reply-to-reminder-terminated-and-age-restricted",
    date="Tue, 17 Sep 2024 10:03:31 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    subject="Re: Reminder: KCSC-240910-02 pending items",
    extra_headers=["In-Reply-To: <reminder.KCSC-240910-02.1@kcsc.example>",
                   "References: <req-240910-02@kcsc.example> <reminder.KCSC-240910-02.1@kcsc.example>"],
    body=f"""Hello,

Apologies for the delay. Two updates on KCSC-240910-02:

The channel {YT[3]} has been terminated for repeated violations of our spam
and deceptive practices policies.

The Short at {YT[2]} has been age-restricted: it can no longer be watched by
signed-out viewers or by viewers under 18.

Regards,
Google Legal Support

On Mon, Sep 16, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REMINDER_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="reply to a regulator's reminder from a Google legal support address, Gmail quoting",
    why="channel terminated (removed) and Short age-restricted (restricted); the quoted reminder lists all four and says nothing",
    items={YT[3]: "removed", YT[2]: "restricted", YT[0]: "pending", YT[1]: "pending"},
))

YT_CSV = f"""url,decision,policy,region
{YT[0]},removed,Community Guidelines - scams,global
{YT[1]},blocked,Local law,KR
{YT[2]},no_action,Not violative,-
{YT[3]},channel_terminated,Spam and deceptive practices,global
"""
cases.append(dict(
    name="yt-csv-attachment-results",
    date="Wed, 18 Sep 2024 16:10:00 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    subject="KCSC-240910-02 - decisions (attached)",
    reply_to_req="req-240910-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b1_yt_88120"

--b1_yt_88120
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the decision for each URL in request KCSC-240910-02.
"blocked" with region KR means the video is not viewable in South Korea.

Google Legal Support

--b1_yt_88120
Content-Type: text/csv; charset=utf-8; name="KCSC-240910-02_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240910-02_decisions.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}

--b1_yt_88120--
""",
    outcome="applied", classification="confirmation",
    imitates="results exported from a case tool as a CSV attachment (base64)",
    why="CSV rows: removed, blocked in KR (restricted), no_action (rejected), channel terminated (removed)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected", YT[3]: "removed"},
))

cases.append(dict(
    name="yt-policy-and-appeal-links-one-video",
    date="Fri, 13 Sep 2024 09:15:27 +0900",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject="Update on your legal complaint - KCSC-240910-02",
    reply_to_req="req-240910-02",
    body=f"""Hi,

We have taken down the following video from YouTube after reviewing your
complaint:

{YT[1]}

The uploader has been notified and may appeal: https://support.google.com/youtube/answer/185111
To learn more about how we handle legal removals, see
https://support.google.com/legal/answer/3110420 and our Community Guidelines
at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-complaint outcome with help-centre, appeal and policy links",
    why="one video taken down; the three help/appeal/policy links are not items",
    items={YT[1]: "removed"},
))

cases.append(dict(
    name="yt-promise-will-remove",
    date="Wed, 11 Sep 2024 18:44:09 +0900",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240910-02 [Conversation #88120]",
    reply_to_req="req-240910-02",
    body=f"""Hi KCSC team,

Thanks for flagging these. Our reviewers have looked at
{YT[0]} and {YT[1]} and we expect both will
be removed within the next 24 hours, once the internal sign-off is done.
We will confirm on this conversation.

Sunny
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="Help Scout agent reply announcing an expected action before sign-off",
    why="'we expect both will be removed' is a promise, not a statement; items stay pending",
    items={YT[0]: "pending", YT[1]: "pending"},
))

cases.append(dict(
    name="yt-asks-for-court-order",
    date="Thu, 12 Sep 2024 11:58:40 +0900",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    subject="Re: KCSC-240910-02 - additional information needed",
    reply_to_req="req-240910-02",
    body=f"""Hello,

Regarding {YT[1]} in your request KCSC-240910-02: before we can act
we need a copy of the decision of the Communications Standards Commission
(or a court order) identifying the specific statements at issue, with the
timestamps in the video where they appear.

Please reply to this email with the documents. Your ticket will remain open
in the meantime.

Google Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal-desk request for supporting documents before acting",
    why="asks for a decision or court order and timestamps; no status",
    items={YT[1]: "pending"},
))

cases.append(dict(
    name="yt-jira-receipt-echoes-urls",
    date="Tue, 10 Sep 2024 11:01:12 +0900",
    **{"from": "jira@youtube.com"}, name_from="YouTube Legal Requests",
    subject="[JIRA] (LRQ-30412) KCSC-240910-02 Request for removal of content",
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk"],
    body=f"""Reply above this line.

Your request has been received.

LRQ-30412 - KCSC-240910-02 Request for removal of content

Request type: Legal removal request (government)
Status: Waiting for support

Details you shared:
{chr(10).join(YT)}

We will send you an update when an agent has reviewed your request.

View request: https://legal-requests.youtube.com/portal/2/LRQ-30412
Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Jira Service Management 'request created' customer notification echoing the submitted fields",
    why="automated receipt; the four URLs are our own submission echoed back, with no statement about them",
    items={},
))

# ================================================================ Telegram
cases.append(dict(
    name="tg-freshdesk-ticket-closed",
    date="Fri, 13 Sep 2024 21:30:05 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Ticket Closed - [#58213] KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""Dear KCSC,

Your ticket [#58213] has been closed.

Resolution notes from the agent:
Case #8841207. Both reported posts in @gray_orchard ({TG[0]} and
{TG[1]}) were taken down. The channel {TG[2]} is now unavailable
to users in the Republic of Korea.

If you feel your issue has not been resolved, simply reply to this email and
the ticket will be reopened.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket closed' notification with the agent's resolution notes",
    why="two named posts taken down, channel unavailable in Korea (restricted)",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted"},
))

cases.append(dict(
    name="tg-partial-answer-rest-assessed",
    date="Thu, 12 Sep 2024 12:14:48 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Re: KCSC-240910-03 Case #8841207",
    reply_to_req="req-240910-03",
    body=f"""Hello,

Regarding Case #8841207 / your reference KCSC-240910-03:

{TG[0]} - removed.

The other two links in your request are still being assessed by the
moderation team; we will write again once a decision has been made.

-- Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="partial answer from an abuse desk: one link done, others still being assessed",
    why="one link removed; the other two are explicitly still being assessed (pending)",
    items={TG[0]: "removed", TG[1]: "pending", TG[2]: "pending"},
))

cases.append(dict(
    name="tg-url-on-line-below-statement",
    date="Sat, 14 Sep 2024 02:07:33 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    subject="Re: Ticket [#58213] KCSC-240910-03",
    reply_to_req="req-240910-03",
    body=f"""Hi,

The following message was removed:
{TG[1]}

The following channel has been blocked for users in South Korea:
{TG[2]}

Case #8841207
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply, each statement with its URL on the line below",
    why="statement ends with ':' and the URL follows: message removed, channel blocked in Korea (restricted)",
    items={TG[1]: "removed", TG[2]: "restricted"},
))

cases.append(dict(
    name="tg-auth-fail-removed",
    date="Fri, 13 Sep 2024 08:22:16 +0900",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse", auth="fail",
    subject="Re: KCSC-240910-03 Case #8841207",
    reply_to_req="req-240910-03",
    body=f"""Hello,

We confirm that {TG[0]} and {TG[1]} have been removed.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="abuse-desk confirmation whose DKIM/SPF/DMARC fail",
    why="platform domain but authentication fails: statements cannot be applied",
    items={TG[0]: "pending", TG[1]: "pending"},
))

cases.append(dict(
    name="tg-mdn-read-receipt",
    date="Tue, 10 Sep 2024 15:41:02 +0900",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    subject="Read: KCSC-240910-03 Request for removal of content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7731"

--mdn-7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

This is a receipt for the mail you sent to dsa@telegram.org at
10/09/2024 14:00.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-7731
Content-Type: message/disposition-notification

Reporting-UA: dsa-desk.telegram.org; Thunderbird 115.14.0
Final-Recipient: rfc822;dsa@telegram.org
Original-Message-ID: <req-240910-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7731--
""",
    outcome="ignored", classification="read_receipt",
    imitates="RFC 8098 message disposition notification (Thunderbird read receipt)",
    why="read receipt of our request: no statement",
    items={},
))

# ================================================================ NAVER
cases.append(dict(
    name="naver-text-table-result",
    date="Fri, 13 Sep 2024 14:00:21 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240911-04)에 대한
처리 결과를 아래와 같이 안내드립니다.

번호 | 게시물 주소 | 처리 결과
1 | {NV[0]} | 게시중단
2 | {NV[1]} | 임시조치(30일)
3 | {NV[2]} | 삭제
4 | {NV[3]} | 게시물 없음(작성자 삭제)

나머지 1건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
※ 본 메일은 발신 전용이 아니며, 회신하시면 같은 문의로 접수됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 처리 결과 안내 with a pipe text table",
    why="게시중단 removed, 임시조치 restricted, 삭제 removed, 게시물 없음(작성자 삭제) not_found; the fifth item is left for later",
    items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "removed", NV[3]: "not_found", NV[4]: "pending"},
))

cases.append(dict(
    name="naver-raw-korean-url-with-particle",
    date="Mon, 16 Sep 2024 10:12:09 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: [네이버 고객센터] 문의 답변 드립니다 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

회신이 늦어 죄송합니다.
요청하신 인플루언서 콘텐츠 {NV5_RAW}은 운영원칙 위반이
확인되어 블라인드 처리하였습니다.

문의하신 나머지 게시물에 대한 결과는 지난 13일 안내드린 내용을
참고해 주십시오.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 문의 답변 mail, raw Korean path URL followed directly by a particle",
    why="raw Korean path (matches its percent-encoded form) with '은' attached, 블라인드 처리 is removed",
    items={NV[4]: "removed"},
))

NV_B64 = f"""안녕하세요. 네이버 블로그 운영팀입니다.

요청번호 KCSC-240911-04 관련하여 아래 두 게시물의 조치 결과를 알려드립니다.

- {NV[0]} : 운영자 삭제
- {NV[1]} : 비공개 처리 완료

블로그 운영정책: https://blog.naver.com/blogpeople/policy
감사합니다.
"""
cases.append(dict(
    name="naver-base64-blog-team",
    date="Sat, 14 Sep 2024 11:30:00 +0900",
    **{"from": "blog_admin@naver.com"}, name_from="네이버 블로그",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 게시물 조치 결과 안내".encode()).decode() + "?=",
    reply_to_req="req-240911-04",
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(NV_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog operations notice, base64-encoded body and encoded-word subject",
    why="운영자 삭제 and 비공개 처리 both mean removed; the policy link is not an item",
    items={NV[0]: "removed", NV[1]: "removed"},
))

cases.append(dict(
    name="naver-receipt-phrase-plus-results",
    date="Thu, 12 Sep 2024 17:45:30 +0900",
    **{"from": "cafe_admin@naver.com"}, name_from="네이버 카페",
    subject="[네이버 카페] 신고 접수 및 처리 안내 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

보내주신 요청(KCSC-240911-04)이 정상적으로 접수되었습니다.
이 중 카페 게시물 2건은 확인 즉시 게시중단 조치를 완료하였습니다.

 · {NV[2]}
 · {NV[3]}

블로그 및 인플루언서 게시물은 담당 부서에서 검토 후 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe notice combining 접수 receipt wording with a 게시중단 result",
    why="the receipt phrase is followed by an unhedged 게시중단 완료 for two listed posts, so it is not a pure acknowledgement",
    items={NV[2]: "removed", NV[3]: "removed"},
))

cases.append(dict(
    name="naver-hedge-appears-deleted",
    date="Fri, 13 Sep 2024 16:20:44 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="Re: [네이버 고객센터] 문의 답변 드립니다 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 {NV[2]} 게시물은
현재 확인해 보니 이미 삭제된 것으로 보입니다. 정확한 처리 이력은
카페 담당 부서에 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER customer-centre first answer with a hedge ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' plus a promise to confirm: no status",
    items={NV[2]: "pending"},
))

cases.append(dict(
    name="naver-answer-posted-notification",
    date="Fri, 13 Sep 2024 14:02:11 +0900",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변이 등록되었습니다",
    body="""안녕하세요. 네이버 고객센터입니다.

고객님께서 남겨주신 문의에 답변이 등록되었습니다.
답변 내용은 아래 '나의 문의 내역'에서 확인하실 수 있습니다.

나의 문의 내역: https://help.naver.com/mypage/inquiry/list
고객센터 바로가기: https://help.naver.com

※ 본 메일은 발신 전용입니다.
""",
    outcome="review", review="no_claims",
    imitates="help-centre 'an answer has been posted, see My inquiries' notification",
    why="trusted NAVER mail naming no item and no request; the dashboard links are not items; a clerk should look up the answer",
    items={},
))

cases.append(dict(
    name="naver-out-of-office-korean",
    date="Wed, 11 Sep 2024 09:31:05 +0900",
    **{"from": "policy@navercorp.com"}, name_from="김도현",
    subject="[자동회신] 부재중입니다: KCSC-240911-04 게시물 삭제 요청",
    reply_to_req="req-240911-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김도현입니다.

9월 11일부터 9월 20일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-team@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동회신] 부재중) from a policy staff mailbox",
    why="out-of-office auto-reply, even though it names our reference in the subject",
    items={},
))

# ================================================================ Kakao (Daum cafe, brunch)
KK_JIRA = f"""-- Reply above this line.

김서연 resolved this as 완료.

{KK[0]} 게시물은 삭제 조치를 완료했습니다.
{KK[1]} (브런치 글)는 검토 결과 운영정책 위반 사항이 확인되지 않아
게시를 유지합니다.

KSD-2291 게시물 삭제 요청 (KCSC-240912-05)

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Help Center, powered by Jira Service Management, sent you this message.
"""
cases.append(dict(
    name="kakao-jira-resolved-auto-generated",
    date="Sun, 15 Sep 2024 13:07:42 +0900",
    **{"from": "support@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[KSD-2291] 게시물 삭제 요청 (KCSC-240912-05) - 해결됨",
    reply_to_req="req-240912-05",
    extra_headers=["Auto-Submitted: auto-generated", "X-JSD-Notification: request-resolved"],
    body=KK_JIRA,
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'request resolved' customer notification with the agent's comment",
    why="a system-sent ticket notification, but carrying the agent's unhedged outcome: deleted and kept up (rejected)",
    items={KK[0]: "removed", KK[1]: "rejected"},
))

KK_QP = f"""안녕하세요. 카카오 다음카페 운영팀입니다.

요청번호 KCSC-240912-05 로 접수된 다음 카페 게시물
{KK[0]}
에 대하여, 관련 법령에 따라 대한민국 내 접속을 차단하였습니다.

브런치 글에 대한 결과는 브런치 담당자가 별도로 안내드릴 예정입니다.

감사합니다.
"""
cases.append(dict(
    name="kakao-qp-access-blocked-korea",
    date="Fri, 13 Sep 2024 15:55:18 +0900",
    **{"from": "cafe-admin@daum.net"}, name_from="다음카페 운영팀",
    subject="Re: KCSC-240912-05 다음 카페 게시물 조치 결과",
    reply_to_req="req-240912-05",
    raw_mime=f"""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(KK_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations notice in quoted-printable, statement before and after the URL line",
    why="'대한민국 내 접속을 차단' is restricted in Korea; the brunch item is left for later",
    items={KK[0]: "restricted", KK[1]: "pending"},
))

cases.append(dict(
    name="kakao-helpscout-partial-under-review",
    date="Sat, 14 Sep 2024 10:40:27 +0900",
    **{"from": "brunch-help@kakaocorp.com"}, name_from="브런치 고객센터",
    subject="Re: KCSC-240912-05 [#44917]",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요, 브런치 고객센터입니다.

요청하신 두 건 중 브런치 글 {KK[1]} 은(는)
삭제 완료되었습니다.

다음 카페 게시물({KK[0]})은 아직 카페 담당 부서에서
검토 중입니다.

문의 번호: #44917
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout style Korean reply: one item done, the other still under review",
    why="brunch post 삭제 완료 (removed); the cafe post is 검토 중 (pending)",
    items={KK[1]: "removed", KK[0]: "pending"},
))

cases.append(dict(
    name="kakao-answers-about-naver-item",
    date="Mon, 16 Sep 2024 11:18:03 +0900",
    **{"from": "support@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="Re: [KSD-2291] 게시물 삭제 요청 (KCSC-240912-05)",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요. 카카오 고객센터입니다.

추가로 문의주신 아래 게시물은 삭제 처리되었음을 안내드립니다.

{NV[2]}

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="ticket reply in the Kakao thread stating an outcome for a URL that belongs to another platform",
    why="Kakao cannot act on a NAVER cafe post: its statement about NV item is not trustworthy for that item",
    items={NV[2]: "pending"},
))

cases.append(dict(
    name="kakao-dsn-reminder-bounced",
    date="Mon, 16 Sep 2024 09:00:14 +0900",
    **{"from": "MAILER-DAEMON@kakaocorp.com"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-ka-0916"

--dsn-ka-0916
Content-Type: text/plain; charset=utf-8
Content-Description: Notification

This is the mail system at host mx2.kakaocorp.com.

I'm sorry to have to inform you that your message could not be delivered to
one or more recipients.

<report@kakaocorp.com>: host mailstore3.kakaocorp.com said: 550 5.1.1
    Recipient address rejected: mailbox unavailable

--dsn-ka-0916
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kakaocorp.com
Arrival-Date: Mon, 16 Sep 2024 09:00:12 +0900

Final-Recipient: rfc822; report@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: mailbox unavailable

--dsn-ka-0916
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@kakaocorp.com
Subject: Reminder: KCSC-240912-05 items past due
Message-ID: <reminder.KCSC-240912-05.1@kcsc.example>
Date: Mon, 16 Sep 2024 09:00:00 +0900

The following items of request KCSC-240912-05 are past their due date:
{KK[0]}
{KK[1]}

--dsn-ka-0916--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our reminder",
    why="bounce of our own reminder; the URLs are in the returned message",
    items={},
))

# ================================================================ TikTok
cases.append(dict(
    name="tiktok-ticket-solved-sole-item",
    date="Sun, 15 Sep 2024 20:11:36 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    subject="Re: KCSC-240913-06 - Ticket #TT-55102 solved",
    reply_to_req="req-240913-06",
    body="""Hello,

Thank you for your report submitted under reference KCSC-240913-06. We
reviewed the video you reported and have removed it from TikTok for
violating our Community Guidelines.

This ticket is now marked as solved. If you need anything else, reply to this
email and it will be reopened.

TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="ticket 'solved' reply naming the reference but not the URL, for a one-item request",
    why="the only statement concerns 'the video you reported' of a one-item request: removed",
    items={TT[0]: "removed"},
))

cases.append(dict(
    name="tiktok-notice-of-action-geo-restricted",
    date="Mon, 16 Sep 2024 17:25:50 +0900",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    subject="Notice of action on reported content (KCSC-240913-06)",
    reply_to_req="req-240913-06",
    body=f"""Notice of action

Reported content: {TT[0]}
Reference: KCSC-240913-06

Action taken: Restricted in your region. The video is no longer available
to viewers in South Korea.
Basis: Local law (Republic of Korea)

If you disagree with this decision you can submit an appeal:
https://www.tiktok.com/legal/report/appeal
Community Guidelines: https://www.tiktok.com/community-guidelines
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok-style notice of action (field list) with appeal and guideline links",
    why="one named video restricted for South Korea; the appeal and guideline links are not items",
    items={TT[0]: "restricted"},
))

# ================================================================ Discord
cases.append(dict(
    name="discord-zendesk-three-outcomes",
    date="Mon, 16 Sep 2024 06:33:19 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Re: Report #391022 - KCSC-240913-07",
    reply_to_req="req-240913-07",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_SEP}

Discord Trust & Safety (Discord)

Sep 15, 2024, 21:33 UTC

Hi there,

Thanks for reaching out. We've reviewed the content in your report and
here's what happened:

* {DC[0]}
  We deleted this message for violating our Community Guidelines.
* {DC[1]}
  We deleted this message as well.
* {DC[2]}
  This invite link is invalid or has expired, so we were not able to
  identify a server from it.

Best,
Discord Trust & Safety

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety Zendesk reply with per-link bullets",
    why="two messages deleted (removed); invite link invalid, no server found (not_found)",
    items={DC[0]: "removed", DC[1]: "removed", DC[2]: "not_found"},
))

DC_CSV = f"""reported_url,action,notes
{DC[0]},removed,message deleted
{DC[1]},no_violation,content left up
{DC[2]},server_removed,server deleted for violations
"""
cases.append(dict(
    name="discord-csv-attachment-actions",
    date="Tue, 17 Sep 2024 04:12:00 +0900",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="KCSC-240913-07 - outcome of your request",
    reply_to_req="req-240913-07",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-mixed-391022"

--dc-mixed-391022
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for each link in your request KCSC-240913-07 is in the attached
file.

Discord Legal

--dc-mixed-391022
Content-Type: text/csv; charset=utf-8; name="report_391022.csv"
Content-Disposition: attachment; filename="report_391022.csv"
Content-Transfer-Encoding: 7bit

{DC_CSV}
--dc-mixed-391022--
""",
    outcome="applied", classification="confirmation",
    imitates="outcome table exported from a trust-and-safety tool as a plain CSV attachment",
    why="CSV: removed, no_violation (rejected), server_removed (removed)",
    items={DC[0]: "removed", DC[1]: "rejected", DC[2]: "removed"},
))

DC_REQ = f"""Dear Discord Trust & Safety,

We request the removal of the following content (request KCSC-240913-07):

{chr(10).join(DC)}

KCSC Takedown Desk"""
cases.append(dict(
    name="discord-short-reply-gmail-quote",
    date="Sat, 14 Sep 2024 03:50:41 +0900",
    **{"from": "safety-ops@discord.com"}, name_from="Alex (Discord Safety)",
    subject="Re: KCSC-240913-07 Request for removal of content",
    reply_to_req="req-240913-07",
    body=f"""Hi,

{DC[1]} -- we deleted that message.
{DC[0]} was already deleted by the user who posted it before we got to it.

Still looking at the invite.

Alex

On Fri, Sep 13, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(DC_REQ)}
""",
    outcome="applied", classification="confirmation",
    imitates="short hand-written agent reply above a Gmail-quoted request",
    why="one message deleted (removed), one deleted by its author (not_found); the invite is still open; quoted request changes nothing",
    items={DC[1]: "removed", DC[0]: "not_found", DC[2]: "pending"},
))

cases.append(dict(
    name="discord-forwarded-internal-note",
    date="Mon, 16 Sep 2024 02:05:29 +0900",
    **{"from": "legal@discord.com"}, name_from="Discord Legal",
    subject="Fwd: KCSC-240913-07 actioned",
    reply_to_req="req-240913-07",
    body=f"""Hi KCSC team, forwarding our safety team's note on your request below.

---------- Forwarded message ---------
From: T&S Operations <tns-ops@discord.com>
Date: Sun, Sep 15, 2024 at 9:58 AM
Subject: KCSC-240913-07 actioned
To: Discord Legal <legal@discord.com>

Both messages are gone:
{DC[0]}
{DC[1]}
Server behind the invite not actioned yet.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform legal forwarding an internal trust-and-safety note (Gmail 'Forwarded message')",
    why="the statements are inside a forwarded internal note, not said by the sender itself; a clerk confirms before applying",
    items={DC[0]: "pending", DC[1]: "pending"},
))

cases.append(dict(
    name="discord-all-three-actioned-bulk",
    date="Tue, 17 Sep 2024 07:44:10 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] Your request #391022 has been solved (KCSC-240913-07)",
    reply_to_req="req-240913-07",
    body=f"""{ZD_SEP}

Your request (391022) has been solved. Reply to this email to reopen it.

Hi there,

We've removed all of the content you reported under KCSC-240913-07. Thanks
for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="Discord Zendesk 'request solved' with a blanket outcome",
    why="'removed all of the content' for a three-item request without naming each: bulk",
    items=items(DC, "pending"),
))

cases.append(dict(
    name="discord-zendesk-subdomain-unknown-sender",
    date="Mon, 16 Sep 2024 12:30:00 +0900",
    **{"from": "support@discordapp.zendesk.com"}, name_from="Discord Support",
    subject="[Discord] Re: Report #391022 - KCSC-240913-07",
    reply_to_req="req-240913-07",
    body=f"""{ZD_SEP}

Hi there,

We have removed {DC[0]} for violating our Community Guidelines.

Best,
Discord Support

This email is a service from Discord. Delivered by Zendesk
""",
    outcome="review", review="unknown_sender",
    imitates="ticket reply sent from the help-desk vendor's subdomain instead of the platform's own domain",
    why="zendesk.com is not one of Discord's sender domains: it could be anyone's Zendesk, so not trusted",
    items={DC[0]: "pending"},
))

cases.append(dict(
    name="discord-freshdesk-receipt",
    date="Fri, 13 Sep 2024 15:01:08 +0900",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    subject="[Discord] We've received your request (KCSC-240913-07) #391022",
    reply_to_req="req-240913-07",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hi there,

We've received your request and a ticket has been created with the number
#391022. A member of our Trust & Safety team will get back to you as soon as
possible. Replies to this email will be added to the same ticket.

In the meantime, you may find answers in our Safety Center:
https://discord.com/safety

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk new-ticket receipt ('we've received your request, ticket #')",
    why="pure acknowledgement with a ticket number",
    items={},
))

cases.append(dict(
    name="tiktok-out-of-office-english",
    date="Fri, 13 Sep 2024 10:00:52 +0900",
    **{"from": "legal-kr@tiktok.com"}, name_from="Hana Cho",
    subject="Automatic reply: KCSC-240913-06 Request for removal of content",
    reply_to_req="req-240913-06",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: legal-kr@tiktok.com"],
    body="""Thank you for your email. I am out of the office until Wednesday 18 September
with limited access to email. For urgent legal requests please write to
legal-ops@tiktok.com; your message will not be forwarded.

Hana Cho
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
))

HEADER = """# Blind set 758: ticket systems and threads (written before any run of
# the reader, from each email's meaning). Generated by make.py; do not edit.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
