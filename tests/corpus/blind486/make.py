#!/usr/bin/env python3
"""Blind set 486: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by a note, statuses given by position. Every email is written
in our own words with fictional accounts, ids and URLs; the expected result
of each case was written from the email's meaning alone, before any run of
the reader.

    python3 tests/corpus/blind486/make.py

Deterministic: rewrites requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))
UTC = timezone.utc


def d(s, tz=KST):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/hanbit_deals88/status/1830412345678901201"
X2 = "https://x.com/hanbit_deals88/status/1830412345678901202"
X3 = "https://x.com/moonlit_casino_kr/status/1830419988776655001"
X4 = "https://x.com/moonlit_casino_kr/status/1830419988776655002"
X5 = "https://x.com/moonlit_casino_kr/status/1830419988776655003"
X6 = "https://x.com/jjak_pharm/status/1830501122334455667"
X7 = "https://x.com/jjak_pharm/status/1830501122334455668"
X8 = "https://x.com/quickloan_seoul"
X9 = "https://x.com/quickloan_seoul/status/1830555000111222333"
X10 = "https://x.com/fake_idcards_kr/status/1830600000000000010"
X11 = "https://x.com/fake_idcards_kr/status/1830600000000000011"
X12 = "https://x.com/greyhound_bets/status/1830650505050505050"
X13 = "https://x.com/seoulnight_escort/status/1836000111222333444"

Y1 = "https://www.youtube.com/watch?v=Qm7dLp2Xa9c"
Y2 = "https://www.youtube.com/watch?v=Zr4Tn8WbK1e"
Y3 = "https://www.youtube.com/watch?v=Hc0Vs5YuJ3m"
Y4 = "https://www.youtube.com/@slotmaster_kr7"
Y5 = "https://www.youtube.com/shorts/Wp8aKx3LmQ0"

T1 = "https://t.me/blue_pill_market/412"
T2 = "https://t.me/blue_pill_market/415"
T3 = "https://t.me/doc_forge_kr/77"
T4 = "https://t.me/doc_forge_kr/78"
T5 = "https://t.me/seoul_toto_vip"

N1 = "https://blog.naver.com/sunny_rx09/223567001122"
N2 = "https://cafe.naver.com/%EB%8B%AC%EB%B9%9B%EC%9E%A5%ED%84%B0/88123"
N2_RAW = "https://cafe.naver.com/달빛장터/88123"
N3 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=470112233"

K1 = "https://cafe.daum.net/bamsae_trade/Fq1x/5521"
K2 = "https://night-owl-pharm.tistory.com/38"

REQ = {
    "R1": ("KCSC-240902-01", "x", "2024-09-02", "2024-09-09", "req-240902-01"),
    "R2": ("KCSC-240904-02", "youtube", "2024-09-04", "2024-09-11", "req-240904-02"),
    "R3": ("KCSC-240906-03", "telegram", "2024-09-06", "2024-09-13", "req-240906-03"),
    "R4": ("KCSC-240909-04", "naver", "2024-09-09", "2024-09-16", "req-240909-04"),
    "R5": ("KCSC-240911-05", "kakao", "2024-09-11", "2024-09-18", "req-240911-05"),
    "R6": ("KCSC-240916-06", "x", "2024-09-16", "2024-09-23", "req-240916-06"),
    "R7": ("KCSC-240917-07", "youtube", "2024-09-17", "2024-09-24", "req-240917-07"),
}

ITEMS = [
    ("R1", X1, "fraud", "counterfeit voucher sales"),
    ("R1", X2, "fraud", ""),
    ("R1", X3, "gambling", "unlicensed casino, Korean-language ads"),
    ("R1", X4, "gambling", ""),
    ("R1", X5, "gambling", ""),
    ("R1", X6, "drugs", "prescription drugs without prescription"),
    ("R1", X7, "drugs", ""),
    ("R1", X8, "illegal loans", "whole account"),
    ("R1", X9, "illegal loans", ""),
    ("R1", X10, "forgery", "forged ID cards, \"any region\""),
    ("R1", X11, "forgery", ""),
    ("R1", X12, "gambling", "greyhound betting, offshore"),
    ("R2", Y1, "gambling", "slot advertising"),
    ("R2", Y2, "gambling", ""),
    ("R2", Y3, "gambling", "live stream replay"),
    ("R2", Y4, "gambling", "channel, 41 videos"),
    ("R3", T1, "drugs", ""),
    ("R3", T2, "drugs", ""),
    ("R3", T3, "forgery", "diploma, licence forgery"),
    ("R3", T4, "forgery", ""),
    ("R3", T5, "gambling", "whole channel"),
    ("R4", N1, "drugs", "diet pills, unapproved"),
    ("R4", N2, "fraud", "달빛장터 cafe, ticket fraud"),
    ("R4", N3, "drugs", ""),
    ("R5", K1, "fraud", ""),
    ("R5", K2, "drugs", "blog post, \"night owl\" pharmacy"),
    ("R6", X13, "prostitution", ""),
    ("R7", Y5, "drugs", "Short"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for key, url, cat, note in ITEMS:
            ref, plat, sent, due, mid = REQ[key]
            w.writerow([ref, plat, sent, due, url, cat, mid + "@kcsc.example", note])


def ref(k):
    return REQ[k][0]


def mid(k):
    return REQ[k][4]


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def request_text(k, urls, platform_name):
    lines = [
        f"Dear {platform_name} team,",
        "",
        "The Korea Communications Standards Commission has found the content",
        "below to be illegal information under Article 44-7 of the Network Act",
        f"and asks you to remove it or block access to it from Korea.",
        f"Reference: {ref(k)}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "Please reply to this address with the action taken for each URL.", "",
              "KCSC Takedown Desk"]
    return lines


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ X
case(
    name="x-removed-and-withheld-one-sentence",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-05 14:22", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

Thank you for your report {ref('R1')}.

Of the two posts you reported from @hanbit_deals88, {X1} was removed for
violating the X Rules on fraudulent goods, while {X2} has been withheld in
South Korea only.

We will write separately about the other posts in your request.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email answering a government notice",
    why="one sentence states two statuses: 'removed' for the first post, 'withheld in South Korea' for the second",
    items={X1: "removed", X2: "restricted"},
)

case(
    name="x-refusal-reasons-urls-below",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-06 09:03", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

We have completed our review of the posts from @moonlit_casino_kr in your
request {ref('R1')}.

The following post has been withheld in South Korea:
{X3}

After careful review we will not take action on these two posts:
{X4}
{X5}

Reason: both posts link to the page of a lottery operator licensed in its
own country and contain no gambling offer addressed to users in Korea. They
do not violate the X Rules, and your notice does not identify a Korean
provision that they breach. If you have further information, you may send a
new request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content notice with a partial refusal",
    why="URL on the line below each statement: first withheld (restricted), next two refused with a reason (rejected)",
    items={X3: "restricted", X4: "rejected", X5: "rejected"},
)

case(
    name="x-not-removed-but-withheld",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-06 11:40", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hi,

Concerning the two posts by @jjak_pharm in your request {ref('R1')}:

We have not removed {X6} from X. Instead, in response to your legal demand,
access to it has been withheld in South Korea; it remains visible elsewhere.

The other post, {X7}, which we understand had also been reported by other
users, has been removed for violating our rules on regulated goods.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld vs global removal)",
    why="'have not removed ... Instead ... withheld in South Korea' is restricted; the hedge ('which we understand') sits in a relative clause, the main clause 'has been removed' is firm",
    items={X6: "restricted", X7: "removed"},
)

case(
    name="x-correction-of-earlier-reply",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-13 03:15", UTC), subject=f"Correction: {ref('R1')}",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

On 11 September we told you that {X7} had been withheld in South Korea.
That was a mistake on our side. The post was in fact removed from X
globally on 10 September for violating our regulated goods policy.

The outcomes we sent for the other posts in this request are unchanged.

Apologies for the confusion.
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team follow-up correcting an earlier outcome email",
    why="the earlier statement (withheld) is revised by the later one: removed globally",
    items={X7: "removed"},
)

case(
    name="x-account-suspended-and-post",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-07 02:51", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

We have suspended the account {X8} for violating the X Rules on financial
scams. As a result, the post {X9} is no longer available on X.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X account suspension notice sent to a reporter",
    why="a suspended account and its post, both named, are no longer available anywhere: removed",
    items={X8: "removed", X9: "removed"},
)

case(
    name="x-results-by-position",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-09 07:30", UTC), subject=f"{ref('R1')} (partial reply)",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

Among others, you reported:

  1) {X10}
  2) {X11}
  3) {X12}

Outcome, in the same order:

  1) Withheld in South Korea (local law).
  2) Removed globally (violation of our rules on illegal goods and services).
  3) No action. We did not find a violation of the X Rules, and the notice
     does not say which local law the post breaches.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply giving outcomes in the order of the echoed URLs",
    why="statuses given by position: 1 restricted, 2 removed, 3 refused with a reason (rejected)",
    items={X10: "restricted", X11: "removed", X12: "rejected"},
)

case(
    name="x-removed-pending-and-not-located",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-04 16:05", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

An update on your request {ref('R1')}:

- {X1} has been removed.
- {X2} is still under review; we will update you once a decision is made.
- We were unable to locate {X3}, which may have been deleted by the account
  holder before our review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal interim update (one decided, one under review, one not found)",
    why="removed; under review stays pending; 'unable to locate' is firm, the hedge is only in the relative clause: not_found",
    items={X1: "removed", X2: "pending", X3: "not_found"},
)

qp_body = (
    "Hello,\n\n"
    f"Regarding your request {ref('R1')}: after review, the post {X4} was removed for violating the X Rules on illegal gambling, and the post {X5} has been withheld in South Korea in response to your legal demand, as it breaks no X Rule but is unlawful under local law.\n\n"
    "Both account holders have been notified.\n\n"
    "X Legal\n"
)
case(
    name="x-qp-long-line",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-10 10:12", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied", classification="confirmation",
    imitates="X legal outcome email, quoted-printable body with soft line breaks",
    why="one long sentence, split by quoted-printable soft breaks: first post removed, second withheld in Korea",
    items={X4: "removed", X5: "restricted"},
)

req_lines = request_text("R1", [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], "X Legal")
case(
    name="x-outlook-top-post-over-request",
    **{"from": "j.morales@x.com"}, name_from="Julia Morales",
    date=d("2024-09-08 22:47", UTC), subject=f"RE: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hi,

Further to your request below: both posts from @fake_idcards_kr
({X10} and {X11}) have been removed.

We could not locate {X12}. There is no post with that ID on X; the link
returns an error on our side as well.

Best,
Julia Morales
Legal Operations, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: legal@x.com
Subject: {ref('R1')} - request to remove content

""" + "\n".join(req_lines),
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a platform employee over the regulator's request",
    why="two posts removed, third not found; the twelve URLs in the quoted request below the Original Message line say nothing",
    items={X10: "removed", X11: "removed", X12: "not_found"},
)

case(
    name="x-one-item-reported-content-withheld",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-18 05:20", UTC), subject=f"Re: {ref('R6')} - request to remove content",
    reply_to_req=mid("R6"),
    body=f"""
Hello,

We have reviewed your request {ref('R6')}. The reported content has been
withheld in South Korea in response to your legal demand. It remains
available in other countries.

More on country-withheld content: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld-content confirmation for a single-item notice",
    why="the request has one item; 'the reported content has been withheld in South Korea' applies to it (help link is no item)",
    items={X13: "restricted"},
)

# ================================================================ YouTube
case(
    name="yt-hedges-in-relative-clauses",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-09 18:02", UTC), subject=f"[{ref('R2')}] YouTube legal removal request - outcome",
    reply_to_req=mid("R2"),
    body=f"""
Hello,

Thank you for your notice {ref('R2')}.

The video {Y1}, which may also have been re-uploaded by other channels, has
been removed from YouTube for violating our spam and deceptive practices
policy.

We have reviewed {Y2}, which appears to be a news segment about illegal
gambling, and will not remove it: it does not violate our Community
Guidelines, and we did not find it to be unlawful under Korean law.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal request outcome email",
    why="hedges sit in relative clauses about other things; main clauses are firm: removed, and a refusal with a reason (rejected)",
    items={Y1: "removed", Y2: "rejected"},
)

case(
    name="yt-html-table-corrected-by-note",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-10 08:44", UTC), subject=f"[{ref('R2')}] Outcome of your request",
    reply_to_req=mid("R2"), type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome of your request {ref('R2')}.</p>
<table border="1" cellpadding="4">
<tr><th>Content URL</th><th>Action</th></tr>
<tr><td>{Y1}</td><td>Removed (global)</td></tr>
<tr><td>{Y2}</td><td>Blocked in KR</td></tr>
<tr><td>{Y3}</td><td>Removed (global)</td></tr>
</table>
<p><b>Correction to the table above:</b> the third video (Hc0Vs5YuJ3m) was
not removed globally. Like the second one, it has been blocked in South
Korea only.</p>
<p>For more information, see <a href="https://support.google.com/legal/answer/3110420">our legal help page</a>.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email with an HTML results table",
    why="table says removed/blocked in KR/removed; the note below explicitly corrects row 3 to blocked in Korea only (restricted)",
    items={Y1: "removed", Y2: "restricted", Y3: "restricted"},
)

case(
    name="yt-bare-url-status-below",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-11 13:27", UTC), subject=f"[{ref('R2')}] Results",
    reply_to_req=mid("R2"),
    body=f"""
Results for {ref('R2')}:

{Y3}
Action taken: age-restricted (viewers must be signed in and 18 or older)

{Y4}
Action taken: none. The channel does not violate our policies; the videos
cited in your notice were uploaded by a different channel.

The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube results listing, bare URL with the action on the next line",
    why="the status follows each bare URL on the line below: age-restricted (restricted), none with a reason (rejected)",
    items={Y3: "restricted", Y4: "rejected"},
)

ko_yt = f"""안녕하세요, Google 법무지원팀입니다.

요청번호 {ref('R2')} 관련 검토 결과를 알려드립니다.

- {Y1} : 현지 법률에 따라 대한민국에서 접속이 차단되었습니다.
- {Y2} : 커뮤니티 가이드 위반으로 삭제되었습니다.

나머지 동영상에 대해서는 검토가 끝나는 대로 다시 안내드리겠습니다.

감사합니다.
YouTube 법무지원팀
"""
case(
    name="yt-korean-base64",
    **{"from": "legal-support@google.com"}, name_from="Google 법무지원팀",
    date=d("2024-09-08 10:15"), subject=f"[{ref('R2')}] 검토 결과 안내",
    reply_to_req=mid("R2"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(ko_yt),
    outcome="applied", classification="confirmation",
    imitates="Google Korea legal team reply in Korean, base64 body",
    why="first video blocked in Korea (restricted), second deleted (removed); the promise about the rest names nothing",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-one-item-no-url",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-18 19:40", UTC), subject=f"Re: [{ref('R7')}] Removal request",
    reply_to_req=mid("R7"),
    body=f"""
Hello,

Thank you for your notice. After review, we removed the Short you reported
for violating YouTube's policy on illegal or regulated goods and services.

Sincerely,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we removed the content you reported' email",
    why="answers a one-item request (thread and reference in subject); the sole statement names no URL: removed",
    items={Y5: "removed"},
)

# ================================================================ Telegram
case(
    name="tg-blocked-and-not-found-prose",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-07 15:11", UTC), subject=f"Re: {ref('R3')} Case #4410923",
    reply_to_req=mid("R3"),
    body=f"""
Hello,

Case #4410923.

We have blocked {T1} and {T2} for violating Telegram's Terms of Service.
{T3} could not be found - the message seems to have been deleted by the
channel admin before our moderators looked at it.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply to a notice",
    why="two messages blocked (removed); third could not be found (not_found) - 'seems to' hedges only the reason",
    items={T1: "removed", T2: "removed", T3: "not_found"},
)

case(
    name="tg-could-not-find-vs-no-violation",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-09 12:30", UTC), subject=f"Re: {ref('R3')} Case #4410923",
    reply_to_req=mid("R3"),
    body=f"""
Hello,

We could not find {T3}: there is no message with that number in the channel.

{T4} has been removed.

Regarding {T5}, we could not find any content in this channel that breaches
our Terms of Service, so it remains accessible.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal",
    why="'could not find <URL>' is not_found, 'could not find any content that breaches' is a refusal (rejected); the middle one removed",
    items={T3: "not_found", T4: "removed", T5: "rejected"},
)

csv_att = (
    "url,action,comment\r\n"
    f"{T1},removed,\r\n"
    f"{T2},not found,message does not exist\r\n"
    f"{T5},no action,\"no violation found, channel remains available\"\r\n"
)
case(
    name="tg-csv-attachment",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-10 09:58", UTC), subject=f"Re: {ref('R3')} Case #4410923 - results",
    reply_to_req=mid("R3"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="b486-tg-csv"

--b486-tg-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the results for your report {ref('R3')}.

Telegram Abuse Team

--b486-tg-csv
Content-Type: text/csv; charset=utf-8; name="results_4410923.csv"
Content-Disposition: attachment; filename="results_4410923.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--b486-tg-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply carrying a CSV results file",
    why="CSV rows: removed, not found, no action with a reason (rejected); the comma inside the quoted comment is one field",
    items={T1: "removed", T2: "not_found", T5: "rejected"},
)

quoted = "\n".join("> " + l if l else ">" for l in request_text("R3", [T1, T2, T3, T4, T5], "Telegram"))
case(
    name="tg-gmail-top-post-angle-brackets",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-11 17:06", UTC), subject=f"Re: {ref('R3')} - illegal content on Telegram",
    reply_to_req=mid("R3"),
    body=f"""
Hello,

<{T1}> and <{T2}> - removed.
<{T3}> and <{T4}> - not found, the channel no longer contains these
messages.
<{T5}> - no action; we did not find that the channel breaks our rules.

Telegram Abuse Team

On Fri, 6 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="URLs in angle brackets with dash-separated outcomes; the '>'-quoted request says nothing",
    items={T1: "removed", T2: "removed", T3: "not_found", T4: "not_found", T5: "rejected"},
)

case(
    name="tg-ack-phrase-plus-statements",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-07 04:12", UTC), subject=f"Re: {ref('R3')}",
    reply_to_req=mid("R3"),
    body=f"""
Thank you for your report, it has been registered as Case #4410988.

Our moderators have already acted on it: access to {T4} is now restricted
for users in South Korea, and the channel {T5} has been terminated.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram receipt that already carries outcomes",
    why="acknowledgement phrase plus unhedged statements: restricted in Korea, channel terminated (removed)",
    items={T4: "restricted", T5: "removed"},
)

# ================================================================ NAVER
case(
    name="naver-mixed-one-sentence",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-11 16:40"), subject=f"[네이버] {ref('R4')} 게시물 조치 결과 안내",
    reply_to_req=mid("R4"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({ref('R4')})과 관련하여 안내드립니다.

요청하신 게시물 중 {N1} 는 삭제 조치하였으며, {N2} 는 30일간 임시조치하였습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 결과 안내 메일",
    why="one Korean sentence: first post 삭제 (removed), cafe post 임시조치 (restricted)",
    items={N1: "removed", N2: "restricted"},
)

case(
    name="naver-refusal-and-author-deleted",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-12 10:05"), subject=f"[네이버] {ref('R4')} 검토 결과",
    reply_to_req=mid("R4"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{N1} 게시물은 검토 결과 관련 법령 및 운영정책 위반 사항이 확인되지 않아
게시중단 요청을 수용하지 않았습니다(게시 유지).

지식iN 질문 {N3} 은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

이의가 있으시면 고객센터(https://help.naver.com/)로 문의해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 불수용 안내 + 작성자 삭제 안내",
    why="'게시중단 요청을 수용하지 않았습니다' is a refusal with a reason (rejected), not 게시중단; author already deleted: not_found",
    items={N1: "rejected", N3: "not_found"},
)

case(
    name="naver-kcsc-result-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d("2024-09-13 11:20"), subject=f"시정요구 조치결과 회신 ({ref('R4')})",
    reply_to_req=mid("R4"), type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>{ref('R4')} 시정요구에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>순번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>2024-09-12 조치</td></tr>
<tr><td>2</td><td>{N2}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N3}</td><td>미조치</td><td>위반 사항 없음</td></tr>
</table>
<p>네이버 주식회사 정책지원팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="table: 삭제 (removed), 임시조치 (restricted), 미조치 with reason 위반 사항 없음 (rejected)",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="naver-raw-korean-url-particles",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터",
    date=d("2024-09-12 18:31"), subject=f"Re: {ref('R4')} 처리 결과",
    reply_to_req=mid("R4"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.

{N2_RAW}은 카페 운영정책 위반으로 게시중단되었습니다.
또한 {N1}（블로그 포스트）는 비공개 처리되었음을 알려드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 게시중단 안내 with raw Korean URL",
    why="raw Korean path followed by the particle 은 matches the percent-encoded item (게시중단: removed); full-width parenthesis after the blog URL, 비공개 처리 (removed)",
    items={N2: "removed", N1: "removed"},
)

# ================================================================ Kakao
case(
    name="kakao-blind-and-private",
    **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-13 14:02"), subject=f"[카카오] {ref('R5')} 처리 결과 안내",
    reply_to_req=mid("R5"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
요청번호 {ref('R5')} 처리 결과를 안내드립니다.

1. {K1} → 블라인드 처리 완료
2. {K2} → 비공개 처리 완료 (운영정책 위반)

카카오 운영정책: https://www.kakao.com/policy/oppolicy
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 블라인드 처리 결과 안내",
    why="numbered list with arrows: 블라인드 and 비공개 처리 are both removed; policy link is no item",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-correction-temp-to-deleted",
    **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-16 10:48"), subject=f"[카카오] {ref('R5')} 처리 결과 정정 안내",
    reply_to_req=mid("R5"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

지난 9월 13일 안내드린 결과를 정정합니다.
당시 {K2} 게시물을 임시조치하였다고 안내드렸으나, 추가 검토 결과 해당
게시물은 운영정책 위반으로 삭제되었습니다.

또한 {K1} 은 해당 주소의 게시글이 존재하지 않아 조치할 수 없었습니다.

불편을 드려 죄송합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 정정 안내",
    why="later sentence revises the earlier 임시조치 to 삭제 (removed); post does not exist (not_found)",
    items={K2: "removed", K1: "not_found"},
)

# ================================================================ review
case(
    name="x-promise-after-legal-review",
    **{"from": "legal-notices@x.com"},
    date=d("2024-09-04 08:30", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

Thank you for your request {ref('R1')}. Our legal team is assessing
{X10} and {X11} under Korean law. If the assessment confirms that the posts
are unlawful, they will be withheld in South Korea. We expect to reply by
20 September.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal 'we are assessing your request' update",
    why="assessment under way, a conditional promise: no statement; names items, so review",
    items={X10: "pending", X11: "pending"},
)

case(
    name="yt-hedges-in-main-clauses",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-06 21:15", UTC), subject=f"[{ref('R2')}] Update",
    reply_to_req=mid("R2"),
    body=f"""
Hello,

The video {Y1} appears to have been deleted by its uploader; we see no
record of an action by YouTube.

The video {Y3}, which you flagged as an illegal betting advertisement, may
no longer be available in your country; we are checking with the team that
handles court orders and will let you know.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'appears to have been deleted', 'may no longer be available' are hedges in the main clauses: nothing stated",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="tg-bulk-all-blocked",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-08 06:40", UTC), subject=f"Re: {ref('R3')} Case #4411002",
    reply_to_req=mid("R3"),
    body=f"""
Hello,

Case #4411002. All the links in your report {ref('R3')} have been blocked
on Telegram.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram one-line abuse-desk closure",
    why="one statement about all five links of a five-item request, none named: bulk",
    items={T1: "pending", T2: "pending", T3: "pending", T4: "pending", T5: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-10 15:55"), subject=f"[네이버] {ref('R4')} 조치 완료",
    reply_to_req=mid("R4"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청번호 {ref('R4')}로 요청하신 게시물 3건 전체에 대하여 게시중단 조치를
완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 조치 완료 안내 (일괄)",
    why="'3건 전체' - all three posts, none named: bulk",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="x-untrusted-dmarc-fail",
    **{"from": "legal-notices@x.com"}, auth="fail",
    date=d("2024-09-05 03:02", UTC), subject=f"Re: {ref('R1')} - request to remove content",
    reply_to_req=mid("R1"),
    body=f"""
Hello,

{X1} and {X2} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DMARC",
    why="X's domain but DKIM/SPF/DMARC fail: not trusted",
    items={X1: "pending", X2: "pending"},
)

case(
    name="unknown-sender-law-firm",
    **{"from": "jiwon.park@hanul-legalpartners.example"}, name_from="Park Jiwon",
    date=d("2024-09-17 13:10"), subject=f"Re: {ref('R6')}",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @seoulnight_escort. Our client has
deleted the post {X13} referred to in your request {ref('R6')}.

Yours faithfully,
Park Jiwon
Hanul Legal Partners
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of an account holder",
    why="not any platform's domain, names our request and its URL",
    items={X13: "pending"},
)

case(
    name="kakao-speaks-of-naver-post",
    **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-12 09:25"), subject="Re: 게시물 삭제 요청",
    body=f"""
안녕하세요, 카카오 고객센터입니다.

문의하신 {N1} 은 네이버 블로그 게시물로 당사(카카오)가 운영하는 서비스가
아닙니다. 다만 확인해 보니 해당 게시물은 현재 삭제되어 있습니다.

네이버 고객센터로 문의해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about another portal's post",
    why="Kakao states the status of a NAVER item: wrong_platform",
    items={N1: "pending"},
)

case(
    name="yt-table-note-conflict",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-12 07:33", UTC), subject=f"[{ref('R2')}] Outcome of your request",
    reply_to_req=mid("R2"), type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Outcome of your request {ref('R2')}:</p>
<table border="1" cellpadding="4">
<tr><th>Content URL</th><th>Action</th></tr>
<tr><td>{Y3}</td><td>Removed</td></tr>
<tr><td>{Y4}</td><td>Removed</td></tr>
</table>
<p>Please note that neither Hc0Vs5YuJ3m nor the channel @slotmaster_kr7 has
been taken down: both remain available while the uploader's appeal is
pending.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome table with a contradicting note",
    why="table says Removed for both, the note says neither was taken down and an appeal is pending; no correction is stated",
    items={Y3: "pending", Y4: "pending"},
)

case(
    name="tg-condition-48-hours",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=d("2024-09-08 11:19", UTC), subject=f"Re: {ref('R3')} Case #4410923",
    reply_to_req=mid("R3"),
    body=f"""
Hello,

We have asked the administrator of @doc_forge_kr to remove {T3} and {T4}.
If they are still online after 48 hours, the channel will be blocked.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk notice-and-action step (owner asked first)",
    why="asked the owner; blocking promised on a condition: no statement about either item",
    items={T3: "pending", T4: "pending"},
)

case(
    name="tg-contact-change-no-claims",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d("2024-09-13 10:00", UTC), subject="Change of contact point for authority notices",
    body="""
Dear partners,

From 1 October 2024 notices from public authorities should be sent to
authorities@telegram.org. Messages sent to this address after that date
will still be forwarded for a transition period of three months.

This message is for information only; no reply is needed.

Telegram
""",
    outcome="review", review="no_claims",
    imitates="platform notice of a new authority contact address",
    why="trusted Telegram email naming no item and no request",
    items={},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "cs_report@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-12 15:37"), subject=f"[카카오] {ref('R5')} 추가 자료 요청",
    reply_to_req=mid("R5"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청번호 {ref('R5')} 관련하여, {K2} 게시물의 위법성 판단을 위해 심의
의결서 사본을 추가로 보내주시기 바랍니다. 자료 접수 후 검토하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 추가 자료 요청 메일",
    why="asks for the decision document before acting: request for information",
    items={K2: "pending"},
)

# ================================================================ ignored
case(
    name="x-out-of-office",
    **{"from": "j.morales@x.com"}, name_from="Julia Morales",
    date=d("2024-09-02 01:02", UTC), subject=f"Automatic reply: {ref('R1')} - request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 9 September with limited access to email.
Legal requests will be handled by the team at legal@x.com in the meantime.

Julia Morales
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office automatic reply",
    why="out-of-office auto-reply",
    items={},
)

dsn_quoted = "\n".join(request_text("R3", [T1, T2, T3, T4, T5], "Telegram"))
case(
    name="dsn-bounce-telegram",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-06 10:01"), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b486-dsn"

--b486-dsn
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa-kr@telegram.org>: host mail.telegram.org[203.0.113.25] said: 550 5.1.1
    <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b486-dsn
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Fri,  6 Sep 2024 10:00:58 +0900 (KST)

Final-Recipient: rfc822; dsa-kr@telegram.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 550 5.1.1 <dsa-kr@telegram.org>: Recipient address rejected: User unknown

--b486-dsn
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: dsa-kr@telegram.org
Subject: {ref('R3')} - illegal content on Telegram
Date: Fri, 6 Sep 2024 10:00:57 +0900
Message-ID: <{mid('R3')}@kcsc.example>
Content-Type: text/plain; charset=utf-8

{dsn_quoted}

--b486-dsn--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (DSN)",
    why="bounce carrying our own request: nothing stated",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원",
    date=d("2024-09-09 13:44"), subject=f"읽음: {ref('R4')} 불법정보 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b486-mdn"

--b486-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "{ref('R4')} 불법정보 시정요구"을(를) 수신자가 2024-09-09 13:44에 읽었습니다.

--b486-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{mid('R4')}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b486-mdn--
""",
    outcome="ignored", classification="read_receipt",
    imitates="read receipt (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="yt-ticket-receipt",
    **{"from": "legal-support@google.com"}, name_from="Google Legal Support",
    date=d("2024-09-04 02:05", UTC), subject=f"[{ref('R2')}] We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid("R2"),
    body=f"""
Hello,

Thanks for contacting Google Legal Support. This is an automated message to
confirm that we received your request {ref('R2')}. Your case number is
8-3021000012345.

We'll review your request and contact you if we need more information.
Please keep the case number in the subject line of any reply.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request receipt",
    why="pure acknowledgement with a case number; 'we'll review' is a promise",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오 고객센터",
    date=d("2024-09-11 17:12"), subject=f"[카카오 고객센터] 문의가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid("R5"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

고객님의 문의({ref('R5')})가 정상적으로 접수되었습니다.
접수번호: 240911-000482

답변은 접수 순서대로 영업일 기준 7일 이내에 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 접수 완료 메일",
    why="pure receipt: ticket number, answer promised",
    items={},
)

case(
    name="tg-autoresponder",
    **{"from": "dsa@telegram.org"}, name_from="Telegram DSA",
    date=d("2024-09-06 01:03", UTC), subject=f"Re: {ref('R3')} - illegal content on Telegram",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    reply_to_req=mid("R3"),
    body="""
This is an automated response.

This address receives a large volume of email and we are not able to reply
to every message individually. Messages about illegal content are passed to
our moderators. You do not need to send your message again.
""",
    outcome="ignored", classification="auto_reply",
    imitates="platform autoresponder on a DSA contact address",
    why="automated reply, no item named",
    items={},
)

case(
    name="dsn-delayed-x",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    date=d("2024-09-16 16:00"), subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b486-delay"

--b486-delay
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<legal@x.com>: connect to mx.x.com[198.51.100.77]:25: Connection timed out

--b486-delay
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@x.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.x.com[198.51.100.77]:25: Connection timed out
Will-Retry-Until: Sat, 21 Sep 2024 12:00:02 +0900 (KST)

--b486-delay
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: {ref('R6')} - request to remove content
Date: Mon, 16 Sep 2024 12:00:01 +0900
Message-ID: <{mid('R6')}@kcsc.example>

--b486-delay--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery delay warning for our request",
    items={},
)

HEADER = """# Blind set 486 (tests/corpus/blind486/): what a program gets wrong.
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py - edit the case list there, not this file.
"""

def encode_headers(cases):
    # Real mail carries non-ASCII display names and subjects as RFC 2047 words.
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind486", HEADER, CASES)
