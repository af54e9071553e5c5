#!/usr/bin/env python3
"""Blind set blind970: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, plus Twitch and Snapchat mail that changes
nothing). Written from each email's meaning, before any run of the reader.

    python3 tests/corpus/blind970/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
All accounts, posts, ids and people are invented.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind970"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/moonlit_dealer/status/1830412210000000001",   # 0
    "https://x.com/moonlit_dealer/status/1830412210000000002",   # 1
    "https://x.com/grey_kestrel99/status/1830501870000000113",   # 2
    "https://x.com/grey_kestrel99/status/1830501870000000140",   # 3
    "https://x.com/paperlantern_k/status/1830622330000000207",   # 4
    "https://x.com/paperlantern_k/status/1830622330000000219",   # 5
    "https://x.com/seoul_nightpass/status/1830733450000000305",  # 6
    "https://x.com/seoul_nightpass/status/1830733450000000311",  # 7
    "https://x.com/tidewater_88/status/1830844560000000402",     # 8
    "https://x.com/tidewater_88/status/1830844560000000418",     # 9
    "https://x.com/quietfox_mkt",                                # 10
    "https://x.com/hanriver_drops/status/1830955670000000509",   # 11
]
Y = [
    "https://www.youtube.com/watch?v=Qm4tR7zLp2A",
    "https://www.youtube.com/watch?v=bN8xW3kDs5E",
    "https://www.youtube.com/shorts/Hj2vT9pYc1M",
    "https://www.youtube.com/@pinecone_relay",
]
M = [
    "https://www.facebook.com/groups/2210458873301/posts/2219900412235/",
    "https://www.facebook.com/marrow.lane.shop/posts/pfbid02kQxV7aTnLm",
    "https://www.instagram.com/p/C9xKp2LmQ4r/",
    "https://www.instagram.com/reel/C9yRt5NwB7s/",
    "https://www.instagram.com/velvet.orchid.kr/",
]
T = [
    "https://www.tiktok.com/@nightjar.clips/video/7410032218890012345",
    "https://www.tiktok.com/@nightjar.clips/video/7410032218890067890",
    "https://www.tiktok.com/@saltmarsh_dm",
]
R = [
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1f9k2xq/cheap_prescriptions_no_questions/",
    "https://www.reddit.com/user/ginkgo_runner42/comments/1f9m7ab/dm_for_list/",
    "https://www.reddit.com/r/koreadeals_unofficial/comments/1f9p4zc/restock_friday/",
]
G = ["https://t.me/amber_relay_kr/1184"]
D = ["https://discord.gg/lotusmarketkr"]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message-id token, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "drugs", "req-240902-01", "narcotics sales accounts and posts"),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", Y,
     "illegal_finance", "req-240903-02", "unlicensed investment schemes"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:45:00+09:00", "2024-09-11T23:59:59+09:00", M,
     "drugs", "req-240904-03", "prescription drug resale"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:20:00+09:00", "2024-09-12T23:59:59+09:00", T,
     "gambling", "req-240905-04", "illegal betting promotion"),
    ("KCSC-240906-05", "reddit", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", R,
     "drugs", "req-240906-05", "prescription drugs without prescription"),
    ("KCSC-240909-06", "telegram", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", G,
     "obscenity", "req-240909-06", "one channel post"),
    ("KCSC-240910-07", "discord", "2024-09-10T15:10:00+09:00", "2024-09-17T23:59:59+09:00", D,
     "drugs", "req-240910-07", "server invite"),
]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission requests the removal of",
        "the following content, found unlawful under Article 44-7 of the",
        f"Information and Communications Network Act (reference {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply with the action taken for each item.", "", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


def ul(urls, bullet="- "):
    return "\n".join(bullet + u for u in urls)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="x-cwc-withheld-kr-bullets",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content [ref:_00Dx1.5003kQv:ref]",
    reply_to_req="req-240902-01",
    body=f"""Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

We have reviewed the reported content and, in response to your legal
demand, have withheld the following posts in South Korea:

 \u2022 {X[0]}
 \u2022 {X[1]}
 \u2022 {X[2]}
 \u2022 {X[3]}

The remaining URLs in your request are still being reviewed; we will
write to you separately about them.

You can read more about how we handle country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply announcing Country Withheld Content for listed posts",
    why="four posts named in a bullet list under an unhedged 'have withheld ... in South Korea'; the rest explicitly still under review",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-removed-and-no-action-sections",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 02:40:05 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We are writing with an update on your report KCSC-240902-01.

Action taken: removed for violating the X Rules (illegal or certain
regulated goods or services)
{X[4]}
{X[5]}

No action taken:
{X[6]}
After careful review we did not find this post to violate the X Rules,
and the information provided did not establish that it is unlawful in
Korea. It remains available.

If you have additional information that could change this assessment,
you may reply to this email.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply split into 'Action taken' / 'No action taken' sections",
    why="two posts removed under a heading, one refused with its reason",
    items={X[4]: "removed", X[5]: "removed", X[6]: "rejected"},
)

case(
    name="x-account-suspended-post-gone",
    **{"from": "legal-noreply@twitter.com"}, name_from="X Corp. Legal",
    date="Fri, 06 Sep 2024 09:03:51 +0000",
    subject="Your legal request KCSC-240902-01: update",
    body=f"""Hello,

Following up on your request KCSC-240902-01.

The account @quietfox_mkt ({X[10]}) has been permanently suspended
for repeated violations of our rules on illegal goods and services. It
is no longer visible on X.

The post {X[11]} no longer exists. It was deleted by the account holder
before our team reviewed it, so no action was needed on our side.

X Corp. Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X reply stating account suspension and a post already deleted by its author",
    why="suspended account no longer visible = removed; post deleted by its author before review = not_found",
    items={X[10]: "removed", X[11]: "not_found"},
)

case(
    name="x-html-table-outcomes",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Sat, 07 Sep 2024 01:12:40 +0000",
    subject="Case 0452918830 - outcome of your request KCSC-240902-01",
    type="html",
    body=f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the outcome for part of your request <b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>{X[7]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[8]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[9]}</td><td>Removed &ndash; violates the X Rules</td></tr>
</table>
<p>For information about withheld content see
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X case-update email with an HTML outcome table",
    why="HTML table: URL and outcome per row; help-centre link is not an item",
    items={X[7]: "restricted", X[8]: "restricted", X[9]: "removed"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "jina.park@x.com"}, name_from="Jina Park",
    date="Mon, 09 Sep 2024 06:22:10 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req="req-240902-01",
    body=f"""Hi,

Quick update: {X[6]} is now withheld in Korea following a second
review with our legal counsel.

The rest of your list is covered in our earlier replies.

Best,
Jina
Legal Policy, X (APAC)

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="staff member's top-posted Gmail reply over the regulator's quoted request",
    why="only the one post named above the quote changes; the twelve URLs in the quoted request are not statements",
    items={X[6]: "restricted"},
)

case(
    name="x-quoted-printable-wrapped",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 03:55:00 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req="req-240902-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(
        f"""Hello,

Following our review we removed the following post for violating our rules on illegal or certain regulated goods and services: {X[0]} \u2014 it\u2019s no longer available anywhere on X.

We haven\u2019t taken any other action under this request yet.

X Legal
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal reply sent quoted-printable, long line soft-wrapped through the URL",
    why="the quoted-printable soft break joins the URL again; one post removed",
    items={X[0]: "removed"},
)

case(
    name="x-multipart-alternative-update",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 07:31:18 +0000",
    subject="Case update: KCSC-240902-01",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_alt_9f31"

--=_alt_9f31
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Case update for your request KCSC-240902-01.

The following posts have been withheld in South Korea:
{X[8]}
{X[9]}

The following post was removed globally for violating the X Rules:
{X[11]}

X Legal

--=_alt_9f31
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body><p>Hello,</p><p>Case update for your request KCSC-240902-01.</p>
<p>The following posts have been withheld in South Korea:<br>
<a href="{X[8]}">{X[8]}</a><br>
<a href="{X[9]}">{X[9]}</a></p>
<p>The following post was removed globally for violating the X Rules:<br>
<a href="{X[11]}">{X[11]}</a></p><p>X Legal</p></body></html>

--=_alt_9f31--
""",
    outcome="applied", classification="confirmation",
    imitates="X notification email in multipart/alternative (plain and HTML)",
    why="two posts withheld in Korea, one removed globally; both parts say the same",
    items={X[8]: "restricted", X[9]: "restricted", X[11]: "removed"},
)

case(
    name="x-fullwidth-colon-bilingual",
    **{"from": "kr-legal@x.com"}, name_from="X Korea Legal",
    date="Thu, 12 Sep 2024 05:05:44 +0000",
    subject="RE: KCSC-240902-01 조치 결과 / outcome",
    body=f"""Hello KCSC team,

Below is our outcome for two items of KCSC-240902-01.
아래와 같이 조치 결과를 알려드립니다.

1) {X[8]}： removed (삭제)
2) {X[9]}： withheld in Korea (국내 접속 제한)

Kind regards,
X Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual reply from a platform's Korea legal desk, URLs followed by full-width colons",
    why="each numbered line names a URL and its outcome; the full-width colon is not part of the URL",
    items={X[8]: "removed", X[9]: "restricted"},
)

case(
    name="yt-blocked-kr-and-removed",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:18:33 +0000",
    subject="Re: KCSC-240903-02 [3-8812000038721]",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for reaching out to us about KCSC-240903-02.

Following our review, we have blocked the following content from view
on YouTube in South Korea, in line with local law:
{ul(Y[:2])}

In addition, the following content has been removed from YouTube for
violating our Community Guidelines:
{ul(Y[2:3])}

To learn more about how we handle legal removals, visit
https://support.google.com/youtube/answer/6154218

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome: local block plus Community Guidelines removal",
    why="two videos blocked in Korea, one Short removed; channel not mentioned",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-channel-no-action",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 00:42:19 +0000",
    subject="Re: KCSC-240903-02 [3-8812000038721]",
    reply_to_req="req-240903-02",
    body=f"""Hello,

After reviewing the channel {Y[3]}, we've decided not to take action
on it. We did not find that it violates our Community Guidelines, and
the information provided does not allow us to conclude that it is
unlawful in South Korea. The channel remains available.

If you have a court order or additional legal information about this
channel, you can submit it through our legal webform.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we've decided not to take action' legal reply",
    why="refusal with its reason for the one named channel",
    items={Y[3]: "rejected"},
)

case(
    name="yt-age-restricted-and-terminated",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Mon, 09 Sep 2024 10:01:07 +0000",
    subject="Update on your report KCSC-240903-02",
    body=f"""Hi there,

We've reviewed the content you reported.

The video {Y[1]} has been age-restricted. It is no longer visible to
viewers who are signed out or under 18.

The channel {Y[3]} has been terminated for violating our spam,
deceptive practices and scams policies.

Thanks for helping keep YouTube safe.
- The YouTube Team

(c) 2024 Google LLC, fictional address for test purposes
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report-outcome notice: age restriction and channel termination",
    why="age-restricted = restricted; terminated channel = removed",
    items={Y[1]: "restricted", Y[3]: "removed"},
)

case(
    name="yt-dsa-notice-decision",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 13:26:50 +0000",
    subject="Decision on your notice KCSC-240903-02",
    body=f"""Decision on your notice

Notice reference: KCSC-240903-02
Submitted: 3 September 2024

Item: {Y[0]}
Decision: content removed
Ground: Community Guidelines - illegal or regulated goods and services
Automated means used for the decision: No

Item: {Y[2]}
Decision: access disabled in the Republic of Korea
Ground: local law
Automated means used for the decision: No

You may seek redress through the options described at
https://support.google.com/legal/answer/3110420

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 16(5)-style decision on a notice, one block of fields per item",
    why="field blocks: removal for the first video, disabled in Korea (restricted) for the Short",
    items={Y[0]: "removed", Y[2]: "restricted"},
)

case(
    name="yt-pipe-text-table",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:08:12 +0000",
    subject="Re: KCSC-240903-02 [3-8812000038721] results",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Please see the results for your request below.

| URL | Outcome |
|---|---|
| {Y[0]} | Removed (Community Guidelines) |
| {Y[1]} | Blocked in KR |
| {Y[2]} | No action - does not violate our policies |

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply pasted as a plain-text table",
    why="one outcome per row: removed, restricted, rejected",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="meta-restricted-local-law",
    **{"from": "noreply-contentrestrictions@support.facebook.com"}, name_from="Meta Content Restrictions",
    date="Fri, 06 Sep 2024 16:44:03 +0000",
    subject="Your request KCSC-240904-03",
    body=f"""Hello,

Thank you for your report. We have restricted access to the following
content in South Korea, as it was reported to be unlawful under local
law:

{M[0]}
{M[2]}

We also reviewed {M[4]} and found that it does not go against our
Community Standards and that the request did not show it to be
unlawful. We are not taking action on this account.

Learn more about how we respond to government requests:
https://transparency.meta.com/reports/content-restrictions

Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law response to a government requester",
    why="two items restricted in Korea; the account refused with its reason; transparency link is not an item",
    items={M[0]: "restricted", M[2]: "restricted", M[4]: "rejected"},
)

case(
    name="instagram-numbered-removed",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram",
    date="Sat, 07 Sep 2024 03:30:00 +0000",
    subject="Re: KCSC-240904-03 report about content on Instagram",
    reply_to_req="req-240904-03",
    body=f"""Hi,

We've reviewed the content you reported and taken the following action:

1. {M[2]} \u2014 removed (Community Guidelines: regulated goods)
2. {M[3]} \u2014 removed
3. {M[4]} \u2014 account disabled

The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report-outcome email as a numbered list",
    why="two posts removed, account disabled (= removed)",
    items={M[2]: "removed", M[3]: "removed", M[4]: "removed"},
)

_meta_csv = "content_url,decision,notes\n" + "\n".join([
    f"{M[0]},Removed,Community Standards - restricted goods and services",
    f"{M[1]},Restricted in KR,Local law",
    f"{M[2]},No action,Does not go against Community Standards",
    f"{M[3]},Not found,Content no longer exists at this URL",
]) + "\n"
case(
    name="meta-csv-attachment",
    **{"from": "records@meta.com"}, name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 08:15:26 +0000",
    subject="KCSC-240904-03 - outcome",
    reply_to_req="req-240904-03",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_771_20240909"

------=_Part_771_20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find the outcome of your request KCSC-240904-03 in the attached
file. Items not listed are still under review.

Meta Government Requests

------=_Part_771_20240909
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-03_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-03_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
------=_Part_771_20240909--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request outcome delivered as a CSV attachment",
    why="CSV rows: removed, restricted, no action (rejected), not found; fifth item not in the file",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "not_found"},
)

case(
    name="facebook-url-below-statement",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date="Tue, 10 Sep 2024 11:52:37 +0000",
    subject="We reviewed the content you reported (KCSC-240904-03)",
    body=f"""Hi KCSC Takedown,

We removed the following post because it goes against our Community
Standards on restricted goods and services:
{M[1]}

We couldn't find any content at the link below. The link may be
incorrect, or the post may have been deleted by the person who shared
it:
{M[0]}

Thanks for letting us know.
The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we reviewed the content you reported' notice, URL below each statement",
    why="post removed; 'we couldn't find any content at the link' is an unhedged not_found (the 'may' only guesses why)",
    items={M[1]: "removed", M[0]: "not_found"},
)

case(
    name="tiktok-notice-decision",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 09:09:09 +0000",
    subject="Decision on your report - KCSC-240905-04",
    body=f"""Hello,

We have completed our review of your report (reference KCSC-240905-04).

Decision:
- We have removed the video {T[0]} for violating our Community
  Guidelines on gambling and regulated goods.
- We have restricted the video {T[1]} in South Korea based on local
  law. It remains available in other regions.

You can learn more about our Community Guidelines at
https://www.tiktok.com/community-guidelines

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok decision email on a legal report (removal and country restriction)",
    why="one video removed, one restricted in Korea; the account is not mentioned",
    items={T[0]: "removed", T[1]: "restricted"},
)

case(
    name="tiktok-bare-url-result-below",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 02:27:45 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body=f"""Hello,

{T[0]}
Result: Removed - violates Community Guidelines

{T[2]}
Result: No violation found - no action taken

Regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok tooling output: bare URL with its result on the line below",
    why="each URL followed by its own result line",
    items={T[0]: "removed", T[2]: "rejected"},
)

case(
    name="tiktok-base64-html",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 06:40:31 +0000",
    subject="An update on your report KCSC-240905-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(
        f"""<html><body>
<p>Hi,</p>
<p>We've banned the account <a href="{T[2]}">{T[2]}</a> for violating our Community Guidelines.</p>
<p>The video <a href="{T[1]}">{T[1]}</a> has been removed.</p>
<p>Thank you for helping keep TikTok safe.</p>
<p>TikTok Trust &amp; Safety</p>
</body></html>
"""),
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification sent base64-encoded",
    why="banned account = removed; video removed",
    items={T[2]: "removed", T[1]: "removed"},
)

case(
    name="tiktok-echoed-report-decision",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 12:00:14 +0000",
    subject="Thanks for your report",
    body=f"""Thanks for your report. We received it and have reviewed it.

Your report
Reported content: {T[1]}
Reason for report: Illegal content - gambling
Reported on: 5 Sep 2024
Reference: KCSC-240905-04

Our decision
We reviewed the video and found that it violates our Community
Guidelines. The video has been removed.

If you disagree, you can appeal this decision in the app.
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email echoing the report and then giving the decision",
    why="the echoed report names the one video; 'the video has been removed' is about it; acknowledgement phrase does not make it an acknowledgement",
    items={T[1]: "removed"},
)

case(
    name="reddit-legal-mixed",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 19:03:22 +0000",
    subject="Re: [KCSC-240906-05] Request for removal of unlawful content",
    reply_to_req="req-240906-05",
    body=f"""Hi there,

Thanks for your request. Here is what we did with each link:

{R[0]}
We have restricted access to this post in South Korea.

{R[1]}
Removed by Reddit admins for violating our Content Policy.

{R[2]}
This post had already been deleted by its author before we received
your request, so there was nothing for us to act on.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply: geo-restriction, admin removal, author-deleted",
    why="restricted, removed, not_found (deleted by its author)",
    items={R[0]: "restricted", R[1]: "removed", R[2]: "not_found"},
)

case(
    name="reddit-outlook-original-message",
    **{"from": "m.tran@reddit.com"}, name_from="Minh Tran",
    date="Tue, 10 Sep 2024 17:48:09 +0000",
    subject="RE: [KCSC-240906-05] Request for removal of unlawful content",
    reply_to_req="req-240906-05",
    body=f"""Hello,

The post below has been removed for violating Reddit's Content Policy:
{R[2]}

I'll follow up separately on the other two.

Thanks,
Minh Tran
Legal Operations, Reddit

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 11:00 AM
To: legal@reddit.com
Subject: [KCSC-240906-05] Request for removal of unlawful content

{quoted_request("KCSC-240906-05", R, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a platform employee above the unquoted original request",
    why="only the one post named above '-----Original Message-----' changes; the others are in the request copy or promised",
    items={R[2]: "removed"},
)

case(
    name="telegram-post-taken-down-angle",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Wed, 11 Sep 2024 14:33:56 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""Hello,

The post <https://t.me/amber_relay_kr/1184> has been taken down, and
the channel @amber_relay_kr is now blocked on all Telegram apps.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk one-paragraph takedown reply, URL in angle brackets",
    why="the requested post taken down (and its channel blocked globally)",
    items={G[0]: "removed"},
)

case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 21:10:44 +0000",
    subject="Re: [KCSC-240910-07] Request for removal of unlawful content",
    reply_to_req="req-240910-07",
    body="""Hello,

Thank you for your report. We've investigated the server you reported
and removed it from Discord for violating our Community Guidelines.

You can read more about the actions we take here:
https://discord.com/safety/360044159011-what-actions-we-take

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we've taken action' reply without the link",
    why="names no URL, but answers (subject ref, In-Reply-To) a one-item request with an unhedged removal of 'the server you reported'",
    items={D[0]: "removed"},
)

# ================================================================ REVIEW
case(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 05:00:12 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req="req-240902-01",
    body=f"""Hello,

We have received your request KCSC-240902-01 and notified the
affected account holders.

Our team will withhold {X[2]} and {X[3]} in South Korea once the
notice period for the account holders has ended, unless they provide
information that changes our assessment. We will let you know when
the action has been taken.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal notice that the account holders were notified and action will follow",
    why="only a conditional promise ('will withhold ... unless'); items stay pending",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="yt-hedge-under-review",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:12:28 +0000",
    subject="Re: KCSC-240903-02 [3-8812000038721]",
    reply_to_req="req-240903-02",
    body=f"""Hello,

Thanks for your patience. Some of the videos you reported may already
have been taken down by their uploaders. The videos
{Y[0]} and {Y[1]} are currently under review by our legal team, and
we'll follow up once a decision has been made.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim legal reply: hedge plus 'under review'",
    why="'may already have been' is a hedge and 'under review' is no statement; named items stay pending",
    items={Y[0]: "pending", Y[1]: "pending"},
)

case(
    name="meta-bulk-restricted-all",
    **{"from": "noreply-contentrestrictions@support.facebook.com"}, name_from="Meta Content Restrictions",
    date="Thu, 12 Sep 2024 15:20:00 +0000",
    subject="Your request KCSC-240904-03",
    body="""Hello,

We reviewed the content in your request KCSC-240904-03 and have
restricted access to all of it in South Korea based on local law.

Meta Platforms, Inc.
""",
    outcome="review", review="bulk",
    imitates="Meta short local-law restriction reply covering a whole request",
    why="'all of it' for a five-item request without naming each item: bulk, nothing applied",
    items={u: "pending" for u in M},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 01:45:39 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req="req-240905-04",
    body="""Hello,

All the videos and accounts you reported under KCSC-240905-04 have
been removed from TikTok.

Regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line legal reply covering all reported content",
    why="statement about all items of a three-item request without naming them: bulk",
    items={u: "pending" for u in T},
)

case(
    name="x-untrusted-dkim-fail",
    **{"from": "legal@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 05 Sep 2024 22:14:51 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    body=f"""Hello,

The following posts were removed today:
{X[0]}
{X[1]}

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X-looking legal reply whose DKIM/SPF/DMARC fail",
    why="x.com sender failing authentication: not trusted, nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="lawfirm-on-behalf-of-tiktok",
    **{"from": "hj.lee@baekyoon-law.example"}, name_from="Hyejin Lee",
    date="Tue, 10 Sep 2024 08:02:17 +0000",
    subject="KCSC-240905-04 - response on behalf of TikTok",
    body=f"""Dear KCSC Takedown Desk,

We act for TikTok Pte. Ltd. in relation to your request KCSC-240905-04.

On behalf of our client, we confirm that the video
{T[0]} has been removed.

Yours faithfully,
Hyejin Lee
Baek & Yoon LLC (fictional)
""",
    outcome="review", review="unknown_sender",
    imitates="outside counsel replying on a platform's behalf",
    why="sender is not a TikTok domain; statement not trusted",
    items={T[0]: "pending"},
)

case(
    name="snap-wrong-platform-link",
    **{"from": "lawenforcement@snap.com"}, name_from="Snap Inc. Law Enforcement Operations",
    date="Wed, 11 Sep 2024 18:37:02 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""Hello,

Thank you for contacting Snap. We reviewed the link you submitted,
{T[2]}, but this account is not on Snapchat and we were unable to
locate it on our service. Please contact the platform that hosts it.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement desk reply to a request for another platform's content",
    why="Snap stating 'unable to locate' for a TikTok item: wrong platform, nothing applied",
    items={T[2]: "pending"},
)

case(
    name="yt-asks-more-info",
    **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 07:50:40 +0000",
    subject="Re: KCSC-240903-02 [3-8812000038721] additional information needed",
    reply_to_req="req-240903-02",
    body=f"""Hello,

To process your request KCSC-240903-02 we need more information about
the following items:

{Y[0]}
{Y[3]}

Please reply with the specific provision of Korean law the content is
said to violate and, for the video, the timestamps where the content
appears. We are unable to proceed with these items until we receive
this information.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal request for more information (law provision, timestamps)",
    why="asks for more information before acting; named items stay pending",
    items={Y[0]: "pending", Y[3]: "pending"},
)

case(
    name="reddit-portal-notice-no-claims",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 20:00:00 +0000",
    subject="Changes to how Reddit receives government removal requests",
    body="""Hello,

We are writing to government agencies that have contacted Reddit Legal
in the past year. From 1 October 2024, government requests to remove
content should be submitted through our online portal rather than by
email:

https://support.reddithelp.com/hc/en-us/requests/new?ticket_form_id=gov

Requests sent by email after that date may take longer to process.

Reddit Legal
""",
    outcome="review", review="no_claims",
    imitates="Reddit circular announcing a new intake portal",
    why="trusted platform email naming no item and no request of ours",
    items={},
)

case(
    name="instagram-conflicting-template",
    **{"from": "legal-noreply@instagram.com"}, name_from="Instagram",
    date="Fri, 13 Sep 2024 04:25:13 +0000",
    subject="Re: KCSC-240904-03 report about content on Instagram",
    reply_to_req="req-240904-03",
    body=f"""Hi,

The reel {M[3]} has been removed for going against our Community
Guidelines.

Summary of your report
Content: {M[3]}
Outcome: No violation found. This content remains available on
Instagram.

The Instagram Team
""",
    outcome="review", review="conflicting_statements",
    imitates="Instagram report-outcome email whose summary block contradicts its text",
    why="the same reel is said to be removed and to remain available: conflicting",
    items={M[3]: "pending"},
)

case(
    name="x-unmatched-typo-url",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req="req-240902-01",
    body="""Hello,

Regarding KCSC-240902-01, the following post has been withheld in
South Korea:
https://x.com/moonlit_dealer/status/1830412210000000009

X Legal
""",
    outcome="review", review="unmatched_claims",
    imitates="X legal reply quoting a mistyped post id",
    why="the withheld post is not one we requested (id differs in its last digit); nothing applied",
    items={},
)

case(
    name="telegram-appears-deleted",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date="Tue, 10 Sep 2024 09:41:00 +0000",
    subject="Re: KCSC-240909-06",
    reply_to_req="req-240909-06",
    body="""Hello,

The post https://t.me/amber_relay_kr/1184 appears to have been deleted
by the channel's administrators. We are looking into the channel
itself.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk hedged reply",
    why="'appears to have been deleted' is a hedge, not a statement; the one item stays pending",
    items={G[0]: "pending"},
)

# ================================================================ IGNORED
case(
    name="x-ack-case-number",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Mon, 02 Sep 2024 01:31:12 +0000",
    subject="Case# 0452918830: we received your report [KCSC-240902-01]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Hello,

Thank you for contacting X. We have received your report and a case
has been opened.

Your case number is 0452918830. Please keep this number for any
future correspondence about this report.

Please do not reply to this message; replies to this address are not
monitored.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X automatic case-number receipt",
    why="pure receipt: no statement about any item",
    items={},
)

case(
    name="yt-out-of-office",
    **{"from": "dkwon@google.com"}, name_from="Daniel Kwon",
    date="Tue, 03 Sep 2024 02:00:31 +0000",
    subject="Automatic reply: KCSC-240903-02 Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your email. I am out of the office until Monday 16
September with limited access to email.

For urgent legal removal matters please use the YouTube legal webform.
Your message will not be forwarded.

Daniel Kwon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange out-of-office auto-reply from a platform employee",
    why="out-of-office auto-reply",
    items={},
)

_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal@reddit-ops.example
Subject: [KCSC-240906-05] Request for removal of unlawful content
Date: Fri, 06 Sep 2024 11:00:00 +0900
Message-ID: <req-240906-05@kcsc.example>
Content-Type: text/plain; charset=utf-8

{quoted_request("KCSC-240906-05", R, prefix="")}
"""
case(
    name="dsn-bounce-reddit-request",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date="Fri, 06 Sep 2024 02:00:09 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="8C1F21A0.1725588009/mx.kcsc.example"

--8C1F21A0.1725588009/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@reddit-ops.example>: host mx.reddit-ops.example[203.0.113.25] said:
    550 5.1.1 <legal@reddit-ops.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--8C1F21A0.1725588009/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 11:00:02 +0900 (KST)

Final-Recipient: rfc822; legal@reddit-ops.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.reddit-ops.example
Diagnostic-Code: smtp; 550 5.1.1 <legal@reddit-ops.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--8C1F21A0.1725588009/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_orig}
--8C1F21A0.1725588009/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request (sent to a mistyped address)",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="meta-read-receipt",
    **{"from": "sohee.cha@meta.com"}, name_from="Sohee Cha",
    date="Wed, 04 Sep 2024 03:12:55 +0000",
    subject="Read: [KCSC-240904-03] Request for removal of unlawful content",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_NextPart_mdn_0904"

------=_NextPart_mdn_0904
Content-Type: text/plain; charset=utf-8

Your message

  To: content-restrictions@meta.com
  Subject: [KCSC-240904-03] Request for removal of unlawful content
  Sent: Wednesday, September 4, 2024 9:45 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:12 PM (UTC+09:00) Seoul.

------=_NextPart_mdn_0904
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; sohee.cha@meta.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_mdn_0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) for our request",
    why="read receipt only",
    items={},
)

case(
    name="tiktok-ack-ticket",
    **{"from": "legal-noreply@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 05 Sep 2024 06:01:44 +0000",
    subject="[Ticket #TT-5512093] We received your request KCSC-240905-04",
    body="""Hello,

Thanks for reaching out. We've received your request and a member of
our team will review it. Your ticket number is TT-5512093.

You don't need to reply to this email. We'll contact you if we need
anything else.

TikTok Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok ticket-system receipt",
    why="pure acknowledgement; 'will review' is the ticket's future, no item named",
    items={},
)

case(
    name="twitch-unmonitored-autoreply",
    **{"from": "no-reply@twitch.tv"}, name_from="Twitch",
    date="Tue, 10 Sep 2024 06:10:20 +0000",
    subject="Auto: [KCSC-240910-07] Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""This mailbox is not monitored. Your email has not been read.

To report content on Twitch, please use the in-product reporting tool.
Law enforcement and government agencies should use the portal
described at https://safety.twitch.tv/s/article/Law-Enforcement

Twitch
""",
    outcome="ignored", classification="auto_reply",
    imitates="Twitch 'this mailbox is not monitored' auto-response (our request was copied to Twitch)",
    why="auto-reply from an unmonitored mailbox",
    items={},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord",
    date="Tue, 10 Sep 2024 06:12:02 +0000",
    subject="[Discord] Re: [KCSC-240910-07] Request for removal of unlawful content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- Please type your reply above this line -##

Your request (41187263) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform help desk",
    why="ticket receipt, no statement",
    items={},
)


HEADER = """# Blind set blind970: English notices from many platforms (X, YouTube,
# Meta, TikTok, Reddit, Discord, Telegram; Twitch and Snapchat mail that
# changes nothing). Written by tests/corpus/blind970/make.py from each
# email's meaning, before the reader was run on it. Each case is judged
# alone on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
