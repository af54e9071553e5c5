#!/usr/bin/env python3
"""Blind set 930: what a program gets wrong.

Mixed statuses in one sentence, hedges inside relative clauses, negations,
refusals with their reasons, later sentences that correct earlier ones, a
table that disagrees with the note under it, statuses given by position.
Every email is fictional and written for this set; the expected result of
each was written from its meaning alone, before any run of the reader.

    python3 tests/corpus/blind930/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime as dt
import os
import quopri
import sys
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = dt.timezone(dt.timedelta(hours=9))


def date(s):
    return format_datetime(dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


# ---------------------------------------------------------------- requests
X1 = "https://x.com/luckyspin_kr/status/1829904411220017153"
X2 = "https://x.com/luckyspin_kr/status/1829911873304412160"
X3 = "https://x.com/jackpot_road/status/1830120455871234048"
X4 = "https://x.com/jackpot_road/status/1830127790012448769"
X5 = "https://x.com/toto_nightowl/status/1830233001198812160"
X6 = "https://x.com/toto_nightowl"
X7 = "https://x.com/bet_harbor88/status/1830301122447761408"
X8 = "https://x.com/bet_harbor88/status/1830309987712204801"
X9 = "https://x.com/casino_mirae/status/1830412255630086144"
X10 = "https://x.com/casino_mirae/status/1830418876541132800"
X11 = "https://x.com/slotpalace_kr/status/1830520093317754880"
X12 = "https://x.com/slotpalace_kr/status/1830525541128851456"
XS = [X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12]

T1 = "https://t.me/ice_delivery_seoul/2217"
T2 = "https://t.me/ice_delivery_seoul/2231"
T3 = "https://t.me/greenleaf_market/88"
T4 = "https://t.me/greenleaf_market"

Y1 = "https://www.youtube.com/watch?v=Qm3vT8rLx2A"
Y2 = "https://www.youtube.com/watch?v=Hd7pW0nKe5s"
Y3 = "https://www.youtube.com/shorts/bR4yZc1uT9o"

N1 = "https://blog.naver.com/quickloan_77/223551204418"
N2 = "https://blog.naver.com/quickloan_77/223551209907"
N3 = "https://cafe.naver.com/sinyongcard/48120"
N4 = "https://cafe.naver.com/sinyongcard/48133"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=472210934"
NS = [N1, N2, N3, N4, N5]

D1_RAW = "https://cafe.daum.net/불법토토정보/Ab3k/311"
D1 = "https://cafe.daum.net/" + quote("불법토토정보") + "/Ab3k/311"
D2 = "https://hanbit-news22.tistory.com/57"

K1 = "https://www.tiktok.com/@nightmarket.kr/video/7411802234567701249"

Z1 = "https://x.com/coinrefund_help/status/1833300178812301312"
Z2 = "https://x.com/coinrefund_help/status/1833311455207796736"

REQUESTS = [
    ("KCSC-240902-01", "x", "2024-09-02T10:30:00+09:00", "2024-09-09T18:00:00+09:00",
     XS, "illegal gambling promotion", "Twelve posts and one account advertising unlicensed betting sites"),
    ("KCSC-240903-02", "telegram", "2024-09-03T14:10:00+09:00", "2024-09-10T18:00:00+09:00",
     [T1, T2, T3, T4], "drug sales", "Two channels offering narcotics for delivery"),
    ("KCSC-240904-03", "youtube", "2024-09-04T11:02:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y1, Y2, Y3], "illegal gambling promotion", "Videos advertising an offshore casino"),
    ("KCSC-240905-04", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00",
     NS, "illegal loan advertising", "Unregistered private lending advertisements"),
    ("KCSC-240906-05", "kakao", "2024-09-06T16:20:00+09:00", "2024-09-13T18:00:00+09:00",
     [D1, D2], "privacy infringement", "Posts publishing a person's phone number and address"),
    ("KCSC-240909-06", "tiktok", "2024-09-09T10:05:00+09:00", "2024-09-16T18:00:00+09:00",
     [K1], "drug sales", "Video advertising a delivery service for narcotics"),
    ("KCSC-240910-07", "x", "2024-09-10T15:45:00+09:00", "2024-09-17T18:00:00+09:00",
     [Z1, Z2], "fraud", "Posts offering to recover crypto losses for an advance fee"),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    b = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(b).decode("ascii")


X_REQUEST_QUOTE = "\n".join(
    ["Dear X Legal team,", "",
     "The Korea Communications Standards Commission requests the removal of the",
     "following posts, which promote unlicensed gambling sites accessible from Korea:", ""]
    + ["%d. %s" % (i + 1, u) for i, u in enumerate(XS)]
    + ["", "Please tell us the action taken for each item by 9 September 2024.", "",
       "KCSC Takedown Desk"])

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ applied
case(
    name="x-three-statuses-one-sentence",
    date=date("2024-09-05 17:21:44"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Thank you for your report (ref. KCSC-240902-01). Of the posts you listed, {X1} and {X2} have been withheld in South Korea, {X3} was removed for violating the X Rules, and {X4} could not be found.

We are still reviewing the remaining posts in your notice and will write again once that review is finished.

Kind regards,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request outcome email (country withheld content / removal)",
    why="one sentence carries three statuses; each URL takes the verb phrase that follows it",
    items={X1: "restricted", X2: "restricted", X3: "removed", X4: "not_found"},
)

case(
    name="tg-hedge-in-relative-clause",
    date=date("2024-09-05 08:02:13"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812055",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Thanks for your report.

The channel {T4}, which appears to have been used to advertise narcotics to users in Korea, has been blocked for all users.
The message {T1}, which our moderators say was probably reposted from another channel, has also been deleted.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (channel blocked / message deleted)",
    why="the hedges sit in relative clauses about the content; the main clauses state blocked and deleted without hedging",
    items={T4: "removed", T1: "removed"},
)

case(
    name="yt-not-removed-but-blocked",
    date=date("2024-09-06 13:40:05"), **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

We have reviewed the videos in your notice.

The video at {Y1} has not been removed from YouTube; it has been blocked from view in South Korea on the basis of local law.

We did not remove {Y2}, because after careful review we found that it violates neither our Community Guidelines nor the Korean law your notice cites. It remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube / Google legal removal outcome email (local block vs no action)",
    why="a negated 'removed' followed by a country block, then a refusal with its reason",
    items={Y1: "restricted", Y2: "rejected"},
)

case(
    name="naver-correction-second-item",
    date=date("2024-09-09 10:15:30"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구(KCSC-240905-04) 조치 결과 회신",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

방송통신심의위원회의 시정요구(KCSC-240905-04)에 따른 조치 결과를 알려드립니다.

1. {N1} — 게시중단 처리 완료
2. {N2} — 게시중단 처리 완료

[정정 안내]
위 2번 게시물은 담당자 재확인 결과, 당사 조치 이전에 작성자가 직접 삭제한 게시물로 확인되었습니다. 따라서 2번은 '게시중단'이 아닌 '게시물 없음'으로 정정합니다. 혼선을 드려 죄송합니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 회신 with a correction note",
    why="the later correction replaces the first line for item 2: already deleted by its author is not_found",
    items={N1: "removed", N2: "not_found"},
)

case(
    name="x-refusal-with-reasons",
    date=date("2024-09-07 02:11:59"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

We have carefully reviewed the following posts reported in your request:

{X7}
{X8}

Based on our review, neither post violates the X Rules: both are commentary on a sports match and contain no link to, or offer of, a betting service. Your request also did not identify a provision of Korean law that this content contravenes. Accordingly, we are declining to take action on these posts.

If you have additional information, you may submit a new request through our legal request portal.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal-request response declining action",
    why="a refusal with its reasons for two named posts: both rejected",
    items={X7: "rejected", X8: "rejected"},
)

case(
    name="tiktok-sole-item-removed",
    date=date("2024-09-10 19:33:02"), **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    subject="Re: [KCSC-240909-06] Request for removal of drug sales content",
    reply_to_req=req_mid("KCSC-240909-06"),
    body="""
Hello,

Thank you for contacting TikTok. We have reviewed the content you reported in your request KCSC-240909-06 and removed it for violating our Community Guidelines on drugs and controlled substances.

Best regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email (content removed)",
    why="a statement without a URL answering a request of exactly one item applies to that item",
    items={K1: "removed"},
)

case(
    name="tg-numbered-status-below-url",
    date=date("2024-09-06 21:45:17"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812060",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hi,

Results for the items you reported:

1. {T2}
   Status: removed

2. {T3}
   Status: not found. The message had been deleted by the channel owner before our moderators reached it.

Best,
Telegram Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a per-link status line",
    why="each status stands on the line under its URL",
    items={T2: "removed", T3: "not_found"},
)

case(
    name="naver-html-result-table",
    date=date("2024-09-10 14:02:48"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 조치 결과 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240905-04)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N3}</td><td>삭제</td><td>운영정책 위반(불법 대부 광고)</td></tr>
<tr><td>2</td><td>{N4}</td><td>임시조치</td><td>30일간 게시 제한</td></tr>
<tr><td>3</td><td>{N5.replace("&", "&amp;")}</td><td>조치 불가</td><td>해당 게시물 없음(존재하지 않는 게시물)</td></tr>
</table>
<p>조치 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a>을 참고해 주시기 바랍니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 table (삭제 / 임시조치 / 게시물 없음)",
    why="table rows: 삭제 removed, 임시조치 restricted, 'cannot act: post does not exist' not_found; the policy link is no item",
    items={N3: "removed", N4: "restricted", N5: "not_found"},
)

case(
    name="kakao-urls-with-korean-particles",
    date=date("2024-09-09 11:27:36"), **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 시정요구 처리 결과 안내 - KCSC-240906-05",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

요청하신 시정요구 건에 대한 처리 결과를 안내드립니다.

{D2}에 대해서는 개인정보 노출 게시물로 확인되어 블라인드 처리하였으며, 다음카페 게시물({D1_RAW})은 국내 접근 제한 조치하였습니다.

기타 문의사항은 고객센터로 연락 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해·시정요구 처리 결과 안내",
    why="URL followed by a Korean particle, raw Korean path in parentheses; 블라인드 removed, 국내 접근 제한 restricted",
    items={D2: "removed", D1: "restricted"},
)

CSV_X = "\r\n".join([
    "post_url,action,reason",
    f"{X9},withheld_in_country (KR),Local law - illegal gambling",
    f"{X10},removed,Violation of X Rules (illegal goods and services)",
    f"{X11},no_action,No violation of X Rules or local law found",
    f"{X12},not_found,Post does not exist or was deleted by its author",
]) + "\r\n"

case(
    name="x-csv-attachment-four-outcomes",
    date=date("2024-09-08 09:14:21"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_xlegal_930_a"

--=_xlegal_930_a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find attached the outcome for the posts in your request
KCSC-240902-01 that were assigned to this reviewer. The other posts in
your notice are handled separately.

X Legal

--=_xlegal_930_a
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(CSV_X)}
--=_xlegal_930_a--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome with a CSV export attached",
    why="attached CSV: withheld KR restricted, removed, no_action (no violation) rejected, not_found",
    items={X9: "restricted", X10: "removed", X11: "rejected", X12: "not_found"},
)

case(
    name="yt-top-posted-one-of-three",
    date=date("2024-09-06 16:55:10"), **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hi,

The video below has been removed for violating our policy on spam, deceptive practices and scams:
{Y3}

The other two videos in your notice remain under review.

Thanks,
Ji-hoon
YouTube Legal Support

On Wed, Sep 4, 2024 at 11:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> Dear YouTube Legal team,
>
> Please remove the following videos, which advertise an offshore casino:
>
> 1. {Y1}
> 2. {Y2}
> 3. {Y3}
>
> KCSC Takedown Desk
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply from a YouTube legal specialist",
    why="only the shorts URL is stated removed; the other two are 'under review' (pending) and appear only in the quote",
    items={Y3: "removed", Y1: "pending", Y2: "pending"},
)

case(
    name="tg-correction-restored",
    date=date("2024-09-07 12:30:41"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812071",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Following your report (Case #48812071), our moderators took the following action:

- {T1} — removed
- {T2} — removed

Correction to the above: the second message was flagged in error. On re-review it is a repost of a news article about a police operation and offers nothing for sale, so it has been restored and remains available.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a follow-up correction",
    why="the correction revises the second line: restored because it breaks no rule, rejected",
    items={T1: "removed", T2: "rejected"},
)

QP_NAVER = f"""안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240905-04) 건에 대해 검토한 결과를 안내드립니다.

요청하신 게시물 중 {N1} 은 게시중단(블라인드) 처리하였으나, {N2} 은 등록 대부업체의 정상적인 광고로 확인되어 관련 법령 및 운영정책 위반 소지가 없으므로 게시를 유지합니다.

감사합니다.
"""

case(
    name="naver-qp-removed-but-kept",
    date=date("2024-09-11 15:08:03"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 검토 결과 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_NAVER)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 검토 결과 안내 (quoted-printable)",
    why="one sentence joined by -으나: the first post blinded (removed), the second kept because it breaks no law or policy (rejected)",
    items={N1: "removed", N2: "rejected"},
)

case(
    name="x-statuses-by-own-numbering",
    date=date("2024-09-06 10:48:27"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

This part of your notice listed the following posts:

1) {X3}
2) {X4}
3) {X5}

Outcome: we removed 1) and 3) for violating our rules on illegal gambling. 2) has been withheld in South Korea in response to your legal demand.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response referring to the items by their number",
    why="statuses given by the email's own numbering of the URLs it lists",
    items={X3: "removed", X5: "removed", X4: "restricted"},
)

HTML_YT = f"""<html><body>
<p>Hello,</p>
<p>Thank you for your notice (your reference KCSC-240904-03). We have completed our review:</p>
<ul>
<li><a href="{Y1}">{Y1}</a> &mdash; <b>Removed.</b> This video violated our Community Guidelines (spam, deceptive practices and scams).</li>
<li><a href="{Y3}">{Y3}</a> &mdash; <b>No action taken.</b> We did not find that this video violates our Community Guidelines or the local law cited in your notice.</li>
</ul>
<p>Learn more about how we handle legal requests in our <a href="https://support.google.com/legal/answer/3110420">Help Center</a>.</p>
<p>The YouTube Legal Team</p>
</body></html>
"""

case(
    name="yt-base64-html-removed-and-no-action",
    date=date("2024-09-09 04:19:55"), **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240904-03"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(HTML_YT)}
""",
    outcome="applied", classification="confirmation",
    imitates="Google legal removals outcome email (HTML, base64)",
    why="list items: removed, and 'no action taken' with its reason (rejected); the Help Center link is no item",
    items={Y1: "removed", Y3: "rejected"},
)

case(
    name="tiktok-no-violation-but-restricted-kr",
    date=date("2024-09-12 18:06:37"), **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    subject="Re: [KCSC-240909-06] Request for removal of drug sales content",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""
Hello,

We reviewed the video at {K1} and found that it does not violate our Community Guidelines. However, following our review of your request under local law, we have restricted access to this video in South Korea.

Regards,
TikTok Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok local-law restriction notice",
    why="'does not violate' is followed by 'however ... restricted in South Korea': the final status is restricted",
    items={K1: "restricted"},
)

case(
    name="kakao-angle-bracket-wrapped",
    date=date("2024-09-10 09:51:12"), **{"from": "cs_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="Re: [KCSC-240906-05] 개인정보 노출 게시물 시정요구",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

KCSC-240906-05 시정요구 건에 대하여 아래와 같이 처리 결과를 안내드립니다.

- 티스토리 게시글 <https://hanbit-news22.tistory.com/
  57> : 게시중단(비공개 처리) 완료
- 다음카페 게시글 <{D1_RAW}> : 작성자에 의해 이미 삭제되어 존재하지 않는 게시글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 처리 결과 안내 with URLs in angle brackets",
    why="a URL in angle brackets wrapped over two lines is taken down; the cafe post was already deleted by its author (not_found)",
    items={D2: "removed", D1: "not_found"},
)

case(
    name="tg-removed-but-channel-kept",
    date=date("2024-09-10 07:12:26"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812090",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The post {T3} is no longer available on Telegram: our moderators removed it on 9 September.

We did not block the channel {T4} itself, since its remaining public posts do not breach Telegram's Terms of Service.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (message removed, channel left up)",
    why="'no longer available: removed' is removed; 'did not block ... since it does not breach' is a refusal with reason",
    items={T3: "removed", T4: "rejected"},
)

case(
    name="naver-echoed-text-table",
    date=date("2024-09-12 11:40:09"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 조치 결과 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요. 네이버입니다.

■ 시정요구 번호: KCSC-240905-04
■ 처리 결과

 No | 대상 URL                                          | 처리 결과
----+---------------------------------------------------+-----------------------------
  1 | {N1}  | 게시중단
  2 | {N2}  | 게시중단
  3 | {N3}          | 미조치 (운영정책 위반 아님)

※ 미조치 게시물은 내부 검토 결과 대부업법상 필수 표기 사항을 모두 갖춘 광고로 확인되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치 결과 as an echoed plain-text table",
    why="text table: 게시중단 removed twice, 미조치 with its reason rejected",
    items={N1: "removed", N2: "removed", N3: "rejected"},
)

case(
    name="x-outlook-reply-over-request",
    date=date("2024-09-05 11:03:50"), **{"from": "minseo.park@x.com"},
    name_from="Min-seo Park",
    subject="RE: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

{X5} has been removed for violating our rules on illegal gambling.

We have not suspended the account {X6}. Its remaining posts do not break the X Rules, so the account stays active.

Regards,
Min-seo Park
X Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:30 AM
To: legal-kr@x.com
Subject: [KCSC-240902-01] Request for removal of illegal gambling promotion

{X_REQUEST_QUOTE}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from an X legal specialist over the quoted request",
    why="two statements above the quote (removed; not suspended because no rule broken: rejected); the quoted list changes nothing",
    items={X5: "removed", X6: "rejected"},
)

case(
    name="yt-statement-of-reasons-geo",
    date=date("2024-09-10 22:37:18"), **{"from": "legal-notices@google.com"},
    name_from="YouTube Legal Notices",
    subject="Statement of reasons - your notice KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Statement of reasons

Your reference:       KCSC-240904-03
Content:              {Y3}
Decision:             Restriction of visibility - access disabled in the Republic of Korea
Territorial scope:    Republic of Korea only; the video remains available in other countries
Ground:               Illegal content under local law (unlicensed gambling advertising)
Facts:                Notice received from a government authority
Automated means:      None used in detection or decision
Redress:              The uploader may appeal this decision in YouTube Studio

This message was sent by the YouTube legal team. Please do not reply to this address.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (visibility restriction, territorial scope)",
    why="decision field: access disabled in Korea only, restricted",
    items={Y3: "restricted"},
)

case(
    name="x-removed-but-not-the-warning",
    date=date("2024-09-12 13:29:44"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240910-07] Request for removal of fraudulent posts",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""
Hello,

We have removed {Z1} but not {Z2}, which we found to be a warning to other users about the recovery scam rather than part of the scam itself.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response (partial action)",
    why="'removed A but not B, which ...': B is refused with its reason (rejected)",
    items={Z1: "removed", Z2: "rejected"},
)

case(
    name="x-removed-and-hedged",
    date=date("2024-09-04 20:50:31"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

The post {X1} has been removed.

Regarding {X2}: it may have been deleted by its author before our review, but our tools could not confirm this. We are checking and will update you.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal response with one firm and one uncertain answer",
    why="first item removed; the second is only 'may have been deleted ... could not confirm' (pending)",
    items={X1: "removed", X2: "pending"},
)

case(
    name="yt-removed-and-promised",
    date=date("2024-09-05 15:16:42"), **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240904-03"),
    body=f"""
Hello,

{Y1} was removed today for violating our Community Guidelines. {Y2} will be removed once our legal team completes its assessment under Korean law.

Regards,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal specialist reply (done and promised)",
    why="first item removed; second only promised (pending)",
    items={Y1: "removed", Y2: "pending"},
)

case(
    name="tg-statement-above-url",
    date=date("2024-09-08 17:03:19"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812101",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

The following has been taken down:
{T4}

The following could not be found on Telegram:
{T1}

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with headings above the links",
    why="each statement ends in ':' and its URL stands on the line below",
    items={T4: "removed", T1: "not_found"},
)

case(
    name="naver-statuses-by-position-in-sentence",
    date=date("2024-09-13 10:22:05"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 조치 결과 회신 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N3}, {N4} 게시물은 삭제, {N5} 게시물은 임시조치(30일) 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 회신 in one sentence",
    why="two URLs share 삭제, the third takes 임시조치 (restricted)",
    items={N3: "removed", N4: "removed", N5: "restricted"},
)

# ================================================================ review
case(
    name="x-promise-only",
    date=date("2024-09-06 08:45:00"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

The posts {X9} and {X10} will be withheld in South Korea once our legal review is complete. We expect this within two business days.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal holding reply (future withholding)",
    why="only a promise about named items: nothing changes, a person reads it",
    items={X9: "pending", X10: "pending"},
)

case(
    name="tg-seems-gone",
    date=date("2024-09-05 13:20:44"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812055",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Regarding Case #48812055: the message {T1} seems to be gone already, perhaps deleted by the channel owner, but our team cannot confirm this from our side yet.

Telegram Abuse Team
""",
    outcome="review", review="not_understood",
    imitates="Telegram abuse desk reply (uncertain)",
    why="'seems to be gone, perhaps deleted ... cannot confirm' is a hedge, not a status",
    items={T1: "pending"},
)

case(
    name="naver-all-five-blinded",
    date=date("2024-09-08 16:30:12"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 조치 완료 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 KCSC-240905-04 건의 게시물 5건은 모두 게시중단 조치가 완료되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="NAVER 조치 완료 안내 (all items at once)",
    why="one statement covering a five-item request without naming the items",
    items={u: "pending" for u in NS},
)

case(
    name="x-forged-auth-fail",
    date=date("2024-09-05 23:02:17"), **{"from": "legal-kr@x.com"}, auth="fail",
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""
Hello,

Both {X7} and {X8} have been removed.

X Legal
""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="X's domain but authentication fails: nothing applies",
    items={X7: "pending", X8: "pending"},
)

case(
    name="tg-lookalike-domain",
    date=date("2024-09-06 06:41:33"), **{"from": "support@telegram-abuse-desk.com"},
    name_from="Telegram Support",
    subject="Re: KCSC-240903-02 drug sales channels",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Dear KCSC,

We confirm that {T1} and {T2} have been deleted and the channel owner has been banned.

Telegram Support
""",
    outcome="review", review="unknown_sender",
    imitates="Abuse reply from a look-alike domain",
    why="the sender domain is no platform's: a person checks it",
    items={T1: "pending", T2: "pending"},
)

case(
    name="google-search-delisted-telegram",
    date=date("2024-09-09 03:12:50"), **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    subject="Your Google legal removal request - KCSC-240903-02",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

In response to your request, we have removed the following URL from Google Search results in South Korea:

{T4}

Note that Google does not host this content and cannot remove it from the website itself. You may wish to contact the site's operator.

Google Legal Removals
""",
    outcome="review", review="wrong_platform",
    imitates="Google Search legal removal outcome (delisting a third-party URL)",
    why="Google states an action on a Telegram item it does not host; Telegram's status is unchanged",
    items={T4: "pending"},
)

case(
    name="naver-table-vs-note",
    date=date("2024-09-11 09:05:26"), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 시정요구 조치 결과 안내 (KCSC-240905-04)",
    reply_to_req=req_mid("KCSC-240905-04"),
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>시정요구(KCSC-240905-04)에 대한 조치 결과입니다.</p>
<table border="1" cellpadding="4">
<tr><th>URL</th><th>조치 결과</th></tr>
<tr><td>{N4}</td><td>삭제 완료</td></tr>
</table>
<p>※ 참고: {N4} 게시물은 작성자가 이미 삭제하여 당사에서 조치할 게시물이 없었습니다.</p>
<p>감사합니다.</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER 조치 결과 table with a footnote",
    why="the table says deleted (removed), the note says already deleted by its author (not_found); neither is marked as a correction",
    items={N4: "pending"},
)

case(
    name="yt-summary-vs-table",
    date=date("2024-09-12 07:58:14"), **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: [KCSC-240904-03] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240904-03"),
    type="html",
    body=f"""
<html><body>
<p>Hello,</p>
<p>We did not find any violation in the video {Y2}, and it remains available on YouTube.</p>
<table border="1">
<tr><th>Video</th><th>Decision</th></tr>
<tr><td>{Y2}</td><td>Removed (Community Guidelines)</td></tr>
</table>
<p>The YouTube Legal Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="Google legal outcome email with a summary and a decision table",
    why="the summary says kept (rejected), the table says removed: a person decides",
    items={Y2: "pending"},
)

case(
    name="tg-asks-for-court-order",
    date=date("2024-09-04 18:26:03"), **{"from": "abuse@telegram.org"},
    subject="Re: KCSC-240903-02 Case #48812055",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""
Hello,

Before we can act on {T1} and {T2}, please send us the decision of the Commission or a court order that identifies these messages as illegal under Korean law, together with an English translation.

Telegram Abuse Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Telegram abuse desk request for a legal basis",
    why="the platform asks for documents before acting; nothing is stated about the items",
    items={T1: "pending", T2: "pending"},
)

case(
    name="tiktok-portal-notice-no-items",
    date=date("2024-09-11 12:00:00"), **{"from": "lawenforcement@tiktok.com"},
    name_from="TikTok Law Enforcement Response",
    subject="Submitting requests to TikTok",
    body="""
Hello,

Thank you for reaching out. Government and law enforcement requests to TikTok should now be submitted through our Law Enforcement Portal at https://www.tiktok.com/legal/page/global/law-enforcement/en so that they reach the right team quickly.

Our guidelines for government requests are available at https://www.tiktok.com/legal/page/global/law-enforcement-guidelines/en.

Regards,
TikTok Law Enforcement Response
""",
    outcome="review", review="no_claims",
    imitates="TikTok law enforcement channel notice",
    why="trusted TikTok mail naming no item and no request; its links are TikTok's own policy pages",
    items={},
)

case(
    name="x-first-and-second-without-urls",
    date=date("2024-09-13 09:37:21"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240910-07] Request for removal of fraudulent posts",
    reply_to_req=req_mid("KCSC-240910-07"),
    body="""
Hello,

Regarding KCSC-240910-07: the first post in your notice has been removed. The second post remains available because it does not violate the X Rules.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal response referring to the request's items by position",
    why="statuses by position in our request, with no URL in the email: a person maps them",
    items={Z1: "pending", Z2: "pending"},
)

case(
    name="x-all-withheld-bulk",
    date=date("2024-09-09 05:44:09"), **{"from": "legal-kr@x.com"},
    subject="Re: [KCSC-240902-01] Request for removal of illegal gambling promotion",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""
Hello,

All of the posts listed in your request KCSC-240902-01 have been withheld in South Korea in response to your legal demand.

X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal outcome covering a whole notice",
    why="one statement for a twelve-item request without naming each item",
    items={u: "pending" for u in XS},
)

# ================================================================ ignored
case(
    name="tg-out-of-office",
    date=date("2024-09-03 14:11:02"), **{"from": "j.mertens@telegram.org"},
    name_from="Jana Mertens",
    subject="Automatic reply: [KCSC-240903-02] Request for removal of drug sales channels",
    reply_to_req=req_mid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.

For abuse reports please write to abuse@telegram.org; your message will not be forwarded.

Jana
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook out-of-office reply",
    why="an out-of-office auto-reply",
    items={},
)

case(
    name="x-dsn-reminder-bounce",
    date=date("2024-09-10 18:00:07"), **{"from": "mailer-daemon@x.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_930_b"

--dsn_930_b
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail3.x.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@x.com>: host legal-intake.x.com[198.51.100.44] said: 550 5.1.1
    <legal@x.com>: Recipient address rejected: mailbox disabled

--dsn_930_b
Content-Type: message/delivery-status

Reporting-MTA: dns; mail3.x.com
Arrival-Date: {date("2024-09-10 18:00:02")}

Final-Recipient: rfc822; legal@x.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: mailbox disabled

--dsn_930_b
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@x.com
Subject: Reminder: [KCSC-240902-01] Request for removal of illegal gambling promotion
Date: {date("2024-09-10 18:00:00")}
Message-ID: <reminder.KCSC-240902-01.1@kcsc.example>

--dsn_930_b--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification for a reminder",
    why="a bounce of our own reminder",
    items={},
)

case(
    name="naver-read-receipt",
    date=date("2024-09-05 10:02:44"), **{"from": "policy@navercorp.com"},
    subject="읽음 확인: [KCSC-240905-04] 불법 대부 광고 게시물 시정요구",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_930_c"

--mdn_930_c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 {date("2024-09-05 10:02:40")}에 읽었습니다.

--mdn_930_c
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; NAVER WORKS Mail
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <req.KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_930_c--
""",
    outcome="ignored", classification="read_receipt",
    imitates="NAVER WORKS read receipt (MDN)",
    why="a read receipt says nothing about the items",
    items={},
)

case(
    name="yt-legal-ack-no-decision",
    date=date("2024-09-04 11:05:31"), **{"from": "legal-notices@google.com"},
    name_from="Google Legal Support",
    subject="[4-8817000031522] We have received your legal request - KCSC-240904-03",
    reply_to_req=req_mid("KCSC-240904-03"),
    body="""
Hello,

Thank you for contacting Google. We have received your legal request and assigned it the case number 4-8817000031522. Please keep this number in the subject line of any future correspondence about this request.

No decision has been made yet on the reported content. We will contact you when our review is complete.

Google Legal Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals automated receipt",
    why="a receipt with a case number; 'no decision yet' states nothing about any item",
    items={},
)

case(
    name="kakao-report-received",
    date=date("2024-09-06 16:21:10"), **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오] 신고 접수 완료 안내 (KCSC-240906-05)",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.
접수번호: KKO-20240906-000731

담당 부서에서 검토 후 결과를 회신드리겠습니다. 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내",
    why="a pure receipt with a ticket number",
    items={},
)

case(
    name="tiktok-automated-receipt",
    date=date("2024-09-09 10:06:02"), **{"from": "noreply@tiktok.com"},
    name_from="TikTok",
    subject="We've received your report",
    reply_to_req=req_mid("KCSC-240909-06"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hi,

This is an automated response. We've received your report and our team will look into it. Most reports are reviewed within a few days.

Reference: TT-LER-58100213

TikTok
""",
    outcome="ignored",
    imitates="TikTok automated report receipt",
    why="an automatic receipt that states nothing about the content",
    items={},
)

case(
    name="foreign-out-of-office",
    date=date("2024-09-07 09:30:45"), **{"from": "h.lindqvist@nordlaw.example"},
    name_from="Hanna Lindqvist",
    subject="Out of Office: RE: [KCSC-240906-05] 개인정보 노출 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
Thank you for your email. I am on leave until 23 September and will not be reading messages.

Your message concerning {D2} has not been forwarded.

Hanna Lindqvist
""",
    outcome="ignored", classification="auto_reply",
    imitates="Out-of-office reply from an outside counsel copied on a request",
    why="an auto-reply is ignored whoever sent it, even when it echoes a URL",
    items={},
)


HEADER = """# Blind set 930 (focus: what a program gets wrong). Written by make.py:
# the expected result of each case was written from the email's meaning
# alone, before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind930", HEADER, CASES)
    print("%d cases" % len(CASES))
