#!/usr/bin/env python3
"""Blind set 467 (Korean platforms): NAVER, Kakao/Daum, YouTube Korea,
DC Inside and BAND replies written in Korean (and a few in English).

    python3 tests/corpus/blind467/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning before the reader
was run on any of them.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import unquote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_ferry22/223561840117",
    2: "https://blog.naver.com/moonlit_ferry22/223561902245",
    3: "https://cafe.naver.com/greenvalleytrade/58213",
    4: "https://cafe.naver.com/greenvalleytrade/58240",
    5: "https://m.blog.naver.com/sojuhouse_kim/223559014872",
    6: "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471120385",
    7: "https://blog.naver.com/PostView.naver?blogId=quietrain_07&logNo=223560077311",
    8: "https://cafe.naver.com/dalbit2030/1177",
    9: "https://blog.naver.com/haneul_market/223558123990",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38812044&memberNo=5512093",
    11: "https://cafe.naver.com/dalbit2030/1203",
    12: "https://blog.naver.com/bluepeak_trader/223562200418",
    13: "https://tv.naver.com/v/58120443",
    14: "https://blog.naver.com/bluepeak_trader/223562251907",
}
K = {
    1: "https://cafe.daum.net/silverwave/AbCd/3381",
    2: "https://cafe.daum.net/silverwave/AbCd/3390",
    3: "https://haneul-notes.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0",
    4: "https://brunch.co.kr/@graycloud/412",
    5: "https://tv.kakao.com/v/448812907",
}
Y = {
    1: "https://www.youtube.com/watch?v=Qm3vT8kLw2A",
    2: "https://www.youtube.com/watch?v=pX7rN0dHs4E",
    3: "https://youtu.be/Zk9wB1cVf6M",
    4: "https://www.youtube.com/shorts/Hr2mJ5tYq8U",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918273",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coinkorea&no=552140",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinkorea&no=552161",
}
B = {
    1: "https://band.us/band/81234567/post/1042",
    2: "https://band.us/band/81234567/post/1051",
}
S1 = "https://blog.naver.com/cloudnine_seller/223570114208"
T1 = "https://onnuri-deal.tistory.com/entry/%ED%95%A0%EC%9D%B8-%EC%BD%94%EB%93%9C-%EA%B3%B5%EC%9C%A0"
K3_RAW = unquote(K[3])
T1_RAW = unquote(T1)

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     list(N.values()), "gambling", "req-240902-01@kcsc.example",
     'Blog, cafe, 지식iN, Post and TV items; 심의 의결 "2024-통신-0902"'),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00",
     list(K.values()), "fraud", "req-240903-02@kcsc.example",
     "Daum cafe, Tistory, brunch, KakaoTV"),
    ("KCSC-240904-03", "youtube", "2024-09-04T09:15:00+09:00", "2024-09-11T18:00:00+09:00",
     list(Y.values()), "privacy", "req-240904-03@kcsc.example",
     "YouTube Korea, legal team (legal-kr)"),
    ("KCSC-240905-04", "dcinside", "2024-09-05T14:00:00+09:00", "2024-09-12T18:00:00+09:00",
     list(D.values()), "defamation", "req-240905-04@kcsc.example",
     "stock and coin galleries, one minor gallery"),
    ("KCSC-240906-05", "band", "2024-09-06T10:40:00+09:00", "2024-09-13T18:00:00+09:00",
     list(B.values()), "fraud", "req-240906-05@kcsc.example",
     "one band, two posts"),
    ("KCSC-240909-06", "naver", "2024-09-09T16:20:00+09:00", "2024-09-16T18:00:00+09:00",
     [S1], "obscenity", "req-240909-06@kcsc.example", "single blog post"),
    ("KCSC-240910-07", "kakao", "2024-09-10T10:05:00+09:00", "2024-09-17T18:00:00+09:00",
     [T1], "fraud", "req-240910-07@kcsc.example", "single Tistory post, Korean path"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


# ---------------------------------------------------------------- helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


KAKAO = "카카오 권리침해신고센터"
NAVER_GS = "네이버 게시중단요청서비스"

# The regulator's own request as it would be quoted under a reply.
QUOTED_REQ_NAVER = "\n".join(["> " + l for l in [
    "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
    "",
    "정보통신에 관한 심의규정 위반으로 의결된 아래 게시물에 대하여",
    "삭제 또는 접속차단 등의 시정요구를 드립니다. (KCSC-240902-01)",
    "",
] + [f"{i}. {N[i]}" for i in N] + [
    "",
    "조치 결과를 2024년 9월 9일까지 회신하여 주시기 바랍니다.",
    "",
    "방송통신심의위원회 통신심의국 드림",
]])

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================= APPLIED
case(
    name="naver-gongmun-result-table-all14",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 16:42:11 +0900",
    subject="[네이버] 시정요구(KCSC-240902-01)에 대한 조치 결과 회신",
    reply_to_req="req-240902-01",
    body=f"""수신: 방송통신심의위원회 통신심의국
참조: 불법정보 대응 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치 결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 시정요구(KCSC-240902-01)와 관련하여
   당사의 조치 결과를 아래와 같이 회신합니다.

                          - 아    래 -

연번 | URL | 서비스 | 조치 결과 | 조치일
-----+-----+--------+-----------+-------
1 | {N[1]} | 블로그 | 게시중단(삭제) | 2024.09.04
2 | {N[2]} | 블로그 | 게시중단(삭제) | 2024.09.04
3 | {N[3]} | 카페 | 임시조치(30일) | 2024.09.04
4 | {N[4]} | 카페 | 게시물 없음(작성자 삭제) | -
5 | {N[5]} | 블로그 | 블라인드 | 2024.09.05
6 | {N[6]} | 지식iN | 답변 삭제 | 2024.09.05
7 | {N[7]} | 블로그 | 미조치(위반 사항 확인되지 않음) | -
8 | {N[8]} | 카페 | 국내 접근 제한 | 2024.09.05
9 | {N[9]} | 블로그 | 게시중단(삭제) | 2024.09.05
10 | {N[10]} | 포스트 | 존재하지 않는 URL | -
11 | {N[11]} | 카페 | 게시중단(삭제) | 2024.09.06
12 | {N[12]} | 블로그 | 게시중단(삭제) | 2024.09.06
13 | {N[13]} | 네이버TV | 미조치(위반 사항 확인되지 않음) | -
14 | {N[14]} | 블로그 | 임시조치(30일) | 2024.09.06

3. 미조치 2건은 당사 운영정책 및 관련 법령을 검토한 결과 불법성이 확인되지
   않은 건으로, 추가 소명 자료를 보내주시면 다시 검토하겠습니다.
4. 운영정책 전문은 https://policy.naver.com/policy/service_group.html 에서
   확인하실 수 있습니다.  끝.

네이버 주식회사 정책지원팀
담당: 한서윤 매니저 (policy@navercorp.com)
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 with a 조치 결과 table (연번/URL/서비스/조치 결과/조치일)",
    why="all 14 rows carry a result: 게시중단/블라인드/답변 삭제 removed, 임시조치/국내 접근 제한 restricted, 게시물 없음/존재하지 않는 URL not_found, 미조치(위반 아님) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "removed", N[7]: "rejected", N[8]: "restricted",
           N[9]: "removed", N[10]: "not_found", N[11]: "removed", N[12]: "removed",
           N[13]: "rejected", N[14]: "restricted"},
)

case(
    name="naver-html-sijeong-result-6",
    **{"from": "noreply-right@naver.com"}, name_from=NAVER_GS,
    date="Thu, 05 Sep 2024 11:08:40 +0900",
    subject="[네이버] 시정요구 조치결과 안내 (KCSC-240902-01, 1차)",
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구 건(<b>KCSC-240902-01</b>) 중 1차 처리분의 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>No</th><th>대상 URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>게시중단</td><td>불법정보</td></tr>
<tr><td>2</td><td><a href="{N[3]}">{N[3]}</a></td><td>임시조치</td><td>30일간 접근 차단</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>삭제된 게시물</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td><a href="{N[7]}">{N[7]}</a></td><td>비공개 처리</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N[9]}">{N[9]}</a></td><td>19세 미만 열람 제한</td><td>청소년 유해</td></tr>
<tr><td>6</td><td><a href="{N[11]}">{N[11]}</a></td><td>조치 불가</td><td>위반 사항 없음(정당한 의견 표명)</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 2차로 안내드리겠습니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/service/5648/contents/19096">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 HTML result notice with a 조치결과 table, first batch of a larger 시정요구",
    why="six rows with unhedged results: 게시중단/비공개 removed, 임시조치/19세 미만 열람 제한 restricted, 삭제된 게시물 (author) not_found, 조치 불가(위반 없음) rejected; the rest is a promise",
    items={N[1]: "removed", N[3]: "restricted", N[5]: "not_found", N[7]: "removed",
           N[9]: "restricted", N[11]: "rejected"},
)

CSV_N = "\r\n".join([
    "번호,URL,조치결과,조치일시",
    f"1,{N[2]},게시중단,2024-09-08 10:12",
    f"2,{N[4]},임시조치(30일),2024-09-08 10:15",
    f"3,\"{N[6]}\",삭제,2024-09-08 10:21",
    f"4,{N[8]},게시물 없음,-",
    f"5,\"{N[10]}\",조치불가(위반사항 없음),-",
    f"6,{N[12]},게시중단,2024-09-08 10:40",
]) + "\r\n"
case(
    name="naver-csv-attachment-6",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 09:31:02 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b467_csv"

--=_nv_b467_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 건 가운데 6건의 조치 결과를 첨부 파일로 보내드립니다.
결과는 첨부된 CSV 파일을 확인해 주시기 바랍니다.

감사합니다.
네이버 정책지원팀 드림
''')}
--=_nv_b467_csv
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_N)}
--=_nv_b467_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply whose results are only in a CSV attachment (번호/URL/조치결과/조치일시)",
    why="the CSV states each item: 게시중단/삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 조치불가(위반사항 없음) rejected",
    items={N[2]: "removed", N[4]: "restricted", N[6]: "removed", N[8]: "not_found",
           N[10]: "rejected", N[12]: "removed"},
)

case(
    name="naver-cafe-cs-url-then-arrow",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 고객센터",
    date="Wed, 04 Sep 2024 17:20:55 +0900",
    subject="Re: [KCSC-240902-01] 카페 게시물 관련 회신",
    body=f"""안녕하세요, 네이버 카페 고객센터 담당자입니다.
요청 주신 카페 게시물 확인해서 아래처럼 처리했습니다.

{N[3]}
→ 블라인드 처리 완료

{N[4]}
→ 이미 작성자가 지운 글이라 현재 존재하지 않습니다

{N[8]}
→ 카페 운영원칙 위반 확인, 게시글 삭제 및 작성자 활동정지

나머지 블로그 건은 블로그 담당 부서에서 따로 회신드릴 예정입니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal Korean support reply: bare URL line, result on the line below after an arrow",
    why="each URL is followed by its own result: 블라인드 removed, 작성자가 지운 글 not_found, 게시글 삭제 removed",
    items={N[3]: "removed", N[4]: "not_found", N[8]: "removed"},
)

case(
    name="naver-single-item-sole-statement",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Wed, 11 Sep 2024 10:02:19 +0900",
    subject="Re: [KCSC-240909-06] 게시물 삭제 요청의 건",
    reply_to_req="req-240909-06",
    body="""안녕하십니까, 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 블로그 게시물은 2024년 9월 10일 오후 3시
게시중단 처리되었음을 알려드립니다.

업무에 참고하시기 바랍니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean portal reply to a one-item request: '요청하신 게시물은 게시중단 처리되었습니다'",
    why="the request has one item; an unhedged 게시중단 statement about 'the requested post' applies to it",
    items={S1: "removed"},
)

case(
    name="naver-qp-tempmeasure-and-gone",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터",
    date="Sat, 07 Sep 2024 13:44:03 +0900",
    subject="[네이버] KCSC-240902-01 처리 결과 안내",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 2건의 처리 결과를 안내드립니다.

1) {N[9]}
   정보통신망법 제44조의2에 따라 임시조치(30일간 게시 중단)하였습니다.

2) {N[10]}
   해당 포스트는 작성자에 의해 이미 삭제되어 존재하지 않습니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 notice (정보통신망법 제44조의2) sent quoted-printable",
    why="임시조치 (30-day temporary measure) is restricted; the second post no longer exists, deleted by its author: not_found",
    items={N[9]: "restricted", N[10]: "not_found"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "tvpolicy@navercorp.com"}, name_from="네이버TV 운영팀 박도현",
    date="Tue, 10 Sep 2024 15:05:37 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 블로그/TV 운영 담당 박도현입니다.

{N[12]} 게시물은 오늘 오전 게시중단 했고요,
{N[13]} 네이버TV 영상은 검토해 봤는데 정책 위반이 아니라서 그대로 유지하기로 했습니다.

참고 부탁드립니다.

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{QUOTED_REQ_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted Korean reply over a Gmail-style quoted request ('…님이 작성:' and '>' lines)",
    why="two items are answered above the quote (게시중단 removed, 정책 위반 아님 유지 rejected); the 14 quoted URLs are our own request",
    items={N[12]: "removed", N[13]: "rejected"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "policy@navercorp.com"}, name_from="Han Seoyun",
    date="Fri, 06 Sep 2024 18:10:12 +0900",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""위원회 담당자님,

{N[14]} 건 조치 결과 공유드립니다: 임시조치(30일) 적용 완료.
나머지는 금일 발송된 공문을 참고해 주세요.

한서윤 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구

안녕하십니까, 방송통신심의위원회 통신심의국입니다.
아래 게시물에 대하여 삭제 또는 접속차단 등의 시정요구를 드립니다.

""" + "\n".join(f"{i}. {N[i]}" for i in N) + """

조치 결과를 2024년 9월 9일까지 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the request below '-----Original Message-----' (not '>'-quoted)",
    why="one item answered above the original message: 임시조치 is restricted; the request below is ours",
    items={N[14]: "restricted"},
)

case(
    name="naver-gmail-quote-operator-deleted",
    **{"from": "post_help@navercorp.com"}, name_from="네이버 블로그·포스트 고객센터",
    date="Wed, 11 Sep 2024 11:23:48 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요.

블로그 {N[9]} 는 운영자 삭제 처리했습니다.
포스트 {N[10]} 는 유효하지 않은 주소로 확인되어 조치할 게시물이 없습니다.

감사합니다.
네이버 블로그·포스트 고객센터

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{QUOTED_REQ_NAVER}
""",
    outcome="applied", classification="confirmation",
    imitates="short operator reply ('운영자 삭제', '유효하지 않은 주소') above a Gmail-quoted request",
    why="운영자 삭제 is removed; an invalid address with nothing to act on is not_found; quoted URLs are ours",
    items={N[9]: "removed", N[10]: "not_found"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply-right@naver.com"}, name_from=NAVER_GS,
    date="Sun, 08 Sep 2024 11:41:09 +0900",
    subject="[네이버 게시중단요청서비스] 요청하신 건의 처리 결과를 알려드립니다",
    body=f"""[게시중단 요청 처리 결과 안내]

요청번호 : NR-20240903-113355
요청자 : 방송통신심의위원회 (KCSC-240902-01)
신고 URL : {N[4]}
신고 사유 : 불법정보(정보통신망법 제44조의7)
처리 결과 : 게시중단
처리 일시 : 2024.09.08 11:40

게시자가 재게시를 요청하는 경우 관련 법령에 따라 절차가 진행될 수 있으며,
진행 상황은 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail echoing the report fields (요청번호/신고 URL/신고 사유/처리 결과)",
    why="처리 결과: 게시중단 for the one echoed URL; a possible re-posting request is a condition, not a statement",
    items={N[4]: "removed"},
)

case(
    name="naver-receipt-phrase-plus-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 09:12:30 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
보내주신 시정요구는 잘 접수되었습니다.

우선 확인된 건부터 말씀드리면
- {N[5]} : 블라인드 처리 완료
- {N[6]} : 해당 지식iN 답변 삭제

나머지 게시물은 확인 후 별도로 회신드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply that opens like a receipt ('잘 접수되었습니다') and then gives results",
    why="an acknowledgement phrase plus two unhedged item results is a confirmation: 블라인드 and 답변 삭제 are removed",
    items={N[5]: "removed", N[6]: "removed"},
)

case(
    name="naver-one-done-one-under-legal-review",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 14:55:00 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요.

{N[1]}
해당 게시물 게시중단 완료하였습니다.

{N[2]}
이 게시물은 현재 내부 법무 검토 중이며, 검토 결과는 9월 13일까지 회신드릴 예정입니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply mixing a done item and an item still under legal review",
    why="게시중단 완료 removes the first; '내부 법무 검토 중…회신드릴 예정' is under review, the second stays pending",
    items={N[1]: "removed", N[2]: "pending"},
)

case(
    name="kakao-gongmun-numbered-5",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 06 Sep 2024 17:30:21 +0900",
    subject="[카카오] 시정요구(KCSC-240903-02) 이행 결과 통보",
    reply_to_req="req-240903-02",
    body=f"""문서번호: 카카오정책-2024-0917
수    신: 방송통신심의위원회 통신심의국장
제    목: 시정요구(KCSC-240903-02) 이행 결과 통보

1. 귀 기관의 노고에 감사드립니다.
2. 귀 위원회의 시정요구(2024. 9. 3.)에 따른 당사의 이행 결과를 다음과 같이 통보합니다.

  가. {K[1]}
      - 다음 카페 게시물 / 게시중단(삭제) 완료 (9. 5.)
  나. {K[2]}
      - 다음 카페 게시물 / 임시조치(30일) 적용 (9. 5.)
  다. {K3_RAW}
      - 티스토리 게시물 / 삭제 완료 (9. 6.)
  라. {K[4]}
      - 브런치 게시물 / 미이행: 관련 법령 및 운영정책 위반 소지가 확인되지 않음
  마. {K[5]}
      - 카카오TV 영상 / 해당 영상이 존재하지 않음(유효하지 않은 URL)

3. 미이행 건에 대한 의견은 첨부 문서 없이 본 회신으로 갈음합니다.  끝.

주식회사 카카오 권리침해신고센터장
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 style 이행 결과 통보 with 가/나/다 items and a raw Korean Tistory path",
    why="가 removed, 나 임시조치 restricted, 다 (raw Korean path = encoded request URL) removed, 라 미이행/위반 소지 없음 rejected, 마 존재하지 않음 not_found",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "removed", K[4]: "rejected", K[5]: "not_found"},
)

KAKAO_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="max-width:640px;margin:0 auto;font-family:'Apple SD Gothic Neo',sans-serif">
<h3 style="border-bottom:2px solid #ffe812">카카오 권리침해신고 처리 결과</h3>
<p>안녕하세요, 카카오 권리침해신고센터입니다.<br>
방송통신심의위원회에서 접수하신 신고(KCSC-240903-02)의 처리 결과를 알려드립니다.</p>
<ul>
<li>{K[1]}<br>처리 결과: <b>게시중단</b></li>
<li>{K[2]}<br>처리 결과: <b>임시조치</b> (정보통신망법 제44조의2, 30일)</li>
<li>{K[5]}<br>처리 결과: <b>비공개 처리</b></li>
</ul>
<p>카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
<p style="font-size:11px;color:#999">본 메일은 발신전용입니다.</p>
</div></body></html>
"""
case(
    name="kakao-base64-html-three",
    **{"from": "noreply@kakaocorp.com"}, name_from=KAKAO,
    date="Thu, 05 Sep 2024 20:15:44 +0900",
    subject="[카카오] 권리침해신고 처리 결과 안내",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(KAKAO_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao notification-style HTML result mail, base64-encoded, with a policy link",
    why="게시중단 removed, 임시조치 restricted, 비공개 처리 removed; the policy link is no item",
    items={K[1]: "removed", K[2]: "restricted", K[5]: "removed"},
)

case(
    name="kakao-single-angle-bracket-particle",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Thu, 12 Sep 2024 10:48:02 +0900",
    subject="Re: [KCSC-240910-07] 티스토리 게시물 시정요구",
    reply_to_req="req-240910-07",
    body=f"""안녕하세요, 카카오 권리침해신고센터입니다.

신고하신 <{T1_RAW}>는 정보통신망법 제44조의2에 따라
임시조치(30일간 접근 차단)되었습니다.

게시자가 30일 이내에 재게시를 요청하지 않는 경우 해당 게시물은 삭제될 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 임시조치 notice naming the Tistory post in angle brackets with a Korean particle after them",
    why="임시조치 (30-day access block) is restricted; the later deletion is conditional and changes nothing",
    items={T1: "restricted"},
)

case(
    name="kakao-cafe-particles-glued",
    **{"from": "cafe_cs@daum.net"}, name_from="다음카페 고객센터",
    date="Mon, 09 Sep 2024 15:37:26 +0900",
    subject="Re: [KCSC-240903-02] 다음 카페 게시물 관련",
    body=f"""안녕하세요. 다음카페 고객센터입니다.

문의하신 두 건 확인했습니다.
{K[1]} 은 카페 운영 규정 위반으로 삭제했고요, {K[2]}은 명예훼손 소지가 있어 임시조치 걸어두었습니다.

더 궁금하신 점 있으시면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal Daum cafe support reply with Korean particles after the URLs (one spaced, one glued)",
    why="first post 삭제 removed, second (particle 은 glued to the id) 임시조치 restricted",
    items={K[1]: "removed", K[2]: "restricted"},
)

case(
    name="kakao-wrapped-encoded-url",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Tue, 10 Sep 2024 11:19:33 +0900",
    subject="Re: [KCSC-240903-02] 티스토리/브런치 게시물",
    body="""안녕하세요, 티스토리·브런치 운영팀입니다.

아래 두 게시물에 대해 처리 결과를 알려드립니다.

* 티스토리: <https://haneul-notes.tistory.com/entry/%EC%A3%BC%EC%8B%9D-%EB%A6%AC%EB%94%A9%EB%B0%A9-
%ED%9B%84%EA%B8%B0>
  운영정책 위반(불법 투자 권유)으로 게시물 삭제

* 브런치: <https://brunch.co.kr/@graycloud/412>
  해당 글 비공개 처리 및 작가 활동 제한

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory/brunch operations reply with a long percent-encoded URL wrapped inside angle brackets",
    why="the wrapped bracketed URL rejoins to the requested Tistory item (삭제: removed); brunch 비공개 처리 is removed",
    items={K[3]: "removed", K[4]: "removed"},
)

case(
    name="kakao-single-all-requested-removed",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 13 Sep 2024 09:05:11 +0900",
    subject="Re: [KCSC-240910-07] 티스토리 게시물 시정요구",
    reply_to_req="req-240910-07",
    body="""안녕하세요.
요청하신 게시물 전부 삭제 조치 완료했습니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line Korean operator reply '요청하신 게시물 전부 삭제 조치 완료'",
    why="'all requested posts deleted' for a request of one item is a statement about that item: removed",
    items={T1: "removed"},
)

case(
    name="yt-korean-blocked-in-kr",
    **{"from": "legal-kr@google.com"}, name_from="Google 법률팀",
    date="Sun, 08 Sep 2024 03:14:50 +0900",
    subject="[#8-4419002376000] 귀하의 법적 삭제 요청에 대한 YouTube의 답변 (KCSC-240904-03)",
    body=f"""안녕하세요.

Google에 연락해 주셔서 감사합니다. 귀하의 요청(KCSC-240904-03)을 검토했습니다.

아래 콘텐츠는 대한민국 법률을 위반한 것으로 판단되어 대한민국 내에서 해당 콘텐츠에 대한 액세스를 차단했습니다.

{Y[1]}
{Y[2]}

아래 콘텐츠에 대해서는 검토 결과 조치를 취하지 않기로 결정했습니다. 현재 제공된 정보만으로는 해당 콘텐츠가 현지 법률을 위반한다고 판단하기 어렵습니다.

{Y[3]}

추가 정보가 있으시면 이 이메일에 회신해 주시기 바랍니다.

감사합니다.
Google 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal answer in Korean: access blocked in Korea, no action on the rest",
    why="blocked in Korea is restricted; '조치를 취하지 않기로 결정' with its reason is rejected",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-english-removed-and-age-restricted",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 06:22:18 +0900",
    subject="Re: [KCSC-240904-03] Removal request - YouTube",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Thanks for reaching out to YouTube. We reviewed the content you reported under KCSC-240904-03.

- {Y[4]} was removed from YouTube for violating our Community Guidelines.
- {Y[3]} has been age-restricted. It is no longer viewable by signed-out users or users under 18.

For more information on our policies, see https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply in English: a Short removed under Community Guidelines, a video age-restricted",
    why="removed for a guidelines violation is removed; age-restricted is restricted; the policy URL is no item",
    items={Y[4]: "removed", Y[3]: "restricted"},
)

case(
    name="yt-korean-bullets-three-outcomes",
    **{"from": "youtube-kr-legal@youtube.com"}, name_from="YouTube 코리아",
    date="Wed, 11 Sep 2024 19:40:05 +0900",
    subject="YouTube 콘텐츠 신고 처리 결과 (KCSC-240904-03)",
    body=f"""안녕하세요, YouTube 코리아입니다.

방송통신심의위원회에서 요청하신 콘텐츠의 처리 결과를 알려드립니다.

• {Y[1]} — 커뮤니티 가이드 위반으로 삭제됨
• {Y[2]} — 동영상을 찾을 수 없음 (업로더가 이미 삭제함)
• {Y[4]} — 삭제 요청 거부: YouTube 정책 및 현지 법률 위반 사항이 없음

YouTube 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea bulleted result list in Korean (삭제됨 / 찾을 수 없음 / 요청 거부)",
    why="삭제됨 removed, 찾을 수 없음 (uploader deleted) not_found, 거부 with its reason rejected",
    items={Y[1]: "removed", Y[2]: "not_found", Y[4]: "rejected"},
)

case(
    name="yt-html-table-four",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Fri, 13 Sep 2024 02:03:33 +0900",
    subject="YouTube: outcome of your legal request KCSC-240904-03",
    type="html",
    body=f"""<html><body>
<p>Hello,</p>
<p>We have completed our review of the URLs in your request <b>KCSC-240904-03</b>. The outcome for each URL is shown below.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>URL</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{Y[1]}</td><td>Removed &ndash; violates Community Guidelines</td></tr>
<tr><td>{Y[2]}</td><td>Blocked in South Korea</td></tr>
<tr><td>{Y[3]}</td><td>No action &ndash; does not violate local law or our policies</td></tr>
<tr><td>{Y[4]}</td><td>Video unavailable &ndash; already removed by the uploader</td></tr>
</tbody></table>
<p>If you believe we made a mistake, you can reply to this message. You can also learn about our process at <a href="https://support.google.com/legal/answer/3110420">Legal Help</a>.</p>
<p>Regards,<br>Google Legal Support</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Google legal-request outcome table in HTML (URL / Outcome)",
    why="Removed, Blocked in South Korea (restricted), No action with reason (rejected), already removed by uploader (not_found)",
    items={Y[1]: "removed", Y[2]: "restricted", Y[3]: "rejected", Y[4]: "not_found"},
)

case(
    name="yt-english-withheld-and-invalid-link",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 08:49:10 +0900",
    subject="Re: [KCSC-240904-03] Removal request - YouTube",
    reply_to_req="req-240904-03",
    body=f"""Hi there,

Following your request, the video at
{Y[2]}
is now withheld in South Korea (KR) on the basis of local law.

We could not find any video at {Y[3]} . The link is invalid and does not point to any content on YouTube.

Best,
YouTube Legal Support
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal reply in English: video withheld in KR, one invalid link",
    why="URL on the line after 'the video at' and before 'is now withheld in South Korea': restricted; invalid link: not_found",
    items={Y[2]: "restricted", Y[3]: "not_found"},
)

case(
    name="dc-operator-informal-three",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 22:11:45 +0900",
    subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
말씀하신 글 확인했습니다.

{D[1]}
: 삭제 처리했습니다.

{D[2]}
: 작성자가 이미 삭제한 글이라 남아있지 않습니다.

{D[3]}
: 확인해 보니 저희 이용약관상 삭제 사유에 해당하지 않아 유지합니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, one result per URL",
    why="삭제 removed; already deleted by its author not_found; no ground under the terms, kept: rejected",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "rejected"},
)

case(
    name="dc-statement-above-urls",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 14:20:09 +0900",
    subject="[디시인사이드] 게시물 처리 결과 안내 (KCSC-240905-04)",
    body=f"""안녕하세요, 디시인사이드입니다.

요청하신 아래 게시물은 2024-09-10 14시 부로 삭제 처리 완료되었습니다.

{D[2]}
{D[3]}

감사합니다.
디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice: one statement, then the URLs it covers listed below it",
    why="each URL is named under 'the posts below have been deleted': both removed",
    items={D[2]: "removed", D[3]: "removed"},
)

case(
    name="band-policy-team-two",
    **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Mon, 09 Sep 2024 16:02:37 +0900",
    subject="[BAND] 시정요구(KCSC-240906-05) 처리 결과",
    reply_to_req="req-240906-05",
    body=f"""안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글 2건의 처리 결과를 안내드립니다.

1. {B[1]}
   - 운영정책 위반(사기 의심 투자 권유)으로 게시글 삭제

2. {B[2]}
   - 게시글 비공개 처리, 해당 밴드 리더 계정 이용 제한

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations-policy reply in Korean (게시글 삭제 / 비공개 처리 + 이용 제한)",
    why="게시글 삭제 removed; 비공개 처리 is removed (the account limit does not make it restricted)",
    items={B[1]: "removed", B[2]: "removed"},
)

# ================================================================= REVIEW
case(
    name="naver-promise-will-take-down",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 03 Sep 2024 15:18:40 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 {N[1]}, {N[2]} 두 건은
내부 검토를 거쳐 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal promise: '검토를 거쳐 게시중단 조치할 예정입니다'",
    why="예정 (will) is a promise, not a statement; named items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="kakao-hedge-seems-deleted",
    **{"from": "cafe_cs@daum.net"}, name_from="다음카페 고객센터",
    date="Thu, 05 Sep 2024 12:33:02 +0900",
    subject="Re: [KCSC-240903-02] 다음 카페 게시물 관련",
    body=f"""안녕하세요. 다음카페 고객센터입니다.

확인해 보니 {K[1]} 과 {K[2]} 두 게시물은
작성자가 스스로 지운 것으로 보입니다. 다만 정확한 삭제 경위는
카페 측 추가 확인이 필요해서 확인되는 대로 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe support hedge: '작성자가 지운 것으로 보입니다', more checks to come",
    why="'…것으로 보입니다' (appears to) is a hedge; both items stay pending",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="yt-escalated-may-restrict",
    **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 04:30:27 +0900",
    subject="Re: [KCSC-240904-03] Removal request - YouTube",
    reply_to_req="req-240904-03",
    body=f"""Hello,

Thank you for your patience. The following videos have been escalated to our legal team for a local-law assessment:

{Y[1]}
{Y[2]}

We expect to complete the assessment within five business days. If the content is found to be unlawful in South Korea, we may restrict its availability there.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update: escalated, may restrict if unlawful",
    why="escalation and a conditional 'may restrict' are no statements; both videos stay pending",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-bulk-all-14-done",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 10:10:10 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body="""안녕하세요, 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 관련하여 요청하신 게시물 14건 모두 게시중단 조치 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line Korean bulk confirmation for a large 시정요구 ('14건 모두 게시중단 조치 완료')",
    why="a statement about all 14 items without naming any: bulk review, items pending",
    items={u: "pending" for u in N.values()},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sun, 08 Sep 2024 10:45:51 +0900",
    subject="Re: [KCSC-240905-04] 게시물 삭제 요청",
    reply_to_req="req-240905-04",
    body="""네 신고해주신 글 전부 삭제했습니다.
디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="terse DC Inside operator reply: '신고해주신 글 전부 삭제했습니다'",
    why="'all reported posts deleted' for a three-item request names none of them: bulk review",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="naver-dmarc-fail-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", auth="fail",
    date="Fri, 06 Sep 2024 08:02:14 +0900",
    subject="Re: [KCSC-240902-01] 조치 결과",
    body=f"""안녕하세요.

{N[1]} - 삭제 완료
{N[2]} - 삭제 완료

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="results mail From navercorp.com failing DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied, review untrusted",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="dc-forged-from-fail",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 관리자", auth="fail",
    date="Mon, 09 Sep 2024 03:17:40 +0900",
    subject="[KCSC-240905-04] 삭제 완료 통보",
    body=f"""방송통신심의위원회 담당자님

{D[1]} 삭제 완료
{D[2]} 삭제 완료
{D[3]} 삭제 완료

디시인사이드 관리자
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking results mail whose authentication fails",
    why="dcinside.com in From but DMARC fails: untrusted, items pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="kakao-cafe-manager-gmail",
    **{"from": "silverwave.manager@gmail.com"}, name_from="실버웨이브 카페 매니저",
    date="Sat, 07 Sep 2024 21:05:19 +0900",
    subject="KCSC-240903-02 관련 카페 글 삭제했습니다",
    body=f"""안녕하세요. 다음 카페 '실버웨이브' 매니저입니다.
카카오에서 연락 받고 KCSC-240903-02 관련 글 확인했는데요,

{K[1]}
{K[2]}

위 두 글은 제가 매니저 권한으로 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager (a user, not the platform) writing from a webmail address about the request",
    why="gmail.com is no platform's domain: unknown_sender, items pending",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-answers-for-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 13:30:00 +0900",
    subject="Re: [KCSC-240906-05] BAND 게시글 시정요구",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.
BAND 관련 요청이 저희 쪽으로 전달되어 대신 회신드립니다.

{B[1]} : 게시글 삭제
{B[2]} : 게시글 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy team answering for a sister service (NAVER about BAND posts)",
    why="navercorp.com is NAVER's domain in config; the items belong to the BAND request (band.us): wrong_platform",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="yt-asks-for-decision-document",
    **{"from": "legal-kr@google.com"}, name_from="Google 법률팀",
    date="Sat, 07 Sep 2024 05:51:36 +0900",
    subject="[#8-4419002376000] 추가 정보 요청 (KCSC-240904-03)",
    body=f"""안녕하세요.

귀하의 요청(KCSC-240904-03)을 검토하는 데 추가 정보가 필요합니다.

{Y[2]}
{Y[3]}

위 두 동영상에 대해 위원회의 심의 의결서 사본 또는 해당 콘텐츠가 위반한 법률 조항과 위반 부분(타임스탬프)을 알려주시기 바랍니다. 정보를 받는 대로 검토를 계속하겠습니다.

Google 법률 지원팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google legal request for more information (decision document, legal basis, timestamps)",
    why="the platform asks us for documents before acting: asks_more, items pending",
    items={Y[2]: "pending", Y[3]: "pending"},
)

case(
    name="naver-same-post-two-results",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 17:48:22 +0900",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""안녕하세요. 카페 게시물 조치 결과입니다.

1. {N[3]} - 게시중단 완료
2. {N[3]} - 위반 사항 없어 유지

확인 부탁드립니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="hand-made result list where one cafe post appears twice with opposite results (copy-paste slip)",
    why="the same URL is said to be taken down and to stay up: conflicting; a clerk asks the platform which is right",
    items={N[3]: "pending"},
)

case(
    name="kakao-chuseok-service-notice",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 13 Sep 2024 18:00:00 +0900",
    subject="[카카오] 추석 연휴 기간 권리침해신고 처리 일정 안내",
    body="""안녕하세요, 카카오 권리침해신고센터입니다.

추석 연휴(9월 14일~18일) 기간에는 신고 접수는 가능하나 처리가 평소보다
늦어질 수 있습니다. 긴급 건은 연휴 중에도 순차적으로 처리하며,
연휴 이후 접수 순서대로 결과를 안내드릴 예정입니다.

이용에 참고 부탁드립니다.
카카오 권리침해신고센터 드림
""",
    outcome="review", review="no_claims",
    imitates="Kakao holiday-schedule service notice sent to reporting partners",
    why="trusted platform mail naming no item and no request: no_claims",
    items={},
)

# ================================================================= IGNORED
case(
    name="naver-chuseok-out-of-office",
    **{"from": "policy@navercorp.com"}, name_from="한서윤",
    date="Sat, 14 Sep 2024 09:00:03 +0900",
    subject="[자동회신] Re: [KCSC-240902-01] 조치 결과 재확인 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요, 한서윤입니다.
9월 14일부터 9월 18일까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-team@navercorp.com)로 연락 부탁드립니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over the Chuseok holiday ([자동회신] subject, Auto-Submitted)",
    why="an auto-reply carrying our reference but no statement: ignored",
    items={},
)

BOUNCE_ORIG = f"""From: 방송통신심의위원회 <takedown@kcsc.example>
To: right-old@daum.net
Subject: [KCSC-240903-02] 불법정보 시정요구
Message-ID: <req-240903-02@kcsc.example>
Date: Tue, 03 Sep 2024 11:30:00 +0900
"""
case(
    name="kakao-dsn-old-address",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 11:30:42 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b467-kk"

--dsn-b467-kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<right-old@daum.net>: host mx1.daum.net said: 550 5.1.1 User unknown
    (받는 사람 주소가 존재하지 않습니다)

--dsn-b467-kk
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: Tue,  3 Sep 2024 11:30:40 +0900

Final-Recipient: rfc822; right-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-b467-kk
Content-Type: text/rfc822-headers

{BOUNCE_ORIG}
--dsn-b467-kk--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) for our request to an old Daum address",
    why="a bounce of our own request: ignored",
    items={},
)

case(
    name="yt-mdn-displayed",
    **{"from": "legal-kr@google.com"}, name_from="Google Legal",
    date="Wed, 04 Sep 2024 10:02:12 +0900",
    subject="읽음 확인: [KCSC-240904-03] 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b467-yt"

--mdn-b467-yt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 열어 보았습니다.
제목: [KCSC-240904-03] 불법정보 시정요구
읽은 시간: 2024-09-04 오전 10:02

--mdn-b467-yt
Content-Type: message/disposition-notification

Reporting-UA: legal-kr.google.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; legal-kr@google.com
Original-Message-ID: <req-240904-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b467-yt--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, '읽음 확인') for our request",
    why="a read receipt says nothing about items: ignored",
    items={},
)

case(
    name="dc-ticket-receipt",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Thu, 05 Sep 2024 14:01:30 +0900",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-0905-22871)",
    body="""안녕하세요, 디시인사이드 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
접수번호: DC-0905-22871
문의 유형: 게시물 삭제 요청 (KCSC-240905-04)

담당자가 확인 후 순차적으로 답변드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="DC Inside help-desk ticket receipt (접수번호, 순차 답변)",
    why="a pure receipt: ignored",
    items={},
)

case(
    name="band-inquiry-received",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Fri, 06 Sep 2024 10:41:05 +0900",
    subject="[BAND] 문의 접수 완료 안내",
    body="""BAND 고객센터에 문의해 주셔서 감사합니다.

문의가 접수되었습니다. (접수번호 #BD2409061041)
제목: [KCSC-240906-05] 불법정보 시정요구

영업일 기준 3일 이내에 답변드리겠습니다.
답변은 이 메일 주소로 발송됩니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND customer-centre automatic inquiry receipt",
    why="a ticket receipt with our subject and no statement: ignored",
    items={},
)

case(
    name="naver-receipt-echoing-urls",
    **{"from": "noreply-right@naver.com"}, name_from=NAVER_GS,
    date="Mon, 09 Sep 2024 16:21:40 +0900",
    subject="[네이버 게시중단요청서비스] 요청이 정상 접수되었습니다",
    body=f"""[게시중단 요청 접수 안내]

방송통신심의위원회 님의 게시중단 요청이 정상적으로 접수되었습니다.

요청번호 : NR-20240909-162033
접수 일시 : 2024.09.09 16:20
요청 게시물 : {S1}

검토 후 처리 결과를 메일로 안내드리겠습니다.
※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 receipt echoing the requested URL",
    why="a receipt that echoes the URL and promises a result later: pure acknowledgement, ignored",
    items={},
)

case(
    name="kakao-daum-mail-auto-reply",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Tue, 03 Sep 2024 11:31:05 +0900",
    subject="[자동응답] [KCSC-240903-02] 불법정보 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""카카오 권리침해신고센터에 메일을 보내주셔서 감사합니다.

이 메일은 자동으로 발송되는 응답 메일입니다.
보내주신 메일은 담당자가 확인한 뒤 영업일 기준 2~3일 이내에 회신드립니다.
권리침해 신고 절차는 https://cs.kakao.com/helps?service=102 에서 확인하실 수 있습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao mailbox auto-response ([자동응답] subject, Auto-Submitted) to our request",
    why="an automatic response with a help link and no statement: ignored",
    items={},
)

HEADER = """# Blind set 467 (Korean platforms: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind467/make.py; expected results written from
# each email's meaning before the reader was run. Config: ./config.toml.
"""

def encode_headers(c):
    """Display names and subjects as real mailers send them (RFC 2047)."""
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v and not v.isascii():
            c[key] = Header(v, "utf-8", maxlinelen=998).encode()
    return c


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind467", HEADER, cases)
