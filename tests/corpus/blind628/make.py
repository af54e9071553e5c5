#!/usr/bin/env python3
"""Blind set blind628: English notices from many platforms (X, YouTube,
Meta, TikTok, Telegram, Reddit, Discord, plus Twitch, Snapchat and
Pinterest mail about no request of theirs).

    python3 tests/corpus/blind628/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was run (see NOTES.md).
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind628"

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/nightowl_trades/status/1829301144556677120",
    "https://x.com/nightowl_trades/status/1829307781203345409",
    "https://x.com/pixel_bazaar_kr/status/1829411029384756224",
    "https://x.com/pixel_bazaar_kr/status/1829412277719011330",
    "https://x.com/harbor_fog_99/status/1829518806614720512",
    "https://x.com/harbor_fog_99/status/1829520093381042177",
    "https://x.com/quietmint_shop/status/1829633548820398081",
    "https://x.com/quietmint_shop/status/1829640012755255296",
    "https://x.com/lanternbyte/status/1829702256391262215",
    "https://x.com/lanternbyte/status/1829709930077405187",
    "https://x.com/grey_sparrow_k/status/1829815567390199808",
    "https://x.com/grey_sparrow_k/status/1829821734490021895",
]
YT = [
    "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    "https://www.youtube.com/watch?v=bR7nW0xZc4E",
    "https://www.youtube.com/watch?v=H5sJd9uKe1Y",
    "https://www.youtube.com/shorts/Lw2pX6gTn8Q",
]
META = [
    "https://www.facebook.com/groups/482910377561234/posts/905512348870012/",
    "https://www.instagram.com/p/C9xKq2LmT4v/",
    "https://www.facebook.com/permalink.php?story_fbid=pfbid02Xk7Rm9&id=100089123456789",
]
TT = [
    "https://www.tiktok.com/@mellow.kettle/video/7408123456789012481",
    "https://www.tiktok.com/@mellow.kettle/video/7408123456789012987",
    "https://www.tiktok.com/@dawnfield_22/video/7409234567890123105",
    "https://www.tiktok.com/@dawnfield_22/video/7409234567890123550",
    "https://www.tiktok.com/@copperlane.k/video/7410345678901234321",
]
TG = [
    "https://t.me/amber_signal_chat/1042",
    "https://t.me/amber_signal_chat/1057",
    "https://t.me/velvetdock/388",
]
RD = [
    "https://www.reddit.com/r/KoreaDeals/comments/1f3kx9a/cheap_accounts_dm/",
    "https://www.reddit.com/r/KoreaDeals/comments/1f3m2qz/new_batch_today/",
]
DC = ["https://discord.gg/ashfallmarket"]

# ref, platform, sent_at, due_at, urls, category, message-id (left part), note
REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:00:00+09:00", "2024-09-09", X,
     "illegal trade", "req-240902-01-b628",
     'account resale and "verified" badge trading, 6 accounts'),
    ("KCSC-240903-02", "youtube", "2024-09-03T11:30:00+09:00", "2024-09-10", YT,
     "gambling", "req-240903-02-b628", "illegal online casino promotion"),
    ("KCSC-240904-03", "meta", "2024-09-04T09:15:00+09:00", "2024-09-11", META,
     "drugs", "req-240904-03-b628", "Facebook group post, Instagram post, Facebook permalink"),
    ("KCSC-240905-04", "tiktok", "2024-09-05T14:00:00+09:00", "2024-09-12", TT,
     "obscenity", "req-240905-04-b628", ""),
    ("KCSC-240906-05", "telegram", "2024-09-06T10:40:00+09:00", "2024-09-13", TG,
     "drugs", "req-240906-05-b628", "two channels, same seller"),
    ("KCSC-240909-06", "reddit", "2024-09-09T16:20:00+09:00", "2024-09-16", RD,
     "illegal trade", "req-240909-06-b628", "resident registration numbers, for sale"),
    ("KCSC-240910-07", "discord", "2024-09-10T09:00:00+09:00", "2024-09-17", DC,
     "illegal trade", "req-240910-07-b628", "invite to a server selling accounts"),
]
MID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "Dear Sir or Madam,",
        "",
        "The Korea Communications Standards Commission (KCSC) has found that the",
        "content at the addresses below is unlawful under Korean law. We ask you to",
        f"remove it or to restrict access to it from Korea (our reference {ref}).",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please let us know the result for each address.", "",
              "KCSC Takedown Team"]
    return "\n".join((prefix + l).rstrip() for l in lines)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ X
case(
    name="x-withheld-kr-bullets",
    date="Wed, 11 Sep 2024 03:14:27 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content - Case 0920417",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thank you for your report submitted on behalf of the Korea Communications
Standards Commission (reference KCSC-240902-01).

We have reviewed the reported content under applicable local law. In line
with our country withheld content policy, we are now withholding the
following posts in the Republic of Korea:

  * {X[0]}
  * {X[1]}

These posts remain available outside Korea. Where possible, the account
holders have been told about this action. More information on withheld
content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

We are still reviewing the other posts in your request and will reply
separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team country-withheld-content reply (bulleted URLs)",
    why="two posts named and withheld in Korea; the rest is announced for later",
    items={X[0]: "restricted", X[1]: "restricted"},
)

case(
    name="x-numbered-results",
    date="Thu, 12 Sep 2024 08:02:51 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Your report to X (KCSC-240902-01) - partial outcome",
    body=f"""
Hello,

Please find below our decision on part of the content you reported under
reference KCSC-240902-01.

1. {X[2]}
   Result: Removed. This post violated the X Rules on illegal or certain
   regulated goods and services.

2. {X[3]}
   Result: Withheld in KR

3. {X[4]}
   Result: No action. We did not find this post to violate the X Rules or
   the Korean law cited in your report.

4. {X[5]}
   Result: Unable to locate. The link does not lead to an existing post.

If you have further information about item 3, you may reply to this email.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome with per-URL results (numbered list)",
    why="four numbered URLs, each with its own result line: removed, withheld in KR, no action, not located",
    items={X[2]: "removed", X[3]: "restricted", X[4]: "rejected", X[5]: "not_found"},
)

case(
    name="x-bare-url-status-below",
    date="Thu, 12 Sep 2024 23:40:09 +0000",
    **{"from": "j.okafor@x.com"},
    name_from="Jude Okafor",
    subject="RE: KCSC-240902-01",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hi team,

Update on KCSC-240902-01 below.

{X[6]}
Status: content removed

{X[7]}
Status: content removed

{X[8]}
Status: post deleted by the account owner before our review

Jude Okafor
Legal Operations | X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-operations staff reply, bare URL with a status line below it",
    why="status on the line under each bare URL: two removed, one deleted by its author",
    items={X[6]: "removed", X[7]: "removed", X[8]: "not_found"},
)

case(
    name="x-top-posted-gmail-quote",
    date="Fri, 13 Sep 2024 06:21:44 +0000",
    **{"from": "priya.n@x.com"},
    name_from="Priya Natarajan",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We've withheld {X[9]} in Korea.

{X[10]} had already been deleted by its author when we got to your
request, so there was nothing for us to act on.

Best,
Priya
X Legal Operations

On Mon, 2 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240902-01", X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff reply top-posted over the Gmail-quoted request",
    why="two statements above the quote; the twelve quoted URLs below say nothing",
    items={X[9]: "restricted", X[10]: "not_found"},
)

case(
    name="x-account-suspended",
    date="Sat, 14 Sep 2024 01:05:33 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] @grey_sparrow_k",
    body=f"""
Hello,

Following your report (KCSC-240902-01), the account @grey_sparrow_k has
been permanently suspended for repeated violations of the X Rules. As a
result, the following posts are no longer available on X:

- {X[10]}
- {X[11]}

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X notice that an account was suspended and its posts are gone",
    why="each post named, 'no longer available on X' after a permanent suspension = removed",
    items={X[10]: "removed", X[11]: "removed"},
)

case(
    name="x-html-table",
    date="Sat, 14 Sep 2024 09:48:12 +0000",
    **{"from": "noreply@x.com"},
    name_from="X",
    subject="Case 0920417 - outcome of your legal request KCSC-240902-01",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have completed our review of the following items from your request
<b>KCSC-240902-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X[0]}">{X[0]}</a></td><td>Withheld in South Korea</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>No violation found &ndash; content remains available</td></tr>
<tr><td><a href="{X[11]}">{X[11]}</a></td><td>Removed</td></tr>
</table>
<p>Learn more about <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our range of enforcement options</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome sent as an HTML table",
    why="one table row per URL with its action; the help link is not an item",
    items={X[0]: "restricted", X[4]: "rejected", X[11]: "removed"},
)

case(
    name="x-echoed-report",
    date="Sun, 15 Sep 2024 12:30:00 +0000",
    **{"from": "noreply@x.com"},
    name_from="X Support",
    subject="We've reviewed your report [ref:0920588]",
    body=f"""
Hello,

We've reviewed your report. Here is a copy of what you sent us.

--- Your report ---
Reported content: {X[8]}
Reporter: Korea Communications Standards Commission
Legal basis: Act on Promotion of Information and Communications Network
Utilization and Information Protection, Article 44-7
Description: The post offers hacked accounts for sale and invites buyers
to a private chat. We request its removal.
-------------------

Outcome: we have withheld the reported post in South Korea in response to
your report. It remains visible in other countries.

Thank you,
X Support
""",
    outcome="applied", classification="confirmation",
    imitates="X support form reply that echoes the submitted report",
    why="the echoed report names the post; the outcome line withholds it in Korea",
    items={X[8]: "restricted"},
)

case(
    name="x-receipt-plus-statement",
    date="Wed, 11 Sep 2024 00:12:40 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

We have received your request and opened case 0920561 for it.

Please note that {X[2]} has already been removed for violating the X
Rules. {X[3]} is still under review and we will follow up once we
have reached a decision.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X case-opened receipt that also reports one item",
    why="receipt wording, but one unhedged 'has already been removed'; the other item is under review",
    items={X[2]: "removed", X[3]: "pending"},
)

case(
    name="x-promise-withhold",
    date="Wed, 11 Sep 2024 05:55:18 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

Thanks for your request KCSC-240902-01. The posts below have been
escalated to our legal team and will be withheld in Korea if they are
found to be unlawful under local law:

{X[0]}
{X[1]}

We expect to complete this review within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal escalation notice (conditional future action)",
    why="'will be withheld ... if found unlawful' is a conditional promise: nothing happened yet",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-all-withheld-bulk",
    date="Mon, 16 Sep 2024 02:00:05 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Request to remove unlawful content - closed",
    reply_to_req=MID["KCSC-240902-01"],
    body="""
Hello,

We have completed our review of your request KCSC-240902-01. All of the
reported posts have been withheld in the Republic of Korea under local
law. We consider this request closed.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X closing notice covering the whole request without listing posts",
    why="one sentence about all twelve posts, none named: a bulk statement for a 12-item request",
    items={},
)

case(
    name="x-asks-for-order",
    date="Tue, 17 Sep 2024 07:33:21 +0000",
    **{"from": "legal-support@x.com"},
    name_from="X Legal",
    subject="Re: [KCSC-240902-01] Additional information needed",
    reply_to_req=MID["KCSC-240902-01"],
    body=f"""
Hello,

To proceed with your request concerning the posts below, we need some
more information:

  {X[6]}
  {X[7]}

Please send us a copy of the decision that found this content unlawful,
or tell us which provision of Korean law each post violates. Once we
receive this, we will review the posts again.

Thank you,
X Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="X legal request for a copy of the order / legal basis",
    why="the platform asks for documents before deciding; nothing decided",
    items={X[6]: "pending", X[7]: "pending"},
)

case(
    name="x-out-of-office",
    date="Mon, 02 Sep 2024 01:00:31 +0000",
    **{"from": "m.lindqvist@x.com"},
    name_from="Maja Lindqvist",
    subject="Automatic reply: [KCSC-240902-01] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240902-01"],
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until Monday 16
September with limited access to email.

For legal requests, please use our legal request portal; your request will
be handled by the team in my absence.

Maja
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange out-of-office reply from a platform staff member",
    why="an automatic out-of-office reply",
    items={},
)

# ================================================================ YouTube
case(
    name="yt-legal-blocked-and-removed",
    date="Wed, 11 Sep 2024 10:17:02 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="[KCSC-240903-02] Your legal request to YouTube",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

Thanks for reaching out to us. We have reviewed your request (reference
KCSC-240903-02).

Based on our review, we've blocked the following content from view on
YouTube in South Korea under local law:

{YT[0]}
{YT[1]}

In addition, we removed the following content from YouTube for violating
our Community Guidelines:

{YT[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome (local block + guidelines removal)",
    why="two videos blocked in Korea, one removed globally, each listed under its heading",
    items={YT[0]: "restricted", YT[1]: "restricted", YT[2]: "removed"},
)

case(
    name="yt-shorts-age-restricted",
    date="Thu, 12 Sep 2024 04:44:10 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240903-02] Your legal request to YouTube",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

After reviewing the Short you reported, {YT[3]}, we have applied an
age restriction to it. Viewers must now be signed in and at least 18
years old to watch it. It remains otherwise available on YouTube.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome",
    why="age-restricted = restricted",
    items={YT[3]: "restricted"},
)

case(
    name="yt-base64-no-action",
    date="Thu, 12 Sep 2024 15:09:47 +0000",
    **{"from": "youtube-legal-noreply@youtube.com"},
    name_from="YouTube",
    subject="Update on your request KCSC-240903-02",
    raw_mime="""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

""" + b64(f"""Hi,

We reviewed the following video and decided not to take action at this
time, as it does not violate our policies or local law:
{YT[0]}

The following video is no longer available on YouTube because the
uploader deleted it before we completed our review:
{YT[1]}

If you have new information, you can submit a new request.

- The YouTube Team
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action' decision in a base64 body",
    why="one video stays up (no violation), one deleted by its uploader",
    items={YT[0]: "rejected", YT[1]: "not_found"},
)

case(
    name="yt-actioned-phrase-qp",
    date="Fri, 13 Sep 2024 02:26:38 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240903-02] Your legal request to YouTube",
    reply_to_req=MID["KCSC-240903-02"],
    raw_mime="""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hello,

Our team has reviewed the content you flagged in request KCSC-240903-02. The video {YT[2]} has been actioned under our policies.

You can read about how we enforce our policies at https://www.youtube.com/howyoutubeworks/policies/community-guidelines/ .

Sincerely,
Google Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="Google legal support 'actioned under our policies' reply, quoted-printable",
    why="'has been actioned under our policies' is YouTube's removal phrase in config; policy link is no item",
    items={YT[2]: "removed"},
)

case(
    name="yt-url-below-statement",
    date="Sat, 14 Sep 2024 07:51:29 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240903-02] Your legal request to YouTube",
    body=f"""
Hello,

The following video has been removed from YouTube for violating our
policy on harmful or dangerous content:
{YT[1]}

The following Short was reviewed and does not violate our Community
Guidelines or local law, so it remains available:
{YT[3]}

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome with the URL on the line below its statement",
    why="statement first, URL on the next line; one removed, one kept",
    items={YT[1]: "removed", YT[3]: "rejected"},
)

case(
    name="yt-hedged-uploader",
    date="Sun, 15 Sep 2024 03:03:03 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="Re: [KCSC-240903-02] Your legal request to YouTube",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

We looked into {YT[2]}. It appears that the video may have been taken
down by the uploader, but we are not able to confirm this from our side
at the moment. We will let you know once we have more information.

Regards,
Google Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube support reply that cannot confirm the state of a video",
    why="'appears ... may have been' and 'not able to confirm': a hedge, no statement",
    items={YT[2]: "pending"},
)

case(
    name="yt-receipt-lists-urls",
    date="Tue, 03 Sep 2024 02:31:00 +0000",
    **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="[KCSC-240903-02] We received your legal request",
    reply_to_req=MID["KCSC-240903-02"],
    body=f"""
Hello,

Thank you for your legal request. This email confirms that we have
received your request concerning the following URLs:

{YT[0]}
{YT[1]}
{YT[2]}
{YT[3]}

Our team will review it and get back to you. Please do not reply to this
message.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt echoing the submitted URLs",
    why="a pure receipt: it only echoes the URLs received; no statement about any of them",
    items={},
)

# ================================================================ Meta
case(
    name="meta-restricted-kr-bullets",
    date="Thu, 12 Sep 2024 11:20:40 +0000",
    **{"from": "noreply@support.facebook.com"},
    name_from="Meta",
    subject="Your report about content violating local law (Ref: KCSC-240904-03)",
    reply_to_req=MID["KCSC-240904-03"],
    body=f"""
Hi KCSC Takedown,

We've reviewed your report (Ref: KCSC-240904-03) that the content below
violates local law in South Korea.

 \u2022 {META[0]}
   We've restricted access to this content in South Korea.
 \u2022 {META[1]}
   We've restricted access to this content in South Korea.
 \u2022 {META[2]}
   We couldn't find this content at the link you provided.

People outside South Korea can still see the restricted content. Learn
more about how we handle reports of local law violations:
https://transparency.meta.com/reports/content-restrictions

Thanks,
Meta
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law reply",
    why="two items restricted in Korea, one not found; the transparency link is not an item",
    items={META[0]: "restricted", META[1]: "restricted", META[2]: "not_found"},
)

case(
    name="meta-dsa-statement-of-reasons",
    date="Fri, 13 Sep 2024 13:45:09 +0000",
    **{"from": "dsa-notices@meta.com"},
    name_from="Meta Platforms Ireland",
    subject="Decision on your notice - Facebook - Ref KCSC-240904-03",
    body=f"""
Decision on your notice

Reference: KCSC-240904-03
Service: Facebook
Content: {META[0]}

Decision: We removed the content.
Type of restriction: removal of content (all countries)
Ground for the decision: incompatible with our terms of service
(Community Standards - Restricted Goods and Services)
Facts and circumstances: the decision was taken after a notice submitted
by a public authority.
Use of automated means: the content was reviewed by a person; automated
means were used only to detect duplicates.

Redress: the person who posted the content may appeal through our
internal complaint system at https://www.facebook.com/help/appeals, use
an out-of-court dispute settlement body, or go to court.

A version of this statement without personal data has been submitted to
the DSA Transparency Database:
https://transparency.dsa.ec.europa.eu/statement/58820417
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (Meta format)",
    why="'Decision: We removed the content' about the one named content URL; appeal and database links are no items",
    items={META[0]: "removed"},
)

case(
    name="meta-qp-permalink-html",
    date="Sat, 14 Sep 2024 04:12:55 +0000",
    **{"from": "notification@facebookmail.com"},
    name_from="Facebook",
    subject="We removed the post you reported",
    raw_mime="""Content-Type: multipart/alternative; boundary="b628-meta-qp-7f3a"

--b628-meta-qp-7f3a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Hi,

Thanks for your report (KCSC-240904-03). We removed the post you reported at {META[2]} because it goes against our Community Standards on drugs.

We've let the person who posted it know. Thanks for helping keep Facebook safe.

The Facebook Team
""") + """

--b628-meta-qp-7f3a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Hi,</p><p>Thanks for your report (KCSC-240904-03). We removed the post you reported at <a href="{META[2].replace("&", "&amp;")}">{META[2].replace("&", "&amp;")}</a> because it goes against our Community Standards on drugs.</p><p>We've let the person who posted it know. Thanks for helping keep Facebook safe.</p><p>The Facebook Team</p></body></html>
""") + """

--b628-meta-qp-7f3a--
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook 'we removed the post you reported' notification (quoted-printable, text + HTML)",
    why="the permalink (with & and =, soft-wrapped by QP) is removed",
    items={META[2]: "removed"},
)

case(
    name="meta-instagram-url-below",
    date="Sun, 15 Sep 2024 08:08:08 +0000",
    **{"from": "no-reply@instagram.com"},
    name_from="Instagram",
    subject="Update on your report (KCSC-240904-03)",
    body=f"""
Hi,

We've reviewed the post you reported and removed it because it goes
against our Community Guidelines:

{META[1]}

If you see something else on Instagram that concerns you, you can report
it from the app or at https://help.instagram.com/contact/383679321740945 .

Instagram
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram report outcome ('we removed it')",
    why="removed, the post on the line below; help contact link is no item",
    items={META[1]: "removed"},
)

case(
    name="meta-dkim-fail",
    date="Sun, 15 Sep 2024 19:42:17 +0000",
    **{"from": "legal-notices@meta.com"},
    name_from="Meta Legal",
    auth="fail",
    subject="Re: KCSC-240904-03",
    body=f"""
Dear KCSC,

The Instagram post {META[1]} has been removed from our
platform. The Facebook group post {META[0]} has been
restricted in Korea.

Meta Legal
""",
    outcome="review", review="untrusted",
    imitates="platform-domain reply failing DKIM/SPF/DMARC (e.g. relayed through a list)",
    why="statements from meta.com, but authentication fails: nothing may be applied",
    items={META[1]: "pending", META[0]: "pending"},
)

case(
    name="meta-read-receipt",
    date="Wed, 04 Sep 2024 03:02:10 +0000",
    **{"from": "k.santos@meta.com"},
    name_from="Karla Santos",
    subject="Read: [KCSC-240904-03] Request to remove unlawful content",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b628-mdn-51c"

--b628-mdn-51c
Content-Type: text/plain; charset=UTF-8

Your message

  To: content-requests@meta.com
  Subject: [KCSC-240904-03] Request to remove unlawful content
  Sent: Wednesday, September 4, 2024 9:15:00 AM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 12:02:10 PM (UTC+09:00) Seoul.

--b628-mdn-51c
Content-Type: message/disposition-notification

Reporting-UA: mail.meta.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;k.santos@meta.com
Original-Message-ID: <{MID["KCSC-240904-03"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b628-mdn-51c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

# ================================================================ TikTok
TT_CSV_ROWS = [
    ["Reported URL", "Decision", "Basis"],
    [TT[0], "Removed", "Community Guidelines - Sexual activity"],
    [TT[1], "Removed", "Community Guidelines - Sexual activity"],
    [TT[2], "Restricted in South Korea", "Local law"],
    [TT[3], "No violation", "Does not violate Community Guidelines or local law"],
    [TT[4], "Content not found", "Video does not exist"],
]


def tt_csv():
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in TT_CSV_ROWS:
        w.writerow(r)
    return buf.getvalue()


case(
    name="tiktok-csv-attachment",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: [KCSC-240905-04] Removal request - decision",
    reply_to_req=MID["KCSC-240905-04"],
    raw_mime="""Content-Type: multipart/mixed; boundary="b628-tt-csv-0e1"

--b628-tt-csv-0e1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dear KCSC Takedown Team,

Thank you for your request KCSC-240905-04. Please find our decision for
each reported video in the attached file.

Kind regards,
TikTok Trust & Safety - Legal Requests

--b628-tt-csv-0e1
Content-Type: text/csv; charset=UTF-8; name="KCSC-240905-04_decision.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_decision.csv"
Content-Transfer-Encoding: base64

""" + b64(tt_csv()) + """

--b628-tt-csv-0e1--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal request decision with a CSV attachment",
    why="one CSV row per video with its decision",
    items={TT[0]: "removed", TT[1]: "removed", TT[2]: "restricted", TT[3]: "rejected", TT[4]: "not_found"},
)

case(
    name="tiktok-angle-brackets",
    date="Sat, 14 Sep 2024 05:15:42 +0000",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: [KCSC-240905-04] Removal request",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
Dear KCSC Takedown Team,

Thank you for your patience. We have removed the video
<{TT[2]}> for violating our Community Guidelines.

The video <{TT[3]}> has been made unavailable in South Korea in
accordance with local law; it remains available elsewhere.

Kind regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok trust-and-safety reply with URLs in angle brackets",
    why="one removed; one 'made unavailable in South Korea' = restricted to Korea",
    items={TT[2]: "removed", TT[3]: "restricted"},
)

case(
    name="tiktok-korean-particles",
    date="Mon, 16 Sep 2024 06:40:00 +0000",
    **{"from": "kr-legal@tiktok.com"},
    name_from="TikTok Korea",
    subject="[KCSC-240905-04] 처리 결과 안내 / Outcome of your request",
    reply_to_req=MID["KCSC-240905-04"],
    body=f"""
안녕하세요, 틱톡 코리아 법무팀입니다.

요청하신 영상 {TT[4]}은 커뮤니티 가이드 위반으로 삭제되었습니다.
또한 영상（{TT[0]}）은 국내 법령에 따라 한국 내 접근 제한 조치되었습니다.

[English]
The video {TT[4]} has been removed for violating our Community
Guidelines. The video {TT[0]} has been restricted in South Korea under
local law.

감사합니다.
TikTok Korea Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual outcome notice (Korean particles, full-width brackets)",
    why="Korean and English say the same: one removed, one restricted in Korea",
    items={TT[4]: "removed", TT[0]: "restricted"},
)

case(
    name="tiktok-removed-and-escalated",
    date="Tue, 17 Sep 2024 01:22:19 +0000",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: [KCSC-240905-04] Removal request",
    body=f"""
Hello,

We've removed {TT[0]}.

{TT[1]} has been escalated to our specialist team and will be
reviewed within 7 days. We will update you once a decision has been made.

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok partial outcome with one item escalated",
    why="one removed; the other only promised a review",
    items={TT[0]: "removed", TT[1]: "pending"},
)

case(
    name="tiktok-all-taken-down-bulk",
    date="Wed, 18 Sep 2024 03:33:44 +0000",
    **{"from": "legal-notices@tiktok.com"},
    name_from="TikTok Legal",
    subject="RE: [KCSC-240905-04] Removal request",
    reply_to_req=MID["KCSC-240905-04"],
    body="""
Hello,

Thank you for your report (KCSC-240905-04). We have reviewed the reported
videos and taken them down for violating our Community Guidelines.

Best regards,
TikTok Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="TikTok short closing reply covering every reported video",
    why="'taken them down' for a five-item request without naming any video",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    date="Thu, 05 Sep 2024 05:01:12 +0000",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    subject="Re: [KCSC-240905-04] Removal request [ticket #TT-58820417]",
    reply_to_req=MID["KCSC-240905-04"],
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Thank you for contacting TikTok.

We have received your message and created ticket #TT-58820417. Our team
will get back to you as soon as possible.

Please do not reply to this email.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket-created receipt",
    why="a pure receipt",
    items={},
)

case(
    name="snap-wrong-platform",
    date="Fri, 13 Sep 2024 17:10:26 +0000",
    **{"from": "lawenforcement@snap.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    subject="Re: KCSC-240905-04",
    body=f"""
Hello,

We've looked into the content listed in your request, but we were unable
to locate it on Snapchat:

{TT[2]}
{TT[3]}

These links appear to belong to another service. If you have Snapchat
usernames or Spotlight links, please send them and we will take a look.

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="wrong_platform",
    imitates="Snap law-enforcement operations reply to a misdirected request",
    why="Snap states 'unable to locate' for TikTok items: another platform's items",
    items={TT[2]: "pending", TT[3]: "pending"},
)

case(
    name="dsn-tiktok-bounce",
    date="Thu, 05 Sep 2024 05:00:41 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b628-dsn-3d2"

--b628-dsn-3d2
Content-Type: text/plain; charset=UTF-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@tiktok-legal.com>: host mx.tiktok-legal.com[203.0.113.44] said:
    550 5.1.1 <legal-kr@tiktok-legal.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--b628-dsn-3d2
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 14:00:02 +0900 (KST)

Final-Recipient: rfc822; legal-kr@tiktok-legal.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b628-dsn-3d2
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@tiktok-legal.com
Subject: [KCSC-240905-04] Request to remove unlawful content
Message-ID: <{MID["KCSC-240905-04"]}@kcsc.example>
Date: Thu, 5 Sep 2024 14:00:00 +0900
Content-Type: text/plain; charset=UTF-8

{quoted_request("KCSC-240905-04", TT, prefix="")}

--b628-dsn-3d2--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the returned request",
    why="a bounce; the URLs are in our own returned message",
    items={},
)

# ================================================================ Telegram
case(
    name="tg-abuse-schemeless",
    date="Mon, 09 Sep 2024 22:05:11 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240906-05] Drug sale channels",
    reply_to_req=MID["KCSC-240906-05"],
    body="""
Hello,

Thank you for your report. The following messages have been taken
down: t.me/amber_signal_chat/1042, t.me/amber_signal_chat/1057.

t.me/velvetdock/388 is no longer accessible to users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with scheme-less t.me links",
    why="two messages taken down; one made inaccessible in South Korea only",
    items={TG[0]: "removed", TG[1]: "removed", TG[2]: "restricted"},
)

case(
    name="tg-outlook-original-message",
    date="Wed, 11 Sep 2024 13:27:50 +0000",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    subject="RE: [KCSC-240906-05] Request to remove unlawful content - Case #5520931",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Dear KCSC,

{TG[2]} has been removed.

{TG[0]} and {TG[1]} no longer exist; they were deleted by the channel's
own administrators before we reviewed them.

Regards,
Telegram DSA Team

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:40 AM
To: dsa@telegram.org
Subject: [KCSC-240906-05] Request to remove unlawful content

{quoted_request("KCSC-240906-05", TG, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA desk reply above an Outlook '-----Original Message-----' quote",
    why="one removed, two already deleted by their own channel; the quoted request below says nothing",
    items={TG[2]: "removed", TG[0]: "not_found", TG[1]: "not_found"},
)

case(
    name="tg-will-take-down",
    date="Sat, 07 Sep 2024 04:18:30 +0000",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    subject="Re: [KCSC-240906-05] Drug sale channels",
    reply_to_req=MID["KCSC-240906-05"],
    body=f"""
Hi,

Thanks, we are on it. The messages {TG[0]} and {TG[1]} will be taken
down within 24 hours once our moderators confirm the report.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk promise of future action",
    why="'will be taken down ... once confirmed': a promise, nothing done",
    items={TG[0]: "pending", TG[1]: "pending"},
)

# ================================================================ Reddit
case(
    name="reddit-removed-and-mod-removed",
    date="Thu, 12 Sep 2024 18:55:00 +0000",
    **{"from": "legal@reddit.com"},
    name_from="Reddit Legal",
    subject="Re: [KCSC-240909-06] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hi,

Thanks for your report. After investigating, we've removed the following
content for violating Reddit's Content Policy:

{RD[0]}

The other post you reported, {RD[1]}, had already been removed by the
moderators of r/KoreaDeals.

Thanks for helping keep Reddit safe,
Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit 'we've removed the content' report outcome",
    why="one removed by Reddit, the other already removed by the community's moderators",
    items={RD[0]: "removed", RD[1]: "removed"},
)

case(
    name="reddit-one-not-violating-gmail",
    date="Sat, 14 Sep 2024 21:10:44 +0000",
    **{"from": "a.reyes@reddit.com"},
    name_from="Ana Reyes",
    subject="Re: [KCSC-240909-06] Request to remove unlawful content",
    reply_to_req=MID["KCSC-240909-06"],
    body=f"""
Hi,

We reviewed the two posts in your request.

{RD[0]} has been removed.

After careful review, we found that {RD[1]} doesn't violate Reddit's
Content Policy, and we won't be taking action on it.

Ana
Reddit Safety

On Mon, Sep 9, 2024 at 4:20 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request("KCSC-240909-06", RD)}
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit safety staff reply over a Gmail quote",
    why="one removed, one refused with its reason",
    items={RD[0]: "removed", RD[1]: "rejected"},
)

case(
    name="reddit-vendor-unknown-sender",
    date="Sun, 15 Sep 2024 10:00:00 +0000",
    **{"from": "trust-ops@modwatch-services.com"},
    name_from="ModWatch Trust Operations",
    subject="KCSC-240909-06 - outcome",
    body=f"""
Hello,

We handle content requests on behalf of Reddit, Inc. We confirm that the
following posts have been removed:

{RD[0]}
{RD[1]}

Kind regards,
ModWatch Trust Operations
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf",
    why="statements from a domain that is no platform's: a person must check",
    items={RD[0]: "pending", RD[1]: "pending"},
)

# ================================================================ Discord
case(
    name="discord-server-removed-no-url",
    date="Fri, 13 Sep 2024 20:30:15 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-07] Request for removal",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi there,

Thanks for reaching out. Our Safety team reviewed the server you
reported, and it has been removed from Discord for violating our
Community Guidelines. The invite link no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome naming 'the server you reported'",
    why="the one-item request's only item, spoken of as 'the server you reported': removed",
    items={DC[0]: "removed"},
)

case(
    name="discord-investigating-hedge",
    date="Wed, 11 Sep 2024 08:45:00 +0000",
    **{"from": "safety@discord.com"},
    name_from="Discord Trust & Safety",
    subject="Re: [KCSC-240910-07] Request for removal",
    reply_to_req=MID["KCSC-240910-07"],
    body="""
Hi there,

We looked at the server behind https://discord.gg/ashfallmarket. Some of
the messages you describe appear to have been deleted already. We are
still reviewing the rest of the server and may take action depending on
what we find.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord safety interim reply",
    why="'appear to have been deleted' and 'may take action': hedges and promises only",
    items={DC[0]: "pending"},
)

case(
    name="discord-noreply-autoreply",
    date="Tue, 10 Sep 2024 00:00:09 +0000",
    **{"from": "noreply@discord.com"},
    name_from="Discord",
    subject="Re: [KCSC-240910-07] Request for removal",
    reply_to_req=MID["KCSC-240910-07"],
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated message. This address does not accept incoming
email and your message has not been read.

To report content to Discord, please use https://dis.gd/request .
Law enforcement and government agencies can find our guidelines at
https://discord.com/safety/law-enforcement .
""",
    outcome="ignored", classification="auto_reply",
    imitates="no-reply mailbox auto-responder",
    why="an automatic reply from an unmonitored address",
    items={},
)

# ================================================================ Twitch / Pinterest
case(
    name="twitch-actioned-no-claims",
    date="Mon, 16 Sep 2024 16:16:16 +0000",
    **{"from": "no-reply@twitch.tv"},
    name_from="Twitch",
    subject="We've actioned your report",
    body="""
Hi KCSC Takedown,

Thank you for helping keep Twitch safe. After reviewing your report, we
determined that a violation of our Terms of Service or Community
Guidelines occurred, and appropriate enforcement action has been taken.

For privacy reasons we can't share details about the action taken.

Twitch Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Twitch 'we've actioned your report' notification",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="pinterest-case-receipt",
    date="Tue, 17 Sep 2024 22:48:03 +0000",
    **{"from": "no-reply@pinterest.com"},
    name_from="Pinterest Help",
    subject="We got your message [Case #0419-8821]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi there,

Thanks for reaching out! We've received your message and a member of our
team will get back to you soon. Your case number is 0419-8821.

The Pinterest team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Pinterest help-centre case-received notice",
    why="a pure receipt",
    items={},
)

case(
    name="snap-law-enforcement-autoreply",
    date="Wed, 18 Sep 2024 09:09:09 +0000",
    **{"from": "lawenforcement@snap.com"},
    name_from="Snap Inc. Law Enforcement Operations",
    subject="Automatic reply: KCSC-240905-04",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for contacting Snap Inc. This is an automated response.

Requests from government agencies should be submitted through our Law
Enforcement Service System. Emails to this address are not monitored
around the clock. For emergencies, see https://values.snap.com/safety/safety-enforcement .
""",
    outcome="ignored", classification="auto_reply",
    imitates="Snap law-enforcement mailbox auto-response",
    why="an automatic reply",
    items={},
)

HEADER = """# blind628: English notices from many platforms. Written from each email's
# meaning before any run of the reader (see NOTES.md). Generated by make.py."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(len(cases), "cases")
