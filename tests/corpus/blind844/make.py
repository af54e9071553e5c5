#!/usr/bin/env python3
"""Blind set 844: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat, Pinterest and Google mail that
speaks about no item or about another platform's item).

Deterministic: writes requests.csv, cases/*.eml and expected.toml. Expected
results were written from each email's meaning before the reader was run.

    python3 tests/corpus/blind844/make.py
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

SET = "blind844"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefinch_trades/status/1834410227781230592",   # x1
    "https://x.com/bluefinch_trades/status/1834410229934512001",   # x2
    "https://x.com/nightmarket_kr/status/1833998120045678210",     # x3
    "https://x.com/nightmarket_kr/status/1834002233190011904",     # x4
    "https://x.com/nightmarket_kr",                                # x5 (account)
    "https://x.com/palegrove77/status/1832770019283746816",        # x6
    "https://x.com/palegrove77/status/1832771188847321088",        # x7
    "https://x.com/odd_lantern/status/1831550478812209152",        # x8
    "https://x.com/odd_lantern/status/1831551902276104192",        # x9
    "https://x.com/seoul_ticketdrop/status/1830987712345098240",   # x10
    "https://x.com/seoul_ticketdrop/status/1830988001122334455",   # x11
    "https://x.com/greyheron_media/status/1829876543210987654",    # x12
]
Y = [
    "https://www.youtube.com/watch?v=Qm3rT8vLx0A",
    "https://www.youtube.com/watch?v=Hk29dPaW7sE",
    "https://www.youtube.com/shorts/bN5yTq1ZcRw",
    "https://www.youtube.com/@lanternhousetv",
]
M = [
    "https://www.instagram.com/p/C9xKp2LsT4q/",
    "https://www.instagram.com/p/C9yQw7BnR1m/",
    "https://www.instagram.com/moonlit.wares/",
    "https://www.facebook.com/groups/8812034471920/posts/9120034581177/",
    "https://www.facebook.com/sunrisedealsshop/posts/pfbid02Tq7XwZ3mLk9vA",
]
T = [
    "https://www.tiktok.com/@hana.rush/video/7412003318822104321",
    "https://www.tiktok.com/@hana.rush/video/7412995501234567890",
    "https://www.tiktok.com/@quietpine_live/video/7409876512340987654",
]
R = [
    "https://www.reddit.com/r/koreadeals/comments/1fcx7qa/cheap_exam_answers_dm_me/",
    "https://www.reddit.com/r/koreadeals/comments/1fd2m9k/bulk_accounts_for_sale/",
]
D = ["https://discord.gg/ReDhaze9"]
W = [
    "https://www.twitch.tv/videos/2245518870",
    "https://www.twitch.tv/mistyforge_live/clip/BrightTameSalmonKappa-x7Qp2",
]

REQUESTS = [
    # ref, platform, platform name, sent_at, due_at, category, message_id, note, urls
    ("KCSC-240917-01", "x", "X", "2024-09-17T09:15:02+09:00", "2024-09-24T18:00:00+09:00",
     "illegal_trade", "20240917091502.4411@kcsc.example", "ticket resale and forged documents", X),
    ("KCSC-240917-02", "youtube", "YouTube", "2024-09-17T10:40:11+09:00", "2024-09-24T18:00:00+09:00",
     "fraud", "20240917104011.5120@kcsc.example", "investment scam videos", Y),
    ("KCSC-240918-03", "meta", "Meta", "2024-09-18T11:02:45+09:00", "2024-09-25T18:00:00+09:00",
     "illegal_trade", "20240918110245.6034@kcsc.example", "counterfeit goods, Instagram and Facebook", M),
    ("KCSC-240918-04", "tiktok", "TikTok", "2024-09-18T14:20:00+09:00", "2024-09-25T18:00:00+09:00",
     "drugs", "20240918142000.7781@kcsc.example", "drug sale promotion", T),
    ("KCSC-240919-05", "reddit", "Reddit", "2024-09-19T09:55:30+09:00", "2024-09-26T18:00:00+09:00",
     "illegal_trade", "20240919095530.8102@kcsc.example", "exam answers and account sales", R),
    ("KCSC-240919-06", "discord", "Discord", "2024-09-19T16:05:12+09:00", "2024-09-26T18:00:00+09:00",
     "obscenity", "20240919160512.8890@kcsc.example", "server invite", D),
    ("KCSC-240920-07", "twitch", "Twitch", "2024-09-20T10:12:40+09:00", "2024-09-27T18:00:00+09:00",
     "gambling", "20240920101240.9237@kcsc.example", "illegal gambling stream promotion", W),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return REQ[ref][6].split("@")[0]


def request_lines(ref):
    """Our own request email, as platforms quote it back."""
    r = REQ[ref]
    out = [
        f"Dear {r[2]} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content, found to violate Korean law (reference {ref}).",
        "",
    ]
    for i, u in enumerate(r[8], 1):
        out.append(f"{i}. {u}")
    out += [
        "",
        "Please reply to this address with the action taken on each item.",
        "",
        "KCSC Takedown Desk",
    ]
    return out


def quoted(ref, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in request_lines(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


# ===== applied ==========================================================

case(name="x-legal-withheld-and-removed-lists",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Mon, 23 Sep 2024 02:14:09 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hello,

Thank you for your request (ref. KCSC-240917-01). After reviewing the reported
content against the X Rules and applicable local law, we have taken the
following action.

Withheld in South Korea in response to your legal demand:
- {X[0]}
- {X[1]}
- {X[2]}

Removed globally for violating the X Rules (illegal or certain regulated goods
or services):
- {X[3]}

We are still assessing the remaining items in your request and will write
again separately.

Regards,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-request outcome email (Country Withheld Content plus X Rules removal)",
     why="two headed lists: three posts withheld in KR, one removed globally; the rest only promised",
     items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "removed"})

case(name="x-account-suspended",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Tue, 24 Sep 2024 07:41:55 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content - account",
     body=f"""Hi there,

Regarding the account {X[4]} named in your request KCSC-240917-01:
the account has been permanently suspended for repeated violations of our
policy on illegal or certain regulated goods or services, and it is no longer
available on X.

Information on our enforcement options is available at
https://help.x.com/en/rules-and-policies/enforcement-options

Thanks,
X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X account suspension notice to a reporter",
     why="the account URL is named and stated permanently suspended (made unavailable): removed",
     items={X[4]: "removed"})

case(name="x-no-violation-numbered",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Wed, 25 Sep 2024 05:03:12 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hello,

We are writing about the following posts from your request KCSC-240917-01:

1. {X[5]}
2. {X[6]}

We have reviewed the posts listed above and found that they do not violate the
X Rules. We also did not find sufficient grounds to withhold them under Korean
law, so we have not taken action and they remain available on X.

If you have additional information, such as a court order, you may submit a
new request through our legal request portal.

X Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X 'no action taken' reply to a legal request",
     why="numbered list, then a refusal with its reason for the posts listed above: both rejected",
     items={X[5]: "rejected", X[6]: "rejected"})

csv_buf = io.StringIO()
w = csv.writer(csv_buf, lineterminator="\r\n")
w.writerow(["reported_url", "decision", "scope", "note"])
w.writerow([X[7], "Withheld", "KR", "Local law (Country Withheld Content)"])
w.writerow([X[8], "Removed", "Global", "Violates X Rules - violent speech"])
w.writerow([X[9], "Not found", "-", "Post deleted by the account holder before review"])
w.writerow([X[10], "No action", "-", "No violation of X Rules or local law identified"])
w.writerow([X[11], "Removed", "Global", "Violates X Rules - illegal goods"])
case(name="x-csv-attachment-results",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Thu, 26 Sep 2024 09:30:00 +0000",
     subject="Re: [KCSC-240917-01] Results of review",
     reply_to_req=mid("KCSC-240917-01"),
     raw_mime=f"""Content-Type: multipart/mixed; boundary="=_xcsv_1"

--=_xcsv_1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for five of the URLs in your request
KCSC-240917-01. Each row gives the decision we reached and its scope.

X Legal

--=_xcsv_1
Content-Type: text/csv; charset=utf-8; name="KCSC-240917-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240917-01_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(csv_buf.getvalue().encode()).decode()}
--=_xcsv_1--
""",
     outcome="applied", classification="confirmation",
     imitates="legal-desk results spreadsheet attached to a reply (CSV)",
     why="CSV rows: withheld KR, removed, not found (deleted by holder), no action, removed",
     items={X[7]: "restricted", X[8]: "removed", X[9]: "not_found", X[10]: "rejected",
            X[11]: "removed"})

case(name="x-top-posted-over-quoted-request",
     **{"from": "mhalvorsen@x.com"}, name_from="Maren Halvorsen",
     date="Fri, 27 Sep 2024 01:22:47 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hi,

Quick update from our side: the two posts by @seoul_ticketdrop,
<{X[9]}> and
<{X[10]}>,
have now been withheld in South Korea. Nothing else has changed since our last
email.

Best,
Maren
X Legal Operations

On Tue, Sep 17, 2024 at 9:15 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240917-01")}
""",
     outcome="applied", classification="confirmation",
     imitates="X legal-operations agent's top-posted reply over the quoted request",
     why="two URLs in angle brackets withheld in KR; the quoted request's URLs are not statements",
     items={X[9]: "restricted", X[10]: "restricted", X[0]: "pending", X[4]: "pending",
            X[11]: "pending"})

case(name="yt-legal-blocked-and-removed",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
     date="Mon, 23 Sep 2024 11:05:31 +0000",
     subject="Re: [KCSC-240917-02] Legal removal request - YouTube",
     reply_to_req=mid("KCSC-240917-02"),
     body=f"""Hello,

Thanks for reaching out to us.

In response to your legal request KCSC-240917-02, we have blocked the following
videos from view on YouTube in South Korea:

{Y[0]}
{Y[1]}

We also reviewed the following content under our Community Guidelines and
removed it from YouTube globally:

{Y[2]}

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google/YouTube legal removals outcome (blocked from view in country)",
     why="two videos blocked from view in KR (restricted), one short removed globally",
     items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"})

case(name="yt-channel-terminated",
     **{"from": "no-reply@youtube.com"}, name_from="YouTube",
     date="Tue, 24 Sep 2024 16:48:02 +0000",
     subject="Update on the channel you reported (KCSC-240917-02)",
     body=f"""Hi KCSC Takedown Desk,

Thanks for your report. After reviewing it, we've terminated the channel
{Y[3]} for repeated violations of our spam, deceptive practices and
scams policies. The channel and its videos are no longer available on YouTube.

You can learn more about channel terminations at
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube 'we've terminated the channel you reported' notice",
     why="channel named and stated terminated: removed",
     items={Y[3]: "removed"})

yt_html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Below is the outcome of our review of the URLs in your request
<b>KCSC-240917-02</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>URL</th><th>Outcome</th></tr>
<tr><td>1</td><td><a href="{Y[0]}">{Y[0]}</a></td><td>Removed - Community Guidelines (scams)</td></tr>
<tr><td>2</td><td><a href="{Y[1]}">{Y[1]}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td>3</td><td><a href="{Y[2]}">{Y[2]}</a></td><td>No action - does not violate our policies or local law</td></tr>
<tr><td>4</td><td><a href="{Y[3]}">{Y[3]}</a></td><td>Channel terminated</td></tr>
</table>
<p>If you disagree with an outcome, please reply to this email with further
information.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""
case(name="yt-html-table-qp",
     **{"from": "legal-notices@google.com"}, name_from="YouTube Legal",
     date="Wed, 25 Sep 2024 08:12:44 +0000",
     subject="Re: [KCSC-240917-02] Outcome of your request",
     reply_to_req=mid("KCSC-240917-02"),
     raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(yt_html)}""",
     outcome="applied", classification="confirmation",
     imitates="Google legal outcome table in HTML (quoted-printable)",
     why="HTML table: removed, blocked in KR, no action (rejected), channel terminated",
     items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected", Y[3]: "removed"})

case(name="yt-age-restricted-and-invalid-id",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
     date="Thu, 26 Sep 2024 03:29:18 +0000",
     subject="Re: [KCSC-240917-02] Legal removal request - YouTube",
     body=f"""Hello,

Following up on your request KCSC-240917-02.

The short {Y[2]} has been age-restricted. It is no longer
visible to signed-out viewers or to users under 18.

The video {Y[1]} does not exist on YouTube: the video ID in this
link is not valid, so there is nothing for us to act on.

Kind regards,
Google Legal Support
""",
     outcome="applied", classification="confirmation",
     imitates="YouTube legal support follow-up (age restriction, invalid video ID)",
     why="one short age-restricted (restricted); one link stated invalid (not_found)",
     items={Y[2]: "restricted", Y[1]: "not_found"})

case(name="meta-dsa-statement-of-reasons",
     **{"from": "notification@support.facebookmail.com"}, name_from="Meta",
     date="Mon, 23 Sep 2024 13:57:20 +0000",
     subject="Decision on your report - KCSC-240918-03",
     body=f"""Statement of reasons

Your reference: KCSC-240918-03
Content: {M[0]}
Decision: The content has been removed.
Scope of the decision: Worldwide
Ground: Violation of the Instagram Community Guidelines (restricted goods
and services)
Automated means used in detection: No
Automated means used in decision: No

The person who posted this content has been notified and may appeal the
decision. More information: https://transparency.meta.com/policies/

Meta Platforms Ireland Limited
""",
     outcome="applied", classification="confirmation",
     imitates="Meta DSA statement of reasons for a reporter (field layout)",
     why="structured statement: content named, decision removed",
     items={M[0]: "removed"})

case(name="meta-restricted-in-korea-angle-brackets",
     **{"from": "ip-legal@meta.com"}, name_from="Meta Legal Operations",
     date="Tue, 24 Sep 2024 06:18:33 +0000",
     subject="RE: [KCSC-240918-03] Request for removal of content",
     reply_to_req=mid("KCSC-240918-03"),
     body=f"""Dear KCSC,

Thank you for your report. Having reviewed the content below, we found that it
does not go against our Community Standards, but based on your report we
have restricted access to it in South Korea under local law:

  * <{M[1]}>
  * <{M[2]}> (entire account)

The content remains available outside South Korea.

Regards,
Legal Operations
Meta Platforms, Inc.
""",
     outcome="applied", classification="confirmation",
     imitates="Meta local-law restriction reply ('restricted access in your country')",
     why="a post and an account in angle brackets restricted in KR",
     items={M[1]: "restricted", M[2]: "restricted"})

case(name="meta-fb-no-violation-and-author-deleted",
     **{"from": "ip-legal@meta.com"}, name_from="Meta Legal Operations",
     date="Wed, 25 Sep 2024 10:44:01 +0000",
     subject="RE: [KCSC-240918-03] Facebook items",
     reply_to_req=mid("KCSC-240918-03"),
     body=f"""Hello,

About the two Facebook items in your request:

{M[3]}
We reviewed this group post and it doesn't go against our Community
Standards. We also did not find it to be unlawful under Korean law, so it
will stay on Facebook.

{M[4]}
This post had already been deleted by the Page that published it before our
review, so no action was needed from us.

Best regards,
Legal Operations
""",
     outcome="applied", classification="confirmation",
     imitates="Meta report outcome: 'doesn't go against our Community Standards'",
     why="URL then its paragraph: group post stays (rejected), page post deleted by its author (not_found)",
     items={M[3]: "rejected", M[4]: "not_found"})

meta_b64 = f"""Hello,

We have completed our review of the following items from request
KCSC-240918-03:

- Instagram account {M[2]}: disabled for violating our Community
  Guidelines on counterfeit goods.
- Facebook group post {M[3]}: access restricted in South Korea
  under local law.

Regards,
Legal Operations
Meta Platforms, Inc.
"""
case(name="meta-base64-body",
     **{"from": "ip-legal@meta.com"}, name_from="Meta Legal Operations",
     date="Thu, 26 Sep 2024 12:01:09 +0000",
     subject="RE: [KCSC-240918-03] Request for removal of content",
     reply_to_req=mid("KCSC-240918-03"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(meta_b64)}""",
     outcome="applied", classification="confirmation",
     imitates="Meta legal operations reply sent with a base64 body",
     why="account disabled (removed); group post restricted in KR",
     items={M[2]: "removed", M[3]: "restricted"})

case(name="tiktok-statement-of-reasons-two-items",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Mon, 23 Sep 2024 08:36:50 +0000",
     subject="Your report KCSC-240918-04: our decision",
     reply_to_req=mid("KCSC-240918-04"),
     body=f"""Hi,

We've reviewed the content you reported as illegal. Our decisions and the
reasons for them are set out below.

Content: {T[0]}
Decision: Access restricted in the Republic of Korea
Reason: Illegal under local law (promotion of drug sales); the video does not
breach our Community Guidelines in other regions.

Content: {T[1]}
Decision: Removed globally
Reason: Community Guidelines - drugs, controlled substances and regulated
goods.

Both the reporter and the creator may appeal these decisions within 6 months.

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok illegal-content report decision (DSA-style statement of reasons)",
     why="per-item fields: first restricted in KR, second removed globally",
     items={T[0]: "restricted", T[1]: "removed"})

case(name="tiktok-author-deleted-and-removed",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Tue, 24 Sep 2024 04:10:27 +0000",
     subject="Re: [KCSC-240918-04] Removal request",
     reply_to_req=mid("KCSC-240918-04"),
     body=f"""Hello,

Thank you for contacting TikTok.

{T[2]} - this link does not lead to any video on TikTok. The
creator deleted the video before our team reviewed it.

{T[0]} - the video was removed for violating our Community
Guidelines.

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok trust-and-safety reply per URL",
     why="one deleted by its creator (not_found), one removed",
     items={T[2]: "not_found", T[0]: "removed"})

case(name="reddit-both-posts-removed",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Mon, 23 Sep 2024 19:25:13 +0000",
     subject="Re: [KCSC-240919-05] Request for removal of content",
     reply_to_req=mid("KCSC-240919-05"),
     body=f"""Hi,

Thanks for your report. We've removed both posts listed below for violating
Reddit's Content Policy (Rule 5, illegal transactions):

{R[0]}
{R[1]}

The removed posts now display a notice that they were removed by Reddit.

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit admin legal removal reply",
     why="'both posts listed below' followed by both URLs: each named, both removed",
     items={R[0]: "removed", R[1]: "removed"})

case(name="reddit-one-removed-one-declined",
     **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
     date="Tue, 24 Sep 2024 21:02:39 +0000",
     subject="Re: [KCSC-240919-05] Request for removal of content",
     body=f"""Hello,

We have reviewed the two posts in your request KCSC-240919-05.

The following post was removed for violating our rule against facilitating
prohibited transactions:
{R[1]}

We are declining to take action on the following post. It is a discussion
thread asking whether such offers are legitimate, and it does not violate
Reddit's Content Policy:
{R[0]}

Reddit Legal
""",
     outcome="applied", classification="confirmation",
     imitates="Reddit legal reply: partial removal and a declined item",
     why="statement then URL on the next line: one removed, one refused with its reason",
     items={R[1]: "removed", R[0]: "rejected"})

case(name="discord-server-removed-no-url",
     **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Mon, 23 Sep 2024 22:47:05 +0000",
     subject="Re: [KCSC-240919-06] Report regarding a Discord server",
     reply_to_req=mid("KCSC-240919-06"),
     body="""Hello,

Thank you for your report. Our Safety team has completed its investigation of
the server you reported and found that it violated our Community Guidelines.
The server has been removed from Discord and its invite link no longer works.

You can read more about the actions we take here:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety investigation outcome",
     why="answers a one-item request, names no URL: the server removed applies to that item",
     items={D[0]: "removed"})

case(name="twitch-vod-removed-clip-stays",
     **{"from": "lawenforcement@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date="Tue, 24 Sep 2024 17:30:44 +0000",
     subject="Re: [KCSC-240920-07] Illegal gambling promotion",
     reply_to_req=mid("KCSC-240920-07"),
     body=f"""Hi,

Thanks for the referral. Here is what we did:

* Past broadcast {W[0]} - removed; the stream promoted an unlicensed
  gambling site, which our Community Guidelines prohibit.
* Clip {W[1]} - reviewed, no violation found. The clip shows
  a general chat segment without gambling content and will remain up.

Twitch Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Twitch Trust & Safety reply to a referral",
     why="bullets: VOD removed; clip reviewed, no violation, remains (rejected)",
     items={W[0]: "removed", W[1]: "rejected"})

x_qp = f"""Hello,

Following our review under applicable local law, we have withheld the post at {X[6]} in the Republic of Korea. The post at {X[5]} has been removed globally because it breaks the X Rules on illegal or certain regulated goods or services.

This completes our handling of these two posts in your request KCSC-240917-01.

X Legal
"""
case(name="x-quoted-printable-long-lines",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Fri, 27 Sep 2024 06:55:31 +0000",
     subject="Re: [KCSC-240917-01] palegrove77",
     reply_to_req=mid("KCSC-240917-01"),
     raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(x_qp)}""",
     outcome="applied", classification="confirmation",
     imitates="X legal reply with long lines sent quoted-printable (soft line breaks)",
     why="one post withheld in Korea (restricted), the other removed globally",
     items={X[6]: "restricted", X[5]: "removed"})

case(name="x-fullwidth-colon-korean-gloss",
     **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
     date="Mon, 30 Sep 2024 02:03:16 +0000",
     subject="Re: [KCSC-240917-01] odd_lantern 게시물 처리 결과",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hello KCSC team,

Our decisions on the two odd_lantern posts are as follows.

• {X[7]}：withheld in South Korea（국내 접속 차단）
• {X[8]}：removed globally for violating the X Rules（삭제）

Please let me know if anything is unclear.

Seo-yeon
X Korea Legal
""",
     outcome="applied", classification="confirmation",
     imitates="X Korea staff reply in English with Korean glosses and full-width punctuation",
     why="URL directly followed by a full-width colon: one withheld in KR, one removed",
     items={X[7]: "restricted", X[8]: "removed"})

case(name="yt-statement-then-url-below",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
     date="Fri, 27 Sep 2024 09:14:57 +0000",
     subject="Re: [KCSC-240917-02] Legal removal request - YouTube",
     reply_to_req=mid("KCSC-240917-02"),
     body=f"""Hello,

The following content has been actioned under our policies:
{Y[1]}

The following video has been blocked from view in South Korea based on local
law:
{Y[0]}

Regards,
The Google Team
""",
     outcome="applied", classification="confirmation",
     imitates="Google legal support reply using the 'actioned under our policies' wording",
     why="statement line then URL: one actioned (removed), one blocked in KR",
     items={Y[1]: "removed", Y[0]: "restricted"})

case(name="meta-bare-url-status-below",
     **{"from": "notification@support.facebookmail.com"}, name_from="Instagram",
     date="Fri, 27 Sep 2024 15:20:00 +0000",
     subject="Your reports on Instagram - KCSC-240918-03",
     body=f"""We've finished reviewing the content you reported.

{M[0]}
Status: Removed

{M[1]}
Status: We couldn't find this content. It may have been deleted by the
account owner, or the link is incorrect.

See your reports in the Support Requests section of the app.

Instagram
""",
     outcome="applied", classification="confirmation",
     imitates="Instagram support-requests report status (URL then status line)",
     why="bare URL with status below: removed; 'we couldn't find this content' is not_found",
     items={M[0]: "removed", M[1]: "not_found"})

case(name="tiktok-receipt-phrase-with-outcome",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Wed, 25 Sep 2024 07:48:11 +0000",
     subject="Re: [KCSC-240918-04] Removal request [Ticket 4471093]",
     reply_to_req=mid("KCSC-240918-04"),
     body=f"""Hi,

Thank you, we have received your request and logged it as ticket 4471093.

Our team has already looked into it: the video
{T[2]}
has been removed for violating our Community Guidelines on drugs and
controlled substances.

TikTok Trust and Safety
""",
     outcome="applied", classification="confirmation",
     imitates="TikTok ticket reply that carries an outcome",
     why="a receipt phrase plus an unhedged removal of a named video is not a mere acknowledgement",
     items={T[2]: "removed"})

case(name="x-outlook-original-message",
     **{"from": "jpark@x.com"}, name_from="\"Park, Jun\"",
     date="Tue, 01 Oct 2024 05:12:40 +0000",
     subject="RE: [KCSC-240917-01] Request for removal of content",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hi KCSC team,

Sorry for the delay on the last item. The post
{X[11]}
has been withheld in South Korea in response to your legal demand.

Best regards,
Jun Park | Legal Policy, X

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 17, 2024 9:15 AM
To: legal@x.com
Subject: [KCSC-240917-01] Request for removal of content

{chr(10).join(request_lines("KCSC-240917-01"))}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with the original request below '-----Original Message-----'",
     why="one post withheld in KR above the Outlook separator; the request's URLs below it are quoted",
     items={X[11]: "restricted", X[0]: "pending", X[1]: "pending"})

reddit_text = f"""Hi,

Following up: the post {R[1]} was removed by our
Safety team today for violating Rule 5.

Reddit Legal

On Thu, Sep 19, 2024 at 9:55 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240919-05")}
"""
reddit_html = f"""<div dir="ltr"><p>Hi,</p>
<p>Following up: the post <a href="{R[1]}">{R[1]}</a> was removed by our
Safety team today for violating Rule 5.</p>
<p>Reddit Legal</p></div>
<div class="gmail_quote"><div class="gmail_attr">On Thu, Sep 19, 2024 at 9:55 AM KCSC Takedown &lt;takedown@kcsc.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
{"<br>".join(request_lines("KCSC-240919-05"))}
</blockquote></div>
"""
case(name="reddit-gmail-alternative-with-quote",
     **{"from": "k.morrow@reddit.com"}, name_from="Kai Morrow",
     date="Wed, 25 Sep 2024 23:40:02 +0000",
     subject="Re: [KCSC-240919-05] Request for removal of content",
     reply_to_req=mid("KCSC-240919-05"),
     raw_mime=f"""Content-Type: multipart/alternative; boundary="000000000000a1b2c3reddit"

--000000000000a1b2c3reddit
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

{reddit_text}
--000000000000a1b2c3reddit
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

{reddit_html}
--000000000000a1b2c3reddit--
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style multipart/alternative reply with gmail_quote blockquote",
     why="one post removed; the other is only in the quoted request",
     items={R[1]: "removed", R[0]: "pending"})

case(name="discord-invite-deleted-by-owner",
     **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
     date="Fri, 27 Sep 2024 18:03:33 +0000",
     subject="Re: [KCSC-240919-06] Report regarding a Discord server",
     body=f"""Hi,

We looked into the invite you reported ({D[0]}). The server it
pointed to was deleted by its owner before we could review it, so there is no
server left for us to take action on.

Discord Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="Discord Trust & Safety reply: content already deleted by its owner",
     why="the server was deleted by its owner before review: not_found",
     items={D[0]: "not_found"})

# ===== review ===========================================================

case(name="x-promise-will-withhold",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Mon, 23 Sep 2024 04:30:00 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content",
     reply_to_req=mid("KCSC-240917-01"),
     body=f"""Hello,

Thanks for your request KCSC-240917-01. Our team will withhold
{X[9]} and
{X[10]} in South Korea once the local-law
assessment is finalised. We expect to complete it within five business days
and will confirm by email.

X Legal
""",
     outcome="review", review="not_understood",
     imitates="X legal interim reply promising action",
     why="a promise ('will withhold ... once finalised') is not a statement: items stay pending",
     items={X[9]: "pending", X[10]: "pending"})

case(name="yt-under-review-hedged",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
     date="Mon, 23 Sep 2024 06:02:10 +0000",
     subject="Re: [KCSC-240917-02] Legal removal request - YouTube",
     reply_to_req=mid("KCSC-240917-02"),
     body=f"""Hello,

Your request is still under review by our team. From a preliminary check,
{Y[0]} may have already been taken down by the
uploader, and {Y[1]} appears to have been made
private. We will confirm the final outcome once our review is complete.

Regards,
Google Legal Support
""",
     outcome="review", review="not_understood",
     imitates="Google legal support interim update",
     why="'under review', 'may have', 'appears to': hedges only, nothing to apply",
     items={Y[0]: "pending", Y[1]: "pending"})

case(name="meta-bulk-all-removed",
     **{"from": "ip-legal@meta.com"}, name_from="Meta Legal Operations",
     date="Tue, 24 Sep 2024 09:09:09 +0000",
     subject="RE: [KCSC-240918-03] Request for removal of content",
     reply_to_req=mid("KCSC-240918-03"),
     body="""Dear KCSC,

We have reviewed the content you reported under reference KCSC-240918-03 and
removed all of it for violating our Community Standards on restricted goods
and services.

Regards,
Legal Operations
Meta Platforms, Inc.
""",
     outcome="review", review="bulk",
     imitates="Meta blanket outcome for a multi-item report",
     why="'removed all of it' for a five-item request without naming each: bulk",
     items={u: "pending" for u in M})

case(name="x-bulk-all-withheld",
     **{"from": "legal-notices@x.com"}, name_from="X Legal",
     date="Wed, 02 Oct 2024 03:15:00 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content - closed",
     reply_to_req=mid("KCSC-240917-01"),
     body="""Hello,

All posts and accounts listed in your request KCSC-240917-01 have now been
withheld in South Korea. We consider this request closed.

X Legal
""",
     outcome="review", review="bulk",
     imitates="X legal closing note for a batch request",
     why="statement about every item of a twelve-item request without naming any: bulk",
     items={u: "pending" for u in X})

case(name="x-untrusted-dkim-fail",
     **{"from": "legal-notices@x.com"}, name_from="X Legal", auth="fail",
     date="Tue, 24 Sep 2024 12:00:41 +0000",
     subject="Re: [KCSC-240917-01] Request for removal of content",
     body=f"""Hello,

The following posts have been removed from X:

{X[0]}
{X[1]}

X Legal
""",
     outcome="review", review="untrusted",
     imitates="X legal reply whose DKIM/SPF/DMARC checks fail",
     why="platform domain but authentication failed: nothing applied",
     items={X[0]: "pending", X[1]: "pending"})

case(name="x-lookalike-gmail-sender",
     **{"from": "x.legal.support.team@gmail.com"}, name_from="X Legal Support",
     date="Wed, 25 Sep 2024 14:33:08 +0000",
     subject="Re: [KCSC-240917-01] Removal completed",
     body=f"""Dear Sir/Madam,

Your request KCSC-240917-01 has been processed. The posts
{X[1]} and {X[2]}
have been removed.

To receive faster processing of future requests, please verify your agency
account at the link we will send shortly.

X Legal Support Team
""",
     outcome="review", review="unknown_sender",
     imitates="impersonation of a platform legal team from a free-mail address",
     why="sender is not any platform's domain though it names our request and URLs",
     items={X[1]: "pending", X[2]: "pending"})

case(name="tiktok-asks-for-legal-basis",
     **{"from": "legal-notice@tiktok.com"}, name_from="TikTok Trust and Safety",
     date="Thu, 19 Sep 2024 23:58:10 +0000",
     subject="Re: [KCSC-240918-04] Additional information required",
     reply_to_req=mid("KCSC-240918-04"),
     body=f"""Hello,

To proceed with your request concerning
{T[0]}
{T[1]}
we need further information. Please provide the specific provision of Korean
law that the content is alleged to violate, and a copy of the decision issued
by your Commission. Once we receive it, we will continue our review.

TikTok Trust and Safety
""",
     outcome="review", classification="request_for_info", review="asks_more",
     imitates="TikTok legal team request for the legal basis of an order",
     why="the platform asks for documents before acting; nothing decided",
     items={T[0]: "pending", T[1]: "pending"})

case(name="google-speaks-about-tiktok-url",
     **{"from": "legal-notices@google.com"}, name_from="Google Legal Support",
     date="Fri, 20 Sep 2024 02:40:19 +0000",
     subject="Re: [KCSC-240918-04] Removal request",
     body=f"""Hello,

We received a copy of your notice KCSC-240918-04. The URL
{T[2]}
is not hosted on YouTube or any other Google service; we could not locate
this content on our systems and have taken no action on it. Please contact
the service that hosts it.

Google Legal Support
""",
     outcome="review", review="wrong_platform",
     imitates="Google 'not hosted on a Google product' reply",
     why="Google states 'could not locate' about a TikTok item: not its platform's item",
     items={T[2]: "pending"})

case(name="snap-no-email-intake",
     **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
     date="Mon, 23 Sep 2024 17:12:00 +0000",
     subject="Re: Request for removal of content",
     body="""Hello,

Thank you for your email. Snap Inc. does not process content removal requests
from government agencies sent to this address. Please submit your request
through our Law Enforcement Service Portal, which allows us to verify the
requesting agency:

https://lawenforcement.snapchat.com/

Requests received by email cannot be actioned.

Snap Inc. Law Enforcement Operations
""",
     outcome="review", review="no_claims",
     imitates="Snap law-enforcement mailbox redirecting to its portal",
     why="trusted platform mail naming no item and no request of ours",
     items={})

case(name="twitch-conditional-and-under-review",
     **{"from": "lawenforcement@twitch.tv"}, name_from="Twitch Law Enforcement Response",
     date="Mon, 23 Sep 2024 20:05:55 +0000",
     subject="Re: [KCSC-240920-07] Illegal gambling promotion",
     reply_to_req=mid("KCSC-240920-07"),
     body=f"""Hi,

Regarding {W[0]}: if the VOD is found to promote
unlicensed gambling it will be removed and the channel may receive an
enforcement action.

The clip {W[1]} is
currently under review by our Trust & Safety team.

Twitch Law Enforcement Response
""",
     outcome="review", review="not_understood",
     imitates="Twitch interim reply with conditions",
     why="a condition ('if ... will be removed') and 'under review': items stay pending",
     items={W[0]: "pending", W[1]: "pending"})

case(name="colleague-forwards-reddit-reply",
     **{"from": "jwkim@kcsc.example"}, name_from="Kim Ji-woo",
     date="Wed, 25 Sep 2024 01:15:30 +0000",
     subject="Fwd: Re: [KCSC-240919-05] Request for removal of content",
     body=f"""FYI - Reddit answered my personal address instead of the desk.

---------- Forwarded message ---------
From: Reddit Legal <legal@reddit.com>
Date: Tue, Sep 24, 2024 at 6:02 PM
Subject: Re: [KCSC-240919-05] Request for removal of content
To: Kim Ji-woo <jwkim@kcsc.example>

Hi,

The post {R[0]} has been removed for violating
Reddit's Content Policy.

Reddit Legal
""",
     outcome="review", classification="forwarded", review="forwarded",
     imitates="staff forward of a platform reply (Gmail 'Forwarded message')",
     why="the statement reaches us only forwarded by a colleague, not from Reddit itself",
     items={R[0]: "pending"})

# ===== ignored ==========================================================

case(name="x-out-of-office",
     **{"from": "mhalvorsen@x.com"}, name_from="Maren Halvorsen",
     date="Tue, 17 Sep 2024 00:16:20 +0000",
     subject="Automatic reply: [KCSC-240917-01] Request for removal of content",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""Thank you for your message. I am out of the office until Monday, 23
September, with limited access to email.

For legal requests, please write to legal@x.com, where the team will pick up
your message.

Maren Halvorsen
X Legal Operations
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook out-of-office automatic reply",
     why="out-of-office auto-reply",
     items={})

case(name="yt-ooo-with-quoted-request",
     **{"from": "dlee@google.com"}, name_from="Daniel Lee",
     date="Tue, 17 Sep 2024 01:41:03 +0000",
     subject="Out of Office Re: [KCSC-240917-02] Legal removal request - YouTube",
     extra_headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
     body=f"""I'm away until 25 September and will not be checking email. Urgent legal
matters: please use the usual legal removals channel.

Daniel

On Tue, Sep 17, 2024 at 10:40 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted("KCSC-240917-02")}
""",
     outcome="ignored", classification="auto_reply",
     imitates="Gmail vacation responder that quotes the incoming message",
     why="out-of-office; the URLs appear only in the quoted request",
     items={Y[0]: "pending", Y[3]: "pending"})

dsn_orig = "\n".join(request_lines("KCSC-240920-07"))
case(name="bounce-twitch-user-unknown",
     **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
     date="Fri, 20 Sep 2024 01:12:52 +0000",
     subject="Undelivered Mail Returned to Sender",
     extra_headers=["Auto-Submitted: auto-replied"],
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B0A1C2D3E4.1726794772/mx.kcsc.example"

--B0A1C2D3E4.1726794772/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-requests@twitch.tv>: host aspmx.twitch.tv[203.0.113.25] said:
    550 5.1.1 The email account that you tried to reach does not exist.

--B0A1C2D3E4.1726794772/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri, 20 Sep 2024 10:12:40 +0900 (KST)

Final-Recipient: rfc822; legal-requests@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach
    does not exist.

--B0A1C2D3E4.1726794772/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@twitch.tv
Subject: [KCSC-240920-07] Illegal gambling promotion
Message-ID: <{REQ["KCSC-240920-07"][6]}>
Date: Fri, 20 Sep 2024 10:12:40 +0900
Content-Type: text/plain; charset=utf-8

{dsn_orig}

--B0A1C2D3E4.1726794772/mx.kcsc.example--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix delivery status notification (user unknown)",
     why="bounce; the URLs are in the returned original",
     items={W[0]: "pending", W[1]: "pending"})

case(name="meta-read-receipt",
     **{"from": "praman@meta.com"}, name_from="Priya Raman",
     date="Wed, 18 Sep 2024 04:02:11 +0000",
     subject="Read: [KCSC-240918-03] Request for removal of content",
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_mdn_meta_77"

------=_mdn_meta_77
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@meta.com
  Subject: [KCSC-240918-03] Request for removal of content
  Sent: Wednesday, September 18, 2024 11:02 AM

was read on Wednesday, September 18, 2024 1:02 PM.

------=_mdn_meta_77
Content-Type: message/disposition-notification

Reporting-UA: praman-laptop; Microsoft Outlook 16.0
Final-Recipient: rfc822; praman@meta.com
Original-Message-ID: <{REQ["KCSC-240918-03"][6]}>
Disposition: manual-action/MDN-sent-manually; displayed

------=_mdn_meta_77--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (message/disposition-notification)",
     why="read receipt",
     items={})

case(name="reddit-ticket-receipt",
     **{"from": "noreply@reddit.com"}, name_from="Reddit Help",
     date="Thu, 19 Sep 2024 01:00:05 +0000",
     subject="Re: [KCSC-240919-05] Request for removal of content [#8841207]",
     extra_headers=["Auto-Submitted: auto-generated"],
     body="""Hi there,

Thanks for contacting Reddit. We've received your request and created ticket
#8841207. A member of our team will review it and get back to you as soon as
possible.

Please don't open another ticket for the same issue; you can reply to this
email to add information.

Reddit Help
https://support.reddithelp.com/hc/en-us
""",
     outcome="ignored", classification="acknowledgement",
     imitates="Reddit help-desk (Zendesk-style) ticket receipt",
     why="pure acknowledgement with a ticket number",
     items={})

case(name="tiktok-receipt-echoing-report",
     **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
     date="Wed, 18 Sep 2024 05:21:40 +0000",
     subject="We received your report (Report ID 7C2F-91AA-04)",
     extra_headers=["Auto-Submitted: auto-generated"],
     body=f"""Hi,

We've received your illegal content report. Our team will review the content
and let you know our decision by email.

Summary of your submission
Report ID: 7C2F-91AA-04
Your reference: KCSC-240918-04
Reported links:
{T[0]}
{T[1]}
{T[2]}
Reason: Illegal content - drugs

TikTok
""",
     outcome="ignored", classification="acknowledgement",
     imitates="TikTok illegal-content report receipt echoing the submission",
     why="receipt that only echoes the reported links; no statement about them",
     items={T[0]: "pending", T[1]: "pending", T[2]: "pending"})

case(name="pinterest-unmonitored-auto-reply",
     **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
     date="Fri, 20 Sep 2024 03:05:00 +0000",
     subject="Automatic reply: Request for removal of content",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""This is an automated response. This mailbox is not monitored.

To report content on Pinterest, please use the form in our Help Center:
https://help.pinterest.com/en/contact

Pinterest
""",
     outcome="ignored", classification="auto_reply",
     imitates="Pinterest unmonitored-mailbox auto-reply",
     why="auto-reply from an unmonitored mailbox",
     items={})


HEADER = """# Blind set 844 (English notices from many platforms), written from each
# email's meaning before the reader was run. Generated by make.py; do not edit."""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, _name, sent, due, cat, msgid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid, note])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(f"{len(CASES)} cases")
