#!/usr/bin/env python3
"""Blind set 574: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

Writes requests.csv, cases/*.eml and expected.toml. Deterministic:

    python3 tests/corpus/blind574/make.py

Expected results were written from each email's meaning alone, before the
reader was ever run on these emails. All names, ids and URLs are fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind574"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluemoth_kr/status/1830412278000011101",
    "https://x.com/bluemoth_kr/status/1830412278000011102",
    "https://x.com/sellpoint_99/status/1830519934000022203",
    "https://x.com/sellpoint_99/status/1830519934000022204",
    "https://x.com/hanriver_deals/status/1830627781000033305",
    "https://x.com/hanriver_deals/status/1830627781000033306",
    "https://x.com/greyfinch0/status/1830735512000044407",
    "https://x.com/greyfinch0/status/1830735512000044408",
    "https://x.com/moonpack_777/status/1830843356000055509",
    "https://x.com/moonpack_777/status/1830843356000055510",
    "https://x.com/quietdock_s",
    "https://twitter.com/oldlane_cafe/status/1829951104000066612",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8rLk2A",
    "https://www.youtube.com/watch?v=Zx81pWnE0cY",
    "https://www.youtube.com/shorts/Hb5nR2uTq7M",
    "https://www.youtube.com/@stormlanternTV",
]
META = [
    "https://www.facebook.com/groups/482910377166021/posts/903318245510472/",
    "https://www.facebook.com/profile.php?id=100089231144570",
    "https://www.instagram.com/p/C9xTr4mKp2Q/",
    "https://www.instagram.com/reel/C8vLq0sNw7B/",
    "https://www.threads.net/@kettle.drum/post/C9aa12ZyXk0",
]
TT = [
    "https://www.tiktok.com/@sunbeam.relay/video/7409981123456789012",
    "https://www.tiktok.com/@sunbeam.relay/video/7409981123456789345",
    "https://www.tiktok.com/@nokturn_pix",
]
# 중고_거래_문의, stored percent-encoded; emails may write it raw.
RD_RAW = "https://www.reddit.com/r/seoulmarketfree/comments/1fa2k9x/중고_거래_문의/"
RD = [
    "https://www.reddit.com/r/seoulmarketfree/comments/1fa2k9x/"
    "%EC%A4%91%EA%B3%A0_%EA%B1%B0%EB%9E%98_%EB%AC%B8%EC%9D%98/",
    "https://www.reddit.com/user/amber_kiln_22/",
]
DC = ["https://discord.gg/k7RmQv3x"]
TG = [
    "https://t.me/gravelbay_shop/214",
    "https://t.me/gravelbay_shop/219",
    "https://t.me/lanternmarket_kr",
]

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", X, "illegal_trade",
     "Batch of posts advertising regulated goods, incl. one old twitter.com link"),
    ("KCSC-240905-02", "youtube", "2024-09-05", YT, "gambling",
     "Two videos, one Short and the channel \"stormlanternTV\""),
    ("KCSC-240909-03", "meta", "2024-09-09", META, "illegal_trade",
     "Facebook, Instagram and Threads, same seller"),
    ("KCSC-240911-04", "tiktok", "2024-09-11", TT, "drugs",
     "Two videos and the account"),
    ("KCSC-240913-05", "reddit", "2024-09-13", RD, "illegal_trade",
     "Post with a Korean title slug, and the poster's profile"),
    ("KCSC-240917-06", "discord", "2024-09-17", DC, "gambling",
     "Invite link to a betting server"),
    ("KCSC-240919-07", "telegram", "2024-09-19", TG, "drugs",
     "Two posts and a channel, 'lanternmarket_kr'"),
]


def msgid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def thread(ref):
    return "req-" + ref[5:]


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, urls, cat, note in REQUESTS:
            d = int(day[-2:])
            sent = f"{day}T10:00:00+09:00"
            due = f"2024-09-{d + 7:02d}T23:59:59+09:00" if d + 7 <= 30 else f"2024-10-{d + 7 - 30:02d}T23:59:59+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


# ---------------------------------------------------------------- MIME helpers
def qp(text, ctype="plain"):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(text, ctype="plain"):
    enc = base64.encodebytes(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, platform_name):
    lines = [f"Dear {platform_name} team,", "",
             f"The Korea Communications Standards Commission asks you to remove or block access",
             f"to the content below, which was found to be illegal under Korean law",
             f"(our reference {ref}).", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please let us know the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join(lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X
case(
    name="x-legal-withheld-kr-numbered",
    from_="legal-support@x.com", name_from="X Legal",
    date="Thu, 05 Sep 2024 08:14:22 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Republic of Korea",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request of 3 September 2024 (your reference
KCSC-240903-01).

We have reviewed the reported content against the X Rules and the Korean law
cited in your request. As a result, the following posts are now withheld in
the Republic of Korea under our Country Withheld Content policy:

1. {X[0]}
2. {X[1]}
3. {X[2]}
4. {X[3]}

The account holders have been notified. We will respond separately about the
remaining URLs in your request.

More about withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (Country Withheld Content)",
    why="four posts listed one by one under 'now withheld in the Republic of Korea'; help link is no item",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-url-then-status-below",
    from_="legal-support@x.com", name_from="X Legal",
    date="Fri, 06 Sep 2024 02:40:09 +0000",
    subject="Update on your request KCSC-240903-01 [ref:0917-LR-55321]",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Here is an update on part of your request KCSC-240903-01 (our ticket
0917-LR-55321).

{X[4]}
Status: Removed. The post violated our policy on illegal or certain regulated
goods or services.

{X[5]}
Status: Unable to locate. We could not find this post on X at the time of our
review; it may have been deleted before we looked at it, or the link is
incorrect.

{X[6]}
Status: No action. We did not find that this post violates the X Rules or the
law cited in your notice.

Kind regards,
X Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support per-URL status update (URL line, status on the line below)",
    why="each URL is followed by its own status line: removed, could not find, no action for no violation",
    items={X[4]: "removed", X[5]: "not_found", X[6]: "rejected"},
)

case(
    name="x-account-suspended",
    from_="legal-support@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 06:02:51 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Republic of Korea",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

Further to your request KCSC-240903-01: the account
{X[10]} has been permanently suspended for violating the X Rules
on platform manipulation and spam. Its profile and posts are no longer
visible on X.

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension outcome in a legal-request reply",
    why="a permanently suspended account whose posts are no longer visible anywhere is removed",
    items={X[10]: "removed"},
)

case(
    name="x-twitter-domain-angle-brackets",
    from_="legal@twitter.com", name_from="Twitter Legal",
    date="Tue, 10 Sep 2024 11:25:37 +0000",
    subject="RE: KCSC-240903-01",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Dear Sir or Madam,

In response to your request we have withheld access in Korea to the Tweet at
<{X[11]}>.

Separately, the post at <{X[7]}> was removed
for violating the Twitter Rules.

Sincerely,
Twitter Legal
""",
    outcome="applied", classification="confirmation",
    imitates="older Twitter Legal reply from twitter.com, URLs in angle brackets",
    why="twitter.com is an X sender domain; one post withheld in Korea, one removed",
    items={X[11]: "restricted", X[7]: "removed"},
)

_csv = (
    "url,decision,policy,decision_date\n"
    f"{X[8]},Removed,Illegal or certain regulated goods or services,2024-09-09\n"
    f"{X[9]},No action,No violation found,2024-09-09\n"
)
case(
    name="x-csv-attachment",
    from_="legal-support@x.com", name_from="X Legal",
    date="Mon, 09 Sep 2024 09:31:00 +0000",
    subject="Re: [KCSC-240903-01] Outcome of your request",
    reply_to_req=thread("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x574csv"

--=_x574csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for two of the posts in your request
KCSC-240903-01. One row per URL.

X Legal

--=_x574csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_outcome.csv"
Content-Transfer-Encoding: base64

{base64.encodebytes(_csv.encode()).decode()}
--=_x574csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal batch outcome sent as a CSV attachment",
    why="CSV rows: one Removed, one 'No action / No violation found'",
    items={X[8]: "removed", X[9]: "rejected"},
)

case(
    name="x-gmail-top-posted",
    from_="dana.whitfield@x.com", name_from="Dana Whitfield",
    date="Sat, 07 Sep 2024 01:12:40 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Republic of Korea",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

Following our review, we have withheld the post below in South Korea:

{X[8]}

We are still looking at the other posts in your request.

Dana
X Legal

On Tue, Sep 3, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(request_text("KCSC-240903-01", X, "X"))}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal agent reply top-posted over the Gmail-quoted request",
    why="only the post named above the quote is withheld; the quoted request lists URLs with no status",
    items={X[8]: "restricted"},
)

case(
    name="x-statement-of-reasons-fields",
    from_="noreply-legal@x.com", name_from="X",
    date="Wed, 11 Sep 2024 14:05:18 +0000",
    subject="Decision notice for your report KCSC-240903-01",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Decision notice - your reference KCSC-240903-01

Content: {X[2]}
Decision: Post deleted
Ground: Violation of the X Rules (illegal or certain regulated goods or services)
Territorial scope: Global
Detected by automated means: No
Decided by automated means: No

Content: {X[3]}
Decision: No action taken
Ground: The content was not found to be illegal under the law you cited,
nor to violate the X Rules
Territorial scope: Not applicable

You may ask for this decision to be reconsidered:
https://help.x.com/forms/legal/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="X statement-of-reasons style decision notice (DSA Art. 17 field layout)",
    why="field blocks per URL: 'Post deleted' and 'No action taken' with its reason; appeal form is no item",
    items={X[2]: "removed", X[3]: "rejected"},
)

# ================================================================ YouTube
case(
    name="yt-legal-removed-blocked-pending",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:44:10 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""
Hello,

Thanks for your legal notice (KCSC-240905-02).

After reviewing it, we have removed the following video from YouTube:
- {YT[0]}

We have also blocked the following video from view in South Korea, based on
local law:
- {YT[1]}

The Short {YT[2]} is still under review, and we will get back to you once we
have reached a decision.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (removed / blocked from view in country)",
    why="one video removed, one blocked in South Korea; the Short is only under review",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "pending"},
)

case(
    name="yt-html-age-restricted-and-no-action",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:20:33 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    type="html",
    body=f"""
<html><body style="font-family:Roboto,Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting us about request KCSC-240905-02.</p>
<p>We have applied an age restriction to the following content:
<a href="{YT[2]}">{YT[2]}</a></p>
<p>We reviewed the channel <a href="{YT[3]}">{YT[3]}</a> and did not find
that it violates YouTube's Community Guidelines or the local law you cited.
We are not taking action on it.</p>
<p>You can read more about our policies in the
<a href="https://support.google.com/youtube/answer/2802167">YouTube Help Center</a>.</p>
<p>Regards,<br>The YouTube Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube HTML outcome email: age restriction applied, no action on channel",
    why="age restriction is restricted; a refusal with its reason is rejected; help-centre link is no item",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

case(
    name="yt-channel-terminated-qp",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 07:09:45 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    raw_mime=qp(f"""
Hello,

Following your notice KCSC-240905-02, we have terminated the YouTube channel {YT[3]} for severe violations of our Community Guidelines. The channel and all of its videos are no longer available on YouTube, and the owner is prohibited from creating new channels.

Regards,
The YouTube Legal Support Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, quoted-printable body with soft line breaks",
    why="terminated channel no longer available anywhere: removed",
    items={YT[3]: "removed"},
)

case(
    name="yt-outlook-original-message",
    from_="minseo.kang@google.com", name_from="Minseo Kang",
    date="Thu, 12 Sep 2024 01:55:02 +0900",
    subject="RE: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""
Dear KCSC,

Please be advised that both videos listed below have been removed from YouTube
globally for violating our policies on gambling content:

{YT[0]}
{YT[1]}

Best regards,
Minseo Kang
Legal Specialist, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: legal-kr@google.com
Subject: [KCSC-240905-02] Request for removal of illegal content

{request_text("KCSC-240905-02", YT, "YouTube")}
""",
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal specialist reply over an Outlook '-----Original Message-----' quote",
    why="two videos named above the quote are removed; the Short and channel appear only in the quoted request",
    items={YT[0]: "removed", YT[1]: "removed"},
)

# ================================================================ Meta
case(
    name="meta-local-law-bullets",
    from_="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Wed, 11 Sep 2024 16:30:00 +0000",
    subject="Re: [KCSC-240909-03] Request to restrict content",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""
Hello,

We have reviewed your request KCSC-240909-03.

Based on our review, we have restricted access in South Korea to the following
content, which was reported as violating local law:

  \u2022 {META[0]}
  \u2022 {META[1]}

This content remains available in other countries. We have notified the
people who posted it.

You can find more information about how we handle requests based on local law
at https://transparency.meta.com/reports/content-restrictions/

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' reply to a government authority",
    why="two bulleted URLs restricted in South Korea only; transparency link is no item",
    items={META[0]: "restricted", META[1]: "restricted"},
)

case(
    name="meta-ig-removed-reel-not-found",
    from_="legal-notices@mail.instagram.com", name_from="Instagram",
    date="Thu, 12 Sep 2024 10:12:19 +0000",
    subject="Your report to Instagram (KCSC-240909-03)",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""
Hi,

Thanks for your report.

We removed this post because it goes against our Community Guidelines on the
sale of regulated goods:
{META[2]}

We were unable to find the reel at {META[3]}. It may have been removed by the
person who shared it, or the link may be incorrect.

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome ('We removed this post', 'We couldn't find')",
    why="post removed (URL on the line below its statement); reel could not be found",
    items={META[2]: "removed", META[3]: "not_found"},
)

case(
    name="meta-threads-base64-no-violation",
    from_="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Fri, 13 Sep 2024 04:48:27 +0000",
    subject="Re: [KCSC-240909-03] Request to restrict content",
    reply_to_req=thread("KCSC-240909-03"),
    raw_mime=b64(f"""
Hi,

Thanks for your report about the Threads post {META[4]}.

We reviewed it and found that it doesn't go against our Community Guidelines.
After a legal review we also concluded that we will not restrict it on the
basis of the local law cited in your request, because the post does not offer
anything for sale. The post stays up on Threads.

Meta Government Requests
"""),
    outcome="applied", classification="confirmation",
    imitates="Meta 'we didn't take action' outcome after legal review, base64 body",
    why="refusal with its reason: the Threads post stays up",
    items={META[4]: "rejected"},
)

case(
    name="meta-html-table",
    from_="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Sat, 14 Sep 2024 02:03:58 +0000",
    subject="Re: [KCSC-240909-03] Outcome",
    reply_to_req=thread("KCSC-240909-03"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="meta574alt"

--meta574alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>Please see below the outcome for the items in request KCSC-240909-03 that we have completed.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Content URL</th><th>Action taken</th><th>Basis</th></tr>
<tr><td>{META[2]}</td><td>Removed</td><td>Community Guidelines - regulated goods</td></tr>
<tr><td>{META[3]}</td><td>Restricted in South Korea</td><td>Local law (Republic of Korea)</td></tr>
<tr><td>{META[1]}</td><td>No action</td><td>No violation of our policies or of local law found</td></tr>
</table>
<p>Policy reference: <a href="https://transparency.meta.com/policies/community-standards/">Community Standards</a></p>
<p>Meta Content Restrictions Team</p>
</body></html>

--meta574alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Meta outcome table sent as HTML-only multipart/alternative",
    why="table rows: removed, restricted in South Korea, no action (no violation)",
    items={META[2]: "removed", META[3]: "restricted", META[1]: "rejected"},
)

case(
    name="meta-ack-plus-statement",
    from_="noreply@facebookmail.com", name_from="Facebook",
    date="Sat, 14 Sep 2024 12:17:03 +0000",
    subject="We received your report - Report ID 1182334509170",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We've received it and wanted to let you know the
outcome.

We removed the Instagram post at {META[2]} because it goes against our
Community Guidelines.

Report ID: 1182 3345 0917 0
Reference you provided: KCSC-240909-03

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook/Instagram 'we received your report' email that also gives the outcome",
    why="acknowledgement phrase plus an unhedged 'we removed' about a named URL is a confirmation",
    items={META[2]: "removed"},
)

case(
    name="meta-bilingual-korean-particle",
    from_="jihopark@meta.com", name_from="Jiho Park",
    date="Mon, 16 Sep 2024 09:41:12 +0900",
    subject="Re: [KCSC-240909-03] Request to restrict content",
    reply_to_req=thread("KCSC-240909-03"),
    body=f"""
Hello KCSC team,

Following up on KCSC-240909-03: the Facebook profile below has been disabled
for repeated violations of our Community Standards.
{META[1]}

(국문 안내) 요청하신 {META[1]}의 프로필은 커뮤니티 규정 위반으로 비활성화되었습니다.

Best,
Jiho Park | Public Policy, Meta Korea
""",
    outcome="applied", classification="confirmation",
    imitates="Meta Korea staff reply in English with a Korean summary line",
    why="profile disabled (English), repeated in Korean with the particle 의 right after the URL",
    items={META[1]: "removed"},
)

# ================================================================ TikTok
case(
    name="tiktok-per-item-decisions",
    from_="legal-notice@tiktok.com", name_from="TikTok Trust & Safety",
    date="Fri, 13 Sep 2024 08:00:41 +0000",
    subject="TikTok: decision on your report KCSC-240911-04",
    reply_to_req=thread("KCSC-240911-04"),
    body=f"""
Dear Reporter,

Your report: KCSC-240911-04
Below is the outcome for each item you reported.

Item 1
URL: {TT[0]}
Decision: Removed globally
Reason: Violation of Community Guidelines (regulated goods and commercial activities)

Item 2
URL: {TT[1]}
Decision: Restricted in the Republic of Korea
Reason: Local law. The content was found unlawful in the country indicated and
remains available elsewhere.

Item 3
URL: {TT[2]}
Decision: Pending - this account is still under review

TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok per-item decision notice (statement-of-reasons fields)",
    why="item 1 removed, item 2 restricted in Korea, item 3 explicitly still under review",
    items={TT[0]: "removed", TT[1]: "restricted", TT[2]: "pending"},
)

case(
    name="tiktok-account-banned-fullwidth",
    from_="kr-gov-response@tiktok.com", name_from="TikTok Korea",
    date="Mon, 16 Sep 2024 02:22:30 +0000",
    subject="Re: [KCSC-240911-04] Removal request",
    reply_to_req=thread("KCSC-240911-04"),
    body=f"""
Dear KCSC,

Regarding the account you reported\uff08{TT[2]}\uff09, we have permanently banned
the account for repeated violations of our Community Guidelines, and its
videos are no longer viewable on TikTok.

Best regards,
TikTok Korea Government Relations
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea staff reply, URL inside full-width parentheses",
    why="permanently banned account, videos no longer viewable: removed",
    items={TT[2]: "removed"},
)

# ================================================================ Reddit
case(
    name="reddit-safety-korean-path",
    from_="noreply@redditmail.com", name_from="Reddit Safety",
    date="Mon, 16 Sep 2024 19:03:11 +0000",
    subject="Re: KCSC-240913-05",
    reply_to_req=thread("KCSC-240913-05"),
    body=f"""
Hi there,

Thanks for your report (KCSC-240913-05). After investigating, we've removed
the following post for violating Reddit's Content Policy:

{RD_RAW}

The account u/amber_kiln_22 ({RD[1]}) no longer exists. It was deleted by
its owner before we could review it, so there was nothing left for us to act
on.

Thanks for helping keep Reddit safe,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report outcome email",
    why="post removed (raw Korean path = stored percent-encoded URL); account already deleted by its owner",
    items={RD[0]: "removed", RD[1]: "not_found"},
)

# ================================================================ Discord
case(
    name="discord-sole-one-item",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Thu, 19 Sep 2024 22:10:05 +0000",
    subject="Re: [KCSC-240917-06] Removal request - Discord server invite",
    reply_to_req=thread("KCSC-240917-06"),
    body="""
Hello,

Thanks for reaching out. We've looked into the server you reported and have
removed it from Discord for violating our Community Guidelines. The owner's
account has also been actioned.

Best,
Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome reply",
    why="names no URL but answers a one-item request: the server reported was removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-invite-invalid",
    from_="safety@discord.com", name_from="Discord Trust & Safety",
    date="Fri, 20 Sep 2024 15:33:47 +0000",
    subject="Re: [KCSC-240917-06] Removal request - Discord server invite",
    reply_to_req=thread("KCSC-240917-06"),
    body=f"""
Hi,

The invite link {DC[0]} you provided is invalid or has expired, and we were
unable to identify a server associated with it, so we cannot take any action
on it.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord reply about an invalid/expired invite link",
    why="invite link invalid, no server found: not_found",
    items={DC[0]: "not_found"},
)

# ================================================================ Telegram
case(
    name="tg-abuse-taken-down",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Sat, 21 Sep 2024 10:02:55 +0000",
    subject="Re: [KCSC-240919-07] Illegal content on Telegram",
    reply_to_req=thread("KCSC-240919-07"),
    body=f"""
Hello,

Thank you for your report. Case #4471920.

The following have been taken down:
{TG[0]} - deleted
{TG[1]} - deleted
{TG[2]} - channel blocked

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk terse list reply",
    why="two posts deleted, channel blocked: all three removed, each named",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "removed"},
)

case(
    name="tg-geo-restricted-wrapped-url",
    from_="dsa@telegram.org", name_from="Telegram",
    date="Mon, 23 Sep 2024 07:45:20 +0000",
    subject="Re: [KCSC-240919-07] Illegal content on Telegram",
    reply_to_req=thread("KCSC-240919-07"),
    body=f"""
Hi,

Regarding your request KCSC-240919-07.

The post <https://t.me/gravelbay_shop/
214> is no longer accessible to users in South Korea.

The post {TG[1]} does not exist.

Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram reply with a URL wrapped inside angle brackets",
    why="post 214 unavailable in South Korea only (restricted); post 219 does not exist",
    items={TG[0]: "restricted", TG[1]: "not_found"},
)

# ================================================================ review
case(
    name="x-promises-only",
    from_="legal-support@x.com", name_from="X Legal",
    date="Wed, 04 Sep 2024 05:51:36 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - Republic of Korea",
    reply_to_req=thread("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240903-01.

The posts {X[0]} and {X[6]} will be withheld in the
Republic of Korea once the notice period for the account holders has ended.
We will confirm to you when this has been done.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding",
    why="'will be withheld once...' is a promise, not a statement; named items stay pending",
    items={X[0]: "pending", X[6]: "pending"},
)

case(
    name="yt-hedges-and-under-review",
    from_="youtube-legal-support@google.com", name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 06:18:00 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""
Hello,

Thanks for your notice. It appears that the video {YT[1]} may already have
been taken down by the uploader. The Short {YT[2]} is currently under review by
our team.

We'll be in touch.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with hedged wording",
    why="'appears ... may already have been' is a hedge and 'under review' no statement",
    items={YT[1]: "pending", YT[2]: "pending"},
)

case(
    name="tiktok-bulk-all-removed",
    from_="legal-notice@tiktok.com", name_from="TikTok Trust & Safety",
    date="Sat, 14 Sep 2024 03:07:44 +0000",
    subject="TikTok: decision on your report KCSC-240911-04",
    reply_to_req=thread("KCSC-240911-04"),
    body="""
Dear Reporter,

We have completed our review of your report KCSC-240911-04. All of the
reported content has been removed from TikTok for violating our Community
Guidelines.

Thank you for helping us keep TikTok safe.

TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line 'all reported content removed' outcome",
    why="one statement for a three-item request without naming each item",
    items={TT[0]: "pending", TT[1]: "pending", TT[2]: "pending"},
)

case(
    name="meta-bulk-restricted",
    from_="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Thu, 12 Sep 2024 18:59:13 +0000",
    subject="Re: [KCSC-240909-03] Request to restrict content",
    reply_to_req=thread("KCSC-240909-03"),
    body="""
Hello,

Thank you for your request. We have restricted access in South Korea to all
of the items listed in your request, in line with local law. The content
remains available elsewhere.

Meta Content Restrictions Team
""",
    outcome="review", review="bulk",
    imitates="Meta content-restriction reply covering the whole request",
    why="'all of the items listed' for a five-item request: bulk, nothing applied",
    items={u: "pending" for u in META},
)

case(
    name="x-auth-fail",
    from_="legal@x.com", name_from="X Legal", auth="fail",
    date="Thu, 05 Sep 2024 23:41:02 +0000",
    subject="KCSC-240903-01 completed",
    body=f"""
Dear KCSC,

The posts at the following addresses were deleted today:

{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal completion notice failing DKIM/SPF/DMARC",
    why="x.com sender but authentication fails: nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="yt-no-authentication-results",
    from_="legal-notices@youtube.com", name_from="YouTube", auth="none",
    date="Sat, 07 Sep 2024 13:26:40 +0000",
    subject="Re: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    body=f"""
Hello,

We have removed the video {YT[0]} following your notice.

The YouTube Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube removal reply arriving without any Authentication-Results",
    why="no authentication result for youtube.com: cannot be trusted",
    items={YT[0]: "pending"},
)

case(
    name="unknown-sender-law-firm",
    from_="shan@hanlaw-partners.example", name_from="Seoyeon Han",
    date="Tue, 10 Sep 2024 08:30:00 +0900",
    subject="KCSC-240905-02 - content already deleted by our client",
    body=f"""
Dear Commission,

We represent the operator of the YouTube channel {YT[3]}.

Please be informed that our client deleted the video {YT[0]} on
9 September 2024. We therefore ask the Commission to close file
KCSC-240905-02.

Yours faithfully,
Seoyeon Han, Attorney at Law
Han & Partners
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a content owner's lawyer about a request",
    why="not a platform domain; names our request and URLs",
    items={YT[0]: "pending", YT[3]: "pending"},
)

case(
    name="pinterest-wrong-platform",
    from_="legal@pinterest.com", name_from="Pinterest Legal",
    date="Fri, 13 Sep 2024 17:14:09 +0000",
    subject="Re: Content removal notice KCSC-240911-04",
    body=f"""
Hello,

We received your notice. The URL you reported,
{TT[0]}, does not point to content hosted on
Pinterest, and we could not locate any Pin matching it. We have therefore
taken no action.

If you believe a Pin violates the law, you can report it at
https://help.pinterest.com/en/contact

Pinterest Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal reply to a misdirected notice",
    why="Pinterest speaks about a TikTok item; only TikTok's own mail may change it",
    items={TT[0]: "pending"},
)

case(
    name="snapchat-no-claims",
    from_="lawenforcement@snap.com", name_from="Snap Law Enforcement Operations",
    date="Wed, 18 Sep 2024 21:00:00 +0000",
    subject="Registering your agency with Snap's Law Enforcement Service Portal",
    body="""
Hello,

Snap's Law Enforcement Operations team here. Your agency's email address is not
yet registered with our Law Enforcement Service Portal. To send Snap content
removal orders or information requests, please register at
https://les.snapchat.com/ and submit them there.

More about our process: https://values.snap.com/safety/safety-enforcement

Thank you,
Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement portal registration notice",
    why="trusted platform mail naming no requested item and no request",
    items={},
)

case(
    name="reddit-asks-more",
    from_="legal@reddit.com", name_from="Reddit Legal",
    date="Sun, 15 Sep 2024 20:47:31 +0000",
    subject="Re: KCSC-240913-05",
    reply_to_req=thread("KCSC-240913-05"),
    body=f"""
Hello,

Thank you for your request KCSC-240913-05.

Before we can evaluate the user account {RD[1]}, we need:

1. the specific statutory provision the account is said to violate; and
2. a copy of the Commission's decision concerning this account.

Please reply to this email with these documents.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis and supporting documents",
    why="platform asks for documents before acting; no status",
    items={RD[1]: "pending"},
)

case(
    name="tg-predates-request",
    from_="abuse@telegram.org", name_from="Telegram Abuse",
    date="Thu, 12 Sep 2024 04:10:00 +0000",
    subject="Re: Report about gravelbay_shop",
    body=f"""
Hello,

The post {TG[0]} you reported has been removed.

Telegram Abuse Team
""",
    outcome="review", review="predates_request",
    imitates="Telegram abuse reply to an earlier complaint",
    why="dated 12 Sep, before request KCSC-240919-07 was sent on 19 Sep",
    items={TG[0]: "pending"},
)

case(
    name="tiktok-conditional",
    from_="legal-notice@tiktok.com", name_from="TikTok Trust & Safety",
    date="Thu, 12 Sep 2024 11:39:52 +0000",
    subject="TikTok: update on your report KCSC-240911-04",
    reply_to_req=thread("KCSC-240911-04"),
    body=f"""
Dear Reporter,

We are reviewing {TT[1]} against local law. If it is
found to be unlawful in Korea, access to it will be restricted in the Republic
of Korea. We will notify you of our decision.

TikTok Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim update with a conditional outcome",
    why="conditional future restriction is no statement",
    items={TT[1]: "pending"},
)

# ================================================================ ignored
case(
    name="twitch-out-of-office",
    from_="mellison@twitch.tv", name_from="Mara Ellison",
    date="Wed, 18 Sep 2024 01:00:12 +0000",
    subject="Automatic reply: Removal request from KCSC",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent law enforcement matters please write to
the Twitch Law Enforcement Response team.

Mara Ellison
Twitch Trust & Safety
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="bounce-tiktok-dsn",
    from_="MAILER-DAEMON@mx.kcsc.example", name_from="Mail Delivery System", auth="none",
    date="Wed, 11 Sep 2024 01:02:14 +0000",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn574"

--dsn574
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok.com>: host mx.tiktok.com[203.0.113.45] said: 550 5.1.1
    <legal-kr@tiktok.com>: Recipient address rejected: User unknown

--dsn574
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 10:00:03 +0900

Final-Recipient: rfc822; legal-kr@tiktok.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn574
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok.com
Subject: [KCSC-240911-04] Removal request
Message-ID: <{msgid("KCSC-240911-04")}>
Date: Wed, 11 Sep 2024 10:00:00 +0900

--dsn574--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN)",
    why="bounce of our own request",
    items={},
)

case(
    name="meta-read-receipt",
    from_="gov-requests@meta.com", name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 03:15:00 +0000",
    subject="Read: [KCSC-240909-03] Request to restrict content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn574"

--mdn574
Content-Type: text/plain; charset=utf-8

Your message

  To: gov-requests@meta.com
  Subject: [KCSC-240909-03] Request to restrict content
  Sent: Monday, September 9, 2024 10:00 AM (UTC+09:00) Seoul

was read on Monday, September 9, 2024 12:15 PM (UTC+09:00) Seoul.

--mdn574
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822; gov-requests@meta.com
Original-Message-ID: <{msgid("KCSC-240909-03")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn574--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN)",
    why="read receipt only",
    items={},
)

case(
    name="x-case-receipt",
    from_="noreply@x.com", name_from="X Support",
    date="Tue, 03 Sep 2024 01:05:31 +0000",
    subject="We've received your report [ref:0917-LR-55321]",
    reply_to_req=thread("KCSC-240903-01"),
    body="""
Hello,

We've received your report. Your case number is 0917-LR-55321.

Our team will review your request and respond as soon as possible. Please keep
the case number for future correspondence.

Reference provided: KCSC-240903-01

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X support automated case-number receipt",
    why="pure acknowledgement with a case number; no item named",
    items={},
)

case(
    name="reddit-zendesk-receipt",
    from_="legalops@reddit.com", name_from="Reddit Legal Operations",
    date="Fri, 13 Sep 2024 01:02:44 +0000",
    subject="[Reddit] Re: KCSC-240913-05 - request #48213 received",
    reply_to_req=thread("KCSC-240913-05"),
    body="""
##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Reddit Legal Operations
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt",
    why="ticket receipt only",
    items={},
)

case(
    name="yt-google-out-of-office",
    from_="daehyun.oh@google.com", name_from="Daehyun Oh",
    date="Thu, 05 Sep 2024 01:00:40 +0000",
    subject="Out of Office: [KCSC-240905-02] Request for removal of illegal content",
    reply_to_req=thread("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

I'm out of the office until 16 September with no access to email. YouTube
legal removal requests are handled through the legal web form and are not
delayed by my absence.

Thanks,
Daehyun
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="discord-ticket-ack",
    from_="noreply@discord.com", name_from="Discord",
    date="Tue, 17 Sep 2024 01:00:55 +0000",
    subject="[Discord] We've received your request (#8734512)",
    reply_to_req=thread("KCSC-240917-06"),
    body="""
Hi there,

Thanks for contacting Discord. This is an automated message to let you know
that we have received your request (ticket #8734512). A member of our team
will get back to you as soon as possible.

Discord Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord support automated ticket receipt",
    why="pure acknowledgement",
    items={},
)


HEADER = """# Blind set 574: English notices from many platforms (X, YouTube, Meta,
# TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).
# Written by tests/corpus/blind574/make.py before the reader was run on it.
"""


def main():
    write_requests()
    cases = []
    for c in CASES:
        c = dict(c)
        c["from"] = c.pop("from_")
        cases.append(c)
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
