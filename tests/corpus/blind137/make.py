#!/usr/bin/env python3
"""Blind set 137 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (공문 style, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies), plus receipts, auto-replies,
bounces and read receipts.

    python3 tests/corpus/blind137/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the email's meaning alone, before
any run of the reader. All names, ids and URLs are invented.
"""
import base64
import csv
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07",
)

# R1 NAVER, 14 items (the largest request)
N1 = "https://blog.naver.com/moonlit_bet77/223561001"
N2 = "https://blog.naver.com/moonlit_bet77/223561045"
N3 = "https://blog.naver.com/greenpill_shop/223558870"
N4 = "https://cafe.naver.com/jackpotclub88/1204"
N5 = "https://cafe.naver.com/jackpotclub88/1217"
N6 = "https://cafe.naver.com/slotnara/5530"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471852301"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471852399"
N9 = "https://blog.naver.com/daebak_tips/223570112"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5521901"
N11 = "https://cafe.naver.com/slotnara/5541"
N12 = "https://blog.naver.com/greenpill_shop/223559004"
N13 = "https://tv.naver.com/v/59012734"
N14 = "https://cafe.naver.com/jackpotclub88/1233"
R1_ITEMS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

# R2 Kakao (Daum cafe, Tistory, Kakao TV), 5 items
K1 = "https://cafe.daum.net/moneytree99/aB3k/118"
K2 = "https://cafe.daum.net/moneytree99/aB3k/121"
K3 = "https://luckyday-777.tistory.com/42"
K4 = "https://luckyday-777.tistory.com/45"
K5 = "https://tv.kakao.com/v/448120931"
R2_ITEMS = [K1, K2, K3, K4, K5]

# R3 YouTube, 4 items (the channel handle is Korean: @밤하늘카지노)
Y1 = "https://www.youtube.com/watch?v=Qm7xK2pLr0A"
Y2 = "https://www.youtube.com/watch?v=Zt4nW8cVb1E"
Y3 = "https://www.youtube.com/shorts/Hj2sD9fGk3M"
Y4 = "https://www.youtube.com/@%EB%B0%A4%ED%95%98%EB%8A%98%EC%B9%B4%EC%A7%80%EB%85%B8"
Y4_RAW = "https://www.youtube.com/@밤하늘카지노"
R3_ITEMS = [Y1, Y2, Y3, Y4]

# R4 DC Inside, 3 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55102"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55187"
R4_ITEMS = [D1, D2, D3]

# R5 BAND, 2 items
B1 = "https://band.us/band/81234567/post/1502"
B2 = "https://band.us/band/81234567/post/1519"
R5_ITEMS = [B1, B2]

# R6 NAVER, 1 item
S1 = "https://blog.naver.com/sunny_loan24/223575566"

# R7 Kakao (Tistory entry with a Korean slug), 1 item
T1 = ("https://jusik-ddaengi.tistory.com/entry/"
      "%EA%B8%89%EB%93%B1%EC%A3%BC-%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C%EC%B4%88%EB%8C%80")
T1_RAW = "https://jusik-ddaengi.tistory.com/entry/급등주-리딩방-무료초대"

REQUESTS = [
    (R1, "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T18:00:00+09:00", R1_ITEMS,
     "gambling", "불법 도박 홍보 (블로그·카페·지식iN·포스트·TV)"),
    (R2, "kakao", "2024-09-05T10:30:00+09:00", "2024-09-12T18:00:00+09:00", R2_ITEMS,
     "gambling", "다음 카페·티스토리·카카오TV 도박 광고"),
    (R3, "youtube", "2024-09-09T16:00:00+09:00", "2024-09-16T18:00:00+09:00", R3_ITEMS,
     "gambling", "온라인 카지노 홍보 영상 및 채널"),
    (R4, "dcinside", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00", R4_ITEMS,
     "fraud", "코인 리딩방 사기 홍보 게시물"),
    (R5, "band", "2024-09-11T09:40:00+09:00", "2024-09-18T18:00:00+09:00", R5_ITEMS,
     "drugs", "밴드 내 의약품 불법 판매 글"),
    (R6, "naver", "2024-09-12T15:20:00+09:00", "2024-09-19T18:00:00+09:00", [S1],
     "fraud", "불법 대부 광고 블로그 글"),
    (R7, "kakao", "2024-09-13T10:10:00+09:00", "2024-09-20T18:00:00+09:00", [T1],
     "fraud", "주식 리딩방 유인 티스토리 글"),
]


def mid(ref):
    return "req." + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, items, cat, note in REQUESTS:
            for u in items:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# ---------------------------------------------------------------- helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def request_quote(ref, sent, items, prefix=""):
    """Our own request as it appears quoted under a reply."""
    lines = [
        f"[{ref}] 정보통신망 불법정보 시정요구 통지",
        "",
        "귀사 서비스에 게시된 아래 정보에 대하여 시정요구(삭제 또는 접속차단)를 통지합니다.",
        "",
    ]
    for i, u in enumerate(items, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"조치 결과를 {sent}까지 회신하여 주시기 바랍니다.", "", "방송통신심의위원회 통신심의 담당"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


NAVER = "NAVER 정책지원"
KAKAO = "카카오 권리침해신고센터"

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-result-table-14",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Fri, 06 Sep 2024 17:42:10 +0900",
    subject=f"[회신] 시정요구({R1})에 대한 조치결과 통보",
    reply_to_req=mid(R1),
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 통신심의국
참조  통신심의 담당자
제목  시정요구({R1})에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 통지하신 시정요구(관리번호 {R1})와 관련하여, 당사의 조치 결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL | 조치결과 | 조치일
1 | {N1} | 삭제 | 2024.09.04
2 | {N2} | 삭제 | 2024.09.04
3 | {N3} | 게시중단 | 2024.09.04
4 | {N4} | 삭제 | 2024.09.05
5 | {N5} | 삭제 | 2024.09.05
6 | {N6} | 삭제 | 2024.09.05
7 | {N7} | 게시물 없음(작성자 삭제) | -
8 | {N8} | 블라인드 | 2024.09.05
9 | {N9} | 임시조치(30일) | 2024.09.05
10 | {N10} | 삭제 | 2024.09.06
11 | {N11} | 게시물 없음 | -
12 | {N12} | 게시중단 | 2024.09.06
13 | {N13} | 조치불가(위반사항 미확인) | -
14 | {N14} | 삭제 | 2024.09.06

※ 13번 영상은 게임 리뷰 콘텐츠로서 도박 사이트 홍보 문구나 링크가 확인되지 않아 게시를 유지합니다.
※ 서비스 운영정책: https://policy.naver.com/policy/service.html

3. 기타 문의사항은 정책지원팀(policy@navercorp.com)으로 연락 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구에 대한 조치결과 통보 with a numbered result table",
    why="14-row pipe table, each URL with its own result: 삭제/게시중단/블라인드 removed, 임시조치 restricted, 게시물 없음 not_found, 조치불가(위반사항 미확인) rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed", N6: "removed",
           N7: "not_found", N8: "removed", N9: "restricted", N10: "removed", N11: "not_found",
           N12: "removed", N13: "rejected", N14: "removed"},
)

_html_rows = [(N1, "삭제", ""), (N2, "삭제", ""), (N4, "삭제", "카페 운영원칙 위반"),
              (N5, "삭제", "카페 운영원칙 위반"), (N6, "삭제", ""), (N14, "해당 URL 확인 불가", "존재하지 않는 게시물")]
_html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(""" + R1 + """) 중 블로그·카페 게시물의 조치결과를 아래 표와 같이 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eeeeee"><th>순번</th><th>시정요구 URL</th><th>조치 내용</th><th>비고</th></tr>
""" + "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u.replace("&", "&amp;")}</a></td><td>{s}</td><td>{n}</td></tr>'
    for i, (u, s, n) in enumerate(_html_rows, 1)) + """
</table>
<p>나머지 게시물은 서비스별 확인이 끝나는 대로 회신드리겠습니다.</p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>"""
case(
    name="naver-sijeong-html-table-b64",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Thu, 05 Sep 2024 11:03:27 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html),
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 table sent as a base64 HTML mail",
    why="HTML table: five rows 삭제 (removed), one row 해당 URL 확인 불가/존재하지 않는 게시물 (not_found); the rest promised later",
    items={N1: "removed", N2: "removed", N4: "removed", N5: "removed", N6: "removed", N14: "not_found"},
)

_csv_rows = [
    ("1", N1, "삭제", "2024-09-04"), ("2", N2, "삭제", "2024-09-04"), ("3", N3, "삭제", "2024-09-04"),
    ("4", N4, "임시조치", "2024-09-05"), ("5", N5, "삭제", "2024-09-05"),
    ("6", N6, "게시물 없음", ""), ("7", N7, "작성자 자진 삭제(기삭제)", ""),
    ("8", N8, "삭제", "2024-09-05"), ("9", N9, "위반 아님(게시 유지)", ""),
    ("10", N10, "비공개 처리", "2024-09-06"),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "조치일자"])
for _r in _csv_rows:
    _w.writerow(_r)
case(
    name="naver-csv-attachment-10",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Mon, 09 Sep 2024 09:15:00 +0900",
    subject=f"[NAVER] {R1} 조치결과 송부",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b137_csv"

--=_nv_b137_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R1} 건 중 10건에 대한 조치결과를 첨부 파일(CSV)로 송부드립니다.
나머지 4건은 확인 중입니다.

감사합니다.

--=_nv_b137_csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_buf.getvalue())}
--=_nv_b137_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (번호, URL, 조치결과, 조치일자)",
    why="CSV rows: 삭제/비공개 처리 removed, 임시조치 restricted, 게시물 없음 and 작성자 자진 삭제 not_found, 위반 아님(게시 유지) rejected; 4 items said to be still checked",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "restricted", N5: "removed",
           N6: "not_found", N7: "not_found", N8: "removed", N9: "rejected", N10: "removed"},
)

case(
    name="naver-cafe-ops-informal",
    **{"from": "doyoon.kim@navercorp.com"}, name_from="김도윤",
    date="Wed, 04 Sep 2024 16:27:51 +0900",
    subject=f"Re: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 카페 운영팀 김도윤입니다.
보내주신 건 중에 슬롯나라 카페 글 두 개 먼저 말씀드릴게요.

{N6}
이 글은 오늘 오전에 운영자 삭제했습니다.

{N11}
이건 저희가 들어가 봤을 때 이미 작성자가 지운 글이었어요. 카페 내에 남아 있는 게시물이 없습니다.

블로그랑 지식iN 쪽은 각 담당 부서에서 따로 회신드릴 거예요.
수고하세요.

김도윤 드림
네이버 카페 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal's cafe operations staff member",
    why="each URL followed by its statement: 운영자 삭제 (removed); already deleted by its author (not_found); the other items only promised",
    items={N6: "removed", N11: "not_found"},
)

case(
    name="naver-kin-url-then-status",
    **{"from": "kin_help@naver.com"}, name_from="네이버 지식iN",
    date="Thu, 05 Sep 2024 10:48:09 +0900",
    subject=f"[지식iN] 요청 게시물 처리 결과 안내 ({R1})",
    body=f"""
[지식iN] 요청 게시물 처리 결과 안내

안녕하세요. 네이버 지식iN 운영 담당자입니다.
요청하신 지식iN 게시물 2건의 처리 결과를 안내드립니다.

{N7}
  → 존재하지 않는 게시물입니다. (질문자가 이미 삭제한 질문)

{N8}
  → 질문 및 답변 전체 블라인드 처리 완료

지식iN 운영원칙: https://kin.naver.com/help/policy.naver

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN operations notice: bare URL with an arrow result line below",
    why="status on the line under each bare URL: 존재하지 않는 게시물 (not_found), 블라인드 처리 완료 (removed)",
    items={N7: "not_found", N8: "removed"},
)

case(
    name="naver-top-posted-over-outlook-quote",
    **{"from": "blog_cs@navercorp.com"}, name_from="네이버 블로그 고객센터",
    date="Fri, 06 Sep 2024 14:05:33 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 블로그·포스트·TV 고객센터입니다.

문의하신 건 중 아래 게시물에 대한 처리 결과를 안내드립니다.

- {N9} : 게시중단(삭제) 완료
- {N10} : 포스트 비공개 전환 완료
- {N13} : 검토 결과 운영정책상 위반 사항이 확인되지 않아 게시를 유지합니다. (도박 광고가 아닌 게임 리뷰 영상으로 판단)

나머지 게시물은 각 서비스 담당 부서에서 별도로 안내드립니다.

고객센터 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 2:00 PM
To: policy@navercorp.com
Subject: [{R1}] 정보통신망 불법정보 시정요구 통지

{request_quote(R1, "2024. 9. 9.", R1_ITEMS)}
""",
    outcome="applied", classification="confirmation",
    imitates="top-posted help-centre reply above an Outlook '-----Original Message-----' quote of the request",
    why="three items stated above the quote (removed, removed, rejected with reason); the 14 URLs in the quoted request are not statements",
    items={N9: "removed", N10: "removed", N13: "rejected"},
)

case(
    name="naver-single-item-sole-statement",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Fri, 13 Sep 2024 18:20:45 +0900",
    subject=f"RE: [{R6}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R6),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 시정요구({R6})와 관련하여, 해당 게시물에 대해 2024년 9월 13일자로 게시중단 조치하였음을 알려드립니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 게시중단 completion notice for a one-item request",
    why="the only statement names no URL but answers a one-item request by reference and thread: 게시중단 = removed",
    items={S1: "removed"},
)

_imsi = f"""안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의2에 따라 아래와 같이 임시조치하였습니다.

■ 대상 게시물: {S1}
■ 조치 내용: 임시조치 (30일간 게시물 접근 차단)
■ 조치 일시: 2024-09-13 11:02

임시조치 기간 중 게시자가 재게시를 요청할 수 있으며, 재게시 요청 시 관련 내용을 별도로 안내드립니다.

네이버 권리보호센터
https://right.naver.com/
"""
case(
    name="naver-imsijochi-qp",
    **{"from": "right_noreply@naver.com"}, name_from="네이버 권리보호센터",
    date="Fri, 13 Sep 2024 11:05:12 +0900",
    subject=f"[네이버] 게시물 임시조치 안내 ({R6})",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_imsi),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2), quoted-printable",
    why="임시조치 (30-day access block) of the named post: restricted; the re-post possibility is not a statement",
    items={S1: "restricted"},
)

case(
    name="kakao-receipt-plus-results-list",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Mon, 09 Sep 2024 15:31:02 +0900",
    subject=f"[카카오] 권리침해 신고 처리 결과 안내 ({R2})",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 신고({R2})가 정상적으로 접수되었으며, 검토 결과 아래와 같이 처리되었음을 알려드립니다.

1. {K1}
   - 처리결과: 게시물 삭제
2. {K2}
   - 처리결과: 게시물 삭제
3. {K3}
   - 처리결과: 블라인드 처리
4. {K4}
   - 처리결과: 해당 게시물을 찾을 수 없습니다(주소 오류 또는 이미 삭제된 게시물).
5. {K5}
   - 처리결과: 청소년 유해 정보로 분류하여 19세 미만 이용자 접근 제한

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 result notice: 접수 sentence followed by a numbered per-URL result list",
    why="acknowledgement phrase plus unhedged per-item results: 삭제/블라인드 removed, 찾을 수 없음 not_found, 19세 미만 접근 제한 restricted",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "restricted"},
)

case(
    name="kakao-daum-cafe-html-table",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date="Tue, 10 Sep 2024 10:12:40 +0900",
    subject=f"[Daum 카페] 신고 게시물 조치 결과 ({R2})",
    type="html",
    body=f"""
<html><body>
<p>안녕하세요, Daum 카페 운영팀입니다.</p>
<p>요청하신 카페 게시물 및 티스토리 게시물의 조치 결과입니다.</p>
<table border="1" cellpadding="3">
<thead><tr><th>No</th><th>게시물 주소</th><th>결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>삭제 완료</td></tr>
<tr><td>2</td><td>{K2}</td><td>삭제 완료</td></tr>
<tr><td>3</td><td>{K4}</td><td>게시물 없음</td></tr>
</tbody>
</table>
<p>문의: <a href="https://cs.daum.net/faq/95.html">Daum 고객센터</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 operations notice as an HTML result table",
    why="HTML table rows: 삭제 완료 (removed) x2, 게시물 없음 (not_found); the help link is not an item",
    items={K1: "removed", K2: "removed", K4: "not_found"},
)

case(
    name="kakao-tistory-korean-slug-particle",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Sat, 14 Sep 2024 09:44:18 +0900",
    subject=f"RE: [{R7}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R7),
    body=f"""
안녕하세요, 티스토리 고객센터입니다.

요청하신 <{T1_RAW}>의 게시글은 블로그 운영정책(불법·유해 정보 게시 금지) 위반으로 확인되어 2024년 9월 13일 비공개 처리되었습니다.

해당 블로그에는 운영정책 위반 이력이 누적되어 별도 제재가 함께 진행됩니다.

감사합니다.
티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory help-centre reply naming a Korean-slug entry URL in angle brackets followed by a particle",
    why="raw Korean path matches the percent-encoded request URL; 비공개 처리 = removed",
    items={T1: "removed"},
)

case(
    name="kakao-tistory-age-restricted",
    **{"from": "tistory_cs@kakaocorp.com"}, name_from="티스토리 고객센터",
    date="Wed, 11 Sep 2024 13:20:05 +0900",
    subject=f"[티스토리/카카오TV] {R2} 관련 조치 안내",
    body=f"""
안녕하세요. 카카오 콘텐츠 운영팀입니다.

{R2} 건 가운데 아래 두 건은 성인 대상 콘텐츠로 분류하여 연령 제한을 적용하였습니다.

티스토리 게시글 {K3} 은 성인 인증을 마친 이용자만 열람할 수 있도록 접근 제한하였습니다.
카카오TV 영상（{K5}）은 19세 이상 시청 가능 영상으로 설정을 변경하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao content-operations notice of age restriction (성인 인증 / 19세 이상)",
    why="both items age-restricted (restricted); the second URL is wrapped in full-width parentheses",
    items={K3: "restricted", K5: "restricted"},
)

case(
    name="yt-korean-legal-outcome",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Thu, 12 Sep 2024 08:55:30 +0900",
    subject=f"[YouTube] 법적 요청 처리 결과 안내 - {R3}",
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청({R3})을 검토한 결과 다음과 같이 조치했음을 알려드립니다.

현지 법률에 따라 대한민국에서 아래 콘텐츠에 대한 액세스를 차단했습니다.
- {Y1}
- {Y2}

아래 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y3}

YouTube 커뮤니티 가이드: https://www.youtube.com/howyoutubeworks/policies/community-guidelines/

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal outcome notice in Korean (액세스 차단 in Korea / 커뮤니티 가이드 위반 삭제)",
    why="heading statements cover the bullet URLs below them: two blocked in Korea (restricted), one removed",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-english-actioned-mixed",
    **{"from": "legal-support@youtube.com"}, name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:14:09 +0000",
    subject=f"Re: [{R3}] Request for removal - YouTube",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thanks for your patience while we reviewed the content in your request {R3}.

After review, the video <{Y1}> has been actioned under our policies.

We have restricted access in South Korea to the channel <{Y4_RAW}> based on local law.

We did not take action on <{Y2}>. Our review found that it does not violate our Community Guidelines, and the information provided was not sufficient for us to restrict it under local law.

Regards,
The YouTube Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-support reply in English (actioned / restricted in country / no action taken)",
    why="platform phrase 'has been actioned under our policies' = removed; channel restricted in Korea (raw Korean handle); no action with reason = rejected",
    items={Y1: "removed", Y4: "restricted", Y2: "rejected"},
)

case(
    name="yt-statement-then-url-below",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Sat, 14 Sep 2024 07:30:00 +0900",
    subject=f"[YouTube] 채널 및 동영상 조치 안내 ({R3})",
    body=f"""
안녕하세요. YouTube 팀입니다.

다음 동영상이 YouTube에서 삭제되었습니다.
{Y3}

다음 채널은 스팸, 현혹 행위 및 사기 관련 정책을 반복적으로 위반하여 해지되었습니다.
{Y4_RAW}

YouTube를 안전하게 유지하는 데 도움을 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean notice: statement line with the URL on the line below it",
    why="video removed; channel terminated (해지) = removed; raw Korean handle matches the percent-encoded URL",
    items={Y3: "removed", Y4: "removed"},
)

case(
    name="yt-sor-style-korea-only",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Sun, 15 Sep 2024 10:01:44 +0900",
    subject=f"조치 사유 안내 - {R3}",
    body=f"""
조치 사유 안내

요청 번호: {R3}
대상 콘텐츠: {Y2}
조치 유형: 특정 국가(대한민국) 내 이용 제한
조치 근거: 현지 법률 (정보통신망법 제44조의7)
조치 일자: 2024-09-14
자동화 수단 사용 여부: 검토자가 직접 판단함

업로더는 이 조치에 대해 이의를 제기할 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="statement-of-reasons style notice (DSA SoR fields) written in Korean",
    why="one named video restricted within Korea only (restricted); the appeal sentence is not a statement",
    items={Y2: "restricted"},
)

case(
    name="dc-operator-numbered-list",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 11 Sep 2024 14:22:37 +0900",
    subject=f"RE: [{R4}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청주신 건 확인하여 아래와 같이 처리했습니다.

1) {D1}
   → 게시물 삭제, 작성자 IP 차단
2) {D2}
   → 게시물 삭제
3) {D3}
   → 게시물 삭제, 해당 마이너 갤러리 관리자에게 경고 조치

추가로 확인 필요한 부분 있으시면 회신 부탁드립니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations team reply with a numbered list and arrow results",
    why="three URLs each followed by 게시물 삭제 (removed); IP block and warning are extra",
    items={D1: "removed", D2: "removed", D3: "removed"},
)

case(
    name="dc-mixed-over-gmail-quote",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 19:08:15 +0900",
    subject=f"Re: [{R4}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요.
요청하신 게시물 3건 처리 결과입니다.

{D1} - 삭제 완료
{D2} - 이미 삭제된 게시물입니다 (작성자 본인 삭제)
{D3} - 확인 결과 거래소 공지 내용을 요약한 글로, 사기 홍보로 보기 어려워 게시를 유지합니다.

감사합니다.

2024년 9월 10일 (화) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{request_quote(R4, "2024. 9. 17.", R4_ITEMS, "> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply from a community's report desk over the '>' quoted request",
    why="removed; already deleted by its author (not_found); kept with its reason (rejected); quoted URLs are not statements",
    items={D1: "removed", D2: "not_found", D3: "rejected"},
)

_dc_plain = f"""디시인사이드 게시물 조치 안내

{R4} 요청 건 중 마이너 갤러리(coinbet) 게시물 2건을 삭제하였습니다.

- {D2}
- {D3}

디시인사이드 운영팀
"""
_dc_html = f"""<html><body>
<h3>디시인사이드 게시물 조치 안내</h3>
<p>{R4} 요청 건 중 마이너 갤러리(coinbet) 게시물 2건을 삭제하였습니다.</p>
<ul>
<li><a href="{D2}">{D2.replace("&", "&amp;")}</a></li>
<li><a href="{D3}">{D3.replace("&", "&amp;")}</a></li>
</ul>
<p>디시인사이드 운영팀</p>
</body></html>"""
case(
    name="dc-alternative-bullets",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Wed, 11 Sep 2024 17:45:02 +0900",
    subject=f"[디시인사이드] 게시물 조치 안내 ({R4})",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="dc_b137_alt"

--dc_b137_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dc_plain}
--dc_b137_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{_dc_html}
--dc_b137_alt--
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside notice mail (multipart/alternative) with a bulleted list under one statement",
    why="statement '게시물 2건을 삭제하였습니다' covers the two bulleted URLs that follow: removed",
    items={D2: "removed", D3: "removed"},
)

case(
    name="band-report-result",
    **{"from": "noreply@band.us"}, name_from="BAND",
    date="Thu, 12 Sep 2024 12:30:11 +0900",
    subject=f"[BAND] 신고하신 게시글 처리 결과 ({R5})",
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고하신 게시글의 처리 결과를 알려드립니다.

게시글: {B1}
처리 결과: 운영정책(불법 상품 거래) 위반으로 게시글이 삭제되었습니다.

게시글: {B2}
처리 결과: 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다. (의약품 판매가 아닌 복용 후기 글)

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND help-centre report outcome notice (게시글 / 처리 결과 blocks)",
    why="first post deleted (removed); second kept because no violation, with its reason (rejected)",
    items={B1: "removed", B2: "rejected"},
)

_band_qp = f"""안녕하세요, BAND 안전운영팀 이서진입니다.

말씀하신 밴드 게시글 두 건 모두 확인했고요,
{B1} 와 {B2} 둘 다 오늘 삭제했습니다. 밴드 리더에게도 경고 메시지 발송했습니다.

이서진 드림

-----Original Message-----
From: "KCSC Takedown" <takedown@kcsc.example>
To: <help@band.us>
Sent: 2024-09-11 (수) 09:40:00
Subject: [{R5}] 정보통신망 불법정보 시정요구 통지

{request_quote(R5, "2024. 9. 18.", R5_ITEMS)}
"""
case(
    name="band-informal-qp-outlook-quote",
    **{"from": "seojin.lee@band.us"}, name_from="이서진",
    date="Thu, 12 Sep 2024 17:02:48 +0900",
    subject=f"RE: [{R5}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R5),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_band_qp),
    outcome="applied", classification="confirmation",
    imitates="informal staff reply (quoted-printable) over a Korean Outlook-style original message",
    why="both URLs named in one sentence '둘 다 오늘 삭제했습니다': removed; quoted request below is not a statement",
    items={B1: "removed", B2: "removed"},
)

case(
    name="naver-brackets-fullwidth-comma",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Wed, 04 Sep 2024 20:11:56 +0900",
    subject=f"[네이버] 의약품 불법 판매 게시물 조치 결과 ({R1})",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구({R1}) 대상 중 「{N3}」，「{N12}」 두 게시물은 전문의약품 불법 판매 게시물로 확인되어 2024. 9. 4. 게시중단하였습니다.

해당 블로그(greenpill_shop)는 이용 제한 조치도 함께 진행하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 notice with URLs in 「」 brackets separated by a full-width comma",
    why="both bracketed URLs are named in the 게시중단 sentence: removed",
    items={N3: "removed", N12: "removed"},
)

case(
    name="naver-kin-echoed-report",
    **{"from": "report_noreply@naver.com"}, name_from="네이버 신고센터",
    date="Tue, 03 Sep 2024 22:40:19 +0900",
    subject="[네이버 신고센터] 신고 처리 결과 안내 (RPT-20240902-55721)",
    body=f"""
네이버 신고센터 처리 결과 안내

[신고 접수 내용]
- 접수번호: RPT-20240902-55721
- 신고 대상: {N8}
- 신고 사유: 불법 도박 사이트 홍보
- 관련 요청: {R1}
- 접수 일시: 2024-09-02 14:05

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 게시물 삭제 (지식iN 운영원칙 위반)
- 처리 일시: 2024-09-03 22:31

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result notice echoing the report form fields",
    why="echoed report names the one reported URL; 조치 내용: 게시물 삭제 = removed",
    items={N8: "removed"},
)

_kakao_b64 = f"""안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 건에 대한 2차 처리 결과를 안내드립니다.

· {K1} : 삭제
· {K3} : 블라인드 처리
· {K5} : 검토 결과 도박 홍보 내용이 확인되지 않아 조치하지 않음 (일반 스포츠 하이라이트 영상)

감사합니다.
"""
case(
    name="kakao-b64-middot-list",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Thu, 12 Sep 2024 16:40:03 +0900",
    subject=f"[카카오] {R2} 2차 처리 결과",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_kakao_b64),
    outcome="applied", classification="confirmation",
    imitates="Kakao 2nd result notice (base64 plain text, middle-dot list 'URL : 결과')",
    why="삭제 and 블라인드 removed; 조치하지 않음 with its reason rejected",
    items={K1: "removed", K3: "removed", K5: "rejected"},
)

case(
    name="naver-tv-age-limit-wrapped-url",
    **{"from": "tv_help@navercorp.com"}, name_from="네이버TV 고객센터",
    date="Sat, 07 Sep 2024 11:19:27 +0900",
    subject=f"Re: [{R1}] 네이버TV/포스트 게시물 관련",
    body=f"""
안녕하세요. 네이버TV·포스트 고객센터입니다.

1. 네이버TV 클립 {N13}
   도박 사이트 직접 홍보는 확인되지 않았으나, 사행성 묘사가 포함되어 있어
   19세 이상 연령 제한을 설정하였습니다.

2. 포스트 https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=5521901
   운영원칙 위반으로 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV/Post help-centre reply; a long URL broken by the sender's mail client after '&'",
    why="clip age-restricted (restricted); the post URL is wrapped across two lines but unambiguous, 비공개 처리 = removed (arguable, see NOTES)",
    items={N13: "restricted", N10: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Tue, 03 Sep 2024 10:05:00 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

보내주신 시정요구 건 잘 받았습니다.
이 중 {N1}, {N2} 두 건은 동일 작성자의 게시물로 확인되어 담당 부서에서 검토 후 순차적으로 게시중단 조치할 예정입니다.
조치가 완료되면 결과를 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal interim reply promising 게시중단 after review",
    why="names two requested URLs but only promises action (조치할 예정): not a statement, items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-hedged-already-deleted",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 06 Sep 2024 17:12:55 +0900",
    subject=f"RE: [{R2}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

확인해 보니 {K3} 게시물은 이미 작성자에 의해 삭제된 것으로 보입니다.
다만 시스템상 삭제 이력이 명확하지 않아, 정확한 내용은 블로그 담당 부서 확인 후 다시 안내드리겠습니다.

나머지 게시물은 현재 검토 중입니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim reply with a hedged 'seems already deleted'",
    why="'삭제된 것으로 보입니다' is a hedge and the rest is under review: nothing applied",
    items={K3: "pending"},
)

case(
    name="naver-bulk-all-14",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER,
    date="Mon, 09 Sep 2024 18:30:21 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 통지하신 시정요구({R1})와 관련하여, 요청하신 게시물 전체에 대해 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
네이버 정책지원팀
""",
    outcome="review", review="bulk",
    imitates="portal one-line completion notice for a whole multi-item request",
    why="'요청하신 게시물 전체' for a 14-item request without naming each item: bulk, items pending",
    items={},
)

case(
    name="kakao-bulk-five-all-deleted",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Wed, 11 Sep 2024 09:02:14 +0900",
    subject=f"[카카오] {R2} 처리 완료",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

{R2} 건으로 요청 주신 5건 모두 확인 후 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao short 처리 완료 notice covering a five-item request by count",
    why="'5건 모두 삭제' names no item of a five-item request: bulk",
    items={},
)

case(
    name="naver-auth-fail-cafe-results",
    **{"from": "policy-reply@navercorp.com"}, name_from=NAVER, auth="fail",
    date="Thu, 05 Sep 2024 21:44:02 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 카페 게시물은 삭제 조치하였습니다.
- {N4}
- {N5}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice that failed DKIM/SPF/DMARC",
    why="From a NAVER domain but authentication fails: untrusted, nothing applied",
    items={N4: "pending", N5: "pending"},
)

case(
    name="dc-auth-fail-not-found",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터", auth="fail",
    date="Fri, 13 Sep 2024 03:17:40 +0900",
    subject=f"Re: [{R4}] 처리 결과",
    body=f"""
요청하신 게시물은 확인 결과 존재하지 않는 게시물입니다.

{D1}
{D2}

디시인사이드
""",
    outcome="review", review="untrusted",
    imitates="community report-desk reply whose DMARC check failed",
    why="statements about two items from dcinside.com failing authentication: untrusted",
    items={D1: "pending", D2: "pending"},
)

case(
    name="cafe-manager-gmail-unknown",
    **{"from": "slotnara.manager@gmail.com"}, name_from="슬롯나라 카페매니저",
    date="Wed, 04 Sep 2024 23:51:09 +0900",
    subject=f"카페 게시글 삭제 관련 ({R1})",
    body=f"""
안녕하세요 네이버 카페 '슬롯나라' 매니저입니다.
네이버 쪽에서 연락받고 메일 드립니다.

{N6} 이 글 제가 방금 삭제했고요, 해당 회원 강퇴 처리했습니다.
앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="informal note from a cafe's volunteer manager writing from a personal webmail address",
    why="states a deletion of a requested NAVER item, but from gmail.com, not a platform domain: unknown_sender",
    items={N6: "pending"},
)

case(
    name="lawfirm-objection-unknown",
    **{"from": "jhpark@hanbit-law.example"}, name_from="법무법인 한빛 박지훈 변호사",
    date="Mon, 09 Sep 2024 14:36:28 +0900",
    subject=f"[의견서] 시정요구({R1}) 관련 게시물에 대한 의견 제출",
    body=f"""
방송통신심의위원회 귀중

당 법인은 블로그 'daebak_tips' 운영자의 대리인으로서, 귀 위원회의 시정요구({R1}) 대상 게시물 중
{N9}
에 관하여 의견을 제출합니다.

위 게시물은 스포츠 경기 분석 글로서 도박 사이트를 홍보하는 내용이 아니며, 네이버 측에서도 현재 게시를 유지하고 있는 것으로 압니다.
이에 시정요구의 재검토를 요청드립니다.

법무법인 한빛 변호사 박지훈
""",
    outcome="review", review="unknown_sender",
    imitates="law firm's 의견서 on behalf of a blogger, sent to the regulator's mailbox",
    why="names a requested URL and the request, from a non-platform domain: unknown_sender; its claim that the post stays up is not NAVER's statement",
    items={N9: "pending"},
)

case(
    name="kakao-misdirected-naver-item",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO,
    date="Fri, 06 Sep 2024 11:28:47 +0900",
    subject=f"RE: [{R1}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

보내주신 메일을 확인하였습니다. 요청 목록 중 아래 게시물은 삭제된 상태임을 확인하였습니다.

{N3}

참고로 해당 게시물은 카카오 서비스가 아닌 네이버 블로그 게시물이며, 나머지 요청 건 역시 당사 서비스에 해당하지 않습니다.
""",
    outcome="review", review="wrong_platform",
    imitates="reply from a different portal that received a misaddressed request",
    why="Kakao states a status for a NAVER item: wrong_platform, the NAVER item stays pending",
    items={N3: "pending"},
)

case(
    name="band-policy-notice-no-claims",
    **{"from": "notice@band.us"}, name_from="BAND",
    date="Tue, 17 Sep 2024 10:00:00 +0900",
    subject="[BAND] 운영정책 개정 안내",
    body="""
안녕하세요. BAND입니다.

BAND 운영정책이 2024년 10월 1일자로 일부 개정됩니다.

주요 개정 내용
- 불법 의약품·마약류 거래 게시물에 대한 제재 기준 구체화
- 신고 처리 결과 안내 방식 개선 (앱 알림 및 이메일)
- 반복 위반 밴드에 대한 검색 노출 제한 추가

자세한 내용은 운영정책 페이지에서 확인하실 수 있습니다.
https://band.us/policy/operation

감사합니다.
BAND 드림
""",
    outcome="review", review="no_claims",
    imitates="BAND service notice (운영정책 개정 안내) mailed to a registered reporter address",
    why="trusted BAND mail that names no requested item and references no request: no_claims",
    items={},
)

case(
    name="yt-asks-court-order",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 06:12:39 +0900",
    subject=f"[YouTube] 추가 정보 요청 - {R3}",
    body=f"""
안녕하세요.

귀하의 요청({R3})을 검토하고 있습니다. 아래 콘텐츠에 대해 조치를 검토하려면 추가 정보가 필요합니다.

- {Y1}
- {Y2}

해당 콘텐츠가 대한민국 법률을 위반한다고 판단하신 구체적인 근거 조항과, 심의 의결서 또는 관련 결정문 사본을 이 메일에 회신하여 보내주시기 바랍니다.
추가 정보를 받은 후 요청을 계속 처리하겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube Legal request for more information (legal basis / decision copy)",
    why="asks for supporting documents before acting on two named videos: asks_more, items pending",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="dc-conditional-after-notice-period",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 10:20:00 +0900",
    subject=f"RE: [{R4}] 정보통신망 불법정보 시정요구 통지",
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{D1} 게시물은 작성자에게 소명 기회를 부여하였으며, 소명 기간(7일)이 지나도록 소명이 없으면 삭제될 예정입니다.
소명이 접수되는 경우 내용을 검토하여 다시 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="community operator reply: deletion conditional on the author's response period",
    why="conditional future deletion ('소명이 없으면 삭제될 예정'): not a statement, item pending",
    items={D1: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office",
    **{"from": "hyejin.choi@navercorp.com"}, name_from="최혜진",
    date="Mon, 02 Sep 2024 14:00:41 +0900",
    subject=f"[자동회신] 부재중: [{R1}] 정보통신망 불법정보 시정요구 통지",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid(R1),
    body="""
안녕하세요. 최혜진입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.
감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange Korean out-of-office auto-reply (자동회신 부재중)",
    why="out-of-office auto-reply, no statement",
    items={},
)

case(
    name="kakao-vacation-autoreply",
    **{"from": "minsu.jung@kakaocorp.com"}, name_from="정민수",
    date="Thu, 05 Sep 2024 10:30:52 +0900",
    subject=f"자동 응답: [{R2}] 정보통신망 불법정보 시정요구 통지",
    extra_headers=["Auto-Submitted: auto-replied"],
    body=f"""
[자동 응답] 현재 출장 중으로 9/9(월)에 복귀 예정입니다.
권리침해 신고 관련 문의는 right@kakaocorp.com 으로 보내주시면 담당자가 확인합니다.

-- 정민수 / 카카오 정책팀
""",
    outcome="ignored", classification="auto_reply",
    imitates="Kakao staff business-trip auto-reply (자동 응답)",
    why="auto-reply, no statement",
    items={},
)

case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kakaocorp.com"}, name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 10:10:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b137_k"

--dsn_b137_k
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<tistory-legal@kakaocorp.com>: host mx.kakaocorp.com said:
    550 5.1.1 User unknown

--dsn_b137_k
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kakaocorp.com
Arrival-Date: Fri, 13 Sep 2024 10:10:07 +0900

Final-Recipient: rfc822; tistory-legal@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn_b137_k
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: tistory-legal@kakaocorp.com
Subject: {__import__("email.header").header.Header(f"[{R7}] 정보통신망 불법정보 시정요구 통지", "utf-8").encode()}
Message-ID: <{mid(R7)}@kcsc.example>
Date: Fri, 13 Sep 2024 10:10:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

귀사 서비스에 게시된 아래 정보에 대하여 시정요구(삭제)를 통지합니다.

1. {T1}

--dsn_b137_k--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 User unknown) returning our request with its full text",
    why="bounce; the URL is inside the returned request, not a statement",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "ops@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 11:31:20 +0900",
    subject=f"읽음: [{R4}] 정보통신망 불법정보 시정요구 통지",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b137_dc"

--mdn_b137_dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[{R4}] 정보통신망 불법정보 시정요구 통지"을(를) 수신자가 2024-09-10 11:31에 읽었습니다.

--mdn_b137_dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; ops@dcinside.com
Original-Message-ID: <{mid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b137_dc--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (읽음 확인, message/disposition-notification)",
    why="MDN: the request was displayed, nothing about items",
    items={},
)

case(
    name="naver-receipt-number",
    **{"from": "right_noreply@naver.com"}, name_from="네이버 권리보호센터",
    date="Thu, 12 Sep 2024 15:22:03 +0900",
    subject="[네이버] 게시중단 요청이 접수되었습니다",
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

- 접수번호: NR-20240912-3381
- 관련 요청: {R6}
- 접수일시: 2024-09-12 15:21

담당자가 내용을 확인한 후 처리 결과를 이메일로 안내드리겠습니다.
처리 현황은 게시중단 요청 서비스 마이페이지(https://right.naver.com/mypage)에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단 요청 접수 receipt with a 접수번호",
    why="pure receipt: received, result to follow; the mypage link is not an item",
    items={},
)

case(
    name="yt-legal-ack-case-id",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 16:02:30 +0900",
    subject=f"[2-8812000040112] 법적 요청 접수 확인 - {R3}",
    body=f"""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 접수되었으며 사례 ID는 2-8812000040112입니다.

저희 팀에서 요청을 검토한 후 결과를 이메일로 알려드리겠습니다. 이 메일에 회신할 때 제목의 사례 ID를 유지해 주세요.

감사합니다.
YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request automatic acknowledgement with a case ID",
    why="acknowledgement with a case id; review is only promised",
    items={},
)

case(
    name="band-inquiry-receipt",
    **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 09:41:15 +0900",
    subject="[BAND 고객센터] 문의가 접수되었습니다 (#BD-240911-00927)",
    body=f"""
안녕하세요. BAND 고객센터입니다.

보내주신 문의가 접수되었습니다. (접수번호 #BD-240911-00927)
영업일 기준 3일 이내에 답변드리겠습니다.

문의 제목: [{R5}] 정보통신망 불법정보 시정요구 통지

감사합니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수, ticket number)",
    why="ticket receipt echoing our subject; no item statement",
    items={},
)

HEADER = """# blind137: Korean replies (NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind137/make.py before any run of the reader;
# each expected result comes from the email's meaning alone."""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mailers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    for _c in CASES:
        encode_headers(_c)
    corpuslib.write_set(HERE, "blind137", HEADER, CASES)
    from collections import Counter
    print(len(CASES), dict(Counter(c["outcome"] for c in CASES)))
