#!/usr/bin/env python3
"""Blind set 760: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind760/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email was written in our own words after a short look at public notice
templates; all names, ids and URLs are fictional. The expected results
were written from each email's meaning alone, before any run of the reader.
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
    "https://x.com/lumen_drift_77/status/1831000000000000101",
    "https://x.com/lumen_drift_77/status/1831000000000000102",
    "https://x.com/quietfern_kr/status/1831000000000000203",
    "https://x.com/quietfern_kr/status/1831000000000000204",
    "https://x.com/stonepath_ax/status/1831000000000000305",
    "https://x.com/stonepath_ax/status/1831000000000000306",
    "https://x.com/ember_loft/status/1831000000000000407",
    "https://x.com/ember_loft/status/1831000000000000408",
    "https://x.com/hollow_ridge9/status/1831000000000000509",
    "https://x.com/hollow_ridge9",
    "https://x.com/mossline_t/status/1831000000000000611",
    "https://x.com/mossline_t/status/1831000000000000612",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3vT8pLx2A",
    "https://www.youtube.com/watch?v=Zr7kW1nYb5C",
    "https://www.youtube.com/shorts/Hd4sJ9eUq0F",
    "https://www.youtube.com/@northgate_signal",
]
M = [
    "https://www.facebook.com/riverbend.market.page/posts/pfbid02Kx9sLmQ7",
    "https://www.facebook.com/groups/441700000000001/posts/441700000000099/",
    "https://www.instagram.com/p/C9xQ2mLtR4a/",
    "https://www.instagram.com/reel/C9yP7nKwS1b/",
    "https://www.instagram.com/amber.kiln.shop/",
]
T = [
    "https://www.tiktok.com/@velvetcrane_kr/video/7410000000000000011",
    "https://www.tiktok.com/@velvetcrane_kr/video/7410000000000000012",
    "https://www.tiktok.com/@dunewalker_b/video/7410000000000000023",
]
R = [
    "https://www.reddit.com/r/fictionalmarket_kr/comments/1f3abcd/cheap_pass_sale/",
    "https://www.reddit.com/r/fictionalmarket_kr/comments/1f3abce/",
]
D = ["https://discord.gg/pQ7rT2xW"]
G = ["https://t.me/grey_lantern_shop/512", "https://t.me/grey_lantern_shop/530"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id (no <>), urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal-goods", "req-240903-01@kcsc.example", X, "batch of posts advertising illegal goods"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "gambling", "req-240904-02@kcsc.example", Y, "illegal gambling promotion"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     "counterfeit", "req-240905-03@kcsc.example", M, "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "drugs", "req-240906-04@kcsc.example", T, ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "fraud", "req-240909-05@kcsc.example", R, ""),
    ("KCSC-240910-06", "discord", "2024-09-10T09:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-goods", "req-240910-06@kcsc.example", D, "server invite"),
    ("KCSC-240910-07", "telegram", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "drugs", "req-240910-07@kcsc.example", G, ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


X_REQUEST = """Dear X Legal team,

The Korea Communications Standards Commission requests that the following
posts, which advertise goods whose sale is illegal in the Republic of Korea,
be removed or made unavailable in Korea (our reference KCSC-240903-01):

""" + "\n".join(X) + """

Please reply to this address with the action taken for each URL by
10 September 2024.

KCSC Takedown Desk"""

Y_REQUEST = """Dear YouTube Legal Support,

Under our reference KCSC-240904-02 we request the removal of the following
content promoting illegal online gambling:

""" + "\n".join(Y) + """

Kind regards,
KCSC Takedown Desk"""

TG_REQUEST = """Dear Telegram team,

Reference KCSC-240910-07. The following channel messages offer narcotics for
sale to users in Korea. We request their removal:

""" + "\n".join(G) + """

KCSC Takedown Desk"""

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ===== X (KCSC-240903-01, 12 items) =====

case(
    name="x-cwc-withheld-three-posts",
    outcome="applied",
    imitates="X legal team reply announcing Country Withheld Content for posts named in a legal demand",
    why="three requested posts each named and stated withheld in Korea: restricted",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 07:41:12 +0000",
    subject="Re: KCSC-240903-01 - Removal request [ref:_00DA0K0A8._5004V01XqkR:ref]",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your correspondence. We have reviewed the posts referenced in
your request against applicable local law.

After review, we have withheld the following posts in the Republic of Korea:

{X[0]}
{X[1]}
{X[2]}

These posts remain viewable outside Korea. In line with our Country Withheld
Content policy (https://help.x.com/en/rules-and-policies/post-withheld-by-country),
the account holders have been notified of this action.

We will reply separately about the remaining URLs in your request.

Regards,
X Legal
""",
)

case(
    name="x-numbered-three-outcomes",
    outcome="applied",
    imitates="X legal reply giving one outcome per numbered URL (removal, country withholding, no violation)",
    why="numbered list, each URL followed by its own outcome: removed, restricted, rejected",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "rejected"},
    **{"from": "legal-support@x.com"},
    date="Fri, 06 Sep 2024 02:10:55 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    body=f"""Hi,

Please see the outcome of our review for the following reported posts:

1. {X[4]} – removed for violating the X Rules (illegal or certain regulated goods or services)
2. {X[5]} – withheld in South Korea in response to your legal demand
3. {X[6]} – after review, we did not find a violation of the X Rules or of local law. This post remains available.

If you have further information about item 3, you may reply to this email.

Thanks,
Ana
X Legal Operations
""",
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied",
    imitates="X legal specialist's short top-posted answer over the quoted request (Gmail 'On ... wrote:' quoting)",
    why="only the top reply is the platform's statement (one post removed); the twelve URLs below are our own quoted request",
    items={X[7]: "removed"},
    **{"from": "mkaur@x.com"},
    name_from="Meera Kaur",
    date="Fri, 06 Sep 2024 09:03:40 +0000",
    subject="Re: KCSC-240903-01 Request for removal of posts advertising illegal goods",
    reply_to_req="req-240903-01",
    body=f"""Hi team,

Quick update on your request: {X[7]} has been removed globally for violating
our Private information and media policy.

I'll follow up separately on the rest of the list.

Best,
Meera
Legal Policy, X Corp.

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(X_REQUEST)}
""",
)

case(
    name="x-conditional-will-withhold",
    outcome="review",
    review="not_understood",
    imitates="X legal reply saying posts are under local-law review and will be withheld if found unlawful",
    why="a conditional promise about two named posts: nothing stated as done, items stay pending",
    items={X[8]: "pending", X[10]: "pending"},
    **{"from": "legal-support@x.com"},
    date="Wed, 04 Sep 2024 23:18:09 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Regarding the following posts in your request KCSC-240903-01:

  {X[8]}
  {X[10]}

our team is assessing them under Korean law together with local counsel. If
they are found to be unlawful in Korea, they will be withheld in that country.
We expect to complete this assessment within the next few business days and
will let you know the outcome.

Regards,
X Legal
""",
)

case(
    name="x-dkim-fail-removed",
    outcome="review",
    review="untrusted",
    imitates="X legal removal confirmation, but arriving with failed DKIM/SPF/DMARC",
    why="the From domain is X's but authentication failed: statements are not applied",
    items={X[10]: "pending", X[11]: "pending"},
    auth="fail",
    **{"from": "legal@x.com"},
    date="Sat, 07 Sep 2024 04:22:31 +0000",
    subject="KCSC-240903-01 processed",
    body=f"""Hello,

Your request KCSC-240903-01 has been processed. The following posts have been
removed from X:

- {X[10]}
- {X[11]}

X Legal
""",
)

case(
    name="x-account-suspended",
    outcome="applied",
    imitates="X notice that a reported account was permanently suspended",
    why="the requested account URL is named and stated suspended and no longer available: removed (its post is not named)",
    items={X[9]: "removed"},
    **{"from": "legal-support@x.com"},
    date="Sat, 07 Sep 2024 01:05:00 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    body=f"""Hello,

Thank you for your report. The account @hollow_ridge9
({X[9]}) has been permanently suspended for repeated violations of the
X Rules and is no longer available on X.

Regards,
X Legal
""",
)

case(
    name="x-html-outcome-table",
    outcome="applied",
    imitates="X legal reply with an HTML table of post URL, action and scope",
    why="one table row per URL: withheld in KR (restricted), removed globally, no action (rejected)",
    items={X[10]: "restricted", X[11]: "removed", X[3]: "rejected"},
    **{"from": "legal-support@x.com"},
    type="html",
    date="Mon, 09 Sep 2024 06:47:18 +0000",
    subject="Re: KCSC-240903-01 - Removal request - outcome",
    reply_to_req="req-240903-01",
    body=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following posts from your request KCSC-240903-01.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Post URL</th><th>Action taken</th><th>Scope</th></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld</td><td>Republic of Korea</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed (X Rules violation)</td><td>Global</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>No action &ndash; no violation found</td><td>&ndash;</td></tr>
</table>
<p>For more information about withheld content, see our <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">Help Center</a>.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
)

case(
    name="x-bulk-all-withheld",
    outcome="review",
    review="bulk",
    imitates="X legal one-line reply that all reported content was withheld, naming no URL",
    why="one statement covering a twelve-item request without naming each post: bulk, items pending",
    items={u: "pending" for u in X},
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    body="""Hello,

Following review of your request KCSC-240903-01, we have withheld all of the
reported content in the Republic of Korea.

Regards,
X Legal
""",
)

X_QP_TEXT = (
    "Hello,\n\n"
    "Thank you for your request KCSC-240903-01. Upon review, the posts at "
    "https://twitter.com/lumen_drift_77/status/1831000000000000101 and "
    "https://twitter.com/stonepath_ax/status/1831000000000000305 no longer exist on X: "
    "both were deleted by the account owner before our review, so there was nothing "
    "for us to action.\n\n"
    "Regards,\nX Legal\n"
)

case(
    name="x-qp-deleted-by-owner",
    outcome="applied",
    imitates="X legal reply (quoted-printable, twitter.com links) that posts were deleted by their author",
    why="two posts named (twitter.com form, soft-wrapped by QP) and stated deleted by the owner: not_found",
    items={X[0]: "not_found", X[4]: "not_found"},
    **{"from": "legal-support@x.com"},
    date="Tue, 10 Sep 2024 08:12:44 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_QP_TEXT),
)

case(
    name="x-case-number-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="X automated 'we received your report, case number' receipt",
    why="a pure receipt: no statement about any item",
    items={},
    **{"from": "noreply@x.com"},
    date="Tue, 03 Sep 2024 01:02:10 +0000",
    subject="Case# 0384412976: KCSC-240903-01 [ref:_00DA0K0A8._5004V01XqkR:ref]",
    reply_to_req="req-240903-01",
    body="""Hello,

Thanks for contacting X. This is an automated message confirming that we have
received your report. Your case number is 0384412976.

Our team will review your report and respond as soon as possible. Please do
not reply to this message; to add information, use the link in your original
submission confirmation.

Thanks,
X
""",
)

case(
    name="x-statement-then-url-below",
    outcome="applied",
    imitates="X legal reply where each outcome sentence is followed by the post URL in angle brackets",
    why="URL on the line below its statement: first withheld in Korea (restricted), second removed",
    items={X[3]: "restricted", X[11]: "removed"},
    **{"from": "legal-support@x.com"},
    date="Wed, 11 Sep 2024 05:55:02 +0000",
    subject="Re: KCSC-240903-01 - Removal request",
    reply_to_req="req-240903-01",
    body=f"""Hello,

The following post has been withheld in South Korea in response to your
legal demand:

<{X[3]}>

The following post was removed for violating the X Rules:

<{X[11]}>

Regards,
X Legal
""",
)

case(
    name="x-replies-about-youtube-links",
    outcome="review",
    review="wrong_platform",
    imitates="X legal reply pointing out that the reported links are hosted elsewhere (misaddressed request)",
    why="X states it cannot act on two YouTube items: statements from the wrong platform, nothing applied",
    items={Y[0]: "pending", Y[1]: "pending"},
    **{"from": "legal-support@x.com"},
    date="Thu, 05 Sep 2024 10:20:00 +0000",
    subject="Re: KCSC-240904-02 - Removal request",
    body=f"""Hello,

The links in your request KCSC-240904-02 point to videos on YouTube:

{Y[0]}
{Y[1]}

This content is not hosted on X and we are unable to take any action on it.
Please contact the hosting service directly.

Regards,
X Legal
""",
)

# ===== YouTube (KCSC-240904-02, 4 items) =====

case(
    name="yt-blocked-in-korea",
    outcome="applied",
    imitates="Google/YouTube legal removals reply: content blocked from view in the requesting country",
    why="two videos named and blocked from view in South Korea: restricted",
    items={Y[0]: "restricted", Y[1]: "restricted"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 00:33:19 +0000",
    subject="Re: [8-8816000033721] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing your request, we have blocked the following URLs from view on
YouTube in South Korea based on local law:

- {Y[0]}
- {Y[1]}

Please note that a copy of each legal notice we receive may be sent to the
Lumen project for publication.

Regards,
The YouTube Legal Team
""",
)

case(
    name="yt-actioned-and-channel-terminated",
    outcome="applied",
    imitates="YouTube trust-and-safety reply: 'actioned under our policies' plus channel termination",
    why="the short is actioned under YouTube's policies (removed) and the channel terminated (removed)",
    items={Y[2]: "removed", Y[3]: "removed"},
    **{"from": "yt-escalations@youtube.com"},
    name_from="YouTube Trust & Safety",
    date="Sat, 07 Sep 2024 02:41:07 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""Hi there,

Thank you for flagging this to us. Following our review:

The content at {Y[2]} has been actioned under our policies.

In addition, the channel {Y[3]} has been terminated for repeated violations
of our Community Guidelines.

Best regards,
YouTube Trust & Safety
""",
)

case(
    name="yt-age-restricted",
    outcome="applied",
    imitates="YouTube notice that an age restriction was applied to a reported video",
    why="age-restricted video: restricted",
    items={Y[1]: "restricted"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:07:07 +0000",
    subject="Re: [8-8816000033721] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

We reviewed the video {Y[1]} and have applied an age restriction to it.
It can no longer be watched by viewers who are signed out or under 18.

We did not find grounds to remove it entirely.

Regards,
The YouTube Legal Team
""",
)

case(
    name="yt-no-action-remains-available",
    outcome="applied",
    imitates="YouTube legal reply declining a removal request (no violation of local law or guidelines)",
    why="a refusal with its reason for one named video: rejected",
    items={Y[0]: "rejected"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 01:15:30 +0000",
    subject="Re: [8-8816000033721] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Thanks for your patience while we reviewed your request.

Based on the information provided, we have decided not to take action on
{Y[0]}. We were unable to identify content in this video that violates
local law or our Community Guidelines, and it will remain available on
YouTube.

If you have a court order or further information, please reply to this email.

Regards,
The YouTube Legal Team
""",
)

case(
    name="yt-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Gmail vacation responder of a Google legal specialist",
    why="an out-of-office auto-reply: nothing about the items",
    items={},
    **{"from": "jhwang@google.com"},
    name_from="Jiyoon Hwang",
    date="Wed, 04 Sep 2024 02:31:00 +0000",
    subject="Out of office: KCSC-240904-02 Request for removal of gambling content",
    reply_to_req="req-240904-02",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""Hello,

I am out of the office until Monday 23 September with limited access to email.
For urgent legal removal matters, please use the YouTube legal webform.

Thanks,
Jiyoon
""",
)

YT_B64_TEXT = f"""Hello,

We have reviewed the content in your request KCSC-240904-02.

The video {Y[0]} has been removed from YouTube for violating our policy on
illegal online gambling.

The video {Y[2]} had already been deleted by the uploader before our review,
so no further action was needed on our side.

Sincerely,
The YouTube Team
"""
YT_B64_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have reviewed the content in your request KCSC-240904-02.</p>
<p>The video <a href="{Y[0]}">{Y[0]}</a> has been removed from YouTube for violating our policy on illegal online gambling.</p>
<p>The video <a href="{Y[2]}">{Y[2]}</a> had already been deleted by the uploader before our review, so no further action was needed on our side.</p>
<p>Sincerely,<br>The YouTube Team</p>
</body></html>
"""

case(
    name="yt-base64-alternative",
    outcome="applied",
    imitates="YouTube templated outcome email sent as base64 multipart/alternative (text and HTML)",
    why="one video removed; the other already deleted by its uploader: not_found",
    items={Y[0]: "removed", Y[2]: "not_found"},
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Wed, 11 Sep 2024 12:00:05 +0000",
    subject="Update on your request KCSC-240904-02",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="00000000000077a1b2061f0c4d2e"

--00000000000077a1b2061f0c4d2e
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(YT_B64_TEXT)}
--00000000000077a1b2061f0c4d2e
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(YT_B64_HTML)}
--00000000000077a1b2061f0c4d2e--
""",
)

case(
    name="yt-outlook-original-message",
    outcome="applied",
    imitates="Google legal specialist reply in Outlook style over '-----Original Message-----'",
    why="the top reply removes one video; the four URLs below the separator are our quoted request",
    items={Y[1]: "removed"},
    **{"from": "minji.seo@google.com"},
    name_from="Minji Seo",
    date="Thu, 12 Sep 2024 04:44:00 +0000",
    subject="RE: KCSC-240904-02 Request for removal of gambling content",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Please note that the video {Y[1]} has now been removed from YouTube.
The other URLs are still with the relevant team.

Best,
Minji Seo
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:30 AM
To: legal-kr@google.com
Subject: KCSC-240904-02 Request for removal of gambling content

{Y_REQUEST}
""",
)

case(
    name="yt-asks-for-legal-basis",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Google legal reply asking for the legal provision and timestamps before acting",
    why="YouTube asks for more information about a named video; no status stated",
    items={Y[0]: "pending"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:03:03 +0000",
    subject="Re: [8-8816000033721] KCSC-240904-02 Legal removal request",
    reply_to_req="req-240904-02",
    body=f"""Hello,

In order to process your request regarding {Y[0]}, please provide:

1. the specific provision of Korean law that the content is alleged to violate;
2. the timestamp(s) in the video where the content appears.

We are unable to proceed with our review until we receive this information.

Regards,
The YouTube Legal Team
""",
)

# ===== Meta (KCSC-240905-03, 5 items) =====

case(
    name="ig-statement-of-reasons-removed",
    outcome="applied",
    imitates="Instagram DSA-style statement of reasons (decision, content, ground, scope, automation, redress)",
    why="the decision field says content removed worldwide for the named post: removed",
    items={M[2]: "removed"},
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 11:26:40 +0000",
    subject="Decision on your report (KCSC-240905-03)",
    body=f"""Statement of reasons

We reviewed the content you reported and made the following decision.

Content: {M[2]}
Decision: Content removed
Territorial scope: Worldwide
Ground for decision: Violation of our Community Guidelines on restricted goods
  and services; also reported as illegal under the law of the Republic of Korea
Facts and circumstances: The post offers counterfeit goods for sale.
Use of automated means: The content was detected through a user report and
  reviewed by a person.

If you disagree with this decision, you can find information about your
options at https://help.instagram.com/contact/000000000000001.

Instagram
""",
)

case(
    name="fb-local-law-status-below-url",
    outcome="applied",
    imitates="Facebook local-law report outcome, URL on one line and its status on the line below",
    why="first post restricted in South Korea; second not restricted because not found unlawful: rejected",
    items={M[0]: "restricted", M[1]: "rejected"},
    **{"from": "records@facebookmail.com"},
    name_from="Facebook",
    date="Mon, 09 Sep 2024 09:09:19 +0000",
    subject="Your legal report KCSC-240905-03: outcome",
    body=f"""Hi,

We've reviewed the content in your report under local law. Here is the outcome
for each item:

{M[0]}
Status: Access restricted in South Korea

{M[1]}
Status: Not restricted. We did not find this content to be unlawful in South
Korea, and it does not go against our Community Standards.

Thanks,
The Facebook Team
""",
)

META_CSV = f"""content_url,action,region,notes
{M[0]},RESTRICTED,KR,Local law - Republic of Korea
{M[1]},REMOVED,GLOBAL,Community Standards - restricted goods
{M[2]},NO_ACTION,,Does not violate local law or Community Standards
{M[3]},CONTENT_NOT_FOUND,,Deleted by the user before review
{M[4]},REMOVED,GLOBAL,Account disabled
"""

case(
    name="meta-csv-attachment",
    outcome="applied",
    imitates="Meta government-request team reply with the outcome per URL in an attached CSV",
    why="CSV rows for all five items: restricted, removed, rejected, not_found, removed",
    items={M[0]: "restricted", M[1]: "removed", M[2]: "rejected", M[3]: "not_found", M[4]: "removed"},
    **{"from": "gov-requests@meta.com"},
    name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 02:58:00 +0000",
    subject="KCSC-240905-03 - review outcome",
    reply_to_req="req-240905-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_4410_88213.1726023480"

------=_Part_4410_88213.1726023480
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review of your request
KCSC-240905-03, one row per reported URL.

Kind regards,
Meta Government Requests

------=_Part_4410_88213.1726023480
Content-Type: text/csv; charset=UTF-8; name="KCSC-240905-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
------=_Part_4410_88213.1726023480--
""",
)

case(
    name="ig-account-may-be-deactivated",
    outcome="review",
    review="not_understood",
    imitates="Meta specialist's tentative reply that an account 'appears to' be deactivated, to be confirmed",
    why="a hedge ('appears', 'may have been') and a promise to confirm: no statement, item pending",
    items={M[4]: "pending"},
    **{"from": "s.lim@meta.com"},
    name_from="Sora Lim",
    date="Fri, 06 Sep 2024 06:16:00 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""Hello,

Thanks for your message. It appears that the Instagram account
{M[4]} may already have been deactivated by its owner. I'm checking
this with the relevant team and will confirm once I hear back.

Best,
Sora
Public Policy, Meta
""",
)

case(
    name="page-owner-agency-claims-deleted",
    outcome="review",
    review="unknown_sender",
    imitates="a page owner's agent writing to the regulator that the post was deleted",
    why="not from a platform's domain: the claim about the Facebook post is not applied",
    items={M[0]: "pending"},
    **{"from": "contact@riverbend-market.example"},
    name_from="Riverbend Market",
    date="Tue, 10 Sep 2024 05:00:12 +0000",
    subject="Regarding KCSC-240905-03",
    body=f"""Dear Sir or Madam,

We manage the Facebook page of Riverbend Market. Regarding your request
KCSC-240905-03, the post {M[0]}
has been deleted by us today. We apologise for any inconvenience.

Yours faithfully,
Riverbend Market
""",
)

case(
    name="ig-reel-not-taken-down",
    outcome="applied",
    imitates="Instagram 'we didn't take down the reel you reported' outcome notice",
    why="the named reel was reviewed and left up as not against the guidelines: rejected",
    items={M[3]: "rejected"},
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    date="Sun, 08 Sep 2024 13:45:51 +0000",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""Hi,

We reviewed the reel you reported ({M[3]}) and found that it
doesn't go against our Community Guidelines, so we didn't take it down.

We understand this may be disappointing. If you think we got this wrong, you
can ask us to review it again from your Support requests.

Instagram
""",
)

case(
    name="meta-forwarded-vendor-note",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="Meta employee forwarding a content-review vendor's note to the regulator",
    why="the removal statement sits inside a forwarded message from a third party: review, not applied",
    items={M[2]: "pending"},
    **{"from": "d.cho@meta.com"},
    name_from="Daniel Cho",
    date="Thu, 12 Sep 2024 08:20:00 +0000",
    subject="Fwd: KCSC-240905-03 item status",
    body=f"""FYI, see the note below from our review operations partner.

Daniel

---------- Forwarded message ---------
From: Review Ops <ops@reviewvendor.example>
Date: Wed, Sep 11, 2024 at 6:02 PM
Subject: KCSC-240905-03 item status
To: Daniel Cho <d.cho@meta.com>

Hi Daniel,

The Instagram post {M[2]} was removed on 11 September.

Thanks,
Review Ops
""",
)

case(
    name="meta-out-of-office",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook automatic reply of a Meta public-policy staff member",
    why="out-of-office auto-reply",
    items={},
    **{"from": "s.lim@meta.com"},
    name_from="Sora Lim",
    date="Thu, 05 Sep 2024 00:20:44 +0000",
    subject="Automatic reply: KCSC-240905-03 Request for removal of counterfeit listings",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: s.lim@meta.com"],
    body="""Thank you for your email. I am travelling until 9 September and will respond
to your message when I return. For legal requests, please use the Meta law
enforcement and government portal.

Sora Lim
""",
)

# ===== TikTok (KCSC-240906-04, 3 items) =====

case(
    name="tiktok-bullets-angle-brackets",
    outcome="applied",
    imitates="TikTok Trust & Safety reply with bulleted URLs in angle brackets and an outcome each",
    why="two videos removed, one made unavailable in South Korea: restricted",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted"},
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Sun, 08 Sep 2024 03:15:27 +0000",
    subject="Re: KCSC-240906-04 Removal request",
    reply_to_req="req-240906-04",
    body=f"""Dear KCSC,

Thank you for your report. We have reviewed the videos you flagged:

  • <{T[0]}> – removed for violating our Community Guidelines
  • <{T[1]}> – removed for violating our Community Guidelines
  • <{T[2]}> – not available in South Korea; access restricted under local law

Kind regards,
TikTok Trust & Safety
""",
)

case(
    name="tiktok-statement-of-reasons",
    outcome="applied",
    imitates="TikTok DSA Article 17 statement of reasons notice",
    why="type of restriction: removal of content, worldwide, for the named video: removed",
    items={T[1]: "removed"},
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Mon, 09 Sep 2024 10:10:10 +0000",
    subject="Statement of reasons - your report KCSC-240906-04",
    body=f"""Statement of reasons

Reported content: {T[1]}
Type of restriction: Removal of content
Territorial scope: Worldwide
Decision ground: Incompatible with our terms of service (Community Guidelines:
  Regulated goods and commercial activities - drugs)
Facts and circumstances: The video promotes the sale of controlled substances.
Automated means: Detection by user report; decision by a human moderator.
Redress: The account holder may appeal in the app. You may also use an
  out-of-court dispute settlement body or seek judicial redress.

TikTok
""",
)

case(
    name="tiktok-report-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok automated receipt of a legal report with a ticket number",
    why="pure acknowledgement of receipt",
    items={},
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    date="Fri, 06 Sep 2024 05:01:02 +0000",
    subject="We've received your report [Ticket 7402219]",
    body="""Hi,

We've received your report (Ticket 7402219) and our team will look into it.
You will receive an email once we have reviewed it. Please do not reply to
this automated message.

TikTok Trust & Safety
""",
)

case(
    name="tiktok-all-three-removed",
    outcome="review",
    review="bulk",
    imitates="TikTok short reply that all videos in the report were removed",
    why="one statement about a three-item request that names no video: bulk, items pending",
    items={u: "pending" for u in T},
    **{"from": "legal@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 09:30:00 +0000",
    subject="Re: KCSC-240906-04 Removal request",
    reply_to_req="req-240906-04",
    body="""Dear KCSC,

All three videos listed in your report have been removed from TikTok.

Kind regards,
TikTok Trust & Safety
""",
)

case(
    name="tiktok-bilingual-korean-particles",
    outcome="applied",
    imitates="TikTok Korea team's bilingual reply, URLs followed by Korean particles",
    why="one video removed; the other link does not exist: not_found",
    items={T[0]: "removed", T[2]: "not_found"},
    **{"from": "kr-policy@tiktok.com"},
    name_from="TikTok Korea Policy",
    date="Wed, 11 Sep 2024 01:40:00 +0000",
    subject="Re: KCSC-240906-04 Removal request / 삭제 요청 회신",
    reply_to_req="req-240906-04",
    body=f"""Hello, / 안녕하세요.

{T[0]} 영상은 커뮤니티 가이드라인 위반으로 삭제되었습니다.
(The video above has been removed for violating our Community Guidelines.)

{T[2]} 은 존재하지 않는 영상입니다.
(We could not locate this video: the link is invalid or the video does not exist.)

Regards, / 감사합니다.
TikTok Korea Policy Team
""",
)

case(
    name="tiktok-lookalike-domain",
    outcome="review",
    review="unknown_sender",
    imitates="a lookalike 'TikTok safety' domain claiming a removal",
    why="sender domain is not TikTok's: the removal claim is not applied",
    items={T[0]: "pending"},
    **{"from": "support@tiktok-safetyteam.example"},
    name_from="TikTok Safety Team",
    date="Mon, 09 Sep 2024 18:00:00 +0000",
    subject="KCSC-240906-04 resolved",
    body=f"""Dear partner,

The content {T[0]} has been removed.
Case resolved.

TikTok Safety Team
""",
)

# ===== Reddit (KCSC-240909-05, 2 items) =====

case(
    name="reddit-legal-both-removed",
    outcome="applied",
    imitates="Reddit legal operations reply listing removed content with bullets",
    why="both posts named and stated removed",
    items={R[0]: "removed", R[1]: "removed"},
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:02:48 +0000",
    subject="Re: KCSC-240909-05 Content removal request",
    reply_to_req="req-240909-05",
    body=f"""Hi there,

Thanks for your request. After review we have removed the following content
from Reddit for violating our Content Policy:

* {R[0]}
* {R[1]}

Best,
Reddit Legal Operations
""",
)

case(
    name="reddit-geo-restricted-and-mod-removed",
    outcome="applied",
    imitates="Reddit legal reply: one post geo-restricted, the other already removed by subreddit moderators",
    why="first post restricted in South Korea; second already removed by the moderators (taken down): removed",
    items={R[0]: "restricted", R[1]: "removed"},
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 16:20:00 +0000",
    subject="Re: KCSC-240909-05 Content removal request",
    reply_to_req="req-240909-05",
    body=f"""Hello,

{R[0]} has been geo-restricted and is no longer accessible from South Korea.

{R[1]} had already been removed by the subreddit's moderators before
we received your notice.

Regards,
Reddit Legal Operations
""",
)

case(
    name="reddit-read-receipt",
    outcome="ignored",
    classification="read_receipt",
    imitates="message disposition notification (read receipt) from a Reddit mailbox",
    why="an MDN: says only that our request was displayed",
    items={},
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 03:11:00 +0000",
    subject="Read: KCSC-240909-05 Content removal request",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7f3a1c"

--mdn-7f3a1c
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to legal@reddit.com at 9/9/2024 10:40 AM.

This receipt verifies that the message has been displayed on the recipient's
computer. There is no guarantee that the content has been read or understood.

--mdn-7f3a1c
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Thunderbird 115.14.0
Final-Recipient: rfc822;legal@reddit.com
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7f3a1c--
""",
)

# ===== Discord (KCSC-240910-06, 1 item) =====

case(
    name="discord-server-removed-no-url",
    outcome="applied",
    imitates="Discord Trust & Safety ticket reply that the reported server was removed",
    why="the only statement (server removed), in reply to a one-item request, names no URL: applies to the invite",
    items={D[0]: "removed"},
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 21:05:33 +0000",
    subject="Re: [KCSC-240910-06] Report of server selling illegal goods",
    reply_to_req="req-240910-06",
    body="""Hello,

Thank you for your report. Our Safety team has reviewed the server you
reported, and it has been removed from Discord for violating our Community
Guidelines.

You can read more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take.

Discord Trust & Safety
""",
)

case(
    name="discord-will-investigate",
    outcome="review",
    review="not_understood",
    imitates="Discord reply promising to investigate and act if a violation is found",
    why="a promise with a condition about the named invite: item stays pending",
    items={D[0]: "pending"},
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Re: [KCSC-240910-06] Report of server selling illegal goods",
    reply_to_req="req-240910-06",
    body="""Hello,

Thanks for reaching out. We will investigate the server linked in your report
(https://discord.gg/pQ7rT2xW) and take appropriate action if we find that it
violates our Terms of Service or Community Guidelines.

Discord Trust & Safety
""",
)

# ===== Telegram (KCSC-240910-07, 2 items) =====

case(
    name="tg-one-removed-one-kept",
    outcome="applied",
    imitates="Telegram abuse-desk reply with a case number: one message removed, one kept",
    why="512 removed; 530 not a violation and remains available: rejected",
    items={G[0]: "removed", G[1]: "rejected"},
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240910-07 [Case #5529103]",
    reply_to_req="req-240910-07",
    body=f"""Hello,

Thank you for your report (Case #5529103).

The message {G[0]} has been removed and is no longer accessible.

Regarding {G[1]}, we did not find a violation of our Terms of
Service; the message remains available.

Telegram Abuse Team
""",
)

case(
    name="tg-restricted-for-korea-bare-links",
    outcome="applied",
    imitates="Telegram reply that channel posts are unavailable for users in a country, links without scheme",
    why="both messages (t.me links without https) restricted for users in South Korea",
    items={G[0]: "restricted", G[1]: "restricted"},
    **{"from": "dsa@telegram.org"},
    date="Sat, 14 Sep 2024 08:00:00 +0000",
    subject="Re: KCSC-240910-07 [Case #5529103]",
    reply_to_req="req-240910-07",
    body="""Hello,

The following channel posts have been restricted and are no longer available
to users in South Korea under local law:

t.me/grey_lantern_shop/512
t.me/grey_lantern_shop/530

Telegram Support
""",
)

case(
    name="tg-delivery-failure",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification returning our request, original message attached",
    why="a DSN bounce: the URLs are in our own returned request",
    items={},
    **{"from": "MAILER-DAEMON@telegram.org"},
    name_from="Mail Delivery System",
    date="Tue, 10 Sep 2024 07:21:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="4B1C92A0F1.1725952864/mail-out2.telegram.org"

--4B1C92A0F1.1725952864/mail-out2.telegram.org
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out2.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa-kr@telegram.org>: host mx.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--4B1C92A0F1.1725952864/mail-out2.telegram.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out2.telegram.org
Arrival-Date: Tue, 10 Sep 2024 07:20:58 +0000

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address
    rejected: User unknown

--4B1C92A0F1.1725952864/mail-out2.telegram.org
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: KCSC-240910-07 Request for removal of channel messages
Date: Tue, 10 Sep 2024 16:20:00 +0900
Message-ID: <req-240910-07@kcsc.example>
Content-Type: text/plain; charset=utf-8

{TG_REQUEST}

--4B1C92A0F1.1725952864/mail-out2.telegram.org--
""",
)

# ===== Platforms without a request in this set =====

case(
    name="pinterest-pin-removed-unrequested",
    outcome="review",
    review="unmatched_claims",
    imitates="Pinterest 'we removed the Pin you reported' notice about a Pin we never requested",
    why="a trusted statement about a URL that is in none of our requests: nothing to apply",
    items={},
    **{"from": "no-reply@pinterest.com"},
    name_from="Pinterest",
    date="Sun, 15 Sep 2024 02:02:02 +0000",
    subject="Update on your report",
    body="""Hi there,

Thanks for letting us know about a Pin that concerned you. We reviewed it and
removed it because it goes against our Community Guidelines:

https://www.pinterest.com/pin/884200000000001234/

Thanks for helping to keep Pinterest a positive place.

The Pinterest Team
""",
)

case(
    name="twitch-action-taken-no-details",
    outcome="review",
    review="no_claims",
    imitates="Twitch 'we've taken action on a report you submitted' notice without details",
    why="trusted platform mail naming no item and no request of ours",
    items={},
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    date="Mon, 16 Sep 2024 20:30:00 +0000",
    subject="Update on your report",
    body="""Hi,

Thanks for your recent report. We've reviewed it and have taken action on
the reported account in line with our Community Guidelines. To protect the
privacy of everyone involved, we can't share details of the action taken.

Thanks for helping keep Twitch safe.

Twitch Safety
""",
)

case(
    name="snapchat-support-receipt",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Snapchat Support automated 'we received your message' receipt",
    why="a pure acknowledgement naming nothing",
    items={},
    **{"from": "no-reply@snapchat.com"},
    name_from="Snapchat Support",
    date="Wed, 18 Sep 2024 04:04:04 +0000",
    subject="Snapchat Support - we've received your message [#S-20240918-5521]",
    body="""Hi,

Thanks for contacting Snapchat Support. We've received your message and a
member of our team will get back to you as soon as possible.

Your request number is #S-20240918-5521.

Team Snapchat
""",
)


HEADER = """# Blind set 760: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. Each case is judged alone on a fresh ledger
# holding requests.csv. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind760", HEADER, CASES)
