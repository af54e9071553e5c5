#!/usr/bin/env python3
"""Blind set 516: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or updated by its note, statuses given by position.

    python3 tests/corpus/blind516/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning, before any run of
the reader.
"""
import base64
import csv
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind516"

# ---------------------------------------------------------------- requests
Y = {
    1: "https://www.youtube.com/watch?v=qL7tRmB2xk0",
    2: "https://www.youtube.com/watch?v=Hf3pZ9aWc1E",
    3: "https://www.youtube.com/watch?v=n0dVt4KsQ8y",
    4: "https://www.youtube.com/watch?v=R2bjXe5uLmA",
    5: "https://www.youtube.com/watch?v=wT9gCk_3vPo",
    6: "https://www.youtube.com/watch?v=Zp4Yq-6sNdI",
    7: "https://www.youtube.com/shorts/aM8uEo2rV5c",
    8: "https://www.youtube.com/shorts/kD1fLx7QwH3",
    9: "https://www.youtube.com/@haneul_tradinghub",
    10: "https://www.youtube.com/watch?v=cV6nJs0YbPe",
    11: "https://www.youtube.com/watch?v=tG5wKr8HmZa",
    12: "https://www.youtube.com/playlist?list=PLx9Kd2mWq7RtB4sNvA1cE0yZ",
}
X = {
    1: "https://x.com/gold_rush_kr/status/1831002947716550211",
    2: "https://x.com/gold_rush_kr/status/1831009911238465012",
    3: "https://x.com/pilltrade_seoul/status/1830874412098712576",
    4: "https://x.com/pilltrade_seoul",
}
T = {
    1: "https://t.me/nightmarket_kr/4412",
    2: "https://t.me/nightmarket_kr/4419",
    3: "https://t.me/s/quietcourier/88",
    4: "https://t.me/bluepill_deals/207",
    5: "https://t.me/bluepill_deals/215",
}
N5_RAW = "https://blog.naver.com/moonstone_77/후기모음"
N = {
    1: "https://blog.naver.com/moonstone_77/223561094412",
    2: "https://blog.naver.com/moonstone_77/223561877305",
    3: "https://cafe.naver.com/greenleafclub/58213",
    4: "https://cafe.naver.com/greenleafclub/58240",
    5: "https://blog.naver.com/moonstone_77/%ED%9B%84%EA%B8%B0%EB%AA%A8%EC%9D%8C",
}
K = {
    1: "https://cafe.daum.net/silverfox88/Zk3T/412",
    2: "https://tv.kakao.com/v/447120983",
}
TT1 = "https://www.tiktok.com/@lucky.slots.kr/video/7411290038457712928"

R_YT = "KCSC-240903-01"
R_X = "KCSC-240904-02"
R_TG = "KCSC-240905-03"
R_NV = "KCSC-240906-04"
R_KK = "KCSC-240909-05"
R_TT = "KCSC-240910-06"
R_TG2 = "KCSC-240911-07"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    (R_YT, "youtube", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     list(Y.values()), "illegal_drugs", 'channel "haneul trading hub", videos, shorts and one playlist'),
    (R_X, "x", "2024-09-04T11:30:00+09:00", "2024-09-11T18:00:00+09:00",
     list(X.values()), "illegal_drugs", "two accounts, posts and one account page"),
    (R_TG, "telegram", "2024-09-05T09:15:00+09:00", "2024-09-12T18:00:00+09:00",
     [T[1], T[2], T[3]], "illegal_goods", "public channels, posts"),
    (R_NV, "naver", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00",
     list(N.values()), "illegal_drugs", "blog posts and cafe posts; one Korean path"),
    (R_KK, "kakao", "2024-09-09T10:40:00+09:00", "2024-09-16T18:00:00+09:00",
     list(K.values()), "obscenity", "Daum cafe post, Kakao TV clip"),
    (R_TT, "tiktok", "2024-09-10T16:20:00+09:00", "2024-09-17T18:00:00+09:00",
     [TT1], "gambling", "one video"),
    (R_TG2, "telegram", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00",
     [T[4], T[5]], "illegal_goods", "same seller, two posts"),
]


def msgid(ref):
    return ref.lower()  # corpuslib adds "@kcsc.example"


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(text):
    """RFC 2047 encoded-word, as mail clients write non-ASCII display names."""
    return "=?UTF-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def html_doc(inner):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:Arial,sans-serif;font-size:13px\">\n"
            + inner.strip("\n") + "\n</body></html>\n")


YT_SIG = """
Regards,
The YouTube Legal Support Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""

X_SIG = """
Thanks,
X Legal
"""

TG_SIG = """
Best regards,
Telegram Abuse Team
"""

NV_SIG = """
감사합니다.
NAVER 게시중단 요청 담당
"""

KK_SIG = """
감사합니다.
카카오 고객보호팀
"""

CASES = []


def case(**c):
    CASES.append(c)


# ================================================================ APPLIED
case(
    name="yt-one-sentence-four-outcomes",
    **{"from": "legal-kr@google.com"},
    date="Mon, 09 Sep 2024 16:02:11 +0900",
    subject=f"Re: [{R_YT}] Request to remove content on YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Thank you for your notice {R_YT}.

After reviewing the videos you listed, we removed {Y[1]} and {Y[2]} for violating our Community Guidelines, blocked {Y[3]} from view in South Korea on the basis of local law, and did not take action on {Y[4]} because we found that it does not violate our policies or Korean law.

The other URLs in your notice are still with our team.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome email (Legal Support, per-URL decisions)",
    why="one sentence gives three different outcomes to four URLs: two removed, one geo-blocked, one refused with reason",
    items={Y[1]: "removed", Y[2]: "removed", Y[3]: "restricted", Y[4]: "rejected"},
)

case(
    name="yt-numbered-status-below",
    **{"from": "legal-kr@google.com"},
    date="Tue, 10 Sep 2024 09:41:50 +0900",
    subject=f"[{R_YT}] Outcome of your legal request",
    reply_to_req=msgid(R_YT),
    body=f"""
Hi there,

We have completed our review of part of your request {R_YT}. The outcome for each URL is below.

1. {Y[5]}
   Action taken: Blocked in South Korea (local law)

2. {Y[6]}
   Action taken: Removed - violation of our policy on regulated goods

3. {Y[7]}
   Action taken: None. The uploader had already deleted this Short before we reviewed it, so there was nothing left for us to act on.

If you have questions about these decisions, reply to this email and keep the reference in the subject line.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal request outcome list (numbered URLs, 'Action taken' line under each)",
    why="status on the line below each URL; 'Action taken: None' for a Short the uploader had deleted means not_found, not rejected",
    items={Y[5]: "restricted", Y[6]: "removed", Y[7]: "not_found"},
)

case(
    name="yt-hedge-in-relative-clause",
    **{"from": "legal-kr@google.com"},
    date="Wed, 11 Sep 2024 11:18:03 +0900",
    subject=f"Re: [{R_YT}] Request to remove content on YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

We have removed {Y[10]} under our policy on the sale of regulated goods.

The channel {Y[9]}, which may already have been terminated as part of an earlier enforcement action, is being looked at by a specialist team. We will update you once we know more.
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support partial outcome with a channel still under review",
    why="first video removed; the channel's 'may already have been terminated' sits in a relative clause and the main clause says it is still being looked at: pending",
    items={Y[10]: "removed", Y[9]: "pending"},
)

case(
    name="x-negation-withheld-not-removed",
    **{"from": "legal@x.com"},
    date="Fri, 06 Sep 2024 18:22:40 +0000",
    subject=f"Re: {R_X} - Korea Communications Standards Commission request",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

We have reviewed your request.

We have withheld {X[1]} in South Korea.

We have not removed {X[2]}: after review we found it does not violate the X Rules, and it remains available.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal request reply (country withheld content / no violation)",
    why="first post withheld in Korea; 'have not removed ... remains available' with a reason is a refusal, not a removal",
    items={X[1]: "restricted", X[2]: "rejected"},
)

case(
    name="x-later-sentence-upgrades",
    **{"from": "legal@x.com"},
    date="Mon, 09 Sep 2024 07:05:12 +0000",
    subject=f"Re: {R_X} - update",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

On 6 September we withheld {X[3]} in South Korea in response to your request. Following a further review by our safety team, the post has since been removed from X globally for violating our policy on illegal goods and services.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up: withheld first, then removed globally",
    why="the later sentence revises the earlier one: the post's current status is removed",
    items={X[3]: "removed"},
)

case(
    name="tg-three-outcomes-prose",
    **{"from": "abuse@telegram.org"},
    date="Sat, 07 Sep 2024 13:44:09 +0400",
    subject=f"Re: {R_TG} Case #7741203",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

Thank you for your report regarding {R_TG}.

We blocked the post {T[1]} for all users. The message {T[2]} could not be found: no message with that number exists in the channel, perhaps the link was copied incorrectly. The post {T[3]} does not violate the Telegram Terms of Service, so no action was taken on it.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (prose, one outcome per sentence)",
    why="three outcomes in consecutive sentences; 'perhaps the link was copied incorrectly' hedges the cause, not the not-found statement",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "rejected"},
)

case(
    name="tg-restricted-while-taken-down",
    **{"from": "abuse@telegram.org"},
    date="Fri, 13 Sep 2024 10:12:55 +0400",
    subject=f"Re: {R_TG2} Case #7741288",
    reply_to_req=msgid(R_TG2),
    body=f"""
Hello,

Regarding {R_TG2}: {T[4]} is now unavailable to users in South Korea, while {T[5]} was taken down entirely, as its content breaches our rules on the sale of illegal goods.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply (country restriction and removal in one sentence)",
    why="one sentence, two items, two different statuses joined by 'while'",
    items={T[4]: "restricted", T[5]: "removed"},
)

NV_TABLE = f"""
<p>안녕하세요. 네이버 게시중단 요청 담당자입니다.</p>
<p>방송통신심의위원회의 요청({R_NV})에 대한 조치 결과를 아래와 같이 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>게시중단</td><td>불법정보(의약품 판매)</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>임시조치</td><td>30일</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>게시물 없음</td><td>작성자가 요청 전 삭제</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>조치하지 않음</td><td>불법정보에 해당하지 않는 것으로 판단</td></tr>
</table>
<p>문의사항은 본 메일로 회신 부탁드립니다.</p>
<p>감사합니다.<br>NAVER 게시중단 요청 담당</p>
"""
case(
    name="naver-html-table-four-rows",
    **{"from": "policy@navercorp.com"},
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject=f"[NAVER] {R_NV} 게시중단 요청 조치 결과 안내",
    reply_to_req=msgid(R_NV),
    type="html",
    body=html_doc(NV_TABLE),
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 조치 결과 안내 (HTML table, 시정요구 조치결과 style)",
    why="four rows: 게시중단 removed, 임시조치 restricted, 게시물 없음 (author deleted) not_found, 조치하지 않음 with reason rejected",
    items={N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[4]: "rejected"},
)

case(
    name="naver-table-then-note-revises",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 17:05:44 +0900",
    subject=f"[NAVER] {R_NV} 조치 결과 (2차)",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버입니다.

요청번호 {R_NV} 관련 조치 결과입니다.

번호 | URL | 조치
1 | {N[1]} | 임시조치
2 | {N[2]} | 게시중단

※ 1번 게시물은 임시조치 이후 재검토를 거쳐 9월 12일 최종 삭제되었습니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치 결과 text table with a ※ footnote",
    why="the footnote updates row 1 (temporary measure, then final deletion the same day): removed; row 2 게시중단 removed",
    items={N[1]: "removed", N[2]: "removed"},
)

case(
    name="naver-korean-particles",
    **{"from": "policy@navercorp.com"},
    date="Fri, 13 Sep 2024 10:20:31 +0900",
    subject=f"RE: [{R_NV}] 게시물 게시중단 요청",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요.

요청하신 게시물에 대한 처리 결과를 알려드립니다.

{N5_RAW}
→ 게시중단 처리 완료

{N[4]}은 작성자가 이미 삭제하여 존재하지 않는 게시물입니다（확인일: 9월 12일）.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog/cafe 게시중단 처리 결과 reply (Korean prose)",
    why="raw Korean path with the status on the next line; a URL followed directly by the particle 은 and full-width brackets",
    items={N[5]: "removed", N[4]: "not_found"},
)

case(
    name="kakao-blind-and-age-limit",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객보호팀"),
    date="Thu, 12 Sep 2024 14:11:27 +0900",
    subject=f"[카카오] 시정요구({R_KK}) 조치 결과 회신",
    reply_to_req=msgid(R_KK),
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

요청하신 건({R_KK})에 대하여 다음과 같이 조치하였습니다.

1) {K[1]}
   - 다음카페 운영정책 위반으로 블라인드 처리
2) {K[2]}
   - 청소년유해 정보로 판단하여 19세 이상 연령 제한 적용 (성인 인증 후 시청 가능)
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 시정요구 조치 결과 회신 (블라인드, 연령 제한)",
    why="블라인드 means removed; an 19+ age limit is a restriction",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="tiktok-single-item-no-url",
    **{"from": "legal-kr@tiktok.com"},
    name_from="TikTok Legal",
    date="Thu, 12 Sep 2024 08:50:12 +0000",
    subject=f"Re: {R_TT} Removal request",
    reply_to_req=msgid(R_TT),
    body=f"""
Hello,

Thank you for contacting TikTok. We reviewed the video in your request {R_TT} and removed it for violating our Community Guidelines on gambling.

TikTok Legal
""",
    outcome="applied", classification="confirmation",
    imitates="TikTok report outcome email ('we removed the content you reported')",
    why="no URL, but the request has one item and the email states its removal unhedged",
    items={TT1: "removed"},
)

CSV_ATT = f"""url,decision,scope,notes
{Y[11]},Removed,Global,Community Guidelines - regulated goods
{Y[12]},Blocked,KR,Local law
{Y[1]},No action,,Not in violation of our policies or local law
"""
case(
    name="yt-csv-attachment",
    **{"from": "legal-kr@google.com"},
    date="Fri, 13 Sep 2024 12:00:41 +0900",
    subject=f"[{R_YT}] Decisions (attached)",
    reply_to_req=msgid(R_YT),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==b516csv=="

--==b516csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Please find our decisions for three of the URLs in {R_YT} in the attached file.
{YT_SIG}
--==b516csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_decisions.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_decisions.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--==b516csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal decisions sent as a CSV attachment",
    why="CSV rows: Removed, Blocked KR, No action with a reason",
    items={Y[11]: "removed", Y[12]: "restricted", Y[1]: "rejected"},
)

case(
    name="x-statuses-by-position",
    **{"from": "legal@x.com"},
    date="Tue, 10 Sep 2024 02:31:16 +0000",
    subject=f"Re: {R_X}",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Regarding the three posts you reported:

(1) {X[1]}
(2) {X[2]}
(3) {X[3]}

Items 1 and 3 have been withheld in South Korea. Item 2 was removed for violating our rules on illegal goods and services.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply referring to reported posts by number",
    why="statuses given by position in the email's own numbered list",
    items={X[1]: "restricted", X[2]: "removed", X[3]: "restricted"},
)

OUTLOOK_QUOTE = "\n".join(Y[i] for i in range(1, 13))
case(
    name="yt-outlook-top-posted",
    **{"from": "legal-kr@google.com"},
    date="Thu, 05 Sep 2024 19:27:08 +0900",
    subject=f"RE: [{R_YT}] Request to remove content on YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hi KCSC team,

We reviewed {Y[2]} and have applied an age restriction to it; it can no longer be viewed by signed-out users or by users under 18. We are still looking at the rest of your list.

Jae-won
YouTube Legal Support

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: legal-kr@google.com
Subject: [{R_YT}] Request to remove content on YouTube

Dear YouTube,

Under Article 44-7 of the Network Act, we request the removal of the following content:

{OUTLOOK_QUOTE}

Korea Communications Standards Commission
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's request",
    why="only the URL in the reply changes (age-restricted); the twelve URLs of the quoted request are not statements",
    items={Y[2]: "restricted"},
)

case(
    name="x-gmail-quote-update",
    **{"from": "legal@x.com"},
    date="Wed, 11 Sep 2024 06:48:30 +0000",
    subject=f"Re: {R_X}",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Quick update on your report: {X[1]} has now been removed from X entirely. Nothing has changed for the other post.

X Legal

On Fri, Sep 6, 2024 at 6:22 PM X Legal <legal@x.com> wrote:
> Hello,
>
> We have withheld the following posts in South Korea:
> {X[1]}
> {X[2]}
>
> Thanks,
> X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal follow-up in Gmail quoting style over its own earlier message",
    why="new text removes the first post; the second post's withholding is only in quoted text, so it stays pending on a fresh ledger",
    items={X[1]: "removed", X[2]: "pending"},
)

TG_QP_BODY = f"""Hello,

Case #7741240, your request {R_TG}.

We have removed {T[1]} from Telegram. The post {T[3]} does not exist \u2014 the channel has no message with that number, so there is nothing for us to remove.

Best regards,
Telegram Abuse Team
"""
case(
    name="tg-quoted-printable",
    **{"from": "abuse@telegram.org"},
    date="Mon, 09 Sep 2024 21:03:17 +0400",
    subject=f"Re: {R_TG} Case #7741240",
    reply_to_req=msgid(R_TG),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(TG_QP_BODY),
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply, quoted-printable body",
    why="quoted-printable with an encoded dash; one removed, one not found",
    items={T[1]: "removed", T[3]: "not_found"},
)

NV_B64_BODY = f"""안녕하세요. 네이버 게시중단 요청 담당입니다.

{R_NV} 요청 건 처리 결과를 회신드립니다.

- {N[2]} : 임시조치(30일) 완료
- {N[3]} : 카페 운영원칙 위반으로 블라인드 처리

감사합니다.
"""
case(
    name="naver-base64",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 16:45:02 +0900",
    subject=f"=?UTF-8?B?{base64.b64encode(f'[NAVER] {R_NV} 처리 결과'.encode()).decode()}?=",
    reply_to_req=msgid(R_NV),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(NV_B64_BODY),
    outcome="applied", classification="confirmation",
    imitates="NAVER 처리 결과 회신, base64 body and encoded subject",
    why="임시조치 is restricted; 블라인드 is removed",
    items={N[2]: "restricted", N[3]: "removed"},
)

case(
    name="yt-angle-brackets-line-below",
    **{"from": "legal-kr@google.com"},
    date="Sat, 14 Sep 2024 10:30:00 +0900",
    subject=f"[{R_YT}] Update on your request",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

The following video has been removed from YouTube worldwide:

  <{Y[4]}>

The following video is now unavailable in South Korea only; it remains visible in other countries:

  <{Y[5]}>
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome with URLs in angle brackets under their statement",
    why="each statement is on the line above its URL; 'remains visible in other countries' makes the second a country restriction",
    items={Y[4]: "removed", Y[5]: "restricted"},
)

case(
    name="x-refusal-with-reason",
    **{"from": "legal@x.com"},
    date="Thu, 12 Sep 2024 09:14:55 +0000",
    subject=f"Re: {R_X}",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

We have carefully reviewed {X[3]} and determined that it does not violate the X Rules, and the request does not give us a sufficient legal basis to withhold it in South Korea. We will therefore not be taking action on this post.

If you disagree with this decision, you can provide more information through https://help.x.com/forms/legal-request.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X legal reply declining to withhold, with reasons",
    why="a refusal with its reason; the help form link is not an item",
    items={X[3]: "rejected"},
)

case(
    name="kakao-not-deleted-but-blinded",
    **{"from": "safety@kakaocorp.com"},
    name_from=enc("카카오 고객보호팀"),
    date="Fri, 13 Sep 2024 11:02:39 +0900",
    subject=f"Re: [{R_KK}] 게시물 삭제 요청",
    reply_to_req=msgid(R_KK),
    body=f"""
안녕하세요, 카카오 고객보호팀입니다.

{K[1]} 게시물은 삭제하지 않았습니다. 다만 다음카페 운영정책에 따라 해당 게시물을 모든 이용자에게 보이지 않도록 블라인드 처리하였습니다.
{KK_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 블라인드 처리 안내",
    why="'not deleted' is followed by a blind for all users, which counts as removed",
    items={K[1]: "removed"},
)

case(
    name="yt-echoed-report",
    **{"from": "youtube-legal-noreply@google.com"},
    name_from="YouTube Legal",
    date="Sun, 15 Sep 2024 03:12:44 +0900",
    subject="Your YouTube legal complaint - outcome",
    body=f"""
Hi KCSC,

Here is a copy of what you submitted, followed by our decision.

---
Reference: {R_YT}
Reported URL: {Y[6]}
Country: South Korea
Description: sale of prescription drugs without a licence
Outcome: We removed this content for violating our Community Guidelines.
---
Reference: {R_YT}
Reported URL: {Y[7]}
Country: South Korea
Description: sale of prescription drugs without a licence
Outcome: We couldn't find this content. The link may be incorrect or the content may no longer exist.
---
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal webform outcome email echoing the submitted complaint",
    why="echoed report blocks, each with its outcome; 'couldn't find' is unhedged even if the explanation after it is",
    items={Y[6]: "removed", Y[7]: "not_found"},
)

case(
    name="tg-correction-later-sentence",
    **{"from": "abuse@telegram.org"},
    date="Sun, 15 Sep 2024 12:40:00 +0400",
    subject=f"Re: {R_TG} Case #7741203 - correction",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

A correction to our message of 12 September: we wrote that {T[2]} had been blocked. That was a mistake on our side. The post was never blocked and remains available, as our moderators found no breach of the Telegram Terms of Service in it.
{TG_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk correction of an earlier reply",
    why="the first sentence reports what was wrongly said; the later sentences say the post stays up for lack of a breach: rejected",
    items={T[2]: "rejected"},
)

case(
    name="naver-not-gesijungdan",
    **{"from": "policy@navercorp.com"},
    date="Mon, 16 Sep 2024 10:05:19 +0900",
    subject=f"[NAVER] {R_NV} 검토 결과 안내",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물({N[1]})은 검토 결과 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에서 정한 불법정보에 해당한다고 보기 어려워 게시중단 조치를 하지 않았음을 알려드립니다.
{NV_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 불가 안내 (refusal with a legal reason)",
    why="게시중단 appears only negated (하지 않았음), with a reason: rejected",
    items={N[1]: "rejected"},
)

case(
    name="yt-dsa-statement-of-reasons",
    **{"from": "legal-kr@google.com"},
    date="Mon, 16 Sep 2024 15:55:10 +0900",
    subject=f"Statement of reasons - {R_YT}",
    reply_to_req=msgid(R_YT),
    body=f"""
Statement of reasons

Decision reference: SOR-YT-2024-0916-58812
Content: {Y[8]}
Type of restriction: visibility - content disabled in a territory
Territorial scope: Republic of Korea
Facts and circumstances: notice from a public authority ({R_YT})
Ground: illegal content under the law of the Republic of Korea
Automated detection: no
Automated decision: no
Redress: the uploader may appeal at https://support.google.com/youtube/answer/2802168
{YT_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons (transparency database fields)",
    why="field layout: content disabled in the Korean territory is a restriction; the appeal link is not an item",
    items={Y[8]: "restricted"},
)

X_HTML = f"""
<p>Hello,</p>
<p>Below is the outcome of our review of your request {R_X}.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>Reported content</th><th>Action</th></tr></thead>
<tbody>
<tr><td><a href="{X[1]}">{X[1]}</a></td><td>Withheld in KR</td></tr>
<tr><td><a href="{X[2]}">{X[2]}</a></td><td>No violation found - no action</td></tr>
<tr><td><a href="{X[3]}">{X[3]}</a></td><td>Removed</td></tr>
<tr><td><a href="{X[4]}">{X[4]}</a></td><td>Account suspended</td></tr>
</tbody></table>
<p>Thanks,<br>X Legal</p>
"""
case(
    name="x-html-table",
    **{"from": "legal@x.com"},
    date="Tue, 17 Sep 2024 04:20:33 +0000",
    subject=f"Re: {R_X} outcome",
    reply_to_req=msgid(R_X),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="==b516alt=="

--==b516alt==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

Below is the outcome of our review of your request {R_X}.

{X[1]}  Withheld in KR
{X[2]}  No violation found - no action
{X[3]}  Removed
{X[4]}  Account suspended

Thanks,
X Legal

--==b516alt==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html_doc(X_HTML)}
--==b516alt==--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome table (multipart/alternative, text and HTML)",
    why="one row per item: withheld, no violation, removed, account suspended",
    items={X[1]: "restricted", X[2]: "rejected", X[3]: "removed", X[4]: "removed"},
)

case(
    name="x-ack-plus-statement",
    **{"from": "legal@x.com"},
    date="Thu, 05 Sep 2024 23:10:02 +0000",
    subject=f"Re: {R_X} [ref:_00D1t_5004Q:ref]",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

Thank you for your report. Your ticket number is 0193-5542.

We have removed {X[2]} for violating our rules on illegal goods and services.
{X_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="X support ticket reply: receipt phrase followed by an outcome",
    why="an acknowledgement phrase plus an unhedged removal is not an acknowledgement",
    items={X[2]: "removed"},
)

# ================================================================ REVIEW
case(
    name="yt-promise-will-be-removed",
    **{"from": "legal-kr@google.com"},
    date="Wed, 04 Sep 2024 17:33:21 +0900",
    subject=f"Re: [{R_YT}] Request to remove content on YouTube",
    reply_to_req=msgid(R_YT),
    body=f"""
Hello,

Thanks for your notice. Our team has confirmed that {Y[1]} and {Y[2]} violate our policies, and they will be removed within 24 hours. We'll send a final confirmation once this is done.
{YT_SIG}""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim reply promising removal",
    why="'will be removed' is a promise; the items stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="x-appears-and-under-review",
    **{"from": "legal@x.com"},
    date="Sat, 07 Sep 2024 01:15:49 +0000",
    subject=f"Re: {R_X}",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

It appears that {X[1]} has already been withheld in South Korea in response to an earlier legal request. {X[2]} is currently under review and we will follow up.
{X_SIG}""",
    outcome="review", review="not_understood",
    imitates="X legal interim reply (hedged status, under review)",
    why="'it appears that' hedges the first status; 'under review' is no status",
    items={X[1]: "pending", X[2]: "pending"},
)

case(
    name="tg-bulk-all-taken-down",
    **{"from": "abuse@telegram.org"},
    date="Tue, 10 Sep 2024 08:02:00 +0400",
    subject=f"Re: {R_TG} Case #7741355",
    reply_to_req=msgid(R_TG),
    body=f"""
Hello,

All of the content listed in your request {R_TG} has been taken down.
{TG_SIG}""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk one-line bulk confirmation",
    why="a statement about all items of a three-item request without naming them",
    items={T[1]: "pending", T[2]: "pending", T[3]: "pending"},
)

case(
    name="naver-table-note-conflict",
    **{"from": "policy@navercorp.com"},
    date="Wed, 18 Sep 2024 13:27:51 +0900",
    subject=f"[NAVER] {R_NV} 조치 결과",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버입니다.

번호 | URL | 조치 결과
1 | {N[3]} | 삭제

※ 위 게시물은 검토 결과 관련 법령 위반 사항이 확인되지 않아 게시를 유지하기로 하였습니다.
{NV_SIG}""",
    outcome="review", review="conflicting_statements",
    imitates="NAVER 조치 결과 table whose footnote contradicts the row",
    why="the row says 삭제 and the footnote says the post stays up; neither revises the other in time",
    items={N[3]: "pending"},
)

case(
    name="x-auth-fail",
    **{"from": "legal@x.com"},
    auth="fail",
    date="Sun, 08 Sep 2024 12:00:00 +0000",
    subject=f"Re: {R_X} completed",
    body=f"""
Hello,

We have removed {X[3]} and suspended {X[4]}.
{X_SIG}""",
    outcome="review", review="untrusted",
    imitates="X legal outcome email failing DKIM/SPF/DMARC",
    why="From x.com but authentication fails",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="yt-uploader-gmail",
    **{"from": "haneul.trading.hub@gmail.com"},
    name_from="Haneul Trading",
    date="Thu, 05 Sep 2024 22:41:13 +0900",
    subject=f"About {R_YT}",
    body=f"""
Hello,

I am the owner of the channel. I deleted the video {Y[3]} myself yesterday, so please close your case {R_YT}.

Thank you.
""",
    outcome="review", review="unknown_sender",
    imitates="uploader writing to the regulator from a personal mailbox",
    why="not a platform sender; statements from the uploader change nothing",
    items={Y[3]: "pending"},
)

case(
    name="x-speaks-of-telegram-url",
    **{"from": "legal@x.com"},
    date="Mon, 09 Sep 2024 03:30:40 +0000",
    subject=f"Re: {R_TG}",
    body=f"""
Hello,

The URL {T[3]} in your message is not hosted on X, and we could not find any such content on our service. Please contact the service that hosts it.
{X_SIG}""",
    outcome="review", review="wrong_platform",
    imitates="X legal reply to a request meant for another service",
    why="X states a status for a Telegram item",
    items={T[3]: "pending"},
)

case(
    name="yt-no-claims-portal",
    **{"from": "legal-kr@google.com"},
    date="Tue, 17 Sep 2024 10:00:05 +0900",
    subject="Government request channel",
    body="""
Hi,

Thanks for getting in touch. For government requests from Korea, please use the dedicated portal at https://support.google.com/legal/contact/govt_request_kr so that our team can track your requests and reply to you there.

Best,
Minji
Google Legal Support
""",
    outcome="review", review="no_claims", classification="other",
    imitates="Google Legal Support pointer to the government request portal",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="naver-asks-documents",
    **{"from": "policy@navercorp.com"},
    date="Mon, 09 Sep 2024 11:11:11 +0900",
    subject=f"[NAVER] {R_NV} 관련 추가 자료 요청",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버입니다.

요청번호 {R_NV} 처리를 위하여 시정요구 공문 원본과 게시물별 위반 근거(관련 법령 조항)를 본 메일로 회신해 주시기 바랍니다. 자료 확인 후 검토를 진행하겠습니다.
{NV_SIG}""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 추가 자료 요청 (공문 원본, 위반 근거)",
    why="the platform asks for documents before reviewing",
    items={},
)

case(
    name="x-condition-if-not-deleted",
    **{"from": "legal@x.com"},
    date="Tue, 10 Sep 2024 14:05:09 +0000",
    subject=f"Re: {R_X}",
    reply_to_req=msgid(R_X),
    body=f"""
Hello,

The account {X[4]} has received a warning. If the post {X[3]} is not deleted by the account holder within 48 hours, we will withhold the account in South Korea.
{X_SIG}""",
    outcome="review", review="not_understood",
    imitates="X legal reply announcing a conditional enforcement",
    why="a warning and a condition are no status",
    items={X[3]: "pending", X[4]: "pending"},
)

case(
    name="naver-bulk-korean",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject=f"[NAVER] {R_NV} 게시중단 완료",
    reply_to_req=msgid(R_NV),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 게시물 5건 전체에 대해 게시중단 처리를 완료하였습니다.
{NV_SIG}""",
    outcome="review", review="bulk",
    imitates="NAVER 게시중단 완료 안내 (bulk, no URLs)",
    why="all five items of the request in one statement without naming them",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending", N[4]: "pending", N[5]: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "kim.jiwoo@navercorp.com"},
    name_from=enc("김지우"),
    date="Fri, 13 Sep 2024 08:00:03 +0900",
    subject=f"[부재중] Re: [{R_NV}] 게시물 게시중단 요청",
    reply_to_req=msgid(R_NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김지우입니다.

9월 13일부터 9월 18일까지 휴가로 부재중입니다. 급한 건은 policy@navercorp.com 으로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="auto-reply",
    items={},
)

DSN_ORIG = f"""From: KCSC Takedown <takedown@kcsc.example>
To: dsa@telegram.org
Subject: [{R_TG2}] Request to remove content on Telegram
Message-ID: <{msgid(R_TG2)}@kcsc.example>
Date: Wed, 11 Sep 2024 09:00:00 +0900

Please remove:
{T[4]}
{T[5]}
"""
case(
    name="dsn-bounce-telegram",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    date="Wed, 11 Sep 2024 09:00:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="==b516dsn=="

--==b516dsn==
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<dsa@telegram.org>: host mx1.telegram.org[203.0.113.25] said: 452 4.2.2
    Mailbox full (in reply to RCPT TO command)

--==b516dsn==
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Wed, 11 Sep 2024 09:00:01 +0900

Final-Recipient: rfc822; dsa@telegram.org
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx1.telegram.org
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full

--==b516dsn==
Content-Type: message/rfc822

{DSN_ORIG}
--==b516dsn==--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification with the original request attached",
    why="a bounce; the URLs are only in the returned request",
    items={},
)

case(
    name="x-read-receipt",
    **{"from": "legal@x.com"},
    date="Wed, 04 Sep 2024 13:02:10 +0000",
    subject=f"Read: {R_X} - Korea Communications Standards Commission request",
    reply_to_req=msgid(R_X),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="==b516mdn=="

--==b516mdn==
Content-Type: text/plain; charset=utf-8

Your message

  To: legal@x.com
  Subject: {R_X} - Korea Communications Standards Commission request
  Sent: Wednesday, September 4, 2024 11:30 AM (UTC+09:00)

was read on Wednesday, September 4, 2024 1:02 PM (UTC+00:00).

--==b516mdn==
Content-Type: message/disposition-notification

Reporting-UA: x.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;legal@x.com
Original-Message-ID: <{msgid(R_X)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--==b516mdn==--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN)",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="tiktok-ticket-receipt",
    **{"from": "no-reply@tiktok.com"},
    name_from="TikTok Support",
    date="Tue, 10 Sep 2024 07:21:45 +0000",
    subject="We've received your report [Ticket #TT-20240910-448213]",
    body=f"""
Hi,

We've received your report about the following content:

{TT1}

Ticket: #TT-20240910-448213

Our team will review it and get back to you. You don't need to reply to this message.

TikTok Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="TikTok report receipt with ticket number",
    why="pure acknowledgement echoing the reported URL",
    items={},
)

case(
    name="kakao-receipt-korean",
    **{"from": "noreply@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date="Mon, 09 Sep 2024 10:41:30 +0900",
    subject="[카카오 고객센터] 신고가 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다.

접수번호: 2024090910-77154
요청번호: {R_KK}

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내해 드리겠습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 신고 접수 안내",
    why="pure receipt with a ticket number and the request reference",
    items={},
)

case(
    name="yt-noreply-autoreply",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date="Tue, 03 Sep 2024 10:00:22 +0900",
    subject=f"Automatic reply: [{R_YT}] Request to remove content on YouTube",
    reply_to_req=msgid(R_YT),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
This is an automated reply. This mailbox is not monitored.

To submit a legal request, please use https://support.google.com/legal. Messages sent to this address are not reviewed.
""",
    outcome="ignored", classification="auto_reply",
    imitates="YouTube unmonitored-mailbox automatic reply",
    why="auto-reply",
    items={},
)


HEADER = """# Blind set 516 (what a program gets wrong): expected results written from
# each email's meaning before any run of the reader. Generated by make.py.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
