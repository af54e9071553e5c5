#!/usr/bin/env python3
"""Blind corpus set blind120: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email was
written from public notice templates in our own words, with fictional
URLs, names and ids; every expected result was written from the email's
meaning alone, before any run of the reader.

    python3 tests/corpus/blind120/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
T = {
    1: "https://t.me/moonlit_bazaar/118",
    2: "https://t.me/moonlit_bazaar/121",
    3: "https://t.me/moonlit_bazaar/133",
    4: "https://t.me/pinewood_exchange/45",
    5: "https://t.me/pinewood_exchange/46",
    6: "https://t.me/pinewood_exchange/52",
    7: "https://t.me/grey_lantern_shop/7",
    8: "https://t.me/grey_lantern_shop/19",
    9: "https://t.me/copperfield_deals",
    10: "https://t.me/s/northwind_casino88/310",
    11: "https://t.me/northwind_casino88/311",
    12: "https://t.me/velvet_orbit_club/2044",
    13: "https://t.me/amber_quay/56",
}
X = {
    1: "https://x.com/harbinlark_22/status/1831100000000000101",
    2: "https://x.com/harbinlark_22/status/1831100000000000102",
    3: "https://x.com/quietmarten/status/1831100000000000215",
    4: "https://x.com/slate_owl_kr",
    5: "https://x.com/pebble_nomad/status/1835500000000000777",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLp2A",
    2: "https://www.youtube.com/watch?v=Zr9bN4cXw1E",
    3: "https://www.youtube.com/shorts/Hj7uYt5RsQ0",
    4: "https://www.youtube.com/@lanternfishtv",
    5: "https://www.youtube.com/watch?v=Pw2eLx6Vn8K",
    6: "https://www.youtube.com/watch?v=Kd4sF0aQe7M",
    7: "https://www.youtube.com/watch?v=Bn6uJ2pTz9C",
}
N = {
    1: "https://blog.naver.com/dalbit_mart/223567001234",
    2: "https://cafe.naver.com/quietmarket/88213",
    3: "https://cafe.naver.com/quietmarket/%EC%9E%A5%ED%84%B0/91002",
    4: "https://blog.naver.com/dalbit_mart/223567009876",
}
N3_RAW = "https://cafe.naver.com/quietmarket/장터/91002"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "telegram", "2024-09-03T16:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [T[i] for i in range(1, 13)], "gambling", "req-240903-01@kcsc.example",
     "gambling and fake-ID channels, largest request of the set"),
    ("KCSC-240905-02", "x", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     [X[i] for i in range(1, 5)], "drugs", "req-240905-02@kcsc.example", "three posts and one account"),
    ("KCSC-240909-03", "youtube", "2024-09-09T10:30:00+09:00", "2024-09-16T23:59:59+09:00",
     [Y[i] for i in range(1, 6)], "gambling", "req-240909-03@kcsc.example", "videos, a Short and a channel"),
    ("KCSC-240911-04", "naver", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [N[i] for i in range(1, 5)], "obscenity", "req-240911-04@kcsc.example", "blog and cafe posts"),
    ("KCSC-240913-05", "x", "2024-09-13T09:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [X[5]], "gambling", "req-240913-05@kcsc.example", "one post"),
    ("KCSC-240916-06", "youtube", "2024-09-16T15:00:00+09:00", "2024-09-23T23:59:59+09:00",
     [Y[6], Y[7]], "violence", "req-240916-06@kcsc.example", "two videos"),
    ("KCSC-240917-07", "telegram", "2024-09-17T10:00:00+09:00", "2024-09-24T23:59:59+09:00",
     [T[13]], "defamation", "req-240917-07@kcsc.example", "one message"),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def d(s):
    """'2024-09-05 06:12:44' (UTC) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------
CASES = []


def case(**c):
    CASES.append(c)


# ---- applied -------------------------------------------------------------

case(
    name="tg-blocked-two-notfound-one-sentence",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-04 08:14:02"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your report. Following our review, we blocked {T[1]} and
{T[2]} for promoting illegal gambling, while {T[3]} could not be found on
Telegram - the message may have been deleted before we got to it.

The remaining links in your request are still being processed.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (prose, one sentence for three links)",
    why="one sentence: two links blocked, the third could not be found; the hedge explains why, the finding itself is plain",
    items={T[1]: "removed", T[2]: "removed", T[3]: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-04 11:40:19"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Update on KCSC-240903-01:

- {T[4]} has been taken down.
- {T[5]}, which may also be mirrored in other channels we have not been
  sent, has been taken down as well.
- {T[6]}, which appears to have been edited by the channel admin after your
  report, is still with our moderators and we will let you know the outcome.

If you find the mirrors, please send them to us as a separate report.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply (bulleted list)",
    why="the hedges sit in relative clauses: 46 is plainly taken down despite 'may', 52 is still with moderators",
    items={T[4]: "removed", T[5]: "removed", T[6]: "pending"},
)

case(
    name="tg-did-not-remove-with-reason",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-05 02:03:51"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Dear KCSC team,

We did not remove {T[7]}. That message is a price list for tobacco
accessories sold by a licensed shop and does not break Telegram's Terms of
Service or, as far as we can see, Korean law, so it will stay up.

{T[8]}, on the other hand, offered counterfeit identity documents and has
been removed.

Kind regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply with a refusal and its reason",
    why="'did not remove ... will stay up' is a refusal with a reason (rejected); the next paragraph removes 19",
    items={T[7]: "rejected", T[8]: "removed"},
)

case(
    name="tg-correction-blocked-was-already-deleted",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-05 07:22:10"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding KCSC-240903-01: the channel {T[9]} has been blocked.

Correction to the line above, after checking our logs again: the channel
had already been deleted by its owner on 4 September, before our team could
act, so there was nothing left for us to block. Apologies for the confusion.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply that corrects itself",
    why="the later sentence revises the first: the channel was already deleted by its owner, so not_found rather than removed",
    items={T[9]: "not_found"},
)

case(
    name="x-outcome-by-position-over-quoted-list",
    **{"from": "legal@x.com"},
    date=d("2024-09-09 03:31:45"),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

We've completed our review of your request. Outcome by item, using your
numbering:

#1 and #3 - withheld in the Republic of Korea under local law.
#2 - we could not locate this post; it no longer exists on X.
#4 - no action. The account as a whole does not violate the X Rules, and we
only withhold the specific posts that were found to be unlawful.

Thanks,
X Legal

On Thu, Sep 5, 2024 at 11:00 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Please remove or block the following content (ref KCSC-240905-02):
>
> 1. {X[1]}
> 2. {X[2]}
> 3. {X[3]}
> 4. {X[4]}
>
> We ask for a reply by 12 September 2024.
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply answering a numbered list by number, over the Gmail-quoted request",
    why="statuses by position: #1/#3 withheld in Korea, #2 not found, #4 refused with reason; the numbers map to the quoted list",
    items={X[1]: "restricted", X[2]: "not_found", X[3]: "restricted", X[4]: "rejected"},
)

X_QP_BODY = f"""Hello,

In response to your request KCSC-240905-02, we have withheld {X[1]} in South Korea, but not {X[2]}, which is a news commentary post that we found does not violate Korean law or the X Rules.

We have not finished our review of the other two URLs in your request.

Regards,
X Legal Operations
"""
case(
    name="x-withheld-but-not-other-qp",
    **{"from": "legal@x.com"},
    date=d("2024-09-06 09:12:33"),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(X_QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply (quoted-printable, soft-wrapped URLs)",
    why="one sentence withholds 101 'but not' 102, refused with its reason; the other two are not finished",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "pending", X[4]: "pending"},
)

case(
    name="x-sole-withheld-one-item-request",
    **{"from": "no-reply@x.com"},
    date=d("2024-09-14 01:05:27"),
    subject="Re: KCSC-240913-05 - Legal request",
    reply_to_req="req-240913-05",
    body="""
Hello,

We have received your legal request. After reviewing it, we have withheld the
reported content in South Korea in line with our Country Withheld Content
policy. It remains available in other countries.

Learn more about withheld content:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Corp.
""",
    outcome="applied", classification="confirmation",
    imitates="X Country Withheld Content notice to a reporter",
    why="a request of one item: 'the reported content' withheld in South Korea needs no URL; the help link is not an item",
    items={X[5]: "restricted"},
)

case(
    name="yt-table-with-correction-note",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-11 06:48:00"),
    subject="[Ticket 8-1937720466001] Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Thank you for your request. Please find our decisions below.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td></tr>
<tr><td>{Y[2]}</td><td>Removed</td></tr>
<tr><td>{Y[3]}</td><td>Removed</td></tr>
</table>
<p><b>Correction:</b> the row for {Y[3]} should read &quot;Restricted in South
Korea&quot;. The Short was blocked from view in KR only; it was not removed
globally.</p>
<p>Regards,<br>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome (HTML table) with a correction",
    why="the note below the table corrects the Short's row: restricted in Korea, not removed",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-blocked-kr-removed-and-channel-refused",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-12 02:30:41"),
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""
Hi,

Thank you for contacting YouTube Legal Support about KCSC-240909-03.

After review, we have blocked {Y[1]} from view in South Korea based on local
law. The video at {Y[5]} was removed globally for violating YouTube's
Community Guidelines. We will not take action on the channel {Y[4]}: our
review found that the channel as a whole does not violate our policies or
local law, and removing it would go beyond the content you identified.

You can read more about how we handle legal requests at
https://support.google.com/youtube/answer/6154230

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (prose)",
    why="one restricted (KR), one removed globally, the channel refused with a reason; the support link is no item",
    items={Y[1]: "restricted", Y[5]: "removed", Y[4]: "rejected"},
)

case(
    name="yt-age-restricted-not-removed-and-edsa",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-18 04:10:12"),
    subject="Re: KCSC-240916-06",
    reply_to_req="req-240916-06",
    body=f"""
Hello,

We reviewed both videos in your request KCSC-240916-06.

{Y[6]} is now age-restricted. It is not removed, because it does not violate
our Community Guidelines, but it is not suitable for viewers under 18.

{Y[7]} will remain available. It is a news report that shows the material
in an educational and documentary context, which our policies allow.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction / EDSA-exception outcome",
    why="Kd4s is age-restricted (the 'not removed ... does not violate' is about why it stays up with a restriction); Bn6u stays up for a stated reason",
    items={Y[6]: "restricted", Y[7]: "rejected"},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "help@navercorp.com"},
    date=d("2024-09-12 07:03:55"),
    subject="[네이버] KCSC-240911-04 게시물 처리 결과 안내",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

요청하신 KCSC-240911-04 건의 처리 결과를 아래와 같이 안내드립니다.

① {N[1]}는 게시중단 처리하였습니다.
② {N[2]}에 대해서는 30일간 임시조치를 하였습니다.
③ 게시물（{N3_RAW}）은 작성자가 이미 삭제하여 확인되지 않습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 처리 결과 안내",
    why="게시중단 (removed), 임시조치 (restricted), 작성자가 이미 삭제 (not_found); particles and full-width parentheses touch the URLs",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found"},
)

case(
    name="naver-correction-request-result-table",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-13 05:21:09"),
    subject="시정요구 조치결과 회신 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240911-04)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>접속차단</td><td>국내 IP 대상</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>미조치</td><td>불법정보에 해당하지 않는다고 판단</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>해당 게시물 없음</td><td>작성자 자진 삭제</td></tr>
</table>
<p>네이버 주식회사 정책협력팀</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table",
    why="삭제 removed, 접속차단 (domestic) restricted, 미조치 with a reason rejected, 게시물 없음/자진 삭제 not_found",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "rejected", N[4]: "not_found"},
)

NAVER_CSV = f"""url,처리결과,처리일시
{N[1]},블라인드,2024-09-12 14:10
{N[4]},비공개 처리,2024-09-12 14:12
{N[2]},검토중,
"""
case(
    name="naver-csv-attachment-one-still-pending",
    **{"from": "help@navercorp.com"},
    date=d("2024-09-12 05:40:00"),
    subject="Re: KCSC-240911-04 처리 결과",
    reply_to_req="req-240911-04",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-b120-csv"

--nv-b120-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버입니다.
요청하신 게시물의 처리 결과는 첨부한 파일을 확인해 주시기 바랍니다.
검토중으로 표시된 건은 결과가 나오는 대로 다시 안내드리겠습니다.

--nv-b120-csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240911-04.csv"
Content-Disposition: attachment; filename="result_KCSC-240911-04.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--nv-b120-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result sent as a CSV attachment",
    why="블라인드 and 비공개 처리 are removed; 검토중 (under review) stays pending",
    items={N[1]: "removed", N[4]: "removed", N[2]: "pending"},
)

case(
    name="x-outlook-top-post-over-request",
    **{"from": "legal@x.com"},
    name_from="Mina Park (X Legal)",
    date=d("2024-09-10 08:55:14"),
    subject="RE: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hi,

The two posts by @harbinlark_22 have been removed for violating our rules:
{X[1]}
{X[2]}

Best,
Mina
X Legal Operations

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 11:00 AM
To: legal@x.com
Subject: KCSC-240905-02 removal request

Dear X Legal,

Please remove the following posts and account:
{X[1]}
{X[2]}
{X[3]}
{X[4]}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request",
    why="only the two posts above the Original Message line are removed; the other two appear only in our quoted request",
    items={X[1]: "removed", X[2]: "removed", X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-gmail-quote-one-blocked",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-06 13:17:40"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Done - {T[12]} is blocked now. The other channels from your list are still
with our moderators.

On Tue, 3 Sep 2024 at 16:00, KCSC Takedown <takedown@kcsc.example> wrote:
> Dear Telegram,
>
> please block the following content (KCSC-240903-01):
> {T[10]}
> {T[11]}
> {T[12]}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="short Gmail-style reply over the quoted request",
    why="2044 is blocked; the channels still with moderators (and the quoted lines) change nothing",
    items={T[12]: "removed", T[10]: "pending", T[11]: "pending"},
)

case(
    name="x-url-on-line-below-statement",
    **{"from": "legal@x.com"},
    date=d("2024-09-11 00:42:08"),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

Thank you for your request KCSC-240905-02. We have taken the following
actions.

The following post has been withheld in South Korea:
<{X[3]}>

The following account has been suspended for violating the X Rules on
illegal and regulated goods and services:
<{X[4]}>

The remaining posts are still under review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply, URL in angle brackets under each statement",
    why="the post is withheld in Korea, the account suspended (made unavailable); the rest still under review",
    items={X[3]: "restricted", X[4]: "removed", X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-case-result-line-below-url",
    **{"from": "dsa-noreply@telegram.org"},
    name_from="Telegram Support",
    date=d("2024-09-06 03:09:59"),
    subject="Case #4471029 - result (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""
Case #4471029 - result

{T[1]}
Result: Blocked

{T[2]}
Result: No violation found. Content stays up.

{T[3]}
Result: Not found (the message does not exist)

This is an automated summary of decisions taken by our moderators.
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram ticket-system case result",
    why="each bare URL has its result on the line below: blocked, no violation (stays up), not found",
    items={T[1]: "removed", T[2]: "rejected", T[3]: "not_found"},
)

case(
    name="naver-wrapped-url-in-brackets",
    **{"from": "help@navercorp.com"},
    date=d("2024-09-12 09:30:22"),
    subject="Re: KCSC-240911-04",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 카페 운영지원팀입니다.

요청하신 게시물 가운데 아래 게시물은 카페 운영정책 위반으로 삭제되었습니다.
<{N[3].rsplit("/", 1)[0]}/
{N[3].rsplit("/", 1)[1]}>

나머지 게시물은 확인 후 별도로 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe deletion notice, long percent-encoded URL wrapped inside <>",
    why="the bracketed URL is wrapped over two lines; the post is 삭제 (removed), the rest promised later",
    items={N[3]: "removed"},
)

case(
    name="tg-single-refusal-political-party",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-18 06:26:37"),
    subject="Re: KCSC-240917-07 removal request",
    reply_to_req="req-240917-07",
    body=f"""
Hello,

We've reviewed {T[13]}. The post is a public statement by a registered
political party and it doesn't violate our Terms of Service, so we won't
remove it. If a Korean court has ordered its removal, please send us the
order and we will look at the request again.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram refusal with its reason",
    why="'won't remove it' with the reason that it breaks no rule: rejected; the court-order offer is no condition on the decision",
    items={T[13]: "rejected"},
)

case(
    name="tg-no-violation-found-vs-not-found",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-07 10:02:45"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

For KCSC-240903-01:

We could not find any violation of Telegram's Terms of Service in
{T[4]}; the channel sells legal merchandise and will remain available.

{T[6]} could not be found. It was deleted before our review.

Regards,
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse-desk reply",
    why="'could not find any violation ... will remain available' is a refusal (rejected); 'could not be found' is not_found",
    items={T[4]: "rejected", T[6]: "not_found"},
)

case(
    name="yt-uploader-deleted-and-not-removed-but-restricted",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-13 01:15:30"),
    subject="Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    body=f"""
Hello,

Update on your request KCSC-240909-03:

The video {Y[5]} is no longer available on YouTube because the uploader
deleted it before our review.

{Y[2]} has not been removed, but we have restricted it to signed-in viewers
over 18.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email",
    why="deleted by the uploader before review is not_found; 'not removed, but restricted' to adults is restricted",
    items={Y[5]: "not_found", Y[2]: "restricted"},
)

case(
    name="x-echoed-report-decision",
    **{"from": "no-reply@x.com"},
    date=d("2024-09-14 22:18:51"),
    subject="Your report has been reviewed",
    body=f"""
Hello,

We've reviewed your report and taken action.

Your report
Reported content: {X[5]}
Reason given: Illegal gambling advertisement (KCSC-240913-05)
Submitted: Sep 13, 2024

Our decision
We removed this post because it violates the X Rules on illegal and
regulated goods and services.

Thanks for helping keep X safe.
""",
    outcome="applied", classification="confirmation",
    imitates="X report-outcome notice echoing the report",
    why="the echoed report names the post; the decision below it removes 'this post'",
    items={X[5]: "removed"},
)

case(
    name="x-dsa-statement-of-reasons",
    **{"from": "legal@x.com"},
    date=d("2024-09-09 12:00:03"),
    subject="Statement of reasons - KCSC-240905-02",
    reply_to_req="req-240905-02",
    body=f"""
Statement of reasons

Reference: KCSC-240905-02
Content: {X[2]}
Decision: Visibility restriction - content withheld
Territorial scope: Republic of Korea
Facts and circumstances: the decision follows a notice submitted by a public
authority alleging illegal drug advertising.
Legal ground: Act on Promotion of Information and Communications Network
Utilization and Information Protection, Article 44-7
Automated means: no automated means were used in taking this decision.

Redress: the account holder may appeal this decision at
https://help.x.com/forms/dsa/appeal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons",
    why="content withheld with territorial scope Korea: restricted; the appeal form is not an item",
    items={X[2]: "restricted"},
)

case(
    name="naver-blind-then-lifted",
    **{"from": "help@navercorp.com"},
    date=d("2024-09-14 02:44:17"),
    subject="Re: KCSC-240911-04 블라인드 처리 안내",
    reply_to_req="req-240911-04",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

요청 번호 KCSC-240911-04와 관련하여 아래 두 게시물을 블라인드 처리하였습니다.
- {N[4]}
- {N[2]}

다만 두 번째 게시물({N[2]})은 작성자의 소명을 검토한 결과 불법정보에
해당하지 않는 것으로 확인되어 블라인드를 해제하였으며, 현재 정상적으로
게시되어 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드 처리 안내 with a later release",
    why="both were blinded, then the second was released as not illegal and is up again: removed and rejected",
    items={N[4]: "removed", N[2]: "rejected"},
)

TG_B64_BODY = f"""Hello,

Further to KCSC-240903-01: {T[11]} and {T[12]} were blocked and found not to exist, respectively.

The preview page {T[10]} now shows nothing because the whole channel has been blocked, which also covers that message.

Telegram Moderation
"""
case(
    name="tg-respectively-base64",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-08 05:55:05"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(TG_B64_BODY),
    outcome="applied", classification="confirmation",
    imitates="Telegram moderation reply (base64 body)",
    why="'blocked and found not to exist, respectively' maps by position; the whole channel blocked covers the /s/ preview message",
    items={T[11]: "removed", T[12]: "not_found", T[10]: "removed"},
)

# ---- review --------------------------------------------------------------

case(
    name="tg-promise-will-be-blocked",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-04 02:11:48"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hi,

Thanks for flagging these. {T[1]} and {T[2]} will be blocked within 24
hours, once our moderators have confirmed where the gambling links lead.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk interim reply",
    why="'will be blocked' is a promise, not a statement: both stay pending",
    items={T[1]: "pending", T[2]: "pending"},
)

case(
    name="yt-may-already-have-been-taken-down",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-17 03:02:26"),
    subject="Re: KCSC-240916-06",
    reply_to_req="req-240916-06",
    body=f"""
Hi,

It looks like {Y[6]} may already have been taken down by the uploader, and
we are still checking {Y[7]}. We'll confirm both once our review is
complete.

The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="'looks like ... may already have been' is a hedge and the other is still being checked",
    items={Y[6]: "pending", Y[7]: "pending"},
)

case(
    name="tg-conditional-block",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-05 11:31:10"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We have sent the admin of {T[8]} a warning. If the message is not deleted
within 48 hours of that warning, we will block the channel ourselves.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse-desk reply with a warning to the channel admin",
    why="a condition and a promise: nothing has happened to the message yet",
    items={T[8]: "pending"},
)

case(
    name="x-probably-deleted-in-relative-clause",
    **{"from": "legal@x.com"},
    date=d("2024-09-07 04:27:39"),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body=f"""
Hello,

The post {X[3]}, which we believe was probably deleted by its author,
could not be reviewed by our team yet. We'll get back to you once we have
checked it.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply",
    why="the deletion is only believed 'probably' in a relative clause and the post was not reviewed yet",
    items={X[3]: "pending"},
)

case(
    name="tg-auth-fail",
    **{"from": "abuse@telegram.org"},
    auth="fail",
    date=d("2024-09-04 19:45:00"),
    subject="Re: KCSC-240903-01 removal request",
    body=f"""
Hello,

We have blocked the following channels from your request KCSC-240903-01:
{T[1]}
{T[2]}
{T[3]}

Telegram Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="Telegram abuse-desk reply, failing DKIM/SPF/DMARC",
    why="telegram.org sender fails authentication: the blocks cannot be recorded",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="tg-lookalike-sender-domain",
    **{"from": "moderation.desk@tgsupport-mail.com"},
    name_from="Telegram Moderation Desk",
    date=d("2024-09-05 14:20:31"),
    subject="KCSC-240903-01 - channels blocked",
    body=f"""
Dear Sir or Madam,

Your request KCSC-240903-01 has been handled. The channels
{T[7]} and {T[8]} are now blocked and no longer accessible.

Best regards,
Telegram Moderation Desk
""",
    outcome="review", review="unknown_sender",
    imitates="message from a look-alike domain claiming to be Telegram",
    why="tgsupport-mail.com is no platform's domain: names our request and URLs, so review, nothing applied",
    items={T[7]: "pending", T[8]: "pending"},
)

case(
    name="google-search-delisted-x-post",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-06 07:33:12"),
    subject="Re: KCSC-240905-02 (copy to Google)",
    body=f"""
Hello,

We received a copy of your request KCSC-240905-02. The post
{X[3]} is not hosted by Google. We have, however, removed it from Google
Search results for users in South Korea.

For action on the post itself, please contact the service that hosts it.

Google Legal Support
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search delisting reply about another service's URL",
    why="Google states a status for an X item; only X can change its status",
    items={X[3]: "pending"},
)

case(
    name="x-all-reported-withheld",
    **{"from": "legal@x.com"},
    date=d("2024-09-08 02:15:44"),
    subject="Re: KCSC-240905-02 removal request",
    reply_to_req="req-240905-02",
    body="""
Hello,

All of the posts and accounts reported in KCSC-240905-02 have been withheld
in South Korea.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal-request reply, one sentence for the whole request",
    why="a statement about all four items of a four-item request without naming any: bulk",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[4]: "pending"},
)

case(
    name="tg-all-blocked-except-two",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-09 08:08:08"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

We blocked every channel in your request KCSC-240903-01 except {T[7]} and
{T[8]}, which do not break our rules and will stay up.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse-desk reply with a blanket statement and exceptions",
    why="the named two are refused with a reason (rejected); 'every channel ... except' covers ten items without naming them: bulk",
    items=dict({T[i]: "pending" for i in range(1, 13)}, **{T[7]: "rejected", T[8]: "rejected"}),
)

case(
    name="yt-table-contradicted-by-note",
    **{"from": "legal-kr@google.com"},
    date=d("2024-09-12 08:19:27"),
    subject="[Ticket 8-1937720466001] Re: KCSC-240909-03",
    reply_to_req="req-240909-03",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Here is the outcome of our review.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Action</th></tr>
<tr><td>{Y[1]}</td><td>Removed</td></tr>
<tr><td>{Y[3]}</td><td>Removed</td></tr>
</table>
<p>Please note that {Y[1]} remains available on YouTube, as it did not
violate our policies.</p>
<p>The YouTube Legal Support Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube legal outcome (HTML table) whose note contradicts a row",
    why="Qm3v is 'Removed' in the table and 'remains available' in the note, with no word of correction; the Short's row stands",
    items={Y[1]: "pending", Y[3]: "removed"},
)

case(
    name="naver-policy-notice-no-items",
    **{"from": "noreply@navercorp.com"},
    date=d("2024-09-10 01:00:00"),
    subject="[네이버] 게시중단 요청 처리 절차 변경 안내",
    body="""
안녕하세요, 네이버입니다.

2024년 10월 1일부터 권리침해 게시물에 대한 게시중단 요청은 고객센터의
신고 양식을 통해서만 접수됩니다. 기관 요청의 경우에도 동일한 양식을
이용해 주시기 바랍니다.

자세한 내용은 https://help.naver.com/service/5614/contents/19002 에서
확인하실 수 있습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER procedure change notice to institutions",
    why="trusted NAVER mail that names no item and no request",
    items={},
)

case(
    name="tg-asks-for-message-links",
    **{"from": "abuse@telegram.org"},
    date=d("2024-09-04 14:36:21"),
    subject="Re: KCSC-240903-01 removal request",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

To act on KCSC-240903-01 we need links to the specific messages rather than
a whole channel. Could you please send message links (t.me/channel/123) for
{T[9]}? We cannot process that part of the report until then.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse-desk request for more information",
    why="asks for message links before acting on the channel; nothing decided",
    items={T[9]: "pending"},
)

# ---- ignored -------------------------------------------------------------

case(
    name="x-out-of-office",
    **{"from": "d.reyes@x.com"},
    name_from="Daniel Reyes",
    date=d("2024-09-05 02:00:41"),
    subject="Automatic reply: KCSC-240905-02 removal request",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your email. I'm out of the office until 23 September with
limited access to email. For legal requests, please write to legal@x.com,
where the team will handle your message.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="an out-of-office reply says nothing about any item",
    items={},
)

case(
    name="google-dsn-quoting-request",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date=d("2024-09-09 01:31:02"),
    subject="Delivery Status Notification (Failure)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b120-01"

--dsn-b120-01
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-korea@google.com because the address
couldn't be found, or is unable to receive mail.

--dsn-b120-01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 01:30:58 +0000

Final-Recipient: rfc822; legal-korea@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--dsn-b120-01
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: legal-korea@google.com
Subject: KCSC-240909-03 removal request
Message-ID: <req-240909-03@kcsc.example>
Date: Mon, 09 Sep 2024 10:30:00 +0900

Please remove the following videos (KCSC-240909-03):
{Y[1]}
{Y[2]}
{Y[3]}

--dsn-b120-01--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail delivery status notification (failure) returning the request",
    why="a bounce; the URLs are only in our returned request",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    date=d("2024-09-11 06:02:13"),
    subject="읽음 확인: KCSC-240911-04 게시물 삭제 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b120-01"

--mdn-b120-01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: KCSC-240911-04 게시물 삭제 요청
읽은 시간: 2024년 9월 11일 15:02

--mdn-b120-01
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req-240911-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b120-01--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="a read receipt says only that the request was displayed",
    items={},
)

case(
    name="tg-ticket-receipt",
    **{"from": "dsa-noreply@telegram.org"},
    name_from="Telegram Support",
    date=d("2024-09-03 07:05:33"),
    subject="[Ticket #TG-88120455] We received your report (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body="""
Hello,

We've received your report. Ticket #TG-88120455 has been created and our team
will review it. You don't need to reply to this message; we will write to you
when there is an update.

Telegram Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket-system receipt",
    why="a pure receipt: ticket created, review promised, nothing about any item",
    items={},
)

case(
    name="naver-report-received-korean",
    **{"from": "help@navercorp.com"},
    date=d("2024-09-11 05:10:48"),
    subject="[네이버 고객센터] 신고 접수 완료 안내 (KCSC-240911-04)",
    reply_to_req="req-240911-04",
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 2024-0911-55873

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내드리겠습니다.

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 신고 접수 완료 안내",
    why="a Korean receipt with a case number and a promise; no item statement",
    items={},
)

case(
    name="naver-out-of-office-quoting-request",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from=Header("한지우", "utf-8").encode(),
    date=d("2024-09-11 05:01:12"),
    subject="[자동회신] 부재중입니다: KCSC-240911-04 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요. 한지우입니다.
9월 11일부터 9월 20일까지 휴가로 부재중입니다.
급한 용무는 policy@navercorp.com 으로 연락 부탁드립니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
Subject: KCSC-240911-04 게시물 삭제 요청

아래 게시물의 삭제를 요청합니다.
{N[1]}
{N[2]}
{N3_RAW}
{N[4]}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the quoted request",
    why="an auto-reply; the URLs are only in the quoted request",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending"},
)

case(
    name="delay-dsn-to-telegram",
    **{"from": "MAILER-DAEMON@mx2.kcsc.example"},
    name_from="Mail Delivery System",
    date=d("2024-09-17 05:00:19"),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b120-02"

--dsn-b120-02
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kcsc.example.

Your message could not be delivered for 4 hours. It will be retried until
it is 5 days old.

--dsn-b120-02
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kcsc.example

Final-Recipient: rfc822; abuse@telegram.org
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.telegram.org[203.0.113.25]:25: Connection timed out

--dsn-b120-02
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@telegram.org
Subject: KCSC-240917-07 removal request: {T[13]}
Message-ID: <req-240917-07@kcsc.example>

--dsn-b120-02--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery notice",
    why="a delay DSN; the URL is only in our returned Subject header",
    items={T[13]: "pending"},
)

HEADER = '''# Blind set blind120: what a program gets wrong (mixed statuses in one
# sentence, hedges in relative clauses, negations, refusals with reasons,
# later sentences that revise earlier ones, a table contradicted by its note,
# statuses by position). Written by tests/corpus/blind120/make.py from each
# email's meaning alone, before any run of the reader. Each case is judged on
# a fresh ledger holding requests.csv.
'''

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind120", HEADER, CASES)
