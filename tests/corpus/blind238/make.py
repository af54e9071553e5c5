#!/usr/bin/env python3
"""Blind set 238: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch; Snapchat and Pinterest configured).

    python3 tests/corpus/blind238/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own words; the expected results were
written from each email's meaning alone, before any run of the reader.
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

SET = "blind238"

# ---------------------------------------------------------------- requests
M = [
    "https://www.facebook.com/groups/harbourlight.market/posts/80011223344/",
    "https://www.facebook.com/groups/harbourlight.market/posts/80011223391/",
    "https://www.facebook.com/groups/harbourlight.market/posts/80011224410/",
    "https://www.facebook.com/watch/?v=3100558812",
    "https://www.facebook.com/profile.php?id=100089554433",
    "https://www.facebook.com/dalnim.goods/posts/pfbid0aZr8kQmT4vW",
    "https://www.facebook.com/marketplace/item/7712093345/",
    "https://www.instagram.com/p/C9kR2mTxAb1/",
    "https://www.instagram.com/p/C9mW8yLq0Zs/",
    "https://www.instagram.com/reel/C9nB4vHs7Pq/",
    "https://www.instagram.com/p/C9pX1aaTt3e/",
    "https://www.instagram.com/moonlit.pharm_kr/",
    "https://www.instagram.com/stories/moonlit.pharm_kr/3451122334455667788/",
]
X = [
    "https://x.com/haneul_deals/status/1831100223344556677",
    "https://x.com/haneul_deals/status/1831100223344559901",
    "https://x.com/quietpier88/status/1831255500011122233",
    "https://x.com/sobaek_mkt",
]
Y = [
    "https://www.youtube.com/watch?v=Qe7tLm2Xw9A",
    "https://www.youtube.com/shorts/Hn3kPz8Yc1B",
    "https://www.youtube.com/@gangbyeon-tv",
]
T = [
    "https://www.tiktok.com/@nightbus.kr/video/7410022334455667788",
    "https://www.tiktok.com/@nightbus.kr/video/7410022334455669901",
    "https://www.tiktok.com/@salt.lamp.shop/video/7411199887766554433",
    "https://www.tiktok.com/@salt.lamp.shop",
    "https://www.tiktok.com/@mirae_pick/video/7412233445566778899",
]
R = [
    "https://www.reddit.com/r/kpharmadeals/comments/1f8abc2/cheap_pills_no_prescription/",
    "https://www.reddit.com/r/kpharmadeals/comments/1f8ad9x/restock_today/",
]
D = ["https://discord.gg/moonrelay"]
W = [
    "https://www.twitch.tv/videos/2245567890",
    "https://www.twitch.tv/nightowl_kr",
]

REQUESTS = [
    ("KCSC-240903-01", "meta", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00", M,
     "illegal_drugs", "prescription drugs sold without prescription (Facebook groups, Instagram)"),
    ("KCSC-240904-02", "x", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", X,
     "gambling", "illegal online gambling promotion"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:45:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "gambling", "gambling site advertising videos and channel"),
    ("KCSC-240909-04", "tiktok", "2024-09-09T14:10:00+09:00", "2024-09-16T23:59:59+09:00", T,
     "illegal_drugs", "drug sale videos and seller account"),
    ("KCSC-240910-05", "reddit", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", R,
     "illegal_drugs", "posts offering medicines without prescription"),
    ("KCSC-240911-06", "discord", "2024-09-11T16:20:00+09:00", "2024-09-18T23:59:59+09:00", D,
     "illegal_drugs", "server invite used for drug sales"),
    ("KCSC-240912-07", "twitch", "2024-09-12T13:00:00+09:00", "2024-09-19T23:59:59+09:00", W,
     "gambling", "gambling stream VOD and channel"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(plain, html, boundary, plain_cte="8bit"):
    """multipart/alternative with a text and an HTML part."""
    body_plain = qp(plain) if plain_cte == "quoted-printable" else plain
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        f"Content-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: {plain_cte}\n\n"
        f"{body_plain.strip()}\n\n"
        f"--{boundary}\n"
        f"Content-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n"
        f"{html.strip()}\n\n"
        f"--{boundary}--\n"
    )


QUOTED_REQUEST_X = """> Dear X Legal team,
>
> The Korea Communications Standards Commission requests the removal of
> the following content under the Act on Promotion of Information and
> Communications Network Utilization (illegal gambling promotion).
> Reference: KCSC-240904-02
>
> 1. https://x.com/haneul_deals/status/1831100223344556677
> 2. https://x.com/haneul_deals/status/1831100223344559901
> 3. https://x.com/quietpier88/status/1831255500011122233
> 4. https://x.com/sobaek_mkt
>
> Please reply by 11 September 2024.
> KCSC Takedown Desk"""

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# APPLIED
# ======================================================================

case(
    name="x-legal-withheld-kr-mixed",
    date="Fri, 06 Sep 2024 08:12:40 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240904-02 - Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your request, which we have reviewed under the X Rules and
the local law you cited.

We have withheld the following posts in South Korea. They remain
visible to people outside the country:

{X[0]}
{X[1]}

The following post was reviewed and we have not found it to violate the X
Rules or the law cited in your request, so we are not taking action on it
at this time:

{X[2]}

Your request did not give a reason for the account @sobaek_mkt beyond the
posts above; we will write separately about it.

Regards,
X Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal-request reply: country-withheld content (CWC) plus a refusal for one post",
    why="two posts withheld in Korea (restricted), one refused with its reason (rejected); account only promised a later answer",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "rejected", X[3]: "pending"},
)

case(
    name="x-account-withheld-top-posted",
    date="Mon, 09 Sep 2024 02:30:05 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240904-02 - Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

Following up on our earlier reply: the account @sobaek_mkt
({X[3]}) is now withheld in South Korea in response to your
request. People in Korea who visit the profile will see a notice that
the account has been withheld there.

Regards,
X Legal

On Wed, Sep 4, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{QUOTED_REQUEST_X}
""",
    outcome="applied",
    classification="confirmation",
    imitates="X withheld-account notice, Gmail-style top-posted reply over the quoted request",
    why="account withheld in Korea is restricted; the quoted request lists all four URLs but is not a statement",
    items={X[3]: "restricted"},
)

case(
    name="x-post-removed-multipart",
    date="Tue, 10 Sep 2024 11:45:19 +0000",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    subject="Case 0391-KR-22871: your report has been resolved",
    extra_headers=["References: <req.KCSC-240904-02@kcsc.example>"],
    raw_mime=alt(
        f"""
Hi KCSC Takedown,

Thanks for your report (reference KCSC-240904-02). After reviewing the
post you reported, we found it broke our rules on illegal or certain
regulated goods and services, and we removed it.

Post: {X[2]}
Action: Removed

You don't need to do anything else. Help Center: https://help.x.com/en/rules-and-policies

X Support
""",
        f"""
<html><body>
<p>Hi KCSC Takedown,</p>
<p>Thanks for your report (reference KCSC-240904-02). After reviewing the
post you reported, we found it broke our rules on illegal or certain
regulated goods and services, and we removed it.</p>
<p>Post: <a href="{X[2]}">{X[2]}</a><br>Action: <b>Removed</b></p>
<p>You don't need to do anything else. <a href="https://help.x.com/en/rules-and-policies">Help Center</a></p>
<p>X Support</p>
</body></html>
""",
        "=_x_b1_2201",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="X Support report-resolved notice (plain + HTML alternative)",
    why="post removed for breaking the rules; help-centre link is not an item",
    items={X[2]: "removed"},
)

case(
    name="x-html-table-outcomes",
    date="Thu, 12 Sep 2024 07:03:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="KCSC-240904-02 outcome summary",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Please find below the final outcome for each URL in your request KCSC-240904-02.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Outcome</th></tr>
<tr><td>1</td><td>{X[0]}</td><td>Removed - violation of the X Rules</td></tr>
<tr><td>2</td><td>{X[1]}</td><td>Removed - violation of the X Rules</td></tr>
<tr><td>3</td><td>{X[2]}</td><td>Withheld in KR</td></tr>
<tr><td>4</td><td>{X[3]}</td><td>No action - no violation found</td></tr>
</table>
<p>Kind regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="X legal outcome summary as an HTML table",
    why="table row per URL: two removed, one withheld in Korea, one no action for no violation",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="yt-legal-blocked-and-removed",
    date="Mon, 09 Sep 2024 05:21:44 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="[8-1903000037012] Re: KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal request, we have blocked the following content
from view on YouTube in South Korea:
{Y[0]}

After review, we have removed the following content from YouTube globally
because it violated our Community Guidelines:
{Y[1]}

We are still looking at the remaining URL in your request and will get
back to you.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome email ('blocked from view in [country]' / 'removed globally')",
    why="statement line, then the URL on the line below: one blocked in Korea, one removed; the channel is only promised",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "pending"},
)

case(
    name="yt-channel-terminated-qp",
    date="Wed, 11 Sep 2024 09:02:10 +0000",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    subject="Update on your report - KCSC-240905-03",
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        + qp(f"""Hi KCSC Takedown Desk,

We've reviewed the channel you reported to us under reference KCSC-240905-03 \u2014 {Y[2]} \u2014 and terminated it for repeated violations of our spam, deceptive practices and scams policies. The channel and all of its videos are no longer available on YouTube.

Thanks for helping keep YouTube safe.

\u2013 The YouTube Team
https://support.google.com/youtube/answer/2802032
""")
    ),
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'channel terminated' report-update email, quoted-printable",
    why="channel terminated and no longer available: removed; the support link is not an item",
    items={Y[2]: "removed"},
)

case(
    name="yt-age-restricted-bare-url",
    date="Thu, 12 Sep 2024 03:14:55 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="[8-1903000037012] Re: KCSC-240905-03",
    reply_to_req=mid("KCSC-240905-03"),
    body=f"""
Hello,

Here is the outcome for the Short we had still under review.

{Y[1]}
Outcome: age-restricted. The Short is no longer shown to viewers who are
signed out or under 18.

Best regards,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal support follow-up: age restriction applied",
    why="bare URL with its outcome on the line below: age-restricted is restricted",
    items={Y[1]: "restricted"},
)

case(
    name="meta-local-law-html-table",
    date="Fri, 06 Sep 2024 12:40:31 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref]",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=alt(
        f"""
Hello,

We reviewed the content in your report under Meta's Community Standards
and local law. Results for the first six URLs:

{M[0]}  - Restricted in South Korea (local law)
{M[1]}  - Restricted in South Korea (local law)
{M[2]}  - Restricted in South Korea (local law)
{M[3]}  - Restricted in South Korea (local law)
{M[4]}  - Removed (Community Standards)
{M[5]}  - Content not found

We'll follow up on the remaining URLs.

Meta Legal Requests
""",
        f"""
<html><body>
<p>Hello,</p>
<p>We reviewed the content in your report under Meta's Community Standards
and local law. Results for the first six URLs:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{M[0]}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{M[1]}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{M[2]}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{M[3]}</td><td>Restricted in South Korea (local law)</td></tr>
<tr><td>{M[4]}</td><td>Removed (Community Standards)</td></tr>
<tr><td>{M[5]}</td><td>Content not found</td></tr>
</table>
<p>We'll follow up on the remaining URLs.</p>
<p>Meta Legal Requests</p>
</body></html>
""",
        "----=_meta_7731",
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply with a decision table (text + HTML)",
    why="six URLs each with its own decision; the other seven are only promised",
    items={M[0]: "restricted", M[1]: "restricted", M[2]: "restricted", M[3]: "restricted",
           M[4]: "removed", M[5]: "not_found"},
)

META_CSV = f"""content_url,decision,basis,decided_at_utc
{M[6]},Removed,Community Standards - Restricted goods,2024-09-09 03:11
{M[7]},Restricted in KR,Local law,2024-09-09 03:15
{M[8]},Removed,Community Standards - Restricted goods,2024-09-09 03:18
{M[9]},No action,No violation of Community Standards or local law found,2024-09-09 03:22
{M[10]},Not found,Content does not exist,2024-09-09 03:25
{M[11]},Account disabled,Community Standards - Restricted goods,2024-09-09 03:30
{M[12]},Not found,Story expired before review,2024-09-09 03:31
"""

case(
    name="meta-csv-attachment",
    date="Mon, 09 Sep 2024 04:02:12 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref] remaining URLs",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="b2_meta_csv_01"\n\n'
        "--b2_meta_csv_01\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\n"
        "Please find attached the decisions for the remaining seven URLs in your\n"
        "request KCSC-240903-01, one row per URL.\n\n"
        "Meta Legal Requests\n\n"
        "--b2_meta_csv_01\n"
        'Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_decisions.csv"\n'
        'Content-Disposition: attachment; filename="KCSC-240903-01_decisions.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64(META_CSV) + "\n\n"
        "--b2_meta_csv_01--\n"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Meta legal-requests reply with a CSV of per-URL decisions",
    why="CSV rows: removed, restricted in KR, removed, no action (rejected), not found, account disabled (removed), story expired (not_found)",
    items={M[6]: "removed", M[7]: "restricted", M[8]: "removed", M[9]: "rejected",
           M[10]: "not_found", M[11]: "removed", M[12]: "not_found"},
)

case(
    name="meta-instagram-prose-angle",
    date="Sat, 07 Sep 2024 01:19:48 +0000",
    **{"from": "no-reply@mail.instagram.com"},
    name_from="Instagram",
    subject="We removed the content you reported",
    extra_headers=["In-Reply-To: <req.KCSC-240903-01@kcsc.example>"],
    body=f"""
Hi kcsc_takedown,

Thanks for your report. We removed the post <{M[7]}> because it goes
against our Community Guidelines on the sale of regulated drugs. We also
disabled the account that shared it, <{M[11]}>, so it can no
longer be seen on Instagram.

Learn more about our Community Guidelines:
<https://help.instagram.com/477434105621119>

The Instagram Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram 'we removed the content you reported' notice",
    why="URLs in angle brackets: post removed, account disabled (removed)",
    items={M[7]: "removed", M[11]: "removed"},
)

case(
    name="meta-dsa-sor-instagram",
    date="Tue, 10 Sep 2024 06:55:00 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Meta",
    subject="Decision on your report (KCSC-240903-01)",
    body=f"""
Decision on your report

We've reviewed the content you reported to us under the law of the
Republic of Korea.

Reported content:   {M[10]}
Decision:           Access restricted in the Republic of Korea
Reason:             Unlawful under local law (Pharmaceutical Affairs Act)
Territorial scope:  Republic of Korea
Automated means:    No, the decision was made by a reviewer
Date of decision:   10 September 2024

The content is still available outside the Republic of Korea because we
did not find that it goes against our Community Standards.

If you disagree with this decision, you can find your options at
https://www.facebook.com/help/contact/reportdecisions

Meta
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta notice of decision to a notifier in DSA statement-of-reasons layout",
    why="field layout: reported content with access restricted in Korea; appeal link is not an item",
    items={M[10]: "restricted"},
)

case(
    name="meta-numbered-list",
    date="Thu, 05 Sep 2024 08:08:08 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref]",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Dear KCSC Takedown Desk,

We have an early outcome for four of the URLs you sent us:

1. {M[0]}
   Removed for violating our policy on restricted goods and services.

2. {M[1]}
   Removed for violating our policy on restricted goods and services.

3. {M[2]}
   This post had already been deleted by the person who shared it before
   we reviewed it, so there was nothing for us to act on.

4. {M[5]}
   We reviewed this post and it does not go against our Community
   Standards. We have left it up.

Best regards,
Hana
Meta Legal Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta legal reply as a numbered list, status on the line under each URL",
    why="two removed, one deleted by its author (not_found), one left up as not violating (rejected)",
    items={M[0]: "removed", M[1]: "removed", M[2]: "not_found", M[5]: "rejected"},
)

case(
    name="meta-marketplace-bilingual",
    date="Wed, 04 Sep 2024 23:40:00 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Korea Legal",
    subject="Re: KCSC-240903-01 Marketplace listing",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

The Marketplace listing {M[6]} has been removed.

안녕하세요.
요청하신 마켓플레이스 게시물 {M[6]}은 삭제 처리되었습니다.

Best regards / 감사합니다.
Meta Korea Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta Korea bilingual (English/Korean) short legal reply",
    why="the listing removed, stated in English and again in Korean with a particle attached to the URL",
    items={M[6]: "removed"},
)

case(
    name="meta-echoed-report",
    date="Wed, 11 Sep 2024 10:10:10 +0000",
    **{"from": "support@support.facebook.com"},
    name_from="Instagram Help Center",
    subject="Your Instagram report [Case 441298733]",
    body=f"""
Hi,

Here is a copy of the report you sent us (KCSC-240903-01, Instagram part):

  Reported content:
  - {M[7]}
  - {M[8]}
  - {M[9]}
  Reason given: sale of prescription medicines without a prescription

What we decided:

{M[7]}: we didn't find that this post goes against our Community
Guidelines, so it will stay on Instagram.

{M[8]}: access to this post is now restricted in South Korea because
it appears to be unlawful under Korean law.

{M[9]}: access to this reel is now restricted in South Korea for the
same reason.

Thanks,
Instagram Help Center
""",
    outcome="applied",
    classification="confirmation",
    imitates="Instagram Help Center reply echoing the report before the decisions",
    why="echoed list is not a statement; decisions per URL: one stays up (rejected), two restricted in Korea",
    items={M[7]: "rejected", M[8]: "restricted", M[9]: "restricted"},
)

case(
    name="meta-query-urls",
    date="Thu, 12 Sep 2024 02:02:02 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref] video and profile",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello again,

On second review we took further action on two items from your request:

- The video at {M[3]} has been removed from Facebook
  (previously restricted in South Korea only).
- The profile at {M[4]} has been disabled.

Meta Legal Requests
""",
    outcome="applied",
    classification="confirmation",
    imitates="Meta legal follow-up escalating a local-law restriction to removal",
    why="URLs with query strings: video removed, profile disabled (removed)",
    items={M[3]: "removed", M[4]: "removed"},
)

case(
    name="tiktok-dsa-sor",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="TikTok: decision on your report 7412009981",
    body=f"""
Your report: 7412009981
Your reference: KCSC-240909-04

Statement of reasons

Content concerned: {T[0]}
Decision: The video has been made unavailable in your region.
Territorial scope: South Korea
Facts and circumstances: Report submitted by the Korea Communications
Standards Commission identifying the video as unlawful under local law.
Legal ground: Local law of the Republic of Korea
Use of automated means: Human review
Redress: You may request a review of this decision within 180 days at
https://www.tiktok.com/legal/report/feedback

TikTok Trust and Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok statement of reasons / notice of decision with DSA Article 17 fields",
    why="made unavailable in the region (South Korea) is restricted; feedback link not an item",
    items={T[0]: "restricted"},
)

case(
    name="tiktok-outcome-bullets",
    date="Wed, 11 Sep 2024 04:45:12 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Dear KCSC,

Thank you for your notice. Our Trust and Safety team has completed its
review. Results:

* {T[1]} - removed (violates our Community Guidelines on drugs and controlled substances)
* {T[2]} - removed (same policy)
* {T[3]} - account permanently banned
* {T[4]} - no violation found; the video remains available

If you have new information about the last video, please send it to us.

TikTok Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok legal reply with a bulleted outcome list",
    why="two videos removed, account banned (removed), one no violation (rejected); invitation to send more is not asks_more",
    items={T[1]: "removed", T[2]: "removed", T[3]: "removed", T[4]: "rejected"},
)

case(
    name="tiktok-base64-invalid-link",
    date="Thu, 12 Sep 2024 09:09:09 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240909-04 - video 7412233445566778899",
    reply_to_req=mid("KCSC-240909-04"),
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(f"""Dear KCSC,

Regarding {T[4]}:
the link you provided is invalid or the video no longer exists on TikTok.
We could not find any content at that address.

Best,
TikTok Legal
""")
    ),
    outcome="applied",
    classification="confirmation",
    imitates="TikTok legal reply saying the link is invalid, base64 body",
    why="invalid link / no content at that address is not_found",
    items={T[4]: "not_found"},
)

case(
    name="tiktok-angle-next-line",
    date="Fri, 13 Sep 2024 02:20:00 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Safety",
    subject="Update on your report (KCSC-240909-04)",
    body=f"""
Hi,

Thanks for your report. We've taken the following actions.

The following video was removed for violating our Community Guidelines:
<{T[0]}>

The following account has been permanently banned:
<{T[3]}>

TikTok Safety
https://www.tiktok.com/community-guidelines
""",
    outcome="applied",
    classification="confirmation",
    imitates="TikTok report-update notice, URL in angle brackets on the line after its statement",
    why="video removed, account banned (removed)",
    items={T[0]: "removed", T[3]: "removed"},
)

case(
    name="reddit-legal-removed-and-deleted",
    date="Thu, 12 Sep 2024 18:00:41 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240910-05 Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hello,

Thank you for your request. We've reviewed the posts you identified.

We have removed the following post from Reddit in response to your
request:
{R[0]}

The other post you listed,
{R[1]}
had been deleted by its author before we reviewed your request, so there
was nothing left for us to remove.

Best,
Reddit Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal reply to a government removal request",
    why="one removed; one deleted by its author before review (not_found), URL inside the sentence on its own line",
    items={R[0]: "removed", R[1]: "not_found"},
)

case(
    name="reddit-geoblock-outlook-quote",
    date="Fri, 13 Sep 2024 15:33:00 +0000",
    **{"from": "j.ortega@reddit.com"},
    name_from="Jamie Ortega",
    subject="RE: KCSC-240910-05 Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hi KCSC team,

Update on the second post: we have geo-blocked
{R[1]}
so it is no longer accessible from South Korea.

Jamie Ortega
Legal Operations, Reddit, Inc.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 10, 2024 10:00 AM
To: legal@reddit.com
Subject: KCSC-240910-05 Removal request

Dear Reddit Legal,

Please remove the following posts, which offer prescription medicines
without a prescription:

{R[0]}
{R[1]}

Reference: KCSC-240910-05
""",
    outcome="applied",
    classification="confirmation",
    imitates="Reddit legal operations reply in Outlook with '-----Original Message-----' quoting",
    why="second post geo-blocked in Korea (restricted); the quoted request below is not a statement",
    items={R[1]: "restricted"},
)

case(
    name="reddit-wrapped-url",
    date="Sat, 14 Sep 2024 00:12:00 +0000",
    **{"from": "j.ortega@reddit.com"},
    name_from="Jamie Ortega",
    subject="RE: KCSC-240910-05 Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    body="""
Hi again,

To confirm for your records: the post at https://www.reddit.com/r/kpharmadeals/comments/1f8abc2/
cheap_pills_no_prescription/ was removed by Reddit admins on 12 September
and now shows "Removed by Reddit" to all users.

Jamie Ortega
Legal Operations, Reddit, Inc.
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply from Outlook whose line wrapping broke a long URL",
    why="the URL is wrapped after 'comments/1f8abc2/' but is plainly the first requested post; removed",
    items={R[0]: "removed"},
)

case(
    name="discord-ticket-solved",
    date="Fri, 13 Sep 2024 20:05:33 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Re: KCSC-240911-06 illegal drug sales server",
    reply_to_req=mid("KCSC-240911-06"),
    body=f"""
##- Please type your reply above this line -##

Your request (31928844) has been updated. To add additional comments,
reply to this email.

Discord Trust & Safety (Discord)

Hello,

Thank you for your report. We investigated the server behind the invite
{D[0]} and found it was being used to sell controlled substances,
which violates our Community Guidelines. The server has been removed
from Discord and the invite no longer works.

Best,
Discord Trust & Safety
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord Trust & Safety ticket-update email (Zendesk layout)",
    why="the server behind the invite removed",
    items={D[0]: "removed"},
)

case(
    name="discord-sole-statement",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    **{"from": "legal@discord.com"},
    name_from="Discord Legal",
    subject="Re: KCSC-240911-06",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
Hello,

Thanks for your notice. Our Safety team reviewed the server you flagged
and it has been removed from Discord for violating our Terms of Service.

Regards,
Discord Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Discord legal short reply naming no URL",
    why="one-item request: 'the server you flagged has been removed' applies to its only item",
    items={D[0]: "removed"},
)

case(
    name="twitch-vod-removed-channel-suspended",
    date="Mon, 16 Sep 2024 22:41:17 +0000",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    subject="Re: KCSC-240912-07 - Twitch content",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Hello,

Thank you for contacting Twitch. We reviewed both URLs in your request.

The past broadcast at {W[0]} has been removed.

The channel {W[1]} has been indefinitely suspended for
violating our Community Guidelines on gambling, and its page is no longer
accessible.

Sincerely,
Twitch Legal
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch legal reply: VOD removed and channel indefinitely suspended",
    why="VOD removed; channel indefinitely suspended and no longer accessible (removed)",
    items={W[0]: "removed", W[1]: "removed"},
)

case(
    name="twitch-no-violation",
    date="Tue, 17 Sep 2024 17:12:00 +0000",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    subject="Re: KCSC-240912-07 - Twitch content",
    reply_to_req=mid("KCSC-240912-07"),
    body=f"""
Hi,

We looked into both items in your request.

- {W[0]}: this past broadcast had already been deleted by the
  streamer before our review.
- {W[1]}: after review we did not find a violation of our Community
  Guidelines or of applicable law on this channel. We won't be taking
  action on it.

Twitch Safety Operations
""",
    outcome="applied",
    classification="confirmation",
    imitates="Twitch Safety reply declining action with its reason",
    why="VOD deleted by the streamer before review (not_found); channel refused for no violation (rejected)",
    items={W[0]: "not_found", W[1]: "rejected"},
)

# ======================================================================
# REVIEW
# ======================================================================

case(
    name="x-promise-withhold",
    date="Thu, 05 Sep 2024 09:00:00 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: KCSC-240904-02 - Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

We have received your request and are reviewing it. Based on our initial
review, the posts below will be withheld in South Korea once our legal
team completes its assessment, which we expect within 5 business days:

{X[0]}
{X[1]}

We will confirm the final outcome by email.

X Legal
""",
    outcome="review",
    review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld once ...' is a promise, not a statement; items stay pending",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="meta-hedged",
    date="Sat, 07 Sep 2024 05:45:00 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref]",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

A quick note on two of your URLs. The video at {M[3]} may
have been taken down by the uploader already; we have not been able to
confirm this on our side. The profile {M[4]} appears to be
inactive, but we are still checking with the relevant team.

We'll write again once we have a definite answer.

Meta Legal Requests
""",
    outcome="review",
    review="not_understood",
    imitates="Meta legal interim reply with hedged observations",
    why="'may have been taken down', 'appears to be inactive', 'still checking' are hedges: nothing applies",
    items={M[3]: "pending", M[4]: "pending"},
)

case(
    name="meta-bulk-all-removed",
    date="Tue, 10 Sep 2024 01:01:00 +0000",
    **{"from": "legal-requests@meta.com"},
    name_from="Meta Legal Requests",
    subject="Re: KCSC-240903-01 [ref:_00D1a_5003x9Kq:ref] closed",
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Hello,

We've completed our review of your request KCSC-240903-01. All of the
reported Facebook and Instagram content has been removed for violating
our Community Standards. We are closing this case.

Meta Legal Requests
""",
    outcome="review",
    review="bulk",
    imitates="Meta legal case-closed reply with a blanket statement",
    why="a statement about all thirteen items without naming any: bulk, items pending",
    items={u: "pending" for u in M},
)

case(
    name="tiktok-bulk-actioned",
    date="Sun, 15 Sep 2024 06:06:06 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body="""
Dear KCSC,

We have actioned the videos and the account in your notice KCSC-240909-04;
they are no longer available on TikTok.

TikTok Legal
""",
    outcome="review",
    review="bulk",
    imitates="TikTok legal one-line blanket confirmation",
    why="five-item request, statement about all of them without naming any: bulk",
    items={u: "pending" for u in T},
)

case(
    name="x-auth-fail",
    date="Fri, 06 Sep 2024 13:13:13 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    auth="fail",
    subject="Re: KCSC-240904-02 - Request to remove content",
    reply_to_req=mid("KCSC-240904-02"),
    body=f"""
Hello,

The following posts have been removed from X:

{X[0]}
{X[1]}

X Legal
""",
    outcome="review",
    review="untrusted",
    imitates="X legal confirmation failing DKIM/SPF/DMARC",
    why="from x.com but authentication fails: untrusted, nothing applies",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="tiktok-lawyer-unknown",
    date="Mon, 16 Sep 2024 02:10:00 +0000",
    **{"from": "s.park@hanbit-legal.example"},
    name_from="Seojun Park (Hanbit Legal)",
    subject="KCSC-240909-04 - salt.lamp.shop video",
    body=f"""
Dear Sir or Madam,

We act for the operator of the TikTok account @salt.lamp.shop. Our client
has deleted the video at {T[2]} and asks that your
request KCSC-240909-04 be closed as far as it concerns our client.

Yours faithfully,
Seojun Park
Hanbit Legal
""",
    outcome="review",
    review="unknown_sender",
    imitates="law firm letter on behalf of the account holder",
    why="not a platform domain; a third party's word does not change a status",
    items={T[2]: "pending"},
)

case(
    name="yt-about-twitch-urls",
    date="Fri, 13 Sep 2024 04:04:04 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="[8-1911000040551] Re: KCSC-240912-07",
    body=f"""
Hello,

We received your request KCSC-240912-07. The URLs below are not on
YouTube and we could not locate them on our service:

{W[0]}
{W[1]}

You may want to contact the service that hosts this content.

YouTube Legal Support
""",
    outcome="review",
    review="wrong_platform",
    imitates="YouTube legal reply to a request that named another service's URLs",
    why="YouTube speaks about Twitch items: wrong platform, nothing applies",
    items={W[0]: "pending", W[1]: "pending"},
)

case(
    name="reddit-asks-court-order",
    date="Wed, 11 Sep 2024 19:30:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: KCSC-240910-05 Removal request",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""
Hello,

Thank you for your request concerning
{R[0]}
{R[1]}

Before we can assess it, please send us the specific provision of Korean
law the posts are said to break and, if one exists, a copy of the
administrative decision or court order. Once we have that information we
will review the posts.

Best,
Reddit Legal
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="asks for the legal basis and order; no statement about the posts",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="staff-forwarded-twitch",
    date="Wed, 18 Sep 2024 01:15:00 +0000",
    **{"from": "jiwoo.han@kcsc.example"},
    name_from="Jiwoo Han",
    subject="Fwd: Re: KCSC-240912-07 - Twitch content",
    body=f"""
FYI, Twitch answered my personal address instead of the desk.

---------- Forwarded message ---------
From: Twitch Legal <legal@twitch.tv>
Date: Tue, Sep 17, 2024 at 9:02 AM
Subject: Re: KCSC-240912-07 - Twitch content
To: Jiwoo Han <jiwoo.han@kcsc.example>

Hello,

The past broadcast at {W[0]} has been removed.

Twitch Legal
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="colleague forwarding a platform reply from a personal inbox (Gmail forward)",
    why="the statement arrives forwarded by staff, not from Twitch's authenticated domain: review",
    items={W[0]: "pending"},
)

case(
    name="x-generic-no-claims",
    date="Sun, 08 Sep 2024 10:20:00 +0000",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    subject="Your report to X",
    body="""
Hi,

Thanks for letting us know about content that may break our rules. We
have reviewed what you reported and taken action where we found a
violation of the X Rules.

You can check the status of your reports in your support dashboard:
https://help.x.com/forms/dashboard

X Support
""",
    outcome="review",
    review="no_claims",
    imitates="X generic report-closed notice with no content named",
    why="trusted X mail naming no item and no request reference, not in a thread",
    items={},
)

case(
    name="tiktok-conditional",
    date="Tue, 10 Sep 2024 12:00:00 +0000",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    subject="Re: KCSC-240909-04",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""
Dear KCSC,

Thank you for your notice. If our local legal team confirms that the
videos below are unlawful under Korean law, we will restrict access to
them in South Korea:

{T[0]}
{T[1]}

We will let you know the result.

TikTok Legal
""",
    outcome="review",
    review="not_understood",
    imitates="TikTok legal interim reply with a conditional promise",
    why="conditional future restriction is not a statement; items pending",
    items={T[0]: "pending", T[1]: "pending"},
)

# ======================================================================
# IGNORED
# ======================================================================

case(
    name="meta-out-of-office",
    date="Tue, 03 Sep 2024 01:31:00 +0000",
    **{"from": "minseo.kwon@meta.com"},
    name_from="Minseo Kwon",
    subject="Automatic reply: KCSC-240903-01 Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""
Thank you for your email. I am out of the office until Monday 23 September
with limited access to email. Legal requests are handled by the team at
legal-requests@meta.com in the meantime.

Minseo Kwon
Public Policy, Meta Korea
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

TWITCH_DSN = f"""This is the mail system at host mx2.twitch.tv.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@twitch.tv>: host mx2.twitch.tv said: 550 5.1.1 User unknown"""

case(
    name="twitch-dsn",
    date="Thu, 12 Sep 2024 04:00:05 +0000",
    **{"from": "MAILER-DAEMON@mx2.twitch.tv"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wz1"\n\n'
        "--DSN.4Wz1\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        + TWITCH_DSN + "\n\n"
        "--DSN.4Wz1\n"
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx2.twitch.tv\n"
        "Arrival-Date: Thu, 12 Sep 2024 04:00:02 +0000\n\n"
        "Final-Recipient: rfc822; legal-kr@twitch.tv\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
        "--DSN.4Wz1\n"
        "Content-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-kr@twitch.tv\n"
        "Subject: KCSC-240912-07 - Twitch content\n"
        "Message-ID: <req.KCSC-240912-07@kcsc.example>\n"
        "Date: Thu, 12 Sep 2024 13:00:00 +0900\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Dear Twitch Legal,\n\n"
        "Please remove the following content (illegal gambling promotion):\n\n"
        f"{W[0]}\n{W[1]}\n\n"
        "Reference: KCSC-240912-07\n\n"
        "--DSN.4Wz1--\n"
    ),
    outcome="ignored",
    classification="bounce",
    imitates="Postfix delivery status notification (user unknown) with the original request attached",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="reddit-mdn",
    date="Tue, 10 Sep 2024 02:14:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Read: KCSC-240910-05 Removal request",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77aa"\n\n'
        "--mdn-77aa\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n"
        "  To: legal@reddit.com\n"
        "  Subject: KCSC-240910-05 Removal request\n"
        "  Sent: Tuesday, September 10, 2024 10:00 AM (UTC+09:00)\n\n"
        "was read on Tuesday, September 10, 2024 11:14 AM (UTC+09:00).\n\n"
        "--mdn-77aa\n"
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;legal@reddit.com\n"
        "Original-Message-ID: <req.KCSC-240910-05@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--mdn-77aa--\n"
    ),
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date="Mon, 09 Sep 2024 05:12:00 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok",
    subject="We've received your report (KCSC-240909-04)",
    body="""
Hi,

We've received your report and created ticket 7412009981. Our team will
review it and you'll hear from us once a decision has been made.

Please don't reply to this email.

TikTok Trust and Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="TikTok report receipt with a ticket number",
    why="a pure acknowledgement of receipt",
    items={},
)

case(
    name="discord-request-received",
    date="Wed, 11 Sep 2024 07:21:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="[Discord] Request received: KCSC-240911-06 illegal drug sales server",
    reply_to_req=mid("KCSC-240911-06"),
    body="""
##- Please type your reply above this line -##

Your request (31928844) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord Trust & Safety
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Discord (Zendesk) 'request received' auto-acknowledgement",
    why="receipt of the request with a ticket number, nothing about the item",
    items={},
)

case(
    name="yt-submission-ack",
    date="Thu, 05 Sep 2024 01:00:30 +0000",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="[8-1903000037012] Your legal request has been received",
    reply_to_req=mid("KCSC-240905-03"),
    body="""
Hello,

Thank you for your submission. This message confirms that we have
received your legal request; its reference number is 8-1903000037012.
Please keep this number for any follow-up.

Regards,
The YouTube Legal Support Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal-removal web-form receipt",
    why="a pure acknowledgement of receipt",
    items={},
)

HEADER = """# Blind set 238 (English notices from many platforms). Written from each
# email's meaning alone, before any run of the reader. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
