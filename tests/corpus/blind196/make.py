#!/usr/bin/env python3
"""Blind set blind196: English notices from many platforms (X, YouTube, Meta,
TikTok, Reddit, Discord, Telegram, Twitch, Snapchat, Pinterest).

    python3 tests/corpus/blind196/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on these emails. Every name, account, URL and id is
fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind196"


def d(day, hh, mm, ss=0):
    """RFC 5322 date in September 2024, UTC."""
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=timezone.utc))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/hanul_tradepost/status/1830112233445566001"
X2 = "https://x.com/hanul_tradepost/status/1830112233445566002"
X3 = "https://x.com/moonlit_picks/status/1830220011223344556"
X4 = "https://x.com/moonlit_picks/status/1830220011223344557"
X5 = "https://x.com/gray_ferry88/status/1829901122334455667"
X6 = "https://x.com/gray_ferry88/status/1829901122334455668"
X7 = "https://x.com/gray_ferry88/status/1829901122334455669"
X8 = "https://x.com/cobalt_lane_kr/status/1830334455667788990"
X9 = "https://x.com/cobalt_lane_kr/status/1830334455667788991"
X10 = "https://x.com/pinewood_deals"
X11 = "https://x.com/sodam_market/status/1830445566778899001"
X12 = "https://x.com/sodam_market/status/1830445566778899002"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

Y1 = "https://www.youtube.com/watch?v=Qk3vT9pLm2A"
Y2 = "https://www.youtube.com/watch?v=Zr8nW1cYx4E"
Y3 = "https://www.youtube.com/@bluecedar_tv"
Y4 = "https://www.youtube.com/shorts/Lm4Pq8Rt2Wx"

M1 = "https://www.facebook.com/groups/4412098877/posts/9981234455"
M2 = "https://www.instagram.com/p/C9xTq2LmN4a/"
M3 = "https://www.facebook.com/daebak.outlet.page"

T1 = "https://www.tiktok.com/@mint_harbor77/video/7409123456789012345"
T2 = "https://www.tiktok.com/@mint_harbor77/video/7409123456789012399"
T3 = "https://www.tiktok.com/@seoul_nightlines/video/7408765432109876543"

R1 = "https://www.reddit.com/r/kdealsunder/comments/1f8xq2a/weekly_bulk_offer/"
R2 = "https://www.reddit.com/user/throwaway_hangang/comments/1f8zz9k/dm_for_list/"

D1 = "https://discord.gg/Hb7kQx2Rm"

G1 = "https://t.me/namsan_supply/4821"
G2 = "https://t.me/namsan_supply/4830"
G3 = "https://t.me/gold_river_chat"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     "illegal_goods", XS, "largest request: twelve posts and one account"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     "gambling", [Y1, Y2, Y3, Y4], "two videos, a channel and a Short"),
    ("KCSC-240905-03", "meta", "2024-09-05T09:15:00+09:00", "2024-09-12T23:59:59+09:00",
     "illegal_goods", [M1, M2, M3], "Facebook group post, Instagram post, Facebook Page"),
    ("KCSC-240906-04", "tiktok", "2024-09-06T14:00:00+09:00", "2024-09-13T23:59:59+09:00",
     "drugs", [T1, T2, T3], ""),
    ("KCSC-240909-05", "reddit", "2024-09-09T10:45:00+09:00", "2024-09-16T23:59:59+09:00",
     "illegal_goods", [R1, R2], ""),
    ("KCSC-240910-06", "discord", "2024-09-10T16:20:00+09:00", "2024-09-17T23:59:59+09:00",
     "obscenity", [D1], "one server invite"),
    ("KCSC-240911-07", "telegram", "2024-09-11T13:05:00+09:00", "2024-09-18T23:59:59+09:00",
     "drugs", [G1, G2, G3], "two channel posts and a public group"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp_part(text, ctype="text/plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


QUOTED_REQUEST_X = "\n".join(
    ["Dear X Legal team,", "",
     "Under Article 44-7 of the Information and Communications Network Act, the",
     "Korea Communications Standards Commission asks you to remove or block the",
     "following 12 items, which advertise the sale of illegal goods:", ""]
    + [f"{i}. {u}" for i, u in enumerate(XS, 1)]
    + ["", "Please reply by 10 September 2024, quoting KCSC-240903-01.", "",
       "KCSC Takedown Desk"])


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
CASES = []


def case(**kw):
    CASES.append(kw)


HEADER = """# Blind set blind196: English notices from many platforms.
# Written by python3 tests/corpus/blind196/make.py; do not edit by hand.
# Expected results were written from each email's meaning, before any run.
"""

# ===================================================================== X
case(
    name="x-legal-withheld-kr-two",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(5, 7, 12), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your request dated 3 September 2024 (your reference
KCSC-240903-01).

We reviewed the reported content under the X Rules and under applicable local
law. We did not find a violation of the X Rules, but we found the content to
be unlawful in the Republic of Korea. Accordingly, we have withheld the
following posts in South Korea:

{X1}
{X2}

The account holder has been notified of this action where we are permitted to
do so. The remaining items in your request are still being assessed and we
will write to you separately about them.

Regards,
X Legal
Case: 0904-LGL-558120
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email: content withheld in country (help.x.com legal FAQs)",
    why="two named posts stated withheld in South Korea; the rest only 'still being assessed'",
    items={X1: "restricted", X2: "restricted"},
)

case(
    name="x-mixed-bulleted",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(6, 2, 40), subject="Update on your request KCSC-240903-01 [ref:0904-LGL-558120]",
    body=f"""
Hello,

We have completed our review of three of the URLs in your request
KCSC-240903-01. The outcome for each is below.

  • {X3} — removed globally for violating our rules on illegal or certain regulated goods and services.
  • {X4} — withheld in KR in response to your legal demand.
  • {X5} — we could not locate this post. It does not exist on X or was deleted before our review.

For information about how X handles legal requests, see
https://help.x.com/en/rules-and-policies/x-legal-faqs

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome listing several URLs with per-item action",
    why="three named posts with a removed, a withheld-in-KR and a could-not-locate outcome; help link is not an item",
    items={X3: "removed", X4: "restricted", X5: "not_found"},
)

case(
    name="x-url-then-action-line",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(6, 9, 3), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi,

Here is where we landed on two further items from your request.

Reported content:
{X6}
Action taken: Removed – violation of X Rules (Illegal or certain regulated goods)

Reported content:
{X7}
Action taken: None – no violation of the X Rules was found, and we identified no basis to withhold the post under local law. The post remains available.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal desk reply, bare URL with 'Action taken' on the line below",
    why="status lines below each URL: one removed, one kept up for breaking no rule",
    items={X6: "removed", X7: "rejected"},
)

case(
    name="x-account-suspended",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(7, 1, 55), subject="Re: [KCSC-240903-01] Account reported in your request",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Regarding the account you reported under KCSC-240903-01:

The account @pinewood_deals ({X10}) has been permanently
suspended for violating the X Rules on illegal goods and services. Its profile
and posts are no longer visible on X.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension outcome for a reported account",
    why="the reported account page is suspended and no longer visible: removed",
    items={X10: "removed"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "dwhitlock@x.com"}, name_from="Dana Whitlock",
    date=d(9, 5, 21), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hi team,

Quick update on KCSC-240903-01. The post at {X8} is now withheld in South Korea. We were unable to locate
{X9} - the link returns a
"this post doesn't exist" page on our side.

The rest of your list is still with the team.

Dana
Global Government Affairs, X

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{gt(QUOTED_REQUEST_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X government-affairs staffer's top-posted Gmail reply over the quoted request",
    why="two items stated above the quote; the twelve URLs in the '>' quote are our own request",
    items={X8: "restricted", X9: "not_found"},
)

case(
    name="x-html-table",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(10, 3, 0), subject="X legal request KCSC-240903-01 - outcome",
    type="html",
    body=f"""
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Below is the outcome for the following items in your request <b>KCSC-240903-01</b>.</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Reported URL</th><th>Scope</th><th>Action</th></tr>
<tr><td><a href="{X11}">{X11}</a></td><td>Global</td><td>Removed</td></tr>
<tr><td><a href="{X12}">{X12}</a></td><td>KR</td><td>Withheld</td></tr>
</table>
<p>Appeals by the account holder are handled through <a href="https://help.x.com/forms/account-access/appeals">our appeals form</a>.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome as an HTML table (URL / scope / action)",
    why="table rows: one removed globally, one withheld in KR; appeal link is not an item",
    items={X11: "removed", X12: "restricted"},
)

QP_TEXT = f"""Hello,

This is an update on legal demand KCSC-240903-01 (X case 0905-LGL-558120) — two items.

The post at {X5} had already been deleted by the account holder before we reviewed it, so there was nothing left for us to action.

The post at {X6} has been removed for violating our rules on illegal or certain regulated goods and services.

We will send the outcome for the other items separately.

X Legal
"""
case(
    name="x-qp-legal-decision",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(10, 8, 45), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    raw_mime=qp_part(QP_TEXT),
    outcome="applied", classification="confirmation",
    imitates="X legal desk reply sent quoted-printable with soft line breaks",
    why="quoted-printable body: one post already deleted by its author (not found), one removed",
    items={X5: "not_found", X6: "removed"},
)

case(
    name="x-dsa-sor-withheld",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(11, 4, 30), subject="Statement of reasons - content moderation decision [KCSC-240903-01]",
    body=f"""
Statement of reasons

We are writing to inform you of a content moderation decision taken on
content you notified to us.

Decision:            Visibility restriction - content withheld in the Republic of Korea
Content concerned:   {X7}
Date of decision:    11 September 2024
Facts relied on:     Notice from the Korea Communications Standards Commission
                     (reference KCSC-240903-01)
Ground:              Illegal content under the law of the Republic of Korea
Territorial scope:   Republic of Korea only
Automated detection: No
Automated decision:  No

Redress: the account holder may appeal through https://help.x.com/forms/appeal .

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons (X), field-per-line layout",
    why="one named post with a decision of withholding in Korea only",
    items={X7: "restricted"},
)

case(
    name="x-outlook-angle-brackets",
    **{"from": "mkwak@x.com"}, name_from="Min-seo Kwak",
    date=d(12, 6, 10), subject="RE: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

Please see our responses below for the two sodam_market posts.

<{X12}> - removed for violation of the X Rules.
<{X11}> - we reviewed this post and found no violation of the X Rules nor of Korean law; we will not take action on it.

Best regards,
Min-seo Kwak | Public Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal@x.com
Subject: [KCSC-240903-01] Request to remove content

{QUOTED_REQUEST_X}
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea staffer's Outlook reply with URLs in angle brackets over '-----Original Message-----'",
    why="one removed, one refused for breaking no rule or law; the twelve URLs below the Outlook separator are our own request",
    items={X12: "removed", X11: "rejected"},
)

# =============================================================== YouTube
case(
    name="yt-legal-blocked-and-removed",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(6, 0, 50), subject="Re: [KCSC-240904-02] Legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thanks for reaching out to us.

In response to your legal complaint KCSC-240904-02, we have blocked the
following content from view on YouTube in South Korea:

- {Y1}

In addition, we have removed the video {Y2} globally,
because it violated YouTube's Community Guidelines.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal removals outcome email ('blocked from view on YouTube in <country>')",
    why="one video blocked in South Korea, one removed globally",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-channel-terminated-and-no-action",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 23, 5), subject="Re: [KCSC-240904-02] Legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Following review of your request KCSC-240904-02:

The channel {Y3} has been terminated for repeated
violations of our Community Guidelines.

After careful review, we have decided not to take action on
{Y1}. The video does not violate our policies,
and we did not find a sufficient legal basis to restrict it locally.

You can learn more about how we handle legal complaints at
https://support.google.com/legal/answer/3110420 .

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome: channel termination plus a 'decided not to take action' refusal",
    why="channel terminated (removed); video refused with reasons (rejected); support link is not an item",
    items={Y3: "removed", Y1: "rejected"},
)

YT_CSV = f"""url,action,scope,notes
{Y1},Blocked,KR,local law
{Y2},Removed,Global,Community Guidelines - gambling
{Y3},Channel terminated,Global,
{Y4},Not found,,video ID does not exist
"""
case(
    name="yt-csv-attachment",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(11, 2, 14), subject="Re: [KCSC-240904-02] Outcome report",
    reply_to_req=req_mid("KCSC-240904-02"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt196csv"

--yt196csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for each URL in your request
KCSC-240904-02.

Regards,
The YouTube Legal Support Team

--yt196csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(YT_CSV)}
--yt196csv--
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal team reply with a per-URL outcome CSV attachment",
    why="base64 CSV: blocked in KR, removed, channel terminated, not found",
    items={Y1: "restricted", Y2: "removed", Y3: "removed", Y4: "not_found"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(8, 22, 31), subject="Re: [KCSC-240904-02] Legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

The following video has been removed from YouTube for violating our policy on
online gambling content:

{Y2}

The following Short has been age-restricted. It is no longer shown to viewers
who are signed out or under 18:

{Y4}

We're still reviewing the remaining URLs in your request.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube outcome email with the URL on its own line below its statement",
    why="statement lines ending in ':' with the URL below: one removed, one age-restricted",
    items={Y2: "removed", Y4: "restricted"},
)

# ================================================================== Meta
case(
    name="meta-report-outcome-removed",
    **{"from": "notification@facebookmail.com"}, name_from="Facebook",
    date=d(7, 11, 2), subject="We removed the post you reported [KCSC-240905-03]",
    body=f"""
Hi KCSC Takedown,

Thanks for your report. We reviewed the post in the group you reported:

{M1}

We removed it because it goes against our Community Standards on restricted
goods and services.

We let the person who shared it know that it was removed, but we didn't tell
them who reported it.

Learn more about our Community Standards:
https://transparency.meta.com/policies/community-standards/

The Facebook Team
""",
    outcome="applied", classification="confirmation",
    imitates="Facebook Support Inbox report outcome ('We removed the post you reported')",
    why="the named group post was removed; transparency link is not an item",
    items={M1: "removed"},
)

case(
    name="meta-ig-restricted-fb-stays",
    **{"from": "lers-kr@fb.com"}, name_from="Meta Legal Operations",
    date=d(9, 8, 20), subject="Re: [KCSC-240905-03] Request to restrict content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body=f"""
Dear KCSC,

Thank you for your request KCSC-240905-03.

Instagram post {M2}
We have restricted access to this content in South Korea based on the local
law you cited.

Facebook Page {M3}
We reviewed this Page and it does not go against our Community Standards. We
also did not find it to be unlawful under the provision cited in your
request, so it remains available on Facebook.

Kind regards,
Meta Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="Meta content-restriction-based-on-local-law reply with a 'does not go against our Community Standards' refusal",
    why="Instagram post restricted in Korea; Facebook Page kept up with reasons (rejected)",
    items={M2: "restricted", M3: "rejected"},
)

case(
    name="meta-dsa-sor-page-removed",
    **{"from": "no-reply@meta.com"}, name_from="Meta",
    date=d(12, 9, 40), subject="Decision on your notice - reference KCSC-240905-03",
    body=f"""
Decision on your notice

Notice reference: KCSC-240905-03
Content:          Facebook Page - {M3}
Decision:         Removed
Territorial scope: Worldwide
Basis:            Our Terms of Service and Community Standards (regulated goods)
Means:            Reviewed by a person after your notice

Information on this decision has also been submitted to the DSA Transparency
Database without personal data. If you disagree, you can request another
review at https://www.facebook.com/help/contact/dsa-appeal .

Meta Platforms Ireland Ltd.
""",
    outcome="applied", classification="confirmation",
    imitates="Meta DSA notice-decision email (statement of reasons fields)",
    why="field layout: the Page's decision is Removed, worldwide; appeal link is not an item",
    items={M3: "removed"},
)

case(
    name="meta-echoed-report",
    **{"from": "no-reply@instagram.com"}, name_from="Instagram",
    date=d(8, 4, 17), subject="Update on your report",
    body=f"""
Report details
Report ID:        1092384756
Submitted:        5 September 2024
Reporter:         takedown@kcsc.example
Reported content: {M2}
Reason given:     Sale of illegal or regulated goods
Your reference:   KCSC-240905-03

Outcome
We removed this post from Instagram because it goes against our Community
Guidelines.

Thanks for helping keep Instagram safe.
""",
    outcome="applied", classification="confirmation",
    imitates="Instagram 'update on your report' echoing the report form, outcome below",
    why="echoed report names the post; outcome section states it was removed",
    items={M2: "removed"},
)

# ================================================================ TikTok
case(
    name="tiktok-numbered-list",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=d(9, 6, 0), subject="Re: [KCSC-240906-04] Content removal request",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Dear KCSC team,

We've reviewed the videos listed in your request KCSC-240906-04. Results:

1. {T1}
   Result: Removed - violates our Community Guidelines (drugs and controlled substances)

2. {T2}
   Result: Not found - this video no longer exists on TikTok; it was deleted by the creator before our review.

3. {T3}
   Result: Restricted in your region - not viewable in South Korea based on local law

Best,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report-status list (numbered URLs, result on the line below)",
    why="numbered list: removed, deleted by creator (not found), restricted in South Korea",
    items={T1: "removed", T2: "not_found", T3: "restricted"},
)

TT_HTML = f"""<html><body>
<div style="font-family:Arial,sans-serif;font-size:14px;color:#161823">
<p>Hi there,</p>
<p>We reviewed the video you reported under reference KCSC-240906-04:</p>
<p><a href="{T3}">{T3}</a></p>
<p>We found that this video does not violate our Community Guidelines or local law. The video remains available on TikTok and no action has been taken.</p>
<p>You can read our Community Guidelines at <a href="https://www.tiktok.com/community-guidelines">tiktok.com/community-guidelines</a>.</p>
<p>TikTok Trust &amp; Safety</p>
</div>
</body></html>
"""
case(
    name="tiktok-base64-html-no-violation",
    **{"from": "noreply@tiktok.com"}, name_from="TikTok",
    date=d(10, 10, 12), subject="Update on your report - KCSC-240906-04",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TT_HTML)}""",
    outcome="applied", classification="confirmation",
    imitates="TikTok 'no violation found' report update, base64 HTML",
    why="one named video stays up because it breaks no guideline nor law: rejected",
    items={T3: "rejected"},
)

case(
    name="tiktok-korea-bilingual-particles",
    **{"from": "kr-policy@tiktok.com"}, name_from="TikTok Korea Public Policy",
    date=d(11, 7, 33), subject="RE: [KCSC-240906-04] 시정요구 조치결과 / Action results",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Dear KCSC team,
안녕하세요, 틱톡 코리아 공공정책팀입니다.

Results for KCSC-240906-04 (English follows the Korean on each line):

- {T2}는 삭제되었습니다. / This video has been removed.
- {T1}：한국 내 접근 제한 조치 완료. / Access restricted in Korea.

The third item is still under review and we will update you.

감사합니다.
TikTok Korea Public Policy
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok Korea bilingual action-result reply (Korean particle and full-width colon right after the URL)",
    why="'는 삭제되었습니다' = removed; '한국 내 접근 제한' = restricted in Korea; third item only under review",
    items={T2: "removed", T1: "restricted"},
)

case(
    name="tiktok-thanks-plus-statement",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date=d(12, 1, 8), subject="Your report has been received and reviewed [KCSC-240906-04]",
    body=f"""
Hi,

Thank you for your report. We have received it and our team has reviewed the
content.

The video {T1} has been removed for violating our
Community Guidelines.

Ticket: TT-KR-20240910-4471

TikTok Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok support ticket reply with a receipt phrase followed by a real outcome",
    why="receipt wording plus an unhedged removal of a named video: not a pure acknowledgement",
    items={T1: "removed"},
)

# ================================================================ Reddit
case(
    name="reddit-safety-list-wrapped",
    **{"from": "noreply@reddit.com"}, name_from="Reddit Safety",
    date=d(11, 18, 2), subject="Re: [KCSC-240909-05] Report of illegal content",
    reply_to_req=req_mid("KCSC-240909-05"),
    body="""
Hi,

Thanks for your report (ref KCSC-240909-05). After investigating, we've
taken the following actions:

- <https://www.reddit.com/r/kdealsunder/comments/1f8xq2a/
  weekly_bulk_offer/> : removed for violating Reddit's rules on prohibited
  transactions.
- <https://www.reddit.com/user/throwaway_hangang/comments/1f8zz9k/dm_for_list/> :
  removed, and the account that posted it has been permanently suspended.

If you have questions about our Content Policy, see
https://www.redditinc.com/policies/content-policy

Reddit Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit Safety report-outcome message, URLs in angle brackets, one wrapped",
    why="both posts removed; the first URL is wrapped inside its angle brackets",
    items={R1: "removed", R2: "removed"},
)

case(
    name="reddit-author-deleted-angle",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(12, 2, 25), subject="Re: [KCSC-240909-05] Report of illegal content",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hello,

The post you reported, <{R2}>, was already deleted by its author before we
reviewed it, so there was nothing left for us to action.

We are still looking at the other post in your request.

Reddit Legal
""",
    outcome="applied", classification="confirmation",
    imitates="Reddit legal reply: content already deleted by its author",
    why="named post already deleted by its author: not found; the other post unnamed and only being looked at",
    items={R2: "not_found"},
)

# =============================================================== Discord
case(
    name="discord-ts-server-removed",
    **{"from": "safety@discord.com"}, name_from="Discord Trust & Safety",
    date=d(12, 5, 50), subject="Re: [KCSC-240910-06] Report regarding a Discord server",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

Thanks for reaching out. Our Safety team investigated the server behind the
invite link {D1}, found that it violated our Community
Guidelines, and removed the server from Discord. The invite link no longer
works.

You can read more about our policies at https://discord.com/guidelines .

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord Trust & Safety report outcome email",
    why="the named server invite: server removed from Discord",
    items={D1: "removed"},
)

case(
    name="discord-sole-ref",
    **{"from": "noreply@discord.com"}, name_from="Discord",
    date=d(13, 3, 12), subject="Your report has been resolved [KCSC-240910-06]",
    body="""
Hi there,

Following up on your report (your reference KCSC-240910-06): we have reviewed
the server you reported and it has been removed from Discord for violating our
policies.

Thanks for helping keep Discord safe.

Discord Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Discord 'your report has been resolved' notice naming no URL",
    why="one-item request named by reference; the single server is stated removed",
    items={D1: "removed"},
)

# ============================================================== Telegram
case(
    name="telegram-abuse-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(12, 12, 0), subject="Re: [KCSC-240911-07] Case #4820517",
    reply_to_req=req_mid("KCSC-240911-07"),
    body=f"""
Hello,

Case #4820517. Following your request KCSC-240911-07, the following posts have
been blocked on all Telegram apps and are no longer accessible:

{G1}
{G2}

The group {G3} has been made unavailable to users in the
Republic of Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (blocked on all apps / unavailable in a country)",
    why="two posts blocked everywhere (removed); group unavailable in Korea only (restricted)",
    items={G1: "removed", G2: "removed", G3: "restricted"},
)

# ================================================================ REVIEW
case(
    name="x-promise-withhold",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(5, 23, 0), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have received your legal demand KCSC-240903-01 and are processing it.

The post {X1} will be withheld in
South Korea once the notice period we give the account holder ends on
12 September 2024.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a future withholding after the user-notice period",
    why="'will be withheld' is a promise, not a statement; the item stays pending",
    items={X1: "pending"},
)

case(
    name="x-conditional-48h",
    **{"from": "legal-noreply@x.com"}, name_from="X Corp. Legal",
    date=d(8, 3, 30), subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    body=f"""
Hello,

We have notified the account holder of {X11}. If the
account holder does not delete the post within 48 hours of our notice, we will
withhold it in the Republic of Korea.

{X12} is currently under review.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply with a conditional action and an 'under review' item",
    why="a condition and an 'under review' are not statements; both items pending",
    items={X11: "pending", X12: "pending"},
)

case(
    name="yt-under-review-hedge",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(7, 5, 5), subject="Re: [KCSC-240904-02] Legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

{Y1} is still under review by our legal team.

The video at {Y2} appears to have been made
private by the uploader, but we have not yet confirmed this.

We'll be in touch once we have reached a decision.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply ('still under review', 'appears to have been')",
    why="under review plus an unconfirmed hedge: nothing stated, both pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="meta-bulk-all-removed",
    **{"from": "lers-kr@fb.com"}, name_from="Meta Legal Operations",
    date=d(10, 1, 45), subject="Re: [KCSC-240905-03] Request to restrict content",
    reply_to_req=req_mid("KCSC-240905-03"),
    body="""
Dear KCSC,

We have reviewed the three items in your request KCSC-240905-03 and removed all
of the reported content for violating our Community Standards.

Kind regards,
Meta Legal Operations
""",
    outcome="review", review="bulk",
    imitates="Meta blanket outcome ('removed all of the reported content') with no URLs",
    why="one statement for a three-item request without naming each item: bulk",
    items={M1: "pending", M2: "pending", M3: "pending"},
)

case(
    name="tiktok-auth-fail",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal", auth="fail",
    date=d(8, 12, 0), subject="Re: [KCSC-240906-04] Content removal request",
    reply_to_req=req_mid("KCSC-240906-04"),
    body=f"""
Dear KCSC team,

We have removed the video {T1} for violating our
Community Guidelines.

Best,
TikTok Legal
""",
    outcome="review", review="untrusted",
    imitates="TikTok legal outcome whose DKIM/SPF/DMARC checks failed",
    why="platform domain but failing authentication: nothing applied",
    items={T1: "pending"},
)

case(
    name="unknown-sender-uploader-lawyer",
    **{"from": "j.han@parklee-law.example"}, name_from="Jiwon Han (Park & Lee Law Office)", auth="none",
    date=d(9, 2, 30), subject="KCSC-240903-01 - post by moonlit_picks",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account moonlit_picks. Our client has deleted
the post {X3} of their own accord
and asks that the Commission close the matter against them.

Yours faithfully,
Jiwon Han
Park & Lee Law Office
""",
    outcome="review", review="unknown_sender",
    imitates="letter from the uploader's lawyer claiming the post was deleted",
    why="not the platform: a third party's claim about an X item goes to review",
    items={X3: "pending"},
)

case(
    name="telegram-about-discord-link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d(11, 9, 9), subject="Re: [KCSC-240910-06] Report regarding a Discord server",
    reply_to_req=req_mid("KCSC-240910-06"),
    body=f"""
Hello,

The link in your request KCSC-240910-06, {D1}, does not point to
Telegram. There is no such content on our platform, so we cannot find or act
on it.

Telegram Abuse Team
""",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk answering a request meant for another service",
    why="Telegram states not-found for a Discord item: not its platform",
    items={D1: "pending"},
)

case(
    name="reddit-needs-court-order",
    **{"from": "legal@reddit.com"}, name_from="Reddit Legal",
    date=d(10, 20, 40), subject="Re: [KCSC-240909-05] Report of illegal content",
    reply_to_req=req_mid("KCSC-240909-05"),
    body=f"""
Hello,

Before we can act on {R1}, we need a
copy of the legal order or the specific provision of Korean law that the
content violates. Please reply to this email with that information.

Reddit Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Reddit legal request for the legal basis before acting",
    why="asks for more information; no status stated",
    items={R1: "pending"},
)

case(
    name="pinterest-no-reference",
    **{"from": "trust-safety@pinterest.com"}, name_from="Pinterest Trust & Safety",
    date=d(13, 8, 0), subject="About the Pins you reported",
    body="""
Hi there,

Thanks for reaching out to Pinterest. We looked into the Pins you flagged and
took action on those that went against our Community Guidelines.

If you see something else that concerns you, you can report it from the Pin
itself.

Pinterest Trust & Safety
""",
    outcome="review", review="no_claims",
    imitates="Pinterest generic 'we took action on the Pins you flagged' reply",
    why="trusted platform mail naming no item and no request of ours",
    items={},
)

case(
    name="yt-typo-unmatched",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 6, 25), subject="Re: [KCSC-240904-02] Legal removal request - YouTube",
    reply_to_req=req_mid("KCSC-240904-02"),
    body="""
Hello,

In response to your request KCSC-240904-02, we have removed the video
https://www.youtube.com/watch?v=Tq7bX2nRk9D from YouTube.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="unmatched_claims",
    imitates="YouTube outcome quoting a video id that is not in the request",
    why="a removal stated for a URL we never requested; our four items stay pending",
    items={},
)

case(
    name="discord-staff-forward",
    **{"from": "rhale@discord.com"}, name_from="Rowan Hale",
    date=d(12, 14, 30), subject="Fwd: Outcome - Safety report 88123 (KCSC-240910-06)",
    body=f"""
Hi KCSC team,

Forwarding our Safety team's note on your report, for your records.

Rowan
Discord Government Relations

---------- Forwarded message ---------
From: Discord Safety Operations <safety-ops@discord.com>
Date: Thu, Sep 12, 2024 at 3:14 AM
Subject: Outcome - Safety report 88123
To: Rowan Hale <rhale@discord.com>

Team - the server behind {D1} was reviewed and removed for
violating our Community Guidelines. The invite is dead as of today.
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform staffer forwarding an internal Safety-team outcome (Gmail forward block)",
    why="the statement is only inside the forwarded message: review, not applied",
    items={D1: "pending"},
)

# =============================================================== IGNORED
case(
    name="x-ooo-legal-staffer",
    **{"from": "jlee@x.com"}, name_from="Joon Lee",
    date=d(3, 1, 2), subject="Automatic reply: [KCSC-240903-01] Request to remove content",
    reply_to_req=req_mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 16 September with
limited access to email. For urgent legal matters please write to
legal-ops@x.com.

Joon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply from a platform staffer",
    why="auto-reply, nothing about the items",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@redditmail.com
Subject: [KCSC-240909-05] Report of illegal content
Date: {d(9, 1, 45)}
Message-ID: <req.KCSC-240909-05.copy@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Reddit,

Please remove the following content:
1. {R1}
2. {R2}

KCSC Takedown Desk
"""
case(
    name="reddit-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=d(9, 1, 46), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn196"

--dsn196
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal-kr@redditmail.com>: host mx1.redditmail.com[203.0.113.25] said:
    550 5.1.1 <legal-kr@redditmail.com>: Recipient address rejected: User
    unknown (in reply to RCPT TO command)

--dsn196
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(9, 1, 45)}

Final-Recipient: rfc822; legal-kr@redditmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.redditmail.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn196
Content-Type: message/rfc822

{DSN_ORIG}
--dsn196--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="bounce of our own request; the URLs are our own",
    items={R1: "pending", R2: "pending"},
)

case(
    name="meta-mdn-read-receipt",
    **{"from": "lers-kr@fb.com"}, name_from="Meta Legal Operations",
    date=d(5, 3, 0), subject="Read: [KCSC-240905-03] Request to restrict content",
    reply_to_req=req_mid("KCSC-240905-03"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn196"

--mdn196
Content-Type: text/plain; charset=utf-8

Your message

  To: lers-kr@fb.com
  Subject: [KCSC-240905-03] Request to restrict content
  Sent: Thursday, September 5, 2024 9:15 AM (UTC+09:00) Seoul

was read on Thursday, September 5, 2024 12:00 PM (UTC+09:00) Seoul.

--mdn196
Content-Type: message/disposition-notification

Reporting-UA: lers-kr.fb.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lers-kr@fb.com
Original-Message-ID: <req.KCSC-240905-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn196--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN) from a platform's legal mailbox",
    why="read receipt only",
    items={},
)

case(
    name="tiktok-receipt-ticket",
    **{"from": "support@tiktok.com"}, name_from="TikTok Support",
    date=d(6, 5, 1), subject="We've received your report [KCSC-240906-04]",
    body="""
Hi,

Thanks for contacting TikTok. We've received your report and created ticket
#TT-7723190. Our team will review it and get back to you as soon as possible.

Please do not reply to this email; replies to this address are not monitored.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="pure acknowledgement with a ticket number",
    items={},
)

case(
    name="twitch-zendesk-receipt",
    **{"from": "support@twitch.tv"}, name_from="Twitch Support",
    date=d(13, 0, 40), subject="[Twitch Support] Request received: Content report from KCSC",
    body="""
##- Please type your reply above this line -##

Your request (#812345) has been received and is being reviewed by our support
staff.

To add additional comments, reply to this email.

Twitch Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style ticket receipt (Twitch Support)",
    why="ticket receipt, no item and no status",
    items={},
)

case(
    name="snapchat-ooo",
    **{"from": "m.ortega@snap.com"}, name_from="Marisol Ortega",
    date=d(11, 22, 10), subject="Out of Office: Content removal request from KCSC",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
Hello,

Thanks for your email. I'm currently out of the office and will return on
Monday 23 September. Law enforcement and regulator enquiries can be sent to
lawenforcement@snap.com in the meantime.

Marisol
""",
    outcome="ignored", classification="auto_reply",
    imitates="Gmail-style out-of-office reply from a Snap employee",
    why="auto-reply",
    items={},
)

case(
    name="yt-ack-echo-urls",
    **{"from": "legal-support@google.com"}, name_from="YouTube Legal Support",
    date=d(4, 3, 0), subject="[KCSC-240904-02] We received your legal request",
    reply_to_req=req_mid("KCSC-240904-02"),
    body=f"""
Hello,

Thank you for your submission. We have received your legal request and it has
been assigned case ID 5-1842700039641.

Here is a copy of what you submitted:

  Your reference: KCSC-240904-02
  Country: South Korea
  URLs:
  {Y1}
  {Y2}
  {Y3}
  {Y4}

We will review your request and respond once we have reached a decision.

The YouTube Legal Support Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal webform receipt echoing the submitted URLs",
    why="receipt that echoes our URLs with no statement about them",
    items={Y1: "pending", Y2: "pending", Y3: "pending", Y4: "pending"},
)


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
