#!/usr/bin/env python3
"""Blind set blind519: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu; Inven and Nate configured but
without requests), Korean and English mixed, with the doubtful and ignorable
mail a regulator's mailbox receives.

Written before any run of the reader: every expected result below comes from
the meaning of the email alone. Deterministic:

    python3 tests/corpus/blind519/make.py

writes requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind519"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_harbor7/223561120345"
N2 = "https://blog.naver.com/moonlit_harbor7/223561120399"
N3 = "https://cafe.naver.com/quietriverside/18842"
N4 = "https://cafe.naver.com/quietriverside/18907"
N5 = "https://cafe.naver.com/pinegrovetrade/55120"
N6 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80501&docId=471235560"
N7 = "https://m.blog.naver.com/grey_lantern_03/223570048811"
N8 = "https://blog.naver.com/grey_lantern_03/223570051002"
N9 = "https://tv.naver.com/v/58120447"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38115502&memberNo=61200418"
N11 = "https://cafe.naver.com/pinegrovetrade/55187"
N12 = "https://blog.naver.com/silverwick_22/223575503310"
N13 = "https://blog.naver.com/silverwick_22/223575509947"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9012345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=hanriver_fish&no=120334"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=hanriver_fish&no=120351"
D4 = "https://gall.dcinside.com/mini/board/view/?id=lowtide&no=4410"
D5 = "https://gall.dcinside.com/board/view/?id=car_new1&no=7733021"
DC = [D1, D2, D3, D4, D5]

K1 = "https://cafe.daum.net/bluestonehill/Qw3e/1182"
K2 = "https://cafe.daum.net/bluestonehill/Qw3e/1190"
K3 = "https://cafe.daum.net/grayharborclub/ABcd/77"
K4_SLUG = "신규-홍보-안내"
K4_RAW = "https://hanbit-note.tistory.com/entry/" + K4_SLUG
K4 = "https://hanbit-note.tistory.com/entry/" + quote(K4_SLUG)
DAUM = [K1, K2, K3, K4]

S1 = "https://vod.sooplive.co.kr/player/131205577"
S2 = "https://vod.sooplive.co.kr/player/131209802"
S3 = "https://ch.sooplive.co.kr/nightowl_kr/post/98120334"
F1 = "https://www.fmkorea.com/7301122845"
F2 = "https://www.fmkorea.com/7301188210"
C1 = "https://www.clien.net/service/board/park/18712045"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9021337"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", NAVER,
     "illegal_gambling", 'unlicensed betting ads, "토토" links; blogs, cafes, KiN, TV, Post'),
    ("KCSC-240905-02", "dcinside", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", DC,
     "illegal_gambling", "galleries: stock, 한강낚시 (minor), lowtide (mini), car"),
    ("KCSC-240906-03", "daum", "2024-09-06T11:00:00+09:00", "2024-09-13T23:59:59+09:00", DAUM,
     "drug_trade", "Daum cafes and one Tistory entry (Korean path)"),
    ("KCSC-240909-04", "soop", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00", [S1, S2, S3],
     "obscenity", "two VODs, one channel post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T15:20:00+09:00", "2024-09-17T23:59:59+09:00", [F1, F2],
     "defamation", "posts naming a private person"),
    ("KCSC-240911-06", "clien", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00", [C1],
     "privacy", "모두의공원 post with a phone number, home address"),
    ("KCSC-240911-07", "ppomppu", "2024-09-11T15:10:00+09:00", "2024-09-18T23:59:59+09:00", [P1],
     "illegal_gambling", "자유게시판"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


NAVER_REQ_LINES = [
    "[KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청 (13건)",
    "",
    "방송통신심의위원회는 아래 정보에 대하여 정보통신망법 제44조의7에 따른",
    "시정요구(삭제)를 의결하였기에 조치 후 결과를 회신하여 주시기 바랍니다.",
    "",
] + [f"{i}. {u}" for i, u in enumerate(NAVER, 1)] + [
    "",
    "조치 기한: 2024. 9. 10.",
    "방송통신심의위원회 통신심의국",
]

DC_REQ_LINES = [
    "[KCSC-240905-02] 불법 도박 홍보 게시물 삭제 요청 (5건)",
    "",
] + [f"{i}. {u}" for i, u in enumerate(DC, 1)] + ["", "조치 기한: 2024. 9. 12."]

SIG_KCSC = "방송통신심의위원회 통신심의국"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= NAVER
case(
    name="naver-result-table-html",
    **{"from": "policy@navercorp.com"},
    date="Wed, 04 Sep 2024 16:42:10 +0900",
    subject="[NAVER] 시정요구(KCSC-240903-01) 조치결과 회신",
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body=f"""<html><body>
<p>방송통신심의위원회 통신심의국 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240903-01)에 대한 1차 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>연번</th><th>URL</th><th>요구 내용</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td>1</td><td>{N1}</td><td>삭제</td><td>삭제 완료</td><td>2024.09.04</td></tr>
<tr><td>2</td><td>{N2}</td><td>삭제</td><td>삭제 완료</td><td>2024.09.04</td></tr>
<tr><td>3</td><td>{N3}</td><td>삭제</td><td>삭제 완료</td><td>2024.09.04</td></tr>
<tr><td>4</td><td>{N4}</td><td>삭제</td><td>국내 접속 차단</td><td>2024.09.04</td></tr>
<tr><td>5</td><td>{N5}</td><td>삭제</td><td>조치 불가 (게시물 없음 - 작성자 삭제)</td><td>-</td></tr>
<tr><td>6</td><td>{N12}</td><td>삭제</td><td>게시중단</td><td>2024.09.04</td></tr>
</table>
<p>나머지 7건은 서비스별 확인 후 회신드리겠습니다.</p>
<p>운영정책 안내: <a href="https://policy.naver.com/rules/service.html">https://policy.naver.com/rules/service.html</a></p>
<p>네이버 정책지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 시정요구 조치결과 reply as an HTML table (연번/URL/조치 결과)",
    why="six rows, each with its own result: 삭제 완료 x3, 게시중단, 국내 접속 차단, 게시물 없음(작성자 삭제)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "not_found", N12: "removed"},
)

case(
    name="naver-blog-blind-prose",
    **{"from": "blog_help@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date="Thu, 05 Sep 2024 10:05:51 +0900",
    subject="Re: [KCSC-240903-01] 블로그 게시물 조치 결과",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 블로그 운영팀입니다.

KCSC-240903-01 건으로 요청 주신 블로그 게시물 2건을 검토하였습니다.
두 게시물 모두 블로그 운영정책(불법정보) 위반으로 확인되어 오늘 오전 블라인드 처리하였습니다.

 - https://blog.naver.com/grey_lantern_03/223570048811
 - {N8}

블라인드 처리된 게시물은 작성자 본인을 포함하여 누구에게도 노출되지 않으며,
게시자에게는 이용제한 안내가 별도로 발송되었습니다.

감사합니다.
네이버 블로그 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 notice to a reporting institution",
    why="both posts named, both 블라인드 처리 (removed); the first is written in its desktop form of the requested m.blog URL",
    items={N7: "removed", N8: "removed"},
)

case(
    name="naver-tv-post-temporary-measure",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Thu, 05 Sep 2024 18:20:03 +0900",
    subject="Re: [KCSC-240903-01] 네이버TV/포스트 게시물 임시조치 안내",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 2건에 대해 정보통신망법 제44조의2에 따른
임시조치(30일간 접근 차단)를 하였습니다.

 · 네이버TV 영상: {N9}
 · 네이버 포스트: {N10}

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 해당 게시물은 삭제됩니다.

(English) Access to the two items above has been blocked for 30 days under a
temporary measure (Article 44-2 of the Network Act).

NAVER 권리보호센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER/Daum 임시조치 (30-day temporary measure) notice",
    why="임시조치 with access blocked for 30 days is restricted; the deletion after 30 days is only conditional",
    items={N9: "restricted", N10: "restricted"},
)

case(
    name="naver-kin-kept-blog-deleted-english",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Fri, 06 Sep 2024 09:31:47 +0900",
    subject="RE: KCSC-240903-01 - decision on two items",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Dear KCSC team,

Thank you for your request KCSC-240903-01. We have completed our review of two
of the listed items.

{N6}
This Knowledge iN question asks about the legal status of online betting. It
does not advertise or link to any betting site, and we found no violation of
the Knowledge iN operating principles or of Korean law. The question will stay
available.

{N13}
This post linked to an unlicensed betting site and has been deleted.

If you disagree with the first decision, you can send us further materials
through https://help.naver.com/service/5630/contents/19000 .

Best regards,
Lee Minjae
NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="platform legal-team decision letter, one paragraph under each URL",
    why="status on the line below each URL: KiN question kept with a reason (rejected), blog post deleted; help link is no item",
    items={N6: "rejected", N13: "removed"},
)

NAVER_CSV = f"""번호,URL,조치결과,비고
1,{N3},삭제,
2,{N11},비공개 처리,카페 운영정책 위반
3,{N13},게시물 없음,작성자 자진 삭제
4,{N9},접근 제한,19세 미만 열람 불가(성인 인증)
"""
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    date="Fri, 06 Sep 2024 14:02:19 +0900",
    subject="[NAVER] KCSC-240903-01 조치결과 (첨부)",
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv-519-csv"

--nv-519-csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.
KCSC-240903-01 건 중 4건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

--nv-519-csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(NAVER_CSV)}
--nv-519-csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team sending the 조치결과 as a CSV attachment",
    why="CSV rows: 삭제, 비공개 처리 (removed), 게시물 없음/작성자 자진 삭제 (not_found), 접근 제한 for minors (restricted)",
    items={N3: "removed", N11: "removed", N13: "not_found", N9: "restricted"},
)

case(
    name="naver-cafe-top-posted-gmail-quote",
    **{"from": "cafe_op@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 11:15:02 +0900",
    subject="Re: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청 (13건)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시물 중 카페 게시물 아래 2건은 카페 운영정책 위반으로 삭제하였습니다.

{N3}
{N11}

나머지 게시물은 각 서비스 담당 부서에서 확인 후 별도로 회신드릴 예정입니다.

2024년 9월 3일 (화) 오후 2:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted(NAVER_REQ_LINES)}""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Gmail reply above the quoted request",
    why="two cafe posts named above the quote, deleted; the 13 URLs in the '>' quote are the regulator's own request",
    items={N3: "removed", N11: "removed"},
)

case(
    name="naver-cafe-particles-fullwidth",
    **{"from": "cafe_op@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Thu, 05 Sep 2024 15:48:36 +0900",
    subject="KCSC-240903-01 카페 게시물 관련 회신",
    body=f"""KCSC-240903-01 관련 회신드립니다.

<{N3}>의 경우 운영정책 위반이 확인되어 게시중단 조치하였습니다.
{N4}은 확인 결과 작성자가 9월 2일에 이미 삭제한 게시물로, 현재 존재하지 않습니다.
또한 거래 카페 게시물（{N5}）은 불법 도박 사이트 홍보 글로 확인되어 삭제했습니다.

감사합니다.
네이버 카페 운영팀 박지훈""",
    outcome="applied", classification="confirmation",
    imitates="Korean staff prose reply with URLs in angle brackets, followed by particles and full-width parentheses",
    why="게시중단 (removed), already deleted by its author (not_found), 삭제 (removed); URL ends before 의/은/）",
    items={N3: "removed", N4: "not_found", N5: "removed"},
)

NAVER_ORIG = "\n".join(NAVER_REQ_LINES)
case(
    name="naver-outlook-original-message",
    **{"from": "seoyeon.kim@navercorp.com"},
    name_from="Kim Seoyeon",
    date="Mon, 09 Sep 2024 17:03:55 +0900",
    subject="RE: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청 (13건)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""Hello,

Please find our decision on two more items from your request below.

- {N10} : 검토 결과 특정 도박 사이트를 홍보하지 않는 일반 스포츠 분석 글로,
  운영정책 위반 사항이 없어 게시를 유지합니다. (No violation found; the post stays up.)
- {N11} : 삭제 완료 (removed).

Regards,
Kim Seoyeon | NAVER Policy Support

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 2:00 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청 (13건)

{NAVER_ORIG}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the original request below -----Original Message-----",
    why="post kept with its reason (rejected), cafe post 삭제 완료; the request below the Outlook separator is not a statement",
    items={N10: "rejected", N11: "removed"},
)

case(
    name="naver-statement-of-reasons",
    **{"from": "trust-safety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    date="Sat, 07 Sep 2024 08:12:00 +0900",
    subject="Statement of reasons NVR-SOR-2409-00731 (your ref. KCSC-240903-01)",
    body=f"""STATEMENT OF REASONS
Our reference: NVR-SOR-2409-00731
Your reference: KCSC-240903-01

Content: {N2}
Decision: Removed
Ground: illegal content (promotion of unlicensed sports betting)
Date of decision: 2024-09-06

Content: {N5}
Decision: Access disabled for users in the Republic of Korea
Ground: illegal content under Korean law
Date of decision: 2024-09-06

Automated means were not used to take these decisions.
Redress: the uploader may object at https://help.naver.com/objection .

NAVER Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content / decision / ground blocks)",
    why="blog post removed; cafe post disabled in Korea only (restricted); the redress link is no item",
    items={N2: "removed", N5: "restricted"},
)

case(
    name="naver-report-center-echo",
    **{"from": "noreply@navercorp.com"},
    name_from="네이버 신고센터",
    date="Sun, 08 Sep 2024 13:27:41 +0900",
    subject="[네이버 신고센터] 신고 처리 결과 안내",
    body=f"""[네이버 신고센터] 신고 처리 결과 안내

신고 접수번호: 2409-0552-1187
신고자: 방송통신심의위원회

────────────────────
신고 URL: {N12}
신고 사유: 불법정보(도박)
처리 결과: 삭제
────────────────────
신고 URL: {N8}
신고 사유: 불법정보(도박)
처리 결과: 청소년 유해 게시물로 분류하여 19세 미만 이용자의 접근을 제한하였습니다.
────────────────────

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report form fields",
    why="echoed report: first post 삭제 (removed), second limited to adults (restricted)",
    items={N12: "removed", N8: "restricted"},
)

case(
    name="naver-numbered-second-reply",
    **{"from": "policy@navercorp.com"},
    date="Tue, 10 Sep 2024 11:40:09 +0900",
    subject="[NAVER] KCSC-240903-01 처리 현황 (2차 회신)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""KCSC-240903-01 처리 현황 (2차 회신)

1) {N1} — 삭제
2) {N4} — 삭제
3) {N6} — 존재하지 않는 게시물 (작성자 탈퇴로 일괄 삭제됨)
4) {N9} — 위반 사항 없음, 게시 유지 (도박 예방 캠페인 영상)
5) {N13} — 국내 접속 제한

나머지 8건은 1차 회신에서 안내드린 바와 같습니다.

네이버 정책지원팀""",
    outcome="applied", classification="confirmation",
    imitates="numbered 처리 현황 list, one result after a dash",
    why="five numbered results: 삭제 x2, 존재하지 않는 게시물 (not_found), 게시 유지 with reason (rejected), 국내 접속 제한 (restricted)",
    items={N1: "removed", N4: "removed", N6: "not_found", N9: "rejected", N13: "restricted"},
)

case(
    name="naver-promise-24h",
    **{"from": "policy@navercorp.com"},
    date="Wed, 04 Sep 2024 09:02:14 +0900",
    subject="Re: [KCSC-240903-01] 불법 도박 광고 게시물 삭제 요청 (13건)",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

아래 블로그 게시물 2건은 내부 검토를 거쳐 24시간 이내에 삭제될 예정입니다.
{N1}
{N2}
The two posts above will be removed within 24 hours after our internal review.
처리가 끝나면 다시 안내드리겠습니다.

네이버 정책지원팀""",
    outcome="review", review="not_understood",
    imitates="portal's interim reply promising removal",
    why="'삭제될 예정' / 'will be removed' is a promise, not a statement: items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-bulk-all-13",
    **{"from": "policy@navercorp.com"},
    date="Thu, 12 Sep 2024 10:00:31 +0900",
    subject="[NAVER] KCSC-240903-01 최종 조치 완료",
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 KCSC-240903-01로 요청하신 13건 전체에 대해 삭제 조치를 완료하였습니다.
게시자에 대해서는 운영정책에 따라 이용제한 조치를 병행하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="portal's final '전체 조치 완료' reply naming only the count",
    why="one statement about all 13 items without naming any of them: bulk, items pending",
    items={},
)

case(
    name="naver-spoofed-auth-fail",
    **{"from": "help@naver.com"},
    name_from="NAVER 고객센터",
    auth="fail",
    date="Thu, 05 Sep 2024 22:51:08 +0900",
    subject="[NAVER] KCSC-240903-01 처리 결과",
    body=f"""방송통신심의위원회 귀중

요청하신 게시물은 아래와 같이 삭제되었습니다.
{N3} - 삭제
{N4} - 삭제

추가 확인이 필요하시면 첨부된 링크에서 로그인해 주세요.
http://naver-help-center.example/login

NAVER 고객센터""",
    outcome="review", review="untrusted",
    imitates="phishing-like mail forging a portal's help-desk address",
    why="From naver.com but DKIM/SPF/DMARC fail: not trusted, nothing applied",
    items={N3: "pending", N4: "pending"},
)

case(
    name="naver-asks-resolution-copy",
    **{"from": "rights@navercorp.com"},
    name_from="NAVER 권리보호센터",
    date="Fri, 06 Sep 2024 16:33:27 +0900",
    subject="Re: [KCSC-240903-01] 자료 요청",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요.

요청하신 네이버TV 영상({N9})의 조치를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 시정요구 의결서 사본
 2. 해당 영상 중 문제가 되는 구간(재생 시간)

자료를 받는 대로 검토를 진행하겠습니다.
NAVER 권리보호센터""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the 의결서 and timestamps before acting",
    why="a request for documents about a named item, no statement: review asks_more",
    items={N9: "pending"},
)

case(
    name="naver-chuseok-out-of-office",
    **{"from": "minji.park@navercorp.com"},
    name_from="박민지",
    date="Fri, 13 Sep 2024 18:05:00 +0900",
    subject="[자동회신] 추석 연휴 부재 안내 (Re: [KCSC-240903-01] 미조치 게시물 재요청)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""안녕하세요, 박민지입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
긴급한 게시물 조치 요청은 policy@navercorp.com 으로 보내주시기 바랍니다.
연휴 이후 순차적으로 확인하겠습니다.

I am out of the office for the Chuseok holidays until 18 September.""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the Chuseok holidays",
    why="auto-reply (Auto-Submitted: auto-replied), no statement",
    items={},
)

case(
    name="naver-dsn-delayed",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 18:00:44 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly-519"

--dly-519
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<policy@navercorp.com>: connect to mx1.navercorp.com[203.0.113.25]:25:
    Connection timed out

--dly-519
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Tue,  3 Sep 2024 14:00:02 +0900 (KST)

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sun,  8 Sep 2024 14:00:02 +0900 (KST)

--dly-519
Content-Type: text/rfc822-headers

From: KCSC <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [KCSC-240903-01] takedown request (13 items)
Message-ID: <req.KCSC-240903-01@kcsc.example>

--dly-519--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (DSN, Action: delayed)",
    why="delivery-status report, a warning only: ignored",
    items={},
)

# ================================================================= DC Inside
case(
    name="dc-bulleted-results",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:20:18 +0900",
    subject="[디시인사이드] KCSC-240905-02 처리 결과",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""디시인사이드 운영팀입니다.
KCSC-240905-02 요청 건 처리 결과 알려드립니다.

• {D1} : 삭제 및 작성자 차단
• {D2} : 삭제
• {D3} : 삭제
• {D4} : 해당 게시물 없음 (존재하지 않는 글 번호)
• {D5} : 차량 구매 후기 글로 불법정보에 해당하지 않아 삭제하지 않았습니다

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="community site operator's bulleted 처리 결과 list",
    why="each bullet has its result: 삭제 x3, 게시물 없음 (not_found), not deleted with a reason (rejected)",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "rejected"},
)

DC_QP_TEXT = f"""안녕하세요, 디시인사이드 고객센터입니다.

요청하신 한강낚시 마이너 갤러리 게시물 두 건
{D2}
{D3}
은 2024년 9월 6일 14시경 운영자 권한으로 삭제되었으며,
작성 IP는 30일간 글쓰기가 차단되었습니다.

문의번호: DC-CS-0906-3312
디시인사이드 고객센터
"""
case(
    name="dc-quoted-printable",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Fri, 06 Sep 2024 15:02:44 +0900",
    subject="Re: [KCSC-240905-02] 불법 도박 홍보 게시물 삭제 요청 (5건)",
    reply_to_req=mid("KCSC-240905-02"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DC_QP_TEXT)}""",
    outcome="applied", classification="confirmation",
    imitates="help-desk reply in a quoted-printable body",
    why="two gallery posts named, 운영자 권한으로 삭제 (removed)",
    items={D2: "removed", D3: "removed"},
)

case(
    name="dc-url-below-statement",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 10:44:59 +0900",
    subject="[디시인사이드] KCSC-240905-02 추가 회신",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""요청 건(KCSC-240905-02) 중 아래 미니 갤러리 게시물은 삭제 처리했습니다.
{D4}

아래 게시물은 저희가 확인하기 전에 작성자가 직접 삭제하여 이미 존재하지 않습니다.
{D5}

디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="operator reply with each statement on the line above its URL",
    why="statement line then URL: 삭제 처리 (removed); deleted by its author beforehand (not_found)",
    items={D4: "removed", D5: "not_found"},
)

D1_HTML = D1.replace("&", "&amp;")
D5_HTML = D5.replace("&", "&amp;")
case(
    name="dc-html-title-links",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 14:15:30 +0900",
    subject="[디시인사이드] KCSC-240905-02 삭제 완료 안내",
    type="html",
    body=f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>KCSC-240905-02 건 중 아래 게시물의 삭제를 완료하였습니다.</p>
<ul>
<li><a href="{D1_HTML}">[주식] 수익 인증방 초대합니다 (no. 9012345)</a> &ndash; 삭제 완료</li>
<li><a href="{D5_HTML}">타이어 싸게 사는 곳 (no. 7733021)</a> &ndash; 삭제 완료</li>
</ul>
<p>디시인사이드 운영팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="HTML notice whose links show the post titles, not the URLs",
    why="two posts linked by title with 삭제 완료 beside each (removed)",
    items={D1: "removed", D5: "removed"},
)

case(
    name="dc-conditional-deletion",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 09:10:02 +0900",
    subject="Re: [KCSC-240905-02] 불법 도박 홍보 게시물 삭제 요청 (5건)",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""디시인사이드 운영팀입니다.

{D1} 게시물은 작성자에게 소명 기회를 부여하였으며,
7일 이내에 소명이 없을 경우 삭제될 예정입니다.
{D4} 게시물은 미니 갤러리 매니저와 함께 검토 중입니다.

결과가 나오는 대로 다시 알려드리겠습니다.

> {DC_REQ_LINES[0]}""",
    outcome="review", review="not_understood",
    imitates="community operator's interim reply (소명 기회, 검토 중)",
    why="a conditional future deletion and 'under review': no statement, items pending",
    items={D1: "pending", D4: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "hanriver.fish.mgr@gmail.com"},
    name_from="한강낚시 갤러리 매니저",
    date="Sat, 07 Sep 2024 23:41:13 +0900",
    subject="KCSC-240905-02 관련 (한강낚시 마이너 갤러리)",
    body=f"""안녕하세요. 디시인사이드 한강낚시 마이너 갤러리 매니저입니다.
운영팀에서 전달받고 제가 아래 두 글 삭제했습니다.

{D2}
{D3}

앞으로 비슷한 글 올라오면 바로 지우겠습니다.""",
    outcome="review", review="unknown_sender",
    imitates="a volunteer gallery manager writing from a personal Gmail address",
    why="sender is not a DC Inside domain: the claims may be true but cannot change statuses",
    items={D2: "pending", D3: "pending"},
)

DSN_RETURNED = "\n".join(DC_REQ_LINES)
case(
    name="dc-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-519-dc"

--dsn-519-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@dcinside.com>: host mx.dcinside.com[198.51.100.77] said: 550 5.1.1
    <abuse@dcinside.com>: Recipient address rejected: User unknown

--dsn-519-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example

Final-Recipient: rfc822; abuse@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-519-dc
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: abuse@dcinside.com
Subject: [KCSC-240905-02] request
Message-ID: <req.KCSC-240905-02.cc@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DSN_RETURNED}

--dsn-519-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' with the request attached",
    why="a bounce of our own copy to an old address; the URLs are in the returned request only",
    items={},
)

# ================================================================= Daum / Kakao
case(
    name="daum-cafe-temporary-measure",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao 권리침해신고센터",
    date="Mon, 09 Sep 2024 10:12:45 +0900",
    subject="[Daum] 요청하신 게시물에 대한 임시조치 안내 (KCSC-240906-03)",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물 2건에 대해 임시조치(30일간 접근 차단)를 적용하였습니다.

1. {K1}
2. {K2}

임시조치된 게시물에는 이용자들이 알 수 있도록 임시조치 사실이 표시됩니다.
권리침해신고 안내: https://cs.daum.net/faq/95/7580.html

카카오 권리침해신고센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice",
    why="임시조치 (30-day access block) of both named cafe posts: restricted",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="daum-tistory-raw-korean-path",
    **{"from": "tistory@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Mon, 09 Sep 2024 16:55:20 +0900",
    subject="Re: [KCSC-240906-03] 마약류 판매 광고 게시물 조치 요청",
    reply_to_req=mid("KCSC-240906-03"),
    body=f"""안녕하세요. 티스토리 운영팀입니다.

{K4_RAW} 게시글은 운영정책 위반(마약류 판매 광고)으로 삭제되었고,
해당 블로그는 이용이 제한되었습니다.

한편 {K3} 는 Daum 카페 게시물로, 요청 시점에 이미 카페가 폐쇄되어
게시물이 존재하지 않는다고 카페 담당 부서에서 확인해 주었습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao (Tistory) team reply with a raw Korean entry path",
    why="Tistory entry (raw Korean path = requested percent-encoded URL) deleted; cafe post does not exist (not_found)",
    items={K4: "removed", K3: "not_found"},
)

K4_HTML = K4
DAUM_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께</p>
<p>KCSC-240906-03 요청 4건의 처리 결과입니다.</p>
<table border="1">
<tr><th>게시물</th><th>처리 결과</th></tr>
<tr><td>{K1}</td><td>삭제</td></tr>
<tr><td>{K2}</td><td>삭제</td></tr>
<tr><td>{K3}</td><td>운영정책 위반 아님 - 게시 유지 (마약 예방 교육 자료)</td></tr>
<tr><td>{K4_HTML}</td><td>청소년 유해 표시, 성인 인증 후 열람</td></tr>
</table>
<p>카카오 권리침해신고센터</p>
</body></html>
"""
case(
    name="daum-base64-html-table",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao 권리침해신고센터",
    date="Wed, 11 Sep 2024 11:08:37 +0900",
    subject="[Daum] KCSC-240906-03 처리 결과",
    reply_to_req=mid("KCSC-240906-03"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="kk-519-alt"

--kk-519-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DAUM_HTML)}
--kk-519-alt--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao result table sent as a base64 HTML part",
    why="table rows: 삭제 x2 (removed), kept with a reason (rejected), adult verification (restricted)",
    items={K1: "removed", K2: "removed", K3: "rejected", K4: "restricted"},
)

case(
    name="daum-bulk-all-posts",
    **{"from": "right@kakaocorp.com"},
    name_from="Kakao 권리침해신고센터",
    date="Tue, 10 Sep 2024 09:30:00 +0900",
    subject="Re: [KCSC-240906-03] 마약류 판매 광고 게시물 조치 요청",
    reply_to_req=mid("KCSC-240906-03"),
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

KCSC-240906-03으로 요청하신 게시물 전체에 대해 삭제 조치를 완료하였습니다.
게시자에게는 관련 법령 및 운영정책에 따른 안내가 발송되었습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="Kakao one-line '요청하신 게시물 전체 삭제 완료' reply",
    why="'all the requested posts deleted' for a 4-item request, none named: bulk",
    items={},
)

case(
    name="daum-read-receipt",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    date="Fri, 06 Sep 2024 11:47:02 +0900",
    subject="읽음: [KCSC-240906-03] 마약류 판매 광고 게시물 조치 요청",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-519-kk"

--mdn-519-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

받는 사람: 한지우
제목: [KCSC-240906-03] 마약류 판매 광고 게시물 조치 요청
보낸 날짜: 2024-09-06 오전 11:00

받는 사람이 2024-09-06 오전 11:46에 메시지를 읽었습니다.

--mdn-519-kk
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiwoo.han@kakaocorp.com
Original-Message-ID: <req.KCSC-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-519-kk--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (읽음:) as an MDN",
    why="a read receipt (MDN), no statement",
    items={},
)

# ================================================================= SOOP
case(
    name="soop-english-vod-decisions",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 13:22:08 +0900",
    subject="RE: [KCSC-240909-04] Request regarding VOD content",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""Hello,

This is SOOP Trust & Safety. We reviewed the two VODs in your request KCSC-240909-04.

 * {S1}
   The VOD has been deleted, and the streamer's channel received a 7-day
   broadcasting suspension.
 * {S2}
   The VOD has been set to 19+ viewing; only adult-verified users can play it.

For the channel post you listed, our community team will reply separately.

SOOP Trust & Safety
https://www.sooplive.co.kr/policy""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform T&S reply, decision under each bullet",
    why="first VOD deleted (removed), second 19+ only (restricted); the channel post only gets a promise",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-bare-url-result-below",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Wed, 11 Sep 2024 10:03:40 +0900",
    subject="[SOOP] KCSC-240909-04 처리 결과 안내",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""안녕하세요. SOOP 고객센터입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

{S1}
→ 처리 결과: 삭제

{S2}
→ 처리 결과: 삭제

{S3}
→ 처리 결과: 게시글 없음 (BJ 본인 삭제)

SOOP 고객센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="Korean help-desk result list, bare URL with '→ 처리 결과' line below",
    why="two VODs 삭제 (removed); channel post already deleted by the streamer (not_found)",
    items={S1: "removed", S2: "removed", S3: "not_found"},
)

case(
    name="soop-receipt-plus-statement",
    **{"from": "cs@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 15:18:02 +0900",
    subject="[SOOP] 문의 접수 및 답변 (SP-240909-0088)",
    body=f"""안녕하세요. SOOP 고객센터입니다.

문의가 정상적으로 접수되었습니다. (접수번호 SP-240909-0088)

확인 결과 아래 방송국 게시글은 운영정책 위반으로 즉시 삭제하였습니다.
{S3}

VOD 2건은 담당 부서 검토 후 별도로 안내드리겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries an answer",
    why="acknowledgement wording plus an unhedged 삭제 of a named post: not a pure acknowledgement",
    items={S3: "removed"},
)

case(
    name="soop-appears-removed-hedge",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date="Tue, 10 Sep 2024 09:05:11 +0900",
    subject="RE: [KCSC-240909-04] Request regarding VOD content",
    reply_to_req=mid("KCSC-240909-04"),
    body=f"""Hello,

It appears that the VOD at {S2} may already have been removed by the
streamer; we could not yet confirm this in our logs. We will check again and
update you.

SOOP Trust & Safety""",
    outcome="review", review="not_understood",
    imitates="T&S interim reply with a hedge ('appears', 'may have been')",
    why="hedged, unconfirmed: no statement, the VOD stays pending",
    items={S2: "pending"},
)

case(
    name="soop-contact-change-notice",
    **{"from": "partner@sooplive.co.kr"},
    name_from="SOOP 대외협력팀",
    date="Thu, 12 Sep 2024 14:40:00 +0900",
    subject="[SOOP] 심의 요청 접수 창구 변경 안내",
    body="""안녕하세요. SOOP 대외협력팀입니다.

2024년 10월 1일부터 관계 기관의 게시물 조치 요청 접수 창구가
safety@sooplive.co.kr 로 일원화됩니다.
기존 주소로 보내주신 메일도 당분간 전달되지만, 가급적 새 주소로 보내주시기 바랍니다.

감사합니다.""",
    outcome="review", review="no_claims",
    imitates="platform notice about a changed contact address",
    why="trusted SOOP mail that names no item and references no request",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 09:41:30 +0900",
    subject="[SOOP] 문의가 접수되었습니다 (SP-240909-0412)",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=mid("KCSC-240909-04"),
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: SP-240909-0412
 - 문의 제목: [KCSC-240909-04] 음란물 VOD 조치 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호)",
    why="pure acknowledgement of receipt",
    items={},
)

# ================================================================= FM Korea
case(
    name="fmkorea-both-deleted",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 12:30:12 +0900",
    subject="Re: [KCSC-240910-05] 명예훼손 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""에펨코리아 운영팀입니다.

요청하신 두 게시물 모두 삭제했습니다.
{F1}
{F2}

작성자는 커뮤니티 규정에 따라 이용정지 처리되었습니다.""",
    outcome="applied", classification="confirmation",
    imitates="short community operator reply listing both URLs under '모두 삭제'",
    why="both posts named under one statement, deleted",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-one-kept",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Thu, 12 Sep 2024 17:45:29 +0900",
    subject="[에펨코리아] KCSC-240910-05 검토 결과",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

1. {F1}
   해당 글은 공인의 공개 발언을 비평한 글로, 특정 개인을 식별할 수 있는 정보가
   없어 명예훼손에 해당하지 않는다고 판단했습니다. 게시를 유지합니다.

2. {F2}
   실명과 직장이 드러나 있어 삭제했습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="community operator's numbered decisions with reasons",
    why="first post kept with its reason (rejected), second deleted (removed)",
    items={F1: "rejected", F2: "removed"},
)

case(
    name="fmkorea-under-review",
    **{"from": "report@fmkorea.com"},
    name_from="에펨코리아 운영팀",
    date="Tue, 10 Sep 2024 18:02:51 +0900",
    subject="Re: [KCSC-240910-05] 명예훼손 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240910-05"),
    body=f"""안녕하세요, 에펨코리아 운영팀입니다.

보내주신 게시물
{F1}
{F2}
은 현재 검토 중입니다. 작성자 의견을 들은 뒤 결과를 회신드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="operator 'under review' reply naming the URLs",
    why="검토 중 (under review) is no statement; names requested items, so review not_understood",
    items={F1: "pending", F2: "pending"},
)

case(
    name="fmkorea-out-of-office-english",
    **{"from": "daniel.cho@fmkorea.com"},
    name_from="Daniel Cho",
    date="Tue, 10 Sep 2024 15:21:09 +0900",
    subject="Automatic reply: [KCSC-240910-05] 명예훼손 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"],
    body="""I am out of the office until Friday 13 September with limited access to email.
For urgent content reports please write to report@fmkorea.com.

9월 13일(금)까지 부재중입니다. 급한 신고는 report@fmkorea.com 으로 보내주세요.""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="inven-about-fmkorea-post",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 고객지원",
    date="Wed, 11 Sep 2024 10:26:33 +0900",
    subject="Re: [KCSC-240910-05] 명예훼손 게시물 삭제 요청",
    body=f"""안녕하세요, 인벤 고객지원팀입니다.

보내주신 요청(KCSC-240910-05)은 인벤이 아닌 에펨코리아 게시물에 관한 것으로 보입니다.
참고로 {F1} 게시물은 현재 삭제되어 있는 것을 확인했습니다.

인벤 게시물에 대한 요청은 cs@inven.co.kr 로 보내주시면 처리하겠습니다.""",
    outcome="review", review="wrong_platform",
    imitates="another community's help desk answering a misrouted copy",
    why="Inven (trusted for Inven only) states the status of an FM Korea item",
    items={F1: "pending"},
)

# ================================================================= Clien
case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    date="Wed, 11 Sep 2024 16:12:40 +0900",
    subject="Re: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-06"),
    body="""안녕하세요. 클리앙 운영진입니다.

KCSC-240911-06 건으로 요청하신 게시물은 확인 후 삭제했습니다.
같은 작성자의 다른 글도 함께 점검하고 있습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="small community admin's one-line reply, no URL",
    why="one-item request; the sole statement '요청하신 게시물은 삭제했습니다' applies to it",
    items={C1: "removed"},
)

case(
    name="clien-receipt-korean",
    **{"from": "noreply@clien.net"},
    name_from="클리앙",
    date="Wed, 11 Sep 2024 10:00:52 +0900",
    subject="[클리앙] 신고가 접수되었습니다",
    reply_to_req=mid("KCSC-240911-06"),
    body="""신고가 정상적으로 접수되었습니다.

접수번호: CL-20240911-0031
제목: [KCSC-240911-06] 개인정보 노출 게시물 삭제 요청

운영진 확인 후 처리 결과를 회신드리겠습니다.
클리앙""",
    outcome="ignored", classification="acknowledgement",
    imitates="community site's automatic report receipt",
    why="pure acknowledgement with a receipt number",
    items={},
)

# ================================================================= Ppomppu
case(
    name="ppomppu-gmail-quoted",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Thu, 12 Sep 2024 09:44:18 +0900",
    subject="Re: [KCSC-240911-07] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=mid("KCSC-240911-07"),
    body=f"""말씀하신 게시물 확인 후 삭제했습니다.
{P1}

뽐뿌 고객센터

2024년 9월 11일 (수) 오후 3:10, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> [KCSC-240911-07] 불법 도박 광고 게시물 삭제 요청
>
> 아래 게시물에 대한 삭제를 요청합니다.
> {P1}
>
> {SIG_KCSC}""",
    outcome="applied", classification="confirmation",
    imitates="short Gmail-style reply above the quoted request",
    why="the one post named above the quote and deleted",
    items={P1: "removed"},
)

case(
    name="ppomppu-all-reported-single",
    **{"from": "help@ppomppu.co.kr"},
    name_from="Ppomppu Help",
    date="Fri, 13 Sep 2024 11:02:05 +0900",
    subject="[뽐뿌] KCSC-240911-07 처리 완료",
    body="""안녕하세요, 뽐뿌 고객센터입니다.

신고하신 게시물 모두 삭제 처리되었습니다.
All reported posts under KCSC-240911-07 have been deleted.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="bilingual 'all reported posts deleted' closing mail",
    why="an 'all reported' statement for a request of one item applies to that item",
    items={P1: "removed"},
)

case(
    name="ppomppu-internal-forward",
    **{"from": "help@ppomppu.co.kr"},
    name_from="뽐뿌 고객센터",
    date="Thu, 12 Sep 2024 08:30:27 +0900",
    subject="Fwd: 자유게시판 신고 건 처리 (KCSC-240911-07)",
    body=f"""게시판 운영자 처리 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 자유게시판 운영자 <board-admin@ppomppu.co.kr>
Date: 2024년 9월 11일 (수) 오후 9:12
Subject: 자유게시판 신고 건 처리
To: 뽐뿌 고객센터 <help@ppomppu.co.kr>

고객센터 요청하신 글 지웠습니다.
{P1}
작성자는 자유게시판 글쓰기 30일 정지했습니다.""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="help desk forwarding a board moderator's note",
    why="the only statement is inside a forwarded message: review forwarded, item pending",
    items={P1: "pending"},
)

HEADER = """# Blind set blind519: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Ppomppu; Inven as a wrong platform).
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader. See NOTES.md."""

def encode_names():
    # Non-ASCII display names go out as RFC 2047 encoded words, as real MUAs send them.
    for c in cases:
        n = c.get("name_from")
        if n and not n.isascii():
            c["name_from"] = Header(n, "utf-8").encode()


if __name__ == "__main__":
    encode_names()
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases")
