#!/usr/bin/env python3
"""Blind set 333: Korean portals and community sites (DC Inside, NAVER,
Daum/Kakao, SOOP, FM Korea, Inven, Clien; Nate and Ppomppu as senders only),
Korean and English mixed, with the doubtful and ignorable mail a regulator's
mailbox receives. Written before any run of the reader, from each email's
meaning alone.

    python3 tests/corpus/blind333/make.py

Deterministic: writes requests.csv, cases/*.eml and expected.toml.
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

# ---------------------------------------------------------------- requests
D = [
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10234567",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=10234990",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=554321",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_kr&no=554388",
    "https://gall.dcinside.com/mgallery/board/view/?id=stockus&no=81234",
    "https://gall.dcinside.com/mini/board/view/?id=nightowl&no=3321",
    "https://gall.dcinside.com/board/view/?id=hit&no=77812",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=120045",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=120102",
    "https://gall.dcinside.com/mgallery/board/view/?id=toto_talk&no=120177",
    "https://gall.dcinside.com/board/view/?id=programming&no=2890123",
    "https://m.dcinside.com/board/coin_kr/554402",
]
d1, d2, d3, d4, d5, d6, d7, d8, d9, d10, d11, d12 = D

n1 = "https://blog.naver.com/silverkite_88/223541987650"
n2 = "https://cafe.naver.com/quietlake/48211"
n3 = "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80101&docId=471234567"

TISTORY_SLUG = "주식-리딩방-후기-공개"
k1 = "https://cafe.daum.net/mintgarden/Xy3Q/1187"
k2 = "https://cafe.daum.net/mintgarden/Xy3Q/1192"
k3_raw = "https://amberfox21.tistory.com/entry/" + TISTORY_SLUG
k3 = "https://amberfox21.tistory.com/entry/" + quote(TISTORY_SLUG, safe="-")

s1 = "https://vod.sooplive.co.kr/player/134578902"
s2 = "https://ch.sooplive.co.kr/hanulbj07/post/98123456"

f1 = "https://www.fmkorea.com/7312456789"

i1 = "https://www.inven.co.kr/board/lol/4625/2871234"
i2 = "https://www.inven.co.kr/board/lol/4625/2871301"
i3 = "https://www.inven.co.kr/board/maple/5974/1102345"
i4 = "https://m.inven.co.kr/board/webzine/2097/1889012"

c1 = "https://www.clien.net/service/board/park/18712345"
c2 = "https://www.clien.net/service/board/cm_car/18713002"

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, note
    ("KCSC-240902-01", "dcinside", "2024-09-02T01:05:00Z", "2024-09-09T14:59:59Z", D,
     "gambling", "DC Inside galleries: gambling and coin-pump promotion (largest request)"),
    ("KCSC-240903-02", "naver", "2024-09-03T01:14:00Z", "2024-09-10T14:59:59Z", [n1, n2, n3],
     "drugs", "NAVER blog, cafe and KnowledgeiN"),
    ("KCSC-240904-03", "daum", "2024-09-04T02:30:00Z", "2024-09-11T14:59:59Z", [k1, k2, k3],
     "fraud", "Daum cafe and Tistory (Korean path, stored percent-encoded)"),
    ("KCSC-240905-04", "soop", "2024-09-05T00:40:00Z", "2024-09-12T14:59:59Z", [s1, s2],
     "gambling", "SOOP VOD and channel post"),
    ("KCSC-240906-05", "fmkorea", "2024-09-06T05:00:00Z", "2024-09-13T14:59:59Z", [f1],
     "obscene", "FM Korea, one post"),
    ("KCSC-240909-06", "inven", "2024-09-09T02:02:00Z", "2024-09-16T14:59:59Z", [i1, i2, i3, i4],
     "defamation", "Inven boards and webzine"),
    ("KCSC-240910-07", "clien", "2024-09-10T01:20:00Z", "2024-09-17T14:59:59Z", [c1, c2],
     "advertising", "Clien boards"),
]
REQ_URLS = {r[0]: r[4] for r in REQUESTS}


def req_mid(ref):
    return "req." + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, urls, cat, note in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def request_text(ref, urls, prefix=""):
    lines = [
        "안녕하십니까. 방송통신심의위원회 불법정보대응팀입니다.",
        "",
        "아래 정보는 통신심의 결과 불법정보로 의결되어 시정요구(삭제)하오니,",
        "조치 후 그 결과를 회신하여 주시기 바랍니다.",
        "",
        f"요청번호: {ref}",
        "",
    ]
    lines += [f"{i}. {u}" for i, u in enumerate(urls, 1)]
    lines += ["", "방송통신심의위원회 불법정보대응팀 드림"]
    return "\n".join((prefix + l).rstrip() if prefix else l for l in lines)


def b64(text, width=76):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").strip("\n")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").strip("\n")


def enc_subject(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def esc(u):
    return u.replace("&", "&amp;")


CASES = []


def case(**kw):
    CASES.append(kw)


# ======================================================== DC Inside (KCSC-240902-01)
rows = [
    (d1, "삭제", "도박 사이트 홍보"),
    (d2, "삭제", ""),
    (d3, "삭제", "작성자 IP 차단 병행"),
    (d4, "게시물 없음", "요청 접수 전 작성자가 직접 삭제"),
    (d5, "삭제", ""),
    (d6, "접근 제한 (성인 인증 후 열람)", "미니 갤러리 성인 설정 적용"),
    (d7, "삭제", ""),
    (d8, "삭제", ""),
    (d9, "삭제", ""),
    (d10, "존재하지 않는 게시물", "번호 오류 또는 기삭제"),
    (d11, "유지", "코딩 질의응답 글로, 불법정보 해당 사항이 확인되지 않음"),
    (d12, "삭제", "모바일 주소"),
]
tr = "\n".join(
    f"<tr><td>{i}</td><td>{esc(u)}</td><td>{r}</td><td>{note}</td></tr>"
    for i, (u, r, note) in enumerate(rows, 1)
)
case(
    name="dc-result-table-html",
    date="Thu, 05 Sep 2024 17:42:10 +0900",
    **{"from": "report@dcinside.com"},
    name_from="=?UTF-8?B?" + base64.b64encode("디시인사이드 운영지원팀".encode()).decode() + "?=",
    subject="RE: [KCSC-240902-01] 시정요구 조치결과 회신",
    reply_to_req=req_mid("KCSC-240902-01"),
    type="html",
    body=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Malgun Gothic,sans-serif;font-size:13px">
<p>안녕하세요, 디시인사이드 운영지원팀입니다.</p>
<p>2024. 9. 2. 요청하신 시정요구(요청번호 KCSC-240902-01) 12건에 대한 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>연번</th><th>대상 URL</th><th>조치 결과</th><th>비고</th></tr>
{tr}
</table>
<p>게시물 운영 원칙은 <a href="https://www.dcinside.com/policy/operation">운영 원칙 안내</a> 페이지에서 보실 수 있습니다.</p>
<p>감사합니다.<br>디시인사이드 운영지원팀 드림</p>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Korean 시정요구 조치결과 회신 as an HTML table (연번/URL/조치 결과/비고), as portals return to KCSC",
    why="Table row per item: 삭제 -> removed, 게시물 없음/존재하지 않는 게시물 -> not_found, 접근 제한 -> restricted, 유지 with reason -> rejected",
    items={d1: "removed", d2: "removed", d3: "removed", d4: "not_found", d5: "removed",
           d6: "restricted", d7: "removed", d8: "removed", d9: "removed", d10: "not_found",
           d11: "rejected", d12: "removed"},
)

case(
    name="dc-numbered-status-next-line",
    date="Tue, 03 Sep 2024 15:20:44 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCInside",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요. 디시인사이드입니다.

요청하신 건 중 우선 처리된 4건 결과 안내드립니다.

1) {d1}
   → 삭제 완료
2) {d2}
   → 삭제 완료
3) {d3}
   → 삭제 완료 (작성자 이용 제한 7일)
4) {d4}
   → 요청일 기준 이미 삭제된 게시물입니다.

나머지 8건은 확인되는 대로 따로 회신드리겠습니다.

디시인사이드 운영지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="community-site moderator reply, numbered URLs with the result on the line below",
    why="Three deleted (the 7-day user restriction concerns the author, not the post), one already deleted before the request -> not_found; the other 8 only promised",
    items={d1: "removed", d2: "removed", d3: "removed", d4: "not_found", d5: "pending"},
)

csv_rows = [
    ("5", d5, "삭제", "2024-09-04 11:20"),
    ("6", d6, "삭제", "2024-09-04 11:21"),
    ("7", d7, "게시물 없음", "2024-09-04 11:21"),
    ("8", d8, "삭제", "2024-09-04 11:24"),
    ("9", d9, "삭제", "2024-09-04 11:24"),
    ("10", d10, "삭제", "2024-09-04 11:25"),
]
cbuf = io.StringIO()
cw = csv.writer(cbuf, lineterminator="\r\n")
cw.writerow(["번호", "URL", "조치결과", "조치일시"])
for r in csv_rows:
    cw.writerow(r)
csv_b64 = base64.encodebytes(("\ufeff" + cbuf.getvalue()).encode("utf-8")).decode("ascii").strip("\n")
fname = "조치결과_KCSC-240902-01.csv"
case(
    name="dc-csv-attachment",
    date="Wed, 04 Sep 2024 11:40:02 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCInside",
    subject="Re: [KCSC-240902-01] 조치 결과 (첨부)",
    reply_to_req=req_mid("KCSC-240902-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_7f3a91"

--=_dc_7f3a91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요, 디시인사이드 운영지원팀입니다.

KCSC-240902-01 건 중 5번부터 10번까지 6건의 조치 결과를 첨부 파일로
보내드립니다. 나머지 건은 처리 중입니다.

감사합니다.

--=_dc_7f3a91
Content-Type: text/csv; charset=utf-8; name*=UTF-8''{quote(fname)}
Content-Disposition: attachment; filename*=UTF-8''{quote(fname)}
Content-Transfer-Encoding: base64

{csv_b64}
--=_dc_7f3a91--
""",
    outcome="applied", classification="confirmation",
    imitates="portal result sheet sent as a CSV attachment (번호, URL, 조치결과, 조치일시)",
    why="CSV rows: five 삭제 -> removed, 게시물 없음 -> not_found",
    items={d5: "removed", d6: "removed", d7: "not_found", d8: "removed", d9: "removed", d10: "removed"},
)

quoted = request_text("KCSC-240902-01", D, prefix="> ")
case(
    name="dc-top-posted-over-quote",
    date="Fri, 06 Sep 2024 09:12:30 +0900",
    **{"from": "ops.kim@dcinside.com"},
    name_from="김태윤",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""요청하신 12건 중 아래 2건은 오늘 아침 삭제했습니다.

{d7}
{d11}

나머지는 갤러리 매니저와 확인하고 있고, 끝나는 대로 다시 회신드리겠습니다.

김태윤 드림
디시인사이드 운영지원팀

2024년 9월 2일 (월) 오전 10:05, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{quoted}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style top-posted reply over the quoted request ('님이 작성:' and '>' lines)",
    why="Only the two URLs above the quote are stated deleted; the quoted list of 12 is our own request; the rest are still being checked",
    items={d7: "removed", d11: "removed", d1: "pending", d8: "pending", d12: "pending"},
)

case(
    name="dc-global-support-english",
    date="Thu, 05 Sep 2024 21:03:55 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Global Support",
    subject="Re: Takedown request KCSC-240902-01",
    body=f"""Hello,

Thank you for contacting DCInside. Here is an update on two of the links
in your request KCSC-240902-01:

- {d12} : deleted by the
  gallery manager on 5 September at our request.
- {d6} : this post no
  longer exists. Our logs show that its author deleted it before your
  notice reached us, so there was nothing left for us to act on.

We will write again about the remaining links.

Best regards,
Min-seo Kang
DCInside Global Support
""",
    outcome="applied", classification="confirmation",
    imitates="English-language support-desk reply of a Korean site, bulleted with a status after each URL",
    why="Mobile post deleted -> removed; mini-gallery post deleted by its author before the notice -> not_found",
    items={d12: "removed", d6: "not_found"},
)

outlook_quote = request_text("KCSC-240902-01", D)
case(
    name="dc-outlook-quoted-request",
    date="Wed, 04 Sep 2024 16:08:19 +0900",
    **{"from": "jh.park@dcinside.com"},
    name_from="박준혁",
    subject="RE: [KCSC-240902-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하십니까.

토토 홍보글 3건은 아래와 같이 삭제하고, 작성 IP를 30일간 차단했습니다.

 - {d8}
 - {d9}
 - {d10}

이상입니다.

박준혁 | 디시인사이드 운영지원팀

-----Original Message-----
From: KCSC 불법정보대응팀 <takedown@kcsc.example>
Sent: Monday, September 2, 2024 10:05 AM
To: report@dcinside.com
Subject: [KCSC-240902-01] 불법정보 시정요구 (12건)

{outlook_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook reply with '-----Original Message-----' and the unprefixed request below",
    why="Three toto posts deleted (the IP block concerns the writer); the request under Original Message is quoted, not a statement",
    items={d8: "removed", d9: "removed", d10: "removed", d1: "pending", d11: "pending"},
)

case(
    name="dc-wrapped-url-angle-brackets",
    date="Fri, 06 Sep 2024 18:30:00 +0900",
    **{"from": "global@dcinside.com"},
    name_from="DCInside Operations",
    subject="Re: Takedown request KCSC-240902-01 - two more",
    body=f"""Hello KCSC team,

Two more results for KCSC-240902-01.

The stock gallery post
<https://gall.dcinside.com/mgallery/board/view/
?id=stockus&no=81234>
has been deleted.

{d3} was deleted as well. Both were handled on 6 September.

Regards,
DCInside Operations
""",
    outcome="applied", classification="confirmation",
    imitates="plain-text reply with a long URL wrapped inside angle brackets (RFC 3986 appendix C style)",
    why="The bracketed URL broken over two lines is the stockus post, deleted; the coin post deleted as well",
    items={d5: "removed", d3: "removed"},
)

case(
    name="dc-promise-will-delete",
    date="Mon, 02 Sep 2024 16:47:12 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCInside",
    subject="Re: [KCSC-240902-01] 불법정보 시정요구 (12건)",
    reply_to_req=req_mid("KCSC-240902-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중 야구 갤러리 2건
{d1}
{d2}
은 담당 매니저 확인을 거쳐 오늘 중으로 삭제될 예정입니다.
처리가 끝나면 다시 안내드리겠습니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="moderator reply promising deletion later the same day",
    why="'삭제될 예정' is a promise, not a statement; names requested items -> not_understood",
    items={d1: "pending", d2: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    date="Mon, 09 Sep 2024 10:02:45 +0900",
    **{"from": "report@dcinside.com"},
    name_from="DCInside",
    subject="Re: [KCSC-240902-01] 처리 완료",
    reply_to_req=req_mid("KCSC-240902-01"),
    body="""안녕하세요. 디시인사이드 운영지원팀입니다.

요청번호 KCSC-240902-01로 보내주신 게시물 전체에 대해 삭제 조치를
완료하였습니다. 늦어져서 죄송합니다.

감사합니다.
""",
    outcome="review", review="bulk",
    imitates="short 'all done' reply to a multi-item request",
    why="'게시물 전체 ... 삭제' names no item for a 12-item request (and some were answered not_found/rejected elsewhere) -> bulk",
    items={u: "pending" for u in D},
)

case(
    name="dc-gallery-manager-gmail",
    date="Tue, 03 Sep 2024 23:18:05 +0900",
    **{"from": "coinkr.manager77@gmail.com"},
    name_from="코인갤 매니저",
    subject="Re: [KCSC-240902-01] 코인 갤러리 게시물 관련",
    body=f"""안녕하세요 코인 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 두 글 제가 지웠습니다.

{d3}
{d4}

앞으로 비슷한 글 올라오면 바로 정리하겠습니다.
""",
    outcome="review", review="unknown_sender",
    imitates="volunteer gallery manager writing from a personal webmail address",
    why="gmail.com is no platform's domain; a volunteer's word is not the platform's -> unknown_sender",
    items={d3: "pending", d4: "pending"},
)

case(
    name="dc-dsn-user-unknown",
    date="Mon, 02 Sep 2024 10:05:31 +0900",
    **{"from": "MAILER-DAEMON@mx2.dcinside.com"},
    name_from="Mail Delivery System",
    subject="Undelivered Mail Returned to Sender",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1F2C0D9E.1725239131/mx2.dcinside.com"

This is a MIME-encapsulated message.

--4A1F2C0D9E.1725239131/mx2.dcinside.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<abuse-desk@dcinside.com>: unknown user: "abuse-desk"

--4A1F2C0D9E.1725239131/mx2.dcinside.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.dcinside.com
X-Postfix-Queue-ID: 4A1F2C0D9E
Arrival-Date: Mon,  2 Sep 2024 10:05:30 +0900 (KST)

Final-Recipient: rfc822; abuse-desk@dcinside.com
Original-Recipient: rfc822;abuse-desk@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "abuse-desk"

--4A1F2C0D9E.1725239131/mx2.dcinside.com
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: KCSC {enc_subject("불법정보대응팀")} <takedown@kcsc.example>
To: abuse-desk@dcinside.com
Subject: [KCSC-240902-01] {enc_subject("불법정보 시정요구")}
Date: Mon, 02 Sep 2024 10:05:00 +0900
Message-ID: <req.KCSC-240902-01.cc@kcsc.example>

--4A1F2C0D9E.1725239131/mx2.dcinside.com--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix DSN 'Undelivered Mail Returned to Sender' with the original headers",
    why="Delivery failure report for a copy sent to a wrong address; says nothing about items",
    items={},
)

# ======================================================== NAVER (KCSC-240903-02)
case(
    name="naver-gesijungdan-notice",
    date="Wed, 04 Sep 2024 14:05:00 +0900",
    **{"from": "right_noreply@navercorp.com"},
    name_from="NAVER 권리보호센터",
    subject="[NAVER] 게시중단 요청에 대한 처리 결과 안내드립니다",
    body=f"""안녕하세요. 네이버 권리보호센터입니다.

방송통신심의위원회에서 요청하신 게시중단(요청번호 KCSC-240903-02)에 대해
아래와 같이 처리하였음을 알려드립니다.

■ 블로그 게시물
  주소: {n1}
  처리: 임시조치 (30일간 게시물 접근 차단)

■ 카페 게시물
  주소: {n2}
  처리: 삭제

※ 임시조치된 게시물은 게시자가 30일 안에 재게시를 요청하지 않으면 삭제됩니다.
※ 처리 기준은 네이버 권리보호센터(https://right.naver.com/)에서 확인하실 수 있습니다.

본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 권리보호센터 게시중단 처리 결과 notice (임시조치 / 삭제 per post)",
    why="Blog post under 임시조치 (access blocked 30 days) -> restricted; cafe post 삭제 -> removed; right.naver.com is a help page",
    items={n1: "restricted", n2: "removed"},
)

case(
    name="naver-kin-rejected-bilingual",
    date="Thu, 05 Sep 2024 10:31:12 +0900",
    **{"from": "policy@navercorp.com"},
    name_from="NAVER Policy",
    subject="Re: [KCSC-240903-02] Request for removal - NAVER 지식iN",
    reply_to_req=req_mid("KCSC-240903-02"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다. (English below)

요청하신 지식iN 질문 {n3} 은
검토 결과 게시를 유지하기로 하였습니다. 해당 글은 처방받은 약의 복용 방법을
묻는 질문으로, 판매나 구매를 알선하는 내용이 없어 운영정책상 제한 사유에
해당하지 않습니다.

[English]
We reviewed the KnowledgeiN question above and decided to keep it up. It asks
how to take a prescribed medicine and contains no offer to buy or sell, so it
does not breach our operating policy.

블로그와 카페 게시물은 권리보호센터에서 별도로 안내드릴 예정입니다.

네이버 정책지원팀
""",
    outcome="applied", classification="confirmation",
    imitates="bilingual portal policy-team refusal with its reason",
    why="KnowledgeiN question kept up because it breaks no rule -> rejected; other two only announced",
    items={n3: "rejected", n1: "pending", n2: "pending"},
)

naver_qp_text = f"""안녕하세요, 네이버 고객센터입니다.
문의하신 게시물 3건(KCSC-240903-02)의 처리 결과를 알려드립니다.

1. 블로그 {n1}
   - 블라인드 처리되었습니다.
2. 카페 {n2}
   - 이미 삭제된 게시물입니다. (게시자가 9월 3일 직접 삭제)
3. 지식iN {n3}
   - 운영정책 위반으로 삭제되었습니다.

더 궁금하신 점은 네이버 고객센터(https://help.naver.com/)로 문의해 주세요.
감사합니다.
"""
case(
    name="naver-qp-three-results",
    date="Fri, 06 Sep 2024 11:15:40 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject=enc_subject("[네이버] KCSC-240903-02 처리결과 안내"),
    raw_mime=f"""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(naver_qp_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 고객센터 reply in quoted-printable with an encoded-word subject",
    why="블라인드 -> removed; already deleted by its author -> not_found; 삭제 -> removed",
    items={n1: "removed", n2: "not_found", n3: "removed"},
)

case(
    name="naver-echoed-report",
    date="Thu, 05 Sep 2024 16:41:07 +0900",
    **{"from": "report_noreply@naver.com"},
    name_from="네이버 신고센터",
    subject="[네이버 신고센터] 신고하신 게시물의 처리 결과입니다",
    body=f"""고객님께서 신고하신 내용에 대한 처리 결과를 안내드립니다.

────────────────────────
신고 번호 : R-20240905-0388172
신고 대상 : {n2}
신고 사유 : 불법정보 (KCSC-240903-02)
신고 일시 : 2024.09.03 10:14
────────────────────────
처리 결과 : 게시물 삭제
처리 일시 : 2024.09.05 16:40
────────────────────────

깨끗한 네이버를 위해 신고해 주셔서 감사합니다.
※ 본 메일은 발신 전용입니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER 신고센터 result mail echoing the report fields (신고 대상 / 처리 결과)",
    why="Echoed report names the cafe post; 처리 결과: 게시물 삭제 -> removed",
    items={n2: "removed"},
)

case(
    name="naver-hedge-appears-private",
    date="Wed, 04 Sep 2024 18:22:51 +0900",
    **{"from": "trustsafety@navercorp.com"},
    name_from="NAVER Trust & Safety",
    subject="RE: KCSC-240903-02 follow-up",
    body=f"""Dear KCSC,

Regarding {n1} - the post appears to have been
switched to private by the blogger, but our team has not been able to
confirm this yet. We will let you know once it has been checked.

Kind regards,
NAVER Trust & Safety
""",
    outcome="review", review="not_understood",
    imitates="trust-and-safety follow-up with a hedge ('appears to have been')",
    why="'appears to have been ... not able to confirm' is a hedge, not a statement",
    items={n1: "pending"},
)

case(
    name="naver-auth-fail",
    date="Wed, 04 Sep 2024 09:02:13 +0900",
    **{"from": "help@naver.com"},
    name_from="네이버 고객센터",
    subject="[네이버] 게시물 삭제 완료 안내 (KCSC-240903-02)",
    auth="fail",
    body=f"""안녕하세요, 네이버 고객센터입니다.

요청하신 게시물 2건이 삭제 완료되었습니다.

- {n1}
- {n2}

처리 내역은 아래 링크에서 로그인 후 확인하실 수 있습니다.
http://naver-help-center.example/login

감사합니다.
""",
    outcome="review", review="untrusted",
    imitates="lookalike 'deletion completed' notice that fails DKIM/SPF/DMARC for naver.com",
    why="From naver.com but authentication fails -> untrusted; nothing applied",
    items={n1: "pending", n2: "pending"},
)

case(
    name="naver-out-of-office",
    date="Tue, 03 Sep 2024 10:15:02 +0900",
    **{"from": "jieun.kim@navercorp.com"},
    name_from="김지은",
    subject="[부재중] Re: [KCSC-240903-02] 게시중단 요청",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 김지은입니다.
9월 3일부터 9월 6일까지 휴가로 부재중입니다.
급한 건은 정책지원팀 공용 메일(policy@navercorp.com)로 보내 주세요.

I am out of the office until 6 September with no access to email.
For urgent matters please write to policy@navercorp.com.
""",
    outcome="ignored", classification="auto_reply",
    imitates="NAVER WORKS vacation auto-reply, Korean and English",
    why="Out-of-office auto-reply",
    items={},
)

# ======================================================== Daum / Kakao (KCSC-240904-03)
case(
    name="daum-tistory-imsijochi",
    date="Fri, 06 Sep 2024 13:48:29 +0900",
    **{"from": "right@kakaocorp.com"},
    name_from="카카오 권리침해신고센터",
    subject="[카카오] 권리침해 게시물 처리 결과 안내 (KCSC-240904-03)",
    body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

요청하신 게시물에 대한 처리 결과를 안내드립니다.

티스토리 게시물 {k3_raw} 에 대하여
정보통신망법 제44조의2에 따라 30일간 임시조치하였습니다. 임시조치 기간
동안 이용자는 해당 게시물에 접근할 수 없습니다.

Daum 카페 게시물 {k1} 은(는) 카페 운영정책
위반이 확인되어 삭제하였습니다.

나머지 1건({k2})은 카페지기의 소명을
받고 있으며, 결과는 추후 안내드리겠습니다.

카카오 권리침해신고센터 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 임시조치 notice (정보통신망법 제44조의2)",
    why="Tistory post (raw Korean path = the stored percent-encoded URL) under 30-day 임시조치 -> restricted; cafe post deleted -> removed; third awaits the cafe owner",
    items={k3: "restricted", k1: "removed", k2: "pending"},
)

case(
    name="daum-cafe-blind-html",
    date="Thu, 05 Sep 2024 17:10:33 +0900",
    **{"from": "cafe_admin@daum.net"},
    name_from="Daum 카페 운영팀",
    subject="[Daum 카페] 요청하신 게시글 조치 결과",
    type="html",
    body=f"""<html><body>
<div style="font-size:14px">
<p><b>Daum 카페 운영팀</b>입니다.</p>
<p>방송통신심의위원회 요청(KCSC-240904-03)에 따라 아래 카페 게시글을 확인하였습니다.</p>
<ul>
<li><a href="{k1}">{k1}</a> &mdash; 블라인드 처리</li>
<li><a href="{k2}">{k2}</a> &mdash; 블라인드 처리</li>
</ul>
<p>블라인드된 게시글은 카페 회원과 외부 이용자 모두 열람할 수 없습니다.
카페 운영정책은 <a href="https://cs.daum.net/faq/15/7871.html">Daum 고객센터</a>를 참고해 주세요.</p>
</div>
</body></html>""",
    outcome="applied", classification="confirmation",
    imitates="Daum cafe operations HTML notice with a bulleted list and 블라인드 per post",
    why="블라인드 처리 for each named post -> removed; the cs.daum.net link is a help page",
    items={k1: "removed", k2: "removed"},
)

daum_b64_text = f"""카카오 고객센터입니다.
요청번호 KCSC-240904-03 관련 처리 결과를 보내드립니다.

- {k2}
  결과: 존재하지 않는 게시글입니다. 주소가 잘못되었거나 이미 지워진 글입니다.

- {k3}
  결과: 운영정책 위반으로 영구 삭제되었습니다.

감사합니다.
"""
case(
    name="daum-base64-results",
    date="Tue, 10 Sep 2024 10:20:00 +0900",
    **{"from": "noreply@kakaocorp.com"},
    name_from="Kakao",
    subject=enc_subject("[카카오 고객센터] 요청하신 게시글 처리 결과"),
    raw_mime=f"""Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(daum_b64_text)}
""",
    outcome="applied", classification="confirmation",
    imitates="Kakao customer-centre mail with a base64 body, percent-encoded Tistory URL",
    why="Cafe post does not exist -> not_found; Tistory post permanently deleted -> removed",
    items={k2: "not_found", k3: "removed"},
)

case(
    name="daum-statement-of-reasons-english",
    date="Mon, 09 Sep 2024 09:00:12 +0900",
    **{"from": "dsa-noreply@kakaocorp.com"},
    name_from="Kakao Trust & Safety",
    subject="Notice of action taken - your report KCSC-240904-03",
    body=f"""Statement of reasons

Reference: KCSC-240904-03
Content concerned: {k1}
Action taken: access to the content has been restricted for users in the
Republic of Korea.
Territorial scope: Republic of Korea
Facts and circumstances: the post advertises an unregistered investment
"leading room" and collects contact details for it.
Legal ground: Financial Investment Services and Capital Markets Act
Automated means: not used for this decision
Redress: the uploader may appeal at
https://cs.kakao.com/helps?service=cafe&category=appeal

Kakao Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="DSA-style statement of reasons (action, territorial scope, ground, redress)",
    why="Access restricted for users in Korea -> restricted; appeal link is not an item",
    items={k1: "restricted"},
)

case(
    name="daum-ticket-receipt",
    date="Wed, 04 Sep 2024 17:32:27 +0900",
    **{"from": "cs_noreply@kakaocorp.com"},
    name_from="카카오 고객센터",
    subject="[카카오 고객센터] 문의가 접수되었습니다 (접수번호 2409041732266)",
    body="""방송통신심의위원회님, 안녕하세요.

보내주신 문의(제목: [KCSC-240904-03] 불법정보 시정요구)가 정상적으로 접수되었습니다.

접수번호: 2409041732266
접수일시: 2024.09.04 17:32

순서대로 확인한 뒤 답변드리겠습니다. 답변은 영업일 기준 3일 안에 메일로
보내드립니다.

※ 본 메일은 발신 전용으로 회신되지 않습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="Kakao customer-centre ticket receipt (접수번호)",
    why="Pure receipt: no item, no statement",
    items={},
)

# ======================================================== SOOP (KCSC-240905-04)
case(
    name="soop-english-vod-and-age-gate",
    date="Fri, 06 Sep 2024 15:55:30 +0900",
    **{"from": "safety@sooplive.co.kr"},
    name_from="SOOP Trust & Safety",
    subject="Re: [KCSC-240905-04] Correction request - action taken",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""Dear KCSC team,

Thank you for your notice KCSC-240905-04. We have taken the following action.

VOD {s1}
Action: deleted. The streamer's VOD uploads are also suspended for 7 days.

Channel post {s2}
Action: age-restricted. It is now visible only to logged-in adult (19+) users.

Kind regards,
SOOP Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="streaming platform trust-and-safety reply, one action line per URL",
    why="VOD deleted -> removed (upload suspension concerns the streamer); channel post age-restricted -> restricted",
    items={s1: "removed", s2: "restricted"},
)

case(
    name="soop-korean-result-below-url",
    date="Mon, 09 Sep 2024 11:03:44 +0900",
    **{"from": "help@sooplive.co.kr"},
    name_from="SOOP 고객센터",
    subject="RE: [KCSC-240905-04] 시정요구 조치 결과",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요, SOOP 운영팀입니다.
요청하신 2건의 검토 결과입니다.

{s1}
처리결과: VOD 삭제 (운영정책 불법 도박 홍보 조항)

{s2}
처리결과: 조치 없음. 게시글은 방송 일정 공지이고, 지적하신 도박 사이트 링크는
작성자가 이미 빼고 수정하여 현재 위반 내용이 없습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="SOOP 운영팀 result list, URL then 처리결과 on the next line",
    why="VOD 삭제 -> removed; 조치 없음 with reason (no violation now) -> rejected",
    items={s1: "removed", s2: "rejected"},
)

case(
    name="soop-receipt-with-statement",
    date="Thu, 05 Sep 2024 10:12:09 +0900",
    **{"from": "noreply@sooplive.co.kr"},
    name_from="SOOP",
    subject="[SOOP] 신고가 접수되었습니다 (접수번호 SP-240905-11842)",
    body=f"""신고가 정상 접수되었습니다.
접수번호: SP-240905-11842 / 관련 요청: KCSC-240905-04

접수하신 VOD({s1})는 긴급 조치 대상으로 분류되어 접수 즉시 삭제되었습니다.
채널 게시글은 담당자가 확인한 뒤 따로 안내드리겠습니다.

SOOP 고객센터
""",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also reports an immediate removal",
    why="Acknowledgement phrase plus an unhedged 삭제되었습니다 for the VOD -> not a pure receipt; VOD removed, channel post pending",
    items={s1: "removed", s2: "pending"},
)

case(
    name="soop-asks-for-documents",
    date="Thu, 05 Sep 2024 14:40:50 +0900",
    **{"from": "legal@sooplive.co.kr"},
    name_from="SOOP 법무팀",
    subject="Re: [KCSC-240905-04] 시정요구 관련 서류 요청",
    reply_to_req=req_mid("KCSC-240905-04"),
    body=f"""안녕하세요, SOOP 법무팀입니다.

요청하신 2건
{s1}
{s2}
을 처리하려면 심의 의결서 사본과 요청 공문(PDF)이 필요합니다.
회신 메일에 첨부해 주시면 받은 날부터 2영업일 안에 처리하겠습니다.

감사합니다.
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="legal team asking for the decision document before acting",
    why="Asks for documents; nothing done yet",
    items={s1: "pending", s2: "pending"},
)

case(
    name="soop-read-receipt",
    date="Thu, 05 Sep 2024 09:51:18 +0900",
    **{"from": "report@sooplive.co.kr"},
    name_from="SOOP 신고센터",
    subject="읽음 확인: [KCSC-240905-04] 불법정보 시정요구",
    raw_mime="""Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_MDN_55a0e3"

------=_MDN_55a0e3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240905-04] 불법정보 시정요구"을(를) 수신자가
2024-09-05 09:51에 열어 보았습니다.

------=_MDN_55a0e3
Content-Type: message/disposition-notification

Reporting-UA: mail.sooplive.co.kr; WebMail 9.2
Final-Recipient: rfc822;report@sooplive.co.kr
Original-Message-ID: <req.KCSC-240905-04@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_MDN_55a0e3--
""",
    outcome="ignored", classification="read_receipt",
    imitates="webmail read receipt (MDN, multipart/report disposition-notification)",
    why="Read receipt only",
    items={},
)

# ======================================================== FM Korea (KCSC-240906-05)
case(
    name="fmkorea-sole-item-no-url",
    date="Fri, 06 Sep 2024 19:44:02 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body="""안녕하세요 에펨코리아 운영진입니다.

보내주신 요청 건(KCSC-240906-05) 확인했고, 해당 게시물은 오늘 오후 운영진
권한으로 삭제했습니다. 작성자 계정에는 활동 정지 30일을 적용했습니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="community admin reply naming the request, not the URL",
    why="One-item request, unhedged '해당 게시물 ... 삭제했습니다' -> removed",
    items={f1: "removed"},
)

case(
    name="fmkorea-angle-url-particle",
    date="Mon, 09 Sep 2024 13:26:40 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 게시물 조치 결과",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요, 에펨코리아입니다.

<{f1}>는 청소년 유해 정보로 분류하여 성인 인증을 마친
회원만 볼 수 있도록 열람을 제한했습니다.

문의 사항 있으시면 회신 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply with the URL in angle brackets followed by a Korean particle",
    why="Viewing limited to adult-verified members -> restricted",
    items={f1: "restricted"},
)

case(
    name="fmkorea-conditional-deletion",
    date="Sat, 07 Sep 2024 10:05:19 +0900",
    **{"from": "admin@fmkorea.com"},
    name_from="에펨코리아 운영진",
    subject="Re: [KCSC-240906-05] 게시물 삭제 요청",
    reply_to_req=req_mid("KCSC-240906-05"),
    body=f"""안녕하세요, 에펨코리아 운영진입니다.

{f1} 게시물은 작성자에게 소명 기회를 주었습니다.
9월 13일까지 소명이 없으면 해당 게시물은 삭제 처리됩니다.
결과는 다시 알려드리겠습니다.
""",
    outcome="review", review="not_understood",
    imitates="admin reply announcing a conditional deletion after a hearing period",
    why="Deletion only if no explanation by 13 September: a condition, not a statement",
    items={f1: "pending"},
)

case(
    name="fmkorea-dsn-delayed",
    date="Fri, 06 Sep 2024 18:05:44 +0900",
    **{"from": "MAILER-DAEMON@mail.fmkorea.com"},
    name_from="Mail Delivery Subsystem",
    subject="Delivery Status Notification (Delay)",
    extra_headers=["Auto-Submitted: auto-replied"],
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status;
	boundary="00000000000077aa1c06215f0b3e"

--00000000000077aa1c06215f0b3e
Content-Type: text/plain; charset="UTF-8"

** Delivery delayed **

Your message to admin@fmkorea.com has not been delivered yet. The
receiving server did not answer; we will keep trying for 48 hours.

--00000000000077aa1c06215f0b3e
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fmkorea.com
Arrival-Date: Fri, 06 Sep 2024 14:00:31 +0900

Final-Recipient: rfc822; admin@fmkorea.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
Will-Retry-Until: Sun, 08 Sep 2024 14:00:31 +0900

--00000000000077aa1c06215f0b3e
Content-Type: text/rfc822-headers

From: takedown@kcsc.example
To: admin@fmkorea.com
Subject: [KCSC-240906-05] {enc_subject("게시물 삭제 요청")}
Message-ID: <req.KCSC-240906-05@kcsc.example>

--00000000000077aa1c06215f0b3e--
""",
    outcome="ignored", classification="bounce",
    imitates="delivery-delay DSN (Action: delayed, 4.4.1)",
    why="Delivery status notification; nothing about the item",
    items={},
)

# ======================================================== Inven (KCSC-240909-06)
case(
    name="inven-numbered-dash-status",
    date="Wed, 11 Sep 2024 10:48:00 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 운영팀",
    subject="[인벤] KCSC-240909-06 처리 결과 회신",
    body=f"""안녕하세요. 인벤 운영팀입니다. 요청하신 4건 처리 결과입니다.

1. {i1} - 삭제
2. {i2} - 삭제
3. {i3} - 작성자가 이미 지워서 존재하지 않는 글입니다
4. {i4} - 유지 (기자가 쓴 기사 본문으로, 불법정보에 해당하지 않음을 확인했습니다)

감사합니다.
인벤 운영팀
""",
    outcome="applied", classification="confirmation",
    imitates="game-community operations reply, numbered 'URL - result' lines",
    why="Two 삭제 -> removed; deleted by its author -> not_found; 유지 with reason -> rejected",
    items={i1: "removed", i2: "removed", i3: "not_found", i4: "rejected"},
)

inven_quote = request_text("KCSC-240909-06", [i1, i2, i3, i4], prefix="> ")
case(
    name="inven-gmail-quote-partial",
    date="Tue, 10 Sep 2024 15:30:27 +0900",
    **{"from": "doyoon.lee@inven.co.kr"},
    name_from="이도윤",
    subject="Re: [KCSC-240909-06] 불법정보 시정요구",
    reply_to_req=req_mid("KCSC-240909-06"),
    body=f"""안녕하세요, 인벤 운영팀 이도윤입니다.

LoL 게시판 두 건 중 2871301번 글은 오늘 삭제했습니다.
{i2}

2871234번은 게시판 DB에서 찾을 수 없는 글입니다.
{i1}

메이플, 웹진 건은 담당 부서에서 확인하고 있습니다.

2024년 9월 9일 (월) 오전 11:02, KCSC 불법정보대응팀 <takedown@kcsc.example>님이 작성:
{inven_quote}
""",
    outcome="applied", classification="confirmation",
    imitates="staff reply with statement above each URL, Gmail quote of the request below",
    why="2871301 deleted -> removed; 2871234 cannot be found -> not_found; the other two still being checked; quoted request ignored",
    items={i2: "removed", i1: "not_found", i3: "pending", i4: "pending"},
)

case(
    name="inven-html-table-mixed",
    date="Thu, 12 Sep 2024 17:02:11 +0900",
    **{"from": "cs@inven.co.kr"},
    name_from="인벤 운영팀",
    subject="[인벤] 시정요구 조치결과 (KCSC-240909-06)",
    raw_mime=f"""Content-Type: multipart/alternative; boundary="inv_alt_3c9d"

--inv_alt_3c9d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

인벤 운영팀입니다. KCSC-240909-06 조치결과입니다.

{i1} : 삭제
{i2} : 청소년 열람 제한 (성인 인증 게시물로 전환)
{i3} : 게시물 없음
{i4} : 검토 중

--inv_alt_3c9d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<p>인벤 운영팀입니다. KCSC-240909-06 조치결과입니다.</p>
<table border="1" cellpadding="3">
<thead><tr><th>URL</th><th>조치결과</th></tr></thead>
<tbody>
<tr><td><a href="{i1}">{i1}</a></td><td>삭제</td></tr>
<tr><td><a href="{i2}">{i2}</a></td><td>청소년 열람 제한 (성인 인증 게시물로 전환)</td></tr>
<tr><td><a href="{i3}">{i3}</a></td><td>게시물 없음</td></tr>
<tr><td><a href="{i4}">{i4}</a></td><td>검토 중</td></tr>
</tbody></table>
</body></html>

--inv_alt_3c9d--
""",
    outcome="applied", classification="confirmation",
    imitates="multipart/alternative result table (plain and HTML) from a community operator",
    why="삭제 -> removed; minors barred (adult-verified only) -> restricted; 게시물 없음 -> not_found; 검토 중 stays pending",
    items={i1: "removed", i2: "restricted", i3: "not_found", i4: "pending"},
)

case(
    name="inven-bulk-english",
    date="Fri, 13 Sep 2024 09:40:55 +0900",
    **{"from": "support@inven.co.kr"},
    name_from="Inven Support",
    subject="Re: KCSC-240909-06",
    body="""Hello,

This is Inven support. All four posts listed in your request KCSC-240909-06
have now been removed from our boards.

Thank you.
""",
    outcome="review", review="bulk",
    imitates="short English 'all removed' reply naming no URL",
    why="Statement about all four items of a 4-item request without naming them -> bulk",
    items={i1: "pending", i2: "pending", i3: "pending", i4: "pending"},
)

case(
    name="inven-out-of-office",
    date="Mon, 09 Sep 2024 11:02:40 +0900",
    **{"from": "doyoon.lee@inven.co.kr"},
    name_from="이도윤",
    subject="자동 회신: [KCSC-240909-06] 불법정보 시정요구",
    extra_headers=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"],
    body="""9월 9일부터 9월 13일까지 해외 출장으로 메일 확인이 어렵습니다.
급한 건은 cs@inven.co.kr 로 연락 부탁드립니다.

I am travelling until 13 September with limited access to email.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook '자동 회신:' out-of-office reply",
    why="Out-of-office auto-reply",
    items={},
)

# ======================================================== Clien (KCSC-240910-07)
case(
    name="clien-statement-below-url",
    date="Tue, 10 Sep 2024 20:15:37 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="Re: [KCSC-240910-07] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요. 클리앙 운영진입니다.

{c1}
위 글은 확인 후 삭제했습니다.

{c2}
이 글은 직접 쓴 차량 정비 후기로, 광고나 불법 정보가 확인되지 않아
삭제하지 않고 그대로 둡니다.

감사합니다.
""",
    outcome="applied", classification="confirmation",
    imitates="small-community admin reply, statement on the line below each URL",
    why="'위 글 ... 삭제했습니다' -> removed; '삭제하지 않고 그대로 둡니다' with reason -> rejected",
    items={c1: "removed", c2: "rejected"},
)

case(
    name="clien-fullwidth-punctuation",
    date="Wed, 11 Sep 2024 11:34:08 +0900",
    **{"from": "admin@clien.net"},
    name_from="클리앙 운영진",
    subject="Re: [KCSC-240910-07] 게시물 조치 요청",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""안녕하세요, 클리앙입니다.

모두의공원 글（{c1}）은 삭제 처리했고,
자동차 게시판 {c2}은 블라인드 처리했습니다。

두 건 모두 9월 11일 오전에 조치되었습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="admin reply with full-width parentheses and a Korean particle glued to the URL",
    why="First post deleted -> removed; second post 블라인드 -> removed",
    items={c1: "removed", c2: "removed"},
)

case(
    name="clien-under-review-english",
    date="Tue, 10 Sep 2024 14:02:26 +0900",
    **{"from": "support@clien.net"},
    name_from="CLIEN Support",
    subject="Re: [KCSC-240910-07] Request to remove posts",
    reply_to_req=req_mid("KCSC-240910-07"),
    body=f"""Hello,

Both links you sent are now with our moderation team:
{c1}
{c2}

They are under review. We usually decide within two or three days and will
send you the outcome.

CLIEN Support
""",
    outcome="review", review="not_understood",
    imitates="support reply saying the named posts are under review",
    why="'under review' is no status; names the requested items -> not_understood",
    items={c1: "pending", c2: "pending"},
)

case(
    name="clien-report-receipt",
    date="Tue, 10 Sep 2024 10:21:03 +0900",
    **{"from": "noreply@clien.net"},
    name_from="CLIEN",
    subject="[클리앙] 신고 접수 알림 - [KCSC-240910-07] 게시물 조치 요청",
    body="""클리앙 신고 접수 알림

보내주신 신고가 접수되었습니다. (접수번호 CL-0910-2231)
운영진이 확인한 뒤 결과를 메일로 알려드리겠습니다.

이 메일은 자동으로 발송되었습니다.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt with a ticket number",
    why="Pure acknowledgement: no item, no statement",
    items={},
)

# ======================================================== senders without requests
case(
    name="ppomppu-wrong-platform",
    date="Wed, 11 Sep 2024 09:17:45 +0900",
    **{"from": "admin@ppomppu.co.kr"},
    name_from="뽐뿌 운영팀",
    subject="Re: 게시물 삭제 요청 (KCSC-240910-07)",
    body=f"""안녕하세요, 뽐뿌 운영팀입니다.

참조로 받은 메일 중 {c1} 은
저희 사이트 글은 아니지만, 확인해 보니 이미 삭제된 글로 나옵니다.
뽐뿌에는 같은 내용의 글이 없습니다.

감사합니다.
""",
    outcome="review", review="wrong_platform",
    imitates="another community's admin, copied on the request, reporting on a Clien post",
    why="Ppomppu (a configured platform) states a status for a Clien item -> wrong_platform; nothing applied",
    items={c1: "pending"},
)

case(
    name="nate-no-claims",
    date="Thu, 12 Sep 2024 16:00:09 +0900",
    **{"from": "pann_admin@nate.com"},
    name_from="네이트 판 운영팀",
    subject="요청하신 건 처리 완료 안내",
    body="""안녕하세요, 네이트 판 운영팀입니다.

지난주 전화로 요청하신 건은 오늘 처리를 마쳤습니다.
추가로 필요하신 사항이 있으면 이 메일로 회신 주세요.

감사합니다.
""",
    outcome="review", review="no_claims",
    imitates="platform 'done' note about a phone request, with no reference or URL",
    why="Trusted Nate mail naming no item and no request -> no_claims",
    items={},
)


HEADER = """# Blind set 333: Korean portals and community sites, Korean and English
# mixed, with doubtful and ignorable mail. Generated by make.py; expected
# results written from each email's meaning before any run of the reader."""

def encode_names(cases):
    # Mail clients send non-ASCII display names as RFC 2047 encoded words.
    for c in cases:
        nf = c.get("name_from", "")
        if nf and not nf.isascii():
            c["name_from"] = enc_subject(nf)


if __name__ == "__main__":
    encode_names(CASES)
    write_requests()
    corpuslib.write_set(HERE, "blind333", HEADER, CASES)
    print(f"{len(CASES)} cases")
