#!/usr/bin/env python3
"""Blind set 103: hosting providers, a CDN, a registrar, a Korean forum, an
image board and a file host answering removal requests, many of them
informally (abuse desks, admins writing one line), plus CSV attachments and
plain-text tables.

Written before any run of the reader, from each email's meaning alone.
Deterministic: `python3 tests/corpus/blind103/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
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

SET = "blind103"


def enc(s):
    """RFC 2047 encoding for a header value with non-ASCII text."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def kr(path):
    """A Korean path as stored (percent-encoded) in requests.csv."""
    return quote(path, safe="/?=&")


# ---------------------------------------------------------------- requests
H = "https://hanbitbbs.example"
USER_RAW = H + "/user/도박왕"
TAG_RAW = H + "/tag/토토사이트"
USER = H + kr("/user/도박왕")
TAG = H + kr("/tag/토토사이트")

R1 = [
    H + "/board/free/10231",
    H + "/board/free/10388",
    H + "/board/free/10402",
    H + "/board/humor/5521",
    H + "/board/humor/5530",
    H + "/board/market/88012",
    H + "/board/market/88047",
    H + "/board/market/88101",
    H + "/gallery/view?no=30211",
    H + "/gallery/view?no=30254",
    USER,
    H + "/board/stock/2201",
    H + "/board/stock/2219",
    TAG,
]
R1_RAW = [USER_RAW if u == USER else TAG_RAW if u == TAG else u for u in R1]
(FREE1, FREE2, FREE3, HUM1, HUM2, MK1, MK2, MK3, GAL1, GAL2, _U, ST1, ST2, _T) = R1

SPIN = "https://kr-lucky-spin.example/"
SPINJ = "https://kr-lucky-spin.example/join?ref=vip"
PHIP = "http://198.51.100.77/pharma/index.html"
PILL = "https://pillmart-direct.example/shop/sildenafil"
PILLC = "https://pillmart-direct.example/shop/checkout"
R2 = [SPIN, SPINJ, PHIP, PILL, PILLC]

KBO = "https://streamfree-tv.example/live/kbo"
EPL = "https://streamfree-tv.example/live/epl"
WT1 = "https://webtoon-leak.example/series/4411"
WT2 = "https://webtoon-leak.example/series/4412"
R3 = [KBO, EPL, WT1, WT2]

TOTO = "https://totobet-korea.example/"
CASI = "https://casino-hwan.example/"
DDOS = "https://ddosu-market.example/"
R4 = [TOTO, CASI, DDOS]

K1 = "https://kumochan.example/b/res/771203.html"
K2 = "https://kumochan.example/b/res/771245.html"
K3 = "https://kumochan.example/kr/res/55019.html"
R5 = [K1, K2, K3]

PF1 = "https://parcelfiles.example/d/Qx7fT2mK"
PF2 = "https://parcelfiles.example/d/Lm93pZaa"
R6 = [PF1, PF2]

K7 = "https://kumochan.example/kr/res/55102.html"
R7 = [K7]

REQUESTS = [
    ("KCSC-240902-01", "hanbit", "2024-09-02T10:00:00+09:00", "2024-09-09T18:00:00+09:00",
     R1, "gambling", "forum posts advertising illegal gambling and betting sites"),
    ("KCSC-240903-02", "pelican", "2024-09-03T14:00:00+09:00", "2024-09-10T18:00:00+09:00",
     R2, "illegal_trade", "customer sites: gambling and unlicensed pharmacy"),
    ("KCSC-240904-03", "edgeshield", "2024-09-04T11:00:00+09:00", "2024-09-11T18:00:00+09:00",
     R3, "copyright", "sites behind the CDN: illegal streaming and leaked webtoons"),
    ("KCSC-240905-04", "namebay", "2024-09-05T09:30:00+09:00", "2024-09-12T18:00:00+09:00",
     R4, "gambling", "domains registered through the registrar"),
    ("KCSC-240905-05", "kumochan", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     R5, "gambling", "image board threads"),
    ("KCSC-240906-06", "parcelfiles", "2024-09-06T10:00:00+09:00", "2024-09-13T18:00:00+09:00",
     R6, "obscenity", "file host download links"),
    ("KCSC-240909-07", "kumochan", "2024-09-09T15:00:00+09:00", "2024-09-16T18:00:00+09:00",
     R7, "gambling", "one image board thread"),
]


def mid(ref):
    return f"req-{ref}@kcsc.example"


def rid(ref):
    """The local part corpuslib.headers puts before '@kcsc.example'."""
    return f"req-{ref}"


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- MIME helpers
def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def part(ctype, body, cte="8bit", extra=()):
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(head) + "\n\n" + body.strip("\n") + "\n"


def multipart(boundary, parts, subtype="mixed", params=""):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}', ""]
    out.append("This is a multi-part message in MIME format.")
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def single(ctype, body, cte):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n{body}\n"


def csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def request_body_kr():
    lines = ["귀사 서비스의 아래 게시물에 대하여 삭제 등 시정을 요구합니다. (불법 도박 광고)", ""]
    lines += R1_RAW
    lines += ["", "조치 기한: 2024. 9. 9.(월) 18:00", "방송통신심의위원회"]
    return lines


HB = "report@hanbitbbs.example"
HB_NAME = enc("한빛게시판 운영팀")
PH = "abuse@pelicanhost.example"
ES = "trust-safety@edgeshield.example"
NB = "abuse@namebay.example"
KC = "admin@kumochan.example"
PFA = "abuse@parcelfiles.example"

cases = []


def case(**kw):
    cases.append(kw)


# ================================================================ applied
case(
    name="hanbit-kr-plaintext-table",
    **{"from": HB}, name_from=HB_NAME,
    date="Wed, 04 Sep 2024 16:12:40 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법·유해정보 시정요구"),
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
방송통신심의위원회 담당자님께,

한빛게시판 운영팀입니다. 2024. 9. 2. 보내주신 시정요구(KCSC-240902-01) 중
아래 게시물에 대한 처리 결과를 알려드립니다.

번호 | 게시물 주소                                 | 처리 결과
-----+---------------------------------------------+--------------------------
 1   | {FREE1}  | 삭제
 2   | {FREE2}  | 삭제
 3   | {FREE3}  | 블라인드
 4   | {HUM1}   | 게시물 없음(작성자 삭제)
 5   | {HUM2}   | 임시조치(30일)

나머지 게시물은 확인 중이며, 처리되는 대로 다시 회신드리겠습니다.

한빛게시판 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean community-site operator's 시정요구 처리결과 reply as a plain-text table",
    why="per-row results: 삭제/블라인드 removed, 게시물 없음(작성자 삭제) not_found, 임시조치 restricted; the rest only 'being checked'",
    items={FREE1: "removed", FREE2: "removed", FREE3: "removed", HUM1: "not_found", HUM2: "restricted"},
)

csv1 = csv_text([
    ["번호", "URL", "조치", "비고"],
    ["1", MK1, "삭제", "판매글 삭제 및 작성자 이용정지"],
    ["2", MK2, "삭제", ""],
    ["3", MK3, "미조치", "개인 간 중고거래 글로 위반사항 확인되지 않음"],
    ["4", GAL1, "임시조치", "30일간 열람 제한"],
    ["5", GAL2, "해당 없음", "작성자가 이미 삭제한 게시물"],
])
case(
    name="hanbit-csv-attachment",
    **{"from": HB}, name_from=HB_NAME,
    date="Thu, 05 Sep 2024 11:03:12 +0900",
    subject=enc("[KCSC-240902-01] 장터·갤러리 게시물 처리 결과 (첨부)"),
    raw_mime=multipart("hb-7f3a21", [
        part("text/plain; charset=utf-8", """
안녕하세요, 한빛게시판 운영팀입니다.

KCSC-240902-01 건 중 장터·갤러리 게시물 처리 결과를 첨부한 CSV 파일로
정리했습니다. 확인 부탁드립니다.

감사합니다.
"""),
        part('text/csv; charset=utf-8; name="kcsc_240902_01_result.csv"', b64(csv1), "base64",
             ['Content-Disposition: attachment; filename="kcsc_240902_01_result.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="forum operator sending the per-URL outcome as a CSV spreadsheet attachment",
    why="CSV rows: 삭제 removed x2, 미조치 with 'no violation found' rejected, 임시조치 restricted, author already deleted not_found",
    items={MK1: "removed", MK2: "removed", MK3: "rejected", GAL1: "restricted", GAL2: "not_found"},
)

case(
    name="hanbit-particles-after-urls",
    **{"from": "stockadmin@hanbitbbs.example"}, name_from=enc("한빛게시판 주식게시판 관리자"),
    date="Fri, 06 Sep 2024 09:41:05 +0900",
    subject=enc("Re: 주식게시판 게시물 관련"),
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
안녕하세요, 주식게시판 관리자입니다.

{ST1}은 리딩방 홍보글이라 삭제했고, {ST2}는 일반 종목 토론글이라 운영정책 위반이 아니어서 그대로 둡니다.

수고하세요.
""",
    outcome="applied", classification="confirmation",
    imitates="one-paragraph reply from a volunteer board moderator of a Korean forum",
    why="stock/2201 삭제 removed; stock/2219 left up because it breaks no rule: rejected (URLs followed by Korean particles)",
    items={ST1: "removed", ST2: "rejected"},
)

case(
    name="hanbit-user-and-tag-angle",
    **{"from": HB}, name_from=HB_NAME,
    date="Mon, 09 Sep 2024 14:20:33 +0900",
    subject=enc("[KCSC-240902-01] 회원 페이지 및 태그 페이지 처리 결과"),
    body=f"""
담당자님 안녕하세요.

1) 회원 페이지 <{USER_RAW}>
   → 해당 회원은 강제 탈퇴 처리했고, 회원 페이지와 작성 글 전체를 운영자 삭제했습니다.

2) 태그 페이지 <{TAG_RAW}>
   → 태그에는 정상 게시물도 함께 묶여 있어 삭제하지 않고, 성인인증을 마친
     회원만 볼 수 있도록 접근 제한 조치했습니다.

운영정책은 {H}/policy 에서 보실 수 있습니다.

한빛게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="forum operator answering about a member page and a tag page, URLs in angle brackets with Korean paths",
    why="member page 운영자 삭제 removed; tag page 접근 제한 to adult-verified members: restricted; policy link is not an item",
    items={USER: "removed", TAG: "restricted"},
)

quoted = "\n".join(request_body_kr())
case(
    name="hanbit-top-posted-outlook",
    **{"from": "jhpark@hanbitbbs.example"}, name_from=enc("박지훈"),
    date="Tue, 10 Sep 2024 10:05:51 +0900",
    subject=enc("RE: [KCSC-240902-01] 불법·유해정보 시정요구"),
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
담당자님, 아래 요청 건 중 2건 처리했습니다.

- {FREE1} : 삭제
- {HUM2} : 블라인드 처리

나머지는 각 게시판 관리자에게 전달해 두었습니다.

박지훈 / 한빛게시판 운영팀

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:00 AM
To: report@hanbitbbs.example
Subject: [KCSC-240902-01] 불법·유해정보 시정요구

{quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply over the regulator's quoted request",
    why="two items stated above the quote (삭제, 블라인드 = removed); the 14 URLs in the quoted request are not statements",
    items={FREE1: "removed", HUM2: "removed"},
)

gq = "\n".join("> " + l if l else ">" for l in request_body_kr())
case(
    name="hanbit-gmail-quoted-kr",
    **{"from": "freeboard.mod@hanbitbbs.example"}, name_from=enc("자유게시판 관리자"),
    date="Tue, 10 Sep 2024 21:47:02 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법·유해정보 시정요구"),
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
안녕하세요.

자유게시판 10388번 글({FREE2})은 작성자가 이미 지워서 존재하지 않는 게시물입니다.
10402번 글 {FREE3} 은 신고 절차에 따라 30일간 임시조치했습니다.

2024년 9월 2일 (월) 오전 10:00, KCSC Takedown <takedown@kcsc.example>님이 작성:
{gq}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail reply in Korean with the request quoted below '님이 작성:'",
    why="free/10388 deleted by its author: not_found; free/10402 임시조치: restricted; quoted lines are not statements",
    items={FREE2: "not_found", FREE3: "restricted"},
)

tag_href = TAG
html7 = f"""<html><body>
<p>방송통신심의위원회 귀중</p>
<p>시정요구(KCSC-240902-01)에 대한 조치결과를 아래와 같이 통보합니다.</p>
<table border="1" cellpadding="4">
<tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr>
<tr><td>1</td><td><a href="{GAL1}">{GAL1}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>2</td><td><a href="{GAL2}">{GAL2}</a></td><td>삭제</td><td>2024-09-11</td></tr>
<tr><td>3</td><td><a href="{MK3}">{MK3}</a></td><td>미조치 (위반 아님: 개인 간 중고거래)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{tag_href}">{TAG_RAW}</a></td><td>접근제한 (성인인증)</td><td>2024-09-11</td></tr>
</table>
<p>한빛게시판 운영팀 | <a href="{H}/help">고객센터</a></p>
</body></html>"""
case(
    name="hanbit-html-siljeong-table",
    **{"from": HB}, name_from=HB_NAME,
    date="Wed, 11 Sep 2024 17:30:00 +0900",
    subject=enc("[한빛게시판] 시정요구 조치결과 통보 (KCSC-240902-01)"),
    raw_mime=single("text/html; charset=utf-8", b64(html7), "base64"),
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 통보 as an HTML table (base64 body)",
    why="table rows: 삭제 removed x2, 미조치(위반 아님) rejected, 접근제한 restricted; help-centre link is not an item",
    items={GAL1: "removed", GAL2: "removed", MK3: "rejected", TAG: "restricted"},
)

case(
    name="hanbit-arrows-fullwidth",
    **{"from": HB}, name_from=HB_NAME,
    date="Thu, 12 Sep 2024 13:02:19 +0900",
    subject=enc("Re: [KCSC-240902-01] 처리 결과 회신"),
    body=f"""
KCSC-240902-01 처리 결과 회신드립니다：

① {MK1} → 삭제 완료
② {MK2} → 삭제 완료
③ {HUM1} → 해당 게시물 없음（작성자가 이미 삭제）
④ {ST2} → 게시 유지（운영정책 위반 아님）

한빛게시판 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="numbered Korean reply with arrows and full-width punctuation",
    why="삭제 완료 removed x2; 작성자가 이미 삭제 not_found; 게시 유지 with reason rejected",
    items={MK1: "removed", MK2: "removed", HUM1: "not_found", ST2: "rejected"},
)

case(
    name="pelican-abuse-suspended",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Thu, 05 Sep 2024 03:14:09 +0000",
    subject="[PH-558812] Re: [KCSC-240903-02] Illegal gambling and pharmacy sites",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hello,

Thank you for your report.

We have confirmed that kr-lucky-spin.example is hosted on a shared hosting
account with us. The account has been suspended for breach of our
Acceptable Use Policy, and the following URLs are no longer served from
our network:

  {SPIN}
  {SPINJ}

The remaining URLs in your notice are still being investigated; we will
reply separately on those.

Regards,
Marta Lindqvist
Abuse Desk, Pelican Hosting
https://pelicanhost.example/legal/aup
""",
    outcome="applied", classification="confirmation",
    imitates="shared-hosting abuse desk reply: customer account suspended for AUP breach",
    why="account suspended, both lucky-spin URLs no longer served: removed; the others only under investigation and not named",
    items={SPIN: "removed", SPINJ: "removed"},
)

case(
    name="pelican-disabled-and-kept",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Mon, 09 Sep 2024 08:40:55 +0000",
    subject="[PH-558812] Follow-up: KCSC-240903-02",
    body=f"""
Hi,

Follow-up on ticket PH-558812 (your ref KCSC-240903-02).

The following page has been disabled by our team:
{PHIP}

The following pages remain online:
{PILL}
{PILLC}
Our customer supplied a pharmacy licence from their country of
establishment and the shop does not ship to the Republic of Korea, so we
found no breach of our AUP. Please contact the site operator directly if
you disagree.

Pelican Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="hosting abuse desk follow-up splitting URLs under 'disabled' and 'remain online' headings",
    why="IP page disabled: removed; the two shop pages remain online because no AUP breach was found: rejected",
    items={PHIP: "removed", PILL: "rejected", PILLC: "rejected"},
)

case(
    name="pelican-status-below-url",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Wed, 11 Sep 2024 08:05:00 +0000",
    subject="KCSC-240903-02 status per URL",
    body=f"""
KCSC-240903-02 -- status per URL as of 2024-09-11 08:00 UTC

{SPIN}
-> offline, hosting account terminated

{SPINJ}
-> offline, hosting account terminated

{PHIP}
-> removed (files deleted from the server)

{PILL}
-> removed by the customer after our notice

{PILLC}
-> not found: this path does not exist on the customer's site (HTTP 404
   since before your notice)

-- 
Pelican Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk status list: bare URL, status on the line below",
    why="four URLs offline/removed: removed; checkout path never existed: not_found",
    items={SPIN: "removed", SPINJ: "removed", PHIP: "removed", PILL: "removed", PILLC: "not_found"},
)

case(
    name="pelican-wrapped-angle",
    **{"from": "tomasz.w@pelicanhost.example"}, name_from="Tomasz Wojcik",
    date="Fri, 06 Sep 2024 12:31:44 +0000",
    subject="Re: [KCSC-240903-02] Illegal gambling and pharmacy sites",
    reply_to_req=rid("KCSC-240903-02"),
    body="""
Hello KCSC team,

Quick update: the customer has taken down the referral landing page you
flagged, <https://kr-lucky-spin.example/join?
ref=vip>. The home page is handled in the other ticket.

Best,
Tomasz / Pelican abuse
""",
    outcome="applied", classification="confirmation",
    imitates="informal one-paragraph update from an abuse-desk employee, URL wrapped inside angle brackets",
    why="join?ref=vip taken down: removed; the home page is only mentioned as handled elsewhere (no statement)",
    items={SPINJ: "removed"},
)

case(
    name="pelican-echoed-report",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Tue, 10 Sep 2024 06:12:30 +0000",
    subject="[PH-558840] Decision on your abuse report",
    body=f"""
Dear reporter,

Below is a copy of your report as received by our abuse system, followed
by our decision for each URL.

==== Report as received ====
Reporter: Korea Communications Standards Commission
Reference: KCSC-240903-02
Category: Illegal online pharmacy
URLs:
  {PILL}
  {PILLC}
============================

Decision:
  {PILL}   removed (product page deleted by our staff)
  {PILLC}     removed (entire store disabled)

Pelican Hosting Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-system decision mail echoing the report as received, then a decision per URL",
    why="decision lines: both pillmart URLs removed; the echoed report block states nothing",
    items={PILL: "removed", PILLC: "removed"},
)

case(
    name="edgeshield-geo-kr",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Fri, 06 Sep 2024 07:45:12 +0000",
    subject="EdgeShield abuse report 7730-2291 [KCSC-240904-03]",
    body=f"""
Hello,

EdgeShield has reviewed the report you submitted on behalf of the Korea
Communications Standards Commission.

Because the content is unlawful under the law of the Republic of Korea, we
have restricted access from South Korea to the following URLs served
through our network:

- {KBO}
- {EPL}

Visitors from other countries are not affected. We have also forwarded your
report to the hosting provider of the origin server.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN trust-and-safety reply applying a country block",
    why="both live-stream URLs restricted from South Korea only: restricted",
    items={KBO: "restricted", EPL: "restricted"},
)

html14 = f"""<html><body>
<p>Hello,</p>
<p>Here is the outcome of abuse report 7730-2291 (your reference KCSC-240904-03).</p>
<table border="1">
<tr><th>URL</th><th>Action</th><th>Scope</th></tr>
<tr><td>{KBO}</td><td>Access blocked</td><td>Republic of Korea only</td></tr>
<tr><td>{EPL}</td><td>Access blocked</td><td>Republic of Korea only</td></tr>
<tr><td>{WT1}</td><td>Removed by the origin host</td><td>Global</td></tr>
<tr><td>{WT2}</td><td>No action: the URL returns 404 at the origin, content not located</td><td>-</td></tr>
</table>
<p>EdgeShield Trust &amp; Safety &middot; <a href="https://edgeshield.example/abuse">Abuse policy</a></p>
</body></html>"""
case(
    name="edgeshield-html-table",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Thu, 12 Sep 2024 02:18:40 +0000",
    subject="Outcome of abuse report 7730-2291",
    raw_mime=multipart("es-alt-91c2", [
        part("text/html; charset=utf-8", qp(html14), "quoted-printable"),
    ], subtype="alternative"),
    outcome="applied", classification="confirmation",
    imitates="CDN outcome mail as an HTML table (quoted-printable)",
    why="KR-only blocks restricted x2; removed by origin host removed; 404 / not located not_found",
    items={KBO: "restricted", EPL: "restricted", WT1: "removed", WT2: "not_found"},
)

case(
    name="edgeshield-base64",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Mon, 09 Sep 2024 04:02:10 +0000",
    subject="Abuse report 7730-2304 update",
    raw_mime=single("text/plain; charset=utf-8", b64(f"""Hello,

This is an update on abuse report 7730-2304 (KCSC-240904-03).

EdgeShield does not host website content, but where content is unlawful in
a specific country we can block it in that country. We have applied a
geographic block for visitors in the Republic of Korea to:

  {WT1}
  {WT2}

The block applies to these two URLs only.

EdgeShield Trust & Safety
"""), "base64"),
    outcome="applied", classification="confirmation",
    imitates="CDN country-block notice in a base64 text body",
    why="geographic block for Korea on both webtoon URLs: restricted",
    items={WT1: "restricted", WT2: "restricted"},
)

case(
    name="edgeshield-ack-plus-action",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Sat, 07 Sep 2024 01:55:03 +0000",
    subject="Re: [KCSC-240904-03] illegal sports streaming",
    reply_to_req=rid("KCSC-240904-03"),
    body=f"""
Thank you for contacting EdgeShield. We received your report and opened
case 7730-2291.

After review we have disabled EdgeShield service for the two live-stream
pages below; they no longer load through our network for any visitor:
{KBO}
{EPL}

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN reply that opens with a receipt phrase and then states the action",
    why="receipt phrase plus an unhedged statement: service disabled globally for both URLs: removed",
    items={KBO: "removed", EPL: "removed"},
)

case(
    name="namebay-bare-domains",
    **{"from": NB}, name_from="Namebay Abuse Team",
    date="Mon, 09 Sep 2024 02:30:00 +0000",
    subject="Re: [KCSC-240905-04] Domain abuse report",
    reply_to_req=rid("KCSC-240905-04"),
    body="""
Dear Sir or Madam,

We have completed our review of the domain names listed in your report.

totobet-korea.example - suspended. The domain has been placed on
clientHold and no longer resolves.

casino-hwan.example - suspended. The domain has been placed on clientHold
and no longer resolves.

ddosu-market.example - no action. As the registrar we do not host the
website, and the registrant's use of the domain does not breach our
registration agreement. Please direct content complaints to the hosting
provider.

Kind regards,
Namebay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse-team reply naming bare domain names (clientHold)",
    why="two domains on clientHold, no longer resolve: removed; third left alone as no breach of the registration agreement: rejected",
    items={TOTO: "removed", CASI: "removed", DDOS: "rejected"},
)

case(
    name="namebay-numbered-status-below",
    **{"from": NB}, name_from="Namebay Abuse Team",
    date="Wed, 11 Sep 2024 09:12:44 +0000",
    subject="Results for KCSC-240905-04",
    body=f"""
Hello,

Results for KCSC-240905-04:

1. {TOTO}
   Status: serverHold applied by the registry at our request; the domain
   no longer resolves.
2. {CASI}
   Status: not found. This domain is not registered with Namebay; it was
   deleted after expiry on 2024-08-30 and is currently unregistered.
3. {DDOS}
   Status: suspended (clientHold), the domain no longer resolves.

Namebay Abuse Team
""",
    outcome="applied", classification="confirmation",
    imitates="registrar numbered result list with the status on the line below each URL",
    why="serverHold/clientHold, no longer resolves: removed x2; domain expired and unregistered: not_found",
    items={TOTO: "removed", CASI: "not_found", DDOS: "removed"},
)

case(
    name="namebay-dsa-sor",
    **{"from": "dsa-notices@namebay.example"}, name_from="Namebay Legal",
    date="Tue, 10 Sep 2024 11:00:00 +0000",
    subject="Statement of reasons NB-SOR-2024-09-4471",
    body=f"""
Statement of reasons (Article 17, Regulation (EU) 2022/2065)

Reference:                NB-SOR-2024-09-4471
Your reference:           KCSC-240905-04
Content concerned:        {CASI}
Decision:                 suspension of the domain name; the name no longer
                          resolves
Territorial scope:        worldwide
Facts and circumstances:  the domain is used to offer unlicensed gambling
                          services to users in the Republic of Korea
Contractual ground:       Namebay Registration Agreement, section 7.2
Automated means used:     no
Redress:                  the registrant may appeal at
                          https://namebay.example/appeals

Namebay Legal
""",
    outcome="applied", classification="confirmation",
    imitates="DSA Article 17 statement of reasons sent by a registrar",
    why="worldwide suspension of the domain, no longer resolves: removed; appeal link is not an item",
    items={CASI: "removed"},
)

case(
    name="kumochan-admin-lines",
    **{"from": KC}, name_from="kumochan admin",
    date="Fri, 06 Sep 2024 23:58:31 +0900",
    subject="Re: [KCSC-240905-05] request for deletion",
    reply_to_req=rid("KCSC-240905-05"),
    body=f"""
{K1} - deleted
{K2} - deleted, poster banned
{K3} - already gone, thread got pruned off the board last week so there is nothing to delete

-- 
admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin answering in three lines, no greeting",
    why="two threads deleted: removed; third pruned before the request, nothing to delete: not_found",
    items={K1: "removed", K2: "removed", K3: "not_found"},
)

case(
    name="kumochan-inline-quote",
    **{"from": "mod.yuki@kumochan.example"}, name_from="yuki (kumochan mod)",
    date="Sat, 07 Sep 2024 02:14:09 +0900",
    subject="Re: [KCSC-240905-05] request for deletion",
    reply_to_req=rid("KCSC-240905-05"),
    body=f"""
hi, answers inline

> {K1}
deleted

> {K2}
deleted + range ban

> {K3}
not deleting this one. it's a news thread about the gambling crackdown,
nobody is advertising anything in it and it doesn't break our rules.

> Please reply by 12 September 2024.
ok
""",
    outcome="applied", classification="confirmation",
    imitates="moderator answering inline under each quoted line of the request",
    why="the unquoted answer under each quoted URL is the statement: removed, removed, rejected (no rule broken)",
    items={K1: "removed", K2: "removed", K3: "rejected"},
)

case(
    name="kumochan-one-item-sole",
    **{"from": KC}, name_from="kumochan admin",
    date="Tue, 10 Sep 2024 19:20:00 +0900",
    subject="Re: [KCSC-240909-07] deletion request",
    reply_to_req=rid("KCSC-240909-07"),
    body="""
Thread removed and the poster banned. Thanks for the heads up.

- kumochan mod team
""",
    outcome="applied", classification="confirmation",
    imitates="one-line admin reply to a one-thread request",
    why="the request has one item and the reply says the thread was removed: applies to it",
    items={K7: "removed"},
)

case(
    name="parcelfiles-disabled-and-gone",
    **{"from": PFA}, name_from="Parcel Files Trust & Safety",
    date="Mon, 09 Sep 2024 05:10:27 +0000",
    subject="[Parcel Files] Takedown notice KCSC-240906-06 processed",
    body=f"""
Hello,

We processed your notice of 6 September 2024.

Disabled: {PF1}
The file has been disabled and can no longer be downloaded. The uploader's
account received a strike.

Not found: {PF2}
No file exists at this link. It was deleted by the uploader before we
reviewed your notice.

Parcel Files Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file-host takedown notice result with 'Disabled:' / 'Not found:' labels",
    why="first file disabled: removed; second deleted by the uploader before review: not_found",
    items={PF1: "removed", PF2: "not_found"},
)

case(
    name="parcelfiles-qp",
    **{"from": "support@parcelfiles.example"}, name_from="Parcel Files Support",
    date="Wed, 11 Sep 2024 14:44:02 +0000",
    subject="Re: [KCSC-240906-06] unlawful files",
    reply_to_req=rid("KCSC-240906-06"),
    raw_mime=single("text/plain; charset=utf-8", qp(f"""Hello,

Regarding your request KCSC-240906-06: the file at {PF1} has been removed from Parcel Files for violating our Terms of Service (section 4 \u2014 unlawful content), and the download page now shows \u201cFile removed\u201d.

The other file in your notice is handled under a separate ticket.

Regards,
Parcel Files Support
"""), "quoted-printable"),
    outcome="applied", classification="confirmation",
    imitates="file-host support reply in quoted-printable with soft-wrapped long lines",
    why="the Qx7fT2mK file removed for ToS violation: removed; the other file only said to be handled elsewhere",
    items={PF1: "removed"},
)

csv25 = csv_text([
    ["link", "status", "action_date", "notes"],
    [PF1, "removed", "2024-09-12", "violation of ToS 4.1"],
    [PF2, "removed", "2024-09-12", "violation of ToS 4.1"],
])
case(
    name="parcelfiles-csv-export",
    **{"from": PFA}, name_from="Parcel Files Trust & Safety",
    date="Thu, 12 Sep 2024 06:30:00 +0000",
    subject="Outcome of your notice KCSC-240906-06",
    raw_mime=multipart("pf-mixed-0c77", [
        part("text/plain; charset=utf-8", """
Hello,

Please find attached the outcome of your notice, one row per link.

Parcel Files Trust & Safety
"""),
        part('text/csv; name="takedown_results_KCSC-240906-06.csv"', b64(csv25), "base64",
             ['Content-Disposition: attachment; filename="takedown_results_KCSC-240906-06.csv"']),
    ]),
    outcome="applied", classification="confirmation",
    imitates="file host exporting its takedown queue as a CSV attachment",
    why="CSV rows: both links removed",
    items={PF1: "removed", PF2: "removed"},
)

# ================================================================ review
case(
    name="hanbit-promise-kr",
    **{"from": HB}, name_from=HB_NAME,
    date="Wed, 04 Sep 2024 09:15:00 +0900",
    subject=enc("Re: [KCSC-240902-01] 불법·유해정보 시정요구"),
    reply_to_req=rid("KCSC-240902-01"),
    body=f"""
안녕하세요, 한빛게시판 운영팀입니다.

KCSC-240902-01 시정요구 잘 받았습니다. 요청하신 게시물 중 아래 글들은
내부 검토 후 9월 9일까지 삭제 조치할 예정입니다.

{MK1}
{MK2}
{MK3}

조치가 완료되면 다시 연락드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="Korean operator's receipt that promises deletion by a date",
    why="'삭제 조치할 예정' is a promise, not a statement; names items, so review rather than ignore",
    items={MK1: "pending", MK2: "pending", MK3: "pending"},
)

case(
    name="pelican-hedge",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Sat, 07 Sep 2024 10:02:00 +0000",
    subject="[PH-558812] KCSC-240903-02",
    body=f"""
Hi,

Checking on your ref KCSC-240903-02: {PHIP} appears to have been taken
offline by the customer already. We have not taken any action ourselves so
far and will confirm once the account owner replies.

Pelican Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk interim note with a hedge",
    why="'appears to have been taken offline' is a hedge and confirmation is promised: item stays pending",
    items={PHIP: "pending"},
)

case(
    name="hanbit-no-claims",
    **{"from": "notice@hanbitbbs.example"}, name_from=HB_NAME,
    date="Fri, 13 Sep 2024 10:00:00 +0900",
    subject=enc("[한빛게시판] 권리침해·불법정보 신고 창구 변경 안내"),
    body=f"""
안녕하세요, 한빛게시판 운영팀입니다.

2024년 10월 1일부터 권리침해 및 불법정보 신고는 이메일 대신 아래 신고
페이지에서 접수받습니다. 기관 요청의 경우에도 신고 페이지의 '기관 요청'
항목을 이용해 주시기 바랍니다.

신고 페이지: {H}/help/report

기존에 이메일로 접수된 건은 그대로 처리됩니다.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="forum notice announcing a new reporting channel",
    why="trusted platform mail naming no item and no request; the help page is not an item",
    items={},
)

case(
    name="pelican-forwarded-to-customer",
    **{"from": PH}, name_from="Pelican Hosting Abuse Team",
    date="Wed, 04 Sep 2024 04:40:00 +0000",
    subject="[PH-558840] Your notice KCSC-240903-02",
    body=f"""
Hello,

Thank you for your notice KCSC-240903-02. As a hosting provider we are not
the operator of the websites listed, so we have forwarded your complaint to
our customer and asked them to remove the material within 48 hours:

{PILL}
{PILLC}

If the customer does not act within that time, we will suspend the
service. We will let you know the outcome.

Pelican Hosting Abuse Desk
""",
    outcome="review", review="not_understood",
    imitates="hosting provider passing the complaint to its customer with a deadline",
    why="complaint forwarded and removal asked of the customer; suspension only conditional: no statement",
    items={PILL: "pending", PILLC: "pending"},
)

case(
    name="edgeshield-pass-through",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Thu, 05 Sep 2024 06:20:00 +0000",
    subject="EdgeShield abuse report 7730-2304",
    body=f"""
Hello,

Thank you for your report regarding {WT1} and
{WT2}.

EdgeShield provides pass-through security and CDN services for this
website. We are not its hosting provider and cannot remove content from
the origin server. We have forwarded your complaint to the website
operator and to the hosting provider, who may be able to act on it.

Origin hosting provider: Orchid Data Center
Abuse contact:           abuse@orchid-dc.example

EdgeShield Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="CDN 'we do not host this content, complaint forwarded to the host' reply",
    why="names both URLs but says nothing of their status: neither removed nor refused on merit",
    items={WT1: "pending", WT2: "pending"},
)

case(
    name="edgeshield-wrong-platform",
    **{"from": ES}, name_from="EdgeShield Trust & Safety",
    date="Tue, 10 Sep 2024 03:33:00 +0000",
    subject="Service terminated: kr-lucky-spin.example",
    body=f"""
Hello,

While reviewing an earlier report from your office we found that
kr-lucky-spin.example also uses our network. We have terminated EdgeShield
service for that site, and these pages no longer load for any visitor:

{SPIN}
{SPINJ}

EdgeShield Trust & Safety
""",
    outcome="review", review="wrong_platform",
    imitates="CDN reporting action on a site that was the subject of a request to a hosting provider",
    why="the two URLs belong to the request sent to Pelican Hosting; EdgeShield states their status",
    items={SPIN: "pending", SPINJ: "pending"},
)

case(
    name="namebay-untrusted",
    **{"from": NB}, name_from="Namebay Abuse Team", auth="fail",
    date="Sun, 08 Sep 2024 22:10:00 +0000",
    subject="Re: [KCSC-240905-04] Domain abuse report",
    reply_to_req=rid("KCSC-240905-04"),
    body=f"""
Hello,

The domains below have been suspended and no longer resolve:

{TOTO}
{CASI}

Namebay Abuse Team
""",
    outcome="review", review="untrusted",
    imitates="registrar suspension notice failing DKIM/SPF/DMARC",
    why="From the registrar's domain but authentication fails: nothing applied",
    items={TOTO: "pending", CASI: "pending"},
)

case(
    name="lunarweb-unknown-sender",
    **{"from": "support@lunarweb.example"}, name_from="LunarWeb Reseller Support",
    date="Fri, 06 Sep 2024 15:00:00 +0000",
    subject="Re: [KCSC-240903-02] Illegal gambling and pharmacy sites",
    reply_to_req=rid("KCSC-240903-02"),
    body=f"""
Hi,

We are the reseller that sold the hosting plan for kr-lucky-spin.example
(the servers are Pelican's). Our client has been cut off and the site is
down:

{SPIN}
{SPINJ}

LunarWeb Support
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering on behalf of the upstream host",
    why="sender domain belongs to no configured platform; statements about Pelican's items are not trusted",
    items={SPIN: "pending", SPINJ: "pending"},
)

case(
    name="kumochan-bulk-all-three",
    **{"from": KC}, name_from="kumochan admin",
    date="Fri, 06 Sep 2024 01:12:00 +0900",
    subject="Re: [KCSC-240905-05] request for deletion",
    reply_to_req=rid("KCSC-240905-05"),
    body="""
all three threads from your list are nuked.

-admin
""",
    outcome="review", review="bulk",
    imitates="image-board admin's one-line reply about every reported thread at once",
    why="one statement covering a three-item request without naming each thread",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="parcelfiles-bulk",
    **{"from": PFA}, name_from="Parcel Files Trust & Safety",
    date="Sun, 08 Sep 2024 08:00:00 +0000",
    subject="[Parcel Files] Notice KCSC-240906-06",
    body="""
Hello,

All files listed in your notice KCSC-240906-06 have been removed from
Parcel Files.

Parcel Files Trust & Safety
""",
    outcome="review", review="bulk",
    imitates="file host's short 'all listed files removed' confirmation",
    why="bulk statement for a two-item request: review, items pending",
    items={PF1: "pending", PF2: "pending"},
)

case(
    name="kumochan-asks-more",
    **{"from": "mod.yuki@kumochan.example"}, name_from="yuki (kumochan mod)",
    date="Thu, 05 Sep 2024 20:40:00 +0900",
    subject="Re: [KCSC-240905-05] request for deletion",
    reply_to_req=rid("KCSC-240905-05"),
    body=f"""
Hi,

Got your mail about {K1} and the other two. Before we delete anything we
need to know which posts in those threads are the problem: the threads
have 200+ replies and most of them are fine. Can you send post numbers or
screenshots? Also, which Korean law is this under?

yuki
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="moderator asking for post numbers and the legal basis before acting",
    why="asks for more information, states nothing about the threads",
    items={K1: "pending", K2: "pending", K3: "pending"},
)

case(
    name="parcelfiles-conditional",
    **{"from": PFA}, name_from="Parcel Files Trust & Safety",
    date="Tue, 10 Sep 2024 09:00:00 +0000",
    subject="[Parcel Files] Notice KCSC-240906-06 - uploader notified",
    body=f"""
Hello,

We have notified the uploader of {PF2}.
Under our policy the file will be deleted automatically in 7 days unless
the uploader submits a counter-notice. We will update you if a
counter-notice is received.

Parcel Files Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="file host's counter-notice window message",
    why="deletion is future and conditional on no counter-notice: item stays pending",
    items={PF2: "pending"},
)

# ================================================================ ignored
case(
    name="hanbit-ooo-kr",
    **{"from": "jhpark@hanbitbbs.example"}, name_from=enc("박지훈"),
    date="Mon, 02 Sep 2024 10:00:41 +0900",
    subject=enc("[부재중] Re: [KCSC-240902-01] 불법·유해정보 시정요구"),
    reply_to_req=rid("KCSC-240902-01"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body="""
안녕하세요. 박지훈입니다.

9월 2일(월)부터 9월 6일(금)까지 휴가로 부재중입니다.
급한 건은 report@hanbitbbs.example 로 보내주시면 운영팀에서 처리합니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중)",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="pelican-auto-ack",
    **{"from": "noreply@pelicanhost.example"}, name_from="Pelican Hosting Abuse",
    date="Tue, 03 Sep 2024 05:00:12 +0000",
    subject="[PH-558812] We received your abuse report",
    reply_to_req=rid("KCSC-240903-02"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body="""
This is an automated message.

We have received your abuse report and created ticket PH-558812.
Your reference: KCSC-240903-02

Our abuse team will review the report. To add information, reply to this
message keeping the ticket number in the subject line.

Pelican Hosting Abuse Desk
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting abuse-desk ticket receipt",
    why="pure acknowledgement: ticket created, no statement",
    items={},
)

case(
    name="kumochan-dsn",
    **{"from": "MAILER-DAEMON@kumochan.example"}, name_from="Mail Delivery System",
    date="Thu, 05 Sep 2024 11:01:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=multipart("kc-dsn-2c11", [
        part("text/plain; charset=us-ascii", """
This is the mail system at host mx1.kumochan.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<mods@kumochan.example>: host mx1.kumochan.example said: 550 5.1.1
    <mods@kumochan.example>: Recipient address rejected: User unknown
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mx1.kumochan.example
Arrival-Date: Thu, 05 Sep 2024 11:00:58 +0900

Final-Recipient: rfc822; mods@kumochan.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <mods@kumochan.example>: Recipient
    address rejected: User unknown
""", "7bit"),
        part("text/rfc822-headers", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: mods@kumochan.example
Subject: [KCSC-240905-05] request for deletion
Message-ID: <{mid("KCSC-240905-05")}>
Date: Thu, 05 Sep 2024 11:00:00 +0900
""", "7bit"),
    ], subtype="report", params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery status notification (user unknown)",
    why="bounce of our request",
    items={},
)

case(
    name="parcelfiles-mdn",
    **{"from": PFA}, name_from="Parcel Files Trust & Safety",
    date="Fri, 06 Sep 2024 10:30:00 +0900",
    subject="Read: [KCSC-240906-06] unlawful files",
    raw_mime=multipart("pf-mdn-5e02", [
        part("text/plain; charset=utf-8", """
This is a receipt for the mail you sent to abuse@parcelfiles.example.
It was displayed on 06/09/2024 10:30.
"""),
        part("message/disposition-notification", f"""
Reporting-UA: mail.parcelfiles.example; Thunderbird
Final-Recipient: rfc822;abuse@parcelfiles.example
Original-Message-ID: <{mid("KCSC-240906-06")}>
Disposition: manual-action/MDN-sent-manually; displayed
""", "7bit"),
    ], subtype="report", params="; report-type=disposition-notification"),
    outcome="ignored", classification="read_receipt",
    imitates="Thunderbird read receipt (MDN)",
    why="read receipt",
    items={},
)

case(
    name="edgeshield-ticket-receipt-echo",
    **{"from": "support@edgeshield.example"}, name_from="EdgeShield Support",
    date="Wed, 04 Sep 2024 02:05:00 +0000",
    subject="[EdgeShield] Request received: 7730-2291",
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""
##- Please type your reply above this line -##

Your request (7730-2291) has been received and is being reviewed by our
Trust & Safety staff.

To add additional comments, reply to this email.

---- Summary of your report ----
Category: General / unlawful content
Reference: KCSC-240904-03
URLs:
{KBO}
{EPL}
--------------------------------

This email is a service from EdgeShield Support.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) receipt echoing the submitted report",
    why="pure receipt; the URLs are only the echo of our report",
    items={},
)

case(
    name="namebay-ooo-en",
    **{"from": "d.okafor@namebay.example"}, name_from="Daniel Okafor",
    date="Thu, 05 Sep 2024 00:31:00 +0000",
    subject="Automatic reply: [KCSC-240905-04] Domain abuse report",
    reply_to_req=rid("KCSC-240905-04"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""
Thank you for your message. I am out of the office until 16 September
with limited access to email. Abuse reports are handled by
abuse@namebay.example in my absence.

Daniel
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

case(
    name="kcsc-own-dsn",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery Subsystem",
    date="Fri, 06 Sep 2024 10:00:31 +0900",
    subject="Delivery Status Notification (Failure)",
    raw_mime=multipart("kcsc-dsn-77ab", [
        part("text/plain; charset=us-ascii", """
Delivery to the following recipient failed permanently:

     legal@parcelfiles.example

Technical details of permanent failure:
The recipient server did not accept our requests to connect.
"""),
        part("message/delivery-status", """
Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; legal@parcelfiles.example
Action: failed
Status: 5.4.4
Diagnostic-Code: smtp; 554 5.4.4 host not found
""", "7bit"),
        part("text/rfc822-headers", f"""
From: KCSC Takedown <takedown@kcsc.example>
To: legal@parcelfiles.example
Subject: [KCSC-240906-06] unlawful files
Message-ID: <{mid("KCSC-240906-06")}>
""", "7bit"),
    ], subtype="report", params="; report-type=delivery-status"),
    outcome="ignored", classification="bounce",
    imitates="our own MTA's delivery failure report",
    why="bounce of our request, whoever sent it",
    items={},
)

HEADER = """# Blind set 103 (hosts, CDN, registrar, forum, image board, file host;
# informal replies, CSV attachments, plain-text tables).
# Generated by make.py; expected results written from each email's meaning
# before the reader was run. Each case is ingested alone into a fresh ledger.
"""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    n = len(cases)
    by = {}
    for c in cases:
        by[c["outcome"]] = by.get(c["outcome"], 0) + 1
    print(n, "cases", by)
