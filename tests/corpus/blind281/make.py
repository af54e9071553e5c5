#!/usr/bin/env python3
"""Blind set 281: Korean-language replies (NAVER, Kakao/Daum/Tistory,
YouTube Korea, DC Inside, BAND): 공문-style answers to 시정요구, 임시조치 and
블라인드 notices, 조치결과 tables, informal operator replies, plus the usual
auto-replies, bounces, read receipts and ticket receipts.

Deterministic: `python3 tests/corpus/blind281/make.py` rewrites
requests.csv, cases/*.eml and expected.toml. Every expected result below was
written from the meaning of the email alone, before any run of the reader.
All names, URLs, ids and people are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind281"


def enc(s):
    """RFC 2047 encoding for a non-ASCII header value (as real mailers do)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
R1 = "KCSC-240903-01"  # naver, 12 items (largest)
R2 = "KCSC-240905-02"  # kakao, 4 items
R3 = "KCSC-240906-03"  # youtube, 3 items
R4 = "KCSC-240909-04"  # dcinside, 5 items
R5 = "KCSC-240910-05"  # band, 2 items
R6 = "KCSC-240911-06"  # naver, 1 item
R7 = "KCSC-240912-07"  # kakao, 1 item

N1 = "https://blog.naver.com/hanbit_trade77/223561004821"
N2 = "https://blog.naver.com/hanbit_trade77/223561009377"
N3 = "https://blog.naver.com/sunny_coin_kr/223558812040"
N4 = "https://cafe.naver.com/stockmoa24/118204"
N5 = "https://cafe.naver.com/stockmoa24/118239"
N6 = "https://cafe.naver.com/stockmoa24/118311"
N7 = "https://cafe.naver.com/jaetech1004/56021"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40308&docId=472210385"
N9 = "https://blog.naver.com/goldleaf_lab/223570118862"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38201457&memberNo=51022883"
N11 = "https://cafe.naver.com/jaetech1004/56088"
N12 = "https://blog.naver.com/sunny_coin_kr/223559902113"
R1_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bamdal-gamble/Rk2f/3381"
K2 = "https://cafe.daum.net/bamdal-gamble/Rk2f/3402"
K3 = "https://moonlit-notes.tistory.com/entry/%EB%B2%A0%ED%8C%85-%EC%82%AC%EC%9D%B4%ED%8A%B8-%EC%B6%94%EC%B2%9C"
K3_RAW = "https://moonlit-notes.tistory.com/entry/베팅-사이트-추천"
K4 = "https://cafe.daum.net/bamdal-gamble/Rk2f/3419"
R2_URLS = [K1, K2, K3, K4]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp0c"
Y2 = "https://www.youtube.com/watch?v=bK4nZ8wYe1s"
Y3 = "https://www.youtube.com/@%EC%A7%84%EC%A7%9C%ED%8B%B0%EB%B9%84"
Y3_RAW = "https://www.youtube.com/@진짜티비"

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912045"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912377"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=281733"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=281790"
D5 = "https://gall.dcinside.com/mini/board/view/?id=ttalgi&no=4410"
R4_URLS = [D1, D2, D3, D4, D5]

B1 = "https://band.us/band/86012345/post/1207"
B2 = "https://band.us/band/86012345/post/1213"

S6 = "https://blog.naver.com/PostView.naver?blogId=moonriver_81&logNo=223574410276"
S7 = "https://cafe.daum.net/sweetbet777/Xa9p/77"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", R1_URLS,
     "illegal_finance", "불법 투자자문(리딩방) 홍보 게시물"),
    (R2, "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00", R2_URLS,
     "gambling", "불법 도박 사이트 홍보"),
    (R3, "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00", [Y1, Y2, Y3],
     "illegal_finance", "코인 리딩방 유도 영상 및 채널"),
    (R4, "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", R4_URLS,
     "illegal_finance", "갤러리 게시물 리딩방 홍보"),
    (R5, "band", "2024-09-10T10:20:00+09:00", "2024-09-20T18:00:00+09:00", [B1, B2],
     "drugs", "밴드 게시글 마약류 판매 광고"),
    (R6, "naver", "2024-09-11T16:05:00+09:00", "2024-09-20T18:00:00+09:00", [S6],
     "privacy", "개인정보 노출 게시물"),
    (R7, "kakao", "2024-09-12T09:15:00+09:00", "2024-09-23T18:00:00+09:00", [S7],
     "gambling", "불법 도박 사이트 홍보"),
]


def req_msgid(ref):
    return "req-" + ref[5:].lower() + "@kcsc.example"


def req_thread(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted_request(ref, urls, title):
    lines = [
        f"> [{ref}] {title}",
        ">",
        "> 방송통신심의위원회는 아래 정보에 대하여 정보통신망법 제44조의7에 따라",
        "> 시정(삭제 또는 접속차단)을 요구합니다.",
        ">",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"> {i}. {u}")
    lines += [">", "> 조치 결과를 회신하여 주시기 바랍니다.", "> 방송통신심의위원회 디지털유해정보대응팀"]
    return "\n".join(lines)


C = []


def case(**kw):
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    C.append(kw)


# ======================================================================
# NAVER (R1, R6)
# ======================================================================
case(
    name="naver-gongmun-full-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문 '시정요구에 대한 조치결과 회신' with a text table of 연번/URL/조치결과",
    why="official reply listing all twelve URLs with one clear 조치결과 each: 삭제/게시중단/블라인드/비공개 = removed, 임시조치 and 국내 접속차단 = restricted, 불법정보 미해당 = rejected, 게시물 없음/존재하지 않는 URL = not_found",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Corp.",
    date="Fri, 06 Sep 2024 15:42:10 +0900",
    subject=enc(f"[{R1}] 시정요구에 대한 조치결과 회신"),
    reply_to_req=req_thread(R1),
    body=f"""
수신: 방송통신심의위원회 디지털유해정보대응팀
참조: 담당자
제목: 시정요구에 대한 조치결과 회신 ({R1})

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 귀 위원회 시정요구 {R1} (2024. 9. 3.)
3. 위 관련 호로 시정요구하신 정보에 대하여 당사는 아래와 같이 조치하였음을
   회신합니다.

 연번 | URL                                                              | 조치결과
------+------------------------------------------------------------------+--------------------------
  1   | {N1} | 삭제
  2   | {N2} | 삭제
  3   | {N3} | 게시중단
  4   | {N4} | 블라인드
  5   | {N5} | 블라인드
  6   | {N6} | 게시물 없음(작성자 삭제)
  7   | {N7} | 임시조치(30일)
  8   | {N8} | 조치불가(불법정보 미해당)
  9   | {N9} | 삭제
 10   | {N10} | 비공개 처리
 11   | {N11} | 국내 접속차단
 12   | {N12} | 존재하지 않는 URL

4. 연번 8의 지식iN 게시물은 일반적인 투자 관련 질의응답으로 확인되어 당사
   운영정책상 삭제 사유에 해당하지 않는다고 판단하였습니다.

붙임: 없음.  끝.

네이버 주식회사 정책지원실
""",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "removed",
           N6: "not_found", N7: "restricted", N8: "rejected", N9: "removed", N10: "removed",
           N11: "restricted", N12: "not_found"},
)

_html2 = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 카페 운영정책 담당입니다.</p>
<p>요청번호 {R1} 중 카페 게시글에 대한 처리 결과를 아래와 같이 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시글 주소</th><th>처리 결과</th></tr>
<tr><td>1</td><td><a href="{N4}">{N4}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N5}">{N5}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N6}">{N6}</a></td><td>임시조치</td></tr>
<tr><td>4</td><td><a href="{N7}">{N7}</a></td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{N11}">{N11}</a></td><td>해당 게시글 없음 (이미 삭제됨)</td></tr>
</table>
<p>카페 운영원칙은 <a href="https://help.naver.com/service/5637/category/bookmark">네이버 고객센터</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>네이버 카페 운영팀 드림</p>
</body></html>
"""
_text2 = f"""안녕하세요, 네이버 카페 운영정책 담당입니다.

요청번호 {R1} 중 카페 게시글에 대한 처리 결과를 아래와 같이 알려드립니다.

1. {N4} - 삭제
2. {N5} - 삭제
3. {N6} - 임시조치
4. {N7} - 삭제
5. {N11} - 해당 게시글 없음 (이미 삭제됨)

카페 운영원칙은 네이버 고객센터(https://help.naver.com/service/5637/category/bookmark)에서
확인하실 수 있습니다.

감사합니다.
네이버 카페 운영팀 드림
"""
case(
    name="naver-cafe-html-table",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 운영팀 result mail, multipart/alternative with an HTML 처리 결과 table",
    why="five cafe posts each with its result in a table row; '이미 삭제됨' under '해당 게시글 없음' is not_found; help link is not an item",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe",
    date="Thu, 05 Sep 2024 11:03:55 +0900",
    subject=enc(f"[네이버 카페] 요청하신 게시글 처리 결과 안내 ({R1})"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nv_alt_5637"

--=_nv_alt_5637
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_text2)}
--=_nv_alt_5637
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html2)}
--=_nv_alt_5637--
""",
    items={N4: "removed", N5: "removed", N6: "restricted", N7: "removed", N11: "not_found"},
)

case(
    name="naver-cafe-blind-prose",
    outcome="applied", classification="confirmation",
    imitates="NAVER 카페 신고 처리 결과 안내 (블라인드 처리) in prose",
    why="one post 블라인드 처리 (removed), the other already deleted by its author (not_found)",
    **{"from": "noreply_cafe@naver.com"},
    name_from="네이버 카페",
    date="Wed, 04 Sep 2024 17:20:31 +0900",
    subject=enc("[네이버 카페] 신고하신 게시글의 처리 결과를 알려드립니다"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요. 네이버 카페입니다.

방송통신심의위원회에서 요청하신 게시글을 검토한 결과를 안내드립니다.

신고하신 카페 게시글 {N5} 은 카페 운영원칙 중
'불법 금융·투자 정보' 항목 위반이 확인되어 블라인드 처리되었습니다.

함께 요청하신 {N6} 게시글은 확인 당시 작성자가 이미
삭제한 글이어서 별도의 조치를 할 대상이 없었습니다.

네이버 카페는 앞으로도 건강한 커뮤니티를 위해 노력하겠습니다.
감사합니다.

※ 본 메일은 발신전용입니다.
""",
    items={N5: "removed", N6: "not_found"},
)

case(
    name="naver-single-author-deleted",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블로그 고객센터 answer: 작성자가 이미 삭제한 게시물",
    why="one-item request; the URL in parentheses followed by 은 was deleted by its author before review: not_found",
    **{"from": "blog_help@navercorp.com"},
    name_from="NAVER Blog",
    date="Thu, 12 Sep 2024 10:14:02 +0900",
    subject=enc(f"RE: [{R6}] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=req_thread(R6),
    body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

요청하신 블로그 게시물({S6})은 저희가 확인하기 전에
작성자가 직접 삭제하여 현재 존재하지 않는 글입니다.
따라서 별도의 게시중단 조치는 진행되지 않았음을 양해 부탁드립니다.

추가 문의 사항이 있으시면 본 메일로 회신 주세요.
감사합니다.

네이버 블로그 고객센터 드림
""",
    items={S6: "not_found"},
)

case(
    name="naver-operator-toppost-quoted",
    outcome="applied", classification="confirmation",
    imitates="informal top-posted reply from a NAVER 카페 운영지원 staffer over the Gmail-quoted request",
    why="three cafe URLs stated above the quote (two 삭제 완료, one deleted by its author); the twelve URLs in the '>' quote are the request itself and change nothing; '나머지 … 회신드릴 예정' is a promise about unnamed items",
    **{"from": "jiwoo.han@navercorp.com"},
    name_from="한지우",
    date="Wed, 04 Sep 2024 09:31:47 +0900",
    subject=enc(f"Re: [{R1}] 불법 투자자문 게시물 시정요구"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요, 네이버 카페 운영지원 한지우입니다.
보내주신 목록 중 카페 게시글 3건 먼저 처리 결과 공유드립니다.

{N4} 삭제 완료
{N7} 삭제 완료
{N11} 은 작성자가 카페 탈퇴 전에 스스로 지운 글이라 남아있지 않습니다.

나머지 블로그·지식iN 건은 담당 부서에서 따로 회신드릴 예정입니다.

한지우 드림

2024년 9월 3일 (화) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted_request(R1, R1_URLS, "불법 투자자문 게시물 시정요구")}
""",
    items={N4: "removed", N7: "removed", N11: "not_found"},
)

_csv6 = "\ufeff번호,URL,조치결과,조치일자\n" + "\n".join([
    f"1,{N1},삭제,2024-09-05",
    f"2,{N2},삭제,2024-09-05",
    f"3,{N3},임시조치(30일),2024-09-05",
    f"4,{N12},게시물 없음,2024-09-05",
]) + "\n"
case(
    name="naver-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 reply sending the 조치결과 as a CSV attachment",
    why="the CSV states one result per URL: two 삭제, one 임시조치 (restricted), one 게시물 없음 (not_found)",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Corp.",
    date="Thu, 05 Sep 2024 18:05:40 +0900",
    subject=enc(f"[{R1}] 조치결과 송부 (블로그 4건)"),
    reply_to_req=req_thread(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_88120_2024"

------=_Part_88120_2024
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원실입니다.

{R1} 건 중 블로그 게시물 4건의 조치결과를 첨부 파일로 송부드립니다.
확인 부탁드립니다.

감사합니다.

------=_Part_88120_2024
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv6)}
------=_Part_88120_2024--
""",
    items={N1: "removed", N2: "removed", N3: "restricted", N12: "not_found"},
)

case(
    name="naver-kin-rejected",
    outcome="applied", classification="confirmation",
    imitates="NAVER 지식iN 운영팀 reply refusing removal with its reason (게시 유지)",
    why="the Q&A is kept up because it breaks no rule, reason given: rejected; URL stands on the line below the statement",
    **{"from": "kin_help@navercorp.com"},
    name_from="NAVER 지식iN",
    date="Fri, 06 Sep 2024 13:48:19 +0900",
    subject=enc(f"Re: [{R1}] 지식iN 게시물 관련 검토 결과"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 아래 질문글에 대해 내부 기준에 따라 검토하였으나, 특정 투자
상품의 유료 회원 모집이나 연락처 안내가 없는 일반적인 투자 질의응답으로
확인되어 운영정책상 삭제 사유에 해당하지 않으므로 게시를 유지합니다.
{N8}

추가 자료가 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
    items={N8: "rejected"},
)

_qp8 = f"""안녕하세요. 네이버 권리보호센터입니다.

귀 위원회에서 요청하신 게시물에 대해 아래와 같이 임시조치를 안내드립니다.

아래 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치(접근 제한)
하였습니다.
- {N9}
- {N12}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.

네이버 권리보호센터 드림
"""
case(
    name="naver-qp-temporary-measure",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 안내, quoted-printable body",
    why="both listed posts are under 30-day 임시조치 (access restricted): restricted; the later deletion is a condition, not the present status",
    **{"from": "right@naver.com"},
    name_from="네이버 권리보호센터",
    date="Fri, 06 Sep 2024 08:59:12 +0900",
    subject=enc(f"[네이버] 임시조치 안내 ({R1})"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp8)}""",
    items={N9: "restricted", N12: "restricted"},
)

case(
    name="naver-url-below-groups",
    outcome="applied", classification="confirmation",
    imitates="NAVER 정책지원 plain reply grouping URLs under a heading sentence per result",
    why="heading sentences followed by the URLs they govern: two 게시중단 (removed), one non-existent address (not_found)",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Corp.",
    date="Mon, 09 Sep 2024 14:12:00 +0900",
    subject=enc(f"RE: [{R1}] 추가 조치결과 안내"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요, 네이버 정책지원실 입니다.

{R1} 건 관련하여 추가로 확인된 결과 알려드립니다.

아래 게시물은 게시중단하였습니다.
{N1}
{N2}

아래 주소는 존재하지 않는 포스트로 확인됩니다(잘못된 주소).
{N10}

감사합니다.
""",
    items={N1: "removed", N2: "removed", N10: "not_found"},
)

case(
    name="naver-outlook-original-message",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted NAVER staff reply over '-----Original Message-----'",
    why="both URLs named in the top sentence as deleted; the quoted original below repeats the request and changes nothing",
    **{"from": "minseo.park@navercorp.com"},
    name_from="박민서",
    date="Tue, 10 Sep 2024 16:40:03 +0900",
    subject=enc(f"RE: [{R1}] 불법 투자자문 게시물 시정요구"),
    reply_to_req=req_thread(R1),
    body=f"""
담당자님 안녕하세요.

{N3} 및
{N12} 두 건 모두 블로그 운영정책 위반(불법 투자
권유)으로 오늘 오후 삭제 처리했습니다.

박민서 | 네이버 블로그 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [{R1}] 불법 투자자문 게시물 시정요구

방송통신심의위원회는 아래 정보에 대하여 시정을 요구합니다.
{N1}
{N2}
{N3}
{N12}
(이하 생략)
""",
    items={N3: "removed", N12: "removed"},
)

case(
    name="naver-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 mail opening with a 접수 sentence then giving the result",
    why="despite the 접수 phrase, the post is stated unhedged to be 비공개 처리: removed; not a pure acknowledgement",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Wed, 11 Sep 2024 11:22:45 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 2409-0311572)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회 {R1} 관련 문의 잘 접수되었습니다(접수번호 2409-0311572).

확인 결과 {N10} 포스트는
운영정책 위반으로 비공개 처리되었음을 알려드립니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
감사합니다.
""",
    items={N10: "removed"},
)

case(
    name="naver-fullwidth-list",
    outcome="applied", classification="confirmation",
    imitates="NAVER staff reply typed with full-width digits, ideographic spaces and arrows",
    why="two numbered lines, each URL followed by full-width spacing and '→ 삭제 완료': both removed",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Corp.",
    date="Sat, 07 Sep 2024 10:05:33 +0900",
    subject=enc(f"[{R1}] 조치결과 (블로그/지식iN)"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요.
요청하신 건 중 아래 2건 처리 결과입니다．

１．{N9}　→　삭제 완료
２．{N8}　→　질문글 삭제 완료

이상입니다．
네이버 정책지원실
""",
    items={N9: "removed", N8: "removed"},
)

case(
    name="naver-echoed-report-ticket",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 ticket mail echoing each reported URL with 처리 결과 fields",
    why="each echoed report block has a 처리 결과: one 삭제 (removed), one 조치 불가 with a reason (rejected)",
    **{"from": "noreply_report@naver.com"},
    name_from="네이버 신고센터",
    date="Sun, 08 Sep 2024 21:10:09 +0900",
    subject=enc("[네이버 신고센터] 신고 처리 결과 안내"),
    body=f"""
네이버 신고센터에서 신고 처리 결과를 알려드립니다.

■ 신고 1
 - 신고 대상 URL : {N2}
 - 신고 사유 : 불법 금융·투자 정보
 - 처리 결과 : 삭제
 - 처리 일시 : 2024.09.08 20:41

■ 신고 2
 - 신고 대상 URL : {N9}
 - 신고 사유 : 불법 금융·투자 정보
 - 처리 결과 : 조치 불가 (운영정책 위반 사항이 확인되지 않음)
 - 처리 일시 : 2024.09.08 20:44

신고 관련 정책은 https://policy.naver.com/policy/service.html 에서 보실 수 있습니다.
본 메일은 발신 전용입니다.
""",
    items={N2: "removed", N9: "rejected"},
)

# ======================================================================
# Kakao / Daum / Tistory (R2, R7)
# ======================================================================
case(
    name="kakao-gongmun-table",
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책팀 공문 '시정요구 조치결과 통보' with a 구분/URL/조치내용 table",
    why="four rows with a result each: 삭제 (removed), 게시 유지 with reason (rejected), 비공개 전환 (removed), 게시물 없음 (not_found)",
    **{"from": "policy@kakaocorp.com"},
    name_from="Kakao Corp.",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    subject=enc(f"[카카오] 시정요구({R2}) 조치결과 통보"),
    reply_to_req=req_thread(R2),
    body=f"""
문서번호: 카카오정책-2024-0917
수    신: 방송통신심의위원회
제    목: 시정요구 조치결과 통보

1. 귀 기관의 노고에 감사드립니다.
2. 귀 기관의 시정요구({R2}, 2024.9.5.)와 관련하여 당사의 조치결과를
   아래와 같이 통보합니다.

  구분 | URL | 조치내용
  1 | {K1} | 삭제
  2 | {K2} | 게시 유지(도박 사이트 주소·홍보 문구 미포함)
  3 | {K3} | 비공개 전환
  4 | {K4} | 게시물 없음

3. 문의: 카카오 정책팀 (policy@kakaocorp.com)  끝.

주식회사 카카오 대표이사 (직인생략)
""",
    items={K1: "removed", K2: "rejected", K3: "removed", K4: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-url",
    outcome="applied", classification="confirmation",
    imitates="Tistory 운영팀 블라인드 처리 안내 with the entry URL written with its raw Korean slug",
    why="the raw Korean slug is the percent-encoded requested URL; 블라인드 처리 = removed",
    **{"from": "tistory_help@kakaocorp.com"},
    name_from="티스토리",
    date="Fri, 06 Sep 2024 15:02:44 +0900",
    subject=enc(f"[티스토리] 게시글 블라인드 처리 안내 ({R2})"),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

방송통신심의위원회에서 요청하신 아래 글을 확인하였습니다.

{K3_RAW}

해당 글은 불법 도박 사이트를 홍보하는 내용으로 확인되어, 티스토리
운영정책에 따라 블라인드 처리되었습니다.

감사합니다.
티스토리 드림
""",
    items={K3: "removed"},
)

case(
    name="kakao-single-item-no-url",
    outcome="applied", classification="confirmation",
    imitates="short Daum 카페 운영팀 reply in the request thread, no URL repeated",
    why="one-item request, referenced by subject and thread; the single unhedged statement '삭제 조치하였습니다' applies to that item",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Fri, 13 Sep 2024 14:26:50 +0900",
    subject=enc(f"Re: [{R7}] 불법 도박 홍보 게시물 삭제 요청"),
    reply_to_req=req_thread(R7),
    body="""
안녕하세요, Daum 카페 운영팀입니다.

요청하신 게시물에 대하여 운영정책 위반(불법 사행성 정보)이 확인되어
금일 삭제 조치하였습니다.

협조 요청에 감사드립니다.
Daum 카페 운영팀 드림
""",
    items={S7: "removed"},
)

case(
    name="kakao-angle-brackets-particles",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 staff reply with URLs in angle brackets followed by Korean particles",
    why="<URL>의 게시글은 삭제 (removed); <URL>은(는) 작성자가 먼저 삭제하여 남아 있지 않음 (not_found)",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Sat, 07 Sep 2024 09:48:12 +0900",
    subject=enc(f"Re: [{R2}] 카페 게시글 조치 요청"),
    reply_to_req=req_thread(R2),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

<{K2}>의 게시글은 운영정책 위반으로 삭제되었고,
<{K1}>은(는) 작성자가 먼저 삭제하여
현재 남아 있지 않습니다.

감사합니다.
""",
    items={K2: "removed", K1: "not_found"},
)

_html18 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body>
<div style="width:600px;border:1px solid #ddd;padding:20px">
<h3 style="color:#333">[Daum] 게시중단 처리 안내</h3>
<p>방송통신심의위원회 요청({R2})에 따라 아래 게시물을 게시중단 처리하였습니다.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>게시물</th><th>처리내용</th><th>처리일</th></tr></thead>
<tbody>
<tr><td>{K4}</td><td>게시중단</td><td>2024.09.06</td></tr>
<tr><td>{K1}</td><td>게시중단</td><td>2024.09.06</td></tr>
</tbody></table>
<p style="font-size:11px;color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://cs.daum.net/faq/43.html">Daum 고객센터</a>를 이용해 주세요.</p>
</div>
</body></html>
"""
case(
    name="kakao-base64-html-table",
    outcome="applied", classification="confirmation",
    imitates="Daum 게시중단 처리 안내, HTML-only notice sent base64-encoded",
    why="HTML table: both rows 게시중단 = removed; the 고객센터 link is not an item",
    **{"from": "noreply@daum.net"},
    name_from="Daum",
    date="Fri, 06 Sep 2024 19:31:05 +0900",
    subject=enc("[Daum] 게시중단 처리 안내"),
    raw_mime=f"""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_html18)}""",
    items={K4: "removed", K1: "removed"},
)

# ======================================================================
# YouTube Korea (R3)
# ======================================================================
case(
    name="yt-legal-kr-restricted",
    outcome="applied", classification="confirmation",
    imitates="YouTube 법무팀 (Korea) reply: 현지 법률에 따라 대한민국 내 접근 제한",
    why="two videos restricted in Korea only: restricted; help-centre link is not an item",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 12:00:18 +0900",
    subject=enc(f"[{R3}] YouTube 콘텐츠 검토 결과"),
    reply_to_req=req_thread(R3),
    body=f"""
안녕하세요.

방송통신심의위원회의 요청에 감사드립니다. YouTube는 요청하신 콘텐츠를
검토했으며, 아래 동영상 2개에 대해 현지 법률에 따라 대한민국 내 접근을
제한했습니다.

  {Y1}
  {Y2}

해당 동영상은 다른 국가에서는 계속 시청할 수 있습니다. 현지 법률에 따른
콘텐츠 삭제 절차는 https://support.google.com/youtube/answer/6154218 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    items={Y1: "restricted", Y2: "restricted"},
)

case(
    name="yt-channel-korean-handle",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety Korean notice of a channel termination, channel URL with a Korean handle",
    why="the raw Korean handle URL matches the percent-encoded channel item; 채널 해지 = removed",
    **{"from": "no-reply@youtube.com"},
    name_from="YouTube",
    date="Wed, 11 Sep 2024 03:17:40 +0900",
    subject=enc(f"신고하신 채널에 대한 조치 안내 ({R3})"),
    body=f"""
안녕하세요,

YouTube 팀에서 신고하신 채널을 검토했습니다.

채널 {Y3_RAW} 은(는) 스팸, 현혹 행위 및 사기에 관한
커뮤니티 가이드를 반복적으로 위반하여 해지되었습니다.

YouTube를 안전하게 지키는 데 도움을 주셔서 감사합니다.

- YouTube 팀
""",
    items={Y3: "removed"},
)

case(
    name="yt-english-mixed",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support English outcome mail, one line per URL with an em dash",
    why="one video removed under the Community Guidelines, the other kept because no policy or local-law violation was found: rejected",
    **{"from": "legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 02:44:09 +0000",
    subject=f"Re: [{R3}] Removal request - outcome",
    reply_to_req=req_thread(R3),
    body=f"""
Hello,

Thanks for reaching out to us. After review, we have taken the following
actions on the content you reported:

{Y2} — removed for violating our Community Guidelines.
{Y1} — we did not find a violation of our policies or of local law;
the video remains available.

Regards,
The YouTube Legal Team
""",
    items={Y2: "removed", Y1: "rejected"},
)

# ======================================================================
# DC Inside (R4)
# ======================================================================
case(
    name="dc-informal-url-then-arrow",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside 운영팀 reply: bare URL with its result on the line below",
    why="each URL followed by '→' line: two deleted (removed), one already removed by its author (not_found)",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Tue, 10 Sep 2024 16:55:21 +0900",
    subject=enc(f"Re: [{R4}] 갤러리 게시물 삭제 요청"),
    reply_to_req=req_thread(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 글 처리 결과입니다.

{D1}
→ 삭제했습니다

{D2}
→ 삭제했습니다

{D3}
→ 작성자 본인이 이미 지운 글이라 조회되지 않습니다

수고하세요.
""",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-numbered",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 공문 '시정요구 조치결과 회신' with 가./나./다. numbered items",
    why="five numbered items: three 삭제 (removed), one not acted on because not illegal information (rejected), one switched to adult-verification only (age-restricted: restricted)",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드",
    date="Thu, 12 Sep 2024 11:11:11 +0900",
    subject=enc(f"[디시인사이드] 시정요구({R4}) 조치결과 회신"),
    reply_to_req=req_thread(R4),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 귀 위원회의 시정요구({R4})와 관련입니다.
2. 당사는 요청하신 게시물에 대하여 다음과 같이 조치하였습니다.

  가. {D1}
      - 조치: 삭제
  나. {D2}
      - 조치: 삭제
  다. {D3}
      - 조치: 삭제
  라. {D4}
      - 조치: 미조치 (특정 종목에 대한 의견 게시로 불법정보에 해당하지 않음)
  마. {D5}
      - 조치: 성인인증 게시물로 전환 (미성년자 열람 제한)

3. 기타 문의는 legal@dcinside.com 으로 주시기 바랍니다.  끝.

주식회사 디시인사이드 법무팀
""",
    items={D1: "removed", D2: "removed", D3: "removed", D4: "rejected", D5: "restricted"},
)

case(
    name="dc-bullets-colon",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 short bulleted answer, 'URL : 결과'",
    why="two bullets: 삭제 (removed) and 해당 글 없음 (잘못된 주소) (not_found)",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Wed, 11 Sep 2024 10:02:37 +0900",
    subject=enc(f"RE: [{R4}] 추가 처리 결과"),
    reply_to_req=req_thread(R4),
    body=f"""
안녕하세요. 나머지 두 건 결과 전달드립니다.

- {D4} : 삭제
- {D5} : 해당 글 없음 (잘못된 주소)

디시인사이드 운영팀
""",
    items={D4: "removed", D5: "not_found"},
)

# ======================================================================
# BAND (R5)
# ======================================================================
case(
    name="band-both-deleted",
    outcome="applied", classification="confirmation",
    imitates="BAND 고객센터 answer: 게시글 삭제 및 작성 멤버 이용 제한",
    why="both URLs listed under the sentence saying they were checked and deleted: removed",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 15:37:08 +0900",
    subject=enc(f"[BAND] 요청하신 게시글 처리 결과 ({R5})"),
    reply_to_req=req_thread(R5),
    body=f"""
안녕하세요, BAND 고객센터입니다.

신고해 주신 아래 게시글 2건을 확인하여 모두 삭제하였으며, 게시한 멤버에
대해서는 운영정책에 따라 서비스 이용 제한 조치를 진행하였습니다.

 · {B1}
 · {B2}

BAND를 이용해 주셔서 감사합니다.
""",
    items={B1: "removed", B2: "removed"},
)

case(
    name="band-one-deleted-one-gone",
    outcome="applied", classification="confirmation",
    imitates="BAND 운영팀 reply distinguishing a post gone with its author's withdrawal from one deleted",
    why="the first post disappeared when its author left and deleted it: not_found; the second deleted by BAND: removed",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 09:20:52 +0900",
    subject=enc(f"Re: [{R5}] 밴드 게시글 삭제 요청"),
    reply_to_req=req_thread(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

{B1} 게시글은 작성 멤버가 밴드를 탈퇴하면서 함께 삭제되어
현재 확인되지 않습니다.

{B2} 게시글은 마약류 판매 광고로 확인되어 삭제하였습니다.

감사합니다.
""",
    items={B1: "not_found", B2: "removed"},
)

# ======================================================================
# Review cases
# ======================================================================
case(
    name="naver-promise-this-week",
    outcome="review", review="not_understood",
    imitates="NAVER 카페 staff reply promising action after internal review",
    why="'검토 후 금주 내 조치할 예정' is a promise: both named posts stay pending",
    **{"from": "cafe_policy@navercorp.com"},
    name_from="NAVER Cafe",
    date="Wed, 04 Sep 2024 13:15:40 +0900",
    subject=enc(f"Re: [{R1}] 불법 투자자문 게시물 시정요구"),
    reply_to_req=req_thread(R1),
    body=f"""
안녕하세요, 네이버 카페 운영정책 담당입니다.

요청하신 게시글 중
{N4}
{N5}
두 건은 카페 운영원칙 위반 여부를 담당 부서에서 검토 후 금주 내 조치할 예정입니다.
조치가 완료되면 다시 연락드리겠습니다.

감사합니다.
""",
    items={N4: "pending", N5: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    outcome="review", review="not_understood",
    imitates="Daum 카페 CS reply hedging ('삭제된 것으로 보입니다', '삭제되었을 수 있습니다')",
    why="both statements are hedges and the mail promises a later check: items stay pending",
    **{"from": "cafe_cs@daum.net"},
    name_from="Daum 카페",
    date="Fri, 06 Sep 2024 10:40:26 +0900",
    subject=enc(f"Re: [{R2}] 카페 게시글 조치 요청"),
    reply_to_req=req_thread(R2),
    body=f"""
안녕하세요. Daum 카페 고객센터입니다.

{K1} 은 이미 삭제된 것으로 보이며,
{K2} 도 카페 운영자가 정리하면서 삭제되었을 수 있습니다.
정확한 처리 내역은 담당 부서 확인 후 다시 안내드리겠습니다.

감사합니다.
""",
    items={K1: "pending", K2: "pending"},
)

case(
    name="naver-gongmun-bulk-all",
    outcome="review", review="bulk",
    imitates="NAVER 공문 stating all 시정요구 items were deleted without listing them",
    why="'총 12건 … 모두 삭제' for a twelve-item request names no URL: bulk, items pending until a person checks",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Corp.",
    date="Tue, 10 Sep 2024 17:00:00 +0900",
    subject=enc(f"[{R1}] 시정요구 조치결과 회신"),
    reply_to_req=req_thread(R1),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구 조치결과 회신

1. 관련: 귀 위원회 시정요구 {R1} (2024. 9. 3.)
2. 위 호와 관련하여 귀 위원회에서 시정요구한 정보(총 12건)에 대하여
   모두 삭제 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원실
""",
    items={u: "pending" for u in R1_URLS},
)

case(
    name="dc-informal-bulk",
    outcome="review", review="bulk",
    imitates="DC Inside 갤러리 운영자 one-line informal reply 'all deleted'",
    why="'신고하신 글 5개 전부 삭제' names none of the five URLs of the request: bulk",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Tue, 10 Sep 2024 09:05:44 +0900",
    subject=enc(f"Re: [{R4}] 갤러리 게시물 삭제 요청"),
    reply_to_req=req_thread(R4),
    body="""
네 안녕하세요~ 신고하신 글 5개 전부 삭제 처리했습니다.
앞으로 비슷한 글 올라오면 바로 알려주세요.

디시 운영팀
""",
    items={u: "pending" for u in R4_URLS},
)

case(
    name="naver-untrusted-dmarc-fail",
    outcome="review", review="untrusted",
    imitates="NAVER-looking 조치결과 mail that fails DKIM/SPF/DMARC",
    why="navercorp.com sender fails authentication: its deletion statements cannot be applied",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="NAVER Corp.",
    date="Thu, 05 Sep 2024 22:48:31 +0900",
    subject=enc(f"[{R1}] 조치결과 안내"),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

{R1} 관련 아래 게시물은 삭제 처리되었습니다.
{N1}
{N2}

감사합니다.
""",
    items={N1: "pending", N2: "pending"},
)

case(
    name="cafe-manager-gmail",
    outcome="review", review="unknown_sender",
    imitates="a NAVER cafe manager answering from a personal Gmail address",
    why="gmail.com is no platform's domain: a cafe manager's word is not NAVER's statement",
    **{"from": "stockmoa.manager@gmail.com"},
    name_from="주식모아 카페매니저",
    date="Thu, 05 Sep 2024 23:12:05 +0900",
    subject=enc(f"[{R1}] 카페 글 삭제했습니다"),
    body=f"""
안녕하세요 주식모아 카페 매니저입니다.
네이버에서 연락받고 말씀하신 글 확인했는데요,

{N4}
{N5}

두 개 다 매니저 권한으로 지웠습니다. 혹시 더 있으면 알려주세요.
""",
    items={N4: "pending", N5: "pending"},
)

case(
    name="daum-search-delists-naver-blog",
    outcome="review", review="wrong_platform",
    imitates="Daum 검색 (Kakao) notice that a page was excluded from its search results",
    why="Kakao states a NAVER blog post 제외(삭제): a platform speaking about another platform's item; a search delisting is not NAVER removing the post",
    **{"from": "search_help@kakaocorp.com"},
    name_from="Daum 검색",
    date="Mon, 09 Sep 2024 15:18:27 +0900",
    subject=enc("[Daum 검색] 검색 결과 제외 처리 안내"),
    body=f"""
안녕하세요, Daum 검색 서비스입니다.

방송통신심의위원회에서 전달해 주신 자료를 참고하여 아래 게시물을 Daum 검색
결과에서 제외(삭제) 처리하였습니다.

{N9}

원문 게시물의 삭제는 해당 서비스 운영사에 요청하셔야 합니다.
감사합니다.
""",
    items={N9: "pending"},
)

case(
    name="band-contact-change-no-claims",
    outcome="review", review="no_claims", classification="other",
    imitates="BAND 고객센터 notice of a new address for public-agency requests",
    why="trusted BAND mail that names no item and references no request",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc("[BAND] 공공기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, BAND 고객센터입니다.

2024년 10월 1일부터 수사기관 및 공공기관의 게시물 조치 요청은 전용 창구
(gov-request@band.us)로 접수받고 있습니다.
기존 주소로 보내주시는 요청도 당분간 함께 확인하겠으나, 원활한 처리를 위해
새 주소를 이용해 주시기 바랍니다.

감사합니다.
""",
    items={},
)

case(
    name="dc-asks-for-documents",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="DC Inside 법무팀 asking for the 시정요구 공문 원본 and 의결서 before acting",
    why="the platform asks for documents before acting and states nothing about the items",
    **{"from": "legal@dcinside.com"},
    name_from="(주)디시인사이드",
    date="Mon, 09 Sep 2024 17:44:51 +0900",
    subject=enc(f"RE: [{R4}] 자료 요청"),
    reply_to_req=req_thread(R4),
    body=f"""
안녕하세요, 디시인사이드 법무팀입니다.

보내주신 요청({R4})을 처리하기 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1) 시정요구 공문 원본(PDF, 직인 포함)
 2) 해당 정보에 대한 통신심의소위원회 의결서 사본

자료를 받는 대로 검토하여 회신드리겠습니다.

디시인사이드 법무팀
""",
    items={},
)

case(
    name="yt-under-legal-review",
    outcome="review", review="not_understood",
    imitates="YouTube 법무팀 interim reply: 검토 중, 결과는 별도 안내",
    why="names two requested videos but only says they are under review: a promise, items pending",
    **{"from": "legal-kr@google.com"},
    name_from="YouTube 법무팀",
    date="Mon, 09 Sep 2024 18:22:13 +0900",
    subject=enc(f"Re: [{R3}] 유해 콘텐츠 조치 요청"),
    reply_to_req=req_thread(R3),
    body=f"""
안녕하세요.

요청하신 아래 URL은 현재 현지 법률 검토가 진행 중입니다.
 - {Y1}
 - {Y2}

검토가 끝나는 대로 결과를 별도로 안내드리겠습니다.

YouTube 법무팀
""",
    items={Y1: "pending", Y2: "pending"},
)

case(
    name="band-conditional-deletion",
    outcome="review", review="not_understood",
    imitates="BAND 운영팀 notice that the author was given a chance to explain (소명) before deletion",
    why="deletion depends on the author not answering by a date: a condition, the post stays pending",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Wed, 11 Sep 2024 11:49:30 +0900",
    subject=enc(f"Re: [{R5}] 밴드 게시글 삭제 요청"),
    reply_to_req=req_thread(R5),
    body=f"""
안녕하세요. BAND 운영팀입니다.

{B1} 게시글은 작성 멤버에게 소명 기회를 부여하였으며,
9월 20일까지 소명이 없을 경우 삭제될 예정입니다.
결과는 처리 후 다시 안내드리겠습니다.

감사합니다.
""",
    items={B1: "pending"},
)

# ======================================================================
# Ignored: auto-replies, bounces, read receipts, receipts
# ======================================================================
case(
    name="naver-out-of-office",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean 자동 회신 (부재중) from a NAVER policy staffer",
    why="out-of-office auto-reply; the ref in the subject is our own",
    **{"from": "minseo.park@navercorp.com"},
    name_from="박민서",
    date="Tue, 03 Sep 2024 10:00:41 +0900",
    subject=enc(f"자동 회신: [{R1}] 불법 투자자문 게시물 시정요구"),
    reply_to_req=req_thread(R1),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박민서입니다.
9월 3일(화)부터 9월 6일(금)까지 해외 출장으로 메일 확인이 어렵습니다.
급한 건은 정책지원실 대표 메일(policy@navercorp.com)로 보내주시기 바랍니다.
감사합니다.
""",
    items={},
)

case(
    name="kakao-dsn-bounce",
    outcome="ignored", classification="bounce",
    imitates="Daum mail server delivery status notification (550 user unknown) for our reminder",
    why="a DSN bounce of our own reminder; the quoted original headers carry our ref only",
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 18:02:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B0unce.24091218.daum"

--B0unce.24091218.daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe_policy_old@daum.net>: host mx2.daum.net said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)

--B0unce.24091218.daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 12 Sep 2024 18:02:07 +0900

Final-Recipient: rfc822; cafe_policy_old@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B0unce.24091218.daum
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cafe_policy_old@daum.net
Subject: [{R2}] Reminder: removal request overdue
Date: Thu, 12 Sep 2024 18:02:00 +0900
Message-ID: <reminder.{R2}.1@kcsc.example>

--B0unce.24091218.daum--
""",
    items={},
)

case(
    name="dc-mdn-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="Korean mail client read receipt (읽음 확인, message/disposition-notification)",
    why="an MDN only says our request was displayed",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Mon, 09 Sep 2024 14:31:02 +0900",
    subject=enc(f"읽음: [{R4}] 갤러리 게시물 삭제 요청"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_dc_20240909"

--mdn_dc_20240909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.
제목: [{R4}] 갤러리 게시물 삭제 요청
읽은 시간: 2024-09-09 14:31

--mdn_dc_20240909
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; help@dcinside.com
Original-Message-ID: <{req_msgid(R4)}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_dc_20240909--
""",
    items={},
)

case(
    name="naver-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 안내 (접수번호, 영업일 기준 답변)",
    why="a pure receipt: ticket number and expected answer time, nothing about items",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    date="Tue, 03 Sep 2024 10:01:12 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 2409-0298811)"),
    body=f"""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 · 접수번호: 2409-0298811
 · 문의 제목: [{R1}] 불법 투자자문 게시물 시정요구
 · 접수 일시: 2024.09.03 10:01

영업일 기준 3일 이내에 메일로 답변드리겠습니다.
문의 내역은 네이버 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    items={},
)

case(
    name="yt-english-ack",
    outcome="ignored", classification="acknowledgement",
    imitates="Google legal removals webform auto-acknowledgement with a reference number",
    why="automatic receipt of the submission, no statement about any item",
    **{"from": "removals@google.com"},
    name_from="Google Legal Removals",
    date="Fri, 06 Sep 2024 00:41:03 +0000",
    subject=f"[8-6302000039417] Re: [{R3}] Legal removal request",
    reply_to_req=req_thread(R3),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for your submission. This is an automated message to let you know
that we have received your request. Your reference number is
8-6302000039417; please keep it in any further correspondence about this
request.

We will get back to you once we have reviewed it.

Regards,
The Google Team
""",
    items={},
)

case(
    name="band-chuseok-autoreply",
    outcome="ignored", classification="auto_reply",
    imitates="BAND 고객센터 추석 연휴 휴무 자동 응답",
    why="holiday auto-reply; says nothing about the posts",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Sat, 14 Sep 2024 08:00:02 +0900",
    subject=enc(f"[자동응답] 추석 연휴 휴무 안내 - Re: [{R5}] 밴드 게시글 삭제 요청"),
    reply_to_req=req_thread(R5),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
안녕하세요, BAND 고객센터입니다.

추석 연휴(9월 14일 ~ 9월 18일) 기간에는 고객센터 운영을 쉽니다.
접수된 메일은 9월 19일(목)부터 순차적으로 답변드리겠습니다.

즐거운 한가위 보내세요.
""",
    items={},
)

case(
    name="kakao-receipt-over-quote",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao 고객센터 문의 접수 안내 with our request quoted below",
    why="a pure receipt above the '>' quote of our own request; the quoted URLs are our words",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Thu, 05 Sep 2024 11:31:20 +0900",
    subject=enc(f"[카카오 고객센터] 문의 접수 안내 - [{R2}] 카페 게시글 조치 요청"),
    reply_to_req=req_thread(R2),
    body=f"""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 접수되었습니다. (문의번호: 1039284417)
담당자가 확인 후 순차적으로 답변드리겠습니다.

2024. 9. 5. 오전 11:30, KCSC Takedown <takedown@kcsc.example> 작성:
{quoted_request(R2, R2_URLS, "카페 게시글 조치 요청")}
""",
    items={},
)


HEADER = """# Blind set 281: Korean-language replies (NAVER, Kakao/Daum/Tistory, YouTube
# Korea, DC Inside, BAND). Generated by make.py; expected results written from
# each email's meaning before any run of the reader. Each case is judged alone
# on a fresh ledger holding requests.csv."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, C)


if __name__ == "__main__":
    main()
