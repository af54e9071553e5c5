#!/usr/bin/env python3
"""Blind set 175: hosting providers, CDNs, registrars, forums, image boards,
file hosts and small services answering (often informally), plus CSV
attachments and plain-text tables.

    python3 tests/corpus/blind175/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
email is fictional and written in our own sentences; the expected results
come from each email's meaning alone, written before any run of the reader.
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


def d(day, hh=10, mm=0, ss=0):
    """An RFC 5322 date in September 2024, Korean time."""
    return format_datetime(datetime(2024, 9, day, hh, mm, ss, tzinfo=KST))


# ---------------------------------------------------------------- requests
HB = "https://hanbitforum.example"
HB_KOR_RAW = HB + "/자유게시판/90011"
HB_KOR = HB + "/" + quote("자유게시판") + "/90011"

R_HB = "KCSC-240903-01"
R_DV = "KCSC-240905-02"
R_PX = "KCSC-240906-03"
R_GW = "KCSC-240909-04"
R_ES = "KCSC-240910-05"
R_RN = "KCSC-240911-06"
R_PB = "KCSC-240912-07"

HBU = {
    "88123": HB + "/board/free/88123",
    "88127": HB + "/board/free/88127",
    "88140": HB + "/board/free/88140",
    "30211": HB + "/board/stock/30211",
    "30219": HB + "/board/stock/30219",
    "711502": HB + "/board/humor/711502",
    "711588": HB + "/board/humor/711588",
    "5520": HB + "/board/market/5520",
    "5524": HB + "/board/market/5524",
    "5531": HB + "/board/market/5531",
    "user": HB + "/user/bettingking77",
    "90011": HB_KOR,
    "88201": HB + "/board/free/88201?page=2",
    "40077": HB + "/board/car/40077",
}
HB_ORDER = ["88123", "88127", "88140", "30211", "30219", "711502", "711588",
            "5520", "5524", "5531", "user", "90011", "88201", "40077"]

DV1 = "https://dropvault.example/f/Qx7LmA9"
DV2 = "https://dropvault.example/f/Tr2Pw0k"
DV3 = "https://dropvault.example/f/Zz81HcE"
DV4 = "https://dropvault.example/folder/m4NBa2/share"
DV5 = "https://dl.dropvault.example/f/Kp9sWv3/clip_03.mp4"

PX1 = "https://pixchan.example/kr/res/55123.html"
PX2 = "https://pixchan.example/kr/res/55190.html"
PX3 = "https://img.pixchan.example/kr/src/1725518841202.jpg"
PX4 = "https://pixchan.example/b/res/902211.html"

GW1 = "http://hanul-pharm24.example/shop/product.php?id=17"
GW2 = "http://hanul-pharm24.example/shop/product.php?id=21"
GW3 = "https://bestslot-kr.example/"
GW4 = "https://web12.greywater-hosting.example/~kimbs/sale.html"

ES1 = "https://toto-royal.example/"
ES2 = "https://toto-royal.example/event/signup"
ES3 = "https://cdn.edgeshield.example/c/7f3e21/banner_kr.gif"

RN1 = "http://mukti-casino.example/"
RN2 = "http://lotto-vip88.example/"

PB1 = "https://pastebowl.example/p/aK29xQ"

REQUESTS = [
    # ref, platform, sent, due, category, note, urls
    (R_HB, "hanbit", "2024-09-03T15:20:00+09:00", "2024-09-10T18:00:00+09:00",
     "gambling", "forum posts advertising illegal betting sites",
     [HBU[k] for k in HB_ORDER]),
    (R_DV, "dropvault", "2024-09-05T11:00:00+09:00", "2024-09-12T18:00:00+09:00",
     "obscenity", "shared files", [DV1, DV2, DV3, DV4, DV5]),
    (R_PX, "pixchan", "2024-09-06T10:30:00+09:00", "2024-09-13T18:00:00+09:00",
     "privacy", "threads exposing personal data", [PX1, PX2, PX3, PX4]),
    (R_GW, "greywater", "2024-09-09T11:02:00+09:00", "2024-09-16T18:00:00+09:00",
     "drugs", "customer sites hosted by Greywater", [GW1, GW2, GW3, GW4]),
    (R_ES, "edgeshield", "2024-09-10T09:40:00+09:00", "2024-09-17T18:00:00+09:00",
     "gambling", "site behind the EdgeShield CDN", [ES1, ES2, ES3]),
    (R_RN, "regnest", "2024-09-11T14:00:00+09:00", "2024-09-18T18:00:00+09:00",
     "gambling", "domains registered with RegNest", [RN1, RN2]),
    (R_PB, "pastebowl", "2024-09-12T16:10:00+09:00", "2024-09-19T18:00:00+09:00",
     "privacy", "paste with personal data", [PB1]),
]


def req_mid(ref):
    return "req-" + ref


def write_requests():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
    for ref, plat, sent, due, cat, note, urls in REQUESTS:
        for u in urls:
            w.writerow([ref, plat, sent, due, u, cat, req_mid(ref) + "@kcsc.example", note])
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text, bom=False):
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def quoted_request(ref, urls, prefix="> "):
    lines = ["안녕하세요, 방송통신심의위원회입니다.",
             f"아래 게시물의 삭제를 요청드립니다 (요청번호 {ref}).", ""]
    lines += urls
    lines += ["", "조치 결과를 회신하여 주십시오.", "방송통신심의위원회 통신심의국"]
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


CASES = []


def case(**kw):
    CASES.append(kw)


# ================================================================ HANBIT (14)
case(
    name="hanbit-kr-text-table-all",
    **{"from": "report@hanbitforum.example"},
    name_from="한빛포럼 운영팀",
    date=d(6, 17, 42),
    subject=f"[한빛포럼] 게시중단 요청({R_HB}) 처리 결과 안내",
    reply_to_req=req_mid(R_HB),
    body=f"""
안녕하세요, 한빛포럼 운영팀입니다.

방송통신심의위원회에서 요청하신 게시물(요청번호 {R_HB})에 대한
처리 결과를 아래와 같이 알려드립니다.

번호  게시물 주소                                          처리 결과
----  ---------------------------------------------------  ----------------------------
 1    {HBU['88123']}           삭제
 2    {HBU['88127']}           삭제
 3    {HBU['88140']}           블라인드
 4    {HBU['30211']}          임시조치(30일)
 5    {HBU['30219']}          임시조치(30일)
 6    {HBU['711502']}         삭제
 7    {HBU['711588']}         게시물 없음(작성자 삭제)
 8    {HBU['5520']}          삭제
 9    {HBU['5524']}          삭제
10    {HBU['5531']}          유지(도박 광고 아님)
11    {HBU['user']}         이용정지 및 프로필 비공개 처리
12    {HB_KOR_RAW}           삭제
13    {HBU['88201']}    게시물 없음
14    {HBU['40077']}            블라인드

처리 기준은 {HB}/help/rules 를 참고해 주십시오.

한빛포럼 운영팀 드림
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal 게시중단 요청 처리 결과 notice with a plain-text table",
    why="a fixed-width table giving every item its own result: 삭제/블라인드/비공개 removed, 임시조치 restricted, 게시물 없음 not_found, 유지 with reason rejected",
    items={HBU["88123"]: "removed", HBU["88127"]: "removed", HBU["88140"]: "removed",
           HBU["30211"]: "restricted", HBU["30219"]: "restricted", HBU["711502"]: "removed",
           HBU["711588"]: "not_found", HBU["5520"]: "removed", HBU["5524"]: "removed",
           HBU["5531"]: "rejected", HBU["user"]: "removed", HB_KOR: "removed",
           HBU["88201"]: "not_found", HBU["40077"]: "removed"},
)

HB_CSV = f"""번호,URL,조치내용,조치일시
1,{HBU['88123']},삭제,2024-09-05 14:10
2,{HBU['88127']},삭제,2024-09-05 14:11
3,{HBU['88140']},블라인드,2024-09-05 14:12
4,{HBU['711588']},해당 게시물 없음,-
5,{HBU['5531']},조치 없음(위반 사항 없음),-
6,{HBU['40077']},접근 제한(국내),2024-09-05 14:20
"""
case(
    name="hanbit-csv-attachment",
    **{"from": "report@hanbitforum.example"},
    name_from="한빛포럼 신고센터",
    date=d(5, 15, 3),
    subject=f"RE: [{R_HB}] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=req_mid(R_HB),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="hb-csv-7781"

--hb-csv-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 한빛포럼 신고센터입니다.

요청번호 {R_HB} 건 중 1차로 처리한 6건의 결과를 첨부 파일(CSV)로
보내드립니다. 나머지 게시물은 아직 검토 중이며 처리되는 대로 다시
알려드리겠습니다.

감사합니다.

--hb-csv-7781
Content-Type: text/csv; charset=utf-8; name="KCSC_240903_result.csv"
Content-Disposition: attachment; filename="KCSC_240903_result.csv"
Content-Transfer-Encoding: base64

{b64(HB_CSV, bom=True)}
--hb-csv-7781--
""",
    outcome="applied", classification="confirmation",
    imitates="forum report-centre reply with an Excel-exported CSV result sheet (UTF-8 with BOM)",
    why="the CSV gives six items each a status (삭제/블라인드 removed, 해당 게시물 없음 not_found, 위반 사항 없음 rejected, 접근 제한(국내) restricted); the rest are still under review",
    items={HBU["88123"]: "removed", HBU["88127"]: "removed", HBU["88140"]: "removed",
           HBU["711588"]: "not_found", HBU["5531"]: "rejected", HBU["40077"]: "restricted"},
)

case(
    name="hanbit-admin-one-liner",
    **{"from": "admin@hanbitforum.example"},
    name_from="hanbit admin",
    date=d(4, 9, 12),
    subject=f"Re: [{R_HB}] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=req_mid(R_HB),
    body=f"""
{HBU['711502']} 지웠습니다.

--
한빛포럼 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="small-forum administrator answering in one line",
    why="'지웠습니다' (I deleted it) about one named post: removed",
    items={HBU["711502"]: "removed"},
)

case(
    name="hanbit-top-posted-gmail",
    **{"from": "mh.jeong@hanbitforum.example"},
    name_from="정민호",
    date=d(4, 11, 30),
    subject=f"Re: [{R_HB}] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=req_mid(R_HB),
    body=f"""
안녕하세요.
아래 두 글은 방금 블라인드 처리했습니다.
{HBU['30211']}
{HBU['30219']}

나머지 글들은 게시판 담당자와 확인 후 다시 회신드리겠습니다.

정민호 드림
한빛포럼 커뮤니티팀

2024년 9월 3일 (화) 오후 3:20, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
{quoted_request(R_HB, [HBU[k] if k != '90011' else HB_KOR_RAW for k in HB_ORDER])}
""",
    outcome="applied", classification="confirmation",
    imitates="Gmail top-posted reply by a forum moderator over the quoted request",
    why="two named posts 블라인드 (removed); 'the rest I will check and answer' is a promise; the quoted request below '님이 작성:' says nothing",
    items={HBU["30211"]: "removed", HBU["30219"]: "removed"},
)

case(
    name="hanbit-account-ban-posts-deleted",
    **{"from": "report@hanbitforum.example"},
    name_from="한빛포럼 신고센터",
    date=d(7, 10, 5),
    subject=f"[한빛포럼] 요청번호 {R_HB} 관련 회원 조치 안내",
    body=f"""
안녕하세요, 한빛포럼 신고센터입니다.

요청번호 {R_HB} 관련하여, 도박 광고를 반복 게시한 회원
{HBU['user']}
의 계정을 영구 이용정지하였습니다.

이 회원이 작성한 아래 게시글도 모두 운영자 삭제되었습니다.
 - {HBU['5520']}
 - {HBU['5524']}
 - {HBU['5531']}

이용정지에 대한 이의신청은 회원 본인만 할 수 있습니다.
""",
    outcome="applied", classification="confirmation",
    imitates="Korean forum 회원 이용정지 notice (account ban plus 운영자 삭제 of its posts)",
    why="the account URL sits on its own line inside the sentence '회원 … 의 계정을 영구 이용정지' (disabled: removed); three listed posts 운영자 삭제: removed",
    items={HBU["user"]: "removed", HBU["5520"]: "removed", HBU["5524"]: "removed",
           HBU["5531"]: "removed"},
)

HB_HTML = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요, 한빛포럼 권리보호센터입니다.</p>
<p>요청번호 <b>{R_HB}</b>에 대한 조치 결과입니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>게시물</th><th>조치 결과</th><th>조치일</th></tr>
<tr><td><a href="{HBU['88123']}">{HBU['88123']}</a></td><td>게시중단</td><td>2024.09.06</td></tr>
<tr><td><a href="{HBU['88127']}">{HBU['88127']}</a></td><td>게시중단</td><td>2024.09.06</td></tr>
<tr><td><a href="{HBU['711502']}">{HBU['711502']}</a></td><td>접속 차단(대한민국)</td><td>2024.09.06</td></tr>
<tr><td><a href="{HB_KOR}">{HB_KOR_RAW}</a></td><td>삭제</td><td>2024.09.06</td></tr>
<tr><td><a href="{HBU['88201']}">{HBU['88201']}</a></td><td>존재하지 않는 게시물</td><td>-</td></tr>
</table>
<p>운영정책: <a href="{HB}/notice/policy">{HB}/notice/policy</a></p>
</body></html>
"""
case(
    name="hanbit-html-table-qp",
    **{"from": "rights@hanbitforum.example"},
    name_from="한빛포럼 권리보호센터",
    date=d(6, 18, 20),
    subject=f"[{R_HB}] 조치 결과 회신",
    reply_to_req=req_mid(R_HB),
    raw_mime=f"""
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp(HB_HTML)}
""",
    outcome="applied", classification="confirmation",
    imitates="Korean portal HTML result table (quoted-printable) like a 시정요구 조치결과 reply",
    why="HTML table: 게시중단/삭제 removed, 접속 차단(대한민국) restricted, 존재하지 않는 게시물 not_found; the policy link is no item",
    items={HBU["88123"]: "removed", HBU["88127"]: "removed", HBU["711502"]: "restricted",
           HB_KOR: "removed", HBU["88201"]: "not_found"},
)

case(
    name="hanbit-echoed-report",
    **{"from": "noreply@hanbitforum.example"},
    name_from="한빛포럼",
    date=d(8, 13, 44),
    subject="[한빛포럼] 신고 처리 결과 알림",
    body=f"""
[한빛포럼 신고 처리 알림]

접수번호: HB-2409-00731
요청기관: 방송통신심의위원회 ({R_HB})

■ 신고 대상: {HBU['40077']}
■ 처리 결과: 게시중단

■ 신고 대상: {HBU['88201']}
■ 처리 결과: 이미 삭제된 게시물입니다 (작성자 본인 삭제)

본 메일은 발신 전용입니다. 문의는 고객센터({HB}/help)를 이용해 주세요.
""",
    outcome="applied", classification="confirmation",
    imitates="automatic report-outcome notice echoing each reported URL with its result",
    why="echoed report lines: 게시중단 removed; deleted by its author before, not_found; the help link is no item",
    items={HBU["40077"]: "removed", HBU["88201"]: "not_found"},
)

case(
    name="hanbit-temporary-measure",
    **{"from": "rights@hanbitforum.example"},
    name_from="한빛포럼 권리보호센터",
    date=d(5, 10, 10),
    subject=f"[{R_HB}] 임시조치 안내",
    body=f"""
안녕하세요. 한빛포럼 권리보호센터입니다.

{R_HB} 요청과 관련하여 아래 게시물 2건에 대해 「정보통신망법」 제44조의2에
따른 임시조치(30일간 접근 제한)를 하였습니다.

1. {HBU['30211']}
2. {HBU['30219']}

임시조치 기간 중 게시자의 재게시 요청이 없으면 해당 게시물은 삭제됩니다.
""",
    outcome="applied", classification="confirmation",
    imitates="NAVER/Daum-style 임시조치 notice under 정보통신망법 제44조의2",
    why="임시조치 (temporary access restriction) of two listed posts: restricted; the later deletion is conditional",
    items={HBU["30211"]: "restricted", HBU["30219"]: "restricted"},
)

case(
    name="hanbit-will-act-hedge",
    **{"from": "report@hanbitforum.example"},
    name_from="한빛포럼 신고센터",
    date=d(4, 16, 0),
    subject=f"Re: [{R_HB}] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=req_mid(R_HB),
    body=f"""
안녕하세요, 한빛포럼입니다.

보내주신 {R_HB} 요청 잘 받았습니다.

{HBU['88123']}
{HBU['88127']}
위 두 글은 이미 다른 신고로 처리된 것으로 보이며, 나머지 글은 담당 부서
검토 후 이번 주 안에 조치할 예정입니다.

감사합니다.
""",
    outcome="review", review="not_understood",
    imitates="forum reply that hedges ('처리된 것으로 보이며') and promises action (조치할 예정)",
    why="'appear to have been handled' is a hedge and the rest is a promise: nothing stated; names items so a person must read it",
    items={HBU["88123"]: "pending", HBU["88127"]: "pending"},
)

case(
    name="hanbit-conflicting-statements",
    **{"from": "admin@hanbitforum.example"},
    name_from="hanbit admin",
    date=d(6, 9, 58),
    subject=f"Re: [{R_HB}] 불법 도박 광고 게시물 삭제 요청",
    reply_to_req=req_mid(R_HB),
    body=f"""
안녕하세요 한빛포럼 운영자입니다.

요청하신 {HBU['88140']} 글은 확인해 보니 도박 광고가 아닌
일반 홍보글이어서 삭제하지 않고 유지합니다.

처리 내역
- {HBU['88140']} : 삭제 완료

한빛포럼 운영자
""",
    outcome="review", review="conflicting_statements",
    imitates="administrator's reply whose pasted result template contradicts the prose",
    why="the same post is said to stay up (not a gambling ad) and, in the template below, to be deleted: a person must ask",
    items={HBU["88140"]: "pending"},
)

case(
    name="hanbit-ooo-korean",
    **{"from": "mh.jeong@hanbitforum.example"},
    name_from="정민호",
    date=d(9, 8, 1),
    subject=f"[자동응답] 부재중입니다 - Re: [{R_HB}] 처리 현황 문의",
    extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
    reply_to_req=req_mid(R_HB),
    body="""
안녕하세요. 정민호입니다.

9월 9일(월)부터 9월 13일(금)까지 휴가로 부재중입니다.
게시물 신고 관련 문의는 report@hanbitforum.example 로 보내주시기 바랍니다.

감사합니다.
""",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="an out-of-office reply with Auto-Submitted: auto-replied",
    items={},
)

case(
    name="hanbit-dsn-delayed",
    **{"from": "MAILER-DAEMON@hanbitforum.example"},
    name_from="Mail Delivery System",
    date=d(3, 19, 25),
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-hb-2231"

--dsn-hb-2231
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.hanbitforum.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried
until it is 5 days old.

<legal@hanbitforum.example>: connect to store1.hanbitforum.example[192.0.2.41]:25:
    Connection timed out

--dsn-hb-2231
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hanbitforum.example
Arrival-Date: Tue,  3 Sep 2024 15:20:11 +0900 (KST)

Final-Recipient: rfc822; legal@hanbitforum.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to store1.hanbitforum.example[192.0.2.41]:25: Connection timed out
Will-Retry-Until: Sun,  8 Sep 2024 15:20:11 +0900 (KST)

--dsn-hb-2231
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@hanbitforum.example
Subject: [{R_HB}] =?UTF-8?B?67aI67KVIOuPhOuwlSDqtJHqs6Ag6rKM7Iuc66y8IOyCreygnCDsmpTssq0=?=
Message-ID: <{req_mid(R_HB)}@kcsc.example>
Date: Tue, 3 Sep 2024 15:20:00 +0900

--dsn-hb-2231--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix delivery-delayed DSN (Action: delayed)",
    why="a delivery status notification about our own request: ignored whoever sent it",
    items={},
)

# ================================================================ DROPVAULT (5)
case(
    name="dropvault-abuse-bulleted",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Trust & Safety",
    date=d(6, 2, 14),
    subject=f"Re: {R_DV} - request to remove files",
    reply_to_req=req_mid(R_DV),
    body=f"""
Hello,

Thank you for your notice (your ref. {R_DV}). We looked at each link:

* {DV1} - file deleted, uploader's account closed
* {DV2} - download link disabled
* {DV3} - we could not find any file with this ID; it may have been mistyped

Our abuse policy is at https://dropvault.example/legal/abuse.

Kind regards,
Priya N.
DropVault Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="file host abuse-desk reply with one bullet per reported link",
    why="deleted and link disabled: removed; 'could not find any file with this ID' is not_found (the hedge is about why, not about the status); the policy link is no item",
    items={DV1: "removed", DV2: "removed", DV3: "not_found"},
)

case(
    name="dropvault-url-then-status-line",
    **{"from": "support@dropvault.example"},
    name_from="DropVault Support",
    date=d(7, 4, 40),
    subject=f"Re: {R_DV} - request to remove files",
    reply_to_req=req_mid(R_DV),
    body=f"""
Hi KCSC team,

Update on the two remaining links from {R_DV}:

{DV4}
Status: share link revoked, folder contents deleted

{DV5}
Status: not found (no such file on our storage)

Regards,
Tomás
DropVault Support
""",
    outcome="applied", classification="confirmation",
    imitates="support agent's reply: bare URL with a 'Status:' line below it",
    why="each URL has its own status line: revoked/deleted removed; no such file not_found",
    items={DV4: "removed", DV5: "not_found"},
)

DV_HTML = f"""<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>Case <b>DV-58213</b> (your reference {R_DV}) has been reviewed. Result per link:</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<thead><tr><th>Reported link</th><th>Outcome</th></tr></thead>
<tbody>
<tr><td>{DV1}</td><td>Removed</td></tr>
<tr><td>{DV2}</td><td>Removed</td></tr>
<tr><td>{DV3}</td><td>Access blocked in South Korea</td></tr>
<tr><td>{DV4}</td><td>No violation of our Terms found &ndash; content remains available</td></tr>
<tr><td>{DV5}</td><td>Removed</td></tr>
</tbody></table>
<p>You can appeal this decision at <a href="https://dropvault.example/appeals">dropvault.example/appeals</a>.</p>
<p>DropVault Trust &amp; Safety</p>
</body></html>
"""
case(
    name="dropvault-base64-html-table",
    **{"from": "no-reply@dropvault.example"},
    name_from="DropVault Trust & Safety",
    date=d(9, 6, 12),
    subject=f"Case DV-58213: outcome of your report ({R_DV})",
    raw_mime=f"""
Content-Type: multipart/alternative; boundary="dv-alt-0912"

--dv-alt-0912
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{b64(DV_HTML)}
--dv-alt-0912--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety case outcome mail, HTML-only in base64 (statement-of-reasons style table)",
    why="table rows: Removed x3; blocked in South Korea restricted; no violation, remains available rejected; appeal link is no item",
    items={DV1: "removed", DV2: "removed", DV3: "restricted", DV4: "rejected", DV5: "removed"},
)

case(
    name="dropvault-angle-brackets-wrapped",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Abuse Desk",
    date=d(6, 20, 5),
    subject=f"RE: {R_DV}",
    reply_to_req=req_mid(R_DV),
    body=f"""
Hello,

The following files have been taken down today:
<{DV1}>,
<https://dl.dropvault.example/f/Kp9sWv3/
 clip_03.mp4>

Best,
DropVault Abuse Desk
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk reply with URLs in angle brackets, one folded over two lines by the mail client",
    why="both files 'taken down today'; the second URL is wrapped inside its angle brackets (RFC 3986 appendix C) and still names the clip",
    items={DV1: "removed", DV5: "removed"},
)

case(
    name="dropvault-will-remove-promise",
    **{"from": "abuse@dropvault.example"},
    name_from="DropVault Trust & Safety",
    date=d(5, 23, 50),
    subject=f"Re: {R_DV} - request to remove files",
    reply_to_req=req_mid(R_DV),
    body=f"""
Hi,

Thanks for flagging these. We will remove {DV2} and
{DV3} once our legal team has signed off, usually
within 48 hours. I'll update you then.

Priya
""",
    outcome="review", review="not_understood",
    imitates="abuse-desk reply promising removal after legal sign-off",
    why="'we will remove … once legal has signed off' is a conditional promise: nothing has happened yet",
    items={DV2: "pending", DV3: "pending"},
)

case(
    name="dropvault-asks-more-info",
    **{"from": "legal@dropvault.example"},
    name_from="DropVault Legal",
    date=d(6, 8, 30),
    subject=f"{R_DV}: additional information needed",
    reply_to_req=req_mid(R_DV),
    body=f"""
Hello,

Regarding {R_DV}: before we can act on
{DV4}
we need to know the legal basis of the request and, if there is one, the
number of the Commission's decision. Could you send us these documents?

Regards,
DropVault Legal
""",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="host's legal team asking for the legal basis and decision number",
    why="asks for documents before acting: nothing stated about the folder",
    items={DV4: "pending"},
)

case(
    name="dropvault-uploader-writes-in",
    **{"from": "minsu.park88@mailbox.example"},
    name_from="Minsu Park",
    date=d(7, 22, 15),
    subject=f"Re: [DropVault] Notice about your file ({R_DV})",
    body=f"""
hello

dropvault sent me your notice. i have deleted my file {DV1} myself,
please close this case. it was a mistake.

minsu
""",
    outcome="review", review="unknown_sender",
    imitates="the uploader, to whom the host passed the notice, writing to the regulator",
    why="a private person's address, no platform domain: not evidence of the platform's action",
    items={DV1: "pending"},
)

case(
    name="dropvault-ticket-receipt",
    **{"from": "support@dropvault.example"},
    name_from="DropVault Support",
    date=d(5, 11, 1),
    subject=f"[DropVault] Request received: {R_DV} - request to remove files",
    extra_headers=["Auto-Submitted: auto-generated", "X-Ticket-Id: 90311"],
    reply_to_req=req_mid(R_DV),
    body="""
##- Please type your reply above this line -##

Your request (#90311) has been received and will be reviewed by our
support staff. You will get an answer by email.

To add more information, reply to this email.

DropVault Support
""",
    outcome="ignored", classification="acknowledgement",
    imitates="help-desk (Zendesk-style) ticket receipt",
    why="a pure receipt: ticket created, nothing about any item",
    items={},
)

# ================================================================ PIXCHAN (4)
case(
    name="pixchan-janitor-list",
    **{"from": "kuro@pixchan.example"},
    name_from="kuro",
    date=d(6, 23, 58),
    subject=f"Re: [{R_PX}] removal request",
    reply_to_req=req_mid(R_PX),
    body=f"""
{PX1} - pruned
{PX2} - pruned + poster b&

-kuro (pixchan mod team)
""",
    outcome="applied", classification="confirmation",
    imitates="image-board moderator's terse reply in board slang",
    why="'pruned' is an image board's word for a deleted thread: removed (b& = banned)",
    items={PX1: "removed", PX2: "removed"},
)

case(
    name="pixchan-image-purged",
    **{"from": "admin@pixchan.example"},
    name_from="pixchan admin",
    date=d(7, 3, 3),
    subject=f"Re: [{R_PX}] removal request",
    reply_to_req=req_mid(R_PX),
    body=f"""
Hey,

re {R_PX}:
the image {PX3} is purged from the server and from the CDN cache.
{PX4} was already gone before I got to it - /b/ threads fall off
after a day, so there was nothing left to delete.

admin
""",
    outcome="applied", classification="confirmation",
    imitates="image-board admin writing informally",
    why="image purged: removed; thread already gone before any action: not_found",
    items={PX3: "removed", PX4: "not_found"},
)

case(
    name="pixchan-geoblock-kr",
    **{"from": "abuse@pixchan.example"},
    name_from="Pixchan Abuse",
    date=d(9, 1, 20),
    subject=f"Re: [{R_PX}] removal request",
    reply_to_req=req_mid(R_PX),
    body=f"""
Hello,

We have reviewed the thread at {PX2}.
It is lawful where we operate, so it stays up, but it is now geoblocked for
visitors from South Korea.

Pixchan Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="offshore image board answering a foreign regulator with a geo-block",
    why="'stays up … but geoblocked for South Korea': restricted (withheld in Korea), not rejected",
    items={PX2: "restricted"},
)

case(
    name="pixchan-refusal-parody",
    **{"from": "abuse@pixchan.example"},
    name_from="Pixchan Abuse",
    date=d(9, 1, 35),
    subject=f"Re: [{R_PX}] removal request",
    reply_to_req=req_mid(R_PX),
    body=f"""
Hi,

We looked at {PX4}. It's a parody thread and doesn't break any
of our rules (https://pixchan.example/rules), so we're leaving it up.
If you have a court order we'll look again.

Pixchan Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="image-board refusal with its reason",
    why="stays up because it breaks no rule: rejected; the court-order sentence is conditional; the rules link is no item",
    items={PX4: "rejected"},
)

case(
    name="pixchan-all-gone-bulk",
    **{"from": "kuro@pixchan.example"},
    name_from="kuro",
    date=d(8, 0, 42),
    subject=f"Re: [{R_PX}] removal request",
    reply_to_req=req_mid(R_PX),
    body="""
all the stuff in your report is gone now. thanks for the heads up

-kuro
""",
    outcome="review", review="bulk",
    imitates="moderator's one-line 'all gone' answer",
    why="one statement about all four items of the request without naming them: bulk",
    items={PX1: "pending", PX2: "pending", PX3: "pending", PX4: "pending"},
)

case(
    name="pixchan-done-no-context",
    **{"from": "kuro@pixchan.example"},
    name_from="kuro",
    date=d(10, 2, 2),
    subject="done",
    body="""
done, sorry for the wait

-kuro
""",
    outcome="review", review="no_claims",
    imitates="moderator's bare 'done' sent as a new mail, not as a reply",
    why="trusted platform mail naming no item and no request: a person must tie it to something",
    items={},
)

case(
    name="pixchan-mdn",
    **{"from": "abuse@pixchan.example"},
    name_from="Pixchan Abuse",
    date=d(6, 11, 2),
    subject=f"Read: [{R_PX}] removal request",
    raw_mime=f"""
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-px-55"

--mdn-px-55
Content-Type: text/plain; charset=utf-8

The message sent on 6 Sep 2024 10:30 to abuse@pixchan.example with subject
"[{R_PX}] removal request" has been displayed. This is no guarantee that
the message has been read or understood.

--mdn-px-55
Content-Type: message/disposition-notification

Reporting-UA: mail.pixchan.example; Roundcube Webmail
Final-Recipient: rfc822; abuse@pixchan.example
Original-Message-ID: <{req_mid(R_PX)}@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-px-55--
""",
    outcome="ignored", classification="read_receipt",
    imitates="Roundcube read receipt (MDN)",
    why="a read receipt says nothing about any item",
    items={},
)

# ================================================================ GREYWATER (4)
case(
    name="greywater-ticket-resolved",
    **{"from": "abuse@greywater-hosting.example"},
    name_from="Greywater Hosting Abuse",
    date=d(10, 17, 30),
    subject=f"[GW-ABUSE #448812] Resolved: {R_GW}",
    reply_to_req=req_mid(R_GW),
    body=f"""
Hello,

Thank you for your report. Our abuse team has completed its investigation.

We confirmed that the customer was selling unlicensed medicine. The hosting
account has been suspended, and the following URLs now return HTTP 403:

  {GW1}
  {GW2}

This ticket is now closed. Reply to this message to reopen it.

Greywater Hosting Abuse Department
""",
    outcome="applied", classification="confirmation",
    imitates="hosting provider's ticket-system 'resolved' notice (WHMCS/RT style)",
    why="thank-you phrase plus an unhedged statement: account suspended, the two listed URLs disabled (403): removed",
    items={GW1: "removed", GW2: "removed"},
)

case(
    name="greywater-numbered-two-results",
    **{"from": "j.keller@greywater-hosting.example"},
    name_from="Jonas Keller",
    date=d(11, 16, 12),
    subject=f"Re: [{R_GW}] Request for removal of illegal content",
    reply_to_req=req_mid(R_GW),
    body=f"""
Hi,

Following up on {R_GW}.

1) {GW4}
   The customer deleted the page after our notice. We checked: the file is
   no longer on the server.

2) {GW3}
   We reviewed this site; it is a parked page with no gambling content on
   it. No breach of our AUP, so no action was taken.

Regards,
Jonas Keller
Abuse Desk, Greywater Hosting
""",
    outcome="applied", classification="confirmation",
    imitates="abuse-desk engineer's numbered follow-up",
    why="page deleted in answer to the notice, checked: removed; site reviewed, no breach, no action: rejected",
    items={GW4: "removed", GW3: "rejected"},
)

GW_OUTLOOK = f"""Hello,

The site {GW3} has been taken offline; the account was terminated for breach of our acceptable use policy.

Best regards,
Jonas Keller
Greywater Hosting | Abuse Desk

-----Original Message-----
From: KCSC Takedown <takedown@kcsc.example>
Sent: Monday, September 9, 2024 11:02 AM
To: abuse@greywater-hosting.example
Subject: [{R_GW}] Request for removal of illegal content

Dear Greywater Hosting,

The Korea Communications Standards Commission requests the removal of the following content hosted on your network (reference {R_GW}):

{GW1}
{GW2}
{GW3}
{GW4}

Please inform us of the action taken by 16 September 2024.

KCSC Takedown Team
"""
case(
    name="greywater-outlook-qp-topposted",
    **{"from": "j.keller@greywater-hosting.example"},
    name_from="Jonas Keller",
    date=d(12, 9, 47),
    subject=f"RE: [{R_GW}] Request for removal of illegal content",
    reply_to_req=req_mid(R_GW),
    raw_mime=f"""
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp(GW_OUTLOOK)}
""",
    outcome="applied", classification="confirmation",
    imitates="Outlook top-posted reply (quoted-printable) over '-----Original Message-----'",
    why="one site taken offline, account terminated: removed; the four URLs below the Original Message line are our own request",
    items={GW3: "removed"},
)

case(
    name="greywater-auth-fail",
    **{"from": "abuse@greywater-hosting.example"},
    name_from="Greywater Hosting Abuse",
    auth="fail",
    date=d(10, 8, 15),
    subject=f"Re: [{R_GW}] Request for removal of illegal content",
    body=f"""
Hello,

The content you reported has been dealt with:

{GW1} - removed
{GW2} - removed
{GW4} - removed

Greywater Hosting Abuse
""",
    outcome="review", review="untrusted",
    imitates="item list from the host's domain that fails DKIM/SPF/DMARC",
    why="the platform's domain but authentication fails: nothing applied",
    items={GW1: "pending", GW2: "pending", GW4: "pending"},
)

case(
    name="greywater-reseller-unknown",
    **{"from": "support@kimchi-webreseller.example"},
    name_from="Kimchi Web Reseller",
    date=d(10, 14, 2),
    subject=f"Re: [{R_GW}] Request for removal of illegal content",
    body=f"""
Dear KCSC,

We are a reseller of Greywater Hosting and the page below belongs to one of
our clients. Greywater passed your notice on to us.

We have deleted {GW4} from our client's web space.

Regards,
Support Team
Kimchi Web Reseller
""",
    outcome="review", review="unknown_sender",
    imitates="hosting reseller answering for its upstream provider",
    why="not Greywater's domain (nor any platform's): a person must judge",
    items={GW4: "pending"},
)

case(
    name="greywater-ticket-receipt",
    **{"from": "abuse@greywater-hosting.example"},
    name_from="Greywater Hosting Abuse",
    date=d(9, 11, 3),
    subject=f"[GW-ABUSE #448812] Ticket received: [{R_GW}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-generated"],
    reply_to_req=req_mid(R_GW),
    body="""
Thank you for contacting the Greywater Hosting abuse department.

A ticket has been opened for your report: GW-ABUSE #448812.
Please keep the ticket number in the subject of any further message.

Our team handles reports in the order they arrive, normally within two
working days.

This is an automated message.
""",
    outcome="ignored", classification="acknowledgement",
    imitates="hosting abuse desk automatic ticket receipt",
    why="ticket created, nothing about any item",
    items={},
)

# ================================================================ EDGESHIELD (3)
case(
    name="edgeshield-geo-restricted",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d(11, 10, 20),
    subject=f"EdgeShield abuse report: toto-royal.example ({R_ES})",
    reply_to_req=req_mid(R_ES),
    body=f"""
Hello,

EdgeShield received your report ({R_ES}).

EdgeShield is a reverse proxy and CDN; we do not host the websites of our
customers. We have, however, applied a country restriction for the Republic
of Korea to the following URLs, which are no longer delivered to visitors
in Korea:

{ES1}
{ES2}

We have also passed your report to the hosting provider of the origin
server.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN's 'we are not a host' reply that nevertheless geo-restricts",
    why="country restriction for Korea on two listed URLs: restricted",
    items={ES1: "restricted", ES2: "restricted"},
)

case(
    name="edgeshield-asset-purged",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d(12, 3, 5),
    subject=f"Re: {R_ES}",
    reply_to_req=req_mid(R_ES),
    body=f"""
Hello,

The image at {ES3} was kept on our own object storage, not on
the customer's server, so we could act on it directly: it has been deleted
and purged from all edge caches.

EdgeShield Trust & Safety
""",
    outcome="applied", classification="confirmation",
    imitates="CDN deleting a file it stores itself",
    why="the stored image deleted and purged: removed",
    items={ES3: "removed"},
)

ES_CSV = f"""reported_url,action,action_date_utc,notes
{ES1},geo_restricted_KR,2024-09-12T03:14:00Z,
{ES2},geo_restricted_KR,2024-09-12T03:14:00Z,
{ES3},deleted,2024-09-12T03:20:00Z,cached object purged
"""
case(
    name="edgeshield-csv-attachment",
    **{"from": "trust-reports@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d(12, 12, 0),
    subject=f"Action report for {R_ES}",
    reply_to_req=req_mid(R_ES),
    raw_mime=f"""
Content-Type: multipart/mixed; boundary="es-mixed-3f1"

--es-mixed-3f1
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

Attached is the action report for {R_ES}.

EdgeShield Trust & Safety

--es-mixed-3f1
Content-Type: text/csv; name="action_report_{R_ES}.csv"
Content-Disposition: attachment; filename="action_report_{R_ES}.csv"
Content-Transfer-Encoding: 7bit

{ES_CSV}
--es-mixed-3f1--
""",
    outcome="applied", classification="confirmation",
    imitates="trust-and-safety system export attached as CSV",
    why="CSV rows: geo_restricted_KR restricted x2; deleted removed",
    items={ES1: "restricted", ES2: "restricted", ES3: "removed"},
)

case(
    name="edgeshield-forwarded-to-host",
    **{"from": "abuse@edgeshield.example"},
    name_from="EdgeShield Trust & Safety",
    date=d(10, 11, 45),
    subject=f"EdgeShield received an abuse report ({R_ES})",
    reply_to_req=req_mid(R_ES),
    body=f"""
EdgeShield received an abuse report regarding: toto-royal.example

Please be aware that EdgeShield is a pass-through security and caching
service. We are not a hosting provider and do not control the content of
our customers' websites.

We have forwarded your report to the hosting provider of the site and to
the site owner. Reported URLs:

{ES1}
{ES2}

For questions, see https://edgeshield.example/abuse/faq.
""",
    outcome="review", review="not_understood",
    imitates="Cloudflare-style 'we are a pass-through service, report forwarded to the host' notice",
    why="names both URLs but states no status (forwarded, not acted on); more than a bare receipt, so a person should see it",
    items={ES1: "pending", ES2: "pending"},
)

case(
    name="edgeshield-ooo",
    **{"from": "h.lindqvist@edgeshield.example"},
    name_from="Hanna Lindqvist",
    date=d(10, 9, 41),
    subject=f"Automatic reply: [{R_ES}] Request for removal of illegal content",
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    reply_to_req=req_mid(R_ES),
    body="""
Thank you for your message. I am out of the office until 23 September with
limited access to email. For abuse matters, please write to
abuse@edgeshield.example.

Hanna
""",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office",
    why="an out-of-office reply",
    items={},
)

# ================================================================ REGNEST (2)
case(
    name="regnest-domains-hold",
    **{"from": "abuse@regnest.example"},
    name_from="RegNest Abuse",
    date=d(12, 15, 30),
    subject=f"Re: [{R_RN}] Domains used for illegal gambling",
    reply_to_req=req_mid(R_RN),
    body=f"""
Hello,

RegNest Abuse here. Following your request {R_RN}:

- {RN1} : domain placed on clientHold, it no longer resolves
- {RN2} : domain suspended and locked

Registrant notified under section 4.2 of our registration agreement.

RegNest Abuse
""",
    outcome="applied", classification="confirmation",
    imitates="registrar abuse reply suspending domains (clientHold)",
    why="both domains held/suspended so the sites no longer resolve: removed",
    items={RN1: "removed", RN2: "removed"},
)

case(
    name="regnest-bare-domain-refusal",
    **{"from": "compliance@regnest.example"},
    name_from="RegNest Compliance",
    date=d(13, 10, 0),
    subject=f"Re: [{R_RN}] Domains used for illegal gambling",
    reply_to_req=req_mid(R_RN),
    body="""
Dear KCSC,

RegNest is the registrar of lotto-vip88.example, not its host. We do not
assess website content, and we do not suspend domain names over content
complaints without a court order. The domain remains active.

Please direct your request to the hosting provider.

RegNest Compliance
""",
    outcome="applied", classification="confirmation",
    imitates="registrar's refusal: 'we are not the host, we do not judge content'",
    why="names the domain bare; it 'remains active' with a stated reason: rejected",
    items={RN2: "rejected"},
)

case(
    name="regnest-wrong-platform",
    **{"from": "abuse@regnest.example"},
    name_from="RegNest Abuse",
    date=d(13, 16, 40),
    subject="Domain hanul-pharm24.example suspended",
    body=f"""
Hello,

We are the registrar of hanul-pharm24.example, which you reported to its
host, Greywater Hosting ({R_GW}). We have suspended the domain, so
{GW1}
no longer resolves.

RegNest Abuse
""",
    outcome="review", review="wrong_platform",
    imitates="registrar acting on a domain whose content was reported to the host",
    why="a trusted RegNest mail stating the status of an item requested from Greywater",
    items={GW1: "pending"},
)

case(
    name="regnest-dsn-user-unknown",
    **{"from": "MAILER-DAEMON@regnest.example"},
    name_from="Mail Delivery Subsystem",
    date=d(11, 14, 1),
    subject="Undelivered Mail Returned to Sender",
    raw_mime=f"""
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-rn-0911"

--dsn-rn-0911
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.regnest.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<legal@regnest.example>: unknown user: "legal"

--dsn-rn-0911
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.regnest.example

Final-Recipient: rfc822; legal@regnest.example
Original-Recipient: rfc822;legal@regnest.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "legal"

--dsn-rn-0911
Content-Type: text/rfc822-headers

From: KCSC Takedown <takedown@kcsc.example>
To: legal@regnest.example
Subject: [{R_RN}] Domains used for illegal gambling
Message-ID: <{req_mid(R_RN)}@kcsc.example>
Date: Wed, 11 Sep 2024 14:00:00 +0900

--dsn-rn-0911--
""",
    outcome="ignored", classification="bounce",
    imitates="Postfix 'Undelivered Mail Returned to Sender' DSN",
    why="a bounce of our own request",
    items={},
)

# ================================================================ PASTEBOWL (1)
case(
    name="pastebowl-sole-no-url",
    **{"from": "dan@pastebowl.example"},
    name_from="Dan",
    date=d(13, 1, 12),
    subject=f"Re: [{R_PB}] Paste containing personal data",
    reply_to_req=req_mid(R_PB),
    body="""
Hi, removed the paste you reported. Thanks for letting me know.

Dan
PasteBowl
""",
    outcome="applied", classification="confirmation",
    imitates="one-person paste site admin replying in the request's thread",
    why="the request has one item; a plain 'removed the paste you reported' in its thread applies to it",
    items={PB1: "removed"},
)

case(
    name="pastebowl-korean-particle",
    **{"from": "admin@pastebowl.example"},
    name_from="PasteBowl 관리자",
    date=d(13, 9, 30),
    subject=f"Re: [{R_PB}] 개인정보 노출 게시물 삭제 요청",
    reply_to_req=req_mid(R_PB),
    body=f"""
안녕하세요.
신고하신 {PB1}는 오늘 오전에 삭제했습니다.
같은 내용이 다시 올라오면 알려주세요.

PasteBowl 관리자
""",
    outcome="applied", classification="confirmation",
    imitates="small Korean-run paste service answering in Korean",
    why="the URL runs straight into the particle '는'; the paste was deleted: removed",
    items={PB1: "removed"},
)

case(
    name="pastebowl-forwarded-by-staff",
    **{"from": "kim.jiyeon@kcsc.example"},
    name_from="김지연",
    date=d(13, 11, 5),
    subject=f"Fwd: Re: [{R_PB}] Paste containing personal data",
    body=f"""
PasteBowl 운영자가 제 메일로 직접 답장을 보냈네요. 참고하세요.

---------- Forwarded message ---------
From: Dan <dan@pastebowl.example>
Date: Fri, Sep 13, 2024 at 10:41 AM
Subject: Re: [{R_PB}] Paste containing personal data
To: 김지연 <kim.jiyeon@kcsc.example>

Hi, {PB1} is deleted now.

Dan
""",
    outcome="review", review="forwarded",
    imitates="a colleague forwarding (Gmail 'Forwarded message') the platform's reply she received",
    why="the statement is inside a forward from our own staff: not the platform's authenticated mail",
    items={PB1: "pending"},
)


HEADER = """# Blind set 175 (hosts, CDNs, registrars, forums, image boards, file hosts,
# small services; CSV attachments and plain-text tables). Written by
# tests/corpus/blind175/make.py from each email's meaning, before any run of
# the reader. Each case is judged alone on a fresh ledger holding requests.csv.
"""


def encode_headers():
    """Non-ASCII display names and subjects as RFC 2047 encoded words, as
    mail clients send them."""
    for c in CASES:
        for key in ("name_from", "subject"):
            v = c.get(key)
            if v and not v.isascii():
                c[key] = Header(v, "utf-8").encode()


def main():
    write_requests()
    encode_headers()
    corpuslib.write_set(HERE, "blind175", HEADER, CASES)


if __name__ == "__main__":
    main()
