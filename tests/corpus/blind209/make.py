#!/usr/bin/env python3
"""Blind set 209 (Korean platforms): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean -- 공문-style 조치결과 회신,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies, plus
receipts, auto-replies, DSNs and an MDN.

    python3 tests/corpus/blind209/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run (see NOTES.md for the arguable ones).
"""
import base64
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests

R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240904-01", "KCSC-240905-01", "KCSC-240906-01",
    "KCSC-240909-01", "KCSC-240910-01", "KCSC-240910-02",
)

# R1: NAVER, 14 items (the largest request)
N1 = "https://blog.naver.com/dfk_sample_k01/223500000101"
N2 = "https://blog.naver.com/dfk_sample_k01/223500000102"
N3 = "https://blog.naver.com/dfk_sample_k02/223500000201"
N4 = "https://blog.naver.com/dfk_sample_k03/223500000301"
N5 = "https://cafe.naver.com/dfksamplecafe/10401"
N6 = "https://cafe.naver.com/dfksamplecafe/10402"
N7 = "https://cafe.naver.com/dfksamplecafe/10403"
N8 = "https://cafe.naver.com/dfkcasinotalk/5501"
N9 = "https://cafe.naver.com/dfkcasinotalk/5502"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=470000001"
N11 = "https://blog.naver.com/dfk_sample_k04/223500000401"
N12 = "https://blog.naver.com/dfk_sample_k04/223500000402"
N13 = "https://post.naver.com/viewer/postView.naver?volumeNo=38000001&memberNo=51000001"
N14 = "https://blog.naver.com/PostView.naver?blogId=dfk_sample_k05&logNo=223500000501"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# R2: Kakao (Daum cafe, Tistory, open chat), 5 items
K1 = "https://cafe.daum.net/dfksample/Abcd/101"
K2 = "https://cafe.daum.net/dfksample/Abcd/102"
K3_RAW = "https://dfk-sample.tistory.com/entry/불법-토토-사이트-안내"
K3 = "https://dfk-sample.tistory.com/entry/" + quote("불법-토토-사이트-안내")
K4 = "https://dfk-sample.tistory.com/27"
K5 = "https://open.kakao.com/o/gDfkSmp1"
R2_URLS = [K1, K2, K3, K4, K5]

# R3: YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=dfkKr0001aA"
Y2 = "https://www.youtube.com/watch?v=dfkKr0002bB"
Y3 = "https://www.youtube.com/shorts/dfkKr0003cC"
Y4 = "https://www.youtube.com/@dfk_sample_kr_ch"
R3_URLS = [Y1, Y2, Y3, Y4]

# R4: DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=dfk_sample&no=880001"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=dfksamplemg&no=12001"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=dfksamplemg&no=12002"
R4_URLS = [D1, D2, D3]

# R5: BAND, 2 items
B1 = "https://band.us/band/81000001/post/201"
B2 = "https://band.us/band/81000001/post/202"
R5_URLS = [B1, B2]

# R6: NAVER, 1 item; R7: Kakao, 1 item
S1 = "https://blog.naver.com/dfk_sample_k09/223510000901"
S2 = "https://cafe.daum.net/dfkone/Zx9/55"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", R1_URLS,
     "gambling", "req-240903-01@kcsc.example", "불법 도박 홍보 시정요구"),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00", R2_URLS,
     "gambling", "req-240904-01@kcsc.example", "토토 사이트 홍보"),
    (R3, "youtube", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00", R3_URLS,
     "drug_sales", "req-240905-01@kcsc.example", "마약류 판매 광고 영상"),
    (R4, "dcinside", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", R4_URLS,
     "privacy", "req-240906-01@kcsc.example", "개인정보 노출 게시글"),
    (R5, "band", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00", R5_URLS,
     "fraud", "req-240909-01@kcsc.example", "투자 사기 모집 글"),
    (R6, "naver", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [S1],
     "obscenity", "req-240910-01@kcsc.example", "음란 게시물"),
    (R7, "kakao", "2024-09-10T15:00:00+09:00", "2024-09-17T23:59:59+09:00", [S2],
     "gambling", "req-240910-02@kcsc.example", "도박 홍보 카페글"),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            lines.append(",".join([ref, plat, sent, due, u, cat, mid, note]))
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers

def qp_text(body, ctype="plain"):
    enc = quopri.encodestring(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64_text(body, ctype="plain"):
    enc = base64.encodebytes(body.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return (f"Content-Type: text/{ctype}; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n" + enc)


def quoted(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def request_text(ref, urls, what):
    lst = "\n".join(f"{i}. {u}" for i, u in enumerate(urls, 1))
    return (f"수신: 정책 담당자\n제목: [{ref}] 불법정보 시정요구\n\n"
            f"아래 정보는 {what}에 해당하여 정보통신망법 제44조의7에 따라 삭제 또는 접속차단을 "
            f"요구합니다. 조치 결과를 회신하여 주시기 바랍니다.\n\n{lst}\n\n"
            "방송통신심의위원회 통신심의국")


CASES = []


def case(**kw):
    CASES.append(kw)


NAVER_POLICY = "policy@navercorp.com"

# ================================================================ APPLIED

case(
    name="naver-gongmun-14-table", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Mon, 09 Sep 2024 16:20:11 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 통보", reply_to_req="req-240903-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 대응 담당자
제목: 시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 요구한 불법 도박 홍보 정보 14건에 대한
   당사의 조치결과를 아래와 같이 통보합니다.

                         - 아    래 -

연번 | 대상 URL | 조치결과 | 조치일
1 | {N1} | 삭제 | 2024.09.04
2 | {N2} | 삭제 | 2024.09.04
3 | {N3} | 삭제 | 2024.09.04
4 | {N4} | 게시물 없음(작성자 삭제) | -
5 | {N5} | 블라인드 | 2024.09.05
6 | {N6} | 블라인드 | 2024.09.05
7 | {N7} | 블라인드 | 2024.09.05
8 | {N8} | 삭제 | 2024.09.05
9 | {N9} | 삭제 | 2024.09.05
10 | {N10} | 삭제 | 2024.09.06
11 | {N11} | 삭제 | 2024.09.06
12 | {N12} | 존재하지 않는 게시물 | -
13 | {N13} | 삭제 | 2024.09.06
14 | {N14} | 미조치(위반 확인 불가) | -

3. 연번 14의 게시물은 도박 사이트 주소나 홍보 문구가 포함되어 있지 않아
   당사 운영정책상 조치 대상이 아니라고 판단하여 게시를 유지하였습니다.
4. 기타 문의 사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 통보 with a pipe table",
    why="full table for all 14 items: 삭제/블라인드 removed, 작성자 삭제/존재하지 않음 not_found, 미조치 with a reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "removed",
           N6: "removed", N7: "removed", N8: "removed", N9: "removed", N10: "removed",
           N11: "removed", N12: "not_found", N13: "removed", N14: "rejected"},
)


def h(u):
    return u.replace("&", "&amp;")


HTML_TABLE = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 카페·지식iN 운영지원 담당자입니다.</p>
<p>{R1} 요청 건 중 카페 및 지식iN 게시물에 대한 처리 결과를 아래 표로 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>No</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{h(N5)}">{h(N5)}</a></td><td>블라인드 처리</td><td>09.05</td></tr>
<tr><td>2</td><td><a href="{h(N6)}">{h(N6)}</a></td><td>블라인드 처리</td><td>09.05</td></tr>
<tr><td>3</td><td><a href="{h(N7)}">{h(N7)}</a></td><td>해당 게시글 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{h(N8)}">{h(N8)}</a></td><td>삭제</td><td>09.05</td></tr>
<tr><td>5</td><td><a href="{h(N9)}">{h(N9)}</a></td><td>게시글 삭제 및 작성자 카페 활동정지</td><td>09.05</td></tr>
<tr><td>6</td><td><a href="{h(N10)}">{h(N10)}</a></td><td>답변 비노출 처리</td><td>09.06</td></tr>
</table>
<p>블로그·포스트 게시물은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.</p>
<p>카페 운영원칙: <a href="https://section.cafe.naver.com/ca-fe/home/rule">https://section.cafe.naver.com/ca-fe/home/rule</a></p>
<p>감사합니다.<br>네이버 카페 운영지원</p>
</body></html>"""

case(
    name="naver-cafe-html-table-qp", **{"from": "cafe_support@navercorp.com"}, name_from="네이버 카페 운영지원",
    date="Fri, 06 Sep 2024 11:42:30 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구 - 카페/지식iN 처리결과",
    raw_mime=qp_text(HTML_TABLE, "html"),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply with an HTML result table (quoted-printable)",
    why="six rows: 블라인드/삭제/비노출 removed, 작성자 삭제 not_found; the promise about blog items names none of them",
    items={N5: "removed", N6: "removed", N7: "not_found", N8: "removed", N9: "removed", N10: "removed"},
)

CSV_ROWS = [
    "번호,신고URL,처리상태,처리일시,비고",
    f"1,{N1},삭제완료,2024-09-05 10:12,",
    f"2,{N2},삭제완료,2024-09-05 10:12,",
    f"3,{N3},삭제완료,2024-09-05 10:15,",
    f"4,{N4},대상없음,-,작성자가 먼저 삭제함",
    f"5,{N11},삭제완료,2024-09-05 10:31,",
    f"6,{N12},대상없음,-,존재하지 않는 게시물(URL 오류)",
    f'7,"{N13}",비공개 전환,2024-09-05 10:40,',
    f'8,"{N14}",조치불가,-,운영정책 위반 사항 없음',
]
CSV_B64 = base64.encodebytes(("\ufeff" + "\r\n".join(CSV_ROWS) + "\r\n").encode("utf-8")).decode("ascii")
FNAME = quote(f"{R1}_처리결과.csv")

case(
    name="naver-blog-csv-attachment", **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 정책담당",
    date="Thu, 05 Sep 2024 14:05:00 +0900",
    subject=f"[{R1}] 블로그/포스트 게시물 처리결과 송부", reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nvblog_b209_01=="

--==nvblog_b209_01==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 블로그 정책담당입니다.

{R1} 건 중 블로그 및 포스트 게시물 8건의 처리 결과를 첨부 파일로 보내드립니다.
카페·지식iN 게시물은 카페 운영지원에서 따로 회신합니다.

감사합니다.

--==nvblog_b209_01==
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{FNAME}
Content-Disposition: attachment; filename*=UTF-8''{FNAME}
Content-Transfer-Encoding: base64

{CSV_B64}
--==nvblog_b209_01==--
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply with a UTF-8 (BOM) CSV result sheet attached",
    why="CSV rows: 삭제완료 removed, 비공개 전환 removed, 대상없음 not_found, 조치불가 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N11: "removed",
           N12: "not_found", N13: "removed", N14: "rejected"},
)

case(
    name="naver-cafe-prose-blind", **{"from": "cafe_support@navercorp.com"}, name_from="네이버 카페 운영지원",
    date="Thu, 05 Sep 2024 09:17:44 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구",
    body=f"""
안녕하세요. 네이버 카페 운영지원 담당자입니다.

요청하신 건과 관련하여 카페 게시글 3건({N5}, {N6}, {N8})은 금일 오전 블라인드 처리되었으며, 해당 카페 매니저에게는 운영원칙 위반 경고를 함께 발송하였습니다.

나머지 게시물은 확인이 끝나는 대로 다시 연락드리겠습니다.

감사합니다.
네이버 카페 운영지원 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operations reply in prose, URLs in parentheses followed by a Korean particle",
    why="three named cafe posts 블라인드 처리되었으며 -> removed; the rest is a promise naming nothing",
    items={N5: "removed", N6: "removed", N8: "removed"},
)

case(
    name="naver-kin-gone-blog-kept", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Sat, 07 Sep 2024 10:03:12 +0900",
    subject=f"[{R1}] 일부 게시물 관련 회신", reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 중 두 건에 대해 먼저 안내드립니다.

지식iN 질문 {N10} 는
질문자가 9월 2일에 직접 삭제하여 현재 존재하지 않는 문서입니다.

블로그 게시물 {N14} 는
내용을 검토하였으나 도박 사이트로 연결되는 주소나 홍보 문구가 없어
운영정책 위반으로 보기 어렵습니다. 따라서 게시를 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team partial reply: author-deleted 지식iN question and a reasoned refusal",
    why="question deleted by its author before the request -> not_found; blog post kept because no rule is broken -> rejected",
    items={N10: "not_found", N14: "rejected"},
)

case(
    name="naver-sole-one-item", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 15:30:00 +0900",
    subject=f"[{R6}] 게시중단 요청 처리 결과 안내", reply_to_req="req-240910-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 블로그 게시물에 대하여 2024년 9월 11일 게시중단 조치를 완료하였습니다.
게시중단된 게시물은 작성자를 포함한 모든 이용자에게 노출되지 않습니다.

네이버 게시중단요청서비스 안내: https://right.naver.com/guide

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 조치 완료 안내 for a one-item request, naming no URL",
    why="one-item request, unhedged 게시중단 조치를 완료 -> the sole item removed; the right.naver.com link is a help page",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-gmail-quote", **{"from": "j.hwang@navercorp.com"}, name_from="황지수",
    date="Wed, 04 Sep 2024 18:55:02 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구", reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 황지수입니다.

요청 주신 14건 중 아래 2건은 오늘 삭제 처리했습니다.
{N3}
{N4}

나머지 건은 확인되는 대로 별도로 회신드리겠습니다.

감사합니다.
황지수 드림

2024년 9월 3일 (화) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_text(R1, R1_URLS, "불법 도박 홍보 정보"))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff Gmail-style top-posted reply over the quoted request",
    why="two URLs under 오늘 삭제 처리했습니다 -> removed; the 14 quoted URLs carry no statement",
    items={N3: "removed", N4: "removed"},
)

case(
    name="naver-outlook-original-below", **{"from": "m.seo@navercorp.com"}, name_from="서민호 (NAVER)",
    date="Fri, 06 Sep 2024 13:12:40 +0900",
    subject=f"RE: [{R1}] 불법정보 시정요구",
    body=f"""
위원회 담당자님께,

요청하신 게시물 중 두 건 결과 공유드립니다.

1) {N9} : 작성자가 이미 삭제한 게시물로 확인됩니다.
2) {N13} : 금일 비공개 처리 완료

서민호 | NAVER Trust & Safety

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법정보 시정요구

{request_text(R1, R1_URLS, "불법 도박 홍보 정보")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with the unindented original request below -----Original Message-----",
    why="numbered lines: already deleted by author -> not_found, 비공개 처리 완료 -> removed; the original below is our own text",
    items={N9: "not_found", N13: "removed"},
)

case(
    name="kakao-daum-imsijochi", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 05 Sep 2024 17:08:21 +0900",
    subject=f"[Daum 카페] 임시조치 결과 안내 ({R2})",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀하께서 요청하신 Daum 카페 게시물에 대해
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
아래와 같이 30일간 임시조치(접근 차단)를 진행하였습니다.

■ 임시조치 대상
 - {K1}
 - {K2}

■ 임시조치 기간: 2024.09.05 ~ 2024.10.04

임시조치 기간 중 게시자가 재게시를 요청하지 않으면 해당 게시물은 기간 만료 후 삭제됩니다.

카카오 권리침해신고 안내: https://cs.daum.net/faq/95/7580.html
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 결과 안내 (30-day access block)",
    why="임시조치 (30일 접근 차단) done for both named cafe posts -> restricted; the later deletion is conditional",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-korean-path", **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Fri, 06 Sep 2024 10:44:09 +0900",
    subject=f"[티스토리] 신고 게시글 처리 안내 ({R2})",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 게시글 {K3_RAW} 은 서비스 이용약관 제9조 위반으로 삭제하였습니다.
같은 블로그의 다른 글（{K4}）도 동일한 사유로 삭제되었으며, 해당 블로그는 이용이 정지되었습니다.

티스토리 운영정책: https://www.tistory.com/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations notice; raw Korean-path URL and a URL in full-width parentheses",
    why="both named Tistory posts deleted -> removed; the raw Korean path matches the percent-encoded request URL",
    items={K3: "removed", K4: "removed"},
)

case(
    name="kakao-openchat-echoed-report", **{"from": "noreply@kakao.com"}, name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 20:01:55 +0900",
    subject="[카카오 고객센터] 신고하신 내용의 처리 결과를 알려드립니다",
    body=f"""
안녕하세요. 카카오 고객센터입니다.
신고해 주신 내용에 대한 처리 결과를 안내드립니다.

[신고 내용]
- 관리번호: {R2}
- 신고 대상: 오픈채팅방
- 신고 URL: {K5}
- 신고 사유: 불법 도박 홍보
- 접수 일시: 2024-09-04 11:03

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 운영정책 위반으로 해당 오픈채팅방을 영구 이용 제한하였습니다.
  이 채팅방은 더 이상 검색하거나 입장할 수 없습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoTalk report-outcome mail echoing the report form above the result",
    why="open chat room permanently closed to everyone (no search, no entry) -> removed, not a country restriction",
    items={K5: "removed"},
)

case(
    name="kakao-one-item-qp", **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    date="Thu, 12 Sep 2024 09:26:33 +0900",
    subject=f"Re: [{R7}] 게시물 삭제 요청", reply_to_req="req-240910-02",
    raw_mime=qp_text(f"""
안녕하세요. Daum 고객센터입니다.

문의하신 Daum 카페 게시글({S2})은 카페 운영정책 위반이 확인되어 삭제 처리를 완료하였습니다.

이용에 불편을 드려 죄송합니다.
감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="Daum customer centre reply, quoted-printable Korean body",
    why="the named cafe post 삭제 처리를 완료 -> removed",
    items={S2: "removed"},
)

case(
    name="kakao-numbered-mixed", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 11:15:00 +0900",
    subject=f"[{R2}] 요청 게시물 처리결과 회신",
    body=f"""
안녕하세요. 카카오입니다.
{R2} 건 처리결과를 아래와 같이 회신드립니다.

1. {K1}
   - 처리결과: 게시물 삭제
2. {K2}
   - 처리결과: 미조치
   - 사유: 스포츠 경기 결과를 공유한 글로, 도박 사이트 홍보 내용이 확인되지 않아 게시를 유지합니다.
3. {K4}
   - 처리결과: 확인 불가
   - 사유: 블로그 운영자가 이미 삭제한 글입니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao numbered result list with 처리결과/사유 sub-lines",
    why="삭제 removed; 미조치 with a reason (no rule broken) rejected; already deleted by the blog owner not_found",
    items={K1: "removed", K2: "rejected", K4: "not_found"},
)

case(
    name="kakao-receipt-plus-result", **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Tue, 10 Sep 2024 14:47:19 +0900",
    subject=f"[접수번호 2409-55120] {R2} 처리 안내",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

고객님의 신고는 정상적으로 접수되었습니다(접수번호 2409-55120).
검토 결과를 함께 안내드립니다.

- {K3_RAW}
  → 운영정책 위반으로 게시물을 삭제하였습니다.
- {K5}
  → 방장이 이미 채팅방을 종료하여 존재하지 않는 채팅방입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao receipt sentence followed by actual per-item results",
    why="an acknowledgement phrase plus unhedged item statements is a confirmation: removed and not_found",
    items={K3: "removed", K5: "not_found"},
)

case(
    name="yt-kr-legal-mixed", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Tue, 10 Sep 2024 08:12:47 +0900",
    subject=f"YouTube 법적 요청 검토 결과 - {R3}",
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 귀하께서 제출하신 법적 요청({R3})을 검토한 결과 다음과 같이 조치하였음을 알려드립니다.

- {Y1} : 현지 법률에 따라 대한민국에서 이 동영상에 대한 액세스를 제한했습니다.
- {Y2} : 대한민국에서 액세스를 제한했습니다.
- {Y3} : YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

조치 내역은 Lumen 데이터베이스에 사본이 제출될 수 있습니다. 정책 안내: https://support.google.com/youtube/answer/2802032

감사합니다.
YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law block vs. global guideline removal)",
    why="two videos blocked in Korea -> restricted, the Short removed worldwide -> removed",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated-angle", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Wed, 11 Sep 2024 07:40:02 +0900",
    subject=f"Re: {R3} 채널 관련 추가 안내", reply_to_req="req-240905-01",
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

신고하신 채널 <{Y4}>은 스팸, 현혹 행위 및 사기에 관한 정책을 반복적으로 위반하여 YouTube에서 해지되었습니다.
채널 해지와 관련된 정책은 <https://support.google.com/youtube/answer/2802168>에서 확인하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice, URLs in angle brackets followed by Korean particles",
    why="the channel was terminated -> removed; the support.google.com link is a policy page",
    items={Y4: "removed"},
)

case(
    name="yt-kept-and-age-gated", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Thu, 12 Sep 2024 09:05:51 +0900",
    subject=f"YouTube 법적 요청 추가 검토 결과 - {R3}",
    body=f"""
안녕하세요.

요청하신 콘텐츠 중 두 건에 대한 추가 검토 결과입니다.

{Y2}
검토 결과 이 동영상은 YouTube 정책 및 대한민국 법률을 위반하지 않는 것으로 판단되어 별도의 조치를 취하지 않았습니다.

{Y3}
이 Shorts 동영상에는 연령 제한을 적용했습니다. 만 18세 이상으로 로그인한 사용자만 시청할 수 있습니다.

추가 자료가 있으시면 법적 요청 양식으로 다시 제출해 주세요.

YouTube 법률 지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube reconsideration reply: no action on one video, age restriction on another",
    why="no violation so no action -> rejected; 연령 제한 applied -> restricted",
    items={Y2: "rejected", Y3: "restricted"},
)

case(
    name="dc-operator-url-below", **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 13:22:10 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청", reply_to_req="req-240906-01",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인했습니다.

아래 글은 개인정보 노출로 운영자 삭제했습니다.
{D1}

아래 두 글은 저희가 확인했을 때 이미 작성자가 지운 상태라 남아있는 게 없습니다.
{D2}
{D3}

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, URLs on the lines below their statements",
    why="운영자 삭제 -> removed; the two gallery posts already deleted by their author -> not_found",
    items={D1: "removed", D2: "not_found", D3: "not_found"},
)

DC_HTML = f"""<html><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>{R4} 관련 마이너 갤러리 게시물 처리 내역입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>게시물</th><th>처리</th><th>비고</th></tr>
<tr><td>{h(D2)}</td><td>삭제</td><td>작성자 IP 30일 차단</td></tr>
<tr><td>{h(D3)}</td><td>삭제 불가</td><td>언론 보도를 인용한 글로 개인정보 노출이나 이용약관 위반이 없습니다</td></tr>
</table>
<p>이용약관: <a href="https://www.dcinside.com/policy/terms">https://www.dcinside.com/policy/terms</a></p>
<p>디시인사이드 운영팀</p>
</body></html>"""

case(
    name="dc-html-table-qp", **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 16:48:03 +0900",
    subject=f"[{R4}] 처리 내역 안내",
    raw_mime=qp_text(DC_HTML, "html"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML table of actions, quoted-printable, URLs as plain cell text",
    why="삭제 -> removed; 삭제 불가 with a reason (no violation) -> rejected",
    items={D2: "removed", D3: "rejected"},
)

case(
    name="band-bullets-removed", **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    subject=f"[BAND] 신고 게시글 조치 결과 ({R5})",
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

요청하신 게시글에 대해 다음과 같이 조치하였습니다.

• {B1} — 게시글 삭제, 작성 멤버 BAND 이용 정지
• {B2} — 게시글 삭제

BAND 운영정책: https://band.us/policy/operating

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team bulleted outcome list with em-dash separators",
    why="both posts 게시글 삭제 -> removed",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-private-and-leader-deleted", **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Tue, 10 Sep 2024 19:33:27 +0900",
    subject=f"Re: [{R5}] 투자 사기 모집 글 삭제 요청", reply_to_req="req-240909-01",
    body=f"""
BAND 운영정책팀입니다.

신고하신 게시글 중 {B1} 은 비공개 처리되었고, {B2}는 밴드 리더가 먼저 삭제하여 현재 존재하지 않는 게시글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short BAND reply in one sentence, one URL with a particle glued to it",
    why="비공개 처리 -> removed; deleted by the band leader before we asked -> not_found",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="naver-bare-url-arrow-below", **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 정책담당",
    date="Sat, 07 Sep 2024 12:00:45 +0900",
    subject=f"[{R1}] 추가 처리결과",
    body=f"""
{R1} 추가 처리결과입니다.

{N1}
→ 게시중단 처리 완료

{N7}
→ 카페 매니저가 이미 삭제하여 존재하지 않는 게시글입니다

{N9}
→ 게시중단 처리 완료

{N11}
→ 게시중단 처리 완료

네이버 블로그 정책담당
""",
    outcome="applied", classification="confirmation",
    imitates="terse NAVER reply: bare URL, status on the next line after an arrow",
    why="게시중단 처리 완료 -> removed (3); deleted earlier by the cafe manager -> not_found",
    items={N1: "removed", N7: "not_found", N9: "removed", N11: "removed"},
)

case(
    name="naver-base64-plain", **{"from": "blog_policy@navercorp.com"}, name_from="네이버 블로그 정책담당",
    date="Sun, 08 Sep 2024 09:41:08 +0900",
    subject=f"[{R1}] 블로그 게시물 2건 처리 결과",
    raw_mime=b64_text(f"""
안녕하세요. 네이버 블로그 정책담당입니다.
요청하신 게시물 2건의 처리 결과입니다.

{N12} - 삭제되었습니다.
{N13} - 해당 포스트는 작성자에 의해 이미 삭제되어 조회되지 않습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply sent with a base64 text/plain body",
    why="삭제되었습니다 -> removed; already deleted by its author -> not_found",
    items={N12: "removed", N13: "not_found"},
)

case(
    name="naver-adult-restricted", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Thu, 12 Sep 2024 17:20:00 +0900",
    subject=f"[{R6}] 요청 게시물 조치 안내", reply_to_req="req-240910-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 블로그 게시물 {S1} 은 청소년 유해 게시물로 분류하여,
19세 미만 이용자와 로그인하지 않은 이용자의 열람을 제한하였습니다.
성인 인증을 마친 이용자에게는 계속 노출됩니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 청소년 유해 분류 (adult-only viewing) notice",
    why="viewing limited to verified adults, still visible to them -> restricted (age-restricted), not removed",
    items={S1: "restricted"},
)

case(
    name="kakao-outlook-original-unquoted", **{"from": "s.park@kakaocorp.com"}, name_from="박소연",
    date="Thu, 05 Sep 2024 16:02:18 +0900",
    subject=f"RE: [{R2}] 불법정보 시정요구",
    body=f"""
안녕하세요, 카카오 정책팀 박소연입니다.

Daum 카페 게시물 두 건({K1}, {K2}) 모두 오늘 오후 삭제 처리했습니다.
티스토리와 오픈채팅 건은 담당 부서에서 따로 회신할 예정입니다.

박소연 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [{R2}] 불법정보 시정요구

{request_text(R2, [K1, K2, K3_RAW, K4, K5], "불법 도박 홍보 정보")}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao staff Outlook reply; the original request below is not '>'-quoted",
    why="two named Daum cafe posts 삭제 처리했습니다 -> removed; other items only appear in our own original or a promise",
    items={K1: "removed", K2: "removed"},
)

# ================================================================ REVIEW

case(
    name="naver-promise-will-review", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Wed, 04 Sep 2024 16:30:00 +0900",
    subject=f"Re: [{R1}] 불법정보 시정요구", reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

요청하신 아래 게시물 2건은 현재 담당 부서에서 검토 중이며,
운영정책 위반이 확인되는 경우 삭제될 예정입니다.

- {N8}
- {N9}

처리 결과는 영업일 기준 3일 이내에 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 검토 중 / 삭제될 예정 interim reply",
    why="under review and conditional future deletion are no statements; named items stay pending",
    items={N8: "pending", N9: "pending"},
)

case(
    name="kakao-hedge-seems-deleted", **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 12:10:40 +0900",
    subject=f"Re: [{R2}] 티스토리 게시글 문의",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

말씀하신 글 {K3_RAW} 는 블로그 운영자가 삭제한 것 같습니다.
정확한 처리 내역은 담당 부서에 확인한 뒤 다시 알려드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory first-line support reply with a hedge (…한 것 같습니다)",
    why="'seems to have been deleted' is a hedge, and the real answer is promised later: pending",
    items={K3: "pending"},
)

case(
    name="dc-promise-tomorrow", **{"from": "help@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 19:02:11 +0900",
    subject=f"Re: [{R4}] 개인정보 노출 게시물 삭제 요청", reply_to_req="req-240906-01",
    body=f"""
넵 확인했습니다~
지금 외부라서 내일 오전 중으로 바로 삭제해 드리겠습니다.

{D1}

디시인사이드 운영팀
""",
    outcome="review", review="not_understood",
    imitates="informal DC Inside operator promise sent from a phone",
    why="'will delete tomorrow morning' is a promise: the named post stays pending",
    items={D1: "pending"},
)

case(
    name="naver-bulk-all-14", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Thu, 05 Sep 2024 18:00:00 +0900",
    subject=f"[회신] 시정요구({R1}) 조치 완료 통보", reply_to_req="req-240903-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구({R1}) 조치 완료 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 요구한 불법 도박 홍보 정보 14건 전부에 대하여
   2024. 9. 5. 게시중단 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원팀장
""",
    outcome="review", review="bulk",
    imitates="공문-style 조치 완료 통보 without a per-item table",
    why="'all 14 items' for a 14-item request, no item named: bulk, items pending",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="yt-bulk-all-blocked", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Mon, 09 Sep 2024 08:30:12 +0900",
    subject=f"YouTube 법적 요청 검토 결과 - {R3}",
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 제출하신 요청({R3})에 포함된 동영상 및 채널 전체(4건)에 대해
현지 법률에 따라 대한민국에서의 액세스를 제한했습니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="review", review="bulk",
    imitates="YouTube legal outcome summarised for the whole request",
    why="one statement about all four items of a four-item request, none named: bulk",
    items={u: "pending" for u in R3_URLS},
)

case(
    name="naver-dmarc-fail", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀", auth="fail",
    date="Wed, 04 Sep 2024 21:14:09 +0900",
    subject=f"[{R1}] 조치결과 안내",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 3건은 삭제 조치되었습니다.

{N1}
{N2}
{N3}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail that fails DKIM/SPF/DMARC",
    why="From navercorp.com but dmarc=fail: nothing applied",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="lawfirm-author-deleted", **{"from": "office@dfk-lawoffice.example"}, name_from="법무법인 한결(가칭)",
    date="Fri, 13 Sep 2024 11:00:00 +0900",
    subject=f"[{R6}] 관련 게시물 자진 삭제 알림",
    body=f"""
방송통신심의위원회 귀중

당 법인은 블로그 운영자 김OO의 대리인입니다.
귀 위원회가 NAVER에 삭제를 요청한 게시물 {S1} 은
의뢰인이 2024. 9. 12. 자진하여 삭제하였음을 알려드립니다.

법무법인 한결(가칭) 담당 변호사 드림
""",
    outcome="review", review="unknown_sender",
    imitates="law firm letter on behalf of the poster",
    why="not the platform: a third party's word cannot change the item",
    items={S1: "pending"},
)

case(
    name="daum-cafe-manager-hanmail", **{"from": "dfkone_manager@hanmail.net"}, name_from="카페지기",
    date="Wed, 11 Sep 2024 22:41:35 +0900",
    subject=f"[{R7}] 카페 게시물 관련",
    body=f"""
안녕하세요 저는 해당 다음카페 카페지기입니다.
Daum 고객센터에서 연락받고 말씀하신 글 {S2} 제가 삭제했습니다.
앞으로 관리 잘하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Daum cafe manager writing from a personal hanmail.net mailbox",
    why="hanmail.net is a consumer mailbox, not a configured Kakao sender domain",
    items={S2: "pending"},
)

case(
    name="band-states-naver-blog", **{"from": "policy@band.us"}, name_from="BAND 운영정책팀",
    date="Fri, 13 Sep 2024 10:30:00 +0900",
    subject=f"[{R6}] 요청서 관련 안내",
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

보내주신 요청서가 BAND로도 접수되어 확인해 보니, 기재된 주소는 BAND가 아닌 네이버 블로그 게시물입니다.
같은 네이버 계열 서비스라 블로그 담당 부서에 전달하였고,
{S1} 게시물은 블로그 담당 부서에서 삭제 조치하였다고 회신받았습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND team relaying the outcome of a sister NAVER service",
    why="a BAND sender stating the status of a NAVER item (second-hand): wrong_platform, pending",
    items={S1: "pending"},
)

case(
    name="naver-asks-evidence", **{"from": NAVER_POLICY}, name_from="네이버 정책지원팀",
    date="Fri, 06 Sep 2024 15:15:15 +0900",
    subject=f"[{R1}] 추가 자료 요청", reply_to_req="req-240903-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

시정요구 대상 중 아래 게시물은 불법 도박 사이트 홍보 여부를 확인하기 어렵습니다.
{N14}

해당 게시물의 위반 근거(심의 의결 내용 또는 화면 캡처 자료)를 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for supporting documents (심의 의결 내용) before acting",
    why="asks us for evidence; no decision about the named post",
    items={N14: "pending"},
)

case(
    name="yt-channel-change-notice", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Mon, 16 Sep 2024 09:00:00 +0900",
    subject="[안내] 정부기관 법적 요청 제출 경로 변경",
    body="""
안녕하세요. YouTube 법률 지원팀입니다.

2024년 10월 1일부터 대한민국 정부기관의 콘텐츠 관련 법적 요청은 이메일 대신
정부 요청 전용 웹 양식으로만 접수합니다.

- 정부 요청 양식: https://support.google.com/legal/contact/lr_gov_kr
- 투명성 보고서: https://transparencyreport.google.com/government-removals

기존에 접수된 요청은 그대로 처리되며, 결과는 종전과 같이 이메일로 안내드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="YouTube/Google notice to government reporters about a new submission form",
    why="trusted platform mail naming no item and no request; its links are help pages",
    items={},
)

# ================================================================ IGNORED

case(
    name="naver-out-of-office", **{"from": "j.hwang@navercorp.com"}, name_from="황지수",
    date="Tue, 10 Sep 2024 08:00:03 +0900",
    subject=f"[자동응답] Re: [{R1}] 처리 기한 안내",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 황지수입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
복귀 후 확인하여 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답] 부재중)",
    why="auto-reply, no statement",
    items={},
)

case(
    name="dc-chuseok-autoreply", **{"from": "help@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Sat, 14 Sep 2024 00:02:10 +0900",
    subject=f"[디시인사이드] 추석 연휴 휴무 안내 (Re: [{R4}] 처리 기한 안내)",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
안녕하세요. 디시인사이드 고객센터입니다.

추석 연휴(9월 14일 ~ 9월 18일) 동안 고객센터가 휴무합니다.
연휴 기간에 접수된 문의는 9월 19일부터 순서대로 답변드립니다.

※ 본 메일은 자동 발송되었습니다.

> 아래 게시물의 처리 기한이 지났습니다. 조치 결과를 회신하여 주십시오.
> {D1}
> {D2}
> {D3}
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) closure auto-reply quoting our reminder",
    why="holiday auto-reply; the URLs appear only in our quoted reminder",
    items={},
)

case(
    name="kakao-ticket-receipt-echo", **{"from": "noreply@kakao.com"}, name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 11:03:40 +0900",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 24090412345)",
    body=f"""
안녕하세요. 카카오 고객센터입니다.
고객님의 문의가 정상적으로 접수되었습니다.

접수번호: 24090412345
접수일시: 2024-09-04 11:03
문의 유형: 신고 > 불법 도박 홍보

[접수 내용]
{R2} 불법정보 시정요구
{K1}
{K2}
{K3}
{K4}
{K5}

담당자가 확인 후 순차적으로 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt echoing the submitted form",
    why="pure receipt: ticket number and an echo of what we sent, no statement about any item",
    items={},
)

case(
    name="yt-legal-ack", **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법률 지원팀",
    date="Thu, 05 Sep 2024 14:01:09 +0900",
    subject=f"[{R3}] 법적 요청이 접수되었습니다 [0-4412000039871]",
    body="""
안녕하세요.

YouTube 법률 지원팀에 요청을 보내 주셔서 감사합니다. 요청이 접수되었으며 사례 번호는 0-4412000039871입니다.
회신하실 때 제목의 사례 번호를 변경하지 마세요.

검토가 완료되면 이메일로 연락드리겠습니다.

YouTube 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal-support automatic case-number receipt in Korean",
    why="acknowledgement with a case number only",
    items={},
)

BAND_DSN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b209_band"

--dsn_b209_band
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.

다음 수신자에게 메일을 보낼 수 없습니다:
  <report-kr@band.us>: 존재하지 않는 주소입니다 (550 5.1.1 user unknown)

--dsn_b209_band
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.band.us
Arrival-Date: Mon, 09 Sep 2024 10:00:04 +0900

Final-Recipient: rfc822; report-kr@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-kr@band.us>: Recipient address rejected: User unknown

--dsn_b209_band
Content-Type: message/rfc822

From: 방송통신심의위원회 <takedown@kcsc.example>
To: report-kr@band.us
Subject: [{R5}] 불법정보 시정요구
Message-ID: <req-240909-01-cc@kcsc.example>
Date: Mon, 09 Sep 2024 10:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글의 삭제를 요구합니다.
{B1}
{B2}

--dsn_b209_band--
"""

case(
    name="band-dsn-user-unknown", **{"from": "MAILER-DAEMON@band.us"}, name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 10:00:05 +0900",
    subject="메일 전송 실패: [" + R5 + "] 불법정보 시정요구",
    raw_mime=BAND_DSN,
    outcome="ignored", classification="bounce",
    imitates="DSN (multipart/report delivery-status) for a copy sent to a wrong BAND address",
    why="bounce; the URLs are in our returned message",
    items={},
)

NAVER_DELAY = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b209_nv"

--dsn_b209_nv
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy@navercorp.com

Message will be retried for 4 more day(s).

--dsn_b209_nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Tue, 10 Sep 2024 10:00:01 +0900

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp; 421 4.4.7 Temporary server error, try again later
Will-Retry-Until: Sat, 14 Sep 2024 10:00:01 +0900

--dsn_b209_nv
Content-Type: text/rfc822-headers

From: 방송통신심의위원회 <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [{R6}] 음란 게시물 시정요구
Message-ID: <req-240910-01@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

--dsn_b209_nv--
"""

case(
    name="naver-dsn-delayed", **{"from": "MAILER-DAEMON@kcsc.example"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date="Tue, 10 Sep 2024 14:00:09 +0900",
    subject=f"Delivery Status Notification (Delay): [{R6}] 음란 게시물 시정요구",
    raw_mime=NAVER_DELAY,
    outcome="ignored", classification="bounce",
    imitates="delay DSN (Action: delayed, 4.4.7) from our own outbound MTA",
    why="delivery delay warning: a bounce-class report, nothing about the item",
    items={},
)

MDN = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b209_kk"

--mdn_b209_kk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

제목: [{R7}] 게시물 삭제 요청
읽은 시간: 2024-09-11 오전 9:12

--mdn_b209_kk
Content-Type: message/disposition-notification

Reporting-UA: mail.daum.net; Daum Mail
Final-Recipient: rfc822; cs@daum.net
Original-Message-ID: <req-240910-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b209_kk--
"""

case(
    name="daum-mdn-read", **{"from": "cs@daum.net"}, name_from="Daum 고객센터",
    date="Wed, 11 Sep 2024 09:12:30 +0900",
    subject=f"읽음 확인: [{R7}] 게시물 삭제 요청",
    raw_mime=MDN,
    outcome="ignored", classification="read_receipt",
    imitates="Daum Mail read receipt (MDN, disposition-notification)",
    why="read receipt only",
    items={},
)


HEADER = """# Blind set 209 (Korean platforms): expected results written from each
# email's meaning before the reader was run. Generated by make.py; see NOTES.md.
"""

def encode_headers(c):
    # Real Korean mailers send non-ASCII display names and subjects as
    # RFC 2047 encoded-words (=?UTF-8?B?...?=).
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    for c in CASES:
        encode_headers(c)
    corpuslib.write_set(HERE, "blind209", HEADER, CASES)
    n = {"applied": 0, "review": 0, "ignored": 0}
    for c in CASES:
        n[c["outcome"]] = n.get(c["outcome"], 0) + 1
    print(len(CASES), "cases", n)
