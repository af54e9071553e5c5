#!/usr/bin/env python3
"""Blind set 101 (Korean): NAVER, Kakao/Daum/Tistory, YouTube Korea,
DC Inside and BAND replies written in Korean (and a few in English).

    python3 tests/corpus/blind101/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, URLs and ids are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from email.header import Header
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --- requests -------------------------------------------------------------

YT_HANDLE_RAW = "https://www.youtube.com/@한빛시그널"
TS_ENTRY_RAW = "https://stonebridge-memo.tistory.com/entry/코인-리딩방-후기"
YT_HANDLE = quote(YT_HANDLE_RAW, safe=":/@")
TS_ENTRY = quote(TS_ENTRY_RAW, safe=":/@-")

N1 = "https://blog.naver.com/moonlit_cargo/223540118201"
N2 = "https://blog.naver.com/moonlit_cargo/223541907755"
N3 = "https://cafe.naver.com/greenbidmarket/88120"
N4 = "https://cafe.naver.com/greenbidmarket/88134"
N5 = "https://cafe.naver.com/pinehill2030/5012"
N6 = "https://blog.naver.com/sodam_notes/223538660412"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60217&docId=471209338"
N8 = "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=52011873"
N9 = "https://blog.naver.com/haneul_trade/223547002019"
N10 = "https://cafe.naver.com/pinehill2030/5040"
N11 = "https://tv.naver.com/v/58120334"
N12 = "https://blog.naver.com/sodam_notes/223539004418"
NAVER_ALL = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

K1 = "https://cafe.daum.net/bluefinch/Zx3a/1182"
K2 = "https://cafe.daum.net/bluefinch/Zx3a/1190"
K3 = TS_ENTRY
K4 = "https://cafe.daum.net/bluefinch/Zx3a/1204"

Y1 = "https://www.youtube.com/watch?v=kR7mQ2pLx9A"
Y2 = "https://www.youtube.com/shorts/Zp4vN8cQe1s"
Y3 = YT_HANDLE

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734"
D2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9183019"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402211"
D4 = "https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402388"
D5 = "https://gall.dcinside.com/mini/board/view/?id=moonhaze&no=1550"
DC_ALL = [D1, D2, D3, D4, D5]

B1 = "https://band.us/band/81234567/post/1207"
B2 = "https://band.us/band/81234567/post/1215"

S1 = "https://blog.naver.com/bitgaram_77/223550871234"
S2 = "https://cafe.daum.net/oldtownsale/Kp9d/77"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T14:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "불법금융", "리딩방 및 불법 대출 광고 게시물", NAVER_ALL),
    ("KCSC-240903-02", "kakao", "2024-09-03T10:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "불법금융", "Daum 카페 및 티스토리 게시물", [K1, K2, K3, K4]),
    ("KCSC-240904-03", "youtube", "2024-09-04T15:00:00+09:00", "2024-09-11T23:59:59+09:00",
     "사기", "투자 사기 홍보 영상 및 채널", [Y1, Y2, Y3]),
    ("KCSC-240905-04", "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "명예훼손", "갤러리 게시글", DC_ALL),
    ("KCSC-240906-05", "band", "2024-09-06T16:20:00+09:00", "2024-09-13T23:59:59+09:00",
     "불법금융", "밴드 게시글", [B1, B2]),
    ("KCSC-240909-06", "naver", "2024-09-09T09:40:00+09:00", "2024-09-16T23:59:59+09:00",
     "불법금융", "블로그 게시물 1건", [S1]),
    ("KCSC-240910-07", "kakao", "2024-09-10T13:10:00+09:00", "2024-09-17T23:59:59+09:00",
     "불법금융", "Daum 카페 게시물 1건", [S2]),
]


def req_id(ref):
    return "req." + ref


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, req_id(ref) + "@kcsc.example", note])


# --- MIME helpers ---------------------------------------------------------

def qp_plain(text):
    enc = quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")
    return ("Content-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + enc)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def b64_part(ctype, text):
    return ("Content-Type: %s; charset=utf-8\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, b64(text.strip("\n").encode("utf-8") + b"\n")))


def pending(urls):
    return {u: "pending" for u in urls}


OUR_REQ_QUOTE_DC = """\
From: KCSC Takedown <takedown@kcsc.example>
To: report@dcinside.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240905-04)
Date: Thu, 5 Sep 2024 11:00:00 +0900
Message-ID: <req.KCSC-240905-04@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

디시인사이드 담당자님께,

아래 게시글은 특정인에 대한 명예훼손 정보로 심의되었으므로 삭제를 요청합니다.

1. %s
2. %s
3. %s
4. %s
5. %s

방송통신심의위원회 통신심의국
""" % tuple(DC_ALL)

# --- cases ----------------------------------------------------------------

CASES = []


def case(**c):
    CASES.append(c)


# ============================ applied ======================================

case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Mon, 9 Sep 2024 17:42:10 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 조치결과 회신",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
수신: 방송통신심의위원회 통신심의국장
참조: 불법정보 시정요구 담당자
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 2024. 9. 2.자 귀 위원회의 시정요구(KCSC-240902-01)와 관련하여, 당사가
   대상 정보 12건을 확인하고 조치한 결과를 아래와 같이 회신합니다.

                               - 아   래 -

 연번 | 대상 URL | 조치결과 | 비고
 -----+----------+----------+------
  1 | https://blog.naver.com/moonlit_cargo/223540118201 | 삭제 |
  2 | https://blog.naver.com/moonlit_cargo/223541907755 | 삭제 |
  3 | https://cafe.naver.com/greenbidmarket/88120 | 임시조치 | 30일간 (정보통신망법 제44조의2)
  4 | https://cafe.naver.com/greenbidmarket/88134 | 삭제 |
  5 | https://cafe.naver.com/pinehill2030/5012 | 미조치 | 운영정책 위반 사항 확인되지 않음
  6 | https://blog.naver.com/sodam_notes/223538660412 | 삭제 |
  7 | https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60217&docId=471209338 | 해당없음 | 작성자 자진 삭제로 게시물 없음
  8 | https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=52011873 | 임시조치 | 30일간
  9 | https://blog.naver.com/haneul_trade/223547002019 | 삭제 |
 10 | https://cafe.naver.com/pinehill2030/5040 | 해당없음 | 존재하지 않는 게시물 번호
 11 | https://tv.naver.com/v/58120334 | 접근제한 | 국내 접속 차단
 12 | https://blog.naver.com/sodam_notes/223539004418 | 삭제 |

3. 위 5번 게시물은 회원 간 중고 거래 후기로서 불법 금융 정보가 포함되어 있지
   않아 당사 운영정책에 따라 게시를 유지함을 알려드립니다.  끝.

네이버 주식회사 정책지원팀장 (직인생략)
담당: 정책지원팀 한서윤 / policy@navercorp.com
""",
    outcome="applied", classification="confirmation",
    imitates="Korean 공문 (official letter) reply to a KCSC 시정요구 with a pipe-separated 조치결과 table",
    why="Trusted NAVER letter giving each of the 12 URLs its own result: 삭제, 임시조치, 미조치 with reason, 해당없음 (no such post), 접근제한.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "rejected",
           N6: "removed", N7: "not_found", N8: "restricted", N9: "removed", N10: "not_found",
           N11: "restricted", N12: "removed"},
)

case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date="Thu, 5 Sep 2024 10:05:44 +0900",
    subject="[NAVER] 시정요구 조치결과 통보 (KCSC-240902-01)",
    type="html",
    body="""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구(KCSC-240902-01) 대상 게시물 중 우선 처리된 5건의 조치결과를 아래와 같이 통보드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef5ee"><th>번호</th><th>게시물 주소</th><th>조치 내용</th><th>조치 일자</th></tr>
<tr><td>1</td><td><a href="https://blog.naver.com/moonlit_cargo/223540118201">https://blog.naver.com/moonlit_cargo/223540118201</a></td><td>게시중단</td><td>2024-09-04</td></tr>
<tr><td>2</td><td><a href="https://blog.naver.com/moonlit_cargo/223541907755">https://blog.naver.com/moonlit_cargo/223541907755</a></td><td>삭제</td><td>2024-09-04</td></tr>
<tr><td>3</td><td><a href="https://cafe.naver.com/greenbidmarket/88120">https://cafe.naver.com/greenbidmarket/88120</a></td><td>임시조치(30일)</td><td>2024-09-04</td></tr>
<tr><td>4</td><td><a href="https://cafe.naver.com/pinehill2030/5012">https://cafe.naver.com/pinehill2030/5012</a></td><td>조치 불가 (위반 소지 없음)</td><td>-</td></tr>
<tr><td>5</td><td><a href="https://kin.naver.com/qna/detail.naver?d1id=6&amp;dirId=60217&amp;docId=471209338">https://kin.naver.com/qna/detail.naver?d1id=6&amp;dirId=60217&amp;docId=471209338</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
</table>
<p>나머지 7건은 확인이 끝나는 대로 회신드리겠습니다.</p>
<p style="color:#888">네이버 게시물 운영정책: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
</body></html>
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 시정요구 조치결과 통보 as an HTML table (번호/게시물 주소/조치 내용/조치 일자)",
    why="HTML table row per URL: 게시중단 and 삭제 are removals, 임시조치 restricted, 조치 불가 (no violation) rejected, 게시물 없음 not_found; the policy link is not an item.",
    items={N1: "removed", N2: "removed", N3: "restricted", N5: "rejected", N7: "not_found"},
)

case(
    name="naver-prose-temporary-measure",
    **{"from": "naver_cs@navercorp.com"}, name_from="네이버 고객센터",
    date="Fri, 6 Sep 2024 15:20:03 +0900",
    subject="[네이버 고객센터] 요청하신 게시물 처리 결과 안내",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240902-01)과 관련하여 현재까지의
처리 결과를 안내드립니다.

블로그 게시물 https://blog.naver.com/sodam_notes/223538660412 와
https://blog.naver.com/sodam_notes/223539004418 는 정보통신망법 제44조의2에 따라
30일간 임시조치되었습니다.

지식iN 질문 https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60217&docId=471209338 은
작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.

나머지 게시물은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 다시
안내드리겠습니다.

감사합니다.
네이버 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 prose reply announcing 임시조치 under 정보통신망법 44조의2",
    why="Two blog posts under 30-day 임시조치 (restricted); the 지식iN question was deleted by its author (not_found); the rest are only 'being checked'.",
    items={N6: "restricted", N12: "restricted", N7: "not_found"},
)

CSV_RESULT = """\ufeff연번,URL,조치결과,조치일시,비고
1,https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=52011873,임시조치,2024-09-06 11:20,30일
2,https://blog.naver.com/haneul_trade/223547002019,삭제,2024-09-06 11:24,
3,https://cafe.naver.com/pinehill2030/5040,게시물 없음,-,존재하지 않는 글 번호
4,https://tv.naver.com/v/58120334,연령제한,2024-09-06 13:02,19세 이상 시청 가능으로 전환
"""

case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 6 Sep 2024 18:03:51 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) - 조치결과 첨부",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime="""
Content-Type: multipart/mixed; boundary="----=_NV_Part_9912"

------=_NV_Part_9912
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

요청하신 건(KCSC-240902-01) 중 포스트·블로그·카페·TV 게시물 4건의 조치 결과를
첨부 CSV 파일로 회신드립니다. 파일을 확인해 주시기 바랍니다.

감사합니다.

------=_NV_Part_9912
Content-Type: text/csv; charset=utf-8; name*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240902-01.csv
Content-Disposition: attachment; filename*=UTF-8''%EC%A1%B0%EC%B9%98%EA%B2%B0%EA%B3%BC_KCSC-240902-01.csv
Content-Transfer-Encoding: base64

""" + b64(CSV_RESULT.encode("utf-8")) + """

------=_NV_Part_9912--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal reply with an Excel-exported UTF-8 (BOM) CSV 조치결과 attachment",
    why="CSV rows: 임시조치 and 연령제한 are restrictions, 삭제 removed, 게시물 없음 not_found.",
    items={N8: "restricted", N9: "removed", N10: "not_found", N11: "restricted"},
)

case(
    name="naver-single-item-no-url",
    **{"from": "blog_help@navercorp.com"}, name_from="네이버 블로그 운영팀",
    date="Tue, 10 Sep 2024 16:11:29 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240909-06)",
    reply_to_req=req_id("KCSC-240909-06"),
    body="""
안녕하세요. 네이버 블로그 운영팀입니다.

요청하신 게시물은 확인 결과 불법 대출 광고로 블로그 운영정책을 위반하여
9월 10일 오후 삭제 조치하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Short NAVER blog-team reply to a one-item request, no URL repeated",
    why="The request has one item; an unhedged 삭제 조치하였습니다 about 'the requested post' applies to it.",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jiwoo.kang@navercorp.com"}, name_from="강지우",
    date="Thu, 5 Sep 2024 20:14:07 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요, 네이버 블로그 신고대응 담당 강지우입니다.

haneul_trade 블로그의 해당 글(https://blog.naver.com/haneul_trade/223547002019)은
9월 5일자로 비공개 처리했습니다. 나머지 주소는 정책지원팀에서 따로 회신드릴
예정입니다.

강지우 드림

2024년 9월 2일 (월) 오후 2:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
> 네이버 정책지원팀 귀중
>
> 아래 정보는 불법 금융 정보로 심의되었으므로 삭제 또는 접속차단을 요청합니다.
>
> 1. https://blog.naver.com/moonlit_cargo/223540118201
> 2. https://blog.naver.com/moonlit_cargo/223541907755
> 3. https://cafe.naver.com/greenbidmarket/88120
> 4. https://cafe.naver.com/greenbidmarket/88134
> 5. https://cafe.naver.com/pinehill2030/5012
> 6. https://blog.naver.com/sodam_notes/223538660412
> 7. https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60217&docId=471209338
> 8. https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=52011873
> 9. https://blog.naver.com/haneul_trade/223547002019
> 10. https://cafe.naver.com/pinehill2030/5040
> 11. https://tv.naver.com/v/58120334
> 12. https://blog.naver.com/sodam_notes/223539004418
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Individual staff reply from Gmail-style client (Korean attribution line) over the quoted request",
    why="Only the top text is a statement: one post 비공개 처리 (removed); the quoted list below is our own request.",
    items={N9: "removed"},
)

case(
    name="kakao-daum-blind-bullets",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Thu, 5 Sep 2024 13:48:22 +0900",
    subject="[Daum] 시정요구 처리 결과 안내 (KCSC-240903-02)",
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 Daum 카페 게시물에 대한 처리 결과를
아래와 같이 안내드립니다.

■ 처리 결과
 - https://cafe.daum.net/bluefinch/Zx3a/1182 : 블라인드 처리
 - https://cafe.daum.net/bluefinch/Zx3a/1190 : 블라인드 처리
 - https://cafe.daum.net/bluefinch/Zx3a/1204 : 게시글 없음 (카페 운영자가 이미 삭제함)

■ 티스토리 게시글은 티스토리 운영팀에서 별도로 회신드릴 예정입니다.

카카오는 관련 법령과 운영정책에 따라 게시물을 처리하고 있습니다.
운영정책 안내: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum/Kakao 권리침해신고센터 처리 결과 notice with ■ sections and dash bullets",
    why="블라인드 is a removal for two posts; the third was already deleted by the cafe operator before action (not_found); Tistory item only promised.",
    items={K1: "removed", K2: "removed", K4: "not_found"},
)

case(
    name="kakao-tistory-raw-korean-url",
    **{"from": "tistory@kakaocorp.com"}, name_from="티스토리",
    date="Fri, 6 Sep 2024 11:02:40 +0900",
    subject="[티스토리] 게시글 임시조치 안내",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""
안녕하세요, 티스토리입니다.

방송통신심의위원회의 요청에 따라 검토한 결과, 요청하신 티스토리 게시글
(https://stonebridge-memo.tistory.com/entry/코인-리딩방-후기)은 정보통신망법
제44조의2에 따라 30일간 임시조치되었음을 알려드립니다.

게시자가 복원을 요청하는 경우 관련 절차에 따라 다시 안내드리겠습니다.

티스토리 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory 임시조치 안내 mail with a raw Hangul entry slug URL followed by a particle",
    why="The raw Korean URL matches the percent-encoded item; 임시조치 is restricted; the author's possible restoration request is future, not a status.",
    items={K3: "restricted"},
)

case(
    name="kakao-one-item-all-removed",
    **{"from": "cafe_help@daum.net"}, name_from="Daum 카페",
    date="Wed, 11 Sep 2024 09:31:55 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240910-07)",
    body="""
안녕하세요. Daum 카페 운영팀입니다.

KCSC-240910-07 건으로 요청하신 게시물은 모두 삭제 처리되었습니다.
해당 카페에는 운영정책 위반에 따른 경고 조치도 함께 진행하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 운영팀 short reply quoting the request reference",
    why="'모두 삭제' for a request of one item: not a bulk statement, it applies to that item.",
    items={S2: "removed"},
)

case(
    name="kakao-rejected-with-reason-encoded-url",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 9 Sep 2024 14:27:18 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-02) 추가 회신",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.
요청 건에 대한 추가 검토 결과를 회신드립니다.

1. https://cafe.daum.net/bluefinch/Zx3a/1190
   - 운영정책(불법 금융 정보 게시) 위반으로 삭제하였습니다.

2. https://stonebridge-memo.tistory.com/entry/%EC%BD%94%EC%9D%B8-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0
   - 게시자 개인의 투자 경험을 적은 후기로, 불법 정보에 해당한다고 보기 어려워
     게시를 유지합니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 추가 회신 with numbered URLs and dash result lines, one refusal with reason",
    why="Cafe post deleted (removed); Tistory post kept up because it is not illegal (rejected). The closing 'send more material if you have it' is an offer, not a request for information.",
    items={K2: "removed", K3: "rejected"},
)

case(
    name="yt-legal-english-three-outcomes",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Mon, 9 Sep 2024 08:12:36 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-03) [ref:_00D1k2Mq._5007xKR44:ref]",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
Hello,

Thank you for your notice dated 4 September 2024 (your reference KCSC-240904-03).

After reviewing the content, we have taken the following action:

- https://www.youtube.com/watch?v=kR7mQ2pLx9A
  We have restricted access to this video in South Korea based on local law.

- https://www.youtube.com/shorts/Zp4vN8cQe1s
  This content has been removed for violating YouTube's Community Guidelines.

- https://www.youtube.com/@%ED%95%9C%EB%B9%9B%EC%8B%9C%EA%B7%B8%EB%84%90
  We reviewed this channel and did not find content that violates our policies
  or local law, so we are not taking action on it at this time.

For more information on how we handle government requests, please see
https://support.google.com/youtube/answer/7011123

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome email for a government removal request",
    why="Video geo-restricted in Korea (restricted), Short removed, channel reviewed and left up for lack of violation (rejected); help-centre link is no item.",
    items={Y1: "restricted", Y2: "removed", Y3: "rejected"},
)

case(
    name="yt-korean-url-then-result-below",
    **{"from": "youtube-kr-legal@google.com"}, name_from="YouTube 법무팀",
    date="Tue, 10 Sep 2024 10:40:00 +0900",
    subject="[YouTube] 방송통신심의위원회 요청 검토 결과",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
안녕하세요, YouTube 법무팀입니다.

방송통신심의위원회에서 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

https://www.youtube.com/watch?v=kR7mQ2pLx9A
→ 현지 법률에 따라 대한민국에서 해당 동영상에 대한 액세스를 제한했습니다.

https://www.youtube.com/shorts/Zp4vN8cQe1s
→ 연령 제한을 적용했습니다. 만 18세 미만 사용자와 로그아웃한 사용자는 시청할 수 없습니다.

감사합니다.
YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea legal team reply in Korean, URL line followed by an arrow result line",
    why="Korea-only access restriction and an age restriction: both restricted.",
    items={Y1: "restricted", Y2: "restricted"},
)

case(
    name="yt-korean-handle-channel-terminated",
    **{"from": "youtube-kr-legal@google.com"}, name_from="YouTube 법무팀",
    date="Wed, 11 Sep 2024 17:55:12 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-03)",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
안녕하세요.

추가로 검토한 결과를 알려드립니다.

https://www.youtube.com/@한빛시그널 채널은 스팸, 현혹 행위 및 사기에 관한 정책을
반복적으로 위반하여 해지되었습니다.

동영상 https://www.youtube.com/watch?v=kR7mQ2pLx9A 는 업로더가 이미 삭제하여 더 이상
YouTube에 존재하지 않습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Korea follow-up: channel termination and a video already deleted by its uploader",
    why="The raw Hangul handle URL matches the channel item: terminated (removed); the video no longer exists because its uploader deleted it (not_found).",
    items={Y3: "removed", Y1: "not_found"},
)

case(
    name="dc-operator-informal-arrows",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 6 Sep 2024 19:22:08 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    reply_to_req=req_id("KCSC-240905-04"),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
보내주신 시정요구 건 확인했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734 → 삭제
https://gall.dcinside.com/board/view/?id=stock_new2&no=9183019 → 삭제, 작성자 IP 7일 차단
https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402211 → 작성자가 이미 삭제한 글입니다

나머지 두 건은 갤러리 매니저 확인 후 다시 연락드릴게요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="Informal community-operator reply (DC Inside style) with 'URL → result' lines",
    why="Two posts deleted; the third was deleted by its author (not_found); the remaining two are only promised.",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-numbered-result-line-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드",
    date="Mon, 9 Sep 2024 11:37:45 +0900",
    subject="[디시인사이드] 신고 게시물 처리 결과 (KCSC-240905-04)",
    body="""
방송통신심의위원회 담당자님 안녕하세요.
디시인사이드 신고처리팀입니다. 마이너·미니 갤러리 게시물 처리 결과 알려드립니다.

1) https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402211
   - 처리: 삭제 및 작성자 IP 차단
2) https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402388
   - 처리: 삭제
3) https://gall.dcinside.com/mini/board/view/?id=moonhaze&no=1550
   - 처리: 확인 불가 (존재하지 않는 글번호)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Numbered list with the result on an indented line below each URL",
    why="Two deletions; the third URL points to a post number that does not exist (not_found).",
    items={D3: "removed", D4: "removed", D5: "not_found"},
)

case(
    name="dc-rejected-informal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 14:03:31 +0900",
    subject="RE: RE: [방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    reply_to_req=req_id("KCSC-240905-04"),
    body="""
안녕하세요 디시 운영팀입니다.

moonhaze 미니갤 1550번 글(https://gall.dcinside.com/mini/board/view/?id=moonhaze&no=1550)은
내용 확인해 봤는데 특정인 비방이나 불법 정보가 아니라서 삭제하지 않았습니다.

그리고 https://gall.dcinside.com/mgallery/board/view/?id=coincoin_fake&no=402388 은 삭제했습니다.

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Informal operator reply refusing one post with its reason and confirming another deletion",
    why="One post not deleted because it defames no one and is not illegal (rejected); the other deleted.",
    items={D5: "rejected", D4: "removed"},
)

case(
    name="band-statement-then-url-below",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Mon, 9 Sep 2024 10:15:09 +0900",
    subject="[BAND] 신고하신 게시글 처리 결과 안내",
    reply_to_req=req_id("KCSC-240906-05"),
    body="""
안녕하세요, BAND 고객센터입니다.
신고해 주신 게시글을 확인한 결과를 알려드립니다.

아래 게시글은 BAND 운영정책(불법 정보 게시) 위반으로 삭제되었습니다.
https://band.us/band/81234567/post/1207

아래 게시글은 밴드 리더가 이미 삭제하여 확인할 수 없습니다.
https://band.us/band/81234567/post/1215

BAND 운영정책: https://band.us/policy/rules
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND customer-centre result mail with each statement on the line above its URL",
    why="Statement line then URL line: first post deleted (removed), second already deleted by the band leader before review (not_found).",
    items={B1: "removed", B2: "not_found"},
)

case(
    name="band-english-support",
    **{"from": "support@band.us"}, name_from="BAND Support",
    date="Tue, 10 Sep 2024 22:41:57 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240906-05)",
    reply_to_req=req_id("KCSC-240906-05"),
    body="""
Dear KCSC team,

The post https://band.us/band/81234567/post/1215 has been deleted, and the member
who posted it has been suspended from the band.

Regarding post 1207, our team is still reviewing it and will get back to you.

Kind regards,
BAND Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="BAND (global) trust & safety reply in English",
    why="Post 1215 deleted (removed); post 1207 still under review, so pending.",
    items={B2: "removed", B1: "pending"},
)

case(
    name="naver-quoted-printable-cafe",
    **{"from": "cafe_policy@navercorp.com"}, name_from="네이버 카페",
    date="Wed, 4 Sep 2024 16:50:30 +0900",
    subject="[네이버 카페] 게시물 처리 결과 안내",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime=qp_plain("""
안녕하세요. 네이버 카페 운영팀입니다.
시정요구(KCSC-240902-01) 대상 중 카페 게시글 2건의 처리 결과입니다.

1. https://cafe.naver.com/greenbidmarket/88120
   정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
2. https://cafe.naver.com/greenbidmarket/88134
   카페 운영원칙 위반으로 삭제하였습니다.

감사합니다.
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team notice sent quoted-printable with an RFC 2047 encoded subject",
    why="After QP decoding: one cafe post under 임시조치 (restricted), one deleted (removed).",
    items={N3: "restricted", N4: "removed"},
)

HTML_B64 = """
<html><body>
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>KCSC-240902-01 건 중 아래 게시물의 확인 결과를 알려드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물</th><th>결과</th></tr></thead>
<tbody>
<tr><td>https://cafe.naver.com/pinehill2030/5040</td><td>존재하지 않는 게시물입니다</td></tr>
<tr><td>https://tv.naver.com/v/58120334</td><td>청소년 이용 제한 (19세 이상 시청 가능)</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>
"""

case(
    name="naver-base64-html-table",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sat, 7 Sep 2024 09:05:10 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    raw_mime="""
Content-Type: multipart/alternative; boundary="=_alt_7f31"

--=_alt_7f31
""" + b64_part("text/plain", """
안녕하세요. 네이버 정책지원팀입니다.
KCSC-240902-01 건 중 아래 게시물의 확인 결과를 알려드립니다.

https://cafe.naver.com/pinehill2030/5040	존재하지 않는 게시물입니다
https://tv.naver.com/v/58120334	청소년 이용 제한 (19세 이상 시청 가능)

감사합니다.
""") + """
--=_alt_7f31
""" + b64_part("text/html", HTML_B64) + """
--=_alt_7f31--
""",
    outcome="applied", classification="confirmation",
    imitates="Webmail multipart/alternative reply, both parts base64, HTML table of results",
    why="One cafe post does not exist (not_found); the NAVER TV clip was made adults-only (age restriction: restricted).",
    items={N10: "not_found", N11: "restricted"},
)

case(
    name="naver-receipt-plus-statements",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 09:58:47 +0900",
    subject="[NAVER] 시정요구 접수 및 1차 조치 안내 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구가 접수번호 NV-2409-118273 으로 접수되었습니다.

접수 즉시 검토하여 아래 게시물은 삭제하였습니다.
  - https://blog.naver.com/moonlit_cargo/223540118201
  - https://blog.naver.com/moonlit_cargo/223541907755

그 외 게시물은 검토 후 별도로 회신드리겠습니다.

네이버 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Receipt notice (접수번호) that also reports a first round of deletions",
    why="Not a pure acknowledgement: the heading sentence '아래 게시물은 삭제하였습니다' covers the two listed posts (removed).",
    items={N1: "removed", N2: "removed"},
)

case(
    name="naver-echoed-report-ticket",
    **{"from": "noreply_report@navercorp.com"}, name_from="네이버 신고센터",
    date="Wed, 4 Sep 2024 10:20:15 +0900",
    subject="[네이버 신고센터] 신고하신 게시물의 처리가 완료되었습니다",
    body="""
네이버 신고센터 처리 결과 안내

[신고 내용]
- 신고 유형: 불법 금융 정보
- 신고 URL: https://cafe.naver.com/pinehill2030/5012
- 신고 일시: 2024-09-02 14:00
- 신고자: 방송통신심의위원회 (KCSC-240902-01)

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 게시중단
- 처리 일시: 2024-09-04 10:17

본 메일은 발신 전용입니다. 문의는 네이버 고객센터(https://help.naver.com)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 ticket-system result mail echoing the report fields",
    why="The echoed report names one URL and the result block says 게시중단 (removed) for it.",
    items={N5: "removed"},
)

case(
    name="kakao-outlook-original-message",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 9 Sep 2024 18:30:02 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-02)",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.
요청하신 4건에 대한 최종 처리 결과를 회신드립니다.

https://cafe.daum.net/bluefinch/Zx3a/1182 삭제
https://cafe.daum.net/bluefinch/Zx3a/1190 삭제
https://stonebridge-memo.tistory.com/entry/코인-리딩방-후기 임시조치
https://cafe.daum.net/bluefinch/Zx3a/1204 게시물 없음

감사합니다.

-----Original Message-----
From: "KCSC Takedown"<takedown@kcsc.example>
To: <right@kakaocorp.com>
Sent: 2024-09-03 (화) 10:30:00 (GMT+09:00)
Subject: [방송통신심의위원회] 시정요구 (KCSC-240903-02)

카카오 권리침해신고센터 담당자님께,

아래 정보는 불법 금융 정보로 심의되었으므로 삭제를 요청합니다.

1. https://cafe.daum.net/bluefinch/Zx3a/1182
2. https://cafe.daum.net/bluefinch/Zx3a/1190
3. https://stonebridge-memo.tistory.com/entry/%EC%BD%94%EC%9D%B8-%EB%A6%AC%EB%94%A9%EB%B0%A9-%ED%9B%84%EA%B8%B0
4. https://cafe.daum.net/bluefinch/Zx3a/1204

방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook-style reply (Korean Daum/Kakao webmail header block) above -----Original Message-----",
    why="Top part gives each URL a result word after it; the Original Message block is our own request.",
    items={K1: "removed", K2: "removed", K3: "restricted", K4: "not_found"},
)

case(
    name="yt-gmail-quote-one-short",
    **{"from": "minji.yoon@google.com"}, name_from="Minji Yoon",
    date="Thu, 5 Sep 2024 19:04:44 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-03)",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
Hi,

Following up on your notice: the Short at https://www.youtube.com/shorts/Zp4vN8cQe1s
has been removed for violating our policy on spam, deceptive practices and scams.
We are still looking at the other two URLs and will reply separately.

Best,
Minji
YouTube Legal Support

On Wed, Sep 4, 2024 at 3:00 PM KCSC Takedown <takedown@kcsc.example> wrote:
> 안녕하십니까, 방송통신심의위원회입니다.
>
> 아래 정보의 삭제 또는 접속차단을 요청합니다.
> 1. https://www.youtube.com/watch?v=kR7mQ2pLx9A
> 2. https://www.youtube.com/shorts/Zp4vN8cQe1s
> 3. https://www.youtube.com/@한빛시그널
>
> 방송통신심의위원회 통신심의국
""",
    outcome="applied", classification="confirmation",
    imitates="Individual YouTube legal-support reply from Gmail over the quoted Korean request",
    why="Only the Short is stated removed; the other two are still being looked at and appear only in the quote.",
    items={Y2: "removed"},
)

case(
    name="naver-angle-brackets-fullwidth",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Sun, 8 Sep 2024 13:13:13 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 블로그 게시물 회신",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.
요청 건(KCSC-240902-01) 중 블로그 게시물 3건에 대해 회신드립니다.

・<https://blog.naver.com/moonlit_cargo/223540118201>：게시중단
・<https://blog.naver.com/sodam_notes/223538660412>：임시조치（30일）
・<https://blog.naver.com/sodam_notes/223539004418>：게시물 없음（작성자 삭제）

이상입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean office-document style bullets (・) with URLs in angle brackets and full-width colons/parentheses",
    why="게시중단 removed, 임시조치 restricted, 게시물 없음 (author deleted) not_found.",
    items={N1: "removed", N6: "restricted", N12: "not_found"},
)

case(
    name="dc-wrapped-url-in-angle-brackets",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 7 Sep 2024 10:48:26 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    reply_to_req=req_id("KCSC-240905-04"),
    body="""
안녕하세요. 디시인사이드 운영팀입니다.
주식 갤러리 게시글 아래 2건 삭제 완료했습니다.

<https://gall.dcinside.com/board/view/?id=stock_new2
&no=9182734>
<https://gall.dcinside.com/board/view/?id=stock_new2&no=9183019>

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Operator reply whose client hard-wrapped a long URL inside angle brackets",
    why="'아래 2건 삭제 완료' covers the two URLs below; the first is wrapped inside <...>, which RFC 3986 appendix C says to rejoin.",
    items={D1: "removed", D2: "removed"},
)

# ============================ review =======================================

case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 3 Sep 2024 17:20:00 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 중 https://blog.naver.com/moonlit_cargo/223540118201 및
https://blog.naver.com/moonlit_cargo/223541907755 는 내부 검토를 거쳐 이번 주 중
조치할 예정입니다. 조치가 완료되면 결과를 회신드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Interim reply promising action (조치할 예정입니다)",
    why="A promise names two items but states no status: both stay pending, a person should read it.",
    items=pending([N1, N2]),
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 4 Sep 2024 11:11:48 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-02)",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

말씀하신 카페 글(https://cafe.daum.net/bluefinch/Zx3a/1182)은 확인해 보니 이미
삭제된 것으로 보입니다. 정확한 삭제 경위는 카페 담당 부서 확인 후 다시
안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Hedged operator reply ('삭제된 것으로 보입니다')",
    why="'Appears to have been deleted' is a hedge, not a statement; the item stays pending.",
    items=pending([K1]),
)

case(
    name="naver-bulk-all-twelve",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Wed, 11 Sep 2024 09:00:31 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01) 조치 완료",
    reply_to_req=req_id("KCSC-240902-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01 건으로 요청하신 게시물 12건 모두 게시중단 조치를 완료하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="One-line 조치 완료 reply covering a whole request",
    why="One statement about all twelve items without naming any: bulk, items stay pending until a person confirms.",
    items=pending(NAVER_ALL),
)

case(
    name="dc-bulk-all-deleted-informal",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 12 Sep 2024 16:44:19 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    reply_to_req=req_id("KCSC-240905-04"),
    body="""
안녕하세요 디시 운영팀입니다.
보내주신 글 5개 전부 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="bulk",
    imitates="Very short informal operator reply ('전부 삭제했습니다')",
    why="All five items of the request at once, none named: bulk.",
    items=pending(DC_ALL),
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    auth="fail",
    date="Wed, 4 Sep 2024 02:17:40 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

아래 게시물은 삭제 완료되었습니다.
https://blog.naver.com/moonlit_cargo/223540118201
https://cafe.naver.com/greenbidmarket/88120

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="Reply in NAVER's name whose DKIM/SPF/DMARC all fail",
    why="Claims deletions but fails authentication for navercorp.com: not trusted, items stay pending.",
    items=pending([N1, N3]),
)

case(
    name="unknown-monitoring-vendor",
    **{"from": "cs@cleanweb-monitor.co.kr"}, name_from="클린웹모니터 고객지원",
    date="Thu, 5 Sep 2024 12:40:00 +0900",
    subject="[클린웹모니터] 네이버 카페 게시물 조치 완료 보고 (KCSC-240902-01)",
    body="""
안녕하세요. 네이버 카페 모니터링 위탁 협력사 클린웹모니터입니다.

방송통신심의위원회 요청 건(KCSC-240902-01) 중 아래 게시물 삭제 완료를 보고드립니다.
 - https://cafe.naver.com/greenbidmarket/88120
 - https://cafe.naver.com/greenbidmarket/88134

문의사항은 본 메일로 회신 주시기 바랍니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Outsourced moderation vendor reporting on a portal's behalf",
    why="Sender domain belongs to no configured platform although it names our request and two URLs.",
    items=pending([N3, N4]),
)

case(
    name="daum-cafe-manager-gmail",
    **{"from": "bluefinch.manager@gmail.com"}, name_from="블루핀치 카페매니저",
    date="Wed, 4 Sep 2024 21:05:33 +0900",
    subject="카페 글 삭제했습니다",
    body="""
안녕하세요
다음 블루핀치 카페 매니저입니다. 카카오에서 연락받고 메일 드려요.

https://cafe.daum.net/bluefinch/Zx3a/1182
https://cafe.daum.net/bluefinch/Zx3a/1190

이 두 글 제가 방금 지웠습니다. 앞으로 이런 글 안 올라오게 관리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="Daum cafe manager (a user) writing from a personal Gmail account",
    why="A cafe manager is not the platform; gmail.com is no platform domain.",
    items=pending([K1, K2]),
)

case(
    name="naver-states-band-items",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Tue, 10 Sep 2024 11:50:12 +0900",
    subject="BAND 게시글 처리 결과 전달",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

위원회에서 BAND로 보내신 요청(KCSC-240906-05)과 관련하여, 아래 게시글은
BAND 운영팀에서 삭제하였음을 대신 전달드립니다.

https://band.us/band/81234567/post/1207

BAND 관련 문의는 help@band.us 로 부탁드립니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Parent-company relay: NAVER's policy team passing on a BAND result",
    why="A trusted NAVER email states a status for a BAND item; BAND's own sender domain is band.us, so a person must decide.",
    items=pending([B1]),
)

case(
    name="yt-promise-and-under-review",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Fri, 6 Sep 2024 07:33:21 +0900",
    subject="Re: [방송통신심의위원회] 시정요구 (KCSC-240904-03)",
    reply_to_req=req_id("KCSC-240904-03"),
    body="""
Hello,

Thanks for your patience. An update on your request:

https://www.youtube.com/watch?v=kR7mQ2pLx9A will be restricted in South Korea once the
uploader's 7-day response window has closed, unless they provide a valid counter notice.

https://www.youtube.com/shorts/Zp4vN8cQe1s is currently under review by our policy team.

We will follow up once we have a final decision.

The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube legal interim update: conditional future restriction and 'under review'",
    why="A conditional promise and an 'under review' are no statements: both items stay pending.",
    items=pending([Y1, Y2]),
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"}, name_from="네이버 정책지원팀",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject="[NAVER] 시정요구 회신 담당 부서 및 연락처 변경 안내",
    body="""
방송통신심의위원회 담당자님께,

10월 1일부터 네이버의 시정요구 접수 및 회신 업무는 정책지원팀에서
트러스트앤세이프티실로 이관됩니다. 이관 이후에도 기존 주소
(policy@navercorp.com)로 보내주시는 요청은 자동으로 전달됩니다.

업무 처리에 참고 부탁드립니다.

네이버 주식회사 정책지원팀
""",
    outcome="review", review="no_claims",
    imitates="Administrative notice from a platform's policy desk (contact change)",
    why="Trusted NAVER mail that names no item and no request: nothing to apply, no acknowledgement either.",
    items={},
)

case(
    name="kakao-asks-legal-basis",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 4 Sep 2024 15:36:50 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240903-02) 관련 자료 요청",
    reply_to_req=req_id("KCSC-240903-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240903-02 건의 검토를 위해 아래 자료를 추가로 보내주시기 바랍니다.

 1. 시정요구의 근거 법령 및 조항
 2. 통신심의소위원회 의결서 사본
 3. 티스토리 게시글의 경우 불법성이 인정된 부분의 캡처 화면

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Platform asking the regulator for the legal basis and the decision document",
    why="A request for documents, no item statement: a person must answer it.",
    items={},
)

case(
    name="dc-conditional-author-deadline",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 6 Sep 2024 09:12:03 +0900",
    subject="RE: [방송통신심의위원회] 시정요구 (KCSC-240905-04)",
    reply_to_req=req_id("KCSC-240905-04"),
    body="""
안녕하세요 디시인사이드 운영팀입니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9182734 글은 작성자에게 자진 삭제를
요청해 두었습니다. 24시간 안에 작성자가 지우지 않으면 저희 쪽에서 삭제하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="Operator reply with a conditional future deletion",
    why="Conditional and future ('지우지 않으면 삭제하겠습니다'): the item stays pending.",
    items=pending([D1]),
)

# ============================ ignored ======================================

case(
    name="naver-out-of-office-korean",
    **{"from": "seoyun.han@navercorp.com"}, name_from="한서윤",
    date="Mon, 2 Sep 2024 14:00:41 +0900",
    subject="[자동응답] 부재중입니다: [방송통신심의위원회] 시정요구 (KCSC-240902-01)",
    reply_to_req=req_id("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한서윤입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
시정요구 관련 급한 업무는 정책지원팀 공용 주소(policy@navercorp.com)로
보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply ([자동응답] 부재중) with Auto-Submitted header",
    why="Auto-reply: nothing about items.",
    items={},
)

case(
    name="dcinside-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx1.dcinside.com"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 5 Sep 2024 11:00:09 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="B6C1E2.1725501609/mx1.dcinside.com"

--B6C1E2.1725501609/mx1.dcinside.com
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@dcinside.com>: unknown user: "legal"

--B6C1E2.1725501609/mx1.dcinside.com
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Thu,  5 Sep 2024 11:00:05 +0900 (KST)

Final-Recipient: rfc822; legal@dcinside.com
Original-Recipient: rfc822;legal@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "legal"

--B6C1E2.1725501609/mx1.dcinside.com
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

""" + OUR_REQ_QUOTE_DC.replace("To: report@dcinside.com", "To: legal@dcinside.com") + """
--B6C1E2.1725501609/mx1.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (5.1.1 unknown user) returning our request with its URLs",
    why="A bounce: the URLs are those of our own returned request.",
    items={},
)

case(
    name="kakao-mdn-read",
    **{"from": "jh.moon@kakaocorp.com"}, name_from="문재혁",
    date="Tue, 3 Sep 2024 13:27:05 +0900",
    subject="읽음: [방송통신심의위원회] 시정요구 (KCSC-240903-02)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4c2a"

--mdn-4c2a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

2024-09-03 (화) 10:30에 보낸 메시지 "[방송통신심의위원회] 시정요구 (KCSC-240903-02)"를
받는 사람이 2024-09-03 (화) 13:27에 읽었습니다.

--mdn-4c2a
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; KakaoWork Mail
Final-Recipient: rfc822; jh.moon@kakaocorp.com
Original-Message-ID: <req.KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4c2a--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음:) as an RFC 8098 MDN",
    why="A read receipt says nothing about items.",
    items={},
)

case(
    name="band-ticket-receipt",
    **{"from": "help@band.us"}, name_from="BAND 고객센터",
    date="Fri, 6 Sep 2024 16:21:30 +0900",
    subject="[BAND] 문의가 접수되었습니다 (접수번호 B-240906-5521)",
    reply_to_req=req_id("KCSC-240906-05"),
    body="""
안녕하세요, BAND 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.
  - 접수번호: B-240906-5521
  - 접수일시: 2024-09-06 16:21

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Help-desk ticket receipt (접수번호) sent automatically on arrival",
    why="Pure receipt with a ticket number; no statement about any item.",
    items={},
)

case(
    name="yt-legal-auto-ack",
    **{"from": "legal-noreply@google.com"}, name_from="YouTube Legal Support",
    date="Wed, 4 Sep 2024 15:01:12 +0900",
    subject="[ref:_00D1k2Mq._5007xKR44:ref] We've received your request",
    reply_to_req=req_id("KCSC-240904-03"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting YouTube Legal Support. We have received your request and
a member of our team will review it. Please do not reply to this message; if you
need to add information, use the reference number in the subject line.

Sincerely,
The YouTube Legal Team
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube/Google legal support automatic case receipt",
    why="Automatic acknowledgement, no item named, nothing stated.",
    items={},
)

case(
    name="relay-dsn-delayed-naver",
    **{"from": "MAILER-DAEMON@relay.gov-mail.example"}, name_from="Mail Delivery Subsystem",
    auth="none",
    date="Mon, 9 Sep 2024 13:40:11 +0900",
    subject="Delivery Status Notification (Delay)",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dly-0909-8812"

--dly-0909-8812
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     policy@navercorp.com

Message will be retried for 4 more day(s).

--dly-0909-8812
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.gov-mail.example

Final-Recipient: rfc822; policy@navercorp.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Fri, 13 Sep 2024 09:40:00 +0900

--dly-0909-8812
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 (KCSC-240909-06)
Message-ID: <req.KCSC-240909-06@kcsc.example>
Date: Mon, 9 Sep 2024 09:40:00 +0900

--dly-0909-8812--
""",
    outcome="ignored", classification="bounce",
    imitates="Relay MTA delay warning DSN (Action: delayed, 4.4.7)",
    why="A delivery delay notice: ignored whoever sent it.",
    items={},
)

case(
    name="naver-helpdesk-receipt",
    **{"from": "help_noreply@navercorp.com"}, name_from="네이버 고객센터",
    date="Mon, 9 Sep 2024 09:41:02 +0900",
    subject="[네이버 고객센터] 문의 접수 완료 안내",
    reply_to_req=req_id("KCSC-240909-06"),
    body="""
안녕하세요. 네이버 고객센터입니다.

고객님의 문의가 접수되었습니다.

접수번호: 2409090941-77120
문의 분류: 신고 > 불법·유해 게시물

문의하신 내용은 순차적으로 확인 후 답변드리겠습니다.
답변은 네이버 고객센터 > 내 문의내역(https://help.naver.com/myInquiry)에서도
확인하실 수 있습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt with a link to the inquiry history page",
    why="Pure receipt; the help-centre link is not an item.",
    items={},
)


HEADER = """\
# Blind set 101 (Korean portals and communities): written from each email's
# meaning before any run of the reader. Generated by make.py; do not edit.
"""

def encode_headers(cases):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail clients send them."""
    for c in cases:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v is not None and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


if __name__ == "__main__":
    write_requests()
    encode_headers(CASES)
    corpuslib.write_set(HERE, "blind101", HEADER, CASES)
    print("%d cases" % len(CASES))
