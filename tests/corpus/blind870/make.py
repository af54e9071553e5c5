#!/usr/bin/env python3
"""Blind set blind870 (focus: what a program gets wrong).

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Expected results were
written from each email's meaning, before the reader was ever run on them.

    python3 tests/corpus/blind870/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic.
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
    "https://x.com/duskmarket_kr/status/1830114477201938432",
    "https://x.com/duskmarket_kr/status/1830190255517364224",
    "https://x.com/pale_lantern09/status/1829877310045286400",
    "https://x.com/pale_lantern09/status/1829990012457721856",
    "https://x.com/orbit_sellers/status/1830245678123409408",
    "https://x.com/orbit_sellers/status/1830301122009876480",
    "https://x.com/night_ferry_77/status/1829654321098765312",
    "https://x.com/night_ferry_77/status/1829700088123456512",
    "https://x.com/greyreed_shop/status/1830400011223344640",
    "https://x.com/greyreed_shop/status/1830455566778899456",
    "https://x.com/moonlit_drop/status/1830512340987654144",
    "https://x.com/moonlit_drop/status/1830598765432109056",
]
T = [
    "https://t.me/quiet_pier_market/4418",
    "https://t.me/quiet_pier_market/4431",
    "https://t.me/bluefern_deals/207",
    "https://t.me/bluefern_deals/219",
]
Y = [
    "https://www.youtube.com/watch?v=Qk7fT2mXb9w",
    "https://www.youtube.com/watch?v=Lp3ZzA0cR8e",
    "https://www.youtube.com/shorts/Vn5hW1yTq4s",
]
Y1 = "https://www.youtube.com/watch?v=Hd8sK2pLw0Q"
N = [
    "https://blog.naver.com/haneul_store22/223551234567",
    "https://blog.naver.com/haneul_store22/223559876543",
    "https://cafe.naver.com/greenvalleytrade/58213",
    "https://cafe.naver.com/greenvalleytrade/58240",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=51234567",
]
K_RAW = "https://moonpath.tistory.com/entry/새벽-배송-후기"
K = [
    "https://moonpath.tistory.com" + quote("/entry/새벽-배송-후기"),
    "https://moonpath.tistory.com/88",
    "https://cafe.daum.net/bluestonemarket/Ab3x/1502",
]
TK = [
    "https://www.tiktok.com/@sunset_bazaar_kr/video/7409123456789012481",
    "https://www.tiktok.com/@sunset_bazaar_kr/video/7409876543210987521",
]

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "x", "2024-09-03T10:12:00+09:00", "2024-09-10T23:59:59+09:00", X,
     "drugs", "largest request: twelve posts, six accounts"),
    ("KCSC-240904-02", "telegram", "2024-09-04T09:40:00+09:00", "2024-09-11T23:59:59+09:00", T,
     "drugs", "two channels"),
    ("KCSC-240905-03", "youtube", "2024-09-05T11:05:00+09:00", "2024-09-12T23:59:59+09:00", Y,
     "gambling", "two videos and a Short"),
    ("KCSC-240906-04", "naver", "2024-09-06T14:30:00+09:00", "2024-09-13T23:59:59+09:00", N,
     "fraud", "blog, cafe and post"),
    ("KCSC-240909-05", "kakao", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", K,
     "obscenity", "Tistory entries (one Korean slug) and a Daum cafe post"),
    ("KCSC-240910-06", "youtube", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00", [Y1],
     "gambling", "one video"),
    ("KCSC-240911-07", "tiktok", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", TK,
     "drugs", "two videos"),
]


def mid(ref):
    return ref.lower() + "@kcsc.example"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def req(ref):
    return ref.lower()


def quoted_request(ref, urls, when):
    lines = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:",
             "> Dear Sir or Madam,",
             ">",
             f"> Under Article 44-7 of the Network Act we request the removal of the",
             f"> following content (our reference {ref}):",
             ">"]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> Please let us know the measures taken for each item.", ">",
              "> Korea Communications Standards Commission"]
    return "\n".join(lines)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X (12 items)
case(
    name="x-one-sentence-four-fates",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Mon, 09 Sep 2024 17:41:09 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

Thank you for your report (ref. KCSC-240903-01).

Having reviewed the first four posts in your request, we removed {X[0]} and {X[1]} for violating our rules on illegal and regulated goods, withheld {X[2]} in South Korea, and left {X[3]} available because we found no violation of the X Rules or of the Korean law you cited.

The remaining posts in your request are still with our team and we will write to you about them separately.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email to a government reporter",
    why="one sentence carries three statuses for four URLs; the closing sentence about the rest is a promise",
    items={X[0]: "removed", X[1]: "removed", X[2]: "restricted", X[3]: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Tue, 10 Sep 2024 08:02:44 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hi KCSC team,

Regarding KCSC-240903-01:

We have not removed {X[4]}; instead it has been withheld in South Korea under local law, so it is no longer visible to people in Korea.

We were unable to locate {X[5]} . It looks like the account holder deleted the post before our review.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice (reply to a legal request)",
    why="'not removed; instead withheld in South Korea' is restricted; 'unable to locate' is not_found (the hedge is only about why)",
    items={X[4]: "restricted", X[5]: "not_found"},
)

case(
    name="x-second-review-revises",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 03:15:22 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content - update",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

Following up on KCSC-240903-01.

Our initial review found no violation of the X Rules in {X[6]}. After a further review under Korean law by our legal team, we have now withheld that post in South Korea.

{X[7]} has been removed for violating our rules on illegal and regulated goods.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request follow-up after escalation",
    why="the first sentence's 'no violation' is superseded by the next sentence's withholding; the second post is removed",
    items={X[6]: "restricted", X[7]: "removed"},
)

case(
    name="x-table-corrected-by-note",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Fri, 13 Sep 2024 09:30:00 +0000",
    subject="Re: [KCSC-240903-01] Outcome of your request",
    reply_to_req=req("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review of two posts from your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Date</th></tr>
<tr><td>{X[8]}</td><td>Removed</td><td>2024-09-09</td></tr>
<tr><td>{X[9]}</td><td>No action - no violation found</td><td>2024-09-09</td></tr>
</table>
<p><b>Update, 13 September:</b> following your follow-up message, our legal team re-assessed
{X[9]} under Korean law and it is now withheld in South Korea. The table above shows the
outcome of the first review only.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome table with an agent's correction below it",
    why="the note names the URL, says it is newer and that the table is outdated: withheld wins over the table's 'no action'",
    items={X[8]: "removed", X[9]: "restricted"},
)

case(
    name="x-withheld-but-not",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 06:48:31 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

We have withheld {X[8]} in South Korea but not {X[9]}, which does not violate the law you cited or our rules.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld content notice (reply to a legal request)",
    why="'withheld A but not B, which does not violate...' : A restricted, B rejected",
    items={X[8]: "restricted", X[9]: "rejected"},
)

case(
    name="x-url-below-statement",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 12 Sep 2024 02:10:05 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

The following post has been withheld in South Korea in response to your request:
{X[10]}

The following post has been removed for violating the X Rules:
{X[11]}

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email, one block per post",
    why="each statement ends in ':' and its URL stands on the next line",
    items={X[10]: "restricted", X[11]: "removed"},
)

case(
    name="x-numbered-status-below",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 11:22:47 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Request: KCSC-240903-01
Reviewed items: 5

1. {X[0]}
   Outcome: Removed - violation of the illegal or certain regulated goods policy
2. {X[1]}
   Outcome: No action - we did not find a violation of the X Rules
3. {X[2]}
   Outcome: Not found - the post no longer exists
4. {X[3]}
   Outcome: Removed
5. {X[4]}
   Outcome: Withheld in KR

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome list (bare URL, outcome on the line below)",
    why="bare numbered URLs with their outcome on the next line; five statuses",
    items={X[0]: "removed", X[1]: "rejected", X[2]: "not_found", X[3]: "removed", X[4]: "restricted"},
)

case(
    name="x-top-posted-gmail-quote",
    **{"from": "jordan.ames@x.com"}, name_from="Jordan Ames",
    date="Thu, 12 Sep 2024 20:05:13 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hi,

Quick update on two of the posts: {X[5]} is now withheld in Korea. We couldn't locate {X[6]} - there is no post with that ID on our side.

Best,
Jordan
X Legal Operations

{quoted_request("KCSC-240903-01", X, "Tue, Sep 3, 2024 at 10:12 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a platform legal-operations employee",
    why="two statements above the quote; the twelve quoted URLs are our own request and say nothing",
    items={X[5]: "restricted", X[6]: "not_found"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "no-reply@x.com"}, name_from="X Support",
    date="Mon, 09 Sep 2024 12:00:41 +0000",
    subject="Your report LR-0098123-KR has been resolved",
    body=f"""
Your report has been reviewed.

Report ID: LR-0098123-KR
Reporter: Korea Communications Standards Commission
Your reference: KCSC-240903-01
Reported content: <{X[7]}>
Reported reason: Sale of illegal goods
Your description: "Post offers narcotics for sale with a Telegram contact; please remove."

Decision: Withheld in: KR
Decision date: 2024-09-09

You can find out more about country-withheld content at https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-resolution email that echoes the report (ticket template)",
    why="the echoed description says 'please remove' but the decision line says withheld in KR; help link is no item",
    items={X[7]: "restricted"},
)

case(
    name="x-promise-will-be-withheld",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Thu, 05 Sep 2024 07:41:00 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req=req("KCSC-240903-01"),
    body=f"""
Hello,

Regarding KCSC-240903-01: {X[2]} will be withheld in South Korea once our legal review is complete, and {X[3]} is still under review. We will follow up with the final outcome for every post in your request.

Regards,
X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim legal-request reply",
    why="a promise ('will be withheld once...') and 'under review' are not statements; names items so a person reads it",
    items={X[2]: "pending", X[3]: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-support@x.com"}, name_from="X Legal", auth="fail",
    date="Tue, 10 Sep 2024 13:13:13 +0000",
    subject="Re: [KCSC-240903-01] Request to remove content",
    body=f"""
Hello,

The following posts from your request KCSC-240903-01 have been removed:
{X[0]}
{X[1]}

Regards,
X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal-request outcome email, arriving with failed DKIM/SPF/DMARC",
    why="plausible text from x.com that fails authentication: nothing applied",
    items={X[0]: "pending", X[1]: "pending"},
)

case(
    name="x-table-contradicts-note",
    **{"from": "legal-support@x.com"}, name_from="X Legal",
    date="Wed, 11 Sep 2024 04:20:10 +0000",
    subject="Re: [KCSC-240903-01] Outcome of your request",
    reply_to_req=req("KCSC-240903-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for your request KCSC-240903-01. Our decision on the post below:</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action taken</th></tr>
<tr><td>{X[4]}</td><td>Removed</td></tr>
</table>
<p>Please note that this post remains available on X: after careful review we did not find
that it violates the X Rules or the law cited in your request.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X legal-request outcome table with a contradicting templated note",
    why="the table says Removed, the note says it remains available; nothing explains which is right",
    items={X[4]: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "dwhitfield@x.com"}, name_from="Dana Whitfield",
    date="Tue, 03 Sep 2024 01:20:30 +0000",
    subject="Automatic reply: [KCSC-240903-01] Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=req("KCSC-240903-01"),
    body="""
I am out of the office until Monday 16 September with limited access to email.
Legal requests are being handled by the team at legal-support@x.com in the meantime.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office) from a platform employee",
    why="an out-of-office auto-reply with Auto-Submitted",
)

# ================================================================ Telegram (4 items)
case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Fri, 06 Sep 2024 15:04:18 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
Hello,

We have taken down the posts {T[0]} and {T[1]}, which may have been copied to other channels as well. The post {T[2]}, which appears to have been deleted by the channel admin beforehand, could not be found.

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="the hedges sit in relative clauses about side matters; the main clauses (taken down; could not be found) are plain statements",
    items={T[0]: "removed", T[1]: "removed", T[2]: "not_found"},
)

case(
    name="tg-blocked-and-may-be",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sat, 07 Sep 2024 10:30:00 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
Hi,

{T[2]} has been blocked. {T[3]}, which is still being assessed by our moderators, may also be restricted once the assessment is complete.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="first post blocked (globally: removed); the second is only a hedged possibility and stays pending",
    items={T[2]: "removed", T[3]: "pending"},
)

case(
    name="tg-refusal-news-report",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Mon, 09 Sep 2024 09:12:55 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
Hello,

We reviewed both links from quiet_pier_market.

We will not take action on {T[0]}: it is a news digest reporting on a police seizure, not an offer to sell, and it does not break our Terms of Service.

{T[1]} has been blocked for all users.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk refusal with reason",
    why="a refusal with its reason (rejected) next to a global block (removed)",
    items={T[0]: "rejected", T[1]: "removed"},
)

case(
    name="tg-no-longer-viewable",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 18:40:02 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
Hello,

The post at {T[0]} can no longer be viewed by anyone on Telegram.
We could not find {T[3]} - there is no message with this number in that channel.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'can no longer be viewed by anyone' is made unavailable (removed); 'could not find' is not_found",
    items={T[0]: "removed", T[3]: "not_found"},
)

case(
    name="tg-retraction-later",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 11 Sep 2024 14:02:19 +0000",
    subject="Re: KCSC-240904-02 - correction",
    reply_to_req=req("KCSC-240904-02"),
    body=f"""
Hello,

A correction to our message of this morning regarding KCSC-240904-02.

We wrote that {T[3]} had been removed. That message was sent in error: the post remains available, because our review found that it does not break Telegram's Terms of Service.

We apologise for the confusion.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk correction of an earlier reply",
    why="the 'had been removed' is reported speech that the next sentence retracts; the item is rejected",
    items={T[3]: "rejected"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Sun, 08 Sep 2024 07:55:00 +0000",
    subject="Re: KCSC-240904-02",
    reply_to_req=req("KCSC-240904-02"),
    body="""
Hello,

All of the links listed in your request KCSC-240904-02 have been blocked and are no longer accessible.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-line reply",
    why="one statement about a four-item request without naming any item",
    items={T[0]: "pending", T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-ack-case-number",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date="Wed, 04 Sep 2024 01:02:10 +0000",
    subject="Re: KCSC-240904-02 [Case #2409041187]",
    reply_to_req=req("KCSC-240904-02"),
    body="""
Thank you for your report. It has been passed to our moderators under Case #2409041187.

Please keep this number in the subject line of any further messages about this report.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk receipt with case number",
    why="pure receipt: case number, no statement about any item",
)

# ================================================================ YouTube (3 items + 1)
case(
    name="yt-bulleted-three-kinds",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 05:31:12 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

We have completed our review of your request KCSC-240905-03:

- {Y[0]} - age-restricted (viewers must be signed in and 18 or older)
- {Y[1]} - removed for violating our policy on harmful or dangerous content
- {Y[2]} - not found: the Short was deleted by the uploader before we reviewed it

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email (Google Legal Support)",
    why="three bullets, three different statuses",
    items={Y[0]: "restricted", Y[1]: "removed", Y[2]: "not_found"},
)

case(
    name="yt-no-violation-but-local-law",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Tue, 10 Sep 2024 06:17:44 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out to us.

After review, we determined that the content at {Y[0]} does not violate YouTube's Community Guidelines. However, we have blocked it from view in South Korea based on local law.

We could not find any video at {Y[1]}. Please check that the URL is complete.

Regards,
The Google Team
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-removal notice: no guidelines violation, local block",
    why="'does not violate... However, blocked in South Korea' is restricted, not rejected; 'could not find' is not_found",
    items={Y[0]: "restricted", Y[1]: "not_found"},
)

case(
    name="yt-sole-one-item",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:44:09 +0000",
    subject="Re: [KCSC-240910-06] Legal removal request",
    reply_to_req=req("KCSC-240910-06"),
    body="""
Hello,

Thank you for your notice KCSC-240910-06. The video you reported to us has been removed from YouTube for violating our Community Guidelines.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email",
    why="no URL, but the request has one item and the statement is unhedged",
    items={Y1: "removed"},
)

_yt_qp_text = f"""Hello,

Thank you for your patience with request KCSC-240905-03.

We removed {Y[0]} for violating our policy on online gambling \u2013 the uploader has been notified.

We did not remove {Y[2]}: having reviewed it, we found that it does not violate our Community Guidelines, so it stays up.

Regards,
The YouTube Legal Team
"""

case(
    name="yt-qp-encoded",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 08:09:10 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req("KCSC-240905-03"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp_text),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome email, quoted-printable",
    why="removed one; 'did not remove ... does not violate ... stays up' is a refusal with reason",
    items={Y[0]: "removed", Y[2]: "rejected"},
)

case(
    name="yt-ack-plus-statement",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 04:00:27 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for reaching out - we've received your request (ref KCSC-240905-03).

We've reviewed it and removed {Y[1]} under our harmful or dangerous content policy.

You can learn more about this policy at https://support.google.com/youtube/answer/2801964 . If the uploader appeals and the appeal succeeds, we will let you know.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal email opening with a receipt phrase",
    why="receipt phrase plus an unhedged removal is a confirmation; the help link is not an item",
    items={Y[1]: "removed"},
)

case(
    name="yt-hedge-appears",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 09:45:00 +0000",
    subject="Re: [KCSC-240905-03] Legal removal request",
    reply_to_req=req("KCSC-240905-03"),
    body=f"""
Hello,

Thanks for your patience. It appears that {Y[0]} may already have been taken down by the uploader, but we are still confirming this with the relevant team. We will write again once we have a final answer on all three URLs.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim reply",
    why="'it appears ... may already have been taken down' is a hedge; nothing to apply, a person should see it",
    items={Y[0]: "pending"},
)

case(
    name="yt-wrong-platform",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal Support",
    date="Thu, 05 Sep 2024 03:30:00 +0000",
    subject="Fwd copy received: KCSC-240904-02",
    body=f"""
Hello,

We received a copy of your notice KCSC-240904-02. The URL {T[3]} is not hosted on YouTube or any other Google product, so we could not locate it on our services. You may wish to contact the service that hosts it.

Regards,
The Google Team
""",
    outcome="review", review="wrong_platform",
    imitates="Google 'not our service' reply to a misdirected notice",
    why="Google states not-found for a Telegram item: not Google's to state",
    items={T[3]: "pending"},
)

case(
    name="yt-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 02:05:31 +0000",
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000dsn870"

--000000000000dsn870
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be found, or is unable to receive mail.

--000000000000dsn870
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 02:05:29 +0000

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--000000000000dsn870
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [KCSC-240905-03] Legal removal request
Message-ID: <kcsc-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 11:05:00 +0900

Dear YouTube,

Please remove the following videos (our reference KCSC-240905-03):
1. {Y[0]}
2. {Y[1]}
3. {Y[2]}

Korea Communications Standards Commission

--000000000000dsn870--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (address not found)",
    why="a DSN carrying our own request; the URLs are ours",
)

# ================================================================ NAVER (5 items)
case(
    name="naver-html-table-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 11 Sep 2024 16:20:00 +0900",
    subject="RE: [KCSC-240906-04] 시정요구에 대한 조치 결과 회신",
    reply_to_req=req("KCSC-240906-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회의 시정요구(KCSC-240906-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치 결과</th></tr>
<tr><td>1</td><td>{N[0]}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{N[1]}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{N[2]}</td><td>게시물 없음(작성자 삭제)</td></tr>
<tr><td>4</td><td>{N[3]}</td><td>조치 불가 - 위반 사항이 확인되지 않음</td></tr>
</table>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 회신 table",
    why="four rows, four statuses: 게시중단, 임시조치, deleted by author, refused for no violation",
    items={N[0]: "removed", N[1]: "restricted", N[2]: "not_found", N[3]: "rejected"},
)

case(
    name="naver-one-sentence-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Thu, 12 Sep 2024 10:05:41 +0900",
    subject="RE: [KCSC-240906-04] 시정요구 조치 결과",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[0]}, {N[1]} 는 게시중단 조치하였으나, {N[4]} 는 관련 법령 위반 사실이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 회신 (prose)",
    why="one Korean sentence: two posts 게시중단, the third kept with its reason (rejected)",
    items={N[0]: "removed", N[1]: "removed", N[4]: "rejected"},
)

case(
    name="naver-temp-then-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Wed, 18 Sep 2024 11:30:00 +0900",
    subject="RE: [KCSC-240906-04] 추가 조치 결과 안내",
    reply_to_req=req("KCSC-240906-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

9월 10일 임시조치 결과를 안내드린 {N[2]} 게시물은 이후 카페 운영정책 위반이 최종 확인되어 삭제 처리되었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up notice after a 임시조치",
    why="the earlier 임시조치 is background; the current status is 삭제 (removed)",
    items={N[2]: "removed"},
)

_naver_b64 = f"""안녕하세요. 네이버 고객센터입니다.

KCSC-240906-04 요청 건 중 두 게시물의 처리 결과를 안내드립니다.

{N[3]} 게시물은 블라인드 처리되었습니다.
{N[4]} 는 현재 존재하지 않는 게시물로 확인됩니다.

네이버 고객센터 드림
"""

case(
    name="naver-base64",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 15:48:03 +0900",
    subject="=?utf-8?b?W+uEpOydtOuyhF0g7LKY66asIOqysOqzvCDslYjrgrQgKEtDU0MtMjQwOTA2LTA0KQ==?=",
    reply_to_req=req("KCSC-240906-04"),
    raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(_naver_b64),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 result notice, base64 body",
    why="블라인드 is removed; 존재하지 않는 게시물 is not_found",
    items={N[3]: "removed", N[4]: "not_found"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject="RE: [KCSC-240906-04] 시정요구 조치 완료",
    reply_to_req=req("KCSC-240906-04"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240906-04)하신 게시물 전체에 대하여 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 시정요구 조치 완료 one-liner",
    why="'all the posts' for a five-item request, none named",
    items={u: "pending" for u in N},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[안내] 정책지원팀 연락처 변경 안내",
    body="""
안녕하세요, 네이버 정책지원팀입니다.

10월 1일부터 기관 시정요구 접수 창구가 policy-kr@navercorp.com 으로 변경됩니다.
기존 주소로 보내주신 요청도 9월 30일까지는 정상적으로 처리됩니다.

업무에 참고하시기 바랍니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER notice of a changed contact address for agencies",
    why="trusted NAVER mail naming no item and no request",
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date="Fri, 06 Sep 2024 15:02:11 +0900",
    subject="읽음 확인: [KCSC-240906-04] 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn870naver"

--mdn870naver
Content-Type: text/plain; charset=UTF-8

보내신 메일을 수신자가 2024-09-06 15:02에 읽었습니다.
제목: [KCSC-240906-04] 시정요구

--mdn870naver
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <kcsc-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn870naver--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (MDN)",
    why="an MDN only says the request was displayed",
)

case(
    name="naver-out-of-office-chuseok",
    **{"from": "kim.sora@navercorp.com"}, name_from="김소라",
    date="Mon, 16 Sep 2024 08:00:02 +0900",
    subject="[자동응답] RE: [KCSC-240906-04] 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    reply_to_req=req("KCSC-240906-04"),
    body="""
안녕하세요. 김소라입니다.

9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="out-of-office auto-reply",
)

# ================================================================ Kakao (3 items)
case(
    name="kakao-tistory-particles",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Thu, 12 Sep 2024 13:40:00 +0900",
    subject="[카카오] KCSC-240909-05 요청 건 처리 결과 안내",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

KCSC-240909-05 요청 건 처리 결과를 안내드립니다.

{K_RAW} 게시물은 블라인드 처리되었고, {K[1]}은 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory) 신고 처리 결과 안내",
    why="raw Korean slug matches its percent-encoded form; '/88은' carries a particle; 블라인드 removed, deleted by author not_found",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="kakao-fullwidth-parens",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Fri, 13 Sep 2024 10:10:10 +0900",
    subject="[카카오] KCSC-240909-05 다음카페 게시글 처리 결과",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 다음카페 게시글（{K[2]}）은 국내 접속 차단 조치하였습니다。
티스토리 게시물 두 건은 담당 부서에서 확인 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe) 처리 결과 안내 with full-width punctuation",
    why="URL in full-width parentheses; 국내 접속 차단 is restricted; the two Tistory posts are 'being checked' (pending)",
    items={K[2]: "restricted"},
)

case(
    name="kakao-asks-legal-basis",
    **{"from": "cs@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 16:25:00 +0900",
    subject="[카카오] KCSC-240909-05 요청 건 관련 추가 자료 요청",
    reply_to_req=req("KCSC-240909-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

요청하신 KCSC-240909-05 건과 관련하여, {K[2]} 게시물이 어떤 법령의 어느 조항에 위반되는지 근거를 회신해 주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the legal basis of a removal request",
    why="asks for the legal provision before acting; no status",
    items={K[2]: "pending"},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date="Mon, 09 Sep 2024 10:00:45 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다",
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 240909-000321
문의 제목: [KCSC-240909-05] 불법정보 삭제 요청

접수된 순서에 따라 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 완료 receipt",
    why="pure ticket receipt",
)

# ================================================================ TikTok (2 items)
case(
    name="tiktok-by-position-quoted",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Sat, 14 Sep 2024 03:33:03 +0000",
    subject="Re: [KCSC-240911-07] Request to remove content",
    reply_to_req=req("KCSC-240911-07"),
    body=f"""
Hello,

Thank you for your report regarding KCSC-240911-07.

After review, the first video in your list has been removed for violating our Community Guidelines. The second video remains on TikTok: we found that it does not violate our Community Guidelines or local law.

Kind regards,
TikTok Legal Team

{quoted_request("KCSC-240911-07", TK, "Wed, Sep 11, 2024 at 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok law-enforcement/government request outcome, top-posted",
    why="statuses by position ('first', 'second') over our own numbered list quoted below: first removed, second rejected",
    items={TK[0]: "removed", TK[1]: "rejected"},
)

_tk_csv = (
    "content_url,decision,policy,decision_date\n"
    f"{TK[0]},Content removed,Illegal activities and regulated goods,2024-09-13\n"
    f"{TK[1]},Restricted (KR),Local law,2024-09-13\n"
)

case(
    name="tiktok-csv-attachment",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Fri, 13 Sep 2024 09:09:09 +0000",
    subject="Re: [KCSC-240911-07] Outcome of your report",
    reply_to_req=req("KCSC-240911-07"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="tk870mixed"

--tk870mixed
Content-Type: text/plain; charset=UTF-8

Hello,

Please find attached the outcome of our review of your report KCSC-240911-07.

Kind regards,
TikTok Legal Team

--tk870mixed
Content-Type: text/csv; charset=UTF-8; name="outcome_KCSC-240911-07.csv"
Content-Disposition: attachment; filename="outcome_KCSC-240911-07.csv"
Content-Transfer-Encoding: base64

{b64(_tk_csv)}
--tk870mixed--
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok outcome email with a CSV attachment",
    why="CSV rows: one removed, one restricted in KR",
    items={TK[0]: "removed", TK[1]: "restricted"},
)

case(
    name="tiktok-conditional",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 07:00:00 +0000",
    subject="Re: [KCSC-240911-07] Request to remove content",
    reply_to_req=req("KCSC-240911-07"),
    body=f"""
Hello,

{TK[0]} is currently under review by our local-law team. If {TK[1]} is found to breach Korean law, we will restrict access to it in Korea and let you know.

Kind regards,
TikTok Legal Team
""",
    outcome="review", review="not_understood",
    imitates="TikTok interim reply",
    why="under review and a condition with a promise: no statement",
    items={TK[0]: "pending", TK[1]: "pending"},
)

case(
    name="tiktok-unknown-sender-law-firm",
    **{"from": "legal@hanbit-law.example"}, name_from="Hanbit Law Group",
    date="Fri, 13 Sep 2024 05:00:00 +0000",
    subject="KCSC-240911-07 - response on behalf of our client",
    auth="none",
    body=f"""
Dear Sir or Madam,

We act for TikTok in Korea in relation to your request KCSC-240911-07.

We are instructed to inform you that {TK[0]} has been removed.

Yours faithfully,
Hanbit Law Group
""",
    outcome="review", review="unknown_sender",
    imitates="letter from a law firm answering on a platform's behalf",
    why="not a TikTok domain; a person has to verify it",
    items={TK[0]: "pending"},
)

case(
    name="tiktok-report-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date="Wed, 11 Sep 2024 01:05:00 +0000",
    subject="We've received your report",
    body=f"""
Hi,

We've received your report. Ticket ID: 88812345

Reported content:
{TK[0]}
{TK[1]}

Our team will review the content against our Community Guidelines and applicable law, and will contact you when a decision has been made.

TikTok Trust and Safety
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report-received receipt echoing the reported URLs",
    why="pure receipt; the URLs are only the echo of what we reported, and the rest is a promise",
)


HEADER = """# Blind set blind870 (focus: what a program gets wrong). Written from each
# email's meaning before the reader was run. Generated by make.py; edit there.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind870", HEADER, CASES)
    print(f"{len(CASES)} cases")
