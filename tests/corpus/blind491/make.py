#!/usr/bin/env python3
"""Blind set 491: Korean-language replies (NAVER, Kakao/Daum/Tistory/Brunch,
YouTube Korea, DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices,
시정요구 result tables, informal operator replies, receipts, auto-replies,
bounces and read receipts.

    python3 tests/corpus/blind491/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Expected
results were written from each email's meaning before any run of the reader.
All names, ids and URLs are fictional.
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


def enc(s):
    """RFC 2047 encoded subject, as Korean mail clients send it."""
    return Header(s, "utf-8").encode()


def pct(raw):
    return quote(raw, safe=":/?&=@%~")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240902-01", "KCSC-240903-02", "KCSC-240905-03", "KCSC-240906-04",
    "KCSC-240909-05", "KCSC-240910-06", "KCSC-240911-07",
)

N1 = "https://blog.naver.com/lucky_jinu77/223561204811"
N2 = "https://blog.naver.com/lucky_jinu77/223561209930"
N3 = "https://blog.naver.com/haru_bet_tips/223559871002"
N4 = "https://cafe.naver.com/toto7979/15520"
N5 = "https://cafe.naver.com/toto7979/15527"
N6 = "https://cafe.naver.com/toto7979/15531"
N7 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40501&docId=471120385"
N8 = "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40501&docId=471125902"
N9 = "https://blog.naver.com/moonbridge_kr/223560004417"
N10 = "https://post.naver.com/viewer/postView.naver?volumeNo=38412277&memberNo=59120341"
N11 = "https://cafe.naver.com/sportsinfo2024/88214"
N12 = "https://blog.naver.com/sportsinfo_desk/223562118703"
N13 = "https://tv.naver.com/v/58120447"
N14 = "https://blog.naver.com/bluewave_casino/223563370519"
NAVER_BIG = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12, N13, N14]

K1 = "https://cafe.daum.net/iceroad22/Zx9P/311"
K2 = "https://cafe.daum.net/iceroad22/Zx9P/316"
K3_RAW = "https://nightpost.tistory.com/entry/연락처-안내"
K3 = pct(K3_RAW)
K4_RAW = "https://nightpost.tistory.com/entry/배송-문의"
K4 = pct(K4_RAW)
K5 = "https://brunch.co.kr/@seoyeon_k/57"
KAKAO = [K1, K2, K3, K4, K5]

Y1 = "https://www.youtube.com/watch?v=Qm7rT2xLp4A"
Y2 = "https://www.youtube.com/watch?v=bN8vKc1ZsE0"
Y3 = "https://www.youtube.com/shorts/Hf3wPq9Ud2c"
Y4 = "https://www.youtube.com/@gangnam_leaks_tv"
YT = [Y1, Y2, Y3, Y4]

D1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9920141"
D2 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbuzz&no=301877"
D3 = "https://gall.dcinside.com/mgallery/board/view/?id=coinbuzz&no=301902"
DC = [D1, D2, D3]

B1 = "https://band.us/band/86120455/post/2214"
B2 = "https://band.us/band/86120455/post/2231"
BAND = [B1, B2]

S1 = "https://blog.naver.com/mirae_pharm/223570018842"

T1_RAW = "https://dal-bit.tistory.com/entry/이벤트-당첨자-명단"
T1 = pct(T1_RAW)

REQUESTS = [
    (R1, "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", NAVER_BIG,
     "gambling", 'NAVER blog, cafe, kin, post and TV; "토토" promotion, 14 URLs'),
    (R2, "kakao", "2024-09-03T11:30:00+09:00", "2024-09-10T18:00:00+09:00", KAKAO,
     "drugs", "Daum cafe, Tistory and Brunch posts, one seller"),
    (R3, "youtube", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", YT,
     "privacy", "videos, one Short and the channel itself"),
    (R4, "dcinside", "2024-09-06T14:00:00+09:00", "2024-09-13T18:00:00+09:00", DC,
     "defamation", "gallery posts (main and minor galleries)"),
    (R5, "band", "2024-09-09T10:20:00+09:00", "2024-09-16T18:00:00+09:00", BAND,
     "fraud", "posts in one public band"),
    (R6, "naver", "2024-09-10T16:00:00+09:00", "2024-09-17T18:00:00+09:00", [S1],
     "drugs", "single blog post"),
    (R7, "kakao", "2024-09-11T09:00:00+09:00", "2024-09-18T18:00:00+09:00", [T1],
     "privacy", "Tistory post listing names, phone numbers"),
]
SUBJECT_OF = {
    R1: "불법 도박 홍보 정보", R2: "마약류 매매 정보", R3: "개인정보 침해 정보",
    R4: "명예훼손 정보", R5: "사기 정보", R6: "의약품 불법 판매 정보",
    R7: "개인정보 노출 정보",
}
SENT_KO = {
    R1: "2024년 9월 2일 (월) 오전 10:00", R2: "2024년 9월 3일 (화) 오전 11:30",
    R3: "2024년 9월 5일 (목) 오전 9:40", R4: "2024년 9월 6일 (금) 오후 2:00",
    R5: "2024년 9월 9일 (월) 오전 10:20",
}


def mid(ref):
    return f"request.{ref}.1"


def req_of(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r
    raise KeyError(ref)


def request_body(ref):
    """The regulator's own request text (as it appears when quoted)."""
    r = req_of(ref)
    lines = [
        "방송통신심의위원회 통신심의국입니다.",
        "",
        f"아래 정보는 {SUBJECT_OF[ref]}로 심의 의결되어 정보통신망법 제44조의7에 따라",
        f"시정요구(삭제)합니다. 문서번호 {ref}, 조치기한 {r[3][:10]}.",
        "",
    ]
    for i, u in enumerate(r[4], 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 후 결과를 회신하여 주시기 바랍니다.", "방송통신심의위원회 드림"]
    return "\n".join(lines)


def quoted(ref, style="gmail"):
    body = request_body(ref)
    if style == "gmail":
        head = f"{SENT_KO[ref]}, KCSC 시정요구 <takedown@kcsc.example>님이 작성:"
        return head + "\n" + "\n".join("> " + l if l else ">" for l in body.split("\n"))
    if style == "outlook":
        r = req_of(ref)
        return (
            "-----Original Message-----\n"
            "From: KCSC 시정요구 <takedown@kcsc.example>\n"
            f"Sent: {r[2][:10]} {r[2][11:16]}\n"
            "To: policy@navercorp.com\n"
            f"Subject: [{ref}] 시정요구 ({SUBJECT_OF[ref]})\n\n" + body
        )
    raise ValueError(style)


HELP_NAVER = "https://help.naver.com/service/5616/contents/19771"
HELP_KAKAO = "https://cs.kakao.com/helps?service=52&category=166"
YT_POLICY = "https://support.google.com/youtube/answer/2802027"
YT_LEGAL_FORM = "https://support.google.com/legal/answer/3110420"

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================================================== applied: NAVER
case(
    name="naver-gongmun-text-table",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Wed, 04 Sep 2024 16:20:11 +0900",
    subject=enc(f"[회신] 시정요구({R1})에 대한 조치결과 회신"),
    reply_to_req=mid(R1),
    body=f"""
네이버 주식회사

수신  방송통신심의위원회 위원장 (경유: 통신심의국)
제목  시정요구({R1})에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 관련: 방송통신심의위원회 시정요구 {R1} (2024. 9. 2.)
3. 위 호와 관련하여 당사가 운영하는 서비스 내 해당 정보에 대하여 아래와
   같이 조치하였음을 회신합니다.

                              - 아    래 -

 연번  URL                                                 조치결과
 ----  --------------------------------------------------  ----------------------
 1     {N1}    게시중단(삭제)
 2     {N2}    게시중단(삭제)
 3     {N3}   임시조치(30일 접근 차단)
 4     {N4}               카페 게시글 삭제
 5     {N5}               게시물 없음(작성자 삭제)
 6     {N6}               위반사항 없음, 게시 유지

4. 연번 7~14에 대하여는 검토를 마치는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원실
담당 김서윤 / policy@navercorp.com
""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal 공문-style 시정요구 조치결과 회신 with a fixed-width text table",
    why="six numbered rows, each with its own result; rows 7-14 only promised",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed",
           N5: "not_found", N6: "rejected"},
)

case(
    name="naver-html-result-table",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 11:02:45 +0900",
    subject=enc(f"{R1} 조치결과 안내 (지식iN·포스트·카페·블로그)"),
    reply_to_req=mid(R1),
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 정책지원팀입니다.</p>
<p>방송통신심의위원회 시정요구 <b>{R1}</b> 건 중 아래 게시물의 조치결과를 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>연번</th><th>대상 URL</th><th>서비스</th><th>조치결과</th></tr>
<tr><td>7</td><td><a href="{N7.replace('&', '&amp;')}">{N7.replace('&', '&amp;')}</a></td><td>지식iN</td><td>블라인드</td></tr>
<tr><td>8</td><td><a href="{N8.replace('&', '&amp;')}">{N8.replace('&', '&amp;')}</a></td><td>지식iN</td><td>비공개 처리</td></tr>
<tr><td>9</td><td><a href="{N9}">{N9}</a></td><td>블로그</td><td>삭제</td></tr>
<tr><td>10</td><td><a href="{N10.replace('&', '&amp;')}">{N10.replace('&', '&amp;')}</a></td><td>포스트</td><td>운영정책 위반 아님(게시 유지)</td></tr>
<tr><td>11</td><td><a href="{N11}">{N11}</a></td><td>카페</td><td>존재하지 않는 게시물</td></tr>
<tr><td>12</td><td><a href="{N12}">{N12}</a></td><td>블로그</td><td>임시조치</td></tr>
</table>
<p>조치결과에 대한 문의는 <a href="{HELP_NAVER}">네이버 고객센터</a>를 이용해 주시기 바랍니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER policy-team HTML result table (블라인드 / 비공개 / 유지 / 게시물 없음)",
    why="HTML table, one result per row; the help-centre link is not an item",
    items={N7: "removed", N8: "removed", N9: "removed", N10: "rejected",
           N11: "not_found", N12: "restricted"},
)

_csv_rows = [
    ["연번", "URL", "조치결과", "조치일시"],
    ["9", N9, "삭제", "2024-09-05 14:10"],
    ["10", N10, "삭제", "2024-09-05 14:12"],
    ["12", N12, "블라인드", "2024-09-05 14:20"],
    ["13", N13, "비공개 처리", "2024-09-05 14:31"],
    ["14", N14, "청소년 접근 제한(성인인증 필요)", "2024-09-05 14:40"],
]
_buf = io.StringIO()
csv.writer(_buf, lineterminator="\r\n").writerows(_csv_rows)
_csv_bytes = "\ufeff".encode("utf-8") + _buf.getvalue().encode("utf-8")
case(
    name="naver-csv-attachment",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 15:03:19 +0900",
    subject=enc(f"[NAVER] {R1} 조치결과 (첨부)"),
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="=_naver_b491_csv"

--=_naver_b491_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 정책지원실입니다.

시정요구 {R1} 건 중 조치가 완료된 게시물의 결과를 첨부 파일(CSV)로
회신드립니다. 첨부 파일의 '조치결과' 열을 확인해 주시기 바랍니다.

감사합니다.

--=_naver_b491_csv
Content-Type: text/csv; charset=utf-8; name="result_{R1}.csv"
Content-Disposition: attachment; filename="result_{R1}.csv"
Content-Transfer-Encoding: base64

{b64(_csv_bytes)}
--=_naver_b491_csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (UTF-8 with BOM) under a short cover note",
    why="the CSV's 조치결과 column states each row; 청소년 접근 제한 is an age restriction",
    items={N9: "removed", N10: "removed", N12: "removed", N13: "removed",
           N14: "restricted"},
)

case(
    name="naver-single-blind-prose",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER",
    date="Wed, 11 Sep 2024 10:41:00 +0900",
    subject=enc(f"RE: [{R6}] 시정요구 (의약품 불법 판매 정보)"),
    reply_to_req=mid(R6),
    body=f"""
안녕하세요, 네이버입니다.

요청하신 블로그 게시물（{S1}）은(는)
약사법 위반 정보로 확인되어 2024년 9월 11일 블라인드 처리되었음을 알려드립니다.
작성자에게는 운영정책에 따른 이용제한 안내가 함께 발송되었습니다.

감사합니다.
네이버 블로그 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER blog 블라인드 처리 notice in prose, URL in full-width parentheses",
    why="the one requested URL is named and stated 블라인드 (removed)",
    items={S1: "removed"},
)

case(
    name="naver-single-ref-no-url",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Thu, 12 Sep 2024 09:15:30 +0900",
    subject=enc(f"[조치완료] {R6}"),
    reply_to_req=mid(R6),
    body=f"""
방송통신심의위원회 담당자님께

귀 위원회의 시정요구 {R6} 건과 관련하여, 해당 블로그 게시물은
2024. 9. 11.자로 삭제 조치를 완료하였습니다.

네이버 주식회사 정책지원실 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="short 조치완료 reply that cites the 문서번호 but not the URL",
    why="request of one item, cited by its reference and thread; the one post is stated deleted",
    items={S1: "removed"},
)

case(
    name="naver-top-posted-gmail-quote",
    **{"from": "tvpolicy@navercorp.com"},
    name_from="NAVER TV 운영",
    date="Fri, 06 Sep 2024 17:48:02 +0900",
    subject=enc(f"Re: [{R1}] 시정요구 (불법 도박 홍보 정보)"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버TV 운영 담당자입니다.

요청 목록 중 네이버TV 영상({N13})은 서비스 운영정책에 따라
비공개 처리하였습니다. 블로그·카페 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.

감사합니다.

{quoted(R1, "gmail")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="top-posted operator reply over a Gmail-style Korean quote (…님이 작성:)",
    why="only the TV video is stated (비공개 = removed); the quoted request below is our own text",
    items={N13: "removed"},
)

case(
    name="naver-outlook-original-message",
    **{"from": "blogpolicy@navercorp.com"},
    name_from="네이버 블로그 정책",
    date="Fri, 06 Sep 2024 10:05:57 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 (불법 도박 홍보 정보)"),
    reply_to_req=mid(R1),
    body=f"""
담당자님 안녕하세요.

아래 두 게시물 게시중단 조치 완료했습니다.
- {N1}
- {N2}

블로그 정책 담당 이도현 드림

{quoted(R1, "outlook")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook reply above '-----Original Message-----' with the whole request unquoted below",
    why="two URLs in the reply are stated 게시중단; the request text below the separator is ours",
    items={N1: "removed", N2: "removed"},
)

_qp_text = f"""안녕하세요. 네이버 카페 운영팀입니다.

방송통신심의위원회 시정요구 {R1} 건 중 카페 게시글 3건에 대하여
정보통신망법에 따른 임시조치(30일간 접근 차단)를 하였습니다.

 · {N4} : 임시조치
 · {N5} : 임시조치
 · {N6} : 임시조치

임시조치 기간 중 게시자의 재게시 요청이 접수될 경우 별도로 안내드리겠습니다.

네이버 카페 운영팀
"""
case(
    name="naver-qp-imsijochi-list",
    **{"from": "cafe_ops@naver.com"},
    name_from="네이버 카페",
    date="Sat, 07 Sep 2024 13:22:40 +0900",
    subject=enc("[네이버 카페] 게시물 임시조치 결과 안내"),
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(_qp_text)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe 임시조치 결과 안내, quoted-printable body",
    why="three cafe posts each marked 임시조치 (30-day access block) = restricted",
    items={N4: "restricted", N5: "restricted", N6: "restricted"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "noreply@naver.com"},
    name_from="네이버 고객센터",
    date="Mon, 09 Sep 2024 08:30:12 +0900",
    subject=enc("[네이버 고객센터] 신고하신 게시물의 처리 결과를 알려드립니다"),
    body=f"""
네이버 고객센터입니다. 신고하신 내용의 처리 현황을 알려드립니다.

■ 신고 내역
  - 신고번호 : RPT-20240902-7731945
  - 신고자 : 방송통신심의위원회 (KCSC)
  - 관련 문서 : {R1}
  - 신고 사유 : 불법 도박 홍보

■ 처리 현황
  [1] 신고 URL : {N11}
      처리 상태 : 처리 완료 (게시물 삭제)
  [2] 신고 URL : {N12}
      처리 상태 : 검토 중

처리 결과에 대한 자세한 기준은 {HELP_NAVER} 에서 확인하실 수 있습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre report-status mail echoing the report form",
    why="[1] stated deleted; [2] only '검토 중' (under review) so it stays pending",
    items={N11: "removed", N12: "pending"},
)

case(
    name="naver-kin-wrapped-angle-urls",
    **{"from": "kin_policy@navercorp.com"},
    name_from="네이버 지식iN",
    date="Mon, 09 Sep 2024 14:55:03 +0900",
    subject=enc(f"Re: [{R1}] 지식iN 게시물 조치 결과"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 지식iN 운영 담당입니다.

요청 목록의 지식iN 질문 2건은 다음과 같이 처리되었습니다.

1) <https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40501&
   docId=471120385>
   질문 및 답변 전체 삭제

2) <https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40501&
   docId=471125902>
   비노출(블라인드) 처리

지식iN 운영 담당 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="operator reply with long URLs wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="each wrapped URL is followed by its result: 삭제, 비노출(블라인드) = removed",
    items={N7: "removed", N8: "removed"},
)

# ======================================================== applied: Kakao
case(
    name="kakao-imsijochi-notice",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    date="Wed, 04 Sep 2024 09:12:00 +0900",
    subject=enc(f"[카카오] 게시물 임시조치 안내 ({R2})"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

귀 위원회에서 요청하신 Daum 카페 게시물에 대하여 정보통신망 이용촉진 및
정보보호 등에 관한 법률 제44조의2 제4항에 따라 임시조치(30일간 해당 게시물에
대한 접근 차단)를 하였음을 알려드립니다.

대상 게시물
 - {K1}
 - {K2}

임시조치 기간이 지난 후의 처리는 관련 기관의 결정 또는 당사자 간 합의에 따릅니다.
자세한 내용은 {HELP_KAKAO} 를 참고해 주세요.

카카오 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치(30일 접근 차단) 안내",
    why="two listed posts under one unhedged 임시조치 sentence = restricted",
    items={K1: "restricted", K2: "restricted"},
)

case(
    name="kakao-tistory-raw-korean-urls",
    **{"from": "tistory_policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 05 Sep 2024 18:07:44 +0900",
    subject=enc(f"[티스토리] {R2} 처리 결과"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글의 처리 결과입니다.

① {K3_RAW} → 삭제 완료
② 두 번째 글({K4_RAW})은 작성자가 이미 삭제한 글로 확인됩니다.

나머지 Daum 카페, 브런치 게시물은 각 서비스에서 회신드립니다.
티스토리 운영팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory operator reply quoting Korean-slug URLs in raw Hangul",
    why="raw-Hangul URLs match the percent-encoded request; ① deleted, ② already deleted by its author",
    items={K3: "removed", K4: "not_found"},
)

case(
    name="kakao-receipt-plus-result",
    **{"from": "noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    date="Fri, 06 Sep 2024 12:30:05 +0900",
    subject=enc("[카카오 고객센터] 신고 처리 결과 안내 (접수번호 240903-118274)"),
    body=f"""
안녕하세요. 카카오 고객센터입니다.
신고를 접수해 주셔서 감사합니다. (접수번호 240903-118274 / 관련 {R2})

검토 결과를 안내드립니다.

• 브런치 {K5}
  운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.
• Daum 카페 {K1}
  운영정책 위반으로 게시물을 삭제했습니다.

결과에 이의가 있으시면 고객센터({HELP_KAKAO})로 문의해 주세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre 신고 처리 결과 mail that opens with a receipt line",
    why="receipt wording plus unhedged per-URL results: not a mere acknowledgement",
    items={K5: "rejected", K1: "removed"},
)

case(
    name="kakao-single-tistory-private",
    **{"from": "tistory_policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Thu, 12 Sep 2024 11:20:50 +0900",
    subject=enc(f"RE: [{R7}] 시정요구 (개인정보 노출 정보)"),
    reply_to_req=mid(R7),
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청 주신 {T1}은 개인정보 노출 게시물로 확인되어 비공개 처리했습니다.
블로그 운영자에게도 관련 안내를 보냈습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory 비공개 처리 reply, percent-encoded URL with a Korean particle glued on",
    why="the one URL (followed directly by the particle 은) is stated 비공개 처리 = removed",
    items={T1: "removed"},
)

_b64_text = f"""안녕하세요, Daum 카페 운영자센터입니다.

{R2} 관련 처리 결과를 알려드립니다.

{K1}  - 삭제
{K2}  - 삭제
{K5}  - 게시물이 존재하지 않습니다 (브런치 작가가 글을 삭제함)

감사합니다.
"""
case(
    name="kakao-base64-body",
    **{"from": "cafe_center@daum.net"},
    name_from="Daum 카페",
    date="Sat, 07 Sep 2024 09:48:31 +0900",
    subject=enc(f"[Daum] {R2} 처리 결과"),
    reply_to_req=mid(R2),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(_b64_text)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe operator-centre mail sent as a base64 body",
    why="each line: URL - result; the Brunch post no longer exists (author deleted it)",
    items={K1: "removed", K2: "removed", K5: "not_found"},
)

case(
    name="kakao-daum-url-below-statement",
    **{"from": "cafe_center@daum.net"},
    name_from="Daum 카페 운영자센터",
    date="Wed, 04 Sep 2024 17:33:09 +0900",
    subject=enc("[Daum 카페] 요청하신 게시글 조치 결과"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요. Daum 카페 운영자센터입니다.

아래 게시글은 카페 운영원칙 위반으로 블라인드 처리되었습니다.
{K1}

아래 게시글은 카페 매니저가 이미 삭제하여 확인되지 않습니다.
{K2}

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe notice with each statement above its URL",
    why="statement line, then its URL on the next line: 블라인드 = removed; already deleted = not_found",
    items={K1: "removed", K2: "not_found"},
)

# ======================================================== applied: YouTube
case(
    name="yt-legal-restricted-in-korea",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Mon, 09 Sep 2024 03:14:27 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for your notice regarding {R3}.

After review, we have restricted access to the following videos in South
Korea on the basis of local law:

{Y1}
{Y2}

In addition, we removed the following Short for violating YouTube's
Community Guidelines:

{Y3}

For more information about our policies, please visit {YT_POLICY}.

Regards,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-support outcome: local-law restriction in Korea plus a Community Guidelines removal",
    why="two videos restricted in Korea, the Short removed; the policy link is not an item",
    items={Y1: "restricted", Y2: "restricted", Y3: "removed"},
)

case(
    name="yt-korean-removed-and-terminated",
    **{"from": "youtube-kr-policy@google.com"},
    name_from="YouTube 정책팀",
    date="Tue, 10 Sep 2024 15:01:09 +0900",
    subject=enc(f"[YouTube] {R3} 검토 결과 안내"),
    reply_to_req=mid(R3),
    body=f"""
안녕하세요. YouTube 정책팀입니다.

방송통신심의위원회에서 요청하신 콘텐츠를 검토한 결과를 알려드립니다.

- 동영상 {Y1}
  : 커뮤니티 가이드 위반으로 삭제되었습니다.
- 채널 {Y4}
  : 심각한 정책 위반으로 채널이 해지되었습니다.
- 동영상 {Y2}
  : 현지 법률에 따라 대한민국 내 접근이 제한되었습니다.

감사합니다.
YouTube 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Korea policy-team reply in Korean, bulleted",
    why="삭제 = removed; channel 해지 (terminated) = removed; 대한민국 내 접근 제한 = restricted",
    items={Y1: "removed", Y4: "removed", Y2: "restricted"},
)

case(
    name="yt-age-restricted-and-no-violation",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 02:40:00 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission",
    reply_to_req=mid(R3),
    body=f"""
Hi there,

We've reviewed the remaining content in your request {R3}.

- {Y3}: we have applied an age restriction to this Short. It is no
  longer visible to viewers who are signed out or under 18.
- {Y2}: after careful review, we found that this video does not
  violate our policies or local law, so we are not taking action on it.

If you have new information, you can submit it via {YT_LEGAL_FORM}.

Best,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'age-restricted' and 'no action taken' legal outcomes",
    why="age restriction = restricted; 'does not violate … not taking action' = rejected",
    items={Y3: "restricted", Y2: "rejected"},
)

case(
    name="yt-actioned-phrase",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Fri, 13 Sep 2024 06:22:11 +0000",
    subject=f"[{R3}] Update on your request",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Update on your request {R3}:

The video at {Y1} has been actioned under our policies.

We were unable to locate the channel {Y4}; it does not exist on
YouTube. Please check the URL.

Thanks,
YouTube Legal Support
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube 'has been actioned under our policies' outcome plus a cannot-locate line",
    why="'actioned under our policies' is the configured removal phrase; the channel cannot be located = not_found",
    items={Y1: "removed", Y4: "not_found"},
)

_yt_rows = [
    (Y1, "Removed &ndash; Community Guidelines (harassment)"),
    (Y2, "Blocked in South Korea (local law)"),
    (Y4, "No action &ndash; the channel does not violate our policies"),
]
case(
    name="yt-html-table",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 12 Sep 2024 07:05:55 +0000",
    subject=f"Outcome of your request {R3}",
    reply_to_req=mid(R3),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="00000000000091ab4c0621f0b491"

--00000000000091ab4c0621f0b491
Content-Type: text/plain; charset="UTF-8"

Hello,

Here is the outcome of your request {R3}.

URL | Action taken
{Y1} | Removed - Community Guidelines (harassment)
{Y2} | Blocked in South Korea (local law)
{Y4} | No action - the channel does not violate our policies

YouTube Legal Support

--00000000000091ab4c0621f0b491
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><p>Hello,</p><p>Here is the outcome of your request {R3}.</p>
<table style="border-collapse:collapse" border="1"><thead><tr><th>URL</th><th>Action taken</th></tr></thead><tbody>
{''.join(f'<tr><td><a href="{u}">{u}</a></td><td>{a}</td></tr>' + chr(10) for u, a in _yt_rows)}</tbody></table>
<p>YouTube Legal Support</p></div>

--00000000000091ab4c0621f0b491--
""",
    outcome="applied",
    classification="confirmation",
    imitates="Google-style multipart/alternative outcome table (plain and HTML agree)",
    why="removed / blocked in South Korea (restricted) / no action, no violation (rejected)",
    items={Y1: "removed", Y2: "restricted", Y4: "rejected"},
)

# ======================================================== applied: DC Inside
case(
    name="dc-informal-numbered",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Mon, 09 Sep 2024 11:48:13 +0900",
    subject=enc(f"RE: [{R4}] 시정요구 (명예훼손 정보)"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.
요청하신 글 처리했습니다.

1) {D1} - 삭제
2) {D2} - 삭제 및 작성자 IP 차단
3) {D3} - 이미 삭제된 글입니다

수고하세요.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operator's terse numbered reply",
    why="each numbered URL carries its own result; 3) was already deleted = not_found",
    items={D1: "removed", D2: "removed", D3: "not_found"},
)

case(
    name="dc-url-then-status-line",
    **{"from": "help@dcinside.com"},
    name_from="dcinside 고객센터",
    date="Tue, 10 Sep 2024 16:26:40 +0900",
    subject=enc(f"[디시인사이드] {R4} 처리 결과"),
    reply_to_req=mid(R4),
    body=f"""
디시인사이드 고객센터입니다.

{D1}
→ 삭제 처리 완료

{D2}
→ 해당 글 없음 (게시물 번호 조회 안 됨)

{D3}
→ 삭제 불가: 내용 검토 결과 갤러리 이용 규칙 위반에 해당하지 않습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk reply with a bare URL and its status on the line below",
    why="removed / not_found / rejected with its reason, each on the line under its URL",
    items={D1: "removed", D2: "not_found", D3: "rejected"},
)

_d = [u.replace("&", "&amp;") for u in DC]
case(
    name="dc-html-list",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드",
    date="Wed, 11 Sep 2024 13:04:22 +0900",
    subject=enc(f"[디시인사이드] 게시물 조치 결과 안내 - {R4}"),
    reply_to_req=mid(R4),
    type="html",
    body=f"""
<html><body>
<div style="font-size:12px">
<p>안녕하세요. 디시인사이드입니다.</p>
<p>{R4} 관련 게시물 조치 결과입니다.</p>
<ul>
<li><a href="{_d[0]}">{_d[0]}</a><br>게시물 삭제</li>
<li><a href="{_d[1]}">{_d[1]}</a><br>게시물 삭제 (마이너 갤러리 매니저 확인)</li>
<li><a href="{_d[2]}">{_d[2]}</a><br>위반 사항이 확인되지 않아 게시물 유지</li>
</ul>
<p>디시인사이드 운영팀</p>
</div>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside HTML notice with a bulleted list, &amp; in the URLs",
    why="two posts deleted, the third kept up because no violation was found (rejected)",
    items={D1: "removed", D2: "removed", D3: "rejected"},
)

# ======================================================== applied: BAND
case(
    name="band-report-result",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Tue, 10 Sep 2024 10:10:10 +0900",
    subject=enc(f"[BAND] 신고 처리 결과 안내 ({R5})"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

요청하신 게시글에 대한 처리 결과를 안내드립니다.

[게시글 1] {B1}
처리 결과: 운영정책 위반(사기 유도)으로 게시글을 삭제하고 작성자의 밴드 이용을 제한했습니다.

[게시글 2] {B2}
처리 결과: 신고 내용을 확인했으나 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

BAND 운영정책은 https://band.us/policy/operation 에서 확인하실 수 있습니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND customer-centre 신고 처리 결과 with one block per post",
    why="post 1 deleted; post 2 not actioned because no violation found (rejected); policy page not an item",
    items={B1: "removed", B2: "rejected"},
)

case(
    name="band-top-posted-over-quote",
    **{"from": "help@band.us"},
    name_from="BAND 운영팀",
    date="Wed, 11 Sep 2024 19:40:03 +0900",
    subject=enc(f"Re: [{R5}] 시정요구 (사기 정보)"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요, BAND 운영팀입니다.

{B1} 게시글은 삭제했습니다.
다른 한 건은 아직 확인 중이며 결과가 나오는 대로 다시 연락드리겠습니다.

BAND 운영팀 드림

{quoted(R5, "gmail")}
""",
    outcome="applied",
    classification="confirmation",
    imitates="top-posted BAND reply over the quoted request",
    why="one post stated deleted; the other only '확인 중' (pending); quoted lines are ours",
    items={B1: "removed", B2: "pending"},
)

# ======================================================== review
case(
    name="naver-promise-will-act",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Tue, 03 Sep 2024 15:30:00 +0900",
    subject=enc(f"RE: [{R1}] 시정요구 (불법 도박 홍보 정보)"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요, 네이버 정책지원실입니다.

보내주신 시정요구 공문 잘 받았습니다.
목록 중 아래 블로그 게시물은 관련 부서에서 내부 검토 후 조치할 예정이며,
조치가 완료되면 결과를 회신드리겠습니다.

{N1}
{N2}
{N3}

감사합니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal reply promising action after internal review",
    why="'검토 후 조치할 예정' is a promise, not a statement: items named, nothing readable about them",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

case(
    name="kakao-hedged-seems-deleted",
    **{"from": "tistory_policy@kakaocorp.com"},
    name_from="티스토리 운영팀",
    date="Wed, 04 Sep 2024 14:02:18 +0900",
    subject=enc(f"Re: [{R2}] 문의하신 게시글 관련"),
    reply_to_req=mid(R2),
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

확인해 보니 {K3_RAW} 글은 이미 삭제된 것으로 보입니다.
{K4_RAW} 글은 블로그 운영자에게 소명 요청을 보냈고,
회신이 없으면 삭제될 예정입니다.

정확한 처리 결과는 확인 후 다시 말씀드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="informal operator reply with a hedge (…것으로 보입니다) and a conditional promise",
    why="'appears to be deleted' is a hedge and 'will be deleted if no answer' a conditional promise",
    items={K3: "pending", K4: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    subject=enc(f"[회신] {R1} 조치 완료"),
    reply_to_req=mid(R1),
    body=f"""
방송통신심의위원회 귀중

귀 위원회의 시정요구 {R1} 건으로 요청하신 게시물 전체에 대하여
2024. 9. 9.자로 삭제 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책지원실
""",
    outcome="review",
    review="bulk",
    imitates="one-line 공문 회신 covering a whole request without listing URLs",
    why="'요청하신 게시물 전체' for a 14-item request without naming each: bulk",
    items={u: "pending" for u in NAVER_BIG},
)

case(
    name="band-bulk-both-posts",
    **{"from": "help@band.us"},
    name_from="BAND 고객센터",
    date="Thu, 12 Sep 2024 08:44:00 +0900",
    subject=enc(f"Re: [{R5}] 시정요구 (사기 정보)"),
    reply_to_req=mid(R5),
    body=f"""
안녕하세요. BAND 고객센터입니다.

{R5} 관련하여 요청하신 게시글 2건 모두 삭제 처리했습니다.
해당 밴드의 리더에게도 운영정책 안내를 발송했습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="short BAND reply: '2건 모두 삭제'",
    why="both posts covered by one sentence without naming either; request has two items",
    items={B1: "pending", B2: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from="네이버 정책지원실",
    date="Thu, 05 Sep 2024 22:13:09 +0900",
    subject=enc(f"[회신] 시정요구({R1}) 조치결과"),
    reply_to_req=mid(R1),
    body=f"""
안녕하세요. 네이버 정책지원실입니다.

시정요구 {R1} 관련 아래 게시물을 삭제하였습니다.
1. {N1}
2. {N2}

네이버 주식회사
""",
    outcome="review",
    review="untrusted",
    imitates="plausible NAVER result mail that fails DKIM/SPF/DMARC",
    why="platform domain but authentication fails: nothing applied",
    items={N1: "pending", N2: "pending"},
)

case(
    name="unknown-sender-vendor",
    **{"from": "ops@trustline-bpo.co.kr"},
    name_from="트러스트라인 모니터링센터",
    date="Fri, 06 Sep 2024 10:25:37 +0900",
    subject=enc(f"[카카오 위탁] {R2} 처리 결과 전달"),
    body=f"""
안녕하세요. 카카오 게시물 모니터링 위탁업체 트러스트라인입니다.

{R2} 건 중 Daum 카페 게시글 2건 삭제 완료되었습니다.
 - {K1}
 - {K2}

카카오 담당자분께도 공유드렸습니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="outsourced moderation vendor relaying a result from its own domain",
    why="sender domain belongs to no configured platform",
    items={K1: "pending", K2: "pending"},
)

case(
    name="yt-not-our-url-wrong-platform",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 01:55:19 +0000",
    subject="Your request: URL not hosted on YouTube",
    body=f"""
Hello,

Thanks for reaching out. The URL in your message,
{N13}, does not point to YouTube. We searched for the
content and could not find it on our service, so there is nothing for us
to action.

If you have a YouTube URL, please send it to us via {YT_LEGAL_FORM}.

YouTube Legal Support
""",
    outcome="review",
    review="wrong_platform",
    imitates="YouTube 'this URL is not on YouTube' reply",
    why="Google states 'could not find' about a NAVER TV item: another platform's item",
    items={N13: "pending"},
)

case(
    name="dc-asks-for-official-letter",
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 고객센터",
    date="Mon, 09 Sep 2024 09:31:26 +0900",
    subject=enc(f"RE: [{R4}] 시정요구 (명예훼손 정보)"),
    reply_to_req=mid(R4),
    body=f"""
안녕하세요, 디시인사이드 고객센터입니다.

요청하신 게시물 3건({R4})의 처리를 위해 아래 자료가 추가로 필요합니다.

 1. 직인이 날인된 시정요구 공문 원본(PDF)
 2. 각 게시물의 명예훼손 부분을 특정한 심의 의결서 사본

자료를 회신해 주시면 확인 후 처리하겠습니다.
 - {D1}
 - {D2}
 - {D3}
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="community-site helpdesk asking for the sealed 공문 and the decision before acting",
    why="asks for documents; no status stated",
    items={D1: "pending", D2: "pending", D3: "pending"},
)

case(
    name="yt-conditional-removal",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Tue, 10 Sep 2024 04:12:48 +0000",
    subject=f"Re: [{R3}] Request from Korea Communications Standards Commission",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Regarding {Y2}: we have notified the uploader and given them seven days
to respond. If they do not edit the video or respond within that time,
the video will be removed.

We'll follow up with the final outcome.

YouTube Legal Support
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube 'uploader notified, will be removed if…' interim reply",
    why="a condition and a future tense: no statement about the video",
    items={Y2: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Fri, 13 Sep 2024 17:00:00 +0900",
    subject=enc("[안내] 시정요구 공문 수신 담당자 변경 안내"),
    body="""
방송통신심의위원회 담당자님께

네이버 정책지원실 공문 수신 담당자가 9월 23일부로 변경됩니다.
이후 시정요구 공문은 아래 주소로 보내 주시기 바랍니다.

 - 신규 담당: 박지훈 매니저
 - 수신 주소: policy@navercorp.com (변경 없음), 참조 legal-kr@navercorp.com

항상 협조해 주셔서 감사합니다.
네이버 주식회사 정책지원실
""",
    outcome="review",
    review="no_claims",
    imitates="portal notice about a change of contact person for official letters",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="naver-forwarded-internal",
    **{"from": "policy@navercorp.com"},
    name_from="김서윤",
    date="Sat, 07 Sep 2024 10:02:33 +0900",
    subject=enc(f"Fwd: [카페] {R1} 카페 게시글 처리"),
    body=f"""
위원회 담당자님, 카페 운영팀에서 받은 내용 전달드립니다.

---------- Forwarded message ---------
보낸사람: 네이버 카페 운영팀 <cafe_ops@naver.com>
Date: 2024년 9월 6일 (금) 오후 6:12
Subject: [카페] {R1} 카페 게시글 처리
To: 김서윤 <policy@navercorp.com>

서윤님, 요청 주신 카페 글 처리 결과입니다.
{N4} 삭제했습니다.
""",
    outcome="review",
    review="forwarded",
    classification="forwarded",
    imitates="NAVER staff forwarding an internal team's result",
    why="the only statement is inside a forwarded message",
    items={N4: "pending"},
)

# ======================================================== ignored
case(
    name="naver-helpdesk-receipt",
    **{"from": "noreply@naver.com"},
    name_from="네이버 고객센터",
    date="Mon, 02 Sep 2024 10:01:12 +0900",
    subject=enc("[네이버 고객센터] 문의가 정상적으로 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
안녕하세요. 네이버 고객센터입니다.

문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409020417735
 - 문의 제목: [{R1}] 시정요구 (불법 도박 홍보 정보)

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 고객센터 > 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER customer-centre 문의 접수 receipt",
    why="pure receipt with a ticket number; no statement",
    items={},
)

case(
    name="kakao-out-of-office",
    **{"from": "jiwoo.han@kakaocorp.com"},
    name_from="한지우",
    date="Tue, 03 Sep 2024 11:30:40 +0900",
    subject=enc(f"[부재중] Re: [{R2}] 시정요구 (마약류 매매 정보)"),
    reply_to_req=mid(R2),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 한지우입니다.

9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 권리침해신고센터(right@kakaocorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean 부재중 out-of-office auto-reply",
    why="auto-reply",
    items={},
)

_bounce_orig = f"""From: KCSC <takedown@kcsc.example>
To: report@band.us
Subject: {enc("[" + R5 + "] 시정요구 (사기 정보)")}
Date: Mon, 09 Sep 2024 10:20:00 +0900
Message-ID: <{mid(R5)}@kcsc.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_body(R5)}
"""
case(
    name="band-dsn-bounce",
    **{"from": "MAILER-DAEMON@band.us"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 10:20:31 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B491.1725844831/mx.band.us"

This is a MIME-encapsulated message.

--B491.1725844831/mx.band.us
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.band.us.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report@band.us>: host mx.band.us[198.51.100.77] said: 550 5.1.1
    <report@band.us>: Recipient address rejected: User unknown

--B491.1725844831/mx.band.us
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.band.us
Arrival-Date: Mon,  9 Sep 2024 10:20:30 +0900 (KST)

Final-Recipient: rfc822; report@band.us
Original-Recipient: rfc822;report@band.us
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report@band.us>: Recipient address rejected: User unknown

--B491.1725844831/mx.band.us
Content-Description: Undelivered Message
Content-Type: message/rfc822

{_bounce_orig}
--B491.1725844831/mx.band.us--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN returning our request (wrong BAND address) with the original attached",
    why="delivery failure; the URLs are in our own returned request",
    items={},
)

case(
    name="naver-mdn-read-receipt",
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책지원실",
    date="Mon, 02 Sep 2024 10:14:05 +0900",
    subject=enc(f"읽음: [{R1}] 시정요구 (불법 도박 홍보 정보)"),
    reply_to_req=mid(R1),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_b491_mdn"

------=_NextPart_b491_mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일을 수신자가 읽었습니다.

  받는 사람: policy@navercorp.com
  제목: [{R1}] 시정요구 (불법 도박 홍보 정보)
  읽은 시간: 2024-09-02 (월) 오전 10:14

------=_NextPart_b491_mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <{mid(R1)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_b491_mdn--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook-style 읽음 확인 (MDN) in Korean",
    why="read receipt",
    items={},
)

case(
    name="yt-legal-ticket-receipt",
    **{"from": "legal-kr-noreply@google.com"},
    name_from="YouTube Legal Support",
    date="Thu, 05 Sep 2024 00:41:10 +0000",
    subject=f"[{R3}] We've received your request [5-2917734001842]",
    reply_to_req=mid(R3),
    body=f"""
Hello,

Thank you for contacting YouTube. We have received your request and a
member of our team will review it. Your case ID is 5-2917734001842.
Please keep this ID in any further correspondence about {R3}.

You can learn about how we handle legal requests at {YT_LEGAL_FORM}.

Sincerely,
The YouTube Team
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-support case-ID receipt",
    why="receipt with a case ID, no statement",
    items={},
)

case(
    name="dc-out-of-office-with-quote",
    **{"from": "kyuhyun.seo@dcinside.com"},
    name_from="서규현",
    date="Fri, 06 Sep 2024 14:00:09 +0900",
    subject=enc(f"자동 회신: [{R4}] 시정요구 (명예훼손 정보)"),
    reply_to_req=mid(R4),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=f"""
[자동 회신] 9/6~9/16 해외 출장으로 메일 확인이 늦어질 수 있습니다.
I am travelling until 16 September with limited access to e-mail.
게시물 관련 문의는 help@dcinside.com 으로 보내주세요.

{quoted(R4, "gmail").replace(SENT_KO[R4], "2024년 9월 6일 (금) 오후 2:00")}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="bilingual out-of-office auto-reply quoting the incoming request",
    why="auto-reply; the URLs are only in the quoted request",
    items={},
)

# ---------------------------------------------------------------- write
HEADER = f"""# Blind set 491 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind491/make.py from each email's meaning, before
# any run of the reader. {len(cases)} cases; see NOTES.md."""


def write_requests():
    path = os.path.join(HERE, "requests.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, platform, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, platform, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


if __name__ == "__main__":
    for c in cases:
        # Korean display names travel RFC 2047-encoded, as real clients send them.
        if "name_from" in c and not c["name_from"].isascii():
            c["name_from"] = enc(c["name_from"])
    write_requests()
    corpuslib.write_set(HERE, "blind491", HEADER, cases)
    print(f"blind491: {len(cases)} cases")
