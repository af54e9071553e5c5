#!/usr/bin/env python3
"""Blind set 432: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted by its note, statuses given by position. Every email was written
from scratch in the manner of a public notice (named in `imitates`), with
fictional accounts, ids and URLs; the expected results come from each
email's meaning, written before any run of the reader.

    python3 tests/corpus/blind432/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind432"


def ko(path):
    """A Korean path percent-encoded as it is stored in requests.csv."""
    return quote(path, safe="/:-?=&")


# ---------------------------------------------------------------- requests
# R1 X, 12 items (largest)
X1 = "https://x.com/bluefinch_kr/status/1830914472031125504"
X2 = "https://x.com/bluefinch_kr/status/1830917705562632192"
X3 = "https://x.com/dalmuri_88/status/1831002218741985283"
X4 = "https://x.com/dalmuri_88/status/1831006650399621120"
X5 = "https://x.com/nightowl_trade/status/1831118804127498240"
X6 = "https://x.com/nightowl_trade/status/1831120093360079027"
X7 = "https://x.com/nightowl_trade/status/1831124517411270656"
X8 = "https://x.com/sori_pumpkin/status/1831187246983331840"
X9 = "https://x.com/sori_pumpkin/status/1831190012846792704"
X10 = "https://x.com/quietmoon_77/status/1831233509126934528"
X11 = "https://x.com/quietmoon_77/status/1831235871023321088"
X12 = "https://x.com/hangang_tips"
# R2 YouTube, 4 items
V1 = "https://www.youtube.com/watch?v=Qm7dT2vLx0A"
V2 = "https://www.youtube.com/watch?v=b8KpN3wRz5E"
V3 = "https://www.youtube.com/shorts/Hx4cV9mTq1s"
V4 = "https://www.youtube.com/@goldline_signal"
# R3 Telegram, 3 items
T1 = "https://t.me/moonbay_signals/412"
T2 = "https://t.me/moonbay_signals/415"
T3 = "https://t.me/pine_exchange_kr"
# R4 NAVER, 5 items
N1 = "https://blog.naver.com/haneul_trade/223561204871"
N2 = "https://blog.naver.com/haneul_trade/223561209932"
N3 = "https://cafe.naver.com/stockmaru/88213"
N4 = "https://cafe.naver.com/stockmaru/88240"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471230558"
# R5 Kakao, 3 items (two Tistory entries with Korean paths)
K1_RAW = "https://jiu-note.tistory.com/entry/주식-리딩방-후기"
K2_RAW = "https://jiu-note.tistory.com/entry/수익-인증"
K1 = ko(K1_RAW)
K2 = ko(K2_RAW)
K3 = "https://cafe.daum.net/richroad/Fk3a/1207"
# R6 YouTube, 1 item
V5 = "https://www.youtube.com/watch?v=Zr5uE1oKc9Y"
# R7 X, 2 items
Y1 = "https://x.com/mintleaf_04/status/1832507718843392001"
Y2 = "https://x.com/mintleaf_04/status/1832507990120484865"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message id, note
    ("KCSC-240903-01", "x", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12], "illegal_finance",
     "req-240903-01@kcsc.example", "unregistered investment advice, 5 accounts"),
    ("KCSC-240904-02", "youtube", "2024-09-04T11:30:00+09:00", "2024-09-11T23:59:59+09:00",
     [V1, V2, V3, V4], "illegal_finance", "req-240904-02@kcsc.example", "leading-room promotion videos"),
    ("KCSC-240905-03", "telegram", "2024-09-05T09:40:00+09:00", "2024-09-12T23:59:59+09:00",
     [T1, T2, T3], "illegal_finance", "req-240905-03@kcsc.example", "signal channels"),
    ("KCSC-240906-04", "naver", "2024-09-06T10:02:00+09:00", "2024-09-13T23:59:59+09:00",
     [N1, N2, N3, N4, N5], "illegal_finance", "req-240906-04@kcsc.example", "blog, cafe and kin posts"),
    ("KCSC-240909-05", "kakao", "2024-09-09T14:15:00+09:00", "2024-09-16T23:59:59+09:00",
     [K1, K2, K3], "illegal_finance", "req-240909-05@kcsc.example", "tistory and daum cafe"),
    ("KCSC-240910-06", "youtube", "2024-09-10T09:05:00+09:00", "2024-09-17T23:59:59+09:00",
     [V5], "gambling", "req-240910-06@kcsc.example", "single video"),
    ("KCSC-240910-07", "x", "2024-09-10T15:12:00+09:00", "2024-09-17T23:59:59+09:00",
     [Y1, Y2], "gambling", "req-240910-07@kcsc.example", "two posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- MIME helpers
def qp_part(text, ctype="text/plain"):
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body)


def b64(text):
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(data[i:i + 76] for i in range(0, len(data), 76))


def b64_part(text, ctype="text/plain"):
    return (f"Content-Type: {ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + b64(text))


XLEGAL = "noreply-legal@x.com"
YTLEGAL = "youtube-legal-noreply@google.com"
TGABUSE = "abuse-noreply@telegram.org"
NAVER = "policy_noreply@navercorp.com"
KAKAO = "right_noreply@kakaocorp.com"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ APPLIED
case(
    name="x-two-statuses-one-sentence",
    imitates="X legal request outcome email (country withheld content notice)",
    date="Thu, 12 Sep 2024 07:05:11 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Thank you for your report dated 10 September 2024 (your reference
KCSC-240910-07).

After reviewing the two posts, we have withheld {Y1} in South Korea under local law, and {Y2} has been removed from X for violating our rules on financial scams.

The account holder has been notified in line with our user notice policy.
More information about country withheld content is available at
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    why="one sentence carries two statuses: the first URL withheld in KR (restricted), the second removed",
    items={Y1: "restricted", Y2: "removed"},
)

table_rows = "".join(
    f"<tr><td>{u}</td><td>{a}</td></tr>\n" for u, a in [
        (X1, "Withheld (KR)"), (X2, "Withheld (KR)"),
        (X3, "Removed &ndash; violation of the X Rules"), (X7, "Withheld (KR)")])
case(
    name="x-table-corrected-by-note",
    imitates="X legal request outcome with results table (HTML), followed by a correction",
    date="Fri, 13 Sep 2024 02:41:09 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Outcome of your request KCSC-240903-01",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body>
<p>Dear KCSC team,</p>
<p>Please find below the outcome for your request KCSC-240903-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
{table_rows}</table>
<p><b>Correction to the table above:</b> the row for {X7} should not say
Withheld. That post had already been deleted by its author before our team
reached it, so X took no action on it.</p>
<p>The remaining URLs in your request are still with our team.</p>
<p>Kind regards,<br>X Legal</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    why="table gives three statuses; the note below explicitly corrects the fourth row to 'deleted by its author' (not_found)",
    items={X1: "restricted", X2: "restricted", X3: "removed", X7: "not_found"},
)

case(
    name="yt-removed-and-refused-with-reason",
    imitates="YouTube legal team reply to a government removal request (URL line then decision)",
    date="Mon, 09 Sep 2024 08:14:52 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02 - Government request for content removal",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We've reviewed the content listed in your request KCSC-240904-02.

{V1}
We removed this video because it violates YouTube's policy on spam, deceptive practices and scams.

{V2}
We did not remove this video. Having reviewed it against our Community
Guidelines and the local law cited in your notice, we did not find a
violation, so it remains available on YouTube.

We are still reviewing the remaining items and will write to you separately.

The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    why="first video removed; second refused with a reason (no violation found, stays up) = rejected",
    items={V1: "removed", V2: "rejected"},
)

case(
    name="tg-channel-not-deleted-but-restricted",
    imitates="Telegram abuse desk reply (channel geo-restricted, messages deleted)",
    date="Tue, 10 Sep 2024 11:20:33 +0000",
    **{"from": TGABUSE}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Case #4471902, your reference KCSC-240905-03.

The channel {T3} has not been deleted. It is, however, no longer available to users whose phone numbers are registered in South Korea.

The messages {T1} and {T2} were taken down by our moderators on 9 September.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    why="'has not been deleted' is negated; the channel is restricted in KR; both messages taken down",
    items={T3: "restricted", T1: "removed", T2: "removed"},
)

case(
    name="naver-mixed-statuses-korean",
    imitates="NAVER 게시중단 처리 결과 안내 (reply to a KCSC 시정요구)",
    date="Wed, 11 Sep 2024 05:32:10 +0000",
    **{"from": NAVER}, name_from="NAVER 고객센터",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    body=f"""
안녕하십니까, 네이버 게시중단 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240906-04)에 대한 처리 결과를 안내드립니다.

요청하신 블로그 게시물 중 {N1} 은 게시중단 조치하였고, {N2} 는 작성자가 이미 삭제하여 확인되지 않습니다.

카페 게시글 {N3} 은 검토 결과 관련 법령 및 네이버 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

나머지 게시물은 확인 후 다시 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    why="one sentence: 게시중단 (removed) and 작성자가 이미 삭제 (not_found); the cafe post refused for want of a violation (rejected)",
    items={N1: "removed", N2: "not_found", N3: "rejected"},
)

case(
    name="naver-hedged-clause-korean",
    imitates="NAVER 카페 게시글 처리 현황 안내",
    date="Thu, 12 Sep 2024 01:10:45 +0000",
    **{"from": NAVER}, name_from="네이버 카페 운영팀",
    subject="[네이버 카페] KCSC-240906-04 처리 현황",
    reply_to_req="req-240906-04",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

KCSC-240906-04 관련하여 카페 게시글 처리 현황을 알려드립니다.

- {N3} : 블라인드 처리 완료
- {N4} : 카페 매니저가 이미 삭제한 것으로 보이나, 실제 삭제 여부를 확인하고 있습니다.

확인이 끝나는 대로 추가로 안내드리겠습니다.

네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    why="88213 블라인드 (removed); 88240 only 'appears deleted, still checking' = hedge, stays pending",
    items={N3: "removed", N4: "pending"},
)

case(
    name="kakao-tistory-raw-korean-paths",
    imitates="Kakao 권리침해신고센터 임시조치 결과 안내 (Tistory)",
    date="Thu, 12 Sep 2024 06:45:00 +0000",
    **{"from": KAKAO}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구(KCSC-240909-05) 조치 결과 안내",
    reply_to_req="req-240909-05",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

귀 위원회의 시정요구(KCSC-240909-05)에 따른 티스토리 게시물 조치 결과를 알려드립니다.

1) {K1_RAW}
   → 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

2) {K2_RAW}
   → 검토 결과 서비스 운영정책상 제한 대상에 해당하지 않는 것으로 판단되어 게시를 유지합니다.

Daum 카페 게시글은 담당 부서에서 별도로 회신드릴 예정입니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    why="raw Korean paths match their percent-encoded form; 임시조치 = restricted; 게시 유지 with reason = rejected",
    items={K1: "restricted", K2: "rejected"},
)

case(
    name="kakao-daum-bare-url-result-below",
    imitates="Daum 고객센터 신고 게시물 처리 결과 안내",
    date="Thu, 12 Sep 2024 05:21:17 +0000",
    **{"from": "cs_noreply@daum.net"}, name_from="Daum 고객센터",
    subject="[Daum] 신고 게시물 처리 결과 안내",
    body=f"""
[Daum 고객센터] 신고 게시물 처리 결과 안내

요청번호: KCSC-240909-05

{K3}
처리결과: 삭제 완료 (운영정책 위반 - 불법 금융투자 권유)

처리일시: 2024.09.12 14:20

본 메일은 발신 전용입니다.
Daum 고객센터
""",
    outcome="applied", classification="confirmation",
    why="bare URL with 삭제 완료 on the line below (removed)",
    items={K3: "removed"},
)

case(
    name="yt-one-item-no-url",
    imitates="YouTube Trust & Safety reply naming only the request",
    date="Fri, 13 Sep 2024 09:02:40 +0000",
    **{"from": "trust-safety-noreply@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240910-06 - removal request",
    reply_to_req="req-240910-06",
    body="""
Hi,

Thanks for your patience. Following our review of your request
KCSC-240910-06, the video you reported has been removed from YouTube for
violating our Community Guidelines.

Regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="the only statement names no URL but answers a one-item request: applies to that item",
    items={V5: "removed"},
)

case(
    name="x-statuses-by-position-gmail-quote",
    imitates="X legal operations top-posted reply over the quoted request (Gmail quoting)",
    date="Fri, 13 Sep 2024 14:30:02 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Thanks for the report. The first link has been removed for breaching the X
Rules; the second is now withheld in South Korea.

Best,
X Legal Operations

On Tue, Sep 10, 2024 at 3:12 PM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under request KCSC-240910-07 we ask you to remove the following posts:
> 1. {Y1}
> 2. {Y2}
>
> Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    why="statuses by position ('the first link', 'the second') against the numbered list in the quoted request",
    items={Y1: "removed", Y2: "restricted"},
)

case(
    name="x-later-update-revises",
    imitates="X country-withheld notice with a later update appended",
    date="Fri, 13 Sep 2024 10:12:55 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding KCSC-240903-01: we have withheld the following content in South
Korea in response to your legal demand:

{X10}
{X11}
{X12}

Update, 13 September: after a second review, the post {X11} was found to break our rules and has now been removed globally, so the withholding above no longer describes it.

X Legal
""",
    outcome="applied", classification="confirmation",
    why="three withheld in KR; a later paragraph revises one of them to removed globally",
    items={X10: "restricted", X11: "removed", X12: "restricted"},
)

case(
    name="x-negation-not-withheld-removed",
    imitates="X safety team reply (removed vs. no action with reason)",
    date="Thu, 12 Sep 2024 03:50:31 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body=f"""
Hi KCSC team,

Two of the posts in KCSC-240903-01 have been handled by our safety team
rather than under local law:

- {X8} is not withheld - it was removed entirely for violating our platform manipulation and spam policy.
- {X9}: we are not taking action on this post. It does not break the X Rules, and your notice did not identify a provision of Korean law that it violates.

Thanks,
X Legal
""",
    outcome="applied", classification="confirmation",
    why="'not withheld - removed entirely' is removed; 'not taking action' with its reason is rejected",
    items={X8: "removed", X9: "rejected"},
)

csv_att = f"url,decision,date\n{V3},Age-restricted,2024-09-11\n{V4},Channel terminated,2024-09-11\n"
case(
    name="yt-csv-attachment",
    imitates="YouTube legal bulk outcome with a CSV attachment",
    date="Wed, 11 Sep 2024 12:00:09 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="KCSC-240904-02 - outcome (partial)",
    reply_to_req="req-240904-02",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_yt432csv"

--=_yt432csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Attached is the outcome for the items in KCSC-240904-02 that our team has
completed so far. The others are still under review.

YouTube Legal Support

--=_yt432csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240904-02_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240904-02_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_att)}
--=_yt432csv--
""",
    outcome="applied", classification="confirmation",
    why="CSV attachment: the Short age-restricted (restricted), the channel terminated (removed)",
    items={V3: "restricted", V4: "removed"},
)

yt_html = f"""<html><body>
<p>Hello,</p>
<p>Below is the status of each item in your request KCSC-240904-02.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr><th>Content</th><th>Action taken</th></tr>
<tr><td><a href="{V1}">{V1}</a></td><td>Blocked in South Korea (local law)</td></tr>
<tr><td><a href="{V2}">{V2}</a></td><td>No action: does not violate our policies</td></tr>
<tr><td><a href="{V3}">{V3}</a></td><td>Removed (Community Guidelines)</td></tr>
<tr><td><a href="{V4}">{V4}</a></td><td>Pending further review</td></tr>
</table>
<p>If you have questions, reply to this email.</p>
<p>&mdash; YouTube Legal Support</p>
</body></html>
"""
case(
    name="yt-html-table-quoted-printable",
    imitates="YouTube legal status table (HTML, quoted-printable)",
    date="Thu, 12 Sep 2024 07:44:21 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Status update: KCSC-240904-02",
    reply_to_req="req-240904-02",
    raw_mime=qp_part(yt_html, "text/html"),
    outcome="applied", classification="confirmation",
    why="table rows: blocked in KR (restricted), no action (rejected), removed, pending further review (pending)",
    items={V1: "restricted", V2: "rejected", V3: "removed", V4: "pending"},
)

case(
    name="tg-base64-dash-list",
    imitates="Telegram support reply (base64 body, URL - result lines)",
    date="Wed, 11 Sep 2024 16:03:12 +0000",
    **{"from": "support-noreply@telegram.org"}, name_from="Telegram Support",
    subject="Case #4471902",
    raw_mime=b64_part(f"""Hello,

This is regarding Case #4471902 (KCSC-240905-03).

{T1} - deleted.
{T2} - we could not find this message; it no longer exists in the channel.
{T3} - the channel has been blocked for users in South Korea.

Telegram Support
"""),
    outcome="applied", classification="confirmation",
    why="base64 body; deleted (removed), could not find / no longer exists (not_found), blocked for KR users (restricted)",
    items={T1: "removed", T2: "not_found", T3: "restricted"},
)

case(
    name="naver-outlook-top-posted",
    imitates="NAVER 정책지원팀 reply top-posted over an Outlook-quoted 시정요구",
    date="Tue, 10 Sep 2024 08:26:37 +0000",
    **{"from": "policy-support@navercorp.com"}, name_from="네이버 정책지원팀",
    subject="RE: [KCSC-240906-04] 시정요구 (불법 금융투자 정보)",
    reply_to_req="req-240906-04",
    body=f"""
위원회 담당자님께,

KCSC-240906-04 건 중 아래 2건은 조치를 완료하였습니다.
- 지식iN 질문 {N5} : 삭제
- 블로그 {N2} : 비공개 처리

나머지 3건은 검토 중입니다.

네이버 정책지원팀 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Friday, September 6, 2024 10:02 AM
To: policy@navercorp.com
Subject: [KCSC-240906-04] 시정요구 (불법 금융투자 정보)

아래 게시물에 대해 삭제 등 필요한 조치를 요청합니다.
1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}

방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    why="two items 삭제 / 비공개 처리 (removed); the other three are only in the quoted request and 'under review'",
    items={N5: "removed", N2: "removed", N1: "pending", N3: "pending", N4: "pending"},
)

case(
    name="x-angle-brackets-wrapped",
    imitates="X legal reply with URLs in angle brackets, one wrapped by the mailer",
    date="Thu, 12 Sep 2024 09:18:40 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

In connection with KCSC-240903-01, the posts below, which we removed on
11 September for violating our rules on financial scams, are no longer
viewable on X:

<{X10}>
<https://x.com/quietmoon_77/status/
 1831235871023321088>

X Legal
""",
    outcome="applied", classification="confirmation",
    why="status in a relative clause ('which we removed'); second URL wrapped inside angle brackets",
    items={X10: "removed", X11: "removed"},
)

case(
    name="naver-url-korean-particle-fullwidth",
    imitates="NAVER 블라인드/접속차단 처리 안내",
    date="Fri, 13 Sep 2024 04:07:19 +0000",
    **{"from": NAVER}, name_from="NAVER",
    subject="[네이버] 요청번호 KCSC-240906-04 처리 안내",
    body=f"""
안녕하세요. 네이버입니다.

요청번호 KCSC-240906-04에 대하여 말씀드립니다.

{N1}에 대해서는 블라인드 처리를 완료하였습니다.

카페 게시글（{N4}）은 국내 법령 위반 소지가 있어 대한민국 내 접속을 차단하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="URL followed directly by a Korean particle (블라인드 = removed); URL in full-width parentheses (국내 접속 차단 = restricted)",
    items={N1: "removed", N4: "restricted"},
)

case(
    name="x-ack-phrase-plus-statement",
    imitates="X case-opened message that already carries a result",
    date="Wed, 11 Sep 2024 03:33:03 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Case 0917-4471 received - KCSC-240910-07",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

We have received your report and opened case 0917-4471.

The post {Y1} has already been withheld in South Korea. We are still reviewing {Y2} and will update you once a decision is made.

X Legal
""",
    outcome="applied", classification="confirmation",
    why="acknowledgement phrase plus an unhedged withheld statement (restricted); the other post only 'still reviewing'",
    items={Y1: "restricted", Y2: "pending"},
)

case(
    name="yt-restricted-hedge-relative-promise",
    imitates="YouTube legal reply mixing an action, a hedge and a promise",
    date="Tue, 10 Sep 2024 13:59:27 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02 - Government request for content removal",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

We've restricted access in South Korea to {V1}.

The Short {V3}, which seems to have been made private by the uploader, is still being looked at by our team.

The channel {V4} will be reviewed by our policy specialists and we'll let you know the outcome.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    why="restricted in KR for V1; the Short's 'seems to have been made private' is a hedge in a relative clause (pending); channel only promised",
    items={V1: "restricted", V3: "pending", V4: "pending"},
)

case(
    name="tg-all-but-one-refused",
    imitates="Telegram abuse desk reply (taken down, but not the news channel)",
    date="Mon, 09 Sep 2024 10:42:50 +0000",
    **{"from": TGABUSE}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

We processed the three links in your request KCSC-240905-03. We took down {T1} and {T2}, but not {T3}, which is a news aggregation channel that does not violate the Telegram Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    why="one sentence: two taken down, the third excepted with a reason (rejected)",
    items={T1: "removed", T2: "removed", T3: "rejected"},
)

case(
    name="x-statement-of-reasons-kr",
    imitates="DSA-style statement of reasons (X notice of action)",
    date="Wed, 11 Sep 2024 21:15:00 +0000",
    **{"from": "notice-noreply@x.com"}, name_from="X",
    subject="Notice of action - KCSC-240903-01",
    body=f"""
Statement of reasons

Reference: KCSC-240903-01
Content: {X3}
Decision: Visibility restricted - access disabled in the Republic of Korea only
Ground: Illegal content under the laws of the Republic of Korea (notice from a public authority)
Detected by automated means: No
Decided by automated means: No

Redress: the account holder may appeal at https://help.x.com/forms/appeal-withheld-content

X Corp.
""",
    outcome="applied", classification="confirmation",
    why="access disabled in Korea only = restricted; the appeal form is X's own page, not an item",
    items={X3: "restricted"},
)

case(
    name="x-author-deleted-vs-removed",
    imitates="X legal reply (deleted by account holder vs. removed and suspended)",
    date="Sat, 14 Sep 2024 01:27:44 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Regarding three posts from @nightowl_trade in KCSC-240903-01:

{X5} and {X6} were deleted by the account holder before our review, so there was nothing left for us to act on. {X7} has been removed for violating our rules, and the account has been suspended.

X Legal
""",
    outcome="applied", classification="confirmation",
    why="two deleted by their author (not_found, not rejected despite 'nothing left to act on'); the third removed",
    items={X5: "not_found", X6: "not_found", X7: "removed"},
)

kakao_ticket = f"""안녕하세요. 카카오 고객센터입니다.

문의번호 20240913-0087712, KCSC-240909-05 관련 문의에 답변드립니다.

■ {K1_RAW} – 게시중단 처리되었습니다.
■ {K2_RAW} – 해당 주소의 게시물이 존재하지 않습니다.
■ {K3} – 카페 운영자 확인이 필요하여 검토 중입니다.

더 궁금하신 점은 이 메일에 회신해 주세요.
카카오 고객센터 드림
"""
case(
    name="kakao-ticket-answer-qp",
    imitates="Kakao 고객센터 문의 답변 메일 (quoted-printable)",
    date="Fri, 13 Sep 2024 06:02:31 +0000",
    **{"from": "cs_answer@kakaocorp.com"}, name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의에 대한 답변입니다",
    raw_mime=qp_part(kakao_ticket),
    outcome="applied", classification="confirmation",
    why="QP Korean body: 게시중단 (removed), 게시물이 존재하지 않음 (not_found), 검토 중 (pending)",
    items={K1: "removed", K2: "not_found", K3: "pending"},
)

case(
    name="yt-url-on-line-below-statement",
    imitates="YouTube local-law block notice (statement, then URL on its own line)",
    date="Thu, 12 Sep 2024 23:40:16 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240910-06 - removal request",
    reply_to_req="req-240910-06",
    body=f"""
Hello,

Your request KCSC-240910-06 has been processed. The following video has
been blocked from view in South Korea under local law, and remains
available elsewhere:

{V5}

YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    why="blocked in South Korea, URL on the line below the statement = restricted ('remains available elsewhere' is not a refusal)",
    items={V5: "restricted"},
)

case(
    name="x-bulleted-mixed",
    imitates="X legal partial outcome as a bulleted list",
    date="Sun, 15 Sep 2024 04:55:38 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Partial outcome - KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Partial outcome for KCSC-240903-01:

\u2022 {X12} \u2014 account withheld in South Korea
\u2022 {X1} \u2014 removed
\u2022 {X2} \u2014 no violation found; this post remains available
\u2022 {X4} \u2014 we were unable to locate this post

X Legal
""",
    outcome="applied", classification="confirmation",
    why="bullets: withheld in KR (restricted), removed, no violation/remains (rejected), unable to locate (not_found)",
    items={X12: "restricted", X1: "removed", X2: "rejected", X4: "not_found"},
)

# ================================================================ REVIEW
case(
    name="x-promise-only",
    imitates="X legal holding reply (withholding promised after review)",
    date="Wed, 04 Sep 2024 09:11:02 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body=f"""
Hello,

Thank you for your patience regarding KCSC-240903-01. The posts {X1} and {X2} will be withheld in South Korea once our legal team has completed its review, which we expect within five business days.

X Legal
""",
    outcome="review", review="not_understood",
    why="only a promise ('will be withheld once ...') about named items: nothing changes",
    items={X1: "pending", X2: "pending"},
)

case(
    name="yt-hedge-only",
    imitates="YouTube support reply with an unconfirmed observation",
    date="Wed, 11 Sep 2024 06:30:55 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240910-06 - removal request",
    reply_to_req="req-240910-06",
    body=f"""
Hi,

About your request KCSC-240910-06: the video {V5} appears to have been taken down by the uploader, although our systems have not yet confirmed this. We'll confirm the final status once we have it.

YouTube Legal Support
""",
    outcome="review", review="not_understood",
    why="'appears to have been taken down ... not yet confirmed' is a hedge: the one item stays pending",
    items={V5: "pending"},
)

case(
    name="tg-conditional-deletion",
    imitates="Telegram abuse desk reply (warning sent to channel admins)",
    date="Sat, 07 Sep 2024 14:08:21 +0000",
    **{"from": TGABUSE}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body=f"""
Hello,

Case #4471902. We have contacted the administrators of @moonbay_signals.
If {T2} is still online after 48 hours, the message will be deleted by our moderators. The same applies to {T1}.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    why="a condition and a future deletion, no statement about either message",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tg-bulk-all-removed",
    imitates="Telegram one-line outcome for a whole report",
    date="Sun, 08 Sep 2024 18:44:09 +0000",
    **{"from": TGABUSE}, name_from="Telegram Abuse",
    subject="Re: KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""
Hello,

All content reported under KCSC-240905-03 has been removed from Telegram.

Telegram Abuse Team
""",
    outcome="review", review="bulk", classification="confirmation",
    why="one statement for a three-item request without naming each item",
    items={T1: "pending", T2: "pending", T3: "pending"},
)

case(
    name="x-bulk-with-unnamed-exception",
    imitates="X legal summary reply for a multi-item demand",
    date="Mon, 16 Sep 2024 02:19:50 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Re: [KCSC-240903-01] Request to remove content",
    reply_to_req="req-240903-01",
    body="""
Hello,

We have withheld the posts reported in KCSC-240903-01 in South Korea, except
for two that had already been deleted by their authors.

X Legal
""",
    outcome="review", review="bulk", classification="confirmation",
    why="bulk statement for twelve items with an exception that names neither post",
)

naver_conflict = f"""<html><body>
<p>안녕하세요. 네이버 게시중단 담당자입니다.</p>
<p>KCSC-240906-04 건의 처리 결과표를 보내드립니다.</p>
<table border="1">
<tr><th>번호</th><th>URL</th><th>처리결과</th></tr>
<tr><td>1</td><td>{N4}</td><td>게시중단</td></tr>
</table>
<p>※ 참고: {N4} 게시물은 검토 결과 위반 사항이 확인되지 않아 게시를 유지하고 있습니다.</p>
<p>네이버 드림</p>
</body></html>"""
case(
    name="naver-table-conflicts-with-note",
    imitates="NAVER 처리 결과표 (HTML) with a footnote",
    date="Mon, 16 Sep 2024 07:35:12 +0000",
    **{"from": NAVER}, name_from="NAVER",
    subject="[네이버] KCSC-240906-04 처리 결과표",
    reply_to_req="req-240906-04",
    type="html",
    body=naver_conflict,
    outcome="review", review="conflicting_statements",
    why="table says 게시중단, the note says the same post is kept up; neither is marked as the correction",
    items={N4: "pending"},
)

case(
    name="x-auth-fail",
    imitates="X legal outcome email failing DMARC",
    date="Fri, 13 Sep 2024 11:11:11 +0000",
    **{"from": XLEGAL}, name_from="X Legal", auth="fail",
    subject="Re: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    body=f"""
Hello,

Both posts in KCSC-240910-07 have been removed:
{Y1}
{Y2}

X Legal
""",
    outcome="review", review="untrusted",
    why="x.com sender fails DKIM/SPF/DMARC: statements not applied",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="law-firm-unknown-sender",
    imitates="letter from the account holder's lawyer",
    date="Thu, 12 Sep 2024 08:00:00 +0000",
    **{"from": "counsel@hyunseo-law.example"}, name_from="Hyunseo Law Office", auth="none",
    subject="KCSC-240903-01 - voluntary deletion by our client",
    body=f"""
Dear Sir or Madam,

We act for the holder of the X account @dalmuri_88. Our client has voluntarily deleted {X4} and asks that request KCSC-240903-01 be closed as regards that post.

Yours faithfully,
Hyunseo Law Office
""",
    outcome="review", review="unknown_sender",
    why="a third party (not a platform domain) reporting a deletion; only the platform's word counts",
    items={X4: "pending"},
)

case(
    name="google-search-delisting-telegram-url",
    imitates="Google legal removal (search delisting) notice",
    date="Fri, 13 Sep 2024 15:26:48 +0000",
    **{"from": "removals-noreply@google.com"}, name_from="Google Legal",
    subject="Your legal removal request",
    body=f"""
Hello,

In response to your notice, we have removed the following URL from Google
Search results for users in South Korea:

{T3}

Please note that Google does not host this content. To have it removed at
the source, contact the site owner.

The Google Legal Team
""",
    outcome="review", review="wrong_platform",
    why="google.com is a YouTube sender; it states a status for a Telegram item",
    items={T3: "pending"},
)

case(
    name="x-policy-notice-no-claims",
    imitates="X legal notice about a change of intake channel",
    date="Mon, 16 Sep 2024 00:00:05 +0000",
    **{"from": XLEGAL}, name_from="X Legal",
    subject="Change to how X receives legal requests from Korean authorities",
    body="""
Hello,

Starting 1 October 2024, X will accept legal requests from Korean
authorities only through the Legal Request portal at
https://legal.x.com/en/gov-request.html

Requests sent by email after that date will not be processed. Requests
already submitted are not affected.

X Legal
""",
    outcome="review", review="no_claims",
    why="trusted X email naming no item and no request; the portal link is X's own page",
)

case(
    name="yt-asks-more-info",
    imitates="YouTube legal request for more information (specific videos, timestamps, legal basis)",
    date="Fri, 06 Sep 2024 05:49:31 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="Re: KCSC-240904-02 - additional information needed",
    reply_to_req="req-240904-02",
    body=f"""
Hello,

Thank you for your request KCSC-240904-02. Before we can act on {V4} we need more information: please tell us which specific videos on the channel contain the content you consider unlawful, with timestamps, and the exact provision of Korean law that applies.

Please reply to this email with these details.

YouTube Legal Support
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for details before acting; the channel stays pending",
    items={V4: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    imitates="Outlook 자동 회신 (부재중)",
    date="Fri, 06 Sep 2024 01:03:11 +0000",
    **{"from": "jiyoon.park@navercorp.com"}, name_from="박지윤",
    subject="자동 회신: [KCSC-240906-04] 시정요구 (불법 금융투자 정보)",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요.

저는 9월 13일(금)까지 휴가로 부재중입니다. 복귀 후 확인하여 회신드리겠습니다.
급한 용무는 policy@navercorp.com 으로 연락 바랍니다.

박지윤 드림
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office reply",
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [KCSC-240905-03] Request to remove content
Date: Thu, 05 Sep 2024 09:40:00 +0900
Message-ID: <req-240905-03@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Under request KCSC-240905-03 we ask you to remove:
{T1}
{T2}
{T3}

Korea Communications Standards Commission
"""
case(
    name="dsn-telegram-mailbox-full",
    imitates="Postfix delivery status notification (mailbox full)",
    date="Thu, 05 Sep 2024 00:41:07 +0000",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System", auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn432.1725496867"

--dsn432.1725496867
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dsa@telegram.org>: host mail.telegram.org[203.0.113.45] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn432.1725496867
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu,  5 Sep 2024 09:40:02 +0900 (KST)

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.telegram.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn432.1725496867
Content-Description: Undelivered Message
Content-Type: message/rfc822

{dsn_orig}
--dsn432.1725496867--
""",
    outcome="ignored", classification="bounce",
    why="DSN; the URLs are in the returned request",
)

case(
    name="x-read-receipt",
    imitates="MDN read receipt (disposition-notification)",
    date="Tue, 10 Sep 2024 07:02:44 +0000",
    **{"from": "legal-ops@x.com"}, name_from="X Legal Operations",
    subject="Read: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn432x"

--mdn432x
Content-Type: text/plain; charset=utf-8

Your message

  To: legal-ops@x.com
  Subject: [KCSC-240910-07] Request to remove content
  Sent: Tue, 10 Sep 2024 15:12:00 +0900

was read on Tue, 10 Sep 2024 16:02:44 +0900.

--mdn432x
Content-Type: message/disposition-notification

Reporting-UA: legal-ops-mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal-ops@x.com
Original-Message-ID: <req-240910-07@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn432x--
""",
    outcome="ignored", classification="read_receipt",
    why="read receipt",
)

case(
    name="yt-request-received",
    imitates="YouTube/Google legal ticket receipt",
    date="Wed, 04 Sep 2024 02:31:58 +0000",
    **{"from": YTLEGAL}, name_from="YouTube Legal Support",
    subject="We've received your request [7-4471000029] KCSC-240904-02",
    reply_to_req="req-240904-02",
    body="""
Hello,

We've received your request and assigned it the ID 7-4471000029.

Our team will review it and respond to you by email. You can reply to this
message to add information to your request.

YouTube Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    why="pure ticket receipt",
)

case(
    name="kakao-receipt-echoes-urls",
    imitates="Kakao 권리침해신고 접수 완료 안내 (echo of the report)",
    date="Mon, 09 Sep 2024 05:20:14 +0000",
    **{"from": KAKAO}, name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해신고 접수 완료 안내",
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호: R-2024090900451
요청번호: KCSC-240909-05
신고 URL:
{K1_RAW}
{K2_RAW}
{K3}

처리 결과는 검토 후 메일로 안내드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    why="receipt that echoes the reported URLs; no statement about them",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="tg-automated-response",
    imitates="Telegram automated response from an abuse mailbox",
    date="Thu, 05 Sep 2024 00:41:30 +0000",
    **{"from": "dsa@telegram.org"}, name_from="Telegram",
    subject="Automatic reply: [KCSC-240905-03] Request to remove content",
    reply_to_req="req-240905-03",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response.

Thank you for contacting Telegram. Messages sent to this address are
processed in the order they arrive. We may not reply to every message
individually.
""",
    outcome="ignored", classification="auto_reply",
    why="automated response",
)

case(
    name="x-out-of-office-quoted-request",
    imitates="Outlook out-of-office reply quoting the request",
    date="Tue, 10 Sep 2024 06:13:20 +0000",
    **{"from": "minji.seo@x.com"}, name_from="Minji Seo",
    subject="Automatic reply: [KCSC-240910-07] Request to remove content",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Hi,

I'm out of the office until 16 September with limited access to email.
For urgent legal matters please contact legal@x.com.

Minji

> Under request KCSC-240910-07 we ask you to remove the following posts:
> 1. {Y1}
> 2. {Y2}
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office; the URLs are only in the quoted request",
    items={Y1: "pending", Y2: "pending"},
)

HEADER = """# Blind set 432 (tests/corpus/blind432/make.py writes this file).
# Focus: what a program gets wrong (mixed statuses in one sentence, hedges in
# relative clauses, negations, refusals with reasons, revising sentences,
# table vs. note, statuses by position). Expected results written from each
# email's meaning before any run of the reader.
"""

def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    real mailers send them."""
    from email.header import Header
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    encode_headers()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
