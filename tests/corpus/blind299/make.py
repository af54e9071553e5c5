#!/usr/bin/env python3
"""Blind set 299 (Korean focus): NAVER, Kakao/Daum, YouTube Korea, DC Inside
and BAND replies written in Korean -- 공문-style 조치결과 replies, 임시조치
notices, 시정요구 조치결과 tables, informal operator replies, plus the usual
auto-replies, bounces, read receipts and receipts.

    python3 tests/corpus/blind299/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml from the
lists below. Expected results were written from each email's meaning alone,
before the reader was ever run on them.
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

SET = "blind299"


def enc(s):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def kpath(name):
    return quote(name, safe="")


# ---------------------------------------------------------------- requests
MEOKTWI = "먹튀검증"
ISSUE = "이슈마당"

N = {
    1: "https://blog.naver.com/luckyseven_77/223561100201",
    2: "https://blog.naver.com/luckyseven_77/223561100388",
    3: "https://blog.naver.com/pado_bet/223559872214",
    4: "https://cafe.naver.com/sportstoto2024/51207",
    5: "https://cafe.naver.com/sportstoto2024/51311",
    6: "https://cafe.naver.com/sportstoto2024/51340",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60102&docId=471230551",
    8: "https://blog.naver.com/hanbit_casino/223570004410",
    9: "https://cafe.naver.com/" + kpath(MEOKTWI) + "/8812",
    10: "https://post.naver.com/viewer/postView.naver?volumeNo=38210044&memberNo=55120937",
    11: "https://blog.naver.com/pado_bet/223560011873",
    12: "https://in.naver.com/jackpot_k/contents/internal/724108833316128",
    13: "https://cafe.naver.com/" + kpath(MEOKTWI) + "/8840",
}
# the same two cafe URLs as a person types them
N9RAW = "https://cafe.naver.com/" + MEOKTWI + "/8812"
N13RAW = "https://cafe.naver.com/" + MEOKTWI + "/8840"

K = {
    1: "https://cafe.daum.net/" + kpath(ISSUE) + "/Rk2c/10442",
    2: "https://cafe.daum.net/" + kpath(ISSUE) + "/Rk2c/10467",
    3: "https://dalbit-note.tistory.com/412",
    4: "https://pf.kakao.com/_xgQmTb/105332871",
}
K1RAW = "https://cafe.daum.net/" + ISSUE + "/Rk2c/10442"
K2RAW = "https://cafe.daum.net/" + ISSUE + "/Rk2c/10467"

Y = {
    1: "https://www.youtube.com/watch?v=Kq7dR2mZp0A",
    2: "https://www.youtube.com/watch?v=b3XnT9wLq4E",
    3: "https://www.youtube.com/shorts/Vh2pQ8rTz1M",
}

D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921034",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9921188",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=yeouido_talk&no=30417",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=yeouido_talk&no=30452",
    5: "https://gall.dcinside.com/mini/board/view/?id=pokerroom&no=1288",
}

B = {
    1: "https://band.us/band/84120377/post/1562",
    2: "https://band.us/band/84120377/post/1570",
}

S1 = "https://blog.naver.com/greenmoss_diary/223575512345"
T1 = "https://tv.kakao.com/channel/3810245/cliplink/447120931"

REQUESTS = [
    # ref, platform, sent, due, category, urls, note
    ("KCSC-240903-01", "naver", "2024-09-03T10:00:00+09:00", "2024-09-10T18:00:00+09:00",
     "illegal_gambling", [N[i] for i in range(1, 14)], "불법 도박 홍보 게시물 13건"),
    ("KCSC-240905-02", "kakao", "2024-09-05T11:30:00+09:00", "2024-09-12T18:00:00+09:00",
     "privacy", [K[i] for i in range(1, 5)], "개인정보 노출 게시물"),
    ("KCSC-240906-03", "youtube", "2024-09-06T09:40:00+09:00", "2024-09-13T18:00:00+09:00",
     "drugs", [Y[i] for i in range(1, 4)], "마약류 판매 광고 영상"),
    ("KCSC-240909-04", "dcinside", "2024-09-09T14:00:00+09:00", "2024-09-16T18:00:00+09:00",
     "discrimination", [D[i] for i in range(1, 6)], "차별·비하 게시물"),
    ("KCSC-240911-05", "band", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00",
     "illegal_gambling", [B[1], B[2]], "밴드 도박 홍보 게시글"),
    ("KCSC-240912-06", "naver", "2024-09-12T16:20:00+09:00", "2024-09-19T18:00:00+09:00",
     "defamation", [S1], "블로그 게시물 1건"),
    ("KCSC-240913-07", "kakao", "2024-09-13T09:05:00+09:00", "2024-09-20T18:00:00+09:00",
     "obscenity", [T1], "카카오TV 클립 1건"),
]


def msgid(ref):
    return "req-" + ref[5:] + "@kcsc.example"


def rid(ref):
    return "req-" + ref[5:]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, urls, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def request_text(ref, urls, quote_prefix="", raw=None):
    """Our own request, as it appears quoted under a reply."""
    raw = raw or {}
    lines = [
        "안녕하십니까. 방송통신심의위원회 통신심의국입니다.",
        f"아래 정보에 대하여 시정요구(요청번호 {ref})를 하오니",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {raw.get(u, u)}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join(quote_prefix + l if l else quote_prefix.rstrip() for l in lines)


# ---------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def multipart(subtype, boundary, parts, extra=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}', "",
           "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.strip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"


def part(ctype, body, cte="8bit", extra=()):
    hdr = [f"Content-Type: {ctype}"]
    hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr.extend(extra)
    return "\n".join(hdr) + "\n\n" + body.strip("\n") + "\n"


FROM_KCSC = "KCSC 통신심의국 <takedown@kcsc.example>"

# ---------------------------------------------------------------- cases
CASES = []


def case(**c):
    CASES.append(c)


# ======================= APPLIED =======================

GONGMUN_ROWS = [
    (N[1], "삭제", ""), (N[2], "삭제", ""), (N[3], "임시조치", "작성자 이의제기 기간 중"),
    (N[4], "게시중단", ""), (N[5], "조치 없음", "작성자가 자진 삭제한 게시물"),
    (N[6], "삭제", ""), (N[7], "조치 불가", "단순 질문 글, 도박 홍보 아님"),
    (N[8], "삭제", ""), (N9RAW, "임시조치", ""), (N[10], "비공개 처리", ""),
    (N[11], "삭제", ""), (N[12], "확인 불가", "존재하지 않는 게시물 주소"),
    (N13RAW, "블라인드", ""),
]


def width(t):
    return sum(2 if ord(ch) > 0x1100 else 1 for ch in t)


def pad(t, w):
    return t + " " * (w - width(t))


def gongmun_table():
    uw = max(width(u) for u, _, _ in GONGMUN_ROWS)
    out = [f" 연번 | {pad('게시물 주소', uw)} | {pad('조치결과', 11)} | 비고",
           "------+-" + "-" * uw + "-+-" + "-" * 11 + "-+" + "-" * 30]
    for i, (u, r, note) in enumerate(GONGMUN_ROWS, 1):
        out.append(f" {i:>3}  | {pad(u, uw)} | {pad(r, 11)} | {note}".rstrip())
    return "\n".join(out)


GONGMUN_TABLE = gongmun_table()


case(
    name="naver-gongmun-13-items-fixed-table",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    subject=enc("[회신] 시정요구(KCSC-240903-01)에 대한 조치결과 회신"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
수    신: 방송통신심의위원회 통신심의국장
참    조: 통신심의국 (takedown@kcsc.example)
발    신: 네이버 주식회사 정책협력실
제    목: 시정요구(KCSC-240903-01)에 대한 조치결과 회신

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 귀 위원회가 2024. 9. 3. 요청하신 불법 도박 정보 시정요구(요청번호
   KCSC-240903-01)와 관련하여, 당사의 조치결과를 아래와 같이 회신합니다.

                              - 아    래 -

{GONGMUN_TABLE}

3. 조치 불가 건(연번 7)은 게시물 내용상 도박 사이트 홍보 등 위법 정보로 보기
   어려워 게시를 유지하였음을 알려드립니다.  끝.

네이버 주식회사 대표이사 (직인생략)
담당: 정책협력실 콘텐츠정책팀 윤서하 / 031-000-0000
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 공문-style 시정요구 조치결과 회신 with a fixed-width result table",
    why="trusted NAVER 공문 giving one result per row for all 13 items",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "removed",
           N[5]: "not_found", N[6]: "removed", N[7]: "rejected", N[8]: "removed",
           N[9]: "restricted", N[10]: "removed", N[11]: "removed", N[12]: "not_found",
           N[13]: "removed"},
)

HTML_TABLE = f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 게시중단요청 서비스입니다.</p>
<p>방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240903-01)의 처리 결과를 안내해 드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#03c75a;color:#fff"><th>번호</th><th>게시물 주소</th><th>처리 결과</th><th>처리 일시</th></tr>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td><td>2024.09.04 11:02</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td><td>2024.09.04 11:02</td></tr>
<tr><td>3</td><td><a href="{N[3]}">{N[3]}</a></td><td>게시중단</td><td>2024.09.04 11:05</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>유지 (운영정책 위반 사항 없음)</td><td>2024.09.04 13:40</td></tr>
<tr><td>5</td><td><a href="{N[5]}">{N[5]}</a></td><td>게시물 없음</td><td>-</td></tr>
</table>
<p>처리 결과에 이의가 있으시면 <a href="https://help.naver.com/support/contents/contents.help?serviceNo=30001">네이버 고객센터</a>로 문의해 주시기 바랍니다.</p>
<p style="color:#888">본 메일은 발신 전용입니다.</p>
</body></html>"""

case(
    name="naver-html-result-table",
    **{"from": "noreply@navercorp.com"},
    name_from=enc("네이버 게시중단요청 서비스"),
    date="Wed, 04 Sep 2024 14:03:51 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240903-01)"),
    type="html",
    body=HTML_TABLE,
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청 서비스 result mail with an HTML result table",
    why="one row per URL: two deleted, one 게시중단, one kept as not violating, one missing; help link is not an item",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "rejected", N[5]: "not_found"},
)

CSV_ROWS = "\ufeff게시물URL,조치결과,조치일시\n" + "\n".join([
    f"{N[6]},삭제,2024-09-05 10:11",
    f"{N[7]},삭제,2024-09-05 10:12",
    f"{N[8]},임시조치,2024-09-05 10:15",
    f"{N[10]},해당 게시물 없음,-",
    f"{N[11]},삭제,2024-09-05 10:20",
    f"{N[12]},삭제,2024-09-05 10:21",
]) + "\n"

case(
    name="naver-csv-attachment-results",
    **{"from": "content-policy@navercorp.com"},
    name_from=enc("네이버 콘텐츠정책팀"),
    date="Thu, 05 Sep 2024 10:48:00 +0900",
    subject=enc("RE: 시정요구 KCSC-240903-01 조치결과 송부"),
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "=_nv_b299_csv_01", [
        part("text/plain; charset=utf-8",
             "안녕하세요, 네이버 콘텐츠정책팀입니다.\n\n"
             "KCSC-240903-01 건 중 처리가 끝난 6건의 조치결과를 첨부 CSV 파일로\n"
             "송부드립니다. 나머지 건은 확인되는 대로 별도로 회신드리겠습니다.\n\n"
             "감사합니다.\n콘텐츠정책팀 드림\n"),
        part('text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"', b64(CSV_ROWS),
             cte="base64",
             extra=['Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="portal policy team sending a result spreadsheet (CSV, UTF-8 with BOM) as attachment",
    why="CSV rows give one result per URL; body only says the rest will follow",
    items={N[6]: "removed", N[7]: "removed", N[8]: "restricted", N[10]: "not_found",
           N[11]: "removed", N[12]: "removed"},
)

case(
    name="naver-cafe-url-then-arrow-result",
    **{"from": "cafe_support@naver.com"},
    name_from=enc("네이버 카페 운영지원"),
    date="Wed, 04 Sep 2024 16:27:05 +0900",
    subject=enc("Re: 카페 게시물 시정요구 (KCSC-240903-01)"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 카페 운영지원 담당자입니다.

보내주신 KCSC-240903-01 건 가운데 카페 게시물 처리 결과 안내드립니다.

{N[4]}
→ 게시중단 완료

{N[5]}
→ 작성자가 이미 삭제한 게시글이라 확인되지 않습니다

{N[6]}
→ 게시중단 완료

{N13RAW}
→ 게시중단 완료

블로그·지식iN 게시물은 각 서비스 담당 부서에서 따로 회신드릴 예정입니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="informal NAVER Cafe operator reply, bare URL with its result on the line below",
    why="each URL is followed by its own result line; the raw Korean cafe path matches its encoded form",
    items={N[4]: "removed", N[5]: "not_found", N[6]: "removed", N[13]: "removed"},
)

case(
    name="naver-blog-blind-single-prose",
    **{"from": "noreply@navercorp.com"},
    name_from=enc("네이버 블로그"),
    date="Fri, 13 Sep 2024 11:15:40 +0900",
    subject=enc("[NAVER] 게시중단 요청 처리 결과 안내"),
    body=f"""
안녕하세요. 네이버 블로그 고객센터입니다.

방송통신심의위원회에서 요청하신 블로그 게시물
{S1} 은
네이버 블로그 운영정책 위반으로 확인되어 블라인드 처리되었습니다.

블라인드 처리된 게시물은 작성자 외 다른 이용자에게 노출되지 않습니다.
운영정책 안내: https://blog.naver.com/blogpeople/policy

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 블라인드 처리 notice",
    why="the requested post is stated blinded (블라인드 = removed); the policy link is not an item",
    items={S1: "removed"},
)

case(
    name="naver-temporary-measure-sole-item",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Fri, 13 Sep 2024 15:02:18 +0900",
    subject=enc("[회신] KCSC-240912-06 임시조치 결과"),
    reply_to_req=rid("KCSC-240912-06"),
    body="""
안녕하십니까, 네이버 정책협력실입니다.

귀 위원회에서 요청번호 KCSC-240912-06 으로 요청하신 블로그 게시물 1건에 대하여
정보통신망법 제44조의2에 따라 2024. 9. 13.자로 임시조치(30일)를 하였습니다.

임시조치 기간 중 작성자의 재게시 요청이 접수될 경우 별도로 알려드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 임시조치 (정보통신망법 44조의2) notice for a one-item request",
    why="one-item request, the sole statement is a 30-day 임시조치 (restricted) of that post",
    items={S1: "restricted"},
)

case(
    name="naver-top-posted-over-outlook-original",
    **{"from": "jiwoo.kang@navercorp.com"},
    name_from=enc("강지우"),
    date="Thu, 05 Sep 2024 09:31:47 +0900",
    subject=enc("RE: [시정요구] KCSC-240903-01 불법 도박 정보"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 강지우입니다.

아래 두 건은 오늘 오전 삭제 완료했습니다.
- {N[8]}
- {N[11]}

나머지 건은 부서별로 확인 중이며 결과 나오는 대로 다시 회신드리겠습니다.

강지우 | 네이버 콘텐츠정책팀

-----Original Message-----
From: {FROM_KCSC}
Sent: Tuesday, September 3, 2024 10:00 AM
To: policy@navercorp.com
Subject: [시정요구] KCSC-240903-01 불법 도박 정보

{request_text("KCSC-240903-01", [N[i] for i in range(1, 14)], raw={N[9]: N9RAW, N[13]: N13RAW})}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply by a NAVER staff member over our full request",
    why="two items stated deleted above the Original Message; the quoted request changes nothing",
    items={N[8]: "removed", N[11]: "removed", N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-quoted-printable-three-results",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Wed, 04 Sep 2024 18:20:09 +0900",
    subject=enc("Re: KCSC-240903-01 처리 결과"),
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=part("text/plain; charset=utf-8", qp(f"""안녕하세요. 네이버 정책협력실입니다.

요청하신 게시물 중 3건의 처리 결과를 알려드립니다.

1) {N[1]}
   - 삭제 완료

2) {N[3]}
   - 해당 게시물은 존재하지 않습니다.

3) {N[7]}
   - 검토 결과 운영원칙 위반 사항이 확인되지 않아 게시를 유지합니다.

감사합니다.
"""), cte="quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="quoted-printable Korean reply from a portal policy desk, numbered results",
    why="three numbered URLs each with an unhedged result: deleted, does not exist, kept as not violating",
    items={N[1]: "removed", N[3]: "not_found", N[7]: "rejected"},
)

B64_HTML = f"""<div style="font-family:'Nanum Gothic'">
<p>안녕하세요, 네이버 고객센터입니다.</p>
<p>KCSC-240903-01 시정요구 건 관련하여 아래와 같이 조치하였습니다.</p>
<ul>
<li><a href="{N[2]}">{N[2]}</a> : 삭제</li>
<li><a href="{N[10]}">{N[10]}</a> : 비공개 처리</li>
<li><a href="{N[12]}">{N[12]}</a> : 게시물이 존재하지 않아 조치할 수 없습니다</li>
</ul>
<p>감사합니다.<br>네이버 고객센터 드림</p>
</div>"""

case(
    name="naver-base64-html-list",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Fri, 06 Sep 2024 10:05:33 +0900",
    subject=enc("[네이버 고객센터] 문의하신 내용에 대한 답변입니다"),
    raw_mime=part("text/html; charset=utf-8", b64(B64_HTML), cte="base64"),
    outcome="applied", classification="confirmation",
    imitates="NAVER customer-centre answer mail, base64 HTML with a bullet list",
    why="three bulleted URLs: deleted, made private (removed), does not exist",
    items={N[2]: "removed", N[10]: "removed", N[12]: "not_found"},
)

case(
    name="kakao-gongmun-circled-numbers",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책협력팀"),
    date="Mon, 09 Sep 2024 13:44:02 +0900",
    subject=enc("[카카오] 시정요구(KCSC-240905-02) 조치결과 회신"),
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
수신: 방송통신심의위원회
제목: 시정요구(KCSC-240905-02) 조치결과 회신

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 귀 기관에서 요청하신 개인정보 노출 게시물에 대한 당사의 조치결과를 다음과 같이
   알려드립니다.

  ① {K1RAW}
     - 조치결과: 삭제
  ② {K[2]}
     - 조치결과: 임시조치 (30일)
  ③ {K[3]}
     - 조치결과: 작성자에 의해 이미 삭제되어 존재하지 않는 게시물
  ④ {K[4]}
     - 조치결과: 조치하지 않음 (검토 결과 개인정보 노출이 확인되지 않음)

3. 기타 문의사항은 정책협력팀으로 연락 주시기 바랍니다.  끝.

주식회사 카카오 정책협력팀
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 공문-style 조치결과 회신 with circled-number items",
    why="four items, each with its own 조치결과: deleted, 임시조치, deleted by author, no action (no violation found)",
    items={K[1]: "removed", K[2]: "restricted", K[3]: "not_found", K[4]: "rejected"},
)

case(
    name="daum-cafe-statement-then-url-lines",
    **{"from": "cafe_notice@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Fri, 06 Sep 2024 16:10:27 +0900",
    subject=enc("[Daum 카페] 신고 게시물 처리 안내"),
    body=f"""
안녕하세요. Daum 카페 운영팀입니다.

방송통신심의위원회에서 신고하신 게시물(KCSC-240905-02)의 처리 결과를 안내드립니다.

아래 게시물은 Daum 카페 운영정책 위반으로 게시중단 처리되었습니다.

{K[1]}
{K2RAW}

아래 게시물은 이미 삭제되어 확인되지 않습니다.

{K[3]}

Daum 카페 운영정책: https://cafe.daum.net/_c21_/cafe_policy
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Daum Cafe report-outcome notice, statement line followed by the URLs it covers",
    why="each statement names its URLs on the lines below it; the policy link is not an item",
    items={K[1]: "removed", K[2]: "removed", K[3]: "not_found"},
)

case(
    name="kakaotv-sole-item-no-url",
    **{"from": "tv_cs@kakaocorp.com"},
    name_from=enc("카카오TV 운영팀"),
    date="Fri, 13 Sep 2024 17:55:12 +0900",
    subject=enc("Re: [시정요구] KCSC-240913-07"),
    reply_to_req=rid("KCSC-240913-07"),
    body="""
안녕하세요, 카카오TV 운영팀입니다.

요청번호 KCSC-240913-07 관련하여, 요청하신 카카오TV 클립 1건을
운영정책(음란물) 위반으로 삭제 조치 완료하였습니다.

해당 채널에는 운영정책에 따라 경고 조치가 함께 부과되었습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="KakaoTV operator reply confirming deletion of the one requested clip without repeating the URL",
    why="one-item request; the sole statement says the requested clip was deleted",
    items={T1: "removed"},
)

case(
    name="kakao-angle-brackets-korean-particles",
    **{"from": "report@kakao.com"},
    name_from=enc("카카오 신고센터"),
    date="Tue, 10 Sep 2024 10:22:45 +0900",
    subject=enc("RE: 개인정보 노출 게시물 (KCSC-240905-02)"),
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
안녕하세요 카카오 신고센터입니다.

<{K1RAW}>은 오늘 삭제 처리했고,
{K[3]}는 티스토리 운영정책에 따라 비공개 전환했습니다.
채널 게시물 <{K[4]}>도 채널 운영정책 위반으로 삭제되었습니다.

추가로 확인이 필요한 부분 있으시면 회신 주세요.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao report-centre staff reply in running Korean prose, URLs in angle brackets and followed by particles",
    why="three unhedged statements, each naming its URL (은/는 particles, angle brackets)",
    items={K[1]: "removed", K[3]: "removed", K[4]: "removed"},
)

case(
    name="youtube-korean-legal-geo-block",
    **{"from": "legal-kr@google.com"},
    name_from=enc("YouTube 법무팀"),
    date="Tue, 10 Sep 2024 08:14:30 +0900",
    subject=enc("[YouTube] 법률 신고에 대한 조치 안내 - KCSC-240906-03"),
    body=f"""
안녕하세요.

YouTube에 보내주신 법률 신고(KCSC-240906-03)를 검토했습니다.

검토 결과, 아래 동영상은 대한민국 현지 법률에 위반되는 것으로 판단되어
한국 내에서 해당 콘텐츠에 대한 액세스를 차단했습니다.

  - {Y[1]}
  - {Y[2]}

또한 아래 Shorts 동영상은 YouTube 커뮤니티 가이드 위반으로 삭제되었습니다.

  - {Y[3]}

YouTube의 법률 정책에 관한 자세한 내용은 https://support.google.com/youtube/answer/6154218 에서
확인하실 수 있습니다.

감사합니다.
YouTube 법무팀
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube legal-removal outcome in Korean (local-law block in Korea vs. guideline removal)",
    why="two videos blocked in Korea only (restricted), one removed globally; the support link is not an item",
    items={Y[1]: "restricted", Y[2]: "restricted", Y[3]: "removed"},
)

case(
    name="youtube-english-with-korean-summary",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Wed, 11 Sep 2024 03:48:19 +0900",
    subject="Re: [8-9931000024417] Legal complaint KCSC-240906-03",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hello,

Thank you for your legal complaint (reference KCSC-240906-03).

After review, we have restricted access to the following content in South Korea,
based on local law:
{Y[1]}

We reviewed the following content and determined that it does not violate our
Community Guidelines or local law. We will not take action on this content:
{Y[2]}

You can learn more about our policies at https://www.youtube.com/howyoutubeworks/policies/.

[요약] 첫 번째 동영상은 한국 내 접근 제한, 두 번째 동영상은 위반 사항이 없어 조치하지 않았습니다.

Regards,
The YouTube Legal Team
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Legal Support outcome mail (English with a Korean summary line)",
    why="one video restricted in South Korea, one kept after review (rejected)",
    items={Y[1]: "restricted", Y[2]: "rejected"},
)

case(
    name="youtube-age-restriction-and-removal",
    **{"from": "noreply-legal@youtube.com"},
    name_from="YouTube",
    date="Thu, 12 Sep 2024 12:30:00 +0900",
    subject=enc("YouTube 신고 처리 결과 (KCSC-240906-03)"),
    body=f"""
안녕하세요. YouTube 신뢰 및 안전팀입니다.

보내주신 신고에 대한 처리 결과를 알려드립니다.

{Y[3]} : 연령 제한 적용 (만 18세 미만 시청 불가)
{Y[1]} : 커뮤니티 가이드 위반(규제 상품)으로 동영상 삭제

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="YouTube Trust & Safety report outcome in Korean, one line per URL",
    why="Shorts age-restricted (restricted), one video deleted",
    items={Y[3]: "restricted", Y[1]: "removed"},
)

case(
    name="dcinside-informal-operator-reply",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Tue, 10 Sep 2024 19:08:33 +0900",
    subject=enc("Re: 게시물 삭제 요청드립니다 (KCSC-240909-04)"),
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

요청 주신 글들 확인했고요,
{D[1]}
{D[2]}
이 두 글은 삭제했습니다.

{D[4]} 이건 작성자가 이미 지운 글이라 따로 조치할 게 없었습니다.

나머지는 확인 후 다시 연락드릴게요.
수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="informal DC Inside operator reply",
    why="two URLs followed by '이 두 글은 삭제했습니다' (removed); one already deleted by its author (not_found)",
    items={D[1]: "removed", D[2]: "removed", D[4]: "not_found"},
)

case(
    name="dcinside-numbered-five-results",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Wed, 11 Sep 2024 11:40:21 +0900",
    subject=enc("[디시인사이드] 시정요구 처리 결과 회신 - KCSC-240909-04"),
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
방송통신심의위원회 담당자님께

디시인사이드 신고센터입니다. 요청하신 5건의 처리 결과입니다.

1. {D[1]}
   삭제
2. {D[2]}
   삭제 및 작성자 IP 차단
3. {D[3]}
   삭제
4. {D[4]}
   해당 게시물 없음 (이미 삭제된 글)
5. {D[5]}
   검토 결과 삭제 사유에 해당하지 않아 유지

감사합니다.
디시인사이드 신고센터
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside report-desk numbered result list",
    why="five numbered URLs, each with its result on the next line",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "rejected"},
)

D4_WRAPPED = D[4].replace("&no=", "\n   &no=")
case(
    name="dcinside-wrapped-url-in-angle-brackets",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Thu, 12 Sep 2024 09:12:09 +0900",
    subject=enc("Re: 여의도톡 마이너 갤러리 게시물 (KCSC-240909-04)"),
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
안녕하세요, 디시인사이드 운영팀입니다.

말씀하신 여의도톡 마이너 갤러리 게시물 두 건 모두 삭제 처리했습니다.

  <{D[3]}>
  <{D4_WRAPPED}>

해당 갤러리 매니저에게도 관리 강화를 요청해 두었습니다.
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text operator reply whose mailer hard-wrapped a long URL inside angle brackets",
    why="'두 건 모두 삭제' followed by both URLs (the second wrapped inside <...>, RFC 3986 App. C); both removed",
    items={D[3]: "removed", D[4]: "removed"},
)

case(
    name="band-report-result-squares",
    **{"from": "noreply@band.us"},
    name_from=enc("BAND 운영팀"),
    date="Thu, 12 Sep 2024 14:50:48 +0900",
    subject=enc("[BAND] 신고하신 게시글 처리 결과 안내"),
    body=f"""
안녕하세요. BAND 운영팀입니다.

방송통신심의위원회에서 신고하신 게시글(KCSC-240911-05) 처리 결과를 알려드립니다.

■ {B[1]}
  : 운영정책(도박) 위반으로 게시글 삭제
■ {B[2]}
  : 작성자가 이미 삭제한 게시글로 확인되지 않음

BAND 운영정책 안내: https://band.us/policy/operation
감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="BAND report-outcome notice with square bullets",
    why="both items of the two-item request named: one deleted, one already deleted by its author",
    items={B[1]: "removed", B[2]: "not_found"},
)

case(
    name="naver-gmail-reply-above-quoted-request",
    **{"from": "minji.seo@navercorp.com"},
    name_from=enc("서민지"),
    date="Wed, 04 Sep 2024 20:03:14 +0900",
    subject=enc("Re: [시정요구] KCSC-240903-01 불법 도박 정보"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 서민지입니다.

{N[3]}, {N9RAW} 두 건은 정보통신망법에 따른 임시조치를 했고,
{N[5]} 는 삭제했습니다.

다른 건들은 내일 중 회신드리겠습니다.

2024년 9월 3일 (화) 오전 10:00, KCSC 통신심의국 <takedown@kcsc.example>님이 작성:

{request_text("KCSC-240903-01", [N[i] for i in range(1, 14)], quote_prefix="> ")}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply (…님이 작성:) above the '>'-quoted request",
    why="two items 임시조치 (restricted), one deleted; quoted request lines change nothing",
    items={N[3]: "restricted", N[9]: "restricted", N[5]: "removed", N[1]: "pending"},
)

case(
    name="naver-receipt-plus-immediate-takedown",
    **{"from": "help@naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 15:40:00 +0900",
    subject=enc("[네이버 고객센터] 접수번호 NV20240903-55821 접수 및 처리 안내"),
    body=f"""
안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 보내주신 시정요구(KCSC-240903-01)가 접수번호
NV20240903-55821 로 정상 접수되었습니다.

접수된 게시물 중 아래 게시물은 확인 즉시 게시중단 처리하였습니다.
 · {N[4]}
 · {N[6]}

나머지 게시물은 담당 부서 검토 후 별도로 안내드리겠습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports an immediate takedown",
    why="receipt wording plus unhedged item statements is not a mere acknowledgement; two items 게시중단",
    items={N[4]: "removed", N[6]: "removed"},
)

case(
    name="naver-done-and-scheduled-mixed",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Fri, 06 Sep 2024 11:26:40 +0900",
    subject=enc("Re: KCSC-240903-01 진행 상황"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 정책협력실입니다. 진행 상황 공유드립니다.

- {N[1]} : 삭제 완료
- {N[2]} : 금일 중 삭제 예정
- {N[11]} : 추가 검토 후 조치 여부 안내 예정

완료되는 대로 다시 알려드리겠습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="progress update from a portal policy desk mixing done and scheduled actions",
    why="only the first line is a statement (삭제 완료); '삭제 예정' and '검토 후 안내 예정' are promises, those stay pending",
    items={N[1]: "removed", N[2]: "pending", N[11]: "pending"},
)

case(
    name="dcinside-fullwidth-brackets",
    **{"from": "admin@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date="Fri, 13 Sep 2024 16:33:20 +0900",
    subject=enc("RE: KCSC-240909-04 처리 결과"),
    reply_to_req=rid("KCSC-240909-04"),
    body=f"""
안녕하세요. 요청하신 글 처리 결과입니다。

・{D[5]}（삭제）
・{D[2]}（삭제）

이상입니다。
""",
    outcome="applied", classification="confirmation",
    imitates="terse operator reply typed with a full-width IME (（）、。・)",
    why="each bullet URL is directly followed by its result in full-width brackets: both deleted",
    items={D[5]: "removed", D[2]: "removed"},
)

case(
    name="naver-blog-pipe-table-six",
    **{"from": "blog_cs@navercorp.com"},
    name_from=enc("네이버 블로그 운영팀"),
    date="Mon, 09 Sep 2024 10:02:55 +0900",
    subject=enc("[회신] 블로그·포스트 게시물 조치결과 (KCSC-240903-01)"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요, 네이버 블로그 운영팀입니다.
시정요구 KCSC-240903-01 중 블로그·포스트·카페 게시물 6건의 조치결과입니다.

| No | URL | 조치결과 |
|----|-----|----------|
| 1 | {N[8]} | 삭제 |
| 2 | {N9RAW} | 블라인드 |
| 3 | {N[10]} | 게시중단 |
| 4 | {N[11]} | 조치 제외 (정상 게시물) |
| 5 | {N[12]} | 임시조치 |
| 6 | {N[13]} | 없는 게시물 |

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Markdown-like pipe table pasted into a plain-text reply",
    why="six rows, each URL with its 조치결과",
    items={N[8]: "removed", N[9]: "removed", N[10]: "removed", N[11]: "rejected",
           N[12]: "restricted", N[13]: "not_found"},
)

KAKAO_HTML = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240905-02) 조치결과를 아래와 같이 회신합니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>순번</th><th>정보 위치(URL)</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>1</td><td>{K1RAW}</td><td>삭제</td></tr>
<tr><td>2</td><td>{K2RAW}</td><td>삭제</td></tr>
<tr><td>3</td><td>{K[3]}</td><td>삭제</td></tr>
<tr><td>4</td><td>{K[4]}</td><td>게시물 없음</td></tr>
</tbody></table>
<p>주식회사 카카오 | 경기도 성남시 (가상 주소)</p>
</body></html>"""

case(
    name="kakao-html-table-mixed-alternative",
    **{"from": "policy@kakaocorp.com"},
    name_from=enc("카카오 정책협력팀"),
    date="Wed, 11 Sep 2024 15:18:07 +0900",
    subject=enc("[카카오] 시정요구 조치결과 (KCSC-240905-02)"),
    reply_to_req=rid("KCSC-240905-02"),
    raw_mime=multipart("alternative", "=_kk_b299_alt_26", [
        part("text/plain; charset=utf-8", qp(
            "방송통신심의위원회 귀중\n\n시정요구(KCSC-240905-02) 조치결과를 아래와 같이 회신합니다.\n\n"
            f"1. {K1RAW} - 삭제\n2. {K2RAW} - 삭제\n3. {K[3]} - 삭제\n4. {K[4]} - 게시물 없음\n\n"
            "주식회사 카카오\n"), cte="quoted-printable"),
        part("text/html; charset=utf-8", qp(KAKAO_HTML), cte="quoted-printable"),
    ]),
    outcome="applied", classification="confirmation",
    imitates="Kakao 시정요구 조치결과 table, multipart/alternative (plain + HTML table), quoted-printable",
    why="same four results in both parts: three deleted, one no such post",
    items={K[1]: "removed", K[2]: "removed", K[3]: "removed", K[4]: "not_found"},
)

# ======================= REVIEW =======================

case(
    name="naver-under-review-promise",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Wed, 04 Sep 2024 09:10:11 +0900",
    subject=enc("Re: [시정요구] KCSC-240903-01"),
    reply_to_req=rid("KCSC-240903-01"),
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

요청하신 게시물 중 아래 3건은 현재 담당 부서에서 검토 중이며,
검토가 끝나는 대로 조치 결과를 회신드리겠습니다.

{N[1]}
{N[2]}
{N[3]}

처리까지 영업일 기준 2~3일 정도 소요될 예정입니다.
감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="portal 'under review, results to follow' interim reply",
    why="names three items but only says they are under review: no statement, a person should see it",
    items={N[1]: "pending", N[2]: "pending", N[3]: "pending"},
)

case(
    name="kakao-seems-already-deleted-hedge",
    **{"from": "cafe_notice@daum.net"},
    name_from=enc("Daum 카페 운영팀"),
    date="Mon, 09 Sep 2024 17:02:40 +0900",
    subject=enc("Re: KCSC-240905-02 문의"),
    reply_to_req=rid("KCSC-240905-02"),
    body=f"""
안녕하세요, Daum 카페 운영팀입니다.

말씀하신 카페 게시물 {K[1]} 은 지금 조회가 되지 않는 것으로 보아
작성자가 이미 삭제한 것 같습니다.
{K[2]} 는 내용 확인 후 조치하겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="informal Daum Cafe operator reply that guesses and promises",
    why="'삭제한 것 같습니다' is a hedge and '확인 후 조치하겠습니다' a promise: nothing to apply",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="naver-all-requested-bulk",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Mon, 09 Sep 2024 18:30:00 +0900",
    subject=enc("[회신] 시정요구(KCSC-240903-01) 조치 완료"),
    reply_to_req=rid("KCSC-240903-01"),
    body="""
수신: 방송통신심의위원회 통신심의국

1. 귀 위원회의 무궁한 발전을 기원합니다.
2. 시정요구(KCSC-240903-01)와 관련하여, 요청하신 게시물 전체에 대하여
   게시중단 조치를 완료하였음을 알려드립니다.  끝.

네이버 주식회사 정책협력실
""",
    outcome="review", review="bulk",
    imitates="short 공문 saying every requested post was taken down, without listing them",
    why="a 13-item request confirmed as a whole without naming each item: bulk",
    items={N[1]: "pending", N[13]: "pending"},
)

case(
    name="band-both-deleted-bulk",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Fri, 13 Sep 2024 10:44:18 +0900",
    subject=enc("Re: [시정요구] KCSC-240911-05"),
    reply_to_req=rid("KCSC-240911-05"),
    body="""
안녕하세요. BAND 고객센터입니다.

요청번호 KCSC-240911-05 로 요청하신 게시글 2건 모두 운영정책 위반으로
삭제 처리했습니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="BAND customer-centre reply confirming 'both posts' without URLs",
    why="two-item request confirmed as a whole ('2건 모두') without naming each: bulk",
    items={B[1]: "pending", B[2]: "pending"},
)

case(
    name="naver-dmarc-fail-spoof",
    **{"from": "policy@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 정책협력실"),
    date="Thu, 05 Sep 2024 02:14:55 +0900",
    subject=enc("[회신] KCSC-240903-01 조치결과"),
    body=f"""
안녕하세요. 네이버 정책협력실입니다.

요청하신 게시물 처리 결과입니다.
{N[1]} - 삭제
{N[2]} - 삭제
{N[8]} - 삭제

상세 내역은 아래 링크에서 로그인 후 확인하세요.
http://naver-policy-check.example/login
""",
    outcome="review", review="untrusted",
    imitates="mail claiming to be NAVER that fails DKIM/SPF/DMARC",
    why="NAVER sender domain but authentication fails: nothing applied",
    items={N[1]: "pending", N[2]: "pending", N[8]: "pending"},
)

case(
    name="kakao-law-firm-unknown-sender",
    **{"from": "kakao.counsel@hanbit-law.co.kr"},
    name_from=enc("법무법인 한빛"),
    date="Tue, 10 Sep 2024 16:05:00 +0900",
    subject=enc("주식회사 카카오 대리 - 시정요구(KCSC-240905-02) 관련 회신"),
    body=f"""
방송통신심의위원회 귀중

당 법인은 주식회사 카카오(이하 "카카오")를 대리하여 귀 위원회의 시정요구
(KCSC-240905-02)에 관하여 다음과 같이 회신합니다.

1. {K1RAW} : 카카오는 2024. 9. 9. 위 게시물을 삭제하였습니다.
2. {K[2]} : 카카오는 위 게시물에 대하여 임시조치를 하였습니다.

법무법인 한빛 담당변호사 (가상)
""",
    outcome="review", review="unknown_sender",
    imitates="law firm answering on a platform's behalf from its own domain",
    why="statements about Kakao items from a domain that is no platform's: a person must check",
    items={K[1]: "pending", K[2]: "pending"},
)

case(
    name="dcinside-gallery-manager-gmail",
    **{"from": "yeouido.talk.manager@gmail.com"},
    name_from=enc("여의도톡 매니저"),
    date="Tue, 10 Sep 2024 23:41:09 +0900",
    subject=enc("요청하신 글 지웠습니다"),
    body=f"""
안녕하세요 여의도톡 마이너 갤러리 매니저입니다.
운영팀 통해서 말씀 전달받았어요.

{D[3]}
{D[4]}

두 개 다 지웠고 작성자는 갤 차단했습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager replying from a personal webmail address",
    why="claims about DC Inside posts from gmail.com, not DC Inside's domain",
    items={D[3]: "pending", D[4]: "pending"},
)

case(
    name="naver-about-youtube-items-wrong-platform",
    **{"from": "search_policy@navercorp.com"},
    name_from=enc("네이버 검색정책팀"),
    date="Tue, 10 Sep 2024 13:20:30 +0900",
    subject=enc("[회신] 동영상 게시물 관련 문의"),
    body=f"""
안녕하세요, 네이버 검색정책팀입니다.

참조로 전달받은 동영상 게시물 관련하여 회신드립니다.

{Y[1]}
→ 네이버 서비스가 아닌 YouTube 게시물로, 당사에서 삭제할 수 없습니다.

{Y[2]}
→ 네이버 통합검색 결과에서 노출 제외 처리했습니다.

원 게시물 조치는 YouTube 측에 요청하시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="NAVER search-policy reply about another platform's videos",
    why="NAVER states results for YouTube items: not NAVER's to settle",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="youtube-asks-statute-and-timestamps",
    **{"from": "legal-kr@google.com"},
    name_from=enc("Google 법무팀"),
    date="Mon, 09 Sep 2024 10:51:27 +0900",
    subject=enc("[YouTube] 추가 정보 요청 - KCSC-240906-03"),
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
안녕하세요.

보내주신 요청(KCSC-240906-03)을 처리하기 위해 추가 정보가 필요합니다.
아래 각 동영상에 대해 위반되는 법률 조항과 문제되는 구간(타임스탬프)을
회신해 주시기 바랍니다.

- {Y[1]}
- {Y[2]}

정보를 받는 대로 검토를 계속하겠습니다. 이 메일에 회신하여 주시면 됩니다.

감사합니다.
Google 법무팀
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Google/YouTube request for the statute and timestamps before acting",
    why="asks the regulator for more information; no status stated",
    items={Y[1]: "pending", Y[2]: "pending"},
)

case(
    name="naver-contact-change-no-claims",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Wed, 04 Sep 2024 10:00:00 +0900",
    subject=enc("[안내] 하반기 시정요구 접수 담당자 변경 안내"),
    body="""
안녕하십니까, 네이버 정책협력실입니다.

2024년 9월 2일부터 시정요구 접수 및 회신 담당자가 아래와 같이 변경되어
안내드립니다.

 - 담당: 콘텐츠정책팀 윤서하
 - 연락처: policy@navercorp.com / 031-000-0000

기존과 같이 policy@navercorp.com 으로 보내주시면 됩니다.
감사합니다.
""",
    outcome="review", review="no_claims", classification="other",
    imitates="platform notice of a change of contact person",
    why="trusted NAVER mail naming no item and no request",
    items={},
)

case(
    name="youtube-may-have-been-removed-hedge",
    **{"from": "youtube-legal-support@google.com"},
    name_from="YouTube Legal Support",
    date="Sat, 07 Sep 2024 06:12:44 +0900",
    subject="Re: Legal complaint KCSC-240906-03",
    reply_to_req=rid("KCSC-240906-03"),
    body=f"""
Hello,

Thanks for reaching out. Our records indicate that the video at
{Y[3]} may have already been removed by the uploader.

We are still reviewing {Y[1]} and {Y[2]} and will follow up
once our review is complete.

Regards,
The YouTube Legal Team
""",
    outcome="review", review="not_understood",
    imitates="YouTube Legal Support interim reply with 'may have already been removed'",
    why="hedge ('may have') and 'still reviewing': names items, states nothing",
    items={Y[1]: "pending", Y[2]: "pending", Y[3]: "pending"},
)

HWP_BYTES = bytes((i * 37 + 11) % 256 for i in range(1200))
case(
    name="naver-hwp-gongmun-attachment",
    **{"from": "policy@navercorp.com"},
    name_from=enc("네이버 정책협력실"),
    date="Tue, 10 Sep 2024 17:25:00 +0900",
    subject=enc("[회신] 시정요구(KCSC-240903-01) 조치결과 공문 송부"),
    reply_to_req=rid("KCSC-240903-01"),
    raw_mime=multipart("mixed", "=_nv_b299_hwp_37", [
        part("text/plain; charset=utf-8",
             "안녕하십니까, 네이버 정책협력실입니다.\n\n"
             "시정요구(KCSC-240903-01)에 대한 조치결과를 첨부 공문(한글 파일)으로\n"
             "회신드립니다. 확인 부탁드립니다.\n\n감사합니다.\n"),
        part('application/x-hwp; name="=?UTF-8?B?' + base64.b64encode("조치결과_회신.hwp".encode()).decode()
             + '?="', b64(HWP_BYTES), cte="base64",
             extra=['Content-Disposition: attachment; filename="=?UTF-8?B?'
                    + base64.b64encode("조치결과_회신.hwp".encode()).decode() + '?="']),
    ]),
    outcome="review", review="unreadable_attachment",
    imitates="Korean 공문 sent as a Hangul (.hwp) attachment with a one-line cover note",
    why="the results are only in a .hwp file the tool cannot read",
    items={},
)

# ======================= IGNORED =======================

case(
    name="naver-chuseok-out-of-office",
    **{"from": "jiwoo.kang@navercorp.com"},
    name_from=enc("강지우"),
    date="Mon, 16 Sep 2024 08:00:12 +0900",
    subject=enc("[자동응답] 부재중입니다 Re: [시정요구] KCSC-240903-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요, 강지우입니다.

추석 연휴로 9월 16일(월)부터 9월 18일(수)까지 부재중입니다.
급한 건은 콘텐츠정책팀 대표 메일(policy@navercorp.com)로 연락 부탁드립니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (추석 연휴 부재중)",
    why="auto-reply: ignored even though the subject carries our reference",
    items={},
)

ORIG_KAKAO = f"""From: {FROM_KCSC}
To: privacy-kr@kakaocorp.com
Subject: =?UTF-8?B?{base64.b64encode("[시정요구] KCSC-240905-02 개인정보 노출".encode()).decode()}?=
Date: Thu, 05 Sep 2024 11:30:00 +0900
Message-ID: <{msgid("KCSC-240905-02")}>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{request_text("KCSC-240905-02", [K[i] for i in range(1, 5)], raw={K[1]: K1RAW})}
"""

case(
    name="kakao-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@kakaocorp.com"},
    name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:30:41 +0900",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "B299.1725503441/mx2.kakaocorp.com", [
        part("text/plain; charset=us-ascii",
             "This is the mail system at host mx2.kakaocorp.com.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "<privacy-kr@kakaocorp.com>: host mail-in.kakaocorp.com[203.0.113.45] said:\n"
             "    550 5.1.1 <privacy-kr@kakaocorp.com>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table\n", cte="7bit",
             extra=["Content-Description: Notification"]),
        part("message/delivery-status",
             "Reporting-MTA: dns; mx2.kakaocorp.com\n"
             "X-Postfix-Queue-ID: 4WzQ1c0Lk2z9B\n"
             "Arrival-Date: Thu,  5 Sep 2024 11:30:40 +0900 (KST)\n\n"
             "Final-Recipient: rfc822; privacy-kr@kakaocorp.com\n"
             "Original-Recipient: rfc822;privacy-kr@kakaocorp.com\n"
             "Action: failed\nStatus: 5.1.1\n"
             "Remote-MTA: dns; mail-in.kakaocorp.com\n"
             "Diagnostic-Code: smtp; 550 5.1.1 <privacy-kr@kakaocorp.com>: Recipient\n"
             "    address rejected: User unknown in virtual mailbox table\n", cte="7bit",
             extra=["Content-Description: Delivery report"]),
        part("message/rfc822", ORIG_KAKAO, cte="8bit",
             extra=["Content-Description: Undelivered Message"]),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning our Kakao request with its URLs",
    why="bounce: the URLs are only in the returned request",
    items={K[1]: "pending"},
)

case(
    name="dcinside-mdn-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 신고센터"),
    date="Mon, 09 Sep 2024 14:22:03 +0900",
    subject=enc("읽음: [시정요구] KCSC-240909-04 차별·비하 게시물"),
    raw_mime=multipart("report", "----=_MDN_b299_dc_40", [
        part("text/plain; charset=utf-8",
             "보낸 메시지를 수신자가 읽었습니다.\n\n"
             "받는 사람: report@dcinside.com\n"
             "제목: [시정요구] KCSC-240909-04 차별·비하 게시물\n"
             "읽은 시각: 2024-09-09 (월) 오후 2:22\n"),
        part("message/disposition-notification",
             "Reporting-UA: mail.dcinside.com; Webmail\n"
             "Final-Recipient: rfc822; report@dcinside.com\n"
             f"Original-Message-ID: <{msgid('KCSC-240909-04')}>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n", cte="7bit"),
    ], extra="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Korean webmail read receipt (읽음 확인, MDN)",
    why="read receipt: says only that our request was displayed",
    items={},
)

case(
    name="naver-help-ticket-receipt",
    **{"from": "noreply@help.naver.com"},
    name_from=enc("네이버 고객센터"),
    date="Tue, 03 Sep 2024 10:02:31 +0900",
    subject=enc("[네이버 고객센터] 문의가 접수되었습니다 (접수번호 NV20240903-55790)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요, 네이버 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

 · 접수번호: NV20240903-55790
 · 접수일시: 2024.09.03 10:02
 · 문의유형: 권리침해/게시중단 요청

담당자가 확인 후 순차적으로 답변드리겠습니다.
답변은 접수 순서에 따라 처리되며, 문의량에 따라 지연될 수 있습니다.

※ 본 메일은 발신 전용이므로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER help-centre ticket receipt",
    why="pure receipt with a ticket number, no statement about any item",
    items={},
)

case(
    name="youtube-korean-receipt",
    **{"from": "legal-noreply@google.com"},
    name_from="YouTube",
    date="Fri, 06 Sep 2024 09:41:20 +0900",
    subject=enc("[8-9931000024417] YouTube 법률 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요.

YouTube 법률 지원팀에 보내주신 신고가 접수되었습니다.
참조 번호: 8-9931000024417

신고 내용을 검토한 후 다시 연락드리겠습니다. 추가 정보가 필요한 경우
이 참조 번호로 회신해 주세요.

YouTube 법률 지원팀
""",
    outcome="ignored", classification="acknowledgement",
    imitates="YouTube legal-complaint auto-receipt in Korean",
    why="automatic receipt; 'will review' is the receipt's promise, no item status",
    items={},
)

case(
    name="band-busy-autoresponder",
    **{"from": "help@band.us"},
    name_from=enc("BAND 고객센터"),
    date="Wed, 11 Sep 2024 10:16:02 +0900",
    subject=enc("[자동회신] BAND 고객센터 문의 접수 안내"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. BAND 고객센터입니다.

본 메일은 자동회신 메일입니다.
현재 문의량이 많아 답변이 평소보다 늦어지고 있습니다.
보내주신 메일은 접수 순서대로 확인 후 답변드리겠습니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="customer-centre autoresponder ('문의량이 많아 답변 지연')",
    why="auto-reply without any item or result",
    items={},
)

ORIG_DC = f"""Return-Path: <takedown@kcsc.example>
From: {FROM_KCSC}
To: report@dcinside.com
Subject: =?UTF-8?B?{base64.b64encode("[시정요구] KCSC-240909-04".encode()).decode()}?=
Date: Mon, 09 Sep 2024 14:00:00 +0900
Message-ID: <{msgid("KCSC-240909-04")}>
"""

case(
    name="dcinside-dsn-mailbox-full",
    **{"from": "MAILER-DAEMON@mail.dcinside.com"},
    name_from="Mail Delivery System",
    date="Mon, 09 Sep 2024 14:05:09 +0900",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=multipart("report", "B299.dc.delay.45", [
        part("text/plain; charset=us-ascii",
             "This is the mail system at host mail.dcinside.com.\n\n"
             "####################################################################\n"
             "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
             "####################################################################\n\n"
             "Your message could not be delivered for 5 minutes.\n"
             "It will be retried until it is 5 days old.\n\n"
             "<report@dcinside.com>: temporary failure: mailbox is full (quota exceeded)\n",
             cte="7bit"),
        part("message/delivery-status",
             "Reporting-MTA: dns; mail.dcinside.com\n"
             "Arrival-Date: Mon,  9 Sep 2024 14:00:02 +0900 (KST)\n\n"
             "Final-Recipient: rfc822; report@dcinside.com\n"
             "Action: delayed\nStatus: 4.2.2\n"
             "Diagnostic-Code: x-unix; mailbox is full (quota exceeded)\n"
             "Will-Retry-Until: Sat, 14 Sep 2024 14:00:02 +0900 (KST)\n", cte="7bit"),
        part("text/rfc822-headers", ORIG_DC, cte="8bit"),
    ], extra="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delayed-delivery warning (mailbox full) with the original headers",
    why="delivery-status notification: ignored",
    items={},
)


HEADER = """# Blind set 299 (Korean focus) -- written from each email's meaning before
# any run of the reader. Generated by make.py; do not edit by hand."""


def main():
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, CASES)


if __name__ == "__main__":
    main()
