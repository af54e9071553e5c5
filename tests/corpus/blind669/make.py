#!/usr/bin/env python3
"""Blind set 669: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, FM Korea, Ppomppu, Clien), Korean and English mixed, with
the doubtful and ignorable mail a regulator's mailbox receives.

Written from each email's meaning alone, before any run of the reader.
Deterministic: `python3 tests/corpus/blind669/make.py` rewrites
requests.csv, cases/*.eml and expected.toml.
"""
import base64
import csv
import datetime
import io
import os
import quopri
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpuslib  # noqa: E402

SET = "blind669"

# ---------------------------------------------------------------- requests
D = {
    1: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120451",
    2: "https://gall.dcinside.com/board/view/?id=stock_new2&no=9120788",
    3: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330125",
    4: "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=330419",
    5: "https://gall.dcinside.com/mgallery/board/view/?id=tosomoney&no=81244",
    6: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712093",
    7: "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7713550",
    8: "https://gall.dcinside.com/mini/board/view/?id=leakroom&no=2051",
    9: "https://gall.dcinside.com/mini/board/view/?id=leakroom&no=2063",
    10: "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_x&no=15502",
    11: "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto_x&no=15517",
    12: "https://gall.dcinside.com/board/view/?id=dcbest&no=248811",
    13: "https://m.dcinside.com/board/coin_talk/330877",
    14: "https://gall.dcinside.com/mgallery/board/view/?id=drug_qna&no=4410",
}
N = {
    1: "https://blog.naver.com/moonlit_ledger/223571204455",
    2: "https://cafe.naver.com/quickloanzone/18830",
    3: "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&docId=471203358",
    4: "https://m.blog.naver.com/sodam_pick/223580019932",
}
TISTORY_RAW = "https://eunha-note.tistory.com/entry/리딩방-무료-초대"
K = {
    1: "https://cafe.daum.net/jusikrich/Fq2A/7741",
    2: "https://eunha-note.tistory.com/entry/%EB%A6%AC%EB%94%A9%EB%B0%A9-%EB%AC%B4%EB%A3%8C-%EC%B4%88%EB%8C%80",
    3: "https://cafe.daum.net/jusikrich/Fq2A/7802",
}
S = {
    1: "https://vod.sooplive.co.kr/player/138204417",
    2: "https://ch.sooplive.co.kr/nightbet77/post/92014533",
}
F = {
    1: "https://www.fmkorea.com/7415020331",
    2: "https://www.fmkorea.com/7415112084",
    3: "https://www.fmkorea.com/7416630912",
    4: "https://www.fmkorea.com/best/7417002215",
    5: "https://m.fmkorea.com/7418223407",
}
P = {1: "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9218834"}
C = {
    1: "https://www.clien.net/service/board/park/18733021",
    2: "https://www.clien.net/service/board/cm_car/18734450",
}

REQUESTS = [
    # ref, platform, sent, due, urls, category, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T10:30:00+09:00", "2024-09-09T23:59:59+09:00",
     [D[i] for i in range(1, 15)], "illegal_finance",
     "리딩방·불법 도박·마약 홍보 게시물 (갤러리 여러 곳)"),
    ("KCSC-240903-02", "naver", "2024-09-03T14:00:00+09:00", "2024-09-10T23:59:59+09:00",
     [N[i] for i in range(1, 5)], "illegal_lending", "불법 대부 광고"),
    ("KCSC-240904-03", "daum", "2024-09-04T11:00:00+09:00", "2024-09-11T23:59:59+09:00",
     [K[i] for i in range(1, 4)], "illegal_finance", "유사투자자문 리딩방 모집"),
    ("KCSC-240905-04", "soop", "2024-09-05T16:20:00+09:00", "2024-09-12T23:59:59+09:00",
     [S[1], S[2]], "gambling", "불법 도박 사이트 홍보 방송"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T09:40:00+09:00", "2024-09-13T23:59:59+09:00",
     [F[i] for i in range(1, 6)], "gambling", "사설 토토 홍보"),
    ("KCSC-240909-06", "ppomppu", "2024-09-09T10:10:00+09:00", "2024-09-16T23:59:59+09:00",
     [P[1]], "fraud", "중고거래 사기 유도 게시물"),
    ("KCSC-240910-07", "clien", "2024-09-10T15:30:00+09:00", "2024-09-17T23:59:59+09:00",
     [C[1], C[2]], "privacy", "개인정보 노출 게시물"),
]


def msgid(ref):
    return "kcsc." + ref[5:].lower()


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, msgid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def date(day, hh, mm, ss=0):
    t = datetime.datetime(2024, 9, day, hh, mm, ss)
    return t.strftime("%a, %d %b %Y %H:%M:%S +0900")


def enc(s):
    """RFC 2047 encoded header text, as most Korean mailers send it."""
    return Header(s, "utf-8").encode()


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").rstrip("\n")


def quoted_request(ref, urls, prefix="> "):
    lines = [
        "안녕하십니까. 방송통신심의위원회입니다.",
        f"아래 정보에 대하여 시정요구(삭제)를 요청드립니다. (요청번호 {ref})",
        "",
    ]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "조치 결과를 회신하여 주시기 바랍니다.", "KCSC 불법정보 대응팀"]
    return "\n".join((prefix + l).rstrip() for l in lines)


cases = []


def case(**kw):
    cases.append(kw)


DC = "report@dcinside.com"
NV = "policy@navercorp.com"
KK = "right@kakaocorp.com"
SP = "policy@sooplive.co.kr"
FM = "admin@fmkorea.com"
PP = "cs@ppomppu.co.kr"
CL = "admin@clien.net"
R1, R2, R3, R4, R5, R6, R7 = (r[0] for r in REQUESTS)

# ================================================================ DC Inside
rows = [
    (1, "삭제", "불법 금융투자 리딩방 홍보"), (2, "삭제", "불법 금융투자 리딩방 홍보"),
    (3, "삭제", "코인 리딩방 홍보"), (4, "삭제", "코인 리딩방 홍보"),
    (5, "삭제", "불법 대부 광고"), (6, "삭제", "도박 사이트 홍보"),
    (7, "삭제", "도박 사이트 홍보"), (8, "삭제", "불법촬영물 유포 유도"),
    (9, "삭제", "불법촬영물 유포 유도"), (10, "게시물 없음", "작성자 본인이 삭제한 게시물"),
    (11, "삭제", "사설 토토 홍보"), (12, "유지", "검토 결과 위반 사항이 확인되지 않음"),
    (13, "삭제", "코인 리딩방 홍보"), (14, "삭제", "마약류 판매 광고"),
]
tr = "\n".join(
    f"<tr><td>{i}</td><td>{D[i]}</td><td>{res}</td><td>{memo}</td></tr>" for i, res, memo in rows
)
case(
    name="dc-result-html-table",
    date=date(5, 15, 12, 40), from_=DC, name_from="DCInside Report Center",
    subject=enc(f"[디시인사이드] 시정요구 조치 결과 회신 ({R1})"), reply_to_req=msgid(R1),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>안녕하세요. 디시인사이드 신고센터입니다.</p>
<p>방송통신심의위원회에서 {R1}로 요청하신 게시물 14건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>URL</th><th>조치 결과</th><th>비고</th></tr>
{tr}
</table>
<p>유지된 게시물에 대해 추가 의견이 있으시면 본 메일로 회신 부탁드립니다.<br>
신고 처리 기준: <a href="https://www.dcinside.com/policy/report">https://www.dcinside.com/policy/report</a></p>
<p>디시인사이드 신고센터 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 시정요구 조치결과 회신 as an HTML table (번호/URL/조치 결과/비고)",
    why="item-level table from DC Inside: 12 삭제, one 게시물 없음 (author deleted), one 유지 (no violation)",
    items={D[i]: {"삭제": "removed", "게시물 없음": "not_found", "유지": "rejected"}[res] for i, res, _ in rows},
)

case(
    name="dc-partial-ko-prose",
    date=date(3, 11, 5, 2), from_=DC, name_from="DCInside",
    subject=f"RE: [방송통신심의위원회] 시정요구 요청 ({R1})", reply_to_req=msgid(R1),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

방송통신심의위원회에서 요청하신 {R1} 건과 관련하여 1차 처리 결과를 안내드립니다.

아래 게시물 3건은 운영원칙 위반(불법 금융투자 리딩방 홍보)으로 확인되어 삭제하였습니다.
- {D[1]}
- {D[2]}
- {D[3]}

아래 2건은 확인 시점에 이미 작성자가 삭제한 상태여서 해당 게시물을 찾을 수 없었습니다.
- {D[4]}
- {D[5]}

나머지 게시물은 갤러리 관리자 확인이 필요하여, 처리가 끝나는 대로 다시 회신드리겠습니다.

감사합니다.
디시인사이드 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="community-site operations team first partial reply, Korean prose with bulleted URL groups",
    why="three posts deleted, two already deleted by their authors (not_found); the rest promised later, so untouched",
    items={D[1]: "removed", D[2]: "removed", D[3]: "removed", D[4]: "not_found", D[5]: "not_found"},
)

case(
    name="dc-url-then-status-line",
    date=date(4, 9, 41, 18), from_="cs@dcinside.com", name_from="DCInside CS",
    subject=f"{R1} 처리 현황", reply_to_req=msgid(R1),
    body=f"""{R1} 처리 현황 공유드립니다.

{D[6]}
→ 삭제 완료 (9/4)

{D[7]}
→ 삭제 완료 (9/4)

{D[8]}
→ 미니 갤러리 매니저 확인 중

{D[9]}
→ 삭제 완료 (9/4)

문의: cs@dcinside.com""",
    outcome="applied", classification="confirmation",
    imitates="operator status update: bare URL with an arrow status line below",
    why="three URLs with '삭제 완료' below them; the leakroom no=2051 post is still being checked (stays pending)",
    items={D[6]: "removed", D[7]: "removed", D[8]: "pending", D[9]: "removed"},
)

csv_rows = [
    ("no", "url", "처리결과", "메모"),
    ("8", D[8], "삭제", "불법촬영물 유포 유도"),
    ("9", D[9], "삭제", ""),
    ("10", D[10], "게시물 없음", "작성자 자진 삭제(9/2)"),
    ("11", D[11], "삭제", "사설 토토"),
    ("12", D[12], "유지", "관련 법령 위반 확인 불가"),
    ("13", D[13], "삭제", ""),
]
cbuf = io.StringIO()
csv.writer(cbuf, lineterminator="\r\n").writerows(csv_rows)
csv_b64 = base64.encodebytes(b"\xef\xbb\xbf" + cbuf.getvalue().encode("utf-8")).decode("ascii").rstrip("\n")
case(
    name="dc-csv-attachment",
    date=date(6, 17, 30, 55), from_=DC, name_from="DCInside Report Center",
    subject=enc(f"[디시인사이드] {R1} 2차 처리결과 (첨부)"), reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_b669_mix"

--=_dc_b669_mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 신고센터입니다.
{R1} 건의 2차 처리 결과를 첨부한 CSV 파일로 송부드립니다.
확인 부탁드립니다.

--=_dc_b669_mix
Content-Type: text/csv; charset=utf-8; name="{R1}_result.csv"
Content-Disposition: attachment; filename="{R1}_result.csv"
Content-Transfer-Encoding: base64

{csv_b64}
--=_dc_b669_mix--""",
    outcome="applied", classification="confirmation",
    imitates="result sheet sent as a CSV attachment (UTF-8 with BOM, CRLF) with a one-line cover note",
    why="CSV rows: 4 삭제, one 게시물 없음 (author deleted), one 유지 with its reason",
    items={D[8]: "removed", D[9]: "removed", D[10]: "not_found", D[11]: "removed",
           D[12]: "rejected", D[13]: "removed"},
)

case(
    name="dc-en-top-posted-gmail",
    date=date(4, 20, 3, 11), from_="trust@dcinside.com", name_from="Jiwoo Han",
    subject=f"Re: [KCSC] Correction request {R1}", reply_to_req=msgid(R1),
    body=f"""Hello,

Following up on your notice. We removed these two posts earlier today:

{D[12]}
{D[14]}

The other URLs from your list are still with the gallery moderation team and
we'll report back once they have finished.

Best regards,
Jiwoo Han
DCInside Trust & Safety

On Mon, Sep 2, 2024 at 10:30 AM KCSC Takedown <takedown@kcsc.example> wrote:
{quoted_request(R1, [D[i] for i in range(1, 15)])}""",
    outcome="applied", classification="confirmation",
    imitates="English trust-and-safety reply top-posted over the Gmail-quoted Korean request",
    why="two posts named and removed; the 14 quoted URLs are the regulator's own text and the rest is a promise",
    items={D[12]: "removed", D[14]: "removed"},
)

qp_body = f"""요청번호: {R1}

안녕하세요. 디시인사이드 신고센터입니다.
요청하신 게시물 중 아래 2건의 조치 결과를 알려드립니다.

1) {D[10]}
   : 청소년 유해 게시물로 지정하여 성인 인증을 거친 이용자만 열람할 수 있도록 제한하였습니다.
2) {D[11]}
   : 삭제

감사합니다.
"""
case(
    name="dc-qp-age-restrict",
    date=date(7, 10, 20, 0), from_=DC, name_from="DCInside Report Center",
    subject=enc(f"[디시인사이드] 조치 결과 안내 {R1}"), reply_to_req=msgid(R1),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(qp_body)}""",
    outcome="applied", classification="confirmation",
    imitates="short Korean notice in quoted-printable: 청소년 유해 지정 + 성인 인증 열람 제한, and a deletion",
    why="no=15502 limited to adult-verified users (age restriction = restricted); no=15517 삭제",
    items={D[10]: "restricted", D[11]: "removed"},
)

case(
    name="dc-particles-fullwidth",
    date=date(5, 13, 2, 37), from_=DC, name_from="DCInside",
    subject=f"회신: {R1} 관련", reply_to_req=msgid(R1),
    body=f"""담당자님 안녕하세요.

요청하신 게시물 중 {D[6]}，{D[7]} 두 건은 국내야구 갤러리 운영자가 삭제했습니다。
{D[5]}은 이미 삭제된 게시물로, 현재 존재하지 않습니다。

나머지 건은 확인되는 대로 알려드리겠습니다.
디시인사이드 운영지원팀 드림""",
    outcome="applied", classification="confirmation",
    imitates="hand-typed Korean reply with URLs run into full-width commas/periods and Korean particles (은)",
    why="two baseball-gallery posts deleted by the gallery operator (removed); tosomoney no=81244 already gone (not_found)",
    items={D[6]: "removed", D[7]: "removed", D[5]: "not_found"},
)

case(
    name="dc-echoed-report",
    date=date(8, 16, 45, 9), from_="noreply@dcinside.com", name_from="DCInside 신고센터",
    subject=enc("[디시인사이드] 신고하신 게시물의 처리 결과입니다"),
    body=f"""디시인사이드 신고센터 처리 결과 안내

신고자: 방송통신심의위원회 (takedown@kcsc.example)
관련 요청: {R1}

[신고 내역 1]
신고 URL : {D[10]}
신고 사유 : 불법 도박(사설 토토) 홍보
처리 결과 : 삭제

[신고 내역 2]
신고 URL : {D[11]}
신고 사유 : 불법 도박(사설 토토) 홍보
처리 결과 : 삭제

[신고 내역 3]
신고 URL : {D[14]}
신고 사유 : 마약류 판매 광고
처리 결과 : 삭제 및 작성자 차단

본 메일은 발신 전용입니다.""",
    outcome="applied", classification="confirmation",
    imitates="report-form outcome mail that echoes each report (URL, reason) with its 처리 결과",
    why="each echoed report carries its own result line: three deletions",
    items={D[10]: "removed", D[11]: "removed", D[14]: "removed"},
)

case(
    name="dc-promise-ko",
    date=date(3, 17, 55, 40), from_=DC, name_from="DCInside",
    subject=f"RE: [방송통신심의위원회] 시정요구 요청 ({R1})", reply_to_req=msgid(R1),
    body=f"""안녕하세요. 디시인사이드입니다.

요청하신 아래 게시물은 내부 검토를 거쳐 순차적으로 삭제될 예정입니다.

{D[1]}
{D[2]}
{D[3]}

처리가 완료되면 별도로 안내드리겠습니다.
감사합니다.""",
    outcome="review", review="not_understood",
    imitates="Korean holding reply promising deletion after internal review (삭제될 예정)",
    why="'will be deleted after review' is a promise, not a statement: three named items stay pending",
    items={D[1]: "pending", D[2]: "pending", D[3]: "pending"},
)

case(
    name="dc-bulk-en",
    date=date(9, 12, 14, 26), from_="trust@dcinside.com", name_from="DCInside Trust & Safety",
    subject=f"Re: [KCSC] Correction request {R1}", reply_to_req=msgid(R1),
    body=f"""Dear KCSC team,

Regarding {R1}: all of the posts listed in your notice have now been
deleted and the posting accounts/IPs blocked from the galleries concerned.

Please let us know if you find any reposts.

Kind regards,
DCInside Trust & Safety""",
    outcome="review", review="bulk",
    imitates="English blanket confirmation ('all of the posts ... have been deleted') for a multi-item notice",
    why="one statement about 14 items without naming any: bulk, items stay pending",
    items={},
)

case(
    name="dc-bounce-dsn",
    date=date(2, 10, 31, 4), from_="MAILER-DAEMON@dcinside.com", name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn.b669.dc"

--dsn.b669.dc
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cleanreport@dcinside.com>: host mbox1.dcinside.com[192.0.2.41] said:
    550 5.1.1 <cleanreport@dcinside.com>: Recipient address rejected:
    User unknown in local recipient table

--dsn.b669.dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
Arrival-Date: Mon,  2 Sep 2024 10:31:02 +0900 (KST)

Final-Recipient: rfc822; cleanreport@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn.b669.dc
Content-Type: message/rfc822

From: KCSC Takedown <takedown@kcsc.example>
To: cleanreport@dcinside.com
Subject: [KCSC] Correction request {R1}
Message-ID: <{msgid(R1)}@kcsc.example>
Date: Mon, 2 Sep 2024 10:30:00 +0900
Content-Type: text/plain; charset=utf-8

{quoted_request(R1, [D[1], D[2], D[3]], prefix="")}

--dsn.b669.dc--""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN (550 5.1.1 user unknown) returning the request with its URLs",
    why="delivery failure of our own request; the URLs are our text",
    items={},
)

# ================================================================ NAVER
case(
    name="naver-temporary-measure-notice",
    date=date(5, 14, 0, 3), from_=NV, name_from="NAVER 권리보호센터",
    subject=enc(f"[NAVER] 게시중단 요청 처리 결과 안내 ({R2})"), reply_to_req=msgid(R2),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 건({R2})의 처리 결과를 안내해 드립니다.

■ 대상 게시물 : {N[1]}
■ 조치 내용 : 임시조치(30일간 접근 제한) - 정보통신망법 제44조의2

■ 대상 게시물 : {N[2]}
■ 조치 내용 : 블라인드 처리 (카페 운영원칙 위반 - 불법 대부 광고)

게시자가 재게시를 요청할 경우 관련 법령에 따라 처리되며, 결과는 별도로 알려드립니다.
자세한 사항은 네이버 고객센터(https://help.naver.com/)를 참고해 주세요.

네이버 권리보호센터 드림""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 안내 (■ 대상 게시물 / ■ 조치 내용 blocks)",
    why="blog post under 임시조치 (30-day access restriction = restricted); cafe post 블라인드 (removed)",
    items={N[1]: "restricted", N[2]: "removed"},
)

case(
    name="naver-kin-bullets",
    date=date(6, 10, 48, 30), from_=NV, name_from="NAVER",
    subject=f"RE: {R2} 시정요구 조치결과", reply_to_req=msgid(R2),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청 주신 게시물 중 2건의 처리 결과를 알려드립니다.

• {N[3]}
  이미 삭제된 질문으로, 현재 존재하지 않는 게시물입니다.
• {N[4]}
  블로그 운영정책 위반으로 해당 게시물을 비공개 처리하였습니다.

나머지 게시물은 검토가 끝나는 대로 회신드리겠습니다.""",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team bulleted reply, status sentence under each URL",
    why="Knowledge iN question no longer exists (not_found); blog post made private by NAVER (removed)",
    items={N[3]: "not_found", N[4]: "removed"},
)

case(
    name="naver-en-rejected",
    date=date(9, 18, 22, 50), from_="legal-kr@navercorp.com", name_from="NAVER Legal",
    subject=f"Re: Correction request {R2}", reply_to_req=msgid(R2),
    body=f"""Dear KCSC,

Thank you for your request {R2}. Our review found the following:

- {N[1]}: removed for breach of the NAVER Blog operating policy
  (unregistered lending advertisement).
- {N[2]}: after review we could not identify a violation of Korean law or
  of the Cafe operating policy. The post therefore remains available. If you
  have a deliberation decision on this post, please send it to us and we will
  take another look.

Regards,
NAVER Legal & Policy""",
    outcome="applied", classification="confirmation",
    imitates="English legal-team reply: one removal, one refusal with its reason",
    why="blog post removed; cafe post stays up because no violation found (rejected); a later look offered is not a status",
    items={N[1]: "removed", N[2]: "rejected"},
)

nv_html = f"""<html><body>
<p>안녕하세요. 네이버 권리보호센터입니다.</p>
<p>요청번호 {R2} 처리 결과를 아래 표와 같이 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="3">
<thead><tr><th>No.</th><th>게시물 주소</th><th>처리 결과</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="{N[1]}">{N[1]}</a></td><td>삭제</td></tr>
<tr><td>2</td><td><a href="{N[2]}">{N[2]}</a></td><td>삭제</td></tr>
<tr><td>3</td><td><a href="{N[3].replace('&', '&amp;')}">{N[3].replace('&', '&amp;')}</a></td><td>게시물 없음(존재하지 않는 게시물)</td></tr>
<tr><td>4</td><td><a href="{N[4]}">{N[4]}</a></td><td>19세 미만 이용자 열람 제한</td></tr>
</tbody></table>
<p>감사합니다.</p>
</body></html>"""
case(
    name="naver-b64-html-table",
    date=date(10, 11, 3, 17), from_=NV, name_from="NAVER 권리보호센터",
    subject=enc(f"[NAVER] 처리 결과 안내 - {R2}"), reply_to_req=msgid(R2),
    raw_mime=f"""Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(nv_html)}""",
    outcome="applied", classification="confirmation",
    imitates="NAVER result table, HTML-only body sent base64-encoded",
    why="two 삭제, one 게시물 없음 (not_found), one closed to users under 19 (age restriction = restricted)",
    items={N[1]: "removed", N[2]: "removed", N[3]: "not_found", N[4]: "restricted"},
)

case(
    name="naver-wrapped-url",
    date=date(11, 9, 15, 44), from_="legal-kr@navercorp.com", name_from="Minseo Park",
    subject=f"RE: Correction request {R2} (remaining items)", reply_to_req=msgid(R2),
    body=f"""Dear KCSC team,

The Knowledge iN question at
https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40302&
docId=471203358
could not be found: it was deleted by the person who asked it before our
review started.

The blog post {N[1]} has been taken down.

Best regards,
Minseo Park
NAVER Legal & Policy""",
    outcome="applied", classification="confirmation",
    imitates="Outlook plain-text reply whose long query-string URL was hard-wrapped at '&'",
    why="wrapped Knowledge iN URL deleted by its author before review (not_found); blog post taken down (removed)",
    items={N[3]: "not_found", N[1]: "removed"},
)

case(
    name="naver-hedge-en",
    date=date(4, 19, 2, 0), from_="legal-kr@navercorp.com", name_from="NAVER Legal",
    subject=f"Re: Correction request {R2}", reply_to_req=msgid(R2),
    body=f"""Hello,

Quick note on {R2}. It appears that {N[1]} may already have been
deleted by the blogger. The cafe post {N[2]} is managed by the cafe
manager, whom we have asked to look into it.

We will confirm both once we have checked our logs.

NAVER Legal & Policy""",
    outcome="review", review="not_understood",
    imitates="informal English holding reply with hedges ('appears', 'may already have been')",
    why="hedged and deferred: no unhedged item-level statement, both items stay pending",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-untrusted",
    date=date(6, 8, 12, 5), from_=NV, name_from="NAVER 권리보호센터", auth="fail",
    subject=enc(f"[NAVER] 게시중단 처리 완료 ({R2})"), reply_to_req=msgid(R2),
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

{R2} 건 처리 결과입니다.

1. {N[1]} - 삭제 완료
2. {N[2]} - 삭제 완료

감사합니다.""",
    outcome="review", review="untrusted",
    imitates="NAVER-looking result notice whose DKIM/SPF/DMARC fail",
    why="clear statements, but the navercorp.com sender fails authentication: nothing applies",
    items={N[1]: "pending", N[2]: "pending"},
)

case(
    name="naver-no-claims-newsletter",
    date=date(12, 16, 0, 0), from_="noreply-green@naver.com", name_from="NAVER 그린인터넷",
    subject=enc("[NAVER] 2024년 상반기 투명성 보고서 발간 안내"),
    body="""안녕하세요. 네이버 그린인터넷입니다.

2024년 상반기 네이버 투명성 보고서가 발간되었습니다.
게시물 조치 현황, 수사기관 요청 처리 현황 등을 아래 페이지에서 확인하실 수 있습니다.

https://green.naver.com/transparency/2024h1

관계기관 담당자 여러분의 협조에 감사드립니다.
본 메일은 발신 전용입니다.""",
    outcome="review", review="no_claims", classification="other",
    imitates="NAVER transparency-report announcement mailed to partner agencies",
    why="trusted NAVER mail naming no item and no request; the link is NAVER's own page",
    items={},
)

case(
    name="naver-out-of-office",
    date=date(3, 14, 0, 40), from_="jh.lee@navercorp.com", name_from="Lee Jihoon",
    subject=enc(f"[자동회신] 부재중: [KCSC] 시정요구 요청 ({R2})"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    body=f"""안녕하세요. 이지훈입니다.
9월 3일부터 9월 6일까지 휴가로 부재중입니다.
급한 업무는 policy@navercorp.com 으로 연락 부탁드립니다.

I am out of the office from 3 to 6 September with no access to email.
For urgent matters please write to policy@navercorp.com.""",
    outcome="ignored", classification="auto_reply",
    imitates="bilingual Outlook out-of-office reply (자동회신/부재중)",
    why="out-of-office auto-reply to the request; says nothing about items",
    items={},
)

# ================================================================ Daum / Kakao
case(
    name="daum-tistory-raw-korean",
    date=date(6, 15, 21, 8), from_=KK, name_from="Kakao 권리침해신고센터",
    subject=enc(f"[Daum] 권리침해 신고 처리 결과 안내 ({R3})"), reply_to_req=msgid(R3),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 티스토리 게시물 {TISTORY_RAW} 에 대하여
정보통신망법 제44조의2에 따라 임시조치(30일간 접근 차단)를 진행하였습니다.

Daum 카페 게시물 2건은 현재 검토 중이며, 결과가 나오는 대로 안내드리겠습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="Kakao/Daum 권리침해신고 처리 결과 안내 with a raw-Korean Tistory entry URL",
    why="Tistory entry (requested percent-encoded) under 임시조치 = restricted; cafe posts under review stay pending",
    items={K[2]: "restricted"},
)

case(
    name="daum-cafe-fullwidth-list",
    date=date(9, 10, 37, 51), from_=KK, name_from="Kakao 권리침해신고센터",
    subject=enc(f"[Daum] 시정요구 조치결과 회신 ({R3})"), reply_to_req=msgid(R3),
    body=f"""방송통신심의위원회 담당자님께

{R3} 건 조치 결과를 아래와 같이 회신드립니다.

1．{K[1]} （삭제）
2．{K[2]}（삭제）
3．{K[3]} （유지：불법성 확인 불가）

3번 게시물에 대해 심의 의결서를 보내주시면 재검토하겠습니다.

카카오 권리침해신고센터""",
    outcome="applied", classification="confirmation",
    imitates="Korean numbered result list typed with full-width punctuation （삭제）",
    why="two deletions and one kept for lack of illegality (rejected); offer to re-check is not a status",
    items={K[1]: "removed", K[2]: "removed", K[3]: "rejected"},
)

case(
    name="daum-outlook-top-posted",
    date=date(7, 13, 8, 2), from_="yuna.choi@kakaocorp.com", name_from="Choi Yuna",
    subject=f"RE: [KCSC] 시정요구 요청 ({R3})", reply_to_req=msgid(R3),
    body=f"""안녕하세요, 카카오 최유나입니다.

{K[1]} 게시물은 카페 운영정책 위반으로 당사에서 삭제했습니다.
{K[3]} 는 해당 주소로 조회되는 게시물이 없습니다(존재하지 않는 게시물).

티스토리 건은 담당 부서에서 별도로 회신드릴 예정입니다.

최유나 드림

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Wednesday, September 4, 2024 11:00 AM
To: right@kakaocorp.com
Subject: [KCSC] 시정요구 요청 ({R3})

{quoted_request(R3, [K[1], K[2], K[3]], prefix="")}""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply above '-----Original Message-----' with the request below",
    why="cafe post 7741 deleted by Kakao; 7802 does not exist (not_found); Tistory only in the quoted request",
    items={K[1]: "removed", K[3]: "not_found"},
)

case(
    name="daum-will-remove-ko",
    date=date(5, 18, 40, 13), from_=KK, name_from="Kakao 권리침해신고센터",
    subject=enc(f"[Daum] 요청 건 진행 상황 안내 ({R3})"), reply_to_req=msgid(R3),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

{K[1]}, {K[3]} 게시물은 카페 운영자에게 먼저 삭제를 요청하였으며,
운영자가 3일 내 응하지 않을 경우 당사에서 직접 조치할 예정입니다.

진행 결과는 다시 안내드리겠습니다.""",
    outcome="review", review="not_understood",
    imitates="Daum cafe progress notice: operator asked first, Kakao will act if not",
    why="a request to the cafe operator and a conditional promise: no status, items stay pending",
    items={K[1]: "pending", K[3]: "pending"},
)

case(
    name="daum-wrong-platform",
    date=date(5, 11, 26, 33), from_=KK, name_from="Kakao 권리침해신고센터",
    subject=enc(f"[Daum] 요청 URL 확인 결과 ({R3})"), reply_to_req=msgid(R3),
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

보내주신 자료에 포함된 {N[2]} 게시물을 확인한 결과,
해당 게시물은 삭제되어 더 이상 존재하지 않습니다.
참고로 이 주소는 Daum 카페가 아닌 네이버 카페 게시물입니다.

감사합니다.""",
    outcome="review", review="wrong_platform",
    imitates="Kakao reply about a URL of another portal that had slipped into its request file",
    why="Kakao states not_found for a NAVER cafe item: a platform cannot settle another platform's item",
    items={N[2]: "pending"},
)

case(
    name="daum-receipt-echo",
    date=date(4, 11, 2, 9), from_="noreply@kakaocorp.com", name_from="Kakao 고객센터",
    subject=enc("[Daum 권리침해신고센터] 신고가 접수되었습니다"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""안녕하세요. Daum 권리침해신고센터입니다.

신고가 정상적으로 접수되었습니다.

접수번호 : R-2409-558812
접수일시 : 2024.09.04 11:02
신고 대상 :
 - {K[1]}
 - {K[2]}
 - {K[3]}

처리 결과는 검토 후 메일로 안내해 드립니다.
본 메일은 발신 전용으로 회신되지 않습니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao automatic receipt (접수번호, 접수일시, echoed 신고 대상)",
    why="pure receipt: the URLs are only echoed as received, the result is promised later",
    items={},
)

# ================================================================ SOOP
case(
    name="soop-bilingual-result",
    date=date(6, 19, 4, 27), from_=SP, name_from="SOOP 운영정책팀",
    subject=enc(f"[SOOP] 신고 처리 결과 안내 / Report outcome - {R4}"), reply_to_req=msgid(R4),
    body=f"""안녕하세요, SOOP 운영정책팀입니다. / Hello from the SOOP Policy team.

{R4} 처리 결과 / Outcome:

VOD {S[1]}
 - 삭제 (운영정책 위반: 불법 도박 홍보) / Deleted (illegal gambling promotion)

방송국 게시글 {S[2]}
 - 운영정책상 제재 대상에 해당하지 않아 유지 / Not in breach of our policy, remains visible

운영정책 안내 / Policy: https://help.sooplive.co.kr/policy/operation""",
    outcome="applied", classification="confirmation",
    imitates="SOOP (ex-AfreecaTV) bilingual outcome notice, Korean line with English gloss",
    why="VOD deleted (removed); station post kept as no breach (rejected); policy link is not an item",
    items={S[1]: "removed", S[2]: "rejected"},
)

case(
    name="soop-angle-brackets",
    date=date(7, 9, 58, 0), from_="trust@sooplive.co.kr", name_from="SOOP Trust & Safety",
    subject=f"Re: [KCSC] Correction request {R4}", reply_to_req=msgid(R4),
    body=f"""Hello,

The VOD <{S[1]}> was first set to private by our moderators and has now
been deleted. The channel nightbet77 has in addition been suspended from
broadcasting for 30 days.

Regards,
SOOP Trust & Safety""",
    outcome="applied", classification="confirmation",
    imitates="English moderation reply with the URL in angle brackets and an account sanction",
    why="VOD deleted (removed); the channel suspension is not a statement about the station post",
    items={S[1]: "removed"},
)

case(
    name="soop-conditional",
    date=date(6, 11, 11, 11), from_=SP, name_from="SOOP 운영정책팀",
    subject=enc(f"[SOOP] 요청 건 진행 안내 ({R4})"), reply_to_req=msgid(R4),
    body=f"""안녕하세요. SOOP 운영정책팀입니다.

요청하신 VOD({S[1]})와 방송국 게시글({S[2]})에 대해
스트리머에게 자진 삭제를 요청하였습니다.
48시간 내에 삭제되지 않으면 운영팀에서 직접 삭제 조치할 예정입니다.

감사합니다.""",
    outcome="review", review="not_understood",
    imitates="SOOP notice: streamer asked to self-delete, platform will act after 48 hours",
    why="condition and promise only; both items stay pending",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="soop-lookalike-unknown",
    date=date(7, 22, 15, 31), from_="cs@sooplive-help.com", name_from="SOOP 고객센터",
    subject=enc(f"[SOOP] 처리 완료 안내 ({R4})"), reply_to_req=msgid(R4),
    body=f"""안녕하세요 SOOP 고객센터입니다.

{R4} 요청 게시물은 모두 아래와 같이 삭제되었습니다.
- {S[1]} 삭제
- {S[2]} 삭제

추가 문의는 본 메일로 회신해 주세요.""",
    outcome="review", review="unknown_sender",
    imitates="SOOP-branded result mail from a look-alike domain (sooplive-help.com)",
    why="sender domain is no platform's: statements about our items cannot be trusted",
    items={S[1]: "pending", S[2]: "pending"},
)

case(
    name="soop-mdn",
    date=date(5, 16, 40, 2), from_="mj.kim@sooplive.co.kr", name_from="Kim Minji",
    subject=enc(f"읽음: [KCSC] 시정요구 요청 ({R4})"),
    extra_headers=[f"In-Reply-To: <{msgid(R4)}@kcsc.example>"],
    raw_mime=f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn_b669_soop"

--mdn_b669_soop
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메시지를 수신자가 읽었습니다.
받는 사람: mj.kim@sooplive.co.kr
제목: [KCSC] 시정요구 요청 ({R4})
읽은 시간: 2024-09-05 오후 4:40

--mdn_b669_soop
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; Hiworks
Final-Recipient: rfc822; mj.kim@sooplive.co.kr
Original-Message-ID: <{msgid(R4)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_b669_soop--""",
    outcome="ignored", classification="read_receipt",
    imitates="Korean groupware read receipt (읽음:) as an RFC 8098 MDN",
    why="read receipt only",
    items={},
)

# ================================================================ FM Korea
case(
    name="fmk-numbered",
    date=date(9, 14, 6, 6), from_=FM, name_from="FM Korea 운영팀",
    subject=f"[에펨코리아] {R5} 조치 결과", reply_to_req=msgid(R5),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.
요청하신 5건의 조치 결과입니다.

1. {F[1]} - 삭제
2. {F[2]} - 삭제
3. {F[3]} - 작성자 자진 삭제로 게시물 없음
4. {F[4]} - 유지 (정치 관련 의견 게시물로 사이트 규정 및 법령 위반 아님)
5. {F[5]} - 삭제

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="community admin numbered result list 'URL - 결과'",
    why="three deletions, one already self-deleted (not_found), one kept with its reason (rejected)",
    items={F[1]: "removed", F[2]: "removed", F[3]: "not_found", F[4]: "rejected", F[5]: "removed"},
)

case(
    name="fmk-statement-then-url",
    date=date(8, 21, 30, 45), from_=FM, name_from="FM Korea 운영팀",
    subject=f"Re: [KCSC] 시정요구 요청 ({R5})", reply_to_req=msgid(R5),
    body=f"""아래 게시물은 확인 후 삭제 처리했습니다.
{F[1]}
{F[2]}

아래 게시물은 검토 결과 위반 사항이 없어 유지합니다.
{F[4]}

나머지는 확인 중입니다.
에펨코리아 운영팀""",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply: statement line, URLs on the lines below it",
    why="two deleted under the first statement, one kept for no violation (rejected); the rest 'checking' untouched",
    items={F[1]: "removed", F[2]: "removed", F[4]: "rejected"},
)

case(
    name="fmk-html-ul",
    date=date(10, 15, 55, 20), from_=FM, name_from="FM Korea",
    subject=enc(f"[에펨코리아] 처리 결과 안내 ({R5})"), reply_to_req=msgid(R5),
    type="html",
    body=f"""<div style="font-size:14px">
<p>안녕하세요. 에펨코리아입니다. {R5} 추가 처리 결과를 알려드립니다.</p>
<ul>
<li><a href="{F[2]}">{F[2]}</a> &mdash; 삭제 완료</li>
<li><a href="{F[5]}">{F[5]}</a> &mdash; 존재하지 않는 게시물입니다 (잘못된 링크)</li>
</ul>
<p>이용 규칙: <a href="https://www.fmkorea.com/rules">https://www.fmkorea.com/rules</a></p>
</div>""",
    outcome="applied", classification="confirmation",
    imitates="HTML-only notice with a bulleted list of linked URLs",
    why="one deletion; one post does not exist / invalid link (not_found)",
    items={F[2]: "removed", F[5]: "not_found"},
)

case(
    name="fmk-bulk-ko",
    date=date(11, 10, 0, 52), from_=FM, name_from="FM Korea 운영팀",
    subject=f"Re: [KCSC] 시정요구 요청 ({R5})", reply_to_req=msgid(R5),
    body=f"""안녕하세요. 에펨코리아 운영팀입니다.

{R5} 관련 신고하신 게시물 5건 모두 삭제 완료하였고,
작성자 계정은 영구 이용 정지 처리하였습니다.

감사합니다.""",
    outcome="review", review="bulk",
    imitates="Korean blanket confirmation '5건 모두 삭제 완료'",
    why="one statement about all five items without naming them: bulk, items stay pending",
    items={},
)

case(
    name="fmk-ticket-receipt",
    date=date(6, 9, 41, 3), from_="noreply@fmkorea.com", name_from="FM Korea 고객센터",
    subject=enc("[에펨코리아] 문의가 접수되었습니다 (#FM-240906-0117)"),
    extra_headers=["Auto-Submitted: auto-generated"],
    body=f"""문의가 정상적으로 접수되었습니다.

접수번호: #FM-240906-0117
제목: [KCSC] 시정요구 요청 ({R5})

담당자 확인 후 순차적으로 답변드리겠습니다.
답변은 평균 1~3 영업일 정도 소요됩니다.""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk ticket receipt (접수번호, average answer time)",
    why="ticket created, nothing about any item",
    items={},
)

# ================================================================ Ppomppu
case(
    name="ppomppu-sole-ko",
    date=date(11, 14, 33, 19), from_=PP, name_from="뽐뿌 고객센터",
    subject=enc(f"[뽐뿌] 요청번호 {R6} 처리 완료"), reply_to_req=msgid(R6),
    body=f"""안녕하세요. 뽐뿌 고객센터입니다.

요청번호 {R6} 건 게시물은 삭제 조치 완료되었습니다.
해당 게시자는 7일간 이용 정지 처리하였습니다.

감사합니다.""",
    outcome="applied", classification="confirmation",
    imitates="short Korean completion notice naming the request but not the URL",
    why="one-item request: the single unhedged 삭제 조치 완료 applies to its only item",
    items={P[1]: "removed"},
)

case(
    name="ppomppu-en-author-deleted",
    date=date(10, 17, 12, 0), from_="abuse@ppomppu.co.kr", name_from="Ppomppu Abuse Desk",
    subject=f"Re: [KCSC] Correction request {R6}", reply_to_req=msgid(R6),
    body=f"""Hello,

The post you reported, {P[1]}, no longer exists:
the member deleted it himself on 9 September before our moderators reached it.
We have noted the account for monitoring.

Ppomppu Abuse Desk""",
    outcome="applied", classification="confirmation",
    imitates="English abuse-desk reply: item already deleted by its author",
    why="post deleted by its author before review: not_found",
    items={P[1]: "not_found"},
)

case(
    name="ppomppu-relay-bounce",
    date=date(9, 10, 12, 44), from_="mailer-daemon@smtp-relay.example.net",
    name_from="Mail Delivery Subsystem", auth="none",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn_b669_pp"

--dsn_b669_pp
Content-Type: text/plain; charset=us-ascii

** Delivery delayed **

Your message to cs@ppomppu.co.kr has not been delivered yet. The server
will keep trying for another 44 hours.

The response from the remote server was:
421 4.7.0 Try again later, closing connection.

--dsn_b669_pp
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-relay.example.net

Final-Recipient: rfc822; cs@ppomppu.co.kr
Action: delayed
Status: 4.7.0
Diagnostic-Code: smtp; 421 4.7.0 Try again later
Will-Retry-Until: Wed, 11 Sep 2024 06:12:00 +0900

--dsn_b669_pp
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: cs@ppomppu.co.kr
Subject: [KCSC] =?UTF-8?B?7Iuc7KCV7JqU6rWsIOyalOyyrQ==?= ({R6})
Message-ID: <{msgid(R6)}@kcsc.example>
Date: Mon, 9 Sep 2024 10:10:00 +0900

--dsn_b669_pp--""",
    outcome="ignored", classification="bounce",
    imitates="Gmail-style delayed-delivery DSN from a third-party relay",
    why="delivery delay notice; ignored whoever sent it",
    items={},
)

# ================================================================ Clien
case(
    name="clien-mixed",
    date=date(12, 13, 48, 39), from_=CL, name_from="클리앙 운영진",
    subject=f"RE: [KCSC] 시정요구 요청 ({R7})", reply_to_req=msgid(R7),
    body=f"""안녕하세요, 클리앙 운영진입니다.

{C[1]}
모두의공원 게시판 규칙(개인정보 노출) 위반으로 삭제했습니다.

{C[2]}
자동차 게시판 게시글은 검토 결과 특정인의 개인정보로 볼 만한 내용이 없어
삭제하지 않고 유지합니다.

의견 있으시면 회신 주세요.""",
    outcome="applied", classification="confirmation",
    imitates="small community admin reply, URL line then its outcome sentence",
    why="park post deleted (removed); car-board post kept, no personal data found (rejected)",
    items={C[1]: "removed", C[2]: "rejected"},
)

case(
    name="clien-ack-plus-statement",
    date=date(10, 16, 3, 26), from_=CL, name_from="클리앙 운영진",
    subject=enc(f"[클리앙] 신고 접수 및 처리 안내 ({R7})"), reply_to_req=msgid(R7),
    body=f"""신고 접수되었습니다. (접수번호 CL-0910-118)

확인해 보니 {C[1]} 은 운영진이 삭제 처리했습니다.
나머지 한 건은 게시판 담당자가 확인 후 따로 말씀드리겠습니다.

클리앙 운영진""",
    outcome="applied", classification="confirmation",
    imitates="receipt line followed by an actual outcome in the same mail",
    why="acknowledgement phrase plus an unhedged deletion by the operators: applies to the park post",
    items={C[1]: "removed"},
)

case(
    name="clien-asks-more",
    date=date(11, 11, 20, 0), from_=CL, name_from="클리앙 운영진",
    subject=f"RE: [KCSC] 시정요구 요청 ({R7})", reply_to_req=msgid(R7),
    body=f"""안녕하세요. 클리앙 운영진입니다.

{R7} 건을 처리하려면 아래 자료가 더 필요합니다.
 - 기관 직인이 날인된 공문 사본
 - 각 게시물이 위반한 법령 조항

대상:
{C[1]}
{C[2]}

자료를 보내주시면 바로 검토하겠습니다.""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="Korean request for an official letter and the legal basis before acting",
    why="the platform asks for documents; nothing stated about the two posts",
    items={C[1]: "pending", C[2]: "pending"},
)

case(
    name="clien-ooo-en",
    date=date(10, 15, 31, 2), from_="sh.yoon@clien.net", name_from="Seungho Yoon",
    subject=f"Automatic reply: [KCSC] 시정요구 요청 ({R7})",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""Thank you for your message. I am away until 16 September with limited
access to email. For anything urgent, please contact admin@clien.net.

Seungho Yoon""",
    outcome="ignored", classification="auto_reply",
    imitates="English Outlook 'Automatic reply' out-of-office",
    why="out-of-office auto-reply",
    items={},
)

# ---------------------------------------------------------------- write
for c in cases:
    c["from"] = c.pop("from_")
    if not c["name_from"].isascii():
        c["name_from"] = enc(c["name_from"])

HEADER = """# Blind set 669 (Korean portals and community sites, mixed Korean/English).
# Written from each email's meaning alone, before any run of the reader.
# Generated by make.py; do not edit by hand."""

if __name__ == "__main__":
    write_requests()
    corpuslib.write_set(HERE, SET, HEADER, cases)
    print(f"{len(cases)} cases written")
