#!/usr/bin/env python3
"""Blind set 855: Korean portals and community sites (DC Inside, NAVER, SOOP,
Daum/Kakao, FM Korea, Clien, Ppomppu; Nate and Inven as senders only), mixing
Korean and English, with the doubtful and ignorable mail a regulator's mailbox
receives.

Written from each email's meaning, before any run of the reader. Every email
is invented; URLs, names and ids are fictional.

    python3 tests/corpus/blind855/make.py

writes requests.csv, cases/*.eml and expected.toml (deterministic).
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

DC = "https://gall.dcinside.com"
D = {
    "s301": DC + "/board/view/?id=stock_new2&no=8812301",
    "s377": DC + "/board/view/?id=stock_new2&no=8812377",
    "s519": DC + "/board/view/?id=stock_new2&no=8812519",
    "c211": DC + "/mgallery/board/view/?id=coinbet&no=40211",
    "c218": DC + "/mgallery/board/view/?id=coinbet&no=40218",
    "c302": DC + "/mgallery/board/view/?id=coinbet&no=40302",
    "c333": DC + "/mgallery/board/view/?id=coinbet&no=40333",
    "t187": DC + "/mgallery/board/view/?id=toto_free&no=1187",
    "t190": DC + "/mgallery/board/view/?id=toto_free&no=1190",
    "t204": DC + "/mgallery/board/view/?id=toto_free&no=1204",
    "l655": DC + "/mini/board/view/?id=lucky7room&no=655",
    "l671": DC + "/mini/board/view/?id=lucky7room&no=671",
    "b455": DC + "/board/view/?id=baseball_new11&no=90124455",
    "m390": "https://m.dcinside.com/board/coinbet/40390",
}
CAFE_RAW = "https://cafe.naver.com/중고장터/55120"
CAFE = "https://cafe.naver.com/" + quote("중고장터") + "/55120"
N = {
    "b842": "https://blog.naver.com/moonlit_shop/223500118842",
    "b017": "https://blog.naver.com/moonlit_shop/223500120017",
    "cafe": CAFE,
    "kin": "https://kin.naver.com/qna/detail.naver?d1id=8&dirId=80201&docId=471220981",
}
S = {
    "v115": "https://vod.sooplive.co.kr/player/139820115",
    "v388": "https://vod.sooplive.co.kr/player/139820388",
    "post": "https://ch.sooplive.co.kr/nightowl77/post/88120433",
}
K = {
    "g118": "https://cafe.daum.net/greenleaf420/Xk2p/118",
    "g121": "https://cafe.daum.net/greenleaf420/Xk2p/121",
    "g127": "https://cafe.daum.net/greenleaf420/Xk2p/127",
    "h410": "https://cafe.daum.net/smokehouse_kr/Bq7r/4410",
    "h412": "https://cafe.daum.net/smokehouse_kr/Bq7r/4412",
}
F = {
    "a": "https://www.fmkorea.com/7412093385",
    "b": "https://www.fmkorea.com/7412101946",
}
CL = "https://www.clien.net/service/board/park/18712345"
P = {
    "free": "https://www.ppomppu.co.kr/zboard/view.php?id=freeboard&no=9210337",
    "phone": "https://www.ppomppu.co.kr/zboard/view.php?id=phone&no=4471290",
}

REQUESTS = [
    ("KCSC-240903-01", "dcinside", "2024-09-03", "2024-09-10", list(D.values()), "illegal_gambling",
     "불법 도박 사이트 홍보 게시물"),
    ("KCSC-240905-02", "naver", "2024-09-05", "2024-09-12", list(N.values()), "privacy",
     "개인정보 노출 (blog, cafe, 지식iN)"),
    ("KCSC-240906-03", "soop", "2024-09-06", "2024-09-13", list(S.values()), "obscenity",
     "VOD 2건, 방송국 게시글 1건"),
    ("KCSC-240909-04", "daum", "2024-09-09", "2024-09-16", list(K.values()), "drugs",
     "마약류 판매 광고, Daum 카페 두 곳"),
    ("KCSC-240910-05", "fmkorea", "2024-09-10", "2024-09-17", list(F.values()), "illegal_gambling",
     ""),
    ("KCSC-240911-06", "clien", "2024-09-11", "2024-09-18", [CL], "defamation", ""),
    ("KCSC-240912-07", "ppomppu", "2024-09-12", "2024-09-19", list(P.values()), "fraud",
     "중고거래 사기 유도"),
]


def rtr(ref):
    """The local part corpuslib puts in In-Reply-To (it adds @kcsc.example)."""
    return ref + ".req"


def mid(ref):
    return rtr(ref) + "@kcsc.example"


def write_requests():
    with open(os.path.join(HERE, "requests.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["ref", "platform", "sent_at", "due_at", "url", "category", "message_id", "note"])
        for ref, plat, sent, due, urls, cat, note in REQUESTS:
            for u in urls:
                w.writerow([ref, plat, sent, due, u, cat, mid(ref), note])


def urls_of(ref):
    for r in REQUESTS:
        if r[0] == ref:
            return r[4]
    raise KeyError(ref)


def shown(u):
    """A URL as a person would paste it (Korean path unescaped)."""
    return CAFE_RAW if u == CAFE else u


def request_lines(ref):
    return "\n".join(f"{i}. {shown(u)}" for i, u in enumerate(urls_of(ref), 1))


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- cases

CASES = []


def case(**c):
    CASES.append(c)


# ===== DC Inside (KCSC-240903-01, 14 items) ==================================

case(
    name="dc-html-table-results",
    outcome="applied", classification="confirmation",
    imitates="Korean community operator's 시정요구 조치결과 회신 with an HTML result table",
    why="trusted DC Inside reply, one row per URL: 삭제 x3, 게시물 없음 (작성자 삭제), 위반 사항 없음 (유지)",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 16:42:09 +0900",
    subject="Re: [KCSC-240903-01] 불법정보 시정요구 조치결과 회신",
    reply_to_req=rtr("KCSC-240903-01"),
    type="html",
    body=f"""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:13px">
<p>방송통신심의위원회 담당자님께,</p>
<p>2024년 9월 3일 요청하신 시정요구(KCSC-240903-01) 중 1차 검토가 끝난 게시물의 조치 결과를 아래와 같이 회신드립니다.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#eef"><th>No</th><th>게시물 URL</th><th>조치 결과</th><th>조치 일시</th></tr>
<tr><td>1</td><td><a href="{D['s301']}">{D['s301']}</a></td><td>삭제</td><td>2024-09-04 11:20</td></tr>
<tr><td>2</td><td><a href="{D['s377']}">{D['s377']}</a></td><td>삭제</td><td>2024-09-04 11:21</td></tr>
<tr><td>3</td><td><a href="{D['s519']}">{D['s519']}</a></td><td>게시물 없음 (작성자 삭제)</td><td>-</td></tr>
<tr><td>4</td><td><a href="{D['c211']}">{D['c211']}</a></td><td>삭제</td><td>2024-09-04 14:05</td></tr>
<tr><td>5</td><td><a href="{D['c218']}">{D['c218']}</a></td><td>위반 사항 없음 (게시물 유지)</td><td>-</td></tr>
</table>
<p>5번 게시물은 코인 시세 관련 잡담으로, 도박 사이트 주소나 홍보 문구가 확인되지 않아 유지하였습니다.<br>
나머지 게시물은 검토가 끝나는 대로 별도로 회신드리겠습니다.</p>
<p>디시인사이드 운영팀 드림<br>
<a href="https://www.dcinside.com/policy/terms">이용약관</a> | <a href="https://www.dcinside.com/help/report">신고 안내</a></p>
</body></html>""",
    items={D["s301"]: "removed", D["s377"]: "removed", D["s519"]: "not_found",
           D["c211"]: "removed", D["c218"]: "rejected"},
)

case(
    name="dc-numbered-status-below",
    outcome="applied", classification="confirmation",
    imitates="gallery operator reply listing each URL with an arrow result on the line below",
    why="numbered list, status under each URL: two 삭제 완료, one 이미 삭제된 게시물 (작성자 삭제)",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Thu, 05 Sep 2024 10:03:51 +0900",
    subject="Re: [KCSC-240903-01] 코인 갤러리 게시물 처리 결과",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""안녕하세요. 디시인사이드 운영팀입니다.

코인베팅 마이너 갤러리 게시물 처리 결과입니다.

1. {D['c302']}
   → 삭제 완료
2. {D['c333']}
   → 삭제 완료
3. {D['m390']}
   → 이미 삭제된 게시물입니다 (작성자 본인 삭제, 9/3 22:14)

마이너 갤러리 매니저에게도 동일 유형 게시물 관리를 요청해 두었습니다.
감사합니다.
""",
    items={D["c302"]: "removed", D["c333"]: "removed", D["m390"]: "not_found"},
)


def dc_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["url", "처리결과", "비고"])
    w.writerow([D["s301"], "삭제", ""])
    w.writerow([D["s377"], "삭제", ""])
    w.writerow([D["s519"], "게시물 없음", "작성자 삭제"])
    w.writerow([D["c211"], "삭제", ""])
    w.writerow([D["l655"], "삭제", "미니 갤러리 폐쇄 병행"])
    w.writerow([D["l671"], "삭제 불가", "위반 내용 확인 불가"])
    w.writerow([D["b455"], "삭제", ""])
    return buf.getvalue()


case(
    name="dc-csv-attachment",
    outcome="applied", classification="confirmation",
    imitates="operator reply carrying the per-URL result as a spreadsheet/CSV attachment",
    why="CSV attachment: 삭제 x5, 게시물 없음 x1, 삭제 불가 (위반 내용 확인 불가) x1",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 18:30:00 +0900",
    subject="RE: [KCSC-240903-01] 조치결과 (첨부)",
    reply_to_req=rtr("KCSC-240903-01"),
    raw_mime=f"""Content-Type: multipart/mixed; boundary="=_dc_855_csv"

--=_dc_855_csv
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

담당자님 안녕하세요.

KCSC-240903-01 건 중 7건의 조치 결과를 첨부 파일(CSV)로 보내드립니다.
나머지 건은 확인 중입니다.

디시인사이드 운영팀

--=_dc_855_csv
Content-Type: text/csv; charset=utf-8; name="KCSC-240903-01_result.csv"
Content-Disposition: attachment; filename="KCSC-240903-01_result.csv"
Content-Transfer-Encoding: base64

{b64(dc_csv())}
--=_dc_855_csv--
""",
    items={D["s301"]: "removed", D["s377"]: "removed", D["s519"]: "not_found",
           D["c211"]: "removed", D["l655"]: "removed", D["l671"]: "rejected",
           D["b455"]: "removed"},
)

case(
    name="dc-top-posted-outlook-quote",
    outcome="applied", classification="confirmation",
    imitates="top-posted Outlook reply over the regulator's original request",
    why="only the mobile-address post (written without scheme) is stated removed; the 14 quoted URLs below -----Original Message----- are not statements",
    **{"from": "kim.jh@dcinside.com"}, name_from="김재현 (디시인사이드)",
    date="Wed, 04 Sep 2024 09:12:44 +0900",
    subject="RE: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""담당자님,

요청하신 건 중 모바일 주소로 적어주신 m.dcinside.com/board/coinbet/40390 게시글은
오늘 오전 운영자 삭제 처리했습니다.
나머지 건은 확인 중이며 처리되는 대로 따로 회신드리겠습니다.

김재현 드림
디시인사이드 운영팀

-----Original Message-----
From: KCSC 통신심의 <takedown@kcsc.example>
Sent: Tuesday, September 3, 2024 5:10 PM
To: report@dcinside.com
Subject: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구

디시인사이드 담당자님께,

아래 게시물은 불법 도박 사이트를 홍보하는 정보로서 정보통신망법 제44조의7에
해당하여 삭제를 요구합니다. 조치 결과를 9월 10일까지 회신하여 주십시오.

{request_lines("KCSC-240903-01")}

방송통신심의위원회 통신심의국
""",
    items={D["m390"]: "removed"},
)

case(
    name="dc-english-mini-gallery",
    outcome="applied", classification="confirmation",
    imitates="English-language support desk reply from a Korean community site",
    why="English, URLs in angle brackets, both mini-gallery posts stated deleted",
    **{"from": "global@dcinside.com"}, name_from="DCinside Support",
    date="Thu, 05 Sep 2024 15:27:02 +0900",
    subject="Re: [KCSC-240903-01] Removal request - illegal gambling promotion",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""Hello,

Regarding your request KCSC-240903-01: the two posts in the "lucky7room" mini
gallery listed below were deleted by our moderation team on 5 September, and the
gallery owner has been warned.

  - <{D['l655']}>
  - <{D['l671']}>

The other addresses in your request are being handled by our Korean team, who
will write to you separately.

Kind regards,
DCinside Support
""",
    items={D["l655"]: "removed", D["l671"]: "removed"},
)

case(
    name="dc-statement-then-urls",
    outcome="applied", classification="confirmation",
    imitates="operator notice grouping URLs under the sentence that states their outcome",
    why="statement line ending in ':' then URLs below it; two groups: 운영자 삭제 (2), 이미 작성자가 삭제 (1)",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 11:48:30 +0900",
    subject="Re: [KCSC-240903-01] 토토 자유 갤러리 게시물",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

아래 게시물은 갤러리 운영 원칙 및 관련 법령 위반으로 운영자 삭제 처리되었습니다:

{D['t187']}
{D['t190']}

아래 게시물은 확인 시점에 이미 작성자가 삭제한 상태였습니다:

{D['t204']}

감사합니다.
""",
    items={D["t187"]: "removed", D["t190"]: "removed", D["t204"]: "not_found"},
)

case(
    name="dc-receipt-plus-result",
    outcome="applied", classification="confirmation",
    imitates="ticket receipt that also carries a first result",
    why="receipt wording (접수번호) but with unhedged 삭제 조치를 완료 for two named URLs: not a pure acknowledgement",
    **{"from": "noreply@dcinside.com"}, name_from="디시인사이드 고객센터",
    date="Tue, 03 Sep 2024 19:02:11 +0900",
    subject="[디시인사이드] 신고 접수 안내 및 처리 결과 (KCSC-240903-01)",
    body=f"""[디시인사이드 고객센터]

보내주신 신고가 접수번호 DC-2409-11873 으로 접수되었습니다.

접수 즉시 확인하여 아래 게시물은 삭제 조치를 완료하였습니다.
- {D['s301']}
- {D['s377']}

나머지 게시물은 순차적으로 검토한 뒤 결과를 안내드리겠습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터를 이용해 주세요.
""",
    items={D["s301"]: "removed", D["s377"]: "removed"},
)

case(
    name="dc-policy-link-particle",
    outcome="applied", classification="confirmation",
    imitates="operator reply citing its terms of service and appeal page",
    why="URL in parentheses followed by 은, stated 삭제; the terms and appeal links are the platform's own pages, not items",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Mon, 09 Sep 2024 14:15:20 +0900",
    subject="Re: [KCSC-240903-01] 야구 갤러리 게시물 조치 결과",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""담당자님 안녕하세요.

요청하신 게시물({D['b455']})은 이용약관 제12조(게시물의 관리) 위반으로 삭제하였습니다.

 - 이용약관: https://www.dcinside.com/policy/terms
 - 게시물 조치 이의신청: https://www.dcinside.com/help/appeal

디시인사이드 운영팀
""",
    items={D["b455"]: "removed"},
)

case(
    name="dc-hedge-seems-deleted",
    outcome="review", review="not_understood",
    imitates="operator's first-look answer before checking server logs",
    why="'작성자가 삭제한 것으로 보입니다' is a hedge and a later answer is promised: nothing to apply",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Wed, 04 Sep 2024 12:30:05 +0900",
    subject="Re: [KCSC-240903-01] 문의 건",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""안녕하세요.

문의하신 {D['s519']} 게시물은
작성자가 스스로 삭제한 것으로 보입니다. 서버 기록을 확인한 뒤 정확한 내용을 다시 안내드리겠습니다.

디시인사이드 운영팀
""",
    items={D["s519"]: "pending"},
)

case(
    name="dc-bulk-all-deleted",
    outcome="review", review="bulk",
    imitates="short operator reply confirming a whole request at once",
    why="'요청하신 게시물 전체' for a 14-item request, no URL named: bulk",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Tue, 10 Sep 2024 17:05:40 +0900",
    subject="Re: [KCSC-240903-01] 처리 완료",
    reply_to_req=rtr("KCSC-240903-01"),
    body="""담당자님,

KCSC-240903-01 건으로 요청하신 게시물 전체를 삭제 처리 완료하였습니다.
확인 부탁드립니다.

디시인사이드 운영팀
""",
    items={},
)

case(
    name="dc-auth-fail",
    outcome="review", review="untrusted",
    auth="fail",
    imitates="operator result mail whose DMARC check failed (relay through a third-party sender)",
    why="dcinside.com From but dkim/spf/dmarc fail: statements kept for a person, nothing applied",
    **{"from": "report@dcinside.com"}, name_from="디시인사이드 운영팀",
    date="Fri, 06 Sep 2024 09:40:17 +0900",
    subject="Re: [KCSC-240903-01] 토토 갤러리 처리 결과",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""안녕하세요, 디시인사이드 운영팀입니다.

{D['t187']} 게시물은 삭제 처리되었습니다.

감사합니다.
""",
    items={D["t187"]: "pending"},
)

case(
    name="dc-gmail-impersonation",
    outcome="review", review="unknown_sender",
    imitates="reply from someone claiming to be the operator, sent from a free-mail account",
    why="gmail.com is no platform's domain; names the request and URLs",
    **{"from": "dcinside.report.team@gmail.com"}, name_from="디시인사이드 운영팀",
    date="Sat, 07 Sep 2024 22:11:09 +0900",
    subject="Re: [KCSC-240903-01] 시정요구 조치 완료",
    reply_to_req=rtr("KCSC-240903-01"),
    body=f"""방송통신심의위원회 담당자님

요청하신 아래 게시물 삭제 완료했습니다.
{D['c302']}
{D['c333']}

추가 요청은 이 메일로 보내주시면 빠르게 처리해 드리겠습니다.
""",
    items={D["c302"]: "pending", D["c333"]: "pending"},
)


def dsn_dc():
    orig = f"""From: KCSC 통신심의 <takedown@kcsc.example>
To: report-old@dcinside.com
Subject: [KCSC-240903-01] 불법 도박 홍보 게시물 시정요구
Date: Tue, 03 Sep 2024 17:10:00 +0900
Message-ID: <{mid('KCSC-240903-01')}>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

아래 게시물의 삭제를 요구합니다.

{D['s301']}
{D['s377']}
{D['s519']}
"""
    return f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dsn855dc"

--dsn855dc
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.dcinside.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<report-old@dcinside.com>: host mx1.dcinside.com[198.51.100.44] said:
    550 5.1.1 <report-old@dcinside.com>: Recipient address rejected: User
    unknown in local recipient table

--dsn855dc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.dcinside.com
Arrival-Date: Tue,  3 Sep 2024 17:10:03 +0900

Final-Recipient: rfc822; report-old@dcinside.com
Original-Recipient: rfc822;report-old@dcinside.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <report-old@dcinside.com>: Recipient address
    rejected: User unknown in local recipient table

--dsn855dc
Content-Type: message/rfc822

{orig}
--dsn855dc--
"""


case(
    name="dc-dsn-user-unknown",
    outcome="ignored", classification="bounce",
    imitates="Postfix non-delivery report (550 5.1.1 user unknown) with the original request attached",
    why="a DSN; the request's URLs sit only in the returned original",
    **{"from": "MAILER-DAEMON@dcinside.com"}, name_from="Mail Delivery System",
    date="Tue, 03 Sep 2024 17:10:04 +0900",
    subject="Undelivered Mail Returned to Sender",
    raw_mime=dsn_dc(),
    items={},
)

# ===== NAVER (KCSC-240905-02, 4 items) =======================================

case(
    name="naver-blog-imsijochi",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단요청서비스 notice of a 30-day 임시조치 under 정보통신망법 제44조의2",
    why="임시조치 (30일간 접근 차단) for both blog posts = restricted; the later deletion is only conditional",
    **{"from": "right_noreply@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Fri, 06 Sep 2024 10:20:33 +0900",
    subject="[NAVER] 게시중단 요청 처리 결과 안내 (KCSC-240905-02)",
    reply_to_req=rtr("KCSC-240905-02"),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 아래 블로그 게시물에 대하여 정보통신망 이용촉진 및 정보보호 등에 관한 법률
제44조의2에 따라 임시조치(30일간 접근 차단)를 하였습니다.

  · {N['b842']}
  · {N['b017']}

임시조치 기간 내에 게시자가 재게시를 요청하지 않으면 해당 게시물은 삭제됩니다.
재게시 요청이 접수되면 관련 절차에 따라 다시 안내드리겠습니다.

네이버 주식회사
https://right.naver.com
""",
    items={N["b842"]: "restricted", N["b017"]: "restricted"},
)

case(
    name="naver-cafe-korean-path",
    outcome="applied", classification="confirmation",
    imitates="NAVER cafe operations reply about a post exposing personal data",
    why="Korean-path cafe URL written raw in angle brackets, followed by 의; stated 삭제하였습니다",
    **{"from": "cafe_help@navercorp.com"}, name_from="네이버 카페 운영팀",
    date="Mon, 09 Sep 2024 13:55:12 +0900",
    subject="Re: [KCSC-240905-02] 카페 게시글 개인정보 노출",
    reply_to_req=rtr("KCSC-240905-02"),
    body=f"""안녕하세요, 네이버 카페 운영팀입니다.

카페 게시글 <{CAFE_RAW}>의 내용을 검토한 결과 제3자의 연락처와 주소가
노출된 것이 확인되어 해당 게시글을 삭제하였습니다. 카페 매니저에게도 안내를 전달했습니다.

감사합니다.
""",
    items={N["cafe"]: "removed"},
)

_naver_qp = f"""Dear KCSC team,

Following your request KCSC-240905-02 we reviewed the two items below.

The KnowledgeiN question at
{N['kin']}
has been removed for exposing a private individual's phone number and address.

The blog post {N['b017']} could not be found. It had already been deleted by the blogger before our review.

Best regards,
NAVER Policy Team
"""

case(
    name="naver-english-qp",
    outcome="applied", classification="confirmation",
    imitates="NAVER policy team English reply (quoted-printable, soft-wrapped long URL)",
    why="QP body: KnowledgeiN question removed (URL on the line below 'at'); blog post could not be found, deleted by its author = not_found",
    **{"from": "policy@navercorp.com"}, name_from="NAVER Policy",
    date="Tue, 10 Sep 2024 16:02:45 +0900",
    subject="RE: [KCSC-240905-02] Personal information exposure",
    reply_to_req=rtr("KCSC-240905-02"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + qp(_naver_qp),
    items={N["kin"]: "removed", N["b017"]: "not_found"},
)

case(
    name="naver-rejected-and-private",
    outcome="applied", classification="confirmation",
    imitates="NAVER 게시중단 요청 처리 결과 with a 기각 and a 비공개 처리",
    why="blog post: request 기각, post kept (public interest, no clear infringement) = rejected; KnowledgeiN: 비공개 처리 = removed",
    **{"from": "right_noreply@navercorp.com"}, name_from="NAVER 게시중단요청서비스",
    date="Wed, 11 Sep 2024 09:31:08 +0900",
    subject="[NAVER] 게시중단 요청 검토 결과 (KCSC-240905-02)",
    reply_to_req=rtr("KCSC-240905-02"),
    body=f"""안녕하세요. 네이버 게시중단요청서비스입니다.

요청하신 게시물의 검토 결과를 안내드립니다.

1) {N['b842']}
   처리 결과: 게시중단 요청 기각
   사유: 공공의 이해에 관한 사항으로 권리침해가 명백하지 않아 게시물을 유지합니다.

2) {N['kin']}
   처리 결과: 비공개 처리

처리 결과에 이의가 있으시면 고객센터로 문의해 주세요.
""",
    items={N["b842"]: "rejected", N["kin"]: "removed"},
)

case(
    name="naver-promise-review",
    outcome="review", review="not_understood",
    imitates="NAVER interim reply: under review, action to follow",
    why="'검토 중이며 … 조치를 취할 예정입니다' is a promise; two named items stay pending",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Fri, 06 Sep 2024 15:44:19 +0900",
    subject="Re: [KCSC-240905-02] 개인정보 노출 게시물 시정요구",
    reply_to_req=rtr("KCSC-240905-02"),
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

요청하신 게시물 {N['b842']} 및
{CAFE_RAW} 에 대해 담당 부서에서 검토 중이며,
검토가 끝나면 삭제 등 필요한 조치를 취할 예정입니다.

조치가 완료되면 다시 안내드리겠습니다.
""",
    items={N["b842"]: "pending", N["cafe"]: "pending"},
)

case(
    name="naver-asks-official-letter",
    outcome="review", review="asks_more", classification="request_for_info",
    imitates="portal asking for the regulator's signed official letter before acting",
    why="asks for 공문 with seal and the 심의 의결 번호 before processing; no status given",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Thu, 05 Sep 2024 17:20:00 +0900",
    subject="Re: [KCSC-240905-02] 자료 요청",
    reply_to_req=rtr("KCSC-240905-02"),
    body="""안녕하세요, 네이버 정책지원팀입니다.

KCSC-240905-02 건의 처리를 위해 아래 자료를 회신 메일로 보내주시기 바랍니다.

 1. 시정요구 공문 (기관 직인 날인본, PDF)
 2. 심의 의결 번호 및 의결 일자

자료가 확인되는 대로 검토를 진행하겠습니다.
""",
    items={},
)

case(
    name="naver-ooo-korean",
    outcome="ignored", classification="auto_reply",
    imitates="Korean out-of-office auto-reply (부재중 자동응답)",
    why="auto-reply, Auto-Submitted header, refers to vacation only",
    **{"from": "jiyoon.park@navercorp.com"}, name_from="박지윤",
    date="Thu, 05 Sep 2024 17:25:41 +0900",
    subject="[부재중] Re: [KCSC-240905-02] 개인정보 노출 게시물 시정요구",
    reply_to_req=rtr("KCSC-240905-02"),
    extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body="""안녕하세요. 박지윤입니다.

9월 5일(목)부터 9월 13일(금)까지 휴가로 부재중입니다.
급한 용무는 정책지원팀 공용 메일(policy@navercorp.com)로 보내주시기 바랍니다.

감사합니다.
""",
    items={},
)

case(
    name="naver-says-not-our-service",
    outcome="review", review="wrong_platform",
    imitates="portal answering a URL that belongs to a competitor's service",
    why="NAVER states a Daum cafe URL cannot be found (not a NAVER service): a status for another platform's item",
    **{"from": "policy@navercorp.com"}, name_from="NAVER 정책지원팀",
    date="Tue, 10 Sep 2024 11:10:10 +0900",
    subject="Re: 마약류 판매 광고 게시물 시정요구",
    body=f"""안녕하세요, 네이버 정책지원팀입니다.

보내주신 주소 {K['g127']} 는 네이버 서비스의 게시물이 아니어서
당사 시스템에서 찾을 수 없습니다. 해당 서비스 운영사(카카오)로 요청해 주시기 바랍니다.

감사합니다.
""",
    items={K["g127"]: "pending"},
)

# ===== SOOP (KCSC-240906-03, 3 items) ========================================

case(
    name="soop-vod-english",
    outcome="applied", classification="confirmation",
    imitates="SOOP trust & safety English reply: VOD deleted, station suspended",
    why="VOD URL in parentheses stated deleted; station suspension is extra",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Mon, 09 Sep 2024 10:44:00 +0900",
    subject="Re: [KCSC-240906-03] Obscene broadcast VODs",
    reply_to_req=rtr("KCSC-240906-03"),
    body=f"""Dear KCSC,

VOD 139820115 (https://vod.sooplive.co.kr/player/139820115) has been deleted, and
the streamer's station has been suspended for 30 days under our obscenity policy.

We will reply about the remaining items in a separate email.

SOOP Trust & Safety
""",
    items={S["v115"]: "removed"},
)

_soop_b64 = f"""안녕하세요. SOOP 서비스운영팀입니다.

방송통신심의위원회에서 요청하신 시정요구(KCSC-240906-03)에 대한 조치 결과를 안내드립니다.

■ 조치 결과
- {S['v115']} : 삭제
- {S['v388']} : 비공개 처리
- {S['post']} : 해당 게시물 없음 (BJ가 이미 삭제)

■ 추가 조치
- 해당 BJ 방송국 7일 이용 정지

감사합니다.
SOOP 서비스운영팀
"""

case(
    name="soop-base64-korean",
    outcome="applied", classification="confirmation",
    imitates="SOOP 서비스운영팀 조치 결과 안내 (base64 body)",
    why="base64 body: 삭제, 비공개 처리 (removed), 해당 게시물 없음 (not_found)",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 서비스운영팀",
    date="Tue, 10 Sep 2024 14:03:27 +0900",
    subject="[SOOP] 시정요구 조치 결과 안내",
    reply_to_req=rtr("KCSC-240906-03"),
    raw_mime="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b64(_soop_b64),
    items={S["v115"]: "removed", S["v388"]: "removed", S["post"]: "not_found"},
)

case(
    name="soop-age-restricted",
    outcome="applied", classification="confirmation",
    imitates="streaming platform applying an adult-only (19세) setting instead of deletion",
    why="not deleted, but age restriction applied (19세 이상만 시청) = restricted",
    **{"from": "operation@sooplive.co.kr"}, name_from="SOOP 서비스운영팀",
    date="Wed, 11 Sep 2024 11:18:52 +0900",
    subject="Re: [KCSC-240906-03] VOD 139820388 검토 결과",
    reply_to_req=rtr("KCSC-240906-03"),
    body=f"""안녕하세요. SOOP 서비스운영팀입니다.

{S['v388']} 영상은 삭제 대상에는 해당하지 않으나, 선정성 기준에 따라
19세 이상 이용자만 시청할 수 있도록 연령 제한을 적용했습니다.

감사합니다.
""",
    items={S["v388"]: "restricted"},
)

case(
    name="soop-under-review",
    outcome="review", review="not_understood",
    imitates="English holding reply: items under review, outcome may be restriction or removal",
    why="'currently under review' and 'may restrict or remove': no statement, items pending",
    **{"from": "safety@sooplive.co.kr"}, name_from="SOOP Trust & Safety",
    date="Sat, 07 Sep 2024 09:02:13 +0900",
    subject="Re: [KCSC-240906-03] Obscene broadcast VODs",
    reply_to_req=rtr("KCSC-240906-03"),
    body=f"""Hello,

Thank you for your report. The following VODs referenced in KCSC-240906-03 are
currently under review by our monitoring team:

{S['v115']}
{S['v388']}

Depending on the outcome we may restrict or remove them. We will let you know.

SOOP Trust & Safety
""",
    items={S["v115"]: "pending", S["v388"]: "pending"},
)

case(
    name="soop-ticket-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="SOOP customer-centre 1:1 inquiry receipt",
    why="pure receipt with a ticket number; no item, no status",
    **{"from": "noreply@sooplive.co.kr"}, name_from="SOOP 고객센터",
    date="Fri, 06 Sep 2024 17:31:02 +0900",
    subject="[SOOP 고객센터] 1:1 문의가 접수되었습니다 (KCSC-240906-03)",
    body="""안녕하세요. SOOP 고객센터입니다.

고객님의 문의가 정상적으로 접수되었습니다.
 - 접수번호: 2409-0613-772
 - 문의 유형: 신고 > 음란물

접수된 순서에 따라 담당자가 확인 후 답변드리겠습니다.
※ 본 메일은 발신 전용입니다.
""",
    items={},
)

# ===== Daum / Kakao (KCSC-240909-04, 5 items) ================================

case(
    name="daum-kakao-html-notice",
    outcome="applied", classification="confirmation",
    imitates="Kakao 권리침해신고센터 HTML result notice (게시중단 / 임시조치 / 게시물 없음)",
    why="HTML table: 게시중단 = removed, 임시조치 (30일) = restricted, 이미 삭제된 게시물 = not_found",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Wed, 11 Sep 2024 15:37:48 +0900",
    subject="[Daum] 시정요구 처리 결과 안내 (KCSC-240909-04)",
    reply_to_req=rtr("KCSC-240909-04"),
    type="html",
    body=f"""<!DOCTYPE html><html><body>
<div style="max-width:640px;font-family:sans-serif">
<h3 style="color:#333">Daum 카페 게시물 처리 결과</h3>
<p>안녕하세요, 카카오 권리침해신고센터입니다.<br>요청하신 게시물의 처리 결과를 안내드립니다.</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<thead><tr><th>대상 게시물</th><th>조치 내용</th></tr></thead>
<tbody>
<tr><td>{K['g118']}</td><td>게시중단</td></tr>
<tr><td>{K['g121']}</td><td>임시조치 (30일)</td></tr>
<tr><td>{K['g127']}</td><td>이미 삭제된 게시물</td></tr>
</tbody></table>
<p style="color:#888;font-size:11px">본 메일은 발신 전용입니다. 자세한 내용은
<a href="https://cs.daum.net/faq/95.html">고객센터 도움말</a>을 참고해 주세요.</p>
</div></body></html>""",
    items={K["g118"]: "removed", K["g121"]: "restricted", K["g127"]: "not_found"},
)

case(
    name="daum-bullets-fullwidth",
    outcome="applied", classification="confirmation",
    imitates="cafe operations reply using middle-dot bullets and full-width colons",
    why="URL followed directly by a full-width colon: 삭제 완료 and 블라인드 처리 (both removed)",
    **{"from": "cafe_admin@daum.net"}, name_from="Daum 카페 운영팀",
    date="Thu, 12 Sep 2024 10:09:15 +0900",
    subject="Re: [KCSC-240909-04] smokehouse_kr 카페 게시글",
    reply_to_req=rtr("KCSC-240909-04"),
    body=f"""안녕하세요. Daum 카페 운영팀입니다.

smokehouse_kr 카페 게시글 처리 결과입니다.

・{K['h410']}：삭제 완료
・{K['h412']}：블라인드 처리

해당 카페에는 운영정책 위반 경고를 함께 발송했습니다.
""",
    items={K["h410"]: "removed", K["h412"]: "removed"},
)

case(
    name="daum-english-mixed",
    outcome="applied", classification="confirmation",
    imitates="Kakao policy team English reply with one removal and one refusal",
    why="one post deleted; one kept because no violation of law or policy found = rejected",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao Policy",
    date="Fri, 13 Sep 2024 16:50:02 +0900",
    subject="RE: [KCSC-240909-04] Drug sale advertisements on Daum Cafe",
    reply_to_req=rtr("KCSC-240909-04"),
    body=f"""Dear KCSC team,

Thank you for your request. After review:

{K['g121']} was deleted on 13 September.

{K['h410']} - we did not find a violation of law or of our operating
policy (the post discusses a news report and contains no sale offer), so the
post remains available.

Kakao Policy Team
""",
    items={K["g121"]: "removed", K["h410"]: "rejected"},
)

case(
    name="daum-bulk-english",
    outcome="review", review="bulk",
    imitates="one-line English confirmation for a whole request",
    why="'All five posts listed in your request' for a 5-item request, no URL named: bulk",
    **{"from": "policy@kakaocorp.com"}, name_from="Kakao Policy",
    date="Mon, 16 Sep 2024 09:15:33 +0900",
    subject="RE: [KCSC-240909-04] Drug sale advertisements on Daum Cafe",
    reply_to_req=rtr("KCSC-240909-04"),
    body="""Hello,

All five posts listed in your request KCSC-240909-04 have been removed from
Daum Cafe.

Kakao Policy Team
""",
    items={},
)


def mdn_daum():
    return f"""Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn855"

--mdn855
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

보낸 메일 "[KCSC-240909-04] 마약류 판매 광고 게시물 시정요구" 을(를)
2024-09-09 오후 4:02 에 수신자가 읽었습니다.

--mdn855
Content-Type: message/disposition-notification

Reporting-UA: mail.kakaocorp.com; Kakao Mail
Final-Recipient: rfc822;right@kakaocorp.com
Original-Message-ID: <{mid('KCSC-240909-04')}>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn855--
"""


case(
    name="daum-read-receipt",
    outcome="ignored", classification="read_receipt",
    imitates="MDN read receipt (수신 확인) from a corporate mail client",
    why="message/disposition-notification: displayed",
    **{"from": "right@kakaocorp.com"}, name_from="카카오 권리침해신고센터",
    date="Mon, 09 Sep 2024 16:02:40 +0900",
    subject="읽음 확인: [KCSC-240909-04] 마약류 판매 광고 게시물 시정요구",
    raw_mime=mdn_daum(),
    items={},
)

# ===== FM Korea (KCSC-240910-05, 2 items) ====================================

case(
    name="fmkorea-both-listed-deleted",
    outcome="applied", classification="confirmation",
    imitates="community admin's short reply naming both posts under one sentence",
    why="'아래 2건 모두 삭제' with each URL listed below: names every item, not bulk",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Wed, 11 Sep 2024 13:27:30 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=rtr("KCSC-240910-05"),
    body=f"""안녕하세요 에펨코리아 운영진입니다.

아래 2건 모두 삭제 처리했습니다.
- {F['a']}
- {F['b']}

작성자 계정은 영구 이용정지했습니다.
""",
    items={F["a"]: "removed", F["b"]: "removed"},
)

case(
    name="fmkorea-imsijochi-conditional",
    outcome="applied", classification="confirmation",
    imitates="임시조치 notice adding what happens if the author does not object",
    why="임시조치, access currently restricted = restricted; the later deletion is conditional and not applied",
    **{"from": "admin@fmkorea.com"}, name_from="에펨코리아 운영진",
    date="Thu, 12 Sep 2024 18:02:06 +0900",
    subject="Re: [KCSC-240910-05] 게시물 처리",
    reply_to_req=rtr("KCSC-240910-05"),
    body=f"""안녕하세요.

{F['a']} 게시물은 임시조치하여 현재 열람이 제한된 상태입니다.
작성자가 30일 안에 이의를 제기하지 않으면 영구 삭제될 예정입니다.

에펨코리아 운영진
""",
    items={F["a"]: "restricted"},
)

case(
    name="fmkorea-mixed-english",
    outcome="applied", classification="confirmation",
    imitates="admin reply in English, one line per URL with a dash and the outcome",
    why="one removed (gambling ad), one not removed with a reason = rejected",
    **{"from": "admin@fmkorea.com"}, name_from="FM Korea Admin",
    date="Fri, 13 Sep 2024 11:40:55 +0900",
    subject="Re: [KCSC-240910-05] removal request",
    reply_to_req=rtr("KCSC-240910-05"),
    body=f"""Hi, re KCSC-240910-05:

{F['b']} - removed (advertising an illegal betting site)
{F['a']} - not removed; it is a thread discussing a news article and does not promote the site.

FM Korea admin team
""",
    items={F["b"]: "removed", F["a"]: "rejected"},
)

case(
    name="fmkorea-report-receipt",
    outcome="ignored", classification="acknowledgement",
    imitates="automatic report receipt echoing the reported addresses",
    why="pure receipt (접수번호) echoing the reported URLs, no outcome",
    **{"from": "noreply@fmkorea.com"}, name_from="에펨코리아",
    date="Tue, 10 Sep 2024 15:01:12 +0900",
    subject="[에펨코리아] 신고 접수 완료 안내",
    body=f"""신고가 정상적으로 접수되었습니다.

접수번호: FM-88213
접수일시: 2024-09-10 15:01

[접수 내용]
신고 사유: 불법 도박 홍보
신고 대상:
{F['a']}
{F['b']}

처리 결과는 검토 후 메일로 안내드립니다.
※ 발신 전용 메일입니다.
""",
    items={},
)

case(
    name="inven-not-found-wrong-platform",
    outcome="review", review="wrong_platform",
    imitates="another community's admin answering a request sent to the wrong site",
    why="Inven says an FM Korea URL does not exist on its site: a status about another platform's item",
    **{"from": "webmaster@inven.co.kr"}, name_from="인벤 운영팀",
    date="Wed, 11 Sep 2024 10:05:44 +0900",
    subject="Re: [KCSC-240910-05] 게시물 삭제 요청",
    reply_to_req=rtr("KCSC-240910-05"),
    body=f"""안녕하세요, 인벤 운영팀입니다.

보내주신 {F['a']} 는 확인 결과 인벤에 존재하지 않는 게시물입니다.
요청 대상 사이트를 다시 확인해 주시기 바랍니다.
""",
    items={F["a"]: "pending"},
)

# ===== Clien (KCSC-240911-06, 1 item) ========================================

case(
    name="clien-sole-statement",
    outcome="applied", classification="confirmation",
    imitates="terse admin reply to a one-item request",
    why="one-item request, reply names no URL but states '요청하신 게시물은 삭제 조치하였습니다'",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Thu, 12 Sep 2024 09:05:00 +0900",
    subject="Re: [KCSC-240911-06] 명예훼손 게시물 삭제 요청",
    reply_to_req=rtr("KCSC-240911-06"),
    body="""안녕하세요, 클리앙 운영진입니다.

요청하신 게시물은 확인 후 삭제 조치하였습니다.

감사합니다.
""",
    items={CL: "removed"},
)

case(
    name="clien-url-particle-rejected",
    outcome="applied", classification="confirmation",
    imitates="admin refusing with its reason, URL directly followed by a Korean particle",
    why="'…18712345의 게시글은 … 위반이 확인되지 않아 삭제하지 않았습니다' = rejected",
    **{"from": "admin@clien.net"}, name_from="클리앙 운영진",
    date="Fri, 13 Sep 2024 14:22:31 +0900",
    subject="Re: [KCSC-240911-06] 명예훼손 게시물 삭제 요청",
    reply_to_req=rtr("KCSC-240911-06"),
    body=f"""안녕하세요.

{CL}의 게시글은 검토 결과 운영원칙 및 관련 법령 위반이 확인되지 않아
삭제하지 않았습니다. 법원 판결 등 추가 자료가 있으면 다시 검토하겠습니다.

클리앙 운영진
""",
    items={CL: "rejected"},
)

case(
    name="clien-ooo-english",
    outcome="ignored", classification="auto_reply",
    imitates="Outlook 'Automatic reply' out-of-office in English and Korean",
    why="auto-reply (Auto-Submitted, 'out of the office'); no statement",
    **{"from": "sh.lee@clien.net"}, name_from="Lee Seunghoon",
    date="Wed, 11 Sep 2024 16:00:20 +0900",
    subject="Automatic reply: [KCSC-240911-06] 명예훼손 게시물 삭제 요청",
    reply_to_req=rtr("KCSC-240911-06"),
    extra_headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: sh.lee@clien.net"],
    body="""I am out of the office until 19 September with limited access to email.
For urgent matters please contact admin@clien.net.

9월 19일까지 부재중입니다. 급한 용무는 admin@clien.net 으로 연락 바랍니다.
""",
    items={},
)

# ===== Ppomppu (KCSC-240912-07, 2 items) =====================================

case(
    name="ppomppu-text-table",
    outcome="applied", classification="confirmation",
    imitates="plain-text result table with pipes (번호 | 주소 | 처리)",
    why="text table: 삭제 and 게시물 없음",
    **{"from": "help@ppomppu.co.kr"}, name_from="뽐뿌 운영팀",
    date="Fri, 13 Sep 2024 17:45:10 +0900",
    subject="Re: [KCSC-240912-07] 시정요구 처리 결과",
    reply_to_req=rtr("KCSC-240912-07"),
    body=f"""안녕하세요. 뽐뿌 운영팀입니다. 처리 결과 알려드립니다.

번호 | 게시물 주소                                                          | 처리
-----+----------------------------------------------------------------------+------------
1    | {P['free']}  | 삭제
2    | {P['phone']}      | 게시물 없음

감사합니다.
""",
    items={P["free"]: "removed", P["phone"]: "not_found"},
)

case(
    name="ppomppu-gmail-quote",
    outcome="applied", classification="confirmation",
    imitates="Gmail-style reply over the quoted request ('…님이 작성:')",
    why="phone-board post stated deleted; the free-board post is only 'still under review' and sits otherwise in the quote",
    **{"from": "mod.choi@ppomppu.co.kr"}, name_from="최민호 (뽐뿌)",
    date="Fri, 13 Sep 2024 10:12:39 +0900",
    subject="Re: [KCSC-240912-07] 중고거래 사기 유도 게시물 시정요구",
    reply_to_req=rtr("KCSC-240912-07"),
    body=f"""안녕하세요, 뽐뿌 운영팀 최민호입니다.

휴대폰 게시판 글 {P['phone']} 은
판매 사기 유도 게시물로 확인되어 삭제했습니다.
자유게시판 글은 아직 검토 중입니다.

2024년 9월 12일 (목) 오후 2:05, KCSC 통신심의 <takedown@kcsc.example>님이 작성:
> 뽐뿌 담당자님께,
>
> 아래 게시물의 삭제를 요구합니다. 9월 19일까지 회신하여 주십시오.
>
> {P['free']}
> {P['phone']}
>
> 방송통신심의위원회
""",
    items={P["phone"]: "removed", P["free"]: "pending"},
)

case(
    name="ppomppu-vendor-unknown-sender",
    outcome="review", review="unknown_sender",
    imitates="outsourced moderation vendor replying on a platform's behalf from its own domain",
    why="safenet-moderation.co.kr is not Ppomppu's domain; names the request and both URLs",
    **{"from": "ops@safenet-moderation.co.kr"}, name_from="세이프넷 모니터링",
    date="Fri, 13 Sep 2024 12:00:00 +0900",
    subject="Re: [KCSC-240912-07] 시정요구 처리 결과",
    reply_to_req=rtr("KCSC-240912-07"),
    body=f"""안녕하세요. 뽐뿌 게시판 모니터링 위탁업체 세이프넷입니다.

KCSC-240912-07 건 두 게시물 모두 삭제 처리했습니다.
 {P['free']}
 {P['phone']}

세이프넷 모니터링 운영팀
""",
    items={P["free"]: "pending", P["phone"]: "pending"},
)

case(
    name="kcsc-dsn-delayed",
    outcome="ignored", classification="bounce",
    imitates="our own MTA's delayed-delivery warning (Action: delayed)",
    why="DSN 'delivery delayed, will retry'; original headers only",
    **{"from": "MAILER-DAEMON@mx.kcsc.example"}, name_from="Mail Delivery System",
    auth="none",
    date="Thu, 12 Sep 2024 18:06:00 +0900",
    subject="Delayed Mail (still being retried)",
    raw_mime=f"""Content-Type: multipart/report; report-type=delivery-status; boundary="dly855"

--dly855
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.kcsc.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<help@ppomppu.co.kr>: connect to mx.ppomppu.co.kr[203.0.113.80]:25:
    Connection timed out

--dly855
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.kcsc.example

Final-Recipient: rfc822; help@ppomppu.co.kr
Action: delayed
Status: 4.4.1
Will-Retry-Until: Tue, 17 Sep 2024 14:05:00 +0900

--dly855
Content-Type: text/rfc822-headers

From: KCSC 통신심의 <takedown@kcsc.example>
To: help@ppomppu.co.kr
Subject: [KCSC-240912-07] 중고거래 사기 유도 게시물 시정요구
Message-ID: <{mid('KCSC-240912-07')}>

--dly855--
""",
    items={},
)

# ===== Nate (no request) ======================================================

case(
    name="nate-contact-change-notice",
    outcome="review", review="no_claims",
    imitates="portal notice announcing a new address for takedown requests",
    why="trusted Nate mail, names no item and no request",
    **{"from": "report@skcomms.co.kr"}, name_from="SK커뮤니케이션즈 네이트",
    date="Mon, 09 Sep 2024 09:00:00 +0900",
    subject="[네이트] 불법정보 삭제요청 접수 창구 변경 안내",
    body="""관계 기관 담당자님께,

네이트 서비스의 불법정보 삭제요청 접수 창구가 9월 23일부터 아래와 같이 변경됩니다.

 - 변경 전: report@skcomms.co.kr
 - 변경 후: safety@nate.com

기존 주소로 보내주신 요청도 10월 말까지는 처리됩니다.
업무에 참고해 주시기 바랍니다.

SK커뮤니케이션즈 청소년보호·불법정보 대응팀
""",
    items={},
)


HEADER = """# Blind set 855: Korean portals and community sites, Korean and English
# mixed, with the doubtful and ignorable mail a regulator's mailbox receives.
# Written by tests/corpus/blind855/make.py from each email's meaning, before
# any run of the reader. Every case is judged alone on a fresh ledger holding
# requests.csv.
"""


def main():
    write_requests()
    corpuslib.write_set(HERE, "blind855", HEADER, CASES)


if __name__ == "__main__":
    main()
