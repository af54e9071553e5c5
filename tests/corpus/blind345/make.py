#!/usr/bin/env python3
"""Blind set 345: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Inven, plus Nate), mixing Korean and
English, with the doubtful and ignorable mail a regulator's mailbox receives.

Deterministic: `python3 tests/corpus/blind345/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result was
written from the meaning of the email alone, before any run of the reader.
All names, ids and URLs are fictional.
"""
import base64
import email.charset
import email.header
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/lucky_harbor77/223561100001"
N2 = "https://blog.naver.com/lucky_harbor77/223561100002"
N3 = "https://blog.naver.com/sunrise_tip_kr/223559870045"
N4 = "https://cafe.naver.com/bluewavebet/18204"
N5 = "https://cafe.naver.com/bluewavebet/18211"
N6 = "https://cafe.naver.com/dalbit2024/5531"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471234567"
N8 = "https://m.blog.naver.com/jackpot_moon/223560001234"
N9 = "https://contents.premium.naver.com/moonlitnote/%EB%B9%84%EB%B0%80%EB%85%B8%ED%8A%B8/contents/240829101500123xy"
N9_RAW = "https://contents.premium.naver.com/moonlitnote/비밀노트/contents/240829101500123xy"
N10 = "https://blog.naver.com/PostView.naver?blogId=greenleaf_cs&logNo=223562233445"
N11 = "https://cafe.naver.com/dalbit2024/5540"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112233&memberNo=55667788"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123456"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9123502"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771205"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=771230"
D5 = "https://gall.dcinside.com/mini/board/view/?id=nightmarket&no=40218"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/silvermoon/Xk2L/1043"
K2 = "https://cafe.daum.net/silvermoon/Xk2L/1077"
K3 = "https://cafe.daum.net/%EB%B0%A4%ED%95%98%EB%8A%98%EC%A0%95%EB%B3%B4/QpR7/221"
K3_RAW = "https://cafe.daum.net/밤하늘정보/QpR7/221"
K4 = "https://cafe.daum.net/tradeplaza/ZZm1/5870"
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/132450987"
S2 = "https://vod.sooplive.co.kr/player/132451120"
S3 = "https://ch.sooplive.co.kr/nightowl22/post/88123401"
SOOP = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7412345678"
F2 = "https://www.fmkorea.com/best/7412399001"

C1 = "https://www.clien.net/service/board/park/18765432"
C2 = "https://www.clien.net/service/board/sold/18765590"

I1 = "https://www.inven.co.kr/board/lostark/5355/2211987"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", NAVER, "불법 도박 광고",
     "req-240903-01@kcsc.example", "blogs, cafes, 지식iN and premium contents"),
    ("KCSC-240904-02", "dcinside", "2024-09-04", "2024-09-11", DC, "불법 금융(리딩방) 광고",
     "req-240904-02@kcsc.example", "gallery, minor gallery and mini gallery posts"),
    ("KCSC-240905-03", "daum", "2024-09-05", "2024-09-12", DAUM, "개인정보 노출",
     "req-240905-03@kcsc.example", "Daum cafe posts"),
    ("KCSC-240906-04", "soop", "2024-09-06", "2024-09-13", SOOP, "음란·선정",
     "req-240906-04@kcsc.example", "two VODs and one channel post"),
    ("KCSC-240909-05", "fmkorea", "2024-09-09", "2024-09-16", [F1, F2], "명예훼손성 허위사실",
     "req-240909-05@kcsc.example", "post and its best-board copy"),
    ("KCSC-240910-06", "clien", "2024-09-10", "2024-09-17", [C1, C2], "불법 의약품 판매",
     "req-240910-06@kcsc.example", ""),
    ("KCSC-240911-07", "inven", "2024-09-11", "2024-09-18", [I1], "계정 거래 사기",
     "req-240911-07@kcsc.example", "single post"),
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


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


REQUEST_NAVER_KO = """\
안녕하십니까, 방송통신심의위원회 통신심의 담당입니다.

아래 게시물은 불법 도박 광고에 해당하여 정보통신망법 제44조의7에 따라
시정요구(삭제)를 요청드립니다. (관리번호 KCSC-240903-01)

""" + "\n".join(NAVER) + """

조치 결과를 2024년 9월 10일까지 회신하여 주시기 바랍니다.
"""

REQUEST_FMK = """\
FM코리아 운영자님께,

명예훼손성 허위사실 게시물에 대한 시정요구입니다 (KCSC-240909-05).
%s
%s
조치 결과를 9월 16일까지 회신 바랍니다.
방송통신심의위원회 드림
""" % (F1, F2)

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ NAVER
case(
    name="naver-gesijungdan-result-ko",
    date="Wed, 04 Sep 2024 10:12:40 +0900",
    **{"from": "noreply_right@navercorp.com"},
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시중단 건(KCSC-240903-01)에 대한
처리 결과를 아래와 같이 안내드립니다.

[처리 결과]
1. {N1}
   - 처리: 게시중단(삭제) 완료
2. {N2}
   - 처리: 게시중단(삭제) 완료
3. {N3}
   - 처리: 임시조치(30일) — 해당 기간 동안 게시물에 대한 접근이 차단됩니다.
4. {N4}
   - 처리: 대상 게시물 없음 (작성자가 이미 삭제한 게시물입니다)

나머지 요청 게시물은 확인이 끝나는 대로 별도로 안내드리겠습니다.
게시중단 절차 안내: https://right.naver.com/guide/process

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 메일 (numbered list, status on the line below)",
    why="numbered list with one status under each URL: two 게시중단, one 임시조치, one deleted by its author; the rest only promised",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found"},
)

case(
    name="naver-sijeong-html-table",
    date="Thu, 05 Sep 2024 15:40:02 +0900",
    **{"from": "kcsc-report@navercorp.com"},
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 회신",
    reply_to_req="req-240903-01",
    type="html",
    body=f"""\
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구하신 게시물 중 카페 및 지식iN 게시물 3건의 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>No</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N5}">{N5}</a></td><td>삭제</td><td>2024.09.05 14:02 처리</td></tr>
<tr><td>2</td><td><a href="{N6}">{N6}</a></td><td>접속차단(국내)</td><td>해외 IP에서는 열람 가능</td></tr>
<tr><td>3</td><td>{N7.replace('&', '&amp;')}</td><td>조치불가</td><td>도박 광고가 아닌 질문글로 확인되어 운영정책상 삭제 사유에 해당하지 않음 (게시 유지)</td></tr>
</table>
<p>이의가 있으시면 <a href="https://help.naver.com/service/5637/contents/19185">고객센터</a>로 문의해 주십시오.</p>
<p>NAVER 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean portal 시정요구 조치결과 회신 as an HTML table",
    why="HTML table: 삭제, 접속차단(국내) and a refusal with its reason; help link is not an item",
    items={N5: "removed", N6: "restricted", N7: "rejected"},
)

csv_rows = "\n".join([
    "No,URL,처리결과,비고",
    f"1,{N8},삭제,모바일 블로그 게시물",
    f"2,{N9},접근제한(국내),프리미엄콘텐츠 채널 - 국내 접속 제한",
    f"3,{N10},게시물 없음,존재하지 않는 글",
    f"4,{N11},삭제,카페 운영정책 위반",
    f"5,\"{N12}\",삭제불가,불법정보 해당 여부 확인 불가 - 광고성 내용 없음",
]) + "\n"
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 11:05:17 +0900",
    **{"from": "policy@navercorp.com"},
    subject="[KCSC-240903-01] 게시물 조치 결과 (첨부)",
    reply_to_req="req-240903-01",
    raw_mime=f"""\
Content-Type: multipart/mixed; boundary="=_nv_7f31a2"

--=_nv_7f31a2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 건 중 5개 게시물의 처리 결과를 첨부 CSV 파일로 송부드립니다.
파일의 '처리결과' 열을 확인해 주시기 바랍니다.

감사합니다.

--=_nv_7f31a2
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(csv_rows)}
--=_nv_7f31a2--
""",
    outcome="applied",
    imitates="portal result sheet sent as a CSV attachment",
    why="CSV attachment, one row per URL: 삭제, 접근제한(국내), 게시물 없음, 삭제, 삭제불가 with reason",
    items={N8: "removed", N9: "restricted", N10: "not_found", N11: "removed", N12: "rejected"},
)

case(
    name="naver-en-toppost-over-quote",
    date="Mon, 09 Sep 2024 09:31:55 +0900",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240903-01] 시정요구 (불법 도박 광고)",
    reply_to_req="req-240903-01",
    body=f"""\
Dear KCSC team,

Following up on your request, here is where three of the posts stand:

- {N8} : deleted by our blog operations team on 6 September.
- {N12} : the post is now limited to adult (19+) users after age
  verification; it is not shown to minors or to logged-out visitors.
- <https://blog.naver.com/PostView.naver?blogId=greenleaf_cs&
  logNo=223562233445> : deleted.

We are still working through the other links and will write again.

Best regards,
Jiwoo Han
NAVER Trust & Safety

On Tue, Sep 3, 2024 at 2:05 PM KCSC Takedown <takedown@kcsc.example> wrote:
{quote(REQUEST_NAVER_KO)}
""",
    outcome="applied",
    imitates="English trust-and-safety reply top-posted over the regulator's quoted Korean request",
    why="three statements above the quote (one URL wrapped inside angle brackets); the quoted request's list changes nothing",
    items={N8: "removed", N12: "restricted", N10: "removed", N1: "pending", N5: "pending"},
)

kin_body = f"""\
안녕하세요. 네이버 지식iN 운영팀입니다.

방송통신심의위원회 요청(KCSC-240903-01)과 관련하여 아래 지식iN 질문글을
운영원칙에 따라 삭제 처리하였음을 알려드립니다.

대상: {N7}
처리일시: 2024-09-05 17:22

지식iN 운영원칙: https://kin.naver.com/notice/policy.naver
감사합니다.
"""
case(
    name="naver-kin-base64",
    date="Thu, 05 Sep 2024 17:40:09 +0900",
    **{"from": "kin_help@naver.com"},
    name_from="네이버 지식iN",
    subject="[지식iN] 신고 게시물 처리 안내",
    reply_to_req="req-240903-01",
    raw_mime=f"""\
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(kin_body)}
""",
    outcome="applied",
    imitates="NAVER 지식iN 신고 처리 안내 (base64 body)",
    why="base64-encoded Korean body: one 지식iN question deleted",
    items={N7: "removed"},
)

case(
    name="naver-bare-url-arrow-below",
    date="Fri, 06 Sep 2024 13:14:00 +0900",
    **{"from": "cafe_admin@naver.com"},
    name_from="네이버 카페 운영팀",
    subject="Re: [KCSC-240903-01] 카페 게시물 조치 요청",
    reply_to_req="req-240903-01",
    body=f"""\
담당자님 안녕하세요, 네이버 카페 운영팀입니다.
요청 주신 카페 게시물 확인 결과입니다.

{N4}
 → 블라인드 처리 완료

{N5}
 → 블라인드 처리 완료

{N6}
 → 해당 게시글은 이미 삭제되어 존재하지 않습니다.

카페 운영정책 위반이 반복된 bluewavebet 카페는 별도로 활동정지 여부를 검토 중입니다.

네이버 카페 운영팀
""",
    outcome="applied",
    imitates="NAVER cafe operations reply, bare URL with its result on the line below",
    why="two 블라인드 (removed) and one no longer existing post; the cafe-level review is not an item",
    items={N4: "removed", N5: "removed", N6: "not_found"},
)

case(
    name="naver-url-below-statement",
    date="Sat, 07 Sep 2024 10:02:31 +0900",
    **{"from": "premium_cs@navercorp.com"},
    name_from="네이버 프리미엄콘텐츠",
    subject="[KCSC-240903-01] 프리미엄콘텐츠·포스트 조치 결과",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요, 네이버 프리미엄콘텐츠 운영 담당입니다.

다음 콘텐츠는 이용약관 위반으로 판단되어 삭제하였습니다.
{N9_RAW}

다음 포스트는 청소년유해 정보로 판단되어 19세 미만 이용자의 열람이 제한되었습니다.
{N12}

문의: https://help.naver.com/service/30026/contents/
""",
    outcome="applied",
    imitates="NAVER service team notice with the URL on the line below its statement",
    why="statement then URL below it; the premium-contents URL is written raw in Korean and matches its percent-encoded form",
    items={N9: "removed", N12: "restricted"},
)

case(
    name="naver-ack-phrase-plus-results",
    date="Wed, 04 Sep 2024 18:20:45 +0900",
    **{"from": "policy@navercorp.com"},
    subject="Re: [KCSC-240903-01] 접수 및 처리 결과",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하십니까. 보내주신 시정요구 메일은 잘 접수하였습니다.
우선 처리된 2건의 결과를 먼저 알려드립니다.

- {N10} 삭제 완료
- {N11} 임시조치(30일 게시중단) 적용

나머지 건은 담당 서비스 부서에서 확인 후 회신드리겠습니다.

네이버 정책지원팀 박서연 드림
""",
    outcome="applied",
    imitates="portal reply that opens like a receipt but reports results",
    why="the acknowledgement phrase is followed by two unhedged item statements, so it is not a pure acknowledgement",
    classification="confirmation",
    items={N10: "removed", N11: "restricted"},
)

case(
    name="naver-gmail-quoted-ko",
    date="Thu, 05 Sep 2024 09:48:12 +0900",
    **{"from": "bloghelp@naver.com"},
    name_from="네이버 블로그팀",
    subject="Re: [KCSC-240903-01] 시정요구 (불법 도박 광고)",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요, 블로그팀입니다.
블로그 게시물 2건은 아래와 같이 처리했습니다.

{N2} 는 운영정책 위반으로 삭제 처리되었고,
{N3} 역시 같은 사유로 삭제했습니다.

감사합니다.

2024년 9월 3일 (화) 오후 2:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quote(REQUEST_NAVER_KO)}
""",
    outcome="applied",
    imitates="Gmail-style Korean reply (…님이 작성:) over the quoted request",
    why="two deletions above the Gmail quote; the URLs in the quoted request stay pending",
    items={N2: "removed", N3: "removed", N1: "pending", N4: "pending"},
)

case(
    name="naver-echoed-report",
    date="Fri, 06 Sep 2024 16:30:00 +0900",
    **{"from": "noreply_right@navercorp.com"},
    subject="[NAVER 권리보호센터] 요청하신 건의 처리가 완료되었습니다",
    body=f"""\
NAVER 권리보호센터 처리 결과 안내

■ 요청 내용
 - 요청인: 방송통신심의위원회
 - 관리번호: KCSC-240903-01
 - 요청 사유: 불법 도박 광고
 - 대상 URL:
   {N1}
   {N2}
   {N3}

■ 처리 결과
 - {N1} : 게시중단(삭제)
 - {N2} : 임시조치 30일
 - {N3} : 게시 유지 — 검토 결과 도박 광고가 아닌 후기글로 판단되어 조치하지 않았습니다.

결과에 이의가 있는 경우 https://right.naver.com/objection 에서 이의신청할 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="NAVER 권리보호센터 result notice echoing the request before the results",
    why="the echoed request block lists URLs without status; the results block gives removed, restricted and a reasoned refusal",
    items={N1: "removed", N2: "restricted", N3: "rejected"},
)

case(
    name="naver-full-list-12",
    date="Tue, 10 Sep 2024 17:55:41 +0900",
    **{"from": "policy@navercorp.com"},
    subject="[KCSC-240903-01] 최종 조치 결과 / Final result",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요. 요청하신 12건에 대한 최종 조치 결과를 정리하여 드립니다.
(Final status of the 12 URLs, Korean / English)

1) {N1}
   삭제 / deleted
2) {N2}
   삭제 / deleted
3) {N3}
   임시조치(30일) / temporarily blocked for 30 days
4) {N4}
   블라인드 / hidden by cafe operations
5) {N5}
   삭제 / deleted
6) {N6}
   게시물 없음 / post does not exist
7) {N7}
   삭제 / deleted
8) {N8}
   게시 유지 (정보성 게시물로 정책 위반 아님) / kept: informational, no violation
9) {N9_RAW}
   국내 접근 제한 / access restricted in Korea
10) {N10}
   삭제 / deleted
11) {N11}
   작성자 삭제로 존재하지 않음 / already deleted by the author
12) {N12}
   19세 이상 연령 제한 / age-restricted (19+)

기간 내 회신이 늦어진 점 양해 부탁드립니다.
NAVER 정책지원팀
""",
    outcome="applied",
    imitates="portal final result list in Korean and English, status on the line under each URL",
    why="all twelve items with mixed statuses in one bilingual list",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "removed",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "restricted", N10: "removed",
           N11: "not_found", N12: "restricted"},
)

# ================================================================ DC Inside
case(
    name="dc-admin-numbered-ko",
    date="Thu, 05 Sep 2024 11:20:03 +0900",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청의 건",
    reply_to_req="req-240904-02",
    body=f"""\
안녕하세요, 디시인사이드 운영팀입니다.
요청하신 게시물에 대한 처리 내역 회신드립니다.

1. {D1} - 삭제 완료
2. {D2} - 삭제 완료
3. {D3} - 작성자가 자진 삭제하여 현재 존재하지 않는 글입니다.
4. {D4} - 리딩방 홍보가 아닌 일반 시세 토론글로 확인되어 삭제하지 않았습니다.

미니 갤러리 게시물은 해당 갤러리 매니저에게 확인 요청한 상태입니다.

디시인사이드 운영팀 드림
""",
    outcome="applied",
    imitates="DC Inside 운영팀 삭제 요청 처리 회신 (numbered list)",
    why="two deletions, one self-deleted post, one reasoned refusal; D5 only 'being checked' and not named",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected", D5: "pending"},
)

case(
    name="dc-angle-brackets-particles",
    date="Fri, 06 Sep 2024 14:03:27 +0900",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    subject="[디시인사이드] 요청 게시물 처리 결과 (KCSC-240904-02)",
    reply_to_req="req-240904-02",
    body=f"""\
담당자님께.

미니 갤러리 게시물 <{D5}>은 갤러리 매니저 확인 후 운영팀에서 삭제했습니다。
또한 <{D1}>도 동일 작성자의 글로 확인되어 함께 삭제되었습니다．

작성자 IP는 당사 정책에 따라 30일간 글쓰기가 차단되었습니다.
감사합니다.
""",
    outcome="applied",
    imitates="DC Inside short Korean reply, URLs in angle brackets followed by particles and full-width punctuation",
    why="two deletions, each URL inside <> with a Korean particle and a full-width stop after it; the IP ban is not an item",
    items={D5: "removed", D1: "removed"},
)

case(
    name="dc-en-url-below",
    date="Mon, 09 Sep 2024 10:45:10 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="RE: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""\
Hello,

Thank you for your patience. Our moderation team took down the following
thread on 7 September for promoting an unlicensed investment chat room:
{D2}

The thread below, in the minor gallery "coin_talk", was also deleted on the
same day:
{D4}

Kind regards,
DCInside Global Support
""",
    outcome="applied",
    imitates="DC Inside English support reply, URL on the line below its statement",
    why="each statement ends with ':' and the URL stands on the next line; both taken down",
    items={D2: "removed", D4: "removed"},
)

case(
    name="dc-text-table",
    date="Wed, 11 Sep 2024 09:12:44 +0900",
    **{"from": "admin@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[KCSC-240904-02] 처리 결과표",
    reply_to_req="req-240904-02",
    body=f"""\
요청하신 5건 처리 결과표 보내드립니다.

번호 | URL | 조치 | 사유
-----+-----+------+-----
1 | {D1} | 삭제 | 불법 금융 광고
2 | {D2} | 삭제 | 불법 금융 광고
3 | {D3} | 유지 | 정책 위반 아님 (코인 시세 질문글)
4 | {D4} | 해당 글 없음 | 주소 오류 또는 이미 삭제된 글
5 | {D5} | 삭제 | 미니갤 매니저 요청으로 삭제

디시인사이드 운영팀
""",
    outcome="applied",
    imitates="DC Inside plain-text result table with pipes",
    why="plain-text table, five rows: 삭제 x3, 유지 with reason, 해당 글 없음",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "not_found", D5: "removed"},
)

# ================================================================ Daum / Kakao
case(
    name="daum-right-center-ko",
    date="Fri, 06 Sep 2024 15:10:00 +0900",
    **{"from": "right_noreply@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="[Daum] 권리침해 신고 처리 결과 안내 (KCSC-240905-03)",
    reply_to_req="req-240905-03",
    body=f"""\
안녕하세요. Daum 권리침해신고센터입니다.

신고하신 게시물에 대하여 다음과 같이 처리하였습니다.

▶ {K1}
   처리결과: 임시조치 — 정보통신망법 제44조의2에 따라 30일간 해당 게시물의 접근이 차단됩니다.
▶ {K2}
   처리결과: 게시중단 완료

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라 다시 안내드립니다.
도움말: https://cs.daum.net/faq/95/7580.html

Daum 권리침해신고센터 드림
""",
    outcome="applied",
    imitates="Daum 권리침해신고센터 처리 결과 안내 (임시조치 / 게시중단)",
    why="one 30-day 임시조치 (restricted) and one 게시중단 (removed); the re-posting clause is a condition about the future",
    items={K1: "restricted", K2: "removed"},
)

case(
    name="daum-cafe-blind-korean-path",
    date="Sat, 07 Sep 2024 11:41:22 +0900",
    **{"from": "cafe_notice@daum.net"},
    name_from="Daum 카페",
    subject="Re: [KCSC-240905-03] 카페 게시물 조치 요청",
    reply_to_req="req-240905-03",
    body=f"""\
안녕하세요. Daum 카페 운영팀입니다.

요청하신 게시물({K3_RAW})은
개인정보 노출 게시물로 확인되어 블라인드 처리하였습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Daum cafe 블라인드 notice with a raw Korean cafe path in parentheses",
    why="블라인드 counts as removed; the raw Korean path matches the percent-encoded request URL",
    items={K3: "removed"},
)

case(
    name="daum-en-mixed",
    date="Mon, 09 Sep 2024 16:27:08 +0900",
    **{"from": "trust@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Your request KCSC-240905-03 (Daum Cafe)",
    reply_to_req="req-240905-03",
    body=f"""\
Dear KCSC,

Two of the Daum Cafe links in your request:

* {K4}
  We could not find this post. The address is invalid or the post was
  removed by its author before our review.

* {K1}
  Access to this post from Korea has been restricted while the
  temporary measure is in force.

For the status of our temporary measures please see
https://cs.daum.net/faq/site/daum/faq.html

Kakao Trust & Safety
""",
    outcome="applied",
    imitates="Kakao English trust-and-safety reply, bulleted, status under each URL",
    why="one post not found (invalid or removed by its author) and one restricted in Korea",
    items={K4: "not_found", K1: "restricted"},
)

daum_qp = f"""\
안녕하세요, Daum 카페 운영팀입니다.

KCSC-240905-03 건 관련하여 아래 게시물 2건은 운영자 삭제 처리되었습니다.

- {K2}
- {K4}

두 게시물 모두 연락처와 주소 등 개인정보가 포함되어 있어 카페 운영정책에 따라 삭제했습니다.

Daum 카페 운영팀 드림
"""
case(
    name="daum-qp-operator-deleted",
    date="Tue, 10 Sep 2024 10:03:54 +0900",
    **{"from": "cafe_notice@daum.net"},
    name_from="Daum 카페",
    subject="[Daum 카페] 게시물 조치 결과",
    reply_to_req="req-240905-03",
    raw_mime=f"""\
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(daum_qp)}
""",
    outcome="applied",
    imitates="Daum cafe 운영자 삭제 notice in a quoted-printable body",
    why="statement before a bulleted list of two URLs: 운영자 삭제 (removed)",
    items={K2: "removed", K4: "removed"},
)

# ================================================================ SOOP
case(
    name="soop-vod-ko",
    date="Sat, 07 Sep 2024 13:30:11 +0900",
    **{"from": "cs_noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 신고 처리 결과 안내 - KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""\
안녕하세요. SOOP 운영팀입니다.

방송통신심의위원회에서 요청하신 콘텐츠에 대한 조치 내용을 안내드립니다.

[VOD]
{S1} : VOD 삭제
{S2} : VOD 삭제
[방송국 게시글]
{S3} : 게시글 비공개 처리 (작성자 및 일반 이용자 열람 불가)

해당 스트리머에게는 운영정책에 따라 방송 정지 7일이 적용되었습니다.
운영정책 안내: https://www.sooplive.co.kr/policy/operation

감사합니다.
""",
    outcome="applied",
    imitates="SOOP (ex-AfreecaTV) 신고 처리 결과 안내",
    why="two VOD deletions and one post made private to everyone (비공개 처리 = removed); the streamer suspension is not an item",
    items={S1: "removed", S2: "removed", S3: "removed"},
)

case(
    name="soop-en-age-restricted",
    date="Mon, 09 Sep 2024 18:02:37 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240906-04 - review outcome",
    reply_to_req="req-240906-04",
    body=f"""\
Hello KCSC team,

We reviewed the two VODs again after your follow-up.

{S2} has been set to 19+ viewing only; users who have not completed adult
verification can no longer play it.

{S1} does not violate our Community Guidelines: the broadcast is a fitness
stream and contains no sexual content, so it remains available.

Regards,
SOOP Trust & Safety
""",
    outcome="applied",
    imitates="SOOP global English review outcome (age gate / no violation)",
    why="one VOD age-restricted and one kept with a reason (rejected)",
    items={S2: "restricted", S1: "rejected"},
)

case(
    name="soop-sor-structured",
    date="Tue, 10 Sep 2024 08:15:00 +0900",
    **{"from": "noreply-dsa@sooplive.com"},
    name_from="SOOP Global",
    subject="Statement of reasons - content decision 2024-SR-0917736",
    reply_to_req="req-240906-04",
    body=f"""\
Statement of reasons

Decision ID: 2024-SR-0917736
Content: {S3}
Type of content: channel post (text and image)
Decision: visibility restricted - the post is withheld for viewers in
the Republic of Korea; it remains visible elsewhere.
Ground: notice of illegal content under Korean law (KCSC-240906-04)
Facts relied on: notice from the Korea Communications Standards Commission
Automated detection: no
Automated decision: no
Redress: the uploader may appeal at https://www.sooplive.com/appeal

This message was generated automatically. Please do not reply.
""",
    outcome="applied",
    imitates="DSA-style statement of reasons with a country-withheld decision",
    why="structured decision: post withheld in Korea only = restricted; the appeal link is not an item; generated but not an auto-reply",
    items={S3: "restricted"},
)

case(
    name="soop-html-list",
    date="Wed, 11 Sep 2024 12:00:48 +0900",
    **{"from": "cs_noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="[SOOP] 추가 처리 결과 안내 (KCSC-240906-04)",
    reply_to_req="req-240906-04",
    type="html",
    body=f"""\
<html><body>
<p>안녕하세요, SOOP 운영팀입니다. 추가 확인 결과를 안내드립니다.</p>
<ul>
<li><a href="{S1}">{S1}</a><br>VOD 영구 삭제 (다시보기 및 하이라이트 포함)</li>
<li><a href="{S3}">{S3}</a><br>존재하지 않는 게시글입니다. (스트리머가 직접 삭제)</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.sooplive.co.kr/">고객센터</a>를 이용해 주세요.</p>
</body></html>
""",
    outcome="applied",
    imitates="SOOP HTML notice with a bulleted list",
    why="HTML list: VOD permanently deleted; post no longer exists (deleted by the streamer who wrote it)",
    items={S1: "removed", S3: "not_found"},
)

# ================================================================ FM Korea
case(
    name="fmk-admin-ko",
    date="Tue, 10 Sep 2024 14:25:19 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    subject="Re: [KCSC-240909-05] 명예훼손성 게시물 시정요구",
    reply_to_req="req-240909-05",
    body=f"""\
안녕하세요 에펨코리아 관리자입니다.

{F1} 게시물은 허위사실 적시로 판단하여 삭제하였으며,
포텐(베스트) 게시판에 복사된 {F2} 역시 같은 글이므로 함께 삭제하였습니다.

작성자는 이용규칙에 따라 30일 이용정지 처리했습니다.
""",
    outcome="applied",
    imitates="FM Korea administrator's short Korean reply",
    why="both the post and its best-board copy deleted",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmk-outlook-toppost",
    date="Wed, 11 Sep 2024 10:07:30 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 관리자",
    subject="RE: [KCSC-240909-05] 명예훼손성 게시물 시정요구",
    reply_to_req="req-240909-05",
    body=f"""\
베스트 게시판 주소({F2})는 원글 작성자가 자진 삭제하면서
더 이상 존재하지 않는 글입니다. 원글 건은 아직 확인 중입니다.

에펨코리아 관리자

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 3:40 PM
To: admin@fmkorea.com
Subject: [KCSC-240909-05] 명예훼손성 게시물 시정요구

{REQUEST_FMK}""",
    outcome="applied",
    imitates="Outlook reply (-----Original Message-----) over the unquoted request",
    why="only the best-board copy is stated (gone because its author deleted it); the original post is 'still being checked' and otherwise only in the quoted request",
    items={F2: "not_found", F1: "pending"},
)

# ================================================================ Clien / Inven
case(
    name="clien-admin-ko",
    date="Wed, 11 Sep 2024 21:14:05 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="Re: [KCSC-240910-06] 불법 의약품 판매 게시물",
    reply_to_req="req-240910-06",
    body=f"""\
안녕하세요, 클리앙 운영진입니다.

- 모두의공원 글 {C1}
  : 운영진 삭제 및 작성자 계정 이용정지
- 회원중고장터 글 {C2}
  : 회원이 직접 삭제하여 이미 없는 글입니다.

앞으로도 유사 게시물은 신고해 주시면 빠르게 처리하겠습니다.
""",
    outcome="applied",
    imitates="Clien 운영진 reply with a dash list",
    why="one post deleted by staff, one already deleted by its author; the closing promise names no item",
    items={C1: "removed", C2: "not_found"},
)

case(
    name="inven-sole-statement",
    date="Thu, 12 Sep 2024 11:30:00 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    subject="Re: [KCSC-240911-07] 계정 거래 사기 게시물 삭제 요청",
    reply_to_req="req-240911-07",
    body="""\
안녕하세요. 인벤 고객지원팀입니다.

요청하신 게시물은 운영정책(사기 및 불법거래 게시물)에 따라 삭제 조치되었습니다.
해당 작성자의 게시판 이용도 영구 제한하였습니다.

감사합니다.
인벤 고객지원팀
""",
    outcome="applied",
    imitates="Inven customer support short reply with no URL",
    why="one-item request, reply in its thread naming its reference: the single unhedged statement applies to that item",
    items={I1: "removed"},
)

# ================================================================ review
case(
    name="naver-promise-ko",
    date="Wed, 04 Sep 2024 09:10:10 +0900",
    **{"from": "policy@navercorp.com"},
    subject="Re: [KCSC-240903-01] 시정요구 (불법 도박 광고)",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중
{N1}
{N2}
두 건은 내부 검토를 거쳐 영업일 기준 3일 이내에 삭제될 예정입니다.
처리가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising removal",
    why="'삭제될 예정' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-hedge-en",
    date="Thu, 05 Sep 2024 20:41:00 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="RE: Removal request KCSC-240904-02",
    reply_to_req="req-240904-02",
    body=f"""\
Hi,

Quick update. {D1} appears to have been removed already, probably by the
gallery manager, and {D2} may be gone too. I will confirm with the
moderation team tomorrow and send you a proper answer.

Thanks,
Minho
DCInside Global Support
""",
    outcome="review",
    review="not_understood",
    imitates="informal support update with hedges",
    why="'appears to have been', 'may be gone': hedges, not statements",
    items={D1: "pending", D2: "pending"},
)

case(
    name="clien-hedge-ko",
    date="Tue, 10 Sep 2024 22:05:00 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="Re: [KCSC-240910-06] 불법 의약품 판매 게시물",
    reply_to_req="req-240910-06",
    body=f"""\
운영진입니다. 우선 확인한 내용만 말씀드립니다.

{C1} 글은 이미 다른 운영진이 지운 것 같습니다.
{C2} 글은 아직 확인 중이며 내일 중으로 결과 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="Clien moderator's first informal reply",
    why="'지운 것 같습니다' is a hedge and '확인 중' is not a result",
    items={C1: "pending", C2: "pending"},
)

case(
    name="soop-may-have-been",
    date="Sat, 07 Sep 2024 09:00:31 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""\
Hello,

The VOD at {S1} may have been taken down by the streamer himself; we are
checking the logs. The other two items are under review and we will send
the outcome once it is final.

SOOP Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="SOOP English interim reply",
    why="'may have been taken down' and 'under review' are not statements",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="naver-bulk-all-12",
    date="Wed, 11 Sep 2024 10:30:00 +0900",
    **{"from": "policy@navercorp.com"},
    subject="Re: [KCSC-240903-01] 조치 완료",
    reply_to_req="req-240903-01",
    body="""\
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01로 요청하신 게시물 12건 모두 삭제 조치 완료하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="portal one-line 'all done' reply",
    why="one statement covering twelve items without naming any: bulk review",
    items={u: "pending" for u in NAVER},
)

case(
    name="soop-bulk-en",
    date="Sun, 08 Sep 2024 19:12:00 +0900",
    **{"from": "trust@sooplive.com"},
    name_from="SOOP Trust & Safety",
    subject="Re: KCSC-240906-04 - done",
    reply_to_req="req-240906-04",
    body="""\
Hello,

All of the content you reported under KCSC-240906-04 has been removed from
SOOP.

Best,
SOOP Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="English 'all reported content was removed' reply",
    why="a three-item request answered with one statement naming no item",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="naver-auth-fail",
    date="Thu, 05 Sep 2024 07:55:12 +0900",
    **{"from": "noreply_right@naver.com"},
    auth="fail",
    subject="[NAVER] 게시중단 처리 결과 안내 (KCSC-240903-01)",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대한 처리 결과입니다.

1. {N1} - 게시중단(삭제) 완료
2. {N4} - 게시중단(삭제) 완료

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER 게시중단 result notice, failing DKIM/SPF/DMARC",
    why="looks like a real NAVER notice but authentication fails: nothing applied",
    items={N1: "pending", N4: "pending"},
)

case(
    name="naver-lookalike-domain",
    date="Fri, 06 Sep 2024 06:40:00 +0900",
    **{"from": "notice@naver-rightcenter.com"},
    name_from="NAVER 권리보호센터",
    subject="[NAVER] 게시물 조치 결과 안내 KCSC-240903-01",
    reply_to_req="req-240903-01",
    body=f"""\
안녕하세요. 네이버 권리보호센터입니다.

{N5} 게시물은 블라인드 처리되었습니다.
자세한 결과는 아래 링크에서 로그인 후 확인하실 수 있습니다.
http://naver-rightcenter.com/login?case=KCSC-240903-01
""",
    outcome="review",
    review="unknown_sender",
    imitates="look-alike-domain mail imitating a NAVER notice",
    why="sender domain belongs to no platform (authenticates only for itself): unknown sender",
    items={N5: "pending"},
)

case(
    name="reputation-agency-unknown",
    date="Mon, 09 Sep 2024 13:20:00 +0900",
    **{"from": "support@reputeguard.example"},
    name_from="ReputeGuard 평판관리",
    subject="KCSC-240904-02 디시인사이드 게시물 삭제 확인 요청",
    body=f"""\
안녕하세요, 평판관리 대행사 ReputeGuard입니다.

의뢰인을 대리하여 확인한 결과, 아래 디시인사이드 게시물은 모두 삭제되었습니다.
We confirm the following DC Inside posts were deleted:

{D1}
{D2}

위원회 처리 기록에 반영 부탁드립니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="third-party reputation agency claiming deletions",
    why="a sender that is no platform names our request and its URLs",
    items={D1: "pending", D2: "pending"},
)

case(
    name="nate-wrong-platform",
    date="Tue, 10 Sep 2024 11:11:11 +0900",
    **{"from": "cleancenter@nate.com"},
    name_from="네이트 클린센터",
    subject="Re: [KCSC-240909-05] 명예훼손성 게시물 시정요구",
    reply_to_req="req-240909-05",
    body=f"""\
안녕하세요, 네이트 클린센터입니다.

참조로 수신된 요청 메일 확인하였습니다. 요청하신 {F1} 은
네이트(판) 게시물이 아니어서 당사가 조치할 수는 없으나, 확인해 보니 해당 글은 이미 삭제되어
존재하지 않는 게시물입니다.

네이트 판 게시물 신고는 https://pann.nate.com/cleancenter 를 이용해 주세요.
""",
    outcome="review",
    review="wrong_platform",
    imitates="Nate clean center answering a request it was copied on",
    why="a trusted platform states the status of another platform's (FM Korea) item",
    items={F1: "pending"},
)

case(
    name="dc-asks-documents",
    date="Thu, 05 Sep 2024 10:00:00 +0900",
    **{"from": "legal@dcinside.com"},
    name_from="디시인사이드 법무팀",
    subject="Re: [KCSC-240904-02] 게시물 삭제 요청의 건 - 추가 자료 요청",
    reply_to_req="req-240904-02",
    body=f"""\
안녕하십니까, 디시인사이드 법무팀입니다.

요청하신 게시물 중 아래 3건은 불법 금융 광고에 해당하는지 당사에서 판단하기 어려워,
처리를 위해 다음 자료를 회신해 주시기 바랍니다.

- 기관 직인이 날인된 시정요구 공문
- 각 게시물이 위반한 법령 조항 및 심의 의결 내용

{D3}
{D4}
{D5}

자료 확인 후 조치 여부를 안내드리겠습니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="legal team asking for the official letter and legal grounds",
    why="asks for documents before acting on three named items; nothing stated",
    items={D3: "pending", D4: "pending", D5: "pending"},
)

case(
    name="naver-policy-notice",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    **{"from": "noreply_right@navercorp.com"},
    subject="[NAVER] 게시중단요청서비스 운영정책 개정 안내",
    body="""\
안녕하세요. 네이버 권리보호센터입니다.

2024년 10월 1일부터 게시중단요청서비스 운영정책이 일부 개정됩니다.

주요 변경 사항
- 기관 요청 접수 시 전자공문 첨부 권장
- 임시조치 재게시 요청 심사 기간 안내 방식 변경
- 처리 결과 알림 메일 발신 주소 통합

자세한 내용은 https://right.naver.com/notice/20240912 에서 확인하실 수 있습니다.
본 메일은 발신 전용입니다.
""",
    outcome="review",
    review="no_claims",
    imitates="NAVER policy-change notice sent to all institutional reporters",
    why="trusted NAVER mail that names no item and references no request",
    items={},
)

# ================================================================ ignored
case(
    name="naver-ooo-ko",
    date="Tue, 03 Sep 2024 14:06:02 +0900",
    **{"from": "seoyeon.park@navercorp.com"},
    name_from="박서연",
    subject="[자동회신] [KCSC-240903-01] 시정요구 (불법 도박 광고)",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""\
안녕하세요, 박서연입니다.
9월 6일(금)까지 휴가로 부재중입니다. 메일은 복귀 후 확인하겠습니다.
급한 시정요구 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내 주세요.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office reply (자동회신)",
    why="auto-reply: ignored even though it names the request",
)

dc_bounce_orig = f"""\
From: KCSC Takedown <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: =?UTF-8?B?W0tDU0MtMjQwOTA0LTAyXSDqsozsi5zrrLwg7IKt7KCcIOyalOyyreydmCDqsbQ=?=
Date: Wed, 04 Sep 2024 10:00:00 +0900
Message-ID: <req-240904-02@kcsc.example>
"""
case(
    name="dc-dsn-bounce",
    date="Wed, 04 Sep 2024 10:00:41 +0900",
    **{"from": "MAILER-DAEMON@dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""\
Content-Type: multipart/report; report-type=delivery-status; boundary="DSN.4Wz1"

--DSN.4Wz1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1
    <report-old@dcinside.com>: Recipient address rejected: User unknown

--DSN.4Wz1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Wed,  4 Sep 2024 10:00:40 +0900 (KST)

Final-Recipient: rfc822; report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--DSN.4Wz1
Content-Type: text/rfc822-headers; charset=utf-8

{dc_bounce_orig}
--DSN.4Wz1--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown)",
    why="delivery failure report for our request: ignored",
)

case(
    name="soop-mdn-read-receipt",
    date="Fri, 06 Sep 2024 17:03:00 +0900",
    **{"from": "jh.lee@sooplive.co.kr"},
    name_from="이준혁",
    subject="읽음: [KCSC-240906-04] 음란·선정 콘텐츠 시정요구",
    raw_mime="""\
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_2b7c"

--mdn_2b7c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신인이 읽었습니다.

받는 사람: 이준혁 <jh.lee@sooplive.co.kr>
제목: [KCSC-240906-04] 음란·선정 콘텐츠 시정요구
읽은 날짜: 2024-09-06 오후 5:02

--mdn_2b7c
Content-Type: message/disposition-notification

Reporting-UA: jh.lee-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822; jh.lee@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_2b7c--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) with message/disposition-notification",
    why="read receipt: ignored",
)

case(
    name="daum-ticket-receipt",
    date="Thu, 05 Sep 2024 10:31:07 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 KA240905-0088123)",
    body="""\
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: KA240905-0088123
 - 서비스: Daum 카페 / 권리침해 신고
 - 접수일시: 2024-09-05 10:31

담당자가 확인 후 순차적으로 답변드리며, 문의량에 따라 답변이 지연될 수 있습니다.
접수 내역은 https://cs.kakao.com/requests 에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Kakao customer-center ticket receipt",
    why="pure receipt with a ticket number; no item, no result",
)

case(
    name="fmk-ooo-en",
    date="Mon, 09 Sep 2024 15:41:10 +0900",
    **{"from": "partnership@fmkorea.com"},
    name_from="FMKorea Partnership",
    subject="Automatic reply: [KCSC-240909-05] 명예훼손성 게시물 시정요구",
    reply_to_req="req-240909-05",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""\
Thank you for your email. I am out of the office until Monday 16 September
with limited access to email.

For takedown requests please write to admin@fmkorea.com; for advertising,
ads@fmkorea.com.

(You wrote: {F1} ...)
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office message",
    why="out-of-office auto-reply, even though it echoes a requested URL",
)

case(
    name="clien-helpdesk-receipt",
    date="Tue, 10 Sep 2024 18:00:05 +0900",
    **{"from": "help@clien.net"},
    name_from="클리앙 헬프데스크",
    subject="[클리앙] 요청 #48211 접수 완료: [KCSC-240910-06] 불법 의약품 판매 게시물",
    reply_to_req="req-240910-06",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""\
##- 이 줄 위에 답장을 작성해 주세요 -##

요청 #48211 이 접수되었습니다.
운영진이 검토 후 이 티켓으로 답변드립니다. 추가 내용이 있으면 이 메일에 회신해 주세요.

클리앙 헬프데스크
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket-created receipt (Zendesk-like)",
    why="ticket receipt naming the request but stating nothing about items",
)

HEADER = """\
# Blind set 345 (Korean portals and community sites), written before any run
# of the reader. Generated by make.py: edit the case list there, not here.
# Each case is ingested alone into a fresh ledger holding requests.csv.
"""


def encode_headers():
    """RFC 2047-encode non-ASCII display names and subjects, as mailers do
    (base64 for most, quoted-printable for every third case)."""
    for n, c in enumerate(cases):
        enc = "q" if n % 3 == 2 else "b"
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Charset_encode(name, "b")
        if not c["subject"].isascii():
            c["subject"] = Charset_encode(c["subject"], enc)


def Charset_encode(text, enc):
    cs = email.charset.Charset("utf-8")
    cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    return email.header.Header(text, cs, header_name="Subject").encode(linesep="\n")


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, "blind345", HEADER, cases)


if __name__ == "__main__":
    main()
