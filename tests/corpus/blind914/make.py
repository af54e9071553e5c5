#!/usr/bin/env python3
"""Blind set 914 (focus: ticket systems and threads).

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail, from YouTube, X, Telegram, NAVER, Kakao and
TikTok. Every email is fictional and written for this set; the expected
results come from each email's meaning alone, written before any run of
the reader.

    python3 tests/corpus/blind914/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def dt(s):
    """'2024-09-12 16:41' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
Y = [
    "https://www.youtube.com/watch?v=qR7tLm2xVbA",
    "https://www.youtube.com/watch?v=Hn4pZ0wKe3s",
    "https://www.youtube.com/watch?v=b9XcTjU1fLo",
    "https://www.youtube.com/watch?v=Wm3eA8rYqDk",
    "https://www.youtube.com/watch?v=Lp0sNv6GhQz",
    "https://www.youtube.com/shorts/Zt5kRb2nMwE",
    "https://www.youtube.com/watch?v=Cx8dFy1oJpU",
    "https://www.youtube.com/watch?v=tG2hVq9eRnK",
    "https://www.youtube.com/watch?v=Ej6wBz4sXcL",
    "https://www.youtube.com/shorts/Ku1mPa7dYvT",
    "https://www.youtube.com/watch?v=Rf3yNo5cWgH",
    "https://www.youtube.com/watch?v=Vd9qTs0uMbX",
]
Y = [None] + Y  # Y[1] .. Y[12]
X = [
    None,
    "https://x.com/hanbit_tipster88/status/1833301122334455667",
    "https://x.com/hanbit_tipster88/status/1833307788990011223",
    "https://x.com/slotmaster_kr0/status/1832955512340098761",
    "https://x.com/daily_odds_kr/status/1833120045678901234",
    "https://x.com/quickcash_loan7/status/1834411223344556677",
]
T = [
    None,
    "https://t.me/jackpot_lounge_kr/412",
    "https://t.me/jackpot_lounge_kr/415",
    "https://t.me/odds_signal_room/77",
]
N5_RAW = "https://in.naver.com/밤까마귀/contents/internal/771204"
N5 = "https://in.naver.com/" + quote("밤까마귀") + "/contents/internal/771204"
N = [
    None,
    "https://blog.naver.com/moonriver_81/223561207734",
    "https://cafe.naver.com/pinkpanda2020/58812",
    "https://cafe.naver.com/pinkpanda2020/58830",
    "https://m.blog.naver.com/starlet_zone/223559981020",
    N5,
]
K = [
    None,
    "https://cafe.daum.net/luckyseven77/Fz3K/1184",
    "https://brunch.co.kr/@gray_owl/42",
]
TT1 = "https://www.tiktok.com/@neon.bet.kr/video/7412093385216671032"

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240909-01", "youtube", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     "gambling", "req-240909-01@kcsc.example", "illegal online casino promotion videos", Y[1:]),
    ("KCSC-240910-02", "x", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     "gambling", "req-240910-02@kcsc.example", "sports betting tip accounts", X[1:5]),
    ("KCSC-240911-03", "telegram", "2024-09-11T09:40:00+09:00", "2024-09-14T23:59:59+09:00",
     "gambling", "req-240911-03@kcsc.example", "betting signal channels", T[1:]),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "obscenity", "req-240911-04@kcsc.example", "blog and cafe posts", N[1:]),
    ("KCSC-240912-05", "kakao", "2024-09-12T11:00:00+09:00", "2024-09-19T23:59:59+09:00",
     "defamation", "req-240912-05@kcsc.example", "Daum cafe and Brunch posts", K[1:]),
    ("KCSC-240913-06", "tiktok", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     "gambling", "req-240913-06@kcsc.example", "", [TT1]),
    ("KCSC-240913-07", "x", "2024-09-13T16:20:00+09:00", "2024-09-20T23:59:59+09:00",
     "illegal_finance", "req-240913-07@kcsc.example", "unregistered loan advert", [X[5]]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def reminder_headers(ref, step, req):
    return [
        f"In-Reply-To: <reminder.{ref}.{step}@kcsc.example>",
        f"References: <{req}@kcsc.example> <reminder.{ref}.{step}@kcsc.example>",
    ]


YT_SUBJ = "[KCSC-240909-01] 불법 도박 영상 삭제 요청 / Removal request (12 URLs)"
ZD_LINE = "##- Please type your reply above this line -##"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ YouTube
case(
    name="yt-zendesk-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-09 10:04"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Hello,

Thanks for writing to YouTube Legal Support. This message confirms that
your email reached us and that ticket #48213 has been opened for it. A
member of the team will go through the URLs you sent and answer in this
thread, so there is no need to send the notice again.

If you want to add something, reply to this email and keep the ticket
number in the subject line.

YouTube Legal Support

This email is a service from YouTube Legal Support.
[QX7M2K-1PWR]
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk 'request received' auto-acknowledgement of a legal support desk",
    why="pure receipt: ticket opened, nothing said about any URL",
    items={},
)

YT_HISTORY = "\n".join(f"{i}. {Y[i]}" for i in range(1, 13))

case(
    name="yt-zendesk-solved-partial-history",
    **{"from": "legal-support@youtube.com"},
    name_from="Min-seo Kang (YouTube Legal Support)",
    date=dt("2024-09-12 16:41"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Zendesk Mailer"],
    body=f"""{ZD_LINE}

Your request (48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Min-seo Kang (YouTube Legal Support)

Sep 12, 2024, 16:40 GMT+9

Hello KCSC team,

Thank you for your patience. We have finished reviewing the first four
URLs in your notice:

- {Y[1]} : removed for violating our policy on online gambling.
- {Y[2]} : removed for violating our policy on online gambling.
- {Y[3]} : blocked in South Korea following a local legal review; it is no longer viewable from Korea.
- {Y[4]} : we reviewed this video and found no violation of our Community Guidelines or of the law you cite, so it stays up.

The remaining eight URLs are still under review and we will update this
ticket as soon as we have an outcome for them.

Kind regards,
Min-seo

----------------------------------------------

KCSC Takedown

Sep 9, 2024, 10:02 GMT+9

Dear YouTube Legal team,

Under Article 44-7 of the Information and Communications Network Act we
ask you to remove the following 12 videos, which advertise unlicensed
online casinos to Korean users (our reference KCSC-240909-01):

{YT_HISTORY}

Please tell us what you did for each URL by 16 September.

Korea Communications Standards Commission

[QX7M2K-1PWR]
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent public comment with the ticket's conversation history (our request) below it, unquoted",
    why="agent states four item outcomes; the other eight are 'still under review'; the history below is our own request",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected",
           **{Y[i]: "pending" for i in range(5, 13)}},
)

case(
    name="yt-followup-gmail-nested-quotes",
    **{"from": "minseo.kang@google.com"},
    name_from="Min-seo Kang",
    date=dt("2024-09-16 15:12"),
    subject=f"Re: [Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""Hi,

Following up on ticket 48213 with three more outcomes:

{Y[5]} has been removed.
{Y[6]} (a Short) has been removed as well.
For {Y[7]} we could not find any video: that ID does not exist on YouTube.

The other five are still with the reviewers; I'll write again when they are done.

Best,
Min-seo
YouTube Legal Support

On Mon, Sep 16, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Thank you for the update. Could you let us know the outcome for the
> remaining eight URLs of KCSC-240909-01?
>
> On Thu, Sep 12, 2024 at 4:41 PM YouTube Legal Support wrote:
>> - {Y[1]} : removed for violating our policy on online gambling.
>> - {Y[2]} : removed for violating our policy on online gambling.
>> - {Y[3]} : blocked in South Korea following a local legal review.
>> - {Y[4]} : no violation found, it stays up.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from an agent in a ticket thread, with the earlier answer quoted two levels deep",
    why="three new statements on top; the four older outcomes are only quoted and must not be read",
    items={Y[5]: "removed", Y[6]: "removed", Y[7]: "not_found",
           Y[1]: "pending", Y[2]: "pending", Y[3]: "pending", Y[4]: "pending"},
)

REM1 = "Re: [KCSC-240909-01] Reminder 1: 8 of 12 items still pending since 2024-09-16 / 1차 재요청"

yt_table_html = f"""<html><body>
<div dir="ltr"><p>Hello,</p>
<p>Thanks for the reminder. This is where the open URLs of your notice stand today:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{Y[8]}">{Y[8]}</a></td><td>Removed (gambling policy)</td></tr>
<tr><td><a href="{Y[9]}">{Y[9]}</a></td><td>Age-restricted</td></tr>
<tr><td><a href="{Y[10]}">{Y[10]}</a></td><td>No violation found; the Short remains available</td></tr>
<tr><td><a href="{Y[11]}">{Y[11]}</a></td><td>Removed</td></tr>
</table>
<p>{Y[5]}, {Y[6]}, {Y[7]} and {Y[12]} are still with our review team.</p>
<p>Our policy on gambling content is described here:
<a href="https://support.google.com/youtube/answer/2801964">https://support.google.com/youtube/answer/2801964</a></p>
<p>Regards,<br>Ji-hoon Park<br>YouTube Legal Support</p></div>
<div class="gmail_quote"><div class="gmail_attr">On Tue, Sep 17, 2024 at 9:00 AM KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:</div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
KCSC-240909-01: 8 of 12 items are still pending. Please tell us what you did for each URL.<br>
1. {Y[5]}<br>2. {Y[6]}<br>3. {Y[7]}<br>4. {Y[8]}<br>5. {Y[9]}<br>6. {Y[10]}<br>7. {Y[11]}<br>8. {Y[12]}
</blockquote></div>
</body></html>"""

case(
    name="yt-reminder-reply-html-table",
    **{"from": "jihoon.park@google.com"},
    name_from="Ji-hoon Park",
    date=dt("2024-09-17 14:30"),
    subject=REM1,
    extra_headers=reminder_headers("KCSC-240909-01", 1, "req-240909-01"),
    type="html",
    body=yt_table_html,
    outcome="applied", classification="confirmation",
    imitates="agent's HTML reply to a regulator's reminder, table of outcomes, Gmail-quoted reminder below",
    why="table gives four outcomes (age-restricted = restricted, no violation = rejected); four named URLs still under review; policy link is not an item",
    items={Y[8]: "removed", Y[9]: "restricted", Y[10]: "rejected", Y[11]: "removed",
           Y[5]: "pending", Y[6]: "pending", Y[7]: "pending", Y[12]: "pending"},
)

yt_csv = (
    "url,status\r\n"
    f"{Y[5]},Removed\r\n"
    f"{Y[6]},\r\n"
    f"{Y[8]},Removed\r\n"
    f"{Y[9]},Pending review\r\n"
    f"{Y[10]},Not violating - left up\r\n"
    f"{Y[12]},Geo-blocked in Korea\r\n"
)
case(
    name="yt-reminder-csv-filled",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-18 11:05"),
    subject=REM1,
    extra_headers=reminder_headers("KCSC-240909-01", 1, "req-240909-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="zd-48213-b1"

--zd-48213-b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{ZD_LINE}

Hello,

We have filled in the status sheet that came with your reminder; it is
attached. Rows left blank are still open on our side.

YouTube Legal Support
[QX7M2K-1PWR]

--zd-48213-b1
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01-pending.csv"
Content-Disposition: attachment; filename="KCSC-240909-01-pending.csv"
Content-Transfer-Encoding: base64

{b64(yt_csv)}
--zd-48213-b1--
""",
    outcome="applied", classification="confirmation",
    imitates="the reminder's pending CSV sent back filled in, through a Zendesk reply",
    why="CSV rows: two removed, one rejected, one geo-blocked (restricted), one 'Pending review', one blank",
    items={Y[5]: "removed", Y[6]: "pending", Y[8]: "removed", Y[9]: "pending",
           Y[10]: "rejected", Y[12]: "restricted"},
)

case(
    name="yt-escalated-promise",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-13 09:20"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (48213) has been updated.
----------------------------------------------

Ji-hoon Park (YouTube Legal Support)

Sep 13, 2024, 09:19 GMT+9

Hello,

A quick note: the following URLs have been escalated to our specialist
team and will be actioned if they are found to break our policies or
local law:

{Y[5]}
{Y[8]}
{Y[9]}

We expect to come back to you with outcomes by the end of next week.

Ji-hoon
""",
    outcome="review", review="not_understood",
    imitates="Zendesk agent update announcing escalation, no outcome yet",
    why="'will be actioned if' is a conditional promise: names three items, states nothing",
    items={Y[5]: "pending", Y[8]: "pending", Y[9]: "pending"},
)

case(
    name="yt-solved-all-removed-bulk",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-18 17:02"),
    subject=f"[Request #48213] Solved: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (48213) has been solved. To reopen it, reply to this email.
----------------------------------------------

Min-seo Kang (YouTube Legal Support)

Sep 18, 2024, 17:01 GMT+9

Hello,

We have removed all of the videos listed in your notice KCSC-240909-01
for violating our Community Guidelines. We're marking this ticket as
solved.

Thank you for reporting.
Min-seo
""",
    outcome="review", review="bulk",
    imitates="Zendesk 'request solved' notice with a blanket closing statement",
    why="'all of the videos' for a 12-item request without naming any: bulk",
    items={},
)

case(
    name="yt-hedged-uploader-deleted",
    **{"from": "jihoon.park@google.com"},
    name_from="Ji-hoon Park",
    date=dt("2024-09-17 10:48"),
    subject=f"Re: [Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""Hello,

About {Y[12]}: it appears the video may already have been taken down by
the uploader before our review started. Our tools have not caught up
yet, so I will confirm the final state once they do.

Ji-hoon Park
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="agent note in a ticket thread hedging about an uploader deletion",
    why="'it appears ... may already have been' is a hedge, the agent says he will confirm later",
    items={Y[12]: "pending"},
)

fd_text = f"""Hello KCSC Takedown,

Ticket #7731 "[KCSC-240909-01] Removal request" has been set to Resolved.

Resolution note from Joon-young Seo:

{Y[2]} - the video was deleted for a violation of our gambling policy.
{Y[11]} - the video is now age-restricted: viewers must be signed in and 18 or older.

If you feel your ticket has not been resolved, simply reply to this email and it will be reopened automatically.

YouTube Trust & Safety - Government Requests
"""
case(
    name="yt-freshdesk-resolved-qp",
    **{"from": "ts-requests@youtube.com"},
    name_from="YouTube Trust & Safety",
    date=dt("2024-09-14 13:37"),
    subject="Ticket #7731 - status changed to Resolved",
    reply_to_req="req-240909-01",
    extra_headers=["X-Mailer: Freshdesk"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(fd_text)}""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notification with the agent's resolution note, quoted-printable",
    why="two named outcomes: deleted (removed) and age-restricted (restricted)",
    items={Y[2]: "removed", Y[11]: "restricted"},
)

case(
    name="yt-agent-out-of-office",
    **{"from": "jihoon.park@google.com"},
    name_from="Ji-hoon Park",
    date=dt("2024-09-17 09:00"),
    subject=f"Automatic reply: {REM1}",
    extra_headers=reminder_headers("KCSC-240909-01", 1, "req-240909-01") + [
        "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until 23 September with limited access to email.

For urgent legal matters please write to the team mailbox legal-kr@google.com.
Messages about open tickets (including KCSC-240909-01) will be handled when I
am back.

Ji-hoon Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange automatic reply of the assigned agent to a reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="yt-pending-needs-timestamps",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-10 15:25"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (48213) is awaiting your reply.
----------------------------------------------

Min-seo Kang (YouTube Legal Support)

Sep 10, 2024, 15:24 GMT+9

Hello,

Before we can act on {Y[3]} and {Y[4]} we need
more detail: the timestamps at which the promotion appears in each video,
and the provision of Korean law that applies to each one.

Please reply to this ticket with that information. The ticket will stay
in Pending status until we hear from you.

Min-seo
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Zendesk agent comment setting the ticket to Pending and asking the requester for details",
    why="asks for timestamps and legal basis for two items; no outcome",
    items={Y[3]: "pending", Y[4]: "pending"},
)

case(
    name="yt-fwd-enforcement-outcome",
    **{"from": "hyejin.oh@google.com"},
    name_from="Hye-jin Oh",
    date=dt("2024-09-13 18:10"),
    subject=f"Fwd: Outcome for case 5-3307000012479 ({YT_SUBJ})",
    body=f"""Hello KCSC team,

FYI, forwarding the outcome our enforcement team sent us for your notice.

Hye-jin

---------- Forwarded message ---------
From: YouTube Enforcement <enforcement-noreply@google.com>
Date: Fri, Sep 13, 2024 at 5:52 PM
Subject: Outcome for case 5-3307000012479
To: <legal-kr@google.com>

Case 5-3307000012479 (KCSC-240909-01) - actions taken:
{Y[1]}: removed (Community Guidelines, gambling)
{Y[4]}: restricted (not available in KR)
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Gmail 'Fwd:' of an internal enforcement notice by a platform employee",
    why="statuses are in the forwarded part only, written by another sender: a clerk checks before applying",
    items={Y[1]: "pending", Y[4]: "pending"},
)

case(
    name="yt-outlook-original-message",
    **{"from": "hyejin.oh@google.com"},
    name_from='"Oh, Hye-jin"',
    date=dt("2024-09-17 16:55"),
    subject=f"RE: {REM1[4:]}",
    extra_headers=reminder_headers("KCSC-240909-01", 1, "req-240909-01"),
    body=f"""Hello,

Further to our earlier messages: {Y[12]} has been removed.
{Y[10]} was reviewed again and will stay up; we found no breach of our
Community Guidelines or of local law.

Kind regards,
Hye-jin Oh
Legal Specialist, YouTube

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: legal-kr@google.com
Subject: [KCSC-240909-01] Reminder 1: 8 of 12 items still pending since 2024-09-16 / 1차 재요청

KCSC-240909-01: 8 of 12 items are still pending.
1. {Y[5]}
2. {Y[6]}
3. {Y[7]}
4. {Y[8]}
5. {Y[9]}
6. {Y[10]}
7. {Y[11]}
8. {Y[12]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over '-----Original Message-----' (our reminder)",
    why="removed and 'will stay up; no breach' (rejected) above the quoted reminder",
    items={Y[12]: "removed", Y[10]: "rejected"},
)

case(
    name="yt-url-then-status-line",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-15 11:30"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (48213) has been updated.
----------------------------------------------

Min-seo Kang (YouTube Legal Support)

Sep 15, 2024, 11:29 GMT+9

Hello,

Outcomes for the three URLs you asked about on Friday:

{Y[3]}
Status: Restricted - not available in South Korea

{Y[4]}
Status: Removed

{Y[7]}
Status: Not found - no video exists with this ID

Min-seo
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk agent comment with URL on one line and 'Status:' on the next",
    why="three URL/status pairs: restricted, removed, not_found",
    items={Y[3]: "restricted", Y[4]: "removed", Y[7]: "not_found"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-16 10:12"),
    subject=f"[Request #48213] Re: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

Your request (48213) has been updated.
----------------------------------------------

Ji-hoon Park (YouTube Legal Support)

Sep 16, 2024, 10:11 GMT+9

Hello,

The following video has been removed globally for violating our policies:
{Y[5]}

The following Short has been blocked from view in South Korea due to a
local legal restriction:
{Y[6]}

Ji-hoon
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team answer with the statement above and the URL on the line below",
    why="statement line then URL: removed, and blocked in Korea (restricted)",
    items={Y[5]: "removed", Y[6]: "restricted"},
)

case(
    name="yt-zendesk-followup-ticket",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-19 10:40"),
    subject=f"[Request #48577] Follow-up: {YT_SUBJ}",
    reply_to_req="req-240909-01",
    body=f"""{ZD_LINE}

This is a follow-up to your previous request #48213 "{YT_SUBJ}"
----------------------------------------------

Min-seo Kang (YouTube Legal Support)

Sep 19, 2024, 10:39 GMT+9

Hello,

Your earlier ticket was closed, so your last message opened this
follow-up. Here are the outcomes you were still waiting for:

* {Y[9]} - removed
* {Y[8]} - age-restricted

Min-seo
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk follow-up ticket created from a reply to a closed ticket",
    why="two bulleted outcomes: removed and age-restricted (restricted)",
    items={Y[9]: "removed", Y[8]: "restricted"},
)

case(
    name="yt-csat-survey",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=dt("2024-09-19 18:00"),
    subject="Request #48213: How would you rate the support you received?",
    body="""Hello KCSC Takedown,

We'd love to hear what you think of our support. Please take a moment to
answer one simple question by clicking either link below:

How would you rate the support you received?

Good, I'm satisfied
https://support.youtube.com/hc/requests/48213/satisfaction/good?token=Rk8xQ2

Bad, I'm unsatisfied
https://support.youtube.com/hc/requests/48213/satisfaction/bad?token=Rk8xQ2

Here's a reminder of what your request was about: your ticket #48213.

YouTube Legal Support
""",
    outcome="review", review="no_claims",
    imitates="Zendesk customer satisfaction survey email",
    why="trusted platform mail, no requested URL, no reference of ours, no thread header: no_claims",
    items={},
)

# ================================================================ X
X_SUBJ = "[KCSC-240910-02] 불법 스포츠 도박 게시물 삭제 요청"

case(
    name="x-helpscout-numbered",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=dt("2024-09-12 19:05"),
    subject=f"Re: {X_SUBJ} [#3391]",
    reply_to_req="req-240910-02",
    extra_headers=["X-Mailer: Help Scout"],
    body=f"""Hello,

We reviewed the four posts in your request. Our outcomes:

1. {X[1]}
   Withheld in South Korea in response to your legal demand.
2. {X[2]}
   Removed for violating the X Rules (illegal or certain regulated goods or services).
3. {X[3]}
   This post no longer exists; it was deleted by the account holder before our review.
4. {X[4]}
   No action. We did not find a violation of the X Rules or of the law cited.

You can read more about country withheld content at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
Daniel
X Legal Operations

--
Conversation #3391 · Reply to this email to continue the conversation.
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout reply from a legal desk, numbered list with the outcome on an indented line",
    why="withheld in KR (restricted), removed, deleted by author (not_found), no action (rejected); help link not an item",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "not_found", X[4]: "rejected"},
)

case(
    name="x-jsm-resolved-sole",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=dt("2024-09-16 11:20"),
    subject="[LGL-4412] Re: [KCSC-240913-07] 미등록 대부업 광고 게시물 삭제 요청",
    reply_to_req="req-240913-07",
    extra_headers=["X-JIRA-FingerPrint: 5f0c2e9d1a"],
    body="""—-—-—-—
Reply above this line.

Legal Operations resolved this as Done.

The post you reported has been removed from X for violating our rules on
financial scams.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management customer notification 'resolved this as Done' with a public comment",
    why="one-item request (KCSC-240913-07), one unhedged 'removed' statement without URL",
    items={X[5]: "removed"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=dt("2024-09-13 08:44"),
    subject=f"Re: {X_SUBJ} [#3391]",
    reply_to_req="req-240910-02",
    extra_headers=["X-Mailer: Help Scout"],
    body="""Hello,

Thank you for your report. All of the reported posts have been withheld
in South Korea.

Regards,
X Legal Operations

--
Conversation #3391 · Reply to this email to continue the conversation.
""",
    outcome="review", review="bulk",
    imitates="Help Scout short reply with a blanket outcome",
    why="'all of the reported posts' for a four-item request, none named",
    items={},
)

case(
    name="x-dmarc-fail-removed",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    auth="fail",
    date=dt("2024-09-12 22:10"),
    subject=f"Re: {X_SUBJ}",
    reply_to_req="req-240910-02",
    body=f"""Hello,

{X[1]} has been removed.

X Legal Operations
""",
    outcome="review", review="untrusted",
    imitates="short legal desk reply, but DKIM/DMARC fail for x.com",
    why="claims from x.com that fail authentication",
    items={X[1]: "pending"},
)

case(
    name="x-case-autoack",
    **{"from": "noreply@x.com"},
    name_from="X",
    date=dt("2024-09-10 10:31"),
    subject=f"Case# 0193-7742-KR: {X_SUBJ}",
    reply_to_req="req-240910-02",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

We've received your report and it has been assigned case number
0193-7742-KR. Reports are reviewed in the order they are received. You
will get an email from us once a decision has been made.

Please do not reply to this email; this mailbox is not monitored.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal automatic case acknowledgement",
    why="case receipt only",
    items={},
)

case(
    name="x-gmail-partial-followup",
    **{"from": "daniel.reyes@x.com"},
    name_from="Daniel Reyes",
    date=dt("2024-09-14 09:55"),
    subject=f"Re: {X_SUBJ}",
    reply_to_req="req-240910-02",
    body=f"""Hi,

An update on your request: {X[3]} has now been removed.

{X[4]} remains available. After a second review we concluded that it
does not break the X Rules or the Korean law described in your notice.

The other two posts were handled as described in my earlier email.

Best,
Daniel
X Global Government Affairs

On Tue, Sep 10, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal team,
>
> We request the removal of the following posts promoting illegal sports
> betting (our reference KCSC-240910-02):
>
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a platform employee over our quoted request",
    why="removed and 'remains available, does not break the rules' (rejected); the other two are only referred back to",
    items={X[3]: "removed", X[4]: "rejected", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-jira-comment-angle-brackets",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=dt("2024-09-13 15:02"),
    subject=f"[LGL-4398] Re: {X_SUBJ}",
    reply_to_req="req-240910-02",
    extra_headers=["X-JIRA-FingerPrint: 5f0c2e9d1a"],
    body=f"""—-—-—-—
Reply above this line.

Sung-min Yoo commented:

Both of the following posts have been withheld in South Korea:
<{X[1]}>
<{X[2]}>

The remaining two posts from your request are still with the reviewing
team.

View request · Turn off this request's notifications

Powered by Jira Service Management
""",
    outcome="applied", classification="confirmation",
    imitates="Jira Service Management 'commented' notification, URLs in angle brackets",
    why="two named posts withheld in KR (restricted); the other two still under review",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-single-post-gone",
    **{"from": "legal-ops@x.com"},
    name_from="X Legal Operations",
    date=dt("2024-09-14 17:30"),
    subject="Re: [KCSC-240913-07] 미등록 대부업 광고 게시물 삭제 요청 [#3420]",
    reply_to_req="req-240913-07",
    extra_headers=["X-Mailer: Help Scout"],
    body=f"""Hello,

We looked into {X[5]}.
This post does not exist: the account that posted it was deactivated by
its owner and its posts are no longer on X.

Status of this conversation: Closed.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Help Scout closing reply: reported post no longer exists",
    why="post does not exist, account deactivated by its owner: not_found",
    items={X[5]: "not_found"},
)

# ================================================================ Telegram
TG_SUBJ = "[KCSC-240911-03] 불법 도박 채널 메시지 삭제 요청"

case(
    name="tg-abuse-taken-down-and-missing",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date=dt("2024-09-13 02:14"),
    subject=f"Re: {TG_SUBJ}",
    reply_to_req="req-240911-03",
    body=f"""Hello,

Thank you for your report. The following messages were taken down:
{T[1]}
{T[2]}

We could not find {T[3]} - this message does not exist.

--
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply",
    why="two taken down (removed), one 'does not exist' (not_found)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-reply-to-our-followup",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date=dt("2024-09-16 20:48"),
    subject=f"Re: Re: {TG_SUBJ}",
    reply_to_req="req-240911-03",
    body=f"""Hello,

The message {T[3]} is now restricted for users in South Korea.

> On 16 Sep 2024, at 11:20, KCSC Takedown <takedown@kcsc.example> wrote:
>
> Thank you for removing the two messages. The following message is still
> online:
> {T[3]}
>
>> On 13 Sep 2024, at 02:14, Telegram Abuse <abuse@telegram.org> wrote:
>>
>> The following messages were taken down:
>> {T[1]}
>> {T[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply to the regulator's follow-up, Apple Mail nested quoting",
    why="one new statement (restricted in Korea); the earlier 'taken down' is only quoted",
    items={T[3]: "restricted", T[1]: "pending", T[2]: "pending"},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="B2F1.1726382402/mx.kcsc.example"

This is a MIME-encapsulated message.

--B2F1.1726382402/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-kr@telegram.org>: host mx1.telegram.org[203.0.113.40] said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown (in
    reply to RCPT TO command)

--B2F1.1726382402/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4X1kQ72JzMz9v
Arrival-Date: Sun, 15 Sep 2024 09:40:01 +0900 (KST)

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@telegram.org>: Recipient address
    rejected: User unknown

--B2F1.1726382402/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: [KCSC-240911-03] Reminder 1: 3 of 3 items still pending since 2024-09-14 / 1차 재요청
Date: Sun, 15 Sep 2024 09:40:00 +0900
Message-ID: <reminder.KCSC-240911-03.1@kcsc.example>
In-Reply-To: <req-240911-03@kcsc.example>
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=utf-8

KCSC-240911-03: 3 of 3 items are still pending. Please tell us what you did for each URL.
1. {T[1]}
2. {T[2]}
3. {T[3]}

--B2F1.1726382402/mx.kcsc.example--
"""
case(
    name="tg-reminder-bounced",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date=dt("2024-09-15 09:40"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=dsn,
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN for a reminder sent to a wrong Telegram address, original attached",
    why="delivery failure report; the URLs are in our own returned reminder",
    items={},
)

tg_b64 = f"""Dear KCSC,

Regarding your request KCSC-240911-03:

{T[1]} — removed.
{T[2]} — removed.
{T[3]} — no violation of the Telegram Terms of Service was found; the message stays.

Best regards,
Telegram Support
"""
case(
    name="tg-base64-mixed",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date=dt("2024-09-14 01:02"),
    subject=f"Re: {TG_SUBJ}",
    reply_to_req="req-240911-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tg_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA contact reply, base64 plain text, em-dash separated outcomes",
    why="two removed, one 'no violation, stays' (rejected)",
    items={T[1]: "removed", T[2]: "removed", T[3]: "rejected"},
)

# ================================================================ NAVER
NV_SUBJ = "[KCSC-240911-04] 음란 게시물 삭제 요청"

case(
    name="naver-result-korean-particles",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=dt("2024-09-12 17:20"),
    subject=f"[네이버] 게시중단 요청 처리 결과 안내 - {NV_SUBJ}",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 KCSC-240911-04 건의 처리 결과를 아래와 같이 안내드립니다.

■ {N[1]} 의 게시물은 운영정책 위반으로 삭제 처리되었습니다.
■ {N[2]} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치 되었습니다.
■ {N[3]}은 작성자가 이미 삭제하여 확인되지 않습니다.

나머지 게시물은 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre 게시중단 처리 결과 안내, bullets, a particle glued to a URL",
    why="삭제 (removed), 임시조치 (restricted), 작성자가 이미 삭제 (not_found); the rest unnamed and pending",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

nv_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240911-04 에 대한 검토 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>신고 URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[4]}">{N[4]}</a></td><td>블라인드 처리</td><td>청소년 유해</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5_RAW}</a></td><td>게시 유지</td><td>검토 결과 운영정책 위반 사항 없음</td></tr>
<tr><td>3</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>-</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/inquiry/rights.help">권리보호센터 문의하기</a>를 이용해 주세요.</p>
<p>네이버 권리보호센터</p>
</body></html>"""
case(
    name="naver-rights-html-table-b64",
    **{"from": "rights@navercorp.com"},
    name_from="네이버 권리보호센터",
    date=dt("2024-09-13 10:05"),
    subject=f"[네이버 권리보호센터] 검토 결과 안내 ({NV_SUBJ})",
    reply_to_req="req-240911-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(nv_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 result table (번호/URL/처리 결과/비고), base64 HTML, Korean path shown raw",
    why="블라인드 (removed), 게시 유지 with no violation (rejected), 삭제 (removed); help link not an item",
    items={N[4]: "removed", N5: "rejected", N[1]: "removed"},
)

case(
    name="naver-report-received",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버",
    date=dt("2024-09-11 14:03"),
    subject=f"[네이버] 신고가 접수되었습니다 (접수번호 2024091100318) - {NV_SUBJ}",
    reply_to_req="req-240911-04",
    body="""안녕하세요. 네이버입니다.

요청하신 신고가 정상적으로 접수되었습니다.
접수번호: 2024091100318

담당자 검토 후 처리 결과를 메일로 안내드리겠습니다.
본 메일은 발신 전용이므로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 신고 접수 완료 automatic receipt",
    why="접수 (receipt) only",
    items={},
)

case(
    name="naver-under-review-promise",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=dt("2024-09-12 10:30"),
    subject=f"RE: {NV_SUBJ}",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

문의하신 아래 게시물은 현재 담당 부서에서 검토 중이며,
검토가 완료되면 삭제 여부를 안내드리겠습니다.

- {N[2]}
- {N[3]}

양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER customer centre interim reply (검토 중, 추후 안내)",
    why="검토 중 and a promise to report later: two items named, nothing stated",
    items={N[2]: "pending", N[3]: "pending"},
)

case(
    name="naver-lookalike-gmail",
    **{"from": "naver.rights.center@gmail.com"},
    name_from="네이버 권리보호센터",
    date=dt("2024-09-12 21:15"),
    subject=f"RE: {NV_SUBJ} 처리 결과",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요.

{NV_SUBJ} 건 처리 결과입니다.

{N[1]} 삭제 완료
{N[4]} 삭제 완료

감사합니다.
""",
    outcome="review", review="unknown_sender",
    imitates="result mail sent from a free-mail address under NAVER's name",
    why="sender domain gmail.com is no platform's: unknown_sender",
    items={N[1]: "pending", N[4]: "pending"},
)

mdn = """Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_7a41c2"

--mdn_7a41c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 읽음 확인입니다.

받는 사람: hanul.jung@navercorp.com
제목: [KCSC-240911-04] 음란 게시물 삭제 요청
읽은 시간: 2024-09-12 오전 9:41

--mdn_7a41c2
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822;hanul.jung@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_7a41c2--
"""
case(
    name="naver-read-receipt",
    **{"from": "hanul.jung@navercorp.com"},
    name_from="정하늘",
    date=dt("2024-09-12 09:41"),
    subject=f"읽음: {NV_SUBJ}",
    reply_to_req="req-240911-04",
    raw_mime=mdn,
    outcome="ignored", classification="read_receipt",
    imitates="MDN (읽음 확인) from a NAVER staff mailbox",
    why="read receipt",
    items={},
)

case(
    name="naver-fullwidth-brackets",
    **{"from": "hanul.jung@navercorp.com"},
    name_from="정하늘",
    date=dt("2024-09-13 16:22"),
    subject=f"RE: {NV_SUBJ}",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요, 네이버 정책지원팀 정하늘입니다.

요청하신 게시물 중 아래 2건에 대해 조치를 완료하였습니다.

「{N5_RAW}」：게시중단 완료
「{N[4]}」：비공개 처리 완료

나머지 건은 확인되는 대로 회신드리겠습니다.

정하늘 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy staff reply with URLs in 「」 and full-width colons, raw Korean path",
    why="게시중단 and 비공개 처리 are both removed; the raw Korean path matches the percent-encoded item",
    items={N5: "removed", N[4]: "removed"},
)

nv_csv = (
    "\ufeffurl,처리결과\r\n"
    f"{N[2]},임시조치(30일)\r\n"
    f"{N[3]},삭제\r\n"
    f"{N[4]},해당 게시물 없음\r\n"
    f"{N5},검토중\r\n"
)
case(
    name="naver-reminder-csv-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=dt("2024-09-14 15:10"),
    subject="RE: [KCSC-240911-04] 1차 재요청: 5건 중 4건 미처리 / Reminder 1: 4 of 5 items still pending since 2024-09-13",
    extra_headers=reminder_headers("KCSC-240911-04", 1, "req-240911-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_NVR_0914_1510"

------=_NVR_0914_1510
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 고객센터입니다.

재요청 메일에 첨부해 주신 파일에 처리 결과를 기재하여 회신드립니다.

감사합니다.

------=_NVR_0914_1510
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-04-pending.csv"
Content-Disposition: attachment; filename="KCSC-240911-04-pending.csv"
Content-Transfer-Encoding: base64

{b64(nv_csv)}
------=_NVR_0914_1510--
""",
    outcome="applied", classification="confirmation",
    imitates="reminder CSV returned with a Korean result column (Excel UTF-8 with BOM)",
    why="임시조치 (restricted), 삭제 (removed), 해당 게시물 없음 (not_found), 검토중 (pending)",
    items={N[2]: "restricted", N[3]: "removed", N[4]: "not_found", N5: "pending"},
)

# ================================================================ Kakao
KK_SUBJ = "[KCSC-240912-05] 명예훼손 게시물 삭제 요청"

case(
    name="kakao-freshdesk-resolved",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=dt("2024-09-13 18:40"),
    subject=f"[#KK-20931] 문의하신 티켓이 해결됨으로 변경되었습니다 - {KK_SUBJ}",
    reply_to_req="req-240912-05",
    extra_headers=["X-Mailer: Freshdesk"],
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물에 대한 조치 결과를 안내드립니다.

1) 다음 카페 게시물 {K[1]} → 게시중단 조치 완료
2) 브런치 글 {K[2]} → 국내 접근 제한 조치

티켓이 해결되지 않았다고 생각되시면 이 메일에 회신해 주세요. 티켓이 다시 열립니다.

카카오 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Freshdesk 'ticket resolved' notice of a Korean portal, arrows between URL and outcome",
    why="게시중단 (removed), 국내 접근 제한 (restricted)",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-both-deleted-bulk",
    **{"from": "cs-noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=dt("2024-09-14 11:00"),
    subject=f"[#KK-20931] RE: {KK_SUBJ}",
    reply_to_req="req-240912-05",
    extra_headers=["X-Mailer: Freshdesk"],
    body="""안녕하세요, 카카오 고객센터입니다.

요청하신 게시물 2건 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Korean portal one-line completion notice (2건 모두 삭제)",
    why="'2건 모두' for a two-item request without naming either: bulk",
    items={},
)

case(
    name="kakao-outlook-mixed",
    **{"from": "minji.seo@kakaocorp.com"},
    name_from="서민지",
    date=dt("2024-09-16 14:05"),
    subject=f"RE: {KK_SUBJ}",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요, 카카오 정책운영팀 서민지입니다.

{K[2]} 글은 블라인드 처리되었습니다.
{K[1]} 게시물은 검토 결과 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시 유지됩니다.

감사합니다.
서민지 드림

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: "policy@kakaocorp.com"<policy@kakaocorp.com>;
Sent: 2024-09-12 (목) 11:00:00 (GMT+09:00)
Subject: {KK_SUBJ}

아래 게시물의 삭제를 요청합니다.
1. {K[1]}
2. {K[2]}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean Outlook-style reply over '-----Original Message-----' (our request)",
    why="블라인드 (removed); no violation, 게시 유지 (rejected)",
    items={K[2]: "removed", K[1]: "rejected"},
)

case(
    name="kakao-spoofed-dmarc-fail",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    auth="fail",
    date=dt("2024-09-13 23:50"),
    subject=f"RE: {KK_SUBJ}",
    reply_to_req="req-240912-05",
    body=f"""안녕하세요.

{K[1]} 게시물은 삭제 처리되었습니다.

카카오 고객센터
""",
    outcome="review", review="untrusted",
    imitates="Korean portal result mail failing DMARC",
    why="kakaocorp.com sender failing authentication",
    items={K[1]: "pending"},
)

# ================================================================ TikTok
TK_SUBJ = "[KCSC-240913-06] Illegal gambling video removal request"

case(
    name="tiktok-sole-removed",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=dt("2024-09-15 08:12"),
    subject=f"Re: {TK_SUBJ}",
    reply_to_req="req-240913-06",
    body="""Hi,

Thank you for your report (case ID 7-2KQ93LM). We reviewed the video you
reported and removed it for violating our Community Guidelines. The
account holder has been notified.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the video you reported')",
    why="one-item request, unhedged 'removed it' without URL",
    items={TT1: "removed"},
)

case(
    name="tiktok-mailbox-autoreply",
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date=dt("2024-09-13 10:01"),
    subject=f"Automatic reply: {TK_SUBJ}",
    reply_to_req="req-240913-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email. This is an automated response.

Requests from government agencies are handled through our online
portal. If you have already submitted your request there, no further
action is needed. This mailbox is checked periodically.

TikTok Legal
""",
    outcome="ignored", classification="auto_reply",
    imitates="TikTok legal mailbox automatic response pointing to the portal",
    why="auto-reply",
    items={},
)

case(
    name="tiktok-restricted-kr",
    **{"from": "legal-noreply@tiktok.com"},
    name_from="TikTok Legal",
    date=dt("2024-09-16 12:30"),
    subject=f"Re: {TK_SUBJ}",
    reply_to_req="req-240913-06",
    body=f"""Hi,

The video {TT1} has been restricted in South Korea in accordance with
local law. It remains available in other regions.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="restricted in Korea",
    items={TT1: "restricted"},
)


HEADER = """# blind914: blind set, focus on ticket systems and threads (see NOTES.md).
# Written from each email's meaning before any run of the reader.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind914", HEADER, CASES)
    print(len(CASES), "cases")
