#!/usr/bin/env python3
"""Blind set 977: Korean-language replies from NAVER, Kakao/Daum (Tistory,
open chat), YouTube Korea, DC Inside and BAND: 공문-style 조치결과 회신,
임시조치 notices, 시정요구 조치결과 tables, informal operator replies, and
the receipts, auto-replies, bounces and read receipts that come with them.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind977/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import io
import os
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = timezone(timedelta(hours=9))


def d(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=KST))


def h(s):
    """RFC 2047 for non-ASCII header text, as mail clients send it."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.strip("\n").encode("utf-8") + b"\n").decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def pct(raw):
    """Percent-encode the non-ASCII part of a URL, as requests.csv stores it."""
    return quote(raw, safe=":/?&=@%-._~")


# ---------------------------------------------------------------- requests
A = [
    "https://blog.naver.com/haneul_fake77/223561001",
    "https://blog.naver.com/haneul_fake77/223561002",
    "https://blog.naver.com/haneul_fake77/223561003",
    "https://blog.naver.com/mintroad_k/223570415",
    "https://blog.naver.com/mintroad_k/223570416",
    "https://cafe.naver.com/saebyeokmarket/48211",
    "https://cafe.naver.com/saebyeokmarket/48212",
    "https://cafe.naver.com/saebyeokmarket/48230",
    "https://cafe.naver.com/dalbit0mom/9912",
    "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471122334",
    "https://post.naver.com/viewer/postView.naver?volumeNo=38001122&memberNo=5512077",
    "https://blog.naver.com/PostView.naver?blogId=ggumtteul_x&logNo=223580990",
    "https://m.blog.naver.com/mintroad_k/223570420",
]
B3_RAW = "https://noeul-diary.tistory.com/entry/신상공개-정리"
B = [
    "https://cafe.daum.net/bamkkot_club/Jq2L/311",
    "https://cafe.daum.net/bamkkot_club/Jq2L/318",
    pct(B3_RAW),
    "https://noeul-diary.tistory.com/57",
    "https://open.kakao.com/o/gFk2Xa9b",
]
C = [
    "https://gall.dcinside.com/board/view/?id=fakeissue&no=3300121",
    "https://gall.dcinside.com/mgallery/board/view/?id=moonlit_gal&no=88410",
    "https://gall.dcinside.com/mgallery/board/view/?id=moonlit_gal&no=88415",
    "https://gall.dcinside.com/mini/board/view/?id=tinyroom_x&no=5521",
]
D3_RAW = "https://www.youtube.com/@밤빛소문TV"
D = [
    "https://www.youtube.com/watch?v=Qx7fK2mLp0a",
    "https://www.youtube.com/shorts/Zr8TnB3kW1c",
    pct(D3_RAW),
]
E = [
    "https://band.us/band/81234567/post/2301",
    "https://band.us/band/81234567/post/2307",
]
F = ["https://cafe.daum.net/hwaseong_gossip/ABcd/77"]
G = ["https://blog.naver.com/sunny_rumor/223590001"]

REQUESTS = [
    # ref, platform, sent_at, due_at, category, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00", "privacy_exposure", A),
    ("KCSC-240904-01", "kakao", "2024-09-04T10:30:00+09:00", "2024-09-11T18:00:00+09:00", "defamation", B),
    ("KCSC-240905-01", "dcinside", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", "obscene_content", C),
    ("KCSC-240906-01", "youtube", "2024-09-06T11:00:00+09:00", "2024-09-13T18:00:00+09:00", "illegal_gambling", D),
    ("KCSC-240909-01", "band", "2024-09-09T10:00:00+09:00", "2024-09-16T18:00:00+09:00", "drug_trade", E),
    ("KCSC-240910-01", "kakao", "2024-09-10T14:00:00+09:00", "2024-09-17T18:00:00+09:00", "defamation", F),
    ("KCSC-240911-01", "naver", "2024-09-11T10:00:00+09:00", "2024-09-18T18:00:00+09:00", "privacy_exposure", G),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls in REQUESTS:
        mid = "<req-%s@kcsc.example>" % ref[5:].lower()
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid, ""])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def our_request(ref, urls, raw=None):
    """Body of our own request email, as platforms quote it back."""
    raw = raw or {}
    lines = [
        "안녕하십니까, 방송통신심의위원회 통신심의국입니다.",
        "",
        f"위원회 의결에 따라 아래 정보에 대한 시정요구(참조번호 {ref})를 통보하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw.get(u, u)}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(lines)


HELP_NAVER = "https://help.naver.com/service/5640/contents/19105"

# ---------------------------------------------------------------- cases
cases = []


def add(**c):
    c["subject"] = h(c["subject"])
    if "name_from" in c:
        c["name_from"] = h(c["name_from"])
    cases.append(c)


# ===== NAVER: KCSC-240902-01 (13 items) and KCSC-240911-01 (1 item) =====

rows = [
    (A[0], "삭제", "2024.09.04"),
    (A[1], "게시중단", "2024.09.04"),
    (A[2], "임시조치(30일)", "2024.09.04"),
    (A[3], "게시물 없음(작성자 삭제)", "-"),
    (A[4], "비공개 처리", "2024.09.05"),
    (A[5], "블라인드", "2024.09.05"),
    (A[6], "접속차단(국내)", "2024.09.05"),
    (A[7], "삭제", "2024.09.05"),
    (A[8], "미조치(위반사항 없음)", "-"),
    (A[9], "삭제", "2024.09.05"),
    (A[10], "존재하지 않는 URL", "-"),
    (A[11], "게시중단", "2024.09.06"),
    (A[12], "블라인드", "2024.09.06"),
]
table = "\n".join(f" {i:<3}| {u:<80} | {s} | {dt}" for i, (u, s, dt) in enumerate(rows, 1))
add(
    name="naver-gongmun-text-table",
    date=d("2024-09-06 16:20:11"),
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] 시정요구(KCSC-240902-01)에 대한 조치결과 회신",
    reply_to_req="req-240902-01",
    body=f"""
수신: 방송통신심의위원회 통신심의국장
제목: 시정요구(KCSC-240902-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.

2. 귀 위원회가 2024. 9. 2. 통보한 시정요구(KCSC-240902-01)와 관련하여 당사는
대상 정보 13건을 확인하고 아래와 같이 조치하였음을 회신합니다.

                         - 아   래 -

 연번| 대상 URL{' ' * 73}| 조치결과 | 조치일자
{table}

3. 연번 9의 게시물은 당사 운영정책 및 관련 법령에 비추어 검토한 결과 위반 사항이
확인되지 않아 게시를 유지하였습니다. 연번 4는 통보 이전에 작성자가 스스로 삭제하였고,
연번 11은 해당 주소에 게시물이 존재하지 않습니다.  끝.

네이버 주식회사 정책지원팀
담당 이도윤 / 031-000-1234
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal 공문 reply to a KCSC 시정요구: 수신/제목/아래 layout with a plain-text 조치결과 table",
    why="13 rows, each URL with its own result: 삭제/게시중단/비공개/블라인드 removed, 임시조치 and 국내 접속차단 restricted, 미조치(위반사항 없음) rejected, 게시물 없음/존재하지 않는 URL not_found",
    items={
        A[0]: "removed", A[1]: "removed", A[2]: "restricted", A[3]: "not_found",
        A[4]: "removed", A[5]: "removed", A[6]: "restricted", A[7]: "removed",
        A[8]: "rejected", A[9]: "removed", A[10]: "not_found", A[11]: "removed",
        A[12]: "removed",
    },
)

html_rows = [
    (A[0], "게시중단", "2024-09-04 처리"),
    (A[1], "임시조치", "30일간 접근 제한"),
    (A[3], "게시물 없음", "요청 이전 작성자 삭제"),
    (A[4], "유지", "운영정책 위반 사항 없음"),
    (A[5], "검토 중", "-"),
    (A[6], "검토 중", "-"),
]
trs = "\n".join(
    f'<tr><td>{i}</td><td><a href="{u}">{u}</a></td><td>{s}</td><td>{n}</td></tr>'
    for i, (u, s, n) in enumerate(html_rows, 1)
)
add(
    name="naver-html-table-partial",
    date=d("2024-09-05 11:42:09"),
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    type="html",
    body=f"""
<html><head><meta charset="utf-8"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님, 안녕하세요.<br>NAVER 게시중단요청서비스입니다.</p>
<p>요청번호 <b>KCSC-240902-01</b> 중 아래 게시물의 처리 결과를 안내드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#f2f2f2"><th>번호</th><th>게시물 주소</th><th>처리 상태</th><th>비고</th></tr>
{trs}
</table>
<p>검토 중인 2건은 결과가 확정되는 대로 다시 안내드리겠습니다.</p>
<p>게시중단 절차에 대한 자세한 내용은 <a href="{HELP_NAVER}">고객센터 도움말</a>을 참고해 주세요.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result mail with an HTML 처리 상태 table",
    why="HTML table: 게시중단 removed, 임시조치 restricted, 게시물 없음 not_found, 유지(위반 사항 없음) rejected; two rows 검토 중 stay pending; the help link is no item",
    items={A[0]: "removed", A[1]: "restricted", A[3]: "not_found", A[4]: "rejected",
           A[5]: "pending", A[6]: "pending"},
)

csv_rows = [
    ("번호", "URL", "처리결과", "처리일시"),
    ("1", A[2], "임시조치(30일)", "2024-09-05 11:02"),
    ("2", A[7], "삭제", "2024-09-05 11:10"),
    ("3", A[8], "위반 아님 - 게시 유지", "2024-09-05 11:15"),
    ("4", A[9], "삭제", "2024-09-05 11:20"),
    ("5", A[10], "URL 오류(존재하지 않는 게시물)", "2024-09-05 11:24"),
    ("6", A[11], "블라인드", "2024-09-05 11:31"),
]
cbuf = io.StringIO()
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = b64(b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8"))
add(
    name="naver-csv-attachment",
    date=d("2024-09-05 17:03:40"),
    **{"from": "takedown-ops@navercorp.com"},
    name_from="네이버 게시물처리 담당",
    subject="RE: [KCSC-240902-01] 시정요구 조치 결과 송부",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="----=_NaverPart_8812_01"

------=_NaverPart_8812_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 게시물처리 담당 최민서입니다.

KCSC-240902-01 건 중 6건의 조치 결과를 첨부 파일(CSV)로 송부드립니다.
나머지 게시물은 별도 회신드리겠습니다.

감사합니다.
최민서 드림

------=_NaverPart_8812_01
Content-Type: text/csv; charset=utf-8; name="KCSC-240902-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240902-01_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}
------=_NaverPart_8812_01--
""",
    outcome="applied",
    classification="confirmation",
    imitates="abuse-desk reply with a CSV result sheet attached (UTF-8 with BOM, as exported from a spreadsheet)",
    why="CSV rows: 임시조치 restricted, 삭제/블라인드 removed, 위반 아님 - 게시 유지 rejected, 존재하지 않는 게시물 not_found",
    items={A[2]: "restricted", A[7]: "removed", A[8]: "rejected", A[9]: "removed",
           A[10]: "not_found", A[11]: "removed"},
)

add(
    name="naver-cafe-informal",
    date=d("2024-09-04 13:15:52"),
    **{"from": "cafe_ops@navercorp.com"},
    name_from="네이버 카페 운영팀 정하늘",
    subject="Re: KCSC-240902-01 카페 게시글 건",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 카페 운영팀 정하늘입니다.
말씀하신 카페 글 세 개 확인했어요.

{A[5]}은 저희가 오늘 오전에 삭제했고요,
{A[6]} 는 작성자가 이미 지운 글이라 남아 있는 게 없습니다.
그리고 달빛맘 카페 글（{A[8]}）은 카페 매니저가 블라인드 처리해 둔 상태예요.

더 필요한 거 있으면 편하게 연락 주세요.
정하늘 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="informal reply from a portal community-operations employee",
    why="three URLs each with a plain statement: deleted by us (removed), already deleted by its author (not_found), blinded by the cafe manager (removed); Korean particles and full-width parentheses touch the URLs",
    items={A[5]: "removed", A[6]: "not_found", A[8]: "removed"},
)

add(
    name="naver-sole-one-item",
    date=d("2024-09-12 15:02:00"),
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240911-01)",
    body=f"""
방송통신심의위원회 담당자님께

2024년 9월 11일 접수된 게시중단 요청(KCSC-240911-01)의 처리 결과를 안내드립니다.

요청하신 게시물은 검토 결과 2024년 9월 12일 게시중단 조치되었습니다.

처리 내역은 게시중단요청서비스 마이페이지(https://right.naver.com/mypage)에서도
확인하실 수 있습니다.

NAVER 게시중단요청서비스 드림
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER 게시중단요청서비스 result notice naming the request but not the URL",
    why="one unhedged statement (게시중단 조치되었습니다) for a request of one item: applies to it; the mypage link is no item",
    items={G[0]: "removed"},
)

add(
    name="naver-bulk-all",
    date=d("2024-09-06 10:05:31"),
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="[회신] KCSC-240902-01 조치 완료",
    reply_to_req="req-240902-01",
    body="""
안녕하세요. 네이버 정책지원팀입니다.

KCSC-240902-01로 요청하신 게시물 13건 전체에 대해 게시중단 조치를 완료하였습니다.
세부 처리 내역이 필요하시면 말씀해 주세요.

네이버 정책지원팀 드림
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="short portal reply stating the whole request done",
    why="one statement covers all 13 items of a multi-item request without naming any: bulk review, nothing applied",
    items={u: "pending" for u in A},
)

add(
    name="naver-promise",
    date=d("2024-09-03 09:31:20"),
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 정책지원팀입니다.

통보해 주신 건 중 아래 게시물은 현재 담당 부서에서 검토하고 있으며,
확인되는 대로 삭제 조치할 예정입니다.

- {A[0]}
- {A[1]}

처리가 끝나면 다시 회신드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="portal interim reply promising action",
    why="검토하고 있으며 ... 삭제 조치할 예정: a promise, no status; the email names requested items",
    items={A[0]: "pending", A[1]: "pending"},
)

add(
    name="naver-hedge",
    date=d("2024-09-04 18:22:47"),
    **{"from": "blog_cs@navercorp.com"},
    name_from="네이버 블로그 고객센터",
    subject="Re: KCSC-240902-01 블로그 게시물 문의",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 블로그 고객센터입니다.

문의하신 게시물 관련하여 1차로 확인한 내용을 전달드립니다.

{A[3]} 는 이미 삭제된 것으로 보입니다.
{A[4]} 도 작성자가 비공개로 돌린 것 같은데, 정확한 상태는 담당 부서 확인이 필요합니다.

확정되는 대로 다시 안내드리겠습니다.
""",
    outcome="review",
    review="not_understood",
    imitates="first-line customer-service reply with hedged observations",
    why="삭제된 것으로 보입니다 / 돌린 것 같은데 ... 확인이 필요합니다 are hedges, not statements",
    items={A[3]: "pending", A[4]: "pending"},
)

add(
    name="naver-auth-fail",
    date=d("2024-09-05 08:12:03"),
    **{"from": "policy-support@navercorp.com"},
    name_from="네이버 정책지원팀",
    auth="fail",
    subject="[회신] KCSC-240902-01 조치결과",
    body=f"""
안녕하세요. 네이버 정책지원팀입니다.

요청하신 게시물에 대한 조치 결과입니다.

1. {A[0]} - 삭제
2. {A[1]} - 삭제
3. {A[2]} - 삭제

감사합니다.
""",
    outcome="review",
    review="untrusted",
    imitates="portal result list, but DKIM/SPF/DMARC fail for navercorp.com",
    why="the platform's domain fails authentication: nothing applied",
    items={A[0]: "pending", A[1]: "pending", A[2]: "pending"},
)

add(
    name="naver-ooo",
    date=d("2024-09-02 10:01:14"),
    **{"from": "doyoon.lee@navercorp.com"},
    name_from="이도윤",
    subject="[자동회신] Re: [KCSC] 시정요구 통보 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 이도윤입니다.

9월 2일부터 9월 6일까지 하계 휴가로 부재중입니다.
메일은 복귀 후 순차적으로 확인하겠습니다.
급한 건은 정책지원팀 공용 메일(policy-support@navercorp.com)로 보내 주세요.

감사합니다.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동회신)",
    why="an out-of-office auto-reply: ignored",
    items={},
)

add(
    name="naver-receipt",
    date=d("2024-09-02 10:03:55"),
    **{"from": "right-noreply@navercorp.com"},
    name_from="NAVER 게시중단요청서비스",
    subject="[NAVER] 게시중단 요청이 접수되었습니다 (접수번호 R2409-0031877)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
방송통신심의위원회 담당자님, 안녕하세요.

요청하신 게시중단 요청이 정상적으로 접수되었습니다.

  - 접수번호: R2409-0031877
  - 요청 참조번호: KCSC-240902-01
  - 접수 일시: 2024-09-02 10:03
  - 대상 게시물: 13건

처리 결과는 검토가 완료된 후 이 메일 주소로 안내드립니다.

NAVER 게시중단요청서비스
※ 본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="NAVER 게시중단요청서비스 접수 완료 receipt",
    why="a pure receipt (접수되었습니다, result to follow): ignored",
    items={},
)

quoted_request = our_request("KCSC-240902-01", A)
add(
    name="naver-outlook-top-posted",
    date=d("2024-09-06 19:40:26"),
    **{"from": "takedown-ops@navercorp.com"},
    name_from="최민서",
    subject="RE: [KCSC] 시정요구 통보 (KCSC-240902-01)",
    reply_to_req="req-240902-01",
    body=f"""
안녕하세요, 네이버 게시물처리 담당 최민서입니다.

요청 주신 13건 중 아래 3건의 처리 결과를 먼저 회신드립니다.

  {A[2]} : 임시조치 완료(30일)
  {A[9]} : 삭제 완료
  {A[12]} : 해당 URL의 게시물은 존재하지 않습니다

나머지 건은 검토가 끝나는 대로 별도로 회신드리겠습니다.

최민서 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: policy@navercorp.com
Subject: [KCSC] 시정요구 통보 (KCSC-240902-01)

{quoted_request}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook top-posted reply over the quoted request",
    why="three items stated above the quote (임시조치 restricted, 삭제 removed, 존재하지 않습니다 not_found); the 13 URLs in the quoted request below -----Original Message----- change nothing",
    items={A[2]: "restricted", A[9]: "removed", A[12]: "not_found"},
)

add(
    name="naver-kin-rejected",
    date=d("2024-09-07 14:48:10"),
    **{"from": "kin_policy@navercorp.com"},
    name_from="네이버 지식iN 운영팀",
    subject="[지식iN] 게시물 검토 결과 안내 (KCSC-240902-01)",
    body=f"""
안녕하세요. 네이버 지식iN 운영팀입니다.

요청하신 지식iN 답변 게시물
{A[9]} 에 대해 검토하였습니다.

해당 답변에는 특정인을 식별할 수 있는 정보가 포함되어 있지 않고, 지식iN 운영정책의
삭제 사유에도 해당하지 않아 게시물을 유지하기로 결정하였습니다.

지식iN 운영정책: https://kin.naver.com/policy/operation.naver
이의가 있으시면 회신 주시기 바랍니다.

네이버 지식iN 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal refusal with its reason (운영정책 위반 아님, 게시 유지)",
    why="a refusal with its reason for one named item: rejected; the policy link is no item",
    items={A[9]: "rejected"},
)

qp_body = f"""
방송통신심의위원회 담당자님께

네이버 카페 운영정책 담당입니다.
KCSC-240902-01 건 중 새벽마켓 카페 게시글 2건의 처리 결과를 알려드립니다.

① {A[5]} → 블라인드 처리 완료
② {A[7]} → 블라인드 처리 완료

두 게시글 모두 카페 회원과 비회원 모두에게 더 이상 노출되지 않습니다.

네이버 카페 운영정책 담당 드림
"""
add(
    name="naver-qp-blind",
    date=d("2024-09-05 20:10:33"),
    **{"from": "cafe_policy@naver.com"},
    name_from="네이버 카페 운영정책",
    subject="Re: [KCSC-240902-01] 카페 게시글 처리 결과",
    reply_to_req="req-240902-01",
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe policy reply sent quoted-printable (circled numbers, arrows)",
    why="two numbered URLs each followed by 블라인드 처리 완료: removed",
    items={A[5]: "removed", A[7]: "removed"},
)

add(
    name="band-via-navercorp",
    date=d("2024-09-10 16:33:12"),
    **{"from": "band_cs@navercorp.com"},
    name_from="밴드 고객센터",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body=f"""
안녕하세요, 밴드 고객센터입니다.

요청하신 밴드 게시글 처리 결과 안내드립니다.

- {E[0]} : 삭제
- {E[1]} : 삭제

해당 밴드 리더에게는 운영정책 위반 안내가 발송되었습니다.
감사합니다.
""",
    outcome="review",
    review="wrong_platform",
    imitates="BAND customer-centre reply sent from the parent company's domain (navercorp.com)",
    why="navercorp.com is NAVER's sender domain, not BAND's (band.us): NAVER stating statuses for BAND items goes to review, nothing applied",
    items={E[0]: "pending", E[1]: "pending"},
)

add(
    name="naver-no-claims",
    date=d("2024-09-13 11:00:00"),
    **{"from": "policy@navercorp.com"},
    name_from="네이버 정책협력팀",
    subject="2024년 4분기 자율규제 실무협의회 일정 안내",
    body="""
방송통신심의위원회 통신심의국 담당자님께

안녕하세요. 네이버 정책협력팀입니다.

2024년 4분기 자율규제 실무협의회를 아래와 같이 개최하고자 하오니
참석 가능 여부를 9월 27일까지 회신하여 주시기 바랍니다.

  - 일시: 2024년 10월 15일(화) 14:00
  - 장소: 네이버 1784 (성남시 분당구) 3층 회의실
  - 안건: 불법정보 처리 절차 개선 방안, 시정요구 회신 양식 표준화

감사합니다.
네이버 정책협력팀 드림
""",
    outcome="review",
    review="no_claims",
    imitates="portal policy team's meeting notice to the regulator",
    why="trusted NAVER mail that names no item and references no request: no_claims",
    items={},
)

# ===== Kakao / Daum: KCSC-240904-01 (5 items) and KCSC-240910-01 (1 item) =====

add(
    name="kakao-imsijochi-notice",
    date=d("2024-09-05 15:41:27"),
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="[Daum] 게시물 임시조치 결과 안내 (KCSC-240904-01)",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 아래와 같이 안내드립니다.

■ 접수번호 : DR-2409-118842
■ 요청기관 : 방송통신심의위원회 (KCSC-240904-01)
■ 대상 게시물 :
   - {B[0]}
   - {B[1]}
■ 처리 결과 : 임시조치 (30일간 게시물 접근 차단)
■ 처리 일시 : 2024-09-05 15:30

임시조치된 게시물에는 임시조치 사실이 표시되며, 게시자는 기간 내 재게시를 요청할 수
있습니다. 관련 안내: https://cs.daum.net/faq/95/7580.html

Daum 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum 권리침해신고센터 임시조치 notice (■ field layout)",
    why="both listed posts under one 처리 결과 field: 임시조치 (30일간 접근 차단) is restricted for each; the FAQ link is no item",
    items={B[0]: "restricted", B[1]: "restricted"},
)

add(
    name="kakao-tistory-korean-path",
    date=d("2024-09-06 10:18:45"),
    **{"from": "tistory-cs@kakaocorp.com"},
    name_from="티스토리 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240904-01) - 티스토리",
    reply_to_req="req-240904-01",
    body=f"""
안녕하세요, 티스토리 운영팀입니다.

요청하신 티스토리 게시글 2건에 대한 처리 결과입니다.

1. {B3_RAW}
   개인정보 노출 게시물로 확인되어 게시글을 삭제하였습니다.

2. {B[3]}
   해당 주소의 글은 블로그 운영자가 이미 삭제하여 존재하지 않습니다.

감사합니다.
티스토리 운영팀 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Tistory (Kakao) operations reply, Korean-path URL written raw",
    why="the raw Korean path matches the percent-encoded request URL: 삭제하였습니다 removed; the second was already deleted by the blog's own author: not_found",
    items={B[2]: "removed", B[3]: "not_found"},
)

add(
    name="kakao-openchat-closed",
    date=d("2024-09-06 17:55:02"),
    **{"from": "openchat-safety@kakao.com"},
    name_from="카카오 오픈채팅 안전팀",
    subject="[카카오] 오픈채팅 신고 처리 결과 (KCSC-240904-01)",
    body=f"""
안녕하세요. 카카오 오픈채팅 안전팀입니다.

요청하신 오픈채팅방 「{B[4]}」은 운영정책 위반(불법촬영물 공유)이
확인되어 2024년 9월 6일 자로 채팅방을 폐쇄하였습니다.
방장 계정에는 오픈채팅 영구 이용제한 조치가 함께 적용되었습니다.

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao open-chat safety team result (채팅방 폐쇄)",
    why="the room is closed (폐쇄) for everyone: removed; the account restriction is about the owner, not the item; URL between 「」",
    items={B[4]: "removed"},
)

add(
    name="kakao-single-operator-deleted",
    date=d("2024-09-11 09:47:30"),
    **{"from": "right@kakaocorp.com"},
    name_from="Daum 권리침해신고센터",
    subject="[Daum] 게시물 처리 결과 안내 (KCSC-240910-01)",
    body=f"""
안녕하세요. Daum 권리침해신고센터입니다.

요청하신 게시물({F[0]})에 대해 확인한 결과,
카페 운영자가 해당 게시물을 삭제 처리하였음을 확인하였습니다.
현재 해당 게시물은 카페 회원을 포함한 누구에게도 노출되지 않습니다.

Daum 권리침해신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum notice reporting a post deleted by the cafe operator (운영자 삭제)",
    why="운영자 삭제 (deleted by the cafe's operator, no longer visible) is removed, not an author's own deletion",
    items={F[0]: "removed"},
)

add(
    name="kakao-thread-all-one-item",
    date=d("2024-09-12 13:21:18"),
    **{"from": "report@kakaocorp.com"},
    name_from="카카오 신고센터",
    subject="Re: [방송통신심의위원회] 시정요구 통보",
    reply_to_req="req-240910-01",
    body="""
안녕하세요, 카카오 신고센터입니다.

보내주신 시정요구 건과 관련하여 신고된 게시물은 모두 삭제 조치하였음을 알려드립니다.

감사합니다.
카카오 신고센터 드림
""",
    outcome="applied",
    classification="confirmation",
    imitates="short Kakao reply in the request's thread, no reference in the text",
    why="matched by In-Reply-To to a request of one item; 모두 삭제 조치하였음 for a one-item request applies: removed",
    items={F[0]: "removed"},
)

reminder = our_request("KCSC-240904-01", B, raw={B[2]: B3_RAW}).replace(
    "위원회 의결에 따라", "[재안내] 회신 기한이 지났습니다. 위원회 의결에 따라")
add(
    name="kakao-bounce",
    date=d("2024-09-12 09:00:41"),
    **{"from": "MAILER-DAEMON@daum.net"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="BND-DSN-4471"

This is a MIME-encapsulated message.

--BND-DSN-4471
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx2.daum.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<old-right@daum.net>: host mx2.daum.net said: 550 5.1.1 Recipient address
    rejected: User unknown in virtual mailbox table

--BND-DSN-4471
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.daum.net
Arrival-Date: Thu, 12 Sep 2024 09:00:39 +0900

Final-Recipient: rfc822; old-right@daum.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--BND-DSN-4471
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: old-right@daum.net
Subject: [KCSC] reminder KCSC-240904-01
Date: Thu, 12 Sep 2024 09:00:30 +0900
Message-ID: <reminder.KCSC-240904-01.1@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{reminder}

--BND-DSN-4471--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN for a reminder sent to a dead Daum address, original message attached",
    why="a delivery failure report: ignored, although the returned reminder lists the URLs",
    items={},
)

add(
    name="kakao-mdn",
    date=d("2024-09-04 11:12:08"),
    **{"from": "jiho.yoon@kakaocorp.com"},
    name_from="윤지호",
    subject="읽음: [KCSC] 시정요구 통보 (KCSC-240904-01)",
    raw_mime="""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-77f3"

--mdn-77f3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 받는 사람이 읽었습니다.

  받는 사람: 윤지호 <jiho.yoon@kakaocorp.com>
  제목: [KCSC] 시정요구 통보 (KCSC-240904-01)
  읽은 시간: 2024-09-04 (수) 오전 11:12

--mdn-77f3
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822; jiho.yoon@kakaocorp.com
Original-Message-ID: <req-240904-01@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-77f3--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Outlook read receipt (읽음:) in Korean",
    why="a read receipt (MDN): ignored",
    items={},
)

add(
    name="kakao-asks-docs",
    date=d("2024-09-05 14:06:55"),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구(KCSC-240904-01) 관련 자료 요청",
    reply_to_req="req-240904-01",
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

시정요구 건(KCSC-240904-01) 중 아래 티스토리 게시글 2건은 개인정보 침해 여부를
판단하기 위해 심의 의결서 사본 또는 피해자 확인 자료가 필요합니다.

  - {B3_RAW}
  - {B[3]}

자료를 이 메일로 회신해 주시면 확인 후 처리하겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="Kakao request for supporting documents (의결서 사본) before acting",
    why="the platform asks for documents before acting: asks_more, items pending",
    items={B[2]: "pending", B[3]: "pending"},
)

kakao_html = f"""<html><body>
<p>안녕하세요. 카카오 권리침해신고센터입니다.</p>
<p>시정요구 <b>KCSC-240904-01</b>에 대한 조치 결과를 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<thead><tr><th>No</th><th>URL</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>1</td><td>{B[0]}</td><td>삭제</td></tr>
<tr><td>2</td><td>{B[1]}</td><td>임시조치(30일)</td></tr>
<tr><td>3</td><td>{B[4]}</td><td>조치 불가 &ndash; 운영정책 위반 사항이 확인되지 않음</td></tr>
</tbody></table>
<p>감사합니다.<br>카카오 권리침해신고센터 드림</p>
</body></html>
"""
add(
    name="kakao-base64-html",
    date=d("2024-09-09 16:27:14"),
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 시정요구 조치결과 회신 (KCSC-240904-01)",
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(kakao_html)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao 조치결과 회신 as a base64 HTML table",
    why="삭제 removed, 임시조치 restricted, 조치 불가 (위반 사항 없음) rejected",
    items={B[0]: "removed", B[1]: "restricted", B[4]: "rejected"},
)

gmail_quote = "\n".join("> " + l if l else ">" for l in our_request(
    "KCSC-240904-01", B, raw={B[2]: B3_RAW}).split("\n"))
add(
    name="kakao-gmail-quote",
    date=d("2024-09-05 10:02:36"),
    **{"from": "cafe-safety@daum.net"},
    name_from="Daum 카페 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240904-01)",
    reply_to_req="req-240904-01",
    body=f"""
{B[1]} — 삭제 완료했습니다.
나머지 건은 확인 중이며 확인되면 다시 말씀드리겠습니다.

Daum 카페 운영팀 한유진

2024년 9월 4일 (수) 오전 10:30, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gmail_quote}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style Korean reply (…님이 작성:) over the '>'-quoted request",
    why="one item removed above the quote; the rest are 확인 중 (not statements) and appear only in the quoted request",
    items={B[1]: "removed"},
)

add(
    name="kakao-cafe-manager-gmail",
    date=d("2024-09-05 22:40:19"),
    **{"from": "bamkkot.manager@gmail.com"},
    name_from="밤꽃클럽 매니저",
    subject="KCSC-240904-01 관련 - 카페 글 지웠습니다",
    body=f"""
안녕하세요 밤꽃클럽 카페 매니저입니다.
다음에서 연락받고 메일 드립니다.

{B[0]}
{B[1]}

위 두 글 제가 매니저 권한으로 다 지웠습니다.
확인 부탁드려요.
""",
    outcome="review",
    review="unknown_sender",
    imitates="a community moderator writing from a personal webmail address",
    why="gmail.com is no platform's sender domain: unknown_sender, nothing applied",
    items={B[0]: "pending", B[1]: "pending"},
)

# ===== DC Inside: KCSC-240905-01 (4 items) =====

add(
    name="dc-informal-below-lines",
    date=d("2024-09-06 11:30:05"),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240905-01)",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.
요청 주신 KCSC-240905-01 건 처리 결과 전달드립니다.

{C[0]}
→ 게시물 삭제 및 작성 IP 차단 완료

{C[1]}
→ 작성자가 자진 삭제한 글로 확인됩니다 (이미 삭제됨)

나머지 2건은 갤러리 매니저와 확인 중입니다.
감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operations reply, each URL with its result on the line below",
    why="removed (삭제 완료) and not_found (self-deleted by its author, 확인됩니다 is a statement); the other two items are only 확인 중",
    items={C[0]: "removed", C[1]: "not_found"},
)

add(
    name="dc-mgallery-mixed",
    date=d("2024-09-07 15:12:44"),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 마이너 갤러리 게시물 처리 결과 (KCSC-240905-01)",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

마이너 갤러리 게시물 2건에 대한 처리 결과를 안내드립니다.

<{C[1]}> 게시물은 운영자 권한으로 삭제하였습니다.

<{C[2]}> 게시물은 신고 내용을 검토하였으나
음란물에 해당하는 이미지나 내용이 확인되지 않아 이용약관상 삭제 사유에 해당하지 않으므로
게시를 유지합니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside result in prose, URLs in angle brackets",
    why="운영자 권한으로 삭제 removed; 삭제 사유에 해당하지 않아 게시를 유지 with its reason: rejected",
    items={C[1]: "removed", C[2]: "rejected"},
)

add(
    name="dc-promise",
    date=d("2024-09-05 13:08:51"),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240905-01)",
    reply_to_req="req-240905-01",
    body=f"""
네 담당자님, 말씀하신 게시물들 확인했습니다.

{C[0]}
{C[2]}

금일 중으로 삭제 처리하겠습니다. 처리되면 다시 메일 드릴게요.

디시인사이드 운영팀 드림
""",
    outcome="review",
    review="not_understood",
    imitates="informal operator promise (금일 중 처리하겠습니다)",
    why="삭제 처리하겠습니다 is a promise: items stay pending, the email names them",
    items={C[0]: "pending", C[2]: "pending"},
)

add(
    name="dc-lookalike-domain",
    date=d("2024-09-06 02:14:37"),
    **{"from": "support@dcinside-cs.net"},
    name_from="DC Inside 고객지원",
    subject="[디시인사이드] KCSC-240905-01 처리 완료",
    body=f"""
방송통신심의위원회 담당자님

요청하신 게시물 4건 모두 삭제 처리 완료되었습니다.

1) {C[0]} 삭제
2) {C[1]} 삭제
3) {C[2]} 삭제
4) {C[3]} 삭제

DC Inside 고객지원
""",
    outcome="review",
    review="unknown_sender",
    imitates="result list from a look-alike domain that is not DC Inside's",
    why="dcinside-cs.net is not a configured sender domain: unknown_sender, nothing applied",
    items={C[0]: "pending", C[1]: "pending", C[2]: "pending", C[3]: "pending"},
)

add(
    name="dc-receipt",
    date=d("2024-09-05 09:41:30"),
    **{"from": "noreply@dcinside.com"},
    name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 문의가 접수되었습니다 - Re: [KCSC] 시정요구 통보 (KCSC-240905-01)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
고객님의 문의가 정상적으로 접수되었습니다.

  문의번호: DC-240905-00412
  접수일시: 2024-09-05 09:41

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용입니다.

디시인사이드 고객센터
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="help-desk ticket receipt (문의 접수 완료)",
    why="a pure ticket receipt: ignored",
    items={},
)

add(
    name="dc-mini-closed",
    date=d("2024-09-09 10:51:09"),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240905-01) - 미니 갤러리 건",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

{C[3]}
위 미니 갤러리는 개설자 요청으로 8월 말 폐쇄되어, 현재 해당 게시물은 존재하지 않습니다.
따라서 별도로 조치할 사항이 없습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside reply: bare URL line, statement on the line below",
    why="the gallery was closed before the request and the post does not exist: not_found",
    items={C[3]: "not_found"},
)

add(
    name="dc-wrapped-angle",
    date=d("2024-09-06 18:03:27"),
    **{"from": "help@dcinside.com"},
    name_from="디시인사이드 운영팀",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240905-01)",
    reply_to_req="req-240905-01",
    body=f"""
안녕하세요. 디시인사이드 운영팀 서지훈입니다.

말씀하신 마이너 갤러리 게시물 <https://gall.dcinside.com/mgallery/board/view/?id=moonlit_gal&
no=88415> 는 금일 오후 운영자 권한으로 삭제하였습니다.

감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="reply whose mail client wrapped a long URL inside angle brackets",
    why="the URL inside <...> is broken by the client's line wrap after '&' (RFC 3986 appendix C: whitespace inside <> is dropped); it is the requested post, deleted: removed",
    items={C[2]: "removed"},
)

# ===== YouTube: KCSC-240906-01 (3 items) =====

add(
    name="yt-korea-geo-and-removed",
    date=d("2024-09-09 03:14:52"),
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    subject="[YouTube] 법적 삭제 요청에 대한 결과 안내 (KCSC-240906-01)",
    body=f"""
안녕하세요.

YouTube 법무팀입니다. 방송통신심의위원회에서 제출하신 요청(KCSC-240906-01)을
검토하였습니다.

- {D[0]}
  현지 법률에 따라 대한민국에서 이 콘텐츠에 대한 액세스를 차단했습니다.

- {D[1]}
  YouTube 커뮤니티 가이드 위반으로 YouTube에서 삭제되었습니다.

YouTube의 법적 삭제 요청 처리 방식에 대한 자세한 내용은
https://support.google.com/youtube/answer/6154232 를 참고하세요.

감사합니다.
YouTube 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local block vs. global removal)",
    why="access blocked in Korea under local law: restricted; removed for a guideline violation: removed; the help link is no item",
    items={D[0]: "restricted", D[1]: "removed"},
)

add(
    name="yt-channel-korean-handle",
    date=d("2024-09-10 08:30:17"),
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    subject="[YouTube] 요청 처리 결과 - 채널 (KCSC-240906-01)",
    body=f"""
안녕하세요. YouTube 법무팀입니다.

신고하신 채널 <{D3_RAW}>은(는) 스팸, 현혹 행위 및 사기에 관한 정책을
심각하게 위반하여 해지되었습니다. 해당 채널과 채널의 모든 동영상은 더 이상 YouTube에서
볼 수 없습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube channel-termination outcome, Korean handle written raw in angle brackets",
    why="the channel was terminated and can no longer be seen anywhere: removed; the raw Korean handle matches the percent-encoded request URL",
    items={D[2]: "removed"},
)

add(
    name="yt-age-restricted",
    date=d("2024-09-11 02:48:06"),
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    subject="Re: Legal removal request KCSC-240906-01",
    reply_to_req="req-240906-01",
    body=f"""
Hello,

Thanks for your report. After review, we have age-restricted the following video:

{D[0]}

Viewers must be signed in and 18 or older to watch it. The video remains available
to other viewers in Korea who meet these requirements.

Regards,
The YouTube Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube Legal Support reply in English: age restriction",
    why="age-restricted: restricted",
    items={D[0]: "restricted"},
)

add(
    name="yt-actioned-phrase",
    date=d("2024-09-08 22:05:44"),
    **{"from": "legal-noreply@youtube.com"},
    name_from="YouTube",
    subject="Your YouTube legal request - KCSC-240906-01",
    body=f"""
Hi,

Thank you for contacting YouTube.

The content at {D[1]} has been actioned under our policies.

If you have additional concerns, please submit a new request at
https://support.google.com/youtube/answer/2807622.

Sincerely,
The YouTube Legal Team
""",
    outcome="applied",
    classification="confirmation",
    imitates="YouTube legal-team template 'has been actioned under our policies'",
    why="'has been actioned under our policies' is YouTube's configured removed phrase",
    items={D[1]: "removed"},
)

add(
    name="yt-under-review",
    date=d("2024-09-07 05:22:31"),
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube 법무팀",
    subject="[YouTube] 요청 검토 현황 (KCSC-240906-01)",
    body=f"""
안녕하세요. YouTube 법무팀입니다.

요청하신 아래 콘텐츠는 현재 검토 중입니다.

  {D[0]}
  {D3_RAW}

검토가 완료되면 결과를 이메일로 알려드리겠습니다. 경우에 따라 추가 정보를 요청드릴 수
있습니다.

YouTube 법무팀
""",
    outcome="review",
    review="not_understood",
    imitates="YouTube interim status mail (현재 검토 중)",
    why="검토 중 is no status; the email names requested items",
    items={D[0]: "pending", D[2]: "pending"},
)

add(
    name="yt-ack",
    date=d("2024-09-06 11:02:10"),
    **{"from": "legal-noreply@google.com"},
    name_from="Google 법률 지원",
    subject="[6-1209000034517] Google에서 법적 삭제 요청을 접수했습니다",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
Google에 연락해 주셔서 감사합니다.

다음 URL에 대한 법적 삭제 요청이 접수되었습니다. (참조번호 KCSC-240906-01)

  {D[0]}
  {D[1]}
  {D3_RAW}

요청은 접수된 순서대로 검토되며, 검토가 끝나면 이 주소로 결과를 보내드립니다.
본 메일에 회신하지 마세요.

Google 법률 지원팀
""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="Google legal-removals receipt echoing the submitted URLs",
    why="a pure receipt that only echoes the submitted URLs: ignored",
    items={},
)

# ===== BAND: KCSC-240909-01 (2 items) =====

add(
    name="band-mixed",
    date=d("2024-09-11 14:20:09"),
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    subject="[BAND] 신고 게시글 처리 결과 안내 (KCSC-240909-01)",
    body=f"""
안녕하세요. BAND 고객센터입니다.

신고해 주신 게시글에 대한 처리 결과를 안내해 드립니다.

[게시글 1]
{E[0]}
처리 결과: 운영정책(불법 상품 거래) 위반으로 게시글 삭제

[게시글 2]
{E[1]}
처리 결과: 검토 결과 운영정책 위반 사항이 확인되지 않아 별도 조치하지 않음

BAND를 이용해 주셔서 감사합니다.
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND report-outcome mail ([게시글 N] / 처리 결과 blocks)",
    why="first post deleted: removed; second left up because no policy breach was found: rejected",
    items={E[0]: "removed", E[1]: "rejected"},
)

add(
    name="band-bulk",
    date=d("2024-09-10 09:55:40"),
    **{"from": "cs@band.us"},
    name_from="BAND 고객센터",
    subject="Re: [KCSC] 시정요구 통보 (KCSC-240909-01)",
    reply_to_req="req-240909-01",
    body="""
안녕하세요, BAND 고객센터입니다.

신고하신 게시글은 모두 운영정책 위반으로 삭제 처리했습니다.
해당 밴드는 추가 모니터링 대상으로 등록하였습니다.

감사합니다.
""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="short BAND reply covering the whole report",
    why="모두 삭제 처리 for a request of two items without naming either: bulk review",
    items={E[0]: "pending", E[1]: "pending"},
)

add(
    name="band-line-below",
    date=d("2024-09-12 17:08:23"),
    **{"from": "safety@band.us"},
    name_from="BAND 안전센터",
    subject="[BAND] 처리 결과 (KCSC-240909-01)",
    body=f"""
방송통신심의위원회 담당자님께

게시글 주소: {E[1]}
처리 결과: 삭제
처리 일시: 2024-09-12 16:50

재검토 결과 마약류 판매 광고로 확인되어 삭제하였습니다.

BAND 안전센터
""",
    outcome="applied",
    classification="confirmation",
    imitates="BAND safety-centre field-style notice (게시글 주소 / 처리 결과)",
    why="field layout: the URL with 처리 결과: 삭제 on the next line: removed",
    items={E[1]: "removed"},
)

add(
    name="band-ooo",
    date=d("2024-09-09 10:02:33"),
    **{"from": "minjun.kang@band.us"},
    name_from="Minjun Kang",
    subject="Automatic reply: [KCSC] 시정요구 통보 (KCSC-240909-01)",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
안녕하세요, 강민준입니다. 9/9~9/13 해외 출장으로 메일 확인이 늦어질 수 있습니다.
Hello, I am travelling from 9 to 13 September with limited access to email.
For urgent matters, please contact cs@band.us.
""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office, Korean and English",
    why="an out-of-office auto-reply: ignored",
    items={},
)

HEADER = """# Blind set 977 (Korean: NAVER, Kakao/Daum, YouTube Korea, DC Inside, BAND).
# Written by tests/corpus/blind977/make.py from each email's meaning, before any run of the reader."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind977", HEADER, cases)
