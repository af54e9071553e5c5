#!/usr/bin/env python3
"""Blind set 448: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind448/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of each email alone,
before the reader was ever run on this set. All names, ids and URLs are
fictional.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind448"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/bluefinch_kr/status/1829100000000000101",
    "https://x.com/bluefinch_kr/status/1829100000000000102",
    "https://x.com/mokpo_deals/status/1829100000000000203",
    "https://x.com/mokpo_deals/status/1829100000000000204",
    "https://x.com/nightowl_trader/status/1829100000000000305",
    "https://x.com/nightowl_trader",
    "https://x.com/sunny_grid77/status/1829100000000000407",
    "https://x.com/sunny_grid77/status/1829100000000000408",
    "https://x.com/paper_lantern_9/status/1829100000000000509",
    "https://x.com/paper_lantern_9/status/1829100000000000510",
    "https://x.com/qbit_rumors/status/1829100000000000611",
    "https://x.com/qbit_rumors/status/1829100000000000612",
    "https://x.com/harbor_echo/status/1829100000000000713",
]
M = [
    "https://www.facebook.com/groups/3300112233/posts/7700112233445566/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02Xq7LmZ&id=100089912345678",
    "https://www.instagram.com/p/C9kT2bLxQ4a/",
    "https://www.instagram.com/reel/C9mW8pRsT1e/",
    "https://www.facebook.com/haneul.market.official",
]
T = [
    "https://www.tiktok.com/@dalbit_vibes/video/7409912345678901234",
    "https://www.tiktok.com/@dalbit_vibes/video/7409912345678905678",
    "https://www.tiktok.com/@coin.pump.daily/video/7410011122233344455",
    "https://www.tiktok.com/@coin.pump.daily",
]
R = [
    "https://www.reddit.com/r/koreaTrades/comments/1f8qz3k/cheap_licences_dm_me/",
    "https://www.reddit.com/r/koreaTrades/comments/1f8r0ab/comment/lm2k9xq/",
    "https://www.reddit.com/user/quickcash_seoul/",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3kT8vLp2A",
    "https://www.youtube.com/shorts/Zr7pW1nXc9E",
    "https://www.youtube.com/@luckydraw_tv",
]
D = [
    "https://discord.gg/f4stc4sh",
    "https://discord.com/channels/1199000111222333444/1199000111222333555/1281234567890123456",
]
W = ["https://www.twitch.tv/videos/2251234567"]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", X,
     "illegal_goods", 'resale of "licence keys", fake IDs; 13 posts and one account'),
    ("KCSC-240903-02", "meta", "2024-09-03T09:15:00+09:00", "2024-09-10T23:59:59+09:00", M,
     "fraud", "investment scam: group post, permalink, two Instagram items, one Page"),
    ("KCSC-240904-03", "tiktok", "2024-09-04T11:20:00+09:00", "2024-09-11T23:59:59+09:00", T,
     "gambling", "illegal betting promotion, videos and account"),
    ("KCSC-240905-04", "reddit", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", R,
     "illegal_goods", "software licence resale, post, comment, user"),
    ("KCSC-240906-05", "youtube", "2024-09-06T10:40:00+09:00", "2024-09-13T23:59:59+09:00", Y,
     "gambling", "lottery-style gambling promotion"),
    ("KCSC-240909-06", "discord", "2024-09-09T16:05:00+09:00", "2024-09-16T23:59:59+09:00", D,
     "fraud", "server selling stolen accounts; invite and one message"),
    ("KCSC-240910-07", "twitch", "2024-09-10T09:30:00+09:00", "2024-09-17T23:59:59+09:00", W,
     "gambling", "VOD advertising unlicensed casino"),
]


def mid(ref):
    return "kcsc." + ref[5:] + ".b448"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def quoted_request(ref, urls, platform_name, prefix="> "):
    lines = [
        f"Dear {platform_name},",
        "",
        f"The Korea Communications Standards Commission requests the removal of, or",
        f"the blocking of access from Korea to, the following content (ref {ref}),",
        "which violates the Act on Promotion of Information and Communications",
        "Network Utilization and Information Protection:",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "Please reply with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= X (largest)
case(
    name="x-legal-withheld-kr-bullets",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 07:12:40 +0000",
    subject="Re: Removal request KCSC-240902-01 [ref:_00D4x1Kq._5004x0ABcD:ref]",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report dated 2 September 2024 (your reference
KCSC-240902-01).

After reviewing the reported content against the X Rules and applicable
local law, we have withheld access to the following posts in South Korea.
They remain available to people outside that country.

- {X[0]}
- {X[1]}
- {X[2]}
- {X[3]}

The remaining URLs in your request are still being assessed and we will
respond to you separately about them.

Consistent with our policy, the account holders have been notified of this
action. More information about country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email: 'withheld in country' list with a help-centre link",
    why="four posts named in a bullet list under an unhedged 'we have withheld ... in South Korea'",
    items={X[0]: "restricted", X[1]: "restricted", X[2]: "restricted", X[3]: "restricted"},
)

case(
    name="x-account-suspended",
    **{"from": "support@x.com"}, name_from="X Support",
    date="Thu, 05 Sep 2024 02:30:11 +0000",
    subject="Case 0X-24-881245: account action (KCSC-240902-01)",
    body=f"""
Hi,

We've reviewed the account you reported, @nightowl_trader
({X[5]}).

The account has been permanently suspended for violating the X Rules on
platform manipulation and spam. Suspended accounts are not visible on X.

Reports about individual posts in your request are handled under a
separate case number and you will hear from us about them.

Thanks,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support 'account suspended' outcome for a reported account",
    why="the account URL in parentheses after its handle; permanent suspension = unavailable everywhere",
    items={X[5]: "removed"},
)

case(
    name="x-url-then-status-below",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Fri, 06 Sep 2024 09:41:03 +0000",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

We have completed our review of two further posts from your request
KCSC-240902-01.

{X[11]}
We were unable to locate this post. It may have been deleted before our
review, or the link may be incorrect.

{X[12]}
Having reviewed this post, we did not find it to be in violation of the X
Rules, and the information provided is not sufficient for us to take action
under local law. We are therefore not taking any action on it.

If you have additional information, such as a court order, you may submit
a new request through our legal request form.

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal 'unable to locate' / 'no action' per-URL replies",
    why="bare URL with its outcome on the lines below: one not found (unhedged 'unable to locate'), one refused",
    items={X[11]: "not_found", X[12]: "rejected"},
)

x_table_rows = [
    (X[6], "Withheld", "South Korea", "Local law"),
    (X[7], "Removed", "Global", "X Rules: illegal or certain regulated goods"),
    (X[8], "No action", "&ndash;", "No violation identified"),
    (X[9], "Not found", "&ndash;", "Post no longer exists"),
]
html_rows = "\n".join(
    f"<tr><td>{i}</td><td><a href=\"{u}\">{u}</a></td><td>{a}</td><td>{s}</td><td>{n}</td></tr>"
    for i, (u, a, s, n) in enumerate(x_table_rows, 1)
)
case(
    name="x-html-decision-table",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 03:05:27 +0000",
    subject="Decision summary - KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below our decisions on the posts from your request <b>KCSC-240902-01</b> that we have reviewed so far.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Reported URL</th><th>Decision</th><th>Scope</th><th>Basis</th></tr>
{html_rows}
</table>
<p>Posts withheld in a country remain visible elsewhere. You can read about our approach at
<a href="https://help.x.com/en/rules-and-policies/post-withheld-by-country">our Help Center</a>.</p>
<p>Regards,<br>X Legal Operations</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal decision summary as an HTML table (withheld / removed / no action / not found)",
    why="one row per URL with its decision: withheld KR, removed, no action, not found",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected", X[9]: "not_found"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "dana.k@x.com"}, name_from="Dana Kwon",
    date="Tue, 10 Sep 2024 05:18:44 +0000",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello KCSC team,

Update on two of the posts below:

{X[10]} — withheld in Korea as of today.
{X[11]} — reviewed; no violation of the X Rules or local law identified, so no action taken.

Best,
Dana
Global Government Affairs, X

On Mon, Sep 2, 2024 at 10:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X, "X Corp.")}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staffer's top-posted reply over the quoted request (Gmail style)",
    why="two URLs with outcomes after a dash; the 13 URLs in the quoted request below say nothing",
    items={X[10]: "restricted", X[11]: "rejected"},
)

x_csv = "\n".join([
    "reported_url,action,country,notes",
    f"{X[2]},withheld,KR,Withheld under local law",
    f"{X[3]},withheld,KR,",
    f'{X[4]},removed,ALL,"Violation of X Rules, illegal goods"',
    f"{X[12]},no_action,,No violation identified",
]) + "\n"
case(
    name="x-csv-attachment",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 08:00:09 +0000",
    subject="KCSC-240902-01 - outcome file",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_b448_csv"

--=_xlegal_b448_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL of your request KCSC-240902-01
that we have processed this week. The "action" column gives our decision.

Regards,
X Legal Operations

--=_xlegal_b448_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: 7bit

{x_csv}
--=_xlegal_b448_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as a CSV attachment (url, action, country)",
    why="CSV rows: two withheld in KR, one removed globally (note with a quoted comma), one no action",
    items={X[2]: "restricted", X[3]: "restricted", X[4]: "removed", X[12]: "rejected"},
)

case(
    name="x-quoted-printable-wrapped",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 01:44:52 +0000",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Regarding KCSC-240902-01: the following post has been removed from X for violating our rules on illegal or certain regulated goods or services: {X[8]}

The post {X[9]} is no longer available on X because the account holder deleted it before we completed our review, so no action was needed on our side.

We’re closing this part of your request.

Regards,
X Legal Operations
"""),
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable with long lines soft-wrapped inside URLs",
    why="after QP decoding: one post removed, one already deleted by its author (not found)",
    items={X[8]: "removed", X[9]: "not_found"},
)

case(
    name="x-numbered-list-mixed",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 06:25:33 +0000",
    subject="Status update: KCSC-240902-01",
    body=f"""
Reference: KCSC-240902-01

Hello,

Here is the status of five of the reported posts:

1. {X[0]} - Withheld in KR
2. {X[1]} - Removed (X Rules violation)
3. {X[2]} - Withheld in KR
4. {X[6]} - Already deleted by the account owner
5. {X[7]} - No action; does not violate the X Rules or Korean law as described

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal status update as a numbered list 'URL - decision'",
    why="five numbered lines, each URL followed by its decision",
    items={X[0]: "restricted", X[1]: "removed", X[2]: "restricted", X[6]: "not_found", X[7]: "rejected"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Wed, 04 Sep 2024 10:02:15 +0000",
    subject="Re: Removal request KCSC-240902-01",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request KCSC-240902-01. Our team has reviewed the posts
listed below and they will be withheld in South Korea once the internal
legal sign-off is complete, which we expect within the next two business
days:

{X[0]}
{X[1]}

We will confirm to you when this has been done.

Regards,
X Legal Operations
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future country withholding",
    why="'will be withheld once ... sign-off is complete' is a promise, not a statement",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal@x.com"}, name_from="X Legal", auth="fail",
    date="Thu, 05 Sep 2024 13:59:01 +0000",
    subject="Re: Removal request KCSC-240902-01",
    body=f"""
Dear KCSC,

We confirm that the following posts have been removed:

{X[0]}
{X[1]}

Kind regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal confirmation, but sent through a relay failing DKIM/SPF/DMARC",
    why="From x.com with dmarc=fail: the statements cannot be trusted",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-unknown-sender-outlook",
    **{"from": "x.safety.desk@outlook.com"}, name_from="X Safety Team",
    date="Sat, 07 Sep 2024 04:11:37 +0000",
    subject="Your request KCSC-240902-01 - resolved",
    body=f"""
Hello,

This is X Safety. Regarding your request KCSC-240902-01, the post
{X[4]} has been removed and the account
{X[5]} has been suspended.

Thank you for helping keep X safe.

X Safety Team
""",
    outcome="review", review="unknown_sender",
    imitates="outcome email in X's wording from a free-mail address",
    why="outlook.com is no platform's domain; it names our request and two X URLs",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="x-conflicting-summary",
    **{"from": "legal-operations@x.com"}, name_from="X Legal",
    date="Mon, 16 Sep 2024 02:02:02 +0000",
    subject="Case summary - KCSC-240902-01",
    body=f"""
Case summary for KCSC-240902-01

Reported content: {X[12]}
Action taken: Removed

Details of our review:
{X[12]} - our review found no violation of the X Rules and no basis under
local law; no action was taken on this post.

Regards,
X Legal Operations
""",
    outcome="review", review="conflicting_statements",
    imitates="auto-generated X case summary whose header and detail disagree",
    why="the same post is said to be removed and to have had no action taken",
    items={X[12]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "dana.k@x.com"}, name_from="Dana Kwon",
    date="Mon, 02 Sep 2024 01:00:41 +0000",
    subject="Automatic reply: Removal request KCSC-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until Monday 9 September
with limited access to email. For urgent legal requests, please use the
X legal request form at https://legalrequests.x.com.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from an X staffer",
    why="auto-reply (Auto-Submitted, 'out of the office'); says nothing about items",
    items={},
)

# ================================================================= Meta
case(
    name="meta-local-law-headings",
    **{"from": "government-requests@facebookmail.com"}, name_from="Meta",
    date="Thu, 05 Sep 2024 11:22:07 +0000",
    subject="Your report to Meta (KCSC-240903-02)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi,

Thanks for contacting Meta about content you believe violates Korean law
(your reference KCSC-240903-02). We reviewed the reported content and took
the following action.

Content restricted in South Korea based on local law:
{M[0]}
{M[2]}

Content removed for going against our Community Standards on fraud, scams
and deceptive practices:
{M[1]}

Restricting content based on local law means it remains available to
people outside South Korea. You can learn more about how we handle these
reports at https://transparency.meta.com/reports/content-restrictions

Meta Content Restrictions Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'content restricted based on local law' response to a government report",
    why="URLs listed under two headings: restricted in South Korea, removed under Community Standards",
    items={M[0]: "restricted", M[2]: "restricted", M[1]: "removed"},
)

case(
    name="meta-statement-of-reasons",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date="Fri, 06 Sep 2024 08:47:19 +0000",
    subject="Statement of reasons: decision on content you reported",
    body=f"""
Statement of reasons

Reference number: SOR-2024-09-0457781
Your reference: KCSC-240903-02

Content concerned: {M[3]}
Type of content: video
Decision taken: removal of the content
Territorial scope of the decision: worldwide
Facts and circumstances: notice submitted by a public authority
Ground for decision: incompatible with our terms (Community Guidelines -
fraud and scams)
Automated means used: no, a human reviewer made this decision

If you disagree with this decision, you can use the options described in
our Help Center: https://help.instagram.com/appeals

Instagram, Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17-style statement of reasons (decision, territorial scope, ground)",
    why="'Decision taken: removal of the content', worldwide, for the one URL given",
    items={M[3]: "removed"},
)

case(
    name="meta-not-found-and-left-up",
    **{"from": "escalations-kr@meta.com"}, name_from="Meta Escalations",
    date="Mon, 09 Sep 2024 07:30:55 +0000",
    subject="RE: KCSC-240903-02",
    body=f"""
Hello,

Two more items from request KCSC-240903-02:

We couldn't find the post at {M[2]}. The link may be broken or the post may
have been deleted by the account that shared it.

We reviewed the Facebook Page {M[4]} and found that it doesn't go against
our Community Standards. Based on the information provided we also did not
find a legal basis to restrict it in Korea, so we've left the Page up.

Kind regards,
Meta Escalations (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="Meta help-centre outcomes 'we couldn't find' and 'doesn't go against our Community Standards'",
    why="an unhedged 'couldn't find' (the 'may' only guesses why) and a Page left up after review",
    items={M[2]: "not_found", M[4]: "rejected"},
)

case(
    name="meta-gmail-quote-one-removed",
    **{"from": "priya.s@meta.com"}, name_from="Priya S.",
    date="Tue, 10 Sep 2024 01:16:30 +0000",
    subject="Re: Removal request KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hi team,

Following up on your request: the group post
{M[0]} has been taken down globally.
The rest are still with our legal team.

Best,
Priya
Public Policy, Meta

On Tue, 3 Sept 2024 at 09:15, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240903-02", M, "Meta Platforms")}
""",
    outcome="applied", classification="confirmation",
    imitates="Meta public-policy contact's short reply over the Gmail-quoted request",
    why="one URL 'taken down globally'; the quoted request with five URLs says nothing",
    items={M[0]: "removed"},
)

m2_wrapped = M[1].replace("&id=", "&\nid=")
case(
    name="meta-outlook-original-message",
    **{"from": "escalations-kr@meta.com"}, name_from="Meta Escalations",
    date="Wed, 11 Sep 2024 03:54:12 +0000",
    subject="RE: Removal request KCSC-240903-02",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

Please see our update below.

<{m2_wrapped}> - removed for violating our fraud and scams policy.

{M[4]} - the Page has been unpublished and is no longer visible to anyone
on Facebook.

Kind regards,
Meta Escalations (Korea)

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 9:15 AM
To: escalations-kr@meta.com
Subject: Removal request KCSC-240903-02

{quoted_request("KCSC-240903-02", M, "Meta Platforms", prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and an angle-bracketed URL wrapped by the client",
    why="permalink (angle brackets, wrapped at '&') removed; Page unpublished = no longer visible to anyone",
    items={M[1]: "removed", M[4]: "removed"},
)

case(
    name="meta-hedge-appears-gone",
    **{"from": "escalations-kr@meta.com"}, name_from="Meta Escalations",
    date="Thu, 05 Sep 2024 06:06:06 +0000",
    subject="RE: KCSC-240903-02",
    body=f"""
Hello,

It appears that the post {M[2]} is no longer accessible. We are checking
with the relevant team whether this was the result of an enforcement action
or a deletion by the user, and will get back to you.

Kind regards,
Meta Escalations (Korea)
""",
    outcome="review", review="not_understood",
    imitates="Meta escalations interim note on an item that seems gone",
    why="'It appears ... no longer accessible' is a hedge; still being checked",
    items={M[2]: "pending"},
)

case(
    name="meta-read-receipt",
    **{"from": "escalations-kr@meta.com"}, name_from="Meta Escalations",
    date="Tue, 03 Sep 2024 02:20:00 +0000",
    subject="Read: Removal request KCSC-240903-02",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="=_mdn_b448_meta"

--=_mdn_b448_meta
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message

  To: escalations-kr@meta.com
  Subject: Removal request KCSC-240903-02
  Sent: Tuesday, September 3, 2024 9:15 AM (UTC+09:00) Seoul

was read on Tuesday, September 3, 2024 11:20 AM (UTC+09:00) Seoul.

--=_mdn_b448_meta
Content-Type: message/disposition-notification

Reporting-UA: meta.com; Microsoft Exchange Server
Final-Recipient: rfc822;escalations-kr@meta.com
Original-Message-ID: <{mid("KCSC-240903-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_b448_meta--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Exchange read receipt (multipart/report disposition-notification)",
    why="an MDN only says the request was displayed",
    items={},
)

# ================================================================= TikTok
case(
    name="tiktok-outcome-bullets",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Fri, 06 Sep 2024 10:10:10 +0000",
    subject="Outcome of your report - KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Hello,

Thank you for your report. Here is the outcome of our review:

• {T[0]} — removed for violating our Community Guidelines
• {T[1]} — removed for violating our Community Guidelines
• {T[2]} — not available in South Korea (restricted under local law)
• {T[3]} — account banned

TikTok Trust and Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-outcome email with one bullet per reported URL",
    why="four bullets: two videos removed, one restricted in Korea, the account banned",
    items={T[0]: "removed", T[1]: "removed", T[2]: "restricted", T[3]: "removed"},
)

tt_html = f"""<!DOCTYPE html>
<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://sf16.tiktokcdn.example/logo.png" alt="TikTok" width="96">
<h2 style="font-size:18px">We've restricted a video you reported</h2>
<p>Hi,</p>
<p>After reviewing your report (reference KCSC-240904-03), we've restricted the following video in your country/region under local law:</p>
<p><a href="{T[2]}">{T[2]}</a></p>
<p>The video remains viewable in other regions.</p>
<p style="color:#888;font-size:12px">This email was sent by TikTok. <a href="https://www.tiktok.com/legal/report">Learn more about reporting</a>.</p>
</div></body></html>
"""
case(
    name="tiktok-base64-html-restricted",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Mon, 09 Sep 2024 12:00:00 +0000",
    subject="Update on your report",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(tt_html)}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok HTML notification 'We've restricted a video you reported', base64-encoded",
    why="one video restricted in the reporter's country/region",
    items={T[2]: "restricted"},
)

case(
    name="tiktok-headings-urls-below",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Tue, 10 Sep 2024 04:40:00 +0000",
    subject="RE: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
Dear KCSC,

Please find the results of our review of request KCSC-240904-03.

Removed:
{T[0]}
{T[1]}

No violation found:
{T[3]}

The account above was reviewed in full and will remain on the platform.

Best regards,
TikTok Law Enforcement & Government Response
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok government-response reply grouping URLs under result headings",
    why="two URLs under 'Removed:', the account under 'No violation found:'",
    items={T[0]: "removed", T[1]: "removed", T[3]: "rejected"},
)

case(
    name="tiktok-sor-visibility-restricted",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 09:09:09 +0000",
    subject="Statement of reasons for content moderation decision",
    body=f"""
Statement of reasons

Decision ID: 7412-SOR-558201
Related notice: KCSC-240904-03
Content: {T[1]}
Restriction applied: visibility restricted - content not available in the
Republic of Korea
Legal ground: illegal content under the law of the Republic of Korea
(gambling)
Detection: notice from a public authority
Automated decision: no

You can find out more about our moderation decisions at
https://www.tiktok.com/transparency

TikTok Technology Limited
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok DSA statement of reasons with a country-scoped visibility restriction",
    why="'content not available in the Republic of Korea' for the one video named",
    items={T[1]: "restricted"},
)

case(
    name="tiktok-bulk-all-removed",
    **{"from": "legal-notices@tiktok.com"}, name_from="TikTok",
    date="Thu, 12 Sep 2024 05:05:05 +0000",
    subject="RE: KCSC-240904-03",
    reply_to_req=mid("KCSC-240904-03"),
    body="""
Dear KCSC,

We have reviewed the content reported under KCSC-240904-03 and all of it has
been removed for violating our Community Guidelines.

Best regards,
TikTok Law Enforcement & Government Response
""",
    outcome="review", review="bulk",
    imitates="TikTok one-line 'all reported content removed' reply",
    why="a statement about every item of a four-item request without naming any",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tiktok-zendesk-receipt",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date="Wed, 04 Sep 2024 02:31:00 +0000",
    subject="[TikTok] Re: KCSC-240904-03 Removal request (#48392017)",
    body="""
##- Please type your reply above this line -##

Your request (#48392017) has been received and is being reviewed by our
support staff.

To add additional comments, reply to this email.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt from a platform help desk",
    why="pure receipt: ticket number, no statement about any item",
    items={},
)

case(
    name="pinterest-about-tiktok-url",
    **{"from": "legal-support@pinterest.com"}, name_from="Pinterest Legal",
    date="Fri, 06 Sep 2024 18:20:44 +0000",
    subject="Re: KCSC-240904-03 Removal request",
    body=f"""
Hi there,

Thanks for your report (KCSC-240904-03).

Content reported: {T[0]}
Outcome: Removed

Please note this decision only applies to Pinterest. If you have questions
about this decision, reply to this email.

Pinterest Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Pinterest legal-support outcome template ('Content reported / Outcome')",
    why="Pinterest states a status for a TikTok item of a TikTok request",
    items={T[0]: "pending"},
)

case(
    name="pinterest-noreply-autoreply",
    **{"from": "no-reply@pinterest.com"}, name_from="Pinterest",
    date="Wed, 04 Sep 2024 02:35:19 +0000",
    subject="Re: KCSC-240904-03 Removal request",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hi,

This mailbox isn't monitored, so we won't see your message. To report
content, or to send a legal request, please use the forms in our Help
Center: https://help.pinterest.com/en/contact

Thanks,
The Pinterest Team
""",
    outcome="ignored", classification="auto_reply",
    imitates="Pinterest 'this mailbox isn't monitored' automatic reply",
    why="auto-reply; no item, nothing stated",
    items={},
)

# ================================================================= Reddit
case(
    name="reddit-legal-angle-brackets",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Mon, 09 Sep 2024 20:14:00 +0000",
    subject="Re: KCSC-240905-04",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
Hi,

Thanks for your report (KCSC-240905-04). After review, Reddit has removed
the following content for violating our Content Policy:

<{R[0]}>
<{R[1]}>

Regarding the user account <{R[2]}>, we reviewed its recent activity and
did not find violations warranting action on the account. It remains
active.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply with URLs in angle brackets",
    why="two URLs removed; the user account reviewed and left active",
    items={R[0]: "removed", R[1]: "removed", R[2]: "rejected"},
)

case(
    name="reddit-geo-restricted",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date="Tue, 10 Sep 2024 21:40:00 +0000",
    subject="Re: KCSC-240905-04",
    body=f"""
Hello,

In response to your legal request, we have geo-restricted
{R[0]} so it is no longer viewable in South Korea.

-Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal 'geo-restricted in country' response",
    why="one post no longer viewable in South Korea",
    items={R[0]: "restricted"},
)

case(
    name="reddit-receipt-plus-removal",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Fri, 06 Sep 2024 00:30:00 +0000",
    subject="We received your report (Case #R-2291044)",
    body=f"""
Hi,

We've received your report (Case #R-2291044) - thanks for taking the time
to submit it.

The comment at {R[1]} has already been removed by our Safety team for
violating Rule 3 of the Reddit Content Policy.

Thanks again,
Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit report receipt that also carries an outcome line",
    why="acknowledgement wording plus an unhedged removal of one named comment",
    items={R[1]: "removed"},
)

case(
    name="reddit-ticket-receipt",
    **{"from": "noreply@reddit.com"}, name_from="Reddit",
    date="Thu, 05 Sep 2024 05:10:00 +0000",
    subject="Your legal request has been received - KCSC-240905-04",
    body="""
Hello,

We've received your legal request and assigned it case number 09455123.
Our team reviews requests in the order they are received; please do not
reply to this message, as this inbox is not monitored.

Reddit Legal
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Reddit legal request receipt with case number",
    why="pure acknowledgement: case number, nothing about any item",
    items={},
)

# ================================================================= YouTube
case(
    name="yt-legal-blocked-kr-and-terminated",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 07:07:07 +0000",
    subject="[8-4410002937511] Your legal complaint (KCSC-240906-05)",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
Hello,

Thank you for your legal complaint regarding KCSC-240906-05.

Following review, we have blocked the following content from view in South
Korea based on local law:

{Y[0]}
{Y[1]}

In addition, the channel {Y[2]} has been terminated for violating YouTube's
Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal-removal outcome: 'blocked from view in [country]' plus channel termination",
    why="two URLs blocked in KR under a colon heading; the channel terminated",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted-and-no-action",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 07:30:00 +0000",
    subject="[8-4410002937511] Update on your legal complaint",
    body=f"""
Hello,

We have reviewed the content identified in your complaint KCSC-240906-05.

{Y[1]}: we have applied an age restriction to this video.

{Y[0]}: after careful review, we have decided not to take action. The video
does not violate our Community Guidelines and we did not find sufficient
basis to restrict it under local law.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome 'age restriction applied' / 'decided not to take action'",
    why="URL-colon-outcome paragraphs: one age-restricted, one refused",
    items={Y[1]: "restricted", Y[0]: "rejected"},
)

case(
    name="yt-bilingual-actioned",
    **{"from": "yt-kr-escalations@google.com"}, name_from="YouTube Korea",
    date="Wed, 11 Sep 2024 02:15:00 +0000",
    subject="RE: KCSC-240906-05 처리 결과 / Outcome",
    body=f"""
Hello,

The video {Y[0]} has been actioned under our policies.

안녕하세요.
신고하신 동영상（{Y[0]}）은 정책에 따라 삭제 조치되었습니다.

YouTube Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea bilingual outcome note (English plus Korean translation)",
    why="'has been actioned under our policies' and the Korean 삭제 조치; URL inside full-width parentheses",
    items={Y[0]: "removed"},
)

case(
    name="yt-asks-for-documents",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 09:00:00 +0000",
    subject="[8-4410002937511] More information needed",
    body=f"""
Hello,

To continue processing your complaint KCSC-240906-05 regarding
{Y[0]}, we need more information. Please reply with:

- a copy of the decision or the specific provision of Korean law that the
  content violates, and
- the timestamps in the video where the alleged unlawful content appears.

We will not be able to proceed until we receive this information.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google/YouTube legal 'we need more information' reply",
    why="asks for the legal basis and timestamps before acting; nothing decided",
    items={Y[0]: "pending"},
)

case(
    name="yt-bulk-all-blocked",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 03:33:00 +0000",
    subject="[8-4410002937511] Your legal complaint (KCSC-240906-05)",
    reply_to_req=mid("KCSC-240906-05"),
    body="""
Hello,

Thank you for your complaint. We have blocked all the content you listed
from view in South Korea.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="bulk",
    imitates="YouTube legal short 'all content blocked in country' reply",
    why="covers every item of a three-item request without naming one",
    items={Y[0]: "pending", Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="yt-out-of-office",
    **{"from": "minji.lee@google.com"}, name_from="Minji Lee",
    date="Fri, 06 Sep 2024 01:45:00 +0000",
    subject="Out of office: Removal request KCSC-240906-05",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Hi,

I'm out of office until September 23 with no access to email. Legal
complaints should be submitted through https://support.google.com/legal
so that they are handled without delay.

Thanks,
Minji
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail vacation responder from a Google employee",
    why="auto-reply; no statement about any item",
    items={},
)

# ================================================================= Discord
case(
    name="discord-server-removed",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Wed, 11 Sep 2024 16:00:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
Hi there,

Thank you for bringing this to our attention. After investigating, we have
removed the server associated with the invite {D[0]} from Discord for
violating our Community Guidelines. The message at
{D[1]}
was deleted as part of this action.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'server removed' reply to a report",
    why="server behind the invite removed; the message deleted (URL on its own line mid-sentence)",
    items={D[0]: "removed", D[1]: "removed"},
)

case(
    name="discord-invite-invalid",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 14:25:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""
Hi there,

The invite link {D[0]} you provided is invalid or has expired, so we were
unable to locate the server it pointed to. No action could be taken on this
link.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety 'invite invalid or expired' reply",
    why="invalid/expired invite, server cannot be located: not found",
    items={D[0]: "not_found"},
)

case(
    name="discord-escalated-promise",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date="Tue, 10 Sep 2024 03:50:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request",
    body=f"""
Hi there,

We have escalated the message
{D[1]}
to our specialist team. If it is confirmed to violate our Community
Guidelines, it will be removed and we will let you know.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord Trust & Safety escalation notice",
    why="conditional promise ('if it is confirmed ... it will be removed')",
    items={D[1]: "pending"},
)

dsn_original = quoted_request("KCSC-240909-06", D, "Discord", prefix="")
case(
    name="discord-bounce-dsn",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Mon, 09 Sep 2024 07:05:31 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="=_dsn_b448_discord"

--=_dsn_b448_discord
Content-Type: text/plain; charset=utf-8

** Address not found **

Your message wasn't delivered to trust-safety-kr@discord.com because the
address couldn't be found, or is unable to receive mail.

--=_dsn_b448_discord
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 07:05:29 +0000

Final-Recipient: rfc822; trust-safety-kr@discord.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--=_dsn_b448_discord
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: trust-safety-kr@discord.com
Subject: Removal request KCSC-240909-06
Date: Mon, 09 Sep 2024 16:05:00 +0900
Message-ID: <{mid("KCSC-240909-06")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_original}

--=_dsn_b448_discord--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification with the original attached",
    why="a DSN; the URLs are only in the returned original request",
    items={},
)

# ================================================================= Twitch
case(
    name="twitch-sole-vod-removed",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Thu, 12 Sep 2024 19:00:00 +0000",
    subject="We've actioned your report - KCSC-240910-07",
    reply_to_req=mid("KCSC-240910-07"),
    body="""
Hi,

Thank you for your report (KCSC-240910-07). Our team reviewed the VOD you
reported and removed it for violating our Community Guidelines on gambling.

For privacy reasons we can't share details of any other enforcement action
taken on the account.

Twitch Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch 'We've actioned your report' email, stating the reported VOD was removed",
    why="names no URL, but the request has one item and the VOD is said removed without hedge",
    items={W[0]: "removed"},
)

case(
    name="twitch-conditional",
    **{"from": "safety@twitch.tv"}, name_from="Twitch Safety",
    date="Wed, 11 Sep 2024 10:10:00 +0000",
    subject="Re: KCSC-240910-07",
    body=f"""
Hi,

Thanks for contacting Twitch. We're reviewing {W[0]}. If the VOD is found
to violate our Community Guidelines, it will be removed and appropriate
action will be taken on the channel.

Twitch Safety
""",
    outcome="review", review="not_understood",
    imitates="Twitch safety 'we're reviewing' reply",
    why="under review plus a conditional removal: no statement",
    items={W[0]: "pending"},
)

# ================================================================= Snapchat
case(
    name="snapchat-process-notice",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Inc.",
    date="Tue, 17 Sep 2024 23:00:00 +0000",
    subject="Update to how Snap receives government requests",
    body="""
Dear partner,

From 1 October 2024, Snap will only accept content removal requests from
government agencies through our online portal at
https://lep.snapchat.com/. Requests sent by email after that date will
receive an automatic reply pointing to the portal.

Thank you for your cooperation.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="Snap law-enforcement operations process announcement",
    why="trusted platform email naming no item and no request",
    items={},
)


HEADER = """# Blind set 448 (tests/corpus/blind448/): English notices from many
# platforms. Written by tests/corpus/blind448/make.py; do not edit by hand.
# Every expected result was written from the email's meaning alone, before
# the reader was run on this set."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
