#!/usr/bin/env python3
"""Blind set 527 (Korean replies: NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND). Deterministic: writes requests.csv, cases/*.eml and
expected.toml from the case list below.

    python3 tests/corpus/blind527/make.py

Expected results were written from each email's meaning before any run of
the reader. All names, ids and URLs are invented.
"""
import base64
import csv
import datetime
import os
import quopri
import sys
import urllib.parse
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind527"


def enc(url):
    """Percent-encode a raw URL the way it is stored in requests.csv."""
    return urllib.parse.quote(url, safe=":/?&=%@#_.-~")


# --- requests -------------------------------------------------------------
# R1 NAVER, 12 items (largest)
N1 = "https://blog.naver.com/goldbull_lab/223561004411"
N2 = "https://blog.naver.com/goldbull_lab/223561009870"
N3 = "https://blog.naver.com/sunrise_stock77/223559902153"
N4 = "https://cafe.naver.com/richroadclub/48812"
N5 = "https://cafe.naver.com/richroadclub/48830"
N6 = "https://cafe.naver.com/coinmaster2024/9071"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=471234567"
N8 = "https://blog.naver.com/PostView.naver?blogId=yeouido_signal&logNo=223560017742"
N9 = "https://cafe.naver.com/richroadclub/48901"
N10 = "https://m.blog.naver.com/sunrise_stock77/223560333021"
N11 = "https://in.naver.com/stockmentor_k/contents/internal/712345678901234"
N12 = "https://blog.naver.com/yeouido_signal/223562204418"
R1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
# R2 Kakao/Daum, 5 items
K1 = "https://cafe.daum.net/lucky7house/Fq2b/1204"
K2 = "https://cafe.daum.net/lucky7house/Fq2b/1219"
K3_RAW = "https://fortune-play.tistory.com/entry/먹튀검증-사이트-추천"
K3 = enc(K3_RAW)
K4 = "https://fortune-play.tistory.com/38"
K5 = "https://story.kakao.com/_aB3xQ9/KJ7wLm2pQa0"
R2 = [K1, K2, K3, K4, K5]
R2_RAW = [K1, K2, K3_RAW, K4, K5]
# R3 YouTube, 4 items
Y1 = "https://www.youtube.com/watch?v=Qk3fT8mZp2A"
Y2 = "https://www.youtube.com/watch?v=bN7xW4rLc9E"
Y3 = "https://www.youtube.com/shorts/Hd2Ks9VqT1o"
Y4 = "https://youtu.be/pL8cR5nYw3U"
R3 = [Y1, Y2, Y3, Y4]
# R4 DC Inside, 4 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912345"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinsignal&no=44120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinsignal&no=44187"
D4 = "https://gall.dcinside.com/mini/board/view/?id=leakroom&no=3051"
R4 = [D1, D2, D3, D4]
# R5 BAND, 3 items
B1 = "https://band.us/band/81234567/post/1021"
B2 = "https://band.us/band/81234567/post/1044"
B3 = "https://band.us/band/80990011"
R5 = [B1, B2, B3]
# R6 NAVER, 1 item
N13 = "https://cafe.naver.com/jooyoungmom/3310"
R6 = [N13]
# R7 Kakao/Daum, 2 items
K6 = "https://brunch.co.kr/@quietpen/57"
K7 = "https://cafe.daum.net/hanmaeum-moms/Rk8c/77"
R7 = [K6, K7]

REQUESTS = [
    # ref, platform, sent, due, urls, category, msgid stem, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", R1,
     "illegal_finance", "20240902100000.KCSC-240902-01",
     'unregistered investment advice ("리딩방") ads, blogs, cafes, KnowledgeiN'),
    ("KCSC-240903-02", "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", R2,
     "gambling", "20240903110000.KCSC-240903-02",
     "illegal sports betting promotion, Daum cafe, Tistory, KakaoStory"),
    ("KCSC-240905-03", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", R3,
     "illegal_drugs", "20240905093000.KCSC-240905-03",
     "drug sale advertising videos, channel 'night_pharm_kr'"),
    ("KCSC-240906-04", "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", R4,
     "privacy", "20240906140000.KCSC-240906-04",
     "personal data exposure, stock/coin galleries and a mini gallery"),
    ("KCSC-240909-05", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", R5,
     "illegal_finance", "20240909100000.KCSC-240909-05",
     "paid signal room recruiting, two posts and the band itself"),
    ("KCSC-240910-06", "naver", "2024-09-10T15:00:00+09:00", "2024-09-17T18:00:00+09:00", R6,
     "defamation", "20240910150000.KCSC-240910-06",
     "single cafe post naming a private person"),
    ("KCSC-240911-07", "kakao", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00", R7,
     "privacy", "20240911140000.KCSC-240911-07",
     "home address and phone number of a private person, Brunch and Daum cafe"),
]
MSGID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])


# --- helpers ---------------------------------------------------------------
def d(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    return f"{wd}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{ss:02d} +0900"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def request_text(ref, urls, date_ko):
    lines = [
        "수신: 플랫폼 정책 담당자",
        "",
        "방송통신심의위원회 통신심의국입니다.",
        "정보통신망법 제44조의7에 따라 아래 정보에 대한 시정요구를 통보하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        f"요청일: {date_ko}",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return lines


def quoted(lines, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in lines)


NAVER_SIG = """네이버 주식회사 정책지원실
Trust & Safety 대응팀
이 메일은 발신 전용이 아니며, 회신 시 요청번호를 유지해 주세요."""

KAKAO_SIG = """(주)카카오 권리보호센터
대외기관 협력 담당"""

DC_SIG = """디시인사이드 운영팀
https://gall.dcinside.com/notice/rules"""

BAND_SIG = """BAND 고객센터 | 안전운영팀
운영정책: https://band.us/policy/operation"""

YT_SIG = """YouTube 법무팀
Google LLC
도움말: https://support.google.com/youtube/answer/2802027"""


cases = []


def add(**c):
    cases.append(c)


# ===========================================================================
# APPLIED
# ===========================================================================

# 1. NAVER 공문 with a text table covering all 12 items.
rows12 = [
    (N1, "블로그", "게시중단", ""),
    (N2, "블로그", "게시중단", ""),
    (N3, "블로그", "임시조치", "30일간 접근 제한"),
    (N4, "카페", "게시중단", ""),
    (N5, "카페", "게시물 없음", "작성자 삭제"),
    (N6, "카페", "게시중단", ""),
    (N7, "지식iN", "미조치", "위반사항 미확인"),
    (N8, "블로그", "임시조치", "30일간 접근 제한"),
    (N9, "카페", "게시중단", ""),
    (N10, "블로그", "게시물 없음", "존재하지 않는 글"),
    (N11, "인플루언서", "미조치", "위반사항 미확인"),
    (N12, "블로그", "게시중단", ""),
]
tbl = ["연번 | URL | 서비스 | 조치결과 | 비고", "-" * 72]
for i, (u, svc, res, note) in enumerate(rows12, 1):
    tbl.append(f"{i} | {u} | {svc} | {res} | {note}".rstrip())
add(
    name="naver-gongmun-text-table-12",
    date=d(9, 16, 40), **{"from": "policy@navercorp.com"},
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 통보",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""문서번호: 네이버정책-2024-0917
수    신: 방송통신심의위원회(통신심의국장)
제    목: 시정요구(KCSC-240902-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 2. 요청하신 불법 금융투자 광고 정보(총 12건)에
   대하여 당사 조치결과를 아래와 같이 통보합니다.

- 아    래 -

{chr(10).join(tbl)}

※ 조치결과 구분: 게시중단(삭제), 임시조치(30일 접근 제한),
   게시물 없음(요청 시점 이전 삭제), 미조치(운영정책 위반 미확인).
3. 기타 문의사항은 본 메일로 회신하여 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 통보 with a pipe table",
    why="Every row states one of 게시중단/임시조치/게시물 없음/미조치 for a named URL.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "rejected", N8: "restricted", N9: "removed", N10: "not_found",
           N11: "rejected", N12: "removed"},
)

# 2. NAVER HTML table, five rows.
html_rows = [
    (N1, "2024.09.04", "게시중단"),
    (N2, "2024.09.04", "블라인드"),
    (N3, "2024.09.04", "임시조치(30일)"),
    (N4, "-", "작성자 삭제로 게시물 없음"),
    (N5, "-", "미조치(운영원칙 위반 아님)"),
]
tr = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{dt}</td><td>{r}</td></tr>'
    for i, (u, dt, r) in enumerate(html_rows, 1)
)
add(
    name="naver-html-table-five-rows",
    date=d(5, 11, 2), **{"from": "noreply-safety@navercorp.com"},
    subject="[NAVER] 게시물 조치결과 안내 (KCSC-240902-01 1차)",
    reply_to_req=MSGID["KCSC-240902-01"],
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요, 네이버 Trust &amp; Safety 대응팀입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 1차 검토가 끝난 게시물의 처리 결과를 알려드립니다.
나머지 게시물은 검토가 끝나는 대로 별도로 안내드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 URL</th><th>조치일</th><th>처리 결과</th></tr>
{tr}
</table>
<p>게시중단 및 임시조치 관련 기준은 <a href="https://policy.naver.com/policy/service_group.html">네이버 정책</a>
페이지를 참고해 주세요.</p>
<p>네이버 주식회사 정책지원실</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 처리결과 HTML notice with result column",
    why="Five rows, each a named URL with 게시중단/블라인드/임시조치/게시물 없음/미조치; policy link is not an item.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

# 3. NAVER CSV attachment for the other seven items.
csv_body = "\ufeff번호,URL,서비스,조치일자,조치결과,비고\n" + "\n".join([
    f"6,{N6},카페,2024-09-06,게시중단,",
    f'7,"{N7}",지식iN,2024-09-06,게시중단,답변 포함 삭제',
    f'8,"{N8}",블로그,2024-09-06,임시조치,30일',
    f"9,{N9},카페,2024-09-06,블라인드,",
    f"10,{N10},블로그,-,게시물 없음,작성자 선삭제",
    f"11,{N11},인플루언서,-,미조치,\"광고 표기 확인, 위반 아님\"",
    f"12,{N12},블로그,2024-09-06,게시중단,",
]) + "\n"
add(
    name="naver-csv-attachment-seven",
    date=d(6, 17, 25), **{"from": "policy@navercorp.com"},
    subject="RE: [KCSC-240902-01] 시정요구 - 조치결과 (2차, 첨부)",
    reply_to_req=MSGID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: multipart/mixed; boundary="==nv-b527-csv=="

--==nv-b527-csv==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원실입니다.

KCSC-240902-01 건 중 2차 검토분(6번~12번) 조치결과를 첨부 파일로
송부드립니다. 확인 부탁드립니다.

{NAVER_SIG}

--==nv-b527-csv==
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result_2.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result_2.csv"
Content-Transfer-Encoding: base64

{b64(csv_body)}
--==nv-b527-csv==--
""",
    outcome="applied", classification="confirmation",
    imitates="Portal result sheet sent as an Excel-exported CSV attachment (UTF-8 with BOM)",
    why="The CSV gives a result per URL: 게시중단/임시조치/블라인드/게시물 없음/미조치.",
    items={N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "not_found",
           N11: "rejected", N12: "removed"},
)

# 4. NAVER one-item request, URL then status line.
add(
    name="naver-single-url-status-below",
    date=d(11, 10, 15), **{"from": "policy@navercorp.com"},
    subject="[NAVER] 게시중단 요청 처리 결과 (KCSC-240910-06)",
    reply_to_req=MSGID["KCSC-240910-06"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 카페 게시물에 대한 처리 결과를 안내드립니다.

대상 게시물:
{N13}
처리 결과: 게시중단 (2024.09.11 09:52 처리)

게시자에게는 게시중단 사실과 재게시 요청 절차가 함께 안내되었습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (URL, then 처리 결과 line)",
    why="The one requested post is named and stated 게시중단.",
    items={N13: "removed"},
)

# 5. NAVER staff informal top-post over the Gmail-quoted request.
add(
    name="naver-informal-top-post-two-cafe",
    date=d(4, 19, 8), **{"from": "jiwoo.han@navercorp.com"}, name_from="한지우",
    subject="Re: [KCSC-240902-01] 불법 금융투자 광고 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요, 네이버 카페 운영 담당 한지우입니다.

카페 쪽 게시물 먼저 말씀드리면 아래 두 건은 오늘 오후에 삭제 처리했습니다.
{N4}
{N9}

나머지는 블로그팀에서 따로 회신드릴 예정입니다.

한지우 드림

2024년 9월 2일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240902-01", R1, "2024. 9. 2."))}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff's informal Gmail top-post above the quoted request",
    why="Two cafe URLs stated deleted above the quote; the quoted list states nothing.",
    items={N4: "removed", N9: "removed"},
)

# 6. NAVER URL lines each followed by an arrow status.
add(
    name="naver-url-arrow-status-lines",
    date=d(5, 14, 31), **{"from": "blog-safety@naver.com"}, name_from="네이버 블로그 안전센터",
    subject="[네이버 블로그] 요청 게시물 처리 안내 - KCSC-240902-01",
    body=f"""방송통신심의위원회 담당자님께,

네이버 블로그 안전센터입니다. 요청번호 KCSC-240902-01 중 블로그 게시물
3건의 처리 내역입니다.

{N2}
 → 게시중단 완료 (9/5 13:10)

{N3}
 → 임시조치 (30일간 게시 중단 후 게시자 이의신청 여부 확인)

{N12}
 → 게시중단 완료 (9/5 13:12)

감사합니다.
네이버 블로그 안전센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog 안전센터 per-URL processing list with arrows",
    why="Each URL is followed by its own status line (게시중단/임시조치).",
    items={N2: "removed", N3: "restricted", N12: "removed"},
)

# 7. NAVER refusal with reasons, quoted-printable.
txt7 = f"""안녕하세요. 네이버 정책지원실입니다.

KCSC-240902-01 요청 건 중 아래 두 게시물에 대한 검토 결과를 알려드립니다.

- {N7}
- {N11}

검토 결과, 위 두 게시물은 게시자가 특정 종목에 대한 개인적인 의견을
밝힌 글로서, 유사투자자문 광고나 유료 리딩방 회원 모집 등 운영정책 위반
사항이 확인되지 않았습니다. 이에 따라 두 게시물 모두 게시중단 조치를
하지 않고 현 상태로 유지하였음을 알려드립니다.

추가 자료(심의 의결서 등)를 보내주시면 재검토하겠습니다.

{NAVER_SIG}
"""
add(
    name="naver-refusal-two-qp",
    date=d(10, 11, 47), **{"from": "policy@navercorp.com"},
    subject="=?UTF-8?B?" + base64.b64encode("[회신] KCSC-240902-01 검토 결과 (미조치 2건)".encode()).decode() + "?=",
    reply_to_req=MSGID["KCSC-240902-01"],
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(txt7)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 미조치 회신 giving the policy reason, quoted-printable body",
    why="Both posts were reviewed and kept up as breaking no rule: a refusal with reason; the offer to re-review is not a promise about them.",
    items={N7: "rejected", N11: "rejected"},
)

# 8. Kakao 임시조치 notice, URLs in angle brackets.
add(
    name="kakao-imsijochi-angle-brackets",
    date=d(4, 15, 20), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject="[카카오] 게시물 임시조치 및 삭제 결과 안내 (KCSC-240903-02)",
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240903-02)에 대한 처리 결과를
안내드립니다.

1) 다음카페 게시물 <{K1}>
   다음카페 게시물 <{K2}>
   : 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 차단)하였습니다.

2) 티스토리 게시물 <{K3_RAW}>
   : 불법 도박 홍보로 판단하여 삭제하였습니다.

임시조치된 게시물은 게시자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 notice",
    why="Two cafe posts 임시조치 (restricted), the Tistory post (raw Korean path) deleted.",
    items={K1: "restricted", K2: "restricted", K3: "removed"},
)

# 9. Kakao prose: URL in parentheses followed by particle, KakaoStory private.
add(
    name="kakao-prose-particles-tistory-story",
    date=d(5, 10, 5), **{"from": "cs-safety@kakao.com"}, name_from="카카오 고객센터",
    subject="Re: KCSC-240903-02 불법 도박 홍보 게시물 조치 요청",
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""담당자님 안녕하세요. 카카오 고객센터 안전운영 담당입니다.

티스토리 게시물(https://fortune-play.tistory.com/entry/먹튀검증-사이트-추천)은 어제 저녁 블라인드 처리되었으며,
같은 블로그의 {K4} 는 확인 결과 작성자가 이미 삭제한 글로 현재 존재하지 않습니다.
카카오스토리 게시물 {K5}은 운영정책 위반으로 비공개 처리하였습니다.

다음카페 게시물 2건은 카페 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
{KAKAO_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre prose reply (Tistory 블라인드, KakaoStory 비공개)",
    why="Tistory post 블라인드, second Tistory post already deleted by its author, Story post 비공개 처리; cafe posts only promised.",
    items={K3: "removed", K4: "not_found", K5: "removed", K1: "pending", K2: "pending"},
)

# 10. Kakao base64 HTML, all five.
html10 = f"""<html><head><meta charset="utf-8"></head><body>
<div>안녕하세요. (주)카카오 권리보호센터입니다.<br>
요청번호 KCSC-240903-02 전체 5건에 대한 최종 처리 결과입니다.</div>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No</th><th>서비스</th><th>URL</th><th>결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>다음카페</td><td>{K1}</td><td>삭제</td></tr>
<tr><td>2</td><td>다음카페</td><td>{K2}</td><td>삭제</td></tr>
<tr><td>3</td><td>티스토리</td><td>{K3}</td><td>삭제</td></tr>
<tr><td>4</td><td>티스토리</td><td>{K4}</td><td>해당 게시물 없음</td></tr>
<tr><td>5</td><td>카카오스토리</td><td>{K5}</td><td>조치 불가(운영정책 위반 사항 없음)</td></tr>
</tbody></table>
<p>문의: 카카오 권리보호센터</p>
</body></html>
"""
add(
    name="kakao-base64-html-final-five",
    date=d(9, 13, 0), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject="[카카오] KCSC-240903-02 최종 처리 결과",
    reply_to_req=MSGID["KCSC-240903-02"],
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html10)}""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리보호센터 final result table (HTML, base64 body)",
    why="Table: three 삭제, one 해당 게시물 없음, one 조치 불가 with its reason (rejected).",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

# 11. Kakao/Brunch privacy reply over the Gmail quote.
add(
    name="kakao-brunch-cafe-gmail-quote",
    date=d(12, 16, 44), **{"from": "brunch-help@kakaocorp.com"}, name_from="브런치팀",
    subject="Re: [KCSC-240911-07] 개인정보 노출 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240911-07"],
    body=f"""안녕하세요, 브런치팀입니다.

요청하신 2건 처리 결과 알려드립니다.

- 브런치 글 {K6} : 개인정보(주소, 연락처) 노출로 삭제 완료
- 다음카페 글 {K7} : 카페 운영팀과 협의하여 임시조치(30일 접근 제한)

감사합니다.
브런치팀 드림

2024년 9월 11일 (수) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(request_text("KCSC-240911-07", R7, "2024. 9. 11."))}
""",
    outcome="applied", classification="confirmation",
    imitates="Brunch team reply with a bulleted result above the Gmail quote",
    why="Brunch post deleted, cafe post 임시조치 (restricted), each named.",
    items={K6: "removed", K7: "restricted"},
)

# 12. Kakao Outlook reply: one restricted, one under review; request below unquoted.
add(
    name="kakao-outlook-one-restricted-one-review",
    date=d(12, 9, 30), **{"from": "cafe-safety@daum.net"}, name_from="다음카페 안전운영팀",
    subject="RE: [KCSC-240911-07] 개인정보 노출 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240911-07"],
    body=f"""안녕하세요. 다음카페 안전운영팀입니다.

요청하신 건 중 다음카페 게시물 {K7} 는
오늘 오전 임시조치(30일간 접근 제한)되었습니다.

브런치 글은 브런치팀에서 현재 검토하고 있으며, 결과가 나오는 대로 별도로
회신드리겠습니다.

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Wednesday, September 11, 2024 2:00 PM
To: policy@kakaocorp.com
Subject: [KCSC-240911-07] 개인정보 노출 게시물 시정요구

{chr(10).join(request_text("KCSC-240911-07", R7, "2024. 9. 11."))}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe team Outlook reply over the unquoted original request",
    why="The cafe post is stated 임시조치; the Brunch post is only under review; the original below the separator states nothing.",
    items={K7: "restricted", K6: "pending"},
)

# 13. YouTube Korean legal notice: geo-restriction + global removal.
add(
    name="yt-legal-kr-geo-and-removed",
    date=d(9, 4, 12), **{"from": "legal-notices-noreply@google.com"}, name_from="YouTube Legal",
    subject="YouTube 법적 요청 처리 결과 [KCSC-240905-03]",
    body=f"""방송통신심의위원회 귀하,

YouTube에 법적 요청을 보내주셔서 감사합니다. 요청번호 KCSC-240905-03에
포함된 콘텐츠를 검토한 결과는 다음과 같습니다.

현지 법률에 따라 아래 동영상은 대한민국에서 액세스가 제한되었습니다.
  {Y1}
  {Y2}

아래 동영상은 YouTube 커뮤니티 가이드(규제 상품 판매) 위반으로 YouTube에서
삭제되었습니다.
  {Y3}

요청하신 나머지 콘텐츠에 대한 결과는 별도로 알려드리겠습니다.

{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean (local block vs. guideline removal)",
    why="Two videos restricted in Korea, the Short removed globally; y4 untouched.",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

# 14. YouTube bilingual: age restriction and a refusal.
add(
    name="yt-bilingual-age-restricted-and-kept",
    date=d(11, 8, 55), **{"from": "legal-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240905-03 / 검토 결과 (Review outcome)",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요. / Hello,

[한국어]
{Y4}
위 동영상에는 연령 제한을 적용했습니다. 로그인한 만 18세 이상 사용자만 시청할 수 있습니다.

{Y2}
위 동영상은 커뮤니티 가이드 및 현지 법률 위반 사항이 확인되지 않아 별도 조치를 취하지 않았습니다.

[English]
We applied an age restriction to the first video above. We did not take action on
the second video, as we did not find it to violate our Community Guidelines or local law.

감사합니다. / Thank you,
{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube bilingual Korean/English review outcome (age-restriction, no action)",
    why="y4 age-restricted (restricted); y2 kept up as breaking no rule (rejected).",
    items={Y4: "restricted", Y2: "rejected"},
)

# 15. YouTube numbered list for all four.
add(
    name="yt-numbered-list-all-four",
    date=d(13, 10, 20), **{"from": "legal-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="[YouTube] 요청번호 KCSC-240905-03 최종 결과",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요, YouTube 팀입니다.

요청번호 KCSC-240905-03의 동영상 4건에 대한 최종 결과를 정리해 드립니다.

1. {Y1} - 삭제됨 (커뮤니티 가이드 위반)
2. {Y2} - 대한민국 내 시청 차단
3. {Y3} - 동영상을 찾을 수 없음 (잘못된 URL이거나 이미 삭제됨)
4. {Y4} - 조치하지 않음: 교육 목적의 뉴스 보도 콘텐츠로 판단

추가 문의는 이 메일에 회신해 주세요.
{YT_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team numbered final outcome list in Korean",
    why="Numbered URLs each with a status: 삭제됨, 국내 시청 차단, 찾을 수 없음, 조치하지 않음 with its reason.",
    items={Y1: "removed", Y2: "restricted", Y3: "not_found", Y4: "rejected"},
)

# 16. DC Inside informal operator reply.
add(
    name="dc-informal-operator-reply",
    date=d(6, 18, 2), **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영자",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""안녕하세요 디시인사이드 운영팀입니다.
요청주신 건 확인했습니다.

{D1}
{D2}
위 두 글은 바로 삭제했고요,

{D3} 이건 들어가 보니
작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

leakroom 미니갤 건은 갤러리 매니저 쪽 확인이 좀 필요해서 내일 중으로 다시 말씀드릴게요.

수고하세요.
{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short informal reply",
    why="Two posts deleted, one already deleted by its author (not_found); the mini-gallery post only promised.",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "pending"},
)

# 17. DC Inside text table with full-width brackets.
add(
    name="dc-text-table-four",
    date=d(10, 9, 12), **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject="［디시인사이드］ 시정요구 조치결과 회신 (KCSC-240906-04)",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""방송통신심의위원회 통신심의국 담당자님께

디시인사이드 신고센터입니다. 요청번호 KCSC-240906-04 조치결과를 회신드립니다.

┌────┬─────────────────────────────────────────────┬──────────┐
│ No │ URL                                          │ 조치결과 │
├────┼─────────────────────────────────────────────┼──────────┤
│ 1  │ {D1} │ 삭제     │
│ 2  │ {D2} │ 삭제     │
│ 3  │ {D3} │ 미조치 (개인정보 미포함 확인) │
│ 4  │ {D4} │ 갤러리 폐쇄 │
└────┴─────────────────────────────────────────────┴──────────┘

※ 4번은 해당 미니 갤러리 전체가 운영원칙 위반으로 폐쇄되어 게시물 열람이 불가합니다.

{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result table with box-drawing characters",
    why="Rows: 삭제, 삭제, 미조치 with reason (rejected), gallery closed so post unavailable (removed).",
    items={D1: "removed", D2: "removed", D3: "rejected", D4: "removed"},
)

# 18. DC Inside statements with URL on the next line.
add(
    name="dc-statement-then-url-below",
    date=d(7, 11, 40), **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 게시물 처리 안내",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

아래 게시물은 운영원칙(개인정보 노출) 위반으로 삭제 처리되었습니다.
{D4}

아래 게시물은 해당 번호의 글이 존재하지 않아 조치할 수 없었습니다.
{D1}

이용에 참고 부탁드립니다.
{DC_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고 처리 안내 with each statement above its URL",
    why="d4 deleted, d1 does not exist; the URL follows its statement on the next line.",
    items={D4: "removed", D1: "not_found"},
)

# 19. BAND notice.
add(
    name="band-notice-two-deleted-band-kept",
    date=d(10, 17, 5), **{"from": "safety@band.us"}, name_from="BAND 안전운영팀",
    subject="[BAND] 신고 게시물 처리 결과 안내 (KCSC-240909-05)",
    reply_to_req=MSGID["KCSC-240909-05"],
    body=f"""안녕하세요. BAND 안전운영팀입니다.

요청하신 게시물 및 밴드에 대한 처리 결과를 안내드립니다.

■ {B1} : 게시글 삭제
■ {B2} : 게시글 삭제
■ {B3} : 밴드 자체에서는 운영정책 위반이 확인되지 않아 별도 조치하지 않았습니다.
   (문제 게시글 2건은 위와 같이 삭제되었으며, 밴드 리더에게 경고가 발송되었습니다.)

{BAND_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 안전운영팀 신고 처리 결과 안내 with ■ bullets",
    why="Two posts deleted; the band itself kept up as breaking no rule (rejected).",
    items={B1: "removed", B2: "removed", B3: "rejected"},
)

# 20. BAND HTML: band closed, one post already gone.
add(
    name="band-html-band-closed",
    date=d(13, 15, 33), **{"from": "safety@band.us"}, name_from="BAND 안전운영팀",
    subject="[BAND] 추가 조치 안내 (KCSC-240909-05)",
    reply_to_req=MSGID["KCSC-240909-05"],
    type="html",
    body=f"""<html><body>
<p>안녕하세요. BAND 안전운영팀입니다.</p>
<p>추가 검토 결과를 안내드립니다.</p>
<ul>
<li>밴드 <a href="{B3}">{B3}</a>: 유료 리딩방 회원 모집이 반복 확인되어 <b>밴드 운영 중지(폐쇄)</b> 조치하였습니다.</li>
<li>게시글 <a href="{B1}">{B1}</a>: 작성자가 이미 삭제한 게시글로 확인되었습니다.</li>
</ul>
<p>BAND 고객센터 | <a href="https://band.us/cs/help">도움말</a></p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="BAND HTML notice: band closure, post already deleted by author",
    why="The band closed (removed); b1 already deleted by its author (not_found).",
    items={B3: "removed", B1: "not_found"},
)

# 21. NAVER wrapped URL in angle brackets.
add(
    name="naver-wrapped-angle-url",
    date=d(6, 9, 48), **{"from": "policy@navercorp.com"},
    subject="Re: [KCSC-240902-01] 블로그/인플루언서 게시물 처리",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

문의하신 두 게시물 처리 결과입니다.

가. <https://blog.naver.com/PostView.naver?blogId=yeouido_signal&
     logNo=223560017742>
    -> 게시중단 처리 완료

나. <{N11}>
    -> 임시조치 (30일)

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER reply where a long PostView URL in angle brackets is wrapped by the mailer",
    why="n8 (wrapped inside <>) stated 게시중단, n11 임시조치.",
    items={N8: "removed", N11: "restricted"},
)

# 22. NAVER acknowledgement phrase + real statements.
add(
    name="naver-receipt-plus-results",
    date=d(3, 13, 20), **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
    subject="[네이버 고객센터] 문의 접수 및 처리 결과 안내 (접수번호 NV240903-55821)",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요, 네이버 고객센터입니다.
보내주신 요청(KCSC-240902-01)이 접수번호 NV240903-55821 로 접수되었습니다.

접수 즉시 확인 가능한 게시물은 우선 처리하였습니다.
 · {N1} — 게시중단되었습니다.
 · {N10} — 이미 삭제되어 존재하지 않는 게시물입니다.

나머지 게시물은 담당 부서 검토 후 순차적으로 안내드리겠습니다.

네이버 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre receipt that already reports first results",
    why="A receipt phrase plus unhedged statements: n1 게시중단, n10 no longer exists.",
    items={N1: "removed", N10: "not_found"},
)

# 23. NAVER circled numbers and full-width colon.
add(
    name="naver-circled-numbers-fullwidth",
    date=d(4, 11, 11), **{"from": "cafe-safety@navercorp.com"}, name_from="네이버 카페 안전팀",
    subject="[네이버 카페] 시정요구 게시물 블라인드 처리 결과",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""네이버 카페 안전팀입니다.

요청번호 KCSC-240902-01 중 카페 게시물 처리 결과를 알려드립니다.

①{N5}：블라인드 처리
②{N6}：블라인드 처리
③{N9}：게시자 탈퇴로 게시물 삭제된 상태(조치 대상 없음)

블라인드 처리된 게시물은 카페 이용자에게 노출되지 않습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 블라인드 처리 결과 with circled numbers and full-width colons",
    why="Two posts 블라인드 (removed); n9 already gone with its author's account (not_found).",
    items={N5: "removed", N6: "removed", N9: "not_found"},
)

# 24. NAVER one-item request, bulk wording.
add(
    name="naver-one-item-all-removed",
    date=d(12, 14, 3), **{"from": "policy@navercorp.com"},
    subject="RE: [KCSC-240910-06] 명예훼손 게시물 게시중단 요청",
    reply_to_req=MSGID["KCSC-240910-06"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

KCSC-240910-06 건으로 요청하신 게시물은 모두 게시중단 처리되었습니다.
게시자에게는 정보통신망법에 따른 안내가 발송되었습니다.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER short 게시중단 완료 reply naming only the reference",
    why="Bulk wording, but the request has a single item, so it applies to it.",
    items={N13: "removed"},
)

# 25. YouTube Korean, URL with status, URL followed by Korean particle.
add(
    name="yt-korean-prose-particle",
    date=d(8, 20, 10), **{"from": "legal-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240905-03",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요.

문의하신 쇼츠 {Y3}는 업로더 계정이 서비스 약관 위반으로 해지되면서
YouTube에서 삭제되었습니다.

{Y4}의 경우 대한민국 도메인에서 볼 수 없도록 차단했습니다.

YouTube 팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korean short prose reply (account terminated, country block)",
    why="y3 removed with its channel; y4 blocked in Korea (restricted). URLs run straight into Korean particles.",
    items={Y3: "removed", Y4: "restricted"},
)

# ===========================================================================
# REVIEW
# ===========================================================================

add(
    name="naver-promise-will-review",
    date=d(3, 9, 15), **{"from": "policy@navercorp.com"},
    subject="RE: [KCSC-240902-01] 불법 금융투자 광고 게시물 시정요구",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청하신 게시물 중 아래 블로그 글은 담당 부서에서 내부 검토 후 조치할
예정입니다.
{N1}
{N2}

검토가 끝나는 대로 결과를 회신드리겠습니다.

{NAVER_SIG}
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action after internal review",
    why="Only a promise (조치할 예정); names items but states no status.",
    items={N1: "pending", N2: "pending"},
)

add(
    name="yt-hedge-appears-private",
    date=d(6, 10, 28), **{"from": "legal-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240905-03 진행 상황",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요.

{Y3} 는 업로더가 이미 비공개로 전환한 것으로 보입니다.
{Y1} 는 현재 확인 중이며, 확인이 끝나면 알려드리겠습니다.

YouTube 팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim update with a hedge (…한 것으로 보입니다)",
    why="'appears to have been made private' is a hedge and the other video is still being checked.",
    items={Y3: "pending", Y1: "pending"},
)

add(
    name="kakao-bulk-all-five-deleted",
    date=d(6, 16, 0), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject="[카카오] KCSC-240903-02 처리 완료",
    reply_to_req=MSGID["KCSC-240903-02"],
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

요청번호 KCSC-240903-02로 요청하신 게시물 5건은 모두 삭제 조치를 완료하였습니다.

{KAKAO_SIG}
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line 처리 완료 for a whole request",
    why="One statement for five items without naming any: bulk, items stay pending.",
    items={u: "pending" for u in R2},
)

add(
    name="dc-bulk-all-deleted-informal",
    date=d(9, 10, 40), **{"from": "master@dcinside.com"}, name_from="디시인사이드 운영자",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=MSGID["KCSC-240906-04"],
    body=f"""네 신고해주신 글들 전부 삭제했습니다.
확인 부탁드려요.

--
{DC_SIG}

> 방송통신심의위원회 통신심의국입니다.
> 요청번호: KCSC-240906-04
> 1. {D1}
> 2. {D2}
> 3. {D3}
> 4. {D4}
""",
    outcome="review", review="bulk",
    imitates="DC Inside operator's one-line 'all deleted' over the quoted list",
    why="'All the posts you reported were deleted' for a four-item request; the URLs appear only in the quote.",
    items={u: "pending" for u in R4},
)

add(
    name="naver-dmarc-fail-claims",
    date=d(5, 8, 2), **{"from": "policy@navercorp.com"}, auth="fail",
    subject="[회신] KCSC-240902-01 조치결과",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

아래 게시물은 게시중단 처리되었습니다.
- {N1}
- {N2}
- {N3}

{NAVER_SIG}
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="Claims from navercorp.com without authentication: nothing applies.",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

add(
    name="cafe-manager-gmail-unknown",
    date=d(4, 22, 31), **{"from": "richroad.mgr@gmail.com"}, name_from="부자의길 카페 매니저",
    subject="Re: [KCSC-240902-01] 불법 금융투자 광고 게시물 시정요구",
    body=f"""안녕하세요 부자의길 카페 매니저입니다.
네이버에서 연락받고 메일 드립니다.

저희 카페 글
{N4}
{N5}
두 개 다 제가 직접 삭제했습니다. 앞으로 이런 홍보글 올라오지 않게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Cafe manager (a user, not the platform) writing from a personal webmail account",
    why="Not a platform sender; its claims about the cafe posts cannot change them.",
    items={N4: "pending", N5: "pending"},
)

add(
    name="kakao-about-naver-urls",
    date=d(3, 17, 12), **{"from": "right@kakaocorp.com"}, name_from="카카오 권리보호센터",
    subject="RE: [KCSC-240902-01] 불법 금융투자 광고 게시물 시정요구 (참조)",
    body=f"""안녕하세요, 카카오 권리보호센터입니다.

참조로 받은 요청 목록 중 아래 두 건은 다음카페 게시물로 기재되어 있으나
네이버 카페 주소이며, 당사 서비스에는 해당 게시물이 존재하지 않습니다.

- {N4}
- {N6}

네이버 측에 문의하시기 바랍니다.

{KAKAO_SIG}
""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about URLs belonging to another portal",
    why="Kakao states 'does not exist' about NAVER items: another platform's statement.",
    items={N4: "pending", N6: "pending"},
)

add(
    name="yt-asks-legal-basis",
    date=d(6, 3, 44), **{"from": "legal-kr@youtube.com"}, name_from="YouTube Trust & Safety",
    subject="Re: KCSC-240905-03 추가 정보 요청",
    reply_to_req=MSGID["KCSC-240905-03"],
    body=f"""안녕하세요.

요청하신 건을 검토하려면 추가 정보가 필요합니다.

- {Y2} : 문제가 되는 부분의 타임스탬프
- 위반된 대한민국 법률 조항과 위원회 의결서 사본

위 정보를 이 메일에 회신으로 보내주시면 검토를 계속하겠습니다.

YouTube 팀 드림
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube legal team's request for timestamps and legal basis",
    why="Asks for more information; states nothing about the video.",
    items={Y2: "pending"},
)

add(
    name="band-contact-change-no-claims",
    date=d(10, 9, 0), **{"from": "partner@band.us"}, name_from="BAND 대외협력",
    subject="[BAND] 공공기관 협조 요청 접수 창구 변경 안내",
    body="""안녕하세요. BAND 대외협력팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 아래 창구로 일원화됩니다.

 - 이메일: safety@band.us
 - 요청 시 기관명, 담당자 연락처, 대상 URL을 함께 기재해 주세요.

기존 창구(partner@band.us)로 보내주신 요청은 9월 30일까지 처리됩니다.

BAND 대외협력팀 드림
""",
    outcome="review", review="no_claims",
    imitates="BAND partner-contact change notice sent to institutions",
    why="Trusted BAND mail naming no item and no request.",
    items={},
)

add(
    name="naver-sequential-action-promise",
    date=d(9, 18, 20), **{"from": "policy@navercorp.com"},
    subject="RE: [KCSC-240902-01] 처리 지연 안내",
    reply_to_req=MSGID["KCSC-240902-01"],
    body=f"""안녕하세요. 네이버 정책지원실입니다.

요청 건 중 아래 게시물은 게시자 소명 절차가 진행 중이어서 처리가 늦어지고
있습니다. 소명 기간이 끝나면 순차적으로 조치될 예정입니다.

 {N9}
 {N12}

양해 부탁드립니다.
{NAVER_SIG}
""",
    outcome="review", review="not_understood",
    imitates="NAVER 처리 지연 안내 (action pending the poster's explanation)",
    why="'will be actioned in turn' is a promise; the two posts stay pending.",
    items={N9: "pending", N12: "pending"},
)

add(
    name="dc-auth-fail-deleted",
    date=d(8, 12, 12), **{"from": "report@dcinside.com"}, auth="fail", name_from="디시인사이드 신고센터",
    subject="[디시인사이드] 신고 게시물 처리 안내",
    body=f"""안녕하세요. 디시인사이드 신고센터입니다.

요청번호 KCSC-240906-04 중 아래 게시물은 삭제 처리되었습니다.
{D2}
{D3}

{DC_SIG}
""",
    outcome="review", review="untrusted",
    imitates="DC Inside-looking notice failing DMARC",
    why="Claims from dcinside.com that fail authentication: nothing applies.",
    items={D2: "pending", D3: "pending"},
)

add(
    name="yt-under-review-status",
    date=d(7, 7, 50), **{"from": "legal-notices-noreply@google.com"}, name_from="YouTube Legal",
    subject="YouTube 법적 요청 상태 업데이트 [KCSC-240905-03]",
    body=f"""방송통신심의위원회 귀하,

귀하의 요청에 포함된 아래 콘텐츠는 현재 검토 중입니다.

  {Y1}
  {Y4}

검토가 완료되면 이메일로 결과를 알려드립니다. 처리 기간은 요청의 복잡도에
따라 달라질 수 있습니다.

{YT_SIG}
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal status update ('currently under review')",
    why="Names two videos, but 'under review' is no statement.",
    items={Y1: "pending", Y4: "pending"},
)

# ===========================================================================
# IGNORED
# ===========================================================================

add(
    name="naver-ooo-chuseok",
    date=d(13, 18, 1), **{"from": "seoyeon.kim@navercorp.com"}, name_from="김서연",
    subject="[부재중] RE: [KCSC-240902-01] 시정요구 조치결과 확인 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 김서연입니다.

9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
급한 용무는 정책지원실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply for the Chuseok holiday",
    why="Auto-reply with Auto-Submitted header.",
    items={},
)

dsn_orig = "\n".join(request_text("KCSC-240903-02", R2_RAW, "2024. 9. 3."))
add(
    name="daum-dsn-user-unknown",
    date=d(3, 11, 1), **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b527-daum"

--dsn-b527-daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일 전송 실패 안내 (This is the mail system at host mx1.daum.net.)

아래 수신자에게 메일을 전달하지 못했습니다.

<policy-old@daum.net>: 존재하지 않는 사용자입니다 (550 5.1.1 user unknown)

--dsn-b527-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.daum.net
Arrival-Date: {d(3, 11, 0)}

Final-Recipient: rfc822; policy-old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <policy-old@daum.net>: Recipient address rejected: User unknown

--dsn-b527-daum
Content-Type: message/rfc822

From: 방송통신심의위원회 <takedown@kcsc.example>
To: policy-old@daum.net
Subject: [KCSC-240903-02] 불법 도박 홍보 게시물 시정요구
Date: {d(3, 11, 0)}
Message-ID: <{MSGID["KCSC-240903-02"]}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn-b527-daum--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix-style DSN from Daum for an unknown recipient, returning the request",
    why="A bounce; the request's URLs are only in the returned message.",
    items={},
)

add(
    name="kakao-mdn-read",
    date=d(11, 14, 22), **{"from": "minji.park@kakaocorp.com"}, name_from="박민지",
    subject="읽음 확인: [KCSC-240911-07] 개인정보 노출 게시물 시정요구",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b527-k"

--mdn-b527-k
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 받는 사람이 읽었습니다.

받는 사람: minji.park@kakaocorp.com
제목: [KCSC-240911-07] 개인정보 노출 게시물 시정요구
읽은 시간: 2024-09-11 오후 2:22

--mdn-b527-k
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; minji.park@kakaocorp.com
Original-Message-ID: <{MSGID["KCSC-240911-07"]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b527-k--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="A read receipt says nothing about items.",
    items={},
)

add(
    name="yt-legal-receipt",
    date=d(5, 9, 33), **{"from": "legal-notices-noreply@google.com"}, name_from="YouTube Legal",
    subject="YouTube 법적 요청 접수 확인 [KCSC-240905-03]",
    body=f"""방송통신심의위원회 귀하,

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 정상적으로 접수되었습니다.

참조 번호: 7-4412000031234
귀하의 참조 번호: KCSC-240905-03

검토가 끝나면 이 주소로 결과를 알려드립니다. 이 메일에는 회신하지 마세요.

{YT_SIG}
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal webform receipt ('요청이 접수되었습니다', reference number)",
    why="Pure acknowledgement with a reference number, nothing about items.",
    items={},
)

add(
    name="band-ticket-receipt",
    date=d(9, 10, 2), **{"from": "help@band.us"}, name_from="BAND 고객센터",
    subject="[BAND 고객센터] 문의가 접수되었습니다 (#4471902)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""##- 이 줄 위에 답장을 작성해 주세요 -##

안녕하세요. BAND 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다. (문의번호 #4471902)
담당자가 확인 후 순서대로 답변드리겠습니다. 영업일 기준 1~3일 정도 걸릴 수 있습니다.

문의 제목: [KCSC-240909-05] 불법 유사투자자문 밴드 시정요구

BAND 고객센터
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Helpdesk ticket receipt (Zendesk-style) from BAND customer centre",
    why="Ticket created; no statement about any item.",
    items={},
)

add(
    name="dc-ooo-english-korean",
    date=d(6, 14, 3), **{"from": "jhkang@dcinside.com"}, name_from="강지훈",
    subject="자동 회신: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: jhkang@dcinside.com"],
    body="""외근 중으로 9월 9일(월)에 복귀합니다. 삭제 요청은 report@dcinside.com 으로 보내주세요.

I am out of the office until Monday, 9 September. Please send removal requests to
report@dcinside.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Exchange '자동 회신' out-of-office reply",
    why="Auto-reply.",
    items={},
)

nv_orig = "\n".join(request_text("KCSC-240910-06", R6, "2024. 9. 10."))
add(
    name="naver-dsn-mailbox-full",
    date=d(10, 15, 2), **{"from": "postmaster@navercorp.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b527-nv"

--dsn-b527-nv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

수신자의 메일함 용량이 가득 차 메일 전달이 지연되고 있습니다.
시스템이 72시간 동안 재전송을 시도합니다. 별도로 다시 보내실 필요는 없습니다.

    sanghoon.lee@navercorp.com

--dsn-b527-nv
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.navercorp.com

Final-Recipient: rfc822; sanghoon.lee@navercorp.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: {d(13, 15, 0)}

--dsn-b527-nv
Content-Type: text/rfc822-headers

From: 방송통신심의위원회 <takedown@kcsc.example>
To: sanghoon.lee@navercorp.com
Subject: [KCSC-240910-06] 명예훼손 게시물 게시중단 요청
Message-ID: <{MSGID["KCSC-240910-06"]}@kcsc.example>

--dsn-b527-nv--
""",
    outcome="ignored", classification="bounce",
    imitates="Delayed-delivery DSN (mailbox full, 4.2.2) from a NAVER relay",
    why="A delay notice (DSN), no statement.",
    items={},
)


HEADER = """# Blind set 527 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written from each email's meaning before any run of the reader; see NOTES.md.
"""

def encode_headers(cs):
    """Korean display names and subjects as RFC 2047 encoded words, as
    Korean mailers send them (the From name always, the subject unless it is
    already encoded)."""
    for c in cs:
        name = c.get("name_from")
        if name and not name.isascii():
            c["name_from"] = Header(name, "utf-8").encode()
        subj = c["subject"]
        if not subj.isascii():
            c["subject"] = Header(subj, "utf-8").encode()


if __name__ == "__main__":
    encode_headers(cases)
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
