#!/usr/bin/env python3
"""Blind set 784: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest, Telegram).

Written from each email's meaning alone, before any run of the reader.

    python3 tests/corpus/blind784/make.py

writes requests.csv, cases/*.eml and expected.toml. Deterministic.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

X = [
    "https://x.com/grey_finch_kr/status/1830112233445566701",
    "https://x.com/grey_finch_kr/status/1830112233445566702",
    "https://x.com/moonlit_ferry/status/1830198765432100013",
    "https://twitter.com/moonlit_ferry/status/1830198765432100027",
    "https://x.com/tidepool_999/status/1830255501122334405",
    "https://x.com/tidepool_999",
    "https://x.com/quietorchard_/status/1830301122334455066",
    "https://x.com/quietorchard_/status/1830301122334455077",
    "https://x.com/bramble_signal/status/1830377788990011228",
    "https://x.com/bramble_signal/status/1830377788990011239",
    "https://x.com/copperkite_7/status/1830412233556677840",
    "https://x.com/copperkite_7/status/1830412233556677851",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7TzL2pXa0",
    "https://www.youtube.com/watch?v=b9RkW4nHs3E",
    "https://youtu.be/Zx81PqLm0cV",
    "https://www.youtube.com/@pinecrestdaily",
]
META = [
    "https://www.facebook.com/harborlight.news/posts/pfbid0Tq8mKx2Lr5Nw",
    "https://www.instagram.com/p/C9wXyZ1aBcD/",
    "https://www.facebook.com/groups/4411223300998877/posts/4411556677889900/",
]
TT = [
    "https://www.tiktok.com/@sunken.mural/video/7410223344556677881",
    "https://www.tiktok.com/@sunken.mural/video/7410223344556677892",
    "https://www.tiktok.com/@velvetdrum_tv/video/7411009988776655443",
]
RD = [
    "https://www.reddit.com/r/ashgrovemarket/comments/1f8kq2z/fresh_batch_this_week/",
    "https://www.reddit.com/r/ashgrovemarket/comments/1f9ab7c/price_list_september/",
]
DC = ["https://discord.gg/h7KqPz3W"]
TW = [
    "https://www.twitch.tv/emberlynx_live",
    "https://www.twitch.tv/videos/2241188990",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id (no <>), note
    ("KCSC-240902-01", "x", "2024-09-02T10:15:00+09:00", "2024-09-09T18:00:00+09:00", X,
     "drug_trade", "req.20240902.0115.r01@kcsc.example", "Posts advertising narcotics; 12 URLs"),
    ("KCSC-240904-02", "youtube", "2024-09-04T14:00:00+09:00", "2024-09-11T18:00:00+09:00", YT,
     "illegal_gambling", "req.20240904.0500.r02@kcsc.example", "Gambling promotion videos and channel"),
    ("KCSC-240906-03", "meta", "2024-09-06T11:20:00+09:00", "2024-09-13T18:00:00+09:00", META,
     "defamation", "req.20240906.0220.r03@kcsc.example", "Facebook and Instagram posts"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T09:40:00+09:00", "2024-09-16T18:00:00+09:00", TT,
     "illegal_goods", "req.20240909.0040.r04@kcsc.example", "Counterfeit medicine videos"),
    ("KCSC-240910-05", "reddit", "2024-09-10T16:05:00+09:00", "2024-09-17T18:00:00+09:00", RD,
     "drug_trade", "req.20240910.0705.r05@kcsc.example", "Subreddit sale threads"),
    ("KCSC-240911-06", "discord", "2024-09-11T10:30:00+09:00", "2024-09-18T18:00:00+09:00", DC,
     "illegal_gambling", "req.20240911.0130.r06@kcsc.example", "Server invite for betting community"),
    ("KCSC-240913-07", "twitch", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00", TW,
     "illegal_gambling", "req.20240913.0600.r07@kcsc.example", "Live channel and past broadcast"),
]
MID = {r[0]: r[6].split("@")[0] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def pending(urls):
    return {u: "pending" for u in urls}


def quoted_x_request(prefix="> "):
    lines = [
        "Dear X Legal team,",
        "",
        "The Korea Communications Standards Commission has found the following",
        "posts to be illegal information under Korean law (sale of narcotics).",
        "We ask that you remove them or block access to them from Korea.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(X, 1)]
    lines += ["", "Reference: KCSC-240902-01", "", "KCSC Takedown desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(s):
    data = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== X

case(
    name="x-withheld-kr-bulleted",
    date="Thu, 05 Sep 2024 09:12:44 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content - Republic of Korea",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We are writing in response to your request dated 2 September 2024
(reference KCSC-240902-01).

After reviewing the reported material against applicable local law, X has
withheld the following content in the Republic of Korea:

  * {X[0]}
  * {X[1]}
  * {X[2]}

The content above is still available to people outside the Republic of
Korea. In line with our policy, the account holders have been told that
their posts were withheld in response to a legal demand.

The other URLs in your request are still being reviewed and we will write
to you about them separately.

Regards,

Legal Operations
X Corp.
""",
    outcome="applied",
    imitates="X country-withheld-content notice to a government requester (bulleted list)",
    why="three posts stated withheld in Korea; the remaining URLs only promised",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-topposted-gmail-quote",
    date="Mon, 09 Sep 2024 02:31:05 +0000",
    **{"from": "hana.seo@x.com"},
    name_from="Hana Seo",
    subject="Re: KCSC-240902-01 - removal request (12 URLs)",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi KCSC team,

Following up on the rest of KCSC-240902-01. Outcomes for items 4 to 8 of
your list:

4. {X[3]} - removed for violating the X Rules (illegal and regulated goods).
5. {X[4]} - no longer on X; the account holder deleted this post before we reviewed it.
6. {X[5]} - account permanently suspended.
7. {X[6]} - withheld in KR.
8. {X[7]} - we reviewed this post and found no violation of the X Rules or of the law cited in your letter, so no action was taken.

Items 9 to 12 are with our legal team.

Best,
Hana
Legal Policy, X

On Mon, 2 Sep 2024 at 10:15, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_x_request()}
""",
    outcome="applied",
    imitates="X legal-policy staff reply, top-posted over the Gmail-quoted request",
    why="five numbered statements (removed, author-deleted, suspended account, withheld, no violation); the quoted list states nothing",
    items={
        **pending(X),
        X[3]: "removed", X[4]: "not_found", X[5]: "removed", X[6]: "restricted", X[7]: "rejected",
    },
)

case(
    name="x-ticket-summary-status-below-url",
    date="Tue, 10 Sep 2024 06:48:19 +0000",
    **{"from": "no-reply@x.com"},
    name_from="X Support",
    subject="Case update [ref:0192-3381-KR] KCSC-240902-01",
    body=f"""
Case summary

Reference: KCSC-240902-01
X case number: 0192-3381-KR
Reporter: Korea Communications Standards Commission

{X[8]}
Result: Content withheld in: KR

{X[9]}
Result: Removed (violation of the X Rules)

{X[10]}
Result: Not found - this post ID does not exist on X

{X[11]}
Result: No action - the reported post does not violate applicable law

This case is now closed. Replies to this address are not monitored; to
contact us about this case, use https://help.x.com/forms/legal-request and
quote the case number above.
""",
    outcome="applied",
    imitates="X case-management outcome summary (URL line, result on the line below)",
    why="four URLs each followed by its own result line",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found", X[11]: "rejected"},
)

case(
    name="x-bulk-all-removed",
    date="Wed, 11 Sep 2024 08:03:51 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content - Republic of Korea",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

We have completed our review of the posts listed in your request
KCSC-240902-01. All of the reported content has been removed from X.

If you have further concerns, please submit a new request through our
legal request form.

Regards,
Legal Operations
X Corp.
""",
    outcome="review",
    review="bulk",
    imitates="X legal closing note stating action on 'all of the reported content'",
    why="one statement covers a 12-item request without naming each item",
    items=pending(X),
)

case(
    name="x-promise-under-legal-review",
    date="Wed, 04 Sep 2024 01:20:33 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. Our team is reviewing the
following posts under Korean law:

- {X[8]}
- {X[9]}

Where we determine that a post is illegal in the Republic of Korea, it will
be withheld in your country. We aim to complete this review within five
business days and will let you know the outcome.

Regards,
Legal Operations
X Corp.
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply promising to withhold after review",
    why="names two requested posts but only promises a conditional future action",
    items=pending([X[8], X[9]]),
)

case(
    name="x-conditional-owner-notified",
    date="Fri, 06 Sep 2024 03:44:10 +0000",
    **{"from": "hana.seo@x.com"},
    name_from="Hana Seo",
    subject="RE: KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

A quick update on {X[10]} :
we have notified the account owner of your request. If the owner does not
delete the post within 48 hours, we will withhold it in Korea.

I'll confirm once that deadline has passed.

Hana
Legal Policy, X
""",
    outcome="review",
    review="not_understood",
    imitates="X staff interim reply describing a conditional next step",
    why="a condition and a promise about a requested post, no statement of what was done",
    items=pending([X[10]]),
)

X_B64 = f"""Hello,

Regarding your request KCSC-240902-01: we have withheld the post
{X[4]}
and the account @tidepool_999 ({X[5]}) in South Korea.
Both remain visible in other countries.

Legal Operations
X Corp.
"""
case(
    name="x-base64-withheld-post-and-account",
    date="Thu, 12 Sep 2024 05:10:27 +0000",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to restrict content",
    reply_to_req=MID["KCSC-240902-01"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(X_B64),
    outcome="applied",
    imitates="X legal country-withheld notice sent base64-encoded",
    why="post and account both stated withheld in South Korea",
    items={X[4]: "restricted", X[5]: "restricted"},
)

case(
    name="x-outlook-original-message",
    date="Tue, 10 Sep 2024 23:55:02 +0000",
    **{"from": "j.arkwright@x.com"},
    name_from="Jonah Arkwright",
    subject="RE: Request to remove content KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Dear colleagues,

Please find our outcome for the first two posts below.

{X[0]} has been removed globally for violating our rules on illegal goods
and services.

{X[1]} could not be found. The link returns an error page and the post ID
is not in our systems.

Kind regards,
Jonah Arkwright
Global Government Affairs | X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:15 AM
To: legal@x.com
Subject: Request to remove content KCSC-240902-01

{quoted_x_request(prefix="")}
""",
    outcome="applied",
    imitates="X government-affairs staff reply over an Outlook '-----Original Message-----' block",
    why="removed and not-found stated above the quoted request; the quoted list is not a statement",
    items={**pending(X), X[0]: "removed", X[1]: "not_found"},
)

case(
    name="x-angle-bracket-wrapped-url",
    date="Fri, 13 Sep 2024 07:07:07 +0000",
    **{"from": "hana.seo@x.com"},
    name_from="Hana Seo",
    subject="Re: KCSC-240902-01 item 10",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hi,

Following our legal review, the post <https://x.com/bramble_signal/
status/1830377788990011239> has been removed for violating the X Rules
on illegal and regulated goods.

Hana
Legal Policy, X
""",
    outcome="applied",
    imitates="X staff reply whose mail client wrapped a long URL inside angle brackets",
    why="one post removed; the URL is wrapped across two lines inside <...> (RFC 3986 appendix C style)",
    items={X[9]: "removed"},
)

case(
    name="x-korea-team-bilingual",
    date="Thu, 12 Sep 2024 00:40:15 +0000",
    **{"from": "kr-policy@x.com"},
    name_from="X Korea Policy",
    subject="Re: [KCSC-240902-01] 게시물 조치 결과 안내 / Outcome",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
안녕하세요, X 코리아 정책팀입니다.

요청하신 게시물 중 {X[2]} 은 대한민국 내에서 접근이 제한되었습니다。
{X[3]}의 경우 X 규칙 위반으로 삭제되었습니다.

(English) The first post above has been withheld in Korea. The second post
was removed for violating the X Rules.

감사합니다.
X Korea Policy team
""",
    outcome="applied",
    imitates="X Korea policy team bilingual outcome note (Korean sentence with English summary)",
    why="first post restricted (접근이 제한 / withheld in Korea), second removed; URLs followed by Korean particles and full-width punctuation",
    items={X[2]: "restricted", X[3]: "removed"},
)

case(
    name="x-dsn-bounce-reminder",
    date="Mon, 09 Sep 2024 09:00:12 +0900",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn-7F2A1C0B9E"

--dsn-7F2A1C0B9E
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@x.com>: host mx.x.com[198.51.100.25] said: 550 5.1.1
    <legal-kr@x.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)

--dsn-7F2A1C0B9E
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Mon,  9 Sep 2024 09:00:10 +0900 (KST)

Final-Recipient: rfc822; legal-kr@x.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.x.com
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@x.com>: Recipient address
    rejected: User unknown

--dsn-7F2A1C0B9E
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@x.com
Subject: Reminder: KCSC-240902-01 is due today
Date: Mon, 9 Sep 2024 09:00:05 +0900
Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>
Content-Type: text/plain; charset=utf-8

Reminder: the following posts from request KCSC-240902-01 are still
online and were due for removal today:

{X[10]}
{X[11]}

KCSC Takedown desk

--dsn-7F2A1C0B9E--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN for a reminder sent to a dead X address",
    why="delivery failure report; the URLs sit in our own returned reminder",
    items=pending([X[10], X[11]]),
)

# ================================================================ YouTube

case(
    name="yt-legal-blocked-kr-and-removed",
    date="Mon, 09 Sep 2024 11:25:40 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal request KCSC-240904-02 [2-8831000043127]",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hello,

Thanks for contacting YouTube. We have reviewed your legal request
(KCSC-240904-02).

Following our review, we have blocked the content below from view on the
Korean version of YouTube, based on local law:

- {YT[0]}

In addition, the following content was removed from YouTube globally for
violating our Community Guidelines:

- {YT[1]}

To learn more about how we handle government requests, see
https://support.google.com/youtube/answer/2801939 .

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal-removal outcome email to a government requester (local block plus global removal)",
    why="one video geo-blocked in Korea, one removed globally",
    items={YT[0]: "restricted", YT[1]: "removed"},
)

case(
    name="yt-channel-terminated",
    date="Tue, 10 Sep 2024 16:02:11 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal request KCSC-240904-02 - channel",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hi there,

We're writing to update you on your report about the channel
{YT[3]}.

After review, the channel has been terminated for repeated violations of
our spam, deceptive practices and scams policies. It is no longer
available on YouTube.

Best regards,
The YouTube Team
""",
    outcome="applied",
    imitates="YouTube channel-termination outcome notice",
    why="channel stated terminated and no longer available",
    items={YT[3]: "removed"},
)

YT_HTML = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>We have finished reviewing the remaining items of your request
<b>KCSC-240904-02</b>. The outcome for each item is shown below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>Age-restricted. Viewers must be signed in and over 18 to watch.</td></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>No action taken. The video does not violate local law or our Community Guidelines.</td></tr>
</table>
<p>Learn more about <a href="https://support.google.com/youtube/answer/2802167">age-restricted content</a>.</p>
<p>Sincerely,<br>The YouTube Legal Team</p>
</body></html>"""
case(
    name="yt-html-table-age-restricted",
    date="Thu, 12 Sep 2024 09:40:00 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal request KCSC-240904-02 [2-8831000043127]",
    reply_to_req=MID["KCSC-240904-02"],
    type="html",
    body=YT_HTML,
    outcome="applied",
    imitates="YouTube legal outcome in an HTML table (age restriction, no action)",
    why="table rows: age-restricted -> restricted; no violation -> rejected; help link not an item",
    items={YT[2]: "restricted", YT[0]: "rejected"},
)

case(
    name="yt-hedge-appears-removed",
    date="Fri, 06 Sep 2024 10:14:55 -0700",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240904-02",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hello,

Thank you for your message. It appears that the video at
{YT[2]} may have been taken down by the
uploader, but we are unable to confirm this at this time. We will follow
up once our review of your request is complete.

Regards,
Google Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Google legal-support interim reply with a hedged observation",
    why="'appears' / 'may have been' / 'unable to confirm' is a hedge, not a statement",
    items=pending([YT[2]]),
)

case(
    name="yt-url-below-statement",
    date="Wed, 11 Sep 2024 13:33:21 -0700",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your report KCSC-240904-02",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hi,

Thanks for your report. Here's what we found.

The following video has been removed for violating YouTube's policy on
harassment and cyberbullying:

{YT[1]}

The following link doesn't point to any video on YouTube. No video with
this ID exists:

{YT[2]}

- The YouTube Team

Help Center: https://support.google.com/youtube
""",
    outcome="applied",
    imitates="YouTube report-outcome notice with each URL on the line below its statement",
    why="removed and nonexistent-video statements, each followed by its URL",
    items={YT[1]: "removed", YT[2]: "not_found"},
)

case(
    name="yt-rejected-channel-uploader-deleted",
    date="Fri, 13 Sep 2024 08:21:47 -0700",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal request KCSC-240904-02 [2-8831000043127]",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hello,

We have completed our review of the items below.

Channel {YT[3]}: after careful legal review, we did not find content on
this channel that violates local law or our policies, and we are not
taking action at this time.

Video {YT[0]}: this video was deleted by its uploader before our review,
so there is nothing left for us to act on.

If you have additional information supporting your request, you may send a
new request through our legal form.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    imitates="YouTube legal refusal (no violation) with an uploader-deleted item",
    why="channel: no violation, no action -> rejected; video deleted by uploader -> not_found",
    items={YT[3]: "rejected", YT[0]: "not_found"},
)

case(
    name="yt-under-review-list",
    date="Thu, 05 Sep 2024 17:05:09 -0700",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    subject="Re: KCSC-240904-02 [2-8831000043127]",
    reply_to_req=MID["KCSC-240904-02"],
    body=f"""
Hello,

Your request has been assigned to our legal team. The items listed below
are currently under review:

1. {YT[0]}
2. {YT[1]}
3. {YT[2]}
4. {YT[3]}

Content that violates local law will be restricted in the relevant
country. We will update you when our review is complete.

Regards,
Google Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="Google legal 'under review' interim reply listing every URL",
    why="all four items named but only 'under review' and a promise",
    items=pending(YT),
)

case(
    name="yt-noreply-autoreply",
    date="Wed, 04 Sep 2024 05:01:30 +0000",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    subject="Automatic reply: Request to remove content KCSC-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
This mailbox is not monitored and messages sent to it are not read.

To submit a legal request about content on YouTube, please use our
webform: https://support.google.com/legal/answer/3110420

This is an automated message.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="unmonitored-mailbox automatic reply",
    why="automatic reply (Auto-Submitted) pointing to the web form",
    items={},
)

# =================================================================== Meta

case(
    name="meta-dsa-statement-restricted-kr",
    date="Thu, 12 Sep 2024 14:45:02 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    subject="Decision on your report KCSC-240906-03",
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""
Decision on your report

Reference: KCSC-240906-03
Content: {META[0]}

Decision: We restricted access to this content in South Korea.
Type of restriction: Visibility (content unavailable in one country)
Territorial scope: Republic of Korea. The content remains available
elsewhere.
Ground: Alleged illegal content under local law (defamation).
Use of automated means: No automated means were used in taking this
decision.

Redress: the person who posted the content can ask us to review this
decision. See https://www.facebook.com/help/contact/ for details.

Meta Platforms Ireland Limited
""",
    outcome="applied",
    imitates="Meta DSA-style statement of reasons (restriction in one country)",
    why="single named post restricted in South Korea only",
    items={META[0]: "restricted"},
)

case(
    name="meta-instagram-removed",
    date="Tue, 10 Sep 2024 03:18:22 +0000",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    subject="We removed the post you reported",
    body=f"""
Hi KCSC,

Thanks for your report (KCSC-240906-03). We removed the post you reported:

{META[1]}

because it goes against our Community Guidelines on bullying and
harassment.

We use reports like yours to help keep Instagram safe.

The Instagram Team
""",
    outcome="applied",
    imitates="Instagram 'We removed the post you reported' support-inbox notice",
    why="one Instagram post stated removed",
    items={META[1]: "removed"},
)

case(
    name="meta-group-post-deleted-by-author",
    date="Wed, 11 Sep 2024 10:02:49 +0000",
    **{"from": "records-kr@meta.com"},
    name_from="Meta Content Response",
    subject="RE: KCSC-240906-03",
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""
Hello,

Regarding your request KCSC-240906-03:

The content at
{META[2]}
was deleted by the person who posted it before our team could review it.
There is nothing further for us to action on this item.

Best regards,
Content Response Team, Meta
""",
    outcome="applied",
    imitates="Meta content-response reply: content deleted by its poster",
    why="deleted by the poster before review -> not_found",
    items={META[2]: "not_found"},
)

META_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<p>Hello,</p>
<p>Please find below the outcome of your request <strong>KCSC-240906-03</strong>.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>#</th><th>Reported URL</th><th>Action</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>1</td><td>{META[0]}</td><td>Restricted</td><td>Access restricted in South Korea under local law</td></tr>
<tr><td>2</td><td>{META[1]}</td><td>Removed</td><td>Community Guidelines (bullying and harassment)</td></tr>
<tr><td>3</td><td>{META[2]}</td><td>Content not available</td><td>The post no longer exists</td></tr>
</tbody></table>
<p>Regards,<br>Meta Content Response Team</p>
<p style="font-size:11px;color:#888">Meta Platforms Ireland Limited, Merrion Road, Dublin 4, Ireland</p>
</body></html>"""
case(
    name="meta-html-table-three",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    **{"from": "records-kr@meta.com"},
    name_from="Meta Content Response",
    subject="RE: KCSC-240906-03 - outcome",
    reply_to_req=MID["KCSC-240906-03"],
    type="html",
    body=META_HTML,
    outcome="applied",
    imitates="Meta government-request outcome table (HTML)",
    why="three rows: restricted in Korea, removed, no longer exists",
    items={META[0]: "restricted", META[1]: "removed", META[2]: "not_found"},
)

case(
    name="meta-ack-phrase-plus-outcomes",
    date="Mon, 09 Sep 2024 07:55:13 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Facebook",
    subject="Your report KCSC-240906-03",
    reply_to_req=MID["KCSC-240906-03"],
    body=f"""
Hi,

Thank you for your report. We've received it and our team has looked into
the content you told us about.

We've removed {META[1]} .

The post {META[0]} doesn't go against our Community Standards, and we did
not find it to be unlawful under the law you cited, so we've left it up.

You can see the status of your reports in your Support Inbox:
https://www.facebook.com/support/

The Facebook Team
""",
    outcome="applied",
    imitates="Facebook report-outcome notice beginning with a receipt phrase",
    why="receipt phrase followed by unhedged outcomes: removed and left up (rejected)",
    items={META[1]: "removed", META[0]: "rejected"},
)

case(
    name="meta-spoofed-dmarc-fail",
    date="Thu, 12 Sep 2024 18:22:40 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    auth="fail",
    subject="Your report has been actioned KCSC-240906-03",
    body=f"""
Hi,

We reviewed the content you reported under KCSC-240906-03 and removed it:

{META[0]}
{META[1]}
{META[2]}

To view details, sign in at https://facebook-support-centre.example/login

Facebook
""",
    outcome="review",
    review="untrusted",
    imitates="phishing copy of a Facebook report notification (DMARC fail)",
    why="Meta sender domain fails DKIM/SPF/DMARC: nothing applied",
    items=pending(META),
)

case(
    name="meta-read-receipt",
    date="Fri, 06 Sep 2024 04:31:09 +0000",
    **{"from": "d.lindqvist@meta.com"},
    name_from="Dana Lindqvist",
    subject="Read: Request to remove content KCSC-240906-03",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-00A1B2C3"

--mdn-00A1B2C3
Content-Type: text/plain; charset=utf-8

Your message

  To: records-kr@meta.com
  Subject: Request to remove content KCSC-240906-03
  Sent: Friday, September 6, 2024 11:20:00 AM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 1:31:09 PM (UTC+09:00) Seoul.

--mdn-00A1B2C3
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;records-kr@meta.com
Original-Message-ID: <{MID['KCSC-240906-03']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-00A1B2C3--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta employee",
    why="message disposition notification, no content",
    items={},
)

# ================================================================= TikTok

case(
    name="tiktok-statement-of-reasons",
    date="Fri, 13 Sep 2024 02:14:36 +0000",
    **{"from": "noreply@legal.tiktok.com"},
    name_from="TikTok Legal",
    subject="Our decision on your request KCSC-240909-04",
    reply_to_req=MID["KCSC-240909-04"],
    body=f"""
Dear Korea Communications Standards Commission,

Thank you for your request. We have reviewed the content and made the
following decisions.

Content 1: {TT[0]}
Decision: Removed
Reason: Violation of our Community Guidelines (Regulated goods and
commercial activities)

Content 2: {TT[1]}
Decision: Restricted in your country/region (South Korea)
Reason: Following legal review under local law

Information on how content decisions are made and on the options for
redress is available at
https://www.tiktok.com/community-guidelines/en/ .

TikTok Legal Team
""",
    outcome="applied",
    imitates="TikTok statement-of-reasons style decision notice (content / decision / reason blocks)",
    why="content 1 removed, content 2 restricted in South Korea; policy link is not an item",
    items={TT[0]: "removed", TT[1]: "restricted"},
)

TT_CSV = (
    "Reported URL,Action Taken,Reason\r\n"
    f"{TT[0]},Removed,Community Guidelines - regulated goods\r\n"
    f"{TT[1]},Removed,Community Guidelines - regulated goods\r\n"
    f"{TT[2]},No action,Not in violation of Community Guidelines or local law\r\n"
)
case(
    name="tiktok-csv-attachment",
    date="Mon, 16 Sep 2024 06:40:12 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Korea",
    subject="RE: KCSC-240909-04 - results",
    reply_to_req=MID["KCSC-240909-04"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tt-mix-5521"

--tt-mix-5521
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for the results of your request
KCSC-240909-04.

Best regards,
TikTok Legal Korea

--tt-mix-5521
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-04_results.csv"
Content-Disposition: attachment; filename="KCSC-240909-04_results.csv"
Content-Transfer-Encoding: base64

{b64(TT_CSV)}
--tt-mix-5521--
""",
    outcome="applied",
    imitates="TikTok legal results sent as a CSV attachment",
    why="CSV rows: two removed, one no action (rejected)",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-echoed-report-outcome",
    date="Sat, 14 Sep 2024 11:09:58 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="Update on your report",
    body=f"""
Your report

Reported content: {TT[2]}
Reason reported: Illegal activities and regulated goods
Reference: KCSC-240909-04
Submitted: Sep 9, 2024

Our decision

We reviewed the video and found that it violates our Community
Guidelines. The video has been removed.

Thank you for helping to keep TikTok safe.
""",
    outcome="applied",
    imitates="TikTok in-app/email report outcome echoing the original report",
    why="echoed report names the video; the decision says removed",
    items={TT[2]: "removed"},
)

case(
    name="tiktok-bulk-all-videos",
    date="Tue, 17 Sep 2024 01:00:44 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal Korea",
    subject="RE: KCSC-240909-04",
    reply_to_req=MID["KCSC-240909-04"],
    body="""
Hello,

Update on request KCSC-240909-04: we've removed all of the videos you
reported.

Best regards,
TikTok Legal Korea
""",
    outcome="review",
    review="bulk",
    imitates="TikTok legal one-line closing note",
    why="'all of the videos' for a three-item request, none named",
    items=pending(TT),
)

case(
    name="tiktok-lookalike-domain",
    date="Sun, 15 Sep 2024 20:12:03 +0000",
    **{"from": "legal@tiktok-compliance-team.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240909-04 completed",
    body=f"""
Dear Sir/Madam,

We confirm that the following videos have been deleted from TikTok:

{TT[0]}
{TT[2]}

Kind regards,
TikTok Compliance Team
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike domain posing as TikTok legal",
    why="sender domain is not a configured platform domain; statements not trusted",
    items=pending([TT[0], TT[2]]),
)

case(
    name="snapchat-wrong-platform",
    date="Thu, 12 Sep 2024 19:45:21 +0000",
    **{"from": "trustandsafety@snap.com"},
    name_from="Snap Trust & Safety",
    subject="Re: KCSC-240909-04",
    body=f"""
Hello,

We received your message about request KCSC-240909-04 and the links
below:

{TT[0]}
{TT[1]}

These links point to TikTok, which is not a Snap service. We searched
Snapchat and could not locate this content on our platform. Please
contact the service that hosts the content directly.

Snap Trust & Safety
""",
    outcome="review",
    review="wrong_platform",
    imitates="Snap trust-and-safety reply to a request meant for another service",
    why="Snap states 'could not locate' about TikTok items it does not host",
    items=pending([TT[0], TT[1]]),
)

# ================================================================= Reddit

case(
    name="reddit-removed-and-not-violating",
    date="Fri, 13 Sep 2024 22:18:30 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240910-05",
    reply_to_req=MID["KCSC-240910-05"],
    body=f"""
Hi there,

After investigating, we've removed
{RD[0]}
for violating Reddit's rule against transactions involving prohibited
goods.

We also reviewed
{RD[1]}
and found that it doesn't break Reddit's rules or the law you cited. It
will stay up.

Thanks,
Reddit Legal
""",
    outcome="applied",
    imitates="Reddit admin/legal outcome reply ('After investigating, we've removed')",
    why="one thread removed, one found not violating and staying up",
    items={RD[0]: "removed", RD[1]: "rejected"},
)

RD_QP = (
    "Hi there,\n\n"
    "Following further review under local law, we\u2019ve restricted access to "
    f"{RD[1]} for users in South Korea. The post remains visible in other countries.\n\n"
    "Thanks,\nReddit Legal\n"
)
case(
    name="reddit-qp-geo-restricted",
    date="Mon, 16 Sep 2024 17:44:02 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240910-05 - geo restriction",
    reply_to_req=MID["KCSC-240910-05"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(RD_QP.encode("utf-8")).decode("ascii"),
    outcome="applied",
    imitates="Reddit legal geo-restriction note, quoted-printable with soft breaks inside the URL",
    why="thread restricted for users in South Korea",
    items={RD[1]: "restricted"},
)

case(
    name="reddit-ticket-receipt",
    date="Tue, 10 Sep 2024 07:06:15 +0000",
    **{"from": "support@reddithelp.reddit.com"},
    name_from="Reddit Help",
    subject="[Reddit Help] Re: KCSC-240910-05 Request to remove content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Reddit Help",
    why="pure receipt with a ticket number, no item named",
    items={},
)

# ================================================================ Discord

case(
    name="discord-server-removed-angle-url",
    date="Sat, 14 Sep 2024 04:27:51 +0000",
    **{"from": "ts-support@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240911-06] Report regarding server invite",
    reply_to_req=MID["KCSC-240911-06"],
    body="""
Hello,

Thank you for reaching out. We've reviewed the server reached through the
invite <https://discord.gg/h7KqPz3W> and have removed it from Discord for
violating our Community Guidelines. The invite is no longer valid.

Best,
Discord Trust & Safety
""",
    outcome="applied",
    imitates="Discord Trust & Safety outcome reply (server removed)",
    why="the invited server stated removed; URL in angle brackets",
    items={DC[0]: "removed"},
)

case(
    name="discord-sole-item-actioned",
    date="Mon, 16 Sep 2024 12:51:09 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="Your report has been resolved - KCSC-240911-06",
    reply_to_req=MID["KCSC-240911-06"],
    body="""
Hi there,

Thank you for your report (KCSC-240911-06). Our Safety team has reviewed
it, and the reported content has been removed for violating our Terms of
Service.

Discord Safety
""",
    outcome="applied",
    imitates="Discord report-resolved notice without the URL",
    why="'the reported content has been removed' answering a one-item request",
    items={DC[0]: "removed"},
)

case(
    name="discord-asks-message-links",
    date="Thu, 12 Sep 2024 03:33:47 +0000",
    **{"from": "ts-support@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240911-06] Report regarding server invite",
    reply_to_req=MID["KCSC-240911-06"],
    body="""
Hello,

Thanks for your report KCSC-240911-06. To investigate, we need more
information. An invite link such as https://discord.gg/h7KqPz3W does not
let us identify the specific messages concerned.

Could you please send us the message links for the content in question?
On desktop, right-click a message and choose "Copy Message Link". More
details: https://support.discord.com/hc/en-us/articles/206346498

Best,
Discord Trust & Safety
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Discord T&S request for message links",
    why="asks for message links before acting; invite stays pending",
    items=pending(DC),
)

# ================================================================= Twitch

case(
    name="twitch-vod-removed-channel-kept",
    date="Thu, 19 Sep 2024 21:08:33 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: KCSC-240913-07",
    reply_to_req=MID["KCSC-240913-07"],
    body=f"""
Hello,

Thank you for your request KCSC-240913-07. Our Trust & Safety team has
completed its review.

- Past broadcast {TW[1]}: deleted for violating our Community Guidelines
  on gambling content.
- Channel {TW[0]}: we did not find a violation on the channel as a whole.
  The channel remains active.

Regards,
Twitch Legal
""",
    outcome="applied",
    imitates="Twitch legal outcome reply (VOD deleted, channel left active)",
    why="VOD deleted -> removed; channel not violating and left active -> rejected",
    items={TW[1]: "removed", TW[0]: "rejected"},
)

case(
    name="twitch-report-receipt",
    date="Fri, 13 Sep 2024 06:02:18 +0000",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="We've received your report (KCSC-240913-07)",
    body="""
Hi KCSC,

We've received your report. Your ticket number is #7730-1945.

Our team reviews reports around the clock and will take appropriate
action. Please don't reply to this email.

Twitch
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Twitch report-received confirmation email",
    why="receipt with ticket number only",
    items={},
)

# ============================================== other platforms, no items

case(
    name="telegram-out-of-office",
    date="Tue, 17 Sep 2024 08:00:01 +0000",
    **{"from": "m.sorn@telegram.org"},
    name_from="Mikhail Sorn",
    subject="Automatic reply: KCSC-240902-01 follow-up",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hello,

I am out of the office until 30 September with limited access to email.
For urgent abuse matters, please write to abuse@telegram.org.

Best regards,
Mikhail
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="out-of-office auto-reply",
    why="out-of-office reply",
    items={},
)

case(
    name="pinterest-use-web-form",
    date="Wed, 18 Sep 2024 16:30:45 +0000",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    subject="Re: Request to remove content",
    body="""
Hello,

Thank you for reaching out. Pinterest accepts legal removal requests
through our online form:
https://help.pinterest.com/en/contact/legal-removal-request

Requests sent to this address cannot be processed. Once you submit the
form, you will receive a confirmation with a case number.

Pinterest Legal
""",
    outcome="review",
    review="no_claims",
    imitates="Pinterest legal reply redirecting to its web form",
    why="trusted platform mail naming no item and no request; the help link is not an item",
    items={},
)

case(
    name="snapchat-case-receipt",
    date="Fri, 20 Sep 2024 02:15:39 +0000",
    **{"from": "support@snapchat.com"},
    name_from="Snapchat Support",
    subject="Snapchat Support: we've received your message",
    body="""
Hi,

Thanks for contacting Snapchat Support! We've received your message and a
member of our team will get back to you.

Your case number is 0-1823344556.

Team Snapchat
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat Support case-received receipt",
    why="receipt with case number, nothing else",
    items={},
)

HEADER = """# Blind set 784 (English notices from many platforms), written from each
# email's meaning before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    for c in CASES:
        assert "reply_to_req" not in c or c["reply_to_req"] in MID.values()
    corpuslib.write_set(HERE, "blind784", HEADER, CASES)


if __name__ == "__main__":
    main()
