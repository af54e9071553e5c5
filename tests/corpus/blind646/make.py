#!/usr/bin/env python3
"""Blind set 646: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram and Pinterest as senders of
mail about no request of theirs).

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind646/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebook.com": "Meta",
    "fb.com": "Meta",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "pinterest.com": "Pinterest",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/jackpot_hana77/status/1829934410557722881",
    "https://x.com/jackpot_hana77/status/1829934877120045106",
    "https://x.com/slotqueen_k/status/1830102938475610223",
    "https://x.com/slotqueen_k/status/1830109981234567048",
    "https://x.com/toto_ace_bet/status/1830205566778899001",
    "https://x.com/toto_ace_bet",
    "https://x.com/moonbet_korea/status/1830311223344556677",
    "https://x.com/moonbet_korea/status/1830318899001122334",
    "https://x.com/casino_nabi/status/1830420011223344123",
    "https://twitter.com/casino_nabi/status/1830425566778899456",
    "https://x.com/bluechip_odds/status/1830530099887766554",
    "https://x.com/bluechip_odds/status/1830531234509876543",
    "https://x.com/ggul_tip_kr/status/1830640055443322110",
]
Y = [
    "https://www.youtube.com/watch?v=Qm7tRz2LpXa",
    "https://www.youtube.com/watch?v=bV4nK8sWq1E",
    "https://www.youtube.com/shorts/Hx3pLr9TzQo",
    "https://www.youtube.com/@hanbit_signal_tv",
]
M = [
    "https://www.facebook.com/groups/5512093347781/posts/8820114456732/",
    "https://www.facebook.com/profile.php?id=100091234567812",
    "https://www.instagram.com/p/C9xTq2LmN4a/",
    "https://www.instagram.com/reel/C9zWk7PpR2s/",
    "https://www.instagram.com/seoul_pills_direct/",
]
T = [
    "https://www.tiktok.com/@dalbit.market/video/7409123456789012345",
    "https://www.tiktok.com/@dalbit.market/video/7409198765432109876",
    "https://www.tiktok.com/@night.owl.kr/video/7410011223344556677",
]
R = [
    "https://www.reddit.com/r/koreabets/comments/1f8qz2k/daily_picks_thread/",
    "https://www.reddit.com/r/kpillshop/",
]
D = [
    "https://discord.gg/Hn8kQz3Rt",
    "https://discord.com/channels/1180012345678901234/1180012345678905678/1281234567890123456",
]
TW = ["https://www.twitch.tv/bettingboss_kr"]

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     "illegal_gambling", X, "gambling promotion accounts and posts"),
    ("KCSC-240903-02", "youtube", "2024-09-03T10:30:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", Y, "betting tip videos and channel"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:40:00+09:00", "2024-09-11T18:00:00+09:00",
     "drug_sales", M, "Facebook group post, profile, Instagram posts and account"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "drug_sales", T, "videos advertising sales"),
    ("KCSC-240906-05", "reddit", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     "illegal_gambling", R, "post and community"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "obscenity", D, "server invite and message link"),
    ("KCSC-240910-07", "twitch", "2024-09-10T10:00:00+09:00", "2024-09-17T18:00:00+09:00",
     "illegal_gambling", TW, "live channel"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat,
                                   msgid(ref) + "@kcsc.example", '"' + note + '"']))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- helpers
def request_text(ref, urls, what="restrict access to"):
    body = ["Dear Sir or Madam,", "",
            f"The Korea Communications Standards Commission (KCSC) asks you to {what} the",
            "following content, which violates the laws of the Republic of Korea.",
            f"Reference: {ref}", ""]
    body += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    body += ["", "Please inform us of the measures taken by replying to this email.", "",
             "KCSC Takedown Team"]
    return body


def quoted(ref, urls, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_text(ref, urls))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="x-legal-withheld-bulleted",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Thu, 05 Sep 2024 08:12:40 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your patience while we looked into the report submitted by
the Korea Communications Standards Commission (reference KCSC-240902-01).

Having reviewed the posts, we have taken the following action:

 * {X[0]} - withheld in South Korea
 * {X[1]} - withheld in South Korea
 * {X[2]} - removed for violating the X Rules (illegal or certain
   regulated goods and services)

Content that is withheld in a country remains viewable elsewhere. You can
read more about this in our Help Center:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

The other posts in your request are still being assessed and we will
follow up separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email listing country-withheld and removed posts",
    why="three posts named with unhedged outcomes; the rest 'still being assessed' stay pending",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

case(
    name="x-html-table-outcomes",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 02:40:11 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our response to your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Comment</th></tr>
<tr><td>{X[3]}</td><td>Removed</td><td>Violates the X Rules</td></tr>
<tr><td>{X[4]}</td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td>{X[5]}</td><td>Account withheld (KR)</td><td>Local law</td></tr>
<tr><td>{X[6]}</td><td>Unable to locate</td><td>The post could not be found</td></tr>
<tr><td>{X[7]}</td><td>No action</td><td>Not in violation of the X Rules or of the law cited</td></tr>
</table>
<p>For questions about our process, see <a href="https://help.x.com/en/forms/legal">help.x.com/en/forms/legal</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply with a per-URL action table",
    why="one table row per URL: removed, withheld post, withheld account, not found, no action",
    items={X[3]: "removed", X[4]: "restricted", X[5]: "restricted", X[6]: "not_found",
           X[7]: "rejected"},
)

case(
    name="x-bare-url-status-below",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 09:03:57 +0000",
    subject="Case 0906-KR-44817 (your ref KCSC-240902-01): outcome",
    body=f"""
Hi KCSC team,

Outcome per URL for case 0906-KR-44817 (your reference KCSC-240902-01):

{X[8]}
Status: Withheld in KR

{X[9]}
Status: Removed (Illegal or certain regulated goods or services policy)

{X[10]}
Status: Not found - this post ID does not exist on X

Kind regards,
Legal Operations, X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal operations case update, URL with status on the line below",
    why="each bare URL followed by its own status line",
    items={X[8]: "restricted", X[9]: "removed", X[10]: "not_found"},
)

case(
    name="x-top-posted-over-quote",
    **{"from": "dana.whitfield@x.com"},
    name_from="Dana Whitfield",
    date="Sat, 07 Sep 2024 01:15:02 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hi,

Update on two of the posts from your request:

The post {X[11]} has been withheld in the Republic of Korea.

{X[12]} was no longer available when we reviewed it; the account holder
had already deleted it.

Best,
Dana
Global Government Affairs - Legal Requests, X

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="individual X legal staff reply top-posted over the quoted request",
    why="two items stated above the quote; the quoted list of 13 URLs is our own text",
    items={X[11]: "restricted", X[12]: "not_found"},
)

case(
    name="yt-blocked-kr-angle-brackets",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 06:30:00 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In accordance with our policies, we have reviewed the content you reported
and taken the following actions:

Blocked from view in South Korea on the basis of local law:
<{Y[0]}>
<{Y[1]}>

Removed globally for violating YouTube's Community Guidelines:
<{Y[2]}>

If you have any other questions, please refer to
<https://support.google.com/youtube/answer/2802027>.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email with headings (blocked in country / removed)",
    why="headed groups of URLs in angle brackets; the support.google.com link is a help page",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

_yt_qp = f"""Hello,

Thank you for your notice (reference KCSC-240903-02).

Following our review, the channel {Y[3]} has been terminated for repeated violations of YouTube\u2019s spam, deceptive practices and scams policies. The channel and all of its videos are no longer available on YouTube.

To learn more about channel terminations, visit https://support.google.com/youtube/answer/2802168.

Sincerely,
The YouTube Team
"""
case(
    name="yt-channel-terminated-qp",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Sat, 07 Sep 2024 03:22:45 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, quoted-printable body",
    why="the channel is named and stated terminated (no longer available): removed",
    items={Y[3]: "removed"},
)

case(
    name="yt-no-violation-one-still-reviewing",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:48:19 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

We have completed our review of {Y[0]}.

After careful consideration, we have decided not to take action on this
video. It does not violate YouTube's Community Guidelines, and the
information provided was not sufficient for us to restrict it under local
law. The video will stay available.

Our review of {Y[1]} is still ongoing. We will write to you again once it
is complete.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support decline ('we have decided not to take action') with a pending item",
    why="first video refused with reasons (rejected); the second is still under review (pending)",
    items={Y[0]: "rejected", Y[1]: "pending"},
)

case(
    name="meta-decision-notice-local-law",
    **{"from": "noreply@facebook.com"},
    name_from="Meta",
    date="Fri, 06 Sep 2024 11:05:33 +0000",
    subject="Decision on your report - KCSC-240904-03",
    body=f"""
Decision notice - reference KCSC-240904-03

We reviewed the content you reported as illegal under the laws of the
Republic of Korea. Our decision for each item is set out below.

Content: {M[0]}
Decision: Access restricted in South Korea
Basis: Local law (reported by a government authority)
Automated means used in the decision: No

Content: {M[2]}
Decision: Access restricted in South Korea
Basis: Local law (reported by a government authority)
Automated means used in the decision: No

The content remains available outside South Korea. Information on how we
handle government reports is available in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/

Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content restriction decision in the form of a DSA-style statement of reasons",
    why="two Content/Decision blocks, each restricted in South Korea",
    items={M[0]: "restricted", M[2]: "restricted"},
)

case(
    name="meta-numbered-removed-disabled",
    **{"from": "noreply@instagram.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 04:44:10 +0000",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi,

Thanks for your report. We've finished reviewing two of the items:

1. {M[3]}
   We removed this reel because it goes against our Community Guidelines
   on restricted goods and services.

2. {M[4]}
   This account has been disabled.

You can learn more about our guidelines at
https://help.instagram.com/477434105621119

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report update template, numbered list with the outcome under each link",
    why="reel removed, account disabled (removed)",
    items={M[3]: "removed", M[4]: "removed"},
)

_meta_html = f"""<html><body>
<p>Hello,</p>
<p>Below is the outcome of our review of the report <b>KCSC-240904-03</b>.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Link</th><th>Outcome</th></tr>
<tr><td><a href="{M[0]}">{M[0]}</a></td><td>Removed</td></tr>
<tr><td><a href="{M[1]}">{M[1]}</a></td><td>Could not locate &ndash; the link does not lead to an active profile</td></tr>
<tr><td><a href="{M[2]}">{M[2]}</a></td><td>No violation found &ndash; the content stays up</td></tr>
</table>
<p>Meta Trust &amp; Safety</p>
</body></html>
"""
_meta_txt = f"""Hello,

Below is the outcome of our review of the report KCSC-240904-03.

{M[0]} - Removed
{M[1]} - Could not locate - the link does not lead to an active profile
{M[2]} - No violation found - the content stays up

Meta Trust & Safety
"""
case(
    name="meta-base64-html-table",
    **{"from": "trustandsafety@meta.com"},
    name_from="Meta Trust & Safety",
    date="Mon, 09 Sep 2024 02:10:44 +0000",
    subject="Re: KCSC-240904-03 - outcome",
    reply_to_req=msgid("KCSC-240904-03"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="==b646metaalt"

--==b646metaalt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_meta_txt)}
--==b646metaalt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(_meta_html)}
--==b646metaalt--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta trust and safety outcome table, base64 multipart/alternative",
    why="removed / could not locate / no violation found, one per link",
    items={M[0]: "removed", M[1]: "not_found", M[2]: "rejected"},
)

case(
    name="tiktok-receipt-plus-outcome",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 05:31:26 +0000",
    subject="Re: [KCSC-240905-04] Request for removal",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
Dear KCSC,

We received your report (ref: KCSC-240905-04) and our team has now
reviewed it.

We removed {T[0]} for violating our Community Guidelines.

The video {T[1]} was reviewed and does not violate our Community
Guidelines or local law, so it will remain on TikTok.

Thank you for helping us keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report result email opening with the receipt phrase",
    why="receipt phrase plus unhedged statements: one removed, one refused with its reason",
    items={T[0]: "removed", T[1]: "rejected"},
)

_tt_csv = f"""url,action,region,notes
{T[0]},Removed,Global,Community Guidelines violation
{T[1]},Restricted,KR,Local law
{T[2]},Content not found,,Video ID does not exist
"""
case(
    name="tiktok-csv-attachment",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 08:00:00 +0000",
    subject="Re: [KCSC-240905-04] Request for removal - results",
    reply_to_req=msgid("KCSC-240905-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b646-tt-mixed"

--b646-tt-mixed
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear KCSC,

Please find attached the outcome of our review for your request
KCSC-240905-04, one line per reported link.

Best regards,
TikTok Legal

--b646-tt-mixed
Content-Type: text/csv; charset=UTF-8; name="KCSC-240905-04_results.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_results.csv"
Content-Transfer-Encoding: base64

{b64(_tt_csv)}
--b646-tt-mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal team reply with a CSV of per-link results",
    why="CSV rows: removed, restricted (KR), not found",
    items={T[0]: "removed", T[1]: "restricted", T[2]: "not_found"},
)

case(
    name="tiktok-bilingual-fullwidth",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Korea",
    date="Tue, 10 Sep 2024 01:20:09 +0000",
    subject="RE: [KCSC-240905-04] 삭제 요청 결과 / Result of your request",
    reply_to_req=msgid("KCSC-240905-04"),
    body=f"""
안녕하세요.

신고하신 영상 {T[2]}은 현지 법률에 따라 대한민국 내 접근이 제한되었습니다.

Hello,

The video（{T[2]}）has been restricted in the Republic of Korea under
local law.

TikTok Korea
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual reply, URL followed by a Korean particle and in full-width brackets",
    why="Korean and English both say restricted in Korea",
    items={T[2]: "restricted"},
)

case(
    name="reddit-removed-and-banned",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 18:02:55 +0000",
    subject="Re: [KCSC-240906-05] Content removal request",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hello,

Thank you for your request. We have taken the following action:

- {R[0]} : post removed
- {R[1]} : community banned for violating Reddit's Content Policy

Reddit publishes government removal requests in its Transparency Report:
https://www.redditinc.com/policies/transparency-report

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals reply (post removed, subreddit banned)",
    why="post removed; subreddit banned (no longer available): removed",
    items={R[0]: "removed", R[1]: "removed"},
)

case(
    name="reddit-georestricted-and-declined",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 16:40:20 +0000",
    subject="Re: [KCSC-240906-05] Content removal request",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hi there,

We reviewed the two links in your request.

The post at {R[0]} has been geo-restricted and is no longer visible to
users in South Korea.

We have declined to take action on {R[1]}. The community itself does not
break Reddit's rules, and we did not find the content described in your
request there.

Best,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal removals reply with one geo-restriction and one refusal",
    why="geo-restricted (restricted) and declined with reasons (rejected)",
    items={R[0]: "restricted", R[1]: "rejected"},
)

case(
    name="discord-ts-server-and-message",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 20:14:37 +0000",
    subject="Re: Your report [KCSC-240909-06]",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
Hi there,

Thanks for your report regarding KCSC-240909-06. Our Safety team has
reviewed it.

We have removed the server reached through the invite {D[0]} from Discord.
The message at {D[1]} has been deleted.

You can read more about the actions we take here:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="server removed, message deleted; the safety-centre link is a help page",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 03:51:08 +0000",
    subject="Re: Your report [KCSC-240909-06]",
    reply_to_req=msgid("KCSC-240909-06"),
    body=f"""
Hello,

The invite {D[0]} is invalid or has expired, so we were unable to
identify the server it belonged to.

Our investigation of the message link you sent is still open. We'll get
back to you when it is complete.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply about an expired invite",
    why="invite invalid/expired, server not identifiable: not_found; message link still open: pending",
    items={D[0]: "not_found", D[1]: "pending"},
)

case(
    name="twitch-channel-suspended",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 22:30:00 +0000",
    subject="Re: [KCSC-240910-07] Request concerning a Twitch channel",
    reply_to_req=msgid("KCSC-240910-07"),
    body=f"""
Hello,

Channel: {TW[0]}
Action taken: indefinite suspension
Result: the channel and its past broadcasts are no longer accessible on
Twitch.

See https://safety.twitch.tv/s/article/Community-Guidelines for our rules.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch enforcement outcome (indefinite suspension) in key-value form",
    why="channel suspended and no longer accessible: removed",
    items={TW[0]: "removed"},
)

case(
    name="twitch-sole-statement-one-item",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date="Fri, 13 Sep 2024 01:02:03 +0000",
    subject="Re: [KCSC-240910-07] Request concerning a Twitch channel",
    reply_to_req=msgid("KCSC-240910-07"),
    body="""
Hello,

We've reviewed your report and the content you reported has been removed
from Twitch.

Thank you for helping keep Twitch safe.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'we took action on your report' notice naming no URL",
    why="unnamed statement answering a one-item request (thread + ref): applies to that item",
    items={TW[0]: "removed"},
)

case(
    name="x-gmail-quote-urls-below",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 06:00:45 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

The following posts have been withheld in the Republic of Korea in
response to your request:
{X[6]}
{X[7]}

Thanks,
X Legal

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240902-01", X[4:9])}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in Gmail style, statement first and URLs on the lines below",
    why="two URLs under a withheld statement; the quoted request is ignored",
    items={X[6]: "restricted", X[7]: "restricted"},
)

case(
    name="x-echoed-report-decisions",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    date="Tue, 10 Sep 2024 11:11:11 +0000",
    subject="Your report to X (KCSC-240902-01)",
    body=f"""
Hello,

We've reviewed your report. Here is a summary.

Your report
Reported content: {X[10]}
Reason given: illegal gambling
Our decision: We removed this post because it breaks our rules on illegal
or certain regulated goods or services.

Your report
Reported content: {X[11]}
Reason given: illegal gambling
Our decision: We didn't find a violation of our rules. This post remains
available.

Learn more about how we enforce our rules:
https://help.x.com/en/rules-and-policies/enforcement-options

X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X report summary email echoing the report with a decision under each item",
    why="echoed report blocks each carry a decision: removed, no violation (rejected)",
    items={X[10]: "removed", X[11]: "rejected"},
)

case(
    name="x-outlook-original-message",
    **{"from": "j.okafor@x.com"},
    name_from="Jude Okafor",
    date="Wed, 11 Sep 2024 04:27:33 +0000",
    subject="RE: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

The post below has been removed from X.

{X[0]}

Regards,
Jude Okafor
Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240902-01] Request to restrict illegal gambling content

""" + "\n".join(request_text("KCSC-240902-01", X)),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply by an X legal employee above '-----Original Message-----'",
    why="one post named as removed above the unprefixed original request",
    items={X[0]: "removed"},
)

case(
    name="meta-wrapped-url-angle",
    **{"from": "noreply@facebook.com"},
    name_from="Facebook",
    date="Tue, 10 Sep 2024 09:09:09 +0000",
    subject="We've reviewed the post you reported (KCSC-240904-03)",
    body="""
Hi,

Thanks for your report. We've removed the post you reported at
<https://www.facebook.com/groups/5512093347781/
posts/8820114456732/> because it goes against our Community Standards
on restricted goods and services.

We let the person who posted it know that it was removed.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we removed the post you reported' notice, URL wrapped inside angle brackets",
    why="an angle-bracketed URL wrapped over two lines (RFC 3986 appendix C style) is one URL; removed",
    items={M[0]: "removed"},
)

case(
    name="x-statement-of-reasons-blocks",
    **{"from": "noreply@x.com"},
    name_from="X",
    date="Thu, 12 Sep 2024 07:30:00 +0000",
    subject="Notice of action taken - KCSC-240902-01",
    body=f"""
Notice of action taken

This notice sets out the action X has taken on content reported by the
Korea Communications Standards Commission (ref KCSC-240902-01).

Content: {X[3]}
Action: Removal of content
Ground: Violation of the X Rules - Illegal or certain regulated goods and
services
Detection: user report, human review

Content: {X[4]}
Action: Country withheld content - KR
Ground: Local law of the Republic of Korea
Detection: government report, human review

Redress: the account holders may appeal at
https://help.x.com/en/forms/account-access/appeals

X
""",
    outcome="applied", classification="confirmation",
    imitates="X statement-of-reasons style notice (Content / Action / Ground blocks)",
    why="one block per post: removal and country-withheld",
    items={X[3]: "removed", X[4]: "restricted"},
)

case(
    name="meta-disabled-and-not-found",
    **{"from": "lawenforcement-kr@fb.com"},
    name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 03:03:03 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Dear KCSC,

We disabled the profile {M[1]} for violating our Community Standards.

We couldn't find the reel at {M[3]}. The link no longer leads to any
content; most likely the person who posted it deleted it.

Best regards,
Government Requests Team, Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government requests team prose reply",
    why="profile disabled (removed); 'we couldn't find' is unhedged (not_found) even though the cause is guessed",
    items={M[1]: "removed", M[3]: "not_found"},
)

case(
    name="yt-age-restricted-and-deleted",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:45:00 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

After review, we have applied an age restriction to {Y[1]} . Viewers
must be signed in and 18 or older to watch it.

The Short at {Y[2]} is no longer available because it was deleted by the
uploader before we completed our review.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction notice plus 'deleted by the uploader' reply",
    why="age-restricted (restricted); deleted by its uploader (not_found)",
    items={Y[1]: "restricted", Y[2]: "not_found"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Wed, 04 Sep 2024 03:00:00 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. We have completed our initial
assessment and will withhold the following posts in Korea within the next
24 hours:

{X[0]}
{X[1]}

We will confirm to you once this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="a promise ('will withhold'), not a statement: items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-under-review-may-restrict",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 05:17:00 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=msgid("KCSC-240903-02"),
    body=f"""
Hello,

Your notice concerning the videos below is under review by our legal team:

- {Y[0]}
- {Y[1]}

We may restrict access to these videos in South Korea if we find that they
violate local law. We'll let you know the outcome.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support 'under review' interim reply",
    why="'under review' and 'may restrict' are no statements; URLs are named",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="meta-hedge-appears-removed",
    **{"from": "noreply@instagram.com"},
    name_from="Instagram",
    date="Sat, 07 Sep 2024 10:10:10 +0000",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi,

It appears that {M[2]} may already have been taken down by the account
owner. We're checking this and will confirm in a separate message.

The Instagram Team
""",
    outcome="review", review="not_understood",
    imitates="Instagram interim update with a hedged outcome",
    why="'appears ... may have been' is a hedge, not a statement",
    items={M[2]: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    date="Sun, 08 Sep 2024 00:30:00 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    body="""
Hello,

We have withheld all of the posts and accounts listed in your request
KCSC-240902-01 in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal blanket reply covering a whole batch",
    why="one statement about 13 items without naming any: bulk review, nothing applied",
    items={u: "pending" for u in X},
)

case(
    name="tiktok-bulk-all-three",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Sun, 08 Sep 2024 06:06:06 +0000",
    subject="Re: [KCSC-240905-04] Request for removal",
    reply_to_req=msgid("KCSC-240905-04"),
    body="""
Dear KCSC,

Thank you for your report. All three videos you reported under
KCSC-240905-04 have been removed from TikTok.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok blanket outcome for a multi-item report",
    why="'all three videos' for a three-item request without naming each: bulk",
    items={u: "pending" for u in T},
)

case(
    name="x-auth-fail-removed",
    **{"from": "legal-requests@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Mon, 09 Sep 2024 13:13:13 +0000",
    subject="Re: [KCSC-240902-01] Request to restrict illegal gambling content",
    body=f"""
Hello,

The post {X[4]} has been removed from X.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC fail",
    why="x.com sender failing DMARC: statement not trusted",
    items={X[4]: "pending"},
)

case(
    name="tiktok-vendor-unknown-sender",
    **{"from": "kr-moderation@tnsdesk-partners.com"},
    name_from="T&S Desk (on behalf of TikTok)",
    date="Mon, 09 Sep 2024 09:30:00 +0000",
    subject="KCSC-240905-04 - action taken",
    body=f"""
Dear KCSC,

We handle Korean-language moderation requests on behalf of TikTok.

The video {T[1]} has been removed.

Regards,
T&S Desk Korea
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf",
    why="domain of no configured platform: statement is not applied",
    items={T[1]: "pending"},
)

case(
    name="telegram-about-discord-invite",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    subject="Re: KCSC-240909-06",
    body=f"""
Hello,

The link {D[0]} does not point to Telegram. We could not find any content
at this address on our service, so there is nothing for us to act on.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk reply about a non-Telegram link",
    why="trusted Telegram mail stating not-found for a Discord request's item",
    items={D[0]: "pending"},
)

case(
    name="pinterest-no-claims",
    **{"from": "support@pinterest.com"},
    name_from="Pinterest",
    date="Wed, 11 Sep 2024 15:00:00 +0000",
    subject="Your Pinterest report",
    body="""
Hi there,

Thanks for getting in touch. We've looked into the Pins you told us about
and removed the ones that go against our Community Guidelines.

You can read our guidelines at https://policy.pinterest.com/community-guidelines

Pinterest Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Pinterest generic report outcome email",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="discord-asks-message-links",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 02:02:02 +0000",
    subject="Re: Your report [KCSC-240909-06]",
    reply_to_req=msgid("KCSC-240909-06"),
    body="""
Hi there,

To proceed with your report KCSC-240909-06 we need a little more
information. Could you reply with:

- the message links of the specific messages you are reporting;
- the server ID, if you have it;
- the legal provision the content is alleged to violate.

We cannot act on an invite link alone. Once we have these details we'll
continue our review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message links",
    why="asks for more information; nothing decided",
    items={},
)

case(
    name="reddit-conflicting-summary",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 18:20:00 +0000",
    subject="Re: [KCSC-240906-05] Content removal request",
    reply_to_req=msgid("KCSC-240906-05"),
    body=f"""
Hello,

The post {R[0]} has been removed.

Regards,
Alex, Reddit Legal

--------------------------------------------
Case summary (automatically generated)
Item: {R[0]}
Outcome: No action taken - content does not violate Reddit's Content
Policy
--------------------------------------------
""",
    outcome="review", review="conflicting_statements",
    imitates="Reddit legal agent reply with a contradictory ticket-tool summary",
    why="the agent says removed, the case summary says no action: a person must decide",
    items={R[0]: "pending"},
)

case(
    name="meta-conditional-disable",
    **{"from": "lawenforcement-kr@fb.com"},
    name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=msgid("KCSC-240904-03"),
    body=f"""
Dear KCSC,

We have notified the owner of {M[4]} . If the posts offering the products
described in your report are not deleted within 48 hours, we will disable
the account.

Best regards,
Government Requests Team, Meta
""",
    outcome="review", review="not_understood",
    imitates="Meta government requests reply with a conditional measure",
    why="a condition and a promise, no statement about the account",
    items={M[4]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-out-of-office",
    **{"from": "mpark@x.com"},
    name_from="Min-jun Park",
    date="Mon, 02 Sep 2024 01:00:30 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request to restrict illegal gambling content",
    reply_to_req=msgid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email. Legal requests are handled by the team at
https://legal.x.com/en/forms and will not be delayed by my absence.

Min-jun Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X employee",
    why="out-of-office auto-reply",
    items={},
)

_orig_tw = "\n".join(request_text("KCSC-240910-07", TW))
case(
    name="twitch-bounce-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 01:00:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b646-dsn"

--b646-dsn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mx.twitch.tv[203.0.113.25] said: 550 5.1.1
    <legal-kr@twitch.tv>: Recipient address rejected: User unknown

--b646-dsn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal-kr@twitch.tv>: Recipient address rejected

--b646-dsn
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@twitch.tv
Subject: [KCSC-240910-07] Request concerning a Twitch channel
Message-ID: <{msgid("KCSC-240910-07")}@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

{_orig_tw}

--b646-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="DSN; the returned request is our own text",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "hjkim@meta.com"},
    name_from="Hye-jin Kim",
    date="Wed, 04 Sep 2024 02:15:00 +0000",
    subject="Read: KCSC-240904-03 Request to remove drug sale content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b646-mdn"

--b646-mdn
Content-Type: text/plain; charset=UTF-8

Your message

  To: lawenforcement-kr@fb.com
  Subject: KCSC-240904-03 Request to remove drug sale content
  Sent: Wednesday, September 4, 2024 9:40:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 11:15:00 AM (UTC+09:00) Seoul.

--b646-mdn
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; hjkim@meta.com
Original-Message-ID: <{msgid("KCSC-240904-03")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b646-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) from a Meta employee",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date="Thu, 05 Sep 2024 02:01:00 +0000",
    subject="We've received your report [KCSC-240905-04] - Ticket 240905-7781",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We've received your report. Your ticket number is 240905-7781.

Our team will review it and reply to this email address. Please keep the
ticket number in the subject line if you write to us about this report.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="reddit-helpdesk-receipt-echo",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Fri, 06 Sep 2024 01:00:20 +0000",
    subject="[Reddit Help] Re: [KCSC-240906-05] Content removal request (#1184207)",
    body=f"""
##- Please type your reply above this line -##

Your request (#1184207) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

----------------------------------------------

KCSC Takedown

Sep 6, 2024, 10:00 KST

""" + "\n".join(request_text("KCSC-240906-05", R)),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style help-desk receipt echoing the original request",
    why="receipt; the URLs are only in the echo of our own request",
    items={},
)

case(
    name="discord-automated-response",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    date="Mon, 09 Sep 2024 01:00:15 +0000",
    subject="Re: Your report [KCSC-240909-06]",
    reply_to_req=msgid("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

This is an automated response to let you know that we have received your
email. A member of our Trust & Safety team will look at it as soon as
possible. Please do not send multiple reports about the same issue, as
this can slow down our response.

In the meantime, you may find answers at https://discord.com/safety

Discord
""",
    outcome="ignored",
    imitates="Discord automated receipt",
    why="automated receipt, nothing about the items",
    items={},
)

case(
    name="twitch-unmonitored-mailbox",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    date="Tue, 10 Sep 2024 01:05:00 +0000",
    subject="Auto: [KCSC-240910-07] Request concerning a Twitch channel",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This mailbox is not monitored. Your email has not been read.

Law enforcement and government requests must be submitted through
https://www.twitch.tv/p/legal/ and will be answered from that system.

Twitch
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch 'this mailbox is not monitored' auto-reply",
    why="auto-reply; the twitch.tv link is a help/legal page, not our item",
    items={},
)

HEADER = """# Blind set 646: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Twitch; Telegram and Pinterest as senders only).
# Written by tests/corpus/blind646/make.py from each email's meaning alone,
# before any run of the reader. Do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind646", HEADER, CASES)


if __name__ == "__main__":
    main()
