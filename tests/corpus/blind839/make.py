#!/usr/bin/env python3
"""Blind set 839 (Korean portals: NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside, BAND; 공문-style replies, 임시조치 notices, 시정요구 조치결과
tables, informal operator replies).

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind839/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind839"


def h(s):
    """RFC 2047 encode a header text (display name or subject)."""
    return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def pct(u):
    return quote(u, safe=":/?&=%#@_~.-")


# ---------------------------------------------------------------- requests
# NAVER, the largest request (12 items, illegal gambling promotion)
N1 = "https://blog.naver.com/luckyseven_kr/223560011201"
N2 = "https://blog.naver.com/luckyseven_kr/223560011388"
N3 = "https://blog.naver.com/moonriver_77/223561240517"
N4 = "https://cafe.naver.com/hanbitgamecafe/88120"
N5 = "https://cafe.naver.com/hanbitgamecafe/88134"
N6 = "https://cafe.naver.com/sportstotozone/5521"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60202&docId=471203355"
N8 = "https://blog.naver.com/greenpark_bet/223559870042"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120456&memberNo=51200871"
N10 = "https://cafe.naver.com/sportstotozone/5530"
N11 = "https://blog.naver.com/moonriver_77/223562000915"
N12 = "https://in.naver.com/betmaster/contents/internal/702113348112"
NAVER12 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# Kakao (Daum cafe, Tistory, Kakao channel), drug sale adverts
K1 = "https://cafe.daum.net/greenleaf2024/Qa1b/312"
K2 = "https://cafe.daum.net/greenleaf2024/Qa1b/318"
K3_RAW = "https://nightmarket.tistory.com/entry/구매-방법-정리"
K3 = pct(K3_RAW)
K4 = "https://nightmarket.tistory.com/88"
K5 = "https://pf.kakao.com/_xkQzbT/104223581"
KAKAO5 = [K1, K2, K3, K4, K5]

# YouTube (obscene / defamatory videos)
Y1 = "https://www.youtube.com/watch?v=Qm3kT9rZ2pA"
Y2 = "https://www.youtube.com/watch?v=Lw8xN4vB7cE"
Y3 = "https://www.youtube.com/@jangteo_tv_kr"
Y4 = "https://youtu.be/Hd5sJ1oP0uY"
YT4 = [Y1, Y2, Y3, Y4]

# DC Inside (personal data exposure)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=jumoney&no=45012"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=jumoney&no=45019"
DC3 = [D1, D2, D3]

# BAND (defamation)
B1 = "https://band.us/band/80012345/post/1207"
B2 = "https://band.us/band/80012345/post/1215"

# NAVER, one item; DC Inside, one item
S1 = "https://blog.naver.com/hwangso_diary/223565501234"
T1 = "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712048"

REQUESTS = [
    ("KCSC-240909-01", "naver", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00",
     NAVER12, "gambling", "불법 도박 홍보 게시물"),
    ("KCSC-240910-02", "kakao", "2024-09-10T11:00:00+09:00", "2024-09-17T18:00:00+09:00",
     KAKAO5, "drugs", "마약류 판매 광고"),
    ("KCSC-240911-03", "youtube", "2024-09-11T09:30:00+09:00", "2024-09-18T18:00:00+09:00",
     YT4, "obscenity", "음란·명예훼손 영상"),
    ("KCSC-240911-04", "dcinside", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     DC3, "privacy", "개인정보 노출 게시물"),
    ("KCSC-240912-05", "band", "2024-09-12T10:30:00+09:00", "2024-09-19T18:00:00+09:00",
     [B1, B2], "defamation", "명예훼손 게시글"),
    ("KCSC-240913-06", "naver", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [S1], "privacy", "개인정보 노출 블로그 글"),
    ("KCSC-240913-07", "dcinside", "2024-09-13T15:00:00+09:00", "2024-09-20T18:00:00+09:00",
     [T1], "gambling", "불법 도박 사이트 링크"),
]


def mid(ref):
    return f"req.{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def request_text(ref, to, urls, prefix=""):
    """Our own request, as a platform would quote it below its reply."""
    lines = [
        f"수신: {to}",
        f"제목: 불법·유해정보 시정요구 ({ref})",
        "",
        "방송통신심의위원회는 아래 정보에 대하여 「방송통신위원회의 설치 및 운영에",
        "관한 법률」 제21조에 따라 시정을 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
case(
    name="naver-gongmun-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Thu, 12 Sep 2024 16:40:05 +0900",
    subject=h("[회신] 시정요구(KCSC-240909-01)에 대한 조치결과 통보"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보 시정요구 담당자
제목: 시정요구(KCSC-240909-01)에 대한 조치결과 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 9. 요구하신 불법 도박 관련 정보 12건에 대하여 당사가
   취한 조치 결과를 아래와 같이 통보합니다.

                         - 아    래 -

 1) {N1} : 삭제
 2) {N2} : 삭제
 3) {N3} : 임시조치(30일)
 4) {N4} : 삭제
 5) {N5} : 게시물 없음(작성자 삭제)
 6) {N6} : 삭제
 7) {N7} : 블라인드
 8) {N8} : 삭제
 9) {N9} : 비공개 처리
10) {N10} : 조치 불가(경기 분석 글로 불법성 미확인)
11) {N11} : 삭제
12) {N12} : 존재하지 않는 URL

3. 조치 결과에 관한 문의는 아래 담당자에게 연락하여 주시기 바랍니다.  끝.

네이버 주식회사 정책지원팀
담당 한지민 매니저 | policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 공문 reply to a KCSC 시정요구 (수신/참조/제목, 아래 list, 끝.)",
    why="12 numbered URLs, each with its own action: 삭제/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 and invalid URL not_found, 조치 불가 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "removed", N10: "rejected",
           N11: "removed", N12: "not_found"},
)

case(
    name="naver-sijeong-html-table",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 11 Sep 2024 11:20:44 +0900",
    subject=h("RE: 불법·유해정보 시정요구 (KCSC-240909-01) 1차 조치결과"),
    reply_to_req=mid("KCSC-240909-01"),
    type="html",
    body=f"""
<html><body style="font-family:'맑은 고딕'">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240909-01 시정요구 건 중 블로그·카페 게시물 5건의 1차 조치결과를 아래 표와 같이 회신드립니다.
나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>대상 URL</th><th>조치결과</th><th>조치일시</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>삭제</td><td>2024-09-10 17:05</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>삭제</td><td>2024-09-10 17:06</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치</td><td>2024-09-10 17:10</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시물 없음</td><td>-</td></tr>
<tr><td>5</td><td><a href="{N5}">{N5}</a></td><td>위반사항 없음(게시 유지)</td><td>-</td></tr>
</table>
<p>※ 임시조치 게시물은 게시자의 이의제기가 없으면 30일 경과 후 삭제됩니다.<br>
※ 운영원칙 안내: <a href="https://policy.naver.com/policy/service.html">policy.naver.com</a></p>
<p>감사합니다.<br>네이버 정책지원팀 드림</p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 table (번호/대상 URL/조치결과/조치일시) sent as HTML",
    why="HTML table row per item: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 위반사항 없음(게시 유지) rejected; the policy link is no item",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N5: "rejected"},
)

CSV_NAVER = (
    "번호,URL,조치결과,비고\r\n"
    f"6,{N6},삭제,\r\n"
    f"7,{N7},삭제,\r\n"
    f"8,{N8},임시조치,30일\r\n"
    f"9,{N9},삭제,\r\n"
    f"10,{N10},게시유지,위반 아님\r\n"
    f"11,{N11},게시물 없음,작성자 삭제\r\n"
    f'12,"{N12}",삭제,\r\n'
)
case(
    name="naver-csv-attachment-rest",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 10:02:31 +0900",
    subject=h("RE: 불법·유해정보 시정요구 (KCSC-240909-01) 2차 조치결과"),
    reply_to_req=mid("KCSC-240909-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_nv_0913_a71c"

--=_nv_0913_a71c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

KCSC-240909-01 건의 나머지 7건(6번~12번) 조치결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀 드림

--=_nv_0913_a71c
Content-Type: text/csv; charset=utf-8; name="KCSC-240909-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240909-01_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_NAVER)}
--=_nv_0913_a71c--
""",
    outcome="applied", classification="confirmation",
    imitates="portal reply with the 조치결과 list as a CSV attachment",
    why="base64 CSV: 삭제 removed, 임시조치 restricted, 게시유지(위반 아님) rejected, 게시물 없음(작성자 삭제) not_found",
    items={N6: "removed", N7: "removed", N8: "restricted", N9: "removed", N10: "rejected",
           N11: "not_found", N12: "removed"},
)

case(
    name="naver-blog-single-blind",
    **{"from": "blog_help@naver.com"},
    name_from=h("네이버 블로그 고객센터"),
    date="Fri, 13 Sep 2024 17:48:10 +0900",
    subject=h("[네이버 블로그] 게시중단 요청 처리 결과 안내 (KCSC-240913-06)"),
    body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 알려드립니다.

 - 대상 게시물: {S1}
 - 처리 결과: 블라인드 처리 완료 (2024.09.13 17:30)

해당 게시물은 개인정보 노출로 확인되어 블로그 운영정책에 따라 블라인드 처리되었으며,
현재 게시자 본인 외에는 열람할 수 없습니다.

네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 게시중단 처리 결과 안내 (대상 게시물 / 처리 결과 block)",
    why="the one URL, 블라인드 처리 완료: removed",
    items={S1: "removed"},
)

case(
    name="naver-single-thread-no-url",
    **{"from": "privacy-center@navercorp.com"},
    name_from=h("NAVER 개인정보보호팀"),
    date="Mon, 16 Sep 2024 09:12:00 +0900",
    subject=h("RE: 개인정보 노출 게시물 시정요구"),
    reply_to_req=mid("KCSC-240913-06"),
    body="""
안녕하세요. NAVER 개인정보보호팀입니다.

요청해 주신 블로그 게시물에 대하여 금일 게시중단 조치를 완료하였습니다.
추가로 확인이 필요한 사항이 있으시면 회신 주십시오.

감사합니다.
NAVER 개인정보보호팀
""",
    outcome="applied", classification="confirmation",
    imitates="short 게시중단 완료 reply in the request's thread",
    why="answers (by thread) a request of one item with an unhedged 게시중단 조치를 완료: removed",
    items={S1: "removed"},
)

case(
    name="naver-single-imsijochi-44-2",
    **{"from": "right@navercorp.com"},
    name_from=h("네이버 권리보호센터"),
    date="Sat, 14 Sep 2024 10:31:52 +0900",
    subject=h("[네이버 권리보호센터] 임시조치 처리 안내 - KCSC-240913-06"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 아래 게시물은 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치(30일) 하였음을 안내드립니다.

게시물 주소: {S1}
조치 일시: 2024년 9월 14일 10:20

임시조치 기간 중 게시자의 재게시 요청이 없으면 기간 만료 후 게시물은 삭제됩니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 제44조의2, 30일)",
    why="임시조치 하였음 is restricted; the deletion after 30 days is only a future condition",
    items={S1: "restricted"},
)

case(
    name="naver-topposted-gmail-quote",
    **{"from": "cafe_ops@navercorp.com"},
    name_from=h("네이버 운영지원팀"),
    date="Tue, 10 Sep 2024 15:03:27 +0900",
    subject="Re: " + h("불법·유해정보 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
안녕하세요. 네이버 운영지원팀입니다.

아래 요청 건 중 3건 처리 결과 먼저 회신드립니다.

- {N7} 삭제 완료
- {N8} 삭제 완료
- {N9} 작성자가 이미 삭제한 게시물로 확인됩니다.

나머지 9건은 검토가 끝나는 대로 따로 회신드리겠습니다.

2024년 9월 9일 (월) 오전 10:00, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240909-01", "네이버 주식회사", NAVER12, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply above the quoted 시정요구",
    why="three URLs with unhedged results above the quote; the other nine are only in the '>' quoted request",
    items={N7: "removed", N8: "removed", N9: "not_found", N1: "pending", N2: "pending",
           N3: "pending", N4: "pending", N5: "pending", N6: "pending", N10: "pending",
           N11: "pending", N12: "pending"},
)

case(
    name="naver-receipt-plus-results",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date="Wed, 11 Sep 2024 18:22:40 +0900",
    subject=h("[네이버 고객센터] 문의 답변 안내 (접수번호 NV-2024-0911-3381)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의 주신 내용은 정상적으로 접수되었습니다(접수번호 NV-2024-0911-3381, 관련 요청 KCSC-240909-01).

확인 결과를 함께 안내드립니다.
{N10} 게시글은 카페 운영원칙 위반으로 삭제되었고,
{N11} 게시글은 임시조치되었습니다.

이용에 불편을 드려 죄송합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="helpdesk reply that opens with a receipt line and then gives results",
    why="acknowledgement phrase plus two unhedged item statements: not a pure acknowledgement",
    items={N10: "removed", N11: "restricted"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "jimin.han@navercorp.com"},
    name_from=h("한지민"),
    date="Thu, 12 Sep 2024 09:41:16 +0900",
    subject=h("RE: 불법·유해정보 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    extra_headers=["X-Mailer: Microsoft Outlook 16.0"],
    body=f"""
안녕하세요, 네이버 한지민입니다.

요청하신 건 중 인플루언서 콘텐츠 {N12} 는 금일 비공개 처리하였습니다.
참고 부탁드립니다.

한지민 드림

-----Original Message-----
From: KCSC 삭제요청 <takedown@kcsc.example>
Sent: Monday, September 9, 2024 10:00 AM
To: policy@navercorp.com
Subject: 불법·유해정보 시정요구 (KCSC-240909-01)

{request_text("KCSC-240909-01", "네이버 주식회사", NAVER12)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply above an unprefixed -----Original Message----- block",
    why="one item 비공개 처리하였습니다 removed; the request below Original Message is quoted text",
    items={N12: "removed", N1: "pending", N2: "pending", N3: "pending", N4: "pending",
           N5: "pending", N6: "pending", N7: "pending", N8: "pending", N9: "pending",
           N10: "pending", N11: "pending"},
)

N7_A, N7_B = N7.split("dirId=60202&")
case(
    name="naver-kin-wrapped-url",
    **{"from": "kin_help@naver.com"},
    name_from=h("네이버 지식iN"),
    date="Wed, 11 Sep 2024 14:55:02 +0900",
    subject=h("[지식iN] 요청하신 게시물 처리 안내 (KCSC-240909-01)"),
    body=f"""
안녕하세요, 네이버 지식iN 운영담당자입니다.

불법 도박 홍보로 요청하신 아래 게시물을 모두 삭제하였습니다.

{N6}
{N7_A}dirId=60202&
{N7_B}

지식iN 질문 본문과 답변이 함께 삭제되었습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER service reply whose mailer hard-wrapped a long URL",
    why="'아래 게시물을 모두 삭제' followed by the two URLs it covers (named each); the kin URL is wrapped after '&' and a clerk reads it whole",
    items={N6: "removed", N7: "removed"},
)

case(
    name="kakao-imsijochi-notice",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date="Wed, 11 Sep 2024 16:10:09 +0900",
    subject=h("[카카오] 요청하신 게시물 처리 결과 안내 (KCSC-240910-02)"),
    body=f"""
안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회에서 요청하신 게시물의 처리 결과를 안내드립니다.

■ 임시조치(30일)
 · {K1}
 · {K2}
   ↳ 게시자의 복원 요청이 없을 경우 30일 후 영구 삭제됩니다.

■ 삭제
 · {K3}

카카오는 관련 법령과 운영정책에 따라 게시물을 처리하고 있습니다.
운영정책: https://www.kakao.com/policy/oppolicy

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 게시물 처리 결과 notice with 임시조치(30일) and 삭제 headings",
    why="headed lists: two Daum cafe posts 임시조치 restricted, the Tistory post (percent-encoded in requests) 삭제 removed",
    items={K1: "restricted", K2: "restricted", K3: "removed"},
)

case(
    name="kakao-tistory-korean-slug-particle",
    **{"from": "tistory@kakaocorp.com"},
    name_from=h("티스토리 운영팀"),
    date="Thu, 12 Sep 2024 13:27:45 +0900",
    subject=h("[티스토리] KCSC-240910-02 관련 게시글 조치 결과"),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

문의하신 nightmarket 블로그 게시글 관련하여 결과 알려드립니다.

{K3_RAW} 게시글은 운영정책(불법 약물 거래 유도) 위반으로 삭제되었습니다.
{K4}의 경우 블로그 운영자가 글을 이미 지워 현재 존재하지 않는 페이지입니다.

티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operator reply in prose, raw Korean slug and a URL glued to the particle 의",
    why="raw Korean slug matches its percent-encoded form (removed); '/88의' is /88 followed by a particle, already deleted by its author: not_found",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-channel-access-limited",
    **{"from": "channel-policy@kakao.com"},
    name_from=h("카카오톡 채널 운영정책팀"),
    date="Fri, 13 Sep 2024 11:05:33 +0900",
    subject=h("Re: 불법·유해정보 시정요구 (KCSC-240910-02)"),
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
안녕하세요. 카카오톡 채널 운영정책팀입니다.

요청 주신 채널 게시물 {K5} 에 대해 접근 제한 조치를 적용하였습니다.
또한 Daum 카페 게시글 {K1} 은 카페 운영팀 확인 후 삭제되었습니다.

나머지 게시물은 각 서비스 담당 부서에서 회신드릴 예정입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao channel policy team reply, prose with URLs mid-sentence",
    why="접근 제한 조치를 적용 restricted; 삭제되었습니다 removed; the rest is only a promise of a later reply",
    items={K5: "restricted", K1: "removed"},
)

KAKAO_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 카카오 권리보호센터입니다.</p>
<p>KCSC-240910-02 요청 건의 조치 결과는 아래와 같습니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>No.</th><th>게시물 주소</th><th>서비스</th><th>조치 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>Daum 카페</td><td>삭제</td></tr>
<tr><td>2</td><td>{K2}</td><td>Daum 카페</td><td>삭제</td></tr>
<tr><td>3</td><td>{K3}</td><td>티스토리</td><td>블라인드</td></tr>
<tr><td>4</td><td>{K4}</td><td>티스토리</td><td>게시물 없음</td></tr>
<tr><td>5</td><td>{K5}</td><td>카카오톡 채널</td><td>조치하지 않음 (운영정책 위반 아님)</td></tr>
</tbody></table>
<p>조치 결과에 이견이 있으시면 본 메일로 회신 바랍니다.</p>
<p>카카오 권리보호센터</p>
</body></html>
"""
case(
    name="kakao-qp-html-table",
    **{"from": "rights@kakaocorp.com"},
    name_from=h("카카오 권리보호센터"),
    date="Mon, 16 Sep 2024 14:40:00 +0900",
    subject=h("[카카오 권리보호센터] 조치 결과 회신 KCSC-240910-02"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="kk-alt-5517"

--kk-alt-5517
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp("KCSC-240910-02 요청 건의 조치 결과는 HTML 본문의 표를 확인해 주십시오.")}
--kk-alt-5517
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(KAKAO_HTML)}
--kk-alt-5517--
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리보호센터 result table in quoted-printable HTML (plain part only points to the table)",
    why="table rows: 삭제 removed, 블라인드 removed, 게시물 없음 not_found, 조치하지 않음 (운영정책 위반 아님) rejected",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "not_found", K5: "rejected"},
)

case(
    name="kakao-base64-plain",
    **{"from": "cs@daum.net"},
    name_from=h("Daum 고객센터"),
    date="Tue, 17 Sep 2024 10:15:27 +0900",
    subject=h("Re: 불법·유해정보 시정요구 (KCSC-240910-02)"),
    reply_to_req=mid("KCSC-240910-02"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(f'''안녕하세요. Daum 고객센터입니다.

요청하신 게시물 중 아래 2건의 처리 결과를 알려드립니다.

1. {K4}
   해당 주소의 게시글은 존재하지 않습니다. (게시자가 삭제한 글)
2. {K5}
   채널 게시물 삭제 완료

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="Daum helpdesk reply with a base64 text/plain body, status on the line below each URL",
    why="numbered URLs, the status on the next line: 존재하지 않습니다 not_found, 삭제 완료 removed",
    items={K4: "not_found", K5: "removed"},
)

case(
    name="yt-korean-geo-and-removed",
    **{"from": "legal-kr-noreply@google.com"},
    name_from=h("YouTube 법무팀"),
    date="Thu, 12 Sep 2024 20:14:58 +0900",
    subject=h("YouTube 콘텐츠 삭제 요청 처리 결과 [KCSC-240911-03]"),
    body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

현지 법률에 따라 다음 동영상은 대한민국에서 볼 수 없도록 제한했습니다.
{Y1}

다음 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
{Y2}

요청하신 나머지 콘텐츠에 대해서는 검토가 끝나는 대로 별도로 연락드리겠습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal removal outcome in Korean, statement first and the URL on the line below",
    why="Korea-only block restricted; guideline removal removed; the rest is a promise about unnamed items",
    items={Y1: "restricted", Y2: "removed"},
)

case(
    name="yt-age-restrict-and-terminate",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 02:33:10 +0900",
    subject="Re: [KCSC-240911-03] Request for removal of content",
    reply_to_req=mid("KCSC-240911-03"),
    body=f"""
Hello,

Thank you for your report. After reviewing the content you identified we have taken the
following action:

* We have applied an age restriction to {Y4}.
* The channel {Y3} has been terminated for repeated violations of our spam,
  deceptive practices and scams policies.

You can learn more about our policies at https://support.google.com/youtube/answer/2801973.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email (English, bulleted actions)",
    why="age restriction restricted; channel terminated removed; help-centre link is no item",
    items={Y4: "restricted", Y3: "removed"},
)

case(
    name="yt-gmail-quote-rejected",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무지원팀"),
    date="Mon, 16 Sep 2024 17:50:21 +0900",
    subject=h("Re: 불법·유해정보 시정요구 (KCSC-240911-03)"),
    reply_to_req=mid("KCSC-240911-03"),
    body=f"""
안녕하세요.

{Y2} 동영상은 검토하였으나 YouTube 정책이나 현지 법률에 위반되는 사항을
확인하지 못하여 별도의 조치를 취하지 않았습니다.

{Y1} 동영상은 업로더가 이미 삭제하여 더 이상 YouTube에 존재하지 않습니다.

감사합니다.
YouTube 법무지원팀

2024년 9월 11일 (수) 오전 9:30, KCSC 삭제요청 <takedown@kcsc.example>님이 작성:
{request_text("KCSC-240911-03", "Google LLC (YouTube)", YT4, prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube refusal with reason plus an uploader-deleted note, over a Gmail-quoted request",
    why="no policy or legal violation found, no action: rejected; deleted by the uploader: not_found; Y3/Y4 only quoted",
    items={Y2: "rejected", Y1: "not_found", Y3: "pending", Y4: "pending"},
)

case(
    name="yt-korean-heading-counts",
    **{"from": "legal-kr@google.com"},
    name_from=h("YouTube 법무지원팀"),
    date="Wed, 18 Sep 2024 11:08:45 +0900",
    subject=h("[KCSC-240911-03] 요청 콘텐츠 최종 조치 결과"),
    body=f"""
안녕하세요. 요청하신 4건의 콘텐츠에 대한 최종 조치 결과를 안내드립니다.

■ 국내 접근 제한 (2건)
  - {Y1}
  - {Y4}

■ 삭제 (1건)
  - {Y2}

■ 조치하지 않음 (1건)
  - {Y3}
    채널 전체에 대한 조치 근거가 부족하여 채널은 유지됩니다. 개별 동영상을 특정해 주시면
    다시 검토하겠습니다.

감사합니다.
YouTube 법무지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea outcome grouped under ■ headings with counts",
    why="heading lists: 국내 접근 제한 restricted, 삭제 removed, 조치하지 않음 with reason rejected",
    items={Y1: "restricted", Y4: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="dc-operator-informal-numbers",
    **{"from": "ops@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 11:47:03 +0900",
    subject=h("Re: 개인정보 노출 게시물 시정요구 (KCSC-240911-04)"),
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

보내주신 건 확인했습니다.
{D1}
이 글은 방금 삭제했고요,
주식 마이너 갤러리(jumoney) 45012번, 45019번 글은 작성자가 먼저 지워서
남아있는 게 없습니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside gallery operator reply naming posts by gallery id and number",
    why="D1 removed; the two jumoney posts are named by gallery and post number (exactly the requested no=45012/45019) as deleted by their author: not_found (arguable, see NOTES)",
    items={D1: "removed", D2: "not_found", D3: "not_found"},
)

case(
    name="dc-bare-url-arrow-below",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date="Fri, 13 Sep 2024 15:22:18 +0900",
    subject=h("[디시인사이드] KCSC-240911-04 처리 결과"),
    body=f"""
[디시인사이드 신고센터 처리 결과]

{D1}
→ 삭제 완료 (개인정보 노출)

{D2}
→ 삭제 완료 (개인정보 노출)

{D3}
→ 삭제 대상 아님. 개인을 식별할 수 있는 정보가 없어 게시 유지합니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 신고센터 result, bare URL with the status on the next line after an arrow",
    why="status line below each URL: two 삭제 완료 removed, 삭제 대상 아님/게시 유지 rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-single-fullwidth-parens",
    **{"from": "ops@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 18:03:50 +0900",
    subject=h("Re: 불법 도박 사이트 링크 시정요구 (KCSC-240913-07)"),
    reply_to_req=mid("KCSC-240913-07"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

요청하신 국내야구 갤러리 게시물（{T1}）을 삭제하였고,
작성 IP에 대해서는 30일 차단 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator reply with the URL inside full-width parentheses",
    why="the URL ends at the full-width ）; 삭제하였고 removed (the IP block is about the writer, not an item)",
    items={T1: "removed"},
)

case(
    name="dc-html-table",
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    date="Tue, 17 Sep 2024 10:40:12 +0900",
    subject=h("[디시인사이드] 시정요구 조치결과 회신 (KCSC-240911-04)"),
    type="html",
    body=f"""
<div>안녕하세요. 디시인사이드 신고센터입니다.<br>시정요구하신 게시물의 조치결과를 회신드립니다.</div>
<table border="1">
<tr><td><b>게시물</b></td><td><b>조치</b></td></tr>
<tr><td>{D1}</td><td>삭제</td></tr>
<tr><td>{D2}</td><td>비공개 처리</td></tr>
<tr><td>{D3}</td><td>해당 게시물 없음</td></tr>
</table>
<div>디시인사이드 신고센터</div>
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 시정요구 조치결과 HTML table without a number column",
    why="삭제 removed, 비공개 처리 removed, 해당 게시물 없음 not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="band-deleted-and-hidden",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    date="Fri, 13 Sep 2024 16:30:00 +0900",
    subject=h("[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240912-05)"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글을 확인하고 운영정책에 따라 아래와 같이 처리하였습니다.

1. {B1}
   - 처리 결과: 게시글 삭제
2. {B2}
   - 처리 결과: 게시글 숨김 처리(블라인드)

건강한 BAND 이용 환경을 위해 협조해 주셔서 감사합니다.
BAND 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내 (numbered posts, 처리 결과 line)",
    why="게시글 삭제 removed; 숨김 처리(블라인드) removed",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-angle-rejected-notfound",
    **{"from": "policy@band.us"},
    name_from=h("BAND 운영정책팀"),
    date="Tue, 17 Sep 2024 13:12:39 +0900",
    subject=h("Re: 명예훼손 게시글 시정요구 (KCSC-240912-05)"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""
안녕하세요. BAND 운영정책팀입니다.

<{B1}>: 밴드 내부 공지글로, 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.
<{B2}>: 존재하지 않거나 이미 삭제된 게시글입니다.

명예훼손 여부에 대한 법원 판단 등 추가 자료가 있으시면 다시 검토하겠습니다.

BAND 운영정책팀
""",
    outcome="applied", classification="confirmation",
    imitates="BAND policy team reply, URLs in angle brackets followed by a colon",
    why="no violation found, no action: rejected (the offer to look again on new evidence is no hedge on the decision); 존재하지 않거나 이미 삭제된 not_found",
    items={B1: "rejected", B2: "not_found"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Tue, 10 Sep 2024 10:05:11 +0900",
    subject=h("RE: 불법·유해정보 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 아래 블로그 게시물은 관련 부서에서 검토 후 순차적으로 조치할 예정입니다.
 - {N1}
 - {N2}

조치가 완료되면 결과를 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal holding reply: 검토 후 순차적으로 조치할 예정",
    why="only a promise about two named items: nothing to apply",
    items={N1: "pending", N2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Fri, 13 Sep 2024 14:00:00 +0900",
    subject=h("[회신] 시정요구(KCSC-240909-01) 조치 완료 통보"),
    body="""
수신: 방송통신심의위원회 통신심의국
제목: 시정요구(KCSC-240909-01) 조치 완료 통보

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 9. 요구하신 불법 도박 관련 정보 12건 전체에 대하여
   게시중단 조치를 완료하였음을 통보합니다.  끝.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="공문 that reports a whole 시정요구 as done without listing the posts",
    why="'12건 전체 게시중단' for a 12-item request without naming each: bulk, items stay pending",
    items={u: "pending" for u in NAVER12},
)

case(
    name="naver-dkim-fail",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    auth="fail",
    date="Wed, 11 Sep 2024 08:14:29 +0900",
    subject=h("RE: 불법·유해정보 시정요구 (KCSC-240909-01)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

{N3} 게시물은 삭제 완료하였습니다.

감사합니다.
""",
    outcome="review", review="untrusted", classification="confirmation",
    imitates="short NAVER result whose DKIM/SPF/DMARC failed (relayed or forged)",
    why="claims from a platform domain that failed authentication: untrusted, nothing applied",
    items={N3: "pending"},
)

case(
    name="naver-answers-for-band",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Mon, 16 Sep 2024 15:45:03 +0900",
    subject=h("RE: 명예훼손 게시글 시정요구 (KCSC-240912-05)"),
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 관련하여 요청하신 게시글 2건은 아래와 같이 삭제되었습니다.
 - {B1}
 - {B2}

BAND 관련 요청은 앞으로 help@band.us 로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform", classification="confirmation",
    imitates="NAVER (parent company) answering for BAND posts",
    why="navercorp.com states statuses for items of the band platform: wrong_platform (arguable, see NOTES)",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-channel-change-notice",
    **{"from": "policy@navercorp.com"},
    name_from=h("네이버 정책지원팀"),
    date="Wed, 18 Sep 2024 10:00:00 +0900",
    subject=h("[안내] 시정요구 공문 접수 창구 변경 안내"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

2024년 10월 1일부터 방송통신심의위원회 시정요구 공문 접수 창구가 아래와 같이 변경됩니다.

 - 변경 전: policy@navercorp.com
 - 변경 후: kcsc-request@navercorp.com

변경 이후에도 기존 주소로 보내주신 요청은 일정 기간 자동으로 전달됩니다.
업무에 참고 부탁드립니다.

네이버 정책지원팀 드림
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice about a change of the intake address",
    why="trusted NAVER mail naming no item and no request: no_claims",
    items={},
)

case(
    name="kakao-hedge-appears-deleted",
    **{"from": "cafe-ops@daum.net"},
    name_from=h("Daum 카페 운영팀"),
    date="Thu, 12 Sep 2024 09:30:41 +0900",
    subject=h("Re: 불법·유해정보 시정요구 (KCSC-240910-02)"),
    reply_to_req=mid("KCSC-240910-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

{K1} 게시글은 이미 삭제된 것으로 보이나, 정확한 확인을 위해 추가로 검토 중입니다.
{K2} 게시글은 이번 주 중으로 조치될 예정입니다.

확인되는 대로 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum cafe operator interim reply with a hedge and a promise",
    why="'삭제된 것으로 보이나 … 검토 중' is a hedge, '조치될 예정' a promise: both pending",
    items={K1: "pending", K2: "pending"},
)

case(
    name="kakao-conditional-sohmyeong",
    **{"from": "channel-policy@kakao.com"},
    name_from=h("카카오톡 채널 운영정책팀"),
    date="Wed, 11 Sep 2024 17:18:06 +0900",
    subject=h("[카카오] 채널 게시물 관련 안내 (KCSC-240910-02)"),
    body=f"""
안녕하세요. 카카오톡 채널 운영정책팀입니다.

요청하신 채널 게시물 {K5} 에 대해 게시자에게 소명 기회를 부여하였습니다.
소명 기간(7일) 내에 소명이 없거나 소명이 받아들여지지 않을 경우 해당 게시물은 삭제됩니다.

결과가 나오면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao notice that the poster was given a chance to object (소명 기회)",
    why="deletion only under a condition in the future: pending",
    items={K5: "pending"},
)

case(
    name="yt-asks-legal-basis",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 08:02:57 +0900",
    subject="Re: [KCSC-240911-03] Request for removal of content",
    reply_to_req=mid("KCSC-240911-03"),
    body=f"""
Hello,

Thanks for reaching out. We need a bit more information before we can act on part of your request.

Your notice lists the whole channel {Y3}. Please identify the specific videos
(with URLs) that you consider unlawful, and cite the provision of Korean law that each one
violates. Once we receive this information we will continue our review.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="YouTube Legal request for specific URLs and legal basis",
    why="asks for more information about one requested item; no status stated",
    items={Y3: "pending"},
)

case(
    name="yt-may-no-longer-be-available",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 14 Sep 2024 04:41:19 +0900",
    subject="Re: [KCSC-240911-03] Request for removal of content",
    body=f"""
Hello,

It appears that the video at {Y4} may no longer be available on YouTube.
We are confirming this with the relevant team and will update you once we know more.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal interim reply with 'appears … may no longer be available'",
    why="a hedge ('appears', 'may') and a promise: the item stays pending",
    items={Y4: "pending"},
)

case(
    name="dc-bulk-all-three",
    **{"from": "ops@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 19:30:02 +0900",
    subject=h("Re: 개인정보 노출 게시물 시정요구 (KCSC-240911-04)"),
    body="""
안녕하세요 디시인사이드 운영팀입니다.

KCSC-240911-04 로 요청하신 3건 모두 삭제 처리 완료했습니다.
""",
    outcome="review", review="bulk", classification="confirmation",
    imitates="one-line operator reply: all posts of the request deleted",
    why="'3건 모두 삭제' for a three-item request without naming each: bulk",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="dc-vendor-unknown-sender",
    **{"from": "report@cleanwatch-ops.co.kr"},
    name_from=h("클린워치 모니터링센터"),
    date="Fri, 13 Sep 2024 09:55:47 +0900",
    subject=h("[디시인사이드 위탁] KCSC-240911-04 처리 결과"),
    body=f"""
안녕하세요. 디시인사이드 게시물 모니터링 위탁업체 클린워치입니다.

요청하신 게시물 중 {D1} 은 삭제 완료하였습니다.

문의는 본 메일로 회신 부탁드립니다.
""",
    outcome="review", review="unknown_sender", classification="confirmation",
    imitates="moderation outsourcing vendor writing on the platform's behalf from its own domain",
    why="sender domain belongs to no configured platform: unknown_sender",
    items={D1: "pending"},
)

case(
    name="band-under-review",
    **{"from": "help@band.us"},
    name_from=h("BAND 고객센터"),
    date="Thu, 12 Sep 2024 17:02:26 +0900",
    subject=h("Re: 명예훼손 게시글 시정요구 (KCSC-240912-05)"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""
안녕하세요. BAND 고객센터입니다.

보내주신 게시글
{B1}
{B2}
은 현재 담당 부서에서 검토 중이며, 결과는 확인되는 대로 안내드리겠습니다.

양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="BAND helpdesk 'under review' reply naming the posts",
    why="'검토 중' about two named items: not a statement, items pending",
    items={B1: "pending", B2: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-ooo-chuseok",
    **{"from": "jimin.han@navercorp.com"},
    name_from=h("한지민"),
    date="Sun, 15 Sep 2024 07:00:03 +0900",
    subject=h("[자동응답] Re: 불법·유해정보 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
추석 연휴(9월 14일~9월 18일) 기간 동안 부재중입니다.
9월 19일부터 순차적으로 확인하겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

한지민 드림
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply over Chuseok",
    why="Auto-Submitted auto-reply, holiday absence: ignored",
    items={},
)

BOUNCE_ORIG = request_text("KCSC-240912-05", "BAND 운영정책팀", [B1, B2])
case(
    name="band-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kcsc.example"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 10:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="B7F2C1A0.1726104641/mx.kcsc.example"

--B7F2C1A0.1726104641/mx.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host mx.band.us[203.0.113.45] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown

--B7F2C1A0.1726104641/mx.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: Thu, 12 Sep 2024 10:30:38 +0900

Final-Recipient: rfc822; report@band.us
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.band.us
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected: User unknown

--B7F2C1A0.1726104641/mx.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: report@band.us
Subject: {h("명예훼손 게시글 시정요구 (KCSC-240912-05)")}
Message-ID: <{mid("KCSC-240912-05")}@kcsc.example>
Date: Thu, 12 Sep 2024 10:30:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{BOUNCE_ORIG}

--B7F2C1A0.1726104641/mx.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning our BAND request",
    why="a bounce carrying our own request's URLs: ignored",
    items={B1: "pending", B2: "pending"},
)

case(
    name="kakao-mdn-displayed",
    **{"from": "minsu.park@kakaocorp.com"},
    name_from=h("박민수"),
    date="Tue, 10 Sep 2024 13:44:12 +0900",
    subject=h("읽음 확인: 불법·유해정보 시정요구 (KCSC-240910-02)"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4c2e91"

--mdn_4c2e91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 2024-09-10 오후 1:44에 읽었습니다.

제목: 불법·유해정보 시정요구 (KCSC-240910-02)

--mdn_4c2e91
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822; minsu.park@kakaocorp.com
Original-Message-ID: <{mid("KCSC-240910-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4c2e91--
""",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (읽음 확인) from a Kakao employee's mailbox",
    why="message/disposition-notification: ignored",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help@naver.com"},
    name_from=h("네이버 고객센터"),
    date="Fri, 13 Sep 2024 09:03:55 +0900",
    subject=h("[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240913-06)"),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 - 접수번호: 2024091300482
 - 접수일시: 2024.09.13 09:03
 - 문의유형: 권리침해/개인정보 노출

접수된 순서대로 확인 후 답변드리겠습니다. 답변은 평일 기준 1~3일 정도 소요될 수 있습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER helpdesk automatic 문의 접수 receipt with a ticket number",
    why="pure acknowledgement (접수번호, answer later), no statement: ignored",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply-cs@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    date="Tue, 10 Sep 2024 11:01:20 +0900",
    subject=h("[카카오 고객센터] 문의 접수 안내 - 불법·유해정보 시정요구 (KCSC-240910-02)"),
    type="html",
    body="""
<html><body>
<h3>문의가 접수되었습니다</h3>
<p>카카오 고객센터를 이용해 주셔서 감사합니다.</p>
<table><tr><td>문의번호</td><td>#KA-88120437</td></tr>
<tr><td>접수일</td><td>2024.09.10</td></tr></table>
<p>담당자가 확인 후 최대한 빠르게 답변드리겠습니다.<br>
답변 현황은 <a href="https://cs.kakao.com/requests">고객센터 &gt; 나의 문의내역</a>에서 확인하실 수 있습니다.</p>
</body></html>
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer centre ticket receipt (HTML, 문의번호)",
    why="pure acknowledgement; the 나의 문의내역 link is a dashboard page, not an item",
    items={},
)

case(
    name="yt-holiday-auto-reply",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 16 Sep 2024 00:00:12 +0900",
    subject="Automatic reply: [KCSC-240911-03] Request for removal of content",
    reply_to_req=mid("KCSC-240911-03"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
This is an automated response.

Due to the Chuseok public holidays in Korea (September 16-18), responses to legal
requests may take longer than usual. There is no need to resend your message; it will be
handled in the order it was received.
""",
    outcome="ignored", classification="auto_reply",
    imitates="holiday auto-reply from a legal intake mailbox",
    why="Auto-Submitted holiday notice with no statement: ignored",
    items={},
)

DC_ORIG = request_text("KCSC-240913-07", "디시인사이드", [T1])
case(
    name="dc-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"},
    name_from="Mail Delivery Subsystem",
    date="Fri, 13 Sep 2024 15:00:52 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-9a01ff"

--dsn-9a01ff
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다.
수신자 사서함 용량이 초과되었습니다: ops-archive@dcinside.com

--dsn-9a01ff
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com

Final-Recipient: rfc822; ops-archive@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-9a01ff
Content-Type: message/rfc822

From: KCSC <takedown@kcsc.example>
To: ops-archive@dcinside.com
Subject: KCSC-240913-07
Message-ID: <{mid("KCSC-240913-07")}@kcsc.example>
Date: Fri, 13 Sep 2024 15:00:00 +0900
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{DC_ORIG}

--dsn-9a01ff--
""",
    outcome="ignored", classification="bounce",
    imitates="remote MTA DSN (552 5.2.2 mailbox full) from the platform's own mail host",
    why="a bounce, even from the platform's domain and with our URL inside: ignored",
    items={T1: "pending"},
)

HEADER = """# Blind set 839 (Korean portals: 공문 replies, 임시조치 notices, 시정요구
# 조치결과 tables, informal operator replies). Generated by make.py; written
# from each email's meaning before any run of the reader. See NOTES.md.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)
    from collections import Counter
    print(len(CASES), dict(Counter(c["outcome"] for c in CASES)))
