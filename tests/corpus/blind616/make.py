#!/usr/bin/env python3
"""Blind set 616: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Telegram, Snapchat and Pinterest mail
that answers no request of this set).

Written from each email's meaning alone, before the reader was run on it.
Deterministic: `python3 tests/corpus/blind616/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "facebookmail.com": "Facebook",
    "meta.com": "Meta",
    "instagram.com": "Instagram",
    "tiktok.com": "TikTok",
    "reddit.com": "Reddit",
    "redditmail.com": "Reddit",
    "discord.com": "Discord",
    "twitch.tv": "Twitch",
    "snapchat.com": "Snapchat",
    "pinterest.com": "Pinterest",
    "twitter.com": "X",
})

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/harbor_echo77/status/1830012345678901234",
    "https://x.com/lunar_tipster/status/1830087766554433221",
    "https://x.com/lunar_tipster/status/1830099887766554432",
    "https://x.com/casino_gyeol/status/1829955512340098765",
    "https://x.com/casino_gyeol",
    "https://x.com/pill_depot_kr/status/1830201122334455667",
    "https://x.com/pill_depot_kr/status/1830209988776655443",
    "https://twitter.com/old_mirror_22/status/1801234567890123456",
    "https://x.com/sora_leaks/status/1830300011122233344",
    "https://x.com/sora_leaks/status/1830300011122233399",
    "https://x.com/i/web/status/1830411122233344455",
    "https://x.com/dawn_market99/status/1830555666777888999",
]
Y = [
    "https://www.youtube.com/watch?v=Qa7fTz01kLp",
    "https://www.youtube.com/watch?v=mR4xW9bN2cE",
    "https://www.youtube.com/shorts/Hk3pZ8vLq0s",
    "https://www.youtube.com/@nightlotto_live",
]
M = [
    "https://www.facebook.com/groups/448120339912/posts/991203441155/",
    "https://www.instagram.com/p/C9xQm2LtRa1/",
    "https://www.instagram.com/lucky_pill_shop/",
    "https://www.facebook.com/sunrise.dealz.kr/posts/pfbid02xYq8Lm3Nv",
    "https://www.instagram.com/reel/C-aB3dE4fGh/",
]
T = [
    "https://www.tiktok.com/@jinbo.market/video/7409911223344556677",
    "https://www.tiktok.com/@jinbo.market/video/7410022334455667788",
    "https://www.tiktok.com/@hanriver_bets",
]
R = [
    "https://www.reddit.com/r/koreabets/comments/1fb2k9q/%EB%AC%B4%EB%A3%8C_%EC%A4%91%EA%B3%84/",
    "https://www.reddit.com/user/quiet_ferry_22/comments/1fc0x1y/daily_picks_sept/",
]
R1_RAW = "https://www.reddit.com/r/koreabets/comments/1fb2k9q/무료_중계/"
D = ["https://discord.gg/7hQmRz2Kp"]
W = [
    "https://www.twitch.tv/neon_gambit_tv",
    "https://www.twitch.tv/videos/2245567890",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "x", "2024-09-03T01:00:00Z", "2024-09-10T14:59:59Z", X,
     "illegal gambling / drugs", "req-240903-01@kcsc.example",
     'batch from the weekly sweep, incl. one account ("casino_gyeol")'),
    ("KCSC-240904-02", "youtube", "2024-09-04T02:00:00Z", "2024-09-11T14:59:59Z", Y,
     "illegal gambling", "req-240904-02@kcsc.example", "videos, one short, one channel"),
    ("KCSC-240905-03", "meta", "2024-09-05T00:30:00Z", "2024-09-12T14:59:59Z", M,
     "drugs", "req-240905-03@kcsc.example", "Facebook and Instagram, sent to the Meta legal form"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T05:00:00Z", "2024-09-13T14:59:59Z", T,
     "illegal gambling", "req-240906-04@kcsc.example", "two videos, one account"),
    ("KCSC-240909-05", "reddit", "2024-09-09T01:00:00Z", "2024-09-16T14:59:59Z", R,
     "copyright / piracy streaming", "req-240909-05@kcsc.example", "Korean slug percent-encoded"),
    ("KCSC-240910-06", "discord", "2024-09-10T07:00:00Z", "2024-09-17T14:59:59Z", D,
     "obscenity", "req-240910-06@kcsc.example", "invite link only"),
    ("KCSC-240911-07", "twitch", "2024-09-11T00:00:00Z", "2024-09-18T14:59:59Z", W,
     "illegal gambling", "req-240911-07@kcsc.example", "channel, VOD"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission requests the removal of the",
        f"following content under our request {ref}:",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Kind regards,", "KCSC Takedown desk"]
    return "\n".join(lines)


S = {}  # case list built below
cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ X (KCSC-240903-01)
case(
    name="x-legal-withheld-kr-numbered",
    **{"from": "legal-noreply@x.com"},
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject="Re: KCSC-240903-01 - Legal request (Republic of Korea)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for contacting X regarding request KCSC-240903-01.

Following our review of the reported content under local law, we have
withheld access to the following posts in the Republic of Korea:

1. {X[0]}
2. {X[1]}
3. {X[2]}

Users located in Korea will see a notice that the post has been withheld
in response to a legal demand. The posts remain available elsewhere.

We are still assessing the remaining items of this request and will write
separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal 'Country Withheld Content' outcome email to a government reporter",
    why="three posts withheld in Korea (restricted); the rest is announced for later",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted"},
)

_x_rows = [
    (X[3], "Removed - violation of X Rules (illegal goods and services)"),
    (X[4], "Account permanently suspended; no longer viewable"),
    (X[5], "Withheld in KR (local law)"),
    (X[6], "No action - not in violation of the X Rules or local law"),
    (X[7], "Not found - the post does not exist"),
]
_w = max(len(u) for u, _ in _x_rows) + 1
_x_table = "\n".join(
    ["Reported URL".ljust(_w) + "| Outcome", "-" * _w + "+" + "-" * 58]
    + [u.ljust(_w) + "| " + o for u, o in _x_rows]
)
case(
    name="x-mixed-outcomes-text-table",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 06 Sep 2024 02:40:05 +0000",
    subject="[Case 0291734] Your report KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have completed our review of part of your request. Outcome per item:

{_x_table}

If you have further questions, please reply to this email and reference
the case number in the subject line.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal desk reply with per-URL outcome table (text layout)",
    why="removed, account suspended (gone globally), withheld in KR, no action, not found",
    items={X[3]: "removed", X[4]: "removed", X[5]: "restricted", X[6]: "rejected", X[7]: "not_found"},
)

case(
    name="x-top-posted-over-quoted-request",
    **{"from": "j.alvarez@x.com"},
    name_from="Jorge Alvarez (X Legal)",
    date="Fri, 06 Sep 2024 09:02:41 +0000",
    subject="Re: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Hi KCSC team,

Quick update on your request: the two sora_leaks posts
({X[8]} and
{X[9]}) are now withheld in South Korea.

Best,
Jorge

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(request_text("KCSC-240903-01", X, "X"))}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a legal-team employee over the quoted request",
    why="only the two sora_leaks posts are stated; the twelve quoted URLs are our own request",
    items={X[8]: "restricted", X[9]: "restricted"},
)

case(
    name="x-bare-url-status-next-line",
    **{"from": "support@twitter.com"},
    date="Mon, 09 Sep 2024 05:11:37 +0000",
    subject="Re: KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Please find below the current status of the following items from your
request KCSC-240903-01.

{X[10]}
Status: Removed (violation of our Illegal or certain regulated goods or services policy)

{X[11]}
Status: Removed (violation of our Illegal or certain regulated goods or services policy)

{X[0]}
Status: Withheld in Korea

You can learn more about how we handle legal requests at
https://help.x.com/en/rules-and-policies/x-legal-faqs

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support ticket answer, bare URL with 'Status:' line below",
    why="two removed, one withheld in Korea; the help-centre link is not an item",
    items={X[10]: "removed", X[11]: "removed", X[0]: "restricted"},
)

_x_sor_html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We are writing to let you know the outcome of the notice you submitted
under reference KCSC-240903-01.</p>
<h3>Statement of reasons</h3>
<table border="0" cellpadding="4">
<tr><td><b>Content</b></td><td><a href="{X[1]}">{X[1]}</a></td></tr>
<tr><td><b>Decision</b></td><td>Removal of the content</td></tr>
<tr><td><b>Ground</b></td><td>Incompatible with the X Rules (illegal or certain regulated goods or services)</td></tr>
<tr><td><b>Territorial scope</b></td><td>Worldwide</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
<tr><td><b>Automated decision</b></td><td>No</td></tr>
</table>
<p>The post has been removed from X. You may contest this decision through
our <a href="https://help.x.com/forms/dsa-appeal">appeal form</a>.</p>
<p>X Trust &amp; Safety</p>
</body></html>
"""
case(
    name="x-dsa-statement-of-reasons-html-qp",
    **{"from": "noreply-tns@x.com"},
    date="Mon, 09 Sep 2024 12:20:00 +0000",
    subject="Decision on your notice (KCSC-240903-01)",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_x_sor_html),
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons sent to the notifier (X), HTML, quoted-printable",
    why="decision 'removal of the content', worldwide, for one named post; appeal link is not an item",
    items={X[1]: "removed"},
)

_x_orig = f"""-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: KCSC-240903-01 Request for removal of illegal content

{request_text("KCSC-240903-01", X, "X")}
"""
case(
    name="x-outlook-original-message-below",
    **{"from": "m.okafor@x.com"},
    name_from='"Okafor, Mira"',
    date="Tue, 10 Sep 2024 07:45:12 +0000",
    subject="RE: KCSC-240903-01 Request for removal of illegal content",
    reply_to_req="req-240903-01",
    body=f"""
Dear KCSC,

We have withheld the following in South Korea:
- {X[3]}
- {X[4]} (account-level withholding)

We could not locate {X[11]}. Please check the link.

Kind regards,
Mira Okafor
Legal Policy, X Corp.

{_x_orig}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal-policy employee with the request under '-----Original Message-----'",
    why="two withheld in Korea (account too), one not located; the request below is quoted",
    items={X[3]: "restricted", X[4]: "restricted", X[11]: "not_found"},
)

case(
    name="x-echoed-report-outcome",
    **{"from": "noreply@x.com"},
    date="Wed, 11 Sep 2024 03:30:19 +0000",
    subject="Update on your report",
    body=f"""
Thanks for reporting.

Here is a summary of what you told us:

  Report ID: 18274650001
  Reported by: takedown@kcsc.example
  Reason: Illegal or certain regulated goods or services
  Your reference: KCSC-240903-01
  Reported post: {X[10]}

After reviewing the reported post, we found it violated our rules and we
have removed it. The account that posted it has been locked.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Update on your report' notice echoing the report summary",
    why="the echoed post is then said removed",
    items={X[10]: "removed"},
)

case(
    name="x-promise-will-withhold",
    **{"from": "legal-noreply@x.com"},
    date="Wed, 04 Sep 2024 06:02:10 +0000",
    subject="Re: KCSC-240903-01 - Legal request (Republic of Korea)",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have reviewed your request. The posts at

{X[5]}
{X[6]}

will be withheld in the Republic of Korea once our internal legal review is
complete, which usually takes up to 48 hours. We will confirm by email when
the action has been taken.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply promising country withholding",
    why="'will be withheld once review is complete' is a promise, nothing has happened yet",
    items={X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Thu, 12 Sep 2024 22:51:03 +0000",
    subject="RE: KCSC-240903-01 completed",
    body=f"""
Dear Sir/Madam,

Your request KCSC-240903-01 has been handled. The following were removed:

{X[0]}
{X[1]}
{X[2]}

Regards,
X Legal Team
""",
    outcome="review", review="untrusted",
    imitates="forged X legal reply (DMARC fail)",
    why="claims from x.com but authentication fails",
    items={X[0]: "pending", X[1]: "pending", X[2]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "m.okafor@x.com"},
    name_from='"Okafor, Mira"',
    date="Tue, 03 Sep 2024 01:00:40 +0000",
    subject="Automatic reply: KCSC-240903-01 Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req="req-240903-01",
    body="""
Thank you for your message. I am out of the office until Monday 9 September
with limited access to email.

Legal requests from government agencies should be submitted through
https://legal.x.com/en/government-request.html so that they reach the team
on duty.

Mira
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ================================================================ YouTube (KCSC-240904-02)
case(
    name="yt-legal-outcome-three-ways",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 10:12:00 +0000",
    subject="[7-8841002933119] Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for reaching out to YouTube.

After reviewing your request, we have taken the following actions:

We removed {Y[0]} from YouTube for violating our Community Guidelines.

We blocked {Y[1]} from view in South Korea based on local law. It
remains available in other countries.

We did not find {Y[2]} to violate our policies or local law, so it will
remain on YouTube. If you have additional information, you may submit a new
request through our legal webform.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (removed / locally blocked / no action)",
    why="removed, blocked in Korea, no violation found and stays up",
    items={Y[0]: "removed", Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="yt-channel-terminated",
    **{"from": "no-reply@youtube.com"},
    date="Sat, 07 Sep 2024 01:05:55 +0000",
    subject="Update regarding your request KCSC-240904-02",
    body=f"""
Hi there,

We reviewed the channel you flagged:

    {Y[3]}

The channel has been terminated for repeated violations of our spam,
deceptive practices and scams policies. Terminated channels and their
videos can no longer be viewed on YouTube.

Learn more about channel terminations:
https://support.google.com/youtube/answer/2802168

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice to the flagger",
    why="the channel is terminated (removed); the help link is not an item",
    items={Y[3]: "removed"},
)

_yt_b64 = f"""Hello,

Regarding your request KCSC-240904-02:

- {Y[2]}
  This Short has been age-restricted. It is no longer visible to viewers who
  are signed out or under 18.

- {Y[1]}
  This video is no longer available because the uploader deleted it before
  our review.

Best regards,
YouTube Trust & Safety
"""
case(
    name="yt-base64-age-restricted-and-deleted",
    **{"from": "yt-trust-safety@google.com"},
    name_from="YouTube Trust & Safety",
    date="Mon, 09 Sep 2024 04:40:10 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_yt_b64),
    outcome="applied", classification="confirmation",
    imitates="YouTube trust-and-safety reply, base64 plain text, status under each URL",
    why="age-restricted (restricted); deleted by the uploader (not_found)",
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

_yt_alt_text = f"""Hello,

We've completed our review of request KCSC-240904-02.

The following videos have been removed for violating YouTube's
Community Guidelines:
  * {Y[0]}
  * {Y[1]}

Thank you,
YouTube Legal
"""
_yt_alt_html = f"""<html><body>
<p>Hello,</p>
<p>We've completed our review of request KCSC-240904-02.</p>
<p>The following videos have been removed for violating YouTube's Community Guidelines:</p>
<ul>
<li><a href="{Y[0]}">{Y[0]}</a></li>
<li><a href="{Y[1]}">{Y[1]}</a></li>
</ul>
<p>Thank you,<br>YouTube Legal</p>
</body></html>
"""
case(
    name="yt-multipart-alternative-list",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal",
    date="Wed, 11 Sep 2024 02:15:00 +0000",
    subject="Re: KCSC-240904-02 removal request",
    reply_to_req="req-240904-02",
    raw_mime=(
        'Content-Type: multipart/alternative; boundary="yt-alt-0001"\n\n'
        "--yt-alt-0001\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        + _yt_alt_text
        + "\n--yt-alt-0001\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        + qp(_yt_alt_html)
        + "\n--yt-alt-0001--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome, multipart/alternative text+HTML bulleted list",
    why="two videos named under 'have been removed'",
    items={Y[0]: "removed", Y[1]: "removed"},
)

case(
    name="yt-under-review",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 03:22:09 +0000",
    subject="[7-8841002933119] Re: KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thanks for your patience. The items below are currently under review by
our specialist team:

{Y[0]}
{Y[2]}

We'll get back to you once we've reached a decision. No further action is
needed from you at this time.

Sincerely,
The YouTube Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support 'still under review' interim reply",
    why="'under review' is no statement; it names requested items, so a person looks",
    items={Y[0]: "pending", Y[2]: "pending"},
)

case(
    name="yt-legal-webform-receipt",
    **{"from": "legal-support@google.com"},
    name_from="Google Legal Support",
    date="Wed, 04 Sep 2024 02:03:44 +0000",
    subject="[7-8841002933119] We received your request (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for contacting Google. This automatic message confirms that we
have received your legal request. Your case number is 7-8841002933119.

A summary of your submission:
  Product: YouTube
  Country: South Korea
  URLs:
    {Y[0]}
    {Y[1]}
    {Y[2]}
    {Y[3]}

Our team will review your request and respond as appropriate. Please do not
reply to this message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform submission receipt echoing the URLs",
    why="pure receipt with case number; the URLs are our own submission echoed back",
    items={},
)

# ================================================================ Meta (KCSC-240905-03)
case(
    name="meta-ig-removed-and-not-removed",
    **{"from": "notification@facebookmail.com"},
    name_from="Instagram",
    date="Fri, 06 Sep 2024 11:48:30 +0000",
    subject="Update on your report (KCSC-240905-03)",
    body=f"""
Hi,

We've reviewed the content you reported to Instagram.

We removed:
  {M[1]}
  {M[4]}
because they go against our Community Guidelines on drugs.

We didn't remove:
  {M[2]}
We looked at this account and found that it doesn't go against our
Community Guidelines.

You can see the status of your reports in Support Requests:
https://www.instagram.com/accounts/support_requests/

Thanks,
The Instagram Team
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'We removed / We didn't remove' report outcome",
    why="post and reel removed; account found not violating (rejected)",
    items={M[1]: "removed", M[4]: "removed", M[2]: "rejected"},
)

_meta_table = f"""<html><body>
<p>Dear Korea Communications Standards Commission,</p>
<p>Thank you for your request, reference KCSC-240905-03. Having reviewed the reported
content against our Community Standards and applicable local law, please see the
outcome for each item below.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>#</th><th>Reported content</th><th>Action taken</th></tr>
<tr><td>1</td><td>{M[0]}</td><td>Access restricted in South Korea</td></tr>
<tr><td>2</td><td>{M[3]}</td><td>Access restricted in South Korea</td></tr>
<tr><td>3</td><td>{M[2]}</td><td>Content not found</td></tr>
</table>
<p>Access to restricted content remains available outside South Korea.</p>
<p>Regards,<br>Meta Law Enforcement Outreach<br>Meta Platforms, Inc.</p>
</body></html>
"""
case(
    name="meta-legal-html-table",
    **{"from": "records@meta.com"},
    name_from="Meta Legal Requests",
    date="Sat, 07 Sep 2024 04:10:00 +0000",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_meta_table),
    outcome="applied", classification="confirmation",
    imitates="Meta legal-request outcome table (country restriction under local law)",
    why="two restricted in Korea, one not found",
    items={M[0]: "restricted", M[3]: "restricted", M[2]: "not_found"},
)

_meta_req_quote = quoted(request_text("KCSC-240905-03", M, "Meta"))
case(
    name="meta-gmail-reply-wrapped-angle-url",
    **{"from": "h.lindqvist@meta.com"},
    name_from="Hanna Lindqvist",
    date="Mon, 09 Sep 2024 13:02:19 +0000",
    subject="Re: KCSC-240905-03 Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

The group post {M[0]} has been removed for violating our
Restricted Goods and Services policy.

The page post <https://www.facebook.com/sunrise.dealz.kr/posts/
pfbid02xYq8Lm3Nv> is no longer on Facebook: the Page admin deleted it
before our review, so no action was needed on our side.

Best,
Hanna
Meta | Content Regulation

On Thu, Sep 5, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{_meta_req_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-regulation employee reply over the Gmail-quoted request, URL wrapped inside <>",
    why="group post removed; page post deleted by its admin (not_found); the quoted request states nothing",
    items={M[0]: "removed", M[3]: "not_found"},
)

_meta_csv = "URL,Decision,Policy\r\n" + "".join(
    f"{u},{d},{p}\r\n" for u, d, p in [
        (M[0], "Removed", "Restricted goods and services"),
        (M[1], "Restricted in KR", "Local law"),
        (M[2], "No violation", ""),
        (M[3], "Removed", "Restricted goods and services"),
        (M[4], "Not found", ""),
    ]
)
case(
    name="meta-csv-attachment",
    **{"from": "records@meta.com"},
    name_from="Meta Legal Requests",
    date="Tue, 10 Sep 2024 06:30:00 +0000",
    subject="Outcome report - KCSC-240905-03",
    reply_to_req="req-240905-03",
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="meta-mix-77"\n\n'
        "--meta-mix-77\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hello,\n\nPlease find attached the outcome of our review of request KCSC-240905-03,\n"
        "one line per reported URL.\n\nRegards,\nMeta Legal Requests\n"
        "\n--meta-mix-77\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240905-03_outcome.csv\"\n"
        "Content-Disposition: attachment; filename=\"KCSC-240905-03_outcome.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n"
        + "\n".join(base64.b64encode(_meta_csv.encode()).decode()[i:i + 76]
                    for i in range(0, len(base64.b64encode(_meta_csv.encode())), 76))
        + "\n--meta-mix-77--\n"
    ),
    outcome="applied", classification="confirmation",
    imitates="Meta legal outcome sent as a CSV attachment",
    why="CSV: removed, restricted in KR, no violation, removed, not found",
    items={M[0]: "removed", M[1]: "restricted", M[2]: "rejected", M[3]: "removed", M[4]: "not_found"},
)

case(
    name="meta-ack-phrase-plus-removal",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    date="Wed, 11 Sep 2024 09:55:00 +0000",
    subject="Your report KCSC-240905-03",
    body=f"""
Hi,

Thanks for your report - we've received it and reviewed the content.

We removed {M[4]} because it goes against our Community
Standards on restricted goods.

We let the person who posted it know, but we didn't tell them who reported it.

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook report outcome opening with a thank-you/receipt sentence",
    why="receipt phrase, then an unhedged removal of a named reel",
    items={M[4]: "removed"},
)

case(
    name="meta-hedged-may-have",
    **{"from": "h.lindqvist@meta.com"},
    name_from="Hanna Lindqvist",
    date="Fri, 06 Sep 2024 15:20:44 +0000",
    subject="Re: KCSC-240905-03 Request for removal of illegal content",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Looking at {M[1]}, it appears that the post may already have been taken
down, but I can't confirm that from our tools yet. I've asked the
Instagram team to double-check and will come back to you.

Best,
Hanna
""",
    outcome="review", review="not_understood",
    imitates="Meta employee's hedged interim reply",
    why="'appears ... may already have been taken down, can't confirm' is a hedge",
    items={M[1]: "pending"},
)

case(
    name="meta-lookalike-gmail-sender",
    **{"from": "meta.support.desk@gmail.com"},
    name_from="Meta Support",
    auth="none",
    date="Sat, 07 Sep 2024 18:44:12 +0000",
    subject="Re: KCSC-240905-03 - content removed",
    body=f"""
Hello KCSC,

Your report about the following pages was reviewed and the content was removed:
{M[0]}
{M[3]}

Meta Support Team
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'Meta Support' sender on a free-mail domain",
    why="names our request and URLs but comes from no platform's domain",
    items={M[0]: "pending", M[3]: "pending"},
)

_bounce_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-requests@meta-legal.example
Subject: KCSC-240905-03 Request for removal of illegal content
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 09:30:00 +0900

{request_text("KCSC-240905-03", M, "Meta")}
"""
case(
    name="meta-dsn-bounce",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Thu, 05 Sep 2024 00:31:10 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=(
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5501"\n\n'
        "--dsn-5501\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<legal-requests@meta-legal.example>: host mx.meta-legal.example[203.0.113.25] said:\n"
        "    550 5.1.1 <legal-requests@meta-legal.example>: Recipient address rejected:\n"
        "    User unknown (in reply to RCPT TO command)\n"
        "\n--dsn-5501\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Thu,  5 Sep 2024 09:30:02 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; legal-requests@meta-legal.example\n"
        "Action: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n"
        "\n--dsn-5501\nContent-Type: message/rfc822\n\n"
        + _bounce_orig
        + "\n--dsn-5501--\n"
    ),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our request (wrong address)",
    why="delivery failure report; the URLs are our own returned request",
    items={},
)

# ================================================================ TikTok (KCSC-240906-04)
case(
    name="tiktok-restricted-local-law-and-banned",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Mon, 09 Sep 2024 07:00:12 +0000",
    subject="RE: KCSC-240906-04 Government removal request",
    reply_to_req="req-240906-04",
    body=f"""
Dear Sir or Madam,

Thank you for your request. Having reviewed the reported content in line
with our Community Guidelines, Terms of Service and applicable law, we
would like to inform you of the following:

1) {T[0]}
2) {T[1]}
The above videos do not violate our Community Guidelines, but as they
were found to be unlawful under Korean law we have restricted access to
them in South Korea.

3) {T[2]}
This account has been permanently banned for violating our Community
Guidelines and is no longer accessible on TikTok.

Kind regards,
TikTok Law Enforcement and Government Response
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government removal request reply: local restriction vs. guideline ban",
    why="two videos restricted in Korea (statement after the list); account banned (removed)",
    items={T[0]: "restricted", T[1]: "restricted", T[2]: "removed"},
)

case(
    name="tiktok-url-below-statement",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Tue, 10 Sep 2024 03:33:50 +0000",
    subject="RE: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""
Hello,

The following video was removed for violating our Community Guidelines:
{T[0]}

We were unable to find the following account; it may have been renamed
or deleted by its owner, and no account currently exists under this
username:
{T[2]}

Best regards,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal reply, statement line with the URL on the line below",
    why="video removed; no account exists under that name (not_found)",
    items={T[0]: "removed", T[2]: "not_found"},
)

case(
    name="tiktok-dsa-sor-plain",
    **{"from": "no-reply@tiktok.com"},
    date="Wed, 11 Sep 2024 10:05:00 +0000",
    subject="Decision on the content you reported",
    body=f"""
Thank you for your report (ref. KCSC-240906-04).

STATEMENT OF REASONS
Content:            {T[1]}
Type of content:    Video
Decision:           The content has been made unavailable in South Korea
Legal ground:       Illegal content under the laws of the Republic of Korea
Detection:          Notice submitted by a government authority
Automated means:    Not used for this decision

If you disagree with this decision, you can appeal within 6 months in the
TikTok app under Settings > Support > Safety Center.

TikTok
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok statement-of-reasons style decision email",
    why="'made unavailable in South Korea' is a country restriction",
    items={T[1]: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 01:15:00 +0000",
    subject="RE: KCSC-240906-04 Government removal request",
    reply_to_req="req-240906-04",
    body="""
Dear Sir or Madam,

We have completed our review. All of the content listed in your request
KCSC-240906-04 has been removed from TikTok.

Kind regards,
TikTok Law Enforcement and Government Response
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line closing reply covering a whole request",
    why="one statement for a three-item request, no item named",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending"},
)

case(
    name="tiktok-law-firm-unknown-sender",
    **{"from": "j.seo@hanbit-law.example"},
    name_from="Jiwoo Seo, Hanbit Law",
    auth="none",
    date="Fri, 13 Sep 2024 08:20:00 +0000",
    subject="KCSC-240906-04 - on behalf of the account holder",
    body=f"""
Dear KCSC,

We act for the holder of the TikTok account @jinbo.market. Our client has
deleted the two videos referred to in your request KCSC-240906-04:

{T[0]}
{T[1]}

We ask that the matter be considered closed.

Yours faithfully,
Jiwoo Seo
Hanbit Law
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's lawyer",
    why="statuses about TikTok items from a law firm, not the platform",
    items={T[0]: "pending", T[1]: "pending"},
)

case(
    name="tiktok-mdn-read-receipt",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Fri, 06 Sep 2024 06:12:00 +0000",
    subject="Read: KCSC-240906-04 Government removal request",
    raw_mime=(
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-42"\n\n'
        "--mdn-42\nContent-Type: text/plain; charset=utf-8\n\n"
        "Your message\n\n  To: legal-kr@tiktok.com\n"
        "  Subject: KCSC-240906-04 Government removal request\n"
        "  Sent: Friday, September 6, 2024 2:00 PM (UTC+09:00) Seoul\n\n"
        "was read on Friday, September 6, 2024 3:12 PM (UTC+09:00) Seoul.\n"
        "\n--mdn-42\nContent-Type: message/disposition-notification\n\n"
        "Reporting-UA: mail.tiktok.com; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822; legal-kr@tiktok.com\n"
        "Original-Message-ID: <req-240906-04@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "\n--mdn-42--\n"
    ),
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="snap-wrong-platform",
    **{"from": "trustandsafety@snap.com"},
    name_from="Snap Trust & Safety",
    date="Sat, 14 Sep 2024 02:00:00 +0000",
    subject="Re: KCSC-240906-04 Government removal request",
    body=f"""
Hello,

Thank you for your report. Our team has reviewed the content and we have
removed the following:

{T[0]}
{T[1]}

Snap Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="Snap Trust & Safety report outcome, here about another platform's links",
    why="Snap states removals of TikTok items it does not host",
    items={T[0]: "pending", T[1]: "pending"},
)

# ================================================================ Reddit (KCSC-240909-05)
case(
    name="reddit-raw-korean-slug",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:40:00 +0000",
    subject="Re: [KCSC-240909-05] Removal request",
    reply_to_req="req-240909-05",
    body=f"""
Hi there,

Thanks for your request. We removed the post at
{R1_RAW} for violating
Reddit's Content Policy; it now shows as removed by Reddit.

We reviewed {R[1]} and did not find that it violates Reddit's Content
Policy or applicable law, so we are not taking action on it at this time.

Best,
Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations outcome email",
    why="Korean-slug post removed (raw path matches the percent-encoded request URL); second not violating",
    items={R[0]: "removed", R[1]: "rejected"},
)

case(
    name="reddit-author-deleted-and-removed",
    **{"from": "noreply@redditmail.com"},
    name_from="Reddit Safety",
    date="Thu, 12 Sep 2024 09:20:18 +0000",
    subject="Your report has been reviewed - KCSC-240909-05",
    body=f"""
Hi,

Thanks for submitting a report. Here is what happened:

• {R[1]} — removed by Reddit admins for violating Rule 3.
• {R[0]} — this post had already been deleted by its author before we reviewed it.

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome notification, bulleted with em dashes",
    why="one removed by admins, one deleted by its author (not_found)",
    items={R[1]: "removed", R[0]: "not_found"},
)

case(
    name="reddit-bulk-both-links",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    date="Fri, 13 Sep 2024 16:00:00 +0000",
    subject="Re: [KCSC-240909-05] Removal request",
    reply_to_req="req-240909-05",
    body="""
Hi there,

Following up on your request: both links you sent us have now been
removed by Reddit.

Best,
Reddit Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Reddit legal short follow-up covering the whole request",
    why="'both links' is one statement about a two-item request, neither named",
    items={R[0]: "pending", R[1]: "pending"},
)

case(
    name="reddit-zendesk-receipt",
    **{"from": "support@reddit.com"},
    name_from="Reddit Help",
    date="Mon, 09 Sep 2024 01:03:00 +0000",
    subject="[Reddit Help] Re: [KCSC-240909-05] Removal request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Reddit Help
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket-created receipt (Reddit Help)",
    why="ticket receipt, nothing about items",
    items={},
)

# ================================================================ Discord (KCSC-240910-06)
case(
    name="discord-server-removed-sole",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Thu, 12 Sep 2024 20:30:00 +0000",
    subject="Re: KCSC-240910-06 [Ticket #33018274]",
    reply_to_req="req-240910-06",
    body="""
Hello,

Thank you for your report. Our Safety team investigated the server linked
in your report and found that it violated Discord's Community Guidelines.
The server has been removed from Discord and the owner's account has been
actioned.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'we have taken action' ticket reply",
    why="one-item request; the server linked in the report was removed",
    items={D[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Fri, 13 Sep 2024 04:14:00 +0000",
    subject="Re: KCSC-240910-06 [Ticket #33018274]",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

The invite {D[0]} is invalid or has expired, so we were unable to
identify the server it pointed to. If you have a server ID or message
links, please send them in a new report.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord T&S reply about an expired invite",
    why="invalid/expired invite: cannot locate the item (not_found); the suggestion is no request for info on this item",
    items={D[0]: "not_found"},
)

case(
    name="discord-asks-message-links",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject="Re: KCSC-240910-06 [Ticket #33018274]",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

Thanks for reaching out. To investigate {D[0]} we need a bit more
information:

  - message links to the specific content (right-click a message > Copy Message Link)
  - the server ID, if you have it
  - a short description of the content and the law it breaches

Please reply to this ticket with the details above and we'll continue our
review.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord T&S request for message links",
    why="asks for more information before acting",
    items={D[0]: "pending"},
)

# ================================================================ Twitch (KCSC-240911-07)
case(
    name="twitch-channel-suspended-vod-removed",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Fri, 13 Sep 2024 22:10:00 +0000",
    subject="RE: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

Thank you for bringing this to our attention. We have taken the following
action:

Channel: {W[0]}
Action: indefinitely suspended; the channel page and its content are no longer available

VOD: {W[1]}
Action: removed

Regards,
Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply with 'Action:' lines",
    why="channel suspended and unavailable (removed); VOD removed",
    items={W[0]: "removed", W[1]: "removed"},
)

case(
    name="twitch-vod-no-violation",
    **{"from": "safety@twitch.tv"},
    name_from="Twitch Safety",
    date="Sat, 14 Sep 2024 05:50:00 +0000",
    subject="Your report KCSC-240911-07",
    body=f"""
Hi,

After review, we determined that the reported VOD
{W[1]}
does not violate our Community Guidelines and will remain on Twitch.

Regarding {W[0]}: this channel has been suspended and can no longer be
viewed.

See our Community Guidelines: https://safety.twitch.tv/s/article/Community-Guidelines

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch Safety report outcome (no violation / suspension)",
    why="VOD stays (rejected), channel suspended and no longer viewable (removed)",
    items={W[1]: "rejected", W[0]: "removed"},
)

case(
    name="twitch-conditional-enforcement",
    **{"from": "legal@twitch.tv"},
    name_from="Twitch Legal",
    date="Thu, 12 Sep 2024 01:30:00 +0000",
    subject="RE: KCSC-240911-07",
    reply_to_req="req-240911-07",
    body=f"""
Hello,

We have forwarded your request to our Law Enforcement Response team. If the
VOD at {W[1]} is found to violate our policies, it will be removed,
and the channel {W[0]} may be subject to further enforcement.

Regards,
Twitch Legal
""",
    outcome="review", review="not_understood",
    imitates="Twitch legal interim reply with conditional outcomes",
    why="conditions and 'may be' are no statements",
    items={W[1]: "pending", W[0]: "pending"},
)

case(
    name="twitch-unmonitored-autoreply",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    date="Wed, 11 Sep 2024 00:00:30 +0000",
    subject="Re: KCSC-240911-07",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
This is an automated response. This mailbox is not monitored.

Government and law enforcement requests should be submitted through our
Law Enforcement Response portal. Messages sent to this address are not
reviewed.

Twitch
""",
    outcome="ignored", classification="auto_reply",
    imitates="unmonitored-mailbox auto-response",
    why="auto-reply",
    items={},
)

# ================================================================ other platforms, no request
case(
    name="telegram-no-claims",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    subject="Re: Report",
    body="""
Hello,

Thank you for your report. The channels you reported have been blocked
for violating the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram abuse desk one-line reply",
    why="trusted Telegram mail naming no item and no request of ours",
    items={},
)

case(
    name="pinterest-report-received",
    **{"from": "no-reply@pinterest.com"},
    name_from="Pinterest",
    date="Sat, 14 Sep 2024 03:00:00 +0000",
    subject="We got your report",
    body="""
Hi,

Thanks for letting us know about this. We've received your report and our
team will review it. We'll let you know if we take action.

- Pinterest Trust & Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest 'We got your report' receipt",
    why="pure receipt, no item, no request",
    items={},
)

# a few more X / YouTube / Meta / TikTok applied cases
case(
    name="x-numbered-mixed-long",
    **{"from": "legal-noreply@x.com"},
    date="Fri, 13 Sep 2024 08:00:00 +0000",
    subject="[Case 0291734] Final update - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

This is our final update on request KCSC-240903-01.

1. {X[0]} - withheld in the Republic of Korea
2. {X[1]} - withheld in the Republic of Korea
3. {X[2]} - removed (X Rules violation)
4. {X[5]} - withheld in the Republic of Korea
5. {X[6]} - no action taken; the post does not violate the X Rules or local law
6. {X[8]} - removed (X Rules violation)
7. {X[9]} - this post was deleted by the account holder before our review
8. {X[10]} - removed (X Rules violation)

Items not listed above were answered in our earlier messages under this
case.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X Legal final per-item summary (numbered list)",
    why="eight items with mixed statuses; the closing line adds nothing",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed", X[5]: "restricted",
           X[6]: "rejected", X[8]: "removed", X[9]: "not_found", X[10]: "removed"},
)

# ---------------------------------------------------------------- write
HEADER = """# Blind set 616 (English notices from many platforms).
# Written from each email's meaning before the reader was run on it.
# Generated by make.py; do not edit by hand.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind616", HEADER, cases)
    from collections import Counter
    print(len(cases), Counter(c["outcome"] for c in cases))
