#!/usr/bin/env python3
"""Blind set 425 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside
and BAND replying in Korean -- 공문-style 조치결과 replies, 임시조치 notices,
시정요구 조치결과 tables, informal operator replies, plus the auto-replies,
receipts, bounces and read receipts a regulator's mailbox also gets.

    python3 tests/corpus/blind425/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. The
expected results were written from each email's meaning alone, before the
reader was ever run on this set.
"""
import base64
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind425"

# ---------------------------------------------------------------- requests
# NAVER, KCSC-240903-01 (largest: 12 items, gambling)
N1 = "https://blog.naver.com/luckyspin_kr/223561100401"
N2 = "https://blog.naver.com/luckyspin_kr/223561100477"
N3 = "https://blog.naver.com/moonbet77/223559870012"
N4 = "https://cafe.naver.com/sportstoto2024/18812"
N5 = "https://cafe.naver.com/sportstoto2024/18840"
N6 = "https://cafe.naver.com/hanbando_tip/5521"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40304&docId=472210931"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811204&memberNo=55120931"
N9 = "https://blog.naver.com/goldslot_official/223562004118"
N10 = "https://m.blog.naver.com/goldslot_official/223562004200"
N11 = "https://cafe.naver.com/hanbando_tip/5534"
N12 = "https://blog.naver.com/moonbet77/223560011893"
# NAVER, KCSC-240910-06 (1 item, defamation)
N13 = "https://blog.naver.com/quietriver_88/223570044512"
# Kakao, KCSC-240904-02 (5 items, drugs); K4 has a Korean path (배송-안내)
K1 = "https://cafe.daum.net/icecrystal22/Xb7f/311"
K2 = "https://cafe.daum.net/icecrystal22/Xb7f/318"
K3 = "https://cafe.daum.net/nightmarket_kr/Qm2a/1027"
K4 = "https://hwa-seol.tistory.com/entry/%EB%B0%B0%EC%86%A1-%EC%95%88%EB%82%B4"
K4_RAW = "https://hwa-seol.tistory.com/entry/배송-안내"
K5 = "https://hwa-seol.tistory.com/84"
# YouTube, KCSC-240905-03 (4 items, investment fraud)
Y1 = "https://www.youtube.com/watch?v=Qx7LmP2vR8a"
Y2 = "https://www.youtube.com/watch?v=bT4nW9zKc0E"
Y3 = "https://www.youtube.com/shorts/Hf2uJ8sLq1M"
Y4 = "https://www.youtube.com/@moneyrocket_kr"
# YouTube, KCSC-240911-07 (1 item, obscenity)
Y5 = "https://www.youtube.com/watch?v=Zr3kD5pXw9T"
# DC Inside, KCSC-240906-04 (3 items, privacy)
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120331"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=448167"
# BAND, KCSC-240909-05 (2 items, illegal lending)
B1 = "https://band.us/band/80412273/post/1571"
B2 = "https://band.us/band/80412273/post/1588"

REQUESTS = [
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", "gambling", "req-240903-01@kcsc.example",
     "도박 사이트 홍보", [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]),
    ("KCSC-240904-02", "kakao", "2024-09-04", "2024-09-11", "drugs", "req-240904-02@kcsc.example",
     "마약류 판매 광고", [K1, K2, K3, K4, K5]),
    ("KCSC-240905-03", "youtube", "2024-09-05", "2024-09-12", "fraud", "req-240905-03@kcsc.example",
     "투자 사기 리딩방 홍보", [Y1, Y2, Y3, Y4]),
    ("KCSC-240906-04", "dcinside", "2024-09-06", "2024-09-13", "privacy", "req-240906-04@kcsc.example",
     "개인정보 노출", [D1, D2, D3]),
    ("KCSC-240909-05", "band", "2024-09-09", "2024-09-16", "illegal_lending", "req-240909-05@kcsc.example",
     "미등록 대부업 광고", [B1, B2]),
    ("KCSC-240910-06", "naver", "2024-09-10", "2024-09-17", "defamation", "req-240910-06@kcsc.example",
     "명예훼손", [N13]),
    ("KCSC-240911-07", "youtube", "2024-09-11", "2024-09-18", "obscenity", "req-240911-07@kcsc.example",
     "음란 영상", [Y5]),
]


def write_requests():
    lines = ["ref,platform,sent_at,due_at,url,category,message_id,note"]
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            lines.append(f"{ref},{plat},{sent},{due},{u},{cat},{mid},{note}")
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    raw = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def alt(plain, html, boundary):
    return (
        f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
        f"--{boundary}\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{b64(plain)}\n"
        f"--{boundary}\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        f"{b64(html)}\n"
        f"--{boundary}--\n"
    )


def D(day, hm="10:00:00"):
    wd = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day - 1) % 7]  # 2024-09-01 was a Sunday
    return f"{wd}, {day:02d} Sep 2024 {hm} +0900"


CASES = []


def case(**kw):
    nf = kw.get("name_from")
    if nf and not nf.isascii():
        # Korean display names travel as RFC 2047 encoded-words, as real mailers send them.
        kw["name_from"] = Header(nf, "utf-8").encode()
    CASES.append(kw)


NAVER_SIG = """네이버 주식회사 정책지원팀
경기도 성남시 분당구 (fictional) | policy@navercorp.com"""

# ====================================================================== APPLIED
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(9, "16:20:11"),
    subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보", reply_to_req="req-240903-01",
    body=f"""수신: 방송통신심의위원회 통신심의국장
참조: 불법정보대응팀
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 3.자 귀 위원회 시정요구(KCSC-240903-01, 도박 관련 정보 12건)와
관련하여 당사의 조치결과를 아래와 같이 회신합니다.

  가. 조치결과

  연번 | 대상 URL | 조치결과
  -----+-----------------------------------------------------------------------------------+----------------------------
   1   | {N1} | 삭제
   2   | {N2} | 삭제
   3   | {N3} | 게시중단
   4   | {N4} | 삭제
   5   | {N5} | 게시물 없음(작성자 삭제)
   6   | {N6} | 삭제
   7   | {N7} | 삭제
   8   | {N8} | 비공개 처리
   9   | {N9} | 삭제
   10  | {N10} | 삭제
   11  | {N11} | 존재하지 않는 게시물
   12  | {N12} | 미조치(도박 관련 내용 확인되지 않음)

  나. 조치일자: 2024. 9. 6. ~ 2024. 9. 9.

3. 연번 12의 경우 게시물 전체를 검토하였으나 도박 사이트 주소나 홍보 문구가
확인되지 않아 게시를 유지하였음을 알려드립니다.
4. 기타 문의사항은 담당자(한서진, 031-000-0000)에게 연락 주시기 바랍니다.  끝.

{NAVER_SIG}
""",
    outcome="applied", classification="confirmation",
    imitates="portal 공문 reply to a KCSC 시정요구 with a 조치결과 text table (연번/URL/조치결과)",
    why="trusted NAVER 공문 answering all 12 items in a table: 삭제/게시중단/비공개 removed, 게시물 없음 not_found, 미조치 with reason rejected",
    items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found", N6: "removed",
           N7: "removed", N8: "removed", N9: "removed", N10: "removed", N11: "not_found", N12: "rejected"},
)

html_n = f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 <b>KCSC-240903-01</b> 건의 일부 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#03c75a;color:#fff"><th>No.</th><th>게시물 주소</th><th>처리 결과</th><th>처리일</th></tr>
<tr><td>1</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>2024.09.06</td></tr>
<tr><td>2</td><td><a href="{N6}">{N6}</a></td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td>3</td><td><a href="{N9}">{N9}</a></td><td>삭제</td><td>2024.09.07</td></tr>
<tr><td>4</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td><td>2024.09.07</td></tr>
</table>
<p>나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.</p>
<p style="color:#888">본 메일은 네이버 권리보호센터에서 발송되었습니다.
운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
</body></html>"""
case(
    name="naver-html-table-partial",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date=D(7, "11:05:40"),
    subject="[네이버] KCSC-240903-01 게시물 처리 결과 안내", reply_to_req="req-240903-01",
    raw_mime=alt("이 메일은 HTML 형식으로 작성되었습니다. HTML을 지원하는 메일 프로그램에서 확인해 주세요.\n",
                 html_n, "=_nv_7f31a0"),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 HTML result notice with a 처리 결과 table (text part only says 'view as HTML')",
    why="HTML table: 게시중단/삭제 removed, 임시조치(30일) restricted; policy link is not an item; remaining items only promised",
    items={N2: "removed", N6: "removed", N9: "removed", N3: "restricted"},
)

csv_text = ("\ufeff연번,게시물 URL,조치결과,조치일자\n"
            f"1,{N4},삭제,2024-09-06\n"
            f"2,{N5},게시물 없음(작성자 삭제),2024-09-06\n"
            f"3,{N7},삭제,2024-09-07\n"
            f"4,{N8},비공개 처리,2024-09-07\n"
            f"5,{N11},게시물 없음,2024-09-07\n")
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(8, "09:41:02"),
    subject="RE: [KCSC-240903-01] 시정요구 조치결과 송부", reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_88120_20240908"

------=_Part_88120_20240908
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''안녕하십니까, 네이버 정책지원팀입니다.

귀 위원회 시정요구(KCSC-240903-01) 건 중 카페·지식iN·포스트 게시물에 대한
조치결과를 첨부 파일로 송부드립니다.
블로그 게시물은 별도로 회신드릴 예정입니다.

감사합니다.
네이버 정책지원팀 드림
''')}
------=_Part_88120_20240908
Content-Type: text/csv; charset=utf-8; name="=?UTF-8?B?{base64.b64encode('조치결과.csv'.encode()).decode()}?="
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC.csv
Content-Transfer-Encoding: base64

{b64(csv_text)}
------=_Part_88120_20240908--
""",
    outcome="applied", classification="confirmation",
    imitates="조치결과 spreadsheet attached to a short portal cover note (CSV UTF-8 with BOM)",
    why="CSV rows: 삭제/비공개 처리 removed, 게시물 없음 (author deleted) not_found",
    items={N4: "removed", N5: "not_found", N7: "removed", N8: "removed", N11: "not_found"},
)

case(
    name="naver-sole-one-item",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 고객센터", date=D(12, "14:30:00"),
    subject="Re: [KCSC-240910-06] 명예훼손 게시물 게시중단 요청", reply_to_req="req-240910-06",
    body="""안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대하여 검토를 마쳤으며,
2024년 9월 12일자로 해당 게시물을 게시중단 조치하였음을 알려드립니다.

게시자에게는 게시중단 사실과 이의제기 방법을 별도로 안내하였습니다.

감사합니다.
네이버 블로그 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog help-desk reply confirming 게시중단 without repeating the URL",
    why="one-item request; an unhedged 게시중단 of 'the post you requested' applies to its single item",
    items={N13: "removed"},
)

case(
    name="naver-url-below-imsi",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date=D(11, "18:02:13"),
    subject="[네이버 권리보호센터] 임시조치 결과 안내 (KCSC-240910-06)", reply_to_req="req-240910-06",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

귀 위원회에서 명예훼손을 사유로 요청하신 아래 게시물은
정보통신망법 제44조의2에 따라 2024.09.11부터 30일간 임시조치되었습니다.
{N13}

임시조치 기간 중 게시자가 재게시를 요청하는 경우 절차에 따라 다시 안내드리겠습니다.

네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 임시조치 notice (정보통신망법 44조의2), URL on the line below the statement",
    why="임시조치 for 30 days is a restriction; the URL on the next line belongs to the sentence above it",
    items={N13: "restricted"},
)

case(
    name="naver-cafe-informal-particles",
    **{"from": "kim.dohyun@navercorp.com"}, name_from="김도현", date=D(6, "17:48:55"),
    subject="Re: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건", reply_to_req="req-240903-01",
    body=f"""안녕하세요 카페 운영 담당 김도현입니다.

말씀하신 카페 글 두 개 먼저 봤습니다.
{N4} 글은 오늘 오후에 삭제했고요,
{N5}는 확인해보니 작성자가 이미 지운 글이라 남아있는 게 없습니다.

나머지 블로그 쪽은 블로그 담당자가 따로 회신드릴 거예요.
수고하세요.

김도현 드림
""",
    outcome="applied", classification="confirmation",
    imitates="informal reply from a portal's cafe operations staffer, URLs followed by Korean particles",
    why="삭제했고요 removed; 작성자가 이미 지운 글 is already deleted by its author, not_found",
    items={N4: "removed", N5: "not_found"},
)

quoted_req = "\n".join(f"{i}. {u}" for i, u in enumerate(
    [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12], 1))
case(
    name="naver-top-posted-outlook",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀 한서진", date=D(5, "10:12:09"),
    subject="RE: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건", reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 정책지원팀 한서진입니다.

요청하신 12건 중 아래 3건 우선 처리 결과 회신드립니다.

- {N3} : 삭제
- {N9} : 삭제
- {N11} : 존재하지 않는 게시물 (주소 확인 불가)

나머지 건은 처리되는 대로 별도 회신드리겠습니다.

한서진 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 5:12 PM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건

귀사 서비스에 게재된 아래 정보가 도박 관련 불법정보로 의결되어
정보통신망법에 따라 삭제를 요구하오니 조치 후 결과를 회신하여 주시기 바랍니다.

{quoted_req}

방송통신심의위원회 불법정보대응팀
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted partial answer over the regulator's quoted request",
    why="three items answered above the quote; the 12 URLs in our quoted request are not statements",
    items={N3: "removed", N9: "removed", N11: "not_found"},
)

case(
    name="naver-imsi-numbered",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date=D(8, "13:30:27"),
    subject="게시중단(임시조치) 요청 처리 결과 안내 [KCSC-240903-01]", reply_to_req="req-240903-01",
    body=f"""[네이버] 게시중단(임시조치) 요청 처리 결과 안내

요청자: 방송통신심의위원회
요청번호: KCSC-240903-01
처리 대상 및 결과:

1) {N12}
   - 처리결과: 임시조치 (2024.09.08 ~ 2024.10.07)
2) {N10}
   - 처리결과: 임시조치 (2024.09.08 ~ 2024.10.07)

임시조치된 게시물은 위 기간 동안 네이버 이용자에게 노출되지 않으며,
게시자의 재게시 요청이 없으면 기간 만료 후 삭제됩니다.

* 게시중단 요청 안내: https://right.naver.com/guide
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단(임시조치) 요청 처리 결과 notice with a numbered list, status on the line below each URL",
    why="each item's line says 임시조치 (a 30-day measure), which the rules read as restricted; the guide link is not an item",
    items={N12: "restricted", N10: "restricted"},
)

qp_body = f"""안녕하세요. 네이버 블로그 운영팀입니다.

KCSC-240903-01 건 블로그 게시물 처리 결과를 알려드립니다.

<{N1}> 삭제 완료
<{N2}> 삭제 완료
<{N10}> 삭제 완료 (모바일 주소로 접수된 건)
<{N7}> 지식iN 질문글 - 운영자 권한으로 삭제

위 게시물 작성 계정에는 운영정책에 따라 이용제한 조치가 함께 적용되었습니다.

감사합니다.
"""
case(
    name="naver-qp-angle-brackets",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그 운영팀", date=D(9, "08:55:31"),
    subject="[네이버 블로그] KCSC-240903-01 처리 결과", reply_to_req="req-240903-01",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(qp_body),
    outcome="applied", classification="confirmation",
    imitates="portal help-desk plain reply, quoted-printable, URLs in angle brackets with the status after them",
    why="four items each '삭제 완료' or '운영자 권한으로 삭제' → removed",
    items={N1: "removed", N2: "removed", N10: "removed", N7: "removed"},
)

case(
    name="naver-status-below-url",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 고객센터", date=D(10, "15:15:15"),
    subject="Re: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건 (카페/지식iN)", reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 고객센터입니다.
요청하신 게시물 처리 결과입니다.

1. {N6}
   → 삭제 완료 (9/6)

2. {N11}
   → 게시물 없음 (작성자가 삭제)

3. {N7}
   → 질문 비공개 처리

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="numbered list with a bare URL and its result on the line below (→ arrow)",
    why="삭제 완료 removed; 작성자가 삭제 not_found; 비공개 처리 removed",
    items={N6: "removed", N11: "not_found", N7: "removed"},
)

case(
    name="naver-private-and-kept",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(10, "11:20:44"),
    subject="RE: [KCSC-240903-01] 잔여 2건 조치결과", reply_to_req="req-240903-01",
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

지난 회신에서 누락된 2건의 결과를 추가로 알려드립니다.

○ {N8}
  포스트 게시자가 이용정지되어 해당 포스트는 비공개 처리되었습니다.

○ {N5}
  카페 매니저와 함께 확인한 결과 도박 사이트 홍보가 아닌 회원 간 경기 결과
  토론 글로, 운영정책 위반 사항이 없어 게시를 유지합니다.

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="공문-style follow-up answering the items left out of a first reply (○ bullets)",
    why="비공개 처리 removed; 'no policy violation, stays up' with its reason rejected",
    items={N8: "removed", N5: "rejected"},
)

case(
    name="kakao-daum-cafe-blind",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터", date=D(6, "20:14:08"),
    subject="[Daum 클린센터] 신고하신 게시물 처리 결과 안내 (KCSC-240904-02)", reply_to_req="req-240904-02",
    body=f"""안녕하세요. Daum 클린센터입니다.

신고하신 게시물을 살펴본 결과 운영정책 위반이 확인되어 아래와 같이 처리하였습니다.

■ 게시물 주소: {K1}
■ 처리 결과: 블라인드 (불법 물품 거래)

■ 게시물 주소: {K2}
■ 처리 결과: 블라인드 (불법 물품 거래)

블라인드된 게시물은 작성자를 포함한 모든 이용자에게 보이지 않습니다.
Daum 운영정책: https://policy.daum.net/operation

감사합니다.
Daum 클린센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 신고 처리 결과 notice (■ 게시물 주소 / ■ 처리 결과 blocks)",
    why="블라인드 per item → removed; policy link ignored",
    items={K1: "removed", K2: "removed"},
)

case(
    name="kakao-tistory-raw-korean",
    **{"from": "tistory.policy@kakaocorp.com"}, name_from="티스토리 운영팀", date=D(9, "10:33:21"),
    subject="Re: [KCSC-240904-02] 마약류 판매 광고 게시물 삭제 요청", reply_to_req="req-240904-02",
    body=f"""안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시물 2건 확인 결과를 말씀드립니다.

{K4_RAW} 글은 운영정책에 따라 비공개 처리하였습니다.
{K5} 는 블로그 운영자가 이미 삭제한 글로, 현재 존재하지 않습니다.

확인 부탁드립니다.
티스토리 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory operations reply quoting a raw Korean-path entry URL",
    why="비공개 처리 removed (raw Korean path matches the percent-encoded request URL); deleted by the blog owner → not_found",
    items={K4: "removed", K5: "not_found"},
)

kakao_gm = f"""카카오
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240904-02) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 위원회에서 2024. 9. 4. 요구하신 시정요구(마약류 판매 광고 5건)에 대하여
아래와 같이 조치하였음을 회신합니다.

 1) {K1} - 삭제
 2) {K2} - 삭제
 3) {K3} - 삭제 및 카페 이용제한
 4) {K4} - 삭제
 5) {K5} - 해당 게시물 없음

3. 조치일: 2024. 9. 10.  끝.

주식회사 카카오 정책협력팀
"""
case(
    name="kakao-gongmun-base64",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책협력팀", date=D(10, "17:05:00"),
    subject=Header("[카카오] 시정요구(KCSC-240904-02) 조치결과 회신", "utf-8").encode(),
    reply_to_req="req-240904-02",
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(kakao_gm),
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 시정요구 조치결과 회신, base64 body and encoded subject",
    why="four 삭제 (one with 카페 이용제한) removed, 해당 게시물 없음 not_found",
    items={K1: "removed", K2: "removed", K3: "removed", K4: "removed", K5: "not_found"},
)

case(
    name="kakao-kept-fullwidth-parens",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터", date=D(11, "09:10:10"),
    subject="[Daum 클린센터] 검토 결과 안내 (KCSC-240904-02)", reply_to_req="req-240904-02",
    body=f"""안녕하세요. Daum 클린센터입니다.

요청하신 nightmarket_kr 카페 게시물（{K3}）을 다시 검토하였습니다.
해당 글은 약물 판매 글이 아니라 중독 치료 경험을 나누는 후기로 확인되어,
운영정책 위반으로 보기 어려워 게시를 유지하기로 하였습니다.

판단에 이견이 있으시면 회신 주시기 바랍니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 클린센터 refusal with its reason, URL inside full-width parentheses",
    why="the post stays up because it breaks no rule, reason given → rejected",
    items={K3: "rejected"},
)

html_k = f"""<div style="font-family:dotum,sans-serif">
<p>안녕하세요, 카카오 고객센터입니다.<br>KCSC-240904-02 건 처리 현황을 공유드립니다.</p>
<table style="border:1px solid #ccc" cellpadding="5">
<thead><tr><th>순번</th><th>URL</th><th>조치</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1}</td><td>게시중단</td></tr>
<tr><td>2</td><td>{K2}</td><td>게시중단</td></tr>
<tr><td>3</td><td>{K3}</td><td>임시조치</td></tr>
<tr><td>4</td><td><a href="{K4}">배송 안내</a></td><td>삭제</td></tr>
<tr><td>5</td><td><a href="{K5}">{K5}</a></td><td>삭제</td></tr>
</tbody></table>
<p>감사합니다.</p></div>"""
plain_k = f"""안녕하세요, 카카오 고객센터입니다.
KCSC-240904-02 건 처리 현황을 공유드립니다.

1  {K1}  게시중단
2  {K2}  게시중단
3  {K3}  임시조치
4  {K4}  삭제
5  {K5}  삭제

감사합니다.
"""
case(
    name="kakao-html-table-alt",
    **{"from": "help@kakao.com"}, name_from="카카오 고객센터", date=D(7, "16:40:00"),
    subject="[카카오 고객센터] KCSC-240904-02 처리 현황", reply_to_req="req-240904-02",
    raw_mime=alt(plain_k, html_k, "kko_b9d2e1"),
    outcome="applied", classification="confirmation",
    imitates="Kakao help-centre multipart/alternative reply with an HTML result table",
    why="게시중단 and 삭제 removed, 임시조치 restricted (K4 only as an href in HTML, full URL in the text part)",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "removed", K5: "removed"},
)

case(
    name="kakao-echoed-report",
    **{"from": "noreply-report@daum.net"}, name_from="Daum 신고센터", date=D(5, "22:01:37"),
    subject="[Daum] 신고 처리 결과를 알려드립니다", reply_to_req="req-240904-02",
    body=f"""Daum 신고센터에서 알려드립니다.

[신고 내용]
신고 일시: 2024.09.04 18:22
신고 URL: {K3}
신고 사유: 마약류 등 불법 물품 판매
신고 번호: KCSC-240904-02

[처리 결과]
신고하신 게시물은 운영정책 위반으로 삭제되었으며, 작성자의 카페 활동이 정지되었습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum report-outcome mail echoing the report (신고 내용) above the result (처리 결과)",
    why="the echoed report names one URL and the result section says it was deleted → removed",
    items={K3: "removed"},
)

case(
    name="yt-kr-legal-mixed",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무지원팀", date=D(10, "04:22:18"),
    subject="[3-7720014458123] 법적 삭제 요청 검토 결과 - KCSC-240905-03", reply_to_req="req-240905-03",
    body=f"""안녕하세요.

귀하의 요청에 따라 다음 콘텐츠를 검토하였습니다.

YouTube 커뮤니티 가이드(스팸, 현혹 행위 및 사기 정책) 위반으로 다음 콘텐츠를 삭제했습니다.
- {Y1}
- {Y3}

다음 콘텐츠는 현지 법률 위반으로 판단되어 대한민국에서 액세스를 차단했습니다.
- {Y2}

YouTube 법무팀 드림
© 2024 Google LLC (fictional notice)
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean: removed globally under Community Guidelines vs blocked in Korea under local law",
    why="two removals under the guidelines; a block in Korea only is restricted",
    items={Y1: "removed", Y3: "removed", Y2: "restricted"},
)

case(
    name="yt-channel-terminated-and-kept",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무지원팀", date=D(12, "03:50:02"),
    subject="Re: [3-7720014458123] KCSC-240905-03 추가 검토 결과", reply_to_req="req-240905-03",
    body=f"""안녕하세요.

추가 검토 결과를 알려드립니다.

채널 {Y4} 은(는) 사기 정책을 반복적으로 위반하여 YouTube에서 해지되었습니다.

동영상 {Y2} 은(는) 검토하였으나 YouTube 정책 위반을 확인하지 못했으며,
제출하신 자료만으로는 현지 법률 위반 여부를 판단하기 어려워 별도의 조치를 취하지 않았습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal team follow-up: channel terminated, one video declined with its reason",
    why="terminated channel is removed; 'no violation found, no action taken' with reason → rejected",
    items={Y4: "removed", Y2: "rejected"},
)

case(
    name="yt-age-restricted-single",
    **{"from": "youtube-trust-kr@youtube.com"}, name_from="YouTube 신뢰 및 안전팀", date=D(13, "07:12:45"),
    subject="KCSC-240911-07 신고 콘텐츠 검토 결과", reply_to_req="req-240911-07",
    body=f"""안녕하세요.

신고해 주신 동영상을 검토한 결과, 커뮤니티 가이드를 위반하지는 않지만 일부 시청자에게
적합하지 않은 콘텐츠로 판단되어 연령 제한을 적용했습니다.

{Y5}

연령 제한이 적용된 동영상은 로그아웃 상태이거나 만 18세 미만 사용자에게 표시되지 않습니다.
자세한 내용: https://support.google.com/youtube/answer/2802167

YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube age-restriction outcome in Korean, URL on its own line below the statement",
    why="연령 제한 applied → restricted; the support link is not an item",
    items={Y5: "restricted"},
)

yt_quote = "\n".join(f"> {u}" for u in [Y1, Y2, Y3, Y4])
case(
    name="yt-english-gmail-quote",
    **{"from": "yuna.choi@google.com"}, name_from="Yuna Choi", date=D(7, "09:03:00"),
    subject="Re: [KCSC-240905-03] 투자 사기 리딩방 홍보 콘텐츠 삭제 요청", reply_to_req="req-240905-03",
    body=f"""Hello KCSC team,

Quick update from our side on two of the four links.

{Y3} has been removed for violating our spam, deceptive practices and scams policies.
{Y1} is no longer on YouTube -- the uploader deleted it before our review, so there was nothing for us to action.

We'll come back on the other two separately.

Best,
Yuna
YouTube Trust & Safety, Korea

On Thu, Sep 5, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
> 안녕하십니까, 방송통신심의위원회입니다.
> 아래 콘텐츠는 투자 사기 정보로 의결되어 삭제를 요청드립니다.
>
{yt_quote}
>
> 방송통신심의위원회 불법정보대응팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea T&S staffer answering in English above a Gmail-quoted Korean request",
    why="Y3 removed; Y1 deleted by its uploader → not_found; the quoted '>' lines are not statements",
    items={Y3: "removed", Y1: "not_found"},
)

dc_quote = "\n".join(f"> {u}" for u in [D1, D2, D3])
case(
    name="dc-operator-informal",
    **{"from": "admin_support@dcinside.com"}, name_from="디시인사이드 운영팀", date=D(9, "13:27:19"),
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청", reply_to_req="req-240906-04",
    body=f"""디시인사이드 운영팀입니다.

요청하신 글 확인해서 처리했습니다.
{D1} 삭제 완료
{D2} 삭제 완료
{D3}는 작성자가 이미 삭제한 글입니다.

감사합니다.

2024년 9월 6일 (금) 오후 3:11, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 안녕하세요. 방송통신심의위원회입니다.
> 아래 게시물에 개인정보가 노출되어 삭제를 요청드립니다.
{dc_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside operator's short reply over a Korean-Gmail-quoted request (…님이 작성:)",
    why="two 삭제 완료 removed; 작성자가 이미 삭제한 글 not_found (URL followed directly by 는)",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-gongmun-table",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀", date=D(11, "10:00:00"),
    subject="[디시인사이드] 시정요구(KCSC-240906-04) 조치 결과 회신", reply_to_req="req-240906-04",
    body=f"""수신: 방송통신심의위원회
발신: (주)디시인사이드 법무팀
제목: 시정요구(KCSC-240906-04) 조치 결과 회신

1. 귀 위원회의 시정요구에 대한 당사의 조치 결과를 아래와 같이 회신합니다.

 번호 | URL | 조치 내용
 ---- | --- | ---------
 1 | {D1} | 삭제 및 작성자 IP 차단
 2 | {D2} | 삭제
 3 | {D3} | 조치 불가

2. 번호 3의 게시물은 공개된 법인 대표자의 직함과 회사 공시 내용만 인용한 글로,
개인정보 노출에 해당하지 않는다고 판단하여 게시를 유지함을 알려드립니다.  끝.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 법무팀 공문 reply with a pipe table and a note giving the refusal's reason",
    why="삭제 (and IP block of the author) removed; 조치 불가 explained as no personal data → rejected",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

case(
    name="dc-wrapped-sentences",
    **{"from": "gall_manager@dcinside.com"}, name_from="디시인사이드 갤러리 관리팀", date=D(7, "19:45:50"),
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물", reply_to_req="req-240906-04",
    body=f"""안녕하세요, 디시인사이드 갤러리 관리팀입니다. 요청주신 게시물 중 주식 갤러리
게시물({D1})은 오늘 19시 20분에
운영자 삭제 처리했습니다. 코인 마이너 갤러리 게시물
{D2}
역시 갤러리 매니저 확인 후 운영자 삭제했습니다.

남은 한 건은 확인 중입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="hard-wrapped plain-text reply where sentences run across lines around the URLs",
    why="운영자 삭제 for D1 (URL in parentheses) and D2 (URL on its own line mid-sentence) → removed; D3 only 'checking'",
    items={D1: "removed", D2: "removed"},
)

case(
    name="band-cs-reply",
    **{"from": "help@band.us"}, name_from="BAND 고객센터", date=D(11, "14:14:14"),
    subject="[BAND] 문의하신 내용에 대한 답변입니다 (KCSC-240909-05)", reply_to_req="req-240909-05",
    body=f"""안녕하세요. BAND 고객센터입니다.

신고하신 게시글 2건 확인 결과를 안내드립니다.

· {B1} : 운영정책(불법 대부 광고) 위반으로 삭제
· {B2} : 밴드 리더가 이미 삭제한 게시글로 확인되지 않음

앞으로도 안전한 BAND를 위해 노력하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre answer with middle-dot bullets 'URL : result'",
    why="B1 deleted → removed; B2 already deleted by the band leader and not found → not_found",
    items={B1: "removed", B2: "not_found"},
)

# ====================================================================== REVIEW
case(
    name="naver-promise-sequential",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(4, "15:00:30"),
    subject="RE: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건", reply_to_req="req-240903-01",
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

보내주신 시정요구 잘 받았습니다.
그중 아래 블로그 게시물은 내부 검토를 거쳐 금주 중 순차적으로 삭제될 예정입니다.

{N1}
{N2}

조치가 완료되면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="portal policy team's interim reply promising deletion 'this week'",
    why="'삭제될 예정입니다' is a promise, not a statement; named items stay pending",
    items={N1: "pending", N2: "pending"},
)

case(
    name="kakao-under-review",
    **{"from": "cleancenter@daum.net"}, name_from="Daum 클린센터", date=D(5, "11:11:11"),
    subject="[Daum 클린센터] KCSC-240904-02 검토 진행 안내", reply_to_req="req-240904-02",
    body=f"""안녕하세요. Daum 클린센터입니다.

요청하신 게시물 중 아래 2건은 거래 여부 확인을 위해 담당 부서에서 검토 중입니다.

- {K1}
- {K2}

검토가 끝나는 대로 처리 결과를 안내드리겠습니다. 양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="Daum 클린센터 'under review' interim notice naming the items",
    why="검토 중 plus a promise; names items but states nothing about them",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-hedge-appears-deleted",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무지원팀", date=D(8, "06:40:00"),
    subject="[3-7720014458123] KCSC-240905-03 관련 문의", reply_to_req="req-240905-03",
    body=f"""안녕하세요.

요청하신 동영상 중 {Y2} 은(는) 업로더가 직접 삭제한 것으로 보입니다.
다만 시스템상 확인이 끝나지 않아, 확인되는 대로 다시 안내드리겠습니다.

YouTube 법무팀
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal support hedged interim reply ('…것으로 보입니다')",
    why="'삭제한 것으로 보입니다' (appears to) is a hedge, and the sender says it is not confirmed",
    items={Y2: "pending"},
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(10, "19:30:00"),
    subject="RE: [KCSC-240903-01] 조치 완료 보고", reply_to_req="req-240903-01",
    body="""안녕하십니까. 네이버 정책지원팀입니다.

귀 위원회 시정요구(KCSC-240903-01)에 따른 게시물 12건 모두 삭제 조치를
완료하였음을 알려드립니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="one-line 공문-style completion report covering a whole multi-item 시정요구",
    why="'12건 모두 삭제' names no item of a 12-item request → bulk review, items stay pending",
    items={u: "pending" for u in [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]},
)

case(
    name="band-suspended-bulk",
    **{"from": "help@band.us"}, name_from="BAND 운영팀", date=D(12, "10:45:00"),
    subject="[BAND] 신고하신 밴드 처리 결과 (KCSC-240909-05)", reply_to_req="req-240909-05",
    body="""안녕하세요. BAND 운영팀입니다.

신고하신 밴드(ID 80412273)는 불법 대부 광고 게시가 반복되어 운영정책에 따라
이용정지 처리되었습니다. 이에 따라 해당 밴드의 게시글은 모두 더 이상 노출되지 않습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND operations notice that the whole band was suspended",
    why="the band's suspension covers both posts but names neither; a 2-item request → bulk",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(6, "02:13:44"), auth="fail",
    subject="RE: [KCSC-240903-01] 조치결과", reply_to_req="req-240903-01",
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

아래 게시물 삭제 완료하였습니다.
1. {N1}
2. {N2}
3. {N3}

확인 부탁드립니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail",
    why="sender domain is NAVER's but authentication fails; statements are not applied",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    **{"from": "coin.talk.mgr@gmail.com"}, name_from="코인톡갤 매니저", date=D(8, "23:58:01"), auth="none",
    subject="Re: [KCSC-240906-04] 개인정보 노출 게시물 삭제 요청",
    body=f"""안녕하세요 코인톡 마이너갤러리 매니저입니다.
디시 운영팀에서 전달받아서 연락드려요.

{D2} 이거랑
{D3} 이거 두 개 제가 지웠습니다.

나머지는 운영팀에 문의하시면 될 거 같아요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager answering from a personal webmail address",
    why="a gmail.com sender is not DC Inside's domain, however plausible; statements not applied",
    items={D2: "pending", D3: "pending"},
)

case(
    name="kakao-outsourced-vendor",
    **{"from": "cs_team@ksresource.co.kr"}, name_from="카카오 고객센터 위탁운영사", date=D(6, "12:12:12"),
    subject="[카카오 고객센터] KCSC-240904-02 관련 회신",
    body=f"""안녕하세요.
카카오 고객센터 위탁 운영사 (주)케이에스리소스 상담팀입니다.

요청하신 다음 카페 게시물 {K1} 은 삭제되었습니다.

추가 문의는 카카오 고객센터로 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="outsourced customer-centre contractor replying on a platform's behalf from its own domain",
    why="ksresource.co.kr is not a Kakao sender domain; the claim is not trusted",
    items={K1: "pending"},
)

case(
    name="naver-about-band-posts",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀", date=D(11, "16:16:16"),
    subject="RE: [KCSC-240909-05] 미등록 대부업 광고", reply_to_req="req-240909-05",
    body=f"""안녕하십니까. 네이버 정책지원팀입니다.

BAND 서비스 관련하여 당사로 접수된 요청 건 회신드립니다.

{B1} - 삭제
{B2} - 삭제

향후 BAND 관련 요청은 help@band.us 로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="group-company policy team answering for a sister service's posts",
    why="authenticated NAVER mail stating statuses for BAND items, whose sender domain is band.us",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "right@navercorp.com"}, name_from="네이버 권리보호센터", date=D(11, "10:20:30"),
    subject="[네이버 권리보호센터] 추가 자료 요청 (KCSC-240910-06)", reply_to_req="req-240910-06",
    body=f"""안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 {N13} 에 대하여 명예훼손 여부를 판단하려면
피해 당사자를 특정할 수 있는 자료(의결서 사본 등)가 필요합니다.

자료를 이 메일로 회신해 주시면 접수 후 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER 권리보호센터 request for supporting documents before acting",
    why="the platform asks us for documents; nothing stated about the item",
    items={N13: "pending"},
)

case(
    name="dc-conditional-deletion",
    **{"from": "legal@dcinside.com"}, name_from="(주)디시인사이드 법무팀", date=D(9, "17:00:00"),
    subject="[디시인사이드] KCSC-240906-04 처리 안내", reply_to_req="req-240906-04",
    body=f"""안녕하세요. 디시인사이드 법무팀입니다.

{D1} 게시물은 작성자에게 소명 기회를 부여하였으며,
2024년 9월 16일까지 소명이 없을 경우 삭제될 예정입니다.

결과는 기한 후 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="DC Inside notice that a post will be deleted if the author does not respond by a deadline",
    why="a conditional future deletion is not a statement; item stays pending",
    items={D1: "pending"},
)

case(
    name="yt-newsletter-no-claims",
    **{"from": "gov-partners-kr@google.com"}, name_from="YouTube 정부기관 파트너십", date=D(12, "09:00:00"),
    subject="[YouTube] 정부기관 신고 도구 개편 안내",
    body="""안녕하세요, YouTube 정부기관 파트너십 팀입니다.

2024년 10월부터 정부기관 전용 신고 도구의 화면이 개편됩니다.
개편 후에는 여러 URL을 한 번에 제출할 수 있고, 처리 현황을 대시보드에서 확인하실 수 있습니다.

대시보드: https://www.youtube.com/gov-dashboard
이용 안내: https://support.google.com/youtube/answer/0000000

궁금한 점은 이 메일로 회신해 주세요.
""",
    outcome="review", review="no_claims",
    imitates="platform's government-partner newsletter sent to the regulator's mailbox",
    why="trusted YouTube mail that names no requested item and no request; its dashboard/help links are not items",
    items={},
)

# ====================================================================== IGNORED
case(
    name="naver-out-of-office",
    **{"from": "seojin.han@navercorp.com"}, name_from="한서진", date=D(4, "09:00:03"),
    subject="[부재중 자동응답] RE: [KCSC-240903-01] 시정요구 - 도박 관련 정보 12건",
    reply_to_req="req-240903-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""안녕하세요. 한서진입니다.

9월 4일(수)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([부재중 자동응답])",
    why="out-of-office auto-reply; says nothing about items",
    items={},
)

case(
    name="kakao-ticket-receipt",
    **{"from": "noreply_cs@daum.net"}, name_from="Daum 고객센터", date=D(4, "18:40:12"),
    subject="[Daum 고객센터] 문의가 정상적으로 접수되었습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""Daum 고객센터에 문의해 주셔서 감사합니다.

접수번호: 2409-0415527
접수일시: 2024.09.04 18:40
문의유형: 권리침해 > 게시중단 요청
문의제목: [KCSC-240904-02] 마약류 판매 광고 게시물 삭제 요청

접수된 순서대로 확인 후 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Daum help-centre ticket receipt (접수번호, 접수일시, 문의유형)",
    why="pure receipt echoing the subject; no statement about any item",
    items={},
)

dsn_orig = f"""From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [KCSC-240906-04] =?UTF-8?B?{base64.b64encode('개인정보 노출 게시물 삭제 요청'.encode()).decode()}?=
Date: Fri, 06 Sep 2024 15:11:02 +0900
Message-ID: <req-240906-04@kcsc.example>"""
case(
    name="dc-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"}, name_from="Mail Delivery System", date=D(6, "15:11:09"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7A1C23B0F2.1725603069/mx2.dcinside.com"

--7A1C23B0F2.1725603069/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@dcinside.com>: mailbox full, message rejected (552 5.2.2)

--7A1C23B0F2.1725603069/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Fri,  6 Sep 2024 15:11:05 +0900 (KST)

Final-Recipient: rfc822; report@dcinside.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--7A1C23B0F2.1725603069/mx2.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{dsn_orig}

--7A1C23B0F2.1725603069/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (552 mailbox full) returning the headers of our request",
    why="delivery failure report; not a statement from the platform",
    items={},
)

case(
    name="band-mdn",
    **{"from": "help@band.us"}, name_from="BAND 고객센터", date=D(9, "15:02:58"),
    subject="읽음 확인: [KCSC-240909-05] 미등록 대부업 광고 게시글 삭제 요청",
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn_b9a0_0909"

--mdn_b9a0_0909
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''보낸 메일: [KCSC-240909-05] 미등록 대부업 광고 게시글 삭제 요청
받는 사람: help@band.us
보낸 날짜: 2024년 9월 9일 월요일 오후 2:30

위 메일을 2024년 9월 9일 월요일 오후 3:02에 읽었습니다.
''')}
--mdn_b9a0_0909
Content-Type: message/disposition-notification

Reporting-UA: band.us; Microsoft Outlook 16.0
Final-Recipient: rfc822;help@band.us
Original-Message-ID: <req-240909-05@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b9a0_0909--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt in Korean (읽음 확인) with a message/disposition-notification part",
    why="read receipt; says nothing about the items",
    items={},
)

case(
    name="yt-legal-ack",
    **{"from": "legal-kr-support@google.com"}, name_from="YouTube 법무지원팀", date=D(5, "10:05:44"),
    subject="[3-7720014458123] 법적 요청이 접수되었습니다 - KCSC-240905-03",
    reply_to_req="req-240905-03",
    body="""안녕하세요.

YouTube에 법적 요청을 보내주셔서 감사합니다. 요청이 접수되었으며 사례 ID는 3-7720014458123입니다.
이 사례와 관련하여 연락하실 때에는 제목의 사례 ID를 그대로 유지해 주세요.

검토가 완료되면 이메일로 결과를 알려드리겠습니다.

YouTube 법무팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Google/YouTube legal-request receipt with a case ID",
    why="pure acknowledgement with a case number; no item named, nothing stated",
    items={},
)

case(
    name="dc-noreply-auto",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드", date=D(6, "15:11:30"),
    subject="[자동응답] 디시인사이드 고객센터입니다",
    reply_to_req="req-240906-04",
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""본 메일은 자동 응답 메일입니다.

디시인사이드 고객센터 메일 주소는 발신 전용으로 운영되어 회신 내용을 확인할 수 없습니다.
게시물 신고 및 삭제 요청은 고객센터 > 신고하기 메뉴를 이용해 주시기 바랍니다.

https://www.dcinside.com/customer/report

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="'this address is send-only' auto-reply from a Korean community site",
    why="auto-reply pointing to the report form; no statement",
    items={},
)

case(
    name="kakao-dsn-delay",
    **{"from": "postmaster@kakaocorp.com"}, name_from="Mail Delivery Subsystem", date=D(10, "21:30:00"),
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="dly_0910_kko"

--dly_0910_kko
Content-Type: text/plain; charset=utf-8

** 메일 전송이 지연되고 있습니다 **

policy@kakaocorp.com 으로 보낸 메일이 아직 전달되지 않았습니다.
서버가 계속 재시도하며, 48시간 안에 전달되지 않으면 다시 알려드립니다.

원본 메일 제목: [KCSC-240904-02] 추가 자료 송부

--dly_0910_kko
Content-Type: message/delivery-status

Reporting-MTA: dns; relay1.kakaocorp.com

Final-Recipient: rfc822; policy@kakaocorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Thu, 12 Sep 2024 21:30:00 +0900

--dly_0910_kko--
""",
    outcome="ignored", classification="bounce",
    imitates="delay DSN (Action: delayed, 4.4.7) with a Korean human-readable part",
    why="delivery-delay notice; not about items",
    items={},
)

HEADER = """# Blind set 425 (Korean focus): expected results written from each email's
# meaning alone, before the reader was run on this set. Generated by make.py."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
