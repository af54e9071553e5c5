#!/usr/bin/env python3
"""Blind set 958: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Telegram, Twitch, plus Discord, Snapchat and Pinterest as
senders without requests of their own).

    python3 tests/corpus/blind958/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic: no clock,
no randomness. Expected results were written from each email's meaning
before any run of the reader (see NOTES.md).
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind958"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_bazaar/status/1834412200331100101",   # 0
    "https://x.com/moonlit_bazaar/status/1834412200331100245",   # 1
    "https://x.com/pale_ferry77/status/1834519903311200018",     # 2
    "https://x.com/pale_ferry77/status/1834519903311200377",     # 3
    "https://x.com/gray_orchard_kr/status/1834600012345600071",  # 4
    "https://x.com/gray_orchard_kr/status/1834600012345600932",  # 5
    "https://x.com/tinlantern_09/status/1834777700000012345",    # 6
    "https://x.com/tinlantern_09",                               # 7
    "https://x.com/saltmarsh_dealer/status/1834802211100455500", # 8
    "https://x.com/saltmarsh_dealer/status/1834802211100455611", # 9
    "https://x.com/northgate_pills/status/1834900000777000012",  # 10
    "https://x.com/northgate_pills/status/1834900000777000099",  # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2a",
    "https://www.youtube.com/watch?v=Zx91bNw0rTe",
    "https://www.youtube.com/shorts/Hk7dPq2LmVo",
    "https://www.youtube.com/@quietriver_tv",
]
META = [
    "https://www.facebook.com/groups/harborlane.market/posts/771204455609123",
    "https://www.facebook.com/profile.php?id=100089123456789",
    "https://www.instagram.com/p/C9xLmQ2tRkA/",
    "https://www.instagram.com/reel/C9zTq81uYwB/",
    "https://www.instagram.com/velvet.pharma.kr/",
]
TT = [
    "https://www.tiktok.com/@lunar.kettle/video/7413300112233445566",
    "https://www.tiktok.com/@lunar.kettle/video/7413300112233449900",
    "https://www.tiktok.com/@riverstone_deals",
]
RD = [
    "https://www.reddit.com/r/hanbando_trade/comments/1fk2x9q/selling_cheap_prescription_meds/",
    "https://www.reddit.com/user/coppermint_kr/",
]
TG = [
    "https://t.me/frostline_market/482",
    "https://t.me/frostline_market/517",
    "https://t.me/cobaltpharm_kr",
]
TW = ["https://www.twitch.tv/videos/2254418830"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240917-01", "x", "2024-09-17T10:00:00+09:00", "2024-09-24T18:00:00+09:00", X,
     "illegal_drugs", "sale of prescription drugs; largest request of the set"),
    ("KCSC-240917-02", "youtube", "2024-09-17T10:30:00+09:00", "2024-09-24T18:00:00+09:00", YT,
     "gambling", "illegal online gambling promotion"),
    ("KCSC-240918-03", "meta", "2024-09-18T09:00:00+09:00", "2024-09-25T18:00:00+09:00", META,
     "illegal_drugs", "Facebook and Instagram posts, a profile and an account"),
    ("KCSC-240918-04", "tiktok", "2024-09-18T09:30:00+09:00", "2024-09-25T18:00:00+09:00", TT,
     "illegal_goods", "counterfeit goods videos and seller account"),
    ("KCSC-240919-05", "reddit", "2024-09-19T11:00:00+09:00", "2024-09-26T18:00:00+09:00", RD,
     "illegal_drugs", "subreddit post and user account"),
    ("KCSC-240919-06", "telegram", "2024-09-19T11:30:00+09:00", "2024-09-26T18:00:00+09:00", TG,
     "illegal_drugs", "two channel messages and a channel"),
    ("KCSC-240920-07", "twitch", "2024-09-20T15:00:00+09:00", "2024-09-27T18:00:00+09:00", TW,
     "gambling", "one VOD"),
]


def msgid(ref):
    return "<%s.request@kcsc.example>" % ref


def reqid(ref):
    # corpuslib writes In-Reply-To: <{reply_to_req}@kcsc.example>
    return "%s.request" % ref


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, msgid(ref), '"%s"' % note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def quoted_request(ref, urls, platform_name, prefix="> "):
    lines = [
        "Dear %s team," % platform_name,
        "",
        "The Korea Communications Standards Commission (KCSC) has found the",
        "content below to be illegal under Korean law and requests that it be",
        "removed or that access to it from Korea be blocked. Reference: %s." % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


SIG_X = "X Legal\nX Corp."

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# X (KCSC-240917-01, 12 items)
# ======================================================================
case(
    name="x-cwc-withheld-and-removed-list",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 19 Sep 2024 03:12:44 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body=f"""Hello,

Thank you for your report. We have reviewed the content you reported under
reference KCSC-240917-01 in line with our Country Withheld Content policy.

We have withheld the following posts in South Korea:

  - {X[0]}
  - {X[1]}

The following post was removed globally because it violates the X Rules
(illegal or certain regulated goods or services):

  - {X[2]}

We are still reviewing the other URLs in your request and will write to you
separately about them.

Regards,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (Country Withheld Content, bulleted list)",
    why="two posts withheld in Korea, one removed globally, the rest announced as still under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-removed-and-no-action-prose",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 20 Sep 2024 07:40:02 +0000",
    subject="Case update: KCSC-240917-01",
    body=f"""Hello KCSC,

After careful review, we removed the posts at {X[4]} and
{X[5]} for violating our rules on illegal or certain
regulated goods and services.

We did not take action on {X[8]}, as we
did not find that it violates the X Rules or the Korean law cited in your
request. If you have additional information, such as a court order, you may
submit a new request through our legal request portal at
https://legalrequests.x.com/.

Thanks,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team prose reply: action on some posts, refusal on another",
    why="two posts removed; one left up as not violating rules or law (refusal with reason)",
    items={X[4]: "removed", X[5]: "removed", X[8]: "rejected"},
)

csv_rows = [
    "Reported URL,Action,Scope,Notes",
    f"{X[0]},Withheld,South Korea,Country Withheld Content",
    f"{X[1]},Withheld,South Korea,Country Withheld Content",
    f"{X[2]},Removed,Global,Violation of the X Rules",
    f"{X[3]},Removed,Global,Violation of the X Rules",
    f"{X[4]},No action,,No violation of X Rules or cited law",
    f"{X[5]},Not found,,Post does not exist",
    f"{X[6]},Withheld,South Korea,Country Withheld Content",
    f"{X[7]},Account suspended,Global,Permanent suspension",
    f"{X[8]},Withheld,South Korea,Country Withheld Content",
    f"{X[9]},Withheld,South Korea,Country Withheld Content",
    f"{X[10]},Removed,Global,Violation of the X Rules",
    f"{X[11]},Not found,,Invalid link",
]
case(
    name="x-csv-attachment-all-items",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 23 Sep 2024 09:05:31 +0000",
    subject="KCSC-240917-01 - Outcome of your legal request",
    reply_to_req=reqid("KCSC-240917-01"),
    raw_mime="""Content-Type: multipart/mixed; boundary="==x958csv=="

--==x958csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for each of the 12 URLs
listed in your request KCSC-240917-01. Content marked "Withheld" remains
available outside South Korea.

Regards,
X Legal

--==x958csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_outcome.csv"
Content-Transfer-Encoding: base64

""" + b64("\n".join(csv_rows) + "\n") + """
--==x958csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a spreadsheet/CSV attachment, one row per URL",
    why="CSV gives an unhedged action for each of the 12 URLs",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[3]: "removed",
           X[4]: "rejected", X[5]: "not_found", X[6]: "restricted", X[7]: "removed",
           X[8]: "restricted", X[9]: "restricted", X[10]: "removed", X[11]: "not_found"},
)

case(
    name="x-account-suspended-url-below",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Sat, 21 Sep 2024 01:18:09 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body=f"""Hello,

The account reported in your request has been permanently suspended for
violating X's rules on illegal or certain regulated goods and services:

{X[7]}

As the account is suspended, its posts, including
{X[6]}, are no longer available on X.

Regards,
{SIG_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice to a reporter (URL on the line below the statement)",
    why="account suspended = removed; its named post no longer available = removed",
    items={X[7]: "removed", X[6]: "removed"},
)

case(
    name="x-gmail-top-post-over-request",
    **{"from": "jordan.park@x.com"},
    name_from="Jordan Park",
    date="Tue, 24 Sep 2024 02:47:55 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body=f"""Hi KCSC team,

Quick update on two of the posts from your 17 September request:

{X[9]} has now been withheld in South Korea.

{X[8]} had already been deleted by the
account holder when we got to it, so there was nothing left for us to action.

Best,
Jordan
Global Government Affairs, X

On Tue, 17 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240917-01", X, "X Legal")}
""",
    outcome="applied", classification="confirmation",
    imitates="X policy staffer's Gmail-style top-posted reply over the quoted request",
    why="one post withheld in Korea, one already deleted by its author; the quoted list says nothing",
    items={X[9]: "restricted", X[8]: "not_found"},
)

case(
    name="x-dsa-style-statement-of-reasons",
    **{"from": "noreply-sor@x.com"},
    name_from="X",
    date="Mon, 23 Sep 2024 14:30:00 +0000",
    subject="Statement of reasons - your notice KCSC-240917-01",
    body=f"""STATEMENT OF REASONS

Notice reference: KCSC-240917-01
Notifier: Korea Communications Standards Commission

Item 1
Content: {X[10]}
Decision: Visibility restriction - the content has been withheld in the
  Republic of Korea.
Ground for decision: Illegal content (local law)
Territorial scope: Republic of Korea
Automated detection: No
Automated decision: No

Item 2
Content: {X[11]}
Decision: No action taken. The content was not found to be illegal under
  the law referred to in the notice and does not violate the X Rules.
Ground for decision: Not applicable
Automated detection: No
Automated decision: No

Redress: the account holder and the notifier may contest this decision
through https://help.x.com/forms/appeal or an out-of-court dispute
settlement body.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons layout (decision, ground, territorial scope, automation)",
    why="item 1 withheld in Korea = restricted; item 2 no action, not illegal = rejected; appeal link is not an item",
    items={X[10]: "restricted", X[11]: "rejected"},
)

case(
    name="x-angle-brackets-korean-punctuation",
    **{"from": "kr-policy@x.com"},
    name_from="X Korea Policy",
    date="Fri, 20 Sep 2024 05:22:10 +0000",
    subject="[KCSC-240917-01] pale_ferry77 posts / 처리 결과",
    body=f"""Hello,

Results for the two pale_ferry77 posts in your request KCSC-240917-01:

Post <{X[2]}>: removed for violating the X Rules.
Post <{X[3]}>: withheld in South Korea.

[한국어]
첫 번째 게시물（{X[2]}）은 X 규칙 위반으로 삭제되었습니다。
두 번째 게시물 {X[3]}은 대한민국 내에서 접속이 차단되었습니다.

Kind regards,
X Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea bilingual policy-team reply (angle-bracketed URLs, full-width brackets and Korean particles)",
    why="first post removed, second withheld in Korea; English and Korean say the same",
    items={X[2]: "removed", X[3]: "restricted"},
)

case(
    name="x-outlook-original-message-below",
    **{"from": "m.alvarez@x.com"},
    name_from="Maria Alvarez",
    date="Wed, 25 Sep 2024 08:14:40 +0000",
    subject="RE: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body=f"""Hello,

Further to our earlier note: {X[0]} has
since been removed for a violation of the X Rules.

We looked again at {X[1]} and are
declining to act on it. It does not violate our rules, and the legal basis
cited is not sufficient for us to withhold it.

Regards,
Maria Alvarez
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 10:02 AM
To: legal@x.com
Subject: [KCSC-240917-01] Request for removal of illegal content

{quoted_request("KCSC-240917-01", X, "X Legal", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-operations employee above the '-----Original Message-----' block",
    why="first post removed, second refused with a reason; the unprefixed quoted request below is not a statement",
    items={X[0]: "removed", X[1]: "rejected"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 19 Sep 2024 11:02:37 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body=f"""Hello,

Following our initial review, we will withhold the posts below in South
Korea once our legal review is complete:

{X[10]}
{X[11]}

You will receive a separate confirmation when this has been done.

Regards,
{SIG_X}
""",
    outcome="review", review="not_understood",
    imitates="X interim legal-review update (promise of future withholding)",
    why="'will withhold ... once complete' is a promise, not a statement; names requested items",
    items={X[10]: "pending", X[11]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 24 Sep 2024 06:55:12 +0000",
    subject="Re: [KCSC-240917-01] Request for removal of illegal content",
    reply_to_req=reqid("KCSC-240917-01"),
    body="""Hello,

We have reviewed your request KCSC-240917-01 and have withheld all of the
reported content in South Korea under our Country Withheld Content policy.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X short legal outcome email without a per-URL list",
    why="one statement for the whole 12-item request without naming items: bulk",
    items={u: "pending" for u in X},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sun, 22 Sep 2024 16:21:03 +0000",
    subject="Re: [KCSC-240917-01] removal completed",
    body=f"""Dear KCSC,

The post {X[4]} has been removed
from X. No further action is needed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="short removal confirmation, but DKIM/SPF/DMARC fail for x.com",
    why="x.com sender failing authentication: statement cannot be trusted",
    items={X[4]: "pending"},
)

case(
    name="x-case-receipt",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Tue, 17 Sep 2024 01:05:19 +0000",
    subject="We received your legal request [Case 0917-KR-338201]",
    body="""Hello,

We have received your legal request (your reference: KCSC-240917-01) and
created case 0917-KR-338201. Our team reviews requests in the order they are
received. Please do not reply to this email; if you need to add
information, use the case link in our legal request portal.

X Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal submission receipt",
    why="pure receipt: case created, no statement about any item",
    items={},
)

# ======================================================================
# YouTube (KCSC-240917-02, 4 items)
# ======================================================================
yt_html = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting YouTube. We have completed our review of the content in your legal request <b>KCSC-240917-02</b>. The outcome for each item is shown below.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td><a href="{YT[0]}">{YT[0]}</a></td><td>Blocked from view in South Korea</td></tr>
<tr><td><a href="{YT[1]}">{YT[1]}</a></td><td>Removed globally for violating the Community Guidelines</td></tr>
<tr><td><a href="{YT[2]}">{YT[2]}</a></td><td>No action: does not violate our policies or the cited law</td></tr>
</table>
<p>For the channel in your request we will reply separately.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
<p style="font-size:11px;color:#777">&copy; 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. <a href="https://support.google.com/youtube/answer/2802032">Legal removals help</a></p>
</body></html>
"""
yt_text = f"""Hello,

Thank you for contacting YouTube. We have completed our review of the content
in your legal request KCSC-240917-02. The outcome for each item:

{YT[0]} - Blocked from view in South Korea
{YT[1]} - Removed globally for violating the Community Guidelines
{YT[2]} - No action: does not violate our policies or the cited law

For the channel in your request we will reply separately.

Regards,
The YouTube Legal Support Team
"""
case(
    name="yt-legal-html-table-qp",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 20 Sep 2024 10:31:48 +0000",
    subject="Re: [KCSC-240917-02] YouTube legal removal request",
    reply_to_req=reqid("KCSC-240917-02"),
    raw_mime="""Content-Type: multipart/alternative; boundary="yt958alt"

--yt958alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(yt_text) + """
--yt958alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(yt_html) + """
--yt958alt--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email with an HTML table (quoted-printable)",
    why="blocked in Korea = restricted, removed globally = removed, no action = rejected; help link is not an item",
    items={YT[0]: "restricted", YT[1]: "removed", YT[2]: "rejected"},
)

case(
    name="yt-channel-terminated",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Sat, 21 Sep 2024 00:12:05 +0000",
    subject="Update on your report - KCSC-240917-02",
    body=f"""Hi there,

Thanks for reporting the channel {YT[3]}.

After reviewing it, we terminated the channel for repeated violations of
our spam, deceptive practices and scams policies. It can no longer be
viewed on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'update on your report' channel termination notice",
    why="channel terminated, no longer viewable = removed; help link is not an item",
    items={YT[3]: "removed"},
)

case(
    name="yt-status-line-below-url",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 23 Sep 2024 04:44:21 +0000",
    subject="KCSC-240917-02: status of reported items",
    body=f"""Hello,

Below is the current status of the items in your request KCSC-240917-02.

{YT[0]}
Status: Removed - violates Community Guidelines

{YT[1]}
Status: Not found - the video does not exist

{YT[3]}
Status: Under review

Sincerely,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support per-item status list (bare URL, status on the line below)",
    why="first removed, second not found, channel still under review (stays pending)",
    items={YT[0]: "removed", YT[1]: "not_found", YT[3]: "pending"},
)

case(
    name="yt-age-restricted-and-short-not-located",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sun, 22 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240917-02] YouTube legal removal request",
    reply_to_req=reqid("KCSC-240917-02"),
    body=f"""Hello,

We reviewed the video at {YT[1]} and have
applied an age restriction to it. It is no longer visible to signed-out
viewers or to users under 18.

We were unable to locate the Short at {YT[2]}.
The link does not lead to any content on YouTube; please check the URL.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply: age restriction and an unlocatable link",
    why="age-restricted = restricted; unable to locate, link leads nowhere = not_found",
    items={YT[1]: "restricted", YT[2]: "not_found"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-support-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 19 Sep 2024 13:27:50 +0000",
    subject="Re: [KCSC-240917-02] YouTube legal removal request",
    reply_to_req=reqid("KCSC-240917-02"),
    body=f"""Hello,

Your request regarding {YT[0]} and
{YT[1]} is currently under review by our legal team.

Please note that the first video may already have been restricted in your
country as a result of an earlier report. We will let you know the outcome
once our review is complete.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support 'under review' interim reply with a hedge",
    why="'under review' and 'may already have been restricted' are not statements; names requested items",
    items={YT[0]: "pending", YT[1]: "pending"},
)

case(
    name="yt-forwarded-uploader-reply",
    **{"from": "d.kwon@google.com"},
    name_from="Daniel Kwon",
    date="Tue, 24 Sep 2024 07:00:33 +0000",
    subject="Fwd: Re: Notice about your video (KCSC-240917-02)",
    body=f"""Hello KCSC team,

For your information, below is the reply we received from the uploader of
one of the videos in your request. We have not verified it yet.

Daniel Kwon
YouTube Trust & Safety, Google Korea

---------- Forwarded message ---------
From: quietriver tv <quietriver.tv@gmail.com>
Date: Mon, Sep 23, 2024 at 9:41 PM
Subject: Re: Notice about your video
To: <youtube-legal-notices@google.com>

I already deleted the video {YT[1]}
myself last week. Please close this matter.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="YouTube staffer forwarding an uploader's reply (Gmail 'Forwarded message' block)",
    why="the only statement is the uploader's, inside a forwarded message; the staffer says it is unverified",
    items={YT[1]: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "s.han@google.com"},
    name_from="Sora Han",
    date="Tue, 17 Sep 2024 01:31:00 +0000",
    subject="Automatic reply: [KCSC-240917-02] YouTube legal removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday,
30 September, with limited access to email.

For legal removal requests concerning YouTube, please use the legal
webform at https://support.google.com/legal so that your request reaches
the right team. For urgent matters, contact legal-kr@google.com.

Sora Han
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office from a Google employee",
    why="out-of-office auto-reply",
    items={},
)

# ======================================================================
# Meta (KCSC-240918-03, 5 items)
# ======================================================================
case(
    name="meta-local-law-restriction",
    **{"from": "kr-legal-noreply@meta.com"},
    name_from="Meta Legal Operations",
    date="Fri, 20 Sep 2024 02:15:00 +0000",
    subject="Your content restriction request KCSC-240918-03",
    body=f"""Hello,

We have reviewed your request KCSC-240918-03.

Content restricted based on local law
We have restricted access in South Korea to the following content, which
you reported as unlawful under Korean law:
* {META[0]}
* {META[2]}

Content removed under our policies
The following content was removed because it goes against our Community
Standards on restricted goods and services:
* {META[3]}

You can find more information on how we handle government requests at
https://transparency.meta.com/reports/content-restrictions/.

Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta response to a government content-restriction request (local-law restriction vs policy removal)",
    why="two items restricted in Korea, one removed under Community Standards; transparency link is not an item",
    items={META[0]: "restricted", META[2]: "restricted", META[3]: "removed"},
)

case(
    name="meta-instagram-account-disabled",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    date="Fri, 20 Sep 2024 11:47:29 +0000",
    subject="We took action on the account you reported",
    body=f"""Hi,

Thanks for your report regarding KCSC-240918-03.

We disabled the account velvet.pharma.kr
({META[4]}) because it goes against our Community
Guidelines on the sale of drugs. People can no longer see it on Instagram.

Thanks for helping keep Instagram safe.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we took action on the account you reported' notice",
    why="account disabled, no longer visible = removed",
    items={META[4]: "removed"},
)

case(
    name="meta-profile-no-violation",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Sat, 21 Sep 2024 03:03:03 +0000",
    subject="Update on your report (KCSC-240918-03)",
    body=f"""Hi KCSC,

We reviewed the profile you reported:
{META[1]}

We found that it doesn't go against our Community Standards, and our legal
team did not find a basis under local law to restrict it, so we won't take
action on it.

If you think we got this wrong, you can send us more information.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook support inbox 'doesn't go against our Community Standards' outcome",
    why="stays up: no policy violation and no legal basis (refusal with reason) = rejected",
    items={META[1]: "rejected"},
)

meta_html = f"""<!DOCTYPE html><html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>This is an update on your request <strong>KCSC-240918-03</strong>.</p>
<ul>
<li>The post at <a href="{META[0]}">{META[0]}</a> was removed for violating our Community Standards on restricted goods.</li>
<li>We couldn't find any content at <a href="{META[1]}">{META[1]}</a>. The profile no longer exists on Facebook.</li>
</ul>
<p>Thanks,<br>Meta Content Policy Operations</p>
<p style="color:#90949c;font-size:11px">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</div></body></html>
"""
case(
    name="meta-base64-html-removed-and-gone",
    **{"from": "content-ops-noreply@meta.com"},
    name_from="Meta",
    date="Mon, 23 Sep 2024 06:20:41 +0000",
    subject="Update on request KCSC-240918-03",
    raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(meta_html),
    outcome="applied", classification="confirmation",
    imitates="Meta HTML notification (base64 body) with a bulleted outcome list",
    why="group post removed; profile no longer exists = not_found",
    items={META[0]: "removed", META[1]: "not_found"},
)

case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "dsa-noreply@meta.com"},
    name_from="Meta",
    date="Tue, 24 Sep 2024 12:00:00 +0000",
    subject="Decision on your notice - Instagram",
    body=f"""Decision on your notice

Your notice reference: KCSC-240918-03
Content: {META[2]}

What we decided
We removed this post. It is no longer available on Instagram anywhere.

Why we made this decision
The post goes against our Community Guidelines on restricted goods and
services. This decision was made by a person on our review team; the post
was not detected by automated means.

Your options
If you disagree with this decision, you can request another review or
contact a certified out-of-court dispute settlement body. Learn more at
https://help.instagram.com/ and https://transparency.meta.com/.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram DSA decision notice to a notifier (what we decided / why / options)",
    why="post removed worldwide = removed; help and transparency links are not items",
    items={META[2]: "removed"},
)

case(
    name="meta-bulk-removed",
    **{"from": "kr-legal-noreply@meta.com"},
    name_from="Meta Legal Operations",
    date="Sun, 22 Sep 2024 08:08:19 +0000",
    subject="Re: KCSC-240918-03",
    reply_to_req=reqid("KCSC-240918-03"),
    body="""Hello,

We've reviewed your report KCSC-240918-03 and removed the reported content
for going against our Community Standards.

Thank you for your report.
Meta Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Meta short 'we removed the content you reported' outcome without a list",
    why="one statement covering a 5-item request without naming each item: bulk",
    items={u: "pending" for u in META},
)

case(
    name="meta-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Wed, 18 Sep 2024 00:00:41 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn958meta"

--dsn958meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-takedown@meta.com>: host mx.meta.com[203.0.113.45] said: 550 5.1.1
    <kr-takedown@meta.com>: Recipient address rejected: User unknown

--dsn958meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 18 Sep 2024 09:00:12 +0900 (KST)

Final-Recipient: rfc822; kr-takedown@meta.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.meta.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn958meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-takedown@meta.com
Subject: [KCSC-240918-03] Request for removal of illegal content
Message-ID: """ + msgid("KCSC-240918-03") + """
Date: Wed, 18 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8

""" + quoted_request("KCSC-240918-03", META, "Meta", prefix="") + """

--dsn958meta--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request to a wrong Meta address",
    why="bounce; the URLs are only in the returned request",
    items={},
)

# ======================================================================
# TikTok (KCSC-240918-04, 3 items)
# ======================================================================
case(
    name="tiktok-numbered-outcomes",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 20 Sep 2024 09:45:12 +0000",
    subject="TikTok: outcome of your request KCSC-240918-04",
    body=f"""Dear KCSC,

Thank you for your request. Having reviewed the reported content, we have
taken the following actions:

1. {TT[0]}
   Removed for violating our Community Guidelines (regulated goods).
2. {TT[1]}
   Restricted in your country/region (South Korea) based on local law.
3. {TT[2]}
   Account banned.

Kind regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team outcome letter with a numbered list",
    why="video removed, video restricted in Korea, account banned (= removed)",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-dsa-statement-of-reasons",
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date="Sat, 21 Sep 2024 10:10:10 +0000",
    subject="Statement of reasons for report KCSC-240918-04",
    body=f"""Statement of reasons

Reported content: {TT[1]}
Type of restriction: Removal of content
Territorial scope: Worldwide
Facts and circumstances: The content was reported by a government authority
  and reviewed by our moderation team.
Legal or contractual ground: Community Guidelines - Regulated Goods and
  Commercial Activities
Use of automated means: Detection - no; Decision - no
Redress: You can appeal through the TikTok app or visit
  https://www.tiktok.com/legal/page/global/appeals

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons (type of restriction, territorial scope, grounds)",
    why="removal of content, worldwide = removed; appeals link is not an item",
    items={TT[1]: "removed"},
)

case(
    name="tiktok-echoed-reports",
    **{"from": "safety-noreply@tiktok.com"},
    name_from="TikTok Safety",
    date="Sun, 22 Sep 2024 02:02:20 +0000",
    subject="Updates on your reports (KCSC-240918-04)",
    body=f"""Hi,

Here are the results of your reports.

----------------------------------------
Report ID: 7413992201
Reported content: {TT[0]}
Reason: Illegal activities and regulated goods
Our decision: We removed this video because it violates our Community
Guidelines.
----------------------------------------
Report ID: 7413992202
Reported content: {TT[2]}
Reason: Illegal activities and regulated goods
Our decision: No violation found. We did not take action on this account.
----------------------------------------

Thanks for helping keep TikTok safe.
TikTok Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'Updates on your reports' inbox notice echoing each report",
    why="video removed; account found not violating, left up = rejected",
    items={TT[0]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-hedged-appears",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 19 Sep 2024 06:33:48 +0000",
    subject="Re: KCSC-240918-04",
    reply_to_req=reqid("KCSC-240918-04"),
    body=f"""Dear KCSC,

Thank you for your patience. The video {TT[0]}
appears to have been taken down already, and the account {TT[2]} may no
longer be active. We are confirming this with the relevant team and will
update you.

Kind regards,
TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal interim reply with hedged observations",
    why="'appears to have been' and 'may no longer be' are hedges, not statements",
    items={TT[0]: "pending", TT[2]: "pending"},
)

case(
    name="tiktok-zendesk-vendor",
    **{"from": "support@tiktok-lawenforcement.zendesk.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Sat, 21 Sep 2024 13:15:02 +0000",
    subject="[Request #58214] KCSC-240918-04",
    body=f"""##- Please type your reply above this line -##

Your request (58214) has been updated.

Agent (TikTok Outreach)
The video {TT[0]} has been removed.

This email is a service from TikTok Law Enforcement Outreach.
""",
    outcome="review", review="unknown_sender",
    imitates="Zendesk-hosted helpdesk update sent from a vendor domain",
    why="sender domain zendesk.com is not a TikTok sender domain",
    items={TT[0]: "pending"},
)

case(
    name="tiktok-read-receipt",
    **{"from": "hana.seo@tiktok.com"},
    name_from="Hana Seo",
    date="Wed, 18 Sep 2024 01:12:54 +0000",
    subject="Read: [KCSC-240918-04] Request for removal of illegal content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn958tt"

--mdn958tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@tiktok.com
  Subject: [KCSC-240918-04] Request for removal of illegal content
  Sent: Wednesday, September 18, 2024 9:30 AM

was read on Wednesday, September 18, 2024 10:12 AM.

--mdn958tt
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;hana.seo@tiktok.com
Original-Message-ID: """ + msgid("KCSC-240918-04") + """
Disposition: manual-action/MDN-sent-manually; displayed

--mdn958tt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok employee",
    why="read receipt",
    items={},
)

case(
    name="tiktok-report-received",
    **{"from": "safety-noreply@tiktok.com"},
    name_from="TikTok Safety",
    date="Wed, 18 Sep 2024 00:41:09 +0000",
    subject="We received your report",
    body=f"""Hi,

Thanks for your report. We've received it and will review it against our
Community Guidelines as soon as possible.

Report reference: KCSC-240918-04
Reported content:
{TT[0]}
{TT[1]}

You can check the status of your reports in the TikTok app under
Settings > Support > Safety center.

TikTok Safety Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok 'we received your report' receipt echoing the reported links",
    why="pure receipt; the URLs are an echo, the only verb about them is a promise to review",
    items={},
)

# ======================================================================
# Reddit (KCSC-240919-05, 2 items)
# ======================================================================
case(
    name="reddit-safety-removed-and-suspended",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Sat, 21 Sep 2024 18:01:44 +0000",
    subject="Re: KCSC-240919-05 content removal request",
    reply_to_req=reqid("KCSC-240919-05"),
    body=f"""Hi there,

Thanks for reaching out. Reddit's Safety team has reviewed the content in
your request:

- The post {RD[0]} has been removed by Reddit for violating our Content
  Policy on transactions involving prohibited goods.
- The account {RD[1]} has been permanently suspended.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/safety reply to a government removal request",
    why="post removed by admins; account permanently suspended = removed",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-deleted-by-author-and-no-action",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Mon, 23 Sep 2024 17:20:00 +0000",
    subject="Re: KCSC-240919-05 content removal request",
    reply_to_req=reqid("KCSC-240919-05"),
    body=f"""Hello,

We looked into the two URLs you sent.

The post at
{RD[0]}
was deleted by its author before we reviewed it; it now shows as [deleted].

As for the user account at {RD[1]}, we did not find
any violation of Reddit's Content Policy and are not taking action on it.

Regards,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: author-deleted post and a no-action decision",
    why="post deleted by its author = not_found; account no violation, no action = rejected",
    items={RD[0]: "not_found", RD[1]: "rejected"},
)

case(
    name="reddit-asks-more",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 20 Sep 2024 16:40:30 +0000",
    subject="Re: KCSC-240919-05 content removal request",
    reply_to_req=reqid("KCSC-240919-05"),
    body=f"""Hello,

Thank you for your request. The thread at
{RD[0]} contains more than 200 comments, and it is not clear
to us which of them you consider unlawful.

Could you please send us the permalink of each specific comment, together
with the provision of Korean law that each one violates? We will continue
our review once we receive this information.

Regards,
Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for clarification (specific permalinks and legal basis)",
    why="asks for more information before acting; no status stated",
    items={RD[0]: "pending"},
)

case(
    name="reddit-noreply-autoresponse",
    **{"from": "noreply@reddit.com"},
    name_from="Reddit",
    date="Thu, 19 Sep 2024 02:00:06 +0000",
    subject="Auto: KCSC-240919-05 content removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This is an automated response. This mailbox is not monitored.

If you are a government agency or law enforcement official, please submit
content removal requests through https://www.reddit.com/legal/ . For
general help, visit https://support.reddithelp.com/ .

Reddit, Inc.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'This mailbox is not monitored' auto-response from a no-reply address",
    why="auto-reply pointing to a web form",
    items={},
)

# ======================================================================
# Telegram (KCSC-240919-06, 3 items)
# ======================================================================
case(
    name="telegram-blocked-schemeless",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 20 Sep 2024 21:10:11 +0000",
    subject="Re: KCSC-240919-06",
    reply_to_req=reqid("KCSC-240919-06"),
    body="""Hello,

Thank you for your report. The following have been blocked:

t.me/cobaltpharm_kr
t.me/frostline_market/482
t.me/frostline_market/517

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk terse reply with scheme-less t.me links",
    why="Telegram 'blocked' a channel and two messages (made unavailable) = removed",
    items={TG[2]: "removed", TG[0]: "removed", TG[1]: "removed"},
)

case(
    name="telegram-geo-and-hedge",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Sun, 22 Sep 2024 11:11:11 +0000",
    subject="Re: KCSC-240919-06",
    reply_to_req=reqid("KCSC-240919-06"),
    body=f"""Hello,

The channel {TG[2]} is now unavailable to users in
South Korea.

Regarding {TG[0]}: we could not check this message,
it appears to have been deleted already.

Best regards,
Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply: channel geo-restricted, hedged remark on a message",
    why="channel unavailable in Korea = restricted; 'appears to have been deleted' is a hedge, stays pending",
    items={TG[2]: "restricted", TG[0]: "pending"},
)

case(
    name="telegram-case-number-thread",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram",
    date="Mon, 23 Sep 2024 15:55:55 +0000",
    subject="Case #4412093",
    reply_to_req=reqid("KCSC-240919-06"),
    body=f"""Hello,

Case #4412093

The message {TG[1]} has been taken down.

Telegram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram case-numbered reply in the request's thread, no reference in the body",
    why="message taken down = removed; linked to the request by the thread and the URL",
    items={TG[1]: "removed"},
)

# ======================================================================
# Twitch (KCSC-240920-07, 1 item)
# ======================================================================
case(
    name="twitch-actioned-sole-item",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    date="Mon, 23 Sep 2024 19:30:45 +0000",
    subject="We've actioned on your report - KCSC-240920-07",
    reply_to_req=reqid("KCSC-240920-07"),
    body="""Hi,

Thanks for your report KCSC-240920-07. Our staff reviewed it and determined
that the reported video violated Twitch's Community Guidelines. The video
has been removed and appropriate enforcement action has been taken on the
channel.

For privacy reasons we can't share details about the enforcement.

Twitch Safety
https://safety.twitch.tv
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned on your report' notice to a reporter",
    why="'the reported video has been removed' for a one-item request applies to its only item",
    items={TW[0]: "removed"},
)

# ======================================================================
# Other platforms without requests of their own
# ======================================================================
case(
    name="snapchat-wrong-platform",
    **{"from": "lawenforcement@snap.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    date="Thu, 19 Sep 2024 20:20:20 +0000",
    subject="Re: KCSC-240918-04",
    body=f"""Hello,

We received your email regarding KCSC-240918-04. The link
{TT[2]} is not a Snapchat URL, and we could not locate
any Snapchat account or content matching it. We have therefore closed this
matter on our side.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law enforcement operations reply to a misdirected request",
    why="Snapchat states it cannot locate a TikTok item: another platform's item",
    items={TT[2]: "pending"},
)

case(
    name="pinterest-no-claims",
    **{"from": "legal@pinterest.com"},
    name_from="Pinterest Legal",
    date="Wed, 25 Sep 2024 04:00:00 +0000",
    subject="Submitting government requests to Pinterest",
    body="""Hello,

Thank you for contacting Pinterest. Please note that we no longer accept
government content removal requests by email. To make sure your request
reaches our team, please use the form at
https://help.pinterest.com/en/contact and select "Government request".

Best regards,
Pinterest Legal
""",
    outcome="review", review="no_claims",
    imitates="Pinterest legal 'please use our web form' reply",
    why="trusted platform email naming no item and no request; only a help link",
    items={},
)

case(
    name="discord-unmatched-server",
    **{"from": "trust-safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 24 Sep 2024 22:22:22 +0000",
    subject="Your report to Discord Trust & Safety",
    body="""Hello,

Thank you for your report. After reviewing the server at
https://discord.gg/frostline-vip, we found that it violated our Community
Guidelines and have removed it from Discord, along with the accounts that
ran it.

Discord Trust & Safety
""",
    outcome="review", review="unmatched_claims",
    imitates="Discord Trust & Safety report outcome",
    why="trusted status statement about a URL that is in no request",
    items={},
)

# ----------------------------------------------------------------------
HEADER = """# Blind set 958 (English notices from many platforms). Written from each
# email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print("%d cases" % len(cases))
