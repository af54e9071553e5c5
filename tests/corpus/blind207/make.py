#!/usr/bin/env python3
"""Blind set 207: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Inven, Ppomppu, with Clien as the wrong platform),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives.

    python3 tests/corpus/blind207/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the email's meaning alone, before any run
of the reader. All names, ids and URLs are fictional.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    """'2024-09-04 15:22' (KST) -> RFC 5322 date."""
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def enc(s):
    """RFC 2047 encoded words (UTF-8, base64) for a non-ASCII header value."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode().rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
TISTORY_SLUG = "추천-먹튀-목록"

N = [
    "https://blog.naver.com/moonlit_harbor77/223561200101",
    "https://blog.naver.com/moonlit_harbor77/223561200245",
    "https://blog.naver.com/greypine_ko/223558814012",
    "https://cafe.naver.com/quietvalleytrade/48211",
    "https://cafe.naver.com/quietvalleytrade/48237",
    "https://cafe.naver.com/sunnyfield2020/9154",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471203356",
    "https://m.blog.naver.com/PostView.naver?blogId=redkite_91&logNo=223560077718",
    "https://blog.naver.com/redkite_91/223560078002",
    "https://cafe.naver.com/sunnyfield2020/9188",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38120457&memberNo=61220931",
    "https://cafe.naver.com/quietvalleytrade/48302",
    "https://blog.naver.com/greypine_ko/223559120480",
]
D = [
    "https://gall.dcinside.com/board/view/?id=stock_new2&no=8841207",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_kr&no=120455",
    "https://gall.dcinside.com/mgallery/board/view/?id=nightowl_kr&no=120461",
    "https://gall.dcinside.com/mini/board/view/?id=saltmarsh&no=3302",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=9930412",
]
K = [
    "https://cafe.daum.net/lowtide0815/Jd1x/3120",
    "https://cafe.daum.net/lowtide0815/Jd1x/3144",
    "https://halfmoon-notes.tistory.com/entry/" + quote(TISTORY_SLUG),
    "https://pebble-road.tistory.com/142",
]
K3_RAW = "https://halfmoon-notes.tistory.com/entry/" + TISTORY_SLUG
S = [
    "https://vod.sooplive.co.kr/player/138820451",
    "https://vod.sooplive.co.kr/player/138820977",
    "https://ch.sooplive.co.kr/bluefin0402/post/97711203",
]
F = [
    "https://www.fmkorea.com/7384410221",
    "https://www.fmkorea.com/7384415590",
]
I = ["https://www.inven.co.kr/board/maple/5974/4412087"]
P = [
    "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120331",
    "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471209",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T23:59:59+09:00", N,
     "illegal-gambling", "req-240903-01@kcsc.example", "blog, cafe, kin and post items"),
    ("KCSC-240905-02", "dcinside", "2024-09-05T11:00:00+09:00", "2024-09-12T23:59:59+09:00", D,
     "defamation", "req-240905-02@kcsc.example", "gallery posts"),
    ("KCSC-240906-03", "daum", "2024-09-06T09:30:00+09:00", "2024-09-13T23:59:59+09:00", K,
     "illegal-gambling", "req-240906-03@kcsc.example", "Daum cafe and Tistory"),
    ("KCSC-240909-04", "soop", "2024-09-09T14:00:00+09:00", "2024-09-16T23:59:59+09:00", S,
     "obscenity", "req-240909-04@kcsc.example", "VODs and a channel post"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10T10:00:00+09:00", "2024-09-17T23:59:59+09:00", F,
     "privacy", "req-240910-05@kcsc.example", ""),
    ("KCSC-240911-06", "inven", "2024-09-11T16:00:00+09:00", "2024-09-18T23:59:59+09:00", I,
     "drugs", "req-240911-06@kcsc.example", "single item"),
    ("KCSC-240912-07", "ppomppu", "2024-09-12T10:30:00+09:00", "2024-09-19T23:59:59+09:00", P,
     "deepfake-sexual-abuse", "req-240912-07@kcsc.example", ""),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


def quoted(lines):
    return "\n".join("> " + l if l else ">" for l in lines)


REQ_N_LINES = [
    "안녕하세요, 방송통신심의위원회입니다.",
    "",
    "아래 게시물은 불법 도박 사이트를 홍보하는 정보로 심의 결과 시정요구가",
    "결정되었습니다. 삭제 또는 접속차단 조치 후 결과를 회신하여 주십시오.",
    "(요청번호 KCSC-240903-01, 회신기한 2024-09-10)",
    "",
] + ["%d. %s" % (i + 1, u) for i, u in enumerate(N)] + ["", "방송통신심의위원회 통신심의국"]

REQ_D_LINES = [
    "안녕하세요, 방송통신심의위원회입니다.",
    "아래 게시물 5건에 대해 삭제를 요청드립니다. (KCSC-240905-02)",
    "",
] + D + ["", "회신기한: 2024-09-12"]

# ---------------------------------------------------------------- cases
cases = []


def case(**kw):
    cases.append(kw)


# ======================= APPLIED =======================

case(
    name="naver-gesijungdan-result-list",
    imitates="NAVER 게시중단요청서비스 처리 결과 안내 메일 (bulleted list)",
    from_="right-noreply@navercorp.com", name_from=enc("NAVER 게시중단요청서비스"),
    date=d("2024-09-05 16:40"), reply_to_req="req-240903-01",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    body=f"""
안녕하세요, 네이버 게시중단요청서비스 담당자입니다.

방송통신심의위원회에서 요청하신 건(KCSC-240903-01)의 처리 결과를 아래와 같이
알려드립니다.

■ 처리 결과
- {N[0]} : 게시물 삭제
- {N[1]} : 게시물 삭제
- {N[2]} : 임시조치(30일)
- {N[3]} : 블라인드 처리
- {N[4]} : 게시물 없음 (작성자가 이미 삭제한 게시물입니다)

나머지 게시물은 담당 부서에서 확인하고 있으며, 결과가 나오는 대로 별도로
안내드리겠습니다.

임시조치된 게시물의 게시자는 30일 이내에 재게시를 요청할 수 있습니다.
관련 안내: https://right.naver.com/guide/temporary

감사합니다.
NAVER 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    why="trusted NAVER list: two deleted, one 임시조치 (restricted), one blinded, one already deleted by its author",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Malgun Gothic',sans-serif">
<p>방송통신심의위원회 담당자님께,</p>
<p>KCSC-240903-01 시정요구에 대한 조치 결과를 아래 표와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#eee"><th>연번</th><th>요청 URL</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{N[5]}">{N[5]}</a></td><td>삭제</td><td>불법 도박 홍보</td></tr>
<tr><td>2</td><td><a href="{N[6].replace('&', '&amp;')}">{N[6].replace('&', '&amp;')}</a></td><td>접속차단(국내)</td><td>&nbsp;</td></tr>
<tr><td>3</td><td><a href="{N[7].replace('&', '&amp;')}">{N[7].replace('&', '&amp;')}</a></td><td>미조치</td><td>운영정책 위반 사항이 확인되지 않음</td></tr>
<tr><td>4</td><td><a href="{N[8]}">{N[8]}</a></td><td>비공개 처리</td><td>&nbsp;</td></tr>
<tr><td>5</td><td><a href="{N[9]}">{N[9]}</a></td><td>해당 게시물 없음</td><td>존재하지 않는 주소</td></tr>
</table>
<p>문의 사항은 회신 주시기 바랍니다.<br>네이버 정책지원팀 드림</p>
</body></html>"""

case(
    name="naver-kcsc-result-html-table",
    imitates="시정요구 조치결과 회신표 (Korean portal's HTML table reply)",
    from_="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date=d("2024-09-06 11:05"), reply_to_req="req-240903-01",
    subject=enc("RE: [KCSC-240903-01] 시정요구 조치결과 회신"),
    type="html", body=HTML_TABLE,
    outcome="applied", classification="confirmation",
    why="HTML table: 삭제, 접속차단(국내), 미조치 with no violation found (rejected), 비공개, 게시물 없음",
    items={N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N[8]: "removed", N[9]: "not_found"},
)

CSV_ROWS = [
    ("1", N[0], "삭제", ""),
    ("2", N[1], "삭제", ""),
    ("3", N[2], "임시조치", "명예훼손 주장 게시물, 30일"),
    ("4", N[3], "블라인드", ""),
    ("5", N[4], "게시물 없음", "작성자 삭제"),
    ("6", N[5], "삭제", ""),
    ("7", N[6], "접속차단", "국내 IP 대상"),
    ("8", N[7], "미조치", "위반 사항 없음"),
    ("9", N[8], "비공개", ""),
    ("10", N[9], "게시물 없음", "존재하지 않는 글"),
    ("11", N[10], "삭제", ""),
    ("12", N[11], "미조치", "위반 사항 없음"),
    ("13", N[12], "연령제한", "19세 이상 열람"),
]
_csv = io.StringIO()
_w = csv.writer(_csv, lineterminator="\r\n")
_w.writerow(["번호", "URL", "조치결과", "비고"])
for r in CSV_ROWS:
    _w.writerow(r)
CSV_B64 = base64.encodebytes(("\ufeff" + _csv.getvalue()).encode("utf-8")).decode().rstrip("\n")

case(
    name="naver-result-csv-attachment",
    imitates="Portal's weekly result export sent as a CSV attachment (Excel-style, BOM, CRLF)",
    from_="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date=d("2024-09-09 17:30"), reply_to_req="req-240903-01",
    subject=enc("[NAVER] KCSC-240903-01 조치 결과 (첨부)"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b207_csv"

--=_nv_b207_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요.
KCSC-240903-01로 요청하신 게시물 13건의 조치 결과를 첨부 파일로 보내드립니다.
확인 부탁드립니다.

네이버 정책지원팀

--=_nv_b207_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{CSV_B64}
--=_nv_b207_csv--
""",
    outcome="applied", classification="confirmation",
    why="CSV attachment with a result per URL for all 13 items",
    items={N[0]: "removed", N[1]: "removed", N[2]: "restricted", N[3]: "removed", N[4]: "not_found",
           N[5]: "removed", N[6]: "restricted", N[7]: "rejected", N[8]: "removed", N[9]: "not_found",
           N[10]: "removed", N[11]: "rejected", N[12]: "restricted"},
)

case(
    name="naver-english-top-posted",
    imitates="NAVER global trust & safety English reply top-posted over the regulator's request (Gmail quote)",
    from_="ts-global@navercorp.com", name_from="NAVER Trust & Safety",
    date=d("2024-09-10 09:12"), reply_to_req="req-240903-01",
    subject="Re: [KCSC-240903-01] Correction request",
    body=f"""
Dear KCSC team,

Thank you for your request. Our decisions on two of the posts are below.

{N[10]} - removed for violating our policy on the promotion of illegal gambling.

{N[11]} - we reviewed this cafe post and found no violation of Korean law or of our Community Guidelines, so it remains available.

We are still working through the other links and will answer separately.

Best regards,
Jiwoo Han
NAVER Trust & Safety

On Tue, 3 Sep 2024 at 10:00, KCSC Takedown <takedown@kcsc.example> wrote:
{quoted(REQ_N_LINES)}
""",
    outcome="applied", classification="confirmation",
    why="two unhedged decisions above the quote; the 13 URLs in the quoted request say nothing",
    items={N[10]: "removed", N[11]: "rejected", N[0]: "pending", N[12]: "pending"},
)

case(
    name="naver-kin-url-with-particle",
    imitates="네이버 지식iN 운영자 삭제 안내 (URL followed directly by a Korean particle)",
    from_="kin_help@naver.com", name_from=enc("네이버 지식iN 운영팀"),
    date=d("2024-09-04 14:20"),
    subject=enc("[지식iN] KCSC-240903-01 관련 게시물 처리 안내"),
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 질문 {N[6]}의 본문과 답변 3건은 운영원칙(불법 사이트 홍보 금지) 위반으로 운영자 삭제되었습니다.

지식iN 운영원칙: https://kin.naver.com/help/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="one kin question, 운영자 삭제; the URL runs straight into the particle 의",
    items={N[6]: "removed"},
)

case(
    name="naver-outlook-original-message",
    imitates="Outlook reply from a NAVER staffer above -----Original Message----- (scheme-less URLs)",
    from_="seoyeon.kim@navercorp.com", name_from=enc("김서연"),
    date=d("2024-09-04 10:48"), reply_to_req="req-240903-01",
    subject=enc("RE: [KCSC-240903-01] 불법정보 시정요구"),
    body=f"""
안녕하세요, 네이버 정책협력팀 김서연입니다.

문의주신 카페 게시물 2건 확인했습니다.

cafe.naver.com/quietvalleytrade/48211 → 카페 매니저에게 통보 후 삭제 완료
cafe.naver.com/quietvalleytrade/48237 → 삭제 완료

나머지는 블로그 담당 부서에서 따로 회신드릴 예정입니다.

김서연 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC-240903-01] 불법정보 시정요구

""" + "\n".join(REQ_N_LINES) + "\n",
    outcome="applied", classification="confirmation",
    why="two cafe posts deleted (written without https://); the original request below the separator is quoted",
    items={N[3]: "removed", N[4]: "removed", N[5]: "pending", N[0]: "pending"},
)

case(
    name="naver-statement-of-reasons",
    imitates="DSA Art. 17 statement of reasons adapted by a Korean portal (per-item decision blocks)",
    from_="noreply-sor@navercorp.com", name_from="NAVER",
    date=d("2024-09-06 08:00"),
    subject="Statement of reasons - KCSC-240903-01",
    body=f"""
STATEMENT OF REASONS
Reference: KCSC-240903-01
Requesting authority: Korea Communications Standards Commission

Item 1
  Content: {N[0]}
  Decision: access disabled in the Republic of Korea (territorial restriction)
  Legal ground: Act on Promotion of Information and Communications Network
    Utilization, Art. 44-7
  Territorial scope: Republic of Korea

Item 2
  Content: {N[1]}
  Decision: removal of the content
  Territorial scope: worldwide

Automated means used in detection: no
Automated means used in decision: no
Redress: the uploader may appeal at https://right.naver.com/appeal
""",
    outcome="applied", classification="confirmation",
    why="statement of reasons: item 1 restricted in Korea, item 2 removed worldwide",
    items={N[0]: "restricted", N[1]: "removed"},
)

case(
    name="naver-wrapped-url-plain",
    imitates="Legacy plain-text mailer hard-wrapping a long URL at the column limit",
    from_="post_help@naver.com", name_from=enc("네이버 포스트 운영팀"),
    date=d("2024-09-07 13:33"),
    subject=enc("[네이버 포스트] 요청 게시물 조치 안내 (KCSC-240903-01)"),
    body="""
안녕하세요. 네이버 포스트 운영팀입니다.

아래 포스트는 청소년유해 게시물로 확인되어 삭제 조치하였습니다.

https://post.naver.com/viewer/postView.naver?volumeNo=38120457&
memberNo=61220931

또한 https://blog.naver.com/greypine_ko/223559120480 블로그 글은
성인 인증을 마친 이용자만 볼 수 있도록 연령 제한 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="post deleted (its URL wrapped after '&'), blog post age-restricted",
    items={N[10]: "removed", N[12]: "restricted"},
)

case(
    name="naver-echoed-report-results",
    imitates="네이버 고객센터 신고 처리 결과 안내 that echoes the report before the results",
    from_="helpcenter@naver.com", name_from=enc("네이버 고객센터"),
    date=d("2024-09-08 19:02"),
    subject=enc("[네이버 고객센터] 신고하신 게시물의 처리 결과를 안내드립니다"),
    body=f"""
[네이버 고객센터] 신고 처리 결과 안내

■ 접수 내용
접수일: 2024.09.03
신고 대상:
{N[8]}
{N[9]}
{N[5]}
신고 사유: 불법 도박 사이트 홍보

■ 처리 결과
{N[8]} - 게시물 삭제 및 작성자 아이디 이용제한
{N[9]} - 게시물 삭제
{N[5]} - 위반 사항이 확인되지 않아 별도 조치하지 않았습니다.

처리 결과에 이의가 있으시면 고객센터(https://help.naver.com)로 문의해 주세요.
""",
    outcome="applied", classification="confirmation",
    why="results block: two deletions (one also restricts the author's id, not the post) and one no-violation refusal; echo block states nothing",
    items={N[8]: "removed", N[9]: "removed", N[5]: "rejected"},
)

case(
    name="dc-admin-reply-numbered",
    imitates="디시인사이드 운영팀 게시물 삭제 처리 회신 (numbered, status on indented line)",
    from_="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-06 15:10"), reply_to_req="req-240905-02",
    subject=enc("RE: [KCSC-240905-02] 불법정보 삭제 요청"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청하신 게시물의 처리 결과를 안내드립니다.

1) {D[0]}
   - 삭제 처리 완료
2) {D[1]}
   - 게시물 삭제 및 작성자 IP 차단
3) {D[2]}
   - 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.

나머지 2건은 해당 갤러리 관리자와 확인 중입니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="two deletions (IP 차단 is about the author, not the post) and one post already deleted by its author",
    items={D[0]: "removed", D[1]: "removed", D[2]: "not_found", D[3]: "pending", D[4]: "pending"},
)

case(
    name="dc-bare-url-status-below",
    imitates="Terse moderator reply: bare URL, status on the next line",
    from_="cs@dcinside.com", name_from=enc("dcinside 신고센터"),
    date=d("2024-09-09 10:02"),
    subject=enc("KCSC-240905-02 추가 회신"),
    body=f"""
KCSC-240905-02 관련 추가 회신입니다.

{D[3]}
삭제함

{D[4]}
삭제 불가 - 특정인 비방으로 보기 어려워 게시 유지합니다.

dcinside 신고센터
""",
    outcome="applied", classification="confirmation",
    why="one deleted; the other refused (삭제 불가, stays up, with its reason)",
    items={D[3]: "removed", D[4]: "rejected"},
)

case(
    name="dc-english-url-below-statement",
    imitates="English partnership-desk reply with each URL on the line below its statement",
    from_="partner@dcinside.com", name_from="DCinside Partnership",
    date=d("2024-09-07 12:44"),
    subject="Re: KCSC-240905-02",
    body=f"""
Hello,

Regarding your request KCSC-240905-02, the following post was deleted by our moderation staff on September 6:
{D[1]}

The post below had already been removed by its author before your request reached us, so there was nothing left for us to act on:
{D[2]}

Regards,
Minho Lee
DCinside Partnership Team
""",
    outcome="applied", classification="confirmation",
    why="statement line followed by its URL: one deleted, one already gone (author deleted)",
    items={D[1]: "removed", D[2]: "not_found"},
)

case(
    name="dc-receipt-with-results",
    imitates="Helpdesk ticket receipt that already carries item results",
    from_="noreply@dcinside.com", name_from=enc("디시인사이드 고객센터"),
    date=d("2024-09-05 13:27"),
    subject=enc("[접수완료] 문의번호 DC-0905-11873"),
    body=f"""
고객님의 문의가 정상적으로 접수되었습니다. (문의번호: DC-0905-11873)

접수하신 URL 중 아래 게시물은 확인 즉시 조치되었습니다.
- {D[0]} : 삭제
- {D[4]} : 삭제

그 외 게시물은 담당자 검토 후 답변드리겠습니다.

※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    why="a receipt phrase, but it also states two unhedged deletions",
    items={D[0]: "removed", D[4]: "removed"},
)

case(
    name="dc-gmail-korean-quote",
    imitates="Reply above a Korean Gmail quote header ('…님이 작성:')",
    from_="report@dcinside.com", name_from=enc("디시인사이드 운영팀"),
    date=d("2024-09-10 18:15"), reply_to_req="req-240905-02",
    subject=enc("Re: [KCSC-240905-02] 게시물 삭제 요청"),
    body=f"""
확인 결과 아래와 같이 처리하였습니다.

{D[3]} 는 성인 인증 회원만 열람할 수 있도록 19금 게시물로 전환했습니다.
{D[4]} 는 삭제했습니다.

디시인사이드 운영팀

2024년 9월 5일 (목) 오전 11:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{quoted(REQ_D_LINES)}
""",
    outcome="applied", classification="confirmation",
    why="one post made 19+ (age-restricted), one deleted; the quoted request states nothing",
    items={D[3]: "restricted", D[4]: "removed", D[0]: "pending"},
)

case(
    name="daum-tistory-imsi-korean-path",
    imitates="카카오 권리침해신고센터 임시조치/삭제 결과 안내 (raw Korean path)",
    from_="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-09 11:50"),
    subject=enc("[카카오] 게시중단 요청 처리 결과 안내 - KCSC-240906-03"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대하여 다음과 같이 조치하였음을 안내드립니다.

대상 게시물: {K3_RAW}
조치 내용: 임시조치 (30일간 게시물에 대한 접근 차단)

대상 게시물: {K[3]}
조치 내용: 게시물 삭제

임시조치 기간 중 게시자의 재게시 요청이 있을 경우 별도로 안내드립니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="Tistory entry 임시조치 (restricted; raw Korean path matches its percent-encoded form), other entry deleted",
    items={K[2]: "restricted", K[3]: "removed"},
)

DAUM_QP = f"""KCSC-240906-03 관련 Daum 카페 게시글 조치 결과입니다.

· {K[0]} — 운영정책 위반으로 블라인드 처리되었습니다.
· {K[1]} — 요청하신 주소의 게시글이 존재하지 않습니다(삭제되었거나 잘못된 주소입니다).

카페 운영정책: https://cafe.daum.net/_policy

Daum 카페 운영팀
"""

case(
    name="daum-cafe-quoted-printable",
    imitates="Daum 카페 운영정책 조치 안내 in quoted-printable",
    from_="cafe_notice@daum.net", name_from=enc("Daum 카페"),
    date=d("2024-09-07 09:41"),
    subject=enc("[Daum 카페] 게시글 조치 결과 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(DAUM_QP)}
""",
    outcome="applied", classification="confirmation",
    why="one cafe post blinded (removed), one address with no post (not_found)",
    items={K[0]: "removed", K[1]: "not_found"},
)

case(
    name="daum-kakao-english-angle",
    imitates="Kakao Trust & Safety English review outcome (URLs in angle brackets)",
    from_="trust-safety@kakaocorp.com", name_from="Kakao Trust & Safety",
    date=d("2024-09-11 16:03"),
    subject="Outcome of your request KCSC-240906-03",
    body=f"""
Dear Sir or Madam,

We have completed our review of the content referenced in KCSC-240906-03.

- The Daum Cafe post <{K[1]}> has been made unavailable.
- We were unable to locate any content at <{K[3]}>; no matching post exists in our records.

For our operating policy, please see https://www.kakao.com/policy/oppolicy.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="one post made unavailable, one not located",
    items={K[1]: "removed", K[3]: "not_found"},
)

case(
    name="soop-english-bullets",
    imitates="SOOP (formerly AfreecaTV) trust & safety English outcome list",
    from_="safety@sooplive.com", name_from="SOOP Trust & Safety",
    date=d("2024-09-11 10:20"),
    subject="[SOOP] Result of review - KCSC-240909-04",
    body=f"""
Hello,

Here is the result of our review of request KCSC-240909-04.

* {S[0]} - VOD deleted; the streamer also received a 7-day broadcasting restriction.
* {S[1]} - set to 19+ (age-restricted); only adult-verified users can now view it.
* {S[2]} - reviewed; it does not violate our Operating Policy, so no action was taken.

SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    why="deleted (the broadcasting restriction is on the streamer), age-restricted, no violation (rejected)",
    items={S[0]: "removed", S[1]: "restricted", S[2]: "rejected"},
)

SOOP_B64 = f"""안녕하세요. SOOP 고객센터입니다.
방송통신심의위원회 요청 건(KCSC-240909-04)의 처리 결과를 알려드립니다.

1. VOD {S[0]} : 삭제 완료
2. 방송국 게시글 {S[2]} : 비공개 처리 완료

남은 1건은 검토가 끝나는 대로 회신드리겠습니다.

SOOP 고객센터 드림
"""

case(
    name="soop-korean-base64",
    imitates="SOOP 고객센터 처리 결과 메일, base64 body",
    from_="help@sooplive.co.kr", name_from=enc("SOOP 고객센터"),
    date=d("2024-09-10 15:55"), reply_to_req="req-240909-04",
    subject=enc("[SOOP] 요청하신 게시물 처리 결과 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_B64)}
""",
    outcome="applied", classification="confirmation",
    why="VOD deleted, channel post made private (비공개, removed); the third only promised",
    items={S[0]: "removed", S[2]: "removed", S[1]: "pending"},
)

SOOP_PLAIN = f"""KCSC-240909-04 조치 결과

{S[0]}  삭제
{S[1]}  삭제
{S[2]}  연령제한(19세)

SOOP 정책팀
"""
SOOP_HTML = f"""<html><body>
<p><b>KCSC-240909-04 조치 결과</b></p>
<table border="1" cellpadding="3">
<tr><th>URL</th><th>조치</th></tr>
<tr><td>{S[0]}</td><td>삭제</td></tr>
<tr><td>{S[1]}</td><td>삭제</td></tr>
<tr><td>{S[2]}</td><td>연령제한(19세)</td></tr>
</table>
<p>SOOP 정책팀</p>
</body></html>"""

case(
    name="soop-alternative-table",
    imitates="multipart/alternative result table from a Korean platform's policy team",
    from_="policy@sooplive.co.kr", name_from=enc("SOOP 정책팀"),
    date=d("2024-09-12 09:30"),
    subject=enc("KCSC-240909-04 조치 결과 회신"),
    raw_mime=f"""Content-Type: multipart/alternative; boundary="b207-soop-alt"

--b207-soop-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_PLAIN)}
--b207-soop-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(SOOP_HTML)}
--b207-soop-alt--
""",
    outcome="applied", classification="confirmation",
    why="two VODs deleted, channel post age-restricted (19세)",
    items={S[0]: "removed", S[1]: "removed", S[2]: "restricted"},
)

case(
    name="fmk-numbered-arrow",
    imitates="에펨코리아 운영진 답변 (numbered, arrow on the next line)",
    from_="admin@fmkorea.com", name_from=enc("에펨코리아 운영진"),
    date=d("2024-09-11 22:14"), reply_to_req="req-240910-05",
    subject=enc("Re: [KCSC-240910-05] 개인정보 노출 게시물 삭제 요청"),
    body=f"""
에펨코리아 운영진입니다. KCSC-240910-05 요청 건 처리 결과 회신드립니다.

1. {F[0]}
   → 운영진 삭제 완료 (작성자 영구 이용정지)
2. {F[1]}
   → 확인 시점에 이미 작성자 본인이 삭제한 글입니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    why="one deleted by moderators (the ban is on the author), one already deleted by its author",
    items={F[0]: "removed", F[1]: "not_found"},
)

case(
    name="inven-sole-statement-korean",
    imitates="인벤 고객지원 reply to a one-item request, naming no URL",
    from_="support@inven.co.kr", name_from=enc("인벤 고객지원"),
    date=d("2024-09-12 11:18"), reply_to_req="req-240911-06",
    subject=enc("RE: [KCSC-240911-06] 게시물 삭제 요청"),
    body="""
안녕하세요, 인벤 고객지원팀입니다.

요청하신 메이플스토리 자유게시판 게시물은 확인 후 삭제 처리하였습니다.

감사합니다.
인벤 고객지원팀
""",
    outcome="applied", classification="confirmation",
    why="the one item of a one-item request, deleted (sole statement, threaded to the request)",
    items={I[0]: "removed"},
)

case(
    name="inven-english-hidden",
    imitates="Inven English moderator reply ('hidden from public view')",
    from_="global@inven.co.kr", name_from="Inven Support",
    date=d("2024-09-13 10:05"),
    subject="Your request KCSC-240911-06",
    body=f"""
Hi,

The post you reported ({I[0]}) has been hidden from public view by our moderators and the author can no longer edit it.

Thanks,
Inven Support
""",
    outcome="applied", classification="confirmation",
    why="hidden from public view = made unavailable (removed); URL in parentheses",
    items={I[0]: "removed"},
)

case(
    name="ppomppu-angle-brackets-korean",
    imitates="뽐뿌 운영팀 reply with URLs in angle brackets",
    from_="admin@ppomppu.co.kr", name_from=enc("뽐뿌 운영팀"),
    date=d("2024-09-13 14:40"), reply_to_req="req-240912-07",
    subject=enc("RE: [KCSC-240912-07] 삭제 요청"),
    body=f"""
안녕하세요 뽐뿌 운영팀입니다.

<{P[0]}> 삭제처리 완료했습니다.
<{P[1]}> 해당 글은 성인 인증을 마친 회원만 볼 수 있도록 열람 제한을 걸었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    why="one deleted, one limited to adult-verified members (age-restricted)",
    items={P[0]: "removed", P[1]: "restricted"},
)

case(
    name="ppomppu-fullwidth-parentheses",
    imitates="Korean reply with full-width digits and parentheses straight after each URL",
    from_="help@ppomppu.co.kr", name_from=enc("뽐뿌 고객센터"),
    date=d("2024-09-16 10:12"),
    subject=enc("요청번호 KCSC-240912-07 처리 결과"),
    body=f"""
요청번호 KCSC-240912-07 처리 결과를 알려드립니다。

１．{P[0]}（삭제 완료）
２．{P[1]}（위반 사항이 없어 게시 유지）

뽐뿌 고객센터
""",
    outcome="applied", classification="confirmation",
    why="full-width parentheses after the URLs: one deleted, one kept as no violation (rejected)",
    items={P[0]: "removed", P[1]: "rejected"},
)

# ======================= REVIEW =======================

case(
    name="naver-promise-will-delete",
    imitates="Korean portal reply promising deletion after internal review",
    from_="policy@navercorp.com", name_from=enc("네이버 정책지원팀"),
    date=d("2024-09-04 18:30"), reply_to_req="req-240903-01",
    subject=enc("RE: [KCSC-240903-01] 시정요구 관련"),
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

KCSC-240903-01 요청 중 아래 2건은 내부 검토를 거쳐 금주 중 삭제될 예정입니다.
- {N[0]}
- {N[1]}

검토가 끝나면 결과를 다시 회신드리겠습니다.
""",
    outcome="review", review="not_understood",
    why="a promise (삭제될 예정), not a statement: items stay pending",
    items={N[0]: "pending", N[1]: "pending"},
)

case(
    name="dc-hedged-english",
    imitates="Hedged English abuse-desk reply ('appears to', 'cannot confirm')",
    from_="partner@dcinside.com", name_from="DCinside Partnership",
    date=d("2024-09-06 20:05"),
    subject="Re: KCSC-240905-02",
    body=f"""
Hello,

About {D[2]}: it appears the post may have been deleted already, but our logs for that gallery are incomplete, so we cannot confirm this.

{D[0]} is still being looked at by the gallery manager.

Regards,
Minho Lee
""",
    outcome="review", review="not_understood",
    why="hedges and 'still being looked at': nothing stated",
    items={D[2]: "pending", D[0]: "pending"},
)

case(
    name="fmk-bulk-korean",
    imitates="Community admin one-liner: 'all requested posts deleted'",
    from_="admin@fmkorea.com", name_from=enc("에펨코리아 운영진"),
    date=d("2024-09-10 21:40"), reply_to_req="req-240910-05",
    subject=enc("Re: [KCSC-240910-05] 개인정보 노출 게시물 삭제 요청"),
    body="""
KCSC-240910-05로 요청하신 게시글 전부 삭제 조치 완료했습니다.

에펨코리아 운영진
""",
    outcome="review", review="bulk",
    why="'all of them deleted' for a two-item request, naming neither",
    items={F[0]: "pending", F[1]: "pending"},
)

case(
    name="soop-bulk-english",
    imitates="Platform English bulk confirmation for a whole request",
    from_="safety@sooplive.com", name_from="SOOP Trust & Safety",
    date=d("2024-09-10 12:00"),
    subject="KCSC-240909-04 completed",
    body="""
Hello,

All VODs and posts listed in your request KCSC-240909-04 have been removed from SOOP.

SOOP Trust & Safety
""",
    outcome="review", review="bulk",
    why="bulk statement for a three-item request without naming each",
    items={S[0]: "pending", S[1]: "pending", S[2]: "pending"},
)

case(
    name="naver-dmarc-fail",
    imitates="NAVER-looking result mail whose DKIM/SPF/DMARC fail (relayed or forged)",
    from_="policy@navercorp.com", name_from=enc("네이버 정책지원팀"), auth="fail",
    date=d("2024-09-08 07:55"),
    subject=enc("[KCSC-240903-01] 조치 결과"),
    body=f"""
KCSC-240903-01 요청 게시물 중 아래 2건 삭제하였습니다.

{N[11]}
{N[12]}

네이버 정책지원팀
""",
    outcome="review", review="untrusted",
    why="claims from a NAVER domain that fails authentication",
    items={N[11]: "pending", N[12]: "pending"},
)

case(
    name="lawfirm-unknown-sender",
    imitates="Law firm writing on behalf of the blogger (not the platform)",
    from_="jh.park@hanbit-lawfirm.kr", name_from=enc("법무법인 한빛 박지훈 변호사"),
    date=d("2024-09-05 15:00"),
    subject=enc("KCSC-240903-01 관련 게시물 자진 삭제 통지"),
    body=f"""
방송통신심의위원회 귀중

당 법무법인은 블로그 greypine_ko 운영자의 대리인입니다.

귀 위원회가 KCSC-240903-01로 시정요구한 게시물 중
{N[2]} 은(는) 의뢰인이 2024년 9월 4일 자진 삭제하였음을 알려드립니다.

법무법인 한빛
변호사 박지훈
""",
    outcome="review", review="unknown_sender",
    why="a third party (the author's lawyer) speaking about a requested item",
    items={N[2]: "pending"},
)

case(
    name="dc-gallery-manager-gmail",
    imitates="Minor-gallery manager writing from a personal Gmail account",
    from_="nightowl.gall.mgr@gmail.com", name_from="nightowl gallery manager",
    date=d("2024-09-06 23:11"),
    subject="KCSC-240905-02 nightowl gallery",
    body=f"""
안녕하세요, 디시 나이트아울 마이너 갤러리 매니저입니다.
운영팀에서 전달받고 아래 두 글 제가 직접 삭제했습니다.

{D[1]}
{D[2]}

I am not DC Inside staff, just the volunteer manager of this gallery.
""",
    outcome="review", review="unknown_sender",
    why="a volunteer gallery manager from gmail.com, not DC Inside's domain",
    items={D[1]: "pending", D[2]: "pending"},
)

case(
    name="clien-wrong-platform",
    imitates="Other community's admin answering a mis-addressed request ('not on our site')",
    from_="admin@clien.net", name_from=enc("클리앙 운영진"),
    date=d("2024-09-12 17:20"),
    subject=enc("Re: [KCSC-240912-07] 삭제 요청"),
    body=f"""
안녕하세요, 클리앙 운영진입니다.

보내주신 메일의 게시물 {P[0]} 은 클리앙에 존재하지 않는 게시물입니다.
주소를 보니 뽐뿌 게시판으로 보이니 그쪽으로 문의 바랍니다.

클리앙 운영진
""",
    outcome="review", review="wrong_platform",
    why="Clien (a configured platform) speaks about a Ppomppu item",
    items={P[0]: "pending"},
)

case(
    name="naver-asks-documents",
    imitates="NAVER 권리침해 게시중단 요청 보완 서류 요청 (위임장, 소명자료)",
    from_="right-noreply@navercorp.com", name_from=enc("NAVER 게시중단요청서비스"),
    date=d("2024-09-05 10:10"), reply_to_req="req-240903-01",
    subject=enc("[NAVER] 게시중단 요청 서류 보완 안내"),
    body=f"""
안녕하세요, 네이버 게시중단요청서비스입니다.

요청하신 게시물 중 {N[2]} 은
명예훼손을 사유로 한 게시중단 요청에 해당하여, 당사자 확인을 위한
위임장 및 권리침해 소명자료를 추가로 제출해 주셔야 검토가 가능합니다.

서류 제출: https://right.naver.com/report/documents
서류가 접수되면 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    why="asks for documents before reviewing one item",
    items={N[2]: "pending"},
)

case(
    name="soop-policy-newsletter",
    imitates="Platform policy-change notice sent to partner contacts",
    from_="policy@sooplive.co.kr", name_from=enc("SOOP 정책팀"),
    date=d("2024-09-13 16:00"),
    subject=enc("[SOOP] 2024년 하반기 운영정책 개정 안내"),
    body="""
안녕하세요, SOOP 정책팀입니다.

2024년 10월 1일부터 청소년 보호 관련 운영정책이 일부 개정됩니다.
- 19세 이상 방송 설정 기준 구체화
- 신고 처리 결과 안내 방식 변경 (이메일 → 신고센터 알림)

개정 전문은 https://www.sooplive.co.kr/policy/operation 에서 확인하실 수 있습니다.
관계 기관 담당자분들께 미리 안내드립니다.

SOOP 정책팀 드림
""",
    outcome="review", review="no_claims",
    why="trusted platform mail naming no item and no request",
    items={},
)

case(
    name="naver-under-review-english",
    imitates="English 'under review by our legal team' holding reply",
    from_="ts-global@navercorp.com", name_from="NAVER Trust & Safety",
    date=d("2024-09-09 09:45"),
    subject="Re: [KCSC-240903-01] Correction request",
    body=f"""
Dear KCSC team,

The following two items are currently under review by our legal team:

{N[5]}
{N[6]}

We expect to reach a decision by September 20 and will let you know.

Best regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    why="'under review' with an expected decision date: nothing stated",
    items={N[5]: "pending", N[6]: "pending"},
)

case(
    name="ppomppu-conditional-deletion",
    imitates="Community admin conditional reply (deleted unless the author answers)",
    from_="admin@ppomppu.co.kr", name_from=enc("뽐뿌 운영팀"),
    date=d("2024-09-13 09:05"),
    subject=enc("RE: [KCSC-240912-07] 삭제 요청"),
    body=f"""
안녕하세요 뽐뿌 운영팀입니다.

{P[1]} 게시물은 작성자에게 소명 기회를 주었습니다.
9월 19일까지 소명이 없으면 삭제될 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    why="a condition and a promise, no statement",
    items={P[1]: "pending"},
)

# ======================= IGNORED =======================

case(
    name="naver-out-of-office-korean",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    from_="seoyeon.kim@navercorp.com", name_from=enc("김서연"),
    date=d("2024-09-03 10:01"), reply_to_req="req-240903-01",
    subject=enc("[부재중] Re: [KCSC-240903-01] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 김서연입니다.
9월 3일부터 9월 9일까지 휴가로 부재중입니다.
급한 용무는 정책지원팀(policy@navercorp.com)으로 보내주시기 바랍니다.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

DSN_DC = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b207-dsn-dc"

--b207-dsn-dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-kr@dcinside.com>: host mail-in.dcinside.com[198.51.100.44] said:
    550 5.1.1 <report-kr@dcinside.com>: Recipient address rejected: User
    unknown in local recipient table

--b207-dsn-dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.dcinside.com
Arrival-Date: {d("2024-09-05 11:00")}

Final-Recipient: rfc822; report-kr@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--b207-dsn-dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: report-kr@dcinside.com
Subject: [KCSC-240905-02] {enc("불법정보 삭제 요청")}
Message-ID: <req-240905-02@kcsc.example>
Date: {d("2024-09-05 11:00")}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

""" + "\n".join(REQ_D_LINES) + """

--b207-dsn-dc--
"""

case(
    name="dc-dsn-user-unknown",
    imitates="Postfix delivery status notification (550 user unknown) returning the request",
    from_="MAILER-DAEMON@mx.dcinside.com", name_from="Mail Delivery System",
    date=d("2024-09-05 11:01"),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=DSN_DC,
    outcome="ignored", classification="bounce",
    why="bounce; the returned request inside names the URLs but states nothing",
    items={},
)

MDN_KAKAO = f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="b207-mdn"

--b207-mdn
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일 "[KCSC-240906-03] 불법정보 시정요구"을(를) 수신자가 2024-09-06 14:02에 읽었습니다.

--b207-mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Work Mail
Final-Recipient: rfc822; right@kakaocorp.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--b207-mdn--
"""

case(
    name="kakao-read-receipt",
    imitates="MDN read receipt (읽음 확인) from a Korean webmail",
    from_="right@kakaocorp.com", name_from=enc("카카오 권리침해신고센터"),
    date=d("2024-09-06 14:02"),
    subject=enc("읽음: [KCSC-240906-03] 불법정보 시정요구"),
    raw_mime=MDN_KAKAO,
    outcome="ignored", classification="read_receipt",
    why="read receipt",
    items={},
)

case(
    name="soop-ticket-receipt",
    imitates="SOOP 고객센터 문의 접수 완료 안내 (pure receipt)",
    from_="noreply@sooplive.co.kr", name_from=enc("SOOP 고객센터"),
    date=d("2024-09-09 14:03"),
    subject=enc("[SOOP 고객센터] 문의가 접수되었습니다 (KCSC-240909-04)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. SOOP 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: SP-240909-4471

답변은 영업일 기준 3일 이내에 이메일로 보내드립니다.
접수 내역은 https://help.sooplive.co.kr/mypage 에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    why="pure ticket receipt, no statement",
    items={},
)

case(
    name="fmk-out-of-office-english",
    imitates="English out-of-office reply from a community admin",
    from_="jun.admin@fmkorea.com", name_from="Jun (FM Korea admin)",
    date=d("2024-09-10 10:01"), reply_to_req="req-240910-05",
    subject="Automatic reply: [KCSC-240910-05] Request for deletion",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
I am out of the office until 16 September with limited access to email.
For urgent moderation matters please write to admin@fmkorea.com.

9월 16일까지 부재중입니다. 급한 건은 admin@fmkorea.com 으로 보내주세요.
""",
    outcome="ignored", classification="auto_reply",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="ppomppu-report-receipt",
    imitates="뽐뿌 신고 접수 자동 안내 (automated receipt with ticket number)",
    from_="noreply@ppomppu.co.kr", name_from=enc("뽐뿌"),
    date=d("2024-09-12 10:31"), reply_to_req="req-240912-07",
    subject=enc("[뽐뿌] 신고 접수 안내 - KCSC-240912-07"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
신고가 접수되었습니다. (접수번호 PP-24-0912-0388)

운영진이 순차적으로 확인한 뒤 처리 결과를 안내드리겠습니다.
이 메일은 자동 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    why="automated receipt, no statement",
    items={},
)

DSN_INVEN = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="b207-dsn-inv"

--b207-dsn-inv
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.inven.co.kr.

Your message could not be delivered to one recipient.

<support@inven.co.kr>: mailbox full (552 5.2.2 Quota exceeded)

--b207-dsn-inv
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.inven.co.kr

Final-Recipient: rfc822; support@inven.co.kr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded

--b207-dsn-inv
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: support@inven.co.kr
Subject: [KCSC-240911-06] Request for deletion
Message-ID: <req-240911-06@kcsc.example>
Date: {d("2024-09-11 16:00")}

--b207-dsn-inv--
"""

case(
    name="inven-dsn-mailbox-full",
    imitates="DSN 552 mailbox full with returned headers only",
    from_="MAILER-DAEMON@mail.inven.co.kr", name_from="Mail Delivery System",
    date=d("2024-09-11 16:02"),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN_INVEN,
    outcome="ignored", classification="bounce",
    why="bounce (mailbox full)",
    items={},
)


HEADER = """# Blind set 207: Korean portals and community sites (see NOTES.md).
# Written by make.py from each email's meaning, before any run of the reader.
"""


def main():
    write_requests()
    for c in cases:
        c["from"] = c.pop("from_")
    corpuslib.write_set(HERE, "blind207", HEADER, cases)


if __name__ == "__main__":
    main()
