#!/usr/bin/env python3
"""Blind set 365 (Korean-language replies): writes requests.csv, cases/*.eml
and expected.toml.

    python3 tests/corpus/blind365/make.py

Every email is fictional and written in our own sentences, in the manner of
what Korean services (NAVER, Kakao/Daum/Tistory, YouTube Korea, DC Inside,
BAND) send back: 공문-style 조치결과 회신, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, receipts, auto-replies, DSNs and
MDNs. The expected result of each case was written from the email's meaning
alone, before the reader was run on it. Deterministic: no randomness, fixed
MIME boundaries.
"""
import base64
import csv
import os
import quopri
import sys
from datetime import datetime
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240910-04",
    "KCSC-240911-05", "KCSC-240912-06", "KCSC-240913-07")
MID = {
    R1: "req.240903-01.5c1e", R2: "req.240905-02.77a0", R3: "req.240909-03.0b2d",
    R4: "req.240910-04.e41f", R5: "req.240911-05.9c33", R6: "req.240912-06.41aa",
    R7: "req.240913-07.d6f8",
}

# R1: NAVER, 12 items (the largest request)
N1 = "https://blog.naver.com/lucky_vault77/223550001101"
N2 = "https://blog.naver.com/lucky_vault77/223550001188"
N3 = "https://blog.naver.com/sunset_odds/223551234002"
N4 = "https://cafe.naver.com/bettingroom99/1402"
N5 = "https://cafe.naver.com/bettingroom99/1417"
N6 = "https://cafe.naver.com/bettingroom99/1433"
N7 = "https://m.blog.naver.com/greenchip_k/223560077410"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40101&docId=470011223"
N9 = "https://cafe.naver.com/moonpay2024/88"
N10 = "https://blog.naver.com/sunset_odds/223551234077"
N11 = "https://cafe.naver.com/moonpay2024/91"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38001122&memberNo=5512340"
NAVER1 = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]
# R2: Kakao (Daum cafe, Tistory, KakaoTalk channel), 4 items
K1 = "https://cafe.daum.net/pinkrain22/Zx1a/311"
K2 = "https://cafe.daum.net/pinkrain22/Zx1a/318"
K3 = ("https://lucky777.tistory.com/entry/"
      "%ED%86%A0%ED%86%A0-%EB%B6%84%EC%84%9D-%EB%A6%AC%ED%8F%AC%ED%8A%B8")
K3_RAW = "https://lucky777.tistory.com/entry/토토-분석-리포트"
K4 = "https://pf.kakao.com/_xkQxaZb/105223301"
# R3: YouTube, 3 items
Y1 = "https://www.youtube.com/watch?v=Qm7xR2bT9kE"
Y2 = "https://www.youtube.com/watch?v=Lp0vW8dZ3sA"
Y3 = "https://www.youtube.com/shorts/Hy6nC4uJ1fM"
# R4: DC Inside, 5 items
D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=10255301"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55120"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55134"
D4 = "https://gall.dcinside.com/mini/board/view/?id=toto_free&no=7721"
D5 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbet&no=55201"
# R5: BAND, 2 items
B1 = "https://band.us/band/81234567/post/1203"
B2 = "https://band.us/band/81234567/post/1219"
# R6: Kakao (Daum cafe), 1 item
K6 = "https://cafe.daum.net/mintgarden/Hk3P/57"
# R7: NAVER, 3 items
P1 = "https://blog.naver.com/pill_market_kr/223580011234"
P2 = "https://cafe.naver.com/quickpharm/2205"
P3 = "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=471234567"

REQUESTS = [
    (R1, "naver", "2024-09-03T10:20:00+09:00", "2024-09-10T23:59:59+09:00", NAVER1,
     "gambling", "불법 도박 사이트 홍보 (블로그·카페·지식iN·포스트)"),
    (R2, "kakao", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", [K1, K2, K3, K4],
     "gambling", "다음카페·티스토리·카카오톡 채널 도박 홍보"),
    (R3, "youtube", "2024-09-09T15:30:00+09:00", "2024-09-16T23:59:59+09:00", [Y1, Y2, Y3],
     "drugs", "마약류 판매 광고 영상"),
    (R4, "dcinside", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", [D1, D2, D3, D4, D5],
     "gambling", "갤러리 게시물 도박 홍보"),
    (R5, "band", "2024-09-11T14:00:00+09:00", "2024-09-18T23:59:59+09:00", [B1, B2],
     "gambling", "밴드 게시글 도박 홍보"),
    (R6, "kakao", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00", [K6],
     "privacy", "다음카페 개인정보 노출 게시물"),
    (R7, "naver", "2024-09-13T14:05:00+09:00", "2024-09-20T23:59:59+09:00", [P1, P2, P3],
     "drugs", "의약품 불법 판매 게시물"),
]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(day, h, m, s=0):
    t = datetime(2024, 9, day, h, m, s)
    return "%s, %02d Sep 2024 %02d:%02d:%02d +0900" % (DAYS[t.weekday()], day, h, m, s)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines.strip("\n").split("\n"))


def our_request(ref, urls, intro="아래 정보에 대하여 시정요구(삭제)를 하오니 조치 후 결과를 회신하여 주시기 바랍니다."):
    body = ["안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.", intro, "",
            "요청번호: " + ref]
    for i, u in enumerate(urls, 1):
        body.append("%d. %s" % (i, u))
    body += ["", "방송통신심의위원회 드림"]
    return "\n".join(body)


def pend(*urls):
    return {u: "pending" for u in urls}


CASES = []


def case(**kw):
    CASES.append(kw)


# ====================================================================
# APPLIED
# ====================================================================

case(name="naver-gongmun-text-table", date=d(6, 17, 42),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 통보", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="NAVER 공문-style 조치결과 통보 with a plain-text 연번/URL/조치결과 table",
     why="item-level results for all 12 items of the largest request; mixed statuses",
     items={N1: "removed", N2: "removed", N3: "removed", N4: "removed", N5: "not_found",
            N6: "removed", N7: "removed", N8: "removed", N9: "restricted", N10: "not_found",
            N11: "removed", N12: "rejected"},
     body=f"""
수신: 방송통신심의위원회 통신심의국
참조: 불법정보대응팀
제목: 시정요구(KCSC-240903-01)에 대한 조치결과 통보

1. 귀 위원회의 노고에 감사드립니다.
2. 귀 위원회가 2024. 9. 3. 당사에 요청한 불법정보 시정요구와 관련하여 당사가
   취한 조치 결과를 아래와 같이 통보합니다.

                              - 아   래 -

연번 | URL                                                               | 조치결과
-----+-------------------------------------------------------------------+---------------------------
 1   | {N1}  | 삭제
 2   | {N2}  | 삭제
 3   | {N3}  | 게시중단(블라인드)
 4   | {N4}          | 삭제
 5   | {N5}          | 게시물 없음(작성자 삭제)
 6   | {N6}          | 삭제
 7   | {N7} | 비공개 처리
 8   | {N8} | 삭제
 9   | {N9}              | 접근제한(국내)
10   | {N10}  | 해당 URL 확인 불가
11   | {N11}              | 삭제
12   | {N12} | 조치 불가(위반사항 없음)

3. 12번 포스트는 내용 검토 결과 관련 법령 및 네이버 운영정책상 위반 사항이
   확인되지 않아 게시를 유지하고 있습니다.  끝.

네이버 주식회사 정책지원팀
경기도 성남시 분당구 정자일로 95 (가상 주소)
""")

_html_rows = [(N1, "삭제", "2024-09-05"), (N4, "삭제", "2024-09-05"), (N5, "삭제", "2024-09-05"),
              (N8, "블라인드", "2024-09-06"), (N9, "임시조치(30일)", "2024-09-06"),
              (N12, "삭제", "2024-09-06")]
_plain = ("KCSC-240903-01 시정요구에 대한 조치 결과를 안내드립니다.\n\n" +
          "\n".join("%d. %s - %s (%s)" % (i, u, s, t) for i, (u, s, t) in enumerate(_html_rows, 1)) +
          "\n\n나머지 6건은 확인 후 별도로 회신드리겠습니다.\n"
          "운영정책 안내: https://help.naver.com/service/5600/contents/19911\n\n네이버 정책지원팀\n")
_html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Malgun Gothic',sans-serif\">\n"
         "<p>안녕하세요. 네이버 정책지원팀입니다.</p>\n"
         "<p>KCSC-240903-01 시정요구에 대한 조치 결과를 아래와 같이 안내드립니다.</p>\n"
         "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
         "<tr style=\"background:#03c75a;color:#fff\"><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>조치일</th></tr>\n" +
         "".join("<tr><td>%d</td><td><a href=\"%s\">%s</a></td><td>%s</td><td>%s</td></tr>\n" % (i, u.replace("&", "&amp;"), u.replace("&", "&amp;"), s, t)
                 for i, (u, s, t) in enumerate(_html_rows, 1)) +
         "</table>\n<p>나머지 6건은 확인 후 별도로 회신드리겠습니다.</p>\n"
         "<p style=\"font-size:11px;color:#888\">운영정책 안내: <a href=\"https://help.naver.com/service/5600/contents/19911\">네이버 고객센터</a></p>\n"
         "<p>네이버 정책지원팀</p>\n</body></html>\n")
case(name="naver-html-table-qp", date=d(6, 18, 5),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="불법정보 시정요구 조치결과 안내 (KCSC-240903-01)", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="Korean portal 시정요구 조치결과 table sent as multipart/alternative HTML, quoted-printable",
     why="six rows with item-level results; 임시조치 is a restriction; help-centre link is no item",
     items={N1: "removed", N4: "removed", N5: "removed", N8: "removed", N9: "restricted",
            N12: "removed", N2: "pending", N10: "pending"},
     raw_mime=f"""Content-Type: multipart/alternative; boundary="=_nv_alt_240906"

--=_nv_alt_240906
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_plain)}
--=_nv_alt_240906
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_html)}
--=_nv_alt_240906--
""")

_csv = ("번호,URL,처리결과,비고\r\n"
        f"1,{N2},삭제,\r\n"
        f"2,{N3},삭제,\r\n"
        f"3,{N6},게시물 없음,작성자 삭제\r\n"
        f"4,{N7},임시조치,30일간 비공개\r\n"
        f"5,{N10},조치 불가,위반 사항 없음\r\n")
case(name="naver-csv-attachment", date=d(9, 11, 3),
     **{"from": "right-center@naver.com"}, name_from="네이버 권리보호센터",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="portal reply carrying its result list as a CSV attachment (base64)",
     why="CSV rows give item-level results for five items",
     items={N2: "removed", N3: "removed", N6: "not_found", N7: "restricted", N10: "rejected"},
     raw_mime=f"""Content-Type: multipart/mixed; boundary="----=_Part_20240909_8812"

------=_Part_20240909_8812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 권리보호센터입니다.

KCSC-240903-01 건 중 블로그·카페 게시물 5건의 처리 결과를 첨부 파일(CSV)로
회신드립니다. 확인 부탁드립니다.

감사합니다.

------=_Part_20240909_8812
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv)}
------=_Part_20240909_8812--
""")

case(name="naver-bare-url-status-below", date=d(19, 10, 14),
     **{"from": "right-center@naver.com"}, name_from="네이버 권리보호센터",
     subject="[네이버] 게시중단 요청 처리 결과 안내 (KCSC-240913-07)",
     outcome="applied", classification="confirmation",
     imitates="NAVER 권리보호센터 게시중단 처리 결과 mail, URL on its own line with an arrow result below",
     why="each URL followed by its result on the next line",
     items={P1: "removed", P2: "removed", P3: "not_found"},
     body=f"""
안녕하세요. 네이버 권리보호센터입니다.
KCSC-240913-07 건으로 요청하신 게시물의 처리 결과를 안내드립니다.

{P1}
→ 게시중단 완료

{P2}
→ 게시중단 완료 (카페 운영원칙 위반)

{P3}
→ 존재하지 않는 게시물입니다.

본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.
""")

case(name="naver-kin-top-posted-informal", date=d(13, 17, 31),
     **{"from": "dohyun.kim@navercorp.com"}, name_from="김도현",
     subject="Re: [KCSC-240913-07] 시정요구", reply_to_req=MID[R7],
     outcome="applied", classification="confirmation",
     imitates="informal operator reply top-posted over the Gmail-quoted request",
     why="one item stated removed above the quote; the quoted request's other URLs are not statements",
     items={P3: "removed", P1: "pending", P2: "pending"},
     body=f"""
안녕하세요, 지식iN 운영 담당 김도현입니다.
말씀하신 지식iN 질문글은 오늘 오후에 삭제했습니다.
{P3}

블로그와 카페 건은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.
수고하세요.

2024년 9월 13일 (금) 오후 2:05, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(our_request(R7, [P1, P2, P3]))}
""")

case(name="kakao-imsijochi-notice", date=d(6, 15, 22),
     **{"from": "noreply-cs@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오] 권리침해 신고 처리 결과 안내", reply_to_req=MID[R2],
     outcome="applied", classification="confirmation",
     imitates="Kakao 고객센터 권리침해 신고 처리 결과 안내 (정보통신망법 제44조의2 임시조치)",
     why="two listed Daum cafe posts placed under a 30-day 임시조치: restricted",
     items={K1: "restricted", K2: "restricted", K3: "pending", K4: "pending"},
     body=f"""
안녕하세요, 카카오 고객센터입니다.
방송통신심의위원회에서 접수하신 신고(KCSC-240905-02)의 처리 결과를 안내해 드립니다.

■ 처리 대상
 - {K1}
 - {K2}

■ 처리 결과
위 게시물 각각에 대하여 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」
제44조의2에 따라 30일간 임시조치하였습니다.
게시자가 기간 내에 재게시를 요청하지 않으면 게시물은 영구 삭제되며,
재게시 요청이 있을 경우 관련 절차에 따라 다시 안내해 드립니다.

티스토리 및 카카오톡 채널 게시물은 담당 부서에서 별도로 회신할 예정입니다.

※ 본 메일은 발신 전용입니다.
카카오 운영정책: https://www.kakao.com/policy/oppolicy
""")

case(name="kakao-tistory-raw-korean-url", date=d(9, 10, 48),
     **{"from": "tistory-report@kakaocorp.com"}, name_from="티스토리 운영팀",
     subject="Re: [KCSC-240905-02] 불법정보 시정요구", reply_to_req=MID[R2],
     outcome="applied", classification="confirmation",
     imitates="Tistory/Kakao operator reply with a raw Korean entry URL inside parentheses followed by a particle",
     why="raw Korean path matches the percent-encoded item; 비공개 조치 = removed; channel post already deleted by its owner",
     items={K3: "removed", K4: "not_found"},
     body=f"""
안녕하세요. 카카오 티스토리 운영팀입니다.
KCSC-240905-02 관련하여 요청하신 게시물의 처리 결과를 알려드립니다.

1) 티스토리 게시물({K3_RAW})은 운영정책 위반(사행성 홍보)으로 비공개 조치하였습니다.
2) 카카오톡 채널 게시물 {K4} 은 확인 결과 채널 운영자가 이미 삭제하여 존재하지 않습니다.

다음카페 게시물 2건은 다음카페 운영팀에서 회신드립니다.
감사합니다.
""")

case(name="kakao-daumcafe-sole-statement", date=d(13, 16, 2),
     **{"from": "cafe-admin@daum.net"}, name_from="다음카페 운영팀",
     subject="Re: [KCSC-240912-06] 불법정보 시정요구", reply_to_req=MID[R6],
     outcome="applied", classification="confirmation",
     imitates="short Daum cafe operations reply naming no URL for a one-item request",
     why="an unhedged 삭제 완료 for a request of one item applies to that item",
     items={K6: "removed"},
     body="""
안녕하세요. 다음카페 운영팀입니다.

요청하신 카페 게시물은 카페 운영정책(개인정보 노출) 위반이 확인되어
금일 삭제 조치를 완료했습니다.

감사합니다.
다음카페 운영팀 드림
""")

case(name="kakao-numbered-one-rejected", date=d(10, 14, 30),
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
     subject="[회신] KCSC-240905-02 다음카페 게시물 처리 결과", reply_to_req=MID[R2],
     outcome="applied", classification="confirmation",
     imitates="Kakao safety team numbered result list with a refusal and its reason",
     why="one post deleted, one kept because no rule is broken (rejected)",
     items={K1: "removed", K2: "rejected"},
     body=f"""
안녕하세요, 카카오 세이프티팀입니다.
요청하신 다음카페 게시물 2건에 대한 처리 결과를 회신드립니다.

1. {K1}
   처리결과: 삭제
2. {K2}
   처리결과: 미조치
   사유: 게시물 내용을 검토한 결과 관련 법령 및 카카오 운영정책 위반 사항이
   확인되지 않아 게시를 유지합니다.

추가 자료가 있으시면 회신 주시기 바랍니다.
카카오 세이프티팀
""")

case(name="youtube-korea-legal-korean", date=d(11, 9, 15),
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     subject="Re: KCSC-240909-03 콘텐츠 삭제 요청 건", reply_to_req=MID[R3],
     outcome="applied", classification="confirmation",
     imitates="YouTube legal team reply in Korean: local-law block in Korea and a Community Guidelines removal",
     why="two videos blocked in Korea only (restricted), the short removed globally",
     items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
     body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 콘텐츠를 검토한 결과 다음과 같이
조치하였음을 알려드립니다.

- {Y1} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 액세스를 차단했습니다.
- {Y2} : 현지 법률에 따라 대한민국에서 해당 동영상에 대한 액세스를 차단했습니다.
- {Y3} : 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

YouTube의 법적 삭제 절차에 대한 자세한 내용은
https://support.google.com/youtube/answer/6154218 에서 확인하실 수 있습니다.

YouTube 법무팀 드림
""")

case(name="youtube-age-restricted-and-declined", date=d(12, 3, 41),
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240909-03] Request for removal of content", reply_to_req=MID[R3],
     outcome="applied", classification="confirmation",
     imitates="YouTube Legal Support English outcome mail: age restriction applied, no action on another video",
     why="age restriction = restricted; decision not to act with a reason = rejected; the short is not mentioned",
     items={Y2: "restricted", Y1: "rejected"},
     body=f"""
Hello,

Thanks for reaching out about the content listed in your request KCSC-240909-03.

After review, we've applied an age restriction to the following video:
{Y2}

We have decided not to take action on the following video. Our review found
that it does not violate our Community Guidelines, and we did not find it to be
unlawful under Korean law:
{Y1}

If you have additional information, you can reply to this email.

Regards,
The YouTube Legal Team
""")

case(name="youtube-actioned-phrase-angle", date=d(13, 6, 12),
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240909-03] Request for removal of content", reply_to_req=MID[R3],
     outcome="applied", classification="confirmation",
     imitates="YouTube 'has been actioned under our policies' template with the URL in angle brackets",
     why="the short is actioned (removed); the two videos are still under review (pending)",
     items={Y3: "removed", Y1: "pending", Y2: "pending"},
     body=f"""
Hi there,

The content at <{Y3}> has been actioned under our policies.

Regarding the two other videos in your request, our team is still reviewing
them and we'll follow up with you separately.

Best regards,
YouTube Legal Support
""")

case(name="dc-informal-operator-arrows", date=d(11, 20, 7),
     **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="RE: 시정요구 KCSC-240910-04", reply_to_req=MID[R4],
     outcome="applied", classification="confirmation",
     imitates="informal DC Inside operator reply with arrows after each URL",
     why="three named posts with results; the remaining two are promised later",
     items={D2: "removed", D3: "removed", D4: "not_found"},
     body=f"""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 목록 확인했습니다.

- {D2} → 삭제했습니다
- {D3} → 삭제했습니다
- {D4} → 작성자가 먼저 지운 글이라 남아 있는 게 없습니다

나머지 두 건은 갤러리 매니저 쪽과 확인 후 다시 말씀드리겠습니다.
""")

case(name="dc-gongmun-ganada", date=d(12, 11, 0),
     **{"from": "policy@dcinside.com"}, name_from="(주)디시인사이드 정책팀",
     subject="불법정보 시정요구에 대한 조치결과 회신 [KCSC-240910-04]", reply_to_req=MID[R4],
     outcome="applied", classification="confirmation",
     imitates="공문 (문서번호/수신/제목, 가·나·다 items, 끝.) 조치결과 회신",
     why="all five items with item-level results",
     items={D1: "removed", D2: "removed", D3: "removed", D4: "not_found", D5: "removed"},
     body=f"""
문서번호: 디시정책-2024-0912-03
시행일자: 2024. 9. 12.
수    신: 방송통신심의위원회 위원장
제    목: 불법정보 시정요구에 대한 조치결과 회신 [KCSC-240910-04]

1. 귀 위원회 KCSC-240910-04(2024. 9. 10.)호와 관련입니다.
2. 위 호로 시정요구된 정보에 대한 당사의 조치결과를 다음과 같이 회신합니다.

  가. {D1} : 삭제
  나. {D2} : 삭제
  다. {D3} : 삭제
  라. {D4} : 기삭제(게시자 본인 삭제)
  마. {D5} : 게시물 삭제 및 게시자 이용 차단

3. 향후 유사 게시물에 대한 모니터링을 강화하겠습니다.  끝.

주식회사 디시인사이드 대표이사 (직인 생략)
""")

case(name="dc-url-below-statement", date=d(13, 9, 26),
     **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="RE: 시정요구 KCSC-240910-04", reply_to_req=MID[R4],
     outcome="applied", classification="confirmation",
     imitates="operator reply where each statement line is followed by its URL on the next line",
     why="'아래 게시물은' points forward to the URL on the next line: one removed, one kept (rejected)",
     items={D1: "removed", D5: "rejected"},
     body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

아래 게시물은 갤러리 운영원칙 위반으로 삭제 처리되었습니다.
{D1}

아래 게시물은 검토 결과 삭제 사유에 해당하지 않아 유지됩니다.
{D5}

감사합니다.
""")

case(name="band-list-then-statement", date=d(12, 16, 40),
     **{"from": "report@band.us"}, name_from="BAND 운영팀",
     subject="[BAND] 신고하신 게시글 처리 결과 안내 (KCSC-240911-05)", reply_to_req=MID[R5],
     outcome="applied", classification="confirmation",
     imitates="BAND operations result notice: bulleted URLs then one sentence about 위 게시글 2건",
     why="both posts are named in the list the statement refers to; not a bulk statement",
     items={B1: "removed", B2: "removed"},
     body=f"""
안녕하세요. BAND 운영팀입니다.
방송통신심의위원회에서 요청하신 아래 게시글에 대한 처리 결과를 안내드립니다.

 · {B1}
 · {B2}

위 게시글 2건은 BAND 운영정책(불법 사행성 홍보) 위반으로 삭제되었으며,
해당 밴드는 이용이 제한되었습니다.

BAND 운영정책 보기: https://band.us/policy/operation
""")

case(name="band-blind-and-gone", date=d(13, 11, 55),
     **{"from": "report@band.us"}, name_from="BAND 운영팀",
     subject="Re: [KCSC-240911-05] 밴드 게시글 시정요구", reply_to_req=MID[R5],
     outcome="applied", classification="confirmation",
     imitates="BAND operator prose reply: 블라인드 처리 and 리더가 이미 삭제",
     why="one post blinded (removed), the other already deleted by the band leader (not_found)",
     items={B1: "removed", B2: "not_found"},
     body=f"""
안녕하세요, BAND 운영팀입니다.

{B1} 게시글은 블라인드 처리했습니다.
1219번 게시글({B2})은 밴드 리더가 이미 삭제하여 확인할 수 없습니다.

감사합니다.
""")

case(name="naver-cafe-fullwidth-punct", date=d(5, 13, 20),
     **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="NAVER cafe team reply with full-width punctuation and a particle glued to a URL",
     why="four cafe posts with results; URLs end at ，：。」 and at the particle 은",
     items={N9: "removed", N11: "removed", N6: "not_found", N4: "removed"},
     body=f"""
안녕하세요. 네이버 카페 운영팀입니다.
KCSC-240903-01 요청 건 중 카페 게시글에 대하여 답변드립니다.

・{N9}，{N11}：카페 이용약관 위반으로 삭제하였습니다。
・{N6}은 이미 작성자가 삭제한 글로 확인되었습니다。
・「{N4}」：삭제 처리 완료。

블로그·지식iN·포스트 건은 각 서비스에서 별도로 회신드립니다。
""")

case(name="naver-blog-base64-body", date=d(6, 16, 44),
     **{"from": "blog-notice@naver.com"}, name_from="네이버 블로그",
     subject="[네이버 블로그] 게시중단 요청 처리 결과 안내",
     outcome="applied", classification="confirmation",
     imitates="NAVER blog system notice of 게시중단 results, body base64-encoded",
     why="reference in the body; three blog posts with results",
     items={N1: "removed", N2: "removed", N7: "not_found"},
     raw_mime="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64(f"""[네이버 블로그] 게시중단 요청 처리 결과 안내

요청번호: KCSC-240903-01
처리일시: 2024-09-06 16:40

처리 결과
 1) {N1}  - 게시중단
 2) {N2}  - 게시중단
 3) {N7} - 게시자 삭제로 대상 없음

본 메일은 발신 전용 메일입니다.
"""))

case(name="naver-kin-post-gmail-quoted", date=d(4, 9, 50),
     **{"from": "kin-ops@navercorp.com"}, name_from="네이버 지식iN 운영팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="Gmail-style top-post over the quoted 12-URL request",
     why="two items stated above the quote; quoted URLs are not statements",
     items={N8: "removed", N12: "removed", N1: "pending", N4: "pending", N10: "pending"},
     body=f"""
안녕하세요, 네이버 지식iN 운영팀입니다.
요청 목록 중 지식iN 1건과 포스트 1건은 저희 쪽에서 처리했습니다.

지식iN 질문 {N8} → 삭제
네이버 포스트 {N12} → 게시중단(비공개)

나머지 블로그/카페 건은 각 서비스 담당자가 회신할 예정입니다.

2024년 9월 3일 (화) 오전 10:20, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(our_request(R1, NAVER1))}
""")

case(name="naver-outlook-original-message", date=d(14, 10, 2),
     **{"from": "soyeon.park@navercorp.com"}, name_from="박소연",
     subject="RE: [KCSC-240913-07] 시정요구", reply_to_req=MID[R7],
     outcome="applied", classification="confirmation",
     imitates="Outlook reply above '-----Original Message-----' with the request below",
     why="three items stated above the original; 19세 미만 접근 제한 = restricted",
     items={P1: "removed", P2: "removed", P3: "restricted"},
     body=f"""
방심위 담당자님께,

KCSC-240913-07 건 회신드립니다.
 - 블로그 게시글 {P1} : 삭제
 - 카페 게시글 {P2} : 삭제
 - 지식iN 글 {P3} : 청소년유해 정보로 분류하여 19세 미만 접근 제한 적용

감사합니다.
네이버 정책지원팀 박소연 드림

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Friday, September 13, 2024 2:05 PM
To: policy@navercorp.com
Subject: [KCSC-240913-07] 시정요구

{our_request(R7, [P1, P2, P3])}
""")

case(name="kakao-receipt-plus-result", date=d(7, 10, 11),
     **{"from": "cs-noreply@kakaocorp.com"}, name_from="카카오 고객센터",
     subject="[카카오 고객센터] 문의 접수 및 처리 결과 안내",
     outcome="applied", classification="confirmation",
     imitates="Kakao customer-centre receipt that also carries a result",
     why="receipt wording plus an unhedged deletion of two named posts: not a pure acknowledgement",
     items={K1: "removed", K2: "removed", K3: "pending", K4: "pending"},
     body=f"""
[카카오 고객센터] 문의 접수 및 처리 결과 안내

접수번호: 2409-KR-0081723
관련 요청: KCSC-240905-02

문의가 정상적으로 접수되었습니다.
확인 결과 아래 다음카페 게시물은 삭제 조치되었습니다.
{K1}
{K2}

나머지 게시물(티스토리, 카카오톡 채널)은 담당 부서에서 확인 후 별도로 안내드리겠습니다.

카카오 고객센터 https://cs.kakao.com
""")

case(name="dc-wrapped-angle-url", date=d(14, 8, 37),
     **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="RE: 시정요구 KCSC-240910-04 (추가 회신)", reply_to_req=MID[R4],
     outcome="applied", classification="confirmation",
     imitates="plain-text reply where a long URL in angle brackets is wrapped onto the next line",
     why="the wrapped bracketed URL is D5 (removed); D4 does not exist (not_found)",
     items={D5: "removed", D4: "not_found"},
     body=f"""
안녕하세요. 지난번에 말씀드린 나머지 건 추가 회신드립니다.

요청하신 게시물 중 아래 글은 갤러리 매니저 확인 후 삭제 처리했습니다.
<https://gall.dcinside.com/mgallery/board/view/
?id=coinbet&no=55201>

{D4} 글은 존재하지 않는 게시물입니다.

디시인사이드 운영팀
""")

case(name="naver-numbered-reasons", date=d(10, 15, 12),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구 (2차 회신)", reply_to_req=MID[R1],
     outcome="applied", classification="confirmation",
     imitates="numbered result list with 조치 lines and reasons, including a keep and a Korea-only block",
     why="비공개 = removed, 삭제 = removed, 게시 유지 = rejected, 국내 접속 차단 = restricted",
     items={N3: "removed", N10: "removed", N5: "rejected", N11: "restricted"},
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.
지난 회신에서 누락된 건을 포함하여 2차로 회신드립니다.

1. {N3}
   - 조치: 비공개 처리 (블로그 운영정책 위반)
2. {N10}
   - 조치: 삭제
3. {N5}
   - 조치: 해당 없음. 게시물 내용 확인 결과 불법정보에 해당하지 않아 게시를 유지합니다.
4. {N11}
   - 조치: 국내 접속 차단 (해외에서는 접속 가능)

감사합니다.
""")

_k_rows = [(K1, K1, "게시중단"), (K3, K3_RAW, "임시조치(30일)"), (K4, K4, "삭제")]
_khtml = ("<html><body>\n<div style=\"font-family:Dotum,sans-serif;font-size:13px\">\n"
          "<p>안녕하세요, 카카오 세이프티팀입니다.<br>\n"
          "요청번호 KCSC-240905-02에 대한 조치 결과입니다.</p>\n"
          "<table style=\"border:1px solid #ccc\" cellspacing=\"0\" cellpadding=\"5\">\n"
          "<thead><tr><th>서비스</th><th>게시물 URL</th><th>조치 내용</th></tr></thead>\n<tbody>\n"
          "<tr><td>다음카페</td><td><a href=\"%s\">%s</a></td><td>%s</td></tr>\n"
          "<tr><td>티스토리</td><td><a href=\"%s\">%s</a></td><td>%s</td></tr>\n"
          "<tr><td>카카오톡 채널</td><td><a href=\"%s\">%s</a></td><td>%s</td></tr>\n"
          "</tbody></table>\n"
          "<p>318번 게시물은 검토가 끝나는 대로 안내드리겠습니다.</p>\n"
          "<p><a href=\"https://www.kakao.com/policy/oppolicy\">카카오 운영정책</a></p>\n"
          "</div></body></html>\n") % tuple(x for row in _k_rows for x in row)
case(name="kakao-html-table-only", date=d(11, 13, 58),
     **{"from": "safety@kakaocorp.com"}, name_from="카카오 세이프티팀",
     subject="[회신] KCSC-240905-02 조치 결과", reply_to_req=MID[R2],
     outcome="applied", classification="confirmation",
     imitates="Kakao safety team HTML-only (quoted-printable) result table",
     why="three rows with results; the Tistory link text is a raw Korean path; 318 is only promised",
     items={K1: "removed", K3: "restricted", K4: "removed", K2: "pending"},
     raw_mime="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(_khtml))

# ====================================================================
# REVIEW
# ====================================================================

case(name="naver-promise-sequential", date=d(4, 11, 30),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=MID[R1],
     outcome="review", review="not_understood",
     imitates="portal reply promising to act (조치할 예정) on named posts",
     why="promises are not statements; named items stay pending",
     items=pend(N1, N2, N3),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 12건에 대해서는 내부 검토를 거쳐 순차적으로 조치할 예정입니다.
이 중 아래 3건은 블로그 운영정책 위반 소지가 커 우선 검토 후 게시중단할 예정이며,
처리가 완료되는 대로 결과를 회신드리겠습니다.

{N1}
{N2}
{N3}

감사합니다.
""")

case(name="kakao-hedged-already-gone", date=d(8, 19, 3),
     **{"from": "tistory-report@kakaocorp.com"}, name_from="티스토리 운영팀",
     subject="Re: [KCSC-240905-02] 불법정보 시정요구", reply_to_req=MID[R2],
     outcome="review", review="not_understood",
     imitates="operator reply guessing that a post is gone ('~것으로 보입니다') and still checking another",
     why="a hedge and 'checking' are not statements",
     items=pend(K3, K4),
     body=f"""
안녕하세요, 티스토리 운영팀입니다.

문의하신 티스토리 게시물({K3_RAW})은 현재 접속되지 않는 것으로 보아
게시자가 이미 삭제한 것으로 보입니다. 정확한 내역은 확인 후 다시 안내드리겠습니다.

카카오톡 채널 게시물 {K4} 은 관련 부서에서 확인 중입니다.
""")

case(name="naver-bulk-all-deleted", date=d(9, 18, 20),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구", reply_to_req=MID[R1],
     outcome="review", review="bulk",
     imitates="one-line portal reply: 요청하신 게시물은 모두 삭제",
     why="a statement about all items of a 12-item request without naming each",
     items=pend(*NAVER1),
     body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01로 요청하신 게시물은 모두 삭제 조치를 완료하였습니다.

감사합니다.
""")

case(name="dc-bulk-over-quote", date=d(11, 9, 5),
     **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     subject="RE: [KCSC-240910-04] 시정요구", reply_to_req=MID[R4],
     outcome="review", review="bulk",
     imitates="informal '전부 삭제했습니다' top-posted over the quoted request",
     why="bulk statement above; the URLs are only in the quoted request",
     items=pend(D1, D2, D3, D4, D5),
     body=f"""
안녕하세요. 요청하신 5건 전부 삭제했습니다.
확인 부탁드립니다.

디시인사이드 운영팀

2024년 9월 10일 (화) 오전 10:00, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted(our_request(R4, [D1, D2, D3, D4, D5]))}
""")

case(name="naver-auth-fail", date=d(14, 22, 47), auth="fail",
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="Re: [KCSC-240913-07] 시정요구 조치결과", reply_to_req=MID[R7],
     outcome="review", review="untrusted",
     imitates="NAVER-looking result mail failing DKIM/SPF/DMARC",
     why="platform domain but authentication failed",
     items=pend(P1, P2),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.
KCSC-240913-07 건 조치 결과입니다.

{P1} - 삭제
{P2} - 삭제

감사합니다.
""")

case(name="kakao-auth-fail-list-footer", date=d(7, 8, 15), auth="fail",
     **{"from": "cs-notice@kakao.com"}, name_from="카카오 고객센터",
     subject="[카카오] 신고 처리 결과 안내 (KCSC-240905-02)",
     extra_headers=["List-Id: <kcsc-takedown.lists.kcsc.example>"],
     outcome="review", review="untrusted",
     imitates="Kakao notice relayed through a mailing list that broke its DKIM signature",
     why="DMARC fails, so the statements cannot be trusted",
     items=pend(K1, K2),
     body=f"""
안녕하세요, 카카오 고객센터입니다.
신고하신 아래 다음카페 게시물은 운영정책 위반으로 삭제되었습니다.

 - {K1}
 - {K2}

감사합니다.
_______________________________________________
kcsc-takedown 메일링 리스트
""")

case(name="hanmail-cafe-manager", date=d(12, 21, 19),
     **{"from": "mintgarden_mgr@hanmail.net"}, name_from="민트가든 카페지기",
     subject="Re: [KCSC-240912-06] 불법정보 시정요구", reply_to_req=MID[R6],
     outcome="review", review="unknown_sender",
     imitates="a Daum cafe manager answering personally from a hanmail.net address",
     why="not Kakao's sender domain; the manager's word does not change the status",
     items=pend(K6),
     body=f"""
안녕하세요. 다음카페 '민트가든' 카페지기입니다.
위원회에서 요청하신 글({K6})은 제가 확인하고 직접 삭제했습니다.
앞으로 회원들 글 관리 더 신경 쓰겠습니다.
""")

case(name="navercorp-about-band", date=d(12, 10, 26),
     **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
     subject="Re: [KCSC-240911-05] 밴드 게시글 시정요구",
     outcome="review", review="wrong_platform",
     imitates="NAVER group policy team answering for BAND posts",
     why="BAND's items stated by a NAVER sender domain, not BAND's",
     items=pend(B1, B2),
     body=f"""
안녕하세요. 네이버 정책지원팀입니다.
BAND 서비스 관련 요청이 저희 쪽으로 접수되어 대신 회신드립니다.

{B1} : 삭제
{B2} : 삭제

향후 BAND 관련 요청은 BAND 운영팀으로 보내주시면 더 빠르게 처리됩니다.
""")

case(name="youtube-asks-court-order", date=d(10, 2, 33),
     **{"from": "legal-kr@google.com"}, name_from="YouTube 법무팀",
     subject="Re: KCSC-240909-03 콘텐츠 삭제 요청 건", reply_to_req=MID[R3],
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="YouTube legal team asking for the legal basis and timestamps before acting",
     why="a request for more information; nothing stated about the items",
     items=pend(Y1, Y2, Y3),
     body=f"""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 요청하신 다음 콘텐츠를 처리하려면 추가 정보가 필요합니다.

{Y1}
{Y2}
{Y3}

- 각 콘텐츠가 위반한다고 판단하시는 대한민국 법령의 조항
- 동영상별로 문제가 되는 부분의 타임스탬프
- 관련 심의 결정문 또는 법원 명령이 있는 경우 그 사본

위 정보를 이 메일에 회신해 주시면 검토를 계속하겠습니다.

YouTube 법무팀 드림
""")

case(name="dc-contact-change-notice", date=d(16, 14, 0),
     **{"from": "policy@dcinside.com"}, name_from="(주)디시인사이드 정책팀",
     subject="[안내] 디시인사이드 시정요구 회신 창구 변경",
     outcome="review", review="no_claims",
     imitates="platform notice of a new contact address for legal requests",
     why="trusted DC Inside mail that names no item and no request",
     items={},
     body="""
안녕하세요. 디시인사이드 정책팀입니다.

2024년 10월 1일부터 시정요구 관련 공문 접수 및 회신 업무는 새 주소
legal-notice@dcinside.com 에서 담당합니다. 기존 주소는 9월 30일까지만
운영되오니 업무에 참고해 주시기 바랍니다.

감사합니다.
""")

case(name="daum-conditional-deletion", date=d(13, 10, 44),
     **{"from": "cafe-admin@daum.net"}, name_from="다음카페 운영팀",
     subject="Re: [KCSC-240912-06] 불법정보 시정요구", reply_to_req=MID[R6],
     outcome="review", review="not_understood",
     imitates="Daum cafe reply: notice given to the poster, deletion only if no reply by a deadline",
     why="a condition and a promise, no statement about the item now",
     items=pend(K6),
     body=f"""
안녕하세요. 다음카페 운영팀입니다.

요청하신 게시물({K6})과 관련하여 게시자에게 소명 기회를 부여하였습니다.
9월 20일까지 소명이 없을 경우 해당 게시물은 삭제 조치할 예정이며,
결과는 다시 안내드리겠습니다.
""")

case(name="youtube-under-review-en", date=d(10, 7, 58),
     **{"from": "youtube-legal-support@google.com"}, name_from="YouTube Legal Support",
     subject="Re: [KCSC-240909-03] Request for removal of content", reply_to_req=MID[R3],
     outcome="review", review="not_understood",
     imitates="YouTube 'currently under review' status mail naming the URLs",
     why="'under review' is no statement; it names the items, so not a pure acknowledgement",
     items=pend(Y1, Y2, Y3),
     body=f"""
Hello,

Thank you for your patience. The following content from your request is
currently under review by our team:

  {Y1}
  {Y2}
  {Y3}

We'll get back to you once we've completed our review.

Regards,
YouTube Legal Support
""")

# ====================================================================
# IGNORED
# ====================================================================

case(name="naver-ooo-chuseok", date=d(14, 10, 30),
     **{"from": "soyeon.park@navercorp.com"}, name_from="박소연",
     subject="[자동응답] 추석 연휴 부재 안내 (Re: [KCSC-240913-07] 시정요구)",
     extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
     outcome="ignored", classification="auto_reply",
     imitates="Korean out-of-office auto-reply over the Chuseok holiday",
     why="auto-reply, nothing about the items",
     items={},
     body="""
안녕하세요. 박소연입니다.
9월 14일(토)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
긴급한 시정요구 건은 policy@navercorp.com 으로 보내주시기 바랍니다.
""")

case(name="dc-dsn-bounce", date=d(10, 10, 1),
     **{"from": "mailer-daemon@dcinside.com"}, name_from="Mail Delivery System",
     subject="Undelivered Mail Returned to Sender",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN (multipart/report delivery-status) with the original request attached",
     why="a bounce of our own request; its URLs are our text",
     items=pend(D1, D2),
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9F1A2C01B7.1725930061/mail.dcinside.com"

--9F1A2C01B7.1725930061/mail.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<legal@dcinside.com>: host mx.dcinside.com[203.0.113.25] said: 550 5.1.1
    <legal@dcinside.com>: Recipient address rejected: User unknown

--9F1A2C01B7.1725930061/mail.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
Arrival-Date: Tue, 10 Sep 2024 10:00:58 +0900

Final-Recipient: rfc822; legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <legal@dcinside.com>: Recipient address rejected: User unknown

--9F1A2C01B7.1725930061/mail.dcinside.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC 불법정보대응팀 <takedown@kcsc.example>
To: legal@dcinside.com
Subject: [KCSC-240910-04] 시정요구
Message-ID: <{MID[R4]}@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{our_request(R4, [D1, D2, D3, D4, D5])}

--9F1A2C01B7.1725930061/mail.dcinside.com--
""")

case(name="kakao-mdn-read", date=d(5, 14, 9),
     **{"from": "jiwoo.han@kakaocorp.com"}, name_from="한지우",
     subject="읽음: [KCSC-240905-02] 불법정보 시정요구",
     outcome="ignored", classification="read_receipt",
     imitates="MDN (multipart/report disposition-notification) from a Kakao staff mail client",
     why="read receipt",
     items={},
     raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="----=_MDN_240905_1409"

------=_MDN_240905_1409
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-02] 불법정보 시정요구"을(를) 2024-09-05 오후 2:09에 수신인이 읽었습니다.

------=_MDN_240905_1409
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakaowork Mail
Final-Recipient: rfc822; jiwoo.han@kakaocorp.com
Original-Message-ID: <{MID[R2]}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_240905_1409--
""")

case(name="band-ticket-receipt", date=d(11, 14, 2),
     **{"from": "noreply@band.us"}, name_from="BAND 고객센터",
     subject="[BAND 고객센터] 문의가 접수되었습니다 (Re: [KCSC-240911-05])", reply_to_req=MID[R5],
     outcome="ignored", classification="acknowledgement",
     imitates="ticket-system receipt with a 접수번호 and an answer-time promise",
     why="pure acknowledgement naming no item",
     items={},
     body="""
안녕하세요. BAND 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호: BND-240911-55821
 - 접수일시: 2024-09-11 14:02

담당자가 확인한 후 영업일 기준 3일 이내에 답변드리겠습니다.
추가 문의는 접수번호와 함께 이 메일에 회신해 주세요.

※ 본 메일은 발신 전용입니다.
""")

case(name="youtube-automated-receipt", date=d(9, 15, 31),
     **{"from": "youtube-legal-noreply@google.com"}, name_from="YouTube Legal Support",
     subject="[7-1234000012345] Your request has been received (KCSC-240909-03)",
     outcome="ignored", classification="acknowledgement",
     imitates="YouTube/Google legal webform automated confirmation of receipt",
     why="automated receipt with a ticket number; no item named",
     items={},
     body="""
Hello,

Thank you for your submission. This is an automated message to confirm that
we've received your request (your reference: KCSC-240909-03).

Our team will review it and reply to this email address. You don't need to
resubmit the request.

Reference number: 7-1234000012345

The YouTube Legal Team
""")

case(name="dc-outlook-auto-reply-echo", date=d(10, 10, 3),
     **{"from": "minseo.oh@dcinside.com"}, name_from="오민서",
     subject="자동 회신: [KCSC-240910-04] 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     outcome="ignored", classification="auto_reply",
     imitates="Outlook '자동 회신' out-of-office that echoes the original message below",
     why="auto-reply; the URLs are only in our echoed request",
     items=pend(D1, D3),
     body=f"""
안녕하세요. 오민서입니다.
9월 10일~9월 12일 외부 교육으로 메일 확인이 늦어질 수 있습니다.
급한 건은 cs@dcinside.com 으로 연락 부탁드립니다.

________________________________
보낸 사람: KCSC 불법정보대응팀 <takedown@kcsc.example>
보낸 날짜: 2024년 9월 10일 화요일 오전 10:00
받는 사람: 오민서 <minseo.oh@dcinside.com>
제목: [KCSC-240910-04] 시정요구

{our_request(R4, [D1, D2, D3, D4, D5])}
""")

case(name="googlemail-bounce", date=d(9, 15, 31, 40),
     **{"from": "mailer-daemon@googlemail.com"}, name_from="Mail Delivery Subsystem",
     subject="Delivery Status Notification (Failure)",
     outcome="ignored", classification="bounce",
     imitates="Gmail-style DSN 'Address not found' quoting the request text",
     why="bounce from a non-platform domain; ignored whoever sends it",
     items=pend(Y1, Y2, Y3),
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to legal-korea@youtube.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: [KCSC-240909-03] 콘텐츠 삭제 요청

{our_request(R3, [Y1, Y2, Y3], "아래 동영상에 대하여 삭제를 요청드립니다.")}

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Sep 2024 15:30:12 +0900

Final-Recipient: rfc822; legal-korea@youtube.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f60718--
""")


HEADER = """# Blind set 365 (Korean-language replies): written by tests/corpus/blind365/make.py.
# Expected results were written from each email's meaning alone, before the
# reader was run on it. Each case is ingested alone into a fresh ledger holding
# requests.csv. See NOTES.md.
"""


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, MID[ref] + "@kcsc.example", note])


def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded-words, as
    Korean mail systems send them."""
    for c in CASES:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, "blind365", HEADER, CASES)


if __name__ == "__main__":
    main()
