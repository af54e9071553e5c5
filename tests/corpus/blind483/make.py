#!/usr/bin/env python3
"""Blind set 483: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Inven; Clien as a platform with no
request), Korean and English mixed, with the doubtful and ignorable mail a
regulator's mailbox receives.

    python3 tests/corpus/blind483/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of the email alone, before the
reader was run on it. All names, URLs and ids are fictional.
"""
import base64
import csv
import os
import quopri
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

# --------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------

KR_CAFE = "별빛쉼터"

N = {
    1: "https://blog.naver.com/lucky_slot77/223561200101",
    2: "https://blog.naver.com/lucky_slot77/223561200102",
    3: "https://blog.naver.com/bet_moa_k/223561200377",
    4: "https://cafe.naver.com/sportstoto2024/88123",
    5: "https://cafe.naver.com/sportstoto2024/88140",
    6: "https://cafe.naver.com/sportstoto2024/88157",
    7: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472001234",
    8: "https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&docId=472001298",
    9: "https://post.naver.com/viewer/postView.naver?volumeNo=38120044&memberNo=55120031",
    10: "https://blog.naver.com/casino_rich9/223561209900",
    11: "https://cafe.naver.com/moneytree77/5501",
    12: "https://blog.naver.com/PostView.naver?blogId=jackpot_daily&logNo=223561210045",
}
D1 = "https://cafe.daum.net/starlight-rest/Fq3x/412"
D2 = "https://cafe.daum.net/starlight-rest/Fq3x/418"
D3 = "https://gumi-story.tistory.com/137"
D4_RAW = "https://cafe.daum.net/" + KR_CAFE + "/Fq3x/430"
D4 = "https://cafe.daum.net/" + quote(KR_CAFE) + "/Fq3x/430"  # as stored in requests.csv
DC1 = "https://gall.dcinside.com/board/view/?id=stock_new2&no=9812344"
DC2 = "https://gall.dcinside.com/mgallery/board/view/?id=idolfan_k&no=55102"
DC3 = "https://gall.dcinside.com/mgallery/board/view/?id=idolfan_k&no=55117"
DC4 = "https://gall.dcinside.com/mini/board/view/?id=deepfan&no=3301"
DC5 = "https://m.dcinside.com/board/idolfan_k/55123"
S1 = "https://vod.sooplive.co.kr/player/131440021"
S2 = "https://vod.sooplive.co.kr/player/131440087"
S3 = "https://ch.sooplive.co.kr/nightowl_bj/post/88210011"
F1 = "https://www.fmkorea.com/7321004455"
F2 = "https://www.fmkorea.com/7321009812"
P1 = "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9012345"
I1 = "https://www.inven.co.kr/board/lostark/4811/1029384"
I2 = "https://www.inven.co.kr/board/maple/5974/2203311"

REQUESTS = [
    # ref, platform, sent_at, due_at, category, note, urls
    ("KCSC-240902-01", "naver", "2024-09-02T10:00:00+09:00", "2024-09-09T23:59:59+09:00",
     "illegal-gambling-ads", "blogs, cafes, Knowledge iN, Post; \"toto\" ads", [N[i] for i in range(1, 13)]),
    ("KCSC-240903-02", "daum", "2024-09-03T11:30:00+09:00", "2024-09-10T23:59:59+09:00",
     "defamation", "Daum cafe (one with a Korean cafe name) and Tistory", [D1, D2, D3, D4]),
    ("KCSC-240904-03", "dcinside", "2024-09-04T09:20:00+09:00", "2024-09-11T23:59:59+09:00",
     "non-consensual-imagery", "galleries, minor gallery, mobile link", [DC1, DC2, DC3, DC4, DC5]),
    ("KCSC-240905-04", "soop", "2024-09-05T14:00:00+09:00", "2024-09-12T23:59:59+09:00",
     "obscene-live-stream", "two VODs and a station post", [S1, S2, S3]),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T10:10:00+09:00", "2024-09-13T23:59:59+09:00",
     "drug-trade", "", [F1, F2]),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T15:45:00+09:00", "2024-09-16T23:59:59+09:00",
     "fraud", "one free-board post, \"ticket resale\" scam", [P1]),
    ("KCSC-240910-07", "inven", "2024-09-10T09:00:00+09:00", "2024-09-17T23:59:59+09:00",
     "illegal-gambling-ads", "game boards, item-cash-trade ads", [I1, I2]),
]
REQ = {r[0]: r for r in REQUESTS}


def mid(ref):
    return "req-" + ref


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, cat, note, urls in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref) + "@kcsc.example", note])


# --------------------------------------------------------------------------
# Helpers for bodies
# --------------------------------------------------------------------------

def raw(u):
    """URL as a person would paste it (the Korean cafe name unescaped)."""
    return D4_RAW if u == D4 else u


def request_text(ref):
    r = REQ[ref]
    lines = [
        f"[{ref}] 불법·유해정보 삭제 등 조치 요청",
        "",
        "안녕하세요. 방송통신심의위원회 통신심의 담당입니다.",
        "아래 정보에 대해 삭제 또는 접속차단 등 필요한 조치를 요청드리며,",
        "조치 결과를 회신하여 주시기 바랍니다.",
        "",
    ]
    for i, u in enumerate(r[6], 1):
        lines.append(f"{i}. {raw(u)}")
    lines += ["", "회신 기한: " + r[3][:10], "KCSC Takedown"]
    return lines


def gmail_quote(ref, when="2024년 9월 2일 (월) 오전 10:00"):
    out = [f"{when}, KCSC Takedown <takedown@kcsc.example>님이 작성:"]
    out += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(out)


def gmail_quote_en(ref, when):
    out = [f"On {when} KCSC Takedown <takedown@kcsc.example> wrote:"]
    out += [("> " + l) if l else ">" for l in request_text(ref)]
    return "\n".join(out)


def outlook_quote(ref, sent):
    out = [
        "-----Original Message-----",
        "From: KCSC Takedown <takedown@kcsc.example>",
        f"Sent: {sent}",
        "To: " + {"daum": "right@kakaocorp.com", "ppomppu": "admin@ppomppu.co.kr"}.get(REQ[ref][1], ""),
        f"Subject: [{ref}] 불법·유해정보 삭제 등 조치 요청",
        "",
    ]
    return "\n".join(out + request_text(ref))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").rstrip("\n")


def alt_qp(text, html, boundary):
    return f"""Content-Type: multipart/alternative; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(text)}
--{boundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--{boundary}--
"""


def with_csv(text, csv_bytes, filename, boundary, charset="utf-8"):
    return f"""Content-Type: multipart/mixed; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{text.strip()}

--{boundary}
Content-Type: text/csv; charset={charset}; name="{filename}"
Content-Disposition: attachment; filename="{filename}"
Content-Transfer-Encoding: base64

{b64(csv_bytes)}
--{boundary}--
"""


def csv_bytes(rows, encoding="utf-8"):
    import io
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def h(u):
    return u.replace("&", "&amp;")


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

CASES = []


def case(**c):
    CASES.append(c)


NAVER_RP = "네이버 권리보호센터"

# ---------------------------------------------------------------- applied: NAVER

case(
    name="naver-gesijungdan-numbered-ko",
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240902-01)",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 KCSC-240902-01)에 대한
1차 처리 결과를 아래와 같이 안내드립니다.

1. {N[1]}
   - 처리결과: 게시중단 (운영원칙 위반: 불법 사행성 광고)
2. {N[2]}
   - 처리결과: 블라인드 처리
3. {N[3]}
   - 처리결과: 임시조치 (30일)
4. {N[4]}
   - 처리결과: 게시물 없음 (작성자가 이미 삭제한 글입니다)
5. {N[5]}
   - 처리결과: 조치 불가 - 스포츠 경기 결과를 공유하는 글로, 불법 도박
     홍보 내용이 확인되지 않아 게시를 유지합니다.

나머지 게시물은 서비스별 검토가 끝나는 대로 따로 회신드리겠습니다.
네이버 운영정책: https://policy.naver.com/policy/service_group.html

감사합니다.
네이버 권리보호센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (numbered list, 처리결과 line under each URL)",
    why="five numbered items, each with its own result line: 게시중단/블라인드 removed, 임시조치 restricted, author-deleted not_found, kept rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found", N[5]: "rejected"},
)

_rows = [
    (6, "블라인드 처리", "2024-09-05 10:21"),
    (7, "삭제", "2024-09-05 10:24"),
    (8, "존재하지 않는 게시물", "-"),
    (9, "청소년 이용제한 (19세 이상만 열람 가능)", "2024-09-05 11:02"),
    (10, "블라인드 처리", "2024-09-05 11:05"),
    (11, "미조치 (위반사항 없음)", "-"),
    (12, "비공개 처리", "2024-09-05 11:40"),
]
_txt = "시정요구 조치결과 회신 (KCSC-240902-01, 2차)\n\n" + "\n".join(
    f"{i}. {N[i]}  {res}  {t}" for i, res, t in _rows) + \
    "\n\n1차 회신분(1~5번)은 9월 4일 메일을 참고해 주세요.\n네이버 권리보호센터\n"
_html = (
    "<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:13px\">\n"
    "<p>안녕하세요. 네이버 권리보호센터입니다.<br>\n"
    "요청번호 <b>KCSC-240902-01</b>의 나머지 게시물에 대한 조치결과를 회신드립니다.</p>\n"
    "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n"
    "<tr><th>번호</th><th>URL</th><th>조치결과</th><th>조치일시</th></tr>\n"
    + "".join(f"<tr><td>{i}</td><td><a href=\"{h(N[i])}\">{h(N[i])}</a></td><td>{res}</td><td>{t}</td></tr>\n"
              for i, res, t in _rows)
    + "</table>\n<p>1차 회신분(1~5번)은 9월 4일 메일을 참고해 주세요.</p>\n"
    "<p style=\"color:#888\">본 메일은 발신전용이 아닙니다. 문의사항은 회신으로 보내주세요.</p>\n"
    "</body></html>"
)
case(
    name="naver-result-table-html-qp",
    date="Thu, 05 Sep 2024 13:30:05 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="RE: [KCSC-240902-01] 불법·유해정보 삭제 등 조치 요청 - 조치결과 회신(2차)",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime=alt_qp(_txt, _html, "==NV_alt_0905"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 table (HTML with text alternative, quoted-printable)",
    why="HTML table of seven items, one result per row: blind/삭제/비공개 removed, 존재하지 않음 not_found, 19세 이용제한 restricted, 미조치 rejected",
    items={N[6]: "removed", N[7]: "removed", N[8]: "not_found", N[9]: "restricted",
           N[10]: "removed", N[11]: "rejected", N[12]: "removed"},
)

_csv = csv_bytes([
    ["no", "url", "처리결과", "note"],
    ["1", N[1], "게시중단", "사행성 광고"],
    ["2", N[2], "게시중단", ""],
    ["3", N[7], "연령제한(19+)", "age-restricted, 청소년 유해"],
    ["4", N[10], "게시물 없음", "already deleted by the user"],
])
case(
    name="naver-csv-attachment",
    date="Fri, 06 Sep 2024 09:48:00 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01 result sheet",
    raw_mime=with_csv(
        "Hello,\n\nPlease find attached the result sheet for request KCSC-240902-01\n"
        "(4 of the 12 URLs; the other items will follow in a separate sheet).\n\n"
        "요청하신 건의 처리 결과를 첨부파일로 송부드립니다.\n\nNAVER Trust & Safety",
        _csv, "KCSC-240902-01_result.csv", "----=_Part_20240906_NV"),
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety reply with a CSV result sheet attached",
    why="CSV rows name four items with results: two 게시중단 removed, 연령제한 restricted, 게시물 없음 not_found",
    items={N[1]: "removed", N[2]: "removed", N[7]: "restricted", N[10]: "not_found"},
)

case(
    name="naver-kin-english-top-posted",
    date="Wed, 04 Sep 2024 18:05:51 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: [KCSC-240902-01] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
Hello KCSC team,

Regarding your request KCSC-240902-01, we have finished reviewing the two
Knowledge iN (지식iN) questions:

- {N[7]}
  Deleted for violating our policy on gambling advertisements.
- {N[8]}
  We could not find this question. The docId does not exist in our system.

The blog, cafe and Post items are handled by other teams, who will answer
you directly.

Kind regards,
Jiwoo Han
NAVER Trust & Safety

{gmail_quote("KCSC-240902-01")}
""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the Gmail-quoted Korean request",
    why="two items stated above the quote (deleted / could not find); the quoted request lists all twelve and must not count",
    items={N[7]: "removed", N[8]: "not_found"},
)

case(
    name="naver-cafe-url-then-arrow-status",
    date="Thu, 05 Sep 2024 10:15:22 +0900",
    **{"from": "cafe_help@naver.com"}, name_from="네이버 카페 운영팀",
    subject="[네이버 카페] KCSC-240902-01 카페 게시글 조치 결과",
    body=f"""
안녕하세요, 네이버 카페 운영팀입니다.
요청번호 KCSC-240902-01 건 중 카페 게시글 처리 결과입니다.

{N[5]}
→ 게시중단 완료

{N[6]}
→ 게시중단 완료

{N[11]}
→ 이미 삭제되어 존재하지 않는 게시글입니다.

추가 문의는 본 메일로 회신 부탁드립니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe team reply: bare URL with the result on the line below",
    why="each URL followed by its result line: two 게시중단 removed, one no longer exists not_found",
    items={N[5]: "removed", N[6]: "removed", N[11]: "not_found"},
)

_body_qp = f"""안녕하세요. 네이버 블로그 운영팀입니다.

정보통신망법 제44조의2에 따라 아래 게시물에 대해 임시조치(30일간 접근 차단)를 하였습니다.
 - {N[10]}

또한 아래 게시물은 불법정보로 확인되어 삭제하였습니다.
 - {N[12]}

임시조치 기간 중 게시자의 재게시 요청이 있으면 결과를 다시 알려드리겠습니다.
감사합니다.
"""
case(
    name="naver-blog-temp-measure-qp",
    date="Fri, 06 Sep 2024 14:40:10 +0900",
    **{"from": "blog_help@naver.com"}, name_from="네이버 블로그",
    subject="=?UTF-8?B?" + base64.b64encode("[네이버 블로그] 임시조치 및 삭제 결과 안내".encode()).decode() + "?=",
    reply_to_req=mid("KCSC-240902-01"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_body_qp),
    outcome="applied", classification="confirmation",
    imitates="NAVER blog 임시조치 notice (정보통신망법 제44조의2), quoted-printable body, encoded subject",
    why="임시조치 (30-day access block) is restricted; 불법정보로 확인되어 삭제 is removed; the re-post sentence is a conditional",
    items={N[10]: "restricted", N[12]: "removed"},
)

case(
    name="naver-statement-then-url-below",
    date="Mon, 09 Sep 2024 11:20:00 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="RE: [KCSC-240902-01] 추가 검토 결과",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.
재검토를 요청하신 게시물의 결과를 알려드립니다.

다음 게시물은 운영원칙 위반(불법 사행성 광고)으로 삭제되었습니다.
{N[3]}

다음 게시물은 검토 결과 위반 사항이 확인되지 않아 게시 상태를 유지합니다.
{N[9]}

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER re-review reply: statement sentence with the URL on the line below",
    why="the statement precedes each URL: first removed, second kept for no violation (rejected)",
    items={N[3]: "removed", N[9]: "rejected"},
)

case(
    name="naver-wrapped-angle-urls",
    date="Tue, 10 Sep 2024 08:55:31 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Re: KCSC-240902-01 - Knowledge iN and Post",
    body="""
Dear KCSC,

The following Knowledge iN question has been deleted:
<https://kin.naver.com/qna/detail.naver?d1id=7&dirId=70111&
docId=472001298>

The NAVER Post article below is now restricted to users verified as 19 or
older:
<https://post.naver.com/viewer/postView.naver?volumeNo=38120044&
memberNo=55120031>

Regards,
NAVER Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply from a client that wraps long URLs inside angle brackets (RFC 3986 appendix C style)",
    why="two URLs wrapped inside <>: the kin question deleted (removed), the Post article restricted to 19+ (restricted)",
    items={N[8]: "removed", N[9]: "restricted"},
)

case(
    name="naver-one-stated-one-hedged",
    date="Tue, 10 Sep 2024 17:02:44 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="Update on KCSC-240902-01",
    body=f"""
Hi,

Quick update on two of the URLs:

- {N[2]} : removed (the blog post is
  hidden from the public, 블라인드).
- {N[6]} : this article seems to have been
  deleted by the cafe manager before our review. We are confirming with the
  cafe team and will come back to you.

Thanks,
Minseo
""",
    outcome="applied", classification="confirmation",
    imitates="short English update from a trust-and-safety agent, one firm result and one hedge",
    why="the blog post is stated removed; 'seems to have been deleted ... we are confirming' is a hedge, so that item stays pending",
    items={N[2]: "removed", N[6]: "pending"},
)

_tab = [
    (1, "게시중단", "09-05"), (2, "게시중단", "09-05"), (3, "임시조치(30일)", "09-05"),
    (4, "작성자 삭제(게시물 없음)", "-"), (5, "유지(위반 아님)", "-"), (6, "블라인드", "09-06"),
    (7, "삭제", "09-06"), (8, "존재하지 않는 문서", "-"), (9, "연령 제한(19세)", "09-06"),
    (10, "삭제", "09-06"), (11, "유지(위반 아님)", "-"), (12, "국내 접속 차단", "09-09"),
]
case(
    name="naver-full-text-table-12",
    date="Mon, 09 Sep 2024 17:45:00 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="[최종] KCSC-240902-01 시정요구 조치결과",
    reply_to_req=mid("KCSC-240902-01"),
    body="""
방송통신심의위원회 담당자님께

요청번호 KCSC-240902-01 (12건)의 최종 조치결과를 회신드립니다.

번호 | URL | 조치결과 | 조치일
""" + "\n".join(f"{i:>2} | {N[i]} | {r} | {d}" for i, r, d in _tab) + """

※ 임시조치 게시물은 30일 경과 후 재게시 요청이 없으면 삭제됩니다.
네이버 권리보호센터
""",
    outcome="applied", classification="confirmation",
    imitates="시정요구 조치결과 회신 as a pipe-separated text table (final report on the whole request)",
    why="every one of the twelve items has its own row: 게시중단/블라인드/삭제 removed, 임시조치/연령제한/국내 접속 차단 restricted, 게시물 없음/존재하지 않는 문서 not_found, 유지 rejected",
    items={N[1]: "removed", N[2]: "removed", N[3]: "restricted", N[4]: "not_found",
           N[5]: "rejected", N[6]: "removed", N[7]: "removed", N[8]: "not_found",
           N[9]: "restricted", N[10]: "removed", N[11]: "rejected", N[12]: "restricted"},
)

# ---------------------------------------------------------------- applied: Daum / Kakao

case(
    name="daum-temp-measure-and-delete-ko",
    date="Thu, 05 Sep 2024 15:33:12 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[Daum] 권리침해 게시물 처리 결과 안내 (KCSC-240903-02)",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 다음 카페 게시물 중 아래 2건에 대해 임시조치를 진행하였습니다.
{D1}
{D2}
임시조치된 게시물은 30일간 접근이 차단되며, 이 기간 동안 게시자가
재게시를 요청하지 않으면 삭제됩니다.

아래 게시물은 카페 운영원칙 위반으로 삭제 처리되었습니다.
{D4_RAW}

고맙습니다.
카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고센터 임시조치 notice",
    why="two cafe posts under 임시조치 (restricted); the Korean-named cafe post (written raw, stored percent-encoded) deleted",
    items={D1: "restricted", D2: "restricted", D4: "removed"},
)

case(
    name="daum-tistory-english",
    date="Fri, 06 Sep 2024 10:02:47 +0900",
    **{"from": "trust-safety@kakaocorp.com"}, name_from="Kakao Trust & Safety",
    subject="Re: KCSC-240903-02",
    body=f"""
Dear KCSC,

Thank you for your request. Our findings:

Tistory post {D3} has been deleted from the service.

Cafe post {D1}: access from Korea has been
restricted while the poster's objection period runs.

Kind regards,
Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao English trust-and-safety reply covering Tistory and Daum cafe",
    why="Tistory post deleted (removed); cafe post restricted in Korea (restricted)",
    items={D3: "removed", D1: "restricted"},
)

case(
    name="daum-outlook-top-posted",
    date="Mon, 09 Sep 2024 16:20:19 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="Kakao Rights Center",
    subject="RE: [KCSC-240903-02] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240903-02"),
    body=f"""
Hello,

The post {D2} no longer exists: it was
deleted by the cafe member before we reviewed it.

The post at {D4_RAW} has been taken down.

Best regards,
Sora Lim | Kakao Rights Center

{outlook_quote("KCSC-240903-02", "Tuesday, September 3, 2024 11:30 AM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over an unquoted -----Original Message----- block",
    why="above the original message: one post deleted by its author before review (not_found), one taken down (removed); the request below lists all four",
    items={D2: "not_found", D4: "removed"},
)

# ---------------------------------------------------------------- applied: DC Inside

case(
    name="dc-admin-bullets-ko",
    date="Thu, 05 Sep 2024 19:11:03 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 게시물 삭제 요청 처리 내역 (KCSC-240904-03)",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
요청 번호: KCSC-240904-03
처리 내역

• {DC1} : 삭제 완료
• {DC2} : 삭제 완료
• {DC3} : 작성자 본인 삭제로 이미 존재하지 않음
• {DC5} : 삭제 완료 (55117과 동일 작성자, 작성자 이용 정지)

미니 갤러리 게시물(deepfan 3301)은 갤러리 매니저 확인 후 다시 안내드리겠습니다.

디시인사이드 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside 운영팀 bullet list of deletion results",
    why="three 삭제 완료 (removed), one already deleted by its author (not_found); the minor-gallery post is named without a URL and only promised",
    items={DC1: "removed", DC2: "removed", DC3: "not_found", DC5: "removed"},
)

case(
    name="dc-angle-brackets-english",
    date="Fri, 06 Sep 2024 11:40:29 +0900",
    **{"from": "help@dcinside.com"}, name_from="DCInside Help",
    subject="Re: KCSC-240904-03 takedown",
    body=f"""
Hi,

We looked into the two links you flagged.

<{DC4}> was deleted and the uploader's
account has been suspended.

<{DC3}> has been reviewed. It only
links to a news article and breaks none of our rules, so it stays up.

DCInside Help Desk
""",
    outcome="applied", classification="confirmation",
    imitates="DC Inside help-desk English reply with URLs in angle brackets",
    why="one deleted (removed), one reviewed and kept because it breaks no rule (rejected)",
    items={DC4: "removed", DC3: "rejected"},
)

case(
    name="dc-urls-with-korean-particles", raw_subject=True,
    date="Mon, 09 Sep 2024 09:05:55 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="RE: [KCSC-240904-03] 추가 처리 안내",
    reply_to_req=mid("KCSC-240904-03"),
    body=f"""
안녕하세요 디시인사이드 운영팀입니다.

{DC2}는 운영자 삭제 처리하였습니다。
{DC5}의 경우 해당 게시물에 성인 인증을 걸어 미인증 이용자의 접근을 제한하였습니다。

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="terse Korean operator reply with particles glued to the URLs and full-width full stops",
    why="운영자 삭제 is removed; adult verification limiting access is restricted",
    items={DC2: "removed", DC5: "restricted"},
)

_dccsv = csv_bytes([
    ["번호", "URL", "처리결과", "처리일시"],
    ["1", DC1, "삭제", "2024-09-06 14:02"],
    ["2", DC2, "삭제", "2024-09-06 14:02"],
    ["3", DC3, "삭제", "2024-09-06 14:05"],
    ["4", DC4, "성인인증 적용(접근제한)", "2024-09-06 14:09"],
    ["5", DC5, "게시물 없음", "-"],
], encoding="cp949")
case(
    name="dc-csv-attachment-cp949",
    date="Fri, 06 Sep 2024 14:30:00 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[KCSC-240904-03] 처리결과 첨부",
    raw_mime=with_csv(
        "처리결과를 첨부 파일로 보내드립니다.\n확인 부탁드립니다.\n\n디시인사이드 운영팀",
        _dccsv, "dc_result_20240906.csv", "----DCBOUNDARY0906", charset="euc-kr"),
    outcome="applied", classification="confirmation",
    imitates="Korean site sending an Excel-exported CSV in CP949/EUC-KR",
    why="CSV (EUC-KR) rows: three 삭제 removed, 성인인증 접근제한 restricted, 게시물 없음 not_found",
    items={DC1: "removed", DC2: "removed", DC3: "removed", DC4: "restricted", DC5: "not_found"},
)

# ---------------------------------------------------------------- applied: SOOP

case(
    name="soop-bilingual-numbered",
    date="Fri, 06 Sep 2024 20:14:08 +0900",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] 신고 처리 결과 안내 / Report result (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다. / Hello, this is the SOOP operations team.

1) {S1}
   VOD 삭제 완료 / VOD deleted
2) {S2}
   19세 이상 시청 가능으로 변경 / changed to 19+ viewers only
3) {S3}
   게시글을 찾을 수 없습니다 / post not found

운영정책 안내: https://www.sooplive.co.kr/policy/operation
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) bilingual report-result notice",
    why="VOD deleted (removed), changed to 19+ (restricted), post not found (not_found); the policy link is no item",
    items={S1: "removed", S2: "restricted", S3: "not_found"},
)

_soop_html = f"""<html><body>
<p>안녕하세요. SOOP 고객센터입니다.</p>
<p>신고하신 방송국 게시글 <a href="{S3}">{S3}</a> 은(는) 운영자에 의해 블라인드 처리되었습니다.</p>
<p>VOD <a href="{S2}">{S2}</a> 는 재검토 결과 운영정책 위반이 확인되어 삭제되었습니다.</p>
<p>감사합니다.<br>SOOP 고객센터</p>
</body></html>
"""
case(
    name="soop-base64-html",
    date="Tue, 10 Sep 2024 13:00:00 +0900",
    **{"from": "cs@sooplive.co.kr"}, name_from="SOOP 고객센터",
    subject="[SOOP 고객센터] 문의 답변: KCSC-240905-04",
    raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_soop_html),
    outcome="applied", classification="confirmation",
    imitates="SOOP help-centre answer sent as a base64 HTML body",
    why="station post 블라인드 (removed); VOD deleted after re-review (removed)",
    items={S3: "removed", S2: "removed"},
)

case(
    name="soop-reply-over-quote",
    date="Mon, 09 Sep 2024 10:30:00 +0900",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="Re: [KCSC-240905-04] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요.
{S1} VOD는 다시보기 비공개 처리하였습니다.
나머지 건은 확인 중입니다.

SOOP 운영팀 드림

{gmail_quote("KCSC-240905-04", "2024년 9월 5일 (목) 오후 2:00")}
""",
    outcome="applied", classification="confirmation",
    imitates="short Korean reply over a Gmail-quoted request",
    why="one VOD made private (비공개 처리, removed); the other two appear only in the quote or as 확인 중",
    items={S1: "removed"},
)

# ---------------------------------------------------------------- applied: FM Korea

case(
    name="fmk-list-then-both-deleted",
    date="Mon, 09 Sep 2024 12:12:12 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240906-05] 게시물 조치 결과",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
에펨코리아 운영팀입니다.
요청하신 아래 게시물을 확인하였습니다.

- {F1}
- {F2}

위 2건 모두 마약류 거래를 유도하는 게시물로 확인되어 삭제 조치하였으며,
작성자 계정은 영구 이용정지되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator reply: list of URLs, then one sentence about both",
    why="the sentence 'both of the above were deleted' refers to the two URLs listed right above it, each named: both removed (see NOTES: arguable)",
    items={F1: "removed", F2: "removed"},
)

case(
    name="fmk-one-removed-one-kept",
    date="Tue, 10 Sep 2024 15:27:40 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="FMKorea Admin",
    subject="KCSC-240906-05 결과",
    body=f"""
안녕하세요.

{F1}
- 삭제했습니다 (deleted).

{F2}
- 마약 관련 검거 뉴스를 공유한 글로, 거래 게시물이 아니어서 삭제하지 않고 유지합니다.

에펨코리아 운영진
""",
    outcome="applied", classification="confirmation",
    imitates="FM Korea operator reply with a reason for refusing one item",
    why="first deleted (removed); second is news about arrests, not a trade post, kept (rejected)",
    items={F1: "removed", F2: "rejected"},
)

# ---------------------------------------------------------------- applied: Ppomppu

case(
    name="ppomppu-sole-statement", raw_subject=True,
    date="Tue, 10 Sep 2024 09:41:00 +0900",
    **{"from": "admin@ppomppu.co.kr"}, name_from="뽐뿌 운영자",
    subject="RE: [KCSC-240909-06] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240909-06"),
    body="""
안녕하세요.
요청하신 게시물은 확인 후 삭제 처리했습니다.
감사합니다.

뽐뿌 운영자 드림
""",
    outcome="applied", classification="confirmation",
    imitates="one-line operator reply to a one-item request, no URL",
    why="the request has one item; an unhedged 'deleted' from the platform in reply to it applies to that item",
    items={P1: "removed"},
)

case(
    name="ppomppu-fullwidth-paren-outlook",
    date="Wed, 11 Sep 2024 14:03:36 +0900",
    **{"from": "cs@ppomppu.co.kr"}, name_from="뽐뿌 고객센터",
    subject="RE: [KCSC-240909-06] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240909-06"),
    body=f"""
안녕하세요, 뽐뿌 고객센터입니다.

해당 게시물（{P1}）은 확인 결과
작성자가 이미 삭제하여 존재하지 않습니다.

감사합니다.

{outlook_quote("KCSC-240909-06", "Monday, September 9, 2024 3:45 PM")}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply, URL inside full-width parentheses",
    why="the post was already deleted by its author and does not exist (not_found)",
    items={P1: "not_found"},
)

# ---------------------------------------------------------------- applied: Inven

case(
    name="inven-text-table",
    date="Wed, 11 Sep 2024 10:10:10 +0900",
    **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
    subject="[인벤] KCSC-240910-07 조치 결과",
    reply_to_req=mid("KCSC-240910-07"),
    body=f"""
인벤 운영팀입니다. 요청 건 조치 결과 전달드립니다.

URL                                                  | 조치결과
-----------------------------------------------------+--------------------------
{I1}  | 삭제
{I2}   | 미조치 (규정 위반 사항 없음)

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Inven operator reply with a fixed-width text table",
    why="row one 삭제 (removed); row two not actioned because it breaks no rule (rejected)",
    items={I1: "removed", I2: "rejected"},
)

case(
    name="inven-ticket-echo-plus-answer",
    date="Thu, 12 Sep 2024 16:48:02 +0900",
    **{"from": "help@inven.co.kr"}, name_from="인벤 고객지원",
    subject="[인벤 고객지원] 문의하신 내용에 답변이 등록되었습니다 (#IV-240911-0432)",
    extra_headers=["X-Ticket-ID: IV-240911-0432"],
    body=f"""
문의번호 #IV-240911-0432 에 답변이 등록되었습니다.

---------- 문의 내용 ----------
제목: [KCSC-240910-07] 불법 정보 삭제 요청
아래 게시물의 삭제를 요청합니다.
{I1}
{I2}
-------------------------------

---------- 답변 ----------
안녕하세요, 인벤 고객지원팀입니다.
말씀하신 게시물 중 {I2} 은 삭제되었습니다.
나머지 1건은 담당 게시판 매니저가 검토 중이며, 결과는 이 문의로 다시 안내드리겠습니다.
--------------------------

※ 본 메일은 발신 전용입니다. 추가 문의는 고객지원 페이지를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="ticket-system answer notification that echoes the original report",
    why="the echoed report only asks for deletion; the answer states one item deleted (removed), the other is under review (pending)",
    items={I2: "removed", I1: "pending"},
)

# ---------------------------------------------------------------- review

case(
    name="naver-promise-will-act",
    date="Tue, 03 Sep 2024 17:20:00 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="RE: [KCSC-240902-01] 검토 예정 안내",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

요청하신 게시물 중 아래 2건은 담당 부서에서 검토 후 조치할 예정입니다.
 - {N[1]}
 - {N[2]}

조치가 완료되면 다시 안내드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="NAVER 'will act after review' interim notice",
    why="names two items but only promises action (검토 후 조치할 예정): nothing to apply",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-bulk-all-actioned-english",
    date="Thu, 12 Sep 2024 09:00:00 +0900",
    **{"from": "trust-safety@navercorp.com"}, name_from="NAVER Trust & Safety",
    subject="KCSC-240902-01 closed",
    body="""
Hello,

All 12 URLs in your request KCSC-240902-01 have been actioned and are no
longer accessible on NAVER. We consider this request closed.

NAVER Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="trust-and-safety 'request closed' note covering a whole request",
    why="a single statement about all twelve items without naming any: bulk, items stay pending",
    items={N[i]: "pending" for i in range(1, 13)},
)

case(
    name="naver-asks-for-official-letter",
    date="Wed, 04 Sep 2024 10:30:00 +0900",
    **{"from": "rights_kr@navercorp.com"}, name_from=NAVER_RP,
    subject="RE: [KCSC-240902-01] 추가 자료 요청",
    reply_to_req=mid("KCSC-240902-01"),
    body=f"""
안녕하세요. 네이버 권리보호센터입니다.

아래 게시물의 게시중단 검토를 위해 시정요구 공문(PDF)과 각 게시물의
위법성 판단 근거를 회신해 주시기 바랍니다.
 - {N[4]}
 - {N[11]}

자료를 받는 대로 검토를 진행하겠습니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="NAVER request for the official letter and legal grounds before acting",
    why="asks for documents about two named items; no result stated",
    items={N[4]: "pending", N[11]: "pending"},
)

case(
    name="daum-bulk-whole-request-ko",
    date="Fri, 06 Sep 2024 18:00:00 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="[Daum] KCSC-240903-02 처리 완료",
    reply_to_req=mid("KCSC-240903-02"),
    body="""
안녕하세요. 카카오 권리침해신고센터입니다.

KCSC-240903-02 요청 건의 게시물 전체에 대해 임시조치를 완료하였습니다.

고맙습니다.
""",
    outcome="review", review="bulk",
    imitates="Kakao one-line '전체 임시조치 완료' note",
    why="one statement about every item of a four-item request, none named: bulk",
    items={D1: "pending", D2: "pending", D3: "pending", D4: "pending"},
)

case(
    name="daum-search-deindex-dc-url",
    date="Mon, 09 Sep 2024 14:14:14 +0900",
    **{"from": "search_help@daum.net"}, name_from="Daum 검색",
    subject="[Daum 검색] 검색결과 삭제 요청 처리 결과",
    body=f"""
안녕하세요. Daum 검색 담당자입니다.

요청하신 URL
{DC1}
은 Daum 검색 결과에서 삭제(노출 제외) 처리되었습니다.

원문 게시물의 삭제는 해당 사이트 운영자에게 요청해 주시기 바랍니다.
""",
    outcome="review", review="wrong_platform",
    imitates="portal search de-indexing notice about another site's URL",
    why="Daum states a result for a DC Inside item (removed from its search only): not the item's own platform",
    items={DC1: "pending"},
)

case(
    name="dc-auth-fail-deleted",
    auth="fail",
    date="Thu, 05 Sep 2024 21:40:00 +0900",
    **{"from": "admin@dcinside.com"}, name_from="디시인사이드 운영팀",
    subject="[디시인사이드] 게시물 삭제 완료 (KCSC-240904-03)",
    body=f"""
요청 번호: KCSC-240904-03

• {DC1} : 삭제 완료
• {DC4} : 삭제 완료

디시인사이드 운영팀
""",
    outcome="review", review="untrusted",
    imitates="DC Inside result list, but the message fails DKIM/SPF/DMARC",
    why="platform domain without passing authentication: the statements are kept for review, nothing applied",
    items={DC1: "pending", DC4: "pending"},
)

case(
    name="dc-gmail-impostor",
    date="Fri, 06 Sep 2024 08:20:00 +0900",
    **{"from": "dcinside.admin.kr@gmail.com"}, name_from="디시인사이드 관리자",
    subject="KCSC-240904-03 삭제했습니다",
    body=f"""
방심위 담당자님 안녕하세요
{DC2}
위 글 삭제했습니다. 확인 부탁드립니다.
""",
    outcome="review", review="unknown_sender",
    imitates="someone claiming to be a gallery admin, writing from a free-mail address",
    why="gmail.com is no platform's domain; it names our request and an item: unknown_sender",
    items={DC2: "pending"},
)

case(
    name="soop-hedged-appears",
    date="Sat, 07 Sep 2024 11:11:11 +0900",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP Operations",
    subject="Re: KCSC-240905-04",
    body=f"""
Hello,

The VOD {S1} appears to have been deleted by the
streamer. The other VOD ({S2}) may have been set to
private as well; we will double-check both and let you know.

SOOP Operations
""",
    outcome="review", review="not_understood",
    imitates="operations agent's hedged interim answer",
    why="'appears to have been deleted' and 'may have been set to private' are hedges; nothing stated",
    items={S1: "pending", S2: "pending"},
)

case(
    name="soop-contradictory-paste",
    date="Wed, 11 Sep 2024 19:19:19 +0900",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[SOOP] 신고 처리 결과 안내 (KCSC-240905-04)",
    reply_to_req=mid("KCSC-240905-04"),
    body=f"""
안녕하세요, SOOP 운영팀입니다.

{S2}
→ 삭제 처리되었습니다.

참고로 위 VOD({S2})는 운영정책 위반 사항이
확인되지 않아 현재 정상 게시 중입니다.

감사합니다.
""",
    outcome="review", review="conflicting_statements",
    imitates="template reply where an agent pasted two different results for one VOD",
    why="the same VOD is said to be deleted and to remain online for no violation: conflicting, pending",
    items={S2: "pending"},
)

case(
    name="fmk-under-review-conditional",
    date="Sat, 07 Sep 2024 13:30:00 +0900",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영팀",
    subject="RE: [KCSC-240906-05] 검토 중 안내",
    reply_to_req=mid("KCSC-240906-05"),
    body=f"""
에펨코리아 운영팀입니다.

신고하신 게시물 2건은 현재 검토 중입니다.
{F1}
{F2}
작성자 소명을 받은 뒤 위반이 확인되면 삭제할 예정입니다.
""",
    outcome="review", review="not_understood",
    imitates="community operator 'under review, will delete if confirmed' reply",
    why="under review plus a conditional promise about two named items: no statement",
    items={F1: "pending", F2: "pending"},
)

case(
    name="clien-policy-newsletter",
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    **{"from": "notice@clien.net"}, name_from="클리앙",
    subject="[클리앙] 운영정책 개정 안내 (2024.10.01 시행)",
    body="""
클리앙을 이용해 주시는 기관 담당자님께,

2024년 10월 1일부터 클리앙 운영정책 일부가 개정됩니다.

1. 불법 촬영물 신고 시 처리 절차 명확화
2. 홍보성 게시물 제한 기준 변경
3. 기관 요청 접수 창구 일원화 (police@clien.net)

자세한 내용은 공지사항에서 확인하실 수 있습니다.
https://www.clien.net/service/board/notice/18820001

클리앙 운영팀
""",
    outcome="review", review="no_claims",
    imitates="policy-change newsletter from a community site with no request outstanding",
    why="trusted platform mail naming no requested item and no request: nothing to apply, a person should see it",
    items={},
)

# ---------------------------------------------------------------- ignored

case(
    name="naver-out-of-office-ko",
    date="Mon, 09 Sep 2024 08:00:03 +0900",
    **{"from": "jh.kim@navercorp.com"}, name_from="김지훈",
    subject="자동 회신: [KCSC-240902-01] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 김지훈입니다.
9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 권리보호센터 대표 메일(rights_kr@navercorp.com)로 보내주세요.

I am out of the office until 13 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook Korean out-of-office reply (자동 회신)",
    why="out-of-office auto-reply",
    items={},
)

def _enc(t):
    return "=?UTF-8?B?" + base64.b64encode(t.encode("utf-8")).decode("ascii") + "?="


_dsn_text = """This is the mail system at host mx1.inven.co.kr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse@inven.co.kr>: host mail.inven.co.kr[203.0.113.45] said: 550 5.1.1
    <abuse@inven.co.kr>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
"""
case(
    name="inven-dsn-user-unknown",
    date="Tue, 10 Sep 2024 09:00:41 +0900",
    **{"from": "MAILER-DAEMON@inven.co.kr"}, name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="8F1A2B3C.1725926441/mx1.inven.co.kr"

This is a MIME-encapsulated message.

--8F1A2B3C.1725926441/mx1.inven.co.kr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

{_dsn_text}
--8F1A2B3C.1725926441/mx1.inven.co.kr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.inven.co.kr
Arrival-Date: Tue, 10 Sep 2024 09:00:40 +0900

Final-Recipient: rfc822; abuse@inven.co.kr
Original-Recipient: rfc822;abuse@inven.co.kr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.inven.co.kr
Diagnostic-Code: smtp; 550 5.1.1 <abuse@inven.co.kr>: Recipient address
    rejected: User unknown in virtual mailbox table

--8F1A2B3C.1725926441/mx1.inven.co.kr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: abuse@inven.co.kr
Subject: [KCSC-240910-07] {_enc("불법 정보 삭제 요청")}
Message-ID: <req-KCSC-240910-07@kcsc.example>
Date: Tue, 10 Sep 2024 09:00:00 +0900
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요청합니다.
{I1}
{I2}

--8F1A2B3C.1725926441/mx1.inven.co.kr--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (user unknown) returning the request with its URLs",
    why="delivery failure report; the URLs are only in the returned request",
    items={},
)

case(
    name="daum-mdn-read",
    date="Tue, 03 Sep 2024 13:02:10 +0900",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    subject="읽음 확인: [KCSC-240903-02] 불법·유해정보 삭제 등 조치 요청",
    reply_to_req=mid("KCSC-240903-02"),
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-boundary-0903"

--mdn-boundary-0903
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지가 2024-09-03 오후 1:02에 읽혔습니다.

받는 사람: right@kakaocorp.com
제목: [KCSC-240903-02] 불법·유해정보 삭제 등 조치 요청

--mdn-boundary-0903
Content-Type: message/disposition-notification

Reporting-UA: right@kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <req-KCSC-240903-02@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-boundary-0903--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Outlook Korean read receipt (읽음 확인, MDN)",
    why="message disposition notification only",
    items={},
)

case(
    name="dc-ticket-receipt",
    date="Wed, 04 Sep 2024 09:21:30 +0900",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    subject="[디시인사이드] 문의가 접수되었습니다 (접수번호 DC-20240904-1187)",
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 디시인사이드 고객센터입니다.

문의가 정상적으로 접수되었습니다.
접수번호: DC-20240904-1187
접수일시: 2024-09-04 09:21

답변은 영업일 기준 3일 이내에 등록된 이메일로 보내드립니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt",
    why="pure receipt with a ticket number, no statement",
    items={},
)

case(
    name="soop-chuseok-holiday-autoreply",
    date="Mon, 16 Sep 2024 00:05:00 +0900",
    **{"from": "report@sooplive.co.kr"}, name_from="SOOP 운영팀",
    subject="[자동응답] 추석 연휴 고객센터 휴무 안내",
    reply_to_req=mid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
    body="""
안녕하세요. SOOP 고객센터입니다.

추석 연휴(9월 16일~9월 18일) 기간에는 고객센터 운영을 쉽니다.
연휴 기간에 접수된 문의는 9월 19일(목)부터 순차적으로 답변드리겠습니다.

This is an automatic reply. Our help centre is closed for the Chuseok holiday.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean holiday (추석) auto-reply of a help centre",
    why="automatic holiday notice",
    items={},
)

case(
    name="fmk-dsn-delayed",
    date="Sat, 07 Sep 2024 10:10:05 +0900",
    **{"from": "postmaster@fmkorea.com"}, name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime="""Content-Type: multipart/report; report-type=delivery-status; boundary="00000000000077aa11bb22cc"

--00000000000077aa11bb22cc
Content-Type: text/plain; charset=UTF-8

** Delivery incomplete **

There was a temporary problem delivering your message to
admin@fmkorea.com. The server will retry for 46 more hours.
You'll be notified if the delivery fails permanently.

--00000000000077aa11bb22cc
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.fmkorea.com

Final-Recipient: rfc822; admin@fmkorea.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Mon, 09 Sep 2024 10:10:00 +0900

--00000000000077aa11bb22cc
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: admin@fmkorea.com
Subject: [KCSC-240906-05] request
Message-ID: <req-KCSC-240906-05@kcsc.example>
Date: Fri, 06 Sep 2024 10:10:00 +0900

--00000000000077aa11bb22cc--
""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delayed-delivery DSN (Action: delayed)",
    why="a delivery delay report is a DSN; nothing about items",
    items={},
)

case(
    name="naver-receipt-with-ref",
    date="Mon, 02 Sep 2024 10:03:00 +0900",
    **{"from": "noreply@navercorp.com"}, name_from="NAVER 고객센터",
    subject="[NAVER] 요청 접수 안내 (접수번호 NV24090200871)",
    reply_to_req=mid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
안녕하세요. 네이버 고객센터입니다.

보내주신 요청(KCSC-240902-01)이 정상적으로 접수되었습니다.
접수번호: NV24090200871

처리 결과는 담당 부서 검토 후 이메일로 안내드리겠습니다.
이 메일은 발신 전용입니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="NAVER customer-centre receipt naming our reference",
    why="pure receipt: names our request, no item, no statement",
    items={},
)


HEADER = """# Blind set 483 (Korean portals and community sites): written from each
# email's meaning before any run of the reader. Generated by make.py; edit there.
"""


def encode_headers(c):
    """Encode non-ASCII display names and subjects (RFC 2047) as most mailers
    do; cases with raw_subject keep raw UTF-8 (RFC 6532), as some small
    Korean sites' mailers send."""
    from email.header import Header
    for key in ("name_from", "subject"):
        v = c.get(key)
        if v is None or v.isascii() or v.startswith("=?"):
            continue
        if key == "subject" and c.get("raw_subject"):
            continue
        c[key] = Header(v, "utf-8").encode(maxlinelen=76, linesep="\n")


def main():
    for c in CASES:
        encode_headers(c)
    write_requests()
    corpuslib.write_set(HERE, "blind483", HEADER, CASES)


if __name__ == "__main__":
    main()
