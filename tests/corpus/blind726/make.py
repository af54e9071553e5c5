#!/usr/bin/env python3
"""Blind set 726: what a program gets wrong.

Mixed statuses in one sentence, hedges in relative clauses, negations,
refusals with reasons, later sentences that revise earlier ones, a table
contradicted or corrected by a note, statuses given by position.

    python3 tests/corpus/blind726/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). The
expected results were written from each email's meaning before the reader
was ever run on them.
"""
import base64
import csv
import io
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

SET = "blind726"
KST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))


def D(day, hh, mm, ss=0, tz=KST):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=tz))


def H(s):
    """RFC 2047 encode a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def tistory(slug):
    return "https://haneul-store.tistory.com/entry/" + quote(slug)


# ---------------------------------------------------------------- requests
X = {i: u for i, u in enumerate([
    "https://x.com/hanbit_deals77/status/1832200000000000101",
    "https://x.com/hanbit_deals77/status/1832200000000000102",
    "https://x.com/mirae_pick/status/1832200000000000203",
    "https://x.com/mirae_pick/status/1832200000000000204",
    "https://x.com/cheongsu_k/status/1832200000000000305",
    "https://x.com/cheongsu_k/status/1832200000000000306",
    "https://x.com/dal_bit_shop/status/1832200000000000407",
    "https://x.com/dal_bit_shop/status/1832200000000000408",
    "https://x.com/norang_2024/status/1832200000000000509",
    "https://x.com/norang_2024/status/1832200000000000510",
    "https://x.com/pado_seller/status/1832200000000000611",
    "https://x.com/pado_seller/status/1832200000000000612",
], start=1)}
N = {i: u for i, u in enumerate([
    "https://blog.naver.com/sunny_mall22/223560011201",
    "https://blog.naver.com/sunny_mall22/223560011202",
    "https://cafe.naver.com/joonggomarket/884201",
    "https://cafe.naver.com/joonggomarket/884202",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471230011",
], start=1)}
T = {i: u for i, u in enumerate([
    "https://t.me/bluefin_drops/412",
    "https://t.me/bluefin_drops/419",
    "https://t.me/gomdori_market/77",
    "https://t.me/gomdori_market/81",
    "https://t.me/haemul_notice/2031",
    "https://t.me/haemul_notice/2038",
], start=1)}
Y = {i: u for i, u in enumerate([
    "https://www.youtube.com/watch?v=Qm7rT2wLx0A",
    "https://www.youtube.com/watch?v=Hk3vP9sEe1Z",
    "https://www.youtube.com/shorts/bN4cW8yUu2K",
    "https://www.youtube.com/watch?v=Zp0aK5dMn3T",
], start=1)}
K1_RAW = "https://haneul-store.tistory.com/entry/정품-유통-후기"
K2_RAW = "https://haneul-store.tistory.com/entry/대량-구매-안내"
K = {
    1: tistory("정품-유통-후기"),
    2: tistory("대량-구매-안내"),
    3: "https://cafe.daum.net/moonlightdeal/Hq2X/311",
    4: "https://cafe.daum.net/moonlightdeal/Hq2X/318",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240909-01", "x", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00",
     [X[i] for i in range(1, 13)], "illegal_trade", "counterfeit goods sellers"),
    ("KCSC-240910-02", "naver", "2024-09-10T10:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [N[i] for i in range(1, 6)], "illegal_trade", "blog, cafe and KnowledgeiN posts"),
    ("KCSC-240911-03", "telegram", "2024-09-11T09:15:00+09:00", "2024-09-18T23:59:59+09:00",
     [T[i] for i in range(1, 5)], "gambling", "two channels"),
    ("KCSC-240911-04", "youtube", "2024-09-11T11:00:00+09:00", "2024-09-18T23:59:59+09:00",
     [Y[1], Y[2], Y[3]], "defamation", ""),
    ("KCSC-240912-05", "kakao", "2024-09-12T15:20:00+09:00", "2024-09-19T23:59:59+09:00",
     [K[i] for i in range(1, 5)], "illegal_trade", "Tistory blog and Daum cafe"),
    ("KCSC-240913-06", "youtube", "2024-09-13T10:00:00+09:00", "2024-09-20T23:59:59+09:00",
     [Y[4]], "privacy", "single video"),
    ("KCSC-240913-07", "telegram", "2024-09-13T10:40:00+09:00", "2024-09-20T23:59:59+09:00",
     [T[5], T[6]], "gambling", ""),
]


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted_request_x(prefix="> "):
    lines = [
        "Dear X Legal team,",
        "",
        "The Korea Communications Standards Commission asks you to remove or",
        "restrict the following posts (our ref. KCSC-240909-01):",
        "",
    ] + [f"{i}. {X[i]}" for i in range(1, 13)] + [
        "",
        "Please let us know the measure taken for each URL by 16 September.",
        "",
        "KCSC Takedown desk",
    ]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ============================================================ applied: X
case(
    name="x-mixed-one-sentence",
    from_="legal-kr@x.com", date=D(12, 17, 5),
    subject="Re: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hello,

Thank you for your request regarding the posts listed under KCSC-240909-01.

Having reviewed the first four URLs, we have removed {X[1]} and {X[2]} for violating the X Rules on illegal and regulated goods, withheld {X[3]} in South Korea on the basis of the local law you cited, and left {X[4]} available because it does not break our rules and we could not identify a legal basis for restricting it.

We are still working on the remaining URLs in your letter and will reply separately.

Regards,
Minseo
X Legal, Government Requests
""",
    outcome="applied", classification="confirmation",
    imitates="X legal team reply to a government removal request, outcomes in prose",
    why="one sentence gives three different statuses to four URLs; the rest are promised for later",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "rejected",
           X[5]: "pending"},
)

case(
    name="x-hedge-in-relative-clause",
    from_="legal-kr@x.com", date=D(13, 9, 48),
    subject="KCSC-240909-01 - update on two posts",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hello KCSC team,

An update on two of the posts from @cheongsu_k.

The post {X[5]}, which appears to be a repost of an older advertisement, has been withheld in South Korea.

The post {X[6]}, which may have been deleted by the account holder before we looked at it, could not be located on our systems.

We have not taken any account-level action.

Best,
X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X legal country-withheld notice to a requester, two posts in separate paragraphs",
    why="the hedges sit in relative clauses; the main clauses are plain statements (withheld, could not be located)",
    items={X[5]: "restricted", X[6]: "not_found"},
)

case(
    name="x-negation-not-removed",
    from_="legal-kr@x.com", date=D(13, 15, 22),
    subject="Re: KCSC-240909-01",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hi,

We reviewed the @dal_bit_shop and @norang_2024 posts you flagged.

The following posts were not removed. After review we did not find that they violate the X Rules, and the reported content does not appear to us to be unlawful in Korea:
- {X[7]}
- {X[8]}

By contrast, {X[9]} has been removed for violating our policy on illegal goods and services.

If you have additional legal analysis for the first two posts, you can send it in reply to this email.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="X 'no action taken' reply with reasons, followed by a removal",
    why="'were not removed' heads a list of two refusals with reasons; the last post is removed",
    items={X[7]: "rejected", X[8]: "rejected", X[9]: "removed"},
)

case(
    name="x-escalation-revises-initial",
    from_="gov-requests@x.com", date=D(16, 11, 30),
    subject="KCSC-240909-01 escalation result",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hello,

Following your escalation of 13 September, here is the history of the two posts concerned.

{X[10]}
  Initial review (11 Sep): no violation found, no action.
  Escalation review (15 Sep): removed under our private information policy.

{X[11]}
  Initial review (11 Sep): withheld in South Korea.
  Escalation review (15 Sep): no change, the post remains withheld in South Korea.

The escalation outcome is final on our side.

Kind regards,
X Global Government Affairs
""",
    outcome="applied", classification="confirmation",
    imitates="X escalation outcome with a per-post review history",
    why="the later review revises the first for x10 (no action -> removed); x11 stays withheld",
    items={X[10]: "removed", X[11]: "restricted"},
)

case(
    name="x-html-table-note-corrects",
    from_="legal-kr@x.com", date=D(16, 18, 2),
    subject="KCSC-240909-01: action summary",
    reply_to_req=req_mid("KCSC-240909-01"),
    type="html",
    body=f"""<html><body>
<p>Dear KCSC,</p>
<p>Please find below the actions taken on three posts from your request KCSC-240909-01.</p>
<table border="1" cellpadding="4">
<tr><th>Reported URL</th><th>Action</th></tr>
<tr><td>{X[7]}</td><td>Withheld in KR</td></tr>
<tr><td>{X[8]}</td><td>Removed</td></tr>
<tr><td>{X[12]}</td><td>Removed</td></tr>
</table>
<p><b>Correction to the table above:</b> the second row is wrong. The post
{X[8]} had already been deleted by its author before our team reached it,
so X took no action on it and it no longer exists.</p>
<p>Regards,<br>X Legal</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="X legal HTML action summary with a correction note under the table",
    why="the note explicitly corrects row 2: already deleted by its author (not_found), not removed by X",
    items={X[7]: "restricted", X[8]: "not_found", X[12]: "removed"},
)

csv_x = "\r\n".join([
    "Reported URL,Outcome,Comment",
    f"{X[1]},Removed,Illegal goods policy",
    f"{X[2]},Removed,Illegal goods policy",
    f"{X[3]},Withheld - KR,Local law",
    f"{X[4]},Withheld - KR,Local law",
    f"{X[5]},No action,Does not violate the X Rules",
    f"{X[6]},Not found,Post does not exist",
    f"{X[7]},Removed,",
    f"{X[8]},Withheld - KR,Local law",
    f"{X[9]},Removed,",
    f"{X[10]},No action,News reporting - not unlawful",
    f"{X[11]},Removed,",
    f"{X[12]},Not found,Deleted by the account holder",
]) + "\r\n"
case(
    name="x-csv-attachment-all-twelve",
    from_="legal-kr@x.com", date=D(17, 10, 14),
    subject="KCSC-240909-01 - full outcome (attached)",
    reply_to_req=req_mid("KCSC-240909-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_x726csv"

--=_x726csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

The outcome for each of the 12 URLs in request KCSC-240909-01 is in the
attached CSV file, one row per URL. This closes our side of the request.

X Legal

--=_x726csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_outcome.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_outcome.csv"
Content-Transfer-Encoding: base64

{b64(csv_x)}
--=_x726csv--
""",
    outcome="applied", classification="confirmation",
    imitates="X legal outcome spreadsheet sent as a CSV attachment",
    why="one CSV row per URL: removed, withheld, no action (rejected), not found",
    items={X[1]: "removed", X[2]: "removed", X[3]: "restricted", X[4]: "restricted",
           X[5]: "rejected", X[6]: "not_found", X[7]: "removed", X[8]: "restricted",
           X[9]: "removed", X[10]: "rejected", X[11]: "removed", X[12]: "not_found"},
)

outlook_body = f"""Hello,

We have withheld {X[2]} and {X[4]} in South Korea.

We have declined to act on {X[6]}: it is a news report about a
seizure of counterfeit goods and does not itself offer anything for sale.

The other posts are still with our team.

Jiwoo Han
Legal Policy, X Corp.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 2:00 PM
To: legal-kr@x.com
Subject: KCSC-240909-01 request to remove content

{quoted_request_x(prefix="")}
"""
case(
    name="x-outlook-toppost-qp",
    from_="jiwoo.han@x.com", name_from="Jiwoo Han", date=D(14, 8, 55),
    subject="RE: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    raw_mime=f"""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(outlook_body)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's original request, quoted-printable",
    why="two withheld and one refusal with its reason above the Original Message; the quoted list changes nothing",
    items={X[2]: "restricted", X[4]: "restricted", X[6]: "rejected",
           X[1]: "pending", X[3]: "pending", X[12]: "pending"},
)

case(
    name="x-gmail-quoted-hedged-aside",
    from_="legal-kr@x.com", date=D(17, 16, 40),
    subject="Re: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hi,

{X[9]} and {X[10]} were removed today.

For {X[11]} we were unable to find the post; it may have been deleted by the account owner some time ago.

Thanks,
X Legal

On Mon, Sep 9, 2024 at 2:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request_x()}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply with the request quoted under 'On ... wrote:'",
    why="two removed and one not found; the 'may have been deleted' aside is only a guess at the cause; quoted URLs do not change",
    items={X[9]: "removed", X[10]: "removed", X[11]: "not_found", X[1]: "pending"},
)

case(
    name="x-wrapped-angle-urls",
    from_="legal-kr@x.com", date=D(18, 13, 3),
    subject="KCSC-240909-01 (@pado_seller)",
    reply_to_req=req_mid("KCSC-240909-01"),
    body="""Hello,

Regarding the two @pado_seller posts in KCSC-240909-01: the post at
<https://x.com/pado_seller/status/
1832200000000000611> has been removed for violating our counterfeit goods
policy. The post at <https://x.com/pado_seller/status/
1832200000000000612> will not be actioned: it links to an official brand
store and we found no violation of our rules or of Korean law.

X Legal
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply whose mailer wrapped long URLs inside angle brackets",
    why="wrapped <...> URLs (RFC 3986 appendix C style); first removed, second refused with a reason",
    items={X[11]: "removed", X[12]: "rejected"},
)

case(
    name="x-dsa-statement-of-reasons",
    from_="noreply-legal@x.com", date=D(12, 2, 17, tz=UTC),
    subject="Statement of reasons - content withheld (ref KCSC-240909-01)",
    body=f"""STATEMENT OF REASONS

Requester reference: KCSC-240909-01
Content: {X[3]}
Decision: visibility restriction (content withheld)
Territorial scope: South Korea (KR)
Facts and circumstances: notice received from a government authority
Legal ground: local law cited by the requester
Automated detection: no
Automated decision: no

The content remains visible outside the territory listed above. The account
holder has been notified and may contest this decision at
https://help.x.com/forms/appeal-withheld-content.

This is an automated message. Replies are not monitored.
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Art. 17 statement of reasons for a country-withheld post",
    why="one content URL withheld in KR; the appeal form is the platform's own page, not an item",
    items={X[3]: "restricted"},
)

# ============================================================ applied: NAVER
case(
    name="naver-mixed-korean-sentence",
    from_="policy@navercorp.com", date=D(12, 14, 10),
    subject=H("[NAVER] 게시중단 요청(KCSC-240910-02) 처리 결과 안내"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요, 네이버 게시물 정책 담당입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240910-02)에 대해 아래와 같이 안내드립니다.

요청하신 게시물 중 {N[1]} 및 {N[2]}은 블라인드 처리하였으며, {N[3]}는 작성자가 이미 삭제하여 확인되지 않고, {N[4]}에 대해서는 30일간 임시조치하였습니다.

나머지 1건은 검토 후 별도로 회신드리겠습니다.

감사합니다.
네이버 게시물 정책 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내, several outcomes in one Korean sentence",
    why="one sentence: 블라인드 (removed) x2, 작성자 삭제 (not_found), 임시조치 (restricted); the fifth item promised later",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted",
           N[5]: "pending"},
)

case(
    name="naver-refusal-with-reason",
    from_="policy@navercorp.com", date=D(13, 16, 45),
    subject=H("Re: [KCSC-240910-02] 게시물 조치 요청"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요.

요청하신 게시물 2건에 대한 검토 결과입니다.

1) {N[1]}
  - 운영정책 위반(불법 상품 판매)이 확인되어 게시중단 조치하였습니다.

2) {N[5]}
  - 해당 지식iN 답변은 정품 구별법을 설명하는 내용으로, 관련 법령 및 운영정책 위반 사항이 확인되지 않아 게시중단 요청을 수용하기 어렵습니다.
  - 추가 법적 근거가 있으시면 회신 부탁드립니다.

감사합니다.
NAVER 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply refusing one post with its reason and taking down another",
    why="게시중단 조치 = removed; '수용하기 어렵습니다' with a reason = rejected",
    items={N[1]: "removed", N[5]: "rejected"},
)

case(
    name="naver-text-table-sijeong",
    from_="policy@navercorp.com", date=D(18, 10, 0),
    subject=H("시정요구 조치결과 회신 (KCSC-240910-02)"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""방송통신심의위원회 귀중

귀 위원회의 시정요구(KCSC-240910-02)에 대한 조치결과를 아래와 같이 회신합니다.

번호 | URL | 조치결과
1 | {N[1]} | 삭제
2 | {N[2]} | 비공개 처리
3 | {N[3]} | 해당 게시물 없음
4 | {N[4]} | 조치 불가(위반사항 없음)
5 | {N[5]} | 임시조치

※ 4번 게시물은 판매 글이 아닌 후기 글로 확인되어 조치하지 않았습니다.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 table (번호 | URL | 조치결과)",
    why="five rows, five statuses: 삭제, 비공개, 게시물 없음, 조치 불가 with reason, 임시조치",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "rejected",
           N[5]: "restricted"},
)

case(
    name="naver-korean-correction",
    from_="policy@navercorp.com", date=D(14, 11, 20),
    subject=H("[정정] KCSC-240910-02 카페 게시물 처리 결과"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요, 네이버 카페 운영정책 담당입니다.

요청하신 카페 게시물 2건의 처리 결과입니다.

- {N[3]}：임시조치(30일)
- {N[4]}：블라인드 처리

[정정 안내]
위 첫 번째 게시물({N[3]})은 임시조치가 아니라 운영정책 위반으로 운영자 삭제 처리되었습니다. 혼선을 드려 죄송합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe result with a 정정 안내 correcting the first line",
    why="the correction revises n3 from 임시조치 to 운영자 삭제 (removed); n4 블라인드 (removed)",
    items={N[3]: "removed", N[4]: "removed"},
)

naver_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 네이버입니다.</p>
<p>요청번호 KCSC-240910-02 관련 조치 내역을 알려드립니다.</p>
<table border="1" style="border-collapse:collapse">
<tr><th>게시물 URL</th><th>처리결과</th><th>처리일</th></tr>
<tr><td><a href="{N[1]}">{N[1]}</a></td><td>게시중단</td><td>2024-09-12</td></tr>
<tr><td><a href="{N[2]}">{N[2]}</a></td><td>국내 접근 제한</td><td>2024-09-12</td></tr>
<tr><td><a href="{N[5].replace('&', '&amp;')}">{N[5].replace('&', '&amp;')}</a></td><td>삭제</td><td>2024-09-13</td></tr>
</table>
<p>문의사항은 <a href="https://help.naver.com/service/5600/contents/0001">고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="naver-html-qp-table",
    from_="noreply@navercorp.com", date=D(13, 18, 30),
    subject=H("[NAVER] 게시물 조치 내역 안내"),
    reply_to_req=req_mid("KCSC-240910-02"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="nv726alt"

--nv726alt
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(naver_html)}
--nv726alt--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER HTML notice with a result table, quoted-printable, &amp; in a query URL",
    why="게시중단 (removed), 국내 접근 제한 (restricted), 삭제 (removed); the help link is not an item",
    items={N[1]: "removed", N[2]: "restricted", N[5]: "removed"},
)

# ============================================================ applied: Telegram
case(
    name="tg-prose-negation",
    from_="abuse@telegram.org", date=D(12, 20, 11, tz=UTC),
    subject="Re: KCSC-240911-03",
    reply_to_req=req_mid("KCSC-240911-03"),
    body=f"""Hello,

We did not find a violation of our Terms of Service in {T[1]} and this post stays up.

{T[2]} has been taken down.

The post {T[3]} was blocked for users in South Korea.

Telegram Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk short reply, one line per post",
    why="'did not find a violation ... stays up' = rejected; taken down = removed; blocked in KR = restricted",
    items={T[1]: "rejected", T[2]: "removed", T[3]: "restricted"},
)

case(
    name="tg-bare-url-status-below",
    from_="abuse@telegram.org", date=D(13, 7, 2, tz=UTC),
    subject="KCSC-240911-03 gomdori_market",
    reply_to_req=req_mid("KCSC-240911-03"),
    body=f"""Hi,

<{T[3]}>
Status: blocked

<{T[4]}>
Status: this message could not be found, the link is invalid

Regards,
Telegram
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply: bare URL in angle brackets, status on the line below",
    why="each status stands under its URL: blocked (removed), invalid link (not_found)",
    items={T[3]: "removed", T[4]: "not_found"},
)

case(
    name="tg-numbered-positions",
    from_="dsa@telegram.org", date=D(16, 9, 30, tz=UTC),
    subject="Your report KCSC-240911-03",
    reply_to_req=req_mid("KCSC-240911-03"),
    body=f"""Hello,

Your report listed the following messages:

1) {T[1]}
2) {T[2]}
3) {T[3]}
4) {T[4]}

Outcome: 1) and 3) have been removed. 2) could not be found. 4) remains online, since we found no breach of our Terms of Service in it.

Telegram DSA Team
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram DSA team reply that echoes the report and answers by number",
    why="the numbers refer to the list echoed in the same email, so every status maps to a URL",
    items={T[1]: "removed", T[2]: "not_found", T[3]: "removed", T[4]: "rejected"},
)

tg_b64 = f"""Hello,

Thank you for your report KCSC-240913-07.

{T[5]} - deleted.
{T[6]} - this message does not exist in the channel.

Telegram Abuse Team
"""
case(
    name="tg-base64-body",
    from_="abuse@telegram.org", date=D(14, 3, 12, tz=UTC),
    subject="Re: KCSC-240913-07",
    reply_to_req=req_mid("KCSC-240913-07"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(tg_b64)}
""",
    outcome="applied", classification="confirmation",
    imitates="Telegram abuse desk reply with a base64-encoded body",
    why="deleted = removed; does not exist = not_found",
    items={T[5]: "removed", T[6]: "not_found"},
)

# ============================================================ applied: YouTube
case(
    name="yt-mixed-semicolons",
    from_="legal-support@google.com", name_from="YouTube Legal Support", date=D(13, 1, 40, tz=PDT),
    subject="[3-8712000041190] YouTube legal removal request - KCSC-240911-04",
    reply_to_req=req_mid("KCSC-240911-04"),
    body=f"""Hello,

Thanks for reaching out to us.

After reviewing the content you reported, we have blocked {Y[1]} from view in South Korea; {Y[2]} was removed for violating YouTube's Community Guidelines on harassment; and we have decided not to take action on {Y[3]}, as we could not determine that it is defamatory under applicable law.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removals outcome email, three results joined by semicolons",
    why="one sentence: blocked in KR (restricted); removed; not take action with reason (rejected)",
    items={Y[1]: "restricted", Y[2]: "removed", Y[3]: "rejected"},
)

case(
    name="yt-single-item-request",
    from_="legal-support@google.com", name_from="YouTube Legal Support", date=D(16, 23, 5, tz=PDT),
    subject="[3-8712000042277] Your YouTube privacy request KCSC-240913-06",
    reply_to_req=req_mid("KCSC-240913-06"),
    body="""Hello,

Thank you for your request KCSC-240913-06.

Following our review, the content you reported has been removed from YouTube under our privacy guidelines.

Sincerely,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube privacy complaint outcome naming no URL",
    why="the only statement covers 'the content you reported' of a one-item request",
    items={Y[4]: "removed"},
)

case(
    name="yt-hedge-relative-not-merely",
    from_="legal-support@google.com", name_from="YouTube Legal Support", date=D(17, 2, 15, tz=PDT),
    subject="[3-8712000041190] KCSC-240911-04 follow-up",
    reply_to_req=req_mid("KCSC-240911-04"),
    body=f"""Hello,

A follow-up on your request.

The video {Y[1]}, which we believe may also contain third-party copyrighted material, has been age-restricted.

The video {Y[2]} has been removed, not merely restricted.

The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up on a legal request with an age restriction",
    why="the hedge is in a relative clause about copyright; age-restricted = restricted; 'removed, not merely restricted' = removed",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-ack-plus-outcome",
    from_="noreply-legal@youtube.com", name_from="YouTube", date=D(12, 8, 2, tz=PDT),
    subject="We've received your report (KCSC-240911-04)",
    reply_to_req=req_mid("KCSC-240911-04"),
    body=f"""Hi,

We've received your report and assigned it reference 7-4410000918733.

Our team has already looked at one of the videos: {Y[2]} has been removed for violating our harassment and cyberbullying policy.

We'll email you again when the review of the other videos is complete.

- The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube report receipt that already carries one outcome",
    why="acknowledgement wording plus an unhedged removal: not a pure acknowledgement",
    items={Y[2]: "removed", Y[1]: "pending", Y[3]: "pending"},
)

# ============================================================ applied: Kakao
case(
    name="kakao-tistory-raw-korean",
    from_="report@kakaocorp.com", name_from=H("카카오 권리침해신고센터"), date=D(13, 17, 50),
    subject=H("[티스토리] 게시중단 요청 처리 결과 (KCSC-240912-05)"),
    reply_to_req=req_mid("KCSC-240912-05"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시글 {K1_RAW} 는 게시중단 처리되었습니다.

두 번째 게시글({K2_RAW})은 작성자가 이미 삭제하여 존재하지 않는 페이지입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Tistory 게시중단 처리 결과 with raw Korean paths",
    why="raw Korean URLs match their percent-encoded form; 게시중단 = removed; 작성자 삭제 = not_found",
    items={K[1]: "removed", K[2]: "not_found"},
)

csv_k = "\r\n".join([
    "URL,처리결과,비고",
    f"{K[3]},삭제,불법 상품 판매",
    f"{K[4]},조치불가,카페 운영원칙 위반 아님",
]) + "\r\n"
case(
    name="kakao-daum-csv-attachment",
    from_="cafe_help@daum.net", name_from=H("Daum 카페 고객센터"), date=D(14, 10, 5),
    subject=H("Daum 카페 게시물 처리 결과 안내 (KCSC-240912-05)"),
    reply_to_req=req_mid("KCSC-240912-05"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="daum726"

--daum726
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. Daum 카페 고객센터입니다.
요청하신 카페 게시물 2건의 처리 결과를 첨부 파일로 보내드립니다.

--daum726
Content-Type: text/csv; charset=utf-8; name="result.csv"
Content-Disposition: attachment; filename="result.csv"
Content-Transfer-Encoding: base64

{b64(csv_k)}
--daum726--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe result sent as a Korean CSV attachment",
    why="CSV rows: 삭제 (removed), 조치불가 with reason (rejected)",
    items={K[3]: "removed", K[4]: "rejected"},
)

case(
    name="kakao-negation-korean",
    from_="cafe_help@daum.net", name_from=H("Daum 카페 고객센터"), date=D(17, 15, 25),
    subject=H("Re: KCSC-240912-05 카페 게시물"),
    reply_to_req=req_mid("KCSC-240912-05"),
    body=f"""안녕하세요.

{K[3]} 게시물은 삭제하지 않았습니다. 해당 글은 중고 거래 시세를 안내하는 글로, 카페 운영원칙에 위배되지 않는 것으로 판단되었습니다.

{K[4]} 게시물은 삭제 조치하였습니다.

감사합니다.
Daum 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe reply with a Korean negation and reason",
    why="'삭제하지 않았습니다' with a reason = rejected (not removed); the second is removed",
    items={K[3]: "rejected", K[4]: "removed"},
)

# ============================================================ review
case(
    name="x-promises-and-conditions",
    from_="legal-kr@x.com", date=D(11, 18, 20),
    subject="Re: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hello,

Thanks for your request. A quick status update:

We will remove {X[1]} and {X[2]} once our review is complete.
{X[3]} is under review by our legal team.
If the account holder does not file an appeal within 7 days, {X[5]} will be withheld in South Korea.

We'll confirm the final outcome by email.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X interim status update with promises and a condition",
    why="promises, 'under review' and a condition are not statements; the email names requested items",
    items={X[1]: "pending", X[2]: "pending", X[3]: "pending", X[5]: "pending"},
)

case(
    name="x-hedge-main-clause",
    from_="legal-kr@x.com", date=D(14, 12, 0),
    subject="KCSC-240909-01 @dal_bit_shop",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Hi team,

The post {X[8]}, which several users also reported, may have been withheld by one of our automated systems last week. We are checking this with the relevant team and will get back to you.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal interim note with an uncertain status",
    why="the statement itself is hedged ('may have been withheld'); the relative clause is the certain part",
    items={X[8]: "pending"},
)

case(
    name="x-bulk-all-removed",
    from_="legal-kr@x.com", date=D(18, 9, 10),
    subject="Re: KCSC-240909-01",
    reply_to_req=req_mid("KCSC-240909-01"),
    body="""Hello,

All of the posts listed in your request KCSC-240909-01 have been removed.

Regards,
X Legal
""",
    outcome="review", review="bulk",
    imitates="X legal one-line closing reply",
    why="a statement about all twelve items of a request without naming each",
    items={X[1]: "pending", X[12]: "pending"},
)

case(
    name="x-positions-without-urls",
    from_="legal-kr@x.com", date=D(15, 10, 45),
    subject="Re: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body="""Hello,

Regarding your letter KCSC-240909-01: items 1 to 4 have been withheld in South Korea and items 5 and 6 have been removed. Items 7 to 12 are still being reviewed.

X Legal
""",
    outcome="review", review="not_understood",
    imitates="X legal reply answering by the numbering of the regulator's letter",
    why="positions refer to our letter, not to URLs in this email; a clerk checks against the letter before recording",
    items={X[1]: "pending", X[4]: "pending", X[5]: "pending", X[6]: "pending"},
)

case(
    name="x-lookalike-domain",
    from_="legal@x-corp-support.com", name_from="X Legal Support", date=D(13, 21, 0),
    subject="KCSC-240909-01 - content removed",
    reply_to_req=req_mid("KCSC-240909-01"),
    body=f"""Dear Sir/Madam,

We confirm that the post {X[3]} has been removed from the platform.

X Legal Support
""",
    outcome="review", review="unknown_sender",
    imitates="reply from a lookalike domain that is not X's",
    why="x-corp-support.com is no platform's sender domain",
    items={X[3]: "pending"},
)

case(
    name="tg-bulk-two-items",
    from_="abuse@telegram.org", date=D(16, 5, 44, tz=UTC),
    subject="Re: KCSC-240913-07",
    reply_to_req=req_mid("KCSC-240913-07"),
    body="""Hello,

We have taken action on the reported content from your request KCSC-240913-07.

Telegram Abuse Team
""",
    outcome="review", review="bulk",
    imitates="Telegram abuse desk generic 'action taken' reply",
    why="'the reported content' of a two-item request, neither named",
    items={T[5]: "pending", T[6]: "pending"},
)

case(
    name="tg-no-claims-portal",
    from_="dsa@telegram.org", date=D(12, 11, 8, tz=UTC),
    subject="Submitting notices to Telegram",
    body="""Hello,

Please note that notices about illegal content on Telegram should be submitted through our dedicated form at https://telegram.org/dsa-report or by email to dsa@telegram.org with the links to the specific messages.

Our policies are described at https://telegram.org/tos.

Telegram DSA Team
""",
    outcome="review", review="no_claims",
    imitates="Telegram note pointing to its notice form",
    why="trusted platform mail naming no item and no request; its policy and form links are not items",
    items={},
)

case(
    name="yt-untrusted-dmarc-fail",
    from_="legal-support@google.com", name_from="YouTube Legal Support", auth="fail",
    date=D(15, 3, 0, tz=PDT),
    subject="[3-8712000041190] KCSC-240911-04 resolved",
    reply_to_req=req_mid("KCSC-240911-04"),
    body=f"""Hello,

The video {Y[1]} has been removed from YouTube.

The YouTube Team
""",
    outcome="review", review="untrusted",
    imitates="YouTube legal outcome whose DKIM/SPF/DMARC checks failed",
    why="platform domain but authentication failed",
    items={Y[1]: "pending"},
)

case(
    name="yt-conflicting-table-note",
    from_="legal-support@google.com", name_from="YouTube Legal Support", date=D(18, 0, 30, tz=PDT),
    subject="[3-8712000041190] KCSC-240911-04 outcome",
    reply_to_req=req_mid("KCSC-240911-04"),
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<table border="1">
<tr><th>URL</th><th>Outcome</th></tr>
<tr><td>{Y[3]}</td><td>Removed</td></tr>
</table>
<p>We did not remove the Short {Y[3]}. Our reviewers found that it does not violate the Community Guidelines and it remains available on YouTube.</p>
<p>The YouTube Team</p>
</body></html>
""",
    outcome="review", review="conflicting_statements",
    imitates="YouTube HTML outcome whose table and text disagree",
    why="the table says Removed, the text says not removed and available; neither says the other is wrong",
    items={Y[3]: "pending"},
)

case(
    name="naver-hedge-korean",
    from_="policy@navercorp.com", date=D(11, 16, 0),
    subject=H("Re: [KCSC-240910-02] 게시물 조치 요청"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요.

문의하신 {N[1]} 게시물은 이미 삭제된 것으로 보이며, 확인 후 다시 안내드리겠습니다.
{N[2]} 게시물은 현재 검토 중입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply with a hedge and 검토 중",
    why="'삭제된 것으로 보이며' is a hedge and '검토 중' is not a statement",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-asks-more",
    from_="policy@navercorp.com", date=D(12, 9, 35),
    subject=H("[KCSC-240910-02] 추가 자료 요청"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 카페 게시물 {N[3]}, {N[4]} 건과 관련하여, 조치 검토를 위해 위반 내용을 판단하신 근거(관련 법령 조항 및 심의 결정 내용)를 추가로 제출해 주시기 바랍니다.

자료를 받는 대로 검토하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents before acting",
    why="asks the regulator for its legal basis; no status stated",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="kakao-about-naver-url",
    from_="report@kakaocorp.com", name_from=H("카카오 권리침해신고센터"), date=D(11, 14, 30),
    subject=H("Re: KCSC-240910-02 게시물 조치 요청"),
    reply_to_req=req_mid("KCSC-240910-02"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 {N[3]} 게시물은 당사 서비스에서 확인되지 않는 존재하지 않는 게시물입니다.

해당 주소는 당사가 운영하는 서비스가 아니므로 해당 서비스 운영사에 문의해 주시기 바랍니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply to a request that was sent to the wrong portal",
    why="Kakao states a status for a NAVER item",
    items={N[3]: "pending"},
)

# ============================================================ ignored
case(
    name="x-out-of-office",
    from_="minseo.lee@x.com", name_from="Minseo Lee", date=D(10, 9, 1),
    subject="Automatic reply: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""I am out of the office until Wednesday 18 September with limited access to email.

For urgent government requests please contact legal-kr@x.com.

Minseo
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook automatic reply from an X employee",
    why="out-of-office auto-reply",
    items={X[1]: "pending"},
)

case(
    name="naver-chuseok-auto-reply",
    from_="policy@navercorp.com", date=D(14, 0, 5),
    subject=H("[자동응답] Re: [KCSC-240910-02] 게시물 조치 요청"),
    reply_to_req=req_mid("KCSC-240910-02"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""안녕하세요. 네이버 정책지원팀입니다.

추석 연휴(9월 14일~18일) 기간에는 메일 답변이 지연됩니다.
보내주신 메일은 연휴 이후 순차적으로 처리하여 답변드리겠습니다.

※ 본 메일은 발신 전용 자동응답 메일입니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER Chuseok holiday auto-reply",
    why="holiday auto-reply; the promise to answer later states nothing",
    items={N[1]: "pending"},
)

orig_tg = f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@telegram.org
Subject: KCSC-240911-03 removal request
Date: {D(11, 9, 15)}
Message-ID: <{req_mid("KCSC-240911-03")}@kcsc.example>
Content-Type: text/plain; charset=utf-8

Dear Telegram,

Please remove the following messages (ref. KCSC-240911-03):
{T[1]}
{T[2]}
{T[3]}
{T[4]}

KCSC Takedown desk
"""
case(
    name="tg-dsn-bounce",
    from_="MAILER-DAEMON@mail-out.telegram.org", name_from="Mail Delivery System", date=D(11, 0, 16, tz=UTC),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn726"

--dsn726
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail-out.telegram.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-kr@telegram.org>: host mx.telegram.org said: 550 5.1.1
    <abuse-kr@telegram.org>: Recipient address rejected: User unknown

--dsn726
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.telegram.org
Arrival-Date: {D(11, 0, 15, tz=UTC)}

Final-Recipient: rfc822; abuse-kr@telegram.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn726
Content-Type: message/rfc822

{orig_tg}
--dsn726--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning the request to a wrong address",
    why="a bounce; the URLs are in the returned request",
    items={T[1]: "pending", T[4]: "pending"},
)

case(
    name="naver-mdn-read-receipt",
    from_="policy@navercorp.com", date=D(10, 11, 2),
    subject=H("읽음 확인: [KCSC-240910-02] 게시물 조치 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn726"

--mdn726
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240910-02] 게시물 조치 요청"을 수신자가 {D(10, 11, 2)}에 읽었습니다.

--mdn726
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com
Final-Recipient: rfc822; policy@navercorp.com
Original-Message-ID: <{req_mid("KCSC-240910-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn726--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt from a Korean mail client",
    why="a read receipt",
    items={},
)

case(
    name="yt-legal-ticket-receipt",
    from_="legal-support@google.com", name_from="YouTube Legal Support", date=D(10, 20, 10, tz=PDT),
    subject="[3-8712000041190] We received your request",
    reply_to_req=req_mid("KCSC-240911-04"),
    body="""Hello,

Thanks for contacting YouTube. We have received your legal request and created case 3-8712000041190.

We will review the content you reported and get back to you as soon as possible. Please keep the case number in the subject line of any further correspondence about this request.

The YouTube Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request receipt with case number",
    why="pure acknowledgement; 'we will review' is a promise",
    items={Y[1]: "pending"},
)

case(
    name="kakao-receipt-korean",
    from_="report@kakaocorp.com", name_from=H("카카오 권리침해신고센터"), date=D(12, 15, 25),
    subject=H("[카카오] 신고 접수 완료 안내"),
    reply_to_req=req_mid("KCSC-240912-05"),
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시중단 요청(KCSC-240912-05)이 정상적으로 접수되었습니다.
접수번호: KR-2409-0071265

담당자가 검토 후 결과를 메일로 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 신고 접수 완료 안내",
    why="receipt with a ticket number only",
    items={K[1]: "pending"},
)

case(
    name="x-ticket-receipt",
    from_="noreply-legal@x.com", date=D(9, 5, 3, tz=UTC),
    subject="Case# 0193377214: KCSC-240909-01 request to remove content",
    reply_to_req=req_mid("KCSC-240909-01"),
    body="""Hello,

We have received your report. Your case number is 0193377214.

Our team will review the posts you reported and respond to you once a decision has been made. Please do not reply to this email.

X Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="X case-opened receipt",
    why="pure acknowledgement",
    items={X[1]: "pending"},
)


HEADER = """# Blind set 726 (what a program gets wrong): mixed statuses in one sentence,
# hedges in relative clauses, negations, refusals with reasons, later
# sentences that revise earlier ones, tables and notes, statuses by position.
# Written by tests/corpus/blind726/make.py before the reader was run."""


def main():
    write_requests()
    for c in CASES:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
