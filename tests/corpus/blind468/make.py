#!/usr/bin/env python3
"""Blind set 468: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is fictional
and written in our own sentences; the expected results were written from
each email's meaning before the reader was ever run on them.

    python3 tests/corpus/blind468/make.py

rewrites requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
from email.header import Header
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
X = [
    "https://x.com/lucky_slot_kr/status/1830114472019384321",
    "https://x.com/lucky_slot_kr/status/1830115019263750144",
    "https://x.com/bet_moon77/status/1830207761530011203",
    "https://x.com/bet_moon77/status/1830209904417144832",
    "https://x.com/casino_daily_k/status/1830311852065611776",
    "https://x.com/casino_daily_k/status/1830312290974351360",
    "https://x.com/toto_hub_seoul/status/1830398127745642496",
    "https://x.com/toto_hub_seoul/status/1830401173209804800",
    "https://x.com/jackpot_rain/status/1830502218830364672",
    "https://x.com/jackpot_rain/status/1830505561497714688",
    "https://x.com/spin_win_ko/status/1830610092355653632",
    "https://x.com/gold_casino_kr",
]
x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12 = X
Y = [
    "https://www.youtube.com/watch?v=q7Lm2XvB0aE",
    "https://www.youtube.com/watch?v=Hc4pR9tWkZs",
    "https://www.youtube.com/watch?v=0dFu8NjYe3Q",
    "https://www.youtube.com/shorts/Vb6Tn1KsMx2",
]
y1, y2, y3, y4 = Y
y5 = "https://www.youtube.com/watch?v=Zr8yK1mQ4pT"
T = [
    "https://t.me/moonlit_deals/412",
    "https://t.me/moonlit_deals/415",
    "https://t.me/grey_pharmacy_kr/88",
    "https://t.me/grey_pharmacy_kr/91",
    "https://t.me/ferry_notes/2031",
]
t1, t2, t3, t4, t5 = T
t6 = "https://t.me/night_courier_bot_news/77"
t7 = "https://t.me/night_courier_bot_news/79"
N = [
    "https://blog.naver.com/hanul_trade/223561048812",
    "https://blog.naver.com/hanul_trade/223561077305",
    "https://cafe.naver.com/greenpills/58812",
    "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70109&docId=471203355",
]
n1, n2, n3, n4 = N
K1_SLUG = "정품-보장-판매"
K2_SLUG = "대리-구매-안내"
k1_raw = "https://sori-market.tistory.com/entry/" + K1_SLUG
k2_raw = "https://sori-market.tistory.com/entry/" + K2_SLUG
k1 = "https://sori-market.tistory.com/entry/" + quote(K1_SLUG)
k2 = "https://sori-market.tistory.com/entry/" + quote(K2_SLUG)
k3 = "https://cafe.daum.net/dalmaji_club/Qw3x/1187"

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", X, "gambling",
     'Unlicensed betting ads, "toto" sites; last row is an account'),
    ("KCSC-240903-02", "youtube", "2024-09-03", "2024-09-10", Y, "gambling",
     "Videos promoting offshore casinos, incl. one Short"),
    ("KCSC-240904-03", "telegram", "2024-09-04", "2024-09-11", T, "drugs",
     "Channels selling prescription drugs without licence"),
    ("KCSC-240905-04", "naver", "2024-09-05", "2024-09-12", N, "drugs",
     "Blog, cafe and KnowledgeiN posts; diet pills, unapproved"),
    ("KCSC-240906-05", "kakao", "2024-09-06", "2024-09-13", [k1, k2, k3], "counterfeit",
     "Tistory entries stored percent-encoded, Korean slugs"),
    ("KCSC-240909-06", "youtube", "2024-09-09", "2024-09-16", [y5], "defamation",
     "Single video"),
    ("KCSC-240910-07", "telegram", "2024-09-10", "2024-09-17", [t6, t7], "fraud",
     "Courier-scam messages, two posts of one channel"),
]


def rq(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, rq(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def req_quote(urls, prefix="> "):
    lines = ["Dear Sir or Madam,", "",
             "The Korea Communications Standards Commission requests the removal of the",
             "following content under the Act on Promotion of Information and",
             "Communications Network Utilization:", ""]
    lines += urls
    lines += ["", "KCSC Takedown Desk"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def whole(urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ X (KCSC-240902-01)
case(
    name="x-withheld-and-removed-one-sentence",
    **{"from": "legal-notices@x.com"},
    date="Tue, 10 Sep 2024 08:14:37 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your request of 2 September 2024 (KCSC-240902-01).

We have reviewed the reported posts. Of these, {x1} and {x2} have been withheld in South Korea under local law, while {x3} was removed globally for violating the X Rules on illegal and regulated goods and services.

We will write to you separately about the remaining posts.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail (country withheld content vs. rules violation)",
    why="one sentence carries two withheld posts and one removed post",
    items={x1: "restricted", x2: "restricted", x3: "removed"},
)

case(
    name="x-bulleted-decisions-with-refusals",
    **{"from": "legal-notices@x.com"},
    date="Wed, 11 Sep 2024 02:40:11 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hello,

Please find below our decision for each of the following URLs from your request KCSC-240902-01:

- {x4} -- Withheld in KR
- {x5} -- Withheld in KR
- {x6} -- No action. After review we found that this post does not violate the X Rules, and we did not find it unlawful under the provisions you cited. It remains available.
- {x7} -- No action. The post is commentary on a news article about gambling regulation, not an advertisement.

If you have additional information about the last two posts, you may reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail, per-URL decision list with reasons",
    why="two withheld, two refused with stated reasons",
    items={x4: "restricted", x5: "restricted", x6: "rejected", x7: "rejected"},
)

case(
    name="x-hedges-in-relative-clauses",
    **{"from": "legal-notices@x.com"},
    date="Thu, 12 Sep 2024 06:03:58 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hello,

Regarding your request KCSC-240902-01:

The post {x8}, which appears to have been deleted by the account holder shortly after your notice, could not be located on our systems.

The post {x9}, which may also have been reported by other users, has been withheld in South Korea.

As for {x10}, which is still visible, it may be withheld once our team has finished checking the linked website. We will write to you again.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail written by an agent, prose",
    why="hedges sit in relative clauses for x8/x9 (main clauses are firm); x10's main clause is itself a hedge",
    items={x8: "not_found", x9: "restricted", x10: "pending"},
)

case(
    name="x-negation-not-found-to-violate",
    **{"from": "legal-notices@x.com"},
    date="Thu, 12 Sep 2024 09:21:04 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hi,

Following up on KCSC-240902-01.

We have not taken action on {x11}. The post was not found to violate the X Rules or applicable Korean law: it links to the public results page of a licensed lottery operator.

The account {x12} has been permanently suspended for repeated violations of our spam and platform manipulation policy.

X Legal Operations
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply: refusal plus account suspension",
    why="'not found to violate' is a refusal, not not_found; a suspended account is removed",
    items={x11: "rejected", x12: "removed"},
)

case(
    name="x-correction-of-earlier-reply",
    **{"from": "legal-notices@x.com"},
    date="Fri, 13 Sep 2024 01:12:30 +0000",
    subject="Re: KCSC-240902-01 Request to remove content - correction",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hello,

A correction to our message of 9 September about KCSC-240902-01. We told you there that the post {x1} had been removed. That was wrong: the post has not been removed globally. It has been withheld in South Korea only and can still be viewed from other countries.

We apologise for the confusion.

X Legal

On Mon, 9 Sep 2024 at 10:02, X Legal <legal-notices@x.com> wrote:
> Hello,
>
> The post {x1} has been removed.
>
> Regards,
> X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal mail correcting its own earlier reply, earlier reply quoted below",
    why="the earlier 'removed' is reported and quoted speech; the standing statement is withheld in KR",
    items={x1: "restricted"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal-notices@x.com"},
    date="Fri, 13 Sep 2024 07:45:12 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Your request: KCSC-240902-01

Reported URLs (in the order of your notice):

1. {x6}
2. {x7}
3. {x8}
4. {x9}
5. {x10}

Outcome:
Nos. 1, 2 and 4: withheld in South Korea.
No. 3: not found - the post no longer exists.
No. 5: no action; this post does not breach the X Rules or Korean law as assessed by our team.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail, numbered list then outcomes by number",
    why="statuses given by position refer back to the numbered URL list",
    items={x6: "restricted", x7: "restricted", x8: "not_found", x9: "restricted", x10: "rejected"},
)

case(
    name="x-html-table-corrected-by-note",
    **{"from": "legal-notices@x.com"},
    date="Sat, 14 Sep 2024 03:30:00 +0000",
    subject="KCSC-240902-01: decisions on reported posts",
    reply_to_req=rq("KCSC-240902-01"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Below are our decisions on the posts in your request KCSC-240902-01.</p>
<table border="1" cellpadding="4">
<tr><th>#</th><th>Reported URL</th><th>Status</th></tr>
<tr><td>1</td><td>{x1}</td><td>Withheld (KR)</td></tr>
<tr><td>2</td><td>{x2}</td><td>Removed</td></tr>
<tr><td>3</td><td>{x3}</td><td>Withheld (KR)</td></tr>
<tr><td>4</td><td>{x4}</td><td>No violation found</td></tr>
</table>
<p><b>Note:</b> since this table was generated, the post in row 3 ({x3}) has been removed globally by our safety team. Its status in the table above is out of date.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome mail with an HTML status table and an agent's note",
    why="the note explicitly supersedes row 3 of the table",
    items={x1: "restricted", x2: "removed", x3: "removed", x4: "rejected"},
)

case(
    name="x-gmail-top-posted-partial",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    date="Mon, 16 Sep 2024 11:52:08 +0000",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hi team,

{x5} has been removed. {x6} was withheld in KR. I'm still waiting on our legal team about the rest.

Dana

On Mon, Sep 2, 2024 at 6:10 PM KCSC Takedown <takedown@kcsc.example> wrote:
{req_quote(X)}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a platform employee over the quoted request",
    why="two firm statements above the quote; the quoted request changes nothing",
    items={x5: "removed", x6: "restricted"},
)

case(
    name="x-ticket-solved-with-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Thu, 12 Sep 2024 04:18:40 +0000",
    subject="[X Support] Re: Request to remove content KCSC-240902-01 (#4411023)",
    body=f"""
##- Please type your reply above this line -##

Your request (#4411023) has been solved. To reopen it, reply to this email.

X Support (Legal)
Sep 12, 2024, 04:18 UTC

Following review, the post {x11} was removed for violating our rules on illegal goods and services. The post {x7} has been withheld in South Korea.

KCSC Takedown
Sep 2, 2024, 09:10 UTC

Please remove the following posts, which advertise unlicensed gambling services (ref. KCSC-240902-01):
{chr(10).join(X)}

--------------------------------
This email is a service from X Support. Ticket #4411023
""",
    outcome="applied", classification="confirmation",
    imitates="Zendesk-style 'request solved' mail with the ticket history echoed below",
    why="agent's comment states two outcomes; the echoed original request is ours",
    items={x11: "removed", x7: "restricted"},
)

case(
    name="x-outlook-not-restricted-but-removed",
    **{"from": "mjpark@x.com"},
    name_from="Park Min-ji",
    date="Tue, 17 Sep 2024 05:05:33 +0000",
    subject="RE: KCSC-240902-01 Request to remove content",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Good afternoon,

We have completed our review of KCSC-240902-01 for the posts below.

{x7} and {x8} have not been restricted; instead both were removed from X entirely because the accounts were selling prohibited substances. {x9} is still under review.

Kind regards,
Park Min-ji
Legal Policy, X Korea

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 6:10 PM
To: legal@x.com
Subject: KCSC-240902-01 Request to remove content

{req_quote(X, prefix="")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' quoting",
    why="'not restricted; instead removed' is removal; 'still under review' stays pending",
    items={x7: "removed", x8: "removed", x9: "pending"},
)

# ================================================================ YouTube (KCSC-240903-02, -240909-06)
case(
    name="yt-three-outcomes-one-sentence",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 07:31:19 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for reaching out to us about request KCSC-240903-02.

After review, we removed {y1} for violating our Community Guidelines, blocked {y2} from view in South Korea based on local law, and did not take action on {y3} because we did not find it to be in violation of our policies or local law.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome mail",
    why="one sentence: removed, locally blocked, and refused",
    items={y1: "removed", y2: "restricted", y3: "rejected"},
)

case(
    name="yt-url-then-action-line",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:02:45 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""
Hello,

Here is the outcome for the content you reported (KCSC-240903-02):

{y4}
Action: Age-restricted. The video remains available to signed-in adult viewers.

{y1}
Action: None needed. The video was already removed by the uploader before our review.

{y3}
Action: Blocked in South Korea (local law).

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail, bare URL with its action on the line below",
    why="age restriction is restricted; 'None needed, already removed by uploader' is not_found",
    items={y4: "restricted", y1: "not_found", y3: "restricted"},
)

case(
    name="yt-sole-item-no-url",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 09:10:00 +0000",
    subject="Re: [KCSC-240909-06] Removal request - YouTube",
    reply_to_req=rq("KCSC-240909-06"),
    body="""
Hello,

We've reviewed the content identified in your request and have removed it from YouTube for violating our harassment and cyberbullying policy.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube short outcome mail that does not repeat the URL",
    why="a firm removal for a one-item request, linked by thread",
    items={y5: "removed"},
)

case(
    name="yt-qp-refusal-and-local-block",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 10:44:26 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""Hello,

Thank you for your notice KCSC-240903-02.

We have decided not to take action on {y3}. The video is a broadcaster’s news report on illegal online gambling; it is documentary content that is allowed on YouTube, and we didn’t find it unlawful in South Korea.

The video {y2} has been blocked from view in South Korea.

— YouTube Legal Support
"""),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome mail, quoted-printable body",
    why="a refusal with its reason, and a local block",
    items={y3: "rejected", y2: "restricted"},
)

case(
    name="yt-actioned-and-not-actioned",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 00:58:13 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""
Re: KCSC-240903-02

{y1} has been actioned under our policies.

{y2} has not been actioned at this time: the video does not violate our Community Guidelines, and we did not find a legal basis to block it in Korea.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'actioned under our policies' outcome mail",
    why="configured phrase means removed; its negation with a reason is a refusal",
    items={y1: "removed", y2: "rejected"},
)

case(
    name="yt-dsa-statement-html",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 06:20:00 +0000",
    subject="Decision on your notice KCSC-240903-02",
    reply_to_req=rq("KCSC-240903-02"),
    type="html",
    body=f"""
<html><body style="font-family:Arial">
<p>Hello,</p>
<p>We have made a decision on the content you notified to us (reference KCSC-240903-02).</p>
<table cellpadding="3">
<tr><td><b>Content</b></td><td>{y2}</td></tr>
<tr><td><b>Decision</b></td><td>Restriction of visibility: the content is blocked for viewers in the Republic of Korea.</td></tr>
<tr><td><b>Ground</b></td><td>Illegal content under local law</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
</table>
<br>
<table cellpadding="3">
<tr><td><b>Content</b></td><td>{y4}</td></tr>
<tr><td><b>Decision</b></td><td>Removal of content</td></tr>
<tr><td><b>Ground</b></td><td>Incompatible with our Terms of Service (spam, deceptive practices and scams)</td></tr>
<tr><td><b>Automated detection</b></td><td>No</td></tr>
</table>
<p>You can read more about how we handle notices at <a href="https://support.google.com/legal/answer/3110420">our help centre</a>.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (per-content decision block), HTML",
    why="one local block, one removal; help-centre link is no item",
    items={y2: "restricted", y4: "removed"},
)

# ================================================================ Telegram (KCSC-240904-03, -240910-07)
case(
    name="tg-ack-phrase-then-statuses",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Fri, 6 Sep 2024 14:02:51 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""
Hello,

Thanks for your report, we have received it. Having checked it: {t1} and {t2} were taken down, {t3} we could not find, and {t4} we left up since it contains no illegal content.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, terse prose",
    why="receipt phrase followed by four firm statements in one sentence",
    items={t1: "removed", t2: "removed", t3: "not_found", t4: "rejected"},
)

case(
    name="tg-statement-then-url-below",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Sat, 7 Sep 2024 09:15:27 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""
Re: KCSC-240904-03

The following message has been removed:
{t1}

The following channel was blocked in full, which includes the message you reported:
{t4}

We could not locate the following; the link is invalid:
{t5}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply, statement line with the URL below it",
    why="each statement points forward to the URL on the next line",
    items={t1: "removed", t4: "removed", t5: "not_found"},
)

case(
    name="tg-angle-brackets-wrapped",
    **{"from": "dsa@telegram.org"},
    name_from="Telegram DSA",
    date="Fri, 13 Sep 2024 16:40:02 +0000",
    subject="Re: Request KCSC-240910-07",
    reply_to_req=rq("KCSC-240910-07"),
    body=f"""
Dear KCSC,

Regarding your request KCSC-240910-07: both messages you reported, <{t6}> and
<{t7}>, have been deleted by our moderators and the channel has been restricted from
further posting.

Kind regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA-desk reply with URLs in angle brackets, hard-wrapped",
    why="both messages named and deleted; 'restricted from posting' concerns the channel, not a requested item",
    items={t6: "removed", t7: "removed"},
)

case(
    name="tg-negations-with-reasons",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Support",
    date="Mon, 9 Sep 2024 12:12:12 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""
Hello,

On your request KCSC-240904-03:

We did not remove {t4}. It is a public health warning about counterfeit medicines and does not break Telegram's Terms of Service or the law.

{t5} could not be removed because the message no longer exists; the channel owner had already deleted it.

Best,
Telegram Support
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram support reply explaining why nothing was removed",
    why="'did not remove' with a reason is a refusal; 'could not be removed because it no longer exists' is not_found",
    items={t4: "rejected", t5: "not_found"},
)

case(
    name="tg-later-found-and-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Tue, 10 Sep 2024 08:30:44 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""
Hello again,

In our reply yesterday we said that {t3} could not be found. Our team has since located the message in a renamed channel, and it has now been removed.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk follow-up revising its previous answer",
    why="the earlier 'could not be found' is reported speech revised by the later sentence",
    items={t3: "removed"},
)

# ================================================================ NAVER (KCSC-240905-04)
case(
    name="naver-mixed-korean-sentence",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 9 Sep 2024 17:20:05 +0900",
    subject="[NAVER] 게시물 게시중단 요청(KCSC-240905-04) 처리 결과 안내",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240905-04)의 처리 결과를 안내드립니다.

요청하신 게시물 중 {n1}, {n2} 게시물은 게시중단(블라인드) 처리하였으며, 카페 게시물（{n3}）은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리 결과 안내 mail",
    why="one Korean sentence: two posts blinded, one already deleted by its author; full-width parentheses",
    items={n1: "removed", n2: "removed", n3: "not_found"},
)

case(
    name="naver-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Tue, 10 Sep 2024 10:05:41 +0900",
    subject="[NAVER] 시정요구(KCSC-240905-04) 조치 결과 회신",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.
요청하신 게시물에 대한 조치 결과를 아래와 같이 회신드립니다.

■ 조치 결과
번호 | URL | 조치 내용
1 | {n1} | 임시조치(30일)
2 | {n2} | 삭제
3 | {n3} | 비공개 처리
4 | {n4} | 조치 불가(위법성 미확인, 게시 유지)

문의 사항이 있으시면 본 메일로 회신해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치 결과 회신, pipe table",
    why="임시조치 is restricted, 비공개 is removed, 조치 불가 with content kept is rejected",
    items={n1: "restricted", n2: "removed", n3: "removed", n4: "rejected"},
)

case(
    name="naver-correction-in-same-mail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 15:47:19 +0900",
    subject="[NAVER] KCSC-240905-04 처리 결과 안내",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {n1} 및 {n2} 게시물은 삭제 조치되었습니다.

※ 정정 안내: 위 내용 중 {n2} 게시물은 삭제가 아닌 임시조치(접근 제한) 상태임을 바로잡습니다. 혼선을 드려 죄송합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 안내 with a ※ 정정 note",
    why="the correction note revises n2 from deleted to 임시조치",
    items={n1: "removed", n2: "restricted"},
)

NAVER_CSV = f"""번호,URL,처리결과,비고
1,{n1},삭제,
2,{n2},임시조치,게시자 소명 대기
3,{n3},해당 게시물 없음,작성자 삭제
4,"{n4}",조치 안 함,정상 게시물로 판단
"""
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Thu, 12 Sep 2024 11:00:00 +0900",
    subject="[NAVER] KCSC-240905-04 조치 결과 (첨부)",
    reply_to_req=rq("KCSC-240905-04"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_240912_a1"

--=_nv_240912_a1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 고객센터입니다.
요청하신 건(KCSC-240905-04)의 처리 결과는 첨부한 파일을 참고하여 주시기 바랍니다.
감사합니다.

--=_nv_240912_a1
Content-Type: text/csv; charset=utf-8; name="KCSC-240905-04_result.csv"
Content-Disposition: attachment; filename="KCSC-240905-04_result.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--=_nv_240912_a1--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal result sheet sent as a CSV attachment",
    why="four rows: deleted, 임시조치, no such post (author deleted), kept as a normal post",
    items={n1: "removed", n2: "restricted", n3: "not_found", n4: "rejected"},
)

# ================================================================ Kakao (KCSC-240906-05)
case(
    name="kakao-tistory-raw-korean-urls",
    **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Tue, 10 Sep 2024 13:33:09 +0900",
    subject="[카카오] 게시물 조치 요청(KCSC-240906-05) 처리 결과",
    reply_to_req=rq("KCSC-240906-05"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.
요청번호 KCSC-240906-05 관련하여 처리 결과를 안내드립니다.

아래 게시물은 티스토리 운영정책 위반으로 삭제되었습니다.
{k1_raw}

아래 게시물은 임시조치(30일) 되었습니다.
{k2_raw}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시물 조치 결과 안내, Korean slugs written raw",
    why="raw Korean paths match the percent-encoded request URLs; deleted and 임시조치",
    items={k1: "removed", k2: "restricted"},
)

case(
    name="kakao-base64-blind-and-keep",
    **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 11 Sep 2024 18:02:55 +0900",
    subject="[카카오] KCSC-240906-05 처리 결과 안내",
    reply_to_req=rq("KCSC-240906-05"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(f"""안녕하세요. 카카오 고객센터입니다.

요청하신 카페 게시글({k3})은 카페 운영원칙 위반으로 블라인드 처리되었습니다.

다만, {k1_raw} 게시물은 검토 결과 관련 법령 및 운영정책에 위반되는 내용이 확인되지 않아 게시 중단하지 않았습니다. 해당 게시물은 정품 인증 절차를 안내하는 글입니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 notice plus a Tistory refusal, base64 body",
    why="블라인드 is removed; '위반 확인되지 않아 게시 중단하지 않음' with reason is rejected",
    items={k3: "removed", k1: "rejected"},
)

# ================================================================ review
case(
    name="x-promise-will-be-withheld",
    **{"from": "legal-notices@x.com"},
    date="Wed, 4 Sep 2024 03:11:00 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for request KCSC-240902-01. The posts {x1} and {x2} will be withheld in South Korea once our legal review is completed, which we expect by the end of next week.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply announcing a future action",
    why="a promise is no statement; items stay pending",
    items={x1: "pending", x2: "pending"},
)

case(
    name="x-retracted-line",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    date="Tue, 10 Sep 2024 12:00:41 +0000",
    subject="Re: KCSC-240902-01 Request to remove content",
    reply_to_req=rq("KCSC-240902-01"),
    body=f"""
Hi,

Update on KCSC-240902-01: {x4} has been withheld in South Korea.

Sorry, please disregard the line above, it went out too early by mistake. That post is still with our legal reviewers and no decision has been made yet.

Dana
""",
    outcome="review", review="not_understood",
    imitates="platform employee retracting a status in the same message",
    why="the later sentence withdraws the earlier one: no decision yet, x4 stays pending",
    items={x4: "pending"},
)

case(
    name="x-bulk-all-withheld",
    **{"from": "legal-notices@x.com"},
    date="Sun, 15 Sep 2024 22:10:10 +0000",
    subject="Re: KCSC-240902-01 Request to remove content [ref:LR-2291048]",
    reply_to_req=rq("KCSC-240902-01"),
    body="""
Hello,

All posts listed in your request KCSC-240902-01 have been withheld in South Korea.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line outcome covering a whole request",
    why="one statement about twelve items without naming each",
    items=whole(X),
)

case(
    name="yt-hedges-in-main-clause",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 05:05:05 +0000",
    subject="Re: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    body=f"""
Hello,

We looked at the videos in KCSC-240903-02. It appears that {y1} is no longer available on YouTube, and {y3} may have been made private by its uploader. We'll confirm once we hear back from the responsible team.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim reply, hedged",
    why="'appears' and 'may have been' are hedges; nothing firm",
    items={y1: "pending", y3: "pending"},
)

case(
    name="yt-body-contradicts-table",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 17 Sep 2024 08:08:08 +0000",
    subject="Re: [KCSC-240909-06] Removal request - YouTube",
    reply_to_req=rq("KCSC-240909-06"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="yt-alt-0917"

--yt-alt-0917
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We have removed the video {y5}.

Content: {y5}
Decision: No action - the content is not in violation of our policies

The YouTube Legal Team

--yt-alt-0917
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>Hello,</p>
<p>We have removed the video {y5}.</p>
<table border="1">
<tr><th>Content</th><th>Decision</th></tr>
<tr><td>{y5}</td><td>No action - the content is not in violation of our policies</td></tr>
</table>
<p>The YouTube Legal Team</p>
</body></html>

--yt-alt-0917--
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube outcome mail whose prose and decision table disagree",
    why="the prose says removed, the table says no action; neither is marked as a correction",
    items={y5: "pending"},
)

case(
    name="yt-process-notice-no-claims",
    **{"from": "legal-kr@google.com"},
    name_from="Google Legal",
    date="Wed, 18 Sep 2024 01:00:00 +0000",
    subject="Changes to how we receive government removal requests",
    body="""
Dear partner,

From 1 October 2024, government agencies in the Republic of Korea should submit removal requests for YouTube through the Government Requests tool at https://support.google.com/legal/contact/gov_removal_kr rather than by email.

Requests already sent by email will still be processed. You can read about the process at https://support.google.com/legal/answer/3110420.

Google Legal
""",
    outcome="review", review="no_claims",
    imitates="Google legal process-change notice to government reporters",
    why="trusted platform mail naming no item and no request; help links are no items",
    items={},
)

case(
    name="tg-bulk-all-removed",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Thu, 5 Sep 2024 19:44:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body="""
Hello,

All of the content you reported has been removed from Telegram.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk one-liner",
    why="'all of the content' for a five-item request, nothing named",
    items=whole(T),
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    auth="fail",
    date="Sat, 7 Sep 2024 23:59:00 +0000",
    subject="Re: KCSC-240904-03",
    reply_to_req=rq("KCSC-240904-03"),
    body=f"""
Hello,

{t1} and {t2} have been blocked.

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply failing DMARC",
    why="platform domain but authentication failed",
    items={t1: "pending", t2: "pending"},
)

case(
    name="tg-lookalike-domain",
    **{"from": "support@tg-helpcenter.net"},
    name_from="Telegram Support Desk",
    date="Sun, 15 Sep 2024 04:04:04 +0000",
    subject="Your request KCSC-240910-07 - resolved",
    body=f"""
Dear user,

Your request KCSC-240910-07 has been resolved. The messages {t6} and {t7} have been removed.

Telegram Support Desk
""",
    outcome="review", review="unknown_sender",
    imitates="third-party 'support desk' claiming to speak for Telegram",
    why="domain belongs to no configured platform",
    items={t6: "pending", t7: "pending"},
)

case(
    name="naver-conditional-deletion",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 6 Sep 2024 16:16:16 +0900",
    subject="[NAVER] KCSC-240905-04 처리 진행 안내",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 {n2} 게시물은 게시자에게 소명 기회를 부여한 후, 소명이 없을 경우 삭제할 예정입니다. 처리 결과는 추후 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 진행 안내 (conditional future deletion)",
    why="a condition and a promise, no status",
    items={n2: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Mon, 9 Sep 2024 09:30:00 +0900",
    subject="[NAVER] KCSC-240905-04 추가 자료 요청",
    reply_to_req=rq("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 중 {n4} 지식iN 답변에 대해서는 판단을 위해 추가 자료가 필요합니다. 해당 제품이 허가받지 않은 의약품임을 확인할 수 있는 자료(식약처 확인서 등)를 본 메일로 회신해 주시기 바랍니다.

자료 확인 후 처리 결과를 안내드리겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER 추가 자료 요청 mail",
    why="the platform asks for supporting documents before deciding",
    items={n4: "pending"},
)

case(
    name="naver-about-daum-url",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 고객센터",
    date="Fri, 13 Sep 2024 14:14:14 +0900",
    subject="[NAVER] 문의하신 게시물 확인 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

문의하신 {k3} 게시물은 네이버 서비스의 게시물이 아니어서 당사에서는 확인되지 않습니다. 해당 서비스 운영사로 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER reply about a URL of another portal",
    why="NAVER states 'not found' about a Kakao (Daum cafe) item",
    items={k3: "pending"},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    **{"from": "dwhitfield@x.com"},
    name_from="Dana Whitfield",
    date="Tue, 3 Sep 2024 00:01:10 +0000",
    subject="Automatic reply: KCSC-240902-01 Request to remove content",
    reply_to_req=rq("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I am out of the office until 9 September with limited access to email. For urgent legal matters please write to legal@x.com.

Dana Whitfield
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="x-ticket-received-with-echo",
    **{"from": "support@x.com"},
    name_from="X Support",
    date="Mon, 2 Sep 2024 09:11:02 +0000",
    subject="[X Support] Request received: KCSC-240902-01 (#4411023)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (#4411023) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

KCSC Takedown
Sep 2, 2024, 09:10 UTC

Please remove the following posts, which advertise unlicensed gambling services (ref. KCSC-240902-01):
{chr(10).join(X)}

--------------------------------
This email is a service from X Support. Ticket #4411023
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style 'request received' with our report echoed",
    why="pure receipt; the URLs are our own echoed report",
    items={},
)

case(
    name="yt-read-receipt",
    **{"from": "jhkim@google.com"},
    name_from="Kim Jae-hyun",
    date="Wed, 4 Sep 2024 01:22:33 +0000",
    subject="Read: [KCSC-240903-02] Removal request - YouTube",
    reply_to_req=rq("KCSC-240903-02"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-0904"

--mdn-0904
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message

  To: jhkim@google.com
  Subject: [KCSC-240903-02] Removal request - YouTube
  Sent: Tuesday, September 3, 2024 5:30:00 PM (UTC+09:00) Seoul

was read on Wednesday, September 4, 2024 10:22:33 AM (UTC+09:00) Seoul.

--mdn-0904
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jhkim@google.com
Original-Message-ID: <{rq("KCSC-240903-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-0904--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "abuse@telegram.org"},
    name_from="Telegram Abuse",
    date="Wed, 4 Sep 2024 10:00:31 +0000",
    subject="Your report has been received [KCSC-240904-03]",
    reply_to_req=rq("KCSC-240904-03"),
    body="""
Hello,

We have received your report regarding KCSC-240904-03. Ticket #TG-88120455 has been created and our moderators will look into the reported content.

You don't need to reply to this message.

Telegram Abuse Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram abuse-desk ticket receipt",
    why="pure acknowledgement",
    items={},
)

case(
    name="kakao-out-of-office-korean",
    **{"from": "hjlee@kakaocorp.com"},
    name_from="이현정",
    date="Fri, 6 Sep 2024 18:40:00 +0900",
    subject="[자동회신] Re: [KCSC-240906-05] 게시물 조치 요청",
    reply_to_req=rq("KCSC-240906-05"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 이현정입니다.
9월 6일부터 9월 18일까지 휴가로 부재중입니다.
급한 용무는 cs_report@kakaocorp.com 으로 연락 부탁드립니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 부재중 자동회신",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="naver-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx2.navercorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 5 Sep 2024 18:03:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-0905-b"

--dsn-0905-b
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-old@navercorp.com>: host mbox.navercorp.com[203.0.113.45] said: 550
    5.1.1 <policy-old@navercorp.com>: Recipient address rejected: User unknown

--dsn-0905-b
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com
Arrival-Date: Thu,  5 Sep 2024 18:03:10 +0900

Final-Recipient: rfc822; policy-old@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@navercorp.com>: Recipient address
    rejected: User unknown

--dsn-0905-b
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-old@navercorp.com
Subject: KCSC-240905-04 게시물 삭제 요청
Message-ID: <{rq("KCSC-240905-04")}@kcsc.example>
Date: Thu, 5 Sep 2024 18:03:00 +0900
Content-Type: text/plain; charset=utf-8

아래 게시물의 삭제를 요청합니다.
{n1}
{n2}
{n3}
{n4}

--dsn-0905-b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the request attached",
    why="bounce; the URLs are in our own returned message",
    items={},
)

HEADER = """# Blind set 468 (tests/corpus/blind468/make.py writes this file).
# Focus: what a program gets wrong -- mixed statuses in one sentence, hedges
# in relative clauses, negations, refusals with reasons, later sentences
# revising earlier ones, a table contradicted by a note, statuses by position.
# Expected results written from each email's meaning before any run."""


def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients and platforms send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind468", HEADER, CASES)


if __name__ == "__main__":
    main()
