#!/usr/bin/env python3
"""Blind set 693: Korean portals and community sites (NAVER, Daum, DC Inside,
SOOP, FM Korea, Clien, Ppomppu, with Inven as a stray sender), mixing Korean
and English, plus the doubtful and ignorable mail a regulator's mailbox gets.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind693/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import email.utils
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

KST = datetime.timezone(datetime.timedelta(hours=9))


def d(day, h, m, s=0):
    return email.utils.format_datetime(datetime.datetime(2024, 9, day, h, m, s, tzinfo=KST))


def enc(s):
    """RFC 2047 encoded-word for a header value that is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def b64(s):
    return base64.encodebytes(s.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").rstrip("\n")


# ---------------------------------------------------------------- requests
R1, R2, R3, R4, R5, R6, R7 = (
    "KCSC-240903-01", "KCSC-240905-02", "KCSC-240909-03", "KCSC-240911-04",
    "KCSC-240912-05", "KCSC-240916-06", "KCSC-240918-07",
)
DALBIT = "%EB%8B%AC%EB%B9%9B%EC%A0%95%EC%9B%90"  # 달빛정원

N = {
    1: "https://blog.naver.com/moonlit_ddal/223571100401",
    2: "https://blog.naver.com/moonlit_ddal/223571100877",
    3: "https://blog.naver.com/saebyeok_99/223569004512",
    4: "https://cafe.naver.com/hwaryeongcafe/48213",
    5: "https://cafe.naver.com/hwaryeongcafe/48290",
    6: "https://cafe.naver.com/jungo4989/1102337",
    7: "https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&docId=471200593",
    8: "https://post.naver.com/viewer/postView.naver?volumeNo=38004121&memberNo=5520871",
    9: "https://blog.naver.com/saebyeok_99/223570117730",
    10: "https://cafe.naver.com/hwaryeongcafe/48377",
    11: "https://m.blog.naver.com/greenbay_log/223566610042",
    12: "https://cafe.naver.com/jungo4989/1102901",
    13: "https://in.naver.com/" + DALBIT + "/contents/internal/770031512",
    14: "https://blog.naver.com/PostView.naver?blogId=haneul_pix&logNo=223572208819",
}
N13_RAW = "https://in.naver.com/달빛정원/contents/internal/770031512"
D = {
    1: "https://cafe.daum.net/silverfox77/Kx3b/1201",
    2: "https://cafe.daum.net/silverfox77/Kx3b/1244",
    3: "https://cafe.daum.net/bamsaecafe/7YqR/88",
    4: "https://m.cafe.daum.net/bamsaecafe/7YqR/91",
}
G = {
    1: "https://gall.dcinside.com/board/view/?id=stockus&no=7712045",
    2: "https://gall.dcinside.com/board/view/?id=stockus&no=7712399",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331870",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coinmarket&no=331902",
    5: "https://gall.dcinside.com/mini/board/view/?id=hwaseong&no=20455",
}
S = {
    1: "https://vod.sooplive.co.kr/player/140028815",
    2: "https://ch.sooplive.co.kr/nightowl0x/post/120044871",
    3: "https://vod.sooplive.co.kr/player/140031207",
}
F = {
    1: "https://www.fmkorea.com/7318840215",
    2: "https://www.fmkorea.com/7319025577",
}
C1 = "https://www.clien.net/service/board/park/18799512"
P = {
    1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9120447",
    2: "https://www.ppomppu.co.kr/zboard/view.php?id=issue&no=611298",
}

REQUESTS = [
    # ref, platform, sent_at, due_at, category, message id stem, note, urls
    (R1, "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00", "obscenity",
     "req-240903-01", "NAVER blog/cafe/kin/post/influencer, 14 items", [N[i] for i in range(1, 15)]),
    (R2, "daum", "2024-09-05T10:30:00+09:00", "2024-09-12T23:59:59+09:00", "defamation",
     "req-240905-02", "Daum cafe posts", [D[i] for i in range(1, 5)]),
    (R3, "dcinside", "2024-09-09T11:00:00+09:00", "2024-09-16T23:59:59+09:00", "gambling",
     "req-240909-03", "DC Inside gallery posts", [G[i] for i in range(1, 6)]),
    (R4, "soop", "2024-09-11T15:20:00+09:00", "2024-09-18T23:59:59+09:00", "obscenity",
     "req-240911-04", "SOOP VODs and a channel post", [S[i] for i in range(1, 4)]),
    (R5, "fmkorea", "2024-09-12T09:40:00+09:00", "2024-09-19T23:59:59+09:00", "privacy",
     "req-240912-05", "FM Korea posts", [F[1], F[2]]),
    (R6, "clien", "2024-09-16T10:00:00+09:00", "2024-09-23T23:59:59+09:00", "defamation",
     "req-240916-06", "Clien park board post", [C1]),
    (R7, "ppomppu", "2024-09-18T13:30:00+09:00", "2024-09-25T23:59:59+09:00", "drugs",
     "req-240918-07", "Ppomppu board posts", [P[1], P[2]]),
]


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, mid, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def quoted(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)


def request_text(ref, urls):
    out = [
        "안녕하세요. 방송통신심의위원회 통신심의국입니다.",
        "",
        "아래 정보에 대하여 정보통신망법 제44조의7에 따라 시정요구하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
    ]
    for i, u in enumerate(urls, 1):
        out.append(f"{i}. {u}")
    out += ["", "방송통신심의위원회 드림"]
    return out


REQ_N = request_text(R1, [N[i] for i in range(1, 15)])
REQ_C = request_text(R6, [C1])
REQ_P = request_text(R7, [P[1], P[2]])
REQ_D = request_text(R2, [D[i] for i in range(1, 5)])

NAVER_HELP = "https://help.naver.com/service/5614/contents/19011"
SOOP_POLICY = "https://www.sooplive.co.kr/policy/operation"

cases = []


def case(**kw):
    cases.append(kw)


# ======================================================================
# NAVER (R1, 14 items)
# ======================================================================
case(
    name="naver-kcsc-result-table-html",
    **{"from": "cleanreport@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date=d(6, 17, 42),
    subject=enc(f"[NAVER] 시정요구({R1}) 조치결과 회신"),
    reply_to_req="req-240903-01",
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 네이버 주식회사 게시중단 담당자입니다.</p>
<p>귀 위원회에서 요청하신 시정요구(요청번호 {R1})에 대한 조치결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치결과</th><th>비고</th></tr>
<tr><td>1</td><td>{N[1]}</td><td>삭제</td><td>2024.09.05 조치</td></tr>
<tr><td>2</td><td>{N[2]}</td><td>삭제</td><td>2024.09.05 조치</td></tr>
<tr><td>3</td><td>{N[3]}</td><td>블라인드</td><td>게시자 이용제한 병행</td></tr>
<tr><td>4</td><td>{N[4]}</td><td>임시조치(30일)</td><td>&nbsp;</td></tr>
<tr><td>5</td><td>{N[8].replace('&', '&amp;')}</td><td>게시물 없음</td><td>요청 시점 이전에 삭제됨</td></tr>
</table>
<p>나머지 요청 건은 확인이 끝나는 대로 별도로 회신드리겠습니다.<br>
게시중단 절차 안내: <a href="{NAVER_HELP}">{NAVER_HELP}</a></p>
<p>감사합니다.<br>NAVER Corp. 게시중단 담당</p>
</body></html>""",
    outcome="applied",
    classification="confirmation",
    imitates="Korean portal reply to a KCSC 시정요구 with an HTML 조치결과 table (삭제/블라인드/임시조치/게시물 없음)",
    why="trusted NAVER table: two 삭제, one 블라인드, one 임시조치, one post that no longer exists",
    items={N[1]: "removed", N[2]: "removed", N[3]: "removed", N[4]: "restricted", N[8]: "not_found"},
)

case(
    name="naver-blind-korean-prose",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d(4, 11, 5),
    subject=enc(f"Re: 시정요구 {R1} 관련 안내"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 건({R1}) 중 블로그 게시물 2건에 대해 먼저 안내드립니다.

{N[3]} 및 {N[9]} 두 게시물은 블로그 운영정책 위반으로 확인되어 블라인드 처리되었습니다.

그 외 게시물은 서비스별 담당 부서에서 확인 중이며, 결과가 나오는 대로 회신드리겠습니다.

감사합니다.
네이버 고객센터 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER customer-centre reply announcing 블라인드 처리 of blog posts",
    why="two named blog posts 블라인드 처리되었습니다 (removed); the rest is a promise naming nothing",
    items={N[3]: "removed", N[9]: "removed"},
)

CSV_BODY = (
    "\ufeffURL,처리결과,사유,처리일\n"
    f"{N[6]},삭제,음란물 게시,2024-09-06\n"
    f"{N[9]},삭제,음란물 게시,2024-09-06\n"
    f"\"{N[10]}\",접근제한(19세 미만 열람 불가),청소년 유해,2024-09-06\n"
    f"\"{N[14]}\",조치불가,위반사항 확인되지 않음,2024-09-06\n"
)
case(
    name="naver-csv-attachment",
    **{"from": "cleanreport@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date=d(6, 19, 3),
    subject=enc(f"[NAVER] {R1} 처리결과 (첨부)"),
    reply_to_req="req-240903-01",
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_nv_b693_csv"

This is a multi-part message in MIME format.

--=_nv_b693_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 네이버 게시중단 담당자입니다.

요청번호 {R1} 중 4건의 처리 결과를 첨부 파일(CSV)로 보내드립니다.
파일을 열어 확인 부탁드립니다.

감사합니다.

--=_nv_b693_csv
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{b64(CSV_BODY)}
--=_nv_b693_csv--
""",
    outcome="applied",
    classification="confirmation",
    imitates="portal result sheet exported from Excel (UTF-8 with BOM) and sent as a CSV attachment",
    why="CSV rows: two 삭제, one 접근제한 for minors (restricted), one 조치불가 with its reason (rejected)",
    items={N[6]: "removed", N[9]: "removed", N[10]: "restricted", N[14]: "rejected"},
)

case(
    name="naver-influencer-korean-path",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d(5, 9, 48),
    subject=enc(f"[네이버] 요청하신 게시물 처리 안내 ({R1})"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 네이버 인플루언서 콘텐츠 <{N13_RAW}>는 게시자에 대한 이용제한과 함께 비공개 처리되었습니다.

또한 {N[11]}에 대해서는 게시자가 이미 글을 지워 게시물이 존재하지 않음을 확인하였습니다.

이용에 불편을 드려 죄송합니다.
네이버 고객센터""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER notice in Korean with a raw Hangul URL path in angle brackets and URLs glued to particles (는/에)",
    why="the influencer post is 비공개 처리 (removed); the mobile blog post was already deleted by its author (not_found)",
    items={N[13]: "removed", N[11]: "not_found"},
)

case(
    name="naver-english-global-support",
    **{"from": "global-support@navercorp.com"},
    name_from="NAVER Global Support",
    date=d(7, 10, 15),
    subject=f"RE: Correction request {R1}",
    reply_to_req="req-240903-01",
    body=f"""Dear KCSC team,

Thank you for your patience. Please find our update on request {R1} below.

- {N[6]}
  Removed. The cafe post violated the Cafe operating principles and has been deleted.

- {N[8]}
  We could not locate this post. The link returns "This post does not exist" and no such volume is registered.

- {N[14]}
  After review we have decided to leave this blog post up. It reports on a court case in a factual way and we did not find that it breaks our policies or Korean law. The author has not been notified of your request.

If you disagree with the last decision, you may send us further material through the usual channel.

Best regards,
Minji Ha
NAVER Global Support | Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="English trust-and-safety reply per URL: removed / could not locate / left up with its reason",
    why="per-URL statements: removed, not found, rejected with a reason",
    items={N[6]: "removed", N[8]: "not_found", N[14]: "rejected"},
)

case(
    name="naver-top-posted-over-quote",
    **{"from": "jh.seo@navercorp.com"},
    name_from=enc("서지훈"),
    date=d(4, 16, 27),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R1}"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요, 네이버 서지훈입니다.

2번 항목({N[2]}) 블로그 글은 오늘 오후 삭제 완료했습니다.
나머지 항목은 내부 확인 중입니다.

서지훈 드림

2024년 9월 3일 (화) 오후 2:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_N)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail-style top-posted reply from a portal staffer above the quoted 14-URL request",
    why="only item 2 is stated deleted; the 14 URLs below are our own quoted request",
    items={N[2]: "removed"},
)

case(
    name="naver-statement-then-url",
    **{"from": "cafe_report@naver.com"},
    name_from=enc("네이버 카페 신고센터"),
    date=d(5, 15, 2),
    subject=enc(f"[네이버 카페] 신고 게시물 조치 안내 - {R1}"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 카페 신고센터입니다.

아래 게시물은 카페 운영원칙 위반으로 삭제 조치하였습니다.

{N[5]}

아래 게시물은 청소년 유해 정보로 분류하여 19세 미만 이용자의 접근을 제한하였습니다.

{N[10]}

카페 운영원칙: https://cafe.naver.com/cafeinfo/rules

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER cafe report-centre notice with each statement on the line above its URL",
    why="statement then URL below: first removed, second access limited for minors (restricted); the rules link is no item",
    items={N[5]: "removed", N[10]: "restricted"},
)

case(
    name="naver-wrapped-kin-url",
    **{"from": "kin_help@naver.com"},
    name_from=enc("네이버 지식iN"),
    date=d(9, 13, 36),
    subject=enc(f"[지식iN] 게시물 조치 결과 ({R1})"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 지식iN 운영팀입니다.

요청번호 {R1} 가운데 지식iN 질문 게시물에 대한 조치 결과를 알려드립니다.
질문 https://kin.naver.com/qna/detail.naver?d1id=6&dirId=60201&
docId=471200593 은 운영원칙 위반으로 답변과 함께 삭제되었습니다.

함께 요청하신 카페 게시물 {N[5]} 역시
카페 운영진 확인 후 삭제되었습니다.

감사합니다.
네이버 지식iN 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="plain-text Korean notice hard-wrapped by the mailer so that a long kin.naver.com URL breaks at '&'",
    why="the kin question (URL wrapped over two lines) and the cafe post are both 삭제되었습니다",
    items={N[7]: "removed", N[5]: "removed"},
)

case(
    name="naver-echoed-report",
    **{"from": "noreply@naver.com"},
    name_from=enc("네이버 신고센터"),
    date=d(5, 18, 20),
    subject=enc("[네이버] 신고하신 게시물의 처리 결과를 알려드립니다"),
    body=f"""네이버 신고센터 처리 결과 안내

신고 접수번호 : 2024090310442
신고 일시    : 2024.09.03 14:12
신고 대상    : {N[4]}
신고 사유    : 권리침해(명예훼손)
신고 내용    : {R1} 방송통신심의위원회 시정요구

처리 상태    : 처리 완료
처리 결과    : 임시조치 (30일간 열람 제한)

임시조치 기간 동안 게시자는 재게시를 요청할 수 있습니다.
자세한 내용은 {NAVER_HELP} 를 참고해 주세요.

본 메일은 발신 전용입니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="NAVER report-centre result mail that echoes the submitted report form then gives the outcome",
    why="echoed report form; the result line states 임시조치 for the reported post (restricted)",
    items={N[4]: "restricted"},
)

case(
    name="naver-ack-plus-result",
    **{"from": "help@navercorp.com"},
    name_from=enc("네이버 고객센터"),
    date=d(4, 9, 12),
    subject=enc(f"[네이버 고객센터] 문의 접수 및 답변 ({R1})"),
    body=f"""안녕하세요. 네이버 고객센터입니다.
문의가 접수되었습니다. (접수번호 NV-0904-55812)

접수와 함께 확인된 결과를 먼저 알려드립니다.
- {N[11]} : 작성자가 이미 삭제하여 존재하지 않는 게시물입니다.
- {N[12]} : 카페 운영원칙 위반으로 삭제하였습니다.

나머지 게시물에 대해서는 확인 후 다시 안내드리겠습니다.
감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="helpdesk receipt (접수번호) that also carries first results per URL",
    why="an acknowledgement phrase plus unhedged statements: not_found (author deleted) and removed",
    items={N[11]: "not_found", N[12]: "removed"},
)

# ---- NAVER review cases
case(
    name="naver-promise-to-review",
    **{"from": "cleanreport@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date=d(4, 14, 50),
    subject=enc(f"Re: 시정요구 {R1}"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

요청하신 게시물 중 아래 두 건은 담당 부서에서 검토한 뒤 조치할 예정입니다.
  - {N[1]}
  - {N[4]}

조치가 완료되면 다시 안내드리겠습니다. 양해 부탁드립니다.""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="portal interim reply promising action after internal review",
    why="'검토한 뒤 조치할 예정' is a promise, not a statement: named items stay pending",
    items={N[1]: "pending", N[4]: "pending"},
)

case(
    name="naver-bulk-all-deleted",
    **{"from": "cleanreport@navercorp.com"},
    name_from=enc("네이버 게시중단 담당"),
    date=d(10, 10, 2),
    subject=enc(f"[NAVER] 시정요구 {R1} 조치 완료"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 게시중단 담당자입니다.

{R1}로 요청하신 게시물 14건 전체에 대하여 삭제 조치를 완료하였음을 알려드립니다.

감사합니다.""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="one-line 조치 완료 notice covering a whole request",
    why="'14건 전체 삭제' names no URL for a 14-item request: bulk, items pending",
    items={u: "pending" for u in N.values()},
)

case(
    name="naver-dmarc-fail",
    **{"from": "cleanreport@navercorp.com"},
    auth="fail",
    name_from=enc("네이버 게시중단 담당"),
    date=d(6, 2, 14),
    subject=enc(f"[NAVER] {R1} 처리 결과"),
    body=f"""안녕하세요.

요청번호 {R1} 관련하여 {N[1]} 게시물은 삭제 처리되었습니다.

처리 내역 확인: http://naver-cleanreport-check.example/login""",
    outcome="review",
    review="untrusted",
    classification="confirmation",
    imitates="spoofed portal notice (DKIM/SPF/DMARC fail) pointing to a look-alike login page",
    why="NAVER domain fails authentication: the 삭제 statement is not applied",
    items={N[1]: "pending"},
)

case(
    name="naver-asks-documents",
    **{"from": "legal-kr@navercorp.com"},
    name_from=enc("네이버 법무지원팀"),
    date=d(5, 16, 40),
    subject=enc(f"Re: 시정요구 {R1} - 자료 요청"),
    reply_to_req="req-240903-01",
    body=f"""안녕하세요. 네이버 법무지원팀입니다.

요청하신 게시물 중 {N[14]} 에 대해서는 조치 여부를 판단하기 위해
아래 자료가 추가로 필요합니다.

  1. 해당 건에 대한 통신심의소위원회 의결서 사본
  2. 위반 법령 및 조항

자료를 회신해 주시면 검토 후 결과를 안내드리겠습니다.

네이버 법무지원팀 드림""",
    outcome="review",
    review="asks_more",
    classification="request_for_info",
    imitates="portal legal team asking the regulator for the decision document before acting",
    why="asks for documents about one named item; nothing stated about it",
    items={N[14]: "pending"},
)

case(
    name="naver-ooo-korean",
    **{"from": "kim.seoyeon@navercorp.com"},
    name_from=enc("김서연"),
    date=d(3, 14, 1),
    subject=enc(f"[부재중] Re: [방송통신심의위원회] 시정요구 {R1}"),
    body="""안녕하세요. 김서연입니다.

9월 3일(화)부터 9월 9일(월)까지 휴가로 부재중입니다.
메일은 복귀 후 순차적으로 확인하겠습니다.

게시중단 관련 급한 문의는 policy@navercorp.com 으로 보내주시기 바랍니다.

감사합니다.""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Korean groupware 부재중 auto-reply (no Auto-Submitted header, subject tag only)",
    why="out-of-office reply to our request; says nothing about items",
    items={},
)

case(
    name="lawfirm-objection-unknown",
    **{"from": "jslee@hangyeol-law.example"},
    auth="none",
    name_from=enc("법무법인 한결 이재성 변호사"),
    date=d(6, 11, 30),
    subject=enc(f"{R1} 관련 게시물 삭제 요구에 대한 이의"),
    body=f"""방송통신심의위원회 귀중

당 법무법인은 블로그 게시물 {N[9]} 작성자의 대리인입니다.

위 게시물은 네이버에 의해 부당하게 블라인드 처리되었습니다. 해당 게시물은 공익 목적의
사실 적시에 해당하므로, 시정요구를 재검토하여 주실 것을 요청드립니다.

법무법인 한결
변호사 이재성""",
    outcome="review",
    review="unknown_sender",
    classification="other",
    imitates="lawyer's letter on behalf of a blogger objecting to a takedown",
    why="not a platform: its claim that the post was blinded cannot change the item",
    items={N[9]: "pending"},
)

# ======================================================================
# Daum / Kakao (R2, 4 items)
# ======================================================================
case(
    name="daum-cafe-blind-list",
    **{"from": "cafe_report@kakaocorp.com"},
    name_from=enc("Daum 카페 고객센터"),
    date=d(6, 14, 22),
    subject=enc(f"[Daum 카페] 시정요구 조치 결과 안내 ({R2})"),
    reply_to_req="req-240905-02",
    body=f"""안녕하세요, Daum 카페 고객센터입니다.

요청하신 Daum 카페 게시물에 대한 조치 결과입니다.

1) {D[1]} — 게시글 블라인드 처리
2) {D[2]} — 게시글 블라인드 처리
3) {D[3]} — 임시조치(30일)

카카오 운영정책: https://www.kakao.com/policy/oppolicy

감사합니다.
카카오 Daum 카페 고객센터""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao/Daum cafe 블라인드·임시조치 result list",
    why="two 블라인드 (removed) and one 임시조치 (restricted); the policy link is no item",
    items={D[1]: "removed", D[2]: "removed", D[3]: "restricted"},
)

case(
    name="daum-author-deleted",
    **{"from": "cafe_report@kakaocorp.com"},
    name_from=enc("Daum 카페 고객센터"),
    date=d(9, 10, 5),
    subject=enc(f"Re: [방송통신심의위원회] {R2}"),
    reply_to_req="req-240905-02",
    body=f"""안녕하세요. Daum 카페 고객센터입니다.

{D[4]} 게시물은 작성자가 이미 삭제하여 현재 존재하지 않습니다.

{D[1]} 게시물은 카페 운영원칙 위반으로 삭제하였습니다.

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="Daum cafe reply distinguishing an author-deleted post from an operator deletion",
    why="author already deleted one (not_found); the other deleted by the operator (removed)",
    items={D[4]: "not_found", D[1]: "removed"},
)

QP_DAUM = f"""안녕하세요. 카카오 고객센터입니다.

시정요구({R2}) 관련하여 확인한 내용을 안내드립니다.

{D[2]} 게시글은 삭제하였습니다.
{D[3]} 게시글은 해당 카페 회원 외 접근 제한 처리하였습니다.

더 궁금하신 점이 있으시면 회신 부탁드립니다.
카카오 고객센터 드림
"""
case(
    name="daum-quoted-printable",
    **{"from": "cs_report@kakaocorp.com"},
    name_from=enc("카카오 고객센터"),
    date=d(7, 15, 11),
    subject=enc(f"[카카오] {R2} 확인 결과"),
    reply_to_req="req-240905-02",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(QP_DAUM)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="Kakao customer-centre reply in quoted-printable Korean",
    why="one 삭제 (removed), one 접근 제한 (restricted)",
    items={D[2]: "removed", D[3]: "restricted"},
)

case(
    name="daum-trust-safety-english",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(10, 9, 30),
    subject=f"Outcome of your notice {R2}",
    reply_to_req="req-240905-02",
    body=f"""Hello,

We have reviewed the items in your notice {R2}. Our decisions are set out below.

Item: {D[1]}
Decision: Content removed
Ground: Illegal content (defamation under the Information and Communications Network Act)

Item: {D[3]}
Decision: Visibility restricted - the post can now be viewed only by age-verified adult members
Ground: Content harmful to minors

Automated means were not used to reach these decisions.
More about how we review notices: https://www.kakao.com/policy/safety

Kakao Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="statement-of-reasons style decision block (item / decision / ground)",
    why="Decision lines: removed, and restricted (age-verified adults only)",
    items={D[1]: "removed", D[3]: "restricted"},
)

case(
    name="daum-hedge-english",
    **{"from": "trust-safety@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    date=d(6, 18, 45),
    subject=f"Re: {R2}",
    reply_to_req="req-240905-02",
    body=f"""Hi,

Quick update on {R2}: the post at {D[2]} appears to have been taken down already, possibly by the cafe manager. We are confirming this with the cafe team and will follow up once we know more.

Regards,
Kakao Trust & Safety""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="trust-and-safety interim reply with a hedge ('appears to have been')",
    why="'appears to have been taken down, possibly' is a hedge: item stays pending",
    items={D[2]: "pending"},
)

case(
    name="daum-cafe-manager-gmail",
    **{"from": "silverfox.manager@gmail.com"},
    auth="none",
    name_from=enc("은여우카페 매니저"),
    date=d(7, 22, 8),
    subject=enc("카페 게시글 삭제했습니다"),
    body=f"""안녕하세요. 다음 카페 은여우(silverfox77) 매니저입니다.

카카오에서 연락받고 말씀하신 {D[1]} 글은 제가 직접 삭제했습니다.
혹시 다른 글도 문제가 있으면 알려주세요.""",
    outcome="review",
    review="unknown_sender",
    classification="other",
    imitates="cafe manager writing from a personal webmail address",
    why="a cafe manager is not the platform and writes from gmail.com: unknown sender",
    items={D[1]: "pending"},
)

DSN_DAUM = f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b693-daum"

This is a MIME-encapsulated message.

--dsn-b693-daum
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cafe-legal@daumcafe.kakaocorp.com>: host mx.kakaocorp.com[203.0.113.25]
    said: 550 5.1.1 <cafe-legal@daumcafe.kakaocorp.com>: Recipient address
    rejected: User unknown (in reply to RCPT TO command)

--dsn-b693-daum
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example
Arrival-Date: {d(5, 10, 30, 2)}

Final-Recipient: rfc822; cafe-legal@daumcafe.kakaocorp.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kakaocorp.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b693-daum
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cafe-legal@daumcafe.kakaocorp.com
Subject: [KCSC] Correction request {R2}
Date: {d(5, 10, 30)}
Message-ID: <req-240905-02@kcsc.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{chr(10).join(REQ_D)}

--dsn-b693-daum--
"""
case(
    name="daum-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"},
    auth="none",
    name_from="Mail Delivery System",
    date=d(5, 10, 30, 4),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=DSN_DAUM,
    outcome="ignored",
    classification="bounce",
    imitates="Postfix DSN (5.1.1 user unknown) returning our request with its URLs",
    why="a bounce of our own request; the URLs are inside the returned message",
    items={},
)

# ======================================================================
# DC Inside (R3, 5 items)
# ======================================================================
case(
    name="dc-numbered-fullwidth-colon",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(10, 17, 55),
    subject=enc(f"[디시인사이드] 요청번호 {R3} 처리 결과"),
    reply_to_req="req-240909-03",
    body=f"""요청번호 {R3} 처리 결과

1. {G[1]} ：삭제 완료
2. {G[2]} ：삭제 완료
3. {G[3]} ：해당 게시물 없음 (요청 전 이미 삭제된 글)

디시인사이드 운영팀 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="DC Inside operator's numbered result list with full-width colons",
    why="two 삭제 완료, one 해당 게시물 없음 (not_found)",
    items={G[1]: "removed", G[2]: "removed", G[3]: "not_found"},
)

case(
    name="dc-url-then-status-below",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(11, 11, 18),
    subject=enc(f"Re: 시정요구 {R3}"),
    reply_to_req="req-240909-03",
    body=f"""안녕하세요. 디시인사이드입니다.

{G[4]}
 -> 관리자 삭제 처리하였습니다.

{G[5]}
 -> 검토 결과 정보통신망법상 불법정보에 해당하지 않는다고 판단되어 게시물을 유지합니다.
    (개인 의견 표명 수준의 글로 판단)

감사합니다.""",
    outcome="applied",
    classification="confirmation",
    imitates="bare URL with the decision on the line below (arrow style)",
    why="first deleted (removed); second kept because it is not illegal (rejected)",
    items={G[4]: "removed", G[5]: "rejected"},
)

DC_B64 = f"""Hello,

This is DC Inside Customer Support regarding your request {R3}.

We have deleted the following posts:
  {G[1]}
  {G[4]}

The gallery managers concerned have been warned.

Best regards,
DC Inside Customer Support
"""
case(
    name="dc-english-base64",
    **{"from": "support@dcinside.com"},
    name_from="DC Inside Support",
    date=d(11, 19, 2),
    subject=f"[DCInside] Your request {R3}",
    reply_to_req="req-240909-03",
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DC_B64)}
""",
    outcome="applied",
    classification="confirmation",
    imitates="English support reply sent base64-encoded by a webmail client",
    why="two URLs under 'We have deleted the following posts'",
    items={G[1]: "removed", G[4]: "removed"},
)

case(
    name="dc-under-legal-review",
    **{"from": "legal@dcinside.com"},
    name_from=enc("디시인사이드 법무팀"),
    date=d(12, 10, 40),
    subject=enc(f"Re: 시정요구 {R3} 관련"),
    reply_to_req="req-240909-03",
    body=f"""안녕하세요. 디시인사이드 법무팀입니다.

요청하신 게시물 중 아래 2건은 현재 법무 검토 중입니다.
- {G[2]}
- {G[3]}

검토가 끝나는 대로 결과를 회신드리겠습니다.""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="platform legal team interim 'under review' reply naming URLs",
    why="'검토 중' is no statement: named items stay pending",
    items={G[2]: "pending", G[3]: "pending"},
)

case(
    name="dc-bulk-english",
    **{"from": "support@dcinside.com"},
    name_from="DC Inside Support",
    date=d(13, 9, 15),
    subject=f"Re: {R3}",
    reply_to_req="req-240909-03",
    body=f"""Hello,

All five posts listed in your request {R3} have been deleted by our administrators.

Best regards,
DC Inside Customer Support""",
    outcome="review",
    review="bulk",
    classification="confirmation",
    imitates="one-sentence 'all reported posts deleted' reply",
    why="a whole-request statement for 5 items naming no URL: bulk",
    items={u: "pending" for u in G.values()},
)

case(
    name="dc-read-receipt",
    **{"from": "report@dcinside.com"},
    name_from=enc("디시인사이드 운영팀"),
    date=d(9, 15, 3),
    subject=enc(f"읽음 확인: [방송통신심의위원회] 시정요구 {R3}"),
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b693-dc"

--mdn-b693-dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[방송통신심의위원회] 시정요구 {R3}"을(를)
수신자가 2024-09-09 15:03 에 읽었습니다.

--mdn-b693-dc
Content-Type: message/disposition-notification

Reporting-UA: mail.dcinside.com; Webmail
Final-Recipient: rfc822; report@dcinside.com
Original-Message-ID: <req-240909-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b693-dc--
""",
    outcome="ignored",
    classification="read_receipt",
    imitates="Korean webmail read receipt (MDN, 읽음 확인)",
    why="a read receipt says nothing about items",
    items={},
)

# ======================================================================
# SOOP (R4, 3 items)
# ======================================================================
case(
    name="soop-vod-deleted-and-age-limit",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 운영정책팀"),
    date=d(12, 18, 5),
    subject=enc(f"[SOOP] 시정요구 {R4} 조치 결과"),
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

요청하신 VOD에 대한 조치 결과를 알려드립니다.

{S[1]} VOD는 음란성 콘텐츠로 확인되어 삭제 조치하였으며,
{S[3]} VOD에는 19세 이상 시청 제한(연령 제한)을 적용하였습니다.

채널 게시글은 확인 후 별도로 안내드리겠습니다.
운영정책 안내: {SOOP_POLICY}

감사합니다.
SOOP 운영정책팀""",
    outcome="applied",
    classification="confirmation",
    imitates="streaming platform (SOOP, ex-AfreecaTV) VOD deletion and age-limit notice",
    why="one VOD deleted (removed), one 19+ age-restricted (restricted)",
    items={S[1]: "removed", S[3]: "restricted"},
)

case(
    name="soop-post-rejected-bilingual",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    date=d(13, 11, 27),
    subject=f"[SOOP] Result of review / 검토 결과 ({R4})",
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

채널 게시글 {S[2]} 은 검토 결과 운영정책 위반 사항이 확인되지 않아 게시물을 유지합니다.
게시글은 방송 일정 공지로, 신고하신 내용이 포함되어 있지 않았습니다.

Hello, the channel post above remains available: after review we found no violation of our operating policy (it is a broadcast schedule notice).

{SOOP_POLICY}

SOOP Trust & Safety""",
    outcome="applied",
    classification="confirmation",
    imitates="bilingual Korean/English refusal with its reason",
    why="post kept because no violation was found (rejected)",
    items={S[2]: "rejected"},
)

case(
    name="soop-html-table",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 운영정책팀"),
    date=d(14, 10, 10),
    subject=enc(f"[SOOP] {R4} 최종 조치 결과"),
    reply_to_req="req-240911-04",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="alt-b693-soop"

--alt-b693-soop
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>안녕하세요. SOOP 운영정책팀입니다. 요청번호 {R4}의 최종 조치 결과입니다.</p>
<table border="1" style="border-collapse:collapse">
<thead><tr><th>대상</th><th>유형</th><th>조치</th></tr></thead>
<tbody>
<tr><td><a href="{S[1]}">{S[1]}</a></td><td>VOD</td><td>삭제</td></tr>
<tr><td><a href="{S[2]}">{S[2]}</a></td><td>게시글</td><td>유지 (정책 위반 없음)</td></tr>
<tr><td><a href="{S[3]}">{S[3]}</a></td><td>VOD</td><td>연령 제한 (19+)</td></tr>
</tbody></table>
<p>문의: <a href="https://help.sooplive.co.kr/inquiry">SOOP 고객센터</a></p>
</body></html>

--alt-b693-soop--
""",
    outcome="applied",
    classification="confirmation",
    imitates="HTML-only result table from a streaming platform",
    why="table rows: 삭제 (removed), 유지 with reason (rejected), 연령 제한 (restricted)",
    items={S[1]: "removed", S[2]: "rejected", S[3]: "restricted"},
)

case(
    name="soop-conditional-deletion",
    **{"from": "safety@sooplive.co.kr"},
    name_from=enc("SOOP 운영정책팀"),
    date=d(12, 21, 40),
    subject=enc(f"Re: 시정요구 {R4}"),
    reply_to_req="req-240911-04",
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

{S[2]} 게시글에 대해서는 작성자(스트리머)에게 소명 기회를 부여하였습니다.
9월 16일까지 소명이 없거나 소명이 받아들여지지 않을 경우 해당 게시글은 삭제될 예정입니다.

감사합니다.""",
    outcome="review",
    review="not_understood",
    classification="confirmation",
    imitates="platform notice of a pending author appeal window before deletion",
    why="deletion is conditional and in the future: pending",
    items={S[2]: "pending"},
)

case(
    name="soop-helpdesk-dkim-fail",
    **{"from": "support@sooplive.co.kr"},
    auth="fail",
    name_from=enc("SOOP 고객센터"),
    date=d(13, 8, 55),
    subject=enc(f"[SOOP 고객센터] 답변 드립니다 ({R4})"),
    body=f"""안녕하세요. SOOP 고객센터입니다.

문의하신 {S[1]} VOD는 삭제 처리되었습니다.

본 메일은 고객센터 시스템에서 발송되었습니다.""",
    outcome="review",
    review="untrusted",
    classification="confirmation",
    imitates="helpdesk answer relayed through a ticketing vendor, failing DKIM/DMARC for the platform domain",
    why="sender domain is SOOP's but authentication fails: nothing applied",
    items={S[1]: "pending"},
)

case(
    name="soop-ticket-receipt",
    **{"from": "noreply@sooplive.co.kr"},
    name_from=enc("SOOP 고객센터"),
    date=d(11, 15, 24),
    subject=enc("[SOOP] 문의가 접수되었습니다 (접수번호 240911-0417)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.

  접수번호 : 240911-0417
  문의 유형 : 권리침해/불법정보 신고
  문의 제목 : [방송통신심의위원회] 시정요구 {R4}

담당자가 확인한 뒤 순차적으로 답변드리겠습니다.
답변은 고객센터 > 나의 문의내역에서도 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.""",
    outcome="ignored",
    classification="acknowledgement",
    imitates="ticket-system receipt (접수번호) with an auto-generated header",
    why="pure acknowledgement of receipt",
    items={},
)

# ======================================================================
# FM Korea (R5, 2 items)
# ======================================================================
case(
    name="fmkorea-html-two-rows",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d(13, 20, 12),
    subject=enc(f"[에펨코리아] {R5} 처리 결과"),
    reply_to_req="req-240912-05",
    type="html",
    body=f"""<div>안녕하세요. 에펨코리아 운영팀입니다.</div>
<div><br></div>
<table border="1">
<tr><td><b>게시물</b></td><td><b>처리 결과</b></td></tr>
<tr><td>{F[1]}</td><td>게시물 없음 &ndash; 작성자가 조치 전에 직접 삭제</td></tr>
<tr><td>{F[2]}</td><td>관리자 삭제 완료</td></tr>
</table>
<div><br></div>
<div>감사합니다.</div>""",
    outcome="applied",
    classification="confirmation",
    imitates="community admin's small HTML table reply",
    why="first already deleted by its author (not_found), second deleted by the admin (removed)",
    items={F[1]: "not_found", F[2]: "removed"},
)

case(
    name="fmkorea-bare-url-arrows",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d(14, 9, 3),
    subject=enc(f"Re: [방송통신심의위원회] {R5}"),
    reply_to_req="req-240912-05",
    body=f"""안녕하세요 에펨코리아입니다.

{F[1]}
→ 작성자 본인 삭제 (운영진 조치 전 이미 삭제되어 확인 불가)

{F[2]}
→ 개인정보 노출로 관리자 삭제

수고하세요.""",
    outcome="applied",
    classification="confirmation",
    imitates="terse admin reply, bare URLs with arrow lines below",
    why="author-deleted before action (not_found); admin-deleted (removed)",
    items={F[1]: "not_found", F[2]: "removed"},
)

case(
    name="fmkorea-vague-no-claims",
    **{"from": "admin@fmkorea.com"},
    name_from=enc("에펨코리아 운영팀"),
    date=d(16, 13, 20),
    subject=enc("문의하신 건 관련"),
    body="""안녕하세요 에펨코리아 운영팀입니다.

말씀하신 건은 처리해 두었습니다.
추가로 필요한 사항 있으시면 말씀 주세요.

감사합니다.""",
    outcome="review",
    review="no_claims",
    classification="confirmation",
    imitates="one-line admin note with no reference, no thread header, no URL",
    why="trusted FM Korea mail naming no item and no request: nothing to attach it to",
    items={},
)

case(
    name="fmkorea-bounce-korean",
    **{"from": "postmaster@mail.fmkorea.com"},
    name_from=enc("메일 전송 시스템"),
    date=d(12, 9, 41),
    subject=enc("메일 전송 실패 안내: [방송통신심의위원회] 시정요구"),
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b693-fmk"

--dsn-b693-fmk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보내신 메일이 아래 수신자에게 전달되지 못했습니다.

  수신자 : privacy@fmkorea.com
  사유   : 수신자 메일함 용량 초과 (552 5.2.2 Mailbox full)

잠시 후 다시 보내시거나 다른 주소로 보내 주십시오.

--dsn-b693-fmk
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fmkorea.com

Final-Recipient: rfc822; privacy@fmkorea.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--dsn-b693-fmk
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: privacy@fmkorea.com
Subject: [KCSC] Correction request {R5}
Date: {d(12, 9, 40)}
Message-ID: <req-240912-05@kcsc.example>

--dsn-b693-fmk--
""",
    outcome="ignored",
    classification="bounce",
    imitates="Korean-language DSN from the recipient's mail server (mailbox full)",
    why="delivery failure report for our request",
    items={},
)

# ======================================================================
# Clien (R6, 1 item)
# ======================================================================
case(
    name="clien-sole-statement",
    **{"from": "admin@clien.net"},
    name_from=enc("클리앙 운영진"),
    date=d(17, 10, 44),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R6}"),
    reply_to_req="req-240916-06",
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 운영자 삭제 처리하였습니다.

감사합니다.
클리앙 운영진 드림""",
    outcome="applied",
    classification="confirmation",
    imitates="short community-admin confirmation that names no URL",
    why="a single statement answering a one-item request (ref and thread): removed",
    items={C1: "removed"},
)

case(
    name="clien-gmail-reply-rejected",
    **{"from": "report@clien.net"},
    name_from=enc("클리앙 신고담당"),
    date=d(18, 16, 5),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R6}"),
    reply_to_req="req-240916-06",
    body=f"""안녕하세요. 클리앙 신고 담당입니다.

요청하신 게시물（{C1}）은 검토 결과 삭제 사유에 해당하지 않아 유지하기로 하였습니다.
정치인의 공개 발언을 비판하는 내용으로, 특정 개인의 명예를 훼손하는 허위사실은 확인되지 않았습니다.

재검토를 원하시면 추가 자료와 함께 회신 부탁드립니다.

2024년 9월 16일 (월) 오전 10:00, 방송통신심의위원회 <takedown@kcsc.example>님이 작성:
{quoted(REQ_C)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Gmail reply with the URL inside full-width parentheses, refusing with a reason",
    why="kept after review with its reason (rejected); the quoted request below is ours",
    items={C1: "rejected"},
)

# ======================================================================
# Ppomppu (R7, 2 items) and Inven (stray)
# ======================================================================
case(
    name="ppomppu-outlook-quote",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date=d(19, 10, 12),
    subject=enc(f"RE: [방송통신심의위원회] 시정요구 {R7}"),
    reply_to_req="req-240918-07",
    body=f"""안녕하세요. 뽐뿌 운영팀입니다.

자유게시판 글({P[1]})은 삭제하였습니다.
이슈게시판 글 {P[2]} 는 찾을 수 없는 게시물입니다. (잘못된 링크이거나 이미 지워진 글)

감사합니다.

-----Original Message-----
From: "방송통신심의위원회" <takedown@kcsc.example>
To: <admin@ppomppu.co.kr>
Sent: 2024-09-18 (수) 13:30:00
Subject: [방송통신심의위원회] 시정요구 {R7}

{chr(10).join(REQ_P)}""",
    outcome="applied",
    classification="confirmation",
    imitates="Outlook/Korean-webmail reply above '-----Original Message-----'",
    why="first deleted (removed), second cannot be found (not_found); the request below is quoted",
    items={P[1]: "removed", P[2]: "not_found"},
)

case(
    name="ppomppu-text-table",
    **{"from": "admin@ppomppu.co.kr"},
    name_from=enc("뽐뿌 운영팀"),
    date=d(19, 15, 30),
    subject=enc(f"[뽐뿌] {R7} 처리 결과"),
    reply_to_req="req-240918-07",
    body=f"""{R7} 처리 결과입니다.

No  URL                                                                  처리결과
--  -------------------------------------------------------------------  ----------------
1   {P[1].ljust(69)}삭제
2   {P[2].ljust(69)}유지(위반사항 없음)

유지된 글은 마약류 관련 뉴스 기사 링크만 있는 글로 판단했습니다.
뽐뿌 운영팀""",
    outcome="applied",
    classification="confirmation",
    imitates="fixed-width text table pasted into a plain-text reply",
    why="row 1 삭제 (removed); row 2 유지 with reason (rejected)",
    items={P[1]: "removed", P[2]: "rejected"},
)

case(
    name="ppomppu-ooo-english",
    **{"from": "jw.park@ppomppu.co.kr"},
    name_from="Jiwoo Park",
    date=d(18, 13, 31),
    subject=f"Automatic reply: [KCSC] Correction request {R7}",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Hello,

I am out of the office until Monday 23 September with limited access to email.
For urgent matters about posts on our boards please write to admin@ppomppu.co.kr.

Thanks,
Jiwoo""",
    outcome="ignored",
    classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office reply; nothing about items",
    items={},
)

case(
    name="inven-wrong-platform",
    **{"from": "help@inven.co.kr"},
    name_from=enc("인벤 운영팀"),
    date=d(19, 11, 2),
    subject=enc(f"Re: [방송통신심의위원회] 시정요구 {R7}"),
    reply_to_req="req-240918-07",
    body=f"""안녕하세요. 인벤 운영팀입니다.

보내주신 게시물 2건은 인벤에서 조회되지 않는 게시물입니다(해당 게시물 없음).
  - {P[1]}
  - {P[2]}
주소로 보아 뽐뿌 게시판의 글로 보이니, 해당 사이트로 요청해 주시기 바랍니다.

감사합니다.""",
    outcome="review",
    review="wrong_platform",
    classification="confirmation",
    imitates="a portal answering a request that reached it by mistake, about another site's URLs",
    why="Inven states 'not found' for Ppomppu's items: wrong platform, nothing applied",
    items={P[1]: "pending", P[2]: "pending"},
)


HEADER = """# Blind set 693 (tests/corpus/blind693/): Korean portals and community
# sites, Korean/English mix, with doubtful and ignorable mail.
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is judged alone on a fresh ledger."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, "blind693", HEADER, cases)
