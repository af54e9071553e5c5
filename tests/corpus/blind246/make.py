#!/usr/bin/env python3
"""Blind set 246 ("what a program gets wrong"): writes requests.csv,
cases/*.eml and expected.toml.

    python3 tests/corpus/blind246/make.py

Deterministic. Every email is fictional and written in our own sentences;
expected results come from each email's meaning alone, written before any
run of the reader. Focus: mixed statuses in one sentence, hedges inside
relative clauses, negations, refusals with reasons, later sentences that
revise earlier ones, a table contradicted by a note, statuses given by
position in the quoted request.
"""
import base64
import csv
import datetime as dt
import email.header
import email.utils
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.setdefault("kakaocorp.com", "Kakao")
corpuslib.DOMAIN_NAMES.setdefault("daum.net", "Daum")
corpuslib.DOMAIN_NAMES.setdefault("tiktok.com", "TikTok")

# ---------------------------------------------------------------- requests
X1 = "https://x.com/nightowl_trade/status/1831200000000000101"
X2 = "https://x.com/nightowl_trade/status/1831200000000000102"
X3 = "https://x.com/mirae_deals77/status/1831200000000000233"
X4 = "https://x.com/mirae_deals77/status/1831200000000000234"
X5 = "https://x.com/quietfern_kr/status/1831200000000000345"
X6 = "https://x.com/quietfern_kr/status/1831200000000000346"
X7 = "https://x.com/blue_lantern_9/status/1831200000000000457"
X8 = "https://x.com/blue_lantern_9"
X9 = "https://x.com/saltmarsh_pix/status/1831200000000000568"
X10 = "https://x.com/saltmarsh_pix/status/1831200000000000569"
X11 = "https://x.com/ondo_relay/status/1831200000000000670"
X12 = "https://x.com/ondo_relay/status/1831200000000000671"
X13 = "https://x.com/haneul_vend/status/1831200000000000782"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13]

T1 = "https://t.me/amber_exchange_kr/412"
T2 = "https://t.me/amber_exchange_kr/415"
T3 = "https://t.me/coldriver_drop/88"
T4 = "https://t.me/coldriver_drop/91"
T5 = "https://t.me/nabi_signals/1207"
T6 = "https://t.me/nabi_signals/1213"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xKp4A"
Y2 = "https://www.youtube.com/watch?v=Lb9dW0eZc3N"
Y3 = "https://www.youtube.com/shorts/Hx5vN8aJt2R"

N1 = "https://blog.naver.com/moonbridge_kr/223561234501"
N2 = "https://blog.naver.com/moonbridge_kr/223561234502"
N3 = "https://cafe.naver.com/silverdeal/58812"
N4 = "https://cafe.naver.com/silverdeal/58840"
N5 = "https://in.naver.com/%EB%B0%94%EB%9E%8C%EA%B8%B8/contents/internal/771204"
N5_RAW = "https://in.naver.com/바람길/contents/internal/771204"
NS = [N1, N2, N3, N4, N5]

K1 = "https://cafe.daum.net/greyfox_market/Ab1C/773"
K2 = "https://greyfoxnotes.tistory.com/58"

TK1 = "https://www.tiktok.com/@lumen.sale.kr/video/7411122233344455566"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-246902-01", "x", "2024-09-02T15:00:00+09:00", "2024-09-09T18:00:00+09:00", XS,
     "illegal_goods", "resale of prescription drugs; 7 accounts"),
    ("KCSC-246903-02", "telegram", "2024-09-03T11:20:00+09:00", "2024-09-10T18:00:00+09:00",
     [T1, T2, T3, T4], "gambling", "two channels advertising illegal betting"),
    ("KCSC-246904-03", "youtube", "2024-09-04T16:40:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y1, Y2, Y3], "illegal_goods", "videos selling forged documents"),
    ("KCSC-246905-04", "naver", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     NS, "defamation", "blog, cafe and influencer posts"),
    ("KCSC-246908-05", "kakao", "2024-09-08T14:10:00+09:00", "2024-09-15T18:00:00+09:00",
     [K1, K2], "privacy", "Daum cafe and Tistory posts exposing personal data"),
    ("KCSC-246909-06", "tiktok", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [TK1], "illegal_goods", "one video"),
    ("KCSC-246911-07", "telegram", "2024-09-11T10:05:00+09:00", "2024-09-18T18:00:00+09:00",
     [T5, T6], "financial_fraud", "investment scam signals"),
]


def mid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def date(s, off=0):
    """'2024-09-04 10:12:33' in UTC+off hours -> RFC 5322 date."""
    tz = dt.timezone(dt.timedelta(hours=off))
    return email.utils.format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ===================================================================== X
case(
    name="x-withheld-and-removed-one-sentence",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-05 07:41:12"), subject="Re: KCSC-246902-01 Request to remove content",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
Hello,

Thank you for your request (KCSC-246902-01).

Following our review, the posts at <{X1}> and <{X2}> have been withheld in South Korea, while <{X3}> was removed from X globally because it violated our rules on illegal or certain regulated goods and services.

We will reply separately about the other URLs in your request.

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content vs global removal)",
    why="one sentence, three URLs, two statuses: the first two withheld in KR, the third removed globally",
    items={X1: "restricted", X2: "restricted", X3: "removed"},
)

case(
    name="x-refusal-with-reason",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-06 02:15:40"), subject="Re: KCSC-246902-01 Request to remove content",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
Hello,

We have completed our review of two of the posts in your request KCSC-246902-01.

After careful review, the post at {X5} has been withheld in South Korea in response to your legal demand.

We have declined to take action on {X6}. The post does not violate the X Rules, and the request did not establish that it is unlawful under the provisions of Korean law that you cited. It therefore remains available.

If you have additional information, you may submit a new request through our legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request reply declining action with a reason",
    why="first post withheld in KR; second refused with its reason (no violation, unlawfulness not established)",
    items={X5: "restricted", X6: "rejected"},
)

case(
    name="x-correction-revises-earlier-reply",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-10 05:02:09"), subject="Correction: KCSC-246902-01",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
Hello,

We are writing to correct our reply of 6 September about KCSC-246902-01.

That reply stated that {X7} had been withheld in South Korea. After a second review the post has been removed globally for violating our private information and media policy, so it is no longer visible in any country.

We have not suspended the account {X8} itself: taken as a whole it does not violate the X Rules, and its other posts remain available.

Apologies for any confusion.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X follow-up correcting an earlier legal-request outcome",
    why="the earlier 'withheld' is only reported speech; the email's own statement is a global removal; the account is refused (no violation, stays up)",
    items={X7: "removed", X8: "rejected"},
)

case(
    name="x-html-table-note-updates-row",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-13 09:30:00"), subject="KCSC-246902-01: outcome of your request (saltmarsh_pix)",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Please find below the outcome for the posts of the account @saltmarsh_pix named in your request KCSC-246902-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{X9}</td><td>Withheld</td><td>KR</td></tr>
<tr><td>{X10}</td><td>Withheld</td><td>KR</td></tr>
</table>
<p><b>Update (13 September):</b> the table shows the decisions as first taken on 9 September.
Since then, the second post, {X10}, has been removed globally by X after a further review
under the X Rules. The first post remains withheld in South Korea only.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X outcome table with a dated update note below it",
    why="the note says explicitly that the table is older and that the second post was since removed globally; the first stays withheld in KR",
    items={X9: "restricted", X10: "removed"},
)

CSV_X = (
    "reported_url,action_taken,scope,reason\r\n"
    f"{X11},Withheld,KR,Local law (Republic of Korea)\r\n"
    f"{X12},No action,,\"Not in violation of the X Rules or local law\"\r\n"
    f"{X13},Removed,Global,Illegal or certain regulated goods or services\r\n"
)
case(
    name="x-csv-attachment",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-12 03:11:57"), subject="KCSC-246902-01 - results (batch 3)",
    reply_to_req=req("KCSC-246902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_x_batch3_7e1"

--=_x_batch3_7e1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for the third batch of URLs from KCSC-246902-01 is in the
attached file, one row per reported URL.

X Legal

--=_x_batch3_7e1
Content-Type: text/csv; charset=utf-8; name="KCSC-246902-01_batch3.csv"
Content-Disposition: attachment; filename="KCSC-246902-01_batch3.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_x_batch3_7e1--
""",
    outcome="applied", classification="confirmation",
    imitates="X batch outcome sent as a CSV attachment",
    why="CSV rows: withheld in KR, no action (not in violation), removed globally",
    items={X11: "restricted", X12: "rejected", X13: "removed"},
)

QP_X = f"""Hello,

Thank you for your report regarding KCSC-246902-01.

We have reviewed both posts, and they were removed for violating the X Rules (illegal or certain regulated goods or services): {X3} and {X4}. They are no longer available on X.

The remaining posts in your report are still being processed, and we will follow up separately.

Regards,
X Legal
"""
case(
    name="x-quoted-printable-wrapped-urls",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-07 11:48:20"), subject="Re: KCSC-246902-01 Request to remove content",
    reply_to_req=req("KCSC-246902-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_X)}
""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply in quoted-printable, long line soft-wrapped inside the URLs",
    why="two posts removed; soft line breaks fall inside the URLs; the rest are still in progress (not named)",
    items={X3: "removed", X4: "removed"},
)

case(
    name="x-bare-url-action-below",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-09 08:20:31"), subject="KCSC-246902-01 partial results",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
Hello,

Partial results for KCSC-246902-01:

{X9}
Action: Withheld in KR

{X10}
Action: None. No violation of the X Rules or local law was identified; the content remains available.

Items not listed above are still under review.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal partial results, bare URL with its action on the next line",
    why="status on the line below each bare URL: withheld in KR; no action with its reason",
    items={X9: "restricted", X10: "rejected"},
)

case(
    name="x-korean-particles-after-urls",
    **{"from": "legal-kr@x.com"}, name_from="X 법무팀",
    date=date("2024-09-06 09:05:44"), subject="RE: [방송통신심의위원회] KCSC-246902-01 시정요구",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
안녕하세요, X 법무팀입니다.

요청번호 KCSC-246902-01 관련하여 검토 결과를 알려드립니다.

{X1}은 대한민국 내에서 접근이 제한(withheld)되었으며, {X2}는 X 규칙 위반으로 삭제되었습니다.

나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
X 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="X Korea legal team reply in Korean",
    why="Korean particles glued to the URLs; first withheld in Korea (restricted), second deleted (removed)",
    items={X1: "restricted", X2: "removed"},
)

case(
    name="x-statement-of-reasons-account",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-11 13:27:05"), subject="Statement of reasons - KCSC-246902-01",
    body=f"""
STATEMENT OF REASONS

Request reference: KCSC-246902-01
Content concerned: {X8} (account @blue_lantern_9)
Decision: The account has been withheld in the Republic of Korea.
Territorial scope: KR only. The account remains visible in other countries.
Ground: local law (Act on Promotion of Information and Communications Network Utilization and Information Protection, Art. 44-7)
Automated means used in the decision: No
Redress: the account holder has been notified and may appeal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground)",
    why="the account named in the request is withheld in Korea only: restricted",
    items={X8: "restricted"},
)

case(
    name="x-promise-in-relative-clause",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-04 01:33:18"), subject="Re: KCSC-246902-01 Request to remove content",
    reply_to_req=req("KCSC-246902-01"),
    body=f"""
Hello,

Thanks for your report KCSC-246902-01. We have escalated {X5} and {X6} to our legal team.

Posts that our team finds unlawful in Korea will be withheld in the country, and we will let you know the outcome once the review is complete.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal escalation notice",
    why="names two items but only promises a conditional future action; nothing has happened yet",
    items={X5: "pending", X6: "pending"},
)

case(
    name="x-all-withheld-bulk",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-14 06:00:51"), subject="KCSC-246902-01 - request completed",
    reply_to_req=req("KCSC-246902-01"),
    body="""
Hello,

We have completed our review of KCSC-246902-01. All of the reported posts, and the account named in your request, have been withheld in South Korea.

This completes our handling of the request.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X request-completed summary without a per-URL list",
    why="one statement about all 13 items without naming any: bulk",
    items={u: "pending" for u in XS},
)

case(
    name="x-dmarc-fail",
    **{"from": "legal-notices@x.com"}, name_from="X Legal", auth="fail",
    date=date("2024-09-05 12:14:09"), subject="Re: KCSC-246902-01 Request to remove content",
    body=f"""
Hello,

The post {X1} has been removed for violating the X Rules.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal reply whose authentication failed (e.g. relayed through a list)",
    why="x.com sender but DKIM/SPF/DMARC fail: not trusted",
    items={X1: "pending"},
)

case(
    name="x-law-firm-client-deleted",
    **{"from": "counsel@hanbitnuri-law.kr"}, name_from="법무법인 한빛누리",
    date=date("2024-09-11 10:40:00", 9), subject="KCSC-246902-01 관련 게시물 자진 삭제 안내",
    body=f"""
방송통신심의위원회 귀중

저희 법무법인은 X 계정 @ondo_relay 이용자의 대리인입니다.

귀 위원회의 시정요구(KCSC-246902-01)와 관련하여, 저희 의뢰인은 {X11} 게시물을 2024년 9월 10일 자진 삭제하였음을 알려드립니다.

법무법인 한빛누리 변호사 윤재성 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of an account holder",
    why="not the platform: a third party says its client deleted the post",
    items={X11: "pending"},
)

case(
    name="x-table-contradicted-by-note",
    **{"from": "legal-notices@x.com"}, name_from="X Legal",
    date=date("2024-09-16 04:52:36"), subject="KCSC-246902-01: outcome (ondo_relay)",
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>Outcome for the post of @ondo_relay in your request KCSC-246902-01:</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{X12}</td><td>Content removed</td></tr>
</table>
<p>Note: no action was taken on {X12} because it does not violate the X Rules or Korean law.</p>
<p>X Legal</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="X outcome table with a note that contradicts it",
    why="table says removed, note says no action; nothing says which is later or right",
    items={X12: "pending"},
)

case(
    name="x-out-of-office",
    **{"from": "dwhitlock@x.com"}, name_from="Dana Whitlock",
    date=date("2024-09-02 06:01:12"), subject="Automatic reply: KCSC-246902-01 Request to remove content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For legal requests, please write to legal@x.com; your message has not been forwarded.

Dana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="auto-reply, no statement",
    items={},
)

# ============================================================ Telegram
case(
    name="tg-negation-nothing-illegal",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-05 14:22:10"), subject="Re: KCSC-246903-02",
    reply_to_req=req("KCSC-246903-02"),
    body=f"""
Hello,

The messages {T1} and {T2} have been taken down.

We did not block {T3}, as our moderators found nothing illegal in that message.

Case #4471290

--
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="two messages taken down; the third explicitly not blocked with a reason: rejected",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="tg-hedges-in-relative-clauses",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-06 08:03:47"), subject="Re: KCSC-246903-02",
    reply_to_req=req("KCSC-246903-02"),
    body=f"""
Hi,

{T4}, which may also have been reposted in other channels, has been removed.

{T3}, which we believe the channel admin deleted themselves, could not be found on our side.

Case #4471290

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply",
    why="hedges sit only in the relative clauses; the main clauses are definite: removed, not found",
    items={T4: "removed", T3: "not_found"},
)

case(
    name="tg-top-posted-over-gmail-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-04 17:45:03"), subject="Re: KCSC-246903-02 Removal request (4 messages)",
    reply_to_req=req("KCSC-246903-02"),
    body=f"""
Hello,

{T2} has been taken down. Your other links are still with our moderators.

Telegram Abuse Team

On Tue, 3 Sep 2024 at 11:20, KCSC Takedown <takedown@kcsc.example> wrote:
> Request KCSC-246903-02
>
> Please remove the following messages, which advertise illegal betting services:
>
> {T1}
> {T2}
> {T3}
> {T4}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request",
    why="only the second link is stated taken down; the others are 'still with our moderators' (and only quoted)",
    items={T2: "removed", T1: "pending", T3: "pending", T4: "pending"},
)

case(
    name="tg-later-correction-second-link",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-07 10:10:10"), subject="Re: KCSC-246903-02",
    reply_to_req=req("KCSC-246903-02"),
    body=f"""
Hello,

We blocked {T1} and {T2}.

Correction: the second link, {T2}, had already been deleted by the channel admin before our moderators reached it, so there was nothing left for us to block.

Case #4471290
Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a correction",
    why="first blocked (removed); the correction in the next paragraph revises the second to already deleted by its author: not_found",
    items={T1: "removed", T2: "not_found"},
)

case(
    name="tg-may-have-been-removed",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-04 09:12:44"), subject="Re: KCSC-246903-02",
    reply_to_req=req("KCSC-246903-02"),
    body=f"""
Hello,

Regarding KCSC-246903-02: {T1} may have been removed by the channel owner already, and we are still checking {T2}.

We will get back to you.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="a hedge ('may have been') and 'still checking': no statement",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-case-receipt",
    **{"from": "noreply@telegram.org"}, name_from="Telegram",
    date=date("2024-09-03 02:21:35"), subject="Your request KCSC-246903-02 has been received",
    body="""
Thank you for contacting Telegram.

Your request has been received and registered as Case #4471290. Please keep this number in the subject line of any further messages about this request.

Our team reviews requests in the order they arrive.

This is an automated message. Please do not reply.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Telegram ticket receipt",
    why="pure receipt with a case number, nothing about any item",
    items={},
)

case(
    name="tg-no-claims-process-change",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    date=date("2024-09-13 08:00:00"), subject="Changes to how Telegram receives requests from authorities",
    body="""
Dear partner,

From 1 October 2024, Telegram will accept content requests from Korean authorities only through the form at https://telegram.org/support/authorities . Requests sent by email after that date will receive an automatic pointer to the form.

Requests already open will be answered by email as before.

This message is sent to all registered reporting organisations.

Telegram
""",
    outcome="review", review="no_claims",
    imitates="platform circular to reporting organisations",
    why="trusted Telegram mail that names no item and no request",
    items={},
)

case(
    name="tg-by-position-over-quote",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-12 06:34:29"), subject="Re: KCSC-246911-07 Removal request (2 messages)",
    reply_to_req=req("KCSC-246911-07"),
    body=f"""
Hello,

Item 1 has been blocked.
Item 2: this message no longer exists. It was deleted by the channel owner before your request reached us, so there was nothing for us to act on.

Telegram Abuse Team

On Wed, 11 Sep 2024 at 10:05, KCSC Takedown <takedown@kcsc.example> wrote:
> Request KCSC-246911-07
>
> Please remove the following messages, which promote a fraudulent investment scheme:
>
> 1. {T5}
> 2. {T6}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply answering by item number",
    why="statuses given by position ('Item 1', 'Item 2') against the numbered list of the quoted request: blocked, deleted by its owner",
    items={T5: "removed", T6: "not_found"},
)

TG_B64 = f"""Hello,

Following our review of request KCSC-246911-07:

- {T5} was blocked on all Telegram apps for violating our Terms of Service (scams).
- {T6} has been restricted for users in South Korea under local law; it remains visible elsewhere.

Telegram Abuse Team
"""
case(
    name="tg-base64-blocked-and-geo",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-13 03:50:12"), subject="Re: KCSC-246911-07",
    reply_to_req=req("KCSC-246911-07"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(TG_B64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, base64 body",
    why="blocked on all apps (removed) vs restricted in South Korea only (restricted)",
    items={T5: "removed", T6: "restricted"},
)

case(
    name="tg-receipt-phrase-plus-outcomes",
    **{"from": "abuse@telegram.org"}, name_from="Telegram Abuse",
    date=date("2024-09-14 11:11:11"), subject="Re: KCSC-246911-07",
    reply_to_req=req("KCSC-246911-07"),
    body=f"""
Hello,

Thank you, your report has been received and processed.

{T5} has been blocked.
{T6} does not violate Telegram's Terms of Service and will remain available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply opening with a receipt phrase",
    why="a receipt phrase followed by unhedged outcomes: blocked; refused with its reason",
    items={T5: "removed", T6: "rejected"},
)

# ============================================================= YouTube
case(
    name="yt-actioned-restricted-declined",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-09 22:14:05"), subject="[0-7731000041223] Re: KCSC-246904-03",
    reply_to_req=req("KCSC-246904-03"),
    body=f"""
Hello,

Thanks for reaching out about KCSC-246904-03. After reviewing the videos listed in your notice:

- {Y1} has been actioned under our policies.
- {Y2} has been blocked from view in South Korea based on local law.
- {Y3}: we have decided not to take action. The content does not violate our Community Guidelines, and we did not find a sufficient legal basis to restrict it locally.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="config phrase 'actioned under our policies' = removed; blocked in KR = restricted; declined with reason = rejected",
    items={Y1: "removed", Y2: "restricted", Y3: "rejected"},
)

case(
    name="yt-url-below-statement",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-10 23:40:55"), subject="[0-7731000041223] Re: KCSC-246904-03",
    reply_to_req=req("KCSC-246904-03"),
    body=f"""
Hello,

The following video has been removed from YouTube following our review:
{Y2}

The following video remains available, as it does not violate our Community Guidelines or local law:
{Y3}

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email",
    why="statement ends with ':' and its URL is on the next line: removed; stays up with reason: rejected",
    items={Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-not-removed-but-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-08 20:05:19"), subject="[0-7731000041223] Re: KCSC-246904-03",
    reply_to_req=req("KCSC-246904-03"),
    body=f"""
Hello,

We have not removed {Y1}. It does not violate our policy on regulated goods, but we've age-restricted it, so it is no longer shown to viewers under 18 or to signed-out viewers.

We'll write again about the other videos in your notice.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support outcome email (age restriction)",
    why="negated removal, then an age restriction: restricted, not removed and not rejected",
    items={Y1: "restricted"},
)

case(
    name="yt-conditional-restriction",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date=date("2024-09-06 19:44:31"), subject="[0-7731000041223] Re: KCSC-246904-03",
    reply_to_req=req("KCSC-246904-03"),
    body=f"""
Hello,

We have notified the uploader of {Y3}. If the uploader does not remove the video within 7 days of our notice, we will restrict access to it in South Korea.

Regards,
The YouTube Legal Support Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply",
    why="a condition and a promise only: no statement about the video",
    items={Y3: "pending"},
)

case(
    name="yt-read-receipt",
    **{"from": "minjiseo@google.com"}, name_from="Minji Seo",
    date=date("2024-09-05 00:12:00"), subject="Read: KCSC-246904-03 Removal request (3 videos)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b7c2"

--mdn_b7c2
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-kr@google.com
  Subject: KCSC-246904-03 Removal request (3 videos)
  Sent: Wednesday, 4 September 2024 16:40 (UTC+09:00) Seoul

was read on Thursday, 5 September 2024 09:12 (UTC+09:00) Seoul.

--mdn_b7c2
Content-Type: message/disposition-notification

Reporting-UA: google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;minjiseo@google.com
Original-Message-ID: <req-246904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b7c2--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="read receipt",
    items={},
)

# =============================================================== NAVER
case(
    name="naver-blind-tempmeasure-author-deleted",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-09 15:20:00", 9), subject="[NAVER] 게시물 처리 결과 안내 (KCSC-246905-04)",
    reply_to_req=req("KCSC-246905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

귀 위원회에서 요청하신 건(KCSC-246905-04)의 처리 결과를 아래와 같이 안내드립니다.

- {N1} : 블라인드 처리 완료
- {N2} : 정보통신망법 제44조의2에 따라 30일간 임시조치
- {N3} : 작성자가 이미 삭제하여 확인되지 않는 게시물입니다.

나머지 게시물은 검토 후 다시 안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시물 처리 결과 안내",
    why="블라인드 = removed, 임시조치 = restricted, deleted by its author = not_found",
    items={N1: "removed", N2: "restricted", N3: "not_found"},
)

case(
    name="naver-result-table-korean-path",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=date("2024-09-11 17:02:00", 9), subject="[회신] 시정요구 조치결과 (KCSC-246905-04)",
    reply_to_req=req("KCSC-246905-04"),
    type="html",
    body=f"""
<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-246905-04 시정요구에 대한 조치결과를 회신드립니다.</p>
<table border="1" cellpadding="3">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>삭제</td><td>-</td></tr>
<tr><td>2</td><td>{N4}</td><td>미조치</td><td>게시물 내용이 운영정책 및 관계 법령에 위반되지 않는 것으로 판단</td></tr>
<tr><td>3</td><td>{N5_RAW}</td><td>국내 접근 제한</td><td>해외에서는 열람 가능</td></tr>
</table>
<p>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 table",
    why="삭제 = removed; 미조치 with its reason = rejected; domestic access restriction = restricted (raw Korean path)",
    items={N3: "removed", N4: "rejected", N5: "restricted"},
)

case(
    name="naver-deleted-but-other-kept",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-10 11:45:00", 9), subject="[NAVER] 권리침해 게시물 처리 결과 (KCSC-246905-04)",
    reply_to_req=req("KCSC-246905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물은 삭제 조치하였으나, {N2} 게시물은 검토 결과 명예훼손 등 권리침해 소지가 확인되지 않아 삭제하지 않았습니다.

결과에 이의가 있으시면 고객센터로 문의해 주시기 바랍니다.

네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리침해 신고 처리 결과",
    why="one sentence: first deleted, second not deleted with its reason (rejected)",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-12 10:03:00", 9), subject="[NAVER] 신고 처리 결과 안내",
    body=f"""
안녕하세요. 신고하신 내용에 대한 처리 결과를 안내드립니다.

[접수번호] 2024-0912-55810
[요청번호] KCSC-246905-04
[신고 URL] {N4}
[처리 결과] 게시중단
[신고 URL] {N5}
[처리 결과] 게시물 없음 (이미 삭제된 게시물)

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER echoed report form with 처리 결과 per URL",
    why="게시중단 = removed; 게시물 없음 = not_found (percent-encoded Korean path)",
    items={N4: "removed", N5: "not_found"},
)

case(
    name="naver-all-suspended-bulk",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-13 14:30:00", 9), subject="[NAVER] 게시물 처리 결과 안내 (KCSC-246905-04)",
    reply_to_req=req("KCSC-246905-04"),
    body="""
안녕하세요, 네이버 고객센터입니다.

요청하신 KCSC-246905-04 건의 게시물 전체에 대해 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 처리 완료 안내 (summary only)",
    why="all five items in one statement, none named: bulk",
    items={u: "pending" for u in NS},
)

case(
    name="naver-asks-documents",
    **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    date=date("2024-09-06 16:10:00", 9), subject="[NAVER] 추가 자료 요청 (KCSC-246905-04)",
    reply_to_req=req("KCSC-246905-04"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{N1} 게시물의 권리침해 여부를 판단하기 위하여, 피해 당사자를 특정할 수 있는 자료와 침해 사실을 소명할 수 있는 자료를 추가로 제출해 주시기 바랍니다.

자료를 받은 뒤 검토를 진행하겠습니다.

네이버 고객센터 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 소명자료 요청",
    why="asks for supporting documents before deciding",
    items={N1: "pending"},
)

case(
    name="naver-korean-auto-reply",
    **{"from": "jh.park@navercorp.com"}, name_from="박지현",
    date=date("2024-09-05 09:31:02", 9), subject="[자동회신] KCSC-246905-04 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요. 박지현입니다.
9월 5일부터 9월 13일까지 휴가로 부재중입니다.
급한 업무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply",
    why="auto-reply",
    items={},
)

DSN_ORIG = f"""Request KCSC-246905-04

Please take down the following posts:
{N1}
{N2}
{N3}
{N4}
{N5}
"""
case(
    name="naver-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    date=date("2024-09-05 00:31:44"), subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_3fa9"

--dsn_3fa9
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mx1.navercorp.com[203.0.113.25] said:
    550 5.1.1 <policy-kr@navercorp.com>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)

--dsn_3fa9
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:30:12 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn_3fa9
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: KCSC-246905-04 시정요구 (5 posts)
Message-ID: <req-246905-04@kcsc.example>
Date: Thu, 05 Sep 2024 09:30:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_ORIG}
--dsn_3fa9--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification",
    why="bounce; the URLs are only in the returned request",
    items={},
)

# ======================================================= Kakao / Daum
case(
    name="daum-operator-deleted-tistory-gone",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-10 13:15:00", 9), subject="[카카오] 게시물 처리 결과 안내 (KCSC-246908-05)",
    reply_to_req=req("KCSC-246908-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 게시물의 처리 결과를 알려드립니다.

「{K1}」 게시글은 운영자 삭제되었습니다.
「{K2}」 글은 작성자가 이미 삭제한 글로, 현재 존재하지 않습니다.

감사합니다.
카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Daum cafe, Tistory) 처리 결과 안내",
    why="URLs in full-width corner brackets: 운영자 삭제 = removed; already deleted by its author = not_found",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-outlook-private-and-kept",
    **{"from": "sy.han@kakaocorp.com"}, name_from="한서윤",
    date=date("2024-09-11 16:48:00", 9), subject="RE: KCSC-246908-05 시정요구 (2건)",
    reply_to_req=req("KCSC-246908-05"),
    body=f"""
안녕하세요, 카카오 정책운영팀 한서윤입니다.

{K2} 글은 비공개 처리하였습니다.
{K1} 게시글은 카페 운영정책 및 관련 법령 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Sunday, September 8, 2024 2:10 PM
To: policy@kakaocorp.com
Subject: KCSC-246908-05 시정요구 (2건)

아래 게시물은 개인정보를 노출하고 있어 삭제를 요청합니다.

{K1}
{K2}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a Kakao policy staffer over the quoted request",
    why="비공개 처리 = removed; kept up because no violation = rejected; the quoted request asks for deletion of both",
    items={K2: "removed", K1: "rejected"},
)

case(
    name="daum-appears-deleted-will-reply",
    **{"from": "cs-policy@kakaocorp.com"}, name_from="카카오 고객센터",
    date=date("2024-09-09 10:20:00", 9), subject="[카카오] 문의 답변 (KCSC-246908-05)",
    reply_to_req=req("KCSC-246908-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

{K1} 게시글은 확인 결과 이미 삭제된 것으로 보이며, {K2} 글은 담당 부서에서 검토한 후 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao 고객센터 interim answer",
    why="'삭제된 것으로 보이며' is a hedge, and the second is a promise: no statement",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-report-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from="카카오",
    date=date("2024-09-08 14:12:00", 9), subject="[카카오] 권리침해 신고 접수 안내",
    body="""
안녕하세요, 카카오입니다.

신고가 정상적으로 접수되었습니다.
접수번호: KP-20240908-33172

처리 결과는 검토가 끝나면 이메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 안내",
    why="pure receipt",
    items={},
)

# =============================================================== TikTok
case(
    name="tiktok-removed-the-content",
    **{"from": "legal-kr@tiktok.com"}, name_from="TikTok Legal",
    date=date("2024-09-11 05:36:21"), subject="Re: KCSC-246909-06",
    reply_to_req=req("KCSC-246909-06"),
    body="""
Hi,

Thank you for your report (KCSC-246909-06). We reviewed the content you reported and removed it for violating our Community Guidelines on regulated goods.

The account owner has been notified of this decision.

Best,
TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email",
    why="one-item request: 'the content you reported ... removed' applies to its only item",
    items={TK1: "removed"},
)

case(
    name="tiktok-receipt",
    **{"from": "no-reply@tiktok.com"}, name_from="TikTok",
    date=date("2024-09-09 01:02:03"), subject="We've received your report",
    body="""
Hi,

We've received your report (ticket 118-55-902114) and our team will review it. We'll let you know when there's an update.

TikTok
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt",
    why="pure receipt",
    items={},
)


HEADER = """# blind246: what a program gets wrong (mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# corrections, tables contradicted by notes, statuses by position).
# Written by tests/corpus/blind246/make.py from each email's meaning,
# before any run of the reader. Each case is judged alone on a fresh ledger.
"""

def mime_words(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as mailers send them."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = email.header.Header(v, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        mime_words(c)
    write_requests()
    corpuslib.write_set(HERE, "blind246", HEADER, CASES)
    print(len(CASES), "cases")
