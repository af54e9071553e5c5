#!/usr/bin/env python3
"""Blind set blind765: Korean portals and community sites (NAVER, Daum,
DC Inside, SOOP, FM Korea, Clien, Nate), Korean and English mixed, with the
doubtful and ignorable mail a regulator's mailbox receives.

Written without reading the reader (src/) nor any other corpus set; every
expected result comes from the meaning of the email alone. Deterministic:

    python3 tests/corpus/blind765/make.py

writes requests.csv, cases/*.eml and expected.toml.
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind765"
KST = timezone(timedelta(hours=9))


def d(day, hh, mm, ss=0):
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


def h(s):
    """RFC 2047 encoded-word for a non-ASCII header value."""
    return Header(s, "utf-8").encode()


def b64(data):
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
N = {
    1: "https://blog.naver.com/moonlit_pine22/223561234501",
    2: "https://blog.naver.com/moonlit_pine22/223561234777",
    3: "https://blog.naver.com/daily_sori_88/223558800123",
    4: "https://cafe.naver.com/fictionalstockclub/884512",
    5: "https://cafe.naver.com/fictionalstockclub/884530",
    6: "https://cafe.naver.com/greenhill2024/15522",
    7: "https://m.blog.naver.com/yellowkite_07/223560011902",
    8: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40201&docId=471234567",
    9: "https://blog.naver.com/PostView.naver?blogId=quietriver_91&logNo=223559990011",
    10: "https://cafe.naver.com/greenhill2024/15600",
    11: "https://post.naver.com/viewer/postView.naver?volumeNo=38123456&memberNo=55512345",
    12: "https://blog.naver.com/daily_sori_88/223559001456",
    13: "https://cafe.naver.com/fictionalstockclub/884611",
}
DC = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812345",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812399",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinfict&no=120455",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinfict&no=120502",
    5: "https://gall.dcinside.com/mini/board/view/?id=sorabeol&no=3321",
}
DM = {
    1: "https://cafe.daum.net/hanbyeol-market/RkQx/10231",
    2: "https://cafe.daum.net/hanbyeol-market/RkQx/10244",
    3: "https://cafe.daum.net/dreamtrade77/Zz9A/552",
    4: "https://cafe.daum.net/seoul-fishing-club/Abc1/8812",
}
SP = {
    1: "https://vod.sooplive.co.kr/player/138245001",
    2: "https://vod.sooplive.co.kr/player/138245077",
    3: "https://ch.sooplive.co.kr/nightowl_fict/post/99123456",
}
FM = {
    1: "https://www.fmkorea.com/7312456789",
    2: "https://www.fmkorea.com/7312459901",
}
CL = {1: "https://www.clien.net/service/board/park/18745123"}
NT = {
    1: "https://pann.nate.com/talk/372456781",
    2: "https://pann.nate.com/talk/372456790",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240903-01", "naver", "2024-09-03", "2024-09-10", N, "불법 금융투자 권유",
     "NAVER blog, cafe, KnowledgeiN and Post items (largest request)"),
    ("KCSC-240905-02", "dcinside", "2024-09-05", "2024-09-12", DC, "명예훼손 (개인정보 노출)",
     "DC Inside gallery posts"),
    ("KCSC-240909-03", "daum", "2024-09-09", "2024-09-16", DM, "불법 거래 알선",
     "Daum cafe posts"),
    ("KCSC-240911-04", "soop", "2024-09-11", "2024-09-18", SP, "음란 및 선정",
     "SOOP VODs and a station post"),
    ("KCSC-240912-05", "fmkorea", "2024-09-12", "2024-09-19", FM, "도박 광고",
     "FM Korea posts"),
    ("KCSC-240918-06", "clien", "2024-09-18", "2024-09-25", CL, "개인정보 노출",
     "one Clien post"),
    ("KCSC-240919-07", "nate", "2024-09-19", "2024-09-26", NT, "명예훼손",
     "Nate Pann posts"),
]


def mid(ref):
    return ref + ".1"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for k in sorted(urls):
            w.writerow([ref, plat, sent, due, urls[k], cat, mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
NAVER_RC = h("네이버 권리보호센터")
NAVER_CS = h("네이버 고객센터")
KAKAO_RC = h("카카오 권리침해신고센터")
DC_OPS = h("디시인사이드 운영팀")
SOOP_CS = h("SOOP 고객센터")
FM_ADMIN = h("에펨코리아 운영진")
CLIEN_OPS = h("클리앙 운영팀")
NATE_PANN = h("네이트판 운영팀")


def request_text(ref, urls, sent_line):
    lines = [
        "안녕하십니까, 방송통신심의위원회 불법정보 삭제요청 담당입니다.",
        "",
        f"귀사 서비스에 게시된 아래 정보에 대하여 시정요구(요청번호 {ref})를 드리오니",
        "조치 후 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, k in enumerate(sorted(urls), 1):
        lines.append(f"{i}. {urls[k]}")
    lines += ["", sent_line]
    return lines


def quote(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def html_doc(inner):
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
        "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
        + inner.strip("\n")
        + "\n</body></html>"
    )


def table_rows(rows):
    out = []
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    return "\n".join(out)


CASES = []


def case(**c):
    CASES.append(c)


# ============================================================= NAVER (applied)
case(
    name="naver-result-table-html",
    **{"from": "rights@navercorp.com"}, name_from=NAVER_RC,
    date=d(6, 16, 40, 12),
    subject=h("[네이버] 시정요구 조치 결과 회신 (KCSC-240903-01)"),
    reply_to_req=mid("KCSC-240903-01"),
    type="html",
    body=html_doc(f"""
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>방송통신심의위원회에서 요청하신 시정요구(요청번호 KCSC-240903-01)에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{table_rows([
    ("1", N[1], "삭제", "2024.09.05 조치"),
    ("2", N[2], "게시중단", "2024.09.05 조치"),
    ("3", N[3], "임시조치(30일)", "권리침해 신고 병합"),
    ("4", N[4], "게시물 없음", "작성자 본인 삭제"),
    ("5", N[5], "미조치", "운영원칙 위반 사항 확인되지 않음"),
    ("6", N[6], "블라인드", "카페 운영원칙 위반"),
    ("7", N[7], "국내 접속 차단", "국내법 위반 정보"),
    ("8", N[8], "삭제", "2024.09.06 조치"),
])}
</table>
<p>나머지 게시물(5건)은 확인이 완료되는 대로 별도로 회신드리겠습니다.</p>
<p>네이버 게시물 운영원칙: <a href="https://policy.naver.com/policy/service_group.html">https://policy.naver.com/policy/service_group.html</a></p>
<p>감사합니다.<br>네이버 권리보호센터 드림</p>
"""),
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 reply with a 시정요구 조치 결과 table (조치 결과 / 비고 columns)",
    why="eight rows, each URL with its own result: 삭제/게시중단/블라인드 removed, 임시조치 and 국내 접속 차단 restricted, 게시물 없음 not_found, 미조치 with a reason rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed", N[7]: "restricted", N[8]: "removed"},
)

case(
    name="naver-numbered-list-status-below",
    **{"from": "rights@navercorp.com"}, name_from=NAVER_RC,
    date=d(9, 11, 5, 31),
    subject=h("Re: [KCSC-240903-01] 불법정보 시정요구 — 잔여 5건 조치 결과"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

지난 회신에서 확인 중으로 안내드렸던 잔여 게시물 5건의 처리 결과를 알려드립니다.

1. {N[9]}
   → 비공개 처리 완료

2. {N[10]}
   → 해당 게시물이 존재하지 않습니다. (요청 접수 이전에 이미 삭제된 게시물)

3. {N[11]}
   → 청소년 유해 게시물로 분류하여 19세 미만 이용자의 열람을 제한하였습니다.

4. {N[12]}
   → 삭제

5. {N[13]}
   → 조치 불가: 언론 보도를 인용한 게시물로서 운영원칙 위반에 해당하지 않아 게시를 유지합니다.

추가 문의 사항이 있으시면 본 메일로 회신 부탁드립니다.

네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER follow-up reply listing remaining URLs with an arrow line of 처리 결과 under each",
    why="status on the line below each URL: 비공개 removed, 존재하지 않음 not_found, 19세 미만 열람 제한 restricted, 삭제 removed, 조치 불가 with reason rejected",
    items={N[9]: "removed", N[10]: "not_found", N[11]: "restricted", N[12]: "removed", N[13]: "rejected"},
)

case(
    name="naver-english-url-below-statement",
    **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(5, 18, 22, 3),
    subject="Your request KCSC-240903-01 - action taken",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

Thank you for your request KCSC-240903-01. After review, we have taken the
following actions.

The following post was removed for violating the NAVER Blog Operating
Principles:
{N[1]}

Access to the following post has been restricted in the Republic of Korea in
accordance with local law. It remains visible outside Korea:
{N[7]}

The other items in your request are still being processed, and we will
write to you separately about them.

Kind regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety outcome notice: statement paragraph, then the URL on the next line",
    why="statement first, URL on the line below it: N1 removed, N7 withheld in Korea (restricted); the rest only promised",
    items={N[1]: "removed", N[7]: "restricted"},
)

_csv_rows = [
    ["번호", "URL", "처리결과", "처리일시"],
    ["1", N[1], "삭제", "2024-09-05 14:10"],
    ["2", N[2], "삭제", "2024-09-05 14:12"],
    ["3", N[3], "임시조치", "2024-09-05 15:01"],
    ["4", N[4], "게시물 없음", "-"],
    ["5", N[5], "삭제", "2024-09-06 09:40"],
    ["6", N[6], "조치불가(위반사항 없음)", "2024-09-06 10:02"],
]
_csv_buf = io.StringIO()
csv.writer(_csv_buf, lineterminator="\r\n").writerows(_csv_rows)
_csv_bytes = b"\xef\xbb\xbf" + _csv_buf.getvalue().encode("utf-8")
case(
    name="naver-csv-attachment",
    **{"from": "rights@navercorp.com"}, name_from=NAVER_RC,
    date=d(6, 10, 14, 55),
    subject=h("[네이버] KCSC-240903-01 처리 결과 송부"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="==NVR_765_csv"

--==NVR_765_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 권리보호센터입니다.

요청번호 KCSC-240903-01 건의 게시물별 처리 결과를 첨부 파일(CSV)로
송부드립니다. 나머지 게시물은 확인 후 추가로 회신드리겠습니다.

감사합니다.

--==NVR_765_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(_csv_bytes)}
--==NVR_765_csv--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet exported from a ticket system as a UTF-8 (BOM) CSV attachment",
    why="CSV rows give each URL its 처리결과: 삭제 removed, 임시조치 restricted, 게시물 없음 not_found, 조치불가(위반사항 없음) rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "removed", N[6]: "rejected"},
)

case(
    name="naver-cafe-bare-urls",
    **{"from": "cafe_help@navercorp.com"}, name_from=h("네이버 카페 고객센터"),
    date=d(5, 9, 30, 44),
    subject=h("[네이버 카페] 요청하신 게시물 처리 안내"),
    body=f"""
안녕하세요, 네이버 카페 고객센터입니다.
방송통신심의위원회 요청번호 KCSC-240903-01 관련 카페 게시물 처리 결과입니다.

{N[4]}
게시중단 완료

{N[5]}
게시중단 완료

{N[13]}
작성자가 이미 삭제한 게시물로, 현재 존재하지 않습니다.

네이버 카페 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe help-desk reply: bare URL, status on the next line",
    why="bare URLs each followed by a status line: 게시중단 완료 removed twice, already deleted by its author not_found",
    items={N[4]: "removed", N[5]: "removed", N[13]: "not_found"},
)

_gmail_quote = quote(request_text("KCSC-240903-01", N, "방송통신심의위원회 드림"))
case(
    name="naver-top-posted-over-gmail-quote",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=h("한지우"),
    date=d(4, 15, 2, 9),
    subject=h("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책지원팀 한지우입니다.

요청하신 게시물 중 아래 2건은 오늘 오후 삭제 조치하였습니다.
- {N[3]}
- {N[8]}

나머지 게시물은 담당 부서에서 확인 중입니다.

한지우 드림

2024년 9월 3일 (화) 오전 10:12, KCSC 불법정보 삭제요청 <takedown@kcsc.example>님이 작성:
{_gmail_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal staff member over the quoted 시정요구 list",
    why="the reply names two URLs as deleted; the 13 URLs below the '님이 작성:' line are our own quoted request",
    items={N[3]: "removed", N[8]: "removed"},
)

case(
    name="naver-quoted-printable-blind",
    **{"from": "rights@navercorp.com"}, name_from=NAVER_RC,
    date=d(7, 13, 48, 20),
    subject=h("[네이버] 게시물 조치 안내 - KCSC-240903-01"),
    reply_to_req=mid("KCSC-240903-01"),
    raw_mime=f"""
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(f'''안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물에 대하여 다음과 같이 조치하였음을 알려드립니다.

- {N[12]} : 블라인드 처리
- {N[6]} : 임시조치(30일간 접근 차단)

임시조치된 게시물은 게시자의 재게시 요청이 없으면 30일 경과 후 삭제됩니다.

감사합니다.
''')}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 블라인드/임시조치 notice sent as quoted-printable UTF-8",
    why="블라인드 is removed; 임시조치 (30-day access block) is restricted; the later deletion is only conditional and changes nothing",
    items={N[12]: "removed", N[6]: "restricted"},
)

case(
    name="naver-ack-plus-statement",
    **{"from": "help@naver.com"}, name_from=NAVER_CS,
    date=d(4, 9, 12, 7),
    subject=h("[네이버 고객센터] 문의 접수 및 처리 안내 (접수번호 RP-20240904-7781)"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 시정요구(KCSC-240903-01)가 정상적으로 접수되었습니다.
접수번호: RP-20240904-7781

접수된 게시물 가운데 {N[5]} 는 확인 즉시 삭제 조치하였습니다.
나머지 게시물은 검토 후 별도로 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 receipt that also reports one item already handled",
    why="an acknowledgement phrase plus an unhedged item-level statement: N5 deleted; the rest only promised",
    items={N[5]: "removed"},
)

case(
    name="naver-echoed-report-form",
    **{"from": "report_noreply@navercorp.com"}, name_from=h("네이버 신고센터"),
    date=d(8, 20, 31, 0),
    subject=h("[네이버 신고센터] 신고하신 게시물의 처리 결과 안내"),
    body=f"""
네이버 신고센터에서 안내드립니다.
신고하신 게시물에 대한 처리 결과를 알려드립니다.

[신고 내용]
신고 유형 : 불법정보 (방송통신심의위원회 시정요구)
요청 번호 : KCSC-240903-01
신고 URL  : {N[9]}
신고 URL  : {N[10]}
접수 일자 : 2024.09.03

[처리 결과]
{N[9]} : 게시중단
{N[10]} : 조치하지 않음 (서비스 운영정책 위반 사항이 확인되지 않았습니다)

처리 결과에 이의가 있으시면 신고센터(https://help.naver.com/report)를 통해 재신고해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail that echoes the report form before the 처리 결과 block",
    why="the echoed [신고 내용] block only lists the URLs; the [처리 결과] block gives N9 게시중단 (removed) and N10 no action with a reason (rejected); the help link is not an item",
    items={N[9]: "removed", N[10]: "rejected"},
)

case(
    name="naver-one-done-one-under-review",
    **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(5, 11, 2, 40),
    subject="RE: KCSC-240903-01 / 시정요구 진행 상황",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Hello,

Quick update on KCSC-240903-01.

{N[2]} has been deleted (게시물 삭제 완료).

{N[11]} is still under review by our legal team. We will update you once a
decision has been made.

Best regards,
Minseo Kang
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual staff status update: one item done, one under legal review",
    why="N2 deleted is a statement; 'still under review' for N11 is not, so N11 stays pending",
    items={N[2]: "removed", N[11]: "pending"},
)

case(
    name="naver-could-not-find",
    **{"from": "trustandsafety@navercorp.com"}, name_from="NAVER Trust & Safety",
    date=d(10, 14, 7, 18),
    subject="KCSC-240903-01: links we could not locate",
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
Dear KCSC team,

We could not find the following posts on our service. The posts were deleted
by their authors before your request reached us, so there was nothing left
for us to act on:

  * {N[8]}
  * {N[13]}

If you have a different link for the same content, please send it to us and
we will look at it.

NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="English 'unable to locate the reported content' reply",
    why="both listed posts do not exist any more (deleted by their authors): not_found; the invitation to send other links is no statement",
    items={N[8]: "not_found", N[13]: "not_found"},
)

# ============================================================= DC Inside (applied)
case(
    name="dc-operator-deleted-particles",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date=d(6, 17, 55, 2),
    subject=h("[디시인사이드] 게시물 삭제 요청 처리 결과 (KCSC-240905-02)"),
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요. 디시인사이드 운영팀입니다.

요청하신 게시물 중 {DC[1]}, {DC[2]} 두 건은 운영자 삭제 처리하였습니다.
{DC[3]}은 작성자가 이미 삭제한 게시물입니다.

나머지 게시물은 확인 후 다시 연락드리겠습니다.

디시인사이드 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 reply in running Korean prose, URLs followed by commas and particles",
    why="운영자 삭제 for DC1 and DC2 (removed); DC3 already deleted by its author (not_found); the particle 은 glued to DC3's URL is not part of it",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "not_found"},
)

case(
    name="dc-english-removed-and-kept",
    **{"from": "global@dcinside.com"}, name_from="DCinside Support",
    date=d(9, 10, 3, 45),
    subject="Re: Removal request KCSC-240905-02",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hello,

Thank you for your patience. Our moderators reviewed the remaining posts.

- {DC[4]}
  Removed. The post disclosed a private person's phone number.

- {DC[5]}
  Not removed. The post summarises a published news article and does not
  break our terms of service, so it stays up.

Regards,
DCinside Support Team
""",
    outcome="applied", classification="confirmation",
    imitates="English moderator outcome list with a short reason under each URL",
    why="DC4 removed; DC5 not removed because it breaks no rule, a refusal with its reason (rejected)",
    items={DC[4]: "removed", DC[5]: "rejected"},
)

case(
    name="dc-bulleted-all-five",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date=d(10, 9, 20, 0),
    subject=h("[디시인사이드] KCSC-240905-02 최종 처리 결과"),
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.
요청번호 KCSC-240905-02의 최종 처리 결과를 안내드립니다.

- {DC[1]} : 삭제
- {DC[2]} : 삭제
- {DC[3]} : 삭제
- {DC[4]} : 존재하지 않는 게시물
- {DC[5]} : 성인 인증 후 열람 가능하도록 제한

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside final result list, 'URL : 결과' bullets",
    why="one bullet per URL: three 삭제 removed, 존재하지 않는 게시물 not_found, adult verification gate (age-restricted) restricted",
    items={DC[1]: "removed", DC[2]: "removed", DC[3]: "removed", DC[4]: "not_found",
           DC[5]: "restricted"},
)

case(
    name="dc-angle-bracket-wrapped",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date=d(7, 12, 11, 9),
    subject=h("Re: [KCSC-240905-02] 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240905-02"),
    body="""
안녕하세요.

아래 마이너 갤러리 게시물은 갤러리 매니저 확인 후 삭제되었습니다.
<https://gall.dcinside.com/mgallery/board/view/?id=coinfict&
 no=120502>

또한 <https://gall.dcinside.com/board/view/?id=stock_new2&no=9812399> 는
조회 결과 존재하지 않는 게시물입니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="reply from a mail client that wraps long URLs inside angle brackets (RFC 3986 appendix C)",
    why="the wrapped URL in angle brackets is DC4, deleted (removed); DC2 in angle brackets does not exist (not_found)",
    items={DC[4]: "removed", DC[2]: "not_found"},
)

# ============================================================= Daum (applied)
case(
    name="daum-imsi-30days",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RC,
    date=d(11, 15, 30, 27),
    subject=h("[Daum] 권리침해 신고 처리 결과 안내 (KCSC-240909-03)"),
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 Daum 카페 게시물에 대한 처리 결과를 안내드립니다.

{DM[1]}
{DM[2]}
위 두 게시물은 정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)하였습니다.

{DM[3]}
위 게시물은 카페 운영정책 위반으로 삭제되었습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2), URLs above the sentence that concerns them",
    why="'위 두 게시물' covers the two URLs just above it: 임시조치 restricted; DM3 deleted (removed)",
    items={DM[1]: "restricted", DM[2]: "restricted", DM[3]: "removed"},
)

case(
    name="daum-html-table",
    **{"from": "cafe_cs@daum.net"}, name_from=h("Daum 카페 고객센터"),
    date=d(12, 11, 0, 5),
    subject=h("[Daum 카페] KCSC-240909-03 게시물 조치 결과"),
    reply_to_req=mid("KCSC-240909-03"),
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="daum-alt-765"

--daum-alt-765
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

HTML을 지원하는 메일 프로그램에서 확인해 주세요.

--daum-alt-765
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

{html_doc(f'''<p>안녕하세요, Daum 카페 고객센터입니다. 요청번호 KCSC-240909-03의 조치 결과입니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>게시물 주소</th><th>조치 내용</th></tr></thead>
<tbody>
{table_rows([
    (f'<a href="{DM[1]}">{DM[1]}</a>', "삭제"),
    (f'<a href="{DM[2]}">{DM[2]}</a>', "삭제"),
    (f'<a href="{DM[3]}">{DM[3]}</a>', "게시물 없음 (이미 삭제됨)"),
    (f'<a href="{DM[4]}">{DM[4]}</a>', "조치 불가 - 운영정책 위반 사항 없음"),
])}
</tbody></table>
<p>운영정책 안내: <a href="https://cs.daum.net/faq/cafe_policy.html">Daum 카페 운영정책</a></p>''')}

--daum-alt-765--
""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe HTML notice with a two-column result table (게시물 주소 / 조치 내용)",
    why="HTML table rows: 삭제 removed twice, 게시물 없음 not_found, 조치 불가 with reason rejected; the text part only says to use HTML",
    items={DM[1]: "removed", DM[2]: "removed", DM[3]: "not_found", DM[4]: "rejected"},
)

case(
    name="daum-cafe-blinded-english",
    **{"from": "trustsafety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    date=d(13, 8, 45, 50),
    subject="[Daum Cafe] Result of request KCSC-240909-03",
    reply_to_req=mid("KCSC-240909-03"),
    body=f"""
Dear Sir or Madam,

The Daum Cafe post below has been blinded by our operations team and is no
longer visible to any user:

{DM[4]}

For questions about this decision, please reply to this email.

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English notice that a cafe post was 'blinded' (블라인드)",
    why="blinded and no longer visible to any user is a removal for a one-URL statement",
    items={DM[4]: "removed"},
)

# ============================================================= SOOP (applied)
case(
    name="soop-vod-mixed",
    **{"from": "safety@sooplive.co.kr"}, name_from=SOOP_CS,
    date=d(12, 19, 3, 33),
    subject=h("[SOOP] 신고 처리 결과 안내 / Report result (KCSC-240911-04)"),
    reply_to_req=mid("KCSC-240911-04"),
    body=f"""
안녕하세요, SOOP 고객센터입니다.

요청하신 콘텐츠의 처리 결과를 안내드립니다.

■ VOD {SP[1]} – 삭제
■ VOD {SP[2]} – 삭제
■ 방송국 게시글 {SP[3]} – 19세 이상 시청 제한 설정

[English]
The two VODs above were deleted. The station post was set to 19+ (viewers
must be verified adults).

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (formerly AfreecaTV) 신고 처리 결과 mail, Korean with an English summary",
    why="VODs deleted (removed); station post set to 19+ viewing (age-restricted: restricted); the English summary agrees",
    items={SP[1]: "removed", SP[2]: "removed", SP[3]: "restricted"},
)

case(
    name="soop-base64-html",
    **{"from": "noreply@sooplive.co.kr"}, name_from=SOOP_CS,
    date=d(13, 10, 26, 41),
    subject=h("[SOOP] 요청하신 게시물 처리 완료 안내"),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(html_doc(f'''<div style="border:1px solid #ddd;padding:16px">
<h3>SOOP 처리 결과 안내</h3>
<p>방송통신심의위원회 요청번호 <b>KCSC-240911-04</b> 관련 처리 결과입니다.</p>
<ul>
<li><a href="{SP[3]}">{SP[3]}</a><br>게시글이 삭제되었습니다.</li>
<li><a href="{SP[2]}">{SP[2]}</a><br>존재하지 않는 VOD입니다. (BJ 본인이 삭제)</li>
</ul>
<p style="color:#888">본 메일은 발신 전용입니다. 문의는 <a href="https://help.sooplive.co.kr/">SOOP 고객센터</a>를 이용해 주세요.</p>
</div>''').encode("utf-8"))}
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP no-reply HTML notice sent base64-encoded",
    why="station post deleted (removed); VOD deleted by the streamer himself before action (not_found); help-centre link is not an item",
    items={SP[3]: "removed", SP[2]: "not_found"},
)

# ============================================================= FM Korea (applied)
case(
    name="fmkorea-angle-brackets",
    **{"from": "admin@fmkorea.com"}, name_from=FM_ADMIN,
    date=d(13, 22, 14, 0),
    subject=h("Re: [KCSC-240912-05] 도박 광고 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240912-05"),
    body="""
안녕하세요. 에펨코리아 운영진입니다.

<https://www.fmkorea.com/7312456789> 삭제 완료했습니다.
<https://www.fmkorea.com/7312459901> 해당 글은 작성자 본인이 삭제하여 존재하지 않습니다.

작성자 계정은 이용 정지 처리하였습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="short community-admin reply with URLs in angle brackets",
    why="FM1 deleted (removed); FM2 deleted by its author and does not exist (not_found); the account ban is not an item",
    items={FM[1]: "removed", FM[2]: "not_found"},
)

case(
    name="fmkorea-one-done-one-checking",
    **{"from": "admin@fmkorea.com"}, name_from=FM_ADMIN,
    date=d(12, 18, 40, 3),
    subject=h("[에펨코리아] 요청 처리 현황"),
    body=f"""
방송통신심의위원회 담당자님께,

KCSC-240912-05 건 진행 상황 공유드립니다.

{FM[2]}
→ 도박 사이트 홍보 글로 확인되어 삭제하였습니다.

{FM[1]}
→ 작성자 소명 내용을 내부 검토 중이며, 결과는 추후 안내드리겠습니다.

에펨코리아 운영진 드림
""",
    outcome="applied", classification="confirmation",
    imitates="community-site progress note: one item done, one still being checked",
    why="FM2 deleted (removed); FM1 only under internal review, so it stays pending",
    items={FM[2]: "removed", FM[1]: "pending"},
)

# ============================================================= Clien (applied)
case(
    name="clien-sole-item-no-url",
    **{"from": "help@clien.net"}, name_from=CLIEN_OPS,
    date=d(19, 14, 2, 38),
    subject=h("Re: [KCSC-240918-06] 개인정보 노출 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240918-06"),
    body="""
안녕하세요, 클리앙 운영팀입니다.

요청하신 게시물은 확인 후 삭제하였습니다.
해당 회원에게는 이용규칙에 따라 경고 조치하였습니다.

클리앙 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Clien 운영팀 one-line confirmation in the request's thread",
    why="the request has one item; 'the requested post was deleted' in its thread (ref in subject, In-Reply-To) applies to it",
    items={CL[1]: "removed"},
)

case(
    name="clien-kept-fullwidth-parens",
    **{"from": "help@clien.net"}, name_from=CLIEN_OPS,
    date=d(20, 10, 15, 0),
    subject=h("[클리앙] 게시물 검토 결과 안내"),
    body="""
안녕하세요, 클리앙 운영팀입니다.

요청번호 KCSC-240918-06 으로 요청하신 게시물（https://www.clien.net/service/board/park/18745123）은
게시물에 언급된 연락처가 업체의 공개 대표번호로 확인되어, 사이트 이용규칙 위반에 해당하지 않는다고 판단하였습니다.
이에 따라 해당 게시물은 삭제하지 않고 유지합니다.

클리앙 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="Clien review result refusing removal, URL in full-width parentheses",
    why="kept because it breaks no rule, with the reason given (rejected); the full-width ） ends the URL",
    items={CL[1]: "rejected"},
)

# ============================================================= Nate (applied)
case(
    name="nate-pann-korean-brackets",
    **{"from": "pann_report@skcomms.co.kr"}, name_from=NATE_PANN,
    date=d(20, 16, 44, 10),
    subject=h("[네이트판] 게시물 조치 결과 안내 (KCSC-240919-07)"),
    reply_to_req=mid("KCSC-240919-07"),
    body=f"""
안녕하세요, 네이트판 운영팀입니다.

요청하신 게시물 『{NT[1]}』은 명예훼손 게시물로 확인되어 삭제되었습니다.
또한 『{NT[2]}』은 게시자 동의를 받아 비공개 처리하였습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Nate Pann 운영팀 notice with URLs in 『』 corner brackets",
    why="NT1 deleted (removed); NT2 made private (비공개 처리: removed)",
    items={NT[1]: "removed", NT[2]: "removed"},
)

_outlook_req = "\n".join(request_text("KCSC-240919-07", NT, "방송통신심의위원회 불법정보 삭제요청 담당"))
case(
    name="nate-outlook-original-message",
    **{"from": "seojun.lee@skcomms.co.kr"}, name_from=h("이서준"),
    date=d(23, 9, 58, 12),
    subject=h("RE: [KCSC-240919-07] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240919-07"),
    body=f"""
안녕하세요, SK커뮤니케이션즈 이서준입니다.

요청 주신 두 건 확인 결과입니다.
{NT[1]} : 게시물 조회 결과 존재하지 않는 게시물입니다.
{NT[2]} : 성인 인증 게시물로 전환하여 미성년자 열람을 제한하였습니다.

감사합니다.
이서준 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Thursday, September 19, 2024 10:05 AM
To: pann_report@skcomms.co.kr
Subject: [KCSC-240919-07] 불법정보 시정요구

{_outlook_req}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted staff reply over '-----Original Message-----'",
    why="above the quote: NT1 does not exist (not_found), NT2 restricted to adults (restricted); the quoted request below states nothing",
    items={NT[1]: "not_found", NT[2]: "restricted"},
)

# ============================================================= review
case(
    name="naver-promise-only",
    **{"from": "rights@navercorp.com"}, name_from=NAVER_RC,
    date=d(4, 17, 20, 0),
    subject=h("Re: [KCSC-240903-01] 불법정보 시정요구"),
    reply_to_req=mid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 권리보호센터입니다.

요청하신 게시물 중
{N[3]}
{N[4]}
에 대해서는 관련 부서 검토 후 순차적으로 조치될 예정입니다.
처리가 완료되면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply promising action after review",
    why="'조치될 예정' is a promise, not a statement; the email names requested items, so it goes to a person",
    items={N[3]: "pending", N[4]: "pending"},
)

case(
    name="dc-hedged-english",
    **{"from": "global@dcinside.com"}, name_from="DCinside Support",
    date=d(6, 11, 31, 7),
    subject="Re: Removal request KCSC-240905-02",
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
Hi,

From a first look, {DC[1]} appears to have been removed already,
and {DC[2]} may have been deleted by the gallery manager.

We will confirm once our team has checked the moderation logs.

Thanks,
DCinside Support Team
""",
    outcome="review", review="not_understood",
    imitates="support agent's first-look reply full of hedges",
    why="'appears to', 'may have been' and a promise to confirm: no item-level statement",
    items={DC[1]: "pending", DC[2]: "pending"},
)

case(
    name="nate-conditional-deletion",
    **{"from": "pann_report@skcomms.co.kr"}, name_from=NATE_PANN,
    date=d(20, 11, 3, 0),
    subject=h("[네이트판] 요청 게시물 처리 진행 안내"),
    body=f"""
안녕하세요, 네이트판 운영팀입니다.

요청번호 KCSC-240919-07 관련하여 {NT[1]} 게시자에게 소명 기회를 부여하였습니다.
게시자가 7일 이내에 소명하지 않거나 소명 내용이 타당하지 않은 경우 삭제 처리할 예정입니다.

결과는 확정되는 대로 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean community notice of an opportunity to explain (소명 기회) before deletion",
    why="deletion only on a condition and in the future; NT1 stays pending and a person reads it",
    items={NT[1]: "pending"},
)

case(
    name="daum-bulk-korean",
    **{"from": "right@kakaocorp.com"}, name_from=KAKAO_RC,
    date=d(10, 16, 0, 59),
    subject=h("Re: [KCSC-240909-03] 불법 거래 알선 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240909-03"),
    body="""
안녕하세요, 카카오 권리침해신고센터입니다.

요청하신 게시물 4건 모두 삭제 조치 완료하였습니다.

감사합니다.
카카오 권리침해신고센터 드림
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line 'all N posts deleted' reply in the request's thread",
    why="a statement about all four items of the request without naming any: bulk, items stay pending",
    items={DM[1]: "pending", DM[2]: "pending", DM[3]: "pending", DM[4]: "pending"},
)

case(
    name="soop-bulk-english",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Safety Team",
    date=d(13, 15, 47, 16),
    subject="Re: [KCSC-240911-04] Request for removal of content",
    reply_to_req=mid("KCSC-240911-04"),
    body="""
Hello,

All of the VODs and posts listed in your request KCSC-240911-04 have been
removed from SOOP.

Best regards,
SOOP Safety Team
""",
    outcome="review", review="bulk",
    imitates="English 'all the reported content has been removed' reply",
    why="one statement for a three-item request naming no item: bulk, items stay pending",
    items={SP[1]: "pending", SP[2]: "pending", SP[3]: "pending"},
)

case(
    name="naver-auth-fail",
    **{"from": "rights@naver.com"}, name_from=NAVER_RC,
    auth="fail",
    date=d(5, 2, 13, 40),
    subject=h("[네이버] 게시물 삭제 완료 안내"),
    body=f"""
안녕하세요 네이버 권리보호센터입니다.

요청번호 KCSC-240903-01 게시물 {N[1]} 삭제 완료되었습니다.

처리 내역 확인: https://naver-rights-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER whose DKIM/SPF/DMARC all fail",
    why="naver.com sender failing authentication: its statement about N1 cannot be applied",
    items={N[1]: "pending"},
)

case(
    name="dc-author-from-gmail",
    **{"from": "sky.minjun88@gmail.com"}, name_from=h("김민준"),
    date=d(7, 23, 8, 2),
    subject=h("디시 게시글 관련 (KCSC-240905-02)"),
    body=f"""
안녕하세요. 디시인사이드에 글을 올린 작성자입니다.

{DC[3]}
이 글은 제가 어제 직접 삭제했습니다. 더 이상 문제 삼지 않으셨으면 합니다.

김민준 드림
""",
    outcome="review", review="unknown_sender",
    imitates="the post's author writing to the regulator from a personal webmail address",
    why="not the platform: a stranger's claim that DC3 is gone changes nothing",
    items={DC[3]: "pending"},
)

case(
    name="daum-search-delist-naver-item",
    **{"from": "search_report@kakaocorp.com"}, name_from=h("Daum 검색 고객센터"),
    date=d(6, 13, 25, 35),
    subject=h("[Daum 검색] 검색결과 노출 제한 처리 안내"),
    body=f"""
안녕하세요, Daum 검색 고객센터입니다.

요청하신 URL이 Daum 검색 결과에 노출되지 않도록 조치하였습니다.
{N[3]}

해당 게시물 원문은 네이버 블로그에 게시되어 있으므로, 원문 삭제는 해당 서비스에 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="Daum search delisting notice about a page hosted on another portal",
    why="Kakao states something about a NAVER item (hidden from Daum search only); Daum cannot set a NAVER item's status",
    items={N[3]: "pending"},
)

case(
    name="fmkorea-asks-documents",
    **{"from": "admin@fmkorea.com"}, name_from=FM_ADMIN,
    date=d(13, 9, 5, 0),
    subject=h("Re: [KCSC-240912-05] 도박 광고 게시물 삭제 요청"),
    reply_to_req=mid("KCSC-240912-05"),
    body=f"""
안녕하세요. 에펨코리아 운영진입니다.

요청하신 게시물
 - {FM[1]}
 - {FM[2]}
에 대해 조치하기 위해 아래 자료를 추가로 보내주시기 바랍니다.

1. 시정요구 공문 사본 (기관 직인 날인)
2. 해당 게시물이 불법정보에 해당하는 근거 조항

자료 확인 후 조치하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean community site asking for the official 공문 before acting",
    why="asks for documents before acting: nothing stated about the two items",
    items={FM[1]: "pending", FM[2]: "pending"},
)

case(
    name="soop-forwarded-internal",
    **{"from": "seoyeon.park@sooplive.co.kr"}, name_from=h("박서연"),
    date=d(12, 14, 40, 0),
    subject=h("Fwd: [VOD 모니터링] 처리 완료 보고"),
    body=f"""
위원회 담당자님, 내부 처리 보고를 그대로 전달드립니다.

---------- Forwarded message ---------
From: SOOP 모니터링팀 <monitor@sooplive.co.kr>
Date: 2024년 9월 12일 (목) 오후 2:03
Subject: [VOD 모니터링] 처리 완료 보고
To: <seoyeon.park@sooplive.co.kr>

KCSC-240911-04 관련
VOD {SP[1]} 삭제 완료 (09/12 14:03)
""",
    outcome="review", review="forwarded", classification="forwarded",
    imitates="platform employee forwarding an internal moderation report",
    why="the statement is inside a forwarded message, not the sender's own words; a person decides",
    items={SP[1]: "pending"},
)

case(
    name="dc-conflicting-same-item",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date=d(8, 15, 12, 30),
    subject=h("[디시인사이드] KCSC-240905-02 처리 결과"),
    reply_to_req=mid("KCSC-240905-02"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

처리 결과
- {DC[2]} : 삭제 완료

참고로 {DC[2]} 게시물은 검토 결과 갤러리 운영원칙 위반 사항이 확인되지 않아
게시를 유지하기로 하였습니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="template reply whose result line and free-text note disagree",
    why="DC2 is said to be deleted and, two lines later, kept: contradictory, a person decides",
    items={DC[2]: "pending"},
)

case(
    name="naver-contact-change-notice",
    **{"from": "policy@navercorp.com"}, name_from=h("네이버 정책협력팀"),
    date=d(10, 10, 0, 0),
    subject=h("[네이버] 기관 협조 요청 접수 창구 변경 안내"),
    body="""
안녕하세요, 네이버 정책협력팀입니다.

2024년 10월 1일부터 공공기관의 게시물 조치 협조 요청은 아래 전용 창구로 접수받습니다.

- 접수 메일: gov-request@navercorp.com
- 접수 시간: 평일 09:00~18:00
- 안내 페이지: https://help.naver.com/gov-request

기존 메일로 보내주시는 요청도 9월 30일까지는 정상 처리됩니다.
감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="portal policy-team notice of a new intake address for government requests",
    why="trusted NAVER mail that names no item and no request; the help page is not an item",
    items={},
)

# ============================================================= ignored
case(
    name="naver-out-of-office-ko",
    **{"from": "jiwoo.han@navercorp.com"}, name_from=h("한지우"),
    date=d(3, 10, 12, 44),
    subject=h("[자동회신] 부재중: [KCSC-240903-01] 불법정보 시정요구"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=mid("KCSC-240903-01"),
    body="""
안녕하세요. 한지우입니다.

9월 3일(화)부터 9월 4일(수)까지 외부 교육 일정으로 메일 확인이 어렵습니다.
급한 건은 정책지원팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean Outlook out-of-office (자동회신 / 부재중) reply",
    why="automatic out-of-office reply: no statement, ignored",
    items={},
)

_orig_clien = "\n".join(request_text("KCSC-240918-06", CL, "방송통신심의위원회 드림"))
case(
    name="clien-dsn-failure",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date=d(18, 10, 7, 3),
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B1C2D3.1726621623/mail.kcsc.example"

This is a MIME-encapsulated message.

--B1C2D3.1726621623/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-report@clien.net>: host mx.clien.net[203.0.113.40] said: 550 5.1.1
    <abuse-report@clien.net>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--B1C2D3.1726621623/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: {d(18, 10, 7, 1)}

Final-Recipient: rfc822; abuse-report@clien.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.clien.net
Diagnostic-Code: smtp; 550 5.1.1 <abuse-report@clien.net>: Recipient address
    rejected: User unknown

--B1C2D3.1726621623/mail.kcsc.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse-report@clien.net
Subject: {h("[KCSC-240918-06] 개인정보 노출 게시물 삭제 요청")}
Date: {d(18, 10, 7, 0)}
Message-ID: <{mid("KCSC-240918-06")}@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{_orig_clien}

--B1C2D3.1726621623/mail.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (multipart/report, 550 5.1.1 user unknown) returning our request",
    why="delivery failure report; the URL is only in our returned original",
    items={},
)

case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"}, name_from=DC_OPS,
    date=d(5, 14, 30, 0),
    subject=h("읽음: [KCSC-240905-02] 게시물 삭제 요청"),
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-765-dc"

--mdn-765-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-02] 게시물 삭제 요청"을(를) 수신자가 2024-09-05 14:30에 읽었습니다.

--mdn-765-dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <{mid("KCSC-240905-02")}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-765-dc--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, message/disposition-notification) in Korean",
    why="read receipt: says only that our request was opened",
    items={},
)

case(
    name="daum-ticket-receipt",
    **{"from": "noreply@kakaocorp.com"}, name_from=h("카카오 고객센터"),
    date=d(9, 14, 1, 17),
    subject=h("[카카오 고객센터] 문의가 접수되었습니다 (접수번호 20240909-001235)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 카카오 고객센터입니다.

보내주신 문의가 정상적으로 접수되었습니다.

- 접수번호: 20240909-001235
- 문의 제목: [KCSC-240909-03] 불법 거래 알선 게시물 삭제 요청
- 접수 일시: 2024.09.09 14:01

담당자가 확인 후 영업일 기준 3일 이내에 답변드리겠습니다.
본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao help-centre ticket receipt (문의 접수 완료, 접수번호)",
    why="pure receipt with a ticket number and a promise to answer: acknowledgement",
    items={},
)

case(
    name="soop-helpdesk-ack-en",
    **{"from": "support@sooplive.com"}, name_from="SOOP Support",
    date=d(11, 16, 22, 5),
    subject="[SOOP Support] Request received - #SR-88123",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
Hello,

Thank you for contacting SOOP Support. This is an automatic confirmation
that we have received your request (KCSC-240911-04).

Ticket number: #SR-88123

Our team will review it and get back to you within 3 business days.
You can check the status of your ticket at https://support.sooplive.com/tickets.

SOOP Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="helpdesk (Zendesk-style) automatic ticket-received email",
    why="automatic receipt with ticket number; 'will review' is no statement; the ticket page is not an item",
    items={},
)

case(
    name="fmkorea-out-of-office-en",
    **{"from": "admin@fmkorea.com"}, name_from=FM_ADMIN,
    date=d(12, 10, 1, 2),
    subject=h("Automatic reply: [KCSC-240912-05] 도박 광고 게시물 삭제 요청"),
    extra_headers=["Auto-Submitted: auto-replied"],
    body="""
Thank you for your email. I am out of the office until Monday, 16 September,
with limited access to email. Your message will be handled when I return.

현재 부재중입니다. 9월 16일(월)부터 순차적으로 확인하겠습니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply, ignored",
    items={},
)

case(
    name="nate-dsn-delay",
    **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
    date=d(19, 14, 5, 0),
    subject="Delayed Mail (still being retried)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status;
	boundary="E4F5.1726722300/mail.kcsc.example"

--E4F5.1726722300/mail.kcsc.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<pann_report@skcomms.co.kr>: connect to mx1.skcomms.co.kr[198.51.100.77]:25:
    Connection timed out

--E4F5.1726722300/mail.kcsc.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: {d(19, 10, 5, 0)}

Final-Recipient: rfc822; pann_report@skcomms.co.kr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.skcomms.co.kr[198.51.100.77]:25:
    Connection timed out
Will-Retry-Until: {d(24, 10, 5, 0)}

--E4F5.1726722300/mail.kcsc.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: pann_report@skcomms.co.kr
Subject: {h("[KCSC-240919-07] 불법정보 시정요구")}
Date: {d(19, 10, 5, 0)}
Message-ID: <{mid("KCSC-240919-07")}@kcsc.example>

--E4F5.1726722300/mail.kcsc.example--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delay warning DSN (Action: delayed, 4.4.1)",
    why="delivery-delay report about our own request; no statement",
    items={},
)

HEADER = """# Blind set blind765: Korean portals and community sites (NAVER, Daum,
# DC Inside, SOOP, FM Korea, Clien, Nate), Korean and English mixed.
# Written by tests/corpus/blind765/make.py; expected results written from each
# email's meaning before any run of the reader. Each case is judged alone on a
# fresh ledger holding requests.csv. See NOTES.md.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
