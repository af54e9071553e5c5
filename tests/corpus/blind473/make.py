#!/usr/bin/env python3
"""Blind set 473: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND): 공문-style answers, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies. Written from each email's meaning, before any run.

    python3 tests/corpus/blind473/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
R1 = "KCSC-240902-01"  # naver, 12 items (largest)
R2 = "KCSC-240904-02"  # kakao, 5
R3 = "KCSC-240905-03"  # youtube, 4
R4 = "KCSC-240909-04"  # dcinside, 3
R5 = "KCSC-240910-05"  # band, 2
R6 = "KCSC-240911-06"  # naver, 1
R7 = "KCSC-240912-07"  # youtube, 1

N1 = "https://blog.naver.com/moonlit_dealer/223560011201"
N2 = "https://blog.naver.com/moonlit_dealer/223560011377"
N3 = "https://blog.naver.com/haneul_pharm/223558870045"
N4 = "https://cafe.naver.com/quickcashzone/18823"
N5 = "https://cafe.naver.com/quickcashzone/18851"
N6 = "https://cafe.naver.com/ssdrugmarket/5402"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471230988"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471231456"
N9 = "https://in.naver.com/ghostpill/contents/internal/701233"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112004&memberNo=55100321"
N11 = "https://tv.naver.com/v/58120331"
N12 = "https://cafe.naver.com/ssdrugmarket/5417"

K1 = "https://cafe.daum.net/bitcoinsignal/Ra7f/3391"
K2 = "https://pillbridge.tistory.com/58"
K3 = "https://brunch.co.kr/@silverloan/41"
K4 = "https://pf.kakao.com/_xhLqnG/105332211"
K5_RAW = "https://cafe.daum.net/주식리딩방/Zk3P/208"
K5 = "https://cafe.daum.net/" + quote("주식리딩방") + "/Zk3P/208"

Y1 = "https://www.youtube.com/watch?v=Qm3rT8kLw2A"
Y2 = "https://www.youtube.com/watch?v=bX9nP0sYe4c"
Y3 = "https://www.youtube.com/shorts/Lk2Vd7uQx1E"
Y4_RAW = "https://www.youtube.com/@리딩마스터"
Y4 = "https://www.youtube.com/@" + quote("리딩마스터")

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=cointrade&no=558120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=cointrade&no=558177"

B1 = "https://band.us/band/88123401/post/311"
B2 = "https://band.us/band/88123401/post/318"

S1 = "https://blog.naver.com/greenleaf_kr/223570045512"

Z1 = "https://www.youtube.com/watch?v=Hh7Kc2Wm0Zs"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-05T18:00:00+09:00", "illegal_drugs",
     [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12],
     'drug sales, "ice" ads; blogs, cafes, KnowledgeiN, TV'),
    (R2, "kakao", "2024-09-04T11:00:00+09:00", "2024-09-07T18:00:00+09:00", "illegal_finance",
     [K1, K2, K3, K4, K5], "unregistered stock-leading rooms, loan ads"),
    (R3, "youtube", "2024-09-05T14:00:00+09:00", "2024-09-08T18:00:00+09:00", "illegal_finance",
     [Y1, Y2, Y3, Y4], "investment fraud videos and channel"),
    (R4, "dcinside", "2024-09-09T09:30:00+09:00", "2024-09-12T18:00:00+09:00", "privacy",
     [D1, D2, D3], "doxxing posts, galleries stock_new2, cointrade"),
    (R5, "band", "2024-09-10T10:00:00+09:00", "2024-09-13T18:00:00+09:00", "gambling",
     [B1, B2], "betting-site recruitment"),
    (R6, "naver", "2024-09-11T15:00:00+09:00", "2024-09-14T18:00:00+09:00", "illegal_drugs",
     [S1], "single blog post"),
    (R7, "youtube", "2024-09-12T10:00:00+09:00", "2024-09-15T18:00:00+09:00", "gambling",
     [Z1], "single video, casino promotion"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, urls, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def enc(s):
    """RFC 2047 encode a header value when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def part(ctype, body, cte="8bit", extra=""):
    hdr = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if extra:
        hdr += extra.rstrip("\n") + "\n"
    if cte == "quoted-printable":
        body = qp(body)
    elif cte == "base64":
        body = b64(body)
    return hdr + "\n" + body.rstrip("\n") + "\n"


def multipart(kind, boundary, parts, extra_params=""):
    out = f'Content-Type: multipart/{kind}; boundary="{boundary}"{extra_params}\n\n'
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n" + p + "\n"
    out += f"--{boundary}--\n"
    return out


def single(ctype, body, cte):
    return part(ctype, body, cte)


NAVER_SIG = """
네이버 주식회사 | 정책지원실 게시물정책팀
대표 메일 policy@navercorp.com
※ 본 메일은 발신 전용이 아닙니다. 회신 시 제목의 접수번호를 유지해 주십시오.
"""

CASES = []


def case(**kw):
    if "subject" in kw:
        kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ================================================================= NAVER, R1
case(
    name="naver-gongmun-result-12",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 16:40:12 +0900",
    subject=f"[{R1}] 시정요구에 대한 조치 결과 회신",
    reply_to_req=mid(R1),
    body=f"""
수신  방송통신심의위원회 (통신심의국 통신심의1팀)
참조  시정요구 담당자
제목  시정요구({R1})에 대한 조치 결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 시정요구한 정보에 대하여 당사가 취한 조치
   결과를 아래와 같이 회신합니다.

                         - 아    래 -

연번 | URL                                                          | 조치 결과         | 비고
-----+--------------------------------------------------------------+-------------------+------------------------
 1   | {N1} | 삭제              |
 2   | {N2} | 삭제              |
 3   | {N3} | 게시중단          |
 4   | {N4} | 임시조치(30일)    | 권리침해 신고 병합 처리
 5   | {N5} | 블라인드          |
 6   | {N6} | 해당 게시물 없음  | 조치 전 작성자 삭제
 7   | {N7} | 삭제              | 답변 포함
 8   | {N8} | 조치 불가         | 운영정책 위반 사항 확인되지 않음
 9   | {N9} | 비공개 처리       |
10   | {N10} | 삭제              |
11   | {N11} | 국내 접근 제한    | 해외 이용자 노출 유지
12   | {N12} | 삭제              |

3. 조치 불가 건(연번 8)은 질문 내용이 의약품 복용 후기에 해당하여 판매·알선
   정보로 보기 어렵다는 판단입니다. 추가 자료가 있으시면 재검토하겠습니다.
4. 기타 문의사항은 정책지원실(policy@navercorp.com)로 연락 주시기 바랍니다.  끝.
{NAVER_SIG}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 style reply to a KCSC 시정요구 with a 연번/URL/조치 결과 table",
    why="Trusted NAVER table: each of the 12 URLs has its own 조치 결과 (삭제/게시중단/블라인드/비공개 removed, 임시조치·국내 접근 제한 restricted, 게시물 없음 not_found, 조치 불가 rejected)",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "not_found", N7: "removed", N8: "rejected", N9: "removed", N10: "removed",
           N11: "restricted", N12: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'맑은 고딕',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>시정요구 {R1} 건 중 아래 4건에 대한 조치 결과를 먼저 송부드립니다. 나머지 건은 확인이 끝나는 대로 별도 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eee"><th>No.</th><th>대상 URL</th><th>조치 내용</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="{N3}">{N3}</a></td><td>게시중단</td><td>2024-09-04 10:12</td></tr>
<tr><td>2</td><td><a href="{N6}">{N6}</a></td><td>삭제</td><td>2024-09-04 10:15</td></tr>
<tr><td>3</td><td><a href="{N7}">{N7.replace('&', '&amp;')}</a></td><td>접속차단(대한민국)</td><td>2024-09-04 10:31</td></tr>
<tr><td>4</td><td><a href="{N11}">{N11}</a></td><td>삭제</td><td>2024-09-04 11:02</td></tr>
</table>
<p>자세한 처리 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 운영정책</a>을 참고해 주십시오.</p>
<p>네이버 정책지원실 드림</p>
</body></html>"""
HTML_TABLE_TXT = f"""방송통신심의위원회 담당자님께,

시정요구 {R1} 건 중 아래 4건에 대한 조치 결과를 먼저 송부드립니다. 나머지 건은 확인이 끝나는 대로 별도 회신드리겠습니다.

1. {N3} - 게시중단 (2024-09-04 10:12)
2. {N6} - 삭제 (2024-09-04 10:15)
3. {N7} - 접속차단(대한민국) (2024-09-04 10:31)
4. {N11} - 삭제 (2024-09-04 11:02)

자세한 처리 기준은 네이버 운영정책(https://policy.naver.com/policy/service_group.html)을 참고해 주십시오.

네이버 정책지원실 드림"""
case(
    name="naver-kcsc-html-table-qp",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 11:20:44 +0900",
    subject=f"RE: [{R1}] 조치결과 1차 회신",
    reply_to_req=mid(R1),
    raw_mime=multipart("alternative", "=_nv_alt_4410", [
        part("text/plain; charset=utf-8", HTML_TABLE_TXT, "quoted-printable"),
        part("text/html; charset=utf-8", HTML_TABLE, "quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="NAVER 1차 조치결과 reply with an HTML result table (quoted-printable, multipart/alternative)",
    why="Four rows, each with its action: 게시중단/삭제 removed, 접속차단(대한민국) restricted; the promise about the rest names no item; the policy link is not an item",
    items={N3: "removed", N6: "removed", N7: "restricted", N11: "removed", N1: "pending"},
)

CSV_BODY = "\ufeff연번,URL,조치결과,조치일시\n" + "\n".join([
    f"1,{N1},삭제,2024-09-03 14:02",
    f"2,{N2},임시조치,2024-09-03 14:05",
    f"3,{N4},삭제,2024-09-03 15:40",
    f"4,{N5},게시물 없음(작성자 삭제),2024-09-03 15:41",
]) + "\n"
case(
    name="naver-csv-attachment",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Tue, 03 Sep 2024 16:05:00 +0900",
    subject=f"[{R1}] 블로그·카페 게시물 조치 결과 (첨부)",
    reply_to_req=mid(R1),
    raw_mime=multipart("mixed", "----=_Part_7781_2024", [
        part("text/plain; charset=utf-8",
             f"""안녕하세요, 네이버 카페 운영팀입니다.

요청번호 {R1} 중 블로그·카페 게시물 4건의 조치 결과를 첨부 파일(CSV)로
송부드립니다. 엑셀에서 열 때 한글이 깨지면 UTF-8로 불러와 주세요.

감사합니다.
네이버 카페 운영팀 드림""", "base64"),
        part('text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"', CSV_BODY, "base64",
             'Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"'),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Portal reply sending the 조치결과 as a CSV attachment (base64, UTF-8 with BOM)",
    why="Each CSV row gives one URL's result: 삭제 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found",
    items={N1: "removed", N2: "restricted", N4: "removed", N5: "not_found"},
)

case(
    name="naver-informal-cafe-two",
    **{"from": "doyoon.kim@navercorp.com"},
    name_from="김도윤",
    date="Tue, 03 Sep 2024 10:48:31 +0900",
    subject=f"Re: [{R1}] 시정요구 - 카페 게시글 관련",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당 김도윤입니다.

보내주신 카페 게시글 두 건({N4}, {N5}) 확인해서 오늘 오전에 둘 다 블라인드 처리했습니다.
같은 카페에 비슷한 글이 더 있는지도 모니터링 걸어두었어요.

나머지 블로그, 지식iN 건들은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

김도윤 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Informal reply from a NAVER cafe policy operator",
    why="Two URLs in one parenthesis, both 블라인드 처리했습니다 (removed); the rest only promised by other teams",
    items={N4: "removed", N5: "removed", N1: "pending"},
)

QUOTED_REQ = "\n".join("> " + l if l else ">" for l in f"""안녕하십니까, 방송통신심의위원회 통신심의1팀입니다.

아래 정보는 마약류 매매·알선 정보로 심의·의결되어 시정요구(삭제)합니다.
요청번호: {R1}
조치 기한: 2024. 9. 5.(목) 18:00

1. {N1}
2. {N2}
3. {N3}
4. {N4}
5. {N5}
6. {N6}
7. {N7}
8. {N8}
9. {N9}
10. {N10}
11. {N11}
12. {N12}

조치 결과를 회신하여 주시기 바랍니다.
통신심의1팀 드림""".split("\n"))

case(
    name="naver-gmail-top-posted",
    **{"from": "creator-policy@navercorp.com"},
    name_from="네이버 인플루언서·포스트 운영",
    date="Wed, 04 Sep 2024 09:12:40 +0900",
    subject=f"Re: [{R1}] 시정요구(삭제) 요청",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 인플루언서·포스트 담당입니다.

9번 인플루언서 콘텐츠({N9})는 어제 저녁 삭제 완료했습니다.
10번 포스트({N10})는 작성자가 이미 지운 상태라 존재하지 않는 콘텐츠로 확인됩니다.

나머지는 다른 팀에서 회신드립니다.

2024년 9월 2일 (월) 오전 10:00, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{QUOTED_REQ}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request (Korean '님이 작성:' attribution)",
    why="Top reply states N9 삭제 완료 (removed) and N10 작성자가 이미 지운 상태 (not_found); the quoted request's URLs say nothing",
    items={N9: "removed", N10: "not_found", N1: "pending", N12: "pending"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "kin-ops@navercorp.com"},
    name_from="지식iN 운영팀",
    date="Thu, 05 Sep 2024 13:30:02 +0900",
    subject=f"RE: [{R1}] 시정요구(삭제) 요청",
    reply_to_req=mid(R1),
    body=f"""
통신심의1팀 담당자님,

지식iN 및 카페 건 처리 결과입니다.

  • {N7} : 질문·답변 모두 삭제
  • {N8} : 삭제
  • {N12} : 게시물 확인 불가 (요청 접수 전 이미 삭제됨)

감사합니다.
지식iN 운영팀

-----Original Message-----
From: "KCSC 통신심의"<takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:00:00 (GMT+09:00)
Subject: [{R1}] 시정요구(삭제) 요청

아래 정보는 마약류 매매·알선 정보로 심의·의결되어 시정요구(삭제)합니다.
{N1}
{N3}
{N7}
{N8}
{N12}
조치 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook/NAVER Works reply with '-----Original Message-----' block below the answer",
    why="Bulleted 'URL : 결과' lines: N7 and N8 삭제 (removed), N12 확인 불가·이미 삭제됨 (not_found); N1/N3 appear only in the original message",
    items={N7: "removed", N8: "removed", N12: "not_found", N1: "pending", N3: "pending"},
)

case(
    name="naver-url-then-status-below",
    **{"from": "blog-policy@navercorp.com"},
    name_from="네이버 블로그 운영",
    date="Wed, 04 Sep 2024 15:22:10 +0900",
    subject=f"[{R1}] 블로그 게시물 처리 결과",
    reply_to_req=mid(R1),
    body=f"""
블로그 게시물 처리 결과 안내드립니다.

{N1}
 → 조치: 게시중단 (2024.09.04 11:20)

{N3}
 → 조치: 위반 사항 없음, 게시 유지
   (건강기능식품 후기로, 의약품 판매 정보에 해당하지 않음)

문의: 네이버 블로그 운영
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team reply: bare URL with the action on the line below",
    why="Each bare URL has its own '→ 조치' line: N1 게시중단 (removed), N3 위반 사항 없음·게시 유지 with its reason (rejected)",
    items={N1: "removed", N3: "rejected"},
)

case(
    name="naver-statement-then-urls-below",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 10:03:55 +0900",
    subject=f"[{R1}] 추가 조치 결과",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

다음 게시물은 마약류관리법 위반 정보로 판단하여 삭제하였습니다.
{N2}
{N12}

다음 동영상은 국내 이용자의 접근을 제한하였습니다.
{N11}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply grouping URLs under a heading sentence (statement first, URLs below)",
    why="Heading '삭제하였습니다' covers N2 and N12 (removed); '국내 이용자의 접근을 제한' covers N11 (restricted)",
    items={N2: "removed", N12: "removed", N11: "restricted"},
)

case(
    name="naver-angle-brackets-wrapped",
    **{"from": "kin-ops@navercorp.com"},
    name_from="지식iN 운영팀",
    date="Thu, 05 Sep 2024 17:45:19 +0900",
    subject=f"Re: [{R1}] 지식iN/포스트 조치",
    reply_to_req=mid(R1),
    body=f"""
담당자님 안녕하세요.

<{N7}> 질문 글과
달린 답변 3개를 모두 삭제했습니다.

포스트 <https://post.naver.com/viewer/postView.naver?volumeNo=38112004&
memberNo=55100321> 도 같은 판매자 글이라 함께 삭제 처리했습니다.

지식iN 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply with URLs in angle brackets, one wrapped inside the brackets by the mail client",
    why="N7 삭제했습니다; the post URL wrapped inside <...> is N10, 삭제 처리했습니다 (removed)",
    items={N7: "removed", N10: "removed"},
)

case(
    name="naver-particles-fullwidth",
    **{"from": "cafe-policy@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date="Wed, 04 Sep 2024 18:10:27 +0900",
    subject=f"RE: [{R1}] ssdrugmarket 카페 건",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 카페 운영팀입니다.

{N6}는 운영자 삭제 처리되었고，{N12}（판매 글）은 카페 전체가 이용 제한되어 현재 국내에서 접근이 차단되어 있습니다．

카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean operator prose with URLs glued to particles (는/은) and full-width punctuation",
    why="N6 운영자 삭제 (removed); N12 국내에서 접근이 차단 (restricted)",
    items={N6: "removed", N12: "restricted"},
)

# ================================================================= NAVER, R6 (one item)
case(
    name="naver-imsijochi-single",
    **{"from": "right_noreply@naver.com"},
    name_from="네이버 게시중단요청서비스",
    date="Thu, 12 Sep 2024 09:30:00 +0900",
    subject="[네이버] 게시중단 요청에 따른 임시조치 안내",
    body=f"""
[네이버 게시중단요청서비스]

안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치를 하였음을 알려드립니다.

■ 요청번호 : {R6}
■ 대상 게시물 : {S1}
■ 조치 내용 : 임시조치 (30일)
■ 조치 일시 : 2024.09.12 09:28

임시조치 기간 동안 해당 게시물은 다른 이용자에게 노출되지 않으며, 게시자가
재게시를 요청하지 않으면 기간 종료 후 삭제될 수 있습니다.

자세한 내용은 게시중단요청서비스(https://right.naver.com/)에서 확인하실 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 임시조치 안내 notice",
    why="Item-level 임시조치 statement on the named URL (restricted); the later deletion is only conditional; right.naver.com is NAVER's own service page",
    items={S1: "restricted"},
)

case(
    name="naver-sole-no-url",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 14:02:11 +0900",
    subject=f"[{R6}] 조치 결과 회신",
    reply_to_req=mid(R6),
    body=f"""
안녕하십니까. 네이버 정책지원실입니다.

귀 위원회의 시정요구({R6})와 관련하여, 요청하신 블로그 게시물은
2024년 9월 12일 자로 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short NAVER 조치 결과 회신 naming the request but not the URL",
    why="Unhedged 삭제 조치를 완료 about 'the requested post' of a one-item request: applies to S1 (removed)",
    items={S1: "removed"},
)

case(
    name="naver-author-deleted-single",
    **{"from": "blog-policy@navercorp.com"},
    name_from="네이버 블로그 운영",
    date="Thu, 12 Sep 2024 11:15:48 +0900",
    subject=f"Re: [{R6}] 블로그 게시물 시정요구",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 네이버 블로그 운영 담당자입니다.

문의하신 {S1} 는 확인 결과 작성자가 스스로 삭제하여 현재 존재하지 않는 게시물입니다.
따라서 별도의 조치는 진행하지 않았습니다.

블로그 운영 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply that the post was already deleted by its author",
    why="Author deleted it, does not exist: not_found (not rejected: 'no action' is because nothing is there)",
    items={S1: "not_found"},
)

# ================================================================= Kakao, R2
case(
    name="kakao-gongmun-5",
    **{"from": "policy-kr@kakaocorp.com"},
    name_from="카카오 정책실",
    date="Fri, 06 Sep 2024 17:20:00 +0900",
    subject=f"[카카오] 시정요구({R2}) 조치결과 회신",
    reply_to_req=mid(R2),
    body=f"""
수  신 : 방송통신심의위원회 위원장 (통신심의국장)
제  목 : 시정요구({R2}) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 관련 : 방송통신심의위원회 시정요구 (2024. 9. 4.)
3. 위 관련 시정요구에 대한 당사의 조치결과를 다음과 같이 회신합니다.

  가. 조치결과
    1) {K1} (Daum 카페) : 삭제
    2) {K2} (티스토리) : 비공개 처리
    3) {K3} (브런치) : 작성자 탈퇴로 게시물이 존재하지 않음
    4) {K4} (카카오톡 채널) : 게시물 삭제
    5) {K5_RAW} (Daum 카페) : 접근 제한 (대한민국)

  나. 조치일시 : 2024. 9. 6.

붙임 없음.  끝.

주식회사 카카오 정책실
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 시정요구 조치결과 회신 (가./1) numbered list)",
    why="Each numbered line names a URL and its result: 삭제/비공개 removed, 게시물이 존재하지 않음 not_found, 접근 제한 (대한민국) restricted; K5 written raw in Korean",
    items={K1: "removed", K2: "removed", K3: "not_found", K4: "removed", K5: "restricted"},
)

DAUM_BLIND = f"""안녕하세요. Daum 카페 운영팀입니다.

요청번호 {R2} 관련하여 아래 카페 게시글을 확인하였습니다.

- {K1}
- {K5_RAW}

위 게시글은 Daum 카페 운영정책(불법 금융 정보 게시 금지)에 따라 블라인드 처리
되었습니다. 블라인드 처리된 게시글은 카페 회원을 포함한 모든 이용자에게 보이지 않습니다.

Daum 카페 운영팀 드림
"""
case(
    name="kakao-daum-blind-qp",
    **{"from": "cafe-ops@daum.net"},
    name_from="Daum 카페",
    date="Thu, 05 Sep 2024 20:11:03 +0900",
    subject=f"[Daum 카페] 게시글 블라인드 처리 안내 ({R2})",
    raw_mime=single("text/plain; charset=utf-8", DAUM_BLIND, "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 블라인드 처리 안내 (quoted-printable)",
    why="Both listed posts 블라인드 처리 (hidden from every user: removed); K5 written raw in Korean",
    items={K1: "removed", K5: "removed"},
)

TISTORY_HTML = f"""<!DOCTYPE html><html><body>
<div style="max-width:640px;font-size:14px">
<h3 style="color:#ff5544">TISTORY</h3>
<p>안녕하세요, 티스토리 운영팀입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물({R2})에 대한 검토 결과를 알려드립니다.</p>
<ul>
<li><a href="{K2}">{K2}</a><br>운영정책 위반이 확인되어 해당 게시물을 <b>비공개 처리</b>하였습니다.</li>
</ul>
<p>아울러 함께 요청하신 브런치 글 <a href="{K3}">{K3}</a> 은 검토 결과 일반 재테크 경험담으로 삭제 사유에 해당하지 않아 게시를 유지합니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://cs.kakao.com/">카카오 고객센터</a>를 이용해 주세요.</p>
</div></body></html>"""
case(
    name="kakao-tistory-html-b64",
    **{"from": "noreply-tistory@kakaocorp.com"},
    name_from="티스토리",
    date="Fri, 06 Sep 2024 09:40:00 +0900",
    subject=f"[티스토리] 게시물 검토 결과 안내",
    raw_mime=single("text/html; charset=utf-8", TISTORY_HTML, "base64"),
    outcome="applied", classification="confirmation",
    imitates="Tistory/Kakao HTML result notice (base64)",
    why="K2 비공개 처리 (removed); K3 삭제 사유에 해당하지 않아 게시를 유지 with its reason (rejected); cs.kakao.com is a help link",
    items={K2: "removed", K3: "rejected"},
)

case(
    name="kakao-english-tns",
    **{"from": "trust-safety@kakao.com"},
    name_from="Kakao Trust & Safety",
    date="Fri, 06 Sep 2024 12:31:40 +0900",
    subject=f"Re: {R2} - removal request",
    reply_to_req=mid(R2),
    body=f"""
Dear KCSC team,

Thank you for your request {R2}. Our findings:

The Kakao Channel post {K4} has been deleted for violating our Operation Policy.

The Brunch story {K3} does not exist: it was deleted by its author before our review,
so no action was needed on our side.

Best regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply",
    why="K4 has been deleted (removed); K3 does not exist, deleted by its author (not_found)",
    items={K4: "removed", K3: "not_found"},
)

# ================================================================= YouTube, R3 / R7
case(
    name="youtube-kr-legal-geoblock",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Mon, 09 Sep 2024 11:02:17 +0900",
    subject=f"[{R3}] YouTube 법적 삭제 요청 검토 결과",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

YouTube 법률 지원팀입니다. 방송통신심의위원회에서 보내주신 요청을 검토했습니다.

검토 결과, 아래 콘텐츠는 현지 법률에 따라 대한민국에서 차단했습니다.
- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기) 위반으로 삭제되었습니다.
- {Y3}

YouTube의 정책에 대한 자세한 내용은 https://support.google.com/youtube/answer/2801973 을 참고하시기 바랍니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome notice in Korean (local-law block vs. Community Guidelines removal)",
    why="Y1, Y2 blocked in Korea under local law (restricted); Y3 removed for guideline violation; support link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-channel-terminated-kr",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Tue, 10 Sep 2024 16:45:00 +0900",
    subject=f"Re: [{R3}] 채널 관련 추가 회신",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요, YouTube 법률 지원팀입니다.

요청하신 채널 {Y4_RAW} 은(는) YouTube 스팸·사기 정책을 반복적으로 위반하여 채널이 해지되었습니다.

또한 {Y1} 동영상은 저희가 검토하기 전에 업로더가 이미 삭제한 동영상입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice (Korean handle URL written raw)",
    why="Channel Y4 (raw Korean @handle) 해지 (removed); Y1 deleted by its uploader before review (not_found)",
    items={Y4: "removed", Y1: "not_found"},
)

case(
    name="youtube-en-single-restricted",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 08:12:33 +0000",
    subject=f"Re: [{R7}] Legal removal request",
    reply_to_req=mid(R7),
    body=f"""
Hello,

Thanks for reaching out to YouTube.

After reviewing your request under applicable local law, we have blocked the content
at the URL below from view in South Korea:

{Z1}

If you have questions about this decision, please reply to this email.

Regards,
The YouTube Legal Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome: content blocked in the requester's country",
    why="Z1 blocked from view in South Korea: restricted",
    items={Z1: "restricted"},
)

case(
    name="youtube-reject-url-below",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Mon, 09 Sep 2024 17:30:00 +0900",
    subject=f"Re: [{R3}] 검토 결과",
    reply_to_req=mid(R3),
    body=f"""
안녕하세요.

요청해주신 내용을 검토한 결과, 아래 동영상은 YouTube 정책이나 대한민국 현지 법률을
위반하지 않는 것으로 판단되어 별도의 조치를 취하지 않았습니다.
{Y2}

해당 동영상은 투자 관련 일반 해설로, 특정 종목의 매수를 유도하거나 유료 리딩방으로
연결하는 내용이 확인되지 않았습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' legal outcome in Korean",
    why="Statement above, URL on the line below: Y2 does not violate policy or law, no action (rejected, reason given)",
    items={Y2: "rejected"},
)

case(
    name="youtube-sor-style",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 02:14:09 +0000",
    subject=f"[{R3}] Notice of action taken",
    reply_to_req=mid(R3),
    body=f"""
Notice of action taken on your report

Reference: {R3}

Content: {Y1}
Decision: Access restricted in the Republic of Korea
Ground: Local law (Act on the Registration of Credit Business)
Automated detection used: No

Content: {Y3}
Decision: Removed globally
Ground: Community Guidelines - Spam, deceptive practices & scams
Automated detection used: No

You can learn more about how we handle legal requests at
https://support.google.com/legal/answer/3110420
""",
    outcome="applied", classification="confirmation",
    imitates="Statement-of-reasons style notice (Content/Decision/Ground blocks)",
    why="Y1 access restricted in Korea (restricted); Y3 removed globally (removed)",
    items={Y1: "restricted", Y3: "removed"},
)

# ================================================================= DC Inside, R4
case(
    name="dc-operator-informal",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 13:55:20 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 처리 결과 알려드립니다.

{D1} 삭제했습니다.
{D2} 이 글은 작성자가 먼저 지워서 없는 글이고요,
{D3} 삭제하고 작성자 IP 차단했습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Informal DC Inside operator reply, one line per URL",
    why="D1 삭제 (removed); D2 작성자가 먼저 지워서 없는 글 (not_found); D3 삭제 (removed)",
    items={D1: "removed", D2: "not_found", D3: "removed"},
)

case(
    name="dc-numbered-list",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드",
    date="Wed, 11 Sep 2024 10:20:00 +0900",
    subject=f"[디시인사이드] 삭제 요청 처리 결과 ({R4})",
    body=f"""
[디시인사이드 게시물 삭제 요청 처리 결과]

요청번호 : {R4}

1. {D1}
   - 삭제 완료
2. {D2}
   - 삭제 완료
3. {D3}
   - 삭제 불가 (개인정보 노출 및 법령 위반 내용이 확인되지 않음)

처리 결과에 이의가 있으시면 본 메일로 회신해 주세요.
디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 삭제 요청 처리 결과 form mail (numbered URLs, result sub-bullets)",
    why="D1, D2 삭제 완료 (removed); D3 삭제 불가 with its reason (rejected)",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

# ================================================================= BAND, R5
case(
    name="band-kr-notice",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 15:03:44 +0900",
    subject=f"[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글 {B1} 은 밴드 운영정책(불법 도박) 위반으로 삭제되었습니다.
게시글 {B2} 은 이미 삭제되어 확인할 수 없는 게시글입니다.

더 안전한 BAND를 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 신고 처리 결과 notice",
    why="B1 삭제되었습니다 (removed); B2 이미 삭제되어 확인할 수 없는 (not_found)",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-en-tns",
    **{"from": "safety@band.us"},
    name_from="BAND Safety",
    date="Thu, 12 Sep 2024 03:40:10 +0000",
    subject=f"Re: {R5}",
    reply_to_req=mid(R5),
    body=f"""
Hello,

We reviewed the two posts in your request {R5}.

- {B2}: removed from BAND for promoting illegal gambling.
- {B1}: we found no violation of our Operating Policy; the post is a sports discussion and
  remains available.

BAND Safety Team
""",
    outcome="applied", classification="confirmation",
    imitates="BAND Safety English reply (bulleted URL: result)",
    why="B2 removed; B1 no violation, remains available, reason given (rejected)",
    items={B2: "removed", B1: "rejected"},
)

# ================================================================= review
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Tue, 03 Sep 2024 17:00:00 +0900",
    subject=f"RE: [{R1}] 시정요구 접수 및 처리 예정 안내",
    reply_to_req=mid(R1),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

요청하신 게시물 중 아래 3건은 내부 검토를 거쳐 순차적으로 삭제할 예정입니다.
  - {N1}
  - {N2}
  - {N3}

처리가 끝나는 대로 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising deletion (처리 예정 안내)",
    why="삭제할 예정 is a promise, not a statement: named items stay pending",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedge-appears",
    **{"from": "policy-kr@kakaocorp.com"},
    name_from="카카오 정책실",
    date="Thu, 05 Sep 2024 10:10:10 +0900",
    subject=f"Re: [{R2}] 확인 중간 회신",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 정책실입니다.

우선 확인된 부분만 말씀드리면, {K1} 게시물은 이미 삭제된 것으로 보입니다.
{K4} 는 담당 부서에서 검토 중이며 결과가 나오면 다시 연락드리겠습니다.

카카오 정책실 드림
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedged observation and an 'under review' item",
    why="'삭제된 것으로 보입니다' is a hedge and '검토 중' no statement: both items pending",
    items={K1: "pending", K4: "pending"},
)

case(
    name="youtube-under-review-en",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date="Fri, 06 Sep 2024 06:00:21 +0000",
    subject=f"Re: [{R3}] Legal removal request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your patience. The following URLs are currently under review by our legal team:

{Y1}
{Y2}

We will notify you once a decision has been made. No further action is required from you at
this time.

Regards,
YouTube Legal Support
""",
    outcome="review", review="not_understood",
    imitates="YouTube 'your request is under review' follow-up naming the URLs",
    why="Names two requested URLs but only says they are under review: pending, not a pure acknowledgement",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="youtube-conditional-kr",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법률 지원팀",
    date="Fri, 13 Sep 2024 10:44:00 +0900",
    subject=f"Re: [{R7}] 법적 요청 관련 안내",
    reply_to_req=mid(R7),
    body=f"""
안녕하세요.

{Z1} 동영상에 대해 업로더에게 통지하였습니다. 업로더가 7일 이내에 소명하지 않으면
해당 동영상은 삭제될 예정입니다.

감사합니다.
YouTube 법률 지원팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube notice that the uploader was notified (conditional removal)",
    why="Removal conditional on the uploader not answering within 7 days: no statement, Z1 pending",
    items={Z1: "pending"},
)

case(
    name="naver-bulk-all-12",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Fri, 06 Sep 2024 09:00:00 +0900",
    subject=f"[{R1}] 조치 완료 회신",
    reply_to_req=mid(R1),
    body=f"""
수신 : 방송통신심의위원회
제목 : 시정요구({R1}) 조치 완료 회신

1. 귀 위원회의 시정요구({R1}) 대상 게시물 12건에 대하여 모두 삭제 조치를 완료하였음을
   알려드립니다.
2. 조치 일시 : 2024. 9. 5. 18:00 이전.  끝.

네이버 정책지원실
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 조치 완료 회신 for a whole request",
    why="'12건 모두 삭제' covers a 12-item request without naming each: bulk, items pending",
    items={u: "pending" for u in [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]},
)

case(
    name="dc-bulk-three",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 18:02:00 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드입니다.
요청 주신 {R4} 건 게시글 3개 전부 삭제 처리했습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Terse DC Inside operator reply covering the whole request",
    why="'3개 전부 삭제' for a three-item request without naming any URL: bulk",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="naver-untrusted-dkim-fail",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    auth="fail",
    date="Wed, 04 Sep 2024 02:13:00 +0900",
    subject=f"RE: [{R1}] 조치결과",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

아래 게시물 삭제 완료되었습니다.
{N1}
{N2}
{N3}
""",
    outcome="review", review="untrusted",
    imitates="Reply claiming to be from NAVER that fails DKIM/SPF/DMARC",
    why="navercorp.com sender fails authentication: statements not applied",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="youtube-untrusted-spf-fail",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    auth="fail",
    date="Sat, 14 Sep 2024 01:00:00 +0000",
    subject=f"Re: [{R7}] Legal removal request - completed",
    reply_to_req=mid(R7),
    body=f"""
Hello,

The video {Z1} has been removed from YouTube.

Regards,
YouTube Legal Support
""",
    outcome="review", review="untrusted",
    imitates="Spoofed YouTube legal outcome (authentication fails)",
    why="youtube.com From but dmarc=fail: untrusted, Z1 pending",
    items={Z1: "pending"},
)

case(
    name="hanmail-gallery-manager",
    **{"from": "coinmgr77@hanmail.net"},
    name_from="코인갤 매니저",
    date="Tue, 10 Sep 2024 22:41:05 +0900",
    subject=f"Re: [{R4}] 게시물 삭제 요청",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 코인트레이드 마이너 갤러리 매니저입니다.
운영팀에서 전달받아서 연락드려요.

{D2}
{D3}
두 글 제가 매니저 권한으로 삭제했습니다. 앞으로 비슷한 글 올라오면 바로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="DC Inside minor-gallery manager answering from a personal hanmail.net address",
    why="hanmail.net is no configured platform domain (Kakao's senders are kakaocorp.com/kakao.com/daum.net): unknown sender",
    items={D2: "pending", D3: "pending"},
)

case(
    name="fake-legal-center-unknown",
    **{"from": "notice@yt-legalcenter-kr.com"},
    name_from="YouTube Korea Legal Center",
    date="Mon, 09 Sep 2024 08:08:08 +0900",
    subject=f"[{R3}] 처리 완료 통보",
    body=f"""
방송통신심의위원회 귀하

요청번호 {R3} 에 따른 아래 동영상은 삭제 처리되었습니다.
{Y1}
{Y2}
{Y3}

YouTube Korea Legal Center
""",
    outcome="review", review="unknown_sender",
    imitates="Look-alike 'legal center' domain claiming to speak for YouTube",
    why="yt-legalcenter-kr.com is not a YouTube sender domain: unknown sender, nothing applied",
    items={Y1: "pending", Y2: "pending", Y3: "pending"},
)

case(
    name="navercorp-about-band",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 10:00:00 +0900",
    subject=f"Re: [{R5}] 밴드 게시글 시정요구",
    reply_to_req=mid(R5),
    body=f"""
안녕하십니까. 네이버 정책지원실입니다.

BAND 서비스 관련하여 저희 쪽으로 보내주신 요청을 확인하였습니다.
{B1}
{B2}
위 두 게시글은 삭제되었습니다. 앞으로 BAND 관련 요청은 BAND 고객센터로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team answering for BAND posts (a group company, a separate platform in config)",
    why="Trusted NAVER mail stating statuses of items of the BAND request: wrong platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-asks-more",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 14:00:00 +0900",
    subject=f"[{R1}] 추가 자료 요청",
    reply_to_req=mid(R1),
    body=f"""
안녕하십니까, 네이버 정책지원실입니다.

아래 게시물에 대한 조치 검토를 위하여, 해당 정보가 불법정보에 해당한다고 판단하신
근거(심의·의결서 사본 또는 관련 조항)를 추가로 보내주시기 바랍니다.

  1. {N8}
  2. {N9}

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="NAVER request for supporting documents (심의·의결서 사본) before acting",
    why="Platform asks for more documents about two named items: asks_more, items pending",
    items={N8: "pending", N9: "pending"},
)

case(
    name="kakao-no-claims-contact-change",
    **{"from": "policy-kr@kakaocorp.com"},
    name_from="카카오 정책실",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[카카오] 시정요구 공문 수신 창구 변경 안내",
    body="""
방송통신심의위원회 담당자님께

2024년 10월 1일부터 카카오에 보내시는 시정요구 공문의 수신 주소가 변경됩니다.
변경 후에는 policy-kr@kakaocorp.com 대신 kcsc-request@kakaocorp.com 으로 보내주시기 바랍니다.
기존 주소로 보내신 메일도 당분간 함께 확인하겠습니다.

감사합니다.
카카오 정책실
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice of a changed intake address for 시정요구",
    why="Trusted Kakao mail naming no item and no request: no_claims",
    items={},
)

# ================================================================= ignored
case(
    name="naver-ooo-chuseok",
    **{"from": "jiwon.park@navercorp.com"},
    name_from="박지원",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    subject=f"[자동 회신] 부재중: RE: [{R1}] 시정요구(삭제) 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박지원입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 건은 정책지원실 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
9월 19일부터 순차적으로 회신드리겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (추석 연휴 부재중)",
    why="Out-of-office auto-reply: ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "no-reply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Wed, 04 Sep 2024 11:00:41 +0900",
    subject=f"[카카오 고객센터] 문의 접수 완료 안내 (접수번호 240904-118273)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호 : 240904-118273
  - 문의 제목 : [{R2}] 시정요구(삭제) 요청
  - 접수 일시 : 2024.09.04 11:00

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 메일로 안내됩니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 완료 receipt",
    why="Pure ticket receipt: no statement about any item",
    items={},
)

DSN_REQ = f"""From: KCSC Takedown <takedown@kcsc.example>
To: legal-kr-old@google.com
Subject: [{R3}] 시정요구(삭제) 요청
Date: Thu, 05 Sep 2024 14:00:00 +0900
Message-ID: <{mid(R3)}@kcsc.example>
Content-Type: text/plain; charset=utf-8

아래 동영상 및 채널을 삭제하여 주시기 바랍니다.
{Y1}
{Y2}
{Y3}
{Y4}
"""
case(
    name="youtube-dsn-bounce",
    **{"from": "mailer-daemon@googlemail.com"},
    name_from="Mail Delivery Subsystem",
    date="Thu, 05 Sep 2024 05:00:12 +0000",
    subject="Delivery Status Notification (Failure)",
    raw_mime=multipart("report", "000000000000dsn5a2", [
        part("text/plain; charset=utf-8",
             """** Address not found **

Your message wasn't delivered to legal-kr-old@google.com because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist."""),
        part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Sep 2024 14:00:05 +0900

Final-Recipient: rfc822; legal-kr-old@google.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist."""),
        part("message/rfc822", DSN_REQ),
    ], extra_params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Gmail DSN 'Address not found' with the original request attached",
    why="Bounce: the URLs are only in the returned original",
    items={Y1: "pending", Y4: "pending"},
)

case(
    name="dc-mdn-read",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 10:02:00 +0900",
    subject=f"읽음: [{R4}] 게시물 삭제 요청",
    raw_mime=multipart("report", "mdn_9f1c", [
        part("text/plain; charset=utf-8",
             f"""메시지
  받는 사람: report@dcinside.com
  제목: [{R4}] 게시물 삭제 요청
  보낸 날짜: 2024-09-09 (월) 09:30

이(가) 2024-09-09 (월) 10:02에 읽혔습니다."""),
        part("message/disposition-notification", f"""Reporting-UA: report@dcinside.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;report@dcinside.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed"""),
    ], extra_params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음:) MDN",
    why="Read receipt: ignored",
    items={},
)

case(
    name="band-report-received-en",
    **{"from": "no-reply@band.us"},
    name_from="BAND",
    date="Tue, 10 Sep 2024 01:05:00 +0000",
    subject=f"We've received your report ({R5})",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Hi,

We've received your report and created ticket BND-2024-0910-55821.
Our team reviews reports in the order they arrive. You'll get an email from us once
the review is complete.

Thank you for helping keep BAND safe.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND report receipt (ticket created)",
    why="Pure acknowledgement naming only the request and a ticket number",
    items={},
)

case(
    name="kcsc-mta-bounce-dc",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    name_from="Mail Delivery System",
    auth="none",
    date="Mon, 09 Sep 2024 09:31:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("report", "B1C2D3.1725841872/mx.kcsc.example", [
        part("text/plain; charset=us-ascii", """This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<abuse-old@dcinside.com>: host mx.dcinside.com[203.0.113.44] said: 550 5.1.1
    <abuse-old@dcinside.com>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)"""),
        part("message/delivery-status", """Reporting-MTA: dns; mx.kcsc.example
X-Postfix-Queue-ID: B1C2D3

Final-Recipient: rfc822; abuse-old@dcinside.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.dcinside.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown"""),
        part("text/rfc822-headers", f"""From: KCSC Takedown <takedown@kcsc.example>
To: abuse-old@dcinside.com
Subject: [{R4}] =?UTF-8?B?6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <{mid(R4)}@kcsc.example>"""),
    ], extra_params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' from our own MTA",
    why="DSN from our own mail system: ignored whoever sent it",
    items={},
)

HEADER = """# Blind set 473 (Korean portals: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written from each email's meaning before any run of the reader; see NOTES.md.
# Generated by make.py: do not edit by hand.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind473", HEADER, CASES)


if __name__ == "__main__":
    main()
