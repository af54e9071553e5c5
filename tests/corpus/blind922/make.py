#!/usr/bin/env python3
"""Blind set 922: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Pinterest; Twitch and Snapchat as outsiders).

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind922/make.py` rewrites cases/,
requests.csv and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/harbor_ledger77/status/1830412277781904385",  # 0
    "https://x.com/harbor_ledger77/status/1830419934412011520",  # 1
    "https://x.com/mint_quarry/status/1829977301524766991",      # 2
    "https://x.com/mint_quarry/status/1830105566923403264",      # 3
    "https://x.com/glasswren_kr/status/1830260018830893418",     # 4
    "https://x.com/glasswren_kr/status/1830288145207521792",     # 5
    "https://x.com/ochre_signal/status/1829803317716574540",     # 6
    "https://x.com/ochre_signal/status/1830533090871763117",     # 7
    "https://x.com/tidelinebot/status/1830601274419585024",      # 8
    "https://x.com/tidelinebot/status/1830614459905728512",      # 9
    "https://x.com/pale_meridian",                               # 10
    "https://x.com/pale_meridian/status/1830377829005123584",    # 11
]
YT = [
    "https://www.youtube.com/watch?v=Qm7tRz2LpXa",
    "https://www.youtube.com/watch?v=bN4kW9eYs0c",
    "https://www.youtube.com/shorts/Lx8pVd3Hq2M",
    "https://www.youtube.com/@coldlantern_tv",
]
META = [
    "https://www.facebook.com/groups/441882009315502/posts/771920338410276/",
    "https://www.facebook.com/vermilion.yard/posts/pfbid02KqT7rWZxVn3bYc8LmD1sHp",
    "https://www.instagram.com/p/C9xQm2LrT4b/",
    "https://www.instagram.com/reel/C9zWt7NpK1e/",
    "https://www.instagram.com/sleet_archive_kr/",
]
TT = [
    "https://www.tiktok.com/@dunewhistle/video/7409912233445566701",
    "https://www.tiktok.com/@dunewhistle/video/7410288814720031978",
    "https://www.tiktok.com/@kettle.moth/video/7411023456789012345",
]
KPATH = "판매"
RD_RAW = "https://www.reddit.com/r/kgrove_market/comments/1f4ab7c/" + KPATH + "/"
RD = [
    "https://www.reddit.com/r/kgrove_market/comments/1f4ab7c/" + quote(KPATH) + "/",
    "https://www.reddit.com/user/brass_lantern_88/",
]
DC = ["https://discord.gg/amberkiln"]
PN = [
    "https://www.pinterest.com/pin/918273645501234567/",
    "https://www.pinterest.com/pin/918273645509876543/",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "gambling", "illegal online gambling promotion"),
    ("KCSC-240903-02", "youtube", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", YT,
     "drugs", "drug sale advertising videos"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:45:00+09:00", "2024-09-11T23:59:59+09:00", META,
     "fraud", "investment fraud posts"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", TT,
     "obscenity", "sexual content"),
    ("KCSC-240906-05", "reddit", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00", RD,
     "drugs", "illegal sale thread and seller account"),
    ("KCSC-240909-06", "discord", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", DC,
     "privacy", "server sharing personal data"),
    ("KCSC-240910-07", "pinterest", "2024-09-10T15:30:00+09:00", "2024-09-17T23:59:59+09:00", PN,
     "gambling", "gambling site pins"),
]


def mid(ref):
    return ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def req_text(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found that the content",
        "below violates Korean law. We request that you take appropriate measures",
        "(deletion or blocking of access from Korea) and inform us of the result.",
        "",
        f"Reference: {ref}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "KCSC Takedown Desk", "takedown@kcsc.example"]
    return lines


def gmail_quote(when, ref, urls, platform_name):
    q = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    q += [("> " + l).rstrip() for l in req_text(ref, urls, platform_name)]
    return "\n".join(q)


def outlook_quote(sent, to, subject, ref, urls, platform_name):
    q = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        f"To: {to}",
        f"Subject: {subject}",
        "",
    ]
    q += req_text(ref, urls, platform_name)
    return "\n".join(q)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def b64bytes(data):
    return base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------- cases
cases = []


def add(**kw):
    cases.append(kw)


# ======================= X (KCSC-240902-01, 12 items) =======================
add(
    name="x-legal-numbered-withheld-and-removed",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:41:19 +0000",
    subject="Re: KCSC-240902-01 - Request from the Korea Communications Standards Commission",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request dated 2 September 2024 (your reference
KCSC-240902-01).

We have reviewed the reported content under the X Rules and applicable
Korean law. The actions we have taken are set out below.

1. {X[0]} - withheld in South Korea
2. {X[1]} - withheld in South Korea
3. {X[2]} - removed for violating the X Rules (illegal or certain regulated goods and services)

The remaining items in your request are still being assessed and we will
write to you separately about them.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email to a government reporter (country withheld content vs. removal under the X Rules)",
    why="three numbered URLs each with an unhedged action; the rest are explicitly still being assessed",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "removed"},
)

add(
    name="x-account-permanently-suspended",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 02:03:55 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Further to your report KCSC-240902-01: the account
{X[10]} has been permanently suspended for repeated
violations of our rules on illegal gambling promotion. The profile is no
longer viewable on X.

Best regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome (permanent suspension notice to a reporter)",
    why="a permanently suspended account is removed; the account's single post in the request is not mentioned",
    items={X[10]: "removed"},
)

_x_html_plain = f"""Hello KCSC team,

Below is the outcome of our review of your request KCSC-240902-01.

Post: {X[4]}
Action: Withheld in KR

Post: {X[5]}
Action: No action - we did not find a violation of the X Rules or of local law

Post: {X[6]}
Action: Not found - the post was deleted by the account holder before our review

X Legal
"""
_x_html = f"""<html><body>
<p>Hello KCSC team,</p>
<p>Below is the outcome of our review of your request KCSC-240902-01.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Reported post</th><th>Action</th></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[5]}">{X[5]}</a></td><td>No action &ndash; we did not find a violation of the X Rules or of local law</td></tr>
<tr><td><a href="{X[6]}">{X[6]}</a></td><td>Not found &ndash; the post was deleted by the account holder before our review</td></tr>
</table>
<p>X Legal</p>
</body></html>
"""
add(
    name="x-html-table-three-outcomes",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:12:40 +0000",
    subject="KCSC-240902-01: outcome of review",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_xalt_7731"

--=_xalt_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_html_plain)}
--=_xalt_7731
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_x_html)}
--=_xalt_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome summary with an HTML table (withheld / no action / not found)",
    why="one row each: withheld in KR, no violation found (stays up), deleted by its author before review",
    items={X[4]: "restricted", X[5]: "rejected", X[6]: "not_found"},
)

add(
    name="x-bare-urls-status-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 11:30:02 +0000",
    subject="Re: KCSC-240902-01 - update",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Please find the outcome for the posts below.

{X[7]}
Status: Removed (violation of the X Rules: illegal or certain regulated goods and services)

{X[8]}
Status: Withheld in KR

{X[9]}
Status: Withheld in KR

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply listing each reported URL with a status line under it",
    why="bare URL with its status on the following line, three times",
    items={X[7]: "removed", X[8]: "restricted", X[9]: "restricted"},
)

add(
    name="x-top-posted-over-gmail-quote",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Sat, 07 Sep 2024 01:15:27 +0000",
    subject="Re: [KCSC-240902-01] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi KCSC team,

We have now withheld the following post in Korea:
<{X[5]}>

We're still reviewing the rest of the list and will revert.

Best,
Dana
Global Government Affairs, X

{gmail_quote("Mon, Sep 2, 2024 at 10:30 AM", "KCSC-240902-01", X, "X")}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staff reply top-posted over the Gmail-quoted request",
    why="one post in angle brackets withheld in Korea; the 12 URLs below are only our quoted request",
    items={X[5]: "restricted"},
)

_x_qp_body = f"""Hello,

Regarding your request KCSC-240902-01, we’ve completed our review of two of the reported posts.

The post {X[1]} has been removed from X globally because it violates our policy on illegal or certain regulated goods and services.

The post {X[3]} does not violate the X Rules, and the request does not establish that it is unlawful in Korea. We have therefore decided not to take action, and it remains available.

Thank you,
X Legal
"""
add(
    name="x-quoted-printable-removed-and-declined",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 06:55:10 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    # long lines: quopri gives them soft line breaks
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(_x_qp_body),
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable (global removal and a reasoned refusal)",
    why="one post removed globally; one declined because it breaks no rule and is not shown unlawful",
    items={X[1]: "removed", X[3]: "rejected"},
)

add(
    name="x-statement-of-reasons-blocks",
    **{"from": "noreply-legal@x.com"}, name_from="X",
    date="Mon, 09 Sep 2024 08:20:44 +0000",
    subject="Notice of action taken - your report KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Notice of action taken

We are writing to inform you of the decisions taken on content you
reported to X.

Reported content: {X[3]}
Decision: Content withheld
Territorial scope: Republic of Korea
Ground: Local law (notice submitted by a government authority)
Automated detection used: No
Automated decision used: No

Reported content: {X[6]}
Decision: Content removed
Territorial scope: Global
Ground: X Rules - Violent Speech
Automated detection used: No
Automated decision used: No

The account holders have been notified of these decisions and may appeal.
You can find more about how we handle legal requests at
https://help.x.com/en/rules-and-policies/legal-faq

X
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons from X (decision, territorial scope, ground, automation fields)",
    why="two structured blocks: withheld with Korean scope (restricted), removed globally; the help link is not an item",
    items={X[3]: "restricted", X[6]: "removed"},
)

add(
    name="x-declined-with-reason",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 04:48:31 +0000",
    subject="Re: KCSC-240902-01 - harbor_ledger77",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Dear Sir or Madam,

After careful review, we have concluded that the post at
{X[0]} does not violate the X Rules.
We also do not consider that your request establishes that the post is
unlawful under Korean law, as it refers to a licensed lottery operator.

We are therefore declining to take action on this post. If you have
additional legal context, you are welcome to submit a new request.

Sincerely,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal refusal letter giving its reason (no violation of rules or local law)",
    why="an explicit refusal with its reason: rejected",
    items={X[0]: "rejected"},
)

add(
    name="x-outlook-quoted-request-mixed",
    **{"from": "mkoh@x.com"}, name_from="Minji Koh",
    date="Tue, 10 Sep 2024 07:02:18 +0000",
    subject="RE: KCSC-240902-01 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hi,

Update on KCSC-240902-01:

- {X[4]} : withheld in Korea
- {X[8]} : removed
- {X[11]} : we could not find this post; the link returns an error because the post no longer exists

Kind regards,
Minji Koh
Legal Operations, X Corp.

{outlook_quote("Monday, September 2, 2024 10:30 AM", "legal-support@x.com", "KCSC-240902-01 Request for removal of illegal content", "KCSC-240902-01", X, "X")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X legal-operations employee above the unprefixed -----Original Message----- request",
    why="three bulleted statements above the quoted request; the quoted list (no '>' prefix) is ours and changes nothing",
    items={X[4]: "restricted", X[8]: "removed", X[11]: "not_found"},
)

add(
    name="x-echoed-report-then-decision",
    **{"from": "noreply@x.com"}, name_from="X Support",
    date="Tue, 10 Sep 2024 13:40:09 +0000",
    subject="Update on your report (Case 0F3C9A21)",
    extra_headers=["References: <KCSC-240902-01.1@kcsc.example>"],
    body=f"""
Your report
-----------
Report ID: 0F3C9A21
Reported URL: {X[9]}
Reported for: Content illegal in my country - Republic of Korea
Reference you provided: KCSC-240902-01
Submitted: 3 Sep 2024

Our decision
------------
We reviewed the post you reported. Because it is illegal in the Republic
of Korea, we have withheld it in that country. It remains visible
elsewhere.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-form echo followed by the decision ('we have withheld it in that country')",
    why="the echoed report names the URL and the decision below it restricts it in Korea",
    items={X[9]: "restricted"},
)

_x7_a, _x7_b = X[7].split("/status/")
add(
    name="x-angle-bracket-url-wrapped",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 05:27:36 +0000",
    subject="Re: KCSC-240902-01 (ochre_signal, mint_quarry)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We have removed the post <{_x7_a}/
 status/{_x7_b}> for violating our
rules on illegal gambling.

The post <{X[2]}> is withheld in
Korea.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal plain-text reply whose mail client wrapped a long angle-bracketed URL (RFC 3986 appendix C style)",
    why="removal of the wrapped ochre_signal post and withholding of the mint_quarry post; both sentences unhedged",
    items={X[7]: "removed", X[2]: "restricted"},
)

add(
    name="x-promise-will-withhold",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 02:10:51 +0000",
    subject="Re: KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We have received your request KCSC-240902-01. Our team has assessed the
following posts, and they will be withheld in the Republic of Korea within
the next 24 hours:

  {X[4]}
  {X[5]}

We will confirm once this is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future withholding",
    why="'will be withheld' is a promise, not a statement; names requested items",
    items={X[4]: "pending", X[5]: "pending"},
)

add(
    name="x-bulk-all-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 03:33:03 +0000",
    subject="Re: KCSC-240902-01 - completed",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Hello,

We have withheld in South Korea all of the posts and the account listed in
your request KCSC-240902-01. The affected users have been notified.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line completion notice covering a whole request",
    why="a statement about all items of a 12-item request without naming any",
    items={u: "pending" for u in X},
)

add(
    name="x-spoofed-dmarc-fail",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    auth="fail",
    date="Thu, 12 Sep 2024 19:04:47 +0000",
    subject="Re: KCSC-240902-01 completed",
    body=f"""
Dear KCSC,

Your removal request KCSC-240902-01 has been completed. The following posts
were deleted:

{X[2]}
{X[3]}

X Legal Department
""",
    outcome="review", review="untrusted",
    imitates="X-looking legal notice failing DKIM/SPF/DMARC",
    why="From x.com but authentication fails; statements are kept for review, nothing changes",
    items={X[2]: "pending", X[3]: "pending"},
)

add(
    name="x-out-of-office",
    **{"from": "dana.whitfield@x.com"}, name_from="Dana Whitfield",
    date="Mon, 02 Sep 2024 01:31:12 +0000",
    subject="Automatic reply: [KCSC-240902-01] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240902-01"),
    body="""
Thank you for your email. I am out of the office until 16 September with
limited access to email.

For legal removal requests, please use the legal request portal or write
to legal-support@x.com. For anything urgent, contact my colleague Minji Koh.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X employee",
    why="automatic out-of-office reply",
    items={},
)

add(
    name="x-account-holder-lawyer",
    **{"from": "jh.park@parklee-law.example"}, name_from="Jaehoon Park",
    date="Wed, 11 Sep 2024 08:45:00 +0000",
    subject="KCSC-240902-01 - post by @ochre_signal",
    body=f"""
Dear Sirs,

We act for the holder of the X account @ochre_signal, which was named in
your request KCSC-240902-01.

Our client has voluntarily deleted the post at
{X[6]}
and asks that the matter be treated as closed.

Yours faithfully,
Jaehoon Park
Park & Lee Law Offices
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the account holder's law firm reporting a voluntary deletion",
    why="not the platform: a third party's claim about a requested item",
    items={X[6]: "pending"},
)

# ======================= YouTube (KCSC-240903-02, 4 items) =======================
add(
    name="yt-legal-blocked-kr-and-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 10:22:31 +0000",
    subject="Re: [6-3318000039941] KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi,

Thanks for contacting YouTube. After reviewing your legal request
(KCSC-240903-02), we have blocked the following content from view in
South Korea:

{YT[0]}

In addition, the following video has been removed from YouTube for
violating our Community Guidelines:

{YT[1]}

We are still reviewing the remaining URLs.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome ('blocked from view in <country>' / removed for Community Guidelines)",
    why="each statement followed by its URL on the next paragraph line",
    items={YT[0]: "restricted", YT[1]: "removed"},
)

add(
    name="yt-age-restricted-and-channel-kept",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 03:48:12 +0000",
    subject="Re: [6-3318000039941] KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

We've age-restricted the following Short: {YT[2]}.
Viewers must now be signed in and over 18 to watch it.

We reviewed the channel {YT[3]} and did
not find that it violates our Community Guidelines or local law. We are
not taking action on the channel at this time.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome: age restriction plus a no-violation decision on a channel",
    why="age-restricted Short (restricted, URL followed by a full stop); channel reviewed and left up (rejected)",
    items={YT[2]: "restricted", YT[3]: "rejected"},
)

add(
    name="yt-channel-terminated-base64",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date="Sat, 07 Sep 2024 12:05:58 +0000",
    subject="Update on your legal request KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""Hi,

Thank you for your report.

The YouTube channel {YT[3]} has been terminated for
severe violations of YouTube's Terms of Service. Its videos are no longer
available on YouTube.

- The YouTube Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube channel-termination notice sent to the reporter, base64 body",
    why="the channel itself is terminated: removed; its videos are not named",
    items={YT[3]: "removed"},
)

_yt_csv = f"""url,action,detail
{YT[0]},Removed,Community Guidelines - harmful or dangerous content
{YT[1]},Blocked in KR,Local legal removal
{YT[2]},Not found,Video unavailable - deleted by the uploader
{YT[3]},No action,No violation of policy or local law found
"""
add(
    name="yt-csv-attachment-four-outcomes",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 02:11:40 +0000",
    subject="Re: [6-3318000039941] KCSC-240903-02 - results",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt_9f21"

--=_yt_9f21
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please see the attached file for the outcome on each URL in your request
KCSC-240903-02.

Regards,
YouTube Legal Support

--=_yt_9f21
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240903-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_yt_csv)}
--=_yt_9f21--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support result sheet attached as CSV",
    why="one CSV row per URL: removed, blocked in KR, deleted by uploader (not found), no action (rejected)",
    items={YT[0]: "removed", YT[1]: "restricted", YT[2]: "not_found", YT[3]: "rejected"},
)

add(
    name="yt-hedge-may-have-been-removed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Wed, 04 Sep 2024 08:19:27 +0000",
    subject="Re: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi there,

It looks like the video {YT[1]} may already have been
taken down by the uploader. We'll double-check and get back to you with a
confirmation.

Thanks,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support interim note with a hedged observation",
    why="'looks like ... may already have been' is a hedge; names a requested item",
    items={YT[1]: "pending"},
)

add(
    name="yt-conditional-uploader-notice",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 01:02:45 +0000",
    subject="Re: [6-3318000039941] KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

We've notified the uploader of {YT[0]} about your
complaint. If the content is not edited or removed by the uploader within
7 days, we will restrict it in South Korea.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal notice of uploader notification with a conditional future restriction",
    why="a condition and a promise, no statement of a status",
    items={YT[0]: "pending"},
)

add(
    name="yt-legal-complaint-receipt",
    **{"from": "no-reply@google.com"}, name_from="Google",
    date="Tue, 03 Sep 2024 05:01:09 +0000",
    subject="[6-3318000039941] Your legal complaint has been received: KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body="""
Hello,

Thank you for submitting your legal complaint to Google. We've received it
and will review it. Your complaint ID is 6-3318000039941; please keep it
for your records.

Please don't reply to this message; this mailbox is not monitored.

The Google Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-removals web form receipt with complaint ID",
    why="pure receipt: complaint ID, will review, no item statement",
    items={},
)

# ======================= Meta (KCSC-240904-03, 5 items) =======================
add(
    name="meta-restricted-local-law-instagram",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Fri, 06 Sep 2024 06:30:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Thank you for your report. We've restricted access to the following
content in South Korea based on your report that it violates local law:

Instagram post
{META[2]}

Instagram reel
{META[3]}

The content remains available in other countries. We'll follow up on the
other items in your report.

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' outcome to a government reporter",
    why="two Instagram URLs under one unhedged statement of restriction in Korea",
    items={META[2]: "restricted", META[3]: "restricted"},
)

add(
    name="meta-removed-and-not-found",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Sat, 07 Sep 2024 04:14:21 +0000",
    subject="Re: KCSC-240904-03 - Facebook",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hi,

We removed this Facebook post because it goes against our Community
Standards on fraud and deception:
{META[1]}

We weren't able to find the content at the link below. It may have been
removed by the person who posted it, or the link may be incorrect:
{META[0]}

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta report outcome: removed under Community Standards / content not found",
    why="removal of the page post; 'weren't able to find' is a plain not-found, the 'may have been' only guesses why",
    items={META[1]: "removed", META[0]: "not_found"},
)

add(
    name="meta-dsa-statement-account-disabled",
    **{"from": "noreply@facebookmail.com"}, name_from="Instagram",
    date="Mon, 09 Sep 2024 09:52:33 +0000",
    subject="Decision on the content you reported (KCSC-240904-03)",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Statement of reasons

Reported content: Instagram account {META[4]}
Decision: Account disabled
Territorial scope: All countries
Basis for the decision: Instagram Terms of Use and Community Guidelines
(fraud and scams)
Facts relied on: notice received from a government authority; review of
the account's posts
Use of automated means: automated means were not used to take the decision

The account holder can appeal this decision. Learn more at
https://help.instagram.com/454180999999999

Instagram from Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram DSA Article 17-style statement of reasons (decision, scope, basis, automated means)",
    why="the account is disabled in all countries: removed; the help link is not an item",
    items={META[4]: "removed"},
)

_meta_html = f"""<!DOCTYPE html>
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Update on your report</h2>
<p>Hi,</p>
<p>We reviewed the Instagram account you reported
(<a href="{META[4]}">{META[4]}</a>) and found that it
doesn't go against our Community Guidelines.</p>
<p>After a legal review, we also did not find a sufficient basis to
restrict it under local law, so it will stay visible on Instagram.</p>
<p>Reference: KCSC-240904-03</p>
<p style="color:#888">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>
</body></html>
"""
add(
    name="meta-html-base64-no-violation",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Mon, 09 Sep 2024 11:20:08 +0000",
    subject="Re: KCSC-240904-03 - sleet_archive_kr",
    reply_to_req=mid("KCSC-240904-03"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_meta_html),
    outcome="applied", classification="confirmation",
    imitates="Meta HTML-only report outcome ('doesn't go against our Community Guidelines'), base64",
    why="reviewed, no violation, no legal basis: stays up (rejected)",
    items={META[4]: "rejected"},
)

add(
    name="meta-bulk-taken-action",
    **{"from": "gov-requests@meta.com"}, name_from="Meta Government Requests",
    date="Tue, 10 Sep 2024 07:07:07 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body="""
Hello,

We've taken action on the content you reported in KCSC-240904-03. Thank you
for helping keep our community safe.

Meta Content Restrictions Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-sentence 'we've taken action' closure for a multi-item report",
    why="a statement about the whole 5-item request without naming items",
    items={u: "pending" for u in META},
)

add(
    name="meta-read-receipt",
    **{"from": "j.moreau@meta.com"}, name_from="Julien Moreau",
    date="Wed, 04 Sep 2024 03:12:50 +0000",
    subject="Read: KCSC-240904-03 Request for removal of illegal content",
    reply_to_req=mid("KCSC-240904-03"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_44a1"

--=_mdn_44a1
Content-Type: text/plain; charset=utf-8

Your message

  To: j.moreau@meta.com
  Subject: KCSC-240904-03 Request for removal of illegal content
  Sent: Wednesday, September 4, 2024 9:45 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:12 PM (UTC+09:00) Seoul.

--=_mdn_44a1
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;j.moreau@meta.com
Original-Message-ID: <KCSC-240904-03.1@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_44a1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (MDN) from a Meta employee",
    why="read receipt",
    items={},
)

# ======================= TikTok (KCSC-240905-04, 3 items) =======================
add(
    name="tiktok-report-outcome-removed-and-kept",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 07 Sep 2024 08:03:19 +0000",
    subject="Re: KCSC-240905-04 - Result of your report",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello,

Thanks for your report. We removed
{TT[0]}
for violating our Community Guidelines on sexual content.

We reviewed {TT[2]} and found no
violation of our Community Guidelines or of local law, so the video stays
up.

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome ('we removed' / 'no violation found') sent to a reporter",
    why="thanks phrase plus two unhedged statements: removed and rejected",
    items={TT[0]: "removed", TT[2]: "rejected"},
)

add(
    name="tiktok-restricted-fullwidth-gmail-quote",
    **{"from": "sora.lim@tiktok.com"}, name_from="Sora Lim",
    date="Mon, 09 Sep 2024 05:41:56 +0000",
    subject="Re: [KCSC-240905-04] Request for removal of illegal content",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hello KCSC,

We have restricted access in the Republic of Korea to the video you
reported（{TT[1]}）in accordance with local law.

The other two videos are still with our review team.

Best regards,
Sora Lim
Government Relations, TikTok Korea

{gmail_quote("Thu, 5 Sep 2024 at 11:00,", "KCSC-240905-04", TT, "TikTok")}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea government-relations reply with a URL in full-width parentheses over the Gmail-quoted request",
    why="one video restricted in Korea; the URL ends at the full-width parenthesis; the quoted list is ours",
    items={TT[1]: "restricted"},
)

add(
    name="tiktok-report-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Thu, 05 Sep 2024 02:05:40 +0000",
    subject="We've received your report",
    body="""
Hi,

We've received your report. Report number: TT-KR-58203311.

Our team will review the content you reported and take action if it
violates our Community Guidelines or local law. This usually takes up to
7 days. You can check the status of your report in your Safety Center.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok automatic report receipt with report number",
    why="pure acknowledgement",
    items={},
)

add(
    name="twitch-not-our-service-wrong-platform",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date="Fri, 06 Sep 2024 18:22:10 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""
Hello,

Thank you for your notice (KCSC-240905-04). We have reviewed the links you
provided and could not locate any of this content on Twitch:

- {TT[0]}
- {TT[2]}

These links point to TikTok, which is not operated by Twitch. Please direct
your request to that service.

Twitch Legal
""",
    outcome="review", review="wrong_platform",
    imitates="Twitch legal reply to a misdirected notice ('not hosted on our service')",
    why="Twitch states not-found for TikTok items; only TikTok can state their status",
    items={TT[0]: "pending", TT[2]: "pending"},
)

# ======================= Reddit (KCSC-240906-05, 2 items) =======================
add(
    name="reddit-post-removed-korean-path",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 20:15:44 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hi there,

Thanks for your request (KCSC-240906-05). After investigating, we've
removed the following post for violating Reddit's Content Policy (Rule 7,
illegal transactions):

<{RD_RAW}>

We're still looking into the user account you reported.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin reply ('after investigating, we've removed') with a raw Korean path URL",
    why="raw Korean path matches the percent-encoded requested URL; the account is still under investigation",
    items={RD[0]: "removed"},
)

add(
    name="reddit-user-suspended-post-gone",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Wed, 11 Sep 2024 17:30:03 +0000",
    subject="Re: KCSC-240906-05",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hi,

Following up on your request KCSC-240906-05:

The account {RD[1]} has been permanently suspended
from Reddit for violating our rules on illegal transactions.

The post at {RD[0]}
had already been deleted by its author before our review, so there was
nothing for us to remove.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit admin follow-up: account permanently suspended, post already deleted by author",
    why="suspended account is removed; post deleted by its author is not_found",
    items={RD[1]: "removed", RD[0]: "not_found"},
)

add(
    name="reddit-portal-notice-no-claims",
    **{"from": "noreply@redditmail.com"}, name_from="Reddit",
    date="Thu, 12 Sep 2024 16:00:00 +0000",
    subject="Changes to how government requests are submitted to Reddit",
    body="""
Hello,

You're receiving this message because you have submitted a request to
Reddit on behalf of a government agency.

Starting 1 October 2024, content removal and information requests from
government agencies should be submitted through our new Government
Request Portal. Requests sent by email after that date may take longer to
process.

You can learn more at https://support.reddithelp.com/hc/en-us/articles/gov-requests

Reddit, Inc.
""",
    outcome="review", review="no_claims",
    imitates="Reddit mass notice to government requesters about a new intake portal",
    why="trusted Reddit mail naming no item and no request",
    items={},
)

# ======================= Discord (KCSC-240909-06, 1 item) =======================
add(
    name="discord-server-removed-sole",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 22:48:37 +0000",
    subject="Re: [41877230] KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
Hi there,

Thanks for your report regarding KCSC-240909-06 (ticket #41877230).

We've investigated and have removed the server associated with the invite
link you reported, and banned the server owner's account for violating our
Community Guidelines.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome email ('we've investigated and removed the server')",
    why="unhedged removal naming no URL, answering a one-item request",
    items={DC[0]: "removed"},
)

add(
    name="discord-asks-for-message-links",
    **{"from": "noreply@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 13:12:09 +0000",
    subject="Re: [41877230] KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hi there,

Thanks for reaching out. We've looked at the invite {DC[0]},
but we need more information to act on your report. Could you send us
message links (right-click the message > Copy Message Link) for the
specific messages that share personal data, along with a short
description of each?

Once we have those, we'll be able to continue our investigation.

Discord Trust & Safety
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Discord Trust & Safety request for message links",
    why="asks for more information; no status stated",
    items={DC[0]: "pending"},
)

add(
    name="discord-ticket-receipt",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date="Mon, 09 Sep 2024 01:02:03 +0000",
    subject="[41877230] KCSC-240909-06",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
##- Please type your reply above this line -##

Your request (41877230) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Discord (Zendesk) ticket receipt",
    why="pure ticket receipt",
    items={},
)

# ======================= Pinterest (KCSC-240910-07, 2 items) =======================
add(
    name="pinterest-removed-and-not-found",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Thu, 12 Sep 2024 21:10:50 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hi,

Thank you for your report. We removed the following Pin for violating our
Community Guidelines:
{PN[0]}

We couldn't find the following Pin. It's possible the Pinner deleted it:
{PN[1]}

Pinterest Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Pinterest report outcome ('we removed the following Pin' / 'we couldn't find')",
    why="removed; not found (the 'possible' only guesses the reason)",
    items={PN[0]: "removed", PN[1]: "not_found"},
)

add(
    name="pinterest-status-under-review",
    **{"from": "legal@pinterest.com"}, name_from="Pinterest Legal",
    date="Wed, 11 Sep 2024 09:33:27 +0000",
    subject="Re: KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
Hello,

Here is the current status of your report KCSC-240910-07:

Pin: {PN[0]}
Status: Under review

Pin: {PN[1]}
Status: Under review

We'll email you again once a decision has been made.

Pinterest Legal
""",
    outcome="review", review="not_understood",
    imitates="Pinterest status update listing each Pin as under review",
    why="'under review' is not a status; names requested items",
    items={PN[0]: "pending", PN[1]: "pending"},
)

# ======================= others =======================
add(
    name="dsn-bounce-pinterest-address",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Tue, 10 Sep 2024 06:31:02 +0000",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="=_dsn_81c0"

--=_dsn_81c0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<copyright-kr@pinterest.example>: host mx.pinterest.example[203.0.113.25]
    said: 550 5.1.1 <copyright-kr@pinterest.example>: Recipient address
    rejected: User unknown (in reply to RCPT TO command)

--=_dsn_81c0
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 15:30:58 +0900 (KST)

Final-Recipient: rfc822; copyright-kr@pinterest.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_dsn_81c0
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: copyright-kr@pinterest.example
Subject: KCSC-240910-07 Request for removal of illegal content
Message-ID: <KCSC-240910-07.0@kcsc.example>
Date: Tue, 10 Sep 2024 15:30:00 +0900

{chr(10).join(req_text("KCSC-240910-07", PN, "Pinterest"))}

--=_dsn_81c0--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a request sent to a wrong address",
    why="bounce; the URLs are only in the returned original",
    items={},
)

add(
    name="snapchat-unmonitored-autoreply",
    **{"from": "no-reply@snapchat.com"}, name_from="Snapchat Support",
    date="Wed, 11 Sep 2024 00:40:11 +0000",
    subject="Re: Contact from the Korea Communications Standards Commission",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

This email address is not monitored, so we won't see your message.

To report a safety concern or illegal content on Snapchat, please use the
reporting tools in the app or the form on our Support site. Law
enforcement and government agencies can find our guidelines on the Snap
law enforcement page.

Team Snapchat
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snapchat 'this mailbox is not monitored' automatic reply",
    why="automatic reply",
    items={},
)

HEADER = """# Blind set 922 (tests/corpus/blind922/make.py writes this file).
# Focus: English notices from many platforms. Expected results were written
# from each email's meaning before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind922", HEADER, cases)
    print(len(cases), "cases")
