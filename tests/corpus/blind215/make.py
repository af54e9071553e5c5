#!/usr/bin/env python3
"""Blind set 215 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean (공문 style 조치결과 회신,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies).

Written from each email's meaning before any run of the reader.

    python3 tests/corpus/blind215/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
"""
import base64
import csv
import datetime
import io
import os
import quopri
from email.header import Header
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind215"
KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss, tzinfo=KST)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


# ---------------------------------------------------------------- requests
R_NAVER = "KCSC-240902-01"   # 14 items, the largest
R_KAKAO = "KCSC-240903-02"   # 5 items
R_YT = "KCSC-240904-03"      # 4 items
R_DC = "KCSC-240905-04"      # 3 items
R_BAND = "KCSC-240906-05"    # 2 items
R_NAVER1 = "KCSC-240909-06"  # 1 item
R_KAKAO1 = "KCSC-240910-07"  # 1 item

N = {
    1: "https://blog.naver.com/lucky_mint77/223561204418",
    2: "https://blog.naver.com/lucky_mint77/223561209935",
    3: "https://blog.naver.com/seoul_bet_tip/223558810042",
    4: "https://cafe.naver.com/jackpotlounge/1187",
    5: "https://cafe.naver.com/jackpotlounge/1192",
    6: "https://cafe.naver.com/jackpotlounge/1205",
    7: "https://cafe.naver.com/winwinclub24/40517",
    8: "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1104&docId=472915530",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38271604&memberNo=51230977",
    10: "https://blog.naver.com/hanriver_slots/223560031207",
    11: "https://m.blog.naver.com/hanriver_slots/223560047712",
    12: "https://cafe.naver.com/winwinclub24/40533",
    13: "https://tv.naver.com/v/58120443",
    14: "https://blog.naver.com/goldenpig_0404/223562771350",
}
N1 = "https://cafe.naver.com/nightowlcafe/8821"
K3_RAW = "https://bluewhale-invest.tistory.com/entry/단타-리딩방-수익-인증"
K = {
    1: "https://cafe.daum.net/moneytree2024/Gx7R/155",
    2: "https://cafe.daum.net/moneytree2024/Gx7R/162",
    3: quote(K3_RAW, safe=":/"),
    4: "https://bluewhale-invest.tistory.com/41",
    5: "https://story.kakao.com/_aB3xQ9/7hGkLmN2pQa",
}
K1 = "https://open.kakao.com/o/gR8xWq2d"
Y = {
    1: "https://www.youtube.com/watch?v=Qm7rT2xK9aZ",
    2: "https://www.youtube.com/watch?v=bN4wE8pL1cY",
    3: "https://www.youtube.com/@daebak_tv_kr",
    4: "https://www.youtube.com/shorts/Hx2kV9mQ0sE",
}
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9918273",
    2: "https://gall.dcinside.com/mgallery/board/view/?id=coin_lounge&no=552031",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_lounge&no=552047",
}
B = {
    1: "https://band.us/band/81734920/post/312",
    2: "https://band.us/band/81734920/post/318",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    (R_NAVER, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     [N[i] for i in range(1, 15)], "gambling", "req-240902-01@kcsc.example",
     "불법 도박 사이트 홍보 게시물 (블로그, 카페, 지식iN, 포스트, TV)"),
    (R_KAKAO, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00",
     [K[i] for i in range(1, 6)], "fraud", "req-240903-02@kcsc.example",
     "불법 주식 리딩방 홍보 (다음 카페, 티스토리, 카카오스토리)"),
    (R_YT, "youtube", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00",
     [Y[i] for i in range(1, 5)], "fraud", "req-240904-03@kcsc.example",
     "코인 투자 사기 홍보 영상 및 채널"),
    (R_DC, "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     [D[i] for i in range(1, 4)], "fraud", "req-240905-04@kcsc.example",
     "갤러리 게시물: 불법 금융 리딩방 모집"),
    (R_BAND, "band", "2024-09-06T10:15:00+09:00", "2024-09-13T18:00:00+09:00",
     [B[1], B[2]], "obscenity", "req-240906-05@kcsc.example",
     "밴드 게시글: 음란물 유통"),
    (R_NAVER1, "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     [N1], "drugs", "req-240909-06@kcsc.example", "카페 게시물: 마약류 판매 광고"),
    (R_KAKAO1, "kakao", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00",
     [K1], "fraud", "req-240910-07@kcsc.example", "오픈채팅방: 불법 리딩방"),
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


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text_or_bytes):
    data = text_or_bytes.encode("utf-8") if isinstance(text_or_bytes, str) else text_or_bytes
    return base64.encodebytes(data).decode("ascii")


REQ_BODY_NAVER = (
    "방송통신심의위원회 통신심의 담당입니다.\n"
    "아래 정보에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」에 따라\n"
    "시정요구(삭제)를 하오니 조치 후 그 결과를 회신하여 주시기 바랍니다.\n\n"
    "요청번호: KCSC-240902-01\n"
    + "".join(f"{i}. {N[i]}\n" for i in range(1, 15))
    + "\n조치기한: 2024. 9. 9.\n"
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-text-table-all",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(6, 17, 42), subject=f"[회신] 시정요구({R_NAVER})에 대한 조치결과 회신",
    reply_to_req="req-240902-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국
발신: 네이버 주식회사 정책협력실
제목: 시정요구({R_NAVER})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2.자로 요청하신 시정요구와 관련하여 당사의 조치결과를
   아래와 같이 회신합니다.

- 아    래 -

연번 | URL                                                                        | 조치결과     | 비고
-----+----------------------------------------------------------------------------+--------------+---------------------------
 1   | {N[1]} | 삭제         |
 2   | {N[2]} | 삭제         |
 3   | {N[3]} | 게시중단     |
 4   | {N[4]} | 임시조치     | 30일
 5   | {N[5]} | 삭제         |
 6   | {N[6]} | 게시물 없음  | 작성자 본인 삭제(9.3.)
 7   | {N[7]} | 블라인드     |
 8   | {N[8]} | 삭제         |
 9   | {N[9]} | 미조치       | 운영정책 위반 사항 없음(게시 유지)
 10  | {N[10]} | 삭제         |
 11  | {N[11]} | 삭제         |
 12  | {N[12]} | 임시조치     | 30일
 13  | {N[13]} | 비공개 처리  |
 14  | {N[14]} | 확인불가     | 존재하지 않는 URL

3. 9번 게시물은 도박 사이트 주소나 가입 유도 문구가 확인되지 않아 게시를 유지하였습니다.
   추가 자료를 주시면 재검토하겠습니다.  끝.

네이버 주식회사 정책협력실 드림
""",
    outcome="applied", classification="confirmation",
    imitates="공문 style 조치결과 회신 from a Korean portal, with a plain-text result table",
    why="trusted NAVER reply stating a result on every row of the 14-item request",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted",
           N[5]: "removed", N[6]: "not_found", N[7]: "removed", N[8]: "removed",
           N[9]: "rejected", N[10]: "removed", N[11]: "removed", N[12]: "restricted",
           N[13]: "removed", N[14]: "not_found"},
)

case(
    name="naver-html-result-table",
    **{"from": "kcsc-report@navercorp.com"}, name_from="NAVER 신고센터",
    date=d(5, 15, 3), subject=f"시정요구 조치결과 통보 ({R_NAVER}, 1차)",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 신고센터입니다.</p>
<p>방송통신심의위원회 시정요구 <b>{R_NAVER}</b> 건에 대한 1차 조치결과를 아래와 같이 통보드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024-09-04 11:20</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td><td>2024-09-04 11:21</td></tr>
<tr><td>3</td><td><a href="{N[5]}">{N[5]}</a></td><td>블라인드</td><td>2024-09-04 15:02</td></tr>
<tr><td>4</td><td><a href="{N[7]}">{N[7]}</a></td><td>임시조치(30일)</td><td>2024-09-05 09:40</td></tr>
<tr><td>5</td><td><a href="{N[10]}">{N[10]}</a></td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 2차로 통보드리겠습니다.</p>
<p>※ 본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/service/5600/contents/19000">네이버 고객센터</a>를 이용해 주세요.</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result notice with an HTML table (시정요구 조치결과)",
    why="HTML table with one result per row for five of the fourteen items; help link is no item",
    items={N[1]: "removed", N[2]: "removed", N[5]: "removed", N[7]: "restricted",
           N[10]: "not_found"},
)

_csv_rows = [
    ["번호", "URL", "조치결과", "조치일자", "비고"],
    ["1", N[3], "삭제", "2024-09-05", ""],
    ["2", N[4], "삭제", "2024-09-05", ""],
    ["3", N[6], "임시조치", "2024-09-05", "30일"],
    ["4", N[8], "삭제", "2024-09-06", ""],
    ["5", N[9], "유지", "", "위반사항 없음"],
    ["6", N[12], "삭제", "2024-09-06", ""],
]
_cbuf = io.StringIO()
csv.writer(_cbuf, lineterminator="\r\n").writerows(_csv_rows)
_csv_bytes = b"\xef\xbb\xbf" + _cbuf.getvalue().encode("utf-8")
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(6, 10, 12), subject=f"RE: [시정요구] {R_NAVER} 조치결과 송부",
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_7731"

--=_nv_7731
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책협력실 김도윤입니다.

{R_NAVER} 건 중 6건의 조치결과를 첨부 파일(CSV)로 송부드립니다.
확인 부탁드립니다.

감사합니다.
김도윤 드림

--=_nv_7731
Content-Type: text/csv; charset=utf-8; name="result_{R_NAVER}.csv"
Content-Disposition: attachment; filename="result_{R_NAVER}.csv"
Content-Transfer-Encoding: base64

{b64(_csv_bytes)}
--=_nv_7731--
""",
    outcome="applied", classification="confirmation",
    imitates="portal policy team sending its 조치결과 as a CSV attachment (Excel export)",
    why="CSV attachment with URL and result columns for six items (유지 with 위반사항 없음 = rejected)",
    items={N[3]: "removed", N[4]: "removed", N[6]: "restricted", N[8]: "removed",
           N[9]: "rejected", N[12]: "removed"},
)

case(
    name="naver-cafe-temp-measure-notice",
    **{"from": "cafe_noreply@naver.com"}, name_from="네이버 카페",
    date=d(4, 9, 55), subject=f"[네이버 카페] 게시물 임시조치 안내 ({R_NAVER})",
    body=f"""
[네이버 카페] 게시물 임시조치 안내

안녕하세요. 네이버 카페 운영팀입니다.

방송통신심의위원회의 요청({R_NAVER})에 따라, 아래 카페 게시물에 대하여
정보통신망법 제44조의2에 근거한 임시조치를 하였음을 알려드립니다.

  - 카페명: 잭팟라운지 (jackpotlounge)
  - 대상 게시물:
      {N[4]}
      {N[5]}
  - 조치 내용: 임시조치 (30일간 게시물 접근 차단)
  - 조치 일시: 2024.09.04 09:41

임시조치 기간 중 게시자의 재게시 요청이 있는 경우 관련 절차에 따라 처리됩니다.
자세한 내용은 네이버 고객센터(https://help.naver.com/service/5630/category/bookmark)를
참고해 주시기 바랍니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 임시조치 안내 notice (정보통신망법 제44조의2)",
    why="임시조치 of two named cafe posts is restricted; the help-centre link is no item",
    items={N[4]: "restricted", N[5]: "restricted"},
)

case(
    name="naver-blind-and-missing",
    **{"from": "cafe_noreply@naver.com"}, name_from="네이버 카페",
    date=d(4, 18, 20), subject=f"[네이버 카페] 신고 게시물 처리 결과 ({R_NAVER})",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.
요청번호 {R_NAVER} 관련 카페 게시물의 처리 결과를 안내드립니다.

■ 블라인드 처리
 {N[7]}
 - 카페 운영원칙(불법 도박 홍보) 위반으로 블라인드 처리되었습니다.

■ 처리 불가 (게시물 없음)
 {N[12]}
 - 존재하지 않는 게시글입니다. 주소를 다시 확인해 주세요.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe 블라인드 처리 결과 notice with headed sections",
    why="블라인드 is removed; 존재하지 않는 게시글 is not_found",
    items={N[7]: "removed", N[12]: "not_found"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(11, 14, 8), subject=f"RE: [시정요구] {R_NAVER1} 마약류 판매 광고 게시물",
    reply_to_req="req-240909-06",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

{R_NAVER1} 건으로 요청하신 카페 게시물은 2024년 9월 11일 오전 삭제 조치를
완료하였습니다. 해당 게시자에 대해서는 카페 활동 정지 조치도 함께 진행하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short portal reply to a one-item 시정요구 naming only the request number",
    why="unhedged 삭제 완료 for a request of one item, named by its reference",
    items={N1: "removed"},
)

case(
    name="naver-top-posted-over-original",
    **{"from": "dy.kim@navercorp.com"}, name_from="김도윤",
    date=d(5, 11, 30), subject=f"RE: [시정요구] {R_NAVER} 불법 도박 홍보 게시물 조치 요청",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀 김도윤입니다.

문의주신 건 중 블로그 게시물 2건 우선 처리결과 공유드립니다.

- {N[10]} : 삭제 완료
- {N[11]} : 삭제 완료

나머지 건은 확인 후 별도로 회신드리겠습니다.

김도윤 드림

-----Original Message-----
From: "KCSC 통신심의" <takedown@kcsc.example>
To: <policy@navercorp.com>
Sent: 2024-09-02 (월) 10:00:00
Subject: [시정요구] {R_NAVER} 불법 도박 홍보 게시물 조치 요청

{REQ_BODY_NAVER}""",
    outcome="applied", classification="confirmation",
    imitates="top-posted employee reply over a Korean mail client's -----Original Message----- block",
    why="two items stated above the quote; the fourteen URLs of our quoted request stay pending",
    items={N[10]: "removed", N[11]: "removed"},
)

_qp_text = f"""요청 번호: {R_NAVER}
처리 결과를 아래와 같이 안내드립니다.

{N[3]}
→ 삭제 완료

{N[7]}
→ 임시조치 (30일)

{N[13]}
→ 검토 결과 서비스 운영정책 위반 아님, 게시 유지

네이버 고객센터 드림
"""
case(
    name="naver-qp-url-then-status",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(5, 16, 44), subject=f"=?UTF-8?B?{base64.b64encode(('[네이버] 요청하신 게시물 처리 결과 (' + R_NAVER + ')').encode()).decode()}?=",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_text)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer, quoted-printable, URL with its result on the line below",
    why="each URL followed by an arrow line with its result: removed, restricted, rejected",
    items={N[3]: "removed", N[7]: "restricted", N[13]: "rejected"},
)

case(
    name="naver-author-deleted-invalid-url",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(5, 10, 2), subject=f"[회신] {R_NAVER} 일부 게시물 확인 결과",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

요청하신 게시물 중 아래 2건은 별도 조치가 불가하여 안내드립니다.

{N[6]} 게시물은 확인 결과 작성자가 9월 3일 직접 삭제한 상태로,
조치할 게시물이 존재하지 않습니다.

{N[14]} 주소는 존재하지 않는 게시물입니다(블로그 내 해당 번호의 글 없음).

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply that a post was already deleted by its author and another URL does not exist",
    why="작성자 직접 삭제 and 존재하지 않는 게시물 are both not_found",
    items={N[6]: "not_found", N[14]: "not_found"},
)

case(
    name="naver-post-rejected-blog-removed",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(9, 15, 25), subject=f"[회신] {R_NAVER} 네이버 포스트 게시물 검토 결과",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

1) {N[9]}
   네이버 포스트 게시물은 내부 검토 결과 스포츠 경기 분석 글로, 도박 사이트 링크나
   홍보 문구가 포함되어 있지 않아 운영정책 위반이 아니라고 판단하였습니다.
   이에 따라 게시를 유지합니다.

2) {N[2]}
   블로그 게시물은 9월 4일 삭제하였습니다.

추가로 위법성을 판단할 자료가 있으시면 회신 부탁드립니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="portal refusal with its reason, next to a removal, numbered",
    why="a refusal with its reason (no policy breach, kept up) is rejected; the blog post is removed",
    items={N[9]: "rejected", N[2]: "removed"},
)

case(
    name="naver-statement-above-urls",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(6, 13, 15), subject=f"[네이버 고객센터] 문의하신 내용에 대한 답변입니다 ({R_NAVER})",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물 처리 결과를 안내드립니다.

아래 게시물은 삭제 처리되었습니다.
{N[1]}
{N[14]}

아래 게시물은 임시조치(30일) 하였습니다.
{N[5]}

아래 게시물은 이미 삭제되어 존재하지 않습니다.
{N[8]}

더 궁금하신 사항은 고객센터로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer grouping URLs under a statement line",
    why="each heading statement covers the URLs listed under it",
    items={N[1]: "removed", N[14]: "removed", N[5]: "restricted", N[8]: "not_found"},
)

case(
    name="naver-korean-particles-fullwidth",
    **{"from": "dy.kim@navercorp.com"}, name_from="김도윤",
    date=d(4, 19, 2), subject=f"RE: {R_NAVER} 처리 현황",
    reply_to_req="req-240902-01",
    body=f"""
위원회 담당자님께,

말씀하신 {N[1]}은 오늘 오후 삭제했고, {N[4]}（카페 첫 번째 게시물）는 블라인드 처리했습니다.
또한 {N[5]}、{N[6]}도 동일하게 블라인드 처리되었습니다。

김도윤 드림
네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="informal employee reply with URLs followed by Korean particles and full-width punctuation",
    why="URLs end before 은/는/도 and full-width brackets; blog post removed, three cafe posts blinded (removed)",
    items={N[1]: "removed", N[4]: "removed", N[5]: "removed", N[6]: "removed"},
)

case(
    name="naver-echoed-report-with-result",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(6, 9, 5), subject="[네이버] 신고 접수 및 처리 결과 안내",
    body=f"""
안녕하세요. 네이버 고객센터입니다.
신고하신 내용이 정상적으로 접수되었으며, 검토를 마쳐 결과를 안내드립니다.

[신고 내용]
접수번호: NV-20240902-771204
신고 유형: 불법 도박 홍보
신고 URL: {N[12]}
요청 기관: 방송통신심의위원회 ({R_NAVER})

[처리 결과]
해당 게시물은 운영정책 위반으로 삭제되었습니다. (2024.09.05)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket reply that echoes the report (접수 내용) then states its result",
    why="acknowledgement wording plus an unhedged result for the echoed URL is no pure acknowledgement",
    items={N[12]: "removed"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "dy.kim@navercorp.com"}, name_from="김도윤",
    date=d(6, 11, 48), subject=f"RE: {R_NAVER} 지식iN 게시물",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 김도윤입니다.

지식iN 답변 <https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1104&
docId=472915530> 은 오늘 오전 삭제되었습니다.

블로그 게시물 {N[14]} 도 삭제 완료했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text mail whose client wrapped a long URL inside angle brackets (RFC 3986 app. C)",
    why="the bracketed URL wrapped across two lines is the kin.naver item; both removed",
    items={N[8]: "removed", N[14]: "removed"},
)

case(
    name="naver-partial-with-under-review",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(4, 16, 10), subject=f"[중간회신] {R_NAVER} 처리 현황",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

{R_NAVER} 건 중간 회신드립니다.

 - {N[3]} : 삭제 완료
 - {N[4]} : 검토 중
 - {N[5]} : 검토 중

검토 중인 게시물은 결과가 나오는 대로 추가로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="중간회신 (interim reply) with one result and two items still 검토 중",
    why="one removal stated; 검토 중 is no statement, those two stay pending",
    items={N[3]: "removed", N[4]: "pending", N[5]: "pending"},
)

case(
    name="kakao-daum-cafe-temp-measure",
    **{"from": "cafe_notice@daum.net"}, name_from="Daum 카페",
    date=d(4, 10, 30), subject=f"[Daum 카페] 게시글 임시조치 결과 안내 ({R_KAKAO})",
    body=f"""
안녕하세요. Daum 카페입니다.

방송통신심의위원회에서 요청하신 아래 게시글에 대해 임시조치를 완료하였습니다.
임시조치 기간(30일) 동안 해당 게시글은 다른 이용자에게 보이지 않습니다.

  · {K[1]}
  · {K[2]}

임시조치에 대한 자세한 안내는 Daum 고객센터(https://cs.daum.net/faq/15/4567.html)에서
확인하실 수 있습니다.

카카오 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe 임시조치 결과 안내 from Kakao",
    why="임시조치 of two bulleted Daum cafe posts is restricted",
    items={K[1]: "restricted", K[2]: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-slug",
    **{"from": "tistory-report@kakaocorp.com"}, name_from="카카오 티스토리 운영팀",
    date=d(5, 14, 22), subject=f"[티스토리] 요청하신 게시글 조치 결과 ({R_KAKAO})",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시글의 조치 결과를 알려드립니다.

{K3_RAW} 은 불법 금융 투자 권유 게시물로 확인되어 삭제 처리하였습니다.

{K[4]} 은 당사에서 비공개 처리하였습니다.

감사합니다.
카카오 티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory (Kakao) operator notice with a raw Korean URL slug",
    why="raw Korean slug matches its percent-encoded form; 삭제 and 비공개 처리 are both removed",
    items={K[3]: "removed", K[4]: "removed"},
)

case(
    name="kakao-openchat-room-closed",
    **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티",
    date=d(12, 9, 40), subject=f"RE: [시정요구] {R_KAKAO1} 오픈채팅방 조치 요청",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요. 카카오 세이프티팀입니다.

요청하신 오픈채팅방 {K1} 은 운영정책(불법 금융 리딩방) 위반이
확인되어 2024년 9월 12일부로 채팅방을 영구 이용제한(폐쇄) 조치하였습니다.
현재 해당 링크로는 입장이 불가합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao open-chat 이용제한 (room closure) reply",
    why="a room closed for good is removed",
    items={K1: "removed"},
)

_k_html = f"""<html><body>
<p>안녕하세요. 카카오 신고센터입니다.</p>
<p>요청번호 {R_KAKAO} 관련 처리 결과입니다.</p>
<ul>
<li>카카오스토리 게시물 <a href="{K[5]}">{K[5]}</a> 는 확인 결과 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.</li>
<li>티스토리 게시글 <a href="{K[4]}">{K[4]}</a> 는 운영정책 위반으로 삭제하였습니다.</li>
</ul>
<p>카카오 드림</p>
</body></html>
"""
case(
    name="kakao-base64-html-story",
    **{"from": "report@kakaocorp.com"}, name_from="카카오 신고센터",
    date=d(6, 16, 0), subject=f"[카카오] 신고 처리 결과 안내 ({R_KAKAO})",
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_k_html)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 신고센터 result notice, base64-encoded HTML list",
    why="story post already deleted by its author is not_found; Tistory post removed",
    items={K[5]: "not_found", K[4]: "removed"},
)

case(
    name="kakao-outlook-korean-quote",
    **{"from": "sj.park@kakaocorp.com"}, name_from="박서준",
    date=d(5, 18, 5), subject=f"RE: [시정요구] {R_KAKAO} 불법 주식 리딩방 홍보 게시물",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 카카오 정책팀 박서준입니다.

티스토리 게시글 {K3_RAW} 은 오늘 삭제 조치하였습니다.
다음 카페 moneytree2024의 게시글 2건({K[1]}, {K[2]})은
카페 폐쇄 조치에 따라 함께 삭제되었습니다.

박서준 드림

보낸 사람: KCSC 통신심의 <takedown@kcsc.example>
보낸 날짜: 2024년 9월 3일 화요일 오전 11:00
받는 사람: report@kakaocorp.com
제목: [시정요구] {R_KAKAO} 불법 주식 리딩방 홍보 게시물

방송통신심의위원회입니다. 아래 정보에 대한 시정요구(삭제)를 하오니 조치 후 회신 바랍니다.

1. {K[1]}
2. {K[2]}
3. {K[3]}
4. {K[4]}
5. {K[5]}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook (Korean UI) reply over a 보낸 사람/보낸 날짜 header block",
    why="three items stated above the Outlook quote; the quoted request list changes nothing",
    items={K[3]: "removed", K[1]: "removed", K[2]: "removed"},
)

case(
    name="yt-korea-legal-geo-and-removal",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(9, 8, 12), subject=f"[{R_YT}] YouTube 법률 요청 처리 결과 / Outcome of your legal request",
    body=f"""
안녕하세요.

YouTube에 보내주신 법률 요청({R_YT})을 검토하였습니다.

다음 콘텐츠는 대한민국 현지 법률에 따라 한국에서 볼 수 없도록 차단하였습니다.
- {Y[1]}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.
- {Y[2]}

---
Hello,
We reviewed your legal request ({R_YT}).
We have blocked the following content from view in South Korea based on local law:
- {Y[1]}
The following content was removed from YouTube for violating our Community Guidelines:
- {Y[2]}

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube/Google legal-removal outcome, bilingual Korean/English, local-law geo-block",
    why="blocked in South Korea is restricted; removed for guideline violation is removed (both languages agree)",
    items={Y[1]: "restricted", Y[2]: "removed"},
)

case(
    name="yt-age-restricted-channel-kept",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(10, 21, 33), subject=f"Re: [{R_YT}] 코인 투자 사기 홍보 영상 및 채널",
    reply_to_req="req-240904-03",
    body=f"""
안녕하세요,

검토 결과 {Y[4]} 동영상에는 연령 제한을 적용했습니다.

채널 {Y[3]} 의 경우, 검토 결과 YouTube 정책이나 현지 법률을
위반하는 것으로 판단되지 않아 조치를 취하지 않기로 결정했습니다.

자세한 내용은 https://support.google.com/youtube/answer/2802168 을 참고하세요.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome in Korean: age restriction and a no-action decision",
    why="age-restricted is restricted; no breach found, no action is rejected; support link is no item",
    items={Y[4]: "restricted", Y[3]: "rejected"},
)

case(
    name="yt-channel-terminated-angle-brackets",
    **{"from": "youtube-legal@youtube.com"}, name_from="YouTube",
    date=d(11, 6, 50), subject=f"[{R_YT}] 채널 해지 안내",
    body=f"""
안녕하세요.

요청하신 채널 <{Y[3]}>은(는) YouTube의 스팸, 현혹 행위 및 사기 정책을
위반하여 해지되었습니다.

동영상 <{Y[2]}>도 채널 해지에 따라 삭제되어 더 이상 볼 수 없습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube channel termination notice with URLs in angle brackets",
    why="terminated channel and its video made unavailable are both removed",
    items={Y[3]: "removed", Y[2]: "removed"},
)

case(
    name="yt-gmail-korean-quote-actioned",
    **{"from": "jhlee@google.com"}, name_from="Jihoon Lee",
    date=d(6, 10, 4), subject=f"Re: [시정요구] {R_YT} 코인 투자 사기 홍보 영상 및 채널",
    reply_to_req="req-240904-03",
    body=f"""
Hi,

Regarding {R_YT}: {Y[4]} has been actioned under our policies.
The remaining URLs are still under review and we will follow up.

Best,
Jihoon

2024년 9월 4일 (수) 오후 2:30, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 방송통신심의위원회입니다.
> 아래 정보에 대한 시정요구를 하오니 조치 후 회신 바랍니다.
>
> 1. {Y[1]}
> 2. {Y[2]}
> 3. {Y[3]}
> 4. {Y[4]}
>
> 조치기한: 2024. 9. 11.
""",
    outcome="applied", classification="confirmation",
    imitates="Google employee reply with a Korean Gmail quote line (…님이 작성:)",
    why="'actioned under our policies' is a configured YouTube removal phrase; quoted list and 'still under review' change nothing",
    items={Y[4]: "removed"},
)

case(
    name="dc-operator-informal-arrows",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(6, 22, 14), subject=f"Re: [시정요구] {R_DC} 갤러리 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시 운영팀입니다.
말씀하신 글들 확인했습니다.

{D[1]} → 삭제했습니다
{D[2]} → 이것도 삭제했고 작성자 차단했어요
{D[3]} → 이건 작성자가 먼저 지워서 없는 글이네요

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal community-site operator reply, one line per URL",
    why="two deletions and one post the author had already deleted (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[3]: "not_found"},
)

case(
    name="dc-gongmun-numbered",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀",
    date=d(9, 11, 0), subject=f"[디시인사이드] 시정요구({R_DC}) 조치결과 통보",
    body=f"""
수    신 : 방송통신심의위원회
참    조 : 통신심의국
제    목 : 시정요구 조치결과 통보

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관 시정요구({R_DC})에 대한 당사 조치결과를 다음과 같이 통보합니다.

  가. 대상: {D[1]}
      조치: 삭제 (2024.09.06.)
  나. 대상: {D[2]}
      조치: 해당 없음 - 이미 폐쇄된 마이너 갤러리의 게시물로 현재 존재하지 않음
  다. 대상: {D[3]}
      조치: 삭제 (2024.09.06.)

3. 기타 문의사항은 당사 법무팀으로 연락 주시기 바랍니다.  끝.

(주)디시인사이드 대표이사
""",
    outcome="applied", classification="confirmation",
    imitates="공문 style 조치결과 통보 with 가/나/다 items and 대상/조치 lines",
    why="조치 line under each 대상 URL: removed, not_found (gallery already closed), removed",
    items={D[1]: "removed", D[2]: "not_found", D[3]: "removed"},
)

case(
    name="band-cs-removed-and-kept",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date=d(9, 14, 36), subject=f"[BAND] 신고하신 게시글 처리 결과 안내 ({R_BAND})",
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글에 대한 처리 결과를 안내드립니다.

1. {B[1]}
   운영정책(음란물 게시) 위반으로 해당 게시글을 삭제하였습니다.

2. {B[2]}
   검토 결과 운영정책에 위배되는 내용이 확인되지 않아 별도 조치하지 않았습니다.

BAND 운영정책: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre report result in Korean",
    why="one post removed, the other kept because no breach was found (rejected); policy link is no item",
    items={B[1]: "removed", B[2]: "rejected"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-will-delete",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(3, 17, 0), subject=f"RE: [시정요구] {R_NAVER} 조치 예정 안내",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

요청하신 게시물 중
{N[1]}
{N[2]}
{N[3]}
위 3건은 관련 부서 검토 후 순차적으로 삭제 조치될 예정입니다.
조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 조치 예정 (will be removed) notice",
    why="a promise to delete is no statement; names requested items",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "sj.park@kakaocorp.com"}, name_from="박서준",
    date=d(4, 15, 12), subject=f"RE: [시정요구] {R_KAKAO} 불법 주식 리딩방 홍보 게시물",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, 박서준입니다.

먼저 확인해 보니 {K[4]} 는 이미 삭제된 것으로 보이고,
{K[5]} 도 비공개 상태인 것 같습니다.
정확한 내용은 담당 부서 확인 후 다시 안내드리겠습니다.

박서준 드림
""",
    outcome="review", review="not_understood",
    imitates="informal first look by a platform employee (것으로 보입니다 / 것 같습니다)",
    why="hedged 'seems deleted / seems private' is no statement; items stay pending",
    items={K[4]: "pending", K[5]: "pending"},
)

case(
    name="naver-bulk-all-fourteen",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실",
    date=d(9, 16, 40), subject=f"[회신] 시정요구({R_NAVER}) 조치 완료",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

{R_NAVER} 관련 요청하신 게시물 14건 전체에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 조치 완료 covering the whole request",
    why="statement about all 14 items without naming each",
    items={},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(5, 20, 31), subject=f"Re: [시정요구] {R_DC} 갤러리 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시 운영팀입니다.
신고하신 글 3개 전부 삭제 처리했습니다. ({R_DC})
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="informal operator reply: all reported posts deleted",
    why="'all three deleted' for a three-item request names no item",
    items={},
)

case(
    name="naver-dmarc-fail-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책협력실", auth="fail",
    date=d(5, 2, 17), subject=f"[회신] {R_NAVER} 조치결과",
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

{R_NAVER} 조치결과를 아래와 같이 회신드립니다.

{N[1]} : 삭제
{N[2]} : 삭제
{N[13]} : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="a NAVER-looking 조치결과 reply whose DKIM/SPF/DMARC fail",
    why="platform domain failing authentication: statements not applied",
    items={N[1]: "pending", N[2]: "pending", N[13]: "pending"},
)

case(
    name="cafe-manager-gmail",
    **{"from": "jackpotlounge.mgr@gmail.com"}, name_from="잭팟라운지 매니저",
    date=d(4, 23, 48), subject=f"{R_NAVER} 관련 카페 게시글 삭제했습니다",
    body=f"""
안녕하세요. 네이버 카페 잭팟라운지 매니저입니다.
네이버에서 연락 받고 말씀하신 카페 글 제가 다 지웠습니다.

{N[4]}
{N[5]}
{N[6]}

앞으로 회원 관리 잘 하겠습니다. 카페 폐쇄만은 말아주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="a cafe manager writing from a personal Gmail account",
    why="not a platform domain; names requested URLs and the reference",
    items={N[4]: "pending", N[5]: "pending", N[6]: "pending"},
)

case(
    name="navercorp-about-band-posts",
    **{"from": "band-policy@navercorp.com"}, name_from="네이버 밴드 정책팀",
    date=d(10, 10, 25), subject=f"[BAND] 시정요구({R_BAND}) 조치결과",
    body=f"""
안녕하세요. 네이버 밴드 정책팀입니다.
BAND는 네이버 주식회사가 운영하는 서비스로, 본 메일로 조치결과를 회신드립니다.

{B[1]} - 삭제
{B[2]} - 삭제

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="BAND result sent from the parent company's domain (navercorp.com)",
    why="a NAVER sender stating statuses of items requested from the BAND platform",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="yt-asks-legal-basis",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(5, 9, 14), subject=f"[{R_YT}] 추가 정보 요청 / Additional information needed",
    body=f"""
안녕하세요.

보내주신 요청({R_YT})을 처리하려면 추가 정보가 필요합니다.
아래 콘텐츠 각각에 대해 위반되는 대한민국 법령의 구체적 조항과
위원회 의결서 사본을 회신해 주시기 바랍니다.

- {Y[1]}
- {Y[3]}

정보를 받는 대로 검토를 계속하겠습니다.

YouTube 법무팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team asking for the legal basis and decision copy",
    why="asks for more information about two named items; nothing stated",
    items={Y[1]: "pending", Y[3]: "pending"},
)

case(
    name="kakao-channel-change-notice",
    **{"from": "notice@kakaocorp.com"}, name_from="카카오",
    date=d(11, 10, 0), subject="[카카오] 공공기관 협조 요청 접수 창구 변경 안내",
    body="""
안녕하세요. 카카오입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청 접수 창구가
카카오 신고센터 기관 전용 양식(https://cs.kakao.com/requests?service=agency)으로
일원화됩니다.

기존 이메일 접수는 2024년 9월 30일까지만 운영되오니 참고 부탁드립니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Kakao notice to agencies about a changed intake channel",
    why="trusted Kakao mail naming no item and no request",
    items={},
)

case(
    name="naver-conditional-after-objection-period",
    **{"from": "cafe_noreply@naver.com"}, name_from="네이버 카페",
    date=d(6, 12, 0), subject=f"[네이버 카페] 게시물 처리 절차 안내 ({R_NAVER})",
    body=f"""
안녕하세요. 네이버 카페 운영팀입니다.

요청하신 게시물 {N[7]} 에 대해서는 게시자에게 소명 기회를
부여하였습니다. 2024년 9월 20일까지 소명이 접수되지 않으면 해당 게시물은
삭제 처리될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER cafe notice of a pending objection period (조건부 삭제 예정)",
    why="a conditional future deletion is no statement",
    items={N[7]: "pending"},
)

case(
    name="dc-results-for-other-post-numbers",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d(7, 13, 26), subject=f"Re: [시정요구] {R_DC} 갤러리 게시물 조치 요청",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시 운영팀입니다.
요청 건 처리했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9918274 삭제
https://gall.dcinside.com/mgallery/board/view/?id=coin_lounge&no=552032 삭제

감사합니다.
""",
    outcome="review", review="unmatched_claims",
    imitates="operator reply whose URLs carry neighbouring post numbers (typed by hand)",
    why="statements about URLs that are not in the request it answers",
    items={},
)

# ================================================================ IGNORED
case(
    name="naver-help-receipt",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d(2, 10, 5), subject=f"[네이버 고객센터] 문의가 접수되었습니다 ({R_NAVER})",
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: NV-20240902-558812
  - 접수일시: 2024.09.02 10:04

답변은 영업일 기준 3~5일 이내에 메일로 보내드립니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre automatic 접수 완료 receipt",
    why="pure receipt with a ticket number; no item statement",
    items={},
)

case(
    name="kakao-out-of-office",
    **{"from": "sj.park@kakaocorp.com"}, name_from="박서준",
    date=d(13, 9, 1), subject=f"[자동응답] RE: [시정요구] {R_KAKAO1} 오픈채팅방 조치 요청",
    reply_to_req="req-240910-07",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
[자동응답]
안녕하세요, 박서준입니다.
9월 13일(금)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 report@kakaocorp.com 으로 연락 부탁드립니다.

I am out of the office until 18 September (Chuseok holidays).
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="auto-reply, no statement",
    items={},
)

_dsn_orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: legal-team@dcinside.com
Subject: [시정요구] {R_DC} 갤러리 게시물 조치 요청
Date: {d(5, 9, 30)}
Message-ID: <req-240905-04@kcsc.example>
Content-Type: text/plain; charset=utf-8

방송통신심의위원회입니다. 아래 게시물에 대한 시정요구(삭제)를 하오니 조치 후 회신 바랍니다.
1. {D[1]}
2. {D[2]}
3. {D[3]}
"""
case(
    name="dc-bounce-unknown-user",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    date=d(5, 9, 31), subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5521A"

--dsn-5521A
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal-team@dcinside.com>: host mx1.dcinside.com said: 550 5.1.1
    <legal-team@dcinside.com>: Recipient address rejected: User unknown

--dsn-5521A
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: {d(5, 9, 30)}

Final-Recipient: rfc822; legal-team@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-5521A
Content-Type: message/rfc822

{_dsn_orig}
--dsn-5521A--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report) returning our request with its URLs",
    why="a bounce; the URLs are in our own returned request",
    items={},
)

case(
    name="band-read-receipt",
    **{"from": "policy@band.us"}, name_from="BAND 정책지원",
    date=d(6, 10, 47), subject=f"읽음: [시정요구] {R_BAND} 밴드 게시글 조치 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-90aa"

--mdn-90aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 읽었습니다.

제목: [시정요구] {R_BAND} 밴드 게시글 조치 요청
읽은 시간: 2024-09-06 (금) 10:47

--mdn-90aa
Content-Type: message/disposition-notification

Reporting-UA: mail.band.us; WorksMail
Final-Recipient: rfc822; policy@band.us
Original-Message-ID: <req-240906-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-90aa--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt, no statement",
    items={},
)

case(
    name="yt-legal-auto-ack",
    **{"from": "legal-kr-noreply@google.com"}, name_from="YouTube Legal Support",
    date=d(4, 14, 33), subject=f"[{R_YT}] 요청이 접수되었습니다 / We received your request",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
YouTube 법률 지원팀에 연락해 주셔서 감사합니다.

요청({R_YT})이 접수되었으며 사례 번호 7-4410000031877 이(가) 생성되었습니다.
검토 후 이메일로 결과를 알려드리겠습니다.

Thank you for contacting YouTube Legal Support. This automated message confirms
that we received your request ({R_YT}). Case number: 7-4410000031877.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal web-form automated receipt with a case number",
    why="pure acknowledgement with a case number; the promise to review is no statement",
    items={},
)

case(
    name="naver-employee-out-of-office",
    **{"from": "dy.kim@navercorp.com"}, name_from="김도윤",
    date=d(13, 18, 30), subject=f"자동 회신: RE: {R_NAVER} 처리 현황",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 김도윤입니다.
9/13(금) ~ 9/18(수) 휴가로 메일 확인이 어렵습니다.
시정요구 관련 건은 policy@navercorp.com 으로 보내주시면 담당자가 처리해 드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 자동 회신 (out-of-office) of a NAVER employee",
    why="auto-reply, no statement",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply@kakao.com"}, name_from="카카오 고객센터",
    date=d(3, 11, 2), subject="[카카오 고객센터] 문의 접수 안내",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 카카오 고객센터입니다.

보내주신 문의가 접수되었습니다.
접수번호: #KKO-240903-88213
문의 제목: [시정요구] {R_KAKAO} 불법 주식 리딩방 홍보 게시물

담당자가 확인 후 순차적으로 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt",
    why="pure receipt naming our request; no item statement",
    items={},
)


HEADER = """# blind215: Korean set (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind215/make.py from each email's meaning, before any run."""

def enc(s):
    """RFC 2047-encode a non-ASCII header value, as Korean mail clients do."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


if __name__ == "__main__":
    for c in CASES:
        c["subject"] = enc(c["subject"])
        if "name_from" in c:
            c["name_from"] = enc(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    print(len(CASES), "cases")
