#!/usr/bin/env python3
"""Blind set 309: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, Inven, Ppomppu, FM Korea, Clien), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind309/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning before any run of the
reader. All names, ids and URLs are fictional.
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

SET = "blind309"

# ---------------------------------------------------------------- requests
N1 = "https://blog.naver.com/moonlit_k7/223550011234"
N2 = "https://blog.naver.com/moonlit_k7/223550011298"
N3 = "https://cafe.naver.com/dalbitmarket/118204"
N4 = "https://cafe.naver.com/dalbitmarket/118377"
N5 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=8020105&docId=477123456"
N6 = "https://blog.naver.com/PostView.naver?blogId=greenpine_22&logNo=223561100045"
N7 = "https://cafe.naver.com/hanbit2019/5521"
N8 = "https://tv.naver.com/v/58812345"
N9 = "https://post.naver.com/viewer/postView.naver?volumeNo=38811234&memberNo=5512345"
N10 = "https://blog.naver.com/greenpine_22/223561100102"
N11 = "https://cafe.naver.com/hanbit2019/5530"
N12 = "https://m.blog.naver.com/sora_diary9/223570088811"
NAVER = [N1, N2, N3, N4, N5, N6, N7, N8, N9, N10, N11, N12]

D1 = "https://cafe.daum.net/windsound77/Ab1C/331"
D2 = "https://cafe.daum.net/windsound77/Ab1C/340"
D3 = "https://v.daum.net/v/20240903112233445"
D4_RAW = "https://cafe.daum.net/바람소리/Xy9z/12"
D4 = "https://cafe.daum.net/" + quote("바람소리") + "/Xy9z/12"
DAUM = [D1, D2, D3, D4]

C1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812345"
C2 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=8812399"
C3 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=44120"
C4 = "https://gall.dcinside.com/mgallery/board/view/?id=nightcity&no=44187"
C5 = "https://gall.dcinside.com/mini/board/view/?id=sunflower9&no=2210"
DC = [C1, C2, C3, C4, C5]

S1 = "https://vod.sooplive.co.kr/player/130442211"
S2 = "https://vod.sooplive.co.kr/player/130450987"
S3 = "https://ch.sooplive.co.kr/nightowl77/post/99812345"
SOOP = [S1, S2, S3]

I1 = "https://www.inven.co.kr/board/lostark/6271/112233"
I2 = "https://www.inven.co.kr/board/maple/5974/887766"
INVEN = [I1, I2]

P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012345"

F1 = "https://www.fmkorea.com/7312345678"
F2 = "https://www.fmkorea.com/7312350011"
F3 = "https://www.fmkorea.com/best/7312361234"
FMK = [F1, F2, F3]

REQUESTS = [
    # ref, platform, sent, due, urls, category, message_id, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     NAVER, "illegal_gambling", "req-240902-01", "NAVER blogs, cafes, KiN, TV, Post"),
    ("KCSC-240904-02", "daum", "2024-09-04T10:00:00+09:00", "2024-09-11T23:59:59+09:00",
     DAUM, "defamation", "req-240904-02", "Daum cafes and one news page"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T10:00:00+09:00", "2024-09-12T23:59:59+09:00",
     DC, "illegal_trade", "req-240905-03", "DC Inside galleries"),
    ("KCSC-240906-04", "soop", "2024-09-06T10:00:00+09:00", "2024-09-13T23:59:59+09:00",
     SOOP, "obscenity", "req-240906-04", "SOOP VODs and a channel post"),
    ("KCSC-240909-05", "inven", "2024-09-09T10:00:00+09:00", "2024-09-16T23:59:59+09:00",
     INVEN, "illegal_trade", "req-240909-05", "Inven game boards"),
    ("KCSC-240910-06", "ppomppu", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00",
     [P1], "fraud", "req-240910-06", "Ppomppu free board"),
    ("KCSC-240911-07", "fmkorea", "2024-09-11T10:00:00+09:00", "2024-09-18T23:59:59+09:00",
     FMK, "drugs", "req-240911-07", "FM Korea documents"),
]
REQ = {r[0]: r for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DAYS = {2: "Mon", 3: "Tue", 4: "Wed", 5: "Thu", 6: "Fri", 7: "Sat", 8: "Sun", 9: "Mon",
        10: "Tue", 11: "Wed", 12: "Thu", 13: "Fri", 14: "Sat", 15: "Sun", 16: "Mon",
        17: "Tue", 18: "Wed", 19: "Thu", 20: "Fri"}


def dt(day, hh, mm):
    return f"{DAYS[day]}, {day:02d} Sep 2024 {hh:02d}:{mm:02d}:{(day * 7 + mm) % 60:02d} +0900"


def h(s):
    """RFC 2047 encode a header text (Korean subjects and names)."""
    return Header(s, "utf-8").encode()


def request_text(ref):
    _, _, sent, due, urls, _, _, _ = REQ[ref]
    lines = [
        "안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
        "",
        "귀사 서비스에 게시된 아래 정보에 대하여 시정요구(삭제)를 통보하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", f"회신 기한: {due[:10]}", "", "KCSC 불법정보대응팀 / takedown@kcsc.example"]
    return lines


def quoted(ref, intro):
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in request_text(ref))


def outlook_original(ref, sent_line):
    _, plat, _, _, _, _, _, _ = REQ[ref]
    return "\n".join([
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent_line}",
        f"To: {plat} takedown contact",
        f"Subject: [{ref}] 불법정보 시정요구 통보",
        "",
    ] + request_text(ref))


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================= APPLIED
# --- NAVER (KCSC-240902-01, 12 items)

case(
    name="naver-gsd-result-html-table",
    date=dt(4, 16, 20),
    **{"from": "noreply_right@navercorp.com"},
    name_from=h("NAVER 권리보호센터"),
    subject=h("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)"),
    reply_to_req="req-240902-01",
    type="html",
    body=f"""<html><body style="font-family:'Nanum Gothic',sans-serif">
<p>안녕하세요. NAVER 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 건(요청번호 KCSC-240902-01) 중 아래 게시물에 대한 처리 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>No.</th><th>게시물 URL</th><th>처리 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N1}">{N1}</a></td><td>게시중단</td><td>운영정책 위반</td></tr>
<tr><td>2</td><td><a href="{N2}">{N2}</a></td><td>게시중단</td><td>운영정책 위반</td></tr>
<tr><td>3</td><td><a href="{N3}">{N3}</a></td><td>임시조치(30일)</td><td>정보통신망법 제44조의2</td></tr>
<tr><td>4</td><td><a href="{N4}">{N4}</a></td><td>게시물 없음</td><td>작성자가 이미 삭제함</td></tr>
<tr><td>5</td><td><a href="{N6}">{N6}</a></td><td>유지</td><td>위반 사항이 확인되지 않음</td></tr>
<tr><td>6</td><td><a href="{N8}">{N8}</a></td><td>게시중단</td><td>청소년유해 및 불법정보</td></tr>
</table>
<p>나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>처리 기준은 <a href="https://help.naver.com/service/5640/contents/19187">게시중단 운영정책</a>에서 확인하실 수 있습니다.</p>
<p>감사합니다.<br>NAVER 권리보호센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice as an HTML table",
    why="Trusted NAVER table: three 게시중단, one 임시조치, one author-deleted, one kept; help link is no item.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "not_found", N6: "rejected", N8: "removed"},
)

_csv_rows = [
    ("1", N1, "삭제", "2024-09-05 11:02", ""),
    ("2", N2, "삭제", "2024-09-05 11:02", ""),
    ("3", N3, "임시조치", "2024-09-05 11:10", "30일 접근 차단"),
    ("4", N4, "삭제", "2024-09-05 11:10", ""),
    ("5", N5, "게시물 없음", "-", "작성자 삭제"),
    ("6", N6, "삭제", "2024-09-05 11:15", ""),
    ("7", N7, "블라인드", "2024-09-05 11:21", "카페 게시글"),
    ("8", N8, "삭제", "2024-09-05 11:24", ""),
    ("9", N9, "미조치(유지)", "-", "위반사항 없음"),
    ("10", N10, "비공개 처리", "2024-09-05 11:30", ""),
    ("11", N11, "임시조치", "2024-09-05 11:31", "30일 접근 차단"),
    ("12", N12, "삭제", "2024-09-05 11:33", ""),
]
_buf = io.StringIO()
_w = csv.writer(_buf, lineterminator="\r\n")
_w.writerow(["번호", "URL", "처리결과", "처리일시", "비고"])
for _r in _csv_rows:
    _w.writerow(_r)
_csv_bytes = ("\ufeff" + _buf.getvalue()).encode("utf-8")
case(
    name="naver-csv-attachment-all-twelve",
    date=dt(5, 14, 3),
    **{"from": "gov-request@navercorp.com"},
    name_from=h("네이버 기관요청 담당"),
    subject=h("RE: [KCSC-240902-01] 불법정보 시정요구 통보 - 처리결과 회신"),
    reply_to_req="req-240902-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="nv309-csv-b"

--nv309-csv-b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 네이버 기관요청 담당자입니다.

요청번호 KCSC-240902-01로 통보하신 12건의 조치 결과를 첨부 파일(CSV)로
회신드립니다. 파일의 '처리결과' 열을 참고해 주시기 바랍니다.

문의 사항이 있으시면 이 메일로 회신해 주세요.

네이버 주식회사 기관요청 담당 드림

--nv309-csv-b
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_bytes)}
--nv309-csv-b--
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal's 조치결과 spreadsheet sent back as a CSV attachment (Excel UTF-8 with BOM)",
    why="CSV lists all twelve items: 삭제/블라인드/비공개 = removed, 임시조치 = restricted, 게시물 없음 = not_found, 미조치(유지) = rejected.",
    items={N1: "removed", N2: "removed", N3: "restricted", N4: "removed", N5: "not_found",
           N6: "removed", N7: "removed", N8: "removed", N9: "rejected", N10: "removed",
           N11: "restricted", N12: "removed"},
)

case(
    name="naver-english-kept-and-author-deleted",
    date=dt(6, 9, 41),
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy Team",
    subject="Re: [KCSC-240902-01] Removal request - NAVER Post / KnowledgeiN",
    reply_to_req="req-240902-01",
    body=f"""Dear KCSC Takedown team,

Thank you for your notice. Our policy team has looked at two of the URLs in
request KCSC-240902-01 and would like to share the outcome.

{N9}
We reviewed this NAVER Post series against our operating policy and the
applicable law and did not find a violation. The content remains published.
If you have a deliberation decision that covers it, please send it to us and
we will look at the case again.

{N5}
This KnowledgeiN question had already been deleted by the member who posted
it before our review, so there was nothing left for us to act on.

Kind regards,
Seo-yeon Park
NAVER Policy Team
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team English reply declining one item with its reason (Korean portal replies to foreign-style requests)",
    why="N9 stays up because no violation was found (rejected); the KiN question was deleted by its author (not_found).",
    items={N9: "rejected", N5: "not_found"},
)

case(
    name="naver-cafe-top-posted-blind-one",
    date=dt(3, 15, 12),
    **{"from": "cafe_support@navercorp.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h("Re: [KCSC-240902-01] 불법정보 시정요구 통보"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 카페 운영지원 담당입니다.

아래 요청 중 카페 게시글 {N7} 은(는) 오늘 오후 블라인드 처리하였습니다.
나머지 건은 각 서비스 담당 부서에서 확인 중이며, 처리되는 대로 따로 회신드리겠습니다.

감사합니다.
카페 운영지원 김도윤 드림

{quoted("KCSC-240902-01", "2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a NAVER Cafe support agent over the quoted request",
    why="Only the cafe post named above the quote is 블라인드 (removed); the quoted twelve URLs and '확인 중' change nothing.",
    items={N7: "removed"},
)

case(
    name="naver-qp-bullets-korean",
    date=dt(5, 17, 48),
    **{"from": "blog_help@navercorp.com"},
    name_from=h("네이버 블로그 고객센터"),
    subject=h("[네이버 블로그] 요청하신 게시물 처리 내역 안내 (KCSC-240902-01)"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(f"""안녕하세요. 네이버 블로그 고객센터입니다.

요청번호 KCSC-240902-01 관련하여 블로그 게시물 처리 내역을 안내드립니다.

■ 처리 내역
 - {N2} : 삭제
 - {N10} : 비공개 처리 (운영정책 위반)
 - {N5} : 작성자가 이미 삭제한 질문으로, 조치할 게시물이 없습니다

※ 위 지식iN 주소는 블로그 서비스가 아니지만 함께 확인하여 안내드립니다.

네이버 블로그 고객센터 드림
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER Blog customer-centre 처리 내역 mail, quoted-printable UTF-8 with bullet list",
    why="Delete and 비공개 처리 are removed; the KiN question already deleted by its author is not_found (still a NAVER item).",
    items={N2: "removed", N10: "removed", N5: "not_found"},
)

case(
    name="naver-receipt-plus-immediate-action",
    date=dt(2, 13, 5),
    **{"from": "gov-request@navercorp.com"},
    name_from=h("네이버 기관요청 담당"),
    subject=h("[접수완료] KCSC-240902-01 시정요구 건"),
    reply_to_req="req-240902-01",
    body=f"""방송통신심의위원회 담당자님께,

귀 위원회의 요청은 정상적으로 접수되었습니다 (접수번호 NV-2409-55812).
긴급 건으로 분류된 아래 게시물은 접수 즉시 게시중단 조치하였습니다.

{N6}
{N8}

나머지 게시물은 검토 후 별도로 안내드리겠습니다.

네이버 기관요청 담당 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 접수 확인 mail that also reports an immediate 게시중단 (receipt with statements)",
    why="Acknowledgement wording, but two URLs below an unhedged 게시중단 statement: removed; the rest is a promise.",
    items={N6: "removed", N8: "removed"},
)

case(
    name="naver-statement-of-reasons-english",
    date=dt(6, 18, 30),
    **{"from": "dsa-notice@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="Statement of reasons - your notice KCSC-240902-01",
    body=f"""NAVER Corp. - Notice of action taken

Your reference: KCSC-240902-01
Our reference: NTS-24-0917733

Item 1
Content: {N11}
Decision: access disabled for 30 days as a temporary measure (임시조치) under
Article 44-2 of the Network Act, pending the author's objection
Ground: alleged illegal content, legal ground
Automated means used: no

Item 2
Content: {N12}
Decision: content removed
Ground: violation of the NAVER Blog operating policy (illegal gambling
promotion)
Automated means used: no

You may find information on redress options at
https://policy.naver.com/policy/redress.html

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons adapted by a Korean portal (decision / ground / automated means)",
    why="임시조치 access disabled for 30 days is restricted; content removed is removed; the redress link is no item.",
    items={N11: "restricted", N12: "removed"},
)

case(
    name="naver-cafe-url-then-arrow-status",
    date=dt(4, 11, 17),
    **{"from": "cafe_support@navercorp.com"},
    name_from=h("네이버 카페 운영지원"),
    subject=h("[네이버 카페] KCSC-240902-01 처리 결과"),
    body=f"""안녕하세요. 네이버 카페 운영지원입니다.

요청하신 '달빛마켓' 카페 게시글 2건의 처리 결과입니다.

1) {N3}
   → 카페 운영원칙 및 이용약관 위반으로 게시글 삭제
2) {N4}
   → 게시글 없음 (작성자 탈퇴로 이미 삭제된 글)

해당 카페에는 운영 경고 1회가 부여되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER Cafe 운영지원 reply: numbered bare URLs, status on the line below after an arrow",
    why="First cafe post deleted (removed); second already gone with its author (not_found).",
    items={N3: "removed", N4: "not_found"},
)

case(
    name="naver-wrapped-urls-in-angle-brackets",
    date=dt(9, 10, 2),
    **{"from": "gov-request@navercorp.com"},
    name_from=h("네이버 기관요청 담당"),
    subject="RE: [KCSC-240902-01] follow-up",
    reply_to_req="req-240902-01",
    body="""Hello,

Following up on KCSC-240902-01. The blog post
<https://blog.naver.com/PostView.naver?blogId=greenpine_22
&logNo=223561100045> has been deleted by our operations team.

The Post series
<https://post.naver.com/viewer/postView.naver?volumeNo=38811234
&memberNo=5512345> was placed under a 30-day temporary measure
(임시조치): it cannot be viewed while the measure lasts.

Best regards,
NAVER government request desk
""",
    outcome="applied", classification="confirmation",
    imitates="Plain-text mail wrapped at 72 columns by the client, long URLs split inside angle brackets (RFC 3986 appendix C)",
    why="Angle brackets delimit each wrapped URL: N6 deleted (removed), N9 under 임시조치 (restricted).",
    items={N6: "removed", N9: "restricted"},
)

case(
    name="naver-tv-age-gate-and-blog-deleted",
    date=dt(5, 20, 11),
    **{"from": "tv_help@navercorp.com"},
    name_from="NAVER TV Help",
    subject="Re: [KCSC-240902-01] NAVER TV clip and blog post",
    reply_to_req="req-240902-01",
    body=f"""Hi KCSC team,

Two updates on your request:

- The NAVER TV clip {N8} is now age-restricted: it can only be played
  after logging in with a verified adult account (19+).
- The blog post {N1} was deleted today for promoting illegal gambling.

Thanks,
Ji-ho Lee | NAVER TV Operations
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER TV operations English reply in a bulleted list",
    why="Age-restricted clip is restricted; the deleted blog post is removed.",
    items={N8: "restricted", N1: "removed"},
)

# --- Daum / Kakao (KCSC-240904-02, 4 items)

case(
    name="daum-temporary-measure-korean",
    date=dt(5, 10, 44),
    **{"from": "noreply_right@kakaocorp.com"},
    name_from=h("Daum 권리침해신고센터"),
    subject=h("[Daum] 권리침해 게시물 임시조치 안내 (KCSC-240904-02)"),
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

요청번호 KCSC-240904-02로 접수된 게시물 중 아래 2건에 대하여
정보통신망 이용촉진 및 정보보호 등에 관한 법률 제44조의2 제4항에 따라
30일간 임시조치(해당 게시물에 대한 접근 차단)를 하였습니다.

  · {D1}
  · {D2}

임시조치 기간 중 게시자가 재게시를 요청하는 경우, 관련 절차에 따라 처리됩니다.
자세한 내용은 고객센터 도움말(https://cs.daum.net/faq/95/7580.html)을 참고해 주세요.

Daum 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Daum 권리침해신고센터 30일 임시조치 notice",
    why="임시조치 with access blocked for 30 days is restricted for both named cafe posts; the FAQ link is no item.",
    items={D1: "restricted", D2: "restricted"},
)

case(
    name="daum-raw-korean-path-and-kept-article",
    date=dt(6, 16, 8),
    **{"from": "cafe_cs@daum.net"},
    name_from=h("Daum 카페 고객센터"),
    subject=h("Re: [KCSC-240904-02] 불법정보 시정요구 통보"),
    reply_to_req="req-240904-02",
    body=f"""안녕하세요, Daum 카페 고객센터입니다.

1. 카페 게시글 {D4_RAW} 는 Daum 운영정책(명예훼손) 위반으로 삭제되었습니다.

2. 뉴스 페이지 {D3} 는 제휴 언론사가 송고한 기사로,
   검토 결과 운영정책 위반 사항이 확인되지 않아 게시를 유지합니다.
   기사 내용에 대한 정정·삭제는 해당 언론사 또는 언론중재위원회를 통해 요청하실 수 있습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe customer-centre reply with a raw Hangul cafe path and a refused news article",
    why="Raw Korean path matches the percent-encoded request URL (removed); the article is kept after review, with the reason (rejected).",
    items={D4: "removed", D3: "rejected"},
)

case(
    name="daum-kakao-english-over-outlook-original",
    date=dt(9, 14, 26),
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="RE: [KCSC-240904-02] 불법정보 시정요구 통보",
    reply_to_req="req-240904-02",
    body=f"""Hello,

Kakao Trust & Safety here, answering for Daum Cafe.

{D1} - deleted on 9 September for violating the Daum operating policy.
{D2} - we could not find this post; the address no longer points to any
article in that cafe.

We will come back to you on the remaining items.

Regards,
Kakao Trust & Safety

{outlook_original("KCSC-240904-02", "Wednesday, September 4, 2024 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao Trust & Safety English reply top-posted over an Outlook '-----Original Message-----' block",
    why="Two statements above the original: D1 removed, D2 not_found; the unprefixed original request below changes nothing.",
    items={D1: "removed", D2: "not_found"},
)

# --- DC Inside (KCSC-240905-03, 5 items)

case(
    name="dc-numbered-list-done",
    date=dt(6, 11, 30),
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240905-03)"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물의 처리 결과를 안내드립니다.

1. {C1} - 삭제 완료
2. {C2} - 삭제 완료
3. {C3} - 삭제 완료
4. {C4} - 삭제 완료
5. {C5} - 이미 작성자가 삭제한 게시물입니다.

앞으로도 건전한 커뮤니티 운영을 위해 노력하겠습니다.
디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 numbered 삭제 완료 list",
    why="Four posts 삭제 완료 (removed); one already deleted by its author (not_found).",
    items={C1: "removed", C2: "removed", C3: "removed", C4: "removed", C5: "not_found"},
)

case(
    name="dc-bare-url-status-below",
    date=dt(9, 9, 15),
    **{"from": "report@dcinside.com"},
    name_from=h("디시인사이드 신고센터"),
    subject=h("Re: [KCSC-240905-03] 불법정보 시정요구 통보"),
    reply_to_req="req-240905-03",
    body=f"""담당자님 안녕하세요.

{C3}
처리: 성인인증 게시물로 전환 (미성년자 열람 제한)

{C2}
처리: 삭제 및 작성 IP 차단

이상입니다. 나머지 건은 갤러리 관리자 확인 후 회신드리겠습니다.

디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="Terse DC Inside 신고센터 reply: bare URL, '처리:' line below",
    why="Adult-verification gate is an age restriction (restricted); the other post deleted (removed).",
    items={C3: "restricted", C2: "removed"},
)

case(
    name="dc-mixed-with-policy-links",
    date=dt(10, 17, 52),
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("[디시인사이드] KCSC-240905-03 추가 처리 결과"),
    type="html",
    body=f"""<div>안녕하세요. 디시인사이드 운영팀입니다.</div>
<div><br></div>
<div>지난번 회신에서 빠진 2건의 결과를 알려드립니다.</div>
<ul>
<li><a href="{C4}">{C4}</a> : 게시물 삭제 (불법 거래 유도)</li>
<li><a href="{C5}">{C5}</a> : 검토 결과 신고 사유에 해당하지 않는 것으로 판단되어 삭제하지 않았습니다.</li>
</ul>
<div>게시물 처리 기준은 <a href="https://www.dcinside.com/policy/operation">운영 정책</a>을,
이의 제기는 <a href="https://gall.dcinside.com/board/lists/?id=singo">신고 갤러리</a>를 이용해 주세요.</div>
<div><br></div>
<div>감사합니다.</div>""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside HTML reply with bullet results and links to the operating policy and report gallery",
    why="C4 deleted (removed); C5 not deleted because no rule is broken (rejected); policy and report-board links are not items.",
    items={C4: "removed", C5: "rejected"},
)

# --- SOOP (KCSC-240906-04, 3 items)

case(
    name="soop-vod-private-and-19plus",
    date=dt(9, 13, 40),
    **{"from": "help@sooplive.co.kr"},
    name_from=h("SOOP 고객센터"),
    subject=h("[SOOP] 신고하신 VOD 처리 결과 안내 (KCSC-240906-04)"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

방송통신심의위원회에서 요청하신 VOD에 대한 조치 결과를 안내드립니다.

▶ {S1}
   VOD 비공개 처리 및 해당 스트리머 방송 7일 정지

▶ {S2}
   19세 이상 시청 가능 콘텐츠로 변경 (연령 제한 적용)

SOOP은 앞으로도 유해 콘텐츠 관리에 최선을 다하겠습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 고객센터 VOD 처리 결과 notice",
    why="VOD 비공개 처리 is removed; 19세 이상 age gate is restricted.",
    items={S1: "removed", S2: "restricted"},
)

case(
    name="soop-english-channel-post-removed",
    date=dt(7, 10, 5),
    **{"from": "trust@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Your report KCSC-240906-04 - outcome",
    body=f"""Hello,

Thank you for contacting SOOP Trust & Safety.

After review, the channel post at {S3} has been removed for violating the
SOOP Operating Policy (promotion of illegal gambling). The streamer's
channel has also received a 7-day posting restriction.

This message only concerns the channel post; the VODs in your request are
handled by our VOD team.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP Trust & Safety English outcome mail for a single reported post",
    why="The named channel post has been removed; the posting restriction is on the account, not an item.",
    items={S3: "removed"},
)

_soop_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. SOOP 운영팀입니다. (KCSC-240906-04)</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상</th><th>조치 결과</th><th>사유</th></tr></thead>
<tbody>
<tr><td>{S2}</td><td>삭제</td><td>음란물 게시</td></tr>
<tr><td>{S3}</td><td>유지</td><td>운영정책 위반 사항 없음</td></tr>
</tbody></table>
<p>본 메일은 발신 전용입니다. 문의는 <a href="https://help.sooplive.co.kr/">SOOP 고객센터</a>를 이용해 주세요.</p>
</body></html>
"""
case(
    name="soop-base64-html-table",
    date=dt(10, 8, 55),
    **{"from": "noreply@afreecatv.com"},
    name_from=h("SOOP 운영팀"),
    subject=h("[SOOP] 요청 게시물 조치 결과"),
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_soop_html.encode("utf-8")),
    outcome="applied", classification="confirmation",
    imitates="SOOP no-reply HTML notice sent from the legacy afreecatv.com domain, base64 body",
    why="Second VOD 삭제 (removed); channel post 유지 with no violation found (rejected).",
    items={S2: "removed", S3: "rejected"},
)

# --- Inven (KCSC-240909-05, 2 items)

case(
    name="inven-gm-reply-delete-and-keep",
    date=dt(10, 15, 33),
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 운영팀"),
    subject=h("[인벤] 게시물 조치 결과 안내 - KCSC-240909-05"),
    body=f"""안녕하세요, 인벤 운영팀입니다.

요청하신 게시물 2건을 확인하였습니다.

● 로스트아크 게시판 {I1}
  → 게시물 삭제 및 작성자 30일 글쓰기 제한

● 메이플스토리 게시판 {I2}
  → 검토 결과 신고 사유(불법 거래)에 해당하는 내용이 없어 게시물을 유지합니다.
    게시물은 게임 내 아이템 시세에 대한 질문 글입니다.

감사합니다.
인벤 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Inven 운영팀 GM-style reply with one deletion and one refusal with reason",
    why="First post deleted (removed); second kept because it is not an illegal trade (rejected).",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-echoed-report-form",
    date=dt(11, 12, 1),
    **{"from": "noreply@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    subject=h("[인벤 고객지원] 신고 처리 결과 안내"),
    body=f"""[인벤 고객지원] 신고 처리 결과 안내

---------------- 신고 내용 ----------------
신고자      : 방송통신심의위원회 (takedown@kcsc.example)
신고 게시물 : {I2}
신고 사유   : 불법 거래 / KCSC-240909-05
신고 일시   : 2024-09-09 10:12
--------------------------------------------

[처리 결과]
해당 게시물은 운영정책 제7조(불법 거래) 위반으로 삭제 처리되었습니다.

처리 일시 : 2024-09-11 11:58
처리 담당 : 인벤 운영팀

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven customer-support outcome mail that echoes the submitted report form",
    why="The echoed form names one post; the result section says that post was deleted (removed).",
    items={I2: "removed"},
)

# --- Ppomppu (KCSC-240910-06, 1 item)

case(
    name="ppomppu-sole-statement-no-url",
    date=dt(11, 9, 27),
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영자"),
    subject=h("Re: [KCSC-240910-06] 불법정보 시정요구 통보"),
    reply_to_req="req-240910-06",
    body="""안녕하세요. 뽐뿌 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치 완료하였습니다.
작성자 계정은 이용 정지 처리하였습니다.

감사합니다.
뽐뿌 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Short Ppomppu admin reply in the request thread, no URL",
    why="Threaded reply to a one-item request saying the requested post was deleted: applies to that item (removed).",
    items={P1: "removed"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    date=dt(12, 16, 14),
    **{"from": "cs@ppomppu.co.kr"},
    name_from=h("뽐뿌 고객센터"),
    subject=h("[뽐뿌] 게시물 처리 안내 (KCSC-240910-06)"),
    body=f"""방송통신심의위원회 담당자님께

자유게시판 게시물（{P1}）은 사기 거래 유도 게시물로 확인되어 블라인드 처리되었습니다。

블라인드된 게시물은 작성자 외에는 열람할 수 없으며 30일 후 완전히 삭제됩니다。

뽐뿌 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="Korean reply typed with full-width punctuation around the URL (IME full-width mode)",
    why="The post is 블라인드 처리 (removed); the later full deletion is only a note on the same item.",
    items={P1: "removed"},
)

# --- FM Korea (KCSC-240911-07, 3 items)

case(
    name="fmk-english-bulleted-outcomes",
    date=dt(12, 11, 8),
    **{"from": "admin@fmkorea.com"},
    name_from="FM Korea Admin",
    subject="[FM Korea] KCSC-240911-07 results",
    body=f"""Hello KCSC,

Results for your request KCSC-240911-07:

* {F1} -- deleted (drug sale advertisement)
* {F2} -- not found: there is no document with this number on our site
* {F3} -- moved to members-only view with adult verification; minors and
  visitors who are not logged in can no longer open it

Best,
FM Korea admin team
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea admin English reply with bulleted per-URL outcomes",
    why="Deleted = removed; no such document = not_found; adult-verification gate = restricted.",
    items={F1: "removed", F2: "not_found", F3: "restricted"},
)

case(
    name="fmk-gmail-quote-one-deleted",
    date=dt(11, 18, 47),
    **{"from": "admin@fmkorea.com"},
    name_from=h("에펨코리아 운영진"),
    subject=h("Re: [KCSC-240911-07] 불법정보 시정요구 통보"),
    reply_to_req="req-240911-07",
    body=f"""포텐 게시판의 {F3} 게시물은 방금 삭제했습니다.
나머지 두 건은 내일 확인해서 답장 드릴게요.

에펨코리아 운영진

{quoted("KCSC-240911-07", "2024년 9월 11일 (수) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-post from an FM Korea admin over the '>'-quoted request",
    why="Only the URL above the quote is deleted (removed); the rest is a promise and quoted text.",
    items={F3: "removed"},
)

case(
    name="fmk-outlook-angle-bracket-url",
    date=dt(12, 20, 3),
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea Report Desk",
    subject="RE: [KCSC-240911-07] 불법정보 시정요구 통보",
    reply_to_req="req-240911-07",
    body=f"""Dear Sir/Madam,

The following document was deleted on 12 September (KST):
<{F2}>

The other documents in your request are still being checked by the board
moderators.

FM Korea Report Desk

{outlook_original("KCSC-240911-07", "Wednesday, September 11, 2024 10:00 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply: URL in angle brackets on the line below its statement, original request unquoted below",
    why="One document deleted (removed); 'still being checked' and the Outlook original change nothing.",
    items={F2: "removed"},
)

# ================================================================= REVIEW

case(
    name="naver-promise-sequential-removal",
    date=dt(3, 9, 50),
    **{"from": "gov-request@navercorp.com"},
    name_from=h("네이버 기관요청 담당"),
    subject=h("RE: [KCSC-240902-01] 처리 일정 안내"),
    reply_to_req="req-240902-01",
    body=f"""안녕하세요, 네이버 기관요청 담당입니다.

요청하신 게시물 중 아래 블로그 게시물 2건은 내부 검토를 거쳐
이번 주 중 순차적으로 게시중단될 예정입니다.

- {N1}
- {N2}

처리가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean portal 처리 예정 (schedule) notice",
    why="'게시중단될 예정' is a promise, not a statement: items stay pending and a clerk should read it.",
    items={N1: "pending", N2: "pending"},
)

case(
    name="daum-bulk-all-four-blinded",
    date=dt(6, 19, 2),
    **{"from": "cafe_cs@daum.net"},
    name_from=h("Daum 카페 고객센터"),
    subject=h("Re: [KCSC-240904-02] 불법정보 시정요구 통보"),
    reply_to_req="req-240904-02",
    body="""안녕하세요, Daum 카페 고객센터입니다.

요청하신 게시글 4건 모두 확인 후 블라인드 처리 완료하였습니다.
해당 카페 운영자에게도 경고 조치하였습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="Daum Cafe one-line 'all reported posts blinded' reply",
    why="One statement for a four-item request without naming each item: bulk review, nothing applied.",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="dc-dmarc-fail-deleted",
    date=dt(6, 8, 12),
    auth="fail",
    **{"from": "help@dcinside.com"},
    name_from=h("디시인사이드 운영팀"),
    subject=h("[디시인사이드] 게시물 삭제 완료 (KCSC-240905-03)"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

요청하신 아래 게시물을 삭제 완료하였습니다.

{C1}
{C2}

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="DC Inside deletion notice whose DKIM/SPF/DMARC fail (relayed or spoofed)",
    why="Sender claims dcinside.com but fails authentication: untrusted, nothing applied.",
    items={C1: "pending", C2: "pending"},
)

case(
    name="fmk-volunteer-moderator-gmail",
    date=dt(11, 22, 40),
    **{"from": "fm.mod.jiho@gmail.com"},
    name_from="Jiho (FM Korea moderator)",
    subject="Re: [KCSC-240911-07] 불법정보 시정요구 통보",
    body=f"""Hi, I'm one of the volunteer board moderators on FM Korea. The admin
team forwarded your request to us.

I deleted {F1} from the board tonight. The other two are for the
admin team since they are on the best board.

- Jiho
""",
    outcome="review", review="unknown_sender",
    imitates="Volunteer community moderator answering from a personal Gmail address",
    why="Status stated from gmail.com, not an FM Korea sender domain: unknown_sender, nothing applied.",
    items={F1: "pending"},
)

case(
    name="clien-says-ppomppu-post-deleted",
    date=dt(11, 14, 19),
    **{"from": "admin@clien.net"},
    name_from=h("클리앙 운영진"),
    subject=h("Re: 게시물 삭제 요청 (KCSC-240910-06)"),
    body=f"""안녕하세요, 클리앙 운영진입니다.

보내주신 주소 {P1} 는
클리앙이 아니라 뽐뿌 자유게시판의 게시물입니다. 요청을 잘못 보내신 것 같습니다.

참고로 확인해 보니 해당 게시물은 현재 삭제되어 있습니다.

클리앙 운영진 드림
""",
    outcome="review", review="wrong_platform",
    imitates="Clien admin answering a misdirected request about another community's post",
    why="Clien states the status of a Ppomppu item: wrong_platform, the item stays pending.",
    items={P1: "pending"},
)

case(
    name="soop-hedged-already-hidden",
    date=dt(7, 15, 55),
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP Help Center",
    subject="Re: KCSC-240906-04",
    reply_to_req="req-240906-04",
    body=f"""Hello,

Regarding {S1}: it appears that this VOD may already have been hidden by
the streamer before our team looked at it. We are confirming this with the
VOD team and will let you know.

SOOP Help Center
""",
    outcome="review", review="not_understood",
    imitates="SOOP help-centre hedged interim reply",
    why="'appears ... may already have been hidden' is a hedge: the item stays pending and the email needs a reader.",
    items={S1: "pending"},
)

case(
    name="naver-new-intake-channel-no-items",
    date=dt(13, 11, 0),
    **{"from": "gov-request@navercorp.com"},
    name_from=h("네이버 기관요청 담당"),
    subject=h("[안내] 기관 요청 접수 창구 변경"),
    body="""안녕하세요, 네이버 기관요청 담당입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 요청은 이메일 대신
기관 전용 접수 페이지(https://right.naver.com/agency)로 접수해 주시기 바랍니다.
기존 메일 주소로 보내주시는 요청도 9월 말까지는 처리됩니다.

계정 발급은 담당자 성명, 소속, 연락처를 회신해 주시면 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="Portal announcement to public agencies about a new intake page",
    why="Trusted NAVER mail naming no item and no request: no_claims; the intake page is not an item.",
    items={},
)

case(
    name="inven-asks-for-official-letter",
    date=dt(9, 17, 25),
    **{"from": "cs@inven.co.kr"},
    name_from=h("인벤 운영팀"),
    subject=h("[인벤] KCSC-240909-05 관련 추가 자료 요청"),
    reply_to_req="req-240909-05",
    body=f"""안녕하세요, 인벤 운영팀입니다.

요청하신 게시물
{I1}
{I2}
에 대해 조치하려면 시정요구 공문(기관 직인 날인) 또는 심의 의결서 사본이 필요합니다.
해당 서류를 이 메일로 회신해 주시면 확인 후 바로 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Community site asking for the official letter before acting (추가 자료 요청)",
    why="Inven asks for documents before acting: asks_more, both items pending.",
    items={I1: "pending", I2: "pending"},
)

case(
    name="fmk-under-review-three",
    date=dt(11, 13, 36),
    **{"from": "report@fmkorea.com"},
    name_from="FM Korea Report Desk",
    subject="Re: [KCSC-240911-07] 불법정보 시정요구 통보",
    reply_to_req="req-240911-07",
    body=f"""Hello,

The three documents in your request

  {F1}
  {F2}
  {F3}

are currently under review by our moderation team. We expect to finish
within three business days and will write again with the results.

FM Korea Report Desk
""",
    outcome="review", review="not_understood",
    imitates="Abuse desk 'under review' interim reply listing the URLs",
    why="'under review' is no statement: all three stay pending and the mail goes to a reader.",
    items={F1: "pending", F2: "pending", F3: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    date=dt(10, 18, 3),
    **{"from": "admin@ppomppu.co.kr"},
    name_from=h("뽐뿌 운영자"),
    subject=h("Re: [KCSC-240910-06] 불법정보 시정요구 통보"),
    reply_to_req="req-240910-06",
    body=f"""안녕하세요. 뽐뿌 운영진입니다.

{P1} 게시물 작성자에게 소명 기회를 부여하였습니다.
9월 13일까지 소명이 없으면 해당 게시물은 삭제될 예정이며,
소명이 있을 경우 내용을 검토하여 다시 알려드리겠습니다.

뽐뿌 운영진 드림
""",
    outcome="review", review="not_understood",
    imitates="Community admin reply giving the author a chance to object (소명 기회) before deletion",
    why="Deletion is conditional and in the future: no statement, the item stays pending.",
    items={P1: "pending"},
)

case(
    name="naver-lookalike-domain",
    date=dt(4, 7, 31),
    **{"from": "notice@naver-rightcenter.com"},
    name_from=h("NAVER 권리보호센터"),
    subject=h("[NAVER] 게시중단 처리 완료 (KCSC-240902-01)"),
    body=f"""안녕하세요. NAVER 권리보호센터입니다.

요청번호 KCSC-240902-01의 아래 게시물은 게시중단 처리가 완료되었습니다.

{N1}
{N2}
{N3}

처리 결과 확인서는 아래 링크에서 내려받으실 수 있습니다.
https://naver-rightcenter.com/download/confirm?id=240902
""",
    outcome="review", review="unknown_sender",
    imitates="Look-alike domain mail imitating a NAVER notice (phishing a regulator's mailbox receives)",
    why="naver-rightcenter.com is no NAVER sender domain: unknown_sender, nothing applied.",
    items={N1: "pending", N2: "pending", N3: "pending"},
)

# ================================================================= IGNORED

case(
    name="naver-out-of-office-korean",
    date=dt(2, 10, 1),
    **{"from": "minji.kang@navercorp.com"},
    name_from=h("강민지"),
    subject=h("자동 회신: [KCSC-240902-01] 불법정보 시정요구 통보"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""[자동 회신]
안녕하세요. 강민지입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 용무는 기관요청 담당 메일(gov-request@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 6 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook/Exchange Korean-English out-of-office reply (자동 회신)",
    why="Out-of-office auto-reply with Auto-Submitted header: ignored.",
    items={},
)

case(
    name="dc-dsn-user-unknown",
    date=dt(5, 10, 0),
    auth="none",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-309-dc"

--dsn-309-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-kr@dcinside.com>: host mail.dcinside.com[local] said: 550 5.1.1
    <abuse-kr@dcinside.com>: Recipient address rejected: User unknown in
    virtual mailbox table

--dsn-309-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.dcinside.com
X-Postfix-Queue-ID: 4WzK2T1bQ9z9vQ
Arrival-Date: {dt(5, 9, 59)}

Final-Recipient: rfc822; abuse-kr@dcinside.com
Original-Recipient: rfc822;abuse-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <abuse-kr@dcinside.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--dsn-309-dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-kr@dcinside.com
Subject: [KCSC-240905-03] Removal request (5 items)
Message-ID: <req-240905-03@kcsc.example>
Date: Thu, 05 Sep 2024 10:00:00 +0900
Content-Type: text/plain; charset=utf-8

Please remove the following posts (request KCSC-240905-03):
1. {C1}
2. {C2}
3. {C3}
4. {C4}
5. {C5}

--dsn-309-dc--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning the request with its URLs",
    why="Delivery failure report; the URLs are only in the returned original: ignored.",
    items={},
)

case(
    name="soop-read-receipt",
    date=dt(6, 11, 2),
    **{"from": "jaewon.choi@sooplive.co.kr"},
    name_from=h("최재원"),
    subject=h("읽음: [KCSC-240906-04] 불법정보 시정요구 통보"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-309-soop"

--mdn-309-soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메시지를 읽었습니다.

받는 사람: jaewon.choi@sooplive.co.kr
제목: [KCSC-240906-04] 불법정보 시정요구 통보
읽은 날짜: 2024-09-06 오전 11:02

--mdn-309-soop
Content-Type: message/disposition-notification

Reporting-UA: sooplive.co.kr; Microsoft Outlook 16.0
Final-Recipient: rfc822;jaewon.choi@sooplive.co.kr
Original-Message-ID: <req-240906-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-309-soop--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook read receipt (MDN, 읽음:)",
    why="Read receipt only: ignored.",
    items={},
)

case(
    name="daum-ticket-receipt",
    date=dt(4, 10, 3),
    **{"from": "noreply@kakaocorp.com"},
    name_from=h("카카오 고객센터"),
    subject=h("[카카오 고객센터] 문의가 접수되었습니다 (KCSC-240904-02)"),
    body="""안녕하세요. 카카오 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

· 접수번호: 2409-0443812
· 서비스: Daum 카페
· 문의 제목: [KCSC-240904-02] 불법정보 시정요구 통보

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
문의 내역은 카카오 고객센터 > 나의 문의 내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (문의 접수 완료)",
    why="Pure receipt with a ticket number, no statement about any item: ignored.",
    items={},
)

case(
    name="fmk-out-of-office-chuseok",
    date=dt(13, 19, 10),
    **{"from": "minho.yoon@fmkorea.com"},
    name_from="Minho Yoon",
    subject="Automatic reply: RE: [KCSC-240911-07] 불법정보 시정요구 통보",
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""Thank you for your email. I am away for the Chuseok holidays and will be
back on Thursday, 19 September. Your message will not be forwarded.

추석 연휴로 9월 19일(목)까지 부재중입니다. 복귀 후 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Bilingual out-of-office reply during the Chuseok holidays",
    why="Auto-reply: ignored.",
    items={},
)

case(
    name="inven-helpdesk-receipt-echo",
    date=dt(9, 10, 4),
    **{"from": "support@inven.co.kr"},
    name_from=h("인벤 고객지원"),
    subject=h("[인벤 고객지원] 문의 접수 완료 #48812"),
    body=f"""##- 이 줄 위에 답장을 작성해 주세요 -##

요청 #48812 이(가) 접수되었습니다.

문의해 주셔서 감사합니다. 담당자가 확인 후 답변드리겠습니다.
이 메일에 회신하시면 같은 요청에 내용이 추가됩니다.

----------------------------------------------
방송통신심의위원회 (takedown@kcsc.example)
2024. 9. 9. 오전 10:00

[KCSC-240909-05] 불법정보 시정요구 통보
1. {I1}
2. {I2}
----------------------------------------------
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Zendesk-style help-desk receipt that echoes the submitted request",
    why="Ticket receipt; the URLs are only in the echo of our own request: ignored.",
    items={},
)

case(
    name="ppomppu-dsn-mailbox-full",
    date=dt(10, 10, 1),
    auth="none",
    **{"from": "postmaster@ppomppu.co.kr"},
    name_from="Postmaster",
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-309-pp"

--dsn-309-pp
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일을 전달하지 못했습니다. 받는 사람의 메일함 용량이 초과되었습니다.
Your message to admin@ppomppu.co.kr could not be delivered: mailbox full.

--dsn-309-pp
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.ppomppu.co.kr
Arrival-Date: {dt(10, 10, 0)}

Final-Recipient: rfc822; admin@ppomppu.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-309-pp
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@ppomppu.co.kr
Subject: [KCSC-240910-06] Removal request
Message-ID: <req-240910-06@kcsc.example>
Date: Tue, 10 Sep 2024 10:00:00 +0900

--dsn-309-pp--
""",
    outcome="ignored", classification="bounce",
    imitates="Korean/English DSN, 552 mailbox full",
    why="Bounce: ignored.",
    items={},
)


HEADER = """# Blind set 309: Korean portals and community sites (NAVER, Daum, DC Inside,
# SOOP, Inven, Ppomppu, FM Korea, Clien), Korean and English mixed, with the
# doubtful and ignorable mail a regulator's mailbox receives.
# Written from each email's meaning before any run of the reader.
# Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
