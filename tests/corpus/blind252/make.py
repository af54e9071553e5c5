#!/usr/bin/env python3
"""Blind set blind252: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted (or corrected) by its note, statuses given by position.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind252/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)
INFL_RAW = "https://in.naver.com/달빛상점/contents/internal/7781"
INFL = "https://in.naver.com/" + quote("달빛상점") + "/contents/internal/7781"
KIN = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471122334"

N_B1 = "https://blog.naver.com/moonlit_trade/223514001"
N_B2 = "https://blog.naver.com/moonlit_trade/223514002"
N_B3 = "https://blog.naver.com/moonlit_trade/223514003"
N_C10 = "https://cafe.naver.com/pillmarket77/4410"
N_C11 = "https://cafe.naver.com/pillmarket77/4411"
N_C15 = "https://cafe.naver.com/pillmarket77/4415"
N_C20 = "https://cafe.naver.com/pillmarket77/4420"
N_G15 = "https://blog.naver.com/seoul_greenleaf/223520115"
N_G16 = "https://blog.naver.com/seoul_greenleaf/223520116"
N_G30 = "https://blog.naver.com/seoul_greenleaf/223520130"
NAVER_ALL = [N_B1, N_B2, N_B3, N_C10, N_C11, N_C15, N_C20, N_G15, N_G16, KIN, INFL, N_G30]

X1 = "https://x.com/lucky7_slotkr/status/1829001122334455667"
X2 = "https://x.com/lucky7_slotkr/status/1829001122334455668"
X3 = "https://x.com/toto_jackpot88/status/1829114455667788990"
X4 = "https://x.com/toto_jackpot88"
X_ALL = [X1, X2, X3, X4]

Y1 = "https://www.youtube.com/watch?v=Qm7dLx2VbT0"
Y2 = "https://www.youtube.com/watch?v=Hk3pZr9WcE4"
Y3 = "https://www.youtube.com/@nightbet_live"
Y_ALL = [Y1, Y2, Y3]

T1 = "https://t.me/herbhouse_seoul"
T2 = "https://t.me/herbhouse_seoul/312"
T3 = "https://t.me/herbhouse_seoul/318"
T4 = "https://t.me/gangnam_drop_kr"
T5 = "https://t.me/gangnam_drop_kr/57"
T_ALL = [T1, T2, T3, T4, T5]

K1 = "https://cafe.daum.net/bluemoonrx/Kd9x/118"
K2 = "https://cafe.daum.net/bluemoonrx/Kd9x/121"
K3 = "https://silverline-deal.tistory.com/45"
K_ALL = [K1, K2, K3]

TT1 = "https://www.tiktok.com/@quickcash_kr/video/7409912345678901234"
TT2 = "https://www.tiktok.com/@quickcash_kr/video/7409912345678905678"
TT_ALL = [TT1, TT2]

XL = "https://x.com/fastloan_dm/status/1833300011122233344"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", NAVER_ALL, "drugs",
     "blog and cafe posts selling prescription drugs"),
    (R2, "x", "2024-09-04T09:30:00+09:00", "2024-09-11T18:00:00+09:00", X_ALL, "gambling",
     "illegal online gambling promotion"),
    (R3, "youtube", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00", Y_ALL, "gambling",
     "live betting channel and videos"),
    (R4, "telegram", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00", T_ALL, "drugs",
     "drug sale channels"),
    (R5, "kakao", "2024-09-09T14:10:00+09:00", "2024-09-16T18:00:00+09:00", K_ALL, "drugs",
     "Daum cafe and Tistory posts selling diet pills"),
    (R6, "tiktok", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", TT_ALL, "fraud",
     "unregistered loan advertising"),
    (R7, "x", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", [XL], "fraud",
     "private loan scam post"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


def pend(urls):
    return {u: "pending" for u in urls}


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


AUTO = ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]

CASES = []


def case(**kw):
    # Display names outside ASCII are RFC 2047-encoded, as mail clients send them.
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        kw["name_from"] = Header(nf, "utf-8").encode()
    CASES.append(kw)


# ================================================================ APPLIED

case(
    name="naver-ko-three-statuses-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리침해 신고센터 게시물 조치 결과 안내",
    why="one Korean sentence gives three statuses (삭제, 임시조치, 작성자 삭제로 존재하지 않음), particles after URLs",
    items={N_B1: "removed", N_B2: "restricted", N_B3: "not_found"},
    **{"from": "rights@navercorp.com"},
    date=d(5, 16, 20, 11), subject=f"[NAVER] 게시물 조치 결과 안내 ({R1})",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 권리침해 신고센터입니다.

방송통신심의위원회에서 2024년 9월 3일 요청하신 건({R1})의 처리 결과를 알려드립니다.

요청하신 블로그 게시물 중 {N_B1} 은 삭제하였고, {N_B2}는 임시조치하였으며, {N_B3} 은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 요청 게시물은 확인 후 별도로 회신드리겠습니다.

네이버 운영정책: https://policy.naver.com/policy/service.html

감사합니다.
네이버 권리보호팀 드림
""",
)

case(
    name="x-three-actions-one-sentence",
    outcome="applied", classification="confirmation",
    imitates="X legal request outcome email (country withheld / removed / already deleted)",
    why="one English sentence withholds one post, removes another and reports a third already deleted by its author",
    items={X1: "restricted", X2: "removed", X3: "not_found"},
    **{"from": "legal-ops@x.com"},
    date=d(6, 3, 41, 7), subject=f"Re: {R2} removal request",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Thank you for your request, reference {R2}.

After reviewing the reported content, we have withheld {X1} in South Korea, removed {X2} for violating the X Rules on illegal gambling promotion, and found that {X3} had already been deleted by the account holder before our review.

You can read more about country withheld content here:
https://help.x.com/en/rules-and-policies/post-withheld-by-country

Regards,
X Legal
""",
)

case(
    name="yt-removed-rejected-channel-still-reviewed",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email for a government removal request",
    why="bulleted outcomes: one video removed, one kept up with a stated reason (rejected), the channel still under review (pending)",
    items={Y1: "removed", Y2: "rejected", Y3: "pending"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(9, 10, 5, 33), subject=f"Your legal request {R3} - outcome",
    body=f"""
Hello,

Thanks for reaching out to us about your request {R3}. We've reviewed the content you reported and want to let you know the outcome:

- {Y1} was removed for violating YouTube's policy on regulated goods.
- We have decided not to take action on {Y2}. It does not violate our Community Guidelines, and after legal review we did not find it to be unlawful under the Korean law you cited, so it remains available.
- The channel {Y3} is still being reviewed by our team. We'll get back to you once we've reached a decision.

To learn more about our policies, visit https://support.google.com/youtube/answer/9803434

Sincerely,
The YouTube Legal Support Team
""",
)

case(
    name="tg-restricted-then-removed",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply to a regulator's report",
    why="the first sentence says restricted in Korea, the later one says the channel has since been removed entirely: removed",
    items={T1: "removed"},
    **{"from": "abuse@telegram.org"},
    date=d(11, 19, 2, 45), subject=f"Re: {R4} Case #4820113",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Regarding your report {R4} (Case #4820113).

Our moderators initially restricted {T1} so that it could not be viewed from South Korea. After an escalation on 10 September the channel was found to be selling controlled substances, and it has since been removed from Telegram entirely; the earlier restriction no longer applies.

The remaining links in your report are still with the moderation team.

--
Telegram Abuse Team
""",
)

NOTE_CORRECTS_HTML = f"""<html><body style="font-family:Malgun Gothic,sans-serif">
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>{R1} 요청 건 중 카페 게시물의 처리 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>처리결과</th><th>처리일</th></tr>
<tr><td>1</td><td>{N_C10}</td><td>삭제</td><td>2024-09-06</td></tr>
<tr><td>2</td><td>{N_C11}</td><td>임시조치</td><td>2024-09-06</td></tr>
</table>
<p>※ 정정 안내: 위 표 2번 게시물({N_C11})의 처리결과가 &#39;임시조치&#39;로 잘못 기재되었습니다.
해당 게시물은 9월 6일 당사 검토에 따라 <b>삭제</b> 처리되었습니다. 혼란을 드려 죄송합니다.</p>
<p>카페 운영원칙: <a href="https://section.cafe.naver.com/ca-fe/rule">https://section.cafe.naver.com/ca-fe/rule</a></p>
<p>네이버 카페 운영팀 드림</p>
</body></html>"""

case(
    name="naver-html-table-note-corrects-row",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 처리 결과 HTML table with a 정정 안내 note",
    why="the note below the table explicitly corrects row 2 from 임시조치 to 삭제; row 1 삭제",
    items={N_C10: "removed", N_C11: "removed"},
    **{"from": "cafe_admin@navercorp.com"},
    date=d(6, 17, 48, 2), subject=f"[네이버 카페] 게시물 처리 결과 ({R1})",
    type="html", body=NOTE_CORRECTS_HTML,
)

case(
    name="daum-by-position-ko",
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 시정요구 처리 결과 안내 (Daum cafe)",
    why="URLs numbered 1) 2) above; the result sentence refers to them by number: 1) 삭제, 2) 국내 접근 제한",
    items={K1: "removed", K2: "restricted"},
    **{"from": "cs-report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d(12, 11, 30, 9), subject=f"[카카오] 시정요구 처리 결과 안내 ({R5})",
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회의 시정요구({R5})와 관련하여 아래 게시물을 확인하였습니다.

1) {K1}
2) {K2}

검토 결과, 위 게시물 중 1)번 게시물은 운영정책에 따라 삭제하였고, 2)번 게시물은 국내 이용자의 접근을 제한하였습니다.

티스토리 게시물은 확인이 끝나는 대로 다시 안내드리겠습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
감사합니다.
""",
)

case(
    name="tiktok-video-labels",
    outcome="applied", classification="confirmation",
    imitates="TikTok Trust & Safety response to a government notice",
    why="videos labelled A and B with their URLs, outcomes given per label below: A removed, B restricted in Korea",
    items={TT1: "removed", TT2: "restricted"},
    **{"from": "legal-notice@tiktok.com"},
    name_from="TikTok Trust & Safety",
    date=d(13, 8, 12, 40), subject=f"Your report {R6}",
    reply_to_req=mid(R6),
    body=f"""
Hi,

Thank you for your report (ref. {R6}). We reviewed the following videos:

Video A: {TT1}
Video B: {TT2}

Outcome
Video A - removed for violating our Community Guidelines (frauds and scams).
Video B - restricted: no longer available to users in the Republic of Korea under local law.

The account owner has been notified and may appeal at https://www.tiktok.com/legal/report/appeal

TikTok Trust & Safety
""",
)

case(
    name="x-not-removed-but-withheld",
    outcome="applied", classification="confirmation",
    imitates="X country-withheld notice to a government requester",
    why="'has not been removed' followed by 'it has been withheld in South Korea': restricted",
    items={XL: "restricted"},
    **{"from": "legal-ops@x.com"},
    date=d(13, 2, 17, 55), subject=f"Re: {R7}",
    reply_to_req=mid(R7),
    body=f"""
Hello,

We are writing in response to your request {R7}.

The reported post {XL} has not been removed from X. In response to your request, however, it has been withheld in South Korea and is no longer visible to users in that country.

Learn more: https://help.x.com/en/rules-and-policies/post-withheld-by-country

X Legal
""",
)

case(
    name="yt-not-removed-channel-terminated",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support follow-up (refusal with reason, channel termination)",
    why="'We did not remove' the video with a reason (rejected); the channel 'has been terminated' (removed)",
    items={Y2: "rejected", Y3: "removed"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(12, 9, 44, 18), subject=f"Re: {R3} follow-up",
    body=f"""
Hello,

Following up on {R3}.

We did not remove {Y2}. Our reviewers found that the video is commentary about online betting and does not promote or facilitate it, so it does not break our Community Guidelines and it stays on YouTube.

The channel {Y3}, on the other hand, has been terminated for repeated violations of our policy on online gambling.

Best regards,
YouTube Legal Support
""",
)

case(
    name="tg-ack-plus-relative-clause-hedges",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (thanks-for-your-report opening, then results)",
    why="hedges sit only in relative clauses ('which appears to have been abandoned', 'which may have been deleted'); main clauses state blocked / could not locate",
    items={T4: "removed", T3: "not_found"},
    **{"from": "abuse@telegram.org"},
    date=d(9, 22, 5, 1), subject=f"Re: {R4} Case #4820119",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Thank you for your report. We have received it and reviewed the links. Case #4820119.

{T4}, which appears to have been abandoned by its owner some weeks ago, has been blocked and is no longer accessible on Telegram.

We could not locate {T3}, which may have been deleted by its author before our moderators looked at it.

Telegram Abuse Team
""",
)

case(
    name="daum-not-deleted-kept-up",
    outcome="applied", classification="confirmation",
    imitates="Kakao 운영정책팀 처리 결과 안내 (Daum cafe and Tistory)",
    why="'삭제되지 않았습니다' with the reason (위반 사항 없음, 게시 유지) is a refusal: rejected; Tistory post 게시중단: removed",
    items={K2: "rejected", K3: "removed"},
    **{"from": "policy@kakaocorp.com"},
    name_from="카카오 운영정책팀",
    date=d(13, 15, 3, 27), subject=f"[카카오] {R5} 처리 결과",
    body=f"""
안녕하세요. 카카오 운영정책팀입니다.

요청번호 {R5} 관련 처리 결과를 안내드립니다.

■ {K2}
해당 게시물은 삭제되지 않았습니다. 검토 결과 의약품 판매글이 아닌 개인 복용 후기로 확인되어 운영정책 위반 사항이 없으므로 게시를 유지합니다.

■ {K3}
티스토리 운영정책에 따라 게시중단 조치하였습니다.

문의사항은 이 메일로 회신 주시기 바랍니다.
""",
)

CSV_ATT = f"""번호,URL,처리결과,비고
1,{N_C15},임시조치,30일
2,{N_C20},삭제,
3,{N_G30},게시물 없음,작성자 삭제
4,{KIN},미조치,위반 사항 없음(정보 제공 목적의 질문)
"""

case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 회신 with a CSV attachment (시정요구 조치결과)",
    why="CSV rows: 임시조치, 삭제, 게시물 없음, 미조치 with reason 위반 사항 없음",
    items={N_C15: "restricted", N_C20: "removed", N_G30: "not_found", KIN: "rejected"},
    **{"from": "rights@navercorp.com"},
    date=d(10, 14, 0, 50), subject=f"[NAVER] {R1} 처리 결과 (첨부)",
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_b252_csv"

--=_nv_b252_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f"안녕하세요. 네이버 권리침해 신고센터입니다.{chr(10)}{chr(10)}{R1} 요청 건 중 4건의 처리 결과를 첨부 파일로 보내드립니다.{chr(10)}나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.{chr(10)}{chr(10)}감사합니다.{chr(10)}")}

--=_nv_b252_csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_nv_b252_csv--
""",
)

FULL_ROWS = [
    (N_B1, "삭제"), (N_B2, "삭제"), (N_B3, "게시물 없음(작성자 삭제)"),
    (N_C10, "블라인드"), (N_C11, "임시조치"), (N_C15, "임시조치"), (N_C20, "삭제"),
    (N_G15, "미조치(위반사항 없음)"), (N_G16, "검토 중"), (KIN, "운영자 삭제"),
    (INFL_RAW, "비공개 처리"), (N_G30, "삭제"),
]
FULL_HTML = (
    "<html><body>\n<p>방송통신심의위원회 귀중</p>\n"
    f"<p>시정요구({R1})에 대한 조치결과를 아래와 같이 통보합니다.</p>\n"
    "<table border=\"1\">\n<tr><th>연번</th><th>URL</th><th>조치결과</th></tr>\n"
    + "".join(f"<tr><td>{i}</td><td>{u}</td><td>{s}</td></tr>\n" for i, (u, s) in enumerate(FULL_ROWS, 1))
    + "</table>\n<p>검토 중인 건은 조치 완료 후 추가로 통보하겠습니다.</p>\n"
    "<p>네이버 주식회사 정책협력팀</p>\n</body></html>\n"
)

case(
    name="naver-kcsc-result-table-base64",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 table (portal to KCSC), base64 HTML",
    why="12-row table: 삭제, 블라인드, 운영자 삭제, 비공개 처리 (removed); 임시조치 (restricted); 게시물 없음 (not_found); 미조치(위반사항 없음) (rejected); 검토 중 (pending)",
    items={N_B1: "removed", N_B2: "removed", N_B3: "not_found", N_C10: "removed",
           N_C11: "restricted", N_C15: "restricted", N_C20: "removed", N_G15: "rejected",
           N_G16: "pending", KIN: "removed", INFL: "removed", N_G30: "removed"},
    **{"from": "policy@navercorp.com"},
    date=d(12, 18, 31, 4), subject=f"[네이버] 시정요구 조치결과 통보 ({R1})",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(FULL_HTML)}
""",
)

case(
    name="x-top-posted-over-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="X legal operations agent reply top-posted over the quoted request (Gmail style)",
    why="two statements above the quote (post removed, account suspended); the quoted request's other URLs stay pending",
    items={X1: "removed", X4: "removed", X2: "pending", X3: "pending"},
    **{"from": "dana.k@x.com"},
    name_from="Dana K (X Legal)",
    date=d(10, 1, 15, 36), subject=f"Re: [{R2}] Request to remove illegal gambling content",
    reply_to_req=mid(R2),
    body=f"""
Hi,

{X1} has been removed, and the account {X4} has been suspended for violating our rules on spam and gambling.

Thanks,
Dana
X Legal Operations

On Wed, Sep 4, 2024 at 9:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear X Legal,
>
> Under reference {R2} we ask you to remove the following content
> promoting illegal online gambling:
>
> 1. {X1}
> 2. {X2}
> 3. {X3}
> 4. {X4}
>
> Please remove or restrict access to these items by 11 September.
>
> Korea Communications Standards Commission
""",
)

QP_TEXT = f"""Hello,

Thank you for your legal request {R3}. We have completed our review of the two videos.

The video {Y1} has been actioned under our policies.

The video {Y2} has not been removed, but it has been age-restricted: viewers must be signed in and 18 or older to watch it.

For information about age restrictions, see https://support.google.com/youtube/answer/2802167 — this page also explains how the uploader can appeal.

Regards,
YouTube Legal Support · 유튜브 법무지원팀
"""

case(
    name="yt-qp-actioned-and-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome email, quoted-printable body with soft-wrapped URLs",
    why="'has been actioned under our policies' (config phrase: removed); 'has not been removed, but ... age-restricted': restricted",
    items={Y1: "removed", Y2: "restricted"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(10, 7, 58, 12), subject=f"Re: {R3}",
    reply_to_req=mid(R3),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
""",
)

case(
    name="tg-bare-url-status-below",
    outcome="applied", classification="confirmation",
    imitates="Telegram support per-link results list",
    why="bare URL lines with 'Status:' on the line below: blocked on all platforms, not found, pending decision",
    items={T2: "removed", T3: "not_found", T5: "pending"},
    **{"from": "support@telegram.org"},
    date=d(10, 20, 40, 0), subject=f"Case #4820127 - {R4}",
    body=f"""
Hi,

Case #4820127 - results for the links in {R4}:

{T2}
Status: blocked on all platforms

{T3}
Status: not found, this message ID does not exist in the channel

{T5}
Status: pending moderator decision

Telegram Support
""",
)

case(
    name="naver-statement-above-angle-url",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 임시조치/삭제 안내 with the URL on the line below its statement",
    why="each statement ends with a colon-less sentence and its URL follows in angle brackets on the next line",
    items={N_C15: "restricted", N_C20: "removed"},
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d(6, 13, 22, 47), subject=f"[네이버 고객센터] {R1} 카페 게시물 처리 결과",
    body=f"""
안녕하세요, 네이버 고객센터입니다.

{R1} 요청 건 중 카페 게시물 2건의 처리 결과입니다.

아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치되었습니다.
<{N_C15}>

아래 게시물은 카페 운영원칙 위반으로 삭제되었습니다.
<{N_C20}>

임시조치 안내: https://help.naver.com/service/5640/contents/1234

감사합니다.
""",
)

case(
    name="tiktok-statement-of-reasons",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (TikTok) per content item",
    why="Decision: restriction of visibility in KR (restricted); Decision: no action with ground 'does not violate' (rejected)",
    items={TT1: "restricted", TT2: "rejected"},
    **{"from": "dsa-notices@tiktok.com"},
    name_from="TikTok",
    date=d(12, 6, 3, 30), subject=f"Statement of reasons - notice {R6}",
    body=f"""
Statement of reasons - notice {R6}

Content: {TT1}
Decision: Restriction of visibility - content not available in: Republic of Korea (KR)
Ground: Illegal content under local law (Act on Registration of Credit Business)
Automated detection: No. Automated decision: No.

Content: {TT2}
Decision: No action taken
Ground: The content does not violate TikTok's Community Guidelines, and we did not find it to be illegal under the law cited in the notice.

Redress: you may request a review of this decision at https://www.tiktok.com/legal/report/feedback
""",
)

case(
    name="naver-temporary-then-final-deletion",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 운영팀 reply (임시조치 later turned into 삭제)",
    why="first sentence says 임시조치, the next says 최종적으로 삭제: removed; second post deleted by its author before review: not_found",
    items={N_G15: "removed", N_G16: "not_found"},
    **{"from": "blog_help@navercorp.com"},
    date=d(10, 10, 11, 51), subject=f"Re: {R1} 블로그 게시물 관련",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

{R1} 관련하여 말씀드립니다.

{N_G15} 게시물은 9월 5일 우선 임시조치하였습니다. 이후 추가 검토에서 불법 의약품 판매 게시물로 확인되어 9월 9일 최종적으로 삭제 처리하였습니다.

{N_G16} 게시물은 저희가 확인하기 전에 작성자가 직접 삭제하여 더 이상 존재하지 않습니다.

감사합니다.
""",
)

case(
    name="x-wrapped-angle-url-and-refusal",
    outcome="applied", classification="confirmation",
    imitates="X legal reply, plain text wrapped at 72 columns",
    why="a URL in angle brackets wrapped across two lines could not be found (not_found); a second post 'remains available' because it does not violate (rejected)",
    items={X3: "not_found", X2: "rejected"},
    **{"from": "legal-ops@x.com"},
    date=d(9, 4, 26, 19), subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hello,

Regarding your request {R2}, the post
<https://x.com/toto_jackpot88/status/
1829114455667788990> could not be found. It was deleted before we
received your request.

Separately, the post <{X2}>
remains available. We reviewed it against the X Rules and applicable
local law and found that it does not violate them.

X Legal
""",
)

case(
    name="x-sole-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="X short confirmation in the request thread",
    why="reply in the thread of a one-item request: 'The post you reported has been removed' applies to that item",
    items={XL: "removed"},
    **{"from": "legal-ops@x.com"},
    date=d(12, 23, 9, 3), subject=f"Re: {R7} Removal request",
    reply_to_req=mid(R7),
    body="""
Hello,

Thank you for your request. The post you reported has been removed for violating our rules on financial scams.

X Legal
""",
)

case(
    name="daum-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고 담당자 reply above an Outlook '-----Original Message-----' block",
    why="블라인드 (removed) and a refusal with reason (rejected) above the quote; the quoted request's third URL stays pending",
    items={K1: "removed", K3: "rejected", K2: "pending"},
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 권리침해신고",
    date=d(11, 16, 40, 22), subject=f"RE: [{R5}] 시정요구",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, 카카오 권리침해신고 담당자입니다.

{K1} 게시물은 블라인드 처리되었습니다.
{K3} 게시물은 신고 사유에 해당하는 내용이 확인되지 않아 별도의 조치를 하지 않았습니다.

감사합니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:10 PM
To: report@kakaocorp.com
Subject: [{R5}] 시정요구

아래 게시물에 대해 삭제 또는 접속차단을 요청합니다.
{K1}
{K2}
{K3}
""",
)

case(
    name="naver-kin-fullwidth-punctuation",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN / 인플루언서 운영자 조치 안내",
    why="URL closed by a full-width parenthesis and particle (운영자 삭제: removed); raw Korean path URL 비공개 처리: removed",
    items={KIN: "removed", INFL: "removed"},
    **{"from": "rights@navercorp.com"},
    date=d(11, 9, 12, 0), subject=f"[NAVER] {R1} 지식iN·인플루언서 게시물 조치 안내",
    body=f"""
안녕하세요. 네이버 권리침해 신고센터입니다.

요청번호 {R1} 관련, 지식iN 질문（{KIN}）은 운영자 삭제 처리되었습니다。또한 인플루언서 콘텐츠 {INFL_RAW} 은 비공개 처리되었습니다.

감사합니다.
""",
)

case(
    name="tg-taken-down-but-not-channel",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (partial action with reason)",
    why="'taken down X but not the channel Y itself ... so it stays up': removed and rejected in one sentence",
    items={T5: "removed", T4: "rejected"},
    **{"from": "abuse@telegram.org"},
    date=d(12, 21, 55, 8), subject=f"Re: {R4} Case #4820131",
    reply_to_req=mid(R4),
    body=f"""
Hi,

Case #4820131. We've taken down {T5} but not the channel {T4} itself: apart from that one message, the channel's content does not violate the Telegram Terms of Service, so it stays up.

Telegram Abuse Team
""",
)

case(
    name="yt-echoed-submission-blocked-in-kr",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal complaint outcome echoing the submitted web form",
    why="the echoed submission names one URL; 'blocked this video from view in South Korea': restricted",
    items={Y1: "restricted"},
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date=d(8, 12, 1, 44), subject="Update on your legal complaint",
    body=f"""
Hi,

Thanks for submitting a legal complaint to YouTube.

-- Your submission --
Reference: {R3}
Content URL: {Y1}
Country: South Korea
Legal basis: Information and Communications Network Act, Article 44-7
-- End of submission --

We've reviewed the content and, in accordance with local law, blocked this video from view in South Korea.

- The YouTube Team
""",
)

X_TABLE_HTML = f"""<html><body>
<p>Hello,</p>
<p>Please find below the outcome of our review for request {R2}.</p>
<table border="1" cellpadding="3">
<thead><tr><th>Reported URL</th><th>Action</th></tr></thead>
<tbody>
<tr><td><a href="{X1}">{X1}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X2}">{X2}</a></td><td>Removed</td></tr>
<tr><td><a href="{X3}">{X3}</a></td><td>Not found (deleted by user)</td></tr>
<tr><td><a href="{X4}">{X4}</a></td><td>No action - account does not violate the X Rules</td></tr>
</tbody></table>
<p>See <a href="https://help.x.com/en/rules-and-policies/enforcement-options">our enforcement options</a>.</p>
<p>X Legal</p>
</body></html>"""

case(
    name="x-html-table-four-actions",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome sent as an HTML table",
    why="HTML table: Withheld in KR, Removed, Not found, No action with reason",
    items={X1: "restricted", X2: "removed", X3: "not_found", X4: "rejected"},
    **{"from": "legal-ops@x.com"},
    date=d(7, 5, 30, 0), subject=f"{R2} - outcome",
    type="html", body=X_TABLE_HTML,
)

# ================================================================ REVIEW

case(
    name="naver-promise-ko",
    outcome="review", review="not_understood",
    imitates="NAVER 고객센터 interim reply (삭제될 예정)",
    why="'삭제될 예정입니다' is a promise, not a statement: items stay pending",
    items={N_C10: "pending", N_C11: "pending"},
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d(4, 15, 2, 10), subject=f"Re: {R1}",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

{R1}로 요청하신 카페 게시물 {N_C10} 및 {N_C11} 은 내부 검토를 거쳐 이번 주 중으로 삭제될 예정입니다. 조치가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
)

case(
    name="x-not-yet-removed-hedged",
    outcome="review", review="not_understood",
    imitates="X legal agent interim reply",
    why="'has not been removed yet', 'appears ... may break our rules', 'looking into it': no status",
    items={X1: "pending"},
    **{"from": "dana.k@x.com"},
    name_from="Dana K (X Legal)",
    date=d(5, 2, 48, 30), subject=f"Re: {R2}",
    reply_to_req=mid(R2),
    body=f"""
Hi,

Thanks for following up on {R2}.

{X1} has not been removed yet. It appears the post may break our rules on gambling, and our team is looking into it; we expect to have an answer for you later this week.

Best,
Dana
""",
)

case(
    name="tg-conditional-and-under-review",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk interim reply",
    why="a condition ('if ... it will be blocked') and 'under review' in the main clause; the relative clause 'which were flagged' is no status",
    items={T1: "pending", T2: "pending", T3: "pending"},
    **{"from": "abuse@telegram.org"},
    date=d(7, 18, 20, 20), subject=f"Re: {R4} Case #4820140",
    reply_to_req=mid(R4),
    body=f"""
Hello,

Case #4820140.

If the channel {T1} is confirmed to be selling prohibited goods, it will be blocked. The messages {T2} and {T3}, which were flagged by other users as well, are under review.

Telegram Abuse Team
""",
)

case(
    name="naver-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 회신",
    why="'요청하신 게시물 12건 모두 삭제' for a 12-item request names no item",
    items=pend(NAVER_ALL),
    **{"from": "rights@navercorp.com"},
    date=d(11, 11, 5, 5), subject=f"Re: {R1} 조치 완료",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 권리침해 신고센터입니다.

방송통신심의위원회 시정요구({R1})에 따라 요청하신 게시물 12건에 대하여 모두 삭제 조치를 완료하였습니다.

감사합니다.
""",
)

case(
    name="yt-bulk-all-removed",
    outcome="review", review="bulk",
    imitates="YouTube short closure email",
    why="'All of the content you reported ... has been removed' for a three-item request",
    items=pend(Y_ALL),
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(13, 10, 10, 10), subject=f"Re: {R3} closed",
    reply_to_req=mid(R3),
    body=f"""
Hello,

All of the content you reported under {R3} has been removed from YouTube. We consider this request closed.

Regards,
YouTube Legal Support
""",
)

case(
    name="x-auth-fail-removed",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="X legal outcome email failing DKIM/DMARC",
    why="x.com sender failing authentication: its statements are not applied",
    items={X1: "pending", X2: "pending"},
    **{"from": "legal-ops@x.com"},
    date=d(8, 6, 6, 6), subject=f"Re: {R2} - removed",
    body=f"""
Hello,

The posts {X1} and {X2} have been removed.

X Legal
""",
)

case(
    name="blog-owner-gmail-says-deleted",
    outcome="review", review="unknown_sender",
    imitates="blog owner writing to the regulator after being notified",
    why="a private Gmail sender (not a platform) says he deleted a requested post",
    items={N_B1: "pending"},
    **{"from": "moonlit.trade.kr@gmail.com"},
    name_from="김민준",
    date=d(6, 21, 14, 39), subject=f"{R1} 관련 문의",
    body=f"""
안녕하세요. 저는 moonlit_trade 블로그를 운영하는 사람입니다.

네이버로부터 {R1} 관련 통지를 받았습니다. 문제가 된 {N_B1} 게시물은 제가 오늘 직접 삭제했습니다. 나머지 게시물도 확인해 보겠습니다.

혹시 추가로 필요한 절차가 있으면 알려주세요.
김민준 드림
""",
)

case(
    name="tg-says-x-post-not-on-telegram",
    outcome="review", review="wrong_platform",
    imitates="Telegram abuse desk reply to a misdirected report",
    why="Telegram states that an X post does not exist on its platform: a status claim about another platform's item",
    items={XL: "pending"},
    **{"from": "abuse@telegram.org"},
    date=d(12, 4, 4, 4), subject=f"Re: {R7}",
    body=f"""
Hello,

We received your report {R7}. The link {XL} does not point to Telegram, and no such content exists on our platform. Please send it to the service that hosts it.

Telegram Abuse Team
""",
)

CONFLICT_HTML = f"""<html><body>
<p>안녕하세요. 네이버 카페 운영팀입니다.</p>
<p>{R1} 요청 건 처리 결과 통지서</p>
<table border="1" cellpadding="4">
<tr><th>게시물 URL</th><th>처리결과</th><th>처리일</th></tr>
<tr><td>{N_C11}</td><td>삭제</td><td>2024-09-09</td></tr>
</table>
<p>참고: {N_C11} 게시물은 카페 운영자의 소명에 따라 위반 사항이 없는 것으로 판단되어 현재 게시가 유지되고 있습니다.</p>
<p>네이버 카페 운영팀 드림</p>
</body></html>"""

case(
    name="naver-table-and-note-conflict",
    outcome="review", review="conflicting_statements",
    imitates="NAVER cafe 처리 결과 통지서 whose note contradicts its table",
    why="the table says 삭제, the note says the post stays up (no violation), and neither says which is right",
    items={N_C11: "pending"},
    **{"from": "cafe_admin@navercorp.com"},
    date=d(9, 17, 2, 2), subject=f"[네이버 카페] {R1} 처리 결과 통지",
    type="html", body=CONFLICT_HTML,
)

case(
    name="yt-asks-for-court-order",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal support request for more information",
    why="asks for the decision, the legal provision and timestamps before acting",
    items={Y3: "pending"},
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date=d(6, 9, 9, 9), subject=f"Re: {R3} - additional information needed",
    reply_to_req=mid(R3),
    body=f"""
Hello,

We received your request {R3} about {Y3}.

In order to evaluate it under local law, please reply with a copy of the Korea Communications Standards Commission decision, the specific provision of law the channel is alleged to violate, and the timestamps in the videos where the unlawful content appears. We are unable to proceed until we receive this information.

Sincerely,
YouTube Legal Support
""",
)

case(
    name="kakao-policy-update-notice",
    outcome="review", review="no_claims",
    imitates="Kakao 운영정책 개정 안내 newsletter",
    why="trusted Kakao mail naming no item and no request",
    items={},
    **{"from": "notice@kakaocorp.com"},
    name_from="카카오",
    date=d(16, 10, 0, 0), subject="[카카오] 운영정책 개정 안내",
    body="""
안녕하세요, 카카오입니다.

카카오 운영정책이 2024년 10월 1일부터 일부 개정됩니다. 주요 변경 사항은 불법 금융 광고 게시물에 대한 제한 기준 구체화, 신고 처리 결과 통지 방식 개선입니다.

자세한 내용은 https://www.kakao.com/policy/oppolicy 에서 확인하실 수 있습니다.

감사합니다.
""",
)

# ================================================================ IGNORED

case(
    name="tg-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply (out of office)",
    why="out-of-office auto-reply",
    items={},
    **{"from": "m.ivanova@telegram.org"},
    name_from="Maria Ivanova",
    date=d(6, 10, 16, 1), subject=f"Automatic reply: {R4} Request to block drug sale channels",
    reply_to_req=mid(R4),
    extra_headers=AUTO,
    body="""
Thank you for your message. I am out of the office until 23 September with limited access to email.

For urgent abuse matters please write to abuse@telegram.org.

Maria
""",
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: policy-kr@navercorp.com
Subject: [{R1}] 시정요구
Date: Tue, 03 Sep 2024 10:00:00 +0900
Message-ID: <{mid(R1)}@kcsc.example>
"""

case(
    name="naver-dsn-unknown-user",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style delivery status notification (RFC 3464)",
    why="bounce of our request to a mistyped NAVER address",
    items={},
    **{"from": "MAILER-DAEMON@navercorp.com"},
    name_from="Mail Delivery System",
    date=d(3, 10, 0, 41), subject="Undelivered Mail Returned to Sender",
    auth="none",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B252DSN.1"

--B252DSN.1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx3.navercorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@navercorp.com>: host mbox.navercorp.com said: 550 5.1.1
    User unknown

--B252DSN.1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.navercorp.com
Arrival-Date: Tue,  3 Sep 2024 10:00:39 +0900 (KST)

Final-Recipient: rfc822; policy-kr@navercorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B252DSN.1
Content-Type: text/rfc822-headers

{DSN_ORIG}
--B252DSN.1--
""",
)

case(
    name="x-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (RFC 8098)",
    why="read receipt of our request",
    items={},
    **{"from": "dana.k@x.com"},
    name_from="Dana K (X Legal)",
    date=d(4, 12, 1, 1), subject=f"Read: [{R2}] Request to remove illegal gambling content",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="B252MDN"

--B252MDN
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: [{R2}] Request to remove illegal gambling content
  Sent: Wednesday, September 4, 2024 9:30 AM

was read on Wednesday, September 4, 2024 12:00 PM.

--B252MDN
Content-Type: message/disposition-notification

Reporting-UA: mail.x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{mid(R2)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--B252MDN--
""",
)

case(
    name="yt-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removal request automatic confirmation",
    why="pure receipt with a reference number; no statement about items",
    items={},
    **{"from": "legal-noreply@google.com"},
    name_from="Google Legal",
    date=d(5, 11, 0, 52), subject=f"[6-2093000041977] Your request {R3} has been received",
    reply_to_req=mid(R3),
    body=f"""
Hello,

This is an automatic confirmation that we've received your request {R3}. Your reference number is 6-2093000041977. Please keep it in the subject line of any further correspondence about this request.

We review every request carefully and will be in touch when we have an update.

Google Legal Support
""",
)

case(
    name="kakao-report-receipt-ko",
    outcome="ignored", classification="acknowledgement",
    imitates="카카오 고객센터 신고 접수 완료 안내",
    why="pure 접수 완료 notice with a 접수번호",
    items={},
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d(9, 14, 10, 30), subject=f"[카카오] 신고 접수 완료 안내 ({R5})",
    body="""
안녕하세요. 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: 2024-0909-58812

접수된 신고는 순차적으로 검토한 뒤 처리 결과를 안내해 드리겠습니다.
본 메일은 발신 전용입니다.
""",
)

case(
    name="tiktok-ooo-quoting-request",
    outcome="ignored", classification="auto_reply",
    imitates="out-of-office auto-reply that quotes the original request",
    why="auto-reply; the quoted request's URLs are no statements",
    items={},
    **{"from": "j.park@tiktok.com"},
    name_from="Jiwoo Park",
    date=d(10, 9, 0, 30), subject=f"Out of Office: [{R6}] Removal request",
    reply_to_req=mid(R6),
    extra_headers=AUTO + ["X-Autoreply: yes"],
    body=f"""
I'm on leave until 16 September and will reply when I return. For legal notices please use legal-notice@tiktok.com.

Jiwoo

> From: KCSC Takedown <takedown@kcsc.example>
> Subject: [{R6}] Removal request
>
> Please remove the following videos advertising unregistered loans:
> {TT1}
> {TT2}
""",
)

GMAIL_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr@google.com
Subject: [{R3}] Request to remove gambling content
Date: Thu, 05 Sep 2024 11:00:00 +0900
Message-ID: <{mid(R3)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Please remove the following:
{Y1}
{Y2}
{Y3}
"""

case(
    name="google-dsn-address-not-found",
    outcome="ignored", classification="bounce",
    imitates="Gmail 'Address not found' delivery status notification",
    why="bounce of our request; the attached original lists the URLs",
    items={},
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date=d(5, 11, 0, 5), subject="Delivery Status Notification (Failure)",
    auth="none",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B252GDSN"

--B252GDSN
Content-Type: text/plain; charset=utf-8

Address not found

Your message wasn't delivered to legal-kr@google.com because the address couldn't be found, or is unable to receive mail.

--B252GDSN
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 02:00:01 -0000

Final-Recipient: rfc822; legal-kr@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--B252GDSN
Content-Type: message/rfc822

{GMAIL_ORIG}
--B252GDSN--
""",
)


HEADER = """# blind252: blind corpus set (what a program gets wrong).
# Generated by make.py; edit the case list there, not this file.
# Expected results were written from each email's meaning before any run."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind252", HEADER, CASES)


if __name__ == "__main__":
    main()
