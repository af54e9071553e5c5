#!/usr/bin/env python3
"""Blind set 923: Korean-language replies (NAVER, Kakao/Daum, YouTube Korea,
DC Inside, BAND): 공문-style 조치결과 회신, 임시조치 notices, 시정요구
조치결과 tables, informal operator replies, and the receipts, read receipts,
bounces and out-of-office replies around them.

Written from each email's meaning before the reader was run. Deterministic:

    python3 tests/corpus/blind923/make.py

writes requests.csv, cases/*.eml and expected.toml beside this script.
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

SET = "blind923"

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------
N = [
    "https://blog.naver.com/moonlit_ferry77/223561001",
    "https://blog.naver.com/moonlit_ferry77/223561002",
    "https://blog.naver.com/moonlit_ferry77/223561047",
    "https://blog.naver.com/greyheron_kr/223559310",
    "https://blog.naver.com/greyheron_kr/223559388",
    "https://cafe.naver.com/quietvalley/48812",
    "https://cafe.naver.com/quietvalley/48815",
    "https://cafe.naver.com/quietvalley/48903",
    "https://cafe.naver.com/pinecone2019/7021",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112358",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5520931",
    "https://tv.naver.com/v/58812034",
]
K3_RAW = "https://moonriver88.tistory.com/entry/여름-사진-모음"
K = [
    "https://cafe.daum.net/silverbirch/Hq2r/311",
    "https://cafe.daum.net/silverbirch/Hq2r/318",
    "https://moonriver88.tistory.com/entry/%EC%97%AC%EB%A6%84-%EC%82%AC%EC%A7%84-%EB%AA%A8%EC%9D%8C",
    "https://moonriver88.tistory.com/152",
    "https://brunch.co.kr/@lanternfish/64",
]
Y = [
    "https://www.youtube.com/watch?v=Qm3xT7bKp0A",
    "https://www.youtube.com/watch?v=Lr8dN2vYc4E",
    "https://www.youtube.com/shorts/Hx0pZ3tQ9wK",
    "https://www.youtube.com/watch?v=Zt6gB1sMe2U",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=9920117",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118204",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118231",
]
B = [
    "https://band.us/band/84412097/post/1093",
    "https://band.us/band/84412097/post/1107",
]
F = ["https://cafe.daum.net/greenlantern/Lw5k/2207"]
G = ["https://cafe.naver.com/riverstone88/3310"]

REQUESTS = [
    # ref, platform, sent, due, urls, category
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00", N, "illegal_gambling"),
    ("KCSC-240904-02", "kakao", "2024-09-04T14:30:00+09:00", "2024-09-11T18:00:00+09:00", K, "nonconsensual_imagery"),
    ("KCSC-240905-01", "youtube", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", Y, "drug_trade"),
    ("KCSC-240906-01", "dcinside", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", D, "defamation"),
    ("KCSC-240909-01", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", B, "illegal_finance"),
    ("KCSC-240910-01", "kakao", "2024-09-10T09:00:00+09:00", "2024-09-17T18:00:00+09:00", F, "defamation"),
    ("KCSC-240910-02", "naver", "2024-09-10T09:30:00+09:00", "2024-09-17T18:00:00+09:00", G, "illegal_gambling"),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % mid(ref), ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def enc(s):
    """RFC 2047 encoded-word for a header value, as most Korean mailers send it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def request_text(ref):
    _, _, sent, due, urls, _ = REQ[ref]
    y, m, dd = due[:10].split("-")
    d = "%s. %d. %d." % (y, int(m), int(dd))
    lines = [
        "방송통신심의위원회 불법정보대응팀입니다.",
        "",
        "귀사 서비스에 게재된 아래 정보는 정보통신망법 제44조의7에 따른 불법정보에",
        "해당하여 시정요구(삭제 또는 접속차단)하오니, 조치 결과를 %s까지" % d,
        "회신하여 주시기 바랍니다.",
        "",
        "요청번호: %s" % ref,
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "방송통신심의위원회 통신심의국 불법정보대응팀", "takedown@kcsc.example"]
    return "\n".join(lines)


def gmail_quote(ref, when):
    head = "%s, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:" % when
    return head + "\n" + "\n".join(("> " + l).rstrip() for l in request_text(ref).split("\n"))


def outlook_quote(ref, sent_line, to):
    return (
        "-----Original Message-----\n"
        "From: KCSC 불법정보대응팀 <takedown@kcsc.example>\n"
        "Sent: %s\n"
        "To: %s\n"
        "Subject: [방송통신심의위원회] 시정요구 (%s)\n\n" % (sent_line, to, ref)
        + request_text(ref)
    )


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def single(ctype, cte, payload):
    return "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s\n" % (ctype, cte, payload)


# --------------------------------------------------------------------------
# Senders
# --------------------------------------------------------------------------
NAVER = "policy@navercorp.com"
NAVER_NAME = enc("네이버 정책지원팀")
KAKAO = "kakao-policy@kakaocorp.com"
KAKAO_NAME = enc("카카오 정책협력팀")
YT = "legal-kr@google.com"
YT_NAME = enc("YouTube 법무팀")
DC = "report@dcinside.com"
DC_NAME = enc("디시인사이드 운영팀")
BAND = "safety@band.us"
BAND_NAME = enc("BAND 운영팀")

cases = []


def add(**c):
    cases.append(c)


# ==========================================================================
# NAVER, KCSC-240903-01 (12 items) and KCSC-240910-02 (1 item)
# ==========================================================================
add(
    name="naver-gongmun-text-table",
    date="Mon, 09 Sep 2024 15:10:22 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("[회신] 시정요구 조치결과 회신 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
수신  방송통신심의위원회(통신심의국 불법정보대응팀)
제목  시정요구에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회 요청번호 KCSC-240903-01(2024. 9. 3.)과 관련하여, 당사는 해당
   정보를 확인하고 아래와 같이 조치하였음을 회신합니다.

 연번 | URL                                               | 조치결과                 | 조치일
 -----+---------------------------------------------------+--------------------------+-----------
 1    | https://blog.naver.com/moonlit_ferry77/223561001  | 삭제                     | 2024.09.05
 2    | https://blog.naver.com/moonlit_ferry77/223561002  | 삭제                     | 2024.09.05
 3    | https://blog.naver.com/moonlit_ferry77/223561047  | 임시조치(30일)           | 2024.09.05
 4    | https://blog.naver.com/greyheron_kr/223559310     | 게시물 없음(작성자 삭제) | -
 5    | https://cafe.naver.com/quietvalley/48812          | 블라인드                 | 2024.09.06

3. 나머지 요청 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.  끝.

네이버 주식회사 정책지원팀
담당 한서윤 매니저 (031-000-0000)
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a plain-text table",
    why="trusted NAVER reply, one row per URL: 삭제 x2, 임시조치, 게시물 없음(작성자 삭제), 블라인드",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found", N[5]: "removed"},
)

rows = [
    (N[0], "삭제", "2024-09-05"),
    (N[1], "삭제", "2024-09-05"),
    (N[2], "임시조치(30일)", "2024-09-05"),
    (N[3], "게시물 없음 (작성자가 이미 삭제)", "-"),
    (N[4], "삭제", "2024-09-06"),
    (N[5], "블라인드", "2024-09-06"),
    (N[6], "블라인드", "2024-09-06"),
    (N[7], "위반사항 확인되지 않음 (게시 유지)", "-"),
    (N[8], "삭제", "2024-09-06"),
    (N[9], "존재하지 않는 URL", "-"),
    (N[10], "연령 제한 (19세 이상 열람)", "2024-09-07"),
    (N[11], "클립 비공개 처리", "2024-09-07"),
]
trs = "\n".join(
    '<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td><td>%s</td></tr>'
    % (i, u.replace("&", "&amp;"), u.replace("&", "&amp;"), s, d)
    for i, (u, s, d) in enumerate(rows, 1)
)
add(
    name="naver-html-table-all-twelve",
    date="Wed, 11 Sep 2024 10:02:41 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("시정요구(KCSC-240903-01) 조치결과 통보"),
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body="""
<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>KCSC-240903-01</b> 시정요구 대상 정보 12건에 대한 최종 조치결과를 아래 표와 같이 통보합니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
%s
</table>
<p>※ 이용자 이의제기 절차는 <a href="https://help.naver.com/service/5627/contents/19044">네이버 고객센터 안내</a>를 참고해 주십시오.</p>
<p>네이버 주식회사 정책지원팀 드림</p>
</body></html>
""" % trs,
    outcome="applied", classification="confirmation",
    imitates="NAVER 조치결과 통보 as an HTML table covering a whole 시정요구",
    why="every row names its URL with an unhedged result; the help-centre link is not an item",
    items={
        N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "not_found",
        N[4]: "removed", N[5]: "removed", N[6]: "removed", N[7]: "rejected",
        N[8]: "removed", N[9]: "not_found", N[10]: "restricted", N[11]: "removed",
    },
)

csv_text = (
    "\ufeff연번,URL,조치결과,조치일시,비고\r\n"
    "1,%s,삭제,2024-09-06 16:40,\r\n"
    "2,%s,블라인드,2024-09-06 16:42,카페 게시판 이용 제한 병행\r\n"
    "3,%s,게시 유지,-,운영정책 위반 사항 확인되지 않음\r\n"
    "4,%s,비공개 처리,2024-09-07 09:15,\r\n" % (N[4], N[6], N[7], N[11])
)
fn = "조치결과_KCSC-240903-01.csv"
from urllib.parse import quote  # noqa: E402

add(
    name="naver-csv-attachment",
    date="Sat, 07 Sep 2024 09:40:03 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("RE: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime="""
Content-Type: multipart/mixed; boundary="----=_NaverMail_9f31c2"

------=_NaverMail_9f31c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 건 중 1차 처리분의 조치결과를 첨부 파일(CSV)로
송부드립니다. 나머지 건은 처리 후 추가로 회신드리겠습니다.

감사합니다.

------=_NaverMail_9f31c2
Content-Type: text/csv; charset=utf-8; name="%s"
Content-Disposition: attachment; filename*=UTF-8''%s
Content-Transfer-Encoding: base64

%s
------=_NaverMail_9f31c2--
""" % (enc(fn), quote(fn), b64(csv_text.encode("utf-8"))),
    outcome="applied", classification="confirmation",
    imitates="NAVER reply with an Excel-exported CSV (UTF-8 BOM) of 조치결과",
    why="CSV rows: 삭제, 블라인드, 게시 유지 with its reason, 비공개 처리",
    items={N[4]: "removed", N[6]: "removed", N[7]: "rejected", N[11]: "removed"},
)

add(
    name="naver-cafe-informal-gmail-quote",
    date="Fri, 06 Sep 2024 11:47:19 +0900",
    **{"from": "cafe-safety@navercorp.com"}, name_from=enc("박도윤"),
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 카페 운영정책 담당 박도윤입니다.

보내주신 목록 확인했습니다.
https://cafe.naver.com/quietvalley/48812, https://cafe.naver.com/quietvalley/48815
두 건은 오늘 오전에 블라인드 처리 끝냈고요,
https://cafe.naver.com/quietvalley/48903 은 아직 보고 있어서 결과 나오면 다시 연락드릴게요.

블로그·지식iN 건은 각 서비스 담당이 따로 회신할 거예요.

고맙습니다.
박도윤 드림

""" + gmail_quote("KCSC-240903-01", "2024년 9월 3일 (화) 오전 10:00"),
    outcome="applied", classification="confirmation",
    imitates="informal NAVER Cafe operator reply top-posted over a Gmail-quoted request",
    why="two cafe posts 블라인드 처리 끝냈고; the third is still being looked at; the quoted request changes nothing",
    items={N[5]: "removed", N[6]: "removed", N[7]: "pending"},
)

add(
    name="naver-kin-post-url-below",
    date="Tue, 10 Sep 2024 17:05:55 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("[네이버] 지식iN·포스트 게시물 처리 결과 안내 (KCSC-240903-01)"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.
요청번호 KCSC-240903-01 중 지식iN과 네이버 포스트 게시물의 처리 결과를 안내드립니다.

아래 지식iN 질문은 작성자가 이미 삭제하여 현재 존재하지 않습니다.
https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112358

아래 포스트는 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
https://post.naver.com/viewer/postView.naver?volumeNo=38120455&memberNo=5520931

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 포스트는 삭제됩니다.

네이버 주식회사 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단/임시조치 notice: statement line, URL on the line below",
    why="지식iN question already deleted by its author (not_found); post 임시조치 (restricted); the later deletion is only conditional",
    items={N[9]: "not_found", N[10]: "restricted"},
)

qp_body = """안녕하세요. 네이버 정책지원팀입니다.

방송통신심의위원회 시정요구(KCSC-240903-01)에 대한 2차 조치 내역을 알려드립니다.

■ 조치 내역
 - https://blog.naver.com/greyheron_kr/223559388 : 삭제 완료
 - https://tv.naver.com/v/58812034 : 비공개 처리
 - https://cafe.naver.com/pinecone2019/7021 : 위반사항 없음(게시 유지)

■ 참고
 - 게시 유지 건은 도박 사이트 홍보가 아닌 이용 후기로 판단하였습니다.

감사합니다.
"""
add(
    name="naver-qp-bulleted",
    date="Sun, 08 Sep 2024 20:31:07 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("시정요구 2차 조치 내역 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=single("text/plain", "quoted-printable", qp(qp_body)),
    outcome="applied", classification="confirmation",
    imitates="NAVER 2차 조치 내역 notice, quoted-printable body with ■ bullets",
    why="삭제 완료, 비공개 처리 (removed), 위반사항 없음(게시 유지) with its reason (rejected)",
    items={N[4]: "removed", N[11]: "removed", N[8]: "rejected"},
)

add(
    name="naver-echoed-report-form",
    date="Thu, 12 Sep 2024 08:55:30 +0900",
    **{"from": "noreply-report@naver.com"}, name_from=enc("네이버 신고센터"),
    subject=enc("[네이버 신고센터] 신고하신 게시물의 처리 결과입니다"),
    body="""
네이버 신고센터입니다.
고객님께서 신고하신 게시물의 처리 결과를 알려드립니다.

[신고 내용]
- 신고 번호: R-2409-0038812
- 신고 URL: https://cafe.naver.com/quietvalley/48903
- 신고 사유: 불법정보 (요청번호 KCSC-240903-01)
- 신고 일시: 2024-09-03 10:12

[처리 결과]
- 처리 상태: 처리 완료
- 조치 내용: 게시중단(블라인드)
- 처리 일시: 2024-09-11 18:20

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report form fields",
    why="the echoed report names the URL; its result block says 게시중단(블라인드), done",
    items={N[7]: "removed"},
)

add(
    name="naver-receipt-plus-result",
    date="Wed, 04 Sep 2024 16:20:12 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

보내주신 시정요구는 접수번호 NV-240904-1183 으로 정상 접수되었습니다.

확인 결과, 아래 게시물은 이미 삭제 조치되었습니다.
  - https://cafe.naver.com/pinecone2019/7021

나머지 게시물은 각 서비스 담당 부서에서 검토 중이며, 검토가 끝나는 대로 회신드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER receipt that also reports a first result",
    why="a receipt phrase plus an unhedged item statement (이미 삭제 조치되었습니다) is not a pure acknowledgement",
    items={N[8]: "removed"},
)

add(
    name="naver-single-sole-statement",
    date="Thu, 12 Sep 2024 14:00:48 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("시정요구 조치결과 회신 (KCSC-240910-02)"),
    reply_to_req=mid("KCSC-240910-02"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회에서 요청하신 게시물(요청번호 KCSC-240910-02)에 대하여
2024년 9월 11일자로 게시중단 조치를 완료하였음을 알려드립니다.

감사합니다.
네이버 주식회사 정책지원팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="short NAVER 공문-style 조치 완료 reply to a one-item request",
    why="one-item request; the sole statement (게시중단 완료) names no URL but can only mean that item",
    items={G[0]: "removed"},
)

add(
    name="naver-promise-sequential",
    date="Thu, 05 Sep 2024 09:12:44 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 아래 블로그 게시물은 내부 검토를 거쳐 순차적으로 게시중단 조치될 예정입니다.

1) https://blog.naver.com/moonlit_ferry77/223561001
2) https://blog.naver.com/moonlit_ferry77/223561002
3) https://blog.naver.com/moonlit_ferry77/223561047

조치가 완료되면 결과를 다시 안내드리겠습니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising 순차적 게시중단",
    why="조치될 예정입니다 is a promise, not a statement; three named items stay pending",
    items={N[0]: "pending", N[1]: "pending", N[2]: "pending"},
)

add(
    name="naver-bulk-all-twelve",
    date="Fri, 13 Sep 2024 11:30:00 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("시정요구 조치 완료 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240903-01 건으로 요청하신 게시물 12건 전부에 대하여 게시중단 조치를 완료하였습니다.
업무에 참고하시기 바랍니다.

네이버 주식회사 정책지원팀 드림
""",
    outcome="review", review="bulk",
    imitates="NAVER one-line 일괄 조치 완료 reply",
    why="one statement about all twelve items without naming any: bulk, nothing applied",
    items={u: "pending" for u in N},
)

add(
    name="naver-receipt-only",
    date="Tue, 03 Sep 2024 10:04:09 +0900",
    **{"from": "helpdesk@naver.com"}, name_from=enc("네이버 고객센터"),
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (KCSC-240903-01)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: 2409-0311-5521
  - 접수일시: 2024.09.03 10:04
  - 문의 제목: [방송통신심의위원회] 시정요구 (KCSC-240903-01)

담당 부서에서 확인 후 순차적으로 답변 드리겠습니다.
문의 내역은 네이버 고객센터 > 나의 문의내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER 고객센터 문의 접수 완료 receipt",
    why="pure receipt with a ticket number; no statement about any item",
    items={},
)

add(
    name="naver-auth-fail",
    date="Mon, 09 Sep 2024 18:44:02 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME, auth="fail",
    subject=enc("시정요구 조치결과 (KCSC-240903-01)"),
    body="""
안녕하세요, 네이버 정책지원팀입니다.

요청번호 KCSC-240903-01 관련 조치 결과입니다.
- https://cafe.naver.com/pinecone2019/7021 : 삭제
- https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=470112358 : 삭제

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="NAVER 조치결과 reply whose DKIM/SPF/DMARC fail",
    why="sender domain is NAVER's but authentication failed: statements kept for review",
    items={N[8]: "pending", N[9]: "pending"},
)

add(
    name="naver-hedged-already-gone",
    date="Mon, 09 Sep 2024 13:21:36 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("Re: 시정요구 문의 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

문의하신 https://blog.naver.com/greyheron_kr/223559310 게시물은 이미 삭제된 것으로 보이며,
https://blog.naver.com/moonlit_ferry77/223561001 역시 현재는 노출되지 않는 것 같습니다.

정확한 처리 이력은 블로그 담당 부서에 확인한 뒤 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER staff reply hedging on whether posts are already gone",
    why="것으로 보이며 / 것 같습니다 are hedges, not statements; both items stay pending",
    items={N[3]: "pending", N[0]: "pending"},
)

add(
    name="naver-answers-for-band",
    date="Wed, 11 Sep 2024 15:58:10 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("BAND 게시글 관련 회신 (KCSC-240909-01)"),
    body="""
안녕하세요. 네이버 정책지원팀입니다.

BAND 서비스 게시글에 대한 요청(KCSC-240909-01)을 전달받아 회신드립니다.
아래 밴드 게시글은 운영정책 위반으로 삭제되었습니다.

- https://band.us/band/84412097/post/1093
- https://band.us/band/84412097/post/1107

이후 BAND 관련 요청은 BAND 운영팀으로 보내주시면 더 빠르게 처리됩니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER policy desk answering for BAND (a NAVER-group service)",
    why="the items belong to the band platform (senders band.us); a naver-domain sender states their status",
    items={B[0]: "pending", B[1]: "pending"},
)

add(
    name="naver-mdn-read",
    date="Wed, 04 Sep 2024 08:31:17 +0900",
    **{"from": NAVER}, name_from=NAVER_NAME,
    subject=enc("읽음 확인: [방송통신심의위원회] 시정요구 (KCSC-240903-01)"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_4c1e77"

--mdn_4c1e77
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일을 수신자가 읽었습니다.

  받는 사람: policy@navercorp.com
  제목: [방송통신심의위원회] 시정요구 (KCSC-240903-01)
  읽은 시간: 2024-09-04 08:31

메일을 읽었다는 확인일 뿐, 내용을 이해했거나 동의했다는 뜻은 아닙니다.

--mdn_4c1e77
Content-Type: message/disposition-notification

Reporting-UA: mail.navercorp.com; Outlook 16.0
Final-Recipient: rfc822;policy@navercorp.com
Original-Message-ID: <req-240903-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_4c1e77--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook 읽음 확인 MDN from a NAVER mailbox",
    why="a read receipt says nothing about any item",
    items={},
)

add(
    name="naver-chuseok-ooo",
    date="Mon, 16 Sep 2024 09:00:03 +0900",
    **{"from": "seoyun.han@navercorp.com"}, name_from=enc("한서윤"),
    subject=enc("[부재중] Re: 시정요구 이행 독촉 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 한서윤입니다.

9월 16일(월)부터 9월 18일(수)까지 추석 연휴로 부재중입니다.
9월 19일(목)부터 순차적으로 확인하겠습니다.
급한 용무는 정책지원팀 대표 메일(policy@navercorp.com)로 보내주세요.

즐거운 한가위 보내세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean 추석 연휴 부재중 자동응답",
    why="out-of-office auto-reply",
    items={},
)

# ==========================================================================
# Kakao / Daum, KCSC-240904-02 (5 items) and KCSC-240910-01 (1 item)
# ==========================================================================
add(
    name="kakao-gongmun-numbered",
    date="Mon, 09 Sep 2024 16:30:00 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("불법정보 시정요구에 대한 조치 결과 통보 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    body="""
수신  방송통신심의위원회 위원장
(경유)
제목  불법정보 시정요구에 대한 조치 결과 통보

1. 귀 위원회 요청번호 KCSC-240904-02(2024. 9. 4.)와 관련입니다.
2. 위 호와 관련하여 당사 서비스(티스토리, 브런치)에 게재된 정보에 대한 조치
   결과를 다음과 같이 알려드립니다.

  가. 티스토리
    1) %s : 게시물 삭제
    2) https://moonriver88.tistory.com/152 : 게시물 삭제 및 블로그 이용 제한
  나. 브런치
    1) https://brunch.co.kr/@lanternfish/64 : 운영정책 위반이 확인되지 않아
       조치하지 않음(게시 유지)

3. 다음카페 게시물 2건은 카페 운영자 소명 절차가 진행 중으로, 절차 종료 후
   회신드리겠습니다.  끝.

주식회사 카카오 정책협력팀장
""" % K3_RAW,
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문 (수신/경유/제목, 1. 2. 가. 1) numbering) 조치 결과 통보",
    why="tistory Korean-path entry written raw and /152 삭제 (removed); brunch post not actioned with a reason (rejected); cafe posts still in process",
    items={K[2]: "removed", K[3]: "removed", K[4]: "rejected", K[0]: "pending", K[1]: "pending"},
)

add(
    name="kakao-daum-cafe-temporary-measure",
    date="Fri, 06 Sep 2024 11:25:40 +0900",
    **{"from": "cs-noreply@daum.net"}, name_from=enc("카카오 고객센터"),
    subject=enc("[Daum 카페] 게시물 임시조치 안내"),
    body="""
안녕하세요. 카카오 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물(KCSC-240904-02)에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2에 따라
임시조치(30일간 접근 차단)를 하였음을 알려드립니다.

 ▶ 대상 게시물
    https://cafe.daum.net/silverbirch/Hq2r/311
    https://cafe.daum.net/silverbirch/Hq2r/318
 ▶ 조치 일시 : 2024.09.06 11:20
 ▶ 조치 내용 : 임시조치(30일)

임시조치 기간 내 게시자의 재게시 요청이 없을 경우 게시물은 삭제될 수 있습니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 게시물 임시조치 안내 mail",
    why="both cafe posts under 임시조치 (access blocked for 30 days): restricted; later deletion only conditional",
    items={K[0]: "restricted", K[1]: "restricted"},
)

ktrs = [
    (K[0], "https://cafe.daum.net/silverbirch/Hq2r/311", "삭제"),
    (K[1], "https://cafe.daum.net/silverbirch/Hq2r/318", "존재하지 않는 게시물"),
    (K[2], K3_RAW, "임시조치"),
    (K[3], "https://moonriver88.tistory.com/152", "삭제"),
    (K[4], "https://brunch.co.kr/@lanternfish/64", "삭제 (작가 활동 정지)"),
]
add(
    name="kakao-html-result-table",
    date="Fri, 13 Sep 2024 10:15:00 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("[카카오] 시정요구 조치결과 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    type="html",
    body="""
<html><body>
<div style="font-size:14px">
<p>안녕하세요. 카카오 정책협력팀입니다.</p>
<p>요청번호 KCSC-240904-02 건의 최종 조치결과를 아래와 같이 회신드립니다.</p>
<table style="border-collapse:collapse" border="1">
<thead><tr><th>No</th><th>대상 URL</th><th>조치결과</th></tr></thead>
<tbody>
%s
</tbody></table>
<p style="color:#888">카카오 운영정책: <a href="https://www.kakao.com/policy/oppolicy">https://www.kakao.com/policy/oppolicy</a></p>
</div>
</body></html>
""" % "\n".join(
        '<tr><td>%d</td><td><a href="%s">%s</a></td><td>%s</td></tr>' % (i, h, t, s)
        for i, (h, t, s) in enumerate(ktrs, 1)
    ),
    outcome="applied", classification="confirmation",
    imitates="Kakao 정책협력팀 HTML 조치결과 table",
    why="five rows, each URL with its result; the policy link is not an item",
    items={K[0]: "removed", K[1]: "not_found", K[2]: "restricted", K[3]: "removed", K[4]: "removed"},
)

b64_body = """안녕하세요. 카카오 고객센터입니다.
문의하신 게시물에 대한 처리 결과를 안내해 드립니다. (요청번호 KCSC-240904-02)

https://brunch.co.kr/@lanternfish/64
→ 해당 글 삭제 및 작가 계정 이용 정지

https://cafe.daum.net/silverbirch/Hq2r/318
→ 게시자가 이미 삭제한 글로, 현재 존재하지 않습니다.

더 궁금하신 점은 고객센터로 문의해 주세요.
감사합니다.
"""
add(
    name="kakao-base64-arrows",
    date="Tue, 10 Sep 2024 19:02:11 +0900",
    **{"from": "cs@kakaocorp.com"}, name_from=enc("카카오 고객센터"),
    subject=enc("문의하신 내용에 대한 답변입니다"),
    reply_to_req=mid("KCSC-240904-02"),
    raw_mime=single("text/plain", "base64", b64(b64_body.encode("utf-8"))),
    outcome="applied", classification="confirmation",
    imitates="Kakao 고객센터 답변 mail, base64 body, bare URL with '→ result' below",
    why="brunch post deleted (removed); cafe post already deleted by its poster (not_found)",
    items={K[4]: "removed", K[1]: "not_found"},
)

add(
    name="kakao-angle-wrapped-urls",
    date="Sat, 07 Sep 2024 14:48:29 +0900",
    **{"from": "tistory-safety@kakaocorp.com"}, name_from=enc("티스토리 운영팀"),
    subject=enc("RE: 시정요구 (KCSC-240904-02) - 티스토리 처리 결과"),
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요, 티스토리 운영팀입니다.

다음 글은 임시조치(30일)하였습니다.
<https://moonriver88.tistory.com/entry/%EC%97%AC%EB%A6%84-%EC%82%AC%EC%A7%84-
%EB%AA%A8%EC%9D%8C>

<https://moonriver88.tistory.com/152>은 운영정책 위반이 명백하여 바로 삭제했습니다.

감사합니다.
티스토리 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Tistory team reply, URLs in angle brackets, one wrapped, one followed by a Korean particle",
    why="wrapped Korean-path entry 임시조치 (restricted); /152 삭제했습니다 (removed)",
    items={K[2]: "restricted", K[3]: "removed"},
)

add(
    name="kakao-under-review",
    date="Thu, 05 Sep 2024 17:40:00 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02)"),
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요. 카카오 정책협력팀입니다.

요청하신 게시물 중
 - https://brunch.co.kr/@lanternfish/64
 - https://moonriver88.tistory.com/152
는 현재 담당 부서에서 검토 중에 있으며, 검토가 완료되는 대로 결과를 회신드리겠습니다.

양해 부탁드립니다.
""",
    outcome="review", review="not_understood",
    imitates="Kakao interim 검토 중 reply",
    why="검토 중 is not a statement; two named items stay pending",
    items={K[4]: "pending", K[3]: "pending"},
)

add(
    name="kakao-lookalike-domain",
    date="Sun, 08 Sep 2024 22:13:50 +0900",
    **{"from": "notice@kakao-safetycenter.com"}, name_from=enc("카카오 세이프티센터"),
    subject=enc("[카카오] 시정요구 조치 완료 안내 (KCSC-240904-02)"),
    body="""
안녕하세요. 카카오 세이프티센터입니다.

요청번호 KCSC-240904-02 와 관련하여 아래 게시물을 삭제 처리하였습니다.
 1. https://cafe.daum.net/silverbirch/Hq2r/311
 2. https://cafe.daum.net/silverbirch/Hq2r/318

조치 내역 확인: https://kakao-safetycenter.com/status/KCSC-240904-02
""",
    outcome="review", review="unknown_sender",
    imitates="Kakao-styled 조치 완료 notice from a look-alike domain",
    why="kakao-safetycenter.com is no configured platform domain: statements not applied",
    items={K[0]: "pending", K[1]: "pending"},
)

add(
    name="kakao-asks-for-resolution",
    date="Fri, 06 Sep 2024 15:02:33 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240904-02) - 자료 요청"),
    reply_to_req=mid("KCSC-240904-02"),
    body="""
안녕하세요. 카카오 정책협력팀입니다.

요청하신 게시물 가운데
https://cafe.daum.net/silverbirch/Hq2r/311
%s
두 건은 게시자가 본인 촬영물이라고 소명하고 있어, 판단을 위해 귀 위원회의
심의 의결서 사본(또는 피해자 요청 확인 자료)을 보내주시면 검토 후 조치하겠습니다.

회신 주시면 바로 진행하겠습니다.
""" % K3_RAW,
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Kakao request for the 심의 의결서 before acting",
    why="the platform asks for documents; no status stated for the two named items",
    items={K[0]: "pending", K[2]: "pending"},
)

add(
    name="kakao-bounce",
    date="Thu, 12 Sep 2024 09:00:12 +0900",
    **{"from": "MAILER-DAEMON@daum.net"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime="""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.7a1c.daum"

--dsn.7a1c.daum
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전송되지 않았습니다. (This message could not be delivered.)

받는 사람 주소가 존재하지 않습니다: cafe-legal@daum.net
계정이 삭제되었거나 주소가 잘못 입력되었는지 확인해 주세요.

--dsn.7a1c.daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 12 Sep 2024 09:00:09 +0900

Final-Recipient: rfc822; cafe-legal@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cafe-legal@daum.net>: Recipient address rejected: User unknown

--dsn.7a1c.daum
Content-Type: text/rfc822-headers

From: KCSC 불법정보대응팀 <takedown@kcsc.example>
To: cafe-legal@daum.net
Subject: SUBJ_PLACEHOLDER (KCSC-240904-02)
Date: Thu, 12 Sep 2024 09:00:05 +0900
Message-ID: <reminder.KCSC-240904-02.1@kcsc.example>

--dsn.7a1c.daum--
""".replace("SUBJ_PLACEHOLDER", enc("[독촉] 시정요구 이행 요청")),
    outcome="ignored", classification="bounce",
    imitates="Daum MTA delivery status notification (550 user unknown)",
    why="bounce of our reminder",
    items={},
)

add(
    name="kakao-mdn-read",
    date="Thu, 05 Sep 2024 08:02:55 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("수신확인: [방송통신심의위원회] 시정요구 (KCSC-240904-02)"),
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="=_mdn_kakao_0905"

--=_mdn_kakao_0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메일은 2024-09-05 08:02 에 kakao-policy@kakaocorp.com 님이 열어 보았습니다.

--=_mdn_kakao_0905
Content-Type: message/disposition-notification

Reporting-UA: kakaowork-mail
Final-Recipient: rfc822;kakao-policy@kakaocorp.com
Original-Message-ID: <req-240904-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_kakao_0905--
""",
    outcome="ignored", classification="read_receipt",
    imitates="수신확인 read receipt from a Kakao mailbox",
    why="read receipt",
    items={},
)

add(
    name="kakao-single-all-deleted",
    date="Wed, 11 Sep 2024 13:37:02 +0900",
    **{"from": "cs-noreply@daum.net"}, name_from=enc("카카오 고객센터"),
    subject=enc("[Daum 카페] 신고 처리 결과 안내 (KCSC-240910-01)"),
    reply_to_req=mid("KCSC-240910-01"),
    body="""
안녕하세요. 카카오 고객센터입니다.

요청번호 KCSC-240910-01 로 신고하신 게시물은 모두 삭제 처리되었습니다.
건강한 카페 문화를 위해 협조해 주셔서 감사합니다.

카카오 고객센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 카페 신고 처리 결과 안내 (one-line result)",
    why="'모두 삭제' about a one-item request: applies to that item",
    items={F[0]: "removed"},
)

add(
    name="kakao-single-kept",
    date="Fri, 13 Sep 2024 16:45:18 +0900",
    **{"from": KAKAO}, name_from=KAKAO_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240910-01)"),
    reply_to_req=mid("KCSC-240910-01"),
    body="""
안녕하세요, 카카오 정책협력팀입니다.

https://cafe.daum.net/greenlantern/Lw5k/2207 게시물을 검토한 결과,
특정인을 비방할 목적의 허위 사실 적시로 보기 어렵고 공공의 이익에 관한
내용으로 판단되어 운영정책상 조치 대상에 해당하지 않습니다.
따라서 해당 게시물은 유지됨을 알려드립니다.

법원의 판결 등 추가 자료가 있으시면 다시 요청해 주시기 바랍니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao refusal of a defamation 시정요구 with its reason",
    why="named post kept with a stated reason: rejected (the invitation to resend is no request for info)",
    items={F[0]: "rejected"},
)

# ==========================================================================
# YouTube Korea, KCSC-240905-01 (4 items)
# ==========================================================================
add(
    name="yt-kr-legal-mixed",
    date="Tue, 10 Sep 2024 03:14:09 +0000",
    **{"from": YT}, name_from=YT_NAME,
    subject=enc("[0-4471000039215] 법적 요청 처리 결과 (KCSC-240905-01)"),
    reply_to_req=mid("KCSC-240905-01"),
    body="""
안녕하세요.

YouTube에 연락해 주셔서 감사합니다. 귀하의 요청(KCSC-240905-01)을 검토한 결과는
다음과 같습니다.

다음 콘텐츠는 현지 법률 위반을 이유로 대한민국 내에서 접근이 제한되었습니다.
- https://www.youtube.com/watch?v=Qm3xT7bKp0A
- https://www.youtube.com/watch?v=Lr8dN2vYc4E

다음 콘텐츠는 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.
- https://www.youtube.com/watch?v=Zt6gB1sMe2U

이 요청의 사본은 Lumen 프로젝트에 전송될 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal outcome notice in Korean (local block vs guideline removal)",
    why="two videos restricted in Korea, one removed; the shorts item is not mentioned",
    items={Y[0]: "restricted", Y[1]: "restricted", Y[3]: "removed"},
)

add(
    name="yt-kr-no-action",
    date="Thu, 12 Sep 2024 06:50:30 +0000",
    **{"from": YT}, name_from=YT_NAME,
    subject=enc("[0-4471000039215] 요청 검토 결과 안내"),
    reply_to_req=mid("KCSC-240905-01"),
    body="""
안녕하세요.

귀하가 신고하신 https://www.youtube.com/shorts/Hx0pZ3tQ9wK 콘텐츠를 검토했습니다.
검토 결과 YouTube 정책 위반이나 관련 법률 위반 사항을 확인하지 못하여 현재로서는
조치를 취하지 않기로 결정했습니다.

추가 정보(예: 법원 명령)가 있는 경우 https://support.google.com/legal/answer/9100234
를 통해 새 요청을 제출하실 수 있습니다.

YouTube 법무팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube 'we did not find a violation, no action' notice in Korean",
    why="named shorts item not actioned, reason given: rejected; the support link is not an item",
    items={Y[2]: "rejected"},
)

add(
    name="yt-kr-receipt",
    date="Thu, 05 Sep 2024 00:31:44 +0000",
    **{"from": "legal-noreply@google.com"}, name_from=enc("YouTube 법무팀"),
    subject=enc("[0-4471000039215] 요청이 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

YouTube에 법적 요청을 제출해 주셔서 감사합니다. 요청이 정상적으로 접수되었으며,
케이스 ID는 [0-4471000039215]입니다. 이 번호는 향후 문의 시 사용해 주세요.

요청 처리 상황은 별도로 안내해 드립니다.

YouTube 법무팀 드림
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal request receipt with a case id",
    why="pure receipt, no item statement",
    items={},
)

add(
    name="yt-kr-age-and-uploader-deleted",
    date="Fri, 13 Sep 2024 02:05:00 +0000",
    **{"from": "noreply@youtube.com"}, name_from="YouTube",
    subject=enc("Re: [0-4471000039215] 추가 조치 안내"),
    reply_to_req=mid("KCSC-240905-01"),
    body="""
안녕하세요,

이전에 안내드린 요청(KCSC-240905-01)과 관련하여 다음과 같이 추가 조치를 알려드립니다.

• https://www.youtube.com/shorts/Hx0pZ3tQ9wK 에 연령 제한을 적용했습니다.
  (만 18세 미만 및 로그아웃 사용자에게 표시되지 않음)
• https://www.youtube.com/watch?v=Lr8dN2vYc4E 는 업로더가 이미 삭제하여 더 이상
  YouTube에서 볼 수 없습니다.

감사합니다.
YouTube 팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube follow-up: age restriction and video removed by its uploader",
    why="age restriction (restricted); uploader already deleted it (not_found)",
    items={Y[2]: "restricted", Y[1]: "not_found"},
)

add(
    name="yt-bilingual-actioned",
    date="Wed, 11 Sep 2024 08:22:17 +0000",
    **{"from": YT}, name_from="YouTube Legal Support",
    subject="[0-4471000039215] Your legal request / 법적 요청 결과",
    reply_to_req=mid("KCSC-240905-01"),
    body="""
Hello,

The content at https://www.youtube.com/watch?v=Zt6gB1sMe2U has been actioned under our policies.

안녕하세요,
위 URL의 콘텐츠는 YouTube 정책에 따라 조치되었습니다.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube bilingual (English/Korean) 'actioned under our policies' notice",
    why="'has been actioned under our policies' about a named URL: removed",
    items={Y[3]: "removed"},
)

add(
    name="yt-kr-will-restrict",
    date="Fri, 06 Sep 2024 05:40:12 +0000",
    **{"from": YT}, name_from=YT_NAME,
    subject=enc("[0-4471000039215] 요청 처리 진행 상황"),
    reply_to_req=mid("KCSC-240905-01"),
    body="""
안녕하세요.

아래 동영상은 영업일 기준 2~3일 이내에 대한민국 내 접근 제한 조치가 적용될 예정입니다.
  https://www.youtube.com/watch?v=Qm3xT7bKp0A
  https://www.youtube.com/watch?v=Lr8dN2vYc4E

적용이 완료되면 다시 알려드리겠습니다.
YouTube 법무팀 드림
""",
    outcome="review", review="not_understood",
    imitates="YouTube interim progress mail promising a local restriction",
    why="적용될 예정입니다 is a promise; both named videos stay pending",
    items={Y[0]: "pending", Y[1]: "pending"},
)

# ==========================================================================
# DC Inside, KCSC-240906-01 (3 items)
# ==========================================================================
add(
    name="dc-informal-arrows",
    date="Sat, 07 Sep 2024 02:17:45 +0900",
    **{"from": DC}, name_from=DC_NAME,
    subject=enc("RE: [방송통신심의위원회] 시정요구 (KCSC-240906-01)"),
    reply_to_req=mid("KCSC-240906-01"),
    body="""
안녕하세요 디시인사이드 운영팀입니다.
요청 주신 건 확인해서 처리했습니다.

https://gall.dcinside.com/board/view/?id=stock_new2&no=9920117 → 삭제 완료
https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118204 → 삭제 완료
https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118231 → 작성자 본인 삭제로 이미 없는 글입니다

작성자 IP 차단도 같이 걸어뒀습니다.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="terse DC Inside operator reply, 'URL → 결과' lines sent at night",
    why="two 삭제 완료 (removed); one already deleted by its author (not_found)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found"},
)

add(
    name="dc-url-korean-particles",
    date="Mon, 09 Sep 2024 14:03:26 +0900",
    **{"from": "manager-support@dcinside.com"}, name_from=enc("디시인사이드 마이너갤러리 지원팀"),
    subject=enc("마이너 갤러리 게시물 처리 결과 (KCSC-240906-01)"),
    reply_to_req=mid("KCSC-240906-01"),
    body="""
안녕하세요, 디시인사이드 마이너갤러리 지원팀입니다.

https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118204은 오늘 삭제했고、
https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118231는 작성자가 먼저 지운 글이라 남아 있는 게 없습니다．

참고 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside support reply with URLs glued to Korean particles and full-width punctuation",
    why="118204 삭제했고 (removed); 118231 deleted by its author first (not_found)",
    items={D[1]: "removed", D[2]: "not_found"},
)

add(
    name="dc-outlook-original-message",
    date="Tue, 10 Sep 2024 10:40:00 +0900",
    **{"from": DC}, name_from=DC_NAME,
    subject=enc("RE: [방송통신심의위원회] 시정요구 (KCSC-240906-01)"),
    reply_to_req=mid("KCSC-240906-01"),
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

아래 요청 중 https://gall.dcinside.com/board/view/?id=stock_new2&no=9920117 는
주식 갤러리 관리 규정에 따라 삭제 처리했습니다.
나머지 마이너 갤러리 글 2건은 해당 갤러리 매니저에게 전달해 두었습니다.

디시인사이드 운영팀 드림

""" + outlook_quote("KCSC-240906-01", "Friday, September 6, 2024 11:00 AM", "report@dcinside.com"),
    outcome="applied", classification="confirmation",
    imitates="DC Inside reply over an Outlook -----Original Message----- block",
    why="one URL 삭제 처리 (removed); the other two only passed on; the original request below changes nothing",
    items={D[0]: "removed", D[1]: "pending", D[2]: "pending"},
)

dtrs = [
    (D[0], "삭제"),
    (D[1], "삭제"),
    (D[2], "게시 유지 (명예훼손 소지 확인되지 않음)"),
]
add(
    name="dc-html-table",
    date="Wed, 11 Sep 2024 17:20:14 +0900",
    **{"from": DC}, name_from=DC_NAME,
    subject=enc("[디시인사이드] 시정요구 조치결과 (KCSC-240906-01)"),
    reply_to_req=mid("KCSC-240906-01"),
    type="html",
    body="""
<html><body>
<p>방송통신심의위원회 담당자님 안녕하세요.<br>디시인사이드 운영팀입니다.</p>
<p>요청번호 KCSC-240906-01 건의 조치결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>번호</th><th>게시물 주소</th><th>조치결과</th></tr>
%s
</table>
<p>게시 유지 건은 공인의 공적 활동에 대한 비판으로 판단하였습니다.</p>
</body></html>
""" % "\n".join(
        '<tr><td>%d</td><td>%s</td><td>%s</td></tr>' % (i, u.replace("&", "&amp;"), s)
        for i, (u, s) in enumerate(dtrs, 1)
    ),
    outcome="applied", classification="confirmation",
    imitates="DC Inside 조치결과 HTML table (URLs as text with &amp; entities)",
    why="two rows 삭제 (removed); one 게시 유지 with its reason (rejected)",
    items={D[0]: "removed", D[1]: "removed", D[2]: "rejected"},
)

add(
    name="dc-ooo",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    **{"from": DC}, name_from=DC_NAME,
    subject=enc("[자동응답] RE: [방송통신심의위원회] 시정요구 (KCSC-240906-01)"),
    reply_to_req=mid("KCSC-240906-01"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
[자동응답]
운영팀 담당자가 9월 9일(월) ~ 9월 10일(화) 휴가 중입니다.
보내주신 메일은 복귀 후 확인하겠습니다. 게시물 신고는 사이트 내 신고 게시판을 이용해 주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="DC Inside 담당자 휴가 자동응답",
    why="auto-reply",
    items={},
)

add(
    name="dc-gallery-manager-gmail",
    date="Sun, 08 Sep 2024 23:58:31 +0900",
    **{"from": "nightcity.mgr@gmail.com"}, name_from=enc("야시장갤 매니저"),
    subject=enc("위원회 요청 글 지웠습니다 (KCSC-240906-01)"),
    body="""
안녕하세요 nightcity 마이너 갤러리 매니저입니다.
운영팀 통해서 요청 전달받았고 둘 다 지웠습니다.

https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118204
https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=118231

확인 부탁드려요.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager replying from a personal Gmail account",
    why="gmail.com is no platform's domain: statements not applied",
    items={D[1]: "pending", D[2]: "pending"},
)

# ==========================================================================
# BAND, KCSC-240909-01 (2 items)
# ==========================================================================
add(
    name="band-result-notice",
    date="Thu, 12 Sep 2024 10:30:45 +0900",
    **{"from": BAND}, name_from=BAND_NAME,
    subject=enc("[BAND] 신고 처리 결과 안내 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    body="""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 요청하신 게시글의 처리 결과를 안내드립니다.

1. https://band.us/band/84412097/post/1093
   - BAND 운영정책(불법 금융 광고) 위반으로 게시글을 삭제하였습니다.
2. https://band.us/band/84412097/post/1107
   - 이미 삭제되어 존재하지 않는 게시글입니다.

BAND 운영정책: https://band.us/policy/operation

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND 신고 처리 결과 안내",
    why="1093 deleted (removed); 1107 no longer exists (not_found); the policy link is not an item",
    items={B[0]: "removed", B[1]: "not_found"},
)

add(
    name="band-bulk-done",
    date="Wed, 11 Sep 2024 09:15:00 +0900",
    **{"from": BAND}, name_from=BAND_NAME,
    subject=enc("Re: 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    body="""
안녕하세요. BAND 운영팀입니다.
KCSC-240909-01 신고 건의 게시글은 모두 조치 완료되었습니다.
감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND one-line 조치 완료 reply",
    why="'모두 조치 완료' for a two-item request names neither item: bulk",
    items={B[0]: "pending", B[1]: "pending"},
)

add(
    name="band-contact-change",
    date="Mon, 16 Sep 2024 11:00:00 +0900",
    **{"from": BAND}, name_from=BAND_NAME,
    subject=enc("[BAND] 공공기관 요청 접수 창구 변경 안내"),
    body="""
안녕하세요. BAND 운영팀입니다.

2024년 10월 1일부터 수사기관 및 공공기관의 게시물 관련 요청은 아래 창구로 일원화됩니다.

 - 접수 메일: gov-request@band.us
 - 접수 시간: 평일 10:00 ~ 18:00

기존 주소로 보내주신 요청도 9월 30일까지는 정상적으로 처리됩니다.
앞으로도 BAND에 관심 가져 주셔서 감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="BAND notice of a changed government-request mailbox",
    why="trusted BAND mail naming no item and no request",
    items={},
)

add(
    name="band-made-private",
    date="Tue, 10 Sep 2024 16:05:08 +0900",
    **{"from": BAND}, name_from=BAND_NAME,
    subject=enc("Re: [방송통신심의위원회] 시정요구 (KCSC-240909-01)"),
    reply_to_req=mid("KCSC-240909-01"),
    body="""
안녕하세요, BAND 운영팀입니다.

https://band.us/band/84412097/post/1093 게시글은 비공개 처리하였고,
게시글을 작성한 멤버는 해당 밴드에서 강제 탈퇴 처리되었습니다.

다른 한 건은 밴드 리더에게 소명을 요청한 상태입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND operator reply: post made private, member removed",
    why="비공개 처리 counts as removed; the other post is only awaiting the leader's explanation",
    items={B[0]: "removed", B[1]: "pending"},
)


HEADER = """# Blind set 923 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by make.py from the meaning of each email, before the reader was run.
# Requests: tests/corpus/blind923/requests.csv; config: tests/corpus/blind923/config.toml.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)


if __name__ == "__main__":
    main()
