#!/usr/bin/env python3
"""Blind set 315: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Nate, Clien, Inven, Ppomppu), Korean and English
mixed, with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind315/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result below was written from the meaning of the email alone,
before the reader was ever run on it.
"""
import base64
import csv
import io
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

corpuslib.DOMAIN_NAMES.update({
    "kakaocorp.com": "Kakao",
    "daum.net": "Daum",
    "dcinside.com": "DC Inside",
    "sooplive.co.kr": "SOOP",
    "fmkorea.com": "FM Korea",
    "nate.com": "Nate",
    "skcomms.co.kr": "SK Communications",
    "clien.net": "Clien",
    "inven.co.kr": "Inven",
    "ppomppu.co.kr": "Ppomppu",
})

# ---------------------------------------------------------------- requests
TISTORY_SLUG = "유출-사진-모음"
A = {
    1: "https://blog.naver.com/moonlit_bet77/223561100001",
    2: "https://blog.naver.com/moonlit_bet77/223561100014",
    3: "https://blog.naver.com/toto_haneul/223559870032",
    4: "https://cafe.naver.com/sportspicks365/88412",
    5: "https://cafe.naver.com/sportspicks365/88419",
    6: "https://cafe.naver.com/sportspicks365/88431",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60101&docId=471230558",
    8: "https://blog.naver.com/PostView.naver?blogId=luckyseven_kr&logNo=223560440918",
    9: "https://tv.naver.com/v/58120447",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38211904&memberNo=55120931",
    11: "https://cafe.naver.com/sportspicks365/88502",
    12: "https://blog.naver.com/toto_haneul/223559870077",
}
B = {
    1: "https://cafe.daum.net/jjangstock/Fr2k/1204",
    2: "https://cafe.daum.net/jjangstock/Fr2k/1211",
    3: "https://bluenight-diary.tistory.com/entry/" + quote(TISTORY_SLUG),
    4: "https://bluenight-diary.tistory.com/41",
}
B3_RAW = "https://bluenight-diary.tistory.com/entry/" + TISTORY_SLUG
C = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981204",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9981377",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=chemistrylab&no=55120",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=chemistrylab&no=55188",
    5: "https://gall.dcinside.com/mini/board/view/?id=greenleaf&no=3021",
}
D = {
    1: "https://vod.sooplive.co.kr/player/133820571",
    2: "https://ch.sooplive.co.kr/nightbj0909/post/88120455",
}
E = {
    1: "https://www.fmkorea.com/7401128830",
    2: "https://www.fmkorea.com/7401130112",
    3: "https://www.fmkorea.com/index.php?mid=hotdeal&document_srl=7401145507",
}
F = {1: "https://pann.nate.com/talk/372219904"}
G = {
    1: "https://www.clien.net/service/board/park/18790331",
    2: "https://www.clien.net/service/board/sold/10288740",
}

REQUESTS = [
    # ref, platform, sent, due, items, category, msgid, note
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", A,
     "illegal_gambling", "kcsc-240902-01.req", "sports betting promotion, blogs/cafe/KiN/TV/Post"),
    ("KCSC-240903-02", "daum", "2024-09-03T11:00:00+09:00", "2024-09-10T18:00:00+09:00", B,
     "privacy_violation", "kcsc-240903-02.req", "leaked private photos, Daum cafe and Tistory"),
    ("KCSC-240905-03", "dcinside", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00", C,
     "illegal_drugs", "kcsc-240905-03.req", "drug sale adverts in galleries"),
    ("KCSC-240909-04", "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00", D,
     "obscenity", "kcsc-240909-04.req", "VOD and channel post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:30:00+09:00", "2024-09-17T18:00:00+09:00", E,
     "counterfeit_goods", "kcsc-240910-05.req", "counterfeit sale posts"),
    ("KCSC-240911-06", "nate", "2024-09-11T15:00:00+09:00", "2024-09-18T18:00:00+09:00", F,
     "defamation", "kcsc-240911-06.req", "Nate Pann post"),
    ("KCSC-240913-07", "clien", "2024-09-13T09:00:00+09:00", "2024-09-20T18:00:00+09:00", G,
     "fraud", "kcsc-240913-07.req", "investment fraud and fake sale"),
]
REQ_MSGID = {r[0]: r[6] for r in REQUESTS}


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, items, cat, mid, note in REQUESTS:
        for k in sorted(items):
            w.writerow([ref, plat, sent, due, items[k], cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def d(s):
    """'2024-09-03 14:22:10' (KST) -> RFC 5322 date."""
    import datetime
    t = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return f"{DAYS[t.weekday()]}, {t.day:02d} {MONTHS[t.month - 1]} {t.year} {t:%H:%M:%S} +0900"


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request(ref, items, prefix="> "):
    lines = [
        "안녕하십니까, 방송통신심의위원회 디지털성범죄·불법정보 대응팀입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 하오니 조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for k in sorted(items):
        lines.append(f"{k}. {items[k]}")
    lines += ["", "방송통신심의위원회 드림"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def quoted_request_raw(ref, items):
    return quoted_request(ref, items, prefix="")


# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= NAVER (KCSC-240902-01, 12 items) =================

case(
    name="naver-blind-numbered-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-04 16:12:40"),
    subject="[NAVER] 시정요구(KCSC-240902-01) 1차 처리결과 회신",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
안녕하세요. 네이버 정책지원 담당자입니다.

귀 위원회에서 2024년 9월 2일 요청하신 시정요구(KCSC-240902-01) 중
블로그·카페 게시물 4건에 대한 1차 처리결과를 아래와 같이 회신드립니다.

1. {A[1]}
   - 조치내용: 게시물 삭제
2. {A[2]}
   - 조치내용: 블라인드 처리
3. {A[3]}
   - 조치내용: 임시조치(30일)
4. {A[4]}
   - 조치내용: 임시조치(30일)

나머지 게시물은 확인이 끝나는 대로 별도로 회신드리겠습니다.

감사합니다.
네이버 정책지원팀 드림
""",
    outcome="applied",
    imitates="NAVER 게시중단 처리결과 안내 (numbered list, 조치내용 on the line below)",
    why="trusted NAVER reply, one statement under each URL: 삭제 and 블라인드 remove, 임시조치 restricts",
    items={A[1]: "removed", A[2]: "removed", A[3]: "restricted", A[4]: "restricted"},
)

html_rows = [
    (A[5], "카페", "삭제"),
    (A[6], "카페", "청소년 이용제한 (만 19세 미만 열람 불가)"),
    (A[7], "지식iN", "게시물 없음 (작성자 본인 삭제)"),
    (A[8], "블로그", "게시중단"),
    (A[9], "NAVER TV", "국내 접속 차단"),
    (A[10], "포스트", "비공개 처리"),
]
rows_html = "\n".join(
    f'<tr><td>{i + 1}</td><td>{svc}</td><td><a href="{u}">{u.replace("&", "&amp;")}</a></td><td>{res}</td></tr>'
    for i, (u, svc, res) in enumerate(html_rows)
)
case(
    name="naver-html-table-mixed",
    **{"from": "no-reply-policy@navercorp.com"}, name_from="네이버 고객센터",
    date=d("2024-09-06 11:03:55"),
    subject="[네이버] 시정요구 조치결과 안내 (KCSC-240902-01)",
    reply_to_req="kcsc-240902-01.req",
    type="html",
    body=f"""
<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>방송통신심의위원회 시정요구 <b>KCSC-240902-01</b> 건에 대한 조치결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>서비스</th><th>대상 URL</th><th>조치결과</th></tr>
{rows_html}
</table>
<p>조치 내용에 대해 궁금하신 점은 <a href="https://help.naver.com/service/5600/">네이버 고객센터</a>로 문의해 주세요.</p>
<p style="color:#888">본 메일은 발신전용입니다.</p>
</body></html>
""",
    outcome="applied",
    imitates="Korean 시정요구 조치결과 table sent by a portal customer centre (HTML)",
    why="HTML table, one result per row: 삭제/게시중단/비공개 remove, 청소년 이용제한/국내 접속 차단 restrict, 게시물 없음 not_found; help link is no item",
    items={A[5]: "removed", A[6]: "restricted", A[7]: "not_found", A[8]: "removed",
           A[9]: "restricted", A[10]: "removed"},
)

csv_rows = [
    (A[1], "블로그", "삭제"), (A[2], "블로그", "블라인드"), (A[3], "블로그", "임시조치(30일)"),
    (A[4], "카페", "임시조치(30일)"), (A[5], "카페", "삭제"), (A[6], "카페", "청소년 이용제한"),
    (A[7], "지식iN", "게시물 없음(작성자 삭제)"), (A[8], "블로그", "삭제"),
    (A[9], "NAVER TV", "국내 접속차단"), (A[10], "포스트", "비공개 처리"),
    (A[11], "카페", "삭제"), (A[12], "블로그", "검토중"),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "서비스", "URL", "처리결과", "처리일"])
for i, (u, svc, res) in enumerate(csv_rows):
    cw.writerow([i + 1, svc, u, res, "" if res == "검토중" else "2024-09-05"])
csv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8")).decode("ascii").rstrip("\n")
case(
    name="naver-csv-attachment-all",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-09 10:41:07"),
    subject="RE: [KCSC-240902-01] 시정요구 처리결과 (첨부)",
    reply_to_req="kcsc-240902-01.req",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NV_315_0001"

------=_NV_315_0001
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
시정요구 KCSC-240902-01 전체 12건의 처리결과를 첨부 파일(CSV)로 보내드립니다.
12번 블로그 게시물은 아직 검토 중이며 결과가 나오면 다시 알려드리겠습니다.

네이버 정책지원팀

------=_NV_315_0001
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}
------=_NV_315_0001--
""",
    outcome="applied",
    imitates="portal bulk result export attached as an Excel-style CSV (UTF-8 with BOM)",
    why="CSV row per item; the last row says 검토중 (under review), so that item stays pending",
    items={A[1]: "removed", A[2]: "removed", A[3]: "restricted", A[4]: "restricted",
           A[5]: "removed", A[6]: "restricted", A[7]: "not_found", A[8]: "removed",
           A[9]: "restricted", A[10]: "removed", A[11]: "removed", A[12]: "pending"},
)

case(
    name="naver-en-url-then-status",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-05 18:20:31"),
    subject="Re: Correction request KCSC-240902-01",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
Dear KCSC team,

Thank you for your correction request KCSC-240902-01. We have completed our
review of three of the links and set out the results below.

{A[7]}
Status: Not found. The question was deleted by its author before we received your request.

{A[8]}
Status: Removed

{A[9]}
Status: Restricted. Access from the Republic of Korea has been blocked.

We will write again about the other links.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied",
    imitates="English trust-and-safety outcome mail, bare URL with 'Status:' on the line below",
    why="each URL has its own status line: author-deleted is not_found, removed, blocked in Korea is restricted",
    items={A[7]: "not_found", A[8]: "removed", A[9]: "restricted"},
)

case(
    name="naver-toppost-over-original",
    **{"from": "kim.jiyoon@navercorp.com"}, name_from="김지윤 (NAVER)",
    date=d("2024-09-05 09:12:44"),
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240902-01",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
안녕하세요, 네이버 김지윤입니다.

요청하신 게시물 중 아래 2건은 오늘 오전 삭제 처리하였습니다.
{A[1]}
{A[11]}

나머지 건은 담당 부서에서 확인하고 있습니다.

김지윤 드림

-----Original Message-----
From: 방송통신심의위원회 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [방송통신심의위원회] 시정요구 KCSC-240902-01

{quoted_request_raw("KCSC-240902-01", A)}
""",
    outcome="applied",
    imitates="Outlook top-posted staff reply over the regulator's original request",
    why="top text removes two listed URLs; the other ten appear only in the quoted request below -----Original Message-----",
    items={A[1]: "removed", A[11]: "removed"},
)

case(
    name="naver-kin-author-deleted-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-10 15:47:02"),
    subject="[NAVER] KCSC-240902-01 추가 회신",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

시정요구(KCSC-240902-01) 관련하여 추가 확인 결과를 알려드립니다.

지식iN 질문 {A[7]} 은(는) 시정요구 접수 전에 작성자가 직접 삭제하여 현재 존재하지 않는 게시물입니다.

블로그 게시물 {A[12]} 은(는) 경기 결과를 분석한 글로, 검토 결과 도박 홍보나 운영정책 위반 내용이 확인되지 않아 게시를 유지합니다.

감사합니다.
""",
    outcome="applied",
    imitates="NAVER policy team Korean prose follow-up (게시물 없음 / 게시 유지)",
    why="one item deleted by its author (not_found), one kept because it breaks no rule (rejected), URLs followed by 은(는)",
    items={A[7]: "not_found", A[12]: "rejected"},
)

case(
    name="naver-wrapped-angle-url",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d("2024-09-06 20:05:19"),
    subject="Re: Correction request KCSC-240902-01 - blog post",
    reply_to_req="kcsc-240902-01.req",
    body="""
Hello,

Regarding your request KCSC-240902-01, the blog post
<https://blog.naver.com/PostView.naver?blogId=luckyseven_kr&
logNo=223560440918>
has been deleted by our operations team today because it promoted an
unlicensed betting site.

Best regards,
NAVER Trust & Safety
""",
    outcome="applied",
    imitates="English operations reply whose mail client hard-wrapped a long URL inside angle brackets",
    why="the angle-bracketed URL is cut at '&' by line wrapping (RFC 3986 appendix C style); joined it is the requested blog post, deleted",
    items={A[8]: "removed"},
)

case(
    name="naver-statement-of-reasons-geo",
    **{"from": "dsa-notice@navercorp.com"}, name_from="NAVER",
    date=d("2024-09-07 02:14:00"),
    subject="Statement of reasons - NAVER TV - KCSC-240902-01",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
STATEMENT OF REASONS

Service: NAVER TV
Your reference: KCSC-240902-01
Content concerned: {A[9]}

Decision: access to the content has been restricted.
Territorial scope: Republic of Korea only. The video remains available in other countries.
Ground for the decision: illegal content under the laws of the Republic of Korea
(notice of the Korea Communications Standards Commission).
Use of automated means: none; the decision was taken by a reviewer.

Redress: the uploader may appeal through https://help.naver.com/support/appeal.help .

This message was generated automatically after a reviewer's decision. Please do not reply.
""",
    outcome="applied",
    imitates="DSA-style statement of reasons (decision, territorial scope, ground, redress)",
    why="restriction limited to Korea is 'restricted'; the appeal page is the platform's own help link, not an item; 'generated automatically' does not make it an auto-reply",
    items={A[9]: "restricted"},
)

case(
    name="naver-receipt-plus-results",
    **{"from": "help@naver.com"}, name_from="네이버 고객센터",
    date=d("2024-09-04 13:30:26"),
    subject="[네이버 고객센터] 문의하신 내용에 대한 답변입니다 (접수번호 NV-2409-55812)",
    body=f"""
안녕하세요. 네이버 고객센터입니다.

보내주신 시정요구(KCSC-240902-01)가 접수번호 NV-2409-55812 로 접수되었습니다.
담당 부서 검토 결과 아래 게시물에 대해 다음과 같이 조치하였습니다.

  ▶ {A[2]} : 삭제
  ▶ {A[3]} : 임시조치 (30일간 게시 중단 후 재게시 요청이 없으면 삭제)

추가 문의는 본 메일에 회신해 주시기 바랍니다.
감사합니다.
""",
    outcome="applied",
    imitates="NAVER customer-centre answer mail with a 접수번호 (receipt number) and results",
    why="acknowledgement phrase plus unhedged statements, so not an acknowledgement; 임시조치 is restricted (the later deletion is only conditional)",
    items={A[2]: "removed", A[3]: "restricted"},
)

case(
    name="naver-bilingual-age-restricted",
    **{"from": "cafe-operation@navercorp.com"}, name_from="NAVER Cafe 운영팀",
    date=d("2024-09-05 17:02:10"),
    subject="[NAVER Cafe] 처리결과 안내 / Result of your request KCSC-240902-01",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다. / Hello, this is the NAVER Cafe operations team.

1) {A[5]}
   처리결과: 삭제 / Result: removed
2) {A[6]}
   처리결과: 만 19세 미만 이용 제한 / Result: age-restricted (members under 19 can no longer view it)

해당 카페 매니저에게도 운영원칙 위반 사실을 안내하였습니다.
We have also notified the cafe manager of the policy breach.
""",
    outcome="applied",
    imitates="bilingual Korean/English NAVER Cafe result notice",
    why="one removed, one age-restricted (restricted), each status on the line under its URL",
    items={A[5]: "removed", A[6]: "restricted"},
)

# ======================= Daum / Kakao (KCSC-240903-02, 4 items) ===========

case(
    name="daum-cafe-gesijungdan-ko",
    **{"from": "policy@kakaocorp.com"}, name_from="카카오 정책지원팀",
    date=d("2024-09-04 10:25:33"),
    subject="[카카오] 시정요구(KCSC-240903-02) 처리 회신",
    reply_to_req="kcsc-240903-02.req",
    body=f"""
안녕하세요, 카카오 정책지원팀입니다.

귀 위원회에서 2024. 9. 3. 요청하신 시정요구(KCSC-240903-02)와 관련하여
다음 카페 게시물 2건을 게시중단 처리하였음을 회신드립니다.

 - {B[1]}
 - {B[2]}

티스토리 게시물 2건은 티스토리 담당 부서에서 별도로 회신드릴 예정입니다.

감사합니다.
카카오 정책지원팀 드림
""",
    outcome="applied",
    imitates="Kakao/Daum 게시중단 처리 회신 (bulleted URLs under one statement)",
    why="the statement 게시중단 covers the two listed Daum cafe URLs (removed); the Tistory items are not named",
    items={B[1]: "removed", B[2]: "removed"},
)

case(
    name="daum-tistory-korean-path",
    **{"from": "tistory-policy@kakaocorp.com"}, name_from="티스토리 운영팀",
    date=d("2024-09-05 14:48:12"),
    subject="Re: [KCSC-240903-02] 티스토리 게시물 처리 결과",
    reply_to_req="kcsc-240903-02.req",
    body=f"""
안녕하세요. 티스토리 운영팀입니다.

요청하신 티스토리 게시물에 대한 처리 결과입니다.

{B3_RAW} 게시물은 정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다.
https://bluenight-diary.tistory.com/41은 개인정보 노출이 확인되어 삭제하였으며, 블로그 운영자에게 이용 제한 조치를 함께 적용했습니다.

문의사항은 고객센터(https://cs.kakao.com/helps?service=175)를 이용해 주세요.
""",
    outcome="applied",
    imitates="Tistory (Kakao) 임시조치/삭제 notice with a raw Korean URL path",
    why="raw Korean slug matches the percent-encoded requested URL (임시조치 = restricted); '41은' is the URL plus a Korean particle (삭제 = removed); cs.kakao.com is a help link",
    items={B[3]: "restricted", B[4]: "removed"},
)

case(
    name="daum-en-quoted-printable",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d("2024-09-06 09:55:41"),
    subject="Your request KCSC-240903-02",
    reply_to_req="kcsc-240903-02.req",
    raw_mime="""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + qp(f"""Dear Sir or Madam,

We have reviewed the items in your request KCSC-240903-02 (Daum Cafe “주식짱” and Tistory).

* {B[1]} – removed for breaching the Daum Cafe operating policy on personal information.
* {B[2]} – no action taken. After review we found no breach of our policies or of applicable law; the post stays available.
* {B[4]} – removed; the blog owner has also received a warning.

If you disagree with a decision, please reply to this message with any additional material.

Kind regards,
Kakao Trust & Safety
"""),
    outcome="applied",
    imitates="English trust-and-safety decision list, quoted-printable body",
    why="three bulleted URLs each with its own outcome: removed, rejected (no breach, stays), removed",
    items={B[1]: "removed", B[2]: "rejected", B[4]: "removed"},
)

case(
    name="daum-outlook-toppost",
    **{"from": "lee.sohee@kakaocorp.com"}, name_from="이소희",
    date=d("2024-09-09 11:17:50"),
    subject="RE: [방송통신심의위원회] 시정요구 KCSC-240903-02",
    reply_to_req="kcsc-240903-02.req",
    body=f"""
안녕하세요. 카카오 이소희입니다.
요청 주신 건 중 {B[4]} 게시물은 삭제 완료하였습니다.
확인 부탁드립니다.

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: "policy@kakaocorp.com" <policy@kakaocorp.com>
Sent: 2024-09-03 (화) 11:00:00 (GMT+09:00)
Subject: [방송통신심의위원회] 시정요구 KCSC-240903-02

{quoted_request_raw("KCSC-240903-02", B)}
""",
    outcome="applied",
    imitates="Kakao staff reply from a Korean webmail client, top-posted over the original request",
    why="only the top text is the platform's statement; the four URLs below -----Original Message----- are the regulator's own",
    items={B[4]: "removed"},
)

# ======================= DC Inside (KCSC-240905-03, 5 items) ==============

case(
    name="dc-bulleted-ko",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-05 19:40:05"),
    subject="[디시인사이드] 시정요구 KCSC-240905-03 처리 안내",
    reply_to_req="kcsc-240905-03.req",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 처리 결과 안내드립니다.

• {C[1]} : 삭제 및 작성자 IP 차단
• {C[2]} : 삭제
• {C[3]} : 삭제

나머지 마이너·미니 갤러리 게시물은 갤러리 관리자 확인 후 회신드리겠습니다.

디시인사이드 드림
""",
    outcome="applied",
    imitates="DC Inside 운영팀 처리 안내 with bullet + colon results",
    why="three bulleted URLs, each followed by ': 삭제'; the rest are not named",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed"},
)

case(
    name="dc-fullwidth-punct",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 신고센터",
    date=d("2024-09-09 10:02:48"),
    subject="Re: 시정요구 KCSC-240905-03 (마이너/미니 갤러리)",
    reply_to_req="kcsc-240905-03.req",
    body=f"""
안녕하세요, 디시인사이드 신고센터입니다.

마이너·미니 갤러리 게시물 확인 결과입니다.

１．{C[4]}（성인인증 회원만 열람 가능하도록 제한했습니다。）
２．{C[5]}（작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다。）

감사합니다.
""",
    outcome="applied",
    imitates="Korean community reply typed with full-width digits, brackets and full stops",
    why="URL directly followed by a full-width bracket: adult-verification-only is restricted, already deleted by its author is not_found",
    items={C[4]: "restricted", C[5]: "not_found"},
)

dc_rows = [
    (C[1], "주식 갤러리", "삭제"),
    (C[2], "주식 갤러리", "삭제"),
    (C[3], "화학 마이너 갤러리", "삭제 (작성자 차단)"),
    (C[4], "화학 마이너 갤러리", "성인인증 게시물로 전환"),
    (C[5], "미니 갤러리", "해당 게시물 없음"),
]
dc_html = "<html><head><meta charset=\"utf-8\"></head><body>\n<p>안녕하세요. 디시인사이드입니다.</p>\n" \
    "<p>시정요구 KCSC-240905-03 처리결과를 알려드립니다.</p>\n" \
    "<table border=\"1\" style=\"border-collapse:collapse\">\n" \
    "<tr><th>URL</th><th>갤러리</th><th>처리</th></tr>\n" + \
    "\n".join(f"<tr><td>{u.replace('&', '&amp;')}</td><td>{g}</td><td>{r}</td></tr>" for u, g, r in dc_rows) + \
    "\n</table>\n<p>디시인사이드 운영팀</p>\n</body></html>\n"
case(
    name="dc-base64-html-table",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-10 16:31:22"),
    subject="[디시인사이드] KCSC-240905-03 최종 처리결과",
    reply_to_req="kcsc-240905-03.req",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dc315alt"

--dc315alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(dc_html)}
--dc315alt--
""",
    outcome="applied",
    imitates="base64-encoded HTML result table (only an HTML part, as some Korean webmail systems send)",
    why="table rows: 삭제 removes, 성인인증 게시물로 전환 restricts, 해당 게시물 없음 is not_found",
    items={C[1]: "removed", C[2]: "removed", C[3]: "removed", C[4]: "restricted", C[5]: "not_found"},
)

case(
    name="dc-echoed-report-form",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드",
    date=d("2024-09-06 08:15:37"),
    subject="[디시인사이드] 신고하신 게시물의 처리 결과입니다",
    body=f"""
디시인사이드 신고 처리 결과 안내

[신고 내용]
신고 번호 : DC-R-20240905-00417
신고 게시물 : {C[3]}
신고 사유 : 불법 약물 판매 광고 (방송통신심의위원회 시정요구 KCSC-240905-03)
신고 일시 : 2024-09-05 09:30

[처리 결과]
처리 상태 : 처리 완료
조치 내용 : 게시물 삭제, 작성자 30일 이용 차단

본 메일은 발신 전용입니다.
""",
    outcome="applied",
    imitates="report-form result mail echoing the report fields (신고 내용 / 처리 결과)",
    why="the echoed report names one URL and the result block says it was deleted; 처리 완료 with an action is a statement, not a receipt",
    items={C[3]: "removed"},
)

# ======================= SOOP (KCSC-240909-04, 2 items) ===================

case(
    name="soop-en-promise-and-age",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d("2024-09-10 13:05:45"),
    subject="RE: KCSC-240909-04",
    reply_to_req="kcsc-240909-04.req",
    body=f"""
Hello,

Thank you for contacting SOOP.

- Channel post {D[2]} has been set to 19+ viewing only. Viewers who have not
  verified their age can no longer open it.
- The VOD {D[1]} is with our content review team and will be taken down if
  they confirm the violation. We will let you know the outcome.

SOOP Trust & Safety
""",
    outcome="applied",
    imitates="SOOP (formerly AfreecaTV) safety team reply in English",
    why="19+ only is age restriction (restricted); the VOD sentence is a promise under a condition, so it stays pending",
    items={D[2]: "restricted", D[1]: "pending"},
)

case(
    name="soop-ko-angle-brackets",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date=d("2024-09-11 17:44:09"),
    subject="[SOOP] 시정요구(KCSC-240909-04) 조치 결과 회신",
    reply_to_req="kcsc-240909-04.req",
    body=f"""
안녕하세요. SOOP 운영팀입니다.

요청하신 콘텐츠에 대한 조치 결과를 회신드립니다.

가. 다시보기 <{D[1]}>
    → 영구 삭제, 해당 스트리머 방송 7일 정지
나. 방송국 게시글 <{D[2]}>
    → 19세 이상 시청 가능 콘텐츠로 연령 제한 설정

감사합니다.
""",
    outcome="applied",
    imitates="SOOP 운영팀 Korean result notice (가./나. items, URLs in angle brackets, arrow results)",
    why="VOD permanently deleted (removed); channel post age-limited (restricted)",
    items={D[1]: "removed", D[2]: "restricted"},
)

# ======================= FM Korea (KCSC-240910-05, 3 items) ===============

case(
    name="fmkorea-prose-ko",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d("2024-09-11 01:22:16"),
    subject="Re: [KCSC-240910-05] 게시물 조치 요청",
    reply_to_req="kcsc-240910-05.req",
    body=f"""
안녕하세요, 에펨코리아 운영진입니다.

요청하신 세 건 중 {E[1]} 과 {E[2]} 는 위조 상품 판매 글로 확인되어 삭제했고 작성자는 영구 차단했습니다.
핫딜 게시판의 {E[3]} 는 정품 공식 판매처 링크를 공유한 글이라 위조 상품 판매에 해당하지 않는다고 판단하여 삭제하지 않았습니다.

추가 자료가 있으시면 회신 부탁드립니다.
""",
    outcome="applied",
    imitates="small community admin reply in Korean prose",
    why="two URLs in one deleted sentence (removed); the hot-deal post kept with a reason (rejected)",
    items={E[1]: "removed", E[2]: "removed", E[3]: "rejected"},
)

case(
    name="fmkorea-gmail-quoted",
    **{"from": "fmkorea.cs@fmkorea.com"}, name_from="에펨코리아 고객지원",
    date=d("2024-09-10 16:58:30"),
    subject="Re: [방송통신심의위원회] 시정요구 KCSC-240910-05",
    reply_to_req="kcsc-240910-05.req",
    body=f"""
안녕하세요.

첫 번째 링크({E[1]}) 게시물은 방금 삭제했습니다.
나머지 두 건은 담당자가 확인 중이라 결과 나오는 대로 다시 회신드리겠습니다.

2024년 9월 10일 (화) 오전 10:30, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted_request("KCSC-240910-05", E)}
""",
    outcome="applied",
    imitates="Gmail reply (Korean locale attribution line) over a '>'-quoted request",
    why="first URL (in parentheses) deleted; the other two are 'being checked' and appear only in the quoted request, so pending",
    items={E[1]: "removed", E[2]: "pending", E[3]: "pending"},
)

case(
    name="fmkorea-url-below-statement",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d("2024-09-12 12:07:51"),
    subject="Re: Re: [KCSC-240910-05] 게시물 조치 요청",
    reply_to_req="kcsc-240910-05.req",
    body=f"""
안녕하세요, 에펨코리아입니다. 확인 결과 알려드립니다.

다음 게시물은 삭제되었습니다:
{E[2]}

다음 게시물은 운영 규정 위반이 아니어서 유지합니다:
{E[3]}

감사합니다.
""",
    outcome="applied",
    imitates="short admin reply with the URL on the line below its statement",
    why="statement line ending in ':' followed by its URL; removed and rejected",
    items={E[2]: "removed", E[3]: "rejected"},
)

# ======================= Nate (KCSC-240911-06, 1 item) ====================

case(
    name="nate-sole-ref-ko",
    **{"from": "pann@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date=d("2024-09-12 10:30:00"),
    subject="Re: [KCSC-240911-06] 게시물 삭제 요청",
    reply_to_req="kcsc-240911-06.req",
    body="""
안녕하세요, 네이트 판 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물은 금일 삭제 처리되었음을 알려드립니다.
게시자에게는 이용약관 위반 안내가 발송되었습니다.

감사합니다.
SK커뮤니케이션즈 네이트 판 운영팀
""",
    outcome="applied",
    imitates="Nate Pann short 삭제 처리 회신 naming the request but no URL",
    why="a one-item request referenced by subject and In-Reply-To; the single unhedged statement applies to its only item",
    items={F[1]: "removed"},
)

case(
    name="nate-en-trailing-period",
    **{"from": "global-support@nate.com"}, name_from="Nate Support",
    date=d("2024-09-13 09:41:26"),
    subject="Re: Removal request KCSC-240911-06",
    reply_to_req="kcsc-240911-06.req",
    body=f"""
Dear KCSC,

The post you reported is https://pann.nate.com/talk/372219904. It has been hidden from all users and will not be restored.

Regards,
Nate Support
""",
    outcome="applied",
    imitates="short English support reply, URL at the end of a sentence followed by a full stop",
    why="'hidden from all users and will not be restored' is a global takedown (removed); the trailing '.' is punctuation",
    items={F[1]: "removed"},
)

# ======================= Clien (KCSC-240913-07, 2 items) ==================

case(
    name="clien-ko-two-results",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date=d("2024-09-13 18:26:14"),
    subject="Re: [KCSC-240913-07] 시정요구",
    reply_to_req="kcsc-240913-07.req",
    body=f"""
안녕하세요, 클리앙 운영자입니다.

1) 모두의공원 {G[1]}
   투자 사기 유도 글로 확인되어 운영자 삭제했고 해당 회원은 이용정지했습니다.

2) 회원중고장터 {G[2]}
   판매자가 요청 전에 이미 글을 지운 상태라 저희 쪽에서 조치할 게시물이 없습니다.

감사합니다.
""",
    outcome="applied",
    imitates="Clien admin reply (운영자 삭제 / 이미 삭제된 글)",
    why="운영자 삭제 is removed; the sale post was already deleted by its author (not_found)",
    items={G[1]: "removed", G[2]: "not_found"},
)

# ======================= REVIEW ==========================================

case(
    name="naver-promise-ko",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-03 09:50:11"),
    subject="[NAVER] 시정요구(KCSC-240902-01) 검토 안내",
    reply_to_req="kcsc-240902-01.req",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

아래 블로그 게시물 3건은 현재 담당 부서에서 검토하고 있으며,
운영정책 위반이 확인되는 경우 삭제 또는 게시중단 조치할 예정입니다.

- {A[1]}
- {A[2]}
- {A[3]}

처리 결과는 영업일 기준 3일 이내에 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="NAVER interim 'under review, will act if confirmed' notice",
    why="names three requested items but only promises a conditional action; nothing is stated, all stay pending",
    items={A[1]: "pending", A[2]: "pending", A[3]: "pending"},
)

case(
    name="daum-hedge-en",
    **{"from": "trustandsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d("2024-09-04 15:12:09"),
    subject="Re: Your request KCSC-240903-02",
    reply_to_req="kcsc-240903-02.req",
    body=f"""
Hello,

We looked at the two Daum Cafe links you sent:
{B[1]}
{B[2]}

They appear to have been taken down by the cafe manager already, but we could
not confirm this from our side yet. We will check again with the cafe team.

Kakao Trust & Safety
""",
    outcome="review",
    review="not_understood",
    imitates="English trust-and-safety reply hedging on a community manager's action",
    why="'appear to have been taken down' and 'could not confirm' is a hedge, not a statement",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-06 11:11:11"),
    subject="Re: [디시인사이드] 시정요구 KCSC-240905-03",
    reply_to_req="kcsc-240905-03.req",
    body="""
안녕하세요. 디시인사이드 운영팀입니다.

시정요구 KCSC-240905-03 으로 요청하신 게시물 모두 삭제 조치 완료하였습니다.
앞으로도 유사 게시물 모니터링을 강화하겠습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    imitates="one-line 'all requested posts deleted' community reply",
    why="a statement about all items of a five-item request without naming any: bulk, left for a person",
    items={C[1]: "pending", C[2]: "pending", C[3]: "pending", C[4]: "pending", C[5]: "pending"},
)

case(
    name="soop-bulk-en",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date=d("2024-09-12 09:03:58"),
    subject="RE: KCSC-240909-04 - done",
    reply_to_req="kcsc-240909-04.req",
    body="""
Hi,

Both items in your request KCSC-240909-04 have been removed from SOOP.

Thanks,
SOOP Trust & Safety
""",
    outcome="review",
    review="bulk",
    imitates="terse English 'both items removed' reply",
    why="two-item request, statement covers 'both' without naming either URL: bulk",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="naver-dmarc-fail",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    auth="fail",
    date=d("2024-09-04 22:48:03"),
    subject="[NAVER] 시정요구(KCSC-240902-01) 처리결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물 {A[1]} 은 삭제 처리되었습니다.

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="NAVER-looking result notice failing DKIM/SPF/DMARC",
    why="From navercorp.com but authentication fails: the statement cannot be trusted",
    items={A[1]: "pending"},
)

case(
    name="gmail-cafe-manager",
    **{"from": "sportspicks.manager@gmail.com"}, name_from="스포츠픽스 카페매니저",
    date=d("2024-09-03 21:33:40"),
    subject="카페 게시글 관련 연락드립니다",
    body=f"""
안녕하세요 네이버 카페 '스포츠픽스365' 매니저입니다.
네이버로부터 위원회 요청(KCSC-240902-01) 건 연락을 받고 확인했습니다.

{A[4]}
{A[5]}

위 두 글은 제가 방금 카페에서 삭제했고 작성자는 강퇴했습니다.
앞으로 관리 잘 하겠습니다. 죄송합니다.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a community manager writing from a personal webmail account",
    why="gmail.com is no platform's domain; statements from an unknown sender are not applied",
    items={A[4]: "pending", A[5]: "pending"},
)

case(
    name="naver-search-about-daum-cafe",
    **{"from": "search-policy@navercorp.com"}, name_from="네이버 검색 정책",
    date=d("2024-09-05 13:13:20"),
    subject="[NAVER 검색] 검색결과 제외 처리 안내",
    body=f"""
안녕하세요. 네이버 검색 정책 담당자입니다.

위원회에서 공유해 주신 다음 카페 게시물
{B[1]}
에 대해 네이버 검색 결과에서 삭제 처리하였습니다.
원문 게시물은 카카오(다음)에서 관리하므로 원문 삭제는 카카오에 요청해 주시기 바랍니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="NAVER search de-listing notice about a Daum cafe URL",
    why="NAVER states a result for an item of the Daum request; it cannot change a Daum item",
    items={B[1]: "pending"},
)

case(
    name="clien-asks-documents",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영자",
    date=d("2024-09-13 14:02:37"),
    subject="Re: [KCSC-240913-07] 시정요구 - 자료 요청",
    reply_to_req="kcsc-240913-07.req",
    body=f"""
안녕하세요, 클리앙 운영자입니다.

{G[1]} 게시물과 관련하여, 저희 운영 규정상 사기 여부를 판단할 근거가 부족합니다.
심의 의결서 사본이나 피해 사실을 확인할 수 있는 자료를 보내주시면 검토 후 조치하겠습니다.

감사합니다.
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="community admin asking for the regulator's decision document before acting",
    why="asks for supporting documents; no status is stated, the item stays pending",
    items={G[1]: "pending"},
)

case(
    name="fmkorea-policy-notice",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date=d("2024-09-14 10:00:00"),
    subject="[에펨코리아] 기관 신고 접수 창구 변경 안내",
    body="""
안녕하세요, 에펨코리아 운영진입니다.

2024년 10월 1일부터 수사기관 및 행정기관의 게시물 조치 요청은
전용 접수 주소(agency-desk@fmkorea.com)로 보내주시기 바랍니다.
기존 주소로 보내신 요청도 9월 30일까지는 정상 처리됩니다.

자세한 내용은 https://www.fmkorea.com/notice 를 참고해 주세요.

감사합니다.
""",
    outcome="review",
    review="no_claims",
    imitates="platform notice to agencies about a changed intake address",
    why="trusted FM Korea mail naming no requested item and no request; the notice page is the platform's own",
    items={},
)

case(
    name="soop-under-review",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 운영팀",
    date=d("2024-09-10 09:20:15"),
    subject="[SOOP] 시정요구(KCSC-240909-04) 진행 상황",
    reply_to_req="kcsc-240909-04.req",
    body=f"""
안녕하세요. SOOP 운영팀입니다.

요청하신 다시보기({D[1]})와
방송국 게시글({D[2]})은
현재 콘텐츠 검수팀에서 검토 중입니다.
검토가 끝나는 대로 조치 결과를 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="SOOP 운영팀 progress note ('검토 중')",
    why="both items named, both only 'under review': nothing to apply",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="nate-conflicting-template",
    **{"from": "pann@skcomms.co.kr"}, name_from="네이트 판 운영팀",
    date=d("2024-09-12 17:55:03"),
    subject="[네이트] 게시물 처리 결과 안내 (KCSC-240911-06)",
    reply_to_req="kcsc-240911-06.req",
    body=f"""
[네이트 판] 게시물 처리 결과 안내

처리 대상 : {F[1]}
처리 결과 : 삭제 완료

담당자 의견 :
검토 결과 해당 게시물은 특정인을 식별할 수 있는 내용이 확인되지 않아
운영정책 위반으로 보기 어렵습니다. 게시물은 현재 상태로 유지됩니다.
""",
    outcome="review",
    review="conflicting_statements",
    imitates="ticket-system result form whose status field contradicts the handler's note",
    why="the form says 삭제 완료 but the note says the post stays up: a clerk would not record either without asking",
    items={F[1]: "pending"},
)

case(
    name="inven-unrequested-posts",
    **{"from": "cs@inven.co.kr"}, name_from="인벤 고객센터",
    date=d("2024-09-11 14:40:52"),
    subject="[인벤] 요청하신 게시물 처리 결과",
    body="""
안녕하세요, 인벤 고객센터입니다.

방송통신심의위원회에서 요청하신 아래 게시물을 삭제하였습니다.

- https://www.inven.co.kr/board/lol/4625/3318207
- https://www.inven.co.kr/board/maple/5974/1120544

감사합니다.
""",
    outcome="review",
    review="unmatched_claims",
    imitates="Inven customer-centre result notice for posts not in our ledger",
    why="trusted Inven mail, but neither URL is a requested item and no request is referenced",
    items={},
)

# ======================= IGNORED =========================================

case(
    name="naver-ooo-ko",
    **{"from": "park.minsu@navercorp.com"}, name_from="박민수",
    date=d("2024-09-02 10:00:41"),
    subject="[부재중] RE: [방송통신심의위원회] 시정요구 KCSC-240902-01",
    reply_to_req="kcsc-240902-01.req",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요. 박민수입니다.
9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 업무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

I am out of the office until 6 September with limited access to email.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean/English out-of-office reply (부재중)",
    why="auto-reply, Auto-Submitted header; says nothing about items",
    items={},
)

dsn_orig = quoted_request_raw("KCSC-240903-02", B)
case(
    name="kakao-dsn-bounce",
    **{"from": "MAILER-DAEMON@mx3.kakaocorp.com"}, name_from="Mail Delivery System",
    date=d("2024-09-03 11:00:09"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn315kakao"

--dsn315kakao
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx3.kakaocorp.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<policy-kr@kakaocorp.com>: host mx3.kakaocorp.com said: 550 5.1.1
    <policy-kr@kakaocorp.com>: Recipient address rejected: User unknown

--dsn315kakao
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.kakaocorp.com
Arrival-Date: {d("2024-09-03 11:00:05")}

Final-Recipient: rfc822; policy-kr@kakaocorp.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn315kakao
Content-Type: message/rfc822

From: =?utf-8?b?{base64.b64encode("방송통신심의위원회".encode()).decode()}?= <takedown@kcsc.example>
To: policy-kr@kakaocorp.com
Subject: [KCSC-240903-02] =?utf-8?b?{base64.b64encode("시정요구".encode()).decode()}?=
Date: {d("2024-09-03 11:00:00")}
Message-ID: <kcsc-240903-02.req@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{dsn_orig}

--dsn315kakao--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (550 user unknown) returning the original request",
    why="bounce; the URLs are in the returned copy of our own request",
    items={},
)

case(
    name="dc-mdn-read",
    **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
    date=d("2024-09-05 10:14:26"),
    subject="읽음 확인: [방송통신심의위원회] 시정요구 KCSC-240905-03",
    reply_to_req="kcsc-240905-03.req",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn315dc"

--mdn315dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

받는 사람: cs@dcinside.com
제목: [방송통신심의위원회] 시정요구 KCSC-240905-03
읽은 시간: 2024-09-05 (목) 오전 10:14

--mdn315dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822;cs@dcinside.com
Original-Message-ID: <kcsc-240905-03.req@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn315dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, RFC 8098 MDN)",
    why="read receipt only",
    items={},
)

case(
    name="soop-ticket-receipt",
    **{"from": "helpdesk@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date=d("2024-09-09 14:01:12"),
    subject="[SOOP 고객센터] 문의가 접수되었습니다. (접수번호 #SP-0909-771203)",
    reply_to_req="kcsc-240909-04.req",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호 : #SP-0909-771203
  - 접수일시 : 2024-09-09 14:01
  - 문의유형 : 기관 요청 / 신고

담당자가 순서대로 확인 후 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역(https://help.sooplive.co.kr/my/inquiry)에서도 확인하실 수 있습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="helpdesk ticket receipt (문의 접수 안내)",
    why="pure receipt with a ticket number; the inquiry page is the platform's own",
    items={},
)

case(
    name="naver-ack-received",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원",
    date=d("2024-09-02 14:35:20"),
    subject="[NAVER] 시정요구 접수 확인 (KCSC-240902-01)",
    reply_to_req="kcsc-240902-01.req",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

귀 위원회의 시정요구 공문(KCSC-240902-01, 12건)이 정상 접수되었습니다.
처리 결과는 건별로 확인 후 별도 회신드리겠습니다.

감사합니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 시정요구 접수 확인 mail",
    why="acknowledges receipt of the request and promises results later; names no item",
    items={},
)

case(
    name="fmkorea-ooo-en-quoting",
    **{"from": "jung.hyeonwoo@fmkorea.com"}, name_from="Hyeonwoo Jung",
    date=d("2024-09-10 10:30:52"),
    subject="Automatic reply: [방송통신심의위원회] 시정요구 KCSC-240910-05",
    reply_to_req="kcsc-240910-05.req",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""
Thank you for your email. I am away at a conference until 13 September.
For content issues please write to admin@fmkorea.com; your message will not be forwarded.

-- original message --
{quoted_request_raw("KCSC-240910-05", E)}
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="English automatic reply that copies the original message below",
    why="out-of-office; the URLs are only in the copied request",
    items={},
)

case(
    name="nate-dsn-mailbox-full",
    **{"from": "postmaster@nate.com"}, name_from="Mail Delivery Subsystem",
    date=d("2024-09-11 15:00:30"),
    subject="Delivery Status Notification (Failure)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn315nate"

--dsn315nate
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

메일이 전송되지 않았습니다. / Your message was not delivered.

받는 사람 pann-report@nate.com 의 메일함 용량이 가득 차 메일을 받을 수 없습니다.
The recipient's mailbox is full (552 5.2.2).

--dsn315nate
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.nate.com

Final-Recipient: rfc822; pann-report@nate.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn315nate
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: pann-report@nate.com
Subject: [KCSC-240911-06] =?utf-8?b?{base64.b64encode("게시물 삭제 요청".encode()).decode()}?=
Message-ID: <kcsc-240911-06.req@kcsc.example>
Date: {d("2024-09-11 15:00:00")}

--dsn315nate--
""",
    outcome="ignored",
    classification="bounce",
    imitates="DSN for a full mailbox (552 5.2.2) with the returned headers only",
    why="bounce; nothing about the item",
    items={},
)

HEADER = """# Blind set 315: Korean portals and community sites (see NOTES.md).
# Written by tests/corpus/blind315/make.py; expected results were written
# from each email's meaning before the reader was run.
"""

def encode_headers(c):
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    Korean mail servers send them."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is not None and not v.isascii():
            c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


if __name__ == "__main__":
    for c in cases:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind315", HEADER, cases)
