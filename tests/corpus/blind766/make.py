#!/usr/bin/env python3
"""Blind set blind766: English notices from many platforms.

Writes requests.csv, cases/*.eml and expected.toml (deterministic):

    python3 tests/corpus/blind766/make.py

Every email is fictional and written in our own words, in the manner of a
public notice named in its `imitates` field. Expected results were written
from each email's meaning alone, before the reader was ever run on it.
"""
import base64
from email.header import Header
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind766"

# ---------------------------------------------------------------- requests
R1_RAW = "https://www.reddit.com/r/seoulmarket/comments/1f3kx9q/대마_판매/"
R1 = "https://www.reddit.com/r/seoulmarket/comments/1f3kx9q/" + quote("대마_판매", safe="_") + "/"

X = [
    "https://x.com/lucky7_casino_kr/status/1830100000000000101",  # 0
    "https://x.com/lucky7_casino_kr/status/1830100000000000202",  # 1
    "https://x.com/lucky7_casino_kr/status/1830100000000000303",  # 2
    "https://x.com/toto_signal_bot/status/1830455512340009871",  # 3
    "https://x.com/toto_signal_bot/status/1830455512340012345",  # 4
    "https://x.com/hanbam_pharma/status/1829987700011122233",  # 5
    "https://x.com/hanbam_pharma/status/1829987700011199001",  # 6
    "https://x.com/hanbam_pharma",  # 7
    "https://x.com/seoul_escort_line/status/1830777001234567890",  # 8
    "https://x.com/seoul_escort_line/status/1830777001234567999",  # 9
    "https://x.com/deepfake_gallery9/status/1831010101010101010",  # 10
    "https://x.com/deepfake_gallery9/status/1831010101010102020",  # 11
]
X_CAT = ["gambling"] * 5 + ["drugs"] * 3 + ["prostitution"] * 2 + ["sexual_deepfake"] * 2
Y = [
    "https://www.youtube.com/watch?v=Hk3vQ9pLx2A",
    "https://www.youtube.com/watch?v=Zr8TfW1mN0c",
    "https://www.youtube.com/shorts/pB4nX7yQe1k",
    "https://www.youtube.com/@slotking_live",
]
M = [
    "https://www.facebook.com/groups/889120334512/posts/1044558812209",
    "https://www.instagram.com/p/C-7kLmQ2xYz/",
    "https://www.instagram.com/pharm.direct.kr/",
]
T = [
    "https://www.tiktok.com/@nightowl.toto/video/7409912345678901234",
    "https://www.tiktok.com/@nightowl.toto/video/7409912345678905678",
    "https://www.tiktok.com/@nightowl.toto/video/7410023456789012345",
    "https://www.tiktok.com/@gangnam.pills/video/7408811122233344455",
    "https://www.tiktok.com/@gangnam.pills",
]
RD = [R1, "https://www.reddit.com/user/hangang_supply/"]
D = ["https://discord.gg/kT4bVn8Q"]
TW = ["https://www.twitch.tv/videos/2243318870", "https://www.twitch.tv/slots_owl_kr"]

REQS = [
    # ref, platform, sent, due, urls, categories, message-id local part, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", X, X_CAT,
     "req-240902-01", "batch of posts, several accounts"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00", Y,
     ["gambling"] * 4, "req-240903-02", "slot streams and a channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T10:00:00+09:00", "2024-09-11T18:00:00+09:00", M,
     ["drugs"] * 3, "req-240904-03", "Facebook group post and Instagram"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", T,
     ["gambling"] * 3 + ["drugs"] * 2, "req-240905-04", "videos and one account"),
    ("KCSC-240906-05", "reddit", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", RD,
     ["drugs"] * 2, "req-240906-05", "post with Korean slug, user profile"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", D,
     ["gambling"], "req-240909-06", "server invite"),
    ("KCSC-240910-07", "twitch", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", TW,
     ["gambling"] * 2, "req-240910-07", "VOD and channel"),
]
REF = {p: r for r, p, *_ in REQS}
MID = {p: m for r, p, _s, _d, _u, _c, m, _n in REQS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cats, mid, note in REQS:
            for u, c in zip(urls, cats):
                w.writerow([ref, plat, sent, due, u, c, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def our_request(plat, urls, greeting):
    ref = REF[plat]
    lines = [
        greeting,
        "",
        "The Korea Communications Standards Commission has found the content below",
        "to be illegal under Korean law and asks that it be removed or that access to",
        f"it from Korea be blocked. Our reference: {ref}.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken on each item.", "",
              "KCSC Takedown Desk", "Korea Communications Standards Commission"]
    return lines


def quoted(plat, urls, greeting, when):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in our_request(plat, urls, greeting))


def outlook(plat, urls, greeting, when, to, subject):
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {when}",
        f"To: {to}",
        f"Subject: {subject}",
        "",
    ] + our_request(plat, urls, greeting))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


HEADER = """# Blind set blind766: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by make.py from the case list; expected results come from each
# email's meaning alone, written before any run of the reader.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-legal-numbered-withheld-removed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 02:14:09 +0000",
    subject="[Case 0394571] Your request KCSC-240902-01",
    body=f"""
Hello,

Thank you for your request of 2 September 2024 (your reference
KCSC-240902-01). We have reviewed the reported content under the X Rules and
applicable local law. Our findings so far are listed below.

1. {X[0]}
   Action: withheld in South Korea (Country Withheld Content)
2. {X[1]}
   Action: withheld in South Korea (Country Withheld Content)
3. {X[2]}
   Action: withheld in South Korea (Country Withheld Content)
4. {X[3]}
   Action: removed for violating our policy on illegal or certain regulated
   goods and services
5. {X[4]}
   Action: removed for violating our policy on illegal or certain regulated
   goods and services
6. {X[10]}
   Action: none. We could not find this post on X.

The other URLs in your request are still being reviewed; we will write again
once that review is complete.

Where permitted, the account holders have been notified. More about withheld
content: https://help.x.com/en/rules-and-policies/tweet-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content)",
    why="numbered list, action on the line below each URL; the rest is under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed",
           X[4]: "removed", X[10]: "not_found"},
)

case(
    name="x-topposted-over-quoted-request",
    **{"from": "dana.r@x.com"}, name_from="Dana Reyes",
    date="Wed, 11 Sep 2024 07:40:51 +0000",
    subject="Re: Request for removal of illegal content - KCSC-240902-01",
    reply_to_req=MID["x"],
    body=f"""
Hi,

Following up on your request. We have withheld the two posts below in Korea:
{X[5]}
{X[6]}

In addition, the account {X[7]} has been permanently suspended for violating
our rules on illegal goods, so it is no longer visible anywhere on X.

Best,
Dana
X Legal Operations

{quoted("x", X, "Dear X Legal team,", "Mon, Sep 2, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations staff reply top-posted over the regulator's request",
    why="three statements on top; the twelve URLs in the quoted request below say nothing",
    items={X[5]: "restricted", X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-outlook-deepfake-removed",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:05:33 +0000",
    subject="RE: KCSC-240902-01 request to remove content",
    body=f"""
Hello KCSC team,

Both posts listed below were removed for violating our non-consensual nudity
policy:

- {X[10]}
- {X[11]}

The account that shared them is under investigation for further violations.

Kind regards,
X Legal

{outlook("x", X, "Dear X Legal team,", "Monday, September 2, 2024 10:00 AM",
         "legal-requests@x.com", "KCSC-240902-01 request to remove content")}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in Outlook style over the original message",
    why="two named posts removed; the original request below the Outlook separator is quoted",
    items={X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-no-violation-rejected",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:22:10 +0000",
    subject="[Case 0394571] KCSC-240902-01 - outcome for two posts",
    body=f"""
Hello,

We reviewed the following posts reported in your request KCSC-240902-01:

{X[8]}
{X[9]}

We found that they do not violate the X Rules, and the request does not give
us a sufficient legal basis to withhold them in Korea. We are therefore not
taking action on these posts and they remain available.

If you obtain a court order concerning this content, you may submit it via
https://legal.x.com/en/gov-content-request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X refusal of a legal removal request for lack of a violation",
    why="refusal with its reason for two named posts: rejected",
    items={X[8]: "rejected", X[9]: "rejected"},
)

case(
    name="yt-legal-bullets-mixed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 09:12:44 +0000",
    subject="YouTube Legal Support - KCSC-240903-02 [4-3318821904]",
    body=f"""
Hello,

Thanks for contacting YouTube Legal Support. We've reviewed your request
KCSC-240903-02 and have taken the following actions:

* {Y[0]} - removed from YouTube for violating our Community Guidelines
* {Y[1]} - blocked from view in South Korea based on local law
* {Y[2]} - this video is no longer available; the uploader deleted it
  before our review was finished
* {Y[3]} - the channel is still being reviewed; we'll get back to you

Learn more about how we handle legal removals:
https://support.google.com/youtube/answer/2802032

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email with a per-URL action list",
    why="three statuses plus one item still under review (stays pending)",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "not_found", Y[3]: "pending"},
)

case(
    name="yt-age-restricted",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 06:01:02 +0000",
    subject="Re: KCSC-240903-02 [4-3318821904]",
    body=f"""
Hi there,

After further review, we've applied an age restriction to the video
{Y[1]}. It can no longer be watched by viewers who are signed out or under
18, and it is not shown in most parts of YouTube.

Best regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice",
    why="age-restricted counts as restricted",
    items={Y[1]: "restricted"},
)

YT_TABLE = f"""<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of your request <b>KCSC-240903-02</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Decision</th></tr>
<tr><td>{Y[0]}</td><td>Removed (Community Guidelines)</td></tr>
<tr><td>{Y[1]}</td><td>Blocked in KR (local law)</td></tr>
<tr><td>{Y[2]}</td><td>No action: content does not violate our policies or local law</td></tr>
<tr><td>{Y[3]}</td><td>Channel terminated</td></tr>
</table>
<p>For our policies see <a href="https://www.youtube.com/howyoutubeworks/policies/community-guidelines/">Community Guidelines</a>.</p>
<p>YouTube Legal Support</p>
</body></html>"""

case(
    name="yt-html-table-decisions",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:30:00 +0000",
    subject="Outcome of your legal request KCSC-240903-02",
    type="html", body=YT_TABLE,
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome rendered as an HTML table",
    why="four rows, four different decisions",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "removed"},
)

case(
    name="meta-blocks-restricted-kr",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 11:45:19 +0000",
    subject="Your report KCSC-240904-03",
    body=f"""
Dear KCSC,

We have reviewed your report (reference KCSC-240904-03). Our decisions for each
piece of content are set out below.

Content: {M[0]}
Decision: We restricted access to this content in South Korea because it
violates local law.

Content: {M[1]}
Decision: Restricted in South Korea (local law).

Content: {M[2]}
Decision: We removed this account because it goes against our Community
Standards on restricted goods and services.

You can find information about how we respond to government requests in our
Transparency Center: https://transparency.meta.com/reports/content-restrictions/

Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction decision per reported item",
    why="two items restricted in Korea, one account removed",
    items={M[0]: "restricted", M[1]: "restricted", M[2]: "removed"},
)

case(
    name="ig-statement-of-reasons",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Thu, 12 Sep 2024 04:10:27 +0000",
    subject="Decision on content you reported (KCSC-240904-03)",
    body=f"""
Instagram - Notice of decision

Decision: removal of content
Content concerned: {M[1]}
Date of decision: 12 September 2024

Facts and circumstances: The content was reported to us by the Korea
Communications Standards Commission (reference KCSC-240904-03).

Ground for the decision: the content is incompatible with our Community
Guidelines (restricted goods and services: drugs).

Use of automated means: the decision was taken by a human reviewer. No
automated detection was involved.

Territorial scope: worldwide.

Redress: the account holder may appeal this decision through the app. More
information: https://help.instagram.com/477434105621119

Instagram, operated by Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, ground, territorial scope, redress)",
    why="one named post removed worldwide; the help link is no item",
    items={M[1]: "removed"},
)

TT_CSV = (
    "reported_url,action,reason\n"
    f"{T[0]},Removed,Community Guidelines - gambling\n"
    f"{T[1]},Removed,Community Guidelines - gambling\n"
    f"{T[2]},Restricted in KR,Local law\n"
    f"{T[3]},Not found,Video deleted by the creator before review\n"
    f"{T[4]},Account banned,Repeated violations\n"
)
case(
    name="tiktok-csv-attachment",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 09:00:41 +0000",
    subject="Government removal request KCSC-240905-04 - results",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="tt-bnd-5517"

--tt-bnd-5517
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review of your government removal
request KCSC-240905-04.

Kind regards,
TikTok Legal

--tt-bnd-5517
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-04_results.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_results.csv"
Content-Transfer-Encoding: base64

{b64(TT_CSV)}
--tt-bnd-5517--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request results sent as a CSV attachment",
    why="five rows in a base64 CSV attachment, one status each",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "not_found", T[4]: "removed"},
)

TT_QP = f"""Dear Sir or Madam,

Thank you for your report dated 5 September 2024 (KCSC-240905-04). Having reviewed the videos, we have taken the following actions.

The video at {T[0]} has been removed for violating our Community Guidelines on gambling and games of chance.

The video at {T[1]} does not violate our Community Guidelines; however, access to it has been restricted in South Korea in accordance with local law.

Best regards,
TikTok Trust & Safety – Law Enforcement and Government Response
"""
case(
    name="tiktok-qp-prose",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 02:33:08 +0000",
    subject="RE: KCSC-240905-04",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TT_QP)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government response in prose, quoted-printable with soft line breaks",
    why="one removed, one restricted in Korea though within the guidelines",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="reddit-raw-korean-path",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 18:20:00 +0000",
    subject="Re: KCSC-240906-05 removal request",
    body=f"""
Hello,

Reddit has removed the following post in response to your request
KCSC-240906-05:

{R1_RAW}

The account u/hangang_supply ({RD[1]}) has also been permanently
suspended for violating Reddit's Content Policy on the sale of illegal goods.

Thanks,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal team removal confirmation",
    why="the post URL is written with its raw Korean slug; the profile is suspended",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-no-violation",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit Safety",
    date="Thu, 12 Sep 2024 21:02:11 +0000",
    subject="Update on your report (KCSC-240906-05)",
    body=f"""
Hi,

Thanks for reaching out. We reviewed the account at {RD[1]} and did not find a
violation of Reddit's Content Policy or evidence of the activity you
described on the profile. We won't be taking action on this account.

You can read our Content Policy at https://www.redditinc.com/policies/content-policy

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report outcome 'no violation found'",
    why="refusal with its reason for one named account",
    items={RD[1]: "rejected"},
)

case(
    name="discord-sole-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 23:15:42 +0000",
    subject="Re: KCSC-240909-06 report of a Discord server",
    body="""
Hello,

Thank you for your report. Our Safety team investigated the server you
reported and has removed it from Discord. The accounts that organised it have
also been actioned.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome",
    why="sole statement naming no URL, for a one-item request referenced in the subject",
    items={D[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 16:48:03 +0000",
    subject="Your report to Discord [KCSC-240909-06]",
    body=f"""
Hi there,

The invite link you provided (<{D[0]}>) is invalid or has expired, and we were
unable to identify a server from it. If you have a server ID or message links,
please send a new report through https://dis.gd/request.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply that a reported invite is invalid",
    why="invalid link, server not identifiable: not_found",
    items={D[0]: "not_found"},
)

case(
    name="twitch-ack-then-actions",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety Operations",
    date="Fri, 13 Sep 2024 00:05:55 +0000",
    subject="[Twitch] Ticket T-5591273: KCSC-240910-07",
    body=f"""
Hello,

Thanks for your report - we've received it under ticket T-5591273.

Our Safety Operations team has already reviewed the content. The VOD at
{TW[0]} has been removed, and the channel {TW[1]} has been indefinitely
suspended for promoting unlicensed gambling.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch ticket reply combining a receipt and enforcement outcome",
    why="acknowledgement phrase followed by unhedged statements: not an acknowledgement",
    items={TW[0]: "removed", TW[1]: "removed"},
)

TW_B64 = f"""Hello,

We have completed our review of your request KCSC-240910-07.

- {TW[0]}: this VOD had already been deleted by the streamer before we could review it.
- {TW[1]}: we reviewed recent broadcasts on this channel and did not find a violation of our Community Guidelines, so no enforcement action was taken.

Regards,
Twitch Safety Operations
"""
case(
    name="twitch-base64-body",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety Operations",
    date="Mon, 16 Sep 2024 05:30:12 +0000",
    subject="Re: KCSC-240910-07",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TW_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety outcome email, base64-encoded body",
    why="VOD already deleted by its author; channel found not violating",
    items={TW[0]: "not_found", TW[1]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:00:00 +0000",
    subject="[Case 0394571] KCSC-240902-01 - update",
    body=f"""
Case 0394571 - results

{X[3]}
Status: Removed

{X[4]}
Status: Removed

{X[5]}
Status: Withheld in KR

{X[6]}
Status: Withheld in KR

{X[7]}
Status: Account suspended

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case-tool export: bare URL with its status on the line below",
    why="five URLs, status line under each; a suspended account is unavailable everywhere",
    items={X[3]: "removed", X[4]: "removed", X[5]: "restricted", X[6]: "restricted",
           X[7]: "removed"},
)

case(
    name="x-statement-then-url",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Tue, 17 Sep 2024 04:44:19 +0000",
    subject="[Case 0394571] KCSC-240902-01",
    body=f"""
Hello,

The following post has been withheld in the Republic of Korea:
{X[9]}

The following post could not be located; it no longer exists on X:
{X[11]}

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notice with the statement first and the URL on the next line",
    why="each URL sits below its own statement",
    items={X[9]: "restricted", X[11]: "not_found"},
)

case(
    name="x-korea-desk-particles",
    **{"from": "jiwon.seo@x.com"}, name_from="Jiwon Seo",
    date="Wed, 18 Sep 2024 01:12:37 +0000",
    subject=Header("Re: KCSC-240902-01 처리 결과 / outcome", "utf-8").encode(),
    body=f"""
안녕하세요, X Korea 정지원입니다.
Please see the outcome for three of the reported posts below.

{X[0]}은 전 세계에서 삭제 처리되었습니다 (removed globally).
{X[1]}는 한국 내 접속 차단되었습니다 (withheld in Korea).
{X[2]}（작성자가 이미 삭제한 게시물입니다 / already deleted by its author）

감사합니다.
Jiwon Seo
X Korea, Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea staff reply mixing English and Korean",
    why="URLs followed directly by Korean particles and full-width brackets",
    items={X[0]: "removed", X[1]: "restricted", X[2]: "not_found"},
)

case(
    name="fb-gmail-quote-removed-restricted",
    **{"from": "s.okafor@meta.com"}, name_from="Sam Okafor",
    date="Tue, 10 Sep 2024 13:09:51 +0000",
    subject="Re: KCSC-240904-03 - report of illegal content",
    reply_to_req=MID["meta"],
    body=f"""
Hi KCSC team,

An update on your report: the group post {M[0]} was removed for going
against our Community Standards on regulated goods.

We also reviewed the Instagram account {M[2]}. It does not go against our
Community Guidelines, but because its content is unlawful in Korea we have
restricted access to it in South Korea.

Thanks,
Sam
Government & Regulatory Outreach, Meta

{quoted("meta", M, "Dear Meta team,", "Wed, 4 Sep 2024 at 10:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply over a Gmail-style quote of the request",
    why="removed, and restricted despite 'does not go against' (the action taken is what counts)",
    items={M[0]: "removed", M[2]: "restricted"},
)

case(
    name="yt-echoed-report",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    date="Sat, 14 Sep 2024 10:10:10 +0000",
    subject="Update on your report (KCSC-240903-02)",
    body=f"""
Your report

Report ID: 4-3319920661
Reported content: {Y[2]}
Reason selected: Illegal gambling (local law)
Your reference: KCSC-240903-02

Outcome

We removed this content from YouTube because it violates our Community
Guidelines. Thank you for helping keep YouTube safe.

Review our Community Guidelines: https://www.youtube.com/t/community_guidelines

(c) 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome notice echoing the report fields",
    why="echoed report names one Short; the outcome below says removed",
    items={Y[2]: "removed"},
)

TT_HTML = f"""<html><body>
<p>Hello,</p>
<p>We have reviewed the remaining content from your request KCSC-240905-04:</p>
<ul>
<li><a href="{T[3]}">{T[3]}</a> &ndash; removed for violating our Community Guidelines (regulated goods)</li>
<li><a href="{T[4]}">{T[4]}</a> &ndash; account banned</li>
<li><a href="{T[2]}">{T[2]}</a> &ndash; no violation found; the video remains available on TikTok</li>
</ul>
<p>Regards,<br>TikTok Trust &amp; Safety</p>
</body></html>"""
case(
    name="tiktok-html-list",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Trust & Safety",
    date="Mon, 16 Sep 2024 07:25:00 +0000",
    subject="KCSC-240905-04: remaining items",
    type="html", body=TT_HTML,
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome as an HTML bulleted list",
    why="linked URLs with their decision after a dash",
    items={T[3]: "removed", T[4]: "removed", T[2]: "rejected"},
)

X_ALT_TXT = f"""Hello,

Following our review under your request KCSC-240902-01, we removed these two
posts for violating our adult sexual services policy:

{X[8]}
{X[9]}

X Legal
"""
X_ALT_HTML = f"""<html><body><p>Hello,</p>
<p>Following our review under your request KCSC-240902-01, we removed these two
posts for violating our adult sexual services policy:</p>
<p><a href="{X[8]}">{X[8]}</a><br>
<a href="{X[9]}">{X[9]}</a></p>
<p>X Legal</p></body></html>"""
case(
    name="x-multipart-alternative",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 18 Sep 2024 09:09:09 +0000",
    subject="[Case 0394571] KCSC-240902-01 - removed",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="x-alt-0394571"

--x-alt-0394571
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_ALT_TXT}
--x-alt-0394571
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

{X_ALT_HTML}
--x-alt-0394571--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal notice sent as multipart/alternative (text and HTML)",
    why="one statement before two URLs, in both parts",
    items={X[8]: "removed", X[9]: "removed"},
)

case(
    name="reddit-angle-brackets-encoded",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 19:40:02 +0000",
    subject="KCSC-240906-05",
    body=f"""
Hello,

<{RD[0]}>
This post had already been deleted by its author before our review, so there
was nothing left for us to remove.

<{RD[1]}>
This account has been banned sitewide.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with URLs in angle brackets",
    why="post already deleted by its author; account banned",
    items={RD[0]: "not_found", RD[1]: "removed"},
)

case(
    name="yt-geo-block-threaded",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Removals",
    date="Tue, 10 Sep 2024 06:55:31 +0000",
    subject="Re: Request for removal of illegal content",
    reply_to_req=MID["youtube"],
    body=f"""
Hello,

In response to your notice, we have blocked the video
{Y[0]}
from view on YouTube in South Korea, in line with local law.

Regards,
Google Legal Removals
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals reply 'blocked from view in <country>'",
    why="thread reply (no reference in the text); the URL wraps between statement halves",
    items={Y[0]: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="[Case 0394571] KCSC-240902-01 received and validated",
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. Our team has validated it, and the
posts below will be withheld in South Korea within the next 24 hours:

{X[0]}
{X[1]}

We will confirm once this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="a promise ('will be withheld') is no statement; items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-hedged-appears-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:41:20 +0000",
    subject="Re: KCSC-240903-02 [4-3318821904]",
    body=f"""
Hello,

It appears that the videos {Y[0]} and {Y[1]} may have been taken down by
the uploader already. We're still looking into {Y[2]} and will follow up
with you when we have an answer.

Best,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim reply",
    why="hedges ('appears', 'may have been') and 'still looking into': nothing stated",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 03:03:03 +0000",
    subject="KCSC-240905-04 completed",
    body="""
Dear KCSC,

We are writing to let you know that all videos and accounts listed in your
request KCSC-240905-04 have been removed from TikTok.

Regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok short completion notice for a whole request",
    why="one statement about five items without naming them",
    items={u: "pending" for u in T},
)

case(
    name="ig-bulk-thread-reply",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Wed, 11 Sep 2024 02:02:59 +0000",
    subject="Re: Request for removal of illegal content",
    reply_to_req=MID["meta"],
    body="""
Hi,

Thanks for your report. We removed the content you reported because it goes
against our Community Guidelines.

We use reports like yours to keep Instagram safe.

The Instagram Team
""",
    outcome="review", review="bulk",
    imitates="Instagram 'we removed the content you reported' notice",
    why="thread reply to a three-item request; no item named",
    items={u: "pending" for u in M},
)

case(
    name="x-untrusted-dkim-fail",
    **{"from": "legal-requests@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="[Case 0394571] KCSC-240902-01",
    body=f"""
Hello,

The post {X[3]} has been removed.
The post {X[4]} has been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal notice whose authentication failed",
    why="platform domain, DKIM/SPF/DMARC fail",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="unknown-sender-account-owner-lawyer",
    **{"from": "m.kwon@bright-harbor-law.example"}, name_from="Minho Kwon",
    date="Thu, 12 Sep 2024 05:50:00 +0000",
    subject="KCSC-240902-01 - posts of our client deleted",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @lucky7_casino_kr. Our client has
deleted the following posts, which were named in your request KCSC-240902-01:

{X[0]}
{X[1]}
{X[2]}

We ask that the matter be closed.

Minho Kwon
Bright Harbor Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's lawyer",
    why="not the platform: names our request and URLs, changes nothing",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="yt-wrong-platform-tiktok-link",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""
Hello,

We received a copy of your request KCSC-240905-04. The URL below is not
hosted on YouTube and could not be found on our service:

{T[3]}

Please contact the service that hosts it.

YouTube Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube reply that a URL is not YouTube content",
    why="YouTube stating not_found for a TikTok item",
    items={T[3]: "pending"},
)

case(
    name="pinterest-use-form-no-claims",
    **{"from": "support@pinterest.com"}, name_from="Pinterest Support",
    date="Tue, 17 Sep 2024 15:15:15 +0000",
    subject="Re: Request to remove content",
    body="""
Hi there,

Thanks for reaching out. We're unable to process legal requests sent to this
address. To report content that may break local law, please use our legal
reporting form: https://help.pinterest.com/en/contact

Our team reviews every report submitted through the form.

Pinterest Support
""",
    outcome="review", review="no_claims",
    imitates="Pinterest support reply pointing to its reporting form",
    why="trusted platform mail naming no item and no request (we have no Pinterest request)",
    items={},
)

case(
    name="x-asks-court-order",
    **{"from": "legal-requests@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 04:04:04 +0000",
    subject="[Case 0394571] KCSC-240902-01 - more information needed",
    body=f"""
Hello,

Before we can act on {X[8]}, please provide a copy of the legal order or
cite the specific provision of Korean law that the post violates. Once we
receive it, we will review the post again.

X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for supporting legal documentation",
    why="asks for more before acting; no status",
    items={X[8]: "pending"},
)

case(
    name="twitch-forwarded-internal-note",
    **{"from": "k.lindqvist@twitch.tv"}, name_from="Karin Lindqvist",
    date="Tue, 17 Sep 2024 20:20:20 +0000",
    subject="Fwd: KCSC-240910-07",
    body=f"""
Hi KCSC team,

Forwarding the note from our Safety Operations team below.

Karin

---------- Forwarded message ---------
From: Twitch Safety Ops <safetyops@twitch.tv>
Date: Tue, Sep 17, 2024 at 11:02 AM
Subject: KCSC-240910-07
To: Karin Lindqvist <k.lindqvist@twitch.tv>

VOD {TW[0]} removed.
Channel {TW[1]} suspended indefinitely.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="Twitch staffer forwarding an internal Safety Ops note",
    why="the statements are only in a forwarded message",
    items={TW[0]: "pending", TW[1]: "pending"},
)

case(
    name="yt-conditional-appeal-window",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:08:08 +0000",
    subject="Re: KCSC-240903-02 [4-3318821904]",
    body=f"""
Hello,

We've notified the uploader of {Y[1]} about your request. If we don't
receive a counter-notification within 10 business days, the video will be
removed. Until then it remains under review.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice of a pending uploader response window",
    why="a condition and 'under review': no statement",
    items={Y[1]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "dana.r@x.com"}, name_from="Dana Reyes",
    date="Mon, 02 Sep 2024 01:00:12 +0000",
    subject="Automatic reply: Request for removal of illegal content - KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with
limited access to email. For urgent legal requests please write to
legal-requests@x.com.

Dana Reyes
X Legal Operations
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="auto-reply",
    items={},
)

TT_DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-77aa"

--dsn-77aa
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gov-requests-kr@tiktok.com>: host mx1.tiktok.com said: 550 5.1.1
    Recipient address rejected: User unknown in virtual mailbox table

--dsn-77aa
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.tiktok.com
Arrival-Date: Thu, 5 Sep 2024 02:00:03 +0000 (UTC)

Final-Recipient: rfc822; gov-requests-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-77aa
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: gov-requests-kr@tiktok.com
Subject: Request for removal of illegal content - KCSC-240905-04
Date: Thu, 5 Sep 2024 11:00:00 +0900
Message-ID: <{MID['tiktok']}@kcsc.example>
Content-Type: text/plain; charset=utf-8

""" + "\n".join(our_request("tiktok", T, "Dear TikTok team,")) + """

--dsn-77aa--
"""
case(
    name="tiktok-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.tiktok.com"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 02:00:04 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=TT_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="bounce; the request inside lists all five URLs",
    items={},
)

FB_MDN = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-3c1"

--mdn-3c1
Content-Type: text/plain; charset=utf-8

This is a receipt for the mail you sent to
<s.okafor@meta.com> at 04/09/2024 10:00 AM

This receipt verifies that the message has been displayed on the
recipient's computer. There is no guarantee that the content has been
read or understood.

--mdn-3c1
Content-Type: message/disposition-notification

Reporting-UA: s.okafor@meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.okafor@meta.com
Original-Message-ID: <{MID['meta']}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-3c1--
"""
case(
    name="meta-read-receipt",
    **{"from": "s.okafor@meta.com"}, name_from="Sam Okafor",
    date="Wed, 04 Sep 2024 03:12:00 +0000",
    subject="Read: Request for removal of illegal content - KCSC-240904-03",
    raw_mime=FB_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-form-receipt",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Tue, 03 Sep 2024 02:31:17 +0000",
    subject="We've received your legal request [4-3318821904]",
    body=f"""
Hello,

Thanks for contacting YouTube. We've received your legal request
(your reference KCSC-240903-02) and assigned it the number 4-3318821904.

You submitted the following URLs:
{Y[0]}
{Y[1]}

Our team will review the request and respond as soon as possible. Please
keep the number above in the subject line of any further messages.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-form submission receipt echoing the URLs",
    why="pure receipt: URLs echoed with no status",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 01:05:00 +0000",
    subject="[Discord] Your request #48211930 has been received: KCSC-240909-06",
    body="""
##- Please type your reply above this line -##

Your request (48211930) has been received and is being reviewed by our
Trust & Safety staff.

To add additional comments, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from Discord support",
    why="pure ticket receipt",
    items={},
)

case(
    name="snapchat-out-of-office",
    **{"from": "j.marsh@snap.com"}, name_from="Jordan Marsh",
    date="Thu, 12 Sep 2024 00:00:30 +0000",
    subject="Out of Office Re: Illegal content on Snapchat",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
Hi,

I'm away until Monday 23 September. Your message will not be forwarded. For
law enforcement and government matters please use the Snap law enforcement
portal.

Jordan
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail-style vacation responder",
    why="auto-reply",
    items={},
)

case(
    name="telegram-abuse-auto-response",
    **{"from": "abuse@telegram.org"}, name_from="Telegram",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    subject="Re: Illegal content on Telegram",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response. Thank you for your message.

Our moderators process reports in the order they are received. Due to the
volume of reports we cannot reply to each message individually.

Telegram Abuse Team
""",
    outcome="ignored",
    imitates="Telegram abuse desk automated response",
    why="automated receipt naming no item",
    items={},
)


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
