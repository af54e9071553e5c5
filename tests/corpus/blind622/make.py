#!/usr/bin/env python3
"""Blind set 622: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Twitch, plus Snapchat and a Google reply about a
TikTok link). Written from each email's meaning, before any run of the
reader. Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.

    python3 tests/corpus/blind622/make.py
"""
import base64
import csv
import datetime as dt
import email.utils
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
IST = dt.timezone(dt.timedelta(hours=1))


def d(s, tz=UTC):
    return email.utils.format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/hanbit_deals77/status/1830114455660011223"
X2 = "https://x.com/hanbit_deals77/status/1830117788990022334"
X3 = "https://x.com/quickpill_kr/status/1829905566778899001"
X4 = "https://x.com/quickpill_kr/status/1829907711223344556"
X5 = "https://x.com/night_lotto_vip/status/1830220033445566778"
X6 = "https://twitter.com/night_lotto_vip/status/1830221199887766554"
X7 = "https://x.com/seoul_ids_shop/status/1830333322211100998"
X8 = "https://x.com/seoul_ids_shop"
X9 = "https://x.com/bluefin_casino/status/1830444555666777888"
X10 = "https://x.com/bluefin_casino/status/1830446677889900112"
X11 = "https://x.com/i/web/status/1830555666777888999"
X12 = "https://x.com/darkmart_kr24/status/1830666777888999000"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qm3vTz81LpA"
Y2 = "https://www.youtube.com/watch?v=hX09bbWkr2E"
Y3 = "https://youtu.be/Zr5Kp2wq7Nc"
Y4 = "https://www.youtube.com/shorts/Pf4dLw0sT3g"
YS = [Y1, Y2, Y3, Y4]

M1 = "https://www.facebook.com/groups/2345678901234567/posts/3456789012345678/"
M2 = "https://www.facebook.com/profile.php?id=100089912345678"
M3 = "https://www.instagram.com/p/C9xQ2mLtR4k/"
M4 = "https://www.instagram.com/reel/C-aB3cD4eF5/"
M5 = "https://www.instagram.com/luckyspin.kr/"
MS = [M1, M2, M3, M4, M5]

T1 = "https://www.tiktok.com/@pillcourier.kr/video/7409876543210987654"
T2 = "https://www.tiktok.com/@pillcourier.kr/video/7410012345678901234"
T3 = "https://www.tiktok.com/@nightbet_kor/video/7411122233344455566"
TS = [T1, T2, T3]

R1 = "https://www.reddit.com/r/koreadeals_xx/comments/1f6abcd/fake_license_service_dm_me/"
R2_RAW = "https://www.reddit.com/r/koreadeals_xx/comments/1f7efgh/당일배송/"
R2 = "https://www.reddit.com/r/koreadeals_xx/comments/1f7efgh/" + quote("당일배송") + "/"
RS = [R1, R2]

D1 = "https://discord.gg/vPb7Kr2Q"

W1 = "https://www.twitch.tv/videos/2245678901"
W2 = "https://www.twitch.tv/slotking_live"
WS = [W1, W2]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message-id stem, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T18:00:00+09:00", XS,
     "illegal_trade", "req.240903-01.a81f", 'forged IDs, "same-day" pills and lottery spam; 12 posts/accounts'),
    ("KCSC-240905-02", "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", YS,
     "drugs", "req.240905-02.c33e", "diet-pill sales videos, one Short"),
    ("KCSC-240909-03", "meta", "2024-09-09T14:05:00+09:00", "2024-09-16T18:00:00+09:00", MS,
     "gambling", "req.240909-03.0b7d", "Facebook group post, profile; Instagram post, reel, account"),
    ("KCSC-240911-04", "tiktok", "2024-09-11T11:30:00+09:00", "2024-09-18T18:00:00+09:00", TS,
     "drugs", "req.240911-04.91aa", "pill courier videos and a betting promo"),
    ("KCSC-240912-05", "reddit", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00", RS,
     "forgery", "req.240912-05.5f02", "fake driving licence offers (one Korean slug)"),
    ("KCSC-240916-06", "discord", "2024-09-16T10:00:00+09:00", "2024-09-23T18:00:00+09:00", [D1],
     "gambling", "req.240916-06.e410", "betting server invite"),
    ("KCSC-240919-07", "twitch", "2024-09-19T13:15:00+09:00", "2024-09-26T18:00:00+09:00", WS,
     "gambling", "req.240919-07.77c9", "slot streaming VOD, channel"),
]
MID = {r[0]: r[6] for r in REQUESTS}
SENT = {r[0]: r[2] for r in REQUESTS}


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


def request_body(ref, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        f"The Korea Communications Standards Commission asks you to remove or block",
        f"the following content, found to be illegal under Korean law (our ref. {ref}):",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please tell us the action taken for each URL.", "", "KCSC Takedown Desk"]
    return lines


def quoted(ref, urls, platform_name, when):
    head = f"On {when}, KCSC Takedown <takedown@kcsc.example> wrote:"
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_body(ref, urls, platform_name))


CASES = []


def case(**kw):
    CASES.append(kw)


# =============================================================== X (12 items)
case(
    name="x-legal-withheld-and-removed",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-06 02:14"), subject="Re: KCSC-240903-01 - Request to remove content [ref:_00D6R2Xk.500Ux1bQ9:ref]",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hello,

Thank you for your submission under reference KCSC-240903-01. We have
reviewed the reported posts against the X Rules and applicable Korean law.

We are withholding the following posts in the Republic of Korea. They remain
viewable in other countries:

- {X1}
- {X2}
- {X3}

The following post broke the X Rules and has been removed from X:

- {X5}

The account holders have been notified of this action in line with our user
notice policy. More about country-withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome (country-withheld list plus a removal)",
    why="three posts withheld in KR (restricted), one removed for rule violation",
    items={X1: "restricted", X2: "restricted", X3: "restricted", X5: "removed"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-05 21:40"), subject="Re: Case 0891-2213 / KCSC-240903-01",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hi,

Following our review of your report, the account @seoul_ids_shop
({X8}) has been permanently suspended for violating our rules on
illegal or certain regulated goods and services. The profile is no longer
accessible on X.

The other items in your request are still with our team and we will follow
up on them separately.

Thanks,
X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X account-suspension outcome to a reporter",
    why="account URL permanently suspended, no longer accessible: removed; others explicitly still open",
    items={X8: "removed"},
)

case(
    name="x-no-violation-declined",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-09 07:02"), subject="Your report KCSC-240903-01: outcome for two posts",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hello,

After careful review, we found that the posts below do not violate the X
Rules, and we did not find a sufficient basis under local law to withhold
them. We are therefore not taking action on:

{X9}
{X10}

If a Korean court issues an order about this content, you are welcome to
submit it through our legal request form and we will look at it again.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no action taken' legal-request reply",
    why="both posts reviewed and left up with a reason: rejected",
    items={X9: "rejected", X10: "rejected"},
)

case(
    name="x-html-action-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-07 11:25"), subject="KCSC-240903-01 | Actions taken",
    reply_to_req=MID["KCSC-240903-01"], type="html",
    body=f"""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Please find below the result of our review for request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X7}">{X7}</a></td><td>Removed (violation of the X Rules)</td></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Not found &ndash; the post had been deleted by the account holder before our review</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>No action &ndash; no violation found</td></tr>
</table>
<p>Learn about <a href="https://help.x.com/en/rules-and-policies/x-legal-faqs">legal requests on X</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome rendered as an HTML table",
    why="table rows: withheld in KR, removed, deleted by holder (not_found), no violation (rejected)",
    items={X4: "restricted", X7: "removed", X11: "not_found", X12: "rejected"},
)

case(
    name="x-top-posted-over-gmail-quote",
    **{"from": "m.ortega@x.com"}, name_from="Marisol Ortega",
    date=d("2024-09-06 16:48", PDT), subject="Re: [KCSC-240903-01] Removal request - 12 items",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hi KCSC team,

{X6.replace("twitter.com", "x.com")} is now withheld in South Korea. The rest of your
list is still with our legal team.

Marisol
X Global Government Affairs

{quoted("KCSC-240903-01", XS, "X", "Tue, 3 Sep 2024 at 10:12")}
""",
    outcome="applied", classification="confirmation",
    imitates="X staff top-posted reply over a Gmail-quoted request",
    why="one post (cited with x.com for our twitter.com URL) withheld in KR; the quoted list below says nothing",
    items={X6: "restricted"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-05 09:10"), subject="Update on KCSC-240903-01",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hello,

Regarding your request KCSC-240903-01, the post listed below is now withheld
in South Korea:

{X3}

Thank you,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="short X legal update, URL on the line under its statement",
    why="statement ends with ':' and the URL follows: restricted",
    items={X3: "restricted"},
)

case(
    name="x-url-then-status-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-08 03:33"), subject="KCSC-240903-01: summary of actions (partial)",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Summary of actions for KCSC-240903-01 (partial):

{X1}
Status: Removed - violation of the X Rules

{X2}
Status: Withheld in KR

{X12}
Status: Unable to locate - the URL does not resolve to an existing post

Remaining items: in review.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal ticket summary, bare URL with status on the next line",
    why="removed, withheld in KR (restricted), URL resolves to nothing (not_found)",
    items={X1: "removed", X2: "restricted", X12: "not_found"},
)

case(
    name="x-receipt-plus-action",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-04 01:05"), subject="We received your legal request (KCSC-240903-01)",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hello,

We have received your request and opened case #0045-7721 for it.

We have already withheld {X10} in South Korea while the rest of the request
is being reviewed. We will contact you again once the review is complete.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X receipt that also reports an early action",
    why="acknowledgement phrase plus an unhedged statement: one post withheld in KR",
    items={X10: "restricted"},
)

case(
    name="x-promise-to-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal",
    date=d("2024-09-05 05:55"), subject="Re: KCSC-240903-01",
    reply_to_req=MID["KCSC-240903-01"],
    body=f"""
Hello,

Thank you for your patience. We intend to withhold the following posts in
South Korea once our local-law assessment is complete:

{X4}
{X7}

We expect to finish within five business days and will confirm the outcome
by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim reply announcing an intended action",
    why="'intend to withhold ... once complete' is a promise, not a statement",
    items={X4: "pending", X7: "pending"},
)

case(
    name="x-forged-auth-fail",
    **{"from": "legal-noreply@x.com"}, name_from="X Legal", auth="fail",
    date=d("2024-09-06 13:13"), subject="Re: KCSC-240903-01 - content removed",
    body=f"""
Hello,

The following posts have been removed from X:

{X1}
{X5}
{X9}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome failing DKIM/SPF/DMARC",
    why="x.com From but authentication failed: nothing applied",
    items={X1: "pending", X5: "pending", X9: "pending"},
)

case(
    name="x-account-holder-gmail",
    **{"from": "hanbit.deals77@gmail.com"}, name_from="Hanbit Kim",
    date=d("2024-09-07 22:18", KST), subject="about the twitter posts (KCSC-240903-01)",
    body=f"""
Hello,

X told me your office asked them to remove my posts. I already deleted
these two myself yesterday, please check:

{X1}
{X2}

I did not know it was illegal. Please close the case.

Kim
""",
    outcome="review", review="unknown_sender",
    imitates="account holder writing to the regulator after X's user notice",
    why="not a platform domain; the poster's own claim is not a platform statement",
    items={X1: "pending", X2: "pending"},
)

case(
    name="x-ticket-receipt",
    **{"from": "noreply@x.com"}, name_from="X",
    date=d("2024-09-03 01:20"), subject="Case number 0112-3345-7789: legal request received (KCSC-240903-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your legal request. Your case number is 0112-3345-7789.
Please keep this number for your records and include it in any further
correspondence about this request.

Please do not reply to this message; this mailbox is not monitored.

X Corp.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X legal request portal receipt",
    why="pure receipt with a case number",
    items={},
)

# =========================================================== YouTube (4 items)
case(
    name="yt-legal-removed-and-blocked",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-09 18:02"), subject="[7-2841000038271] Your legal removal request KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hello,

Thanks for reaching out to us.

We have reviewed the content you reported and taken the following action.

Removed globally for violating YouTube's Community Guidelines:
{Y1}

Blocked from view in South Korea, based on local law:
{Y2}

We have not yet finished our review of the other URLs in your request.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removal outcome",
    why="one removed globally, one blocked in South Korea (restricted); others explicitly open",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="yt-age-restricted-and-declined",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-11 08:44"), subject="Re: [7-2841000038271] KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hello,

Following our review:

- The Short at {Y4} has been age-restricted. It can no longer be watched by
  viewers who are signed out or under 18.
- We reviewed {Y3} and decided not to take action. The video does not violate
  our Community Guidelines and we did not find it unlawful, so it will remain
  on YouTube.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction and 'no action' legal outcome",
    why="age-restricted (restricted) and reviewed-and-left-up (rejected)",
    items={Y4: "restricted", Y3: "rejected"},
)

case(
    name="yt-deleted-by-uploader",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-10 12:12"), subject="Re: KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hi there,

We looked into the URL you reported ({Y3}). This video had already been
deleted by the uploader before we could review it, so there was nothing left
for us to act on.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reply: video already deleted by uploader",
    why="already deleted by its author: not_found",
    items={Y3: "not_found"},
)

case(
    name="yt-numbered-angle-brackets",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-12 06:30"), subject="[7-2841000038271] Outcome of your request KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hello,

Here is the outcome for each URL in your request:

1. <{Y1}> -- removed for violating our policy on sale of regulated goods.
2. <{Y2}> -- blocked for viewers in South Korea.
3. <{Y3}> -- invalid link: no video exists with this ID.
4. <{Y4}> -- reviewed, no violation found; the Short stays up.

You can read about how we handle government requests at
https://support.google.com/transparencyreport/answer/7347744

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome as a numbered list with URLs in angle brackets",
    why="removed, blocked in KR (restricted), invalid ID (not_found), no violation (rejected)",
    items={Y1: "removed", Y2: "restricted", Y3: "not_found", Y4: "rejected"},
)

_yt_txt = (
    "Hello,\n\nThanks for your report (KCSC-240905-02).\n\n"
    f"The Short {Y4} was removed for violating our Community Guidelines on "
    "the sale of regulated goods. The channel owner has received a strike.\n\n"
    "Regards,\nThe YouTube Team\n"
)
_yt_html = (
    "<html><body><p>Hello,</p><p>Thanks for your report (KCSC-240905-02).</p>"
    f"<p>The Short <a href=\"{Y4}\">{Y4}</a> was removed for violating our "
    "<a href=\"https://support.google.com/youtube/answer/9229611\">Community Guidelines</a> on "
    "the sale of regulated goods. The channel owner has received a strike.</p>"
    "<p>Regards,<br>The YouTube Team</p></body></html>\n"
)
case(
    name="yt-multipart-qp-short-removed",
    **{"from": "no-reply@youtube.com"}, name_from="YouTube",
    date=d("2024-09-10 19:51"), subject="Update on your report KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    raw_mime="Content-Type: multipart/alternative; boundary=\"yt-alt-0001\"\n\n"
    "--yt-alt-0001\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_yt_txt.encode()).decode()
    + "\n--yt-alt-0001\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_yt_html.encode()).decode()
    + "\n--yt-alt-0001--\n",
    outcome="applied", classification="confirmation",
    imitates="YouTube notification email, multipart/alternative quoted-printable",
    why="the Short was removed; the guidelines link is not an item",
    items={Y4: "removed"},
)

case(
    name="yt-hedged-and-under-review",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date=d("2024-09-06 15:15"), subject="Re: KCSC-240905-02",
    reply_to_req=MID["KCSC-240905-02"],
    body=f"""
Hello,

It appears that {Y1} may already have been taken down by the uploader;
we are confirming this on our side.

{Y2} is still under review with our legal team. We will get back to you as
soon as we have an outcome.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply with hedges",
    why="'appears ... may have been' is a hedge and 'under review' is no statement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="google-wrong-platform-tiktok-link",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-13 10:40"), subject="Your Google legal removal submission [3-1190022387465]",
    body=f"""
Hello,

Thank you for your submission. The URL you provided,
{T2}
is not hosted on YouTube or any other Google product, so we are unable to
locate it or take action. Please contact the site that hosts the content.

Regards,
Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google legal form reply: URL not on a Google product",
    why="Google cannot state a status for a TikTok item",
    items={T2: "pending"},
)

# ============================================================== Meta (5 items)
case(
    name="meta-dsa-statement-of-reasons",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    date=d("2024-09-12 04:27"), subject="Our decision on the content you reported",
    reply_to_req=MID["KCSC-240909-03"],
    body=f"""
Statement of reasons

Notice reference: 1193 4471 0082
Your reference: KCSC-240909-03

Content concerned: {M3}

Decision: Removal of the content.

Ground for the decision: The content was assessed as illegal in the Republic
of Korea (sale of unlicensed gambling services) and as going against our
Community Guidelines on regulated goods.

Facts and circumstances: The decision was taken after a notice submitted by
the Korea Communications Standards Commission.

Automated means: The content was reviewed by a person. No automated means
were used to take the decision.

Territorial scope: Worldwide.

Redress: The person who posted the content may appeal this decision at
https://help.instagram.com/contact/appeal-kr

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta/Instagram DSA statement of reasons (Art. 17)",
    why="decision: removal of the one post named; appeal link is not an item",
    items={M3: "removed"},
)

case(
    name="meta-restricted-kr-and-kept",
    **{"from": "legal-kr@meta.com"}, name_from="Meta Content Regulation",
    date=d("2024-09-13 09:09"), subject="RE: KCSC-240909-03",
    reply_to_req=MID["KCSC-240909-03"],
    body=f"""
Hello,

We reviewed the content in your request KCSC-240909-03. Based on our review,
we've restricted access to the following in South Korea because it violates
local law:

  * {M1}
  * {M2}

This content remains available in other countries.

We also reviewed {M4} and found that it doesn't go against our Community
Guidelines or local law, so we haven't taken it down.

Meta Content Regulation Team
""",
    outcome="applied", classification="confirmation",
    imitates="Meta 'restricted in your country' legal outcome",
    why="two items restricted in KR, one reel reviewed and kept (rejected)",
    items={M1: "restricted", M2: "restricted", M4: "rejected"},
)

_meta_b64 = f"""Hi,

We've disabled the Instagram account {M5} because it repeatedly broke our
Community Guidelines on gambling. The account and its content are no longer
visible on Instagram.

The other items in KCSC-240909-03 were handled in our earlier replies.

Thanks,
Instagram Safety Operations
"""
case(
    name="meta-ig-account-disabled-base64",
    **{"from": "safety-ops@instagram.com"}, name_from="Instagram Safety Operations",
    date=d("2024-09-14 17:36"), subject="Re: KCSC-240909-03 - Instagram account",
    reply_to_req=MID["KCSC-240909-03"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_meta_b64.encode()).decode(),
    outcome="applied", classification="confirmation",
    imitates="Instagram account-disabled notice, base64 body",
    why="account disabled, no longer visible: removed",
    items={M5: "removed"},
)

case(
    name="meta-outlook-quoted-request",
    **{"from": "jisoo.han@meta.com"}, name_from="Jisoo Han",
    date=d("2024-09-13 14:02", KST), subject="RE: KCSC-240909-03 removal request (5 items)",
    reply_to_req=MID["KCSC-240909-03"],
    body=f"""
Hi team,

Quick update on your request: the group post {M1} was taken down on
12 September. For {M2}, we could not find the profile - it no longer exists
on Facebook.

Best,
Jisoo Han
Public Policy, Meta Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:05 PM
To: legal-kr@meta.com
Subject: KCSC-240909-03 removal request (5 items)

""" + "\n".join(request_body("KCSC-240909-03", MS, "Meta")),
    outcome="applied", classification="confirmation",
    imitates="Meta staff reply over an Outlook 'Original Message' quote",
    why="group post taken down (removed), profile no longer exists (not_found); quoted request says nothing",
    items={M1: "removed", M2: "not_found"},
)

case(
    name="meta-dsa-html-visibility-restriction",
    **{"from": "notification@facebookmail.com"}, name_from="Instagram",
    date=d("2024-09-15 23:50"), subject="Statement of reasons: content restricted in your country",
    reply_to_req=MID["KCSC-240909-03"], type="html",
    body=f"""
<html><body>
<h3>Statement of reasons</h3>
<table cellpadding="4">
<tr><td><b>Your reference</b></td><td>KCSC-240909-03</td></tr>
<tr><td><b>Content</b></td><td><a href="{M4}">{M4}</a></td></tr>
<tr><td><b>Decision</b></td><td>Restriction of visibility: the content is not available in the Republic of Korea</td></tr>
<tr><td><b>Legal ground</b></td><td>Act on Promotion of Information and Communications Network Utilization, Art. 44-7</td></tr>
<tr><td><b>Territorial scope</b></td><td>Republic of Korea</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
</table>
<p>Information about redress options: <a href="https://transparency.meta.com/enforcement/">transparency.meta.com</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA statement of reasons rendered as an HTML field table",
    why="decision: not available in Korea (restricted)",
    items={M4: "restricted"},
)

case(
    name="meta-all-removed-bulk",
    **{"from": "legal-kr@meta.com"}, name_from="Meta Content Regulation",
    date=d("2024-09-16 08:00"), subject="RE: KCSC-240909-03",
    reply_to_req=MID["KCSC-240909-03"],
    body="""
Hello,

All of the content listed in your report KCSC-240909-03 has been removed from
Facebook and Instagram.

Meta Content Regulation Team
""",
    outcome="review", review="bulk",
    imitates="Meta one-line bulk confirmation",
    why="'all of the content' without naming each of five items: bulk",
    items={u: "pending" for u in MS},
)

case(
    name="meta-report-received-echo",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date=d("2024-09-09 05:07"), subject="We received your report",
    reply_to_req=MID["KCSC-240909-03"],
    body=f"""
Hi,

Thanks for submitting your report. Your report reference is 5521009934.

Here's a copy of what you submitted:

Reference: KCSC-240909-03
Content reported:
{M1}
{M2}
{M3}
{M4}
{M5}
Reason: Content that may be unlawful in my country

We'll review your report and let you know our decision.

The Facebook Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Meta report receipt echoing the submitted form",
    why="pure receipt; the URLs are an echo of our own form",
    items={},
)

# ============================================================ TikTok (3 items)
_tt_csv = (
    "reported_url,decision,scope,policy\r\n"
    f"{T1},Removed,Global,Regulated goods\r\n"
    f"{T2},Restricted,KR only,Local law\r\n"
    f"{T3},No violation,-,-\r\n"
)
case(
    name="tiktok-csv-outcome-attachment",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d("2024-09-13 03:18"), subject="KCSC-240911-04 - review result",
    reply_to_req=MID["KCSC-240911-04"],
    raw_mime="Content-Type: multipart/mixed; boundary=\"tt-mix-77\"\n\n"
    "--tt-mix-77\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
    "Hello,\n\nPlease find attached the result of our review of request KCSC-240911-04.\n\n"
    "Best regards,\nTikTok Law Enforcement Outreach\n\n"
    "--tt-mix-77\nContent-Type: text/csv; charset=utf-8; name=\"KCSC-240911-04_result.csv\"\n"
    "Content-Disposition: attachment; filename=\"KCSC-240911-04_result.csv\"\n"
    "Content-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_tt_csv.encode()).decode()
    + "\n--tt-mix-77--\n",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal review result as a CSV attachment",
    why="CSV rows: removed, restricted in KR, no violation (rejected)",
    items={T1: "removed", T2: "restricted", T3: "rejected"},
)

_tt_qp = (
    "Hi,\n\nThanks for your request KCSC-240911-04. After reviewing it against local law, "
    f"we've restricted the video {T3} so that it can no longer be viewed in the Republic of Korea. "
    "This decision was based on local law only; the video remains available in other regions.\n\n"
    "TikTok Trust and Safety\n"
)
case(
    name="tiktok-geo-restricted-qp",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=d("2024-09-12 22:45"), subject="Update on your request KCSC-240911-04",
    reply_to_req=MID["KCSC-240911-04"],
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + quopri.encodestring(_tt_qp.encode()).decode(),
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice, quoted-printable with soft breaks",
    why="video restricted in Korea only",
    items={T3: "restricted"},
)

case(
    name="tiktok-korea-staff-particles",
    **{"from": "sooyeon.lee@tiktok.com"}, name_from="Sooyeon Lee",
    date=d("2024-09-12 17:20", KST), subject="RE: KCSC-240911-04",
    reply_to_req=MID["KCSC-240911-04"],
    body=f"""
Hello KCSC team,

Regarding KCSC-240911-04:

{T1}는 삭제 조치되었습니다 (removed).
{T2}의 경우, it has been restricted in Korea（국내 접속 제한）.

The third video is still being checked by our global team.

Thanks,
Sooyeon Lee | TikTok Korea Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea staff reply mixing English with Korean particles",
    why="삭제 (removed) and restricted in Korea; third video still open",
    items={T1: "removed", T2: "restricted"},
)

case(
    name="tiktok-bulk-three-videos",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d("2024-09-14 02:02"), subject="Re: KCSC-240911-04",
    reply_to_req=MID["KCSC-240911-04"],
    body="""
Hello,

Thank you for your report KCSC-240911-04. We've reviewed the 3 videos you
reported and removed them for violating our Community Guidelines.

Best regards,
TikTok Legal
""",
    outcome="review", review="bulk",
    imitates="TikTok outcome covering all reported videos at once",
    why="'removed them' covers three items without naming each: bulk",
    items={u: "pending" for u in TS},
)

case(
    name="tiktok-out-of-office",
    **{"from": "minji.park@tiktok.com"}, name_from="Minji Park",
    date=d("2024-09-11 02:31"), subject="Automatic reply: KCSC-240911-04 removal request (3 items)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 23 September with
limited access to email. For urgent legal requests please write to
legal-kr@tiktok.com.

Minji Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

# ============================================================ Reddit (2 items)
case(
    name="reddit-removed-and-author-deleted",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-14 20:10"), subject="Re: KCSC-240912-05",
    reply_to_req=MID["KCSC-240912-05"],
    body=f"""
Hi there,

Thanks for contacting Reddit. Our team has reviewed the two links in your
request KCSC-240912-05.

{R1} - removed for violating our Content Policy (prohibited transactions).

{R2_RAW} - we were unable to act on this one, because its author had already
deleted it before our review.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal operations reply",
    why="removed; the Korean-slug post (written raw) was already deleted by its author: not_found",
    items={R1: "removed", R2: "not_found"},
)

case(
    name="reddit-geo-restricted",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-15 01:44"), subject="Reddit: result of your request KCSC-240912-05",
    reply_to_req=MID["KCSC-240912-05"],
    body=f"""
Hello,

Following our review under local law, the post at
{R1}
has been made unavailable to users in South Korea. It has not been removed
from Reddit elsewhere.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit geo-restriction in response to a government request",
    why="unavailable only in South Korea: restricted",
    items={R1: "restricted"},
)

case(
    name="reddit-wrapped-url-in-brackets",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-16 03:03"), subject="Re: KCSC-240912-05",
    reply_to_req=MID["KCSC-240912-05"],
    body="""
Hi,

The following post has been removed by Reddit's Safety team:
<https://www.reddit.com/r/koreadeals_xx/comments/1f6abcd/
fake_license_service_dm_me/>

We are still looking at the second link.

Reddit Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit reply with a long URL wrapped inside angle brackets",
    why="the bracketed URL, wrapped after a '/', is the first post: removed; second still open",
    items={R1: "removed"},
)

case(
    name="reddit-asks-for-order",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-13 18:30"), subject="Re: KCSC-240912-05 - additional information needed",
    reply_to_req=MID["KCSC-240912-05"],
    body=f"""
Hello,

To proceed with your request KCSC-240912-05 we need a little more
information:

1. The specific provision of Korean law the content is said to violate.
2. A copy of any order issued by a court or authority about the posts.

Please also confirm that {R2} is the correct link, as the title appears
truncated in our system.

Once we receive this, we will continue our review.

Reddit Legal Operations
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="Reddit request for more information on a legal request",
    why="asks for the legal basis and a court order; no status",
    items={R1: "pending", R2: "pending"},
)

case(
    name="reddit-read-receipt",
    **{"from": "legalops@reddit.com"}, name_from="Reddit Legal Operations",
    date=d("2024-09-12 08:01"), subject="Read: KCSC-240912-05 removal request (2 items)",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-reddit-1"

--mdn-reddit-1
Content-Type: text/plain; charset=utf-8

Your message

  To: legalops@reddit.com
  Subject: KCSC-240912-05 removal request (2 items)
  Sent: Thursday, September 12, 2024 4:20 PM (UTC+09:00)

was read on Thursday, September 12, 2024 5:01 PM (UTC+09:00).

--mdn-reddit-1
Content-Type: message/disposition-notification

Reporting-UA: mail.reddit.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legalops@reddit.com
Original-Message-ID: <req.240912-05.5f02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-reddit-1--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="lawfirm-for-reddit-poster",
    **{"from": "j.choi@hanul-law.example"}, name_from="Jaewon Choi",
    date=d("2024-09-17 11:11", KST), subject="KCSC-240912-05 / representation of the poster",
    body=f"""
Dear Sir or Madam,

We represent the user who published the post at
{R1}

Reddit has informed our client that the post was removed at your request.
Our client disputes that the post was unlawful and reserves all rights. We
ask that you reconsider request KCSC-240912-05.

Yours faithfully,
Jaewon Choi
Hanul Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of a poster",
    why="a third party relays what Reddit told its client; not a platform sender",
    items={R1: "pending"},
)

# ============================================================ Discord (1 item)
case(
    name="discord-server-removed-no-url",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-18 19:25"), subject="Re: KCSC-240916-06 [Ticket #41822977]",
    reply_to_req=MID["KCSC-240916-06"],
    body="""
Hello,

Thank you for your report regarding KCSC-240916-06. Our Safety team has
reviewed the server in question and removed it from Discord for violating
our Community Guidelines. The invite link no longer works.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety outcome for a reported server",
    why="one-item request; 'removed it from Discord' is the sole statement: removed",
    items={D1: "removed"},
)

case(
    name="discord-warning-only",
    **{"from": "trust-safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d("2024-09-17 21:00"), subject="Re: KCSC-240916-06 [Ticket #41822977]",
    reply_to_req=MID["KCSC-240916-06"],
    body=f"""
Hello,

We've reviewed the server behind {D1} and issued a warning to its owner.
If the server continues to share this kind of content, it may be removed.

Discord Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="Discord warning-issued outcome",
    why="a warning and a conditional 'may be removed': no status",
    items={D1: "pending"},
)

case(
    name="discord-zendesk-receipt",
    **{"from": "support@discord.com"}, name_from="Discord",
    date=d("2024-09-16 01:01"), subject="[Discord] Request received: KCSC-240916-06 removal request (1 item)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
##- Please type your reply above this line -##

Your request (#41822977) has been received and is being reviewed by our
Trust & Safety team.

To add additional comments, reply to this email.

Discord
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk ticket-received receipt",
    why="pure receipt with a ticket number",
    items={},
)

# ============================================================ Twitch (2 items)
case(
    name="twitch-vod-and-channel-removed",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=d("2024-09-21 00:15"), subject="Re: KCSC-240919-07",
    reply_to_req=MID["KCSC-240919-07"],
    body=f"""
Hello,

Thank you for bringing this to our attention. The VOD {W1} has been
removed. The channel {W2} has been indefinitely suspended and is no longer
accessible.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch legal reply on a VOD and a channel",
    why="VOD removed; channel suspended and inaccessible: removed",
    items={W1: "removed", W2: "removed"},
)

case(
    name="twitch-vod-kept-channel-pending",
    **{"from": "legal@twitch.tv"}, name_from="Twitch Legal",
    date=d("2024-09-20 18:40"), subject="Re: KCSC-240919-07",
    reply_to_req=MID["KCSC-240919-07"],
    body=f"""
Hello,

We reviewed the VOD at {W1}. It does not violate our Community Guidelines,
and we have not found it to be unlawful, so it remains available.

We are still reviewing the channel {W2} and will update you when that
review is complete.

Twitch Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Twitch partial outcome: one declined, one still under review",
    why="VOD reviewed and kept (rejected); channel still under review stays pending",
    items={W1: "rejected", W2: "pending"},
)

case(
    name="twitch-out-of-office",
    **{"from": "d.kim@twitch.tv"}, name_from="Daniel Kim",
    date=d("2024-09-19 04:16"), subject="Automatic reply: KCSC-240919-07 removal request (2 items)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply"],
    body="""
Hi, I'm away until Monday 30 September for the Chuseok holiday. Your
message will not be forwarded. For legal matters contact legal@twitch.tv.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply",
    items={},
)

case(
    name="bounce-twitch-reminder",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-19 04:16"), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-kcsc-5521"

--dsn-kcsc-5521
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<twitch-legal@twitch.tv>: host mx1.twitch.tv[198.51.100.44] said: 550 5.1.1
    <twitch-legal@twitch.tv>: Recipient address rejected: User unknown

--dsn-kcsc-5521
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 19 Sep 2024 13:15:02 +0900 (KST)

Final-Recipient: rfc822; twitch-legal@twitch.tv
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <twitch-legal@twitch.tv>: Recipient address rejected: User unknown

--dsn-kcsc-5521
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: twitch-legal@twitch.tv
Subject: KCSC-240919-07 removal request (2 items)
Message-ID: <req.240919-07.77c9@kcsc.example>
Date: Thu, 19 Sep 2024 13:15:00 +0900
Content-Type: text/plain; charset=utf-8

""" + "\n".join(request_body("KCSC-240919-07", WS, "Twitch")) + "\n\n--dsn-kcsc-5521--\n",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request with its URLs",
    why="delivery failure report; the URLs are in our own returned message",
    items={},
)

# ===================================================== Snapchat (no request)
case(
    name="snap-guidelines-update",
    **{"from": "lawenforcement@snapchat.com"}, name_from="Snap Law Enforcement Operations",
    date=d("2024-09-20 16:00"), subject="Update to Snap's guidelines for government requests",
    body="""
Dear partner,

We are writing to let you know that, from 1 October 2024, Snap will accept
content removal requests from government agencies only through our online
portal at https://lawenforcement.snapchat.com/ . Requests sent by email to
this address after that date will not be processed.

Our updated guide for government agencies is available at
https://values.snap.com/safety/law-enforcement

Snap Inc. Law Enforcement Operations
""",
    outcome="review", review="no_claims",
    imitates="platform notice to registered government contacts about a process change",
    why="trusted Snapchat mail, names no item and no request",
    items={},
)


HEADER = """# blind622: English notices from many platforms (X, YouTube, Meta, TikTok,
# Reddit, Discord, Twitch; Google and Snapchat senders). Written from each
# email's meaning before any run of the reader. Generated by make.py.
"""


def main():
    write_requests()
    cdir = os.path.join(HERE, "cases")
    if os.path.isdir(cdir):
        for f in os.listdir(cdir):
            if f.endswith(".eml"):
                os.remove(os.path.join(cdir, f))
    corpuslib.write_set(HERE, "blind622", HEADER, CASES)


if __name__ == "__main__":
    main()
