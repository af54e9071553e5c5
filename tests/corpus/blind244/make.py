#!/usr/bin/env python3
"""Blind set 244: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind244/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is written in our own words in the manner of a public notice named in
its `imitates` field; all names, handles, ids and URLs are fictional. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests (one row per item)
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

# Meta (12 items, the largest request)
FB_G11 = "https://www.facebook.com/groups/ridgewaytraders/posts/781200450011"
FB_G27 = "https://www.facebook.com/groups/ridgewaytraders/posts/781200450027"
FB_PERMA = "https://www.facebook.com/permalink.php?story_fbid=pfbid02Kx7mQaR&id=100089004521"
FB_PAGE = "https://www.facebook.com/sunhill.pharma.outlet"
FB_PAGEPOST = "https://www.facebook.com/sunhill.pharma.outlet/posts/pfbid0Tq8LmWz3"
IG_P1 = "https://www.instagram.com/p/C9xQk2LmR4a/"
IG_P2 = "https://www.instagram.com/p/C9yTr7NvB1e/"
IG_REEL = "https://www.instagram.com/reel/C8wPz3KdJ0s/"
IG_ACCT = "https://www.instagram.com/quiet.dose.shop/"
FB_MKT = "https://www.facebook.com/marketplace/item/1029384756102938/"
FB_WATCH = "https://www.facebook.com/watch/?v=884102937465120"
IG_P3 = "https://www.instagram.com/p/DAa1Bc2De3F/"
# X (4)
X1 = "https://x.com/pillbay_kr/status/1830412209876543210"
X2 = "https://x.com/pillbay_kr/status/1830412209876543299"
X_ACCT = "https://x.com/night_owl_deals"
X_TW = "https://twitter.com/jb_market77/status/1829003311447720001"
# YouTube (3)
YT1 = "https://www.youtube.com/watch?v=Qm7dLx2RkPa"
YT2 = "https://youtu.be/ZtH4pWc9nE0"
YT_CH = "https://www.youtube.com/@greyroomcasino"
# TikTok (5)
TT1 = "https://www.tiktok.com/@lucky.spin.kr/video/7410021938475610001"
TT2 = "https://www.tiktok.com/@lucky.spin.kr/video/7410021938475610002"
TT_ACCT = "https://www.tiktok.com/@lucky.spin.kr"
TT_VAPE = "https://www.tiktok.com/@mintcloud_vape/video/7409888123456789012"
TT_SHORT = "https://vm.tiktok.com/ZMkR8aP2q/"
# Reddit (2)
RD_POST = "https://www.reddit.com/r/kvapeswap/comments/1f3kq9z/bulk_pods_ship_today/"
RD_USER = "https://www.reddit.com/user/pod_runner_kr/"
# Discord (1)
DC = "https://discord.gg/greenleafkr"
# Twitch (2)
TW_CH = "https://www.twitch.tv/slotkingkr"
TW_VOD = "https://www.twitch.tv/videos/2241098765"

REQUESTS = [
    (R1, "meta", "2024-09-02", "2024-09-09", "drugs", "req-240902-01@kcsc.example",
     "Facebook groups/pages and Instagram accounts selling prescription drugs",
     [FB_G11, FB_G27, FB_PERMA, FB_PAGE, FB_PAGEPOST, IG_P1, IG_P2, IG_REEL,
      IG_ACCT, FB_MKT, FB_WATCH, IG_P3]),
    (R2, "x", "2024-09-04", "2024-09-11", "drugs", "req-240904-02@kcsc.example",
     "X posts and account advertising drug sales", [X1, X2, X_ACCT, X_TW]),
    (R3, "youtube", "2024-09-05", "2024-09-12", "gambling", "req-240905-03@kcsc.example",
     "illegal online casino promotion", [YT1, YT2, YT_CH]),
    (R4, "tiktok", "2024-09-06", "2024-09-13", "gambling", "req-240906-04@kcsc.example",
     "slot-site promotion and vape sales to minors", [TT1, TT2, TT_ACCT, TT_VAPE, TT_SHORT]),
    (R5, "reddit", "2024-09-09", "2024-09-16", "illegal_goods", "req-240909-05@kcsc.example",
     "bulk vape pod resale", [RD_POST, RD_USER]),
    (R6, "discord", "2024-09-10", "2024-09-17", "drugs", "req-240910-06@kcsc.example",
     "server invite for drug trading", [DC]),
    (R7, "twitch", "2024-09-11", "2024-09-18", "gambling", "req-240911-07@kcsc.example",
     "live slot streams with casino referral codes", [TW_CH, TW_VOD]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# --------------------------------------------------------------------------
# MIME helpers (fixed boundaries so the output is deterministic)
# --------------------------------------------------------------------------
def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(text):
    return base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def alternative(boundary, plain, html):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        f"{qp(html)}\n"
        f"--{boundary}--\n"
    )


def fixed_table(rows, widths):
    out = []
    for r in rows:
        out.append("".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="meta-ig-dsa-statement-of-reasons",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    date="Tue, 03 Sep 2024 08:14:09 +0000",
    subject="Decision on your report (KCSC-240902-01): statement of reasons",
    body=f"""
Hello,

This is an update about one of the items in the report your authority
submitted through our form for government and regulatory bodies
(your reference KCSC-240902-01).

Content: {IG_P1}
Decision: We removed this content.
Ground: It goes against our Community Guidelines on restricted goods
and services (offering prescription drugs for sale).
How the decision was made: a member of our review team looked at the
content after your report. The decision was not taken by automated means.
Territorial scope: all countries.

The person who posted it has been told about this decision and can ask
us to take another look. More about how we take action:
https://transparency.meta.com/enforcement/taking-action-overview/

Instagram Regulatory Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram DSA-style statement of reasons sent to a notifier",
    why="one named Instagram post, removed in all countries",
    items={IG_P1: "removed"},
)

case(
    name="meta-legal-restricted-kr-numbered",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Government Requests",
    date="Thu, 05 Sep 2024 02:40:55 +0000",
    subject="RE: KCSC-240902-01 - Content restriction based on local law [Meta ref 8120445537]",
    reply_to_req="req-240902-01",
    body=f"""
Dear KCSC team,

Thank you for your request. After reviewing it against applicable Korean
law, we have restricted access to the following content in South Korea.
We did not find that this content goes against our Community Standards,
so it remains available in other countries.

1. {FB_G11}
2. {FB_G27}
3. {FB_MKT}
4. {FB_WATCH}

We are still assessing the other items in your request and will reply
about them separately.

Information about how we handle government requests to restrict content
is available in our Transparency Center:
https://transparency.meta.com/reports/content-restrictions/country/KR/

Kind regards,
Government & Regulatory Requests
Meta Platforms, Inc.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta legal-team reply on content restricted in one country under local law",
    why="four numbered Facebook URLs restricted in South Korea only",
    items={FB_G11: "restricted", FB_G27: "restricted", FB_MKT: "restricted", FB_WATCH: "restricted"},
)

_meta_html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi,</p>
<p>We have finished reviewing five of the items in your request <b>KCSC-240902-01</b>.
The results are below.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported content</th><th>Outcome</th><th>Details</th></tr>
<tr><td><a href="{IG_P2}">{IG_P2}</a></td><td>Removed</td><td>Goes against our Community Guidelines on restricted goods</td></tr>
<tr><td><a href="{IG_REEL}">{IG_REEL}</a></td><td>Restricted in South Korea</td><td>Local law</td></tr>
<tr><td><a href="{IG_ACCT}">{IG_ACCT}</a></td><td>Account disabled</td><td>Repeated violations</td></tr>
<tr><td><a href="{IG_P3}">{IG_P3}</a></td><td>No action taken</td><td>Did not go against our Community Guidelines or local law</td></tr>
<tr><td><a href="{FB_PERMA.replace('&', '&amp;')}">{FB_PERMA.replace('&', '&amp;')}</a></td><td>Not found</td><td>We could not find this post. The link may be broken or the post may have been deleted.</td></tr>
</table>
<p>If you have questions about these decisions, reply to this email.</p>
<p>Meta Trust &amp; Safety<br>Regulatory Operations</p>
<p style="color:#888;font-size:11px">Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Ireland.
<a href="https://www.facebook.com/help/contact/regulators-kr">Help Centre for regulators</a></p>
</body></html>"""

case(
    name="meta-html-table-five-outcomes",
    **{"from": "regulatory-ops@support.facebook.com"},
    name_from="Meta Trust & Safety",
    date="Mon, 09 Sep 2024 06:05:31 +0000",
    subject="Update on request KCSC-240902-01",
    type="html",
    body=_meta_html,
    outcome="applied", classification="confirmation",
    imitates="Meta regulator-channel outcome summary as an HTML table",
    why="HTML table: removed, restricted in KR, account disabled, no action, not found (a post that cannot be found; 'may have been deleted' is only a guess at why)",
    items={IG_P2: "removed", IG_REEL: "restricted", IG_ACCT: "removed", IG_P3: "rejected", FB_PERMA: "not_found"},
)

_meta_csv = f"""reported_url,decision,scope,decided_at_utc
{FB_PAGEPOST},content removed,global,2024-09-12T09:41:00Z
{FB_PAGE},access restricted,KR,2024-09-12T09:44:00Z
{FB_WATCH},content removed,global,2024-09-12T10:02:00Z
"""

case(
    name="meta-csv-decision-log",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 11:20:17 +0000",
    subject="KCSC-240902-01: decision log (batch 2)",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="b244-meta-csv"

--b244-meta-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear KCSC team,

Please find attached the decision log for the second batch of items from
your request KCSC-240902-01 that we processed today. Each row gives the
reported URL, the decision and where it applies.

Regards,
Government & Regulatory Requests, Meta

--b244-meta-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_batch2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_batch2.csv"
Content-Transfer-Encoding: base64

{b64(_meta_csv)}
--b244-meta-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta government-request decision log sent as a CSV attachment",
    why="base64 CSV: two removals (global) and one Page restricted in KR",
    items={FB_PAGEPOST: "removed", FB_PAGE: "restricted", FB_WATCH: "removed"},
)

case(
    name="meta-bare-url-status-below",
    **{"from": "notification@support.facebook.com"},
    name_from="Facebook",
    date="Fri, 06 Sep 2024 03:12:48 +0000",
    subject="Your request KCSC-240902-01: outcome for 3 links",
    body=f"""
Hello,

Here is the outcome for three of the links in your request.

{FB_G11}
Removed - goes against our Community Standards on restricted goods.

{FB_WATCH}
Restricted in South Korea under local law.

{FB_MKT}
Not found - the seller deleted this listing before we reviewed it.

The remaining links are still with our team.

Thanks,
Facebook Regulatory Support
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook help-centre style outcome list, bare URL with its status on the next line",
    why="each URL's status on the line below it; a listing deleted by the seller is not_found",
    items={FB_G11: "removed", FB_WATCH: "restricted", FB_MKT: "not_found"},
)

case(
    name="meta-outlook-top-posted",
    **{"from": "dwhitfield@meta.com"},
    name_from="Dana Whitfield",
    date="Wed, 11 Sep 2024 07:33:02 +0000",
    subject="RE: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req="req-240902-01",
    body=f"""
Hi,

Following up on your request below: the two Instagram posts
{IG_P1} and {IG_P3} have now been taken down globally.

We are still working through the rest of the list and will come back to
you shortly.

Best,
Dana Whitfield
Public Policy Operations | Meta

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:10 PM
To: Meta Government Requests <govrequests-kr@meta.com>
Subject: [KCSC-240902-01] Request for removal of illegal content

Dear Meta,

Under the Act on Promotion of Information and Communications Network
Utilization, the Commission requests the removal of the following 12
items, which offer prescription drugs for sale:

{FB_G11}
{FB_G27}
{FB_PERMA}
{FB_PAGE}
{FB_PAGEPOST}
{IG_P1}
{IG_P2}
{IG_REEL}
{IG_ACCT}
{FB_MKT}
{FB_WATCH}
{IG_P3}

Please reply by 9 September 2024.

KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Meta staff member's top-posted Outlook reply over the quoted request",
    why="two posts named in the reply are taken down globally; the list below '-----Original Message-----' is our own request",
    items={IG_P1: "removed", IG_P3: "removed", IG_REEL: "pending", IG_ACCT: "pending", FB_PAGE: "pending"},
)

case(
    name="meta-ig-echoed-report",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    date="Tue, 10 Sep 2024 13:58:26 +0000",
    subject="We reviewed your report",
    body=f"""
Thanks for your report

Here's a copy of what you sent us:

  Reported by: KCSC (Republic of Korea)
  Reference: KCSC-240902-01
  Content reported: {IG_P2}
  Reason: Sale of illegal or regulated goods

Our decision: we removed the post because it goes against our Community
Guidelines. Thanks for helping keep Instagram safe.

You also reported the account {IG_ACCT}. That
report is still being reviewed and we'll let you know what we decide.

See all your reports in the Support Requests section of your
professional dashboard: https://www.instagram.com/accounts/support_requests/

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'we reviewed your report' notice echoing the report",
    why="echoed report with its decision (removed); the account is 'still being reviewed' and stays pending",
    items={IG_P2: "removed", IG_ACCT: "pending"},
)

case(
    name="x-withheld-kr-url-below",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Fri, 06 Sep 2024 17:21:40 +0000",
    subject="Case# 0451178203: KCSC-240904-02 - country withheld content",
    body=f"""
Hello,

We have received your legal request (reference KCSC-240904-02).

In response to your request, we have withheld the following post in
South Korea:
{X1}

We have also withheld this post in South Korea:
{X2}

We have notified the account holder where permitted. A copy of your
request may be sent to Lumen (https://lumendatabase.org/) for
publication. For more about country withheld content, see
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X (Twitter) country-withheld-content notice after a legal demand",
    why="two posts withheld in South Korea, each URL on the line below its statement",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Mon, 09 Sep 2024 22:05:13 +0000",
    subject="Case# 0451178203: update on KCSC-240904-02",
    body=f"""
Hello,

Following our review, the account @night_owl_deals
({X_ACCT}) has been permanently suspended for
violating the X Rules on illegal or certain regulated goods and
services. The account and its posts are no longer visible on X.

The other items in your request are being handled separately.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome sent to a legal requester",
    why="account permanently suspended, no longer visible anywhere: removed",
    items={X_ACCT: "removed"},
)

case(
    name="x-twitter-domain-no-action",
    **{"from": "legal-noreply@twitter.com"},
    name_from="X Legal",
    date="Tue, 10 Sep 2024 19:47:02 +0000",
    subject="Case# 0451178203: KCSC-240904-02",
    body=f"""
Hello,

We have reviewed the post at
{X_TW}
that you reported.

Based on our review, we have determined that it does not violate the X
Rules, and we did not find a sufficient basis under Korean law to
withhold it. We are therefore not taking action on this post.

If you have additional legal information, you may submit a new request
through our legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no action taken' legal-request outcome (sent from the legacy twitter.com domain)",
    why="a refusal with its reason for a twitter.com URL, from an X sender domain",
    items={X_TW: "rejected"},
)

_x_gmail = f"""
Hi team,

Quick update on your request. The first post ({X1}) has been removed for violating our rules. The second one ({X2}) no longer exists: it was deleted by the account owner before we got to it.

The other two are still with our legal team.

Thanks,
Priya

--
Priya Nair | Global Government Affairs, X Corp.

On Wed, Sep 4, 2024 at 3:02 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Corp.,
>
> Reference: KCSC-240904-02
>
> The Commission requests the removal of the following content, which
> advertises the sale of narcotics to users in Korea:
>
> 1. {X1}
> 2. {X2}
> 3. {X_ACCT}
> 4. {X_TW}
>
> Please reply by 11 September 2024.
>
> KCSC Takedown Desk
"""

case(
    name="x-gmail-qp-top-posted",
    **{"from": "pnair@x.com"},
    name_from="Priya Nair",
    date="Sat, 07 Sep 2024 01:16:44 +0000",
    subject="Re: KCSC-240904-02 Request for removal",
    reply_to_req="req-240904-02",
    raw_mime=f"""
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(_x_gmail)}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff Gmail-style top-posted reply, quoted-printable, over the quoted request",
    why="first post removed, second deleted by its owner (not_found); the '>' quoted list changes nothing",
    items={X1: "removed", X2: "not_found", X_ACCT: "pending", X_TW: "pending"},
)

case(
    name="x-bulleted-mixed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Thu, 12 Sep 2024 04:30:51 +0000",
    subject="Case# 0451178203: outcome for KCSC-240904-02",
    body=f"""
Hello,

Here is the outcome for your request KCSC-240904-02:

  \u2022 {X1} \u2014 withheld in South Korea
  \u2022 {X_ACCT} \u2014 account withheld in South Korea
  \u2022 {X_TW} \u2014 not found; the post does not exist or the link is invalid

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary as a bulleted list",
    why="post and account withheld in KR, one post does not exist",
    items={X1: "restricted", X_ACCT: "restricted", X_TW: "not_found"},
)

_yt_plain = f"""
Hello,

Thank you for your legal request (your reference KCSC-240905-03).

After review, we have blocked the following content from view on YouTube
in South Korea, based on local law:

- Video: {YT1}
- Video: {YT2}

This content remains available outside South Korea. We may send a copy
of your request to Lumen (https://lumendatabase.org/).

Regards,
The YouTube Legal Support Team
"""
_yt_html = f"""<div>
<p>Hello,</p>
<p>Thank you for your legal request (your reference KCSC-240905-03).</p>
<p>After review, we have blocked the following content from view on YouTube in South Korea, based on local law:</p>
<ul>
<li>Video: <a href="{YT1}">{YT1}</a></li>
<li>Video: <a href="{YT2}">{YT2}</a></li>
</ul>
<p>This content remains available outside South Korea. We may send a copy of your request to <a href="https://lumendatabase.org/">Lumen</a>.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</div>"""

case(
    name="yt-legal-blocked-kr",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 09:02:18 +0000",
    subject="[7-2024000041234] Your legal request KCSC-240905-03",
    raw_mime=alternative("b244-yt-alt", _yt_plain, _yt_html),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support 'blocked from view in your country' outcome (text and HTML)",
    why="two videos blocked in South Korea only: restricted",
    items={YT1: "restricted", YT2: "restricted"},
)

case(
    name="yt-channel-terminated",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Wed, 11 Sep 2024 15:44:09 +0000",
    subject="Update on your report: KCSC-240905-03",
    body=f"""
Hi,

Thanks for your report. After reviewing the content, we've terminated
the channel {YT_CH} for repeated violations of
our Community Guidelines on illegal gambling promotion.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination outcome sent to a reporter",
    why="channel terminated: removed",
    items={YT_CH: "removed"},
)

_yt_b64 = f"""
Hello,

We've completed our review of your request KCSC-240905-03.

{YT1}
We removed this video from YouTube because it violates our policy on
regulated goods and gambling.

{YT2}
We reviewed this video and did not find that it violates our Community
Guidelines or local law. We are not taking action on it.

Regards,
YouTube Trust & Safety
"""

case(
    name="yt-base64-removed-and-refused",
    **{"from": "yt-trustandsafety@google.com"},
    name_from="YouTube Trust & Safety",
    date="Thu, 12 Sep 2024 02:19:55 +0000",
    subject="Re: KCSC-240905-03",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_yt_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety per-video outcome, base64 body",
    why="one video removed, one left up because it breaks no rule",
    items={YT1: "removed", YT2: "rejected"},
)

case(
    name="yt-age-restricted",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Fri, 13 Sep 2024 10:11:37 +0000",
    subject="We reviewed the video you reported",
    body=f"""
Hi,

We reviewed the video you reported ({YT2}) and applied an
age restriction to it. It can no longer be watched by viewers who are
signed out or under 18, and it can't be embedded on other websites.

Your reference: KCSC-240905-03

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice",
    why="age-restricted: restricted",
    items={YT2: "restricted"},
)

_tt_rows = [
    ("Content", "Action", "Ground"),
    (TT1, "Removed", "Gambling (Community Guidelines)"),
    (TT2, "Removed", "Gambling (Community Guidelines)"),
    (TT_ACCT, "Account banned", "Repeated violations"),
]

case(
    name="tiktok-sor-text-table",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Mon, 09 Sep 2024 05:27:03 +0000",
    subject="Statement of reasons - your report KCSC-240906-04",
    body=f"""
Hello,

We have taken the following decisions on content you reported.

{fixed_table(_tt_rows, [66, 17, 32])}

Facts and circumstances: the content was reported by KCSC and reviewed
by our moderation team.
Automated means: not used to detect or decide.
Legal or contractual ground: TikTok Community Guidelines.
Redress: the account holder may appeal in the app.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA-style statement of reasons with a plain-text table",
    why="two videos removed and the account banned, in a fixed-width text table",
    items={TT1: "removed", TT2: "removed", TT_ACCT: "removed"},
)

case(
    name="tiktok-region-restricted-and-invalid-link",
    **{"from": "lawenforcement-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Tue, 10 Sep 2024 08:50:12 +0000",
    subject="Re: KCSC-240906-04 Content removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear Sir or Madam,

Thank you for contacting TikTok.

The video {TT_VAPE} has been made
unavailable in South Korea in accordance with local law.

The short link {TT_SHORT} is invalid and does not lead
to any content on TikTok, so we could not act on it.

Kind regards,
TikTok Law Enforcement Outreach Team
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement team reply on a local-law request",
    why="one video unavailable in KR (restricted), one short link invalid (not_found)",
    items={TT_VAPE: "restricted", TT_SHORT: "not_found"},
)

case(
    name="tiktok-no-violation-angle-brackets",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Wed, 11 Sep 2024 12:03:44 +0000",
    subject="Report result - KCSC-240906-04",
    body=f"""
Hi,

Thanks for your report about <{TT2}>.

After a review by our team we found that this video does not violate our
Community Guidelines or applicable law, so it will stay up.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' report result",
    why="URL in angle brackets, refusal with its reason: rejected",
    items={TT2: "rejected"},
)

case(
    name="tiktok-korean-bilingual-particles",
    **{"from": "krsafety@tiktok.com"},
    name_from="TikTok Korea",
    date="Thu, 12 Sep 2024 06:36:20 +0900",
    subject="[TikTok] KCSC-240906-04 처리 결과 안내 / Result of your request",
    body=f"""
안녕하세요, 틱톡 코리아 안전팀입니다.

요청하신 계정 {TT_ACCT}은 커뮤니티 가이드라인 위반으로 영구 정지되었습니다.
또한 {TT_SHORT}의 동영상은 삭제되었습니다.

(English)
The account {TT_ACCT} has been permanently banned for violating
our Community Guidelines. The video behind {TT_SHORT} has been removed.

감사합니다.
TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual (Korean/English) result notice",
    why="Korean particles glued to the URLs; account banned and video removed, repeated in English",
    items={TT_ACCT: "removed", TT_SHORT: "removed"},
)

case(
    name="reddit-safety-removed-and-suspended",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    date="Wed, 11 Sep 2024 18:22:05 +0000",
    subject="Update on your report (KCSC-240909-05)",
    body=f"""
Hi there,

Thanks for submitting a report to the Reddit Safety team. After
investigating, we've removed the post
{RD_POST}
for breaking Reddit's Content Policy (no transactions of prohibited or
regulated goods).

We've also permanently suspended the account
{RD_USER}

Thanks for helping keep Reddit safe.

Reddit Safety
https://support.reddithelp.com/hc/en-us/articles/reddit-content-policy
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message",
    why="post removed; account permanently suspended (counted as removed)",
    items={RD_POST: "removed", RD_USER: "removed"},
)

case(
    name="reddit-legal-wrapped-angle-url",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 21:09:58 +0000",
    subject="RE: KCSC-240909-05 request for removal",
    body=f"""
Hello,

The post at
<https://www.reddit.com/r/kvapeswap/comments/1f3kq9z/
bulk_pods_ship_today/> has been removed by Reddit's Legal team and is
no longer accessible.

We could not take action on u/pod_runner_kr ({RD_USER})
because that account had already been deleted by its owner.

Regards,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply, hard-wrapped with the URL broken inside angle brackets",
    why="post removed (URL wrapped inside <>), account already deleted by its owner: not_found",
    items={RD_POST: "removed", RD_USER: "not_found"},
)

case(
    name="discord-server-removed-sole",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 23:40:31 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body="""
Hi there,

Thanks for your report. We investigated the server you reported and have
removed it from Discord for violating our Community Guidelines. Anyone
trying to use its invite link will now see that the invite is invalid.

Discord Trust & Safety
https://discord.com/safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome (server removed)",
    why="names no URL but answers a one-item request in its thread: the server is removed",
    items={DC: "removed"},
)

case(
    name="twitch-suspended-and-vod-deleted",
    **{"from": "ler-noreply@twitch.tv"},
    name_from="Twitch Law Enforcement Response",
    date="Fri, 13 Sep 2024 16:58:14 +0000",
    subject="Twitch response to KCSC-240911-07",
    body=f"""
Hello,

We have reviewed your request KCSC-240911-07.

- Channel {TW_CH}: indefinitely suspended for violating
  our Community Guidelines on gambling content.
- Past broadcast {TW_VOD}: deleted.

Twitch Law Enforcement Response Team
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch law-enforcement response to a content request",
    why="channel indefinitely suspended and VOD deleted: both removed",
    items={TW_CH: "removed", TW_VOD: "removed"},
)

case(
    name="twitch-vod-gone-channel-kept",
    **{"from": "safety-noreply@twitch.tv"},
    name_from="Twitch Safety",
    date="Tue, 17 Sep 2024 03:22:47 +0000",
    subject="Re: KCSC-240911-07",
    body=f"""
Hi,

We were unable to locate {TW_VOD}; the streamer deleted
that VOD before our review.

For {TW_CH} we reviewed the recent broadcasts and
found no violation of our Community Guidelines, so no enforcement action
was taken on the channel.

Twitch Safety Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch safety team reply: content already gone, channel kept",
    why="VOD deleted by the streamer (not_found), channel left up with its reason (rejected)",
    items={TW_VOD: "not_found", TW_CH: "rejected"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="meta-promise-will-restrict",
    **{"from": "legal-noreply@meta.com"},
    name_from="Meta Government Requests",
    date="Wed, 04 Sep 2024 04:15:29 +0000",
    subject="RE: KCSC-240902-01 - initial assessment",
    body=f"""
Dear KCSC team,

We have completed an initial assessment of your request KCSC-240902-01.
The following content will be restricted in South Korea once our
local-law review is finalised, which we expect within five business
days:

{IG_REEL}
{IG_ACCT}

We will confirm once this is done.

Government & Regulatory Requests, Meta
""",
    outcome="review", review="not_understood",
    imitates="Meta interim legal reply announcing a future restriction",
    why="'will be restricted once ... finalised' is a promise, not a statement",
    items={IG_REEL: "pending", IG_ACCT: "pending"},
)

case(
    name="x-hedge-appears-removed",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    date="Sun, 08 Sep 2024 11:48:36 +0000",
    subject="Case# 0451178203: KCSC-240904-02",
    body=f"""
Hello,

We looked into {X2}. It appears that the post may
already have been removed by the account owner, but we are not able to
confirm this at the moment. We will follow up once we have more
information.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply with a hedged status",
    why="'appears ... may already have been removed' is a hedge",
    items={X2: "pending"},
)

case(
    name="yt-conditional-counter-notice",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 07:05:50 +0000",
    subject="[7-2024000041234] Your legal request KCSC-240905-03",
    body=f"""
Hello,

We have notified the uploader of {YT1} about
your request. If we do not receive a valid response from the uploader
within 10 days, the video will be blocked in South Korea.

We will let you know the final outcome.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim notice (uploader notified, conditional block)",
    why="a conditional future block is not a statement",
    items={YT1: "pending"},
)

case(
    name="tiktok-under-review",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Sun, 08 Sep 2024 14:31:08 +0000",
    subject="Your report KCSC-240906-04 is being reviewed",
    body=f"""
Hi,

The account {TT_ACCT} is currently under review by our
specialist team. Some of its videos may already have been taken down by
the account holder. We'll send you the outcome as soon as the review is
complete.

TikTok Trust and Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok 'your report is under review' status update naming the account",
    why="'under review' and a 'may already have been' hedge: no statement",
    items={TT_ACCT: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "lawenforcement-noreply@tiktok.com"},
    name_from="TikTok Law Enforcement Outreach",
    date="Fri, 13 Sep 2024 09:14:26 +0000",
    subject="Re: KCSC-240906-04 Content removal request - completed",
    body="""
Dear Sir or Madam,

We have reviewed all the content listed in your request KCSC-240906-04,
and all of it has been removed from TikTok for violating our Community
Guidelines.

Kind regards,
TikTok Law Enforcement Outreach Team
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line 'all reported content removed' reply",
    why="one statement about all five items of a five-item request, none named",
    items={TT1: "pending", TT2: "pending", TT_ACCT: "pending", TT_VAPE: "pending", TT_SHORT: "pending"},
)

case(
    name="reddit-bulk-both-actioned",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Thu, 12 Sep 2024 19:55:41 +0000",
    subject="RE: KCSC-240909-05 request for removal",
    body="""
Hello,

Both of the links in your request KCSC-240909-05 have been actioned and
removed by our team.

Regards,
Reddit Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Reddit legal short confirmation covering the whole request",
    why="'both of the links' removed, neither named, two-item request",
    items={RD_POST: "pending", RD_USER: "pending"},
)

case(
    name="x-dkim-fail",
    **{"from": "legal-noreply@x.com"},
    name_from="X Legal",
    auth="fail",
    date="Sat, 07 Sep 2024 18:02:11 +0000",
    subject="Case# 0451178203: KCSC-240904-02 content removed",
    body=f"""
Hello,

The post {X1} has been removed for violating the
X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal removal notice whose DKIM/SPF/DMARC checks fail",
    why="claims to come from x.com but fails authentication",
    items={X1: "pending"},
)

case(
    name="meta-lookalike-domain",
    **{"from": "case-review@meta-trust-support.com"},
    name_from="Meta Support",
    date="Tue, 10 Sep 2024 03:47:19 +0000",
    subject="Your request KCSC-240902-01 has been processed",
    body=f"""
Dear Partner,

Your request KCSC-240902-01 has been processed. The following items
have been removed:

{FB_G27}
{FB_PAGEPOST}

To view the full decision and download the report, sign in at
http://meta-trust-support.com/decision/KCSC-240902-01

Meta Support Center
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'Meta support' notice from a domain that is not Meta's",
    why="the domain is not any platform's sender domain",
    items={FB_G27: "pending", FB_PAGEPOST: "pending"},
)

case(
    name="twitch-lawyer-unknown-sender",
    **{"from": "m.oake@harlanoake-law.example"},
    name_from="Miriam Oake",
    date="Mon, 16 Sep 2024 05:30:02 +0000",
    subject="KCSC-240911-07 - on behalf of the channel operator",
    body=f"""
Dear Sir or Madam,

We act for the operator of the Twitch channel {TW_CH}.
Our client has deleted the past broadcast {TW_VOD}
and asks the Commission to withdraw request KCSC-240911-07.

Yours faithfully,
Miriam Oake
Harlan & Oake LLP
""",
    outcome="review", review="unknown_sender",
    imitates="law firm writing for a channel operator about a removal request",
    why="not Twitch: a third party's statement about Twitch items",
    items={TW_CH: "pending", TW_VOD: "pending"},
)

case(
    name="yt-about-tiktok-url",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 10:40:33 +0000",
    subject="[7-2024000041299] Your legal request",
    body=f"""
Hello,

Thank you for your request. We were unable to locate the content at
{TT_VAPE} on YouTube. This URL
does not belong to a Google service, so no action was taken.

The YouTube Legal Support Team
""",
    outcome="review", review="wrong_platform",
    imitates="YouTube legal support reply about a URL that is not on YouTube",
    why="YouTube states 'unable to locate' about a TikTok item",
    items={TT_VAPE: "pending"},
)

case(
    name="discord-asks-more",
    **{"from": "noreply@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 20:12:50 +0000",
    subject="Re: [KCSC-240910-06] Request for removal of illegal content",
    reply_to_req="req-240910-06",
    body="""
Hi there,

To act on your request we need a little more information. Please reply
to this email with:

1. the server ID, or links to the specific messages you are reporting;
2. the provision of Korean law the content is alleged to violate.

If we do not hear back within 14 days this ticket will be closed.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for more information",
    why="asks for message links and legal basis before acting",
    items={DC: "pending"},
)

case(
    name="twitch-process-notice-no-claims",
    **{"from": "ler-noreply@twitch.tv"},
    name_from="Twitch Law Enforcement Response",
    date="Sun, 15 Sep 2024 00:05:00 +0000",
    subject="Changes to how Twitch receives government requests",
    body="""
Hello,

From 1 October 2024, Twitch will accept government and regulatory
content requests only through our online portal at
https://www.twitch.tv/p/legal/government-requests/ . Requests sent by
email after that date will receive an automated pointer to the portal.

Please update your records.

Twitch Law Enforcement Response Team
""",
    outcome="review", review="no_claims",
    imitates="Twitch notice about a change in the government-request channel",
    why="trusted Twitch mail naming no item and no request",
    items={},
)

case(
    name="snapchat-unrequested-account",
    **{"from": "support@snapchat.com"},
    name_from="Snapchat Support",
    date="Tue, 17 Sep 2024 02:48:13 +0000",
    subject="Re: Case 0193-4471",
    body="""
Hello,

Thanks for reaching out. The Snapchat account
https://www.snapchat.com/add/kr_pillbox has been locked for violating our
Community Guidelines.

Team Snapchat
""",
    outcome="review", review="unmatched_claims",
    imitates="Snapchat Support case reply about an account",
    why="a trusted statement about a URL that is not in any request",
    items={},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="pinterest-out-of-office",
    **{"from": "mreyes@pinterest.com"},
    name_from="Morgan Reyes",
    date="Mon, 16 Sep 2024 08:00:12 +0000",
    subject="Automatic reply: KCSC contact points for removal requests",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 30 September with
limited access to email. For urgent legal matters please write to
legal@pinterest.com.

Morgan Reyes
Trust & Safety Policy, Pinterest
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office",
    items={},
)

case(
    name="meta-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.meta.com"},
    name_from="Mail Delivery System",
    date="Mon, 02 Sep 2024 07:11:40 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="b244-dsn"

--b244-dsn
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.meta.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<govrequests-korea@meta.com>: host mx2.meta.com said: 550 5.1.1
    Recipient address rejected: user unknown

--b244-dsn
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.meta.com
Arrival-Date: Mon, 2 Sep 2024 07:11:38 +0000

Final-Recipient: rfc822; govrequests-korea@meta.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: user unknown

--b244-dsn
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: <govrequests-korea@meta.com>
Subject: [KCSC-240902-01] Request for removal of illegal content
Message-ID: <req-240902-01@kcsc.example>
Date: Mon, 2 Sep 2024 16:10:00 +0900

Dear Meta,

The Commission requests the removal of the following items:

{FB_G11}
{FB_G27}
{IG_P1}

KCSC Takedown Desk

--b244-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification returning our request",
    why="bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="x-mdn-read-receipt",
    **{"from": "jpike@x.com"},
    name_from="Jordan Pike",
    date="Thu, 05 Sep 2024 00:31:27 +0000",
    subject="Read: [KCSC-240904-02] Request for removal of illegal content",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="b244-mdn"

--b244-mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: Jordan Pike
  Subject: [KCSC-240904-02] Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 3:02:11 PM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 12:31:20 AM (UTC+00:00).

--b244-mdn
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jpike@x.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b244-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "noreply@support.tiktok.com"},
    name_from="TikTok Trust and Safety",
    date="Fri, 06 Sep 2024 10:02:44 +0000",
    subject="We've received your report [Ticket 7735512]",
    body="""
Hi,

We've received your report (your reference KCSC-240906-04) and created
ticket 7735512. Our team will review it and get back to you by email.

Please don't reply to this message; replies to this address are not
monitored.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automated report receipt with ticket number",
    why="pure acknowledgement",
    items={},
)

case(
    name="discord-ticket-receipt",
    **{"from": "noreply@discord.com"},
    name_from="Discord Support",
    date="Tue, 10 Sep 2024 09:15:02 +0000",
    subject="[Discord] Request received: [KCSC-240910-06] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48215530) has been received and is being reviewed by our
support staff.

To add more information to this request, reply to this email.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' receipt from Discord support",
    why="ticket receipt, nothing about the item",
    items={},
)

case(
    name="yt-legal-receipt",
    **{"from": "legal-support-noreply@google.com"},
    name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 08:22:31 +0000",
    subject="[7-2024000041234] We have received your legal request",
    body="""
Hello,

Thank you for contacting Google. This is an automated confirmation that
we have received your legal request regarding YouTube (your reference
KCSC-240905-03). It has been given the reference number 7-2024000041234.

We will review your request and contact you by email. There is no need
to send it again.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automated receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="telegram-abuse-autoreply",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram",
    date="Wed, 04 Sep 2024 12:00:41 +0000",
    subject="Re: KCSC contact points for removal requests",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi,

This is an automatic reply. Your message has been delivered to the
Telegram abuse team. Due to the volume of messages we receive, we may
not be able to reply to each one individually.

To report illegal content in a public channel, please include links to
the specific messages.

The Telegram Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Telegram abuse desk automatic reply",
    why="automatic reply",
    items={},
)


HEADER = """# Blind set 244: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind244/make.py from the case list there; expected
# results come from each email's meaning alone, written before any run.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind244", HEADER, CASES)


if __name__ == "__main__":
    main()
