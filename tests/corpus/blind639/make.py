#!/usr/bin/env python3
"""Blind set 639: Korean portals and community sites (NAVER, Daum/Kakao,
DC Inside, SOOP, Nate, Inven, FM Korea, Clien), Korean and English mixed,
with the doubtful and ignorable mail a regulator's mailbox receives.

    python3 tests/corpus/blind639/make.py

Writes requests.csv, cases/*.eml and expected.toml. Deterministic. Every
expected result was written from the meaning of each email, before the
reader was run; all names, ids and URLs are fictional.
"""
import base64
import csv
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


def D(s):
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- requests
DC = [
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410231",
    "https://gall.dcinside.com/board/view/?id=stockus&no=4410877",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=992014",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=992310",
    "https://gall.dcinside.com/mgallery/board/view/?id=coin_talk&no=993005",
    "https://gall.dcinside.com/mini/board/view/?id=hanriver_night&no=20871",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7710456",
    "https://gall.dcinside.com/board/view/?id=baseball_new11&no=7712089",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto&no=55102",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto&no=55187",
    "https://gall.dcinside.com/mgallery/board/view/?id=sportstoto&no=55240",
    "https://gall.dcinside.com/board/view/?id=issuezoom&no=301177",
    "https://gall.dcinside.com/board/view/?id=issuezoom&no=301932",
    "https://m.dcinside.com/board/issuezoom/302011",
]
NV = [
    "https://blog.naver.com/skyline_trader/223551204417",
    "https://cafe.naver.com/sportsbet2024/18822",
    "https://cafe.naver.com/sportsbet2024/18907",
    "https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&docId=471122903",
]
K3_RAW = "https://hanbit-diary.tistory.com/entry/리딩방-수익-인증"
K3 = "https://hanbit-diary.tistory.com/entry/" + quote("리딩방-수익-인증")
DA = [
    "https://cafe.daum.net/moonlightcoin/Ab3x/2211",
    "https://cafe.daum.net/moonlightcoin/Ab3x/2219",
    K3,
    "https://hanbit-diary.tistory.com/58",
    "https://cafe.daum.net/moonlightcoin/Ab3x/2230",
]
SP = [
    "https://vod.sooplive.co.kr/player/131044872",
    "https://vod.sooplive.co.kr/player/131051290",
    "https://ch.sooplive.co.kr/nightowl77/post/148200931",
]
IV = [
    "https://www.inven.co.kr/board/lol/4625/2871044",
    "https://www.inven.co.kr/board/maple/5974/1102938",
]
FM = ["https://www.fmkorea.com/7420019385"]
NT = [
    "https://pann.nate.com/talk/372918440",
    "https://pann.nate.com/talk/372920117",
]

REQUESTS = [
    # ref, platform, sent_at, due_at, urls, category, message_id, note
    ("KCSC-240903-01", "dcinside", "2024-09-03T10:05:00+09:00", "2024-09-10T18:00:00+09:00", DC,
     "gambling", "req-240903-01@kcsc.example", "DC Inside galleries: stocks, coin, toto promotion, \"issuezoom\""),
    ("KCSC-240905-02", "naver", "2024-09-05T09:40:00+09:00", "2024-09-12T18:00:00+09:00", NV,
     "fraud", "req-240905-02@kcsc.example", "blog, cafe, KnowledgeiN"),
    ("KCSC-240906-03", "daum", "2024-09-06T11:02:00+09:00", "2024-09-13T18:00:00+09:00", DA,
     "fraud", "req-240906-03@kcsc.example", "Daum cafe and Tistory (Korean path stored percent-encoded)"),
    ("KCSC-240910-04", "soop", "2024-09-10T14:20:00+09:00", "2024-09-17T18:00:00+09:00", SP,
     "obscenity", "req-240910-04@kcsc.example", "VODs and a channel post"),
    ("KCSC-240911-05", "inven", "2024-09-11T10:15:00+09:00", "2024-09-18T18:00:00+09:00", IV,
     "defamation", "req-240911-05@kcsc.example", "game boards, 2 posts"),
    ("KCSC-240912-06", "fmkorea", "2024-09-12T16:30:00+09:00", "2024-09-19T18:00:00+09:00", FM,
     "gambling", "req-240912-06@kcsc.example", "one post"),
    ("KCSC-240913-07", "nate", "2024-09-13T09:10:00+09:00", "2024-09-20T18:00:00+09:00", NT,
     "privacy", "req-240913-07@kcsc.example", "Nate Pann, 2 posts"),
]


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, mid, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid, note])


def quoted_request(urls, ref, prefix="> "):
    lines = [f"방송통신심의위원회 시정요구 ({ref})", "",
             "아래 게시물은 정보통신에 관한 심의규정에 위반되는 불법정보로 심의·의결되었으므로",
             "해당 정보의 삭제 또는 접속차단 조치 후 그 결과를 회신하여 주시기 바랍니다.", ""]
    for i, u in enumerate(urls, 1):
        lines.append(f"{i}. {u}")
    lines += ["", "방송통신심의위원회 통신심의국 드림"]
    return "\n".join((prefix + l).rstrip() for l in lines)


CASES = []


def enc(s):
    """RFC 2047 encoding of a non-ASCII header value, as mail clients send it."""
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def case(**kw):
    kw["subject"] = enc(kw["subject"])
    if "name_from" in kw:
        kw["name_from"] = enc(kw["name_from"])
    CASES.append(kw)


# ====================================================================== DC Inside
case(name="dc-numbered-result-14", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-09 17:42"), reply_to_req="req-240903-01",
     subject="RE: [KCSC-240903-01] 불법정보 시정요구에 대한 조치 결과 회신",
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

2024년 9월 3일자로 송부해 주신 시정요구(KCSC-240903-01) 14건에 대한
조치 결과를 아래와 같이 회신드립니다.

1. {DC[0]} - 삭제
2. {DC[1]} - 삭제
3. {DC[2]} - 삭제
4. {DC[3]} - 삭제
5. {DC[4]} - 게시물 없음 (작성자 자진 삭제)
6. {DC[5]} - 삭제
7. {DC[6]} - 성인 인증 후 열람 가능하도록 제한
8. {DC[7]} - 삭제
9. {DC[8]} - 삭제
10. {DC[9]} - 삭제
11. {DC[10]} - 삭제
12. {DC[11]} - 유지 (운영원칙 및 관련 법령 위반 사항이 확인되지 않음)
13. {DC[12]} - 삭제
14. {DC[13]} - 존재하지 않는 게시물

삭제된 게시물의 작성자에게는 운영원칙에 따라 이용 제한이 함께 적용되었습니다.
운영원칙 안내: https://gall.dcinside.com/notice/operation_rule

감사합니다.
디시인사이드 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Korean portal reply to a KCSC 시정요구: numbered URL list with a result per line",
     why="trusted DC Inside reply giving one unhedged result per requested URL (삭제, 작성자 자진 삭제, 성인 인증 제한, 유지, 존재하지 않음)",
     items={DC[0]: "removed", DC[1]: "removed", DC[2]: "removed", DC[3]: "removed", DC[4]: "not_found",
            DC[5]: "removed", DC[6]: "restricted", DC[7]: "removed", DC[8]: "removed", DC[9]: "removed",
            DC[10]: "removed", DC[11]: "rejected", DC[12]: "removed", DC[13]: "not_found"})

case(name="dc-bare-url-arrow-below", **{"from": "report@dcinside.com"}, name_from="DCinside 신고센터",
     date=D("2024-09-04 11:08"), reply_to_req="req-240903-01",
     subject="[디시인사이드] 게시물 처리 결과 안내 (KCSC-240903-01)",
     body=f"""요청 주신 게시물 중 주식 갤러리 2건의 처리 결과입니다.

{DC[0]}
→ 운영자 삭제 완료

{DC[1]}
→ 작성자가 이미 지운 글이라 확인되지 않습니다

나머지 게시물은 갤러리별 확인이 끝나는 대로 회신드리겠습니다.

디시인사이드 신고센터
""",
     outcome="applied", classification="confirmation",
     imitates="community-site report desk reply: bare URL with the result on the line below",
     why="each URL stands alone with its result on the next line: 운영자 삭제 -> removed, already deleted by its writer -> not_found",
     items={DC[0]: "removed", DC[1]: "not_found"})

dc_html = f"""<html><head><meta charset="utf-8"></head><body>
<p>안녕하세요. 디시인사이드 운영팀입니다.</p>
<p>코인 토크 마이너 갤러리 게시물 3건에 대한 조치 결과를 알려드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>번호</th><th>게시물 주소</th><th>조치 결과</th><th>비고</th></tr>
<tr><td>1</td><td><a href="{DC[2]}">{DC[2]}</a></td><td>삭제</td><td>불법 리딩방 홍보</td></tr>
<tr><td>2</td><td><a href="{DC[3]}">{DC[3]}</a></td><td>블라인드 처리</td><td>열람 불가</td></tr>
<tr><td>3</td><td><a href="{DC[4]}">{DC[4]}</a></td><td>유지</td><td>시세 토론 글로 운영원칙 위반 소지 없음</td></tr>
</table>
<p>문의: <a href="https://gall.dcinside.com/help/faq">고객센터 FAQ</a></p>
</body></html>
"""
case(name="dc-html-table-qp", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-05 15:31"), reply_to_req="req-240903-01",
     subject="Re: [KCSC-240903-01] 조치 결과 안내 (코인 토크 갤러리)",
     raw_mime="Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(dc_html),
     outcome="applied", classification="confirmation",
     imitates="portal result table sent as quoted-printable HTML (번호/게시물 주소/조치 결과/비고)",
     why="HTML table row per URL: 삭제 -> removed, 블라인드 처리 -> removed, 유지 with a no-violation reason -> rejected",
     items={DC[2]: "removed", DC[3]: "removed", DC[4]: "rejected"})

dc_csv = "no,url,result,note\n" + "\n".join([
    f"1,{DC[6]},deleted,",
    f"2,{DC[7]},deleted,",
    f"3,{DC[8]},not found,already removed by writer",
    f"4,{DC[9]},restricted,adult verification required",
    f"5,{DC[10]},deleted,",
]) + "\n"
case(name="dc-csv-attachment", **{"from": "report@dcinside.com"}, name_from="DCinside 신고센터",
     date=D("2024-09-06 10:12"), reply_to_req="req-240903-01",
     subject="RE: [KCSC-240903-01] 처리 결과 (첨부)",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="dc-b639-mix"

--dc-b639-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. 디시인사이드 신고센터입니다.
야구 갤러리와 스포츠토토 갤러리 게시물 5건의 처리 결과를 첨부 CSV 파일로 보내드립니다.
확인 부탁드립니다.

--dc-b639-mix
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv)}
--dc-b639-mix--
""",
     outcome="applied", classification="confirmation",
     imitates="trust-and-safety result spreadsheet exported as a CSV attachment",
     why="CSV rows name each URL with deleted / not found / restricted (adult verification)",
     items={DC[6]: "removed", DC[7]: "removed", DC[8]: "not_found", DC[9]: "restricted", DC[10]: "removed"})

case(name="dc-top-posted-over-gmail-quote", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-04 18:55"), reply_to_req="req-240903-01",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구",
     body=f"""말씀하신 이슈줌 갤러리 게시물 2건
{DC[11]}
{DC[12]}
모두 삭제 처리하였습니다.

나머지 게시물은 확인 중이며 완료되는 대로 따로 회신드리겠습니다.

디시인사이드 운영팀 박서연

2024년 9월 3일 (화) 오전 10:05, KCSC 불법정보심의팀 <takedown@kcsc.example>님이 작성:
{quoted_request(DC, "KCSC-240903-01")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail top-posted reply over the regulator's quoted request",
     why="the two URLs named above the quote are stated removed; the 14 URLs in the quoted request are not statements",
     items={DC[11]: "removed", DC[12]: "removed"})

case(name="dc-url-korean-particle", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-07 13:20"), reply_to_req="req-240903-01",
     subject="RE: [KCSC-240903-01] 추가 회신",
     body=f"""안녕하세요, 디시인사이드입니다.

{DC[13]}은 운영원칙 제5조(불법정보 게시) 위반으로 삭제하였습니다.

{DC[5]} 건은 작성자가 먼저 글을 지워 현재 존재하지 않는 게시물입니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="short staff reply in Korean prose, URL glued to a particle (은)",
     why="mobile URL followed directly by the particle 은 is stated removed; the mini-gallery post no longer exists (deleted by its writer) -> not_found",
     items={DC[13]: "removed", DC[5]: "not_found"})

case(name="dc-ack-plus-statements", **{"from": "report@dcinside.com"}, name_from="DCinside 신고센터",
     date=D("2024-09-05 09:47"), reply_to_req="req-240903-01",
     subject="[디시인사이드] 신고 접수 및 처리 안내 (접수번호 DC-240905-5531)",
     body=f"""신고가 정상적으로 접수되었습니다. (접수번호 DC-240905-5531)

검토 결과 아래 게시물 2건은 불법 스포츠토토 사이트 홍보글로 확인되어 삭제 조치하였습니다.
- {DC[8]}
- {DC[9]}

그 밖의 신고 대상은 담당자 검토 후 순차적으로 안내해 드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(https://gall.dcinside.com/help)를 이용해 주세요.
""",
     outcome="applied", classification="confirmation",
     imitates="ticket receipt that also carries the result of two items",
     why="acknowledgement phrase plus an unhedged removal of two named URLs: not a pure acknowledgement",
     items={DC[8]: "removed", DC[9]: "removed"})

case(name="dc-outlook-original-message", **{"from": "legal@dcinside.com"}, name_from="디시인사이드 법무팀",
     date=D("2024-09-06 16:03"), reply_to_req="req-240903-01",
     subject="RE: [KCSC-240903-01] 불법정보 시정요구",
     body=f"""담당자님 안녕하세요.

{DC[13]} 게시물에 대해서는
성인 인증 절차를 적용하여 19세 미만 이용자 및 비로그인 이용자의 열람을 제한하였습니다.

디시인사이드 법무팀 이준호 드림

-----Original Message-----
From: KCSC 불법정보심의팀 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 10:05 AM
To: cs@dcinside.com
Subject: [KCSC-240903-01] 불법정보 시정요구

{quoted_request(DC, "KCSC-240903-01", prefix="")}
""",
     outcome="applied", classification="confirmation",
     imitates="Outlook reply with '-----Original Message-----' and the unquoted original below",
     why="only the mobile URL above the original message is stated: age-gated (성인 인증 열람 제한) -> restricted; the original request below is not a statement",
     items={DC[13]: "restricted"})

case(name="dc-echoed-report-blocks", **{"from": "report@dcinside.com"}, name_from="DCinside 신고센터",
     date=D("2024-09-08 20:14"),
     subject="[디시인사이드] 신고 처리 결과 안내",
     body=f"""고객님께서 신고하신 내용의 처리 결과를 안내드립니다.

[신고 정보]
- 신고 번호: R-2409-77120
- 신고 대상: {DC[7]}
- 신고 사유: 불법 도박 사이트 홍보
[처리 결과]
- 결과: 게시물 삭제 및 작성자 이용 제한 7일

[신고 정보]
- 신고 번호: R-2409-77121
- 신고 대상: {DC[10]}
- 신고 사유: 불법 도박 사이트 홍보
[처리 결과]
- 결과: 조치하지 않음
- 사유: 경기 결과에 대한 토론글로, 홍보 링크나 도박을 권유하는 내용이 확인되지 않았습니다.

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
https://gall.dcinside.com/help/report
""",
     outcome="applied", classification="confirmation",
     imitates="report-form echo: the platform repeats each report's fields and adds its result",
     why="first report deleted -> removed; second not actioned with a reason (no promotion found) -> rejected",
     items={DC[7]: "removed", DC[10]: "rejected"})

# ---- DC review / ignored
case(name="dc-promise-today", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-03 17:30"), reply_to_req="req-240903-01",
     subject="Re: [KCSC-240903-01] 불법정보 시정요구",
     body=f"""안녕하세요, 디시인사이드 운영팀입니다.

요청하신 게시물 중
{DC[0]}
{DC[1]}
위 2건은 금일 중 삭제 처리될 예정입니다.
나머지 건도 확인 후 순차적으로 조치하겠습니다.

감사합니다.
""",
     outcome="review", review="not_understood",
     imitates="same-day staff reply promising removal",
     why="'삭제 처리될 예정' is a promise, not a statement; named items stay pending",
     items={DC[0]: "pending", DC[1]: "pending"})

case(name="dc-bulk-all-14", **{"from": "cs@dcinside.com"}, name_from="디시인사이드 운영팀",
     date=D("2024-09-10 09:15"), reply_to_req="req-240903-01",
     subject="RE: [KCSC-240903-01] 조치 완료",
     body="""안녕하세요.

KCSC-240903-01 건으로 요청하신 게시물 14건 모두 삭제 조치 완료하였습니다.
작성자에 대해서는 운영원칙에 따른 이용 제한을 적용하였습니다.

디시인사이드 운영팀
""",
     outcome="review", review="bulk",
     imitates="one-line 'all done' confirmation for a whole request",
     why="all 14 items said removed without naming any: bulk confirmation of a multi-item request goes to review",
     items={})

case(name="dc-naver-mail-gallery-manager", **{"from": "coin.manager88@naver.com"}, name_from="코인토크 매니저",
     date=D("2024-09-04 23:41"),
     subject="디시 코인 토크 갤러리 게시물 관련",
     body=f"""안녕하세요. 디시인사이드 코인 토크 마이너 갤러리 매니저입니다.
운영팀에서 전달받은 내용 보고 연락드립니다.

아래 두 글은 제가 매니저 권한으로 삭제했습니다.
{DC[2]}
{DC[3]}

다른 글은 제 권한 밖이라 운영팀에 문의 부탁드립니다.
""",
     outcome="review", review="wrong_platform",
     imitates="a volunteer gallery manager writing from a personal portal mailbox",
     why="authenticated naver.com mail stating the status of DC Inside items: not DC Inside's own statement",
     items={DC[2]: "pending", DC[3]: "pending"})

case(name="dc-law-firm-unknown", **{"from": "office@hanul-law.kr"}, name_from="법무법인 한울",
     date=D("2024-09-09 14:02"),
     subject="[KCSC-240903-01] 게시물 자진 삭제 사실 통지",
     body=f"""방송통신심의위원회 귀중

당 법무법인은 디시인사이드 이용자 '코인러버' 님의 대리인으로서,
의뢰인이 작성한 아래 게시물을 2024. 9. 8. 자진 삭제하였음을 알려드립니다.

- {DC[4]}

추가로 필요하신 사항이 있으면 연락 주시기 바랍니다.

법무법인 한울 변호사 최민재
""",
     outcome="review", review="unknown_sender",
     imitates="a poster's lawyer notifying the regulator of a self-deletion",
     why="sender is not any platform's domain; it names our request and a URL, so it goes to review",
     items={DC[4]: "pending"})

case(name="dc-out-of-office-ko", **{"from": "kim.jh@dcinside.com"}, name_from="김지훈",
     date=D("2024-09-03 10:06"), reply_to_req="req-240903-01",
     subject="자동 회신: [KCSC-240903-01] 불법정보 시정요구",
     extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     body="""안녕하세요. 김지훈입니다.
9월 3일부터 9월 9일까지 휴가로 부재중이며 메일 확인이 어렵습니다.
게시물 신고 및 삭제 요청은 cs@dcinside.com 으로 보내 주시면 담당자가 처리해 드립니다.

I am out of the office until 9 September with limited access to email.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook Korean out-of-office auto reply (자동 회신)",
     why="auto-reply: ignored whoever sent it",
     items={})

# ====================================================================== NAVER
case(name="naver-gesijungdan-four", **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date=D("2024-09-10 14:40"), reply_to_req="req-240905-02",
     subject="[네이버] 게시중단 요청에 대한 처리 결과 안내 (KCSC-240905-02)",
     body=f"""안녕하세요. 네이버 고객센터입니다.

방송통신심의위원회에서 요청하신 게시물에 대한 처리 결과를 안내드립니다.

■ 처리 결과
1) 블로그 {NV[0]}
   : 게시중단(삭제)
2) 카페 {NV[1]}
   : 임시조치 (30일간 게시물 접근 제한)
3) 카페 {NV[2]}
   : 게시물 없음 - 작성자가 이미 삭제한 게시물입니다.
4) 지식iN {NV[3]}
   : 게시 유지 - 검토 결과 관련 법령 및 운영정책 위반이 확인되지 않았습니다.

임시조치된 게시물은 게시자가 기간 내 재게시를 요청할 수 있으며, 관련 기준은
네이버 운영정책(https://policy.naver.com/policy/service.html)을 참고해 주시기 바랍니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER 게시중단/임시조치 result notice with numbered service items",
     why="per-URL results: 게시중단(삭제) -> removed, 임시조치 -> restricted, author-deleted -> not_found, 게시 유지 no violation -> rejected; policy link is not an item",
     items={NV[0]: "removed", NV[1]: "restricted", NV[2]: "not_found", NV[3]: "rejected"})

case(name="naver-english-blinded", **{"from": "ts-kr@navercorp.com"}, name_from="NAVER Trust & Safety",
     date=D("2024-09-06 19:22"), reply_to_req="req-240905-02",
     subject="RE: [KCSC-240905-02] Request for removal of illegal information",
     body=f"""Dear KCSC team,

Regarding request KCSC-240905-02: the cafe post
{NV[1]} has been blinded and can no longer be viewed by any user.

The other three items are still being reviewed by the relevant service teams,
and we will update you separately.

Best regards,
NAVER Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety reply from a Korean portal ('has been blinded')",
     why="one named post blinded (hidden from all users) -> removed; the other items are only under review",
     items={NV[1]: "removed"})

case(name="naver-statement-url-below", **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date=D("2024-09-09 10:05"), reply_to_req="req-240905-02",
     subject="[네이버] 요청 게시물 조치 결과 (KCSC-240905-02)",
     body=f"""안녕하세요, 네이버입니다.

아래 카페 게시물은 정보통신망법 제44조의2에 따라 임시조치(접근 제한) 처리되었습니다.
{NV[2]}

아래 지식iN 답변은 운영자에 의해 삭제되었습니다.
{NV[3]}

블로그 게시물에 대한 결과는 별도로 안내드리겠습니다.
""",
     outcome="applied", classification="confirmation",
     imitates="NAVER notice with the statement first and the URL on the line below",
     why="statement then URL below: 임시조치(접근 제한) -> restricted, 운영자 삭제 -> removed",
     items={NV[2]: "restricted", NV[3]: "removed"})

case(name="naver-wrapped-angle-url", **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date=D("2024-09-11 09:30"), reply_to_req="req-240905-02",
     subject="Re: [KCSC-240905-02] 추가 처리 결과",
     body="""안녕하세요.

요청하신 블로그 게시물 <https://blog.naver.com/skyline_trader/223551204417> 은
운영정책 위반으로 삭제 완료되었습니다. 지식iN 질문
<https://kin.naver.com/qna/detail.naver?d1id=4&dirId=40402&
docId=471122903> 도 삭제 처리되었습니다.

네이버 고객센터 드림
""",
     outcome="applied", classification="confirmation",
     imitates="plain-text reply whose long URL is wrapped inside angle brackets by the mail client",
     why="both URLs in angle brackets are stated deleted; the wrapped one is still clearly the KnowledgeiN item",
     items={NV[0]: "removed", NV[3]: "removed"})

case(name="naver-under-review", **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date=D("2024-09-05 16:12"), reply_to_req="req-240905-02",
     subject="[네이버] 요청 접수 및 검토 안내 (KCSC-240905-02)",
     body=f"""안녕하세요. 네이버 고객센터입니다.

보내주신 요청(KCSC-240905-02)은 현재 담당 부서에서 검토 중입니다.
특히 아래 게시물은 권리침해 여부 확인이 필요하여 검토에 시간이 다소 소요될 수 있습니다.

- {NV[0]}
- {NV[1]}

검토가 완료되면 조치 결과를 다시 안내드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="portal 'under review' notice naming the items still being checked",
     why="'검토 중' and a promise to report later are not statements; named items stay pending",
     items={NV[0]: "pending", NV[1]: "pending"})

case(name="naver-asks-documents", **{"from": "help@navercorp.com"}, name_from="네이버 고객센터",
     date=D("2024-09-06 13:48"), reply_to_req="req-240905-02",
     subject="[네이버] 게시중단 요청 관련 소명자료 요청",
     body=f"""안녕하세요. 네이버 고객센터입니다.

요청하신 블로그 게시물 {NV[0]} 에 대한 처리를 위해
아래 자료를 추가로 보내주시기 바랍니다.

1. 해당 게시물이 불법정보에 해당한다고 판단한 심의 의결서 사본
2. 게시물 내 문제되는 부분(캡처 또는 시간 표기)

자료가 확인되는 대로 처리 결과를 안내드리겠습니다.
""",
     outcome="review", review="asks_more", classification="request_for_info",
     imitates="NAVER request for supporting documents (소명자료 요청)",
     why="the platform asks for documents before acting: no status, a person must answer",
     items={NV[0]: "pending"})

# ====================================================================== Daum / Kakao
case(name="kakao-rights-result-raw-korean", **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date=D("2024-09-10 11:26"), reply_to_req="req-240906-03",
     subject="[카카오] 권리침해 신고 처리 결과 안내 (KCSC-240906-03)",
     body=f"""안녕하세요. 카카오 권리침해신고센터입니다.

방송통신심의위원회에서 요청하신 게시물의 처리 결과를 알려드립니다.

· Daum 카페 {DA[0]} → 게시중단
· Daum 카페 {DA[1]} → 게시중단
· 티스토리 {K3_RAW} → 비공개 처리

게시중단 및 비공개 처리된 게시물은 게시자를 포함한 모든 이용자에게 노출되지 않습니다.
운영정책: https://www.kakao.com/policy/oppolicy

고맙습니다.
카카오 드림
""",
     outcome="applied", classification="confirmation",
     imitates="Kakao rights-infringement report result notice (게시중단/비공개 처리)",
     why="two cafe posts 게시중단 -> removed; the Tistory post, written with its raw Korean path, 비공개 처리 -> removed",
     items={DA[0]: "removed", DA[1]: "removed", DA[2]: "removed"})

daum_b64 = f"""안녕하세요, 카카오입니다.

요청하신 게시물 2건에 대한 처리 결과입니다.

{DA[3]} (티스토리)
- 이용약관 및 운영정책 위반으로 삭제되었습니다.

{DA[4]} (Daum 카페)
- 검토 결과 운영정책 위반에 해당하지 않아 게시 상태를 유지합니다.
  해당 글은 투자 손실 경험을 공유하는 내용으로, 특정 리딩방 가입을 권유하지 않습니다.

고맙습니다.
"""
case(name="kakao-base64-mixed", **{"from": "rights@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
     date=D("2024-09-12 15:05"), reply_to_req="req-240906-03",
     subject="[카카오] 게시물 처리 결과 (KCSC-240906-03)",
     raw_mime="Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n" + b64(daum_b64),
     outcome="applied", classification="confirmation",
     imitates="base64-encoded Korean plain-text result",
     why="Tistory post deleted -> removed; cafe post kept because it breaks no rule, with its reason -> rejected",
     items={DA[3]: "removed", DA[4]: "rejected"})

case(name="daum-cafe-gmail-quote", **{"from": "cafe_cs@daum.net"}, name_from="Daum 카페 운영팀",
     date=D("2024-09-09 17:50"), reply_to_req="req-240906-03",
     subject="Re: [KCSC-240906-03] 불법정보 시정요구",
     body=f"""문의하신 게시물 중 {DA[1]} 는
성인 인증을 거친 회원만 열람할 수 있도록 열람 제한 처리하였습니다.

Daum 카페 운영팀

On Fri, Sep 6, 2024 at 11:02 AM KCSC <takedown@kcsc.example> wrote:
{quoted_request(DA, "KCSC-240906-03")}
""",
     outcome="applied", classification="confirmation",
     imitates="Gmail-style reply ('On ... wrote:') over the quoted request",
     why="one cafe post made viewable only by age-verified members -> restricted; the quoted list is not a statement",
     items={DA[1]: "restricted"})

case(name="kakao-english-statement-of-reasons", **{"from": "dsa-notice@kakaocorp.com"}, name_from="Kakao Trust & Safety",
     date=D("2024-09-11 18:02"), reply_to_req="req-240906-03",
     subject="Statement of reasons - KCSC-240906-03",
     body=f"""Statement of reasons

Reference: KCSC-240906-03

Content: {DA[0]}
Decision: removal - the content was made unavailable to all users
Ground: illegal content (unlicensed investment advice), Kakao Operation Policy 3.2

Content: {DA[4]}
Decision: visibility restriction - access is disabled for users in the Republic of Korea
Ground: order of the Korea Communications Standards Commission

Automated means were not used to take these decisions.
Redress: https://cs.kakao.com/requests?service=appeal

Kakao Corp.
""",
     outcome="applied", classification="confirmation",
     imitates="DSA-style statement of reasons (content / decision / ground / redress)",
     why="first post made unavailable to all users -> removed; second disabled in Korea only -> restricted; appeal link is not an item",
     items={DA[0]: "removed", DA[4]: "restricted"})

case(name="daum-hedge-appears-deleted", **{"from": "cafe_cs@daum.net"}, name_from="Daum 카페 운영팀",
     date=D("2024-09-07 10:41"), reply_to_req="req-240906-03",
     subject="Re: [KCSC-240906-03] 게시물 확인 요청",
     body=f"""안녕하세요, Daum 카페 운영팀입니다.

{DA[0]} 게시물은 작성자에 의해 이미 삭제된 것으로 보입니다.
정확한 삭제 시점과 경위는 카페 관리 기록을 확인한 뒤 다시 말씀드리겠습니다.
""",
     outcome="review", review="not_understood",
     imitates="cafe team reply hedging ('삭제된 것으로 보입니다')",
     why="'appears to have been deleted' is a hedge, not a statement; the item stays pending",
     items={DA[0]: "pending"})

case(name="kakao-read-receipt", **{"from": "jiyoung.han@kakaocorp.com"}, name_from="한지영",
     date=D("2024-09-06 11:40"),
     subject="읽음: [KCSC-240906-03] 불법정보 시정요구",
     raw_mime="""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-b639"

--mdn-b639
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

이 메시지는 2024-09-06 오전 11:40에 한지영님이 읽었습니다.
제목: [KCSC-240906-03] 불법정보 시정요구

--mdn-b639
Content-Type: message/disposition-notification

Reporting-UA: kakaocorp.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;jiyoung.han@kakaocorp.com
Original-Message-ID: <req-240906-03@kcsc.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-b639--
""",
     outcome="ignored", classification="read_receipt",
     imitates="Outlook read receipt (MDN, '읽음:')",
     why="read receipt: ignored",
     items={})

# ====================================================================== SOOP
case(name="soop-korean-numbered", **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
     date=D("2024-09-12 13:15"), reply_to_req="req-240910-04",
     subject="[SOOP] 시정요구 조치 결과 회신 (KCSC-240910-04)",
     body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 콘텐츠 3건에 대한 조치 결과를 회신드립니다.

1. VOD {SP[0]}
   - 삭제 조치 완료
2. VOD {SP[1]}
   - 19세 이상 시청 가능 콘텐츠로 변경 (연령 제한 적용)
3. 방송국 게시글 {SP[2]}
   - 삭제 조치 완료

해당 스트리머에게는 운영정책에 따라 방송 정지 7일이 함께 적용되었습니다.

SOOP 운영팀 드림
""",
     outcome="applied", classification="confirmation",
     imitates="streaming platform result notice (VOD 삭제, 연령 제한, 방송 정지)",
     why="VOD deleted -> removed; VOD switched to 19+ only -> restricted; channel post deleted -> removed",
     items={SP[0]: "removed", SP[1]: "restricted", SP[2]: "removed"})

case(name="soop-english-bullets", **{"from": "trust@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
     date=D("2024-09-13 09:02"), reply_to_req="req-240910-04",
     subject="RE: [KCSC-240910-04] Outcome of your request",
     body=f"""Hello,

Please find the outcome for two of the items in your request below.

- {SP[0]}
  Status: Removed (VOD deleted for violating our community guidelines)
- {SP[2]}
  Status: Not found. The streamer had deleted this post before our review.

The remaining VOD is covered in a separate email from our Korean operations team.

SOOP Trust & Safety
""",
     outcome="applied", classification="confirmation",
     imitates="English trust-and-safety outcome list (URL, then 'Status:' line)",
     why="bullet URL with Status line below: Removed -> removed; deleted by the streamer before review -> not_found",
     items={SP[0]: "removed", SP[2]: "not_found"})

soop_csv = "\ufeff번호,URL,처리결과,처리일시\n" + "\n".join([
    f"1,{SP[0]},삭제,2024-09-11 15:20",
    f"2,{SP[1]},삭제,2024-09-11 15:22",
    f"3,{SP[2]},대상 없음(게시물 미존재),2024-09-11 15:30",
]) + "\n"
case(name="soop-legacy-domain-csv", **{"from": "cs@afreecatv.com"}, name_from="SOOP 고객센터",
     date=D("2024-09-11 16:44"), reply_to_req="req-240910-04",
     subject="RE: [KCSC-240910-04] 처리 결과 송부",
     raw_mime=f"""Content-Type: multipart/mixed; boundary="soop-b639-mix"

--soop-b639-mix
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

안녕하세요. SOOP(구 아프리카TV) 고객센터입니다.
처리 결과를 첨부 파일로 전달드립니다.

--soop-b639-mix
Content-Type: text/csv; charset=utf-8; name="result_240911.csv"
Content-Disposition: attachment; filename="result_240911.csv"
Content-Transfer-Encoding: base64

{b64(soop_csv)}
--soop-b639-mix--
""",
     outcome="applied", classification="confirmation",
     imitates="Excel-exported CSV (UTF-8 with BOM, Korean headers) from a legacy company domain",
     why="CSV rows: 삭제 -> removed (two VODs); 대상 없음(게시물 미존재) -> not_found",
     items={SP[0]: "removed", SP[1]: "removed", SP[2]: "not_found"})

case(name="soop-auth-fail", **{"from": "safety@sooplive.co.kr"}, name_from="SOOP 운영팀",
     date=D("2024-09-11 08:55"), auth="fail", reply_to_req="req-240910-04",
     subject="[SOOP] 시정요구 조치 결과 (KCSC-240910-04)",
     body=f"""안녕하세요. SOOP 운영팀입니다.

요청하신 VOD 2건은 삭제 조치하였습니다.
- {SP[0]}
- {SP[1]}
""",
     outcome="review", review="untrusted",
     imitates="result notice whose DKIM/SPF/DMARC checks fail",
     why="platform domain but authentication failed: nothing applied",
     items={SP[0]: "pending", SP[1]: "pending"})

case(name="soop-ticket-receipt", **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
     date=D("2024-09-10 14:21"), reply_to_req="req-240910-04",
     subject="[SOOP 고객센터] 문의가 접수되었습니다 (접수번호 2409-118204)",
     body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
  - 접수번호: 2409-118204
  - 문의 유형: 신고/제재 > 불법 콘텐츠
  - 제목: [KCSC-240910-04] 불법정보 시정요구

순차적으로 확인 후 답변드리겠습니다.
본 메일은 발신 전용이므로 회신하실 수 없습니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="help-desk ticket receipt (접수번호)",
     why="pure acknowledgement: ticket created, nothing said about any item",
     items={})

# ====================================================================== Inven
case(name="inven-korean-mixed", **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
     date=D("2024-09-13 14:30"), reply_to_req="req-240911-05",
     subject="Re: [KCSC-240911-05] 게시물 삭제 요청 건 회신",
     body=f"""안녕하세요, 인벤 운영팀입니다.

요청하신 두 게시물을 확인하였습니다.

LoL 게시판 글({IV[0]})은 특정인에 대한 허위 사실 유포로 판단되어 삭제하였습니다.

메이플스토리 게시판 글({IV[1]})은 게임 내 거래 사기 피해 경험을 적은 글로,
특정 개인을 식별할 수 있는 정보가 없어 게시판 규정 위반에 해당하지 않으므로 유지합니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="game-community moderator reply in prose with URLs in parentheses",
     why="first post deleted -> removed; second kept with a reason (no rule broken) -> rejected",
     items={IV[0]: "removed", IV[1]: "rejected"})

case(name="inven-english-angle-brackets", **{"from": "support@inven.co.kr"}, name_from="Inven Support",
     date=D("2024-09-12 11:11"), reply_to_req="req-240911-05",
     subject="RE: [KCSC-240911-05] Removal request",
     body="""Hello,

The post <https://www.inven.co.kr/board/lol/4625/2871044> has been deleted by our moderators.
We are still checking the MapleStory board post and will reply separately.

Regards,
Inven Support
""",
     outcome="applied", classification="confirmation",
     imitates="short English support reply with the URL in angle brackets",
     why="one URL stated deleted; the other is only being checked",
     items={IV[0]: "removed"})

inven_qp = f"""안녕하세요. 인벤 운영팀입니다.

{IV[1]}
위 게시물은 재검토 결과 작성자 본인이 피해자의 실명과 연락처를 댓글로 추가한 사실이 확인되어
운영자 삭제 처리하였습니다.

이전 회신에서 유지로 안내드린 점 양해 부탁드립니다.
인벤 운영팀 드림
"""
case(name="inven-qp-reconsidered", **{"from": "cs@inven.co.kr"}, name_from="인벤 운영팀",
     date=D("2024-09-16 10:20"), reply_to_req="req-240911-05",
     subject="Re: [KCSC-240911-05] 재검토 결과",
     raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(inven_qp),
     outcome="applied", classification="confirmation",
     imitates="quoted-printable Korean follow-up after reconsidering an earlier refusal",
     why="on a fresh ledger the post is simply stated 운영자 삭제 -> removed (the earlier refusal is not in this ledger)",
     items={IV[1]: "removed"})

case(name="inven-out-of-office-en", **{"from": "jaemin.oh@inven.co.kr"}, name_from="Jaemin Oh",
     date=D("2024-09-11 10:16"), reply_to_req="req-240911-05",
     subject="Automatic reply: [KCSC-240911-05] 게시물 삭제 요청",
     extra_headers=["Auto-Submitted: auto-replied"],
     body="""Thank you for your email. I am currently out of the office until Monday, 16 September,
attending a conference. For urgent moderation matters, please contact cs@inven.co.kr.

감사합니다. 9월 16일(월)까지 부재중입니다.
""",
     outcome="ignored", classification="auto_reply",
     imitates="Outlook English/Korean 'Automatic reply' out-of-office",
     why="auto-reply: ignored",
     items={})

# ====================================================================== FM Korea
case(name="fm-sole-statement", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date=D("2024-09-13 21:05"), reply_to_req="req-240912-06",
     subject="Re: [KCSC-240912-06] 게시물 삭제 요청",
     body="""안녕하세요, 에펨코리아 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.
작성자는 불법 도박 사이트 홍보로 영구 이용 정지되었습니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="terse moderator reply in the request's thread, no URL",
     why="the only statement, naming no URL, answers a one-item request (by thread and reference): removed",
     items={FM[0]: "removed"})

case(name="fm-fullwidth-parens", **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
     date=D("2024-09-14 08:40"), reply_to_req="req-240912-06",
     subject="Re: [KCSC-240912-06] 처리 완료",
     body="""요청하신 게시글（https://www.fmkorea.com/7420019385）은 축구 게시판 운영 규정 위반으로 영구 삭제하였습니다．

에펨코리아 운영진 드림
""",
     outcome="applied", classification="confirmation",
     imitates="reply typed with a Korean IME: URL inside full-width parentheses",
     why="URL between full-width parentheses, stated permanently deleted -> removed",
     items={FM[0]: "removed"})

case(name="fm-english-may-have", **{"from": "admin@fmkorea.com"}, name_from="FMKorea Admin",
     date=D("2024-09-13 12:10"), reply_to_req="req-240912-06",
     subject="Re: [KCSC-240912-06] request",
     body="""Hi,

We looked for https://www.fmkorea.com/7420019385 and it may have been removed by its author already.
We will confirm once we have checked the moderation log.

FMKorea admin team
""",
     outcome="review", review="not_understood",
     imitates="moderator reply hedging ('may have been removed')",
     why="'may have been removed' and 'will confirm' are not statements: item stays pending",
     items={FM[0]: "pending"})

# ====================================================================== Nate
case(name="nate-pann-mixed", **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영팀",
     date=D("2024-09-16 15:33"), reply_to_req="req-240913-07",
     subject="[네이트판] 게시물 조치 결과 안내 (KCSC-240913-07)",
     body=f"""안녕하세요. 네이트 판 운영팀입니다.

요청하신 게시물에 대한 조치 결과입니다.

▶ {NT[0]}
개인정보(실명, 직장) 노출로 삭제 처리하였습니다.

▶ {NT[1]}
작성자 탈퇴로 이미 삭제된 글로 확인됩니다.

감사합니다.
""",
     outcome="applied", classification="confirmation",
     imitates="Nate Pann result notice with marker-led URLs and the result below",
     why="first post deleted -> removed; second already gone with its author's withdrawal -> not_found",
     items={NT[0]: "removed", NT[1]: "not_found"})

case(name="nate-html-table", **{"from": "safety@skcomms.co.kr"}, name_from="SK커뮤니케이션즈",
     date=D("2024-09-17 10:05"), reply_to_req="req-240913-07", type="html",
     subject="[SK커뮤니케이션즈] 시정요구 조치결과 회신 (KCSC-240913-07)",
     body=f"""<html><body>
<p>방송통신심의위원회 담당자님께,</p>
<p>귀 위원회의 시정요구(KCSC-240913-07)에 대한 조치결과를 아래와 같이 회신합니다.</p>
<table border="1">
<thead><tr><th>연번</th><th>URL</th><th>조치결과</th><th>조치일</th></tr></thead>
<tbody>
<tr><td>1</td><td>{NT[0]}</td><td>게시중단</td><td>2024-09-16</td></tr>
<tr><td>2</td><td>{NT[1]}</td><td>임시조치(30일)</td><td>2024-09-16</td></tr>
</tbody></table>
<p>SK커뮤니케이션즈 서비스운영팀</p>
</body></html>""",
     outcome="applied", classification="confirmation",
     imitates="Korean 시정요구 조치결과 table (연번/URL/조치결과/조치일) in an HTML-only email",
     why="table rows: 게시중단 -> removed, 임시조치 -> restricted",
     items={NT[0]: "removed", NT[1]: "restricted"})

case(name="nate-bulk-english", **{"from": "pann_cs@nate.com"}, name_from="Nate Pann",
     date=D("2024-09-15 11:48"), reply_to_req="req-240913-07",
     subject="RE: [KCSC-240913-07] Removal request",
     body="""Dear Sir or Madam,

All posts listed in your request KCSC-240913-07 have been taken down.

Kind regards,
Nate Pann Operations
""",
     outcome="review", review="bulk",
     imitates="one-sentence 'all taken down' reply in English",
     why="statement about every item of a two-item request without naming them: bulk",
     items={})

case(name="nate-unmatched-number", **{"from": "pann_cs@nate.com"}, name_from="네이트 판 운영팀",
     date=D("2024-09-14 17:20"), reply_to_req="req-240913-07",
     subject="[네이트판] 조치 결과 (KCSC-240913-07)",
     body="""안녕하세요.

요청하신 https://pann.nate.com/talk/372919999 게시물은 삭제 처리하였습니다.

네이트 판 운영팀
""",
     outcome="review", review="unmatched_claims",
     imitates="result notice whose post number matches none of the requested ones",
     why="a removal stated for a URL that is not in the request (likely a mistyped number): nothing applied",
     items={})

case(name="nate-report-received", **{"from": "noreply@nate.com"}, name_from="네이트 고객센터",
     date=D("2024-09-13 09:12"), reply_to_req="req-240913-07",
     subject="[네이트] 신고 접수 완료 안내",
     body="""안녕하세요. 네이트 고객센터입니다.

보내주신 신고가 접수되었습니다.
  접수번호: NP-20240913-0042
  관련 요청: KCSC-240913-07

처리 결과는 영업일 기준 3~5일 이내에 메일로 안내해 드립니다.
""",
     outcome="ignored", classification="acknowledgement",
     imitates="automatic report-received notice with a ticket number",
     why="pure acknowledgement of our request, no item statement",
     items={})

case(name="nate-bounce-dsn", **{"from": "MAILER-DAEMON@mail.kcsc.example"}, name_from="Mail Delivery System",
     date=D("2024-09-13 09:11"), auth="none",
     subject="Undelivered Mail Returned to Sender",
     raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-b639"

--dsn-b639
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kcsc.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<pann_report@nate.com>: host mx.nate.com[203.0.113.25] said: 550 5.1.1
    <pann_report@nate.com>: Recipient address rejected: User unknown

--dsn-b639
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kcsc.example
Arrival-Date: Fri, 13 Sep 2024 09:10:02 +0900

Final-Recipient: rfc822; pann_report@nate.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--dsn-b639
Content-Description: Undelivered Message
Content-Type: message/rfc822

Message-ID: <req-240913-07@kcsc.example>
Date: Fri, 13 Sep 2024 09:10:00 +0900
From: KCSC <takedown@kcsc.example>
To: pann_report@nate.com
Subject: [KCSC-240913-07] =?UTF-8?B?7Iuc7KCV7JqU6rWs?=
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{quoted_request(NT, "KCSC-240913-07", prefix="")}

--dsn-b639--
""",
     outcome="ignored", classification="bounce",
     imitates="Postfix DSN returning our request to a non-existent Nate address",
     why="delivery failure report: ignored although the returned request names the URLs",
     items={NT[0]: "pending", NT[1]: "pending"})

# ====================================================================== Clien
case(name="clien-policy-notice", **{"from": "notice@clien.net"}, name_from="클리앙",
     date=D("2024-09-12 09:00"),
     subject="[클리앙] 개인정보 처리방침 개정 안내",
     body="""안녕하세요, 클리앙입니다.

2024년 9월 26일부터 개인정보 처리방침이 일부 개정됩니다.

주요 변경 사항
- 신고 처리 기록의 보관 기간을 1년에서 3년으로 변경
- 게시물 임시조치 관련 문의 창구 안내 추가

자세한 내용은 https://www.clien.net/service/policy/privacy 에서 확인하실 수 있습니다.
""",
     outcome="review", review="no_claims",
     imitates="community site's privacy-policy change notice sent to all registered contacts",
     why="trusted platform mail that names no requested item and no request",
     items={})


HEADER = """# Blind set 639: Korean portals and community sites (NAVER, Daum/Kakao,
# DC Inside, SOOP, Nate, Inven, FM Korea, Clien), Korean and English mixed.
# Written by tests/corpus/blind639/make.py; expected results written from
# each email's meaning before the reader was run. Each case alone on a fresh
# ledger holding requests.csv. See NOTES.md."""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind639", HEADER, CASES)


if __name__ == "__main__":
    main()
