#!/usr/bin/env python3
"""Blind set 305 (Korean platforms): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replying in Korean to KCSC removal requests.

    python3 tests/corpus/blind305/make.py

Writes requests.csv, cases/*.eml and expected.toml from the lists below.
Deterministic: no clock, no randomness. Every expected result was written
from the meaning of the email alone, before the reader was ever run on it.
"""
import base64
import csv
import datetime
import email.utils
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)
    return email.utils.format_datetime(dt)


def enc(s):
    """An RFC 2047 encoded subject, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/lucky_dal77/223551200101"
N2 = "https://blog.naver.com/lucky_dal77/223551200187"
N3 = "https://blog.naver.com/moonbat_casino/223549870012"
N4 = "https://blog.naver.com/moonbat_casino/223549870355"
N5 = "https://cafe.naver.com/toto4989/15021"
N6 = "https://cafe.naver.com/toto4989/15033"
N7 = "https://cafe.naver.com/toto4989/15107"
N8 = "https://cafe.naver.com/greenpick/8812"
N9 = "https://cafe.naver.com/greenpick/8840"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60&docId=471230558"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=51220931"
N12 = "https://blog.naver.com/hanbit_sports/223560012345"
N13 = "https://blog.naver.com/hanbit_sports/223560012399"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13]

T1 = "https://yeoul-diary.tistory.com/entry/%EC%82%AC%EC%A7%84-%EC%9E%90%EB%A3%8C-%EB%AA%A8%EC%9D%8C"
T1_RAW = "https://yeoul-diary.tistory.com/entry/사진-자료-모음"
T2 = "https://yeoul-diary.tistory.com/118"
D1 = "https://cafe.daum.net/bluemoonclub/Kx9a/2231"
D2 = "https://cafe.daum.net/bluemoonclub/Kx9a/2240"
D3 = "https://cafe.daum.net/dalbitmarket/Fh2k/781"

Y1 = "https://www.youtube.com/watch?v=Qh7dL2mXp0w"
Y2 = "https://www.youtube.com/shorts/Z3kR8vNwq1A"
Y3 = "https://www.youtube.com/watch?v=bT5uY9cKe2s"
Y4 = "https://www.youtube.com/watch?v=Lm4nV7sPq8E"

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
G2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=40211"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightlife_kr&no=40219"
G4 = "https://gall.dcinside.com/mini/board/view/?id=pixelroom&no=3318"
G5 = "https://gall.dcinside.com/board/view/?id=car_new1&no=7781202"
DC_ALL = [G1, G2, G3, G4, G5]

B1 = "https://band.us/band/80412377/post/1523"
B2 = "https://band.us/band/80412377/post/1531"

REQUESTS = [
    # ref, platform, sent, due, category, message_id, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02", "2024-09-09", "illegal-gambling",
     "req-240902-01@kcsc.example", "불법 도박 홍보 블로그·카페 일괄", NAVER_ALL),
    ("KCSC-240903-02", "kakao", "2024-09-03", "2024-09-10", "privacy-violation",
     "req-240903-02@kcsc.example", "티스토리·다음 카페 사진 유포", [T1, T2, D1, D2]),
    ("KCSC-240904-03", "youtube", "2024-09-04", "2024-09-11", "deepfake-sexual-abuse",
     "req-240904-03@kcsc.example", "합성 영상", [Y1, Y2, Y3]),
    ("KCSC-240905-04", "dcinside", "2024-09-05", "2024-09-12", "illegal-gambling",
     "req-240905-04@kcsc.example", "갤러리 도박 광고", DC_ALL),
    ("KCSC-240906-05", "band", "2024-09-06", "2024-09-13", "drug-trade",
     "req-240906-05@kcsc.example", "밴드 마약 판매 글", [B1, B2]),
    ("KCSC-240909-06", "kakao", "2024-09-09", "2024-09-16", "privacy-violation",
     "req-240909-06@kcsc.example", "다음 카페 개인정보", [D3]),
    ("KCSC-240910-07", "youtube", "2024-09-10", "2024-09-17", "deepfake-sexual-abuse",
     "req-240910-07@kcsc.example", "합성 영상 1건", [Y4]),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


NAVER_POLICY = "policy@navercorp.com"
CASES = []


def case(**kw):
    name = kw.get("name_from")
    if name and not name.isascii():
        kw["name_from"] = enc(name)
    CASES.append(kw)


# ======================================================================
# NAVER (KCSC-240902-01, 13 items)
# ======================================================================

case(
    name="naver-gongmun-text-table",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="네이버 주식회사 정책지원팀",
    date=d("2024-09-05 17:40"),
    subject=enc("[네이버] 시정요구(KCSC-240902-01)에 대한 조치결과 회신"),
    reply_to_req="req-240902-01",
    body=f"""
네이버 주식회사

수신: 방송통신심의위원회 (통신심의국장)
참조: 불법정보 시정요구 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 귀 위원회의 시정요구(요청번호 KCSC-240902-01)와 관련하여
   당사 서비스에 게시된 정보에 대한 조치결과를 아래와 같이 회신합니다.

- 아    래 -

연번 | URL | 조치결과 | 조치일
1 | {N1} | 삭제 | 2024-09-04
2 | {N2} | 삭제 | 2024-09-04
3 | {N3} | 게시중단 | 2024-09-04
4 | {N4} | 게시물 없음(작성자 삭제) | -
5 | {N5} | 임시조치 | 2024-09-05
6 | {N6} | 삭제 | 2024-09-05

3. 나머지 7건은 검토가 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a pipe-separated result table",
    why="six rows each with its own result: 삭제/게시중단 removed, author-deleted not_found, 임시조치 restricted; the other seven are only promised",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "not_found", N5: "restricted", N6: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 클린센터입니다.</p>
<p>방송통신심의위원회 요청번호 <b>KCSC-240902-01</b> 관련 게시물 처리 현황을 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>신고 URL</th><th>처리 상태</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N7}">{N7}</a></td><td>블라인드 처리</td><td>9/6 처리</td></tr>
<tr><td>2</td><td><a href="{N8}">{N8}</a></td><td>삭제 완료</td><td>9/6 처리</td></tr>
<tr><td>3</td><td><a href="{N9}">{N9}</a></td><td>이미 삭제된 게시물</td><td>작성자 삭제로 확인 불가</td></tr>
<tr><td>4</td><td><a href="{N12}">{N12}</a></td><td>게시중단</td><td>9/6 처리</td></tr>
<tr><td>5</td><td><a href="{N13}">{N13}</a></td><td>조치 불가</td><td>운영원칙 위반 사항 없음 (경기 결과 정리 글) &ndash; 게시 유지</td></tr>
</table>
<p>운영원칙은 <a href="https://policy.naver.com/rules/service.html">네이버 서비스 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>네이버 클린센터 드림</p>
</body></html>"""

case(
    name="naver-clean-center-html-table",
    **{"from": "cleancenter@navercorp.com"},
    name_from="네이버 클린센터",
    date=d("2024-09-06 16:05"),
    subject="[네이버 클린센터] KCSC-240902-01 게시물 처리 현황",
    type="html",
    body=HTML_TABLE,
    outcome="applied", classification="confirmation",
    imitates="NAVER clean-center HTML table of report results (처리 상태/비고 columns)",
    why="HTML table: 블라인드 and 삭제 and 게시중단 removed, 이미 삭제된 게시물 not_found, 조치 불가 with its reason rejected; the policy link is no item",
    items={N7: "removed", N8: "removed", N9: "not_found", N12: "removed", N13: "rejected"},
)

CSV_ATT = ("\ufeff요청번호,URL,처리결과,처리일시\r\n"
           f"KCSC-240902-01,{N3},삭제,2024-09-09 11:20\r\n"
           f"KCSC-240902-01,{N10},게시물 없음,-\r\n"
           f"KCSC-240902-01,\"{N11}\",비공개 처리,2024-09-09 11:24\r\n"
           f"KCSC-240902-01,{N6},임시조치(30일),2024-09-09 11:31\r\n")

case(
    name="naver-csv-attachment",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="NAVER 정책지원",
    date=d("2024-09-09 14:02"),
    subject=enc("RE: [KCSC-240902-01] 불법정보 시정요구 - 처리결과 송부"),
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_2409091402"

--=_nv_2409091402
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

KCSC-240902-01 건 중 추가로 처리된 4건의 결과를 첨부 CSV 파일로 송부드립니다.
파일의 '처리결과' 열을 참고해 주시기 바랍니다.

감사합니다.

--=_nv_2409091402
Content-Type: text/csv; charset=utf-8; name="result_KCSC-240902-01.csv"
Content-Disposition: attachment; filename="result_KCSC-240902-01.csv"
Content-Transfer-Encoding: base64

{b64(CSV_ATT)}
--=_nv_2409091402--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply sending its result sheet as a CSV attachment (one row per URL)",
    why="CSV rows: 삭제 and 비공개 처리 removed, 게시물 없음 not_found, 임시조치 restricted",
    items={N3: "removed", N10: "not_found", N11: "removed", N6: "restricted"},
)

case(
    name="naver-cafe-team-arrows",
    **{"from": "cafe_help@navercorp.com"},
    name_from="네이버 카페 운영팀",
    date=d("2024-09-04 11:18"),
    subject="Re: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 카페 운영팀 한지수입니다.
보내주신 목록 중 toto4989 카페 게시글 건 먼저 확인했습니다.

{N5} → 삭제 완료
{N6} → 삭제 완료
{N7} → 이 글은 이미 작성자가 지워서 남아 있지 않습니다

카페 자체에 대해서도 운영원칙에 따라 별도 제재 여부를 검토하고 있습니다.
나머지 주소는 블로그 담당 쪽에서 따로 회신드릴 예정입니다.

한지수 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a NAVER cafe operations staffer, one arrow line per URL",
    why="two posts deleted, one already removed by its author (not_found); the cafe-level sanction under review is about no requested item",
    items={N5: "removed", N6: "removed", N7: "not_found"},
)

case(
    name="naver-kin-and-post-wrapped",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-07 09:51"),
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (KCSC-240902-01)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의하신 지식iN 질문 {N10} 은
질문자 본인이 이미 삭제한 상태로, 현재 존재하지 않는 게시물입니다.

함께 요청하신 네이버 포스트
<https://post.naver.com/viewer/postView.naver?volumeNo=38120455&
memberNo=51220931>
는 운영정책 위반이 확인되어 9월 6일 게시중단하였습니다.

더 궁금하신 점은 고객센터(https://help.naver.com)로 문의해 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer in prose, one URL in angle brackets wrapped over two lines",
    why="the kin question was deleted by its asker (not_found); the post URL, wrapped inside <>, was taken down (removed); help.naver.com is no item",
    items={N10: "not_found", N11: "removed"},
)

case(
    name="naver-blog-rejected-with-reason",
    **{"from": "blog_policy@navercorp.com"},
    name_from="네이버 블로그 운영팀",
    date=d("2024-09-10 15:33"),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 블로그 운영팀입니다.

hanbit_sports 블로그 게시물 2건에 대한 검토 결과를 알려드립니다.

검토 결과 {N13} 게시물은
해외 스포츠 경기 결과를 정리한 글로, 도박 사이트 홍보 문구나 링크가 확인되지 않아
게시중단하지 않았습니다. 해당 글은 현재 게시 상태를 유지합니다.

반면 {N12} 는
불법 도박 사이트 가입 코드를 포함하고 있어 9월 10일 삭제했습니다.

추가 자료가 있으시면 회신 주시면 다시 검토하겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog team decision letter: one refusal with its reason, one deletion",
    why="one post kept up because it breaks no rule (rejected, with reason), the other deleted; the offer to look again at new material is no hedge on either",
    items={N13: "rejected", N12: "removed"},
)

QUOTED_REQ = "\n".join(f"{i}. {u}" for i, u in enumerate(NAVER_ALL, 1))
case(
    name="naver-outlook-top-posted",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="김도현 (NAVER 정책지원)",
    date=d("2024-09-03 10:47"),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀 김도현입니다.

아래 요청 중 lucky_dal77 블로그 두 건은 오늘 오전 삭제했습니다.
{N1}
{N2}

나머지 11건은 확인 중입니다.

김도현 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 4:10 PM
To: policy@navercorp.com
Subject: [KCSC-240902-01] 불법정보 시정요구

네이버 담당자님께,

아래 13건의 정보는 정보통신망법상 불법정보(도박)에 해당하므로 삭제를 요청합니다.
조치 기한: 2024-09-09

{QUOTED_REQ}

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request (-----Original Message-----)",
    why="two URLs deleted in the reply's own text; the 13 URLs below the Original Message line are our own quoted request and change nothing",
    items={N1: "removed", N2: "removed"},
)

QP_TEXT = f"""안녕하세요. 네이버 고객센터입니다.
방송통신심의위원회에서 신고해 주신 게시물(KCSC-240902-01)에 대한 처리결과를 안내해 드립니다.

■ 처리결과
1) {N3}
   : 게시중단(삭제)
2) {N4}
   : 임시조치 (30일간 게시 제한)
3) {N8}
   : 삭제

■ 참고
임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.

네이버 고객센터 드림
"""

case(
    name="naver-qp-result-notice",
    **{"from": "noreply_cs@navercorp.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-08 08:30"),
    subject=enc("[네이버] 유해게시물 신고 처리결과 안내"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_TEXT)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre 처리결과 안내 mail in quoted-printable, result on the line below each URL",
    why="QP body: 게시중단(삭제) and 삭제 removed, 임시조치 restricted; the note on later deletion is a rule, not a promise about another item",
    items={N3: "removed", N4: "restricted", N8: "removed"},
)

case(
    name="naver-statement-then-url",
    **{"from": "cleancenter@navercorp.com"},
    name_from="네이버 클린센터",
    date=d("2024-09-11 13:14"),
    subject="[KCSC-240902-01] 게시물 조치 안내",
    body=f"""
안녕하세요. 네이버 클린센터입니다.

다음 게시물은 운영원칙 위반으로 삭제되었습니다.
{N9}

다음 게시물은 청소년 유해 정보로 분류하여, 성인 인증을 거친 이용자만 볼 수 있도록 연령 제한을 적용했습니다.
{N12}

다음 주소의 게시물은 존재하지 않습니다. 주소가 올바르지 않거나 이미 삭제된 게시물입니다.
{N8}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER clean-center notice with each statement on the line above its URL",
    why="'다음 게시물은 …' points at the URL on the next line: removed, age-restricted (restricted), does not exist (not_found)",
    items={N9: "removed", N12: "restricted", N8: "not_found"},
)

case(
    name="naver-receipt-plus-deletion",
    **{"from": "cleancenter@navercorp.com"},
    name_from="네이버 클린센터",
    date=d("2024-09-03 18:22"),
    subject="[네이버 클린센터] 신고 접수 및 처리 안내",
    body=f"""
안녕하세요. 네이버 클린센터입니다.

귀하의 신고가 접수되었습니다. (접수번호 2024090311223)
접수 즉시 확인한 결과, 아래 게시물 2건은 불법 도박 광고로 판단되어 삭제 조치하였습니다.

- {N2}
- {N7}

나머지 신고 건은 담당자 검토 후 순차적으로 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that already carries a first result (접수 + 처리 안내)",
    why="the receipt line is followed by an unhedged deletion of two named posts, so it is not a pure acknowledgement",
    items={N2: "removed", N7: "removed"},
)

B64_HTML = f"""<html><body>
<div style="border:1px solid #03c75a;padding:16px;max-width:640px">
<h3 style="color:#03c75a">게시물 조치 안내</h3>
<p>요청번호: KCSC-240902-01</p>
<ul>
<li><a href="{N1}">{N1}</a><br>조치 내용: 비공개 처리 (운영자)</li>
<li><a href="{N9}">{N9}</a><br>조치 내용: 존재하지 않는 게시물입니다</li>
<li><a href="{N10}">{N10}</a><br>조치 내용: 운영자 삭제</li>
</ul>
<p style="font-size:12px;color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.naver.com/support/contents/contents.help">고객센터</a>를 이용해 주세요.</p>
</div>
</body></html>
"""

case(
    name="naver-base64-html-card",
    **{"from": "noreply@navercorp.com"},
    name_from="NAVER",
    date=d("2024-09-12 07:58"),
    subject=enc("[NAVER] 게시물 조치 안내 (KCSC-240902-01)"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(B64_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER send-only HTML notice card, base64-encoded, 조치 내용 under each link",
    why="비공개 처리 and 운영자 삭제 removed, 존재하지 않는 게시물 not_found; the help-centre link is no item",
    items={N1: "removed", N9: "not_found", N10: "removed"},
)

case(
    name="naver-will-process-in-turn",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-04 09:12"),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물들은 현재 담당 부서에서 검토 중이며, 위반이 확인되는 대로
순차적으로 게시중단할 예정입니다.

특히 {N8}, {N9}
두 건은 우선 처리 대상으로 분류해 두었습니다.

처리가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply: under review, will be taken down in turn",
    why="names two URLs but only promises (예정, 우선 처리 대상): no status, a person should read it",
    items={N8: "pending", N9: "pending"},
)

case(
    name="naver-all-thirteen-done",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-13 17:05"),
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 - 조치 완료",
    reply_to_req="req-240902-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 시정요구 건에 포함된 게시물 13건 전부에 대해 삭제 조치를 완료하였습니다.
협조해 주셔서 감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 'all items done' closing reply",
    why="a statement about all 13 items of a multi-item request without naming any: bulk, items stay pending",
    items={u: "pending" for u in NAVER_ALL},
)

case(
    name="naver-dmarc-fail",
    **{"from": "kcsc-reply@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원팀",
    date=d("2024-09-06 22:41"),
    subject="[KCSC-240902-01] 조치결과 회신",
    body=f"""
방송통신심의위원회 담당자님께

요청하신 게시물 중 아래 2건은 삭제 처리되었습니다.
{N5}
{N12}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="claims come from a NAVER address that fails authentication: untrusted, nothing applied",
    items={N5: "pending", N12: "pending"},
)

case(
    name="naver-seems-private",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-05 12:26"),
    subject="[네이버 고객센터] 답변 드립니다 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

확인해 보니 {N4} 게시물은
이미 비공개로 전환된 것으로 보입니다.
정확한 처리 여부는 담당 부서 확인 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="first-line help-desk answer that only guesses at the post's state",
    why="'…전환된 것으로 보입니다' is a hedge and the desk says it will confirm later: pending",
    items={N4: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": "kcsc-reply@navercorp.com"},
    name_from="네이버 정책지원팀",
    date=d("2024-09-09 16:40"),
    subject="RE: [KCSC-240906-05] 불법정보 시정요구 (밴드)",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

밴드 서비스도 당사 그룹에서 운영하고 있어 함께 회신드립니다.

{B1} 게시글은 삭제되었습니다.
{B2} 게시글은 이미 존재하지 않습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="parent-company reply answering for a sister service's items",
    why="NAVER's domain states statuses for the two BAND items; the request went to BAND, whose own domain is configured: wrong_platform",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-privacy-policy-newsletter",
    **{"from": "privacy@navercorp.com"},
    name_from="NAVER",
    date=d("2024-09-10 10:00"),
    subject=enc("[NAVER] 개인정보 처리방침 개정 안내"),
    body="""
안녕하세요. NAVER입니다.

NAVER 개인정보 처리방침이 2024년 10월 1일부터 아래와 같이 개정될 예정임을 안내드립니다.

■ 주요 개정 내용
- 개인정보 보유 기간 표기 방식 정비
- 제3자 제공 항목 구체화

자세한 내용은 https://policy.naver.com/policy/privacy.html 에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="review", review="no_claims",
    imitates="NAVER policy-change newsletter sent to every registered address",
    why="trusted NAVER mail naming no requested item and no request",
    items={},
)

case(
    name="naver-ticket-received",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date=d("2024-09-02 17:03"),
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다"),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

- 접수번호: 24090217030118
- 문의 제목: [KCSC-240902-01] 불법정보 시정요구
- 접수 일시: 2024-09-02 17:03

담당자가 내용을 확인한 후 순차적으로 답변드리겠습니다.
답변은 등록하신 이메일로 발송됩니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre automatic ticket receipt (문의 접수 안내)",
    why="pure receipt with a ticket number: nothing about any item",
    items={},
)

case(
    name="naver-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원",
    date=d("2024-09-02 16:55"),
    subject=enc("읽음: [KCSC-240902-01] 불법정보 시정요구"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_240902_1655"

--mdn_240902_1655
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

받는 사람: policy@navercorp.com
제목: [KCSC-240902-01] 불법정보 시정요구
읽은 시간: 2024-09-02 (월) 16:55

--mdn_240902_1655
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Works Mail
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240902-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_240902_1655--
""",
    outcome="ignored", classification="read_receipt",
    imitates="groupware read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about items",
    items={},
)

# ======================================================================
# Kakao / Daum / Tistory (KCSC-240903-02, 4 items; KCSC-240909-06, 1 item)
# ======================================================================

case(
    name="tistory-raw-korean-url",
    **{"from": "tistory_report@kakaocorp.com"},
    name_from="카카오 고객센터",
    date=d("2024-09-05 14:47"),
    subject=enc("[티스토리] 게시글 조치 결과 안내 (KCSC-240903-02)"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 티스토리 게시글에 대한 조치 결과를 안내드립니다.

티스토리 게시글({T1_RAW})은 관계 법령 위반으로 블라인드 처리되었습니다.
또한 {T2}은 게시자 동의 없이 촬영된 사진이 포함되어 삭제되었습니다.

이용에 참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre Tistory notice (관계 법령 위반 블라인드), raw Korean slug in parentheses",
    why="the raw Korean path matches its percent-encoded request URL: 블라인드 removed; the numbered post (particle 은 attached) deleted",
    items={T1: "removed", T2: "removed"},
)

case(
    name="daum-cafe-numbered",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페 운영팀",
    date=d("2024-09-06 10:09"),
    subject="Re: [KCSC-240903-02] 불법정보 시정요구",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.
요청하신 bluemoonclub 카페 게시물 처리 결과입니다.

1. {D1} : 게시물 삭제
2. {D2} : 해당 게시물은 존재하지 않습니다 (작성자 삭제)

티스토리 게시글 2건은 티스토리 담당 부서에서 별도로 답변드릴 예정입니다.

Daum 카페 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations reply, numbered list with result after a colon",
    why="one post deleted, the other does not exist (deleted by its author); the Tistory items are only promised a later answer",
    items={D1: "removed", D2: "not_found"},
)

case(
    name="daum-single-item-no-url",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페 운영팀",
    date=d("2024-09-11 15:20"),
    subject="Re: [KCSC-240909-06] 불법정보 시정요구",
    reply_to_req="req-240909-06",
    body="""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물에 대해 9월 11일 게시중단(블라인드) 조치를 완료했습니다.
해당 카페 운영자에게도 운영정책 위반 사실을 통보했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Daum cafe 게시중단 reply in the request's thread, naming no URL",
    why="the request has one item, the reply is in its thread and states 게시중단(블라인드) done: removed",
    items={D3: "removed"},
)

case(
    name="kakao-echoed-report-form",
    **{"from": "noreply_report@kakaocorp.com"},
    name_from="카카오 신고센터",
    date=d("2024-09-07 11:45"),
    subject=enc("[카카오 신고센터] 신고 처리 결과 안내 - KCSC-240903-02"),
    body=f"""
[카카오 신고센터] 신고하신 내용의 처리 결과를 알려드립니다.

[신고 내용 1]
신고 대상 URL: {D1}
신고 사유: 불법정보 (방송통신심의위원회 요청)
접수일: 2024-09-03

[처리 결과 1]
임시조치(30일) - 게시물 열람이 제한되었습니다.
30일 이내에 게시자의 재게시 요청이 없으면 삭제됩니다.

[신고 내용 2]
신고 대상 URL: {T2}
신고 사유: 불법정보 (방송통신심의위원회 요청)
접수일: 2024-09-03

[처리 결과 2]
삭제

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report-centre result mail echoing each report form before its result",
    why="each echoed report is followed by its own result: 임시조치 restricted (deletion only if no repost request), 삭제 removed",
    items={D1: "restricted", T2: "removed"},
)

case(
    name="daum-cafe-manager-hanmail",
    **{"from": "bluemoon_mgr@hanmail.net"},
    name_from="블루문클럽 매니저",
    date=d("2024-09-04 23:12"),
    subject="[KCSC-240903-02] 카페 글 삭제했습니다",
    body=f"""
안녕하세요 블루문클럽 카페 매니저입니다.
다음 쪽에서 연락받고 확인했습니다.

{D2}
2240번 글은 제가 방금 삭제했고 글쓴 회원은 강퇴 처리했습니다.
2231번 글도 내일 중으로 정리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="cafe manager writing from a personal webmail address",
    why="a cafe manager is not the platform and hanmail.net is no configured sender domain: unknown_sender",
    items={D2: "pending"},
)

case(
    name="kakao-asks-for-documents",
    **{"from": "legal_request@kakaocorp.com"},
    name_from="카카오 법무지원팀",
    date=d("2024-09-04 16:30"),
    subject="RE: [KCSC-240903-02] 불법정보 시정요구 - 추가 자료 요청",
    reply_to_req="req-240903-02",
    body=f"""
안녕하세요. 카카오 법무지원팀입니다.

KCSC-240903-02 요청과 관련하여, 요청 주체 확인을 위해 시정요구 공문(PDF) 사본과
담당자 연락처를 회신해 주시기 바랍니다.

특히 {T1_RAW} 게시글은
여러 장의 사진이 포함되어 있어, 문제가 되는 사진을 특정해 주시면 검토에 도움이 됩니다.

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao legal team asking for the official letter and a narrower description",
    why="the platform asks for documents before acting; the named Tistory post has no status",
    items={T1: "pending"},
)

case(
    name="kakao-out-of-office",
    **{"from": "jy.park@kakaocorp.com"},
    name_from="박지영",
    date=d("2024-09-09 15:02"),
    subject=enc("자동 회신: [KCSC-240909-06] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지영입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책팀 대표 메일(policy_team@kakaocorp.com)로 보내 주시기 바랍니다.

복귀 후 확인하겠습니다. 감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook-style Korean out-of-office reply (자동 회신)",
    why="an out-of-office reply, ignored",
    items={},
)

case(
    name="daum-dsn-bounce",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date=d("2024-09-03 16:21"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.240903.1621"

--dsn.240903.1621
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cleanreport@daum.net>: host mx2.daum.net said: 550 5.1.1 User unknown
    (수신자 계정이 존재하지 않습니다)

--dsn.240903.1621
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Tue, 3 Sep 2024 16:21:02 +0900

Final-Recipient: rfc822; cleanreport@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.240903.1621
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cleanreport@daum.net
Subject: [KCSC-240903-02] 불법정보 시정요구
Message-ID: <req-240903-02@kcsc.example>

--dsn.240903.1621--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (550 user unknown) for our request",
    why="a bounce of our own request, ignored",
    items={},
)

# ======================================================================
# YouTube Korea (KCSC-240904-03, 3 items; KCSC-240910-07, 1 item)
# ======================================================================

case(
    name="yt-legal-kr-block-and-remove",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-06 03:14"),
    subject=enc("YouTube 법적 요청 검토 결과 [KCSC-240904-03]"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청(KCSC-240904-03)을 검토했습니다.

검토 결과 아래 콘텐츠는 대한민국 현지 법률에 따라 한국 내에서 액세스를 차단했습니다.
- {Y1}
- {Y3}

또한 다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- {Y2}

YouTube의 법적 삭제 절차에 대해서는 https://support.google.com/youtube/answer/6154230 을 참고하세요.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: local block in KR plus a global guideline removal",
    why="two videos blocked in Korea (restricted), one Short removed; the support link is no item",
    items={Y1: "restricted", Y3: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restriction-single",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-12 05:40"),
    subject=enc("YouTube 법적 요청 검토 결과 [KCSC-240910-07]"),
    body=f"""
안녕하세요.

요청하신 동영상을 검토했습니다.

{Y4} 동영상에 연령 제한을 적용했습니다.
이제 이 동영상은 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome notice",
    why="age restriction applied to the one requested video: restricted",
    items={Y4: "restricted"},
)

case(
    name="yt-no-action-korean",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-09 02:55"),
    subject=enc("Re: [KCSC-240904-03] 법적 요청 추가 검토 결과"),
    body=f"""
안녕하세요.

{Y3} 에 대해 신중히 검토했으나,
YouTube 정책이나 현지 법률 위반 사항을 확인할 수 없어 조치를 취하지 않았습니다.
이 동영상은 계속 게시됩니다.

추가 정보나 법원 명령이 있으면 https://support.google.com/legal 을 통해 새로 요청해 주세요.

YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'no action taken' legal outcome in Korean",
    why="a refusal with its reason: the video stays up (rejected); the invitation to file anew is no hedge",
    items={Y3: "rejected"},
)

case(
    name="yt-actioned-english-korean",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube Trust & Safety",
    date=d("2024-09-07 08:12"),
    subject="Update on your report KCSC-240904-03 / 신고 처리 결과",
    body=f"""
Hello,

Following our review, {Y2} has been actioned under our policies.
검토 결과 위 Shorts 동영상은 정책에 따라 조치되었습니다.

We could not find a video at {Y1}. The video does not exist or the link is invalid.
위 주소에서는 동영상을 찾을 수 없습니다.

Regards,
YouTube Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual YouTube trust-and-safety update using its 'actioned' wording",
    why="'has been actioned under our policies' is YouTube's configured removal phrase; the other video cannot be found (not_found)",
    items={Y2: "removed", Y1: "not_found"},
)

case(
    name="yt-gmail-quoted-request",
    **{"from": "legal-kr@google.com"},
    name_from="Google 법무지원 (YouTube)",
    date=d("2024-09-11 19:31"),
    subject="Re: [KCSC-240910-07] 불법정보 시정요구",
    reply_to_req="req-240910-07",
    body=f"""
안녕하세요,

요청하신 동영상 {Y4} 은 괴롭힘 및 사이버 폭력 정책 위반으로 삭제되었습니다.

감사합니다.
Google 법무지원

2024년 9월 10일 (화) 오후 2:05, KCSC Takedown <takedown@kcsc.example>님이 작성:
> YouTube 담당자님께,
>
> 아래 동영상은 성적 허위영상물에 해당하여 삭제를 요청합니다.
> {Y4}
>
> 조치 기한: 2024-09-17
> 방송통신심의위원회
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply with the Korean '님이 작성:' attribution above the quoted request",
    why="the reply's own line says the video was deleted; the quoted request only asks",
    items={Y4: "removed"},
)

case(
    name="yt-lookalike-domain",
    **{"from": "notice@youtube-kr-safety.example"},
    name_from="YouTube Trust & Safety",
    date=d("2024-09-08 21:09"),
    subject="[KCSC-240904-03] 조치 완료 안내",
    body=f"""
안녕하세요. YouTube Trust & Safety 팀입니다.

요청번호 KCSC-240904-03 관련 아래 동영상이 삭제되었습니다.
{Y1}
{Y3}

확인을 위해 첨부된 링크에서 기관 계정으로 로그인해 주세요.
""",
    outcome="review", review="unknown_sender",
    imitates="look-alike 'YouTube' notice from a domain that is not YouTube's",
    why="the sender domain belongs to no configured platform: unknown_sender, nothing applied",
    items={Y1: "pending", Y3: "pending"},
)

case(
    name="yt-legal-ack",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    date=d("2024-09-04 14:08"),
    subject=enc("YouTube 법률 지원팀에 문의해 주셔서 감사합니다 [KCSC-240904-03]"),
    body="""
안녕하세요.

YouTube 법률 지원팀에 연락해 주셔서 감사합니다.
요청이 접수되었으며 참조 번호는 6-4410000027713 입니다.

검토가 끝나면 이 이메일 주소로 연락드리겠습니다.
이 메일에 회신하지 마세요.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-request automatic receipt with a reference number",
    why="pure acknowledgement: request received, reference number, no statement",
    items={},
)

# ======================================================================
# DC Inside (KCSC-240905-04, 5 items)
# ======================================================================

case(
    name="dc-operator-informal",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-06 17:26"),
    subject="Re: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청주신 글 확인했습니다.

{G2}
{G3}

위 두 글은 오늘 오후 운영자 권한으로 삭제했고 작성자 IP도 차단해 두었습니다.
나머지 글은 갤러리 매니저 쪽 확인이 필요해서 시간이 조금 걸릴 것 같습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply, statement after the URLs ('위 두 글은')",
    why="'위 두 글은 … 삭제했고' points back at the two URLs: removed; the rest only 'will take time'",
    items={G2: "removed", G3: "removed"},
)

case(
    name="dc-bulleted-mixed",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-09 11:02"),
    subject="[KCSC-240905-04] 처리 결과 안내",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청번호 KCSC-240905-04 처리 결과를 안내드립니다.

• {G1} - 삭제 완료
• {G4} - 작성자가 먼저 삭제한 글입니다 (이미 삭제됨)
• {G5} - 삭제 불가: 중고차 시세 관련 일반 게시물로, 이용약관 및 관련 법령 위반 사항이 확인되지 않음

문의 사항은 회신 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operations result list with bullets and reasons",
    why="deleted (removed), already deleted by its author (not_found), refused because it breaks no rule (rejected)",
    items={G1: "removed", G4: "not_found", G5: "rejected"},
)

case(
    name="dc-angle-brackets-particles",
    **{"from": "report@dcinside.com"},
    name_from="디시인사이드 신고센터",
    date=d("2024-09-07 20:44"),
    subject="RE: [KCSC-240905-04] 불법정보 시정요구",
    body=f"""
요청번호 KCSC-240905-04 처리 내역입니다.

<{G5}>：삭제함.
<{G3}>는 블라인드 처리했습니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="terse abuse-desk reply with URLs in angle brackets, full-width colon and an attached particle",
    why="each bracketed URL is followed by its result: 삭제 and 블라인드 both removed",
    items={G5: "removed", G3: "removed"},
)

DC_PLAIN = f"""디시인사이드 시정요구 조치결과 (KCSC-240905-04)

순번  URL  조치내용  조치일시
1  {G1}  삭제  2024-09-10 10:02
2  {G2}  삭제  2024-09-10 10:03
3  {G3}  삭제  2024-09-10 10:03
4  {G4}  해당 게시물 없음  -
5  {G5}  삭제  2024-09-10 10:05

(주)디시인사이드 운영팀
"""
DC_HTML = f"""<html><body>
<p><b>디시인사이드 시정요구 조치결과 (KCSC-240905-04)</b></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>순번</th><th>URL</th><th>조치내용</th><th>조치일시</th></tr>
<tr><td>1</td><td>{G1}</td><td>삭제</td><td>2024-09-10 10:02</td></tr>
<tr><td>2</td><td>{G2}</td><td>삭제</td><td>2024-09-10 10:03</td></tr>
<tr><td>3</td><td>{G3}</td><td>삭제</td><td>2024-09-10 10:03</td></tr>
<tr><td>4</td><td>{G4}</td><td>해당 게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td>{G5}</td><td>삭제</td><td>2024-09-10 10:05</td></tr>
</table>
<p>(주)디시인사이드 운영팀</p>
</body></html>"""

case(
    name="dc-result-table-alternative",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-10 10:30"),
    subject=enc("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240905-04)"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dc_alt_0910"

--dc_alt_0910
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_PLAIN)}
--dc_alt_0910
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_HTML)}
--dc_alt_0910--
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table sent as multipart/alternative (plain + HTML, both base64)",
    why="all five rows: four 삭제 removed, 해당 게시물 없음 not_found",
    items={G1: "removed", G2: "removed", G3: "removed", G4: "not_found", G5: "removed"},
)

case(
    name="dc-all-deleted-one-line",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-06 09:15"),
    subject="Re: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req="req-240905-04",
    body="""
요청주신 게시물 전부 삭제처리 했습니다.
감사합니다.

디시인사이드 운영팀
""",
    outcome="review", review="bulk",
    imitates="one-line informal 'all deleted' reply",
    why="'전부 삭제' for a five-item request without naming any item: bulk",
    items={u: "pending" for u in DC_ALL},
)

case(
    name="dc-will-delete-today",
    **{"from": "cs@dcinside.com"},
    name_from="디시인사이드 운영팀",
    date=d("2024-09-05 15:48"),
    subject="Re: [KCSC-240905-04] 불법정보 시정요구",
    reply_to_req="req-240905-04",
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{G1} 글은 확인 후 금일 중으로 삭제하겠습니다.
{G4} 은 미니갤 매니저에게 삭제 요청해 두었습니다.

처리되면 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="operator reply promising deletion later the same day",
    why="'삭제하겠습니다' and 'asked the manager to delete' are promises: both items stay pending",
    items={G1: "pending", G4: "pending"},
)

case(
    name="dc-out-of-office",
    **{"from": "minho.lee@dcinside.com"},
    name_from="이민호",
    date=d("2024-09-05 14:10"),
    subject=enc("[자동응답] Re: [KCSC-240905-04] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
[자동응답 메일입니다]

현재 출장 중으로 9월 9일(월)에 복귀합니다.
게시물 관련 긴급 요청은 cs@dcinside.com 으로 보내 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean groupware auto-reply (자동응답, business trip)",
    why="auto-reply, ignored",
    items={},
)

# ======================================================================
# BAND (KCSC-240906-05, 2 items)
# ======================================================================

case(
    name="band-result-notice",
    **{"from": "noreply@band.us"},
    name_from="BAND 운영팀",
    date=d("2024-09-09 13:37"),
    subject=enc("[BAND] 게시글 조치 결과 안내 (KCSC-240906-05)"),
    body=f"""
안녕하세요. BAND 운영팀입니다.
요청하신 밴드(80412377)의 게시글에 대한 조치 결과입니다.

- {B1} : 운영정책 위반(불법 정보)으로 게시글을 삭제했습니다.
- {B2} : 게시글이 존재하지 않습니다. 이미 삭제되었거나 주소가 잘못되었습니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operations result notice, one dash line per post",
    why="first post deleted (removed), second does not exist (not_found); the policy page is no item",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-leader-deadline",
    **{"from": "safety@band.us"},
    name_from="BAND 안전센터",
    date=d("2024-09-07 10:52"),
    subject="Re: [KCSC-240906-05] 불법정보 시정요구",
    reply_to_req="req-240906-05",
    body=f"""
안녕하세요. BAND 안전센터입니다.

해당 밴드 리더에게 아래 게시글의 삭제를 안내했으며, 48시간 이내에 삭제되지 않을 경우
BAND가 직접 게시글을 삭제하고 밴드 이용을 제한할 예정입니다.

{B1}
{B2}

결과는 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND safety-centre reply giving the band leader a deadline",
    why="a condition and a promise (삭제되지 않을 경우 … 예정): nothing has happened yet to either post",
    items={B1: "pending", B2: "pending"},
)

case(
    name="band-inquiry-receipt",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date=d("2024-09-06 15:01"),
    subject=enc("[BAND 고객센터] 문의 접수 안내 #B-2409-77812"),
    body="""
안녕하세요. BAND 고객센터입니다.

문의가 접수되었습니다.
- 문의번호: B-2409-77812
- 문의 제목: [KCSC-240906-05] 불법정보 시정요구

영업일 기준 1~3일 이내에 답변드리겠습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="BAND help-centre inquiry receipt",
    why="ticket receipt, no statement",
    items={},
)

HEADER = """# Blind set 305 (Korean): expected results for tests/corpus/blind305/cases/.
# Generated by make.py; edit the case list there. Written from each email's
# meaning before the reader was run on any of them."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind305", HEADER, CASES)


if __name__ == "__main__":
    main()
