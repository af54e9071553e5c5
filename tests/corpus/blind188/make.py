#!/usr/bin/env python3
"""Blind set 188: ticket systems and threads.

Zendesk/Freshdesk/Jira/Help Scout-style receipts and results, solved
tickets, follow-ups in the same thread, replies to our reminders, partial
answers and forwarded mail. Every email is fictional and written in our own
words; expected results were written from each email's meaning alone, before
any run of the reader.

    python3 tests/corpus/blind188/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind188"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_spin_kr/status/1830011122233344501",   # x1
    "https://x.com/lucky_spin_kr/status/1830011122233344502",   # x2
    "https://x.com/lucky_spin_kr/status/1830011122233344533",   # x3
    "https://x.com/bet_moon77/status/1829900011122233314",      # x4
    "https://x.com/bet_moon77/status/1829900011122233398",      # x5
    "https://x.com/bet_moon77",                                 # x6
    "https://x.com/jackpot_room_/status/1830230000111222987",   # x7
    "https://x.com/jackpot_room_/status/1830230000111223001",   # x8
    "https://x.com/slotqueen_k/status/1830412345678901234",     # x9
    "https://x.com/slotqueen_k/status/1830412345678901299",     # x10
    "https://x.com/toto_daily24/status/1830500099988877766",    # x11
    "https://x.com/toto_daily24/status/1830500099988877790",    # x12
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12 = X
Y = [
    "https://www.youtube.com/watch?v=Qm3rT7vKp2A",
    "https://www.youtube.com/watch?v=Zx81LwPq0cE",
    "https://www.youtube.com/@pillmarket_tv",
    "https://www.youtube.com/shorts/b7NcYd4R2sU",
]
y1, y2, y3, y4 = Y
y5 = "https://www.youtube.com/watch?v=Hn4eKc0T9wQ"
T = [
    "https://t.me/herbal_delivery_seoul",
    "https://t.me/herbal_delivery_seoul/1184",
    "https://t.me/c_ice_market/57",
]
t1, t2, t3 = T
N5_RAW = "https://in.naver.com/대출왕"
N5 = "https://in.naver.com/%EB%8C%80%EC%B6%9C%EC%99%95"
N = [
    "https://blog.naver.com/moonlit_deal/223561234567",
    "https://cafe.naver.com/nightticket/88231",
    "https://cafe.naver.com/nightticket/88240",
    "https://blog.naver.com/PostView.naver?blogId=skyloan_kr&logNo=223570001122",
    N5,
]
n1, n2, n3, n4, n5 = N
D = [
    "https://discord.gg/qX7mPz4T",
    "https://discord.com/channels/1187654321098765432/1187654321098765999/1281234567890123456",
]
d1, d2 = D
K = [
    "https://cafe.daum.net/hotdeal_ticket/Abc1/4521",
    "https://cafe.daum.net/hotdeal_ticket/Abc1/4533",
    "https://pf.kakao.com/_xjKqNb/105223411",
]
k1, k2, k3 = K

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "gambling", "req-240902-01@kcsc.example", "illegal online gambling promotion (5 accounts)"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", Y,
     "drugs", "req-240903-02@kcsc.example", "prescription drug sales"),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", T,
     "drugs", "req-240905-03@kcsc.example", "narcotics delivery channels"),
    ("KCSC-240909-04", "naver", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", N,
     "illegal_finance", "req-240909-04@kcsc.example", "unregistered lending and ticket fraud"),
    ("KCSC-240911-05", "discord", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", D,
     "obscenity", "req-240911-05@kcsc.example", "invite and message"),
    ("KCSC-240912-06", "kakao", "2024-09-12T10:30:00+09:00", "2024-09-19T23:59:59+09:00", K,
     "fraud", "req-240912-06@kcsc.example", "ticket resale fraud"),
    ("KCSC-240913-07", "youtube", "2024-09-13T16:00:00+09:00", "2024-09-20T23:59:59+09:00", [y5],
     "drugs", "req-240913-07@kcsc.example", "single video"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted(urls, prefix="> "):
    return "\n".join(prefix + u for u in urls)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


ZD_LINE = "##- Please type your reply above this line -##"

X_REQUEST_QUOTE = (
    "Dear X Legal team,\n\n"
    "Under Article 44-7 of the Information and Communications Network Act, the\n"
    "Korea Communications Standards Commission asks you to remove or block access\n"
    "to the following 12 posts and accounts by 9 September 2024:\n\n"
    + "\n".join(X)
    + "\n\nReference: KCSC-240902-01\n\nKCSC Takedown desk"
)

cases = []


def case(**kw):
    cases.append(kw)


# =================================================================== APPLIED
case(
    name="x-zendesk-solved-bullets",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Fri, 06 Sep 2024 17:42:10 +0000",
    subject="[Case# 0487213] Re: KCSC-240902-01 Request to remove illegal content",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Hello,

Thank you for your patience. We have finished reviewing five of the URLs
reported under your reference KCSC-240902-01 (our case 0487213). The outcome
for each is listed below.

- {x1} - removed for violating the X Rules (illegal or regulated goods and services)
- {x2} - removed for violating the X Rules
- {x3} - withheld in South Korea in response to your legal demand
- {x4} - we were unable to locate a post at this URL
- {x5} - no action taken; after review we did not find that this post violates the X Rules or Korean law

We will write to you separately about the other URLs in your request.

To learn more about how we handle country withheld content, please visit
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Support

This email is a service from X. [KJ4Z-8R2M]
""",
    outcome="applied",
    imitates="Zendesk-style solved-ticket notice from a platform legal desk, one bullet per URL",
    why="five bullets, each URL with its own outcome: two removed, one withheld in KR, one not located, one no action",
    items={x1: "removed", x2: "removed", x3: "restricted", x4: "not_found", x5: "rejected"},
)

case(
    name="x-reminder-reply-top-posted",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Wed, 11 Sep 2024 02:15:33 +0000",
    subject="Re: Reminder: KCSC-240902-01 - 7 items still online after the deadline",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
        "References: <req-240902-01@kcsc.example> <reminder.KCSC-240902-01.1@kcsc.example>",
    ],
    body=f"""Hi KCSC team,

Thanks for the reminder. Both posts from @jackpot_room_ have now been removed:
{x7}
{x8}

We're still working through the rest of the list and will update this case.

Best,
Min
X Legal Operations

On Tue, Sep 10, 2024 at 9:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X,
>
> The following items of our request KCSC-240902-01 were still online when
> the deadline of 9 September 2024 passed:
>
{quoted([x6, x7, x8, x9, x10, x11, x12])}
>
> Please remove or block them and let us know the result.
>
> KCSC Takedown desk
""",
    outcome="applied",
    imitates="agent's top-posted Gmail reply to a regulator's reminder, reminder quoted below",
    why="the two jackpot_room_ posts are stated removed above the quote; the other quoted URLs are only in our reminder",
    items={x7: "removed", x8: "removed", x6: "pending", x9: "pending", x12: "pending"},
)

case(
    name="x-status-line-below-url",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Mon, 09 Sep 2024 08:03:51 +0000",
    subject="Update on case 0487213 [ref:_00D4xKp1._5004x9QzR:ref]",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Here is an update on case 0487213 (your reference KCSC-240902-01).

{x9}
Action taken: Withheld in South Korea (KR)

{x10}
Action taken: Removed globally - violation of the X Rules

Withheld content stays visible to people outside the country in which it is
withheld. More information: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thanks,
X Legal

ref:_00D4xKp1._5004x9QzR:ref
""",
    outcome="applied",
    imitates="Salesforce-style case update from a platform legal team, bare URL with the action on the next line",
    why="each URL is followed by its own 'Action taken' line: withheld in KR, removed globally",
    items={x9: "restricted", x10: "removed"},
)

CSV_X = (
    "reported_url,action,date_actioned,notes\n"
    f"{x11},Removed,2024-09-11,Illegal goods and services policy\n"
    f"{x12},Not found,2024-09-11,URL does not resolve to an existing post\n"
    f"{x6},Account suspended,2024-09-11,Permanent suspension for repeated violations\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Thu, 12 Sep 2024 06:20:00 +0000",
    subject="[Case# 0487213] Status report for KCSC-240902-01",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_b188_csv_01"

--=_b188_csv_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached a status report for the URLs of KCSC-240902-01 that we
resolved this week. The attachment lists the action taken on each URL.

Regards,
X Legal Support

--=_b188_csv_01
Content-Type: text/csv; charset=utf-8; name="case_0487213_status.csv"
Content-Disposition: attachment; filename="case_0487213_status.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_b188_csv_01--
""",
    outcome="applied",
    imitates="ticket update carrying a CSV status export as an attachment",
    why="CSV rows: one post removed, one not found, the reported account suspended (made unavailable)",
    items={x11: "removed", x12: "not_found", x6: "removed"},
)

case(
    name="x-html-ticket-table",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 10 Sep 2024 11:48:02 +0000",
    subject="[Case# 0487213] Your request has been updated",
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p style="color:#999">{ZD_LINE}</p>
<p>Hello,</p>
<p>We have reviewed the following URLs from your request <b>KCSC-240902-01</b>:</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{x4}">{x4}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{x5}">{x5}</a></td><td>Withheld</td><td>South Korea</td></tr>
<tr><td><a href="{x6}">{x6}</a></td><td>No action</td><td>Account does not violate the X Rules</td></tr>
</table>
<p>If you disagree with a decision you may reply to this email.</p>
<p>X Legal Support</p>
<p style="font-size:11px;color:#999">Case 0487213 &middot; <a href="https://help.x.com/en/forms/legal">help.x.com</a></p>
</body></html>
""",
    outcome="applied",
    imitates="HTML ticket-update email with a results table (Zendesk-style HTML layout)",
    why="table rows: one post removed globally, one withheld in KR, the account left up as not violating",
    items={x4: "removed", x5: "restricted", x6: "rejected"},
)

case(
    name="x-gmail-quote-withheld-angle",
    **{"from": "soo-ah.lim@x.com"},
    name_from="Soo-ah Lim",
    date="Thu, 05 Sep 2024 09:12:40 +0000",
    subject="Re: KCSC-240902-01 Request to remove illegal content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

We've withheld the following posts in South Korea:
<{x3}>
<{x4}>

Best,
Soo-ah
X Global Government Affairs

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
"""
    + "\n".join("> " + l if l else ">" for l in X_REQUEST_QUOTE.split("\n"))
    + "\n",
    outcome="applied",
    imitates="employee's short Gmail reply above the quoted original request, URLs in angle brackets",
    why="two URLs stated withheld in KR above the quote; the rest appear only in our quoted request",
    items={x3: "restricted", x4: "restricted", x1: "pending", x12: "pending"},
)

case(
    name="x-outlook-original-message",
    **{"from": "daniel.reyes@x.com"},
    name_from="Daniel Reyes",
    date="Fri, 13 Sep 2024 04:31:09 +0000",
    subject="RE: KCSC-240902-01 Request to remove illegal content",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC,

Please see our update for two items under your request:

1. {x11} – removed
2. {x12} – removed

Kind regards,
Daniel Reyes
Legal Policy Specialist, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240902-01 Request to remove illegal content

{X_REQUEST_QUOTE}
""",
    outcome="applied",
    imitates="Outlook reply with numbered results above an unprefixed -----Original Message----- block",
    why="two numbered lines state removal; the twelve URLs below Original Message are our own request",
    items={x11: "removed", x12: "removed", x1: "pending", x5: "pending"},
)

case(
    name="x-jira-comment-added",
    **{"from": "legal-desk@x.com"},
    name_from="Hye-jin Park (X Legal Desk)",
    date="Tue, 10 Sep 2024 07:05:44 +0000",
    subject="[JIRA] (LGL-KR-2291) KCSC-240902-01 Removal request - gambling promotion",
    reply_to_req="req-240902-01",
    body=f"""Hye-jin Park commented on LGL-KR-2291:

Re: KCSC-240902-01 Removal request - gambling promotion

Update for the two @jackpot_room_ posts:
* {x7} — actioned, the post has been removed.
* {x8} — reviewed, no violation found. The post advertises a licensed
  lottery retailer and remains available.

View request · Turn off this request's notifications

This is shared with KCSC Takedown.
Powered by Jira Service Management, sent by X Legal Desk
""",
    outcome="applied",
    imitates="Jira Service Management 'commented on' notification sent from the platform's own domain",
    why="one post stated removed, the other reviewed with no violation and left up",
    items={x7: "removed", x8: "rejected"},
)

case(
    name="x-angle-wrapped-url",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Sat, 14 Sep 2024 01:50:27 +0000",
    subject="[Case# 0487213] Further update",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Further to our earlier message on case 0487213, the following post has now
been removed for violating our rules on illegal goods and services:

<https://x.com/slotqueen_k/status/
1830412345678901234>

We also looked again at the URL below. It does not point to an existing
post, so there is nothing for us to action:
<{x2}>

Regards,
X Legal Support
""",
    outcome="applied",
    imitates="plain-text ticket update with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="the wrapped slotqueen_k URL is stated removed; the lucky_spin_kr URL does not exist (not found)",
    items={x9: "removed", x2: "not_found"},
)

case(
    name="yt-echoed-report-decisions",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Mon, 09 Sep 2024 03:14:55 +0000",
    subject="[5-1234000038291] Re: KCSC-240903-02 Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for reaching out. We have reviewed the content in your notice
(KCSC-240903-02) and reached the decisions below.

-- Your submission --
Content URL: {y1}
Issue: sale of prescription drugs without a licence
-- Our decision --
Removed from YouTube globally for violating our Community Guidelines

-- Your submission --
Content URL: {y2}
Issue: sale of prescription drugs without a licence
-- Our decision --
Blocked from view in South Korea based on local law

-- Your submission --
Content URL: {y3}
Issue: channel dedicated to drug sales
-- Our decision --
Channel terminated

-- Your submission --
Content URL: {y4}
Issue: sale of prescription drugs without a licence
-- Our decision --
We could not find this content. The URL does not lead to an existing video.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="Google legal-support ticket reply echoing each submitted URL with its decision",
    why="each echoed submission is followed by its own decision: removed, blocked in KR, channel terminated, not found",
    items={y1: "removed", y2: "restricted", y3: "removed", y4: "not_found"},
)

case(
    name="yt-partial-answer",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Fri, 06 Sep 2024 05:40:12 +0000",
    subject="[5-1234000038291] Partial update on KCSC-240903-02",
    reply_to_req="req-240903-02",
    body=f"""Hello,

We have completed our review of two of the four items in your request.

- {y1} has been removed globally.
- {y4} has been age-restricted.

The remaining two items (the video Zx81LwPq0cE and the channel @pillmarket_tv)
are still under review. We will update you once our review is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="partial answer on a ticket: two items decided, two still under review",
    why="one video removed, one short age-restricted; the other two are only 'under review' and named without URL",
    items={y1: "removed", y4: "restricted", y2: "pending", y3: "pending"},
)

case(
    name="yt-single-item-sole",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Tue, 17 Sep 2024 02:02:02 +0000",
    subject="[5-1234000041177] Re: [KCSC-240913-07] Removal request - 1 video",
    reply_to_req="req-240913-07",
    body="""Hello,

Following our review of your request KCSC-240913-07, we have removed the
video you reported from YouTube for violating our policy on the sale of
illegal or regulated goods.

This ticket is now closed. If you need anything else, reply to this email
and your ticket will be reopened.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    imitates="solved-ticket reply for a one-video notice that names the request but not the URL",
    why="unhedged removal of 'the video you reported' for a request of exactly one item",
    items={y5: "removed"},
)

YT_QP_TEXT = f"""Hello,

Thank you for your notice KCSC-240903-02. We reviewed the video below.

Video: {y2} — after careful review we found that this content does not violate our Community Guidelines and is not subject to removal under local law, so we have not taken action on it.

Other items in your notice will be answered separately.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-qp-no-action",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 11 Sep 2024 08:44:19 +0000",
    subject="[5-1234000038291] Decision on one item of KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(YT_QP_TEXT)}
""",
    outcome="applied",
    imitates="quoted-printable ticket reply declining to act on one video",
    why="the video is found not violating and no action is taken: it stays up (rejected)",
    items={y2: "rejected"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "youtube-legal@youtube.com"},
    name_from="YouTube Legal",
    date="Thu, 05 Sep 2024 10:10:10 +0000",
    subject="Re: KCSC-240903-02 Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hi there,

The following video has been removed globally for violating our policy on
regulated goods:

    {y1}

The following content has been restricted in South Korea based on local law:

    {y4}

Best regards,
YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal reply with each statement followed by the indented URL on the next line",
    why="statement lines end with ':' and the URL sits below each: removed globally, restricted in KR",
    items={y1: "removed", y4: "restricted"},
)

YT_ALT_TEXT = f"""Hello,

Update on your request KCSC-240903-02:

* Channel {y3} : terminated for severe violations of our Community Guidelines.
* {y2} : we could not locate a video at this URL.

Regards,
YouTube Legal Support
"""
YT_ALT_HTML = f"""<html><body>
<p>Hello,</p>
<p>Update on your request KCSC-240903-02:</p>
<ul>
<li>Channel <a href="{y3}">{y3}</a> : terminated for severe violations of our Community Guidelines.</li>
<li><a href="{y2}">{y2}</a> : we could not locate a video at this URL.</li>
</ul>
<p>Regards,<br>YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-multipart-alternative",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Thu, 12 Sep 2024 06:06:06 +0000",
    subject="[5-1234000038291] Update on KCSC-240903-02",
    reply_to_req="req-240903-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_b188_alt_15"

--=_b188_alt_15
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{YT_ALT_TEXT}
--=_b188_alt_15
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(YT_ALT_HTML)}
--=_b188_alt_15--
""",
    outcome="applied",
    imitates="multipart/alternative ticket update (plain text plus base64 HTML) with two bullet results",
    why="the channel is terminated (removed); the video URL could not be located (not found)",
    items={y3: "removed", y2: "not_found"},
)

case(
    name="tg-freshdesk-resolved",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 13:22:40 +0000",
    subject="Ticket #45812: status changed to Resolved [KCSC-240905-03]",
    reply_to_req="req-240905-03",
    body=f"""Dear KCSC,

Your ticket #45812 (KCSC-240905-03) has been marked as Resolved.

Agent reply:
The channel {t1} was found to violate the Telegram Terms of Service and has
been blocked for all users. The post {t2} is no longer accessible as part of
that action. We could not find anything at {t3} : the link is invalid.

If your issue is not resolved, simply reply to this email to reopen the ticket.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="Freshdesk-style 'status changed to Resolved' notification with the agent's reply",
    why="channel blocked for all users (removed), its post no longer accessible (removed), third link invalid (not found)",
    items={t1: "removed", t2: "removed", t3: "not_found"},
)

case(
    name="tg-reminder-reply-restricted",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 13 Sep 2024 15:05:00 +0000",
    subject="Re: Reminder: KCSC-240905-03 - 3 items still online after the deadline",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240905-03.1@kcsc.example>",
        "References: <req-240905-03@kcsc.example> <reminder.KCSC-240905-03.1@kcsc.example>",
    ],
    body=f"""Hello,

Regarding your reminder: the channel {t1} is now unavailable to users in the
Republic of Korea. The other items are still being processed.

Telegram

On 13/09/2024 09:00, KCSC Takedown wrote:
> Dear Telegram,
>
> The following items of request KCSC-240905-03 were still online after the
> deadline of 12 September 2024:
>
{quoted(T)}
>
> KCSC Takedown desk
""",
    outcome="applied",
    imitates="short abuse-desk reply to a regulator's reminder, reminder quoted with '>'",
    why="the channel is made unavailable in Korea (restricted); the other two are 'still being processed' and only quoted",
    items={t1: "restricted", t2: "pending", t3: "pending"},
)

case(
    name="tg-ack-plus-statement",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 04:18:00 +0000",
    subject="Ticket #77120 created: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Thank you for your report. Ticket #77120 has been created for your request
KCSC-240905-03.

Our moderators have already looked at {t3} and the post has been taken
down.

The remaining links are in the queue.

Telegram Abuse Team
""",
    outcome="applied",
    imitates="ticket-created receipt that also carries a first result",
    why="a receipt phrase plus an unhedged statement that one post was taken down: not a pure acknowledgement",
    items={t3: "removed", t1: "pending"},
)

case(
    name="naver-result-text-table",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 02:30:00 +0000",
    subject="[네이버 고객센터] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240909-04, 접수번호 2409-118832)의 처리 결과를 아래와 같이 안내드립니다.

번호 | URL | 처리 결과 | 비고
1 | {n1} | 게시중단 |
2 | {n2} | 임시조치(30일) |
3 | {n3} | 삭제 |
4 | {n4} | 확인 불가 | 작성자가 이미 삭제한 게시물
5 | {N5_RAW} | 조치 불가 | 운영정책 위반 사항 없음

추가 문의 사항은 본 메일에 회신해 주시기 바랍니다.
감사합니다.

네이버 고객센터 드림
""",
    outcome="applied",
    imitates="NAVER customer-centre 게시중단 처리 결과 notice with a pipe table",
    why="게시중단 and 삭제 are removals, 임시조치 restricted, 작성자가 이미 삭제 not found, 위반 사항 없음 left up; raw Korean path",
    items={n1: "removed", n2: "restricted", n3: "removed", n4: "not_found", n5: "rejected"},
)

NAVER_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. 네이버 카페 운영지원팀입니다.</p>
<p>요청번호 KCSC-240909-04 관련하여 다음과 같이 처리하였음을 알려드립니다.</p>
<p>&middot; <a href="{n2}">{n2}</a><br>
해당 게시글은 블라인드 처리되었습니다.</p>
<p>&middot; <a href="{n3}">{n3}</a><br>
해당 게시글을 찾을 수 없습니다. 존재하지 않는 게시글입니다.</p>
<p>감사합니다.</p>
<p style="color:#888;font-size:12px">본 메일은 발신 전용이 아닙니다. 회신하시면 담당자에게 전달됩니다.</p>
</div></body></html>
"""
case(
    name="naver-base64-html",
    **{"from": "cafe_support@navercorp.com"},
    name_from="네이버 카페 운영지원",
    date="Wed, 11 Sep 2024 07:45:00 +0000",
    subject="[네이버 카페] 요청하신 게시글 처리 안내",
    reply_to_req="req-240909-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(NAVER_HTML)}
""",
    outcome="applied",
    imitates="NAVER cafe operations notice, base64-encoded HTML, one paragraph per post",
    why="블라인드 처리 is removed; 찾을 수 없습니다/존재하지 않는 게시글 is not found",
    items={n2: "removed", n3: "not_found"},
)

case(
    name="naver-followup-fullwidth-korean-path",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 05:20:00 +0000",
    subject="Re: [네이버 고객센터] 게시중단 요청 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req="req-240909-04",
    body=f"""안녕하세요, 네이버 고객센터입니다.

지난 메일에 이어 추가로 안내드립니다.

<{N5_RAW}>은 국내 접속 차단 조치하였습니다.
또한 블로그 게시물（{n1}）은 게시중단 처리되었습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied",
    imitates="follow-up in the same NAVER ticket thread, URL in angle brackets and full-width parentheses with Korean particles",
    why="the influencer page is blocked for access in Korea (restricted); the blog post is 게시중단 (removed)",
    items={n5: "restricted", n1: "removed"},
)

case(
    name="naver-reminder-reply-outlook",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Tue, 17 Sep 2024 01:10:00 +0000",
    subject="RE: [독촉] KCSC-240909-04 미처리 게시물 조치 요청",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240909-04.1@kcsc.example>",
        "References: <req-240909-04@kcsc.example> <reminder.KCSC-240909-04.1@kcsc.example>",
    ],
    body=f"""안녕하세요, 네이버 정책지원팀 한지우입니다.

미처리 건 처리 결과 안내드립니다.
- {n2} : 삭제 완료
- {n3} : 비공개 처리 완료

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:00 AM
To: policy@navercorp.com
Subject: [독촉] KCSC-240909-04 미처리 게시물 조치 요청

네이버 담당자님께,

시정요구 KCSC-240909-04 중 아래 게시물이 처리기한(9월 16일)이 지나도록 조치되지 않았습니다.

{n2}
{n3}
{n4}

조속히 조치 후 결과를 회신하여 주시기 바랍니다.
방송통신심의위원회 불법정보 대응팀
""",
    outcome="applied",
    imitates="Outlook reply in Korean to a regulator's reminder (독촉), reminder below -----Original Message-----",
    why="삭제 완료 and 비공개 처리 완료 are removals; the third URL is only in our quoted reminder",
    items={n2: "removed", n3: "removed", n4: "pending"},
)

DISCORD_HISTORY = f"""KCSC Takedown
Sep 11, 2024, 10:00 GMT+9

Dear Discord Trust & Safety,

Reference KCSC-240911-05. Please remove the following content, which is
illegal under Korean law:

{d1}
{d2}

KCSC Takedown desk"""

case(
    name="discord-zendesk-solved",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 06:02:00 +0000",
    subject="[Discord] Re: KCSC-240911-05 Illegal content report",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Your request (#3391274) has been solved. To reopen it, reply to this email.

Jordan (Discord Trust & Safety)
Sep 12, 2024, 15:02 GMT+9

Hello,

Thanks for your report. We have taken the following actions:

{d1} - the invite has been disabled and the server removed from Discord.
{d2} - the message has been deleted.

Thank you for helping keep Discord safe.

{DISCORD_HISTORY}

This email is a service from Discord. Delivered by Zendesk [8QJ2-KW1P]
""",
    outcome="applied",
    imitates="Zendesk 'your request has been solved' email with the thread history below the latest comment",
    why="invite disabled and server removed, message deleted; our own request in the history states nothing",
    items={d1: "removed", d2: "removed"},
)

case(
    name="discord-followup-invite-invalid",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject="[Discord] Re: KCSC-240911-05 Illegal content report",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Sam (Discord Trust & Safety)
Sep 13, 2024, 18:30 GMT+9

Hi again,

A quick follow-up on the invite link {d1}: it is invalid or has expired,
so we cannot tell which server it belonged to. If you have the server ID,
please add it to this ticket.

We are still reviewing the message link and will reply here.

Sam (Discord Trust & Safety)
Sep 12, 2024, 11:15 GMT+9

Hello, thanks for reaching out. We are looking into the content you reported.

{DISCORD_HISTORY}

This email is a service from Discord. Delivered by Zendesk [8QJ2-KW1P]
""",
    outcome="applied",
    imitates="Zendesk follow-up comment in an open ticket, earlier comments and our request below",
    why="the invite link is invalid or expired (not found); the message is still under review",
    items={d1: "not_found", d2: "pending"},
)

case(
    name="kakao-helpdesk-answer",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Mon, 16 Sep 2024 03:00:00 +0000",
    subject="[카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240912-06)",
    reply_to_req="req-240912-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

문의번호 #20240912-55218 (KCSC-240912-06)에 대한 답변 드립니다.

1) {k1}
   → 권리침해 신고 절차에 따라 임시조치되었습니다.
2) {k2}
   → 운영정책 위반으로 삭제되었습니다.
3) {k3}
   → 검토 결과 운영정책 위반이 확인되지 않아 게시물을 유지합니다.

답변이 도움이 되셨나요? 아래 링크에서 만족도를 평가해 주세요.
https://cs.kakao.com/satisfaction?ticket=20240912-55218

카카오 고객센터 드림
""",
    outcome="applied",
    imitates="Help Scout-style helpdesk answer from a Korean portal, numbered URLs with the result on the next line",
    why="임시조치 restricted, 삭제 removed, 위반 미확인 유지 rejected; the satisfaction link is not an item",
    items={k1: "restricted", k2: "removed", k3: "rejected"},
)

case(
    name="kakao-thread-second-reply",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 18 Sep 2024 08:00:00 +0000",
    subject="Re: [카카오 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240912-06)",
    reply_to_req="req-240912-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

위원회의 재검토 요청에 따라 {k3} 게시물을 다시 검토하였습니다.
재검토 결과 불법 티켓 재판매 안내로 확인되어 해당 게시물을 삭제 조치하였습니다.

감사합니다.
카카오 고객센터 드림

--- 2024.09.16 카카오 고객센터 답변 ---
3) {k3}
   → 검토 결과 운영정책 위반이 확인되지 않아 게시물을 유지합니다.
""",
    outcome="applied",
    imitates="second reply in a helpdesk thread reversing an earlier decision, earlier answer kept below",
    why="after re-review the post was deleted; the earlier 'kept' answer is quoted history, not the new statement",
    items={k3: "removed"},
)

# =================================================================== REVIEW
case(
    name="x-promise-will-remove",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Wed, 04 Sep 2024 10:00:00 +0000",
    subject="[Case# 0487213] Re: KCSC-240902-01 Request to remove illegal content",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Hello,

We have escalated your report. The posts
{x1}
{x2}
will be removed within the next 24 hours once the escalation is approved.

We will confirm here when that is done.

X Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="ticket comment announcing an escalation and a future removal",
    why="'will be removed ... once approved' is a conditional promise, not a statement",
    items={x1: "pending", x2: "pending"},
)

case(
    name="x-bulk-all-actioned",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Mon, 16 Sep 2024 12:00:00 +0000",
    subject="[Case# 0487213] Your request has been solved",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Your request (0487213) has been solved.

Hello,

All posts and accounts reported under KCSC-240902-01 have been actioned in
line with our policies. We consider this case closed.

X Legal Support
""",
    outcome="review",
    review="bulk",
    imitates="solved-ticket email summarising a whole twelve-item request in one sentence",
    why="'all posts and accounts ... actioned' names no item, for a request of 12 items",
    items={x1: "pending", x12: "pending"},
)

case(
    name="x-untrusted-dkim-fail",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    auth="fail",
    date="Sun, 15 Sep 2024 22:41:00 +0000",
    subject="[Case# 0487213] Update on KCSC-240902-01",
    reply_to_req="req-240902-01",
    body=f"""Hello,

The post {x9} has been removed.

X Legal Support
""",
    outcome="review",
    review="untrusted",
    imitates="ticket update whose DKIM/SPF/DMARC checks failed for the platform's domain",
    why="claims a removal but the sender domain failed authentication",
    items={x9: "pending"},
)

case(
    name="x-asks-more-legal-basis",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Sat, 07 Sep 2024 03:33:00 +0000",
    subject="[Case# 0487213] Additional information needed",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Hello,

Before we can process the following URLs we need more information:

{x9}
{x10}

Please send us a copy of the decision or the specific provision of Korean
law that each post violates. Your ticket has been set to Pending until we
hear back from you; if we do not receive a reply within 14 days it will be
closed automatically.

X Legal Support
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Zendesk 'Pending - awaiting your reply' request for supporting documents",
    why="the platform asks for the legal basis before acting; nothing is stated about the two posts",
    items={x9: "pending", x10: "pending"},
)

case(
    name="x-forwarded-by-employee",
    **{"from": "daniel.reyes@x.com"},
    name_from="Daniel Reyes",
    date="Wed, 11 Sep 2024 23:59:00 +0000",
    subject="Fwd: KCSC-240902-01 - KR team decision",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team, FYI - see the note from our Korea policy team below.

Daniel

---------- Forwarded message ---------
From: KR Policy <kr-policy@x.com>
Date: Wed, Sep 11, 2024 at 6:10 PM
Subject: KCSC-240902-01 - KR team decision
To: Daniel Reyes <daniel.reyes@x.com>

Daniel, {x5} has been withheld in KR as of today. Please let the regulator know.

Thanks,
KR Policy
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="employee forwarding an internal team note to the regulator",
    why="the only statement sits inside a forwarded message whose own sender we cannot authenticate",
    items={x5: "pending"},
)

case(
    name="x-conflicting-macro-and-comment",
    **{"from": "legal-support@x.com"},
    name_from="X Legal Support",
    date="Tue, 17 Sep 2024 06:40:00 +0000",
    subject="[Case# 0487213] Your request has been updated",
    reply_to_req="req-240902-01",
    body=f"""{ZD_LINE}

Hello,

After review we have decided not to take action on
{x10}
as it does not violate the X Rules; the post remains available.

Regards,
X Legal Support

-----
Case summary (auto-generated)
Case: 0487213
Outcome: Content removed
URL: {x10}
-----
""",
    outcome="review",
    review="conflicting_statements",
    imitates="ticket update whose agent comment and auto-generated macro summary disagree",
    why="the agent says the post stays up, the generated summary says removed: a clerk must ask",
    items={x10: "pending"},
)

case(
    name="yt-hedge-appears",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 09:09:09 +0000",
    subject="[5-1234000038291] Re: KCSC-240903-02 Removal request",
    reply_to_req="req-240903-02",
    body=f"""Hello,

It appears that the video {y1} may already have been removed by the uploader.
We are checking our records for the other items and will get back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="review",
    review="not_understood",
    imitates="legal-support interim reply with a hedged remark about one video",
    why="'it appears ... may already have been removed' is a hedge, not a statement",
    items={y1: "pending"},
)

case(
    name="tg-unknown-sender-vendor",
    **{"from": "trust-desk@tgsupport-partners.example"},
    name_from="Trust Desk (on behalf of Telegram)",
    date="Mon, 09 Sep 2024 11:11:00 +0000",
    subject="Re: KCSC-240905-03 Narcotics channels",
    reply_to_req="req-240905-03",
    body=f"""Dear KCSC,

We handle abuse reports on behalf of Telegram. The channel {t1} has been
blocked.

Regards,
Trust Desk
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced support vendor replying on a platform's behalf from its own domain",
    why="names our request and a URL but comes from a domain that is no platform's",
    items={t1: "pending"},
)

case(
    name="tg-no-claims-mailbox-notice",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Tue, 10 Sep 2024 00:00:00 +0000",
    subject="Change to how we receive legal requests",
    body="""Hello,

From 30 September 2024 this mailbox will no longer accept legal requests.
Please submit future notices through our online form at
https://telegram.org/support?setln=en&tab=legal

Requests already received will be answered as usual.

Telegram
""",
    outcome="review",
    review="no_claims",
    imitates="platform mailbox-change notice sent to all requesters",
    why="trusted Telegram mail that names no item and references no request",
    items={},
)

case(
    name="discord-bulk-both",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="[Discord] Re: KCSC-240911-05 Illegal content report",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Your request (#3391274) has been solved. To reopen it, reply to this email.

Sam (Discord Trust & Safety)

Hello, both pieces of content you reported have now been actioned. Thank you
for the report.

This email is a service from Discord. Delivered by Zendesk [8QJ2-KW1P]
""",
    outcome="review",
    review="bulk",
    imitates="Zendesk solved email summarising a two-item report without naming either",
    why="'both pieces of content ... actioned' names neither item of a two-item request",
    items={d1: "pending", d2: "pending"},
)

case(
    name="discord-zendesk-hosted-domain",
    **{"from": "safety@discordapp.zendesk.com"},
    name_from="Discord Safety",
    date="Thu, 12 Sep 2024 23:00:00 +0000",
    subject="[Discord] Re: KCSC-240911-05 Illegal content report",
    reply_to_req="req-240911-05",
    body=f"""{ZD_LINE}

Hello,

The message {d2} has been deleted.

Discord Safety
""",
    outcome="review",
    review="unknown_sender",
    imitates="helpdesk mail sent from the vendor's hosted subdomain instead of the platform's domain",
    why="zendesk.com is not a Discord sender domain, so the statement cannot be trusted",
    items={d2: "pending"},
)

case(
    name="naver-wrong-platform-daum",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[네이버 고객센터] 검색 노출 제한 처리 안내 (KCSC-240912-06)",
    reply_to_req="req-240912-06",
    body=f"""안녕하세요, 네이버 고객센터입니다.

참조로 보내주신 요청(KCSC-240912-06)과 관련하여 안내드립니다.
아래 다음(Daum) 카페 게시물은 네이버 검색 결과에서 노출 제한 처리하였습니다.

{k1}
{k2}

게시물 자체의 삭제는 해당 서비스 운영사에 요청해 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="review",
    review="wrong_platform",
    imitates="Korean portal notice about search-result restriction of another portal's cafe posts",
    why="NAVER states a status for Kakao's (Daum cafe) items",
    items={k1: "pending", k2: "pending"},
)

case(
    name="kakao-promise-korean",
    **{"from": "cs@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 01:30:00 +0000",
    subject="[카카오 고객센터] 문의 접수 및 처리 예정 안내 (KCSC-240912-06)",
    reply_to_req="req-240912-06",
    body=f"""안녕하세요, 카카오 고객센터입니다.

요청하신 아래 게시물은 담당 부서에서 검토 중이며, 검토가 끝나는 대로 순차적으로 조치할 예정입니다.

- {k1}
- {k2}

처리 결과는 이 메일로 다시 안내드리겠습니다.

카카오 고객센터 드림
""",
    outcome="review",
    review="not_understood",
    imitates="Korean helpdesk 처리 예정 notice naming the posts under review",
    why="'검토 중 ... 조치할 예정' is review plus a promise: nothing stated, items named",
    items={k1: "pending", k2: "pending"},
)

# =================================================================== IGNORED
case(
    name="discord-zendesk-receipt",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 01:00:30 +0000",
    subject="[Discord] Re: KCSC-240911-05 Illegal content report",
    reply_to_req="req-240911-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""{ZD_LINE}

Your request (#3391274) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

This email is a service from Discord. Delivered by Zendesk [8QJ2-KW1P]
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk auto-reply 'your request has been received'",
    why="pure receipt with a ticket number; no item, no statement",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 05:01:00 +0000",
    subject="[네이버 고객센터] 문의가 접수되었습니다",
    reply_to_req="req-240909-04",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""안녕하세요, 네이버 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
접수번호: 2409-118832

순차적으로 확인 후 답변드리겠습니다. 답변까지 영업일 기준 1~3일이 소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Korean customer-centre 문의 접수 완료 receipt",
    why="automatic receipt with a receipt number; nothing about any item",
    items={},
)

case(
    name="x-ooo-employee",
    **{"from": "soo-ah.lim@x.com"},
    name_from="Soo-ah Lim",
    date="Tue, 10 Sep 2024 00:00:05 +0000",
    subject="Automatic reply: Reminder: KCSC-240902-01 - 7 items still online after the deadline",
    extra_headers=[
        "In-Reply-To: <reminder.KCSC-240902-01.1@kcsc.example>",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
    ],
    body="""Thank you for your email. I am out of the office until 16 September with
limited access to email. For urgent legal requests please write to
legal@x.com, where the team will pick up your message.

Soo-ah
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook out-of-office automatic reply to our reminder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kakao-ooo-korean",
    **{"from": "minseo.kang@kakaocorp.com"},
    name_from="강민서",
    date="Thu, 12 Sep 2024 01:31:00 +0000",
    subject="[자동회신] KCSC-240912-06 불법정보 시정요구",
    reply_to_req="req-240912-06",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 강민서입니다.

9월 12일부터 9월 18일까지 추석 연휴 및 휴가로 부재중입니다.
급한 용무는 cs@kakaocorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 자동회신 during the Chuseok holiday",
    why="out-of-office auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: Reminder: KCSC-240903-02 - 4 items still online after the deadline
Message-ID: <reminder.KCSC-240903-02.1@kcsc.example>
Date: Wed, 11 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

Dear YouTube,

The following items of request KCSC-240903-02 were still online after the
deadline of 10 September 2024:

{y1}
{y2}
{y3}
{y4}

KCSC Takedown desk
"""
case(
    name="google-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Wed, 11 Sep 2024 00:00:09 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_b188_dsn"

--=_b188_dsn
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr@google.com because the address
couldn't be found, or is unable to receive mail.

--=_b188_dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 11 Sep 2024 00:00:05 +0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_b188_dsn
Content-Type: message/rfc822

{DSN_ORIG}
--=_b188_dsn--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Gmail-style DSN for our reminder, returned message attached",
    why="delivery failure report; the URLs are only in our own returned reminder",
    items={y1: "pending"},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Mon, 09 Sep 2024 06:12:00 +0000",
    subject="읽음: [시정요구] KCSC-240909-04 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_b188_mdn"

--=_b188_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: policy@navercorp.com
제목: [시정요구] KCSC-240909-04 불법정보 시정요구
보낸 날짜: 2024-09-09 오후 2:00

이 메시지는 2024-09-09 오후 3:12에 읽었습니다.

--=_b188_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240909-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_b188_mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean Outlook 읽음 확인 (MDN) for our request",
    why="read receipt",
    items={},
)


HEADER = """# Blind set 188: ticket systems and threads (Zendesk/Freshdesk/Jira-style
# receipts and results, solved tickets, follow-ups in one thread, replies to
# reminders, partial answers, forwarded mail). Written from each email's
# meaning before the reader was run. Generated by make.py; do not edit."""

def encode_headers(c):
    """Non-ASCII display names and subjects go out RFC 2047-encoded, as
    Korean mail clients and helpdesks send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=998)


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("%d cases" % len(cases))
