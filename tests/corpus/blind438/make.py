#!/usr/bin/env python3
"""Blind set 438: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email is
fictional and written in our own words; the expected results were written
from each email's meaning before the reader was ever run on this set.

    python3 tests/corpus/blind438/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import email.header
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "tiktok.com": "TikTok",
})

SET = "blind438"

# ---------------------------------------------------------------- requests
X = {
    1: "https://x.com/gray_lantern_77/status/1829100000000000101",
    2: "https://x.com/gray_lantern_77/status/1829100000000000102",
    3: "https://x.com/gray_lantern_77/status/1829100000000000103",
    4: "https://x.com/pinecone_relay/status/1829100000000000204",
    5: "https://x.com/pinecone_relay/status/1829100000000000205",
    6: "https://x.com/mudlark_exchange/status/1829100000000000306",
    7: "https://x.com/mudlark_exchange/status/1829100000000000307",
    8: "https://x.com/mudlark_exchange/status/1829100000000000308",
    9: "https://x.com/tinroof_daily/status/1829100000000000409",
    10: "https://x.com/tinroof_daily/status/1829100000000000410",
    11: "https://x.com/quietfern_kr/status/1829100000000000511",
    12: "https://x.com/quietfern_kr/status/1829100000000000512",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2xLp0a",
    2: "https://www.youtube.com/watch?v=Vb3nK8sWd4e",
    3: "https://youtu.be/Hc5yJ1oZr9u",
    4: "https://www.youtube.com/shorts/Lp2wX6cFt8k",
}
T = {
    1: "https://t.me/bluefinch_market/412",
    2: "https://t.me/bluefinch_market/418",
    3: "https://t.me/nightowl_swap",
}
N = {
    1: "https://blog.naver.com/sunny_ledger77/223561120301",
    2: "https://blog.naver.com/sunny_ledger77/223561120455",
    3: "https://cafe.naver.com/greenvalleyshop/88412",
    4: "https://cafe.naver.com/greenvalleyshop/88419",
    5: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230981",
}
K_RAW = {
    1: "https://moonlit-archive.tistory.com/entry/신상정보-공개",
    2: "https://moonlit-archive.tistory.com/entry/후기-모음",
    3: "https://cafe.daum.net/oldbridge77/Ab3x/1542",
}
K = {k: (quote(v, safe=":/?=&") if "tistory" in v else v) for k, v in K_RAW.items()}
TT = {
    1: "https://www.tiktok.com/@saltmarsh.vids/video/7410023345110000121",
    2: "https://www.tiktok.com/@saltmarsh.vids/video/7410023345110000187",
}
Y7 = "https://www.youtube.com/watch?v=Zr8dN4kTq1m"

REQUESTS = [
    ("KCSC-240903-01", "x", "2024-09-03", "2024-09-10", list(X.values()), "defamation",
     "12 posts from five accounts, follow-up of the August list, priority high"),
    ("KCSC-240905-02", "youtube", "2024-09-05", "2024-09-12", list(Y.values()), "harassment",
     "four videos, one of them a Short"),
    ("KCSC-240909-03", "telegram", "2024-09-09", "2024-09-16", list(T.values()), "drugs",
     "two channel posts and one account"),
    ("KCSC-240910-04", "naver", "2024-09-10", "2024-09-17", list(N.values()), "privacy",
     "blog, cafe and 지식iN; personal data of a minor"),
    ("KCSC-240911-05", "kakao", "2024-09-11", "2024-09-18", list(K.values()), "privacy",
     "tistory entries with Korean slugs, stored percent-encoded"),
    ("KCSC-240912-06", "tiktok", "2024-09-12", "2024-09-19", list(TT.values()), "gambling", ""),
    ("KCSC-240913-07", "youtube", "2024-09-13", "2024-09-20", [Y7], "obscenity", "single video"),
]


def msgid(ref):
    return "req." + ref + "@kcsc.example"


def rid(ref):
    return "req." + ref


def d(day, hh, mm, tz="+0900"):
    dt = datetime.datetime(2024, 9, day, hh, mm, 17)
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def enc(s):
    """RFC 2047 encoded word for a non-ASCII header value, as portals send them."""
    if s.isascii():
        return s
    return email.header.Header(s, "utf-8").encode()


def case(**c):
    if "name_from" in c:
        c["name_from"] = enc(c["name_from"])
    if not c.pop("raw_subject", False):
        c["subject"] = enc(c["subject"])
    CASES.append(c)


# ======================================================== X (KCSC-240903-01)

case(
    name="x-mixed-statuses-one-sentence",
    **{"from": "legal-support@x.com"},
    date=d(6, 10, 41), subject="Re: KCSC-240903-01 removal request",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report (reference KCSC-240903-01). We have finished reviewing part of the posts it lists.

Of these, we removed {X[1]} and {X[2]} for violating our Violent Speech policy, withheld {X[4]} in South Korea in response to your legal demand, and found no violation of the X Rules or of local law in {X[6]}, which therefore remains available.

We are still looking at the other posts in your list and will write again once that review is done.

Kind regards,
Dana
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-demand outcome email, several decisions in one sentence",
    why="one sentence carries removed, removed, withheld and no violation for four named posts",
    items={X[1]: "removed", X[2]: "removed", X[4]: "restricted", X[6]: "rejected"},
)

case(
    name="x-negated-removal-withheld-instead",
    **{"from": "legal-support@x.com"},
    date=d(9, 16, 5), subject="KCSC-240903-01: update on two posts",
    body=f"""
Hi KCSC team,

Following up on your request KCSC-240903-01.

We have not removed {X[9]} from X globally. Having assessed it under Korean law, we have withheld it in South Korea, so it can no longer be viewed from Korea.

We did not withhold {X[10]}: it is commentary on a matter of public interest and breaks neither the X Rules nor, in our assessment, Korean law.

More on our country-withheld content policy: https://help.x.com/en/rules-and-policies/post-withheld-by-country

Best,
Min-ji
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice with a refusal for a second post",
    why="'have not removed ... have withheld it in South Korea' is restricted; 'did not withhold: ... breaks neither' is rejected",
    items={X[9]: "restricted", X[10]: "rejected"},
)

case(
    name="x-later-sentence-revises-earlier",
    **{"from": "legal-support@x.com"},
    date=d(13, 9, 12), subject="Correction - KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

A correction to our reply on request KCSC-240903-01.

In my message of 11 September I wrote that {X[11]} did not violate our rules and would stay up. That was a mistake on our side: a second review by our Safety team found a violation of our private information policy, and the post has now been removed.

{X[12]} could not be located. The link returns no post and our systems have no record of a post with that ID.

Apologies for the confusion.
Joon
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support correction email revising an earlier decision",
    why="the earlier 'did not violate' is retold and then revised to removed; the second post cannot be located",
    items={X[11]: "removed", X[12]: "not_found"},
)

case(
    name="x-bare-url-status-on-next-line",
    **{"from": "noreply-legal@x.com"},
    date=d(7, 3, 28), subject="Your legal request KCSC-240903-01 - decisions",
    body=f"""
Decisions on your request KCSC-240903-01

{X[4]}
Status: Removed (account suspended for repeated violations)

{X[5]}
Status: Not found - the post ID does not exist

{X[7]}
Status: No action - does not violate the X Rules

This is an automated summary. Replies to this address are not monitored.
""",
    outcome="applied", classification="confirmation",
    imitates="X legal request decision summary, URL with the status on the line below",
    why="each bare URL is followed by its own status line",
    items={X[4]: "removed", X[5]: "not_found", X[7]: "rejected"},
)

case(
    name="x-angle-bracket-urls-withheld-in",
    **{"from": "legal-support@x.com"},
    date=d(10, 11, 2), subject="RE: KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Please find our decisions for three of the posts in your request below.

Post <{X[6]}>: Withheld in: KR
Post <{X[7]}>: Removed
Post <{X[8]}>: No action taken - not a violation of the X Rules or of applicable local law

Account holders have been notified as described at <https://help.x.com/en/rules-and-policies/x-legal-faqs>.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Withheld in:' country-withheld notation in a legal support reply",
    why="three posts in angle brackets, each with a decision after the colon; the help link is not an item",
    items={X[6]: "restricted", X[7]: "removed", X[8]: "rejected"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal-support@x.com"},
    date=d(11, 14, 50), subject="Re: removal request KCSC-240903-01",
    body=f"""
Hi,

Regarding KCSC-240903-01:

The following post has been removed from X:
{X[7]}

The following post has been withheld in the Republic of Korea:
{X[8]}

We were unable to find the following post (it may already have been deleted by its author):
{X[3]}

Thanks,
Seo-yeon, X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply with the statement above each URL",
    why="each statement points forward to the URL on the next line; 'unable to find' is unhedged, only its cause is hedged",
    items={X[7]: "removed", X[8]: "restricted", X[3]: "not_found"},
)

case(
    name="x-numbered-list-statuses-by-number",
    **{"from": "legal-support@x.com"},
    date=d(12, 8, 31), subject="KCSC-240903-01 - outcome for four posts",
    body=f"""
Hello,

You asked us about these posts under KCSC-240903-01:

1. {X[1]}
2. {X[2]}
3. {X[3]}
4. {X[10]}

Items 1 and 3 have been removed for violating our Abuse and Harassment policy. Item 2 has been withheld in South Korea. We found no violation in item 4, so it remains on X.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply echoing a numbered list, decisions by item number",
    why="statuses given by position against a numbered list in the reply itself",
    items={X[1]: "removed", X[3]: "removed", X[2]: "restricted", X[10]: "rejected"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "noreply-legal@x.com"},
    date=d(8, 22, 14), subject="Update on your report - KCSC-240903-01",
    body=f"""
Hello,

We've reviewed the report you submitted.

Your report
-----------
Reported post: {X[5]}
Reported by: Korea Communications Standards Commission
Reference: KCSC-240903-01
Reason given: Defamation (Korean law)

Our decision
------------
We've withheld this post in South Korea. It remains visible elsewhere.

Learn more about how we handle reports from government authorities:
https://help.x.com/en/rules-and-policies/enforcement-options

X Safety
""",
    outcome="applied", classification="confirmation",
    imitates="X 'Update on your report' email echoing the report before the decision",
    why="the echoed report names one post; the decision below it withholds it in South Korea",
    items={X[5]: "restricted"},
)

case(
    name="x-hedge-in-relative-clause",
    **{"from": "legal-support@x.com"},
    date=d(10, 17, 33), subject="Re: KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

The post {X[3]}, which appears to be a repost of material you reported to us in August, has been removed under our Violent Speech policy.

As for {X[1]}, which we believe the author may already have taken down, we could not complete a review yet, and we will come back to you on it.

Kind regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply with qualifying relative clauses",
    why="the hedge sits in a relative clause about the post's origin, the main clause is a firm removal; the second post is hedged and unreviewed",
    items={X[3]: "removed", X[1]: "pending"},
)

case(
    name="x-refusals-with-reasons",
    **{"from": "legal-support@x.com"},
    date=d(12, 19, 7), subject="KCSC-240903-01: decisions on three posts",
    body=f"""
Dear KCSC,

We will not take action on {X[12]}. The post quotes a court ruling that has been public since July, and it does not violate the X Rules or Korean law as we understand it.

We also decline to act on {X[9]}: the account belongs to a registered news outlet and the post is reporting, not an allegation by the account holder.

{X[10]} is a different matter. It shared a private phone number and has been removed.

Regards,
X Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="X legal support reply declining two posts with reasons",
    why="two refusals with their reasons are rejections; the third post is removed",
    items={X[12]: "rejected", X[9]: "rejected", X[10]: "removed"},
)

case(
    name="x-promise-and-condition",
    **{"from": "legal-support@x.com"},
    date=d(5, 13, 46), subject="Re: KCSC-240903-01",
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your patience. Before we act on {X[8]} we are required to notify the account holder, who then has 48 hours to respond. If no response is received in that time, the post will be withheld in South Korea.

{X[11]} is still under review by our Safety team and we expect a decision later this week.

Regards,
X Legal Support
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="X legal support interim reply with a notice period",
    why="a conditional future withholding and an 'under review' are no statements; two requested posts are named",
    items={X[8]: "pending", X[11]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "hyun.park@x.com"},
    name_from="Hyun Park",
    date=d(4, 9, 0), subject="Automatic reply: KCSC-240903-01 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=rid("KCSC-240903-01"),
    body="""
Thank you for your email. I am out of the office until Monday 9 September with limited access to email.

For urgent legal requests from government agencies please use the dedicated channel at https://legalrequests.x.com. Your message will not be forwarded.

Hyun Park
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply from a platform employee",
    why="an automatic out-of-office reply, nothing about items",
)

# ================================================== YouTube (KCSC-240905-02)

case(
    name="yt-table-with-correcting-note",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(11, 15, 20), subject="[KCSC-240905-02] YouTube legal removal request - outcome",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We have reviewed the content identified in your request KCSC-240905-02. Our decisions are listed below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td></tr>
<tr><td>{Y[3]}</td><td>Age-restricted</td></tr>
<tr><td>{Y[4]}</td><td>No violation found, content remains available</td></tr>
</table>
<p><b>Correction:</b> the second row is wrong. The video {Y[2]} was not removed; it has been blocked for viewers in South Korea only, under local law.</p>
<p>Regards,<br>The YouTube Legal Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome table followed by a correcting note",
    why="the note explicitly corrects one row of the table: that video is restricted, the other rows stand",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(12, 10, 3), subject="[KCSC-240905-02] Outcome of your request",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please see the outcome for the Short in your request KCSC-240905-02.</p>
<table border="1">
<tr><th>Content</th><th>Outcome</th></tr>
<tr><td>{Y[4]}</td><td>Removed - Harassment and cyberbullying policy</td></tr>
</table>
<p>Note from the reviewer: the Short at {Y[4]} remains available on YouTube, as we found that it does not violate our Community Guidelines.</p>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements", classification="confirmation",
    imitates="YouTube legal outcome table with a reviewer note that contradicts it",
    why="the table says removed and the note says it stays up, with no sign of which is the correction",
    items={Y[4]: "pending"},
)

case(
    name="yt-positions-over-quoted-request",
    **{"from": "youtube-legal@google.com"},
    date=d(9, 18, 25), subject="Re: KCSC-240905-02 request to remove four videos",
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
Hello,

Regarding your request below: the first and second videos have been removed for violating our harassment policy, the third is now age-restricted, and the fourth stays up because it does not violate our Community Guidelines.

Best regards,
Ji-hoon
YouTube Legal Support

On Thu, 5 Sep 2024 at 10:02, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal,
>
> Under request KCSC-240905-02 we ask you to remove the following videos:
> 1. {Y[1]}
> 2. {Y[2]}
> 3. {Y[3]}
> 4. {Y[4]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply giving decisions by position over the quoted request",
    why="the reply's 'first/second/third/fourth' maps one to one onto the numbered URLs of the quoted request",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-correction-within-email",
    **{"from": "youtube-legal@google.com"},
    date=d(10, 12, 44), subject="KCSC-240905-02",
    body=f"""
Hi,

Following our review under KCSC-240905-02, {Y[1]} has been removed, and {Y[3]} has been removed as well.

Correction to the line above, after checking with my colleague: {Y[3]} was not removed. It was age-restricted, so it can only be watched by signed-in adult viewers.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply correcting itself in a later paragraph",
    why="the later paragraph revises the earlier removal of the short link to an age restriction",
    items={Y[1]: "removed", Y[3]: "restricted"},
)

_yt_outlook = f"""Hello,

The video {Y[2]} has been blocked for viewers in South Korea under local law.

We reviewed {Y[1]} and it does not violate YouTube's Community Guidelines or local law, so it stays available.

Regards,
Soo-ah Lim
Legal Support, Google Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:02 AM
To: legal-kr@google.com
Subject: KCSC-240905-02 request to remove four videos

Please remove the following videos under request KCSC-240905-02:
{Y[1]}
{Y[2]}
{Y[3]}
{Y[4]}
"""

case(
    name="yt-outlook-quoted-printable",
    **{"from": "soo-ah.lim@google.com"},
    name_from="Soo-ah Lim",
    date=d(10, 9, 58), subject="RE: KCSC-240905-02 request to remove four videos",
    reply_to_req=rid("KCSC-240905-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_outlook),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a legal support employee, quoted-printable, original request quoted below",
    why="two videos stated above the '-----Original Message-----'; the quoted request below states nothing",
    items={Y[2]: "restricted", Y[1]: "rejected"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "legal-notices@google.com"},
    date=d(11, 2, 15), subject="Statement of reasons - KCSC-240905-02",
    body=f"""
Statement of reasons

Notice reference: KCSC-240905-02
Content: {Y[3]}
Decision: Visibility restricted (age restriction)
Territorial scope: Worldwide
Facts and circumstances: The video was reviewed after a notice from a public authority.
Ground: Incompatible with our terms of service (Age-restricted content policy)
Automated detection: No
Automated decision: No

Redress: the uploader may appeal in YouTube Studio. More information: https://support.google.com/youtube/answer/2802167

Google LLC
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons layout (decision, territorial scope, ground)",
    why="an age restriction is a restriction; the support link is not an item",
    items={Y[3]: "restricted"},
)

case(
    name="yt-actioned-bulk-four-items",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(12, 16, 40), subject="[KCSC-240905-02] Your legal request",
    reply_to_req=rid("KCSC-240905-02"),
    body="""
Hello,

Thank you for your notice KCSC-240905-02. After review, the content identified in your notice has been actioned under our policies.

The YouTube Legal Team
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="YouTube legal 'content has been actioned' template for a multi-item notice",
    why="one statement about the whole notice, which has four items, without naming any",
)

case(
    name="yt-single-item-request-removed",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(16, 11, 11), subject="[KCSC-240913-07] Your legal request",
    reply_to_req=rid("KCSC-240913-07"),
    body="""
Hello,

We have reviewed the content identified in your notice KCSC-240913-07 and have removed it from YouTube for violating our nudity and sexual content policy.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal template answering a one-video notice",
    why="a removal naming no URL answers a request with a single item",
    items={Y7: "removed"},
)

case(
    name="yt-auto-acknowledgement",
    **{"from": "legal-kr-noreply@google.com"},
    date=d(13, 10, 5), subject="[9-3318000011234] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your legal request (KCSC-240913-07) and assigned it case ID 9-3318000011234. Please keep this number in any further correspondence about this request.

This is an automated message; please do not reply.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal request receipt with a case ID",
    why="a receipt only: a case ID and nothing about the item",
)

case(
    name="yt-no-claims-contact-change",
    **{"from": "legal-kr@google.com"},
    date=d(17, 14, 0), subject="Change of contact address for Korean government requests",
    body="""
Dear partners,

From 1 October 2024, legal requests from Korean government agencies concerning YouTube should be sent through our online form at https://support.google.com/legal/answer/3110420 instead of by email. Requests already sent by email will still be handled.

Thank you for your cooperation.

Google Korea Legal
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a changed contact channel",
    why="trusted YouTube mail that names no item and no request",
)

# =============================================== Telegram (KCSC-240909-03)

case(
    name="tg-blocked-while-other-left-up",
    **{"from": "dsa@telegram.org"},
    date=d(11, 20, 12), subject="Re: KCSC-240909-03 - Case #5530127",
    reply_to_req=rid("KCSC-240909-03"),
    body=f"""
Hello,

Case #5530127 (your reference KCSC-240909-03).

Post {T[1]} has been blocked, while {T[2]} was left in place because it does not violate our Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, two decisions in one sentence",
    why="'has been blocked, while ... was left in place because it does not violate' gives two different statuses",
    items={T[1]: "removed", T[2]: "rejected"},
)

case(
    name="tg-hedges-in-relative-clauses",
    **{"from": "abuse@telegram.org"},
    date=d(12, 7, 55), subject="Case #5530127",
    body=f"""
Hi,

Regarding KCSC-240909-03:

{T[1]}, which may have been forwarded to other channels before we acted, was taken down.
{T[2]} appears to have been deleted by the channel admins before we could look at it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with hedged remarks",
    why="the first hedge qualifies a side remark, the removal itself is firm; the second post's deletion is only 'appears to'",
    items={T[1]: "removed", T[2]: "pending"},
)

case(
    name="tg-username-unoccupied-and-geo-block",
    **{"from": "dsa@telegram.org"},
    date=d(13, 13, 30), subject="Case #5530127 - KCSC-240909-03",
    body=f"""
Hello,

1) The address {T[3]} does not lead anywhere: the username is not occupied and no chat, channel or bot exists under it.

2) {T[1]} has been made unavailable to users in South Korea. It remains accessible in other countries.

Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA/abuse reply, numbered points",
    why="an unoccupied username is not found; a post unavailable in South Korea only is restricted",
    items={T[3]: "not_found", T[1]: "restricted"},
)

case(
    name="tg-escalated-with-deadline",
    **{"from": "abuse@telegram.org"},
    date=d(10, 22, 40), subject="Case #5530127",
    reply_to_req=rid("KCSC-240909-03"),
    body=f"""
Hello,

Our moderators have looked at {T[3]}. The case has been escalated and remains under review.

We have asked the admins of the channel to remove {T[2]} within 48 hours. If they do not, the post will be blocked by us.

Telegram Abuse Team
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Telegram abuse desk interim reply",
    why="'under review' and a conditional future block are no statements; requested items are named",
    items={T[3]: "pending", T[2]: "pending"},
)

case(
    name="tg-received-ack",
    **{"from": "abuse@telegram.org"},
    date=d(9, 15, 1), subject="Case #5530127 received",
    body="""
Hello,

Thank you for your report KCSC-240909-03. It has been received and registered as Case #5530127. Please quote this number if you write to us again about this report.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse desk receipt with a case number",
    why="a pure receipt: case number, no statement about items",
)

# ================================================== NAVER (KCSC-240910-04)

case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(12, 14, 5), subject="[네이버] 게시중단 요청(KCSC-240910-04) 처리 결과 안내",
    raw_subject=True,
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-04)의 처리 결과를 안내드립니다.

{N[1]} 게시물은 게시중단 처리하였고, {N[2]} 게시물은 작성자가 이미 삭제하여 확인할 수 없습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="게시중단 is removed; a post already deleted by its author is not found, both in one sentence",
    items={N[1]: "removed", N[2]: "not_found"},
)

case(
    name="naver-html-table-temporary-measure",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date=d(13, 11, 20), subject="[NAVER] 시정요구 조치결과 회신 (KCSC-240910-04)",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 KCSC-240910-04 에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[3]}</td><td>임시조치</td><td>30일간 접근 제한</td></tr>
<tr><td>2</td><td>{N[4]}</td><td>삭제</td><td>-</td></tr>
<tr><td>3</td><td>{N[5].replace('&', '&amp;')}</td><td>미조치</td><td>운영정책 위반 사항 없음(게시 유지)</td></tr>
</table>
<p>문의: <a href="https://help.naver.com/service/5640/">네이버 고객센터</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table as sent by a portal",
    why="임시조치 is restricted, 삭제 removed, 미조치 with 위반 사항 없음 rejected",
    items={N[3]: "restricted", N[4]: "removed", N[5]: "rejected"},
)

case(
    name="naver-not-deleted-but-temporary-measure",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(11, 17, 45), subject="Re: KCSC-240910-04 게시물 조치 요청",
    reply_to_req=rid("KCSC-240910-04"),
    body=f"""
안녕하세요.

{N[3]} 게시물은 삭제하지 않았으며, 대신 30일간 임시조치(접근 제한)하였습니다.

{N[5]} 답변은 삭제하지 않습니다. 관련 법령 및 운영정책 위반이 확인되지 않았기 때문입니다.

감사합니다.
네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer centre reply with negated deletions",
    why="'삭제하지 않았으며, 대신 ... 임시조치' is restricted; '삭제하지 않습니다 ... 위반이 확인되지 않았기 때문' is a refusal with its reason",
    items={N[3]: "restricted", N[5]: "rejected"},
)

_naver_b64 = f"""안녕하세요, 네이버 고객센터입니다.

요청번호 KCSC-240910-04 관련하여 추가로 안내드립니다.

지난 9월 11일 {N[4]} 게시물은 임시조치하였다고 안내드렸습니다.
이후 추가 검토 결과 운영정책 위반이 확인되어, 해당 게시물은 9월 16일자로 삭제 처리되었습니다.

감사합니다.
"""

case(
    name="naver-base64-temporary-then-deleted",
    **{"from": "help@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(17, 9, 30), subject="[네이버] 처리 결과 추가 안내 (KCSC-240910-04)",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_naver_b64),
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice after a 30-day 임시조치, base64 body",
    why="the earlier 임시조치 is retold; the later sentence states the post was deleted",
    items={N[4]: "removed"},
)

case(
    name="naver-forged-auth-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    auth="fail",
    date=d(12, 3, 12), subject="[네이버] KCSC-240910-04 처리 완료",
    body=f"""
안녕하세요.

요청하신 아래 게시물을 모두 삭제하였습니다.
- {N[1]}
- {N[2]}

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="NAVER 처리 완료 notice, failing DMARC",
    why="a NAVER domain that fails authentication cannot change statuses",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-asks-for-resolution-copy",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(11, 10, 10), subject="Re: KCSC-240910-04 게시물 조치 요청",
    reply_to_req=rid("KCSC-240910-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N[5]} 게시물에 대해서는 심의 의결서 사본이 필요합니다.
의결서를 회신해 주시면 확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean portal request for supporting documents before acting",
    why="the platform asks for the commission's resolution before acting; nothing is stated",
    items={N[5]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date=d(10, 9, 14), subject="읽음: KCSC-240910-04 게시물 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn438"

--mdn438
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "KCSC-240910-04 게시물 조치 요청"을 수신자가 2024-09-10 09:14에 읽었습니다.

--mdn438
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{msgid("KCSC-240910-04")}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn438--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098) in Korean",
    why="a read receipt",
)

case(
    name="naver-search-team-on-kakao-item",
    **{"from": "search-policy@navercorp.com"},
    name_from="네이버 검색 정책팀",
    date=d(13, 15, 0), subject="[네이버 검색] 게시물 조치 요청 회신",
    body=f"""
안녕하세요, 네이버 검색 정책팀입니다.

요청번호 KCSC-240911-05로 보내주신 {K_RAW[1]} 게시물은 네이버에서 삭제 처리되었습니다.
원문 게시물은 티스토리(카카오)에서 서비스되고 있어 원문에 대한 조치는 해당 사업자에게 요청해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="Korean portal search team reply about content hosted by another provider",
    why="NAVER states a deletion for an item of the Kakao request; only Kakao can state its status",
    items={K[1]: "pending"},
)

# ================================================== Kakao (KCSC-240911-05)

case(
    name="kakao-korean-urls-with-particles",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(13, 16, 22), subject="[카카오] 게시중단 요청 처리 결과 (KCSC-240911-05)",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

{K_RAW[1]} 게시물은 블라인드 처리하였습니다.
두 번째 게시물（{K_RAW[2]}）은 위법성이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 처리 결과 notice",
    why="블라인드 is removed; a post kept because no illegality was found is rejected; raw Korean paths match the encoded URLs",
    items={K[1]: "removed", K[2]: "rejected"},
)

case(
    name="kakao-cafe-operator-deleted-and-blocked",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(19, 10, 40), subject="Re: KCSC-240911-05 게시물 조치 요청",
    reply_to_req=rid("KCSC-240911-05"),
    body=f"""
안녕하세요.

1. {K_RAW[3]} : 카페 운영자 삭제로 현재 게시되어 있지 않습니다.
2. {K_RAW[1]} : 국내 접속 차단 조치하였습니다.

문의사항은 고객센터(https://cs.kakao.com/helps?service=73)로 연락 주시기 바랍니다.

카카오 권리침해신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe/tistory action notice with a numbered list",
    why="운영자 삭제 is removed; 국내 접속 차단 is restricted; the help link is not an item",
    items={K[3]: "removed", K[1]: "restricted"},
)

case(
    name="kakao-hedged-korean",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(12, 18, 3), subject="Re: KCSC-240911-05 게시물 조치 요청",
    reply_to_req=rid("KCSC-240911-05"),
    body=f"""
안녕하세요.

요청하신 {K_RAW[2]} 게시물과 {K_RAW[3]} 게시물은 이미 삭제된 것으로 보입니다.
정확한 상태는 추가 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood", classification="confirmation",
    imitates="Kakao 권리침해신고센터 interim reply with a hedge (것으로 보입니다)",
    why="'삭제된 것으로 보입니다' is a hedge and the status is to be confirmed later",
    items={K[2]: "pending", K[3]: "pending"},
)

case(
    name="kakao-holiday-auto-reply",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date=d(16, 0, 5), subject="[자동응답] Re: KCSC-240911-05 게시물 조치 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

추석 연휴(9월 16일 ~ 9월 18일) 기간에는 접수된 메일에 답변이 어렵습니다.
연휴 이후 순차적으로 처리하여 회신드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday auto-reply (추석 연휴 자동응답)",
    why="an automatic holiday reply",
)

# ================================================= TikTok (KCSC-240912-06)

_tt_csv = f"""reported_url,decision,policy,decided_at
{TT[1]},Removed,Illegal gambling,2024-09-14
{TT[2]},No violation,-,2024-09-14
"""

case(
    name="tiktok-csv-attachment",
    **{"from": "legal-support@tiktok.com"},
    date=d(14, 11, 3), subject="KCSC-240912-06: outcome of your request",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tt438csv"

--tt438csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

Thank you for contacting TikTok about request KCSC-240912-06. The decision for each reported video is in the attached file.

TikTok Legal Support

--tt438csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240912-06_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240912-06_outcome.csv"
Content-Transfer-Encoding: base64

{b64(_tt_csv)}
--tt438csv--
""",
    outcome="applied", classification="confirmation",
    imitates="platform legal reply with a per-URL outcome CSV attached",
    why="the CSV gives Removed for one video and No violation for the other",
    items={TT[1]: "removed", TT[2]: "rejected"},
)

case(
    name="tiktok-not-removed-but-unavailable-in-korea",
    **{"from": "legal-support@tiktok.com"},
    date=d(16, 9, 45), subject="Re: KCSC-240912-06",
    reply_to_req=rid("KCSC-240912-06"),
    body=f"""
Hi,

We did not remove {TT[1]} from TikTok entirely, but it is no longer available to viewers in South Korea.

{TT[2]} was removed for violating our Community Guidelines on gambling.

Best,
TikTok Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok legal support reply, local restriction after a government request",
    why="'did not remove ... but no longer available in South Korea' is restricted; the second is removed",
    items={TT[1]: "restricted", TT[2]: "removed"},
)

case(
    name="tiktok-bulk-two-items",
    **{"from": "legal-support@tiktok.com"},
    date=d(15, 12, 30), subject="KCSC-240912-06",
    reply_to_req=rid("KCSC-240912-06"),
    body="""
Hello,

We have removed the videos you reported under reference KCSC-240912-06 for violating our Community Guidelines.

TikTok Legal Support
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="TikTok report outcome sentence covering all reported videos",
    why="one statement about both videos of a two-item request, naming neither",
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    date=d(12, 9, 2), subject="We've received your report [Ticket 2409-88713]",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

Thanks for your report. We've received it and created ticket 2409-88713. Our team will review it and get back to you.

Reference you gave: KCSC-240912-06

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok support ticket receipt",
    why="a ticket receipt with no statement about the videos",
)

# ================================================================= others

case(
    name="unknown-sender-reputation-firm",
    **{"from": "cases@brightline-reputation.example"},
    name_from="Brightline Reputation",
    date=d(9, 14, 20), subject="KCSC-240903-01 - posts taken down",
    body=f"""
Dear Commission,

We act for the holder of the account pinecone_relay. Our client has deleted the following posts, which you listed in KCSC-240903-01:

{X[4]}
{X[5]}

We trust this closes the matter for our client.

Brightline Reputation Management
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="third-party law/reputation firm writing on behalf of an account holder",
    why="not a platform domain; it names our request and two of its posts",
    items={X[4]: "pending", X[5]: "pending"},
)

case(
    name="dsn-bounce-request-to-google",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    date=d(13, 10, 3), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn438"

--dsn438
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-kr@google.com>: host aspmx.l.google.example[203.0.113.27] said:
    552 5.2.2 The recipient's inbox is out of storage space.

--dsn438
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 10:02:51 +0900

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 The recipient's inbox is out of storage space.

--dsn438
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: KCSC-240913-07 request to remove one video
Message-ID: <{msgid("KCSC-240913-07")}>
Date: Fri, 13 Sep 2024 10:02:40 +0900

Please remove the following video under request KCSC-240913-07:
{Y7}

--dsn438--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (RFC 3464) returning our request",
    why="a bounce of our own request; the URL is only in the returned message",
)

# ------------------------------------------------------------------ writing

HEADER = """# Blind set 438 (tests/corpus/blind438/): what a program gets wrong.
# Written from each email's meaning before the reader was run; see NOTES.md.
# Generated by make.py; do not edit by hand."""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])


if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print("%d cases" % len(CASES))
