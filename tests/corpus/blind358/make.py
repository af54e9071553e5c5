#!/usr/bin/env python3
"""Blind set 358: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat/Pinterest only in config).

    python3 tests/corpus/blind358/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
were written from each email's meaning before the reader was run on it.
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

corpuslib.DOMAIN_NAMES.update({
    "legal.x.com": "X Legal",
    "support.facebook.com": "Facebook",
    "facebookmail.com": "Facebook",
    "instagram.com": "Instagram",
    "meta.com": "Meta",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
})

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/velvet_orbit22/status/1831004417720001234",
    2: "https://x.com/velvet_orbit22/status/1831004417720005678",
    3: "https://x.com/nightjar_drops/status/1830877123400112233",
    4: "https://x.com/nightjar_drops/status/1830877123400198765",
    5: "https://x.com/pocket_lumen/status/1830512098760043210",
    6: "https://x.com/haze_mirror_kr/status/1831220987650011122",
    7: "https://x.com/haze_mirror_kr/status/1831220987650033344",
    8: "https://x.com/tinseltrade01/status/1829998877665544332",
    9: "https://x.com/copper_fen/status/1831300011122233344",
    10: "https://x.com/copper_fen/status/1831300011122255566",
    11: "https://x.com/quietmoth_vv/status/1830123456789012345",
    12: "https://x.com/quietmoth_vv",
    13: "https://x.com/grainfield_s/status/1831456789012345678",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm4dT7xLr2A",
    2: "https://www.youtube.com/watch?v=bV9nK1pZw0E",
    3: "https://www.youtube.com/shorts/Hx3rTq8YuLc",
    4: "https://www.youtube.com/@lanternbay_tv",
}
M = {
    1: "https://www.facebook.com/groups/4455667788/posts/9988776655/",
    2: "https://www.facebook.com/marlow.quince.501/posts/1234567890123456",
    3: "https://www.instagram.com/p/C9xYz1AbCdE/",
    4: "https://www.instagram.com/reel/C8kLm2NoPqR/",
}
T = {
    1: "https://www.tiktok.com/@drift.canvas/video/7410123456789012345",
    2: "https://www.tiktok.com/@drift.canvas/video/7410123456789099887",
    3: "https://www.tiktok.com/@sable_kite99/video/7409876543210987654",
}
R = {
    1: "https://www.reddit.com/r/korea_leakz/comments/1f8q2wz/new_set_uploaded/",
    2: "https://www.reddit.com/r/korea_leakz/comments/1f9a7kd/%EC%98%81%EC%83%81_2%ED%8E%B8/",
}
R2_RAW = "https://www.reddit.com/r/korea_leakz/comments/1f9a7kd/영상_2편/"
D = {1: "https://discord.gg/hN7bQ2xVk"}
W = {
    1: "https://www.twitch.tv/videos/2245871036",
    2: "https://www.twitch.tv/ashen_loop_live",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [X[i] for i in range(1, 14)], "deepfake-sexual-abuse", "batch of posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [Y[i] for i in range(1, 5)], "illegal-gambling", "videos, a Short and a channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     [M[i] for i in range(1, 5)], "drug-sales", "Facebook and Instagram"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     [T[i] for i in range(1, 4)], "deepfake-sexual-abuse", ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:40:00+09:00", "2024-09-16T23:59:59+09:00",
     [R[1], R[2]], "deepfake-sexual-abuse", "second URL has a Korean path"),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     [D[1]], "deepfake-sexual-abuse", "server invite"),
    ("KCSC-240911-07", "twitch", "2024-09-11T13:05:00+09:00", "2024-09-18T23:59:59+09:00",
     [W[1], W[2]], "illegal-gambling", "VOD and channel"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return ref.lower() + ".req"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request(ref, prefix="> ", raw_korean=False):
    """The regulator's own request, as quoted below a reply."""
    urls = list(REQ[ref][4])
    if raw_korean:
        urls = [R2_RAW if u == R[2] else u for u in urls]
    lines = [
        "Dear Trust & Safety team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under reference {ref}. Please reply with the action taken",
        "for each URL.",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def mime_b64(text, ctype="text/plain"):
    enc = base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: base64\n\n{enc}\n")


def mime_qp(text, ctype="text/plain"):
    enc = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{enc}\n")


CASES = []


def case(**c):
    CASES.append(c)


# =================================================================== X
case(
    name="x-withheld-kr-bullets",
    date="Thu, 05 Sep 2024 07:12:44 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: Legal demand KCSC-240903-01 - withheld content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email (Country Withheld Content) listing withheld posts",
    why="three posts stated withheld in South Korea, each named in a bullet list",
    items={X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
    body=f"""
Hello,

We have reviewed your legal demand (your reference KCSC-240903-01).

In response to the demand, and in line with our Country Withheld Content
policy, the following posts are now withheld in South Korea:

  * {X[1]}
  * {X[2]}
  * {X[3]}

The posts remain available to users outside South Korea. We are still
assessing the remaining URLs in your demand and will write to you
separately about them.

More information on how we handle legal requests:
https://help.x.com/en/rules-and-policies/x-legal-faqs

Regards,
X Legal
""")

case(
    name="x-mixed-outcomes-prose",
    date="Fri, 06 Sep 2024 02:40:05 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Your report KCSC-240903-01 [ref:_00D1x3K:_5007T2aQm]",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X Legal free-text reply from a legal-policy agent, outcome per URL in prose",
    why="one post removed under the X Rules, one withheld in Korea, one could not be located",
    items={X[4]: "removed", X[5]: "restricted", X[6]: "not_found"},
    body=f"""
Hi KCSC team,

Thanks for your patience while we looked into this.

We found that the post at {X[4]} violated the X Rules on
non-consensual nudity, and it has been removed from the platform. The
post at {X[5]} does not violate the X Rules, but we
have withheld it in Korea in response to your demand. We were unable
to locate any content at {X[6]}; the post ID
does not resolve on our side.

Best,
Dana R.
Legal Policy, X Corp.
""")

case(
    name="x-no-violation-refusal",
    date="Sat, 07 Sep 2024 11:03:19 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X reply declining action after legal review ('no action taken')",
    why="a post is kept up with a reason: it breaks no rule and the demand lacks a legal basis for it",
    items={X[8]: "rejected"},
    body=f"""
Hello,

We have carefully reviewed the following post from your request:

{X[8]}

Based on the information provided, we have determined that this post does
not violate the X Rules, and we were unable to identify a clear basis in
local law for withholding it. Accordingly, we have not taken action and
the post remains available.

If you have a court order or additional legal analysis for this URL,
you are welcome to submit a new request through our legal request portal.

Kind regards,
X Legal
""")

case(
    name="x-account-suspended-top-posted",
    date="Sun, 08 Sep 2024 15:27:51 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="RE: [KCSC-240903-01] Request for removal of content",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X agent top-posting over the regulator's quoted request (Outlook-style)",
    why="only the account is stated suspended above the quote; the quoted list states nothing",
    items={X[12]: "removed", X[11]: "pending", X[1]: "pending", X[13]: "pending"},
    body=f"""
Hello,

Update on one of the URLs below: the account {X[12]} has been
permanently suspended for violating our rules on synthetic and
manipulated media. We will follow up on the other URLs.

Thanks,
X Safety

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-notices@x.com
Subject: [KCSC-240903-01] Request for removal of content

{quoted_request("KCSC-240903-01", prefix="")}
""")

case(
    name="x-html-table",
    date="Mon, 09 Sep 2024 04:55:12 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Outcome of your legal demand KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome notice rendered as an HTML table (URL / action / notes)",
    why="HTML table: one removed, one withheld in KR, one no violation and left up",
    items={X[9]: "removed", X[10]: "restricted", X[13]: "rejected"},
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the outcome of our review of your demand <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action</th><th>Notes</th></tr>
<tr><td><a href="{X[9]}">{X[9]}</a></td><td>Removed</td><td>Violation of the X Rules</td></tr>
<tr><td><a href="{X[10]}">{X[10]}</a></td><td>Withheld (KR)</td><td>Local law</td></tr>
<tr><td><a href="{X[13]}">{X[13]}</a></td><td>No action</td><td>No violation found; content remains available</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">country withheld content</a>.</p>
<p>X Legal</p>
</body></html>
""")

_x_csv = ("url,action,scope,comment\r\n"
          f"{X[7]},withheld,KR,local law\r\n"
          f"{X[2]},not found,,post does not exist\r\n"
          f"{X[5]},removed,global,violation of X Rules\r\n")
case(
    name="x-csv-attachment",
    date="Tue, 10 Sep 2024 08:14:30 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="KCSC-240903-01 - results attached",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome sent as a CSV export attachment",
    why="the attached CSV gives one status per URL: withheld in KR, not found, removed",
    items={X[7]: "restricted", X[2]: "not_found", X[5]: "removed"},
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==xcsv358=="

--==xcsv358==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The results for the URLs we have finished reviewing under your demand
KCSC-240903-01 are in the attached file, one row per URL.

X Legal

--==xcsv358==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_results.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_results.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_x_csv.encode()).decode().strip()}
--==xcsv358==--
""")

case(
    name="x-url-line-below-statement",
    date="Wed, 11 Sep 2024 06:02:47 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: Legal demand KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X legal reply where each outcome sentence is followed by the URL on its own line",
    why="statement line then URL line: one withheld in Korea, one removed",
    items={X[13]: "restricted", X[9]: "removed"},
    body=f"""
Hello,

The following post has been withheld in South Korea in response to your
legal demand:
{X[13]}

The following post has been removed for violating the X Rules:
{X[9]}

X Legal
""")

case(
    name="x-bare-url-status-below",
    date="Wed, 11 Sep 2024 09:45:10 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240903-01 status update",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X ticket-tool export pasted into a reply: URL, then a Status line",
    why="each URL followed by its own Status line: removed, withheld KR, not found",
    items={X[1]: "removed", X[3]: "restricted", X[4]: "not_found"},
    body=f"""
Hi,

Status for the items processed today:

{X[1]}
Status: Removed (violation of X Rules)

{X[3]}
Status: Withheld - KR

{X[4]}
Status: Not found - no content at this URL

Regards,
X Legal Operations
""")

case(
    name="x-dsa-style-statement",
    date="Thu, 12 Sep 2024 13:21:00 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Notice of action taken - KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (Art. 17 fields) sent to a notifier",
    why="structured notice: visibility restriction, territorial scope Korea, one URL",
    items={X[6]: "restricted"},
    body=f"""
NOTICE OF ACTION TAKEN

Reference: KCSC-240903-01
Content: {X[6]}
Decision: Country withheld content (visibility restricted)
Territorial scope: Republic of Korea
Date of decision: 12 September 2024
Ground: Illegal content under the law of the Republic of Korea, as
  described in the notice received from the notifier.
Facts relied on: the notice and the content of the post.
Automated means used in detection: No
Automated means used in decision: No
Redress: the account holder may appeal through the X Help Center.

This notice is sent for information. Do not reply to this email.
""")

case(
    name="x-ack-plus-removal",
    date="Fri, 13 Sep 2024 01:33:58 +0000",
    **{"from": "support@x.com"},
    subject="Case# 0918-553-2471 [KCSC-240903-01]",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="applied", classification="confirmation",
    imitates="X support case email that opens with a receipt line and then states an outcome",
    why="receipt sentence plus an unhedged removal statement for one named post: not an acknowledgement",
    items={X[5]: "removed"},
    body=f"""
Hello,

Thanks for reaching out. We received your report and opened case
0918-553-2471.

After review, we removed the post {X[5]}
for violating our sensitive media policy.

You can check the status of your reports at https://help.x.com/forms.

X Support
""")

# =================================================================== YouTube
case(
    name="yt-legal-blocked-and-removed",
    date="Fri, 06 Sep 2024 10:08:31 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="[KCSC-240904-02] YouTube legal removal request - outcome",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="Google/YouTube legal removals team outcome email (local-law block vs. policy removal)",
    why="one video blocked from view in South Korea, one removed for Community Guidelines",
    items={Y[1]: "restricted", Y[2]: "removed"},
    body=f"""
Hello,

Thank you for your legal request regarding the content listed below.

After reviewing the content in light of your request, we have blocked
the following video from view on YouTube in South Korea:
- {Y[1]}

In addition, we found that this video violates YouTube's Community
Guidelines and removed it from YouTube globally:
- {Y[2]}

For more information about our policies, please see
https://support.google.com/youtube/answer/9288567.

Regards,
The YouTube Legal Support Team
""")

case(
    name="yt-age-restricted-and-no-action",
    date="Sat, 07 Sep 2024 03:51:22 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: age restriction for one item, no action with reasons for another",
    why="the Short is age-restricted; the channel was reviewed and left up as not violating",
    items={Y[3]: "restricted", Y[4]: "rejected"},
    body=f"""
Hi there,

We've reviewed the items in your request.

{Y[3]} - we've applied an age restriction to this Short. It
is no longer visible to viewers who are signed out or under 18.

{Y[4]} - after review, we did not find a violation of our
Community Guidelines or a legal basis to block this channel, so we are
not taking action on it at this time and it remains available.

Sincerely,
YouTube Legal Support
""")

_yt_qp = f"""Hello,

We=E2=80=99re writing with an update on your request KCSC-240904-02.

The channel {Y[4]} has been terminated for repeated violations of our Community Guidelines; the channel and its videos are no longer available on YouTube.

The video {Y[1]} was already deleted by the uploader before our review, so there was nothing left for us to action.

Best regards,
The YouTube Team
"""
case(
    name="yt-qp-channel-terminated",
    date="Sun, 08 Sep 2024 22:17:05 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your request KCSC-240904-02",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="YouTube templated update, quoted-printable with long unwrapped lines",
    why="channel terminated (removed); one video already deleted by its uploader (not_found)",
    items={Y[4]: "removed", Y[1]: "not_found"},
    raw_mime=mime_qp(_yt_qp.replace("=E2=80=99", "\u2019")),
)

case(
    name="yt-gmail-quoted-request",
    date="Mon, 09 Sep 2024 05:30:44 +0000",
    **{"from": "m.ferreira@google.com"},
    name_from="Marta Ferreira",
    subject="Re: [KCSC-240904-02] Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="applied", classification="confirmation",
    imitates="Gmail reply from a Google legal specialist over the quoted request",
    why="two items stated above the quote; the quoted list (four URLs) states nothing",
    items={Y[2]: "removed", Y[3]: "restricted", Y[1]: "pending", Y[4]: "pending"},
    body=f"""
Hi,

Quick update on two of the URLs: we've removed the video
{Y[2]}, and the Short
{Y[3]} has been age-restricted.

Thanks,
Marta

On Wed, 4 Sep 2024 at 11:30, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240904-02")}
""")

# =================================================================== Meta
case(
    name="meta-local-law-restricted",
    date="Mon, 09 Sep 2024 18:02:13 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    subject="Your report KCSC-240905-03 - action taken",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="Meta government-report reply: policy removal first, local-law restriction otherwise",
    why="two Facebook posts restricted in South Korea; the Instagram post removed under Community Standards",
    items={M[1]: "restricted", M[2]: "restricted", M[3]: "removed"},
    body=f"""
Hello,

Thank you for your report. We reviewed the content you reported against
our Community Standards and applicable local law.

The following Instagram post goes against our Community Guidelines and
we have removed it:
{M[3]}

The following Facebook content does not go against our Community
Standards. Following legal review, we have restricted access to it in
South Korea based on local law:
{M[1]}
{M[2]}

Learn more about how we handle content reported as violating local law:
https://transparency.meta.com/reports/content-restrictions

Meta Law Enforcement Response Team
""")

case(
    name="meta-instagram-no-violation",
    date="Tue, 10 Sep 2024 12:44:50 +0000",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    subject="We reviewed the reel you reported",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we didn't take it down' report outcome",
    why="the reel was reviewed and kept up because it does not go against the guidelines",
    items={M[4]: "rejected"},
    body=f"""
Hi,

We reviewed the reel you reported ({M[4]}) and found
that it doesn't go against our Community Guidelines, so we didn't take
it down.

We understand this may be disappointing. You can still block or
restrict the account so you don't see its posts.

See our Community Guidelines: https://help.instagram.com/477434105621119

The Instagram Team
""")

case(
    name="meta-dsa-statement-removed",
    date="Wed, 11 Sep 2024 07:19:36 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    subject="Decision on your notice KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="Meta DSA notice-and-action decision email to the notifier (Art. 16(5))",
    why="decision field says removed for the one Instagram URL named",
    items={M[3]: "removed"},
    body=f"""
Decision on your notice

We've made a decision on the content you reported.

  Content reported:    {M[3]}
  Your reference:      KCSC-240905-03
  Decision:            Removed
  Reason:              Goes against our Community Guidelines on
                       restricted goods and services
  Decision made by:    A member of our review team
  Decision date:       11 September 2024

If you disagree with this decision, you can learn about your options at
https://www.facebook.com/help/contact/dsa-appeal.

Meta Platforms Ireland Limited
""")

case(
    name="meta-outlook-quoted",
    date="Thu, 12 Sep 2024 09:58:02 +0000",
    **{"from": "k.osei@meta.com"},
    name_from="Kwame Osei",
    subject="RE: [KCSC-240905-03] Request for removal",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy staffer replying in Outlook over the original request",
    why="one post removed; one Instagram link returns no content (not_found); quoted list says nothing",
    items={M[2]: "removed", M[3]: "not_found", M[1]: "pending", M[4]: "pending"},
    body=f"""
Dear KCSC colleagues,

Two updates on your request:

- Facebook post {M[2]} has been removed.
- Instagram post {M[3]}: we could not find this content.
  The link returns no post on our side, so no action was possible.

The rest is still with our teams.

Best regards,
Kwame Osei
Public Policy, Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 9:15 AM
To: Kwame Osei <k.osei@meta.com>
Subject: [KCSC-240905-03] Request for removal

{quoted_request("KCSC-240905-03", prefix="")}
""")

# =================================================================== TikTok
case(
    name="tiktok-numbered-list",
    date="Mon, 09 Sep 2024 03:10:27 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: KCSC-240906-04 Content removal request",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement outreach reply with a numbered outcome list",
    why="numbered list: two videos removed, one video could not be found",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
    body=f"""
Dear Sir or Madam,

Thank you for contacting TikTok. Please see the outcome of our review
for each item in your request KCSC-240906-04:

1. {T[1]} - Removed for violating our
   Community Guidelines.
2. {T[2]} - Removed for violating our
   Community Guidelines.
3. {T[3]} - We could not find this
   video. Please check the link.

Kind regards,
TikTok Legal Response Team
""")

_tt_b64 = f"""Hello,

This is an update on your request KCSC-240906-04.

Video: {T[3]}
Outcome: Restricted in your region (Republic of Korea) in accordance with local law.

Video: {T[2]}
Outcome: No violation. After review, this video does not violate our Community Guidelines or local law and will stay on TikTok.

If you have further information, reply to this email.

TikTok Trust and Safety
"""
case(
    name="tiktok-base64-geo-restricted",
    date="Tue, 10 Sep 2024 11:26:40 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="Update: KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety update, base64-encoded body, Video/Outcome pairs",
    why="one video restricted in Korea, another kept up with a reason",
    items={T[3]: "restricted", T[2]: "rejected"},
    raw_mime=mime_b64(_tt_b64),
)

case(
    name="tiktok-kr-team-brackets-particles",
    date="Wed, 11 Sep 2024 05:05:05 +0000",
    **{"from": "jiyoon.han@tiktok.com"},
    name_from="Jiyoon Han",
    subject="Re: [KCSC-240906-04] removal request / 삭제 요청 회신",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea policy staffer replying in English with a Korean summary line",
    why="angle-bracketed URL removed; the other URL, followed by a Korean particle, restricted in Korea",
    items={T[1]: "removed", T[3]: "restricted"},
    body=f"""
Hello KCSC team,

Please find our update below.

- <{T[1]}> has been removed from TikTok.
- <{T[3]}>: access has been restricted in Korea.

요약: {T[1]}는 삭제되었고, {T[3]}은 국내 접근 제한 처리되었습니다.

Best regards,
Jiyoon Han
Trust & Safety, TikTok Korea
""")

# =================================================================== Reddit
case(
    name="reddit-admin-removed-korean-path",
    date="Thu, 12 Sep 2024 20:11:48 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240909-05",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="applied", classification="confirmation",
    imitates="Reddit legal/admin reply: removed by admins vs. already deleted by its author",
    why="first post removed by Reddit; second (raw Korean path) already deleted by its author",
    items={R[1]: "removed", R[2]: "not_found"},
    body=f"""
Hi there,

Thanks for your report. Our team reviewed both posts.

{R[1]} has been removed by Reddit
for violating our Content Policy on non-consensual intimate media.

{R2_RAW} was already deleted by
its author before we reviewed it, so there was nothing for us to remove.

-Reddit Legal
""")

# =================================================================== Discord
case(
    name="discord-server-removed",
    date="Fri, 13 Sep 2024 16:40:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240910-06 - report outcome",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety ticket reply about a server reached by an invite link",
    why="the server behind the requested invite has been removed",
    items={D[1]: "removed"},
    body=f"""
Hi there,

Thank you for reaching out to Discord Trust & Safety.

We investigated the server associated with the invite
{D[1]} and found content that violates our Community
Guidelines. The server has been removed from Discord and the invite no
longer works.

Our Community Guidelines: https://discord.com/guidelines

Discord Trust & Safety
""")

case(
    name="discord-sole-item-all-removed",
    date="Sat, 14 Sep 2024 09:12:33 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="[Discord] Your report has been resolved - KCSC-240910-06",
    reply_to_req=mid("KCSC-240910-06"),
    outcome="applied", classification="confirmation",
    imitates="Discord 'your report has been resolved' templated notice naming no URL",
    why="'removed the content you reported' answers a one-item request: applies to that item",
    items={D[1]: "removed"},
    body="""
Hi,

Thanks for your report. We've reviewed the content you reported and
removed it for violating Discord's Community Guidelines.

Reports like yours help keep Discord safe.

- Discord Safety
""")

# =================================================================== Twitch
case(
    name="twitch-vod-removed-channel-suspended",
    date="Sun, 15 Sep 2024 02:02:02 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: KCSC-240911-07",
    reply_to_req=mid("KCSC-240911-07"),
    outcome="applied", classification="confirmation",
    imitates="Twitch legal/safety reply: VOD removal and indefinite channel suspension",
    why="the VOD was removed and the channel suspended indefinitely (no longer available)",
    items={W[1]: "removed", W[2]: "removed"},
    body=f"""
Hello,

Thank you for your report. We have taken the following actions:

VOD {W[1]} - removed.
Channel {W[2]} - suspended indefinitely; the channel is
no longer accessible on Twitch.

Twitch Legal
""")

case(
    name="twitch-no-violation-vod-gone",
    date="Mon, 16 Sep 2024 07:47:15 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="Re: KCSC-240911-07 - review complete",
    reply_to_req=mid("KCSC-240911-07"),
    outcome="applied", classification="confirmation",
    imitates="Twitch review-complete reply: no violation for the channel, VOD deleted by the streamer",
    why="channel left active (no violation); VOD deleted by its streamer before review",
    items={W[2]: "rejected", W[1]: "not_found"},
    body=f"""
Hi,

We've completed our review.

Channel: {W[2]}
We did not find a violation of the Twitch Community Guidelines, and the
channel remains active.

VOD: {W[1]}
This VOD is no longer available; it was deleted by the
streamer before our review.

Twitch Safety Operations
""")

# =================================================================== REVIEW
case(
    name="x-promise-will-withhold",
    date="Thu, 05 Sep 2024 01:15:40 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: Legal demand KCSC-240903-01",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising future withholding",
    why="only promises ('will be withheld once review concludes'): no statement, items stay pending",
    items={X[1]: "pending", X[2]: "pending"},
    body=f"""
Hello,

We have received your demand and our legal team is reviewing it. Subject
to the outcome of that review, the posts
{X[1]} and
{X[2]}
will be withheld in South Korea. We expect to confirm by the end of the
week.

X Legal
""")

case(
    name="yt-under-review-appears",
    date="Thu, 05 Sep 2024 23:08:11 +0000",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-02] under review",
    reply_to_req=mid("KCSC-240904-02"),
    outcome="review", review="not_understood",
    imitates="YouTube legal interim email: 'under review', 'appears to', 'we will update you'",
    why="under review and hedged ('appears to violate', 'may be removed'): no statement",
    items={Y[1]: "pending"},
    body=f"""
Hello,

Your request is currently under review by our team. Based on an initial
look, the video {Y[1]} appears to violate
our policies and may be removed once the review is complete. We will
update you as soon as we have a decision.

YouTube Legal Support
""")

case(
    name="tiktok-hedge-may-have",
    date="Mon, 09 Sep 2024 10:33:59 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: KCSC-240906-04",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="not_understood",
    imitates="TikTok agent reply hedging whether a video was already taken down",
    why="'may have already been removed' and 'we will check' are hedges: item stays pending",
    items={T[2]: "pending"},
    body=f"""
Hi,

Regarding {T[2]}: it looks like
this video may have already been removed, possibly by the creator. We
will check with our moderation team and confirm.

TikTok Legal Response Team
""")

case(
    name="meta-bulk-all-actioned",
    date="Tue, 10 Sep 2024 21:55:04 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    subject="Your report KCSC-240905-03 has been resolved",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="review", review="bulk",
    imitates="Meta support-inbox style 'we took action on what you reported' without URLs",
    why="'took action on all the content' for a four-item request, no item named: bulk",
    items={M[1]: "pending", M[2]: "pending", M[3]: "pending", M[4]: "pending"},
    body="""
Hello,

Thanks for your report. We reviewed all of the content you reported
under this request and removed it because it goes against our
Community Standards.

Meta
""")

case(
    name="reddit-bulk-two-posts",
    date="Wed, 11 Sep 2024 17:29:33 +0000",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit",
    subject="Your report KCSC-240909-05 has been actioned",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="review", review="bulk",
    imitates="Reddit 'thanks for your report, we removed the content' automated outcome",
    why="'the reported posts have been removed' for a two-item request without naming them: bulk",
    items={R[1]: "pending", R[2]: "pending"},
    body="""
Thanks for submitting a report to the Reddit admin team.

After investigating, we've found that the reported posts violate
Reddit's Content Policy and have been removed.

Thanks again for helping keep Reddit safe.

- Reddit Safety
""")

case(
    name="tiktok-auth-fail",
    date="Thu, 12 Sep 2024 04:40:21 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    auth="fail",
    subject="RE: KCSC-240906-04 - completed",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="untrusted",
    imitates="TikTok-looking outcome whose DKIM/DMARC fail",
    why="platform domain but authentication fails: untrusted, nothing applied",
    items={T[1]: "pending", T[3]: "pending"},
    body=f"""
Dear KCSC,

We have removed the following videos:
{T[1]}
{T[3]}

TikTok Legal Response Team
""")

case(
    name="x-no-auth-results",
    date="Fri, 13 Sep 2024 06:06:06 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    auth="none",
    subject="Re: KCSC-240903-01 removal done",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review", review="untrusted",
    imitates="X-looking legal reply arriving with no Authentication-Results at all",
    why="claims to be x.com but carries no authentication result: untrusted",
    items={X[10]: "pending", X[11]: "pending"},
    body=f"""
Hello,

The posts {X[10]} and
{X[11]} have been removed.

X Legal
""")

case(
    name="vendor-unknown-sender",
    date="Fri, 13 Sep 2024 12:00:45 +0000",
    **{"from": "escalations@clearwave-trustops.example"},
    name_from="ClearWave TrustOps",
    subject="KCSC-240906-04 - removal confirmation on behalf of TikTok",
    reply_to_req=mid("KCSC-240906-04"),
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor (BPO) writing on a platform's behalf",
    why="statement comes from a domain that is not TikTok's: unknown sender",
    items={T[1]: "pending", T[2]: "pending"},
    body=f"""
Hello,

On behalf of our client TikTok, we confirm that the following videos
were removed on 12 September 2024:

{T[1]}
{T[2]}

ClearWave TrustOps - Escalations Desk
""")

case(
    name="discord-about-reddit-post",
    date="Sat, 14 Sep 2024 19:25:10 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: KCSC-240909-05",
    outcome="review", review="wrong_platform",
    imitates="Discord Trust & Safety replying about a URL hosted by another platform",
    why="Discord states the status of a Reddit post: not Discord's item to state",
    items={R[1]: "pending"},
    body=f"""
Hi,

The link in your message, {R[1]},
is a Reddit post and not content hosted on Discord. For what it's worth,
that post has been removed by Reddit. Discord cannot act on it.

Discord Trust & Safety
""")

case(
    name="x-asks-court-order",
    date="Sat, 14 Sep 2024 03:18:44 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240903-01 - additional information required",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal reply requesting a court order / legal basis before acting",
    why="asks for documents before acting on two named URLs: nothing applied",
    items={X[11]: "pending", X[12]: "pending"},
    body=f"""
Hello,

Before we can process the following URLs from your demand, we need
additional information:

{X[11]}
{X[12]}

Please provide a copy of the decision or order relied on, and identify
the specific provision of Korean law that this content is alleged to
violate. Once we receive it, we will continue our review.

X Legal
""")

case(
    name="twitch-generic-no-claims",
    date="Sun, 15 Sep 2024 14:14:14 +0000",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="Thanks for your report",
    outcome="review", review="no_claims",
    imitates="Twitch generic 'thanks for your report, we took appropriate action' mail",
    why="trusted Twitch mail that names no item and references no request",
    items={},
    body="""
Hi takedown,

Thanks for helping keep Twitch safe. Our team reviewed your recent
report and took appropriate action where it was warranted under our
Community Guidelines. For privacy reasons we can't share details about
actions taken against other accounts.

Twitch Safety
https://safety.twitch.tv
""")

case(
    name="meta-conflicting-statements",
    date="Mon, 16 Sep 2024 08:08:20 +0000",
    **{"from": "noreply@facebookmail.com"},
    name_from="Meta",
    subject="Update on your report KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    outcome="review", review="conflicting_statements",
    imitates="Meta notice built from two template blocks that contradict each other",
    why="the same post is said removed and then said to stay up as not violating",
    items={M[1]: "pending"},
    body=f"""
Hello,

We removed the post you reported:
{M[1]}

We reviewed {M[1]} and found
that it doesn't go against our Community Standards, so it will stay on
Facebook.

Meta
""")

# =================================================================== IGNORED
case(
    name="x-legal-receipt",
    date="Tue, 03 Sep 2024 01:05:12 +0000",
    **{"from": "legal-notices@x.com"},
    name_from="X Legal",
    subject="Case# 0903-117-8820: we received your legal request [KCSC-240903-01]",
    reply_to_req=mid("KCSC-240903-01"),
    outcome="ignored", classification="acknowledgement",
    imitates="X legal portal automatic receipt with a case number",
    why="pure receipt: case opened, no statement about any item",
    items={},
    body="""
Hello,

We have received your legal request. Your case number is 0903-117-8820.
Please keep this number for your records; it is not necessary to reply
to this message.

We review every request carefully and will contact you if we need more
information.

X Legal
""")

case(
    name="yt-out-of-office",
    date="Thu, 05 Sep 2024 00:01:10 +0000",
    **{"from": "m.ferreira@google.com"},
    name_from="Marta Ferreira",
    subject="Out of Office: [KCSC-240904-02] Removal request",
    reply_to_req=mid("KCSC-240904-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Google legal specialist",
    why="out-of-office auto-reply",
    items={},
    body="""
Hi,

I'm out of the office until 16 September with limited access to email.
For urgent legal removal matters, please use the YouTube legal webform.

Marta
""")

case(
    name="meta-dsn-bounce",
    date="Thu, 05 Sep 2024 00:15:02 +0000",
    **{"from": "MAILER-DAEMON@mx-in.meta.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning the request with its URL list",
    why="a DSN: the quoted original request names URLs but states nothing",
    items={M[1]: "pending", M[3]: "pending"},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn358meta"

--dsn358meta
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx-in.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<kr-policy-desk@meta.com>: host mailstore2.meta.com[198.51.100.40] said:
    550 5.1.1 <kr-policy-desk@meta.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--dsn358meta
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in.meta.com
Arrival-Date: Thu,  5 Sep 2024 00:15:01 +0000

Final-Recipient: rfc822; kr-policy-desk@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn358meta
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: kr-policy-desk@meta.com
Subject: [KCSC-240905-03] Request for removal
Message-ID: <{mid("KCSC-240905-03")}@kcsc.example>
Date: Thu, 05 Sep 2024 09:15:00 +0900

{quoted_request("KCSC-240905-03", prefix="")}

--dsn358meta--
""")

case(
    name="tiktok-read-receipt",
    date="Fri, 06 Sep 2024 06:20:30 +0000",
    **{"from": "legal-response@tiktok.com"},
    name_from="TikTok Legal",
    subject="Read: KCSC-240906-04 Content removal request",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a TikTok legal mailbox",
    why="message disposition notification only",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn358tt"

--mdn358tt
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-response@tiktok.com
  Subject: KCSC-240906-04 Content removal request
  Sent: Friday, September 6, 2024 2:00:00 PM (UTC+09:00) Seoul

was read on Friday, September 6, 2024 3:20:30 PM (UTC+09:00) Seoul.

--mdn358tt
Content-Type: message/disposition-notification

Reporting-UA: mail.tiktok.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal-response@tiktok.com
Original-Message-ID: <{mid("KCSC-240906-04")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn358tt--
""")

case(
    name="reddit-ticket-receipt",
    date="Mon, 09 Sep 2024 02:00:41 +0000",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    subject="[Reddit Help] Re: KCSC-240909-05 (Request #482139)",
    reply_to_req=mid("KCSC-240909-05"),
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform help desk",
    why="ticket created, will be reviewed: pure acknowledgement",
    items={},
    body="""
##- Please type your reply above this line -##

Your request (482139) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""")

case(
    name="discord-out-of-office",
    date="Tue, 10 Sep 2024 08:30:00 +0000",
    **{"from": "p.lindqvist@discord.com"},
    name_from="Petra Lindqvist",
    subject="Automatic reply: KCSC-240910-06 server invite report",
    reply_to_req=mid("KCSC-240910-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: p.lindqvist@discord.com"],
    outcome="ignored", classification="auto_reply",
    imitates="Exchange 'Automatic reply' from a Discord staff member",
    why="out-of-office auto-reply",
    items={},
    body="""
Thank you for your email. I am on leave until 20 September. Reports
about content on Discord should be sent through https://dis.gd/request,
where the Trust & Safety team will pick them up.

Petra
""")

case(
    name="twitch-dsn-mailbox-full",
    date="Wed, 11 Sep 2024 04:06:15 +0000",
    **{"from": "postmaster@twitch.tv"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Failure)",
    outcome="ignored", classification="bounce",
    imitates="Delivery failure (mailbox full) returned with the request's headers only",
    why="a DSN: delivery failed",
    items={},
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn358tw"

--dsn358tw
Content-Type: text/plain; charset=us-ascii

Delivery to the following recipient failed permanently:

     le-requests@twitch.tv

The recipient's mailbox is full and can't accept messages now.

--dsn358tw
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.twitch.tv

Final-Recipient: rfc822; le-requests@twitch.tv
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn358tw
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: le-requests@twitch.tv
Subject: [KCSC-240911-07] Request for removal
Message-ID: <{mid("KCSC-240911-07")}@kcsc.example>
Date: Wed, 11 Sep 2024 13:05:00 +0900

--dsn358tw--
""")


HEADER = """# Blind set 358 (English notices from many platforms). Written by
# tests/corpus/blind358/make.py; do not edit by hand. Expected results were
# written from each email's meaning before the reader was run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind358", HEADER, CASES)


if __name__ == "__main__":
    main()
