#!/usr/bin/env python3
"""Blind set 323 (Korean): NAVER, Kakao/Daum, YouTube Korea, DC Inside and
BAND replies written in Korean (공문 replies, 임시조치 notices, 조치결과
tables, informal operator replies) plus receipts, auto-replies, a DSN and
an MDN.

Deterministic: `python3 tests/corpus/blind323/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Expected results were written
from each email's meaning before the reader was ever run on this set.
"""
import base64
import html
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def enc(s):
    return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240909-04",
    "KCSC-240910-05", "KCSC-240911-06", "KCSC-240912-07",
)

N1 = "https://blog.naver.com/moonlit_ferry/223519870011"
N2 = "https://blog.naver.com/moonlit_ferry/223519874502"
N3 = "https://blog.naver.com/quietbay_77/223520011873"
N4 = "https://cafe.naver.com/pinegrovemarket/48213"
N5 = "https://cafe.naver.com/pinegrovemarket/48297"
N6 = "https://cafe.naver.com/sunlitorchard/9021"
N7 = "https://m.blog.naver.com/harborlamp_k/223521100456"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=11&dirId=1118&docId=471203388"
N9 = "https://blog.naver.com/quietbay_77/223520019944"
N10 = "https://cafe.naver.com/sunlitorchard/9044"
N11 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=51234876"
N12 = "https://blog.naver.com/greyfinch_lab/223522340017"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/hanbitjangteo/Xq3f/128"
K2 = "https://cafe.daum.net/hanbitjangteo/Xq3f/131"
K3_RAW = "https://amberlane.tistory.com/entry/중고거래-후기-공유"
K3 = ("https://amberlane.tistory.com/entry/"
      "%EC%A4%91%EA%B3%A0%EA%B1%B0%EB%9E%98-%ED%9B%84%EA%B8%B0-%EA%B3%B5%EC%9C%A0")
K4 = "https://amberlane.tistory.com/214"
K5 = "https://brunch.co.kr/@stillwater/57"

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xKp4A"
Y2 = "https://www.youtube.com/watch?v=bW3nL8sVd0E"
Y3 = "https://www.youtube.com/shorts/Hk29fPq0LzU"
Y4 = "https://www.youtube.com/@paldo_signal_tv"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812034"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowlcoin&no=45121"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowlcoin&no=45188"
D4 = "https://gall.dcinside.com/mini/board/view/?id=rainmist&no=3307"

B1 = "https://band.us/band/81234567/post/412"
B2 = "https://band.us/band/81234567/post/415"
B3 = "https://band.us/band/90551230/post/77"

M1 = "https://tv.naver.com/v/58123901"
M2 = "https://blog.naver.com/ivorygate_22/223530118842"

S1 = "https://cafe.daum.net/dalbitsijang/ZzKp/3302"

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00", R1_URLS,
     "illegal-gambling", "req-240902-01@kcsc.example", "불법 도박 사이트 홍보 게시물"),
    (R2, "kakao", "2024-09-03T11:00:00+09:00", "2024-09-10T23:59:59+09:00", [K1, K2, K3, K4, K5],
     "privacy-exposure", "req-240903-02@kcsc.example", "개인정보 노출 (Daum 카페, 티스토리, 브런치)"),
    (R3, "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T23:59:59+09:00", [Y1, Y2, Y3, Y4],
     "drug-sales", "req-240905-03@kcsc.example", "마약류 판매 광고 영상 및 채널"),
    (R4, "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", [D1, D2, D3, D4],
     "investment-fraud", "req-240909-04@kcsc.example", "리딩방 사기 홍보 게시물"),
    (R5, "band", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [B1, B2, B3],
     "investment-fraud", "req-240910-05@kcsc.example", "투자 사기 밴드 게시글"),
    (R6, "naver", "2024-09-11T14:10:00+09:00", "2024-09-18T23:59:59+09:00", [M1, M2],
     "privacy-exposure", "req-240911-06@kcsc.example", "개인정보 노출 영상 및 블로그"),
    (R7, "kakao", "2024-09-12T10:20:00+09:00", "2024-09-19T23:59:59+09:00", [S1],
     "illegal-sales", "req-240912-07@kcsc.example", "의약품 불법 판매 카페 게시글"),
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


def rq(ref):
    return "req-" + ref[5:]


QUOTED_R1 = "\n".join(
    ["보낸 사람: 방송통신심의위원회 통신심의국 <takedown@kcsc.example>",
     "보낸 날짜: 2024년 9월 2일 월요일 오전 10:00",
     "받는 사람: 네이버 정책지원팀 <policy@navercorp.com>",
     f"제목: [{R1}] 불법 도박 정보 시정요구 통보",
     "",
     "안녕하세요. 방송통신심의위원회입니다.",
     "아래 게시물 12건은 불법 도박 사이트를 홍보하는 정보로 심의·의결되었기에",
     "정보통신망법 제44조의7에 따라 삭제를 요구합니다.",
     ""]
    + [f"{i}. {u}" for i, u in enumerate(R1_URLS, 1)]
    + ["", "조치 기한: 2024. 9. 9.", "조치 후 그 결과를 회신하여 주시기 바랍니다."]
)

CASES = []


def case(**kw):
    CASES.append(kw)


# ==========================================================================
# APPLIED
# ==========================================================================

case(
    name="naver-gongmun-text-table-12",
    date=d(5, 16, 40), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R1}] 시정요구에 대한 조치결과 회신"), reply_to_req=rq(R1),
    body=f"""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 대응 담당자
제목: 시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 2. 통보한 시정요구 건({R1})과 관련하여, 당사는
   대상 게시물 12건을 확인하고 아래와 같이 조치하였음을 회신합니다.

 번호 | URL | 조치결과 | 비고
 -----+-----+----------+------
 1 | {N1} | 삭제 |
 2 | {N2} | 삭제 |
 3 | {N3} | 임시조치 | 30일간 접근 제한
 4 | {N4} | 게시중단 |
 5 | {N5} | 해당 없음 | 작성자가 자진 삭제한 게시물
 6 | {N6} | 블라인드 |
 7 | {N7} | 삭제 |
 8 | {N8} | 삭제 | 질문 및 답변 전체
 9 | {N9} | 비공개 처리 |
 10 | {N10} | 조치 불가 | 도박 홍보 내용 확인되지 않음(일반 스포츠 토론글)
 11 | {N11} | 삭제 |
 12 | {N12} | 확인 불가 | 존재하지 않는 게시물 주소

3. 조치 불가 건(10번)에 대하여 추가 자료를 주시면 재검토하겠습니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply: 시정요구 조치결과 회신 with a pipe-separated 조치결과 table",
    why="Each of the 12 URLs has its own 조치결과 cell: 삭제/게시중단/블라인드/비공개 removed, 임시조치 restricted, 자진 삭제/존재하지 않음 not_found, 조치 불가 (no gambling content) rejected.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "removed", N10: "rejected",
           N11: "removed", N12: "not_found"},
)

_html_a2 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>안녕하세요. 네이버 카페·블로그 운영정책 담당입니다.</p>
<p>방송통신심의위원회 요청({R1}) 중 아래 5건의 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 URL</th><th>조치 결과</th><th>조치 일자</th></tr>
<tr><td>1</td><td><a href="{N6}">{N6}</a></td><td>블라인드</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="{N7}">{N7}</a></td><td>임시조치(30일)</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="{html.escape(N8)}">{html.escape(N8)}</a></td><td>게시물 없음(작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{N9}">{N9}</a></td><td>삭제</td><td>2024-09-05</td></tr>
<tr><td>5</td><td><a href="{N10}">{N10}</a></td><td>유지(위반 사항 없음)</td><td>2024-09-05</td></tr>
</table>
<p>나머지 게시물은 별도로 회신드리겠습니다.</p>
<p>감사합니다.<br>NAVER 운영정책팀</p>
</body></html>
"""
case(
    name="naver-html-table-qp",
    date=d(5, 18, 3), **{"from": "cafe_policy@navercorp.com"}, name_from=enc("NAVER 운영정책팀"),
    subject=enc(f"[{R1}] 게시물 처리 결과 안내 (5건)"), reply_to_req=rq(R1),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_html_a2),
    outcome="applied", classification="confirmation",
    imitates="NAVER operations reply with an HTML 조치 결과 table, quoted-printable",
    why="Five rows, one status each: 블라인드 removed, 임시조치 restricted, 게시물 없음(작성자 삭제) not_found, 삭제 removed, 유지(위반 사항 없음) rejected; the promise about the rest names nothing.",
    items={N6: "removed", N7: "restricted", N8: "not_found", N9: "removed", N10: "rejected"},
)

_csv_a3 = "\ufeff번호,URL,서비스,조치일시,조치결과\n" + "\n".join([
    f"1,{N1},블로그,2024-09-04 10:12,삭제",
    f"2,{N2},블로그,2024-09-04 10:12,삭제",
    f"3,{N3},블로그,2024-09-04 10:15,임시조치",
    f"4,{N4},카페,2024-09-04 11:02,게시중단",
    f"5,{N11},포스트,2024-09-04 13:40,삭제",
    f"6,{N12},블로그,-,게시물 없음",
]) + "\n"
case(
    name="naver-csv-attachment",
    date=d(4, 15, 21), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R1}] 조치결과 송부"), reply_to_req=rq(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv323_a3"

--=_nv323_a3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원팀입니다.

{R1} 시정요구 건 중 우선 처리된 6건의 조치 결과를 첨부 파일(CSV)로
송부드립니다. 나머지 건은 확인되는 대로 추가 회신드리겠습니다.

감사합니다.

--=_nv323_a3
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv_a3)}
--=_nv323_a3--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과 sent as a CSV attachment (UTF-8 with BOM, base64) under a short cover note",
    why="The CSV gives one 조치결과 per URL: 삭제/게시중단 removed, 임시조치 restricted, 게시물 없음 not_found.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N11: "removed", N12: "not_found"},
)

case(
    name="naver-tv-blog-prose",
    date=d(12, 11, 5), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R6}] 개인정보 노출 게시물 시정요구"), reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 네이버TV 영상({M1})은 개인정보(실명, 연락처, 거주지)가
그대로 노출되어 있어 운영정책에 따라 삭제 조치하였습니다.

블로그 게시물 {M2} 은 게시자에게 소명 기회를
드리기 위해 정보통신망법 제44조의2에 따른 임시조치(30일)를 하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team prose reply: one deletion, one 임시조치",
    why="The video was 삭제 (removed); the blog post got 임시조치 (restricted).",
    items={M1: "removed", M2: "restricted"},
)

case(
    name="naver-cafe-url-then-arrow",
    date=d(4, 14, 30), **{"from": "cafe_policy@navercorp.com"}, name_from=enc("네이버 카페 운영정책"),
    subject=enc(f"[{R1}] 카페 게시물 처리 결과"),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당자입니다.
{R1} 건 중 카페 게시물 처리 결과입니다.

{N4}
 → 게시중단 처리 완료 (9/4 14:02)

{N5}
 → 작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다

{N6}
 → 카페 운영원칙 위반으로 블라인드 처리

{N10}
 → 검토 결과 불법 도박 홍보로 보기 어려워 조치하지 않았습니다

블로그 게시물은 블로그 담당 부서에서 별도로 회신드릴 예정입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER cafe operator reply: bare URL with its status on the line below",
    why="Each bare URL has its own result on the next line: 게시중단 removed, already deleted by author not_found, 블라인드 removed, no action (not gambling promotion) rejected.",
    items={N4: "removed", N5: "not_found", N6: "removed", N10: "rejected"},
)

case(
    name="naver-gmail-top-posted",
    date=d(12, 17, 48), **{"from": "report_center@naver.com"}, name_from=enc("네이버 신고센터"),
    subject=enc(f"Re: [{R6}] 시정요구 통보"), reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 신고센터입니다.

요청하신 2건 확인했습니다.
- {M1} : 운영정책 위반이 확인되어 영상을 삭제했습니다.
- {M2} : 게시물에 실명이나 연락처 등 개인을 특정할 수 있는 정보가 확인되지 않아 게시를 유지합니다.

감사합니다.

2024년 9월 11일 (수) 오후 2:10, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물 2건에 대하여 시정요구(삭제)를 통보합니다.
>
> 1. {M1}
> 2. {M2}
>
> 조치 기한: 2024. 9. 18.
> 조치 후 결과를 회신하여 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request (Korean '님이 작성:' attribution)",
    why="Top part: M1 deleted (removed); M2 kept because no personal data was found (rejected). The quoted request changes nothing.",
    items={M1: "removed", M2: "rejected"},
)

case(
    name="kakao-imsijochi-notice",
    date=d(5, 11, 32), **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    subject=enc(f"[카카오] 게시물 임시조치 처리 안내 ({R2})"), reply_to_req=rq(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대해 「정보통신망 이용촉진 및
정보보호 등에 관한 법률」 제44조의2에 따라 아래와 같이 임시조치를
진행하였습니다.

■ 처리 대상
  - Daum 카페 게시글: {K1}
  - Daum 카페 게시글: {K2}
■ 처리 내용: 임시조치 (게시물 접근 차단 30일, 2024.09.05 ~ 2024.10.04)
■ 처리 일시: 2024.09.05 11:20

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 기간 만료 후
삭제됩니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice (정보통신망법 44조의2, 30-day access block)",
    why="Both listed posts are under a 30-day 임시조치 now (restricted); deletion after 30 days is only a future condition.",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-numbered-five",
    date=d(6, 10, 15), **{"from": "cs_policy@kakaocorp.com"}, name_from=enc("카카오 정책운영팀"),
    subject=enc(f"RE: [{R2}] 개인정보 노출 게시물 시정요구"), reply_to_req=rq(R2),
    body=f"""
안녕하세요. 카카오 정책운영팀입니다.
요청하신 게시물 5건에 대한 처리 결과를 아래와 같이 안내드립니다.

1. {K1} — 삭제 완료
2. {K2} — 게시자가 이미 삭제하여 조치 대상 게시물이 없습니다
3. {K3_RAW} — 게시글 비공개 처리
4. {K4} — 개인정보 노출이 확인되지 않아 게시 유지
5. {K5} — 임시조치(30일)

문의 사항은 본 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team numbered result list (Daum cafe, Tistory with a raw Korean path, brunch)",
    why="Five numbered lines, one status each; item 3's raw Korean Tistory path matches its percent-encoded request URL.",
    items={K1: "removed", K2: "not_found", K3: "removed", K4: "rejected", K5: "restricted"},
)

case(
    name="kakao-tistory-particles",
    date=d(4, 17, 2), **{"from": "tistory_ops@kakaocorp.com"}, name_from=enc("티스토리 운영팀"),
    subject=enc("티스토리 게시글 처리 결과 알려드립니다"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.
{R2} 건으로 문의하신 티스토리 게시글 두 개의 처리 결과를 알려드립니다.

「{K3_RAW}」 게시글은 휴대전화번호와 집 주소가 그대로 노출되어 있어 오늘 오전 삭제하였습니다.
{K4}의 경우 블로그 운영자가 9월 3일에 직접 삭제하여 현재는 존재하지 않는 글입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operator prose reply; URLs in 「」 and followed directly by a Korean particle (의)",
    why="The Korean-path post was deleted (removed); /214 was deleted by its author and no longer exists (not_found).",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-single-item-sole",
    date=d(13, 9, 44), **{"from": "cafe_help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    subject=enc(f"RE: [{R7}] 시정요구 통보"), reply_to_req=rq(R7),
    body="""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 게시물은 카페 운영정책 및 약사법 위반이 확인되어
9월 13일 삭제 조치되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short Daum cafe customer-centre reply to a one-item request, naming no URL",
    why="One-item request, threaded and referenced by subject; the single unhedged statement 삭제 조치되었습니다 applies to it (removed).",
    items={S1: "removed"},
)

_html_a11 = f"""<div style="font-size:13px">
<p>안녕하세요. Daum 고객센터입니다.</p>
<p>요청번호 {R2} 관련 처리 내용을 안내드립니다.</p>
<table style="border-collapse:collapse" border="1">
<tr><td><b>대상</b></td><td><b>처리</b></td></tr>
<tr><td>{K1}</td><td>삭제</td></tr>
<tr><td>{K5}</td><td>삭제 (브런치 글 발행 취소 및 작가 활동 제한)</td></tr>
</table>
<p>더 나은 서비스를 위해 노력하겠습니다.</p>
</div>
"""
case(
    name="kakao-base64-html",
    date=d(6, 15, 50), **{"from": "noreply@kakaocorp.com"}, name_from=enc("Daum 고객센터"),
    subject=enc(f"[Daum 고객센터] 요청하신 내용의 처리 결과입니다 ({R2})"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_html_a11),
    outcome="applied", classification="confirmation",
    imitates="Daum customer-centre result mail, HTML table in a base64 body",
    why="Two rows: the cafe post and the brunch post (발행 취소) are both 삭제 (removed).",
    items={K1: "removed", K5: "removed"},
)

case(
    name="yt-korean-legal-outcome",
    date=d(6, 19, 12), **{"from": "legal-noreply@google.com"}, name_from="YouTube",
    subject=enc(f"YouTube 법적 요청 처리 결과 [{R3}]"),
    body=f"""
안녕하세요.

YouTube에 제출하신 법적 요청(참조: {R3})을 검토했습니다.

검토 결과 다음 콘텐츠는 현지 법률 위반에 해당한다고 판단되어
대한민국에서 액세스를 차단했습니다.

  {Y1}
  {Y2}

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 전 세계에서 삭제되었습니다.

  {Y3}

YouTube의 법적 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/6154230 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-request outcome (Korean): local block in KR under a heading, global removal under another",
    why="Y1 and Y2 blocked in Korea (restricted); Y3 removed worldwide; the support.google.com link is not an item.",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-channel-terminated-age-gate",
    date=d(9, 10, 30), **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Drug sales content on YouTube", reply_to_req=rq(R3),
    body=f"""
안녕하세요,

Thank you for your patience. Our review of your request is complete.

- Channel {Y4} has been terminated for repeated violations of our
  Community Guidelines (sale of regulated goods). All of its content is
  no longer available on YouTube.
- The video {Y1} has been age-restricted. It is not shown to viewers
  under 18 or to signed-out viewers.

Regards,
Minseo
YouTube Legal Support (Korea)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support reply (English with Korean greeting): channel terminated, video age-restricted",
    why="The channel is terminated (removed); the video is age-restricted (restricted).",
    items={Y4: "removed", Y1: "restricted"},
)

case(
    name="yt-refused-and-uploader-deleted",
    date=d(10, 8, 55), **{"from": "legal-kr@google.com"}, name_from=enc("YouTube 법무 지원팀"),
    subject=enc(f"RE: [{R3}] 요청 검토 결과"), reply_to_req=rq(R3),
    body=f"""
안녕하세요.
요청하신 콘텐츠 중 두 건을 검토했습니다.

{Y2}
위 동영상은 검토 결과 YouTube 정책이나 관련 법률에 위배되지 않는 것으로
판단되어 별도의 조치를 취하지 않았습니다.

{Y3}
위 동영상은 업로더가 이미 삭제하여 더 이상 YouTube에서 볼 수 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support refusal in Korean; URL line followed by '위 동영상은 …' statement",
    why="Y2: no violation found, no action (rejected); Y3: deleted by the uploader (not_found).",
    items={Y2: "rejected", Y3: "not_found"},
)

_yt_qp = f"""Hello,

Following our review of your request ({R3}), and in line with our commitment to respecting applicable local laws wherever YouTube operates, we have restricted access to the following content in South Korea:

<{Y1}>
<{Y3}>

This content remains available in other countries where it does not violate local law.

Sincerely,
The YouTube Legal Team
"""
case(
    name="yt-english-qp-geo-block",
    date=d(7, 3, 14), **{"from": "youtube-legal@youtube.com"}, name_from="YouTube Legal",
    subject=f"Your legal request {R3}",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_yt_qp),
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team local-law block notice in English, quoted-printable with a soft-wrapped line, URLs in angle brackets",
    why="Both URLs are restricted in South Korea only (restricted).",
    items={Y1: "restricted", Y3: "restricted"},
)

case(
    name="dc-operator-informal",
    date=d(9, 18, 22), **{"from": "cs@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    subject=enc(f"Re: [{R4}] 게시물 삭제 요청"), reply_to_req=rq(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 건 확인했습니다.

주식 갤러리 글({D1})은 삭제했고 작성자 IP 차단도 걸어뒀습니다.

nightowlcoin 마이너 갤러리 45121, 45188번 글은 찾아보니 작성자가 먼저 지운 글이라
저희 쪽에서는 확인이 안 됩니다.
{D2}
{D3}

미니갤 건은 확인 중이니 따로 연락드릴게요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply; the statement precedes the two URLs it covers",
    why="D1 deleted (removed); D2 and D3 were deleted by their author first (not_found); the mini-gallery post is only 'being checked' and not named.",
    items={D1: "removed", D2: "not_found", D3: "not_found"},
)

case(
    name="dc-gongmun-result-table",
    date=d(11, 10, 0), **{"from": "legal@dcinside.com"}, name_from=enc("(주)디시인사이드 법무팀"),
    subject=enc(f"[회신] 시정요구({R4})에 대한 조치결과"), reply_to_req=rq(R4),
    body=f"""
문서번호: 디시-법무-2024-0917
수    신: 방송통신심의위원회
제    목: 시정요구에 대한 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관 시정요구({R4}, 2024. 9. 9.)에 따른 당사 조치결과를 아래와 같이 회신합니다.

  - 아    래 -

  연번  게시물 주소                                                          조치결과
  1     {D1}      삭제
  2     {D2}  삭제
  3     {D3}  게시물 없음(작성자 삭제)
  4     {D4}      미조치(위반 사항 확인되지 않음)

3. 미조치 건에 대하여는 심의 근거 자료를 보내주시면 재검토하겠습니다.  끝.

주식회사 디시인사이드 대표이사
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 reply with a space-aligned 연번/게시물 주소/조치결과 table",
    why="Four rows: D1, D2 삭제 (removed); D3 게시물 없음 (not_found); D4 미조치, no violation found (rejected).",
    items={D1: "removed", D2: "removed", D3: "not_found", D4: "rejected"},
)

case(
    name="dc-statement-then-url",
    date=d(10, 13, 37), **{"from": "cs@dcinside.com"}, name_from=enc("디시인사이드 고객센터"),
    subject=enc(f"[{R4}] 처리 결과 안내"),
    body=f"""
요청하신 게시물 처리 결과입니다.

다음 게시물은 삭제 처리되었습니다.
{D4}

다음 게시물은 성인 인증 후에만 열람할 수 있도록 제한하였습니다.
{D2}

디시인사이드 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside customer-centre notice: statement line, URL on the line below",
    why="D4 deleted (removed); D2 put behind adult verification (age-restricted: restricted).",
    items={D4: "removed", D2: "restricted"},
)

case(
    name="band-report-result",
    date=d(11, 9, 12), **{"from": "help@band.us"}, name_from=enc("BAND 고객센터"),
    subject=enc(f"[BAND] 신고 처리 결과 안내 ({R5})"), reply_to_req=rq(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.
신고해 주신 게시글에 대한 처리 결과를 안내드립니다.

[처리 결과]
· {B1} : 운영정책(불법 정보 게시) 위반이 확인되어 게시글을 삭제하였습니다.
· {B2} : 밴드 리더가 이미 삭제한 게시글로 확인됩니다.

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 안내 with middle-dot bullets",
    why="B1 deleted for a policy violation (removed); B2 already deleted by the band leader (not_found).",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-suspended-and-kept",
    date=d(12, 16, 8), **{"from": "policy@band.us"}, name_from=enc("BAND 운영정책팀"),
    subject=enc(f"RE: [{R5}] 투자 사기 밴드 게시글 시정요구"), reply_to_req=rq(R5),
    body=f"""
안녕하세요, BAND 운영정책팀입니다.

{B3} 게시글이 속한 밴드는 불법 투자 권유로 운영정책을 위반하여
밴드 이용이 정지되었고, 해당 게시글을 포함한 밴드 전체가 더 이상 공개되지 않습니다.

{B1} 은(는) 검토하였으나 신고 사유에 해당하는 내용이
확인되지 않아 게시글을 유지합니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team reply: band suspended (all posts gone), another post kept",
    why="B3's band is suspended and the post no longer public (removed); B1 kept, no reported violation found (rejected).",
    items={B3: "removed", B1: "rejected"},
)

case(
    name="naver-echoed-report",
    date=d(3, 12, 30), **{"from": "noreply_report@navercorp.com"}, name_from=enc("네이버 신고센터"),
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
    body=f"""
[네이버 신고센터] 신고 처리 결과 안내

안녕하세요. 네이버 신고센터입니다.
접수하신 신고에 대한 처리 결과를 알려드립니다.

신고 번호: 2409-NV-771203
신고 일시: 2024.09.02 10:14
신고 대상: {N7}
신고 사유: 불법 도박 광고 ({R1})
처리 결과: 블라인드 처리 완료

신고 번호: 2409-NV-771204
신고 일시: 2024.09.02 10:14
신고 대상: {N8}
신고 사유: 불법 도박 광고 ({R1})
처리 결과: 운영정책 위반 사항 없음 (게시물 유지)

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 automatic result mail echoing each report's fields (신고 대상 / 처리 결과)",
    why="Each echoed report carries its own 처리 결과: N7 블라인드 (removed), N8 no violation, kept (rejected).",
    items={N7: "removed", N8: "rejected"},
)

case(
    name="naver-outlook-quoted-request",
    date=d(6, 9, 3), **{"from": "jiwoo.han@navercorp.com"}, name_from=enc("한지우"),
    subject=enc(f"RE: [{R1}] 불법 도박 정보 시정요구 통보"), reply_to_req=rq(R1),
    body=f"""
안녕하세요, 네이버 정책지원팀 한지우입니다.

추가로 처리된 건 말씀드립니다.
9번 게시물({N9})은 9/5 게시중단 조치했습니다.
12번 주소({N12})는 확인해 보니 존재하지 않는 게시물입니다.

나머지 건은 앞서 회신드린 내용과 같습니다.

한지우 드림
네이버 정책지원팀

-----Original Message-----
{QUOTED_R1}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply from a named NAVER employee over the full quoted request (-----Original Message-----, 보낸 사람/보낸 날짜 header block)",
    why="Only the reply part speaks: N9 게시중단 (removed), N12 does not exist (not_found); the 12 URLs of the quoted request stay as they were.",
    items={N9: "removed", N12: "not_found", N1: "pending", N6: "pending"},
)

case(
    name="naver-receipt-with-result",
    date=d(12, 9, 30), **{"from": "noreply_right@navercorp.com"}, name_from=enc("네이버 게시중단요청서비스"),
    subject=enc(f"[네이버] 게시중단 요청 접수 및 처리 안내 ({R6})"),
    body=f"""
[네이버] 게시중단 요청이 접수되었습니다.

접수번호: NV-2409-88412
접수일시: 2024.09.11 14:15

접수하신 요청 중 아래 건은 처리가 완료되었습니다.
 - {M1} (삭제)

나머지 건은 담당 부서에서 검토 중이며, 결과는 완료 후 안내드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 receipt that also reports one finished item",
    why="Receipt wording plus an unhedged 처리 완료 (삭제) for M1: not a pure acknowledgement; M1 removed, the other item unnamed and under review.",
    items={M1: "removed"},
)

case(
    name="kakao-cafe-blind",
    date=d(5, 20, 41), **{"from": "cafe_clean@daum.net"}, name_from=enc("Daum 클린카페"),
    subject=enc(f"[Daum 카페] 요청 게시물 관련 조치 안내 - {R2}"),
    body=f"""
안녕하세요, Daum 클린카페 담당자입니다.

한빛장터 카페(hanbitjangteo)는 개인정보 거래 게시글이 다수 확인되어
카페 전체에 블라인드 조치가 적용되었습니다.
이에 따라 요청하신 게시글
{K1} ,
{K2}
역시 더 이상 열람할 수 없습니다.

블라인드 조치 후 30일 이내 카페지기의 소명이 없으면 카페는 폐쇄됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린카페 블라인드 notice for a whole cafe, naming the requested posts",
    why="The whole cafe is blinded and both named posts can no longer be read (블라인드: removed); the closure is a future condition.",
    items={K1: "removed", K2: "removed"},
)

_csv_yt = "\n".join([
    "url,action,notes",
    f"{Y1},Blocked in KR,Local law (Narcotics Control Act)",
    f"{Y2},Removed,Community Guidelines - regulated goods",
    f"{Y3},Unavailable,Video deleted by uploader before review",
    f"{Y4},No action,Channel does not violate policy or local law",
]) + "\n"
case(
    name="yt-csv-attachment",
    date=d(8, 23, 2), **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject=f"[{R3}] Outcome of your request", reply_to_req=rq(R3),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="yt323csv"

--yt323csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요,

Please find attached the outcome for each URL in your request {R3}.

YouTube Legal Support

--yt323csv
Content-Type: text/csv; name="outcome.csv"
Content-Disposition: attachment; filename="outcome.csv"
Content-Transfer-Encoding: 7bit

{_csv_yt}
--yt323csv--
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal support per-URL outcome sent as a CSV attachment",
    why="CSV rows: blocked in KR (restricted), removed (removed), deleted by uploader (not_found), no action (rejected).",
    items={Y1: "restricted", Y2: "removed", Y3: "not_found", Y4: "rejected"},
)

case(
    name="naver-done-and-promise",
    date=d(6, 14, 11), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R1}] 추가 조치 결과"), reply_to_req=rq(R1),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N10} 게시글은 재검토 결과 도박 사이트 링크가
댓글에 포함된 것이 확인되어 삭제 완료하였습니다.

{N11} 는 포스트 운영팀 확인 후 조치할 예정이며,
결과는 다시 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up reply: one item done, one promised",
    why="N10 삭제 완료 (removed); N11 only 'will be actioned' (stays pending).",
    items={N10: "removed", N11: "pending"},
)

# ==========================================================================
# REVIEW
# ==========================================================================

case(
    name="naver-promise-only",
    date=d(11, 18, 0), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R6}] 시정요구 통보"), reply_to_req=rq(R6),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 2건
({M1}, {M2})
은 담당 부서에 전달하였으며, 내부 검토를 거쳐 이번 주 중 조치될 예정입니다.

조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER policy-team holding reply promising action",
    why="Both items named but only 'will be actioned this week': a promise, no status.",
    items={M1: "pending", M2: "pending"},
)

case(
    name="kakao-hedge-appears-deleted",
    date=d(4, 10, 25), **{"from": "tistory_ops@kakaocorp.com"}, name_from=enc("티스토리 운영팀"),
    subject=enc(f"RE: [{R2}] 개인정보 노출 게시물"), reply_to_req=rq(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

{K4} 게시물은 이미 삭제된 것으로 보입니다.
다만 저희 시스템에는 삭제 이력이 남아 있지 않아 정확한 경위는
확인이 어렵습니다. 추가로 확인되는 내용이 있으면 말씀드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Tistory operator hedged reply ('삭제된 것으로 보입니다')",
    why="'appears to have been deleted' with an explicit 'cannot confirm': a hedge, not a statement.",
    items={K4: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    date=d(9, 11, 0), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R1}] 조치 완료 회신"), reply_to_req=rq(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치 완료 회신

1. 귀 위원회의 시정요구({R1})와 관련입니다.
2. 당사는 요청받은 대상 게시물 12건 전체에 대하여 게시중단 조치를
   완료하였음을 회신합니다.  끝.

네이버 주식회사
""",
    outcome="review", review="bulk",
    imitates="one-paragraph 공문 reply stating every item of the request was taken down",
    why="'all 12 items taken down' names no URL for a 12-item request: bulk, items stay pending until a person checks.",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="band-bulk-all-three",
    date=d(11, 20, 14), **{"from": "help@band.us"}, name_from=enc("BAND 고객센터"),
    subject=enc(f"Re: [{R5}] 투자 사기 밴드 게시글 시정요구"), reply_to_req=rq(R5),
    body="""
안녕하세요 BAND 고객센터입니다.
신고하신 게시글 3건 모두 확인 후 삭제했습니다.
이용에 불편을 드려 죄송합니다.
""",
    outcome="review", review="bulk",
    imitates="short BAND helpdesk reply: 'all three reported posts deleted'",
    why="A collective statement without naming each post, for a 3-item request: bulk.",
    items={B1: "pending", B2: "pending", B3: "pending"},
)

case(
    name="naver-auth-fail",
    date=d(3, 8, 12), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    auth="fail",
    subject=enc(f"RE: [{R1}] 조치결과 회신"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 조치되었습니다.
 - {N1}
 - {N2}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC all fail",
    why="From navercorp.com but authentication fails: nothing may change.",
    items={N1: "pending", N2: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    date=d(9, 21, 40), **{"from": "nightowl.manager@gmail.com"}, name_from=enc("나이트아울 갤러리 매니저"),
    subject=enc(f"Re: [{R4}] 게시물 삭제 요청"), reply_to_req=rq(R4),
    body=f"""
안녕하세요. nightowlcoin 마이너 갤러리 매니저입니다.
운영팀에서 전달받아 연락드립니다.

{D2}
{D3}

위 두 글은 제가 매니저 권한으로 삭제했습니다. 앞으로 리딩방 홍보글은
보이는 대로 지우겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer DC Inside minor-gallery manager answering from a personal Gmail address",
    why="A gmail.com sender is no platform's domain: the deletions are plausible but must be checked by a person.",
    items={D2: "pending", D3: "pending"},
)

case(
    name="naver-states-band-items",
    date=d(12, 10, 45), **{"from": "policy@navercorp.com"}, name_from=enc("네이버 정책지원팀"),
    subject=enc(f"RE: [{R5}] 밴드 게시글 관련"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 담당 부서로부터 전달받은 내용을 공유드립니다.
요청하신 밴드 게시글 {B2} 는
운영정책 위반으로 삭제 조치되었습니다.

밴드 관련 문의는 앞으로 BAND 고객센터로 직접 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy team relaying a result for a BAND post (BAND is a NAVER-group service with its own sender domain)",
    why="navercorp.com (platform naver) states a status for a band item: wrong platform, to be checked.",
    items={B2: "pending"},
)

case(
    name="kakao-asks-documents",
    date=d(4, 9, 50), **{"from": "right@kakaocorp.com"}, name_from=enc("카카오 권리침해신고센터"),
    subject=enc(f"[카카오] 추가 자료 요청 ({R2})"), reply_to_req=rq(R2),
    body=f"""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 {K1} 의 처리를 위해
아래 자료를 추가로 보내주시기 바랍니다.

  1. 기관 직인이 날인된 시정요구 공문 사본
  2. 심의·의결서 사본 (해당 게시물 부분)

자료가 확인되는 대로 검토 후 처리하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao 권리침해신고센터 request for supporting documents",
    why="Asks for the official letter and the decision before acting: nothing decided yet.",
    items={K1: "pending"},
)

case(
    name="yt-hedged-under-review",
    date=d(6, 22, 5), **{"from": "legal-kr@google.com"}, name_from="YouTube Legal Support",
    subject=f"Re: [{R3}] Drug sales content on YouTube", reply_to_req=rq(R3),
    body=f"""
Hi,

We've had a first look at the two videos below. They appear to contain the
material described in your request, and our legal team is now reviewing
whether they should be blocked in Korea.

{Y1}
{Y2}

I expect to get back to you by Friday with a final answer.

Best,
Minseo
YouTube Legal Support (Korea)
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support interim reply: 'appear to', 'reviewing whether they should be blocked'",
    why="Hedge ('appear to contain') and review in progress: both named items stay pending.",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="dc-contact-change-notice",
    date=d(13, 15, 0), **{"from": "legal@dcinside.com"}, name_from=enc("(주)디시인사이드 법무팀"),
    subject=enc("[디시인사이드] 기관 협조 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. 디시인사이드 법무팀입니다.

2024년 10월 1일부터 공공기관의 게시물 삭제·협조 요청 접수 창구가
아래와 같이 변경됩니다.

  - 변경 전: cs@dcinside.com
  - 변경 후: legal@dcinside.com

기존 창구로 보내신 요청도 당분간 함께 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="DC Inside notice of a new contact address for agency requests",
    why="Trusted DC Inside mail that names no item and references no request.",
    items={},
)

case(
    name="kakao-conditional-pending",
    date=d(13, 16, 20), **{"from": "cafe_help@daum.net"}, name_from=enc("Daum 카페 고객센터"),
    subject=enc(f"RE: [{R7}] 시정요구 통보"), reply_to_req=rq(R7),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

요청하신 카페 게시글({S1})은 현재 게시자가 제출한
소명 자료를 검토하고 있으며, 검토 결과에 따라 삭제 또는 유지 여부가
결정될 예정입니다.

결정되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe reply: decision depends on the poster's 소명",
    why="Delete-or-keep is still to be decided: a condition, no status.",
    items={S1: "pending"},
)

# ==========================================================================
# IGNORED
# ==========================================================================

case(
    name="naver-ooo-chuseok",
    date=d(14, 9, 1), **{"from": "haneul.kim@navercorp.com"}, name_from=enc("김하늘"),
    subject=enc(f"[자동응답] RE: [{R6}] 시정요구 통보"), reply_to_req=rq(R6),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
안녕하세요. 김하늘입니다.

추석 연휴(9월 14일 ~ 9월 18일)로 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.

급한 시정요구 건은 policy@navercorp.com 으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="An out-of-office auto-reply with Auto-Submitted: auto-replied.",
    items={},
)

_orig_r5 = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@band.us
Subject: {enc('[' + R5 + '] 투자 사기 밴드 게시글 시정요구')}
Message-ID: <{rq(R5)}@kcsc.example>
Date: {d(10, 10, 0)}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시글 3건에 대하여 시정요구(삭제)를 통보합니다.
1. {B1}
2. {B2}
3. {B3}
"""
case(
    name="band-dsn-bounce",
    date=d(10, 10, 1), **{"from": "MAILER-DAEMON@relay.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn323b5"

--dsn323b5
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host relay.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<report-kr@band.us>: host mx.band.us[203.0.113.25] said: 550 5.1.1
    <report-kr@band.us>: Recipient address rejected: User unknown

--dsn323b5
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.kcsc.example
Arrival-Date: {d(10, 10, 0)}

Final-Recipient: rfc822; report-kr@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report-kr@band.us>: Recipient address
    rejected: User unknown

--dsn323b5
Content-Type: message/rfc822

{_orig_r5}
--dsn323b5--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN returning our BAND request (550 5.1.1 user unknown) with the original attached",
    why="A delivery failure report; the URLs are only in our own returned request.",
    items={},
)

case(
    name="dc-read-receipt",
    date=d(9, 16, 2), **{"from": "cs@dcinside.com"}, name_from=enc("디시인사이드 운영팀"),
    subject=enc(f"읽음 확인: [{R4}] 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn323d"

--mdn323d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[{R4}] 게시물 삭제 요청"을(를) 수신인이 2024-09-09 16:02에 읽었습니다.

--mdn323d
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; cs@dcinside.com
Original-Message-ID: <{rq(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn323d--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, message/disposition-notification)",
    why="A read receipt says nothing about any item.",
    items={},
)

case(
    name="kakao-ticket-receipt",
    date=d(12, 10, 21), **{"from": "noreply@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc(f"[카카오 고객센터] 문의가 접수되었습니다 - RE: [{R7}] 시정요구 통보"),
    body="""
안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: #24091200123
 - 접수일시: 2024.09.12 10:21

순차적으로 확인 후 답변드리겠습니다. 답변까지 영업일 기준 2~3일이
소요될 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="A pure receipt with a ticket number: nothing said about the item.",
    items={},
)

case(
    name="yt-legal-auto-ack",
    date=d(5, 9, 31), **{"from": "legal-noreply@google.com"}, name_from="YouTube",
    subject=f"Re: [{R3}] Drug sales content on YouTube [5-1734000032847]",
    body="""
Hello,

Thanks for contacting YouTube Legal Support. This is an automated
confirmation that we've received your legal request.

Your reference number is 5-1734000032847. Please keep this number in the
subject line of any further correspondence about this request.

We review requests in the order we receive them and will reply once our
review is complete.

The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube Legal Support automated receipt with a reference number",
    why="An automated acknowledgement with a case number; no statement about any item.",
    items={},
)

case(
    name="naver-receipt-echo-urls",
    date=d(11, 14, 16), **{"from": "noreply_right@navercorp.com"}, name_from=enc("네이버 게시중단요청서비스"),
    subject=enc(f"[네이버] 게시중단 요청 접수 완료 ({R6})"),
    body=f"""
[네이버] 게시중단 요청 접수 완료 안내

안녕하세요. 네이버 게시중단요청서비스입니다.
요청하신 게시중단 요청이 정상적으로 접수되었습니다.

 - 접수번호: NV-2409-88412
 - 접수된 게시물:
   {M1}
   {M2}

처리 결과는 검토가 끝나는 대로 메일로 안내드리겠습니다.
본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt echoing the URLs received",
    why="A pure receipt: it only lists what was received; no status, no promise about a particular item beyond normal processing.",
    items={},
)

case(
    name="yt-ooo-english",
    date=d(6, 8, 0), **{"from": "jhpark@google.com"}, name_from="Jihoon Park",
    subject=f"Automatic reply: [{R3}] Drug sales content on YouTube",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Hello,

I am out of the office until Monday, 9 September, with limited access to
email. For urgent legal requests from Korean authorities please write to
legal-kr@google.com.

Thanks,
Jihoon
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office from a Google employee",
    why="An out-of-office auto-reply.",
    items={},
)


HEADER = """# Blind set 323 (Korean platform replies). Written by tests/corpus/blind323/make.py:
# do not edit by hand. Expected results come from each email's meaning,
# written before the reader was run on this set."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind323", HEADER, CASES)
    print(f"{len(CASES)} cases")
