#!/usr/bin/env python3
"""Blind set 887: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside,
BAND): 공문-style replies, 임시조치 notices, 시정요구 조치결과 tables and
informal operator replies.

    python3 tests/corpus/blind887/make.py

Writes requests.csv, cases/*.eml and expected.toml (deterministic). Every
expected result below was written from the meaning of its email alone,
before the reader was ever run on this set. All names, URLs and ids are
fictional.
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


def d(day, hh=10, mm=0, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def h(s):
    """RFC 2047 encoded header text (deterministic)."""
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/lucky_slot77/223560011201"
N2 = "https://blog.naver.com/lucky_slot77/223560011388"
N3 = "https://blog.naver.com/toto_mania_kr/223559870045"
N4 = "https://cafe.naver.com/sportsbetzone/1842"
N5 = "https://cafe.naver.com/sportsbetzone/1857"
N6 = "https://cafe.naver.com/sportsbetzone/1903"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60207&docId=471203318"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38112045&memberNo=51200731"
N9 = "https://blog.naver.com/casinoqueen_x/223561440912"
N10 = "https://cafe.naver.com/minigamepick/5521"
N11 = "https://tv.naver.com/v/58120334"
N12 = "https://blog.naver.com/toto_mania_kr/223562007719"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# R2: Kakao (Daum cafe, Tistory, Brunch), 4 items
K1 = "https://cafe.daum.net/rumormill24/free/30112"
K2 = "https://cafe.daum.net/rumormill24/free/30127"
K3_RAW = "https://hanbit-diary.tistory.com/entry/박모씨-실명-공개"
K3 = quote(K3_RAW, safe=":/")  # stored percent-encoded
K4 = "https://brunch.co.kr/@gossipnote/88"
R2_ITEMS = [K1, K2, K3, K4]

# R3: YouTube, 3 items
Y1 = "https://www.youtube.com/watch?v=Qm7xT2pLk9A"
Y2 = "https://www.youtube.com/watch?v=Zr4vB8nWq1E"
Y3 = "https://www.youtube.com/shorts/Hc3pN0sYd6U"

# R4: DC Inside, 5 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183302"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183517"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=44120"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinpump&no=44188"
D5 = "https://gall.dcinside.com/mini/board/view/?id=leaksroom&no=712"

# R5: BAND, 2 items
B1 = "https://band.us/band/81234567/post/302"
B2 = "https://band.us/band/81234567/post/315"

# R6: NAVER, 1 item
S1 = "https://blog.naver.com/pillshop_direct/223570118834"

# R7: Kakao (Daum cafe), 1 item
T1 = "https://cafe.daum.net/pilldeal/market/771"

REQUESTS = [
    (R1, "naver", 3, "gambling", R1_ITEMS, "불법 도박 홍보"),
    (R2, "kakao", 5, "defamation", R2_ITEMS, "명예훼손·실명 공개"),
    (R3, "youtube", 9, "defamation", [Y1, Y2, Y3], ""),
    (R4, "dcinside", 10, "market_manipulation", [D1, D2, D3, D4, D5], "주가·시세 조종 유도"),
    (R5, "band", 11, "obscenity", [B1, B2], ""),
    (R6, "naver", 12, "drugs", [S1], "전문의약품 불법 판매"),
    (R7, "kakao", 13, "drugs", [T1], "전문의약품 불법 판매"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, day, cat, urls, note in REQUESTS:
            sent = f"2024-09-{day:02d}T10:00:00+09:00"
            due = f"2024-09-{day + 7:02d}T18:00:00+09:00"
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, f"<{ref}@kcsc.example>", note])


def quoted_request_r1(prefix):
    lines = [
        "네이버 담당자님께,",
        "",
        f"아래 12건의 불법 도박 홍보 게시물에 대하여 시정을 요구합니다. (요청번호 {R1})",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(R1_ITEMS, 1)]
    lines += ["", "조치 결과를 2024. 9. 10.까지 회신하여 주시기 바랍니다.",
              "", "방송통신심의위원회 통신심의국"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================== NAVER
case(
    name="naver-gongmun-text-table-12",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원실"),
    date=d(6, 16, 42, 5),
    subject=h(f"[네이버] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=R1,
    body=f"""
수신: 방송통신심의위원회 통신심의국장
발신: 네이버 주식회사 정책지원실
제목: 시정요구에 대한 조치결과 회신 (귀 위원회 요청번호 {R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 3. 요청하신 불법 도박 홍보 정보 12건에 대하여
   당사 운영정책 및 관련 법령에 따라 검토하였으며, 그 결과를 아래와 같이
   회신합니다.

                            - 아    래 -

 연번 | 대상 URL                                                     | 조치결과
 -----+--------------------------------------------------------------+--------------------------
   1  | {N1}             | 삭제
   2  | {N2}             | 삭제
   3  | {N3}            | 삭제
   4  | {N4}                    | 임시조치(30일)
   5  | {N5}                    | 임시조치(30일)
   6  | {N6}                    | 해당 게시물 없음(작성자 삭제)
   7  | {N7} | 삭제
   8  | {N8} | 비공개 처리
   9  | {N9}            | 삭제
  10  | {N10}                     | 존재하지 않는 게시물
  11  | {N11}                              | 동영상 삭제
  12  | {N12}            | 조치 불가(위반사항 미확인)

3. 연번 12의 게시물은 스포츠 경기 결과를 분석한 글로서 도박 사이트 홍보 문구나
   연결 링크가 확인되지 않아 게시를 유지하였음을 알려드립니다.
4. 기타 문의사항은 정책지원실(policy@navercorp.com)로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원실장
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구: numbered text table 연번/대상 URL/조치결과",
    why="trusted NAVER 공문 with one result per URL: 삭제/비공개/동영상 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 조치 불가(위반 미확인) rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "restricted",
           N6: "not_found", N7: "removed", N8: "removed", N9: "removed", N10: "not_found",
           N11: "removed", N12: "rejected"},
)

html_table = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'맑은 고딕',sans-serif">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>요청번호 {R1} 건 중 1차 조치가 완료된 게시물의 조치결과를 아래 표와 같이 송부드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>연번</th><th>게시물 주소</th><th>조치 내용</th><th>조치 일자</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024.09.05</td><td>-</td></tr>
<tr><td>2</td><td><a href="{N4}">{N4}</a></td><td>임시조치</td><td>2024.09.05</td><td>30일간 게시 제한</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>게시물 없음</td><td>-</td><td>작성자가 이미 삭제</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>삭제</td><td>2024.09.05</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N12}">{N12}</a></td><td>미조치</td><td>-</td><td>도박 홍보 내용 확인 불가</td></tr>
</table>
<p>나머지 게시물은 담당 서비스 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
"""
case(
    name="naver-result-html-table-qp",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(5, 18, 3, 40),
    subject=h(f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구 - 1차 조치결과"),
    reply_to_req=R1,
    raw_mime=(
        "Content-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html_table)
    ),
    outcome="applied",
    classification="confirmation",
    imitates="시정요구 조치결과 HTML table (연번/게시물 주소/조치 내용/조치 일자/비고), quoted-printable",
    why="five rows, each with its own result: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 미조치 with a reason rejected; the rest is only promised",
    items={N1: "removed", N4: "restricted", N6: "not_found", N9: "removed", N12: "rejected"},
)

csv_text = (
    "연번,URL,조치결과,조치일시,비고\r\n"
    f"1,{N2},삭제,2024-09-09 14:02,\r\n"
    f"2,{N3},삭제,2024-09-09 14:05,\r\n"
    f"3,{N5},임시조치,2024-09-09 14:11,게시자 이의제기 기간 30일\r\n"
    f"4,\"{N7}\",삭제,2024-09-09 14:20,\r\n"
    f"5,\"{N8}\",게시물 없음,,이미 삭제된 게시물\r\n"
    f"6,{N10},유지,,위반 내용 미확인\r\n"
)
case(
    name="naver-csv-attachment-base64",
    **{"from": "report-result@navercorp.com"},
    name_from=h("네이버 신고센터"),
    date=d(9, 15, 10, 12),
    subject=h(f"[네이버] {R1} 처리 결과 송부 (첨부)"),
    reply_to_req=R1,
    raw_mime=(
        'Content-Type: multipart/mixed; boundary="==nv_result_5521=="\n\n'
        "--==nv_result_5521==\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n"
        + b64(f"안녕하세요. 네이버 신고센터입니다.\n\n{R1} 건의 게시물 6건 처리 결과를 첨부 파일(CSV)로 "
              "송부드립니다.\n첨부 파일의 조치결과 열을 확인해 주시기 바랍니다.\n\n감사합니다.\n")
        + "\n--==nv_result_5521==\n"
        'Content-Type: text/csv; charset=utf-8; name="result_KCSC-240903-01.csv"\n'
        'Content-Disposition: attachment; filename="result_KCSC-240903-01.csv"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + b64("\ufeff" + csv_text)
        + "\n--==nv_result_5521==--\n"
    ),
    outcome="applied",
    classification="confirmation",
    imitates="ticket-system reply with a CSV result sheet (연번,URL,조치결과,조치일시,비고) attached, base64 body",
    why="CSV rows state 삭제 (removed), 임시조치 (restricted), 게시물 없음 (not_found) and 유지/위반 내용 미확인 (rejected) for six named URLs",
    items={N2: "removed", N3: "removed", N5: "restricted", N7: "removed", N8: "not_found", N10: "rejected"},
)

case(
    name="naver-cafe-blind-bullets",
    **{"from": "cafe_help@navercorp.com"},
    name_from=h("네이버 카페 운영팀"),
    date=d(5, 11, 27, 9),
    subject=h("[네이버 카페] 요청하신 게시물 블라인드 처리 안내"),
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

방송통신심의위원회에서 요청하신 카페 게시물({R1}) 중 sportsbetzone 카페의
아래 게시물 2건은 카페 운영원칙 위반(불법 사행성 도박 홍보)이 확인되어
블라인드 처리하였습니다.

  • {N4}
  • {N5}

블라인드 처리된 게시물은 카페 회원과 외부 이용자 모두에게 노출되지 않으며,
카페 매니저에게 운영원칙 위반 안내가 발송되었습니다.
요청 목록의 다른 게시물은 각 담당 서비스에서 별도로 회신드릴 예정입니다.

감사합니다.
네이버 카페 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe operations 블라인드 처리 안내",
    why="two bulleted URLs under '블라인드 처리하였습니다' (blinded = removed); the rest is only promised",
    items={N4: "removed", N5: "removed"},
)

case(
    name="naver-one-item-request-no-url",
    **{"from": "blog_help@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    date=d(13, 14, 31, 0),
    subject=h(f"RE: 의약품 불법 판매 게시물 시정요구 ({R6})"),
    reply_to_req=R6,
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

귀 위원회에서 요청하신 블로그 게시물은 약사법 위반(전문의약품 판매 알선)
정보로 확인되어 금일 삭제 조치를 완료하였습니다.
해당 블로그에는 운영정책에 따라 글쓰기 제한이 함께 적용되었습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="short NAVER blog operations reply to a one-item request, no URL repeated",
    why="a one-item request: '요청하신 블로그 게시물은 ... 삭제 조치를 완료' is an unhedged statement about that only item",
    items={S1: "removed"},
)

case(
    name="naver-url-then-arrow-status",
    **{"from": "report@naver.com"},
    name_from=h("네이버 신고센터"),
    date=d(10, 9, 15, 44),
    subject=h(f"{R1} 처리 결과 추가 회신"),
    body=f"""
{R1} 처리 결과 추가로 회신드립니다.

{N9}
→ 게시중단 완료 (불법 도박 사이트 홍보)

{N11}
→ 영상 삭제 및 채널 경고 1회 부여

{N12}
→ 미조치 : 도박 관련 홍보 내용이 없는 일반 스포츠 칼럼으로 판단되어 게시를 유지합니다.

네이버 신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="operator reply: bare URL, result on the line below after an arrow",
    why="each URL is followed by its own result line: 게시중단/영상 삭제 removed, 미조치 with reason rejected",
    items={N9: "removed", N11: "removed", N12: "rejected"},
)

case(
    name="naver-topposted-gmail-quote",
    **{"from": "hyejin.park@navercorp.com"},
    name_from=h("박혜진"),
    date=d(4, 17, 2, 18),
    subject=h(f"Re: [{R1}] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=R1,
    body=f"""
안녕하세요, 네이버 블로그 정책 담당자 박혜진입니다.

요청 주신 목록 중 블로그 게시물 2건 먼저 회신드립니다.
- {N2} : 삭제 완료
- {N3} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 건은 확인 중입니다.

박혜진 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request_r1("> ")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean top-posted reply over the quoted request ('…님이 작성:')",
    why="two statements above the quote (삭제 완료 removed, 이미 삭제하여 존재하지 않는 not_found); the 12 quoted URLs below '>' are not statements",
    items={N2: "removed", N3: "not_found"},
)

case(
    name="naver-english-global-team",
    **{"from": "global-policy@navercorp.com"},
    name_from="NAVER Global Policy",
    date=d(6, 11, 48, 30),
    subject=f"Re: {R1} - update on two items",
    reply_to_req=R1,
    body=f"""
Dear KCSC team,

Regarding your request {R1}, please find two updates below.

The Knowledge iN question at {N7} has been deleted for violating our
operating principles on illegal gambling.

We were unable to locate the NAVER Post entry
{N8}
The link is invalid and no post with that volume number exists in our system.

Kind regards,
Minseo Cha
NAVER Global Policy
""",
    outcome="applied",
    classification="confirmation",
    imitates="English-language reply from a Korean portal's global policy desk",
    why="'has been deleted' for the KiN URL; 'unable to locate ... invalid ... no post exists' for the Post URL (not_found)",
    items={N7: "removed", N8: "not_found"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "haneul.kim@navercorp.com"},
    name_from=h("김하늘"),
    date=d(11, 13, 20, 2),
    subject=h(f"RE: [{R1}] 불법 도박 홍보 게시물 시정요구"),
    reply_to_req=R1,
    body=f"""
담당자님, 안녕하세요.

아래 요청 건 관련하여 카페 게시물 2건 조치 내용 공유드립니다.

1) {N6}
   게시중단 처리하였습니다.
2) {N10}
   해외 사이트 가입을 권유하는 글로, 19세 미만 이용자의 열람을 제한(성인 인증 후 열람)
   하였습니다.

감사합니다.
김하늘 드림 | NAVER 카페 정책

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법 도박 홍보 게시물 시정요구

{quoted_request_r1("")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unmarked request below",
    why="numbered statements above the original message: 게시중단 removed, 19세 미만 열람 제한 (age restriction) restricted; the request below is quoted",
    items={N6: "removed", N10: "restricted"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d(4, 9, 5, 51),
    subject=h("[네이버 고객센터] 게시중단 요청 접수 및 처리 안내"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 게시중단 요청({R1})이 접수번호 NV-240904-00317로 접수되었습니다.

접수 내용 중 아래 게시물은 확인 즉시 게시중단 조치하였습니다.
{N1}
{N2}

그 외 게시물은 담당 부서 검토 후 순차적으로 회신드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터 도움말 페이지를 이용해 주세요.
  https://help.naver.com/service/5640/contents/19042
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre receipt (접수번호) that also reports an immediate 게시중단",
    why="a receipt, but with an unhedged past-tense 게시중단 for two named URLs: not a pure acknowledgement; the help link is not an item",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-circled-fullwidth-colon",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(9, 10, 2, 13),
    subject=h(f"{R1} 건 회신"),
    reply_to_req=R1,
    body=f"""
{R1} 건 회신드립니다.

① {N3}：삭제 완료
② {N5}：임시조치（30일간 게시 제한）

이상입니다.
네이버 정책지원팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="terse operator reply with circled numbers and full-width colons after the URLs",
    why="each URL is directly followed by its result after a full-width colon: 삭제 removed, 임시조치 restricted",
    items={N3: "removed", N5: "restricted"},
)

case(
    name="naver-single-rejected-angle-url",
    **{"from": "blog_help@navercorp.com"},
    name_from=h("네이버 블로그 운영팀"),
    date=d(16, 16, 5, 27),
    subject=h(f"[{R6}] 요청 게시물 검토 결과"),
    reply_to_req=R6,
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

귀 위원회에서 요청하신 게시물 <{S1}>을 검토하였습니다.

해당 게시물은 건강기능식품 섭취 후기로, 의약품 판매나 구매 알선에 해당하는
내용(판매 연락처, 구매 링크 등)이 확인되지 않아 운영정책상 삭제하지 않았습니다.

추가 자료를 확보하신 경우 다시 요청해 주시면 재검토하겠습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog operations refusal with its reason, URL in angle brackets followed by a particle",
    why="a refusal with its reason ('확인되지 않아 ... 삭제하지 않았습니다') for the named URL: rejected; the offer to re-review is not a request for information",
    items={S1: "rejected"},
)

# ====================================================================== Kakao
kakao_gongmun = f"""문서번호: 카카오정책-2024-0911
수    신: 방송통신심의위원회 (통신심의국)
제    목: 시정요구에 대한 조치결과 회신 ({R2})

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관의 시정요구(2024. 9. 5.)와 관련하여, 대상 정보 4건에 대한 조치결과를
   다음과 같이 회신합니다.

  가. {K1}
      - 조치결과: 게시물 삭제
  나. {K2}
      - 조치결과: 게시물 삭제
  다. {K3}
      - 조치결과: 임시조치(30일), 게시자에게 통지 완료
  라. {K4}
      - 조치결과: 미조치. 공인의 공적 활동에 대한 비평으로 명예훼손에 해당한다고
        보기 어려워 게시를 유지함

3. 이상과 같이 회신하오니 업무에 참고하시기 바랍니다.  끝.

주식회사 카카오 정책팀
"""
case(
    name="kakao-gongmun-qp",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책팀"),
    date=d(11, 10, 40, 0),
    subject=h(f"[카카오] 시정요구 조치결과 회신 ({R2})"),
    reply_to_req=R2,
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp(kakao_gongmun)
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 공문 (문서번호/수신/제목, 가나다 items, '끝.'), quoted-printable",
    why="each 가/나/다/라 item has its URL and 조치결과: 삭제 removed, 임시조치 restricted, 미조치 with reason rejected",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "rejected"},
)

case(
    name="kakao-raw-korean-url-and-particle",
    **{"from": "rights@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(12, 15, 18, 36),
    subject=h(f"[카카오] 권리침해 게시물 처리 안내 - {R2}"),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 {R2} 관련하여 다음과 같이 처리되었음을 알려드립니다.

- 티스토리 게시글 {K3_RAW}
  정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
- 브런치 글 {K4}은 작성자에게 소명 기회를 드린 뒤 삭제되었습니다.

임시조치 기간 중 게시자의 재게시 요청이 접수되면 별도로 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao rights-infringement desk 임시조치 notice (정보통신망법 제44조의2)",
    why="raw Korean Tistory path (matches its percent-encoded form) 임시조치 restricted; Brunch URL followed by the particle '은' ... 삭제되었습니다 removed",
    items={K3: "restricted", K4: "removed"},
)

case(
    name="kakao-daum-cafe-closed-fullwidth-parens",
    **{"from": "cafe@daum.net"},
    name_from=h("Daum 카페"),
    date=d(16, 11, 2, 55),
    subject=h(f"[Daum 카페] 요청 게시글 처리 결과 ({R7})"),
    reply_to_req=R7,
    body=f"""
안녕하세요. Daum 카페 운영자입니다.

요청하신 게시글（{T1}）을 확인한 결과, 전문의약품 불법 판매 게시물로 확인되어
게시글을 삭제하고 해당 카페를 영구 이용제한(폐쇄) 조치하였습니다.

카페 운영정책: https://cafe.daum.net/_c21_/home?grpid=policy

감사합니다.
Daum 카페 운영자 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe operator notice of deletion and permanent cafe restriction, URL in full-width parentheses",
    why="the named post was deleted (removed) and the cafe closed; the policy link is not an item",
    items={T1: "removed"},
)

kakao_b64_text = f"""안녕하세요, 카카오 고객센터입니다.

[{R2}] 회신드립니다.
Daum 카페 게시물 처리 결과입니다.

1. {K1}
   - 결과: 삭제 (명예훼손 게시물)
2. {K2}
   - 결과: 이미 삭제된 게시물 (작성자 본인 삭제)

티스토리·브런치 게시물은 담당 부서에서 따로 안내드릴 예정입니다.
감사합니다.
"""
case(
    name="kakao-base64-body-list",
    **{"from": "cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date=d(9, 17, 44, 2),
    subject=h(f"[카카오 고객센터] [{R2}] 회신"),
    reply_to_req=R2,
    raw_mime=(
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64\n\n" + b64(kakao_b64_text)
    ),
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre reply, numbered list with '- 결과:' lines, base64 body",
    why="결과: 삭제 removed; 결과: 이미 삭제된 게시물 (author deleted) not_found; the other two are only promised",
    items={K1: "removed", K2: "not_found"},
)

case(
    name="kakao-brunch-refusal",
    **{"from": "brunch@kakaocorp.com"},
    name_from=h("브런치팀"),
    date=d(10, 14, 7, 19),
    subject=h("[브런치] 신고하신 글 검토 결과 안내"),
    reply_to_req=R2,
    body=f"""
안녕하세요, 브런치팀입니다.

신고하신 글 {K4} 에 대한 검토 결과를 안내드립니다.

해당 글에는 특정인의 실명이나 연락처 등 개인정보가 포함되어 있지 않으며,
글에서 다루는 사실관계에 대한 다툼은 당사자 간 법적 절차로 해결되어야 할
사안으로 판단됩니다. 이에 따라 브런치 운영정책상 비공개 처리 대상에 해당하지
않아, 글은 현재 상태로 게시가 유지됩니다.

법원 판결 등 새로운 사정이 생기면 다시 신고해 주세요.

브런치팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Brunch (Kakao) report outcome: refusal with reasons",
    why="'비공개 처리 대상에 해당하지 않아 ... 게시가 유지됩니다' is a refusal with its reason: rejected (the negated 비공개 처리 is not a removal)",
    items={K4: "rejected"},
)

# ==================================================================== YouTube
case(
    name="youtube-korean-legal-outcome",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    date=d(12, 9, 12, 7),
    subject=h(f"[{R3}] YouTube 법적 요청 처리 결과"),
    reply_to_req=R3,
    body=f"""
안녕하세요.

방송통신심의위원회의 요청({R3})과 관련하여 YouTube에서 검토를 마쳤습니다.

다음 동영상은 대한민국 법률에 따라 한국에서 액세스를 제한했습니다.
{Y1}
{Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드를 위반하여 YouTube에서 삭제되었습니다.
{Y3}

YouTube의 법적 삭제 요청 처리 방식은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal outcome in Korean (local block in Korea vs. global removal)",
    why="two URLs under '한국에서 액세스를 제한했습니다' (restricted), one under '삭제되었습니다' (removed); the help link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="youtube-english-mixed-no-scheme",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date=d(13, 2, 51, 33),
    subject=f"Re: Legal request {R3}",
    reply_to_req=R3,
    body=f"""
Hello,

Thank you for your notice referenced {R3}. We have reviewed the URLs and
taken the following actions:

- www.youtube.com/shorts/Hc3pN0sYd6U : removed globally for violating our
  Community Guidelines (harassment).
- www.youtube.com/watch?v=Qm7xT2pLk9A : blocked from view in South Korea
  based on local law.
- www.youtube.com/watch?v=Zr4vB8nWq1E : no action taken. Following review,
  we did not find this video to violate our policies or local law, and it
  remains available.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-support outcome listing, URLs written without scheme",
    why="removed globally (removed), blocked in South Korea (restricted), no action / remains available with reason (rejected)",
    items={Y3: "removed", Y1: "restricted", Y2: "rejected"},
)

case(
    name="youtube-age-restriction-single",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube",
    date=d(11, 6, 30, 0),
    subject="Update on the video you reported",
    reply_to_req=R3,
    body=f"""
Hi,

We've reviewed the video you reported in request {R3}:
{Y2}

The video doesn't violate our Community Guidelines, but it isn't appropriate
for all audiences, so we've applied an age restriction. Viewers must be
signed in and 18 or older to watch it.

Learn more about age-restricted content:
https://support.google.com/youtube/answer/2802167

- The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube report outcome: age restriction applied",
    why="'we've applied an age restriction' for the named video: restricted (not a refusal, though it 'doesn't violate')",
    items={Y2: "restricted"},
)

case(
    name="youtube-echoed-report",
    **{"from": "noreply@youtube.com"},
    name_from="YouTube Trust & Safety",
    date=d(10, 22, 14, 9),
    subject="We've completed our review of your report",
    body=f"""
Hello,

We've completed our review of your report.

---- Your report ----
Reference: {R3}
Reported URL: {Y1}
Reason: Illegal content under Korean law

---- Outcome ----
Content removed. The video has been taken down from YouTube for violating
our Terms of Service.

Thanks for helping keep YouTube safe.
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube report outcome that echoes the report (reference, reported URL) above the outcome",
    why="the echoed report names exactly one URL and the outcome says 'Content removed ... taken down': removed",
    items={Y1: "removed"},
)

# ================================================================== DC Inside
case(
    name="dc-informal-operator",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(11, 19, 41, 50),
    subject=h(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=R4,
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 요청({R4}) 확인했습니다.

아래 3개 글은 삭제했습니다.
{D1}
{D2}
{D3}

아래 2개는 들어가 보니 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.
{D4}
{D5}

작성자 IP 등은 수사기관의 정식 요청이 있을 때만 제공 가능한 점 참고 부탁드려요.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal community-site operator reply (two headed groups of bare URLs)",
    why="three URLs under '삭제했습니다' removed; two under '작성자가 이미 지운 글' not_found",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "not_found"},
)


def a(u):
    e = u.replace("&", "&amp;")
    return f'<a href="{e}">{e}</a>'


dc_html = f"""<html><body>
<p>안녕하세요. 디시인사이드 고객지원팀입니다.</p>
<p>{R4} 요청 건 처리 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>번호</th><th>게시물</th><th>처리결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>1</td><td>{a(D1)}</td><td>삭제</td><td>시세 조종 유도</td></tr>
<tr><td>2</td><td>{a(D2)}</td><td>삭제</td><td>시세 조종 유도</td></tr>
<tr><td>3</td><td>{a(D3)}</td><td>유지</td><td>개인 투자 의견으로 운영정책 위반 아님</td></tr>
<tr><td>4</td><td>{a(D4)}</td><td>삭제</td><td>허위 정보 유포</td></tr>
<tr><td>5</td><td>{a(D5)}</td><td>게시물 없음</td><td>삭제된 게시물</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="dc-html-table",
    **{"from": "support@dcinside.com"},
    name_from=h("디시인사이드 고객지원팀"),
    date=d(12, 10, 0, 21),
    subject=h(f"[디시인사이드] {R4} 처리 결과"),
    reply_to_req=R4,
    type="html",
    body=dc_html,
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside support result table (번호/게시물/처리결과/사유) in HTML",
    why="one row per URL: 삭제 removed, 유지 with reason rejected, 게시물 없음 not_found",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed", D5: "not_found"},
)

case(
    name="dc-wrapped-angle-url",
    **{"from": "support@dcinside.com"},
    name_from=h("디시인사이드 고객지원"),
    date=d(11, 11, 37, 4),
    subject=h(f"RE: {R4}"),
    reply_to_req=R4,
    body="""
안녕하세요, 디시인사이드 고객지원입니다.

KCSC-240910-04 건 중 코인 마이너 갤러리 게시글 <https://gall.dcinside.com/mgallery/board/view/?id=coinpump
&no=44188>은(는) 시세조종 유도 게시물로 확인되어 오늘 오전 삭제 처리되었습니다.

나머지 게시물은 확인 후 회신드리겠습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text reply whose mailer wrapped a long URL inside angle brackets",
    why="the URL in angle brackets is broken across a line at '&no=' (RFC 3986 App. C allows it); it is 삭제 처리되었습니다: removed",
    items={D4: "removed"},
)

# ======================================================================= BAND
case(
    name="band-prose-two-results",
    **{"from": "report@band.us"},
    name_from=h("BAND 운영팀"),
    date=d(13, 16, 22, 40),
    subject=h(f"[BAND] 요청하신 게시글 처리 결과 안내 ({R5})"),
    reply_to_req=R5,
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신 건({R5})에 대해 안내드립니다.

{B1} 게시글은 음란물 게시가 확인되어 삭제하였으며, 작성자의 BAND 이용을
영구 정지하였습니다.

{B2} 게시글은 확인 결과 일반 일상 사진으로, 운영정책에 위반되는 내용이 없어
별도 조치 없이 유지됩니다.

감사합니다.
BAND 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND operations team outcome in prose, one paragraph per post",
    why="first post 삭제하였으며 (removed); second has no violation and stays up (rejected)",
    items={B1: "removed", B2: "rejected"},
)

# ===================================================================== REVIEW
case(
    name="naver-promise-scheduled",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(4, 18, 10, 0),
    subject=h(f"RE: [{R1}] 진행 상황 안내"),
    reply_to_req=R1,
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{R1}로 요청하신 게시물 중 아래 블로그 게시물은 내부 기준에 따라 게시중단 대상으로
분류되었으며, 작성자 소명 절차를 거쳐 이번 주 중으로 게시중단될 예정입니다.

{N1}
{N2}
{N3}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER progress notice: classified for takedown, to be taken down later",
    why="'게시중단될 예정입니다' is a promise, not a statement: the named items stay pending",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(10, 17, 55, 12),
    subject=h(f"[네이버] {R1} 조치 완료"),
    reply_to_req=R1,
    body=f"""
안녕하세요.

2024년 9월 3일 요청하신 시정요구({R1}) 12건에 대하여 모두 게시중단 조치를
완료하였음을 알려드립니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all done' completion notice for a many-item request",
    why="'12건 ... 모두 게시중단' names no item for a 12-item request: bulk, items stay pending",
    items={u: "pending" for u in R1_ITEMS},
)

case(
    name="band-bulk-both",
    **{"from": "report@band.us"},
    name_from=h("BAND 고객센터"),
    date=d(12, 10, 33, 3),
    subject=h(f"Re: {R5} 게시글 신고"),
    reply_to_req=R5,
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 게시글 2건 모두 운영정책 위반으로 삭제 처리되었습니다. ({R5})

더 안전한 BAND를 만드는 데 도움 주셔서 감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="BAND customer-centre one-sentence bulk outcome",
    why="'2건 모두 삭제' for a two-item request without naming either: bulk",
    items={B1: "pending", B2: "pending"},
)

case(
    name="kakao-dmarc-fail",
    **{"from": "policy@kakaocorp.com"},
    auth="fail",
    name_from=h("카카오 정책팀"),
    date=d(7, 3, 14, 55),
    subject=h(f"[카카오] 시정요구 조치결과 ({R2})"),
    body=f"""
안녕하세요, 카카오 정책팀입니다.

{R2} 건 처리 결과입니다.
1. {K1} - 삭제
2. {K2} - 삭제

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="Kakao-looking result list that fails DKIM/SPF/DMARC",
    why="from kakaocorp.com but DMARC fails: its statements cannot change anything",
    items={K1: "pending", K2: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coinpump.manager@gmail.com"},
    name_from=h("코인펌프갤 매니저"),
    date=d(11, 23, 2, 41),
    subject=h(f"방심위 요청 건({R4}) 관련"),
    body=f"""
안녕하세요 코인펌프 마이너 갤러리 매니저입니다.
운영팀에 보내신 요청 건({R4}) 갤러리 공지로 전달받아서 연락드려요.

{D3}
{D4}

두 글 다 제가 매니저 권한으로 삭제했습니다. 앞으로 갤 관리 더 신경 쓰겠습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail account",
    why="the sender is not DC Inside (gmail.com): an unknown sender naming our request and URLs",
    items={D3: "pending", D4: "pending"},
)

case(
    name="youtube-hedged-uploader",
    **{"from": "youtube-legal@google.com"},
    name_from="YouTube Legal Support",
    date=d(10, 8, 3, 17),
    subject=f"Re: Legal request {R3}",
    reply_to_req=R3,
    body=f"""
Hello,

Regarding {R3}:

The Short at {Y3} appears to have been removed by the uploader before our
review could take place.

The video {Y1} may already be unavailable in your region; we are confirming
this with the relevant team.

We'll follow up once we have more information.

Regards,
YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal-support interim reply with hedged observations",
    why="'appears to have been removed' and 'may already be unavailable' are hedges: nothing applies",
    items={Y3: "pending", Y1: "pending"},
)

case(
    name="naver-speaks-for-band",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date=d(12, 14, 48, 0),
    subject=h(f"[네이버] BAND 게시글 요청({R5}) 회신"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 게시글에 대한 요청({R5})이 당사 정책지원팀으로도 접수되어 회신드립니다.
BAND는 네이버 계열 서비스로, 담당 부서에서 확인한 결과를 대신 전달드립니다.

- {B1} : 삭제
- {B2} : 삭제

감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="group-company policy desk relaying results for a sister service",
    why="a trusted NAVER email stating statuses for BAND's items (BAND's own sender domain is band.us): wrong_platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="dc-conditional-seven-days",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date=d(12, 13, 9, 11),
    subject=h(f"Re: [{R4}] 게시물 삭제 요청"),
    reply_to_req=R4,
    body=f"""
안녕하세요 디시인사이드입니다.

요청하신 게시물 중 아래 2건은 작성자에게 삭제 안내를 발송했습니다.
작성자가 7일 이내에 소명하지 않으면 삭제됩니다.

{D2}
{D3}

결과는 기간이 지난 뒤 다시 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="community operator notice: deletion after a 7-day objection window",
    why="'7일 이내에 소명하지 않으면 삭제됩니다' is conditional and future: items stay pending",
    items={D2: "pending", D3: "pending"},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "rights@kakaocorp.com"},
    name_from=h("카카오 권리침해신고센터"),
    date=d(6, 10, 29, 3),
    subject=h(f"[카카오] {R2} 관련 추가 자료 요청"),
    reply_to_req=R2,
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청번호 {R2} 건과 관련하여, 티스토리·브런치 게시물 2건은 명예훼손 여부를
판단하기 위해 피해 당사자 확인이 필요합니다.

번거로우시겠지만 아래 자료를 회신 메일로 보내주시면 검토를 진행하겠습니다.
 1) 피해 당사자의 신고 위임 여부
 2) 위원회 심의 의결서 사본

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao rights desk asking for 위임 and 의결서 before reviewing",
    why="a request for documents about two items of our request; no status stated",
    items={K3: "pending", K4: "pending"},
)

case(
    name="naver-channel-change-notice",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원실"),
    date=d(18, 9, 0, 0),
    subject=h("[안내] 공공기관 게시중단 요청 접수 창구 변경"),
    body="""
안녕하세요. 네이버 정책지원실입니다.

2024년 9월 23일부터 공공기관의 게시중단·시정요구 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: gov-request@navercorp.com

변경일 이후 기존 주소로 보내신 요청도 2주간은 자동으로 전달됩니다.
업무에 참고 부탁드립니다.

네이버 정책지원실 드림
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice of a changed intake address for government requests",
    why="trusted NAVER mail that names no item and no request: no_claims",
    items={},
)

case(
    name="youtube-korean-in-review",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무팀"),
    date=d(10, 16, 37, 26),
    subject=h(f"[{R3}] 처리 현황 안내"),
    reply_to_req=R3,
    body=f"""
안녕하세요, YouTube 법무팀입니다.

{R3} 요청에 포함된 동영상 처리 현황을 안내드립니다.

- {Y1} : 현재 검토 중
- {Y2} : 현지 법률 검토를 위해 담당 변호사에게 이관됨

검토가 끝나는 대로 결과를 알려드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube legal status update in Korean ('검토 중', escalated)",
    why="'검토 중' and '이관됨' are not outcomes; the email names items, so it goes to review rather than being ignored",
    items={Y1: "pending", Y2: "pending"},
)

# ==================================================================== IGNORED
case(
    name="naver-out-of-office-korean",
    **{"from": "haneul.kim@navercorp.com"},
    name_from=h("김하늘"),
    date=d(9, 8, 0, 3),
    subject=h(f"[자동회신] 부재중입니다 (RE: [{R1}] 불법 도박 홍보 게시물 시정요구)"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 김하늘입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원실 대표 메일(policy@navercorp.com)로 연락 주시기 바랍니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (자동회신, 부재중)",
    why="out-of-office auto-reply; says nothing about items",
    items={},
)

case(
    name="kakao-out-of-office-with-quote",
    **{"from": "jiwoo.lee@kakaocorp.com"},
    name_from="Jiwoo Lee",
    date=d(5, 10, 0, 41),
    subject=f"Automatic reply: [{R2}] 명예훼손 게시물 시정요구",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
I am out of the office until 18 September with limited access to email.
For urgent takedown matters please contact policy@kakaocorp.com.

9월 18일까지 부재중입니다. 긴급한 건은 policy@kakaocorp.com 으로 연락 부탁드립니다.

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 5, 2024 10:00 AM
To: policy@kakaocorp.com
Subject: [{R2}] 명예훼손 게시물 시정요구

아래 4건에 대해 삭제 등 필요한 조치를 요구합니다.
{K1}
{K2}
{K3}
{K4}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' with the original request appended",
    why="an auto-reply; the URLs are only in the appended original request",
    items={},
)

dsn = f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="dsn.B7730F1.1726041722"

This is a MIME-encapsulated message.

--dsn.B7730F1.1726041722
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host inbound.band.us[203.0.113.41] said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)

--dsn.B7730F1.1726041722
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.band.us
Arrival-Date: Wed, 11 Sep 2024 10:00:08 +0900

Final-Recipient: rfc822; report@band.us
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn.B7730F1.1726041722
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report@band.us
Date: Wed, 11 Sep 2024 10:00:00 +0900
Subject: [{R5}] obscene content
Message-ID: <{R5}@kcsc.example>
Content-Type: text/plain; charset=us-ascii

Please remove the following posts:
{B1}
{B2}

--dsn.B7730F1.1726041722--
"""
case(
    name="band-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx2.band.us"},
    auth="none",
    name_from="Mail Delivery System",
    date=d(11, 17, 2, 2),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request",
    why="a bounce; the URLs are in the returned original",
    items={},
)

mdn = f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_20240905_7731"

------=_MDN_20240905_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.
제목: [{R2}] 명예훼손 게시물 시정요구
읽은 시간: 2024-09-05 오후 2:16

------=_MDN_20240905_7731
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; policy@kakaocorp.com
Original-Message-ID: <{R2}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_20240905_7731--
"""
case(
    name="kakao-read-receipt",
    **{"from": "policy@kakaocorp.com"},
    name_from=h("카카오 정책팀"),
    date=d(5, 14, 16, 30),
    subject=h(f"읽음: [{R2}] 명예훼손 게시물 시정요구"),
    raw_mime=mdn,
    outcome="ignored",
    classification="read_receipt",
    imitates="MDN read receipt (읽음:) from a corporate webmail",
    why="a read receipt says nothing about items",
    items={},
)

case(
    name="youtube-ticket-receipt",
    **{"from": "legal-support@youtube.com"},
    name_from="YouTube Legal Support",
    date=d(9, 10, 1, 12),
    subject="[3-8827000031264] We've received your legal request",
    body=f"""
Hello,

Thank you for contacting YouTube. This is an automated confirmation that we
have received your request (your reference: {R3}).

Case ID: 3-8827000031264

Our team will review the content you reported and get back to you. Please
keep the case ID in the subject line if you write to us about this request.

- YouTube Legal Support
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt with a 3-xxxx case ID",
    why="a pure receipt: case created, review to follow",
    items={},
)

case(
    name="naver-receipt-korean",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date=d(12, 10, 2, 40),
    subject=h("[네이버 고객센터] 문의가 접수되었습니다"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 · 접수번호: NV-240912-01884
 · 문의 제목: [{R6}] 의약품 불법 판매 게시물 시정요구
 · 접수 일시: 2024.09.12 10:02

담당자 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
답변이 등록되면 메일로 알려드립니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre 접수 완료 receipt",
    why="a pure acknowledgement (접수번호, answer to follow)",
    items={},
)

case(
    name="dc-noreply-autoreply",
    **{"from": "noreply@dcinside.com"},
    name_from=h("디시인사이드"),
    date=d(10, 10, 0, 20),
    subject=h(f"[자동응답] Re: [{R4}] 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
본 메일은 자동응답 메일입니다.

보내주신 메일은 확인되지 않는 발신 전용 주소로 전송되었습니다.
게시물 삭제 요청은 디시인사이드 고객센터의 '게시물 삭제 요청' 메뉴를 이용해 주시기 바랍니다.
https://www.dcinside.com/help/removal

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="no-reply mailbox auto-answer pointing to a web form",
    why="an auto-reply; the help link is not an item",
    items={},
)


HEADER = f"""# Blind set 887 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from the meaning of each email, before any run of the reader.
# Requests: {R1} (12 items), {R2} (4), {R3} (3), {R4} (5), {R5} (2), {R6} (1), {R7} (1).
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind887", HEADER, CASES)


if __name__ == "__main__":
    main()
