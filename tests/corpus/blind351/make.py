#!/usr/bin/env python3
"""Blind set 351: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Clien, Ppomppu), mixing Korean and English, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning before any run of the reader.
Deterministic: `python3 tests/corpus/blind351/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
from email.header import Header
import io
import os
import quopri
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# ---------------------------------------------------------------- requests
NV = "KCSC-240903-01"   # naver, 12 items (largest)
DA = "KCSC-240905-01"   # daum, 4 items
DC = "KCSC-240906-02"   # dcinside, 5 items
SP = "KCSC-240909-03"   # soop, 3 items
FM = "KCSC-240910-04"   # fmkorea, 2 items
CL = "KCSC-240911-05"   # clien, 1 item
PP = "KCSC-240912-06"   # ppomppu, 2 items

N1 = "https://blog.naver.com/moonlit_pier/223511020301"
N2 = "https://blog.naver.com/moonlit_pier/223511020477"
N3 = "https://blog.naver.com/PostView.naver?blogId=greyheron77&logNo=223498877120"
N4 = "https://blog.naver.com/greyheron77/223498877355"
N5 = "https://cafe.naver.com/quietvalley/58812"
N6 = "https://cafe.naver.com/quietvalley/58830"
N7 = "https://cafe.naver.com/quietvalley/59004"
N8 = "https://cafe.naver.com/lanternyard/1207"
N9 = "https://cafe.naver.com/lanternyard/1219"
N10 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020&docId=471120345"
N11 = "https://tv.naver.com/v/61022317"
N12 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811240&memberNo=5521907"
NAVER_URLS = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

# 푸른언덕 stored percent-encoded; emails write the Korean path raw.
D1 = "https://cafe.daum.net/%ED%91%B8%EB%A5%B8%EC%96%B8%EB%8D%95/a1Bc/2231"
D2 = "https://cafe.daum.net/%ED%91%B8%EB%A5%B8%EC%96%B8%EB%8D%95/a1Bc/2240"
D1_RAW = "https://cafe.daum.net/푸른언덕/a1Bc/2231"
D2_RAW = "https://cafe.daum.net/푸른언덕/a1Bc/2240"
D3 = "https://v.daum.net/v/20240902113015221"
D4 = "https://cafe.daum.net/snowmaple/Kx3/88"
DAUM_URLS = [D1, D2, D3, D4]

G1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912034"
G2 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=40211"
G3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightowl&no=40388"
G4 = "https://gall.dcinside.com/mini/board/view/?id=ferrylane&no=1577"
G5 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9912771"
DC_URLS = [G1, G2, G3, G4, G5]

S1 = "https://vod.sooplive.co.kr/player/130552871"
S2 = "https://ch.sooplive.co.kr/riverfox22/post/88120411"
S3 = "https://vod.sooplive.co.kr/player/130561904"
SOOP_URLS = [S1, S2, S3]

F1 = "https://www.fmkorea.com/7321108845"
F2 = "https://www.fmkorea.com/7321254410"
FM_URLS = [F1, F2]

C1 = "https://www.clien.net/service/board/park/18820341"

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120443"
P2 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120518"
PP_URLS = [P1, P2]

REQUESTS = [
    (NV, "naver", "2024-09-03T10:00:00+09:00", "2024-09-10", NAVER_URLS, "illegal-gambling-ads"),
    (DA, "daum", "2024-09-05T14:10:00+09:00", "2024-09-12", DAUM_URLS, "defamation-victim-request"),
    (DC, "dcinside", "2024-09-06T10:05:00+09:00", "2024-09-13", DC_URLS, "non-consensual-imagery"),
    (SP, "soop", "2024-09-09T14:00:00+09:00", "2024-09-16", SOOP_URLS, "harmful-to-minors"),
    (FM, "fmkorea", "2024-09-10T09:30:00+09:00", "2024-09-17", FM_URLS, "personal-data-exposure"),
    (CL, "clien", "2024-09-11T11:15:00+09:00", "2024-09-18", [C1], "illegal-drug-trade"),
    (PP, "ppomppu", "2024-09-12T10:30:00+09:00", "2024-09-19", PP_URLS, "illegal-gambling-ads"),
]


def msgid(ref):
    return "req-" + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, "<%s@kcsc.example>" % msgid(ref), ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(body, ctype="text/plain", cte="8bit", extra=""):
    h = "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: %s\n" % (ctype, cte)
    if extra:
        h += extra.rstrip("\n") + "\n"
    return h + "\n" + body.strip("\n") + "\n"


def multipart(subtype, boundary, parts, params=""):
    out = 'Content-Type: multipart/%s; boundary="%s"%s\n\n' % (subtype, boundary, params)
    out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.strip("\n"))
    out += "--%s--\n" % boundary
    return out


def single(body, ctype="text/plain", cte="8bit"):
    return "Content-Type: %s; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s\n" % (
        ctype, cte, body.strip("\n"))


def request_text(ref, urls):
    lines = [
        "방송통신심의위원회입니다.",
        "",
        "아래 정보는 「정보통신망 이용촉진 및 정보보호 등에 관한 법률」 제44조의7에 따른",
        "불법정보로 심의·의결되어 시정요구(삭제 또는 접속차단)를 요청드립니다.",
        "",
        "요청번호: %s" % ref,
    ]
    for i, u in enumerate(urls, 1):
        lines.append("%d. %s" % (i, u))
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 통신심의 담당"]
    return lines


def quoted(ref, urls):
    return "\n".join("> " + l if l else ">" for l in request_text(ref, urls))


def outlook_quote(ref, urls, sent):
    head = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        "Sent: %s" % sent,
        "To: %s" % "admin@fmkorea.com",
        "Subject: [%s] 시정요구 요청" % ref,
        "",
    ]
    return "\n".join(head + request_text(ref, urls))


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ APPLIED
# ---- NAVER
case(
    name="naver-gyeshijungdan-blog-list",
    **{"from": "noreply-report@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject="[네이버] 게시중단 요청 처리 결과 안내 (%s)" % NV,
    reply_to_req=msgid(NV),
    body="""
안녕하세요. 네이버 고객센터 게시물 신고 담당자입니다.

방송통신심의위원회에서 요청하신 건(%s)과 관련하여, 아래 블로그 게시물에 대해
게시중단 조치를 완료하였음을 알려드립니다.

 - %s
 - %s
 - %s

요청하신 나머지 게시물의 처리 결과는 확인되는 대로 별도로 회신드리겠습니다.

※ 네이버 운영정책: https://policy.naver.com/policy/service.html
※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://help.naver.com)를 이용해 주세요.

네이버 고객센터 드림
""" % (NV, N1, N2, N4),
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 게시중단 처리 결과 안내 mail (Korean bullet list)",
    why="NAVER states 게시중단 completed for three named blog posts; policy/help links are not items",
    items={N1: "removed", N2: "removed", N4: "removed"},
)

case(
    name="naver-cafe-imsijochi-30days",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책팀",
    date="Thu, 05 Sep 2024 10:03:11 +0900",
    subject="RE: [%s] 시정요구 요청 - 카페 게시글 임시조치 결과" % NV,
    reply_to_req=msgid(NV),
    body="""
안녕하세요, 네이버 카페 운영정책팀입니다.

요청하신 카페 게시글 2건에 대하여 정보통신망법 제44조의2 제2항에 따라
30일간 임시조치(게시물 접근 제한)를 하였습니다.

1) %s
2) %s

임시조치 기간 중 게시자의 재게시 요청이 없는 경우 해당 게시글은 기간 만료 후
삭제됩니다. 재게시 요청이 접수되면 별도로 알려드리겠습니다.

감사합니다.
""" % (N5, N6),
    outcome="applied", classification="confirmation",
    imitates="NAVER/Daum 30-day 임시조치 notice (정보통신망법 44조의2)",
    why="임시조치 = access restricted; the later deletion is conditional and changes nothing yet",
    items={N5: "restricted", N6: "restricted"},
)

NAVER_TABLE_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>요청번호 <b>%s</b> 시정요구에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="%s">%s</a></td><td>삭제</td><td>2024-09-05 처리</td></tr>
<tr><td>2</td><td><a href="%s">%s</a></td><td>게시중단(블라인드)</td><td>카페 게시판 블라인드</td></tr>
<tr><td>3</td><td><a href="%s">%s</a></td><td>게시물 없음</td><td>작성자 자진 삭제</td></tr>
<tr><td>4</td><td><a href="%s">%s</a></td><td>연령 제한</td><td>19세 미만 이용 제한</td></tr>
<tr><td>5</td><td><a href="%s">%s</a></td><td>조치 불가</td><td>운영정책 및 관련 법령 위반 사항 확인되지 않음</td></tr>
</table>
<p>기타 문의 사항은 회신 메일로 연락 주시기 바랍니다.<br>NAVER 정책지원팀 드림</p>
</body></html>"""


def h(u):
    return u.replace("&", "&amp;")


case(
    name="naver-sijeongyogu-result-html-table",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 11:40:02 +0900",
    subject="시정요구 조치결과 회신 - %s" % NV,
    reply_to_req=msgid(NV),
    type="html",
    body=NAVER_TABLE_HTML % (NV, h(N7), h(N7), h(N8), h(N8), h(N10), h(N10), h(N11), h(N11), h(N12), h(N12)),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML) from a portal's policy team",
    why="five rows: 삭제 and 블라인드 removed, 게시물 없음 not_found, 연령 제한 restricted, 조치 불가 with reason rejected",
    items={N7: "removed", N8: "removed", N10: "not_found", N11: "restricted", N12: "rejected"},
)

CSV_NAVER = "\ufeff접수번호,URL,처리결과,처리일시\n" + "\n".join([
    "NV-2409-0311,%s,삭제,2024-09-06 14:02" % N3,
    "NV-2409-0312,%s,유지(위반사항 없음),2024-09-06 14:05" % N9,
    "NV-2409-0313,%s,임시조치(30일),2024-09-06 14:09" % N7,
    "NV-2409-0314,%s,삭제,2024-09-06 14:11" % N11,
]) + "\n"

case(
    name="naver-csv-attachment-results",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 15:20:47 +0900",
    subject="[%s] 처리 결과 송부 (첨부 CSV)" % NV,
    reply_to_req=msgid(NV),
    raw_mime=multipart("mixed", "=_nv_csv_0906", [
        part("""
안녕하세요, NAVER 정책지원팀입니다.

요청번호 %s 중 4건의 처리 결과를 첨부한 CSV 파일로 송부드립니다.
처리결과 열을 확인해 주시기 바랍니다.

감사합니다.
""" % NV),
        "Content-Type: text/csv; charset=utf-8; name=\"result_%s.csv\"\n"
        "Content-Disposition: attachment; filename=\"result_%s.csv\"\n"
        "Content-Transfer-Encoding: base64\n\n%s\n" % (NV, NV, b64(CSV_NAVER)),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal result spreadsheet sent as a CSV attachment (base64) with a short Korean cover note",
    why="CSV rows: 삭제 removed (x2), 유지(위반사항 없음) rejected, 임시조치 restricted",
    items={N3: "removed", N9: "rejected", N7: "restricted", N11: "removed"},
)

case(
    name="naver-english-topposted-over-request",
    **{"from": "hyerin.kim@navercorp.com"}, name_from="Kim Hye-rin",
    date="Thu, 05 Sep 2024 18:55:30 +0900",
    subject="Re: [%s] 시정요구 요청" % NV,
    reply_to_req=msgid(NV),
    body="""
Dear KCSC team,

Following up on your request below. We have taken down these two blog posts:

%s
%s

The cafe post %s has been placed under a temporary
measure (임시조치) and is no longer accessible to users while the 30-day period runs.

We are still working on the rest of the list.

Best regards,
Hye-rin Kim
Trust & Safety, NAVER Corp.

On Tue, Sep 3, 2024 at 10:02 AM KCSC Takedown <takedown@kcsc.example> wrote:
%s
""" % (N2, N4, N6, quoted(NV, NAVER_URLS)),
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal trust & safety employee over the quoted request",
    why="top part: two posts taken down, one cafe post under 임시조치 (restricted); quoted request lines state nothing",
    items={N2: "removed", N4: "removed", N6: "restricted"},
)

case(
    name="naver-kin-author-deleted-tv-age-limit",
    **{"from": "report@naver.com"}, name_from="NAVER 신고센터",
    date="Sat, 07 Sep 2024 09:14:08 +0900",
    subject="[%s] 지식iN / 네이버TV 처리 결과" % NV,
    body="""
안녕하세요. 네이버 신고센터입니다.

요청번호 %s 건 중 지식iN 질문과 네이버TV 영상의 확인 결과를 안내드립니다.

지식iN 질문은 작성자가 이미 삭제하여 현재 존재하지 않는 게시물입니다.
%s

아래 네이버TV 영상은 청소년 유해 사유로 19세 이상 연령 제한 조치되었습니다.
%s

감사합니다.
""" % (NV, N10, N11),
    outcome="applied", classification="confirmation",
    imitates="NAVER report-centre reply, statement line followed by the URL on the line below",
    why="kin question deleted by its author (not_found); NAVER TV video age-restricted",
    items={N10: "not_found", N11: "restricted"},
)

case(
    name="naver-bare-url-status-below",
    **{"from": "cafe-policy@navercorp.com"}, name_from="네이버 카페 운영정책팀",
    date="Mon, 09 Sep 2024 13:31:55 +0900",
    subject="RE: %s 처리 결과" % NV,
    reply_to_req=msgid(NV),
    body="""
처리 결과 공유드립니다.

%s
  → 삭제 완료

%s
  → 삭제 완료

%s
  → 해당 게시물을 찾을 수 없습니다 (잘못된 주소 또는 이미 삭제됨)

네이버 카페 운영정책팀
""" % (N8, N9, N12),
    outcome="applied", classification="confirmation",
    imitates="terse employee reply: bare URL, status on the line below",
    why="two 삭제 완료, one cannot be found",
    items={N8: "removed", N9: "removed", N12: "not_found"},
)

NV_B64_HTML = """<html><body style="font-family:sans-serif">
<p>안녕하세요. 네이버 블로그 운영팀입니다.</p>
<p>방송통신심의위원회 요청(%s)에 따라 아래 블로그 게시물 2건을 <b>비공개 처리</b>하였습니다.
게시자는 해당 글을 더 이상 공개로 전환할 수 없습니다.</p>
<ul>
<li><a href="%s">%s</a></li>
<li><a href="%s">%s</a></li>
</ul>
<p>이의제기 안내: <a href="https://help.naver.com/service/5593/appeal">https://help.naver.com/service/5593/appeal</a></p>
</body></html>""" % (NV, N1, N1, N4, N4)

case(
    name="naver-base64-html-private",
    **{"from": "blog-noreply@naver.com"}, name_from="네이버 블로그",
    date="Mon, 09 Sep 2024 17:02:13 +0900",
    subject="[네이버 블로그] 게시물 비공개 처리 안내",
    raw_mime=single(b64(NV_B64_HTML), "text/html", "base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 비공개 처리 notice, base64-encoded HTML body",
    why="two posts made non-public by NAVER (비공개 처리 = removed); the appeal page is not an item",
    items={N1: "removed", N4: "removed"},
)

case(
    name="naver-receipt-plus-statement",
    **{"from": "noreply-report@navercorp.com"}, name_from="네이버 고객센터",
    date="Wed, 04 Sep 2024 09:20:41 +0900",
    subject="[네이버 고객센터] 신고 접수 및 처리 안내",
    body="""
안녕하세요, 네이버 고객센터입니다.

보내주신 신고가 정상적으로 접수되었습니다. (접수번호: NV-2409-77120, 요청번호: %s)

아울러 아래 게시물은 검토 결과 운영정책 위반으로 확인되어 삭제 조치되었음을
함께 안내드립니다.

%s

나머지 게시물은 담당 부서에서 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

네이버 고객센터
""" % (NV, N7),
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries an outcome (NAVER 고객센터 접수 안내)",
    why="receipt phrase plus an unhedged statement: cafe post deleted; the rest under review stays pending",
    items={N7: "removed"},
)

case(
    name="naver-english-rejected-and-removed",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date="Tue, 10 Sep 2024 11:07:26 +0900",
    subject="Your request %s - outcome for 2 URLs" % NV,
    reply_to_req=msgid(NV),
    body="""
Hello,

Thank you for your patience. Here is the outcome for two of the URLs in your request.

1) %s
   We reviewed this NAVER Post article against our Community Guidelines and the
   Korean laws cited in your request. It is a news commentary piece and we found no
   violation, so it remains available.

2) %s
   This cafe post has been removed.

If you disagree with the first decision, you may send additional material through
https://help.naver.com/support/contents/contactUs.naver .

NAVER Trust & Safety
""" % (N12, N9),
    outcome="applied", classification="confirmation",
    imitates="English outcome notice from a portal trust & safety desk (refusal with reason + removal)",
    why="Post article stays up for lack of violation (rejected); cafe post removed",
    items={N12: "rejected", N9: "removed"},
)

# ---- Daum / Kakao
case(
    name="daum-kakao-imsijochi-korean-path",
    **{"from": "right-noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Fri, 06 Sep 2024 14:48:19 +0900",
    subject="[Daum] 권리침해 신고 처리 결과 안내 (%s)" % DA,
    reply_to_req=msgid(DA),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 게시물에 대한 처리 결과를 알려드립니다.

■ 처리 대상 게시물
 %s : 임시조치(30일)
 %s : 삭제

■ 처리 근거
 정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2

임시조치된 게시물은 30일 동안 이용자가 볼 수 없으며, 기간 내 게시자의 복원 신청이
없으면 삭제됩니다.

※ 도움말: https://cs.daum.net/faq/95/7580.html
카카오 권리침해신고센터
""" % (D1_RAW, D2_RAW),
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 처리 결과 notice with 30-day 임시조치",
    why="raw Korean cafe paths match the percent-encoded requests; 임시조치 restricted, 삭제 removed",
    items={D1: "restricted", D2: "removed"},
)

case(
    name="daum-news-refused-cafe-removed",
    **{"from": "daum-policy@kakaocorp.com"}, name_from="Daum 서비스 운영팀",
    date="Mon, 09 Sep 2024 10:25:33 +0900",
    subject="Re: [%s] 시정요구 요청에 대한 회신" % DA,
    reply_to_req=msgid(DA),
    body="""
안녕하세요, Daum 서비스 운영팀입니다.

1. %s
   해당 기사는 제휴 언론사가 작성·송고한 기사로, 기사 내용 자체에 대한 삭제 권한은
   언론사에 있습니다. 당사 검토 결과 포털 운영정책상 조치 사유에 해당하지 않아
   별도 조치하지 않았습니다. 기사 정정·삭제는 해당 언론사로 요청해 주시기 바랍니다.

2. %s
   카페 운영정책 위반으로 게시물을 삭제하였습니다.

감사합니다.
""" % (D3, D4),
    outcome="applied", classification="confirmation",
    imitates="Daum news-portal reply declining to act on a partner press article, plus a cafe deletion",
    why="no action on the news article with its reason (rejected); cafe post deleted",
    items={D3: "rejected", D4: "removed"},
)

case(
    name="daum-english-topline-gmail-korean-quote",
    **{"from": "jiwoo.han@kakaocorp.com"}, name_from="Jiwoo Han",
    date="Tue, 10 Sep 2024 19:41:02 +0900",
    subject="Re: [%s] 시정요구 요청" % DA,
    reply_to_req=msgid(DA),
    body="""
Hi, quick update: %s is now blocked for access from Korea (국내 접속 제한).
The other three are with our legal team.

Jiwoo

2024년 9월 5일 (목) 오후 2:14, KCSC Takedown <takedown@kcsc.example>님이 작성:
%s
""" % (D4, quoted(DA, [D1_RAW, D2_RAW, D3, D4])),
    outcome="applied", classification="confirmation",
    imitates="one-line English reply over a Korean Gmail quote header (님이 작성:)",
    why="the snowmaple post is geo-blocked in Korea (restricted); the quoted request states nothing",
    items={D4: "restricted"},
)

# ---- DC Inside
case(
    name="dc-english-abuse-desk",
    **{"from": "abuse@dcinside.com"}, name_from="DCinside Abuse Team",
    date="Mon, 09 Sep 2024 15:10:44 +0900",
    subject="Re: Request %s" % DC,
    reply_to_req=msgid(DC),
    body="""
Hello KCSC,

Regarding your request %s, the following posts have been deleted:

1. %s
2. %s
3. %s

The following post could not be found on our service. It no longer exists:

4. %s

Regards,
DCinside Abuse Team
""" % (DC, G1, G2, G4, G5),
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply in English with numbered lists under two headings",
    why="three deleted (removed) under the first heading, one no longer exists (not_found)",
    items={G1: "removed", G2: "removed", G4: "removed", G5: "not_found"},
)

case(
    name="dc-korean-particles-fullwidth",
    raw_subject=True,
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 11:58:03 +0900",
    subject="[디시인사이드] %s 처리 현황" % DC,
    body="""
방송통신심의위원회 담당자님, 안녕하세요. 디시인사이드 신고센터입니다.

요청번호 %s 5건 중 2건의 처리 결과를 공유드립니다.

① %s 게시글은 갤러리 매니저가 먼저 숨김 처리했던 글로, 오늘 본사에서 영구 삭제하였습니다．
② %s은 작성자 본인이 이미 삭제한 글이라 현재 존재하지 않습니다．

나머지 3건은 확인 후 따로 회신드리겠습니다.
""" % (DC, G3, G5),
    outcome="applied", classification="confirmation",
    imitates="Korean community-site report centre reply, circled numbers, URL glued to a Korean particle, full-width stops",
    why="40388 permanently deleted by DC (removed); 9912771 deleted by its author (not_found)",
    items={G3: "removed", G5: "not_found"},
)

DC_QP = """안녕하세요. 디시인사이드입니다.

요청하신 미니 갤러리 게시물에 대하여 삭제 처리가 완료되었습니다.

 - 대상: %s
 - 처리: 게시물 삭제 및 작성자 이용 제한
 - 처리일: 2024-09-09

감사합니다.
디시인사이드 운영팀
""" % G4

case(
    name="dc-quoted-printable-mini-gallery",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date="Mon, 09 Sep 2024 20:03:37 +0900",
    subject="[디시인사이드] 게시물 삭제 처리 완료 안내 (%s)" % DC,
    raw_mime=single(qp(DC_QP), "text/plain", "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="system notice in quoted-printable (URL '=' encoded as =3D)",
    why="the named mini-gallery post is deleted",
    items={G4: "removed"},
)

case(
    name="dc-headings-urls-below",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Wed, 11 Sep 2024 14:22:50 +0900",
    subject="RE: [%s] 시정요구 요청" % DC,
    reply_to_req=msgid(DC),
    body="""
안녕하세요, 디시인사이드 신고센터입니다.

아래 게시물은 삭제 처리되었습니다.
%s
%s

아래 게시물은 검토 결과 특정인의 신상 정보나 촬영물이 포함되어 있지 않아
게시물을 유지합니다.
%s

추가 자료가 있으시면 회신 부탁드립니다.
""" % (G1, G2, G3),
    outcome="applied", classification="confirmation",
    imitates="Korean reply with a heading sentence then URLs on the lines below",
    why="two deleted; one kept with its reason (rejected)",
    items={G1: "removed", G2: "removed", G3: "rejected"},
)

# ---- SOOP
case(
    name="soop-vod-deleted-post-age-gated",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Tue, 10 Sep 2024 16:33:21 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내 (%s)" % SP,
    reply_to_req=msgid(SP),
    body="""
안녕하세요. SOOP 운영정책팀입니다.

요청하신 건에 대하여 아래와 같이 조치하였습니다.

- VOD %s
  : 청소년유해 사유로 VOD 삭제 완료
- 방송국 게시글 %s
  : 19세 연령 제한 설정 (성인 인증 이용자만 열람 가능)

나머지 VOD 1건은 확인 중입니다.

SOOP 운영정책팀 드림
""" % (S1, S2),
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) policy team 조치 결과 notice",
    why="VOD deleted (removed); channel post behind an adult gate (restricted)",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-english-statement-of-reasons",
    **{"from": "dsa-notice@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Wed, 11 Sep 2024 09:02:58 +0900",
    subject="Statement of reasons - VOD 130561904",
    body="""
Statement of reasons

Content:    %s
Reference:  %s
Decision:   The VOD has been made unavailable on SOOP in all countries.
Ground:     Illegal content under Korean law (notice from a public authority).
Detection:  Notice from the Korea Communications Standards Commission.
Automation: The decision was taken by a human reviewer.

The uploader has been informed and may appeal at https://help.sooplive.co.kr/appeal .

SOOP Trust & Safety
""" % (S3, SP),
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (content, decision, ground, detection, automation)",
    why="the VOD is made unavailable everywhere (removed); the appeal page is not an item",
    items={S3: "removed"},
)

case(
    name="soop-text-table",
    **{"from": "policy@sooplive.co.kr"}, name_from="SOOP 운영정책팀",
    date="Fri, 13 Sep 2024 10:11:09 +0900",
    subject="RE: [%s] 처리 결과" % SP,
    reply_to_req=msgid(SP),
    body="""
처리 결과 회신드립니다.

| No | URL                                                | 조치                                  |
|----|----------------------------------------------------|---------------------------------------|
| 1  | %s       | 삭제                                  |
| 2  | %s       | 삭제                                  |
| 3  | %s | 조치 없음 (가이드라인 위반 아님)      |

SOOP 운영정책팀
""" % (S1, S3, S2),
    outcome="applied", classification="confirmation",
    imitates="plain-text pipe table pasted by a policy employee",
    why="two VODs deleted; the channel post kept as not violating (rejected)",
    items={S1: "removed", S3: "removed", S2: "rejected"},
)

# ---- FM Korea
case(
    name="fmkorea-outlook-fullwidth-comma",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 13:45:00 +0900",
    subject="RE: [%s] 시정요구 요청" % FM,
    reply_to_req=msgid(FM),
    body="""
안녕하세요, 에펨코리아 운영팀입니다.

%s，%s 두 게시물 모두 운영자 권한으로 삭제하였고 작성자 계정은 이용 정지하였습니다.

감사합니다.

%s
""" % (F1, F2, outlook_quote(FM, FM_URLS, "Tuesday, September 10, 2024 9:30 AM")),
    outcome="applied", classification="confirmation",
    imitates="Outlook reply (-----Original Message-----) from a community site admin",
    why="both posts deleted by the operator (운영자 삭제); the quoted request below states nothing",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmkorea-author-deleted-and-kept",
    **{"from": "report@fmkorea.com"}, name_from="FM Korea Report",
    date="Thu, 12 Sep 2024 17:26:12 +0900",
    subject="[%s] result / 처리 결과" % FM,
    body="""
Hello, this is FM Korea.

%s
- 이미 삭제된 게시물입니다 (작성자 본인 삭제, 2024-09-09). / Already deleted by its author.

%s
- 게시글 내 개인정보(연락처, 주소)가 포함되어 있지 않아 유지합니다.
  / No personal data found in the post; it stays up.
""" % (F1, F2),
    outcome="applied", classification="confirmation",
    imitates="bilingual Korean/English admin reply, URL then status line",
    why="first post already deleted by its author (not_found); second kept with its reason (rejected)",
    items={F1: "not_found", F2: "rejected"},
)

# ---- Clien
case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 08:50:31 +0900",
    subject="Re: [%s] 불법정보 삭제 요청" % CL,
    reply_to_req=msgid(CL),
    body="""
클리앙 운영진입니다.

요청하신 게시물은 오늘 오전 삭제 처리했습니다.
작성자는 영구 이용 정지되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-site admin reply in the request's thread",
    why="one-item request: 'the requested post was deleted' applies to its only item",
    items={C1: "removed"},
)

# ---- Ppomppu
case(
    name="ppomppu-angle-brackets-blind-and-refused",
    raw_subject=True,
    **{"from": "report@ppomppu.co.kr"}, name_from="뽐뿌 신고센터",
    date="Fri, 13 Sep 2024 11:33:47 +0900",
    subject="[뽐뿌] %s 처리 결과 안내" % PP,
    reply_to_req=msgid(PP),
    body="""
안녕하세요, 뽐뿌 신고센터입니다.

<%s>
: 블라인드 처리 완료 (운영자 블라인드)

<%s>
: 해당 글은 단순 후기 글로 도박 사이트 홍보에 해당하지 않아 조치하지 않았습니다.

감사합니다.
""" % (P1, P2),
    outcome="applied", classification="confirmation",
    imitates="Korean community report-centre notice, URLs in angle brackets",
    why="operator 블라인드 (removed); refusal with reason (rejected)",
    items={P1: "removed", P2: "rejected"},
)

case(
    name="ppomppu-wrapped-url",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    date="Mon, 16 Sep 2024 10:02:15 +0900",
    subject="Re: [%s] 추가 조치 결과" % PP,
    reply_to_req=msgid(PP),
    body="""
안녕하세요.

지난번 보류했던 게시물 <https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&
no=9120518> 은 재검토 결과 도박 사이트로 연결되는 단축 링크가 확인되어 오늘
삭제했습니다.

뽐뿌 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply whose mail client wrapped a long URL inside angle brackets",
    why="the wrapped URL is 9120518 (RFC 3986 app. C style); deleted after re-review",
    items={P2: "removed"},
)

# ================================================================ REVIEW
case(
    name="naver-promise-review-pending",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 11:15:09 +0900",
    subject="RE: [%s] 시정요구 요청" % NV,
    reply_to_req=msgid(NV),
    body="""
안녕하세요. NAVER 정책지원팀입니다.

아래 게시물은 내부 검토 후 삭제 조치할 예정입니다.
결과는 영업일 기준 3일 이내에 안내드리겠습니다.

%s
%s

감사합니다.
""" % (N5, N8),
    outcome="review", classification="confirmation", review="not_understood",
    imitates="portal reply promising action ('조치할 예정') after internal review",
    why="a promise is not a statement: both items stay pending and a clerk should see it",
    items={N5: "pending", N8: "pending"},
)

case(
    name="dc-hedged-may-have-been",
    **{"from": "abuse@dcinside.com"}, name_from="DCinside Abuse Team",
    date="Mon, 09 Sep 2024 10:07:19 +0900",
    subject="Re: Request %s" % DC,
    reply_to_req=msgid(DC),
    body="""
Hi,

It appears that the two posts below may already have been removed by the gallery
manager, but we are still checking our logs and will confirm once we are sure.

%s
%s

Thanks,
DCinside Abuse Team
""" % (G2, G3),
    outcome="review", classification="confirmation", review="not_understood",
    imitates="abuse-desk interim reply with hedged wording",
    why="'appears ... may already have been removed' is a hedge, not a statement",
    items={G2: "pending", G3: "pending"},
)

case(
    name="dc-bulk-all-five-deleted",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Thu, 12 Sep 2024 16:40:05 +0900",
    subject="[디시인사이드] %s 처리 완료" % DC,
    body="""
안녕하세요. 디시인사이드 신고센터입니다.

요청번호 %s 로 요청하신 게시물 전체(5건)에 대해 삭제 조치를 완료하였습니다.

감사합니다.
""" % DC,
    outcome="review", classification="confirmation", review="bulk",
    imitates="blanket 'all reported posts deleted' notice naming no URL",
    why="statement about all five items without naming each: bulk, items pending",
    items={u: "pending" for u in DC_URLS},
)

case(
    name="daum-kakao-auth-fail",
    **{"from": "right-noreply@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    auth="fail",
    date="Sat, 07 Sep 2024 03:12:44 +0900",
    subject="[Daum] 권리침해 신고 처리 결과 안내 (%s)" % DA,
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

접수하신 게시물에 대한 처리 결과를 알려드립니다.

■ 처리 대상 게시물
 %s : 삭제
 %s : 삭제

카카오 권리침해신고센터
""" % (D1_RAW, D2_RAW),
    outcome="review", classification="confirmation", review="untrusted",
    imitates="Kakao 권리침해신고센터 notice whose DKIM/SPF/DMARC fail",
    why="claims from a kakaocorp.com From that fails authentication are not trusted",
    items={D1: "pending", D2: "pending"},
)

case(
    name="naver-cafe-manager-gmail",
    raw_subject=True,
    **{"from": "qv.manager.2024@gmail.com"}, name_from="조용한골짜기 카페 매니저",
    date="Thu, 05 Sep 2024 22:41:37 +0900",
    subject="카페 게시글 삭제했습니다",
    body="""
안녕하세요 조용한골짜기 카페 매니저입니다.
네이버에서 연락받고 말씀하신 글 제가 직접 삭제했습니다.

%s
%s

앞으로 이런 글 안 올라오게 관리하겠습니다. 카페 정지만은 안 되게 부탁드립니다.
""" % (N5, N6),
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="cafe manager writing from a personal Gmail address",
    why="a gmail.com sender is no platform; its claims about NAVER items wait for a clerk",
    items={N5: "pending", N6: "pending"},
)

case(
    name="kakao-about-naver-item",
    **{"from": "daum-policy@kakaocorp.com"}, name_from="Daum 서비스 운영팀",
    date="Thu, 05 Sep 2024 15:02:28 +0900",
    subject="Re: [%s] 문의하신 URL 관련" % NV,
    body="""
안녕하세요, Daum 서비스 운영팀입니다.

귀 위원회가 당사로 보내주신 요청번호 %s 의 URL은 Daum이 아닌 네이버 카페의
게시물로 당사에서 조치할 수 없습니다. 참고로 확인해 보니 아래 게시물은 현재
이미 삭제된 게시물로 표시됩니다.

%s

네이버 측으로 요청해 주시기 바랍니다.
""" % (NV, N5),
    outcome="review", classification="confirmation", review="wrong_platform",
    imitates="misrouted request: one portal telling the regulator another portal's URL is gone",
    why="Kakao states a status for a NAVER item; only NAVER can change it",
    items={N5: "pending"},
)

case(
    name="soop-policy-newsletter",
    **{"from": "news@sooplive.co.kr"}, name_from="SOOP",
    date="Tue, 10 Sep 2024 12:00:00 +0900",
    subject="[SOOP] 청소년 보호 정책 개정 안내",
    body="""
안녕하세요. SOOP입니다.

SOOP 청소년 보호 정책이 2024년 10월 1일부터 아래와 같이 개정됩니다.

1. 19세 연령 제한 콘텐츠 기준 명확화
2. 신고 처리 결과 안내 절차 개선
3. 공공기관 요청 전용 접수 창구 신설

자세한 내용은 https://www.sooplive.co.kr/policy/youth 에서 확인하실 수 있습니다.

SOOP 드림
""",
    outcome="review", classification="other", review="no_claims",
    imitates="platform policy-change announcement sent to every registered partner address",
    why="trusted SOOP mail naming no item and no request; nothing to apply",
    items={},
)

case(
    name="fmkorea-under-legal-review",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Wed, 11 Sep 2024 09:18:44 +0900",
    subject="RE: [%s] 시정요구 요청" % FM,
    reply_to_req=msgid(FM),
    body="""
안녕하세요, 에펨코리아 운영팀입니다.

요청하신 아래 2건은 현재 법무 검토 중(under review)입니다.
%s
%s
검토가 끝나는 대로 결과를 회신드리겠습니다.
""" % (F1, F2),
    outcome="review", classification="confirmation", review="not_understood",
    imitates="interim 'under legal review' reply naming the URLs",
    why="under review is no statement; items named but nothing readable about their status",
    items={F1: "pending", F2: "pending"},
)

case(
    name="naver-asks-for-documents",
    **{"from": "policy-support@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Wed, 04 Sep 2024 14:37:02 +0900",
    subject="RE: [%s] 시정요구 요청 - 추가 자료 요청" % NV,
    reply_to_req=msgid(NV),
    body="""
안녕하세요, NAVER 정책지원팀입니다.

요청번호 %s 건의 처리를 위해 아래 자료를 추가로 보내 주시기 바랍니다.

 1. 통신심의소위원회 의결서 사본
 2. 시정요구 공문(기관장 직인 날인본)

자료가 확인되는 대로 처리하겠습니다.
""" % NV,
    outcome="review", classification="request_for_info", review="asks_more",
    imitates="portal asking for the commission's decision and official letter before acting",
    why="the platform asks for documents; a clerk must answer",
    items={},
)

case(
    name="dc-conditional-deletion",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date="Tue, 10 Sep 2024 17:52:30 +0900",
    subject="[디시인사이드] %s 관련 안내" % DC,
    body="""
안녕하세요. 디시인사이드 신고센터입니다.

요청번호 %s 중 아래 게시물의 작성자에게 소명 기회를 부여하였습니다.
7일 이내에 소명이 없으면 해당 게시물은 삭제될 예정입니다.

%s
""" % (DC, G1),
    outcome="review", classification="confirmation", review="not_understood",
    imitates="notice that the author was given a chance to respond before deletion",
    why="deletion is conditional and in the future: item stays pending",
    items={G1: "pending"},
)

case(
    name="lookalike-domain-naver-notice",
    **{"from": "notice@navercorp-help.com"}, name_from="NAVER 고객센터",
    date="Sun, 08 Sep 2024 02:19:55 +0900",
    subject="[네이버] 게시중단 처리 완료 안내 (%s)" % NV,
    body="""
안녕하세요. 네이버 고객센터입니다.

요청번호 %s 의 게시물에 대한 게시중단 조치가 완료되었습니다.

 - %s
 - %s

처리 내역 확인: https://navercorp-help.com/kcsc/verify?id=%s
""" % (NV, N1, N3, NV),
    outcome="review", classification="confirmation", review="unknown_sender",
    imitates="NAVER-branded notice from a look-alike domain that is no NAVER sender",
    why="navercorp-help.com is not navercorp.com: unknown sender, nothing applied",
    items={N1: "pending", N3: "pending"},
)

# ================================================================ IGNORED
case(
    name="naver-out-of-office-korean",
    **{"from": "minseo.park@navercorp.com"}, name_from="박민서",
    date="Tue, 03 Sep 2024 10:02:31 +0900",
    subject="[자동응답] 부재중입니다: [%s] 시정요구 요청" % NV,
    reply_to_req=msgid(NV),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박민서입니다.
9월 3일(화)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 대표 메일(policy-support@navercorp.com)로 연락 부탁드립니다.

I am out of the office until Friday, September 6.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean/English out-of-office auto-reply (Auto-Submitted: auto-replied)",
    why="an out-of-office reply says nothing about items",
    items={},
)

DSN_ORIG = "\n".join(request_text(DC, DC_URLS))

case(
    name="dsn-dcinside-address-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Fri, 06 Sep 2024 10:05:12 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "8F2C1A0E5.1725584712/mx.kcsc.example", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mx.kcsc.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "<legal-kr@dcinside.com>: host mx.dcinside.com[203.0.113.45] said: 550 5.1.1\n"
        "    <legal-kr@dcinside.com>: Recipient address rejected: User unknown\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.kcsc.example\n"
        "Arrival-Date: Fri,  6 Sep 2024 10:05:10 +0900 (KST)\n\n"
        "Final-Recipient: rfc822; legal-kr@dcinside.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown\n",
        "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: legal-kr@dcinside.com\n"
        "Subject: [%s] =?UTF-8?B?7Iuc7KCV7JqU6rWsIOyalOyyrQ==?=\n"
        "Message-ID: <%s@kcsc.example>\n"
        "Date: Fri, 06 Sep 2024 10:05:08 +0900\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n%s\n" % (DC, msgid(DC), DSN_ORIG),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report delivery-status) returning our request to DC Inside",
    why="a bounce of our own request; the URLs are in the returned original",
    items={},
)

MDN_TEXT = "\n".join([
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "귀하가 보낸 메시지를 수신자가 읽었습니다.",
    "",
    "받는 사람: admin@fmkorea.com",
    "제목: [%s] 시정요구 요청" % FM,
    "읽은 시간: 2024-09-10 오전 10:12",
])

case(
    name="fmkorea-read-receipt",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    date="Tue, 10 Sep 2024 10:12:48 +0900",
    subject="읽음: [%s] 시정요구 요청" % FM,
    reply_to_req=msgid(FM),
    raw_mime=multipart("report", "mdn_fm_0910", [
        MDN_TEXT,
        "Content-Type: message/disposition-notification\n\n"
        "Reporting-UA: fmkorea.com; Microsoft Outlook 16.0\n"
        "Final-Recipient: rfc822;admin@fmkorea.com\n"
        "Original-Message-ID: <%s@kcsc.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n" % msgid(FM),
    ], params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt in Korean (읽음:) as multipart/report disposition-notification",
    why="a read receipt states nothing about items",
    items={},
)

case(
    name="soop-ticket-receipt-echo",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Mon, 09 Sep 2024 14:03:27 +0900",
    subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 #2409-118820)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
담당자가 확인 후 순차적으로 답변드릴 예정입니다.

접수번호: #2409-118820
접수일시: 2024-09-09 14:03
문의유형: 신고 > 불법·유해 콘텐츠

[문의 내용]
%s
%s
%s

답변은 영업일 기준 1~3일 이내에 이메일로 안내됩니다.
※ 본 메일은 발신 전용입니다.
""" % (S1, S2, S3),
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt echoing the reported URLs",
    why="pure receipt: 'received, will answer'; the echoed URLs carry no status",
    items={S1: "pending", S2: "pending", S3: "pending"},
)

case(
    name="kakao-receipt-english",
    **{"from": "no-reply@kakaocorp.com"}, name_from="Kakao Report Center",
    date="Thu, 05 Sep 2024 14:15:02 +0900",
    subject="We received your report (%s)" % DA,
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

We have received your report regarding request %s.
Ticket ID: KK-2409-88120

Our team will review it and get back to you by email. You do not need to reply
to this message.

Kakao Report Center
https://cs.kakao.com
""" % DA,
    outcome="ignored", classification="acknowledgement",
    imitates="automatic English ticket receipt from a Korean portal's report centre",
    why="acknowledgement only, with a ticket id",
    items={},
)

case(
    name="clien-out-of-office-english",
    **{"from": "sungho@clien.net"}, name_from="Sungho Lee",
    date="Wed, 11 Sep 2024 11:20:09 +0900",
    subject="Automatic reply: [%s] 불법정보 삭제 요청" % CL,
    reply_to_req=msgid(CL),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am away until September 16 with limited access to email.
For board moderation matters please write to admin@clien.net.

9월 16일까지 부재중입니다. 게시판 관련 문의는 admin@clien.net 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, bilingual",
    why="auto-reply, nothing about the item",
    items={},
)

case(
    name="ppomppu-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@ppomppu.co.kr"}, name_from="Mail Delivery System",
    date="Thu, 12 Sep 2024 10:31:44 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "5A1E7.1726104704/mail.ppomppu.co.kr", [
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.ppomppu.co.kr.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<report@ppomppu.co.kr>: cannot store message: mailbox is full\n",
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.ppomppu.co.kr\n\n"
        "Final-Recipient: rfc822; report@ppomppu.co.kr\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Diagnostic-Code: x-unix; mailbox is full\n",
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: KCSC Takedown <takedown@kcsc.example>\n"
        "To: report@ppomppu.co.kr\n"
        "Subject: [%s] illegal gambling ads\n"
        "Message-ID: <%s@kcsc.example>\n"
        "Date: Thu, 12 Sep 2024 10:30:05 +0900\n" % (PP, msgid(PP)),
    ], params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix 'mailbox is full' DSN from the platform's own mail server",
    why="a bounce is ignored whoever sends it",
    items={},
)

HEADER = """# Blind set 351: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, FM Korea, Clien, Ppomppu), Korean and English, with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Generated by make.py; expected results written from each email's meaning
# before any run of the reader."""


def enc(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode(linesep="\n")


def main():
    write_requests()
    for c in CASES:
        # Display names and subjects travel RFC 2047-encoded, as mail clients
        # send them; a few Korean subjects stay raw UTF-8 (8-bit headers
        # are what some Korean webmail systems send).
        c["name_from"] = enc(c["name_from"])
        if not c.pop("raw_subject", False):
            c["subject"] = enc(c["subject"])
    corpuslib.write_set(HERE, "blind351", HEADER, CASES)


if __name__ == "__main__":
    main()
