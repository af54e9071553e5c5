#!/usr/bin/env python3
"""Blind set 850: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind850/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
"""
import base64
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind850"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/hollow_pine_kr/status/1831000000000000101",
    "https://x.com/hollow_pine_kr/status/1831000000000000102",
    "https://x.com/mudlark_77/status/1831000000000000203",
    "https://x.com/mudlark_77/status/1831000000000000204",
    "https://x.com/gray_ferry/status/1831000000000000305",
    "https://x.com/gray_ferry/status/1831000000000000306",
    "https://x.com/tinbox_lab/status/1831000000000000407",
    "https://x.com/tinbox_lab/status/1831000000000000408",
    "https://x.com/quiet_orchard/status/1831000000000000509",
    "https://x.com/quiet_orchard/status/1831000000000000510",
    "https://x.com/salt_meridian",
    "https://x.com/salt_meridian/status/1831000000000000612",
]
YT = [
    "https://www.youtube.com/watch?v=Qa7rTm2LpXe",
    "https://www.youtube.com/watch?v=bN4kW9sHd0U",
    "https://www.youtube.com/shorts/Zt5pLm8QwRk",
    "https://www.youtube.com/@%EB%B0%94%EB%9E%8C%EC%B1%84%EB%84%90",
]
YT4_RAW = "https://www.youtube.com/@바람채널"
META = [
    "https://www.facebook.com/groups/riverstonetraders/posts/7710200011",
    "https://www.facebook.com/share/p/Gq3vHk2LmN/",
    "https://www.instagram.com/p/C9xLmQ2rTa1/",
    "https://www.instagram.com/reel/C9yBnW4kPz7/",
    "https://www.facebook.com/lucid.harbor.page/videos/904411223344556",
]
TT = [
    "https://www.tiktok.com/@nightkite.kr/video/7409000000000000011",
    "https://www.tiktok.com/@nightkite.kr/video/7409000000000000012",
    "https://www.tiktok.com/@paper_lantern99/video/7409000000000000033",
]
RD = [
    "https://www.reddit.com/r/koreadeals_alt/comments/1f9abcd/cheap_accounts_here/",
    "https://www.reddit.com/r/koreadeals_alt/comments/1f9abce/restock_thread/",
    "https://www.reddit.com/user/copper_wren_22/comments/1f9zz01/pinned_offer/",
]
DC = [
    "https://discord.gg/moonlitdock",
    "https://discord.com/channels/1180000000000000001/1180000000000000002/1283000000000000003",
]
TW = ["https://www.twitch.tv/videos/2245000111"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "illegal_trade", "accounts and posts selling forged documents"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00", YT,
     "fraud", "investment scam videos and channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00", META,
     "illegal_trade", "Facebook and Instagram posts selling prescription drugs"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00", TT,
     "gambling", "illegal gambling promotion videos"),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:40:00+09:00", "2024-09-16T23:59:59+09:00", RD,
     "illegal_trade", "resale of personal data"),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00", DC,
     "illegal_trade", "server trading stolen accounts"),
    ("KCSC-240911-07", "twitch", "2024-09-11T13:05:00+09:00", "2024-09-18T23:59:59+09:00", TW,
     "gambling", "VOD promoting an unlicensed casino"),
]
REQ = {r[0]: r for r in REQUESTS}


def req_mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_thread(ref):
    return req_mid(ref).split("@")[0]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{req_mid(ref)},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def request_body(ref, raw=False):
    """The regulator's own request text, as a platform would quote it."""
    urls = REQ[ref][4]
    if raw:
        urls = [YT4_RAW if u == YT[3] else u for u in urls]
    out = [
        "Dear Sir or Madam,",
        "",
        f"The Korea Communications Standards Commission (KCSC) asks you to remove",
        f"or block the following content, found to be illegal under Korean law",
        f"(our reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return out


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="x-legal-withheld-kr-two",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:41:12 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_thread("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request of 3 September 2024 (your reference
KCSC-240903-01).

After reviewing the reported content under the laws of the Republic of
Korea, X has withheld the following posts in South Korea:

{X[0]}
{X[1]}

The posts remain viewable outside South Korea. Where we are not legally
barred from doing so, the account holders have been told about this action.

We will reply separately about the remaining URLs in your request. More
about country withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team country-withheld content notice to a government reporter",
    why="two posts named and withheld in South Korea: restricted",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-numbered-result-below-url",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:10:55 +0000",
    subject="Case 0917-55821-KR: results for your report KCSC-240903-01",
    body=f"""
Case 0917-55821-KR | Your reference: KCSC-240903-01

We have finished reviewing four of the URLs in your notice. The result for
each is set out below.

1. {X[2]}
   Result: Removed. The post violated the X Rules (illegal or certain
   regulated goods or services).

2. {X[3]}
   Result: Unable to locate. The post no longer exists on X.

3. {X[4]}
   Result: Withheld in KR under local law.

4. {X[5]}
   Result: No action. Based on the information provided we did not find
   that this post violates the X Rules or Korean law.

If you have new information about item 4, you can reply to this email.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email listing one result per reported URL",
    why="numbered list, result on the line below each URL: removed, not found, withheld, no action",
    items={X[2]: "removed", X[3]: "not_found", X[4]: "restricted", X[5]: "rejected"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:02:31 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_thread("KCSC-240903-01"),
    body=f"""
Hello KCSC,

Regarding the account in your report:

Account: {X[10]}
Action: Permanently suspended for violating the X Rules on spam and
platform manipulation.

A suspended account's profile cannot be viewed by anyone on X.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension result sent to a reporter",
    why="the requested account is permanently suspended and unviewable: removed",
    items={X[10]: "removed"},
)

X_TABLE_HTML = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Below is the outcome of our review of part of your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Reason</th></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[7]}">{X[7]}</a></td><td>Removed</td><td>Violation of X Rules</td></tr>
<tr><td><a href="{X[8]}">{X[8]}</a></td><td>No action</td><td>No violation found</td></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Content not found</td><td>&mdash;</td></tr>
</table>
<p>To learn how we handle legal requests, see our <a href="https://help.x.com/en/rules-and-policies/legal-faq">Legal FAQ</a>.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-html-table-four",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 05:55:03 +0000",
    subject="Your legal request KCSC-240903-01 - update",
    type="html",
    body=X_TABLE_HTML,
    outcome="applied", classification="confirmation",
    imitates="X legal-request result as an HTML table (URL / action / reason)",
    why="HTML table: withheld KR, removed, no action, not found",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "maya.lindqvist@x.com"}, name_from="Maya Lindqvist",
    date="Tue, 10 Sep 2024 08:14:40 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_thread("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Following our review, the post below was removed for violating our rules
on illegal and regulated goods and services:
{X[11]}

We're still working through the rest of your list and will come back to you.

Best,
Maya
Global Government Affairs, X

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
""" + "\n".join(("> " + l).rstrip() for l in request_body("KCSC-240903-01")),
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply top-posted over the quoted Gmail request",
    why="one post removed above the quote; the quoted list below 'On ... wrote:' changes nothing",
    items={X[11]: "removed", X[0]: "pending", X[4]: "pending", X[10]: "pending"},
)

case(
    name="yt-legal-removed-and-blocked-kr",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 13:22:09 +0000",
    subject="Re: KCSC-240904-02 [4-1187000033815]",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal complaint, we have removed the following content
from YouTube:

- {YT[0]}

We have also blocked the following content from view on YouTube in South
Korea, in line with local law:

- {YT[1]}

As part of our commitment to transparency, a copy of legal notices we
receive may be sent to third parties for publication. To learn more, visit
https://support.google.com/legal/answer/3110420

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint outcome: removed globally / blocked in country",
    why="one video removed, one blocked from view in South Korea",
    items={YT[0]: "removed", YT[1]: "restricted"},
)

case(
    name="yt-short-age-restricted",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:48:51 +0000",
    subject="Re: KCSC-240904-02 [4-1187000033815]",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hello,

We reviewed the Short you reported, {YT[2]}, against our
Community Guidelines. It does not violate them, but we have age-restricted
it: viewers must now be signed in and over 18 to watch it, and it can no
longer be viewed in embedded players.

More about age restrictions: https://support.google.com/youtube/answer/2802167

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction decision email",
    why="age-restricted Short: restricted",
    items={YT[2]: "restricted"},
)

case(
    name="yt-channel-terminated-raw-hangul",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:03:27 +0000",
    subject="Re: KCSC-240904-02 channel reported",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hi there,

The channel <{YT4_RAW}> has been terminated for repeated
violations of our spam, deceptive practices and scams policies. All of its
videos are no longer available on YouTube.

Best regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice (raw Hangul handle in angle brackets)",
    why="channel terminated; the raw Hangul URL matches the percent-encoded request URL",
    items={YT[3]: "removed"},
)

case(
    name="yt-no-violation-stays-up",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:37:45 +0000",
    subject="Re: KCSC-240904-02 [4-1187000033815]",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hello,

After careful review, we have determined that the video at
{YT[1]} does not violate our Community Guidelines, and we did not find
sufficient grounds to restrict it under local law. We are therefore not
taking action on it, and it remains available on YouTube.

If you have a court order concerning this video, you may send it to us by
replying to this email.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team 'no action taken' decision",
    why="refusal with its reason: rejected (a court order offer is not a request for more information)",
    items={YT[1]: "rejected"},
)

case(
    name="meta-sor-restricted-in-korea",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date="Fri, 06 Sep 2024 11:19:02 +0000",
    subject="Decision on your report KCSC-240905-03",
    body=f"""
Decision notice

Your reference: KCSC-240905-03
Content: {META[0]}
Decision: Access restricted in South Korea

Why we made this decision
We first reviewed this content against the Facebook Community Standards
and it did not go against them. After a legal review we found the content
to be unlawful under the law of the Republic of Korea, so we have restricted
access to it in South Korea. It is still available in other countries.

Automated means: automation was not used to make this decision.

If you disagree, you can find information about your options at
https://www.facebook.com/help/1735443093393986

Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta local-law content restriction decision in statement-of-reasons layout",
    why="content restricted in South Korea after legal review: restricted",
    items={META[0]: "restricted"},
)

case(
    name="meta-instagram-two-removed",
    **{"from": "case-updates@instagram.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 06:30:14 +0000",
    subject="We removed the content you reported",
    body=f"""
Hi,

Thanks for your report (KCSC-240905-03). We reviewed the posts below and
removed them because they go against our Community Guidelines on buying and
selling drugs:

  * {META[2]}
  * {META[3]}

Reports like yours help keep Instagram safe.

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we removed the content you reported' notice",
    why="two named posts removed",
    items={META[2]: "removed", META[3]: "removed"},
)

META_CSV = (
    "content_url,decision,detail\r\n"
    f"{META[0]},removed,Community Standards - restricted goods and services\r\n"
    f"{META[1]},not_found,Content unavailable at time of review\r\n"
    f"{META[4]},no_action,No violation of Community Standards or local law found\r\n"
)

case(
    name="meta-csv-attachment-results",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 03:05:59 +0000",
    subject="RE: KCSC-240905-03 - review outcome",
    reply_to_req=req_thread("KCSC-240905-03"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_meta_7f31a0"

--=_meta_7f31a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome of our review for three of the URLs in
your request KCSC-240905-03, one row per URL.

Kind regards,
Meta Government Requests Team

--=_meta_7f31a0
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-03_results.csv"
Content-Disposition: attachment; filename="KCSC-240905-03_results.csv"
Content-Transfer-Encoding: base64

{b64(META_CSV)}
--=_meta_7f31a0--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome sent as a CSV attachment",
    why="CSV rows: removed, not found, no action",
    items={META[0]: "removed", META[1]: "not_found", META[4]: "rejected"},
)

case(
    name="meta-video-deleted-by-page",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 08:44:36 +0000",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_thread("KCSC-240905-03"),
    body=f"""
Hello,

The video at
{META[4]}
was deleted by the Page that posted it before our team reviewed it, so
there is nothing left for us to act on.

Kind regards,
Meta Government Requests Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta reply that reported content was already deleted by its owner",
    why="deleted by its own author before review: not_found",
    items={META[4]: "not_found"},
)

case(
    name="tiktok-sor-removed-globally",
    **{"from": "dsa-notices@tiktok.com"}, name_from="TikTok",
    date="Sat, 07 Sep 2024 15:12:00 +0000",
    subject="Statement of reasons: your report KCSC-240906-04",
    body=f"""
TikTok - Statement of reasons

Reported content: {TT[0]}
Reporter reference: KCSC-240906-04
Action taken: Video removed (globally)
Ground: Violation of the TikTok Community Guidelines, Gambling and
regulated commercial activities
Detection: User report (reviewed by a moderator)
Date of decision: 7 September 2024

You can appeal this decision through the in-app Safety Center or at
https://www.tiktok.com/legal/report/feedback

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons to a reporter",
    why="video removed globally under the Community Guidelines",
    items={TT[0]: "removed"},
)

TT_QP_TEXT = f"""Hello,

Thank you for your report KCSC-240906-04. The videos below do not violate our Community Guidelines. After a legal review, we have restricted access to them in the Republic of Korea in accordance with local law:

{TT[1]}  - restricted in KR
{TT[2]}  - restricted in KR

The creators have been told of this decision and may appeal it.

Kind regards,
TikTok Legal Team
"""

case(
    name="tiktok-restricted-kr-quoted-printable",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 09:26:18 +0000",
    subject="Re: KCSC-240906-04 illegal gambling promotion",
    reply_to_req=req_thread("KCSC-240906-04"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(TT_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction reply (quoted-printable, soft-wrapped lines)",
    why="two videos restricted in Korea under local law",
    items={TT[1]: "restricted", TT[2]: "restricted"},
)

case(
    name="tiktok-bulleted-mixed",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Wed, 11 Sep 2024 01:58:09 +0000",
    subject="Re: KCSC-240906-04 illegal gambling promotion",
    reply_to_req=req_thread("KCSC-240906-04"),
    body=f"""
Hello,

Here is the outcome for each link in your report:

\u2022 {TT[0]} \u2014 removed for violating our Community Guidelines
\u2022 {TT[1]} \u2014 we could not find this video; the link is invalid
\u2022 {TT[2]} \u2014 no violation of our Community Guidelines or local law was found, so the video stays on TikTok

Best regards,
TikTok Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply with one bullet per URL and em-dash result",
    why="bullets: removed, not found (invalid link), no violation",
    items={TT[0]: "removed", TT[1]: "not_found", TT[2]: "rejected"},
)

case(
    name="tiktok-report-outcome-status-below",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 12:40:41 +0000",
    subject="Update on your report",
    body=f"""
Update on your report

Report ID: 7412093355
Your reference: KCSC-240906-04
Reported video:
{TT[2]}
Outcome: Removed
Reason: Gambling and regulated commercial activities

Thanks for helping keep TikTok safe.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'update on your report' notification with fielded outcome",
    why="URL on its own line, 'Outcome: Removed' below it",
    items={TT[2]: "removed"},
)

case(
    name="reddit-removed-and-not-violating",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Tue, 10 Sep 2024 18:03:22 +0000",
    subject="Re: KCSC-240909-05 - Reddit Safety",
    reply_to_req=req_thread("KCSC-240909-05"),
    body=f"""
Hi there,

Thanks for your report. After investigating, we've removed the following
posts for violating Reddit's rules on illegal transactions:

{RD[0]}
{RD[1]}

The community r/koreadeals_alt has also been banned.

We reviewed {RD[2]} and found that it doesn't violate Reddit's rules, so
we haven't taken action on it.

Thanks,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message (removed / doesn't violate)",
    why="two posts removed; the third reviewed with no violation; the subreddit named as text is no item",
    items={RD[0]: "removed", RD[1]: "removed", RD[2]: "rejected"},
)

RD_B64_TEXT = f"""Hello,

In response to your legal request KCSC-240909-05, we have restricted access
to the following content in South Korea:

{RD[2]}

This content remains available outside South Korea.

Reddit Legal
"""

case(
    name="reddit-geo-restricted-base64",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 21:15:37 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=req_thread("KCSC-240909-05"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(RD_B64_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal geo-restriction reply (base64 body)",
    why="restricted in South Korea",
    items={RD[2]: "restricted"},
)

case(
    name="discord-server-and-message-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 22:49:10 +0000",
    subject="Re: [KCSC-240910-06] Server trading stolen accounts",
    reply_to_req=req_thread("KCSC-240910-06"),
    body=f"""
Hello,

Thank you for reaching out. Our Trust & Safety team has investigated your
report and taken the following actions:

- The server reached through {DC[0]} has been removed from Discord.
- The message at {DC[1]} has been deleted, and the account that posted it has been actioned.

You can read more about the actions we take at
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply stating actions taken",
    why="server removed, message deleted",
    items={DC[0]: "removed", DC[1]: "removed"},
)

case(
    name="discord-message-gone-server-no-violation",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 03:27:48 +0000",
    subject="Re: [KCSC-240910-06] Server trading stolen accounts",
    reply_to_req=req_thread("KCSC-240910-06"),
    body=f"""
Hi,

We looked into both links in your report.

{DC[1]}
We weren't able to find this message. It no longer exists in that channel.

{DC[0]}
We reviewed this server and did not find a violation of our Community
Guidelines, so we are not taking action against it.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety reply with a finding under each link",
    why="URL on its own line, finding below: message not found; server no violation",
    items={DC[1]: "not_found", DC[0]: "rejected"},
)

case(
    name="twitch-ref-only-vod-removed",
    **{"from": "safety-ops@twitch.tv"}, name_from="Twitch Safety Operations",
    date="Thu, 12 Sep 2024 17:31:05 +0000",
    subject="Your report KCSC-240911-07",
    body="""
Hi,

Regarding your report KCSC-240911-07: the VOD you reported has been removed
from Twitch for violating our Community Guidelines on gambling.

Thank you,
Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety report closure naming only the reporter's reference",
    why="one-item request, unhedged removal of 'the VOD you reported': applies to its one item",
    items={TW[0]: "removed"},
)

case(
    name="twitch-legal-disabled-in-korea",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 19:08:26 +0000",
    subject="Re: KCSC-240911-07 VOD promoting an unlicensed casino",
    reply_to_req=req_thread("KCSC-240911-07"),
    body=f"""
Hello,

We have disabled access to the video you reported
(<{TW[0]}>) for viewers in the Republic of Korea. The video
remains available elsewhere, as it does not violate our Community
Guidelines.

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply disabling a VOD in one country",
    why="access disabled for viewers in Korea only: restricted",
    items={TW[0]: "restricted"},
)

case(
    name="x-ack-phrase-plus-decisions",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 06:12:44 +0000",
    subject="Case 0919-77012 [KCSC-240903-01]",
    body=f"""
Thank you for your report. Your case number is 0919-77012.

We have reviewed the following posts:

{X[0]} - withheld in South Korea
{X[1]} - no action; the post does not violate the X Rules or local law

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal case email that opens with receipt wording and then gives results",
    why="acknowledgement phrase followed by unhedged per-URL results",
    items={X[0]: "restricted", X[1]: "rejected"},
)

case(
    name="x-outlook-original-message",
    **{"from": "jaewon.seo@x.com"}, name_from="Jaewon Seo",
    date="Thu, 12 Sep 2024 00:58:19 +0000",
    subject="RE: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_thread("KCSC-240903-01"),
    body=f"""
Dear KCSC,

Update on two more posts from your list:
- {X[8]} : removed (violation of the X Rules)
- {X[9]} : withheld in Korea

Kind regards,
Jaewon Seo
Legal, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request for removal of illegal content

""" + "\n".join(request_body("KCSC-240903-01")),
    outcome="applied", classification="confirmation",
    imitates="X legal staff Outlook reply above an unprefixed -----Original Message----- quote",
    why="two results above the Outlook quote; the quoted full list changes nothing",
    items={X[8]: "removed", X[9]: "restricted", X[0]: "pending", X[2]: "pending", X[11]: "pending"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 07:20:33 +0000",
    subject="Re: KCSC-240904-02 [4-1187000033815]",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hello,

The following video has been removed for violating our Community
Guidelines:

{YT[2]}

We reviewed the following video and found no violation of our policies or
of local law. It remains available:

{YT[0]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply with each decision sentence above its URL",
    why="statement on the line above each URL: removed; no violation (rejected)",
    items={YT[2]: "removed", YT[0]: "rejected"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 10:30:00 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    reply_to_req=req_thread("KCSC-240903-01"),
    body=f"""
Hello,

We have received your request regarding the posts below. Our team has
decided that they will be withheld in South Korea once the notice period
given to the account holder has expired:

{X[4]}
{X[5]}

We will confirm when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld once ...' is a promise, not a statement: items stay pending",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="yt-hedged-may-have-been-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 02:11:51 +0000",
    subject="Re: KCSC-240904-02 [4-1187000033815]",
    reply_to_req=req_thread("KCSC-240904-02"),
    body=f"""
Hello,

Our records suggest that the video {YT[1]} may already have
been taken down by the uploader. We are looking into it and will confirm
the status in a follow-up email.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply with a hedged status",
    why="'may already have been taken down' plus 'looking into it': hedge, nothing applied",
    items={YT[1]: "pending"},
)

case(
    name="meta-bulk-all-actioned",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Tue, 10 Sep 2024 04:02:17 +0000",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_thread("KCSC-240905-03"),
    body="""
Hello,

We've reviewed the content in your report KCSC-240905-03 and removed all of
it for going against our Community Standards on restricted goods and
services.

Kind regards,
Meta Government Requests Team
""",
    outcome="review", review="bulk",
    imitates="Meta government-request reply covering the whole report in one sentence",
    why="'removed all of it' for a five-item request, no item named: bulk",
    items={u: "pending" for u in META},
)

case(
    name="reddit-bulk-all-removed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 16:44:05 +0000",
    subject="Re: KCSC-240909-05",
    reply_to_req=req_thread("KCSC-240909-05"),
    body="""
Hi,

Thanks for flagging these. The posts in your report have all been removed
by our Safety team.

Reddit Legal
""",
    outcome="review", review="bulk",
    imitates="Reddit legal short reply covering all reported posts",
    why="'have all been removed' for a three-item request without naming them: bulk",
    items={u: "pending" for u in RD},
)

case(
    name="x-dmarc-fail-untrusted",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Fri, 06 Sep 2024 13:37:02 +0000",
    subject="Re: [KCSC-240903-01] Request for removal of illegal content",
    body=f"""
Hello,

The following posts have been removed:

{X[2]}
{X[3]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email whose DKIM/SPF/DMARC all fail",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="lookalike-domain-claims-removal",
    **{"from": "support@x-legaldesk.net"}, name_from="X Legal Desk",
    date="Sat, 07 Sep 2024 08:05:44 +0000",
    subject="Re: [KCSC-240903-01] Removal completed",
    body=f"""
Dear KCSC,

We confirm the following posts have been deleted from the platform:

{X[6]}
{X[7]}

X Legal Desk
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike domain posing as X legal",
    why="sender domain belongs to no platform: unknown_sender, nothing applied",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="snapchat-about-discord-link",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Thu, 12 Sep 2024 23:10:39 +0000",
    subject="Re: KCSC-240910-06 Server trading stolen accounts",
    body=f"""
Hello,

We received a copy of your request. We couldn't locate the following on
Snapchat:

{DC[0]}

This link does not point to Snapchat content, so there is nothing for us to
act on. You may wish to contact the service that hosts it.

Snap Inc.
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply about a link that is not on Snapchat",
    why="Snapchat states 'couldn't locate' for a Discord item: wrong_platform",
    items={DC[0]: "pending"},
)

case(
    name="tiktok-asks-legal-basis",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 05:33:21 +0000",
    subject="Re: KCSC-240906-04 illegal gambling promotion",
    reply_to_req=req_thread("KCSC-240906-04"),
    body=f"""
Hello,

Before we can act on the following videos, we need more information:

{TT[0]}
{TT[1]}

Please send us the specific provision of Korean law that each video
violates and, if one exists, a copy of the decision of the Commission.
Once we receive this, we will review the videos again.

TikTok Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="TikTok legal request for the legal basis before acting",
    why="asks for the legal basis; no status stated",
    items={TT[0]: "pending", TT[1]: "pending"},
)

case(
    name="twitch-portal-announcement",
    **{"from": "gov-portal@twitch.tv"}, name_from="Twitch Government Portal",
    date="Mon, 16 Sep 2024 01:00:00 +0000",
    subject="Changes to how government agencies submit requests to Twitch",
    body="""
Hello,

You are receiving this because your agency has sent requests to Twitch.

From 1 October 2024, requests from government agencies should be submitted
through our dedicated portal rather than by email. Requests already sent by
email will still be processed.

Details: https://safety.twitch.tv/s/article/Government-Requests

Twitch Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch notice to government reporters about a new submission portal",
    why="trusted platform mail that names no item and no request: no_claims",
    items={},
)

case(
    name="meta-conflicting-removed-and-kept",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Fri, 13 Sep 2024 02:48:57 +0000",
    subject="RE: KCSC-240905-03",
    reply_to_req=req_thread("KCSC-240905-03"),
    body=f"""
Hello,

Removed: {META[2]}

Summary of our review:
{META[2]} - no violation of our Community Guidelines found; the post
remains available on Instagram.

Kind regards,
Meta Government Requests Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Meta reply with a copy-paste error giving two outcomes for one URL",
    why="the same post is called removed and kept up: conflicting, nothing applied",
    items={META[2]: "pending"},
)

case(
    name="tiktok-conditional-removal",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 06:14:33 +0000",
    subject="Re: KCSC-240906-04 illegal gambling promotion",
    reply_to_req=req_thread("KCSC-240906-04"),
    body=f"""
Hello,

We have contacted the creator of {TT[1]}. If they do not
delete the video themselves within 48 hours, we will remove it.

TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok legal reply giving a conditional future removal",
    why="a condition and a promise, not a statement: pending",
    items={TT[1]: "pending"},
)

case(
    name="reddit-status-for-unrequested-url",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Fri, 13 Sep 2024 14:22:10 +0000",
    subject="Re: KCSC-240909-05 - Reddit Safety",
    reply_to_req=req_thread("KCSC-240909-05"),
    body="""
Hi there,

Following your report, we've removed this post for violating Reddit's
rules:

https://www.reddit.com/r/koreadeals_alt/comments/1f9abcf/new_stock_friday/

Thanks,
Reddit Safety
""",
    outcome="review", review="unmatched_claims",
    imitates="Reddit Safety outcome naming a post that was never in our request",
    why="the only stated URL is not a requested item: unmatched claim",
    items={},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="meta-staff-out-of-office",
    **{"from": "hyejin.park@meta.com"}, name_from="Hyejin Park",
    date="Thu, 05 Sep 2024 00:16:02 +0000",
    subject="Automatic reply: [KCSC-240905-03] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email. For urgent government requests please write
to the team mailbox instead.

Hyejin
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a Meta staff member",
    why="out-of-office auto-reply",
    items={},
)

TT_DSN = f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_51c2"

--=_dsn_51c2
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.tiktok.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-korea@tiktok.com>: host mailstore.tiktok.com said: 550 5.1.1
    Recipient address rejected: User unknown

--=_dsn_51c2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.tiktok.com
Arrival-Date: Fri, 6 Sep 2024 05:00:04 +0000 (UTC)

Final-Recipient: rfc822; legal-korea@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_51c2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@tiktok.com
Subject: [KCSC-240906-04] Request for removal of illegal content
Date: Fri, 6 Sep 2024 14:00:00 +0900
Message-ID: <{req_mid("KCSC-240906-04")}>
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_body("KCSC-240906-04")) + """

--=_dsn_51c2--
"""

case(
    name="tiktok-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx3.tiktok.com"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 05:00:06 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=TT_DSN,
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request attached",
    why="bounce; the URLs are in our own returned message",
    items={u: "pending" for u in TT},
)

X_MDN = f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_0c9e"

--=_mdn_0c9e
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [KCSC-240903-01] Request for removal of illegal content
  Sent: Tuesday, September 3, 2024 10:00:00 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 11:47:30 AM (UTC+09:00) Seoul.

--=_mdn_0c9e
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{req_mid("KCSC-240903-01")}>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_0c9e--
"""

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"}, name_from="X Legal",
    date="Tue, 03 Sep 2024 02:47:31 +0000",
    subject="Read: [KCSC-240903-01] Request for removal of illegal content",
    raw_mime=X_MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from the X legal mailbox",
    why="read receipt",
    items={},
)

case(
    name="discord-ticket-receipt-echo",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 07:21:55 +0000",
    subject="[Discord] Your request (48213077) has been received",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (48213077) has been received and is being reviewed by our
Trust & Safety team. To add more information, reply to this email.

----------------------------------------------

KCSC Takedown, Sep 10, 2024, 07:20 UTC

Report type: Illegal content
Description: Server trading stolen accounts (KCSC-240910-06)
{DC[0]}
{DC[1]}

This email is a service from Discord.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style Discord ticket receipt echoing the submitted report",
    why="pure receipt; the URLs are our own echoed report",
    items={DC[0]: "pending", DC[1]: "pending"},
)

case(
    name="pinterest-unmonitored-inbox",
    **{"from": "copyright-noreply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 11 Sep 2024 04:09:13 +0000",
    subject="Automatic reply: Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi there,

Thanks for your email. This inbox isn't monitored, so your message has not
been read. To report content on Pinterest, please use the forms at
https://help.pinterest.com/en/contact

The Pinterest Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest unmonitored-mailbox autoresponder",
    why="automatic reply from an unmonitored mailbox",
    items={},
)

case(
    name="meta-report-receipt",
    **{"from": "noreply@support.facebook.com"}, name_from="Facebook",
    date="Thu, 05 Sep 2024 00:20:48 +0000",
    subject="We received your report (KCSC-240905-03)",
    body="""
Hi,

Thanks for your report. We've received it and will review it as soon as we
can. Your report number is 1083355720091.

We'll let you know when we have reviewed the content. You can also check
the status of your report in your Support Inbox.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Facebook 'we received your report' confirmation",
    why="pure acknowledgement with a report number",
    items={},
)

case(
    name="yt-staff-ooo-bilingual",
    **{"from": "minseo.cha@google.com"}, name_from="Minseo Cha",
    date="Wed, 04 Sep 2024 02:31:09 +0000",
    subject="Out of office Re: KCSC-240904-02",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 9월 19일까지 휴가 중이라 이메일 확인이 늦어질 수 있습니다.

Hello, I am on leave until 19 September and will reply when I am back.
Legal requests for YouTube are handled by the legal support team in the
meantime.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder of a Google employee (Korean and English)",
    why="out-of-office auto-reply",
    items={},
)


HEADER = """# Blind set 850 (English notices from many platforms). Written by
# tests/corpus/blind850/make.py from each email's meaning, before any run of
# the reader. Each case is judged alone on a fresh ledger holding
# requests.csv; items not listed are expected to stay pending.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
