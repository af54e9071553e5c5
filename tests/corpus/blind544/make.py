#!/usr/bin/env python3
"""Blind set 544: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat).

    python3 tests/corpus/blind544/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind544"
KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
IST = timezone(timedelta(hours=1))


def d(day, hh, mm, ss=0, tz=UTC):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


# ---------------------------------------------------------------- requests
X = "KCSC-240902-01"
YT = "KCSC-240903-02"
META = "KCSC-240904-03"
TT = "KCSC-240905-04"
RD = "KCSC-240906-05"
DC = "KCSC-240909-06"
TW = "KCSC-240910-07"

x1 = "https://x.com/lucky_slots_kr/status/1829011122233344501"
x2 = "https://x.com/lucky_slots_kr/status/1829013344455566602"
x3 = "https://x.com/bet_moon77/status/1829104455667788003"
x4 = "https://x.com/bet_moon77"
x5 = "https://x.com/jeju_pills_shop/status/1829205566778899004"
x6 = "https://x.com/jeju_pills_shop/status/1829207788990011005"
x7 = "https://twitter.com/hanriver_deals/status/1829308899001122006"
x8 = "https://x.com/toto_signal_9/status/1829400011223344007"
x9 = "https://x.com/toto_signal_9/status/1829401122334455008"
x10 = "https://x.com/neon_casino_vip/status/1829502233445566009"
x11 = "https://x.com/i/web/status/1829603344556677010"
x12 = "https://x.com/midnight_rx/status/1829704455667788011"
XS = [x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12]

y1 = "https://www.youtube.com/watch?v=Qm3fT9xKp2A"
y2 = "https://www.youtube.com/watch?v=Lr8vZ0cWn4E"
Y3_RAW = "https://www.youtube.com/@슬롯나이트"
y3 = "https://www.youtube.com/@" + quote("슬롯나이트")
y4 = "https://www.youtube.com/shorts/Hb5uN7jYt1C"
YS = [y1, y2, y3, y4]

m1 = "https://www.facebook.com/groups/quickloan.kr/posts/8812034455667701"
m2 = "https://www.facebook.com/profile.php?id=100089912345678"
m3 = "https://www.instagram.com/p/C9xQe2LsT4k/"
m4 = "https://www.instagram.com/reel/C9zWm8RnB1p/"
m5 = "https://www.instagram.com/pillmarket_seoul/"
MS = [m1, m2, m3, m4, m5]

t1 = "https://www.tiktok.com/@fast.cash.kr/video/7409112233445566771"
t2 = "https://www.tiktok.com/@fast.cash.kr/video/7409113344556677882"
t3 = "https://www.tiktok.com/@nightbet_korea"
TS = [t1, t2, t3]

r1 = "https://www.reddit.com/r/kbetting/comments/1f8xk2q/daily_picks_thread/"
r2 = "https://www.reddit.com/r/kbetting/comments/1f9abz7/new_site_no_id_needed/"
RS = [r1, r2]

d1 = "https://discord.gg/kT7bVxq2"
d2 = "https://discord.com/channels/1180223344556677889/1180223344556677999"
DS = [d1, d2]

w1 = "https://www.twitch.tv/videos/2245566778"
WS = [w1]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (X, "x", "2024-09-02T14:03:00+09:00", "2024-09-09T23:59:59+09:00", XS,
     "illegal gambling", 'gambling promotion accounts, batch 1 (incl. the so-called "VIP" tipster)'),
    (YT, "youtube", "2024-09-03T11:20:00+09:00", "2024-09-10T23:59:59+09:00", YS,
     "illegal gambling", "slot streaming videos, one channel"),
    (META, "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", MS,
     "illegal lending", "Facebook group post, profile, Instagram posts and account"),
    (TT, "tiktok", "2024-09-05T15:10:00+09:00", "2024-09-12T23:59:59+09:00", TS,
     "illegal lending", "loan adverts, two videos and one account"),
    (RD, "reddit", "2024-09-06T10:05:00+09:00", "2024-09-13T23:59:59+09:00", RS,
     "illegal gambling", "betting site promotion threads"),
    (DC, "discord", "2024-09-09T16:30:00+09:00", "2024-09-16T23:59:59+09:00", DS,
     "drug trade", "server invite, and a channel of the same server"),
    (TW, "twitch", "2024-09-10T13:00:00+09:00", "2024-09-17T23:59:59+09:00", WS,
     "illegal gambling", "one VOD"),
]

REQ_SENT_HUMAN = {
    X: "Mon, Sep 2, 2024 at 2:03 PM",
    YT: "Tue, Sep 3, 2024 at 11:20 AM",
    META: "Wed, Sep 4, 2024 at 9:40 AM",
    TT: "Thu, Sep 5, 2024 at 3:10 PM",
    RD: "Fri, Sep 6, 2024 at 10:05 AM",
    DC: "Mon, Sep 9, 2024 at 4:30 PM",
    TW: "Tue, Sep 10, 2024 at 1:00 PM",
}


def mid(ref):
    return "req." + ref


def request_text(ref, platform_name, urls):
    lines = [
        f"Dear {platform_name},",
        "",
        "The Korea Communications Standards Commission (KCSC) asks you to remove",
        "or restrict the following content, which violates the laws of the",
        f"Republic of Korea. Our reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


def gmail_quote(ref, platform_name, urls):
    out = [f"On {REQ_SENT_HUMAN[ref]} KCSC Takedown <takedown@kcsc.example> wrote:"]
    for ln in request_text(ref, platform_name, urls):
        out.append("> " + ln if ln else ">")
    return "\n".join(out)


def outlook_quote(ref, platform_name, urls, to_addr, sent):
    out = ["-----Original Message-----",
           "From: KCSC Takedown <takedown@kcsc.example>",
           f"Sent: {sent}",
           f"To: {to_addr}",
           f"Subject: {ref} Request to remove content",
           ""]
    out += request_text(ref, platform_name, urls)
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================== X (12)
case(
    name="x-legal-outcome-mixed-list",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (withheld in country / removed / suspended / no action), top-posted over a Gmail-quoted request",
    why="five URLs each with its own action; the rest 'still being reviewed' are not named; the quoted request is not a statement",
    date=d(4, 23, 41, 7, PDT), frm="legal-noreply@x.com", name_from="X Corp. Legal",
    subject=f"Re: [Case #0312456789] {X} Request to remove content",
    reply_to_req=mid(X),
    items={x1: "restricted", x2: "restricted", x3: "removed", x4: "removed", x5: "rejected"},
    body=f"""Hello,

Thank you for your patience. We have completed our review of part of your
request {X} and have taken the following actions:

* {x1} - withheld in South Korea
* {x2} - withheld in South Korea
* {x3} - removed for violating the X Rules on illegal or certain regulated goods and services
* {x4} - account permanently suspended
* {x5} - no action taken; after careful review we did not find that this post violates the X Rules or the Korean law cited in your notice

The remaining URLs from your request are still with our team and we will
update you separately.

Please note that content withheld in a country stays visible to people
outside that country. You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal

{gmail_quote(X, "X Corp.", XS)}
""")

case(
    name="x-country-withheld-notice",
    outcome="applied", classification="confirmation",
    imitates="X 'country withheld content' notice to a government requester, URLs on the lines below the statement",
    why="both URLs follow 'has withheld the following content in the Republic of Korea'",
    date=d(5, 2, 15, 30), frm="legal@x.com", name_from="X Legal",
    subject=f"{X}: Country withheld content notification",
    items={x6: "restricted", x7: "restricted"},
    body=f"""Dear Korea Communications Standards Commission,

We are writing in response to your request referenced {X}.

In accordance with applicable local law, X has withheld the following
content in the Republic of Korea. It can no longer be viewed from Korea:

{x6}

{x7}

The account holders have been notified of this action as described in our
Help Center. If you have questions, reply to this email and keep the
reference in the subject line.

Sincerely,
Legal Policy
X Corp.
""")

case(
    name="x-not-found-and-removed",
    outcome="applied", classification="confirmation",
    imitates="short X Legal Operations follow-up from a named agent",
    why="'unable to locate' is a plain not-found statement (the 'may have been deleted' only guesses why); the second post 'has been removed'",
    date=d(6, 1, 5, 44), frm="legalops@x.com", name_from="Dana via X Legal",
    subject=f"Re: {X} Request to remove content",
    reply_to_req=mid(X),
    items={x11: "not_found", x12: "removed"},
    body=f"""Hi,

An update on {X}.

We were unable to locate the post at {x11}.
It may have been deleted by the account holder before our review, so there
is nothing further for us to action on that one.

The post at {x12} has been removed for violating our rules on
illegal or certain regulated goods or services.

Best,
Dana
X Legal Operations
""")

case(
    name="x-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="X one-line closing email for a multi-URL legal request",
    why="'actioned all of the reported posts and accounts' names no URL, and the request has twelve items",
    date=d(9, 3, 12, 0), frm="legal@x.com", name_from="X Legal",
    subject=f"Re: {X} Request to remove content [Case #0312456789]",
    reply_to_req=mid(X),
    items={},
    body=f"""Hello,

We have completed our review of your request {X} and have actioned all
of the reported posts and accounts in line with the X Rules and local law.

This case is now closed.

X Legal
""")

case(
    name="x-promise-will-withhold",
    outcome="review", review="not_understood",
    imitates="X escalation email: content passed to legal, conditional promise to withhold",
    why="'if we find the content unlawful we will withhold it' is a condition and a promise, not a statement; both URLs stay pending",
    date=d(4, 8, 30, 0), frm="legal@x.com", name_from="X Legal",
    subject=f"Re: {X} Request to remove content",
    reply_to_req=mid(X),
    items={x8: "pending", x9: "pending"},
    body=f"""Hello,

Thanks for your notice {X}. The posts at

{x8}
{x9}

have been escalated to our legal team for a local-law assessment. If we find
the content to be unlawful in Korea we will withhold it in the country and
let you know. We expect to get back to you within five business days.

Kind regards,
X Legal
""")

case(
    name="x-forged-legal",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="spoofed 'X Legal' confirmation failing DMARC",
    why="From legal@x.com but DKIM/SPF/DMARC fail: the removals cannot be trusted",
    date=d(5, 11, 2, 9), frm="legal@x.com", name_from="X Legal Department",
    subject=f"RE: {X} - removal completed",
    items={x1: "pending", x2: "pending", x3: "pending"},
    body=f"""Dear Sir/Madam,

We have removed the following posts as requested in {X}:

- {x1}
- {x2}
- {x3}

To download the formal compliance certificate please sign in to the legal
portal within 48 hours.

X Legal Department
""")

case(
    name="x-auto-ack-ticket",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal-request web form automatic receipt with case number",
    why="automatic 'we received your report, case number …' with no statement about any item",
    date=d(2, 5, 4, 2), frm="noreply@x.com", name_from="X Support",
    subject=f"We received your request - {X} [Case #0312456789]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""Hello,

We've received your legal request ({X}). Your case number is 0312456789.

We review requests in the order in which they are received. Please keep
this case number in the subject line of any further correspondence about
this request. You don't need to reply to this email.

Thanks,
X Support
""")

X_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please see below the outcome of our review of request <b>{X}</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f2f2"><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td><a href="{x8}">{x8}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{x9}">{x9}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{x10}">{x10}</a></td><td>No action &ndash; no violation of the X Rules or local law found</td><td>&ndash;</td></tr>
</table>
<p>If you disagree with a decision, you can reply to this email with additional legal context.</p>
<p>Regards,<br>X Legal</p>
</body></html>
"""

case(
    name="x-html-table-outcome",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome as an HTML table (quoted-printable, HTML only)",
    why="one row per URL: Withheld/South Korea, Removed/Global, No action",
    date=d(6, 4, 48, 13), frm="legal@x.com", name_from="X Legal",
    subject=f"Re: {X} Request to remove content - outcome",
    reply_to_req=mid(X),
    items={x8: "restricted", x9: "removed", x10: "rejected"},
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(X_TABLE_HTML),
)

case(
    name="x-structured-action-notice",
    outcome="applied", classification="confirmation",
    imitates="X structured per-item legal notice (Content / Action / Basis blocks)",
    why="each block names one URL and its action: withheld in KR, account suspended globally",
    date=d(7, 0, 20, 0), frm="legal@x.com", name_from="X Legal",
    subject=f"Action taken on your legal demand {X}",
    items={x10: "restricted", x4: "removed"},
    body=f"""Reference: {X}
Notice type: Legal demand - Republic of Korea

Content: {x10}
Action: Withheld in: KR
Basis: Local law (Act on Promotion of Information and Communications
Network Utilization and Information Protection)

Content: {x4}
Action: Account permanently suspended (global); the profile and its posts
are no longer available on X.
Basis: X Rules - Illegal or certain regulated goods or services

This notice was sent from an address that cannot receive replies about
other matters. Policy background: https://help.x.com/en/rules-and-policies/x-rules
""")

X_MDN = f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-7f3a"

--mdn-7f3a
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@x.com at 9/2/2024 2:03 PM
(GMT+09:00).

This receipt verifies that the message has been displayed on the
recipient's computer at 9/3/2024 9:12 AM.

--mdn-7f3a
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid(X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3a--
"""

case(
    name="x-mdn-read",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, multipart/report disposition-notification)",
    why="a read receipt says nothing about the items",
    date=d(3, 0, 12, 40), frm="legal@x.com", name_from="X Legal",
    subject=f"Read: {X} Request to remove content",
    raw_mime=X_MDN,
)

case(
    name="x-ack-over-quote",
    outcome="ignored", classification="acknowledgement",
    imitates="human 'thanks, passed to the right team' reply over a Gmail-quoted request",
    why="pure acknowledgement; the URLs appear only in the quoted request below 'On … wrote:'",
    date=d(2, 9, 58, 0), frm="mreid@x.com", name_from="Morgan Reid",
    subject=f"Re: {X} Request to remove content",
    reply_to_req=mid(X),
    body=f"""Hi,

Thank you for your message. We have received it and passed it on to the
appropriate team.

Regards,
Morgan
Global Government Affairs, X

{gmail_quote(X, "X Corp.", XS)}
""")

case(
    name="x-outlook-top-post",
    outcome="applied", classification="confirmation",
    imitates="X policy staffer's Outlook reply over an '-----Original Message-----' block",
    why="three URLs stated above the Outlook quote: two withheld in South Korea, one already removed for a rules violation",
    date=d(10, 2, 7, 0), frm="jreyes@x.com", name_from="Jordan Reyes",
    subject=f"RE: {X} Request to remove content",
    reply_to_req=mid(X),
    items={x5: "restricted", x6: "restricted", x12: "removed"},
    body=f"""Hi KCSC team,

Quick update on your list: {x5} and
{x6} are now withheld in South Korea.
{x12} had already been removed for a
rules violation before your request reached us.

Thanks,
Jordan
Legal Policy, X Corp.

{outlook_quote(X, "X Corp.", XS, "legal@x.com", "Monday, September 2, 2024 2:03 PM")}
""")

# ============================================================ YouTube (7)
case(
    name="yt-legal-removal-decision",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decision email (removed for Community Guidelines / blocked from view in country)",
    why="first list removed globally, second list blocked from view in South Korea; the help link is not an item",
    date=d(5, 6, 33, 12), frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    subject=f"Re: {YT} [3-2187000012345]",
    reply_to_req=mid(YT),
    items={y1: "removed", y2: "restricted"},
    body=f"""Hello,

Thanks for reaching out to us.

Following our review, we have removed the following content from YouTube for
violating our Community Guidelines:

- {y1}

In addition, after reviewing the content in light of local law, we have
blocked the following video from view in South Korea:

- {y2}

For more information about our policies, please see
https://support.google.com/youtube/answer/2801939 .

Regards,
The YouTube Legal Team
""")

case(
    name="yt-actioned-under-policies",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' template plus a no-violation decision; raw Korean channel handle",
    why="the Short is actioned (config phrase, removed); the channel (raw Korean handle) stays up after review",
    date=d(6, 3, 2, 51), frm="legal-kr@google.com", name_from="YouTube Legal Support",
    subject=f"Re: {YT} Request to remove content",
    reply_to_req=mid(YT),
    items={y4: "removed", y3: "rejected"},
    body=f"""Hello,

Thank you for your notice {YT}.

The content at {y4} has been actioned under our policies.

We also reviewed the channel {Y3_RAW} and did not find it
in violation of our Community Guidelines, nor unlawful under the Korean
provisions cited in your notice. We have therefore not taken action on it
at this time.

Sincerely,
YouTube Legal Support
""")

case(
    name="yt-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome ('does not violate … but we have age-restricted it')",
    why="no removal, but an age restriction was applied: restricted",
    date=d(9, 7, 45, 0), frm="youtube-legal-noreply@google.com", name_from="YouTube Legal Support",
    subject=f"Re: {YT} [3-2187000012345]",
    reply_to_req=mid(YT),
    items={y2: "restricted"},
    body=f"""Hi there,

Regarding your request {YT}: we have reviewed the video
{y2}
It does not violate our Community Guidelines, but we have applied an age
restriction to it. It is no longer visible to viewers who are signed out,
under 18, or have Restricted Mode turned on.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

The YouTube Team
""")

case(
    name="yt-hedge-may-be-removed",
    outcome="review", review="not_understood",
    imitates="YouTube 'with our policy specialists' holding reply",
    why="'may be removed or restricted once the review is complete' is a hedge and a promise: both videos stay pending",
    date=d(4, 1, 15, 0), frm="legal-kr@google.com", name_from="YouTube Legal Support",
    subject=f"Re: {YT} Request to remove content",
    reply_to_req=mid(YT),
    items={y1: "pending", y4: "pending"},
    body=f"""Hello,

Regarding {YT}: the videos {y1} and
{y4} are currently with our policy specialists.
They may be removed, or restricted in Korea, once the review is complete.
We will follow up with you as soon as we have an outcome.

Best regards,
YouTube Legal Support
""")

case(
    name="yt-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace out-of-office auto-reply from a Google legal staffer",
    why="out-of-office auto-reply",
    date=d(3, 2, 21, 5), frm="minjipark@google.com", name_from="Min-ji Park",
    subject=f"Automatic reply: {YT} Request to remove content",
    reply_to_req=mid(YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Thank you for your email.

I am out of the office until Monday, 16 September, with limited access to
email. For urgent legal requests concerning YouTube, please write to
legal-kr@google.com and a colleague will assist you.

Best regards,
Min-ji
""")

YT_DSN = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="00000000000061c4a20621a7dd01"

--00000000000061c4a20621a7dd01
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to yt-legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--00000000000061c4a20621a7dd01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: {d(3, 2, 20, 11)}

Final-Recipient: rfc822; yt-legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--00000000000061c4a20621a7dd01
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: yt-legal-kr@google.com
Subject: {YT} Request to remove content
Date: {d(3, 11, 20, 0, KST)}
Message-ID: <{mid(YT)}@kcsc.example>

--00000000000061c4a20621a7dd01--
"""

case(
    name="yt-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce of our own request",
    date=d(3, 2, 20, 14), frm="mailer-daemon@googlemail.com", name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    reply_to_req=mid(YT),
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=YT_DSN,
)

YT_B64_TEXT = f"""Hello,

Thank you for your request {YT}.

After review, we terminated the channel {Y3_RAW} for
repeated violations of our spam, deceptive practices and scams policies.

The video {y2} could not be found: the URL does not lead
to an existing video on YouTube.

Regards,
YouTube Trust & Safety
"""

case(
    name="yt-base64-body",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety reply sent with a base64 body (channel terminated, video not found)",
    why="channel terminated = removed; 'could not be found, does not lead to an existing video' = not_found",
    date=d(11, 5, 9, 30), frm="yt-trust-safety@youtube.com", name_from="YouTube Trust & Safety",
    subject=f"Re: {YT} Request to remove content",
    reply_to_req=mid(YT),
    items={y3: "removed", y2: "not_found"},
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(YT_B64_TEXT),
)

# =============================================================== Meta (7)
case(
    name="meta-local-law-numbered",
    outcome="applied", classification="confirmation",
    imitates="Meta government-takedown response (Community Standards review, then local-law restriction), numbered list",
    why="items 1 and 2 restricted in South Korea, item 3 removed; 'not listed remain under review' names nothing",
    date=d(6, 9, 10, 0, IST), frm="noreply@support.facebook.com", name_from="Meta Content Regulation",
    subject=f"Your report {META}: outcome",
    reply_to_req=mid(META),
    items={m1: "restricted", m3: "restricted", m4: "removed"},
    body=f"""Hello,

We're writing about your report {META}.

We reviewed the content you reported against our Community Standards and,
where it did not go against them, against applicable local law. The outcome
for each item is:

1. {m1}
   Restricted: access to this content has been restricted in South Korea
   based on local law.
2. {m3}
   Restricted: this post is no longer available to people in South Korea.
3. {m4}
   Removed for going against our Community Standards on restricted goods
   and services.

Items from your report not listed above remain under review.

Thanks,
Meta Content Regulation Team
""")

META_CSV = f"""reported_url,decision,scope,notes
{m1},Removed,Global,Community Standards - Fraud and deception
{m2},Restricted,KR,Local law
{m3},Not found,,Content no longer available at time of review
{m4},No action,,Does not go against Community Standards or local law
{m5},Removed,Global,Account disabled
"""

META_CSV_MIME = f"""Content-Type: multipart/mixed; boundary="b1_meta_8c21"

--b1_meta_8c21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for request {META}
(5 items reviewed).

Regards,
Meta Legal Operations

--b1_meta_8c21
Content-Type: text/csv; charset=utf-8; name="{META}_outcome.csv"
Content-Disposition: attachment; filename="{META}_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--b1_meta_8c21--
"""

case(
    name="meta-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta legal operations reply with a per-item CSV outcome attachment (base64)",
    why="one CSV row per URL: Removed, Restricted KR, Not found, No action, Removed (account disabled)",
    date=d(10, 14, 2, 0, IST), frm="legal-ops@meta.com", name_from="Meta Legal Operations",
    subject=f"Re: {META} Request to remove content",
    reply_to_req=mid(META),
    items={m1: "removed", m2: "restricted", m3: "not_found", m4: "rejected", m5: "removed"},
    raw_mime=META_CSV_MIME,
)

case(
    name="meta-bulk-one-line",
    outcome="review", review="bulk",
    imitates="Facebook Support Inbox style 'we removed it' report update",
    why="'the content you reported … removed it' covers a five-item request without naming any item",
    date=d(5, 16, 40, 0, IST), frm="notification@facebookmail.com", name_from="Facebook",
    subject=f"Update on your report {META}",
    reply_to_req=mid(META),
    items={},
    body=f"""Hi,

Thanks for your report ({META}). We reviewed the content you reported and
removed it because it goes against our Community Standards.

We've also let the people who shared it know. Reports like yours help keep
our community safe.

Facebook Support Team
""")

case(
    name="meta-ig-could-not-find",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome: 'we couldn't find' plus 'doesn't go against our Community Standards'",
    why="account no longer exists = not_found; profile reviewed and left up = rejected",
    date=d(7, 10, 25, 0, IST), frm="no-reply@mail.instagram.com", name_from="Instagram",
    subject=f"We looked into your report {META}",
    reply_to_req=mid(META),
    items={m5: "not_found", m2: "rejected"},
    body=f"""Hi,

We looked into the links you sent in {META}.

We couldn't find {m5} - this account doesn't exist on
Instagram anymore.

We reviewed {m2} and found that it doesn't go against
our Community Standards, so we didn't take it down.

Learn more about how we review reports: https://help.instagram.com/477434105621119

Instagram
""")

case(
    name="meta-unknown-sender-author",
    outcome="review", review="unknown_sender",
    imitates="page owner writing from a webmail address after a Facebook notice",
    why="sender is not any platform's domain; the group admin's own word is no platform statement",
    date=d(8, 2, 40, 0), frm="quickloan.kr.admin@hanmail.net", name_from="Quick Loan Korea",
    subject=f"Re: {META} deleted",
    items={m1: "pending"},
    body=f"""Hello,

I got a notice from Facebook about my post
{m1}
I have deleted it myself. Please close complaint {META}.

Thank you
""")

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook plain-text 'Read:' receipt",
    why="read receipt only",
    date=d(4, 3, 2, 0), frm="content-requests@meta.com", name_from="Meta Content Requests",
    subject=f"Read: {META} Request to remove content",
    reply_to_req=mid(META),
    body=f"""Your message

  To: content-requests@meta.com
  Subject: {META} Request to remove content
  Sent: Wednesday, September 4, 2024 9:40:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 4:02:00 AM (UTC+01:00) Dublin.
""")

META_SOR_TEXT = f"""Statement of reasons

Your reference: {META}
Decision ID: SOR-IG-20240917-55821

Content: {m4}
Decision: Restriction of access. The content has been made unavailable in
South Korea. It remains visible in other countries.
Ground: Illegal content - notice from a government authority (local law of
the Republic of Korea)
Automated detection: No
Automated decision: No

How to appeal: https://help.instagram.com/280497409853271

Meta Platforms Ireland Limited
"""

META_SOR_HTML = f"""<html><body>
<h3>Statement of reasons</h3>
<p>Your reference: {META}<br>Decision ID: SOR-IG-20240917-55821</p>
<p><b>Content:</b> <a href="{m4}">{m4}</a><br>
<b>Decision:</b> Restriction of access. The content has been made unavailable in South Korea. It remains visible in other countries.<br>
<b>Ground:</b> Illegal content &ndash; notice from a government authority (local law of the Republic of Korea)<br>
<b>Automated detection:</b> No<br><b>Automated decision:</b> No</p>
<p>How to appeal: <a href="https://help.instagram.com/280497409853271">Instagram Help Center</a></p>
<p>Meta Platforms Ireland Limited</p>
</body></html>
"""

case(
    name="meta-dsa-sor-restricted",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons from Instagram (multipart/alternative text + HTML)",
    why="'made unavailable in South Korea … remains visible in other countries' = restricted, not removed",
    date=d(17, 8, 0, 0, IST), frm="statements@instagram.com", name_from="Instagram",
    subject=f"Statement of reasons - {META}",
    reply_to_req=mid(META),
    items={m4: "restricted"},
    raw_mime="Content-Type: multipart/alternative; boundary=\"sor-alt-31\"\n\n"
    "--sor-alt-31\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(META_SOR_TEXT)
    + "\n--sor-alt-31\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(META_SOR_HTML)
    + "\n--sor-alt-31--\n",
)

# ============================================================= TikTok (7)
case(
    name="tiktok-report-outcome",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'Thanks for your report' outcome notice (video removed, account banned)",
    why="video removed and account banned, each named",
    date=d(6, 8, 12, 0), frm="no-reply@tiktok.com", name_from="TikTok",
    subject=f"Update on your report {TT}",
    reply_to_req=mid(TT),
    items={t1: "removed", t3: "removed"},
    body=f"""Thanks for your report

We reviewed {t1} and removed it for violating our
Community Guidelines. We also banned the account {t3}.

Your report helps keep TikTok a safe place. You can check the status of
your reports at any time in the Safety Center.

TikTok Trust & Safety
""")

case(
    name="tiktok-not-violating",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found, the video will stay up' report result",
    why="a reasoned refusal about one named video: rejected; the legal-report link is not an item",
    date=d(7, 5, 55, 0), frm="no-reply@tiktok.com", name_from="TikTok",
    subject=f"Your report {TT}: result",
    reply_to_req=mid(TT),
    items={t2: "rejected"},
    body=f"""Hi,

We reviewed the video you reported
({t2}) and found that it
doesn't violate our Community Guidelines. The video will stay up.

If you believe this content is illegal in your country, you can submit a
legal report at https://www.tiktok.com/legal/report/feedback .

TikTok
""")

case(
    name="tiktok-bare-url-status-lines",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach result listing each URL with a 'Status:' line below",
    why="two videos 'Restricted in the Republic of Korea', the account 'not found'",
    date=d(10, 4, 30, 0), frm="lert@tiktok.com", name_from="TikTok Law Enforcement Response",
    subject=f"Re: {TT} Request to remove content",
    reply_to_req=mid(TT),
    items={t1: "restricted", t2: "restricted", t3: "not_found"},
    body=f"""Dear KCSC,

Following our legal review of your request {TT}, please find the results
below.

{t1}
Status: Restricted in the Republic of Korea

{t2}
Status: Restricted in the Republic of Korea

{t3}
Status: Not found - no account with this username exists

Kind regards,
TikTok Law Enforcement Response Team
""")

case(
    name="tiktok-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from TikTok support",
    why="automatic receipt: ticket opened, nothing said about any item",
    date=d(5, 6, 11, 0), frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    subject=f"[Request received] {TT} Request to remove content",
    reply_to_req=mid(TT),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (#4451234) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

This email is a service from TikTok Legal Support.
""")

case(
    name="tiktok-ack-plus-statement",
    outcome="applied", classification="confirmation",
    imitates="TikTok agent reply that opens with the receipt wording and then states the outcome",
    why="acknowledgement phrase followed by an unhedged statement (account permanently banned, no longer accessible)",
    date=d(8, 9, 3, 0), frm="legal-support@tiktok.com", name_from="TikTok Legal Support",
    subject=f"Re: [#4451234] {TT} Request to remove content",
    reply_to_req=mid(TT),
    items={t3: "removed"},
    body=f"""Hello,

Thank you for contacting TikTok. We have received your request {TT}
(ticket #4451234).

Our team has reviewed it: the account {t3} has been
permanently banned and is no longer accessible on TikTok.

Best regards,
Alex
TikTok Legal Support
""")

case(
    name="tiktok-dsa-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from TikTok (decision, territorial scope, ground, automation, redress)",
    why="'Decision: Video removed', 'Territorial scope: Worldwide' for the named video",
    date=d(12, 3, 44, 0), frm="statements@tiktok.com", name_from="TikTok",
    subject=f"Statement of reasons for content moderation decision ({TT})",
    reply_to_req=mid(TT),
    items={t2: "removed"},
    body=f"""Statement of reasons - content moderation decision

Your reference: {TT}
Decision: Video removed
Content affected: {t2}
Territorial scope: Worldwide
Ground for decision: Incompatible with our Community Guidelines (Regulated
goods and commercial activities - gambling and loans)
Facts and circumstances: The video promotes an unlicensed lending service
and was reported by a government authority.
Automated means used for detection: No
Automated means used for decision: No

Redress: the uploader may appeal in the app; further information at
https://www.tiktok.com/legal/page/global/appeals/en

TikTok Technology Limited
""")

case(
    name="tiktok-bilingual-kr-particles",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual reply (English, then a Korean summary with particles and full-width punctuation after the URLs)",
    why="both languages say the same: video removed, account restricted in Korea",
    date=d(11, 7, 20, 0), frm="kr-policy@tiktok.com", name_from="TikTok Korea Policy",
    subject=f"Re: {TT} 삭제 요청 결과 / Result of your request",
    reply_to_req=mid(TT),
    items={t1: "removed", t3: "restricted"},
    body=f"""Dear KCSC,

Results of your request {TT}:
- {t1} : removed (Community Guidelines violation)
- {t3} : access restricted in Korea (local law)

안녕하세요, 틱톡 정책팀입니다.
요청하신 {TT} 건의 처리 결과를 안내드립니다.
{t1} 영상은 삭제되었습니다。
{t3} 계정은 대한민국 내 접근이 제한되었습니다．

감사합니다.
TikTok Korea Policy
""")

# ============================================================= Reddit (4)
case(
    name="reddit-admin-removed-angle-urls",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removal response with URLs in angle brackets",
    why="first URL removed in response to the notice; second 'unable to locate … does not lead to a post'",
    date=d(7, 18, 2, 0, PDT), frm="legal-noreply@reddit.com", name_from="Reddit Legal",
    subject=f"Re: {RD} Request to remove content",
    reply_to_req=mid(RD),
    items={r1: "removed", r2: "not_found"},
    body=f"""Hello,

Reddit has reviewed your request {RD}.

We removed the following post in response to your notice:
<{r1}>

We were unable to locate the following URL; it does not lead to a post on
Reddit:
<{r2}>

Regards,
Reddit Legal Operations
""")

case(
    name="reddit-still-reviewing",
    outcome="review", review="not_understood",
    imitates="Reddit 'our team is still reviewing' holding reply",
    why="still under review, promise to follow up: pending",
    date=d(9, 20, 15, 0, PDT), frm="legal-noreply@reddit.com", name_from="Reddit Legal",
    subject=f"Re: {RD} Request to remove content",
    reply_to_req=mid(RD),
    items={r2: "pending"},
    body=f"""Hi,

Thanks for your patience. Our team is still reviewing
<{r2}>
under applicable law and the Reddit Content Policy. We will follow up once
a decision has been made.

Reddit Legal Operations
""")

R2_A, R2_B = r2.split("comments/")
case(
    name="reddit-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply whose long URL is wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped URL is the removed thread; the other thread stays up as it breaks no rule",
    date=d(12, 21, 30, 0, PDT), frm="admin-replies@reddit.com", name_from="Reddit Admins",
    subject=f"Re: {RD} Request to remove content",
    reply_to_req=mid(RD),
    items={r2: "removed", r1: "rejected"},
    body=f"""Hello,

Following up on {RD}. The post at <{R2_A}comments/
{R2_B}> has been removed by Reddit admins for
violating our Content Policy.

We are leaving <{r1}> up: it is a
discussion thread and does not violate the Content Policy or the law cited.

- Reddit Admins
""")

case(
    name="reddit-appears-author-deleted",
    outcome="review", review="not_understood",
    imitates="Reddit reply that only guesses the post's fate ('appears to have already been deleted by its author')",
    why="'appears to' is a hedge: no statement, the item stays pending",
    date=d(8, 22, 0, 0, PDT), frm="legal-noreply@reddit.com", name_from="Reddit Legal",
    subject=f"Re: {RD} Request to remove content",
    reply_to_req=mid(RD),
    items={r1: "pending"},
    body=f"""Hello,

Regarding {RD}: the post {r1}
appears to have already been deleted by its author, so we have not taken
any further steps for now. Please let us know if you still see it.

Reddit Legal Operations
""")

# ============================================================ Discord (4)
DC_TEXT = f"""Hi there,

Thanks for reaching out to Discord Trust & Safety about {DC}.

We investigated your report and took action. The server reached through {d1} has been removed from Discord, and its invite no longer works. The channel {d2} was part of the same server and has been deleted along with it.

We appreciate you helping keep Discord safe.

Discord Trust & Safety
"""

case(
    name="discord-tns-action-qp",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email (quoted-printable, long lines soft-wrapped)",
    why="server behind the invite removed, channel deleted with it",
    date=d(11, 19, 40, 0, PDT), frm="noreply@discord.com", name_from="Discord Trust & Safety",
    subject=f"Re: {DC} Request to remove content",
    reply_to_req=mid(DC),
    items={d1: "removed", d2: "removed"},
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(DC_TEXT),
)

case(
    name="discord-asks-more",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety asking for message links / IDs before acting",
    why="asks for message links and IDs; no action stated",
    date=d(10, 22, 5, 0, PDT), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject=f"Re: {DC} Request to remove content",
    reply_to_req=mid(DC),
    items={d1: "pending"},
    body=f"""Hello,

Thank you for your report {DC}. To investigate {d1}
we need message links (right-click a message and choose "Copy Message
Link") or the server ID and the message IDs of the content concerned. An
invite link on its own is not enough for us to identify the content.

Please reply to this email with that information and we will continue our
review.

Discord Trust & Safety
""")

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord reply that the invite is invalid or expired",
    why="'invite … is invalid or has expired, so we cannot identify the server' = not_found; the channel link is not named",
    date=d(12, 17, 0, 0, PDT), frm="safety@discord.com", name_from="Discord Trust & Safety",
    subject=f"Re: {DC} Request to remove content",
    reply_to_req=mid(DC),
    items={d1: "not_found"},
    body=f"""Hi,

The invite link {d1} you provided is invalid or has
expired, so we were unable to identify the server it pointed to.

We are continuing to look into the other link in your report.

Discord Trust & Safety
""")

case(
    name="discord-noreply-auto",
    outcome="ignored", classification="auto_reply",
    imitates="Discord 'this mailbox is not monitored' automatic reply",
    why="auto-reply pointing to the web form; nothing about the items",
    date=d(9, 7, 31, 0), frm="noreply@discord.com", name_from="Discord",
    subject=f"Re: {DC} Request to remove content",
    reply_to_req=mid(DC),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Hello!

This mailbox is not monitored and replies are not read. To report content
to Trust & Safety, please use our web form at https://dis.gd/request .

Government and law enforcement requests can be submitted through
https://discord.com/safety/government-requests .

- Discord
""")

# ============================================================= Twitch (2)
case(
    name="twitch-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="Twitch Legal short reply ('the VOD you reported has been removed') without repeating the URL",
    why="one-item request; the only statement ('the VOD you reported has been removed') needs no URL",
    date=d(12, 16, 10, 0, PDT), frm="legal@twitch.tv", name_from="Twitch Legal",
    subject=f"Re: {TW} Request to remove content",
    reply_to_req=mid(TW),
    items={w1: "removed"},
    body=f"""Hello,

Regarding your request {TW}: the VOD you reported has been removed from
Twitch for violating our Community Guidelines, and the channel owner has
been notified.

Twitch Legal
""")

case(
    name="twitch-no-violation-outlook",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety reply refusing removal, over an Outlook '-----Original Message-----' quote",
    why="named VOD reviewed, no violation, stays available: rejected; the quoted request below is not a statement",
    date=d(13, 18, 45, 0, PDT), frm="safety@twitch.tv", name_from="Twitch Safety Operations",
    subject=f"RE: {TW} Request to remove content",
    reply_to_req=mid(TW),
    items={w1: "rejected"},
    body=f"""Hello KCSC,

We reviewed {w1} and did not find a violation of our
Community Guidelines or Terms of Service. Twitch will not remove the VOD and
it remains available.

Regards,
Twitch Safety Operations

{outlook_quote(TW, "Twitch", WS, "legal@twitch.tv", "Tuesday, September 10, 2024 1:00 PM")}
""")

# ========================================================== Snapchat (2)
case(
    name="snap-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="Snapchat support template reply to a request that was sent to the wrong platform",
    why="Snap states removals of TikTok URLs: not its items",
    date=d(9, 20, 0, 0, PDT), frm="support@snapchat.com", name_from="Team Snapchat",
    subject=f"Re: {TT} Request to remove content",
    items={t1: "pending", t2: "pending"},
    body=f"""Hi there,

Thanks for your report ({TT}). We've reviewed the links below and removed
the reported content:

- {t1}
- {t2}

Thanks for helping keep the Snapchat community safe!

Team Snapchat
""")

case(
    name="snap-no-claims-portal",
    outcome="review", review="no_claims",
    imitates="Snapchat support reply pointing government requesters to its portal",
    why="trusted Snap email naming no item and no request",
    date=d(13, 21, 5, 0, PDT), frm="support@snapchat.com", name_from="Team Snapchat",
    subject="Re: Content removal request",
    body="""Hi,

Thanks for contacting Snapchat Support.

Requests from government authorities are handled by a separate team. Please
submit your request through our Law Enforcement Service Portal so it can be
routed correctly:
https://help.snapchat.com/hc/en-us/articles/7012345678901

Team Snapchat
""")


# ================================================================= write
HEADER = f"""# Blind set {SET}: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch, Snapchat). Written by tests/corpus/{SET}/make.py
# from each email's meaning, before the reader was run on it. Each case is
# ingested alone into a fresh ledger holding requests.csv."""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("frm")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
