#!/usr/bin/env python3
"""Blind set 250: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Telegram, Snapchat, Pinterest).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind250/make.py

Every email is fictional and written in our own words in the manner of a
public notice template or desk reply named in its `imitates` field. The
expected results were written from each email's meaning alone, before the
reader was ever run on them.
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

SET = "blind250"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/harborlights_77/status/1832450918273645061",
    "https://x.com/harborlights_77/status/1832451203948817420",
    "https://x.com/nightowl_deals/status/1832502277104938911",
    "https://x.com/nightowl_deals/status/1832509930012284478",
    "https://x.com/qwerty_mkt/status/1832611045522093569",
    "https://x.com/qwerty_mkt",
    "https://x.com/redline_pharm/status/1832700321987654402",
    "https://x.com/redline_pharm/status/1832701588800129933",
    "https://twitter.com/sunny_casino_kr/status/1831998877665544332",
    "https://x.com/sunny_casino_kr/status/1832004455667788990",
    "https://x.com/moonpass_kr/status/1832810022334455667",
    "https://x.com/moonpass_kr/status/1832812233445566778",
]
YT = [
    "https://www.youtube.com/watch?v=Qm7xTz2LpA4",
    "https://www.youtube.com/watch?v=bR9kW3vNe0s",
    "https://www.youtube.com/@goldtip_picks",
]
META = [
    "https://www.facebook.com/groups/earlybirdtrade/posts/9183746501928374",
    "https://www.facebook.com/profile.php?id=100093847561234",
    "https://www.instagram.com/p/C_k2LmNq8Zt/",
    "https://www.instagram.com/lucky_spin_kr/",
]
TT = [
    "https://www.tiktok.com/@pillbox.kr/video/7412345678901234567",
    "https://www.tiktok.com/@pillbox.kr/video/7412346789012345678",
    "https://www.tiktok.com/@quickcash_0909/video/7413456789012345671",
    "https://www.tiktok.com/@quickcash_0909",
    "https://www.tiktok.com/@vape_direct_kr/video/7414567890123456782",
]
RD = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1fbx9qz/cheap_prescription_meds_no_rx/",
    "https://www.reddit.com/user/seoulsupply_dm/",
]
DC = ["https://discord.gg/Kx7bQmP2"]
TW = [
    "https://www.twitch.tv/slotking_live",
    "https://www.twitch.tv/videos/2245678901",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, categories, note
    ("KCSC-240909-01", "x", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", X,
     ["gambling", "gambling", "fraud", "fraud", "drugs", "drugs", "drugs", "drugs",
      "gambling", "gambling", "fraud", "fraud"], "legal removal request, 12 posts/accounts"),
    ("KCSC-240910-02", "youtube", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", YT,
     ["gambling", "gambling", "gambling"], "sports betting tipster videos and channel"),
    ("KCSC-240911-03", "meta", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00", META,
     ["fraud", "fraud", "gambling", "gambling"], "Facebook and Instagram items"),
    ("KCSC-240912-04", "tiktok", "2024-09-12T14:00:00+09:00", "2024-09-19T18:00:00+09:00", TT,
     ["drugs", "drugs", "fraud", "fraud", "drugs"], "videos and one account"),
    ("KCSC-240913-05", "reddit", "2024-09-13T10:00:00+09:00", "2024-09-20T18:00:00+09:00", RD,
     ["drugs", "drugs"], "post and user profile"),
    ("KCSC-240916-06", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", DC,
     ["drugs"], "server invite"),
    ("KCSC-240917-07", "twitch", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", TW,
     ["gambling", "gambling"], "channel and past broadcast"),
]


def mid(ref):
    return f"b250-{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cats, note in REQUESTS:
        for u, cat in zip(urls, cats):
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Trust and Safety team,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        f"the following content under Korean law (reference {ref}):",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please inform us of the action taken.", "", "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


# ------------------------------------------------------------------ cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ============================== X (12-item request) ==============================
case(
    name="x-legal-withheld-in-korea",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome: country-withheld content notice to the requester",
    why="three posts stated withheld in Korea, remaining URLs explicitly still under review",
    **{"from": "noreply-legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 07:41:12 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

We are writing in response to your request with reference KCSC-240909-01.

After reviewing the reported content against applicable Korean law, X has
withheld access to the following posts in the Republic of Korea:

{X[0]}
{X[1]}
{X[2]}

These posts remain available to people outside Korea. We are still
reviewing the other URLs in your request and will reply separately.

More information about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

case(
    name="x-numbered-mixed-decisions",
    outcome="applied", classification="confirmation",
    imitates="X legal desk follow-up listing a decision per reported URL",
    why="numbered list: removed, withheld in KR, account suspended, no action, still under review",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 02:15:40 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content - update",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello KCSC team,

Thank you for your patience. Our decisions on further items from your
request are set out below.

1. {X[3]} - Removed. The post violated the X Rules on illegal or certain
   regulated goods and services.
2. {X[4]} - Withheld in KR.
3. {X[5]} - The account has been permanently suspended.
4. {X[6]} - No action. We did not find that this post violates the X
   Rules or the local law cited in your request.
5. {X[7]} - Still under review; we will update you.

Kind regards,
X Legal
""",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "removed", X[6]: "rejected", X[7]: "pending"},
)

case(
    name="x-reported-url-action-taken-blocks",
    outcome="applied", classification="confirmation",
    imitates="X ticket-system outcome email with 'Reported URL / Action taken' blocks",
    why="three blocks, status on the line below each URL: withheld, removed, could not be found",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date="Thu, 12 Sep 2024 09:03:55 +0000",
    subject="Case #0481726: your report has been resolved [KCSC-240909-01]",
    body=f"""
Your legal request has been processed. Case #0481726

Reported URL: {X[8]}
Action taken: Withheld in South Korea

Reported URL: {X[9]}
Action taken: Removed - violation of the X Rules

Reported URL: {X[10]}
Action taken: None - the post could not be found.

This mailbox is not monitored. To reply, use the form at
https://help.x.com/en/forms/legal
""",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff replying from Gmail-style client above the quoted request",
    why="two posts stated above the quote (removed; deleted by its author); the 12 quoted URLs say nothing",
    **{"from": "dwhitfield@x.com"}, name_from="Dana Whitfield",
    date="Fri, 13 Sep 2024 05:22:10 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hi team,

Quick update on two of the posts on your list: {X[10]}
was removed earlier today for violating our rules on illegal goods.
{X[11]} no longer exists - the account holder
deleted it before our review.

Best,
Dana
Global Government Affairs, X

On Mon, Sep 9, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-01", X)}
""",
    items={X[10]: "removed", X[11]: "not_found"},
)

_x_html = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1419">
<p>Hello,</p>
<p>Please find below the outcome of our review of your request <b>KCSC-240909-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f7f9f9"><th>Reported content</th><th>Decision</th><th>Scope</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Removed</td><td>Global</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>Withheld</td><td>Republic of Korea</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>No violation found</td><td>&mdash;</td></tr>
</table>
<p>Learn how X handles legal requests at
<a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">help.x.com</a>.</p>
<p>X Legal</p>
</body></html>
"""
case(
    name="x-html-table-quoted-printable",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table (quoted-printable)",
    why="HTML table rows: removed globally, withheld in Korea, no violation found",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Sat, 14 Sep 2024 01:30:00 +0000",
    subject="KCSC-240909-01: outcome of your legal request",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_x_html.encode("utf-8")).decode("ascii"),
    items={X[0]: "removed", X[2]: "restricted", X[6]: "rejected"},
)

case(
    name="x-twitter-domain-legacy-notice",
    outcome="applied", classification="confirmation",
    imitates="legacy Twitter legal notice from a twitter.com address",
    why="twitter.com is an X sender domain; one Tweet withheld in Korea, one already deleted by the user",
    **{"from": "legal@twitter.com"}, name_from="Twitter Legal",
    date="Sun, 15 Sep 2024 03:12:48 +0000",
    subject="Twitter legal request KCSC-240909-01 [ref:_00D3x9Kq._5004R1pLm:ref]",
    body=f"""
Hello,

In response to your request, we have withheld the following Tweet in
Korea:

  {X[8]}

The other Tweet from the same account that you reported,
{X[9]}, had already been deleted by the user
when we reviewed your request, so no action was needed on our side.

Sincerely,
Twitter Legal
""",
    items={X[8]: "restricted", X[9]: "not_found"},
)

case(
    name="x-korea-staff-bilingual",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply in English with a Korean summary (particles after URLs)",
    why="one post 접근 제한 / withheld in KR, one 삭제 / removed; Korean particle attached to a URL",
    **{"from": "jiwon.seo@x.com"}, name_from="Jiwon Seo",
    date="Mon, 16 Sep 2024 06:05:31 +0000",
    subject="RE: KCSC-240909-01 status",
    body=f"""
Hello KCSC team,

Regarding KCSC-240909-01, please see the status of two posts below.

말씀하신 게시물 {X[10]} 은 국내 법령 위반으로
한국 내 접근이 제한되었습니다(withheld in KR).
또한 {X[0]}의 경우, X 규칙 위반으로
삭제되었습니다.

In English: the first post is withheld in Korea and the second has been
removed globally.

Thanks,
Jiwon Seo | Public Policy, X Korea
""",
    items={X[10]: "restricted", X[0]: "removed"},
)

case(
    name="x-promise-within-24h",
    outcome="review", review="not_understood",
    imitates="X legal desk reply promising action",
    why="'will be withheld within 24 hours' is a promise, not a statement; both posts stay pending",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 12:48:02 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

Thank you for flagging these posts. Our team has confirmed the reports
and the following will be withheld in Korea within the next 24 hours:

- {X[6]}
- {X[7]}

We will send you a confirmation once this is done.

X Legal
""",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-hedged-appears-unavailable",
    outcome="review", review="not_understood",
    imitates="X support agent reply with a hedged observation",
    why="'appears to be no longer available ... may have been deleted' is a hedge, not a statement",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Wed, 11 Sep 2024 08:20:19 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hi there,

Thanks for reaching out. The post at {X[2]}
appears to be no longer available. It may have been deleted by the
author or made private; we are checking with the relevant team.

Thanks,
X Support
""",
    items={X[2]: "pending"},
)

case(
    name="x-dmarc-fail-outcome",
    outcome="review", review="untrusted",
    imitates="X legal outcome whose DKIM/DMARC failed (relayed or spoofed)",
    why="From x.com but dmarc=fail: statements cannot be trusted",
    auth="fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 15:02:44 +0000",
    subject="Re: [KCSC-240909-01] Request to remove illegal content",
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
Hello,

We have removed the following posts for violating the X Rules:

{X[3]}
{X[4]}

Regards,
X Legal
""",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-account-owner-from-gmail",
    outcome="review", review="unknown_sender",
    imitates="reply from the reported account's owner (personal webmail), not from the platform",
    why="gmail.com is no platform domain; the owner's own claim changes nothing",
    **{"from": "redline.pharm.kr@gmail.com"}, name_from="Redline",
    date="Fri, 13 Sep 2024 11:37:09 +0000",
    subject="about KCSC-240909-01 my posts",
    body=f"""
Hello,

X told me my account was named in your request. I have deleted both posts
myself, please close the case:

{X[6]}
{X[7]}

I did not know it was illegal in Korea. Sorry.
""",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-case-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt ('we have received your request, case number')",
    why="pure receipt with a case number; no statement about any item",
    **{"from": "no-reply@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 01:04:27 +0000",
    subject="We received your request - Case #0481726 [KCSC-240909-01]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting X.

We have received your legal request and created case #0481726. Our team
reviews requests in the order they arrive; you do not need to submit it
again. Replies to this email are not monitored.

X Legal Request Team
""",
)

# ============================== YouTube (3 items) ==============================
case(
    name="yt-legal-three-outcomes",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (removed / blocked in country / no action)",
    why="headed sections: removed globally, blocked from view in South Korea, no action on the channel",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 04:10:00 +0000",
    subject="Re: KCSC-240910-02 - Legal removal request [7-1234000054321]",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

Thanks for contacting YouTube. We have completed our review of the content
identified in your notice.

After review, we removed the following content from YouTube for violating
our Community Guidelines:
- {YT[0]}

We have blocked the following content from view in South Korea on the
basis of local law:
- {YT[1]}

We reviewed the following content and decided not to take action, as it
does not violate our policies and we did not find a sufficient basis under
local law to restrict it:
- {YT[2]}

For more information, see https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Team
""",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "rejected"},
)

case(
    name="yt-age-restricted-one-video",
    outcome="applied", classification="confirmation",
    imitates="YouTube notice that a video was age-restricted",
    why="one video age-restricted (restricted); the other two explicitly still being assessed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:55:21 +0000",
    subject="Re: KCSC-240910-02 - Legal removal request [7-1234000054321]",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hi,

The video {YT[1]} has been age-restricted. It is no
longer visible to signed-out viewers or to users under 18, and it cannot
be embedded on other websites.

The other two items in your notice are still being assessed.

Best regards,
YouTube Legal Support
""",
    items={YT[1]: "restricted"},
)

case(
    name="yt-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice sent to the reporter",
    why="the channel stated terminated: removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Fri, 13 Sep 2024 22:41:07 +0000",
    subject="Update on your report - KCSC-240910-02",
    body=f"""
Hi KCSC Takedown,

Thanks for your report. After review, the channel
{YT[2]} has been terminated for repeated violations of
our spam, deceptive practices and scams policy. Videos on this channel are
no longer available on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    items={YT[2]: "removed"},
)

case(
    name="yt-outlook-top-posted",
    outcome="applied", classification="confirmation",
    imitates="Google legal staff reply from Outlook above an unquoted '-----Original Message-----' block",
    why="above the original message: one video removed, one already removed by its uploader (not_found); channel only in the original",
    **{"from": "minsu.kang@google.com"}, name_from="Minsu Kang",
    date="Sat, 14 Sep 2024 02:33:58 +0000",
    subject="RE: KCSC-240910-02 Request for removal of illegal content on YouTube",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Dear KCSC,

Please be advised that {YT[0]} has been removed.

The video {YT[1]} was already removed by the
uploader before we received your notice, so no action from us was needed.

Best regards,
Minsu Kang
Legal Removals, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 11:00 AM
To: legal-kr@google.com
Subject: KCSC-240910-02 Request for removal of illegal content on YouTube

{quoted_request("KCSC-240910-02", YT, prefix="")}
""",
    items={YT[0]: "removed", YT[1]: "not_found"},
)

case(
    name="yt-statement-of-reasons-blocks",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons / notice of decision (key-value blocks) from YouTube",
    why="two decision blocks: content removed worldwide; access restricted in KR",
    **{"from": "noreply-legal@google.com"}, name_from="Google Legal",
    date="Sun, 15 Sep 2024 08:00:12 +0000",
    subject="Notice of decision regarding your report KCSC-240910-02",
    body=f"""
Notice of decision

We have taken the decisions below on the content identified in your
notice.

Content: {YT[0]}
Decision: Content removed
Grounds: Community Guidelines - illegal or regulated goods and services
Territorial scope: Worldwide
Date of decision: 2024-09-15

Content: {YT[1]}
Decision: Access restricted
Grounds: Local law (Republic of Korea)
Territorial scope: KR
Date of decision: 2024-09-15

Automated means were not used to take these decisions. Redress options:
https://support.google.com/legal/answer/3110420

Google LLC
""",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-conditional-termination",
    outcome="review", review="not_understood",
    imitates="YouTube legal reply stating a condition and next steps",
    why="'if ... it will be terminated' is a condition; the channel stays pending",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 13:14:15 +0000",
    subject="Re: KCSC-240910-02 - Legal removal request [7-1234000054321]",
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
Hello,

Regarding the channel {YT[2]}: our policy team is
looking at the channel as a whole. If the channel is found to violate our
spam, deceptive practices and scams policy, it will be terminated and you
will be notified.

Regards,
YouTube Legal Support
""",
    items={YT[2]: "pending"},
)

case(
    name="yt-out-of-office-with-quote",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail/Workspace out-of-office reply that quotes the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    **{"from": "hyejin.park@google.com"}, name_from="Hyejin Park",
    date="Tue, 10 Sep 2024 02:00:41 +0000",
    subject="Out of Office: KCSC-240910-02 Request for removal of illegal content on YouTube",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
Thank you for your email. I am out of the office until 23 September with
no access to email. Legal removal requests are handled by the team at
https://support.google.com/legal/ - please submit your notice there.

{quoted_request("KCSC-240910-02", YT)}
""",
)

# ============================== Meta (4 items) ==============================
case(
    name="meta-dsa-notice-of-decision",
    outcome="applied", classification="confirmation",
    imitates="Meta notice of decision on a report (DSA Art. 16-style, 'Content / Outcome' blocks)",
    why="Facebook post restricted in South Korea, Instagram post removed",
    **{"from": "noreply@facebookmail.com"}, name_from="Facebook",
    date="Fri, 13 Sep 2024 06:44:50 +0000",
    subject="Decision on your report KCSC-240911-03",
    body=f"""
Hi,

We've reviewed the content that you reported to us under local law.

Content: {META[0]}
Outcome: We've restricted access to this content in South Korea. It is
still visible in other countries because it doesn't go against our
Community Standards.

Content: {META[2]}
Outcome: We removed this post because it goes against our Community
Standards on restricted goods and services.

This decision was made by our review team. You can find out how we handle
government reports at https://transparency.meta.com/reports/content-restrictions

Thanks,
The Facebook team
""",
    items={META[0]: "restricted", META[2]: "removed"},
)

case(
    name="meta-instagram-account-disabled",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome (account disabled) plus a 'does not exist' note on a Facebook link",
    why="Instagram account disabled (removed); the Facebook profile no longer exists (not_found); both Meta items",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Sat, 14 Sep 2024 10:19:03 +0000",
    subject="Your report to Instagram (KCSC-240911-03)",
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We've disabled the account
{META[3]} because it goes against our Terms of Use.

You also included a Facebook link. The profile at
{META[1]} no longer exists on Facebook.

Learn more about how Instagram handles reports:
https://help.instagram.com/165828726894770

Instagram
""",
    items={META[3]: "removed", META[1]: "not_found"},
)

_meta_csv = "reported_url,decision,scope,decision_date\n" + "".join(
    f"{u},{d},{s},2024-09-16\n" for u, d, s in [
        (META[0], "REMOVED", "GLOBAL"),
        (META[1], "NO_VIOLATION", ""),
        (META[2], "RESTRICTED", "KR"),
        (META[3], "NOT_FOUND", ""),
    ]
)
case(
    name="meta-csv-outcome-attachment",
    outcome="applied", classification="confirmation",
    imitates="Meta government-requests desk reply with a CSV outcome report attached",
    why="CSV rows: removed, no violation (rejected), restricted in KR, not found",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Mon, 16 Sep 2024 07:27:36 +0000",
    subject="RE: KCSC-240911-03 - outcome report",
    reply_to_req=mid("KCSC-240911-03"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b250-meta-csv"

--b250-meta-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome report for request KCSC-240911-03
(4 items). Each row gives our decision on one reported URL.

Regards,
Government Requests Team, Meta Platforms

--b250-meta-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240911-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240911-03_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_meta_csv.encode("utf-8")).decode("ascii")}
--b250-meta-csv--
""",
    items={META[0]: "removed", META[1]: "rejected", META[2]: "restricted", META[3]: "not_found"},
)

case(
    name="meta-bulk-all-actioned",
    outcome="review", review="bulk",
    imitates="Meta short reply stating action on 'all the content you reported'",
    why="four-item request, statement does not name each item: bulk",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Fri, 13 Sep 2024 01:58:14 +0000",
    subject="RE: KCSC-240911-03 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240911-03"),
    body="""
Hello,

We've reviewed all of the content reported in KCSC-240911-03 and have
removed it from Facebook and Instagram.

Regards,
Government Requests Team, Meta Platforms
""",
    items={META[0]: "pending", META[1]: "pending", META[2]: "pending", META[3]: "pending"},
)

case(
    name="meta-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a Meta staff mailbox",
    why="message disposition notification only",
    **{"from": "legal-ops@meta.com"}, name_from="Legal Ops",
    date="Wed, 11 Sep 2024 01:02:09 +0000",
    subject="Read: KCSC-240911-03 Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="b250-mdn"

--b250-mdn
Content-Type: text/plain; charset=us-ascii

Your message

  To: legal-ops@meta.com
  Subject: KCSC-240911-03 Request for removal of illegal content
  Sent: Wednesday, September 11, 2024 9:30:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 11, 2024 10:02:09 AM (UTC+09:00) Seoul.

--b250-mdn
Content-Type: message/disposition-notification

Reporting-UA: legal-ops.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-ops@meta.com
Original-Message-ID: <b250-KCSC-240911-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b250-mdn--
""",
)

# ============================== TikTok (5 items) ==============================
case(
    name="tiktok-gov-request-bullets",
    outcome="applied", classification="confirmation",
    imitates="TikTok response to a government removal request, one bullet per reported link",
    why="an acknowledgement phrase plus unhedged outcomes for all five items",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date="Sat, 14 Sep 2024 03:45:27 +0000",
    subject="Re: KCSC-240912-04 Government removal request",
    reply_to_req=mid("KCSC-240912-04"),
    body=f"""
Dear KCSC Takedown Team,

Thank you for your report. We reviewed the content below against our
Community Guidelines and applicable law, with these outcomes:

* {TT[0]} - removed for violating our Community Guidelines (regulated goods)
* {TT[1]} - removed for violating our Community Guidelines
* {TT[2]} - restricted in South Korea under local law
* {TT[3]} - account banned
* {TT[4]} - no violation found; the content remains available

Kind regards,
TikTok Government Relations
""",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted", TT[3]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-statement-then-url-below",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety reply with each statement followed by the URL on its own line",
    why="statement line, URL on the next line: removed; could not be located (not_found)",
    **{"from": "safety@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Sun, 15 Sep 2024 05:09:44 +0000",
    subject="Re: KCSC-240912-04 Government removal request",
    reply_to_req=mid("KCSC-240912-04"),
    body=f"""
Hi,

We have removed the following video for violating our Community
Guidelines:
{TT[4]}

The following video could not be located on TikTok:
{TT[1]}

Thank you for helping us keep TikTok safe.
TikTok Trust & Safety
""",
    items={TT[4]: "removed", TT[1]: "not_found"},
)

_tt_b64_text = f"""Hello,

Your report (KCSC-240912-04) has been resolved.

The video {TT[0]} has been taken down.
The account {TT[3]} has been permanently banned.

We'll let you know about the remaining items separately.

TikTok Trust & Safety
"""
case(
    name="tiktok-base64-body",
    outcome="applied", classification="confirmation",
    imitates="TikTok ticketing-system notice sent with a base64 body",
    why="base64 plain text: one video taken down, one account banned",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Mon, 16 Sep 2024 09:31:06 +0000",
    subject="Your report has been resolved",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_tt_b64_text.encode("utf-8")).decode("ascii"),
    items={TT[0]: "removed", TT[3]: "removed"},
)

case(
    name="tiktok-echoed-report-details",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-result email echoing the submitted report fields",
    why="echoed report blocks with a Result line each: removed; no violation",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 17 Sep 2024 02:12:55 +0000",
    subject="Update on your report 7414902233110",
    body=f"""
We've finished reviewing your report.

Your report details
-------------------
Report ID: 7414902233110
Submitted: 2024-09-12 14:05 (UTC+9)
Reference: KCSC-240912-04

Reported link: {TT[2]}
Reason: Illegal activities and regulated goods
Result: Violation - video removed

Reported link: {TT[4]}
Reason: Illegal activities and regulated goods
Result: No violation

If you disagree with a result, you can appeal in the app:
https://support.tiktok.com/en/safety-hc/report-a-problem

TikTok
""",
    items={TT[2]: "removed", TT[4]: "rejected"},
)

case(
    name="tiktok-bulk-restricted",
    outcome="review", review="bulk",
    imitates="TikTok short government-relations reply covering the whole request",
    why="'all videos and accounts listed' in a five-item request: bulk",
    **{"from": "gov-requests@tiktok.com"}, name_from="TikTok Government Relations",
    date="Fri, 13 Sep 2024 08:08:08 +0000",
    subject="Re: KCSC-240912-04 Government removal request",
    reply_to_req=mid("KCSC-240912-04"),
    body="""
Dear KCSC,

All videos and accounts listed in your request KCSC-240912-04 have been
restricted in South Korea in accordance with local law.

Best regards,
TikTok Government Relations
""",
    items={u: "pending" for u in TT},
)

case(
    name="tiktok-report-received",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic 'we received your report' receipt with a ticket number",
    why="pure acknowledgement with ticket number",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 05:06:11 +0000",
    subject="We received your report [KCSC-240912-04]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for contacting TikTok. We've received your report and created
ticket 2409-77810. Our team will review it and get back to you by email.

Please don't reply to this message.

TikTok Support
""",
)

# ============================== Reddit (2 items) ==============================
case(
    name="reddit-removed-and-suspended",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome ('violates Reddit's Content Policy and has been removed')",
    why="post removed, user account permanently suspended",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Sat, 14 Sep 2024 12:00:31 +0000",
    subject="Re: your report - KCSC-240913-05",
    body=f"""
Hi,

Thanks for submitting a report to Reddit. After investigating, we found
that the post
{RD[0]}
violates Reddit's Content Policy, and it has been removed. The account
{RD[1]} has been permanently suspended.

Thanks for helping keep Reddit safe. Read the policy:
https://www.redditinc.com/policies/content-policy

- Reddit Safety
""",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-geo-restricted-and-declined",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team reply to a government removal request",
    why="post geo-restricted in Korea; profile reviewed and action declined (rejected)",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 16 Sep 2024 18:22:47 +0000",
    subject="Re: KCSC-240913-05 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240913-05"),
    body=f"""
Hello,

In response to your request KCSC-240913-05:

We have geo-restricted the post at {RD[0]}
so that it is unavailable to users in South Korea.

Regarding the user profile {RD[1]}, we reviewed
the account's activity and did not find content that violates Reddit's
Content Policy or that is unlawful in Korea. We are declining to take
action on it.

Best,
Reddit Legal
""",
    items={RD[0]: "restricted", RD[1]: "rejected"},
)

case(
    name="reddit-wrapped-angle-url",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply whose long URL in angle brackets is wrapped by the mail client",
    why="the post, in <...> wrapped over two lines, removed",
    **{"from": "safety@reddit.com"}, name_from="Reddit Safety",
    date="Tue, 17 Sep 2024 04:51:20 +0000",
    subject="Re: KCSC-240913-05 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240913-05"),
    body=f"""
Hi,

The post at
<{RD[0][:RD[0].index("1fbx9qz/") + 8]}
{RD[0][RD[0].index("1fbx9qz/") + 8:]}>
has been removed by our Safety team for violating Rule 10 of the Content
Policy (prohibited transactions).

Reddit Safety
""",
    items={RD[0]: "removed"},
)

case(
    name="reddit-asks-for-legal-basis",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal asking for the legal order / statutory basis before acting",
    why="asks for documents before acting; nothing stated about the items",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Sat, 14 Sep 2024 16:40:02 +0000",
    subject="Re: KCSC-240913-05 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240913-05"),
    body=f"""
Hello,

Thank you for your request. Before we can process KCSC-240913-05, we need
some additional information:

1. A copy of the decision or order requiring removal, or the specific
   provision of Korean law that the content at
   {RD[0]}
   is alleged to violate.
2. Confirmation of your agency's authority to issue the request.

Please reply to this email with the documents above.

Best,
Reddit Legal
""",
    items={RD[0]: "pending"},
)

case(
    name="reddit-automated-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit automated 'we received your message' response",
    why="automated receipt of the request; nothing about the items",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Fri, 13 Sep 2024 01:01:55 +0000",
    subject="[Reddit] We've received your message (KCSC-240913-05)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response to confirm that we've received your message.
A member of our team will look at it as soon as possible. You don't need to
send it again.

Reddit, Inc.
""",
)

# ============================== Discord (1 item) ==============================
case(
    name="discord-server-removed-sole-item",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply ('we have taken action ... server removed')",
    why="one-item request; 'the server you reported has been removed' without the URL applies to it",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 17 Sep 2024 21:14:09 +0000",
    subject="Re: [Request #58213907] KCSC-240916-06 Removal request",
    reply_to_req=mid("KCSC-240916-06"),
    body="""
Hello,

Thank you for reaching out. We have investigated your report and taken
action: the server you reported has been removed from Discord, and its
owner's account has been disabled.

We appreciate you taking the time to let us know.

Discord Trust & Safety
https://discord.com/safety
""",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply that the reported invite is invalid",
    why="invite link invalid/expired and server unidentifiable: not_found",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 18 Sep 2024 03:27:40 +0000",
    subject="Re: [Request #58213907] KCSC-240916-06 Removal request",
    reply_to_req=mid("KCSC-240916-06"),
    body=f"""
Hi there,

The invite link you provided ({DC[0]}) is invalid or has
expired, and we were unable to identify the server it pointed to.

Best,
Discord Trust & Safety
""",
    items={DC[0]: "not_found"},
)

# ============================== Twitch (2 items) ==============================
case(
    name="twitch-channel-suspended-vod-deleted",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety enforcement notice to the reporter",
    why="channel indefinitely suspended (removed), past broadcast deleted (removed)",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Wed, 18 Sep 2024 08:16:02 +0000",
    subject="Re: KCSC-240917-07 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240917-07"),
    body=f"""
Hello,

Thanks for your report. We have reviewed the content and taken the
following actions under our Community Guidelines:

  - {TW[0]} : channel indefinitely suspended
  - {TW[1]} : past broadcast deleted

Twitch Safety
https://safety.twitch.tv
""",
    items={TW[0]: "removed", TW[1]: "removed"},
)

case(
    name="twitch-vod-no-violation",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety reply declining action on a video",
    why="video found not to violate (rejected); channel enforcement still pending",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Thu, 19 Sep 2024 02:40:18 +0000",
    subject="Re: KCSC-240917-07 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240917-07"),
    body=f"""
Hello,

We reviewed the video {TW[1]} and found that it
does not violate Twitch's Community Guidelines. It will remain available.

Our review of the channel {TW[0]} is still ongoing.

Twitch Safety
""",
    items={TW[1]: "rejected", TW[0]: "pending"},
)

case(
    name="twitch-under-review",
    outcome="review", review="not_understood",
    imitates="Twitch Safety escalation update ('still reviewing, decision expected')",
    why="'under review ... expect a decision' names both items but states nothing",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Wed, 18 Sep 2024 00:55:33 +0000",
    subject="Re: KCSC-240917-07 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240917-07"),
    body=f"""
Hello,

Your report about {TW[0]} and the video
{TW[1]} has been escalated to our specialist team and is
under review. We expect to reach a decision within five business days.

Twitch Safety
""",
    items={TW[0]: "pending", TW[1]: "pending"},
)

case(
    name="twitch-request-bounced",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) returning the request",
    why="DSN bounce; the URLs are in the returned original only",
    auth="none",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Tue, 17 Sep 2024 01:00:07 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b250-dsn"

--b250-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<trust-safety@twitch.tv>: host mx1.twitch.tv[192.0.2.44] said: 550 5.1.1
    <trust-safety@twitch.tv>: Recipient address rejected: User unknown

--b250-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: 4WxYz1Q2r3
Arrival-Date: Tue, 17 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; trust-safety@twitch.tv
Original-Recipient: rfc822;trust-safety@twitch.tv
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.twitch.tv
Diagnostic-Code: smtp; 550 5.1.1 <trust-safety@twitch.tv>: Recipient address
    rejected: User unknown

--b250-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety@twitch.tv
Subject: KCSC-240917-07 Request for removal of illegal content
Date: Tue, 17 Sep 2024 10:00:00 +0900
Message-ID: <b250-KCSC-240917-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240917-07", TW, prefix="")}

--b250-dsn--
""",
)

# ============================== other platforms ==============================
case(
    name="telegram-links-not-on-telegram",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk reply to a misdirected request ('these links are not Telegram links')",
    why="Telegram makes statements about X items: wrong platform, nothing changes",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 14:03:26 +0000",
    subject="Re: KCSC-240909-01 Request to remove illegal content",
    body=f"""
Hello,

The links below are not hosted on Telegram and could not be found on our
platform, so no action can be taken on our side:

{X[4]}
{X[5]}

We can only act on public Telegram content (t.me links). Please contact
the service that hosts these posts.

Telegram Abuse Team
""",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="snapchat-action-taken-no-item",
    outcome="review", review="no_claims",
    imitates="Snapchat 'we've taken action on your report' notification with no content named",
    why="trusted Snap mail stating action but naming no item and no request",
    **{"from": "no-reply@snapchat.com"}, name_from="Team Snapchat",
    date="Sun, 15 Sep 2024 11:11:11 +0000",
    subject="Update on your Snapchat report",
    body="""
Hi,

We've reviewed the content you reported and taken action in line with
our Community Guidelines. Thanks for helping keep Snapchat safe.

Learn more about our guidelines: https://values.snap.com/policy/policy-community-guidelines

Team Snapchat
""",
)

case(
    name="pinterest-unrequested-pin",
    outcome="review", review="unmatched_claims",
    imitates="Pinterest Trust & Safety removal confirmation about a Pin",
    why="trusted Pinterest statement about a Pin that is in none of our requests",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Mon, 16 Sep 2024 20:30:45 +0000",
    subject="Your content report",
    body="""
Hello,

Thanks for your report. We have removed the Pin
https://www.pinterest.com/pin/887123456012345678/ because it violates our
Community Guidelines on regulated goods.

Pinterest Legal
""",
)

case(
    name="pinterest-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Pinterest employee",
    why="out-of-office auto-reply",
    **{"from": "m.ortega@pinterest.com"}, name_from="Marisol Ortega",
    date="Thu, 12 Sep 2024 00:30:00 +0000",
    subject="Automatic reply: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am away from the office until Monday,
23 September, with limited access to email. For content reports, please
use https://help.pinterest.com/en/contact. For urgent legal matters,
please write to legal@pinterest.com.

Marisol
""",
)

HEADER = """# Blind set 250 (tests/corpus/blind250/): English notices from many platforms
# (X, YouTube, Meta, TikTok, Reddit, Discord, Twitch, Telegram, Snapchat,
# Pinterest). Generated by make.py; expected results written from each
# email's meaning before the reader was run. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
